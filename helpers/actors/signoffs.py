"""A newsroom's sign-off at the foot of a wire story: "-- Ana Ruiz, Kestrel City Newsroom +44 20 7542 7950".

A wire story may end with the desk that filed it: a place's name and "newsroom", then only a telephone number or
nothing to the end of the line. The desk is the news organisation that wrote the story, an actor, not the place
(nor, for a capital, its state). The article rarely names its own agency: the sign-off gets the id of a news
organisation (cue ``publication_id``) the article says was told something ("told Kestrel Wire"), else one id of its
own, ``NEWSROOM``, so that every sign-off of an article is one actor.

Example:
    >>> from helpers.actors.reader import reader_for
    >>> r = reader_for("Talks failed, the minister said.\\n\\n-- Ana Ruiz, Kestrel City Newsroom +44 20 7542 7950\\n")
    >>> discover_signoffs(r)
    >>> k = r.keys.index("Kestrel")
    >>> n, entries = r.match(k)
    >>> n, entries[0].actor_id, entries[0].rule
    (3, 'NEWSROOM', 'newsroom_signoff')
"""

from __future__ import annotations

from .tables import Actor, Entry

__all__ = ["discover_signoffs", "signoff_place_start"]

#: the most words of the place before "newsroom" ("Rio de Janeiro" is three, "New York" two)
PLACE_WORDS = 3
#: the id of a sign-off when the article names no news organisation it was told something
NEWSROOM_ID = "NEWSROOM"


def discover_signoffs(reader) -> None:
    """Each "<Place> Newsroom" that ends its line but for a telephone number becomes a mention of the news
    organisation that filed the story (rule ``newsroom_signoff``)."""
    starts = [(s, i) for i in range(len(reader.keys)) if reader.lower[i] == "newsroom" and (s := signoff_place_start(reader, i)) is not None]
    if not starts:
        return
    owner = _told_publication(reader)
    if owner is None:
        owner = NEWSROOM_ID
        if not reader.known(owner):
            reader.actors[owner] = Actor(owner, "the newsroom", "ORG", origin="discovered", source="a wire story's sign-off")
    for s, i in starts:
        reader.add_alias(tuple(reader.keys[s : i + 1]), Entry(owner, "NAME", rule="newsroom_signoff"))
        reader.first_pos.setdefault(owner, s)


def signoff_place_start(reader, i: int) -> int | None:
    """Where the place's name before "newsroom" at unit ``i`` starts, if the rest of the line holds no word
    (a telephone number at most), else None.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("-- New York Newsroom, (212) 859-1610\\nThe newsroom in New York Newsroom Tower shut.")
        >>> starts = [signoff_place_start(r, i) for i, k in enumerate(r.keys) if k.lower() == "newsroom"]
        >>> [None if s is None else r.keys[s] for s in starts]
        ['New', None, None]
    """
    text = reader.article.text
    line_end = text.find("\n", reader.ends[i])
    rest = text[reader.ends[i] : len(text) if line_end == -1 else line_end]
    if any(c.isalpha() for c in rest):
        return None  # "the Newsroom Tower": the line goes on with words
    s = i
    while s > reader.lo[i] and i - s < PLACE_WORDS and reader.keys[s - 1][:1].isupper() and reader.keys[s - 1].isalpha():
        s -= 1
    return s if s < i else None


def _told_publication(reader) -> str | None:
    """The news organisation the article says was told something ("told Reuters"), if any."""
    ids = reader.cues["publication_id"]
    for k in range(1, len(reader.keys)):
        if reader.lower[k - 1] == "told" and reader.keys[k][:1].isupper():
            n, entries = reader.match(k)
            owner = next((e.actor_id for e in entries if e.actor_id in ids), None) if n else None
            if owner:
                return owner
    return None
