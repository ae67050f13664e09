"""Answer from retrieved paragraphs: the offline extractive answerer and the citation helpers.

The extractive answerer quotes the sentence(s) that best answer the question, each followed by a
marker [n] pointing to its paragraph. A sentence is scored on how close it is in meaning to the
question, how much of the question's wording (or word family) it covers, and whether it holds what
the question asks for: a number for "how many", a date for "when", a name for "who", a reason for
"why". It abstains when no sentence is good enough, which keeps it from "answering" questions the
articles never address, and says plainly when an article speaks of the subject but never gives the
fact asked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from ..index.embeddings import SentenceEmbeddings
from ..retrieval.hybrid import KeywordIndex
from ..text import (
    CITATION_MARKER,
    CORRECTION_NOTE,
    FUNCTION_WORDS,
    NOT_NAMES,
    content_stems,
    english_zipf,
    is_name_like,
    words,
)
from ..types import Citation, CitationCheck, Passage
from .kinds import AnswerType, QuestionPlan, asks_exemption
from .measures import measured_unit
from .roles import names_holder
from .synonyms import article_words_for

ABSTAIN_TEXT = "I could not find an answer to that in the indexed articles."
# How much of a sentence's score is meaning (the rest is wording the question shares).
SIMILARITY_WEIGHT = 0.6
# A sentence without what the question asks for (no number for "how many") keeps this share of its score.
MISSING_TYPE_PENALTY = 0.7
TYPE_BONUS = 0.05  # ...and one with it gains this much
# ...and more when the value stands next to the question's own words ("cancelled 412 services" for
# "how many services were cancelled"): it is then the value of what is asked, not of something else.
ATTACHED_BONUS = 0.05
# A "what time…?" question's sentence giving a clock time ("11.40pm") ranks above one giving only a
# part of the day ("late on Monday night"): both answer, the clock time more exactly.
CLOCK_BONUS = 0.05
ATTACH_WINDOW = 5  # words between the value and a word of the question, at most
# ...but the thing a "how many" question counts ("how many *trains*…") is the figure's own noun only
# when it follows the figure closely ("412 of its 640 scheduled services"): "85,000 people use its
# trains" counts people. At most this many words after the figure.
COUNTED_WINDOW = 3
ROLE_BONUS = 0.15  # a sentence naming the holder of the role a "who's the boss?" question asks about
CAUSE_BONUS = 0.04  # a "why"/"how" question's sentence that gives a reason or a means
# A "why" question's sentence that gives no reason keeps this share of its score: it answers "what".
# So does a reaction question's sentence that reports nothing said or done, when the passages do
# report what the one it names said.
NO_ASPECT_SHARE = 0.85
# A story's lead names its event ("…escaped with six gold snuff boxes"), in every word a why/how
# question about it uses, and seldom says how or why: when it gives no reason or means either, it
# keeps this share once more, and a later sentence that gives them ranks above it.
LEAD_SHARE = 0.85
# A reaction question's sentence that reports what someone said or did gains REACTION_BONUS, and
# SPEAKER_BONUS more when that someone is the one the question names ("how did the union react?").
REACTION_BONUS = 0.03
SPEAKER_BONUS = 0.05
# ...and one that reports what someone else said keeps this share of its score: "is the union happy
# with the offer?" is not answered by what the company said of it.
OTHER_SPEAKER_SHARE = 0.8
# A speaker phrase this close in meaning to the one the question names is the same party
# ("the union" ~ "the federation" 0.59; "the union" ~ "the company's chief operating officer" 0.26).
SPEAKER_SIMILARITY = 0.45
# ... or when it holds this share of the words naming the one asked about: "Renwick's defence" is
# "Renwick's lawyers", "Mine operator Quorra" is no "miners' union" (a word of the same family counts 60%)
SPEAKER_WORDS_SHARE = 0.5
# Who speaks is named in this many words at most, a role included ("Dale Prentice, an organiser with the
# Goldfields branch of the Mining and Energy Workers' Union, said…")
SPEAKER_WORDS = 16
# A reader's everyday word found as the word news copy uses for it ("kids": "pupils") counts this share.
SYNONYM_SHARE = 0.6
STORY_WORD_SHARE = 0.3  # a question word in the story's headline, for its sentences' coverage
UNKNOWN_TERM_WEIGHT = 0.5  # a question word found in no article: maybe a synonym, maybe off-topic
# ...and an everyday word found in no article ("deal", "way") counts less still: readers use them
# for whatever the article calls it. Everyday: a Zipf frequency of 5 or more (once per 100,000 words).
EVERYDAY_TERM_WEIGHT = 0.35
EVERYDAY_ZIPF = 5.0
NAME_ZIPF = 4.0  # a capitalised first word this common in English is no name ("Officials", "Critics")
# Share of the shift toward the question without its names that ranks sentences (``focus_shift``).
FOCUS_SHARE = 0.3
MAX_LIST_SENTENCES = 4
# A typed question's value must be near the thing it is asked of: another sentence of the article that
# holds this share of the question's words that the best sentence's paragraph lacks, and is at least
# this close to the question compared with it, is about the thing asked (see ``asked_elsewhere``).
FOCUS_GAP = 0.25
FOCUS_SIMILARITY_SHARE = 0.9
# A sentence this short that names nothing ("Significant obstacles remain.") only announces what the
# next sentence of its paragraph says: that one is quoted too.
SHORT_SENTENCE_WORDS = 12
# A list's items are often spread over an article's paragraphs, each less close to the question
# than the first: another paragraph of the same article joins the list at this share of the best.
LIST_SAME_ARTICLE_SHARE = 0.7
# The sentence after a quote, opening with "He…" or "They…", is quoted too when it is this close
# to the question compared with the quote: it usually carries the rest of what the quote began.
CONTINUATION_SHARE = 0.8
# List, reason and reaction answers read on past the end of a quoted sentence's paragraph into the
# next one (news prose often gives one sentence a paragraph, and develops a point over several):
# this many paragraphs after each paragraph that holds a sentence scoring READ_ON_SHARE of the best
# one (a second quote or a list's item scores at least that).
FOLLOWING_PARAGRAPHS = 2
READ_ON_SHARE = LIST_SAME_ARTICLE_SHARE
# A part of a question whose best sentence is already quoted for an earlier part is answered by
# another sentence of that paragraph holding what it asks for, when it scores this share of the best.
SAME_PARAGRAPH_SHARE = 0.5
# A second sentence is quoted when it scores at least this share of the best one's score...
SECOND_SENTENCE_SHARE = 0.8
# ...or this share when it comes from another article than the best one (mixing stories misleads; a
# lookup, asking for one fact, never quotes another article: only a reason, a reaction or a list may).
OTHER_ARTICLE_SHARE = 0.95
REASON_SENTENCES = 3  # a why / how question's answer quotes up to this many sentences (a reason runs on)
# A why / how answer, a lookup asking for no typed value and each part of a multi-part answer quote
# their sentence's whole paragraph when it has at most this many sentences: a reason or a detail is
# often the sentence after the one that reads closest ("…needed only a draw. Instead he pressed for
# a win…"), and the paragraph is what the citation points to anyway (``with_paragraph``).
REASON_PARAGRAPH_SENTENCES = 4
# A sentence whose article lacks the question's rare words (the names it is about) loses up to this share.
ANCHOR_PENALTY = 0.35
# ...and a sentence from an article that uses none of the names the question asks about (its
# capitalised words, or words no dictionary knows, that few articles use) loses this much more.
NAME_ANCHOR_PENALTY = 0.15
ANCHOR_MAX_PARAGRAPHS = 20  # per article it may be in: bounds the look-up on a large index
# ...and in all: a word in more paragraphs than this names no one story, however many articles
# there are (at 1M paragraphs, naming the articles of a word in 300k of them takes milliseconds).
ANCHOR_MAX_PARAGRAPHS_IN_ALL = 20_000
# Sentence openings that lean on the sentence before them.
_POINTS_BACK = frozenset(
    {
        "it",
        "its",
        "they",
        "their",
        "them",
        "these",
        "those",
        "this",
        "that",
        "he",
        "his",
        "she",
        "her",
        "such",
        "both",
    }
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# A clock time as news prose writes it: "11.40pm", "6pm", "9:15 a.m.", "10.07am", "midnight".
# Also a 24-hour time ("18:30"), and a dotted one after "at" or "by" ("at 7.40", not "at 4.50 percent").
_CLOCK = (
    r"\b\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\b\.?|\b(?:midnight|midday|noon)\b|\b(?:[01]?\d|2[0-3]):[0-5]\d\b|"
    r"\b(?:at|by|until|till|before|after)\s+(?:about\s+|around\s+|roughly\s+|exactly\s+)?(?:[01]?\d|2[0-3])\.[0-5]\d\b"
    r"(?![.,]?\d|\s*(?:%|per\s*cent|percent|million|billion|bn|m\b|points?|metres|meters|km|kg))"
)
_DATE = re.compile(
    rf"{_CLOCK}|\b(?:{_WEEKDAYS}|{_MONTHS})\b|\b(?:today|tomorrow|yesterday|tonight|overnight)\b|"
    r"\b(?:19|20)\d\ds?\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}:\d\d\b|\b[ap]\.m\.|"
    # "14.08" or "14.08.2026" is a day and month; "4.50 percent", "£3.60" and "1.5m" are figures
    r"(?<![$£€¥\d.])\b\d{1,2}\.(?:0?[1-9]|1[0-2])(?:\.\d{2,4})?\b(?![.,]?\d|\s*(?:%|per\s*cent|percent|"
    r"million|billion|trillion|bn|m\b|k\b|points?|basis|times|fold|metres|meters|km|kg|tonnes|hectares))|"
    r"\b(?:next|last|this|coming|following|previous|past)\s+(?:week|weekend|month|year|spring|summer|autumn|"
    rf"fall|winter|decade|{_WEEKDAYS})\b|\b(?:in|within|after|for|over)\s+(?:\d+|a|an|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|a few|a couple of|"
    r"many|more than \w+)\s+(?:days?|weeks?|fortnights?|months?|years?|hours?|decades?)\b|"
    r"\b(?:early|late|mid)[-\s](?:\w+)\b|\bby\s+the\s+end\s+of\b|\b(?:weeks?|months?|days?|years?)\s+(?:ago|later|earlier)\b",
    re.IGNORECASE,
)
_CLOCK_TIME = re.compile(_CLOCK, re.IGNORECASE)
# Parts of the day: they say roughly what time it was ("late on Monday night"), a clock time exactly.
_PART_OF_DAY = re.compile(
    r"\b(?:morning|afternoon|evening|night|overnight|tonight|dawn|daybreak|dusk|nightfall|lunchtime|"
    r"teatime|early\s+hours)\b",
    re.IGNORECASE,
)
# A date that names its day, month or year ("Friday", "March", "the 4th", "2027", "9.15"), not a span
# of time ("next weekend", "in two weeks").
_PRECISE_DATE = re.compile(
    rf"\b(?:{_WEEKDAYS}|{_MONTHS}|today|tomorrow|yesterday|tonight)\b|\d", re.IGNORECASE
)
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"hundreds|thousand|thousands|million|millions|billion|billions|trillion|dozen|dozens|half|"
    r"percent|per\s+cent|double|doubled|tripled|twice|majority|unanimous|unanimously|all"
)
_NUMBER = re.compile(rf"\d(?:[\d,.]*\d)?|%|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
# What a sentence names as the cause of a death: "died of/from/after…", or an illness, injury or
# accident (the words obituaries and reports of deaths use in English).
_DEATH_CAUSE = re.compile(
    r"\b(?:died|dies|die|dying)\s+(?!at\s+(?:the\s+)?age\b)(?:\w+\s+){0,3}?(?:of|from|after|following)\s+"
    r"(?!(?:the\s+)?(?:age|home|hospital|his|her|their)\b)|\bcause\s+of\s+(?:\w+\s+)?death\s+(?:was|is)\b|"
    r"\bdiagnosed\s+with\b|\b(?:cancer|tumou?r|illness|disease|stroke|heart\s+"
    r"(?:attack|failure|disease)|cardiac\s+arrest|complications|pneumonia|infection|dementia|alzheimer'?s|"
    r"parkinson'?s|leukaemia|leukemia|lymphoma|diabetes|covid(?:-19)?|sepsis|overdose|suicide|injuries|"
    r"aneurysm|cirrhosis|organ\s+failure|drowned|drowning)\b",
    re.IGNORECASE,
)
# Money as news copy writes it, in any currency: "$310 million", "£1,200", "₹40 lakh", "R2.5 million"
# (rand: "R" with a digit only before an amount word, not "R45"), "4.6bn euros", "SEK 3 billion".
_CURRENCY_WORDS = (
    r"dollars?|euros?|pounds?|yen|yuan|renminbi|francs?|kronor|krona|kroner|krone|rupees?|pesos?|rand|"
    r"reais|real|lira|liras|zloty|forints?|rubles?|roubles?|shillings?|naira|dirhams?|riyals?|ringgit|"
    r"baht|dong|won|lakh|crores?|usd|eur|gbp|jpy|cny|inr|zar|aud|cad|nzd|chf|sek|nok|dkk|mxn|brl|clp"
)
_MONEY = re.compile(
    # the whole amount ("$600-million"), so that a count can leave it out (``answer_values``)
    r"(?:[$€£¥₹₩₦₺₽]|\b(?:rs\.?|inr|zar|chf|sek|nok|dkk|usd|eur|gbp|aud|cad|nzd)\s?)\s?\d[\d,.]*"
    r"(?:\s?-?\s?(?:million|billion|trillion|bn|m|k)\b)?|"
    rf"\bR\d[\d,.]*\s*(?:million|billion|bn|m)\b|"
    rf"\d[\d,.]*\s*(?:million|billion|thousand|m|bn|k)?\s*(?:{_CURRENCY_WORDS})\b|"
    r"\b(?:dollars?|euros?|pounds?|pence)\b|(?<!per\s)\bcents?\b",
    re.IGNORECASE,
)
# How old someone or something is, as news copy gives it: "Martin Kellaway, 52, of Hallowfield",
# "the defender, 29,", "At 29, she is…", "She was 78.", "John Smith (45)",
# "aged 47", "a 61-year-old woman", "at the age of 88", "in her eighties", "a century-old bridge".
# When a sentence has none, a year or a century says how old a thing is ("opened in 1971").
_AGE = re.compile(
    r"\b[A-Za-z][\w'’-]*,\s+\d{1,3},(?!\d)|\b[Aa]t\s+\d{1,3},|\baged\s+(?:about\s+|around\s+)?(?:\d{1,3}|"
    rf"(?:{_NUMBER_WORDS})(?:-\w+)?)\b|\b(?:\d[\d,]*|(?:{_NUMBER_WORDS})(?:-\w+)?)(?:\s+(?:{_NUMBER_WORDS}))?"
    r"(?:\s+of)?[-\s]years?[-\s]old\b|"
    r"\b(?:[Hh]e|[Ss]he|[Ww]ho)\s+(?:was|is|turned|had\s+turned|will\s+be)\s+\d{1,3}\b(?!\s*(?:%|per\s*cent|percent|times|"
    r"million|billion|years?\s+(?:ago|later|earlier)|(?:minutes|hours|days|weeks|months)\b))|"
    r"\b(?:died|dead|dies)\s+at\s+\d{1,3}\b|\b[A-Z][\w'’-]+\s+\(\d{1,3}\)|"
    r"\bage\s+of\s+\d{1,3}\b|\b\d{1,3}(?:st|nd|rd|th)\s+birthday\b|"
    r"\bin\s+(?:his|her|their)\s+(?:early\s+|mid-?|late\s+)?(?:twenties|thirties|"
    r"forties|fifties|sixties|seventies|eighties|nineties|\d0s)\b|\b(?:century|centuries|decades?)[-\s]old\b",
)
# Words that make a "how old…?" question ask a person's age.
_PERSON_WORDS = frozenset(
    (
        "he", "she", "him", "her", "his", "man", "woman", "boy", "girl", "child", "baby", "victim", "driver",
        "pilot", "captain", "skipper", "crew", "singer", "author", "writer", "novelist", "player", "athlete",
        "coach", "teacher", "farmer", "owner", "founder", "boss", "chief", "director", "manager", "mayor",
        "minister", "president", "leader", "spokesman", "spokeswoman", "mother", "father", "son", "daughter",
        "wife", "husband", "widow", "resident", "patient", "suspect", "defendant", "officer", "worker",
    )
)  # fmt: skip
# A thing's age is when it began: "built in 1998", "founded in 1887", "dating from the 1920s". A year
# in another sentence ("hopes to be back on stage in 2026", "won the 2025 prize") tells no age.
_BEGAN = (
    r"(?:built|opened|founded|established|constructed|completed|launched|formed|created|started|began|"
    r"set\s+up|dat(?:es|ed|ing)\s+(?:back\s+)?(?:from|to)|erected|made|laid\s+down|commissioned|"
    r"introduced|inaugurated)"
)
# When a span began: "since 1974", "from 2019", "in early 2020" (a bare year is no date to ``_DATE``)
_SINCE = re.compile(r"\b(?:since|from|in)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b", re.IGNORECASE)
_BASED_ASKED = frozenset({"based", "headquartered", "headquarters", "hq"})
_BASED = re.compile(r"\bbased\b|-based\b|\bheadquarter|\bHQ\b|\bhead\s+office\b", re.IGNORECASE)
_BEGAN_WORD = re.compile(rf"\b{_BEGAN}\b", re.IGNORECASE)
# The words of a question asking when a thing came to be: its answer is a year (or "N years ago").
_FOUNDING_WORDS = frozenset({"founded", "established", "built", "constructed", "formed", "erected"})
# "what year did the library first open?": when it began, as "founded" asks
_FIRST_OPENED = (frozenset({"first", "open"}), frozenset({"first", "opened"}))
# A thing a sentence says someone began, by its name: "he founded the Aberwern Heritage Room in 1995".
_BEGAN_NAMED = re.compile(
    rf"\b{_BEGAN}\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*)"
)
_ORIGIN_YEAR = re.compile(
    rf"\b{_BEGAN}\s+(?:in\s+|around\s+|about\s+|the\s+|early\s+|late\s+|mid-?)*(?P<year>(?:1[0-9]|20)\d\ds?)\b|"
    rf"\b(?:\d[\d,]*|(?:{_NUMBER_WORDS}))\s+(?:years?|decades?|centur(?:y|ies))\s+(?:ago|earlier|before)\b|"
    r"\b(?:AD|BC)\s?\d{1,4}\b|\b\d{1,4}\s?(?:AD|BC|BCE|CE)\b|"
    r"\b(?:\d{1,2}(?:st|nd|rd|th)|[a-z]*(?:teenth|tieth|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth))[-\s]century\b",
    re.IGNORECASE,
)
# What a measure is in ("50 litres", "34 per cent", "140 tonnes"): a "how many people" question counts
# people, and a measure counts none (unless the question counts the unit: "how many litres").
_MEASURE_UNITS = (
    r"(?:milli|centi|kilo)?(?:litres?|liters?|metres?|meters?|grams?)|km|kg|mg|cm|mm|tonnes?|tons?|hectares?|"
    r"acres?|degrees?|mph|kph|miles?|feet|foot|ft|inches|inch|gallons?|(?:kilo|mega|giga)?watts?|kw|mw|gw|kwh|"
    r"calories|percent|per\s+cent|percentage\s+points?|points?|%"
)
_MEASURE = re.compile(
    rf"(?:\d[\d,.]*|\b(?:{_NUMBER_WORDS}))\s*-?\s*(?P<unit>{_MEASURE_UNITS})(?![\w])",
    re.IGNORECASE,
)
# The stems of the units a "how many" question may count in ("how many tonnes…?").
_UNIT_STEMS = frozenset(
    content_stems(
        "litres liters millilitres metres meters kilometres kilometers centimetres millimetres grams "
        "kilograms milligrams tonnes tons hectares acres degrees miles feet inches gallons watts kilowatts "
        "megawatts gigawatts calories"
    )
)
_CURRENCY_NAME = re.compile(rf"(?:{_CURRENCY_WORDS})", re.IGNORECASE)
# A number that names rather than counts: "level 6", "Route 8", "Article 5", "Flight 370".
_LABEL_NUMBER = re.compile(
    r"\b(?:level|stage|route|article|section|phase|grade|category|platform|gate|ward|room|flight|chapter|"
    r"clause|zone|terminal|block|unit|lot|number|no\.)\s+\d+[a-z]?\b",
    re.IGNORECASE,
)
# A length, height or depth: "620 metres", "1.5 kilometres deep", "a 22-metre rocket", "two miles".
_LENGTH_UNITS = (
    r"(?:kilo|centi|milli)?(?:metres?|meters?)|km|cm|mm|miles?|feet|foot|ft|yards?|yds?|inches|inch|"
    r"nautical\s+miles?|light[-\s]years?"
)
_LENGTH = re.compile(
    rf"(?:\d[\d,.]*|\b(?:{_NUMBER_WORDS}))(?:\s*|-)(?:{_LENGTH_UNITS})\b(?!\s*(?:per|an?\s+hour|/))",
    re.IGNORECASE,
)
_YEAR_ONLY = re.compile(r"\b(?:19|20)\d\d\b")
_TIME_UNITS = r"seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)"
# Figures that are part of a date or a clock time ("November 20", "1 a.m.", "one minute past
# midnight", a year) say when, not how many.
_NOT_A_COUNT = re.compile(
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{_MONTHS})\b|\b(?:19|20)\d\d(?:s|[-–]\d\d)?\b|"
    rf"\b(?:\d+|{_NUMBER_WORDS})\s+minutes?\s+(?:past|to|after|before)\s+\w+|"
    rf"{_CLOCK}|\b\d{{1,2}}:\d\d\b|"
    # a figure that is part of a name: "R45", "COVID-19", "A320"
    r"\b[A-Za-z]+-?\d[\w-]*",
    re.IGNORECASE,
)
# A figure of time ("for three years", "in two days") measures how long, not how many of what is
# asked, unless the question asks about time.
_SPAN = re.compile(
    rf"\b(?:\d+|{_NUMBER_WORDS}|a|an)(?:[\s-]+(?:{_NUMBER_WORDS}))*[\s-]+(?:{_TIME_UNITS})\b", re.IGNORECASE
)
# Number words that seldom give the figure asked for: "one of the…", "all", "half", "twice".
_WEAK_NUMBERS = frozenset(
    {"one", "all", "half", "majority", "unanimous", "unanimously", "double", "doubled", "tripled", "twice"}
    | {"hundreds", "thousands", "millions", "billions", "dozens"}  # "millions every day": no figure
)
# Words that ask for a share: its figure is one "per cent" follows.
_PERCENT_ASKED = frozenset({"percent", "percentage", "percentages"})
_AS_PERCENT = re.compile(r"\s*(?:%|per\s*cent\b|percent\b|percentage\s+points?\b)", re.IGNORECASE)
# Words of a question that frame what is asked ("how many", "what percentage") rather than name it.
_FRAME_WORDS = frozenset(
    content_stems("many much long number amount percentage percent share proportion figure total count date")
    + content_stems("were been being has have had got get gets can could would should may might each")
)
# Question words that ask about time: a span ("three years") can then be the figure asked for.
_TIME_WORDS = frozenset(
    words(
        "old age long second seconds minute minutes hour hours day days week weeks fortnight fortnights "
        "month months year years"
    )
)
# "What happens if the talks fail?", "what if…": the question asks what follows on a condition, which
# news prose gives as one ("If Friday's talks fail, the union will ballot…", "Unless a deal is
# reached, … would…", "Failing that, …"). Such a sentence ranks higher, and one that only names the
# talks keeps NO_ASPECT_SHARE of its score (rank only, as for a reason).
_ASKS_IF = re.compile(
    r"\bwhat\s+(?:happens|will\s+happen|would\s+happen|could\s+happen)\b.*\b(?:if|unless)\b|\bwhat\s+if\b",
    re.IGNORECASE,
)
_CONDITION = re.compile(
    r"\b(?:if|unless|otherwise|failing|in\s+the\s+event\s+of)\b[^.;]*\b(?:will|would|could|may|might|must)\b",
    re.IGNORECASE,
)
# Where a question's own clause starts, and where it ends (see ``question_focus``).
_ASKING = re.compile(r"\b(?:how\s+(?:many|much|long|old|often|far)|what|which|when|where|who|whom)\b", re.I)
# The noun a "how many" question counts: the first word after "how many" ("of the" skipped).
_COUNTED = re.compile(r"\bhow\s+many\s+(?:of\s+(?:the|its|their|these|those)\s+)?([A-Za-z][\w'’-]*)", re.I)
_CLAUSE_END = re.compile(
    r"[,;]|\s(?=(?:when|after|before|because|since|while|during|as|if|once|until|compared)\b)", re.I
)
# Kinds of value a question asks one of ("when…?", "where…?", "how much…?", "how long…?"): once the
# best sentence gives one, another paragraph's sentence with another such value is about something
# else and costs a citation. ("Who…?" and "how many…?" may have several answers.)
_ONE_VALUE = frozenset({"date", "time", "place", "money", "duration", "distance", "age"})
# Kinds of value whose place in the sentence tells what they measure (names and dates are everywhere).
_ATTACHABLE = frozenset({"number", "money", "duration", "distance", "age"})
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?")  # letters of any alphabet: "Kuusijärvi" is one word
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]*[a-z][\w’'-]*\b|\b[A-Z]{2,}\b")
# A sentence that says it adds to the one before: "The official further criticized…", "The spokesman
# also referenced…", "At the same time, officials stressed…" (an adverb of addition at its start or
# after its subject, a few words in; "further" before a verb, not "further details").
_CARRIES_ON = re.compile(
    r"^\W*(?:(?:in\s+addition|at\s+the\s+same\s+time|moreover|furthermore|additionally|likewise|similarly|"
    r"also)\b|(?:[\w'’-]+,?\s+){1,5}?(?:(?:also|likewise|similarly)\s+(?!than\b|from\b|about\b)[a-z]+|"
    r"further\s+(?:[a-z]+ed|said|told|says)\b))",
    re.IGNORECASE,
)
# How news prose gives a reason: a cause ("because", "due to", "amid"), a stated motive ("citing",
# "pointing to", "argued that", ", saying…"), a purpose ("so that", "in order to"), a fear or risk.
_REASON = re.compile(
    r"\b(?:because|due\s+to|owing\s+to|as\s+a\s+result|result\s+of|thanks\s+to|so\s+that|in\s+order\s+to|"
    r"so\s+as\s+to|for\s+fear|citing|cited|point(?:s|ed|ing)?\s+to|blam(?:e|ed|es|ing)|attribut(?:e|ed|es|ing)|"
    r"driven\s+by|led\s+to|leading\s+to|caused|causing|prompted|triggered|stem(?:s|med|ming)?\s+from|"
    r"reflect(?:s|ed|ing)?|amid|given\s+that|on\s+the\s+grounds|in\s+response\s+to|the\s+reasons?|"
    r"reasons?\s+(?:for|why|is|was)|fears?\s+(?:that|of|over|about)|concerns?\s+(?:that|about|over)|"
    r"worr(?:y|ies|ied)\s+(?:that|about)|risk(?:s|ed|ing)?|aims?\s+to|aimed\s+at|intended\s+to|designed\s+to|"
    r"meant\s+to|argu(?:e|ed|es|ing)\s+that|therefore|hence|which\s+means|since\s+(?!\d|then\b|last\b|"
    rf"(?:{_MONTHS})\b)|to\s+(?:address|avoid|prevent|ensure|help|reduce|protect|meet|cover|close|offset|"
    r"secure|keep|push|pressure|end|stop))\b|"
    # "…, saying the city had to choose", "…, arguing that": a justification tacked onto an action
    r",\s+(?:saying|arguing|noting|warning|explaining|insisting|adding)\b",
    re.IGNORECASE,
)
# How news prose says that a fact is withheld or not yet known: "Asked whether he would run again,
# Voss said only that…", "declined to say", "would not comment", "has not been named", "was not
# disclosed", "it was not yet known", "remains unclear", "without giving a figure", "will be announced
# later". The sentence closest to a question that asks for no value, when it says so, tells the reader
# that the article does not give the answer: it is quoted as the closest the articles come.
# ...in the clause of the sentence that says so, which holds this share of the question's words.
WITHHELD_COVERAGE = 0.5
# A sentence saying the thing asked for is not named speaks for the article when it scores this share
# of the best sentence's score.
WITHHELD_SHARE = 0.7
_CLAUSES = re.compile(r";|,\s+(?=(?:and|but|without|while|whereas)\b)", re.IGNORECASE)
# "Had any date been set…?", "has she said when…?", "did they name…?": the question asks whether the
# thing was made known, which a sentence saying it was not answers.
_ASKS_IF_KNOWN = re.compile(
    r"\b(?:set|announced?|named?|say|said|told|revealed?|disclosed?|confirmed?|known|decided|released|"
    r"made\s+public|given)\b",
    re.IGNORECASE,
)
_WITHHELD = re.compile(
    r"\b(?:said|says|saying|say)\s+only\s+that\b|"
    r"\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing)|would\s+not|wouldn['’]t|did\s+not|didn['’]t|could\s+not|"
    r"couldn['’]t|will\s+not|won['’]t)\s+(?:to\s+)?(?:say|comment|confirm|disclose|reveal|specify|speculate|"
    r"elaborate|give\s+(?:a|any|details)|name|identify)\b|"
    r"\b(?:has|have|had|was|were|is|are)\s+(?:not|yet\s+to)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:named|identified|"
    r"disclosed|revealed|made\s+public|decided|announced|set)\b|"
    r"\b(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?(?:known|clear)|unknown|unclear)\b|"
    r"\bunclear\s+(?:whether|how|when|why|what|who|if)\b|\bundisclosed\b|"
    r"\bwithout\s+(?:giving|providing|naming|specifying|saying)\b|"
    r"\bwill\s+be\s+(?:announced|decided|confirmed|set|named)\s+(?:later|at\s+a\s+later\s+date|in\s+due\s+course)\b|"
    # a decision still to come: "she would set the minimum term he must serve on that date"
    r"\b(?:would|will)\s+(?:set|decide|determine|announce|rule\s+on)\b[^.;]{0,80}?\b(?:later|on\s+that\s+(?:date|day)|"
    r"at\s+a\s+later\s+(?:date|hearing)|in\s+due\s+course|at\s+(?:the\s+)?sentencing)\b",
    re.IGNORECASE,
)
# "which it says would put safety at risk", "warned that her plans would collide with reality", "believes
# that irregular sleep may upset the body's clock": a stance backed by the consequence it foresees.
# Often the reason for a stance, but "said the strike would continue" gives none: it helps choose
# among sentences, not decide to answer.
_STANCE = re.compile(
    r"\b(?:says?|said|argu\w*|warn\w*|fear\w*|believ\w*|claim\w*|contend\w*|insist\w*|predict\w*)\b"
    r"[^.;]{0,80}?\b(?:would|could|might|may|will)\b",
    re.IGNORECASE,
)
# "It has struggled as bigger lenders have cut mortgage rates", "sales fell as households are cutting
# back": a clause of "as" with a perfect or progressive verb gives the circumstance that brought
# something about (a past "as the agency confirmed…" is mostly only "while", and is not read so).
_CAUSAL_AS = re.compile(
    r"\bas\s+(?!well\b|much\b|many\b|long\b|soon\b|far\b|if\b|though\b|part\b|such\b)"
    r"(?:(?!that\b|which\b|who\b|when\b|where\b)[\w'’-]+\s+){1,4}?"
    r"(?:(?:have|has|had)\s+(?:been\s+[a-z]+ing|(?!been\b|to\b)[a-z]+)|(?:are|is|were|was)\s+[a-z]+ing)\b",
    re.IGNORECASE,
)
# "the shot would cost far less": a consequence, which may be why something matters or is opposed.
# "What are households being told to do…?", "what have residents been advised to do?": the question
# asks for what someone was told to do, and news gives that as a verb of asking with "to" and the
# verb of the thing to do: "Customers have been asked to take shorter showers…", "urged drivers to…".
_ASKS_WHAT_TOLD = re.compile(
    r"\bwhat\s+(?:are|were|is|was|have|has|had)\s+(?:[\w'’-]+\s+){1,4}?(?:being\s+|been\s+)?"
    r"(?:told|asked|urged|advised|encouraged|instructed|ordered|warned|called\s+on|requested)\s+to\s+do\b",
    re.IGNORECASE,
)
_TOLD_TO = re.compile(
    r"\b(?:told|asked|urged|advised|encouraged|instructed|ordered|warned|called\s+on|requested|reminded)"
    r"\s+(?:[\w'’-]+\s+){0,3}?to\s+(?!be\b)[a-z]+",
    re.IGNORECASE,
)
# A "what are they told to do" question's sentence without such a request keeps this share of its
# score (rank only), when another sentence of the passages has one; one with it gains TYPE_BONUS.
NO_REQUEST_SHARE = MISSING_TYPE_PENALTY
# A "who doesn't have to…" question's sentence that gives no exemption (``_EXEMPTS``) keeps this share,
# when another one gives one: the story's lead restates the rule in all the question's words ("Drivers
# … will have to pay a toll…") and says nothing of who is left out.
NO_EXEMPTION_SHARE = 0.5
# What a "who doesn't have to…" question asks for (``kinds.asks_exemption``): those a rule leaves out,
# "There are exemptions for…", "…except…", "does not apply to…", "will not have to…".
_EXEMPTS = re.compile(
    r"\b(?:exempt\w*|exceptions?|except|excluded|spared|not\s+covered|"
    r"(?:does|do|will|would)\s+not\s+apply|(?:doesn't|don't|won't)\s+apply|"
    r"(?:will\s+not|won't|do\s+not|don't|does\s+not|doesn't)\s+(?:have|need)\s+to)\b",
    re.IGNORECASE,
)
_CONSEQUENCE = re.compile(r"\b(?:would|could|might)\b", re.IGNORECASE)
# How news prose gives a means: "by ending a tax break", "through", "using", "paid for", "with money
# borrowed", a purpose clause ("to address those concerns"), a pledge or plan ("promised that…").
_MEANS = re.compile(
    r"\b(?:by\s+\w+ing|through|using|uses|via|works\s+by|allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|"
    r"paid\s+for|pay\s+for|fund(?:ed|ing)|financ(?:ed|ing)|bankrolled|borrow(?:ed|ing)?|with\s+(?:the\s+)?"
    r"(?:help|money|funds?|support)|thanks\s+to|so\s+that|in\s+order\s+to|so\s+as\s+to|"
    r"promis(?:e|es|ed|ing)\s+(?:that|to)|pledg(?:e|es|ed|ing)\s+(?:that|to)|plans?\s+to|planned\s+to|"
    r"(?<!\w\s)to\s+(?:address|avoid|prevent|ensure|help|reduce|protect|meet|cover|close|offset|secure|keep|push|"
    r"pressure|end|stop|make))\b",
    re.IGNORECASE,
)
# "mostly by merging their computer systems": "by" and a verb's "-ing" form name the means itself, where
# "through", "using" or "plans to" often only go with it (not "by morning", "by spring").
_BY_DOING = re.compile(
    r"\bby\s+(?:\w+ly\s+)?(?!morning\b|evening\b|spring\b|nothing\b|something\b|anything\b|"
    r"everything\b|thing\b|king\b|ceiling\b|building\b|wing\b|string\b|ring\b)[a-z]+ing\b",
    re.IGNORECASE,
)
# Verbs by which news prose reports what someone said or did in answer to something.
_REACTION_VERBS = (
    r"said|says|say|told|tells|added|argued|argues|warned|warns|wrote|called|calls|described|describes|"
    r"welcomed|welcomes|criticised|criticized|criticises|criticizes|condemned|praised|hailed|dismissed|"
    r"rejected|accepted|conceded|concedes|congratulated|vowed|vows|promised|promises|pledged|insisted|"
    r"insists|claimed|claims|accused|defended|defends|urged|urges|responded|replied|reacted|acknowledged|"
    r"admitted|announced|declined|refused|stressed|emphasi[sz]ed|noted|complained|objected|expressed|"
    r"apologi[sz]ed|thanked|blamed|questioned|predicted|cautioned|signalled|signaled|maintained"
)
_REACTION = re.compile(rf"\b(?:{_REACTION_VERBS})\b|[\"“”]", re.IGNORECASE)
# Who speaks: the subject before the verb ("Voss, 63, conceded…", "The federation described…"), the
# name after it ("…," said Dominic Hale), or "according to …".
# A sentence that reports what someone said (for ``_quote_goes_on``), and the pronouns a quote
# after it is given to.
_REPORTS_SPEECH = re.compile(rf"\b(?:{_REACTION_VERBS}|pointed\s+out|explained|suggested)\b|[\"“”]", re.I)
_PRONOUN_SPEAKERS = frozenset({"he", "she", "they"})
_QUOTE_MARKS = '"“'


def speaker_patterns(verbs: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two ways a sentence names who speaks or acts, for the verbs given (a regex alternation):
    before the verb ("Voss, 63, conceded…", "Israel has consistently argued…"), or after a quote
    ('"…," said Colm Brennan', '"…," Okwu said', "according to Israel National News")."""
    before = re.compile(
        rf"^[\"“]?(?P<who>[^,;:\"“”]{{1,80}}?(?:,[^,;:\"“”]{{1,80}}?,)?)\s+(?:has\s+|have\s+|had\s+|also\s+|"
        rf"later\s+|then\s+|further\s+|previously\s+|repeatedly\s+|consistently\s+|again\s+)*(?:{verbs})\b",
        re.IGNORECASE,
    )
    after = re.compile(
        rf"[,”\"]\s*(?:(?:{verbs})\s+(?P<after>[^,.;\"“”]{{1,60}})|(?P<before>[^,.;\"“”]{{1,60}}?)\s+"
        rf"(?:{verbs}))\s*[,.]|\baccording\s+to\s+(?P<source>[^,.;]{{1,60}})",
        re.IGNORECASE,
    )
    return before, after


