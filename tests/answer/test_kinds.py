"""Question kinds: what a reader's question asks for, read from its wording alone."""

from __future__ import annotations

import pytest

from assistant.answer.extractive import answer_values, holds_answer_type
from assistant.answer.kinds import (
    answer_type,
    classify,
    exemption_query,
    part_aspect,
    split_parts,
    without_version_cue,
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Summarize the article for me", "overview"),
        ("What is this story about?", "overview"),
        ("main points of the harbour story?", "overview"),
        ("what's the latest on the port strike?", "overview"),
        ("Who wrote this article?", "about_article"),
        ("who is the author?", "about_article"),
        ("What's the headline?", "about_article"),
        ("When was this piece published?", "about_article"),
        ("Which outlet published this story?", "about_article"),
        ("How many articles do you have?", "about_article"),
        ("Which articles are about transport?", "about_article"),
        ("Does the article mention Turkey?", "mention"),
        ("Is the United Nations discussed?", "mention"),
        ("is anything said about mosquito nets in the malaria piece?", "mention"),
        ("does the budget story say how the unions responded?", "mention"),
        ("Why are the mediators pushing for a deal now?", "why_how"),
        ("How does the new battery work?", "why_how"),
        ("What are the obstacles to an agreement?", "multi_part"),
        ("Who will they meet, and on what date?", "multi_part"),
        ("How much did the stadium cost?", "lookup"),
        ("Which Saudi-based outlet quoted the senior official?", "lookup"),
        ("Who is the lead author of the study?", "lookup"),
        ("What's the reason for the strike?", "why_how"),
        ("What's the latest news on the bridge?", "overview"),
        ("What were the three main findings of the trial?", "multi_part"),
    ],
)
def test_kind(question: str, kind: str) -> None:
    assert classify(question).kind == kind


def test_a_reaction_asked_as_a_noun_names_who_reacted() -> None:
    plan = classify("What was the reaction of the fishing industry?")
    assert (plan.kind, plan.aspect, plan.speaker) == ("lookup", "reaction", "fishing industry")


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("How many homes lost power?", "number"),
        ("How much did the council spend on it?", "money"),
        ("By how much did an erratic sleep schedule raise the odds of diabetes?", "number"),
        ("By how much did the price rise?", "money"),
        ("When does the new mayor take office?", "date"),
        ("Where will the talks be held?", "place"),
        ("Who paid for the research?", "person"),
        ("What did the report find?", None),
        ("What do the drivers earn a year?", "money"),
        ("how big a fine did the company get", "money"),
        ("what's the fine if you don't pay the levy", "money"),
        ("What is the fine print?", None),
        ("How long is the walkout supposed to go on for?", "duration"),
        ("How soon will the bridge reopen?", "date"),
        ("How long until the polls close?", "date"),
        ("Which countries was it tested in?", "place"),
        ("Which officials signed the letter?", "person"),
        ("Which council officials resigned?", "person"),
        ("What is the name of the firm that built the bridge?", "person"),
        ("what's his name", "person"),
        ("What exact date is the vote?", "date"),
        ("What's the most recent figure for cancelled trains?", "number"),
        ("What is the latest jobless rate?", "number"),
        ("Over what distance were dead fish found?", "distance"),
        ("How full was the reservoir?", "number"),
        ("Roughly what time did the blaze kick off?", "time"),
        ("At what time was the alarm raised?", "time"),
        ("What time of year do the birds nest?", "date"),
        # a reason or a way is asked for, whatever figure the question names
        ("what reasons did the vice-chancellor give for the fee rise", None),
        ("how did the astronomers work out how heavy the planet is", None),
        ("why did the price of the tickets rise?", None),
        ("how did the number of people in hospital change between the two reports?", "number"),
    ],
)
def test_answer_type(question: str, wanted: str | None) -> None:
    assert answer_type(question) == wanted


