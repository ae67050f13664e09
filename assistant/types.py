"""Small typed results passed between modules and returned to users."""

from __future__ import annotations

import warnings
from dataclasses import asdict, dataclass, field
from pathlib import PurePath
from typing import Any, Literal, get_args

Role = Literal["user", "assistant"]
# Who answers: the extractive answerer (offline, quotes the articles) or an LLM backend. The one
# name for this choice is "mode": the setting ``mode`` (ASSISTANT_MODE) is the default,
# ``Assistant.ask(mode=...)``, the API's ``options.mode`` and the CLI's ``--mode`` choose per question.
# Old names, still read with a deprecation warning: the settings ``llm`` and ``answer_mode``, the
# CLI's ``--llm``, ``Settings.available_answerers``.
AnswerMode = Literal["extractive", "openai", "llamacpp"]
ANSWER_MODES: tuple[AnswerMode, ...] = get_args(AnswerMode)
LLMBackendName = Literal["openai", "llamacpp"]
# Deprecated spelling of a mode, still accepted: "llm" means the configured LLM backend.
LegacyMode = Literal["llm"]
RetrievalMode = Literal["hybrid", "dense", "bm25"]
# How hybrid search fuses its dense and BM25 rankings (retrieval/fusion.py).
Fusion = Literal["scores", "rrf"]
EmbeddingBackend = Literal["torch", "onnx"]
# What a reader's question asks for (``answer.kinds`` tells it; each kind has its own answerer).
QuestionKind = Literal["lookup", "why_how", "multi_part", "overview", "about_article", "mention"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One numbered body paragraph: the unit of citation."""

    number: int  # 1-based, in reading order
    text: str
    start: int  # character offsets of the paragraph in the decoded source text
    end: int

    @property
    def paragraph(self) -> int:
        """The paragraph's number, under the name ``Citation`` and ``Passage`` use for it."""
        return self.number


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article with its metadata and numbered body paragraphs."""

    article_id: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    source: str
    content_hash: str
    dek: str | None = None
    byline: str | None = None
    date: str | None = None  # ISO 8601 date when the article gives one
    outlet: str | None = None  # the publication, when the page or its front matter names it
    date_text: str | None = None  # the date as the article writes it ("Monday, 23 November 2026")


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What the index knows about an indexed article (no paragraph text)."""

    article_id: str
    title: str
    paragraph_count: int
    source: str  # its file: relative to the corpus folder, or absolute for a file outside it
    content_hash: str
    dek: str | None = None
    byline: str | None = None
    date: str | None = None
    outlet: str | None = None
    date_text: str | None = None  # the date as the article writes it, when it gives one

    @property
    def paragraphs(self) -> int:
        """Deprecated name of ``paragraph_count`` (``paragraphs`` is a tuple of paragraphs elsewhere)."""
        _warn_renamed("ArticleInfo.paragraphs", "ArticleInfo.paragraph_count")
        return self.paragraph_count

    def to_dict(self) -> dict[str, Any]:
        """The fields as shown to users and clients: ``source`` never reveals a server path (a file
        outside the corpus folder shows its name only). ``paragraphs`` repeats ``paragraph_count``
        under its deprecated name, for one more release."""
        return asdict(self) | {"source": public_source(self.source), "paragraphs": self.paragraph_count}

    def header_lines(self) -> list[str]:
        """The article's header as a reader sees it: headline, dek, byline, date, outlet."""
        lines = [self.title, self.dek or "", f"By {self.byline}" if self.byline else "", self.date or ""]
        return [line for line in [*lines, self.outlet or ""] if line]


@dataclass(slots=True)
class Passage:
    """A retrieved paragraph with the scores that ranked it."""

    article_id: str
    paragraph: int
    text: str
    title: str
    score: float  # fused score (retrieval/fusion.py: score fusion, or reciprocal rank fusion)
    dense_score: float | None = None  # cosine similarity, when the dense retriever found it
    bm25_score: float | None = None  # BM25 score, when the keyword retriever found it
    dense_rank: int | None = None
    bm25_rank: int | None = None
    byline: str | None = None

    @property
    def key(self) -> str:
        return paragraph_id(self.article_id, self.paragraph)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Citation:
    """What an answer marker like [1] points to: a body paragraph, or (paragraph 0) the article's header."""

    marker: int
    article_id: str
    title: str
    paragraph: int  # 1-based body paragraph; HEADER_PARAGRAPH for the headline, byline, date and outlet
    text: str  # the whole cited paragraph (for the header: its lines)
    quote: str  # the sentence(s) of the paragraph that support the answer
    byline: str | None = None

    @property
    def location(self) -> str:
        """Where in the article the citation points, as shown to readers: "¶3", or "header"."""
        return paragraph_label(self.paragraph)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"location": self.location}


