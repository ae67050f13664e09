#!/usr/bin/env python3
"""Checks dev5: articles/ (7 files) and questions.jsonl + mention_no_terms.json.
Adapted from eval/fresh4/check_set.py. Run: python3 check_set.py"""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
# open() with default newline=None: \r\n is translated to \n, as Python reads it
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
raw = {f: open(os.path.join(ART, f), "rb").read() for f in texts}
errors, warnings = [], []

EXPECTED = {
    "obit_lorne.html", "interview_owuor.html", "opinion_beavers_ashcombe.md",
    "trauen_spill_monday.txt", "trauen_spill_update.html",
    "castelmarina_daytripper_fee.md", "skarvik_tourist_levy.txt",
}
if set(texts) != EXPECTED: errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")

# ---- body paragraphs per format
TXT_CLUTTER = ("Advertisement", "Share", "Share this article", "Listen to this article")
def body_paragraphs(f, t):
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        start = next(i for i, b in enumerate(blocks) if "Published:" in b) + 1
        out = []
        for b in blocks[start:]:
            if not b or b in TXT_CLUTTER: continue
            if b.startswith("Most popular"): break
            if b.startswith("Read more:") or "Photo:" in b or b.startswith("Listen to") : continue
            if "\n" in b: errors.append(f"{f}: multi-line body block {b[:40]!r}")
            out.append(b)
        return out
    if f.endswith(".md"):
        body = t.split("---", 2)[2] if t.startswith("---") else t
        body = body.split("\n---\n")[0]  # drop share / most-read footer
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        return [b for b in blocks if not b.startswith(("#", "**", "![", ">", "*"))]
    if f.endswith(".html"):
        m = re.search(r'<div class="story-body">(.*?)</div>\s*<div class="share share-bottom">', t, re.S) \
            or re.search(r'<div class="story-text">(.*?)<div class="story-foot">', t, re.S) \
            or re.search(r'<div class="article-body"[^>]*>(.*?)</div>\s*<div class="article-tags">', t, re.S)
        ps = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]
        return ps
print("articles:")
for f, t in texts.items():
    ps = body_paragraphs(f, t)
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:34s} paragraphs={len(ps):2d} words={w}")
    if not (10 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs (want 10-16)")
    if not (550 <= w <= 950): errors.append(f"{f}: {w} words (want 550-950)")

# ---- format requirements
def need(f, *needles):
    for n in needles:
        if n not in texts.get(f, ""): errors.append(f"{f}: missing {n!r}")
COMMON_HTML = ["<!DOCTYPE html>", "<title>", "Advertisement", "Share", "omment"]
need("obit_lorne.html", *COMMON_HTML, "<nav", "cookie-banner", "<footer", "class=\"related\"",
     '<span class="author">Oliver Pennick</span>', '<time datetime="2025-01-14">14 January 2025</time>', "<article")
need("trauen_spill_update.html", *COMMON_HTML, "<nav", "cookie-notice", "<footer", "related-articles",
     '<meta property="og:site_name" content="The Danube Post">',
     '<meta property="article:published_time" content="2025-03-12T11:05:00+01:00">', "<article")
need("interview_owuor.html", *COMMON_HTML, "consent", 'class="menu"', 'class="footer"', "related-box", "<b>How did Limbworks begin?</b>")
for bad in ["<article", "<main", "<section", "<header", "<footer", "<nav"]:
    if bad in texts["interview_owuor.html"]: errors.append(f"interview_owuor.html: nested divs only, found {bad}")
need("trauen_spill_monday.txt", "TOXIC SPILL KILLS HUNDREDS OF FISH IN RIVER TRAUEN", "By MARKUS EDLINGER, Staff Writer",
     "Published: 10 March 2025, 18:40", "Advertisement", "Read more:", "Most popular", "Listen to this article", "Photo:")
need("skarvik_tourist_levy.txt", "Published: 19 May 2025, 09:12", "Last updated:", "Advertisement", "Read more:",
     "Most popular", "Listen to this article", "Photo:", "\u201c", "\u2019")
if b"\r\n" not in raw["skarvik_tourist_levy.txt"] or raw["skarvik_tourist_levy.txt"].count(b"\n") != raw["skarvik_tourist_levy.txt"].count(b"\r\n"):
    errors.append("skarvik_tourist_levy.txt: not consistently \\r\\n")
if b"\r" in raw["trauen_spill_monday.txt"]: errors.append("trauen_spill_monday.txt should have \\n endings")
need("opinion_beavers_ashcombe.md", "---\ntitle:", "description:", "author: Rhiannon Castell", "date: 2025-04-08T07:30:00Z", "site_name: Lenn Valley Gazette")
need("castelmarina_daytripper_fee.md", "# Castelmarina", "*By Luca Benedetti · Mediterranean Dispatch · 5 May 2025*")
if texts["castelmarina_daytripper_fee.md"].startswith("---"): errors.append("castelmarina md should have no front matter")
for f in texts:
    if f.endswith(".html") and sum(1 for l in texts[f].splitlines() if "<h1" in l) > 1: errors.append(f"{f}: several h1")

# ---- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "overview": 9, "about_article": 11,
         "mention": 8, "dated_version": 9, "unanswerable": 8, "near_miss": 8}
