"""Build the public development corpora into corpora/ (git-ignored) from local git mirrors.

    python tools/build_corpora.py                       # mirrors in their default places
    python tools/build_corpora.py --polnear PATH/TO/PolNeAR.git --tempeval PATH/TO/StructTempRel.git --gum PATH/TO/gum.git
                                                        --conll PATH/TO/BERT-NER.git

Writes, from the mirrors' newest commit (read with ``git ls-tree`` and ``git cat-file``; no work
tree is needed):

- ``corpora/polnear/{train,dev}/``: each article's ``.txt``, ONE ``.ann`` per article (the first
  annotator's file in sorted order, as the course's scoring rules say) and a ``metadata.tsv``
  with each article's publication date (from PolNeAR's ``data/metadata.tsv``).
- ``corpora/timebank_aquaint/``: the TimeBank and AQUAINT ``.tml`` files as cleaned for TempEval-3.
- ``corpora/te3_silver/``: TempEval-3's silver training data (AFP and Xinhua wire news of 1997, 2005 and 2006, whose
  time expressions a machine tagged): a pool of news nobody here has read, annotated for actors by hand.
- ``corpora/gum_news/`` and ``corpora/gum_interviews/``: GUM's Wikinews news reports and interviews of its
  ``train`` and ``dev`` splits, rebuilt as article text (:func:`helpers.corpora.gum.read_gum_news`), one
  ``<date>_<name>.txt`` each; built only when the GUM mirror is there (it is optional).
- ``corpora/conll_news/{train,dev}/``: the Reuters news of CoNLL-2003 (English, 1996 and 1997) of its
  ``train`` and ``dev`` files, rebuilt as article text (:func:`helpers.corpora.conll.read_conll_documents`),
  from a mirror of ``kyzhouhzau/BERT-NER``, which keeps the CoNLL files with their ``-DOCSTART-`` lines; built
  only when that mirror is there (it is optional).
- ``corpora/ecb_news/``: the ``ecbplus`` news pages (2005 to 2013, many outlets) of ECB+'s topics 1 to 35, rebuilt as
  article text (:func:`helpers.corpora.ecb.read_ecb_document`), from a mirror of ``cltl/ECB-parser``, which keeps
  ECB+ unzipped; built only when that mirror is there (it is optional).

Reserved test splits are refused (:func:`refuse_reserved`): PolNeAR's ``data/test`` and
TempEval-3's ``data/TempEval3/Evaluation`` (the platinum test) and CoNLL-2003's ``test.txt`` are kept for the course's
independent evaluation, and so are ECB+'s test topics (36 to 45), so this script never lists, reads or writes them; GUM's ``test`` and ``test2``
documents (named in its ``splits.md``) are never read. The texts are
copyrighted news: corpora/ is in .gitignore and must never be committed.
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from helpers.corpora.ecb import ECB_TEST_TOPICS  # noqa: E402  (the repository's root first on the path)

POLNEAR_MIRROR = Path("/work/.mirror/networkdynamics+PolNeAR/repo")
TEMPEVAL_MIRROR = Path("/work/.mirror/qiangning+StructTempRel-EMNLP17/repo")
GUM_MIRROR = Path("/work/.mirror/amir-zeldes+gum/repo")
CONLL_MIRROR = Path("/work/.mirror/kyzhouhzau+BERT-NER/repo")
ECB_MIRROR = Path("/work/.mirror/cltl+ECB-parser/repo/.git")
POLNEAR_SPLITS = ("train", "dev")
TIMEML_FOLDERS = ("data/TempEval3/Training/TBAQ-cleaned/TimeBank", "data/TempEval3/Training/TBAQ-cleaned/AQUAINT")
#: TempEval-3's silver training data: AFP and Xinhua wire news of 1997, 2005 and 2006, timexes tagged by machine (never gold)
SILVER_FOLDERS = tuple(f"data/TempEval3/Training/TE3-Silver-data-{number}" for number in range(6))

#: Paths inside the mirrors that are reserved for the independent evaluation.
RESERVED_PREFIXES = (
    "data/test",  # PolNeAR's test split; in the CoNLL mirror, also its copy of the test file (data/test.txt)
    "data/TempEval3/Evaluation",  # TempEval-3's platinum test set
    "old_version/NERdata/test",  # CoNLL-2003's test file (testb)
    "output/result_dir/label_test",  # a model's labels on CoNLL-2003's test file
    *(f"ECB+/{topic}/" for topic in ECB_TEST_TOPICS),  # ECB+'s test topics
)


class ReservedSplitError(ValueError):
    """A reserved test split was asked for: it is never read or written here."""


def refuse_reserved(path: str) -> str:
    """Return ``path`` (inside a mirror) unless it is, or is inside, a reserved test split.

    Example:
        >>> refuse_reserved("data/dev/text")
        'data/dev/text'
        >>> refuse_reserved("data/test/text")
        Traceback (most recent call last):
        ...
        build_corpora.ReservedSplitError: data/test/text is a reserved test split: build only train and dev.
    """
    clean = path.strip().strip("/").replace("\\", "/")
    while "//" in clean:
        clean = clean.replace("//", "/")
    for prefix in RESERVED_PREFIXES:  # deliberately broad: "data/testing" is refused too
        if (clean + "/").lower().startswith(prefix.lower()):
            raise ReservedSplitError(f"{path} is a reserved test split: build only train and dev.")
    return path


@dataclass(frozen=True)
class Blob:
    """One file of a mirror: its path in the tree and its git object id."""

    path: str
    sha: str


def list_files(mirror: Path, folder: str, recursive: bool = True) -> list[Blob]:
    """The files under ``folder`` of the mirror's HEAD, after the reserved-split guard.

    With ``recursive=False``, ``folder`` names one file and only that file is listed.
    """
    refuse_reserved(folder)
    where = folder.rstrip("/") + "/" if recursive else folder
    out = subprocess.run(
        ["git", "--git-dir", str(mirror), "ls-tree", *(["-r"] if recursive else []), "HEAD", "--", where],
        check=True, capture_output=True, text=True,
    ).stdout
    blobs = []
    for line in out.splitlines():
        meta, path = line.split("\t", 1)
        _, kind, sha = meta.split()
        if kind == "blob":
            blobs.append(Blob(refuse_reserved(path), sha))
    return blobs


def read_blobs(mirror: Path, blobs: Iterable[Blob]) -> dict[str, bytes]:
    """The bytes of each blob, read in one ``git cat-file --batch`` call."""
    blobs = [Blob(refuse_reserved(b.path), b.sha) for b in blobs]
    if not blobs:
        return {}
    request = "".join(f"{b.sha}\n" for b in blobs).encode()
    out = subprocess.run(["git", "--git-dir", str(mirror), "cat-file", "--batch"], input=request,
                         check=True, capture_output=True).stdout
    contents, position = {}, 0
    for blob in blobs:
        header_end = out.index(b"\n", position)
        size = int(out[position:header_end].split()[2])
        contents[blob.path] = out[header_end + 1 : header_end + 1 + size]
        position = header_end + 1 + size + 1
    return contents


def first_annotations(ann_paths: Iterable[str]) -> dict[str, str]:
    """Article stem → its first annotator's ``.ann`` path (sorted order); names end ``_<annotator>.ann``.

    Example:
        >>> first_annotations(["a/x_2016_b2.ann", "a/x_2016_a1.ann", "a/y_c3.ann"])
        {'x_2016': 'a/x_2016_a1.ann', 'y': 'a/y_c3.ann'}
    """
    chosen: dict[str, str] = {}
    for path in sorted(p for p in ann_paths if p.endswith(".ann")):
        stem = path.rsplit("/", 1)[-1][: -len(".ann")].rsplit("_", 1)[0]
        chosen.setdefault(stem, path)
    return dict(sorted(chosen.items()))


def build_polnear(mirror: Path, out: Path, split: str) -> int:
    """Write one PolNeAR split (``train`` or ``dev``) into ``out/split``; returns the article count."""
    if split not in POLNEAR_SPLITS:
        raise ReservedSplitError(f"PolNeAR split {split!r} is not built: only {', '.join(POLNEAR_SPLITS)} are (test is reserved).")
    ann_blobs = {b.path: b for b in list_files(mirror, f"data/{split}/attributions")}
    annotations = first_annotations(ann_blobs)
    texts = {b.path: b for b in list_files(mirror, f"data/{split}/text")}
    wanted = [ann_blobs[path] for path in annotations.values()]
    for stem, ann_path in annotations.items():
        text_path = f"data/{split}/text/{stem}.txt"
        if text_path not in texts:
            raise FileNotFoundError(f"{ann_path} has no text {text_path} in the mirror.")
        wanted.append(texts[text_path])
    contents = read_blobs(mirror, wanted)
    target = out / split
    target.mkdir(parents=True, exist_ok=True)
    for stem, ann_path in annotations.items():
        (target / f"{stem}.txt").write_bytes(contents[f"data/{split}/text/{stem}.txt"])
        (target / f"{stem}.ann").write_bytes(contents[ann_path])
    dates = polnear_dates(mirror)
    with open(target / "metadata.tsv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["filename", "publication_date"])
        for stem in annotations:
            writer.writerow([stem, dates.get(stem, "")])
    return len(annotations)


def read_text_file(mirror: Path, path: str) -> str:
    """One text file of the mirror's HEAD (after the reserved-split guard), decoded as UTF-8."""
    return read_blobs(mirror, list_files(mirror, path, recursive=False))[path].decode("utf-8")


