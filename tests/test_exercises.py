import math

import numpy as np
import pandas as pd
import pytest

from helpers import HelpersError
from helpers.exercises import (
    CORRECT,
    NOT_ANSWERED,
    _answer_key,
    check,
    describe,
    is_correct,
    verdict,
)

HALF_YEAR = {
    "name": "first_half",
    "type": "DATE",
    "pattern": r"the{s}first{s}half{s}of{s}(?P<year>{year})",
    "value": "{year}-H1",
}


@pytest.mark.parametrize(
    "exercise, answer",
    [
        ("00-weekday", "  WEDNESDAY "),  # text: case and spaces ignored
        ("00-weekday", np.str_("Wednesday")),  # a numpy string is a string
        ("05-annotate", ["this month"]),  # set: order and duplicates ignored
        ("05-annotate", ["This  month", "this month"]),
        ("05-annotate", pd.Series(["this month"])),  # a column of texts is a list of texts
        ("05-annotate", np.array(["this month"])),
        ("05-precision", 6 / 8),  # number: within the tolerance
        ("05-precision", np.float64(0.75)),
        ("04-score-by-hand", 0.44041),
        ("00-body-paragraphs", 28),
        ("00-body-paragraphs", np.int64(28)),  # a numpy integer, e.g. from .sum()
        ("00-body-paragraphs", 28.0),  # a whole float, e.g. from a mean times a count
        ("02-half-year", HALF_YEAR),
        ("02-half-year", [HALF_YEAR]),
        ("02-half-year", pd.DataFrame([HALF_YEAR])),
    ],
)
def test_right_answers_in_any_reasonable_form(exercise, answer):
    assert verdict(exercise, answer) == CORRECT


@pytest.mark.parametrize(
    "exercise, answer, says",
    [
        # the likely mistakes the issue names: a Series or DataFrame where one number is due
        ("01-body-sentences", pd.Series([True] * 12), "Expected one whole number (did you forget .sum() or len()?); got a pandas Series of 12 values."),
        ("01-body-sentences", pd.DataFrame({"a": [1, 2], "b": [3, 4]}), "got a pandas DataFrame of 2 rows and 2 columns"),
        ("01-body-sentences", pd.Series([32]), "Take the value out with .iloc[0]."),
        ("01-body-sentences", np.array([1, 2]), "got a numpy array of 2 values"),
        # strings for numbers, booleans, NaN, None-like and fractions
        ("01-body-sentences", "32", "got the text '32' (in quotes): write the number without quotes"),
        ("05-precision", "0.75", "write the number without quotes"),
        ("05-precision", "three quarters", "Expected one number, such as 0.5; got the text 'three quarters'."),
        ("01-body-sentences", True, "got True (a yes/no value)"),
        ("01-body-sentences", float("nan"), "got NaN, pandas' mark for a missing value"),
        ("01-body-sentences", np.float64("nan"), "got NaN"),
        ("01-body-sentences", pd.NA, "got NaN"),
        ("01-body-sentences", 31.5, "which has a fraction"),
        ("01-body-sentences", {"body": 32}, "got a dict with keys ['body']"),
        ("01-body-sentences", object(), "got a value of type object"),
        # a text where a list is due, nested lists, numbers in a list
        ("05-annotate", "this month", "put it in square brackets, ['this month']"),
        ("05-annotate", [["this month"]], "give every item as a text in quotes, in one flat list"),
        ("05-annotate", [1, 2], "got a list holding the number 1"),
        ("05-annotate", pd.DataFrame({"text": ["this month"]}), "pick one column"),
        ("05-annotate", 3, "Expected a list of texts"),
        # a number or a Series where a text is due
        ("00-weekday", 3, "Expected one text in quotes, such as 'Monday'; got the number 3."),
        ("00-weekday", pd.Series(["Wednesday"]), "Take the text out with .iloc[0]."),
        ("00-weekday", ["Wednesday"], "Take the text out with [0]."),
        # a value typed by hand where a pattern row is due
        ("02-half-year", "2021-H1", "Expected the new pattern row as a dict"),
        ("02-half-year", {"name": "x", "pattern": "y"}, "your row has no type, value"),
    ],
)
def test_wrong_kinds_of_answer_say_what_was_expected(exercise, answer, says):
    message = verdict(exercise, answer)
    assert says in message and message != CORRECT


