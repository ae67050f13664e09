#!/usr/bin/env python3
"""Checks dev6: articles/ (7 files) and questions.jsonl + mention_no_terms.json.
Adapted from eval/dev5/check_set.py (the only file read outside dev6). Run: python3 check_set.py"""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
# open() with default newline=None: \r\n would be translated to \n, as Python reads it
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
raw = {f: open(os.path.join(ART, f), "rb").read() for f in texts}
errors, warnings = [], []

EXPECTED = {
    "match_kelsford_ardmurran.html", "kenya_lender_ruling.txt", "velkaar_q2_results.md",
    "merrow_fire_first.html", "merrow_fire_update.txt",
    "ostmeer_museum_theft.md", "vila_serrada_museum_theft.html",
}
if set(texts) != EXPECTED:
    errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
    texts = {f: t for f, t in texts.items() if f in EXPECTED}
for f in EXPECTED - set(texts):
    texts[f] = ""
for f in texts:
    if f in raw and b"\r" in raw[f]: errors.append(f"{f}: should have \\n line endings")


# ---- body paragraphs per format
def body_paragraphs(f, t):
    if not t:
        return []
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        if f.startswith("kenya"):  # wire copy: body starts at the dateline, ends at the credit line
            start = next(i for i, b in enumerate(blocks) if re.match(r"[A-Z]+, [A-Z][a-z]+ \d+ \(", b))
            stop = ("Reporting by",)
        else:
            start = next(i for i, b in enumerate(blocks) if "Published:" in b) + 1
            stop = ("Related coverage", "Most read")
        out = []
        for b in blocks[start:]:
            if b.startswith(stop): break
            if not b or b == "Advertisement": continue
            if b.startswith(("Read more:", "Photo:", "Listen to this article")): continue
            if "\n" in b: errors.append(f"{f}: multi-line body block {b[:40]!r}")
            out.append(b)
        return out
    if f.endswith(".md"):
        body = t.split("---", 2)[2] if t.startswith("---") else t
        body = body.split("\n---\n")[0]  # drop share / read-next footer
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        return [b for b in blocks if not b.startswith(("#", "**", "![", ">", "*"))]
    if f.endswith(".html"):
        m = re.search(r'<div class="match-body">(.*?)</div>\s*<aside class="match-stats">', t, re.S) \
            or re.search(r'<div class="article-body"[^>]*>(.*?)</div><!-- /(?:article-body|articleBody) -->', t, re.S)
        if not m:
            errors.append(f"{f}: body container not found"); return []
        return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]


