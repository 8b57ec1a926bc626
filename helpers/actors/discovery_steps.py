"""Small discovery steps kept beside :mod:`helpers.actors.discovery`: a demonym that is a surname ("Mark
Cuban"), an unknown word cited as a source ("according to Gallup"), two bodies joined by "and" ("the House
and Senate"), nicknames ("Crooked Ana" after "Ana Ruiz"), a person's team ("Team Ruiz") and families ("the Ruiz
family").

Each takes the reader (:class:`helpers.actors.reader.ActorReader`) as its first argument.

Example:
    >>> from helpers.actors.reader import reader_for
    >>> r = reader_for("Support fell, according to Kestrel.")
    >>> cited_source(r, r.keys.index("Kestrel"))
    True
"""

from __future__ import annotations

import re

from .names import past_form
from .registry import new_person, one_letter_apart, written_alone
from .shapes import company_short_forms, initials
from .tables import FAMILY_RULE, Actor, Entry, snake_id
from .units import NO_MATCH

__all__ = ["compass_alone", "discover_compass_countries", "discover_companies", "first_full_names", "kin_genders", "kin_given_names", "kin_noun_before", "person_of_organisation", "royal_mismatch", "titled_owner", "surname_alone_elsewhere", "campaign_actor", "cited_source", "known_word_surname", "discover_couples", "discover_families", "discover_teams", "epithet_before_holder", "nickname", "team_word", "two_bodies", "lone_head_owner", "lone_heads"]


#: A given name written in camel case ("DeShawn", "LaToya", "MaliVai"): two to four letters before the second capital.
CAMEL_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,3}[A-Z][a-z]{2,}")


def known_word_surname(reader, i: int, j: int) -> bool:
    """Is the known one-word name at unit ``j`` (in a run from ``i``) the surname of the given name right before it,
    not the actor the tables know by it?

    - A demonym ("Mark Cuban said", "Tom English"; not "a Cuban official"): a gendered given name right before it,
      and a lower-case word or the sentence's end after it.
    - A place's, capital's or country's name ("Ana Jordan scored", "-- Tom Boston, Oslo Newsroom", "Omar Paris
      University"; not "Ana's London", nor "Tom London Bridge"): the run's first unit is a given name no table knows
      (or one in camel case, two to four letters before the second capital, before a capital's or a place's name: "MaliVai
      Washington", "JaVale Boston"; not "AirAsia India" nor "McKinsey India"),
      and no capitalised word but an organisation's head follows.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Mark Cuban said no. A Cuban official agreed. Ana Jordan scored. Tom London Bridge fell.")
        >>> [known_word_surname(r, k - 1, k) for k, key in enumerate(r.keys) if key in ("Cuban", "Jordan", "London")]
        [True, False, True, False]
    """
    n, entries = reader.match(j)
    if j <= i or n != 1 or not entries:
        return False
    nxt = reader.keys[j + 1] if j + 1 < reader.hi[j] else ""
    if all(e.form in ("ADJ", "PEOPLE") for e in entries):
        return reader.keys[j - 1] in reader.lex.given_names and not nxt[:1].isupper()
    if all(e.form in ("PLACE", "CAPITAL") or e.form == "NAME" and reader._type(e) == "COUNTRY" for e in entries):
        camel = CAMEL_GIVEN_NAME.fullmatch(reader.keys[i]) is not None and not reader.keys[i].startswith(tuple(reader.cues["surname_prefix"])) \
            and not any(e.form == "NAME" and reader._type(e) == "COUNTRY" for e in entries)  # "MaliVai Washington", not "AirAsia India"
        given = reader._given_name(reader.keys[i]) or camel
        return j == i + 1 and given and not reader.match(i).length and reader.keys[i] not in reader.cues["group_word"] \
            and not (nxt[:1].isupper() and nxt.isalpha() and nxt not in reader.heads)
    return False