@dataclass(frozen=True, slots=True)
class SupportScore:
    """How well one cited paragraph supports the answer sentence that cites it."""

    sentence: str
    marker: int  # the marker as the LLM wrote it (before renumbering)
    paragraph: int | None  # the cited paragraph, or None for a marker that points to no source
    article_id: str | None
    similarity: float  # cosine similarity of sentence and paragraph embeddings
    coverage: float  # share of the sentence's content words found in the paragraph
    kept: bool
    reason: str = ""  # why a citation was dropped

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class CitationCheck:
    """What the citation check did to one LLM answer."""

    kept: int = 0  # citations (sentence, marker) that passed
    dropped_no_source: int = 0  # markers that point to no supplied paragraph
    dropped_unsupported: int = 0  # markers whose paragraph does not support the sentence
    unsupported_sentences: int = 0  # sentences that were cited but have no citation left
    uncited_sentences: int = 0  # sentences the LLM did not cite at all
    scores: list[SupportScore] = field(default_factory=list)

    @property
    def dropped(self) -> int:
        return self.dropped_no_source + self.dropped_unsupported

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"dropped": self.dropped}


@dataclass(slots=True)
class Trace:
    """How an answer was made, for inspection and export."""

    question: str
    queries: list[str]
    mode: AnswerMode
    kind: QuestionKind | None = None  # see ``answer.kinds``
    retrieved: list[Passage] = field(default_factory=list)
    abstain_reason: str | None = None
    notes: list[str] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)
    rewritten_question: str | None = None  # the LLM's stand-alone version of a follow-up
    llm_text: str | None = None  # the LLM's answer as generated, before the citation check
    citation_check: CitationCheck | None = None
    fallback: str | None = None  # why the extractive answer replaced the LLM's, when it did

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["citation_check"] = self.citation_check.to_dict() if self.citation_check else None
        return out


@dataclass(slots=True)
class Answer:
    """An answer with its citations, the paragraphs retrieved, and a trace."""

    question: str
    text: str
    citations: list[Citation]
    retrieved: list[Passage]
    abstained: bool
    trace: Trace
    # What the reader must know about this answer: citations removed, an LLM answer replaced, ...
    notices: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "text": self.text,
            "abstained": self.abstained,
            "notices": list(self.notices),
            "citations": [c.to_dict() for c in self.citations],
            "retrieved": [p.to_dict() for p in self.retrieved],
            "trace": self.trace.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Removal:
    """What removing an article did."""

    article_id: str
    paragraph_count: int  # paragraphs taken out of the index
    moved_to: str | None = None  # where its file went, relative to the corpus folder (.removed/NAME)

    @property
    def paragraphs(self) -> int:
        """Deprecated name of ``paragraph_count``."""
        _warn_renamed("Removal.paragraphs", "Removal.paragraph_count")
        return self.paragraph_count

    def to_dict(self) -> dict[str, Any]:
        """The fields, and ``paragraph_count`` again under its deprecated name ``paragraphs``
        (for one more release)."""
        return asdict(self) | {"paragraphs": self.paragraph_count}


@dataclass(frozen=True, slots=True)
class IngestFailure:
    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A file whose article text is already indexed under another id: it is not indexed twice."""

    path: str
    article_id: str  # the id the file would have had
    duplicate_of: str  # the indexed article with the same text


@dataclass(frozen=True, slots=True)
class BrokenFileType:
    """Every file of one type failed with an unexpected error: the parser or the installation is
    broken (a package missing, say), not the files."""

    suffix: str  # e.g. ".html"
    files: int  # how many files of that type the ingest tried
    error: str  # the first error, e.g. "ImportError: ..."


@dataclass(slots=True)
class IngestReport:
    """What one ingest call did, article by article."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[IngestFailure] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    broken_types: list[BrokenFileType] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        text = (
            f"{len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.removed)} removed, {len(self.failed)} failed"
        )
        if self.duplicates:
            text += f", {len(self.duplicates)} duplicate(s) skipped"
        for broken in self.broken_types:
            text += (
                f"; every {broken.suffix} file failed ({broken.files} of {broken.files}) with "
                f"{broken.error} (a missing package or a parser bug, not the files: see the log)"
            )
        return text


HEADER_PARAGRAPH = 0  # a citation of an article's header (headline, byline, date, outlet)


def paragraph_label(paragraph: int) -> str:
    """ "¶3" for a body paragraph, "header" for the article's header."""
    return "header" if paragraph == HEADER_PARAGRAPH else f"¶{paragraph}"


def _warn_renamed(old: str, new: str) -> None:
    warnings.warn(f"{old} is deprecated: use {new}.", DeprecationWarning, stacklevel=3)


def public_source(source: str) -> str:
    """An article's source as clients may see it: its path in the corpus folder, or just a file name."""
    path = PurePath(source)
    return path.name if path.is_absolute() else path.as_posix()


# A paragraph's key, its document id in the index: "<article id>#<paragraph>". These two functions
# are the only code that knows the format (article ids never hold "#": see ``article_id_for``).


def paragraph_id(article_id: str, number: int) -> str:
    """The document id of a paragraph in the index."""
    return f"{article_id}#{number}"


def parse_paragraph_id(key: str) -> tuple[str, int]:
    """``(article id, paragraph)`` of a paragraph key made by ``paragraph_id``."""
    article_id, _, number = key.rpartition("#")
    return article_id, int(number)