_SPEAKER = speaker_patterns(_REACTION_VERBS)


@dataclass(slots=True)
class SentenceCandidate:
    passage: int  # index into the passages list
    start: int
    end: int
    text: str
    similarity: float = 0.0
    coverage: float = 0.0
    score: float = 0.0
    has_type: bool = True  # holds what the question asks for (always True when it asks for nothing typed)
    strong: bool = True  # ...as a figure, not only as "one" or "millions" (see ``answer_values``)
    novelty: int = 0  # content words the question does not already contain
    anchored: float = 1.0  # share of the score kept by the anchor rule (see ``anchor_terms``)
    reaction: float = 0.0  # reaction questions: gained for reporting what the one named said or did
    other_speaker: bool = False  # reaction questions: reports what someone else said or did
    follow_only: bool = False  # from a paragraph after a retrieved one: quoted only to read on
    attached: bool = False  # its value stands next to the question's own words (see ``attached``)
    measured: bool = False  # holds a figure in the unit the question's quality asks for (``measured_unit``)
    # Whether to answer at all is decided on this: the score before the anchor rule and the rules
    # that only choose among sentences (see ``score_sentences``).
    unanchored: float = 0.0


@dataclass(slots=True)
class Draft:
    """An answer before it becomes an ``Answer``: text with markers, and what each marker cites."""

    text: str
    citations: list[Citation]
    abstain_reason: str | None = None
    notes: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # for the reader, see ``Answer.notices``
    check: CitationCheck | None = None  # set for LLM answers
    best_score: float | None = None  # extractive: the best sentence's score (comparing two drafts)
    gives_aspect: bool = True  # extractive: the best sentence gives what a why/how question wants

    @property
    def abstained(self) -> bool:
        return self.abstain_reason is not None


