#!/usr/bin/env python3
"""Checks dev10: articles/ (7 files) and questions.jsonl + mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 check_set.py

Differences from dev5: key_facts and reference_contexts are matched case-insensitively
with whitespace collapsed (and curly quotes folded to straight ones); for .html articles
they are matched against the tag-stripped, HTML-unescaped text of the page."""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
# open() with default newline=None: \r\n is translated to \n, as Python reads it
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
raw = {f: open(os.path.join(ART, f), "rb").read() for f in texts}
errors, warnings = [], []

EXPECTED = {
    "trawler_sinking_first.txt", "trawler_sinking_update.html",
    "drought_villaseca_spain.md", "drought_agia_thekla_crete.txt",
    "ribeholm_research_station_row.html", "verhaegen_doping_ban.html",
    "clinivo_data_fine_portugal.md",
}
if set(texts) != EXPECTED:
    errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")


def strip_html(t):
    t = re.sub(r"<!--.*?-->", " ", t, flags=re.S)
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(t)


QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def norm(s):
    return re.sub(r"\s+", " ", s.translate(QUOTES)).strip().lower()


plain = {f: (strip_html(t) if f.endswith(".html") else t) for f, t in texts.items()}
normed = {f: norm(t) for f, t in plain.items()}

# ---- body paragraphs per format
TXT_CLUTTER = ("Advertisement",)
TXT_CLUTTER_PREFIX = ("Read more:", "Photo:", "Listen to this article")


def body_paragraphs(f, t):
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        start = next(i for i, b in enumerate(blocks) if "Published:" in b) + 1
        out = []
        for b in blocks[start:]:
            if not b or b in TXT_CLUTTER or b.startswith(TXT_CLUTTER_PREFIX):
                continue
            if b.startswith("Most popular"):
                break
            if "\n" in b:
                errors.append(f"{f}: multi-line body block {b[:40]!r}")
            out.append(b)
        return out
    if f.endswith(".md"):
        body = t.split("---", 2)[2] if t.startswith("---") else t
        body = body.split("\n---\n")[0]  # drop share / related footer
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        return [b for b in blocks if not b.startswith(("#", "**", "![", ">", "*"))]
    if f.endswith(".html"):
        m = re.search(r'<div class="article-body"[^>]*>(.*?)<!-- end article-body -->', t, re.S)
        if not m:
            errors.append(f"{f}: no article-body")
            return []
        # plain <p> only: boxes, pull quotes and ad slots are not body paragraphs
        return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]


print("articles:")
for f, t in texts.items():
    ps = body_paragraphs(f, t)
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:38s} paragraphs={len(ps):2d} words={w}")
    if not (10 <= len(ps) <= 16):
        errors.append(f"{f}: {len(ps)} paragraphs (want 10-16)")
    if not (550 <= w <= 950):
        errors.append(f"{f}: {w} words (want 550-950)")


# ---- format requirements
def need(f, *needles):
    for n in needles:
        if n.lower() not in texts.get(f, "").lower():
            errors.append(f"{f}: missing {n!r}")


HTML_COMMON = ["<!DOCTYPE html>", "<title>", "Advertisement", "share", "comment", "og:site_name",
               "<time datetime=", "related", "cookie"]
for f in ("trawler_sinking_update.html", "ribeholm_research_station_row.html", "verhaegen_doping_ban.html"):
    need(f, *HTML_COMMON)
    if sum(1 for l in texts[f].splitlines() if "<h1" in l) != 1:
        errors.append(f"{f}: want exactly one h1")
need("trawler_sinking_update.html", "<nav", "cookie-banner", "<footer", "related-articles",
     '<span class="author">Donald Kerr</span>', '<meta property="og:site_name" content="The Hebridean Courier">',
     '<time datetime="2025-02-19T18:30:00+00:00">19 February 2025, 18:30</time>',
     '<aside class="what-we-know">', "<h2>What we know</h2>", 'class="correction"', 'class="standfirst"')
need("ribeholm_research_station_row.html", '<meta name="author" content="Sofie Kjærgaard">',
     '"@type": "NewsArticle"', '"datePublished": "2025-06-03T09:30:00+02:00"', 'class="pullquote"',
     '<meta property="og:site_name" content="Nordic Campus Review">', "consent", 'class="footer"', 'class="dek"')
