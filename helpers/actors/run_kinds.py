"""What an unknown capitalised run names, read from the words around it: a listed company ("companies such as
Kestrelcorp"), a thing (a law, a storm, a disease named after someone), or a place ("in Valparaíso", "the town of Mae
Kestrel"). :class:`helpers.actors.discovery.Discovery` asks these before it makes a run a person.

Example:
    >>> keys = "Firms such as Kestrelcorp said so".split()
    >>> listed_company(keys, [k.lower() for k in keys], 3, 0, frozenset({"firms"}))
    True
"""

from __future__ import annotations

from collections.abc import Mapping

from .shapes import (
    ADJECTIVE_ENDINGS,
    CLOSING_QUOTES,
    CONNECTORS,
    OPENING_QUOTES,
    acronym_shape,
    initials,
    joined_initials,
    modifier_word,
    word_in_brackets,
)

__all__ = [
    "spelled",
    "spelled_link",
    "after_backer",
    "initials_open_name",
    "country_body_run",
    "first_connector",
    "used_alone",
    "name_before_of",
    "no_person_run",
    "on_link",
    "workplace_run",
    "bank_compound",
    "known_org_in_brackets",
    "listed_company",
    "listed_company_at",
    "named_before_company_noun",
    "names_a_thing",
    "owner_before_run",
    "place_run",
    "quoted_nickname",
    "titled_name_length",
    "word_before_run",
]

#: How many units back a listed name may be from "companies such as" ("employers including A, B and C")
LIST_REACH = 12


def listed_company(keys: list[str], lower: list[str], i: int, lo: int, plurals: frozenset[str],
                   nouns: frozenset[str] = frozenset(), stops: frozenset[str] = frozenset()) -> bool:
    """Is unit ``i`` (of a sentence starting at ``lo``) in a list of names after "companies such as",
    "employers including" … (a noun of ``plurals``), or right after a noun for a company (``nouns``: "retailer
    Kestrelmart", "German retailers Osprey, Dorvale and Lark")? A word of ``stops`` (a day, a month) between them
    ends the list ("on Kestrel television Thursday, Ruiz said").

    Example:
        >>> keys = "Firms such as Kestrelcorp and Dorvale Foods , and people like Tom . Retailers Osprey and Lark".split()
        >>> lower = [k.lower() for k in keys]
        >>> [listed_company(keys, lower, i, 0, frozenset({"firms"})) for i in (3, 5, 12)]
        [True, True, False]
        >>> [listed_company(keys, lower, i, 13, frozenset(), frozenset({"retailers"})) for i in (14, 16)]  # the second sentence
        [True, True]
    """
    for k in range(i - 1, max(lo, i - LIST_REACH) - 1, -1):
        if lower[k] in stops:
            return False
        noun = _list_opener(lower, k, lo)
        if noun is not None:
            return noun >= lo and lower[noun] in plurals
        if not (keys[k][:1].isupper() or lower[k] in (",", "and", "or", "&")):
            return lower[k] in nouns and lower[k + 1] != ","  # not "a law firm, Kestrel & Lark": an apposition
        if k == lo and lower[k] in nouns and lower[k + 1] != ",":
            return True  # "Retailers Osprey and Lark" opening a sentence
    return False


def listed_company_at(reader, i: int) -> bool:
    """:func:`listed_company` for unit ``i`` of a reader, with the cues ``company_plural`` and ``company_before_name``;
    a word joined to a word in lower case by a hyphen is a modifier, no company ("a bank or Kestrel-foreign joint venture").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("German retailer Kestrelmart said so. A bank or Kestrel-foreign venture bank must comply.")
        >>> listed_company_at(r, r.keys.index("Kestrelmart")), listed_company_at(r, r.keys.index("Kestrel-foreign"))
        (True, False)
    """
    if any(part[:1].islower() for part in reader.keys[i].split("-")[1:]):
        return False
    cues = reader.cues
    return listed_company(reader.keys, reader.lower, i, reader.lo[i], cues["company_plural"], cues["company_before_name"], reader.lex.calendar)


