"""Discovery: actors the tables do not know, found from the shape of the text.

First the countries named by a compass word alone ("the North",
:func:`helpers.actors.discovery_steps.discover_compass_countries`), then five passes, in order: title + name phrases
("Peruvian Foreign Minister Luis Carranza"), appositions ("Her Peruvian counterpart, Luis Carranza,"), runs of
capitalised words ("Richard Drew", "Inter-American Development Bank (IDB)"; at most :data:`MAX_NAME_UNITS` units and
:data:`MAX_NAME_CHARS` characters, unless an acronym in brackets spells the run: a longer run is not one name), then titled surnames,
acronyms and names that speak ("Ruiz told"), and last families ("the Ruiz family",
:func:`helpers.actors.discovery_steps.discover_families`), teams ("Team Ruiz",
:func:`helpers.actors.discovery_steps.discover_teams`) and social-media handles ("@ana_ruiz",
:func:`helpers.actors.handles.discover_handles`).

Example:
    >>> from helpers.actors.reader import reader_for
    >>> r = reader_for("Richard Drew of the Inter-American Development Bank (IDB) spoke. Drew left.")
    >>> r.discover()
    >>> sorted(a for a, act in r.actors.items() if act.origin == "discovered")
    ['IDB', 'richard_drew']
"""

from __future__ import annotations

from bisect import bisect_left

from .bylines import discover_bylines
from .clubs import discover_clubs, discover_unknown_clubs
from .discovery_steps import (
    cited_source,
    discover_companies,
    discover_compass_countries,
    discover_couples,
    discover_families,
    discover_teams,
    epithet_before_holder,
    first_full_names,
    kin_genders,
    kin_given_names,
    known_word_surname,
    lone_head_owner,
    lone_heads,
    lone_publication,
    nickname,
    person_of_organisation,
    surname_alone_elsewhere,
    team_word,
    titled_owner,
    two_bodies,
)
from .handles import discover_handles, is_handle
from .model import (
    PendingTitle,
    RoleNoun,
    TitleSpan,
)
from .offices import discover_known_surnames
from .places import residents_of_place
from .registry import broadcaster_of_place, free_org_id, org_alias_inside
from .run_kinds import (
    after_backer,
    bank_compound,
    demonym_link,
    first_connector,
    initials_open_name,
    known_org_in_brackets,
    listed_company_at,
    name_before_of,
    named_before_company_noun,
    names_a_thing,
    no_person_run,
    on_link,
    owner_before_run,
    place_run,
    quoted_nickname,
    spelled,
    spelled_link,
    titled_name_length,
    used_alone,
    word_before_run,
    workplace_run,
)
from .shapes import (
    ADJECTIVE_ENDINGS,
    CONNECTORS,
    HEAD_LINKS,
    QUOTE_MARKS,
    acronym_shape,
    company_short_forms,
    initials,
    joined_initials,
    modifier_word,
    particle_joined,
    word_in_brackets,
)
from .signoffs import discover_signoffs
from .tables import Entry
from .units import NO_MATCH

__all__ = ["Discovery", "MAX_NAME_UNITS", "MAX_NAME_CHARS"]

#: The most units a discovered name may have: a longer capitalised run is not one name.
MAX_NAME_UNITS = 6
#: The most characters a discovered name may have.
MAX_NAME_CHARS = 60


