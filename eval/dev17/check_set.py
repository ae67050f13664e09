#!/usr/bin/env python3
"""Checks dev17: articles/ (7 files), questions_draft.txt, questions.jsonl, mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 build_questions.py && python3 check_set.py"""
import collections, html, json, os, re, sys

D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
PFX = "d17"
# open() with default newline=None: \r\n is read as \n
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
raw = {f: open(os.path.join(ART, f), "rb").read() for f in texts}
errors, warnings = [], []

D1, D2 = "derailment_glenmorrach_first.txt", "derailment_glenmorrach_update.html"
TA, KE = "bank_tavaria_rate_cut.md", "bank_keldara_rate_cut.txt"
MU, NU, MA = "museum_theft_hallenbeek.html", "nurses_strike_westmere.html", "marathon_record_aldermark.md"
EXPECTED = {D1, D2, TA, KE, MU, NU, MA}
if set(texts) != EXPECTED:
    errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
mix = collections.Counter(f.rsplit(".", 1)[1] for f in texts)
if mix != {"html": 3, "txt": 2, "md": 2}: errors.append(f"format mix {dict(mix)} != 3 html / 2 txt / 2 md")


# ---------------------------------------------------------------- text views
def body_paragraphs(f, t):
    """Body paragraphs as the reader sees them (same rules as build_questions.py)."""
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        start = next(i for i, b in enumerate(blocks) if b.startswith("Share")) + 1
        out = []
        for b in blocks[start:]:
            if b.startswith("-----"): break
            if b == "ADVERTISEMENT" or b.startswith(("Read more:", "RELATED:", "[Photo:", "[Image:")): continue
            out.append(" ".join(b.split()))
        return out
    if f.endswith(".md"):
        if t.startswith("---\n"): t = t.split("\n---\n", 1)[1]
        t = t[t.index("\n# "):]
        t = t.split("\n---\n")[0]  # share / most-read footer
        blocks = [b.strip() for b in t.split("\n\n") if b.strip()]
        return [" ".join(b.split()) for b in blocks if not b.startswith(("#", "**", "![", ">", "*", "["))]
    m = (re.search(r'<div class="article-body"[^>]*>(.*?)</div><!-- /article-body -->', t, re.S)
         or re.search(r'<div id="storytext">(.*?)<div class="story-foot">', t, re.S)
         or re.search(r'<div class="amp-wp-article-content entry-content">(.*?)</div><!-- \.entry-content -->', t, re.S))
    if not m:
        errors.append(f"{f}: body container not found"); return []
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", p)).split())
            for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]


def visible(f, t):
    """Whole page as a reader/scraper sees it: tags removed, entities unescaped, md links flattened."""
    if f.endswith(".html"):
        t = re.sub(r"<(script|style)\b.*?</\1>", " ", t, flags=re.S)
        t = re.sub(r"</?(a|span|time|strong|b|em|i)\b[^>]*>", "", t)  # inline tags: no gap
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    elif f.endswith(".md"):
        t = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", t)
    return t


def norm(s):  # case-folding + whitespace collapsing
    return " ".join(s.casefold().split())


paras = {f: body_paragraphs(f, t) for f, t in texts.items()}
vis = {f: norm(visible(f, t)) for f, t in texts.items()}
npara = {f: [norm(p) for p in ps] for f, ps in paras.items()}

print("articles:")
for f in sorted(texts):
    ps = paras[f]
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:36s} paragraphs={len(ps):2d} words={w}")
    if not 13 <= len(ps) <= 16: errors.append(f"{f}: {len(ps)} body paragraphs (want 13-16)")
    if not 550 <= w <= 680: errors.append(f"{f}: {w} body words (want 550-680)")
    for p in ps:
        if re.search(r"advertisement|read more|photograph:|photo:|share on|cookie|sign up", p, re.I):
            errors.append(f"{f}: clutter leaked into body paragraph {p[:50]!r}")
        if len(p.split()) < 12: errors.append(f"{f}: suspiciously short body paragraph {p!r}")


# ---------------------------------------------------------------- per-file requirements
def need(f, *needles):
    for n in needles:
        if n not in texts[f]: errors.append(f"{f}: missing {n!r}")


def lacks(f, *needles):
    for n in needles:
        if n in texts[f]: errors.append(f"{f}: should not contain {n!r}")


