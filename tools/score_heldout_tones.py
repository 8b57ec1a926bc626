"""Score the tone of the held-out statements ONCE: plain VADER and the course's scorer against a reader.

    python tools/score_heldout_tones.py

data/heldout/tones.csv holds one annotator's judgements (-2 … +2, the guideline in
data/annotations/README.md) of every statement of h17-h32, made by reading, without any score. The
scorer's rules were written on the course article and the dev set only. This prints only the
aggregate agreement (correlations and the sign table), never the statements, so that nobody tunes
on their errors.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers.sentiment import tones  # noqa: E402
from helpers.sentiment.agreement import sign_table, tone_agreement  # noqa: E402


def statement_kinds(judged: pd.DataFrame, folder: Path) -> list[str]:
    """Each judged statement's ``kind`` as the held-out annotation gives it (same source and offsets), so that
    the course's scorer reads reported speech as :func:`helpers.analysis.analyze` does; ``direct`` if none."""
    kinds = {}
    for source in set(judged["source"]):
        annotation = json.loads((folder / source).read_text(encoding="utf-8"))
        kinds.update({(source, s["start"], s["end"]): s["kind"] for s in annotation.get("statements", [])})
    return [kinds.get((row.source, row.start, row.end), "direct") for row in judged.itertuples()]


def main() -> None:
    judged = pd.read_csv(ROOT / "data" / "heldout" / "tones.csv")
    scores = pd.DataFrame(tones(judged["text"].astype(str), statement_kinds(judged, ROOT / "data" / "heldout")))
    table = pd.concat([judged[["tone"]], scores[["compound", "overlay_compound"]]], axis=1)
    print(f"{len(table)} held-out statements judged by one reader")
    print(tone_agreement(table, ["compound", "overlay_compound"], judgement="tone").to_string(index=False))
    for column in ("compound", "overlay_compound"):
        print(f"\nsign table, {column} (rows: reader, columns: machine)")
        print(sign_table(table, column, judgement="tone").to_string())


if __name__ == "__main__":
    main()
