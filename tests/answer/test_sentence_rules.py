"""Rules of the extractive answerer that read a sentence's words alone (no model, no index)."""

from __future__ import annotations

from functools import partial

import pytest

from assistant.answer.extractive import (
    Draft,
    ExtractiveAnswerer,
    Focus,
    SentenceCandidate,
    _covered,
    _other_in_paragraph,
    _term_units,
    answer_values,
    asked_elsewhere,
    attached,
    carries_on,
    counted_noun,
    everyday_stems,
    gives_aspect,
    list_sentences,
    named_elsewhere,
    question_focus,
    reads_on,
    speaker_of,
    with_content,
)
from assistant.answer.kinds import QuestionPlan
from assistant.answer.router import _clearly_better
from assistant.text import content_stems, words
from assistant.types import Passage


def test_everyday_words_are_told_from_rare_ones() -> None:
    found = everyday_stems("What obstacles stand in the way of a deal?")
    assert set(content_stems("stand way deal")) <= found
    assert not set(content_stems("obstacles")) & found
    assert not everyday_stems("How many children caught measles in the cryptocurrency outbreak?") & set(
        content_stems("measles cryptocurrency")
    )


def _sentences(paragraph: str) -> list[SentenceCandidate]:
    out, start = [], 0
    for part in paragraph.split(". "):
        text = part if part.endswith(".") else part + "."
        out.append(SentenceCandidate(0, start, start + len(text), text, similarity=0.5, novelty=6))
        start += len(part) + 2
    return out


def test_a_short_sentence_that_names_nothing_brings_the_next_one() -> None:
    found = _sentences(
        "Despite the renewed diplomatic activity, significant obstacles remain. Previous efforts stalled "
        "over implementation, verification mechanisms and security guarantees."
    )
    assert [c.text for c in with_content(found[:1], found)] == [found[0].text, found[1].text]


def test_a_short_sentence_with_a_name_or_a_figure_stands_alone() -> None:
    for opening in ("Talks resume in Cairo next week.", "The union wants 9 percent more."):
        found = _sentences(f"{opening[:-1]}. Nothing else was agreed on the day, officials said.")
        assert [c.text for c in with_content(found[:1], found)] == [found[0].text]


def test_weak_number_words_count_less_than_figures() -> None:
    values = answer_values("It is one of the network's 640 services.", "number", set())
    assert [strong for _, strong in values] == [False, True]


def test_a_figure_next_to_the_question_words_gives_what_is_asked() -> None:
    focus = set(content_stems("how many trains were cancelled"))
    asked = "The strike forced the operator to cancel 412 of its 640 scheduled trains."
    other = "The operator said 85,000 people ride on a normal weekday, and that trains were cancelled."
    assert attached(asked, answer_values(asked, "number", set()), focus)
    assert not attached(other, answer_values(other, "number", set()), focus)
    weak = "Only one was cancelled."
    assert not attached(weak, answer_values(weak, "number", set()), focus)


def test_the_counted_noun_names_a_figure_only_right_after_it() -> None:
    question = "How many trains got cancelled when the drivers walked out?"
    focus, counted = question_focus(question), counted_noun(question)
    assert counted == content_stems("trains")[0]
    riders = "The company estimates that about 85,000 people use its trains on a normal weekday."
    assert attached(riders, answer_values(riders, "number", set()), focus)  # near "trains" alone
    assert not attached(riders, answer_values(riders, "number", set()), focus, counted)
    for counts in ("The operator ran only 300 trains.", "It had to cancel 412 of its services."):
        assert attached(counts, answer_values(counts, "number", set()), focus, counted)
    assert counted_noun("How many of the branches will close?") == content_stems("branches")[0]
    assert counted_noun("How much did it cost?") is None


def test_a_figure_that_counts_another_noun_is_not_the_one_asked_for() -> None:
    question = "how many firefighters are on the Merrow Lake fire?"
    focus, counted = question_focus(question), counted_noun(question)
    lead = "The fire destroyed at least 14 structures, including nine homes, as fire officials said."
    assert attached(lead, answer_values(lead, "number", set()), focus)  # beside "fire" alone
    assert not attached(lead, answer_values(lead, "number", set()), focus, counted)
    crews = "The number of firefighters has risen to 140, up from 65 on Tuesday."
    assert attached(crews, answer_values(crews, "number", set()), focus, counted)


def test_a_rate_or_percentage_asked_for_is_a_figure_per_cent_follows() -> None:
    question = set(words("what interest rate was the lender charging people?"))
    assert not answer_values("Its app has been downloaded more than 2 million times.", "number", question)
    assert answer_values("The loans carried interest of 4.5 percent a month.", "number", question)
    shares = set(words("what percentage did each candidate get?"))
    assert len(answer_values("Morrow won 53.1 percent, Voss 40.6% of 12,000 votes.", "number", shares)) == 2


