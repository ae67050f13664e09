#!/usr/bin/env python3
"""Checks dev18: articles/ (7 files), questions_draft.txt, questions.jsonl and mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 check_set.py"""
import json, os, re, sys, collections
import articles_lib as L

D = L.D
ART = L.ART
texts = {f: L.raw_text(f) for f in L.FILES}               # \r\n already translated to \n
raw = {f: open(os.path.join(ART, f), "rb").read() for f in texts}
seen = {f: L.page_text_joined(f) for f in texts}           # tags stripped, entities unescaped, wraps joined
errors, warnings = [], []

EXPECTED = {
    "ferry_aground_first.txt", "ferry_aground_update.html",
    "aldbridge_language_cuts.md", "vesterholm_arts_cuts.txt",
    "greenvault_founder_verdict.html", "ravensholt_zoo_leopard.html", "norovirus_vaccine_trial.md",
}
if set(texts) != EXPECTED: errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
ext = collections.Counter(f.rsplit(".", 1)[1] for f in texts)
if ext != {"html": 3, "txt": 2, "md": 2}: errors.append(f"format mix {dict(ext)} != 3 html / 2 txt / 2 md")

# ---- bodies: 13-16 paragraphs, 550-680 words
BODY = {f: L.body_paragraphs(f) for f in texts}
print("articles:")
for f, ps in BODY.items():
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:34s} paragraphs={len(ps):2d} words={w}")
    if not (13 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs (want 13-16)")
    if not (550 <= w <= 680): errors.append(f"{f}: {w} words (want 550-680)")
    for p in ps:
        if re.search(r"<[a-z/]|&[a-z#0-9]+;|ADVERTISEMENT|Read more", p):
            errors.append(f"{f}: clutter or markup leaked into a body paragraph: {p[:50]!r}")
        if len(p.split()) < 15: warnings.append(f"{f}: short body paragraph ({len(p.split())} words): {p[:40]!r}")

# ---- clutter and metadata: every page carries every category (in its own form)
CLUTTER = {
    "ferry_aground_first.txt": {
        "headline": "FERRY RUNS AGROUND OFF PELINOS", "dek": "Passengers ferried ashore by fishing boats",
        "byline+role": "By Nikos Varelas, Islands Correspondent", "outlet": "Aegean Morning Post",
        "date": "Published: 14 June 2025", "nav": "Home > Greece > Islands", "cookie": "COOKIE NOTICE",
        "share": "Share: Facebook", "ad": "ADVERTISEMENT", "read-more": "Read more:", "photo+credit": "[Photo:",
        "most-read": "MOST READ", "newsletter": "NEWSLETTER:", "footer": "(c) 2025 Aegean Morning Post",
        "author-bio": "About the author:"},
    "ferry_aground_update.html": {
        "headline": "<h1>Kallisto Star was off course", "dek": 'class="standfirst"',
        "byline+role": '<span class="author">Daphne Kourou</span>, Maritime Affairs Editor',
        "outlet": 'og:site_name" content="Hellas Shipping Chronicle"', "date": '<time datetime="2025-06-18T16:30:00+03:00">',
        "nav": 'class="breadcrumbs"', "cookie": "cookie-consent", "share": "share-buttons", "ad": "ADVERTISEMENT",
        "read-more": "related-articles", "photo+credit": "<figcaption>", "most-read": "Most read",
        "newsletter": "newsletter-signup", "footer": "&copy; 2025 Hellas Shipping Chronicle", "author-bio": "author-bio"},
    "aldbridge_language_cuts.md": {
        "headline": "# Aldbridge University to axe", "dek": "**Vice-chancellor blames falling applications",
        "byline+role": "*By Hannah Whitcombe, Education Correspondent", "outlet": "site_name: Midlands Campus Review",
        "date": "date: 2025-03-11", "nav": "[Home](/) ›", "cookie": "**Cookies:**", "share": "Share: [Facebook]",
        "ad": "`ADVERTISEMENT`", "read-more": "**Read more:**", "photo+credit": "Photo: Jack Ormerod",
        "most-read": "### Most read", "newsletter": "**Newsletter:**", "footer": "© 2025 Midlands Campus Review",
        "author-bio": "### About the author"},
    "vesterholm_arts_cuts.txt": {
        "headline": "VESTERHOLM UNIVERSITY AXES FRENCH", "dek": "Board backs a savings plan",
        "byline+role": "By Mette Gravlund, Higher Education Reporter", "outlet": "NORDIC CAMPUS JOURNAL",
        "date": "2 April 2025, 14:05 CET", "nav": "Home / Higher education", "cookie": "This website uses cookies",
        "share": "Share this story:", "ad": "ADVERTISEMENT", "read-more": "Read more:", "photo+credit": "Photo: Students read",
        "most-read": "Most read this week:", "newsletter": "NEWSLETTER", "footer": "(c) 2025 Nordic Campus Journal",
        "author-bio": "About the author:"},
    "greenvault_founder_verdict.html": {
        "headline": '<div class="headline">', "dek": '<div class="dek">', "byline+role": "By Liam Harcourt, Courts Reporter",
        "outlet": '<div class="logo">The Port Kestrel Herald</div>', "date": '<div class="dateline">Thursday 22 May 2025',
        "nav": 'class="crumbs"', "cookie": "consent-bar", "share": "share-row", "ad": "ADVERTISEMENT",
        "read-more": "Read more:", "photo+credit": "Photo: Sean Mahony", "most-read": "Most read",
        "newsletter": "newsletter-box", "footer": "&copy; 2025 The Port Kestrel Herald", "author-bio": "author-bio"},
    "ravensholt_zoo_leopard.html": {
        "headline": '<h1 class="entry-title">', "dek": "entry-excerpt", "byline+role": "Joost Verkerk</a></span>, Regional Reporter",
        "outlet": "The Lowland Courier", "date": '<time class="entry-date published" datetime="2025-08-08',
        "nav": "main-navigation", "cookie": "cmplz-cookiebanner", "share": "Share this:", "ad": "ADVERTISEMENT",
        "read-more": "Read more:", "photo+credit": "wp-element-caption", "most-read": "Most read",
        "newsletter": "widget_newsletter", "footer": "&copy; 2025 The Lowland Courier", "author-bio": "author-bio"},
    "norovirus_vaccine_trial.md": {
        "headline": "# Norovirus vaccine cuts serious illness", "dek": "**Castellan Biologics' two-dose shot",
        "byline+role": "*By Priya Ranganathan, Science and Health Editor", "outlet": "Health Desk Weekly",
        "date": "· 1 October 2025*", "nav": "Home › Vaccines › Trials", "cookie": "We value your privacy",
        "share": "[Share on X]", "ad": "*ADVERTISEMENT*", "read-more": "**Read more:**", "photo+credit": "Photo: Thandi Mokoena",
        "most-read": "## Most read", "newsletter": "**Newsletter:**", "footer": "© 2025 Health Desk Weekly",
        "author-bio": "**About the author:**"},
}
for f, need in CLUTTER.items():
    for cat, needle in need.items():
        if needle not in texts.get(f, ""): errors.append(f"{f}: clutter {cat} missing ({needle!r})")

# ---- layout variants
fa = raw["ferry_aground_first.txt"]
if fa.count(b"\n") != fa.count(b"\r\n") or b"\r\n" not in fa: errors.append("ferry_aground_first.txt: not consistently CRLF")
m = re.search(r"^(FERRY RUNS AGROUND[^\n]*)\n(=+)$", texts["ferry_aground_first.txt"], re.M)
if not m or len(m.group(2)) != len(m.group(1)): errors.append("ferry_aground_first.txt: title not underlined with ====")
if any(len(p) < 100 for p in BODY["ferry_aground_first.txt"][:1]) or "\n" in "".join(BODY["ferry_aground_first.txt"]):
    errors.append("ferry_aground_first.txt: body paragraphs should be single long lines")
vt = texts["vesterholm_arts_cuts.txt"]
if b"\r" in raw["vesterholm_arts_cuts.txt"]: errors.append("vesterholm_arts_cuts.txt should have \\n endings")
if max(len(l) for l in vt.splitlines()) > 72: errors.append("vesterholm_arts_cuts.txt: a line exceeds 72 columns")
if sum(1 for l in vt.splitlines() if len(l) >= 60) < 40: errors.append("vesterholm_arts_cuts.txt: does not look hard-wrapped")
if not texts["aldbridge_language_cuts.md"].startswith("---\ntitle:"): errors.append("aldbridge md: no YAML front matter")
for k in ("author: Hannah Whitcombe", "author_role: Education Correspondent", "site_name: Midlands Campus Review", "description:"):
    if k not in texts["aldbridge_language_cuts.md"].split("\n---\n", 1)[0]: errors.append(f"aldbridge md front matter lacks {k!r}")
if texts["norovirus_vaccine_trial.md"].startswith("---"): errors.append("norovirus md should have no front matter")
g = texts["greenvault_founder_verdict.html"]
for bad in ("<p>", "<p ", "<article", "<main", "<section", "<header", "<footer", "<nav", "<aside", "<h1", "<h2", "<ul", "<li", "<figure"):
    if bad in g: errors.append(f"greenvault_founder_verdict.html: divs only, found {bad}")
u = texts["ferry_aground_update.html"]
for n in ("<article>", '<script type="application/ld+json">', '"@type": "NewsArticle"', "<time datetime="):
    if n not in u: errors.append(f"ferry_aground_update.html: missing {n!r}")
jl = re.search(r'<script type="application/ld\+json">(.*?)</script>', u, re.S)
try:
    ld = json.loads(jl.group(1))
    if ld["author"]["name"] != "Daphne Kourou" or not ld["datePublished"].startswith("2025-06-18"): errors.append("JSON-LD author/date mismatch")
except Exception as e:
    errors.append(f"ferry_aground_update.html: JSON-LD does not parse ({e})")
z = texts["ravensholt_zoo_leopard.html"]
for n in ('content="WordPress', "wp-content/", 'class="entry-content"', "<!-- .entry-content -->", "wp-block-"):
    if n not in z: errors.append(f"ravensholt_zoo_leopard.html: not WordPress-like, missing {n!r}")
for f in texts:
    if f.endswith(".html"):
        if not texts[f].startswith("<!DOCTYPE html>"): errors.append(f"{f}: no doctype")
        if len(re.findall(r"<h1", texts[f])) > 1: errors.append(f"{f}: several h1")
ents = [f for f in texts if f.endswith(".html") and re.search(r"&(rsquo|ldquo|euro|amp|#8211);", texts[f])]
if not ents: errors.append("no page uses HTML entities")

# ---- pairs
TWICE = ("ferry_aground_first.txt", "ferry_aground_update.html")
LOOKALIKE = {"aldbridge_language_cuts.md": ["aldbridge", "oakhurst", "england", "english", "midlands campus"],
             "vesterholm_arts_cuts.txt": ["vesterholm", "aasgaard", "denmark", "danish", "nordic campus"]}
for a, b in (TWICE, tuple(LOOKALIKE)):
    if texts[a].split("\n")[0] == texts[b].split("\n")[0]: errors.append("pair articles look identical")
for names in LOOKALIKE.values():  # each side's own names must not occur in the other body
    pass
if "aldbridge" in " ".join(BODY["vesterholm_arts_cuts.txt"]).lower() or "vesterholm" in " ".join(BODY["aldbridge_language_cuts.md"]).lower():
    errors.append("look-alike bodies name each other")

# ---- draft vs questions
draft, hist_lines, kind = [], collections.defaultdict(list), None
for line in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("# ") and " " not in line[2:].strip(): kind = line[2:].strip()
    elif line.startswith("- "): draft.append((kind, line[2:]))
    elif line.startswith(">> earlier: "):
        role, content = line[12:].split(": ", 1)
        hist_lines[len(draft) - 1].append({"role": role, "content": content})

rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
if [(r["kind"], r["user_input"]) for r in rows] != draft: errors.append("questions.jsonl does not follow questions_draft.txt word for word")
for n, r in enumerate(rows):
    if r.get("history", []) != hist_lines.get(n, []): errors.append(f"{r['id']}: history differs from the draft")

REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "about_article": 11, "overview": 9,
         "dated_version": 9, "mention": 8, "unanswerable": 8, "near_miss": 8}
