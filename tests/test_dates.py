import datetime as dt

import pytest

from helpers.dates import parse_date_phrase


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Updated: February 01, 2022, 8:59 PM", (dt.date(2022, 2, 1), dt.time(20, 59))),
        ("Published: 12 March 2024 07:45 GMT", (dt.date(2024, 3, 12), dt.time(7, 45))),
        ("Mon 6 Nov 2023 17.02 GMT", (dt.date(2023, 11, 6), dt.time(17, 2))),
        ("Published: March 3, 2021, 12:15 AM", (dt.date(2021, 3, 3), dt.time(0, 15))),
        ("Tuesday, Jan.  31, 2022", (dt.date(2022, 1, 31), None)),
        ("Sept. 30, 2021", (dt.date(2021, 9, 30), None)),
        ("2023-06-14", (dt.date(2023, 6, 14), None)),
        ("on the 3rd of March 2020", (dt.date(2020, 3, 3), None)),
    ],
)
def test_date_lines(phrase, expected):
    assert parse_date_phrase(phrase) == expected


@pytest.mark.parametrize("phrase", ["no date", "Feb 30, 2022", "May 2022", "Simon 6 Nov", "12 pm", "100,000 troops"])
def test_not_a_complete_date(phrase):
    assert parse_date_phrase(phrase) is None