def named_before_company_noun(reader, i: int, j: int) -> bool:
    """Is the capitalised run at units ``i:j`` a company or a newspaper named between "the" and a noun for one
    (``company_after_name``), one word in lower case allowed before that noun ("the Kestrel company", "the Kestrelgard
    newspaper", "the Nihon Kestrel business daily") and one after "the" ("the state-owned Kestrel news agency"), or a
    newspaper cited with no "the" (:func:`_publication_cited`: "…, Kestrelia newspaper said"; not opening the sentence,
    nor after "a": "A Kisumu newspaper said" names its town)? One word shaped like an adjective is none ("the Arabic daily").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ana Ruiz told the Kestrelia newspaper and the Dorvale business daily, not the Lark people "
        ...                "nor the Maoist rebel group Red Kestrel nor the Arabic daily, and the state-run Ibis news agency.")
        >>> [named_before_company_noun(r, r.keys.index(k), r.keys.index(k) + 1) for k in ("Kestrelia", "Dorvale", "Lark", "Maoist", "Arabic", "Ibis")]
        [True, True, False, False, False, True]
    """
    hi, lower, lo = reader.hi[i], reader.lower, reader.lo[i]
    after_the = i - 1 >= lo and lower[i - 1] == "the"
    after_the_adjective = i - 2 >= lo and lower[i - 2] == "the" and reader.keys[i - 1].replace("-", "").isalpha() \
        and reader.keys[i - 1].islower() and lower[i - 1] not in reader.lex.stopwords  # "the state-owned Kestrel news agency"
    cited = _publication_cited(reader, j) and not reader.firsts[i] and not (i - 1 >= lo and lower[i - 1] in reader.determiners["indefinite"])
    if not ((after_the or after_the_adjective or cited) and j < hi) or any("-" in key for key in reader.keys[i:j]):
        return False  # not "the Kestrel-backed advocacy group", "the Dorvale-based firm": a modifier
    nouns = reader.cues["company_after_name"]
    noun = j if lower[j] in nouns else j + 1 if j + 1 < hi and reader.keys[j].isalpha() and reader.keys[j].islower() and lower[j + 1] in nouns else None
    if noun is None or j - i == 1 and (lower[noun] == "group" or _adjective_like(reader, reader.keys[i])):
        return False  # "the Green group": a faction's adjective; "the Arabic daily", "the Central bank": an adjective
    return not (noun + 1 < hi and (reader.keys[noun + 1][:1].isupper() or lower[noun + 1] == "of"))  # not "the Bengali newspaper Kestrel Times", "the Reserve bank of …"


def _publication_cited(reader, j: int) -> bool:
    """Is unit ``j`` a newspaper's noun that a speech verb follows ("Kestrelia newspaper said", "Ibis daily reported"):
    the capitalised word before it names the newspaper though no "the" opens the phrase?"""
    if not (j < len(reader.keys) and j + 1 < reader.hi[j]):
        return False
    found = reader.lex.collective.get((reader.lower[j],))
    return found is not None and "@publication" in found.candidates and reader.lower[j + 1] in reader.lex.reporting


def _adjective_like(reader, word: str) -> bool:
    """Is ``word`` a people's or a region's word or shaped like an adjective (cue ``adjective_ending``: "Arabic",
    "Central", "English"), so that "the Arabic daily" names no newspaper?"""
    cues = reader.cues
    return word in cues["group_word"] or word in cues["region_adjective"] or word.lower().endswith(tuple(cues["adjective_ending"]))


def _list_opener(lower: list[str], k: int, lo: int) -> int | None:
    """The unit before "including", "like" or "such as" at unit ``k`` (skipping a comma), or None."""
    if lower[k] in ("including", "like"):
        noun = k - 1
    elif lower[k] == "as" and k - 1 >= lo and lower[k - 1] == "such":
        noun = k - 2
    else:
        return None
    return noun - 1 if noun > lo and lower[noun] == "," else noun


