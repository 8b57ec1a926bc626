"""Description candidates: "the Russian leader", "a State Department official", "the union".

A determiner, country or organisation words, up to two adjectives, then a role noun
(``role_nouns.csv``) or a collective noun (``collective_nouns.csv``). Resolution is in
:mod:`helpers.actors.resolve_descriptions`.

Example:
    >>> from helpers.actors.reader import reader_for
    >>> r = reader_for("The union said its members would strike.")
    >>> [(r.text_of(c.unit, c.unit_end), c.desc.type, sorted(c.desc.choices)) for c in r._descriptions(1)]
    [('The union', 'ORG', ['Union'])]
"""

from __future__ import annotations

from .model import Candidate, Described, Modifiers
from .names import MAX_MODIFIERS, NO_MODIFIERS
from .run_kinds import named_before_company_noun
from .shapes import FORCES
from .tables import Collective

__all__ = ["Descriptions"]


class Descriptions:
    """Proposes description candidates (mixin of :class:`helpers.actors.reader.ActorReader`)."""

    def _descriptions(self, i: int) -> list[Candidate]:
        """Description candidates starting at unit ``i`` (after a determiner, if any)."""
        lower, hi = self.lower, self.hi[i]
        det = ""
        determiners = self.determiners
        if lower[i] in determiners["none"]:
            return []
        if lower[i] in determiners["definite"]:
            det = "definite"
        elif lower[i] in determiners["indefinite"]:
            det = "indefinite"
        elif lower[i] in determiners["possessive"]:
            det = "possessive"
        elif i > self.lo[i] and lower[i - 1] in self.any_determiner:
            det = "blocked"  # the longer phrase from the determiner is proposed instead
        j = i + 1 if det and det != "blocked" else i
        if det == "definite" and self._age(j):
            return self._age_description(i, j + 3)
        if not det and i > self.lo[i] and lower[i - 1] in self.cues["speech_core"] and self.sent_section[self.sents[i]] in ("headline", "standfirst"):
            return self._byline_role(i)
        if self.last_noun.get(hi, -1) < i:
            return []  # for speed: no role or collective noun starts from here to the sentence's end
        if det in ("", "blocked") and not self._bare_start_may_describe(i, det):
            return []  # for speed: most such starts ("officials said", "the [Russian] leader") describe nothing
        if not det and not (self.role_noun(i).length or self.collective(i).length or self.premodifiers(i).length):
            return []  # no determiner, and no noun or modifier here: nothing to describe
        j, mods = self._description_modifiers(i, j, det)
        if j >= hi:
            return []
        n_role, roles = self.role_noun(j)
        n_coll, coll = self.collective(j)
        if det == "blocked" and not (coll and coll.type == "ORG" and j + n_coll < hi and lower[j + n_coll] in self.member_nouns):
            return []
        if n_role >= n_coll and n_role:
            return self._person_description(i, j, n_role, roles, det, mods)
        if n_coll:
            return self._collective_description(i, j + n_coll, coll, det, mods)
        return []

    def _bare_start_may_describe(self, i: int, det: str) -> bool:
        """Can a description start at unit ``i`` with no determiner of its own (``det`` "" or "blocked")?

        A quick test, true wherever :meth:`_descriptions` may find one: with no determiner, the
        phrase needs a country or organisation word at ``i`` ("Russian officials") or a headline's
        first words ("Port chief: …"); either way, or after a determiner ("blocked"), an
        organisation's noun before a member noun ("union members") needs that noun ahead."""
        if not det and (self.premodifiers(i).length or self.firsts[i] and self.sent_section[self.sents[i]] in ("headline", "standfirst")):
            return True
        return not self.member_nouns.isdisjoint(self.lower[i + 1 : self.hi[i]])

    def _description_modifiers(self, i: int, j: int, det: str) -> tuple[int, Modifiers]:
        """Country and organisation words, "X-based" and up to two adjectives from unit ``j``: where the
        noun starts, and the modifiers (``length`` counts modifier phrases)."""
        lex, lower, hi = self.lex, self.lower, self.hi[i]
        # for speed, the lookups are asked only where their first word is (role_noun, collective, premodifiers
        # test this again and give nothing elsewhere)
        role_starts, collective_starts, memo = self._role_starts, self._collective_starts, self._memo
        country = org = ""
        modifiers = adjectives = 0
        while j < hi and modifiers <= MAX_MODIFIERS:
            low = lower[j]
            if low in role_starts and self.role_noun(j).length or low in collective_starts and self.collective(j).length:
                break
            n, country2, org2 = self.premodifiers(j) if (memo[j] or self.match(j)).length else NO_MODIFIERS
            if n:
                country, org = country2 or country, org2 or org
                j, modifiers = j + n, modifiers + 1
                continue
            k = self.keys[j]
            if det and lower[j].endswith("-based") and lower[j] != "-based" and k[:1].isupper():
                j, modifiers = j + 1, modifiers + 1  # "the Nairobi-based payments company"
                continue
            if (det or modifiers) and k.isalpha() and k.islower() and lower[j] not in lex.stopwords and lower[j] not in lex.reporting and adjectives < 2:
                j, adjectives = j + 1, adjectives + 1
                continue
            break
        return j, Modifiers(modifiers, country, org)

    def _person_description(self, i: int, j: int, n_role: int, roles: frozenset[str], det: str, mods: Modifiers) -> list[Candidate]:
        """"The Russian leader", "a State Department official", "his counterpart", "Ukraine's ambassador to the UN"."""
        lower, hi = self.lower, self.hi[i]
        end = j + n_role
        key = tuple(lower[j:end])
        nxt_name = end < hi and self.nameish(end)
        headline_colon = not det and self.firsts[i] and self.sent_section[self.sents[i]] in ("headline", "standfirst")
        if self._plural(key) or nxt_name or not (det in ("definite", "indefinite", "possessive") or mods.length or headline_colon):
            return []
        if det == "possessive" and not mods.length and j == i + 1 and key[-1] in self.cues["body_part_role"]:
            return []  # "shook his head", "my head": a body part, not a chief
        if roles & self.posted_roles and end + 1 < hi and lower[end] == "to":
            k2 = end + 1 + (lower[end + 1] == "the")
            n2, entries2 = self.match(k2) if k2 < hi else (0, ())
            if any(e.form == "NAME" and self._type(e) in ("ORG", "COUNTRY") for e in entries2):
                end = k2 + n2
        org = mods.org
        if end + 2 < hi and lower[end] == "of" and j + n_role - 1 in self.links:  # "The head of the KPWU, Tom Ruiz,"
            k2 = end + 1 + (lower[end + 1] == "the")
            n2, entries2 = self.match(k2)
            owner = next((e.actor_id for e in entries2 if e.form == "NAME" and self._type(e) == "ORG"), "")
            end, org = (k2 + n2, owner) if owner else (end, org)
        desc = Described(type="PERSON", roles=roles, country=mods.country, org=org, det=det, noun_end=j + n_role - 1)
        return [self._cand(i, end, "DESCRIPTION", "description", head=key[-1], desc=desc, rule="description")]

    def _collective_description(self, i: int, end: int, coll: Collective, det: str, mods: Modifiers) -> list[Candidate]:
        """"The union", "Norway's energy ministry", "the army", "their bank"."""
        hi = self.hi[i]
        kind, choices, bare = coll
        modifiers = mods.length
        members_premod = kind == "ORG" and end < hi and self.lower[end] in self.member_nouns and det in ("", "blocked")
        owned = kind in ("ORG", "GROUP") and bare and det == "possessive" and not modifiers  # "their union", "her campaign"
        # a noun that needs a modifier the first time may refer back bare to a mention with the same head
        # ("Norway's energy ministry" … "the ministry")
        again = det == "definite" and not bare and not modifiers
        named = not det and mods.country and bool(choices & FORCES.keys()) and self.keys[end - 1][:1].isupper()  # "Indian Navy is part of …"
        if not (det == "definite" and (bare or modifiers) or (modifiers and det != "possessive" and not bare) or members_premod or owned or again or named):
            return []
        if det == "definite" and mods.org and self._names_itself(i + 1, end):
            return []  # "the Interfax news agency": the agency's own name, its name mention stands alone
        if end < hi and self.nameish(end):
            return []
        if choices & FORCES.keys() and (det != "definite" and not named or self._modifier_use(end)):
            return []  # "the army said", not "my soldiers", "the military operation"
        if "@campaign" in choices and self._modifier_use(end):
            return []  # "her campaign said", not "her campaign manager"
        desc = Described(type=kind, choices=choices, country=mods.country, org=mods.org, det=det, again=again)
        return [self._cand(i, end, "DESCRIPTION", "description", head=self.lower[end - 1], desc=desc, rule="description")]

    def _names_itself(self, k: int, end: int) -> bool:
        """Is the phrase from unit ``k`` to ``end`` an organisation's name and a noun for what it is, right after
        "the" ("the Interfax news agency", "the Kestrel company"; :func:`~helpers.actors.run_kinds.named_before_company_noun`),
        with nothing but "news" between them? Then the phrase names that organisation; it describes no other
        ("the Interfax news agency" is never the Xinhua news agency named before it).

        Example:
            >>> from helpers.actors.reader import reader_for
            >>> r = reader_for("Xinhua said so, and the Interfax news agency and the UN refugee agency said no.")
            >>> r._names_itself(r.keys.index("Interfax"), r.keys.index("Interfax") + 3), r._names_itself(r.keys.index("UN"), r.keys.index("UN") + 3)
            (True, False)
        """
        k += k < end and self.keys[k].islower()  # "the state-run Kestrel news agency"
        name_end = k
        while name_end < end and self.keys[name_end][:1].isupper():
            name_end += 1
        if name_end == k or name_end >= end or not named_before_company_noun(self, k, name_end):
            return False
        return self.lower[name_end] in self.cues["company_after_name"] or self.lower[name_end] == "news"

    def _modifier_use(self, end: int) -> bool:
        """Is the noun ending before unit ``end`` a modifier of the next word ("the police station")? Yes when
        a lower-case word follows that is not a small word, a reporting verb, a past form or an adverb ("the army said",
        "the campaign paid", "the campaign also called")."""
        if end >= self.hi[end - 1]:
            return False
        k = self.keys[end]
        return k.isalpha() and k.islower() and k not in self.lex.stopwords and k not in self.lex.reporting and not k.endswith("ed") \
            and k not in self.cues["not_a_modifier"]

    def _age(self, j: int) -> bool:
        """Do units ``j:j+3`` spell an age ("54-year-old")?"""
        return j < len(self.hi) and j + 2 < self.hi[j] and self.keys[j].isdigit() and self.keys[j + 1] == "-" and self.lower[j + 2] == "year-old"

    def _age_description(self, i: int, end: int) -> list[Candidate]:
        """"The 54-year-old has …": a definite age phrase standing alone refers to the most recent person."""
        nxt = self.lower[end] if end < self.hi[i] else ""
        if nxt and nxt.isalpha() and nxt not in self.lex.stopwords and nxt not in self.lex.reporting:
            return []  # "the 54-year-old law": a thing, or a noun this rule does not know
        desc = Described(type="PERSON", det="definite", noun_end=end - 1, age=True)
        return [self._cand(i, end, "DESCRIPTION", "description", head="year-old", desc=desc)]

    def _byline_role(self, i: int) -> list[Candidate]:
        """A headline's speaker after its quote: "…', says crane operator" (up to two words before a role noun
        that ends the headline)."""
        hi = self.hi[i]
        for j in range(i, min(i + 3, hi)):
            n, roles = self.role_noun(j)
            if n and (j + n == hi or not self.keys[j + n].isalpha()) and all(self.keys[k].isalpha() and self.keys[k].islower() for k in range(i, j + n)):
                key = tuple(self.lower[j : j + n])
                if self._plural(key):
                    return []
                desc = Described(type="PERSON", roles=roles, noun_end=j + n - 1)
                return [self._cand(i, j + n, "DESCRIPTION", "description", head=key[-1], desc=desc)]
        return []
