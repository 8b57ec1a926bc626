"""The clause breaks of :mod:`helpers.timeline.events` found the fast way are the pattern's own."""

import re

from conftest import DATA, FIXTURES
from helpers.timeline.events import _COMMA_CLAUSE, ClauseBreaks

#: the clause breaks, the plain way: a semicolon, colon or dash before a space, a spaced dash, a quote
#: mark, the space after a closing single quote or apostrophe, a comma before a clause's first word
_CLAUSE_BREAK = re.compile(r"[;:—–]\s|\s[—–]\s|[“”\"]|(?<=[’'])\s|" + _COMMA_CLAUSE)
#: an article at the end of a text, the plain way
_ARTICLE_AT_END = re.compile(r"(?i)\s*\b(?:the|a|an)$")

#: invented: every kind of break, and the shapes where the fast way could go wrong (a quote before a
#: spaced dash, a dash after a semicolon, a closing quote at the end)
INVENTED = [
    "He said: “We will go” — and left; she didn’t. ‘Fine’ – he said, adding that it was ‘done’ ",
    "Rates rose; — then fell’ — twice, while prices ' – held' —",
    "No breaks here at all",
    "’ ‘ ' \" — – ; : ,  and ,running",
]


def _texts():
    paths = [*DATA.glob("*.txt"), *DATA.glob("samples/*.txt"), *FIXTURES.glob("articles/*.txt")]
    return [path.read_text(encoding="utf-8") for path in paths] + INVENTED


def test_the_clause_breaks_found_the_fast_way_are_those_of_the_pattern():
    texts = _texts()
    assert len(texts) > 10
    for text in texts:
        for part in [text, *text.split("\n")]:
            breaks = ClauseBreaks(part)
            spans = [m.span() for m in _CLAUSE_BREAK.finditer(part)]
            assert list(zip(breaks.starts, breaks.ends)) == spans, part[:80]


def test_the_space_after_a_quote_is_a_break_unless_a_spaced_dash_starts_there():
    breaks = ClauseBreaks("it was ‘done’ — then ‘over’ and")
    text = breaks.text
    assert [text[s:e] for s, e in zip(breaks.starts, breaks.ends)] == [" — ", " "]
    assert breaks.starts[1] == text.index("’ and") + 1


def test_the_article_taken_off_the_end_of_a_text_is_what_the_pattern_takes_off():
    from helpers.timeline.events import _without_article

    texts = [text[max(0, i - 30) : i].rstrip() for text in _texts() for i in range(0, len(text), 7)]
    texts += ["the", "THE", " the", "\u00a0An", "x\u2003 a", "_a", "1an", "é a", "éa", "of\nthe", "bathe", "(the", "the the"]
    assert sum(_without_article(t) != t for t in texts) > 10
    for text in texts:
        assert _without_article(text) == _ARTICLE_AT_END.sub("", text), text


def test_an_event_written_field_by_field_equals_one_made_by_its_checked_constructor():
    from dataclasses import fields

    from helpers import load_article
    from helpers.document import Document
    from helpers.timeline.events import Event

    doc = Document(load_article(DATA / "article.txt"))
    events = doc.events
    assert events
    for event in events:
        assert set(vars(event)) == {f.name for f in fields(Event)}
        assert Event(**{f.name: getattr(event, f.name) for f in fields(Event)}) == event  # the constructor's checks pass
        assert event.text == doc.text[event.start : event.end]  # and the span is the text, as the contract says


def test_time_expressions_built_the_fast_way_carry_every_field_of_timex():
    from dataclasses import fields

    from helpers import load_article
    from helpers.document import Document
    from helpers.timeline.tagger import Timex

    doc = Document(load_article(DATA / "article.txt"))
    assert doc.timexes
    for timex in doc.timexes:
        assert set(vars(timex)) == {f.name for f in fields(Timex)}
        assert timex.text == doc.text[timex.start : timex.end]
