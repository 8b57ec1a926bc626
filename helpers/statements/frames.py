"""Frames around cue verbs: ``X said (that) …``, ``…, saying …``, ``… and urged …``, and what follows a cue.

A frame's content starts after the cue, its adjuncts (``on Monday``, ``to reporters``) and an
addressee (``told reporters that …``); its subject is the nearest eligible mention before the cue,
or a phrase resolved by :mod:`helpers.statements.speakers`.
"""

from __future__ import annotations

import re

from .lexicon import (
    TOPIC_BEFORE_QUOTE,
    addressee_verbs,
    adjunct_pattern,
    cue_forms,
    find_cues,
    listener_pattern,
)
from .masked import CLOSERS, OPENERS, gap_ok, last_word, strip_gap_word
from .model import Frame
from .speakers import mention_rule

__all__ = ["CueFrames"]

_POSSESSIVE_END = re.compile(r"\w(?:['’]s|s['’])\s*$")
# a cue, the topic of its quote, a comma and the quote: "said of the plan, “…”"
_TOPIC_THEN_QUOTE = re.compile(r"\s+" + TOPIC_BEFORE_QUOTE)
# "is"/"are"/"am" contracted onto a subject pronoun before an -ing cue: "He’s saying", "they're telling"
_BE_CONTRACTED = re.compile(r"['’](?:s|re|m)$")
_WORD_AFTER = re.compile(r"\s*([\w’'-]*)")
# after a verb that reports after a quote ("continued", "went on"), the quote it introduces
_GOES_ON_QUOTE = re.compile(r"(?:\s+(?:to\s+say|by\s+saying))?\s*[,:]\s*(?=[" + "".join(OPENERS) + "])")
# "saying" after "by" reports the quote its clause's subject said: "She began by saying, “…”"
_QUOTE_OPENS = re.compile("[" + "".join(OPENERS) + "]")
_THAT = re.compile(r"\s*,?\s*that\b")
_MARKS = re.compile("[`“”\"‘’«»]")
#: how far after an -ing cue with no comma before it its quote may open ("telling the class of 2014, “…”")
_QUOTE_REACH = 80
# a reported question after a listener-taking cue: "asked (the minister) whether/if/why …"
_REPORTED_QUESTION = re.compile(r"\s+(?!that\b)(?:(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?\s+)??(?=(?:whether|if|why|how|what|which|when|where|who)\s)")
# "told reporters that …": a listener, then "that"
_LISTENER_THAT = re.compile(r"\s+(?!that\b)[^,;:“”\"‘]{1,60}?(?<!\band)(?<!\bbut)(?<!\bor)\s+that\b")
# "told supporters to “…”": a listener, then an infinitive
_LISTENER_TO = re.compile(r"\s+(?!that\b|to\b)[^,;:“”\"‘]{1,60}?\s+(?=to\s)")
# "told reporters on Monday.": a short listener before a break or a setting
_SHORT_LISTENER = re.compile(r"\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+(?=\s*(?:[,.;:]|$|\s(?:on|in|at|during|after|before|last|this|yesterday|today)\b))")
_ENDS_OR_QUOTES = re.compile(r"\s*(?:[,.;!?]|$|:\s*[" + "".join(OPENERS) + "])")
# a listener in lower case ("told council members the branch was …", "told the court the firm had …"):
# the clause must open with a determiner, a subject pronoun or a name
_LOWER_LISTENER = re.compile(
    r"\s+(?:(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*s|(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)\s+"
    r"(?=(?:the|a|an|his|her|its|their|this|these|those|"
    r"it|he|she|they|we|i|[A-Z][\w’'-]*)\s)")