def cited_source(reader, i: int) -> bool:
    """Is unit ``i`` an unknown single capitalised word cited as a source ("according to Kestrel", "according to
    the Sentinel")? Annotators read it as an organisation: a person cited by surname alone was named in full before.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Support fell, according to Kestrel. It rose, according to Kestrel Polls.")
        >>> [cited_source(r, k) for k, key in enumerate(r.keys) if key == "Kestrel"]
        [True, False]
    """
    lo, lower = reader.lo[i], reader.lower
    p = i - 1 - (i - 1 >= lo and lower[i - 1] == "the")
    if p - 1 < lo or lower[p] != "to" or lower[p - 1] != "according":
        return False
    nxt = reader.keys[i + 1] if i + 1 < reader.hi[i] else ""
    return not nxt[:1].isupper() and reader.keys[i] not in reader.lex.given_names and not reader.firsts[i]


def two_bodies(reader, j: int) -> bool:
    """Does the connector at unit ``j`` join two national bodies ("the House and Senate"): two names, not one
    organisation's name ("Department of Health and Human Services")?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The US Congress met. Majorities in the House and Senate held.")
        >>> two_bodies(r, r.keys.index("and"))
        True
    """
    bodies, keys = reader.lex.national_bodies, reader.keys
    return keys[j - 1] in bodies and keys[j + 1] in bodies and (j + 2 >= reader.hi[j] or not reader.nameish(j + 2))


def nickname(reader, i: int, j: int) -> bool:
    """Is the two-word run ``i:j`` an epithet in a past form and the given name of one person named in full
    before ("Crooked Ana" after "Ana Ruiz")? Then it becomes that person's alias (rule ``nickname``).

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ana Ruiz spoke. Then Crooked Ana left. Then Tomas Ana left.")
        >>> r.discover()
        >>> r.people_named(("Crooked", "Ana")), r.people_named(("Tomas", "Ana"))  # an unknown given name: someone else
        (['ana_ruiz'], ['tomas_ana'])
    """
    keys = tuple(reader.keys[i:j])
    if len(keys) != 2 or not past_form(keys[0], reader.lex.given_names) or (keys[0],) in reader.lex.titles:
        return False
    owners = reader.first_words.get(keys[1], ())
    if len(owners) != 1:
        return False
    reader.add_alias(keys, Entry(next(iter(owners)), "NAME", rule="nickname"))
    return True


def team_word(reader, i: int, j: int) -> bool:
    """Is the run ``i:j`` a word for a person's team and a name ("Team Ruiz")? It names no person called Team
    Ruiz, whose surname would then take every later "Ruiz": :func:`discover_teams` reads it once all names are known.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Team Ruiz said no. The team won.")
        >>> team = [k for k, key in enumerate(r.lower) if key == "team"]
        >>> team_word(r, team[0], team[0] + 2), team_word(r, team[1], team[1] + 2)
        (True, False)
    """
    return j - i == 2 and reader.lower[i] in reader.cues["team_prefix"] and reader.keys[i][:1].isupper() \
        and reader.keys[i + 1][:1].isupper()


def discover_teams(reader) -> None:
    """6. A person's team: "Team Ruiz" (or "Team Ana") where the article names exactly one person so is that
    person's campaign (``<person>_campaign``, rule ``team_of_person``), like "the Ruiz team"; never "Camp David".

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Team Ruiz said no. Ana Ruiz spoke. Team Kestrel won.")
        >>> r.discover()
        >>> r.match(r.keys.index("Team")).entries[0].actor_id, r.people_named(("Ruiz",))
        ('ana_ruiz_campaign', ['ana_ruiz'])
        >>> r.match(r.keys.index("Kestrel") - 1).length  # no person is called Kestrel: no team
        0
    """
    for k in range(len(reader.keys) - 1):
        if k + 1 >= reader.hi[k] or not team_word(reader, k, k + 2):
            continue
        name = reader.keys[k + 1]
        owners = set(reader.people_named((name,))) or set(reader.first_words.get(name, ()))
        if len(owners) != 1:
            continue
        reader.add_alias((reader.keys[k], name), Entry(campaign_actor(reader, next(iter(owners))), "NAME", rule="team_of_person"))


def campaign_actor(reader, owner: str) -> str:
    """The id of person ``owner``'s campaign, ``<owner>_campaign``: a GROUP actor made the first time.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ana Ruiz spoke.")
        >>> r.discover()
        >>> campaign_actor(r, "ana_ruiz"), r.actor("ana_ruiz_campaign").name
        ('ana_ruiz_campaign', 'Ana Ruiz campaign')
    """
    aid = f"{owner}_campaign"
    if not reader.known(aid):
        person = reader.actor(owner)
        reader.actors[aid] = Actor(aid, f"{person.name} campaign", "GROUP", country=person.country,
                                   origin="discovered", source="a person's campaign named in the article")
    return aid


