"""Unit tests of the timeline's stages, one section per module of helpers/timeline/."""

import datetime as dt

import pandas as pd
import pytest

from conftest import DATA, FIXTURES
from helpers import HelpersError
from helpers.paragraphs import fold_case as fold
from helpers.resources import read_table
from helpers.timeline.events import ClauseBreaks, label
from helpers.timeline.history import History, Mark
from helpers.timeline.match import (
    StartSpots,
    TriggerIndex,
    candidates,
    paragraph_spans,
    scan,
    trigger_words,
)
from helpers.timeline.normalise import number_value
from helpers.timeline.rules import default_blocks, default_rules, rules_from
from helpers.timeline.tense import WINDOW, SentenceCues
from helpers.timeline.values import Option, choose, first_day, interval, month_index

# --------------------------------------------------------------------------- rules


def test_rule_ids_are_unique_and_readable():
    ids = [rule.id for rule in default_rules()]
    assert len(ids) == len(set(ids))
    assert all(i.replace("_", "").isalpha() and i.islower() for i in ids)


def test_month_triggers_count_only_capitalised_words():
    (rule,) = rules_from([{"id": "m", "type": "DATE", "pattern": "{month}", "value": "2022", "triggers": "{month} ago"}])
    assert "^may" in rule.triggers and "may" not in rule.triggers and "ago" in rule.triggers
    index = TriggerIndex([rule])
    assert index.active(trigger_words("They may go.")) == []
    assert [r.id for _, r in index.active(trigger_words("In MAY they go."))] == ["m"]


def _flat_alternation(words, cased):
    """The plain alternation of a word list, longest first (what _alternation groups by first letter)."""
    import re

    forms = {f for w in words for f in ({w[:1].upper() + w[1:], w.upper()} if cased else {w})}
    alts = [re.escape(f).replace(r"\ ", "{s}") + (r"\b" if f[-1].isalnum() else "") for f in sorted(forms, key=lambda w: (-len(w), w))]
    return (r"\b(?-i:" if cased else r"\b(?:") + "|".join(alts) + ")"


def test_word_lists_grouped_by_first_letter_match_as_the_plain_lists_do():
    import re

    from helpers.timeline.rules import CASED_LISTS, _alternation, word_lists

    lists = word_lists()
    words = [w for name in lists for w in lists[name]]
    texts = [v for w in words for v in (w, w.upper(), w.title(), w + "s", w + " x", "x" + w, w[:-1])]
    for name, surfaces in lists.items():
        cased = name in CASED_LISTS
        grouped = re.compile(_alternation(surfaces, cased).replace("{s}", " +"), re.IGNORECASE)
        flat = re.compile(_flat_alternation(surfaces, cased).replace("{s}", " +"), re.IGNORECASE)
        for text in texts:
            found, expected = grouped.match(text), flat.match(text)
            assert (found and found.span()) == (expected and expected.span()), (name, text)
    assert _alternation(["two", "three"], False) == r"\b(?:t(?:hree\b|wo\b))"


@pytest.mark.parametrize("cell", ["{nope}", "x-y", "3"])
def test_a_bad_trigger_is_a_clear_error(cell):
    with pytest.raises(HelpersError, match="triggers"):
        rules_from([{"id": "x", "type": "DATE", "pattern": "a", "value": "2022", "triggers": cell}])


@pytest.mark.parametrize("cell", ["{nope}", "x-y", "3", "''"])
def test_a_bad_start_is_a_clear_error(cell):
    with pytest.raises(HelpersError, match="starts"):
        rules_from([{"id": "x", "type": "DATE", "pattern": "a", "value": "2022", "starts": cell}])


def test_start_keys_expand_word_lists_to_how_their_words_begin():
    (rule,) = rules_from([{"id": "q", "type": "DATE", "pattern": "{quarter}", "value": "2022", "starts": "{quarter} ’"}])
    assert {"first", "final", "{digit}", "’"} <= rule.starts and "st" not in rule.starts


def _scan_texts() -> list[str]:
    """Each row's example in several guises, the course article, the sample and the dev set."""
    examples = [row["example"] for name in ("patterns.csv", "blocking.csv") for row in read_table("timeline", name)]
    texts = [f"{guise} and ({example})." for example in examples for guise in (example, example.upper(), example.lower())]
    texts += ["Q3 loss; the quarter; 0915 GMT; annually; hours after; The 54-year-old; March organisers; the ’90s."]
    texts.append((DATA / "article.txt").read_text(encoding="utf-8-sig"))
    texts += [path.read_text(encoding="utf-8") for path in sorted((DATA / "samples").glob("*.txt"))]
    texts += [path.read_text(encoding="utf-8") for path in sorted((FIXTURES / "articles").glob("*.txt"))]
    return texts


@pytest.mark.parametrize("kind", ["patterns", "blocks"])
def test_trying_rules_only_at_their_starts_finds_what_finditer_finds(kind):
    # every row, on every paragraph, whatever its triggers: the start keys of patterns.csv and
    # blocking.csv miss no match (and every example exercises its own row)
    rows = default_rules() if kind == "patterns" else default_blocks()
    assert sum(bool(row.starts) for row in rows) >= len(rows) - 2  # nearly every row has start keys
    for text in _scan_texts():
        folded = fold(text)
        for start, end in paragraph_spans(text):
            spots = StartSpots(folded, start, end, trigger_words(text[start:end], folded, start))
            for row in rows:
                slow = [m.span() for m in row.regex.finditer(text, start, end)]
                assert [m.span() for m in scan(row, text, start, end, spots)] == slow, (row.id, text[start:end][:80])


