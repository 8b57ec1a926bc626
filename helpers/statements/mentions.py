"""The actor mentions, indexed for the questions attribution asks (bisect on sorted starts).

Example:
    >>> rows = [MentionRow(0, 9, "Mr Ivanov", "ivanov", "TITLE_NAME")]
    >>> index = Mentions(rows, "Mr Ivanov said", "Mr Ivanov said")
    >>> [m.text for m in index.within(0, 14)], "ivanov" in index.people
    (['Mr Ivanov'], True)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass

from ..resources import HelpersError
from .lexicon import frame_words
from .masked import last_word

__all__ = ["MentionRow", "Mentions", "MENTION_COLUMNS", "rows_from_frame", "rows_from_mentions", "speaker_from_rows"]

MENTION_COLUMNS = ["start", "end", "text", "actor_id", "kind"]
_PLAIN_GAP = re.compile(r"[\w\s.’'-]*")  # words only between a modifier and the head it modifies


@dataclass(slots=True)  # one per mention of every article: not frozen, which costs more to build
class MentionRow:
    """One actor mention: its span, words, actor id (None when unresolved) and kind."""

    start: int
    end: int
    text: str
    actor_id: str | None
    kind: str


def _actor(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    import pandas as pd  # a cell of a DataFrame: NaN or pd.NA is no actor

    return None if pd.isna(value) or value == "" else str(value)


def rows_from_mentions(mentions: Iterable[Any]) -> list[MentionRow]:
    """Mention rows from objects with ``.start .end .text .actor_id .kind`` (``doc.mentions``)."""
    rows = [MentionRow(int(m.start), int(m.end), str(m.text), _actor(m.actor_id), str(m.kind)) for m in mentions]
    return sorted(rows, key=lambda r: (r.start, r.end))


def rows_from_frame(frame: Any) -> list[MentionRow]:
    """Mention rows from a mentions DataFrame (as ``find_mentions`` returns); a clear error otherwise."""
    import pandas as pd

    if not isinstance(frame, pd.DataFrame):
        raise HelpersError(
            f"mentions must be a DataFrame with columns {', '.join(MENTION_COLUMNS)} (as find_mentions returns), "
            f"not {type(frame).__name__}."
        )
    missing = [c for c in MENTION_COLUMNS if c not in frame.columns]
    if missing:
        raise HelpersError(
            f"The mentions table lacks the column(s) {', '.join(missing)}: pass the DataFrame that "
            "helpers.actors.find_mentions returns (start, end, text, actor_id, kind)."
        )
    frame = frame.sort_values(["start", "end"], kind="stable")
    return [
        MentionRow(int(s), int(e), str(t), _actor(a), str(k))
        for s, e, t, a, k in zip(frame["start"], frame["end"], frame["text"], frame["actor_id"], frame["kind"])
    ]


class Mentions:
    """The mentions of an article outside quotes, with the people and persons among their actors."""

    def __init__(self, rows: list[MentionRow], text: str, masked: str):
        self.all_rows = rows
        self.rows = [r for r in rows if masked[r.start : r.end] == text[r.start : r.end]]  # not inside a quote
        self.starts = [r.start for r in self.rows]
        self.masked = masked
        person_kinds = {"TITLE_NAME", "PRONOUN"}
        pronouns = frame_words()["person_pronoun"]
        self.people = {r.actor_id for r in self.rows if r.actor_id and (r.kind in person_kinds or r.actor_id == r.actor_id.lower())}
        self._people_rows = [r for r in rows if r.actor_id in self.people]
        self._people_starts = [r.start for r in self._people_rows]
        self.persons = {r.actor_id for r in rows if r.actor_id and (r.kind == "TITLE_NAME" or r.text.lower() in pronouns)}

    def iter_within(self, lo: int, hi: int):
        """The mentions outside quotes inside ``lo:hi``, first first (lazily)."""
        i = bisect.bisect_left(self.starts, lo)
        while i < len(self.rows) and self.rows[i].start < hi:
            if self.rows[i].end <= hi:
                yield self.rows[i]
            i += 1

    def iter_within_reversed(self, lo: int, hi: int):
        """The mentions outside quotes inside ``lo:hi``, last first (lazily)."""
        i = bisect.bisect_left(self.starts, hi) - 1
        while i >= 0 and self.rows[i].start >= lo:
            if self.rows[i].end <= hi:
                yield self.rows[i]
            i -= 1

    def last_person_before(self, before: int) -> MentionRow | None:
        """The last mention (anywhere) of a person speaker that ends by ``before``."""
        i = bisect.bisect_right(self._people_starts, before) - 1
        while i >= 0:
            if self._people_rows[i].end <= before:
                return self._people_rows[i]
            i -= 1
        return None

    def within(self, lo: int, hi: int) -> list[MentionRow]:
        """The mentions outside quotes that lie inside ``lo:hi``."""
        i = bisect.bisect_left(self.starts, lo)
        out = []
        while i < len(self.rows) and self.rows[i].start < hi:
            if self.rows[i].end <= hi:
                out.append(self.rows[i])
            i += 1
        return out

    def eligible(self, row: MentionRow, lo: int) -> bool:
        """A mention that can be a subject: not an adjective, a possessive or a prepositional object."""
        words = frame_words()
        if row.kind == "ADJECTIVE" or row.text.lower() in words["object_pronoun"]:
            return False
        if self.masked[row.end : row.end + 2] in ("'s", "’s"):
            return False
        pos = row.start
        while True:
            word, wpos = last_word(self.masked, lo, pos)
            if word.lower() in words["determiner"] and wpos < pos:
                pos = wpos
                continue
            return word.lower() not in words["preposition"]


def speaker_from_rows(rows: list[MentionRow], mentions: Mentions, lo: int) -> MentionRow | None:
    """The first eligible mention, or the head it modifies: in "Rovers coach Dermot Keane" the
    club is a modifier and the person (the last mention, a few plain words on) is the speaker."""
    eligible = [row for row in rows if mentions.eligible(row, lo)]
    if not eligible:
        return None
    head = eligible[0]
    for row in eligible[1:]:
        gap = mentions.masked[head.end : row.start]
        words = gap.split()
        if not _PLAIN_GAP.fullmatch(gap) or len(words) > 3 or {w.lower() for w in words} & {"and", "or", "but", "with", "of"}:
            break
        head = row
    return head
