"""An article's actors table (``data/actors.csv``) joined to the generic alias tables.

The table has the columns ``id,name,type,country,role,aliases,valid_from,valid_to,source``: one row
per actor of one article, aliases separated by ``|``. Each alias becomes an :class:`Entry` of
form NAME ("Vladimir Putin"), TITLE ("Mr Putin": starts with a title) or DESC ("the Russian
leader": starts in lower case); a person's surname is added as a NAME. Bad rows stop with a
:class:`~helpers.resources.HelpersError` naming the file, the row and the fix.

Example:
    >>> import pandas as pd
    >>> rows = pd.DataFrame([{"id": "ana_ruiz", "name": "Ana Ruiz", "type": "PERSON", "role": "mayor"}])
    >>> table = load_actor_table(rows)
    >>> table.names[("Ruiz",)][0], sorted(table.actors["ana_ruiz"].roles)
    (Entry(actor_id='ana_ruiz', form='NAME', head=''), ['mayor'])
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..resources import HelpersError, data_cache
from .shapes import family_name_first
from .tables import (
    ACTOR_COLUMNS,
    ACTOR_TYPES,
    Actor,
    ActorTable,
    Entry,
    first_key_lengths,
    generic_aliases,
    keys_of,
    lexicon,
    split_cell,
    strip_article,
)

__all__ = ["load_actor_table", "check_alias"]


def _alias_form(keys: tuple[str, ...]) -> tuple[str, str]:
    """NAME, TITLE (starts with a title: "Mr Putin") or DESC (starts lower case: "the mayor")."""
    titles = lexicon().titles
    if keys[0][:1].islower():
        return "DESC", keys[-1].lower()
    for i in range(len(keys) - 1):
        if any(keys[i : i + n] in titles for n in range(1, len(keys) - i)):
            return "TITLE", ""
    return "NAME", ""


def _read_rows(actors: Any) -> tuple[list[dict[str, str]], str]:
    pandas = sys.modules.get("pandas")  # a DataFrame exists only if pandas is loaded: never import it here
    if pandas is not None and isinstance(actors, pandas.DataFrame):
        return [{k: ("" if pandas.isna(v) else str(v)) for k, v in row.items()} for row in actors.to_dict("records")], "<DataFrame>"
    path = Path(actors)
    if not path.is_file():
        raise HelpersError(f"There is no actors table at {path}: give the path of a CSV like data/actors.csv.")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise HelpersError(f"{path} is not UTF-8 text: re-save the actors table as UTF-8.") from None
    lines = [line for line in io.StringIO(text) if not line.startswith("#")]
    return [dict(r) for r in csv.DictReader(lines)], path.name


def _person_roles(role: str) -> set[str]:
    """Normalised roles found in a free-text role ("Mayor of Aarhus" → {"mayor"})."""
    text = f" {role.lower()} "
    roles = {t.role for k, t in lexicon().titles.items() if t.role and f" {' '.join(k).lower()} " in text}
    known = {r for rs in lexicon().role_nouns.values() for r in rs}
    if role.strip().lower() in known:
        roles.add(role.strip().lower())
    # keep only the most specific: "secretary of state" drops "secretary"
    return {r for r in roles if not any(r != o and f" {r} " in f" {o} " for o in roles)}


def _check_rows(rows: list[Mapping[str, str]], source: str) -> None:
    """Stop at the first row without the columns, an id or a known type, or with an id seen before."""
    seen: set[str] = set()
    for number, row in enumerate(rows, start=2):
        missing = [c for c in ("id", "name", "type") if c not in row]
        if missing:
            raise HelpersError(
                f"The actors table {source} lacks the column(s) {', '.join(missing)}: "
                f"its header should be {','.join(ACTOR_COLUMNS)}."
            )
        aid, kind = (row.get("id") or "").strip(), (row.get("type") or "").strip().upper()
        if not aid:
            raise HelpersError(f"Row {number} of {source} has no id: give every actor an id such as vladimir_putin.")
        if kind not in ACTOR_TYPES:
            raise HelpersError(f"Row {number} of {source} has type {row.get('type')!r}: use one of {', '.join(ACTOR_TYPES)}.")
        if aid in seen:
            raise HelpersError(f"The id {aid!r} appears twice in {source}: give each actor one row.")
        seen.add(aid)


def _actor_of_row(row: Mapping[str, str]) -> Actor:
    aid, kind = row["id"].strip(), row["type"].strip().upper()
    role = (row.get("role") or "").strip()
    return Actor(
        aid,
        (row.get("name") or aid).strip(),
        kind,
        country=(row.get("country") or "").strip(),
        role=role,
        roles=_person_roles(role) if kind == "PERSON" else set(),
        valid_from=(row.get("valid_from") or "").strip(),
        valid_to=(row.get("valid_to") or "").strip(),
        source=(row.get("source") or "").strip(),
        origin="table",
    )


def _table_from_rows(rows: Iterable[Mapping[str, str]], source: str) -> ActorTable:
    """The generic tables plus the rows of an article's table (checked first, then each alias)."""
    rows = list(rows)
    _check_rows(rows, source)
    generic_actors, generic_names = generic_aliases()
    actors = dict(generic_actors)
    names = {k: list(v) for k, v in generic_names.items()}
    titles = lexicon().titles
    for row in rows:
        actor = _actor_of_row(row)
        aid = actor.id
        aliases = [actor.name, *split_cell(row.get("aliases"))]
        if actor.type == "PERSON" and len(actor.name.split()) > 1:
            words = actor.name.split()
            family_first = family_name_first(keys_of(actor.name), lexicon().family_first)
            aliases.append(words[0] if family_first else words[-1])  # the surname ("Xi" of "Xi Jinping")
        for alias in aliases:
            check_alias(alias, aid, source)
            keys = keys_of(alias)
            form, head = _alias_form(keys) if actor.type == "PERSON" else ("NAME", "")
            if form == "TITLE" and keys[:1] in titles:
                actor.gender = actor.gender or titles[keys[:1]].gender
            bucket = names.setdefault(keys if form == "DESC" else strip_article(keys), [])
            bucket[:] = [e for e in bucket if e.actor_id != aid]
            bucket.insert(0, Entry(aid, form, head, rule="alias_table"))
        actors[aid] = actor
    frozen = {k: tuple(v) for k, v in names.items()}
    descriptions = first_key_lengths(k for k, entries in frozen.items() if any(e.form == "DESC" for e in entries))
    return ActorTable(actors, frozen, source, max(len(k) for k in frozen), first_key_lengths(frozen), descriptions)


