"""Tell what a reader's question asks for, so that each kind of question gets the answer it needs.

Pure and fast: regular expressions over the question's wording, nothing about any article. The
patterns describe how English questions are put ("who wrote…", "sum up…", "does it mention…",
"why…", "what were the…s"), never what an article is about.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..text import content_stems
from ..types import QuestionKind
from .roles import asked_role

AnswerType = Literal[
    "person", "date", "time", "place", "number", "money", "duration", "distance", "age", "cause"
]
MetadataField = Literal[
    "author",
    "title",
    "dek",
    "date",
    "outlet",
    "genre",
    "count",
    "list",
    "newest",
    "oldest",
    "authors",
    "outlets",
    "sources",
    "corrections",
]
VersionWanted = Literal["first", "latest"]
# What a why/how question wants: a reason ("why…"), a means or manner ("how will they pay…"), or
# what someone said or did in answer to something ("how did the union react…", "what did X say…").
Aspect = Literal["reason", "means", "reaction", "outlook"]
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True, slots=True)
class QuestionPlan:
    """What a question asks for: its kind and the details each kind's answerer needs."""

    kind: QuestionKind
    answer_type: AnswerType | None = None  # for lookups: what the quoted sentence must hold
    fields: tuple[MetadataField, ...] = ()  # for about_article: what it asks of the article
    subject: str = ""  # mention: the thing asked about; overview/about_article: the topic named
    parts: tuple[str, ...] = ()  # multi_part: the sub-questions, each answered on its own
    is_list: bool = False  # "what were the objections?": several items, maybe several sentences
    version: VersionWanted | None = None  # first report or latest update, when the wording says so
    weekday: str | None = None  # a day named in the question ("Monday's report")
    exact: bool = False  # "what exact date…", "how much exactly?": a vague value ("next week") is no answer
    aspect: Aspect | None = None  # why/how and what-did-X-say questions: what the answer gives
    speaker: str = ""  # reaction: who reacted or spoke ("the union" in "how did the union react?")
    # "Compare the two library closures", "summarize both strike stories": one point of each article on
    # the topic, when two or more fit; else the question is answered as its kind says.
    several: bool = False
    timeline: bool = False  # "What's the timeline?": several reports of a story each with its date
    date_named: str | None = None  # a report named by its date ("as of 17 February"): "MM-DD"
    # "how big was the search area at first compared with the end?": a story told more than once is
    # answered from its earlier report and its latest, each with its date
    then_and_now: bool = False
    # "who's the boss at X?": the role words (and news's words for them) a holder is named by
    roles: frozenset[str] = frozenset()
    # "what's new in the update?": what the latest report of a story adds to the earlier ones
    new_only: bool = False


_I = re.IGNORECASE
_ARTICLE_WORD = (
    r"(?:article|story|stories|articles|piece|pieces|report|reports|reporting|item|text|coverage|news|document|post|"
    r"update|obituary|obituaries|obit|profile|feature|column|editorial|interview|write-?up|dispatch)"
)
# "this article", "the latest story", "that one": an article named by a word for it...
_THIS_ARTICLE = (
    rf"(?:(?:this|that|the|its?|each|every|all|these|those|your|either)\s+(?:[\w'’/&-]+\s+){{0,4}}?{_ARTICLE_WORD}"
    r"(?:e?s)?\b|(?:this|that|the)\s+(?:(?:first|second|third|last|other|latest|earlier|later|newer|older)\s+)?one\b)"
)
# ...or by "it", "this", "that".
_THIS = rf"(?:{_THIS_ARTICLE}|it|this|that)"
# "the article about the stadium", "the story on the rate decision": an article named by its topic.
_THIS_ON = rf"{_THIS}(?:\s+(?:about|on|of|regarding|covering|from|by|with)\s+[\w'’ -]{{1,60}}?)?"
# "the article's title", "the Courier's story's byline": a field named as the article's own.
_THIS_OWN = rf"(?:the|this|that|each|every)\s+(?:[\w'’-]+\s+){{0,3}}?{_ARTICLE_WORD}(?:'s|’s|s'|s’)"
# Kinds of article a reader may ask for ("any obituaries?", "is this an opinion piece?").
_GENRE_WORD = (
    r"(?:obituar(?:y|ies)|obits?|interviews?|reviews?|opinion(?:\s+(?:piece|pieces|column|columns))?|"
    r"op-?eds?|editorials?|columns?|analys[ie]s|explainers?|profiles?|features?|commentar(?:y|ies)|"
    r"essays?|Q\s*&\s*As?|letters?\s+to\s+the\s+editor|news\s+(?:reports?|stor(?:y|ies)|pieces?|articles?))"
)
# The news names its people: journalists write *for* a paper, officials report *to* someone.
# The words newspapers are named with ("the Tribune", "the Evening Post"), for a question typed in lower case.
_PAPER_NAME = (
    r"(?:tribune|times|post|herald|gazette|courier|chronicle|journal|sentinel|guardian|telegraph|observer|"
    r"express|mirror|examiner|inquirer|bulletin|press|dispatch|globe|mail|echo|record|register|star)"
)
_FOR_OUTLET = (
    r"\bfor\s+(?:the\s+)?(?:[A-Z][\w'’-]*|(?i:paper|newspaper|outlet|site|website|magazine|publication)|"
    rf"(?i:(?:[\w'’-]+\s+){{0,2}}{_PAPER_NAME}))\b"
)

# Who the article quotes: "who is quoted in this article?", "who are its sources?", "who did the
# reporter talk to?" (not "who is quoted saying the deal is dead?", a fact of the news).
# "was anything corrected in the breakfast story?", "any corrections?", "has it been amended?"
_CORRECTIONS = [
    re.compile(
        rf"\b(?:was|were|has|have|had|is|are)\s+(?:anything|something|{_THIS}|"
        rf"(?:any|either|both|all)\s+of\s+(?:the|these|those|them)(?:\s+[\w'’-]+){{0,4}}?)"
        r"(?:\s+(?:about|on|in)\s+[\w'’ -]{1,60}?)?\s+(?:ever\s+|since\s+|later\s+)?(?:been\s+)?"
        r"(?:corrected|amended|clarified)\b",
        _I,
    ),
    re.compile(r"\b(?:any|what)\s+(?:corrections?|clarifications?|errata|erratum)\b", _I),
    # "is there a correction at the end?" (not "did the market see a correction?")
    re.compile(
        rf"\ba\s+(?:correction|clarification)\s+(?:note\b|notice\b|at\s+the\s+(?:end|bottom)\b|"
        rf"(?:to|in|on|for|under|below)\s+{_THIS})",
        _I,
    ),
    re.compile(rf"\bcorrections?\s+(?:to|in|on|for|of)\s+{_THIS}", _I),
    re.compile(rf"\bwhat\s+(?:was|got|has\s+been|had\s+to\s+be)\s+(?:corrected|amended)\s+in\s+{_THIS}", _I),
]

