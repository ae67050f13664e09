#!/usr/bin/env python3
"""Checks fresh8: articles/ (7 files), questions_draft.txt, questions.jsonl and mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 build_questions.py && python3 check_set.py"""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
# open() with default newline=None: \r\n is translated to \n, as Python reads it
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
raw = {f: open(os.path.join(ART, f), "rb").read() for f in texts}
errors, warnings = [], []
PFX = "f8"

EXPECTED = {
    "wildfire_aldercoombe_first.txt", "wildfire_aldercoombe_update.html",
    "carfree_serranova.md", "carfree_hallstrup.txt",
    "holmford_manager_sacked.html", "obit_hattie_merriweather.html", "roman_hoard_saltmarsh_thorpe.md",
}
if set(texts) != EXPECTED: errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
ext = collections.Counter(os.path.splitext(f)[1] for f in texts)
if ext != {".html": 3, ".txt": 2, ".md": 2}: errors.append(f"format mix {dict(ext)} != 3 html / 2 txt / 2 md")


def norm(s):
    """What the reader sees, loosely: tags removed, entities unescaped, case-folded, whitespace collapsed."""
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    s = html.unescape(s)
    s = re.sub(r"\s+", " ", s).strip().casefold()
    return re.sub(r" ([,.;:!?])", r"\1", s)  # "<a>Name</a>, Role" -> "name, role"


def norm_meta(s):
    """For META lines: also drop markdown emphasis marks (**By Name**, Role)."""
    return re.sub(r"[*_]", "", norm(s))


# ---- body paragraphs per format
TXT_SKIP = ("ADVERTISEMENT", "- ADVERTISEMENT -")
HTML_BODY = {
    "wildfire_aldercoombe_update.html": r'<div class="entry-content">(.*?)</div><!-- \.entry-content -->',
    "holmford_manager_sacked.html": r'<div class="story-text">(.*?)<div class="story-foot">',
    "obit_hattie_merriweather.html": r'<div class="amp-article-body">(.*?)</div><!-- /amp-article-body -->',
}


def body_paragraphs(f, t):
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        start = next(i for i, b in enumerate(blocks) if "Photo:" in b) + 1   # body starts after the photo caption
        out = []
        for b in blocks[start:]:
            if not b or b in TXT_SKIP or b.startswith("Read more:"): continue
            if b.startswith("Share"): break                                # bottom share bar ends the body
            out.append(re.sub(r"\s+", " ", b))                              # hard-wrapped lines are one paragraph
        return out
    if f.endswith(".md"):
        body = t.split("---", 2)[2] if t.startswith("---") else t
        body = body.split("\n---\n")[0]  # drop author box / most-read footer
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        return [b for b in blocks if not b.startswith(("#", "**", "![", ">", "*", "_", "["))]
    if f.endswith(".html"):
        m = re.search(HTML_BODY[f], t, re.S)
        return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]


