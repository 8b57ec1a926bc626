"""Speakers: the mention, pronoun, description or organisation a frame's subject points to.

Each answer says how it was found (a ``speaker_rule``): ``subject_mention``, ``pronoun``,
``description_head``, ``organisation_it``, ``document_last_speaker``, ``statement_from``,
``organisation_of_spokesperson``, ``possessor``, ``nationality_adjective``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from .lexicon import clause_stop_pattern, find_cues, frame_words, source_pattern
from .masked import MAX_SUBJECT_WORDS, NON_SPACE_RUN
from .mentions import MentionRow, speaker_from_rows
from .model import Frame

__all__ = ["Found", "SpeakerRules", "mention_rule"]


@dataclass(frozen=True)
class Found:
    """A speaker id (None when none was found) and the rule that found it."""

    speaker: str | None
    rule: str | None = None


_NOBODY = Found(None)
_WORD = re.compile(r"[\w’'-]+")
_POSSESSIVE_WORD = re.compile(r"[a-z]+['’]s")
_TRAILING_APPOSITION = re.compile(r",[^,]*,\s*$")  # "French officials, who …, said"
_APPOSITION_BEFORE = re.compile(r"([^,\s][^,]*),\s*(?:(?:a|an|the)\s+)?$")
_VERB_ENDING = re.compile(r"(?:ed|[^s]s)$")  # "fired", "says" (not "press")


def mention_rule(row: MentionRow) -> str:
    """The speaker rule of a speaker named by a mention: ``pronoun`` or ``subject_mention``."""
    return "pronoun" if row.kind == "PRONOUN" else "subject_mention"


class SpeakerRules:
    """Mixin of the attribution run: find the speaker behind a subject (needs ``masked``,
    ``mentions``, ``words``, ``history``, ``article`` and ``paragraph_starts``)."""

    def _fallback(self, phrase: str, before: int, content: int | None = None) -> Found:
        """A speaker for a subject with no mention: "he" → last person, "a statement" → last source,
        "it" → the organisation the content (starting at ``content``) opens with, else the last one named."""
        words = [w for w in phrase.lower().split() if w not in self.words["gap"]]  # "Later he"
        if not words:
            return _NOBODY
        if words == ["it"] or (len(words) == 1 and words[0] in self.words["thing_pronoun"]):
            return Found(self._organisation(before, content), "organisation_it")
        if words[-1] in self.words["person_pronoun"] and len(words) == 1:
            return Found(self._last_person(before), "pronoun")
        document = words[-1] in self.words["document"]
        if not document and len(words) > 2 and words[0] in self.words["determiner"] and words[1] in self.words["document"]:
            document = True  # "a statement released before the market opened"
            if content is not None:
                return Found(self._organisation(before, content, nearest=False), "organisation_of_statement")
        if document:
            return Found(self.history.last_speaker(), "document_last_speaker")
        return Found(self._described(words, before), "description_head")

    def _last_person(self, before: int) -> str | None:
        """The speaker of a bare "he"/"she": the last person speaker, else the last person mentioned."""
        starts = self.paragraph_starts
        para_start = starts[max(0, bisect.bisect_right(starts, before) - 1)] if starts else 0
        if self.history.has_person(para_start):
            return self.history.last_person(para_start)
        row = self.mentions.last_person_before(before)
        return row.actor_id if row is not None else None

    def _described(self, words: list[str], before: int) -> str | None:
        """The referent of a definite description with no mention of its own ("the coach", "the
        corporation", bare "police"): the last speaker named with the same head word ("Rovers coach
        Dermot Keane"), else the last mention holding the head word ("the Delhi Transport
        Corporation"), else (for a body) the first one after it ("police said …" before "the South
        African Police Service"). A body's description never goes to a person, and a person's
        description goes to a mention only when it names a person."""
        if len(words) > 2 and _POSSESSIVE_WORD.fullmatch(words[1]):
            words = [words[0], *words[2:]]  # "the mine's main union" → "the main union"
        if any(not w.isalpha() for w in words[1:]):
            return None
        bodies = self.words["org_head"]
        if not ((words[0] == "the" and 2 <= len(words) <= 4) or (len(words) == 1 and words[0] in bodies)):
            return None
        head = words[-1]

        def holds(text: str) -> bool:
            return head.rstrip("s") in {w.rstrip("s") for w in _WORD.findall(text.lower())}

        body = head in bodies
        for entry in self.history.reversed():
            if entry.position < before and entry.speaker and holds(entry.text) and not (body and entry.speaker in self.mentions.persons):
                return entry.speaker
        rows = [r for r in self.mentions.all_rows if r.actor_id and holds(r.text) and (r.actor_id not in self.mentions.persons if body else r.actor_id in self.mentions.people)]
        earlier = [r for r in rows if r.end <= before]
        if earlier:
            return earlier[-1].actor_id
        later = [r for r in rows if r.start > before] if body else []
        return later[0].actor_id if later else None

    def _possessor(self, lo: int, hi: int) -> str | None:
        """The body or country that owns a body or spokesperson: "Norway's energy ministry",
        "the club's spokesman" → the mention before the "'s"."""
        heads = self.groups["body_or_spokesperson"]
        for row in self.mentions.within(lo, hi):
            tail = self.masked[row.end : hi]
            if row.actor_id and tail[:2] in ("'s", "’s"):
                words = tail[2:].split()
                if 1 <= len(words) <= 3 and words[-1].lower() in heads:
                    return row.actor_id
        return None

    def _organisation(self, before: int, content: int | None, nearest: bool = True) -> str | None:
        """The referent of "it" before a cue: the content's opening mention, else (when ``nearest``)
        the nearest named body in this paragraph or the one before."""
        if content is not None:
            lo = self._content(content, max(before, content))[0]
            for row in self.mentions.iter_within(lo, len(self.text)):
                if self.masked[lo : row.start].strip().lower() in ("", "the") and row.actor_id and row.actor_id not in self.mentions.persons:
                    if self.mentions.eligible(row, lo):
                        return row.actor_id  # "Kestrel (KST.OL) … will cut jobs, it said"
                break
        if not nearest:
            return None
        starts = self.paragraph_starts
        window = starts[max(0, bisect.bisect_right(starts, before) - 2)] if starts else 0  # this paragraph and the one before
        for row in self.mentions.iter_within_reversed(window, before):
            if row.actor_id and row.actor_id not in self.mentions.persons and row.kind not in ("ADJECTIVE", "PRONOUN"):
                if self.mentions.eligible(row, window):
                    return row.actor_id
        return None

    def _body_of_spokesperson(self, lo: int, hi: int, role: str = "spokesperson") -> MentionRow | None:
        """The body an unnamed spokesperson in ``masked[lo:hi]`` speaks for ("a spokesman for X" → X);
        with ``role="document"``, the body a document comes from ("a statement from X" → X)."""
        match = source_pattern(role).match(self.masked[lo:hi])
        if not match:
            return None
        for row in self.mentions.iter_within(lo + match.end(), hi):
            if self.masked[lo + match.end() : row.start].strip().lower() in ("", "the") and row.actor_id:
                return row
            break
        return None

    def _subject_phrase(self, lo: int, hi: int) -> tuple[int, int]:
        """Where the subject with no mention is: the clause's last words before the cue.

        Only the last :data:`MAX_SUBJECT_WORDS` words (and a clause stop just before them) are
        read, so a long stretch before the cue costs nothing.
        """
        chunk = self.masked[lo:hi].rstrip()
        apposition = _TRAILING_APPOSITION.search(chunk)
        if apposition:
            chunk = chunk[: apposition.start()]  # "French officials, who …, said"
        window = _start_of_last_words(chunk, MAX_SUBJECT_WORDS)
        begin = 0
        for match in clause_stop_pattern().finditer(chunk, max(0, window - _longest_stop())):
            begin = match.end()
        offset = max(begin, window)  # a stop before the last words leaves them all in the subject
        for cue in find_cues(chunk, offset, len(chunk)):
            offset = cue.end()  # a subject never reaches back over another cue ("he said he said …")
        words = list(NON_SPACE_RUN.finditer(chunk[offset:]))[-MAX_SUBJECT_WORDS:]
        if not words:
            return hi, hi
        return lo + offset + words[0].start(), lo + offset + words[-1].end()

    def _apposition_head(self, row: MentionRow, s0: int) -> MentionRow:
        """The mention an apposition describes, when ``row`` is the apposition itself."""
        match = _APPOSITION_BEFORE.search(self.masked[s0 : row.start])
        if not match:
            return row
        for head in self.mentions.iter_within_reversed(s0, s0 + match.end(1)):
            if head.end == s0 + match.end(1) and self.mentions.eligible(head, s0):
                return head
        return row

    def _speaker_of_row(self, frame: Frame, row: MentionRow) -> None:
        """The speaker named by a subject mention (an unresolved description is resolved like one)."""
        if row.actor_id:
            frame.set_speaker(row.actor_id, row.text, mention_rule(row), (row.start, row.end))
        else:
            speaker = self._described(row.text.lower().split(), frame.cue_start)
            frame.set_speaker(speaker, row.text, "description_head", (row.start, row.end))

    def _speaker_of_phrase(
        self, frame: Frame, lo: int, hi: int, phrase: str, content: int | None, before: int | None = None,
        span: tuple[int, int] | None = None,
    ) -> None:
        """The speaker of a subject phrase with no mention: a source, a fallback, a spokesperson's body, an owner.

        ``span`` is where the phrase is written: it stays the speaker span even when no actor is
        found ("two aides said", "the rival camp said" name their speaker in the frame).
        """
        before = frame.cue_start if before is None else before
        source = self._body_of_spokesperson(lo, hi, "document")  # "a statement from X said"
        found = Found(source.actor_id, "statement_from") if source is not None else self._fallback(phrase, before, content)
        frame.set_speaker(found.speaker, phrase, found.rule, span)
        if frame.speaker is None:
            body = self._body_of_spokesperson(lo, hi)
            if body is not None:
                frame.set_speaker(body.actor_id, phrase, "organisation_of_spokesperson", span)  # "A spokeswoman for X said"
        if frame.speaker is None:
            frame.set_speaker(self._possessor(lo, hi), phrase, "possessor", span)  # "Norway's energy ministry said"

    def _main_clause_start(self, s0: int, end: int) -> int:
        """Where a sentence's main clause starts: after an opening phrase or clause that ends in a
        comma ("In court papers, …", "And although he thanked them, he …"), else ``s0``."""
        words = self.masked[s0 : min(end, s0 + 40)].split(maxsplit=2)
        if words and words[0].lower() in self.words["coordinator"]:
            words = words[1:]
        if not words or words[0].lower() not in self.groups["opening_link"]:
            return s0
        comma = self.masked.find(",", s0, end)
        return comma + 1 if comma >= 0 else s0

    def _opening_subject(self, s0: int, end: int) -> tuple[int, int] | None:
        """Where a sentence's plain subject is: its opening words up to its first verb ("Ryan's
        campaign shrugged off …", "Rival camp fired back: …", after an opening phrase: "In court
        papers, the defence asked …"); None when a quote, a figure or a clause comes first, or no
        verb shows in the first words."""
        s0 = self._main_clause_start(s0, end)
        words = list(itertools.islice(NON_SPACE_RUN.finditer(self.masked[s0:end]), MAX_SUBJECT_WORDS + 1))
        closed = self.groups["verb_or_link"]
        for index, match in enumerate(words):
            word = match.group().strip(".,;:!?")
            if index and word.islower() and (word in closed or _VERB_ENDING.search(word)) and not word.endswith("'s"):
                if any(not w.group()[:1].isalpha() for w in words[:index]) or words[index - 1].group().endswith(","):
                    return None
                return s0 + words[0].start(), s0 + words[index - 1].end()
        return None

    def _clause_subject(self, frame: Frame) -> None:
        """The subject of the clause a participle or coordinated cue hangs on, when no frame gave it:
        the sentence's opening subject ("Ryan's campaign shrugged off …, telling reporters …",
        "The envoy met the press and urged …")."""
        span = self._opening_subject(frame.s0, frame.cue_start)
        if span is None:
            return
        lo, hi = span
        row = speaker_from_rows(self.mentions.within(lo, hi), self.mentions, lo)
        if row is not None:
            self._speaker_of_row(frame, row)
        else:
            self._speaker_of_phrase(frame, lo, hi, self.text[lo:hi], None, span=(lo, hi))

    def _speaker_in(self, frame: Frame, lo: int, hi: int, content: int | None = None) -> None:
        """The speaker named in ``masked[lo:hi]`` (after a cue, or after "according to")."""
        row = speaker_from_rows(self.mentions.within(lo, hi), self.mentions, lo)
        if row is not None:
            self._speaker_of_row(frame, row)
            return
        words = list(itertools.islice(NON_SPACE_RUN.finditer(self.masked[lo:hi]), MAX_SUBJECT_WORDS))
        phrase = " ".join(w.group() for w in words).strip(" ,")
        span = None
        if phrase:
            first = lo + words[0].start() + (len(words[0].group()) - len(words[0].group().lstrip(" ,")))
            last = lo + words[-1].end() - (len(words[-1].group()) - len(words[-1].group().rstrip(" ,")))
            span = (first, last) if last > first else None
        self._speaker_of_phrase(frame, lo, hi, phrase, content, span=span)


def _start_of_last_words(chunk: str, count: int) -> int:
    """Where the last ``count`` whitespace-separated words of ``chunk`` start (0 if it has fewer)."""
    pos, seen = len(chunk), 0
    while pos > 0 and seen < count:
        while pos > 0 and chunk[pos - 1].isspace():
            pos -= 1
        if pos == 0:
            return 0
        while pos > 0 and not chunk[pos - 1].isspace():
            pos -= 1
        seen += 1
    return pos


def _longest_stop() -> int:
    """The length of the longest clause stop word (a stop ending inside the last words starts after this)."""
    return max(len(w) for w in frame_words()["subordinator"] | {"that"}) + 1