def test_metadata_questions_name_every_field_they_ask_for() -> None:
    assert classify("who wrote the monday piece on the strike, and for which paper?").fields == (
        "author",
        "outlet",
    )
    assert classify("who wrote the wind farm article and when?").fields == ("author", "date")


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("when did the malaria vaccine article come out?", "date"),
        ("who covered the rail strike update?", "author"),
        ("who wrote about the battery breakthrough?", "author"),
    ],
)
def test_reader_ways_of_asking_about_the_article(question: str, field: str) -> None:
    plan = classify(question)
    assert (plan.kind, plan.fields[:1]) == ("about_article", (field,))


def test_mention_questions_in_other_words() -> None:
    for question in (
        "do glaciers come up in the volcano live blog?",
        "does the mayor feature in any of the stories?",
        "does either cyclone article mention cholera",
    ):
        assert classify(question).kind == "mention", question
    assert classify("did prices come up in the end?").kind != "mention"


def test_mention_subject_leaves_out_where_to_look() -> None:
    assert classify("Does the wind farm story say anything about birds?").subject == "birds"
    plan = classify("is there anything about cryptocurrency?")
    assert (plan.kind, plan.subject) == ("mention", "cryptocurrency")
    # "was there any…?" asks whether the articles tell of it; "is there an independent review…?" is news
    plan = classify("Was there any ransom demand?")
    assert (plan.kind, plan.subject) == ("mention", "ransom demand")
    assert classify("Is there an independent review of the crash?").kind == "lookup"


def test_versions_and_days_named_in_the_question() -> None:
    assert classify("In the first report, how many were evacuated?").version == "first"
    assert classify("What's the most recent death toll?").version == "latest"
    assert classify("What did Monday's report say about the buses?").weekday == "monday"
    assert classify("How many were evacuated?").version is None
    for later in (
        "In the follow-up story, what was the death toll?",
        "Did the later story correct anything?",
        "In the second report, who was named?",
        "In the newer report, how many firefighters are there?",
    ):
        assert classify(later).version == "latest", later
    assert classify("What did the earlier piece say about evacuations?").version == "first"
    # the earliest moment of the story is told by its first report
    assert classify("At the start of the strike, on how many lines did buses run?").version == "first"
    assert classify("What did the union want at the outset of the talks?").version == "first"
    assert classify("What did the second inspection find?").version is None
    # the day a change is counted from names no report: what changed is in the newest
    since = classify("how far has it spread since monday")
    assert (since.version, since.weekday) == ("latest", None)


def test_a_short_part_carries_the_first_parts_words() -> None:
    parts = split_parts("How big was the shortfall, and what closed it?")
    assert parts[0] == "How big was the shortfall"
    assert parts[1].startswith("what closed it") and "shortfall" in parts[1]


def test_a_leading_phrase_that_asks_after_its_frame_is_a_part() -> None:
    question = "on the monday of the fire how many firefighters were out, and how hot did it get?"
    parts = split_parts(question)
    assert len(parts) == 2 and parts[0] == "on the monday of the fire how many firefighters were out"
    assert classify(question).kind == "multi_part"


def test_a_leading_phrase_frames_the_question_and_is_not_a_part() -> None:
    question = "In the first report on the train strike, how many services were cancelled?"
    assert split_parts(question) == [question]
    assert classify(question).kind == "lookup"
    assert split_parts("Who will they meet, and on what date?")[0] == "Who will they meet"
    # a part that points back to what the first part named carries the first part's words
    assert split_parts("Who will chair the talks, and when will they take place?")[1] == (
        "when will they take place Who will chair the talks"
    )


def test_a_bare_first_question_word_shares_the_clause_after_it() -> None:
    assert split_parts("When and where did Ines Carvalho pass away?") == [
        "When did Ines Carvalho pass away",
        "where did Ines Carvalho pass away",
    ]
    assert split_parts("When and why did the director resign?")[0] == "When did the director resign"


