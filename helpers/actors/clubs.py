"""Sports clubs named by their town and a nickname in the plural: "the Chicago Kestrels", "the Osprey Bay Blue Herons".

North American clubs, and many elsewhere, are called by a known place (``places.txt``, a capital) and one or two
capitalised words ending in a plural: the run is one organisation, and the nickname alone ("the Kestrels")
is its short name, in a shouted headline too ("KESTRELS EDGE HERONS"). A plural that is a place's, an event's, an
outlet's or a people's word is no nickname ("the Florida Keys", "the Atlanta Games", "the New York Times", "Texas
Democrats": cues ``place_head``, ``thing_head``, ``publication_head``, ``member_plural``, ``group_word`` … and
``not_a_nickname``), nor a surname of someone named with a given name elsewhere ("the Miami Ruizes", "a fellow New
Hampshire Ruiz voter").

In a sports report (:func:`sports_report`: three scores or more, one after a word of play or with an unambiguous
word of sport in the article) more of a club's names count: a town that plays stands for its club ("Leeds beat
Hull 2-0": :func:`club_of_town`), "the" and an unknown plural ("the Herons"), a people's plural after a town ("the
Cleveland Indians") and an unknown word alone with a result ("Kestrelia beat Heronsby 2-1":
:func:`discover_unknown_clubs`).

Example:
    >>> from helpers.actors.reader import reader_for
    >>> r = reader_for("The Chicago Kestrels beat the Boston Herons. The Kestrels won in the Florida Keys.")
    >>> covered = set()
    >>> discover_clubs(r, covered)
    >>> sorted(a for a in r.actors if r.actors[a].origin == "discovered")
    ['BOSTON_HERONS', 'CHICAGO_KESTRELS']
    >>> r.match(r.keys.index("Kestrels", 5)).entries[0].actor_id
    'CHICAGO_KESTRELS'
"""

from __future__ import annotations

from .places import place_actor
from .shapes import CONNECTORS
from .tables import Club, snake_id, sports_clubs

__all__ = ["club_of_town", "discover_clubs", "discover_listed_clubs", "discover_unknown_clubs", "nickname_end", "plays_at", "sports_report", "surname_after_name"]

#: the most words of a club's nickname after its place ("Blue Jays")
NICKNAME_WORDS = 2
#: the most words of a club's name in ``sports_clubs.csv`` ("West Bromwich Albion")
CLUB_NAME_WORDS = 3
#: the fewest scores ("2-0", "10-2") that make an article a sports report
SPORTS_SCORES = 3
#: the distinct words of sport that make an article with one score a sports report (a single match's report)
SPORTS_WORDS = 2
#: the clubs named in full ("Bayern Munich", "Newcastle United") that make an article a sports report without a score
SPORTS_CLUBS = 2
#: the distinct words of sport that make an article a sports report without a score (an injury report: "playoff",
#: "rushing", "roster", "linebacker", "preseason", "receiver"; no read report that is not about sport has more than five)
SPORTS_WORDS_ALONE = 6
#: the countries whose clubs news names by town and nickname apart ("New Orleans … the Saints": the North American leagues)
TOWN_AND_NICKNAME_COUNTRIES = frozenset({"USA", "CAN"})
#: the cue kinds whose words end no nickname: a place's, an event's, an outlet's, an organisation's or a people's
NOT_NICKNAME_CUES = ("place_head", "thing_head", "venue_head", "settlement_head", "publication_head", "org_head",
                     "company_head", "group_word", "member_plural", "not_a_nickname")


