#!/usr/bin/env python3
"""Checks dev15: articles/ (7 files), questions_draft.txt, questions.jsonl and mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 check_set.py

Verbatim checks compare on "normalised" text: HTML tags stripped, entities unescaped,
'> ' e-mail quoting removed, case-folded, all whitespace runs collapsed to one space."""
import collections, html, itertools, json, os, re, sys

D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
# open() with default newline=None: \r\n is translated to \n, as Python reads it
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
raw = {f: open(os.path.join(ART, f), "rb").read() for f in texts}
errors, warnings = [], []

EXPECTED = {
    "quilaman_eruption_live.html", "quilaman_eruption_update.md",          # told twice
    "castlemorra_cup_levy_newsletter.txt", "tuebbelhafen_packaging_tax.html",  # look-alike pair
    "feltham_murder_verdict.txt", "marwood_auction_record.html", "coralind_exoplanet.md",
}
if set(texts) != EXPECTED:
    errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
    print("\n".join(errors)); sys.exit(1)
fmt = collections.Counter(f.rsplit(".", 1)[1] for f in texts)
if fmt != {"html": 3, "txt": 2, "md": 2}: errors.append(f"format mix {dict(fmt)} != 3 html / 2 txt / 2 md")


# ---------------------------------------------------------------- normalisation
def strip_tags(s):
    return re.sub(r"<[^>]+>", " ", s)

def dequote(s):
    return "\n".join(re.sub(r"^> ?", "", l) for l in s.split("\n"))

def norm(s):
    return re.sub(r"\s+", " ", html.unescape(s)).strip().casefold()

def norm_article(f, t):
    if f.endswith(".html"): t = strip_tags(t)
    if f == "castlemorra_cup_levy_newsletter.txt": t = dequote(t)
    return norm(t)

def article_lines(f, t):
    """whole lines, normalised: a context that is not a body paragraph must be one of these in full"""
    if f == "castlemorra_cup_levy_newsletter.txt": t = dequote(t)
    out = []
    for l in t.split("\n"):
        if f.endswith(".html"): l = strip_tags(l)
        l = re.sub(r"^#+\s*", "", norm(l)).strip("_*").strip()  # markdown emphasis / heading markers around a whole line
        if l: out.append(l)
    return out

NT = {f: norm_article(f, t) for f, t in texts.items()}
LINES = {f: article_lines(f, t) for f, t in texts.items()}


# ---------------------------------------------------------------- body paragraphs per file
def clean(p):
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", p))).strip()

def body_live(t):
    m = re.search(r'<div class="entries">(.*?)<div class="share-row share-end">', t, re.S)
    entries = re.findall(r'<div class="entry" id="e-\d{4}">\s*<time class="stamp">(\d\d:\d\d)</time>\s*<p>(.*?)</p>\s*</div>', m.group(1), re.S)
    if len(entries) != m.group(1).count('<div class="entry"'): errors.append("live: an entry lacks <time> then <p>")
    return [clean(p) for _, p in entries], []

def body_auction(t):
    m = re.search(r'<div class="rich-text" itemprop="articleBody">(.*?)</div>\s*<div class="correction-note">', t, re.S)
    return [clean(p) for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)], []

def body_tuebbelhafen(t):
    m = re.search(r'<div id="artikeltext">(.*?)</div>\s*<div class="teilen unten">', t, re.S)
    b = re.sub(r'<div class="(?:inline-werbung|lesetipp)">.*?</div>', " ", m.group(1), flags=re.S)
    if "<p" in b: errors.append("tuebbelhafen: body should use <br><br>, not <p>")
    return [clean(p) for p in re.split(r"<br>\s*<br>", b) if clean(p)], []

def body_newsletter(t):
    t = dequote(t)
    start = t.index("Thursday 15 May 2025\n") + len("Thursday 15 May 2025\n")
    end = t.index("Share this story:")
    out = []
    for b in re.split(r"\n\s*\n", t[start:end]):
        b = b.strip()
        if not b or b.startswith(("[Photo", "ADVERTISEMENT", "Read more:")): continue
        out.append(" ".join(l.strip() for l in b.split("\n")))
    return out, []

