#!/usr/bin/env python3
"""Checks dev13: articles/ (7 files) and questions.jsonl + mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 check_set.py
Key facts and contexts are compared case-insensitively with whitespace normalised;
HTML articles are compared on tag-stripped, entity-unescaped text."""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
raw = {f: open(os.path.join(ART, f), "rb").read() for f in texts}
errors, warnings = [], []

EXPECTED = {
    "quake_melitsa_first.html", "quake_melitsa_update.html", "housing_hadley_fen.html",
    "escooter_valmorence.txt", "hospital_waits_nova_scotia.txt",
    "lanigan_prize.md", "escooter_kellambra.md",
}
if set(texts) != EXPECTED:
    errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
    sys.exit("\n".join(errors))

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def strip_html(s):
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", s))

# searchable text per article: HTML tag-stripped and unescaped, everything whitespace-normalised, lowercased
plain = {f: (strip_html(t) if f.endswith(".html") else t) for f, t in texts.items()}
searchable = {f: norm(p) for f, p in plain.items()}

# ---- body paragraphs per format
def blocks(t):
    return [b.strip() for b in re.split(r"\n\s*\n", t) if b.strip()]

def body_paragraphs(f, t):
    if f == "quake_melitsa_first.html":  # one div, paragraphs separated by <br><br>
        m = re.search(r'<div class="story-body">(.*?)</div>', t, re.S)
        parts = re.split(r"<br\s*/?>\s*<br\s*/?>", m.group(1))
        if re.search(r"<p[ >]", m.group(1)): errors.append(f"{f}: story-body should have no <p> tags")
        return [norm(strip_html(p)) for p in parts if p.strip()]
    if f == "quake_melitsa_update.html":  # <article>, read-more aside in the body
        m = re.search(r'<div class="article-body">(.*?)</div>\s*<div class="newsletter-signup">', t, re.S)
        body = re.sub(r"<aside\b.*?</aside>", "", m.group(1), flags=re.S)
        return [norm(strip_html(p)) for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
    if f == "housing_hadley_fen.html":
        m = re.search(r'<div class="article-text">(.*?)</div>\s*<div class="comments-link">', t, re.S)
        return [norm(strip_html(p)) for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]
    bs = blocks(t)
    if f == "escooter_valmorence.txt":  # wire: dateline paragraph .. sign-off
        start = next(i for i, b in enumerate(bs) if b.startswith("VALMORENCE, France (Meridian Wire) -"))
        end = next(i for i, b in enumerate(bs) if b.startswith("(Reporting by"))
        return [b for b in bs[start:end] if not b.startswith("Advertisement")]
    if f == "hospital_waits_nova_scotia.txt":  # hard-wrapped: join lines
        start = next(i for i, b in enumerate(bs) if b.startswith("Published:")) + 1
        out = []
        for b in bs[start:]:
            if b.startswith("Most read"): break
            if b.startswith(("[Share]", "ADVERTISEMENT", "RELATED:")): continue
            out.append(norm(b))
        return out
    if f == "lanigan_prize.md":  # setext headings
        start = next(i for i, b in enumerate(bs) if b.startswith("Words:")) + 1
        out = []
        for b in bs[start:]:
            if b.startswith("* * *"): break
            lines = b.split("\n")
            if len(lines) == 2 and re.fullmatch(r"[-=]{3,}", lines[1]): continue  # setext heading
            if b.startswith(("[", "*Image", "ADVERTISEMENT")): continue
            out.append(norm(b))
        return out
    if f == "escooter_kellambra.md":
        body = t.split("\n---\n")[0]
        return [norm(b) for b in blocks(body) if not b.startswith(("#", "**", "![", ">", "*", "[", "🔊"))]

print("articles:")
for f, t in texts.items():
    ps = body_paragraphs(f, t)
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:32s} paragraphs={len(ps):2d} words={w}")
    if not (12 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs (want 12-16)")
    if not (600 <= w <= 700): errors.append(f"{f}: {w} words (want 600-700)")

# ---- format requirements
def need(f, *needles):
    for n in needles:
        if n not in texts.get(f, ""): errors.append(f"{f}: missing {n!r}")
need("quake_melitsa_first.html", "<!DOCTYPE html>", "<title>", 'class="story-body"', "<br><br>", "cookie-wall",
     "Most read", "Advertisement", 'class="caption"', "By Nikos Papadellis, Western Greece correspondent",
     "14 October 2025, 23:55", "Hellenic Courier")
need("quake_melitsa_update.html", "<!DOCTYPE html>", "<article", "</article>", "<strong>", '<a href="/explainers/kerasia-fault">',
     'class="read-more-box"', "Read more", 'class="newsletter-signup"', "<footer", "<figcaption>",
     '<span class="author">Ioanna Merkouri and Alexis Drakos</span>', '<time datetime="2025-10-18">Saturday 18 October 2025</time>')
need("housing_hadley_fen.html", "<!DOCTYPE html>", "cookie-banner", 'class="nav"', "Most Read", "Advertisement",
     'class="caption"', "Correction: an earlier version of this article said", "&amp;", "Daniel Oakes", "Wednesday, 10 September 2025")
need("escooter_valmorence.txt", "VALMORENCE, France (Meridian Wire) - ", "(Reporting by Claire Dutertre; Editing by Tomasz Wren)",
     "By Claire Dutertre", "April 16, 2025")
need("hospital_waits_nova_scotia.txt", "THE MARITIME LEDGER", "By Ruth Abernathy, Health Reporter",
     "Published: May 21, 2025 at 6:00 a.m. ADT", "ADVERTISEMENT", "Most read")
need("lanigan_prize.md", "\n=====", "\n-----", "Words: Ciara Fennelly", "Friday 7 November 2025", "THE WESTERN REVIEW")
need("escooter_kellambra.md", "# Kellambra pulls the plug", "**By Jasmine Trevaskis, City Reporter**", "Wednesday 23 July 2025",
     "KELLAMBRA DAILY BULLETIN", "![", "Most read", "\u2019", "\u201c")
# hard wrap: every line of the hospital txt <= 72 chars, and body paragraphs really wrap
hl = texts["hospital_waits_nova_scotia.txt"].split("\n")
if any(len(l) > 72 for l in hl): errors.append("hospital txt: line longer than 72 chars")
if sum(1 for l in hl if len(l) >= 60) < 40: errors.append("hospital txt: does not look hard-wrapped")
# the wire txt and md files are not wrapped: body paragraphs are one line each
for f in ("escooter_valmorence.txt", "escooter_kellambra.md"):
    for p in body_paragraphs(f, texts[f]):
        if "\n" in p: errors.append(f"{f}: multi-line body paragraph {p[:40]!r}")
if texts["lanigan_prize.md"].lstrip().startswith("---") or re.search(r"^#", texts["lanigan_prize.md"], re.M):
    errors.append("lanigan_prize.md: should use setext headings only, no front matter / ATX")
for f in texts:
    if f.endswith(".html") and len(re.findall(r"<h1\b", texts[f])) != 1: errors.append(f"{f}: want exactly one h1")

# ---- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "overview": 9, "about_article": 11,
         "mention": 8, "dated_version": 9, "unanswerable": 8, "near_miss": 8}