def discover_clubs(reader, covered: set[int]) -> None:
    """0. Each run of a known place and a plural nickname becomes a club (rule ``discovered_org``, id from its name),
    its nickname alone an alias; its units are ``covered`` so that no later pass reads a person there. Then the
    clubs of ``sports_clubs.csv`` (:func:`discover_listed_clubs`)."""
    for i in reader.capitalised:
        if i in covered or reader.sents[i] in reader.title_case:
            continue  # in a headline in title case every word is capitalised
        n, entries = reader.match(i)
        if not n or i + n >= reader.hi[i] or not any(e.form in ("PLACE", "CAPITAL") for e in entries):
            continue  # a nickname follows its place in the same sentence
        end = nickname_end(reader, i + n)
        if end is None:
            continue
        after = range(end, min(end + (1 if end < reader.hi[i] and reader.lower[end] in ("and", "or") else 2), reader.hi[i]))  # not "and coach …"
        if any(reader.role_noun(m).length or reader.lower[m] in reader.cues["club_modified_noun"] for m in after if reader.keys[m].islower()):
            continue  # "the New York Kestrels owner", "Boston Herons basketball star Ana Ruiz": a modifier of people
        name, oid = reader.text_of(i, end), snake_id(reader.text_of(i, end)).upper()
        reader._new_org(oid, name, i, aliases=[tuple(reader.keys[i:end]), tuple(reader.keys[i + n:end])])
        reader.club_towns.setdefault(reader.text_of(i, i + n), oid)  # "Boston" → the Boston Herons
        covered.update(range(i, end))
    discover_listed_clubs(reader, covered)  # 0b. the clubs of sports_clubs.csv, in a sports report
    if sports_report(reader):
        _clubs_by_town_and_nickname(reader)
        _bare_nicknames(reader, covered)


def _clubs_by_town_and_nickname(reader) -> None:
    """In a sports report, a club of ``sports_clubs.csv`` whose town and nickname the article writes apart ("New Orleans
    … the Saints", a nickname the table leaves out because another club, people or thing shares it): the nickname
    alone becomes its alias and the town names it where it plays (``club_towns``); not when two such clubs share
    the nickname ("New York … San Francisco … the Giants").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("New Orleans lost 24-21. The Saints missed the playoff, and their rushing, roster and quarterback suffered.")
        >>> _clubs_by_town_and_nickname(r)
        >>> r.match(r.keys.index("Saints")).entries[0].actor_id, r.club_towns["New Orleans"]
        ('NEW_ORLEANS_SAINTS', 'NEW_ORLEANS_SAINTS')
    """
    found: dict[tuple[str, ...], list[tuple[Club, tuple[str, ...], int]]] = {}
    for club in {c.actor_id: c for c in sports_clubs().values()}.values():
        if club.country not in TOWN_AND_NICKNAME_COUNTRIES:
            continue  # "Real Madrid", "Bayern Munich": no town and nickname
        name = club.keys[0]
        for cut in (1, 2):
            town, nick = name[:-cut], name[-cut:]
            if town and (at := _written_apart(reader, nick, town)) is not None and _written_apart(reader, town, nick) is not None:
                found.setdefault(nick, []).append((club, town, at))
    for nick, clubs in found.items():
        if len(clubs) == 1 and not reader.match(clubs[0][2]).length:
            club, town, at = clubs[0]
            reader._new_org(club.actor_id, club.name, at, aliases=[nick, club.keys[0]], rule="listed_club")
            reader.club_towns.setdefault(" ".join(town), club.actor_id)


def _written_apart(reader, words: tuple[str, ...], other: tuple[str, ...]) -> int | None:
    """The first unit where the article writes ``words`` capitalised, outside a title-case headline, not right after
    or before ``other`` (the rest of the club's name), or None."""
    n, keys = len(words), reader.keys
    for p in reader._positions(words[0], len(keys)):
        if tuple(keys[p : p + n]) != words or reader.sents[p] in reader.title_case:
            continue
        if p > reader.lo[p] and keys[p - 1][:1].isupper() and reader.lower[p - 1] not in reader.determiners["article"]:
            continue  # inside another name ("Manchester United" is no "Sheffield United")
        if tuple(reader.keys[max(0, p - len(other)) : p]) != other and tuple(reader.keys[p + n : p + n + len(other)]) != other:
            return p
    return None