def epithet_before_holder(reader, i: int, j: int) -> bool:
    """Is unit ``i`` the first word of the headline, before the one-word name of an office holder at ``j``
    (``j == i + 1``), and no given name nor a spelling of the holder's own ("Hapless Ruiz and Lee" while
    Ana Ruiz holds an office; not "Sergey Lavrov" for Sergei Lavrov)? Then it is a word about the holder,
    not a new person's given name. (In the body, given names the tables lack are too many: "Marty Ruiz".)

    Example:
        >>> from helpers.article import article_from_text
        >>> from helpers.document import Document
        >>> from helpers.actors.aliases import load_actor_table
        >>> from helpers.actors.reader import ActorReader
        >>> text = "Hapless Ruiz\\n\\nAnna Ruiz spoke. Hapless Ruiz left."
        >>> r = ActorReader(Document(article_from_text(text, published="2022-02-01")), load_actor_table(None))
        >>> r.add_alias(("Ruiz",), Entry("ana_ruiz", "NAME", rule="office_holder_name"))
        >>> r.actors["ana_ruiz"] = Actor("ana_ruiz", "Ana Ruiz", "PERSON")
        >>> [epithet_before_holder(r, k - 1, k) for k, key in enumerate(r.keys) if key == "Ruiz"]
        [True, False, False]
    """
    if j != i + 1 or i < reader.lo[j] or reader.sents[i] != reader.sents[0] or not reader.firsts[i]:
        return False
    word, entries = reader.keys[i], reader.match(j).entries
    if reader._given_name(word) or not entries or not all(e.rule == "office_holder_name" for e in entries):
        return False
    firsts = [reader.actor(e.actor_id).name.split()[0] for e in entries]
    return not any(word == f or word[:3] == f[:3] or one_letter_apart(word, f) for f in firsts)


def discover_families(reader) -> None:
    """5. Families: "the Ruiz family", "the Ruiz clan" after a person of that surname is one group actor
    (``RUIZ_FAMILY``), not the person ("the Ruiz family's foundation").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ana Ruiz spoke. The Ruiz family gave $1 million.")
        >>> r.discover()
        >>> r.people_named(("Ruiz",)), r.match(r.keys.index("family") - 1).entries[0].actor_id
        (['ana_ruiz'], 'RUIZ_FAMILY')
    """
    family_words = reader.cues["family_noun"]
    for k in range(1, len(reader.keys)):
        if reader.lower[k] not in family_words or k - 1 < reader.lo[k]:
            continue
        surname = reader.keys[k - 1]
        if not surname[:1].isupper() or not reader.people_named((surname,)) or reader.people_named((surname, reader.keys[k])):
            continue
        oid = snake_id(surname).upper() + "_FAMILY"
        if not reader.known(oid):
            reader.actors[oid] = Actor(oid, f"{surname} family", "ORG", origin="discovered", source="discovered in the article")
        reader.add_alias((surname, reader.keys[k]), Entry(oid, "NAME", rule=FAMILY_RULE))


def discover_compass_countries(reader) -> None:
    """0. A country whose name opens with a compass word (cue ``country_compass_word``: "North Korea", "South Sudan") is
    named by that word alone after "the" ("the North walked out") or before "and" and the other country's name ("North
    and South Korea"; :func:`compass_alone`), when it is the only country of that word the article names and the article
    names the other half too ("South Korea": "the South" in an article that names only South Africa is a region; rule
    ``compass_country``). Read before any discovery pass, so that "The North said" is no person.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("North and South Korea met. The North walked out, and the South stayed.")
        >>> r.discover()
        >>> [r.match(k).entries[0].actor_id for k, w in enumerate(r.keys) if w in ("North", "South") and r.match(k).length == 1]
        ['PRK', 'PRK', 'KOR']
    """
    keys, found = reader.keys, {}
    for k, word in enumerate(keys[:-1]):
        tail = keys[k + 1]
        if word in reader.cues["country_compass_word"] and tail in ("and", "or") and k + 3 < len(keys) and _country_of(reader, tuple(keys[k + 2 : k + 4])):
            tail = keys[k + 3]  # "North and South Korea"
        if word in reader.cues["country_compass_word"] and (country := _country_of(reader, (word, tail))):
            found.setdefault(word, set()).add((country, tail))
    for word, countries in found.items():
        tails = {tail for other, named in found.items() if other != word for _, tail in named}
        alone = any(compass_alone(reader, k) for k in reader._positions(word, len(keys) - 1))
        if len(countries) == 1 and next(iter(countries))[1] in tails and alone and (word,) not in reader.table.names:
            reader.add_alias((word,), Entry(next(iter(countries))[0], "NAME", rule="compass_country"))  # both halves named