def body_trial(t):
    lines = t.split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("Published:")) + 1
    end = lines.index("Listen to this article")
    out = []
    for l in lines[start:end]:
        l = l.strip()
        if not l or l == "Advertisement" or l.startswith(("Share on", "Image:", "READ MORE:")): continue
        out.append(l)
    return out, []

def body_volcano_md(t):
    start = t.index("(Photo: Ximena Coñuecar / Pacific Wire)*") + len("(Photo: Ximena Coñuecar / Pacific Wire)*")
    end = t.index("\n---\n")
    prose, items = [], []
    for b in re.split(r"\n\s*\n", t[start:end]):
        b = b.strip()
        if not b or b.startswith(("**Key facts", "[Advertisement]", "> ", "## ")): continue
        if re.match(r"^(\d+\. |- )", b):  # numbered key-fact list / timeline: each item is a body unit
            items += [re.sub(r"^(\d+\. |- )", "", l).strip() for l in b.split("\n")]
            continue
        prose.append(b)
    return prose, items

def body_exoplanet_md(t):
    start = t.index("Illustration: Coralind University / Dana Whitlock_") + len("Illustration: Coralind University / Dana Whitlock_")
    end = t.index("\n---\n", start)
    out = []
    for b in re.split(r"\n\s*\n", t[start:end]):
        b = b.strip()
        if not b or b.startswith(("###", "> ", "**Related", "![", "_")): continue
        out.append(b)
    return out, []

BODY_FN = {"quilaman_eruption_live.html": body_live, "marwood_auction_record.html": body_auction,
           "tuebbelhafen_packaging_tax.html": body_tuebbelhafen, "castlemorra_cup_levy_newsletter.txt": body_newsletter,
           "feltham_murder_verdict.txt": body_trial, "quilaman_eruption_update.md": body_volcano_md,
           "coralind_exoplanet.md": body_exoplanet_md}
BODY, UNITS = {}, {}
print("articles:")
for f, t in texts.items():
    prose, items = BODY_FN[f](t)
    BODY[f] = prose
    UNITS[f] = [norm(p) for p in prose + items]
    w = sum(len(p.split()) for p in prose)
    extra = f" (+{len(items)} list items, {sum(len(i.split()) for i in items)} words)" if items else ""
    print(f"  {f:38s} paragraphs={len(prose):2d} words={w}{extra}")
    if not 10 <= len(prose) <= 16: errors.append(f"{f}: {len(prose)} body paragraphs (want 10-16)")
    if not 550 <= w <= 950: errors.append(f"{f}: {w} body words (want 550-950)")
    for p in prose:
        if len(p.split()) < 8: errors.append(f"{f}: suspiciously short body paragraph {p!r}")
        if re.search(r"\b(Advertisement|Read more|Share this|Most read|Sign up|Subscribe)\b", p, re.I): errors.append(f"{f}: clutter in body {p[:50]!r}")


# ---------------------------------------------------------------- format / clutter requirements
def need(f, *needles):
    for n in needles:
        if n not in texts[f]: errors.append(f"{f}: missing {n!r}")

need("quilaman_eruption_live.html", "<!DOCTYPE html>", "<title>", "consent-layer", "topnav", "Advertisement", "Share",
     "Read more", "Most read", "Related", "newsletter-plug", "<footer", "<figcaption>", "Photograph: Camila Retamal/Agencia Austral",
     '<time class="stamp">06:40</time>', "Compiled by Valentina Arancibia", "Tuesday 9 September 2025")
need("marwood_auction_record.html", "<!doctype html>", '<meta name="author" content="Helena Strand, Rafael Oduya">',
     '<meta property="article:published_time" content="2025-06-19T07:30:00+01:00">', '"@type": "NewsArticle"',
     '"datePublished": "2025-06-19T07:30:00+01:00"', '"name": "Helena Strand"', '"name": "Rafael Oduya"',
     '<span class="byline">By Helena Strand and Rafael Oduya</span>', "cmp-banner", "Advertisement", "Share",
     "Most read", "Related", "Read next", "correction-note", "nl-signup", "site-footer")
