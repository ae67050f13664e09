"""Blocks: runs of source text that may become paragraphs, and the rules that sort them.

The text, Markdown and HTML readers all produce blocks; ``split_header`` then separates the title,
dek, byline and date at the top from the body paragraphs. Pure and deterministic.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..text import BYLINE_ROLE, BYLINE_ROLE_WORDS, CORRECTION_NOTE

# the writer's bio box: "About the author: Tomasz Wielgosz has reported on…"
_ABOUT_THE_WRITER = r"\W*about the (author|writer|reporter)\s*:.*"
_BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"[\W_]+",  # separators: "|", "***", "—"
        r"getting your .{0,40}player ready.*",
        r"(listen to|play) (this )?(article|story|audio).*",
        r"(listen|play)\s*\(?\s*\d+\s*(min|mins|minutes)\b.*",  # "🔊 Listen (5 min)"
        r"advertisement|sponsored( content)?|ad|skip (to )?(main )?content|jump to .*",
        # a consent layer's buttons: "[Accept all] [Manage settings]", "OK", "Reject all"
        r"(accept|reject|allow|refuse|decline)( all)?( cookies)?"
        r"|manage (settings|preferences|choices|cookies)|cookie settings|ok|i agree|agree( and close)?",
        # the page's account bar: "Log in  Subscribe  Search", "Sign in | Register | Menu"
        r"((log ?in|sign ?in|log ?out|sign ?out|subscribe|search|menu|my account|register|e-?paper)"
        r"\s*[|·•/]?\s*){2,}",
        r"scroll to continue( reading)?",
        r"(share|share this( article| story| page)?|tweet|post|email|print|copy link|save)( on \w+)?\s*:?",
        # "Share this story: Facebook · X · Email"
        r"share( this)?( live)?( article| story| page| post| blog)?\s*:?\s*((facebook|twitter|x|email|e-mail|"
        r"whatsapp|linkedin|reddit|bluesky|threads|print|copy link)\s*[·|,/•]?\s*)+",
        r"(subscribe|sign up|register)\b.{0,80}",
        # "Sign up for our newsletter: the week's top stories from the Costa del Sol, every Friday."
        r"(subscribe|sign up|register)\b.{0,40}\b(newsletters?|alerts|updates|inbox|email)\b.{0,160}",
        # "Get the Morning Brief. Local news in your inbox every weekday. Sign up here", "NEWSLETTER: Get
        # the Islands Briefing in your inbox every Friday. Sign up at aegeanmorningpost.example/newsletters"
        r"((newsletters?|briefings?|alerts?)\s*:\s*)?"
        r"(get|receive)\b.{0,120}\b(inbox|newsletters?|briefing)\b.{0,80}\b(sign up|subscribe)"
        r"( here| now| today| (at|via) \S+)?\W*",
        # a wire story's note on what an update adds: "(Adds comment from lawyer in paragraphs 9-10)"
        r"\((adds|updates|recasts|corrects|changes|rewrites|refiles|fixes|removes|inserts|writes through|"
        r"repeats|releases)\b[^()]{0,200}\)",
        r"(read more|(also|further) read(ing)?|read also|related( articles| stories| coverage)?|see also|"
        r"recommended|more from .{0,40}|"
        r"most (read|popular)|trending)\s*:?.{0,80}",
        # a longer list of links after its label: "Read more: How the course got fast · Results: full results"
        r"(read more|read next|more on this( story)?)\s*:.{0,200}",
        # an advert's copy on its mark's line: "ADVERTISEMENT — Lighter. Faster. The new racing shoe."
        r"(advertisement|sponsored( content)?|anzeige)\s*[—–:|-]\s*.{0,160}",
        r"(follow|like) us on .*",
        # "Follow Jane on Twitter @janedoe": the writer's social links
        r"follow\s+[\w.'’-]+(\s+[\w.'’-]+)?\s+on\s+(twitter|x|facebook|instagram|linkedin|threads|bluesky|"
        r"mastodon|tiktok|youtube)\b.*",
        r"(©|\(c\)|copyright\b).*|.*all rights reserved\.?",
        r"(tags?|topics?|filed under|categories|posted in)\s*:.*",
        r"(image|photo|picture|video|graphic)( credit)?s?\s*:.{0,120}|credit\s*:.{0,80}",
        r"click here\b.*|loading\.*|please wait\.*",
        r"sent from my \w+(\s\w+)?|get outlook for \w+",  # a mail app's signature
        # a newsletter's frame: "Trouble viewing this email? View it in your browser:", its footer
        r"((having )?trouble|problems?) viewing this (e-?mail|message|newsletter)\b.*|view (it|this "
        r"(e-?mail|message|newsletter)) (in|on) (your|a|the) (web )?browser\b.*",
        r"(you are |you're )?receiving this (e-?mail|message|newsletter)\b.*",
        r"(.{0,60}\s)?unsubscribe\s*([|·•].*)?",
        r"(https?://|www\.)\S+",  # a bare link
        r"(\[\s*[^\[\]]{1,30}?\s*\]\s*){3,}",  # a row of buttons: "[ NEWS ] [ SPORT ] [ WHAT'S ON ]"
        r"(\d+\s+)?comments?(\s*\(\d+\)?)?|leave a (comment|reply).*|(we|this site) uses? cookies.*",
        # a call to comment: "Comments are moderated. Sign in to join the discussion.", "Have you been?
        # Tell us about it in the comments below."
        r".{0,120}\b(in the comments( below| section)?|join the (discussion|conversation)|comments are "
        r"(moderated|closed|open)|have your say)\b.{0,120}",
        # "Have a story idea? Email newsroom@…", "Got a tip? Contact us"
        r"(have|got)\s+a\s+(story(\s+idea)?|news\s+tip|tip)\b.{0,120}",
        # "UPDATED: 8 February 2025, 21:30 CET (adds police figures)"
        r"(updated|last updated)\s*:?\s*.{0,40}?(\s*\([^()]{0,200}\))?",
        # a wire page's footer: "Our Standards: The … Trust Principles.", "Purchase Licensing Rights"
        r"our standards\s*:.{0,80}|purchase licensing rights",
        # a wire story's closing credits: "Reporting by Anna Kowalski; Editing by Mark Heinrich"
        r"\(?((additional\s+)?(reporting|writing)\s+by\s+.{1,120}?;\s*)?editing\s+by\s+.{1,80}?\)?",
    )
]
# A wire story's dateline names the agency: "GDANSK, Nov 3 (Reuters) -", "WASHINGTON (AP) —".
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?){0,2}"  # "NAIROBI, Kenya", "PARIS, Nov 3"
    r"\s*\((?P<outlet>[A-Z][\w .&'’-]{0,30}?)\)\s*[-–—]"
)


def joined_names(names: list[str]) -> str:
    """Several writers as one byline reads: "Ann Lee, Sam Roe and Kim Park"."""
    names = [n.strip() for n in names if n.strip()]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


# A page's time stamp under the headline: "Updated 14:32 GMT, 16 August 2025", "Published: 3 May 2026".
_STAMP = re.compile(
    r"^\s*(?:first\s+|last\s+)?(?:updated|published|posted)\s*(?:on\s+|at\s+)?:?\s*(?P<when>.{4,60})$", re.I
)
STAMP_LINES = 8  # the header lines looked at for one


def stamped_date(lines: list[str]) -> str | None:
    """The date of the first time stamp line among the header's lines, if any: it is dropped with
    the page's furniture ("Updated …" lines anywhere else are), but the article's date is in it."""
    for line in lines[:STAMP_LINES]:
        stamp = _STAMP.match(line)
        if stamp and _DATE_HINT.search(stamp.group("when")):
            return stamp.group("when")
    return None


# A wire story's closing credits name its writers: "Reporting by Brian Kiprono; Editing by Helen Marsh",
# "(Reporting by Anna Kowalski in Gdansk and Tom Reyes in Warsaw; Editing by …)".
_CREDITS = re.compile(r"^\(?\s*reporting\s+by\s+(?P<who>[^;()]{3,120}?)\s*(?:;|\)|$)", re.I)
_CREDIT_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def credited_writers(lines: list[str]) -> str | None:
    """The writers a wire story's closing credits name, if any ("Brian Kiprono" in "Reporting by
    Brian Kiprono; Editing by Helen Marsh"): the byline of a story that has no other."""
    for line in reversed(lines):
        credits = _CREDITS.match(line.strip())
        if credits:
            who = _CREDIT_PLACE.sub("", credits.group("who")).strip(" ,.")
            return joined_names(re.split(r",\s*|\s+and\s+", who)) or None
    return None