def joined_drafts(parts: Sequence[tuple[str, Draft]]) -> Draft:
    """Drafts told one after another, each after its label ("In the report of 17 February: …"), the
    markers of each numbered on from those before it."""
    texts: list[str] = []
    citations: list[Citation] = []
    notes: list[str] = []
    for label, draft in parts:
        texts.append(f"{label}: {_markers_from(draft.text, len(citations))}")
        citations += [replace(c, marker=c.marker + len(citations)) for c in draft.citations]
        notes += draft.notes
    return Draft(" ".join(texts), citations, notes=notes)


def _markers_from(text: str, offset: int) -> str:
    """``text`` with each marker [n] made [n + offset]."""
    return CITATION_MARKER.sub(lambda m: f"[{int(m.group(1)) + offset}]", text)


def abstention(reason: str, notes: list[str] | None = None) -> Draft:
    return Draft(ABSTAIN_TEXT, [], reason, notes or [])


class ExtractiveAnswerer:
    """Query-focused sentence extraction over the retrieved paragraphs (no LLM)."""

    def __init__(
        self,
        embeddings: SentenceEmbeddings,
        min_score: float = 0.36,
        max_sentences: int = 2,
        similarity_weight: float = SIMILARITY_WEIGHT,
    ) -> None:
        self.embeddings = embeddings
        self.min_score = min_score
        self.max_sentences = max_sentences
        self.similarity_weight = similarity_weight

    def answer(
        self,
        queries: Sequence[str],
        passages: Sequence[Passage],
        query_vectors: np.ndarray,
        keywords: KeywordIndex,
        plan: QuestionPlan | None = None,
        following: Callable[[Sequence[Passage]], Sequence[Passage]] | None = None,
    ) -> Draft:
        """The answer from ``passages``. ``following`` gives the paragraphs after some of them: they
        are read, for the questions that ``reads_on``, only to carry a quoted sentence's point on
        into the next paragraph."""
        # A note correcting the article ("Correction: an earlier version said…") answers no question
        # about the news; questions about corrections are answered from it elsewhere (``corrections``).
        passages = [p for p in passages if not CORRECTION_NOTE.search(p.text)]
        if not passages:
            return abstention("no paragraph matched the question")
        plan = plan or QuestionPlan("lookup")
        # "How old is she?" names no one; "who developed it?" names what few articles speak of.
        if len(queries) == 1 and names_no_one(queries[0]) and not anchor_terms(queries[0], keywords):
            return abstention(
                "the question points to someone or something ('she', 'it') it does not name, and there is "
                "no earlier question to say who: ask again with the name"
            )
        if plan.kind == "multi_part" and len(plan.parts) > 1:
            return self._multi_part(queries, passages, query_vectors, keywords, plan)
        candidates = score_sentences(
            queries, passages, query_vectors, keywords, self.embeddings, plan, self.similarity_weight
        )
        best = max(candidates, key=lambda c: c.score)
        if max(c.unanchored for c in candidates) < self.min_score:
            return self._abstain(best, queries, keywords)
        focus = Focus(queries[0], term_weights(queries, keywords), anchor_terms(queries[0], keywords))
        if not plan.answer_type and not plan.is_list:
            # "how did the Ostmere thieves get in?": not from a look-alike story that never names Ostmere
            named = named_in_another_story(best, candidates, passages, focus)
            if named is not None and named.unanchored >= self.min_score:
                best = named
        further: list[SentenceCandidate] = []
        if following is not None and reads_on(plan):
            quotable = sorted({c.passage for c in candidates if c.score >= READ_ON_SHARE * best.score})
            have = {p.key for p in passages}
            after = [p for p in following([passages[i] for i in quotable]) if p.key not in have]
            if after:
                # Scored apart, so that they change no score of the retrieved paragraphs' sentences.
                further = score_sentences(
                    queries, after, query_vectors, keywords, self.embeddings, plan, self.similarity_weight
                )
                for cand in further:
                    cand.passage += len(passages)
                    cand.follow_only = True
                passages = [*passages, *after]
        withheld = (
            not plan.answer_type
            and not plan.is_list
            and withholds_answer(best.text, queries[0], focus.weights)
        )
        if not withheld and not plan.is_list and _ASKED_THING.search(queries[0]):
            # "which contractor…?": a close sentence of the best one's article says it is not named
            close = [
                c
                for c in candidates
                if c.score >= WITHHELD_SHARE * best.score
                and _same_article(c, best, passages)
                and withholds_asked_thing(c.text, queries[0])
            ]
            if close:
                best, withheld = max(close, key=lambda c: c.score), True
        draft = self._choose(best, candidates, passages, plan, focus, further, withheld)
        draft.notes.append(f"best sentence score {best.score:.3f}")
        draft.best_score = best.score
        # a figure in another unit than the one asked for ("how fast…?": "41 dead") gives no value asked
        unit_given = best.measured or asked_unit(queries[0], plan) is None
        draft.gives_aspect = gives_aspect(best, plan) and unit_given
        return draft

    def _choose(
        self,
        best: SentenceCandidate,
        candidates: list[SentenceCandidate],
        passages: Sequence[Passage],
        plan: QuestionPlan,
        focus: Focus | None = None,
        further: Sequence[SentenceCandidate] = (),
        withheld: bool = False,
    ) -> Draft:
        if plan.answer_type and not best.has_type:
            return not_given(best, candidates, passages, plan.answer_type)
        if plan.answer_type == "money" and not best.attached:
            # "what does a nurse earn?": an amount that stands by none of the question's words is
            # another amount ("it spent £4.2 million a month on agency nurses")
            return not_given(best, candidates, passages, plan.answer_type)
        if withheld:
            return not_given(best, candidates, passages, None)
        if plan.answer_type and focus is not None and not best.measured:
            # (a figure in the unit asked for, "minus 27C" for "how cold was it?", is the value asked)
            about = asked_elsewhere(best, candidates, passages, focus.weights, focus.question)
            about = about or named_elsewhere(best, candidates, passages, focus)
            if about is None:
                about = named_in_another_story(best, candidates, passages, focus)
                if about is not None and about.has_type and about.unanchored >= self.min_score:
                    best, about = about, None  # the value the story the question names gives
            if about is not None:
                return not_given(about, candidates, passages, plan.answer_type)
        read_on = [*candidates, *further]
        if plan.is_list:
            # A list of values ("what percentage did each get?") is of sentences that each hold one,
            # wherever they are; a list of points (complaints, demands) is told in a row.
            told_in_a_row = read_on if further and not plan.answer_type else ()
            chosen = list_sentences(best, candidates, self.min_score, passages, told_in_a_row)
        else:
            chosen = [best]
            # a reason or a means is often told over more sentences than a value
            most = max(self.max_sentences, REASON_SENTENCES) if plan.kind == "why_how" else self.max_sentences
            for cand in sorted(candidates, key=lambda c: -c.score):
                if len(chosen) >= most:
                    break
                if cand is best or cand.score < max(self.min_score, best.score * SECOND_SENTENCE_SHARE):
                    continue
                if plan.answer_type and not cand.strong:
                    continue  # a second sentence quotes a figure, not only "one" or "millions"
                if plan.answer_type in _ONE_VALUE and best.has_type and cand.passage != best.passage:
                    continue  # another paragraph's date or place is another event's
                if not gives_aspect(cand, plan):
                    continue
                if not _same_article(cand, best, passages) and (
                    plan.aspect is None
                    or cand.score < best.score * OTHER_ARTICLE_SHARE
                    or (focus is not None and named_in_another_story(cand, [best], passages, focus) is best)
                ):
                    continue
                if cand.passage != best.passage and not _quotable_beside(cand, best, candidates, plan):
                    continue
                chosen.append(cand)
        if plan.kind in ("why_how", "lookup") and not plan.answer_type and not plan.is_list:
            chosen = with_paragraph(chosen, [best], candidates)
        if further:
            chosen = with_content(chosen, read_on, passages, quotes_on=plan.is_list and not plan.answer_type)
            return compose(with_antecedents(chosen, read_on), passages)
        chosen = with_content(chosen, candidates)
        return compose(with_antecedents(chosen, candidates), passages)

    def _multi_part(
        self,
        queries: Sequence[str],
        passages: Sequence[Passage],
        query_vectors: np.ndarray,
        keywords: KeywordIndex,
        plan: QuestionPlan,
    ) -> Draft:
        """Answer each part of the question on its own, then quote every part's sentence once."""
        from .kinds import answer_type, part_aspect

        context = list(queries[1:])
        part_vectors = self.embeddings.encode_cached(list(plan.parts))
        chosen: list[SentenceCandidate] = []
        best_overall: SentenceCandidate | None = None
        everything: list[SentenceCandidate] = []
        # A part that asks for a value ("who is she?") goes first: only a sentence holding one answers
        # it, while a part asking for no value can take another sentence of the same paragraph when
        # the one it reads closest to is already quoted (``_other_in_paragraph``).
        order = sorted(range(len(plan.parts)), key=lambda i: answer_type(plan.parts[i]) is None)
        for i in order:
            part, vector = plan.parts[i], part_vectors[i]
            # "…, and why?": a part that asks for a reason, a means or a reaction is scored as that
            # question would be on its own (a sentence giving a reason ranks higher).
            aspect, speaker = part_aspect(part)
            part_plan = QuestionPlan("lookup", answer_type=answer_type(part), aspect=aspect, speaker=speaker)
            part_queries = [part, *context]
            vectors = (
                np.vstack([vector[None, :], np.asarray(query_vectors)[1:]]) if context else vector[None, :]
            )
            candidates = score_sentences(
                part_queries, passages, vectors, keywords, self.embeddings, part_plan, self.similarity_weight
            )
            if i == len(plan.parts) - 1:
                everything = candidates
            best = max(candidates, key=lambda c: c.score)
            if best_overall is None or best.score > best_overall.score:
                best_overall = best
            if best.unanchored < self.min_score * 0.9:
                continue
            if part_plan.answer_type and not best.has_type:
                typed = [c for c in candidates if c.has_type and c.unanchored >= self.min_score * 0.9]
                if not typed:
                    continue
                best = max(typed, key=lambda c: c.score)
            quoted = any(_same(best, c) for c in chosen)
            if quoted and (part_plan.answer_type or part_plan.aspect != "reason"):
                # Two parts ask two things: the one sentence rarely answers both ("what did the mayor
                # promise, and who is she?": the sentence naming her, then "She said…" for the promise).
                other = _other_in_paragraph(best, candidates, chosen)
                best = other if other is not None and gives_aspect(other, part_plan) else best
            if part_plan.aspect == "reason" and any(_same(best, c) for c in chosen):
                best = _reason_in_story(best, candidates, chosen, passages) or best
            if not any(_same(best, c) for c in chosen):
                chosen.append(best)
        if not chosen:
            assert best_overall is not None
            return self._abstain(best_overall, queries, keywords)
        quoted = with_paragraph(chosen, chosen, everything)
        draft = compose(with_antecedents(with_content(quoted, everything), everything), passages)
        draft.best_score = max(c.score for c in chosen)
        return draft

    def _abstain(self, best: SentenceCandidate, queries: Sequence[str], keywords: KeywordIndex) -> Draft:
        terms = content_stems(queries[0])
        unknown = sorted({t for t in terms if not keywords.knows(t)})
        detail = f"; terms found in no article: {', '.join(unknown)}" if unknown else ""
        return abstention(
            f"the best sentence scored {best.score:.2f} (similarity {best.similarity:.2f}, "
            f"key-term coverage {best.coverage:.2f}), below the answer threshold "
            f"{self.min_score:.2f}{detail}"
        )


