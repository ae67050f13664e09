#!/usr/bin/env python3
"""Checks fresh9: articles/ (7 files), questions_draft.txt, questions.jsonl and mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 check_set.py"""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
# open() with default newline=None: \r\n is translated to \n, as Python reads it
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
raw = {f: open(os.path.join(ART, f), "rb").read() for f in texts}
errors, warnings = [], []

MF, MU = "mine_collapse_first.txt", "mine_collapse_update.html"
VE, KA = "wage_velmora.md", "wage_kastrany.txt"
FI, SA, VI = "film_festival_prize.html", "satellite_launch_failure.html", "village_shop_buyout.md"
EXPECTED = {MF, MU, VE, KA, FI, SA, VI}
if set(texts) != EXPECTED:
    errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
    print("\n".join(errors)); sys.exit(1)
exts = collections.Counter(os.path.splitext(f)[1] for f in texts)
if exts != {".html": 3, ".txt": 2, ".md": 2}: errors.append(f"format mix {dict(exts)}")

# ---- body paragraphs as a reader sees them (tags stripped, entities unescaped, hard wraps joined)
SPEC = {
    MF: ("VILLA COYAR", "-----"), KA: ("BREZOVAC", "* * *"),
    VE: ("OSTRENBURG", "---"), VI: ("ASHBY WENDLE, Cumbria", "* * *"),
    MU: ('<div class="story-body">', '<div class="author-bio">'),
    FI: ('<div class="article-text">', '<div class="author-box">'),
    SA: ('<div class="entry-content">', '<footer class="entry-footer">'),
}
SKIP = ("ADVERTISEMENT", "Read more:", "READ MORE:", "*", "[", "!", ">", "#")
def body_paragraphs(f):
    t = texts[f]; s, e = SPEC[f]
    if f.endswith(".html"):
        seg = t[t.index(s):t.index(e)]
        ps = re.findall(r'<p>(.*?)</p>|<div class="para">(.*?)</div>', seg, re.S)
        return [html.unescape(re.sub(r"<[^>]+>", "", a or b)).strip() for a, b in ps]
    blocks = [b.strip() for b in t.split("\n\n")]
    i = next(k for k, b in enumerate(blocks) if b.startswith(s))
    out = []
    for b in blocks[i:]:
        if b.startswith(e): break
        if not b or b.startswith(SKIP): continue
        out.append(" ".join(l.strip() for l in b.split("\n")))
    return out
def reader_text(f):
    t = texts[f]
    if f.endswith(".html"):
        t = re.sub(r"</?(a|span|b|strong|em|i|time)\b[^>]*>", "", t)  # inline tags vanish
        t = re.sub(r"<[^>]+>", " ", t); t = html.unescape(t)
    return re.sub(r"\s+", " ", t)
PARAS = {f: body_paragraphs(f) for f in texts}
READER = {f: reader_text(f) for f in texts}
BODY = {f: "\n".join(PARAS[f]) for f in texts}

