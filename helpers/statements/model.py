"""The statement stage's records: a frame around a cue, a speaker's source, a statement.

Example:
    >>> frame = Frame(cue="said", cue_start=10, cue_end=14, form="pre", lemma="say")
    >>> frame.set_speaker("ivanov", "Mr Ivanov", "subject_mention")
    >>> frame.speaker, frame.speaker_rule, frame.speaker_start
    ('ivanov', 'subject_mention', None)
"""

from __future__ import annotations

from dataclasses import dataclass

from ..spans import Span

__all__ = ["Frame", "Source", "SpokenBy", "Statement", "Draft", "Emission", "COLUMNS"]

#: the columns of ``find_statements``, in order (``parts``, the quoted pieces, last)
COLUMNS = [
    "start", "end", "text", "kind", "speaker_id", "speaker_text",
    "cue", "cue_start", "cue_end", "section", "sentence",
    "speaker_start", "speaker_end", "rule", "speaker_rule", "parts",
]


@dataclass(frozen=True)
class Statement(Span):
    """A statement: its content span, kind, speaker and cue (offsets into the article).

    ``rule`` names the frame rule that found it (see ``data/statements/frames.csv``),
    ``speaker_rule`` how its speaker was found (None when no speaker was found);
    ``speaker_start``/``speaker_end`` is the mention or subject phrase naming the speaker in the
    statement's own frame ("two aides" even when no actor is found); a quote with no frame of its
    own takes the span of the frame it takes its speaker from (None when nothing names a
    speaker); ``cue_start``/``cue_end`` is the cue as
    written (-1 when a floating quote has no statement before it). ``parts`` are the quoted
    pieces, ``((start, end),)`` for most statements and two or more for a split quote
    (“A,” she said. “B.”: see :mod:`.splits`), whose span runs over the frame between them.
    """

    kind: str
    speaker_id: str | None
    speaker_text: str
    cue: str
    cue_start: int
    cue_end: int
    section: str
    sentence: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    rule: str = ""
    speaker_rule: str | None = None
    parts: tuple[tuple[int, int], ...] = ()


@dataclass(slots=True)
class Frame:
    """A reporting frame around one cue: where the cue is, its content, its speaker, its rule.

    ``form`` is the frame's shape (``pre`` X said …, ``post`` …, X said, ``coord`` … and urged,
    ``part`` …, saying, ``acc`` according to, ``head`` X: …); ``rule`` the stable rule id.
    """

    cue: str
    cue_start: int
    cue_end: int
    form: str
    lemma: str = ""
    rule: str = ""
    s0: int = -1  # start of the sentence the cue is in
    content_start: int = -1
    content_end: int = -1
    speaker: str | None = None
    speaker_text: str = ""
    speaker_rule: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cut_at: int | None = None  # where an enclosing content must end when this frame is inside it
    sep: int | None = None  # start of a post-posed frame (its separator)
    dropped: bool = False
    pending_coord: bool = False
    clause: bool = False  # the content is a that-less clause after a listener
    needs_quote: bool = False  # the frame reports only a quote ("… before adding: “…”")
    gap: tuple[int, int] | None = None  # the frame's own words inside its content ("A, Lee said, B")
    coord_subject: object | None = None  # the MentionRow of a coordinated clause's subject
    emission: Emission | None = None  # what the frame reports, once its content is final

    def set_speaker(self, speaker: str | None, text: str, rule: str | None, span: tuple[int, int] | None = None) -> None:
        """Set the speaker, the words naming it, the rule that found it and its mention span."""
        self.speaker, self.speaker_text = speaker, text
        self.speaker_rule = rule if speaker is not None else None
        self.speaker_start, self.speaker_end = span if span is not None else (None, None)

    def copy_speaker(self, other: Frame, rule: str) -> None:
        """Take the speaker of ``other`` (a frame the speaker is shared with), found by ``rule``."""
        span = (other.speaker_start, other.speaker_end) if other.speaker_start is not None else None
        self.set_speaker(other.speaker, other.speaker_text, rule, span)


@dataclass(frozen=True)
class Source:
    """Where a statement with no frame of its own got its speaker and cue from."""

    speaker: str | None
    speaker_text: str
    cue: str
    cue_start: int
    cue_end: int
    speaker_rule: str | None
    rule: str = "floating_quote"
    speaker_start: int | None = None
    speaker_end: int | None = None


# SpokenBy, Draft and Emission are built for every cue and statement: plain slotted dataclasses,
# since a frozen one costs about four times as much to build (nothing changes them once made)
@dataclass(slots=True)
class SpokenBy:
    """An entry of the speaker history: a cue's position and the speaker found for it."""

    position: int
    speaker: str | None
    text: str


@dataclass(slots=True)
class Draft:
    """A statement before its section and sentence are looked up."""

    start: int
    end: int
    text: str
    kind: str
    speaker_id: str | None
    speaker_text: str
    cue: str
    cue_start: int
    cue_end: int
    speaker_start: int | None
    speaker_end: int | None
    rule: str
    speaker_rule: str | None
    parts: tuple[tuple[int, int], ...] = ()  # the pieces when the frame stands inside the span ("A, Lee said, B")


@dataclass(slots=True)
class Emission:
    """The content span a frame reports, its kind (``direct``/``indirect``) and the rule that made it."""

    start: int
    end: int
    kind: str
    rule: str
