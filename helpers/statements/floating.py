"""Quotes with no frame of their own, and questions that join the frame after them.

A quote that is its own sentence (or paragraph) belongs to the speaker before it
(``floating_quote``: the last frame before it in the paragraph, else the first after it, else
the last statement); a quote that ends its sentence after a split-quote frame
(``“We will,” she said, “but not yet.”``) is ``split_quote``; a quote after a subject and a colon
or dash (``Mr Vos was blunt: “…”``) is ``colon_introduction``; a quote on its own line signed
with a dash and a name that ends the line (``“We will not leave.” ― Ann Lee``, as in pull quotes
and readers' voices) is ``quote_dash_name``. A quote inside the writer's own sentence (a scare
quote, a title) is no statement.
"""

from __future__ import annotations

import bisect
import itertools
import re

from .lexicon import addressee_verbs, cue_forms
from .masked import ANY_QUOTE, MAX_SUBJECT_WORDS, NON_SPACE_RUN
from .model import Draft, Frame, Source
from .quotes import QuoteMark
from .speakers import mention_rule

__all__ = ["FloatingQuotes"]

_NO_SOURCE = Source(None, "", "", -1, -1, None)
_NAME_APPOSITION_CUE = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},[^,“”\"\n]{1,100},\s+(?P<cue>\S+)")
_INTRO_MARK = re.compile(r"(?::|—|–|--|(?<=\s)-)$")
_LAST_COMMA = re.compile(r",\s*(?=[^,]*$)")
_SHORT_OPENING = re.compile(r"\s*(?:[\w’'.-]+\s+){0,5}[\w’'.-]+\s*,\s*")  # "In Paris on Monday, "
_BY = re.compile(r"\bby\b")
# "“…” ― Ann Lee" (then the line ends): a dash, one to six capitalised words, an optional full stop;
# or the signature on the next line, after a dash or a hyphen, maybe with a short description
# ("“…”\n\n- Ann Lee, Ohio." as fact checks and readers' voices print it)
_SIGNATURE = re.compile(
    r"[ \t\u00a0]*(?P<dash>[―—–])[ \t\u00a0]*(?P<name>[A-Z][\w’'.-]*(?:[ \t\u00a0]+[A-Z][\w’'.-]*){0,5}?)[ \t\u00a0]*[.,]?[ \t\u00a0]*(?=\r?\n|$)"
    r"|[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*){1,2}(?P<dash2>[―—–-])[ \t\u00a0]?(?P<name2>[A-Z][\w’'.-]*(?:[ \t\u00a0]+[A-Z][\w’'.-]*){0,4}?)"
    r"(?:[.,][^\n“”\"]{0,80})?(?=\r?\n|$)"
)


