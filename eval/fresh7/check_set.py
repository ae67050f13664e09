#!/usr/bin/env python3
"""Checks eval/fresh7: articles/ (7 files), questions_draft.txt, questions.jsonl and
mention_no_terms.json. Adapted from eval/dev5/check_set.py.
Text comparisons are made on tag-stripped (HTML), entity-unescaped, case-folded,
whitespace-normalised text. Run: python3 check_set.py"""
import collections, html, itertools, json, os, re, sys

D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
# open() with default newline=None: \r\n is read as \n
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
raw = {f: open(os.path.join(ART, f), "rb").read() for f in texts}
errors, warnings = [], []

F1, F2 = "haldersby_blast_first.txt", "haldersby_blast_update.html"
SL, FI = "slovenia_pension_age.md", "finland_pension_plan.txt"
VT, VA, AU = "vireo_tessaro_merger.html", "valmora_golden_heron.md", "austria_four_day_week.html"
EXPECTED = {F1, F2, SL, FI, VT, VA, AU}
if set(texts) != EXPECTED:
    errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
    print("\n".join(errors)); sys.exit(1)
exts = collections.Counter(f.rsplit(".", 1)[1] for f in texts)
if exts != {"html": 3, "txt": 2, "md": 2}: errors.append(f"format mix {dict(exts)} != 3 html, 2 txt, 2 md")


def ws(s): return re.sub(r"\s+", " ", s).strip()
def untag(s): return ws(html.unescape(re.sub(r"<[^>]+>", " ", s)))
def fold(s): return ws(s).casefold()


plain = {f: fold(untag(t) if f.endswith(".html") else t) for f, t in texts.items()}


# ---------------------------------------------------------------- body paragraphs
TXT_SKIP = ("Share:", "[Picture", "Read more:", "RELATED COVERAGE")
def body_paragraphs(f):
    t = texts[f]
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        marker = "Filed:" if f == F1 else "Published 3 September 2025"
        start = next(i for i, b in enumerate(blocks) if marker in b) + 1
        out = []
        for b in blocks[start:]:
            if not b: continue
            if b.startswith(("MOST READ", "-----")): break
            if b.startswith(TXT_SKIP) or "ADVERTISEMENT" in b: continue
            if f == F1 and "\n" in b: errors.append(f"{f}: multi-line body block {b[:40]!r}")
            out.append(ws(b))
        return out
    if f.endswith(".md"):
        body = t.split("\n---\n", 1)[1] if t.startswith("---\n") else t   # drop front matter
        body = body.split("\n---\n")[0]                                      # drop most-read footer
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        return [ws(b) for b in blocks if not b.startswith(("#", "_", "**", "[", "!", "*", ">", "|", "<!--"))]
    containers = {F2: r'<div class="story-body">(.*?)\n  </div>\n  <p class="correction">',
                  VT: r'<div class="article-text">(.*?)\n  </div>\n  <div class="tagline">',
                  AU: r'<div class="entry-content">(.*?)\n  </div>\n  <div class="post-tags">'}
    m = re.search(containers[f], t, re.S)
    if not m: errors.append(f"{f}: body container not found"); return []
    pat = r'<div class="para">(.*?)</div>' if f == VT else r"<p>(.*?)</p>"
    return [untag(p) for p in re.findall(pat, m.group(1), re.S)]


paras = {f: body_paragraphs(f) for f in texts}
paras_fold = {f: [fold(p) for p in ps] for f, ps in paras.items()}
print("articles:")
for f in sorted(texts):
    ps = paras[f]; w = sum(len(p.split()) for p in ps)
    print(f"  {f:30s} paragraphs={len(ps):2d} words={w}")
    if not 10 <= len(ps) <= 16: errors.append(f"{f}: {len(ps)} paragraphs (want 10-16)")
    if not 550 <= w <= 950: errors.append(f"{f}: {w} words (want 550-950)")
    for p in ps:
        if len(p.split()) < 6: warnings.append(f"{f}: very short paragraph {p!r}")


# ---------------------------------------------------------------- format, metadata and clutter
def need(f, *needles):
    for n in needles:
        if n not in texts[f]: errors.append(f"{f}: missing {n!r}")
def lacks(f, *needles):
    for n in needles:
        if n in texts[f]: errors.append(f"{f}: should not contain {n!r}")

for f in (F2, VT, AU):
    need(f, "<title>", "Advertisement")
    if sum(l.count("<h1") for l in texts[f].splitlines()) != 1: errors.append(f"{f}: want exactly one h1")
