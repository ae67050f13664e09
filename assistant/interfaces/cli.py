"""Command line: parses arguments, calls the Python API, prints. No logic of its own."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from typer.core import TyperCommand

from ..assistant import Assistant, rebuild_index
from ..config import load_settings
from ..errors import AssistantError
from ..logs import quiet_libraries
from ..types import Answer, AnswerMode, IngestReport, RetrievalMode

log = logging.getLogger(__name__)

app = typer.Typer(
    help="Answer questions about news articles, citing the paragraphs that support each answer.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

ArticleArg = Annotated[str, typer.Argument(help="Article id (see `assistant articles`).")]
# The answer mode's choices on the command line: the modes, and "llm", their deprecated spelling.
ModeChoice = Literal["extractive", "openai", "llamacpp", "llm"]
ModeOpt = Annotated[
    ModeChoice | None,
    typer.Option("--mode", help="Who answers: extractive, openai or llamacpp (env ASSISTANT_MODE)."),
]


# ---------------------------------------------------------------- the shared --index and --corpus


def _remember(ctx: typer.Context, param: typer.CallbackParam, value: Path | None) -> None:
    ctx.meta[f"assistant.{param.name}"] = value


def _index_and_corpus(
    index: Annotated[
        Path | None,
        typer.Option(
            "--index", help="Index folder (env ASSISTANT_INDEX_DIR).", callback=_remember, expose_value=False
        ),
    ] = None,
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus",
            help="Corpus folder (env ASSISTANT_CORPUS_DIR).",
            callback=_remember,
            expose_value=False,
        ),
    ] = None,
) -> None:
    """Never called: typer builds the shared options from this signature."""


_shared = typer.Typer(add_completion=False)
_shared.command()(_index_and_corpus)
SHARED_OPTIONS = typer.main.get_command(_shared).params


class WithIndexAndCorpus(TyperCommand):
    """A command that also takes the shared ``--index`` and ``--corpus`` options, anywhere after its
    name like its own options (a command that declares an option of the same name keeps its own).
    Their values reach ``_open`` through the command's context, not through its parameters."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        own = {param.name for param in self.params}
        self.params.extend(param for param in SHARED_OPTIONS if param.name not in own)


def _chosen(ctx: typer.Context, name: Literal["index", "corpus"]) -> Path | None:
    return ctx.meta.get(f"assistant.{name}")


def _open(ctx: typer.Context, **overrides: object) -> Assistant:
    quiet_libraries()
    return Assistant.open(
        index_dir=_chosen(ctx, "index"),
        corpus_dir=_chosen(ctx, "corpus"),
        **{k: v for k, v in overrides.items() if v is not None},
    )


def _mode(mode: ModeChoice | None, old_flag: ModeChoice | None = None) -> AnswerMode | Literal["llm"] | None:
    """``--mode``, or the deprecated ``--llm``; the deprecated value ``llm`` still works. Each old
    spelling is logged as a warning, with the new one to use."""
    if old_flag is not None:
        log.warning("--llm is deprecated: use --mode %s.", old_flag)
        mode = mode or old_flag
    if mode == "llm":
        log.warning("--mode llm is deprecated: name the LLM backend, --mode openai or --mode llamacpp.")
    return mode


@contextmanager
def _user_errors() -> Iterator[None]:
    """Print an ``AssistantError`` as a one-line message and exit 2, without a traceback."""
    try:
        yield
    except AssistantError as exc:
        typer.secho(f"Error: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from None


@app.command(cls=WithIndexAndCorpus)
def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or folders (.txt, .md, .html). Default: the corpus folder."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    ray: Annotated[
        str | None,
        typer.Option(
            "--ray",
            metavar="[ADDRESS]",
            help="Parse and embed on a Ray cluster: its head's host:port, or `auto`; bare --ray: "
            "ASSISTANT_RAY_ADDRESS, else `auto`. Needs the `ray` extra and a Chroma server "
            "[env ASSISTANT_RAY_ADDRESS turns it on].",
        ),
    ] = None,
) -> None:
    """Add or update articles; unchanged ones are skipped."""
    with _user_errors():
        assistant = _open(ctx)
        ray_address = ray if ray is not None else assistant.settings.ray_address
        report = assistant.ingest(paths or None, progress=not as_json, ray_address=ray_address)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2))
    else:
        _print_report(report)
    if report.failed:
        raise typer.Exit(1)