def _bare_nicknames(reader, covered: set[int]) -> None:
    """In a sports report, "the" and an unknown plural nickname with no town before it is a club too ("the Herons
    beat the Kestrels 2-0"): the organisation of that nickname."""
    for i in reader.capitalised:
        if i in covered or i == reader.lo[i] or reader.lower[i - 1] != "the" or reader.sents[i] in reader.title_case \
                or reader.match(i).length:
            continue
        end = nickname_end(reader, i)
        if end == i + 1:  # one word: not "the Dow Jones average", "the New Yorkers", "the Grand Slams"
            name = reader.text_of(i, end)
            reader._new_org(snake_id(name).upper(), name, i, aliases=[tuple(reader.keys[i:end])])
            covered.update(range(i, end))


def nickname_end(reader, j: int) -> int | None:
    """The end of a club's nickname starting at unit ``j`` (one or two capitalised unknown words, or a people's plural in
    a sports report, "the Cleveland Indians"; the last a plural in -s, no other capitalised word after them), else None.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The Toronto Blue Herons won. The Florida Keys flooded. The Dallas Ana Ruiz Fund met.")
        >>> [(end := nickname_end(r, r.keys.index(w) + 1)) and r.keys[r.keys.index(w) + 1:end] for w in ("Toronto", "Florida", "Dallas")]
        [['Blue', 'Herons'], None, None]
    """
    keys, hi = reader.keys, reader.hi[j - 1]  # the sentence of the place before the nickname
    k = j
    while k < hi and k - j < NICKNAME_WORDS and keys[k].isalpha() and keys[k][:1].isupper() and not keys[k].isupper() \
            and (not reader.match(k).length or k == j and _people_nickname(reader, k)):
        k += 1
    if k == j or k < hi and keys[k][:1].isupper() or k + 1 < hi and keys[k] in CONNECTORS and keys[k + 1][:1].isupper():
        return None  # no nickname, or a longer name ("the Dallas Ana Ruiz Fund", "New York Friends for Change")
    last = keys[k - 1]
    if not last.endswith("s") or last.endswith(("ss", "us", "is")) or last.lower() in reader.lex.stopwords \
            or any(last in reader.cues[kind] for kind in NOT_NICKNAME_CUES):
        return None  # "the Iowa Caucus", "Washington D.C. This": no plural
    stems = {last, last[:-1]} | ({last[:-2]} if last.endswith("es") else set())
    if k - j == 1 and any(surname_after_name(reader, p) for stem in stems for p in reader._positions(stem, len(keys))):
        return None  # "a New Hampshire Ruiz veteran" beside "Ana Ruiz", "the Miami Ruizes": a person's surname, a family
    return k


def _people_nickname(reader, k: int) -> bool:
    """Is unit ``k`` a people's plural alone ("Indians") in a sports report, after a town: a nickname ("the Cleveland
    Indians"), not that people?"""
    n, entries = reader.match(k)
    return n == 1 and all(e.form == "PEOPLE" for e in entries) and sports_report(reader)


def surname_after_name(reader, p: int) -> bool:
    """Is unit ``p`` right after a capitalised word that is no place and no stopword ("Ana Ruiz", not "the Herons",
    "Boston Herons")?"""
    if p == 0 or p - 1 < reader.lo[p]:
        return False
    if any(reader.match(q).length == p - q and any(e.form in ("PLACE", "CAPITAL") for e in reader.match(q).entries)
           for q in range(max(reader.lo[p], p - 3), p)):
        return False  # "Los Angeles Herons": the club's own place
    before = reader.keys[p - 1]
    if not before.isalpha() or not before[:1].isupper() or before.isupper() or before.lower() in reader.lex.stopwords:
        return False
    return not any(e.form in ("PLACE", "CAPITAL") for e in reader.match(p - 1).entries)


