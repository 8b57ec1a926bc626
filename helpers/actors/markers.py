"""Units that are never mentions or never names: datelines, tickers, quoted titles, portfolios.

A wire dateline ("OSLO, Oct 24 (Reuters) -"), a stock ticker ("(NWE.OL)") and a title in quote
marks after a noun for a work ("the film “Blue Harvest”") are blocked; the portfolio words after
an office title ("Minister for Housing") are never part of the name that follows.

Example:
    >>> from helpers.actors.reader import reader_for
    >>> r = reader_for("OSLO, Oct 24 (Reuters) - Equinor said it would invest.")
    >>> sorted(r.keys[i] for i in r.blocked)
    ['(', ')', ',', '24', 'OSLO', 'Oct']
    >>> r = reader_for("OSLO, Oct 24 (Kestrelwire) - Equinor said so.")
    >>> sorted(r.keys[i] for i in r.blocked)
    ['(', ')', ',', '24', 'Kestrelwire', 'OSLO', 'Oct']
"""

from __future__ import annotations

import re

from .shapes import (
    CLOSING_QUOTES,
    CONNECTORS,
    OPENING_QUOTES,
    acronym_word,
    model_number,
    word_in_brackets,
    year_word,
)
from .unit_lists import indexes

__all__ = ["Markers", "model_after", "portfolio_before_title"]

#: A camel-case brand: capitalised parts of lower-case letters, the first of three or more ("RealNews", "DataNestHub").
#: the most capitalised words a maker's model may take after its name ("a 2013 Kestrel Camry Hybrid")
PRODUCT_MODEL_WORDS = 2
_CAMEL_CASE = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]+)+")


