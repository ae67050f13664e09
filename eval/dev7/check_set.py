#!/usr/bin/env python3
"""Checks dev7: articles/ (7 files) and questions.jsonl + mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 check_set.py"""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
# open() with default newline=None: \r\n is translated to \n, as Python reads it
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
raw = {f: open(os.path.join(ART, f), "rb").read() for f in texts}
errors, warnings = [], []

BUS, FERRY, BREAKFAST = "explainer_bus_fare_cap.html", "listicle_halloran_ferry.md", "study_school_breakfasts.txt"
CHARGED, SENTENCED = "brennock_charged.html", "brennock_sentenced.md"
MONTEVAR, KORNVIG = "montevar_hospital_cyberattack.txt", "kornvig_hospital_cyberattack.html"
EXPECTED = {BUS, FERRY, BREAKFAST, CHARGED, SENTENCED, MONTEVAR, KORNVIG}
if set(texts) != EXPECTED: errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
for extra in ["README.md", "questions_draft.txt", "build_questions.py", "questions.jsonl", "mention_no_terms.json"]:
    if not os.path.exists(os.path.join(D, extra)): errors.append(f"missing file {extra}")

# ---- body paragraphs per format
TXT_CLUTTER = ("Advertisement", "Share this article")
def body_paragraphs(f, t):
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        start = next(i for i, b in enumerate(blocks) if "Published:" in b or b.endswith(" BST")) + 1
        out = []
        for b in blocks[start:]:
            if not b or b in TXT_CLUTTER: continue
            if b.startswith(("Topics:", "Most viewed")): break
            if b.startswith(("Read more:", "Listen to this article")): continue
            if "\n" in b: errors.append(f"{f}: multi-line body block {b[:40]!r}")
            out.append(b)
        return out
    if f.endswith(".md"):
        body = t.split("---", 2)[2] if t.startswith("---") else t
        body = body.split("\n---\n")[0]  # drop share / most-read footer
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        return [b for b in blocks if not b.startswith(("#", "**", "![", ">", "*"))]
    if f.endswith(".html"):
        m = re.search(r'<div class="explainer-body">(.*?)</div>\s*<aside class="newsletter-signup">', t, re.S) \
            or re.search(r'<div class="article-body">(.*?)</div>\s*<div class="article-tags">', t, re.S) \
            or re.search(r'<div class="story-body">(.*?)</div>\s*<div class="story-share">', t, re.S)
        if not m: errors.append(f"{f}: body container not found"); return []
        return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]
