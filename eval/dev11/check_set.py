#!/usr/bin/env python3
"""Checks dev11: articles/ (7 files) and questions.jsonl + mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 check_set.py

Verbatim rule: every key_fact and reference_context must be a substring of its article
(case-insensitive, runs of whitespace collapsed). HTML articles are compared against
their text with tags replaced by spaces and entities unescaped."""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
errors, warnings = [], []

EXPECTED = {
    "atlantara_cancellations.html", "boreal_wings_groundings.txt",
    "felstal_landslide_first.txt", "felstal_landslide_update.html",
    "loanan_bridge_opening.md", "occitanie_heat_alert.html", "kilcarrow_bequest.md",
}
if set(texts) != EXPECTED: errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
n_fmt = collections.Counter(f.rsplit(".", 1)[1] for f in texts)
if n_fmt["html"] < 3 or n_fmt["txt"] < 2 or n_fmt["md"] < 1: errors.append(f"format mix wrong: {dict(n_fmt)}")

def strip_html(t):
    return html.unescape(re.sub(r"<[^>]+>", " ", t))
def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()
plain = {f: (strip_html(t) if f.endswith(".html") else t) for f, t in texts.items()}
normed = {f: norm(t) for f, t in plain.items()}

# ---- body paragraphs per format
TXT_CLUTTER = ("Advertisement", "Listen to this article")
def body_paragraphs(f, t):
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        start = next(i for i, b in enumerate(blocks) if b.startswith("Published:")) + 1
        out = []
        for b in blocks[start:]:
            if b.startswith(("Most popular", "Reporting by")): break
            if not b or b in TXT_CLUTTER or b.startswith(("Read more:", "Photo:")): continue
            if "\n" in b: errors.append(f"{f}: multi-line body block {b[:40]!r}")
            out.append(b)
        return out
    if f.endswith(".md"):
        body = t.split("---", 2)[2] if t.startswith("---") else t
        body = body.split("\n---\n")[0]  # drop share / most-read footer and editor's note
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        return [b for b in blocks if not b.startswith(("#", "**", "![", ">", "*", "["))]
    if f.endswith(".html"):
        m = re.search(r'<div class="story-body">(.*?)</div>\s*<div class="share share-bottom">', t, re.S) \
            or re.search(r'<div class="(?:article-body|entry-content)"[^>]*>(.*?)</div><!-- /body -->', t, re.S)
        if not m: errors.append(f"{f}: body container not found"); return []
        return [norm(strip_html(p)) for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]