print("articles:")
for f in sorted(texts):
    ps = PARAS[f]; w = sum(len(p.split()) for p in ps)
    print(f"  {f:32s} paragraphs={len(ps):2d} words={w}")
    if not (13 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs (want 13-16)")
    if not (550 <= w <= 680): errors.append(f"{f}: {w} words (want 550-680)")
    for p in ps:
        if re.search(r"&[a-z#0-9]+;|<[a-z/]", p): errors.append(f"{f}: markup left in paragraph {p[:40]!r}")
        if len(p.split()) < 8: errors.append(f"{f}: suspiciously short paragraph {p!r}")

# ---- clutter / metadata per file: headline, dek, byline+role, outlet, date, nav, cookie, share, ad,
#      read-more/related, photo caption+credit, most-read, newsletter, footer/copyright, author bio
def need(f, label, *needles):
    for n in needles:
        if n not in texts[f]: errors.append(f"{f}: missing {label} marker {n!r}")
CLUTTER = {
 MF: dict(headline="RESCUERS RACE TO REACH 27 MINERS", dek="company points to an earth tremor",
          byline="By Rosa Ilabaca, Regional Correspondent", outlet="THE ANDEAN LEDGER", date="Tuesday 4 March 2025",
          nav="Home > World > Americas", cookie="[Cookies]", share="Share: Facebook", ad="ADVERTISEMENT",
          readmore="Read more:", related="RELATED", caption="Photo: Ignacio Berrios", mostread="MOST READ",
          newsletter="NEWSLETTER:", footer="(c) 2025 The Andean Ledger", bio="ABOUT THE AUTHOR"),
 MU: dict(headline='<h1 class="headline">', dek='class="standfirst"', byline='<span class="author-role">Senior Reporter</span>',
          outlet='content="Southern Cone Tribune"', date='<time datetime="2025-03-08T10:20:00-03:00">', nav='class="breadcrumbs"',
          cookie='id="cookie-consent"', share="Share on WhatsApp", ad="ADVERTISEMENT", readmore="Read more", related="related-articles",
          caption="<figcaption>", credit="Photo: Camila Otárola", mostread="Most read", newsletter="newsletter-box",
          footer="&copy; 2025 Southern Cone Tribune", bio='class="author-bio"'),
 VE: dict(headline="# Velmora lifts minimum wage", dek="**Wage commission votes 7-2", byline="*By Ines Kaltenbrunn, Economics Editor",
          outlet="site_name: Velmora Business Daily", date="date: 2025-01-15", nav="[Home](/) / [Economy]", cookie="**Cookies:**",
          share="[Share on Facebook]", ad="*ADVERTISEMENT*", readmore="**Read more:**", related="**Related:**",
          caption="Photo: Henrik Maas / VBD", mostread="**Most read today**", newsletter="our free daily economics newsletter",
          footer="© 2025 Velmora Business Daily", bio="*Ines Kaltenbrunn is economics editor"),
 KA: dict(headline="Kastrany to raise minimum wage by decree after talks fail\n=====", dek="Hourly floor goes from 9.20 to 10.05 dinars",
          byline="By Mirela Duskova, Labour Affairs Reporter", outlet="THE KASTRANY HERALD", date="Published: Monday 3 February 2025",
          nav="You are here: Home / Business / Labour", cookie="stores cookies", share="[ Share ]", ad="ADVERTISEMENT",
          readmore="READ MORE:", caption="(Photo: Petar Ilic/The Kastrany Herald)", mostread="MOST READ",
          newsletter="Herald Evening Briefing", footer="Copyright (c) 2025 The Kastrany Herald", bio="About the author:"),
 FI: dict(headline="<h1>&ldquo;The Salt Keepers&rdquo; takes the Golden Lantern", dek='<div class="dek">',
          byline='<span class="role">Film Critic</span>', outlet='<div class="brand">Screen Ledger</div>', date="Published 22 June 2025",
          nav='<div class="crumbs">', cookie="gdpr-consent", share='<div class="share-row">', ad="ADVERTISEMENT",
          readmore="Read more:", related="related-box", caption='<div class="caption">', credit="Photo: Joana Seixal / Screen Ledger",
          mostread="Most read", newsletter="film newsletter", footer="&copy; 2025 Screen Ledger", bio='<div class="author-box">'),
 SA: dict(headline='<h1 class="entry-title">', dek='class="entry-excerpt"', byline="</span>, Space Reporter</span>",
          outlet='<meta property="og:site_name" content="Orbital Post">', date="18 September 2025", nav='id="site-navigation"',
          cookie="cmplz-cookiebanner", share="Share this:", ad="ADVERTISEMENT", readmore="Read more:", related="jp-relatedposts",
          caption="wp-element-caption", credit="Photo: Auralis Space / handout", mostread="Most Read",
          newsletter="Launch Window newsletter", footer="&copy; 2025 Orbital Post", bio="author-bio"),
 VI: dict(headline="# Ashby Wendle villagers club together", dek="## Share offer raises",
          byline="*Gareth Hume, Community Affairs Reporter", outlet="**THE FELLSIDE COURIER**", date="Sunday 12 October 2025",
          nav="[News](/news) › [Cumbria]", cookie="We use cookies", share="Share: [Facebook]", ad="ADVERTISEMENT",
          readmore="**Read more:**", related="**Related:**", caption="Picture: Ellie Nunn / The Fellside Courier",
          mostread="### Most read", newsletter="**Fellside Weekly**", footer="© 2025 The Fellside Courier", bio="*Gareth Hume reports on"),
}
for f, d in CLUTTER.items():
    for label, n in d.items(): need(f, label, n)
# layout variants
if b"\r" in raw[MF]: errors.append(f"{MF}: should have \\n endings")
long_lines = [l for l in texts[MF].split("\n") if len(l) > 72]
if long_lines: errors.append(f"{MF}: {len(long_lines)} lines over 72 columns")
mf_blocks = [b for b in texts[MF].split("\n\n") if b.startswith("VILLA COYAR")]
if not mf_blocks or "\n" not in mf_blocks[0]: errors.append(f"{MF}: body not hard-wrapped")
if raw[KA].count(b"\n") != raw[KA].count(b"\r\n") or b"\r\n" not in raw[KA]: errors.append(f"{KA}: not consistently \\r\\n")
if not re.search(r"\n={20,}\n", texts[KA]): errors.append(f"{KA}: title not underlined with ====")
if b"\r" in raw[VE] or b"\r" in raw[VI]: errors.append("md files should have \\n endings")
if not texts[VE].startswith("---\ntitle:"): errors.append(f"{VE}: no YAML front matter")
for k in ("description:", "author: Ines Kaltenbrunn", "author_role: Economics Editor", "date: 2025-01-15T06:45:00+01:00"):
    if k not in texts[VE].split("\n---\n")[0]: errors.append(f"{VE}: front matter lacks {k!r}")
if texts[VI].startswith("---"): errors.append(f"{VI}: should have no front matter")
for bad in ["<p", "<article", "<main", "<section", "<header", "<footer", "<nav", "<aside", "<figure", "<ul", "<ol", "<li"]:
    if bad in texts[FI]: errors.append(f"{FI}: divs only, found {bad}")
need(MU, "layout", "<article", '"@type": "NewsArticle"', "application/ld+json", "<time datetime=")
need(SA, "layout", 'content="WordPress', "wp-content/uploads", 'class="entry-content"', "wp-block-")
if not any(re.search(r"&(rsquo|ldquo|mdash|#82\d\d|oslash);", texts[f]) for f in texts if f.endswith(".html")):
    errors.append("no HTML entities in any page")
for f in texts:
    if f.endswith(".html") and texts[f].count("<h1") != 1: errors.append(f"{f}: want exactly one h1")

# ---- questions
draft_q, draft_hist, kind = [], [], None
for line in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8").read().split("\n"):
    if line.startswith("## "): kind = line[3:].strip()
    elif line.startswith("- "): draft_q.append((line[2:], kind)); draft_hist.append([])
    elif line.startswith(">> earlier: "): draft_hist[-1].append(line)
    elif line.strip() and not line.startswith("#"): errors.append(f"draft: stray line {line[:50]!r}")
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
if [(r["user_input"], r["kind"]) for r in rows] != draft_q: errors.append("questions.jsonl does not follow the draft word for word")
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "about_article": 11, "overview": 9,
         "dated_version": 9, "mention": 8, "unanswerable": 8, "near_miss": 8}
