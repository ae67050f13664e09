#!/usr/bin/env python3
"""Checks dev14: articles/ (7 files), questions_draft.txt, questions.jsonl, mention_no_terms.json.
Adapted from eval/dev5/check_set.py. Run: python3 check_set.py"""
import json, os, re, sys, collections, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
errors, warnings = [], []

A1, A2 = "grauntal_avalanche_first.txt", "st_velten_avalanche_update.html"
S, C = "calagrana_holiday_flats.txt", "port_aldridge_rental_bylaw.md"
W, J, B = "gotland_wreck_svarta_tranan.md", "juno_halloway_tour_cancelled.html", "nz_budget_2025.html"
EXPECTED = {A1, A2, S, C, W, J, B}
if set(texts) != EXPECTED: errors.append(f"article files differ: {sorted(set(texts) ^ EXPECTED)}")
fmt = collections.Counter(f.rsplit(".", 1)[1] for f in texts)
if fmt != {"html": 3, "txt": 2, "md": 2}: errors.append(f"format mix {dict(fmt)}")

def strip(t):
    """tag-stripped, entity-unescaped text (scripts/styles dropped); inline tags vanish without a space"""
    t = re.sub(r"<(script|style)\b.*?</\1>", " ", t, flags=re.S | re.I)
    t = re.sub(r"<!--.*?-->", " ", t, flags=re.S)
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(t)
def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()
def variants(f, t):
    v = [t, strip(t)]
    if f.endswith(".md"): v += [x.replace("**", "").replace("*", "") for x in v]
    return [norm(x) for x in v]
NORM = {f: variants(f, t) for f, t in texts.items()}
def found(s, arts):
    s = norm(s)
    return any(s in v for f in arts for v in NORM[f])

# ---- body paragraphs per format
def html_body(t, start_re, end_re):
    m = re.search(start_re + r"(.*?)" + end_re, t, re.S)
    if not m: errors.append(f"body container not found: {start_re}"); return []
    return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]
def body_paragraphs(f, t):
    if f == A1:
        b = t.split("Listen to this article (5 min)")[1].split("\nShare:")[0]
        bl = [x.strip() for x in b.split("\n\n") if x.strip()]
        return [x for x in bl if x != "Advertisement" and not x.startswith("Read more:")]
    if f == S:
        b = t.split("| 3 April 2025\n")[1].split("[Image:")[0]
        return [x.strip() for x in b.split("\n\n") if x.strip() and x.strip() != "ADVERTISEMENT"]
    if f == C:
        body = t.split("---", 2)[2].split("\n---\n")[0]
        bl = [x.strip() for x in body.split("\n\n") if x.strip()]
        return [x for x in bl if not x.startswith(("#", "**", "![", ">", "*"))]
    if f == W:
        body = t.split('<div class="share-tools">')[1].split("\n\n", 1)[1].split('<p class="correction">')[0]
        bl = [x.strip() for x in body.split("\n\n") if x.strip()]
        bl = [x for x in bl if not x.startswith(("<figure", "<div", "<!--"))]
        return [html.unescape(re.sub(r"<[^>]+>", "", x)).strip() for x in bl]
    if f == A2: return html_body(t, r'<div class="article-body">', r'</div>\s*<div class="share share-bottom">')
    if f == J: return html_body(t, r'<div class="post-content">', r'</div>\s*<div class="post-foot">')
    if f == B: return html_body(t, r'<div class="story-body">', r'</div>\s*<div class="story-tags">')
print("articles:")
for f, t in texts.items():
    ps = body_paragraphs(f, t)
    w = sum(len(p.split()) for p in ps)
    print(f"  {f:36s} paragraphs={len(ps):2d} words={w}")
    if not (12 <= len(ps) <= 16): errors.append(f"{f}: {len(ps)} paragraphs (want 12-16)")
    if not (600 <= w <= 700): errors.append(f"{f}: {w} words (want 600-700)")
    for p in ps:
        if "\n" in p: errors.append(f"{f}: multi-line body paragraph {p[:40]!r}")
        if len(p.split()) < 8: errors.append(f"{f}: suspiciously short body paragraph {p!r}")

# ---- format requirements
def need(f, *needles):
    for n in needles:
        if n not in texts.get(f, ""): errors.append(f"{f}: missing {n!r}")
need(A1, "AVALANCHE SWEEPS SKIERS ON TYROL PISTE", "By Katrin Wallnöfer, Alpine correspondent", "Published: 8 February 2025",
     "\nUPDATED: 8 February 2025", "\nKey points\n- ", "Advertisement", "Most read", "cookies", "Share:")
if texts[A1].index("Key points") > texts[A1].index("An avalanche tore across"): errors.append(f"{A1}: Key points must come before the body")
if texts[A1].index("UPDATED:") > texts[A1].index("Key points"): errors.append(f"{A1}: UPDATED line must come before Key points")
need(S, "\n\nBy Inés Carbonell | The Costa Ledger | 3 April 2025\n\n", "ADVERTISEMENT", "Share")
hdr = [l for l in texts[S].split("\n\n")[:3] if " | " in l]
if len(hdr) != 1 or "\n" in hdr[0]: errors.append(f"{S}: header must be a single 'By Name | Outlet | date' line")
if "Published:" in texts[S] or texts[S].count("\nBy ") != 1: errors.append(f"{S}: should have no other header/byline lines")
need(C, "---\ntitle:", "description:", "author: Dana MacInnes", "date: 2025-05-14", "site_name: The South Shore Herald",
     "**By Dana MacInnes**", "Advertisement", "Most read", "![")