def _quotable_beside(
    cand: SentenceCandidate,
    best: SentenceCandidate,
    candidates: Sequence[SentenceCandidate],
    plan: QuestionPlan,
) -> bool:
    """Whether a sentence of another paragraph than the best one's may be quoted as a second answer.

    Not when it opens its paragraph by pointing back ("These issues have…", "She was…"): what it
    speaks of is in the paragraph before, which the answer does not quote. Nor, when the best sentence's
    figure stands by the question's own words ("buses ran on two of the five lines" for "on how
    many lines were buses replacing trains?"), one whose figure does not: it counts something else
    ("cancel 412 of its 640 scheduled services").
    """
    opens_paragraph = not any(c.passage == cand.passage and c.end <= cand.start for c in candidates)
    if points_back(cand.text) and opens_paragraph:
        return False
    return cand.attached or not best.attached


def _other_in_paragraph(
    best: SentenceCandidate, candidates: Sequence[SentenceCandidate], chosen: Sequence[SentenceCandidate]
) -> SentenceCandidate | None:
    """Another sentence of ``best``'s paragraph that holds what a part asks for, when ``best`` is
    already quoted for an earlier part.

    "Who will chair the talks, and when are they?": the sentence naming the chair also holds a year
    (of something else), and the date of the talks is in the next sentence of the same paragraph. A
    news paragraph keeps the facts of one event together, and quoting more of a cited paragraph costs
    no citation.
    """
    others = [
        c
        for c in candidates
        if c.passage == best.passage
        and c.has_type
        and not any(_same(c, d) for d in chosen)
        and c.score >= SAME_PARAGRAPH_SHARE * best.score
    ]
    return max(others, key=lambda c: c.score) if others else None


def _reason_in_story(
    best: SentenceCandidate,
    candidates: Sequence[SentenceCandidate],
    chosen: Sequence[SentenceCandidate],
    passages: Sequence[Passage],
) -> SentenceCandidate | None:
    """The sentence of ``best``'s article that gives the reason a "…, and why?" part asks for, when
    ``best`` is already quoted for an earlier part and gives none.

    "Who resigned, and why?": the sentence saying who resigned is also the closest to "why did they
    resign", and the reason ("…because the board had overruled her") is told in another sentence of
    the story, often another paragraph. It is taken when it scores ``SAME_PARAGRAPH_SHARE`` of the
    best one.
    """
    plan = QuestionPlan("lookup", aspect="reason")
    if gives_aspect(best, plan):
        return None
    others = [
        c
        for c in candidates
        if _same_article(c, best, passages)
        and gives_aspect(c, plan)
        and not any(_same(c, d) for d in chosen)
        and c.score >= SAME_PARAGRAPH_SHARE * best.score
    ]
    return max(others, key=lambda c: c.score) if others else None


