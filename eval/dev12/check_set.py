#!/usr/bin/env python3
"""Checks dev12: articles/ (7 files) and questions.jsonl + mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 check_set.py"""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
errors, warnings = [], []

EXPECTED = {
    "congestion_charge_vote.html", "dam_scare_first.txt", "dam_allclear_update.html",
    "outage_ireland.html", "outage_newzealand.txt",
    "ardlarich_national_park.md", "port_alder_swim_club.md",
}
if set(texts) != EXPECTED:
    errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
    texts = {f: t for f, t in texts.items() if f in EXPECTED}
ext = collections.Counter(f.rsplit(".", 1)[1] for f in texts)
if ext["html"] < 3 or ext["txt"] < 2 or ext["md"] < 1: errors.append(f"format mix wrong: {dict(ext)}")

def strip_html(t):
    return html.unescape(re.sub(r"<[^>]+>", "", t))

def plain(f):
    """Text a reader sees: HTML tag-stripped and unescaped; txt/md as they are."""
    return strip_html(texts[f]) if f.endswith(".html") else texts[f]

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

NORM = {f: norm(plain(f)) for f in texts}

# ---- body paragraphs per format
def body_paragraphs(f, t):
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.replace("\r\n", "\n").split("\n\n")]
        start = next(i for i, b in enumerate(blocks) if "Published:" in b) + 1
        out = []
        for b in blocks[start:]:
            if not b or b in ("Advertisement", "Listen to this article"): continue
            if b.startswith("Most popular"): break
            if b.startswith("Read more:"): continue
            if "\n" in b: errors.append(f"{f}: multi-line body block {b[:40]!r}")
            out.append(b)
        return out
    if f.endswith(".md"):
        body = t.split("\n---\n", 1)[1] if t.startswith("---\n") else t   # drop YAML front matter
        body = body.split("\n---\n")[0]                                     # drop share / most-read footer
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        return [b for b in blocks if not b.startswith(("#", "**", "![", ">", "*", "- "))]
    if f == "congestion_charge_vote.html":
        m = re.search(r'<div class="article-body">(.*?)</div><!-- /article-body -->', t, re.S)
        raw = re.findall(r"<p>(.*?)</p>", m.group(1), re.S)
    elif f == "dam_allclear_update.html":
        m = re.search(r'<div class="story-body">(.*?)</div><!-- end story-body -->', t, re.S)
        raw = re.findall(r"<p>(.*?)</p>", m.group(1), re.S)      # the tweet's <p lang=..> is not body
    elif f == "outage_ireland.html":
        m = re.search(r'<div class="article-text">(.*?)\n  </div>', t, re.S)
        raw = re.findall(r'<div class="para">(.*?)</div>', m.group(1), re.S)
        if "<p>" in m.group(1): errors.append(f"{f}: body should use div.para, not <p>")
    return [strip_html(p).strip() for p in raw]

print("articles:")
BODY = {}
for f, t in texts.items():
    ps = body_paragraphs(f, t)
    BODY[f] = ps
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:30s} paragraphs={len(ps):2d} words={w}")
    if not (10 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs (want 10-16)")
    if not (550 <= w <= 950): errors.append(f"{f}: {w} words (want 550-950)")

# ---- format requirements
def need(f, *needles):
    for n in needles:
        if n not in texts.get(f, ""): errors.append(f"{f}: missing {n!r}")
COMMON_HTML = ["<!DOCTYPE html>", "<title>", "Advertisement", "Share", "omment", "og:site_name", "<time", "datetime="]
need("congestion_charge_vote.html", *COMMON_HTML, "<nav", "cookie-banner", "<footer", 'class="related"',
     'rel="author">Priya Ramsden</a>', '"@type":"NewsArticle"', '<time datetime="2025-03-26T06:00:00+00:00">26 March 2025</time>',
     '<meta property="og:site_name" content="The Hallowford Courier">', 'class="standfirst"',
     "Correction, 27 March 2025:")
need("dam_allclear_update.html", *COMMON_HTML, "<nav", "cookie-consent", "<footer", "related-articles",
     '<meta name="author" content="Nia Haddock">', '<span class="author">Nia Haddock</span>',
     '<blockquote class="twitter-tweet"', "(@HafrenWater)", "<h3>Key facts</h3>", 'class="dek"',
     '<meta property="og:site_name" content="Cambrian Herald">')
if not re.search(r'<aside class="key-facts">\s*<h3>Key facts</h3>\s*<ul>(\s*<li>[^<]+</li>){3,}\s*</ul>', texts.get("dam_allclear_update.html", "")):
    errors.append("dam_allclear_update.html: Key facts <ul> box malformed")
need("outage_ireland.html", *COMMON_HTML, "consent", "primary-nav", "site-footer", "related-reading",
     '<meta name="author" content="Ciarán Holohan">', '"@type": "NewsArticle"', '<div class="para">',
     '<meta property="og:site_name" content="The Irish Meridian">')
if not re.search(r"<header[^>]*>(?:(?!</header>).)*<h1>[^<]+</h1>(?:(?!</header>).)*</header>", texts.get("outage_ireland.html", ""), re.S):
    errors.append("outage_ireland.html: h1 not inside <header>")
need("dam_scare_first.txt", "CAMBRIAN HERALD", "HUNDREDS EVACUATED AS CRACKS FOUND IN VALLEY DAM",
     "By GARETH PROTHERO, Wales Correspondent", "Published: 17 February 2025, 21:15", "PONTYRHOS, Powys \u2014 ",
     "Advertisement", "Read more:", "Most popular", "Listen to this article")
lines = texts.get("dam_scare_first.txt", "").splitlines()
if not any(l.strip() and l == l.upper() and len(l.split()) >= 5 and "|" not in l for l in lines):
    errors.append("dam_scare_first.txt: no ALL-CAPS headline line")
if not any(re.fullmatch(r"By [A-Z][A-Z' -]+, [A-Z][A-Za-z ]+", l) for l in lines):
    errors.append("dam_scare_first.txt: no 'By NAME, ROLE' line")
need("outage_newzealand.txt", "By Mereana Tupaea, Business Reporter", "Published: 14 August 2025, 19:05",
     "Last updated:", "Advertisement", "Read more:", "Most popular", "Listen to this article", "\u201c", "\u2019")
need("ardlarich_national_park.md", "---\ntitle:", "description:", "\nbyline: Fiona MacAskill\n",
     "\npublisher: The Highland Record\n", "\ndate: 2025-05-20\n", "![", "Photo:", "**Share this article:**")
if not texts.get("ardlarich_national_park.md", "").startswith("---\n"): errors.append("ardlarich md needs YAML front matter")
need("port_alder_swim_club.md", "# Port Alder", "*By Jenna Lockhart · Atlantic Coast Chronicle · September 9, 2025*",
     "![", "Photo:", "**Share:**")
if texts.get("port_alder_swim_club.md", "").startswith("---"): errors.append("port_alder md should have no front matter")
for f in texts:
    if f.endswith(".html") and len(re.findall(r"<h1[ >]", texts[f])) != 1: errors.append(f"{f}: want exactly one h1")

# ---- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "overview": 9, "about_article": 11,
         "mention": 8, "dated_version": 9, "unanswerable": 8, "near_miss": 8}