@pytest.mark.parametrize(
    "exercise, answer, hint",
    [
        ("00-weekday", "Tuesday", "Tuesday is the weekday in Abu Dhabi"),
        ("00-body-paragraphs", 36, "page furniture included"),
        ("02-last-week", "2022-W00", "There is no week 0"),
        ("02-last-week", "2022-w05", "Write YYYY-Www"),  # no specific mistake: the general hint
        ("04-score-by-hand", 0.44, "Round to four decimals, not two"),
        ("05-precision", 0.6, "6 / 10 is recall"),
        ("05-annotate", ["may", "this month"], "\"may\" here is the verb"),
        ("05-annotate", ["this month", "may"], "\"may\" here is the verb"),
    ],
)
def test_likely_mistakes_get_a_hint_aimed_at_them(exercise, answer, hint):
    message = verdict(exercise, answer)
    assert message.startswith("Not quite. Hint:") and hint in message


def test_a_wrong_list_says_how_many_items_are_extra_and_missing():
    message = verdict("03-discovered", ["vladimir_putin", "antony_blinken", "NATO"])
    assert message.startswith("Not quite: 1 item of yours should not be there, and 7 items are missing. Hint:")


def test_a_value_typed_by_hand_into_a_pattern_row_fails_on_new_sentences():
    typed = dict(HALF_YEAR, value="2021-H1")
    message = verdict("02-half-year", typed)
    assert "On a new sentence, 'Output fell in the first half of 2019.'" in message
    assert "['2021-H1']; it should find ['2019-H1']" in message


def test_a_broken_pattern_row_is_reported_not_raised():
    assert "is not a valid regular expression" in verdict("02-half-year", dict(HALF_YEAR, pattern="the first half of ("))
    assert "does not capture" in verdict("02-half-year", dict(HALF_YEAR, pattern="the first half of {year}"))


def test_a_pattern_that_matches_too_much_fails():
    greedy = dict(HALF_YEAR, pattern=r"the{s}first{s}half(?:{s}of{s}(?P<year>{year}))?")
    assert verdict("02-half-year", greedy).startswith("Not quite.")


def test_four_decimals_means_four_decimals():
    assert not is_correct("04-score-by-hand", 0.44)
    assert not is_correct("04-score-by-hand", 0.4405)


def test_unknown_exercise_names_the_problem(capsys):
    with pytest.raises(HelpersError, match="no exercise called 'nope'"):
        is_correct("nope", 1)
    check("nope", 1)  # check() prints the sentence instead of raising
    assert capsys.readouterr().out.startswith("There is no exercise called 'nope'")


def test_check_prints_one_line(capsys):
    check("05-precision", None)
    check("05-precision", 0.75)
    check("05-precision", 0.5)
    lines = capsys.readouterr().out.splitlines()
    assert lines == [NOT_ANSWERED, CORRECT, "Not quite. Hint: Precision divides the right ones by everything the machine found."]


def test_describe_names_numpy_scalars_as_numbers():
    assert describe(np.int64(4)) == "the number 4"
    assert describe(np.bool_(True)) == "True (a yes/no value)"
    assert describe(math.inf) == "the number inf"


def test_every_key_entry_is_well_formed():
    for exercise, entry in _answer_key().items():
        assert entry.get("match", "exact") in {"exact", "number", "text", "set", "timex_rows"}, exercise
        assert entry["hint"], exercise
        for mistake in entry.get("wrong", []):
            assert not is_correct(exercise, mistake["answer"]), f"{exercise}: a listed mistake passes"
            assert mistake["hint"] in verdict(exercise, mistake["answer"]), exercise
