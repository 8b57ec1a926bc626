"""Frames whose cue follows its content (``…, X said.``, ``“…,” said X.``), "according to X" and headlines.

Rule ids set here: ``quote_then_cue`` and ``content_then_cue`` (with ``_inverted`` when the
subject follows the cue: ``said X``), ``cue_parenthetical`` (``However, X said, …``),
``reported_as_saying``, ``headline_label_quote`` (``Port strike: ‘…’, says X``),
``according_to``, ``as_x_put_it`` (``As X put it, …``) and ``headline_colon`` (``X: …`` in a headline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import role_words
from .masked import ANY_QUOTE, CLOSERS, MAX_SUBJECT_WORDS, OPENERS, strip_gap
from .mentions import speaker_from_rows
from .model import Frame
from .speakers import mention_rule

__all__ = ["PostFrames"]

OPENERS_CLASS = "".join(OPENERS)
# a closer after a space ends a quote whose last words are a quote inside it: "… 'the sponsor,' " X wrote
# (every alternative opens with a mark, so the regex engine jumps from mark to mark)
# (a quote ending in a quote closes twice: “… ‘Not today,’” X said)
_SEPARATOR = re.compile(r",[" + CLOSERS + r"]{0,2}|[?!.…][" + CLOSERS + r"]{1,2}|[" + CLOSERS + r"](?:,|(?<=\s[" + CLOSERS + r"])(?=\s))")
_APPOSITION_BEFORE_CUE = re.compile(r",\s*(?:who|whose|which|(?:a|an|the)\s|(?P<name>[A-Z])|(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:of|at|for|with)\s))[^,]*,\s*$")
#: a role and a preposition after a name, set off by commas or opening the words after an inverted subject: "…, Ana
#: Ruiz, head of the Kestrel office, said", "…, said Ana Ruiz, an economist at Kestrel Bank."
_ROLE_APPOSITION = re.compile(r"^,\s*(?:(?:a|an|the)\s|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:of|at|for|with)\s)")
#: a subject named by one to four capitalised words before a preposition may run to the longest subject even before
#: unquoted content: "…, Economist Tom Reyes of Kestrel Bank in Osprey said"
_NAMED_SUBJECT = re.compile(r"^\s*(?:[A-Z][\w.'’-]*\s+){1,4}(?:of|at|in|from|with)\s")
_APPOSITION_OF_SUBJECT = re.compile(r",\s+(?:(?:who|whose|which|[a-z]+ing)\b[^,]*|(?:a|an|the)\s+(?:[^\s,]+\s+){0,7}[^\s,]+)$")
# the subject may hold abbreviations: "said Dr. Ann Lee, …", "said U.S. envoy Tom Hale"
_INVERTED_SUBJECT = re.compile(
    r"\s+(?P<np>(?:[A-Z]|(?:the|a|an|one|two|his|her|their|its|another)\s)(?:[^,.;:!?“”\x22]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\.(?=\s+[A-Z])){0,60})")
#: the longest subject with an apposition between a quote and its cue ("“…,” Ann Lee, director of …, said")
_LONG_SUBJECT = 24
# after a quote, a subject may open with lower-case words before a name: "said former adviser Tom Reed"
# (a name may stand among them: "said former Harbour adviser Tom Reed")
_INVERTED_TITLE = re.compile(r"\s+(?P<np>[a-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,4}?(?:\s+[A-Z][\w’'.-]*)+)(?=\s*(?:[,.;:!?]|$))")
# after a quote, the inverted subject ends before its relative clause: "said a party expert who has worked …"
_RELATIVE = re.compile(r"\s+who\s")
_HEADLINE_NOUN = re.compile(r"\s+(?P<np>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})(?=\s*[.!?]?\s*$)")
_AS_SAYING = re.compile(r"\s+(?P<who>[^,;:]{1,60}?)\s+as\s+(?:saying|telling|stating|writing)\b")
_CLOSER = re.compile("[" + CLOSERS + "]")
# a quote mark in the words before a cue (an apostrophe inside a word is none: "the city’s mayor Ann Lee")
_QUOTE_IN_SUBJECT = re.compile("[“”\"‘]|’(?!\\w)|(?<!\\w)’")
_OPENS_QUOTE = re.compile(r"[,:]\s*[" + OPENERS_CLASS + "]")
_LABEL_END = re.compile(r"(?::|—|–|\s-|--)\s*$")  # "Port strike: ‘…’"
_ACCORDING_SOURCE = re.compile(r"\s+([^,;]{1,80})")
# "As Ann Lee put it, …" / "…, as the memo puts it.": the writer quotes X's wording
_AS_PUT_IT = re.compile(
    r"\b[Aa]s\s+(?P<who>[^,;:“”\"‘’()]{1,60}?)\s+(?:once\s+|has\s+|had\s+)?(?P<cue>puts?\s+it)\b"
    r"(?:\s+(?:in|on|at|during)\s+[^,.;:“”\"]{1,40}?)?\s*(?=[,.:!?]|$)")
#: "Six months ago, X said, …", "The nominee, he said, watched …": the words before a cue set off by
#: commas that are too few to be the content (what follows the frame is)
_SHORT_OPENING_WORDS = 4
_HEADLINE_SPEAKER = re.compile(r"(?P<who>[^:“”\"‘]{1,80}?)\s*:\s+(?=\S)")


@dataclass
class _Before:
    """What stands before a post-posed cue: the separator, the subject's span, the content's end."""

    sep_start: int
    subject_lo: int
    subject_hi: int
    content_hi: int
    closer: bool


class PostFrames:
    """Mixin of the attribution run: frames with the cue after the content, "according to", headlines."""

    def _post_separator(self, frame: Frame, s0: int) -> _Before | None:
        """The separator before a post-posed cue and the subject between them (None: not this form)."""
        left = self.masked[s0 : frame.cue_start]
        seps = list(_SEPARATOR.finditer(left))
        bare = self._bare_quote_before(frame, s0, seps[-1].end() if seps else 0)
        if bare is not None:
            return bare
        if not seps:
            return None
        sep = seps[-1]
        subject_lo, subject_hi = s0 + sep.end(), frame.cue_start
        if len(seps) > 2 and not left[sep.end() :].strip() and sep.group() == ",":
            # "…, Gen. X, who commands the region, told reporters": the subject is before the apposition
            apposition = _APPOSITION_BEFORE_CUE.search(left)
            if apposition and seps[-2].start() == apposition.start():
                head = seps[-3]
                described = left[head.end() : apposition.start()].split()
                named = not apposition.group("role") or all(w[:1].isupper() for w in described[-2:])  # "(Interpol chief) Ana Ruiz, head of …,"
                if 0 < len(described) <= MAX_SUBJECT_WORDS - 3 and (not apposition.group("name") or described[0].islower()) and named:
                    sep = head
                    subject_lo, subject_hi = s0 + sep.end(), s0 + apposition.start()
                    if apposition.group("name"):  # "‘…,’ the museum's director, Ana Lopes, said": the name speaks
                        subject_lo, subject_hi = s0 + apposition.start() + 1, s0 + len(left.rstrip()) - 1
        quoted = [m for m in seps if _CLOSER.search(m.group())]
        if quoted and quoted[-1] is not sep and sep.group() == "," and not left[sep.end() :].strip():
            between = left[quoted[-1].end() : sep.start()]
            if between.strip() and not ANY_QUOTE.search(between) and len(between.split()) <= _LONG_SUBJECT:
                sep = quoted[-1]  # "“…,” Ann Lee, director of the institute at the college, said"
                subject_lo, subject_hi = s0 + sep.end(), s0 + len(left.rstrip(" ,"))
        content_hi = s0 + sep.start()
        closer = max(sep.group().rfind(mark) for mark in CLOSERS) + 1  # after the last closing mark (0: none)
        if closer:
            content_hi = s0 + sep.start() + closer
            if (content_hi - 1) not in self.scan.by_close:
                return None
        if not self.masked[s0:content_hi].strip(" ,"):
            return None
        return _Before(s0 + sep.start(), subject_lo, subject_hi, content_hi, bool(closer))

    def _bare_quote_before(self, frame: Frame, s0: int, after_seps: int) -> _Before | None:
        """``"…" said X`` / ``"…" X said``: a quote opening the sentence and closed with no comma
        before its frame (a typing slip); None when it is not this form."""
        start = s0 + len(self.masked[s0 : frame.cue_start]) - len(self.masked[s0 : frame.cue_start].lstrip())
        quoted = self.scan.by_open.get(start)
        if quoted is None or quoted.close < 0 or quoted.close >= frame.cue_start or s0 + after_seps > quoted.close:
            return None
        if not self.text[quoted.close - 1].isalnum():
            return None  # a quote ending in punctuation ("…,” X said) has its separator
        between = self.masked[quoted.close + 1 : frame.cue_start]
        if not between[:1].isspace() or any(mark in between for mark in ",;:()“”\"‘’"):
            return None
        if len(between.split()) > MAX_SUBJECT_WORDS - 3:
            return None
        return _Before(quoted.close, quoted.close + 1, frame.cue_start, quoted.close + 1, True)

    def _subject_allowed(self, before: _Before, s0: int) -> bool:
        """False when the words before the cue cannot be its subject (a clause, an apposition)."""
        subject = self.masked[before.subject_lo : before.subject_hi]
        if before.closer and "," in subject and len(subject.split()) <= _LONG_SUBJECT:
            subject = subject[: subject.index(",")]  # "Ann Lee, who was mayor, said": the name before the apposition
        # (after a quote the subject may be a long title and name: "“…,” Senate Minority Leader Ann M. Lee (D-Wis.) said")
        longest = MAX_SUBJECT_WORDS - 1 if before.closer else MAX_SUBJECT_WORDS if _NAMED_SUBJECT.match(subject) else MAX_SUBJECT_WORDS - 3
        if _QUOTE_IN_SUBJECT.search(subject) or len(subject.split()) > longest:
            return False
        if not self.groups["clause_word"].isdisjoint(subject.split()):
            return False  # "…, but the city will borrow more than it promised"
        if not before.closer and _APPOSITION_OF_SUBJECT.search(self.masked, s0, before.content_hi):
            return False  # an apposition of the subject: "Karen Doyle, who flew …, said"
        return True

    def _inverted_subject(self, frame: Frame, before: _Before, s0: int, s1: int) -> int | None:
        """``said X``: set the subject's span after the cue and return where the rest starts (None: no subject)."""
        at = self._skip_adjuncts(frame.cue_end, s1)
        match = _INVERTED_SUBJECT.match(self.masked[at:s1])
        if not match and before.closer:
            match = _INVERTED_TITLE.match(self.masked[at:s1])  # "“…,” said former adviser Tom Reed"
        if not match and before.closer and self.article.section_at(s0) != "body":
            match = _HEADLINE_NOUN.match(self.masked[at:s1])  # a bare noun ending a headline: "‘…’, says crane operator"
        np = match.group("np") if match else ""
        relative = _RELATIVE.search(np) if before.closer else None
        np = np[: relative.start()] if relative else np
        np_words = set(np.split())
        if not match or not self.groups["auxiliary_or_that"].isdisjoint(np_words):
            return None  # "…, said the vote had been stolen" is not an inverted subject
        before.subject_lo = at + match.start("np")
        before.subject_hi = before.subject_lo + len(np.rstrip())
        return before.subject_hi

    def _quote_first(self, before: _Before) -> bool:
        """True when the content is a quote ending in a comma, "?" or "!" (“…,” X said / “…?” X asked):
        the cue and its subject follow it, whatever comes after them."""
        if not before.closer:
            return False
        inner = self.text[max(0, before.content_hi - 6) : before.content_hi - 1].rstrip(" '’")  # "…,' " ends like "…,"
        return inner[-1:] in (",", "?", "!") or self.masked[before.content_hi : before.content_hi + 1] == ","

    def _quote_inside_subject_clause(self, before: _Before, s0: int, rest: str, inverted: bool) -> bool:
        """True when the quote before the cue does not open the sentence and a clause follows the cue
        (“On the ‘Morning Hour’ show, Lee said that …”, “Lee, author of ‘Undertow,’ said the …”): the
        quote names a show or a book inside the words before a ``X said …`` frame, it is not said.
        After an inverted cue the rest may be the subject's relative clause (“Lee ‘was fair,’ said a
        judge who …”), so there the words before the quote must hold an apposition (“Lee, speaking
        on ‘Morning Hour,’ said the …”)."""
        quoted = self.scan.by_close.get(before.content_hi - 1)
        opening = self.masked[s0 : quoted.open] if quoted is not None else ""
        if quoted is None or not opening.strip(" \t\n" + OPENERS_CLASS):
            return False
        if inverted and "," not in opening:
            return False
        return len(rest.split()) >= 3

    def _place_tail(self, rest: str) -> bool:
        """True when what follows a post-posed cue is a short phrase opening with a preposition and
        holding no clause ("…, he said Wednesday on the radio."): it ends the frame, it is not content."""
        words = [w.strip(".,;:!?").lower() for w in rest.split()]
        if words and words[0].endswith("ly") and len(words) > 1:
            words = words[1:]  # "…, Lee said pleasantly into the phone."
        if not words or len(words) > 10 or words[0] not in self.words["preposition"] or not rest.endswith((".", "!", "?")):
            return False
        return self.groups["finite_or_that"].isdisjoint(words)

    def _post(self, frame: Frame, lemma: str, s0: int, s1: int) -> bool:
        """``…, X said.`` / ``“…,” said X.`` / ``However, X said, …`` / ``…, X reported Y as saying``."""
        before = self._post_separator(frame, s0)
        if before is None or not self._subject_allowed(before, s0):
            return False
        words = self.words
        rest_at = frame.cue_end
        inverted = not self.masked[before.subject_lo : before.subject_hi].strip()
        if inverted:
            rest_at = self._inverted_subject(frame, before, s0, s1)
            if rest_at is None:
                return False
        else:
            stripped = strip_gap(self.masked, before.subject_lo, before.subject_hi)
            last = (self.masked[before.subject_lo : stripped].split() or [""])[-1]
            if last.lower() in self.groups["not_subject"] or last in words["modal"]:
                return False
            before.subject_hi = stripped
        as_saying = _AS_SAYING.match(self.masked[frame.cue_end : s1])
        if as_saying:
            before.subject_lo, before.subject_hi = frame.cue_end + as_saying.start("who"), frame.cue_end + as_saying.end("who")
            rest_at = frame.cue_end + as_saying.end()
        after = self._after_cue(frame, lemma, s1, pos=rest_at) if not inverted else self._skip_adjuncts(rest_at, s1)
        rest = self.masked[after:s1].strip()
        opening = len(self.masked[s0 : before.content_hi].split()) > 2  # "However, X said, …" is cue_parenthetical
        if opening and not before.closer and _OPENS_QUOTE.match(rest):
            return False  # "Asked about it, Lee said, “Sure.”": the quote after the cue is the content
        if rest and not rest.startswith(",") and rest not in (".", "!", "?") and not self._place_tail(rest):
            if not self._quote_first(before) or self._quote_inside_subject_clause(before, s0, rest, inverted):
                return False  # "“It is over,” Lee said after the hearing ended.": a quote-first frame may have a tail
        subject = self.masked[before.subject_lo : before.subject_hi].split()
        pronouns = self.groups["subject_word"]
        if len(subject) == 1 and subject[0].islower() and subject[0] not in pronouns and not subject[0].endswith("s"):
            return False  # "In smaller, rural states, …": an adjective before a noun, no subject before a cue
        self._speaker_in(frame, before.subject_lo, before.subject_hi, content=s0)
        frame.form = "post"
        frame.rule = ("quote_then_cue" if before.closer else "content_then_cue") + ("_inverted" if inverted else "")
        if as_saying:
            frame.rule = "reported_as_saying"
        self._post_content(frame, before, s0, s1, after, rest)
        return True

    def _post_content(self, frame: Frame, before: _Before, s0: int, s1: int, after: int, rest: str) -> None:
        """The content of a post-posed frame: before the cue, or after it (``However, X said, …``)."""
        frame.sep = before.content_hi if before.closer else before.sep_start
        before_words = self.masked[s0 : before.content_hi].split()
        if frame.rule.endswith("_inverted") and _ROLE_APPOSITION.match(rest) and not role_words().isdisjoint(
                w.strip(".,;:").lower() for w in rest.split()[1:5]):
            frame.content_start, frame.content_end = s0, before.content_hi  # "…, said Ana Ruiz, an economist at …": her role
            role_end = self.masked.find(",", self.masked.index(",", after) + 1, s1)
            if role_end >= 0 and len(self.masked[role_end + 1 : s1].split()) >= 2:  # "A, said Ana Ruiz, an economist, B"
                frame.content_end, frame.gap = s1, (before.sep_start, role_end + 1)
            return
        if rest.startswith(",") and len(before_words) <= _SHORT_OPENING_WORDS and not before.closer:
            frame.content_start, frame.content_end = self.masked.index(",", after) + 1, s1  # However, the official said, "…"
            frame.sep = None
            frame.rule = "cue_parenthetical"
            return
        frame.content_start, frame.content_end = s0, before.content_hi
        if rest.startswith(",") and not before.closer:
            b_lo = self.masked.index(",", after) + 1
            b_words = self.masked[b_lo:s1].split()
            # "A, Lee said, B": what was said runs on after the frame (not a setting: "…, Lee said, after …")
            if len(b_words) >= 2 and b_words[0].lower() not in self.groups["setting_start"]:
                frame.content_end, frame.gap = s1, (before.sep_start, b_lo)
                return
        quoted = self.scan.by_close.get(before.content_hi - 1) if before.closer else None
        if quoted is not None and _LABEL_END.search(self.masked[s0 : quoted.open]):
            frame.content_start = quoted.open  # "Port strike: ‘…’, says X": the content is the quote
            frame.rule = "headline_label_quote"

    def _according(self, frame: Frame, s0: int, s1: int) -> bool:
        """``According to X, …`` and ``…, according to X.``"""
        left = self.masked[s0 : frame.cue_start].rstrip()
        source = _ACCORDING_SOURCE.match(self.masked[frame.cue_end : s1])
        if not source:
            return False
        lo, hi = frame.cue_end + source.start(1), frame.cue_end + source.end(1)
        hi = lo + len(self.masked[lo:hi].rstrip(" .!?"))
        frame.form, frame.rule = "acc", "according_to"
        if not left:
            comma = self.masked.find(",", hi, s1)
            if comma < 0:
                return False
            frame.content_start, frame.content_end = comma + 1, s1
        elif left.endswith(","):
            frame.content_start, frame.content_end = s0, s0 + len(left) - 1
            frame.sep = s0 + len(left) - 1
        elif left[-1:] in CLOSERS and left[-2:-1] == "," and (s0 + len(left) - 1) in self.scan.by_close:
            frame.content_start, frame.content_end = s0, s0 + len(left)  # "“…,” according to X."
            frame.sep = frame.content_end
        else:
            return False
        self._speaker_in(frame, lo, hi, content=frame.content_start)
        return True

    def _as_put_it(self, s0: int, s1: int) -> Frame | None:
        """``As X put it, …`` (the content follows) or ``…, as X put it.`` (it comes before): X's words."""
        match = _AS_PUT_IT.search(self.masked, s0, s1)
        if match is None:
            return None
        frame = Frame(self.text[match.start("cue") : match.end("cue")], match.start("cue"), match.end("cue"), "acc", "put it", "as_x_put_it")
        before = self.masked[s0 : match.start()].rstrip()
        after = self.masked[match.end() : s1]
        if len(before.split()) <= 1 and after[:1] in (",", ":"):
            frame.content_start, frame.content_end = match.end() + 1, s1  # "As X put it, …" ("But as X put it, …")
        elif before.rstrip(CLOSERS).endswith(",") and len(before.split()) > 2 and not after.strip(" .!?"):
            # "…, as X put it." ("a “lawful source,” as X put it.": the quote ends the content)
            frame.content_start, frame.content_end = s0, s0 + len(before) - (1 if before.endswith(",") else 0)
            frame.sep = frame.content_end
        else:
            return None
        self._speaker_in(frame, match.start("who"), match.end("who"), content=frame.content_start)
        return frame

    def _headline(self, para_index: int) -> Frame | None:
        """``Speaker: content`` in a headline, standfirst, video title or caption."""
        para = self.article.paragraphs[para_index]
        if para.section == "body":
            return None
        match = _HEADLINE_SPEAKER.match(self.masked[para.start : para.end])
        if not match or not self.masked[para.start : para.start + 1].isupper():
            return None
        who = match.group("who")
        if who.split()[0].lower().strip(".") in self.words["label"] or len(who.split()) > MAX_SUBJECT_WORDS:
            return None
        colon = self.masked.index(":", para.start + match.end("who"))
        frame = Frame(":", colon, colon + 1, "head", rule="headline_colon")
        lo, hi = para.start, para.start + match.end("who")
        row = speaker_from_rows(self.mentions.within(lo, hi), self.mentions, lo)
        content_lo = para.start + match.end()
        if row is None and content_lo not in self.scan.by_open:
            return None
        if row is not None:
            frame.set_speaker(row.actor_id, row.text, mention_rule(row), (row.start, row.end))
        else:
            frame.speaker_text = who.strip()
        frame.content_start, frame.content_end = content_lo, para.end
        return frame