class Discovery:
    """Finds unknown people and organisations (mixin of :class:`helpers.actors.reader.ActorReader`)."""

    def discover(self) -> None:
        """The discovery passes, in order; each may add actors and aliases the next ones use."""
        covered: set[int] = set(self.blocked)
        discover_compass_countries(self)
        discover_signoffs(self)
        discover_bylines(self, covered)
        discover_companies(self, covered)
        discover_clubs(self, covered)
        pending = self._discover_title_names(covered)
        self._discover_appositions(covered)
        self._discover_runs(covered)
        first_full_names(self)
        discover_couples(self)
        kin_genders(self)
        kin_given_names(self, covered)
        self._settle_titled_surnames(pending)
        discover_known_surnames(self, covered)
        self._discover_single_words(covered)
        discover_unknown_clubs(self, covered)
        self.first_word_aliases()
        discover_families(self)
        discover_teams(self)
        discover_handles(self)

    def _fits(self, i: int, j: int) -> bool:
        """Can units ``i:j`` be one name (:data:`MAX_NAME_UNITS` units, :data:`MAX_NAME_CHARS` characters, or spelled by an acronym)?"""
        return j - i - sum(self.keys[k] in QUOTE_MARKS for k in range(i, j)) <= MAX_NAME_UNITS and self.ends[j - 1] - self.starts[i] <= MAX_NAME_CHARS or spelled(self, i, j)

    def _discover_title_names(self, covered: set[int]) -> list[PendingTitle]:
        """1. Title + name phrases ("Peruvian Foreign Minister Luis Carranza"); a title + surname
        ("Mr Haddad") waits until every full name is known."""
        pending: list[PendingTitle] = []
        after = 0  # the end of the last phrase found: the next one starts there or later
        for i in self._title_name_starts():
            if i < after:
                continue
            found = self.title_name_at(i)
            if not found or not self._fits(i, found.end):
                continue
            aid = self.register_person(i, found.end, found.roles, found.gender, found.country)
            if aid:
                self.title_spans.append(TitleSpan(found.start, found.end, aid))
                self.title_words[aid].update(self.lower[found.start : i])
            else:
                pending.append(PendingTitle(i, found.end, found.roles, found.gender, found.country, found.start))
            covered.update(range(found.start, found.end))
            after = found.end
        return pending

    def _discover_appositions(self, covered: set[int]) -> None:
        """2. Appositions: "Her Peruvian counterpart, Luis Carranza, ..." and "Gavi, the vaccine alliance, ..."."""
        keys = self.keys
        for c in self._positions(",", len(keys)):  # the commas
            if c == 0 or c + 1 >= self.hi[c] or self.sents[c - 1] != self.sents[c + 1]:
                continue
            noun_end = self._role_of_org_before(c) if c - 1 not in self.links else c - 1
            noun = self._role_noun_ending_at(noun_end)
            if noun is not None:  # "Her Peruvian counterpart, Luis Carranza,", "The head of the KPWU, Tom Ruiz,"
                self._apposed_person(c, noun, covered, noun_end)
            self._apposed_single(c, covered)

    def _apposed_person(self, c: int, noun: RoleNoun, covered: set[int], noun_end: int) -> None:
        """The person named after comma ``c`` when a role noun ends before it ("Her Peruvian counterpart, Luis Carranza,")."""
        length = self.nameseq(c + 1)
        after = c + 1 + length
        known, entries = self.match(c + 1)
        if known:
            length = known if any(self._type(e) == "PERSON" for e in entries) else 0
        if length >= 2 - bool(known) and self._fits(c + 1, after) and (
            after >= self.hi[c] or self.keys[after] in (",", ".") or self.lower[after] in self.lex.reporting
        ):
            roles = set() if "*" in noun.roles else {noun.noun} & set(noun.roles)
            country = self._modifiers_before(noun.start).country
            aid = self.register_person(c + 1, after, roles, "", country)
            if aid:
                self.links[noun_end] = aid
                covered.update(range(c + 1, after))

    def _discover_runs(self, covered: set[int]) -> None:
        """3. Runs of capitalised words ("Richard Drew", "Inter-American Development Bank (IDB)");
        a run longer than a name can be is skipped whole. For speed, only units where a run or alias may
        start are visited (capitalised, or no known miss), and those an added alias made forget their lookup."""
        stops = sorted(set(self.capitalised).union([i for i, m in enumerate(self._memo) if m is not NO_MATCH]))
        seen, k = len(self._forgotten), 0
        while k < len(stops):
            i = self._run_at(stops[k], covered)
            if len(self._forgotten) != seen:
                stops = sorted(set(stops[k:]).union(self._forgotten[seen:]))
                seen, k = len(self._forgotten), 0
            k = bisect_left(stops, i, k)

    def _run_at(self, i: int, covered: set[int]) -> int:
        """Read the run (or the alias) at unit ``i``, if any: the unit to go on from."""
        n = (self._memo[i] or self.match(i)).length
        if not n and not self.keys[i][:1].isupper() or i in covered or self.sents[i] in self.title_case:
            return i + 1  # a run starts with a name word
        if n and not office_surname_then_name(self, i) and not self._person_then_head(i, n):
            return i + n
        if not self.keys[i][:1].isupper() or self.firsts[i] and self.lower[i] in self.cues["opener_word"]:
            return i + 1  # a run starts with a name word, not a sentence's first number or adverb ("Two House Committees", "Yet Democrats")
        j = expanded_acronym(self, i, self._capitalised_run(i))[1]  # "ETA (Basque Homeland and Freedom)": to the bracket
        if j - i >= 2 and (self._quoted(i, j) or not self._fits(i, j)):
            return j  # a title in quote marks ("the film “Blue Harvest”"), or too long to be a name
        if (j - i >= 2 or not n and (bank_compound(self.keys[i]) or listed_company_at(self, i) and not self.keys[j][:1].isupper())) and any(self.nameish(x) for x in range(i, j)):
            self._register_run(i, j)
            covered.update(range(i, j))
            return j
        return i + 1

    def _settle_titled_surnames(self, pending: list[PendingTitle]) -> None:
        """4a. "Mr Haddad": the person of that surname named in full nearest before, or a new person; a royal
        title takes a given name, never a commoner's surname ("King Varga" is no Omar Varga: ``royal_mismatch``)."""
        for p in pending:
            owner = titled_owner(self, p)
            aid = self.former_holder(tuple(self.keys[p.name_start:p.name_end]), p.roles, p.country, owner) or self._new_single(p.name_start, p.name_end)
            act = self.actor(aid)
            act.roles |= p.roles if act.origin == "discovered" else set()
            act.gender = act.gender or p.gender
            act.country = act.country or p.country
            self.title_spans.append(TitleSpan(p.start, p.name_end, aid))

    def _discover_single_words(self, covered: set[int]) -> None:
        """4b. Acronyms ("IMF"), camel-case brands ("DataNest") and names that speak ("Ruiz told"); not the
        acronym of a law or plan ("the Clean Water Act (CWA)"), there or later."""
        things, inside, lone = set(), capitalised_inside(self), lone_heads(self)
        for i in self.capitalised:
            key = self.keys[i]
            if i in covered or self.sents[i] in self.title_case or len(key) > MAX_NAME_CHARS or self.match(i).length or is_handle(self, i):
                continue  # a handle is read by discover_handles
            short = publication_short_name(self, i) or lone_head_owner(self, i, lone)
            if short:  # "the Times" after "The New York Times", "Fox" after "Fox News"
                self.add_alias((key,), Entry(short, "NAME", rule="organisation_short_name"))
            elif key in self.cues["party_plural"] and i > self.lo[i] and self.lower[i - 1] == "the" or lone_publication(self, i):
                self._new_org(key.upper(), key, i)  # "the Conservatives": a party named by its members; "The Times"
            elif self._acronym(i):
                bracketed = self._bracketed_after_org(i)
                owner = bracketed or self._org_tails().get((key, "@initials"))
                if owner:  # "Fox Business Network (FBN)", or "FBN" alone: the initials of a known name
                    self.add_alias((key,), Entry(owner, "NAME", rule="acronym_in_brackets" if bracketed else "acronym_of_known_name"))
                elif self._names_a_thing(i):
                    things.add(key)
                elif not self._stressed(i) and key not in things and key.lower() not in self.common:  # not "WORK" when the article writes "work"
                    self._new_org(key, key, i)
            elif self._camel_case(i):
                self._new_org(key.upper(), key, i)
            elif self.nameish(i) and ((cited := cited_source(self, i)) or listed_company_at(self, i) or named_before_company_noun(self, i, i + 1) or workplace_run(self, i, i + 1, speakers=False)):
                self._new_org(key.upper(), key, i)  # "according to Kestrel", "employers such as Kestrelcorp"
                if self.actor(key.upper()).origin == "discovered" and not cited:
                    self.actor(key.upper()).role = "company"
            elif self.nameish(i) and key not in self.lex.national_bodies and key not in self.heads and key not in self.cues["group_word"] and self._speaks(i, first_ok=True) and not self._place_context(i) and not self._surname_owner(i, i + 1):
                if not self.first_word_owner(i) and (self._speaks(i) or key in inside):  # "Qiao said" after "Qiao Xiaoming"
                    self._new_single(i, i + 1)

    def _apposed_single(self, c: int, covered: set[int]) -> None:
        """"Gavi, the vaccine alliance," / "the Sun, a Lagos daily,": an unknown word described after a comma."""
        i = c - 1
        if i in covered or not self.nameish(i) or self.firsts[i] or self.match(i).length or (i > self.lo[i] and self.nameish(i - 1)):
            return
        np_end = apposition_end(self, c)
        if np_end is None:
            return
        head = noun_phrase_head(self, c + 2, np_end)
        the_before = i > self.lo[i] and self.lower[i - 1] == "the"
        is_org = the_before or (head,) in self.lex.collective and self.lex.collective[(head,)].type == "ORG" or head.capitalize() in self.cues["org_head"]
        if is_org:
            self._new_org(self.keys[i].upper(), self.text_of(i, i + 1), i, aliases=[(self.keys[i],)])
        elif (head,) in self.lex.role_nouns:
            self._new_single(i, i + 1)
        else:
            return
        covered.add(i)

    def _capitalised_run(self, i: int) -> int:
        """End of the run of capitalised words from ``i`` ("Inter-American Development Bank",
        "International Boundary and Water Commission", "Ursula von der Leyen")."""
        hi, heads, own = self.hi[i], self.heads, titled_name_length(self, i)  # a titled person's own words end no run: "Ana Ruiz Party"
        if not self.nameish(i) and not initials_open_name(self, i):
            return i  # only a name word starts a run, or initials before one ("T.R. Kestrelan")
        j = i
        while j < hi:
            if j >= i + max(own, 1) and self.match(j).length and (not office_surname(self, j) or self._common_opener(i) or epithet_before_holder(self, i, j)) \
                    and not self._head_alias(j) and not self._other_given_name(i, j) \
                    and not known_word_surname(self, i, j) and not org_alias_inside(self, i, j) and not spelled(self, i, j + self.match(j).length) and not broadcaster_of_place(self, i, j):
                break  # a known name ends the run; an office holder's surname may be another spelling's ("Sergey Lavrov")
            month_surname = j > i and self.lower[j] in self.lex.months and not (j + 1 < hi and self.keys[j + 1][:1].isdigit())
            if self.nameish(j) or (j > i and self.keys[j] in heads) or month_surname or j == i:
                j += 1
            elif j > i and self.keys[j] in self.particles and self._particles_then_name(j):
                j += 1
            elif j > i and particle_joined(self.keys[j], self.particles):
                j += 1  # "Bashar al-Assad"
            elif j > i and j + 2 < hi and len(self.keys[j]) == 1 and self.keys[j].isupper() and self.keys[j + 1] == "." and self.nameish(j + 2):
                j += 2  # a middle initial: "Tom J. Lee"
            elif j > i and j + 1 < hi and joined_initials(self.keys[j]) and self.nameish(j + 1):
                j += 1  # middle initials written as one word: "Tom H.W. Lee"
            elif j > i and (nick := quoted_nickname(self, j)):
                j += nick  # a nickname in quote marks: 'Joaquin "El Chapo" Guzman'
            elif j > i and j + 1 < hi and (self.nameish(j + 1) and (self.keys[j] in CONNECTORS and not two_bodies(self, j) and not self.title(j + 1).length or on_link(self, j) or spelled_link(self, i, j)) or demonym_link(self, i, j)):
                j += 2 if demonym_link(self, i, j) else 1  # "Confederation of Indian Industry": a people's adjective inside
            elif j > i and j + 2 < hi and self.keys[i] in heads and self.keys[j] == "of" and self.keys[j + 1] == "the" and self.nameish(j + 2):
                j += 2  # "Friends of the Earth", "Church of the Nazarene"
            elif j > i and j + 1 < hi and (self.keys[j] == "'" and self.keys[j - 1].endswith("s") or self.keys[j] == "'s"
                                          and self.keys[j - 1] in self.cues["possessive_org_word"]) and self.keys[j + 1][:1].isupper():
                j += 1  # "National Port Workers’ Union", "New People's Party"
            else:
                break
        while j > i and not (self.nameish(j - 1) or self.keys[j - 1] in heads or self.lower[j - 1] in self.lex.months
                             or particle_joined(self.keys[j - 1], self.particles)):
            j -= 1
        regional = j - i >= 3 and self.keys[j - 1] in self.cues["region_adjective"] and self.keys[j - 2] == "of" and self.keys[j - 3] in heads
        if j < hi and regional or j > i and j + 1 < hi and self.keys[j - 1] in heads and self.keys[j - 1] != "Government" and self.keys[j] == "of":
            n, entries = self.match(j if regional else j + 1)
            if n and any(e.form == "NAME" and self._type(e) == "COUNTRY" or e.form in ("PLACE", "CAPITAL") for e in entries):
                return j + n if regional else j + 1 + n  # "Bank of Kenya", "University of (Southern) Indiana", "University of Copenhagen": the place ends the name
        if (link := person_of_organisation(self, i, j)) is not None and not spelled(self, i, j):
            return link  # "Ana Ruiz of New People's Party": a person of an organisation, not one name
        # connectors only inside organisations' names (a head word, or the acronym in brackets
        # spells the words: "Initiative for Rural Resilience (IRR)"): otherwise stop before the first one
        inside = self.keys[j - 1] in heads or self._head_then_link(i, j) or spelled(self, i, j)
        return j if inside else first_connector(self, i, j)

    def _head_alias(self, j: int) -> bool:
        """Is unit ``j`` an organisation's one-word alias that is also a head word ("Democrats"), which
        may end another organisation's name ("Social Democrats")?"""
        n, entries = self.match(j)
        return n == 1 and self.keys[j] in self.heads and all(e.form == "NAME" and self._type(e) in ("ORG", "GROUP") for e in entries)

    def _register_run(self, i: int, j: int) -> None:
        if (i := after_backer(self, i, j)) is None:
            return  # "the Harbour-based Arab League (AL)": a known name after its backer
        heads, keys = self.heads, self.keys[i:j]
        if modifier_word(keys[-1], self.cues["modifier_suffix"]) or all(k in self.cues["group_word"] or k.lower() in self.cues["members_before"]
                                                                          for k in keys[:-1]) and (keys[-1] in self.cues["group_word"] or keys[-1] in self.cues["member_plural"]):
            return  # "the Kestrel Harbour-based overseer", "Sunni Muslims", "Catholic Republicans": an adjective or a people
        if names_a_thing(self, i, keys) or residents_of_place(self, keys) or i >= 2 and self.keys[i - 1] == "(" and owned_acronym(self, i - 2):
            return  # a law, a plan, a day ("the Clean Water Act", "No Child Left Behind"); a place's people ("New Yorkers"); "my PFD (…)"
        i, by_acronym = acronym_named_start(self, i, j)  # "Conservative New Democracy (ND)", "ETA (Basque Homeland and Freedom)"
        keys, expanded = self.keys[i:j], expanded_acronym(self, i, j)[0]
        is_org = keys[-1] in heads or (keys[0] in heads and bool(HEAD_LINKS.intersection(keys))) or by_acronym
        link = next((k for k in keys if k in HEAD_LINKS), "")  # "Kestrel Center for Media", "Friends of the Earth"
        is_org = is_org or bool(link) and any(k in heads for k in keys[: keys.index(link)])
        before = word_before_run(self, i)
        publication = keys[-1].rpartition("-")[2] in self.cues["publication_head"] or keys[-1] in self.cues["country_publication_head"]  # "the Bay Star-Ledger"
        is_org = is_org or publication and (before in self.cues["article_word"] or (n := self.match(i).length) > 0 and self._person_then_head(i, n))  # "and Boston Globe"
        is_org = is_org or keys[0] in self.cues["group_word"] and keys[-1] not in self.cues["place_head"] or bank_compound(keys[-1]) or any(broadcaster_of_place(self, i, k) for k in range(i + 1, j))  # "Latino Pulse", "Muslim Brotherhood", "the Bundesbank", "Radio Free Asia"
        after = self.lex.collective.get((self.lower[j],)) if j < self.hi[i] else None
        is_org = is_org or (after is not None and "@publication" in after.candidates)  # "Harbour Circle magazine"
        noun_company = not is_org and (named_before_company_noun(self, i, j) or workplace_run(self, i, j))  # "the Nihon Kestrel business daily", "analysts at Kestrel Trading"
        if not is_org and not noun_company and place_run(before, keys, self.lex.given_names, self.cues) and not surname_alone_elsewhere(self, i, j):
            return  # a place, or a thing ("in Valparaíso", "the Rio Grande basin"), not "toward Fidel Kestro" and "foes of Kestro"
        if not is_org and not noun_company and before in self.run_determiners and not (keys[0] in self.lex.given_names and j < self.hi[i] and self.keys[j].isalpha() and self.keys[j].islower()):
            return  # a person's name takes no determiner ("this Silver Harbour"), unless it is a modifier: "the Ana Ruiz campaign"
        company = noun_company or not is_org and (self._called_a_company(i, j) or listed_company_at(self, i) and keys[0] not in self.lex.given_names)
        if not is_org and not company:
            if no_person_run(self, i, j) or common_words_run(self, keys):
                return  # "the House Maravi bill", "Ana Ruiz airport", "Asian champions", "Social Security numbers"
            if self._common_opener(i) or self.lower[i] in self.lex.reporting or modifier_word(keys[0], self.cues["opening_modifier_suffix"]):
                i += 1  # "Young Ruiz supporters" beside "young voters", "… Says Ruiz", "Serb-held Doboj": no name's first word
            if j - i >= 2 and not nickname(self, i, j) and not team_word(self, i, j):  # "Crooked Ana", "Team Ruiz"
                self.register_person(i, j, set(), "", "")
            return
        i = owner_before_run(self, i)  # "U.S. Department of Agriculture", "Sri Lanka Kestrel Mission", "Democratic National Committee"
        if (known := known_org_in_brackets(self, i, j)) is not None:
            self.add_alias(tuple(self.keys[i:j]), Entry(known, "NAME", rule="name_in_brackets"))  # "… Movement (Hamas)"
            return
        hi = self.hi[i]
        if j + 1 <= hi - 1 and self.keys[j].isupper() and len(self.keys[j]) <= 3 and not self.keys[j + 1][:1].isupper():
            if any(e.form == "NAME" and self._type(e) == "COUNTRY" for e in self.match(j).entries):
                j += 1  # "Port Operators UK": a country code ending an organisation's name
        bracket = word_in_brackets(self.keys, j, hi) and acronym_shape(self.keys[j + 1])
        acronym = self.keys[j + 1] if bracket else expanded
        name = self.text_of(i, j)
        aliases = [tuple(self.keys[i:j])] + ([(acronym,)] if acronym else [])
        acronym = acronym.upper()  # the id of a mixed-case acronym ("NaCoDA") is in capitals
        first = self.keys[i]
        short_heads = self.cues["company_head"] | self.cues["short_form_head"]
        if j - i >= 2 and (company or self.keys[j - 1] in short_heads) and first not in heads and first not in self.cues["no_short_form"] and first not in self.cues["group_word"] and (self.keys[j - 1] not in self.cues["short_form_head"] or used_alone(self, i, 1)) and self.nameish(i) and not self.match(i).length:
            aliases.append((first,))  # "Kestrel Energy" … "Kestrel", "Ridgeway University" … "Ridgeway"
        aliases += company_short_forms(self.keys[i:j], self.cues["company_head"])  # "Kestrel Marine Group Inc" … "Kestrel Marine"
        aliases += name_before_of(self, i, j)  # "World Council of Kestrel Churches" … "World Council"
        if j - i >= 2 and self.keys[j - 1] in self.cues["club_head"]:
            aliases.append((self.keys[j - 1],))  # "Millbank Rovers" … "Rovers"
        owner = self._org_tails().get(tuple(self.keys[i:j]))
        if owner and not acronym:  # "the Daily News" after "the New York Daily News"
            self.add_alias(tuple(self.keys[i:j]), Entry(owner, "NAME", rule="organisation_short_name"))
            return
        oid = free_org_id(self, acronym or initials(self.keys[i:j]), name)
        self._new_org(oid, name, i, aliases=aliases)
        if company and self.actor(oid).origin == "discovered":
            self.actor(oid).role = "company"  # "the company" may refer to it (``@company``)