if re.search(r"(June|Jun) 2025</|>\s*19 June 2025\s*<", texts["marwood_auction_record.html"].split("correction-note")[0].split("</head>")[1]):
    errors.append("marwood: visible date should live only in <meta>/JSON-LD (and the correction note)")
need("tuebbelhafen_packaging_tax.html", "<!DOCTYPE html>", "<table", "cookiehinweis", 'id="menue"', "ANZEIGE / ADVERTISEMENT",
     "Advertisement", "Read more:", "MOST READ", "More on this topic", "newsletterbox", 'id="fuss"', "Comments (37)",
     "By <b>Jannik Oltmanns</b> | Published 03.06.2025", "&uuml;", "&ouml;")
for bad in ["<article", "<main", "<section", "<header", "<footer", "<nav"]:
    if bad in texts["tuebbelhafen_packaging_tax.html"]: errors.append(f"tuebbelhafen: old table layout only, found {bad}")
need("castlemorra_cup_levy_newsletter.txt", "From: Maeve Colgan", "Subject: FW:", "Sent from my iPhone", "> On Thu 15 May 2025",
     "> CASTLEMORRA VOTES FOR 25c LEVY ON THROWAWAY CUPS", "> By Orla Kinsella, Local Democracy Reporter", "> ADVERTISEMENT",
     "> Read more:", "> MOST READ THIS WEEK", "Unsubscribe", "> Share this story")
need("feltham_murder_verdict.txt", "BOATYARD BOSS GUILTY OF MURDERING BUSINESS PARTNER", "By Simon Treadgold, Courts Correspondent",
     "Published: 17:52, Wed 1 October 2025", "We value your privacy", "Advertisement", "READ MORE:", "MOST READ",
     "Listen to this article", "Image:", "Share on Facebook", "Comments are closed")
nl, crlf = raw["feltham_murder_verdict.txt"].count(b"\n"), raw["feltham_murder_verdict.txt"].count(b"\r\n")
if not crlf or nl != crlf: errors.append("feltham_murder_verdict.txt: not consistently \\r\\n")
for f in texts:
    if f != "feltham_murder_verdict.txt" and b"\r" in raw[f]: errors.append(f"{f}: should have \\n endings")
need("quilaman_eruption_update.md", "# Chile volcano:", "**By Rodrigo Paillalef, Southern Cone correspondent** | Pacific Wire | Saturday, 13 September 2025",
     "**Key facts at a glance**", "\n1. Confirmed deaths", "\n5. People treated", "## Timeline", "[Advertisement]", "**Read more:**",
     "Most read on Pacific Wire", "Share:", "cookies", "(Photo: Ximena Coñuecar / Pacific Wire)")
if texts["quilaman_eruption_update.md"].startswith("---"): errors.append("volcano update md should have no front matter")
need("coralind_exoplanet.md", "---\ntitle:", "subtitle:", "author: Bethany Coorey", "author_role: Science Reporter",
     "publication: The Western Meridian", "date: 2025-07-22", "### A dip in the starlight", "**ADVERTISEMENT**", "**Related:**",
     "### Most read in Science", "[Share on Facebook]", "Subscribe", "cookies")
for f in texts:
    if f.endswith(".html") and len(re.findall(r"<h1", texts[f])) != 1: errors.append(f"{f}: want exactly one h1")


# ---------------------------------------------------------------- draft
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "overview": 9, "about_article": 11,
         "mention": 8, "dated_version": 9, "unanswerable": 8, "near_miss": 8}
draft, kind, earlier = [], None, []
for n, line in enumerate(open(os.path.join(D, "questions_draft.txt"), encoding="utf-8").read().split("\n"), 1):
    s = line.rstrip()
    if not s.strip() or s.startswith("#!"): continue
    if s.startswith("## "):
        kind = s[3:].strip(); continue
    if s.startswith(">> earlier:"):
        earlier.append(s[len(">> earlier:"):].strip()); continue
    if kind is None: errors.append(f"draft line {n}: question before first heading"); continue
    draft.append({"q": s, "kind": kind, "earlier": earlier}); earlier = []