# A wire headline's service prefix: "UPDATE 1-Kenyan court orders…", "EXCLUSIVE-…", "WRAPUP 2-…".
_WIRE_PREFIX = re.compile(
    r"^(?:UPDATE|WRAPUP|CORRECTED|REFILE|RPT|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|EXPLAINER|BREAKINGVIEWS)"
    r"(?:\s+\d+)?\s*[-–—]\s*(?=\S)"
)


def without_wire_prefix(title: str) -> str:
    """A headline without a wire service's prefix ("UPDATE 1-Kenyan court…" → "Kenyan court…")."""
    return _WIRE_PREFIX.sub("", title, count=1)


def dateline_outlet(lead: str) -> str | None:
    """The agency a wire story's dateline names ("Reuters" in "GDANSK, Nov 3 (Reuters) - …")."""
    match = _DATELINE.match(lead)
    return match.group("outlet").strip() if match else None


# "By Lee Park", "Author: Lee Park", and a piece's kind before "by": "Review by Lee Park", "Words by …"
_BYLINE = re.compile(
    r"^\s*(?:(?:written|words|text|story|reporting|review|reviewed|interview|analysis|commentary|column|compiled)\s+)?"
    r"(?:by|author|authors)\s*[:\-–]?\s*(.+)$",
    re.I,
)
_KEY_VALUE = re.compile(
    r"^\s*(title|headline|subtitle|dek|standfirst|strapline|author|byline|words|date|published|source|outlet|"
    r"publication|publisher|"
    r"newspaper|url)\s*:\s*(.+)$",
    re.I,
)
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_DATE_HINT = re.compile(
    rf"\b(19|20)\d\d[-/.]\d\d?[-/.]\d\d?\b|\b({_MONTHS})[a-z]*\.? \d{{1,2}},? (19|20)\d\d\b|"
    rf"\b\d{{1,2}} ({_MONTHS})[a-z]* (19|20)\d\d\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")


@dataclass(frozen=True, slots=True)
class Block:
    """A run of source text that may become a paragraph: text plus its span in the source."""

    text: str
    start: int
    end: int
    heading: int = 0  # markdown heading level, 0 for ordinary text
    standout: bool = False  # set wholly in italics or bold (a Markdown standfirst), not plain text


