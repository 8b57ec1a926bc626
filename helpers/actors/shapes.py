"""Word shapes and small constants shared by the actor steps (acronyms, initials, name order).

Example:
    >>> acronym_shape("NaCoDA"), initials(["Forest", "Voices", "Coalition"])
    (True, 'FVC')
"""

from __future__ import annotations

from .tables import snake_id

__all__ = ["CONNECTORS", "FORCES", "OPENING_QUOTES", "CLOSING_QUOTES", "acronym_shape", "family_name_first", "initials"]

#: Lower-case words that may join the words of an organisation's name.
CONNECTORS = ("of", "and", "for", "&")
#: Markers in ``collective_nouns.csv`` for a country's own forces: (id suffix, name).
FORCES = {"@army": ("ARMY", "armed forces"), "@navy": ("NAVY", "navy"), "@police": ("POLICE", "police")}
#: Quote marks as unit keys (curly single quotes are keyed as straight ones).
OPENING_QUOTES = ("“", '"', "'")
CLOSING_QUOTES = ("”", '"', "'")


def acronym_shape(word: str) -> bool:
    """Could ``word`` be an acronym: "WHO", "U.N.", or mixed case with two or more capitals ("NaCoDA")?

    Example:
        >>> acronym_shape("U.N."), acronym_shape("Nato")
        (True, False)
    """
    letters = word.replace(".", "")
    return letters.isalpha() and letters[:1].isupper() and len(letters) <= 8 and (letters.isupper() or sum(c.isupper() for c in letters) >= 2)


def family_name_first(key: tuple[str, ...], family_names: frozenset[str]) -> bool:
    """Is a full name written family name first ("Xi Jinping", "Moon Jae-in")?

    Its first word is one of ``family_names`` (``family_first_surnames.txt``), or it is two
    words ending in a Korean given name ("Jae-in").

    Example:
        >>> family_name_first(("Moon", "Jae-in"), frozenset()), family_name_first(("Ana", "Ruiz"), frozenset())
        (True, False)
    """
    if len(key) < 2:
        return False
    last = key[-1].split("-")
    korean = len(key) == 2 and len(last) == 2 and last[0][:1].isupper() and last[1].isalpha() and last[1].islower()
    return korean or key[0] in family_names


def initials(keys: list[str]) -> str:
    """An organisation's id from its name: initials of its capitalised words ("Forest Voices Coalition" → FVC).

    Example:
        >>> initials(["Kestrel"]), initials(["U.S.", "Department", "of", "Agriculture"])
        ('KESTREL', 'USDA')
    """
    words = [k for k in keys if k[:1].isupper()]
    if len(words) == 1:
        return snake_id(words[0]).upper()
    return "".join(k.replace(".", "") if k.replace(".", "").isupper() else k[0] for k in words).upper()
