"""Route each question to the answer its kind needs, and find the article(s) it is about.

* lookup, why/how and multi-part questions: the extractive answerer over the retrieved paragraphs;
* overview: a short extractive summary of the article meant (named, the only one, the one the
  conversation is about) or, when none is meant, a one-line digest of each;
* about the article: its header (author, headline, date, outlet), or the list of articles;
* mention: yes with the passages that mention it, or a plain no.

When a story was reported more than once (a first report and a later update), the answer comes
from the version the question names, else from the newest, and says so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from ..index.embeddings import SentenceEmbeddings
from ..index.sentence_vectors import SentenceVectors
from ..retrieval.hybrid import KeywordIndex
from ..text import (
    FUNCTION_WORDS,
    cased_words,
    content_stems,
    english_zipf,
    split_sentences,
    strip_markers,
    words,
)
from ..types import ArticleInfo, Passage, parse_paragraph_id
from .about_article import (
    answer_catalog,
    answer_credits,
    answer_fields,
    answer_genre,
    answer_genre_catalog,
    day_of,
    describe_date,
)
from .collection import answer_by_date, answer_people, date_filter, topic_left, writers
from .corrections import answer_corrections
from .extractive import (
    FOLLOWING_PARAGRAPHS,
    Draft,
    ExtractiveAnswerer,
    SentenceCandidate,
    abstention,
    anchor_terms,
    compose,
    joined_drafts,
    named_articles,
    reads_on,
)
from .genre import (
    NEWS_EVIDENCE,
    NEWS_REPORT,
    GenreReading,
    genres_named,
    header_genre,
    may_not_be_news,
    read_genre,
)
from .kinds import (
    MOST,
    QuestionPlan,
    asks_now_only,
    asks_to_compare,
    exemption_query,
    without_day_cue,
    without_version_cue,
)
from .overview import lead_sentence, side_named, summarize, summarize_side
from .paraphrase import coverage
from .places import absent_places
from .roles import names_holder
from .sources import answer_sources
from .synonyms import article_words_for
from .topics import topic_stems
from .unknown_names import unknown_names
from .versions import (
    StoryVersion,
    VersionChoice,
    choose_version,
    story_versions,
    without_header_words,
)

# A sentence that reads this close to what a mention question asks about may name it in other words
# (``paraphrase``); the best ``MENTION_CLOSE_SENTENCES`` such are looked at.
MENTION_CLOSE_SIMILARITY = 0.15
MENTION_SIMILARITY = 0.45  # ... and one this close names it, if it names the words no article uses
MENTION_CLOSE_SENTENCES = 12
ROLE_PASSAGES = 2  # paragraphs naming a role's holder read beside the retrieved ones
# A sentence naming a two- or three-word thing by its head noun ("bed nets" for "mosquito nets")
# mentions it when its words before the head read this close to the thing (see ``_names_head``).
MENTION_PHRASE_SIMILARITY = 0.5
# "a vigil for the victim" is named by a sentence that names the vigil and reads this close to it all.
MENTION_HEAD_SIMILARITY = 0.35
# A thing with a phrase after it that says which one: "a vigil for the victim", "the cost of the plan".
_POSTMODIFIED = re.compile(
    r"^(?P<head>.+?)\s+(?:for|of|about|over|with|against|from|by|at|on|to)\s+\S", re.IGNORECASE
)
_CONJUNCTION = re.compile(r"\s*(?:,|\band\b|\bor\b|&)\s*", re.IGNORECASE)
# "…mosquito nets in the malaria piece": the tail names where to look, not what to look for.
_SCOPE_TAIL = re.compile(
    r"\s+(?:in|from|within|of)\s+(?:the|this|that|your|any|either)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:article|story|piece|report|coverage|update|obituary|text|articles|stories|case|blog)s?\b.*$"
    r"|\s+(?:in\s+(?:here|there|it|them)|anywhere|at\s+all)\s*$",  # "cargo bikes in here"
    re.IGNORECASE,
)
# Words of a question that ask about the whole collection, not the story a conversation is about.
_WHOLE_COLLECTION = re.compile(
    r"\b(?:all|every|overall|altogether|collection|index|indexed|corpus|archive|you\s+have|"
    r"you(?:'ve|’ve)\s+got|do\s+you\s+hold|of\s+them)\b",
    re.IGNORECASE,
)
TOPIC_RELEVANCE = 0.3  # an article whose best sentence is this close to a topic is about it...
TOPIC_MARGIN = 0.12  # ...when it is not much further from it than the closest article
TOPIC_SHARE = 0.85  # ...and keeps this share of its closeness: a town's library closures, whose councillor
# speaks of "next May's election", are no story about a mayoral election
# A question that names no version is answered from the newest report of a story, unless an earlier
# report answers it clearly better (its best sentence scores this much higher): a fact only the
# first report gives ("the first strike in eleven years") is not lost by preferring the update.
EARLIER_VERSION_MARGIN = 1.1
# A multi-part or list question's parts are each looked for in the question's story (the article of
# its best paragraph) too, this many new paragraphs per part: the whole question's search favours the
# words of one part or one item, and the paragraph with another may not be among those it returns.
PART_PASSAGES = 3
# Words with which a follow-up points back to what was just said.
POINTING_WORDS = frozenset(
    {"it", "its", "this", "that", "these", "those", "they", "them", "their", "he", "she", "his", "her"}
    | {"there"}
)
# Sentences of the last answer looked up to find the article it quoted.
ANSWER_SENTENCES_MATCHED = 3
# Articles whose sources one answer lists, when the question names none of several.
MAX_SOURCE_ARTICLES = 3
# "Compare the two universities' cuts", "sum up both reports": up to this many articles are summed up
# in this many sentences each (more stories get a lead sentence each).
SEVERAL_SUMMARIES = 3
SEVERAL_SUMMARY_SENTENCES = 3
# "What's new in the update?": the latest report's sentences that read no closer than this to any of
# an earlier report's (a figure restated, 0.8 and up, is not new; "four more died" beside "two died" is)
NEW_SENTENCE_SIMILARITY = 0.75
NEW_SUMMARY_SENTENCES = 4


class CorpusView(Protocol):
    """What the router reads besides the retrieved passages."""

    def articles(self) -> list[ArticleInfo]: ...

    def possible_versions(self, article_id: str) -> list[ArticleInfo]: ...

    def article_passages(self, article_id: str) -> list[Passage]: ...

    def lead(self, article_id: str) -> str: ...

    def lead_passage(self, article_id: str) -> Passage | None: ...

    def leads(self, article_ids: Sequence[str]) -> dict[str, str]: ...

    def following(self, passages: Sequence[Passage], count: int) -> list[Passage]: ...

    def search(
        self, queries: list[str], top_k: int, article_ids: Sequence[str] | None, query_vectors: np.ndarray
    ) -> list[Passage]: ...


@dataclass(slots=True)
class Routed:
    """The draft, and the passages it was made from when they differ from the ones retrieved."""

    draft: Draft
    passages: list[Passage] | None = None
    notes: list[str] = field(default_factory=list)


class AnswerRouter:
    """Answers a classified question from the corpus."""

    def __init__(
        self,
        corpus: CorpusView,
        embeddings: SentenceEmbeddings,
        keywords: KeywordIndex,
        extractive: ExtractiveAnswerer,
        top_k: int,
        last_answer: str = "",
    ) -> None:
        self.corpus = corpus
        self.embeddings = embeddings
        self.keywords = keywords
        self.extractive = extractive
        self.top_k = top_k
        self.last_answer = last_answer  # the assistant's previous turn, for "who is quoted in it?"

    def answer(
        self,
        plan: QuestionPlan,
        question: str,
        queries: list[str],
        passages: list[Passage],
        query_vectors: np.ndarray,
        article_ids: Sequence[str] | None = None,
    ) -> Routed:
        if plan.kind not in ("mention", "about_article") and (
            absent := self._unknown_names(question, places=True)
        ):
            # "what's the rental policy in puerto verdeluz?", "what's the weather in lisbon?": about a
            # place or a name no article names, however close the rest of the question reads to a paragraph
            named = ", ".join(f"“{name}”" for name in absent)
            return Routed(abstention(f"no article names {named}"))
        # ("compare the cuts at Aldbridge and Vesterholm": two stories named, though not "both"; "how big
        # was it at first compared with now?" compares a story's reports, told as then and now)
        compares = asks_to_compare(question) and not (plan.then_and_now or plan.version)
        if not article_ids and (plan.several or compares):
            several = self._several(question, passages, dated=plan.timeline, by_name=not plan.several)
            if several is not None:
                return several
        if plan.kind == "about_article":
            return self._about_article(plan, question, queries, passages, query_vectors, article_ids)
        if plan.kind == "overview":
            return self._overview(plan, question, queries, passages, query_vectors, article_ids)
        if plan.kind == "mention":
            return self._mention(plan, question, passages, article_ids)
        if len(queries) > 1 and not article_ids and passages and self._about_the_last_answer(question):
            passages = self._in_answered_article(queries, passages, query_vectors)
        return self._extract(plan, queries, passages, query_vectors, article_ids)

    def _about_the_last_answer(self, question: str) -> bool:
        """A follow-up that points back ("When did this happen?", "who paid for it?") and names
        nothing rare of its own: it asks about the story of the answer just given."""
        return bool(set(words(question)) & POINTING_WORDS) and not anchor_terms(question, self.keywords)

    def _in_answered_article(
        self, queries: list[str], passages: list[Passage], query_vectors: np.ndarray
    ) -> list[Passage]:
        """The passages of the article the last answer came from, when it can be told; else ``passages``.

        After a summary of one of two library-closure stories, "When did this happen?" is about that
        one, though the words of the conversation fit both.
        """
        answered = self._answered_article(self.corpus.articles())
        if not answered or all(p.article_id == answered[0].article_id for p in passages):
            return passages
        scoped = self.corpus.search(queries, len(passages), [answered[0].article_id], query_vectors)
        return scoped or passages

    # ------------------------------------------------------------------ which article

    def targets(
        self,
        plan: QuestionPlan,
        question: str,
        queries: list[str],
        passages: Sequence[Passage],
        query_vectors: np.ndarray,
        article_ids: Sequence[str] | None,
    ) -> tuple[list[ArticleInfo], VersionChoice | None]:
        """The article(s) a question about "the article" means, and the version chosen for a story
        reported more than once."""
        articles = self.corpus.articles()
        if article_ids:
            chosen = [a for a in articles if a.article_id in set(article_ids)]
        elif len(articles) <= 1:
            chosen = list(articles)
        else:
            topic = topic_stems(question)
            if topic:
                chosen = self._best_match(topic, articles, passages)
            elif named := self._named_by_day_or_kind(plan, question, articles):
                chosen = named
            elif len(queries) > 1 and passages:  # a follow-up: the article the conversation is about
                # the one the last answer quoted; else named by the earlier turns' topic ("Anything on
                # a bank merger?" before "Give me the main points."); else the best paragraph's
                context_vector = np.asarray(query_vectors)[1:2]
                chosen = self._answered_article(articles) or self._conversation_article(
                    queries[1], context_vector, articles, len(passages)
                )
                chosen = chosen or [a for a in articles if a.article_id == passages[0].article_id]
            else:
                chosen = list(articles)
        if len(chosen) != 1:
            return chosen, None
        versions = self._versions(chosen[0].article_id, articles)
        if not versions:
            return chosen, None
        unpinned = not article_ids and plan.version is None and not plan.weekday and not plan.date_named
        topic = topic_stems(question) if unpinned else set()
        if _header_names(chosen[0], topic) and not any(
            _header_names(v.info, topic) for v in versions if v.info.article_id != chosen[0].article_id
        ):
            return chosen, None  # "the Interior Chronicle piece": that report, of those of its story
        choice = choose_version(plan, versions)
        return [a for a in articles if a.article_id == choice.article_id], choice

    def _named_by_day_or_kind(
        self, plan: QuestionPlan, question: str, articles: Sequence[ArticleInfo]
    ) -> list[ArticleInfo]:
        """The articles a question names by their day ("sum up Monday's report") or their kind ("who
        wrote the obituary?") instead of their topic; [] when it names neither, or no article fits."""
        if plan.weekday:
            on_the_day = [a for a in articles if _weekday(a.date) == plan.weekday]
            if on_the_day:
                return on_the_day
        asked = [g for g in genres_named(question) if g != NEWS_REPORT]
        if asked:
            leads = self.corpus.leads([a.article_id for a in articles])
            return [a for a in articles if self._genre_of(a, lead=leads.get(a.article_id, "")).genre in asked]
        return []

    def _answered_article(self, articles: Sequence[ArticleInfo]) -> list[ArticleInfo]:
        """The one article the assistant's last answer came from: the one whose headline it gives in
        quotes, or whose sentences it quotes word for word (an extractive answer does); [] when it
        names or quotes none, or several.

        The earlier questions' words may fit two articles alike (two library closures), while the
        answer the reader just read came from one: "who is quoted in it?" asks about that one.
        """
        text = strip_markers(self.last_answer)
        if not text:
            return []
        titled = [a for a in articles if a.title and f"“{a.title}”" in text]
        if len(titled) == 1:
            return titled
        quoted = [s for s in (text[a:b].strip() for a, b in split_sentences(text)) if len(s.split()) >= 6]
        if not quoted:
            return []
        found = self.keywords.search(" ".join(quoted[:ANSWER_SENTENCES_MATCHED]), self.top_k)
        candidates = list(dict.fromkeys(parse_paragraph_id(key)[0] for key, _ in found))
        holding = [
            article_id
            for article_id in candidates
            if any(s in p.text for p in self.corpus.article_passages(article_id) for s in quoted)
        ]
        return [a for a in articles if a.article_id == holding[0]] if len(holding) == 1 else []

    def _conversation_article(
        self, context: str, context_vector: np.ndarray, articles: Sequence[ArticleInfo], top_k: int
    ) -> list[ArticleInfo]:
        """The article the earlier turns of a conversation are about, found with their words alone
        (``context``, already embedded as ``context_vector``): the question's own ("Give me the main
        points.") would find any article."""
        earlier = topic_stems(context)
        if not earlier:
            return []
        found = self.corpus.search([context], top_k, None, context_vector)
        return self._best_match(earlier, articles, found)

    def _conversation_story(
        self,
        question: str,
        queries: list[str],
        query_vectors: np.ndarray,
        articles: Sequence[ArticleInfo],
        top_k: int,
    ) -> list[ArticleInfo]:
        """The reports of the story a conversation is about, when it was reported more than once and
        the question has no words of its own for the whole collection ("of all the articles", "you
        have"); else []. A follow-up "which is the newest report?" asks about that story's reports."""
        if len(queries) < 2 or _WHOLE_COLLECTION.search(question):
            return []
        chosen = self._conversation_article(queries[1], np.asarray(query_vectors)[1:2], articles, top_k)
        if len(chosen) != 1:
            return []
        return [v.info for v in self._versions(chosen[0].article_id, articles)]

    def _best_match(
        self, topic: set[str], articles: Sequence[ArticleInfo], passages: Sequence[Passage]
    ) -> list[ArticleInfo]:
        weights = {t: self.keywords.idf(t) for t in topic}
        total = sum(weights.values()) or 1.0
        retrieval: dict[str, float] = {}
        for rank, p in enumerate(passages, 1):
            retrieval[p.article_id] = retrieval.get(p.article_id, 0.0) + 1.0 / rank
        norm = sum(retrieval.values()) or 1.0

        def score(info: ArticleInfo) -> float:
            named = header_stems(info) | set(content_stems(info.article_id.replace("-", " ")))
            title_share = sum(w for t, w in weights.items() if t in named) / total
            return 0.5 * title_share + 0.5 * retrieval.get(info.article_id, 0.0) / norm

        ranked = sorted(articles, key=lambda info: (_header_names(info, topic), score(info)), reverse=True)
        return ranked[:1] if ranked and score(ranked[0]) > 0 else []

    def _reports_of(self, article_id: str) -> set[str]:
        """The articles that report the same story as ``article_id`` (itself among them)."""
        versions = self._versions(article_id, self.corpus.possible_versions(article_id))
        return {v.info.article_id for v in versions} | {article_id}

    def _versions(self, article_id: str, articles: Sequence[ArticleInfo]) -> list[StoryVersion]:
        return story_versions(article_id, articles, self.corpus.lead, self.embeddings.encode_cached)

    # ------------------------------------------------------------------ kinds

    def _about_article(
        self,
        plan: QuestionPlan,
        question: str,
        queries: list[str],
        passages: Sequence[Passage],
        query_vectors: np.ndarray,
        article_ids: Sequence[str] | None,
    ) -> Routed:
        articles = self.corpus.articles()
        if not articles:
            return Routed(Draft("The index holds no articles.", [], abstain_reason="the index is empty"))
        if plan.fields and plan.fields[0] == "genre":
            return self._genre(plan, question, queries, passages, query_vectors, article_ids)
        if plan.fields and plan.fields[0] in ("authors", "outlets"):
            field = "author" if plan.fields[0] == "authors" else "outlet"
            most = MOST.search(question) is not None
            return Routed(answer_people(articles, len(articles), field, most=most))
        if plan.fields and plan.fields[0] in ("newest", "oldest"):
            topic = topic_left(question, topic_stems(question))
            pool: Sequence[ArticleInfo] = articles
            words = _topic_words(question) if topic else ""
            if topic:  # "the oldest article on the wildfire": of those about it
                pool = self._articles_about(topic, " ".join(sorted(topic)), articles, passages)
                pool = self._with_other_versions(pool, articles)
            elif story := self._conversation_story(question, queries, query_vectors, articles, len(passages)):
                # "Which report is the latest?" after a question about a story told twice: of its reports
                pool, words = story, "this story"
            if topic and not pool:
                return Routed(answer_catalog([], len(articles), topic=words))
            return Routed(answer_by_date(pool, len(articles), plan.fields[0] == "newest", topic=words))
        when = date_filter(question) if plan.fields and plan.fields[0] in ("count", "list") else None
        if when is not None:
            # "which articles came out in October?": by their dates, then by any topic left
            dated = [a for a in articles if when.matches(a.date)]
            rest = topic_left(question, topic_stems(question))
            if rest and dated:
                on_it = self._articles_about(rest, " ".join(sorted(rest)), articles, passages)
                dated = [a for a in dated if a in on_it]
            return Routed(answer_catalog(dated, len(articles), topic=when.words(), relation="dated"))
        if plan.fields and plan.fields[0] in ("count", "list"):
            topic = topic_stems(question)
            if not topic or (plan.fields[0] == "count" and not plan.subject):
                return Routed(answer_catalog(articles, len(articles), count_only=plan.fields[0] == "count"))
            named, relation, name_stems = named_by_header(question, articles)
            rest = topic - name_stems
            if named:  # "which stories did Helen Marsh write?", "anything from the Tribune?"
                if rest:  # "...write about the fire?": those of them about it, if any
                    on_it = self._articles_about(rest, " ".join(sorted(rest)), articles, passages)
                    named = [a for a in named if a in on_it] or named
                return Routed(answer_catalog(named, len(articles), topic=relation[1], relation=relation[0]))
            about = self._articles_about(topic, plan.subject or " ".join(sorted(topic)), articles, passages)
            about = self._with_other_versions(about, articles)
            return Routed(answer_catalog(about, len(articles), topic=plan.subject or _topic_words(question)))
        topic = topic_stems(question)
        many = _MANY_ASKED.search(question) is not None
        if plan.fields in (("outlet",), ("author",)) and many and topic and not article_ids:
            # "which outlets covered the Merrow Lake fire?": each report's, when it was told more than once
            about = self._with_other_versions(
                self._articles_about(topic, " ".join(sorted(topic)), articles, passages), articles
            )
            if len(about) > 1:
                return Routed(answer_fields(about, plan.fields))
        corrections = plan.fields == ("corrections",)
        # "has the ferry article been corrected?": the article its header names; the passages the
        # question retrieves are those that note a correction, whichever article they are in
        if corrections and topic and not article_ids and (by_title := self._best_match(topic, articles, [])):
            # "any corrections on the legionnaires coverage?": every report of the story, unless one is named
            return self._corrections(
                by_title if plan.version else self._with_other_versions(by_title, articles)
            )
        chosen, choice = self.targets(plan, question, queries, passages, query_vectors, article_ids)
        if plan.fields == ("sources",):
            return self._sources(chosen or articles, choice)
        if corrections:
            # "have any of the articles been corrected?": every article, not the one closest to the question
            every = not topic and not article_ids and _ALL_ASKED.search(question) is not None
            return self._corrections(articles if every else chosen or articles)
        draft = answer_fields(chosen or articles, plan.fields)
        if "outlet" in plan.fields and len(chosen) == 1 and not chosen[0].outlet:
            # No outlet in the header: who the article credits for its reporting is the next best answer.
            article = self.corpus.article_passages(chosen[0].article_id)
            return Routed(
                _with_version(answer_credits(draft, plan.fields, article), choice), passages=article
            )
        return Routed(_with_version(draft, choice))

    def _corrections(self, chosen: Sequence[ArticleInfo]) -> Routed:
        """Whether each article notes a correction, quoting the notes."""
        read = [(info, self.corpus.article_passages(info.article_id)) for info in chosen]
        return Routed(answer_corrections(read), passages=[p for _, article in read for p in article])

    def _sources(self, chosen: Sequence[ArticleInfo], choice: VersionChoice | None) -> Routed:
        """Who the article quotes; asked of several articles (none named), each one's in turn."""
        asked = chosen[:MAX_SOURCE_ARTICLES]
        read = [(info, self.corpus.article_passages(info.article_id)) for info in asked]
        draft = answer_sources(read, more=len(chosen) - len(read))
        return Routed(_with_version(draft, choice), passages=[p for _, article in read for p in article])

    def _genre(
        self,
        plan: QuestionPlan,
        question: str,
        queries: list[str],
        passages: Sequence[Passage],
        query_vectors: np.ndarray,
        article_ids: Sequence[str] | None,
    ) -> Routed:
        """What kind of article one is ("is this an obituary?"), or which are of a kind ("any reviews?")."""
        asked = genres_named(question)
        if "list" in plan.fields or "count" in plan.fields:
            articles = [
                a for a in self.corpus.articles() if not article_ids or a.article_id in set(article_ids)
            ]
            leads = self.corpus.leads([a.article_id for a in articles])
            readings = [(a, self._genre_of(a, lead=leads.get(a.article_id, ""))) for a in articles]
            return Routed(answer_genre_catalog(readings, asked))
        chosen, choice = self.targets(plan, question, queries, passages, query_vectors, article_ids)
        readings = [(a, self._genre_of(a, whole=True)) for a in chosen or self.corpus.articles()]
        return Routed(_with_version(answer_genre(readings, asked), choice))

    def _genre_of(self, info: ArticleInfo, whole: bool = False, lead: str | None = None) -> GenreReading:
        """The kind of an article; only those whose header or ``lead`` (read when not given) may show
        another kind than a news report are read in full, unless ``whole``."""
        labelled = header_genre(info)
        if labelled is not None:
            return labelled
        if not whole and not may_not_be_news(self.corpus.lead(info.article_id) if lead is None else lead):
            return GenreReading(NEWS_REPORT, NEWS_EVIDENCE)
        return read_genre(info, [p.text for p in self.corpus.article_passages(info.article_id)])

    def _with_other_versions(
        self, found: Sequence[ArticleInfo], articles: Sequence[ArticleInfo]
    ) -> list[ArticleInfo]:
        """The articles found and the other reports of their stories: a story told twice is about the
        same topic both times, though one report may word it further from the reader's words."""
        ids = [a.article_id for a in found]
        for info in found:
            ids += [v.info.article_id for v in self._versions(info.article_id, articles)]
        by_id = {a.article_id: a for a in articles}
        return [by_id[i] for i in dict.fromkeys(ids) if i in by_id]

    def _articles_about(
        self, topic: set[str], topic_text: str, articles: Sequence[ArticleInfo], passages: Sequence[Passage]
    ) -> list[ArticleInfo]:
        """Articles about a topic: named by their header, or holding a paragraph close to the topic."""
        by_id = {a.article_id: a for a in articles}
        named = [a for a in articles if topic & header_stems(a)]
        vector = self.embeddings.encode_cached([topic_text])[0]
        best: dict[str, float] = {}
        for p in self.corpus.search([topic_text], max(self.top_k, 10), None, vector[None, :]):
            found = self.embeddings.sentence_vectors([p.text])[0]
            closeness = max(float((found.vectors @ vector).max()), p.dense_score or 0.0)
            best[p.article_id] = max(best.get(p.article_id, 0.0), closeness)
        top = max(best.values(), default=0.0)
        # About the topic: close enough in absolute terms, and not far behind the closest article.
        close = [
            a
            for a, c in sorted(best.items(), key=lambda kv: -kv[1])
            if c >= TOPIC_RELEVANCE and c >= top - TOPIC_MARGIN and c >= TOPIC_SHARE * top
        ]
        ids = list(dict.fromkeys([a.article_id for a in named] + close))
        return [by_id[i] for i in ids if i in by_id]

    def _overview(
        self,
        plan: QuestionPlan,
        question: str,
        queries: list[str],
        passages: Sequence[Passage],
        query_vectors: np.ndarray,
        article_ids: Sequence[str] | None,
    ) -> Routed:
        topic = topic_stems(question)
        known = [t for t in topic if self.keywords.knows(t)]
        if topic and len(known) < len(topic) / 2:
            # a word no paragraph uses may name an article by its header: "the Interior Chronicle piece"
            headers = set().union(*(header_stems(a) for a in self.corpus.articles()))
            known += [t for t in topic if t in headers and t not in known]
        if topic and len(known) < len(topic) / 2:
            # "What's happening with X?" where no article speaks of X: no summary of something else.
            return Routed(
                Draft(
                    f"None of the indexed articles is about {_topic_words(question)}.",
                    [],
                    abstain_reason="the topic's words are in no article: "
                    + ", ".join(sorted(set(topic) - set(known))),
                )
            )
        chosen, choice = self.targets(plan, question, queries, passages, query_vectors, article_ids)
        if not chosen:
            return Routed(Draft("The index holds no articles.", [], abstain_reason="the index is empty"))
        if plan.new_only and choice is None and len(chosen) > 1:
            # "what's new in the update?" naming no story: the one story with an update among the
            # retrieved paragraphs' articles (not every article's: a large index holds thousands)
            told: dict[frozenset[str], list[StoryVersion]] = {}
            for article_id in dict.fromkeys(p.article_id for p in passages):
                versions = self._versions(article_id, self.corpus.possible_versions(article_id))
                if versions:
                    told[frozenset(v.info.article_id for v in versions)] = versions
            if len(told) == 1:
                choice = choose_version(plan, next(iter(told.values())))
        if plan.new_only and choice is not None and len(choice.versions) > 1:
            added = self._what_is_new(choice)
            if added is not None:
                return added
        # A topic named among several articles also steers which sentences the summary picks.
        many = len(self.corpus.articles()) > 1
        topic_vector = np.asarray(query_vectors)[0] if topic_stems(question) and many else None
        if len(chosen) == 1:
            info = chosen[0]
            article = self.corpus.article_passages(info.article_id)
            sentences = self.embeddings.sentence_vectors([p.text for p in article])
            side = side_named(question, header_stems(info), article)
            if side is not None:
                named = self.embeddings.encode_cached([side.phrase])[0]
                focus = np.stack([np.asarray(query_vectors)[0], named])
                draft = summarize_side(article, sentences, side, focus)
                if not draft.abstained:
                    draft.notes.append(f"overview: summary of {info.article_id} on its side {side.phrase!r}")
                    return Routed(_with_version(draft, choice), passages=article)
            draft = summarize(article, sentences, topic_vector)
            if not draft.abstained:
                draft.text = f"In short, “{info.title}”: {draft.text}"
                draft.notes.append(f"overview: extractive summary of {info.article_id}")
            return Routed(_with_version(draft, choice), passages=article)
        return Routed(self._digest(chosen), passages=None)

    def _several(
        self, question: str, passages: Sequence[Passage], dated: bool = False, by_name: bool = False
    ) -> Routed | None:
        """ "Compare the two library closures", "summarize both strike stories": a summary of each
        article on the topic (a lead sentence of each when there are many), when two or more are; None
        (answer as the question's kind says) when fewer are, as for "compare turnout this year with
        four years ago" within one story. Of the articles on the topic, those using the names the
        question asks about are meant when two or more do; ``by_name``: only articles it names count."""
        topic = topic_stems(question)
        if not topic:
            return None
        articles = self.corpus.articles()
        named = named_articles(question, self.keywords)
        if by_name:
            about = [a for a in articles if a.article_id in named]
            if about and {a.article_id for a in about} <= self._reports_of(about[0].article_id):
                return None  # "how many calls early on compared with later?": one story's reports
        else:
            about = self._articles_about(topic, _topic_words(question), articles, passages)
            if len([a for a in about if a.article_id in named]) >= 2:
                about = [a for a in about if a.article_id in named]  # not a third story on "cuts"
        about = self._with_other_versions(about, articles)  # a story's every report
        if len(about) < 2:
            return None
        about = sorted(about, key=lambda a: a.date or "")  # a story and its update: in the order told
        summed = self._summaries(about) if len(about) <= SEVERAL_SUMMARIES and not dated else None
        draft = summed or self._digest(about, dated=dated)
        draft.notes.append(f"several articles asked about at once: {', '.join(a.article_id for a in about)}")
        return Routed(draft, passages=None)

    def _what_is_new(self, choice: VersionChoice) -> Routed | None:
        """ "What's new in the update?": a summary of the latest report's sentences that no earlier
        report says (none reads closer than ``NEW_SENTENCE_SIMILARITY`` to one of theirs); None when
        every sentence of it was said before."""
        newest = choice.versions[-1].info
        article = self.corpus.article_passages(newest.article_id)
        sentences = self.embeddings.sentence_vectors([p.text for p in article])
        earlier = [
            found.vectors
            for v in choice.versions[:-1]
            for found in self.embeddings.sentence_vectors(
                [p.text for p in self.corpus.article_passages(v.info.article_id)]
            )
            if len(found.spans)
        ]
        if not earlier:
            return None
        said = np.concatenate(earlier)
        fresh = []
        for found in sentences:
            keep = [
                i
                for i, row in enumerate(found.vectors)
                if float((said @ row).max()) < NEW_SENTENCE_SIMILARITY
            ]
            fresh.append(
                SentenceVectors(tuple(found.spans[i] for i in keep), found.vectors[keep])
                if keep
                else SentenceVectors((), found.vectors[:0])
            )
        if not any(found.spans for found in fresh):
            return None
        draft = summarize(article, fresh, length=NEW_SUMMARY_SENTENCES)
        if draft.abstained:
            return None
        day = _day(newest.date)
        earlier_titles = ", ".join(f"“{v.info.title}”" for v in choice.versions[:-1])
        draft.text = (
            f"New in the latest report, “{newest.title}”"
            + (f" ({day})" if day else "")
            + f", beyond what {earlier_titles} said: {draft.text}"
        )
        draft.notes.append(f"overview: what {newest.article_id} adds to the story's earlier reports")
        return Routed(draft, passages=article)

    def _summaries(self, articles: Sequence[ArticleInfo]) -> Draft | None:
        """A short summary of each article (``SEVERAL_SUMMARY_SENTENCES``), each after its headline: a
        comparison of two stories, or of a story's two reports, needs each one's figures, not its lead
        alone. None when no article has a sentence to sum up."""
        parts: list[tuple[str, Draft]] = []
        for info in articles:
            article = self.corpus.article_passages(info.article_id)
            sentences = self.embeddings.sentence_vectors([p.text for p in article])
            summary = summarize(article, sentences, length=SEVERAL_SUMMARY_SENTENCES)
            if not summary.abstained:
                told = ", ".join(x for x in (info.outlet, _day(info.date)) if x)
                parts.append((f"“{info.title}”" + (f" ({told})" if told else ""), summary))
        if not parts:
            return None
        draft = joined_drafts(parts)
        total = len(self.corpus.articles())
        draft.text = f"{len(articles)} of the {total} indexed articles fit. {draft.text}"
        draft.notes.append(f"overview: a summary of each of {len(parts)} articles")
        return draft

    def _digest(self, articles: Sequence[ArticleInfo], dated: bool = False) -> Draft:
        """One lead sentence per article, for "what are these about?" over several articles; each
        after its article's date when ``dated`` ("On Monday 2 November 2026: …", a timeline)."""
        used: list[Passage] = []
        picked: list[SentenceCandidate] = []
        dates: list[str | None] = []
        for info in articles[:8]:
            article = self.corpus.article_passages(info.article_id)
            sentences = self.embeddings.sentence_vectors([p.text for p in article])
            lead = lead_sentence(article, sentences)
            if lead is None:
                continue
            picked.append(SentenceCandidate(len(used), lead.start, lead.end, lead.text))
            used.append(article[lead.passage])
            dates.append(describe_date(info.date, info.date_text) if info.date else None)
        draft = compose(picked, used)
        if dated and all(dates):
            told = zip(dates, picked, strict=True)
            draft.text = " ".join(f"On {day}: {cand.text} [{n}]" for n, (day, cand) in enumerate(told, 1))
        total = len(self.corpus.articles())
        held = (
            f"The index holds {total} articles"
            if len(articles) == total
            else f"{len(articles)} of the {total} indexed articles fit"
        )
        draft.text = f"{held}. {draft.text}"
        draft.notes.append("overview: no single article meant, so a lead sentence of each")
        return draft

    def _mention(
        self,
        plan: QuestionPlan,
        question: str,
        passages: Sequence[Passage],
        article_ids: Sequence[str] | None,
    ) -> Routed:
        subject = _SCOPE_TAIL.sub("", plan.subject).strip() or plan.subject
        scope = list(article_ids) if article_ids else None
        where = "the indexed articles"
        at = question.lower().find(subject.lower())
        prefix = question[:at] + question[at + len(subject) :] if at >= 0 else ""
        prefix_topic = topic_stems(prefix)
        articles = self.corpus.articles()
        if scope is None and prefix_topic and len(articles) > 1:
            named = [
                a
                for a in articles
                if len(
                    prefix_topic
                    & set(content_stems(f"{a.title} {a.dek or ''} {a.article_id.replace('-', ' ')}"))
                )
                >= max(1, len(prefix_topic) // 2)
            ]
            if named:
                scope = [a.article_id for a in named]
                where = "the article" if len(named) == 1 else "those articles"
        vector = self.embeddings.encode_cached([subject])
        found = self.corpus.search([subject], max(self.top_k, 8), scope, vector)
        # "kids and school", "e-books or digital lending": each part on its own can be what is mentioned.
        conjuncts = [set(content_stems(part)) for part in _CONJUNCTION.split(subject)]
        conjuncts = [c for c in conjuncts if c] or [set(content_stems(subject))]
        # "a vigil for the victim": the thing is the vigil, named even where the victim is named otherwise.
        heads = [set(content_stems(h)) for h in _heads(subject)]
        compounds = [part for part in _CONJUNCTION.split(subject) if _plain_compound(part)]
        hits: list[SentenceCandidate] = []
        by_name: set[tuple[int, int]] = set()  # the hits that name the thing, not only read close to it
        if found:
            sentences = self.embeddings.sentence_vectors([p.text for p in found])
            close: list[SentenceCandidate] = []  # sentences that read close without naming it
            for i, (p, sv) in enumerate(zip(found, sentences, strict=True)):
                sims = sv.vectors @ vector[0]
                for (s, e), sim in zip(sv.spans, sims, strict=True):
                    text = p.text[s:e]
                    found_stems = set(content_stems(text))
                    named = any(
                        _mentions_all(part, found_stems) and not _as_name_only(part, text, subject)
                        for part in conjuncts
                    )
                    named = named or self._names_head(compounds, text)
                    by_head = any(
                        _mentions_all(h, found_stems) and not _as_name_only(h, text, subject) for h in heads
                    )
                    named = named or (by_head and float(sim) >= MENTION_HEAD_SIMILARITY)
                    if named:
                        hits.append(SentenceCandidate(i, s, e, text, similarity=float(sim)))
                        by_name.add((i, s))
                    elif float(sim) >= MENTION_CLOSE_SIMILARITY:
                        close.append(SentenceCandidate(i, s, e, text, similarity=float(sim)))
            # A sentence that does not name the thing mentions it when it names it in its own words
            # ("online betting" for "gambling"), or reads close to it and names, if in other words,
            # each of its words no article uses: "card terminals … unable to take card payments" for
            # "card machines not working", but a robotic telescope is no James Webb telescope.
            close = sorted(close, key=lambda c: -c.similarity)[:MENTION_CLOSE_SENTENCES]
            unknown = {
                w for w in cased_words(subject) if not all(self.keywords.knows(s) for s in content_stems(w))
            }
            for cand, found_words in zip(
                close, coverage(subject, [c.text for c in close], self.embeddings), strict=True
            ):
                reads_close = cand.similarity >= MENTION_SIMILARITY and unknown <= found_words.named
                if found_words.whole or reads_close:
                    hits.append(cand)
        if not hits:
            return Routed(
                Draft(
                    f"No: I found no mention of {subject} in {where}.",
                    [],
                    abstain_reason=f"no sentence mentions {subject!r}",
                    notes=["mention: nothing found"],
                )
            )
        if by_name:
            # A sentence that names the thing mentions it; one that only reads close to it ("Israeli
            # policy" for "the Israeli prime minister") merely brushes the topic, and is not quoted.
            hits = [h for h in hits if (h.passage, h.start) in by_name]
        hits.sort(key=lambda c: -c.similarity)
        best: list[SentenceCandidate] = []
        for hit in hits:
            if len(best) >= 2:
                break
            if all(h.passage != hit.passage for h in best):
                best.append(hit)
        quoted = compose(best, found)
        titles = list(dict.fromkeys(c.title for c in quoted.citations))
        named = " and ".join(f"“{t}”" for t in titles)
        quoted.text = f"Yes, {named} mention{'s' if len(titles) == 1 else ''} it: {quoted.text}"
        quoted.notes.append(f"mention: {len(hits)} sentence(s) mention {subject!r}")
        return Routed(quoted, passages=found)

    def _unknown_names(self, question: str, places: bool = False) -> list[str]:
        """The names in the question that no article uses, in its text or its header (``unknown_names``;
        with ``places``, also the places it names that no article does: ``absent_places``)."""
        names = unknown_names(question, self.keywords.knows, self.keywords.terms)
        if places:
            names += [p for p in absent_places(question, self.keywords.knows) if p not in names]
        if names:  # an outlet or a writer is named in the header only ("the Alpenland Courier's piece")
            header = {w for info in self.corpus.articles() for w in words(" ".join(info.header_lines()))}
            names = [name for name in names if not set(words(name)) <= header]
        return names

    def _names_head(self, compounds: Sequence[str], sentence: str) -> bool:
        """True when the sentence names one of the compounds by its head noun, with another word of
        its own in front ("bed nets" for "mosquito nets").

        The reader's words in front of the head must be words no article uses (the reader's own name
        for the thing: "mosquito" where the article says "bed"), and the sentence's words before the
        head must read close to the compound (``MENTION_PHRASE_SIMILARITY``): "a panel of judges"
        does not mention solar panels.
        """
        tokens = words(sentence)
        for compound in compounds:
            stems = content_stems(compound)
            head, modifiers = stems[-1], stems[:-1]
            if any(self.keywords.knows(t) and t not in content_stems(sentence) for t in modifiers):
                continue
            if len(modifiers) >= 2 and not any(self.keywords.knows(t) for t in modifiers):
                continue  # "the james webb telescope": a name no article uses, not a kind of telescope
            for i, token in enumerate(tokens):
                if i == 0 or not _mentions_all({head}, set(content_stems(token))):
                    continue
                if _as_name_only({head}, sentence, compound):
                    continue  # "Chief executive Grant Fenwick said…" names no "lottery grant"
                before = tokens[max(0, i - len(modifiers)) : i]
                if not before or any(w in FUNCTION_WORDS for w in before):
                    continue  # "rather than evidence" names no "DNA evidence": no word of its own in front
                phrase = " ".join([*before, token])
                vectors = self.embeddings.encode_cached([compound, phrase])
                if float(vectors[0] @ vectors[1]) >= MENTION_PHRASE_SIMILARITY:
                    return True
        return False

    def _extract(
        self,
        plan: QuestionPlan,
        queries: list[str],
        passages: list[Passage],
        query_vectors: np.ndarray,
        article_ids: Sequence[str] | None,
    ) -> Routed:
        if not passages:
            return Routed(self.extractive.answer(queries, passages, query_vectors, self.keywords, plan))
        article_id = passages[0].article_id
        named = named_articles(queries[0], self.keywords)
        if named and article_id not in named:
            # "which minister went down to the Trauen…?": the story that names the Trauen, though a
            # paragraph of another reads closer
            article_id = next((p.article_id for p in passages if p.article_id in named), article_id)
        versions = self._versions(article_id, self.corpus.possible_versions(article_id))
        if not versions:
            passages = self._with_role_passages(
                plan, queries, self._with_part_passages(plan, queries, passages)
            )
            draft = self._read(plan, queries, passages, query_vectors)
            if plan.answer_type and _not_given(draft):
                # "What did she die of?": the paragraph that gives it may share few words with the
                # question ("died on Saturday at her home" does); look further in the same article.
                wider = passages + self._further_in_article(queries, passages, query_vectors)
                if len(wider) > len(passages):
                    again = self._read(plan, queries, wider, query_vectors)
                    if not again.abstained:
                        return Routed(again, passages=wider)
            return Routed(draft)
        if plan.then_and_now and len(versions) > 1:
            told = self._then_and_now(plan, queries, versions, len(passages), query_vectors)
            if told is not None:
                return told
        choice = choose_version(plan, versions)
        if not (plan.version or plan.date_named or plan.weekday):
            choice = _named_version(queries[0], versions) or choice
        scoped = self._version_passages(plan, queries, choice, len(passages), query_vectors)
        content = [without_version_cue(queries[0]) or queries[0], *queries[1:]] if plan.version else queries
        if choice.by_day:  # "as of Monday": the day chose the report, and is not what it must say
            content = [without_day_cue(content[0]) or content[0], *content[1:]]
        chosen = next(v.info for v in versions if v.info.article_id == choice.article_id)
        content = [without_header_words(content[0], chosen) or content[0], *content[1:]]
        draft = self._read(plan, content, scoped, query_vectors)
        now_only = plan.version == "latest" and asks_now_only(queries[0])  # "still", "now": no report named
        # (a weekday that names no report, "what time did it set off on Sunday?", is the news's day)
        if (plan.version is None or now_only) and not (choice.by_day or choice.by_header):
            # The newest version may not hold it, or hold it less well than an earlier report.
            every = self._read(plan, queries, passages, query_vectors)
            if _clearly_better(every, draft):
                return Routed(_from_earlier(every, choice))
            if _not_given(every) and not draft.abstained and _scores_higher(every, draft):
                # "How much is the strike costing local businesses?": the newest report gives the
                # operator's losses; the first report speaks of the businesses' and gives no figure.
                every.notes.append("story reported more than once: an earlier report says this is not given")
                return Routed(every)
        elif draft.abstained:
            # The report the question names gives no answer: the story's other reports may (a later one
            # restates the first's figures, an earlier one what the later left out), said so.
            every = self._read(plan, queries, passages, query_vectors)
            if not every.abstained and {c.article_id for c in every.citations} - {choice.article_id}:
                every.notices.append(
                    f"The report asked about, “{chosen.title}”, does not say this; this answer quotes the "
                    "story's other reports."
                )
                every.notes.append("story reported more than once: the report asked about gives no answer")
                return Routed(every)
        return Routed(_with_version(draft, choice), passages=scoped)

    def _version_passages(
        self,
        plan: QuestionPlan,
        queries: list[str],
        choice: VersionChoice,
        top_k: int,
        query_vectors: np.ndarray,
    ) -> list[Passage]:
        """The passages of the report chosen, for the question; with the report's lead when the question
        chose it by a cue ("when it first broke", "as of 17 February"): a report's lead tells where the
        story stood that day, in words a question about the day may share little with."""
        scoped = self.corpus.search(queries, top_k, [choice.article_id], query_vectors)
        if (plan.version or choice.by_day) and not any(p.paragraph == 1 for p in scoped):
            lead = self.corpus.lead_passage(choice.article_id)
            scoped = [*scoped, lead] if lead is not None else scoped
        return self._with_role_passages(plan, queries, self._with_part_passages(plan, queries, scoped))

    def _with_role_passages(
        self, plan: QuestionPlan, queries: list[str], passages: list[Passage]
    ) -> list[Passage]:
        """The passages, and after them the paragraphs of the best passage's story that name a holder of
        the role a "who's the boss at X?" question asks about (``roles``), ``ROLE_PASSAGES`` at most."""
        roles = plan.roles
        if not roles or not passages:
            return passages
        seen = {(p.article_id, p.paragraph) for p in passages}
        story = [
            p
            for p in self.corpus.article_passages(passages[0].article_id)
            if (p.article_id, p.paragraph) not in seen
        ]
        holders = [
            p for p in story if any(names_holder(p.text[s:e], roles) for s, e in split_sentences(p.text))
        ]
        return [*passages, *holders[:ROLE_PASSAGES]]

    def _then_and_now(
        self,
        plan: QuestionPlan,
        queries: list[str],
        versions: Sequence[StoryVersion],
        top_k: int,
        query_vectors: np.ndarray,
    ) -> Routed | None:
        """ "How big was the search area at first compared with the end?": the earlier report's answer
        (the one the question names by its day, else the first) and the latest's, each after its
        date; None when either has no answer (the question is then answered as usual)."""
        earlier = choose_version(dataclasses.replace(plan, version="first"), versions)
        latest = choose_version(
            dataclasses.replace(plan, version="latest", weekday=None, date_named=None), versions
        )
        if earlier.article_id == latest.article_id:
            return None
        content = [without_day_cue(without_version_cue(queries[0])) or queries[0], *queries[1:]]
        drafts = []
        for choice in (earlier, latest):
            cued = dataclasses.replace(plan, version="first" if choice is earlier else "latest")
            scoped = self._version_passages(cued, queries, choice, top_k, query_vectors)
            draft = self._read(plan, content, scoped, query_vectors)
            if draft.abstained:
                return None
            told = next(v for v in versions if v.info.article_id == choice.article_id)
            drafts.append((f"In the report of {day_of(told.info, weekday=True)}", draft))
        draft = joined_drafts(drafts)
        draft.notes.append(
            f"story reported {len(versions)} times; "
            f"the question sets {earlier.article_id} beside {latest.article_id}"
        )
        return Routed(draft)

    def _further_in_article(
        self, queries: list[str], passages: list[Passage], query_vectors: np.ndarray
    ) -> list[Passage]:
        """The next best paragraphs of the best passage's article, up to ``PART_PASSAGES``, not yet read."""
        seen = {(p.article_id, p.paragraph) for p in passages}
        return self._more_of_story(queries, query_vectors, passages[0].article_id, seen, len(passages))

    def _more_of_story(
        self, queries: list[str], query_vectors: np.ndarray, story: str, seen: set[tuple[str, int]], read: int
    ) -> list[Passage]:
        """Up to ``PART_PASSAGES`` paragraphs of ``story``, best for ``queries``, that are not in
        ``seen`` (which they are added to); ``read`` of the story's paragraphs may already be there."""
        new: list[Passage] = []
        for p in self.corpus.search(queries, read + PART_PASSAGES, [story], query_vectors):
            if (p.article_id, p.paragraph) not in seen and len(new) < PART_PASSAGES:
                seen.add((p.article_id, p.paragraph))
                new.append(p)
        return new

    def _read(
        self, plan: QuestionPlan, queries: list[str], passages: list[Passage], query_vectors: np.ndarray
    ) -> Draft:
        """The extractive answer; a list, reason or reaction answer may read on into the paragraphs
        after those it quotes from (``FOLLOWING_PARAGRAPHS`` each), where its point often goes on."""

        def following(found: Sequence[Passage]) -> list[Passage]:
            return self.corpus.following(found, FOLLOWING_PARAGRAPHS)

        read_on = following if reads_on(plan) else None
        if plan.kind == "lookup" and passages:
            # The best paragraph's story's lead is read too: it holds the story's main facts (who won,
            # in what time), which a reader may ask for in words another paragraph shares more of.
            story = passages[0].article_id
            if not any(p.article_id == story and p.paragraph == 1 for p in passages):
                lead = self.corpus.lead_passage(story)
                passages = [*passages, lead] if lead is not None else passages
        return self.extractive.answer(queries, passages, query_vectors, self.keywords, plan, read_on)

    def _with_part_passages(
        self, plan: QuestionPlan, queries: list[str], passages: list[Passage]
    ) -> list[Passage]:
        """The passages, and after them each part's next best paragraphs from the question's story.

        "Where are the talks, and when is the delegation due to arrive?": the whole question's
        search favours the paragraphs about the talks, and the one saying when the delegation
        arrives may not be among them. Each part (a list question's one) is looked for again within
        the article of the best paragraph; ``PART_PASSAGES`` new paragraphs each at most.
        """
        if not passages:
            return passages
        exempt = exemption_query(queries[0])
        if exempt is not None:
            # "Who doesn't have to follow the ban?": the paragraph giving the exemptions shares few
            # of its words; look for it in the story in the words news uses for them.
            story = passages[0].article_id
            seen = {(p.article_id, p.paragraph) for p in passages}
            in_story = sum(p.article_id == story for p in passages)
            exempt_queries = [exempt, *queries[1:]]
            vectors = self.embeddings.encode_cached(exempt_queries)
            passages = passages + self._more_of_story(exempt_queries, vectors, story, seen, in_story)
        if plan.kind != "multi_part":
            return passages
        story = passages[0].article_id
        seen = {(p.article_id, p.paragraph) for p in passages}
        in_story = sum(p.article_id == story for p in passages)
        found = list(passages)
        context = list(queries[1:])
        for part in plan.parts or (queries[0],):
            part_queries = [part, *context]
            vectors = self.embeddings.encode_cached(part_queries)
            found += self._more_of_story(part_queries, vectors, story, seen, in_story)
        return found


# "any of the articles", "the stories", "all of them": the question asks of every article.
_ALL_ASKED = re.compile(
    r"\b(?:any|all|each|every|either|both)\s+(?:of\s+)?(?:the|your|these|those|them)?\s*"
    r"(?:articles|stories|pieces|reports)?\b|\bthe\s+(?:articles|stories|pieces|reports)\b",
    re.I,
)
# Several outlets or writers asked for: "which papers covered…", "who were the reporters on…".
_MANY_ASKED = re.compile(
    r"\b(?:outlets|publications|newspapers|papers|sites|websites|agencies|magazines|writers|authors|reporters|"
    r"journalists)\b",
    re.I,
)


# A surname beside a capitalised word makes it part of a person's name: "Fenwick" is 2.8 on wordfreq's
# Zipf scale, "Branch" or "Investigation" (in an organisation's name) above 4.
NAME_PART_ZIPF = 3.5


def _as_name_only(stems: set[str], text: str, asked: str) -> bool:
    """True when the reader wrote these words in lower case ("a grant", "a lottery grant") and ``text``
    has them only inside a person's name, beside a word English hardly uses ("Chief executive Grant
    Fenwick said…"). A name the reader asked for ("red cross", "manitoba") or an
    organisation's ("the Marine Accident Investigation Branch" for "accident investigators") is a
    mention."""
    typed = [w for w in cased_words(asked) if set(content_stems(w)) & stems]
    if any(w[:1].isupper() or english_zipf(w.lower()) < NAME_PART_ZIPF for w in typed):
        return False  # "Grant", or "brondum": a name, asked for as one
    asked_stems = set(content_stems(asked))
    cased = cased_words(text)
    found = [i for i, w in enumerate(cased) if set(content_stems(w)) & stems]

    def in_a_name(i: int) -> bool:
        run = [i]
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(cased) and cased[j][:1].isupper():
                run.append(j)
                j += step
        others = [cased[j] for j in run if j != i and not set(content_stems(cased[j])) & asked_stems]
        return cased[i][:1].isupper() and any(english_zipf(w.lower()) < NAME_PART_ZIPF for w in others)

    return bool(found) and all(in_a_name(i) for i in found)


def header_stems(info: ArticleInfo) -> set[str]:
    """The content stems of the article's headline, dek, byline and outlet: the words that name it."""
    return set(content_stems(" ".join([info.title, info.dek or "", info.byline or "", info.outlet or ""])))


def _header_names(info: ArticleInfo, topic: set[str]) -> bool:
    """Whether the article's header holds every topic word ("the Interior Chronicle piece")."""
    return bool(topic) and topic <= header_stems(info)


def named_by_header(
    question: str, articles: Sequence[ArticleInfo]
) -> tuple[list[ArticleInfo], tuple[str, str], set[str]]:
    """The articles whose writer or outlet the question names ("did Helen Marsh write", "from the
    Tribune"), how they relate to it ("by", "Helen Marsh"), and the question's words naming it.

    A name counts when the question holds all its words, or its last word (a surname, an outlet's own
    word such as "Tribune") written with a capital.
    """
    asked = set(content_stems(question))
    after_first = question.split(None, 1)[1:]  # the question's opening capital names no one
    capitalised = {s for w in re.findall(r"\b[A-Z][\w'’-]+", " ".join(after_first)) for s in content_stems(w)}
    # (a byline's writers without their roles: "Helen Marsh, Transport Correspondent" is Helen Marsh)
    for relation, names_of in (("by", lambda a: writers(a.byline)), ("from", lambda a: [a.outlet or ""])):
        found: list[ArticleInfo] = []
        names: dict[str, set[str]] = {}
        for info in articles:
            for name in names_of(info):
                stems = set(content_stems(name))
                last = content_stems(name.split()[-1]) if name.split() else []
                if stems and (stems <= asked or (last and last[0] in capitalised)):
                    found.append(info)
                    names[name] = stems & asked
                    break
        if found:
            wording = " or ".join(names) if len(names) <= 3 else "the names asked for"
            return found, (relation, wording), set().union(*names.values())
    return [], ("", ""), set()


def _day(iso: str | None) -> str | None:
    """An ISO date as a reader writes it ("11 March 2025"), or None when it is missing or malformed."""
    try:
        day = dt.date.fromisoformat((iso or "")[:10])
    except ValueError:
        return None
    return f"{day.day} {day.strftime('%B')} {day.year}"


def _named_version(question: str, versions: Sequence[StoryVersion]) -> VersionChoice | None:
    """The report of a story told more than once that the question names by its outlet or writer
    ("according to the Aegean Morning Post, why…"), when it names exactly one."""
    named, (relation, wording), _ = named_by_header(question, [v.info for v in versions])
    if len(named) != 1:
        return None
    reason = f"the question names the report's {'writer' if relation == 'by' else 'outlet'}, {wording}"
    return VersionChoice(named[0].article_id, tuple(versions), reason, None, by_header=True)


def _weekday(iso: str | None) -> str | None:
    """The day of the week of an ISO date ("monday"), or None when it is missing or malformed."""
    try:
        return dt.date.fromisoformat((iso or "")[:10]).strftime("%A").lower()
    except ValueError:
        return None


def _topic_words(text: str) -> str:
    stems = topic_stems(text)
    kept = [w for w in words(text) if set(content_stems(w)) & stems]
    return " ".join(kept) or text


def _plain_compound(phrase: str) -> bool:
    """Two or three words that all carry meaning ("mosquito nets", "solar power plants"): a noun named
    with its modifiers, with no "of", "for", "the" that would make it a phrase of its own ("e-books" is
    one word)."""
    tokens = phrase.split()
    return 2 <= len(tokens) <= 3 and all(len(content_stems(t)) == 1 for t in tokens)


def _heads(subject: str) -> list[str]:
    """The things a mention question asks about without the phrases after them that say which
    ("a vigil" of "a vigil for the victim"); none for a thing without such a phrase."""
    heads = []
    for part in _CONJUNCTION.split(subject):
        match = _POSTMODIFIED.match(part.strip())
        if match and content_stems(match.group("head")):
            heads.append(match.group("head"))
    return heads


def _mentions_all(wanted: set[str], found: set[str]) -> bool:
    """Every wanted stem is in the sentence, as a word of the same family or inside a longer word
    ("bird" in "seabird"), or as the root of a word for who does it ("fishing" for "fishermen")."""
    if not wanted:
        return False
    prefixes = {t[:5] for t in found if len(t) >= 5}

    def named(t: str) -> bool:
        if t in found or (len(t) >= 5 and t[:5] in prefixes) or article_words_for(t) & found:
            return True
        return len(t) >= 4 and any(t in f for f in found)

    def by_root(t: str) -> bool:
        root = _agent_root(t)
        return root is not None and any(f.startswith(root) for f in found)

    return all(named(t) or by_root(t) for t in wanted)


# A word for who does something is its root and an ending: "fisher·men", "farm·er", "teach·ers".
_AGENT_ENDING = re.compile(r"(?:erm[ae]n|ers?)$")


def _agent_root(stem: str) -> str | None:
    """The root of a word for who does something ("fish" for "fishermen", "farm" for "farmer"), when
    at least four letters are left; else None."""
    root = _AGENT_ENDING.sub("", stem)
    return root if root != stem and len(root) >= 4 else None


def _clearly_better(candidate: Draft, preferred: Draft) -> bool:
    """True when ``candidate`` answers and ``preferred`` abstains or scores clearly lower, or only
    ``candidate`` gives what a why/how question wants (a reason) and scores no lower."""
    if candidate.abstained:
        return False
    if preferred.abstained:
        return True
    return _scores_higher(candidate, preferred)


def _scores_higher(candidate: Draft, preferred: Draft) -> bool:
    """True when ``candidate``'s best sentence scores clearly higher than ``preferred``'s."""
    mine, theirs = candidate.best_score or 0.0, preferred.best_score or 0.0
    if candidate.gives_aspect and not preferred.gives_aspect:
        return mine >= theirs
    return mine > theirs * EARLIER_VERSION_MARGIN


def _not_given(draft: Draft) -> bool:
    """An extractive answer saying the articles do not give what is asked, quoting what they say."""
    return draft.abstained and bool(draft.citations)


def _from_earlier(draft: Draft, choice: VersionChoice) -> Draft:
    """An answer from all versions of a story: say which reports it quotes when not only the newest."""
    newest = choice.versions[-1].info
    cited = {c.article_id for c in draft.citations}
    if cited == {newest.article_id}:
        return _with_version(draft, choice)
    titles = [v.info for v in choice.versions if v.info.article_id in cited]
    if titles:  # (an answer from another story altogether says nothing about this one's versions)
        named = ", ".join(f"“{a.title}” ({a.date[:10] if a.date else 'undated'})" for a in titles)
        draft.notices.append(
            f"This story was reported more than once; the latest report, “{newest.title}”, does not say "
            f"this as clearly, so this answer quotes {named}."
        )
        draft.notes.append("story reported more than once: an earlier report answers better than the newest")
    return draft


def _with_version(draft: Draft, choice: VersionChoice | None) -> Draft:
    if choice is None:
        return draft
    draft.notes.append(
        f"story reported {len(choice.versions)} times; answered from {choice.article_id} ({choice.reason})"
    )
    if choice.notice and not draft.abstained:
        draft.notices.append(choice.notice)
    return draft