def text_blocks(text: str) -> list[Block]:
    """Split plain text into paragraph blocks with their source spans.

    Paragraphs are separated by blank lines. Inside a run of lines, if most lines end a sentence the
    text is one-paragraph-per-line (typical of scraped text); otherwise lines are hard wraps and are
    joined.
    """
    runs: list[list[tuple[str, int, int]]] = [[]]
    in_link_list = False  # the lines under "Most popular" up to the next blank line: other stories
    heading_alone = False  # ...or up to the blank line after them, when a blank line follows the heading
    forwarded_from = forwarded_message_start(text)
    matches = list(re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text))
    lines = [unframed(m.group().rstrip("\r\n")) for m in matches]
    advert = _advert_lines(lines)
    # A page notice hard-wrapped over lines ("We use cookies to … show you" / "relevant advertising.
    # By continuing…"): a line going on in lower case from a dropped line that ends no sentence.
    dropped_open = in_notice = False
    for n, (match, line) in enumerate(zip(matches, lines, strict=True)):
        start = match.start()
        if start < forwarded_from:
            continue
        if (_EMAIL_HEADER.fullmatch(line.strip()) and forwarded_from) or n in advert:
            line = ""
        if not line.strip():
            in_link_list = in_link_list and heading_alone
            heading_alone = False
        elif is_link_list_heading(line):
            in_link_list = heading_alone = True
        elif in_link_list:
            heading_alone = False
        goes_on = dropped_open and line.strip()[:1].islower()
        # ...or any short line under a cookie notice's or a writer's bio's first line, up to the blank line
        goes_on = goes_on or (in_notice and len(line.split()) <= NOTICE_LINE_WORDS)
        in_notice = bool(line.strip()) and ((goes_on and in_notice) or is_consent(line) or _writer_bio(line))
        if not line.strip() or in_link_list or goes_on or is_boilerplate(line):
            dropped_open = bool(line.strip()) and not _ends_line(line.strip())
            if runs[-1]:
                runs.append([])
            continue
        dropped_open = False
        lead = len(line) - len(line.lstrip())
        runs[-1].append((line.strip(), start + lead, start + len(line.rstrip())))
        if match.end() == len(text):
            break
    blocks: list[Block] = []
    for run in runs:
        if not run:
            continue
        ends = [_ends_line(line) for line, _, _ in run[:-1]]
        # a line that ends no sentence, then one that starts in lower case: a sentence wrapped
        # (or ends a clause: "…as the number of over-75s climbs;" / "unions call the proposal…")
        wrapped = any(
            (not end or line.endswith((";", ","))) and nxt[:1].islower()
            for end, (line, _, _), (nxt, _, _) in zip(ends, run, run[1:], strict=False)
        )
        if len(run) == 1 or (sum(ends) >= len(ends) / 2 and not wrapped):
            blocks.extend(Block(_squash(line), s, e) for line, s, e in run)
            continue
        # Hard-wrapped: only a short line (a title, a paragraph's last line) or a header line
        # coming next ends a paragraph; full-width lines continue it.
        width = max(len(line) for line, _, _ in run)
        current = [run[0]]
        for prev, line in itertools.pairwise(run):
            navigation = _NAVIGATION.search(prev[0]) or _NAVIGATION.search(line[0])  # a line of its own
            navigation = navigation or _TABLE_ROW.search(prev[0]) or _TABLE_ROW.search(line[0])  # so is a row
            # a line that starts in lower case goes on with a sentence ("by a doctor climbed to…")
            starts_new = not line[0][:1].islower() and (_is_header_line(line[0]) or _is_headline(prev[0]))
            starts_new = starts_new or _BULLET.match(line[0]) is not None  # "* Landfall: 03:40" is an item
            if len(prev[0]) < 0.6 * width or starts_new or navigation:
                blocks.append(_join(current))
                current = []
            current.append(line)
        blocks.append(_join(current))
    return blocks


# The line over an advert set in the text: "ADVERTISEMENT", "----- ADVERTISEMENT -----", "Anzeige".
_AD_MARK = re.compile(
    r"[\W_]*(?:advertisement|advertising|sponsored(?: content)?|anzeige|publicit[ée])[\W_]*", re.I
)
ADVERT_LINES, ADVERT_LINE_WORDS = 3, 12


