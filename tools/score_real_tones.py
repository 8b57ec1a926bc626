"""Score plain VADER and the course's scorer against a reader's tone judgements on real news.

    python tools/score_real_tones.py dev         # a tuning set: agreement, then the worst misses
    python tools/score_real_tones.py dev dev2    # both tuning sets together
    python tools/score_real_tones.py heldout16   # ONCE, at the end: agreement only

Sets: ``dev``, ``dev2`` and ``dev3`` (PolNeAR train, to tune on); ``heldout``, ``heldout2`` and
``heldout3`` (PolNeAR dev, each scored once at the end of its round, aggregates only, and tuning sets
from the fourth round on, as a spent held-out set is); ``heldout4`` (PolNeAR dev, the fourth round's
held-out set, a tuning set since); ``heldout5`` (PolNeAR dev, judged by an eighth reader after the fourth
round, scored once with the round-4 scorer, a tuning set since); ``heldout6`` (PolNeAR dev, judged by a ninth
reader, scored once at the end of round 5, a tuning set since); ``heldout7`` (PolNeAR dev, judged by a tenth reader,
scored once with the round-5 scorer, a tuning set since); ``heldout8`` (PolNeAR train statements never judged before,
the dev split being spent, judged by an eleventh reader, scored once with the round-5 scorer, a tuning set since);
``heldout9`` (160 more PolNeAR train statements, judged by a twelfth reader, scored once with the round-5 scorer, a tuning
set since); ``heldout10`` (160 more, judged by a thirteenth reader, scored once with the round-5 scorer, a tuning set since);
``heldout11`` (160 more, judged by a fourteenth reader, scored once with the round-5 scorer, a tuning set since);
``heldout12`` (160 more, judged by a fifteenth reader, scored once with the round-5 scorer, a tuning set since);
``heldout13`` (160 more, judged by a sixteenth reader, scored once with the round-5 scorer, a tuning set since);
``heldout14`` (160 more, judged by a seventeenth reader, scored once with the round-5 scorer, a tuning set since);
``heldout15`` (160 more, judged by an eighteenth reader, scored once with the round-5 scorer, a tuning set since);
``heldout16`` (160 more, judged by a nineteenth reader: the current held-out set). Reads the statements from
``corpora/tones/<set>_to_judge.csv`` (made by ``tools/build_tone_sets.py``) and the reader's judgements from
``data/annotations/polnear_tones_<set>.csv`` (``id,article,start,end,tone,note``: offsets, no news
text, so they can be kept in the repository). A statement's ``kind`` comes from its text (:func:`polnear_kind`: a
content with a quotation mark is a quote, else reported speech) and is passed to the course's scorer. For the
held-out set it prints only the aggregate agreement, never a statement, so that nobody tunes on its
errors. The corpora are copyrighted news kept out of git: nothing in CI depends on this script.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers.corpora.brat import QUOTE_MARKS  # noqa: E402
from helpers.sentiment import tones  # noqa: E402
from helpers.sentiment.agreement import (  # noqa: E402
    annotator_agreement,
    disagreements,
    sign_table,
    tone_agreement,
)

SCORES = ["compound", "overlay_compound"]
TUNING = ("dev", "dev2", "dev3", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
          "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15")
HELD_OUT = ("heldout16",)


def judged_table(which: str, root: Path = ROOT) -> pd.DataFrame:
    """The statements of one set with the reader's ``tone`` and both machine scores (files under ``root``)."""
    statements = pd.read_csv(root / "corpora" / "tones" / f"{which}_to_judge.csv")
    judgements = pd.read_csv(root / "data" / "annotations" / f"polnear_tones_{which}.csv")
    table = statements.merge(judgements[["id", "article", "start", "end", "tone"]], on=["id", "article", "start", "end"],
                             how="inner", validate="one_to_one")
    if len(table) != len(judgements):
        raise SystemExit("The drawn statements do not match the judgements: rebuild corpora/ from the same PolNeAR commit.")
    table = table.reset_index(drop=True)
    table["kind"] = [polnear_kind(text) for text in table["text"].astype(str)]
    scores = pd.DataFrame(tones(table["text"].astype(str), table["kind"]))
    return pd.concat([table, scores[SCORES]], axis=1)


