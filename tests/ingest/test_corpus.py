"""Loading and splitting articles: pure and deterministic, no model needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import ArticleError
from assistant.ingest.article import (
    article_id_for,
    decode_bytes,
    find_article_files,
    load_article,
    parse_article,
)
from assistant.ingest.blocks import dateline_outlet, is_boilerplate, written_date
from assistant.ingest.html import trafilatura_byline

from ..conftest import SEED_FILE, SEED_ID


def test_seed_article_metadata_and_boilerplate() -> None:
    article = load_article(SEED_FILE)
    assert article.article_id == SEED_ID
    assert article.title.startswith("Ceasefire Diplomacy Reignites as Senior Hamas Delegation")
    assert article.dek.startswith("Egypt and Qatar Advance Revised Framework")
    assert article.byline == "Fern Sidman"
    assert len(article.paragraphs) == 42
    texts = [p.text for p in article.paragraphs]
    assert not any("Trinity Audio" in t or t.strip() == "|" for t in texts)
    assert texts[0].startswith("A senior delegation from the Hamas terrorist organization")
    assert texts[-1].startswith("As preparations continue for next weekend")


def test_paragraph_offsets_point_into_the_source() -> None:
    source = SEED_FILE.read_text(encoding="utf-8")
    article = load_article(SEED_FILE)
    assert [p.number for p in article.paragraphs] == list(range(1, 43))
    for p in article.paragraphs:
        assert source[p.start : p.end] == p.text


def test_same_text_gives_same_numbers_and_hash(tmp_path: Path) -> None:
    copy = tmp_path / SEED_FILE.name
    copy.write_bytes(SEED_FILE.read_bytes())
    a, b = load_article(SEED_FILE), load_article(copy)
    assert a.content_hash == b.content_hash
    assert [p.text for p in a.paragraphs] == [p.text for p in b.paragraphs]


def test_hard_wrapped_text_joins_lines_and_reads_key_values() -> None:
    text = (
        "Title: Harbour Reopens\nAuthor: Ana Ruiz\nDate: March 3, 2024\n\n"
        "The harbour reopened on Monday after\nthree weeks of repairs, officials said.\n\n"
        "Fishermen welcomed the news but\nwarned that prices would stay high.\n"
    )
    article = parse_article(text, source="x.txt", article_id="x")
    assert article.title == "Harbour Reopens"
    assert article.byline == "Ana Ruiz"
    assert article.date == "2024-03-03"
    assert [p.text for p in article.paragraphs] == [
        "The harbour reopened on Monday after three weeks of repairs, officials said.",
        "Fishermen welcomed the news but warned that prices would stay high.",
    ]


def test_markdown_front_matter_headings_and_offsets() -> None:
    text = (
        "---\ntitle: Rail Strike Ends\nauthor: Sam Lee\ndate: 2025-01-09\n---\n"
        "# Rail Strike Ends\n\n## Unions accept a new offer\n\n"
        "Train drivers voted to accept the offer, *ending* a six-week strike.\n\n"
        "## Services\n\nServices will return to normal [on Monday](https://example.org).\n"
    )
    article = parse_article(text, source="r.md", article_id="r", kind=".md")
    assert (article.title, article.byline, article.date) == ("Rail Strike Ends", "Sam Lee", "2025-01-09")
    assert article.dek == "Unions accept a new offer"
    assert [p.text for p in article.paragraphs] == [
        "Train drivers voted to accept the offer, ending a six-week strike.",
        "Services will return to normal on Monday.",
    ]
    assert "Train drivers" in text[article.paragraphs[0].start : article.paragraphs[0].end]


def test_markdown_front_matter_standfirst_and_author_list() -> None:
    text = (
        '---\ntitle: "Town rations water"\nstandfirst: "Taps run dry at night as the dam falls"\n'
        "authors:\n  - Ann Lee\n  - Sam Roe\npublished: 2025-02-04\n---\n\n"
        "The town will cut its water supply every night from Friday, the council said on Monday.\n"
    )
    article = parse_article(text, source="w.md", article_id="w", kind=".md")
    assert article.dek == "Taps run dry at night as the dam falls"
    assert article.byline == "Ann Lee and Sam Roe"
    assert article.date == "2025-02-04"


def test_newsletter_sign_up_line_that_goes_on_is_boilerplate() -> None:
    assert is_boilerplate(
        "Sign up for our newsletter: the week's top stories from the Costa del Sol, every Friday."
    )
    assert is_boilerplate(
        "Subscribe to our daily email alerts for the latest news from across the county and beyond."
    )
    assert not is_boilerplate(
        "Register offices across the county will close early on Friday, the council said, because of strikes."
    )
    # a label in front, and the address to sign up at after it
    assert is_boilerplate(
        "NEWSLETTER: Get the Islands Briefing in your inbox every Friday. Sign up at aegean.example/news"
    )
    assert is_boilerplate("Get Nordic Affairs Daily in your inbox: sign up at nordic.example/newsletters")
    assert not is_boilerplate("Residents can get the flood briefing by email; 400 signed up at the hall.")


def test_a_time_stamp_line_gives_the_date_and_a_long_dateline_the_agency() -> None:
    text = (
        "Storm cuts festival short\nBy Ruben De Smet\nUpdated 14:32 GMT, 16 August 2025\n\n"
        "WESTERDUIN, Belgium, Aug 16 (Coastline News Agency) - Organisers cancelled the last two days "
        "of the festival on Saturday after a storm.\n\n"
        "Seventeen people were treated for minor injuries, local authorities said.\n\n"
        "(Reporting by Ruben De Smet; Editing by Hanna Vos)\n\nComments (12)\n"
    )
    article = parse_article(text, source="s.txt", article_id="s", kind=".txt")
    assert (article.byline, article.date, article.outlet) == (
        "Ruben De Smet",
        "2025-08-16",
        "Coastline News Agency",
    )
    assert [p.text[:9] for p in article.paragraphs] == ["WESTERDUI", "Seventeen"]


def test_a_list_of_other_stories_and_a_bare_name_byline() -> None:
    text = (
        "North Sea Herald\r\nNews › Norway › Travel\r\n\r\nFjord village to charge tourists a fee\r\n\r\n"
        "Ingrid Solheim\r\nPublished: 19 May 2025, 09:12\r\n\r\n"
        "Skarvik will start charging visitors a nightly fee from July, the council said on Thursday.\r\n\r\n"
        "Children under 16 will be exempt, as will people travelling for work.\r\n\r\n"
        "Share this story: Facebook · X · Email\r\n\r\nMost popular\r\n"
        "Oslo opens its first car-free school street\r\nBergen fish market to extend opening hours\r\n"
    )
    article = parse_article(text, source="s.txt", article_id="s", kind=".txt")
    assert (article.byline, article.outlet, article.date) == (
        "Ingrid Solheim",
        "North Sea Herald",
        "2025-05-19",
    )
    assert [p.text[:8] for p in article.paragraphs] == ["Skarvik ", "Children"]


def test_markdown_most_read_list_is_no_paragraph() -> None:
    text = (
        "# Village to charge day-trippers\n\nThe village will charge day visitors a fee from June.\n\n"
        "Ticket sales open on 20 May, the council said.\n\n**Most read on Mediterranean Dispatch**\n"
        "- Greek islands trial ban on single-use plastic cups\n- Malta's new bus routes explained\n"
    )
    article = parse_article(text, source="v.md", article_id="v", kind=".md")
    assert [p.text[:6] for p in article.paragraphs] == ["The vi", "Ticket"]


def test_a_capitals_byline_with_a_role() -> None:
    text = (
        "SPILL KILLS FISH\nBy MARKUS EDLINGER, Staff Writer\n\n"
        "Hundreds of fish died in the river on Monday after a milky discharge, officials said.\n"
    )
    article = parse_article(text, source="f.txt", article_id="f", kind=".txt")
    assert article.byline == "Markus Edlinger, Staff Writer"


def test_html_pull_quote_is_no_paragraph() -> None:
    body = "".join(
        f"<p>Paragraph {i} says the ferry will be out of service for three more weeks.</p>" for i in range(4)
    )
    quote = (
        '<blockquote class="pull-quote"><p>"Islanders were told one thing on Monday."</p>'
        "<cite>Alan McRory, transport minister</cite></blockquote>"
    )
    page = f"<article><h1>Ferry</h1>{body}{quote}</article>"
    html = f"<html><head><title>Ferry</title></head><body>{page}</body></html>"
    article = parse_article(html, source="f.html", article_id="f", kind=".html")
    assert len(article.paragraphs) == 4
    assert not any("McRory" in p.text or "Islanders" in p.text for p in article.paragraphs)


def test_html_author_list_reads_as_one_byline() -> None:
    body = "".join(
        f"<p>Paragraph {i} says rescuers reached the miners after sixty hours underground.</p>"
        for i in range(4)
    )
    html = (
        '<html><head><title>Miners rescued</title><meta name="author" content="Tamsin Roe; Declan Price">'
        f"</head><body><article><h1>Miners rescued</h1>{body}</article></body></html>"
    )
    article = parse_article(html, source="m.html", article_id="m", kind=".html")
    assert article.byline == "Tamsin Roe and Declan Price"


def test_html_strips_page_furniture() -> None:
    body = "".join(
        f"<p>Paragraph {i} reports that the council approved <b>budget</b> line {i} after a long "
        f"debate about schools, roads and the new library in the town centre.</p>"
        for i in range(1, 6)
    )
    html = (
        "<html><head><title>Council passes budget</title>"
        '<meta name="author" content="Kim Park"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Council passes budget</h1>{body}</article>"
        "<footer>© 2025 Town Paper. All rights reserved.</footer></body></html>"
    )
    article = parse_article(html, source="c.html", article_id="c", kind=".html")
    assert article.title == "Council passes budget"
    assert article.byline == "Kim Park"
    assert len(article.paragraphs) == 5
    assert not any("Home" in p.text or "rights reserved" in p.text for p in article.paragraphs)
    first = article.paragraphs[0]
    assert html[first.start : first.end].startswith("Paragraph 1")


@pytest.mark.parametrize(
    "line",
    [
        "|",
        "Getting your Trinity Audio player ready...",
        "Advertisement",
        "Share this article",
        "Read more: Other story",
        "© 2025 Example News. All rights reserved.",
        "Photo: Dr. Ingrid Solberg holds a test cell in her laboratory at Halvorsen University. "
        "(Credit: Mika Lindqvist / Halvorsen University)",
        "Dashly rider Kofi Mensah outside the Royal Courts of Justice on Thursday. "
        "Photo: The Civic Ledger / Amy Cho",
        "Smoke rises over the estate early on Tuesday. (Photo: Dan Pryce)",
        # rows of page buttons, and a wire page's footer
        "Share on Facebook · Share on X · Email · 🔊 Listen (5 min)",
        "[Share] [Post] [Email] [Print] Listen to this article (6 min)",
        "Share | Tweet | Email | Print",
        "Advertisement · Scroll to continue",
        "Our Standards: The Meridian Wire Trust Principles.",
        "Purchase Licensing Rights",
        "UPDATED: 8 February 2025, 21:30 CET (adds police figures and comments from the resort director)",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell sharply on Monday after the central bank raised rates again.",
        "The scheme has shared photographs of the coins with dealers and auction houses across Europe.",
        "He posted a single image: a burning car on the ring road, shot from a bedroom window.",
        "Listen to them, she said, and you will hear how tired they are.",
        "Email the council | print the form",
        '"They are famous, they are photographed and catalogued," he said. Credit: the museum says '
        "no insurer would cover them, and the collection will now be moved to a secure store.",
    ],
)
def test_body_sentences_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_empty_binary_and_huge_files_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    huge = tmp_path / "huge.txt"
    huge.write_text("word " * 300_000)
    with pytest.raises(ArticleError, match="empty"):
        load_article(empty)
    with pytest.raises(ArticleError, match="binary"):
        load_article(binary)
    with pytest.raises(ArticleError, match=r"over the 1\.0 MB limit"):
        load_article(huge, max_bytes=1024 * 1024)


def test_legacy_encodings_are_detected() -> None:
    text = (
        "Caf\u00e9 owners said the \u201cnew rules\u201d were unfair to small businesses in the old town.\n"
    )
    decoded = decode_bytes(text.encode("cp1252"), "cafe.txt")
    assert "Café" in decoded and "“new rules”" in decoded


def test_utf16_with_bom_is_read() -> None:
    text = "Caf\u00e9 owners protested the new rules on Monday, saying small businesses would suffer.\n"
    assert decode_bytes(text.encode("utf-16"), "utf16.txt") == text


def test_find_article_files_reports_missing_and_unsupported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.pdf").write_bytes(b"%PDF")
    files, problems = find_article_files([tmp_path, tmp_path / "nope.txt", tmp_path / "b.pdf"])
    assert files == [tmp_path / "a.txt"]
    reasons = dict(problems)
    assert reasons[str(tmp_path / "nope.txt")] == "no such file or folder"
    assert "unsupported file type '.pdf'" in reasons[str(tmp_path / "b.pdf")]


def test_article_ids_are_stable_slugs() -> None:
    assert article_id_for("/x/Gaza Talks (Final).TXT") == "gaza-talks-final"
    assert article_id_for("seeds/000_12d29104be5af25a.txt") == SEED_ID
    # Letters of any script are kept, normalised (NFC) and lower-cased; nothing else survives.
    assert article_id_for("café-été.txt") == "café-été" == article_id_for("Cafe\u0301-e\u0301te\u0301.txt")
    assert article_id_for("Москва.txt") == "москва" and article_id_for("日本語.txt") == "日本語"
    assert article_id_for("x/\u202eevil\u200b:name?.txt") == "evil-name"


def test_hard_wrapped_title_and_byline_without_blank_lines() -> None:
    text = (
        "Bridge Opens\nBy: Lee Park\n\n"
        "The new river bridge opened to traffic on Saturday, cutting the commute\n"
        "between the two towns by twenty minutes, officials said on\nMonday.\n"
        "A second paragraph starts here and runs on for a while\nuntil it ends.\n"
    )
    article = parse_article(text, source="b.txt", article_id="b")
    assert (article.title, article.byline) == ("Bridge Opens", "Lee Park")
    assert [p.text for p in article.paragraphs] == [
        "The new river bridge opened to traffic on Saturday, cutting the commute between the two towns "
        "by twenty minutes, officials said on Monday.",
        "A second paragraph starts here and runs on for a while until it ends.",
    ]


def test_navigation_lines_above_the_headline_are_not_the_headline() -> None:
    text = (
        "Getting your audio player ready...\n"
        "Wendham Courier | Local News\n"
        "Home > News > Environment\n"
        "Nine Hurt as Blaze Tears Through Solvent Plant, Hundreds of Homes Evacuated\n"
        "Crews battled flames and a towering smoke plume through the night at the chemicals site\n"
        "By: Marcus Ellery\n"
        "Tuesday 10 November 2026, 9:15am\n"
        "Nine workers were injured, two of them seriously, when a fire ripped through a chemical plant "
        "on the edge of town late on Monday night.\n"
    )
    article = parse_article(text, source="f.txt", article_id="f")
    assert article.title == "Nine Hurt as Blaze Tears Through Solvent Plant, Hundreds of Homes Evacuated"
    assert article.dek.startswith("Crews battled flames and a towering smoke plume")
    assert (article.outlet, article.byline) == ("Wendham Courier", "Marcus Ellery")
    assert article.date == "2026-11-10"
    assert [p.number for p in article.paragraphs] == [1]


def test_a_bar_line_gives_its_outlet_and_date_and_a_headline_before_a_bar() -> None:
    text = (
        "Sport | Football | Kestrel Town\n"
        "Valley Gazette | Tuesday 3 November 2026, 09:40\n"
        "Kestrel Town sold to American group | Valley Gazette\n"
        "The club's owners agreed on Monday to sell it to an American investment group for £14 million, "
        "ending two years of uncertainty.\n"
    )
    article = parse_article(text, source="k.txt", article_id="k")
    assert (article.title, article.outlet, article.date) == (
        "Kestrel Town sold to American group",
        "Valley Gazette",
        "2026-11-03",
    )


def test_a_standfirst_sentence_above_the_byline_is_the_dek_and_the_outlet_line_under_it_is_read() -> None:
    text = (
        "Harbour Ferry Sinks at Moorings in Gale\n\n"
        "Nobody was aboard when the 40-year-old ferry went down overnight, but the island's only car link "
        "is now cut until a replacement can be found.\n\n"
        "By Ola Brandt\nIsland Evening Mail\nTuesday 3 November 2026\n\n"
        "Share this article\n\n"
        "The ferry that links Skarholm to the mainland sank at its moorings late on Monday as winds of "
        "more than 100km/h swept the harbour, the operator said.\n\n"
        "Divers will inspect the hull on Wednesday.\n"
    )
    article = parse_article(text, source="f.txt", article_id="f")
    assert article.dek.startswith("Nobody was aboard when the 40-year-old ferry went down overnight")
    assert (article.byline, article.outlet) == ("Ola Brandt", "Island Evening Mail")
    assert (article.date, article.date_text) == ("2026-11-03", "Tuesday 3 November 2026")
    assert article.paragraphs[0].text.startswith("The ferry that links Skarholm")
    assert len(article.paragraphs) == 2


def test_a_writers_role_under_the_byline_is_not_the_outlet() -> None:
    text = (
        "Clinic Waiting Lists Grow\n\nBy Jo Marsh\nHealth Correspondent\n\n"
        "Patients in the county now wait an average of 19 weeks for a first appointment, figures show.\n"
    )
    article = parse_article(text, source="c.txt", article_id="c")
    assert (article.byline, article.outlet) == ("Jo Marsh", None)


def test_markdown_italic_standfirst_and_byline_line_are_header_not_body() -> None:
    text = (
        "---\ntitle: Dig Finds Roman Baths\nauthor: Ana Ruiz\n---\n\n"
        "# Dig Finds Roman Baths\n\n"
        "*Builders uncovered the bath house under a car park, and the site will be opened to visitors.*\n\n"
        "By Ana Ruiz\n\n"
        "Archaeologists have uncovered a Roman bath house beneath a car park in the town centre.\n\n"
        "The *caldarium*, the hot room, is almost intact.\n"
    )
    article = parse_article(text, source="d.md", article_id="d", kind=".md")
    assert article.dek.startswith("Builders uncovered the bath house")
    assert article.byline == "Ana Ruiz"
    assert [p.text for p in article.paragraphs] == [
        "Archaeologists have uncovered a Roman bath house beneath a car park in the town centre.",
        "The caldarium, the hot room, is almost intact.",
    ]


def test_html_standfirst_element_is_the_dek_before_the_meta_description() -> None:
    page = (
        "<html><head><title>Tram Line Approved | Metro Herald</title>"
        '<meta name="description" content="Short text for search engines."></head><body>'
        "<nav><a href='/'>Home</a></nav><article><h1>Tram Line Approved</h1>"
        '<p class="standfirst">The £900m line will link the airport to the city centre by 2031, the '
        "transport authority said.</p>"
        "<p>The regional transport authority approved the new tram line on Tuesday after a public inquiry "
        "that lasted two years and heard from more than 300 witnesses.</p>"
        "<p>Construction is due to start next spring, and the first trams should run in 2031, officials "
        "said at a briefing in the city hall.</p></article></body></html>"
    )
    article = parse_article(page, source="t.html", article_id="t", kind=".html")
    assert article.dek.startswith("The £900m line will link the airport")
    assert not any(p.text.startswith("The £900m line") for p in article.paragraphs)
    assert article.paragraphs[0].text.startswith("The regional transport authority approved")


def test_a_web_pages_date_is_kept_as_the_page_writes_it() -> None:
    page = (
        '<html><head><title>Pier Reopens</title><meta name="date" content="2026-11-24"></head><body>'
        "<article><h1>Pier Reopens</h1><p class='meta'>By Rua Kerr · 24 November 2026</p>"
        "<p>The town's Victorian pier reopened on Tuesday after a two-year restoration that cost more "
        "than four million dollars, the council said.</p>"
        "<p>Hundreds of people queued to walk its length on the first morning, many of them with "
        "children.</p></article></body></html>"
    )
    article = parse_article(page, source="p.html", article_id="p", kind=".html")
    assert (article.date, article.date_text) == ("2026-11-24", "24 November 2026")


def test_a_byline_line_that_names_the_role_outlet_or_date_gives_each() -> None:
    body = "The council approved the new budget on Tuesday after a six-hour debate, raising council tax.\n"
    with_role = parse_article(
        "Council Passes Budget\n\nSam Lee, Political Reporter\nTuesday 3 November 2026\n\n" + body,
        source="a.txt",
        article_id="a",
    )
    assert (with_role.title, with_role.byline) == ("Council Passes Budget", "Sam Lee, Political Reporter")
    assert with_role.date_text == "Tuesday 3 November 2026"
    all_in_one = parse_article(
        "# Council Passes Budget\n\nBy Sam Lee, The Town Herald, 3 November 2026\n\n" + body,
        source="b.md",
        article_id="b",
        kind=".md",
    )
    assert (all_in_one.byline, all_in_one.outlet) == ("Sam Lee", "The Town Herald")
    assert all_in_one.date == "2026-11-03"


@pytest.mark.parametrize(
    ("line", "byline", "outlet"),
    [
        ("By Sam Lee | The Town Crier", "Sam Lee", "The Town Crier"),  # set apart by a bar
        ("By Sam Lee · Harbour Voice", "Sam Lee", "Harbour Voice"),
        ("By Sam Lee, The Town Crier", "Sam Lee", "The Town Crier"),  # "The …" after a comma
        ("By Sam Lee, Ana Ruiz", "Sam Lee, Ana Ruiz", None),  # a second writer
        ("By Sam Lee | Political Reporter", "Sam Lee, Political Reporter", None),  # a role, not an outlet
    ],
)
def test_an_outlet_without_a_news_word_after_the_byline_is_the_outlet(
    line: str, byline: str, outlet: str | None
) -> None:
    body = "The council approved the new budget on Tuesday after a six-hour debate, raising council tax.\n"
    article = parse_article(f"Council Passes Budget\n\n{line}\n\n{body}", source="a.txt", article_id="a")
    assert (article.byline, article.outlet) == (byline, outlet)
    assert article.paragraphs[0].text.startswith("The council approved")


def test_a_short_markdown_headline_over_its_dek_is_the_headline_not_a_section_label() -> None:
    text = (
        "# Council Passes Budget\n\n*Tax to rise by 4.9 percent as opposition objects*\n\n**By Sam Lee**\n\n"
        "The council approved the new budget on Tuesday after a six-hour debate, raising council tax.\n"
    )
    article = parse_article(text, source="c.md", article_id="c", kind=".md")
    assert article.title == "Council Passes Budget"
    assert article.dek == "Tax to rise by 4.9 percent as opposition objects"


def test_a_date_line_in_one_paragraph_per_line_text_keeps_the_first_paragraphs_apart() -> None:
    text = (
        "Markets\nBank Holds Policy Rate at 4.25%, but Two Members Vote for a Hike\n"
        "Governor says the committee is not yet confident that inflation is beaten\n"
        "By: Maja Lind\nOctober 22, 2026\n"
        "The central bank kept its policy rate at 4.25 percent on Thursday, as expected by most economists.\n"
        "The committee voted 7–2 to hold, with two members preferring a rise.\n"
    )
    article = parse_article(text, source="r.txt", article_id="r")
    assert [p.text[:20] for p in article.paragraphs] == ["The central bank kep", "The committee voted "]


def test_a_wire_story_gives_its_agency_and_drops_its_closing_credits() -> None:
    text = (
        "Ferry operator suspends Baltic crossings after engine fire\n\nBy Anna Kowalski and Piotr Nowak\n\n"
        "GDANSK, Nov 3 (Reuters) - A Polish ferry operator suspended all its Baltic crossings on Tuesday "
        "after an engine fire forced 312 passengers onto lifeboats, the company said.\n\n"
        "No one was seriously hurt, the coastguard said, although 14 people were treated for smoke.\n\n"
        "Reporting by Anna Kowalski; Editing by Mark Heinrich\n"
    )
    article = parse_article(text, source="wire.txt", article_id="wire")
    assert (article.byline, article.outlet) == ("Anna Kowalski and Piotr Nowak", "Reuters")
    assert [p.text[:8] for p in article.paragraphs] == ["GDANSK, ", "No one w"]


@pytest.mark.parametrize(
    ("lead", "agency"),
    [
        ("WASHINGTON (AP) — The Senate voted on Tuesday to extend the program.", "AP"),
        ("NAIROBI, Kenya (AP) — Police fired tear gas at protesters on Monday.", "AP"),
        ("PARIS, Nov 3 (AFP) - France said on Tuesday it would send aid.", "AFP"),
        ("LONDON — Britain said on Tuesday it would send aid.", None),
        ("The NHS (National Health Service) - said it would hire more nurses.", None),
    ],
)
def test_the_agency_a_dateline_names(lead: str, agency: str | None) -> None:
    assert dateline_outlet(lead) == agency


def test_a_meta_line_set_apart_by_dots_gives_the_date_byline_and_outlet() -> None:
    text = (
        "# Council approves new cycle lanes\n\n"
        "_Published 3 November 2026_ · **By Jane Doe** · Riverside Echo\n\n"
        "The council approved 14 kilometres of new cycle lanes on Monday, after a two-hour debate.\n\n"
        "Posted in: Transport, Local news\n"
    )
    article = parse_article(text, source="post.md", article_id="post", kind=".md")
    assert (article.byline, article.outlet, article.date) == ("Jane Doe", "Riverside Echo", "2026-11-03")
    assert article.dek is None and [p.text[:12] for p in article.paragraphs] == ["The council "]


def test_a_posted_on_line_gives_the_date_and_the_writer() -> None:
    text = (
        "Posted on November 4, 2026 by Tom Reyes\n\nWater main burst floods downtown streets\n\n"
        "A water main burst under Fifth Avenue early on Wednesday, flooding three blocks of downtown.\n"
    )
    article = parse_article(text, source="posted.txt", article_id="posted")
    assert (article.title, article.byline, article.date) == (
        "Water main burst floods downtown streets",
        "Tom Reyes",
        "2026-11-04",
    )


def test_a_byline_in_capitals_and_social_and_photo_lines() -> None:
    text = (
        "City to plant 10,000 trees by 2030\nBY JANE DOE, STAFF WRITER\nTuesday, Nov. 3, 2026 at 5:00 PM\n"
        "The city will plant 10,000 street trees by 2030 to cool the neighbourhoods hit hardest by heat.\n"
        "(Photo: John Smith/Reuters)\n"
        "The first 1,200 trees will go into the ground next spring in the three hottest districts.\n"
        "Follow Jane on Twitter @janedoe\n"
    )
    article = parse_article(text, source="caps.txt", article_id="caps")
    assert (article.byline, article.date) == ("Jane Doe, Staff Writer", "2026-11-03")
    assert [p.text[:9] for p in article.paragraphs] == ["The city ", "The first"]


def test_a_wire_update_without_a_byline_is_credited_to_its_reporter() -> None:
    text = (
        "UPDATE 1-Court orders lender to pay borrowers over shaming texts\n\n"
        "(Adds comment from the lender's lawyer in paragraphs 3-4)\n\n"
        "June 3, 2025, 4:27 PM GMT+3\n\n"
        "NAIROBI, June 3 (Equator Wire) - A judge ruled on Tuesday that a digital lender broke the data "
        "protection law by texting borrowers' friends and employers.\n\n"
        "The lender said it would appeal against the ruling, its lawyer told reporters.\n\n"
        "Reporting by Brian Kiprono in Nairobi; Editing by Helen Marsh\n\n"
        "Sign up for our Africa Morning newsletter, delivered to your inbox every weekday.\n"
    )
    article = parse_article(text, source="k.txt", article_id="k")
    assert article.title == "Court orders lender to pay borrowers over shaming texts"
    assert article.byline == "Brian Kiprono"
    assert article.outlet == "Equator Wire"
    assert article.date == "2025-06-03"
    assert [p.text[:14] for p in article.paragraphs] == ["NAIROBI, June ", "The lender sai"]


def test_a_desk_credit_over_the_date_line_is_the_byline_and_an_outlet_in_capitals_reads_as_a_name() -> None:
    text = (
        "MERIDIAN OBSERVER\nWorld > Europe > Spain\n\n"
        "Cyberattack forces Spanish hospital to postpone operations\n\n"
        "Staff and agencies\nPublished: Wednesday 11 June 2025, 16:20 CEST\n\n"
        "A hospital in northern Spain has postponed hundreds of operations after a cyberattack crippled "
        "its computer systems on Sunday night.\n"
    )
    article = parse_article(text, source="m.txt", article_id="m")
    assert article.byline == "Staff and agencies"
    assert article.outlet == "Meridian Observer"
    assert article.date == "2025-06-11"


def test_markdown_key_points_box_is_the_dek_and_a_picture_caption_no_paragraph() -> None:
    text = (
        "---\ntitle: Bike maker swings to loss\nauthor: Joost Hamelink\n---\n\n"
        "# Bike maker swings to loss\n\n> **Key points**\n>\n> - Revenue down 8%\n> - Plant to close\n\n"
        "![Bikes on the line](/img/line.jpg)\n*Bikes at the main factory, where 240 jobs will go.*\n\n"
        "The Dutch e-bike maker reported a net loss for the second quarter on Thursday.\n\n"
        "> **Get the Morning Brief.** Business news in your inbox every weekday. "
        "[Sign up here](/newsletter)\n\n"
        "Its shares fell 11% by mid-afternoon in Amsterdam.\n\n"
        "More from Business: Consumer confidence dips · Port operator lifts forecast · Why bike makers wait\n"
    )
    article = parse_article(text, source="v.md", article_id="v", kind=".md")
    assert article.dek == "Revenue down 8%; Plant to close."
    assert [p.text[:14] for p in article.paragraphs] == ["The Dutch e-bi", "Its shares fel"]


def test_html_subheads_in_the_body_are_no_paragraphs() -> None:
    body = "".join(
        f"<p>{sentence}</p>"
        for sentence in (
            "Thieves have stolen a hoard of 212 gold coins from the municipal museum in a town, police said.",
            "The coins were found in 1962 by a farmer clearing a mill race on the edge of the town.",
        )
    )
    page = (
        "<html><head><title>Coins stolen from museum</title></head><body><article>"
        f"<h1>Coins stolen from museum</h1>{body}<h2>What is changing?</h2>"
        "<p>The museum will stay closed until a new alarm system has been fitted, the mayor said.</p>"
        "</article></body></html>"
    )
    article = parse_article(page, source="c.html", article_id="c", kind=".html")
    assert "What is changing?" not in [p.text for p in article.paragraphs]
    assert len(article.paragraphs) == 3


def test_a_results_table_set_as_text_keeps_a_row_a_paragraph() -> None:
    text = (
        "Kerrigan wins Kelbrook mayoralty\n\nBy Gareth Minshull\nPublished: Friday 9 May 2025\n\n"
        "Alison Kerrigan has been elected as the town's mayor, beating Dev Chaudhry by 2,309 votes.\n\n"
        "Candidate — Party — Votes — %\n"
        "Alison Kerrigan — Kelbrook First — 14,212 — 38.4%\n"
        "Dev Chaudhry — Civic Reform — 11,903 — 32.2%\n"
        "Paula Greatorex — Green Valleys Party — 6,118 — 16.5%\n"
    )
    article = parse_article(text, source="k.txt", article_id="k")
    rows = [p.text for p in article.paragraphs[1:]]
    assert rows[1] == "Alison Kerrigan — Kelbrook First — 14,212 — 38.4%"
    assert len(rows) == 4


def test_markdown_writer_field_and_a_bold_standfirst_beside_the_front_matter_dek() -> None:
    text = (
        '---\nheadline: "Maker recalls 212,000 air fryers"\nsummary: "Four models are affected."\n'
        "writer: Natalie Okafor\npublished: 2025-09-04\n---\n\n# Maker recalls air fryers\n\n"
        "**Owners are being told to stop using the appliances immediately and ask for a refund.**\n\n"
        "The kitchen appliance maker is recalling about 212,000 air fryers sold in Canada, it said.\n"
    )
    article = parse_article(text, source="r.md", article_id="r", kind=".md")
    assert article.byline == "Natalie Okafor"
    assert article.dek == "Four models are affected."
    assert [p.text[:14] for p in article.paragraphs] == ["The kitchen ap"]


def test_html_writers_marked_one_by_one_are_all_the_byline() -> None:
    page = (
        "<html><head><title>Storm Isolde live</title></head><body><article><h1>Storm Isolde live</h1>"
        '<div class="byline">By <span class="author">Hannah Threlkeld</span> and '
        '<span class="author">Tom Ayre</span></div>'
        "<p>Weatherline UK has extended its amber wind warning for the north-west coast until Sunday.</p>"
        "<p>A gust of 94mph has been recorded at Marrowfell Point, the strongest of the day so far.</p>"
        "</article></body></html>"
    )
    article = parse_article(page, source="s.html", article_id="s", kind=".html")
    assert article.byline == "Hannah Threlkeld and Tom Ayre"


def test_a_correction_note_set_apart_from_the_body_is_the_last_paragraph() -> None:
    body = "".join(
        f"<p>{sentence}</p>"
        for sentence in (
            "Health officials have traced an outbreak of Legionnaires' disease to a laundry's cooling tower.",
            "The tower, on the Avenida del Puerto, was shut down on 9 June and has since been disinfected.",
        )
    )
    page = (
        "<html><head><title>Outbreak traced to laundry</title></head><body><article>"
        f'<h1>Outbreak traced to laundry</h1><div class="story-body">{body}</div>'
        '<p class="correction"><strong>Correction, 17 June 2025:</strong> An earlier version of this '
        "article said the laundry was on Calle Mayor. It is on the Avenida del Puerto.</p>"
        '</article><footer><a href="/corrections">Corrections policy</a></footer></body></html>'
    )
    article = parse_article(page, source="o.html", article_id="o", kind=".html")
    assert [p.text[:20] for p in article.paragraphs] == [
        "Health officials hav",
        "The tower, on the Av",
        "Correction, 17 June ",
    ]


def test_a_pull_quote_line_that_the_story_tells_again_is_no_paragraph() -> None:
    text = (
        "# Town to cut night-time water supply\n\n*By Lucía Ferrándiz · Levante Ledger · 26 March 2025*\n\n"
        "Residents of the farming town will have their tap water cut off every night from 1 April.\n\n"
        "> “We are being asked to choose which trees to let die.” — Pilar Sáez, chair of the cooperative\n\n"
        '"We are being asked to choose which trees to let die," said Pilar Sáez, who grows lemons.\n\n'
        '"Nobody saw this coming." — a shopper\n'
    )
    article = parse_article(text, source="w.md", article_id="w", kind=".md")
    assert [p.text[:12] for p in article.paragraphs] == ["Residents of", '"We are bein', '"Nobody saw ']


@pytest.mark.parametrize(
    ("masthead", "headline", "outlet"),
    [
        (
            "Fundy Coast Times - Business",
            "Ashby Falls mill to shut, putting 265 out of work",
            "Fundy Coast Times",
        ),
        ("ALPENLAND COURIER — Austria — Tyrol", "LANDSLIDE SEALS OFF TYROL VALLEY", "Alpenland Courier"),
    ],
)
def test_a_masthead_line_over_the_headline_names_the_outlet(
    masthead: str, headline: str, outlet: str
) -> None:
    text = (
        f"{masthead}\n\n{headline}\n\nBy Connor MacAulay | Business Reporter\n"
        "Published: 22 May 2025, 07:45 ADT\n\n"
        "Tidewater Fibre Corp. will shut its pulp and paper mill in Ashby Falls at the end of July.\n"
    )
    article = parse_article(text, source="a.txt", article_id="a")
    assert (article.title, article.outlet) == (headline, outlet)


def test_review_by_is_a_byline() -> None:
    review = (
        "# Ballyvarren festival review: a 25th birthday with heart\n\n"
        "*Review by Niamh Costigan · Western Arts Dispatch · Published 21 July 2025*\n\n"
        "For a quarter of a century the festival has been the kind of event people call a secret.\n"
    )
    article = parse_article(review, source="b.md", article_id="b", kind=".md")
    assert (article.byline, article.outlet) == ("Niamh Costigan", "Western Arts Dispatch")
    assert article.date == "2025-07-21"


@pytest.mark.parametrize(
    "line",
    [
        "Have a story idea? Email newsroom@atlanticcoastchronicle.example",
        "Comments are moderated. Sign in to join the discussion.",
        "*Have you been to Ballyvarren? Tell us about your favourite session in the comments below.*",
    ],
)
def test_a_call_to_comment_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


def test_a_list_under_most_read_in_a_section_is_no_paragraph() -> None:
    text = (
        "# Retired farmer spots new comet\n\n"
        "A retired dairy farmer from a small Canterbury town has discovered a comet, astronomers said.\n\n"
        "**Most read in Science**\n- Kea numbers recover in high-country survey\n"
        "- Why the Southern Alps are still rising\n\n"
        "**Related reviews**\n- Lisdoon jazz weekend: small stage\n"
    )
    article = parse_article(text, source="c.md", article_id="c", kind=".md")
    assert len(article.paragraphs) == 1


def test_the_date_as_written_keeps_its_time_and_is_read_from_the_header_beside_front_matter() -> None:
    text = (
        "Ashby Falls mill to shut\n\nBy Connor MacAulay\nPublished: 22 May 2025, 07:45 ADT\n\n"
        "Tidewater Fibre Corp. will shut its pulp and paper mill in Ashby Falls at the end of July.\n"
    )
    assert parse_article(text, source="a.txt", article_id="a").date_text == "22 May 2025, 07:45 ADT"
    markdown = (
        "---\ntitle: Town to cut night-time water supply\ndate: 2025-03-26T08:00:00+01:00\n---\n\n"
        "# Town to cut night-time water supply\n\n"
        "**By Lucía Ferrándiz** | Levante Ledger | 26 March 2025, 08:00 CET\n\n"
        "Residents of the farming town will have their tap water cut off every night from 1 April.\n"
    )
    article = parse_article(markdown, source="w.md", article_id="w", kind=".md")
    assert (article.date, article.date_text) == ("2025-03-26", "26 March 2025, 08:00 CET")


@pytest.mark.parametrize(
    ("line", "iso", "written"),
    [
        ("Published 27/06/2025 at 14:20", "2025-06-27", "27/06/2025 at 14:20"),
        ("Posted 6/27/2025", "2025-06-27", "6/27/2025"),
        ("Posted 01/02/2025", "2025-03-01", None),  # neither reading is the page's day
    ],
)
def test_a_date_written_in_figures_is_read_either_way_round(line: str, iso: str, written: str | None) -> None:
    assert written_date(line, iso) == written


def test_markdown_keeps_paragraphs_a_cms_left_as_raw_html() -> None:
    text = (
        "# Wreck found off Gotland\n\n"
        '<p class="standfirst"><em>Archaeologists believe it is the <em>Svarta Tranan</em></em></p>\n\n'
        "**Henrik Ljungqvist** | *The Baltic Observer* | 17 June 2025\n\n"
        "<p>Marine archaeologists have found the wreck of a merchant ship on the floor of the Baltic.</p>\n\n"
        "The ship was spotted in April during a survey for a cable, at a depth of 84 metres.\n\n"
        '<figure><img src="a.jpg"><figcaption>The stern. Photo: the centre</figcaption></figure>\n\n'
        '<div class="ad">Advertisement</div>\n\n'
        "<p>They believe it is the <em>Svarta Tranan</em>, which sank in 1679 with 14 crew.</p>\n"
    )
    article = parse_article(text, source="w.md", article_id="w", kind=".md")
    assert article.dek == "Archaeologists believe it is the Svarta Tranan"
    assert [p.text[:10] for p in article.paragraphs] == ["Marine arc", "The ship w", "They belie"]
    third = article.paragraphs[2]
    assert "<p>" in text[third.start : third.end] and "Svarta Tranan" in text[third.start : third.end]


def test_markdown_headline_under_a_top_bar_and_a_words_byline_over_a_date_line() -> None:
    text = (
        "THE WESTERN REVIEW  |  News  Books  Arts  Sport  Opinion  |  Sign in\n\n"
        "Orla Keaveney wins Lanigan Prize for debut novel\n===============================\n\n"
        "*A former maths teacher takes the award for a book nine years in the writing*\n\n"
        "Words: Ciara Fennelly\nBooks | Friday 7 November 2025\n\n"
        "Orla Keaveney, a former maths teacher from County Clare, has won the 2025 Lanigan Prize.\n"
    )
    article = parse_article(text, source="l.md", article_id="l", kind=".md")
    assert article.title == "Orla Keaveney wins Lanigan Prize for debut novel"
    assert article.dek.startswith("A former maths teacher")
    assert article.byline == "Ciara Fennelly"
    assert article.date_text == "Friday 7 November 2025"
    assert [p.text[:10] for p in article.paragraphs] == ["Orla Keave"]


def test_hard_wrapped_sentence_going_on_in_lower_case_is_one_paragraph() -> None:
    text = (
        "ER waits grow longer across the province\n\n"
        "The share of emergency patients who gave up and left without being seen\n"
        "by a doctor climbed to 11.2 per cent, from 8.7 per cent a year earlier.\n"
        "That works out to roughly 52,000 visits.\n\n"
        "Marie-Claire LeBlanc, president of the Atlantic Nurses' Alliance, which\n"
        "represents many of the province's emergency nurses, said staff were tired.\n\n"
        "Most read on The Maritime Ledger\n\n"
        "1. Lobster season opens with record prices at the wharf\n"
        "2. Ferry crossing cancelled again as engine parts delayed\n"
    )
    article = parse_article(text, source="h.txt", article_id="h", kind=".txt")
    assert [p.text for p in article.paragraphs] == [
        "The share of emergency patients who gave up and left without being seen by a doctor climbed to "
        "11.2 per cent, from 8.7 per cent a year earlier. That works out to roughly 52,000 visits.",
        "Marie-Claire LeBlanc, president of the Atlantic Nurses' Alliance, which represents many of the "
        "province's emergency nurses, said staff were tired.",
    ]


@pytest.mark.parametrize(
    ("author", "byline"),
    [
        ("Daniel Oakes; Local Democracy Reporter · Updated", "Daniel Oakes, Local Democracy Reporter"),
        ("Nikos Papadellis; Western Greece correspondent", "Nikos Papadellis, Western Greece correspondent"),
        ("Tamsin Roe; Declan Price", "Tamsin Roe and Declan Price"),
    ],
)
def test_a_writers_role_trafilatura_splits_off_joins_the_name(author: str, byline: str) -> None:
    assert trafilatura_byline(author) == byline


@pytest.mark.parametrize(
    "line",
    [
        'We use cookies to give you the best experience and to show relevant adverts. Click "I Accept" to '
        'continue or "Manage options" to choose. I Accept | Manage options',
        "** Cookies: we and our partners store data on your device to run this site. Press OK to accept or "
        "visit Settings. [OK] [Settings] **",
        "We value your privacy",
        "Share on Facebook   Share on X   Share on WhatsApp   Email   Comments (58)",
        "Trouble viewing this email? View it in your browser:",
        "https://example.org/digest/412",
        "[ NEWS ] [ SPORT ] [ WHAT'S ON ] [ NOTICES ]",
        "Sent from my iPhone",
    ],
)
def test_consent_banners_newsletter_frames_and_button_rows_are_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The regulator fined the company for setting cookies without consent, the ruling said.",
        "Users can unsubscribe at any time, the company said in a statement on Tuesday.",
    ],
)
def test_a_sentence_about_cookies_or_unsubscribing_is_no_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_cookie_banner_over_the_headline_is_not_the_title() -> None:
    text = (
        "Skip to main content\r\nValley Evening Echo\r\n\r\nWe value your privacy\r\n"
        'We use cookies to give you the best experience and to show relevant adverts. Click "I Accept" '
        'to continue or "Manage options" to choose. I Accept | Manage options\r\n\r\n'
        "BOATYARD BOSS GUILTY OF MURDER\r\n\r\nJury rejects claim that his partner fell\r\n\r\n"
        "By Sam Reed, Courts Correspondent\r\nPublished: 17:52, Wed 1 October 2025\r\n\r\n"
        "A boatyard owner has been found guilty of murdering his business partner of 15 years.\r\n"
    )
    article = parse_article(text, source="x.txt", article_id="x")
    assert article.title == "BOATYARD BOSS GUILTY OF MURDER"
    assert article.dek == "Jury rejects claim that his partner fell"
    assert article.date == "2025-10-01"
    assert [p.text for p in article.paragraphs] == [
        "A boatyard owner has been found guilty of murdering his business partner of 15 years."
    ]


def test_a_hard_wrapped_cookie_notice_and_a_slash_breadcrumb_are_not_the_headline() -> None:
    text = (
        "THE HARBOUR GAZETTE\nNews | Sport | Business\nHome / News / Transport\n\n"
        "COOKIES: We use cookies to improve your experience and to show you\n"
        "tailored adverts. By continuing to browse you agree to our use of\n"
        "cookies. [Accept all] [Manage settings]\n\n"
        "FERRY SERVICE SUSPENDED AFTER ENGINE FIRE\n\n"
        "Crew put out the blaze before the vessel was towed back to port\n\n"
        "By NIAMH ROURKE, Transport Reporter\nPublished: Monday 6 October 2025, 18:10\n\n"
        "A ferry's engine caught fire on Monday afternoon, forcing the operator to suspend all\n"
        "crossings on the route until further notice.\n"
    )
    article = parse_article(text, source="x.txt", article_id="x")
    assert article.title == "FERRY SERVICE SUSPENDED AFTER ENGINE FIRE"
    assert article.dek == "Crew put out the blaze before the vessel was towed back to port"
    assert article.byline == "Niamh Rourke, Transport Reporter"
    assert article.date == "2025-10-06"
    assert [p.text for p in article.paragraphs] == [
        "A ferry's engine caught fire on Monday afternoon, forcing the operator to suspend all "
        "crossings on the route until further notice."
    ]


def test_a_notice_over_the_headline_a_clause_wrapped_standfirst_and_a_barred_byline() -> None:
    text = (
        "THE NORTHERN REVIEW\nFront page  /  Politics  /  Economy  /  Culture\n\n"
        "[ Cookies help us run this site. Manage your choices or press OK. [OK] ]\n\n"
        "EDITOR'S NOTE: This story was updated to add a response from the council.\n\n"
        "Town plans to close its last public pool by 2027\n\n"
        "Council says repairs would cost more than a new building;\n"
        "swimmers call the plan short-sighted\n\n"
        "Aino Lehtinen | Local Government Reporter\nPublished 3 June 2025 | Updated 4 June 2025\n\n"
        "The town council has voted to close its last public swimming pool.\n"
    )
    article = parse_article(text, source="x.txt", article_id="x")
    assert article.title == "Town plans to close its last public pool by 2027"
    assert article.dek == (
        "Council says repairs would cost more than a new building; swimmers call the plan short-sighted"
    )
    assert article.byline == "Aino Lehtinen, Local Government Reporter"
    assert article.date == "2025-06-03"
    # the editor's note is kept, after the body, as a correction at the foot would be
    assert [p.text for p in article.paragraphs] == [
        "The town council has voted to close its last public swimming pool.",
        "EDITOR'S NOTE: This story was updated to add a response from the council.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "[Accept all] [Manage settings]",
        "Log in   Subscribe   Search",
        "Sign in | Register | Menu",
        "Read more: How the harbour got its name · Results: every race of the regatta, boat by boat",
        "ADVERTISEMENT — Lighter. Faster. The new trail shoe. Available now.",
        "About the author: Ann Lee has covered transport for the paper since 2016, and before that "
        "reported on courts and councils across the north of the county for a decade.",
    ],
)
def test_consent_buttons_and_account_bars_are_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


def test_a_forwarded_newsletter_is_read_from_the_forwarded_message_without_quote_marks() -> None:
    text = (
        "From: Maeve Colgan <maeve@example.org>\nSent: Thursday, May 15, 2025 9:14 AM\n"
        "Subject: FW: cup levy passed\n\nHi all,\n\nForwarding this in case anyone missed it.\n\n"
        "Sent from my iPhone\n\n"
        "> On Thu 15 May 2025 at 07:02, The Courier <weekly@example.org> wrote:\n>\n"
        "> TOWN VOTES FOR LEVY ON THROWAWAY CUPS\n>\n> By Orla Kinsella, Local Reporter\n"
        "> Thursday 15 May 2025\n>\n"
        "> Anyone buying a takeaway coffee in the town will pay an extra 25\n"
        "> cents for the cup from next spring, after councillors voted on Monday\n> night.\n>\n"
        "> Hospitals and schools will be exempt.\n"
    )
    article = parse_article(text, source="x.txt", article_id="x")
    assert article.title == "TOWN VOTES FOR LEVY ON THROWAWAY CUPS"
    assert article.byline == "Orla Kinsella, Local Reporter"
    assert article.date == "2025-05-15"
    assert [p.text for p in article.paragraphs] == [
        "Anyone buying a takeaway coffee in the town will pay an extra 25 cents for the cup from next "
        "spring, after councillors voted on Monday night.",
        "Hospitals and schools will be exempt.",
    ]


def test_a_box_drawn_with_bars_is_read_without_its_frame() -> None:
    text = (
        "STORM HITS THE COAST\n\nBy Ana Ruiz\nMonday 17 February 2025\n\n"
        "+-------------------------------+\n| KEY FACTS                     |\n"
        "|  * Landfall: 03:40 on Monday   |\n|  * Deaths so far: 14           |\n"
        "+-------------------------------+\n\n"
        "The storm crashed into the coast in the early hours of Monday, killing at least 14 people.\n"
    )
    article = parse_article(text, source="x.txt", article_id="x")
    texts = [p.text for p in article.paragraphs]
    assert not any("|" in t for t in texts)
    assert "Landfall: 03:40 on Monday" in article.dek
    assert texts[-1].startswith("The storm crashed into the coast")


def _page(header: str) -> str:
    body = "".join(
        f"<p>Paragraph {n} of the story tells readers what the council decided and why it matters.</p>"
        for n in range(1, 7)
    )
    return (
        "<html><head><title>Harbour city votes for cup tax</title></head><body><article>"
        f"<h1>Harbour city votes for cup tax</h1>{header}{body}</article></body></html>"
    )


def test_html_header_lines_give_the_byline_and_dek_a_page_marks_without_metadata() -> None:
    page = _page(
        '<div class="vorspann"><b>Sellers will pay 50 cents a cup from January, and bakers threaten to sue'
        "</b></div>"
        '<div class="autorzeile">By <b>Jannik Oltmanns</b> | Published 03.06.2025 – 18:47</div>'
    )
    article = parse_article(page, source="x.html", article_id="x", kind=".html")
    assert article.byline == "Jannik Oltmanns"
    assert article.dek == "Sellers will pay 50 cents a cup from January, and bakers threaten to sue"
    assert article.date == "2025-06-03"


def test_html_name_over_its_role_in_an_address_is_the_byline_and_a_label_no_dek() -> None:
    page = _page(
        '<div class="kicker">LIVE</div><address class="author-card">Rui Cossa<br>'
        '<span class="author-role">Climate and Disaster Reporter</span></address>'
        '<h2 class="story-dek">Most victims drowned when the river burst its banks, officials say</h2>'
    )
    article = parse_article(page, source="x.html", article_id="x", kind=".html")
    assert article.byline == "Rui Cossa, Climate and Disaster Reporter"
    assert article.dek == "Most victims drowned when the river burst its banks, officials say"


def test_an_adverts_short_copy_under_its_mark_is_dropped_but_a_story_line_under_it_is_kept() -> None:
    hard_wrapped = (
        "HARBOUR TOWN VOTES FOR CUP LEVY\n\nBy Ana Ruiz\nThursday 15 May 2025\n\n"
        "Anyone buying a takeaway coffee in the town will pay an extra 25 cents for\n"
        "the cup from next spring, after councillors voted on Monday night.\n\n"
        "ADVERTISEMENT\nReilly's Hardware - GARDEN SEASON SALE. 20% off\nall compost until Sunday.\n\n"
        "ALSO READ >> Island ferry timetable: what changes this summer\n\n"
        "Hospitals and schools will be exempt from the levy, the council said.\n"
    )
    texts = [p.text for p in parse_article(hard_wrapped, source="x.txt", article_id="x").paragraphs]
    assert texts[-1] == "Hospitals and schools will be exempt from the levy, the council said."
    assert not any("Hardware" in t or "ALSO READ" in t for t in texts)
    one_a_line = (
        "Harbour town votes for cup levy\n"
        "Anyone buying a takeaway coffee in the town will pay an extra 25 cents for the cup.\n"
        "Advertisement\n"
        "Hospitals and schools will be exempt from the levy, the council said on Monday night.\n"
    )
    texts = [p.text for p in parse_article(one_a_line, source="x.txt", article_id="x").paragraphs]
    assert texts[-1].startswith("Hospitals and schools will be exempt")


def test_a_markdown_credit_line_with_a_role_names_the_outlet_after_it() -> None:
    text = (
        "# Delivery app shares jump on debut\n\n"
        "**Tomasz Reinholt**, Markets Editor · *Central Europe Markets Brief* · Thursday, April 10, 2025\n\n"
        "Shares in the delivery app rose 10 per cent on their first day of trading on Thursday.\n"
    )
    article = parse_article(text, source="x.md", article_id="x", kind=".md")
    assert article.byline == "Tomasz Reinholt, Markets Editor"
    assert article.outlet == "Central Europe Markets Brief"
    assert article.date == "2025-04-10"


def test_a_key_facts_box_is_read_item_by_item() -> None:
    text = (
        "CYCLONE SLAMS INTO THE COAST, KILLING AT LEAST 14\n\nBy Ana Ruiz\nMonday 17 February 2025\n\n"
        "KEY FACTS\n* Landfall: about 03:40 local time on Monday, near Quelindo\n"
        "* Sustained winds at landfall: 185 km/h\n\n"
        "The storm crashed into the coast in the early hours of Monday, killing at least 14 people.\n"
    )
    article = parse_article(text, source="x.txt", article_id="x")
    assert (
        article.dek
        == "Landfall: about 03:40 local time on Monday, near Quelindo; Sustained winds at landfall: 185 km/h."
    )
    assert [p.text for p in article.paragraphs] == [
        "The storm crashed into the coast in the early hours of Monday, killing at least 14 people."
    ]


def test_a_page_of_divs_gives_the_writers_role_from_the_line_under_its_headline() -> None:
    paragraphs = "".join(
        f'<div class="para">Paragraph {n} of the story tells readers what the jury decided and why.</div>'
        for n in range(1, 7)
    )
    page = (
        "<html><head><title>Founder guilty of investor fraud - The Port Herald</title></head><body>"
        '<div class="site"><div class="masthead"><div class="logo">The Port Herald</div></div>'
        '<div class="headline">Founder guilty of investor fraud</div>'
        '<div class="dek">Jury finds the entrepreneur lied about installation figures to raise money</div>'
        '<div class="byline">By Liam Harcourt, Courts Reporter</div>'
        '<div class="dateline">Thursday 22 May 2025, 5:48pm</div>'
        f'<div class="story-text">{paragraphs}</div>'
        '<div class="author-box"><div class="author-name">Liam Harcourt</div></div></div></body></html>'
    )
    article = parse_article(page, source="x.html", article_id="x", kind=".html")
    assert article.byline == "Liam Harcourt, Courts Reporter"
    assert article.dek == "Jury finds the entrepreneur lied about installation figures to raise money"


def test_a_byline_line_with_a_role_fills_out_the_front_matters_bare_name() -> None:
    text = (
        "---\ntitle: University to axe three language degrees\nauthor: Hannah Whitcombe\n---\n\n"
        "# University to axe three language degrees\n\n"
        "*By Hannah Whitcombe, Education Correspondent · Midlands Campus Review · 11 March 2025*\n\n"
        "The university plans to close its degrees in German, Italian and Portuguese next year.\n"
    )
    article = parse_article(text, source="x.md", article_id="x", kind=".md")
    assert article.byline == "Hannah Whitcombe, Education Correspondent"
    assert article.outlet == "Midlands Campus Review"


def test_a_masthead_before_breadcrumbs_on_one_line_names_the_outlet() -> None:
    text = (
        "Aegean Morning Post  |  Home > Greece > Islands > Pelinos\r\n\r\n"
        "FERRY RUNS AGROUND WITH 437 ON BOARD\r\n====================================\r\n\r\n"
        "By Nikos Varelas, Islands Correspondent\r\nPublished: 14 June 2025, 10:25\r\n\r\n"
        "A passenger ferry carrying 437 people ran aground off the island late on Friday.\r\n"
    )
    article = parse_article(text, source="x.txt", article_id="x")
    assert article.outlet == "Aegean Morning Post"
    assert article.title == "FERRY RUNS AGROUND WITH 437 ON BOARD"
    plain_crumbs = parse_article(
        "Home | News > World\n\nFERRY RUNS AGROUND\n\nA ferry ran aground off the island late on Friday.\n",
        source="y.txt",
        article_id="y",
    )
    assert plain_crumbs.outlet is None
