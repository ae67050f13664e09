#!/usr/bin/env python3
"""Checks fresh6: articles/ (7 files) and questions.jsonl + mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 check_set.py
Key facts and contexts are compared case-insensitively with whitespace normalised;
HTML files are compared on tag-stripped, entity-unescaped text."""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
errors, warnings = [], []

EXPECTED = {
    "marlowe_blackout_first.txt", "marlowe_blackout_update.html",
    "wolves_wendelsrode_newsletter.md", "wolves_sawtell_ridge_print.html",
    "ireland_amoxicillin_shortage.txt", "orvano_zabrovce_factory.md", "veldenburg_marathon.html",
}
if set(texts) != EXPECTED: errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
fmt = collections.Counter(f.rsplit(".", 1)[1] for f in texts)
if fmt != {"html": 3, "txt": 2, "md": 2}: errors.append(f"format mix {dict(fmt)} != 3 html, 2 txt, 2 md")

def norm(s):
    return " ".join(s.split()).lower()

def strip_html(t):
    t = re.sub(r"<(script|style)\b.*?</\1>", " ", t, flags=re.S | re.I)
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(t)

# searchable text per article: HTML tag-stripped + unescaped, all normalised
plain = {f: (strip_html(t) if f.endswith(".html") else t) for f, t in texts.items()}
normed = {f: norm(t) for f, t in plain.items()}

# ---- body paragraphs per file
PRINT_HEADER = "THE MARLOWE BAY CHRONICLE | TUESDAY, JULY 15, 2025 | CITY & REGION"
def body_paragraphs(f, t):
    if f == "marlowe_blackout_first.txt":   # PDF/print copy: hard-wrapped, page header + page numbers
        blocks = [b.strip().strip("\f").strip() for b in t.split("\n\n")]
        start = blocks.index("By DANA KILBRIDE\nCity Hall Reporter") + 1
        out = []
        for b in blocks[start:]:
            if not b or b == PRINT_HEADER or re.fullmatch(r"— A\d+ —", b): continue
            if b.startswith(("Continued on", "BLACKOUT, from")): continue
            if b.startswith(("Dana Kilbride can be reached", "©")): break
            out.append(" ".join(b.split()))
        return out
    if f == "ireland_amoxicillin_shortage.txt":  # copied web page text
        blocks = [b.strip() for b in t.split("\n\n")]
        start = next(i for i, b in enumerate(blocks) if b.startswith("Share")) + 1
        out = []
        for b in blocks[start:]:
            if b.startswith(("Correction:", "Share this article")): break
            if b in ("Advertisement",) or b.startswith(("Photo:", "Read more:")): continue
            if "\n" in b: errors.append(f"{f}: multi-line body block {b[:40]!r}")
            out.append(b)
        return out
    if f.endswith(".md"):
        body = t.split("\n---\n", 2)[2] if t.startswith("---") else t.split("\n---\n")[1]
        if t.startswith("---"): body = t.split("\n---\n", 1)[1].split("\n---\n")[0]
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        return [b for b in blocks if not b.startswith(("#", "**", "![", ">", "*", "["))]
    if f.endswith(".html"):
        m = re.search(r'<div class="article-body"[^>]*>(.*?)</div>\s*<div class="share share-bottom">', t, re.S) \
            or re.search(r'<div class="story-text">(.*?)<div class="story-foot">', t, re.S) \
            or re.search(r'<div class="print-body">(.*?)</div>\s*<div class="print-footer">', t, re.S)
        return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]

