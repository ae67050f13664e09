#!/usr/bin/env python3
"""Checks dev9: articles/ (7 files) and questions.jsonl + mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 check_set.py

Differences from dev5: substring checks are case-insensitive and whitespace-normalised,
and for HTML pages they run against the tag-stripped, entity-unescaped text
(inline tags are removed, block tags become spaces). Questions with article ""
(cross-article about_article, mention-no, unanswerable) are checked against all articles.
"""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
raw = {f: open(os.path.join(ART, f), "rb").read() for f in texts}
errors, warnings = [], []

EXPECTED = {
    "valdemora_legionnaires_first.txt", "valdemora_legionnaires_update.html",
    "kuusijarvi_mill_closure.html", "ashby_falls_mill_closure.txt",
    "tolley_comet.md", "renvallen_derailment_report.html", "ballyvarren_festival_review.md",
}
if set(texts) != EXPECTED:
    errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
    texts = {f: t for f, t in texts.items() if f in EXPECTED}

INLINE = r"a|span|em|strong|b|i|time|abbr|small|sup|sub|cite|q|mark"
def strip_html(t):
    t = re.sub(r"<!--.*?-->", " ", t, flags=re.S)
    t = re.sub(rf"</?(?:{INLINE})(?:\s[^>]*)?>", "", t, flags=re.I)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

# searchable text: HTML tag-stripped (script JSON-LD and meta attributes are kept for about_article
# facts by also searching the raw source), others as read
search = {}
for f, t in texts.items():
    search[f] = norm(strip_html(t)) + " \u2016 " + norm(html.unescape(t)) if f.endswith(".html") else norm(t)

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
            if b.startswith("Read more:") or b.startswith("Listen to"): continue
            if "\n" in b: errors.append(f"{f}: multi-line body block {b[:40]!r}")
            out.append(b)
        return out
    if f.endswith(".md"):
        body = t.split("---", 2)[2] if t.startswith("---") else t
        body = body.split("\n---\n")[0]  # drop share / most-read footer
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        return [b for b in blocks if not b.startswith(("#", "**", "![", ">", "*"))]
    if f.endswith(".html"):
        m = re.search(r'<div class="story-body"[^>]*>(.*?)</div><!-- /story-body -->', t, re.S) \
            or re.search(r'<div class="article-body"[^>]*>(.*?)</div>\s*<div class="article-tags">', t, re.S) \
            or re.search(r'<section class="entry-content">(.*?)</section>', t, re.S)
        if not m:
            errors.append(f"{f}: body container not found"); return []
        return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]