def office_surname_then_name(reader, i: int) -> bool:
    """Does a one-word alias of an office holder or a family name start another person's name ("Michel Barnier" while
    Charles Michel holds an office, "Wang Jianguo" after "Wang Xiaoming")? Then the run is read as a name."""
    n, entries = reader.match(i)
    short = n == 1 and all(e.rule == "office_holder_name" or e.head == "family" for e in entries)
    return short and i + 1 < reader.hi[i] and reader.nameish(i + 1) and not reader.match(i + 1).length


def office_surname(reader, j: int) -> bool:
    """Is unit ``j`` only an office holder's one-word alias ("Kestrov", which "Sergei Kestrov" may spell)?"""
    n, entries = reader.match(j)
    return n == 1 and all(e.rule == "office_holder_name" for e in entries)


def acronym_named_start(reader, i: int, j: int) -> tuple[int, bool]:
    """Where the name of the run at units ``i:j`` starts, and whether an acronym names it: the acronym in brackets
    after it spells its last words ("Conservative New Kestrel (NK)" names "New Kestrel"), or the run in brackets
    spells out the acronym before it ("KHF (Kestrel Homeland and Freedom)"); else ``(i, False)``.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Conservative New Kestrel (NK) won.")
        >>> k = r.keys.index("Conservative")
        >>> acronym_named_start(r, k, k + 3) == (k + 1, True), acronym_named_start(r, k, k + 2)
        (True, (1, False))
    """
    spelled_from = next((k for k in range(i, j - 1) if spelled(reader, k, j)), None)
    if spelled_from is not None:
        return spelled_from, True
    return i, bool(expanded_acronym(reader, i, j)[0])


