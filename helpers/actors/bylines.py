"""A story's byline: "By Ana Ruiz and Li Wei", "By staff writer Ana Ruiz", "By Kestrel Wire writers Ana Ruiz, Li Wei".

A byline is a line of its own (the article calls its section ``meta``: :data:`helpers.paragraphs.BYLINE`). Every name
it lists is a person who wrote the story, an actor like any other, even when the name is one no other rule would read
as a person's (a two-word name the tables do not know, two names joined by a comma). The words before the first name
that say what the writers are ("staff writer", "sportswriters", an agency and its "writer") are not names. A part of
the line the tables know ("By Ana Ruiz, Kestrel Wire") or a title ("By Ana Ruiz, Staff Writer") is left to the other
rules.

Example:
    >>> from helpers.actors.reader import reader_for
    >>> r = reader_for("By Ana Ruiz, Li Wei\\n\\nTalks failed, the minister said.")
    >>> discover_bylines(r, set())
    >>> sorted(a for a, act in r.actors.items() if act.origin == "discovered")
    ['ana_ruiz', 'li_wei']
"""

from __future__ import annotations

from .shapes import acronym_word

__all__ = ["discover_bylines", "byline_names"]

#: the words that join two names of a byline
NAME_JOINERS = frozenset({",", "and", "&"})
#: a byline name has at least this many words (one word alone is a surname, a desk or an agency) …
MIN_NAME_UNITS = 2
#: … and at most this many (a longer run is a title or a desk's name)
MAX_NAME_UNITS = 4


def discover_bylines(reader, covered: set[int]) -> None:
    """Each name a byline lists becomes a person (rule ``discovered_name``); its units are covered."""
    for start in reader.capitalised:
        if start != reader.lo[start] or reader.keys[start] != "By" or reader.sent_section[reader.sents[start]] != "meta":
            continue
        for i, j in byline_names(reader, start):
            if not any(k in covered for k in range(i, j)) and reader.register_person(i, j, set(), "", "") is not None:
                covered.update(range(i, j))


def byline_names(reader, start: int) -> list[tuple[int, int]]:
    """The names (unit ranges) of the byline whose "By" is unit ``start``.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("By sportswriters Ana Ruiz and Li Wei\\n\\nBy Ana Ruiz, Staff Writer\\n\\nTalks failed.")
        >>> [[r.text_of(i, j) for i, j in byline_names(r, s)] for s, k in enumerate(r.keys) if k == "By"]
        [['Ana Ruiz', 'Li Wei'], ['Ana Ruiz']]
    """
    hi = reader.hi[start]
    first = start + 1
    for k in range(start + 1, min(start + 5, hi)):  # "staff writer", "Kestrel Wire writer": what the writers are
        if reader.keys[k] in NAME_JOINERS:
            break
        if reader.keys[k].isalpha() and reader.keys[k].islower():
            first = k + 1
        elif first > start + 1:
            break  # the first name after what the writers are
    if first < hi and _role_word(reader, reader.lower[first]):
        first += 1  # "By Sportswriters Ana Ruiz and Li Wei"
    names, i = [], first
    while i < hi:
        j = i
        while j < hi and reader.keys[j] not in NAME_JOINERS:
            j += 1
        if _writer_name(reader, i, j):
            names.append((i, j))
        i = j + 1
    return names


def _writer_name(reader, i: int, j: int) -> bool:
    """Can units ``i:j`` of a byline be a writer's name: two to four capitalised words (or all in capitals) that do
    not start with a title or a role, do not end in a role ("Staff Writer"), hold no acronym and are not a name the
    tables know?"""
    if _role_word(reader, reader.lower[i]) or _role_word(reader, reader.lower[j - 1]) or reader.title(i).length:
        return False
    words = reader.keys[i:j]
    if not MIN_NAME_UNITS <= len(words) <= MAX_NAME_UNITS or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return False
    shouting = all(w.isupper() for w in words)  # "By ANA RUIZ"
    return (shouting or not any(acronym_word(w) for w in words)) and reader.match(i).length < len(words)


def _role_word(reader, word: str) -> bool:
    """Is ``word`` (lower case) a one-word role noun or its plural ("writer", "sportswriters")?"""
    nouns = reader.lex.role_nouns
    return (word,) in nouns or word.endswith("s") and (word[:-1],) in nouns