def names_a_thing(reader, i: int, keys: list[str]) -> bool:
    """Does the capitalised run ``keys`` at unit ``i`` name a law, a plan, a treaty, a war or a day ("the Clean
    Water Act", "Election Day", "Social Security"), alone or with the word before it ("No Child Left Behind"), or a
    storm or an operation (cue ``thing_prefix``: "Hurricane Hugo", "Operation Desert Shield"), a disease named after
    a person (cue ``eponym_noun``: "Lou Kestrel's disease"), a plural's event ("the Leaders' Meeting") or an office's
    field before its title ("Public Security Minister")?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("She backed No Child Left Behind. Ana Ruiz spoke.")
        >>> names_a_thing(r, r.keys.index("Child"), ["Child", "Left", "Behind"]), names_a_thing(r, r.keys.index("Ana"), ["Ana", "Ruiz"])
        (True, False)
    """
    things = reader.cues["thing_name"]
    if keys[-1] in reader.cues["thing_head"] and keys[0] not in reader.lex.given_names or " ".join(keys) in things:
        return True
    if len(keys) > 2 and " ".join(keys[-2:]) in things and all(k[:1].isupper() for k in keys):
        return True  # "the African Champions League", "the Malaysian Grand Prix"; not "the Ministry of Social Security"
    if keys[0] in reader.cues["thing_prefix"] or i > reader.lo[i] and reader.keys[i - 1] in reader.cues["thing_prefix"]:
        return True  # "Hurricane Hugo", "Operation Desert Shield"
    end = i + len(keys)
    if end + 1 < reader.hi[i] and reader.keys[end] == "'s" and reader.lower[end + 1] in reader.cues["eponym_noun"]:
        return True  # "Lou Kestrel's disease": a disease named after a person
    if end + 1 < reader.hi[i] and reader.keys[end] in ("'", "'s") and reader.keys[end + 1] in reader.cues["thing_head"] and keys[-1].endswith("s"):
        return True  # "the Economic Leaders' Meeting", "the Senior Officials' Meeting": a plural's event
    title = reader.lex.titles.get((reader.keys[end],)) if end < reader.hi[i] and keys[-1] in reader.cues["portfolio"] else None
    if title is not None and title.kind == "office":
        return True  # "Public Security Minister", "Overseas Development Minister": an office's field
    return i > reader.lo[i] and f"{reader.keys[i - 1]} {' '.join(keys)}" in things


def word_before_run(reader, i: int) -> str:
    """The lower-case word before the capitalised run at unit ``i`` ("" at a sentence's start); "in" after a noun of
    land and "of" ("the town of Mae Kestrel", "the suburb of Kestrel Pines": cue ``place_before_of``), also for a
    second name joined by "and" ("between the towns of Kestrel Pines and Deir el-Kestrel"; not after a comma: "the
    island of Kestrel, Ana Ruiz, a member").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("They drove to the town of Kestrel Pines. Then Ana Ruiz spoke.")
        >>> word_before_run(r, r.keys.index("Kestrel")), word_before_run(r, r.keys.index("Ruiz") - 1)
        ('in', 'then')
    """
    lo, lower, keys = reader.lo[i], reader.lower, reader.keys
    k = i - 1
    if k - 1 > lo and lower[k] == "and" and keys[k - 1][:1].isupper():
        k -= 1  # back over the name before "and": "the towns of Kestrel Pines and Deir el-Kestrel"
        while k - 1 >= lo and keys[k - 1][:1].isupper():
            k -= 1
        k -= 1
    if reader.after_noun_of_place(k + 1):
        return "in"
    return lower[i - 1] if i > lo else ""


def place_run(before: str, keys: list[str], given_names: Mapping[str, str], cues: Mapping[str, frozenset[str]]) -> bool:
    """Is the unknown capitalised run ``keys`` after the word ``before`` a place or a thing, not an actor?

    After "in", "over" … (``locative_run``) or an article, ending in a place word or opening with one
    (``place_prefix``: "Cape Breton", "Fort Pierce"), it is,
    unless it is a known given name and a family name ("won over Donald Trump", "the Alice Ruiz
    campaign"): a place named like a person ends in a settlement word ("in Alice Springs").

    Example:
        >>> cues = {"locative_run": {"over", "in"}, "article_word": {"the"}, "place_head": {"River"}, "settlement_head": {"Springs"},
        ...         "place_prefix": {"Fort"}}
        >>> given = {"Donald": "male", "Alice": "female"}
        >>> [place_run(b, k, given, cues) for b, k in [("over", ["Donald", "Trump"]), ("in", ["Alice", "Springs"]), ("in", ["Valparaíso"])]]
        [False, True, True]
        >>> place_run("the", ["Alice", "Ruiz"], given, cues), place_run("the", ["Kestrel", "Bay"], given, cues)
        (False, True)
        >>> place_run("said", ["Fort", "Kestrel"], given, cues), place_run("said", ["Tom", "Kestrel"], given, cues)
        (True, False)
    """
    full_name = len(keys) >= 2 and keys[0] in given_names and keys[-1] not in cues["settlement_head"]
    locative = before in cues["locative_run"] and not full_name
    prefixed = len(keys) >= 2 and keys[0] in cues["place_prefix"]  # "Cape Breton", "Fort Pierce"
    return locative or before in cues["article_word"] and not full_name or keys[-1] in cues["place_head"] or prefixed


