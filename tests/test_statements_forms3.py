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