ids = collections.Counter(r["id"] for r in rows)
for i, c in ids.items():
    if c > 1: errors.append(f"duplicate id {i}")
if [r["id"] for r in rows] != [f"d13-{n:03d}" for n in range(1, len(rows) + 1)]:
    errors.append("ids are not d13-001.. in order")
# the draft must be reproduced word for word
draft = open(os.path.join(D, "questions_draft.txt"), encoding="utf-8").read()
for r in rows:
    if r["user_input"] not in draft: errors.append(f"{r['id']}: user_input not verbatim in draft")
    for h in r.get("history", []):
        if f">> earlier: {h}" not in draft: errors.append(f"{r['id']}: history line not in draft: {h!r}")

LOOKALIKE = {
    "escooter_valmorence.txt": ["valmorence", "france", "french", "trottia", "voltan", "marchetti", "benhaddou",
                                "castagne", "lemaire", "auvergne"],
    "escooter_kellambra.md": ["kellambra", "australia", "queensland", "ridewell", "whitcombe", "moorhouse",
                              "nandakumar", "birtles"],
}
TOLD_TWICE = {"quake_melitsa_first.html", "quake_melitsa_update.html"}
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
        ql = (r["user_input"] + " " + " ".join(r.get("history", []))).lower()
        if not any(n in ql for n in LOOKALIKE[art]): errors.append(f"{i}: look-alike question does not name its town/country/org/person")
        other = [a for a in LOOKALIKE if a != art][0]
        if any(n in r["user_input"].lower() for n in LOOKALIKE[other]): errors.append(f"{i}: names the other look-alike article")
    if r["kind"] == "dated_version" and art not in TOLD_TWICE: errors.append(f"{i}: dated_version not on the told-twice story")
    pool = [searchable[art]] if art else list(searchable.values())
    if r["kind"] == "dated_version":  # first-report-vs-update answers draw on both versions of the story
        pool = [searchable[a] for a in sorted(TOLD_TWICE)]
    if not r["answerable"]:
        if r["reference"] or r["key_facts"] or r["reference_contexts"]:
            errors.append(f"{i}: no-answer question has reference/key_facts/contexts")
        if r["kind"] not in ("unanswerable", "near_miss", "mention"): errors.append(f"{i}: kind {r['kind']} cannot be unanswerable")
        if r["kind"] == "near_miss" and not art: errors.append(f"{i}: near_miss without article")
        if r["kind"] in ("unanswerable", "mention") and art: errors.append(f"{i}: should have article ''")
        continue
    if r["kind"] in ("unanswerable", "near_miss"): errors.append(f"{i}: {r['kind']} marked answerable")
    if not r["reference"]: errors.append(f"{i}: empty reference")
    if not 1 <= len(r["key_facts"]) <= 5: errors.append(f"{i}: wants 1-5 key facts")
    if r["kind"] == "overview" and not 3 <= len(r["key_facts"]) <= 5: errors.append(f"{i}: overview wants 3-5 key facts")
    if r["kind"] == "multi_part" and len(r["key_facts"]) < 2: errors.append(f"{i}: multi_part wants one key fact per part")
    if not art and r["kind"] != "about_article" and r["kind"] != "mention":
        errors.append(f"{i}: answerable row without article")
    for kf in r["key_facts"]:
        if not re.search(r"[A-Za-z0-9]", kf): errors.append(f"{i}: key fact without letter/digit: {kf!r}")
        if not any(norm(kf) in t for t in pool): errors.append(f"{i}: key fact not in article: {kf!r}")
        if not 1 <= len(kf.split()) <= 8: errors.append(f"{i}: key fact length {len(kf.split())}: {kf!r}")
    for c in r["reference_contexts"]:
        if not any(norm(c) in t for t in pool): errors.append(f"{i}: context not in article: {c[:60]!r}")
        n = len(c.split())
        if not 6 <= n <= 90 and r["kind"] != "about_article": errors.append(f"{i}: context has {n} words")
    if r["kind"] != "about_article" and not r["reference_contexts"]:
        errors.append(f"{i}: no reference contexts")
    if r["kind"] == "overview" and art:
        # key facts should be spread: they must come from at least 3 different body paragraphs
        ps = body_paragraphs(art, texts[art])
        hit = {next((j for j, p in enumerate(ps) if norm(kf) in p), -1) for kf in r["key_facts"]}
        if len(hit - {-1}) < 3: errors.append(f"{i}: overview key facts not spread over >=3 paragraphs")

# ---- mention-no terms absent everywhere (raw text and tag-stripped text, as parts of words too)
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
if sorted(terms) != sorted(r["id"][4:] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
for n, ts in terms.items():
    r = next((x for x in rows if x["id"] == f"d13-{n}"), None)
    if r is None or r["answerable"] or r["kind"] != "mention": errors.append(f"d13-{n}: not a mention-no row"); continue
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"d13-{n}: no term appears in the question")
    for term in ts:
        if term != term.lower(): errors.append(f"d13-{n}: term {term!r} not lowercase")
        for f in texts:
            if term.lower() in texts[f].lower() or term.lower() in searchable[f]:
                errors.append(f"d13-{n}: term {term!r} found in {f}")

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
print("  per article:", dict(sorted(per_art.items())))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