_SOURCES = [
    re.compile(
        rf"\bwho(?:'s|’s|\s+is|\s+are|\s+was|\s+were|\s+gets?|\s+got)\s+(?:being\s+)?(?:(?:quoted|cited)"
        rf"(?:\s+(?:in|by)\s+{_THIS_ON})?|interviewed\s+(?:in|by|for)\s+{_THIS_ON})\s*[?.!]*$",
        _I,
    ),
    re.compile(
        rf"\bwho\s+(?:does|did|do)\s+{_THIS}\s+(?:quote|cite|interview|talk\s+to|speak\s+(?:to|with)|"
        r"rely\s+on|hear\s+from)\b",
        _I,
    ),
    re.compile(
        r"\bwho\s+(?:did|does|do)\s+(?:the\s+)?(?:reporter|journalist|writer|author)s?\s+(?:speak|talk|"
        r"interview)\b",
        _I,
    ),
    re.compile(
        rf"\b(?:what|which|who)(?:'s|’s|\s+is|\s+are|\s+were)?\s+(?:the\s+|its\s+|their\s+)?(?:sources|"
        rf"people\s+quoted|voices)(?:\s+(?:(?:are|were|is)\s+)?(?:used|quoted|cited))?"
        rf"(?:\s+(?:in|of|for|behind|by)\s+{_THIS_ON})?\s*[?.!]*$",
        _I,
    ),
    re.compile(
        rf"\b(?:what|which)\s+(?:sources|people|experts|officials)\s+(?:does|did|do)\s+{_THIS}\s+(?:use|cite|"
        r"quote|rely\s+on|draw\s+on)\b",
        _I,
    ),
    re.compile(r"\bwhose\s+(?:words|quotes|voices)\b", _I),
    re.compile(r"\b(?:list|name)\s+(?:the\s+|all\s+|its\s+)?(?:sources|people\s+quoted)\b", _I),
    re.compile(rf"\bwho\s+(?:is|are)\s+(?:speaking|talking|quoted)\s+in\s+{_THIS}", _I),
]
_AUTHOR = [
    re.compile(
        rf"\bwho\s+(?:wrote|writes|authored|penned|filed|reported|produced)\b(?:\s+{_THIS})?\s*\??$", _I
    ),
    re.compile(rf"\bwho\s+(?:wrote|authored|penned|filed|covered|reported\s+on)\s+{_THIS}", _I),
    # "who reported the Bellamy Creek update?" (not "who reported the first case?": a fact of the news)
    re.compile(rf"\bwho\s+reported\s+{_THIS_ARTICLE}", _I),
    # "who wrote about the battery breakthrough?", "who reported on the wildfire?": the author of the
    # article on it (not "who reported the first case?", a fact of the news)
    re.compile(r"\bwho\s+(?:wrote|writes|has\s+written|reported|has\s+reported)\s+(?:about|on)\b", _I),
    re.compile(
        rf"\b(?:author|writer|byline|reporter|journalist)s?\b(?:\s+(?:of|for|behind|on)\s+{_THIS})", _I
    ),
    re.compile(r"\bwho(?:'s|’s| is| was)\s+(?:the\s+)?(?:author|writer|reporter|journalist)s?\s*\??$", _I),
    re.compile(r"\b(?:what|who)(?:'s|’s| is)\s+(?:the\s+)?(?:byline|author'?s? name)\b", _I),
    re.compile(rf"\bby whom\b.*\b(?:written|{_ARTICLE_WORD})\b", _I),
    re.compile(rf"\b(?:written|authored)\s+by\s+whom\b|\bwho\s+is\s+{_THIS}\s+by\b", _I),
    # "could you tell me who the author is", "who this was written by", "author?", "the name of the writer"
    re.compile(r"\bwho\s+(?:the\s+)?(?:author|writer|reporter|journalist)s?\s+(?:is|was|are|were)\b", _I),
    re.compile(rf"\bwho\s+{_THIS}\s+(?:is|was)\s+(?:written|authored|penned|filed|reported)\s+by\b", _I),
    re.compile(r"^\W*(?:the\s+)?(?:author|writer|byline|reporter)s?(?:\s+please)?\s*[?.!]*$", _I),
    re.compile(
        rf"\bname\s+of\s+the\s+(?:author|writer|reporter|journalist)\s*(?:(?:of|for|on|behind)\s+{_THIS})?\s*[?.!]*$",
        _I,
    ),
    # "who was the story written by?"
    re.compile(rf"\bwho\s+(?:was|is)\s+{_THIS}\s+(?:written|authored|penned|filed|reported)\s+by\b", _I),
    re.compile(r"\bbylines?\b", _I),
    # "which journalist covered the trial?", "which reporter filed the update?"
    re.compile(
        r"\b(?:which|what)\s+(?:journalist|reporter|writer|correspondent|columnist|author)s?\s+"
        r"(?:wrote|writes|covered|covers|filed|reported|penned|authored|produced|is\s+behind|was\s+behind)\b",
        _I,
    ),
    re.compile(rf"\bwhose\s+{_ARTICLE_WORD}\s+(?:is|was)\s+(?:this|it|that)\b", _I),
    re.compile(rf"\b{_THIS_OWN}\s+(?:author|writer|reporter|journalist)s?\b", _I),
    # "who reported the mayoral result for the Tribune?": written for a paper, so its byline.
    re.compile(r"(?i:\bwho\s+(?:wrote|reported|filed)\b).{0,80}?" + _FOR_OUTLET),
    # "who is the journalist that covered the rate decision?", "who is credited on the battery story?"
    re.compile(
        r"\bwho(?:'s|’s|\s+is|\s+was)\s+the\s+(?:journalist|reporter|writer|correspondent|author)\s+"
        r"(?:that|who)\s+(?:wrote|covered|reported|filed|penned)\b",
        _I,
    ),
    re.compile(
        rf"\bwho(?:'s|’s|\s+is|\s+was|\s+gets|\s+got)\s+(?:the\s+)?credit(?:ed)?\s+(?:on|for|with)\s+{_THIS}",
        _I,
    ),
    # "who's writing the storm coverage?", "who is covering the election for the Herald?"
    re.compile(rf"\bwho(?:'s|’s|\s+is|\s+are)\s+(?:writing|covering|running)\s+{_THIS_ARTICLE}", _I),
    # "was this written by a staff reporter or a wire service?"
    re.compile(
        rf"\b(?:is|was)\s+{_THIS_ON}\s+(?:written|filed|reported)\s+by\s+(?:an?|the|one\s+of\s+(?:the|your))\s+"
        r"(?:[\w'’-]+\s+){0,2}?(?:reporter|journalist|writer|correspondent|staff|service|agency|freelancer)s?\b",
        _I,
    ),
]
# Words that may follow "headline" when it names an article's headline ("the headline of…", "the
# headline says…"); another word after it makes it an adjective ("headline inflation", "headline figure").
_HEADLINE_NEXT = (
    r"(?:of|for|on|is|was|say|says|said|read|reads|and|to|in|that|please|again|it|they|you|run|ran|did|does|"
    r"do|has|had|will|would|could|can|used|use|appear|appeared|appears|under|over|with|from|at|about|as|by)"
)
# "made the headlines": fame, not an article's headline.
_IN_THE_HEADLINES = re.compile(
    r"\b(?:make|makes|made|making|hit|hits|hitting|grab|grabs|grabbed|dominat\w+)\s+(?:the\s+)?headlines\b",
    _I,
)
_TITLE = [
    # "what's the headline?", "how is it headlined?"; not "headline inflation" (a figure, see below)
    re.compile(rf"\b(?:headlines?|headlined)\b(?!\s+(?!{_HEADLINE_NEXT}\b)[a-z])", _I),
    re.compile(rf"\b{_THIS_OWN}\s+(?:title|headline|name)\b", _I),
    re.compile(rf"\bname\s+of\s+{_THIS}", _I),
    re.compile(rf"\b(?:title)\s+(?:of\s+)?{_THIS}", _I),
    re.compile(rf"\bwhat(?:'s|’s| is| was)\s+{_THIS}\s+(?:called|titled|named)\b", _I),
    # not "what's the title of the chef's new cookbook?": the title of something else
    re.compile(rf"\bwhat(?:'s|’s| is| was)\s+the\s+title\b(?!\s+of\s+(?!{_THIS}))", _I),
]
_DEK = [
    re.compile(r"\b(?:sub-?heading|subhead|subtitle|sub-?headline|dek|standfirst|strapline|tagline)\b", _I),
    re.compile(
        r"\b(?:line|text|sentence|words|blurb)\s+(?:under|below|beneath)\s+(?:the\s+)?(?:headline|title)\b",
        _I,
    ),
]
# "the line under the headline" asks for the dek, not the headline it is under.
_UNDER_HEADLINE = re.compile(r"\b(?:under|below|beneath)\s+(?:the\s+)?(?:headline|title)\b", _I)
_DATE = [
    re.compile(
        rf"\bwhen(?:\s+(?:was|is|were)|'s|’s)\s+{_THIS}(?:\s+(?:about|on|in|from|of)\s+[\w'’ -]{{1,40}}?)?\s+"
        r"(?:first\s+)?(?:published|written|posted|dated|released|put out|out|filed|updated)\b",
        _I,
    ),
    # "what's the dateline?", "is this article recent?"
    re.compile(rf"\bdatelines?\b|\b(?:is|was)\s+{_THIS}\s+(?:recent|new|old|current|up\s+to\s+date)\b", _I),
    re.compile(r"\b(?:publication|publishing|published|posting|release)\s+date\b", _I),
    re.compile(r"\bdate\s+of\s+(?:publication|publishing|release|posting)\b", _I),
    # "I'd like to know when this was published", "when the update came out"
    re.compile(
        rf"\bwhen\s+{_THIS}\s+(?:was|is|were|got)\s+(?:first\s+)?(?:published|written|posted|dated|released|"
        r"put\s+out|filed|updated)\b|\bwhen\s+"
        + _THIS
        + r"\s+(?:came\s+out|appeared|ran|went\s+(?:up|online|live))\b",
        _I,
    ),
    re.compile(rf"\bwhat\s+(?:date|day)\s+(?:was|is)\s+(?:(?:on|in|at\s+the\s+top\s+of)\s+)?{_THIS}\b", _I),
    re.compile(rf"\b{_THIS_OWN}\s+(?:publication\s+)?date\b", _I),
    # "when did the Tribune run the mayor story?"
    re.compile(
        rf"\bwhen\s+did\s+(?:the\s+)?[\w'’ -]{{1,40}}?\s+(?:(?:run|print|carry|post)\s+{_THIS}|"
        # "when did the Midi Post put the heat piece out?" (not "put its report out": the news's report)
        rf"put\s+(?:out\s+)?(?:the|this|that)\s+(?:[\w'’-]+\s+){{0,3}}?{_ARTICLE_WORD}\b)",
        _I,
    ),
    # "how old is it?" asks the age of what the story is about (a find, a bridge), "how old is the
    # story?" the article's: "old" takes an article word; "how recent is it?" is the article's.
    re.compile(rf"\bhow\s+(?:recent|new)\s+is\s+{_THIS}\b", _I),
    re.compile(rf"\bhow\s+old\s+is\s+{_THIS_ARTICLE}\b", _I),
    re.compile(rf"\bwhen\s+(?:was|is)\s+{_THIS}\s+from\b|\bdate\s+(?:of|on)\s+{_THIS}", _I),
    re.compile(
        rf"\bwhen\s+did\s+{_THIS}\s+(?:come\s+out|appear|run|go\s+(?:up|online|out|live)|get\s+published)\b",
        _I,
    ),
    # The article named by its topic: "when was the article about the stadium published?", "what date
    # did the wildfire update come out?", "when did the obituary of the chef run?"; not "when will the
    # report on the fire be published?" (news of a report to come).
    re.compile(
        rf"\bwhen\s+(?:was|were)\s+{_THIS_ON}\s+(?:first\s+)?(?:published|written|posted|dated|released|"
        r"put\s+out|filed|updated)\b",
        _I,
    ),
    re.compile(
        rf"\b(?:when|(?:on\s+)?(?:what|which)\s+(?:date|day))\s+did\s+{_THIS_ON}\s+(?:come\s+out|appear|run|"
        r"go\s+(?:up|online|out|live)|get\s+published)\b",
        _I,
    ),
    # "when did the paper publish the battery story?": a paper publishes articles (a council, reports).
    re.compile(
        rf"\bwhen\s+did\s+(?:the\s+)?(?:(?:paper|newspaper|outlet|site|website|magazine)|"
        rf"(?:[\w'’-]+\s+){{0,2}}{_PAPER_NAME})\s+(?:publish|run|print|carry|post)\s+{_THIS}",
        _I,
    ),
]
_OUTLET = [
    re.compile(
        r"\b(?:which|what)\s+(?:news\s+)?(?:outlets?|publications?|newspapers?|papers?|sites?|websites?|"
        r"news\s*(?:sites?|organi[sz]ations?|agency|agencies)|media\s+outlets?|magazines?)\b.*\b(?:(?:publish|published)\b"
        r"(?!\s+in\b)|(?:run|ran|print|printed|carried|carry|put out|put (?:it|this|that) out|posted|put up|"
        r"covered|covers|from|"
        r"(?:is|was)\s+(?:this|it|that)|"
        rf"{_ARTICLE_WORD})\b)",
        _I,
    ),
    # "name the paper that published the election story"
    re.compile(
        r"\b(?:outlet|publication|newspaper|paper|publisher|site|website|magazine)\s+(?:that|which)\s+"
        rf"(?:published|publishes|ran|runs|printed|carried|put\s+out)\s+{_THIS}",
        _I,
    ),
    re.compile(rf"\bwho\s+(?:published|publishes|ran|printed|put out|carried)\s+{_THIS}", _I),
    re.compile(r"\bwho\s+(?:published|publishes|ran|printed|put out|carried)\s*(?:it|this)?\s*\??$", _I),
    re.compile(rf"\bwhere\s+(?:was|is)\s+{_THIS}\s+(?:published|from|printed|posted|run)\b", _I),
    # "where did this story appear?", "where is the reporting mainly coming from?"
    re.compile(
        rf"\bwhere\s+(?:did|does|was|is)\s+{_THIS}(?:\s+(?:on|about|of)\s+[\w'’ -]{{1,60}}?)?\s+(?:\w+ly\s+)?"
        r"(?:appear|appearing|run|come\s+from|"
        r"coming\s+from|get\s+published)\b",
        _I,
    ),
    re.compile(rf"\b{_THIS_OWN}\s+(?:outlet|publication|publisher|newspaper|source)\b", _I),
    re.compile(rf"\b(?:outlet|publication|publisher|newspaper|source)\s+(?:of|for|behind)\s+{_THIS}", _I),
    re.compile(
        r"\b(?:for|in|from|by|on)\s+(?:which|what)\s+(?:news\s+)?(?:outlet|publication|newspaper|paper|site|"
        r"website|magazine)\b",
        _I,
    ),
    re.compile(
        r"\b(?:what|who)(?:'s|’s| is)\s+(?:the\s+)?(?:outlet|publication|publisher|newspaper|source)\b"
        r"\s*\??$",
        _I,
    ),
    re.compile(
        r"^\W*(?:the\s+)?(?:source|outlet|publication|publisher|newspaper)(?:\s+please)?\s*[?.!]*$", _I
    ),
    # "is the bridge story from the Courier or somewhere else?"
    re.compile(
        rf"\b(?:is|was)\s+{_THIS_ON}\s+from\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:[\w'’-]+\s+){{0,2}}{_PAPER_NAME}\b|"
        r"(?:a|an)\s+(?:paper|newspaper|wire|agency|news\s+agency|site|website|magazine))",
        _I,
    ),
]
# "how many articles of the treaty…": articles of something else.
_OF_ANOTHER = r"(?!\s+of\s+(?!(?:the|your|my)\s+(?:collection|index)))"
_COUNT = [
    re.compile(rf"\bhow many\s+(?:\w+\s+)?{_ARTICLE_WORD}\b{_OF_ANOTHER}", _I),
    # "how many of the stories are about cancelled flights?"
    re.compile(rf"\bhow many\s+of\s+(?:the|your|these|those)\s+{_ARTICLE_WORD}\b", _I),
    re.compile(rf"\b(?:number|count|total)\s+of\s+(?:articles|stories|pieces|documents)\b{_OF_ANOTHER}", _I),
]
# Questions about the collection, answered from every article's header. The newest or oldest article
# ("what's the most recent story?", "which is the oldest article on the strike?"): the question ends
# with the article, so "what does the latest report say?" stays a question about the news.
_COLLECTION_END = (
    r"(?:\s+(?:(?:about|on|of)\s+[\w'’ -]{1,60}?|you\s+have|you(?:'ve|’ve|\s+have)\s+got|"
    r"in\s+(?:the\s+|my\s+)?(?:collection|index|corpus|archive)|(?:in\s+)?here|(?:in\s+)?there|available|"
    r"(?:that\s+)?you\s+(?:hold|know\s+of)))*\s*[?.!]*$"
)
# Words for one article among others: "the latest news on X", "the latest update", "the newest report
# on the fire" ask for the news itself (an overview, a later version), not which article is newest.
_ONE_ARTICLE = (
    r"(?:article|articles|story|stories|piece|pieces|item|items|post|posts|obituary|obituaries|obit|feature|"
    r"column|editorial|interview|profile|write-?up|one)"
)
# "which story is the oldest?", "which one was published last?": the article picked by its date.
_WHICH_ONE = rf"\b(?:which|what)\s+(?:{_ONE_ARTICLE}|of\s+(?:the|these|them|your)\s+(?:{_ONE_ARTICLE}\s+)?)"
_LAST_WORDS = r"(?:newest|latest|most\s+recent|freshest)"
_FIRST_WORDS = r"(?:oldest|earliest)"
_PUBLISHED = (
    r"(?:was|were|is|got|came\s+out|appeared|went\s+(?:up|out|online))"
    r"(?:\s+(?:published|posted|written|released))?"
)
_NEWEST = [
    re.compile(
        r"\b(?:what|which)(?:'s|’s|\s+is|\s+was|\s+are)?\s+(?:the\s+|your\s+)?(?:most\s+recent|newest|latest|"
        rf"freshest)\s+(?:[\w'’-]+\s+)?{_ONE_ARTICLE}{_COLLECTION_END}",
        _I,
    ),
    re.compile(rf"{_WHICH_ONE}\s*(?:is|was)\s+(?:the\s+)?{_LAST_WORDS}{_COLLECTION_END}", _I),
    re.compile(rf"{_WHICH_ONE}\s*{_PUBLISHED}\s+(?:last|most\s+recently|latest){_COLLECTION_END}", _I),
]
_OLDEST = [
    re.compile(
        r"\b(?:what|which)(?:'s|’s|\s+is|\s+was|\s+are)?\s+(?:the\s+|your\s+)?(?:oldest|earliest)\s+"
        rf"(?:[\w'’-]+\s+)?{_ONE_ARTICLE}{_COLLECTION_END}",
        _I,
    ),
    re.compile(rf"{_WHICH_ONE}\s*(?:is|was)\s+(?:the\s+)?{_FIRST_WORDS}{_COLLECTION_END}", _I),
    re.compile(rf"{_WHICH_ONE}\s*{_PUBLISHED}\s+(?:first|earliest){_COLLECTION_END}", _I),
]
# Who wrote or published the articles: "who are the authors?", "how many different writers are
# there?", "who wrote the most stories?"; not "who are the authors of the study?" (news of a study).
_PEOPLE_END = (
    r"(?:\s+(?:are\s+there|(?:are|is)\s+(?:in|here|represented)\b.*|do\s+you\s+have|here|"
    r"(?:across|of|in|for|behind)\s+(?:all\s+)?(?:the|these|those|your|my)\s+(?:articles|stories|pieces)))?\s*[?.!]*$"
)
# What the people or outlets are asked about: being in the collection, or writing and running its articles
# ("which journalists are being held?" is news).
_IN_COLLECTION = (
    r"(?:are\s+(?:there|in\b|represented|behind)|is\s+(?:there|in\b)|do\s+you\s+have|have\s+you\s+got|wrote|"
    r"have\s+written|contributed|(?:published|ran|printed)\s+(?:the|these|your|them)\b)"
)
_PEOPLE = r"(?:authors|writers|reporters|journalists|bylines)"
_PUBLISHERS = r"(?:outlets|publications|newspapers|publishers|news\s+organi[sz]ations)"
_AUTHORS = [
    re.compile(rf"\bwho\s+(?:are|were)\s+(?:the|your)\s+{_PEOPLE}{_PEOPLE_END}", _I),
    re.compile(rf"\b(?:which|what)\s+{_PEOPLE}\s+{_IN_COLLECTION}", _I),
    re.compile(rf"\bhow\s+many\s+(?:different\s+{_PEOPLE}|{_PEOPLE}\s+{_IN_COLLECTION})", _I),
    re.compile(rf"\bwho\s+(?:wrote|has\s+written|writes)\s+the\s+most\b(?:\s+{_ARTICLE_WORD})?", _I),
    re.compile(rf"\b(?:list|name)\s+(?:all\s+)?(?:the\s+)?{_PEOPLE}\s*[?.!]*$", _I),
    # "did the same person write both stories?", "do any two articles share an author?"
    re.compile(
        r"\b(?:same|one)\s+(?:person|author|writer|reporter|journalist)\s+(?:write|wrote|written|writes)\b|"
        r"\bshare\s+(?:an?\s+|the\s+same\s+|any\s+)?(?:authors?|writers?|bylines?|reporters?)\b",
        _I,
    ),
]
_OUTLETS = [
    re.compile(rf"\b(?:which|what)\s+{_PUBLISHERS}\s+{_IN_COLLECTION}", _I),
    re.compile(rf"\b(?:which|what)\s+papers\s+(?:are|do\s+you\s+have){_PEOPLE_END}", _I),
    re.compile(
        rf"\bhow\s+many\s+(?:different\s+(?:{_PUBLISHERS}|papers)|{_PUBLISHERS}\s+{_IN_COLLECTION})", _I
    ),
    re.compile(
        r"\b(?:which|what)\s+(?:outlet|publication|newspaper|paper|publisher|site)\s+(?:published|ran|printed|"
        r"has|had|carried|wrote)\s+the\s+most\b",
        _I,
    ),
    re.compile(rf"\b(?:list|name)\s+(?:all\s+)?(?:the\s+)?{_PUBLISHERS}\s*[?.!]*$", _I),
]
# "who wrote the most?", "which paper ran the most stories?": only the top of the tally.
MOST = re.compile(r"\bthe\s+most\b", _I)
# "how many stories does the new tower have?", "how many articles does the constitution have?": a
# building's floors, a law's articles; not "how many articles do you have?".
_STOREYS = re.compile(
    r"\bhow\s+many\s+(?:stories|articles|items)\s+(?:does|did|will|would)\s+"
    r"(?!you\b|(?:the|your|my)\s+(?:index|corpus|collection|archive|library)\b)",
    _I,
)
# "which outlet broke the scandal, according to the article?": the article is the source of a fact of
# the news, not what is asked about.
_ACCORDING_TO_IT = re.compile(rf"\baccording\s+to\s+{_THIS}", _I)
_LIST = [
    re.compile(
        r"\b(?:which|what)\s+(?:\w+\s+)?(?:articles|stories|pieces|documents|reports|sources)\s+"
        r"(?:do|are|have|did|can|is|were|does)\b",
        _I,
    ),
    re.compile(
        r"\b(?:list|show\s+me|give\s+me|name)\s+(?:all\s+|the\s+|your\s+|of\s+)*"
        r"(?:articles|stories|documents|sources|pieces)\b",
        _I,
    ),
    # "any articles about sport?", "do you have stories on housing?"
    re.compile(
        r"^\W*(?:any|got\s+any|have\s+you\s+got\s+any)\s+(?:articles|stories|pieces|reports|coverage)\s+"
        r"(?:about|on|regarding|concerning|covering|from|by)\b",
        _I,
    ),
    re.compile(
        r"\b(?:do|does)\s+(?:you|the\s+(?:index|corpus|collection))\s+(?:have|hold|include)\s+(?:any\s+)?"
        r"(?:articles|stories|pieces|reports|coverage)\s+(?:about|on|regarding|concerning|covering|from|by)\b",
        _I,
    ),
    # "which articles cover the landslide?", "what stories deal with the drought?"
    re.compile(
        r"\b(?:which|what)\s+(?:\w+\s+)?(?:articles|stories|pieces|reports)\s+(?:cover|covers|covered|mention|"
        r"discuss|deal\s+with|talk\s+about|report\s+on|look\s+at)\b",
        _I,
    ),
    # "which ones cover central banks?": "ones" with a verb only an article does
    re.compile(
        r"^\W*(?:so\s+|and\s+)?which\s+ones\s+(?:cover|covered|discuss|deal\s+with|report\s+on|are\s+about)\b",
        _I,
    ),
    # "which of the stories are about health?"
    re.compile(r"\b(?:which|what)\s+of\s+(?:the|your|these|those)\s+(?:articles|stories|pieces)\b", _I),
    re.compile(r"\bwhat(?:'s|’s| is)\s+in\s+(?:the|your|this)\s+(?:corpus|index|collection|library)\b", _I),
    re.compile(r"\bwhat\s+(?:articles|stories)\b", _I),
    re.compile(rf"\b(?:is|are)\s+there\s+(?:an?|any)\s+(?:[\w-]+\s+)?(?:{_ARTICLE_WORD}|obituaries)s?\b", _I),
    re.compile(r"\bare\s+there\s+(?:articles|stories|pieces)\s+(?:about|on|covering)\b", _I),
    re.compile(r"\b(?:have|got)\s+(?:you\s+got\s+|you\s+)?(?:anything|any\s+\w+)\s+(?:from|by)\s+", _I),
    re.compile(r"\bdo\s+you\s+have\s+(?:anything|any\s+\w+)\s+(?:from|by)\s+", _I),
    re.compile(r"\b(?:titles|headlines)\s+of\s+(?:all\s+)?(?:the\s+)?(?:articles|stories)\b", _I),
    # "which articles come from the Tribune?", "which article was written by Dana Reyes?", "are any of
    # these from Reuters?", "what else has Tom Reyes written in here?"
    re.compile(
        r"\b(?:which|what)\s+(?:articles?|stor(?:y|ies)|pieces?|ones?)\s+(?:come|came|comes|is|are|was|were)\s+"
        r"(?:(?:written|published|filed|posted|run)\s+)?(?:from|by)\b",
        _I,
    ),
    re.compile(
        r"\b(?:are|is|were|was)\s+any\s+(?:of\s+(?:these|them|those|the\s+(?:articles|stories|pieces))|"
        r"(?:articles|stories|pieces))\s+(?:(?:written|published)\s+)?(?:from|by)\b",
        _I,
    ),
    re.compile(
        r"\bwhat\s+(?:else\s+)?(?:has|have|did)\s+.{1,40}?\s+(?:published|written|write|wrote|publish|posted)\b"
        r".*\b(?:collection|index|corpus|in\s+here|here)\b",
        _I,
    ),
    re.compile(
        r"\b(?:sort|order|arrange|rank)\s+(?:the\s+|all\s+|your\s+|my\s+)*(?:articles|stories|pieces)\b", _I
    ),
    # "which articles came out in 2026?", "what stories were published in October?"
    re.compile(
        r"\b(?:which|what)\s+(?:\w+\s+)?(?:articles|stories|pieces)\s+(?:came\s+out|come\s+out|appeared|ran|"
        r"were\s+(?:published|written|posted|released))\b",
        _I,
    ),
]
# What kind of article one is: "what kind of article is this?", "is the harbour piece news or analysis?"
_GENRE_OF_ONE = [
    re.compile(
        rf"\b(?:what|which)\s+(?:kind|type|sort|genre|form|category)\s+of\s+(?:\w+\s+)?"
        rf"(?:{_ARTICLE_WORD}|writing|journalism)\b",
        _I,
    ),
    re.compile(rf"\bgenres?\b|\b(?:kind|type|sort)\s+of\s+{_ARTICLE_WORD}\s+(?:is|was)\b", _I),
    re.compile(
        rf"\b(?:is|was)\s+{_THIS_ON}\s+(?:an?\s+|just\s+)?(?:(?:straight|hard|plain)\s+)?"
        rf"(?:{_GENRE_WORD}|news)(?:\s+or\s+(?:an?\s+)?(?:{_GENRE_WORD}|news))?\s*[?.!]*$",
        _I,
    ),
]
# Which articles are of a kind: "are there any obituaries (in here)?", "any editorials?", "which of the
# articles are interviews?"; not "is there an independent review of the crash?" (news of a review).
_WHERE_GENRE_ENDS = (
    r"(?:\s+(?:in\s+(?:here|there|the\s+\w+)|here|there|among\s+them|at\s+all|(?:about|on)\s+.+))?\s*[?.!]*$"
)
_GENRE_AMONG_ALL = [
    re.compile(
        rf"\b(?:is|are)\s+there\s+(?:an?|any|some)\s+(?:[\w-]+\s+)?{_GENRE_WORD}{_WHERE_GENRE_ENDS}", _I
    ),
    re.compile(
        rf"\b(?:do|does|did)\s+(?:you|it|the\s+\w+)\s+(?:have|hold|include)\s+(?:an?|any|some)\s+{_GENRE_WORD}"
        rf"{_WHERE_GENRE_ENDS}",
        _I,
    ),
    re.compile(rf"^\W*(?:any|got\s+any|have\s+you\s+got\s+any)\s+{_GENRE_WORD}{_WHERE_GENRE_ENDS}", _I),
    # "how many obituaries are there?"; not "how many interviews did the police conduct?"
    re.compile(
        rf"\bhow\s+many\s+{_GENRE_WORD}\s+(?:are\s+there|do\s+you\s+have|have\s+you\s+got|(?:are|is)\s+(?:in|here))",
        _I,
    ),
    # "what kinds of articles do you have?"
    re.compile(
        r"\b(?:what|which)\s+(?:kinds|types|sorts|genres)\s+of\s+(?:articles|stories|pieces|writing)\b", _I
    ),
    re.compile(
        rf"\b(?:which|what)\s+(?:of\s+(?:the|your|these|those)\s+)?(?:articles|stories|pieces|ones)\s+"
        rf"(?:are|is|were)\s+(?:an?\s+)?{_GENRE_WORD}\b",
        _I,
    ),
]