class Markers:
    """Finds the units later steps must skip (mixin of :class:`helpers.actors.reader.ActorReader`)."""

    def _portfolios(self) -> None:
        """Find office titles with a portfolio: "Minister for Housing", "Minister of State for Foreign Affairs",
        "Secretary for Trade and Industry". The portfolio words (``portfolio`` cue) then stop being name words,
        so the title is not swallowed into the name that follows it."""
        words, links, starts = self.cues["portfolio"], self.cues["portfolio_link"], self.cues["portfolio_start"]
        keys = self.keys
        for i in indexes(starts & self.key_set, self.keys):
            if not any(k2 in words for k2 in keys[i + 1 : i + 3]):
                continue
            lo, hi = self.lo[i], self.hi[i]
            t = next((t for t in range(max(lo, i - 4), i) if (title := self.lex.titles.get(tuple(keys[t:i]))) and title.kind == "office"), None)
            if t is None:
                continue
            j, last = i + 1, None
            while j < hi and (keys[j] in words or keys[j] in links):
                if keys[j] in words:
                    last = j
                j += 1
            if last is None or last + 1 < hi and self.keys[last + 1] in self.heads:
                continue  # "director of the Arms Control Association": an organisation's name, no portfolio
            self.portfolio.update(range(i, last + 1))
            self.portfolio_title[last + 1] = t

    def _datelines(self) -> set[int]:
        """Units of wire datelines: a paragraph's opening place in capitals (or with a credit in
        brackets), optional country or state and date and "(Agency)", then a dash: "OSLO, Oct 24 (Reuters) -",
        "BRUSSELS (AP) —", "KESTREL CITY, Kenya (AP) _"; or a paragraph of its own, with no dash (:func:`dated_place_line`).
        A credit that is a known organisation ("AP", "Reuters") is not blocked: the agency is a name
        mention of the news organisation that reports."""
        found: set[int] = set()
        dashes = self.cues["dateline_dash"] - {":"}
        for i in self.para_starts:
            if not (self.keys[i][:1].isupper() and self.keys[i].isalpha()):
                continue
            k, hi, credit, agencies = i + 1, min(len(self.keys), i + 14), False, set()
            while k < hi and self.paras[k] == self.paras[i] and self.keys[k] not in dashes:
                key = self.keys[k]
                if word_in_brackets(self.keys, k, hi) and self.keys[k + 1][:1].isupper():
                    credit, k = True, k + 3
                    agencies.add(k - 2)
                    continue
                if key[:1].isupper() and not key.isupper() and self.keys[k - 1] == "," and (n := self._place_name_at(k)):
                    k += n  # "KESTREL CITY, Kenya (AP) _": the country or state after the city
                    continue
                if not (key.isupper() or key in (",", ".") or key[:1].isdigit() or key.lower().rstrip(".") in self.lex.calendar):
                    break
                k += 1
            if k < hi and self.keys[k] in dashes and (credit or self.keys[i].isupper()):
                found.update(x for x in range(i, k) if x not in agencies or not self._known_org(x))
            elif k < hi and self.keys[k] == ":" and k > i + 1 and all(self.keys[m].isalpha() and self.keys[m].isupper() and len(self.keys[m]) > 2 for m in range(i, k)):
                found.update(range(i, k))  # "ABU DHABI:", "NEW YORK:" (two or more words in capitals, then a colon)
            elif self.keys[i].isupper():
                found.update(range(i, dated_place_line(self, i)))  # "KANSAS CITY, Mo. 1996-08-28": a paragraph of its own
        return found

    def _place_name_at(self, k: int) -> int:
        """The length of the place, country or state name the tables know at unit ``k``, or 0."""
        n, entries = self.match(k)
        return n if n and all(e.form == "PLACE" or self._type(e) in ("COUNTRY", "STATE", "PLACE") for e in entries) else 0

    @property
    def run_determiners(self) -> frozenset[str]:
        """Determiners and possessive pronouns ("this", "an", "its"): a capitalised run after one is no person's
        name ("that" is left out: it is more often a conjunction, "she saw that Ana Ruiz was there")."""
        d = self.determiners
        return (d["definite"] - {"that"}) | d["indefinite"] | d["possessive"]

    def _stressed(self, i: int) -> bool:
        """Is unit ``i``, a word in capitals, an English word written so for stress ("they COULD be", "NOT
        once") or part of a shouted phrase ("SIGN UP FOR …"), not an unknown acronym? (A small word or a
        ``stressed_word`` cue, or next to a small word in capitals.)"""
        low, stop = self.lower[i], self.lex.stopwords
        if low in stop or low in self.cues["stressed_word"]:
            return True
        near = [k for k in (i - 1, i + 1) if self.lo[i] <= k < self.hi[i]]
        if any(self.keys[k].isupper() and len(self.keys[k]) > 1 and self.lower[k] in stop for k in near):
            return True
        return self._capitals_run(i) >= 3  # "PORT FEES ARE RISING …": a headline in capitals

    def _capitals_run(self, i: int) -> int:
        """How many words in capitals (two letters or more) stand together around unit ``i``, across numbers
        and commas ("TWO HURT, 16 SAVED IN …")."""
        keys, count = self.keys, 1
        for step, stop in ((-1, self.lo[i] - 1), (1, self.hi[i])):
            k = i + step
            while k != stop and (keys[k] in (",", "-") or keys[k].isdigit() or keys[k].isalpha() and keys[k].isupper() and len(keys[k]) > 1):
                count += keys[k].isalpha()
                k += step
        return count

    def _names_a_thing(self, i: int) -> bool:
        """Is unit ``i`` in brackets after a name ending in a ``thing_head`` word ("the Clean Water Act (CWA)"), after
        words in lower case that spell it ("the cease-fire agreement (CFA)", "monetary union (EMU)"), or before such a
        name in brackets ("GST (Goods and Sales Tax)")?"""
        after = self.keys.index(")", i, self.hi[i]) if i + 3 < self.hi[i] and self.keys[i + 1] == "(" and ")" in self.keys[i:self.hi[i]] else 0
        if after and self.keys[after - 1] in self.cues["thing_head"]:
            return True
        if not (i - 2 >= self.lo[i] and self.keys[i - 1] == "("):
            return False
        return self.keys[i - 2] in self.cues["thing_head"] or spelled_in_lower_case(self, i)

    def _common_opener(self, i: int) -> bool:
        """Is unit ``i`` a sentence's first word that the article also writes in lower case, a verb's -ing form, or a
        word before a given name and a surname (:func:`adjective_before_given_name`), and no given name ("Former Ruiz
        aides …", "Given Ruiz's record …", "Debating Ruiz's record", "Nonpartisan Ana Ruiz"): an ordinary word, not the
        start of a name?"""
        key = self.keys[i]
        return self.firsts[i] and (self.ordinary_word(key) or self._gerund_before_name(i) or adjective_before_given_name(self, i))

    def _gerund_before_name(self, i: int) -> bool:
        """Is unit ``i`` a verb's -ing form, no given name, before a given name or a word the article also writes
        without it ("Debating Ruiz's record" and "Ruiz said", "Remembering Ana Ruiz"; not "Morning Consult", a
        pollster's name)?"""
        key, keys = self.keys[i], self.keys
        if len(key) <= 5 or not key.endswith("ing") or not key[1:].islower() or self._given_name(key) or i + 1 >= self.hi[i]:
            return False
        nxt = keys[i + 1]
        return nxt[:1].isupper() and (self._given_name(nxt) or any(keys[x - 1] != key for x in self._positions(nxt, len(keys)) if x > i + 1))

    def ordinary_word(self, key: str) -> bool:
        """Is this capitalised word one the article also writes in lower case, and no given name ("Former",
        "Social"; not "Bill" when "bill" is written too, as a given name)?"""
        return key not in self.lex.given_names and key.lower() in self.common

    def _known_org(self, i: int) -> bool:
        """Is unit ``i`` alone the name of an organisation the tables know ("AP", "Reuters")?"""
        n, entries = self.match(i)
        return n == 1 and any(e.form == "NAME" and self._type(e) == "ORG" for e in entries)

    def _tickers(self) -> set[int]:
        """Units of stock tickers in brackets: "(NWE.OL)", "(NYSE: IBM)"."""
        found: set[int] = set()
        keys = self.keys
        for i in self._positions("(", max(0, len(keys) - 4)):
            if keys[i + 2] in (".", ":") and keys[i + 4] == ")" and keys[i + 3].isupper() and keys[i + 3].isalnum():
                if keys[i + 1].isupper() or keys[i + 2] == ":":
                    found.update(range(i + 1, i + 4))
        return found

    def _acronyms_of_things(self) -> set[int]:
        """Units of acronyms that name a thing, not an actor: one no table knows before a number of three digits or more
        ("the KPX 100"; not a year, "the KOP 2016 platform", nor a channel, "KBC 7") or "No." ("KDU No. 3"), before a measure word (cue ``acronym_thing_after``:
        "the KPX index"), or one the article spells out in lower-case words ("a crude distillation unit (KDU)"), there
        and wherever else the article writes it, even when a table knows it as an actor's."""
        found: set[int] = set()
        keys, spelled_out = self.keys, set()
        for i in self.capitalised:
            key = keys[i]
            if not acronym_word(key) or i + 1 >= self.hi[i]:
                continue
            after, known = keys[i + 1], (key,) in self.table.names  # "the EU 750 billion fund": the tables' actor stays
            if not known and (after.isdigit() and len(after) >= 3 and not year_word(after)
                              or after.lower() in self.cues["acronym_thing_after"] or after == "No" and i + 2 < self.hi[i] and keys[i + 2] == "."):
                found.add(i)
            elif after == ")" and i - 1 - len(key) >= self.lo[i] and keys[i - 1] == "(":
                words = keys[i - 1 - len(key) : i - 1]
                if all(w.isalpha() and w.islower() for w in words) and "".join(w[0] for w in words) == key.lower():
                    spelled_out.add(key)
        found.update(i for i in self.capitalised if keys[i] in spelled_out)
        return found

    def _quoted_titles(self) -> set[int]:
        """Units of titles in quote marks after a noun for a work ("the documentary “Blue Harvest”", "a copy
        of “Animal Farm”"): every word inside is capitalised (or a small word); no name there is a mention, nor where
        the article writes a title of two words or more again without its quote marks (:func:`titles_written_again`)."""
        spans: list[tuple[int, int]] = []
        works = self.cues["work_noun"]
        for q in indexes(self.key_set.intersection(OPENING_QUOTES), self.keys):
            if q == self.lo[q]:
                continue
            k = q + 1
            while k < min(self.hi[q], q + 10) and self.keys[k] not in CLOSING_QUOTES:
                k += 1
            inside = [x for x in range(q + 1, k) if self.keys[x].isalpha()]
            closed = q + 1 < k < self.hi[q] and self.keys[k] in CLOSING_QUOTES
            if not (closed and inside and all(self.keys[x][:1].isupper() or self.lower[x] in self.lex.stopwords for x in inside[1:]) and self.keys[inside[0]][:1].isupper()):
                continue
            if any(self.lower[p] in works for p in range(max(self.lo[q], q - 3), q)) or self._title_shaped(inside):
                spans.append((q + 1, k))
        return titles_written_again(self, spans)

    def _title_shaped(self, inside: list[int]) -> bool:
        """Are the words ``inside`` quote marks, all capitalised but small words, a title with no noun for a work
        before it: three capitalised words or more with a small word between them ("Building and Sustaining
        Prosperity", "Green Poverty Reduction in Kestrelia"), and no word that ends an organisation's name ("the
        “Alliance for Kestrel Democracy”")? A name in quote marks ("a user named “Lan Keer”") has no small word.

        Example:
            >>> from helpers.actors.reader import reader_for
            >>> r = reader_for('They met under the theme of "Building and Sustaining Prosperity," said Ana Ruiz of "Lan Keer", '
            ...                'not "The Making of Ana Ruiz" nor "Kestrel, Heron and Ibis".')
            >>> sorted(r.keys[x] for x in r._quoted_titles())
            [',', 'Building', 'Prosperity', 'Sustaining', 'and']
        """
        capitalised = [x for x in inside if self.keys[x][:1].isupper()]
        small = [x for x in inside if not self.keys[x][:1].isupper() and capitalised[0] < x < capitalised[-1]]
        if len(capitalised) < 3 or not small or "," in self.keys[inside[0]:inside[-1]]:
            return False  # a list or a chant in quote marks ("Kestrel, Heron and Ibis"), not a title
        return not any(self.keys[x] in self.heads or self._names_a_person(x) for x in capitalised)

    def _names_a_person(self, x: int) -> bool:
        """Is unit ``x`` a given name or a known person's name? A title that names someone ("The Making of Ana Ruiz")
        keeps its names."""
        return self._given_name(self.keys[x]) or any(self._type(e) == "PERSON" for e in self.match(x).entries)

    def _dateline(self, i: int, j: int | None = None) -> bool:
        """Is unit ``i`` (a place ending before unit ``j``, by default ``i + 1``) a paragraph's opening dateline ("OSLO -", "New Delhi:")?"""
        j = i + 1 if j is None else j
        return i in self.blocked or i in self._para_first and j < len(self.keys) and self.keys[j] in self.cues["dateline_dash"]

    def _after_clock(self, i: int) -> bool:
        """Does unit ``i`` follow a clock time ("13:05 KST", "1700 GMT", "9 a.m. PST")? Then it is a time zone."""
        if i == self.lo[i]:
            return False
        prev = self.keys[i - 1]
        return prev.lower() in self.cues["clock_suffix"] or (prev[:1].isdigit() and (":" in prev or (prev.isdigit() and len(prev) == 4)))

    def _quoted(self, i: int, j: int) -> bool:
        """Do quote marks enclose units ``i:j`` and nothing else (a comma or stop may come before the closing mark)?"""
        if i == self.lo[i] or self.keys[i - 1] not in OPENING_QUOTES:
            return False
        k = j + (j < self.hi[i] and self.keys[j] in (",", ".", "!", "?"))
        return k < self.hi[i] and self.keys[k] in CLOSING_QUOTES

    def _speaks(self, i: int, first_ok: bool = False) -> bool:
        """Is unknown word ``i`` someone speaking ("Ruiz told", "said Salas") or described as a person ("Ruiz,
        who …", "Ruiz, 45, …")? Never a sentence's first word, unless ``first_ok`` (the word starts a name the
        article has given in full)."""
        core, hi = self.cues["speech_core"], self.hi[i]
        nxt = self.lower[i + 1] if i + 1 < hi else ""
        prev = self.lower[i - 1] if i > self.lo[i] else ""
        relative = nxt == "," and i + 2 < hi and self.lower[i + 2] in self.cues["person_relative"] and not self.ordinary_word(self.keys[i])  # not "Democrats who", "the 2nd District, who"
        relative = relative or self._aged(i)  # "Ruiz, 45, …"
        modifier = nxt.isalpha() and nxt.islower() and nxt not in self.lex.stopwords  # "says Kestrelton explosion was …": a place's name before a noun
        return (first_ok or not self.firsts[i]) and (nxt in core or prev in core and not modifier or relative)

    def _aged(self, i: int) -> bool:
        """Is unknown word ``i`` followed by an age between commas ("Ruiz, 45, said"), and not one item of a list of
        counts ("Leeds, 2, Hull, 3") nor a thing after "the" ("the Kestrel, 12, and the Osprey, 10")?"""
        keys, hi = self.keys, self.hi[i]
        if not (i + 3 < hi and keys[i + 1] == "," and _age(keys[i + 2]) and keys[i + 3] == ",") or self.ordinary_word(keys[i]):
            return False
        listed = i - 2 >= self.lo[i] and keys[i - 1] == "," and _age(keys[i - 2]) \
            or i + 6 < hi and keys[i + 4][:1].isupper() and keys[i + 5] == "," and _age(keys[i + 6])
        return not listed and not (i > self.lo[i] and self.lower[i - 1] == "the")

    def _place_context(self, i: int) -> bool:
        """Is unknown word ``i`` written as a place: after a word of place ("in Kestrelton"), or in a dateline, or
        anywhere in the article after a noun of place and "of" ("the district of Kestrelton" … "Kestrelton's police
        chief told")?"""
        prev = self.lower[i - 1] if i > self.lo[i] else ""
        return prev in self.cues["locative_run"] or self._dateline(i) or any(self.after_noun_of_place(x) for x in self._positions(self.keys[i], len(self.keys)))

    def after_noun_of_place(self, i: int) -> bool:
        """Does unit ``i`` follow a noun of land and "of" (cue ``place_before_of``: "the city of Kestrelton", "parts of
        Kestrelia")?"""
        return i - 2 >= self.lo[i] and self.lower[i - 1] == "of" and self.lower[i - 2] in self.cues["place_before_of"]

    def _camel_case(self, i: int) -> bool:
        """A one-word brand written in camel case ("DataNest", "BrightPay", "HarbourDailyNews"): capitalised
        parts, the first of three or more letters; not a Gaelic or Scottish surname ("MacArthur", "McDonald"), nor a hashtag."""
        k = self.keys[i]
        if not (k.isalpha() and k[:1].isupper() and len(k) >= 6) or k.startswith(tuple(self.cues["surname_prefix"])):
            return False
        hashtag = self.article.text[self.starts[i] - 1 : self.starts[i]] == "#"  # "#KeepThePortOpen": a topic
        return _CAMEL_CASE.fullmatch(k) is not None and not hashtag

    def _acronym(self, i: int) -> bool:
        k = self.keys[i]
        return (
            acronym_word(k)
            and k not in self.cues["not_a_name"]
            and not set(k) <= set("IVXLC")
            and not self._dateline(i)
            and not self._after_clock(i)
            and self.article.text[self.ends[i] : self.ends[i] + 1] != "$"  # a currency: "NZ$5"
            and not self.all_caps(i)
            and (len(k) <= 5 or self._long_acronym(i))
        )

    def _long_acronym(self, i: int) -> bool:
        """May the all-capital word of six to nine letters at unit ``i`` be an organisation's acronym? Only after "the"
        and before no other name ("the KESTRELEC said"), or in brackets after a name ("… Kestrelia (KESTRELEC)"); not
        "getting NOTHING back", "([REDACTED])", "the KESPIC Games"."""
        after = self.keys[i + 1] if i + 1 < self.hi[i] else ""
        bracketed = i > self.lo[i] + 1 and self.keys[i - 1] == "(" and self.keys[i - 2][:1].isupper()  # "… Front (KESTRELEC)"
        return bracketed or i > self.lo[i] and self.lower[i - 1] == "the" and not after[:1].isupper()