def _advert_lines(lines: list[str]) -> set[int]:
    """The lines of an advert's copy right under its mark, up to a blank line: a few short lines
    ("Reilly's Hardware - GARDEN SALE. 20% off" / "all compost until Sunday."). A long line under the
    mark is the story going on (text saved one paragraph a line keeps the mark between two)."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if not _AD_MARK.fullmatch(line.strip()):
            continue
        copy = list(itertools.takewhile(lambda j: lines[j].strip(), range(i + 1, len(lines))))
        if 0 < len(copy) <= ADVERT_LINES and all(len(lines[j].split()) <= ADVERT_LINE_WORDS for j in copy):
            found.update(copy)
    return found


# What frames a line of plain text without being part of it, kept in the line's span as blanks:
# e-mail quote marks ("> > Councillors voted…") and the sides of a box drawn with "|".
_LINE_FRAME = re.compile(r"^[ \t]*(?:>[ \t]?)+|^[ \t]*\|(?=[ \t])|(?<=[ \t])\|[ \t]*$")


def unframed(line: str) -> str:
    """The line with its frame blanked out (the same length, so offsets still point into the text)."""
    return _LINE_FRAME.sub(lambda m: " " * len(m.group()), line)


# A forwarded e-mail (a newsletter sent on): the story starts after the line that introduces the
# forwarded message ("On Thu 15 May 2025 at 07:02, The Courier <…> wrote:", "---------- Forwarded
# message ---------"); the sender's note and headers above it are not the story.
_FORWARD_MARK = re.compile(
    r"^[ \t>]*(?:on\s.{6,200}?\swrote:|-{2,}\s*forwarded message\s*-{2,}|begin forwarded message:)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_EMAIL_HEADER = re.compile(r"(?:from|to|cc|bcc|sent|subject|reply-to)\s*:.{0,300}", re.IGNORECASE)
FORWARD_MARK_WITHIN = 3000  # characters: the mark comes after a short note, not deep in a story


def forwarded_message_start(text: str) -> int:
    """Where a forwarded e-mail's message starts (0 when the text is no forwarded e-mail: the mark
    must follow a "From:" or "Subject:" header line near the top)."""
    mark = _FORWARD_MARK.search(text, 0, FORWARD_MARK_WITHIN)
    if mark is None or not re.search(r"^[ \t]*(?:from|subject)\s*:", text[: mark.start()], re.I | re.M):
        return 0
    return mark.end()


_BULLET = re.compile(r"[*•‣◦·-]\s+\S")  # an item of a list set as text
# A row of a table set as text: four or more columns apart by dashes, or three by tabs
# ("Alison Kerrigan — Kelbrook First — 14,212 — 38.4%").
_TABLE_ROW = re.compile(r"^[^—–\t]+(?:\s[—–]\s[^—–]+){3,}$|^[^\t]+(?:\t[^\t]+){2,}$")


# A line in title case ("Trains Grind to a Halt as Drivers Walk Out") is a headline: it ends its
# block, so the dek under it is not joined to it as if the headline were a hard-wrapped line.
HEADLINE_MIN_CAPITALISED = 4
HEADLINE_CAPITALISED_SHARE = 0.7


def _is_headline(line: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) >= 4]
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised >= HEADLINE_MIN_CAPITALISED and capitalised >= HEADLINE_CAPITALISED_SHARE * len(words)


def _join(lines: list[tuple[str, int, int]]) -> Block:
    return Block(_squash(" ".join(line for line, _, _ in lines)), lines[0][1], lines[-1][2])


def _ends_line(line: str) -> bool:
    """True when a line ends a unit of its own (a sentence, or a `Key: value` / byline header)."""
    return bool(_SENTENCE_END.search(line)) or _is_header_line(line)


def _is_header_line(line: str) -> bool:
    short_date = _DATE_HINT.search(line) is not None and len(line.split()) <= 6
    return bool(_KEY_VALUE.match(line) or _BYLINE.match(line) or short_date)


# A photo caption: a line that opens with "Photo:" / "Image:", or one that ends with the picture's
# credit ("… on Thursday. Photo: The Civic Ledger / Amy Cho", "… (Credit: Mika Lindqvist)"). The
# credit is a short name with no sentence punctuation, so a body sentence that merely mentions a
# photo ("…shared photographs of the coins.") is no caption. Captions run longer than the other
# furniture lines, hence their own word limit.
_CAPTION_WORDS = 45
_CAPTION = re.compile(
    r"[(\[]?(photo|image|picture|pictured|photograph)\s*:.*"
    r"|.*[.!?)]\s+\(?(photo|image|picture|photograph|credit)s?( credit)?\s*:\s*[^.!?:\"“”]{1,60}\)?",
    re.IGNORECASE,
)


# A heading over a list of links to other stories: "Most popular", "Most read on The Herald",
# "Related stories", "More from Travel", "Read next".
_LINK_LIST_HEADING = re.compile(
    r"(most (read|popular|viewed|shared)|trending( now)?|"
    r"related( articles| stories| coverage| reviews| reading| content| links)?|recommended|"
    r"more (from|on|in) .{1,40}|more stories|read next|you may also like|"
    r"editor'?s picks|top stories|latest (news|stories))( (on|in|at|from) .{1,40})?\s*:?",
    re.IGNORECASE,
)


def is_link_list_heading(line: str) -> bool:
    """True for a line that heads a list of other stories' headlines (which are no paragraphs)."""
    return _LINK_LIST_HEADING.fullmatch(line.strip().strip("*_#").strip()) is not None


LINK_LIST_ITEM_WORDS = 15  # a listed headline is a short line that ends no sentence


def without_link_lists(blocks: list[Block]) -> list[Block]:
    """The blocks without a list of other stories: its heading ("Most read on …") and the short
    headline blocks under it (Markdown and HTML keep each listed headline a block of its own)."""
    kept: list[Block] = []
    listing = False
    for block in blocks:
        if is_link_list_heading(block.text):
            listing = True
            continue
        if (
            listing
            and len(block.text.split()) <= LINK_LIST_ITEM_WORDS
            and not _SENTENCE_END.search(block.text)
        ):
            continue
        listing = False
        kept.append(block)
    return kept


# A pull quote set as a line of its own: a quotation, then its speaker after a dash
# ("“We are being asked to choose which trees to let die.” — Pilar Sáez, chair of the cooperative").
_PULL_QUOTE_LINE = re.compile(r"[\"“‘'](?P<quote>[^\"“”]{10,400}?)[\"”’']\s*[—–-]{1,2}\s*[A-Z][^\"“”]{1,120}")


def without_pull_quotes(blocks: list[Block]) -> list[Block]:
    """The body without its pull quotes: a quotation with its speaker after a dash whose words the
    story also tells in a paragraph of its own ("…,” said Pilar Sáez, who grows lemons…"). A quote
    the story tells nowhere else is kept: it may be the only place its words are."""
    kept = []
    for i, block in enumerate(blocks):
        found = _PULL_QUOTE_LINE.fullmatch(block.text.strip())
        if found:
            quote = _squashed(found.group("quote")).rstrip(".,!? ")
            if quote and any(quote in _squashed(other.text) for j, other in enumerate(blocks) if j != i):
                continue
        kept.append(block)
    return kept


def _squashed(text: str) -> str:
    """Lower-case words only: how a pull quote and the paragraph that tells it are compared."""
    return " ".join(re.findall(r"\w+", text.lower()))


# Other stories' headlines in a row after a heading: "Read next: Art crime unit warns… · Market works delayed"
_LINK_LIST_LINE = re.compile(rf"(?:{_LINK_LIST_HEADING.pattern})\s*:\s*[^·|•]+(?:\s[·|•]\s[^·|•]+)+", re.I)
LINK_LIST_LINE_WORDS = 60