def compass_alone(reader, k: int) -> bool:
    """Is the compass word at unit ``k`` a country's name alone: after "the" ("the North said") or before "and"/"or" ("North
    and South Korea"), never before a capitalised word ("the North Pacific")? Candidates keep ``compass_country`` only there."""
    after = reader.keys[k + 1] if k + 1 < reader.hi[k] else "."
    return (k > reader.lo[k] and reader.lower[k - 1] == "the" and not after[:1].isupper()) or after in ("and", "or")


def _country_of(reader, key: tuple[str, ...]) -> str | None:
    """The country the table names by ``key`` ("North", "Korea"), or None."""
    entries = reader.table.names.get(key, ())
    return next((e.actor_id for e in entries if e.form == "NAME" and reader._type(e) == "COUNTRY"), None)


def discover_couples(reader) -> None:
    """3b. Two given names before one surname: "Tom and Ana Ruiz" names Ana Ruiz and Tom Ruiz too (``tom_ruiz``,
    its first word with rule ``couple_given_name``), read once the runs are. The first given name is a known one
    (:meth:`~helpers.actors.units.ArticleUnits._given_name`), or the article writes it nowhere but here and before
    the same surname ("Kestro and Ghaza Ruiz"): a surname alone before "and" is someone else ("Wells and Ana Ruiz").
    The surname must come back elsewhere in the article, as a family's does; "the corner of Brook and Stanley
    Lanes" names no one.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Tom and Ana Ruiz spoke. Mr. Ruiz left. Wells and Ana Ruiz met. Wells spoke.")
        >>> r.discover()
        >>> sorted(r.people_named(("Ruiz",))), r.match(r.keys.index("Tom")).entries[0].rule, ("Wells",) in r.extra
        (['ana_ruiz', 'tom_ruiz'], 'couple_given_name', False)
    """
    keys, n_keys = reader.keys, len(reader.keys)
    for k in reader._positions("and", n_keys):
        first, lo = keys[k - 1] if k else "", reader.lo[k]
        if k - 1 < lo or k + 2 >= reader.hi[k] or not (first[:1].isupper() and first[1:].islower()):
            continue
        if k - 2 >= lo and keys[k - 2][:1].isupper() or reader.match(k - 1).length:
            continue  # "Ana Lee and Tom Ruiz", "Wells and Ana Ruiz" (a known surname): two people named each in full
        n, entries = reader.match(k + 1)
        people = {e.actor_id for e in entries if reader._type(e) == "PERSON"}
        surname = keys[k + 2]
        if n != 2 or len(people) != 1 or not keys[k + 1][:1].isupper() or len(reader._positions(surname, n_keys)) < 2:
            continue  # the surname comes back elsewhere: "the corner of Brook and Stanley Lanes" names no one
        if not reader._given_name(first) and (reader.firsts[k - 1] or any(
                x != k - 1 and (x + 1 >= reader.hi[x] or keys[x + 1] != surname) for x in reader._positions(first, n_keys))):
            continue
        key = (first, surname)
        named = [p for p in reader.first_words.get(first, ()) if reader.actor(p).name.split()[-1] == surname]
        aid = next(iter(reader.people_named(key) or named), None)  # "Tom and Ana Ruiz" after "Tom Lee Ruiz"
        if aid is None:
            aid = new_person(reader, key, f"{first} {surname}")
            reader.actor(aid).gender = reader.given_gender(key)
            reader.first_pos.setdefault(aid, k - 1)
        if (first,) not in reader.extra:
            reader.add_alias((first,), Entry(aid, "NAME", rule="couple_given_name"))