need(W, "<!-- exported from Quillpress CMS", "<p>", "<em>", '<a href="', "**Henrik Ljungqvist**", "17 June 2025",
     "Correction: an earlier version of this article said", "Advertisement")
raw_md_p = len(re.findall(r"^<p>", texts[W], re.M)); plain_md_p = len(re.findall(r"^[A-Z\"]", texts[W], re.M))
if raw_md_p < 4 or plain_md_p < 3: errors.append(f"{W}: want a mix of raw <p> paragraphs ({raw_md_p}) and plain markdown ones ({plain_md_p})")
COMMON_HTML = ["<!DOCTYPE html>", "<title>", "Share", 'og:site_name']
need(A2, *COMMON_HTML, "<nav", "cookie-banner", "<footer", "Most read", '<time datetime="2025-02-15">15 February 2025</time>',
     "Markus Haidegger", "&euro;186,000")
need(J, *COMMON_HTML, "consent", "Words by <span class=\"name\">Felix Ormerod</span>", "Photography by <span class=\"name\">Ana Sokolova</span>",
     "<figure", "<figcaption>", "Published 28 August 2025", "related-box")
fig_between = re.findall(r"</p>\s*<figure[^>]*>.*?</figure>\s*<p>", texts[J], re.S)
if len(fig_between) < 2: errors.append(f"{J}: want >=2 figure blocks between body paragraphs, found {len(fig_between)}")
need(B, *COMMON_HTML, "<table", "<caption>", "</table>", '<span class="dropcap">', "Aroha Whitcombe", "22 May 2025", "Most read")
if texts[B].count('<p><span class="dropcap">') < 2: errors.append(f"{B}: want several dropcap paragraphs")
tb = re.search(r'<div class="story-body">.*?<table.*?</table>.*?<div class="story-tags">', texts[B], re.S)
if not tb: errors.append(f"{B}: table must sit inside the story body")
for f in texts:
    if "advertisement" not in texts[f].lower(): errors.append(f"{f}: no ad marker")
    if f.endswith(".html") and len(re.findall(r"<h1", texts[f])) != 1: errors.append(f"{f}: want exactly one h1")
corr = [f for f, t in texts.items() if "Correction:" in t]
if corr != [W]: errors.append(f"correction note should be in {W} only, found in {corr}")

# ---- draft vs questions
draft, kind, cur = [], None, []
def flush():
    global cur
    if cur: draft.append((kind, cur[-1], [l[len(">> earlier:"):].strip() for l in cur[:-1]]))
    cur = []
for line in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8").read().split("\n"):
    if line.startswith("## "): flush(); kind = line[3:].strip(); continue
    if line.startswith("#"): continue
    if not line.strip(): flush(); continue
    cur.append(line.rstrip())
flush()
rows = [json.loads(l) for l in open(os.path.join(D, "questions.jsonl"), encoding="utf-8") if l.strip()]
if len(draft) != len(rows): errors.append(f"draft has {len(draft)} questions, jsonl {len(rows)}")
for (k, q, h), r in zip(draft, rows):
    if (k, q, h) != (r["kind"], r["user_input"], r.get("history", [])): errors.append(f"{r['id']}: differs from draft")

REQ = ["id", "user_input", "kind", "answerable", "reference", "key_facts", "reference_contexts", "article"]
KINDS = {"lookup": 28, "why_how": 16, "multi_part": 13, "overview": 9, "about_article": 11,
         "mention": 8, "dated_version": 9, "unanswerable": 8, "near_miss": 8}
if [r["id"] for r in rows] != [f"d14-{n:03d}" for n in range(1, len(rows) + 1)]: errors.append("ids are not d14-001.. in order")
LOOKALIKE = {S: ["calagrana", "spain", "spanish", "andalusia", "almansa", "villaverde", "orduña", "orduna", "los almendros", "punta faro"],
             C: ["port aldridge", "nova scotia", "canada", "canadian", "colquhoun", "baptiste", "deveau", "south shore"]}