# A cookie or privacy consent banner saved with the page: "We use cookies to give you the best
# experience… Click "I Accept" to continue", "** Cookies: we and our partners store data on your
# device… [OK] [Settings] **", "We value your privacy". It opens on the cookies or on the site's own
# voice, so a body sentence about cookies ("The regulator fined the firm for setting cookies without
# consent") is no banner.
_CONSENT_WORDS = 80
_CONSENT = re.compile(
    r"[\W_]*(?:cookies?\s*(?::|notice|policy|settings|preferences|consent)"
    r"|(?:we|this\s+(?:web)?site|our\s+(?:web)?site)(?:\s+and\s+our\s+partners)?\s+(?:use|uses|store|stores)"
    r"\b.{0,60}?\bcookies|we\s+(?:value|respect|care\s+about)\s+your\s+privacy"
    r"|your\s+privacy\s+(?:choices|settings|matters)"
    # "[ Cookies help us deliver our services. Manage your choices or press OK. [OK] ]": a notice
    # speaking to the reader about cookies and asking for a choice
    r"|(?=.*\bcookies\b)(?=.*\b(?:we|us|our|you|your)\b)"
    r"(?=.*\b(?:accept|agree|ok|manage|choices|settings|preferences|consent|continu\w*\s+to\s+(?:browse|use))\b))"
    r".*",
    re.IGNORECASE,
)


NOTICE_LINE_WORDS = 30  # a line of a cookie notice wrapped over several is this long at most
BIO_WORDS = 80  # a box about the writer is this long at most


def _writer_bio(line: str) -> bool:
    """True for the first line of a box about the writer ("About the author: …"), wrapped or not."""
    return re.fullmatch(_ABOUT_THE_WRITER, line.strip(), re.IGNORECASE) is not None


def is_consent(line: str) -> bool:
    """True for a cookie or privacy notice's line ("We use cookies to improve your experience…")."""
    stripped = line.strip()
    return len(stripped.split()) <= _CONSENT_WORDS and _CONSENT.fullmatch(stripped) is not None


def is_boilerplate(line: str) -> bool:
    """True for web-page furniture lines (player prompts, share links, separators, photo captions…)."""
    stripped = line.strip()
    if not stripped:
        return True
    n_words = len(stripped.split())
    if is_consent(stripped):
        return True
    if n_words <= LINK_LIST_LINE_WORDS and _LINK_LIST_LINE.fullmatch(stripped):
        return True
    if n_words <= _CAPTION_WORDS and _CAPTION.fullmatch(stripped):
        return True
    if _writer_bio(stripped) and n_words <= BIO_WORDS:
        return True
    if n_words > 20:
        return False
    return any(p.fullmatch(stripped) for p in _BOILERPLATE) or _is_furniture_row(stripped)


# The items of a row of page buttons: "Share on Facebook · Share on X · Email", "[Share] [Post] [Email]"
_ROW_ITEM = re.compile(r"\s*(?:[·|•]|\]\s*\[|^\[|\]$|\]\s+)\s*|\s{3,}")  # or set apart by spaces
_NOT_WORDS = re.compile(r"^[\W_]+|[\W_]+$")  # an icon or bracket around an item: "🔊 Listen (5 min)"


def _is_furniture_row(line: str) -> bool:
    """True for a row of two or more page buttons or labels, each of them furniture on its own."""
    items = [_NOT_WORDS.sub("", item) for item in _ROW_ITEM.split(line)]
    items = [item for item in items if item]
    return len(items) >= 2 and all(any(p.fullmatch(item) for p in _BOILERPLATE) for item in items)


def _is_body(text: str) -> bool:
    n_words = len(text.split())
    return n_words > 35 or (n_words >= 8 and _SENTENCE_END.search(text) is not None)


HEADER_BLOCKS = 8  # the header is among the first blocks
# The label of a box of the story's points under the headline.
_BOX_LABEL = re.compile(
    r"(?:key|main)\s+(?:points|facts|takeaways)|at\s+a\s+glance|in\s+brief|highlights|"
    r"what\s+you\s+need\s+to\s+know|the\s+essentials|quick\s+read|tl;?dr",
    re.I,
)