# every article: headline, dek, byline (name + role), outlet, date, plus scraper clutter
need(D1, "THE CARRICK COURIER", "THREE DEAD AS PASSENGER TRAIN DERAILS NEAR GLENMORRACH", "Rescuers worked through the morning",
     "By ELSPETH MARROW, Transport Correspondent", "Published: Tuesday 14 October 2025, 17:55 BST",
     "Home | News", "You are here:", "COOKIES:", "[Photo:", "Photograph: Callum Reid", "Share:", "ADVERTISEMENT",
     "Read more:", "MOST READ", "NEWSLETTER:", "About the author:", "(c) 2025 Carrick Courier Ltd")
need(D2, "<!DOCTYPE html>", "<title>", "<article", "<nav", "<header", "<footer", "<main>", "<figure", "<figcaption>",
     'application/ld+json', '"@type":"NewsArticle"', '<time datetime="2025-10-17T09:30:00+01:00">',
     '<meta property="og:site_name" content="The Northern Tribune">', "cookie-banner", "breadcrumbs",
     '<h1 class="headline">Glenmorrach derailment: death toll rises to four', 'class="standfirst"',
     "Farhan Qureshi</a>, <span class=\"role\">Scotland Correspondent</span>", "Photograph: Ailsa Munro",
     "Advertisement", "Share on", "Read more", "Most read", "author-bio", "newsletter-plug")
need(MU, "<!DOCTYPE html>", "<title>", "consent-overlay", 'id="crumbs"', 'class="topmenu"',
     "<h1>Three Golden Age paintings stolen in overnight raid on Museum Hallenbeek</h1>", 'class="intro"',
     '<span class="auth">Sanne Verhoef</span>', "Culture Reporter", "Monday 3 November 2025", "The Lowlands Herald",
     "ADVERTISEMENT", "READ MORE", "Most read", "authorbox", "nl-plug", "Photo: Daan Kuipers", 'id="ftr"', "&euro;", "&#39;")
for bad in ["<article", "<main", "<section", "<header", "<footer", "<nav", "<time", "<figure", "<aside"]:
    if bad in texts[MU]: errors.append(f"{MU}: div soup only, found {bad}")
need(NU, "<html amp", "cdn.ampproject.org", "<amp-img", "<amp-ad", "<amp-consent", 'name="generator" content="WordPress',
     "entry-content", "entry-title", "sharedaddy", "jp-relatedposts", "widget_most_read", "wp-block-image",
     "<figcaption>", "(Photo: Marco Lindqvist", "By Teresa Ng</span>", "Health Reporter",
     '<time datetime="2025-10-20T13:15:00-04:00">', "The Calloway Chronicle", 'class="entry-subtitle"',
     "ADVERTISEMENT", "Read more:", "author-box", "newsletter-signup", "breadcrumb", "&#8217;")
need(TA, "---\ntitle:", "description:", "author: Lukas Marren", "author_role: Economics Editor",
     "date: 2025-11-06T14:20:00+01:00", "site_name: Erran Financial Review", "# Reserve Bank of Tavaria cuts rates",
     "*By Lukas Marren, Economics Editor · Erran Financial Review · 6 November 2025, 14:20*", "Cookie notice",
     "ADVERTISEMENT", "Read more:", "Most read", "newsletter", "Photo: Jonas Teller", "[Share on", "› [Markets]")
need(MA, "# Kenya's Naomi Saina smashes women's marathon world record in Aldermark", "## The 27-year-old clocked",
     "**By Tomasz Wielgosz, Athletics Writer | The Finish Line Review | Sunday 26 October 2025**",
     "cookies", "ADVERTISEMENT", "Read more:", "Most read", "newsletter", "Photo: Pieter-Jan Claes",
     "[Share on", "About the author:", "Road running › Marathon › Records")
if texts[MA].startswith("---"): errors.append(f"{MA}: should have no YAML front matter")
need(KE, "SAMIRAN BUSINESS DAILY", "Home / Economy / Monetary policy", "This website uses cookies",
     "National Bank of Keldara slashes key rate by half a point\n=========================================================\n",
     "A surprise 50-basis-point cut", "By Nadia Rahimova, Markets Correspondent", "Wednesday, 12 November 2025, 16:40",
     "[Image:", "Photo: Timur Akhmetov", "Share this article:", "ADVERTISEMENT", "RELATED:", "MOST READ TODAY",
     "SBD Morning Brief", "About the author:", "Copyright 2025")
# text layouts
if raw[KE].count(b"\n") != raw[KE].count(b"\r\n") or b"\r\n" not in raw[KE]: errors.append(f"{KE}: not consistently CRLF")
for f in (D1, TA, MA, D2, MU, NU):
    if b"\r" in raw[f]: errors.append(f"{f}: should have LF endings")