class FloatingQuotes:
    """Mixin of the attribution run: quotes no frame reports, and question sentences."""

    def _join_question_frames(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Join a sentence that is a quote ending in "?" or "!" to the frame after it:
        ``“May we speak?” the chair asked at 9 p.m.`` is one sentence, not two (so is a quote ending
        in a quoted question: ``“He asked, ‘Why?’” said Lee``)."""
        out: list[tuple[int, int]] = []
        for s0, s1 in spans:
            if out:
                p0, p1 = out[-1]
                quote = self.scan.by_open.get(p0)
                if (
                    quote is not None
                    and quote.close >= 0
                    and not self.masked[quote.close + 1 : p1].strip()
                    and self.text[max(0, quote.close - 2) : quote.close].rstrip("’'\"")[-1:] in ("?", "!")  # (“…, ‘Why?’” asked X)
                    and self._starts_with_frame(s0, s1)
                ):
                    out[-1] = (p0, s1)
                    continue
            out.append((s0, s1))
        return out

    def _starts_with_frame(self, s0: int, s1: int) -> bool:
        """True when the sentence opens with a short subject and a cue verb ("the chair asked"), or
        a name, an apposition and a cue ("Ann Lee, a retired nurse, said")."""
        apposition = _NAME_APPOSITION_CUE.match(self.masked, s0, s1)
        if apposition and apposition.group("cue").rstrip(".,!?") in cue_forms():
            return True
        stops = self.groups["sentence_link"]
        first_words = itertools.islice(NON_SPACE_RUN.finditer(self.masked[s0:s1]), MAX_SUBJECT_WORDS - 2)
        for index, match in enumerate(first_words):
            word = match.group()
            cue = cue_forms().get(word.rstrip(".!?,"))
            if cue is not None and cue.kind != "prep":  # "Ms Lee asked."
                end = s0 + match.end() - (1 if word.endswith(",") else 0)
                rest = self.masked[self._skip_adjuncts(end, s1) : s1].strip()
                listener = cue.lemma in addressee_verbs() and len(rest.split()) <= 3 and rest[-1:] in ".!?"
                tail = self._place_tail(rest)  # "Ms Lee said in response."
                if index == 0 or not rest or rest[0] in ",.!?" or listener or tail:  # "asked Ms Lee", "Ms Lee asked (the panel) at 9 p.m."
                    return True
                # a short subject and its cue, then the cue's adjuncts ("Lee said of the plan in May, when …")
                first = rest.split()[0].lower()
                return index <= 3 and (first in self.words["preposition"] or (cue.lemma in addressee_verbs() and first != "that"))
            if word.endswith(",") or word.lower() in stops or word in self.words["modal"]:  # "May Lindqvist" is a name
                return False
        return False

    def _floating(self, number: int, sentence_spans: list[tuple[int, int]], frames: list[Frame], first_draft: int) -> None:
        """Quotes with no frame: a quote-only sentence or paragraph goes to the speaker before it."""
        segments = self.segments_of_paragraph(number)
        if not segments:
            return  # no quote in the paragraph: none floats
        para = self.article.paragraphs[number]
        covered = sorted((d.start, d.end) for d in self.drafts[first_draft:])  # this paragraph's statements
        covered_starts = [a for a, _ in covered]
        reach = list(itertools.accumulate((b for _, b in covered), max))
        sentence_starts = [a for a, _ in sentence_spans]
        cue_starts = [f.cue_start for f in frames]
        for seg in segments:
            i = bisect.bisect_right(covered_starts, seg.start) - 1
            if i >= 0 and reach[i] >= seg.end:
                continue  # part of a statement already
            k = bisect.bisect_right(sentence_starts, seg.open) - 1
            sentence = sentence_spans[k] if k >= 0 and seg.open < sentence_spans[k][1] else (para.start, para.end)
            seg_end = seg.close + 1 if seg.close >= 0 else seg.end
            source = self._signed(seg, seg_end)
            if source is None:
                alone = not self.masked[sentence[0] : seg.open].strip() and not self.masked[seg_end : sentence[1]].strip(" .,;")
                source = self._introduced_before(seg, number) if alone else self._introduced(seg, seg_end, sentence, frames, cue_starts)
                if source is None and not alone:
                    continue  # a scare quote or a title inside the writer's own sentence
                if source is None:
                    source = self._source_before(seg, seg_end, para.start, frames, cue_starts)
            self._add_draft(Draft(
                start=seg.start, end=seg.end, text=seg.text, kind="direct", speaker_id=source.speaker,
                speaker_text=source.speaker_text, cue=source.cue, cue_start=source.cue_start, cue_end=source.cue_end,
                speaker_start=source.speaker_start, speaker_end=source.speaker_end,
                rule=source.rule, speaker_rule=source.speaker_rule if source.speaker else None,
            ))

    def _signed(self, seg: QuoteMark, seg_end: int) -> Source | None:
        """“We will not leave.” ― Ann Lee: a quote that opens its line and is signed, after a dash, by
        the name that ends the line (``quote_dash_name``); None for any other quote."""
        if seg.close < 0 or self.text[self.text.rfind("\n", 0, seg.open) + 1 : seg.open].strip():
            return None
        signature = _SIGNATURE.match(self.text, seg_end)
        if signature is None:
            return None
        dash, name = ("dash", "name") if signature.group("dash") else ("dash2", "name2")
        cue = (signature.group(dash), signature.start(dash), signature.end(dash))
        lo, hi = signature.span(name)
        for row in self.mentions.within(lo, hi):
            if row.actor_id is not None:
                return Source(row.actor_id, row.text, *cue, mention_rule(row), "quote_dash_name", row.start, row.end)
        signed_by = Frame(*cue, "head")  # a name the actor finder did not know
        self._speaker_of_phrase(signed_by, lo, hi, self.text[lo:hi], None, span=(lo, hi))
        return Source(signed_by.speaker, signed_by.speaker_text, *cue, signed_by.speaker_rule, "quote_dash_name", lo, hi)

    def _introduced_before(self, seg: QuoteMark, number: int) -> Source | None:
        """A quote opening a paragraph after one that ends with a colon ("X issued this statement:"):
        the subject of that paragraph's last sentence speaks (``colon_introduction``); else None."""
        if number == 0 or seg.open != self.article.paragraphs[number].start:
            return None
        before = self.article.paragraphs[number - 1]
        lead = self.masked[before.start : before.end].rstrip()
        if not lead.endswith(":"):
            return None
        colon = before.start + len(lead) - 1
        k = bisect.bisect_right(self.sentence_starts, colon) - 1
        start = max(before.start, self.sentence_starts[k]) if k >= 0 else before.start
        return self._colon_introduction(seg, (start, colon + 1), [], lead_end=colon + 1)

    def _source_before(self, seg: QuoteMark, seg_end: int, para_start: int, frames: list[Frame], cue_starts: list[int]) -> Source:
        """The speaker of a quote standing alone: the frame before it, else after it, else the last statement."""
        before = bisect.bisect_left(cue_starts, seg.open)
        after = bisect.bisect_right(cue_starts, seg_end)
        if before > 0:
            frame = frames[before - 1]
            return Source(frame.speaker, frame.speaker_text, frame.cue, frame.cue_start, frame.cue_end, "last_speaker",
                          "floating_quote", frame.speaker_start, frame.speaker_end)
        if after < len(frames) and seg.open > para_start:
            frame = frames[after]
            return Source(frame.speaker, frame.speaker_text, frame.cue, frame.cue_start, frame.cue_end, "next_speaker",
                          "floating_quote", frame.speaker_start, frame.speaker_end)
        if self.latest_draft is not None:
            last = self.latest_draft
            return Source(last.speaker_id, last.speaker_text, last.cue, last.cue_start, last.cue_end, "last_statement",
                          "floating_quote", last.speaker_start, last.speaker_end)
        return _NO_SOURCE

    def _introduced(self, seg: QuoteMark, seg_end: int, sentence: tuple[int, int], frames: list[Frame], cue_starts: list[int]) -> Source | None:
        """The source of a quote that ends its sentence after a split-quote frame
        (“We will,” she said, “but not yet.”) or after a subject and a colon or dash ("Mr Vos was
        blunt: “…”", "X has one message — ‘…’"); None for any other quote."""
        if self.masked[seg_end : sentence[1]].strip(" .,;!?…"):
            return None  # words follow: a scare quote or a title
        in_sentence = frames[bisect.bisect_left(cue_starts, sentence[0]) : bisect.bisect_left(cue_starts, seg.open)]
        opens = self.scan.opens
        lo_q, hi_q = bisect.bisect_left(opens, sentence[0]), bisect.bisect_left(opens, seg.open)
        previous = [q for q in self.scan.segments[lo_q:hi_q] if 0 <= q.close < seg.open]
        if in_sentence:
            return self._split_quote(seg, previous, in_sentence) if previous else None
        return self._colon_introduction(seg, sentence, previous)

    def _split_quote(self, seg: QuoteMark, previous: list[QuoteMark], in_sentence: list[Frame]) -> Source | None:
        """“We will,” she said, “but not yet.”: the frame between the two parts speaks."""
        prev = previous[-1]
        between = self.masked[prev.close + 1 : seg.open].strip()
        for frame in in_sentence:
            if frame.form == "post" and prev.close < frame.cue_start and frame.sep is not None and frame.sep >= prev.close:
                if between.endswith(","):
                    return Source(frame.speaker, frame.speaker_text, frame.cue, frame.cue_start, frame.cue_end,
                                  frame.speaker_rule, "split_quote", frame.speaker_start, frame.speaker_end)
        return None

    def _colon_introduction(
        self, seg: QuoteMark, sentence: tuple[int, int], previous: list[QuoteMark], lead_end: int | None = None
    ) -> Source | None:
        """"Mr Vos was blunt: “…”": the sentence's subject before a colon or dash speaks (the lead
        runs to the quote, or to ``lead_end`` when the quote opens the next paragraph)."""
        lead = self.masked[sentence[0] : seg.open if lead_end is None else lead_end].rstrip()
        mark = _INTRO_MARK.search(lead)
        if not mark or previous or ANY_QUOTE.search(lead[: mark.start()]) or len(lead.split()) > 25:
            return None
        c0 = sentence[0] + mark.start()
        cue = (mark.group(), c0, c0 + len(mark.group()))
        lo = sentence[0]
        clause = _LAST_COMMA.search(lead[: mark.start()])
        if clause and len(lead[: clause.start()].split()) > 6:
            lo += clause.end()  # "Asked whether …, Ms Lee was brief: “…”": the subject follows the comma
        rows = [r for r in self.mentions.within(lo, c0) if self.mentions.eligible(r, lo)]
        for row in rows:
            before = self.masked[lo : row.start]
            if before.strip() and not _SHORT_OPENING.fullmatch(before):
                break  # the mention is not the sentence's subject
            if row.actor_id is not None:
                return Source(row.actor_id, row.text, *cue, mention_rule(row), "colon_introduction", row.start, row.end)
        first = (lead.split() or [""])[0]
        if first.lower() in self.words["person_pronoun"]:
            found = self._fallback(first, c0)
            at = sentence[0] + len(lead) - len(lead.lstrip())
            return Source(found.speaker, first, *cue, found.rule, "colon_introduction", at, at + len(first))
        span = self._opening_subject(lo, c0) if lo == sentence[0] else None
        if span is None or _BY.search(self.masked[span[1] : c0]):
            return None  # "The protest was organised by Ms Lee: …": the subject is no speaker
        said_by = Frame(*cue, "head")  # "Rival camp fired back: “…”": a subject with no mention
        self._speaker_of_phrase(said_by, *span, self.text[span[0] : span[1]], None, span=span)
        return Source(said_by.speaker, said_by.speaker_text, *cue, said_by.speaker_rule, "colon_introduction", *span)