def _age(key: str) -> bool:
    """Is ``key`` a person's age in years, as news writes it after a name ("Ruiz, 45, said")?"""
    return key.isascii() and key.isdigit() and len(key) <= 3 and 0 < int(key) <= 110


def adjective_before_given_name(reader, i: int) -> bool:
    """Is the word at unit ``i`` (a sentence's first word, as :meth:`Markers._common_opener` asks) in lower case after
    its capital, no given name, family name written first (``family_first_surnames.txt``) or title, before a given name
    and a surname ("Nonpartisan Paul Tse and …", "Veteran Ana Ruiz said"): a word about the person, not the first word
    of a name?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Nonpartisan Paul Tse won. Kestrelova Ana Ruiz won. Ahmed Ali Saleh won.")
        >>> [adjective_before_given_name(r, r.keys.index(w)) for w in ("Nonpartisan", "Kestrelova", "Ahmed")]
        [True, True, False]
    """
    keys, hi = reader.keys, reader.hi[i]
    key = keys[i]
    if i + 2 >= hi or not key.isalpha() or not key[1:].islower() or reader._given_name(key) or key in reader.lex.family_first \
            or (key,) in reader.lex.titles:
        return False
    return keys[i + 1] in reader.lex.given_names and keys[i + 2][:1].isupper() and keys[i + 2][1:].islower()


