#!/usr/bin/env python3
"""Checks dev16: articles/ (7 files), questions_draft.txt, questions.jsonl and mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 check_set.py

Text comparisons use a normalised form of each article: for HTML, tags removed (replaced
by a space) and entities unescaped; for every file, case-folded and with whitespace runs
collapsed to one space. Key facts may also match the raw file (e.g. a datetime attribute)."""
import collections, html, json, os, re, sys

D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
errors, warnings = [], []

A = "cyclone_orvane_landfall.txt"
B = "cyclone_orvane_update.html"
C = "tuition_ferncliff.html"
T = "tuition_tarrant.md"
E = "ipo_talerzo.md"
F = "chess_baltic_upset.html"
G = "lighthouse_keeper.txt"
EXPECTED = {A, B, C, T, E, F, G}

raw = {f: open(os.path.join(ART, f), "rb").read() for f in sorted(os.listdir(ART))}
# open() with default newline=None: \r\n is read as \n
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in raw}
if set(texts) != EXPECTED:
    errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
exts = collections.Counter(os.path.splitext(f)[1] for f in texts)
if exts != {".html": 3, ".txt": 2, ".md": 2}:
    errors.append(f"format mix {dict(exts)} (want 3 html, 2 txt, 2 md)")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def strip_html(s):
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


NORM = {f: norm(strip_html(t) if f.endswith(".html") else t) for f, t in texts.items()}
RAWN = {f: norm(t) for f, t in texts.items()}


# ---------------------------------------------------------------- body paragraphs
def body_paragraphs(f, t):
    if f == A:
        b = t.split("Share: Facebook | WhatsApp | X | Copy link")[1].split("CORRECTION:")[0]
        blocks = [x.strip() for x in b.split("\n\n") if x.strip()]
        out = [x for x in blocks if x != "ADVERTISEMENT" and not x.startswith(("Read more:", "[Photo:"))]
    elif f == G:
        b = t.split("8 min read", 1)[1].split("SIGN UP to")[0]
        blocks = [x.strip() for x in b.split("\n\n") if x.strip()]
        out = [x for x in blocks if not x.startswith(("-----", "[IMAGE:", "ALSO READ"))]
    elif f == T:
        b = t.split("---\n", 2)[2].split("Share: [Facebook]")[1].split("\n", 1)[1].split("\n---\n")[0]
        blocks = [x.strip() for x in b.split("\n\n") if x.strip()]
        # skip headings, bold Q&A questions, ad code, quotes/read-more
        out = [x for x in blocks if not x.startswith(("#", "**", "`", ">"))]
    elif f == E:
        b = t.split('<a id="main"></a>')[1].split("\n---\n")[0]
        blocks = [x.strip() for x in b.split("\n\n") if x.strip()]
        out = [x for x in blocks if not x.startswith(">")]
    else:
        if f == B:
            m = re.search(r'<div class="story-copy"[^>]*>(.*?)</div>\s*<div class="sharebar', t, re.S).group(1)
        elif f == C:
            m = "".join(re.findall(r'<section class="amp-body">(.*?)</section>', t, re.S))
        else:
            m = re.search(r'<div class="entry-content">(.*?)</div>\s*<div class="sharedaddy', t, re.S).group(1)
            m = re.sub(r'<div class="related-posts-box">.*?</ul></div>', "", m, flags=re.S)
        out = [re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", p))).strip()
               for p in re.findall(r"<p>(.*?)</p>", m, re.S)]
    for p in out:
        if "\n" in p:
            errors.append(f"{f}: multi-line body block {p[:50]!r}")
        if len(p.split()) < 8:
            errors.append(f"{f}: suspiciously short body paragraph {p!r}")
    return out


BODY, BODYN = {}, {}
print("articles:")
for f, t in texts.items():
    ps = body_paragraphs(f, t)
    BODY[f] = ps
    BODYN[f] = [norm(p) for p in ps]
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:30s} paragraphs={len(ps):2d} words={w}")
    if not 10 <= len(ps) <= 16:
        errors.append(f"{f}: {len(ps)} body paragraphs (want 10-16)")
    if not 550 <= w <= 950:
        errors.append(f"{f}: {w} body words (want 550-950)")


# ---------------------------------------------------------------- format and metadata
def need(f, *needles):
    for n in needles:
        if n not in texts[f]:
            errors.append(f"{f}: missing {n!r}")


# A: txt, Key facts box on top, correction at the bottom, LF endings
need(A, "CYCLONE ORVANE SLAMS INTO MOZAMBIQUE COAST, KILLING AT LEAST 14", "By Teresa Namashulua, Southern Africa correspondent",
     "Monday 17 February 2025, 16:05 CAT", "SOUTHERN AFRICA DISPATCH", "| KEY FACTS", "CORRECTION:", "ADVERTISEMENT",
     "Read more:", "[Photo:", "MOST READ", "cookies", "NEWSLETTER:")