def owner_before_run(reader, i: int) -> int:
    """Where an organisation's name that starts at unit ``i`` really starts: at the country of one to three words, or the
    party's adjective, right before it ("U.S. Department of Agriculture", "Sri Lanka Kestrel Mission", "Democratic
    National Committee").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("They met the Sri Lanka Kestrel Mission.")
        >>> r.keys[owner_before_run(r, r.keys.index("Kestrel"))]
        'Sri'
    """
    for back in (1, 2, 3):
        n, entries = reader.match(i - back) if i - back >= reader.lo[i] else (0, ())
        if n == back and any(e.form in ("NAME", "ADJ") and reader._type(e) == "COUNTRY" or e.form == "ADJ" and reader._type(e) == "ORG" for e in entries):
            return i - back
    return i


def known_org_in_brackets(reader, i: int, j: int) -> str | None:
    """The known organisation named alone in brackets right after the run at units ``i:j`` ("the Islamic Kestrel
    Movement (Hamas)"): the run is another name of it. None at the sentence's or the text's end.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The Islamic Kestrel Movement (Hamas) said so. It spoke to the Kestrel Harbour Foundation")
        >>> known_org_in_brackets(r, 2, r.keys.index("(")), known_org_in_brackets(r, len(r.keys) - 3, len(r.keys))
        ('HAMAS', None)
    """
    if not word_in_brackets(reader.keys, j, reader.hi[i]):
        return None
    n, entries = reader.match(j + 1)
    return next((e.actor_id for e in entries if n == 1 and e.form == "NAME" and reader._type(e) == "ORG"), None)


def workplace_run(reader, i: int, j: int, speakers: bool = True) -> bool:
    """Is the capitalised run at units ``i:j`` where someone works: after "at" or "with" that follows a job word
    (``workplace_role``: "an analyst at Kestrel Trading", "economists with Harbourline Securities") or the full
    name of a person who speaks ("said Ana Ruiz at Kestrel Capital", "Ana Ruiz at Kestrel Capital said")? Then it
    is a company, not a place. With ``speakers`` False only the job word counts (a single word after a speaker's name
    is as often a place: "Ana Ruiz at Glastonbury said").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Prices rose, said analysts at Kestrel Trading. Ana Ruiz at Harbour Partners agreed.")
        >>> k, h = r.keys.index("Kestrel"), r.keys.index("Harbour")
        >>> workplace_run(r, k, k + 2), workplace_run(r, h, h + 2)
        (True, False)
    """
    lo, lower = reader.lo[i], reader.lower
    if i - 2 < lo or lower[i - 1] not in ("at", "with"):
        return False
    if lower[i - 2] in reader.cues["workplace_role"]:
        return True
    if not speakers:
        return False
    k = i - 2
    while k >= lo and reader.nameish(k):
        k -= 1
    speaks_after = j < reader.hi[i] and lower[j] in ("said", "says", "told")
    return i - 2 - k >= 2 and (k >= lo and lower[k] in ("said", "says") or speaks_after)  # a speaker's firm


def bank_compound(key: str) -> bool:
    """Is ``key`` one capitalised word that ends in "bank" and names a bank ("Bundesbank", "Landesbank")?

    Example:
        >>> bank_compound("Bundesbank"), bank_compound("Landesbank"), bank_compound("Bank"), bank_compound("bundesbank")
        (True, True, False, False)
    """
    return len(key) >= 8 and key[:1].isupper() and key[1:].islower() and key.isalpha() and key.endswith("bank")


def demonym_link(reader, i: int, j: int) -> bool:
    """Does "of" at unit ``j`` join the head word opening a run at unit ``i`` to a people's adjective and the rest of an
    organisation's name ("Confederation of Kestrelian Industry", "Federation of Kestrelian Chambers of Commerce")?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The Confederation of Indian Industry met. Ana Ruiz of Indian Oil spoke.")
        >>> of, ruiz = r.keys.index("of"), r.keys.index("Ruiz")
        >>> demonym_link(r, of - 1, of), demonym_link(r, ruiz, ruiz + 1)
        (True, False)
    """
    keys, hi = reader.keys, reader.hi[j]
    if keys[j] != "of" or keys[i] not in reader.heads or j + 2 >= hi or not (reader.nameish(j + 2) or keys[j + 2] in reader.heads):
        return False
    n, entries = reader.match(j + 1)
    return n == 1 and any(e.form == "ADJ" for e in entries)


