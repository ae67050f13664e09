"""The JSON API under /v1: ask, list, read, upload and remove articles. A thin layer over ``Assistant``.

Blocking calls (embedding, Chroma, the LLM) run in the thread pool so the event loop stays free.
Request body limits (413) are enforced by the server's ``BodySizeLimit`` middleware.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path
from typing import Annotated, Any, get_type_hints

from fastapi import APIRouter, Depends, File, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StrictInt, create_model
from starlette.concurrency import run_in_threadpool

from ...assistant import Assistant
from ...ingest.article import SUPPORTED_SUFFIXES
from ...types import Answer, AnswerMode, ArticleInfo, IngestReport, LegacyMode, Removal, Role
from ..uploads import MAX_NAME_BYTES, Upload, UploadResult, add_uploads, upload_failure_message
from .errors import ErrorBody, ErrorDetail, error_body, error_responses, get_assistant, require_api_key

router = APIRouter(prefix="/v1", dependencies=[Depends(require_api_key)])
AssistantDep = Annotated[Assistant, Depends(get_assistant)]
ArticleId = Annotated[str, PathParam(description="Article id, as listed by GET /v1/articles.")]
# The old name of an LLM mode, still accepted and marked deprecated in the OpenAPI document.
DeprecatedMode = Annotated[LegacyMode, Field(json_schema_extra={"deprecated": True})]
_COPY_CHUNK = 1024 * 1024


class Message(BaseModel):
    """One earlier turn of the conversation."""

    model_config = ConfigDict(extra="forbid")

    role: Role
    content: str


class AskOptions(BaseModel):
    """Per-question overrides of the server's settings."""

    model_config = ConfigDict(extra="forbid")

    # Strict: JSON `true` is no count of paragraphs (lax pydantic would read it as 1).
    top_k: StrictInt | None = Field(
        None, ge=1, le=50, description="Paragraphs to retrieve (default: settings)."
    )
    article_ids: list[str] | None = Field(None, description="Only search these articles.")
    mode: AnswerMode | DeprecatedMode | None = Field(
        None,
        description="The answer mode, who answers (default: the server's ASSISTANT_MODE): `extractive`, "
        "or an LLM backend set up on the server (`openai`, `llamacpp`). Deprecated: `llm`, the "
        "configured LLM backend.",
    )


class AskRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"question": "Which countries mediate between Israel and Hamas?"}]},
    )

    question: str = Field(description="The question (up to ASSISTANT_MAX_QUESTION_CHARS characters).")
    history: list[Message] = Field(
        default_factory=list, description="The conversation so far, oldest first, so follow-ups work."
    )
    options: AskOptions = Field(default_factory=AskOptions)


def with_old_count_name(result: type[Any]) -> type[BaseModel]:
    """The response model of a result dataclass with a ``paragraph_count``: its fields, plus
    ``paragraphs``, the count's deprecated name, kept in the JSON (and marked deprecated) for one
    more release."""
    hints = get_type_hints(result)
    fields: dict[str, Any] = {
        f.name: (hints[f.name], ... if f.default is dataclasses.MISSING else f.default)
        for f in dataclasses.fields(result)
    }
    fields["paragraphs"] = (
        int,
        Field(deprecated=True, description="Deprecated name of `paragraph_count`; the same number."),
    )
    return create_model(result.__name__, __doc__=result.__doc__, **fields)


ArticleInfoModel = with_old_count_name(ArticleInfo)
RemovalModel = with_old_count_name(Removal)


class ArticleList(BaseModel):
    articles: list[ArticleInfoModel]  # type: ignore[valid-type]


class NumberedParagraph(BaseModel):
    paragraph: int = Field(description="1-based paragraph number, as answers cite it (¶n).")
    text: str


class ArticleDetail(BaseModel):
    article: ArticleInfoModel  # type: ignore[valid-type]
    paragraphs: list[NumberedParagraph]


class UploadReply(BaseModel):
    """One row per uploaded file, and what the ingest did."""

    results: list[UploadResult]
    report: IngestReport


class UploadFailed(UploadReply):
    error: ErrorDetail