if [r["id"] for r in rows] != [f"f9-{n:03d}" for n in range(1, len(rows) + 1)]: errors.append("ids are not f9-001.. in order")
LOOKALIKE = {VE: ["velmora", "ostrenburg", "solvang", "reinholt", "trost", "horvath"],
             KA: ["kastrany", "brezovac", "vrabec", "marek", "pesic", "beric", "horak"]}
PAIR = {MF, MU}
for r, dh in zip(rows, draft_hist):
    i = r.get("id")
    for k in REQ:
        if k not in r: errors.append(f"{i}: missing key {k}")
    if set(r) - set(REQ) - {"history"}: errors.append(f"{i}: extra keys {set(r) - set(REQ) - {'history'}}")
    if r["kind"] not in KINDS: errors.append(f"{i}: unknown kind {r['kind']}")
    if not isinstance(r["answerable"], bool): errors.append(f"{i}: answerable not bool")
    if "history" in r:
        h = r["history"]
        if not (isinstance(h, list) and h and all(isinstance(x, dict) and set(x) == {"role", "content"}
                and x["role"] in ("user", "assistant") and x["content"] for x in h)):
            errors.append(f"{i}: bad history")
        elif len(h) != len(dh) or h[0]["role"] != "user": errors.append(f"{i}: history does not match draft")
    elif dh: errors.append(f"{i}: draft has earlier turns but row has no history")
    ref = r["reference"]
    if not (ref and ref[0].isupper() and ref.rstrip()[-1] in ".\u201d\"" and len(ref.split()) >= 5):
        errors.append(f"{i}: reference is not a full sentence: {ref!r}")
    arts = [a for a in r["article"].split(",") if a] if r["article"] else []
    if any(a not in texts for a in arts): errors.append(f"{i}: unknown article {r['article']}"); continue
    if len(arts) == 1 and arts[0] in LOOKALIKE and r["kind"] != "mention":  # mention rows ask "any article?"
        ql = r["user_input"].lower()  # the question itself must name it; history does not count
        if not any(n in ql for n in LOOKALIKE[arts[0]]): errors.append(f"{i}: look-alike question does not name its place/person")
    if len(arts) == 2 and set(arts) == set(LOOKALIKE) and r["kind"] != "about_article":
        ql = r["user_input"].lower()
        if not all(any(n in ql for n in v) for v in LOOKALIKE.values()): errors.append(f"{i}: pair question names only one place")
    if r["kind"] == "dated_version" and not set(arts) <= PAIR: errors.append(f"{i}: dated_version outside the story told twice")
    if not r["answerable"]:
        if r["key_facts"]: errors.append(f"{i}: no-answer row has key facts")
        if r["kind"] not in ("unanswerable", "near_miss", "mention"): errors.append(f"{i}: kind {r['kind']} cannot be unanswerable")
        if r["kind"] == "near_miss":
            if len(arts) != 1: errors.append(f"{i}: near_miss wants exactly one article")
            if len(r["reference_contexts"]) != 1: errors.append(f"{i}: near_miss wants exactly one context paragraph")
        elif arts or r["reference_contexts"]:
            errors.append(f"{i}: {r['kind']} no-answer row should have article '' and no contexts")
    else:
        if r["kind"] in ("unanswerable", "near_miss"): errors.append(f"{i}: {r['kind']} marked answerable")
        if not arts: errors.append(f"{i}: answerable row without article")
        if not r["key_facts"]: errors.append(f"{i}: no key facts")
        if not r["reference_contexts"]: errors.append(f"{i}: no reference contexts")
    if r["kind"] == "overview" and not 3 <= len(r["key_facts"]) <= 5: errors.append(f"{i}: overview wants 3-5 key facts")
    if r["kind"] == "multi_part" and len(r["key_facts"]) < 2: errors.append(f"{i}: multi_part wants one key fact per part")
    ctx_text = []
    for c in r["reference_contexts"]:
        if c.startswith("META|"):
            if r["kind"] != "about_article": errors.append(f"{i}: META context outside about_article")
            val = c.split("|", 1)[1].split(": ", 1)[-1]
            if not any(val in READER[a] for a in arts): errors.append(f"{i}: META value not on page: {val[:50]!r}")
            ctx_text.append(val)
        else:
            if not any(c in PARAS[a] for a in arts): errors.append(f"{i}: context is not a full body paragraph: {c[:60]!r}")
            ctx_text.append(c)
    if len(set(r["reference_contexts"])) != len(r["reference_contexts"]): errors.append(f"{i}: duplicate contexts")
    for kf in r["key_facts"]:
        if not 1 <= len(kf.split()) <= 5: errors.append(f"{i}: key fact length {len(kf.split())}: {kf!r}")
        if not any(kf in READER[a] for a in arts): errors.append(f"{i}: key fact not in article text: {kf!r}")
        if not any(kf in c for c in ctx_text): errors.append(f"{i}: key fact not in any of the row's contexts: {kf!r}")

# ---- 5-word overlaps between questions and article bodies (WARN)
def words(s): return re.findall(r"[a-z0-9']+", s.lower().replace("\u2019", "'"))
grams = set()
for f in texts:
    w = words(BODY[f]); grams |= {tuple(w[k:k + 5]) for k in range(len(w) - 4)}
for r in rows:
    w = words(r["user_input"])
    hit = [" ".join(w[k:k + 5]) for k in range(len(w) - 4) if tuple(w[k:k + 5]) in grams]
    if hit: warnings.append(f"{r['id']}: question shares 5-word run with an article: {hit[0]!r}")

# ---- mention-no terms absent everywhere
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
if sorted(terms) != sorted(r["id"] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
for n, ts in terms.items():
    r = next((x for x in rows if x["id"] == n), None)
    if r is None or r["answerable"] or r["kind"] != "mention": errors.append(f"{n}: not a mention-no row"); continue
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"{n}: no term appears in the question")
    for term in ts:
        for f in texts:
            if term.lower() in texts[f].lower() or term.lower() in READER[f].lower(): errors.append(f"{n}: term {term!r} found in {f}")

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
print("  per article:"); [print(f"    {a}: {c}") for a, c in sorted(per_art.items())]
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
