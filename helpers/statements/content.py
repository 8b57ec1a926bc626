"""What a frame reports: its content trimmed, cut where another frame starts, and checked.

A content runs to the end of its clause; a wire dateline is not part of it; a frame inside
another's content takes the statement (the innermost speaker wins); "reported a loss of $2m"
(a figure), "announced the buyback" (an act) and "warns EU over probe" report nothing.
"""

from __future__ import annotations

import bisect
import re

from .lexicon import background_as, quoted_lemmas, verb_frames
from .masked import AMOUNT, CLOSERS, DATELINE, is_title, last_word
from .model import Draft, Emission, Frame
from .quotes import QuoteMark

__all__ = ["Contents"]

_AS = re.compile(r"\sas\s")  # every background "as" clause holds one (a cheap test before the full pattern)
# (a word between two commas is an aside, no break: "Lee, though, would have to …")
_CLAUSE_BREAK = re.compile(r",\s+([a-z]+)\b(?!,)")
_INTRODUCED = re.compile(r"\bthat\s*$|:\s*$")  # "said that …", "said: …"
_TO_INFINITIVE = re.compile(r"(?:not\s+)?to\s")


class _CutIndex:
    """The positions where enclosing contents must end (each frame's separator and cut), sorted."""

    def __init__(self, frames: list[Frame]):
        pairs = sorted((pos, id(f)) for f in frames for pos in (f.sep, f.cut_at) if pos is not None)
        self.positions = [pos for pos, _ in pairs]
        self.owners = [owner for _, owner in pairs]

    def first_cut(self, frame: Frame, end: int) -> int:
        """The first position of another frame after the cue and inside ``content_start:end``."""
        i = bisect.bisect_left(self.positions, max(frame.cue_start + 1, frame.content_start))
        while i < len(self.positions) and self.positions[i] < end:
            if self.owners[i] != id(frame):
                return self.positions[i]
            i += 1
        return end


