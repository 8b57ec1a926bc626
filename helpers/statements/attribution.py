"""One attribution run over an article: frames per sentence, speakers settled per paragraph, statements.

    article ─▶ quotes (scan) ─▶ masked text ─┬─ per paragraph: headline frame, sentences
    mentions ─▶ Mentions index ──────────────┤   ─▶ frames per sentence (cues, subjects, contents)
                                             │   ─▶ cut (innermost wins) ─▶ shared subjects
                                             └─▶ drafts (frames' statements, then floating quotes)

The run is linear in the article's length: marks are paired once, mentions are found by bisect,
the speaker history answers "who spoke last?" in constant time, and a sentence longer than
:data:`MAX_SENTENCE` characters (never seen in news) is read in pieces.
"""

from __future__ import annotations

import bisect

from ..article import Article
from .content import Contents
from .floating import FloatingQuotes
from .frames import CueFrames
from .frames_post import PostFrames
from .history import SpeakerHistory
from .lexicon import cue_starts, frame_words, quoted_lemmas, word_groups
from .masked import mask_quotes, sentence_spans, unbreakable_paragraph
from .mentions import MentionRow, Mentions
from .model import Draft, Frame, SpokenBy
from .quotes import QuoteMark, scan_quotes
from .speakers import SpeakerRules

__all__ = ["Attribution", "attribute", "MAX_SENTENCE"]

#: a sentence longer than this (in characters) is no news sentence (a list, a run-on paste) …
MAX_SENTENCE = 3000
#: … and is read in pieces of about this size, so that no rule costs more than linear time
PIECE = 400