print("articles:")
for f in sorted(texts):
    ps = body_paragraphs(f, texts[f])
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:34s} paragraphs={len(ps):2d} words={w}")
    if not (10 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs (want 10-16)")
    if not (550 <= w <= 950): errors.append(f"{f}: {w} words (want 550-950)")
    for p in ps:
        if p in ("Advertisement",) or p.startswith(("Read more:", "Photo:")): errors.append(f"{f}: clutter counted as body")


# ---- format requirements
def need(f, *needles):
    for n in needles:
        if n not in texts.get(f, ""): errors.append(f"{f}: missing {n!r}")


def lacks(f, *needles):
    for n in needles:
        if n in texts.get(f, ""): errors.append(f"{f}: should not contain {n!r}")


COMMON_HTML = ["<!DOCTYPE html>", "<title>", "<h1", "Advertisement", "Share", "omment", "og:site_name"]
# 1. match report
need("match_kelsford_ardmurran.html", *COMMON_HTML, "<article", "<nav", 'id="cookie-banner"', "share-buttons",
     '<section class="related">', "<h3>Related</h3>", "148 comments", "<footer", "<table", "<th>Possession</th>",
     'class="lineups"', "12th minute", "38th minute", "61st minute", "84th minute",
     'rel="author">Alasdair Rennie</a>', '<time datetime="2025-03-15T19:42:00+00:00">')
# 2. court ruling wire copy
need("kenya_lender_ruling.txt", "UPDATE 1-", "NAIROBI, June 3 (Equator Wire) - ", "Reporting by Brian Kiprono; Editing by Helen Marsh",
     "\n\nAdvertisement\n\n", "\n\nRead more: ", "June 3, 2025, 4:27 PM GMT+3")
if not texts["kenya_lender_ruling.txt"].startswith("UPDATE 1-"): errors.append("kenya: headline must start with UPDATE 1-")
lacks("kenya_lender_ruling.txt", "Published:", "<")
# 3. quarterly results, YAML front matter + key points
v = "velkaar_q2_results.md"
if not texts[v].startswith("---\ntitle:"): errors.append(f"{v}: no YAML front matter")
need(v, "date: 2025-07-24T15:05:00+02:00", "author: Joost Hamelink", "publication: The Polder Post", "> **Key points**", "> - ")
fm_end = texts[v].find("\n---\n", 4)
if "|" in texts[v][fm_end:].split("\n---\n")[0].replace("€1.55bn–€1.65bn", ""): errors.append(f"{v}: body should be table-free")
# 4./5. told twice
need("merrow_fire_first.html", *COMMON_HTML, "<article", "<figure", "<figcaption>", "Photo: Jenna Loiselle / Interior Chronicle",
     '<blockquote class="pull-quote">', "<nav", "consent", "<footer", "related-stories",
     '<span class="author">Priya Castellanos</span>', 'datetime="2025-08-12T07:30:00-07:00"', "850 hectares", "1,200")
need("merrow_fire_update.txt", "Published: 13 August 2025, 06:10 PT", "Updated: 13 August 2025, 11:25 PT", "By Graham Ostrowski",
     "up from 850 hectares on Tuesday", "up from 1,200 residents", "up from 65 on Tuesday", "up from 610 on Tuesday",
     "Advertisement", "Read more:", "Related coverage", "Most read", "Listen to this article", "\u201c", "\u2019")
# 6./7. look-alike pair
o = "ostmeer_museum_theft.md"
if texts[o].startswith("---"): errors.append(f"{o}: should have no front matter")
need(o, "# Thieves snatch medieval church silver from Ostmeer town museum", "\n\n**Burglars came in",
     "*By Lotte Vermeulen · Flanders Courant · 8 October 2025, 17:20*", "\u2019")
need("vila_serrada_museum_theft.html", *COMMON_HTML, 'itemprop="author"', '<span itemprop="name">Staff Reporter</span>', "By <span",
     'itemprop="articleBody"', "<h2>", 'itemprop="datePublished" datetime="2025-09-22T21:05:00+01:00"', "<nav", "<footer")
vb = re.search(r'itemprop="articleBody">(.*?)</div><!-- /articleBody -->', texts["vila_serrada_museum_theft.html"], re.S)
if not vb or vb.group(1).count("<h2>") < 2: errors.append("vila_serrada: want >=2 <h2> subheads inside the body")
for f in texts:
    if f.endswith(".html") and sum(1 for l in texts[f].splitlines() if "<h1" in l) != 1: errors.append(f"{f}: want exactly one h1")

# ---- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "overview": 9, "about_article": 11,
         "mention": 8, "dated_version": 9, "unanswerable": 8, "near_miss": 8}
ids = collections.Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1: errors.append(f"duplicate id {i}")
want_ids = [f"d6-{n:03d}" for n in range(1, len(rows) + 1)]
if [r.get("id") for r in rows] != want_ids: errors.append("ids are not d6-001.. in order")
if len(rows) != 110: errors.append(f"{len(rows)} questions (want 110)")
lower_all = {f: t.lower() for f, t in texts.items()}
LOOKALIKE = {"ostmeer_museum_theft.md": ["ostmeer", "belgium", "belgian", "flanders", "flemish", "coppens", "declercq", "vanlaere", "walle"],
             "vila_serrada_museum_theft.html": ["vila serrada", "serrada", "portugal", "portuguese", "alentejo", "carvalhosa",
                                                "ventura", "tavares", "azenha"]}
