"""The public DataFrame API of the actor stage: find, count, compare.

:func:`find_mentions` gives one row per mention (with the ``rule`` that made it);
:func:`actor_frame`, :func:`count_actors`, :func:`counts_by_section` and :func:`cooccurrence`
summarise such a table; :func:`naive_capitalised_counts` is the naive way, for contrast.
"""

from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

from ..article import Article
from ..resources import HelpersError
from ..spans import frame_from_spans
from .aliases import load_actor_table
from .reader import actor_rows
from .tables import Actor, token_units

__all__ = ["find_mentions", "actor_frame", "count_actors", "counts_by_section", "cooccurrence", "naive_capitalised_counts"]

COLUMNS = ["start", "end", "text", "actor_id", "kind", "section", "sentence", "actor_type", "country", "gender", "rule"]
ACTOR_COLUMNS = ["id", "name", "type", "country", "role", "count", "names", "first", "origin"]


def _document(article: Any, actors: Any, caller: str) -> Any:
    from ..document import Document, as_document

    if isinstance(article, Document):
        return article
    return as_document(article, actors=actors, caller=caller)


def find_mentions(article: Article | str, actors: Any = None) -> pd.DataFrame:
    """Every mention of an actor in the article, resolved to an actor id.

    Args:
        article: an :class:`~helpers.article.Article` (or the article's text).
        actors: None for the generic tables plus discovery (works on any article), a path to
            an actors CSV such as ``data/actors.csv``, a DataFrame with its columns, or an
            :class:`~helpers.actors.tables.ActorTable`.

    Returns:
        A DataFrame in document order with ``start, end, text, actor_id, kind, section`` and
        ``sentence, actor_type, country, gender``. ``kind`` is one of :data:`KINDS`. Ids: people
        in snake case (``vladimir_putin``; discovered ones from their full name), countries ISO3
        (``RUS``), organisations their table id (``NATO``, ``UNSC``), the West ``WEST``.

    Raises:
        HelpersError: ``article`` is not an Article or text; the actors table is missing or malformed.

    Example:
        >>> from helpers.article import article_from_text
        >>> m = find_mentions(article_from_text("Talks\\n\\nMoscow denies it. Nato met in Moscow."))
        >>> list(zip(m.text, m.actor_id, m.kind))
        [('Moscow', 'RUS', 'METONYM'), ('Nato', 'NATO', 'NAME')]
    """
    doc = _document(article, actors, "find_mentions")
    frame = frame_from_spans(doc.mentions, columns=COLUMNS)
    frame.attrs["actors"] = dict(doc.actors)  # what actor_frame names the actors with
    return frame


def actor_frame(article: Article | str, mentions: pd.DataFrame | None = None, actors: Any = None) -> pd.DataFrame:
    """One row per actor mentioned: ``id, name, type, country, role, count`` and more.

    Args:
        article: the article the mentions come from.
        mentions: the output of :func:`find_mentions` (recomputed when None); counts come from it.
        actors: the same ``actors`` argument given to :func:`find_mentions`.

    Returns:
        A DataFrame sorted by count (then id) with ``id, name, type, country, role, count,
        names, first, origin``: ``names`` counts NAME and TITLE_NAME mentions, ``first`` is the
        offset of the first mention, ``origin`` says where the actor came from (``table``,
        ``lexicon`` or ``discovered``). Every ``actor_id`` in ``mentions`` has a row.

    Example:
        >>> from helpers.article import article_from_text
        >>> actor_frame(article_from_text("Talks\\n\\nMoscow denies it."))[["id", "name", "count"]].values.tolist()
        [['RUS', 'Russia', 1]]
    """
    import pandas as pd

    if mentions is None:
        mentions = find_mentions(article, actors)
    table = load_actor_table(actors)
    registry = mentions.attrs.get("actors") or _registry_from_frame(mentions, table.actors)
    triples = zip(mentions["actor_id"], mentions["kind"], mentions["start"])
    rows = actor_rows(triples, registry, table)
    return pd.DataFrame(rows, columns=ACTOR_COLUMNS)


def _registry_from_frame(mentions: pd.DataFrame, known_ids: Any) -> dict[str, Actor]:
    """Actors as far as a mentions table describes them (a table that lost its ``attrs``):
    type, country and gender from the columns, the name from the actor's longest NAME mention."""
    registry: dict[str, Actor] = {}
    if "actor_type" not in mentions.columns:
        return registry
    for row in mentions.itertuples():
        aid = row.actor_id
        if not isinstance(aid, str) or aid in known_ids:
            continue
        name = row.text if row.kind == "NAME" else ""
        known = registry.get(aid)
        if known is None:
            registry[aid] = Actor(aid, name or aid, row.actor_type, country=row.country, gender=row.gender, origin="")
        elif name and (known.name == aid or len(name) > len(known.name)):
            known.name = name
    return registry


def _keep(mentions: pd.DataFrame, metonyms: bool, adjectives: bool, pronouns: bool, descriptions: bool) -> pd.DataFrame:
    drop = [k for k, on in (("METONYM", metonyms), ("ADJECTIVE", adjectives), ("PRONOUN", pronouns), ("DESCRIPTION", descriptions)) if not on]
    return mentions[~mentions["kind"].isin(drop)]


