import pandas as pd
import pytest

from helpers.spans import Span, check_spans, frame_from_spans


def test_span_holds_its_slice():
    text = "Mr Putin said"
    span = Span(3, 8, text[3:8])
    assert text[span.start : span.end] == span.text == "Putin"


@pytest.mark.parametrize(
    "start, end, text, error",
    [(5, 3, "", ValueError), (-1, 2, "abc", ValueError), (0, 3, "ab", ValueError), (0.0, 2, "ab", TypeError)],
)
def test_span_rejects_inconsistent_offsets(start, end, text, error):
    with pytest.raises(error):
        Span(start, end, text)


def test_frame_orders_rows_and_puts_offsets_first():
    frame = frame_from_spans([{"kind": "b", "text": "y", "start": 4, "end": 5}, Span(0, 1, "x")])
    assert frame.columns.tolist()[:3] == ["start", "end", "text"]
    assert frame["text"].tolist() == ["x", "y"]


def test_empty_frame_keeps_its_columns():
    frame = frame_from_spans([], columns=["start", "end", "text", "kind"])
    assert frame.empty and frame.columns.tolist() == ["start", "end", "text", "kind"]


def test_check_spans_names_the_bad_row():
    frame = pd.DataFrame({"start": [0], "end": [2], "text": ["no"]})
    with pytest.raises(ValueError, match="should be 'ab'"):
        check_spans("abc", frame)