# How an overview may be asked to be put: "…about in plain English", "…say overall".
_HOW_PUT = (
    r"(?:\s+(?:overall|in\s+general|generally|basically|in\s+short|briefly|quickly|please|again|"
    r"in\s+(?:plain|simple)\s+(?:english|terms|words)|in\s+a\s+(?:word|sentence|line)))?\s*[?.!]*$"
)
_OVERVIEW = [
    re.compile(
        r"\b(?:summari[sz]e|summari[sz]ing|summary|sum\s+(?:(?:it|this|that|things|them|everything)\s+|(?:the|this|that|these|those)\s+(?:[\w'’-]+\s+){0,2}?)?"
        r"(?:all\s+)?up|"
        r"recap|gist|tl[;:,]?\s?dr|overview|in\s+a\s+nutshell|in\s+brief|briefly|brief\s+me|boil\s+(?:it|this)\s+down|"
        r"(?:condense|distil+|shorten|digest)\s+(?:it|this|that|them)\b|main\s+things|"
        r"things?\s+(?:I|we)\s+(?:should|need\s+to|must|ought\s+to)\s+know\b|"
        r"(?:main|central|core|overall)\s+(?:points?|takeaways?|ideas?|facts|news|story|gist|arguments?|messages?|"
        r"thrust|themes?)|"
        r"key\s+(?:points|takeaways|facts|messages?)|takeaways?|big\s+picture|upshot|short\s+version|"
        r"highlights|rundown|run\s+me\s+through|walk\s+me\s+through|catch\s+me\s+up|fill\s+me\s+in|"
        r"state\s+of\s+play|where\s+(?:do\s+|did\s+)?(?:things|matters)\s+(?:now\s+)?stand)\b",
        _I,
    ),
    # "what's in this pile of articles?"
    re.compile(
        r"\bwhat(?:'s|’s|\s+is|\s+are)\s+in\s+(?:this|the|these|my|your|here)\s+(?:[\w'’-]+\s+){0,2}?"
        r"(?:pile|bunch|lot|batch|heap|stack)\b",
        _I,
    ),
    # "where does the rowing club theft case stand now?", "what's the status of the merger?"
    re.compile(
        # (not "where does the dam level stand?": a figure)
        r"\bwhere\s+(?:does|do|did)\s+(?!(?:[\w'’-]+\s+){0,5}?(?:levels?|rates?|figures?|numbers?|counts?|totals?|"
        r"prices?|tally|unemployment|inflation|scores?|temperatures?|turnout)\b)(?:[\w'’-]+\s+){1,6}?stand"
        r"(?:\s+now|\s+today|\s+at\s+the\s+moment)?\s*[?.!]*$|"
        r"\bwhat(?:'s|’s|\s+is)\s+the\s+(?:latest\s+|current\s+)?status\s+(?:of|on|with)\b",
        _I,
    ),
    re.compile(
        rf"\bwhat(?:'s|’s| is| was| are| were)?\s+{_THIS_ON}\s+(?:all\s+|mainly\s+|mostly\s+)?about\b", _I
    ),
    # "what's it cover?", "describe what the interview with the chef covers"
    re.compile(rf"\bwhat(?:'s|’s)\s+{_THIS}\s+(?:cover|say)\b", _I),
    re.compile(
        rf"\b(?:describe|explain|tell\s+me|say)\s+what\s+{_THIS_ON}\s+(?:covers|says|reports|discusses|"
        r"is\s+(?:all\s+|mainly\s+|mostly\s+)?about)\b",
        _I,
    ),
    re.compile(r"\bwhat(?:'s|’s| is)\s+it\s+about\b", _I),
    # "break down the Northfield deal for me" (not "how did the talks break down?")
    re.compile(
        r"^\W*(?:(?:can|could|would)\s+you\s+|please\s+)?break\s+(?:(?:it|this|that|them)\s+)?down\b", _I
    ),
    # "what was the Brightwater charity fraud case about?": a story named by its words, asked what it is
    re.compile(
        r"^\W*(?:so\s+|and\s+|ok\s+)?what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|this|that|these|those)\s+"
        r"(?:[\w'’-]+\s+){0,6}?[\w'’-]+\s+(?:all\s+|really\s+|mainly\s+)?about\s*[?.!]*\s*$",
        _I,
    ),
    # "can you tell me what this article is about", "what it's all about"
    re.compile(
        rf"\bwhat\s+{_THIS}(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:all\s+|mainly\s+|mostly\s+|really\s+)?about"
        rf"{_HOW_PUT}",
        _I,
    ),
    # "what topics do the articles cover?", "what's covered in the articles?"
    re.compile(
        rf"\bwhat\s+(?:topics|subjects|themes|issues|areas)\s+(?:do|does|did)\s+{_THIS}\s+(?:cover|discuss|"
        r"deal\s+with|address|touch\s+on)\b",
        _I,
    ),
    re.compile(rf"\bwhat(?:'s|’s|\s+is)\s+covered\s+(?:in|by)\s+{_THIS}", _I),
    re.compile(
        r"\bwhat(?:'s|’s| is| was)\s+(?:the\s+)?(?:latest\s+)?(?:news|story|deal|situation|lowdown|"
        r"scoop|word)\s+(?:on|with|about|regarding|concerning)\b",
        _I,
    ),
    re.compile(r"\bwhat(?:'s|’s| is)\s+(?:going on|happening)\s+(?:with|in|at|on)\b", _I),
    re.compile(r"\btell\s+me\s+(?:more\s+)?about\b", _I),
    re.compile(rf"\bexplain\s+(?:the|this|that)\s+(?:[\w-]+\s+){{0,4}}?{_ARTICLE_WORD}\b", _I),
    re.compile(rf"\bwhat\s+(?:does|did|do)\s+{_THIS}\s+(?:say|cover|report|tell us)\s*\??$", _I),
    # "what's this piece saying?", "tell me what the wind farm story says"
    re.compile(
        rf"\bwhat(?:'s|’s|\s+is|\s+are)?\s+{_THIS}\s+(?:saying|telling\s+us|says|covers|reports|"
        r"is\s+saying)\s*[?.!]*$",
        _I,
    ),
    # "in one sentence, what is this story?"; not "what was his previous post?"
    re.compile(
        r"\bwhat(?:'s|’s| is| was)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:article|story|piece|coverage|news)\s*\??$",
        _I,
    ),
    re.compile(rf"\bbreak\s+(?:(?:it|this|that|things)\s+down|down\s+{_THIS})\b", _I),
    re.compile(rf"^\W*(?:please\s+)?(?:outline|describe)\s+{_THIS}\b", _I),
    re.compile(r"\bin\s+(?:one|a|a\s+few|two|three|\d+)\s+(?:sentences?|lines?|words|paragraphs?)\b", _I),
    re.compile(r"\bwhat(?:'s|’s| is)\s+new\s+(?:with|on|in|about|regarding)\b", _I),
    re.compile(r"\bwhat(?:'s|’s| is)\s+the\s+bottom\s+line\b(?!\s+(?:profit|impact|cost))", _I),
    re.compile(r"\bwhat\s+(?:should|do|must)\s+(?:I|we)\s+(?:need\s+to\s+)?know\s+about\b", _I),
    # "What happened in the mayor race?" asks for the story; "what happened to X?" for one fact.
    re.compile(r"\bwhat\s+happened\s*(?:(?:in|with|at|over|during)\s+(?:the\s+)?[\w\s'’-]{3,60})?\??$", _I),
    re.compile(r"\bwhat(?:'s|’s| is)\s+(?:the\s+)?latest\s+(?:on|with|about|regarding|in)\b", _I),
    re.compile(
        rf"\bwhat\s+(?:does|did)\s+(?:the|this|that)\s+(?:[\w-]+\s+){{0,3}}?{_ARTICLE_WORD}\b.{{0,60}}?"
        rf"\s+(?:say|cover|report|tell\s+us){_HOW_PUT}",
        _I,
    ),
]
_OVERVIEW_SUBJECT = re.compile(
    r"\b(?:about|on|with|regarding|concerning|of|summari[sz]e|recap)\s+(?:the\s+)?(.+?)\s*\??$", _I
)

