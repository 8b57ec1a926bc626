"""Stage 1: the candidate time expressions of a text, before any value is resolved.

The text is read paragraph by paragraph (a match never crosses a blank line). In each
paragraph only the rules whose trigger words occur there run (see :mod:`.rules`), then the
blocking rules drop false friends, then overlapping matches are settled: the longest wins,
then the earlier row of ``patterns.csv``. Overlaps are found by bisecting sorted spans, so the
work grows with the length of the text, not with its square.

Example:
    >>> from .rules import default_blocks, default_rules
    >>> [(c.text, c.rule.id) for c in candidates("Talks began on Monday, 31 January 2022.", default_rules(), default_blocks())]
    [('Monday, 31 January 2022', 'date_dmy')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..paragraphs import fold_case as fold
from ..resources import data_cache
from .normalise import normalise
from .rules import CAPITALISED, DIGIT, Block, Rule, default_blocks, default_rules

__all__ = [
    "Candidate", "TriggerIndex", "candidates", "paragraph_spans", "scan", "StartSpots", "start_finder", "trigger_words",
    "default_index",
]

_WORD = re.compile(r"[a-z][a-z]*")
_ANY_DIGIT = re.compile(r"\d")
# each of these regexes begins with a character class (not a lookbehind or a repeat), so that
# re skips quickly to where it may match instead of trying every character
_CAPITALISED_WORD = re.compile(r"[A-Z](?<![A-Za-z][A-Z])[A-Za-z]*")
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")


@dataclass(frozen=True)
class Candidate:
    """A match of one rule: its extent (``start``, ``end``), the rule, the regex match and the text."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str] = field(repr=False)

    @property
    def text(self) -> str:
        """The words of the extent."""
        return self.match.string[self.start : self.end]


@dataclass(slots=True)  # slots, not frozen: made for every match, and a frozen init costs twice as much
class _Found:
    start: int
    end: int
    order: int
    rule: Rule
    match: re.Match[str]


class TriggerIndex:
    """Which rules may match a paragraph, from the trigger words it holds.

    Example:
        >>> from .rules import default_rules
        >>> index = TriggerIndex(default_rules())
        >>> [rule.id for _, rule in index.active(trigger_words("It fell three days ago."))][:4]
        ['ago', 'duration_vague', 'duration_compound', 'duration_number']
    """

    def __init__(self, rules: Iterable[Rule | Block]) -> None:
        self.rules = list(rules)
        self.always = [n for n, rule in enumerate(self.rules) if not rule.triggers]
        self.by_word: dict[str, list[int]] = {}
        for number, rule in enumerate(self.rules):
            for word in rule.triggers:
                self.by_word.setdefault(word, []).append(number)

    def active(self, words: set[str]) -> list[tuple[int, Rule]]:
        """``(row number, rule)`` of every rule whose triggers are among ``words`` (see
        :func:`trigger_words`), in row order."""
        chosen = set(self.always)
        for word in words & self.by_word.keys():
            chosen.update(self.by_word[word])
        return [(n, self.rules[n]) for n in sorted(chosen)]


@data_cache
def start_finder(key: str) -> re.Pattern[str]:
    """Where a start key begins in folded text: a whole run of letters (``key``), the first digit
    of a run (``{digit}``) or a mark. Each regex begins with what it looks for, so ``re`` can skip
    ahead to it (a lookbehind first would make it stop at every character).

    Example:
        >>> [m.start() for m in start_finder("may").finditer("may dismay may")]
        [0, 11]
    """
    if key == DIGIT:
        return re.compile(r"\d(?<!\d\d)")
    if key.isalpha():
        word = re.escape(key)
        return re.compile(rf"{word}(?<![a-z]{word})(?![a-z])")
    return re.compile(re.escape(key))