@pytest.mark.parametrize(
    ("part", "aspect"),
    [
        ("why Who won the vote", "reason"),
        ("how will they be paid for how many jobs will it bring", "means"),
        ("how did the company react", "reaction"),
        ("how many jobs will it bring", None),
        ("how long did it keep it", None),
        ("when are they", None),
    ],
)
def test_a_part_asks_for_a_reason_a_means_or_a_reaction(part: str, aspect: str | None) -> None:
    assert part_aspect(part)[0] == aspect


def test_version_cue_words_are_left_out_of_the_content() -> None:
    assert "first" not in without_version_cue("In the first report, how many were evacuated?")
    assert without_version_cue("What is the latest death toll?") == "What is the death toll?"
    assert without_version_cue("How many were evacuated?") == "How many were evacuated?"


@pytest.mark.parametrize(
    ("sentence", "wanted", "holds"),
    [
        ("It is the first strike by drivers on the network in eleven years.", "date", True),
        ("Talks resume within a couple of weeks.", "date", True),
        ("The union rejected the offer.", "date", False),
        ("The company offered £1,200 for every driver.", "money", True),
        ("A litre costs 50 cents more.", "money", True),
        ("Its shares fell by 3 per cent on Tuesday.", "money", False),  # a share, not an amount
        # a figure in a date, a clock time or a year is no count
        ("The walkout started at one minute past midnight.", "number", False),
        ("The office will certify the results on November 20.", "number", False),
        ("Polls closed at 8 p.m. in 2024.", "number", False),
        ("The council voted 7 to 4 on Monday night.", "number", True),
        # a figure in a name, or a span of time when the question does not ask about time
        ("The vaccine, known as R45, was developed in Accra.", "number", False),
        ("Households have been squeezed for three years.", "number", False),
        ("She trained at the restaurant in the 1990s.", "number", False),
        ("She trained at the restaurant in the 1990s.", "date", True),
        # a span is given as one or by when it ends
        ("The strike is due to run until the end of service on Friday.", "duration", True),
        ("It was a five-day strike.", "duration", True),
        ("The union rejected the offer.", "duration", False),
    ],
)
def test_what_a_sentence_holds(sentence: str, wanted: str, holds: bool) -> None:
    assert holds_answer_type(sentence, wanted, set()) is holds  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "wanted", "holds"),
    [
        ("The delegation travels to Cairo next weekend.", "date", False),
        ("The delegation travels to Cairo on Friday.", "date", True),
        ("The meeting is set for March 3.", "date", True),
        ("The strike is costing shops millions of pounds.", "money", False),
        ("The strike is costing the operator £700,000 a day.", "money", True),
        ("Hundreds of homes were damaged.", "number", False),
        ("About 300 homes were damaged.", "number", True),
    ],
)
def test_a_question_asking_for_the_exact_value_wants_a_precise_one(
    sentence: str, wanted: str, holds: bool
) -> None:
    assert holds_answer_type(sentence, wanted, set(), exact=True) is holds  # type: ignore[arg-type]
    assert holds_answer_type(sentence, wanted, set())  # type: ignore[arg-type]


def test_exact_questions() -> None:
    assert classify("How much is the strike costing shops exactly?").exact
    assert classify("What exact date are the talks?").exact
    assert not classify("When are the talks?").exact


@pytest.mark.parametrize(
    ("question", "kind", "subject"),
    [
        ("is the mayor mentioned in the library story?", "mention", "mayor"),
        ("any word on the schools?", "mention", "schools"),
        ("anything in there about vaccines?", "mention", "vaccines"),
        ("explain the battery research story to me", "overview", None),
        ("what happened with the mayor's race?", "overview", None),
    ],
)
def test_more_reader_phrasings(question: str, kind: str, subject: str | None) -> None:
    plan = classify(question)
    assert plan.kind == kind
    if subject is not None:
        assert plan.subject == subject


