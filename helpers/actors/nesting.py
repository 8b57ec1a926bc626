"""Names inside someone else's role: "Kestrel Radio host Tom Lee", "a Mora spokesman", "Lee, Mora's campaign manager".

The guideline annotates only the outermost phrase, so a name that only says whose role it is (the
organisation or the person a role belongs to) is not a mention of its own when the role phrase names
someone else. Three shapes, each a name followed by an optional possessive and a role phrase (up to
three modifier words of the cue ``role_modifier`` and a role noun of ``role_nouns.csv`` or of the cue
``role_in_title``):

- a title before a person's name: "WikiLeaks founder Julian Assange", "Clinton spokesman Brian Fallon";
- an indefinite description: "a Rubio spokesman", "one Trump campaign source", "a top Clinton aide";
- an apposition after a person's name: "Jeff Weaver, Sanders' campaign manager,".

Such a name becomes a ``BLOCK`` candidate: it is not a mention, and nothing shorter inside it is one.

Example:
    >>> from helpers.actors.reader import reader_for
    >>> r = reader_for("Carla Mora spoke. Kestrel Radio host Tom Lee agreed. A Mora spokesman declined.")
    >>> [m.text for m in r.run()]
    ['Carla Mora', 'Tom Lee']
"""

from __future__ import annotations

from typing import Any

from .model import Candidate

__all__ = ["nested_in_role"]

#: The most modifier words before the role noun ("senior campaign communications director").
MAX_ROLE_MODIFIERS = 3


def _role_end(reader: Any, j: int, hi: int) -> int:
    """The end of a role phrase starting at unit ``j`` ("campaign manager" → after "manager"), or ``j`` if none."""
    modifiers, role_words = reader.cues["role_modifier"], reader.cues["role_in_title"]
    end, k = j, j
    while k < hi and k - j <= MAX_ROLE_MODIFIERS and reader.keys[k].isalpha() and reader.keys[k].islower():
        low = reader.lower[k]
        if low in role_words or (low,) in reader.lex.role_nouns:
            end = k + 1
        elif low not in modifiers:
            break
        k += 1
    return end


def _modifiers_back(reader: Any, i: int) -> int:
    """The first unit of the modifier words ("top", "senior", "former") ending right before unit ``i``."""
    lo, modifiers = reader.lo[i], reader.cues["role_modifier"]
    b = i
    while b > lo and i - b < MAX_ROLE_MODIFIERS and reader.lower[b - 1] in modifiers and reader.keys[b - 1].isalpha():
        b -= 1
    return b


def nested_in_role(reader: Any, c: Candidate, person_starts: set[int], person_ends: set[int]) -> bool:
    """Is name candidate ``c`` only the owner of a role phrase about someone else (see the module's shapes)?

    ``person_starts`` and ``person_ends`` are the first units and the ends of the candidates naming a person.
    """
    hi = reader.hi[c.unit]
    j = c.unit_end
    if j < hi and reader.keys[j] in ("'s", "'"):
        j += 1
    end = _role_end(reader, j, hi)
    if end == j:
        return False
    if end < hi and end in person_starts:
        return True  # a title before a name: "HBO comedian John Oliver"
    if reader.lower[end - 1].endswith("s") and reader.lower[end - 1] not in reader.cues["role_in_title"]:
        return False  # "Trump supporters": a group of them, annotated as the name
    b = _modifiers_back(reader, c.unit)
    lo = reader.lo[b]
    det = b - 1 if b > lo else -1
    if det >= 0 and _unnamed(reader, det) and not (end < hi and reader.nameish(end)):
        return True  # "a Mora spokesman", "a top Mora aide", "one Mora aide"
    if det > lo and reader.lower[det] in reader.any_determiner:
        det -= 1  # "Tom Lee, the Mora campaign manager,"
    return det > lo and reader.keys[det] == "," and _comma_after_person(reader, det, person_ends)  # "Tom Lee, Mora's campaign manager,"


def _unnamed(reader: Any, k: int) -> bool:
    """Does unit ``k`` make a role phrase an unnamed person: an indefinite determiner, or "one" ("one Mora aide")?"""
    return reader.lower[k] in reader.determiners["indefinite"] or reader.lower[k] == "one"


def _comma_after_person(reader: Any, comma: int, person_ends: set[int]) -> bool:
    """Does a person's name end right before the comma at unit ``comma``, an age allowed between ("Ana Ruiz, 68,")?"""
    if comma in person_ends:
        return True
    return comma - 2 > reader.lo[comma] and reader.keys[comma - 1].isdigit() and reader.keys[comma - 2] == "," and comma - 2 in person_ends

