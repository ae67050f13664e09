#!/usr/bin/env python3
"""Checks dev8: articles/ (7 files) and questions.jsonl + mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 check_set.py"""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
# open() with encoding utf-8 and default newline=None, as Python reads the file
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
raw = {f: open(os.path.join(ART, f), "rb").read() for f in texts}
errors, warnings = [], []

EXPECTED = {
    "storm_isolde_live.html", "kelbrook_mayor_result.txt", "corvane_air_fryer_recall.md",
    "glenarden_bus_strike_called.html", "glenarden_bus_strike_deal.md",
    "marrekerk_red_panda.txt", "caddell_harbour_red_panda.html",
}
if set(texts) != EXPECTED: errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
for f in texts:
    try: raw[f].decode("utf-8")
    except UnicodeDecodeError: errors.append(f"{f}: not utf-8")

# ---- body paragraphs per format
TXT_SKIP = ("Advertisement", "Share this article", "Listen to this article")
def body_paragraphs(f, t):
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        start = next(i for i, b in enumerate(blocks) if "Published:" in b) + 1
        out = []
        for b in blocks[start:]:
            if not b or b in TXT_SKIP: continue
            if b.startswith("Most popular") or b.startswith("Most read"): break
            if b.startswith("Read more:") or b.startswith("Photo:"): continue
            if "\n" in b and "—" in b: continue  # results table
            if "\n" in b: errors.append(f"{f}: multi-line body block {b[:40]!r}")
            out.append(b)
        return out
    if f.endswith(".md"):
        body = t.split("---\n", 2)[2] if t.startswith("---") else t
        body = body.split("\n---\n")[0]  # drop share / most-read footer
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        return [b for b in blocks if not b.startswith(("#", "**", "![", ">", "*", "- "))]
    if f.endswith(".html"):
        m = re.search(r'<div class="(?:liveblog-body|article-body|story-body)">(.*?)</div><!-- /[a-z-]+ -->', t, re.S)
        if not m: errors.append(f"{f}: body div not found"); return []
        return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]
print("articles:")
for f, t in texts.items():
    ps = body_paragraphs(f, t)
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:36s} paragraphs={len(ps):2d} words={w}")
    if not (10 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs (want 10-16)")
    if not (550 <= w <= 950): errors.append(f"{f}: {w} words (want 550-950)")

# ---- format requirements
def need(f, *needles):
    for n in needles:
        if n not in texts.get(f, ""): errors.append(f"{f}: missing {n!r}")
COMMON_HTML = ["<!DOCTYPE html>", "<title>", "Advertisement", "Share", "<h1>", "og:site_name"]
for f in texts:
    if f.endswith(".html"): need(f, *COMMON_HTML)
# 1 live blog
need("storm_isolde_live.html", "cookie-banner", "<nav", "<footer", "share-buttons", "LIVE",
     "18:45 BST", "17:20 BST", "16:10 BST", "Updated 15:30 BST", "14:05 BST", "12:50 BST", "11:15 BST", "09:30 BST",
     '<span class="author">Hannah Threlkeld</span>', '<span class="author">Tom Ayre</span>')
st = texts["storm_isolde_live.html"]
times = re.findall(r'<div class="entry" id="entry-(\d{4})">', st)
if len(times) < 6 or times != sorted(times, reverse=True): errors.append("storm: entries not newest first / too few")
if st.count("<h3>") != len(times): errors.append("storm: every entry needs an <h3> heading")
# 2 election txt
need("kelbrook_mayor_result.txt", "By Gareth Minshull, Political Editor", "Published: Friday 9 May 2025, 06:50",
     "Candidate — Party — Votes — %", "Alison Kerrigan — Kelbrook First — 14,212 — 38.4%", "Advertisement", "Read more:")
# 3 recall md with front matter
need("corvane_air_fryer_recall.md", "---\nheadline:", "\nsummary:", "\nwriter: Natalie Okafor", "\npublished: 2025-09-04",
     "\npublication: The Maple Ledger", "\n- CH-AF350:", "\n- CH-AF700D:")
if not texts["corvane_air_fryer_recall.md"].startswith("---\nheadline:"): errors.append("recall md must start with front matter")
# 4+5 told twice
need("glenarden_bus_strike_called.html", '<time datetime="2025-10-03T16:40:00+01:00">', 'application/ld+json',
     '"datePublished": "2025-10-03T16:40:00+01:00"', '"name": "Fiona Dalgleish"', "consent-bar", "<nav", "<footer")
need("glenarden_bus_strike_deal.md", "# Glenarden bus strike called off", "**Services will return",
     "*By Calum Rennie · Strathmore Evening News · 16 October 2025*")
if texts["glenarden_bus_strike_deal.md"].startswith("---"): errors.append("deal md should have no front matter")
# 6+7 look-alike
need("marrekerk_red_panda.txt", "By ANNELIES VOS", "Published: 5 June 2025, 14:20", "Last updated: 5 June 2025, 17:05",
     "Advertisement", "Read more:")
need("caddell_harbour_red_panda.html", '<aside class="fact-box">', "<figure", "<figcaption>",
     '<span class="author">Bethany MacIsaac</span>', '<time datetime="2025-08-21T19:10:00-03:00">')
ch = texts["caddell_harbour_red_panda.html"]
sb = re.search(r'<div class="story-body">(.*?)</div><!-- /story-body -->', ch, re.S)
if not sb or "<aside" not in sb.group(1) or "<figure" not in sb.group(1): errors.append("caddell: aside/figure must sit inside the article body")
for f in texts:
    if f.endswith(".html") and texts[f].count("<h1") != 1: errors.append(f"{f}: want exactly one h1")

# ---- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "overview": 9, "about_article": 11,
         "mention": 8, "dated_version": 9, "unanswerable": 8, "near_miss": 8}
