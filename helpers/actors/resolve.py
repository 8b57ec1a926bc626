"""Selection and resolution: the longest candidate wins, then each is resolved in document order.

Selection keeps the outermost candidates with sorted intervals (bisect), so it is linear in the
number of candidates. Pronouns look back within :data:`PRONOUN_WINDOW` sentences (the speaker of
the previous sentence first), through a history kept per sentence.

Example:
    >>> from helpers.actors.reader import reader_for
    >>> [(m.text, m.actor_id, m.rule) for m in reader_for("Ana Ruiz spoke. She left.").run()]
    [('Ana Ruiz', 'ana_ruiz', 'discovered_name'), ('She', 'ana_ruiz', 'pronoun_recent_person')]
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator

from .model import (
    Candidate,
    Mention,
    Seen,
)
from .shapes import CLOSING_QUOTES, OPENING_QUOTES

__all__ = ["Resolution", "clause_subject_at", "PRONOUN_WINDOW", "FRONTED_REACH", "QUOTE_REACH"]

_new = object.__new__
#: A speaker's look-ahead to a reporting verb stops at a quote mark ("“He is wrong,” said Ruiz": "He" does not speak).
_QUOTE_MARKS = frozenset(OPENING_QUOTES + CLOSING_QUOTES)

#: Pronouns look this many sentences back for their person.
PRONOUN_WINDOW = 4
#: Quote marks this many units or fewer before a pronoun are read to tell whether it is inside a quote.
QUOTE_REACH = 60
#: A pronoun this many units or fewer into a sentence may be in its fronted clause ("After he left, Ruiz …").
FRONTED_REACH = 20
#: A person followed by a reporting verb within this many units is a speaker ("Smith, the mayor, said").
SPEAKER_REACH = 8


def clause_subject_at(lower: list[str], i: int, ends: list[int], breaks: frozenset[str]) -> int | None:
    """Of the person mentions ending at units ``ends`` before an object pronoun at unit ``i`` ("Lee cut him off"),
    the end of the one that is its own clause's subject: the nearest before it, with no clause break
    (``clause_break``: a comma, "but", "that" …) between, and not an object before "to" ("asked Lee to call him").
    A pronoun like "him" is never its own clause's subject (that would be "himself").

    Example:
        >>> lower = "lee said that ruiz cut him off , and kim asked ana to thank him".split()
        >>> brk = frozenset({",", "and", "that"})
        >>> [clause_subject_at(lower, 5, [1, 4], brk), clause_subject_at(lower, 15, [1, 4, 10, 12], brk), clause_subject_at(lower, 5, [1], brk)]
        [4, None, None]
    """
    before = [e for e in ends if e <= i]
    if not before:
        return None
    end = max(before)
    return end if lower[end] != "to" and breaks.isdisjoint(lower[end:i]) else None


class Resolution:
    """Selects and resolves candidates (mixin of :class:`helpers.actors.reader.ActorReader`)."""

    def select(self, cands: list[Candidate]) -> list[Candidate]:
        """The outermost candidates: longest first, then by priority and position; no two overlap.

        The chosen spans are disjoint, so a new one only needs checking against its neighbours
        in the sorted list of chosen starts (bisect): linear in the number of candidates.
        """
        starts: list[int] = []
        ends: list[int] = []
        chosen = []
        for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.prio, c.start)):
            k = bisect_right(starts, c.start)
            if (k and ends[k - 1] > c.start) or (k < len(starts) and starts[k] < c.end):
                continue
            starts.insert(k, c.start)
            ends.insert(k, c.end)
            chosen.append(c)
        return sorted(chosen, key=lambda c: c.start)

    def resolve(self, chosen: list[Candidate]) -> list[Mention]:
        """Resolve the chosen candidates in document order; the history grows as they resolve."""
        return [self._mention(c) for c in self.resolve_candidates(chosen)]

    def resolve_candidates(self, chosen: list[Candidate]) -> list[Candidate]:
        """:meth:`resolve`, giving the resolved candidates (each with its ``actor``) instead of mentions."""
        self._start_history()
        self._names_by_sent: dict[int, list[int]] = {}  # indexes into chosen, for cataphora
        for number, c in enumerate(chosen):
            if c.kind in ("NAME", "TITLE_NAME"):
                self._names_by_sent.setdefault(self.sents[c.unit], []).append(number)
        mentions = []
        named = {c.actor for c in chosen if c.kind in ("NAME", "TITLE_NAME") and c.actor}
        for number, c in enumerate(chosen):
            if c.kind == "BLOCK":
                continue
            aid = self._resolve_one(c, chosen, number, named)
            if not aid:
                if c.kind == "DESCRIPTION":
                    self.failed.append(c)
                continue
            act = self.actor(aid)
            if aid in self.office_people and c.kind in ("NAME", "TITLE_NAME"):
                act.origin = "discovered"  # named in the article (its facts come from office_holders.csv)
            if c.kind == "PRONOUN" and not act.gender:
                act.gender = c.desc.gender
            if c.kind == "DESCRIPTION" and act.type == "PERSON" and c.desc.country and not act.country:
                act.country = c.desc.country
            c.actor = aid
            self._remember(c, aid)
            self.first_pos.setdefault(aid, c.unit)
            mentions.append(c)
        return mentions

    def _resolve_one(self, c: Candidate, chosen: list[Candidate], number: int, named: set[str]) -> str | None:
        """The actor of one candidate (``c.rule`` is made more precise where resolution decides)."""
        aid: str | None = c.actor
        if c.choices:
            aid = self._nearest(list(c.choices), c.unit)
            if c.choice_rules and aid in c.choices:
                c.rule = c.choice_rules[c.choices.index(aid)]
            self._name_rule(c, aid)
        elif c.kind == "PRONOUN":
            aid, c.rule = self._antecedent(c.unit, c.desc.gender, self._same_sentence_after(chosen, number))
        elif c.desc.seats:
            orgs = [a for a in c.desc.seats if self.actor(a).type != "COUNTRY" and a in named]
            aid = orgs[0] if orgs else next(a for a in c.desc.seats if self.actor(a).type == "COUNTRY")
        elif c.desc.type == "LINK":
            aid = c.desc.target.actor
        elif c.kind == "DESCRIPTION" and not aid:
            aid = self.resolve_person(c) if c.desc.type == "PERSON" else self._apposed_name(c, chosen[number + 1 : number + 2])
            if not aid and c.desc.type != "PERSON":
                aid = self.resolve_collective(c, self._next_two_sentences(chosen, number))
        return aid

    def _name_rule(self, c: Candidate, aid: str) -> None:
        """An office holder's short name after the article named them in full is a surname
        (``surname_after_full_name``, ``family_name_first``), not the office table's alias."""
        if c.rule != "office_holder_name":
            return
        if c.unit_end - c.unit > 1:
            self.named_in_full.add(aid)
        elif aid in self.named_in_full:
            c.rule = "family_name_first" if c.head == "family" else "surname_after_full_name"

    def _start_history(self) -> None:
        """Forget what an earlier round resolved: the history, by sentence, head noun and actor."""
        self.history, self.failed = [], []
        self.history_by_sent, self.history_by_head, self.people_by_sent = {}, {}, {}
        self.last_seen, self.seen_count = {}, {}

    def _remember(self, c: Candidate, aid: str) -> None:
        person = self._is_person(aid) and not self._name_as_modifier(c)
        seen = Seen(c, aid, person and self._speaker(c), self.sents[c.unit])  # only a person's is read (pronouns)
        self.history.append(seen)
        self.history_by_sent.setdefault(seen.sent, []).append(seen)
        if person:
            self.people_by_sent.setdefault(seen.sent, []).append(seen)
        self.history_by_head.setdefault(c.head, []).append(seen)
        self.last_seen[aid] = c.unit
        self.seen_count[aid] = self.seen_count.get(aid, 0) + 1

    def _name_as_modifier(self, c: Candidate) -> bool:
        """Is a person's name a modifier between "the" and a noun ("the Ruiz meeting")? Then no pronoun refers
        back to it ("a Ruiz interview, in which he says" still may)."""
        return c.kind == "NAME" and c.unit > self.lo[c.unit] and self.lower[c.unit - 1] == "the" and self._modifier_use(c.unit_end)

    def _same_sentence_after(self, chosen: list[Candidate], number: int) -> Iterator[Candidate]:
        """The names after ``chosen[number]`` in its sentence (a pronoun's cataphora)."""
        sent = self.sents[chosen[number].unit]
        names = self._names_by_sent.get(sent, [])
        for k in names[bisect_right(names, number) :]:
            yield chosen[k]

    def _next_two_sentences(self, chosen: list[Candidate], number: int) -> list[Candidate]:
        """The candidates after ``chosen[number]`` in its sentence and the next one."""
        last = self.sents[chosen[number].unit] + 1
        found = []
        for k in range(number + 1, len(chosen)):
            if self.sents[chosen[k].unit] > last:
                break
            found.append(chosen[k])
        return found

    def _mention(self, c: Candidate) -> Mention:
        """The :class:`~helpers.actors.model.Mention` of a resolved candidate.

        Its text is the slice its offsets cut, so the checks of :class:`~helpers.spans.Span` cannot fail:
        the fields are written straight into the new object's ``__dict__`` (what the frozen dataclass's
        ``__init__`` does, without its checks and its ``object.__setattr__`` per field; as
        :func:`helpers.text.sentence_tokens` makes tokens), for speed.
        """
        act = self.actor(c.actor)
        sent = self.sents[c.unit]
        mention = _new(Mention)
        mention.__dict__.update(
            start=c.start, end=c.end, text=self.article.text[c.start : c.end], actor_id=act.id, kind=c.kind,
            section=self.sent_section[sent], sentence=sent, actor_type=act.type,
            country=act.id if act.type == "COUNTRY" else act.country, gender=act.gender, rule=c.rule,
        )
        return mention

    def _speaker(self, c: Candidate) -> bool:
        """Does a reporting verb make this mention a speaker? Right before it and ending the clause
        ("said Smith.", not "told Smith" or "said Smith was late"), or after it within :data:`SPEAKER_REACH` units, across an apposition or an adverb, before
        any other name or quote mark ("Smith, the mayor, later said"; not "Smith's aide said", "Smith met Jones, who said")."""
        reporting, lower = self.lex.reporting, self.lower
        prev = lower[c.unit - 1] if c.unit > self.lo[c.unit] else ""
        after = self.keys[c.unit_end] if c.unit_end < self.hi[c.unit] else "."
        if prev in reporting and prev not in self.cues["reporting_with_object"] and (not after[:1].isalpha() or after.lower() in self.cues["relative_pronoun"]):
            return True  # "…," said Smith. / said Smith, adding / said Smith who …
        stops = self.cues["speaker_scan_stop"]
        for k in range(c.unit_end, min(self.hi[c.unit], c.unit_end + SPEAKER_REACH)):
            word = lower[k]
            if word in reporting and lower[k - 1] not in self.any_determiner:  # not "the state", "a claim"
                return True
            if word in stops or self.keys[k] in _QUOTE_MARKS or (self.keys[k][:1].isupper() and self.nameish(k)):
                return False
        return False

    def resolve_pronoun(self, i: int, gender: str) -> str | None:
        """The person a pronoun at unit ``i`` refers to (see :meth:`_antecedent`)."""
        return self._antecedent(i, gender, ())[0]

    def _antecedent(self, i: int, gender: str, later: Iterable[Candidate]) -> tuple[str | None, str]:
        """The person a pronoun refers to, and the rule: the last fitting person earlier in its sentence
        (``pronoun_same_sentence``); else, up to :data:`PRONOUN_WINDOW` sentences back, the last speaker
        or the first person of the nearest sentence with one (``pronoun_recent_person``); else a person
        named later in its sentence (``pronoun_cataphora``)."""
        sent = self.sents[i]
        later = list(later)
        own = self._quote_speakers(i, later)  # "“I think he is right,” Ruiz said": "he" is not Ruiz

        if self.lower[i] in self.cues["object_pronoun"] and not self._possessive_her(i):  # "Ruiz thanked him": not Ruiz
            people = self.people_by_sent.get(sent, ())
            end = clause_subject_at(self.lower, i, [h.cand.unit_end for h in people], self.cues["clause_break"])
            own = own | {h.actor_id for h in people if h.cand.unit_end == end}

        def fits(aid: str) -> bool:
            return self._is_person(aid) and self.actor(aid).gender in ("", gender) and aid not in own

        narrated = not self._quoted_at(i)  # "“Lee will lose,” he said": a pronoun outside quote marks is nobody inside them
        for h in reversed(self.people_by_sent.get(sent, ())):
            if h.cand.unit < i and fits(h.actor_id) and not (narrated and self._quoted_at(h.cand.unit)):
                return h.actor_id, "pronoun_same_sentence"
        if self._in_fronted_clause(i):  # "After he left office, Judge Ruiz …": the subject of the main clause
            first = next((c for c in later if c.kind in ("NAME", "TITLE_NAME") and self.keys[c.unit - 1] == ","), None)
            aid = first and (first.actor or (self._nearest(list(first.choices), first.unit) if first.choices else ""))
            if aid and fits(aid):
                return aid, "pronoun_cataphora"
        for back in range(1, PRONOUN_WINDOW + 1):
            in_sent = [h for h in self.people_by_sent.get(sent - back, ()) if fits(h.actor_id)]
            if own and self._quoted_at(i):  # in a speaker's own words: not whoever speaks to them ("Lee asked …")
                in_sent = [h for h in in_sent if not h.speaker]
            if in_sent:
                speakers = [h for h in in_sent if h.speaker]
                return (speakers[-1] if speakers else in_sent[0]).actor_id, "pronoun_recent_person"
        for c in later:  # cataphora: "Sat at her kitchen table, Martha May flips …"
            if c.kind in ("NAME", "TITLE_NAME"):
                aid = c.actor or (self._nearest(list(c.choices), c.unit) if c.choices else "")
                if aid and fits(aid):
                    return aid, "pronoun_cataphora"
        return None, ""

    def _possessive_her(self, i: int) -> bool:
        """Is "her" at unit ``i`` a possessive ("her aide"), not an object ("told her")? A word follows, not a particle."""
        nxt = self.keys[i + 1] if i + 1 < self.hi[i] else ""
        return self.lower[i] == "her" and nxt[:1].isalnum() and nxt.lower() not in self.cues["clause_break"] and nxt not in self.cues["after_object"]

    def _quote_speakers(self, i: int, later: list[Candidate]) -> set[str]:
        """The people who speak in unit ``i``'s sentence when ``i`` is inside quote marks there (more “ than ”
        before it, or an odd number of ", within :data:`QUOTE_REACH` units) in a whole quotation: one that
        opens the sentence or follows a colon, or words after a first-person word ("I think he …"). A
        third-person pronoun in a speaker's own words is someone else: the sentence's speakers, the person
        before the colon ("Ruiz went further: “If he loses …”"), or for a quote with no speaker of its own,
        the speakers of the quote before it ("“…,” said Ruiz. “He is wrong.”")."""
        lo = max(self.lo[i], i - QUOTE_REACH)
        keys = self.keys[lo:i]
        if keys.count("“") <= keys.count("”") and keys.count('"') % 2 == 0:
            return set()
        opened = lo + max(k for k in range(len(keys)) if keys[k] in ("“", '"'))
        sent, first = self.sents[i], opened == self.lo[i]
        colon = not first and self.keys[opened - 1] == ":"
        if not (first or colon) and self.cues["first_person"].isdisjoint(self.lower[opened:i]):
            return set()  # a quoted fragment of reported speech ("he would “do what he must”") keeps its speaker
        people = self.people_by_sent.get(sent, ())
        own = {h.actor_id for h in people if h.speaker}
        for c in later:
            aid = c.actor or (self._nearest(list(c.choices), c.unit) if c.choices else "")
            if aid and self._speaker(c):
                own.add(aid)
        if colon and people and people[0].cand.unit < opened:
            own.add(people[0].actor_id)  # the subject before the colon speaks
        if first and not own and self._quote_ends_sentence(sent - 1) and not self._framed(i):
            own = {h.actor_id for h in self.people_by_sent.get(sent - 1, ()) if h.speaker and not self._quoted_at(h.cand.unit)}
        return own

    def _framed(self, i: int) -> bool:
        """Does unit ``i``'s sentence have a reporting verb outside quote marks (a quote with a frame of its own)?"""
        sent = self.sents[i]
        found = self._framed_sents.get(sent)
        if found is None:
            reporting, lower = self.lex.reporting, self.lower
            found = self._framed_sents[sent] = any(lower[k] in reporting and not self._quoted_at(k) for k in range(self.lo[i], self.hi[i]))
        return found

    def _quoted_at(self, i: int) -> bool:
        """Is unit ``i`` inside quote marks in its sentence (more “ than ” before it, or an odd number of ")?
        Read for every unit in one pass the first time (a lookup after that)."""
        if self._quoted_units is None:
            quoted: list[bool] = []
            opened = straight = 0
            sent = -1
            for key, s in zip(self.keys, self.sents):
                if s != sent:
                    opened = straight = 0
                    sent = s
                quoted.append(opened > 0 or straight % 2 == 1)
                if key == "“":
                    opened += 1
                elif key == "”":
                    opened -= 1
                elif key == '"':
                    straight += 1
            self._quoted_units = quoted
        return self._quoted_units[i]

    def _quote_ends_sentence(self, sent: int) -> bool:
        """Does sentence ``sent`` hold a closing quote mark (a statement the next quote may go on with)?"""
        if sent < 0 or sent not in self.people_by_sent:
            return False
        unit = self.people_by_sent[sent][0].cand.unit
        return "”" in self.keys[self.lo[unit] : self.hi[unit]] or self.keys[self.lo[unit] : self.hi[unit]].count('"') >= 2

    def _in_fronted_clause(self, i: int) -> bool:
        """Is unit ``i`` in a clause that opens its sentence before the first comma ("Having said that he
        would …, Ruiz", "After she won, …"; a ``fronted_clause`` cue word first, at most
        :data:`FRONTED_REACH` units before ``i``)?"""
        lo = self.lo[i]
        return i - lo <= FRONTED_REACH and self.lower[lo] in self.cues["fronted_clause"] and "," not in self.keys[lo:i]

    def _apposed_name(self, c: Candidate, later: list[Candidate]) -> str | None:
        """The organisation named right after a collective description and a comma ("The employers'
        group, Port Operators UK, said")."""
        if not later or c.unit_end >= len(self.keys) or self.keys[c.unit_end] != "," or later[0].unit != c.unit_end + 1 or later[0].kind != "NAME":
            return None
        aid = later[0].actor
        if aid and self.actor(aid).type == c.desc.type:
            c.rule = "collective_apposed_name"
            return aid
        return None