def score_sentences(
    queries: Sequence[str],
    passages: Sequence[Passage],
    query_vectors: np.ndarray,
    keywords: KeywordIndex,
    embeddings: SentenceEmbeddings,
    plan: QuestionPlan | None = None,
    similarity_weight: float = SIMILARITY_WEIGHT,
) -> list[SentenceCandidate]:
    """Score every sentence of the passages against the question.

    score = w · cosine similarity (best over the queries) + (1 − w) · key-term coverage, where coverage
    is the IDF-weighted share of the question's content words found in the sentence (70%) and its
    paragraph (30%); a word of the same family (same first letters) counts for part. Then the
    sentence gains a little when it holds what the question asks for (a number, a date, a name, a
    reason, a means) and loses a share of its score when it lacks it. Whether to answer at all is
    decided on ``unanchored``: without the anchor rule, the why/how rules that only rank
    (``_aspect_adjustment``) and the bonus of a figure next to the question's words (``attached``),
    so that a sentence's wording cannot turn an off-corpus question into an answer.
    """
    plan = plan or QuestionPlan("lookup")
    query_vectors = np.asarray(query_vectors)
    sentences = embeddings.sentence_vectors([p.text for p in passages])
    candidates = [
        SentenceCandidate(i, s, e, p.text[s:e])
        for i, (p, found) in enumerate(zip(passages, sentences, strict=True))
        for s, e in found.spans
    ]
    vectors = np.concatenate([found.vectors for found in sentences])
    similarity = (vectors @ query_vectors.T).max(axis=1)
    # Ranks only (added to ``steer``): how much closer a sentence reads to the question without its names.
    by_rest = focus_shift(queries[0], vectors, similarity, embeddings)
    weights = term_weights(queries, keywords)
    total = sum(weights.values()) or 1.0
    paragraph_terms = [set(content_stems(f"{p.title} {p.text}")) for p in passages]
    question_terms = set(content_stems(" ".join(queries)))
    question_words = {w.lower() for w in words(" ".join(queries))}
    focus = with_irregular_forms(question_focus(queries[0]))
    counted = counted_noun(queries[0])
    whose = age_subject(queries[0]) if plan.answer_type == "age" else counted  # the age of whom
    conditional = plan.aspect is None and _ASKS_IF.search(queries[0]) is not None
    anchors = anchor_terms(queries[0], keywords)
    if len(queries) > 1:
        # "Who paid for it?" after "What did the Ardmore sleep study find?": the earlier question's
        # rare words name the story "it" is, as much as the follow-up's own words do ("how did the
        # stock react?" asks about the company just asked about, however rare "react" is).
        anchors = {**anchor_terms(queries[1], keywords), **anchors}
    anchor_total = sum(keywords.idf(t) for t in anchors) or 1.0
    names = _question_names(Focus(queries[0], {}, anchors)) if anchors else set()
    # (a reason someone gave, "why is Sarsenov nervous?", is heard from that one too)
    heard = plan.aspect in ("reaction", "reason") and _reward_reactions(candidates, plan.speaker, embeddings)
    requested = _ASKS_WHAT_TOLD.search(queries[0]) is not None and any(
        _TOLD_TO.search(c.text) for c in candidates
    )
    exempting = asks_exemption(queries[0]) and any(_EXEMPTS.search(c.text) for c in candidates)
    unit = asked_unit(queries[0], plan)
    if unit is not None and not any(unit.search(c.text) for c in candidates):
        unit = None  # the articles give the quality in words, if at all: no figure to prefer
    sentence_terms_of = [set(content_stems(cand.text)) for cand in candidates]
    coverages = [
        _coverage(weights, total, terms, paragraph_terms[cand.passage])
        for cand, terms in zip(candidates, sentence_terms_of, strict=True)
    ]
    story_shift = story_word_shift(
        candidates, passages, weights, paragraph_terms, sentence_terms_of, coverages
    )
    for k, (cand, sim, shift) in enumerate(zip(candidates, similarity, by_rest, strict=True)):
        sentence_terms = sentence_terms_of[k]
        cand.similarity = float(sim)
        cand.coverage = coverages[k]
        cand.novelty = len(sentence_terms - question_terms)
        score = similarity_weight * cand.similarity + (1 - similarity_weight) * cand.coverage
        attachment = 0.0  # ranks only: a figure next to a word of the question is no reason to answer
        if plan.answer_type:
            values = answer_values(cand.text, plan.answer_type, question_words, plan.exact, whose)
            cand.has_type = bool(values)
            cand.strong = any(strong for _, strong in values)
            if cand.strong:
                score += TYPE_BONUS
                if plan.answer_type in _ATTACHABLE and attached(cand.text, values, focus, counted):
                    attachment = ATTACHED_BONUS
                    cand.attached = True
            elif not values:
                score *= MISSING_TYPE_PENALTY
            if plan.answer_type == "time" and _CLOCK_TIME.search(cand.text):
                attachment = CLOCK_BONUS
        cue, steer = _aspect_adjustment(cand, plan, score, heard)
        steer += similarity_weight * float(shift) + (1 - similarity_weight) * story_shift[k]
        if _bare_lead(cand, passages[cand.passage], plan):
            steer -= (1 - LEAD_SHARE) * score
        steer += attachment
        if requested:
            steer += TYPE_BONUS if _TOLD_TO.search(cand.text) else -(1 - NO_REQUEST_SHARE) * score
        if exempting:
            steer += TYPE_BONUS if _EXEMPTS.search(cand.text) else -(1 - NO_EXEMPTION_SHARE) * score
        if unit is not None:  # "how fast were the winds?": "185 km/h", not the lead's death toll
            cand.measured = unit.search(cand.text) is not None
            steer += TYPE_BONUS if cand.measured else -(1 - NO_ASPECT_SHARE) * score
        if conditional:
            steer += CAUSE_BONUS if _CONDITION.search(cand.text) else -(1 - NO_ASPECT_SHARE) * score
        if plan.roles:
            # "Chief executive Mikko Halonen said…" answers "who's the boss at Pohjavirta?"; a sentence
            # naming no one by the role ("Pohjavirta Paper will close its mill…") answers it less
            holder = names_holder(cand.text, plan.roles)
            steer += ROLE_BONUS if holder else -(1 - NO_ASPECT_SHARE) * score
        if cand.novelty == 0:
            cue, steer, score = 0.85 * cue, 0.85 * steer, 0.85 * score  # says nothing new to the question
        cand.unanchored = score + cue
        cand.score = cand.unanchored + steer
        if anchors:
            article = passages[cand.passage].article_id
            missing = sum(keywords.idf(t) for t, found in anchors.items() if article not in found)
            cand.anchored = 1 - ANCHOR_PENALTY * missing / anchor_total
            if names and not any(article in anchors[n] for n in names):
                cand.anchored -= NAME_ANCHOR_PENALTY  # a story that never uses the names asked about
            cand.score *= cand.anchored
    return candidates


def focus_shift(
    question: str, vectors: np.ndarray, similarity: np.ndarray, embeddings: SentenceEmbeddings
) -> np.ndarray:
    """Per sentence, ``FOCUS_SHARE`` of how much closer it reads to the question without its names
    than to the whole question; zeros when the question names no one.

    MiniLM's similarity leans on names: for "Roughly what time did the Wendham blaze kick off?" a
    sentence naming Wendham reads closer than "The fire started shortly before 11.40pm…", which
    does not. The names already choose the article (``anchor_terms``); within it, what the question
    asks of them ("what time did the blaze kick off") tells its sentences apart. This only ranks:
    whether to answer at all still rests on the whole question's similarity.
    """
    rest = without_names(question)
    if rest is None:
        return np.zeros(len(similarity))
    return FOCUS_SHARE * (vectors @ embeddings.encode_cached([rest])[0] - similarity)


# Any capitalised word (``_CAPITALISED`` leaves out those that open a sentence).
_NAME_WORD = re.compile(r"\b[A-Z][\w'’-]*")


def without_names(question: str) -> str | None:
    """The question without its names ("Roughly what time did the blaze kick off?"), or None when
    it names no one or nothing is left to ask. A capitalised first word is a name only when it is
    no everyday word ("Voss", not "What" or "Officials")."""
    names = [
        m
        for m in _NAME_WORD.finditer(question)
        if m.group(0).lower() not in NOT_NAMES and (m.start() > 0 or english_zipf(m.group(0)) < NAME_ZIPF)
    ]
    if not names:
        return None
    rest = question
    for match in reversed(names):
        rest = rest[: match.start()] + rest[match.end() :]
    rest = " ".join(re.sub(r"(?<!\w)['’]s\b", "", rest).split())
    return rest if content_stems(rest) else None


# What a story expects: a future, a plan, a chance ("will", "is expected to", "could", "hopes").
_OUTLOOK = re.compile(
    r"\b(?:will|would|could|may|might|expects?|expected|due\s+to|set\s+to|plans?\s+to|planned|hopes?|"
    r"likely|unlikely|next|prospects?|chances?|odds|uncertain|unclear|optimis\w*|pessimis\w*|"
    r"forecasts?|predict\w*|warned|intends?\s+to|aims?\s+to)\b",
    re.IGNORECASE,
)


def _aspect_adjustment(
    cand: SentenceCandidate, plan: QuestionPlan, score: float, heard: bool = False
) -> tuple[float, float]:
    """What a why/how question's sentence gains for giving what the question wants: (cue, steer).

    ``cue`` counts toward answering at all: an explicit reason ("because", "citing") for a "why"
    question, a means ("by ending…", "paid for") for a "how" one. ``steer`` only ranks: a reason
    question's sentence that gives none loses a share, one that gives a stance's foreseen
    consequence gains, and a reaction question's sentence gains for reporting what the one named
    said or did (``_reward_reactions``) and, when that one is ``heard`` in the passages, loses a
    share for reporting nothing said or done.
    """
    if plan.aspect == "reason":
        # the one asked about giving it ("why is Sarsenov nervous?": what Sarsenov said) ranks first
        said = _heard_from(cand, score) if heard else 0.0
        if _REASON.search(cand.text):
            return CAUSE_BONUS, said
        if _STANCE.search(cand.text) or _CAUSAL_AS.search(cand.text):
            return 0.0, CAUSE_BONUS + said
        if _CONSEQUENCE.search(cand.text):
            return 0.0, said
        return 0.0, said - (1 - NO_ASPECT_SHARE) * score
    if plan.aspect == "means":
        if not _MEANS.search(cand.text):
            return 0.0, -(1 - NO_ASPECT_SHARE) * score
        return CAUSE_BONUS, (CAUSE_BONUS if _BY_DOING.search(cand.text) else 0.0)
    if plan.aspect == "outlook":
        if _OUTLOOK.search(cand.text):
            return CAUSE_BONUS, 0.0
        return 0.0, -(1 - NO_ASPECT_SHARE) * score
    if plan.aspect == "reaction":
        if heard and not cand.reaction:
            return 0.0, -(1 - NO_ASPECT_SHARE) * score
        return 0.0, cand.reaction - (1 - OTHER_SPEAKER_SHARE) * score * cand.other_speaker
    return 0.0, 0.0


def _heard_from(cand: SentenceCandidate, score: float) -> float:
    """What a reason question's sentence gains for reporting what the one asked about said (see
    ``_reward_reactions``), or loses for reporting what someone else said."""
    if cand.reaction > REACTION_BONUS:
        return cand.reaction
    return -(1 - OTHER_SPEAKER_SHARE) * score * cand.other_speaker


def _bare_lead(cand: SentenceCandidate, passage: Passage, plan: QuestionPlan) -> bool:
    """Whether a why/how or outlook question's sentence is its story's lead (the first sentence of the
    first paragraph) and gives no reason, means or outlook in any of the ways the rules read one."""
    if plan.aspect not in ("reason", "means", "outlook") or passage.paragraph != 1 or cand.start != 0:
        return False
    if plan.aspect == "reason":
        return not any(p.search(cand.text) for p in (_REASON, _STANCE, _CAUSAL_AS))
    if plan.aspect == "outlook":
        return _OUTLOOK.search(cand.text) is None
    return _MEANS.search(cand.text) is None


def asked_unit(question: str, plan: QuestionPlan) -> re.Pattern[str] | None:
    """The figures a lookup about a speed, a temperature, a share or a weight wants (``measured_unit``)."""
    return measured_unit(question) if plan.answer_type in (None, "number") and not plan.aspect else None


def gives_aspect(cand: SentenceCandidate, plan: QuestionPlan) -> bool:
    """True when a sentence gives what a why/how question wants: a second quote must, as the first
    sentence of a "how many" answer must hold a number."""
    if plan.aspect == "reason":
        return bool(_REASON.search(cand.text) or _STANCE.search(cand.text))
    if plan.aspect == "reaction":
        return cand.reaction > 0 and not cand.other_speaker
    if plan.aspect == "outlook":
        return _OUTLOOK.search(cand.text) is not None
    return True


def _reward_reactions(
    candidates: Sequence[SentenceCandidate], speaker: str, embeddings: SentenceEmbeddings
) -> bool:
    """Set ``reaction`` on the sentences that report what someone said or did, more when that one
    is who the question asks about ("how did the union react?" is answered by what the union said).

    The speaker is matched by its words (or a word of the same family) or, for another name of the
    same party ("the union", "the federation"), by closeness in meaning. A sentence opening with
    "He…" or "She…" speaks for whoever the sentence before it in the paragraph names. True when
    some sentence reports what the one named said or did.
    """
    wanted = set(content_stems(speaker))
    found: dict[int, str] = {}
    for i, cand in enumerate(candidates):
        if _REACTION.search(cand.text):
            cand.reaction = REACTION_BONUS
            who = speaker_of(cand.text)
            if who is not None:
                found[i] = who
    if not wanted or not found:
        return False
    phrases = sorted({w for w in found.values() if not points_back(w)})
    close = {}
    if phrases:
        vectors = embeddings.encode_cached([speaker, *phrases])
        close = dict(zip(phrases, (vectors[1:] @ vectors[0]).tolist(), strict=True))
    heard = False
    for i, who in found.items():
        cand = candidates[i]
        if points_back(who):
            before = [c for c in candidates if c.passage == cand.passage and c.end <= cand.start]
            who = before[-1].text if before else ""
        if (
            _covered(dict.fromkeys(wanted, 1.0), set(content_stems(who))) >= SPEAKER_WORDS_SHARE * len(wanted)
            or close.get(who, 0.0) >= SPEAKER_SIMILARITY
        ):
            cand.reaction += SPEAKER_BONUS
            heard = True
        else:
            cand.other_speaker = True
    return heard


def speaker_of(sentence: str, patterns: tuple[re.Pattern[str], re.Pattern[str]] = _SPEAKER) -> str | None:
    """Who speaks or acts in a sentence that reports it: "Voss, 63" in "Voss, 63, conceded…"
    (``patterns`` from ``speaker_patterns``: the reaction verbs unless others are given)."""
    before_verb, after_quote = patterns
    before = before_verb.search(sentence)
    if before and len(words(before.group("who"))) <= SPEAKER_WORDS:
        return before.group("who").strip()
    after = after_quote.search(sentence)
    if after:
        return next(g for g in after.groups() if g).strip()
    return None