ids = collections.Counter(r["id"] for r in rows)
for i, c in ids.items():
    if c > 1: errors.append(f"duplicate id {i}")
want_ids = [f"d8-{n:03d}" for n in range(1, len(rows) + 1)]
if [r["id"] for r in rows] != want_ids: errors.append("ids are not d8-001.. in order")
if len(rows) != 110: errors.append(f"{len(rows)} questions, want 110")
lower_all = {f: t.lower() for f, t in texts.items()}
LOOKALIKE = {"marrekerk_red_panda.txt": ["marrekerk", "netherlands", "dutch", "holland", "gelderland", "soba", "dijkstra", "van aalten", "hulshof"],
             "caddell_harbour_red_panda.html": ["caddell", "nova scotia", "canada", "canadian", "juniper", "ferris", "boudreau", "raman"]}
LATER, FIRST = "glenarden_bus_strike_deal.md", "glenarden_bus_strike_called.html"
for r in rows:
    i = r.get("id")
    for k in REQ:
        if k not in r: errors.append(f"{i}: missing key {k}")
    if set(r) - set(REQ) - {"history"}: errors.append(f"{i}: extra keys {set(r) - set(REQ) - {'history'}}")
    if r["kind"] not in KINDS: errors.append(f"{i}: unknown kind {r['kind']}")
    if not isinstance(r["answerable"], bool): errors.append(f"{i}: answerable not bool")
    if not r["user_input"].strip(): errors.append(f"{i}: empty question")
    if "history" in r and not (isinstance(r["history"], list) and r["history"] and all(isinstance(h, str) and h for h in r["history"])):
        errors.append(f"{i}: bad history")
    art = r["article"]
    if art and art not in texts: errors.append(f"{i}: unknown article {art}"); continue
    if art in LOOKALIKE:
        ql = r["user_input"].lower()  # the question itself must name it, history does not count
        if not any(n in ql for n in LOOKALIKE[art]): errors.append(f"{i}: look-alike question does not name its town/country/person")
    if r["kind"] == "dated_version" and art not in (LATER, FIRST): errors.append(f"{i}: dated_version must point at a strike report")
    pool = [texts[art]] if art else list(texts.values())
    if not r["answerable"]:
        if r["reference"] or r["key_facts"] or r["reference_contexts"]:
            errors.append(f"{i}: no-answer question has reference/key_facts/contexts")
        if r["kind"] not in ("unanswerable", "near_miss", "mention"): errors.append(f"{i}: kind {r['kind']} cannot be unanswerable")
        if r["kind"] == "near_miss" and not art: errors.append(f"{i}: near_miss without article")
        if r["kind"] in ("unanswerable", "mention") and art: errors.append(f"{i}: should have article ''")
        continue
    if r["kind"] in ("unanswerable", "near_miss"): errors.append(f"{i}: {r['kind']} marked answerable")
    if r["kind"] == "mention" and not art: errors.append(f"{i}: mention-yes needs its article")
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

# ---- dated_version split
dv = [r for r in rows if r["kind"] == "dated_version"]
dl, df = sum(r["article"] == LATER for r in dv), sum(r["article"] == FIRST for r in dv)
print("  dated_version later/first:", dl, "/", df)
if (dl, df) != (7, 2): errors.append(f"dated_version split {dl}/{df}, want 7/2")

# ---- mention-no terms absent everywhere
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
if sorted(terms) != sorted(r["id"][3:] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
for n, ts in terms.items():
    r = next((x for x in rows if x["id"] == f"d8-{n}"), None)
    if r is None or r["answerable"] or r["kind"] != "mention": errors.append(f"d8-{n}: not a mention-no row"); continue
    if not ts: errors.append(f"d8-{n}: empty term list")
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"d8-{n}: no term appears in the question")
    for term in ts:
        for f, t in lower_all.items():
            if term.lower() in t: errors.append(f"d8-{n}: term {term!r} found in {f}")

kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
for k, want in KINDS.items():
    print(f"  {k:14s} {kinds.get(k, 0):3d}  (want {want})")
    if kinds.get(k, 0) != want: errors.append(f"kind {k}: {kinds.get(k, 0)} != {want}")
print("  answerable:", sum(r["answerable"] for r in rows), " not answerable:", sum(not r["answerable"] for r in rows))
nh = sum(1 for r in rows if r.get("history"))
print("  with history:", nh)
if not 10 <= nh <= 14: errors.append(f"{nh} follow-ups with history, want about 12")
my = sum(1 for r in rows if r["kind"] == "mention" and r["answerable"]); mn = len(no_rows)
print("  mention yes/no:", my, "/", mn)
if (my, mn) != (4, 4): errors.append("mention split should be 4/4")
ov = [r for r in rows if r["kind"] == "overview"]
if not any(r["article"] == "" for r in ov): errors.append("want one whole-collection overview with article ''")
per_art = collections.Counter(r["article"] or "(none)" for r in rows)
print("  per article:", dict(sorted(per_art.items())))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
