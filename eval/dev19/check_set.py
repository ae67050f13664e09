#!/usr/bin/env python3
"""Checks dev19: articles/ (7 files) and questions.jsonl + mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 check_set.py"""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
PREFIX = "d19"
# open() with default newline=None: \r\n is translated to \n, as Python reads it
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
raw = {f: open(os.path.join(ART, f), "rb").read() for f in texts}
errors, warnings = [], []

FIRE1, FIRE2 = "wildfire_carrawong_first.txt", "wildfire_tallis_gap_update.html"
KES, KIL = "kessington_libraries.md", "kilbrannagh_libraries.txt"
CAS, HAL, OBIT = "castlebrae_manager_sacked.html", "halburys_data_breach.html", "obituary_prydderch.md"
EXPECTED = {FIRE1, FIRE2, KES, KIL, CAS, HAL, OBIT}
if set(texts) != EXPECTED:
    errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
    print("\n".join(errors)); sys.exit(1)


# ---- body paragraphs per format
def body_paragraphs(f, t):
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        start = next(i for i, b in enumerate(blocks) if "Published:" in b) + 1
        out = []
        for b in blocks[start:]:
            if b.startswith(("-----", "* * *")): break          # end of story: bio, newsletter, most read
            if not b or b.upper() == "ADVERTISEMENT": continue
            if b.startswith(("Share", "Read more:", "[Photo", "Photo:")): continue
            if "\n" in b and f != FIRE1: errors.append(f"{f}: multi-line body block {b[:40]!r}")
            out.append(" ".join(b.split("\n")))               # hard-wrapped file: join its lines
        return out
    if f.endswith(".md"):
        body = t.split("\n---\n", 1)[1] if t.startswith("---\n") else t   # drop YAML front matter
        body = body.split("\n---\n")[0]                                   # drop share / most-read footer
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        return [b for b in blocks if not b.startswith(("#", "**", "![", ">", "*", "["))]
    if f.endswith(".html"):
        m = re.search(r'<div class="article-body"[^>]*>(.*?)</div>\s*<div class="article-tags">', t, re.S) \
            or re.search(r'<div class="entry-content">(.*?)</div><!-- \.entry-content -->', t, re.S) \
            or re.search(r'<div class="story-text">(.*?)<div class="story-foot">', t, re.S)
        if not m: errors.append(f"{f}: body marker not found"); return []
        ps = re.findall(r"<p>(.*?)</p>", m.group(1), re.S) or re.findall(r'<div class="para">(.*?)</div>', m.group(1), re.S)
        return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in ps]


def norm(f, t):
    """Plain text of a file as a reader sees it: tags dropped, entities decoded, whitespace collapsed."""
    if f.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return " ".join(t.split())