def sports_report(reader) -> bool:
    """Does the article give :data:`SPORTS_SCORES` scores or more ("beat Leeds 2-0", "won 10-2"; not a price's
    fraction, "up 1-1/8"), one of them after a word of play (cues ``club_verb``, ``club_object_before``) or with a
    ``sports_word`` in the article ("goal", "innings": not an oil well's "Kestrel 10-23"), or one score and
    :data:`SPORTS_WORDS` different words of sport (a single match's report: "a 2-2 draw", "striker", "penalty"), or
    :data:`SPORTS_WORDS_ALONE` of them without a score (an injury report: "playoff", "rushing", "roster", "linebacker" …),
    or two clubs of the table named in full, or a team sport's label opening the headline (:func:`sport_label`)?
    Counted once.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> sports_report(reader_for("Leeds beat Hull 2-0, York drew 1-1 and Bath won 3-2.")), sports_report(reader_for("A 5-4 vote."))
        (True, False)
        >>> sports_report(reader_for("The Kestrel 10-23 well, the Heron 11-13 and the Ibis 2-25 tested wet."))
        False
    """
    if reader._sports is None:
        keys, text, scores, played = reader.keys, reader.article.text, 0, False
        plays = reader.cues["club_verb"] | reader.cues["club_object_before"]
        for k in range(1, len(keys) - 1):
            if keys[k] == "-" and _score_number(keys[k - 1]) and _score_number(keys[k + 1]) \
                    and reader.ends[k - 1] == reader.starts[k] and reader.ends[k] == reader.starts[k + 1] \
                    and text[reader.ends[k + 1]: reader.ends[k + 1] + 1] not in ("-", "/") and not _after_number(text, reader.starts[k - 1]):
                scores += 1  # not "1996-08-28" (a date) nor "up 1-1/8" (a price)
                played = played or any(reader.lower[m] in plays for m in range(max(reader.lo[k], k - 5), k - 1))
        words = len(reader.cues["sports_word"].intersection(reader.lower))
        played = played or scores >= SPORTS_SCORES and words > 0
        reader._sports = scores >= SPORTS_SCORES and played or scores > 0 and words >= SPORTS_WORDS or words >= SPORTS_WORDS_ALONE \
            or len(_clubs_named_in_full(reader)) >= SPORTS_CLUBS or sport_label(reader)  # one match report; an injury report; a preview or a transfer story
    return reader._sports


def sport_label(reader) -> bool:
    """Does one of the article's first two lines (the headline, or the line after it) open with a team sport's name
    and a spaced dash (hyphen, en or em dash) or a colon, as a wire service labels its sports stories ("SOCCER - BALL
    RESIGNS …", "Cricket: …"; cue ``sport_name``: golf or tennis, whose players play for no town, are left out)?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> sport_label(reader_for("SOCCER - KESTREL RESIGNS.\\n\\nAna Ruiz left.")), sport_label(reader_for("Soccer fans wait."))
        (True, False)
    """
    lines = [line for line in reader.article.text.split("\n", 6) if line.strip()][:2]
    labels = [line.replace("–", "-").replace("—", "-").replace(":", " -", 1).partition(" - ") for line in lines]
    return any(dash and head.strip().lower() in reader.cues["sport_name"] for head, dash, _ in labels)


def _clubs_named_in_full(reader) -> set[str]:
    """The clubs of ``sports_clubs.csv`` that the article names by a name of two words or more that no place shares
    ("Bayern Munich", "Newcastle United"; not "Manchester City", nor a longer name, "Celtic League Cup").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> sorted(_clubs_named_in_full(reader_for("Bayern Munich want the AC Milan playmaker. Chelsea too.")))
        ['AC_MILAN', 'BAYERN_MUNICH']
    """
    clubs, keys, named = sports_clubs(), reader.keys, set()
    for i in reader.capitalised:
        n = _listed_club_length(reader, i, clubs, least=2)
        if n and _no_place_shares(reader, i, n):
            named.add(clubs[tuple(keys[i : i + n])].actor_id)
    return named