if earlier: errors.append("draft ends with dangling '>> earlier:' lines")


# ---------------------------------------------------------------- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
if [r.get("id") for r in rows] != [f"d15-{n:03d}" for n in range(1, len(rows) + 1)]: errors.append("ids are not d15-001.. in order")
if len(rows) != 110: errors.append(f"{len(rows)} rows, want 110")
if len(draft) != len(rows): errors.append(f"draft has {len(draft)} questions, jsonl {len(rows)}")
for r, d in zip(rows, draft):
    if r["user_input"] != d["q"]: errors.append(f"{r['id']}: user_input differs from draft: {r['user_input']!r} vs {d['q']!r}")
    if r["kind"] != d["kind"]: errors.append(f"{r['id']}: kind {r['kind']} but draft heading {d['kind']}")
    hist_user = [h["content"] for h in r.get("history", []) if isinstance(h, dict) and h.get("role") == "user"]
    if hist_user != d["earlier"]: errors.append(f"{r['id']}: history user turns differ from draft '>> earlier:' lines")

LOOKALIKE = {"castlemorra_cup_levy_newsletter.txt": ["castlemorra", "mayo", "ireland", "irish", "dunleavy", "furlong", "brennock", "mulvihill", "kinsella", "salt loft"],
             "tuebbelhafen_packaging_tax.html": ["tübbelhafen", "tubbelhafen", "tuebbelhafen", "germany", "german", "lower saxony", "kröhnert", "krohnert", "wessendorf", "aydın", "aydin", "bäumer", "baumer", "oltmanns", "hafen-grill"]}
has_alnum = re.compile(r"[^\W_]")

def covers_three_paragraphs(f, kfs):
    cands = [[i for i, p in enumerate(UNITS[f]) if norm(k) in p] for k in kfs]
    if any(not c for c in cands): return False
    return any(len(set(combo)) >= 3 for combo in itertools.product(*cands))