def split_header(blocks: list[Block], meta: dict[str, str]) -> tuple[dict[str, str], list[Block]]:
    """Separate title / dek / byline / date lines at the top from the body paragraphs."""
    header = {k: v for k, v in meta.items() if v}
    body_start = 0
    boxed = 0  # the points of a "Key points" box, read with its label
    navigation_title = False  # the title is a part of a navigation line ("Headline | Site")
    # "EDITOR'S NOTE: This story was updated…" over the headline: a note on the article, read after
    # its body (as a correction at its foot is), not its headline
    notes: list[Block] = []
    for i, block in enumerate(blocks):
        if i >= HEADER_BLOCKS + boxed + len(notes):
            break
        if i < body_start:
            continue
        text = block.text
        if "title" not in header and not block.heading and CORRECTION_NOTE.search(text):
            notes.append(block)
            body_start = i + 1
            continue
        if block.heading == 1 and navigation_title and "dek" not in header:
            # a Markdown headline below a top bar ("THE REVIEW | News Books Arts Sport | Sign in")
            # is the title, not the bar's section names
            del header["title"]
            navigation_title = False
        if text in (header.get("title"), header.get("dek")):
            body_start = i + 1  # a heading repeating the front matter title
            continue
        if _BOX_LABEL.fullmatch(text.strip(" :")):
            # "Key points" over a short list of the story's points: not the dek, but the points are
            after = blocks[i + 1 :]
            points = list(itertools.takewhile(lambda b: not b.heading and not _is_body(b.text), after))
            if points and "dek" not in header:
                header["dek"] = "; ".join(b.text.lstrip("*•- ").rstrip(" .;") for b in points) + "."
            # (under a standfirst the points are dropped: they repeat the story's lead, and as a
            # paragraph they would be quoted for it)
            body_start = i + 1 + len(points)
            boxed = len(points)
            continue
        if block.heading or not _is_body(text):
            key_value = _KEY_VALUE.match(text)
            if _NAVIGATION.search(text) and not block.heading:
                had_title = "title" in header
                _read_navigation(header, text)
                navigation_title = navigation_title or ("title" in header and not had_title)
            elif key_value and not block.heading:
                _set_key_value(header, key_value.group(1).lower(), key_value.group(2).strip())
            elif _read_byline_or_date(header, text):
                pass
            elif (
                "title" in header
                and "byline" not in header
                and _bare_name_over_date(text, blocks[i + 1 : i + 2])
            ):
                header["byline"] = text  # "Ingrid Solheim" over "Published: 19 May 2025, 09:12"
            elif (
                "title" in header
                and "byline" not in header
                and (role := _role_under_name(text, blocks[i + 1 : i + 2]))
            ):
                header["byline"] = f"{text}, {role}"  # "Rui Cossa" over "Climate and Disaster Reporter"
                body_start = i + 2
                continue
            elif "outlet" not in header and "byline" in header and _is_outlet_line(text):
                header["outlet"] = text  # "By Lee Park / The Valley Post / 3 May 2026"
            elif "title" not in header and (masthead := _masthead(text, blocks[i + 1 : i + 2])):
                header.setdefault("outlet", masthead)  # "Fundy Coast Times - Business" over the headline
            elif "title" not in header and block.heading != 1 and _is_label(text, blocks[i + 1 : i + 2]):
                # A short line above the headline: the outlet's name, or a section label ("Markets").
                if _OUTLET_NAME.search(text):
                    header.setdefault("outlet", text)
            elif "title" not in header:
                header["title"] = text
            elif "dek" not in header and len(text.split()) >= DEK_MIN_WORDS:
                header["dek"] = text  # (a shorter line is a label over the story: "LIVE", "Analysis")
            body_start = i + 1
            continue
        if "title" in header and "dek" in header and block.standout and i == body_start:
            # a standfirst set in bold under the headline, when the front matter gave the dek already
            body_start = i + 1
            continue
        if "title" in header and "dek" not in header and (block.standout or _byline_next(blocks, i)):
            # A standfirst between the headline and the byline ("By …" right under it), or set in
            # italics under a Markdown headline, is the dek however long: news copy puts headline,
            # dek, byline, outlet and date in a row.
            header["dek"] = text
            body_start = i + 1
            continue
        break
    body = blocks[body_start:] + notes
    # Section headings inside the body are navigation, not citable paragraphs.
    return header, [b for b in body if not b.heading]


# How newspapers and news sites name themselves: a line above the headline that looks like this is
# the outlet, not a section label.
_OUTLET_NAME = re.compile(
    r"\b(?:courier|times|news|post|herald|gazette|tribune|journal|chronicle|sentinel|observer|daily|press|"
    r"review|record|star|mail|telegraph|guardian|independent|standard|examiner|globe|inquirer|monitor|"
    r"dispatch|bulletin|register|reporter|today|weekly|express|mirror|echo|advertiser|leader|argus|"
    r"courant|ledger|beacon|clarion|wire|agency)\b",
    re.I,
)


# A page's navigation line: a breadcrumb ("Home > News > Environment") or parts of the page's top
# bar set apart by bars ("Wendham Courier | Local News", "Valley Gazette | Tuesday 3 November 2026").
# A breadcrumb set apart by slashes has three or more short parts ("Home / Economy / Monetary policy"):
# a headline seldom has two " / " in it.
_SLASH_CRUMBS = r"^(?:[\w’'&.-]+(?:\s[\w’'&.-]+){0,3}\s/\s){2,}[\w’'&.-]+(?:\s[\w’'&.-]+){0,3}$"
_NAVIGATION = re.compile(rf"\s(?:\||>|›|»|::|·|•)\s|{_SLASH_CRUMBS}")
_BREADCRUMB = re.compile(rf"\s(?:>|›|»)\s|{_SLASH_CRUMBS}")
LABEL_WORDS = 4  # a section label or an outlet's name is this many words at most


def _read_navigation(header: dict[str, str], text: str) -> None:
    """Take what a navigation line tells (the outlet, a date, a byline, a headline before a bar) and
    leave the rest: a breadcrumb or a section name is not the article's headline."""
    if _BREADCRUMB.search(text):
        # "Aegean Morning Post  |  Home > Greece > Islands": a masthead before the crumbs names the outlet
        first = re.split(r"\s\|\s", text, maxsplit=1)[0].strip()
        if (
            "title" not in header
            and first != text.strip()
            and not _BREADCRUMB.search(first)
            and 2 <= len(first.split()) <= LABEL_WORDS
            and _OUTLET_NAME.search(first)
        ):
            header.setdefault("outlet", first)
        return
    if "byline" not in header and "title" in header and (byline := name_bar_role(text)):
        header["byline"] = byline  # "Eero Salmivaara | Economics Editor" under the headline
        return
    byline_read = False
    for part in (p.strip() for p in re.split(r"\s(?:\||::|·|•)\s", text)):
        if not part:
            continue
        if _read_byline_or_date(header, part):
            byline_read = byline_read or bool(_BYLINE.match(part) or _NAME_WITH_ROLE.match(part))
            continue
        if len(part.split()) <= LABEL_WORDS:
            if byline_read and BYLINE_ROLE.search(part) and "byline" in header:
                header["byline"] = f"{header['byline']}, {part}"  # "By Lee Park | Political Reporter"
            elif _OUTLET_NAME.search(part) and not BYLINE_ROLE.search(part):
                header.setdefault("outlet", part)
            elif byline_read and _names_outlet(part, "|"):
                header.setdefault("outlet", part)  # "By Sam Lee | The Town Crier"
        elif "title" not in header:
            header["title"] = part  # "Headline | Site": the headline before the site's name