def _listed_club_length(reader, i: int, clubs: dict, least: int = 1) -> int:
    """How many words (``least`` or more) the longest name of a club of ``sports_clubs.csv`` takes at unit ``i``, or 0:
    none there, or in a headline in title case, or inside a longer name (after a capitalised word other than "The",
    before a word of a name: "Celtic League")."""
    keys, lo, hi = reader.keys, reader.lo[i], reader.hi[i]
    if reader.sents[i] in reader.title_case or i > lo and keys[i - 1][:1].isupper() and reader.lower[i - 1] not in reader.determiners["article"]:
        return 0
    n = next((n for n in range(min(CLUB_NAME_WORDS, hi - i), least - 1, -1) if tuple(keys[i : i + n]) in clubs), 0)
    return 0 if n and i + n < hi and reader.nameish(i + n) else n


def _no_place_shares(reader, i: int, n: int) -> bool:
    """Does the club's name at units ``i:i+n`` (two words or more) end in no word of a place's name ("Crystal Palace",
    "Manchester City")?"""
    return reader.keys[i + n - 1] not in reader.cues["place_head"] and reader.keys[i + n - 1] != "City"


def _score_number(key: str) -> bool:
    """Can ``key`` be one side of a score (one to three digits: basketball scores "102-95")?

    Example:
        >>> _score_number("10"), _score_number("102"), _score_number("1996"), _score_number("2a")
        (True, True, False, False)
    """
    return key.isdigit() and len(key) <= 3


def _after_number(text: str, start: int) -> bool:
    """Does a digit, "-" or "/" come right before character ``start`` (the "08-28" of "1996-08-28")?"""
    return start > 0 and (text[start - 1].isdigit() or text[start - 1] in "-/")


def club_of_town(reader, i: int, j: int) -> str | None:
    """In a sports report, the club a town's name at units ``i:j`` stands for: the club the article names by its
    nickname, wherever the town acts or is spoken of (:func:`_stands_for_club`: "New Orleans finished 30th" beside "the
    Saints"); else, where it plays (cue ``club_verb`` after it, ``club_object_before``, a score after it, or its
    possessive before a player's name) and not after a word of place ("in Leeds"), the club :func:`discover_clubs`
    found for that town ("the Leeds Kestrels") or an organisation named after the town. None when the town is a place.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Chicago beat Denver 2-0 in Chicago. Dallas drew 1-1 with the Boston Herons. Boston won 3-2.")
        >>> discover_clubs(r, set())
        >>> [club_of_town(r, k, k + 1) for k, key in enumerate(r.keys) if key in ("Chicago", "Denver", "Boston")]
        ['CHICAGO', 'DENVER', None, None, 'BOSTON_HERONS']
    """
    if not sports_report(reader):
        return None
    club = reader.club_towns.get(reader.text_of(i, j))
    if club and _stands_for_club(reader, i, j):
        return club  # "New Orleans finished 30th" beside "the Saints"
    return (club or place_actor(reader, i, j)) if plays_at(reader, i, j) else None