TOLD_TWICE = {"merrow_fire_first.html", "merrow_fire_update.txt"}
dated = collections.Counter()
for r in rows:
    i = r.get("id")
    missing = [k for k in REQ if k not in r]
    if missing: errors.append(f"{i}: missing keys {missing}"); continue
    if set(r) - set(REQ) - {"history"}: errors.append(f"{i}: extra keys {set(r) - set(REQ) - {'history'}}")
    if r["kind"] not in KINDS: errors.append(f"{i}: unknown kind {r['kind']}")
    if not isinstance(r["answerable"], bool): errors.append(f"{i}: answerable not bool")
    if not r["user_input"].strip() or r["user_input"] != r["user_input"].lower():
        warnings.append(f"{i}: user_input not lowercase")
    if "history" in r and not (isinstance(r["history"], list) and r["history"] and all(isinstance(h, str) and h for h in r["history"])):
        errors.append(f"{i}: bad history")
    art = r["article"]
    if art and art not in texts: errors.append(f"{i}: unknown article {art}"); continue
    if art in LOOKALIKE:
        ql = r["user_input"].lower()  # the question itself must name it, history does not count
        if not any(n in ql for n in LOOKALIKE[art]): errors.append(f"{i}: look-alike question does not name its town/country/person")
        other = [a for a in LOOKALIKE if a != art][0]
        if any(n in ql for n in LOOKALIKE[other]) and "history" not in r:
            warnings.append(f"{i}: names the other look-alike too")
    if r["kind"] == "dated_version":
        if art not in TOLD_TWICE: errors.append(f"{i}: dated_version must point at a told-twice article")
        dated[art] += 1
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
    elif not r["reference"].rstrip().endswith((".", "'", '"')): warnings.append(f"{i}: reference not a full sentence?")
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
# collection-wide overview: exactly one, article ""
coll = [r for r in rows if r["kind"] == "overview" and not r["article"]]
if len(coll) != 1: errors.append(f"want exactly one whole-collection overview, got {len(coll)}")
if (dated["merrow_fire_update.txt"], dated["merrow_fire_first.html"]) != (7, 2):
    errors.append(f"dated_version split update/first = {dated['merrow_fire_update.txt']}/{dated['merrow_fire_first.html']} (want 7/2)")
nh = sum(1 for r in rows if r.get("history"))
if not 10 <= nh <= 14: errors.append(f"{nh} rows with history (want about 12)")

# ---- mention-no terms absent everywhere
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
if sorted(terms) != sorted(r["id"][3:] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
for n, ts in terms.items():
    r = next((x for x in rows if x["id"] == f"d6-{n}"), None)
    if r is None or r["answerable"] or r["kind"] != "mention": errors.append(f"d6-{n}: not a mention-no row"); continue
    if not ts: errors.append(f"d6-{n}: empty term list")
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"d6-{n}: no term appears in the question")
    for term in ts:
        if term != term.lower(): errors.append(f"d6-{n}: term {term!r} not lowercase")
        for f, t in lower_all.items():
            if term.lower() in t: errors.append(f"d6-{n}: term {term!r} found in {f}")

kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
for k, want in KINDS.items():
    print(f"  {k:14s} {kinds.get(k, 0):3d}  (want {want})")
    if kinds.get(k, 0) != want: errors.append(f"kind {k}: {kinds.get(k, 0)} != {want}")
print("  answerable:", sum(r["answerable"] for r in rows), " not answerable:", sum(not r["answerable"] for r in rows))
print("  with history:", nh)
my = sum(1 for r in rows if r["kind"] == "mention" and r["answerable"]); mn = len(no_rows)
print("  mention yes/no:", my, "/", mn)
if (my, mn) != (4, 4): errors.append("mention split should be 4/4")
print("  dated_version update/first:", dated["merrow_fire_update.txt"], "/", dated["merrow_fire_first.html"])
per_art = collections.Counter(r["article"] or "(none)" for r in rows)
print("  per article:", dict(sorted(per_art.items())))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