@router.post(
    "/ask",
    response_model=Answer,
    summary="Answer a question with paragraph citations",
    responses=error_responses(400, 401, 404, 413, 422, 502, 503),
    tags=["questions"],
)
async def ask(request: AskRequest, assistant: AssistantDep) -> dict[str, Any]:
    """The answer text carries markers like [1]; `citations` says which article and paragraph each
    marker points to, with the supporting quote; `retrieved` and `trace` show how it was found."""
    answer = await run_in_threadpool(
        assistant.ask,
        request.question,
        [m.model_dump() for m in request.history],
        top_k=request.options.top_k,
        article_ids=request.options.article_ids,
        mode=assistant.settings.resolve_mode(request.options.mode),
    )
    return answer.to_dict()


@router.get(
    "/articles",
    response_model=ArticleList,
    summary="The indexed articles",
    responses=error_responses(401, 503),
    tags=["articles"],
)
async def list_articles(assistant: AssistantDep) -> dict[str, Any]:
    """The indexed articles with their paragraph counts."""
    infos = await run_in_threadpool(assistant.articles)
    return {"articles": [i.to_dict() for i in infos]}


@router.get(
    "/articles/{article_id}",
    response_model=ArticleDetail,
    summary="An article's metadata and numbered paragraphs",
    responses=error_responses(401, 404, 503),
    tags=["articles"],
)
async def get_article(article_id: ArticleId, assistant: AssistantDep) -> dict[str, Any]:
    info, paragraphs = await run_in_threadpool(assistant.article, article_id)
    return {
        "article": info.to_dict(),
        "paragraphs": [{"paragraph": p.paragraph, "text": p.text} for p in paragraphs],
    }


@router.post(
    "/articles",
    response_model=UploadReply,
    summary="Upload articles (.txt, .md, .html) to add or update",
    responses={
        **error_responses(400, 401, 413, 503),
        422: {
            "model": UploadFailed | ErrorBody,
            "description": "A file could not be used: `error` says which and why; the other files of "
            "the request were still ingested (see `results`). Or the request carries no files.",
        },
    },
    tags=["articles"],
)
async def upload_articles(
    files: Annotated[
        list[UploadFile],
        File(
            min_length=1,
            description="Article files in the multipart field `files`. Each file name must end in "
            f"{', '.join(SUPPORTED_SUFFIXES)} and have at most {MAX_NAME_BYTES} bytes; other files are "
            "refused (422, with the reason) and the rest ingested.",
        ),
    ],
    assistant: AssistantDep,
) -> Any:
    """Each file is checked (type, size, encoding) before it is saved into the corpus folder under a
    safe name, so a bad file never replaces a good article. A file with the name of an earlier upload
    updates that article; uploading the same file again changes nothing, so a failed request can be
    sent again once its bad files are fixed."""
    with tempfile.TemporaryDirectory(prefix="assistant-upload-") as scratch:
        uploads = [await _save(file, Path(scratch), n) for n, file in enumerate(files)]
        results, report = await run_in_threadpool(add_uploads, assistant, uploads)
    body = {"results": [r.to_dict() for r in results], "report": report.to_dict()}
    message = upload_failure_message(results)
    if message is None:
        return body
    return JSONResponse({**body, **error_body("article_error", message, param="files")}, status_code=422)


async def _save(upload: UploadFile, folder: Path, number: int) -> Upload:
    """Copy an upload to disk under a neutral name that keeps its suffix (the suffix says how to parse it)."""
    name = upload.filename or ""
    suffix = Path(name.replace("\\", "/")).suffix.lower()[:12]
    path = folder / f"{number}{suffix}"
    with path.open("wb") as out:
        while chunk := await upload.read(_COPY_CHUNK):
            out.write(chunk)
    return Upload(name, path)


@router.delete(
    "/articles/{article_id}",
    response_model=RemovalModel,
    summary="Remove an article from the index",
    responses=error_responses(401, 404, 503),
    tags=["articles"],
)
async def remove_article(article_id: ArticleId, assistant: AssistantDep) -> dict[str, Any]:
    """A file of the article in the corpus folder is moved to `<corpus>/.removed/`, never deleted, so the
    next ingest of the folder does not bring it back."""
    removal = await run_in_threadpool(assistant.remove, article_id)
    return removal.to_dict()
