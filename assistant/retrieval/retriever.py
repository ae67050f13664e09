"""The LangChain retriever over the hybrid search (``Assistant.as_retriever``).

Kept apart from ``hybrid`` so that answering a question never imports langchain-core's retriever
and runnable machinery (over a second at start-up); only building a retriever does.
"""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, field_validator

from ..arguments import check_article_ids, check_known_articles, check_top_k, clean_question
from ..types import Passage
from .hybrid import HybridSearcher

__all__ = ["ParagraphRetriever", "passage_to_document"]


class ParagraphRetriever(BaseRetriever):
    """LangChain retriever over the hybrid search: one ``Document`` per paragraph, scores in metadata."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: HybridSearcher
    top_k: int = 5
    article_ids: list[str] | None = None
    max_query_chars: int = 2000

    @field_validator("top_k", mode="before")
    @classmethod
    def _top_k(cls, value: object) -> int:
        return check_top_k(value) or 5

    @field_validator("article_ids", mode="before")
    @classmethod
    def _article_ids(cls, value: object) -> list[str] | None:
        return check_article_ids(value)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, top_k: int | None = None
    ) -> list[Document]:
        """``top_k`` passed to ``invoke`` overrides the retriever's own for that call.

        The query, ``top_k`` and the article ids are checked as ``Assistant.ask`` checks them.
        """
        query = clean_question(query, self.max_query_chars)
        top_k = check_top_k(top_k) or self.top_k
        check_known_articles(self.article_ids, self.searcher.article_ids() if self.article_ids else ())
        passages = self.searcher.search([query], top_k, self.article_ids)
        return [passage_to_document(p) for p in passages]


def passage_to_document(passage: Passage) -> Document:
    meta = passage.to_dict()
    text = meta.pop("text")
    return Document(page_content=text, metadata=meta, id=passage.key)
