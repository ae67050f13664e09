"""The web app's named API endpoints, called with gradio_client against `python app.py`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.interfaces.uploads import safe_upload_name
from assistant.interfaces.web.render import answer_markdown, highlight, sources_html
from assistant.types import Answer, Citation, Trace

from ..conftest import SEED_ID, running_app

LESSONS = "What do Israeli leaders say the lessons of October 7 require?"


def test_upload_names_cannot_escape_the_corpus() -> None:
    assert safe_upload_name("../../etc/cron.d/evil.txt") == "evil.txt"
    assert safe_upload_name("C:\\Users\\me\\My Article (1).md") == "My-Article-1.md"
    assert safe_upload_name(".hidden.html") == "hidden.html"
    assert safe_upload_name("../Москва, 2026.txt") == "Москва-2026.txt"
    assert safe_upload_name("Cafe\u0301.md") == "Café.md"  # NFC: one spelling on disk
    with pytest.raises(Exception, match="unsupported file type"):
        safe_upload_name("notes.pdf")


def test_article_text_is_rendered_as_text_not_html() -> None:
    evil = 'Officials said <script>alert("x")</script> and <b>more</b>.'
    citation = Citation(1, "a", "<i>Title</i>", 3, evil, evil, "<b>By</b>")
    answer = Answer(LESSONS, f"{evil} [1]", [citation], [], False, Trace(LESSONS, [LESSONS], "extractive"))
    html = sources_html([(1, answer)])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<i>Title</i>" not in html and "<b>By</b>" not in html
    chat = answer_markdown(answer, 1)
    assert "<script>" not in chat and 'href="#src-1-1"' in chat
    assert highlight("One. Two. Three.", "Two.") == "One. <mark>Two.</mark> Three."
    # sentences quoted one after the other are one highlight; apart, two
    assert highlight("One. Two. Three.", "One. Two.") == "<mark>One. Two.</mark> Three."
    assert highlight("One. Two. Three.", "One. Three.") == "<mark>One.</mark> Two. <mark>Three.</mark>"


@pytest.fixture(scope="module")
def client(web_app: str):  # type: ignore[no-untyped-def]
    from gradio_client import Client

    return Client(web_app, verbose=False)


@pytest.mark.slow
def test_api_lists_the_named_endpoints(client) -> None:  # type: ignore[no-untyped-def]
    endpoints = set(client.view_api(print_info=False, return_format="dict")["named_endpoints"])
    assert {"/ask", "/articles", "/upload", "/remove"} <= endpoints


@pytest.mark.slow
def test_api_ask_and_follow_up(client) -> None:  # type: ignore[no-untyped-def]
    answer = client.predict(LESSONS, api_name="/ask")
    assert answer["abstained"] is False
    assert answer["citations"][0]["paragraph"] == 26
    assert answer["citations"][0]["article_id"] == SEED_ID

    first = "What regional issues do developments in Gaza influence?"
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": "…"}]
    follow = client.predict("Which outlet highlighted that?", history, api_name="/ask")
    assert "Israel National News has consistently highlighted" in follow["citations"][0]["text"]


@pytest.mark.slow
def test_api_upload_list_and_remove(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gradio_client import handle_file

    good = tmp_path / "bridge-opens.txt"
    good.write_text(
        "Bridge Opens\nBy: Lee Park\n\nThe new river bridge opened to traffic on Saturday, "
        "cutting the commute between the two towns by twenty minutes.\n",
        encoding="utf-8",
    )
    empty = tmp_path / "empty.md"
    empty.write_text("")
    rows, summary, *_ = client.predict([handle_file(good), handle_file(empty)], api_name="/upload")
    results = {row[0]: (row[1], row[2]) for row in rows["data"]}
    assert results["bridge-opens.txt"][0] == "added"
    assert results["empty.md"] == ("failed", "file is empty")
    assert "1 added" in summary

    listed = {a["article_id"]: a for a in client.predict(api_name="/articles")}
    assert listed["bridge-opens"]["paragraph_count"] == 1 and listed["bridge-opens"]["byline"] == "Lee Park"
    answer = client.predict("What did the new river bridge cut the commute by?", api_name="/ask")
    assert answer["citations"][0]["article_id"] == "bridge-opens"

    removed = client.predict("bridge-opens", api_name="/remove")
    assert removed["paragraph_count"] == 1 and removed["moved_to"].endswith(".removed/bridge-opens.txt")
    assert "bridge-opens" not in {a["article_id"] for a in client.predict(api_name="/articles")}
    with pytest.raises(Exception, match="No article with id 'bridge-opens'"):
        client.predict("bridge-opens", api_name="/remove")


@pytest.mark.slow
def test_login_is_required_when_auth_is_set(tmp_path: Path) -> None:
    from gradio_client import Client

    from assistant import Assistant, Settings
    from assistant.interfaces.web.ui import create_app, launch_options

    from ..conftest import SEEDS, free_port

    settings = Settings(
        index_dir=tmp_path / "index", corpus_dir=SEEDS, ui_auth="reader:s3cret", ui_port=free_port()
    )
    options = launch_options(settings)
    assert options["auth"] == ("reader", "s3cret") and options["server_name"] == "127.0.0.1"
    assert options["share"] is False
    demo = create_app(Assistant(settings))
    demo.launch(prevent_thread_lock=True, quiet=True, **options)
    try:
        url = f"http://127.0.0.1:{settings.ui_port}/"
        with pytest.raises(Exception):  # noqa: B017 - any refusal will do: no login, no API
            Client(url, verbose=False)
        client = Client(url, auth=("reader", "s3cret"), verbose=False)
        assert client.predict(api_name="/articles")[0]["article_id"] == SEED_ID
    finally:
        demo.close()


@pytest.fixture(scope="module")
def logged_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`python app.py`, with the path of its log."""
    home = tmp_path_factory.mktemp("logged-web")
    with running_app(home) as url:
        yield url, home / "app.log"


@pytest.mark.slow
def test_api_refuses_malformed_arguments_clearly_and_logs_one_line(logged_app: tuple[str, Path]) -> None:
    from gradio_client import Client

    url, log = logged_app
    client = Client(url, verbose=False)
    refused = [
        ((LESSONS, "a string, not turns"), "history must be a list of turns"),
        ((LESSONS, [{"bad": 1}]), "history turn 0 must look like"),
        ((LESSONS, [{"role": "robot", "content": "hi"}]), "history turn 0 must look like"),
        ((LESSONS, None, 5, SEED_ID), "article_ids must be a list of article ids"),
        ((LESSONS, None, 0), "top_k must be a whole number from 1 to 50"),
        (("  ",), "The question is empty"),
        ((LESSONS, None, 5, None, "sonnet"), "Unknown answer mode 'sonnet'"),
    ]
    for arguments, message in refused:
        with pytest.raises(Exception, match=message):
            client.predict(*arguments, api_name="/ask")
    with pytest.raises(Exception, match="Give the id of an article"):
        client.predict(None, api_name="/remove")
    assert client.predict(LESSONS, None, 5, [SEED_ID], api_name="/ask")["citations"]  # the list form works
    answer = client.predict(LESSONS, None, None, None, "extractive", api_name="/ask")
    assert answer["citations"] and answer["trace"]["mode"] == "extractive"
    text = log.read_text()
    assert "Traceback" not in text, text[-3000:]
    assert text.count("Refused /ask:") == len(refused) and text.count("Refused /remove:") == 1