def look_up_question_words(queries: Sequence[str], keywords: KeywordIndex) -> None:
    """Do the look-ups the answer will make of the question's words alone (the articles using each
    rare word, which words are everyday English), so that they are kept when the answer asks.

    Run in the background while the question is embedded and searched: on a large index naming
    the articles of a word takes milliseconds, and the first question of a process loads the
    English word list.
    """
    term_weights(queries, keywords)
    named_articles(queries[0], keywords)  # its rare words' articles, and which of them are names


def anchor_terms(question: str, keywords: KeywordIndex) -> dict[str, set[str]]:
    """The question's rare words, each with the articles that use it.

    A word that only a few articles use ("Falk", "libraries" in a corpus of one library story)
    names what the question is about: a sentence from an article without it answers some other
    story's question, however close it reads.
    """
    article_count = keywords.article_count
    if article_count < 2:
        return {}
    most = max(1, article_count // 3)
    anchors = {}
    for term in set(content_stems(question)):
        # A word in more paragraphs than a third of the articles hold on average is no rare word.
        found = keywords.articles_with(
            term,
            max_paragraphs=min(ANCHOR_MAX_PARAGRAPHS * most, ANCHOR_MAX_PARAGRAPHS_IN_ALL),
            max_articles=most,
        )
        if found:
            anchors[term] = found
    return anchors


_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this"})


def names_no_one(question: str) -> bool:
    """True for "How old is she?": a pronoun, and at most one word of substance to search with."""
    tokens = set(words(question))
    return bool(tokens & _PRONOUNS) and len(content_stems(question)) <= 1


def _covered(weights: dict[str, float], terms: set[str]) -> float:
    """Weight of the question terms found in ``terms``; a term of the same family counts 60%, and so
    does a word news copy uses for a reader's everyday word (``article_words_for``).

    Same family: the same first five letters ("driver", "drive"), or a word of four letters or
    more that the question's word begins with ("fish" in the article, "fishermen" in the question).
    """
    got = 0.0
    prefixes = {t[:5] for t in terms if len(t) >= 5}
    roots = [t for t in terms if len(t) >= 4]
    for term, weight in weights.items():
        if term in terms:
            got += weight
        elif len(term) >= 5 and (term[:5] in prefixes or any(term.startswith(r) for r in roots)):
            got += 0.6 * weight
        elif article_words_for(term) & terms:
            got += SYNONYM_SHARE * weight  # "boss" where the article says "chief executive"
    return got


def story_word_shift(
    candidates: Sequence[SentenceCandidate],
    passages: Sequence[Passage],
    weights: dict[str, float],
    paragraph_terms: Sequence[set[str]],
    sentence_terms: Sequence[set[str]] | None = None,
    coverages: Sequence[float] | None = None,
) -> list[float]:
    """Per sentence, how much its coverage of the question's words changes when the words of its
    story's headline count less (``_without_story_words``), less the mean change over its story's
    sentences: it ranks the sentences of one story by the words that tell them apart, and moves no
    story up or down against another.

    "Why did the evacuation centre for the Tallis Gap fire get moved?": "fire" and "Tallis Gap" are
    in the headline and in most of its sentences; "centre" and "moved" find the one that answers.
    """
    total = sum(weights.values()) or 1.0
    own = {title: _without_story_words(weights, title) for title in {p.title for p in passages}}
    if all(story_total == total for _, story_total in own.values()):
        return [0.0] * len(candidates)  # no headline holds a word of the question
    shifts = []
    for k, cand in enumerate(candidates):
        story, story_total = own[passages[cand.passage].title]
        said = sentence_terms[k] if sentence_terms is not None else set(content_stems(cand.text))
        around = paragraph_terms[cand.passage]
        before = coverages[k] if coverages is not None else _coverage(weights, total, said, around)
        shifts.append(_coverage(story, story_total, said, around) - before)
    by_story: dict[str, list[float]] = {}
    for cand, shift in zip(candidates, shifts, strict=True):
        by_story.setdefault(passages[cand.passage].article_id, []).append(shift)
    means = {article: sum(found) / len(found) for article, found in by_story.items()}
    stories = [passages[cand.passage].article_id for cand in candidates]
    return [shift - means[story] for story, shift in zip(stories, shifts, strict=True)]


def _coverage(weights: dict[str, float], total: float, sentence: set[str], paragraph: set[str]) -> float:
    """The weighted share of the question's words a sentence holds (70%) and its paragraph (30%)."""
    return 0.7 * (_covered(weights, sentence) / total) + 0.3 * (_covered(weights, paragraph) / total)


def _without_story_words(weights: dict[str, float], title: str) -> tuple[dict[str, float], float]:
    """The question's term weights for sentences of the story headlined ``title``, and their total: a
    word of the headline ("fire" in "Second person dies in Tallis Gap fire") names the story, which
    every sentence of it is about, so it counts ``STORY_WORD_SHARE`` of its weight."""
    headline = set(content_stems(title))
    own = {t: w * (STORY_WORD_SHARE if t in headline else 1.0) for t, w in weights.items()}
    return own, sum(own.values()) or 1.0


def term_weights(queries: Sequence[str], keywords: KeywordIndex) -> dict[str, float]:
    """IDF weight of each query term; terms only the conversation context adds count half, and so do
    terms that no article uses (a reader's synonym costs less than a missing topic), everyday words
    among them about a third (``everyday_stems``)."""
    literal = set(content_stems(queries[0]))
    context = set(content_stems(" ".join(queries[1:]))) - literal
    unknown = [t for t in literal if not keywords.knows(t)]
    everyday = everyday_stems(queries[0]) if unknown else set()
    weights = {
        t: keywords.idf(t)
        * (1.0 if keywords.knows(t) else EVERYDAY_TERM_WEIGHT if t in everyday else UNKNOWN_TERM_WEIGHT)
        for t in literal
    }
    weights.update({t: 0.5 * keywords.idf(t) for t in context})
    return weights


def everyday_stems(question: str) -> set[str]:
    """Stems of the question's everyday English words ("deal", "way", "happy"): frequent words.

    That no article uses such a word says little (readers say "deal" where the article says
    "agreement"); that none uses "measles" says the question is about something else. Frequencies
    come from ``wordfreq``'s English word list, loaded on the first question that needs it.
    """
    everyday = [word for word in words(question) if english_zipf(word) >= EVERYDAY_ZIPF]
    return {stem for word in everyday for stem in content_stems(word)}


def holds_answer_type(
    sentence: str, wanted: AnswerType, question_words: set[str], exact: bool = False
) -> bool:
    """True when ``sentence`` contains the kind of thing the question asks for, beyond its own words."""
    return bool(answer_values(sentence, wanted, question_words, exact))


def answer_values(
    sentence: str,
    wanted: AnswerType,
    question_words: set[str],
    exact: bool = False,
    counted: str | None = None,
) -> list[tuple[int, bool]]:
    """Where ``sentence`` holds a value of the kind asked for (character offsets), each with whether
    it is a strong one.

    A value the question already holds is none. For a number, a figure inside a date or a clock
    time ("November 20", "one minute past midnight") or a year is none either, and a number word
    that seldom gives the figure asked for ("one of…", "all", "twice") is a weak one. With ``exact``
    ("what exact date…", "how much exactly?") only a precise value counts: a day, a month or a year,
    not "next weekend"; a figure in digits, not "millions". When a "how many" question counts things
    (``counted``, "people"), a measure ("50 litres", "34 per cent") and a label's number ("level 6",
    "Route 8") count none. For an age, ``counted`` is whose age is asked: a person's ("captain", "she")
    is no year a thing began in.
    """
    if wanted == "cause":
        return [(m.start(), True) for m in _DEATH_CAUSE.finditer(sentence)]
    if wanted == "money":
        found = _MONEY.finditer(sentence)
        return [(m.start(), True) for m in found if not exact or re.search(r"\d", m.group(0))]
    if wanted == "duration":
        # a span of time ("five days", "a 19-hour search"), when it ends or began ("until 10 November",
        # "since 2019"), or a length ("how long is the bridge?"); a count ("four programmes") is none
        numbers = dict(answer_values(sentence, "number", question_words | {"long"}, exact))
        spans = [
            (m.start(), numbers.get(m.start(), not exact))
            for pattern in (_SPAN, _LENGTH, _SINCE)
            for m in pattern.finditer(sentence)
            if m.group(0).lower() not in question_words
        ]
        return sorted(spans + answer_values(sentence, "date", question_words, exact))
    if wanted == "age":
        ages = [
            m.start()
            for m in _AGE.finditer(sentence)
            if not _age_of_another(sentence, m.start(), question_words, counted)
        ]
        named = not counted or set(content_stems(counted)) <= set(content_stems(sentence))
        if ages or counted in _PERSON_WORDS or not named:
            # "how old is the captain?": a person's age, which a ship's year ("built in 1998") is not;
            # and the year a thing began is the asked thing's only in a sentence naming it
            return [(at, True) for at in ages]
        origins = _ORIGIN_YEAR.finditer(sentence)
        years = [
            m.start("year") if m.group("year") else m.start()
            for m in origins
            if m.group(0).lower() not in question_words
        ]
        return [(at, True) for at in ages or years]
    if wanted == "distance":
        lengths = _LENGTH.finditer(sentence)
        return [(m.start(), True) for m in lengths if m.group(0).lower() not in question_words]
    if wanted == "number":
        masked = sentence
        if counted is not None:

            def other_measure(match: re.Match[str]) -> str:  # "how many tonnes" counts tonnes
                return match.group(0) if counted in content_stems(match.group("unit")) else _blank(match)

            if not _CURRENCY_NAME.fullmatch(counted):  # "how many stores": not "$600-million"
                masked = _MONEY.sub(_blank, masked)
            masked = _LABEL_NUMBER.sub(_blank, _MEASURE.sub(other_measure, masked))
        masked = _NOT_A_COUNT.sub(_blank, masked)
        if not question_words & _TIME_WORDS:
            masked = _SPAN.sub(_blank, masked)
        found = [(m.start(), m.group(0).lower()) for m in _NUMBER.finditer(masked)]
        if counted is not None and counted in _UNIT_STEMS:
            # "how many calories…?", "how many tonnes…?": a figure with that unit, not any figure
            units = _MEASURE.finditer(masked)
            measured = {m.start() for m in units if counted in content_stems(m.group("unit"))}
            found = [(at, text) for at, text in found if at in measured]
        if question_words & _PERCENT_ASKED or {"interest", "rate"} <= question_words:
            # "what interest rate…?", "what percentage…?": a share, not any figure ("2 million times")
            found = [(at, text) for at, text in found if _AS_PERCENT.match(masked, at + len(text))]
        return [
            (at, text not in _WEAK_NUMBERS)
            for at, text in found
            if text not in question_words and (not exact or text[0].isdigit())
        ]
    if wanted == "time":
        clock = [(m.start(), True) for m in _CLOCK_TIME.finditer(sentence)]
        parts = [m for m in _PART_OF_DAY.finditer(sentence) if m.group(0).lower() not in question_words]
        return sorted(clock + [(m.start(), True) for m in parts if not exact])  # "what exact time": a clock
    if wanted == "date":
        # "when was the university founded?": a year in a sentence telling how a thing began ("founded
        # in 1887"), not the day of this week's news or the year of another event ("since 2009")
        founding = bool(question_words & _FOUNDING_WORDS) or any(w <= question_words for w in _FIRST_OPENED)
        if founding and not _BEGAN_WORD.search(sentence):
            return []
        if founding and _began_another(sentence, question_words):
            return []  # "when was the lighthouse built?": not "In 1995 he founded the Aberwern Heritage Room"
        return [
            (m.start(), True)
            for m in _DATE.finditer(sentence)
            if m.group(0).lower() not in question_words
            and (not exact or _PRECISE_DATE.search(m.group(0)))
            and (not founding or _YEAR_ONLY.search(m.group(0)))
        ] + ([(m.start(), True) for m in _ORIGIN_YEAR.finditer(sentence)] if founding else [])
    if wanted == "person" and exact:
        return [(at, True) for at in _full_names(sentence, question_words)]
    if wanted == "place" and question_words & _BASED_ASKED and not _BASED.search(sentence):
        return []  # "where is the company based?": not where its trial or its news took place
    # person or place: a capitalised name that the question does not already hold
    places = _placed_names(sentence) if wanted == "person" else set()
    values = []
    for match in _CAPITALISED.finditer(sentence):
        word = match.group(0).lower().strip("’'")
        at = match.start()
        if word not in NOT_NAMES and word not in question_words and at > 0 and at not in places:
            values.append((at, True))
    return values


def _began_another(sentence: str, question_words: set[str]) -> bool:
    """True when every thing the sentence says was begun, named ("founded the Aberwern Heritage Room"),
    shares no word with the question: its year is another thing's founding."""
    named = [m.group("name") for m in _BEGAN_NAMED.finditer(sentence)]
    asked = set(content_stems(" ".join(question_words)))
    return bool(named) and not any(asked & set(content_stems(name)) for name in named)


# A name after a word that places things ("in Port Calder", "at Harbor Hall"): a place, which answers
# "where", not "who".
_PLACED = re.compile(
    r"\b(?:in|at|near|across|outside|inside|around|throughout)\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*)"
)


def _placed_names(sentence: str) -> set[int]:
    """Offsets of the capitalised words of names that a place word precedes ("in Port Calder")."""
    found: set[int] = set()
    for match in _PLACED.finditer(sentence):
        start = match.start(1)
        for word in _NAME_WORD.finditer(match.group(1)):
            found.add(start + word.start())
    return found


# Words that make a run of capitalised words a place, a body or a firm rather than a person ("Corlan
# Chemicals", "Environment Agency", "River Lode"); days and months are among ``NOT_NAMES``.
_NOT_PERSON_WORDS = frozenset(
    words(
        "agency council chemicals company co ltd inc plc group bank river street road lane avenue square "
        "bridge museum gallery hospital university school college police service services department "
        "ministry office authority board committee court union party church hall park station house centre "
        "center trust water fire news times post herald courier tribune plant estate city county borough "
        "town village district north south east west northern southern eastern western national royal "
        "federation association institute foundation club team airport port harbour valley hill lake sea "
        "strip coast island islands bay gulf peninsula ridge canyon creek mountains desert border region "
        "province republic kingdom"
    )
)
_NAME_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+")


def _full_names(sentence: str, question_words: set[str]) -> list[int]:
    """Where ``sentence`` gives a person's full name: two or more capitalised words in a row, none of
    them the question's own, a place's, a body's or a day's ("Owen Price", not "Corlan Chemicals",
    "River Lode" or "Monday night"). Asked for by "the name of the worker", which a firm's or a town's
    name does not answer."""
    found = []
    for match in _NAME_RUN.finditer(sentence):
        tokens = words(match.group(0))
        if match.start() == 0:
            tokens = tokens[1:]  # a sentence's first word is capitalised whatever it is
        if len(tokens) < 2 or any(t in _NOT_PERSON_WORDS or t in NOT_NAMES for t in tokens):
            continue
        if any(t in question_words for t in tokens):
            continue
        found.append(match.start())
    return found


# Irregular forms of verbs a question about a value uses: "how much did they spend?" is answered by
# "spent £4.2 million" (stems of the same family share their first five letters; these do not).
_IRREGULAR = {
    "spend": "spent", "pay": "paid", "sell": "sold", "buy": "bought", "win": "won", "lose": "lost",
    "bring": "brought", "leav": "left", "give": "gave", "take": "took", "hold": "held",
}  # fmt: skip
_IRREGULAR_FORMS = {**_IRREGULAR, **{form: base for base, form in _IRREGULAR.items()}}


def with_irregular_forms(stems: set[str]) -> set[str]:
    """The stems, with the other form of an irregular verb among them ("spend" and "spent")."""
    return stems | {_IRREGULAR_FORMS[s] for s in stems if s in _IRREGULAR_FORMS}


def question_focus(question: str) -> set[str]:
    """The stems of the words naming what a question asks the value of: its question clause.

    In "In the first report on the train strike, how many services were axed?" the figure asked
    for is of services axed, not of the strike; in "how many trains got cancelled when the drivers
    walked out?" of trains cancelled. The clause runs from the question word to the next comma or
    subordinate clause ("when…", "after…"); the words that frame the question ("many", "number")
    are left out.
    """
    match = _ASKING.search(question)
    clause = _CLAUSE_END.split(question[match.start() :], maxsplit=1)[0] if match else question
    focus = set(content_stems(clause)) - _FRAME_WORDS
    return focus or set(content_stems(question)) - _FRAME_WORDS


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


_AGE_OF = re.compile(
    r"\b(?:how\s+old|what\s+age)\s+(?:is|was|are|were|will\s+be)\s+"
    r"(?:the\s+|their\s+|his\s+|her\s+|its\s+|that\s+|this\s+)?([\w'’-]+)",
    re.IGNORECASE,
)


AGE_NAME_REACH = 60  # characters before an age where the name it belongs to stands ("Emils Kalnbergs, a ")


def _age_of_another(sentence: str, at: int, question_words: set[str], whose: str | None) -> bool:
    """True when the question asks the age of someone by name (``whose``, a word the sentence writes
    with a capital) and the age at ``at`` follows another person's name: "Emils Kalnbergs, a
    17-year-old, beat Aleksander Verbitsky" gives no age of Verbitsky."""
    found = re.findall(rf"\b{re.escape(whose)}\b", sentence, re.IGNORECASE) if whose else []
    if not any(w[:1].isupper() for w in found):
        return False  # "the ski instructor": asked by role, not by name
    before = sentence[max(0, at - AGE_NAME_REACH) : at]
    names = [
        m.group(0)
        for m in re.finditer(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*", before)
        if m.group(0).lower() not in FUNCTION_WORDS
    ]
    if not names:
        return False
    named = {w.lower() for w in re.findall(r"[A-Z][\w'’-]+", sentence)} & question_words
    owner = {w.lower() for w in names[-1].split()}
    return bool(named) and not owner & question_words


def age_subject(question: str) -> str | None:
    """The word a "how old…?" question asks the age of ("how old is the captain?": captain)."""
    match = _AGE_OF.search(question)
    return match.group(1).lower() if match else None


def counted_noun(question: str) -> str | None:
    """The stem of the noun a "how many" question counts ("how many trains got cancelled?": train;
    "how many Brackenford homes…?": home, the name before it only says whose)."""
    match = _COUNTED.search(question)
    if not match:
        return None
    word = match.group(1)
    following = question[match.end() :].split()
    while word[:1].isupper() and following and following[0][:1].islower() and content_stems(following[0]):
        word = following.pop(0)
    stems = content_stems(word)
    return stems[0] if stems else None


def attached(
    sentence: str, values: Sequence[tuple[int, bool]], focus: set[str], counted: str | None = None
) -> bool:
    """True when a strong value stands within a few words of one of the question's own words.

    "forced the operator to cancel 412 of its services" gives the figure of what "how many services
    were cancelled" asks about; "started at one minute past midnight" gives a figure of something
    else. A word of the same family (same first five letters) counts. The noun a "how many"
    question counts (``counted``) names the figure's thing only right after it: "412 … services",
    not "85,000 people use its trains" for "how many trains got cancelled?", whose figure stands by
    its verb ("cancel 412").
    """
    if not focus:
        return False
    tokens = list(_TOKEN.finditer(sentence))
    prefixes = {t[:5] for t in focus if len(t) >= 5}
    # the words news copy uses for the reader's ("loans" for "borrow"): ``synonyms``
    news_words = set().union(*(article_words_for(t) for t in focus))
    near = []  # (token index, whether the word is the counted noun)
    for i, token in enumerate(tokens):
        stems = content_stems(token.group(0))
        if stems and (
            stems[0] in focus or stems[0] in news_words or (len(stems[0]) >= 5 and stems[0][:5] in prefixes)
        ):
            near.append((i, stems[0] == counted))
    if not near:
        return False
    for at, strong in values:
        if not strong:
            continue
        index = next((i for i, token in enumerate(tokens) if token.end() > at), len(tokens) - 1)
        counts_other = counted is not None and _counts_other(tokens[index + 1 : index + 2], counted)
        for i, is_counted in near:
            if is_counted and (0 < i - index <= COUNTED_WINDOW or _number_of(tokens, i, index)):
                return True
            if not is_counted and not counts_other and abs(index - i) <= ATTACH_WINDOW:
                return True
    return False


def _counts_other(following: Sequence[re.Match[str]], counted: str) -> bool:
    """True when the word right after a figure is a noun it counts, and not the one asked about:
    "14 structures" for "how many firefighters…?" counts structures, however near "fire" it stands."""
    if not following:
        return False
    stems = content_stems(following[0].group(0))
    word = following[0].group(0).lower()
    return bool(stems) and word.isalpha() and word.endswith("s") and stems[0][:5] != counted[:5]


def _number_of(tokens: Sequence[re.Match[str]], noun: int, value: int) -> bool:
    """True for "the number of firefighters has risen to 140": the counted noun after "number of" (or
    "total of", "count of"), the figure a few words on."""
    before = [t.group(0).lower() for t in tokens[max(0, noun - 2) : noun]]
    return (
        len(before) == 2
        and before[0] in ("number", "total", "count", "tally")
        and before[1] == "of"
        and 0 < value - noun <= ATTACH_WINDOW + 2
    )


def not_given(
    best: SentenceCandidate,
    candidates: Sequence[SentenceCandidate],
    passages: Sequence[Passage],
    wanted: AnswerType | None,
) -> Draft:
    """The articles speak of the subject but never give the fact asked for: say so, and cite what they
    say. ``wanted`` None: a question asking for no value, whose closest sentence says the fact is
    withheld (see ``withholds``)."""
    if wanted is None:
        quoted = compose(with_antecedents([best], candidates), passages)
        return Draft(
            f"The articles do not say. The closest they come: {quoted.text}",
            quoted.citations,
            abstain_reason="the sentence closest to the question says the fact is withheld or not known",
            notes=["the closest sentence says this is not given"],
        )
    what = {
        "number": "that figure",
        "duration": "how long",
        "distance": "how far",
        "age": "how old",
        "money": "that amount",
        "date": "when",
        "time": "at what time",
        "person": "who",
        "place": "where",
        "cause": "what caused the death",
    }[wanted]
    quoted = compose(with_antecedents([best], candidates), passages)
    text = f"The articles do not say {what}. The closest they come: {quoted.text}"
    return Draft(
        text,
        quoted.citations,
        abstain_reason=f"the passages about this hold no {wanted}: the answer is not given",
        notes=[f"no sentence about this holds a {wanted}"],
    )


def asked_elsewhere(
    best: SentenceCandidate,
    candidates: Sequence[SentenceCandidate],
    passages: Sequence[Passage],
    weights: dict[str, float],
    question: str,
) -> SentenceCandidate | None:
    """The sentence that speaks of what a typed question asks about, when it is not the best one.

    "When is Carvalho's funeral?": the best sentence holding a date is about her death; the one
    about the funeral ("arrangements will be announced later") holds none. A figure, date or name
    answers only when the thing it is asked of is near it: a sentence of the same article, about as
    close to the question, that holds question words the best sentence's paragraph lacks (a share
    ``FOCUS_GAP`` of their weight; a pair of words standing together, "deputy mayor", counts apart from
    "mayor" alone) speaks of the thing asked, and it gives no value of that type. Words of the story's
    headline or lead, or found in more than one of its retrieved paragraphs, name what the whole story
    is about ("walkout"): every sentence of it is about them, whether it repeats them or not.
    """
    total = sum(weights.values()) or 1.0
    article = passages[best.passage].article_id
    story = [p for p in passages if p.article_id == article]
    around = _term_units(passages[best.passage].text)
    topic = _term_units(passages[best.passage].title)
    for p in story:
        if p.paragraph <= 1:
            topic |= _term_units(p.text)
    story_units = [_term_units(p.text) for p in story]
    asked = [u for u in _term_units(question) if all(t in weights for t in u.split())]

    def focus(unit: str) -> bool:
        if unit in around or unit in topic:
            return False
        if " " in unit and all(word in around for word in unit.split()):
            return False  # "the Montevar hospital" is "the Hospital General de Montevar" the best one names
        return sum(1 for units in story_units if unit in units) <= 1

    for cand in sorted(candidates, key=lambda c: -c.score):
        if cand.has_type or passages[cand.passage].article_id != article:
            continue
        if cand.similarity < FOCUS_SIMILARITY_SHARE * best.similarity:
            continue
        units = _term_units(cand.text)
        gap_terms = {t for u in asked if u in units and focus(u) for t in u.split()}
        if sum(weights.get(t, 0.0) for t in gap_terms) >= FOCUS_GAP * total:
            return cand
    return None


@dataclass(slots=True)
class Focus:
    """What a typed question is asked of: its words (with their weights) and its rare words."""

    question: str
    weights: dict[str, float]
    anchors: dict[str, set[str]]  # see ``anchor_terms``


def named_elsewhere(
    best: SentenceCandidate,
    candidates: Sequence[SentenceCandidate],
    passages: Sequence[Passage],
    focus: Focus,
) -> SentenceCandidate | None:
    """For "When does Deputy Governor Falk's term end?": the best sentence with a date is about the
    committee's next decision, in a paragraph that never names Falk, though the article does.

    The names a question asks about (its capitalised words that few articles use) must be in the
    answer's paragraph or headline when its article uses them: otherwise the value belongs to
    someone or something else. Returns the sentence to quote instead (the one that names most of
    them, when one names at least half, else the best one), or None when the answer's paragraph
    names them.
    """
    article = passages[best.passage].article_id
    names = {name for name in _question_names(focus) if article in focus.anchors[name]}
    if not names:
        return None
    here = set(content_stems(f"{passages[best.passage].title} {passages[best.passage].text}"))
    if any(_covered({name: 1.0}, here) > 0 for name in names):
        return None
    # A name in the story's lead, or in more than one of its paragraphs, is what the whole story is
    # about ("How many coins did the Saltmere burglars take?": the town of the theft; "how many
    # transactions did they comb through in the brennock case?": the accused), not someone the value
    # may belong to or not.
    story = [set(content_stems(p.text)) for p in passages if p.article_id == article]
    lead = {
        stem
        for p in passages
        if p.article_id == article and p.paragraph <= 1
        for stem in content_stems(p.text)
    }
    names = {
        name
        for name in names
        if not _covered({name: 1.0}, lead) and sum(1 for terms in story if _covered({name: 1.0}, terms)) <= 1
    }
    if not names:
        return None
    weight = {name: focus.weights.get(name, 1.0) for name in names}

    def named(cand: SentenceCandidate) -> float:
        return sum(w for name, w in weight.items() if name in content_stems(cand.text)) / sum(weight.values())

    naming = [c for c in candidates if passages[c.passage].article_id == article and named(c) >= 0.5]
    return max(naming, key=lambda c: (named(c), c.score)) if naming else best


def named_articles(question: str, keywords: KeywordIndex) -> set[str]:
    """The articles that use a name the question asks about (see ``_question_names``); empty when
    it names none that few articles use."""
    anchors = anchor_terms(question, keywords)
    names = _question_names(Focus(question, {}, anchors)) if anchors else set()
    return set().union(*(anchors[name] for name in names)) if names else set()


def _question_names(focus: Focus) -> set[str]:
    """The stems of the names a question asks about that some article uses, i.e. that are among
    ``focus.anchors``: its capitalised words (not days, months or other ``NOT_NAMES``), and the
    words no English dictionary knows, however a reader types them ("how big a fine did auerwerk
    get?")."""
    capitalised = {match.group(0) for match in _CAPITALISED.finditer(focus.question)}
    unknown = {word for word in words(focus.question) if is_name_like(word)}
    return {
        stem
        for word in capitalised | unknown
        if word.lower() not in NOT_NAMES
        for stem in content_stems(word)
        if stem in focus.anchors
    }


def named_in_another_story(
    best: SentenceCandidate,
    candidates: Sequence[SentenceCandidate],
    passages: Sequence[Passage],
    focus: Focus,
) -> SentenceCandidate | None:
    """For "On which exact day did the HSE inspector visit Corlan?": the best sentence holding a day
    is from a story that never names Corlan, while another story among the passages does.

    A value from an article that uses none of the names a typed question asks about (its capitalised
    words that few articles use) is another story's: the best sentence of the articles naming them
    is returned (to be answered with when it holds a value, otherwise told "not given"), or None
    when the best sentence's article names one of them, or no retrieved article does.
    """
    article = passages[best.passage].article_id
    names = _question_names(focus)
    if not names or any(article in focus.anchors[name] for name in names):
        return None
    naming = [c for c in candidates if any(passages[c.passage].article_id in focus.anchors[n] for n in names)]
    return max(naming, key=lambda c: c.score) if naming else None


def _term_units(text: str) -> set[str]:
    """The text's content stems, and each pair of them that stand together ("deputi mayor").

    Together means next to each other in the text: "coins in Saltmere" and "how many coins did the
    Saltmere burglars…" hold no pair, though their content words follow one another once "in", "did"
    and "the" are left out; nor does a pronoun make one ("fixing its pipes").
    """
    units = set(content_stems(text))
    previous = None
    for word in words(text):
        stems = content_stems(word) if word not in _PRONOUNS and word not in _POINTS_BACK else []
        stem = stems[0] if stems else None
        if previous and stem:
            units.add(f"{previous} {stem}")
        previous = stem
    return units


def list_sentences(
    best: SentenceCandidate,
    candidates: Sequence[SentenceCandidate],
    min_score: float,
    passages: Sequence[Passage],
    read_on: Sequence[SentenceCandidate] = (),
) -> list[SentenceCandidate]:
    """A list question's items: the best sentence, the sentences that carry on its list after it,
    and other paragraphs' sentences that score nearly as well.

    The list carries on in the best sentence's paragraph or, given ``read_on`` (the retrieved
    paragraphs' sentences and those of the paragraphs after them), past its end into the next
    paragraphs: "The official also used the comments to criticize Israeli policies." then, a
    paragraph later, "…the official accused Israel of failing to…".
    """
    chosen = [best]
    if read_on:
        same = []
        cand: SentenceCandidate | None = best
        while len(same) < 2 and (cand := next_sentence(cand, read_on, passages)) is not None:
            same.append(cand)
    else:
        same = sorted(
            (c for c in candidates if c.passage == best.passage and c.start > best.start),
            key=lambda c: c.start,
        )
    for cand in same[:2]:
        if cand.similarity >= 0.7 * best.similarity and cand.novelty >= 2:
            chosen.append(cand)
        else:
            break
    for cand in sorted(candidates, key=lambda c: -c.score):
        if len(chosen) >= MAX_LIST_SENTENCES:
            break
        if any(_same(cand, c) for c in chosen) or cand.passage == best.passage:
            continue
        share = LIST_SAME_ARTICLE_SHARE if _same_article(cand, best, passages) else OTHER_ARTICLE_SHARE
        if cand.score >= max(min_score, share * best.score):
            chosen.append(cand)
    return chosen


def reads_on(plan: QuestionPlan) -> bool:
    """True for the questions whose answer may carry on into the next paragraph: a list, a reason,
    a reaction (news prose develops such a point over several short paragraphs)."""
    return plan.is_list or plan.aspect in ("reason", "reaction")


def next_sentence(
    cand: SentenceCandidate, candidates: Sequence[SentenceCandidate], passages: Sequence[Passage]
) -> SentenceCandidate | None:
    """The sentence after ``cand`` in its article: the next of its paragraph or, when it ends its
    paragraph, the first of the article's next paragraph, when that is among the candidates."""
    here = passages[cand.passage]
    after = [c for c in candidates if c.passage == cand.passage and c.start >= cand.end]
    if not after:
        after = [
            c
            for c in candidates
            if passages[c.passage].article_id == here.article_id
            and passages[c.passage].paragraph == here.paragraph + 1
        ]
    return min(after, key=lambda c: c.start) if after else None


def withholds_answer(sentence: str, question: str, weights: dict[str, float]) -> bool:
    """True when a sentence says that what the question asks is withheld or not known.

    "Asked whether he would run for office again, Voss said only that…" for "is he going to run
    again?". The clause that says so (a sentence's clauses part at ";", ", and", ", but", ", without",
    ", while") must hold most of the question's words (``WITHHELD_COVERAGE`` of their weight):
    "Funeral arrangements will be announced later, …, and they have asked that instead of flowers…"
    withholds the funeral's date, not whether to send flowers. A question that asks whether a thing
    was said, set or made known ("had any date been set…?") is answered by the sentence saying it was
    not.
    """
    if _ASKS_IF_KNOWN.search(question):
        return False
    total = sum(weights.values()) or 1.0
    for clause in _CLAUSES.split(sentence):
        says_so = _WITHHELD.search(clause) is not None
        if says_so and _covered(weights, set(content_stems(clause))) >= WITHHELD_COVERAGE * total:
            return True
    return False


# The thing a "which…?" question asks to be named: "which contractor…", "what is the name of the
# company…", "what brand of printers…" (the noun after the question word, "the name of the" skipped).
_ASKED_THING = re.compile(
    r"\b(?:which|what)\s+(?:(?:is|was|are|were)\s+)?(?:the\s+)?(?:(?:name|names|brand|make|identity)\s+of\s+"
    r"(?:the\s+|this\s+|that\s+|its\s+|their\s+|his\s+|her\s+)?)?(?:[\w-]+\s+)?([a-z][\w-]*)\b",
    re.IGNORECASE,
)

_NAMING_WORDS = frozenset(content_stems("name names brand make identity"))


def withholds_asked_thing(sentence: str, question: str) -> bool:
    """True when a clause of the sentence says that the very thing a "which…?" question asks to be
    named is withheld: "The contractor has not been named" for "which contractor made the error?".

    Unlike ``withholds_answer``, the clause need not repeat the rest of the question: naming the thing
    asked for, beside words saying it is not known, is enough.
    """
    match = _ASKED_THING.search(question)
    if match is None:
        return False
    asked = set(content_stems(match.group(0))) - _FRAME_WORDS - _NAMING_WORDS
    if not asked:
        return False
    for clause in _CLAUSES.split(sentence):
        if _WITHHELD.search(clause) and asked & set(content_stems(clause)):
            return True
    return False


def carries_on(sentence: str) -> bool:
    """True when a sentence says it adds to the one before ("The official further criticized…")."""
    return _CARRIES_ON.match(sentence) is not None


def with_content(
    chosen: Sequence[SentenceCandidate],
    candidates: Sequence[SentenceCandidate],
    passages: Sequence[Passage] | None = None,
    quotes_on: bool = False,
) -> list[SentenceCandidate]:
    """Add the next sentence of the paragraph when a quote only announces what follows, or when that
    sentence goes on about the quote's subject.

    "Significant obstacles remain." answers "what are the obstacles?" in name only: the sentence
    after it lists them. A quote announces when it ends with a colon, adds fewer than three words of
    its own to the question's, or is short and names nothing (no figure, no name). The next sentence
    goes on when it opens by pointing back ("He congratulated Morrow…") and is about as close to the
    question (``CONTINUATION_SHARE``).

    Given the ``passages`` the candidates index (the retrieved paragraphs and those after them, see
    ``reads_on``), the next sentence of a paragraph's last one is the first of the next paragraph:
    it is quoted when the quote ends with a colon, or when it goes on (pointing back, or saying it
    adds to the quote: "The spokesman also referenced…") and is about as close to the question.
    With ``quotes_on`` (a list of points), a quote that goes on from a sentence added so is added too
    (``_quote_goes_on``).
    """
    result = list(chosen)
    queue = list(chosen)
    for cand in queue:
        if cand not in chosen:
            # A sentence added below: only a quote that goes on from it is added after it.
            n = next_sentence(cand, candidates, passages) if passages is not None else None
            if n is not None and not any(_same(n, c) for c in result) and _quote_goes_on(n, cand):
                result.append(n)
                queue.append(n)
            continue
        size = len(words(cand.text))
        announces = only_announces(cand.text) or (cand.novelty < 3 and size < 16)
        if passages is not None:
            after = [n] if (n := next_sentence(cand, candidates, passages)) is not None else []
        else:
            after = sorted(
                (c for c in candidates if c.passage == cand.passage and c.start >= cand.end),
                key=lambda c: c.start,
            )
        if not after or any(_same(after[0], c) for c in result):
            continue
        if after[0].passage != cand.passage:  # a paragraph break: announced only by a colon
            announces = cand.text.rstrip().endswith(":")
        # "Voss conceded after midnight." + "He congratulated Morrow…": the next sentence goes on
        # about the same subject, and is close to the question too.
        leans = points_back(after[0].text) or (passages is not None and carries_on(after[0].text))
        goes_on = leans and after[0].similarity >= CONTINUATION_SHARE * cand.similarity
        quoted = quotes_on and passages is not None and _quote_goes_on(after[0], cand)
        if announces or goes_on or quoted:
            result.append(after[0])
            if passages is not None and quotes_on:
                queue.append(after[0])
    return result


def with_paragraph(
    chosen: Sequence[SentenceCandidate],
    quoted: Sequence[SentenceCandidate],
    candidates: Sequence[SentenceCandidate],
) -> list[SentenceCandidate]:
    """``chosen`` and the other sentences of each ``quoted`` sentence's paragraph, when it is a short
    one (``REASON_PARAGRAPH_SENTENCES``): a reason, or one part of a question, is told over a
    paragraph more often than in one sentence, and the paragraph is what the citation points to."""
    result = list(chosen)
    for passage in dict.fromkeys(c.passage for c in quoted):
        paragraph = [c for c in candidates if c.passage == passage and not c.follow_only]
        if len(paragraph) <= REASON_PARAGRAPH_SENTENCES:
            result += [c for c in paragraph if not any(_same(c, q) for q in result)]
    return result


def _quote_goes_on(after: SentenceCandidate, cand: SentenceCandidate) -> bool:
    """Whether ``after`` (the sentence after ``cand``, maybe in the next paragraph) goes on with what
    the one ``cand`` reports said: a quote given to a pronoun (“…measured for a single
    week…,” he said) after a sentence reporting speech ("Professor Mehta… pointed out that…"),
    or the next sentence of that quote. News often puts a speaker's points in a paragraph of their
    own words after the one that names them; the quote reads far from the question all the same."""
    if after.text.lstrip()[:1] not in _QUOTE_MARKS:
        return False
    who = speaker_of(after.text)
    if who is None:
        return after.passage == cand.passage and cand.text.lstrip()[:1] in _QUOTE_MARKS
    return who.lower() in _PRONOUN_SPEAKERS and _REPORTS_SPEECH.search(cand.text) is not None


def with_antecedents(
    chosen: Sequence[SentenceCandidate], candidates: Sequence[SentenceCandidate]
) -> list[SentenceCandidate]:
    """Add the preceding sentence of the same paragraph when a quote opens by pointing back.

    "Their diplomatic role has often been viewed as essential…" means little without the sentence
    before it saying whose role; quoting both keeps the answer readable and the citation the same.
    """
    result = list(chosen)
    for cand in chosen:
        if not points_back(cand.text):
            continue
        before = [c for c in candidates if c.passage == cand.passage and c.end <= cand.start]
        if before and not any(_same(before[-1], c) for c in result):
            result.append(before[-1])
    return result


def _specific(sentence: str) -> bool:
    """True when the sentence names something: a figure, or a capitalised name after its first word."""
    return bool(re.search(r"\d", sentence)) or any(m.start() > 0 for m in _CAPITALISED.finditer(sentence))


def only_announces(sentence: str) -> bool:
    """True for a sentence that announces what comes next rather than saying it: one that ends with a
    colon, or a short one that names nothing ("Forecasters have also revised where the storm made
    landfall.", "That is where we will pause our coverage for tonight.")."""
    return sentence.rstrip().endswith(":") or (
        len(words(sentence)) <= SHORT_SENTENCE_WORDS and not _specific(sentence)
    )


def points_back(sentence: str) -> bool:
    """True when the sentence opens with a word that leans on the one before ("Their…", "That is…")."""
    first_word = sentence.split(maxsplit=1)[0].lower().strip("“\"'") if sentence.strip() else ""
    return first_word in _POINTS_BACK


def _same(a: SentenceCandidate, b: SentenceCandidate) -> bool:
    return a.passage == b.passage and a.start == b.start


def _same_article(a: SentenceCandidate, b: SentenceCandidate, passages: Sequence[Passage]) -> bool:
    return passages[a.passage].article_id == passages[b.passage].article_id


def compose(chosen: Sequence[SentenceCandidate], passages: Sequence[Passage]) -> Draft:
    """Answer text in reading order of the chosen sentences; a marker closes each paragraph's quote."""
    unique: dict[tuple[int, int], SentenceCandidate] = {}
    for cand in chosen:
        unique.setdefault((cand.passage, cand.start), cand)
    ordered = sorted(unique.values(), key=lambda c: (c.passage, c.start))
    markers: dict[int, int] = {}
    quotes: dict[int, list[str]] = {}
    parts = []
    for i, cand in enumerate(ordered):
        marker = markers.setdefault(cand.passage, len(markers) + 1)
        quotes.setdefault(cand.passage, []).append(cand.text)
        last_of_paragraph = i + 1 == len(ordered) or ordered[i + 1].passage != cand.passage
        parts.append(f"{cand.text} [{marker}]" if last_of_paragraph else cand.text)
    citations = [
        citation_for(marker, passages[idx], " ".join(quotes[idx])) for idx, marker in markers.items()
    ]
    return Draft(" ".join(parts), citations)


def citation_for(marker: int, passage: Passage, quote: str) -> Citation:
    return Citation(
        marker=marker,
        article_id=passage.article_id,
        title=passage.title,
        paragraph=passage.paragraph,
        text=passage.text,
        quote=quote,
        byline=passage.byline,
    )