def check_alias(alias: str, actor_id: str, source: str) -> None:
    """Refuse an alias that would match everywhere: one with no letter, or a single character.

    Example:
        >>> check_alias("a", "acme", "actors.csv")
        Traceback (most recent call last):
        ...
        helpers.resources.HelpersError: The alias 'a' of the row acme in actors.csv is a single character, which would match all over the text: give a longer alias (a company called X needs a longer alias, such as 'X Corp').
    """
    alias = alias.strip()
    if not any(c.isalpha() for c in alias):
        problem = "has no letter"
    elif len(alias) == 1:
        problem = "is a single character"
    else:
        return
    raise HelpersError(
        f"The alias {alias!r} of the row {actor_id} in {source} {problem}, which would match all over the "
        "text: give a longer alias (a company called X needs a longer alias, such as 'X Corp')."
    )


@data_cache
def _generic_table() -> ActorTable:
    return _table_from_rows([], "")


@data_cache
def _table_from_path(path: str, mtime: float) -> ActorTable:
    # mtime is part of the cache key only: an edited CSV is read again, an unchanged one is not
    rows, source = _read_rows(path)
    return _table_from_rows(rows, source)


def load_actor_table(actors: Any = None) -> ActorTable:
    """The generic tables plus, optionally, an article's actors table.

    Args:
        actors: None (generic tables only), a path to a CSV with the columns of
            ``data/actors.csv``, a pandas DataFrame with those columns, or an
            :class:`ActorTable` (returned as it is).

    Returns:
        An :class:`ActorTable` (cached per file and modification time).

    Raises:
        HelpersError: the file is missing or not UTF-8, a column is missing, an id is
            empty or repeated, a type is not PERSON, COUNTRY, ORG or GROUP, or an alias has
            no letter or is a single character.

    Example:
        >>> t = load_actor_table("data/actors.csv")          # doctest: +SKIP
        >>> t.names[("Mr", "Putin")][0]                        # doctest: +SKIP
        Entry(actor_id='vladimir_putin', form='TITLE', head='')
    """
    if actors is None:
        return _generic_table()
    if isinstance(actors, ActorTable):
        return actors
    pandas = sys.modules.get("pandas")  # a DataFrame exists only if pandas is loaded: never import it here
    if pandas is not None and isinstance(actors, pandas.DataFrame):
        rows, source = _read_rows(actors)
        return _table_from_rows(rows, source)
    if not isinstance(actors, (str, Path)):
        raise HelpersError(
            f"actors must be None, a path to a CSV like data/actors.csv, a DataFrame or an ActorTable, "
            f"not {type(actors).__name__}."
        )
    path = Path(actors)
    if not path.is_file():
        raise HelpersError(f"There is no actors table at {path}: give the path of a CSV like data/actors.csv.")
    return _table_from_path(str(path.resolve()), path.stat().st_mtime)