if [r.get("id") for r in rows] != [f"d18-{n:03d}" for n in range(1, len(rows) + 1)]: errors.append("ids are not d18-001.. in order")

for r in rows:
    i = r.get("id")
    missing = [k for k in REQ if k not in r]
    if missing: errors.append(f"{i}: missing keys {missing}"); continue
    if set(r) - set(REQ) - {"history"}: errors.append(f"{i}: extra keys {set(r) - set(REQ) - {'history'}}")
    if r["kind"] not in KINDS: errors.append(f"{i}: unknown kind {r['kind']}")
    if not isinstance(r["answerable"], bool): errors.append(f"{i}: answerable not bool")
    if "history" in r:
        h = r["history"]
        if not (isinstance(h, list) and h and all(isinstance(x, dict) and set(x) == {"role", "content"} and x["role"] in ("user", "assistant")
                                                    and x["content"] for x in h)):
            errors.append(f"{i}: bad history")
        elif h[-1]["role"] != "assistant" or h[0]["role"] != "user": errors.append(f"{i}: history should run user ... assistant")
    ref = r["reference"]
    if not (isinstance(ref, str) and ref[:1].isupper() and ref.rstrip().endswith((".", "\"", "”")) and len(ref.split()) >= 6):
        errors.append(f"{i}: reference is not a full sentence: {ref!r}")
    arts = [a for a in r["article"].split("; ") if a] if r["article"] else []
    bad = [a for a in arts if a not in texts]
    if bad: errors.append(f"{i}: unknown article(s) {bad}"); continue
    ql = r["user_input"].lower()
    la = [a for a in arts if a in LOOKALIKE]
    if len(la) == 1 and r["kind"] != "mention" and not any(n in ql for n in LOOKALIKE[la[0]]):
        errors.append(f"{i}: look-alike question does not name its place/institution/person")
    if len(la) == 2 and r["kind"] != "about_article" and not all(any(n in ql for n in LOOKALIKE[a]) for a in la):
        errors.append(f"{i}: question spanning the look-alike pair must name both")
    if r["kind"] == "dated_version" and not set(arts) <= set(TWICE) | set():
        errors.append(f"{i}: dated_version row outside the story told twice")
    if r["kind"] == "dated_version" and not arts: errors.append(f"{i}: dated_version without article")
    paras = {p: a for a in arts for p in BODY[a]}
    if not r["answerable"]:
        if r["key_facts"]: errors.append(f"{i}: no-answer row has key facts")
        if r["kind"] not in ("unanswerable", "near_miss", "mention"): errors.append(f"{i}: kind {r['kind']} cannot be unanswerable")
        if r["kind"] == "near_miss":
            if len(arts) != 1: errors.append(f"{i}: near_miss needs exactly one article")
            if len(r["reference_contexts"]) != 1 or r["reference_contexts"][0] not in paras:
                errors.append(f"{i}: near_miss must cite exactly one full body paragraph")
        else:
            if arts: errors.append(f"{i}: {r['kind']} no-answer row should have article ''")
            if r["reference_contexts"]: errors.append(f"{i}: no-answer row has contexts")
        continue
    if r["kind"] in ("unanswerable", "near_miss"): errors.append(f"{i}: {r['kind']} marked answerable")
    if not arts: errors.append(f"{i}: answerable row without article")
    if not r["key_facts"]: errors.append(f"{i}: no key facts")
    if r["kind"] == "overview" and not 3 <= len(r["key_facts"]) <= 5: errors.append(f"{i}: overview wants 3-5 key facts")
    if r["kind"] == "multi_part" and len(r["key_facts"]) < 2: errors.append(f"{i}: multi_part wants one key fact per part")
    if not r["reference_contexts"]: errors.append(f"{i}: no reference contexts")
    for c in r["reference_contexts"]:
        if c.startswith("META|"):
            if r["kind"] != "about_article": errors.append(f"{i}: META context only allowed for about_article")
            for field in c.split("|")[1:]:
                k, v = field.split(": ", 1)
                if k in ("article count",):
                    if v != str(len(texts)): errors.append(f"{i}: META article count {v} != {len(texts)}")
                elif k == "file":
                    if v not in arts: errors.append(f"{i}: META file {v} not in row articles")
                elif not any(v in seen[a] for a in arts):
                    errors.append(f"{i}: META {k} value not on the page: {v[:50]!r}")
        elif c not in paras:
            errors.append(f"{i}: context is not a full body paragraph of its article(s): {c[:60]!r}")
    if r["kind"] != "about_article" and any(c.startswith("META|") for c in r["reference_contexts"]):
        errors.append(f"{i}: non-about row uses META")
    for kf in r["key_facts"]:
        if not 1 <= len(kf.split()) <= 5: errors.append(f"{i}: key fact length {len(kf.split())}: {kf!r}")
        if not any(kf in seen[a] for a in arts): errors.append(f"{i}: key fact not verbatim in its article(s): {kf!r}")
        if not any(kf in c for c in r["reference_contexts"]): errors.append(f"{i}: key fact not in any context: {kf!r}")
        if kf.lower() not in ref.lower(): warnings.append(f"{i}: key fact {kf!r} not repeated in the reference")
    used = {paras[c] for c in r["reference_contexts"] if c in paras}
    if len(arts) > 1 and r["kind"] != "about_article" and len(used) < len(arts):
        warnings.append(f"{i}: names {len(arts)} articles but cites paragraphs from {len(used)}")