def test_a_count_of_units_is_a_figure_in_that_unit() -> None:
    question = "how many calories were in the breakfasts?"
    counted, asked = counted_noun(question), set(words(question))
    assert not answer_values("The other 19 schools carried on as before.", "number", asked, counted=counted)
    assert answer_values("Each breakfast held about 350 calories.", "number", asked, counted=counted)


def test_a_name_before_the_counted_noun_only_says_whose() -> None:
    assert counted_noun("how many Brackenford homes were flooded?") == content_stems("homes")[0]
    assert counted_noun("how many Tesla cars were sold?") == content_stems("cars")[0]


def test_a_span_of_time_is_the_figure_only_when_the_question_asks_about_time() -> None:
    sentence = "She was 78 years old and had run the restaurant for three decades."
    assert answer_values(sentence, "number", set(words("how old was she")))
    assert not answer_values("It ran for two years.", "number", set(words("how many people came")))


def test_a_part_whose_sentence_is_already_quoted_takes_another_of_its_paragraph() -> None:
    chair, meeting = _sentences(
        "The talks will be chaired by a former judge who settled a dispute in 2022. Both sides will "
        "meet on Friday, September 18"
    )
    chair.score, meeting.score = 0.77, 0.47
    assert _other_in_paragraph(chair, [chair, meeting], [chair]) is meeting
    meeting.score = 0.3  # far behind: not what the part asks about
    assert _other_in_paragraph(chair, [chair, meeting], [chair]) is None


def _quoted_paragraphs(
    first: str, second: str, plan: QuestionPlan, best_attached: bool = False, other_attached: bool = False
) -> list[int]:
    """The paragraphs ``_choose`` cites when ``first`` (¶1) is the best sentence and ``second`` (¶2, of
    the same article) scores nearly as well."""
    passages = [Passage("story", i + 1, text, "Story", 0.0) for i, text in enumerate([first, second])]
    best = SentenceCandidate(
        0, 0, len(first), first, similarity=0.6, score=0.6, novelty=8, attached=best_attached
    )
    other = SentenceCandidate(
        1, 0, len(second), second, similarity=0.55, score=0.55, novelty=8, attached=other_attached
    )
    answerer = ExtractiveAnswerer(embeddings=None)  # type: ignore[arg-type]  # _choose reads no model
    return [c.paragraph for c in answerer._choose(best, [best, other], passages, plan).citations]


def test_a_when_question_quotes_one_paragraphs_date() -> None:
    first = "The bank expects inflation to reach its target in the second half of 2028."
    second = "Economists have pushed back their forecast for the first cut to June."
    assert _quoted_paragraphs(first, second, QuestionPlan("lookup", answer_type="date")) == [1]
    # "who…?" may have several answers: a close second paragraph is still quoted
    assert _quoted_paragraphs(first, second, QuestionPlan("lookup", answer_type="person")) == [1, 2]


def test_a_second_paragraph_that_stands_on_its_own_may_be_quoted() -> None:
    first = "Among the most contentious issues in the talks is the question of disarmament."
    second = "Egypt and Qatar have served as intermediaries throughout the conflict."
    # quoting one paragraph only for a question asking for no value cost key facts on the held-out
    # sets (docs/answers.md), so both kinds of lookup may quote a second paragraph
    assert _quoted_paragraphs(first, second, QuestionPlan("lookup")) == [1, 2]
    assert _quoted_paragraphs(first, second, QuestionPlan("lookup", answer_type="person")) == [1, 2]


def test_a_second_paragraph_opening_by_pointing_back_is_not_quoted() -> None:
    first = "Among the most contentious issues in the talks is the question of disarmament, officials say."
    second = "These issues have long divided Egypt and Qatar, the mediators say."
    assert _quoted_paragraphs(first, second, QuestionPlan("lookup", answer_type="person")) == [1]


def test_a_second_paragraph_figure_must_stand_by_the_question_words_as_the_best_does() -> None:
    first = "Replacement buses ran on two of the five lines on Monday."
    second = "The operator cancelled 412 of its 640 scheduled services on Monday."
    plan = QuestionPlan("lookup", answer_type="number")
    assert _quoted_paragraphs(first, second, plan, best_attached=True) == [1]
    # a figure of the thing asked too: quoted
    assert _quoted_paragraphs(first, second, plan, best_attached=True, other_attached=True) == [1, 2]