_MENTION = [
    # Passive first: "is the mayor mentioned in the library story?" names the mayor, not the story.
    re.compile(
        r"^\s*(?:is|are|was|were)\s+(?!there\b)(?P<subject>.+?)\s+(?:ever\s+|even\s+|also\s+|actually\s+)?"
        r"(?:mentioned|discussed|covered|referenced|brought\s+up|talked\s+about|named|cited)\b.*$",
        _I,
    ),
    # "do glaciers come up in the live blog?", "does the mayor feature in any of the stories?"
    re.compile(
        r"^\s*(?:do|does|did)\s+(?P<subject>.+?)\s+(?:ever\s+|even\s+|also\s+|actually\s+)?"
        r"(?:come\s+up|crop\s+up|feature|appear(?!\s+to\b)|get\s+(?:a\s+)?mention(?:ed)?)\s+"
        r"(?:in(?!\s+the\s+end\b)|anywhere|at\s+all)\b.*$",
        _I,
    ),
    # "any word on the schools?", "anything in there about vaccines?"
    re.compile(
        r"^\W*(?:and\s+|so\s+)?(?:any|anything)\s+(?:(?:word|news|mention|info(?:rmation)?|details?|talk|discussion|"
        r"coverage|reference)\s+)?"
        r"(?:(?:in|from)\s+(?:there|here|it|them|the\s+\w+)\s+)?(?:about|on|of|regarding)\s+(?P<subject>.+?)\s*\??$",
        _I,
    ),
    re.compile(
        r"\b(?:does|do|did|is|are|was|were|has|have)\s+(?:it|this|that|they|there|anyone|anybody|anything|"
        r"any\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+|either\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+|"
        r"one\s+of\s+the\s+(?:[\w-]+\s+){0,3}?[\w-]+|"
        r"(?:the|this|that|these|those|your)\s+(?:[\w-]+\s+){0,4}?[\w-]+)\s+"
        r"(?:ever\s+|even\s+|also\s+|actually\s+)?(?:mention|mentions|mentioned|discuss|discusses|talk\s+about|"
        r"refer\s+to|reference|bring\s+up|touch\s+on|say\s+anything\s+(?:about|on|regarding|concerning|of)|"
        r"say\s+(?:something|much)\s+(?:about|on)|say(?=\s+(?:how|what|whether|why|who|when|where|if)\b)|"
        r"cover|covers|name|note|cite)\s+(?P<subject>.+?)\s*\??$",
        _I,
    ),
    re.compile(
        r"\b(?:is|are)\s+there\s+(?:anything|something|any\s+(?:mention|word|reference|info(?:rmation)?|news|"
        r"articles?|stories?|coverage|discussion|talk)|mention)\s+(?:(?:in|from)\s+(?:there|here|it|them|the\s+\w+)\s+)?"
        r"(?:about|of|on|regarding|concerning|at\s+all\s+about)\s+"
        r"(?P<subject>.+?)\s*\??$",
        _I,
    ),
    re.compile(r"\bany\s+(?:mention|word|reference)s?\s+(?:of|about|to)\s+(?P<subject>.+?)\s*\??$", _I),
    # "was there any ransom demand?", "were there any injuries?": whether the articles tell of it at all
    # ("is there an independent review of the crash?" asks about the news itself: a lookup)
    re.compile(r"^\W*(?:and\s+|so\s+)?(?:is|are|was|were)\s+there\s+any\s+(?P<subject>.+?)\s*\??$", _I),
    re.compile(
        r"\b(?:is|was)\s+(?:anything|something)\s+(?:said|written|reported)\s+(?:about|on|of)\s+"
        r"(?P<subject>.+?)\s*\??$",
        _I,
    ),
    re.compile(
        r"\b(?:do|did)\s+(?:you|the\s+articles?)\s+have\s+anything\s+(?:on|about)\s+(?P<subject>.+?)\s*\??$",
        _I,
    ),
    # "anything that brings up chlorine?", "is there any article that mentions the mayor?"
    re.compile(
        r"^\W*(?:and\s+|so\s+)?(?:is\s+there\s+)?(?:anything|something|any\s+(?:articles?|stor(?:y|ies)|pieces?|"
        r"reports?)|any)\s+(?:(?:in\s+(?:there|here|them)|at\s+all)\s+)?(?:that|which)\s+(?:mentions?|"
        r"brings?\s+up|talks?\s+about|refers?\s+to|references?|touch(?:es)?\s+on|discuss(?:es)?|names?)\s+"
        r"(?P<subject>.+?)\s*\??$",
        _I,
    ),
    # "do you see anything about overtime pay?", "can you find any mention of pensions?"
    re.compile(
        r"\b(?:do|did|can|could)\s+(?:you|u)\s+(?:see|find|spot)\s+(?:anything|something|any\s+(?:mention|word|"
        r"reference)s?)\s+(?:about|of|on|regarding|concerning)\s+(?P<subject>.+?)\s*\??$",
        _I,
    ),
]