def _pieces(spans: list[tuple[int, int]], masked: str) -> list[tuple[int, int]]:
    """Cut sentences longer than :data:`MAX_SENTENCE` into pieces of about :data:`PIECE` characters."""
    out = []
    for s0, s1 in spans:
        if s1 - s0 > MAX_SENTENCE:
            while s1 - s0 > PIECE:
                cut = masked.rfind(" ", s0 + PIECE // 2, s0 + PIECE)
                cut = cut + 1 if cut > s0 else s0 + PIECE
                out.append((s0, cut))
                s0 = cut
        out.append((s0, s1))
    return out


class Attribution(SpeakerRules, CueFrames, PostFrames, Contents, FloatingQuotes):
    """The state of one run: the article, its masked text, mentions, speaker history and drafts.

    Each mixin holds one kind of rule (speakers, cue frames, post-posed frames, contents,
    floating quotes); this class runs them paragraph by paragraph.
    """

    def __init__(self, article: Article, mentions: list[MentionRow], sentences: list[tuple[int, int]]):
        self.article = article
        self.text = article.text
        self.scan = scan_quotes(article)
        self.masked = mask_quotes(self.text, self.scan.segments)
        self.mentions = Mentions(mentions, self.text, self.masked)
        self.words = frame_words()
        self.groups = word_groups()  # unions of word roles, built once
        self.paragraph_starts = [para.start for para in article.paragraphs]
        self.history = SpeakerHistory(self.mentions.people, self._is_unknown_name)
        self.sentences = sentences
        self.sentence_starts = [s0 for s0, _ in sentences]
        self.drafts: list[Draft] = []
        self.latest_draft: Draft | None = None
        self._by_paragraph: dict[int, list[QuoteMark]] = {}
        self.cue_starts: list[int] = []  # where cues can start in the paragraph being read
        for seg in self.scan.segments:
            self._by_paragraph.setdefault(seg.paragraph, []).append(seg)

    def _is_unknown_name(self, said_by: str) -> bool:
        """True for words naming a speaker that start with a capitalised name ("Park"), not "The"/"He"."""
        first = (said_by.split() or [""])[0]
        return first[:1].isupper() and first.lower() not in self.groups["name_not_start"]

    def segments_of_paragraph(self, number: int) -> list[QuoteMark]:
        """The top-level quotes of paragraph ``number``."""
        return self._by_paragraph.get(number, [])

    def _add_draft(self, draft: Draft) -> None:
        self.drafts.append(draft)
        if self.latest_draft is None or draft.start > self.latest_draft.start:
            self.latest_draft = draft

    def _paragraph_sentences(self, para) -> list[tuple[int, int]]:
        """The sentences of a paragraph as the frames see them: ``doc.sentences`` where the masked
        paragraph is the text itself (no quote), else the masked paragraph split by the same rules
        (a masked quote holds no sentence break); a masked paragraph with no mark punkt could break
        at is one sentence without running punkt."""
        if self.masked[para.start : para.end] != self.text[para.start : para.end]:
            alone = unbreakable_paragraph(self.masked, para.start, para.end)  # no need to run punkt
            return alone if alone is not None else sentence_spans(self.masked, para.start, para.end)
        lo = bisect.bisect_left(self.sentence_starts, para.start)
        hi = bisect.bisect_left(self.sentence_starts, para.end)
        return sentence_spans(self.masked, para.start, para.end, self.sentences[lo:hi])

    def _paragraph_frames(self, number: int, spans: list[tuple[int, int]], head: Frame | None) -> list[Frame]:
        """The frames of one paragraph's sentences (the headline frame first), each in the history."""
        frames: list[Frame] = []
        for s0, s1 in spans:
            found = self._frames_in_sentence(s0, s1)
            for frame in found:
                frame.s0 = s0
                self.history.append(SpokenBy(frame.cue_start, frame.speaker, frame.speaker_text))  # for "he"/"she" later on
            if head is not None and head.content_start <= s0 < head.content_end:
                found = [f for f in found if f.cue_start >= head.content_start]
            frames.extend(found)
        if head is not None:
            frames.insert(0, head)
        return frames

    def _share_subjects(self, frames: list[Frame]) -> None:
        """``…, X said, adding …`` and ``X said … and urged …``: a frame takes the subject it shares."""
        for index, frame in enumerate(frames):
            if frame.form == "part":
                j = index - 1
                while j >= 0 and frames[j].s0 == frame.s0 and (frames[j].form == "head" or frames[j].cue_start >= frame.cue_start):
                    j -= 1
                if j >= 0 and frames[j].s0 == frame.s0:
                    frame.copy_speaker(frames[j], "shared_subject")
            if frame.pending_coord:
                previous = frames[index - 1] if index and frame.form != "head" else None
                if previous is not None and previous.cue_start < frame.cue_start and previous.s0 == frame.s0:
                    frame.copy_speaker(previous, "shared_subject")
                elif frame.coord_subject is not None:
                    row = frame.coord_subject
                    frame.set_speaker(row.actor_id, row.text, "coordinated_subject", (row.start, row.end))
            if frame.form in ("part", "coord") and frame.speaker_start is None:
                self._clause_subject(frame)  # "X shrugged off …, telling reporters …" with no frame before

    def paragraph(self, number: int) -> None:
        """Find the statements of paragraph ``number`` and add them to :attr:`drafts`."""
        para = self.article.paragraphs[number]
        head = self._headline(number)
        self.cue_starts = cue_starts(self.masked, para.start, para.end)  # for all its sentences at once
        no_put_it = self.masked.find(" put", para.start, para.end) < 0  # "As X put it, …" has no cue word of the lists
        if head is None and not self.segments_of_paragraph(number) and not self.cue_starts and no_put_it:
            return  # no quote, no headline frame and no word a cue starts with: nothing to find
        spans = self._join_question_frames(_pieces(self._paragraph_sentences(para), self.masked))
        known = len(self.history)
        found = self._paragraph_frames(number, spans, head)
        frames = self._cut(found)
        if head is not None and any(f.form == "post" and f.cue_start > head.content_start and not f.dropped for f in frames if f is not head):
            head.dropped = True  # "Port strike: ‘…’, says X": the speaker follows the quote
        self._share_subjects(frames)
        self.history.truncate(known)  # the final speakers, now that shared subjects are settled
        for frame in sorted(frames, key=lambda f: f.cue_start):
            self.history.append(SpokenBy(frame.cue_start, frame.speaker, frame.speaker_text))
        first_draft = len(self.drafts)
        for frame in frames:
            if not frame.dropped:
                self._emit(frame)
        # (a verb that reports only a quote and quoted nothing is no frame a floating quote continues:
        # "“…,” Lee said, referring to Park. “…”" stays one statement on "said")
        speaking = [f for f in frames if not f.dropped and not (f.emission is None and (f.needs_quote or f.lemma in quoted_lemmas()))]
        self._floating(number, spans, self._with_closing_frames(speaking, found, frames), first_draft)

    def _with_closing_frames(self, speaking: list[Frame], found: list[Frame], kept: list[Frame]) -> list[Frame]:
        """``speaking`` and the frames that end their sentence with nothing to report ("Lee said in a
        statement. “…”"): the quote after such a frame is its speaker's, in cue order."""
        kept_ids = {id(f) for f in kept}
        closing = [f for f in found if id(f) not in kept_ids and f.form == "pre" and f.speaker_start is not None
                   and not self.masked[f.content_start : f.content_end].strip(" .")]
        return sorted(speaking + closing, key=lambda f: f.cue_start) if closing else speaking


def attribute(article: Article, mentions: list[MentionRow], sentences: list[tuple[int, int]]) -> list[Draft]:
    """The statements of ``article`` attributed with ``mentions``, in the order they were found.

    ``sentences`` are the article's sentence spans (``doc.sentences``), in order.
    """
    run = Attribution(article, mentions, sentences)
    for number in range(len(article.paragraphs)):
        run.paragraph(number)
    return run.drafts
