import pytest

from helpers import HelpersError
from helpers.exercises import check, is_correct


@pytest.mark.parametrize(
    "exercise, answer, expected",
    [
        ("00-weekday", "  TUESDAY ", True),  # text: case and spaces ignored
        ("00-weekday", "Monday", False),
        ("05-annotate", ["this month"], True),  # set: order and duplicates ignored
        ("05-annotate", ["this month", "this month"], True),
        ("05-annotate", ["this month", "may"], False),
        ("05-annotate", "this month", False),  # a bare string is not a list of answers
        ("05-precision", 6 / 8, True),  # number: within the tolerance
        ("05-precision", "0.75", True),
        ("05-precision", 0.8, False),
        ("05-precision", "three quarters", False),
        ("00-body-paragraphs", 28, True),  # exact
        ("00-body-paragraphs", "28", False),
    ],
)
def test_matching_rules(exercise, answer, expected):
    assert is_correct(exercise, answer) is expected


def test_unknown_exercise_names_the_problem():
    with pytest.raises(HelpersError, match="no exercise called 'nope'"):
        is_correct("nope", 1)


def test_wrong_answer_prints_the_hint(capsys):
    check("05-precision", 0.6)
    assert capsys.readouterr().out.startswith("Not quite. Hint: Precision divides")