class StartSpots:
    """Where start keys begin in one paragraph ``folded[start:end]``, each found on first use.

    ``words`` are the paragraph's trigger words (:func:`trigger_words`): a key that is not among
    them (nor a mark) does not occur.

    Example:
        >>> text = "In May 2022, May's"
        >>> spots = StartSpots(fold(text), 0, len(text), trigger_words(text))
        >>> spots.positions("may"), spots.positions(DIGIT), spots.positions("’")
        ([3, 13], [7], [])
    """

    def __init__(self, folded: str, start: int, end: int, words: set[str]) -> None:
        self.folded, self.start, self.end, self.words = folded, start, end, words
        self.found: dict[str, list[int]] = {}
        self.merged: dict[frozenset[str], list[int]] = {}

    def positions(self, key: str) -> list[int]:
        """The offsets where ``key`` begins, in order."""
        if key not in self.found:
            finder = start_finder(key).finditer(self.folded, self.start, self.end)
            self.found[key] = [match.start() for match in finder]
        return self.found[key]

    def starting(self, rule: Rule | Block) -> list[int]:
        """The offsets where any start key of ``rule`` begins, in order (not to be changed).

        Many rules share their start keys (twenty begin with "the"): the merged list is made once
        per paragraph for each set of keys, and shared.

        Example:
            >>> text = "The 3rd of May"
            >>> rule = next(r for r in default_rules() if r.id == "date_dmy")
            >>> StartSpots(fold(text), 0, len(text), trigger_words(text)).starting(rule)
            [0, 4]
        """
        positions = self.merged.get(rule.starts)
        if positions is None:
            keys = rule.starts & self.words  # a word that is not in the paragraph begins nowhere
            positions = []
            for key in keys:
                positions += self.positions(key)
            for mark in rule.start_marks:
                positions += self.positions(mark)
            if len(keys) + len(rule.start_marks) > 1:
                positions.sort()
            self.merged[rule.starts] = positions
        return positions


def trigger_words(paragraph: str, folded: str | None = None, start: int = 0) -> set[str]:
    """The words of a paragraph as triggers: lower case, capitalised ones also marked (``^may``),
    and ``{digit}`` when it holds a digit (pass ``folded``, the :func:`fold` of the whole text,
    and the paragraph's ``start`` in it, when it is at hand).

    Example:
        >>> sorted(trigger_words("May 3: they may go."))
        ['^may', 'go', 'may', 'they', '{digit}']
    """
    if folded is None:
        folded = fold(paragraph)
    words = set(_WORD.findall(folded, start, start + len(paragraph)))
    words.update(CAPITALISED + word.lower() for word in _CAPITALISED_WORD.findall(paragraph))
    if _ANY_DIGIT.search(paragraph):
        words.add(DIGIT)
    return words


@data_cache
def default_index() -> TriggerIndex:
    """The trigger index of ``patterns.csv`` (built once; ``helpers.reload_data()`` forgets it)."""
    return TriggerIndex(default_rules())