def owned_acronym(reader, a: int) -> bool:
    """Does a possessive or indefinite determiner come right before the acronym at unit ``a`` ("my PFD", "a CDU"):
    a thing someone owns or one of many, no organisation?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("I filed my PFD (Personal Financial Disclosure). The KHF (Kestrel Homeland Front) met.")
        >>> owned_acronym(r, r.keys.index("PFD")), owned_acronym(r, r.keys.index("KHF"))
        (True, False)
    """
    return a - 1 >= reader.lo[a] and reader.lower[a - 1] in reader.determiners["possessive"] | reader.determiners["indefinite"]


def expanded_acronym(reader, i: int, j: int) -> tuple[str, int]:
    """The acronym right before "(" when the run at units ``i:j`` (with more capitalised words and connectors
    after it) fills the brackets after it ("ETA (Basque Homeland and Freedom)"), and where the brackets close;
    else ``("", j)``: the words in brackets spell the acronym's name out, whatever their initials.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("They met KHT (Kestrel Harbour and Bay Trust) and Ana (Ana Ruiz) there.")
        >>> k, a = r.keys.index("Kestrel"), r.keys.index("Ruiz") - 1
        >>> expanded_acronym(r, k, k + 2)[0], expanded_acronym(r, a, a + 2)[0]
        ('KHT', '')
    """
    lo, hi, keys = reader.lo[i], reader.hi[i], reader.keys
    if not (lo <= i - 2 and keys[i - 1] == "(" and acronym_shape(keys[i - 2]) and len(keys[i - 2].replace(".", "")) >= 2):
        return "", j
    if owned_acronym(reader, i - 2):
        return "", j  # "I filed my PFD (Personal Financial Disclosure)": a thing someone owns, no organisation
    end = j
    while end < hi and end - i < 8 and (keys[end] in CONNECTORS or keys[end][:1].isupper()) and keys[end] != ")":
        end += 1
    return (keys[i - 2], end) if end < hi and keys[end] == ")" and keys[end - 1][:1].isupper() else ("", j)