def _stands_for_club(reader, i: int, j: int) -> bool:
    """Is the town at units ``i:j``, whose club the article names by its nickname, written where a club acts or is
    spoken of: not after a word of place, an article or "between", and before a lower-case word ("New Orleans
    finished 30th", "gave Texas a 2-0 lead"), a clause's end ("good news for New Orleans:") or a possessive ("New
    Orleans' season finale"); not before a role noun or a town's own noun (cue ``town_noun``: "Atlanta police",
    "Atlanta's mayor", "Seattle catcher Ana Ruiz") nor a capitalised word ("New Orleans Mayor …")."""
    before, hi, cues = reader.lower[i - 1] if i > reader.lo[i] else "", reader.hi[i], reader.cues
    if before in cues["locative"] or before in reader.determiners["article"] or before == "between":
        return False  # "in New Orleans", "a Dallas hospital", "flights between Atlanta and …"
    after = reader.keys[j] if j < hi else "."
    if after in ("'s", "'"):  # "New Orleans' season finale", not "Atlanta's mayor"
        return not (j + 1 < hi and ((reader.lower[j + 1],) in reader.lex.role_nouns or reader.lower[j + 1] in cues["town_noun"]))
    role_then_name = after.islower() and j + 1 < hi and reader.keys[j + 1][:1].isupper()  # "Seattle catcher Ana Ruiz"
    return not after[:1].isupper() and not role_then_name and after not in cues["town_noun"] and (after,) not in reader.lex.role_nouns


def plays_at(reader, i: int, j: int) -> bool:
    """Does the name at units ``i:j`` play in a match: a ``club_verb`` after it, a ``club_object_before`` before it, a
    score after it, or its possessive before a player's name; never after a word of place ("in Leeds") or "the"?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Leeds beat Hull 2-0 in Leeds. Leeds's Ana Ruiz scored. The Leeds lead grew. Hull 3-1.")
        >>> [plays_at(r, k, k + 1) for k, key in enumerate(r.keys) if key in ("Leeds", "Hull")]
        [True, True, False, True, False, True]
    """
    cues, lo, hi, lower = reader.cues, reader.lo[i], reader.hi[i], reader.lower
    before = lower[i - 1] if i > lo else ""
    if _lost_to(reader, i):
        return True  # "lost to Leeds", "at home to Hull": "to" is no word of place here
    if before in cues["locative"] or before == "the":
        return False  # "in Leeds", "the Leeds area"
    after = lower[j] if j < hi else ""
    score_after = j + 2 < hi and _score_number(reader.keys[j]) and reader.keys[j + 1] == "-"
    player = after == "'s" and j + 1 < hi and reader.keys[j + 1][:1].isupper() and not reader.title(j + 1).length  # "Atlanta's Ana Ruiz", not "Europe's top race", "Boston's Mayor Ruiz"
    return after in cues["club_verb"] or before in cues["club_object_before"] or score_after or player


def _lost_to(reader, i: int) -> bool:
    """Is the name at unit ``i`` the other side after "lost to", "drew with" or "at home to" (a ``club_verb`` or
    "home", then "to" or "with")?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Leeds lost to Hull 1-0 at home to York, then flew to Bath.")
        >>> [_lost_to(r, r.keys.index(w)) for w in ("Hull", "York", "Bath")]
        [True, True, False]
    """
    lower = reader.lower
    return i - 2 >= reader.lo[i] and lower[i - 1] in ("to", "with") and (lower[i - 2] in reader.cues["club_verb"] or lower[i - 2] == "home")


def discover_listed_clubs(reader, covered: set[int]) -> None:
    """0b. In a sports report, a football club of ``sports_clubs.csv`` named alone ("earn Middlesbrough a draw with
    visiting West Brom") is that club (rule ``listed_club``), and all its names become aliases ("Boro", "the
    Baggies"); in any other article only a name of two words or more that no place shares (:func:`_club_outside_sport`:
    "Bayern Munich have confirmed …"). Not inside a longer name ("Celtic League", "Chelsea Ruiz"), after a capitalised word, or where the
    word is a country or a person the tables know.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Middlesbrough drew 2-2 with West Brom. The striker scored a penalty. Boro led.")
        >>> discover_listed_clubs(r, set())
        >>> r.match(r.keys.index("Boro")).entries[0].actor_id
        'MIDDLESBROUGH'
    """
    report, clubs, keys = sports_report(reader), sports_clubs(), reader.keys
    for i in reader.capitalised:
        n = 0 if i in covered else _listed_club_length(reader, i, clubs)
        if not n:
            continue  # no club, or one inside a longer name ("Celtic League")
        if not report and not _club_outside_sport(reader, i, n):
            continue
        known = reader.match(i)
        if known.length > n or any(e.form == "NAME" and reader._type(e) in ("COUNTRY", "PERSON") for e in known.entries):
            continue
        club = clubs[tuple(keys[i : i + n])]
        reader._new_org(club.actor_id, club.name, i, aliases=list(club.keys), rule="listed_club")