_BARE_NAME = re.compile(r"[A-Z][\w'’.-]+(?:\s+(?:de|van|von|da|di|del|la|le|bin|al)?\s*[A-Z][\w'’.-]+){1,3}")


# A desk's credit in place of a writer's name: "Staff and agencies", "Staff Reporter", "News Desk".
_DESK_CREDIT = re.compile(
    r"(?:(?:our\s+)?staff(?:\s+and\s+agencies|\s+reporters?|\s+writers?)?|agencies|wire\s+services|"
    r"(?:news|city|foreign|metro)\s+desk|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:staff|reporters|correspondents))",
    re.I,
)


def _role_under_name(text: str, following: list[Block]) -> str | None:
    """The writer's role on the line under a line that is only their name ("Rui Cossa" over
    "Climate and Disaster Reporter"), if so."""
    if not following or not _BARE_NAME.fullmatch(text) or _OUTLET_NAME.search(text):
        return None
    role = following[0].text
    return role if _is_role(role) else None


def _is_role(text: str) -> bool:
    """True for a writer's role: a few words naming a job ("Economics Editor")."""
    return len(text.split()) <= ROLE_WORDS and BYLINE_ROLE.search(text) is not None


ROLE_WORDS = 5  # "Climate and Disaster Reporter", "Southern Cone correspondent"
DEK_MIN_WORDS = 3


def _bare_name_over_date(text: str, following: list[Block]) -> bool:
    """True for a line that is only a person's name (or a desk's credit: "Staff and agencies"),
    right above the date line: a byline without "By"."""
    if not following:
        return False
    if not _DESK_CREDIT.fullmatch(text) and (not _BARE_NAME.fullmatch(text) or _OUTLET_NAME.search(text)):
        return False
    after = following[0].text
    return _DATE_HINT.search(after) is not None and len(after.split()) <= 10


def _read_byline_or_date(header: dict[str, str], text: str) -> bool:
    """Keep a short byline ("By: Lee Park", "Lee Park, Political Reporter") or date line as the
    header's, if it has none yet; True when ``text`` is one. A byline that goes on to the outlet or
    the date ("By Lee Park, The Town Herald, 3 November 2026") gives those too."""
    n_words = len(text.split())
    posted = _POSTED_BY.match(text)
    if posted and _DATE_HINT.search(posted.group("date")) and n_words <= 16:
        # "Posted on November 4, 2026 by Tom Reyes": a blog's or a site's date line with its writer
        header.setdefault("date", posted.group("date"))
        header.setdefault("byline", posted.group("who").strip())
        return True
    byline = _BYLINE.match(text) or _NAME_WITH_ROLE.match(text)
    if byline and n_words <= 16:
        name, *rest = _BYLINE_PARTS.split(byline.group(1).strip())
        name = bare = as_written_name(name)  # "MARKUS EDLINGER, Staff Writer": the name in capitals alone
        for separator, part in zip(rest[::2], rest[1::2], strict=True):
            if _DATE_HINT.search(part):
                header.setdefault("date", part)
            elif _names_outlet(part, separator):
                header.setdefault("outlet", part)
            else:
                name = f"{name}, {as_written_name(part)}"  # "Joanna Whitlock, Environment Correspondent"
        if header.get("byline", "").casefold() == bare.casefold():
            del header["byline"]  # the front matter's bare name, which this line gives with the role
        header.setdefault("byline", as_written_name(name))
        return True
    if _DATE_HINT.search(text) and n_words <= 10:
        header.setdefault("date", text)
        return True
    return False


_POSTED_BY = re.compile(
    r"^(?:posted|published|updated)?\s*(?:on\s+)?(?P<date>.+?)\s+by\s+(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})$",
    re.I,
)
# A byline without "By": a name, then the writer's role ("Lee Park, Political Reporter").
_NAME_WITH_ROLE = re.compile(
    rf"^((?:[A-Z][\w'’-]+ ){{1,3}}[A-Z][\w'’-]+,\s*(?:[\w'’-]+ ){{0,3}}{BYLINE_ROLE_WORDS})$", re.I
)
# The parts of a byline line: the name(s), then the role, outlet or date after a comma, bar or dot
# (the separator is kept: see ``_names_outlet``).
_BYLINE_PARTS = re.compile(r"\s*(,|\s\|\s|\s·\s|\s•\s)\s*")


def _names_outlet(part: str, separator: str) -> bool:
    """Whether a part of a byline line after its name is the outlet.

    A news word says so ("The Town Herald"). Without one, a capitalised name that is no writer's
    role is the outlet when a bar or a dot sets it apart ("By Sam Lee | The Town Crier") or it
    opens with "The" ("By Sam Lee, The Town Crier"); after a plain comma it is a second writer
    ("By Sam Lee, Ana Ruiz").
    """
    if BYLINE_ROLE.search(part):
        return False
    if _OUTLET_NAME.search(part):
        return True
    set_apart = separator.strip() != "," or part.lower().startswith("the ")
    return set_apart and _is_outlet_line(part)


def as_written_name(name: str) -> str:
    """A name set in capitals ("JANE DOE, STAFF WRITER", "THE NORTHGATE STANDARD") in the case names
    are written in; a one-word name in capitals ("BBC") and a short word among others ("AP") may be
    an abbreviation, and stay as they are."""
    if not name.isupper() or len(name.split()) < 2:
        return name
    small = {"and", "of", "the", "for", "at"}
    written = []
    for i, word in enumerate(name.split()):
        if word.lower() in small:
            written.append(word.title() if i == 0 else word.lower())
        elif len(word.strip(",.")) <= 2 and word.isalpha():
            written.append(word)
        else:
            written.append(word.title())
    return " ".join(written)


