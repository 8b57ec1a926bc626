"""Score predicted statements against PolNeAR attributions, exactly by the course's rules.

- **Units**: gold attributions of kind ``quote`` or ``reported`` (:mod:`helpers.corpora.brat`).
  Quotes pair with statements of kind ``direct`` or ``mixed``; reported units with ``indirect``.
- **Found**: a statement of the matching kind overlaps the unit's Content by at least half of
  the shorter of the two (characters of the Content's fragments). Pairs are one-to-one: exact
  matches (same start and end) first, then by the largest overlap over union.
- **Attributed**: found, and the statement's ``speaker_start``/``speaker_end`` overlaps the
  unit's Source. Units with no Source count for *found* only: they and the statements paired
  with them are left out of both sides of the *attributed* scores.
- **Precision** counts the statements of that kind, except unpaired statements that overlap
  an *unscored* attribution's Content (beliefs, intentions …): those are ignored.

Example:
    >>> from helpers.corpora.brat import Attribution, Span
    >>> text = "Ann said “we won” and Bob said the vote was fair."
    >>> units = [Attribution("E1", "quote", Span.of([(9, 17)], text), None, Span.of([(0, 3)], text)),
    ...          Attribution("E2", "reported", Span.of([(31, 48)], text), None, Span.of([(22, 25)], text))]
    >>> said = [{"start": 10, "end": 16, "kind": "direct", "speaker_start": 0, "speaker_end": 3},
    ...         {"start": 31, "end": 48, "kind": "indirect", "speaker_start": 0, "speaker_end": 3}]
    >>> result = score_article(units, said)
    >>> result.counts["quotes"].attributed, result.counts["reported"].found
    (1, 1)
    >>> result.counts["reported"].attributed
    0
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ..evaluate import Scores
from .brat import Attribution

__all__ = ["LAYERS", "Counts", "ArticleResult", "match_units", "score_article", "scores_table",
           "speaker_spans_from_mentions", "speaker_spans_from_phrases"]

#: Each scored layer: the gold attribution kind and the statement kinds that may find it.
LAYERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "quotes": ("quote", ("direct", "mixed")),
    "reported": ("reported", ("indirect",)),
}
ERROR_COLUMNS = ["article", "layer", "error", "start", "end", "gold", "source", "predicted", "speaker", "note"]


@dataclass
class Counts:
    """The counts behind one layer's scores (summable over articles).

    Attributes:
        found, predicted, gold: paired units, statements of the layer's kinds (ignored ones
            excluded), gold units.
        attributed, predicted_with_source, gold_with_source: the same for *attributed*, over
            units that have a Source (and the statements not paired with a Source-less unit).
        ignored: unpaired statements left out because they overlap an unscored attribution.
    """

    found: int = 0
    predicted: int = 0
    gold: int = 0
    attributed: int = 0
    predicted_with_source: int = 0
    gold_with_source: int = 0
    ignored: int = 0

    def add(self, other: Counts) -> None:
        """Add ``other``'s counts to these."""
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class ArticleResult:
    """One article's counts per layer and its error rows (columns :data:`ERROR_COLUMNS`)."""

    counts: dict[str, Counts]
    errors: list[dict[str, Any]] = field(default_factory=list)


def scores(correct: int, predicted: int, gold: int) -> Scores:
    """Precision, recall and F1 (3 places) with their counts.

    Example:
        >>> scores(3, 4, 6)
        Scores(precision=0.75, recall=0.5, f1=0.6, true_positives=3, predicted=4, gold=6)
    """
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(round(precision, 3), round(recall, 3), round(f1, 3), correct, predicted, gold)