def polnear_dates(mirror: Path) -> dict[str, str]:
    """Article stem → publication date from PolNeAR's ``data/metadata.tsv`` (test rows skipped unread)."""
    table = read_text_file(mirror, "data/metadata.tsv")
    rows = csv.DictReader(io.StringIO(table), delimiter="\t")
    return {r["filename"]: r["publication_date"] for r in rows if r["compartment"] in POLNEAR_SPLITS}


def build_timeml(mirror: Path, out: Path, folders: tuple[str, ...] = TIMEML_FOLDERS) -> int:
    """Write the ``.tml`` files of ``folders`` (TimeBank and AQUAINT by default) into ``out`` (one flat folder);
    returns the count."""
    blobs = [b for folder in folders for b in list_files(mirror, folder) if b.path.endswith(".tml")]
    names = [b.path.rsplit("/", 1)[-1] for b in blobs]
    if len(set(names)) != len(names):
        raise ValueError("Two TimeML files share a name: they cannot go into one folder.")
    contents = read_blobs(mirror, blobs)
    out.mkdir(parents=True, exist_ok=True)
    for blob, name in zip(blobs, names):
        (out / name).write_bytes(contents[blob.path])
    return len(blobs)


def build_gum_news(mirror: Path, out: Path, genre: str = "news") -> int:
    """Write GUM's documents of one Wikinews genre (``news``, or ``interview``) of the train and dev splits
    into ``out`` as ``<date>_<name>.txt``.

    Only documents that ``splits.md`` lists under ``train`` or ``dev`` are read; the others (``test``,
    ``test2``) are never opened. Returns the count.
    """
    from helpers.corpora.gum import gum_split_documents, read_gum_news

    allowed = {name for name in gum_split_documents(read_text_file(mirror, "splits.md")) if name.startswith(f"GUM_{genre}_")}
    blobs = [b for b in list_files(mirror, "dep") if b.path.endswith(".conllu")
             and b.path.rsplit("/", 1)[-1][: -len(".conllu")] in allowed]
    contents = read_blobs(mirror, blobs)
    out.mkdir(parents=True, exist_ok=True)
    for blob in blobs:
        document = read_gum_news(contents[blob.path].decode("utf-8"))
        (out / document.file_name).write_bytes(document.text.encode("utf-8"))
    return len(blobs)


