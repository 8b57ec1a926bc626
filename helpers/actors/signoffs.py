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

__all__ = ["discover_signoffs", "signoff_place_start"]

#: the most words of the place before "newsroom" ("Rio de Janeiro" is three, "New York" two)
PLACE_WORDS = 3
#: the id of a sign-off when the article names no news organisation it was told something
NEWSROOM_ID = "NEWSROOM"
#: what comes right before the place of a sign-off when the line does not start with it
SIGNOFF_OPENERS = frozenset({"--", "-", "—", "–", ","})


def discover_signoffs(reader) -> None:
    """Each "<Place> Newsroom" (cue ``newsroom_word``) that ends its line but for a telephone number becomes a mention
    of the news organisation that filed the story (rule ``newsroom_signoff``)."""
    words = reader.cues["newsroom_word"]
    starts = [(s, i) for i in range(len(reader.keys)) if reader.lower[i] in words and (s := signoff_place_start(reader, i)) is not None]
    if not starts:
        return
    owner = _told_publication(reader) or NEWSROOM_ID
    keys = [tuple(reader.keys[s : i + 1]) for s, i in starts]
    reader._new_org(owner, "the newsroom", starts[0][0], aliases=keys, rule="newsroom_signoff", source="a wire story's sign-off")


def signoff_place_start(reader, i: int) -> int | None:
    """Where the place's name before "newsroom" at unit ``i`` starts, if the rest of the line holds no word
    (a telephone number at most), else None.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("-- New York Newsroom, (212) 859-1610\\nThe newsroom in New York Newsroom Tower shut.\\n"
        ...                "Ana Ruiz runs the Kestrel newsroom\\nOslo Newsroom +47 22 00")
        >>> starts = [signoff_place_start(r, i) for i, k in enumerate(r.keys) if k.lower() == "newsroom"]
        >>> [None if s is None else r.keys[s] for s in starts]
        ['New', None, None, None, 'Oslo']
    """
    text = reader.article.text
    line_end = text.find("\n", reader.ends[i])
    rest = text[reader.ends[i] : len(text) if line_end == -1 else line_end]
    if any(c.isalpha() for c in rest) or rest.lstrip().startswith("."):
        return None  # "the Newsroom Tower", "runs the Kestrel newsroom.": the line goes on, or a sentence ends
    s = i
    while s > reader.lo[i] and i - s < PLACE_WORDS and reader.keys[s - 1][:1].isupper() and reader.keys[s - 1].isalpha():
        s -= 1
    line_start = text.rfind("\n", 0, reader.starts[s]) + 1
    opened = s > 0 and reader.keys[s - 1] in SIGNOFF_OPENERS or not text[line_start : reader.starts[s]].strip()
    return s if s < i and opened else None  # after "--", "," or nothing on its line: "-- Ana Ruiz, Oslo Newsroom"


def _told_publication(reader) -> str | None:
    """The news organisation the article says was told something ("told Reuters": cue ``told_word``), if any.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> _told_publication(reader_for("Ana Ruiz told Reuters. Interfax said so.")), _told_publication(reader_for("Interfax said so."))
        ('REUTERS', None)
    """
    ids, told = reader.cues["publication_id"], reader.cues["told_word"]
    for k in range(1, len(reader.keys)):
        if reader.lower[k - 1] in told and reader.keys[k][:1].isupper():
            n, entries = reader.match(k)
            owner = next((e.actor_id for e in entries if e.actor_id in ids), None) if n else None
            if owner:
                return owner
    return None