# What a reason is called ("what is the reason", "what was Harland's reasoning"), and whose it is.
_REASON_NOUNS = (
    r"(?:reasons?|reasoning|causes?|motives?|motivation|rationale|purpose|point|explanation|grounds|"
    r"justification)"
)
_WHOSE = r"(?:the\s+|(?:the\s+)?[\w-]+(?:'s|’s)\s+)?"
_WHY = [
    re.compile(r"^\W*(?:so\s+|and\s+|but\s+)?(?:why|how\s+come)\b", _I),
    re.compile(
        rf"\bwhat(?:'s|’s|\s+(?:is|was|are|were))?\s+{_WHOSE}(?:main\s+|real\s+|official\s+|stated\s+)?"
        rf"{_REASON_NOUNS}\b",
        _I,
    ),
    re.compile(r"\bfor\s+what\s+reason\b|\bwhat\s+for\b|\bwhy\b", _I),
    re.compile(
        r"\bwhat\s+(?:caused|causes|led\s+to|leads\s+to|prompted|drove|drives|triggered|sparked|is\s+behind|"
        r"was\s+behind|made\s+\w+)\b",
        _I,
    ),
    re.compile(
        r"^\W*(?:so\s+|and\s+)?how\s+(?:exactly\s+|precisely\s+)?(?:did|does|do|will|would|can|could|is|are|was|"
        r"were|has|have|should|might)\b",
        _I,
    ),
    re.compile(
        r"\bin\s+what\s+way\b|\bby\s+what\s+means\b|\bwhat\s+(?:is|was)\s+the\s+(?:process|method|mechanism)\b",
        _I,
    ),
]
# A why/how question that asks for a reason: "why", "how come", "what is the reason", "what led to".
_REASON_QUESTION = re.compile(
    r"\bwhy\b|\bhow\s+come\b|\bfor\s+what\s+reason\b|\bwhat\s+for\b|"
    rf"\bwhat(?:\s+(?:is|was|are|were)|'s|’s)?\s*{_WHOSE}(?:main\s+|real\s+|official\s+|stated\s+)?"
    rf"{_REASON_NOUNS}\b|"
    # "how did he come to be inside?", "how did they end up there?": how it came about, a reason; so is
    # "how might X lead to / cause / result in Y": a cause and its effect (the answer says why it follows)
    r"\bhow\s+(?:did|does|do|could|can|would|might|had|has|have)\b[^?]{1,80}?\b(?:c[oa]me\s+to\s+"
    r"(?!an?\b|the\b|terms\b|power\b)|end(?:ed)?\s+up\b|lead\s+to\b|cause\b|result\s+in\b|contribute\s+to\b)|"
    r"\bwhat\s+(?:caused|causes|led\s+to|leads\s+to|prompted|drove|drives|triggered|sparked|is\s+behind|"
    r"was\s+behind|made\s+\w+)\b",
    _I,
)
# "How did X react / respond / take it", "what did X say / have to say / make of it", "what warning did
# X give", "what was X's reaction", "is X happy with…": answered by what X said or did. Group "who"
# is X. "take" is left out when a particle makes it another verb ("take over", "take part").
_REACTION_QUESTION = [
    re.compile(
        r"\bhow\s+(?:did|does|do|has|have|had|will|would|is|are|was|were)\s+(?P<who>.{1,60}?)\s+"
        r"(?:react|reacted|reacting|respond|responded|responding|receive|received|greet|greeted|view|viewed|"
        r"feel|felt|handle|handled|take|took|taken|taking)\b(?!\s+(?:over|part|place|off|on|up|out|office|"
        r"power|charge)\b)",
        _I,
    ),
    re.compile(
        r"\bwhat\s+(?:did|does|do|has|have|had|will|would)\s+(?P<who>.{1,60}?)\s+(?:say|said|have\s+to\s+say|"
        r"think|make\s+of|tell|reply|answer|argue|claim|warn|promise)\b",
        _I,
    ),
    re.compile(
        r"\bwhat\s+(?:warnings?|reactions?|responses?|messages?|criticisms?|explanations?|justifications?|"
        r"defen[cs]es?|arguments?|comments?|verdicts?|assurances?|promises?)\s+(?:did|does|has|have|had|was|"
        r"were|is|are)\s+(?P<who>.{1,60}?)\s+(?:give|given|gave|offer|offered|make|made|issue|issued|"
        r"provide|provided|voice|voiced|have|had|express|expressed)\b",
        _I,
    ),
    # "what was the reaction of the fishing industry?"
    re.compile(
        r"\bwhat(?:'s|’s|\s+(?:is|was|were|are))\s+(?:the\s+)?(?:reaction|response|verdict)\s+(?:of|from)\s+"
        r"(?P<who>.{1,60}?)\s*[?.!]*$",
        _I,
    ),
    re.compile(
        r"\bwhat\s+(?:is|was|were|are)\s+(?P<who>.{1,60}?)(?:'s|’s|s')\s+(?:reaction|response|view|verdict|"
        r"take|position|stance|argument|answer)\b",
        _I,
    ),
    re.compile(
        r"^\W*(?:and\s+|so\s+)?(?:is|are|was|were)\s+(?P<who>.{1,60}?)\s+(?:happy|unhappy|pleased|"
        r"displeased|satisfied|dissatisfied|angry|upset|content|comfortable|worried|concerned)\s+"
        r"(?:with|about|by|over|at)\b",
        _I,
    ),
]
# "why does it say…", "why are they so sure?": no one named to listen for
_PRONOUN_ONLY = re.compile(r"\s*(?:it|they|he|she|this|that|people|you|we|i|there)\s*", _I)
# A reason someone gives: "why does Mayor Kröhnert say the city needs it?", "why is Sarsenov nervous about
# the cut?", "how did Renwick's lawyers explain the numbers?": answered by what that one said.
_REASON_GIVER = [
    re.compile(
        r"\bwhy\s+(?:does|did|do|has|have|had|would|will)\s+(?P<who>.{1,60}?)\s+(?:say|said|think|thinks|"
        r"believe|argue|claim|want|oppose|object|worry|fear|feel|insist|warn|call|describe|reject|support|"
        r"back|criticise|criticize|blame|expect)\b",
        _I,
    ),
    re.compile(
        r"\bwhy\s+(?:is|was|are|were)\s+(?P<who>.{1,60}?)\s+(?:so\s+|very\s+|still\s+)?(?:nervous|worried|"
        r"concerned|angry|annoyed|unhappy|upset|critical|sceptical|skeptical|opposed|cautious|optimistic|"
        r"pessimistic|furious|frustrated|disappointed|happy|pleased|confident|doubtful|wary|against|"
        r"in\s+favou?r)\b",
        _I,
    ),
    re.compile(
        r"\bhow\s+(?:did|does|do|has|have|had|would|will)\s+(?P<who>.{1,60}?)\s+(?:explain|justify|defend|"
        r"account\s+for)\b",
        _I,
    ),
]
# Questions that ask for a figure: "how many…", "how full…", "what is the … rate", "over what distance…"
# (up to two words before the noun: "what's the most recent figure for…", "what is the latest jobless rate").
_QUANTITY = re.compile(
    r"\bhow\s+(?:many|much|long|old|large|big|far|often|tall|high|low|fast|deep|wide|heavy|soon|late|early|"
    r"full|strong|powerful|hot|cold|warm|loud)\b|"
    r"\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:percentage|percent|"
    r"share|proportion|number|amount|sum|price|cost|figure|total|rate|age|size|margin|fraction|tally|count|"
    r"toll|budget|distance|length|height|depth|width|weight|speed|temperature)\b|\bby\s+how\s+much\b",
    _I,
)
# "how did the number of people in hospital change?", "has the size of the tremor been revised?": a
# figure, unless the question asks why ("why did they get the number of passengers wrong?")
_FIGURE_OF = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?:number|count|tally|toll|total|size|magnitude|amount)\s+of\b|"
    r"\b(?:death|casualty|injury|body)\s+(?:toll|count|tally)\b",
    _I,
)
# "what did she die of?", "what was the cause of death?", "how did he die?": the cause of a death,
# which a report of the death ("died on Saturday at her home") does not give. Not "what killed the
# deal?" or "what condition is the bridge in?": those words ask about other things too.
_DEATH_CAUSE_QUESTION = re.compile(
    r"\b(?:die|died|dies)\s+(?:of|from)\s*\??$|\bcause\s+of\s+(?:(?:his|her|their|the)\s+)?death\b|"
    r"\bhow\s+did\s+(?:\w+\s+){1,3}?die\b|"
    r"\bwhat\s+(?:illness|disease)\b.{0,40}\b(?:die|died|have|had|suffer|suffered)\b",
    _I,
)
# A question about how something was done: "how did the astronomers work out its mass?"
# ("how did the number in hospital change?" asks for figures: the change is the answer)
_HOW_DONE = re.compile(
    r"^\W*(?:and\s+|so\s+|but\s+)?how\s+(?:did|does|do|will|would|can|could)\b(?![^?]*\b(?:change|changed|"
    r"changing|rise|rose|risen|fall|fell|fallen|grow|grew|grown|increase|increased|decrease|decreased|differ|"
    r"compare)\b)",
    _I,
)
_MONEY_QUESTION = re.compile(
    r"\bhow\s+much\b.*\b(?:cost|costs|costing|worth|pay|paid|paying|spend|spent|spending|price|money|fund|"
    r"funds|funded|funding|budget|earn|earns|earned|salary|charge|charged|raise|raised|fine|fined|owe|owed|"
    r"invest|invested|compensation|bill)\b|\bwhat\s+(?:did|does|will|would)\s+.{0,40}\bcost\b|"
    r"\b(?:price|cost|salary|budget|fee|fine)\s+(?:of|for|tag)\b|"
    r"\bwhat\b.{0,60}\b(?:earn|earns|earned|salary|salaries|wage|wages|paid|charge|charges|fee|fees)\b|"
    # "how much is a ticket to get in?": what a thing one buys costs
    r"\bhow\s+much\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+|one\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:tickets?|fares?|admission|entry|memberships?|subscriptions?|pass|passes|licen[cs]es?|permits?|rides?)\b|"
    # "how big a fine did they get?", "what's the fine if you don't pay?"
    r"\bhow\s+(?:big|large|hefty|steep|high)\s+(?:a\s+|the\s+|of\s+a\s+)?(?:fine|fee|fare|bill|payout|pay\s+rise|bonus|"
    r"salary|ransom|settlement)\b|\bwhat(?:'s|’s|\s+is|\s+was|\s+were|\s+are|\s+will\s+be)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:fine|fines|fare|fares|bail|ransom|payout|settlement|bonus)\b(?!\s+print)",
    _I,
)
# "By how much did the rate rise?" asks for the size of a change; only money words make it an amount.
_BY_HOW_MUCH = re.compile(r"\bby\s+how\s+much\b", _I)
_MONEY_WORDS = re.compile(
    r"\b(?:cost|costs|price|prices|money|pay|paid|salary|salaries|wages?|fees?|fines?|budget|funding|spend|"
    r"spent|dollars?|pounds?|euros?|bill)\b|[$£€¥]",
    _I,
)
# "How soon…", "how long until…" ask when; "how long…" asks for a span, given as one ("five days")
# or by when it ends ("until the end of service on Friday").
_HOW_SOON = re.compile(r"\bhow\s+(?:soon|long\s+(?:until|till|before))\b", _I)
_HOW_LONG = re.compile(r"\bhow\s+long\b(?!\s+ago)", _I)
# "how old is their boss?", "what age was she?": an age, or when a thing was made or begun
_HOW_OLD = re.compile(
    r"\bhow\s+old\b|\bwhat\s+age\b|\bwhat(?:'s|’s|\s+is|\s+was)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?age\b|"
    r"\bhow\s+many\s+years\s+old\b",
    _I,
)
# "how far down was the collapse?", "at what depth…", "what's the height of the tower?": a length
_HOW_FAR = re.compile(
    r"\bhow\s+far\b(?!\s+(?:did|does|do|has|have|had|will|would|could|can|is\s+\w+ing)\b)|"
    r"\bhow\s+(?:deep|tall|wide)\b|\bat\s+what\s+(?:depth|height|altitude|distance)\b|"
    r"\bwhat(?:'s|’s|\s+is|\s+was|\s+were)?\s+(?:the\s+)?(?:[\w-]+\s+)?(?:depth|distance|height|width|altitude|"
    r"elevation)\b",
    _I,
)
_WHO = re.compile(
    r"\b(?:who|whom|whose)\b|"
    # "which Hamas leaders…", "which company…": people or bodies, answered by a name
    r"\bwhich\s+(?:[\w-]+\s+)?(?:persons?|people|officials?|ministers?|leaders?|members?|m[ae]n|wom[ae]n|"
    r"executives?|politicians?|lawmakers?|candidates?|companies|company|firms?|organi[sz]ations?)\b|"
    # "what is the name of…", "what is the company called?"
    r"\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?names?\s+of\b|"
    # "what's his name?", "what are their names?"
    r"\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:his|her|their)\s+(?:full\s+)?names?\b|"
    r"\bwhat\s+(?:is|was|are|were)\s+(?:\w+\s+){1,4}?(?:called|named)\s*\??$",
    _I,
)
_WHEN = re.compile(
    r"\bwhen\b|\bwhat\s+(?:(?:exact|precise|specific|particular|actual)\s+)?(?:date|day|time|year|month|week)\b|"
    r"\b(?:which|what)\s+(?:(?:exact|precise|specific|particular|actual)\s+)?(?:date|day|year|month|week)\b|"
    r"\bhow\s+(?:soon|long\s+until)\b|\bby\s+when\b|\buntil\s+when\b",
    _I,
)
# "What time did the fire start?", "at what hour…": the time of day, which a clock time ("11.40pm")
# gives, or a part of the day ("late on Monday night"); a date alone ("on Monday") does not.
# ("What time of year…" asks for a date, "what time frame…" for a span.)
_WHAT_TIME = re.compile(
    r"\b(?:what|which)\s+(?:(?:exact|precise|specific|particular|actual|approximate)\s+)?(?:time|hour)\b"
    r"(?!\s+(?:of\s+(?:the\s+)?(?:year|month|week|season)|frames?|scales?|limits?|periods?|zones?|spans?)\b)",
    _I,
)
_WHERE = re.compile(
    r"\bwhere\b|\b(?:which|what)\s+(?:cit(?:y|ies)|towns?|countr(?:y|ies)|regions?|places?|villages?|"
    r"count(?:y|ies)|states?|areas?|venues?|locations?|neighbou?rhoods?|districts?|provinces?|capitals?|sites?)\b",
    _I,
)
# The reader wants the precise value: "next weekend" or "millions" does not give it.
_EXACT = re.compile(r"\b(?:exact|exactly|precise|precisely)\b", _I)
# "What's the name of the other badly burned worker?", "the names of the two men held": a person's full
# name is asked for, and a place, a firm or a first word of a sentence does not give it.
_PERSON_NAME = re.compile(
    r"\bnames?\s+of\s+(?:the|a|an|this|that|these|those|its|his|her|their)?\s*(?:[\w'’-]+\s+){0,4}?"
    r"(?:\w*(?:man|men|woman|women|person|people|worker|workers|member|members|officer|officers|official|"
    r"officials|victim|victims|suspect|suspects|child|children|boy|girl|employee|employees|driver|drivers|"
    r"leader|leaders|guard|guards|inspector|spokesperson|assistant|deputy|owner|manager|director|founder|"
    r"doctor|nurse|teacher|pupil|student|resident|residents|patient|survivor|witness|thief|thieves|"
    r"robber|robbers|chief|head|aide|candidate|winner|player|coach|husband|wife|son|daughter|mother|father|"
    r"firefighters?|pilots?|captain|skipper|referee|keeper|passengers?|riders?|farmers?|paramedics?|soldiers?|"
    r"judge|lawyers?|partner|brother|sister|neighbou?rs?|climbers?|skiers?|hikers?|runners?|journalists?|"
    r"photographers?|artist|painter|singer|author|writer|scientists?|researchers?|engineers?|architect|"
    r"volunteers?|donor|buyer|boss|ceo|chairman|chairwoman|mayor|minister|surgeon|vet|carer))"
    # ... that ends its noun phrase ("the worker who…", "the men held over…"; not "the head teacher's dog")
    r"(?=\s*[?.,]|\s*$|\s+(?:who|whom|whose|that|in|at|on|of|from|for|with|by|during|over|after|near|"
    r"held|hurt|shot|caught|found|seen|left|known|[a-z]+(?:ed|en))\b)",
    _I,
)
# "Which Hamas leaders are in the delegation?", "which officials signed it?": people asked for by who
# they are, which a news report answers with their names (a place, a body or a firm does not).
_WHICH_PEOPLE = re.compile(
    r"\bwhich\s+(?:[\w'’-]+\s+){0,2}?(?:people|persons|m[ae]n|wom[ae]n|leaders|officials|ministers|"
    r"executives|politicians|lawmakers|candidates|suspects|victims)\b",
    _I,
)
_EARLIER = r"(?:first|initial|original|earlier|early|previous|prior|older)"
_FIRST = re.compile(
    r"\b(?:initially|originally|at\s+first|to\s+begin\s+with|in\s+the\s+beginning|earliest|"
    r"at\s+the\s+(?:start|outset|beginning)\s+of|"
    # "the first report", "the first Wendham chemical plant report"; "the first estimate"
    rf"{_EARLIER}\s+(?:[\w'’-]+\s+){{0,3}}?(?:report|reports|reporting|account|version|story|article|piece|item|"
    r"post|coverage)|"
    rf"{_EARLIER}\s+(?:\w+\s+)?(?:estimate|figure|count|tally|news)|"
    r"(?:first|initially)\s+(?:reported|broke|emerged|surfaced|came\s+out)|before\s+the\s+update|"
    # "on the first day": what the first report said
    r"on\s+(?:the\s+)?(?:first|opening)\s+day)\b",
    _I,
)
_LATEST = re.compile(
    r"\b(?:latest|most\s+recent|newest|updated|update|currently|current|right\s+now|by\s+now|so\s+far|"
    r"as\s+of\s+now|still|now|yet|these\s+days|at\s+last\s+count|in\s+the\s+end|eventually|ultimately|"
    r"(?:later|newer|second|subsequent|follow-?up)\s+(?:\w+\s+)?(?:report|story|article|piece|version|account|"
    r"coverage|item|post))\b",
    _I,
)
# "Is the line still shut?", "who is driving the trains that are running now?": words of the present
# (not "the latest report") ask for the state of things, which the newest report may not give.
_NOW_ONLY = re.compile(
    r"\b(?:currently|current|right\s+now|by\s+now|so\s+far|as\s+of\s+now|still|now|yet|these\s+days)\b", _I
)
# Words that ask what came after the report a question names: "afterwards", "since then".
_THEN_NOW = re.compile(r"\b(?:and|but|while|whereas)\b|\s[-–—]\s|;", _I)
# So do "since the first report" and "between the two reports": the later one says what changed.
_AFTER_FIRST = re.compile(
    r"\b(?:afterwards?|after\s+that|since\s+then|subsequently|later\s+on|"
    rf"since\s+(?:the\s+|that\s+|its\s+|his\s+|her\s+|their\s+)?{_EARLIER}|between\s+the\s+(?:two|first\s+and))\b|"
    # "…at first - has she said anything since?"
    r"\bsince\s*[?.!]*\s*$|"
    # "why did they get the number wrong at first?": what was wrong is put right in a later report
    r"\b(?:wrong|mistaken|incorrect|inaccurate|understated|overstated|underestimated|overestimated)\s+"
    r"(?:at\s+first|initially|originally|in\s+the\s+first\s+report)\b",
    _I,
)
_AND_WHEN = re.compile(r"\b(?:and|or|,)\s+(?:when|(?:on\s+)?(?:what|which)\s+(?:date|day)|what\s+date)\b", _I)
_AND_WHERE = re.compile(r"\b(?:and|or|,)\s+where\b", _I)
# A part that asks how something is or was done ("and how will it be funded?").
_HOW_PART = re.compile(
    r"^\W*(?:(?:and|but|so|also)\s+)?how\b(?!\s+(?:many|much|long|old|often|far|soon|big|large|high|small)\b)",
    _I,
)
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")(?:'s|’s)?\b", _I)
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_SINCE_DAY = re.compile(rf"\bsince\s+(?:last\s+)?{_DAY}(?:'s|’s)?\b", _I)
# Words that name a report by its day, not what happened on it: "as of Monday", "according to Monday's
# story", "in Tuesday's article", "By Friday, …" opening the question ("cancelled on Tuesday" stays).
_DAY_FRAME = re.compile(
    rf"\b(?:(?:according\s+to|in|from|by|as\s+of)\s+)?(?:the\s+)?{_DAY}(?:'s|’s)\s+"
    r"(?:report|story|article|piece|update|account|coverage|item|post|edition|paper|news)\b|"
    rf"\bas\s+of\s+{_DAY}\b|^\W*by\s+{_DAY}\s*,",
    _I,
)
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
_MONTH = r"(?:" + "|".join(MONTH_NAMES) + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"