if texts[A].index("KEY FACTS") > texts[A].index(BODY[A][0]):
    errors.append(f"{A}: Key facts box should come before the body")
if texts[A].index("CORRECTION:") < texts[A].index(BODY[A][-1]):
    errors.append(f"{A}: correction should follow the body")
if b"\r" in raw[A]:
    errors.append(f"{A}: should have \\n line endings")
# B: byline in <address>, visible date only relative, real date in <time datetime>
need(B, "<!DOCTYPE html>", "<title>", '<address class="author-card">Rui Cossa<br>',
     '<time class="stamp" datetime="2025-02-19T11:30:00+02:00">Updated 3 hours ago</time>',
     "The Indian Ocean Observer", 'class="story-dek"', "consent", "ADVERTISEMENT", "Advertisement", "readmore-box",
     "related-stories", "promo-newsletter", 'class="popular"', "<footer", "sharebar", "media-caption")
vis_b = NORM[B]
for bad in ("2025-02", "19 february", "february 19", "19/02", "wednesday 19"):
    if bad in vis_b:
        errors.append(f"{B}: visible text should give the date only as 'Updated 3 hours ago' (found {bad!r})")
# C: AMP page with <amp-img> and <section> blocks
need(C, "<html ⚡", "cdn.ampproject.org", "<amp-img", "<section", "<amp-ad", "amp-consent", "amp-social-share",
     "<style amp-boilerplate>", '<div class="amp-byline">By Jocelyn Farrier, Education Reporter</div>',
     '<div class="amp-date">Published March 6, 2025 7:15 a.m. AST</div>', "amp-dek", "The Harbourline Herald",
     "READ MORE", "Trending in Port Ardley", "Campus Notes", "amp-footer")
# F: WordPress-style page
need(F, "<!DOCTYPE html>", 'class="entry-title"', 'class="entry-excerpt"', "posted-on", "27/04/2025",
     '<a class="url fn n" href="/author/kadri-sepp/">Kadri Sepp</a>', 'og:site_name" content="Sixty-Four Squares"',
     "cookie-law-info-bar", "sharedaddy", "related-posts-box", "wp-caption-text", "Most read", "Advertisement",
     "comments-area", "Chess correspondent", "site-footer")
html_markers = {B: ("story-copy", "<address"), C: ("amp-body", "<amp-img"), F: ("entry-content", "wp-caption-text")}
for f, ms in html_markers.items():
    for g, other in html_markers.items():
        if g != f and any(m in texts[g] for m in ms):
            errors.append(f"{g}: shares markup {ms} with {f}; the HTML files should not look alike")
    if sum(1 for l in texts[f].splitlines() if "<h1" in l) != 1:
        errors.append(f"{f}: want exactly one h1")
# T: md with front matter and a Q&A block (bold questions, plain answers)
need(T, "---\ntitle: \"Tarrant University lifts fees to the limit as enrolments slide\"", "standfirst:", "author: Priya Kandasamy",
     "role: Education reporter", "publication: The Canterbury Lantern", "published: 2025-03-12", "## What it means for students",
     "**How much more will I pay?**", "**Could fees go up again?**", "`ADVERTISEMENT`", "**Read more:**", "**Most read**",
     "Cookies.", "Photo: Sione Latu", "Share: [Facebook]", "Subscribe")
qa = re.findall(r"^\*\*[^*\n]+\?\*\*$", texts[T], re.M)
if len(qa) < 4:
    errors.append(f"{T}: want at least 4 bold Q&A questions, found {len(qa)}")
# E: md without front matter, footnote-style links [n] in the body
need(E, "# Talerzo shares jump on debut as Polish delivery app raises 1.1bn zloty", "### The food-delivery group",
     "**Tomasz Reinholt**, Markets Editor · *Central Europe Markets Brief* · Thursday, April 10, 2025",
     "**References**", "Photo: Ewa Brzostek", "**Sponsored**", "**Read more:**", "**Most read on CEMB**", "cookies",
     "[Share on LinkedIn]", "Subscribe free")
if texts[E].startswith("---"):
    errors.append(f"{E}: should have no front matter")
marks = set(re.findall(r"\[(\d)\]", " ".join(BODY[E])))
refs = set(re.findall(r"^\[(\d)\] ", texts[E], re.M))
if len(marks) < 3 or marks != refs:
    errors.append(f"{E}: footnote marks in body {sorted(marks)} vs reference list {sorted(refs)}")
# G: txt feature, CRLF endings
need(G, "THE WESTERN ISLES REVIEW", "The last light-keeper of Carrach Head", "Words by Morag Dunsire | Pictures by Callum Reith",
     "Saturday 14 June 2025", "----- ADVERTISEMENT -----", "[IMAGE:", "ALSO READ >>", "SIGN UP", "SHARE THIS STORY",
     "MOST READ THIS WEEK", "Cookies:")