def on_link(reader, j: int) -> bool:
    """Does "on" at unit ``j`` join a head word (cue ``on_head``) to the rest of an organisation's name ("Council on
    Foreign Relations", "Intergovernmental Authority on Development"), not to a day or a known name ("the Council on
    Tuesday", "the Commission on Kestrelia")?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The Council on Foreign Relations met. The Council on Tuesday voted.")
        >>> [on_link(r, k) for k, key in enumerate(r.keys) if key == "on"]
        [True, False]
    """
    keys = reader.keys
    return keys[j] == "on" and keys[j - 1] in reader.cues["on_head"] and reader.nameish(j + 1) and not reader.match(j + 1).length


def spelled(reader, i: int, j: int) -> bool:
    """Is units ``i:j`` followed by "(ACRONYM)" made of its capitalised words' initials?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The Kestrel Harbour Trust (KHT) met.")
        >>> k = r.keys.index("Kestrel")
        >>> spelled(r, k, k + 3), spelled(r, k, k + 2)
        (True, False)
    """
    if not word_in_brackets(reader.keys, j, reader.hi[i]):
        return False
    acronym = reader.keys[j + 1].replace(".", "")
    capitals = "".join(c for c in acronym if c.isupper())  # a mixed-case acronym is spelled by its capitals
    return acronym_shape(acronym) and capitals == initials(reader.keys[i:j])


def spelled_link(reader, i: int, j: int) -> bool:
    """Does "in" at unit ``j`` join a run from ``i`` to the place that ends an organisation's name, where the acronym in
    brackets after the place spells the whole name ("Organization for Security and Co-operation in Europe (OSCE)",
    "the Kestrel Institute in Harbourland (KIH)")? Only the spelling decides: with no bracketed acronym, or one the
    run's words do not spell ("Ana Ruiz in Ospreyland (KIO)"), "in" ends the run.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The Kestrel Institute in Ospreyland (KIO) met. Ana Ruiz in Ospreyland (KIO) spoke.")
        >>> kestrel, ana = r.keys.index("Kestrel"), r.keys.index("Ana")
        >>> spelled_link(r, kestrel, kestrel + 2), spelled_link(r, ana, ana + 2)
        (True, False)
    """
    if reader.keys[j] != "in":
        return False
    end = j + 1
    while end < reader.hi[j] and end - j <= 3 and reader.keys[end][:1].isupper() and reader.keys[end] != "(":
        end += 1
    return end > j + 1 and spelled(reader, i, end)


def no_person_run(reader, i: int, j: int) -> bool:
    """Is the capitalised run ``i:j`` (neither organisation nor company) no person's name, by its words? A national
    body opens it ("the House Maravi bill"), a region's adjective opens or ends it ("Lower Southern counties",
    "Northern Kestrelvaal"), a word for a place or a thing follows it ("Ana Ruiz airport", "the Angkor Wat temples",
    "the Hang Seng index", "its Wun Kestrel stronghold": ``place_head``, ``place_after_run``), it ends in a people's adjective before a lower-case word ("Three-time Asian champions",
    "Young Catholic voters"), or it is the opening of a longer title ("Deputy Prime" in "Deputy Prime Minister and
    Finance Minister Ana Ruiz").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> reader = reader_for("Three-time Asian champions Kestrelia have a tough draw.")
        >>> no_person_run(reader, 1, 3), no_person_run(reader, 4, 5)
        (True, False)
    """
    keys, cues, after = reader.keys, reader.cues, reader.keys[j] if j < reader.hi[i] else ""
    if keys[i] in reader.lex.national_bodies or cues["region_adjective"].intersection((keys[i], keys[j - 1])):
        return True
    if reader.title(i).length > j - i or "of" in keys[i:j]:
        return True  # "Deputy Prime" of "Deputy Prime Minister"; "Chief of Defense Forces of Kestrelia": no name has "of"
    if not after.islower():
        return False
    place = after.capitalize() in cues["place_head"] or after.endswith("s") and after[:-1].capitalize() in cues["place_head"] or after in cues["place_after_run"]
    return place or after in cues["acronym_thing_after"] or keys[j - 1] in cues["group_word"] and keys[j - 1].endswith(ADJECTIVE_ENDINGS)


