"""The speakers found so far, in text order, with constant-time answers to "who spoke last?".

Example:
    >>> history = SpeakerHistory(people={"ivanov"}, is_unknown_name=lambda said_by: said_by == "Park")
    >>> history.append(SpokenBy(5, "ivanov", "Mr Ivanov"))
    >>> history.append(SpokenBy(40, None, "Park"))
    >>> history.last_person(para_start=30), history.last_person(para_start=50)
    (None, 'ivanov')
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .model import SpokenBy

__all__ = ["SpeakerHistory"]


@dataclass
class SpeakerHistory:
    """Speaker entries in order, each with the index of the last person and the last unknown
    name up to it, so that a pronoun's speaker is found without walking the whole history."""

    people: set[str]
    is_unknown_name: Callable[[str], bool]
    entries: list[SpokenBy] = field(default_factory=list)
    _last_person: list[int] = field(default_factory=list)
    _last_unknown: list[int] = field(default_factory=list)
    _last_speaker: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.entries)

    def append(self, entry: SpokenBy) -> None:
        """Add a speaker entry (a cue's position, its speaker id or None, the words naming it)."""
        n = len(self.entries)
        previous = (self._last_person[-1], self._last_unknown[-1], self._last_speaker[-1]) if n else (-1, -1, -1)
        self.entries.append(entry)
        self._last_person.append(n if entry.speaker in self.people else previous[0])
        unknown = entry.speaker is None and self.is_unknown_name(entry.text)
        self._last_unknown.append(n if unknown else previous[1])
        self._last_speaker.append(n if entry.speaker else previous[2])

    def truncate(self, length: int) -> None:
        """Forget the entries from ``length`` on (a paragraph's provisional speakers)."""
        for column in (self.entries, self._last_person, self._last_unknown, self._last_speaker):
            del column[length:]

    def last_person(self, para_start: int) -> str | None:
        """The last person speaker, unless an unknown name spoke after it in this paragraph
        ("Park said … she said": the name just before, not an older speaker) → None."""
        if not self.entries:
            return None
        person, unknown = self._last_person[-1], self._last_unknown[-1]
        if unknown > person and self.entries[unknown].position >= para_start:
            return None
        return self.entries[person].speaker if person >= 0 else None

    def has_person(self, para_start: int) -> bool:
        """True when :meth:`last_person` answers from the history (not from the mentions)."""
        if not self.entries:
            return False
        person, unknown = self._last_person[-1], self._last_unknown[-1]
        return person >= 0 or (unknown >= 0 and self.entries[unknown].position >= para_start)

    def last_speaker(self) -> str | None:
        """The last entry with a speaker."""
        index = self._last_speaker[-1] if self.entries else -1
        return self.entries[index].speaker if index >= 0 else None

    def reversed(self):
        """The entries, last first."""
        return reversed(self.entries)