def _print_report(report: IngestReport) -> None:
    for label in ("added", "updated", "unchanged", "removed"):
        for article_id in getattr(report, label):
            typer.echo(f"{label:>9}  {article_id}")
    for dup in report.duplicates:
        typer.secho(
            f"{'duplicate':>9}  {dup.path}: same text as article {dup.duplicate_of!r}; not indexed twice",
            fg=typer.colors.YELLOW,
            err=True,
        )
    for failure in report.failed:
        typer.secho(f"{'failed':>9}  {failure.path}: {failure.reason}", fg=typer.colors.RED, err=True)
    typer.echo(report.summary())


@app.command(cls=WithIndexAndCorpus)
def ask(
    ctx: typer.Context,
    question: Annotated[str, typer.Argument(help="The question.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the answer, citations and trace as JSON.")
    ] = False,
    top_k: Annotated[int | None, typer.Option("--top-k", help="Paragraphs to retrieve.")] = None,
    article: Annotated[
        list[str] | None, typer.Option("--article", "-a", help="Only search this article id (repeatable).")
    ] = None,
    mode: ModeOpt = None,
    old_mode_flag: Annotated[
        ModeChoice | None, typer.Option("--llm", hidden=True, help="Deprecated spelling of --mode.")
    ] = None,
    trace: Annotated[bool, typer.Option("--trace", help="Also print the retrieval trace.")] = False,
) -> None:
    """Answer one question with paragraph citations."""
    chosen = _mode(mode, old_mode_flag)
    with _user_errors():
        assistant = _open(ctx)
        mode = assistant.settings.resolve_mode(chosen)  # the old "llm" is warned about once, above
        if as_json:
            answer = assistant.ask(question, top_k=top_k, article_ids=article, mode=mode)
            typer.echo(json.dumps(answer.to_dict(), indent=2, ensure_ascii=False))
            return
        answer = _stream_answer(assistant.stream(question, top_k=top_k, article_ids=article, mode=mode))
    _print_answer(answer, trace, text_shown=True)


def _stream_answer(items: Iterator[str | Answer]) -> Answer:
    """Print the answer text as it arrives; when the checked text differs from it, print that too."""
    shown = ""
    for item in items:
        if isinstance(item, Answer):
            if item.text.strip() != shown.strip():
                if shown:
                    typer.echo("")
                    typer.secho("Checked answer:", bold=True)
                typer.echo(item.text)
            elif shown:
                typer.echo("")
            return item
        if item.startswith(shown):
            sys.stdout.write(item[len(shown) :])
            sys.stdout.flush()
            shown = item
    raise AssertionError("the answer stream ended without an Answer")


def _print_answer(answer: Answer, trace: bool = False, text_shown: bool = False) -> None:
    if not text_shown:
        typer.echo(answer.text)
    for notice in answer.notices:
        typer.secho(f"({notice})", fg=typer.colors.YELLOW)
    if answer.abstained and answer.trace.abstain_reason:
        typer.secho(f"(abstained: {answer.trace.abstain_reason})", dim=True)
    for c in answer.citations:
        typer.echo("")
        typer.secho(f"[{c.marker}] {c.title} — {c.location} ({c.article_id})", bold=True)
        typer.echo(f"    {c.text}")
    if trace:
        typer.echo("")
        typer.secho("Trace", bold=True)
        for q in answer.trace.queries:
            typer.echo(f"  query: {q}")
        for p in answer.retrieved:
            typer.echo(
                f"  {p.article_id} ¶{p.paragraph}: fused {p.score:.4f}  dense {_fmt(p.dense_score)} "
                f"(#{p.dense_rank or '-'})  bm25 {_fmt(p.bm25_score)} (#{p.bm25_rank or '-'})"
            )
        if answer.trace.rewritten_question:
            typer.echo(f"  rewritten by the LLM: {answer.trace.rewritten_question}")
        check = answer.trace.citation_check
        if check:
            typer.echo(
                f"  citation check: {check.kept} kept, {check.dropped_unsupported} unsupported and "
                f"{check.dropped_no_source} pointing nowhere dropped; "
                f"{check.uncited_sentences} sentence(s) uncited"
            )
            for score in check.scores:
                verdict = "kept" if score.kept else f"dropped ({score.reason})"
                where = f"¶{score.paragraph}" if score.paragraph is not None else "-"
                typer.echo(
                    f"    [{score.marker}] {where} similarity {score.similarity:.2f} "
                    f"coverage {score.coverage:.2f} {verdict}"
                )
        for note in answer.trace.notes:
            typer.echo(f"  note: {note}")


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