PARAS = {f: body_paragraphs(f, t) for f, t in texts.items()}
NORM = {f: norm(f, t) for f, t in texts.items()}
print("articles:")
for f, ps in PARAS.items():
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:34s} paragraphs={len(ps):2d} words={w}  (shortest {min(len(p.split()) for p in ps)}, longest {max(len(p.split()) for p in ps)})")
    if not (13 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs (want 13-16)")
    if not (550 <= w <= 680): errors.append(f"{f}: {w} words (want 550-680)")
    for p in ps:
        if len(p.split()) > 80: errors.append(f"{f}: paragraph over 80 words: {p[:40]!r}")
        if re.search(r"ADVERTISEMENT|Read more:|Photo:|©|cookie", p, re.I): errors.append(f"{f}: clutter in body paragraph {p[:40]!r}")


# ---- format requirements
def need(f, *needles):
    for n in needles:
        if n not in texts[f]: errors.append(f"{f}: missing {n!r}")


# every page: headline, dek, byline with role, outlet, date
need(FIRE1, "CARRAWONG EVACUATED AS TALLIS GAP FIRE JUMPS CONTAINMENT LINES", "By Imogen Tarrant, Regional Reporter",
     "THE HIGHCOUNTRY LEDGER", "Published: Monday 13 January 2025, 6:45pm AEDT", "About 2,300 residents were ordered out",
     "ADVERTISEMENT", "Read more:", "MOST READ", "Share:", "Photo: Kym Ashby", "About the author:", "comments", "(c) 2025", "Home > News")
need(FIRE2, "<!DOCTYPE html>", "<article", '<script type="application/ld+json">', '"@type": "NewsArticle"',
     '<time datetime="2025-01-16T15:20:00+11:00">', '<meta property="og:site_name" content="Austral News Service">',
     '<meta property="og:title"', '<meta property="article:published_time" content="2025-01-16T15:20:00+11:00">',
     '<span class="author">Harriet Moorcroft</span>', '<span class="role">Emergency Services Reporter</span>',
     'class="standfirst"', "cookie-notice", "<nav", "breadcrumbs", "Advertisement", "Read more:", "Photo: Tom Riedel/ANS",
     "author-bio", "Most read", "newsletter", "142 comments", "&copy; 2025", "&rsquo;", "&ldquo;")
need(KES, "---\ntitle:", "\ndescription:", '\nauthor: "Priya Nandakumar"', "\ndate: 2025-03-05T23:10:00-05:00",
     '\nsite_name: "The Kessington Standard"', "# Kessington council votes to close three library branches",
     "*By Priya Nandakumar, City Hall Reporter", "> ADVERTISEMENT", "Read more:", "(Photo: Dale Whitcomb", "About the author:",
     "**Related**", "31 comments", "\u00a9 2025", "\u203a [City Hall]", "\u201c", "\u2019")
need(KIL, "Kilbrannagh councillors vote to cut library hours and close Ardnagh branch\n=====",
     "By Siobh\u00e1n N\u00ed Fhlatharta, Local Government Correspondent", "The Western Clarion", "Published: 11 March 2025, 08:05",
     "City council backs \u20ac640,000 savings plan", "This site uses cookies", "Advertisement", "Read more:",
     "(Photo: Eoin Mac Craith", "Sign up for", "Most read", "Comments (56)", "\u00a9 2025", "\u201c", "\u2019")
need(CAS, "<!DOCTYPE html>", "entry-content", "wp-block-image", "wp-block-buttons", "widget-area", "widget_recent_entries",
     '<h1 class="entry-title">Castlebrae Rovers sack Alan Brodie after Ferryport thrashing</h1>', "Jamie Rennie</a></span>, Football Writer",
     '<time class="entry-date published" datetime="2025-02-03T09:15:00+00:00">3 February 2025</time>', "The Terrace Post",
     "standfirst", "cookie-law-info-bar", "main-navigation", "breadcrumbs", "ADVERTISEMENT", "Read more:", "Photo: Gordon Leckie",
     "author-bio", "Newsletter", "Most read", "87 Comments", "&copy; 2025", "&#8211;", "&rsquo;")
need(HAL, "<!DOCTYPE html>", 'class="headline"', 'class="dek"', '<span class="name">Daniel Osei</span>',
     '<span class="job">Technology Correspondent</span>', "Retail Wire Daily &#183; 5 March 2025, 14:40 GMT",
     "consent", 'class="menu"', 'class="crumbs"', "ADVERTISEMENT", "Read more:", "Photo: Marcus Hale", 'class="bio"',
     "newsletter", "Most read", "23 comments", "&copy; 2025", "&pound;", "&rsquo;", "&ldquo;")
need(OBIT, "# Gwilym Prydderch, keeper of the Penrhos Point light", "**For 27 years",
     "*By Rhys Pennant, Features Editor \u00b7 The Cambrian Coast Chronicle \u00b7 22 April 2025*", "We use cookies",
     "> ADVERTISEMENT", "Read more:", "Photo: Prydderch family archive", "**Rhys Pennant** is", "**Sign up**",
     "**Most read**", "12 comments", "\u00a9 2025", "\u201c", "\u2019")
if texts[OBIT].startswith("---"): errors.append(f"{OBIT}: should have no front matter")
for bad in ["<p", "<article", "<main", "<section", "<header", "<footer", "<nav"]:
    if re.search(re.escape(bad) + r"[\s>]", texts[HAL]): errors.append(f"{HAL}: nested divs only, found {bad}")
# CRLF with ==== title
r = raw[KIL]
if b"\r\n" not in r or r.count(b"\n") != r.count(b"\r\n"): errors.append(f"{KIL}: not consistently \\r\\n")
lines = texts[KIL].split("\n")
i = next((k for k, l in enumerate(lines) if l.startswith("====")), None)
if i is None or len(lines[i]) != len(lines[i - 1]) or set(lines[i]) != {"="}: errors.append(f"{KIL}: title not underlined with ====")
# hard-wrapped at 72, LF
if b"\r" in raw[FIRE1]: errors.append(f"{FIRE1}: should have \\n endings")
if max(len(l) for l in texts[FIRE1].split("\n")) > 72: errors.append(f"{FIRE1}: line longer than 72")
if sum(1 for l in texts[FIRE1].split("\n") if len(l) >= 65) < 20: errors.append(f"{FIRE1}: does not look wrapped at 72")
for f in texts:
    if f.endswith(".html") and len(re.findall(r"<h1[\s>]", texts[f])) > 1: errors.append(f"{f}: several h1")

# ---- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "about_article": 11, "overview": 9,
         "dated_version": 9, "mention": 8, "unanswerable": 8, "near_miss": 8}
