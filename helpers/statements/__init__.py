"""Who said what: direct quotes, mixed quotes and reported speech, each with its speaker.

The stage is a package of small modules (see ``helpers/statements/README.md``): ``quotes``
(marks, pairing), ``lexicon`` (the data tables), ``masked`` (the masked text and word tools),
``mentions`` (the mention index), ``speakers``, ``frames`` and ``frames_post`` (the frame
rules), ``content`` (content spans), ``floating`` (quotes with no frame), ``attribution``
(one run over an article) and ``api`` (records, DataFrames, highlight). Each statement names
the ``rule`` that found it and the ``speaker_rule`` that found its speaker.

The method is a small rule system in the spirit of the quote extractors used in news research
(Pouliquen, Steinberger & Best 2007; Krestel, Bergler & Witte 2008; the SFU Gender Gap
Tracker, Asr et al. 2021), with every word list kept as data:

1. **Quote marks on raw characters** (:func:`quotes`). Curly marks say which way they face;
   a straight ``"`` or ``'`` is decided by the characters around it, and a single mark
   between two letters is an apostrophe (``Russia's``). Marks pair by family (double, single)
   with a stack, so ``“… ‘x’ …”`` nests. A paragraph that opens a quote and does not close it
   continues into the next paragraph when that one opens with a mark (the news convention for
   long quotes). Marks that cannot be paired are skipped and listed by :func:`quote_problems`.
2. **Frames around cue verbs** (``data/lexicons/reporting_verbs.csv``), found on the text with
   the quotes' contents masked, so a verb *inside* a quote is never a cue:
   ``X said (that) …``, ``…, X said.``, ``“…,” said X.``, ``However, X said, …``,
   ``X told reporters that …`` (or ``told the BBC the union had …``), ``…, saying …``,
   ``according to X``, ``…, X reported Y as saying``, the headline forms ``X: …`` and
   ``Label: ‘…’, says X``, a quote split around its cue (``“We will,” she said, “but not
   yet.”``) and a quote after a subject and a colon or dash (``X was blunt: “…”``). The content
   runs to the end of its clause; a wire dateline is not part of it, and "reported a loss of
   $2m" (a figure, not a clause) is no statement. Settings (``on Monday``, ``shortly after
   9 p.m.``, ``on X``) are skipped around the cue; a quote ending in "?" joins the frame after
   it (``“May we?” the chair asked``); an "as" clause after a time word ends the content of a
   cue before it (``says X stays until Friday as agencies struggle …``); a quoted title
   (``“Shelf Life”``, or any quote after "titled") does not make reported speech a mixed quote;
   an event after the cue is a time (``“…,” she said after the ceremony``); "deny" and "write"
   need a clause; words on display (``a placard read: “…”``) have no speaker.
3. **Nesting**: when a frame's content holds another frame, the innermost speaker gets the
   statement (``an official said Mr Blinken told …`` → Blinken); a frame that follows
   "after", "and", "but" … ends the content before it instead.
4. **Speakers** come from a mentions table (``helpers.actors.find_mentions`` by default): the
   nearest mention before the cue that is not the object of a preposition, skipping
   appositions (``Mr Orban, who …, stressed``). Pronouns carry their resolved person; a bare
   "he"/"she" falls back on the most recent person speaker; "a statement read" on the source
   of the frame before it; "…, it said" on the organisation the reported clause opens with;
   "a spokeswoman for X" or "a statement from X" on X; "Norway's energy ministry" on its owner;
   a description with no resolved mention ("the trust", "police", "the judge") on the last speaker
   or mention holding its head word (a body's never on a person). In "Rovers coach Dermot Keane
   said" the club modifies the speaker: the head (the last mention) speaks. A frame that reports
   nothing ("asked Ottawa for $500m", "announced the buyback") never hides the clause around it.
   Quotes with no frame of their own (a quote-only sentence or
   paragraph) belong to the speaker before them. No speaker found → ``speaker_id`` is None.

A statement's span is its **content**, never its frame: for a pure quote the text between
the marks; for reported speech the reported clause (or the object of "urged", "blasted" …).
``kind`` is ``direct`` when quote marks delimit the content, mixed quotes included.

Example:
    >>> import pandas as pd
    >>> from helpers.article import article_from_text
    >>> art = article_from_text("Talks\\n\\n“We are ready,” Mr Ivanov said. He added that talks would resume.\\n")
    >>> art.text[23:32], art.text[39:41]
    ('Mr Ivanov', 'He')
    >>> ment = pd.DataFrame({"start": [23, 39], "end": [32, 41], "text": ["Mr Ivanov", "He"],
    ...                      "actor_id": ["ivanov", "ivanov"], "kind": ["TITLE_NAME", "PRONOUN"]})
    >>> found = find_statements(art, mentions=ment)
    >>> found[["text", "kind", "speaker_id", "cue"]].values.tolist()
    [['We are ready,', 'direct', 'ivanov', 'said'], ['talks would resume', 'indirect', 'ivanov', 'added']]
    >>> found[["rule", "speaker_rule", "speaker_start", "speaker_end"]].values.tolist()
    [['quote_then_cue', 'subject_mention', 23, 32], ['cue_then_that_clause', 'pronoun', 39, 41]]
"""

from __future__ import annotations

from .api import find_statements, highlight_html, statement_records
from .lexicon import cue_pattern
from .model import COLUMNS, Statement
from .quotes import QuoteMark, quote_problems, quotes

__all__ = [
    "Statement",
    "QuoteMark",
    "COLUMNS",
    "quotes",
    "quote_problems",
    "find_statements",
    "statement_records",
    "cue_pattern",
    "highlight_html",
]