@app.command(cls=WithIndexAndCorpus)
def chat(
    ctx: typer.Context,
    trace: Annotated[
        bool, typer.Option("--trace", help="Print the retrieval trace after each answer.")
    ] = False,
) -> None:
    """Interactive chat that remembers the conversation. Empty line or Ctrl-D to quit; /new to reset."""
    with _user_errors():
        assistant = _open(ctx)
    history: list[dict[str, str]] = []
    typer.echo("Ask about the articles. /new starts over, an empty line quits.")
    while True:
        try:
            question = input("\n> ").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if not question:
            break
        if question == "/new":
            history.clear()
            typer.echo("(new conversation)")
            continue
        try:
            answer = _stream_answer(assistant.stream(question, history))
        except AssistantError as exc:
            typer.secho(f"\nError: {exc}", fg=typer.colors.RED, err=True)
            continue
        _print_answer(answer, trace, text_shown=True)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]


@app.command(cls=WithIndexAndCorpus)
def articles(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List the indexed articles with their paragraph counts."""
    with _user_errors():
        infos = _open(ctx).articles()
    if as_json:
        typer.echo(json.dumps([i.to_dict() for i in infos], indent=2, ensure_ascii=False))
        return
    if not infos:
        typer.echo("No articles indexed. Add some with `assistant ingest PATH`.")
    for info in infos:
        byline = f" — {info.byline}" if info.byline else ""
        typer.echo(f"{info.article_id}  {info.paragraph_count:>3} ¶  {info.title}{byline}")


@app.command(cls=WithIndexAndCorpus)
def show(
    ctx: typer.Context,
    article_id: ArticleArg,
) -> None:
    """Print an article's metadata and numbered paragraphs."""
    with _user_errors():
        info, paragraphs = _open(ctx).article(article_id)
    typer.secho(info.title, bold=True)
    for line in (info.dek, info.byline and f"By {info.byline}", info.date, info.source):
        if line:
            typer.echo(line)
    for p in paragraphs:
        typer.echo(f"\n¶{p.paragraph}  {p.text}")


@app.command(cls=WithIndexAndCorpus)
def remove(
    ctx: typer.Context,
    article_id: ArticleArg,
) -> None:
    """Remove an article from the index (a corpus file is moved to .removed/, never deleted)."""
    with _user_errors():
        assistant = _open(ctx)
        removal = assistant.remove(article_id)
    typer.echo(f"Removed {article_id} ({removal.paragraph_count} paragraphs) from the index.")
    if removal.moved_to:
        moved_to = Path(assistant.settings.corpus_dir) / removal.moved_to
        typer.echo(f"Its file was moved to {moved_to} so it is not ingested again.")


@app.command(cls=WithIndexAndCorpus)
def rebuild(
    ctx: typer.Context,
) -> None:
    """Move the current index aside and rebuild it from the corpus folder."""
    with _user_errors():
        moved, report = rebuild_index(_open(ctx).settings)
    if moved:
        typer.echo(f"Old index kept at {moved}")
    _print_report(report)


@app.command(name="eval", cls=WithIndexAndCorpus)
def evaluate(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Question set: .jsonl, .json or .csv with RAGAS columns, or a BEIR folder "
            "(default eval/dev.jsonl). With --compare: two or more run folders."
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write results.jsonl, metrics.json, report.md and report.html here."),
    ] = None,
    fail_under: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-under",
            help="[KIND:]METRIC=VALUE: exit 1 when METRIC (overall, for questions of KIND, or with "
            "any_kind: for each kind) is below VALUE (repeatable).",
        ),
    ] = None,
    retrieval: Annotated[
        RetrievalMode | None,
        typer.Option("--retrieval", help="Retrieval (default: ASSISTANT_RETRIEVAL_MODE, else hybrid)."),
    ] = None,
    mode: ModeOpt = None,
    top_k: Annotated[
        int | None, typer.Option("--top-k", min=1, max=50, help="Paragraphs the answerer reads.")
    ] = None,
    compare: Annotated[
        bool, typer.Option("--compare", help="Compare run folders written by --out instead of running a set.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print metrics.json to stdout.")] = False,
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus", help="Evaluate on these articles, indexed into a temporary index (or --index)."
        ),
    ] = None,
) -> None:
    """Run a question set as a user would; score retrieval, citations, answers and abstentions.

    Exit status: 0 fine, 1 a --fail-under metric is below its floor, 2 bad input (rows left out).
    """
    from ..evaluation import (
        check_gate_kinds,
        check_thresholds,
        compare_runs,
        evaluate,
        load_question_set,
        load_run,
        parse_threshold,
    )
    from ..evaluation.reports import run_summary, text_summary, write_run

    with _user_errors():
        if compare:
            typer.echo(compare_runs([load_run(p) for p in paths or []]))
            return
        if paths and len(paths) > 1:
            raise AssistantError("Give one question set, or compare runs with --compare RUN_A RUN_B.")
        thresholds = dict(parse_threshold(t) for t in fail_under or [])
        qset = load_question_set(paths[0] if paths else Path("eval/dev.jsonl"))
        check_gate_kinds(thresholds, qset.questions)
        quiet_libraries()
        overrides = {"retrieval_mode": retrieval} if retrieval else {}
        run = evaluate(
            qset,
            index_dir=_chosen(ctx, "index"),
            corpus_dir=corpus,
            progress=not as_json,
            mode=_mode(mode),
            top_k=top_k,
            **overrides,
        )
    summary = run_summary(run)
    problems = check_thresholds(summary["metrics"], thresholds, summary["by_kind"])
    if out is not None:
        write_run(run, out, {"thresholds": thresholds, "problems": problems} if thresholds else None)
    typer.echo(json.dumps(summary, indent=2, ensure_ascii=False) if as_json else text_summary(summary))
    if out is not None and not as_json:
        typer.echo(f"Wrote {out}/results.jsonl, metrics.json, report.md, report.html")
    for error in run.errors:
        typer.secho(f"Left out: {error}", fg=typer.colors.YELLOW, err=True)
    for problem in problems:
        typer.secho(f"FAIL: {problem}", fg=typer.colors.RED, err=True)
    if problems:
        raise typer.Exit(1)
    if run.errors:
        raise typer.Exit(2)