def test_start_spots_see_folded_letters_digits_and_marks():
    text = " " * 10 + "\u0130n \u212aey 12\u201990s ſoon, the other theme the"
    folded = fold(text)
    assert len(folded) == len(text)
    spots = StartSpots(folded, 10, len(text), trigger_words(text[10:], folded, 10))
    assert {"in", "key", "s", "soon", "{digit}"} <= spots.words
    found = {key: spots.positions(key) for key in ["in", "key", "{digit}", "\u2019", "s", "soon", "the", "a"]}
    assert found == {"in": [10], "key": [13], "{digit}": [17, 20], "\u2019": [19], "s": [22], "soon": [24],
                     "the": [30, 46], "a": []}


# --------------------------------------------------------------------------- match


def test_paragraphs_keep_their_blank_lines_and_cover_the_text():
    text = "One.\r\n\r\nTwo.\n \nThree"
    spans = list(paragraph_spans(text))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert [text[s:e].strip() for s, e in spans] == ["One.", "Two.", "Three"]


def test_the_longest_match_wins_then_the_earlier_rule():
    found = candidates("Filed on Monday, 31 January 2022 and in 2014.", default_rules(), default_blocks())
    assert [(c.text, c.rule.id) for c in found] == [("Monday, 31 January 2022", "date_dmy"), ("2014", "year")]


def test_a_blocking_rule_drops_what_it_covers():
    assert [c.text for c in candidates("Mrs May said so in May.", default_rules(), default_blocks())] == ["May"]


# --------------------------------------------------------------------------- normalise


@pytest.mark.parametrize("surface, value", [("a few", "X"), ("twelve", "12"), ("3,000", "3000"), ("1.5", "1.5")])
def test_number_values(surface, value):
    assert number_value(surface) == value


# --------------------------------------------------------------------------- history


def test_history_answers_from_its_indexes():
    history = History(published=dt.date(2022, 2, 1))
    history.add(Mark(dt.date(2022, 1, 31), "day", 0, "2022-01-31", 5))
    history.add(Mark(dt.date(2023, 1, 1), "year", 1, "2023", 40))
    history.add(Mark(dt.date(2022, 3, 4), "day", 2, "2022-03-04", 80))
    assert history.last(("day",)).value == "2022-03-04"
    assert history.last(("quarter",)) is None
    assert history.last_any(before_publication=True).value == "2022-01-31"
    assert history.day_before(80).value == "2022-01-31" and history.day_from(6).value == "2022-03-04"
    assert history.day_from(81) is None and history.day_before(5) is None


# --------------------------------------------------------------------------- values


def test_choose_takes_now_then_direction_then_nearness():
    days = [Option(dt.date(2022, 1, 28).toordinal(), "fri-past"), Option(dt.date(2022, 2, 4).toordinal(), "fri-next")]
    today = dt.date(2022, 2, 1).toordinal()
    assert choose(days, today, "past") == "fri-past" and choose(days, today, "future") == "fri-next"
    assert choose(days, today, None) == "fri-next"  # 3 days ahead is nearer than 4 days back
    assert choose([], month_index(2022, 2), None) is None


def test_days_outside_the_calendar_have_no_interval():
    assert first_day("0001-01") == dt.date(1, 1, 1)
    assert interval("9999-12") is None and interval("PAST_REF") is None
    if int(pd.__version__.split(".")[0]) >= 2:  # pandas 1.x Timestamps hold only the years 1677-2262
        assert interval("0001-01-01")[0].year == 1
    else:
        assert interval("0001-01-01") is None


# --------------------------------------------------------------------------- tense


def test_the_cue_word_regex_finds_the_words_the_plain_regex_finds(article):
    import re

    from helpers.timeline.tense import _WORD

    plain = re.compile(r"(?<![\w.])[A-Za-z]+(?:['’][a-z]+)?")  # the same words, written plainly
    for text in [article.text, "a.b c_d 3x x3 éa O’Brien don't U.S. e.g. It’ll x", ""]:
        assert [m.span() for m in _WORD.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_cue_counts_only_within_the_window():
    text = "She said " + "x " * WINDOW + "that on Friday."
    cues = SentenceCues(text, 0, len(text))
    friday = text.index("Friday")
    assert cues.tense(friday, friday + 6) is None
    assert SentenceCues("She said on Friday.", 0, 19).tense(12, 18) == "past"


# --------------------------------------------------------------------------- events


@pytest.mark.parametrize("text", [
    "", "on", "met on", "talks resumed in", "held talks as of", "It was said between", "fought AGAINST",
    "ſince", "İn", "the Don", "a union", "went through", "Geneva", "met on\n", "as  of", "tax in the",
])
def test_the_end_searches_agree_with_the_whole_text_searches(text):
    import importlib

    events = importlib.import_module("helpers.timeline.events")
    assert events._without_preposition(text) == events._PREPOSITION.sub("", text)
    assert events._ends_governed(text) == (events._GOVERNED.search(text) is not None)


def test_clauses_by_bisection_and_a_bounded_label():
    sentence = "They met on Monday; talks resume on Friday, officials said."
    breaks = ClauseBreaks(sentence)
    friday = sentence.index("Friday")
    assert sentence[slice(*breaks.clause(friday, friday + 6))].startswith("talks resume")
    long = "They met " + "and talked " * 2000 + "on Monday."
    monday = long.index("Monday")
    assert label(long, monday, monday + 6).startswith("They met and talked") and len(label(long, monday, monday + 6)) <= 60
