#!/usr/bin/env python3
"""Checks fresh5: articles/ (7 files) and questions.jsonl + mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 check_set.py

Substring checks (key_facts, reference_contexts) are case-insensitive and
whitespace-normalised; for HTML files they are made against the tag-stripped,
entity-unescaped text of the page."""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
# open() with default newline=None: \r\n is translated to \n, as Python reads it
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
raw = {f: open(os.path.join(ART, f), "rb").read() for f in texts}
errors, warnings = [], []

EXPECTED = {
    "port_strike_day1.txt", "port_strike_deal.html",
    "birdflu_monaghan.html", "birdflu_jutland.txt",
    "windfarm_appeal_coedlas.md", "okapi_calf_strakovice.md", "kilnwave_series_b.html",
}
if set(texts) != EXPECTED: errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def strip_tags(t, sep):
    t = re.sub(r"<!--.*?-->", " ", t, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", sep, t))


# comparison text(s) per article: HTML -> tag-stripped (tags removed, and tags as spaces)
search = {}
for f, t in texts.items():
    if f.endswith(".html"):
        search[f] = [norm(strip_tags(t, "")), norm(strip_tags(t, " "))]
    else:
        search[f] = [norm(t)]


def found(s, f):
    n = norm(s)
    return any(n in x for x in search[f])


# ---- body paragraphs per format
TXT_CLUTTER = ("Advertisement", "Share", "Share this article")
def body_paragraphs(f, t):
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        start = next(i for i, b in enumerate(blocks) if "Published:" in b) + 1
        out = []
        for b in blocks[start:]:
            if not b or b in TXT_CLUTTER: continue
            if b.startswith("Most popular"): break
            if b.startswith(("Read more:", "Photo:", "Listen to")): continue
            if "\n" in b: errors.append(f"{f}: multi-line body block {b[:40]!r}")
            out.append(b)
        return out
    if f.endswith(".md"):
        body = re.sub(r"\A---\n.*?\n---\n", "", t, flags=re.S)  # YAML front matter
        body = body.split("\n---\n")[0]  # drop share / most-read footer
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        return [b for b in blocks if not b.startswith(("#", "**", "![", ">", "*"))]
    if f.endswith(".html"):
        m = re.search(r'<div class="story-body"[^>]*>(.*?)</div><!-- /story-body -->', t, re.S) \
            or re.search(r'<section class="article__content">(.*?)</section>', t, re.S) \
            or re.search(r'<div id="content-main" class="entry-content">(.*?)<div class="entry-footer">', t, re.S)
        if not m:
            errors.append(f"{f}: body container not found"); return []
        return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]


print("articles:")
for f, t in texts.items():
    ps = body_paragraphs(f, t)
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:30s} paragraphs={len(ps):2d} words={w}")
    if not (10 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs (want 10-16)")
    if not (550 <= w <= 950): errors.append(f"{f}: {w} words (want 550-950)")

# ---- format requirements
def need(f, *needles):
    for n in needles:
        if n not in texts.get(f, ""): errors.append(f"{f}: missing {n!r}")

fmt = collections.Counter(os.path.splitext(f)[1] for f in texts)
if fmt[".html"] < 3 or fmt[".txt"] < 2 or fmt[".md"] < 1: errors.append(f"format mix wrong: {dict(fmt)}")
COMMON_HTML = ["<title>", "Advertisement", "Share", "omment", "og:site_name"]
for f in texts:
    if f.endswith(".html"):
        need(f, *COMMON_HTML)
        if not texts[f].lower().startswith("<!doctype html>"): errors.append(f"{f}: no doctype")
        if not re.search(r"cookie|consent|gdpr", texts[f], re.I): errors.append(f"{f}: no cookie/consent banner")
        if sum(1 for l in texts[f].splitlines() if "<h1" in l) != 1: errors.append(f"{f}: want exactly one h1")
need("port_strike_deal.html", "<nav", "<footer", "related-articles", '<span class="author" itemprop="author">Tomas Wouters</span>',
     '<time datetime="2025-06-11T16:40:00+02:00"', '<meta property="og:site_name" content="The Scheldt Observer">',
     'class="standfirst"', "<article")
need("birdflu_monaghan.html", '<script type="application/ld+json">', '"@type": "NewsArticle"',
     '"author": {"@type": "Person", "name": "Síofra Keaveney"}', 'rel="author"', '"datePublished": "2025-01-24',
     "<nav", 'class="related"', "consent")
need("kilnwave_series_b.html", '<meta name="author" content="Liis Tammekivi">', "related-posts", 'class="menu"',
     "site-footer", "Correction, 18 September 2025:", "entry-subtitle")
for bad in ["<article", "<main", "<nav", "<footer", "<header"]:
    if bad in texts["kilnwave_series_b.html"]: errors.append(f"kilnwave_series_b.html: divs-only page, found {bad}")
need("port_strike_day1.txt", "DOCKWORKERS WALK OUT AT ZEEMUIDE AS PAY TALKS COLLAPSE", "By Hanne Verlinden, Ports Correspondent",
     "Published: 3 June 2025, 19:25", "Advertisement", "Read more:", "Most popular", "Listen to this article", "Photo:")
need("birdflu_jutland.txt", "120,000 HENS TO BE KILLED AFTER BIRD FLU HITS JUTLAND EGG FARM", "By Mette Kjærgaard",
     "Published: 6 February 2025, 07:50", "Last updated:", "Advertisement", "Read more:", "Most popular",
     "Listen to this article", "Photo:", "\u201c", "\u2019")
jr = raw["birdflu_jutland.txt"]
if b"\r\n" not in jr or jr.count(b"\n") != jr.count(b"\r\n"): errors.append("birdflu_jutland.txt: not consistently \\r\\n")
if b"\r" in raw["port_strike_day1.txt"]: errors.append("port_strike_day1.txt should have \\n endings")
need("windfarm_appeal_coedlas.md", "---\ntitle:", "description:", "author: Rhodri Blethyn", "date: 2025-04-09T06:45:00+01:00",
     "source: Mid Wales Courier", "![", "Share this story")
need("okapi_calf_strakovice.md", "# Strakovice Zoo", "*Kateřina Šindelářová | Bohemia Daily Review | 21 October 2025*", "![", "**Share:**")
if texts["okapi_calf_strakovice.md"].startswith("---"): errors.append("okapi md should have no front matter")

# ---- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "overview": 9, "about_article": 11,
         "mention": 8, "dated_version": 9, "unanswerable": 8, "near_miss": 8}