def surname_alone_elsewhere(reader, i: int, j: int) -> bool:
    """Is the two-word run ``i:j`` a person's name because its last word stands alone elsewhere in the article, as
    a surname does ("anger toward Fidel Kestro … foes of Kestro"), though a word of place comes before it?
    A place's last word seldom stands alone ("in Kestrel Bay" … "Bay").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("They turned toward Fidel Kestro. Foes of Kestro spoke. They sailed toward Kestrel Bay.")
        >>> k, b = r.keys.index("Fidel"), r.keys.index("Kestrel")
        >>> surname_alone_elsewhere(r, k, k + 2), surname_alone_elsewhere(r, b, b + 2)
        (True, False)
    """
    keys = reader.keys
    last = keys[j - 1]
    if j - i != 2 or reader.ordinary_word(last) or last in reader.cues["place_head"] or last in reader.cues["settlement_head"]:
        return False  # "in the Kestrel State" … "the State Department": a word the article also writes in lower case
    return written_alone(reader, last, skip=range(i, j))


def kin_noun_before(reader, i: int) -> str:
    """The lower-case word right before unit ``i``, or before the comma there ("her son, Tom"), in its sentence.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Her son, Tom, spoke with his wife Ana.")
        >>> kin_noun_before(r, r.keys.index("Tom")), kin_noun_before(r, r.keys.index("Ana"))
        ('son', 'wife')
    """
    k = i - 1 if i > reader.lo[i] and reader.keys[i - 1] == "," else i
    return reader.lower[k - 1] if k - 1 >= reader.lo[i] else ""


def kin_genders(reader) -> None:
    """3c. A discovered person of unknown gender named right after a kinship noun takes its gender ("her son,
    Tom Ruiz", "his wife Ana Ruiz": cues ``kin_male`` and ``kin_female``), so that a title's gender can tell
    the family apart ("Ms. Ruiz" is not her son).

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Kestro Ruiz spoke of her son, Humay Ruiz.")
        >>> r.discover()
        >>> r.actor("humay_ruiz").gender, r.actor("kestro_ruiz").gender
        ('male', '')
    """
    male, female = reader.cues["kin_male"], reader.cues["kin_female"]
    for i in range(2, len(reader.keys)):
        noun = kin_noun_before(reader, i)
        gender = "male" if noun in male else "female" if noun in female else ""
        if not gender:
            continue
        n, entries = reader.match(i)
        if n < 2:
            continue
        for aid in {e.actor_id for e in entries if reader._type(e) == "PERSON"}:
            actor = reader.actor(aid)
            if actor.origin == "discovered" and not actor.gender:
                actor.gender = gender


def kin_given_names(reader, covered: set[int]) -> None:
    """3d. A known given name alone right after a kinship noun and an optional comma ("their child, Ana",
    "his son Tom"), or any name word set off by commas there ("his second wife, Kestrela,") or right after "my",
    "his", "her" … and the noun ("my wife Kestrela and …"), is a person of the family, named by that word from then
    on; they take the noun's gender, or the name's.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The Ruiz couple lost their child, Ana. Ana was four months old.")
        >>> r.discover()
        >>> r.actor("ana").gender, r.match(r.keys.index("was") - 1).entries[0].actor_id
        ('female', 'ana')
    """
    male, female = reader.cues["kin_male"], reader.cues["kin_female"]
    nouns = male | female | reader.cues["kin_neutral"]
    for i in range(2, len(reader.keys)):
        key = reader.keys[i]
        apposed = reader.keys[i - 1] == "," and reader.nameish(i) and (i + 1 >= reader.hi[i] or reader.keys[i + 1] in (",", ".", ")", ";"))
        owned = i - 2 >= reader.lo[i] and reader.lower[i - 2] in reader.determiners["possessive"] and reader.nameish(i) and key.lower() not in reader.common
        if i in covered or not (key in reader.lex.given_names or apposed or owned) or reader.firsts[i] or reader.match(i).length or reader.first_words.get(key):
            continue  # "his wife, Ana" after "Ana Ruiz" is her: the first-word alias reads it
        noun = kin_noun_before(reader, i)
        if noun not in nouns or i + 1 < reader.hi[i] and reader.keys[i + 1][:1].isupper():
            continue  # "her son, Tom Ruiz" is a full name, read by the runs
        aid = reader._new_single(i, i + 1)
        reader.actor(aid).gender = "male" if noun in male else "female" if noun in female else reader.lex.given_names.get(key, "")
        covered.add(i)