def _calendar_day(tag: str) -> str:
    """A day of a month as readers write it ("17 February", "June 3rd", "3rd of June, 2025"), its
    day and month in groups named for ``tag`` (a pattern may hold several)."""
    return (
        rf"(?:(?P<day{tag}a>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month{tag}a>{_MONTH})|"
        rf"(?P<month{tag}b>{_MONTH})\.?\s+(?P<day{tag}b>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?"
    )


# A report named by its date ("as of 17 February", "in the June 17 update", "according to the 3 June
# story"), not a date in the news ("the tower was shut on 9 June").
_DATE_FRAME = re.compile(
    rf"\b(?:as\s+of|by|back\s+on)\s+(?:the\s+)?{_calendar_day('1')}(?=\W|$)|"
    rf"\b(?:(?:according\s+to|in|from)\s+)?the\s+{_calendar_day('2')}\s+(?:report|update|story|article|"
    r"piece|edition|coverage|version)\b",
    _I,
)


def named_date(question: str) -> str | None:
    """The date ("MM-DD") a question names a report by ("as of 17 February", "the June 17 update")."""
    found = _DATE_FRAME.search(question)
    if found is None:
        return None
    parts = {
        name[:-2] if name[-1] in "ab" else name: value for name, value in found.groupdict().items() if value
    }
    month = next(v for k, v in parts.items() if k.startswith("month")).lower()
    day = int(next(v for k, v in parts.items() if k.startswith("day")))
    number = next(i for i, name in enumerate(MONTH_NAMES, 1) if name.startswith(month[:3]))
    return f"{number:02d}-{day:02d}" if 1 <= day <= 31 else None


_WH = r"(?:who|whom|whose|what|when|where|why|which|how(?:\s+(?:many|much|long|old))?)"
_SPLIT_PARTS = re.compile(
    rf"\s*(?:\?\s*|,\s*(?:and\s+)?|;\s*|\s+and\s+(?:also\s+)?)"
    rf"(?=(?:(?:on|in|at|by|for|to|from|with|until|since)\s+)?{_WH}\b)"
    # "Which fish died, and are people allowed in the water?": a yes/no question after the comma
    # (or a question mark) asks a thing of its own, as a second question word does.
    r"|\s*(?:\?\s*|,\s*(?:and|but)\s+)(?=(?:is|are|was|were|do|does|did|has|have|had|can|could|will|"
    r"would|should)\s+\w)",
    _I,
)
# How a question (or one of its parts) opens: a question word or an auxiliary verb, maybe after
# "and", "so" or a preposition ("on what date", "to whom"), or an imperative ("tell me", "list").
_ASKS = re.compile(
    rf"\s*(?:(?:and|but|so|also|then|plus)\s+)?(?:(?:on|in|at|by|for|to|from|with|until|since)\s+)?"
    rf"(?:{_WH}|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might|must|"
    r"tell|list|name|give|describe|explain|summari[sz]e)\b",
    _I,
)
# A question word within a leading phrase: "on the Monday of the fire how many crews were out"
_ASKS_WITHIN = re.compile(
    r"\s(?:how\s+(?:many|much|long|old|far|big|hot|cold)|who|what|when|where|which)\b", _I
)
# A part that is a question word alone ("when" in "when and where did she die?"), and the question
# word that opens a part, maybe after "and" or a preposition ("and where", "on what date").
_BARE_WH = re.compile(rf"\s*(?:(?:and|or|but|also)\s+)?{_WH}\s*", _I)
_WH_OPENING = re.compile(
    rf"^\s*(?:(?:and|or|but|also)\s+)?(?:(?:on|in|at|by|for|to|from|with|until|since)\s+)?{_WH}\b\s*", _I
)
# Words of a question part that stand for something the question named before ("when will they…").
# A "how many" part with no noun of its own counts what the part before it did ("how many homes did
# the cordon cover, and how many are still empty?").
_COUNTS_BACK = re.compile(
    r"\W*(?:(?:and|but|so|also)\s+)?how\s+(?:many|much)\s+(?:are|were|is|was|have|has|had|did|do|does|will|"
    r"would|can|could|remain|remained|still)\b",
    _I,
)
_POINTS_BACK = re.compile(r"\b(?:they|them|it|he|him|she|her|this|that|these|those)\b", _I)
_LIST_CUE = [
    re.compile(
        r"\b(?:what|which|who)\s+(?:are|were|'re)\s+(?:the|some\s+of\s+the|all\s+the|their|its|his|her)\s+"
        r"(?:\w+\s+){0,2}?(?P<noun>\w+s)\b",
        _I,
    ),
    re.compile(
        r"\b(?:what|which)\s+(?P<noun>\w+s)\s+(?:(?:and|or)\s+\w+\s+)?"
        r"(?:are|were|did|do|does|have|has|will|would)\b",
        _I,
    ),
    re.compile(r"\b(?:each|both|all)\s+(?:of\s+)?(?:the|their)\s+(?P<noun>\w+s)\b", _I),
    re.compile(
        r"^\W*(?:please\s+|can\s+you\s+|could\s+you\s+)?(?:name|list|give\s+me|enumerate)\s+"
        r"(?:all\s+|the\s+|some\s+|each\s+|every\s+)*(?P<noun>\w+)",
        _I,
    ),
    re.compile(
        r"\bwhat\s+(?:all\s+)?(?:did|does|do|has|have|had)\s+\w+(?:\s+\w+)?\s+(?:want|demand|ask\s+for|"
        r"object\s+to|propose|promise|pledge|pledged|promised|proposed|demanded|require|include|"
        r"announced|offered|plan|planned)\b",
        _I,
    ),
]
_NOT_PLURAL = re.compile(
    r"(?:ss|us|is|ics|news|series|species|whereas|always|perhaps|sometimes|"
    r"was|has|does|this|its|yes|less|unless|across|plus|thus|status|process|basis|crisis)$",
    _I,
)


