"""The statement stage's fast paths give exactly what the plain ways of doing the same give.

Each fast path (a cue search that tries the full pattern only at a cue's first word, quote
marks found by a regex, quotes masked in one piece, a paragraph punkt cannot break, narrower
regex searches) is compared with the slow way on every text we have and on random text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DATA, FIXTURES
from helpers.article import article_from_text
from helpers.statements.lexicon import (
    cue_forms,
    cue_pattern,
    cue_start_pattern,
    cue_starts,
    find_cues,
    quote_mark_pattern,
    quote_mark_roles,
)
from helpers.statements.masked import MASK, mask_quotes
from helpers.statements.quotes import scan_quotes


def _texts() -> list[str]:
    paths = [DATA / "article.txt", *sorted((DATA / "samples").glob("*.txt")), *sorted(FIXTURES.glob("articles/*.txt"))]
    return [path.read_text(encoding="utf-8-sig") for path in paths]


def _spans(match_iter) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group("cue")) for m in match_iter]


def test_every_cue_form_starts_with_a_word_the_start_pattern_finds():
    for form, cue in cue_forms().items():
        first = form.split()[0]
        assert re.fullmatch(r"\w+", first), form  # find_cues relies on it: no cue starts inside a first word
        written = first.upper() if cue.kind == "prep" else first
        assert cue_start_pattern().fullmatch(written), form


def test_find_cues_equals_the_full_pattern_on_every_text():
    pieces = 0
    for text in _texts():
        everywhere = cue_starts(text, 0, len(text))
        for lo in range(0, len(text), 97):  # windows that start and end anywhere, mid-word too
            hi = min(len(text), lo + 300)
            expected = _spans(cue_pattern().finditer(text, lo, hi))
            assert _spans(find_cues(text, lo, hi)) == expected
            assert _spans(find_cues(text, lo, hi, everywhere)) == expected  # the starts of the whole text
            pieces += 1
    assert pieces > 100


_CUE_TEXT = st.lists(
    st.sampled_from(["said", "says", "say", "According", "according to", "calling for", "called", "go on",
                     "went  on", "Said", "x", "-", "'", "’", " ", ",", "sayings", "to", "for", "\n", "é"]),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_CUE_TEXT, st.integers(0, 10), st.integers(0, 10))
def test_find_cues_equals_the_full_pattern_on_random_text(text, cut_lo, cut_hi):
    lo, hi = min(cut_lo, len(text)), max(min(cut_lo, len(text)), len(text) - cut_hi)
    expected = _spans(cue_pattern().finditer(text, lo, hi))
    assert _spans(find_cues(text, lo, hi)) == expected
    assert _spans(find_cues(text, lo, hi, cue_starts(text, 0, len(text)))) == expected


def test_the_cue_search_can_fail():
    assert _spans(find_cues("Aid was said to be late.", 0, 24)) == [(8, 12, "said")]
    assert not list(find_cues("the sayings", 0, 11))


def test_the_mark_pattern_finds_exactly_the_marks_of_the_table():
    text = "".join(chr(c) for c in range(0x2100)) + "".join(quote_mark_roles())
    found = [m.start() for m in quote_mark_pattern().finditer(text)]
    assert found == [i for i, char in enumerate(text) if char in quote_mark_roles()]
    assert len(found) == 2 * len(quote_mark_roles())


def _mask_slowly(text: str, segments) -> str:
    """The masking as a character loop (the way it was first written)."""
    from helpers.statements.masked import _closing_punctuation

    chars = list(text)
    for seg in segments:
        keep = _closing_punctuation(seg.text)  # (the punctuation, and an inner quote's closing mark after it)
        for i in range(seg.start, seg.end - keep):
            if not chars[i].isspace():
                chars[i] = MASK
        if seg.close >= 0 and chars[seg.close] == "“":
            chars[seg.close] = "”"  # an opening mark typed where the quote closes reads as the closing mark
    return re.sub(r"(?<=\d),(?=\d{3})", "\u00b7", "".join(chars))


def test_masking_equals_the_character_loop_on_every_text():
    for text in _texts():
        article = article_from_text(text)
        segments = scan_quotes(article).segments
        assert segments
        assert mask_quotes(article.text, segments) == _mask_slowly(article.text, segments)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["“", "”", "\"", "'", "‘", "’", "We", " ", "\u00a0", "said", ",", ".", "4,000", "\n\n"]), max_size=40))
def test_masking_equals_the_character_loop_on_random_text(parts):
    article = article_from_text("Title\n\n" + "".join(parts) + "\n")
    segments = scan_quotes(article).segments
    assert mask_quotes(article.text, segments) == _mask_slowly(article.text, segments)


def test_a_statement_carries_every_field_of_its_draft():
    from dataclasses import fields

    from helpers.statements.api import _statement
    from helpers.statements.model import Draft

    values = {"start": 3, "end": 5, "text": "ab", "kind": "direct", "speaker_id": "x", "speaker_text": "X",
              "cue": "said", "cue_start": 7, "cue_end": 11, "speaker_start": 12, "speaker_end": 13,
              "rule": "r", "speaker_rule": "s", "parts": ((3, 4), (4, 5))}
    assert set(values) == {f.name for f in fields(Draft)}
    statement = _statement(Draft(**values), "body", 4)
    assert {name: getattr(statement, name) for name in values} == values
    assert (statement.section, statement.sentence) == ("body", 4)


@settings(max_examples=300, deadline=None)
@given(_CUE_TEXT, st.integers(0, 10), st.integers(0, 10))
def test_a_stretch_with_no_cue_start_holds_no_cue_in_any_window(text, cut_lo, cut_hi):
    lo, hi = min(cut_lo, len(text)), max(min(cut_lo, len(text)), len(text) - cut_hi)
    if cue_start_pattern().search(text, 0, len(text)) is None:
        assert not list(cue_pattern().finditer(text, lo, hi))
    for cue in cue_pattern().finditer(text, lo, hi):  # every cue starts where the start pattern matches
        assert cue_start_pattern().match(text, cue.start(), hi)


def test_an_unbreakable_paragraph_is_what_punkt_makes_of_it():
    from helpers.statements.masked import sentence_spans, unbreakable_paragraph
    from helpers.text import _sentence_tokenizer

    assert set(_sentence_tokenizer()._lang_vars.sent_end_chars) == {".", "?", "!"}  # the marks the shortcut knows
    found = 0
    for text in _texts():
        article = article_from_text(text)
        masked = mask_quotes(article.text, scan_quotes(article).segments)
        for para in article.paragraphs:
            for version in (masked, article.text):
                alone = unbreakable_paragraph(version, para.start, para.end)
                if alone is not None:
                    found += 1
                    assert alone == sentence_spans(version, para.start, para.end), version[para.start : para.end]
    assert found > 20


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["He", "left", "U.S.", ".", "!", "?", "”", "“", " ", "  ", "x", "Mr.", "\n", "…"]), max_size=20))
def test_an_unbreakable_paragraph_is_what_punkt_makes_of_random_text(parts):
    from helpers.statements.masked import sentence_spans, unbreakable_paragraph

    text = "".join(parts)
    alone = unbreakable_paragraph(text, 0, len(text))
    if alone is not None:
        assert alone == sentence_spans(text, 0, len(text)), text


_MARK_TEXT = st.lists(st.sampled_from(["a", "Lee", "s", "'s", "’s", "s’", " ", "\n", ",", ".", "?", "…", "\"", "”", "’", "'", "»"]),
                      max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(_MARK_TEXT)
def test_the_separator_pattern_finds_what_its_first_form_found(text):
    from helpers.statements.frames_post import _SEPARATOR
    from helpers.statements.masked import CLOSERS

    # (a comma or end mark may be followed by two closers: a quote ending in a quote, “… ‘Meh,’” X said)
    first = re.compile(r",[" + CLOSERS + r"]{0,2}|[?!.…][" + CLOSERS + r"]{1,2}|[" + CLOSERS + r"],|(?<=\s)[" + CLOSERS + r"](?=\s)")
    assert [m.span() for m in _SEPARATOR.finditer(text)] == [m.span() for m in first.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_MARK_TEXT, st.integers(0, 5))
def test_the_possessive_search_from_the_last_word_finds_what_the_long_search_found(text, lo):
    from helpers.statements.frames import _POSSESSIVE_END
    from helpers.statements.masked import last_word

    lo, hi = min(lo, len(text)), len(text)
    word, wpos = last_word(text, lo, hi)
    short = _POSSESSIVE_END.search(text, max(lo, hi - 200, wpos + len(word) - 3), hi)
    long = _POSSESSIVE_END.search(text, max(lo, hi - 200), hi)
    assert (short is None) == (long is None), text