@data_cache
def default_block_index() -> TriggerIndex:
    """The trigger index of ``blocking.csv``."""
    return TriggerIndex(default_blocks())


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each paragraph, the blank lines after it included.

    Example:
        >>> list(paragraph_spans("One.\\n\\nTwo."))
        [(0, 6), (6, 10)]
    """
    start = 0
    for gap in _BLANK_LINES.finditer(text):
        yield start, gap.end()
        start = gap.end()
    if start < len(text) or not text:
        yield start, len(text)


def extent(match: re.Match[str], groups: tuple[str, ...]) -> tuple[int, int]:
    """The span of the first extent group (``t``, ``t2`` …) that matched, else the whole match."""
    for name in groups:
        if match.group(name) is not None:
            return match.span(name)
    return match.span()


class _Overlaps:
    """Sorted spans, asked whether a new span overlaps any of them (by bisection)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []  # the furthest end among the spans up to here
        for _, end in ordered:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def hit(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` overlap a span (``s < end and start < e``)?"""
        before = bisect.bisect_left(self.starts, end)
        return before > 0 and self.reach[before - 1] > start


class _Taken:
    """Non-overlapping spans, kept sorted, that a new span may join if it overlaps none."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> bool:
        """Keep ``[start, end)`` unless it overlaps a kept span; say whether it was kept."""
        at = bisect.bisect_left(self.starts, end)
        if at > 0 and self.ends[at - 1] > start:
            return False
        self.starts.insert(at, start)
        self.ends.insert(at, end)
        return True


def scan(rule: Rule | Block, text: str, start: int, end: int, spots: StartSpots) -> Iterable[re.Match[str]]:
    """The matches of ``rule.regex.finditer(text, start, end)``, found by trying the regex only
    where one of the rule's start keys begins (``spots``).

    Python's ``re`` tries a pattern at every character; most of these rules begin with one of a
    few words, so trying them only there is many times faster, and finds the same matches: a
    match of a rule begins with one of its start keys (tests/test_timeline_stages.py checks it).

    Example:
        >>> rule = next(r for r in default_rules() if r.id == "ago")
        >>> text = "It fell 3 days ago, two weeks ago."
        >>> spots = StartSpots(fold(text), 0, len(text), trigger_words(text))
        >>> [m.group() for m in scan(rule, text, 0, len(text), spots)]
        ['3 days ago', 'two weeks ago']
    """
    if not rule.starts:
        return rule.regex.finditer(text, start, end)
    positions = spots.starting(rule)
    if not positions:
        return positions
    matches, after, match = [], start, rule.regex.match
    for position in positions:
        if position < after:
            continue  # inside the previous match: finditer does not look there either
        found = match(text, position, end)
        if found is not None:
            if found.end() == position:  # an empty match: finditer's next step is subtler, let it decide
                return rule.regex.finditer(text, start, end)
            matches.append(found)
            after = found.end()
    return matches


def _matches(
    text: str, start: int, end: int, active: list[tuple[int, Rule]], spots: StartSpots
) -> list[_Found]:
    found = []
    for order, rule in active:
        groups = rule.extent_groups
        for match in scan(rule, text, start, end, spots):
            s, e = extent(match, groups) if groups else match.span()
            if e <= s:
                continue
            if rule.compound and normalise(match) is None:
                continue  # "three years and five years" is no compound: leave room for its parts
            found.append(_Found(s, e, order, rule, match))
    return found


def _blocked(
    text: str, start: int, end: int, blocks: TriggerIndex, words: set[str], spots: StartSpots
) -> _Overlaps:
    spans = []
    for _, block in blocks.active(words):
        for match in scan(block, text, start, end, spots):
            spans.append(extent(match, block.extent_groups))
    return _Overlaps(spans)


def candidates(
    text: str,
    rules: Iterable[Rule] | TriggerIndex,
    blocks: Iterable[Block] | TriggerIndex,
) -> list[Candidate]:
    """Non-overlapping candidates in text order: the longest match wins, then the earlier rule."""
    rule_index = rules if isinstance(rules, TriggerIndex) else TriggerIndex(rules)
    block_index = blocks if isinstance(blocks, TriggerIndex) else TriggerIndex(blocks)
    taken: list[Candidate] = []
    folded = fold(text)
    for start, end in paragraph_spans(text):
        words = trigger_words(text[start:end], folded, start)
        spots = StartSpots(folded, start, end, words)
        active = rule_index.active(words)
        if not active:
            continue
        found = _matches(text, start, end, active, spots)
        if not found:
            continue
        blocked = _blocked(text, start, end, block_index, words, spots)
        found = [f for f in found if not blocked.hit(f.start, f.end)]
        found.sort(key=lambda f: (f.start - f.end, f.order, f.start))
        kept = _Taken()
        chosen = [f for f in found if kept.add(f.start, f.end)]
        taken.extend(Candidate(f.start, f.end, f.rule, f.match) for f in sorted(chosen, key=lambda f: f.start))
    return taken
