"""Tests for forms of direct and mixed quotes found on real news (issue 10): each an invented example."""

from __future__ import annotations

import pytest
from test_statements import found

LEE = ("Rep. Ann Lee", "lee", "TITLE_NAME")


@pytest.mark.parametrize(
    "body, expected",
    [
        ("“It is a dog whistle,” Rep. Ann Lee (D-Wis.) said Friday.", [["It is a dog whistle,", "direct", "lee", "said"]]),
        ("“It is a shame,” Rep. Ann Lee (R-Utah) said after the witness failed to appear.",
         [["It is a shame,", "direct", "lee", "said"]]),
        # a sentence may still end after a parenthesis: the next one opens with a capital
        ("Rep. Ann Lee spoke (in Washington, D.C.) Then she left.", []),
    ],
)
def test_a_party_and_state_in_parentheses_before_the_cue(body, expected):
    assert found(body, LEE) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("“It feels like, ‘Meh, later,’” Rep. Ann Lee said.", [["It feels like, ‘Meh, later,’", "direct", "lee", "said"]]),
        ("“My mother asked, ‘Are you sure?’” said Rep. Ann Lee.", [["My mother asked, ‘Are you sure?’", "direct", "lee", "said"]]),
        ('"People say, \'It does not matter,\'" Rep. Ann Lee said.', [["People say, 'It does not matter,'", "direct", "lee", "said"]]),
        ("“My mother asked, ‘Are you sure?’” the candidate said.", [["My mother asked, ‘Are you sure?’", "direct", None, "said"]]),
    ],
)
def test_a_quote_ending_in_a_quote_before_its_cue(body, expected):
    assert found(body, LEE) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Rep. Ann Lee continued, “For us, all we ask is a hearing.”", [["For us, all we ask is a hearing.", "direct", "lee", "continued"]]),
        ("Rep. Ann Lee went on to say, “She once threw a book.”", [["She once threw a book.", "direct", "lee", "went on"]]),
        ("Rep. Ann Lee joked: “Not again.”", [["Not again.", "direct", "lee", "joked"]]),
        # with no quote after it, such a verb reports nothing
        ("Rep. Ann Lee continued to push the bill.", []),
    ],
)
def test_a_verb_of_going_on_before_a_quote(body, expected):
    assert found(body, LEE) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Rep. Ann Lee began by saying, “I do not think so.”", [["I do not think so.", "direct", "lee", "saying"]]),
        ("Rep. Ann Lee stunned the room by saying “Too many.”", [["Too many.", "direct", "lee", "saying"]]),
        # without a quote, "by saying" is the writer's account of how something was done
        ("Rep. Ann Lee won the vote by saying little.", []),
    ],
)
def test_saying_after_by_introduces_a_quote(body, expected):
    assert found(body, LEE) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("As Rep. Ann Lee put it, “Nobody reads the bill.”", [["Nobody reads the bill.", "direct", "lee", "put it"]]),
        ("But as Rep. Ann Lee puts it, the bill is “dead on arrival.”", [["the bill is “dead on arrival.”", "direct", "lee", "puts it"]]),
        ("The bill needs a “lawful source of income,” as Rep. Ann Lee put it.",
         [["The bill needs a “lawful source of income,”", "direct", "lee", "put it"]]),
        # without any quote mark or other cue in the paragraph
        ("As Rep. Ann Lee put it, the bill is dead.", [["the bill is dead", "indirect", "lee", "put it"]]),
        ("The bill is dead, as Rep. Ann Lee put it.", [["The bill is dead", "indirect", "lee", "put it"]]),
        # "put it" with a particle is an act, no frame: "as she put it down"
        ("As Rep. Ann Lee put it down, “the bill” was read.", []),
    ],
)
def test_as_someone_put_it(body, expected):
    assert found(body, LEE) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a name among the lower-case words before the speaker's name
        ("“October was good for her,” said former Ohio adviser Ann Lee.", [["October was good for her,", "direct", "lee", "said"]]),
        # a relative clause after the speaker
        ("“It will be hard,” said Ann Lee who has worked for two rivals.", [["It will be hard,", "direct", "lee", "said"]]),
        ("“It will be hard,” said a data expert who has worked for two rivals.", [["It will be hard,", "direct", None, "said"]]),
        # after reported speech, a clause after "said" is no subject
        ("The vote was fair, said the count had been checked.", []),
    ],
)
def test_an_inverted_subject_with_a_name_or_a_relative_clause(body, expected):
    assert found(body, ("Ann Lee", "lee", "NAME")) == expected


def test_what_she_called_is_said_by_the_subject_named_before():
    from helpers.article import article_from_text
    from helpers.document import Document

    text = "Talks resume\n\nMs Ann Lee condemned what she called a “brazen breach” of the rules.\n"
    statement = Document(article_from_text(text)).statements[0]
    assert (statement.text, statement.rule, statement.speaker_rule) == ("brazen breach", "cue_names_quote", "subject_mention")
    assert text[statement.speaker_start : statement.speaker_end] == "Ms Ann Lee"


def test_a_closing_mark_typed_at_the_start_of_a_quote_opens_it():
    from helpers.article import article_from_text
    from helpers.statements import quotes

    text = "Talks resume\n\n”Fear. I am truly afraid.” ― Ann Lee\n\nShe said it was ”a shame”.\n"
    assert quotes(article_from_text(text))["text"].tolist() == ["Fear. I am truly afraid.", "a shame"]
    assert found("”Fear. I am truly afraid.” ― Ann Lee", ("Ann Lee", "lee", "NAME")) == [["Fear. I am truly afraid.", "direct", "lee", "―"]]


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Rep. Ann Lee tells her supporters at a rally to “go to your place and vote.”",
         [["to “go to your place and vote.”", "direct", "lee", "tells"]]),
        ("Rep. Ann Lee urged voters to “vote your conscience” on Tuesday.",
         [["voters to “vote your conscience” on Tuesday", "direct", "lee", "urged"]]),
        # a directive in the writer's words is no statement
        ("Rep. Ann Lee told them to leave.", []),
        ("Rep. Ann Lee told them to read “The Lord of the Rings”.", []),
    ],
)
def test_a_directive_in_its_own_words_is_a_mixed_quote(body, expected):
    assert found(body, LEE) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Rep. Ann Lee spoke.\n\nShe’s claiming that fraud is “a big problem.”", [["fraud is “a big problem.”", "direct", "lee", "claiming"]]),
        ("They're telling voters that “it is rigged.”", [["it is rigged.", "direct", None, "telling"]]),
        # a possessive before an -ing form is no subject: "the firm’s saying"
        ("The firm’s saying was “buy low.”", []),
    ],
)
def test_be_contracted_onto_a_pronoun_before_an_ing_cue(body, expected):
    assert found(body, LEE, ("She", "lee", "PRONOUN")) == expected
