"""End to end in a real browser: headless Debian Chromium driven by Playwright against `python app.py`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ..conftest import ROOT, running_app

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ARTIFACTS = ROOT / "artifacts"


@contextmanager
def browser_page(browser, url: str) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A fresh browser context on ``url``, once the app says its index is ready."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(url)
    page.get_by_text("Index ready").wait_for()
    try:
        yield page
    finally:
        context.close()


@pytest.fixture(scope="module")
def page(web_app: str, chromium) -> Iterator[object]:  # type: ignore[no-untyped-def]
    with browser_page(chromium, web_app) as page:
        yield page


def new_conversation(page) -> None:  # type: ignore[no-untyped-def]
    page.locator("#new-chat").click()
    page.get_by_text("Ask a question about the articles.").wait_for()
    page.get_by_text("Sources for each answer appear here.").wait_for()


def ask(page, question: str) -> None:  # type: ignore[no-untyped-def]
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")


def test_ask_see_answer_click_marker_see_paragraph(page) -> None:  # type: ignore[no-untyped-def]
    ask(page, "What do Israeli leaders say the lessons of October 7 require?")
    marker = page.locator("#chat a.cite").first
    marker.wait_for()
    bot = page.locator("#chat .message-row").last
    assert "fundamentally different security architecture" in bot.inner_text()
    assert marker.inner_text() == "[1]"

    marker.click()
    card = page.locator("#sources .source.active")
    card.wait_for()
    assert card.get_attribute("id") == "src-1-1"
    assert "¶26" in card.inner_text()
    assert "Israeli leaders have argued" in card.locator("mark").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "answer-with-sources.png"), full_page=True)

    # The article view numbers every paragraph and marks the one this conversation cited.
    page.get_by_role("tab", name="Articles").click()
    choice = page.locator("#article-choice input")
    choice.click()
    choice.fill("Ceasefire")
    page.get_by_role("option", name="Ceasefire Diplomacy Reignites", exact=False).first.click()
    cited = page.locator("#article-view .para.cited")
    cited.wait_for()
    assert cited.count() == 1 and cited.get_attribute("id") == "para-26"
    assert page.locator("#article-view .para").count() == 42
    page.get_by_role("tab", name="Chat").click()


def test_follow_up_and_abstention_in_the_chat(page) -> None:  # type: ignore[no-untyped-def]
    new_conversation(page)
    ask(page, "What regional issues do developments in Gaza influence?")
    page.locator("#chat a.cite").first.wait_for()
    ask(page, "Which outlet highlighted that?")
    page.locator('#sources .source[id="src-2-1"]').wait_for()
    assert "Israel National News has consistently highlighted" in page.locator("#src-2-1").inner_text()

    ask(page, "Who won the 2020 US presidential election?")
    page.get_by_text("No sources: the assistant abstained").wait_for()
    assert "could not find an answer" in page.locator("#chat .message-row").last.inner_text()


def test_upload_an_article_and_ask_about_it(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "lighthouse.md"
    article.write_text(
        "# Lighthouse Restored\n\nBy Mara Quinn\n\n"
        "The old lighthouse on Gull Point was relit on Friday after a restoration that cost 2.4 million "
        "euros and took three years.\n\nVolunteers will run guided tours every weekend from May.\n",
        encoding="utf-8",
    )
    page.get_by_role("tab", name="Articles").click()
    page.locator("#upload input[type=file]").set_input_files(str(article))
    page.locator("#add-button").click()
    page.locator("#upload-summary").get_by_text("1 added").wait_for()
    assert "lighthouse" in page.locator("#articles-table").inner_text()

    page.get_by_role("tab", name="Chat").click()
    new_conversation(page)
    ask(page, "How much did the lighthouse restoration cost?")
    page.locator("#chat a.cite").first.wait_for()
    assert "2.4 million euros" in page.locator("#chat .message-row").last.inner_text()
    page.locator("#chat a.cite").first.click()
    assert "Lighthouse Restored" in page.locator("#sources .source.active").inner_text()
    page.screenshot(path=str(ARTIFACTS / "uploaded-article-answer.png"), full_page=True)


@pytest.mark.llm
def test_llm_mode_from_the_settings_panel(llm_server: str, chromium, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = {"llm_base_url": llm_server, "llm_model": "smollm2", "llm_max_tokens": "80"}
    settings["llm_timeout"] = "300"  # shared CI machines are slow
    with running_app(tmp_path / "app", **settings) as url, browser_page(chromium, url) as page:
        page.get_by_text("Settings").click()
        page.get_by_label("openai").check()
        ask(page, "What do Israeli leaders say the lessons of October 7 require?")
        page.locator("#sources .turn").wait_for(timeout=600_000)  # final: cited, or an abstention
        bot = page.locator("#chat .message-row").last.inner_text()
        assert "[1]" in bot or "could not find an answer" in bot
        if any(n in bot for n in ("cited no paragraph", "Removed")):
            assert "[1]" in bot  # the reader is told what the check did, and still sees cited text
        page.get_by_role("button", name="Trace").click()
        trace = page.locator("#trace")
        trace.get_by_text("openai").first.wait_for()
        page.screenshot(path=str(ARTIFACTS / "llm-mode-answer.png"), full_page=True)