ids = collections.Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1: errors.append(f"duplicate id {i}")
if [r.get("id") for r in rows] != [f"d12-{n:03d}" for n in range(1, len(rows) + 1)]:
    errors.append("ids are not d12-001.. in order")
if len(rows) != 110: errors.append(f"{len(rows)} questions (want 110)")
TOLD_TWICE = {"dam_scare_first.txt", "dam_allclear_update.html"}
LOOKALIKE = {"outage_ireland.html": ["corravue", "ireland", "irish", "mulrooney", "farrelly", "kildare", "galway",
                                     "brennan", "gaughan", "voslane", "clonardagh", "kilmorran"],
             "outage_newzealand.txt": ["harbourline", "new zealand", "kiwi", "fenwick", "te whata", "kaiwhenua",
                                       "rangiwhero", "waikato", "whitcombe", "kowhai", "kōwhai", "north island"]}
for r in rows:
    i = r.get("id")
    if list(r)[:8] != REQ or (len(r) == 9 and list(r)[8] != "history") or len(r) > 9:
        errors.append(f"{i}: keys/order wrong: {list(r)}")
        continue
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
    pool = [NORM[art]] if art else list(NORM.values())
    if r["kind"] in ("unanswerable", "near_miss") or (r["kind"] == "mention" and not art):
        if r["answerable"]: errors.append(f"{i}: {r['kind']} marked answerable")
        if r["reference"] or r["key_facts"] or r["reference_contexts"]:
            errors.append(f"{i}: no-answer question has reference/key_facts/contexts")
        if r["kind"] == "near_miss" and not art: errors.append(f"{i}: near_miss without article")
        if r["kind"] in ("unanswerable", "mention") and art: errors.append(f"{i}: should have article ''")
        continue
    if not r["answerable"]: errors.append(f"{i}: {r['kind']} should be answerable")
    if r["kind"] == "mention" and not art: errors.append(f"{i}: mention-yes without article")
    if not r["reference"] or not r["reference"].rstrip().endswith((".", "?", "!", '"')): errors.append(f"{i}: reference not a full sentence")
    kf = r["key_facts"]
    lo, hi = (3, 5) if r["kind"] == "overview" else (2, 4) if r["kind"] == "multi_part" else (1, 4)
    if not lo <= len(kf) <= hi: errors.append(f"{i}: {len(kf)} key facts (want {lo}-{hi} for {r['kind']})")
    for k in kf:
        if not re.search(r"[A-Za-z0-9]", k): errors.append(f"{i}: key fact without letter/digit: {k!r}")
        if not any(norm(k) in t for t in pool): errors.append(f"{i}: key fact not in article: {k!r}")
        if len(k.split()) > 10: errors.append(f"{i}: key fact too long: {k!r}")
    for c in r["reference_contexts"]:
        if not any(norm(c) in t for t in pool): errors.append(f"{i}: context not in article: {c[:70]!r}")
        n = len(c.split())
        if r["kind"] != "about_article" and not 6 <= n <= 60: errors.append(f"{i}: context has {n} words")
    if r["kind"] != "about_article" and not r["reference_contexts"]:
        errors.append(f"{i}: no reference contexts")

# ---- mention-no terms absent everywhere (raw files, markup included)
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["article"]]
if sorted(terms) != sorted(r["id"].split("-")[1] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
lower_all = {f: t.lower() for f, t in texts.items()}
for n, ts in terms.items():
    r = next((x for x in rows if x["id"] == f"d12-{n}"), None)
    if r is None or r["answerable"] or r["kind"] != "mention": errors.append(f"d12-{n}: not a mention-no row"); continue
    if not ts: errors.append(f"d12-{n}: no terms")
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"d12-{n}: no term appears in the question")
    for term in ts:
        for f, t in lower_all.items():
            if term.lower() in t or term.lower() in NORM[f]: errors.append(f"d12-{n}: term {term!r} found in {f}")

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
