"""Tests for forms of statements found on real news in the third round of issue 10: each an invented example."""

from __future__ import annotations

import pytest
from test_statements import found

LEE = ("Rep. Ann Lee", "lee", "TITLE_NAME")
PARK = ("Tom Park", "park", "NAME")


@pytest.mark.parametrize(
    "body, expected",
    [
        # a quoted show or book title inside the words before "X said …" is not the content
        ("On the radio show “Morning Talk,” Rep. Ann Lee said that the bridge “will not close.”",
         [["the bridge “will not close.”", "direct", "lee", "said"]]),
        ("Tom Park, author of “Deep Water,” about rivers, said the river had “never been cleaner.”",
         [["the river had “never been cleaner.”", "direct", "park", "said"]]),
        # a quote opening the sentence keeps its tail after the cue
        ("“It is over,” Rep. Ann Lee said after the hearing ended on Monday afternoon.",
         [["It is over,", "direct", "lee", "said"]]),
    ],
)
def test_a_title_in_quotes_before_the_subject_is_not_the_quote(body, expected):
    assert found(body, LEE, PARK) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a frame after a comma is a clause of its own: the content before it ends there
        ("While Rep. Ann Lee said the plan was “a disaster,” Tom Park said it would work.",
         [["the plan was “a disaster,”", "direct", "lee", "said"], ["it would work", "indirect", "park", "said"]]),
        # a frame in a relative clause ends the content before it
        ("Rep. Ann Lee said she was “ready to serve” after a vote that Tom Park said broke the rules.",
         [["she was “ready to serve” after a vote", "direct", "lee", "said"], ["broke the rules", "indirect", "park", "said"]]),
    ],
)
def test_a_frame_after_a_comma_or_that_ends_the_content_before_it(body, expected):
    assert found(body, LEE, PARK) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # an apostrophe inside a word before the cue is no quote mark
        ("“We will rebuild,” the city’s mayor Tom Park said.", [["We will rebuild,", "direct", "park", "said"]]),
        # a word between two commas is an aside, not a clause break
        ("The bridge, though, would have to “close for a year,” Tom Park said.",
         [["The bridge, though, would have to “close for a year,”", "direct", "park", "said"]]),
        # an inverted subject keeps its relative clause after a quote that follows a name
        ("Lee “was treated fairly,” said Tom Park, who led the inquiry into the case.",
         [["Lee “was treated fairly,”", "direct", "park", "said"]]),
    ],
)
def test_subjects_and_asides_around_a_quote_before_its_cue(body, expected):
    assert found(body, LEE, PARK) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # an opening mark typed where the quote closes
        ("“We will rebuild,“ said Tom Park.", [["We will rebuild,", "direct", "park", "said"]]),
        # a closing mark after an invisible direction mark opens the quote
        ("\u202a”We will rebuild,” said Tom Park.", [["We will rebuild,", "direct", "park", "said"]]),
    ],
)
def test_quote_marks_typed_the_wrong_way_round(body, expected):
    assert found(body, PARK) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a verb of data/statements/quote_verbs.csv reports what it quotes …
        ("Tom Park mocked the plan as “a joke.”", [["the plan as “a joke.”", "direct", "park", "mocked"]]),
        ("“Not again,” Tom Park shot back.", [["Not again,", "direct", "park", "shot back"]]),
        ("Tom Park’s supporters chanted “Four more years!”", [["Four more years!", "direct", None, "chanted"]]),
        # … and nothing without a quote
        ("Tom Park praised the team.", []),
        ("Tom Park yelled for an hour at the referee.", []),
    ],
)
def test_a_verb_that_reports_only_what_it_quotes(body, expected):
    assert found(body, PARK) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # the subject of ", saying …" is the main clause's, after an opening phrase
        ("In a reply to Rep. Ann Lee, Tom Park wrote to voters, saying “we will win.”",
         [["we will win.", "direct", "park", "saying"]]),
        ("And although Rep. Ann Lee thanked him, Tom Park struck a sour tone, saying “it is not enough.”",
         [["it is not enough.", "direct", "park", "saying"]]),
    ],
)
def test_an_opening_phrase_is_not_the_subject_of_a_participle_cue(body, expected):
    assert found(body, LEE, PARK) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a long title and name after a quote is still its subject
        ("“We will not give up,” Senate Minority Leader Tom Park of Wisconsin (D-Wis.) said in a statement.",
         [["We will not give up,", "direct", "park", "said"]]),
        # a quote closed with no comma before its frame (a typing slip)
        ("“We will not give up” said Tom Park.", [["We will not give up", "direct", "park", "said"]]),
        ("“We will not give up” Tom Park said.", [["We will not give up", "direct", "park", "said"]]),
        # a quote inside the sentence is not such a quote
        ("Tom Park called it “a farce” on Monday.", [["a farce", "direct", "park", "called"]]),
    ],
)
def test_the_subject_after_a_quote_may_be_long_or_follow_no_comma(body, expected):
    assert found(body, PARK) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a quote paragraph signed on the next line, after a hyphen, maybe with a place
        ("“We pay more than anyone.”\n\n- Tom Park.\n\nThat is not true.", [["We pay more than anyone.", "direct", "park", "-"]]),
        ("“We pay more than anyone.”\n\n-Tom Park, Ohio.", [["We pay more than anyone.", "direct", "park", "-"]]),
        # a list item after a quote is no signature
        ("“We pay more than anyone.”\n\n- The plan will cost more.", [["We pay more than anyone.", "direct", None, ""]]),
    ],
)
def test_a_quote_signed_on_the_next_line(body, expected):
    assert found(body, PARK) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # an -ing cue with no comma before it reports the quote right after it …
        ("“We will win,” Tom Park said before adding: “It will be close.”",
         [["We will win,", "direct", "park", "said"], ["It will be close.", "direct", "park", "adding"]]),
        # … after a quote ending in a comma too, and the content before it keeps its quote
        ("Tom Park hailed the bridge as “sound,” telling reporters that it was “built to last.”",
         [["the bridge as “sound,”", "direct", "park", "hailed"], ["it was “built to last.”", "direct", "park", "telling"]]),
        # … and nothing without a quote
        ("Tom Park was seen saying goodbye to the staff.", []),
        # the words before it are its subject when no link word stands there
        ("Both sides spoke, Tom Park’s office saying the bridge was “safe again.”",
         [["the bridge was “safe again.”", "direct", "park", "saying"]]),
    ],
)
def test_an_ing_cue_right_before_a_quote(body, expected):
    assert found(body, PARK) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # "according to X" after a quote ending in a comma
        ("“The work will end in a few weeks,” according to Tom Park.", [["The work will end in a few weeks,", "direct", "park", "according to"]]),
        ("The city kept them “waiting for months,” according to Tom Park.",
         [["The city kept them “waiting for months,”", "direct", "park", "according to"]]),
    ],
)
def test_according_to_after_a_quote(body, expected):
    assert found(body, PARK) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a noun inside marks that are no quote marks is no subject that ends the content before it
        ("Tom Park said only that hikers ``take care'' on the ridge.",
         [["only that hikers ``take care'' on the ridge", "indirect", "park", "said"]]),
        # an -ing cue inside another frame's content is no frame of its own
        ("Tom Park said that letters praising the bridge “show real support.”",
         [["letters praising the bridge “show real support.”", "direct", "park", "said"]]),
    ],
)
def test_frames_that_do_not_cut_the_content_around_them(body, expected):
    assert found(body, PARK) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a naming inside a statement of the same speaker leaves the statement whole …
        ("Tom Park said the plan, which he called “a farce,” would fail.",
         [["the plan, which he called “a farce,” would fail", "direct", "park", "said"]]),
        # … and a naming by someone else stays a statement of its own
        ("Tom Park said the plan, which Rep. Ann Lee called “a farce,” would fail.",
         [["the plan, which Rep. Ann Lee called “a farce,” would fail", "direct", "park", "said"], ["a farce,", "direct", "lee", "called"]]),
    ],
)
def test_a_naming_inside_a_statement(body, expected):
    assert found(body, PARK, LEE, ("he", "park", "PRONOUN")) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # up to four words before a cue set off by commas are too few to be the content: what follows is
        ("Two winters ago, Tom Park said, the bridge looked “close to falling down.”",
         [["the bridge looked “close to falling down.”", "direct", "park", "said"]]),
        ("The new mayor, Tom Park said, will have to “start from scratch.”",
         [["will have to “start from scratch.”", "direct", "park", "said"]]),
        # a longer stretch before the cue is the content, and a setting after the frame is not
        ("The city will have to start again from scratch next year, Tom Park said, after the vote.",
         [["The city will have to start again from scratch next year", "indirect", "park", "said"]]),
        # what was said may run on after the frame: one statement in two parts
        ("The city will have to start again from scratch next year, Tom Park said, but “nobody doubts it.”",
         [["The city will have to start again from scratch next year", "direct", "park", "said"],
          ["but “nobody doubts it.”", "direct", "park", "said"]]),
    ],
)
def test_a_short_opening_before_a_parenthetical_cue(body, expected):
    assert found(body, PARK) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a verb that needs a clause or a listener reports a content quoting someone's words
        ("Tom Park stated the plan was “a farce from the start.”", [["the plan was “a farce from the start.”", "direct", "park", "stated"]]),
        # and still nothing without a quote
        ("Tom Park warned of dire costs.", []),
        ("Tom Park threatened a general strike.", []),
    ],
)
def test_a_quote_makes_a_content_of_a_clause_verb(body, expected):
    assert found(body, PARK) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # naming verbs of quote_verbs.csv: the content is the quote
        ("Tom Park referred to the plan as “a disaster.”", [["a disaster.", "direct", "park", "referred to"]]),
        ("Tom Park labeled the bridge “the road to nowhere.”", [["the road to nowhere.", "direct", "park", "labeled"]]),
        # other verbs of quote_verbs.csv report what they quote
        ("Tom Park questioned “the wisdom of the budget.”", [["the wisdom of the budget.", "direct", "park", "questioned"]]),
        ("Tom Park questioned the budget.", []),
    ],
)
def test_naming_and_questioning_verbs(body, expected):
    assert found(body, PARK) == expected