TOLD_TWICE = {A1, A2}
for r in rows:
    i = r.get("id")
    for k in REQ:
        if k not in r: errors.append(f"{i}: missing key {k}")
    if set(r) - set(REQ) - {"history"}: errors.append(f"{i}: extra keys {set(r) - set(REQ) - {'history'}}")
    if r["kind"] not in KINDS: errors.append(f"{i}: unknown kind {r['kind']}")
    if not isinstance(r["answerable"], bool): errors.append(f"{i}: answerable not bool")
    if "history" in r and not (isinstance(r["history"], list) and r["history"] and all(isinstance(h, str) and h for h in r["history"])):
        errors.append(f"{i}: bad history")
    art = r["article"]
    if art and art not in texts: errors.append(f"{i}: unknown article {art}"); continue
    if art in LOOKALIKE:
        ql = " ".join([r["user_input"]] + r.get("history", [])).lower()
        if not any(n in ql for n in LOOKALIKE[art]): errors.append(f"{i}: look-alike question does not name its town/country/person")
        other = C if art == S else S
        if any(n in r["user_input"].lower() for n in LOOKALIKE[other]): errors.append(f"{i}: question names the other look-alike article")
    if r["kind"] == "dated_version" and art not in TOLD_TWICE: errors.append(f"{i}: dated_version must be about the told-twice story")
    pool = [art] if art else list(texts)
    if not r["answerable"]:
        if r["reference"] or r["key_facts"] or r["reference_contexts"]:
            errors.append(f"{i}: no-answer question has reference/key_facts/contexts")
        if r["kind"] not in ("unanswerable", "near_miss", "mention"): errors.append(f"{i}: kind {r['kind']} cannot be unanswerable")
        if r["kind"] == "near_miss" and not art: errors.append(f"{i}: near_miss without article")
        if r["kind"] in ("unanswerable", "mention") and art: errors.append(f"{i}: should have article ''")
        continue
    if r["kind"] in ("unanswerable", "near_miss"): errors.append(f"{i}: {r['kind']} marked answerable")
    if not r["reference"]: errors.append(f"{i}: empty reference")
    if not 1 <= len(r["key_facts"]) <= 5: errors.append(f"{i}: want 1-5 key facts")
    if r["kind"] == "overview" and not 3 <= len(r["key_facts"]) <= 5: errors.append(f"{i}: overview wants 3-5 key facts")
    if r["kind"] == "multi_part" and len(r["key_facts"]) < 2: errors.append(f"{i}: multi_part wants one key fact per part")
    if not art and r["kind"] != "about_article": errors.append(f"{i}: only collection-level about_article rows may lack an article")
    for kf in r["key_facts"]:
        if not re.search(r"\w", kf): errors.append(f"{i}: key fact without letter/digit: {kf!r}")
        if not found(kf, pool): errors.append(f"{i}: key fact not in article: {kf!r}")
        if "\n" in kf: errors.append(f"{i}: key fact spans lines: {kf!r}")
        if not 1 <= len(kf.split()) <= 7: errors.append(f"{i}: key fact length {len(kf.split())}: {kf!r}")
    for c in r["reference_contexts"]:
        if not found(c, pool): errors.append(f"{i}: context not in article: {c[:60]!r}")
        n = len(c.split())
        if not 6 <= n <= 60 and r["kind"] != "about_article": errors.append(f"{i}: context has {n} words")
    if r["kind"] != "about_article" and not r["reference_contexts"]: errors.append(f"{i}: no reference contexts")
    if r["kind"] == "overview":  # key facts spread across the article body
        ps = [norm(p) for p in body_paragraphs(art, texts[art])]
        where = {next((k for k, p in enumerate(ps) if norm(kf) in p), -1) for kf in r["key_facts"]}
        if len(where - {-1}) < 3: errors.append(f"{i}: overview key facts not spread over >=3 paragraphs ({sorted(where)})")

# ---- mention-no terms absent everywhere (raw and tag-stripped, so also not as parts of words)
terms = json.load(open(os.path.join(D, "mention_no_terms.json"), encoding="utf-8"))
no_rows = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
if sorted(terms) != sorted(r["id"][4:] for r in no_rows): errors.append("mention_no_terms.json keys != mention-no ids")
for n, ts in terms.items():
    r = next((x for x in rows if x["id"] == f"d14-{n}"), None)
    if r is None or r["answerable"] or r["kind"] != "mention": errors.append(f"d14-{n}: not a mention-no row"); continue
    if not any(t.lower() in r["user_input"].lower() for t in ts): warnings.append(f"d14-{n}: no term appears in the question")
    for term in ts:
        if term != term.lower(): errors.append(f"d14-{n}: term {term!r} not lowercase")
        for f in texts:
            if any(term.lower() in v for v in NORM[f]): errors.append(f"d14-{n}: term {term!r} found in {f}")

kinds = collections.Counter(r["kind"] for r in rows)
print("questions:", len(rows))
for k, want in KINDS.items():
    print(f"  {k:14s} {kinds.get(k, 0):3d}  (want {want})")
    if kinds.get(k, 0) != want: errors.append(f"kind {k}: {kinds.get(k, 0)} != {want}")
print("  answerable:", sum(r["answerable"] for r in rows), " not answerable:", sum(not r["answerable"] for r in rows))
fu = sum(1 for r in rows if r.get("history")); print("  with history:", fu)
if not 10 <= fu <= 14: errors.append(f"{fu} follow-ups (want about 12)")
my = sum(1 for r in rows if r["kind"] == "mention" and r["answerable"]); mn = len(no_rows)
print("  mention yes/no:", my, "/", mn)
if (my, mn) != (4, 4): errors.append("mention split should be 4/4")
per_art = collections.Counter(r["article"] or "(none)" for r in rows)
print("  per article:", dict(sorted(per_art.items())))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
