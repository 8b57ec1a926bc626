import html as html_lib
import re

import pandas as pd

from helpers.report.highlight import Layer, highlight_html


def visible_text(html: str) -> str:
    body = html.split('font-family:Georgia,serif">', 1)[1]
    return html_lib.unescape(re.sub(r"<[^>]+>", "", body))


def test_text_survives_escaped_and_whole():
    text = 'He said "<script>alert(1)</script>" & left.'
    spans = pd.DataFrame({"start": [9], "end": [34], "speaker": ["x"]})
    html = highlight_html(text, [Layer("statement", spans, "speaker")])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert visible_text(html) == text


def test_nested_spans_mark_the_inner_run_with_both_layers():
    text = "“Mr Putin will go,” he said."
    quotes = pd.DataFrame({"start": [1], "end": [17], "speaker": ["vladimir_putin"]})
    names = pd.DataFrame({"start": [1], "end": [9], "actor_id": ["vladimir_putin"]})
    html = highlight_html(text, [Layer("statement", quotes, "speaker"), Layer("actor", names, "actor_id", "underline")], legend=False)
    inner = re.search(r"<span[^>]*statement[^>]*><span[^>]*actor[^>]*>Mr Putin</span></span>", html)
    assert inner is not None
    assert visible_text(html) == text


def test_legend_lists_each_category_once():
    spans = pd.DataFrame({"start": [0, 4], "end": [3, 7], "speaker": ["b", "a"]})
    html = highlight_html("abc def", [Layer("statement", spans, "speaker")])
    legend = html.split("</div>", 1)[0]
    assert legend.count("statement: a") == 1 and legend.count("statement: b") == 1


def test_missing_categories_and_out_of_range_spans_do_not_crash():
    spans = pd.DataFrame({"start": [0, 5], "end": [2, 99], "speaker": [None, "x"]})
    html = highlight_html("abcdefg", [Layer("statement", spans, "speaker")])
    assert "(unknown)" in html and visible_text(html) == "abcdefg"
