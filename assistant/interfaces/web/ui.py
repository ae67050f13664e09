"""Gradio web UI: chat with clickable citations, a sources panel, and article management.

A thin layer over ``Assistant``: every action calls the Python API. Build it with
``create_app(assistant)``; ``main()`` launches it with the settings' host, port and auth.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from ...arguments import check_history
from ...assistant import Assistant
from ...config import Settings, load_settings
from ...errors import AssistantError, InvalidArgumentError
from ...ingest.article import SUPPORTED_SUFFIXES
from ...logs import quiet_libraries
from ...types import Answer, IngestReport
from ..uploads import Upload, add_uploads
from .render import CSS, HEAD, answer_markdown, article_html, escape_markdown, sources_html

log = logging.getLogger(__name__)

SEED_ARTICLE = "000_12d29104be5af25a"
SEED_EXAMPLES = [
    "What do Israeli leaders say the lessons of October 7 require?",
    "Which countries are mediating between Israel and Hamas?",
    "What regional issues do developments in Gaza influence?",
    "Who is the Hamas spokesman mentioned in the article?",
]
THINKING = "*Searching the articles…*"


class ChatSession:
    """What one browser tab remembers: the turns so far, as plain text and as answers."""

    def __init__(self) -> None:
        self.answers: list[tuple[int, Answer]] = []

    @property
    def history(self) -> list[dict[str, str]]:
        turns: list[dict[str, str]] = []
        for _, answer in self.answers:
            turns += [
                {"role": "user", "content": answer.question},
                {"role": "assistant", "content": answer.text},
            ]
        return turns

    def cited(self, article_id: str) -> set[int]:
        return {c.paragraph for _, a in self.answers for c in a.citations if c.article_id == article_id}


def create_app(assistant: Assistant) -> gr.Blocks:
    """The web UI over ``assistant``."""
    settings = assistant.settings
    modes = settings.available_modes

    def catalog() -> tuple[list[list[Any]], list[tuple[str, str]], str]:
        """Table rows, article picker choices and the status line, from one read of the index."""
        infos = assistant.articles()
        rows = [[a.article_id, a.title, a.byline or "", a.date or "", a.paragraph_count] for a in infos]
        choices = [(f"{a.title} ({a.article_id})", a.article_id) for a in infos]
        status = f"Index ready: {len(infos)} article(s), {sum(a.paragraph_count for a in infos)} paragraphs."
        return rows, choices, status

    # ---------------------------------------------------------------- handlers

    def bootstrap(progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:
        try:
            report = assistant.ensure_index(
                progress=lambda done, total, path: progress((done, total), desc=f"Indexing {Path(path).name}")
            )
            rows, choices, status = catalog()
        except AssistantError as exc:  # e.g. a corrupt index: say so where the user looks
            return f"**Index problem:** {escape_markdown(str(exc))}", [], gr.skip(), gr.skip()
        if report is not None:
            status = f"Built the index from {settings.corpus_dir}/ ({report.summary()}). {status}"
        return status, rows, gr.Dropdown(choices=choices), gr.Dropdown(choices=choices)

    def respond(
        message: str,
        chat: list[dict[str, Any]],
        session: ChatSession,
        top_k: int,
        only: list[str] | None,
        mode: str,
    ) -> Iterator[tuple[Any, ...]]:
        message = (message or "").strip()
        if not message:
            yield gr.skip(), chat, session, gr.skip(), gr.skip()
            return
        # The question is shown as the user typed it, never read as Markdown or HTML.
        shown = {"role": "user", "content": escape_markdown(message)}
        chat = [*chat, shown, {"role": "assistant", "content": THINKING}]
        yield "", chat, session, gr.skip(), gr.skip()
        try:
            for item in assistant.stream(
                message, session.history, top_k=int(top_k), article_ids=only or None, mode=mode
            ):
                if isinstance(item, Answer):
                    turn = len(session.answers) + 1
                    session.answers.append((turn, item))
                    chat[-1] = {"role": "assistant", "content": answer_markdown(item, turn)}
                    yield "", chat, session, sources_html(session.answers), item.to_dict()["trace"]
                elif item:
                    chat[-1] = {"role": "assistant", "content": escape_markdown(item)}
                    yield "", chat, session, gr.skip(), gr.skip()
        except AssistantError as exc:
            chat[-1] = {"role": "assistant", "content": f"**Error:** {escape_markdown(str(exc))}"}
            yield "", chat, session, gr.skip(), gr.skip()

    def new_conversation() -> tuple[Any, ...]:
        return [], ChatSession(), sources_html([]), None

    def open_article(article_id: str | None, session: ChatSession) -> str:
        if not article_id:
            return '<div class="sources-empty">Choose an article to read it.</div>'
        try:
            info, paragraphs = assistant.article(article_id)
        except AssistantError as exc:
            return f'<div class="abstained">{html.escape(str(exc))}</div>'
        return article_html(info, paragraphs, session.cited(article_id))

    def upload(files: list[str] | None, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:
        results, report = add_files(assistant, files or [], progress)
        rows, choices, status = catalog()
        return (
            results,
            report.summary(),
            rows,
            gr.Dropdown(choices=choices),
            gr.Dropdown(choices=choices),
            status,
        )

    def remove_selected(article_id: str | None) -> tuple[Any, ...]:
        if not article_id:
            message = "Choose an article to remove."
        else:
            try:
                removal = assistant.remove(article_id)
                message = f"Removed {article_id} ({removal.paragraph_count} paragraphs) from the index."
                if removal.moved_to:
                    message += f" Its file was moved to `{removal.moved_to}`."
            except AssistantError as exc:
                message = escape_markdown(str(exc))
        rows, choices, status = catalog()
        return (
            message,
            rows,
            gr.Dropdown(choices=choices, value=None),
            gr.Dropdown(choices=choices),
            status,
        )

    # ---------------------------------------------------------------- API-only endpoints

    def api_ask(
        question: str,
        history: list[dict[str, str]] | None = None,
        top_k: int | None = None,
        article_ids: list[str] | None = None,
        mode: str | None = None,
    ) -> dict[str, Any]:
        """Answer a question; returns the answer, its citations, the retrieved paragraphs and the trace.

        ``mode`` picks who answers (``extractive``, or an LLM backend the server is set up with);
        None means the server's ``ASSISTANT_MODE``.
        """
        try:
            check_history(history)  # clients send it as data: a malformed one is refused, not skipped
            if isinstance(article_ids, str):  # one id would be read as a list of characters by clients
                raise InvalidArgumentError(
                    f"article_ids must be a list of article ids, e.g. [{article_ids!r}], or None for all."
                )
            return assistant.ask(
                question,
                history,
                top_k=top_k,
                article_ids=article_ids,
                mode=mode or None,  # type: ignore[arg-type]
            ).to_dict()
        except AssistantError as exc:
            raise user_error("/ask", exc) from None

    def api_articles() -> list[dict[str, Any]]:
        """The indexed articles with paragraph counts."""
        return [a.to_dict() for a in assistant.articles()]

    def api_remove(article_id: str) -> dict[str, Any]:
        """Remove an article from the index; a corpus file is moved to .removed/, never deleted."""
        try:
            return assistant.remove(article_id).to_dict()
        except AssistantError as exc:
            raise user_error("/remove", exc) from None

    # ---------------------------------------------------------------- layout

    with gr.Blocks(title="Article Assistant", analytics_enabled=False) as demo:
        session = gr.State(ChatSession())
        gr.Markdown("## Article Assistant\nAsk about the articles; every answer cites its paragraphs.")
        status = gr.Markdown("Loading the index…", elem_id="index-status")
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"), gr.Row(equal_height=False):
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(
                        elem_id="chat",
                        label="Conversation",
                        height=520,
                        sanitize_html=True,
                        buttons=["copy"],
                        placeholder="Ask a question about the articles.",
                    )
                    with gr.Row():
                        question = gr.Textbox(
                            placeholder="Ask about the articles…",
                            show_label=False,
                            scale=5,
                            elem_id="question",
                            autofocus=True,
                        )
                        send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask-button")
                    with gr.Row():
                        new_chat = gr.Button("New conversation", size="sm", elem_id="new-chat")
                    gr.Examples(SEED_EXAMPLES, inputs=[question], label="Examples for the seed article")
                with gr.Column(scale=2):
                    gr.Markdown("### Sources")
                    sources = gr.HTML(sources_html([]), elem_id="sources", elem_classes=["sources-panel"])
                    with gr.Accordion("Settings", open=False):
                        top_k = gr.Slider(1, 20, value=settings.top_k, step=1, label="Paragraphs retrieved")
                        only = gr.Dropdown(
                            choices=[], multiselect=True, label="Only these articles (empty: all)"
                        )
                        mode = gr.Radio(
                            modes,
                            value=settings.mode,
                            label="Answers written by",
                            info=None
                            if settings.llm_configured
                            else "Set ASSISTANT_MODE=openai (or llamacpp) to answer with an LLM.",
                            elem_id="answerer",
                        )
                    with gr.Accordion("Trace", open=False):
                        trace = gr.JSON(
                            label="Queries, scores and decisions for the last answer", elem_id="trace"
                        )
            with gr.Tab("Articles", id="articles"), gr.Row(equal_height=False):
                with gr.Column(scale=3):
                    table = gr.Dataframe(
                        headers=["id", "title", "byline", "date", "paragraphs"],
                        interactive=False,
                        label="Indexed articles",
                        elem_id="articles-table",
                    )
                    chosen = gr.Dropdown(choices=[], label="Open an article", elem_id="article-choice")
                    article_view = gr.HTML(elem_id="article-view")
                    remove_button = gr.Button("Remove this article from the index", variant="stop", size="sm")
                    remove_status = gr.Markdown()
                with gr.Column(scale=2):
                    files = gr.File(
                        file_count="multiple",
                        file_types=list(SUPPORTED_SUFFIXES),
                        label="Add articles (.txt, .md, .html)",
                        elem_id="upload",
                    )
                    add = gr.Button("Add to index", variant="primary", elem_id="add-button")
                    upload_summary = gr.Markdown(elem_id="upload-summary")
                    upload_results = gr.Dataframe(
                        headers=["file", "result", "detail"], interactive=False, label="Per-file result"
                    )

        demo.load(bootstrap, outputs=[status, table, only, chosen], api_visibility="private")
        ask_inputs = [question, chatbot, session, top_k, only, mode]
        ask_outputs = [question, chatbot, session, sources, trace]
        question.submit(respond, ask_inputs, ask_outputs, api_visibility="private")
        send.click(respond, ask_inputs, ask_outputs, api_visibility="private")
        new_chat.click(new_conversation, outputs=[chatbot, session, sources, trace], api_visibility="private")
        chatbot.clear(new_conversation, outputs=[chatbot, session, sources, trace], api_visibility="private")
        chosen.change(open_article, [chosen, session], article_view, api_visibility="private")
        add.click(
            upload,
            [files],
            [upload_results, upload_summary, table, only, chosen, status],
            api_name="upload",
        )
        remove_button.click(
            remove_selected, [chosen], [remove_status, table, chosen, only, status], api_visibility="private"
        )
        gr.api(api_ask, api_name="ask")
        gr.api(api_articles, api_name="articles")
        gr.api(api_remove, api_name="remove")
    return demo


def user_error(endpoint: str, exc: AssistantError) -> gr.Error:
    """A client's mistake as Gradio reports it to the client, logged as one line, not a traceback."""
    log.info("Refused %s: %s", endpoint, exc)
    return gr.Error(str(exc), print_exception=False)


def add_files(
    assistant: Assistant, paths: list[str], progress: Any = None
) -> tuple[list[list[str]], IngestReport]:
    """Ingest files uploaded through the UI; one ``[file, result, detail]`` row per file."""
    uploads = [Upload(Path(str(raw)).name, Path(str(raw))) for raw in paths]
    results, report = add_uploads(assistant, uploads, progress)
    return [[r.file, r.result, r.detail] for r in results], report


def launch_options(settings: Settings) -> dict[str, Any]:
    return {
        "server_name": settings.ui_host,
        "server_port": settings.ui_port,
        "auth": settings.ui_credentials,
        "share": False,
        "css": CSS,
        "head": HEAD,
        "theme": gr.themes.Soft(),
        "footer_links": ["api"],
        "max_file_size": settings.max_file_bytes,
    }


def main() -> None:
    quiet_libraries()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    settings = load_settings()
    assistant = Assistant(settings)
    demo = create_app(assistant)
    demo.queue(default_concurrency_limit=4).launch(**launch_options(settings))