# ---- mention-no terms absent everywhere
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
if sorted(terms) != sorted(r["id"] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
for i, ts in terms.items():
    r = next((x for x in rows if x["id"] == i), None)
    if r is None: continue
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"{i}: no term appears in the question")
    for term in ts:
        for f in texts:
            if term.lower() in texts[f].lower() or term.lower() in seen[f].lower():
                errors.append(f"{i}: term {term!r} found in {f}")

# ---- 5-word overlaps between questions (and user history turns) and article bodies -> WARN
def words(s): return re.findall(r"[a-z0-9£€$.,'’-]+", s.lower().replace("’", "'"))
def norm(w): return w.strip(".,")
grams = set()
for ps in BODY.values():
    for p in ps:
        ws = [norm(w) for w in words(p)]
        grams |= {tuple(ws[k:k + 5]) for k in range(len(ws) - 4)}
for r in rows:
    texts_q = [r["user_input"]] + [h["content"] for h in r.get("history", []) if h["role"] == "user"]
    for q in texts_q:
        ws = [norm(w) for w in words(q)]
        for k in range(len(ws) - 4):
            if tuple(ws[k:k + 5]) in grams:
                warnings.append(f"{r['id']}: 5-word run shared with an article: {' '.join(ws[k:k + 5])!r}")

# ---- summary
kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
for k, want in KINDS.items():
    print(f"  {k:14s} {kinds.get(k, 0):3d}  (want {want})")
    if kinds.get(k, 0) != want: errors.append(f"kind {k}: {kinds.get(k, 0)} != {want}")
if len(rows) != 110: errors.append(f"{len(rows)} questions, want 110")
print("  answerable:", sum(r["answerable"] for r in rows), " not answerable:", sum(not r["answerable"] for r in rows))
print("  with history:", sum(1 for r in rows if r.get("history")))
my = sum(1 for r in rows if r["kind"] == "mention" and r["answerable"]); mn = len(no_rows)
print("  mention yes/no:", my, "/", mn)
if (my, mn) != (4, 4): errors.append("mention split should be 4/4")
lower = sum(1 for r in rows if r["user_input"] == r["user_input"].lower())
print("  all-lowercase questions:", lower)
if lower < len(rows) * 0.6: errors.append("questions should be mostly lowercase")
per_art = collections.Counter(a for r in rows for a in (r["article"].split("; ") if r["article"] else ["(none)"]))
print("  per article:", dict(sorted(per_art.items())))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