print("articles:")
for f, t in texts.items():
    ps = body_paragraphs(f, t)
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:32s} paragraphs={len(ps):2d} words={w}")
    if not (10 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs (want 10-16)")
    if not (550 <= w <= 950): errors.append(f"{f}: {w} words (want 550-950)")

# ---- format requirements
def need(f, *needles):
    for n in needles:
        if n not in texts.get(f, ""): errors.append(f"{f}: missing {n!r}")
COMMON_HTML = ["<!", "<title>", "Advertisement", "Share", "omment", "<footer", 'og:site_name', "<time", "<h1"]
for f in texts:
    if f.endswith(".html"):
        need(f, *COMMON_HTML)
        if not texts[f].lower().startswith("<!doctype html>"): errors.append(f"{f}: no doctype")
        if sum(1 for l in texts[f].splitlines() if "<h1" in l) != 1: errors.append(f"{f}: want exactly one h1")
        if not re.search(r'<time[^>]*\sdatetime="2025-\d\d-\d\d', texts[f]): errors.append(f"{f}: no <time datetime>")
need("atlantara_cancellations.html", "cookie-consent", '<nav class="main-nav">', 'rel="author"', '"@type": "NewsArticle"',
     '<meta property="og:site_name" content="The Iberian Courier">', '<aside class="related">', 'class="comment-prompt"',
     '<table class="data-table">', "<th>Flights cancelled</th>", "<td>Ilha Verde</td><td>Azores</td><td>49</td><td>6,800</td>",
     '<p class="standfirst">')
need("felstal_landslide_update.html", "cookie-notice", '<nav class="topbar">', '<meta name="author" content="Florian Eberharter">',
     '<span class="author">Florian Eberharter</span>', '<meta property="og:site_name" content="The Alpine Herald">',
     '<ol class="timeline">', "related-articles", "comments-cta", '<h2 class="dek">')
need("occitanie_heat_alert.html", 'id="consent"', '<nav class="menu"', '<meta name="author" content="Camille Roussel-Vidal">',
     '<address class="byline">', '<meta property="og:site_name" content="Midi Post">', "more-stories related", "comments-prompt",
     "&#8220;", "&eacute;", '<p class="entry-dek">')
# timeline <ol> and data <table> must sit inside the story body
if not re.search(r'class="story-body">.*<table class="data-table">.*</table>.*<div class="share share-bottom">', texts["atlantara_cancellations.html"], re.S):
    errors.append("atlantara: data table not inside story body")
if not re.search(r'class="article-body".*<ol class="timeline">.*</ol>.*<!-- /body -->', texts["felstal_landslide_update.html"], re.S):
    errors.append("felstal update: timeline <ol> not inside article body")
if len(re.findall(r"<li>", re.search(r'<ol class="timeline">(.*?)</ol>', texts["felstal_landslide_update.html"], re.S).group(1))) < 5:
    errors.append("felstal update: timeline too short")
TXT_CLUTTER_NEEDS = ["Advertisement", "Read more:", "Listen to this article", "Most popular"]
need("felstal_landslide_first.txt", "LANDSLIDE SEALS OFF TYROL VALLEY, LEAVING 1,400 PEOPLE CUT OFF",
     "By KATHARINA MOOSBRUGGER, Regional Correspondent", "Published: 6 August 2025, 19:25", "Photo:", *TXT_CLUTTER_NEEDS)
need("boreal_wings_groundings.txt", "Boreal Wings cancels 186 flights after grounding turboprops for engine checks",
     "Published: 22 July 2025, 16:05", "Reporting by Elin Sjöqvist in Ravnsjö; Editing by Magnus Hedlund", *TXT_CLUTTER_NEEDS)
bw = texts["boreal_wings_groundings.txt"]
if re.search(r"^By ", bw.split("Published:")[0], re.M): errors.append("boreal_wings: byline should only be at the end")
if not bw.index("Reporting by") > bw.index("extraordinary circumstances") or bw.index("Reporting by") > bw.index("Most popular"):
    errors.append("boreal_wings: 'Reporting by' line not after the body")
need("kilcarrow_bequest.md", "---\ntitle:", "description:", "author: Declan Furlong", "date: 2025-05-19", "source: Western Seaboard Times",
     "![", "*The main street in Kilcarrow", "Share:")
need("loanan_bridge_opening.md", "# Loanan Bridge finally opens", "*By Morag Drummond · North Coast Gazette · 3 September 2025*",
     "![", "Photo:", "**Share this article:**", "*Editor's note (4 September 2025):")
if texts["loanan_bridge_opening.md"].startswith("---"): errors.append("loanan md should have no front matter")
if not texts["loanan_bridge_opening.md"].rstrip().endswith("The article has been corrected.*"):
    errors.append("loanan md: editor's note should close the page")

# ---- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
ORDER = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "overview": 9, "about_article": 11,
         "mention": 8, "dated_version": 9, "unanswerable": 8, "near_miss": 8}
TOLD_TWICE = {"felstal_landslide_first.txt", "felstal_landslide_update.html"}
LOOKALIKE = {
    "atlantara_cancellations.html": ["portugal", "portuguese", "vilamar", "ilha verde", "costa dourada", "ribeira alta",
                                     "azores", "madeira", "algarve", "tavares lemos", "fonseca", "brandão", "meireles", "carvalhal"],
    "boreal_wings_groundings.txt": ["sweden", "swedish", "ravnsjö", "ravnsjo", "norrbotten", "tjärnsund", "vallmora", "östmarken",
                                    "lindqvist", "paavola", "wikström", "sjöqvist"],
}
ids = collections.Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1: errors.append(f"duplicate id {i}")
if [r.get("id") for r in rows] != [f"d11-{n:03d}" for n in range(1, len(rows) + 1)]: errors.append("ids are not d11-001.. in order")
if len(rows) != 110: errors.append(f"{len(rows)} questions (want 110)")
draft_qs = [l.strip() for l in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8")
            if l.strip() and not l.startswith(("#", ">>"))]