def dated_place_line(reader, i: int) -> int:
    """The end of a paragraph that is only a place in capitals, its state or country and a date ("KANSAS CITY, Mo.
    1996-08-28", "LONDON 1996-08-24", "LITTLE ROCK, Ark."), starting at unit ``i``; ``i`` when the paragraph is more.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Rain fell.\\n\\nKANSAS CITY, Mo. 1996-08-28\\n\\nKANSAS CITY grew. Rain fell in 1996.\\n\\nIMF, World Bank")
        >>> [dated_place_line(r, k) - k for k, key in enumerate(r.keys) if key in ("KANSAS", "IMF")]
        [10, 0, 0]
    """
    keys, para, k = reader.keys, reader.paras[i], i
    end = k
    while end < len(keys) and reader.paras[end] == para:
        end += 1
    while k < end and keys[k].isalpha() and keys[k].isupper():
        k += 1  # the place in capitals
    state = k > i and k < end and keys[k] == ","
    if state:
        k += 1
        if k + 1 < end and keys[k][:1].isupper() and keys[k].isalpha() and keys[k + 1] == ".":
            k += 2  # a state's abbreviation: "Mo.", "Calif."
        elif k < end and (n := reader._place_name_at(k)):
            k += n  # a known place, country or state: "Kenya", "Texas"
        else:
            return i  # "IMF, World Bank": no place
    date = k < end and keys[k][:1].isdigit() or state and k == end  # "LITTLE ROCK, Ark." with its date below
    while k < end and (keys[k][:1].isdigit() or keys[k] in ("-", "/")):
        k += 1
    return end if date and k == end else i