# "whats this about?", "whos the author?": the contraction typed without its apostrophe.
_WITHOUT_APOSTROPHE = re.compile(r"\b(what|who|where|how|when|that)s\b", _I)


# Asking to set stories side by side: "compare…", "how do they differ?", "what do they have in common?"
_COMPARE = re.compile(
    r"\b(?:compar(?:e|es|ed|ing)|comparison|contrast|differ|differs|difference|differences|similarit(?:y|ies)|"
    r"in\s+common|versus|vs\.?)(?=\W|$)",
    _I,
)
# Several articles named at once: "both stories", "the two strikes", "these reports".
_SEVERAL = re.compile(
    r"\b(?:both|two|three|these|those|all\s+the)\b|\b(?:stories|articles|reports|pieces)\b|"
    r"\b(?:first|original|earlier)\s+(?:report|story|article|version)\b.{0,40}\b(?:update|latest|later|newest)\b",
    _I,
)


# "What's the timeline of the strike?", "How did the fire unfold?": the story in the order it happened.
_TIMELINE = re.compile(
    r"\b(?:time\s?line|chronology|chronological(?:ly)?|sequence\s+of\s+events|order\s+of\s+events|"
    r"how\s+(?:did|has|have)\s+(?:the\s+|this\s+|that\s+)?[\w'’ -]{1,60}?\s+"
    r"(?:unfold|unfolded|develop|developed|evolve|evolved|progress|progressed))\b",
    _I,
)


# Asking how a story's account changed between its reports: "at first … compared with now", "in the
# first story … and do we know more now?", "I've seen two different numbers".
_CHANGED = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|(?:and|but)\s+(?:what\s+about\s+)?now|than\s+now|"
    r"(?:know|say|said)\s+more\s+now|since\s+then|by\s+the\s+end|when\s+they\s+(?:wrapped|finished|ended|"
    r"called\s+(?:it\s+)?off))\b",
    _I,
)
_TWO_ACCOUNTS = re.compile(
    r"\btwo\s+different\s+(?:numbers|figures|counts|totals|accounts|versions|answers|dates|lengths|sizes)\b|"
    r"\b(?:numbers|figures|accounts|reports)\s+(?:differ|disagree|don'?t\s+match|do\s+not\s+match)\b|"
    r"\bhow\s+(?:has|have|did)\s+[\w'’ -]{1,60}?\s+changed?\s+(?:between|from|since)\b",
    _I,
)


# Words of the present that say "by then" after a report is named ("In the first report, had a
# disaster been declared yet?"), not "and now".
_BY_THEN = frozenset({"yet", "still", "so far", "currently", "current"})


def _later_cue(text: str, start: int) -> bool:
    """True when a word for the latest report or for now follows ``start`` ("…at first - how long is it
    now?"), other than one that reads "by then" there ("yet", "still")."""
    return any(m.group(0).lower() not in _BY_THEN for m in _LATEST.finditer(text, start))


def asks_then_and_now(question: str) -> bool:
    """True when a question sets a story's earlier account beside its latest: "how big was the search
    area at first compared with when they wrapped it up?", "I've seen two different numbers"."""
    text = " ".join(question.split())
    earlier = _FIRST.search(text) or _DAY_FRAME.search(text) or _DATE_FRAME.search(text)
    earlier = earlier or re.search(rf"\b(?:back\s+)?on\s+(?:the\s+)?{_DAY}\b", text, _I)
    if earlier and (_CHANGED.search(text, earlier.end()) or _later_cue(text, earlier.end())):
        return True
    return _TWO_ACCOUNTS.search(text) is not None


# "What's new in the update?", "what new information came out in the later report?", "anything new
# since the first report?": what a story's latest report adds (a report must be named).
_NEW_ASKED = re.compile(
    r"\bwhat(?:'s|’s|\s+is|\s+was|\s+are)?\s+new\b|\bnew\s+(?:information|info|details?|facts?|developments?)\b|"
    r"\banything\s+new\b|\bwhat\s+(?:else\s+)?(?:did|does)\s+(?:the\s+)?(?:update|later|latest|second|newer|"
    r"follow-?up)\b[\w\s'’-]{0,20}?\badd\b",
    _I,
)
_REPORT_NAMED = re.compile(
    r"\b(?:update|updated|later|latest|second|newer|follow-?up|original|first\s+(?:report|story|article|"
    r"night|day))\b|\bsince\s+the\s+first\b",
    _I,
)


def asks_what_is_new(question: str) -> bool:
    """Whether the question asks what a story's later report adds ("what's new in the update?")."""
    return _NEW_ASKED.search(question) is not None and _REPORT_NAMED.search(question) is not None


def asks_to_compare(question: str) -> bool:
    """Whether the question asks to set things side by side ("compare…", "how do they differ?")."""
    return _COMPARE.search(question) is not None


def classify(question: str) -> QuestionPlan:
    """The kind of ``question`` and what its answer must hold; ``several`` when it asks to compare
    stories, to summarize several at once, or for a story's timeline (its reports in order)."""
    plan = _classify(question)
    if (date := named_date(question)) is not None:
        plan = dataclasses.replace(plan, date_named=date)
    if plan.kind not in ("about_article", "mention", "overview") and asks_then_and_now(question):
        plan = dataclasses.replace(plan, then_and_now=True)
    if plan.kind == "lookup" and plan.answer_type == "person" and (roles := asked_role(question)):
        plan = dataclasses.replace(plan, roles=roles)
    if plan.kind in ("about_article", "mention"):
        return plan
    text = " ".join(question.split())
    if plan.kind != "multi_part" and asks_what_is_new(_WITHOUT_APOSTROPHE.sub(r"\1's", text)):
        # (not "what did the first report say, and what did the later story add?": two parts)
        return QuestionPlan("overview", subject=_topic_after(text), version="latest", new_only=True)
    if _TIMELINE.search(text):
        version, weekday = _version(text)
        return QuestionPlan(
            "overview",
            subject=_topic_after(text),
            version=version,
            weekday=weekday,
            several=True,
            timeline=True,
        )
    compare = _COMPARE.search(text) is not None and _SEVERAL.search(text) is not None
    if compare or (plan.kind == "overview" and _SEVERAL.search(text)):
        return dataclasses.replace(plan, several=True)
    return plan


def _classify(question: str) -> QuestionPlan:
    text = _WITHOUT_APOSTROPHE.sub(r"\1's", " ".join(question.split()))
    version, weekday = _version(text)
    fields = metadata_fields(text)
    if fields == ("list",) and any(p.search(text) for p in _OVERVIEW):
        # "what's in this collection? quick overview of everything please": what each article says
        fields = ()
    if fields:
        return QuestionPlan(
            "about_article", fields=fields, subject=_topic_after(text), version=version, weekday=weekday
        )
    subject = _mention_subject(text)
    if subject:
        return QuestionPlan("mention", subject=subject, version=version, weekday=weekday)
    if any(p.search(text) for p in _OVERVIEW) and not _QUANTITY.search(text):
        return QuestionPlan("overview", subject=_topic_after(text), version=version, weekday=weekday)
    parts = split_parts(text)
    is_list = _is_list(text) and not asks_outlook(text)  # "what are the chances…" lists nothing
    if len(parts) > 1 or is_list:
        return QuestionPlan(
            "multi_part",
            parts=tuple(parts),
            is_list=is_list,
            version=version,
            weekday=weekday,
            answer_type=answer_type(text) if len(parts) == 1 else None,
            exact=len(parts) == 1 and _asks_person_name(text),  # "the names of the two men"
        )
    aspect, speaker = why_how_aspect(text)
    cause_of_death = _DEATH_CAUSE_QUESTION.search(text) is not None  # "how did she die?" asks for an illness
    figure = _QUANTITY.search(text) or (_FIGURE_OF.search(text) and not _REASON_QUESTION.search(text))
    if any(p.search(text) for p in _WHY) and not figure and not cause_of_death:
        return QuestionPlan(
            "why_how", version=version, weekday=weekday, aspect=aspect or "means", speaker=speaker
        )
    return QuestionPlan(
        "lookup",
        answer_type=answer_type(text),
        version=version,
        weekday=weekday,
        aspect="reaction" if aspect == "reaction" else "outlook" if asks_outlook(text) else None,
        speaker=speaker,
        exact=_EXACT.search(text) is not None or _asks_person_name(text),
    )


# "What happens next?", "Is a deal likely?", "What are the chances of a cut?", "Will the strike go
# ahead?": what the story expects, not a value.
_OUTLOOK_QUESTION = re.compile(
    r"\bwhat(?:'s|’s|\s+is|\s+happens|\s+comes)\s+next\b|\bnext\s+steps?\b|"
    r"\b(?:is|are)\s+(?:[\w'’-]+\s+){0,5}?(?:likely|unlikely)\b|\bhow\s+likely\b|"
    r"\bwhat\s+are\s+the\s+(?:chances|odds|prospects)\b|\b(?:chances?|odds|prospects?)\s+(?:of|for)\b|"
    r"\boutlook\b|\bgo(?:es)?\s+from\s+here\b|^\W*will\s+",
    _I,
)


def asks_outlook(question: str) -> bool:
    """True for a question about what is expected to happen that asks for no value ("Is a deal likely?",
    "What happens next?"; not "When will the bridge reopen?")."""
    return _OUTLOOK_QUESTION.search(question) is not None and answer_type(question) is None


def _asks_person_name(text: str) -> bool:
    """True when a question asks for people by name: "the name of the worker", "which Hamas leaders"."""
    return any(p.search(text) is not None for p in (_PERSON_NAME, _WHICH_PEOPLE, _HIS_NAME))


# "what's his name?", "what are their names?": the person the conversation is about, by full name
_HIS_NAME = re.compile(
    r"\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:his|her|their)\s+(?:full\s+)?names?\b", re.I
)


def why_how_aspect(question: str) -> tuple[Aspect | None, str]:
    """Whether a question asks for a reason, a means, or someone's reaction, and for a reaction who.

    A reaction question ("how did the union react?", "what did the minister say?") is answered by
    what that one said or did; a reason question ("why…") by a sentence that gives a cause or a
    stated motive; any other "how" question by one that gives a means or manner.
    """
    if (who := _who_in(question, _REACTION_QUESTION)) is not None:
        return "reaction", who
    if (who := _who_in(question, _REASON_GIVER, _PRONOUN_ONLY)) is not None:
        return "reason", who
    if _REASON_QUESTION.search(question):
        return "reason", ""
    return None, ""