if raw[G].count(b"\n") != raw[G].count(b"\r\n"):
    errors.append(f"{G}: should have \\r\\n line endings throughout")
for f in texts:
    if "\t" in texts[f] and f != F:
        warnings.append(f"{f}: contains tabs")

# ---------------------------------------------------------------- draft
def read_draft():
    items, kind, earlier = [], None, []
    for line in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8").read().splitlines():
        if line.startswith("## "):
            kind = line[3:].strip(); continue
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith(">> earlier:"):
            earlier.append(line[len(">> earlier:"):].strip()); continue
        items.append((kind, line.strip(), earlier)); earlier = []
    return items


draft = read_draft()

# ---------------------------------------------------------------- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "overview": 9, "about_article": 11,
         "mention": 8, "dated_version": 9, "unanswerable": 8, "near_miss": 8}
if [r.get("id") for r in rows] != [f"d16-{n:03d}" for n in range(1, len(rows) + 1)]:
    errors.append("ids are not d16-001.. in order")
if len(draft) != len(rows):
    errors.append(f"draft has {len(draft)} questions, jsonl has {len(rows)}")
for (k, q, earlier), r in zip(draft, rows):
    if r.get("user_input") != q: errors.append(f"{r.get('id')}: user_input differs from draft")
    if r.get("kind") != k: errors.append(f"{r.get('id')}: kind differs from draft")
    hist_users = [h.get("content") for h in r.get("history", []) if isinstance(h, dict) and h.get("role") == "user"]
    if hist_users != earlier: errors.append(f"{r.get('id')}: history user turns differ from draft")

LOOKALIKE = {C: ["port ardley", "canada", "canadian", "nova scotia", "ostrander", "adjei-larbi", "whitcombe", "beattie", "haddad", "farrier"],
             T: ["kerrow", "new zealand", "nz", "canterbury", "harbutt", "paewai", "whitlock", "forsyth", "kandasamy"]}
HAS_ALNUM = re.compile(r"[^\W_]", re.U)


def para_index(f, kf):
    return {i for i, p in enumerate(BODYN[f]) if norm(kf) in p}