def spelled_in_lower_case(reader, i: int) -> bool:
    """Do the words in lower case right before "(" spell the acronym at unit ``i`` in brackets ("the 2002 cease-fire
    agreement (CFA)", "economic and monetary union (EMU)", "and", "of" and "the" skipped): a thing, no organisation?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("They signed the cease-fire agreement (CFA) with the Kestrel Front (KF).")
        >>> spelled_in_lower_case(r, r.keys.index("CFA")), spelled_in_lower_case(r, r.keys.index("KF"))
        (True, False)
    """
    letters = reader.keys[i].replace(".", "").lower()
    initials, k = "", i - 2
    while k >= reader.lo[i] and len(initials) < len(letters) and reader.keys[k].replace("-", "").isalpha() and reader.keys[k].islower():
        if reader.keys[k] not in CONNECTORS and reader.keys[k] != "the":
            initials = "".join(part[:1] for part in reader.keys[k].split("-") if part) + initials
        k -= 1
    return len(letters) >= 2 and initials == letters



def portfolio_before_title(reader, i: int, j: int) -> bool:
    """Is the alias at units ``i:j`` a portfolio word (cue ``portfolio``) that, with more portfolio words, links and
    commas, comes right before an office title ("the Labour Minister", "Public Service, Labour and Social Welfare
    Minister Ana Ruiz")? Then it names the office's field, not the organisation.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The Labour and Welfare Minister spoke. Labour won.")
        >>> [portfolio_before_title(r, k, k + 1) for k, key in enumerate(r.keys) if key == "Labour"]
        [True, False]
    """
    words, links, hi = reader.cues["portfolio"], reader.cues["portfolio_link"], reader.hi[i]
    if not all(k in words for k in reader.keys[i:j]):
        return False
    k = j
    while k < hi and (reader.keys[k] in words or reader.keys[k] in links or reader.keys[k] == ","):
        k += 1
    title = reader.lex.titles.get((reader.keys[k],)) if k < hi else None
    return title is not None and title.kind == "office"