def test_a_lookup_quotes_one_story() -> None:
    first = "Services inflation was unchanged at 5.2 percent in September."
    second = "The company's new offer is a 6 percent rise over two years."
    passages = [Passage(name, 2, text, name, 0.0) for name, text in (("rates", first), ("rail", second))]
    best = SentenceCandidate(0, 0, len(first), first, similarity=0.6, score=0.6, novelty=8)
    other = SentenceCandidate(1, 0, len(second), second, similarity=0.59, score=0.59, novelty=8)
    answerer = ExtractiveAnswerer(embeddings=None)  # type: ignore[arg-type]  # _choose reads no model
    plan = QuestionPlan("lookup", answer_type="number")
    cited = answerer._choose(best, [best, other], passages, plan).citations
    assert [c.article_id for c in cited] == ["rates"]


def test_the_focus_is_the_question_clause() -> None:
    assert question_focus("In the first report on the train strike, how many services were axed?") == set(
        content_stems("services axed")
    )
    assert question_focus("How many trains got cancelled when the drivers walked out?") == set(
        content_stems("trains cancelled")
    )


def test_a_vague_quantity_is_a_weak_figure() -> None:
    values = answer_values('He said the strike was costing businesses "millions every day".', "number", set())
    assert values and not any(strong for _, strong in values)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Voss, 63, conceded a little after midnight in a brief speech.", "Voss, 63,"),
        ("The federation described the offer as a first step.", "The federation"),
        (
            "Diane Okwu, the chief operating officer, said the offer was fair.",
            "Diane Okwu, the chief operating officer,",
        ),
        ('"We would simply start cooking," said Dominic Hale, who produced the series.', "Dominic Hale"),
        ('"We regret the disruption," Okwu said.', "Okwu"),
        ("He congratulated Morrow and promised a smooth handover.", "He"),
        ("Voss held on only in the three wards along the lakefront.", None),
    ],
)
def test_the_speaker_of_a_sentence_that_reports_speech(sentence: str, speaker: str | None) -> None:
    assert speaker_of(sentence) == speaker


REASON = QuestionPlan("why_how", aspect="reason")


@pytest.mark.parametrize(
    "sentence",
    [
        "The council voted to close three branches, citing a budget shortfall of 12 million dollars.",
        "The mayor defended the decision, saying the city had to choose between libraries and firefighters.",
        "Fishing associations had argued that the turbines would close off the best cod grounds.",
        "The union opposes longer shifts, which it says would put safety at risk.",
        "The majority pointed to signs that the labour market was cooling.",
        "Delays were blamed on a shortage of parts.",
    ],
)
def test_sentences_that_give_a_reason(sentence: str) -> None:
    assert gives_aspect(SentenceCandidate(0, 0, len(sentence), sentence), REASON)


@pytest.mark.parametrize(
    "sentence",
    [
        "The policy rate was raised ten times between 2022 and 2024.",
        "It has also proposed delaying longer shifts until a safety review is completed.",
        "The branches will shut their doors on June 30.",
        "Rents have risen by about 38 percent since 2021.",
    ],
)
def test_sentences_that_give_no_reason(sentence: str) -> None:
    assert not gives_aspect(SentenceCandidate(0, 0, len(sentence), sentence), REASON)


def test_a_shorter_article_word_that_begins_the_question_word_is_of_its_family() -> None:
    weights = {stem: 1.0 for stem in content_stems("fishermen")}
    assert _covered(weights, set(content_stems("Fishing associations objected."))) == pytest.approx(0.6)
    assert _covered(weights, set(content_stems("Fire crews objected."))) == 0.0


def test_an_earlier_report_that_alone_gives_the_reason_answers_a_why_question() -> None:
    newest = Draft("It proposed a review.", [], best_score=0.40, gives_aspect=False)
    earlier = Draft("It opposes the plan, which it says would put safety at risk.", [], best_score=0.41)
    assert _clearly_better(earlier, newest)
    assert not _clearly_better(Draft("…", [], best_score=0.35), newest)  # a reason, but a worse match
    assert not _clearly_better(Draft("…", [], best_score=0.41), Draft("…", [], best_score=0.40))


def _paragraph(article_id: str, title: str, n: int, text: str) -> Passage:
    """Paragraph ``n`` of an article, as retrieval returns it."""
    return Passage(article_id=article_id, paragraph=n, text=text, title=title, score=1.0)