for r in rows:
    i = r.get("id")
    for k in REQ:
        if k not in r: errors.append(f"{i}: missing key {k}")
    extra = set(r) - set(REQ) - {"history"}
    if extra: errors.append(f"{i}: extra keys {extra}")
    kind, art = r["kind"], r["article"]
    if kind not in KINDS: errors.append(f"{i}: unknown kind {kind}")
    if not isinstance(r["answerable"], bool): errors.append(f"{i}: answerable not bool")
    expected = kind not in ("unanswerable", "near_miss") and not (kind == "mention" and not r["key_facts"])
    if r["answerable"] != expected:
        errors.append(f"{i}: answerable should be {expected} for {kind}")
    if not r["reference"] or len(re.findall(r"[.!?](\s|$)", r["reference"])) > 2:
        errors.append(f"{i}: reference should be one or two sentences")
    if "history" in r:
        h = r["history"]
        ok = isinstance(h, list) and h and len(h) % 2 == 0 and all(
            isinstance(x, dict) and set(x) == {"role", "content"} and x["content"] and x["role"] == ("user", "assistant")[n % 2]
            for n, x in enumerate(h))
        if not ok: errors.append(f"{i}: bad history (want alternating user/assistant dicts)")
    if art and art not in texts:
        errors.append(f"{i}: unknown article {art}"); continue
    # look-alike naming: the question or its history must name town/country/person, and not the other one's
    if art in LOOKALIKE:
        said = (r["user_input"] + " " + " ".join(h["content"] for h in r.get("history", []) if h["role"] == "user")).lower()
        def named(names): return any(re.search(r"\b" + re.escape(n) + r"\b", said) for n in names)
        if not named(LOOKALIKE[art]): errors.append(f"{i}: look-alike question does not name its town/country/person")
        other = T if art == C else C
        if named(LOOKALIKE[other]): errors.append(f"{i}: look-alike question names the other article")
    pool = [art] if art else list(texts)
    kfs, ctxs = r["key_facts"], r["reference_contexts"]
    if kind in ("unanswerable", "near_miss"):
        if kfs: errors.append(f"{i}: {kind} should have no key facts")
        if not r["reference"].startswith("Not given"): errors.append(f"{i}: {kind} reference should say what is not given")
        if kind == "unanswerable" and (art or ctxs): errors.append(f"{i}: unanswerable wants article '' and no contexts")
        if kind == "near_miss" and (not art or len(ctxs) != 1): errors.append(f"{i}: near_miss wants its article and the naming paragraph")
    mention_no = kind == "mention" and not kfs
    if kind not in ("unanswerable", "near_miss") and not mention_no and not kfs:
        errors.append(f"{i}: no key facts")
    n = len(kfs)
    want = {"lookup": (1, 1), "why_how": (1, 2), "multi_part": (2, 4), "overview": (3, 5)}.get(kind)
    if want and not want[0] <= n <= want[1]: errors.append(f"{i}: {kind} has {n} key facts, want {want}")
    for kf in kfs:
        if not HAS_ALNUM.search(kf): errors.append(f"{i}: key fact without letter/digit {kf!r}")
        if not 1 <= len(kf.split()) <= 6: errors.append(f"{i}: key fact length {len(kf.split())}: {kf!r}")
        if not any(norm(kf) in NORM[a] or norm(kf) in RAWN[a] for a in pool):
            errors.append(f"{i}: key fact not verbatim in article: {kf!r}")
    if kind == "overview":
        paras = set()
        for kf in kfs:
            paras |= {(a, p) for a in pool for p in para_index(a, kf)}
        # every key fact must sit in a body paragraph, and together they must span >= 3 paragraphs
        for kf in kfs:
            if not any(para_index(a, kf) for a in pool): errors.append(f"{i}: overview key fact not in a body paragraph: {kf!r}")
        if len(paras) < 3: errors.append(f"{i}: overview key facts come from fewer than 3 body paragraphs")
    # contexts: full body paragraphs, or (about_article) a metadata line of the article
    for c in ctxs:
        cn = norm(c)
        if any(cn in BODYN[a] for a in pool):
            continue
        if kind == "about_article" and any(cn in NORM[a] or cn in RAWN[a] for a in pool):
            continue
        errors.append(f"{i}: context is not a full body paragraph / metadata line: {c[:60]!r}")
    if kind not in ("about_article", "unanswerable") and not mention_no and not ctxs:
        errors.append(f"{i}: no reference contexts")
    # key facts should be found inside the contexts given (except about_article metadata / raw-only facts)
    if ctxs and kfs and kind != "about_article":
        joined = norm(" ".join(ctxs))
        for kf in kfs:
            if norm(kf) not in joined: errors.append(f"{i}: key fact {kf!r} not inside its reference contexts")
    # the question must not lift article phrasing: no 5-word run shared with the article body
    if kind != "about_article":
        qw = re.findall(r"[a-z0-9']+", r["user_input"].lower())
        bodyw = " " + " ".join(re.findall(r"[a-z0-9']+", " ".join(p for a in pool for p in BODYN[a]))) + " "
        for s in range(len(qw) - 4):
            g = " ".join(qw[s:s + 5])
            if f" {g} " in bodyw: warnings.append(f"{i}: question shares 5 words with the article: {g!r}"); break

# ---------------------------------------------------------------- mention-no terms
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["key_facts"]]
yes_rows = [r for r in rows if r["kind"] == "mention" and r["key_facts"]]
if sorted(terms) != sorted(r["id"] for r in no_rows):
    errors.append("mention_no_terms.json keys != mention-no ids")
for rid, ts in terms.items():
    r = next((x for x in rows if x["id"] == rid), None)
    if r is None: errors.append(f"{rid}: unknown id in mention_no_terms.json"); continue
    if not r["reference"].startswith("No"): errors.append(f"{rid}: mention-no reference should start with 'No'")
    if r["article"]: errors.append(f"{rid}: mention-no wants article ''")
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"{rid}: no term appears in the question")
    for term in ts:
        for f in texts:
            if term.lower() in texts[f].lower() or term.lower() in NORM[f]:
                errors.append(f"{rid}: term {term!r} found in {f}")
for r in yes_rows:
    if not r["reference"].startswith("Yes"): errors.append(f"{r['id']}: mention-yes reference should start with 'Yes'")

# ---------------------------------------------------------------- summary
kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
for k, want in KINDS.items():
    print(f"  {k:14s} {kinds.get(k, 0):3d}  (want {want})")
    if kinds.get(k, 0) != want: errors.append(f"kind {k}: {kinds.get(k, 0)} != {want}")
nf = sum(1 for r in rows if r.get("history"))
print("  answerable:", sum(r["answerable"] for r in rows), " not answerable:", sum(not r["answerable"] for r in rows))
print("  with history:", nf)
if not 10 <= nf <= 14: errors.append(f"{nf} follow-ups (want about 12)")
print("  mention yes/no:", len(yes_rows), "/", len(no_rows))
if (len(yes_rows), len(no_rows)) != (4, 4): errors.append("mention split should be 4/4")
per_art = collections.Counter(r["article"] or "(several/none)" for r in rows)
print("  per article:", dict(sorted(per_art.items())))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