need("verhaegen_doping_ban.html", '<a rel="author" href="/staff/pieter-claes">Pieter Claes</a>',
     '<meta property="og:site_name" content="Wheelhouse Sport">', 'class="qa-box"', "Q&amp;A: What happens now?",
     "cookie-consent", "<nav", "<footer", 'class="subhead"',
     '<meta property="article:published_time" content="2025-01-21T16:45:00+01:00">')
need("trawler_sinking_first.txt", "FOUR FISHERMEN MISSING AFTER TRAWLER SINKS IN STORM OFF THE HEBRIDES",
     "By Fiona Galbraith, Northern Press Association (NPA)", "Published: 17 February 2025, 14:25 GMT",
     "Advertisement", "Read more:", "Most popular", "Listen to this article", "Photo:")
need("drought_agia_thekla_crete.txt", "CRETE TOWN RATIONS WATER TO EVERY OTHER DAY AS DAM RUNS LOW",
     "By Eleni Markaki | Aegean Morning Post", "Published: 14 April 2025, 07:50 EEST", "Last updated:",
     "Advertisement", "Read more:", "Most popular", "Listen to this article", "Photo:")
r = raw["drought_agia_thekla_crete.txt"]
if b"\r\n" not in r or r.count(b"\n") != r.count(b"\r\n"):
    errors.append("drought_agia_thekla_crete.txt: not consistently \\r\\n")
if b"\r" in raw["trawler_sinking_first.txt"]:
    errors.append("trawler_sinking_first.txt should have \\n endings")
need("drought_villaseca_spain.md", "---\ntitle:", "description:", "author: Lucía Ferrándiz",
     "date: 2025-03-26T08:00:00+01:00", "source: Levante Ledger", "![", "*The exposed bed", "\n> \"",
     "**Share this article:**")
need("clinivo_data_fine_portugal.md", "# Telehealth app Clinivo", "\n## Portuguese regulator",
     "*By Rui Carvalhais · Atlântico Tech Review · 9 May 2025, 10:20 WEST*", "![", "**Share:**")
if texts["clinivo_data_fine_portugal.md"].startswith("---"):
    errors.append("clinivo md should have no front matter")

# ---- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "overview": 9, "about_article": 11,
         "mention": 8, "dated_version": 9, "unanswerable": 8, "near_miss": 8}
if len(rows) != 110:
    errors.append(f"{len(rows)} questions, want 110")
ids = collections.Counter(r["id"] for r in rows)
for i, c in ids.items():
    if c > 1:
        errors.append(f"duplicate id {i}")
if [r["id"] for r in rows] != [f"d10-{n:03d}" for n in range(1, len(rows) + 1)]:
    errors.append("ids are not d10-001.. in order")
for r in rows:
    if list(r)[:8] != REQ:
        errors.append(f"{r.get('id')}: field order {list(r)}")