print("articles:")
for f, t in texts.items():
    ps = body_paragraphs(f, t)
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:38s} paragraphs={len(ps):2d} words={w}")
    if not (10 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs (want 10-16)")
    if not (550 <= w <= 950): errors.append(f"{f}: {w} words (want 550-950)")

# ---- format requirements
fmt = collections.Counter(os.path.splitext(f)[1] for f in texts)
if fmt[".html"] < 3 or fmt[".txt"] < 2 or fmt[".md"] < 1: errors.append(f"format mix wrong: {dict(fmt)}")
def need(f, *needles):
    for n in needles:
        if n.lower() not in texts.get(f, "").lower(): errors.append(f"{f}: missing {n!r}")
COMMON_HTML = ["<!DOCTYPE html>", "<title>", "Advertisement", "Share", "omment", "og:site_name", "<time ", "datetime=",
               "<footer", "related", "cookie"]
for f in texts:
    if f.endswith(".html"):
        need(f, *COMMON_HTML)
        if sum(1 for l in texts[f].splitlines() if "<h1" in l) != 1: errors.append(f"{f}: want exactly one h1")
need("valdemora_legionnaires_update.html", '"@type": "NewsArticle"', '"name": "Rubén Castañeda"',
     '<meta property="og:site_name" content="The Iberia Courier">', "consent", "<nav", "Correction, 17 June 2025:",
     '<time datetime="2025-06-17T09:30:00+02:00">')
need("kuusijarvi_mill_closure.html", '<span class="author">Aino Kettunen</span>',
     '<time datetime="2025-04-08">8 April 2025</time>', 'class="dek"', "cookie-bar", "<nav", "comment-prompt",
     '<meta property="og:site_name" content="Nordic Business Monitor">')
need("renvallen_derailment_report.html", '<meta name="author" content="Johan Berggren">', 'rel="author">Johan Berggren</a>',
     '<time class="entry-date published" datetime="2025-03-26T12:15:00+01:00">26 March 2025</time>',
     "gdpr-banner", "<nav", "related-posts", "Leave a comment",
     '<meta property="og:site_name" content="Scandinavian Transport Weekly">')
TXT_NEED = ["Published:", "Advertisement", "Read more:", "Most popular", "Listen to this article", "Share this article"]
need("valdemora_legionnaires_first.txt", *TXT_NEED, "By Elena Sarmiento, Health Correspondent",
     "Published: 3 June 2025, 14:20 CEST", "THE IBERIA COURIER")
need("ashby_falls_mill_closure.txt", *TXT_NEED, "By Connor MacAulay | Business Reporter",
     "Published: 22 May 2025, 07:45 ADT", "Last updated:", "Fundy Coast Times", "\u201c", "\u2019")
for f in ("valdemora_legionnaires_first.txt", "ashby_falls_mill_closure.txt"):
    if b"\r" in raw[f]: errors.append(f"{f} should have \\n endings")
need("tolley_comet.md", "---\ntitle:", "description:", "author: Sophie Raukawa-Bell", "date: 2025-02-11T06:00:00+13:00",
     "source: Southern Cross Daily", "![", "Photo: Southern Cross Daily", "**Share this story:**")
need("ballyvarren_festival_review.md", "# Ballyvarren festival review",
     "*Review by Niamh Costigan · Western Arts Dispatch · Published 21 July 2025*", "![", "Photo:", "Share:")
if texts.get("ballyvarren_festival_review.md", "").startswith("---"): errors.append("festival md should have no front matter")

# ---- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "overview": 9, "about_article": 11,
         "mention": 8, "dated_version": 9, "unanswerable": 8, "near_miss": 8}
TOLD_TWICE = {"valdemora_legionnaires_first.txt", "valdemora_legionnaires_update.html"}
ids = collections.Counter(r["id"] for r in rows)
for i, c in ids.items():
    if c > 1: errors.append(f"duplicate id {i}")
if [r["id"] for r in rows] != [f"d9-{n:03d}" for n in range(1, len(rows) + 1)]: errors.append("ids are not d9-001.. in order")
LOOKALIKE = {"kuusijarvi_mill_closure.html": ["kuusijärvi", "kuusijarvi", "finland", "finnish", "north karelia", "pohjavirta",
                                              "halonen", "räsänen", "nieminen", "kettunen", "vänskä"],
             "ashby_falls_mill_closure.txt": ["ashby falls", "new brunswick", "canada", "canadian", "tidewater", "pendergast",
                                              "thibodeau", "arsenault", "doucet", "macaulay"]}
