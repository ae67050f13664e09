#!/usr/bin/env python3
"""Checks fresh10: articles/ (7 files) and questions.jsonl + mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 check_set.py

Text matching is done on normalised text: HTML tags stripped and entities decoded,
whitespace runs collapsed to one space (so the CRLF file and the file hard-wrapped at
72 columns compare like the others). reference_contexts must equal a whole body
paragraph of the row's article(s); key facts must occur in the article text and
(outside about_article) inside one of the row's contexts."""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
# open() with default newline=None: \r\n is translated to \n, as Python reads it
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
raw = {f: open(os.path.join(ART, f), "rb").read() for f in texts}
errors, warnings = [], []

F1, F2 = "fire_first_report.txt", "fire_update.html"
US, NZ = "fourday_week_corvell.md", "fourday_week_ruatawa.txt"
MU, SE, RE = "museum_theft_meerholt.html", "carseat_recall_kinnest.html", "rescue_leader_profile.md"
EXPECTED = {F1, F2, US, NZ, MU, SE, RE}
if set(texts) != EXPECTED:
    errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
    print("\n".join(errors)); sys.exit(1)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def strip_html(s):
    s = re.sub(r"<script.*?</script>", " ", s, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


# visible text (for key facts) and full decoded text incl. meta tags / JSON-LD (for META contexts)
visible = {f: norm(strip_html(t) if f.endswith(".html") else t) for f, t in texts.items()}
fulltext = {f: norm(html.unescape(t)) for f, t in texts.items()}


# ---- body paragraphs per format
def txt_body(f, t):
    blocks = [b.strip() for b in t.split("\n\n")]
    start = next(i for i, b in enumerate(blocks) if "Published:" in b) + 1
    out = []
    for b in blocks[start:]:
        if not b: continue
        if b.startswith(("MOST READ", "-----")) or re.fullmatch(r"\d+ comments", b): break
        if b.startswith(("Share:", "Photo:", "ADVERTISEMENT", "Read more:")): continue
        out.append(norm(b))
    return out


def md_body(f, t):
    body = t.split("---\n", 2)[2] if t.startswith("---\n") else t
    blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
    start = next(i for i, b in enumerate(blocks) if b.startswith("*By ")) + 1
    out = []
    for b in blocks[start:]:
        if b == "---": break
        if b.startswith(("Share:", "![", "*ADVERTISEMENT*", "*Read more:")): continue
        if "\n" in b: errors.append(f"{f}: multi-line body block {b[:40]!r}")
        out.append(norm(b))
    return out


HTML_BODY = {  # file: (start marker, end marker, paragraph regex)
    F2: ('<div class="article-body" itemprop="articleBody">', "<!-- /article-body -->", r"<p>(.*?)</p>"),
    MU: ('<div class="entry-content">', "<!-- .entry-content -->", r"<p>(.*?)</p>"),
    SE: ('<div class="story-text">', "<!-- /story-text -->", r'<div class="para">(.*?)</div>'),
}


def html_body(f, t):
    a, b, rx = HTML_BODY[f]
    seg = t.split(a, 1)[1].split(b, 1)[0]
    return [norm(strip_html(p)) for p in re.findall(rx, seg, re.S)]


def body_paragraphs(f, t):
    if f.endswith(".txt"): return txt_body(f, t)
    if f.endswith(".md"): return md_body(f, t)
    return html_body(f, t)


paras = {}
print("articles:")
for f, t in texts.items():
    ps = body_paragraphs(f, t)
    paras[f] = ps
    w = sum(len(p.split()) for p in ps)
    longest = max(len(p.split()) for p in ps)
    print(f"  {f:30s} paragraphs={len(ps):2d} words={w} longest_paragraph={longest}")
    if not (13 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs (want 13-16)")
    if not (550 <= w <= 680): errors.append(f"{f}: {w} words (want 550-680)")
    for p in ps:
        if re.search(r"ADVERTISEMENT|Read more:|Photo:|Share:|comments$", p): errors.append(f"{f}: clutter inside body {p[:40]!r}")


# ---- format requirements
def need(f, *needles):
    for n in needles:
        if n not in texts.get(f, ""): errors.append(f"{f}: missing {n!r}")


need(F1, "HOLLINPORT EVENING COURIER", "Chemical warehouse fire sends toxic smoke over Hollinport\n=====",
     "By Dan Whitcombe, Chief Reporter", "Published: Tuesday 14 October 2025, 17:30", "ADVERTISEMENT",
     "Read more:", "MOST READ", "Photo:", "(Credit:", "Share:", "142 comments", "\u00a9 2025", "\u201c", "\u2019")
if b"\r\n" not in raw[F1] or raw[F1].count(b"\n") != raw[F1].count(b"\r\n"):
    errors.append(f"{F1}: not consistently \\r\\n")
need(NZ, "CENTRAL DISTRICTS CHRONICLE", "By Aroha Whitlock, Rural Affairs Reporter", "Published: Friday 28 March 2025",
     "cookies", "Menu:", "Local News > Rural > Education", "ADVERTISEMENT", "Read more:", "MOST READ", "Photo:",
     "34 comments", "(c) 2025")
if b"\r" in raw[NZ]: errors.append(f"{NZ} should have \\n endings")
if max(len(l) for l in texts[NZ].split("\n")) > 72: errors.append(f"{NZ}: a line is longer than 72 columns")
if sum(1 for b in texts[NZ].split("\n\n") if b.count("\n") >= 2) < 8: errors.append(f"{NZ}: does not look hard-wrapped")
need(US, "---\ntitle:", "\ndescription:", "\nauthor: \"Kelsey Tran, Education Reporter\"", "\ndate: 2025-02-11",
     "\nsite_name: \"Ozark Plains Observer\"", "# Corvell County", "*ADVERTISEMENT*", "*Read more:", "Photo:",
     "**About the author:**", "newsletter" if False else "sign up", "**Related stories**", "\u00a9 2025")
need(RE, "# \u2018You never stop listening", "**Morag Tennant has spent", "*By Callum Reid, Features Writer \u00b7 Summit & Glen Magazine \u00b7 12 April 2025*",
     "*ADVERTISEMENT*", "*Read more:", "Photo:", "19 comments", "**Most read**", "newsletter", "\u00a9 2025")
if texts[RE].startswith("---"): errors.append(f"{RE} should have no front matter")
COMMON_HTML = ["<!DOCTYPE html>", "<title>", "ADVERTISEMENT", "Share", "omment", "Read more:", "&rsquo;", "&copy;"]
need(F2, *COMMON_HTML, "<article", "<nav", "cookie-notice", "<footer", "related-articles", "breadcrumbs", "newsletter",
     '<script type="application/ld+json">', '"@type": "NewsArticle"', '<meta property="og:site_name" content="The Northern Ledger">',
     '<meta property="og:title"', '<time datetime="2025-10-17T09:15:00+01:00">', "Regional Affairs Correspondent", "<figcaption>", "&pound;")
need(MU, *COMMON_HTML, "entry-content", "wp-block-image", "wp-block-group", "widget_recent_entries", "widget_newsletter",
     "cookie-law-info-bar", "breadcrumbs", "author-bio", "Culture Editor", "&euro;", "&#8211;", "&ldquo;", "figcaption")
need(SE, *COMMON_HTML, "consent-popup", 'class="menu"', 'class="crumbs"', "related-box", "author-box", "signup",
     "Consumer Affairs Correspondent", 'class="caption"', "Photo:", "&pound;")
for bad in ["<p", "<article", "<main", "<section", "<header", "<footer", "<nav", "<h1", "<h2", "<span"]:
    if re.search(re.escape(bad) + r"[\s>]", texts[SE]): errors.append(f"{SE}: nested divs only, found {bad}")
for f in texts:
    if f.endswith(".html") and len(re.findall(r"<h1", texts[f])) > 1: errors.append(f"{f}: several h1")
    if f.endswith(".html") and re.search(r"[\u2018\u2019\u201c\u201d\u20ac\u00a3\u2013]", re.sub(r"<script.*?</script>", "", texts[f], flags=re.S)):
        warnings.append(f"{f}: raw curly quote/currency in HTML (entities expected)")

# ---- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "about_article": 11, "overview": 9,
         "dated_version": 9, "mention": 8, "unanswerable": 8, "near_miss": 8}
ids = collections.Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1: errors.append(f"duplicate id {i}")
want_ids = [f"f10-{n:03d}" for n in range(1, len(rows) + 1)]
if [r.get("id") for r in rows] != want_ids: errors.append("ids are not f10-001.. in order")
if len(rows) != 110: errors.append(f"{len(rows)} rows (want 110)")
lower_all = {f: fulltext[f].lower() for f in texts}
# look-alike pair: a question on only one of them must name its place / institution / person
LOOKALIKE = {US: [r"corvell", r"missouri", r"\br-3\b", r"ashby", r"ozark", r"monday club", r"\bu\.?s\.?\b", r"america", r"united states"],
             NZ: [r"ruatawa", r"new zealand", r"\bnz\b", r"tautahi", r"manawat", r"ranui", r"central districts", r"friday hub", r"kiwi"]}
FIRE = {F1, F2}
overview_arts = collections.Counter()
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
        ok = isinstance(h, list) and len(h) >= 2 and len(h) % 2 == 0 and all(
            isinstance(t, dict) and set(t) == {"role", "content"} and isinstance(t["content"], str) and t["content"].strip()
            and t["role"] == ("user" if n % 2 == 0 else "assistant") for n, t in enumerate(h))
        if not ok: errors.append(f"{i}: bad history (want alternating user/assistant dicts)")
    arts = [a for a in r["article"].split("; ") if a] if r["article"] else []
    for a in arts:
        if a not in texts: errors.append(f"{i}: unknown article {a}")
    if any(a not in texts for a in arts): continue
    if len(arts) == 1 and arts[0] in LOOKALIKE:
        ql = r["user_input"].lower()  # the question itself must name it; history does not count
        if not any(re.search(p, ql) for p in LOOKALIKE[arts[0]]):
            errors.append(f"{i}: look-alike question does not name its town/country/person/institution")
    pool_vis = " \n ".join(visible[a] for a in arts) if arts else " \n ".join(visible.values())
    pool_paras = [p for a in (arts or texts) for p in paras[a]]
    if r["kind"] == "dated_version" and not set(arts) & FIRE: errors.append(f"{i}: dated_version not on the twice-told fire story")
    if r["kind"] == "overview": overview_arts["; ".join(arts)] += 1
    if not r["answerable"]:
        if r["reference"] or r["key_facts"]: errors.append(f"{i}: no-answer row has reference/key_facts")
        if r["kind"] not in ("unanswerable", "near_miss", "mention"): errors.append(f"{i}: kind {r['kind']} cannot be unanswerable")
        if r["kind"] == "near_miss":
            # near_miss: names its article and cites exactly the paragraph naming the entity
            if len(arts) != 1: errors.append(f"{i}: near_miss needs exactly one article")
            if len(r["reference_contexts"]) != 1: errors.append(f"{i}: near_miss needs exactly one context")
            for c in r["reference_contexts"]:
                if c not in pool_paras: errors.append(f"{i}: near_miss context is not a body paragraph: {c[:60]!r}")
                asked = r["user_input"] + " " + " ".join(t["content"] for t in r.get("history", []) if t["role"] == "user")
                words = {w for w in re.findall(r"[a-z0-9]+", asked.lower()) if len(w) >= 5}
                if not any(w in c.lower() for w in words): warnings.append(f"{i}: near_miss context shares no name with the question")
        else:
            if r["reference_contexts"]: errors.append(f"{i}: no-answer row has contexts")
            if arts: errors.append(f"{i}: should have article ''")
        continue
    if r["kind"] in ("unanswerable", "near_miss"): errors.append(f"{i}: {r['kind']} marked answerable")
    if not arts: errors.append(f"{i}: answerable row without article")
    if not r["reference"] or not r["reference"].strip().endswith((".", "\u201d", ")")): errors.append(f"{i}: reference is not a full sentence")
    if not r["key_facts"]: errors.append(f"{i}: no key facts")
    if r["kind"] == "overview" and not 3 <= len(r["key_facts"]) <= 5: errors.append(f"{i}: overview wants 3-5 key facts")
    if r["kind"] == "multi_part" and len(r["key_facts"]) < 2: errors.append(f"{i}: multi_part wants one key fact per part")
    if not r["reference_contexts"]: errors.append(f"{i}: no reference contexts")
    for kf in r["key_facts"]:
        if kf not in pool_vis: errors.append(f"{i}: key fact not in article text: {kf!r}")
        if "\n" in kf: errors.append(f"{i}: key fact spans lines: {kf!r}")
        if not 1 <= len(kf.split()) <= 6: errors.append(f"{i}: key fact length {len(kf.split())}: {kf!r}")
        if r["kind"] != "about_article" and not any(kf in c for c in r["reference_contexts"]):
            errors.append(f"{i}: key fact not inside any context: {kf!r}")
    for c in r["reference_contexts"]:
        if r["kind"] == "about_article":
            if not c.startswith("META|"): errors.append(f"{i}: about_article context should be META|...: {c[:40]!r}"); continue
            parts = c.split("|")[1:]
            kv = dict(p.split(": ", 1) for p in parts if ": " in p)
            if len(kv) != len(parts): errors.append(f"{i}: malformed META {c[:60]!r}")
            a = kv.get("article")
            if a not in arts: errors.append(f"{i}: META article {a!r} not in row articles"); continue
            for k, v in kv.items():
                if k == "article": continue
                if norm(v) not in fulltext[a]: errors.append(f"{i}: META {k} value not in {a}: {v!r}")
            continue
        if c.startswith("META|"): errors.append(f"{i}: META context outside about_article"); continue
        if c not in pool_paras: errors.append(f"{i}: context is not a body paragraph of its article: {c[:60]!r}")
        n = len(c.split())
        if not 5 <= n <= 85: errors.append(f"{i}: context has {n} words")

for arts, n in overview_arts.items():
    if n != 1: errors.append(f"overview: {n} rows on {arts}")
for need_ov in [F1, F2, US, NZ, MU, SE, RE]:
    if overview_arts.get(need_ov, 0) != 1: errors.append(f"overview: none (or several) for {need_ov}")
if len(overview_arts) != 9: errors.append(f"overview: want 7 single-article + pair + twice-told, got {sorted(overview_arts)}")

# ---- mention-no terms absent everywhere
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
if sorted(terms) != sorted(r["id"] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
for rid, ts in terms.items():
    r = next((x for x in rows if x["id"] == rid), None)
    if r is None or r["answerable"] or r["kind"] != "mention": errors.append(f"{rid}: not a mention-no row"); continue
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"{rid}: no term appears in the question")
    for term in ts:
        for f, t in texts.items():
            if term.lower() in t.lower(): errors.append(f"{rid}: term {term!r} found in {f}")

kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
for k, want in KINDS.items():
    print(f"  {k:14s} {kinds.get(k, 0):3d}  (want {want})")
    if kinds.get(k, 0) != want: errors.append(f"kind {k}: {kinds.get(k, 0)} != {want}")
print("  answerable:", sum(r["answerable"] for r in rows), " not answerable:", sum(not r["answerable"] for r in rows))
nh = sum(1 for r in rows if r.get("history"))
print("  with history:", nh)
if not 6 <= nh <= 9: errors.append(f"{nh} follow-ups (want about 7)")
my = sum(1 for r in rows if r["kind"] == "mention" and r["answerable"]); mn = len(no_rows)
print("  mention yes/no:", my, "/", mn)
if (my, mn) != (4, 4): errors.append("mention split should be 4/4")
per_art = collections.Counter()
for r in rows:
    for a in (r["article"].split("; ") if r["article"] else ["(none)"]): per_art[a] += 1
print("  rows per article:", dict(sorted(per_art.items())))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