print("articles:")
bodies = {}
for f, t in texts.items():
    ps = bodies[f] = body_paragraphs(f, t)
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:36s} paragraphs={len(ps):2d} words={w}")
    if not (10 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs (want 10-16)")
    if not (550 <= w <= 950): errors.append(f"{f}: {w} words (want 550-950)")
    for p in ps:
        if "\n" in p: errors.append(f"{f}: paragraph spans lines: {p[:40]!r}")

# ---- format requirements
def need(f, *needles):
    for n in needles:
        if n not in texts.get(f, ""): errors.append(f"{f}: missing {n!r}")
def lacks(f, *needles):
    for n in needles:
        if n in texts.get(f, ""): errors.append(f"{f}: should not contain {n!r}")
COMMON_HTML = ["<!DOCTYPE html>", "<title>", "Advertisement", "Share"]
# 1 explainer: <main> but no <article>, question h2s + list inside body, nav/consent/newsletter/footer, rel=author
need(BUS, *COMMON_HTML, "<main", "<nav", "consent-banner", "newsletter-signup", "<footer",
     '<a rel="author" href="/authors/megan-treharne">Megan Treharne</a>', '<time datetime="2025-06-17T06:00:00+01:00">')
lacks(BUS, "<article")
m = re.search(r'<div class="explainer-body">(.*?)</div>\s*<aside', texts[BUS], re.S)
if m:
    h2s = re.findall(r"<h2>(.*?)</h2>", m.group(1))
    if len(h2s) < 3 or not all(h.endswith("?") for h in h2s): errors.append(f"{BUS}: want >=3 question-style h2 in body, got {h2s}")
    if not re.search(r"<(ol|ul)>\s*<li>", m.group(1)): errors.append(f"{BUS}: no <ol>/<ul> list inside body")
# 2 listicle: YAML front matter, numbered ## subheads
need(FERRY, "---\ntitle:", "\ndescription:", "\nauthors: [Colette Ambrose, Dev Raghunathan]", "\npublished: 2025-05-22",
     "## 1. ", "## 2. ", "## 3. ", "## 4. ", "## 5. ")
if not texts[FERRY].startswith("---\n"): errors.append(f"{FERRY}: no front matter")
# 3 study: headline, dek, byline with role, date line, correction at the very end
need(BREAKFAST, "Free breakfasts cut school absences, trial finds\n\nPupils in northern England missed fewer days",
     "By Harriet Oyelaran | Health Correspondent", "Thursday 4 September 2025 14:02 BST", "Advertisement", "Read more:")
if not texts[BREAKFAST].rstrip().split("\n\n")[-1].startswith("Correction: an earlier version of this article said"):
    errors.append(f"{BREAKFAST}: correction is not the last block")
if b"\r" in raw[BREAKFAST]: errors.append(f"{BREAKFAST} should have \\n endings")
# 4 first report: JSON-LD NewsArticle
m = re.search(r'<script type="application/ld\+json">(.*?)</script>', texts[CHARGED], re.S)
if not m: errors.append(f"{CHARGED}: no JSON-LD")
else:
    ld = json.loads(m.group(1))
    if ld.get("@type") != "NewsArticle" or not ld.get("headline") or not ld.get("datePublished", "").startswith("2025-03-18") \
            or ld.get("author", {}).get("name") != "Fintan Cawley":
        errors.append(f"{CHARGED}: JSON-LD lacks NewsArticle/headline/datePublished/author")
need(CHARGED, *COMMON_HTML, "cookie-notice", 'class="footer"', "related-box", "Nuala Brennock, 52", "€212,000")
# 5 later report: front matter, refers back
need(SENTENCED, "---\ntitle:", "\ndescription:", "\nbyline: Orla Nevin", "\ndate: 2025-06-27", "was first charged in March",
     "Nuala Brennock, 53", "€187,450")
# 6 agency story: CRLF, no personal byline
need(MONTEVAR, "Staff and agencies", "Published: Wednesday 11 June 2025, 16:20 CEST", "Advertisement", "Read more:", "Most viewed")
if b"\r\n" not in raw[MONTEVAR] or raw[MONTEVAR].count(b"\n") != raw[MONTEVAR].count(b"\r\n"):
    errors.append(f"{MONTEVAR}: not consistently \\r\\n")
if re.search(r"^By ", texts[MONTEVAR], re.M): errors.append(f"{MONTEVAR}: should have no 'By' byline")
# 7 OpenGraph story with <time datetime> and photo figure
need(KORNVIG, *COMMON_HTML, '<meta property="og:title"', '<meta property="og:site_name" content="Northlight News">',
     '<meta property="og:type" content="article">', '<time datetime="2025-04-22T09:30:00+02:00">', "<figure", "<figcaption>", "cookie-banner", "<footer")
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
want_ids = [f"d7-{n:03d}" for n in range(1, len(rows) + 1)]
if [r["id"] for r in rows] != want_ids: errors.append("ids are not d7-001.. in order")
if len(rows) != 110: errors.append(f"{len(rows)} questions (want 110)")
lower_all = {f: t.lower() for f, t in texts.items()}
LOOKALIKE = {MONTEVAR: ["montevar", "spain", "spanish", "aragon", "ibarrola", "soldevila", "llorente", "villarrosa"],
             KORNVIG: ["kornvig", "denmark", "danish", "holmgaard", "vinther", "krogh", "espersen"]}
for r in rows:
    i = r.get("id")
    for k in REQ:
        if k not in r: errors.append(f"{i}: missing key {k}")
    if set(r) - set(REQ) - {"history"}: errors.append(f"{i}: extra keys {set(r) - set(REQ) - {'history'}}")
    if r["kind"] not in KINDS: errors.append(f"{i}: unknown kind {r['kind']}")
    if not isinstance(r["answerable"], bool): errors.append(f"{i}: answerable not bool")
    if r["user_input"] != r["user_input"].lower(): warnings.append(f"{i}: question not lowercase")
    if "history" in r and not (isinstance(r["history"], list) and r["history"] and all(isinstance(h, str) and h for h in r["history"])):
        errors.append(f"{i}: bad history")
    art = r["article"]
    if art and art not in texts: errors.append(f"{i}: unknown article {art}"); continue
    if art in LOOKALIKE:
        ql = r["user_input"].lower()  # the question itself must name it, history does not count
        if not any(n in ql for n in LOOKALIKE[art]): errors.append(f"{i}: look-alike question does not name its town/country/person")
        other = [a for a in LOOKALIKE if a != art][0]
        if any(n in ql for n in LOOKALIKE[other]): errors.append(f"{i}: look-alike question names the other story")
    pool = [texts[art]] if art else list(texts.values())
    if not r["answerable"]:
        if r["reference"] or r["key_facts"] or r["reference_contexts"]:
            errors.append(f"{i}: no-answer question has reference/key_facts/contexts")
        if r["kind"] not in ("unanswerable", "near_miss", "mention"): errors.append(f"{i}: kind {r['kind']} cannot be unanswerable")
        if r["kind"] == "near_miss" and not art: errors.append(f"{i}: near_miss without article")
        if r["kind"] in ("unanswerable", "mention") and art: errors.append(f"{i}: should have article ''")
        continue
    if r["kind"] in ("unanswerable", "near_miss"): errors.append(f"{i}: {r['kind']} marked answerable")
    if r["kind"] == "mention" and not art: errors.append(f"{i}: mention-yes without article")
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
    if not r["reference_contexts"]: errors.append(f"{i}: no reference contexts")

# ---- told-twice: dated_version split (7 later report, 2 first report)
dv = collections.Counter(r["article"] for r in rows if r["kind"] == "dated_version")
print("  dated_version:", dict(dv))
if dv != {SENTENCED: 7, CHARGED: 2}: errors.append(f"dated_version split {dict(dv)} (want 7 later / 2 first)")
ov_all = [r for r in rows if r["kind"] == "overview" and not r["article"]]
if not ov_all: errors.append("no whole-collection overview (article '')")

# ---- mention-no terms absent everywhere
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
if sorted(terms) != sorted(r["id"][3:] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
for n, ts in terms.items():
    r = next((x for x in rows if x["id"] == f"d7-{n}"), None)
    if r is None or r["answerable"] or r["kind"] != "mention": errors.append(f"d7-{n}: not a mention-no row"); continue
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"d7-{n}: no term appears in the question")
    for term in ts:
        for f, t in lower_all.items():
            if term.lower() in t: errors.append(f"d7-{n}: term {term!r} found in {f}")

kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
for k, want in KINDS.items():
    print(f"  {k:14s} {kinds.get(k, 0):3d}  (want {want})")
    if kinds.get(k, 0) != want: errors.append(f"kind {k}: {kinds.get(k, 0)} != {want}")
print("  answerable:", sum(r["answerable"] for r in rows), " not answerable:", sum(not r["answerable"] for r in rows))
nh = sum(1 for r in rows if r.get("history"))
print("  with history:", nh)
if not 10 <= nh <= 14: errors.append(f"{nh} follow-ups with history (want about 12)")
my = sum(1 for r in rows if r["kind"] == "mention" and r["answerable"]); mn = len(no_rows)
print("  mention yes/no:", my, "/", mn)
if (my, mn) != (4, 4): errors.append("mention split should be 4/4")
per_art = collections.Counter(r["article"] or "(none)" for r in rows)
print("  per article:", dict(sorted(per_art.items())))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