if draft_qs != [r["user_input"] for r in rows]: errors.append("user_input does not match questions_draft.txt verbatim/in order")
for r in rows:
    i = r.get("id")
    keys = [k for k in r if k != "history"]
    if keys != ORDER: errors.append(f"{i}: field order {keys}")
    if "history" in r and list(r)[-1] != "history": errors.append(f"{i}: history should be last")
    if r["kind"] not in KINDS: errors.append(f"{i}: unknown kind {r['kind']}"); continue
    if not isinstance(r["answerable"], bool): errors.append(f"{i}: answerable not bool")
    if "history" in r and not (isinstance(r["history"], list) and r["history"] and all(isinstance(h, str) and h for h in r["history"])):
        errors.append(f"{i}: bad history")
    if not r["reference"] or not r["reference"].rstrip().endswith((".", "'", '"', ")")):
        errors.append(f"{i}: reference should be a full sentence")
    art = r["article"]
    if art and art not in texts: errors.append(f"{i}: unknown article {art}"); continue
    if art in LOOKALIKE:
        ql = r["user_input"].lower()  # the question itself must name it; history does not count
        if not any(n in ql for n in LOOKALIKE[art]): errors.append(f"{i}: look-alike question does not name its town/country/person")
    if r["kind"] == "dated_version" and art not in TOLD_TWICE: errors.append(f"{i}: dated_version not on the told-twice story")
    pool = [normed[art]] if art else list(normed.values())
    for s in r["key_facts"] + r["reference_contexts"]:
        if not any(norm(s) in t for t in pool): errors.append(f"{i}: not verbatim in article: {s[:60]!r}")
    if not r["answerable"]:
        if r["key_facts"]: errors.append(f"{i}: no-answer question has key facts")
        if r["kind"] not in ("unanswerable", "near_miss", "mention"): errors.append(f"{i}: kind {r['kind']} cannot be unanswerable")
        if r["kind"] == "near_miss" and not art: errors.append(f"{i}: near_miss without article")
        if r["kind"] in ("unanswerable", "mention") and (art or r["reference_contexts"]): errors.append(f"{i}: should have article '' and no contexts")
        continue
    if r["kind"] in ("unanswerable", "near_miss"): errors.append(f"{i}: {r['kind']} marked answerable")
    kf = r["key_facts"]
    lo, hi = (3, 5) if r["kind"] == "overview" else (2, 4) if r["kind"] == "multi_part" else (1, 4)
    if not lo <= len(kf) <= hi: errors.append(f"{i}: {len(kf)} key facts (want {lo}-{hi})")
    for k in kf:
        if not re.search(r"\w", k): errors.append(f"{i}: key fact without letter/digit {k!r}")
        if "\n" in k: errors.append(f"{i}: key fact spans lines: {k!r}")
        if len(k.split()) > (8 if r["kind"] == "about_article" else 6): errors.append(f"{i}: key fact too long: {k!r}")
    if not r["reference_contexts"]: errors.append(f"{i}: no reference contexts")
    for c in r["reference_contexts"]:
        n = len(c.split())
        if r["kind"] != "about_article" and not 4 <= n <= 60: errors.append(f"{i}: context has {n} words")

# ---- mention-no terms absent everywhere (raw markup and visible text)
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
if sorted(terms) != sorted(r["id"].split("-")[1] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
for n, ts in terms.items():
    r = next((x for x in rows if x["id"] == f"d11-{n}"), None)
    if r is None or r["answerable"] or r["kind"] != "mention": errors.append(f"d11-{n}: not a mention-no row"); continue
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"d11-{n}: no term appears in the question")
    for term in ts:
        for f in texts:
            if term.lower() in texts[f].lower() or term.lower() in normed[f]: errors.append(f"d11-{n}: term {term!r} found in {f}")
for r in rows:  # mention-yes: the asked-about word must really be in the named article
    if r["kind"] == "mention" and r["answerable"] and not r["article"]: errors.append(f"{r['id']}: mention-yes without article")

kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
for k, want in KINDS.items():
    print(f"  {k:14s} {kinds.get(k, 0):3d}  (want {want})")
    if kinds.get(k, 0) != want: errors.append(f"kind {k}: {kinds.get(k, 0)} != {want}")
print("  answerable:", sum(r["answerable"] for r in rows), " not answerable:", sum(not r["answerable"] for r in rows))
nh = sum(1 for r in rows if r.get("history"))
print("  with history:", nh)
if not 10 <= nh <= 14: errors.append(f"{nh} follow-ups (want about 12)")
my = sum(1 for r in rows if r["kind"] == "mention" and r["answerable"]); mn = len(no_rows)
print("  mention yes/no:", my, "/", mn)
if (my, mn) != (4, 4): errors.append("mention split should be 4/4")
per_art = collections.Counter(r["article"] or "(none)" for r in rows)
print("  per article:")
for a, c in sorted(per_art.items()): print(f"    {a:32s} {c}")
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
