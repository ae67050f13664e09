"""Tell the words of a question that name a topic or an article ("the stadium", "the rail strike")
from those that only ask ("summarize", "who wrote", "the main points", "ok… then")."""

from __future__ import annotations

import re

from ..text import content_stems

# Words that ask about articles in general, not about a topic: they name no article.
_GENERIC = frozenset(
    content_stems(
        "article articles story stories piece pieces report reports reporting item text coverage news "
        "document "
        "post update updates summary summarize summarise sum up main point points "
        "key takeaway takeaways gist overview tell about latest write wrote written author writer byline "
        "headline title publish published publication date dated outlet paper newspaper source say says said "
        "mention mentions mentioned discuss discussed cover covers covered anything something happen "
        "happened "
        "happening going deal situation brief recap quick quickly short please thing things me us you your "
        "here there index corpus collection have got give list name names many number count which what "
        "first initial initially original originally earlier latest newest recent update updated now current "
        "monday tuesday wednesday thursday friday saturday sunday day subheading dek headline "
        "kind kinds type types sort genre obituary obituaries obit interview interviews review reviews "
        "opinion editorial editorials column analysis all everything everyone "
        "big picture upshot takeaway bottom line short version long argument arguments message thrust theme "
        "themes highlight highlights rundown outline break down should need know new stand things matters "
        "nutshell tldr tl dr briefly lowdown scoop topic topics subject subjects "
        # who is credited, when it went out: "who's credited with the story?", "when did it go out?"
        "credit credited credits out go goes went gone come came get gets got "
        "can could would like want wondering "
        # which report of a story: "the most recent one", "the latest version"
        "most least one ones version versions edition editions oldest earliest "
        # who an article quotes: "who did the reporter talk to?"
        "quote quoted quotes cite cited cites talk talked speak spoke interview interviewed voices rely "
        "whose reporter journalist "
        # setting stories side by side: "compare the two strikes", "what do both have in common?"
        "compare compared comparing comparison contrast differ differs difference differences different "
        "similar similarity similarities common versus vs two three both these those "
        # a story's timeline: "how did the fire unfold?"
        "timeline chronology chronological sequence order events unfold unfolded develop developed evolve "
        "evolved progress progressed "
        # a chat's fillers: "ok, give me the key points then"
        "ok okay alright then so well hey hi hello thanks cheers yeah sure just also pls plz "
        # a question's own verbs and quantifiers: "have any of the articles been corrected?"
        "any been being did does done "
        # how widely: "what's in this collection overall?"
        "overall general generally broadly basically altogether whole entire"
        # whether it was corrected: "has the ferry article been corrected?"
        " correct corrected correction corrections amend amended amendment clarified clarification"
        " errata erratum"
        # the articles as a heap: "what's this whole bunch of articles about?"
        " bunch batch pile heap stack selection lot lots load loads"
    )
)


# "sum it up in one sentence": how long an answer should be names no topic ("the sentencing" does).
_LENGTH_ASKED = re.compile(
    r"\bin\s+(?:a|one|two|three|four|five|a\s+few|\d+)\s+(?:short\s+)?(?:sentences?|lines?|words|paragraphs?)\b",
    re.I,
)


def topic_stems(text: str) -> set[str]:
    """The question's words that can name an article or topic (not "article", "summary", "author"...)."""
    return {t for t in content_stems(_LENGTH_ASKED.sub(" ", text)) if t not in _GENERIC}
