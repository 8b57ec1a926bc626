"""Read BRAT attribution standoff (PolNeAR's ``.ann`` beside its ``.txt``) into gold attributions.

Each ``E`` line (``Attribution`` or ``Attribution-no-source``) links a Content span (with an
optional ``Content2``), a Cue and an optional Source. Spans may be discontinuous
(``T3 Content 120 211;220 230``): a :class:`Span` keeps its fragments, and ``start``/``end`` is
their extent. The course's PolNeAR rules sort attributions into three kinds:

- ``quote``: the Content contains a quotation mark (``"``, ``“`` or ``”``);
- ``reported``: otherwise, the Cue contains a speech verb of :data:`SPEECH_VERBS` (any inflection)
  or "according to";
- ``unscored``: every other attribution (beliefs, intentions, endorsements); a predicted
  statement overlapping one is not a false positive.

Example:
    >>> text = 'Ann said “we won.” Bob thinks it rained.'
    >>> ann = ("T1\\tSource 0 3\\tAnn\\nT2\\tCue 4 8\\tsaid\\nT3\\tContent 9 18\\t“we won.”\\n"
    ...        "T4\\tAttribution 4 8\\tsaid\\nE1\\tAttribution:T4 Content:T3 Cue:T2 Source:T1\\n"
    ...        "T5\\tSource 19 22\\tBob\\nT6\\tCue 23 29\\tthinks\\nT7\\tContent 30 39\\tit rained\\n"
    ...        "T8\\tAttribution 23 29\\tthinks\\nE2\\tAttribution:T8 Content:T7 Cue:T6 Source:T5\\n")
    >>> [(a.kind, a.content.text, a.source.text) for a in parse_attributions(ann, text)]
    [('quote', '“we won.”', 'Ann'), ('unscored', 'it rained', 'Bob')]
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..resources import HelpersError

__all__ = [
    "Span",
    "Attribution",
    "BratDocument",
    "SPEECH_VERBS",
    "QUOTE_MARKS",
    "is_speech_cue",
    "classify",
    "parse_attributions",
    "read_brat",
    "publication_dates",
]

#: The speech verbs of the course's PolNeAR rules, each with every inflection that counts.
SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "note": ("note", "notes", "noted", "noting"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "state": ("state", "states", "stated", "stating"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "ask": ("ask", "asks", "asked", "asking"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "warn": ("warn", "warns", "warned", "warning"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "deny": ("deny", "denies", "denied", "denying"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "reply": ("reply", "replies", "replied", "replying"),
    "respond": ("respond", "responds", "responded", "responding"),
    "continue": ("continue", "continues", "continued", "continuing"),
    "recall": ("recall", "recalls", "recalled", "recalling"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "promise": ("promise", "promises", "promised", "promising"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "urge": ("urge", "urges", "urged", "urging"),
    "call": ("call", "calls", "called", "calling"),
}
_SPEECH_FORMS = frozenset(form for forms in SPEECH_VERBS.values() for form in forms)
_ACCORDING_TO = re.compile(r"\baccording\s+to\b", re.IGNORECASE)
#: The marks that make an attribution's Content a quote.
QUOTE_MARKS = ('"', "“", "”")
_ROLES = ("Source", "Cue", "Content")
_EVENT_TYPES = ("Attribution", "Attribution-no-source")


@dataclass(frozen=True)
class Span:
    """A possibly discontinuous span: its fragments, their extent and their text (fragments joined by " … ")."""

    start: int
    end: int
    fragments: tuple[tuple[int, int], ...]
    text: str

    @classmethod
    def of(cls, fragments: list[tuple[int, int]], text: str) -> Span:
        """The span made of ``fragments`` (sorted, empty ones dropped) of ``text``."""
        parts = tuple(sorted((s, e) for s, e in fragments if e > s))
        if not parts:
            raise HelpersError("An annotation span is empty: every BRAT span needs start < end.")
        return cls(parts[0][0], parts[-1][1], parts, " … ".join(text[s:e] for s, e in parts))

    def overlap(self, start: int, end: int) -> int:
        """How many characters of ``[start, end)`` fall inside the fragments."""
        return sum(max(0, min(e, end) - max(s, start)) for s, e in self.fragments)

    @property
    def length(self) -> int:
        """The number of characters in the fragments."""
        return sum(e - s for s, e in self.fragments)


@dataclass(frozen=True)
class Attribution:
    """One gold attribution relation: its id (``E3``), kind and spans (Cue and Source may be None)."""

    id: str
    kind: str
    content: Span
    cue: Span | None
    source: Span | None


@dataclass(frozen=True)
class BratDocument:
    """One annotated article: name, text, publication date (``YYYY-MM-DD``) and attributions."""

    name: str
    text: str
    published: str
    attributions: tuple[Attribution, ...]

    def frame(self) -> pd.DataFrame:
        """The attributions as a table: ``id, kind, start, end, text, cue, source_start, source_end, source``."""
        rows = [
            {"id": a.id, "kind": a.kind, "start": a.content.start, "end": a.content.end, "text": a.content.text,
             "cue": a.cue.text if a.cue else "", "source_start": a.source.start if a.source else None,
             "source_end": a.source.end if a.source else None, "source": a.source.text if a.source else ""}
            for a in self.attributions
        ]
        return pd.DataFrame(rows, columns=["id", "kind", "start", "end", "text", "cue", "source_start", "source_end", "source"])


def is_speech_cue(cue: str) -> bool:
    """Whether a cue contains a speech verb of the course's list (any inflection) or "according to".

    Example:
        >>> is_speech_cue("told reporters"), is_speech_cue("According to"), is_speech_cue("believes")
        (True, True, False)
    """
    words = re.findall(r"[a-z]+", cue.lower())
    return any(word in _SPEECH_FORMS for word in words) or bool(_ACCORDING_TO.search(cue))


def classify(content: str, cue: str | None) -> str:
    """``quote``, ``reported`` or ``unscored``, by the course's PolNeAR rules.

    Example:
        >>> classify("“No,” ", "said"), classify("it will rain", "warned"), classify("it will rain", "hopes")
        ('quote', 'reported', 'unscored')
    """
    if any(mark in content for mark in QUOTE_MARKS):
        return "quote"
    if cue is not None and is_speech_cue(cue):
        return "reported"
    return "unscored"


_SPAN_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t?(.*)$")


def parse_attributions(ann: str, text: str, name: str = "<ann>") -> list[Attribution]:
    """The attributions of a BRAT ``.ann`` file's content, with spans into ``text``.

    Relations with no Content are dropped (there is nothing to score). ``Content2`` joins the
    Content's fragments; a second Cue or Source is joined the same way.

    Raises:
        HelpersError: a span line is malformed, points outside the text, or an event names an
            unknown span.
    """
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[tuple[str, str, list[tuple[str, str]]]] = []
    for number, line in enumerate(ann.splitlines(), 1):
        if re.match(r"T\d+\t", line):  # other lines: events, notes, or a span text's own line breaks
            match = _SPAN_LINE.match(line)
            if not match:
                raise HelpersError(f"{name} line {number} is not a BRAT span line ('T1<TAB>Type START END<TAB>text').")
            fragments = []
            for part in match.group(3).split(";"):
                start, end = (int(x) for x in part.split())
                if not 0 <= start <= end <= len(text):
                    raise HelpersError(f"{name} line {number} has offsets {start}-{end} outside the text: is it the right .txt?")
                fragments.append((start, end))
            spans[match.group(1)] = fragments
        elif re.match(r"E\d+\t", line):
            event_id, _, body = line.partition("\t")
            parts = [p.split(":", 1) for p in body.split() if ":" in p]
            if parts and parts[0][0] in _EVENT_TYPES:
                events.append((event_id, parts[0][0], [(role, ref) for role, ref in parts[1:]]))
    found = []
    for event_id, _, roles in events:
        parts: dict[str, list[tuple[int, int]]] = {}
        for role, ref in roles:
            if ref not in spans:
                raise HelpersError(f"{name}: event {event_id} names span {ref}, which the file does not define.")
            base = role.rstrip("0123456789")
            if base in _ROLES:
                parts.setdefault(base, []).extend(spans[ref])
        if "Content" not in parts:
            continue
        content = Span.of(parts["Content"], text)
        cue = Span.of(parts["Cue"], text) if "Cue" in parts else None
        source = Span.of(parts["Source"], text) if "Source" in parts else None
        kind = classify(content.text, cue.text if cue else None)
        found.append(Attribution(event_id, kind, content, cue, source))
    return sorted(found, key=lambda a: (a.content.start, a.content.end))


def publication_dates(folder: str | Path) -> dict[str, str]:
    """Article stem → ``YYYY-MM-DD`` from ``metadata.tsv`` in ``folder`` (``filename``, ``publication_date``)."""
    path = Path(folder) / "metadata.tsv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as handle:
        return {r["filename"]: r["publication_date"] for r in csv.DictReader(handle, delimiter="\t") if r.get("publication_date")}


_DATE_IN_NAME = re.compile(r"(?:^|_)(\d{4}-\d{2}-\d{2})(?:_|$)")


def read_brat(ann_path: str | Path, published: str | None = None) -> BratDocument:
    """Read ``NAME.ann`` and the ``NAME.txt`` beside it into a :class:`BratDocument`.

    The publication date is, in order: ``published``; the row for NAME in a ``metadata.tsv``
    beside the files; a ``_YYYY-MM-DD_`` in the file name.

    Raises:
        HelpersError: a file is missing or unreadable, or no publication date is known.
    """
    ann_path = Path(ann_path)
    text_path = ann_path.with_suffix(".txt")
    try:
        ann = ann_path.read_text(encoding="utf-8")
        with open(text_path, encoding="utf-8", newline="") as handle:  # offsets count "\r\n" as two
            text = handle.read()
    except (OSError, UnicodeDecodeError) as err:
        raise HelpersError(f"Cannot read {ann_path.name} and its text {text_path.name} ({err}): each .ann needs a UTF-8 .txt beside it.") from None
    if published is None:
        published = publication_dates(ann_path.parent).get(ann_path.stem)
    if published is None:
        match = _DATE_IN_NAME.search(ann_path.stem)
        published = match.group(1) if match else None
    if published is None:
        raise HelpersError(
            f"No publication date for {ann_path.name}: add a metadata.tsv (filename, publication_date) beside it."
        )
    attributions = tuple(parse_attributions(ann, text, ann_path.name))
    return BratDocument(ann_path.stem, text, published, attributions)