def _club_outside_sport(reader, i: int, n: int) -> bool:
    """Outside a sports report, is the club's name at units ``i:i+n`` one of two words or more that no place shares
    ("Bayern Munich", not "Manchester City" or "Crystal Palace"), and before no role and name ("Kestrel Mavericks
    owner Ana Ruiz" stays one title phrase)?"""
    keys, hi = reader.keys, reader.hi[i]
    if n < 2 or not _no_place_shares(reader, i, n):
        return False
    after = keys[i + n : min(hi, i + n + 3)]  # "boss Ana Ruiz", "basketball star Ana Ruiz": a role and a name
    role = after and after[0].isalpha() and after[0].islower() and after[0] not in reader.lex.stopwords  # not "on Monday"
    return not (role and any(w[:1].isupper() and w.lower() not in reader.lex.calendar for w in after[1:]))


def discover_unknown_clubs(reader, covered: set[int]) -> None:
    """In a sports report, an unknown capitalised word alone in a result (:func:`_result_at`: "Piacenza beat Kestrelia
    2-1", not "Okonkwo scored twice") is a club, an organisation of that name; run after the people are discovered, so
    that a player's surname ("Ruiz beat Lee 6-3" after "Ana Ruiz") stays the player's.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Kestrelia beat Heronsby 2-1. Okonkwo scored. York drew 1-1 with Bath. Leeds won 3-0.")
        >>> discover_unknown_clubs(r, set())
        >>> sorted(a for a in r.actors if r.actors[a].origin == "discovered")
        ['HERONSBY', 'KESTRELIA', 'YORK']
    """
    if not sports_report(reader):
        return
    keys = reader.keys
    for i in reader.capitalised:
        if i in covered or reader.match(i).length or not reader.nameish(i) or keys[i].isupper() or reader.sents[i] in reader.title_case \
                or keys[i] in reader.lex.given_names:
            continue  # "against Petr": a player called by a given name
        alone = (i == reader.lo[i] or not keys[i - 1][:1].isupper()) and (i + 1 >= reader.hi[i] or not keys[i + 1][:1].isupper())
        if alone and plays_at(reader, i, i + 1) and _result_at(reader, i):
            reader._new_org(snake_id(keys[i]).upper(), keys[i], i)


def _result_at(reader, i: int) -> bool:
    """Is the word at unit ``i`` in a result, not a player's play ("Okonkwo scored twice"): a ``result_verb`` after it,
    a ``club_object_before`` before it, a score after it, or its possessive before a player's name?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Okonkwo scored as Kestrelia beat Heronsby 2-1, and Ibisham 0-0.")
        >>> [_result_at(r, r.keys.index(w)) for w in ("Okonkwo", "Kestrelia", "Heronsby", "Ibisham")]
        [False, True, True, True]
    """
    keys, hi = reader.keys, reader.hi[i]
    after = reader.lower[i + 1] if i + 1 < hi else ""
    before = reader.lower[i - 1] if i > reader.lo[i] else ""
    score = i + 3 < hi and _score_number(keys[i + 1]) and keys[i + 2] == "-"
    player = after == "'s" and i + 2 < hi and reader.keys[i + 2][:1].isupper() and not reader.title(i + 2).length  # "Heronsby's Ana Ruiz"
    return after in reader.cues["result_verb"] or before in reader.cues["club_object_before"] or score or player or _lost_to(reader, i)

