#!/usr/bin/env python3
"""Checks questions.jsonl (dev4) against the articles in articles/. Adapted from eval/fresh4/check_set.py."""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
errors, warnings = [], []

EXPECTED = {
    "torsa_ferry_breakdown.txt", "torsa_ferry_update.html", "leaving_cert_grading_error.md",
    "nsw_hsc_marks_mixup.html", "dunewave_festival_storm.txt", "calloway_migraine_trial.md",
    "northfield_harvest_lane_merger.html",
}
if set(texts) != EXPECTED: errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")

# ---- articles: body words and paragraph counts
CLUTTER_PREFIX = ("Advertisement", "Share this article", "Sign up", "Read more:", "Most read",
                  "Comments (", "(Reporting by")
HEADER_BLOCKS = {"torsa_ferry_breakdown.txt": 3, "dunewave_festival_storm.txt": 1}
HTML_BODY = {
    "torsa_ferry_update.html": r'<div class="article-body">(.*?)</div>\s*<footer class="article-foot">',
    "nsw_hsc_marks_mixup.html": r'<div class="story-body">(.*?)</div>\s*<div class="story-tags">',
    "northfield_harvest_lane_merger.html": r'<div class="story-text">(.*?)<div class="story-foot">',
}
def body_paragraphs(f, t):
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n") if b.strip()]
        blocks = blocks[HEADER_BLOCKS[f]:]
        return [b for b in blocks if not b.startswith(CLUTTER_PREFIX) and "Photograph:" not in b]
    if f.endswith(".md"):
        body = t.split("---", 2)[2] if t.startswith("---") else t
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        return [b for b in blocks if not b.startswith("#") and not b.startswith("**By")
                and not (b.startswith("*") and b.endswith("*"))]
    if f.endswith(".html"):
        m = re.search(HTML_BODY[f], t, re.S)
        if not m: errors.append(f"{f}: body container not found"); return []
        return [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]
