"""article-assistant: answers questions about news articles, citing the paragraphs that support them."""

from .assistant import Assistant
from .config import Settings
from .errors import (
    ArticleError,
    AssistantError,
    ClusterError,
    EmptyQuestionError,
    IndexStateError,
    InvalidArgumentError,
    LLMError,
    ModelError,
    QuestionTooLongError,
    StoreUnavailableError,
    UnknownArticleError,
)
from .types import (
    Answer,
    Article,
    ArticleInfo,
    BrokenFileType,
    Citation,
    Duplicate,
    IngestFailure,
    IngestReport,
    Paragraph,
    Passage,
    Removal,
    Trace,
)

__all__ = [
    "Answer",
    "Article",
    "ArticleError",
    "ArticleInfo",
    "Assistant",
    "AssistantError",
    "BrokenFileType",
    "Citation",
    "ClusterError",
    "Duplicate",
    "EmptyQuestionError",
    "IndexStateError",
    "IngestFailure",
    "IngestReport",
    "InvalidArgumentError",
    "LLMError",
    "ModelError",
    "Paragraph",
    "Passage",
    "QuestionTooLongError",
    "Removal",
    "Settings",
    "StoreUnavailableError",
    "Trace",
    "UnknownArticleError",
]
__version__ = "0.1.0"