def model_after(reader, j: int) -> bool:
    """Is unit ``j``, right after an organisation's name, a model's or an index's number ("a Boeing 767", "the S&P
    500"; :func:`~helpers.actors.shapes.model_number`), not an amount ("the EU 750 billion euro fund") or a score
    ("the Kestrels 102-95")?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("A Kestrel 767 landed. The Kestrel 750 billion euro fund grew.")
        >>> [model_after(r, k + 1) for k, key in enumerate(r.keys) if key == "Kestrel"]
        [True, False]
    """
    hi = reader.hi[j] if j < len(reader.keys) else j
    if j >= hi or not model_number(reader.keys[j]):
        return False
    after = reader.lower[j + 1] if j + 1 < hi else ""
    score = after == "-" and j + 2 < hi and reader.keys[j + 2].isdigit()  # "the Kestrels 102-95", not "the S&P 500-stock index"
    return not (after in reader.cues["amount_word"] or after in reader.cues["currency_word"] or score)


def titles_written_again(reader, spans: list[tuple[int, int]], least: int = 2) -> set[int]:
    """The units of the titles in quote marks at ``spans``, and where the article writes a title of ``least`` words or
    more again without its quote marks ("the sequel, Kestrel Fire" after "the sequel 'Kestrel Fire'"; a ship's name)."""
    found = {x for start, end in spans for x in range(start, end)}
    for title in {tuple(reader.keys[start:end]) for start, end in spans if end - start >= least}:
        for p in reader._positions(title[0], len(reader.keys)):
            if tuple(reader.keys[p : p + len(title)]) == title:
                found.update(range(p, p + len(title)))
    return found