ids = collections.Counter(r["id"] for r in rows)
for i, c in ids.items():
    if c > 1: errors.append(f"duplicate id {i}")
want_ids = [f"d5-{n:03d}" for n in range(1, len(rows) + 1)]
if [r["id"] for r in rows] != want_ids: errors.append("ids are not d5-001.. in order")
lower_all = {f: t.lower() for f, t in texts.items()}
LOOKALIKE = {"castelmarina_daytripper_fee.md": ["castelmarina", "liguria", "italy", "italian", "ferraresi", "bassi", "gianoli"],
             "skarvik_tourist_levy.txt": ["skarvik", "norway", "norwegian", "brekke", "sandvold", "østby", "ostby"]}
for r in rows:
    i = r.get("id")
    for k in REQ:
        if k not in r: errors.append(f"{i}: missing key {k}")
    if set(r) - set(REQ) - {"history"}: errors.append(f"{i}: extra keys {set(r) - set(REQ) - {'history'}}")
    if r["kind"] not in KINDS: errors.append(f"{i}: unknown kind {r['kind']}")
    if not isinstance(r["answerable"], bool): errors.append(f"{i}: answerable not bool")
    if "history" in r and not (isinstance(r["history"], list) and r["history"] and all(isinstance(h, str) and h for h in r["history"])):
        errors.append(f"{i}: bad history")
    art = r["article"]
    if art and art not in texts: errors.append(f"{i}: unknown article {art}"); continue
    if art in LOOKALIKE:
        ql = r["user_input"].lower()  # the question itself must name it, history does not count
        if not any(n in ql for n in LOOKALIKE[art]): errors.append(f"{i}: look-alike question does not name its town/country/person")
    pool = [texts[art]] if art else list(texts.values())
    if not r["answerable"]:
        if r["reference"] or r["key_facts"] or r["reference_contexts"]:
            errors.append(f"{i}: no-answer question has reference/key_facts/contexts")
        if r["kind"] not in ("unanswerable", "near_miss", "mention"): errors.append(f"{i}: kind {r['kind']} cannot be unanswerable")
        if r["kind"] == "near_miss" and not art: errors.append(f"{i}: near_miss without article")
        if r["kind"] in ("unanswerable", "mention") and art: errors.append(f"{i}: should have article ''")
        continue
    if r["kind"] in ("unanswerable", "near_miss"): errors.append(f"{i}: {r['kind']} marked answerable")
    if not r["reference"]: errors.append(f"{i}: empty reference")
    if not r["key_facts"]: errors.append(f"{i}: no key facts")
    if r["kind"] == "overview" and not 3 <= len(r["key_facts"]) <= 5: errors.append(f"{i}: overview wants 3-5 key facts")
    if r["kind"] == "multi_part" and len(r["key_facts"]) < 2: errors.append(f"{i}: multi_part wants one key fact per part")
    for kf in r["key_facts"]:
        if not any(kf in t for t in pool): errors.append(f"{i}: key fact not in article: {kf!r}")
        if "\n" in kf: errors.append(f"{i}: key fact spans lines: {kf!r}")
        if not 1 <= len(kf.split()) <= 6: errors.append(f"{i}: key fact length {len(kf.split())}: {kf!r}")
    for c in r["reference_contexts"]:
        if not any(c in t for t in pool): errors.append(f"{i}: context not in article: {c[:60]!r}")
        n = len(c.split())
        if not 10 <= n <= 30 and r["kind"] != "about_article":
            errors.append(f"{i}: context has {n} words")
    if r["kind"] != "about_article" and not r["reference_contexts"]:
        errors.append(f"{i}: no reference contexts")

# ---- mention-no terms absent everywhere
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
if sorted(terms) != sorted(r["id"][3:] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
for n, ts in terms.items():
    r = next((x for x in rows if x["id"] == f"d5-{n}"), None)
    if r is None or r["answerable"] or r["kind"] != "mention": errors.append(f"d5-{n}: not a mention-no row"); continue
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"d5-{n}: no term appears in the question")
    for term in ts:
        for f, t in lower_all.items():
            if term.lower() in t: errors.append(f"d5-{n}: term {term!r} found in {f}")

kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
for k, want in KINDS.items():
    print(f"  {k:14s} {kinds.get(k, 0):3d}  (want {want})")
    if kinds.get(k, 0) != want: errors.append(f"kind {k}: {kinds.get(k, 0)} != {want}")
print("  answerable:", sum(r["answerable"] for r in rows), " not answerable:", sum(not r["answerable"] for r in rows))
print("  with history:", sum(1 for r in rows if r.get("history")))
my = sum(1 for r in rows if r["kind"] == "mention" and r["answerable"]); mn = len(no_rows)
print("  mention yes/no:", my, "/", mn)
if (my, mn) != (4, 4): errors.append("mention split should be 4/4")
per_art = collections.Counter(r["article"] or "(none)" for r in rows)
print("  per article:", dict(sorted(per_art.items())))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