# told-twice, first report: ALL-CAPS headline, By NAME, ROLE, Filed:
need(F1, "TWO DEAD AND ONE MISSING AFTER GAS BLAST RIPS THROUGH HALDERSBY FLATS", "By NAIMA CHOUDHURY, Chief Reporter",
     "Filed: Monday 13 October 2025, 19:25", "Eleven injured as explosion tears open",
     "We use cookies", "Home | News", "ADVERTISEMENT", "Share:", "Read more:", "MOST READ", "Picture:", "daily briefing", "(c) 2025")
if b"\r" in raw[F1]: errors.append(f"{F1}: should have \\n line endings")
# told-twice, update: <article>, <header>, pullquote repeating a body sentence, author bio, correction
need(F2, "<!DOCTYPE html>", "<article", "<header", '<aside class="pullquote">', '<section class="author-bio">', "cookie-consent",
     "<nav", "<footer", "related-articles", "most-viewed", "newsletter-plug", "share-bar", "Photograph: Jess Oyelaran",
     '<p class="standfirst">', "By <a rel=\"author\"", '<time datetime="2025-10-20T08:15">', 'class="correction"',
     '<meta property="og:site_name" content="The Northern Ledger">')
pq = re.search(r'<aside class="pullquote">\s*<blockquote>(.*?)</blockquote>', texts[F2], re.S)
if not pq or fold(untag(pq.group(1)).strip("\u201c\u201d\" .,")) not in " ".join(paras_fold[F2]):
    errors.append(f"{F2}: pullquote does not repeat a body sentence")
# look-alike A: markdown with table and blockquote, no front matter
need(SL, "# Slovenia votes to raise retirement age to 67", "## Parliament backs", "**Maja Kovač**", "Published 18 June 2025",
     "| Year | Full pension age |", "|------|", "\n> \"Workers in foundries", "> — Rok Jamnik", "Photo: Anže Rupnik",
     "cookies", "[Share on Facebook]", "**Read more:**", "**More from Central Europe Wire**", "Subscribe", "© 2025")
if texts[SL].startswith("---"): errors.append(f"{SL}: should have no front matter")
# look-alike B: hard-wrapped CRLF text with an editor's note at the top
need(FI, "EDITOR'S NOTE: This story was updated on 4 September 2025", "Eero Salmivaara | Economics Editor",
     "Published 3 September 2025 | Updated 4 September 2025", "Cookies help us", "Front page  /", "- - - ADVERTISEMENT - - -",
     "RELATED COVERAGE", "Share this story:", "TRENDING NOW", "sign up at", "(c) 2025")
if texts[FI].index("EDITOR'S NOTE") > texts[FI].index("Finland plans to raise"): errors.append(f"{FI}: editor's note not at the top")
if raw[FI].count(b"\n") != raw[FI].count(b"\r\n"): errors.append(f"{FI}: not consistently \\r\\n")
_fi_body = [b for b in texts[FI].split("\n\n") if ws(b) in paras[FI]]
if len(_fi_body) != len(paras[FI]) or max(len(l) for b in _fi_body for l in b.splitlines()) > 80 \
        or sum(b.count("\n") for b in _fi_body) < len(_fi_body):
    errors.append(f"{FI}: body paragraphs should be hard-wrapped at 80 columns")
# airline merger: paragraphs are <div class="para">, no <p> in the body, no HTML5 sectioning
need(VT, "<!doctype html>", 'class="para"', "application/ld+json", '"datePublished":"2025-07-22', 'class="by">Sofía Arrieta',
     'class="role">Transport Editor', "22.07.2025", "gdpr-overlay", 'class="menu"', "sharebox", "readmore-box", "related-box",
     "Most read", "nl-plug", "bottom-bar", "(Photo: Marco Ferlito/CBR)")
lacks(VT, "<p", "<article", "<header", "<footer", "<nav", "<section", "<main")
# film festival: markdown with YAML front matter
need(VA, "---\ntitle:", "subtitle:", "author: Hélène Marchetti", "author_title: Film Critic", "publication: Screen Meridian",
     "date: 2025-09-14", "hero_credit:", "uses cookies", "*Share:*", "**ADVERTISEMENT**", "**Read more:**",
     "### Most read on Screen Meridian", "### Newsletter", "Screen Meridian ©")
# four-day week: <main>/<section> blog layout, two writers
need(AU, "<!DOCTYPE html>", "<main", '<section class="post">', 'class="entry-content"', 'class="cookiewall"',
     'class="writer">Jonas Feldbacher', 'class="writer">Amelie Strasser', "Wednesday, November 5, 2025", '<h2 class="post-excerpt">',
     "social-share", 'class="read-also"', "related-posts", "Most read this week", "widget-newsletter", "page-foot", "<figcaption>")
