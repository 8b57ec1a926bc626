"""Social-media handles: whose account "@AnaRuiz", "@ana_ruiz" or "(@aruiz)" is.

News copied from the web keeps the posts it embeds, and annotators read a handle as an actor: the
person or organisation whose account it is. Its owner is, in order:

1. the actor named right before it in brackets, as an embedded post signs off ("— Ana Ruiz (@aruiz)
   May 2, 2016");
2. the one known person whose surname the handle holds and whose given name, or its initial, comes
   before the surname in it ("@realAnaRuiz", "@ana_ruiz", "@aruiz"; a surname of three letters or more);

else the handle is an account of its own (:func:`discover_handles`). A byline's "Follow Ana Ruiz on Twitter
@kestrel" is no mention (:func:`byline_handle`): annotators leave it out, as they leave out an e-mail address.

Each function takes the reader (:class:`helpers.actors.reader.ActorReader`) as its first argument.

Example:
    >>> from helpers.actors.reader import reader_for
    >>> r = reader_for("Ana Ruiz spoke. “We won,” wrote @aruiz. Tom Lee (@kestrel42) agreed.")
    >>> r.discover()
    >>> handle_owner(r, r.keys.index("aruiz")), handle_owner(r, r.keys.index("kestrel42"))
    ('ana_ruiz', 'tom_lee')
"""

from __future__ import annotations

import re

from .tables import Entry

__all__ = ["is_handle", "byline_handle", "handle_owner", "discover_handles"]

#: what a handle's word may hold after its "@" (letters, digits, underscores; Twitter's 15 at most)
_HANDLE = re.compile(r"[A-Za-z0-9_]{2,15}")
#: how many units back a bracketed handle's owner's name may start ("Ana Maria de la Ruiz (@amr)")
_NAME_REACH = 6
#: the words before a "Follow <name>" byline's handle ("on Twitter @x", "on Twitter at @x", "at @x")
_FOLLOW_LINKS = (("on", "twitter"), ("on", "twitter", "at"))


def is_handle(reader, i: int) -> bool:
    """Is unit ``i`` a social-media handle: a word written right after "@", not an e-mail address's domain?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ask @kestrel or write to news@kestrel.com.")
        >>> [is_handle(r, k) for k, key in enumerate(r.keys) if key == "kestrel"]
        [True, False]
    """
    start = reader.starts[i]
    text = reader.article.text
    if text[start - 1 : start] != "@" or _HANDLE.fullmatch(reader.keys[i]) is None:
        return False
    return start < 2 or not (text[start - 2].isalnum() or text[start - 2] in "_-")  # ".@AnaRuiz" opens a public reply


def _in_markup(reader, i: int) -> bool:
    """Is unit ``i`` inside a markup tag a copied page kept ('<post author="@kestrel">'), or a style sheet's
    rule ("@media screen and (max-width: 40em) {")?"""
    text, start, end = reader.article.text, reader.starts[i], reader.ends[i]
    line_end = text.find("\n", end)
    return text.rfind("<", 0, start) > text.rfind(">", 0, start) or "{" in text[end : line_end if line_end >= 0 else len(text)]


def handle_owner(reader, i: int) -> str | None:
    """The actor whose account the handle at unit ``i`` is (see the module's three ways), or None.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ana Ruiz spoke. @tomlee and @realAnaRuiz replied.")
        >>> r.discover()
        >>> handle_owner(r, r.keys.index("tomlee")), handle_owner(r, r.keys.index("realAnaRuiz"))
        (None, 'ana_ruiz')
    """
    if not is_handle(reader, i) or byline_handle(reader, i):
        return None
    return _bracketed_owner(reader, i) or _named_owner(reader, i)


def _one_actor(entries) -> str | None:
    """The actor all ``entries`` name, when they name exactly one."""
    ids = {e.actor_id for e in entries}
    return ids.pop() if len(ids) == 1 else None


def _bracketed_owner(reader, i: int) -> str | None:
    """"Ana Ruiz (@aruiz)": the actor whose name ends right before the bracket."""
    lo = reader.lo[i]
    if i - 3 < lo or reader.keys[i - 2] != "(":
        return None
    for j in range(i - 3, max(lo, i - 3 - _NAME_REACH) - 1, -1):
        n, entries = reader.match(j)
        if n and j + n == i - 2:
            return _one_actor(entries)
    return None


def byline_handle(reader, i: int) -> bool:
    """Is the handle at unit ``i`` a byline's contact ("Follow Ana Ruiz on Twitter @kestrel")? Annotators leave
    it out, as they leave out an e-mail address.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Follow Ana Ruiz on Twitter @kestrel. Ask @kestrel.")
        >>> [byline_handle(r, k) for k, key in enumerate(r.keys) if key == "kestrel"]
        [True, False]
    """
    lo = reader.lo[i]
    return reader.lower[lo] == "follow" and any(tuple(reader.lower[i - 1 - len(link) : i - 1]) == link for link in _FOLLOW_LINKS)


def _named_owner(reader, i: int) -> str | None:
    """The one known person whose surname the handle holds, after their given name or its initial."""
    letters = re.sub(r"[^a-z]", "", reader.keys[i].lower())
    owners: set[str] = set()
    for cut in range(1, len(letters) - 2):
        before, surname = letters[:cut], letters[cut:]
        for person in reader.people_named((surname.capitalize(),)):
            given = reader.actor(person).name.split()[0].lower()
            if given in before or before == given[:1]:
                owners.add(person)
    return owners.pop() if len(owners) == 1 else None


def discover_handles(reader) -> None:
    """Every handle in lower case no alias names yet, outside markup: its owner's alias, or an account of its
    own (after the other passes, so that every name a handle may stand for is known).

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for('Ana Ruiz spoke. @ana_ruiz and @kestrel42 posted. <b id="@wren">Hi</b>')
        >>> r.discover()
        >>> [e.actor_id for key in ("ana_ruiz", "kestrel42") for e in r.extra[(key,)]], ("wren",) in r.extra
        (['ana_ruiz', 'KESTREL42'], False)
        >>> r = reader_for("Ana Ruiz spoke.  @media screen and (max-width: 40em) { p { margin: 0 } }")
        >>> r.discover()
        >>> ("media",) in r.extra
        False
    """
    for i, key in enumerate(reader.keys):
        if key[:1].isupper() or not is_handle(reader, i) or _in_markup(reader, i) or byline_handle(reader, i) or reader.match(i).length:
            continue  # a capitalised handle is read with the single words (``Discovery._discover_single_words``)
        owner = handle_owner(reader, i)
        if owner:
            reader.add_alias((key,), Entry(owner, "NAME", rule="handle_of_known_name"))
        else:
            reader._new_org(key.upper(), key, i)