def person_of_organisation(reader, i: int, j: int) -> int | None:
    """Where to cut a capitalised run ``i:j`` that is a person "of" an organisation ("Ana Ruiz of New People's
    Party"): at its "of", when the run ends in a head word, opens with no known name and has no head word before
    the "of" ("Bank of Kestrel", "the Ohio House of Representatives" stay whole). None if it is one name. The
    caller keeps a run whose acronym in brackets spells it whole (``discovery.spelled``).

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Then Ana Ruiz of Kestrel Labour Party spoke at the Bank of Kestrel.")
        >>> r.keys[person_of_organisation(r, r.keys.index("Ana"), r.keys.index("spoke"))]
        'of'
        >>> person_of_organisation(r, r.keys.index("Bank"), len(r.keys) - 1) is None
        True
    """
    heads, keys = reader.heads, reader.keys
    link = next((k for k in range(i + 2, j - 1) if keys[k] == "of"), None)
    if link is None or keys[j - 1] not in heads or reader.match(i).length or any(keys[k] in heads for k in range(i, link)):
        return None
    return link


def titled_owner(reader, p) -> str | None:
    """The person a pending title phrase (``PendingTitle``) names: the person of that surname named in full nearest
    before ("Mr Haddad"), else, for one word, the one person whose full name starts with it ("Prince Karim" after
    "Karim bin Haddad"); never one a royal title cannot name (:func:`royal_mismatch`). None: a new person.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Mayor Omar Varga spoke. King Varga of Osprey and Prince Karim met. Karim bin Haddad left.")
        >>> r.discover()
        >>> [a for a in r.actors if a in ("omar_varga", "varga", "karim_bin_haddad", "karim")]
        ['omar_varga', 'karim_bin_haddad', 'varga']
    """
    royal = reader.cues["royal_role"]
    owner = reader._surname_owner(p.name_start, p.name_end, p.gender)
    key = tuple(reader.keys[p.name_start:p.name_end])
    if owner and all(e.rule == "first_of_two_surnames" for e in reader.entries_for(key) if e.actor_id == owner):
        owner = None  # "Mr Dorvan" is not Tom Dorvan Lee: a middle word is a first surname only untitled
    if owner and not royal_mismatch(reader.actor(owner).roles, p.roles, royal):
        return owner
    if owner or p.name_end - p.name_start != 1:
        return None
    firsts = reader.first_words.get(reader.keys[p.name_start], ())
    if len(firsts) == 1 and royal_mismatch(reader.actor(next(iter(firsts))).roles, p.roles, royal, by_surname=False):
        return None  # "King Omar" is not Mayor Omar Varga
    return reader.first_word_owner(p.name_start)


def royal_mismatch(owner_roles: set[str], title_roles: set[str], royal_roles: frozenset[str], by_surname: bool = True) -> bool:
    """Can a titled name not be the person named before: a royal title (a role of cue ``royal_role``: "King Varga")
    after a person of that surname who is no royal ("Omar Varga", "President Omar Varga"), since a monarch is named by
    a given name; after a person of that first name known in another office ("King Omar" after "Mayor Omar Varga";
    ``by_surname=False``); or another office after a royal ("President Varga" after "King Varga")?

    Example:
        >>> royal = frozenset({"monarch", "crown prince", "royal"})
        >>> royal_mismatch({"president"}, {"monarch"}, royal), royal_mismatch(set(), {"monarch"}, royal)
        (True, True)
        >>> royal_mismatch(set(), {"royal"}, royal, by_surname=False), royal_mismatch({"crown prince"}, {"royal"}, royal)
        (False, False)
        >>> royal_mismatch({"monarch"}, {"president"}, royal), royal_mismatch({"monarch"}, set(), royal)
        (True, False)
    """
    if title_roles & royal_roles:
        return not owner_roles & royal_roles and (by_surname or bool(owner_roles))
    return bool(title_roles) and bool(owner_roles & royal_roles)


