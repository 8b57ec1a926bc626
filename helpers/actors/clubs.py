"""Sports clubs named by their town and a nickname in the plural: "the Chicago Kestrels", "the Osprey Bay Blue Herons".

North American clubs, and many elsewhere, are called by a known place (``places.txt``, a capital) and one or two
capitalised words ending in a plural: the run is one organisation, and the nickname alone ("the Kestrels")
is its short name, in a shouted headline too ("KESTRELS EDGE HERONS"). A plural that is a place's, an event's, an
outlet's or a people's word is no nickname ("the Florida Keys", "the Atlanta Games", "the New York Times", "Texas
Democrats": cues ``place_head``, ``thing_head``, ``publication_head``, ``member_plural``, ``group_word`` … and
``not_a_nickname``), nor a surname of someone named with a given name elsewhere ("the Miami Ruizes", "a fellow New
Hampshire Ruiz voter").

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

from .shapes import CONNECTORS
from .tables import snake_id

__all__ = ["discover_clubs", "nickname_end", "surname_after_name"]

#: the most words of a club's nickname after its place ("Blue Jays")
NICKNAME_WORDS = 2
#: the cue kinds whose words end no nickname: a place's, an event's, an outlet's, an organisation's or a people's
NOT_NICKNAME_CUES = ("place_head", "thing_head", "venue_head", "settlement_head", "publication_head", "org_head",
                     "company_head", "group_word", "member_plural", "not_a_nickname")


def discover_clubs(reader, covered: set[int]) -> None:
    """0. Each run of a known place and a plural nickname becomes a club (rule ``discovered_org``, id from its name),
    its nickname alone an alias; its units are ``covered`` so that no later pass reads a person there."""
    for i in reader.capitalised:
        if i in covered or reader.sents[i] in reader.title_case:
            continue  # in a headline in title case every word is capitalised
        n, entries = reader.match(i)
        if not n or i + n >= reader.hi[i] or not any(e.form in ("PLACE", "CAPITAL") for e in entries):
            continue  # a nickname follows its place in the same sentence
        end = nickname_end(reader, i + n)
        if end is None or any(reader.role_noun(m).length or reader.lower[m] in reader.cues["club_modified_noun"]
                              for m in range(end, min(end + 2, reader.hi[i])) if reader.keys[m].islower()):
            continue  # "the New York Kestrels owner", "Boston Herons basketball star Ana Ruiz": a modifier of people
        name = reader.text_of(i, end)
        reader._new_org(snake_id(name).upper(), name, i, aliases=[tuple(reader.keys[i:end]), tuple(reader.keys[i + n:end])])
        covered.update(range(i, end))


def nickname_end(reader, j: int) -> int | None:
    """The end of a club's nickname starting at unit ``j`` (one or two capitalised unknown words, the last a plural
    in -s, no other capitalised word after them), else None.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The Toronto Blue Herons won. The Florida Keys flooded. The Dallas Ana Ruiz Fund met.")
        >>> [(end := nickname_end(r, r.keys.index(w) + 1)) and r.keys[r.keys.index(w) + 1:end] for w in ("Toronto", "Florida", "Dallas")]
        [['Blue', 'Herons'], None, None]
    """
    keys, hi = reader.keys, reader.hi[j - 1]  # the sentence of the place before the nickname
    k = j
    while k < hi and k - j < NICKNAME_WORDS and keys[k].isalpha() and keys[k][:1].isupper() and not keys[k].isupper() \
            and not reader.match(k).length:
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