@pytest.mark.parametrize(
    ("question", "aspect", "speaker"),
    [
        ("Why did the council close the pool?", "reason", ""),
        ("What prompted the walkout?", "reason", ""),
        ("How will the city pay for the new stadium?", "means", ""),
        ("How is the vaccine given?", "means", ""),
        ("How did the opposition react to the budget?", "reaction", "opposition"),
        ("What did the health minister say about the outbreak?", "reaction", "health minister"),
        ("What warning did the chief engineer give?", "reaction", "chief engineer"),
        ("What was the mayor's response?", "reaction", "mayor"),
        ("Are the nurses happy with the deal?", "reaction", "nurses"),
        ("How did she take over the family firm?", "means", ""),
        # how something came about asks for a reason; "come to an agreement" is a means
        ("How did the driver come to be on the wrong side of the road?", "reason", ""),
        ("How did the boat end up on the rocks?", "reason", ""),
        ("How did the two sides come to an agreement?", "means", ""),
        # the reason named with its owner, and "what's" run together
        ("What's the council's reasoning for closing the pool?", "reason", ""),
        ("What's the reason for the delay?", "reason", ""),
        ("How exactly will the city pay for the stadium?", "means", ""),
    ],
)
def test_why_how_aspect(question: str, aspect: str, speaker: str) -> None:
    plan = classify(question)
    assert (plan.aspect, plan.speaker) == (aspect, speaker)


def test_a_reaction_asked_without_why_or_how_is_still_a_lookup() -> None:
    plan = classify("Is the union happy with the offer?")
    assert (plan.kind, plan.aspect, plan.speaker) == ("lookup", "reaction", "union")
    assert classify("Who chairs the talks?").aspect is None


def test_a_yes_no_question_after_the_comma_is_a_part_of_its_own() -> None:
    assert split_parts("which fish died, and are people allowed in the water?") == [
        "which fish died",
        "are people allowed in the water",
    ]
    assert classify("Who won the seat, and was it close?").kind == "multi_part"
    # an auxiliary inside a clause, with no comma before "and", is not a new question
    question = "Which schools shut and were any reopened?"
    assert split_parts(question) == [question]


def test_who_does_not_have_to_asks_for_those_left_out_not_for_a_name() -> None:
    assert exemption_query("Who doesn't have to follow the hose ban?") == "who is exempt from the hose ban?"
    assert exemption_query("who is exempt from the charge?") == "who is exempt from the charge?"
    assert classify("Who doesn't have to follow the hose ban?").answer_type is None
    assert exemption_query("Who won the race?") is None
    assert classify("Who won the race?").answer_type == "person"


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("how far down was the collapse at bellamy creek", "distance"),
        ("How deep is the mine?", "distance"),
        ("what's the height of the new tower?", "distance"),
        ("how far is the wind farm from the coast?", "distance"),
        ("how far did prices fall?", "number"),  # how far as how much
        ("how high is inflation?", "number"),
        ("how old is their boss?", "age"),
        ("what age was she when she died?", "age"),
        ("how old is the bridge?", "age"),
        # a "who" after a noun opens a relative clause and asks nothing
        ("which school were the parents from who spotted the mistake?", None),
        ("what did the man who found the coins say?", None),
        ("tell me who spotted it", "person"),
        ("how strong did the wind get at the festival?", "number"),
    ],
)
def test_the_kind_of_value_a_question_asks_for(question: str, wanted: str | None) -> None:
    assert answer_type(question) == wanted


def test_an_age_next_to_another_persons_name_is_not_the_age_asked_for() -> None:
    sentence = (
        "Emils Kalnbergs, a 17-year-old from Latvia, beat the top seed, Aleksander Verbitsky, on Sunday."
    )
    asked = {"how", "old", "is", "aleksander", "verbitsky"}
    assert not answer_values(sentence, "age", asked, counted="aleksander")
    assert answer_values(sentence, "age", {"how", "old", "is", "emils", "kalnbergs"}, counted="emils")
    # asked by role: the age by the name is the one asked for
    role = "The dead included a local ski instructor, Florian Larcher, 27, from St. Velten."
    assert answer_values(role, "age", {"how", "old", "ski", "instructor", "st", "velten"}, counted="ski")