def first_full_names(reader) -> None:
    """3a. Where each person is first named in full, in the text's order: the passes read title phrases before
    plain names, so "Sen. Ana Ruiz" late in an article must not hide "Ana Ruiz" in its first line from
    :meth:`~helpers.actors.registry.Registry._nearest`, which gives a surname alone to the person named first.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ana Ruiz spoke. Her husband, Tom Ruiz, left. Sen. Ana Ruiz won.")
        >>> r.discover()
        >>> r.first_pos["ana_ruiz"] < r.first_pos["tom_ruiz"]
        True
    """
    for i in reader.capitalised:
        n, entries = reader.match(i)
        people = {e.actor_id for e in entries if reader._type(e) == "PERSON"} if n >= 2 else set()
        if len(people) == 1:
            aid = people.pop()
            reader.first_pos[aid] = min(reader.first_pos.get(aid, i), i)


#: how many words a company's name may have before its legal form ("Cie. Financiere de Paribas SA": four)
COMPANY_WORDS = 4


def discover_companies(reader, covered: set[int]) -> None:
    """0. A company named with its legal form (cue ``legal_suffix``: "Inc.", "Corp.", "N.V." …): the capitalised
    words right before it are its name, even a sentence's opening word, a known place's or a word in capitals
    ("Kestrel Pacific Corp.", "Next Inc.", "OSPREY Inc."), read first so that no other pass cuts the name. Its
    aliases: the name with the form, and without it unless that is one word the article writes in lower case
    ("Next"); a name in capitals also as a word ("Osprey"). Its first word alone waits until every name is known
    (:meth:`~helpers.actors.registry.Registry.first_word_aliases`): it may be a person's ("Ruiz Holdings LLC"
    beside "Ana Ruiz").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Kestrel Pacific Corp. will buy OSPREY Inc. for cash. Osprey agreed, and Kestrel paid.")
        >>> covered = set()
        >>> discover_companies(r, covered)
        >>> [e.actor_id for key in [("Kestrel", "Pacific"), ("Osprey",)] for e in r.extra[key]], ("Kestrel",) in r.extra
        (['KPC', 'OSPREY'], False)
    """
    keys, suffixes = reader.keys, reader.cues["legal_suffix"]
    for s, key in enumerate(keys):
        if key not in suffixes or s == 0 or s in covered:
            continue
        b, lo = s, reader.lo[s]
        while b - 1 >= lo and s - (b - 1) <= COMPANY_WORDS and (keys[b - 1][:1].isupper() or keys[b - 1] in ("'s", "&", "amp")
                                                             or keys[b - 1] == "of" and b - 2 >= lo and keys[b - 2] in reader.heads) \
                and keys[b - 1] not in suffixes and keys[b - 1] not in (",", "."):  # "Bank of Kestrel Ltd"
            b -= 1
        while b < s and not keys[b][:1].isupper():
            b += 1  # a name opens with a capital ("'s Inc." is none)
        n, entries = reader.match(b)
        if n and b + n < s and keys[b + n] == "'s" and any(e.form == "NAME" and reader._type(e) == "COUNTRY" for e in entries):
            b += n + 1  # "Australia's Kestrel Banking Corp.": the country owns it, the name starts after
        if b == s or s - b == 1 and keys[b].lower() in reader.lex.stopwords:
            continue
        name_keys, name = tuple(keys[b:s]), reader.text_of(b, s + 1)
        known = {e.actor_id for e in reader.entries_for(name_keys) if e.form == "NAME" and reader._type(e) != "PERSON"}
        if len(known) == 1:  # "Kestrel Inc." when the tables know Kestrel
            reader.add_alias((*name_keys, keys[s]), Entry(known.pop(), "NAME", rule="lexicon_name"))
            covered.update(range(b, s + 1))
            continue
        oid = initials(keys[b : s + 1]) if len(name_keys) > 1 else initials(list(name_keys))  # "KPCI", "OSPREY"
        if reader.known(oid) and reader.actor(oid).name != name:
            oid = snake_id(name).upper()  # two companies with the same initials
        aliases = [(*name_keys, keys[s])]
        if len(name_keys) > 1 or not (reader.ordinary_word(name_keys[0]) or name_keys[0].lower() in reader.lex.stopwords):
            aliases.append(name_keys)  # not "Next" alone when the article writes "next"
        aliases += company_short_forms(name_keys, reader.cues["company_head"])  # "Kestrel Marine Group" … "Kestrel Marine"
        plain = tuple(w.capitalize() if w.isupper() and len(w) > 3 else w for w in name_keys)
        if plain != name_keys:
            aliases.append(plain)  # "OSPREY Inc." … "Osprey"
        reader._new_org(oid, name, b, [a for a in aliases if a not in reader.extra])
        if reader.actor(oid).origin == "discovered":
            reader.actor(oid).role = "company"  # "the company" may refer to it
        if len(name_keys) > 1 and not reader.first_words.get(plain[0]):  # the first company so named: "Kestrel Motor Co." …
            reader.first_words[plain[0]].add(oid)  # … not "Kestrel Motor Credit Co."; "Kestrel" once every name is known
        covered.update(range(b, s + 1))