class CueFrames:
    """Mixin of the attribution run: find the frames of one sentence (cue, form, subject, content)."""

    def _frames_in_sentence(self, s0: int, s1: int) -> list[Frame]:
        """The frames of the sentence ``masked[s0:s1]``, in the order of their cues."""
        frames: list[Frame] = []
        forms = cue_forms()
        for match in find_cues(self.masked, s0, s1, self.cue_starts):
            form = match.group("cue")
            cue = forms.get(form)
            frame = Frame(form, match.start(), match.end(), "pre", cue.lemma if cue else "according to")
            if cue is None or cue.kind == "prep":
                if self._according(frame, s0, s1):
                    frames.append(frame)
            elif cue.kind == "after_quote":
                if self._post(frame, frame.lemma, s0, s1) and frame.rule.startswith("quote_then_cue"):
                    frames.append(frame)  # "“…,” Lee joked.": a verb that reports only after a quote
                elif self._goes_on_to_quote(frame := Frame(form, match.start(), match.end(), "pre", cue.lemma), s0, s1):
                    frames.append(frame)  # "Lee continued, “…”": … or right before one
            elif self._verb_frame(frame, s0, s1) and not (frames and last_word(self.masked, s0, frame.cue_start)[0] == "by"):
                frames.append(frame)  # ("X explained it by saying “…”": the quote stays in the first frame's content)
        as_put_it = self._as_put_it(s0, s1) if "put" in self.masked[s0:s1] else None
        if as_put_it is not None:  # "As Ann Lee put it, …": no cue verb of its own
            frames.append(as_put_it)
            frames.sort(key=lambda f: f.cue_start)
        return frames

    def _verb_frame(self, frame: Frame, s0: int, s1: int) -> bool:
        """Fill the frame of a cue verb; False when the verb is a noun or an adjective here."""
        words, form, lemma, c0 = self.words, frame.cue, frame.lemma, frame.cue_start
        if self.masked[max(0, c0 - 2) : c0].endswith(("<", "</")):
            return False  # a markup tag pasted with the text: <tweet id="…">
        word, wpos = last_word(self.masked, s0, c0)
        low = word.lower()
        after = _WORD_AFTER.match(self.masked, frame.cue_end, s1).group(1)
        if after in self.groups["not_after_cue"] and not self._after_quote(frame, s0) and not _TOPIC_THEN_QUOTE.match(self.masked, frame.cue_end, s1):
            return False  # a noun: "demands for guarantees", "Sokoto states had been" (not "“…,” Lee said of …", "Lee said of it, “…”")
        if low in words["determiner"] or word in words["modal"] or low == "to":
            return False  # "the report", "will say" ("May says" is a name)
        if frame.cue in words["person_noun_cue"] and word.islower() and last_word(self.masked, s0, wpos)[0].lower() in words["determiner"] \
                and (after in words["preposition"] and after != "of" or self.masked[frame.cue_end : frame.cue_end + 1] in (",", ".")):
            return False  # "the chief accused in the case", "his fellow accused,": a person, not a cue ("the company accused X")
        contracted = _BE_CONTRACTED.search(word) if form.split()[0].endswith("ing") else None
        if contracted and word[: contracted.start()].lower() not in words["subject_pronoun"]:
            contracted = None  # "the firm’s saying" is no contraction we read
        # a possessive ends with the last word before the cue: search from 3 characters before its end
        if (_POSSESSIVE_END.search(self.masked, max(s0, c0 - 200, wpos + len(word) - 3), c0) and not contracted) or (word.endswith("ing") and word.islower() and word not in words["gap"]):
            return False  # "the leader's remarks", "comparing notes"
        verb = form.split()[0]  # "calling" in "calling for"
        if verb.endswith("en") and low not in {"has", "have", "had"}:
            return False  # a participle used as an adjective: "written comments"
        if verb.endswith("ing"):
            if low in words["be"]:
                return self._pre(frame, lemma, s0, s1, subject_end=last_word(self.masked, s0, c0)[1])
            if contracted:
                return self._pre(frame, lemma, s0, s1, subject_end=wpos + contracted.start())  # "He’s claiming that …"
            comma = word == "," or (word in CLOSERS and self.masked[wpos - 1 : wpos] == ",")  # "…, saying", "“…,” telling"
            if comma or (low == "by" and lemma == "say" and self._quote_follows(frame.cue_end, s1)):  # "…, saying …", "… by saying “…”"
                return self._participle(frame, lemma, s0, s1)
            if self._quote_follows(frame.cue_end, min(s1, frame.cue_end + _QUOTE_REACH)):
                return self._ing_before_quote(frame, lemma, s0, s1)
            return False
        if low in words["be"]:
            return False
        return self._post(frame, lemma, s0, s1) or self._pre(frame, lemma, s0, s1)

    def _participle(self, frame: Frame, lemma: str, s0: int, s1: int) -> bool:
        """``…, saying …``: the cue shares the subject of the clause it hangs on (rule ``participle_cue``)."""
        c0 = frame.cue_start
        frame.form, frame.rule = "part", "participle_cue"
        word, wpos = last_word(self.masked, s0, c0)
        frame.cut_at = wpos + 1 if word in CLOSERS else wpos  # ("called it “sound,” telling …": after the quote)
        opening = self._main_clause_start(s0, c0)  # ("After the vote in May, X wrote …, saying")
        row = next((r for r in self.mentions.iter_within(opening, c0) if self.mentions.eligible(r, s0)), None)
        if row is not None:
            frame.set_speaker(row.actor_id, row.text, "subject_mention", (row.start, row.end))
        frame.content_start, frame.content_end = self._after_cue(frame, lemma, s1), s1
        return True

    def _ing_before_quote(self, frame: Frame, lemma: str, s0: int, s1: int) -> bool:
        """An -ing cue with no comma before it and a quote right after: it reports that quote, and
        only a quote. After a link word ("… before adding: “…”", "… and telling them, “…”") it
        shares the clause's subject; else the words before it are its subject ("a narrator
        saying “…”", "with Lee saying the plan was “sound”")."""
        frame.needs_quote = True
        _, word, _ = strip_gap_word(self.masked, s0, frame.cue_start)  # ("and then adding")
        if word.lower() in self.groups["sentence_link"] or word.lower() in self.words["preposition"]:
            return self._participle(frame, lemma, s0, s1)
        cues_before = find_cues(self.masked, s0, frame.cue_start, self.cue_starts)
        if word.lower() in self.words["document"] and not cues_before:
            return self._participle(frame, lemma, s0, s1)  # "Lee issued a statement saying …": the clause's subject
        if cues_before:
            return False  # "Lee said that letters praising it “show …”": inside another frame's content
        return self._pre(frame, lemma, s0, s1)

    def _quote_follows(self, lo: int, hi: int) -> bool:
        """True when a quote opens in ``masked[lo:hi]`` (a quote mark, not an apostrophe)."""
        return any(mark.start() in self.scan.by_open for mark in _QUOTE_OPENS.finditer(self.masked, lo, hi))

    def _goes_on_to_quote(self, frame: Frame, s0: int, s1: int) -> bool:
        """``X continued, “…”`` / ``X went on to say, “…”``: a verb that reports after a quote, then a
        comma or colon and the quote that is its content (rule ``cue_then_quote``)."""
        lead = _GOES_ON_QUOTE.match(self.masked, frame.cue_end, s1)
        if not lead or lead.end() not in self.scan.by_open or not self._pre(frame, frame.lemma, s0, s1):
            return False
        frame.content_start = lead.end()
        frame.rule = "cue_then_quote"
        return True

    def _after_quote(self, frame: Frame, s0: int) -> bool:
        """True when the cue follows a quote ending in a comma, "?" or "!" and its subject: “…,” Lee said."""
        if self.masked[frame.cue_end : frame.cue_end + 3].strip()[:1] not in ("o", "f"):
            return False  # only "of"/"for" after the cue need the check
        before = self._post_separator(frame, s0)
        return before is not None and self._quote_first(before) and self._subject_allowed(before, s0)

    def _pre(self, frame: Frame, lemma: str, s0: int, s1: int, subject_end: int | None = None) -> bool:
        """``X said (that) …``: the subject before the cue (or before "is" in "is saying"), the content after."""
        if not self._pre_subject(frame, s0, frame.cue_start if subject_end is None else subject_end):
            return False
        frame.content_start, frame.content_end = self._after_cue(frame, lemma, s1), s1
        if frame.form == "pre":
            frame.rule = "cue_then_that_clause" if _that_before(self.masked, frame.cue_end, frame.content_start) else (
                "cue_then_addressee_clause" if frame.clause else "subject_then_cue")
        return True

    def _pre_subject(self, frame: Frame, s0: int, before: int) -> bool:
        """Find the subject of a cue (at ``before``) that precedes its content; False when the cue is not a verb."""
        words = self.words
        end, word, wpos = strip_gap_word(self.masked, s0, before)  # (and the last word before it)
        low = word.lower()
        if not word or low in self.groups["not_subject"] or word in words["modal"]:
            return False
        if low in words["coordinator"]:
            self._coordinated(frame, s0, wpos)
            return True
        if self.masked[wpos - 2 : wpos] in ("'s", "’s") or word in ("'s", "’s"):
            return False
        apposition = self.masked[end - 1 : end] == "," and end > s0
        for row in self.mentions.iter_within_reversed(s0, end):
            if not self.mentions.eligible(row, s0) or self.masked[row.start - 1 : row.start] == "(":
                continue  # "(WHO)" repeats the name before it
            if gap_ok(self.masked, row.end, end):
                if self.masked[row.end : end].strip() == ",":
                    row = self._apposition_head(row, s0)  # "Sen. Tom Hale, a Minnesota Republican, said"
                if row.actor_id:
                    frame.set_speaker(row.actor_id, row.text, mention_rule(row), (row.start, row.end))
                else:
                    frame.set_speaker(self._described(row.text.lower().split(), before), row.text, "description_head", (row.start, row.end))
                self._set_cut(frame, row.start, s0)
                return True
            if not apposition:
                break  # "Mr Orban, who …, putting Hungary in …, stressed": keep looking left
        return self._subject_without_mention(frame, s0, end, before)

    def _coordinated(self, frame: Frame, s0: int, wpos: int) -> None:
        """``… and urged …``: the subject is shared with a frame before, or is the clause's subject."""
        frame.form, frame.rule = "coord", "coordinated_cue"
        frame.pending_coord = True
        comma = self.masked[s0:wpos].rstrip()
        frame.cut_at = s0 + len(comma) - 1 if comma.endswith(",") else wpos
        # without a reporting frame before it, the subject of the coordinated clause:
        # the nearest mention whose gap starts with a verb ("Blinken spoke with … and urged")
        for row in self.mentions.iter_within_reversed(s0, wpos):
            if self.mentions.eligible(row, s0):
                gap = self.masked[row.end : wpos].strip()
                if gap[:1].islower() and "," not in gap:
                    frame.coord_subject = row
                break

    def _subject_without_mention(self, frame: Frame, s0: int, end: int, before: int) -> bool:
        """The subject phrase before a cue with no eligible mention ("officials said", "he said")."""
        p0, p1 = self._subject_phrase(s0, end)
        phrase = self.text[p0:p1]
        if not phrase or phrase[-1] in "“\"‘'(”’»":
            return False
        last = phrase.split()[-1]
        introduces = self.text[frame.cue_end : frame.cue_end + 3].lstrip()[:1] in (":",) + tuple(OPENERS)
        noun = frame.lemma not in self.words["verb_only"]
        if noun and frame.cue == frame.lemma and last.islower() and last not in {"i", "you", "we", "they"} and not last.endswith("s") and not introduces:
            return False  # a noun, not a verb: "weak demand in Europe" ("officials demand", "they say" stay)
        if set(phrase.lower().split()) & self.words["inscription"]:
            frame.set_speaker(None, phrase, None)  # "a sign read: …" (words on display, no speaker)
            self._set_cut(frame, p0, s0)
            return True
        word, wpos = last_word(self.masked, s0, p0)
        head = self.masked[s0:wpos].strip() if word.lower() in ("who", "that") else ""
        if head and "," not in head and len(head.split()) <= 5 and head[:1].isupper():
            p0 = s0 + self.masked[s0:wpos].index(head)  # "Supporters who came to the rally say …": the head and its clause
            phrase = head
        self._speaker_of_phrase(frame, p0, p1, phrase, None, before, span=(p0, p1))
        for row in self.mentions.iter_within(p0, p1):
            if row.kind == "ADJECTIVE" and row.actor_id and len(self.masked[row.end : p1].split()) <= 2:
                frame.set_speaker(row.actor_id, phrase, "nationality_adjective", (row.start, row.end))  # "Chinese officials say"
                break
        self._set_cut(frame, p0, s0, plain=not _MARKS.search(self.masked, p0, frame.cue_start))  # (not "people ``take care''")
        return True

    def _set_cut(self, frame: Frame, subject_start: int, s0: int, plain: bool = True) -> None:
        """When a subordinator or coordinator precedes the subject, enclosing content ends there
        (and, for a ``plain`` subject with no quote marks in it, a comma, "that" or a quote ending in a comma)."""
        pos = subject_start
        while True:
            word, wpos = last_word(self.masked, s0, pos)
            if word.lower() in self.words["determiner"] and wpos < pos:
                pos = wpos
                continue
            break
        if word.lower() in self.words["subordinator"]:
            comma = self.masked[s0:wpos].rstrip()
            frame.cut_at = s0 + len(comma) - 1 if comma.endswith(",") else wpos
        elif not plain:
            return
        elif word == "," or word.lower() == "that":
            frame.cut_at = wpos  # "While Lee said …, he said …", "a vote that he said broke …": a clause of its own
        elif word in CLOSERS and self.masked[wpos - 1 : wpos] == ",":
            frame.cut_at = wpos + 1  # "While Lee said it was “a disaster,” Park said …": after the quote

    def _after_cue(self, frame: Frame, lemma: str, s1: int, pos: int | None = None) -> int:
        """Skip adjuncts (and an addressee) after the cue (or after ``pos``); return where the rest begins."""
        pos = frame.cue_end if pos is None else pos
        rest = self.masked[pos:s1]
        if lemma in addressee_verbs():
            match = _LISTENER_THAT.match(rest)
            if match:
                return pos + match.end()
            question = _REPORTED_QUESTION.match(rest)
            if question:
                frame.clause = True
                return pos + question.end()  # "asked (the minister) whether …": a reported question
            clause = self._clause_after_addressee(pos, s1)
            if clause is not None:
                frame.clause = True
                return clause  # "told the BBC the union had offered …" (no "that")
            match = _LISTENER_TO.match(rest)
            if match and self._quote_follows(pos + match.end(), s1):
                return pos + match.end()  # "told supporters at a rally to “go vote”": a directive in its own words
            match = _SHORT_LISTENER.match(rest)
            if match:
                after = self._skip_adjuncts(pos + match.end(), s1)
                if _ENDS_OR_QUOTES.match(self.masked[after:s1]):
                    return after  # "told reporters on Monday."
        adjunct = adjunct_pattern()
        while True:
            match = adjunct.match(self.masked, pos, s1)
            if not match or match.end() == pos:
                break
            pos = match.end()
        match = _THAT.match(self.masked, pos, s1)
        if match:
            return match.end()
        return pos

    def _clause_after_addressee(self, pos: int, s1: int) -> int | None:
        """Where a that-less clause starts after a listener ("told the BBC the union had …"), or None.

        The listener is an object pronoun, an audience word or a name (capitalised words, maybe
        after "the"); the clause opens with a subject and has a finite auxiliary in its first words.
        """
        listener = listener_pattern().match(self.masked[pos:s1])
        if not listener:
            # a listener in lower case ("told council members the branch was …", "told the court the
            # firm had …"): the clause
            # must open with a determiner, a subject pronoun or a name
            listener = _LOWER_LISTENER.match(self.masked[pos:s1])
        if not listener:
            return None
        start = pos + listener.end()
        following = [w.lower().strip(".,;:") for w in self.masked[start:s1].split()[:8]]
        if not following or following[0] in self.groups["not_listener"]:
            return None  # "told him to leave", "told reporters about …"
        if not self.groups["finite"].isdisjoint(following[1:]):
            return start
        return None

    def _skip_adjuncts(self, pos: int, s1: int) -> int:
        """Where the text after ``pos`` goes on once adjuncts (on Monday, to reporters …) are skipped."""
        adjunct = adjunct_pattern()
        while True:
            match = adjunct.match(self.masked, pos, s1)
            if not match or match.end() == pos:
                return pos
            pos = match.end()


def _that_before(masked: str, cue_end: int, content_start: int) -> bool:
    """True when the content is introduced by "that" ("said that …", "told reporters that …")."""
    return masked[max(cue_end, content_start - 4) : content_start] == "that"
