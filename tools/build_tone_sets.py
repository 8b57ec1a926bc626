"""Draw real-news statements for tone judgements from PolNeAR's development splits.

    python tools/build_tone_sets.py              # after python tools/build_corpora.py

Writes, into corpora/tones/ (git-ignored: the texts are copyrighted news):

- ``dev_to_judge.csv``: 240 attributions drawn from PolNeAR ``train``, to tune the course's scorer on;
- ``heldout_to_judge.csv``: 160 attributions drawn from PolNeAR ``dev``, judged once and scored once
  at the end, never read for errors;
- ``dev2_to_judge.csv`` and ``heldout2_to_judge.csv``: a second round of the same sizes, drawn with other
  seeds from what the first round left (a held-out set is spent once it has been scored, so a further
  tuning round needs fresh statements on both sides);
- ``dev3_to_judge.csv`` (400 from train) and ``heldout3_to_judge.csv`` (160 from dev): a third round;
- ``heldout4_to_judge.csv`` (160 from dev): the fourth round's held-out set (that round tuned on all six
  earlier sets, the three spent held-out sets included);
- ``heldout5_to_judge.csv`` (160 from dev): the fifth round's held-out set (that round tuned on all seven
  earlier sets);
- ``heldout6_to_judge.csv`` (160 from dev): the sixth held-out set (round 5 tuned on all eight earlier sets).
- ``heldout7_to_judge.csv`` (160 from dev): the seventh held-out set (round 6 tunes on all nine earlier sets).
- ``heldout8_to_judge.csv`` (160 from train, never judged before: the dev split's 1,133 statements are spent):
  the eighth held-out set.
- ``heldout9_to_judge.csv`` (160 from train, never judged before): the ninth held-out set.
- ``heldout10_to_judge.csv`` (160 from train, never judged before): the tenth held-out set.
- ``heldout11_to_judge.csv`` (160 from train, never judged before): the eleventh held-out set.
- ``heldout12_to_judge.csv`` (160 from train, never judged before): the twelfth held-out set.
- ``heldout13_to_judge.csv`` (160 from train, never judged before): the thirteenth held-out set.
- ``heldout14_to_judge.csv`` (160 from train, never judged before): the fourteenth held-out set.
- ``heldout15_to_judge.csv`` and ``heldout16_to_judge.csv`` (160 from train each, never judged before): the
  fifteenth and sixteenth held-out sets.

Each row is one gold attribution the course's scoring rules score (a *quote* or *reported* unit, see
:mod:`helpers.corpora.brat`) with a Source, its content between 20 and 400 characters: ``id, article,
start, end, text, context`` (``text`` is the content, its fragments joined by " … "; ``context`` the
lines around it). Gold contents rather than the helpers' own statements, so that the tone measurement
does not depend on how well statements are found. The draw is seeded: the same corpora give the same
rows. A reader adds ``tone`` (-2 … +2, the guideline in data/annotations/README.md) and ``note``,
without looking at any machine score; the judgements are kept, with offsets but no text, in
``data/annotations/polnear_tones_<set>.csv``. PolNeAR's ``test`` split is reserved and never read.
"""

from __future__ import annotations

import csv
import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers.corpora.brat import read_brat  # noqa: E402


@dataclass(frozen=True)
class ToneSet:
    """One drawn set: its file, the split it comes from, its size, seed and id prefix. It avoids every earlier set of
    its split (:func:`earlier_sets`), so that no statement is judged twice."""

    name: str
    split: str
    size: int
    seed: int
    prefix: str