ke_lines = texts[KE].split("\n")
i = ke_lines.index("National Bank of Keldara slashes key rate by half a point")
if ke_lines[i + 1] != "=" * len(ke_lines[i]): errors.append(f"{KE}: title underline length mismatch")
d1_body_lines = texts[D1].split("Copy link\n\n", 1)[1].split("-----")[0].split("\n")
if max(len(l) for l in d1_body_lines) > 72: errors.append(f"{D1}: body not hard-wrapped at 72")
if sum(1 for b in texts[D1].split("\n\n") if b.count("\n") >= 2) < 10: errors.append(f"{D1}: expected hard-wrapped blocks")
for f in texts:
    if f.endswith(".html") and len(re.findall(r"<h1\b", texts[f])) != 1: errors.append(f"{f}: want exactly one <h1>")
# the story told twice: different outlet, author and day
if "Carrick Courier" in texts[D2] or "Northern Tribune" in texts[D1] or "Qureshi" in texts[D1] or "Marrow" in texts[D2]:
    errors.append("told-twice pair should not share outlet/author")

# ---------------------------------------------------------------- draft
def read_draft():
    rows, kind = [], None
    for line in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("## "): kind = line[3:].strip()
        elif line.startswith("- "): rows.append({"user_input": line[2:], "kind": kind, "history": []})
        elif line.startswith(">> earlier: "):
            role, content = line[len(">> earlier: "):].split(": ", 1)
            rows[-1]["history"].append({"role": role, "content": content})
    return rows


draft = read_draft()

# ---------------------------------------------------------------- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "about_article": 11, "overview": 9,
         "dated_version": 9, "mention": 8, "unanswerable": 8, "near_miss": 8}
if len(draft) != len(rows): errors.append(f"draft has {len(draft)} questions, jsonl {len(rows)}")
for n, (d, r) in enumerate(zip(draft, rows), 1):
    if d["user_input"] != r.get("user_input") or d["kind"] != r.get("kind") or d["history"] != r.get("history", []):
        errors.append(f"row {n}: jsonl differs from draft ({d['user_input']!r})")
if [r.get("id") for r in rows] != [f"{PFX}-{n:03d}" for n in range(1, len(rows) + 1)]:
    errors.append(f"ids are not {PFX}-001.. in order")

LOOKALIKE = {
    TA: ["tavaria", "tavarian", "tavar", "port erran", "reserve bank", "voss", "anker", "relling", "holstad",
         "castellan", "meridian savings", "coastal trust", "dahlgaard", "marren", "erran financial"],
    KE: ["keldara", "keldari", "keldar", "samiran", "national bank", "kamalov", "sarsenov", "altyn", "yesenov",
         "abenova", "rahimova", "keldcom"],
}
for f, names in LOOKALIKE.items():
    for n in names:
        if n not in vis[f]: errors.append(f"look-alike name {n!r} not in {f}")
    other = KE if f == TA else TA
    for n in names:
        if n in vis[other] and not any(n in m for m in LOOKALIKE[other]):
            errors.append(f"look-alike name {n!r} of {f} also occurs in {other}")
DATED = {D1, D2, ""}


def is_meta(c): return c.startswith("META: ")