for r in rows:
    i = r.get("id")
    for k in REQ:
        if k not in r: errors.append(f"{i}: missing key {k}")
    if set(r) - set(REQ) - {"history"}: errors.append(f"{i}: extra keys {set(r) - set(REQ) - {'history'}}")
    if r["kind"] not in KINDS: errors.append(f"{i}: unknown kind {r['kind']}"); continue
    if not isinstance(r["answerable"], bool): errors.append(f"{i}: answerable not bool")
    if r["answerable"] != (r["kind"] not in ("unanswerable", "near_miss") and not (r["kind"] == "mention" and not r["key_facts"])): errors.append(f"{i}: answerable wrong for kind {r['kind']}")
    if not r["reference"].strip(): errors.append(f"{i}: empty reference")
    if "history" in r:
        h = r["history"]
        ok = isinstance(h, list) and h and len(h) % 2 == 0 and all(
            isinstance(x, dict) and set(x) == {"role", "content"} and x["content"].strip() and x["role"] == ("user" if j % 2 == 0 else "assistant")
            for j, x in enumerate(h))
        if not ok: errors.append(f"{i}: bad history")
    art = r["article"]
    if art and art not in texts: errors.append(f"{i}: unknown article {art}"); continue
    if art in LOOKALIKE:
        said = (r["user_input"] + " " + " ".join(x["content"] for x in r.get("history", []) if x["role"] == "user")).lower()
        if not any(n in said for n in LOOKALIKE[art]): errors.append(f"{i}: look-alike question does not name its town/country/person")
    pool = [art] if art else list(texts)
    ctx_norm = [norm(c) for c in r["reference_contexts"]]
    for c, cn in zip(r["reference_contexts"], ctx_norm):
        if not any(cn in UNITS[f] or cn in LINES[f] for f in pool):
            errors.append(f"{i}: context is not a verbatim body paragraph or metadata line: {c[:70]!r}")
    kfs = r["key_facts"]
    for kf in kfs:
        if not isinstance(kf, str) or not has_alnum.search(kf): errors.append(f"{i}: key fact without letter/digit {kf!r}"); continue
        if not any(norm(kf) in NT[f] for f in pool): errors.append(f"{i}: key fact not verbatim in article: {kf!r}")
        if len(kf.split()) > 8: errors.append(f"{i}: key fact too long ({len(kf.split())} words): {kf!r}")
        if not (r["kind"] == "about_article" and kf.isdigit()) and not any(norm(kf) in cn for cn in ctx_norm):
            errors.append(f"{i}: key fact not inside any of its contexts: {kf!r}")
    k = r["kind"]
    if k in ("unanswerable", "near_miss"):
        if kfs: errors.append(f"{i}: {k} should have key_facts []")
        if k == "near_miss" and not art: errors.append(f"{i}: near_miss without article")
        if k == "unanswerable" and (art or r["reference_contexts"]): errors.append(f"{i}: unanswerable should have article '' and no contexts")
        continue
    is_mention_no = k == "mention" and not kfs
    if is_mention_no:
        if art or r["reference_contexts"]: errors.append(f"{i}: mention-no should have article '' and no contexts")
        if not r["reference"].lower().startswith("no"): errors.append(f"{i}: mention-no reference should start with No")
        continue
    if not r["reference_contexts"]: errors.append(f"{i}: no reference contexts")
    want = {"lookup": (1, 1), "why_how": (1, 2), "multi_part": (2, 3), "overview": (3, 5), "about_article": (1, 3),
            "mention": (1, 1), "dated_version": (1, 4)}[k]
    if not want[0] <= len(kfs) <= want[1]: errors.append(f"{i}: {k} has {len(kfs)} key facts, want {want}")
    if k == "overview":
        if not art: errors.append(f"{i}: overview needs one article")
        elif not covers_three_paragraphs(art, kfs): errors.append(f"{i}: overview key facts do not span 3 body paragraphs")
    if k == "dated_version" and art not in ("", "quilaman_eruption_live.html", "quilaman_eruption_update.md"):
        errors.append(f"{i}: dated_version must be about the volcano story")
    if k == "mention" and not art: errors.append(f"{i}: mention-yes needs an article")


# ---------------------------------------------------------------- mention-no terms absent everywhere
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["key_facts"]]
if sorted(terms) != sorted(r["id"] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
for rid, ts in terms.items():
    r = next((x for x in rows if x["id"] == rid), None)
    if r is None or r["kind"] != "mention" or r["key_facts"]: errors.append(f"{rid}: not a mention-no row"); continue
    if not any(t.lower() in r["user_input"].lower() for t in ts): errors.append(f"{rid}: no term appears in the question")
    for term in ts:
        for f in texts:
            if term.lower() in NT[f] or term.lower() in texts[f].lower():
                errors.append(f"{rid}: term {term!r} found in {f}")


# ---------------------------------------------------------------- summary
kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
for k, want in KINDS.items():
    print(f"  {k:14s} {kinds.get(k, 0):3d}  (want {want})")
    if kinds.get(k, 0) != want: errors.append(f"kind {k}: {kinds.get(k, 0)} != {want}")
print("  answerable:", sum(r["answerable"] for r in rows), " not answerable:", sum(not r["answerable"] for r in rows))
fu = sum(1 for r in rows if r.get("history"))
print("  with history (follow-ups):", fu)
if not 10 <= fu <= 14: errors.append(f"{fu} follow-ups, want about 12")
my = sum(1 for r in rows if r["kind"] == "mention" and r["key_facts"])
print("  mention yes/no:", my, "/", len(no_rows))
if (my, len(no_rows)) != (4, 4): errors.append("mention split should be 4/4")
per_art = collections.Counter(r["article"] or "(several/none)" for r in rows)
print("  per article:", dict(sorted(per_art.items())))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