SETS = [
    ToneSet("dev_to_judge.csv", "train", 240, 20221, "train"),
    ToneSet("heldout_to_judge.csv", "dev", 160, 20222, "dev"),
    ToneSet("dev2_to_judge.csv", "train", 240, 20223, "train2"),
    ToneSet("heldout2_to_judge.csv", "dev", 160, 20224, "dev2"),
    ToneSet("dev3_to_judge.csv", "train", 400, 20225, "train3"),
    ToneSet("heldout3_to_judge.csv", "dev", 160, 20226, "dev3"),
    ToneSet("heldout4_to_judge.csv", "dev", 160, 20227, "dev4"),
    ToneSet("heldout5_to_judge.csv", "dev", 160, 20228, "dev5"),
    ToneSet("heldout6_to_judge.csv", "dev", 160, 20229, "dev6"),
    ToneSet("heldout7_to_judge.csv", "dev", 160, 20230, "dev7"),
    # the dev split's 1,133 statements are spent (13 left): the eighth held-out set comes from train, never judged before
    ToneSet("heldout8_to_judge.csv", "train", 160, 20231, "train8"),
    ToneSet("heldout9_to_judge.csv", "train", 160, 20232, "train9"),
    ToneSet("heldout10_to_judge.csv", "train", 160, 20233, "train10"),
    ToneSet("heldout11_to_judge.csv", "train", 160, 20234, "train11"),
    ToneSet("heldout12_to_judge.csv", "train", 160, 20235, "train12"),
    ToneSet("heldout13_to_judge.csv", "train", 160, 20236, "train13"),
    ToneSet("heldout14_to_judge.csv", "train", 160, 20237, "train14"),
    ToneSet("heldout15_to_judge.csv", "train", 160, 20238, "train15"),
    ToneSet("heldout16_to_judge.csv", "train", 160, 20239, "train16"),
]
COLUMNS = ["id", "article", "start", "end", "text", "context"]


def units(split_folder: Path) -> list[dict]:
    """Every scored attribution with a Source and a content of 20 to 400 characters, in file order."""
    rows = []
    for ann in sorted(split_folder.glob("*.ann")):
        doc = read_brat(ann)
        for unit in doc.attributions:
            if unit.kind == "unscored" or unit.source is None:
                continue
            start, end = unit.content.start, unit.content.end
            if not 20 <= unit.content.length <= 400:
                continue
            rows.append({"article": doc.name, "start": start, "end": end, "text": " ".join(unit.content.text.split()),
                         "context": _context(doc.text, start, end)})
    return rows


def earlier_sets(tone_set: ToneSet, sets: list[ToneSet] = SETS) -> list[str]:
    """The names of the sets of ``tone_set``'s split drawn before it: the statements it must not draw again.

    >>> earlier_sets(SETS[2]), earlier_sets(SETS[1])
    (['dev_to_judge.csv'], [])
    """
    before = sets[: sets.index(tone_set)]
    return [s.name for s in before if s.split == tone_set.split]


def draw(pool: list[dict], tone_set: ToneSet, earlier: list[list[dict]]) -> list[dict]:
    """A seeded sample of ``pool`` without the attributions of the ``earlier`` sets, numbered in file order.

    >>> pool = [{"article": "a", "start": n, "end": n + 30} for n in range(5)]
    >>> first = draw(pool, ToneSet("one.csv", "train", 2, 1, "one"), [])
    >>> second = draw(pool, ToneSet("two.csv", "train", 3, 2, "two"), [first])
    >>> [row["id"] for row in second], {r["start"] for r in first} & {r["start"] for r in second}
    (['two-001', 'two-002', 'two-003'], set())
    """
    taken = {(row["article"], row["start"], row["end"]) for rows in earlier for row in rows}
    free = [unit for unit in pool if (unit["article"], unit["start"], unit["end"]) not in taken]
    chosen = sorted(random.Random(tone_set.seed).sample(range(len(free)), tone_set.size))
    return [{"id": f"{tone_set.prefix}-{number:03d}", **free[index]} for number, index in enumerate(chosen, 1)]


def _context(text: str, start: int, end: int, margin: int = 300) -> str:
    """The content with up to ``margin`` characters either side, cut at line breaks where possible."""
    left = text.rfind("\n", 0, max(0, start - margin // 2))
    left = max(0, start - margin) if left < start - margin else left + 1
    right = text.find("\n", min(len(text), end + margin // 2))
    right = min(len(text), end + margin) if right == -1 or right > end + margin else right
    return " ".join(text[left:right].split())


def main() -> int:
    corpora = ROOT / "corpora"
    out = corpora / "tones"
    out.mkdir(parents=True, exist_ok=True)
    drawn: dict[str, list[dict]] = {}
    for tone_set in SETS:
        folder = corpora / "polnear" / tone_set.split
        if not folder.is_dir():
            print(f"{folder} is missing: build the corpora first with python tools/build_corpora.py", file=sys.stderr)
            return 2
        drawn[tone_set.name] = rows = draw(units(folder), tone_set, [drawn[name] for name in earlier_sets(tone_set)])
        with open(out / tone_set.name, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
        print(f"{out / tone_set.name}: {len(rows)} attributions from PolNeAR {tone_set.split}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
