"""The actor stage over one document: discover, propose, select, resolve.

:class:`ActorReader` puts the steps together (each step is a mixin in its own module, all
reading the per-article state that :class:`~helpers.actors.units.ArticleUnits` creates).
:func:`read_actors` is what :class:`helpers.document.Document` calls; :func:`actor_records`
gives the rows of the ``actors`` key of the JSON contract.

Example:
    >>> from helpers.article import article_from_text
    >>> from helpers.document import Document
    >>> doc = Document(article_from_text("Talks\\n\\nRussian President Vladimir Putin spoke. He left.", published="2022-02-01"))
    >>> [(m.text, m.actor_id, m.rule) for m in read_actors(doc).mentions]
    [('Russian President Vladimir Putin', 'vladimir_putin', 'title_name'), ('He', 'vladimir_putin', 'pronoun_recent_person')]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..text import paused_cycle_collection
from .aliases import load_actor_table
from .candidates import Candidates
from .descriptions import Descriptions
from .discovery import Discovery
from .markers import Markers, products, ship_names
from .model import Candidate, Mention
from .names import Names
from .offices import Offices
from .registry import Registry
from .resolve import Resolution
from .resolve_descriptions import DescriptionResolution
from .tables import Actor, ActorTable
from .units import ArticleUnits

__all__ = ["ActorLayer", "ActorReader", "read_actors", "reader_for", "mention_records", "actor_records", "actor_rows"]


class ActorReader(Resolution, DescriptionResolution, Descriptions, Candidates, Discovery, Offices, Registry, Names, Markers, ArticleUnits):
    """One document read against one actor table: units, discovered actors, candidates, mentions."""

    def __init__(self, doc: Any, table: ActorTable) -> None:
        super().__init__(doc, table)
        #: units that are never mentions: wire datelines ("OSLO, Oct 24 (Reuters) -"), tickers ("(NWE.OL)"), quoted
        #: titles and acronyms of things ("the KPX 100 index")
        self.blocked = self._datelines() | self._tickers() | self._quoted_titles() | self._acronyms_of_things() | ship_names(self) | products(self)
        #: portfolio words after an office title ("Minister of State for Foreign Affairs"): never part of a name
        self._portfolios()
        #: the holders of the G20 offices on the publication date, with their name aliases
        self.register_office_holders()
        self.matches()  # every unit's longest alias, looked up in one pass (aliases found later update theirs)

    def run(self) -> list[Mention]:
        """Discover, propose, select, resolve; a description that resolves to no one gives way
        to the shorter mentions inside it ("the Russian leader" with no Russian leader → "Russian")."""
        self.discover()
        cands = self.candidates()
        resolved: list[Candidate] = []
        for _ in range(3):
            resolved = self.resolve_candidates(self.select(cands))
            if not self.failed:
                break
            failed = {(c.start, c.end, c.kind) for c in self.failed}
            cands = [c for c in cands if (c.start, c.end, c.kind) not in failed or c not in self.failed]
        return [self._mention(c) for c in resolved]  # the last round's (made once: a Mention is dear to build)


@dataclass(frozen=True)
class ActorLayer:
    """The actor layer of a document: mentions in document order, and the actors they name by id."""

    mentions: list[Mention]
    actors: dict[str, Actor]


def read_actors(doc: Any) -> ActorLayer:
    """Find and resolve the actor mentions of a :class:`helpers.document.Document`.

    Uses ``doc.sentences``, ``doc.tokens`` and ``doc.actors_table`` (None, a CSV path, a
    DataFrame or an :class:`~helpers.actors.tables.ActorTable`). The actors returned are this
    document's own copies: changing them changes nothing elsewhere.
    """
    table = load_actor_table(doc.actors_table)
    with paused_cycle_collection():  # units and candidates hold no cycles
        reader = ActorReader(doc, table)
        mentions = sorted(reader.run(), key=lambda m: (m.start, m.end))
        layer = ActorLayer(mentions, {aid: reader.actor(aid) for aid in dict.fromkeys(m.actor_id for m in mentions)})
        del reader  # freed before the collector is back on: it would otherwise walk every unit and candidate once
    return layer


def reader_for(text: str, actors: Any = None) -> ActorReader:
    """An :class:`ActorReader` over ``text`` as an article's body (for trying one step at a time).

    Example:
        >>> reader_for("Mr Putin spoke.").keys
        ['Headline', 'Mr', 'Putin', 'spoke', '.']
    """
    from ..article import article_from_text
    from ..document import Document

    doc = Document(article_from_text("Headline\n\n" + text, published="2022-02-01"), actors_table=actors)
    return ActorReader(doc, load_actor_table(actors))


def mention_records(doc: Any) -> list[Mention]:
    """The document's mentions (``doc.mentions``), in document order."""
    return doc.mentions


def actor_rows(mentions: Iterable[tuple[Any, str, int]], registry: dict[str, Actor], table: ActorTable) -> list[dict[str, Any]]:
    """One row per actor from ``(actor_id, kind, start)`` triples, sorted by count then id.

    Example:
        >>> putin = Actor("vladimir_putin", "Vladimir Putin", "PERSON", country="RUS")
        >>> [r["count"] for r in actor_rows([("vladimir_putin", "NAME", 5)], {"vladimir_putin": putin}, load_actor_table(None))]
        [1]
    """
    groups: dict[str, list[tuple[str, int]]] = {}
    for aid, kind, start in mentions:
        if isinstance(aid, str):  # like groupby: mentions with no actor count for no one
            groups.setdefault(aid, []).append((kind, int(start)))
    rows = []
    for aid, group in groups.items():
        act = registry.get(aid) or table.actors.get(aid) or Actor(aid, aid, "PERSON", origin="unknown")
        rows.append({
            "id": aid,
            "name": act.name,
            "type": act.type,
            "country": act.id if act.type == "COUNTRY" else act.country,
            "role": act.role or ", ".join(sorted(act.roles)),
            "count": len(group),
            "names": sum(kind in ("NAME", "TITLE_NAME") for kind, _ in group),
            "first": min(start for _, start in group),
            "origin": act.origin,
        })
    return sorted(rows, key=lambda r: (-r["count"], r["id"]))


def actor_records(doc: Any) -> list[dict[str, Any]]:
    """The rows of :func:`actor_rows` for a document's own mentions and actors."""
    return actor_rows(((m.actor_id, m.kind, m.start) for m in doc.mentions), doc.actors, load_actor_table(doc.actors_table))