for r in rows:
    i = r.get("id")
    keys = list(r)
    want_keys = REQ + (["history"] if "history" in r else [])
    if keys != want_keys: errors.append(f"{i}: keys/order {keys}")
    if r["kind"] not in KINDS: errors.append(f"{i}: unknown kind {r['kind']}")
    if not isinstance(r["answerable"], bool): errors.append(f"{i}: answerable not bool")
    if "history" in r and not (isinstance(r["history"], list) and r["history"] and all(isinstance(h, str) and h for h in r["history"])):
        errors.append(f"{i}: bad history")
    art = r["article"]
    if art and art not in texts: errors.append(f"{i}: unknown article {art}"); continue
    if art in LOOKALIKE:
        ql = r["user_input"].lower()  # the question itself must name it; history does not count
        if not any(n in ql for n in LOOKALIKE[art]): errors.append(f"{i}: look-alike question does not name its town/country/person")
    if r["kind"] == "dated_version" and art not in TOLD_TWICE: errors.append(f"{i}: dated_version not on the told-twice story")
    pool = [search[art]] if art else list(search.values())
    if not r["answerable"]:
        if r["reference"] or r["key_facts"] or r["reference_contexts"]:
            errors.append(f"{i}: no-answer question has reference/key_facts/contexts")
        if r["kind"] not in ("unanswerable", "near_miss", "mention"): errors.append(f"{i}: kind {r['kind']} cannot be unanswerable")
        if r["kind"] == "near_miss" and not art: errors.append(f"{i}: near_miss without article")
        if r["kind"] in ("unanswerable", "mention") and art: errors.append(f"{i}: should have article ''")
        continue
    if r["kind"] in ("unanswerable", "near_miss"): errors.append(f"{i}: {r['kind']} marked answerable")
    if not art and r["kind"] != "about_article": errors.append(f"{i}: answerable {r['kind']} without article")
    if not r["reference"]: errors.append(f"{i}: empty reference")
    if not r["key_facts"] or len(r["key_facts"]) > (5 if r["kind"] == "overview" else 4): errors.append(f"{i}: key facts count {len(r['key_facts'])}")
    if r["kind"] == "overview" and not 3 <= len(r["key_facts"]) <= 5: errors.append(f"{i}: overview wants 3-5 key facts")
    if r["kind"] == "multi_part" and len(r["key_facts"]) < 2: errors.append(f"{i}: multi_part wants one key fact per part")
    for kf in r["key_facts"]:
        if not any(norm(kf) in t for t in pool): errors.append(f"{i}: key fact not in article: {kf!r}")
        if "\n" in kf: errors.append(f"{i}: key fact spans lines: {kf!r}")
        if not 1 <= len(kf.split()) <= (10 if r["kind"] == "about_article" else 6):
            errors.append(f"{i}: key fact length {len(kf.split())}: {kf!r}")
    for c in r["reference_contexts"]:
        if not any(norm(c) in t for t in pool): errors.append(f"{i}: context not in article: {c[:60]!r}")
        n = len(c.split())
        if not 2 <= n <= 45 and r["kind"] != "about_article":
            errors.append(f"{i}: context has {n} words")
    if r["kind"] != "about_article" and not r["reference_contexts"]:
        errors.append(f"{i}: no reference contexts")

# ---- mention-no terms absent everywhere
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
if sorted(terms) != sorted(r["id"][3:] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
lower_raw = {f: t.lower() for f, t in texts.items()}
for n, ts in terms.items():
    r = next((x for x in rows if x["id"] == f"d9-{n}"), None)
    if r is None or r["answerable"] or r["kind"] != "mention": errors.append(f"d9-{n}: not a mention-no row"); continue
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"d9-{n}: no term appears in the question")
    for term in ts:
        for f in texts:
            if term.lower() in lower_raw[f] or term.lower() in search[f]: errors.append(f"d9-{n}: term {term!r} found in {f}")

kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
if len(rows) != 110: errors.append(f"{len(rows)} questions, want 110")
for k, want in KINDS.items():
    print(f"  {k:14s} {kinds.get(k, 0):3d}  (want {want})")
    if kinds.get(k, 0) != want: errors.append(f"kind {k}: {kinds.get(k, 0)} != {want}")
print("  answerable:", sum(r["answerable"] for r in rows), " not answerable:", sum(not r["answerable"] for r in rows))
nh = sum(1 for r in rows if r.get("history"))
print("  with history:", nh)
if not 10 <= nh <= 14: errors.append(f"{nh} follow-ups, want about 12")
my = sum(1 for r in rows if r["kind"] == "mention" and r["answerable"]); mn = len(no_rows)
print("  mention yes/no:", my, "/", mn)
if (my, mn) != (4, 4): errors.append("mention split should be 4/4")
per_art = collections.Counter(r["article"] or "(none)" for r in rows)
print("  per article:")
for a, c in sorted(per_art.items()): print(f"    {a:38s} {c}")
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