def test_a_quote_verb_that_quoted_nothing_does_not_split_a_quote():
    body = "“The bridge opens in May,” Tom Park said, referring to Lee. “The road follows in June.”"
    assert found(body, PARK) == [["The bridge opens in May,", "direct", "park", "said"], ["The road follows in June.", "direct", "park", "said"]]


def test_a_question_quote_then_a_listener_taking_cue_with_a_tail():
    body = "“Who will pay for the bridge?” Tom Park asked reporters loudly during a town meeting. “Not the town.”"
    assert found(body, PARK) == [["Who will pay for the bridge?", "direct", "park", "asked"], ["Not the town.", "direct", "park", "asked"]]


def test_a_frame_that_ends_its_sentence_speaks_the_quote_after_it():
    body = "Rep. Ann Lee spoke first.\n\nTom Park, the party's director, said in a statement. “The bridge will reopen in May.”"
    assert found(body, LEE, PARK) == [["The bridge will reopen in May.", "direct", "park", "said"]]


def test_an_inverted_subject_holds_no_quote():
    body = "Tom Park, director of the institute, called the bridge a “turning point” for the city."
    assert found(body, PARK) == [["turning point", "direct", "park", "called"]]


def test_a_naming_quote_is_the_first_after_a_short_object():
    body = "Tom Park called the bridge “a fine design” and ranked it among “the best in the region.”"
    assert found(body, PARK) == [["a fine design", "direct", "park", "called"]]