def name_before_of(reader, i: int, j: int) -> list[tuple[str, ...]]:
    """The short name of the organisation named by run ``i:j`` when it reads "<two or more words ending in a head
    word> of …": those words ("World Council of Kestrel Communities" … "World Council"); none for one word ("Bank of
    Kestrelia" is never "Bank"), nor when the words name something else elsewhere in the article: another "… of" name
    ("Acoustical Society of Kestrelia" beside "… of Osprey"), one with its own acronym ("Kestrel Democratic Party
    (KDP)"), or a longer name ("Osprey Buddhist Association").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> reader = reader_for("The World Council of Kestrel Churches met. The World Council said no.")
        >>> name_before_of(reader, 2, 7)
        [('World', 'Council')]
    """
    keys = reader.keys
    k = keys.index("of", i, j) - i if "of" in keys[i:j] else 0
    prefix = tuple(keys[i:i + k])
    if k < 2 or prefix[-1] not in reader.heads or not all(key[:1].isupper() for key in prefix):
        return []
    p = i
    while (p := _next_at(keys, prefix, p + 1)) is not None:
        if keys[p + k:p + k + 1] == ["of"] and keys[p:p + j - i] != keys[i:j]:
            return []
    return [prefix] if used_alone(reader, i, k) else []


def used_alone(reader, i: int, k: int) -> bool:
    """May the ``k`` words at unit ``i`` stand alone for the name they open? Not when elsewhere in the article they
    open or end a longer name ("Dorvane" beside "Dorvane National Liberation Front", "Buddhist Association" inside "Osprey
    Buddhist Association") or carry an acronym of their own ("Kestrel Democratic Party (KDP)").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> reader = reader_for("The Dorvane Islamic Front met. The Dorvane National Front did not.")
        >>> used_alone(reader, 2, 1), used_alone(reader, 3, 1)
        (False, True)
    """
    keys, words, p = reader.keys, tuple(reader.keys[i:i + k]), -1
    while (p := _next_at(keys, words, p + 1)) is not None:
        after = keys[p + k] if p + k < reader.hi[p] else ""
        before = keys[p - 1] if p > reader.lo[p] else ""
        if p != i and (after == "(" or after[:1].isupper() or before[:1].isupper() and before.lower() not in reader.lex.stopwords):
            return False
    return True


def _next_at(keys: list[str], words: tuple[str, ...], start: int) -> int | None:
    """The first unit from ``start`` where ``words`` stand in ``keys`` (found with ``list.index``, a scan in C)."""
    while True:
        try:
            start = keys.index(words[0], start)
        except ValueError:
            return None
        if tuple(keys[start:start + len(words)]) == words:
            return start
        start += 1


def country_body_run(reader, k: int) -> bool:
    """Do the words from unit ``k``, right after a country's name, name a body of that country: one to four
    capitalised words (or "and", "&" between them) ending in an organisation's head word that ends the name ("Kestrelia
    Audio and Video Association", "Kestrelia Study Group")? Then the country's name opens the body's name.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The Kestrelia Audio and Video Association met. Kestrelia Airport was shut.")
        >>> country_body_run(r, r.keys.index("Audio")), country_body_run(r, r.keys.index("Airport"))
        (True, False)
    """
    keys, hi = reader.keys, reader.hi[k] if k < len(reader.keys) else k
    for m in range(k, min(hi, k + 5)):
        after = keys[m + 1] if m + 1 < hi else ""
        if keys[m] in reader.heads and keys[m - 1] not in ("and", "&") and not (after[:1].isupper() or after in ("of", "and", "&")):
            return True  # the head ends the name: not "Kestrelia National Petroleum and Natural Gas Company", too long to be one
        if not (keys[m][:1].isupper() and keys[m].isalpha() or m > k and keys[m] in ("and", "&")):
            return False
    return False


