"""Who is in the article: actor mentions found through alias tables, resolved, counted.

The method follows political event-data coding (PETRARCH, Phoenix dictionaries): an alias
table maps surface strings to actors (:mod:`helpers.actors.tables`, :mod:`helpers.actors.aliases`),
matched over token units with the **longest match winning**. On top of the table:

1. **Discovery** (:mod:`~helpers.actors.discovery`) — title + name phrases, appositions, runs of
   capitalised words and names that speak become new PERSON or ORG actors.
2. **Candidates** (:mod:`~helpers.actors.candidates`, :mod:`~helpers.actors.descriptions`) of six
   kinds: NAME, TITLE_NAME, DESCRIPTION, METONYM, ADJECTIVE and PRONOUN.
3. **Selection** (:mod:`~helpers.actors.resolve`): the longest candidate wins where they overlap.
4. **Resolution** (:mod:`~helpers.actors.resolve`, :mod:`~helpers.actors.resolve_descriptions`),
   in document order: descriptions by role + country + recency, pronouns to the most recent
   compatible person.

Every mention names the ``rule`` that made it. See ``helpers/actors/README.md``.

Example:
    >>> from helpers.article import article_from_text
    >>> art = article_from_text("Talks\\n\\nRussian President Vladimir Putin met Mr Orban in "
    ...                         "Moscow. Putin said he was ready.", published="2022-02-01")
    >>> m = find_mentions(art)
    >>> list(zip(m.text, m.actor_id, m.kind))  # doctest: +NORMALIZE_WHITESPACE
    [('Russian President Vladimir Putin', 'vladimir_putin', 'TITLE_NAME'),
     ('Mr Orban', 'orban', 'TITLE_NAME'), ('Putin', 'vladimir_putin', 'NAME'),
     ('he', 'vladimir_putin', 'PRONOUN')]
    >>> m.rule.tolist()
    ['title_name', 'title_name', 'surname_after_full_name', 'pronoun_same_sentence']
"""

from __future__ import annotations

from .aliases import load_actor_table
from .counts import (
    actor_frame,
    cooccurrence,
    count_actors,
    counts_by_section,
    find_mentions,
    naive_capitalised_counts,
)
from .model import KINDS, Mention
from .reader import ActorLayer, actor_records, mention_records, read_actors
from .tables import Actor, ActorTable, Entry, keys_of, snake_id

__all__ = [
    "KINDS",
    "Mention",
    "Actor",
    "ActorTable",
    "Entry",
    "ActorLayer",
    "find_mentions",
    "actor_frame",
    "count_actors",
    "counts_by_section",
    "cooccurrence",
    "naive_capitalised_counts",
    "read_actors",
    "mention_records",
    "actor_records",
    "load_actor_table",
    "keys_of",
    "snake_id",
]