def _labels(mentions: pd.DataFrame, by: str) -> pd.Series:
    if by == "actor":
        return mentions["actor_id"]
    if by == "country":
        return mentions["country"].where(mentions["country"].astype(bool), mentions["actor_id"])
    raise HelpersError(f"by must be 'actor' or 'country', not {by!r}.")


def count_actors(
    mentions: pd.DataFrame,
    by: str = "actor",
    metonyms: bool = True,
    adjectives: bool = True,
    pronouns: bool = True,
    descriptions: bool = True,
    section: str | None = None,
) -> pd.Series:
    """How often each actor is mentioned, largest first.

    Args:
        mentions: the output of :func:`find_mentions`.
        by: ``"actor"`` (people apart) or ``"country"`` (people and national bodies rolled up to
            their country; international bodies and groups stay themselves).
        metonyms, adjectives, pronouns, descriptions: count these kinds of mention or not.
        section: only this section ("body", "headline" …); all when None.

    Example:
        >>> import pandas as pd
        >>> m = pd.DataFrame({"actor_id": ["RUS", "vladimir_putin"], "kind": ["ADJECTIVE", "NAME"],
        ...                   "country": ["RUS", "RUS"], "section": ["body", "body"]})
        >>> count_actors(m, by="country").to_dict(), count_actors(m, adjectives=False).to_dict()
        ({'RUS': 2}, {'vladimir_putin': 1})
    """
    kept = _keep(mentions, metonyms, adjectives, pronouns, descriptions)
    if section is not None:
        kept = kept[kept["section"] == section]
    counts = _labels(kept, by).value_counts()
    counts = counts.rename_axis(by).rename("mentions")
    return counts.sort_index().sort_values(ascending=False, kind="stable")


def counts_by_section(mentions: pd.DataFrame, by: str = "actor") -> pd.DataFrame:
    """Mentions per actor (rows) and section (columns), actors ordered by their total.

    Example:
        >>> import pandas as pd
        >>> m = pd.DataFrame({"actor_id": ["RUS", "RUS"], "country": ["RUS", "RUS"], "section": ["body", "headline"]})
        >>> counts_by_section(m).loc["RUS"].tolist()
        [1, 1]
    """
    import pandas as pd

    table = pd.crosstab(_labels(mentions, by).rename(by), mentions["section"])
    table = table.loc[table.sum(axis=1).sort_index().sort_values(ascending=False, kind="stable").index]
    return table


def cooccurrence(mentions: pd.DataFrame, by: str = "actor", top: int | None = None, **kinds: bool) -> pd.DataFrame:
    """Who appears with whom: the number of sentences in which both actors are mentioned.

    Args:
        mentions: the output of :func:`find_mentions`.
        by: ``"actor"`` or ``"country"`` (see :func:`count_actors`).
        top: keep only the ``top`` most mentioned actors.
        **kinds: ``metonyms=``, ``adjectives=``, ``pronouns=``, ``descriptions=`` as in :func:`count_actors`.

    Returns:
        A square DataFrame (actors × actors); the diagonal counts the sentences mentioning each actor.

    Example:
        >>> import pandas as pd
        >>> m = pd.DataFrame({"actor_id": ["RUS", "UKR", "RUS"], "kind": ["NAME"] * 3,
        ...                   "country": ["RUS", "UKR", "RUS"], "sentence": [0, 0, 1]})
        >>> cooccurrence(m).values.tolist()
        [[2, 1], [1, 1]]
    """
    import pandas as pd

    kept = _keep(mentions, kinds.get("metonyms", True), kinds.get("adjectives", True), kinds.get("pronouns", True), kinds.get("descriptions", True))
    labels = _labels(kept, by)
    order = labels.value_counts().sort_index().sort_values(ascending=False, kind="stable").index.tolist()
    if top is not None:
        order = order[:top]
    matrix = pd.DataFrame(0, index=order, columns=order, dtype="int64")
    for _, group in labels.groupby(kept["sentence"]):
        present = sorted(set(group) & set(order))
        for a in present:
            matrix.loc[a, a] += 1
        for a, b in combinations(present, 2):
            matrix.loc[a, b] += 1
            matrix.loc[b, a] += 1
    return matrix


def naive_capitalised_counts(article: Article | str) -> pd.Series:
    """The naive way: count capitalised words that do not start a sentence (for contrast).

    Example:
        >>> from helpers.article import article_from_text
        >>> naive_capitalised_counts(article_from_text("Talks\\n\\nThe envoy met Mr Putin. Putin left.")).to_dict()
        {'Mr': 1, 'Putin': 1}
    """
    import pandas as pd

    doc = _document(article, None, "actor_frame")
    by_sentence: list[list[tuple[int, int, str]]] = [[] for _ in doc.sentences]
    for token in doc.tokens:
        by_sentence[token.sentence].append((token.start, token.end, token.text))
    words = []
    for spans in by_sentence:
        units = [k for _, _, k in token_units(spans) if any(c.isalpha() for c in k)]
        words += [k for k in units[1:] if k[:1].isupper()]
    counts = pd.Series(words, dtype=object).value_counts()
    return counts.sort_index().sort_values(ascending=False, kind="stable").rename("count")