lacks(AU, "<article", "<nav", "<footer")
# no two HTML pages share a body container or paragraph markup
sigs = {f: re.search(r'<div class="(story-body|article-text|entry-content)"', texts[f]).group(1) for f in (F2, VT, AU)}
if len(set(sigs.values())) != 3: errors.append(f"HTML body containers not distinct: {sigs}")


# ---------------------------------------------------------------- draft <-> jsonl
def read_draft():
    qs, kind = [], None
    for line in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("## "): kind = line[3:].strip()
        elif line.startswith("- "): qs.append((line[2:], kind, []))
        elif line.strip().startswith(">> earlier:"):
            role, content = line.strip()[len(">> earlier:"):].strip().split(": ", 1)
            qs[-1][2].append({"role": role, "content": content})
        elif line.strip() and not line.startswith("#"):
            errors.append(f"draft: stray line {line!r}")
    return qs

draft = read_draft()
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
if len(draft) != len(rows): errors.append(f"draft has {len(draft)} questions, jsonl {len(rows)}")
for (q, k, h), r in zip(draft, rows):
    if r.get("user_input") != q: errors.append(f"{r.get('id')}: user_input differs from draft: {q!r}")
    if r.get("kind") != k: errors.append(f"{r.get('id')}: kind {r.get('kind')} != draft {k}")
    if r.get("history", []) != h: errors.append(f"{r.get('id')}: history differs from draft")

# ---------------------------------------------------------------- rows
REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "overview": 9, "about_article": 11,
         "mention": 8, "dated_version": 9, "unanswerable": 8, "near_miss": 8}
if [r.get("id") for r in rows] != [f"f7-{n:03d}" for n in range(1, len(rows) + 1)]:
    errors.append("ids are not f7-001.. in order")
LOOKALIKE = {SL: ["slovenia", "slovenian", "marvenik", "brezovar", "jamnik", "sindikat skupaj", "pirc", "vidmar"],
             FI: ["finland", "finnish", "finns", "lautamäki", "lautamaki", "kuusilahti", "huttunen", "rantanen", "lehtola", "vikström"]}
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))


def paragraphs_holding(kf, files):
    return {(f, i) for f in files for i, p in enumerate(paras_fold[f]) if fold(kf) in p}


def copied_ngram(q, f_list, n=6):
    words = re.findall(r"[a-z0-9äöüéáíóúõšžč'’-]+", q.casefold())
    for i in range(len(words) - n + 1):
        g = " ".join(words[i:i + n])
        if any(g in plain[f] for f in f_list): return g
    return None