def _who_in(
    question: str, patterns: Sequence[re.Pattern[str]], no_one: re.Pattern[str] | None = None
) -> str | None:
    """The one a question asks about, as the first of ``patterns`` that matches names it ("the union":
    "union"); None when none matches, or its ``who`` is ``no_one`` ("it", "they")."""
    for pattern in patterns:
        match = pattern.search(question)
        if match and not (no_one and no_one.fullmatch(match.group("who"))):
            return re.sub(r"^(?:the|a|an)\s+", "", match.group("who").strip(), flags=_I)
    return None


def part_aspect(part: str) -> tuple[Aspect | None, str]:
    """What one part of a multi-part question wants beyond its type: a reason ("…, and why?"), a
    means ("and how will it be paid for?") or someone's reaction ("and how did the union react?"),
    with the reaction's speaker; (None, "") for a part that asks for a fact."""
    aspect, speaker = why_how_aspect(part)
    if aspect is not None:
        return aspect, speaker
    if _HOW_PART.match(part) and not _DEATH_CAUSE_QUESTION.search(part):
        return "means", ""
    return None, ""


# "Who doesn't have to follow the ban?", "who is exempt from the charge?": asks for those a rule leaves
# out, most often a class of people ("customers who hold a blue badge") rather than a name.
_NEG_DUTY = (
    r"(?:doesn't|does\s+not|don't|do\s+not|won't|will\s+not|didn't|did\s+not)\s+(?:have|need)\s+to\s+[a-z]+"
)
_EXEMPTION = re.compile(
    rf"\bwho\s+(?:{_NEG_DUTY}|(?:is|are|was|were|will\s+be)\s+(?:exempt(?:ed)?|excused|spared)(?:\s+from)?|"
    r"(?:isn't|is\s+not|aren't|are\s+not|won't\s+be|will\s+not\s+be)\s+(?:covered|affected|bound)(?:\s+by)?)\b",
    _I,
)


def asks_exemption(question: str) -> bool:
    """Whether ``question`` asks who a rule leaves out ("who doesn't have to…")."""
    return _EXEMPTION.search(question) is not None


def exemption_query(question: str) -> str | None:
    """``question`` in the words news uses for those a rule leaves out: "who doesn't have to follow the
    hose ban?" becomes "who is exempt from the hose ban?" (the article says "There are exemptions
    for…", which shares no word with "doesn't have to follow"); None when it asks no such thing."""
    if not asks_exemption(question):
        return None
    return _EXEMPTION.sub("who is exempt from", question, count=1)


# "who" after a noun opens a relative clause, which asks nothing: "which school were the parents from
# who spotted the mistake?" asks for a school. (Not "and who", "tell me who", "know who".)
_RELATIVE_WHO = re.compile(
    r"(\b(?!(?:and|or|but|so|then|also|me|us|him|her|them|know|knows|tell|ask|asked|wonder|say|said|see|"
    r"guess|wondering|out)\b)[a-z]+\s+)who\b",
    _I,
)


def answer_type(question: str) -> AnswerType | None:
    """What a lookup's answer must contain: a number, a date, a span of time, a person or a place (or no
    constraint)."""
    if _DEATH_CAUSE_QUESTION.search(question):
        return "cause"
    if _REASON_QUESTION.search(question) or _HOW_DONE.match(question):
        # "what reasons did she give for the fee rise?", "how did they work out how heavy it is?": a
        # reason or a way, whatever figure the question names
        return None
    if _BY_HOW_MUCH.search(question) and not _MONEY_WORDS.search(question):
        return "number"  # "by how much did it raise the odds?": a share or a figure, not an amount of money
    if _MONEY_QUESTION.search(question):
        return "money"
    if _HOW_SOON.search(question):
        return "date"
    if _HOW_LONG.search(question):
        return "duration"
    if _HOW_FAR.search(question):
        return "distance"
    if _HOW_OLD.search(question):
        return "age"
    if _QUANTITY.search(question) or _FIGURE_OF.search(question):
        return "number"
    if _WHAT_TIME.search(question):
        return "time"
    if _WHEN.search(question):
        return "date"
    if _WHERE.search(question):
        return "place"
    if _WHO.search(_RELATIVE_WHO.sub(r"\1", question)) and not asks_exemption(question):
        return "person"
    return None


def split_parts(question: str) -> list[str]:
    """Sub-questions of a question that asks several things ("Who will they meet, and when?")."""
    pieces = [p.strip(" ,;?") for p in _SPLIT_PARTS.split(question)]
    pieces = [p for p in pieces if p]
    if pieces and not _ASKS.match(pieces[0]) and not _ASKS_WITHIN.search(pieces[0]):
        # "In the first report, how many…": a leading phrase frames the question, it asks nothing
        # (unlike "on the Monday of the fire how many crews were out", which asks after its frame).
        pieces = [f"{pieces[0]} {pieces[1]}" if len(pieces) > 1 else pieces[0], *pieces[2:]]
    if len(pieces) < 2:
        return [question.strip()]
    rest = _WH_OPENING.sub("", pieces[1], count=1)
    if _BARE_WH.fullmatch(pieces[0]) and rest and rest != pieces[1]:
        # "When and where did she die?": the bare question word shares the clause of the part after
        # it ("when did she die"), as a later bare part shares the first part's.
        pieces[0] = f"{pieces[0]} {rest}"
    # A bare "when" or "and where", or a part that points back ("when will they take place"), leans
    # on the first part's words: carry them along.
    first_topic = " ".join(content_stems(pieces[0]))
    parts = [pieces[0]]
    for piece in pieces[1:]:
        leans = len(content_stems(piece)) < 2 or bool(_POINTS_BACK.search(piece) or _COUNTS_BACK.match(piece))
        parts.append(f"{piece} {pieces[0]}" if leans else piece)
    return parts if first_topic or len(parts) > 1 else [question.strip()]


def _is_list(question: str) -> bool:
    for pattern in _LIST_CUE:
        match = pattern.search(question)
        if match is None:
            continue
        noun = match.groupdict().get("noun")
        if noun is None or not _NOT_PLURAL.search(noun):
            return True
    return False


def metadata_fields(text: str) -> tuple[MetadataField, ...]:
    """What a question asks of the article itself (author, headline, date, outlet...), if anything."""
    found: list[MetadataField] = [
        name  # type: ignore[misc]
        for name, patterns in (
            ("newest", _NEWEST),
            ("oldest", _OLDEST),
            ("authors", _AUTHORS),
            ("outlets", _OUTLETS),
            ("sources", _SOURCES),
            ("corrections", _CORRECTIONS),
            ("genre", _GENRE_OF_ONE + _GENRE_AMONG_ALL),
            ("count", _COUNT),
            ("list", _LIST),
            ("author", _AUTHOR),
            ("dek", _DEK),
            ("title", _TITLE),
            ("date", _DATE),
            ("outlet", _OUTLET),
        )
        if any(p.search(text) for p in patterns)
    ]
    if any(p.search(text) for p in _GENRE_AMONG_ALL) and "count" not in found and "list" not in found:
        found.insert(1, "list")  # which articles are of that kind
    if "count" in found and _STOREYS.search(text):
        found.remove("count")
    if _ACCORDING_TO_IT.search(text):
        return ()
    if "dek" in found and "title" in found and _UNDER_HEADLINE.search(text):
        found.remove("title")
    if "title" in found and _IN_THE_HEADLINES.search(text) and not any(p.search(text) for p in _TITLE[1:]):
        found.remove("title")
    if "sources" in found:  # "who did the author talk to?" asks who is quoted, not who wrote it
        return ("sources",)
    if "corrections" in found:  # "was the headline corrected?" asks about the correction, not the headline
        return ("corrections",)
    if "authors" in found and any(f in found for f in ("outlet", "date", "title", "dek")):
        # "which paper ran the later ferry article and who were the reporters?": that article's writers
        found = [f for f in found if f != "authors"]
        if "author" not in found:
            found.append("author")
    collection = [f for f in found if f in ("newest", "oldest", "authors", "outlets")]
    if collection:  # "which paper published the most stories?" asks for the tally, not one article's outlet
        return (collection[0],)
    if found and found[0] not in ("count", "list", "genre"):
        # "Who wrote it, and when?" / "...and where?": the short tail asks for more of the same article.
        if _AND_WHEN.search(text) and "date" not in found:
            found.append("date")
        if _AND_WHERE.search(text) and "outlet" not in found:
            found.append("outlet")
    return tuple(found)


def _mention_subject(text: str) -> str:
    for pattern in _MENTION:
        match = pattern.search(text)
        if match:
            subject = match.group("subject").strip(" ?.!\"'“”")
            subject = re.sub(r"^(?:the|a|an|any)\s+", "", subject, flags=_I)
            where = rf"\s+(?:at\s+all|anywhere|in\s+(?:it|this|the\s+\w+|any\s+\w+|{_THIS_ON}))$"
            subject = re.sub(where, "", subject, flags=_I)
            if content_stems(subject):
                return subject
    return ""


# "...about the wildfire are there?", "...on rail do you have?": the end of the question, not the topic.
_TOPIC_TAIL = re.compile(
    r"\s+(?:(?:are|is)\s+there|do\s+you\s+have|have\s+you\s+got|(?:in|from)\s+(?:here|there|the\s+(?:index|"
    r"corpus|collection))|at\s+all|please)\s*$",
    _I,
)


_VERB_BEFORE_TOPIC = re.compile(
    r"^(?:(?:is|are|was|were)\s+(?:about|on|regarding|concerning|covering)|covers?|covered|discuss(?:es)?|"
    r"deals?\s+with|talks?\s+about|reports?\s+on|looks?\s+at)\s+",
    _I,
)


def _topic_after(text: str) -> str:
    """The words naming an article or topic in an overview or metadata question ("…about the port strike")."""
    match = _OVERVIEW_SUBJECT.search(text)
    if not match:
        return ""
    # "…about university cuts? which ones?": the asking that follows the question mark is no topic
    topic = _TOPIC_TAIL.sub("", match.group(1).split("?")[0])
    topic = re.sub(
        rf"^(?:this|that|the|these|those)?\s*{_ARTICLE_WORD}(?:e?s)?\b\s*(?:about|on|regarding)?\s*",
        "",
        topic,
        flags=_I,
    )
    # "which of the articles is about a court case?": the words after "of" begin with the verb
    topic = _VERB_BEFORE_TOPIC.sub("", topic)
    return topic if content_stems(topic) else ""


def without_version_cue(question: str) -> str:
    """The question without the words that pick a version ("in the first report", "latest"): they
    choose which article answers, and are not what the answer must say ("the first strike")."""
    return " ".join(_LATEST.sub(" ", _FIRST.sub(" ", question)).split())


def without_day_cue(question: str) -> str:
    """The question without the words that name a report by its day ("as of Monday", "in Tuesday's
    article"): once that day's report is chosen they say nothing the answer must hold (no sentence of
    Monday's report says "as of Monday"), and a day named as news ("cancelled on Tuesday") stays."""
    left = " ".join(_DATE_FRAME.sub(" ", _DAY_FRAME.sub(" ", question)).split())
    return re.sub(r"\s+([?.!,])", r"\1", left).strip(" ,;:")


def asks_now_only(question: str) -> bool:
    """True when the question's only word for the latest report is one of the present ("still",
    "now", "currently"): it asks how things stand, not for a report."""
    text = _NOW_ONLY.sub(" ", question)
    return _NOW_ONLY.search(question) is not None and not _LATEST.search(text) and not _FIRST.search(text)


def version_cue(text: str) -> tuple[VersionWanted | None, str | None]:
    """The version of a story a question names (first report or latest update), and its weekday."""
    return _version(" ".join(text.split()))


def _version(text: str) -> tuple[VersionWanted | None, str | None]:
    since_day = _SINCE_DAY.search(text)
    if since_day:
        # "how far has it spread since Monday?": what changed after Monday's report, told in the
        # newest; Monday is where the change is counted from, not the report asked for
        return "latest", None
    weekday_match = _WEEKDAY.search(text)
    weekday = weekday_match.group(1).lower() if weekday_match else None
    first = _FIRST.search(text)
    if first:
        # "The first story said two were hurt - what happened to them afterwards?": the first report
        # is where the question starts from, and what came after it is in the later one. So with
        # "how much had the appeal raised at first, and how much now?": a later report restates
        # the first figures ("up from A$85,000 on Monday"), the first cannot tell the new ones.
        later = _LATEST.search(text, first.end())
        then_now = later is not None and _THEN_NOW.search(text[first.end() : later.start()]) is not None
        return ("latest" if then_now or _AFTER_FIRST.search(text) else "first"), weekday
    if _LATEST.search(text) or _AFTER_FIRST.search(text):
        # "has the commissioner changed his tune since his first briefing?": what came after
        return "latest", weekday
    return None, weekday
