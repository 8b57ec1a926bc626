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