class Contents:
    """Mixin of the attribution run: content spans and the statements frames report."""

    def _content(self, lo: int, hi: int) -> tuple[int, int]:
        """Trim a content span: spaces, a leading ':'/',' and trailing punctuation outside quotes."""
        text = self.masked
        while lo < hi and (text[lo].isspace() or text[lo] in ",:;—–-" or not text[lo].isprintable()):
            lo += 1
        if lo == 0 or text[lo - 1] == "\n":
            dateline = DATELINE.match(text, lo, hi)
            lo = dateline.end() if dateline else lo  # "OSLO, Oct 24 (Reuters) - " is not said
        while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ".,;:!?—–-"):
            if text[hi - 1] in ".,!?" and hi - 2 >= lo and text[hi - 2] in CLOSERS and (hi - 2) in self.scan.by_close:
                hi -= 1
                continue
            hi -= 1
        return lo, hi

    def _has_content(self, frame: Frame) -> bool:
        lo, hi = self._content(frame.content_start, frame.content_end)
        return hi > lo

    def _cut(self, frames: list[Frame]) -> list[Frame]:
        """End each content where another frame starts; drop empty frames; innermost wins.

        Cuts are computed twice: a noun misread as a cue ("security demands, but …") has no
        content after the first pass, and must not cut the others in the second.
        """
        if not frames:
            return []
        if len(frames) == 1:  # the usual paragraph: no other frame to cut its content or drop it
            return self._cut_alone(frames[0])
        original = {id(f): f.content_end for f in frames}
        kept = frames
        for _ in range(2):
            index = _CutIndex(kept)
            for frame in frames:
                frame.content_end = index.first_cut(frame, original[id(frame)])
                self._cut_clause(frame)
            still = [f for f in kept if self._has_content(f)]
            if len(still) == len(kept):
                break  # no frame dropped: a second pass would cut the same (cuts come from seps and cut_at only)
            kept = still
        for frame in kept:
            frame.emission = self._emission(frame)  # final: later steps change speakers, not contents
        # "asked X for …" reports nothing; "X said …, whom he called “…”": a naming inside a content leaves it
        # whole (but "X condemned what she called “…”" is the naming: what X condemned is the quote)
        reporting = [f for f in kept if f.emission is not None and (f.emission.rule != "cue_names_quote" or self._after_what(f))]
        cues = [f.cue_start for f in reporting]
        order = sorted(range(len(reporting)), key=lambda i: cues[i])
        sorted_cues = [cues[i] for i in order]
        for frame in kept:
            i = bisect.bisect_left(sorted_cues, frame.content_start)
            while i < len(order) and sorted_cues[i] < frame.content_end:
                other = reporting[order[i]]
                if other is not frame and not other.dropped:
                    frame.dropped = True
                    break
                i += 1
        self._drop_namings_inside(kept)
        return kept

    def _after_what(self, frame: Frame) -> bool:
        """True when "what" opens a naming frame: "what she called “…”"."""
        subject = frame.speaker_start if frame.speaker_start is not None else frame.cue_start
        return last_word(self.masked, max(0, subject - 12), subject)[0].lower() == "what"

    def _drop_namings_inside(self, kept: list[Frame]) -> None:
        """A naming quote inside a statement of the same speaker adds nothing ("Lee said the plan,
        which she called “a farce”, would fail"): it is dropped, and the statement keeps it."""
        namings = sorted((f for f in kept if f.emission is not None and f.emission.rule == "cue_names_quote" and not self._after_what(f)),
                         key=lambda f: f.cue_start)
        if not namings:
            return
        starts = [f.cue_start for f in namings]
        for frame in kept:
            if frame.dropped or frame.emission is None or frame.emission.rule == "cue_names_quote" or frame.speaker is None:
                continue
            i = bisect.bisect_left(starts, frame.content_start)
            while i < len(namings) and starts[i] < frame.content_end:
                if namings[i].speaker == frame.speaker:
                    namings[i].dropped = True
                i += 1

    def _cut_alone(self, frame: Frame) -> list[Frame]:
        """:meth:`_cut` for a paragraph with one frame: only its clause can end its content."""
        self._cut_clause(frame)
        bounds = self._content(frame.content_start, frame.content_end)
        if bounds[1] <= bounds[0]:
            return []
        frame.emission = self._emission(frame, bounds)
        return [frame]

    def _cut_clause(self, frame: Frame) -> None:
        """End a content at a background "as" clause or at a clause break after a comma."""
        if frame.form in ("pre", "coord") and _AS.search(self.masked, frame.content_start, frame.content_end):
            background = background_as().search(self.masked, frame.content_start, frame.content_end)
            if background:
                frame.content_end = background.start("cut")  # "says X stays until Friday as agencies struggle to …"
        if frame.form == "post" and frame.content_end == frame.sep:
            return  # "…, while the states “reflect …,” Lee wrote": what comes before the cue is all said
        lo = frame.gap[1] if frame.gap else frame.content_start  # ("A, Lee said, B": B may end at a break)
        for match in _CLAUSE_BREAK.finditer(self.masked[lo : frame.content_end]):
            word = match.group(1)
            if word in self.words["clause_break"] or (word.endswith("ing") and word not in self.words["ing_not_break"]):
                frame.content_end = lo + match.start()
                break

    def _quotes_inside(self, lo: int, hi: int, limit: int) -> list[QuoteMark]:
        """The quotes that open at or after ``lo`` and close by ``hi`` (or run on, ending by ``limit``)."""
        segments, opens = self.scan.segments, self.scan.opens
        out = []
        i = bisect.bisect_left(opens, lo)
        while i < len(segments) and segments[i].open <= max(hi, limit):
            seg = segments[i]
            if seg.close < hi + 1 if seg.close >= 0 else seg.end <= limit:
                out.append(seg)
            i += 1
        return out

    def _emission(self, frame: Frame, bounds: tuple[int, int] | None = None) -> Emission | None:
        """The statement a frame reports, or None when it reports none
        ("warns EU over probe", "threatened a strike", "asked Ottawa for $500m");
        ``bounds`` is the trimmed content when the caller has it already."""
        lo, hi = self._content(frame.content_start, frame.content_end) if bounds is None else bounds
        if hi <= lo:
            return None
        inside = self._quotes_inside(lo, hi, max(hi, frame.content_end))
        directive = _opens_with_to(self.masked, lo, hi)
        if directive and not any(not is_title(seg.text) for seg in inside):
            return None  # a directive ("told them to leave"), unless it quotes the words: "told them to “go vote”"
        verb_frame = verb_frames().get(frame.lemma, "")
        if frame.form in ("pre", "coord") and verb_frame:
            introduced = _INTRODUCED.search(self.masked[frame.cue_end : lo]) or any(seg.open == lo for seg in inside) or frame.clause or directive
            if verb_frame == "naming":
                return self._named_quote(inside, lo, hi)
            # a content quoting someone's words in its first clause is what was said ("stated the plan was
            # “a farce”"; not "pledges $2m for roads, but it is ‘not enough’", which quotes another clause)
            introduced = introduced or self._speaks([seg for seg in inside if "," not in self.masked[lo : seg.open]])
            if verb_frame in ("figure", "finite"):
                if not introduced and (self._is_figure(lo, hi) or self._is_gerund(lo, hi)):
                    return None  # "reported an operating loss of …", "reported feeling better"
                if not introduced and verb_frame == "finite" and not self._is_clause(lo, hi):
                    return None  # "announced the buyback" (an act, not what was said)
            elif not introduced:
                return None  # "warns EU over probe", "threatened a general strike"
        if len(inside) == 1 and inside[0].open == lo and (inside[0].close + 1 == hi or (inside[0].close < 0 and inside[0].end >= hi)):
            return Emission(inside[0].start, inside[0].end, "direct", frame.rule)
        spoken = self._speaks(inside)
        if not spoken and (frame.needs_quote or frame.lemma in quoted_lemmas()):
            return None  # "Lee praised the team": a verb that reports only what it quotes
        return Emission(lo, hi, "direct" if spoken else "indirect", frame.rule)

    def _speaks(self, inside: list[QuoteMark]) -> bool:
        """True when one of the quotes is someone's words (not a title, not a named work)."""
        return any(not is_title(seg.text) and not self._named_work(seg) for seg in inside)

    def _named_quote(self, inside: list[QuoteMark], lo: int, hi: int) -> Emission | None:
        """The quote a naming cue gives its object ("called the plan ‘a disaster’"): the first quote
        after a short object with no preposition ("called Lee “a clown” on the radio", "called the
        deal “terrible” and ranked it “the worst”"), else the quote ending the content."""
        first = inside[0] if inside else None
        if first is None:
            return None
        object_words = [w.lower() for w in self.masked[lo : first.open].split()]
        if len(object_words) <= 5 and not set(object_words) & self.words["preposition"]:
            return Emission(first.start, first.end, "direct", "cue_names_quote")
        last = inside[-1]
        if (last.close + 1 if last.close >= 0 else last.end) == hi:
            return Emission(last.start, last.end, "direct", "cue_names_quote")
        return None

    def _named_work(self, seg: QuoteMark) -> bool:
        """True when a quote names a work: it follows "titled", "entitled" … ("a piece titled ‘Undertow’")."""
        word, _ = last_word(self.masked, max(0, seg.open - 30), seg.open)
        return word.lower() in self.words["title_cue"] and len(seg.text.split()) <= 8 and seg.text[:1].isupper()

    def _first_words(self, lo: int, hi: int) -> list[str]:
        return [w.lower().strip(".,;:()") for w in self.masked[lo : min(hi, lo + 400)].split()[:6]]

    def _is_gerund(self, lo: int, hi: int) -> bool:
        """True when the content opens with an -ing form and shows no finite verb: "feeling less anxious"."""
        lows = self._first_words(lo, hi)
        if not lows or not (lows[0].endswith("ing") and len(lows[0]) > 5 and self.masked[lo:lo + 1].islower()):
            return False
        return self.groups["auxiliary_or_that"].isdisjoint(lows)

    def _is_clause(self, lo: int, hi: int) -> bool:
        """True when the content reads as a clause: a subject pronoun first, or a finite
        auxiliary or modal in its first words ("it would close", "the plant will close")."""
        lows = self._first_words(lo, hi)
        if not lows:
            return False
        if lows[0] in self.words["subject_pronoun"]:
            return True
        return not self.groups["finite_or_do"].isdisjoint(lows[1:])

    def _is_figure(self, lo: int, hi: int) -> bool:
        """True when the content is a figure, not a clause: "an operating loss of $2m", "5% growth"."""
        words = self.masked[lo:hi].split()[:6]
        lows = [w.lower().strip(".,;:()") for w in words]
        if not self.groups["auxiliary_or_that"].isdisjoint(lows):
            return False  # a clause that happens to hold a figure: "sales had fallen"
        return bool(set(lows) & self.words["figure"]) or bool(AMOUNT.search(" ".join(words)))

    def _emit(self, frame: Frame) -> None:
        """Add the statement a frame reports (if any, as :meth:`_cut` found) to the run's drafts."""
        emission = frame.emission
        if emission is None:
            return
        if emission.rule == "cue_names_quote" and frame.speaker_rule == "pronoun":
            self._name_before_what(frame)
        self._add_draft(Draft(
            start=emission.start, end=emission.end, text=self.text[emission.start : emission.end], kind=emission.kind,
            speaker_id=frame.speaker, speaker_text=frame.speaker_text,
            cue=self.text[frame.cue_start : frame.cue_end] if frame.form != "head" else ":",
            cue_start=frame.cue_start, cue_end=frame.cue_end,
            speaker_start=frame.speaker_start, speaker_end=frame.speaker_end,
            rule=emission.rule, speaker_rule=frame.speaker_rule, parts=self._parts(frame, emission),
        ))

    def _parts(self, frame: Frame, emission: Emission) -> tuple[tuple[int, int], ...]:
        """The pieces of a content the frame stands inside ("A, Lee said, B"), or () for one piece."""
        if frame.gap is None:
            return ()
        a_end = self._content(emission.start, frame.gap[0])[1]
        b_start = self._content(frame.gap[1], emission.end)[0]
        if not (emission.start < a_end <= frame.gap[0] and frame.gap[1] <= b_start < emission.end):
            return ()
        return ((emission.start, a_end), (b_start, emission.end))

    def _name_before_what(self, frame: Frame) -> None:
        """``Lee condemned what she called “…”``: the pronoun's speaker is named as the sentence's
        subject; the statement's speaker span is that mention (the first of the same actor)."""
        word, _ = last_word(self.masked, frame.s0, frame.speaker_start)
        if word.lower() != "what" or frame.speaker is None:
            return
        for row in self.mentions.iter_within(frame.s0, frame.speaker_start):
            if row.actor_id == frame.speaker and self.mentions.eligible(row, frame.s0):
                frame.speaker_text, frame.speaker_start, frame.speaker_end = row.text, row.start, row.end
                frame.speaker_rule = "subject_mention"
                return


def _opens_with_to(masked: str, lo: int, hi: int) -> bool:
    """True when the content is an infinitive ("to leave", "not to leave"): a directive, no statement."""
    window = min(hi, lo + 64)
    return bool(_TO_INFINITIVE.match(masked[lo:window] + (masked[window] if window < hi else " ")))