def capitalised_inside(reader) -> frozenset[str]:
    """The words the article capitalises inside a sentence: a sentence's first word that speaks and is one of
    them is a name ("Verizon said …" when "talks with Verizon" comes elsewhere), not an ordinary word
    capitalised because it starts the sentence ("Officials said …").

    Example:
        >>> from helpers.article import article_from_text
        >>> from helpers.actors import find_mentions
        >>> text = "Talks\\n\\nKestrova said it would act. Officials said no. Talks with Kestrova went on."
        >>> list(find_mentions(article_from_text(text, published="2016-03-04")).text)
        ['Kestrova', 'Kestrova']
    """
    return frozenset(reader.keys[k] for k in reader.capitalised if not reader.firsts[k])


def common_words_run(reader, keys: list[str]) -> bool:
    """Is every word of this capitalised run one the article also writes in lower case, and none a
    given name? Then the run is a term ("Social Security numbers"), not a person ("Bill Price" is one).

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Hackers took social data and security codes. Social Security numbers leaked.")
        >>> common_words_run(r, ["Social", "Security"]), common_words_run(r, ["Lena", "Security"])
        (True, False)
    """
    return all(map(reader.ordinary_word, keys))


def apposition_end(reader, c: int) -> int | None:
    """Where a noun phrase after ``, a/an/the`` at comma ``c`` ends (exclusive), or None.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Gavi, the vaccine alliance, said no. Gavi, the group said, agreed.")
        >>> apposition_end(r, 2), apposition_end(r, 11)  # a reporting verb ends no apposition
        (6, None)
    """
    hi = reader.hi[c]
    if c + 2 >= hi or reader.lower[c + 1] not in reader.cues["article_word"]:
        return None
    k = c + 2
    while k < hi and k - c <= 9:
        key = reader.keys[k]
        if key in (",", ".", ")", ";", ":") or k == hi:
            break
        if reader.lower[k] in reader.cues["relative_pronoun"] and k > c + 2:
            return k
        if reader.lower[k] in reader.cues["apposition_break"] or reader.lower[k] in reader.lex.reporting or key in ("“", "”", '"', "‘", "’"):
            return None
        n, entries = reader.match(k)
        if n and any(e.form == "NAME" and reader._type(e) != "PLACE" for e in entries):
            return None
        k += 1
    if k - c > 9 or k == c + 2:
        return None
    if k < hi and reader.keys[k] not in (",", ".", ")"):
        return None
    return k