ids = collections.Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1: errors.append(f"duplicate id {i}")
want_ids = [f"{PREFIX}-{n:03d}" for n in range(1, len(rows) + 1)]
if [r.get("id") for r in rows] != want_ids: errors.append(f"ids are not {PREFIX}-001.. in order")
lower_all = {f: t.lower() for f, t in texts.items()}
LOOKALIKE = {KES: ["kessington", "ontario", "canada", "canadian", "elmvale", "riverside", "dunmore", "ashdown",
                   "oduya", "kowalczyk", "lefebvre", "whitfield"],
             KIL: ["kilbrannagh", "ireland", "irish", "ardnagh", "castlequay", "furlong", "brennock", "heverin", "garvey"]}
for r in rows:
    i = r.get("id")
    miss = [k for k in REQ if k not in r]
    if miss: errors.append(f"{i}: missing keys {miss}"); continue
    if set(r) - set(REQ) - {"history"}: errors.append(f"{i}: extra keys {set(r) - set(REQ) - {'history'}}")
    if r["kind"] not in KINDS: errors.append(f"{i}: unknown kind {r['kind']}")
    if not isinstance(r["answerable"], bool): errors.append(f"{i}: answerable not bool")
    if not r["user_input"].strip(): errors.append(f"{i}: empty question")
    if "history" in r:
        h = r["history"]
        ok = isinstance(h, list) and len(h) >= 2 and all(isinstance(t, dict) and set(t) == {"role", "content"}
                                                          and t["role"] in ("user", "assistant") and t["content"] for t in h)
        ok = ok and [t["role"] for t in h] == ["user", "assistant"] * (len(h) // 2) and len(h) % 2 == 0
        if not ok: errors.append(f"{i}: bad history")
    arts = [a for a in r["article"].split("; ") if a]
    if any(a not in texts for a in arts): errors.append(f"{i}: unknown article {r['article']}"); continue
    if len(arts) == 1 and arts[0] in LOOKALIKE:
        ql = r["user_input"].lower()  # the question itself must name it, history does not count
        if not any(n in ql for n in LOOKALIKE[arts[0]]): errors.append(f"{i}: look-alike question does not name its place/person")
    pool = [NORM[a] for a in arts] if arts else list(NORM.values())
    paras = [p for a in arts for p in PARAS[a]]
    if r["kind"] == "dated_version" and set(arts) != {FIRE1, FIRE2}: errors.append(f"{i}: dated_version should use both fire reports")
    if not r["answerable"]:
        if r["reference"] or r["key_facts"]: errors.append(f"{i}: no-answer question has reference/key_facts")
        if r["kind"] not in ("unanswerable", "near_miss", "mention"): errors.append(f"{i}: kind {r['kind']} cannot be unanswerable")
        if r["kind"] == "near_miss":
            if len(arts) != 1: errors.append(f"{i}: near_miss wants exactly one article")
            if not r["reference_contexts"]: errors.append(f"{i}: near_miss should cite the paragraph naming the entity")
            for c in r["reference_contexts"]:
                if c not in paras: errors.append(f"{i}: near_miss context is not a whole body paragraph: {c[:50]!r}")
        else:
            if arts: errors.append(f"{i}: should have article ''")
            if r["reference_contexts"]: errors.append(f"{i}: should have no contexts")
        continue
    if r["kind"] in ("unanswerable", "near_miss"): errors.append(f"{i}: {r['kind']} marked answerable")
    if not arts: errors.append(f"{i}: answerable row without article")
    if not r["reference"]: errors.append(f"{i}: empty reference")
    if not r["key_facts"]: errors.append(f"{i}: no key facts")
    if r["kind"] == "overview" and not 3 <= len(r["key_facts"]) <= 5: errors.append(f"{i}: overview wants 3-5 key facts")
    if r["kind"] == "multi_part" and len(r["key_facts"]) < 2: errors.append(f"{i}: multi_part wants one key fact per part")
    metas = " ".join(c for c in r["reference_contexts"] if c.startswith("META|"))
    for kf in r["key_facts"]:
        in_text = any(kf in t for t in pool)
        if not in_text and not (r["kind"] == "about_article" and kf in metas):
            errors.append(f"{i}: key fact not in article: {kf!r}")
        if "\n" in kf: errors.append(f"{i}: key fact spans lines: {kf!r}")
        if not 1 <= len(kf.split()) <= 6: errors.append(f"{i}: key fact length {len(kf.split())}: {kf!r}")
    if not r["reference_contexts"]: errors.append(f"{i}: no reference contexts")
    for c in r["reference_contexts"]:
        if r["kind"] == "about_article":
            if not c.startswith("META|"): errors.append(f"{i}: about_article context should be META|...")
            for part in c.split("|")[1:]:
                k, _, v = part.partition(": ")
                if k in ("file", "files", "count"): continue
                if not any(v in t for t in pool): errors.append(f"{i}: META value not in article: {v!r}")
            continue
        if c not in paras: errors.append(f"{i}: context is not a whole body paragraph: {c[:60]!r}")
        if not 5 <= len(c.split()) <= 85: errors.append(f"{i}: context has {len(c.split())} words")

# ---- overview coverage: one per article + the pair + the twice-told story
ov = [tuple(sorted(a for a in r["article"].split("; ") if a)) for r in rows if r["kind"] == "overview"]
want_ov = sorted([(f,) for f in EXPECTED] + [tuple(sorted((KES, KIL))), tuple(sorted((FIRE1, FIRE2)))])
if sorted(ov) != want_ov: errors.append(f"overview coverage wrong: {sorted(ov)}")

# ---- mention-no terms absent everywhere
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
if sorted(terms) != sorted(r["id"][len(PREFIX) + 1:] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
for n, ts in terms.items():
    r = next((x for x in rows if x["id"] == f"{PREFIX}-{n}"), None)
    if r is None or r["answerable"] or r["kind"] != "mention": errors.append(f"{PREFIX}-{n}: not a mention-no row"); continue
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"{PREFIX}-{n}: no term appears in the question")
    for term in ts:
        for f, t in lower_all.items():
            if term.lower() in t: errors.append(f"{PREFIX}-{n}: term {term!r} found in {f}")

kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
for k, want in KINDS.items():
    print(f"  {k:14s} {kinds.get(k, 0):3d}  (want {want})")
    if kinds.get(k, 0) != want: errors.append(f"kind {k}: {kinds.get(k, 0)} != {want}")
if len(rows) != 110: errors.append(f"{len(rows)} rows, want 110")
print("  answerable:", sum(r["answerable"] for r in rows), " not answerable:", sum(not r["answerable"] for r in rows))
nh = sum(1 for r in rows if r.get("history"))
print("  with history:", nh)
if not 5 <= nh <= 9: errors.append(f"{nh} follow-ups, want about 7")
my = sum(1 for r in rows if r["kind"] == "mention" and r["answerable"]); mn = len(no_rows)
print("  mention yes/no:", my, "/", mn)
if (my, mn) != (4, 4): errors.append("mention split should be 4/4")
per_art = collections.Counter()
for r in rows:
    for a in (r["article"].split("; ") if r["article"] else ["(none)"]): per_art[a] += 1
print("  per article:", dict(sorted(per_art.items())))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
