"""The phrase rules of the course's scorer, read from ``data/sentiment/``.

A rule is a row of ``phrase_rules.csv``: a regular expression over a statement's words (lower
case, one space apart, a comma after a word that ends a clause) in which ``{name}`` stands for
a word class of ``word_classes.csv`` and ``{gap}`` for up to four words of the same clause.
When it matches, the last word of the match takes the rule's valence (the others count 0), or,
for ``flip``, a denied conflict word turns positive.

Example:
    >>> rule = {r.id: r for r in phrase_rules()}["negated_conflict"]
    >>> bool(rule.pattern.search("nobody wants war")), rule.valence is None
    (True, True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..resources import HelpersError, data_cache, read_table

__all__ = ["PhraseRule", "phrase_rules", "word_classes", "not_negations", "event_words", "GAP"]

#: up to four words of one clause (a word that ends a clause carries a comma, so it cannot be crossed)
GAP = r"(?:[\w'-]+ ){0,4}"
_MACRO = re.compile(r"\{(\w+)\}")
_SIGNS = {"negative", "positive", "neutral"}


@dataclass(frozen=True)
class PhraseRule:
    """One row of ``phrase_rules.csv``, its pattern compiled.

    ``valence`` is None for ``flip`` (a denied conflict word turns positive). ``triggers`` are
    the words the pattern can start with (None when they cannot be read off the pattern): a
    statement with none of them is not searched, which is what makes the rules cheap.

    Example:
        >>> rule = phrase_rules()[-1]
        >>> rule.id, rule.valence, sorted(rule.triggers)[:3]
        ('bare_negation', -0.5, ["aren't", 'arent', "can't"])
    """

    id: str
    kind: str
    pattern: re.Pattern
    valence: float | None
    example: str
    expected: str
    note: str
    triggers: frozenset[str] | None = None


@data_cache
def word_classes() -> dict[str, tuple[str, ...]]:
    """The word classes the rules name, ``{class: words}`` (from ``word_classes.csv``).

    Words are separated by spaces; a phrase joins its words with ``_`` in the file.

    Example:
        >>> "nobody" in word_classes()["negator"], "take action" in word_classes()["reprisal"]
        (True, True)
    """
    rows = read_table("sentiment", "word_classes.csv")
    return {row["class"]: tuple(w.replace("_", " ") for w in row["words"].split()) for row in rows}


def not_negations() -> frozenset[str]:
    """Words NLTK's VADER counts as negations that the course's scorer does not ("despite").

    Example:
        >>> sorted(not_negations())
        ['despite']
    """
    return frozenset(word_classes().get("not_negation", ()))


def event_words() -> frozenset[str]:
    """Words that name what happened (deaths, violence, crime, disasters, illness), class ``event``.

    The course's scorer counts them at a share of their value (``EVENT_WEIGHT``): the tone judged
    is the speaker's, not the reported event's.

    Example:
        >>> "died" in event_words(), "war" in event_words()
        (True, False)
    """
    return frozenset(word_classes().get("event", ()))


def _expand(pattern: str, rule_id: str, classes: dict[str, tuple[str, ...]]) -> re.Pattern:
    def words(match: re.Match) -> str:
        """The regular expression for one ``{name}``: its class's words, longest first."""
        name = match.group(1)
        if name == "gap":
            return GAP
        if name not in classes:
            raise HelpersError(f"The phrase rule {rule_id!r} names the word class {{{name}}}, which data/sentiment/word_classes.csv lacks: add it or fix the name.")
        return "(?:" + "|".join(re.escape(w) for w in sorted(classes[name], key=len, reverse=True)) + ")"

    try:
        return re.compile(_MACRO.sub(words, pattern))
    except re.error as err:
        raise HelpersError(f"The phrase rule {rule_id!r} has a pattern that is not a regular expression ({err}): fix it in data/sentiment/phrase_rules.csv.") from None


_PLAIN = re.compile(r"[\w']+")  # a trigger must be letters and apostrophes
_HEAD = re.compile(r"\\b(?:\{(\w+)\}|\(\?:([\w' |-]+)\)|([\w'-]+)(?= |\\b))")


def _triggers(pattern: str, classes: dict[str, tuple[str, ...]]) -> frozenset[str] | None:
    """The first words a pattern can match, read off its head, or None when the head is not plain.

    Example:
        >>> sorted(_triggers(r"\\b(?:ready|open to) talks", {}))
        ['open', 'ready']
        >>> sorted(_triggers(r"\\b{neg} war", {"neg": ("no", "no one")})), _triggers(r"[^.]*war", {})
        (['no'], None)
    """
    head = _HEAD.match(pattern)
    if head is None:
        return None
    name, group, word = head.groups()
    if name == "gap" or (name is not None and name not in classes):
        return None
    phrases = classes[name] if name else group.split("|") if group else [word]
    firsts = frozenset(phrase.split()[0] for phrase in phrases if phrase.strip())
    return firsts if all(_PLAIN.fullmatch(w) for w in firsts) else None


def _valence(text: str, rule_id: str) -> float | None:
    if text.strip() == "flip":
        return None
    try:
        value = float(text)
    except ValueError:
        raise HelpersError(f"The phrase rule {rule_id!r} has the valence {text!r}: write a number such as -1.5, or 'flip'.") from None
    if not -4 <= value <= 4:
        raise HelpersError(f"The phrase rule {rule_id!r} has the valence {value}: VADER valences lie between -4 and 4.")
    return value


@data_cache
def phrase_rules() -> tuple[PhraseRule, ...]:
    """The course's phrase rules, in file order (an earlier rule wins a word).

    Raises:
        HelpersError: a pattern, a valence or an expected sign that cannot be read.

    Example:
        >>> [r.id for r in phrase_rules()][:2]
        ['no_one_conflict', 'negated_conflict']
    """
    classes = word_classes()
    rules = []
    for row in read_table("sentiment", "phrase_rules.csv"):
        if row["expected"] not in _SIGNS:
            raise HelpersError(f"The phrase rule {row['id']!r} expects {row['expected']!r}: write negative, neutral or positive.")
        rules.append(
            PhraseRule(
                id=row["id"],
                kind=row["kind"],
                pattern=_expand(row["pattern"], row["id"], classes),
                valence=_valence(row["valence"], row["id"]),
                example=row["example"],
                expected=row["expected"],
                note=row["note"],
                triggers=_triggers(row["pattern"], classes),
            )
        )
    return tuple(rules)