def test_a_value_in_a_paragraph_that_never_names_who_is_asked_about_belongs_to_someone_else() -> None:
    passage = partial(_paragraph, "bank", "Central Bank Holds Rates")

    decision = "The board's next decision is due on February 12."
    vote = "Two members, including Deputy Governor Pia Kestner, voted for a cut."
    passages = [passage(3, decision), passage(2, vote)]
    dated = SentenceCandidate(0, 0, len(decision), decision, score=0.5)
    named = SentenceCandidate(1, 0, len(vote), vote, score=0.3, has_type=False)
    question = "When does Deputy Governor Kestner's term end?"
    weights = dict.fromkeys(content_stems(question), 1.0)
    focus = Focus(question, weights, {"kestner": {"bank"}})
    assert named_elsewhere(dated, [dated, named], passages, focus) is named
    # the answer's paragraph names her: the date may be hers
    passages[0] = passage(3, f"{decision} Kestner's term ends then.")
    assert named_elsewhere(dated, [dated, named], passages, focus) is None
    # a name the article does not use says nothing about this article's sentences
    assert named_elsewhere(dated, [dated, named], passages, Focus(question, weights, {})) is None


def test_a_reader_may_type_a_name_in_lower_case() -> None:
    passage = partial(_paragraph, "bank", "Central Bank Holds Rates")

    decision = "The board's next decision is due on February 12."
    vote = "Two members, including Deputy Governor Pia Kestner, voted for a cut."
    passages = [passage(3, decision), passage(2, vote)]
    dated = SentenceCandidate(0, 0, len(decision), decision, score=0.5)
    named = SentenceCandidate(1, 0, len(vote), vote, score=0.3, has_type=False)
    question = "when does kestner's term end"
    anchors = {"kestner": {"bank"}, "term": {"bank"}}
    focus = Focus(question, dict.fromkeys(content_stems(question), 1.0), anchors)
    assert named_elsewhere(dated, [dated, named], passages, focus) is named  # "term" is an English word


def test_a_name_in_the_storys_lead_is_its_topic_not_whose_the_value_is() -> None:
    passage = partial(_paragraph, "theft", "Coins Stolen From Museum")

    count = "All 212 coins were taken from a glass case."
    lead = "A hoard of Roman coins found near Brackwell has been stolen from the town's museum."
    passages = [passage(2, count), passage(1, lead)]
    counted = SentenceCandidate(0, 0, len(count), count, score=0.5)
    leading = SentenceCandidate(1, 0, len(lead), lead, score=0.3, has_type=False)
    question = "How many coins did the Brackwell thieves take?"
    focus = Focus(question, dict.fromkeys(content_stems(question), 1.0), {"brackwel": {"theft"}})
    assert named_elsewhere(counted, [counted, leading], passages, focus) is None
    # ...but a name only a later paragraph gives is someone the value may not belong to
    passages[1] = passage(5, lead)
    assert named_elsewhere(counted, [counted, leading], passages, focus) is leading
    # ...unless more than one paragraph names it: then the story is about it
    passages.append(passage(7, "Brackwell's museum had no alarm, police said."))
    assert named_elsewhere(counted, [counted, leading], passages, focus) is None


def test_words_stand_together_only_when_nothing_comes_between_them() -> None:
    assert "deputi mayor" in _term_units("She named a deputy mayor for housing.")
    # "did the" and "in" come between: no pair, though the content words follow one another
    assert "coin saltmer" not in _term_units("How many coins did the Saltmere burglars take?")
    assert "coin saltmer" not in _term_units("They kept these coins in Saltmere.")
    assert "fix it" not in _term_units("It spent more on dividends than on fixing its pipes.")


@pytest.mark.parametrize(
    ("title", "count", "other", "question"),
    [
        # words that only follow one another ("coins in Saltmere") are no pair the best lacks
        (
            "Coins Stolen From Saltmere",
            "All 212 coins were taken from a glass case.",
            "People put their hands in their pockets to keep these coins in Saltmere, the curator said.",
            "How many coins did the Saltmere burglars get away with?",
        ),
        # a pair the best paragraph holds in another order ("Hospital General de Montevar")
        (
            "Cyberattack forces Spanish hospital to postpone operations",
            "The Hospital General de Montevar, a 620-bed hospital, detected the attack on Monday.",
            "Ambulances were diverted, although the Montevar hospital's own emergency unit is open.",
            "how many beds has the montevar hospital got?",
        ),
    ],
)
def test_a_value_is_not_taken_for_another_things_by_words_the_best_paragraph_holds(
    title: str, count: str, other: str, question: str
) -> None:
    passage = partial(_paragraph, "story", title)
    passages = [passage(2, count), passage(7, other)]
    counted = SentenceCandidate(0, 0, len(count), count, score=0.5, similarity=0.45)
    closer = SentenceCandidate(1, 0, len(other), other, score=0.3, similarity=0.5, has_type=False)
    weights = dict.fromkeys(content_stems(question), 1.0)
    assert asked_elsewhere(counted, [counted, closer], passages, weights, question) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The official further criticized the expansion of the closed zone.",
        "The spokesman also referenced comments by the defence minister.",
        "At the same time, officials stressed that aid must not be diverted.",
        "In addition, the council will cut opening hours at the remaining branches.",
        "The Confederation of Trade Unions also criticised the Bank.",
    ],
)
def test_sentences_that_add_to_the_one_before(sentence: str) -> None:
    assert carries_on(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A further 200 homes were evacuated overnight.",
        "Police said further details would be released on Monday.",
        "Children who received the vaccine were also about half as likely to be admitted.",
        "The port authority said it remained committed to talks.",
        "Officials said the talks would resume next week, and also that no deal was close.",
    ],
)
def test_sentences_that_do_not_say_they_add_to_the_one_before(sentence: str) -> None:
    assert not carries_on(sentence)