#: words after a head word that carry a longer name on ("the Forum on Kestrel Cooperation", "the Center for …")
_NAME_GOES_ON = frozenset({"of", "for", "on", "in", "at", "to", "from", "with", "and", "&", "(", "-"})

def lone_heads(reader) -> dict[str, str]:
    """The head words that end the name (of two or more words) of exactly one organisation named in the article, and
    whose name each ends ("Front" → the United Front, unless a Popular Front is named too; not a newspaper's "Post",
    which :func:`~helpers.actors.discovery.publication_short_name` reads); read once, in one pass.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The Kestrel Harbour Front won. The Osprey Council and the Heron Council met.")
        >>> r.discover()
        >>> lone_heads(r)
        {'Front': 'KHF'}
    """
    owners: dict[str, set[str]] = {}
    for k, memo in enumerate(reader._memo):
        n, entries = (memo or reader.match(k)) if memo is not NO_MATCH else (0, ())
        if n >= 2 and reader.keys[k + n - 1] in reader.cues["org_head"] and reader.keys[k + n - 1] not in reader.cues["publication_head"]:
            owners.setdefault(reader.keys[k + n - 1], set()).update(e.actor_id for e in entries if e.form == "NAME" and reader._type(e) == "ORG")
    return {head: ids.pop() for head, ids in owners.items() if len(ids) == 1}


def lone_head_owner(reader, i: int, lone: dict[str, str]) -> str | None:
    """The organisation (of :func:`lone_heads`) that the head word at unit ``i`` names alone, when "the" stands before
    it and no name goes on after it ("the Front" after "the United Front"); else None.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The Kestrel Harbour Front won. Both parties shun the Front.")
        >>> r.discover()
        >>> lone_head_owner(r, len(r.keys) - 2, {"Front": "KHF"}), lone_head_owner(r, 3, {"Front": "KHF"})
        ('KHF', None)
    """
    keys, lo, hi = reader.keys, reader.lo[i], reader.hi[i]
    after = keys[i + 1] if i + 1 < hi else ""
    if keys[i] not in lone or i == lo or reader.lower[i - 1] != "the" or after[:1].isupper() or after in _NAME_GOES_ON:
        return None
    return lone[keys[i]]


def lone_publication(reader, i: int) -> bool:
    """Is unit ``i`` a newspaper's one-word short name (cue ``lone_publication``: "Times", "Guardian") right after "the"
    and standing alone, so that the article names a newspaper it may never name in full ("A survey for The Times
    showed", "told the Guardian")? Not the first word of a longer name ("the Times Square crowd") nor one "of"
    something ("the Times of India" is read whole). "Sun" is not one: "the mass of the Sun".

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("A poll for The Times showed it. The Times Square crowd left. The Times of Kestrel wrote.")
        >>> [lone_publication(r, k) for k, key in enumerate(r.keys) if key == "Times"]
        [True, False, False]
    """
    if reader.keys[i] not in reader.cues["lone_publication"] or i == reader.lo[i] or reader.lower[i - 1] != "the":
        return False
    nxt = reader.keys[i + 1] if i + 1 < reader.hi[i] else ""
    return not (nxt[:1].isupper() or nxt in ("of", "-", "&"))