print("articles:")
for f, t in texts.items():
    ps = body_paragraphs(f, t)
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:36s} paragraphs={len(ps):2d} words={w}")
    if not (12 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs (want 12-16)")
    if not (600 <= w <= 700): errors.append(f"{f}: {w} words (want 600-700)")
paras = {f: body_paragraphs(f, t) for f, t in texts.items()}
if "--paras" in sys.argv:
    for f, t in texts.items():
        print("=====", f)
        for p in body_paragraphs(f, t): print("  *", p[:90])

# ---- format requirements (page clutter)
def need(f, *needles):
    for n in needles:
        if n not in texts.get(f, ""): errors.append(f"{f}: missing {n!r}")
def forbid(f, *needles):
    for n in needles:
        if n in texts.get(f, ""): errors.append(f"{f}: should not contain {n!r}")
B1, B2 = "marlowe_blackout_first.txt", "marlowe_blackout_update.html"
WD, WM = "wolves_wendelsrode_newsletter.md", "wolves_sawtell_ridge_print.html"
IR, OR, VM = "ireland_amoxicillin_shortage.txt", "orvano_zabrovce_factory.md", "veldenburg_marathon.html"
# PDF/print copy: repeated running header, page numbers between paragraphs, hard-wrapped lines
if texts[B1].count(PRINT_HEADER) < 3: errors.append(f"{B1}: running header repeated < 3 times")
need(B1, "— A1 —", "— A4 —", "Continued on A4", "BLACKOUT, from A1", "By DANA KILBRIDE\nCity Hall Reporter",
     "BLACKOUT PLUNGES MARLOWE BAY INTO DARKNESS", "\f")
if max(len(l) for l in texts[B1].splitlines() if not l.startswith(("©", "\f"))) > 72: errors.append(f"{B1}: lines not hard-wrapped")
# web page with cookie banner, nav, share buttons, most read, ads, captions
need(B2, "<!DOCTYPE html>", "<title>", 'id="cookie-banner"', "<nav", "share share-top", "share share-bottom",
     "<h3>Most read</h3>", "Advertisement", "<figcaption>", '<meta property="og:site_name" content="The Lakeshore Ledger">',
     '<p class="standfirst">', "Samir Adeyemi</a>, Energy Reporter", '<time datetime="2025-07-18T06:00">')
# print view: byline/date in div.meta, dek in h2, no site chrome
need(WM, "<!DOCTYPE html>", '<div class="meta">By Renée Albright, Staff Writer &middot; Published June 4, 2025',
     "<h2>State approves removal", "Print this page", "<h1>Wolves kill six calves")
forbid(WM, "<nav", "cookie", "Most read", "Advertisement")
# second web page, different CMS: consent overlay, menu, share bar, most read, ads, captions
need(VM, "<!DOCTYPE html>", "consent", 'class="menu"', "sharebar", "<h3>Most read</h3>", "ADVERTISEMENT", 'class="caption"',
     '<p class="lede">', "Femke Oosterhuis, Sports Reporter", "Sunday 13 April 2025")
# newsletter: greeting and sign-off around the article
need(WD, "Good morning, and welcome back to Landpost Weekly.", "See you next Friday.", "Unsubscribe",
     "# Wolves kill 27 sheep in Wendelsrode", "**By Katrin Vogelsang, Rural Affairs Editor · Märkische Landpost · 19 September 2025**")
if WD in texts and texts[WD].startswith("---"): errors.append(f"{WD}: newsletter should have no front matter")
# markdown export with front matter
need(OR, "---\ntitle:", "author: Marek Holub", "date: 2025-10-06T14:30:00+02:00", "site_name: Central European Auto Review",
     "# Orvano opens €1.9bn electric car plant", "**Share:**")
# copied web text
need(IR, "By Aoife Durkan, Health Correspondent", "Published: 4 February 2025, 07:15", "Last updated:", "Advertisement",
     "Read more:", "Most popular", "Listen to this article", "Photo:",
     "Correction: an earlier version of this article said")
ncorr = sum(t.count("Correction: an earlier version") for t in texts.values())
if ncorr != 1: errors.append(f"want exactly one correction note, found {ncorr}")
for f in texts:
    if f.endswith(".html") and texts[f].count("<h1") != 1: errors.append(f"{f}: want exactly one h1")

# ---- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "overview": 9, "about_article": 11,
         "mention": 8, "dated_version": 9, "unanswerable": 8, "near_miss": 8}
if [r["id"] for r in rows] != [f"f6-{n:03d}" for n in range(1, len(rows) + 1)]: errors.append("ids are not f6-001.. in order")

# draft fidelity: user_input and history are the draft text, word for word, in order
draft, kind, hist = [], None, []
for line in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8").read().splitlines():
    s = line.strip()
    if not s or (s.startswith("#") and not s.startswith("## ")): continue
    if s.startswith("## "): kind, hist = s[3:].strip(), []; continue
    if s.startswith(">> earlier:"): hist.append(s[len(">> earlier:"):].strip()); continue
    draft.append((kind, s, hist)); hist = []
if [(k, q, h) for k, q, h in draft] != [(r["kind"], r["user_input"], r.get("history", [])) for r in rows]:
    errors.append("questions.jsonl does not match questions_draft.txt word for word")