def test_a_document_saying_a_quote_is_its_issuers():
    body = "Tom Park issued a statement saying the bridge would “stay open.”"
    assert found(body, PARK) == [["the bridge would “stay open.”", "direct", "park", "saying"]]


def test_no_verb_form_is_in_both_cue_lists():
    # a form of quote_verbs.csv that reporting_verbs.csv also lists would be read as an ordinary
    # reporting verb without a word (cue_forms keeps the first kind): keep the two lists apart
    from helpers.resources import read_table

    def forms(*table):
        return {form for row in read_table(*table) for form in row["forms"].split("|")}

    quoted = forms("statements", "quote_verbs.csv")
    assert quoted and not quoted & forms("lexicons", "reporting_verbs.csv")


# Stop 35 (read a fresh batch of CoNLL-2003 statements): wire news names a reported speaker with a bare role and a
# preposition set off by commas, or with a long "of … in …" phrase, before the cue; and after an inverted cue the words
# after the speaker's name may be the speaker's role, not more content.
@pytest.mark.parametrize(
    "body, expected",
    [
        ("Exports will fall, Tom Park, head of the Kestrel office of Interpol, told Reuters.",
         [["Exports will fall", "indirect", "park", "told"]]),
        ("Exports will fall, Economist Tom Park of Kestrel Bank in Ospreyville said.",
         [["Exports will fall", "indirect", "park", "said"]]),
        ("Exports will fall, said Tom Park, an economist at Kestrel Bank.",
         [["Exports will fall", "indirect", "park", "said"]]),
        ("However, said Tom Park, the plan failed.",
         [["the plan failed", "indirect", "park", "said"]]),
        # the review's mends: a titled speaker before the role, and a split statement around an inverted speaker's role
        ("Talks stalled on Monday, Kestrel chief Tom Park, head of the Osprey office, told Reuters.",
         [["Talks stalled on Monday", "indirect", "park", "told"]]),
        ("The central bank, said Tom Park, an economist at Kestrel Bank, will cut rates in May.",
         [["The central bank", "indirect", "park", "said"], ["will cut rates in May", "indirect", "park", "said"]]),
    ],
)
def test_a_reported_speaker_with_a_role_or_a_long_name_phrase(body, expected):
    assert found(body, PARK) == expected


# "accused" after a determiner and one lower-case word, before a preposition or a comma, is a person, not a cue.
@pytest.mark.parametrize(
    "body, expected",
    [
        ("Tom Park, the chief accused in the case, visited Osprey twice, police said.",
         [["Tom Park, the chief accused in the case, visited Osprey twice", "indirect", None, "said"]]),
        ("The company accused Tom Park of fraud.", [["Tom Park of fraud", "indirect", None, "accused"]]),
    ],
)
def test_the_accused_is_a_person_not_a_cue(body, expected):
    assert found(body, PARK) == expected
