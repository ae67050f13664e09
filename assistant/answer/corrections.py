"""Whether an article was corrected: its correction or clarification notes, quoted and cited.

News pages append a note when they fix an error ("Correction: an earlier version of this article
said the trial involved 42 schools…"). The note is a paragraph of the article as ingested, so it
is cited like any other; asked of an article without one, the answer says plainly that it notes
none.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text import CORRECTION_NOTE
from ..types import ArticleInfo, Citation, Passage
from .extractive import Draft, citation_for


def correction_notes(passages: Sequence[Passage]) -> list[Passage]:
    """The article's paragraphs that note a correction, in article order."""
    return sorted((p for p in passages if CORRECTION_NOTE.search(p.text)), key=lambda p: p.paragraph)


def answer_corrections(articles: Sequence[tuple[ArticleInfo, Sequence[Passage]]]) -> Draft:
    """ "Yes: “Title” notes a correction: Correction: … [1]" for each article asked of (with its
    passages), or a plain no when none notes one."""
    sentences: list[str] = []
    citations: list[Citation] = []
    for info, passages in articles:
        notes = correction_notes(passages)
        if not notes:
            continue
        quoted = []
        for note in notes:
            marker = len(citations) + 1
            citations.append(citation_for(marker, note, note.text))
            quoted.append(f"{note.text} [{marker}]")
        sentences.append(f"“{info.title}” notes a correction: {' '.join(quoted)}")
    if not citations:
        where = f"“{articles[0][0].title}”" if len(articles) == 1 else f"any of the {len(articles)} articles"
        return Draft(
            f"No: I found no correction or clarification noted in {where}.",
            [],
            abstain_reason="no article notes a correction",
            notes=["corrections: none noted"],
        )
    return Draft("Yes. " + " ".join(sentences), citations, notes=[f"corrections: {len(citations)} noted"])
