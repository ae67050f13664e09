"""The MCP tools' typed arguments and results: their JSON schemas are what clients see.

Built from the public result types (``Answer``, ``Passage``, ``ArticleInfo``, ...), keeping only what
an agent needs to answer and to show its sources.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from ...types import Answer, ArticleInfo, Passage, Removal, Role
from ..uploads import UploadOutcome


def article_uri(article_id: str) -> str:
    """The MCP resource that holds an article's numbered paragraphs."""
    return f"article://{article_id}"


class Turn(BaseModel):
    """One earlier turn of the conversation."""

    model_config = ConfigDict(extra="forbid")

    role: Role
    content: str


class Citation(BaseModel):
    """What a marker like [1] in the answer text points to."""

    number: int = Field(description="The n of the marker [n] in the answer text.")
    article_id: str
    title: str = Field(description="The article's title.")
    paragraph: int = Field(description="1-based paragraph number in the article (¶n).")
    quote: str = Field(description="The sentence(s) of the paragraph that support the answer.")
    text: str = Field(description="The whole cited paragraph.")
    byline: str | None = None
    resource: str = Field(description="The article as an MCP resource (article://<article_id>).")


class AskResult(BaseModel):
    """An answer whose [n] markers point to ``citations``; an abstention is a normal result."""

    question: str = Field(description="The question as it was searched (white space tidied).")
    text: str = Field(description="The answer, with markers like [1]; or why there is none.")
    abstained: bool = Field(description="True when the articles do not answer the question.")
    abstain_reason: str | None = Field(None, description="Why the assistant abstained.")
    citations: list[Citation]
    notices: list[str] = Field(
        default_factory=list, description="What the reader must know, e.g. an LLM answer was replaced."
    )

    @classmethod
    def of(cls, answer: Answer) -> AskResult:
        return cls(
            question=answer.question,
            text=answer.text,
            abstained=answer.abstained,
            abstain_reason=answer.trace.abstain_reason if answer.abstained else None,
            citations=[
                Citation(
                    number=c.marker,
                    article_id=c.article_id,
                    title=c.title,
                    paragraph=c.paragraph,
                    quote=c.quote,
                    text=c.text,
                    byline=c.byline,
                    resource=article_uri(c.article_id),
                )
                for c in answer.citations
            ],
            notices=list(answer.notices),
        )


class Hit(BaseModel):
    """A retrieved paragraph and the scores that ranked it."""

    article_id: str
    title: str
    paragraph: int = Field(description="1-based paragraph number in the article (¶n).")
    text: str
    score: float = Field(description="Fused score of dense and BM25 search; higher is better.")
    dense_score: float | None = Field(None, description="Cosine similarity, when dense search found it.")
    bm25_score: float | None = Field(None, description="BM25 score, when keyword search found it.")
    byline: str | None = None

    @classmethod
    def of(cls, passage: Passage) -> Hit:
        return cls(
            article_id=passage.article_id,
            title=passage.title,
            paragraph=passage.paragraph,
            text=passage.text,
            score=passage.score,
            dense_score=passage.dense_score,
            bm25_score=passage.bm25_score,
            byline=passage.byline,
        )


class SearchResult(BaseModel):
    query: str
    paragraphs: list[Hit] = Field(description="Best first.")


# A count's old name, kept in the results for one more release: its schema marks it deprecated.
OldCount = Annotated[
    int, Field(deprecated=True, description="Deprecated name of `paragraph_count`; the same number.")
]


class ArticleSummary(BaseModel):
    article_id: str
    title: str
    paragraph_count: int = Field(description="Number of paragraphs.")
    paragraphs: OldCount
    byline: str | None = None
    date: str | None = Field(None, description="ISO 8601 date, when the article gives one.")
    dek: str | None = Field(None, description="The standfirst under the title, if any.")
    resource: str = Field(description="The article as an MCP resource (article://<article_id>).")

    @classmethod
    def of(cls, info: ArticleInfo) -> ArticleSummary:
        return cls(
            article_id=info.article_id,
            title=info.title,
            paragraph_count=info.paragraph_count,
            paragraphs=info.paragraph_count,
            byline=info.byline,
            date=info.date,
            dek=info.dek,
            resource=article_uri(info.article_id),
        )


class ArticleList(BaseModel):
    articles: list[ArticleSummary]


class NumberedParagraph(BaseModel):
    paragraph: int = Field(description="1-based paragraph number, as answers cite it (¶n).")
    text: str


class ArticleText(BaseModel):
    article: ArticleSummary
    paragraphs: list[NumberedParagraph]


class FileResult(BaseModel):
    file: str
    result: UploadOutcome
    detail: str = Field(description="The article id, or why the file was not used.")


class AddResult(BaseModel):
    results: list[FileResult]
    summary: str = Field(description="What the ingest did, e.g. `1 added, 0 updated, ...`.")


class RemoveResult(BaseModel):
    article_id: str
    paragraph_count: int = Field(description="Paragraphs taken out of the index.")
    paragraphs: OldCount
    moved_to: str | None = Field(None, description="Where the article's corpus file was moved.")

    @classmethod
    def of(cls, removal: Removal) -> RemoveResult:
        count = removal.paragraph_count
        return cls(
            article_id=removal.article_id, paragraph_count=count, paragraphs=count, moved_to=removal.moved_to
        )