LOOKALIKE = {WD: ["wendelsrode", "mehlhorn", "brandenburg", "uckermark", "zarnow", "germany", "german", "landpost", "brandstätter"],
             WM: ["sawtell", "lindqvist", "montana", "park county", "cold fork", "prairie ledger", "high plains"]}
TOLD_TWICE = {B1, B2}
SPAN = {f: [norm(p) for p in ps] for f, ps in paras.items()}
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
        ql = " ".join([r["user_input"]] + r.get("history", [])).lower()
        if not any(n in ql for n in LOOKALIKE[art]): errors.append(f"{i}: look-alike question does not name its town/country/person")
    if r["kind"] == "dated_version" and art not in TOLD_TWICE: errors.append(f"{i}: dated_version not about the told-twice story")
    pool = [normed[art]] if art else list(normed.values())
    if not r["answerable"]:
        if r["reference"] or r["key_facts"] or r["reference_contexts"]:
            errors.append(f"{i}: no-answer question has reference/key_facts/contexts")
        if r["kind"] not in ("unanswerable", "near_miss", "mention"): errors.append(f"{i}: kind {r['kind']} cannot be unanswerable")
        if r["kind"] == "near_miss" and not art: errors.append(f"{i}: near_miss without article")
        if r["kind"] in ("unanswerable", "mention") and art: errors.append(f"{i}: should have article ''")
        continue
    if r["kind"] in ("unanswerable", "near_miss"): errors.append(f"{i}: {r['kind']} marked answerable")
    if not art and r["kind"] != "about_article": errors.append(f"{i}: answerable row without article")
    if not r["reference"]: errors.append(f"{i}: empty reference")
    if not 1 <= len(r["key_facts"]) <= 5: errors.append(f"{i}: want 1-5 key facts")
    if r["kind"] == "overview" and not 3 <= len(r["key_facts"]) <= 5: errors.append(f"{i}: overview wants 3-5 key facts")
    if r["kind"] == "multi_part" and len(r["key_facts"]) < 2: errors.append(f"{i}: multi_part wants one key fact per part")
    for kf in r["key_facts"]:
        if not re.search(r"\w", kf): errors.append(f"{i}: key fact without letter/digit: {kf!r}")
        if not any(norm(kf) in t for t in pool): errors.append(f"{i}: key fact not in article: {kf!r}")
        if not 1 <= len(kf.split()) <= 6: errors.append(f"{i}: key fact length {len(kf.split())}: {kf!r}")
    if r["kind"] == "overview":   # spread: key facts found in >= 3 different body paragraphs
        where = {next((j for j, p in enumerate(SPAN[art]) if norm(kf) in p), None) for kf in r["key_facts"]}
        if None in where or len(where) < 3: errors.append(f"{i}: overview key facts not spread over >= 3 paragraphs ({where})")
    for c in r["reference_contexts"]:
        if not any(norm(c) in t for t in pool): errors.append(f"{i}: context not in article: {c[:60]!r}")
        n = len(c.split())
        if not 8 <= n <= 60 and r["kind"] != "about_article": errors.append(f"{i}: context has {n} words")
    if r["kind"] != "about_article" and not r["reference_contexts"]: errors.append(f"{i}: no reference contexts")
    # every key fact should be backed by one of the contexts
    for kf in r["key_facts"]:
        if r["reference_contexts"] and not any(norm(kf) in norm(c) for c in r["reference_contexts"]):
            warnings.append(f"{i}: key fact {kf!r} not inside any reference context")

# ---- mention-no terms absent everywhere (raw file text and tag-stripped text)
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
if sorted(terms) != sorted(r["id"][3:] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
for n, ts in terms.items():
    r = next((x for x in rows if x["id"] == f"f6-{n}"), None)
    if r is None or r["answerable"] or r["kind"] != "mention": errors.append(f"f6-{n}: not a mention-no row"); continue
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"f6-{n}: no term appears in the question")
    for term in ts:
        if term != term.lower(): errors.append(f"f6-{n}: term {term!r} not lowercase")
        for f in texts:
            if term in texts[f].lower() or term in plain[f].lower(): errors.append(f"f6-{n}: term {term!r} found in {f}")

kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
if len(rows) != 110: errors.append(f"{len(rows)} questions != 110")
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