print("articles:")
for f, t in texts.items():
    ps = body_paragraphs(f, t)
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:38s} paragraphs={len(ps):2d} words={w}")
    if not (12 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs")
    if not (600 <= w <= 950): errors.append(f"{f}: {w} words")
    if f.endswith(".html"):
        for needle in ["<title>", '<meta name="author"', "<h1>", "<nav", "cookie", "Advertisement",
                       "share", "omments", "<footer" if "<footer" in t else 'class="site-footer"']:
            if needle not in t: errors.append(f"{f}: missing {needle}")
        if '<meta name="date"' not in t and 'property="article:published_time"' not in t:
            errors.append(f"{f}: no date meta")
        if not re.search(r'class="(standfirst|dek|article-summary)"', t): errors.append(f"{f}: no standfirst element")
        if "&amp;" in "".join(ps) or "&#" in "".join(ps): warnings.append(f"{f}: entity in body text")
    if f.endswith(".md") and not re.search(r"^# ", t, re.M) and not t.startswith("---"):
        errors.append(f"{f}: md without headline or front matter")
htmls = [f for f in texts if f.endswith(".html")]
n_article = sum("<article" in texts[f] for f in htmls)
if n_article != 2: errors.append(f"expected 2 html pages with <article>, got {n_article}")
if not any("application/ld+json" in texts[f] and '"NewsArticle"' in texts[f] for f in htmls):
    errors.append("no html page with NewsArticle JSON-LD")
if not any("Related:" in texts[f] and "pull-quote" in texts[f] for f in htmls):
    errors.append("no html page with Related: paragraph and pull quote")
mds = [f for f in texts if f.endswith(".md")]
if sorted(texts[f].startswith("---") for f in mds) != [False, True]:
    errors.append("expected one md with front matter and one without")

# ---- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
ids = collections.Counter(r["id"] for r in rows)
for i, c in ids.items():
    if c > 1: errors.append(f"duplicate id {i}")
texts_q = collections.Counter(r["user_input"].strip().lower() for r in rows)
for q, c in texts_q.items():
    if c > 1: errors.append(f"duplicate question {q!r}")
lower_all = {f: t.lower() for f, t in texts.items()}
for r in rows:
    i = r.get("id", "?")
    for k in REQ:
        if k not in r: errors.append(f"{i}: missing key {k}")
    if not re.fullmatch(r"d4-\d{3}", i): errors.append(f"{i}: bad id")
    if "history" in r and (not isinstance(r["history"], list) or not r["history"]
                           or not all(isinstance(h, str) and h for h in r["history"])):
        errors.append(f"{i}: bad history")
    art = r["article"]
    if art and art not in texts: errors.append(f"{i}: unknown article {art}"); continue
    pool = [texts[art]] if art else list(texts.values())
    if not r["answerable"]:
        if r["reference"] or r["key_facts"] or r["reference_contexts"]:
            errors.append(f"{i}: unanswerable question has reference/key_facts/contexts")
        if r["kind"] == "near_miss" and not art: errors.append(f"{i}: near_miss without article")
        if r["kind"] in ("unanswerable", "mention") and art: errors.append(f"{i}: should have article ''")
        if r["kind"] not in ("unanswerable", "mention", "near_miss"): errors.append(f"{i}: kind {r['kind']} not answerable")
        continue
    if r["kind"] in ("unanswerable", "near_miss"): errors.append(f"{i}: {r['kind']} marked answerable")
    if not r["reference"]: errors.append(f"{i}: empty reference")
    if not r["key_facts"]: errors.append(f"{i}: no key facts")
    if r["kind"] == "overview" and not 3 <= len(r["key_facts"]) <= 5: errors.append(f"{i}: overview needs 3-5 key facts")
    if r["kind"] == "multi_part" and not 2 <= len(r["key_facts"]) <= 4: errors.append(f"{i}: multi_part key facts {len(r['key_facts'])}")
    for kf in r["key_facts"]:
        if not any(kf in t for t in pool): errors.append(f"{i}: key fact not in article: {kf!r}")
        if not 1 <= len(kf.split()) <= 6: warnings.append(f"{i}: key fact length {len(kf.split())}: {kf!r}")
    for c in r["reference_contexts"]:
        if not any(c in t for t in pool): errors.append(f"{i}: context not in article: {c[:60]!r}")
        n = len(c.split())
        if not 10 <= n <= 30 and r["kind"] != "about_article":
            warnings.append(f"{i}: context has {n} words")
    if r["kind"] != "about_article" and not r["reference_contexts"]:
        errors.append(f"{i}: no reference contexts")

# ---- mention-no terms absent everywhere
terms = json.load(open(os.path.join(D, "mention_no_terms.json")))
no_rows = {r["id"] for r in rows if r["kind"] == "mention" and not r["answerable"]}
if {f"d4-{n}" for n in terms} != no_rows: errors.append("mention_no_terms.json keys != mention-no rows")
for n, ts in terms.items():
    r = next((x for x in rows if x["id"] == f"d4-{n}"), None)
    if r is None: errors.append(f"d4-{n}: no such row"); continue
    if r["answerable"] or r["kind"] != "mention": errors.append(f"d4-{n}: not a mention-no row")
    for term in ts:
        for f, t in lower_all.items():
            if term.lower() in t: errors.append(f"d4-{n}: term {term!r} found in {f}")

KINDS = ["lookup", "why_how", "multi_part", "overview", "about_article", "mention", "dated_version", "unanswerable", "near_miss"]
kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
for k in KINDS:
    print(f"  {k:14s} {kinds.get(k, 0)}")
extra = set(kinds) - set(KINDS)
if extra: errors.append(f"unknown kinds {extra}")
print("  answerable:", sum(r["answerable"] for r in rows), " not answerable:", sum(not r["answerable"] for r in rows))
print("  with history:", sum(1 for r in rows if r.get("history")))
print("  mention yes/no:", sum(1 for r in rows if r["kind"] == "mention" and r["answerable"]),
      "/", sum(1 for r in rows if r["kind"] == "mention" and not r["answerable"]))
per_art = collections.Counter(r["article"] or "(none)" for r in rows)
print("  per article:", dict(per_art))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