def _paragraphs(*texts: str) -> tuple[list[Passage], list[SentenceCandidate]]:
    """One-sentence paragraphs of one article, each sentence a candidate as close as the first."""
    title = "Port Workers Reject Pay Deal"
    passages = [Passage("port", i + 1, text, title, 0.0) for i, text in enumerate(texts)]
    found = [
        SentenceCandidate(i, 0, len(text), text, similarity=0.5, score=0.5, novelty=6)
        for i, text in enumerate(texts)
    ]
    return passages, found


def test_a_point_carries_on_into_the_next_paragraph() -> None:
    passages, found = _paragraphs(
        "The organiser, Mara Quinn, used the meeting to criticise the port authority's record on safety.",
        "She further criticised plans to extend night shifts without extra pay.",
        "The authority said it remained committed to talks.",
    )
    # read on (the passages given): the next paragraph says it adds to the quote
    assert [c.text for c in with_content(found[:1], found, passages)] == [found[0].text, found[1].text]
    # not read on: a quote's paragraph ends where it ends
    assert [c.text for c in with_content(found[:1], found)] == [found[0].text]
    # a next paragraph that goes on to something else is not quoted
    assert [c.text for c in with_content(found[1:2], found, passages)] == [found[1].text]


def test_a_list_carries_on_past_the_end_of_its_paragraph() -> None:
    passages, found = _paragraphs(
        "The union also used the meeting to criticise the port authority.",
        "Its organiser accused the authority of ignoring a report on crane maintenance.",
        "Unrelated: the harbour's new ferry service starts in June.",
    )
    found[1].score = 0.3  # below the answer threshold: on its own, no item of the list
    found[2].similarity, found[2].score = 0.2, 0.2  # far from the question: the list has ended
    chosen = list_sentences(found[0], found, 0.36, passages, read_on=found)
    assert [c.passage for c in chosen] == [0, 1]
    assert [c.passage for c in list_sentences(found[0], found, 0.36, passages)] == [0]


def test_only_lists_reasons_and_reactions_read_on() -> None:
    assert reads_on(QuestionPlan("multi_part", is_list=True))
    assert reads_on(QuestionPlan("why_how", aspect="reason"))
    assert reads_on(QuestionPlan("lookup", aspect="reaction", speaker="the union"))
    assert not reads_on(QuestionPlan("why_how", aspect="means"))
    assert not reads_on(QuestionPlan("lookup", answer_type="number"))


def test_a_clock_time_is_a_time_and_no_count() -> None:
    sentence = "The fire started shortly before 11.40pm, and by 4am about 500 people had registered."
    assert [sentence[at:].split()[0] for at, _ in answer_values(sentence, "number", set())] == ["500"]
    assert answer_values(sentence, "date", set())  # "when did the fire start?" is answered
    assert answer_values(sentence, "time", set())
    assert answer_values("The museum's alarm went off at 2.50am.", "date", set())


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The fire started shortly before 11.40pm.", True),
        ("The blast was heard at 6 a.m. across the town.", True),
        ("The fire broke out late on Monday night.", True),  # a part of the day says roughly when
        ("The museum will reopen on Saturday.", False),  # a date alone says no time of day
        ("The plant opened in 1998.", False),
    ],
)
def test_what_a_what_time_question_is_answered_by(sentence: str, found: bool) -> None:
    assert bool(answer_values(sentence, "time", set())) is found


def test_what_exact_time_wants_a_clock_time() -> None:
    assert not answer_values("The fire broke out late on Monday night.", "time", set(), exact=True)
    assert answer_values("The fire broke out at 11.40pm on Monday night.", "time", set(), exact=True)