def match_units(statements: Sequence[Mapping[str, Any]], units: Sequence[Attribution]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(statement index, unit index)`` by the *found* rule (kinds not checked here).

    Example:
        >>> from helpers.corpora.brat import Span
        >>> text = "x" * 40
        >>> units = [Attribution("E1", "quote", Span.of([(0, 20)], text), None, None)]
        >>> match_units([{"start": 0, "end": 30}, {"start": 0, "end": 20}], units)
        [(1, 0)]
    """
    candidates = []
    for i, statement in enumerate(statements):
        start, end = int(statement["start"]), int(statement["end"])
        for j, unit in enumerate(units):
            overlap = unit.content.overlap(start, end)
            shorter = min(end - start, unit.content.length)
            if overlap <= 0 or overlap < shorter / 2:
                continue
            exact = (start, end) == (unit.content.start, unit.content.end)
            union = (end - start) + unit.content.length - overlap
            candidates.append((not exact, -overlap / union, i, j))
    used_statements: set[int] = set()
    used_units: set[int] = set()
    pairs = []
    for _, _, i, j in sorted(candidates):
        if i not in used_statements and j not in used_units:
            used_statements.add(i)
            used_units.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _speaker_overlaps(statement: Mapping[str, Any], unit: Attribution) -> bool:
    start, end = statement.get("speaker_start"), statement.get("speaker_end")
    if start is None or end is None or unit.source is None:
        return False
    return unit.source.overlap(int(start), int(end)) > 0


def _clip(text: str, width: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def score_article(
    attributions: Iterable[Attribution], statements: Sequence[Mapping[str, Any]], text: str = "", article: str = ""
) -> ArticleResult:
    """Counts per layer (``quotes``, ``reported``) and error rows for one article.

    Args:
        attributions: the article's gold attributions (:func:`helpers.corpora.brat.parse_attributions`).
        statements: predicted statements (``start``, ``end``, ``kind``, ``speaker_start``,
            ``speaker_end``; ``text``/``speaker_id`` only label the errors), as
            ``helpers.analyze(...)["statements"]`` gives them.
        text: the article text (labels the speaker in error rows); ``article``: its name.
    """
    attributions = list(attributions)
    unscored = [a for a in attributions if a.kind == "unscored"]
    result = ArticleResult({})
    for layer, (gold_kind, statement_kinds) in LAYERS.items():
        units = [a for a in attributions if a.kind == gold_kind]
        said = [s for s in statements if s.get("kind") in statement_kinds]
        other = [a for a in attributions if a.kind not in (gold_kind, "unscored")]
        pairs = match_units(said, units)
        paired_statements = {i for i, _ in pairs}
        paired_units = {j for _, j in pairs}
        counts = Counts(found=len(pairs), gold=len(units), gold_with_source=sum(u.source is not None for u in units))
        for i, statement in enumerate(said):
            if i in paired_statements:
                continue
            span = (int(statement["start"]), int(statement["end"]))
            if any(a.content.overlap(*span) > 0 for a in unscored):
                counts.ignored += 1
                continue
            note = "overlaps a gold unit of the other kind" if any(a.content.overlap(*span) > 0 for a in other) else ""
            result.errors.append(_row(article, layer, "spurious", span, None, statement, text, note))
        counts.predicted = len(said) - counts.ignored
        counts.predicted_with_source = counts.predicted - sum(units[j].source is None for _, j in pairs)
        for i, j in pairs:
            unit = units[j]
            if unit.source is None:
                continue
            if _speaker_overlaps(said[i], unit):
                counts.attributed += 1
            else:
                result.errors.append(_row(article, layer, "wrong speaker", (unit.content.start, unit.content.end), unit, said[i], text, ""))
        for j, unit in enumerate(units):
            if j not in paired_units:
                span = (unit.content.start, unit.content.end)
                kinds = {s.get("kind") for s in statements if unit.content.overlap(int(s["start"]), int(s["end"])) > 0}
                note = f"overlapped by {'/'.join(sorted(map(str, kinds)))}" if kinds else ""
                result.errors.append(_row(article, layer, "missed", span, unit, None, text, note))
        result.counts[layer] = counts
    return result


def _row(article, layer, error, span, unit, statement, text, note) -> dict[str, Any]:
    speaker = ""
    if statement is not None:
        start, end = statement.get("speaker_start"), statement.get("speaker_end")
        said_by = text[int(start) : int(end)] if text and start is not None and end is not None else ""
        speaker = f"{said_by} [{statement.get('speaker_id')}]" if said_by else str(statement.get("speaker_id"))
    return {
        "article": article, "layer": layer, "error": error, "start": span[0], "end": span[1],
        "gold": _clip(unit.content.text) if unit else "",
        "source": _clip(unit.source.text, 30) if unit and unit.source else "",
        "predicted": _clip(statement.get("text", text[int(statement["start"]) : int(statement["end"])])) if statement else "",
        "speaker": _clip(speaker, 30), "note": note,
    }


def scores_table(counts: Mapping[str, Counts]) -> pd.DataFrame:
    """One row per layer and measure (``found``, ``attributed``): precision, recall, F1 and counts."""
    rows = []
    for layer, c in counts.items():
        for measure, s in (("found", scores(c.found, c.predicted, c.gold)),
                           ("attributed", scores(c.attributed, c.predicted_with_source, c.gold_with_source))):
            rows.append({"layer": layer, "measure": measure, "precision": s.precision, "recall": s.recall,
                         "f1": s.f1, "correct": s.true_positives, "predicted": s.predicted, "gold": s.gold})
    return pd.DataFrame(rows)


def speaker_spans_from_mentions(result: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A FALLBACK for statements with no ``speaker_start``/``speaker_end``: the nearest mention of the speaker.

    For each statement of an ``analyze()`` result, the mention of its ``speaker_id`` nearest to
    the statement, outside it, within the sentences the statement overlaps, stands in for the
    speaker span (None when there is none). Statements that already carry a span keep it.

    Example:
        >>> result = {"sentences": [{"start": 0, "end": 20}],
        ...           "mentions": [{"start": 14, "end": 17, "actor_id": "ann"}],
        ...           "statements": [{"start": 1, "end": 11, "speaker_id": "ann"}]}
        >>> [(s["speaker_start"], s["speaker_end"]) for s in speaker_spans_from_mentions(result)]
        [(14, 17)]
    """
    sentences = [(s["start"], s["end"]) for s in result.get("sentences", [])]
    out = []
    for statement in result["statements"]:
        statement = dict(statement)
        if "speaker_start" not in statement:
            statement["speaker_start"] = statement["speaker_end"] = None
            start, end = statement["start"], statement["end"]
            around = [(s, e) for s, e in sentences if s < end and e > start] or [(start, end)]
            lo, hi = around[0][0], around[-1][1]
            near = [
                (min(abs(m["start"] - end), abs(start - m["end"])), m["start"], m["end"])
                for m in result.get("mentions", [])
                if statement.get("speaker_id") and m["actor_id"] == statement["speaker_id"]
                and lo <= m["start"] and m["end"] <= hi and (m["end"] <= start or m["start"] >= end)
            ]
            if near:
                _, statement["speaker_start"], statement["speaker_end"] = min(near)
        out.append(statement)
    return out


def speaker_spans_from_phrases(
    statements: Sequence[Mapping[str, Any]], speaker_texts: Sequence[str], text: str
) -> list[dict[str, Any]]:
    """A FALLBACK for statements with no ``speaker_start``/``speaker_end``: the engine's speaker phrase.

    ``speaker_texts`` are the phrases the engine read as each statement's speaker (the
    ``speaker_text`` of :attr:`helpers.document.Document.statements`, same order); the
    occurrence of that phrase nearest to the statement, outside it, stands in for the speaker
    span, preferring occurrences in the statement's own paragraph (the text between line
    breaks); None for an empty phrase. Statements that already carry a span keep it.

    Example:
        >>> text = "Ann said “we won”, and Ann smiled."
        >>> [(s["speaker_start"], s["speaker_end"]) for s in speaker_spans_from_phrases(
        ...     [{"start": 10, "end": 16}], ["Ann"], text)]
        [(0, 3)]
    """
    out = []
    for statement, phrase in zip(statements, speaker_texts):
        statement = dict(statement)
        if "speaker_start" not in statement:
            statement["speaker_start"] = statement["speaker_end"] = None
            start, end = int(statement["start"]), int(statement["end"])
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end) % (len(text) + 1)  # no line break after: the end of the text
            best = None
            for match in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) if phrase else ():
                if match.end() <= start or match.start() >= end:
                    distance = start - match.end() if match.end() <= start else match.start() - end
                    elsewhere = not (line_start <= match.start() and match.end() <= line_end)
                    if best is None or (elsewhere, distance) < best[0]:
                        best = ((elsewhere, distance), match.start(), match.end())
            if best:
                _, statement["speaker_start"], statement["speaker_end"] = best
        out.append(statement)
    return out