def publication_short_name(reader, i: int) -> str | None:
    """The publication named in full in the article that unit ``i`` names short: its last word after "the"
    ("the Times"), or its first word standing alone ("told Fox"), if any.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("A Fox News poll came out. Shaw told Fox that the Times was wrong. The New York Times disagreed. "
        ...                "The Kestrel Sentinel wrote that Lee was in Kestrel.")
        >>> [(r.keys[k], publication_short_name(r, k)) for k in (10, 13, len(r.keys) - 2)]
        [('Fox', 'FOX_NEWS'), ('Times', 'NYT'), ('Kestrel', None)]
    """
    tails, key, lo, hi, heads = reader._org_tails(), reader.keys[i], reader.lo[i], reader.hi[i], reader.cues["publication_head"]
    if key in heads and i > lo and reader.lower[i - 1] in reader.cues["article_word"]:
        return tails.get((key, "@head")) or own_body(reader, key)
    if i + 1 < hi and reader.keys[i + 1][:1].isupper() or key in reader.lex.given_names or key in reader.cues["group_word"] \
            or reader.lower[i] in reader.lex.calendar:
        return None  # another name's first word, a given name ("Ana Ruiz Foundation"), a people's ("European leaders"), a day
    if i > lo and reader.lower[i - 1] in reader.cues["locative"] or key.endswith(ADJECTIVE_ENDINGS):
        return None  # "in Kestrel" after "the Kestrel Sentinel": the city; "the Korean peninsula": no newspaper's
    return tails.get((key, "@first")) or next(
        (aid for aid, act in reader.actors.items() if act.origin == "discovered" and act.type == "ORG"
         and act.name.split()[0] == key and act.name.split()[-1] in heads and " " in act.name), None)


def own_body(reader, word: str) -> str | None:
    """The organisation found in this article whose name ends in ``word`` ("Ohio Senate" for "Senate"), if any.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The Ohio Senate voted. The Kestrel Times agreed.")
        >>> r.discover()
        >>> own_body(r, "Times"), own_body(r, "Senate"), own_body(r, "Post")
        ('KT', 'OS', None)
    """
    ending = " " + word
    return next((aid for aid, act in reader.actors.items() if act.origin == "discovered" and act.type == "ORG" and act.name.endswith(ending)), None)



def noun_phrase_head(reader, i: int, j: int) -> str:
    """The head noun of the lower-case words in units ``i:j``: the last word before any "of" ("a unit of the bank" → "unit").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Dana, a unit of the bank, said no.")
        >>> noun_phrase_head(r, 2, 7)
        'unit'
    """
    words = [reader.lower[k] for k in range(i, j) if reader.keys[k].isalpha()]
    if "of" in words:
        words = words[: words.index("of")]
    return words[-1] if words else ""
