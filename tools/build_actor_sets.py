"""Rebuild the hand-annotated actor mentions of PolNeAR train and dev articles as course JSON folders.

    python tools/build_actor_sets.py             # after python tools/build_corpora.py
    python -m helpers evaluate corpora/polnear_actors_b

PolNeAR labels attributions, not actors, so actor mentions (names, descriptions, pronouns …) were
annotated by hand for this course on 789 of its articles (719 train, 70 dev), by annotators who never read the
code, following section 3 of ``data/annotations/README.md``: set ``a`` (six articles, tuned on), set
``b`` (six articles from six outlets), sets ``c`` to ``z`` and ``aa`` to ``as`` (seven articles from seven
outlets each), ``at`` to ``az`` and ``ba`` to ``be`` (six each: no New York Times article was left), ``bf`` to
``bh`` (five each: nor Washington Post), ``bi`` to ``bu`` (seven each, articles of up to 1,500 words), ``bv`` to
``cl`` (six each, ``cd`` five), ``cm`` to ``dk`` (two to five each: the last train articles of up to 1,500 words),
``dl`` to ``dv`` (four to seven each, mostly from the dev split), ``dw`` to ``ee`` (two to seven each, articles of
up to 2,200 words); each was scored untouched before its errors were read (``eb`` to ``ee`` never were). Sets
``g2``, ``h2``, ``i2``, ``j2``, ``k2``, ``l2``, ``m2``, ``n2``, ``o2``, ``p2``, ``q2`` and ``r2`` are second
annotations of the articles of g to r, by other annotators, to measure how far two people agree (``python -m helpers evaluate FOLDER --against OTHER_FOLDER``). The annotation is
kept in ``data/annotations/polnear_mentions.csv`` as offsets and ids only (``set, article,
publication_date, start, end, actor_id, kind``), because the texts are copyrighted news. This
script joins it with the texts in the git-ignored ``corpora/polnear/train/`` (or ``dev/``) and writes
``corpora/polnear_actors/`` and ``corpora/polnear_actors_{b,…,ee,g2,…,r2}/``: each article's
``.txt`` and a ``.json`` in the course's annotation format, which ``python -m helpers evaluate``
scores. Nothing in CI or the notebooks depends on them.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_name(which: str) -> str:
    """The scoring folder of set ``which``: set a is ``polnear_actors``, the others carry their letter.

    Example:
        >>> folder_name("a"), folder_name("d")
        ('polnear_actors', 'polnear_actors_d')
    """
    return "polnear_actors" if which == "a" else f"polnear_actors_{which}"


#: the PolNeAR splits whose articles were annotated for actors (never ``test``, which is reserved)
SPLITS = ("train", "dev")


def source_text(root: Path, article: str) -> str:
    """The text of a PolNeAR article of the ``train`` or ``dev`` split under ``root/corpora/polnear``.

    Raises:
        SystemExit: neither split holds it (the corpora are not built yet).
    """
    for split in SPLITS:
        source = root / "corpora" / "polnear" / split / f"{article}.txt"
        if source.is_file():
            return source.read_text(encoding="utf-8-sig")
    raise SystemExit(f"corpora/polnear/train/{article}.txt is missing: build the corpora first with python tools/build_corpora.py")


def build(root: Path = ROOT) -> dict[str, int]:
    """Write the annotated articles under ``root/corpora``; the number of articles per folder.

    Raises:
        SystemExit: a PolNeAR text is missing, or an offset does not fit its text.
    """
    table = root / "data" / "annotations" / "polnear_mentions.csv"
    by_article: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    with open(table, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            by_article[(row["set"], row["article"], row["publication_date"])].append(row)
    written: dict[str, int] = defaultdict(int)
    for (which, article, published), rows in by_article.items():
        text = source_text(root, article)
        mentions = []
        for row in rows:
            start, end = int(row["start"]), int(row["end"])
            if not 0 <= start < end <= len(text):
                raise SystemExit(f"{article}: mention {start}-{end} does not fit the text: rebuild corpora/ from the same PolNeAR commit.")
            mentions.append({"start": start, "end": end, "text": text[start:end], "actor_id": row["actor_id"], "kind": row["kind"]})
        out = root / "corpora" / folder_name(which)
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{article}.txt").write_text(text, encoding="utf-8")
        annotation = {"source": f"{article}.txt", "publication_date": published, "mentions": sorted(mentions, key=lambda m: m["start"])}
        (out / f"{article}.json").write_text(json.dumps(annotation, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written[folder_name(which)] += 1
    return dict(written)


def main() -> int:
    for folder, count in sorted(build().items()):
        print(f"corpora/{folder}: {count} annotated articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