BODY = {f: body_paragraphs(f, t) for f, t in texts.items()}
NTEXT = {f: norm(t) for f, t in texts.items()}
print("articles:")
for f, ps in BODY.items():
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:36s} paragraphs={len(ps):2d} words={w}")
    if not (13 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs (want 13-16)")
    if not (550 <= w <= 680): errors.append(f"{f}: {w} words (want 550-680)")
    for p in ps:
        if norm(p) not in NTEXT[f]: errors.append(f"{f}: body paragraph not found in normalised text: {p[:50]!r}")


# ---- format / clutter requirements
def need(f, *needles):
    for n in needles:
        if n not in texts.get(f, ""): errors.append(f"{f}: missing {n!r}")


for f in texts:
    if "ADVERTISEMENT" not in texts[f]: errors.append(f"{f}: no ADVERTISEMENT block")
    if "Read more" not in texts[f] and "READ MORE" not in texts[f]: errors.append(f"{f}: no read-more links")
    if "Most read" not in texts[f] and "MOST READ" not in texts[f] and "Most Read" not in texts[f]: errors.append(f"{f}: no most-read list")
    if "ookie" not in texts[f] and "consent" not in texts[f]: errors.append(f"{f}: no cookie/consent notice")
    if "Photo" not in texts[f] and "Picture" not in texts[f]: errors.append(f"{f}: no photo credit")
    if "ewsletter" not in texts[f] and "The Final Whistle" not in texts[f]: errors.append(f"{f}: no newsletter plug")
COMMON_HTML = ["<title>", "ADVERTISEMENT", "Share", "<h1"]
need("wildfire_aldercoombe_update.html", *COMMON_HTML, "<!DOCTYPE html>", "<article", "<nav", "<footer", "application/ld+json",
     '<meta property="og:site_name" content="Pacific Slope Ledger">', "entry-content", "wp-block",
     '<time class="entry-date published" datetime="2025-08-15T16:45:00-07:00">August 15, 2025</time>',
     '<a class="url fn n" href="/author/treyes/">Tomasz Reyes</a></span>, Environment Correspondent', "author-info")
need("holmford_manager_sacked.html", *COMMON_HTML, "<!DOCTYPE html>", "cc-window", "writer-box", "mostread",
     '<div class="by">By <a href="/writers/gareth-lyle/">Gareth Lyle</a>, Chief Football Writer</div>',
     "Monday 3 November 2025", '<div class="standfirst">')
for bad in ["<article", "<main", "<section", "<header", "<footer", "<nav", "<time", "<aside", "<figure"]:
    if bad in texts["holmford_manager_sacked.html"]: errors.append(f"holmford_manager_sacked.html: div soup only, found {bad}")
need("obit_hattie_merriweather.html", *COMMON_HTML, "<html \u26a1", "<amp-img", "<amp-ad", "amp-consent", "amp-author-bio",
     '<time datetime="2025-09-09T10:00:00-05:00">Sept. 9, 2025</time>', '<span class="amp-author">Simone Achterberg</span> | Music Critic',
     '<h2 class="amp-dek">')
need("wildfire_aldercoombe_first.txt", "WILDFIRE FORCES 1,850 FROM THEIR HOMES AS TAMSIN RIDGE BLAZE GROWS",
     "By DANA WHITCOMBE, Staff Writer", "Published: Tuesday, 12 August 2025, 19:20 PDT", "Interior Daily Courier",
     "ADVERTISEMENT", "Read more:", "MOST READ", "Photo:", "ABOUT THE AUTHOR")
need("carfree_hallstrup.txt", "Hallstrup council backs car-free city centre from 2027\n======", "By Mikkel Thorsager, City Hall Reporter",
     "24 June 2025, 07:45 CET", "Nordic Civic Times", "- ADVERTISEMENT -", "Read more:", "MOST READ", "(Photo:", "\u201c", "\u2019")
if b"\r\n" not in raw["carfree_hallstrup.txt"] or raw["carfree_hallstrup.txt"].count(b"\n") != raw["carfree_hallstrup.txt"].count(b"\r\n"):
    errors.append("carfree_hallstrup.txt: not consistently \\r\\n")
if b"\r" in raw["wildfire_aldercoombe_first.txt"]: errors.append("wildfire_aldercoombe_first.txt should have \\n endings")
if max(len(l) for l in texts["wildfire_aldercoombe_first.txt"].splitlines()) > 90:
    errors.append("wildfire_aldercoombe_first.txt should be hard-wrapped")
if max(len(l) for l in texts["carfree_hallstrup.txt"].splitlines()) < 150:
    errors.append("carfree_hallstrup.txt should have one line per paragraph")
need("carfree_serranova.md", "---\ntitle:", "description:", "author: Lucía Carmona", "author_role: Urban Affairs Correspondent",
     "date: 2025-06-18T08:10:00+02:00", "site_name: The Iberia Observer", "# Serranova votes",
     "*By Lucía Carmona, Urban Affairs Correspondent · The Iberia Observer · 18 June 2025*")
need("roman_hoard_saltmarsh_thorpe.md", "# Roman bathhouse", "\n## Builders", "**By Bethan Cole**, Heritage Correspondent",
     "The Fenland Chronicle | 21 October 2025")
if texts["roman_hoard_saltmarsh_thorpe.md"].startswith("---"): errors.append("roman_hoard md should have no front matter")
for f in texts:
    if f.endswith(".html") and len(re.findall(r"<h1[ >]", texts[f])) != 1: errors.append(f"{f}: want exactly one h1")

# ---- draft
DRAFT = os.path.join(D, "questions_draft.txt")
draft, kind = [], None
for line in open(DRAFT, encoding="utf-8").read().splitlines():
    if line.startswith("## "): kind = line[3:].strip(); continue
    if line.startswith("Q: "): draft.append({"q": line[3:], "kind": kind, "history": []}); continue
    m = re.match(r">> earlier: (user|assistant): (.+)$", line)
    if m: draft[-1]["history"].append({"role": m.group(1), "content": m.group(2)}); continue
    if line.strip() and not line.startswith("#"): errors.append(f"draft: unparsed line {line[:60]!r}")

# ---- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "about_article": 11, "overview": 9,
         "dated_version": 9, "mention": 8, "unanswerable": 8, "near_miss": 8}
if len(draft) != len(rows): errors.append(f"draft has {len(draft)} questions, jsonl {len(rows)}")
for d, r in zip(draft, rows):
    if (d["q"], d["kind"], d["history"]) != (r["user_input"], r["kind"], r.get("history", [])):
        errors.append(f"{r['id']}: jsonl differs from draft ({d['q'][:40]!r})")
want_ids = [f"{PFX}-{n:03d}" for n in range(1, len(rows) + 1)]
if [r["id"] for r in rows] != want_ids: errors.append(f"ids are not {PFX}-001.. in order")
LOOKALIKE = {"carfree_serranova.md": ["serranova", "spain", "spanish", "barroso", "ezquerra", "peñalver", "penalver", "iberia"],
             "carfree_hallstrup.txt": ["hallstrup", "denmark", "danish", "aalund", "kragh", "bonnesen", "voldgade", "nordic civic"]}
