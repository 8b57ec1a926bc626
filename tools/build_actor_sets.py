"""Rebuild the hand-annotated actor mentions of PolNeAR train and dev articles (and of TimeBank and AQUAINT
documents) as course JSON folders.

    python tools/build_actor_sets.py             # after python tools/build_corpora.py
    python -m helpers evaluate corpora/polnear_actors_b

PolNeAR labels attributions, not actors, so actor mentions (names, descriptions, pronouns …) were
annotated by hand for this course on 905 of its articles (822 train, 83 dev), by annotators who never read the
code, following section 3 of ``data/annotations/README.md``: set ``a`` (six articles, tuned on), set
``b`` (six articles from six outlets), sets ``c`` to ``z`` and ``aa`` to ``as`` (seven articles from seven
outlets each), ``at`` to ``az`` and ``ba`` to ``be`` (six each: no New York Times article was left), ``bf`` to
``bh`` (five each: nor Washington Post), ``bi`` to ``bu`` (seven each, articles of up to 1,500 words), ``bv`` to
``cl`` (six each, ``cd`` five), ``cm`` to ``dk`` (two to five each: the last train articles of up to 1,500 words),
``dl`` to ``dv`` (four to seven each, mostly from the dev split), ``dw`` to ``ee`` (two to seven each, articles of
up to 2,200 words), ``ef`` to ``ew`` (the last articles of 100 words or more: short ones of up to 250 words and
long ones of up to 5,500); each was scored untouched before its errors were read. Sets
``g2``, ``h2``, ``i2``, ``j2``, ``k2``, ``l2``, ``m2``, ``n2``, ``o2``, ``p2``, ``q2`` and ``r2`` are second
annotations of the articles of g to r, by other annotators, to measure how far two people agree (``python -m helpers evaluate FOLDER --against OTHER_FOLDER``). The annotation is
kept in ``data/annotations/polnear_mentions.csv`` as offsets and ids only (``set, article,
publication_date, start, end, actor_id, kind``), because the texts are copyrighted news. This
script joins it with the texts in the git-ignored ``corpora/polnear/train/`` (or ``dev/``) and writes
``corpora/polnear_actors/`` and ``corpora/polnear_actors_{b,…,ew,g2,…,r2}/``: each article's
``.txt`` and a ``.json`` in the course's annotation format, which ``python -m helpers evaluate``
scores. ``data/annotations/timebank_mentions.csv`` (228 TimeBank and AQUAINT documents of 1989 to 2000, sets
``ta`` to ``tz`` and ``ua`` to ``uc``) is joined the same way with ``corpora/timebank_aquaint/*.tml`` and written to
``corpora/timebank_actors_<set>/``. ``data/annotations/gum_mentions.csv`` (22 Wikinews news documents of
2006 to 2023 from GUM's train and dev splits, sets ``ga`` to ``gd``, and its 17 Wikinews interviews, sets ``gi``
to ``gk``; ``gb2`` and ``gc2`` are second annotations of ``gb`` and ``gc``) is joined with ``corpora/gum_news/`` (``gum_interviews/``) and written to ``corpora/gum_actors_<set>/``. ``data/annotations/conll_mentions.csv`` (Reuters
documents of 1996 and 1997 from CoNLL-2003's train and dev files, sets ``ra`` to ``rf``, ``sa`` to ``sf``, ``va`` to ``vh``,
``wa`` to ``wh``, ``xa`` to ``xh``, ``ya`` to ``yh``, ``za`` to ``zg``, ``qa`` to ``qh``, ``ka`` to ``kh`` and ``ja`` to ``jh``; ``ra2`` and ``rb2`` are second
annotations) is joined with ``corpora/conll_news/<split>/`` and written to
``corpora/conll_actors_<set>/``. ``data/annotations/silver_mentions.csv`` (AFP and Xinhua documents of 1997, 2005 and
2006 from TempEval-3's silver training data) is joined with ``corpora/te3_silver/*.tml`` and written to
``corpora/silver_actors_<set>/``. ``data/annotations/ecb_mentions.csv`` (news pages of 2005 to 2013 from ECB+'s
development topics) is joined with ``corpora/ecb_news/`` and written to ``corpora/ecb_actors_<set>/``.
``data/annotations/conll_statements.csv`` (who said what in 24 CoNLL-2003 reports already annotated for actors: sets
``sa`` to ``sd``, columns ``set, document, publication_date, start, end, kind, speaker_id``) is written to
``corpora/conll_statements_<set>/``, whose JSON holds ``statements`` only. Nothing in CI or the notebooks depends on them.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def folder_name(which: str) -> str:
    """The scoring folder of set ``which``: set a is ``polnear_actors``, the others carry their letter.

    Example:
        >>> folder_name("a"), folder_name("d")
        ('polnear_actors', 'polnear_actors_d')
    """
    return "polnear_actors" if which == "a" else f"polnear_actors_{which}"


#: the PolNeAR splits whose articles were annotated for actors (never ``test``, which is reserved)
SPLITS = ("train", "dev")


def corpus_file(root: Path, *candidates: str, hint: str = "") -> Path:
    """The first of ``candidates`` (paths under ``root/corpora``) that exists.

    Raises:
        SystemExit: none does: the corpora are not built yet (``hint`` says what else the build needs).
    """
    for candidate in candidates:
        if (root / "corpora" / candidate).is_file():
            return root / "corpora" / candidate
    raise SystemExit(f"corpora/{candidates[0]} is missing: build the corpora first with python tools/build_corpora.py{hint}")


def source_text(root: Path, article: str) -> str:
    """The text of a PolNeAR article of the ``train`` or ``dev`` split under ``root/corpora/polnear``.

    Raises:
        SystemExit: neither split holds it (the corpora are not built yet).
    """
    return corpus_file(root, *(f"polnear/{split}/{article}.txt" for split in SPLITS)).read_text(encoding="utf-8-sig")


def build(root: Path = ROOT) -> dict[str, int]:
    """Write the annotated articles under ``root/corpora``; the number of articles per folder.

    Reads ``polnear_mentions.csv`` and, when it is there, ``timebank_mentions.csv`` (TimeBank and AQUAINT
    documents, whose text is the ``TEXT`` of their TimeML file: :func:`timebank_text`).

    Raises:
        SystemExit: a corpus text is missing, or an offset does not fit its text.
    """
    annotations = root / "data" / "annotations"
    written: dict[str, int] = defaultdict(int)
    for (which, article, published), rows in _grouped(annotations / "polnear_mentions.csv", "article").items():
        _write(root / "corpora" / folder_name(which), article, published, source_text(root, article), rows)
        written[folder_name(which)] += 1
    for layer, tables in (("mentions", _OTHER_CORPORA), ("statements", _STATEMENT_TABLES)):
        for table, prefix, text_of in tables:
            if (annotations / table).is_file():
                for (which, document, published), rows in _grouped(annotations / table, "document").items():
                    folder = f"{prefix}_{which}"
                    _write(root / "corpora" / folder, f"{published}_{document}", published, text_of(root, published, document), rows, layer)
                    written[folder] += 1
    return dict(written)


def gum_text(root: Path, published: str, document: str) -> str:
    """The text of a GUM news report or interview as ``tools/build_corpora.py`` rebuilt it,
    ``root/corpora/gum_news/<published>_<document>.txt`` (``gum_interviews/`` for a ``GUM_interview_`` document).

    Raises:
        SystemExit: the file is missing (the corpora are not built yet, or GUM's mirror was absent).
    """
    from helpers.corpora.article import rebuilt_file_name

    folder = "gum_interviews" if document.startswith("GUM_interview_") else "gum_news"
    return corpus_file(root, f"{folder}/{rebuilt_file_name(published, document)}", hint=" (with GUM's mirror)").read_text(encoding="utf-8")


def conll_text(root: Path, published: str, document: str) -> str:
    """The text of a CoNLL-2003 Reuters document as ``tools/build_corpora.py`` rebuilt it,
    ``root/corpora/conll_news/<split>/<published>_<document>.txt`` (the split is in the name: ``conll_train_012``).

    Raises:
        SystemExit: the document is no train or dev document, or the file is missing (the corpora are not built yet,
            or the CoNLL mirror was absent).
    """
    from helpers.corpora.article import rebuilt_file_name
    from helpers.corpora.conll import CONLL_DEVELOPMENT_SPLITS

    split = document.split("_")[1] if document.count("_") >= 2 else ""
    if split not in CONLL_DEVELOPMENT_SPLITS:
        raise SystemExit(f"{document} is no CoNLL-2003 development document (conll_train_NNN or conll_dev_NNN): check conll_mentions.csv.")
    return corpus_file(root, f"conll_news/{split}/{rebuilt_file_name(published, document)}", hint=" (with the CoNLL-2003 mirror)").read_text(encoding="utf-8")


def timebank_text(root: Path, published: str, document: str, folder: str = "timebank_aquaint") -> str:
    """The text of a TimeBank or AQUAINT document, ``root/corpora/timebank_aquaint/<document>.tml``, as the
    course reads it (:func:`helpers.corpora.timeml.read_timeml`); ``folder`` names another folder of TimeML files.

    Raises:
        SystemExit: the file is missing (the corpora are not built yet).
    """
    path = corpus_file(root, f"{folder}/{document}.tml")
    from helpers.corpora.timeml import read_timeml

    return read_timeml(path).text


def silver_text(root: Path, published: str, document: str) -> str:
    """The text of a document of TempEval-3's silver training data, ``root/corpora/te3_silver/<document>.tml``.

    Raises:
        SystemExit: the file is missing (the corpora are not built yet).
    """
    return timebank_text(root, published, document, folder="te3_silver")


def ecb_text(root: Path, published: str, document: str) -> str:
    """The text of an ECB+ news page as ``tools/build_corpora.py`` rebuilt it, ``root/corpora/ecb_news/<published>_<document>.txt``.

    Raises:
        SystemExit: the file is missing (the corpora are not built yet, or the ECB+ mirror was absent).
    """
    from helpers.corpora.article import rebuilt_file_name

    return corpus_file(root, f"ecb_news/{rebuilt_file_name(published, document)}", hint=" (with the ECB+ mirror)").read_text(encoding="utf-8")


#: the annotation tables of the corpora other than PolNeAR: table, folder prefix, and how to get a document's text
_OTHER_CORPORA = (
    ("timebank_mentions.csv", "timebank_actors", timebank_text),
    ("gum_mentions.csv", "gum_actors", gum_text),
    ("conll_mentions.csv", "conll_actors", conll_text),
    ("silver_mentions.csv", "silver_actors", silver_text),
    ("ecb_mentions.csv", "ecb_actors", ecb_text),
)

#: the statement tables (who said what, annotated on documents already annotated for actors): table, folder prefix,
#: and how to get a document's text
_STATEMENT_TABLES = (("conll_statements.csv", "conll_statements", conll_text),)


def _grouped(table: Path, key: str) -> dict[tuple[str, str, str], list[dict]]:
    """The rows of an annotation table by (set, article or document, publication date)."""
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    with open(table, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            groups[(row["set"], row[key], row["publication_date"])].append(row)
    return groups


def _write(out: Path, stem: str, published: str, text: str, rows: list[dict], layer: str = "mentions") -> None:
    """One annotated article: ``<stem>.txt`` and its ``<stem>.json`` in the course's annotation format; ``layer`` is
    ``mentions`` (rows with ``actor_id``) or ``statements`` (rows with ``speaker_id``)."""
    records = []
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        if not 0 <= start < end <= len(text):
            raise SystemExit(f"{stem}: {layer[:-1]} {start}-{end} does not fit the text: rebuild corpora/ from the same corpus commit.")
        who = {"actor_id": row["actor_id"]} if layer == "mentions" else {"speaker_id": row["speaker_id"]}
        records.append({"start": start, "end": end, "text": text[start:end], **who, "kind": row["kind"]})
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{stem}.txt").write_bytes(text.encode("utf-8"))
    annotation = {"source": f"{stem}.txt", "publication_date": published, layer: sorted(records, key=lambda m: m["start"])}
    (out / f"{stem}.json").write_text(json.dumps(annotation, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    for folder, count in sorted(build().items()):
        print(f"corpora/{folder}: {count} annotated articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