for r in rows:
    i = r.get("id")
    missing = [k for k in REQ if k not in r]
    if missing: errors.append(f"{i}: missing keys {missing}"); continue
    if set(r) - set(REQ) - {"history"}: errors.append(f"{i}: extra keys {set(r) - set(REQ) - {'history'}}")
    kind, art, kfs, ctxs = r["kind"], r["article"], r["key_facts"], r["reference_contexts"]
    if kind not in KINDS: errors.append(f"{i}: unknown kind {kind}"); continue
    if not isinstance(r["answerable"], bool): errors.append(f"{i}: answerable not bool")
    if r["answerable"] != (kind not in ("unanswerable", "near_miss") and not (kind == "mention" and not r["key_facts"])): errors.append(f"{i}: answerable flag wrong for {kind}")
    if not r["reference"] or len(re.findall(r"[.!?](\s|$)", r["reference"])) > 2: errors.append(f"{i}: reference empty or over two sentences")
    if "history" in r:
        h = r["history"]
        if not (isinstance(h, list) and h and all(isinstance(x, dict) and set(x) == {"role", "content"} and x["content"] for x in h)):
            errors.append(f"{i}: bad history")
        elif [x["role"] for x in h] != ["user", "assistant"] * (len(h) // 2) or len(h) % 2:
            errors.append(f"{i}: history should alternate user/assistant")
    if art and art not in texts: errors.append(f"{i}: unknown article {art}"); continue
    files = [art] if art else sorted(texts)
    said = " ".join([r["user_input"]] + [x["content"] for x in r.get("history", [])]).casefold()
    if art in LOOKALIKE and not any(n in said for n in LOOKALIKE[art]):
        errors.append(f"{i}: look-alike question does not name its town/country/person")
    g = copied_ngram(r["user_input"], files)
    if g and kind != "about_article": errors.append(f"{i}: question copies article wording {g!r}")
    # ---- not answerable
    if kind in ("unanswerable", "near_miss"):
        if kfs: errors.append(f"{i}: {kind} must have no key facts")
        if kind == "unanswerable" and (art or ctxs): errors.append(f"{i}: unanswerable should have article '' and no contexts")
        if kind == "near_miss" and not art: errors.append(f"{i}: near_miss without article")
        for c in ctxs:
            if fold(c) not in paras_fold[art]: errors.append(f"{i}: near_miss context is not a body paragraph")
        continue
    # ---- mention-no
    if kind == "mention" and i in terms:
        if kfs or ctxs or art: errors.append(f"{i}: mention-no row should have no key facts, contexts or article")
        if not r["reference"].lower().startswith(("no", "none", "the")): warnings.append(f"{i}: mention-no reference does not open with a no")
        continue
    # ---- answerable with key facts
    if not kfs: errors.append(f"{i}: no key facts")
    want = {"lookup": (1, 1), "why_how": (1, 2), "multi_part": (2, 3), "overview": (3, 5), "about_article": (1, 2),
            "mention": (1, 1), "dated_version": (1, 2)}[kind]
    if not want[0] <= len(kfs) <= want[1]: errors.append(f"{i}: {kind} has {len(kfs)} key facts, want {want}")
    for kf in kfs:
        if not re.search(r"[A-Za-z0-9]", kf): errors.append(f"{i}: key fact without letter/digit {kf!r}")
        if "\n" in kf or len(kf.split()) > 12: errors.append(f"{i}: key fact too long {kf!r}")
        if not any(fold(kf) in plain[f] for f in files): errors.append(f"{i}: key fact not verbatim in article: {kf!r}")
        if ctxs and not any(fold(kf) in fold(c) for c in ctxs): errors.append(f"{i}: key fact {kf!r} not in any context")
    if kind == "overview":
        opts = [sorted(paragraphs_holding(kf, files)) for kf in kfs]
        if not all(opts) or max(len(set(c)) for c in itertools.product(*opts)) < 3:
            errors.append(f"{i}: overview key facts do not come from 3 different body paragraphs")
    if not ctxs and not (kind == "about_article" and kfs == ["7"]): errors.append(f"{i}: no reference contexts")
    for c in ctxs:
        fc = fold(c)
        if kind == "about_article":
            if not any(fc in plain[f] for f in files): errors.append(f"{i}: metadata context not in article: {c[:50]!r}")
        elif not any(fc in paras_fold[f] for f in files):
            errors.append(f"{i}: context is not a full body paragraph: {c[:50]!r}")
    if kind == "dated_version":
        if art not in ("", F1, F2): errors.append(f"{i}: dated_version on wrong article")
        if not any(fold(c) in paras_fold[f] for c in ctxs for f in (F1, F2)): errors.append(f"{i}: dated_version context not from the told-twice pair")

# ---------------------------------------------------------------- mention-no terms
no_rows = [r for r in rows if r["kind"] == "mention" and r["id"] in terms]
if len(terms) != 4 or len(no_rows) != 4: errors.append("mention_no_terms.json should name 4 mention rows")
for rid, ts in terms.items():
    r = next((x for x in rows if x["id"] == rid), None)
    if r is None or r["kind"] != "mention": errors.append(f"{rid}: not a mention row"); continue
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"{rid}: no term appears in the question")
    for term in ts:
        for f in texts:
            if term.casefold() in texts[f].casefold() or term.casefold() in plain[f]:
                errors.append(f"{rid}: term {term!r} found in {f}")
for r in rows:
    if r["kind"] == "mention" and r["id"] not in terms and not r["key_facts"]: errors.append(f"{r['id']}: mention-yes without key fact")

# ---------------------------------------------------------------- summary
kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
for k, want in KINDS.items():
    print(f"  {k:14s} {kinds.get(k, 0):3d}  (want {want})")
    if kinds.get(k, 0) != want: errors.append(f"kind {k}: {kinds.get(k, 0)} != {want}")
print("  answerable:", sum(r["answerable"] for r in rows), " not answerable:", sum(not r["answerable"] for r in rows))
fu = sum(1 for r in rows if r.get("history"))
print("  with history:", fu)
if not 10 <= fu <= 14: errors.append(f"{fu} follow-ups (want about 12)")
print("  mention yes/no:", kinds["mention"] - len(no_rows), "/", len(no_rows))
per_art = collections.Counter(r["article"] or "(several/none)" for r in rows)
print("  per article:", dict(sorted(per_art.items())))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
