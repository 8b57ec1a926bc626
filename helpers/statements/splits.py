"""Split quotes: “A,” she said. “B.” is one statement in two parts.

Writers often break a speaker's quote with the frame that names the speaker: ``“We will not
back down,” the minister said. “Not now, not ever.”``. That is one attribution (one speaker,
one cue, one quotation), as public attribution corpora such as PolNeAR annotate it, so the
course reports it as one statement. Its span runs from the first part's start to the last
part's end (the frame inside it), and ``parts`` lists the quoted pieces, so that
``text[start:end]`` is still the span and each part can be highlighted on its own. Its tone is
scored on its text, frame included, like every statement's: the frame's words ("the minister
said") are neutral to VADER.

A quote joins the statement before it when both are direct quotes in the same paragraph, and
the later one has no frame of its own but takes its speaker and cue from that statement's
frame (rules ``floating_quote`` and ``split_quote``). A new paragraph starts a new statement.

Example:
    >>> text = "“We will,” she said. “Not now.”"
    >>> said = dict(kind="direct", speaker_id="x", speaker_text="she", cue="said", cue_start=15, cue_end=19,
    ...             section="", sentence=0, speaker_start=11, speaker_end=14)
    >>> first = Statement(1, 9, text[1:9], **said, rule="quote_then_cue", parts=((1, 9),))
    >>> second = Statement(22, 30, text[22:30], **said, rule="floating_quote", parts=((22, 30),))
    >>> [(s.text, s.parts) for s in join_split_quotes([first, second], text, [0])]
    [('We will,” she said. “Not now.', ((1, 9), (22, 30)))]
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from .model import Statement

__all__ = ["CONTINUING_RULES", "join_split_quotes", "quoted_pieces"]

#: the rules of a quote with no frame of its own that continues the frame before it
CONTINUING_RULES = frozenset({"floating_quote", "split_quote"})


def _continues(group: Statement, quote: Statement, paragraph_starts: list[int]) -> bool:
    """Does ``quote`` continue ``group``: a frameless direct quote on the same cue, same paragraph?"""
    return (
        group.kind == quote.kind == "direct"
        and quote.rule in CONTINUING_RULES
        and group.cue_start >= 0
        and (quote.cue_start, quote.cue_end) == (group.cue_start, group.cue_end)
        and quote.start >= group.end
        and bisect.bisect_right(paragraph_starts, group.start) == bisect.bisect_right(paragraph_starts, quote.start)
    )


def join_split_quotes(statements: list[Statement], text: str, paragraph_starts: list[int]) -> list[Statement]:
    """The statements in document order with each split quote joined into one statement.

    Args:
        statements: statements in document order, each with ``parts`` set.
        text: the article text (the joined statement's ``text`` is ``text[start:end]``).
        paragraph_starts: the start offset of every paragraph, ascending.
    """
    joined: list[Statement] = []
    for statement in statements:
        if joined and _continues(joined[-1], statement, paragraph_starts):
            group = joined[-1]
            joined[-1] = replace(
                group, end=statement.end, text=text[group.start : statement.end], parts=group.parts + statement.parts
            )
        else:
            joined.append(statement)
    return joined


def quoted_pieces(statement: Mapping[str, Any]) -> list[tuple[int, int]]:
    """The spans to shade for one statement record: its ``parts``, or its whole span.

    A split quote is shaded part by part, its frame left plain between them.

    Example:
        >>> quoted_pieces({"start": 1, "end": 30, "parts": [(1, 9), (22, 30)]}), quoted_pieces({"start": 4, "end": 9})
        ([(1, 9), (22, 30)], [(4, 9)])
    """
    parts = statement.get("parts")
    return [(int(a), int(b)) for a, b in parts] if parts is not None and len(parts) else [(statement["start"], statement["end"])]