def after_backer(reader, i: int, j: int) -> int | None:
    """Where the name in the capitalised run ``i:j`` starts once a backer or birthplace of three words or more is passed
    over ("the Kestrelian-backed Dorvane Front", "Serb-held Doboj Kestrel": cues ``modifier_suffix`` and
    ``opening_modifier_suffix``); None when what is left is a name the tables know ("the Cairo-based Arab League").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The Kestrelian-backed Dorvane Front and the Cairo-based Arab League met.")
        >>> k = r.keys.index("Kestrelian-backed")
        >>> r.keys[after_backer(r, k, k + 3)], after_backer(r, k + 5, k + 8)
        ('Dorvane', None)
    """
    if j - i >= 3 and modifier_word(reader.keys[i], reader.cues["modifier_suffix"] | reader.cues["opening_modifier_suffix"]):
        i += 1
        if reader.match(i).length >= j - i:
            return None
    return i


def initials_open_name(reader, i: int) -> bool:
    """Do joined initials at unit ``i`` open a person's name ("T.R. Kestrelan said", "Sales rose 12 percent, S.C.
    Kestrel, chairman, said")? Not a region's after a comma that a place's capitalised name comes before ("Lodi, N.J.",
    "Kamloops, B.C."), a known name ("U.S. Constitution") or initials before a portfolio ("B.C. Forests Minister").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Said T.R. Kestrelan. A firm in Lodi, N.J. Harmony said so. Net fell, J.C. Kestrel said.")
        >>> [initials_open_name(r, r.keys.index(k)) for k in ("T.R.", "N.J.", "J.C.")]
        [True, False, True]
    """
    keys, hi = reader.keys, reader.hi[i]
    region = keys[i - 1] == "," and i - 2 >= reader.lo[i] and keys[i - 2][:1].isupper()  # "Lodi, N.J.", "Kamloops, B.C."
    return joined_initials(keys[i]) and i + 1 < hi and reader.nameish(i + 1) and not region and not reader.match(i).length \
        and not (i + 2 < hi and reader.title(i + 2).length)


def quoted_nickname(reader, j: int) -> int:
    """How many units from ``j`` make a nickname in quote marks inside a person's name, after a known given name and
    before the surname ("Joaquin “El Chapo” Guzman", "Ana "Nina'' Ruiz" with two apostrophes as the closing mark);
    0 if none, as in a headline's "Kestrel 'Beauty' Joke".

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Police held Tomas “El Gato” Kestrel on Monday. He said “Yes” Kestrel.")
        >>> quoted_nickname(r, r.keys.index("Tomas") + 1), quoted_nickname(r, r.keys.index("said") + 1)
        (4, 0)
    """
    keys, hi = reader.keys, reader.hi[j]
    if keys[j] not in OPENING_QUOTES or j == reader.lo[j] or not reader.nameish(j - 1):
        return 0
    if not reader.lex.given_names.keys() & set(keys[max(reader.lo[j], j - 3):j]):
        return 0
    k = j + 1
    while k < min(hi, j + 4) and keys[k][:1].isupper() and keys[k] not in CLOSING_QUOTES:
        k += 1
    if k == j + 1 or k >= hi or keys[k] not in CLOSING_QUOTES:
        return 0
    k += 1 if keys[k] == "'" and k + 1 < hi and keys[k + 1] == "'" else 0
    return k + 1 - j if k + 1 < hi and reader.nameish(k + 1) else 0


def first_connector(reader, i: int, j: int) -> int:
    """Where a capitalised run ``i:j`` that names no organisation ends: at its first connector, apostrophe or "the"
    ("Ana Ruiz and Tom Lee" ends at "and"), or at ``j``; a nickname's quote marks stay inside ("Ana “Nina” Ruiz").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ana Ruiz and Tom Lee came.")
        >>> first_connector(r, 1, 6)
        3
    """
    k = i
    while k < j:
        if nick := quoted_nickname(reader, k):
            k += nick
        elif reader.keys[k] in (*CONNECTORS, "'", "the"):
            return k
        else:
            k += 1
    return j


def titled_name_length(reader, i: int) -> int:
    """How many units the known name at unit ``i`` has when it names a person the article gave a title or role ("Prince
    Ana Ruiz" … "the Ana Ruiz Party": 2), else 0; inside those units no known name ends a capitalised run.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Prince Vorodan Kestrel spoke. The Vorodan Kestrel Party met. Tom Lee came.")
        >>> r.discover()
        >>> titled_name_length(r, r.keys.index("Vorodan")), titled_name_length(r, r.keys.index("Tom"))
        (2, 0)
    """
    length, entries = reader.match(i)
    return length if any(reader.known(e.actor_id) and reader.actor(e.actor_id).roles for e in entries) else 0