for r in rows:
    i = r.get("id")
    missing = [k for k in REQ if k not in r]
    if missing: errors.append(f"{i}: missing keys {missing}"); continue
    if set(r) - set(REQ) - {"history"}: errors.append(f"{i}: extra keys {set(r) - set(REQ) - {'history'}}")
    if r["kind"] not in KINDS: errors.append(f"{i}: unknown kind {r['kind']}")
    if not isinstance(r["answerable"], bool): errors.append(f"{i}: answerable not bool")
    if not isinstance(r["reference"], str) or not r["reference"].strip(): errors.append(f"{i}: empty reference")
    h = r.get("history")
    if h is not None:
        ok = isinstance(h, list) and h and all(isinstance(x, dict) and set(x) == {"role", "content"} and x["content"] for x in h)
        ok = ok and [x["role"] for x in h] == ["user", "assistant"] * (len(h) // 2) and len(h) % 2 == 0
        if not ok: errors.append(f"{i}: bad history")
    art = r["article"]
    if art and art not in texts: errors.append(f"{i}: unknown article {art}"); continue
    convo = " ".join([r["user_input"]] + [x["content"] for x in (h or [])]).lower()
    if art in LOOKALIKE and not any(n in convo for n in LOOKALIKE[art]):
        errors.append(f"{i}: look-alike question (or its earlier turns) does not name its place/institution/person")
    pool = [art] if art else sorted(texts)
    kfs, cxs = r["key_facts"], r["reference_contexts"]

    # contexts: full body paragraphs, or META lines for about_article
    for c in cxs:
        if is_meta(c):
            if r["kind"] != "about_article": errors.append(f"{i}: META context outside about_article")
            m = re.fullmatch(r"META: article count = (\d+)", c)
            if m:
                if int(m.group(1)) != len(texts) or kfs != [m.group(1)] or art:
                    errors.append(f"{i}: article count META wrong")
            elif not any(norm(c[6:]) in vis[f] for f in pool):
                errors.append(f"{i}: META not in article text: {c[:60]!r}")
        else:
            if not any(norm(c) in npara[f] for f in pool):
                errors.append(f"{i}: context is not a full body paragraph: {c[:60]!r}")

    if not r["answerable"]:
        if kfs: errors.append(f"{i}: unanswerable row has key facts")
        if r["kind"] not in ("unanswerable", "near_miss", "mention"): errors.append(f"{i}: kind {r['kind']} cannot be unanswerable")
        if r["kind"] == "near_miss":
            if not art: errors.append(f"{i}: near_miss without article")
            if len(cxs) != 1 or is_meta(cxs[0]): errors.append(f"{i}: near_miss wants exactly one body paragraph")
        else:
            if art or cxs: errors.append(f"{i}: {r['kind']} (no) should have article '' and no contexts")
        continue
    if r["kind"] in ("unanswerable", "near_miss"): errors.append(f"{i}: {r['kind']} marked answerable")
    if not kfs: errors.append(f"{i}: no key facts")
    if not cxs: errors.append(f"{i}: no reference contexts")
    k = len(kfs)
    if r["kind"] == "lookup" and k != 1: errors.append(f"{i}: lookup wants one key fact")
    if r["kind"] in ("why_how", "dated_version") and not 1 <= k <= 2: errors.append(f"{i}: {r['kind']} wants 1-2 key facts")
    if r["kind"] == "overview" and not 3 <= k <= 5: errors.append(f"{i}: overview wants 3-5 key facts")
    if r["kind"] == "multi_part" and k < 2: errors.append(f"{i}: multi_part wants one key fact per part")
    if r["kind"] == "dated_version" and art not in DATED: errors.append(f"{i}: dated_version on wrong article")
    text_cx = [norm(c) for c in cxs if not is_meta(c)]
    for kf in kfs:
        if "\n" in kf or not 1 <= len(kf.split()) <= 5: errors.append(f"{i}: key fact should be 1-5 words: {kf!r}")
        if any(c.startswith("META: article count") for c in cxs): continue
        if not any(norm(kf) in vis[f] for f in pool): errors.append(f"{i}: key fact not in article text: {kf!r}")
        if text_cx and not any(norm(kf) in c for c in text_cx): errors.append(f"{i}: key fact not in its contexts: {kf!r}")

# dated_version rows must be answered from the right version: single-version rows point at one file
for r in rows:
    if r["kind"] == "dated_version" and r["article"] == "":
        srcs = {f for c in r["reference_contexts"] for f in (D1, D2) if norm(c) in npara[f]}
        if srcs != {D1, D2}: errors.append(f"{r['id']}: cross-version dated row should cite both versions")

# ---------------------------------------------------------------- mention-no terms absent everywhere
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
if sorted(terms) != sorted(r["id"] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
for rid, ts in terms.items():
    r = next((x for x in rows if x["id"] == rid), None)
    if r is None: errors.append(f"{rid}: unknown row"); continue
    if not any(t.lower() in r["user_input"].lower() for t in ts): errors.append(f"{rid}: no term appears in the question")
    for term in ts:
        for f, t in texts.items():
            if term.lower() in t.lower(): errors.append(f"{rid}: term {term!r} found in {f}")

# ---------------------------------------------------------------- 5-word overlap (warn)
def toks(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").lower()
    return re.findall(r"[a-z0-9€£$%.:,'-]+", s)


def clean(ws): return [w.strip(".,:'-") for w in ws if w.strip(".,:'-")]


grams = set()
for f in texts:
    for p in paras[f]:
        ws = clean(toks(p))
        grams |= {tuple(ws[j:j + 5]) for j in range(len(ws) - 4)}
for r in rows:
    for txt in [r["user_input"]] + [x["content"] for x in r.get("history", []) if x["role"] == "user"]:
        ws = clean(toks(txt))
        hit = [" ".join(ws[j:j + 5]) for j in range(len(ws) - 4) if tuple(ws[j:j + 5]) in grams]
        if hit: warnings.append(f"{r['id']}: 5-word overlap with an article: {hit[0]!r}")

# ---------------------------------------------------------------- summary
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
