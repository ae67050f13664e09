#!/usr/bin/env python3
"""Checks questions.jsonl against the articles in articles/ (dev3 set).
Adapted from eval/fresh4/check_set.py: d3- ids, dev3 file names and layouts."""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
EXPECTED_FILES = {
    "mining_collapse_first.html", "mining_collapse_update.html", "skerrin_satellite_launch.html",
    "water_rationing_spain.txt", "charity_fraud_sentencing.txt",
    "water_rationing_south_africa.md", "sleep_study_weekend_lie_ins.md",
}
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
errors, warnings = [], []
if set(texts) != EXPECTED_FILES:
    errors.append(f"article files differ from expected: {sorted(set(texts) ^ EXPECTED_FILES)}")

# ---- articles: body words and paragraph counts
CLUTTER_PREFIXES = ("Advertisement", "Share this article", "Sign up", "Read more:", "Photo:", "Pictured:")
def body_paragraphs(f, t):
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        head = blocks[0].split("\n")
        if len(head) != 5: errors.append(f"{f}: header block should have 5 lines, has {len(head)}")
        return [b for b in blocks[1:] if b and not b.startswith(CLUTTER_PREFIXES)]
    if f.endswith(".md"):
        if t.startswith("---"):
            fm, body = t.split("---", 2)[1:]
            for k in ("title:", "author:", "date:", "outlet:"):
                if k not in fm: errors.append(f"{f}: front matter missing {k}")
        else:
            body = t
            if not body.startswith("# "): errors.append(f"{f}: no front matter and no H1")
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        # drop headline, italic standfirst, byline line (bold name), images
        return [b for b in blocks if not b.startswith(("#", "*", "!"))]
    if f.endswith(".html"):
        m = re.search(r'<div class="story-body">(.*?)</div>\s*<div class="share-bar', t, re.S) \
            or re.search(r'<div class="story-text">(.*?)</div>\s*<div class="story-foot">', t, re.S)
        if not m: errors.append(f"{f}: body not found"); return []
        return [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]
print("articles:")
for f, t in texts.items():
    ps = body_paragraphs(f, t)
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:34s} paragraphs={len(ps):2d} words={w}")
    if not (12 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs")
    if not (600 <= w <= 950): errors.append(f"{f}: {w} words")
    if f.endswith(".html"):
        for needle in ["<title>", '<meta name="author"', '<meta name="date"', "<h1>", "<nav", "cookie",
                       "Advertisement", "Share", "comment", "<footer"]:
            if needle == "<nav" and "<article" not in t: continue      # div-only page has a div menu
            if needle == "<footer" and "<article" not in t: continue
            if needle not in t: errors.append(f"{f}: missing {needle}")
        if not re.search(r'class="(standfirst|dek)"', t): errors.append(f"{f}: no standfirst/dek")
htmls = [f for f in texts if f.endswith(".html")]
n_article = sum("<article" in texts[f] for f in htmls)
if n_article != 2: errors.append(f"expected 2 html pages with <article>, got {n_article}")
for f in htmls:
    if "<article" not in texts[f]:
        for tag in ("<section", "<aside", "<header", "<nav", "<main", "<footer", "<figure"):
            if tag in texts[f]: errors.append(f"{f}: div-only page uses {tag}")

# ---- questions
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
ids = collections.Counter(r["id"] for r in rows)
for i, c in ids.items():
    if c > 1: errors.append(f"duplicate id {i}")
qs = collections.Counter(r["user_input"].strip().lower() for r in rows)
for q, c in qs.items():
    if c > 1: errors.append(f"duplicate question {q!r}")
lower_all = {f: t.lower() for f, t in texts.items()}
for r in rows:
    i = r["id"]
    for k in REQ:
        if k not in r: errors.append(f"{i}: missing key {k}")
    if not re.fullmatch(r"d3-\d{3}", i): errors.append(f"{i}: bad id")
    if "history" in r and not (isinstance(r["history"], list) and all(isinstance(h, str) for h in r["history"])):
        errors.append(f"{i}: history must be a list of strings")
    art = r["article"]
    if art and art not in texts: errors.append(f"{i}: unknown article {art}"); continue
    pool = [texts[art]] if art else list(texts.values())
    if not r["answerable"]:
        if r["reference"] or r["key_facts"] or r["reference_contexts"]:
            errors.append(f"{i}: unanswerable question has reference/key_facts/contexts")
        if r["kind"] == "near_miss" and not art: errors.append(f"{i}: near_miss without article")
        if r["kind"] in ("unanswerable", "mention") and art: errors.append(f"{i}: should have article ''")
        if r["kind"] not in ("unanswerable", "mention", "near_miss"): errors.append(f"{i}: kind {r['kind']} cannot be unanswerable")
        continue
    if r["kind"] in ("unanswerable", "near_miss"): errors.append(f"{i}: {r['kind']} marked answerable")
    if not r["reference"]: errors.append(f"{i}: empty reference")
    if not r["key_facts"]: errors.append(f"{i}: no key facts")
    if r["kind"] == "overview" and not 3 <= len(r["key_facts"]) <= 5: errors.append(f"{i}: overview needs 3-5 key facts")
    if r["kind"] == "multi_part" and len(r["key_facts"]) < 2: errors.append(f"{i}: multi_part needs >= 2 key facts")
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
mention_no_ids = {r["id"] for r in rows if r["kind"] == "mention" and not r["answerable"]}
if mention_no_ids != {f"d3-{n}" for n in terms}: errors.append("mention_no_terms.json does not match the mention-no rows")
for n, ts in terms.items():
    r = next((x for x in rows if x["id"] == f"d3-{n}"), None)
    if r is None: errors.append(f"d3-{n}: no such row"); continue
    if r["answerable"] or r["kind"] != "mention": errors.append(f"d3-{n}: not a mention-no row")
    for term in ts:
        for f, t in lower_all.items():
            if term.lower() in t: errors.append(f"d3-{n}: term {term!r} found in {f}")

KINDS = {"lookup": 30, "why_how": 17, "multi_part": 14, "overview": 9, "about_article": 11, "mention": 8,
         "dated_version": 10, "unanswerable": 8, "near_miss": 8}
kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
for k, want in KINDS.items():
    print(f"  {k:14s} {kinds.get(k, 0)}")
    if kinds.get(k, 0) != want: warnings.append(f"kind {k}: {kinds.get(k, 0)} (planned {want})")
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
