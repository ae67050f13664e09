#!/usr/bin/env python3
"""Checks questions.jsonl against the articles in articles/."""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
errors, warnings = [], []

# ---- articles: body words and paragraph counts
CLUTTER = {"Advertisement", "Share this article", "Sign up for our newsletter"}
def body_paragraphs(f, t):
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        blocks = blocks[1:]  # header block (headline, standfirst, byline, date, outlet)
        return [b for b in blocks if b and b not in CLUTTER and not b.startswith("Read more:")
                and not b.startswith("Share this article") and not b.startswith("Sign up")]
    if f.endswith(".md"):
        body = t.split("---", 2)[2]
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        return [b for b in blocks if not b.startswith("#") and not (b.startswith("*") and b.endswith("*"))]
    if f.endswith(".html"):
        m = re.search(r'<div class="story-body">(.*?)</div>\s*<div class="share', t, re.S) \
            or re.search(r'<div class="story-text">(.*?)<div class="story-foot">', t, re.S) \
            or re.search(r'</header>(.*?)<footer class="article-foot">', t, re.S)
        return [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]
print("articles:")
for f, t in texts.items():
    ps = body_paragraphs(f, t)
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:38s} paragraphs={len(ps):2d} words={w}")
    if not (10 <= len(ps) <= 18): errors.append(f"{f}: {len(ps)} paragraphs")
    if not (600 <= w <= 1000): errors.append(f"{f}: {w} words")
    if f.endswith(".html"):
        for needle in ["<title>", '<meta name="author"', '<meta name="date"', "<h1>", 'class="standfirst"']:
            if needle not in t: errors.append(f"{f}: missing {needle}")
htmls = [f for f in texts if f.endswith(".html")]
n_article = sum("<article" in texts[f] for f in htmls)
if n_article != 2: errors.append(f"expected 2 html pages with <article>, got {n_article}")

# ---- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
ids = collections.Counter(r["id"] for r in rows)
for i, c in ids.items():
    if c > 1: errors.append(f"duplicate id {i}")
lower_all = {f: t.lower() for f, t in texts.items()}
for r in rows:
    i = r["id"]
    for k in REQ:
        if k not in r: errors.append(f"{i}: missing key {k}")
    if not re.fullmatch(r"f4-\d{3}", i): errors.append(f"{i}: bad id")
    art = r["article"]
    if art and art not in texts: errors.append(f"{i}: unknown article {art}"); continue
    pool = [texts[art]] if art else list(texts.values())
    if not r["answerable"]:
        if r["reference"] or r["key_facts"] or r["reference_contexts"]:
            errors.append(f"{i}: unanswerable question has reference/key_facts/contexts")
        if r["kind"] == "near_miss" and not art: errors.append(f"{i}: near_miss without article")
        if r["kind"] in ("unanswerable", "mention") and art: errors.append(f"{i}: should have article ''")
        continue
    if not r["key_facts"]: errors.append(f"{i}: no key facts")
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
for n, ts in terms.items():
    r = next(x for x in rows if x["id"] == f"f4-{n}")
    if r["answerable"] or r["kind"] != "mention": errors.append(f"f4-{n}: not a mention-no row")
    for term in ts:
        for f, t in lower_all.items():
            if term.lower() in t: errors.append(f"f4-{n}: term {term!r} found in {f}")

kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
for k in ["lookup", "why_how", "multi_part", "overview", "about_article", "mention", "dated_version", "unanswerable", "near_miss"]:
    print(f"  {k:14s} {kinds.get(k, 0)}")
extra = set(kinds) - {"lookup", "why_how", "multi_part", "overview", "about_article", "mention", "dated_version", "unanswerable", "near_miss"}
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