#: a quotation mark in a PolNeAR content, as a reader sees it: the double marks that PolNeAR's scoring rules
#: count (:data:`helpers.corpora.brat.QUOTE_MARKS`), and also the New York Times' two apostrophes and a single
#: quote opening a word ('top secret'), which those rules leave to reported speech
QUOTE_MARK = re.compile("[" + re.escape("".join(QUOTE_MARKS)) + r"]|''|(?:^|\s)[‘'][A-Za-z]")


def polnear_kind(text: str) -> str:
    """``direct`` when a PolNeAR content holds a quotation mark (a quote, mixed ones included), else ``indirect``.

    PolNeAR's contents keep their quote marks (the course's own direct statements do not: their
    kind comes from the statement finder).

    >>> polnear_kind("“We will win,”"), polnear_kind("that they would win"), polnear_kind("it was ''a disaster''")
    ('direct', 'indirect', 'direct')
    """
    return "direct" if QUOTE_MARK.search(text) else "indirect"


def second_readings(table: pd.DataFrame, root: Path = ROOT) -> pd.DataFrame | None:
    """The agreement between the two readers of the sets in ``table`` that a second reader also judged.

    A second reading sits beside the first as ``polnear_tones_<set>_b.csv`` (same columns, judged by
    someone who saw neither the first reader's judgements nor any score). None when no set has one.
    """
    pairs = []
    for name in table["set"].unique():
        path = root / "data" / "annotations" / f"polnear_tones_{name}_b.csv"
        if path.is_file():
            second = pd.read_csv(path)[["id", "article", "start", "end", "tone"]]
            pair = table[table["set"] == name].merge(second, on=["id", "article", "start", "end"], suffixes=("", "_b"),
                                                     validate="one_to_one")
            if len(pair) != len(second) or len(pair) != (table["set"] == name).sum():
                raise SystemExit(f"{path.name} does not judge the same statements as the first reader: compare the two files' ids and offsets.")
            pairs.append(pair)
    if not pairs:
        return None
    both = pd.concat(pairs, ignore_index=True)
    return annotator_agreement(both["tone"], both["tone_b"]).assign(sets=" + ".join(both["set"].unique()))


def main(argv: list[str], root: Path = ROOT) -> int:
    """Score the named sets (files under ``root``); 0, or 2 with a usage line on bad arguments."""
    sets = list(dict.fromkeys(argv))
    if not sets or any(name not in TUNING + HELD_OUT for name in sets) or (len(sets) > 1 and set(sets) & set(HELD_OUT)):
        print(f"usage: python tools/score_real_tones.py {'|'.join(TUNING + HELD_OUT)} (tuning sets may be combined)",
              file=sys.stderr)
        return 2
    try:
        table = pd.concat([judged_table(name, root).assign(set=name) for name in sets], ignore_index=True)
    except FileNotFoundError as missing:
        print(f"{missing.filename} is missing: run tools/build_tone_sets.py and have a reader judge the set.", file=sys.stderr)
        return 2
    which = " + ".join(sets)
    print(f"{len(table)} real-news statements ({which}) judged by one reader per set")
    print(tone_agreement(table, SCORES, judgement="tone").to_string(index=False))
    readers = second_readings(table, root)
    if readers is not None:
        print("\ntwo readers of the same statements (the ceiling for a machine)")
        print(readers.to_string(index=False))
    for column in SCORES:
        print(f"\nsign table, {column} (rows: reader, columns: machine)")
        print(sign_table(table, column, judgement="tone").to_string())
    if not set(sets) & set(HELD_OUT):
        with pd.option_context("display.width", 200, "display.max_colwidth", 110):
            print("\nlargest misses of the course's scorer")
            misses = disagreements(table, "overlay_compound", judgement="tone", n=25)
            print(misses[["id", "text", "tone", "compound", "overlay_compound", "gap"]].to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
