"""Social-media handles: whose account "@AnaRuiz", "@ana_ruiz" or "(@aruiz)" is.

News copied from the web keeps the posts it embeds, and annotators read a handle as an actor: the
person or organisation whose account it is. Its owner is, in order:

1. the actor named right before it in brackets, as an embedded post signs off ("— Ana Ruiz (@aruiz)
   May 2, 2016");
2. the one known person whose surname the handle holds and whose given name, or its initial, comes
   before the surname in it ("@realAnaRuiz", "@ana_ruiz", "@aruiz"; a surname of three letters or more);

else the handle is an account of its own (:func:`discover_handles`, the one pass that reads handles). A byline's "Follow Ana Ruiz on Twitter
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
#: an opening markup tag's start, still open before a handle on its line ('<post author="@kestrel"')
_OPEN_TAG = re.compile(r"<[A-Za-z/][^<>]*$")


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
    """Is unit ``i`` inside a markup tag a copied page kept ('<post author="@kestrel">'), or a style sheet's rule
    that opens its line ("@media screen and (max-width: 40em) {")? Only the handle's own line is read: a stray "<"
    or "{" elsewhere ("turnout was < 40 percent") hides nothing."""
    text, start = reader.article.text, reader.starts[i]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if _OPEN_TAG.search(text[line_start:start]):
        return True
    return start - 1 == line_start + len(text[line_start:start]) - len(text[line_start:start].lstrip()) and "{" in text[start:line_end]


def handle_owner(reader, i: int) -> str | None:
    """The actor whose account the handle at unit ``i`` (:func:`is_handle`, no byline's) is, in the module's two
    ways, or None.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ana Ruiz spoke. @tomlee and @realAnaRuiz replied.")
        >>> r.discover()
        >>> handle_owner(r, r.keys.index("tomlee")), handle_owner(r, r.keys.index("realAnaRuiz"))
        (None, 'ana_ruiz')
    """
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
    """Is the handle at unit ``i`` a byline's contact ("Follow Ana Ruiz on Twitter @kestrel": cues ``byline_verb``
    and ``byline_link``)? Annotators leave it out, as they leave out an e-mail address.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Follow Ana Ruiz on Twitter @kestrel. Follow Tom Lee on Twitter: @tlee. Ask @kestrel.")
        >>> [byline_handle(r, k) for k, key in enumerate(r.keys) if key in ("kestrel", "tlee")]
        [True, True, False]
    """
    lo = reader.lo[i]
    if reader.lower[lo] not in reader.cues["byline_verb"]:
        return False
    at = i - 1 - (reader.keys[i - 2] == ":")  # "on Twitter: @kestrel"
    for link in reader.cues["byline_link"]:
        words = link.split()
        if at - len(words) > lo and reader.lower[at - len(words) : at] == words:
            return True
    return False


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
    """Every handle no alias names yet, outside markup and bylines: its owner's alias, or an account of its own
    (after the other passes, so that every name a handle may stand for is known).

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for('Ana Ruiz spoke. @ana_ruiz and @Kestrel42 posted. <b id="@wren">Hi</b>')
        >>> r.discover()
        >>> [e.actor_id for key in ("ana_ruiz", "Kestrel42") for e in r.extra[(key,)]], ("wren",) in r.extra
        (['ana_ruiz', 'KESTREL42'], False)
        >>> r = reader_for("Ana Ruiz spoke. Turnout was < 40 percent.\\n\\n@media screen and (max-width: 40em) {\\n\\nAsk @anaruiz.")
        >>> r.discover()
        >>> ("media",) in r.extra, r.extra[("anaruiz",)][0].actor_id
        (False, 'ana_ruiz')
    """
    for at in reader._positions("@", len(reader.keys)):
        i = at + 1
        if i >= len(reader.keys) or not is_handle(reader, i) or _in_markup(reader, i) or byline_handle(reader, i) or reader.match(i).length:
            continue
        key = reader.keys[i]
        owner = handle_owner(reader, i)
        if owner:
            reader.add_alias((key,), Entry(owner, "NAME", rule="handle_of_known_name"))
        else:
            reader._new_org(key.upper(), key, i)