TOLD_TWICE = {"wildfire_aldercoombe_first.txt", "wildfire_aldercoombe_update.html"}
body_ngrams = set()
for f in texts:  # whole visible text: body, headline, dek, clutter
    w = re.findall(r"[a-z0-9]+", NTEXT[f])
    body_ngrams |= {tuple(w[i:i + 5]) for i in range(len(w) - 4)}
for r in rows:
    i = r.get("id")
    for k in REQ:
        if k not in r: errors.append(f"{i}: missing key {k}")
    if set(r) - set(REQ) - {"history"}: errors.append(f"{i}: extra keys {set(r) - set(REQ) - {'history'}}")
    if r["kind"] not in KINDS: errors.append(f"{i}: unknown kind {r['kind']}")
    if not isinstance(r["answerable"], bool): errors.append(f"{i}: answerable not bool")
    if "history" in r and not (isinstance(r["history"], list) and r["history"] and all(
            isinstance(h, dict) and set(h) == {"role", "content"} and h["role"] in ("user", "assistant") and h["content"]
            for h in r["history"])):
        errors.append(f"{i}: bad history")
    qw = re.findall(r"[a-z0-9]+", r["user_input"].lower())
    for j in range(len(qw) - 4):
        if tuple(qw[j:j + 5]) in body_ngrams: warnings.append(f"{i}: 5-word overlap with an article: {' '.join(qw[j:j + 5])!r}")
    art = r["article"]
    if art and art not in texts: errors.append(f"{i}: unknown article {art}"); continue
    if art in LOOKALIKE:
        conv = " ".join([r["user_input"]] + [h["content"] for h in r.get("history", [])]).lower()
        if not any(n in conv for n in LOOKALIKE[art]): errors.append(f"{i}: look-alike question does not name its town/person")
    if r["kind"] == "dated_version":
        if art and art not in TOLD_TWICE: errors.append(f"{i}: dated_version not on the told-twice story")
        if not art and not all(any(c in BODY[f] for f in TOLD_TWICE) for c in r["reference_contexts"]):
            errors.append(f"{i}: dated_version spanning row must cite only the two versions")
    pool = [art] if art else list(texts)
    if not r["answerable"]:
        if r["key_facts"]: errors.append(f"{i}: no-answer question has key_facts")
        if not r["reference"]: errors.append(f"{i}: empty reference")
        if r["kind"] not in ("unanswerable", "near_miss", "mention"): errors.append(f"{i}: kind {r['kind']} cannot be unanswerable")
        if r["kind"] == "near_miss":
            if not art: errors.append(f"{i}: near_miss without article")
            if not r["reference_contexts"]: errors.append(f"{i}: near_miss without the naming paragraph")
        elif r["reference_contexts"]: errors.append(f"{i}: no-answer question has contexts")
        if r["kind"] in ("unanswerable", "mention") and art: errors.append(f"{i}: should have article ''")
    else:
        if r["kind"] in ("unanswerable", "near_miss"): errors.append(f"{i}: {r['kind']} marked answerable")
        if not r["reference"]: errors.append(f"{i}: empty reference")
        if not r["key_facts"]: errors.append(f"{i}: no key facts")
        if r["kind"] == "overview" and not 3 <= len(r["key_facts"]) <= 5: errors.append(f"{i}: overview wants 3-5 key facts")
        if r["kind"] == "multi_part" and len(r["key_facts"]) < 2: errors.append(f"{i}: multi_part wants one key fact per part")
        if r["kind"] != "about_article" and not r["reference_contexts"]: errors.append(f"{i}: no reference contexts")
    for kf in r["key_facts"]:
        if not any(norm(kf) in NTEXT[f] for f in pool): errors.append(f"{i}: key fact not in article: {kf!r}")
        if "\n" in kf: errors.append(f"{i}: key fact spans lines: {kf!r}")
        if not 1 <= len(kf.split()) <= 6: errors.append(f"{i}: key fact length {len(kf.split())}: {kf!r}")
    for c in r["reference_contexts"]:
        if r["kind"] == "about_article":
            if not c.startswith("META: "): errors.append(f"{i}: about_article context should be META: ...")
            elif not any(norm_meta(c[6:]) in norm_meta(texts[f]) for f in pool): errors.append(f"{i}: META line not in article: {c[:60]!r}")
            continue
        if not any(c in BODY[f] for f in pool): errors.append(f"{i}: context is not a full body paragraph: {c[:60]!r}")
        if not any(norm(c) in NTEXT[f] for f in pool): errors.append(f"{i}: context not in article text: {c[:60]!r}")

# ---- mention-no terms absent everywhere
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
if sorted(terms) != sorted(r["id"] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
ALL_LOWER = " ".join(NTEXT.values()) + " " + " ".join(t.lower() for t in texts.values())
for n, ts in terms.items():
    r = next((x for x in rows if x["id"] == n), None)
    if r is None or r["answerable"] or r["kind"] != "mention": errors.append(f"{n}: not a mention-no row"); continue
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"{n}: no term appears in the question")
    for term in ts:
        if term.lower() in ALL_LOWER: errors.append(f"{n}: term {term!r} found in an article")

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
