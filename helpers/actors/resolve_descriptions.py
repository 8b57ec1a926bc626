"""Resolving descriptions: "the Russian leader" by role, country and recency; "the union" by salience.

See helpers/actors/README.md for a worked example ("the Russian leader" → Putin).

Example:
    >>> from helpers.actors.reader import reader_for
    >>> mentions = reader_for("Russian President Vladimir Putin spoke. The Russian leader left.").run()
    >>> [(m.text, m.actor_id, m.rule) for m in mentions if m.kind == "DESCRIPTION"]
    [('The Russian leader', 'vladimir_putin', 'description_role_country')]
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from .discovery_steps import campaign_actor
from .model import (
    Candidate,
)
from .shapes import FORCES
from .tables import Actor

__all__ = ["DescriptionResolution", "INTRODUCED_REACH", "ARTICLE_COUNTRY_MENTIONS"]

#: "the group" is the one "a group" brought in up to this many sentences before, not one named earlier.
INTRODUCED_REACH = 3
#: "The nation" before any country is named is the article's most named country, if named this often.
ARTICLE_COUNTRY_MENTIONS = 2


class DescriptionResolution:
    """Resolves person and collective descriptions (mixin of :class:`helpers.actors.reader.ActorReader`).

    Each resolver sets ``c.rule`` to the rule that decided (``description_role_country``,
    ``collective_salient_org`` …) and returns the actor id, or None.
    """

    def _valid(self, act: Actor, day: str) -> bool:
        """Is ``act`` valid on ``day`` (the publication date, ISO; "" when unknown: always)?"""
        if not day:
            return True
        return not (act.valid_from and day < act.valid_from[: len(day)]) and not (act.valid_to and day[: len(act.valid_to)] > act.valid_to)

    def _people_in_play(self) -> list[Actor]:
        """Every person of the table and the article a description may refer to by role alone, by id
        (see :meth:`_in_play`; an office holder the article has not mentioned is not one, so the
        holders never made actors of the article are left out unread)."""
        if self._table_people is None:
            self._table_people = {a for a, act in self.table.actors.items() if act.type == "PERSON"}
        ids = set(self.actors) | self._table_people
        day = self.article.published.isoformat() if self.article.published else ""
        return [act for a in sorted(ids) if (act := self.actor(a)).type == "PERSON" and self._valid(act, day) and self._in_play(act)]

    def _in_play(self, act: Actor) -> bool:
        """May a description refer to this person by role alone? Office holders of the publication
        date only once the article has mentioned them (else only through :meth:`office_holder`)."""
        return act.id not in self.office_people or act.id in self.last_seen

    def _last_head(self, head: str, person: bool) -> str | None:
        """The actor of the last description with the same head noun ("the official" … "the official"; "the Navy" after
        "the Indian Navy", a NAME now)."""
        for h in reversed(self.history_by_head.get(head, ())):
            if (h.cand.kind == "DESCRIPTION" or h.cand.rule == "national_forces") and self._is_person(h.actor_id) == person:
                return h.actor_id
        return None

    def resolve_person(self, c: Candidate) -> str | None:
        """A person description: an apposed name, an unnamed person ("a Russian official"), an earlier
        description with the same head, else the person whose role and country fit, most recent first."""
        d = c.desc
        if d.noun_end in self.links:
            c.rule = "description_apposed_name"
            return self.links[d.noun_end]
        if d.det == "indefinite":
            return self._unnamed_person(c)
        same_head = self._last_head(c.head, person=True)
        if same_head and not d.country:
            c.rule = "description_same_head"
            return same_head
        if d.age and "*" not in d.roles:  # "The 54-year-old": the most recent person
            c.rule = "description_age_recent_person"
            return next((h.actor_id for h in reversed(self.history) if self._is_person(h.actor_id)), None)
        former = "former" in self.lower[c.unit : c.unit_end]
        people = [p for p in self._fitting_people(c, self._people_in_play()) if not (former and p.id in self.office_people)]
        if not people:  # "the German chancellor", nobody fitting named: who held the office that day
            holder = self.office_holder(d) if "*" not in d.roles and not former else None
            if holder:
                c.rule = "description_office_holder"
                return holder
            if d.det == "definite" and (d.org or d.country and c.unit_end > d.noun_end + 1) and "*" not in d.roles and "candidate" not in d.roles:
                return self._unnamed_person(c)  # "the FBI director", "the US ambassador to Lebanon": nobody of that post named
            return self._recent_person_without_role(c)
        c.rule = "description_counterpart" if "*" in d.roles else "description_role_country"

        def rank(p: Actor) -> tuple:
            return (bool(d.country) and p.country == d.country, self.last_seen.get(p.id, -1), -self.first_pos.get(p.id, 10**9))

        return max(people, key=rank).id

    def _recent_person_without_role(self, c: Candidate) -> str | None:
        """"… shunned Ana Ruiz, claiming that the former president …": with nobody of that role known, the last
        person named earlier in the same sentence, if their role is unknown (``description_recent_person``); not
        for a description with a country or party ("the Republican nominee" says who it is not)."""
        d = c.desc
        nxt = self.lower[c.unit_end] if c.unit_end < self.hi[c.unit] else ""
        if "*" in d.roles or d.det != "definite" or d.country or d.org or nxt in self.cues["subject_pronoun"] or nxt in self.cues["relative_pronoun"]:
            return None  # "the candidate they support", "the candidate who wins": nobody named before
        if self._modifier_use(c.unit_end):
            return None  # "the general election": the noun modifies another
        for h in reversed(self.people_by_sent.get(self.sents[c.unit], ())):
            if h.cand.kind in ("NAME", "TITLE_NAME") and h.cand.unit < c.unit:
                if self.actor(h.actor_id).roles:
                    return None
                c.rule = "description_recent_person"
                return h.actor_id
        return None

    def _unnamed_person(self, c: Candidate) -> str | None:
        """"A State Department official": a new unnamed person of the organisation or country."""
        d = c.desc
        owner = d.org or d.country
        if not owner:
            return None
        aid = f"{owner.lower()}_{c.head}"
        if not self.known(aid):
            owner_name = self.actor(owner).name
            self.actors[aid] = Actor(aid, f"{owner_name} {c.head} (unnamed)", "PERSON", country=d.country or self.actor(owner).country,
                                     roles=set(d.roles), origin="discovered", source="an unnamed person described in the article")
        c.rule = "description_unnamed_person"
        return aid

    def _fitting_people(self, c: Candidate, people: list[Actor]) -> list[Actor]:
        """The people a description may refer to: by role and country, or for "counterpart" ("*")
        by the class of the possessor's role, from another country."""
        d = c.desc
        if "*" in d.roles:
            owner = self.resolve_pronoun(c.unit, "male" if self.lower[c.unit] in self.pronoun_male else "female") if d.det == "possessive" else None
            owner_act = self.actor(owner) if owner else None
            cls = self._role_class(owner_act.roles) if owner_act else set()
            return [
                p for p in people
                if p.id != owner
                and (p.country == d.country if d.country else not owner_act or p.country != owner_act.country)
                and (not cls or p.roles & cls)
            ]
        return [
            p for p in people
            if (p.roles & d.roles or self._titled_as(p.id, c.head)) and (not d.country or p.country in ("", d.country))
        ]

    def _titled_as(self, aid: str, noun: str) -> bool:
        """Was the person introduced with a title word that ``noun`` is made from ("European
        Commission Vice-President X" … "the commissioner")?"""
        return any(len(w) >= 5 and noun != w and noun.startswith(w) for w in self.title_words.get(aid, ()))

    def _role_class(self, roles: set[str]) -> set[str]:
        """The smallest role-noun class holding one of ``roles`` besides the role itself
        (a secretary of state's counterpart is a "top diplomat": a foreign minister)."""
        classes = [set(rs) for rs in self.lex.role_nouns.values() if roles & rs and len(rs) > 1]
        return min(classes, key=len) if classes else set(roles)

    def resolve_collective(self, c: Candidate, later: list[Candidate] | None = None) -> str | None:
        """The country or organisation a collective noun refers to: an earlier mention with the same
        head noun ("the ministry"), else the organisations whose name holds one of the noun's words
        ("the union" → "… Union"), then company-like ones ("@company": "the company" → "Kestrel
        Energy"), then any ("*"), ranked by mentions in this and the previous sentence, then
        mentions in all, then recency; failing that, a fitting name in this or the next sentence."""
        d = c.desc
        if d.type == "COUNTRY" and d.country:
            c.rule = "collective_country"
            return d.country
        if "@campaign" in d.choices and (d.target is not None or d.det == "possessive"):
            return self.resolve_campaign(c)
        if d.type == "COUNTRY" and d.target is not None:  # "the Obama administration": the person's country
            t = d.target
            owner = t.actor or (self._nearest(list(t.choices), t.unit) if t.choices else None)
            country = self.actor(owner).country if owner and self._is_person(owner) else ""
            c.rule = "government_of_person"
            return country if country and self.known(country) else None
        same_head = self._last_head(c.head, person=False)
        if same_head and d.country and self.known(same_head) and self.actor(same_head).country not in ("", d.country):
            same_head = None  # "the Indian Navy" after "the U.S. Navy": another country's body
        if same_head:
            c.rule = "collective_same_head"
            if same_head.endswith(tuple(f"_{suffix}" for suffix, _ in FORCES.values())):
                self._forces_named(c)
            return same_head
        if d.again:  # "the ministry" after "the Ministry of Finance": an organisation named with the noun
            c.rule = "collective_named_head"
            return self._rank_collective(c, lambda a: self._org_fits(a, {c.head.capitalize()}), later)
        if self._introduced_unnamed(c):
            return None  # "a group of friends … that group": a new, unnamed one, not the group most in view
        choices = d.choices
        c.rule = "collective_salient"
        if d.type == "COUNTRY":
            found = self._rank_collective(c, lambda a: self.actor(a).type == "COUNTRY" and ("*" in choices or a in choices), later)
            if found is None and "*" in choices:  # "the nation" before any country is named: the article's country
                found = self._article_country()
                c.rule = "collective_article_country"
            return found
        tiers = [{w for w in choices if w not in ("*", "@company", "@campaign")}]
        if "@company" in choices:
            tiers.append({"@company"})
        if "*" in choices:
            tiers.append({"*"})
        for tier in tiers:
            found = self._rank_collective(c, lambda a, tier=tier: self._org_fits(a, tier), later)
            if found:
                return found
        forces = next((f for f in sorted(choices) if f in FORCES), "")
        if forces:
            c.rule = "national_forces"
            if found := self._national_forces(c, forces):
                self._forces_named(c)
            return found
        return None

    def _forces_named(self, c: Candidate) -> None:
        """"The Indian Navy", "the Navy": a country's forces named with a capitalised head (not a sentence's first word)
        are a NAME (without "the"), not a description ("the Indian navy", "the army" stay descriptions)."""
        last, first = c.unit_end - 1, c.unit + (self.lower[c.unit] in self.determiners["article"])
        if last >= first and self.keys[last][:1].isupper() and not self.firsts[last]:
            c.kind, c.unit, c.start = "NAME", first, self.starts[first]

    def _article_country(self) -> str | None:
        """The country the article names most (by name, adjective or people; at least
        :data:`ARTICLE_COUNTRY_MENTIONS` times), or None."""
        if self._main_country is None:  # counted once per article
            counts: dict[str, int] = {}
            for match in self.matches():
                for aid in {e.actor_id for e in match.entries if e.form in ("NAME", "ADJ", "PEOPLE") and self._type(e) == "COUNTRY"}:
                    counts[aid] = counts.get(aid, 0) + 1
            best = max(counts, key=lambda a: (counts[a], a), default="")
            self._main_country = best if best and counts[best] >= ARTICLE_COUNTRY_MENTIONS else ""
        return self._main_country or None

    def _introduced_unnamed(self, c: Candidate) -> bool:
        """Did "a"/"an" (and up to two adjectives) bring in a noun with this head earlier in the sentence or
        the :data:`INTRODUCED_REACH` sentences before ("I found a group of friends … I joined that group")?"""
        if self._indefinite_heads is None:
            self._indefinite_heads = {}
            lower, keys, indefinite, stop = self.lower, self.keys, self.determiners["indefinite"], self.lex.stopwords
            nouns = {key[0] for key in self.lex.collective if len(key) == 1}
            for k in (k for k, low in enumerate(lower) if low in nouns and k):
                p = k - 1
                while p > max(self.lo[k], k - 3) and keys[p].isalpha() and keys[p].islower() and lower[p] not in stop:
                    p -= 1
                if p >= self.lo[k] and lower[p] in indefinite:
                    self._indefinite_heads.setdefault(lower[k], []).append(k)
        found = self._indefinite_heads.get(c.head, [])
        before = bisect_left(found, c.unit)  # the positions are in order: the last one before this noun
        return before > 0 and self.sents[c.unit] - self.sents[found[before - 1]] <= INTRODUCED_REACH

    def resolve_campaign(self, c: Candidate) -> str | None:
        """"Her campaign", "the Ruiz campaign", "Ruiz's campaign": the campaign of the person the
        possessive or the name refers to, a GROUP with the id ``<person>_campaign``."""
        d, owner = c.desc, None
        if d.target is not None:
            t = d.target
            owner = t.actor or (self._nearest(list(t.choices), t.unit) if t.choices else None)
        elif self.lower[c.unit] in self.pronoun_male or self.lower[c.unit] in self.pronoun_female:
            owner = self.resolve_pronoun(c.unit, "male" if self.lower[c.unit] in self.pronoun_male else "female")
        if not owner or not self._is_person(owner):
            return None
        c.rule = "campaign_of_person"
        return campaign_actor(self, owner)

    def _national_forces(self, c: Candidate, marker: str) -> str | None:
        """"The army", "the soldiers", "the police" with no forces named: the forces of the country in
        the description ("the Somali army") or the most salient country so far; none if no country was named."""
        country = c.desc.country or self._rank_collective(c, lambda a: self.actor(a).type == "COUNTRY", None)
        if not country:
            return None
        suffix, noun = FORCES[marker]
        aid = f"{country}_{suffix}"
        if not self.known(aid):
            self.actors[aid] = Actor(aid, f"{self.actor(country).name} {noun}", "ORG", country=country,
                                     origin="discovered", source="national forces described in the article")
        return aid

    def _org_fits(self, aid: str, words: set[str]) -> bool:
        act = self.actor(aid)
        if act.type != "ORG" or not words:
            return False
        if "*" in words:
            return True
        name = act.name.replace("-", " ").replace("’", "'").split()
        if "@company" in words:
            return bool(name) and name[-1] in self.cues["company_head"] or act.role == "company"
        if "@publication" in words:  # "the newspaper": a news organisation
            return aid in self.cues["publication_id"] or (bool(name) and name[-1] in self.cues["publication_head"])
        if "@club" in words and name and name[-1] in self.cues["club_head"]:
            return True
        return bool((set(name) | {aid}) & words)

    def _rank_collective(self, c: Candidate, fits: Any, later: list[Candidate] | None) -> str | None:
        """The fitting actor with most mentions in this and the previous sentence, then in all, then the
        most recent; failing that, a fitting name in this or the next sentence."""
        sent = self.sents[c.unit]
        fitting = [a for a in self.seen_count if fits(a)]  # in order of first mention
        if fitting:
            score: dict[str, int] = dict.fromkeys(fitting, 0)
            for back, weight in ((0, 2), (1, 1)):
                for h in self.history_by_sent.get(sent - back, ()):
                    if h.actor_id in score:
                        score[h.actor_id] += weight
            return max(fitting, key=lambda a: (score[a], self.seen_count[a], self.last_seen[a]))
        for x in later or []:  # "… their union has said. The National Port Workers' Union said …"
            if self.sents[x.unit] > sent + 1:
                break
            if x.kind == "NAME" and x.actor and fits(x.actor):
                return x.actor
        return None