ids = collections.Counter(r["id"] for r in rows)
for i, c in ids.items():
    if c > 1: errors.append(f"duplicate id {i}")
want_ids = [f"f5-{n:03d}" for n in range(1, len(rows) + 1)]
if [r["id"] for r in rows] != want_ids: errors.append("ids are not f5-001.. in order")
for r in rows:
    if list(r)[:8] != REQ: errors.append(f"{r.get('id')}: field order {list(r)}")
TOLD_TWICE = {"port_strike_day1.txt", "port_strike_deal.html"}
LOOKALIKE = {"birdflu_monaghan.html": ["kilbrannagh", "monaghan", "ireland", "irish", "mulrooney", "furlong", "cassidy", "drumcullen", "tavnagh"],
             "birdflu_jutland.txt": ["hjortslev", "jutland", "denmark", "danish", "ravnholt", "vestergaard", "bjerregaard", "limfjord"]}
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
    if r["kind"] == "dated_version" and art not in TOLD_TWICE: errors.append(f"{i}: dated_version not on told-twice story")
    if art in LOOKALIKE:
        ql = r["user_input"].lower()  # the question itself must name it, history does not count
        if not any(n in ql for n in LOOKALIKE[art]): errors.append(f"{i}: look-alike question does not name its town/country/person")
    pool = [art] if art else list(texts)
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
    if not 1 <= len(r["key_facts"]) <= 5: errors.append(f"{i}: {len(r['key_facts'])} key facts")
    if r["kind"] == "overview" and not 3 <= len(r["key_facts"]) <= 5: errors.append(f"{i}: overview wants 3-5 key facts")
    if r["kind"] != "overview" and len(r["key_facts"]) > 4: errors.append(f"{i}: more than 4 key facts")
    if r["kind"] == "multi_part" and len(r["key_facts"]) < 2: errors.append(f"{i}: multi_part wants one key fact per part")
    for kf in r["key_facts"]:
        if not re.search(r"[A-Za-z0-9À-ž]", kf): errors.append(f"{i}: key fact without letter/digit: {kf!r}")
        if not any(found(kf, f) for f in pool): errors.append(f"{i}: key fact not in article: {kf!r}")
        if "\n" in kf: errors.append(f"{i}: key fact spans lines: {kf!r}")
        lim = 14 if r["kind"] == "about_article" else 8
        if not 1 <= len(kf.split()) <= lim: errors.append(f"{i}: key fact length {len(kf.split())}: {kf!r}")
    for c in r["reference_contexts"]:
        if not any(found(c, f) for f in pool): errors.append(f"{i}: context not in article: {c[:60]!r}")
        n = len(c.split())
        if not 4 <= n <= 60 and r["kind"] != "about_article":
            errors.append(f"{i}: context has {n} words")
    if r["kind"] != "about_article" and not r["reference_contexts"]:
        errors.append(f"{i}: no reference contexts")

# ---- mention-no terms absent everywhere
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
if sorted(terms) != sorted(r["id"][3:] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
raw_lower = {f: t.lower() for f, t in texts.items()}
for n, ts in terms.items():
    r = next((x for x in rows if x["id"] == f"f5-{n}"), None)
    if r is None or r["answerable"] or r["kind"] != "mention": errors.append(f"f5-{n}: not a mention-no row"); continue
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"f5-{n}: no term appears in the question")
    for term in ts:
        if term != term.lower(): errors.append(f"f5-{n}: term {term!r} not lowercase")
        for f in texts:
            if term.lower() in raw_lower[f] or any(term.lower() in x for x in search[f]):
                errors.append(f"f5-{n}: term {term!r} found in {f}")

kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
if len(rows) != 110: errors.append(f"{len(rows)} questions (want 110)")
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