def build_conll_news(mirror: Path, out: Path, split: str) -> int:
    """Write CoNLL-2003's Reuters documents of one development split (``train`` or ``dev``) that have a
    dateline into ``out/split`` as ``<date>_<name>.txt``; returns the count. The ``test`` file is never read.
    """
    from helpers.corpora.conll import CONLL_DEVELOPMENT_SPLITS, read_conll_documents

    if split not in CONLL_DEVELOPMENT_SPLITS:
        raise ReservedSplitError(f"CoNLL-2003 split {split!r} is not built: only {', '.join(CONLL_DEVELOPMENT_SPLITS)} are (test is reserved).")
    articles = read_conll_documents(read_text_file(mirror, f"old_version/NERdata/{split}.txt"), split)
    target = out / split
    target.mkdir(parents=True, exist_ok=True)
    for article in articles:
        (target / article.file_name).write_bytes(article.text.encode("utf-8"))
    return len(articles)


def build_ecb_news(mirror: Path, out: Path) -> int:
    """Write ECB+'s ``ecbplus`` texts of the development topics (1 to 35) that have a date into ``out`` as
    ``<date>_ecb_<topic>_<number>.txt``; returns the count. The test topics' folders are never listed."""
    from helpers.corpora.ecb import ECB_DEVELOPMENT_TOPICS, read_ecb_document

    blobs = [b for topic in ECB_DEVELOPMENT_TOPICS for b in list_files(mirror, f"ECB+/{topic}") if b.path.endswith("ecbplus.xml")]
    contents = read_blobs(mirror, blobs)
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for blob in blobs:
        article = read_ecb_document(contents[blob.path].decode("utf-8"), blob.path.rsplit("/", 1)[-1])
        if article:
            (out / article.file_name).write_bytes(article.text.encode("utf-8"))
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=POLNEAR_MIRROR, help="bare git mirror of networkdynamics/PolNeAR")
    parser.add_argument("--tempeval", type=Path, default=TEMPEVAL_MIRROR, help="bare git mirror of qiangning/StructTempRel-EMNLP17")
    parser.add_argument("--gum", type=Path, default=GUM_MIRROR, help="bare git mirror of amir-zeldes/gum (optional)")
    parser.add_argument("--conll", type=Path, default=CONLL_MIRROR, help="bare git mirror of kyzhouhzau/BERT-NER, for CoNLL-2003 (optional)")
    parser.add_argument("--ecb", type=Path, default=ECB_MIRROR, help="git directory of a mirror of cltl/ECB-parser, for ECB+ (optional)")
    parser.add_argument("--out", type=Path, default=ROOT / "corpora", help="output folder (git-ignored), default corpora/")
    args = parser.parse_args(argv)
    try:
        for split in POLNEAR_SPLITS:
            count = build_polnear(args.polnear, args.out / "polnear", split)
            print(f"polnear/{split}: {count} articles")
        count = build_timeml(args.tempeval, args.out / "timebank_aquaint")
        print(f"timebank_aquaint: {count} TimeML files")
        count = build_timeml(args.tempeval, args.out / "te3_silver", SILVER_FOLDERS)
        print(f"te3_silver: {count} TimeML files (TempEval-3 silver training data)")
        if args.gum.exists():
            count = build_gum_news(args.gum, args.out / "gum_news")
            print(f"gum_news: {count} news documents (train and dev)")
            count = build_gum_news(args.gum, args.out / "gum_interviews", genre="interview")
            print(f"gum_interviews: {count} Wikinews interviews (train and dev)")
        if args.conll.exists():
            from helpers.corpora.conll import CONLL_DEVELOPMENT_SPLITS

            for split in CONLL_DEVELOPMENT_SPLITS:
                count = build_conll_news(args.conll, args.out / "conll_news", split)
                print(f"conll_news/{split}: {count} Reuters documents with a dateline")
        if args.ecb.exists():
            count = build_ecb_news(args.ecb, args.out / "ecb_news")
            print(f"ecb_news: {count} ECB+ news pages with a date (topics 1 to 35)")
    except (OSError, ValueError, subprocess.CalledProcessError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