TOLD_TWICE = {"trawler_sinking_first.txt", "trawler_sinking_update.html"}
LOOKALIKE = {
    "drought_villaseca_spain.md": ["villaseca", "murcia", "spain", "spanish", "carrasco", "sáez", "saez",
                                   "montoya", "hoya parda", "campovega"],
    "drought_agia_thekla_crete.txt": ["agia thekla", "crete", "cretan", "greece", "greek", "vrentzos",
                                      "papadakis", "tsirigoti", "halkiadaki", "pervolia", "lasithi"],
}
for r in rows:
    i = r.get("id")
    for k in REQ:
        if k not in r:
            errors.append(f"{i}: missing key {k}")
    if set(r) - set(REQ) - {"history"}:
        errors.append(f"{i}: extra keys {set(r) - set(REQ) - {'history'}}")
    if r["kind"] not in KINDS:
        errors.append(f"{i}: unknown kind {r['kind']}")
    if not isinstance(r["answerable"], bool):
        errors.append(f"{i}: answerable not bool")
    if "history" in r and not (isinstance(r["history"], list) and r["history"]
                               and all(isinstance(h, str) and h for h in r["history"])):
        errors.append(f"{i}: bad history")
    art = r["article"]
    if art and art not in texts:
        errors.append(f"{i}: unknown article {art}")
        continue
    if art in LOOKALIKE:
        ql = r["user_input"].lower()  # the question itself must name it, history does not count
        if not any(n in ql for n in LOOKALIKE[art]):
            errors.append(f"{i}: look-alike question does not name its town/country/person")
    if r["kind"] == "dated_version" and art not in TOLD_TWICE:
        errors.append(f"{i}: dated_version not on the told-twice story")
    pool = [normed[art]] if art else list(normed.values())
    if r["kind"] == "dated_version":
        pool = [normed[a] for a in TOLD_TWICE]
    if not r["answerable"]:
        if r["reference"] or r["key_facts"] or r["reference_contexts"]:
            errors.append(f"{i}: no-answer question has reference/key_facts/contexts")
        if r["kind"] not in ("unanswerable", "near_miss", "mention"):
            errors.append(f"{i}: kind {r['kind']} cannot be unanswerable")
        if r["kind"] == "near_miss" and not art:
            errors.append(f"{i}: near_miss without article")
        if r["kind"] in ("unanswerable", "mention") and art:
            errors.append(f"{i}: should have article ''")
        continue
    if r["kind"] in ("unanswerable", "near_miss"):
        errors.append(f"{i}: {r['kind']} marked answerable")
    if not r["reference"]:
        errors.append(f"{i}: empty reference")
    if not 1 <= len(r["key_facts"]) <= (5 if r["kind"] == "overview" else 4):
        errors.append(f"{i}: {len(r['key_facts'])} key facts")
    if r["kind"] == "overview" and not 3 <= len(r["key_facts"]) <= 5:
        errors.append(f"{i}: overview wants 3-5 key facts")
    if r["kind"] == "multi_part" and len(r["key_facts"]) < 2:
        errors.append(f"{i}: multi_part wants one key fact per part")
    for kf in r["key_facts"]:
        if not any(norm(kf) in t for t in pool):
            errors.append(f"{i}: key fact not in article: {kf!r}")
        if "\n" in kf:
            errors.append(f"{i}: key fact spans lines: {kf!r}")
        if not 1 <= len(kf.split()) <= 6:
            errors.append(f"{i}: key fact length {len(kf.split())}: {kf!r}")
    for c in r["reference_contexts"]:
        if not any(norm(c) in t for t in pool):
            errors.append(f"{i}: context not in article: {c[:60]!r}")
        n = len(c.split())
        if not 6 <= n <= 60 and r["kind"] != "about_article":
            errors.append(f"{i}: context has {n} words")
    if r["kind"] != "about_article" and not r["reference_contexts"]:
        errors.append(f"{i}: no reference contexts")

# ---- mention-no terms absent everywhere
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
if sorted(terms) != sorted(r["id"][4:] for r in no_rows):
    errors.append("mention_no_terms.json keys != mention-no ids")
for n, ts in terms.items():
    r = next((x for x in rows if x["id"] == f"d10-{n}"), None)
    if r is None or r["answerable"] or r["kind"] != "mention":
        errors.append(f"d10-{n}: not a mention-no row")
        continue
    if not any(t.lower() in r["user_input"].lower() for t in ts):
        warnings.append(f"d10-{n}: no term appears in the question")
    for term in ts:
        for f in texts:
            if term.lower() in texts[f].lower() or term.lower() in normed[f]:
                errors.append(f"d10-{n}: term {term!r} found in {f}")

kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
for k, want in KINDS.items():
    print(f"  {k:14s} {kinds.get(k, 0):3d}  (want {want})")
    if kinds.get(k, 0) != want:
        errors.append(f"kind {k}: {kinds.get(k, 0)} != {want}")
print("  answerable:", sum(r["answerable"] for r in rows), " not answerable:", sum(not r["answerable"] for r in rows))
nh = sum(1 for r in rows if r.get("history"))
print("  with history:", nh)
if not 10 <= nh <= 14:
    errors.append(f"{nh} follow-ups with history (want about 12)")
my = sum(1 for r in rows if r["kind"] == "mention" and r["answerable"])
mn = len(no_rows)
print("  mention yes/no:", my, "/", mn)
if (my, mn) != (4, 4):
    errors.append("mention split should be 4/4")
per_art = collections.Counter(r["article"] or "(none)" for r in rows)
print("  per article:")
for a, c in sorted(per_art.items()):
    print(f"    {a:38s} {c}")
for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
