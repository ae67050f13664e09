"""Reads dev18 articles the way a reader sees them: body paragraphs (tags stripped,
entities unescaped, hard wraps joined) and the whole visible page text."""
import os, re, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
FILES = sorted(os.listdir(ART))


def raw_text(f):
    # default newline=None: \r\n becomes \n
    return open(os.path.join(ART, f), encoding="utf-8").read()


def _clean(s):
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", s))).strip()


TXT_SKIP = ("ADVERTISEMENT", "Read more:", "[Photo:", "Photo:")


def body_paragraphs(f):
    t = raw_text(f)
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        start = next(i for i, b in enumerate(blocks) if b.startswith(("Share:", "Share this story:"))) + 1
        out = []
        for b in blocks[start:]:
            if b.startswith(("---", "--")):
                break
            if not b or b.startswith(TXT_SKIP):
                continue
            out.append(" ".join(line.strip() for line in b.split("\n")))
        return out
    if f.endswith(".md"):
        body = t.split("\n---\n", 1)[1] if t.startswith("---\n") else t  # drop YAML front matter
        body = body.split("\n---\n")[0]  # drop author / most-read footer
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        start = max(i for i, b in enumerate(blocks) if b.startswith("![")) + 1  # after photo + caption
        return [b for b in blocks[start:] if not b.startswith(("#", "**", "![", ">", "*", "`", "[", "Share:", "Home"))]
    if f.endswith(".html"):
        m = (re.search(r'<div class="article-body">(.*?)</div><!-- /article-body -->', t, re.S)
             or re.search(r'<div class="entry-content">(.*?)</div><!-- \.entry-content -->', t, re.S))
        if m:
            return [_clean(p) for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]
        return [_clean(p) for p in re.findall(r'<div class="para">(.*?)</div>', t, re.S)]
    raise ValueError(f)


def page_text(f):
    """Everything a reader (or a scraper) could see, with tags stripped and entities unescaped."""
    t = raw_text(f)
    if f.endswith(".html"):
        t = re.sub(r"<script.*?</script>", " ", t, flags=re.S)  # JSON-LD is not visible text
        t = re.sub(r"</?(a|span|strong|em|b|i|time)\b[^>]*>", "", t)  # inline tags: no gap
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return re.sub(r"[ \t]+", " ", t)


def page_text_joined(f):
    """page_text with all whitespace (including hard wraps) collapsed to single spaces."""
    return re.sub(r"\s+", " ", page_text(f))
