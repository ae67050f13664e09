"""Security of the non-HTTP-API entry points: the web UI honours its login (for upload and every
named endpoint), no path traversal through upload names, article ids or the file route, article
text and questions are shown as text and never run as HTML in a real browser, and secrets are
never printed or logged.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant import Assistant, Settings
from assistant.config import load_settings
from assistant.errors import ConfigError
from assistant.interfaces.web.ui import create_app, launch_options

from ..conftest import free_port

USER, PASSWORD = "reader", "s3cret-Pa55"
HARBOUR = (
    "Harbour Reopens\n\nThe harbour reopened on Monday after three weeks of repairs to the sea wall, "
    "officials said.\n\nFishermen welcomed the news but warned that fuel prices would stay high.\n"
)
EVIL_TITLE = "<img src=x onerror=alert('title')> Pier Board Report"
EVIL_PARAGRAPH = (
    "The pier board said <script>alert('body')</script> the repairs would finish by June, and "
    "<img src=x onerror=alert('img')> residents could [click](javascript:alert('link')) for **details**."
)
EVIL_ARTICLE = f"{EVIL_TITLE}\n\n{EVIL_PARAGRAPH}\n"
EVIL_QUESTION = (
    "When will the <img src=x onerror=alert('q')> pier <script>alert('q2')</script> repairs finish?"
)


@pytest.fixture(scope="module")
def protected_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Assistant]]:
    """The web UI with a login, in this process, over a private corpus holding a hostile article."""
    home = tmp_path_factory.mktemp("secure-app")
    corpus = home / "corpus"
    corpus.mkdir()
    (corpus / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (corpus / "pier-board.txt").write_text(EVIL_ARTICLE, encoding="utf-8")
    settings = Settings(
        index_dir=home / "index", corpus_dir=corpus, ui_auth=f"{USER}:{PASSWORD}", ui_port=free_port()
    )
    assistant = Assistant(settings)
    assistant.ensure_index()
    demo = create_app(assistant)
    demo.launch(prevent_thread_lock=True, quiet=True, **launch_options(settings))
    try:
        yield f"http://127.0.0.1:{settings.ui_port}/", assistant
    finally:
        demo.close()


def corpus_state(assistant: Assistant) -> tuple[list[str], list[tuple[str, int]]]:
    files = sorted(
        str(p.relative_to(assistant.settings.corpus_dir))
        for p in Path(assistant.settings.corpus_dir).rglob("*")
    )
    return files, sorted((a.article_id, a.paragraph_count) for a in assistant.store.articles())


@pytest.mark.slow
def test_without_login_nothing_is_written_or_read(
    protected_app: tuple[str, Assistant], tmp_path: Path
) -> None:
    url, assistant = protected_app
    before = corpus_state(assistant)
    article = tmp_path / "intruder.txt"
    article.write_text("Intruder\n\nAn article uploaded without logging in must not be indexed.\n")
    with httpx.Client(base_url=url, timeout=30) as http:
        upload = http.post("gradio_api/upload", files={"files": ("intruder.txt", article.read_bytes())})
        assert upload.status_code == 401
        for endpoint, data in (
            ("upload", [[{"path": str(article)}]]),
            ("remove", ["harbour"]),
            ("ask", ["x"]),
        ):
            call = http.post(f"gradio_api/call/{endpoint}", json={"data": data})
            assert call.status_code == 401, (endpoint, call.status_code, call.text[:200])
        assert http.get("gradio_api/info").status_code == 401
        assert http.get(f"gradio_api/file={assistant.settings.corpus_dir}/harbour.txt").status_code == 401
        bad_login = http.post("login", data={"username": USER, "password": "wrong"})
        assert bad_login.status_code == 400
    from gradio_client import Client

    with pytest.raises(Exception):  # noqa: B017 - any refusal will do
        Client(url, auth=(USER, "wrong"), verbose=False)
    assert corpus_state(assistant) == before


@pytest.mark.slow
def test_logged_in_upload_stays_in_the_corpus_and_files_are_not_served(
    protected_app: tuple[str, Assistant], tmp_path: Path
) -> None:
    from gradio_client import Client, handle_file

    url, assistant = protected_app
    corpus = Path(assistant.settings.corpus_dir)
    client = Client(url, auth=(USER, PASSWORD), verbose=False)
    hostile = tmp_path / "..\\..\\..\\tmp\\escaped.txt"  # a name, not a path, on this system
    hostile.write_text("Escaped Name\n\nThe upload with a hostile name was kept inside the corpus.\n")
    rows, summary, *_ = client.predict([handle_file(hostile)], api_name="/upload")
    assert "1 added" in summary, rows
    landed = [p for p in corpus.rglob("*escaped*")]
    assert [p.parent for p in landed] == [corpus] and not Path("/tmp/escaped.txt").exists()

    # A file over the upload limit is refused before it reaches the assistant.
    before = corpus_state(assistant)
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (6 * 1024 * 1024 // 5))  # 6 MB, over the 5 MB limit
    with pytest.raises(Exception, match=r"(?i)too large|exceed|size"):
        client.predict([handle_file(big)], api_name="/upload")
    assert corpus_state(assistant) == before

    # Article ids are looked up, never used as paths.
    for odd in ("../../etc/passwd", "/etc/passwd", "harbour/../../x"):
        with pytest.raises(Exception, match="No article with id"):
            client.predict(odd, api_name="/remove")
    assert corpus_state(assistant) == before

    # Logged in, the file route still serves no file of the machine, the corpus or the index.
    with httpx.Client(base_url=url, timeout=30) as http:
        assert http.post("login", data={"username": USER, "password": PASSWORD}).status_code == 200
        for path in (
            "/etc/passwd",
            f"{corpus}/harbour.txt",
            f"{assistant.settings.index_dir}/chroma.sqlite3",
        ):
            response = http.get(f"gradio_api/file={path}")
            assert response.status_code in (403, 404), (path, response.status_code)
            assert "root:" not in response.text


def call_upload(http: httpx.Client, server_path: str) -> str:
    """Call the named `upload` endpoint over plain HTTP; returns its event stream."""
    file_data = {"path": server_path, "meta": {"_type": "gradio.FileData"}}
    started = http.post("gradio_api/call/upload", json={"data": [[file_data]]})
    assert started.status_code == 200, started.text
    return http.get(f"gradio_api/call/upload/{started.json()['event_id']}").text


@pytest.mark.slow
def test_raw_uploads_cannot_choose_where_they_land(
    protected_app: tuple[str, Assistant], tmp_path: Path
) -> None:
    url, assistant = protected_app
    corpus = Path(assistant.settings.corpus_dir)
    secret = tmp_path / "server-notes.md"
    secret.write_text(
        "# Server Notes\n\nPrivate notes that no upload may pull into the corpus, staff said.\n"
    )
    with httpx.Client(base_url=url, timeout=60) as http:
        assert http.post("login", data={"username": USER, "password": PASSWORD}).status_code == 200
        names = ["../../../../tmp/climbed.txt", "/etc/absolute.md", "..\\..\\windows.txt"]
        for i, name in enumerate(names):
            text = f"Upload {i}\n\nUpload number {i} stays inside the corpus folder, the test said.\n"
            uploaded = http.post("gradio_api/upload", files={"files": (name, text.encode())})
            assert uploaded.status_code == 200
            assert "event: complete" in call_upload(http, uploaded.json()[0])
        # A path on the server that was never uploaded is refused, not ingested.
        refused = call_upload(http, str(secret))
        assert "event: error" in refused
    assert not Path("/tmp/climbed.txt").exists() and not Path("/etc/absolute.md").exists()
    landed = {p.name for p in corpus.iterdir()}
    assert {"climbed.txt", "absolute.md"} <= landed and not any("server-notes" in n for n in landed)
    assert all(p.parent == corpus for p in corpus.rglob("*") if p.is_file() and ".removed" not in p.parts)


@pytest.mark.slow
@pytest.mark.browser
def test_hostile_article_and_question_show_as_text_in_a_browser(
    protected_app: tuple[str, Assistant],
    chromium,  # type: ignore[no-untyped-def]
) -> None:
    url, _ = protected_app
    context = chromium.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(60_000)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.goto(url)
        page.locator("input[type=text], input[name=username]").first.fill(USER)
        page.locator("input[type=password]").fill(PASSWORD)
        page.get_by_role("button", name="Login").click()
        page.get_by_text("Index ready").wait_for()

        box = page.locator("#question textarea")
        box.fill(EVIL_QUESTION)
        box.press("Enter")
        page.locator("#chat a.cite").first.wait_for()
        chat = page.locator("#chat").inner_text()
        assert EVIL_QUESTION in chat  # the question, literally
        assert "<script>alert('body')</script>" in chat and "<img src=x onerror=alert('img')>" in chat
        sources = page.locator("#sources").inner_text()
        assert "<script>alert('body')</script>" in sources and EVIL_TITLE in sources

        page.get_by_role("tab", name="Articles").click()
        assert EVIL_TITLE in page.locator("#articles-table").inner_text()
        choice = page.locator("#article-choice input")
        choice.click()
        choice.fill("Pier Board")
        page.get_by_role("option", name="Pier Board Report", exact=False).first.click()
        view = page.locator("#article-view")
        view.get_by_text("the repairs would finish by June").wait_for()
        assert EVIL_TITLE in view.inner_text() and "<script>alert('body')</script>" in view.inner_text()

        # Nothing hostile became markup: no injected image, no javascript: link, no dialog.
        assert page.locator("img[src='x']").count() == 0
        assert page.locator("a[href^='javascript']").count() == 0
        page.wait_for_timeout(500)
        assert dialogs == []
    finally:
        context.close()


# ---------------------------------------------------------------------------- secrets


def test_secrets_are_masked_in_settings_and_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(ui_auth=f"{USER}:{PASSWORD}", llm_api_key="sk-live-0123456789")
    for shown in (repr(settings), str(settings), settings.model_dump_json()):
        assert PASSWORD not in shown and "sk-live-0123456789" not in shown
    assert launch_options(settings)["auth"] == (USER, PASSWORD)
    # A malformed value is refused without being repeated.
    monkeypatch.setenv("ASSISTANT_UI_AUTH", "no-colon-" + PASSWORD)
    with pytest.raises(ConfigError, match="ui_auth") as info:
        load_settings()
    assert PASSWORD not in str(info.value) and info.value.__cause__ is None


@pytest.mark.slow
def test_settings_command_masks_secrets(tmp_path: Path) -> None:
    exe = shutil.which("assistant", path=str(Path(sys.executable).parent)) or "assistant"
    env = os.environ | {
        "ASSISTANT_UI_AUTH": f"{USER}:{PASSWORD}",
        "ASSISTANT_LLM_API_KEY": "sk-live-0123456789",
    }
    result = subprocess.run(
        [exe, "settings"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert f'"ui_auth": "{USER}:**********"' in result.stdout
    assert '"llm_api_key": "**********"' in result.stdout
    assert PASSWORD not in result.stdout + result.stderr and "sk-live" not in result.stdout + result.stderr


@pytest.mark.slow
def test_secrets_never_reach_the_logs(tmp_path: Path, caplog: pytest.LogCaptureFixture, capfd) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    settings = Settings(
        index_dir=tmp_path / "index",
        corpus_dir=corpus,
        ui_auth=f"{USER}:{PASSWORD}",
        llm_api_key="sk-live-0123456789",
        ui_port=free_port(),
    )
    assistant = Assistant(settings)
    assistant.ask("When did the harbour reopen?")
    demo = create_app(assistant)
    demo.launch(prevent_thread_lock=True, **launch_options(settings))
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{settings.ui_port}/", timeout=30) as http:
            http.post("login", data={"username": USER, "password": PASSWORD})
            http.post("login", data={"username": USER, "password": "wrong-" + PASSWORD})
    finally:
        demo.close()
    out, err = capfd.readouterr()
    everything = caplog.text + out + err
    assert PASSWORD not in everything and "sk-live-0123456789" not in everything