@app.command(cls=WithIndexAndCorpus)
def serve(
    ctx: typer.Context,
    host: Annotated[
        str | None, typer.Option("--host", help="Address to bind (env ASSISTANT_API_HOST).")
    ] = None,
    port: Annotated[int | None, typer.Option("--port", help="Port (env ASSISTANT_API_PORT).")] = None,
    ui: Annotated[bool, typer.Option("--ui/--no-ui", help="Also serve the web UI under /ui/.")] = True,
) -> None:
    """Serve the JSON API, the OpenAI-compatible chat endpoint and the web UI on one port."""
    import logging

    from .http.server import serve as run_server

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    settings = _open(ctx, api_host=host, api_port=port).settings
    run_server(settings, ui=ui)


@app.command(cls=WithIndexAndCorpus)
def mcp(
    ctx: typer.Context,
    transport: Annotated[
        Literal["stdio", "http"],
        typer.Option("--transport", help="stdio (launched by a desktop app or IDE) or streamable HTTP."),
    ] = "stdio",
    host: Annotated[
        str | None, typer.Option("--host", help="Address to bind for http (env ASSISTANT_MCP_HOST).")
    ] = None,
    port: Annotated[
        int | None, typer.Option("--port", help="Port for http (env ASSISTANT_MCP_PORT).")
    ] = None,
) -> None:
    """Serve the assistant to agents over the Model Context Protocol (tools ask, search, ... and
    article://ID resources). On stdio, stdout carries the protocol and all logging goes to stderr."""
    import logging

    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    logging.getLogger("mcp").setLevel(logging.WARNING)  # one line per request otherwise
    with _user_errors():
        try:
            from .mcp import run_mcp
        except ImportError as exc:
            raise AssistantError(
                f"The MCP server needs the `mcp` extra ({exc.name} is missing): "
                'pip install -c constraints.txt -e ".[mcp]"'
            ) from None
        settings = _open(ctx, mcp_host=host, mcp_port=port).settings
    run_mcp(settings, transport)


@app.command()
def settings() -> None:
    """Print the effective settings (from ASSISTANT_* variables and defaults)."""
    with _user_errors():
        settings = load_settings()
    values = settings.model_dump(mode="json")  # secrets (SecretStr) come out as "**********"
    if settings.ui_credentials:
        values["ui_auth"] = settings.ui_credentials[0] + ":**********"
    typer.echo(json.dumps(values, indent=2))


def main() -> None:
    try:
        app(args=_optional_ray_address(sys.argv[1:]))
    except KeyboardInterrupt:  # pragma: no cover
        sys.exit(130)


def _optional_ray_address(args: list[str]) -> list[str]:
    """Let `ingest --ray` go without its value (click options cannot): a bare `--ray` becomes
    `--ray=` (the configured address) unless the next word is an address rather than a path."""
    if not args or args[0] != "ingest":
        return args
    out = list(args)
    for i, word in enumerate(out):
        if word == "--":
            break
        if word == "--ray":
            following = out[i + 1] if i + 1 < len(out) else None
            if following is None or not _looks_like_address(following):
                out[i] = "--ray="
    return out


def _looks_like_address(word: str) -> bool:
    """`auto`, `ray://…` or `host:port`, and not a file or folder of that name."""
    if Path(word).exists():
        return False
    host, _, port = word.rpartition(":")
    return word == "auto" or word.startswith("ray://") or bool(host and port.isdigit())


if __name__ == "__main__":  # pragma: no cover
    main()