def _byline_next(blocks: list[Block], i: int) -> bool:
    """True when the block after ``blocks[i]`` is a short byline line ("By Lee Park", "Lee Park |
    Political Reporter")."""
    following = blocks[i + 1 : i + 2]
    if not following or len(following[0].text.split()) > 12:
        return False
    return bool(_BYLINE.match(following[0].text)) or name_bar_role(following[0].text) is not None


def name_bar_role(text: str) -> str | None:
    """The byline "Name, Role" of a line set as "Eero Salmivaara | Economics Editor", else None."""
    parts = [p.strip() for p in re.split(r"\s(?:\||·|•)\s", text)]
    if len(parts) != 2 or not _BARE_NAME.fullmatch(parts[0]) or _OUTLET_NAME.search(parts[0]):
        return None
    if _BYLINE.match(parts[0]):
        return None  # "By Lee Park | Political Reporter": read as a byline, with its role
    return f"{parts[0]}, {parts[1]}" if _is_role(parts[1]) else None


def _is_outlet_line(text: str) -> bool:
    """A short name line under the byline, capitalised and not a sentence: the outlet (a writer's
    role under the byline, "Environment Correspondent", is not)."""
    words = text.split()
    return (
        len(words) <= LABEL_WORDS + 2
        and not _SENTENCE_END.search(text)
        and not BYLINE_ROLE.search(text)
        and all(w[0].isupper() or w.lower() in _NAME_JOINERS for w in words)
    )


_NAME_JOINERS = frozenset({"of", "the", "and", "&", "de", "du", "la", "le", "der", "die", "el"})


# A page's masthead over the headline, set apart from its sections by dashes: "Fundy Coast Times - Business".
_MASTHEAD = re.compile(
    r"(?P<outlet>[A-Z][^.!?]{1,50}?)\s+[-–—]\s+(?P<section>[A-Z][\w&'’]*(?:\s+[A-Z&][\w'’]*)?"
    r"(?:\s+[-–—]\s+[A-Z][\w&'’]*(?:\s+[A-Z&][\w'’]*)?)*)"  # "Alpenland Courier — Austria — Tyrol"
)


def _masthead(text: str, following: list[Block]) -> str | None:
    """The outlet a masthead line names ("Fundy Coast Times" in "Fundy Coast Times - Business"), when
    a longer headline-like line follows it; else None."""
    found = _MASTHEAD.fullmatch(text.strip())
    outlet = found.group("outlet") if found else ""
    if not found or not _OUTLET_NAME.search(outlet) or not _is_outlet_line(outlet):
        return None
    return outlet if _is_label(found.group("section"), following) else None


def _is_label(text: str, following: list[Block]) -> bool:
    """True for a short line (a few words, no sentence) just above a longer headline-like line."""
    if len(text.split()) > 4 or _SENTENCE_END.search(text) or not following:
        return False
    after = following[0].text
    return not _is_body(after) and len(after.split()) > len(text.split()) + 1 and not _BYLINE.match(after)


def _set_key_value(header: dict[str, str], key: str, value: str) -> None:
    target = {
        "headline": "title",
        "subtitle": "dek",
        "standfirst": "dek",
        "strapline": "dek",
        "author": "byline",
        "words": "byline",  # "Words: Ciara Fennelly"
        "published": "date",
        "source": "outlet",
        "publication": "outlet",
        "publisher": "outlet",
        "newspaper": "outlet",
        "url": "source_url",
    }.get(key, key)
    header.setdefault(target, value)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_WRITTEN_DATE = re.compile(_WEEKDAY + f"(?:{_DATE_HINT.pattern})", re.I)


# The time a date line gives after the date: ", 07:45 ADT", " at 9.30am", ", 16:20 CEST".
_TIME_AFTER = re.compile(
    r",?\s*(?:at\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{2,5}|GMT\s*[+-]\s*\d{1,2}))?(?![\w:.])"
)


def written_date(text: str, iso: str) -> str | None:
    """The first date in ``text`` as it is written there ("Monday, 23 November 2026"), weekday
    included, with the time that follows it ("22 May 2025, 07:45 ADT"), that falls on the day
    ``iso`` names; None when the text never writes that day."""
    for match in _WRITTEN_DATE.finditer(text):
        if normalize_date(match.group(0)) == iso:
            time = _TIME_AFTER.match(text, match.end())
            return (match.group(0) + (time.group(0) if time else "")).strip(" ,")
    for match in _NUMERIC_DATE.finditer(text):
        if _numeric_day_is(match, iso):
            time = _TIME_AFTER.match(text, match.end())
            return (match.group(0) + (time.group(0) if time else "")).strip(" ,")
    return None


# A date written in figures: "27/06/2025", "27.06.2025", "6/27/2025".
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")


def _numeric_day_is(match: re.Match[str], iso: str) -> bool:
    """Whether a date in figures is the day ``iso`` names, read day first or month first (the
    metadata's day tells which)."""
    first, second, year = (int(g) for g in match.groups())
    return f"{year:04d}-{second:02d}-{first:02d}" == iso or f"{year:04d}-{first:02d}-{second:02d}" == iso


def normalize_date(raw: str) -> str | None:
    """ISO date (YYYY-MM-DD) for a date expression, or None if it cannot be read."""
    import dateparser

    match = _DATE_HINT.search(raw)
    candidate = match.group(0) if match else raw
    parsed = dateparser.parse(
        candidate, languages=["en"], settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}
    )
    return parsed.date().isoformat() if parsed else None