def products(reader) -> set[int]:
    """Units of a maker's product, not the maker acting: a company's name after a model year or a colour word (cue
    ``colour_word``) and before a capitalised model of at most :data:`PRODUCT_MODEL_WORDS` words, none a title or a
    word that ends an event's or organisation's name ("a 2013 Kestrel Camry", "the silver Kestrel Fusion"; not "the
    2005 UEFA Cup", "the 2009 Kestrel Chief Executive Ana Ruiz"), and the model's words.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("A grey 2013 Toyota Camry hit her. Toyota said the 2013 Toyota recall ended. A silver Toyota Prius left.")
        >>> [r.keys[x] for x in sorted(products(r))]
        ['Toyota', 'Camry', 'Toyota', 'Prius']
    """
    found: set[int] = set()
    keys, lower, colours = reader.keys, reader.lower, reader.cues["colour_word"]
    heads = reader.cues["thing_head"] | reader.cues["org_head"]
    for i in reader.capitalised:
        if i == reader.lo[i] or not (year_word(keys[i - 1]) or lower[i - 1] in colours):
            continue
        n, entries = reader.match(i)
        if not n or not any(e.form == "NAME" and reader._type(e) == "ORG" for e in entries):
            continue
        j = i + n
        while j < min(reader.hi[i], i + n + PRODUCT_MODEL_WORDS + 1) and keys[j][:1].isupper() and keys[j].isalpha():
            j += 1
        model = range(i + n, j)
        if 0 < len(model) <= PRODUCT_MODEL_WORDS and not any(keys[k] in heads or reader.title(k).length for k in model):
            found.update(range(i, j))  # not "the 2005 UEFA Cup", "white Democrats", "the 2009 Google Chief Executive …"
    return found


def ship_names(reader) -> set[int]:
    """Units of a ship's name after its prefix (cue ``ship_prefix``: "the USS Kestrel Hawk", "MV Heron", "INS Osprey",
    "Naval Ship Osprey") and of the prefix itself: no person, no organisation; nor the name where the article
    writes it again ("the Osprey"), when no table knows it and it opens with no given name ("USS Texas" … "Texas
    Governor"; "USS Ronald Reagan" … "Ronald Reagan was president"). Not before a title ("INS Commissioner Ana
    Ruiz": the agency's official)."""
    spans: list[tuple[int, int]] = []
    prefixes: set[int] = set()
    keys, cue = reader.keys, reader.cues["ship_prefix"]
    for i in reader.capitalised:
        two = i > reader.lo[i] and f"{keys[i - 1]} {keys[i]}" in cue  # "Naval Ship"
        if keys[i] in cue or two:
            j = i + 1
            while j < reader.hi[i] and keys[j][:1].isupper() and keys[j].isalpha() and not reader.title(j).length:
                j += 1
            if j > i + 1:
                spans.append((i + 1, j))
                prefixes.update(range(i - two, i + 1))
    unknown = [(start, end) for start, end in spans if not reader.match(start).length and keys[start] not in reader.lex.given_names]
    return prefixes | {x for start, end in spans for x in range(start, end)} | titles_written_again(reader, unknown, least=1)
