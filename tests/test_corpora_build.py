"""tools/build_corpora.py: the reserved-split guard, and a build from a tiny invented git mirror."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parent.parent / "tools" / "build_corpora.py"
spec = importlib.util.spec_from_file_location("build_corpora", TOOL)
build = importlib.util.module_from_spec(spec)
sys.modules.setdefault("build_corpora", build)  # dataclasses look their module up there
spec.loader.exec_module(build)


@pytest.mark.parametrize(
    "path",
    ["data/test", "data/test/", "/data/test/text/a.txt", "data//test/attributions", "DATA/TEST/x.ann",
     "data/TempEval3/Evaluation", "data/TempEval3/Evaluation/te3-platinum/x.tml", "old_version/NERdata/test.txt",
     "data/test.txt", "output/result_dir/label_test.txt", "ECB+/36/", "ECB+/45/45_1ecbplus.xml"],
)
def test_reserved_paths_are_refused(path):
    with pytest.raises(build.ReservedSplitError, match="reserved test split"):
        build.refuse_reserved(path)


@pytest.mark.parametrize("path", ["data/train/text", "data/dev/attributions/a_x.ann", "data/metadata.tsv",
                                  "data/TempEval3/Training/TBAQ-cleaned/TimeBank", "ECB+/3/3_1ecbplus.xml", "ECB+/4/"])
def test_development_paths_pass(path):
    assert build.refuse_reserved(path) == path


def test_the_test_split_is_refused_before_git_runs(tmp_path):
    missing_mirror = tmp_path / "no-such-mirror"  # git would fail on it: the guard must fire first
    with pytest.raises(build.ReservedSplitError):
        build.build_polnear(missing_mirror, tmp_path / "out", "test")
    with pytest.raises(build.ReservedSplitError):
        build.list_files(missing_mirror, "data/test/text")
    with pytest.raises(build.ReservedSplitError):
        build.read_blobs(missing_mirror, [build.Blob("data/test/text/a.txt", "0" * 40)])
    assert not (tmp_path / "out").exists()


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.fixture
def mirror(tmp_path) -> Path:
    """A bare mirror shaped like PolNeAR, with invented articles (and a test split that must stay unread)."""
    work = tmp_path / "work"
    files = {
        "data/metadata.tsv": "compartment\tfilename\tpublication_date\ntrain\tpaper_2016-01-02_vote\t2016-01-02\n"
        "dev\tpaper_2016-02-03_poll\t2016-02-03\ntest\tpaper_2016-03-04_debate\t2016-03-04\n",
        "data/train/text/paper_2016-01-02_vote.txt": "Ann said it.",
        "data/train/attributions/paper_2016-01-02_vote_b2.ann": "T1\tSource 0 3\tAnn\n",
        "data/train/attributions/paper_2016-01-02_vote_a1.ann": "T1\tCue 4 8\tsaid\n",
        "data/dev/text/paper_2016-02-03_poll.txt": "Bob said so.",
        "data/dev/attributions/paper_2016-02-03_poll_c3.ann": "T1\tSource 0 3\tBob\n",
        "data/test/text/paper_2016-03-04_debate.txt": "Reserved.",
    }
    return _bare_mirror(work, files, tmp_path / "mirror.git")


def _bare_mirror(work: Path, files: dict[str, str], bare: Path) -> Path:
    """Commit ``files`` (path → text) in a new repository at ``work`` and clone it bare to ``bare``."""
    for name, content in files.items():
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_text(content, encoding="utf-8")
    _git(work, "init", "-q")
    _git(work, "add", ".")
    _git(work, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "invented")
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(bare)], check=True, capture_output=True)
    return bare


def test_build_writes_one_annotation_per_article_and_the_dates(mirror, tmp_path):
    out = tmp_path / "corpora" / "polnear"
    assert build.build_polnear(mirror, out, "train") == 1
    assert build.build_polnear(mirror, out, "dev") == 1
    assert sorted(p.name for p in (out / "train").iterdir()) == [
        "metadata.tsv", "paper_2016-01-02_vote.ann", "paper_2016-01-02_vote.txt"]
    assert (out / "train" / "paper_2016-01-02_vote.ann").read_text() == "T1\tCue 4 8\tsaid\n"  # annotator a1 < b2
    assert (out / "dev" / "metadata.tsv").read_text() == "filename\tpublication_date\npaper_2016-02-03_poll\t2016-02-03\n"
    assert not (out / "test").exists()


def test_first_annotations_picks_the_first_file_in_sorted_order():
    chosen = build.first_annotations(["d/x_a_9f.ann", "d/x_a_1c.ann", "d/x_b_00.ann", "d/notes.txt"])
    assert chosen == {"x_a": "d/x_a_1c.ann", "x_b": "d/x_b_00.ann"}


def _gum_conllu(name: str, date_line: str, body: str) -> str:
    return (f"# newdoc id = {name}\n# meta::dateCreated = 2015-01-01\n# meta::title = Kestrel news\n"
            f"# newpar\n# text = Kestrel news\n1\tKestrel\n\n# newpar\n# text = {date_line}\n\n"
            f"# newpar\n# text = {body}\n# text = She said so.\n")


def test_gum_build_reads_train_and_dev_news_only(tmp_path):
    work = tmp_path / "gum"
    files = {
        "splits.md": "# Splits\n## dev\n  * GUM_news_owl\n## test\n  * GUM_news_secret\n## train\n"
                     "  * GUM_news_kestrel\n  * GUM_bio_ruiz\n  * GUM_interview_lee\n## test2\n  * GUM_news_other\n",
        "dep/GUM_news_kestrel.conllu": _gum_conllu("GUM_news_kestrel", "Friday, July 21, 2017", "Ana Ruiz won."),
        "dep/GUM_news_owl.conllu": _gum_conllu("GUM_news_owl", "No dateline here", "Tom Duke lost."),
        "dep/GUM_bio_ruiz.conllu": _gum_conllu("GUM_bio_ruiz", "Monday, May 1, 2017", "Not news."),
        "dep/GUM_interview_lee.conllu": _gum_conllu("GUM_interview_lee", "Monday, May 1, 2017", "Tom Lee spoke."),
        "dep/GUM_news_secret.conllu": "not conllu at all: a test document must never be read",
        "dep/GUM_news_other.conllu": "not conllu at all either",
    }
    bare = _bare_mirror(work, files, tmp_path / "gum.git")
    out = tmp_path / "out"
    assert build.build_gum_news(bare, out) == 2  # the bio is no news; the test documents are unread
    assert sorted(p.name for p in out.iterdir()) == ["2015-01-01_GUM_news_owl.txt", "2017-07-21_GUM_news_kestrel.txt"]
    text = (out / "2017-07-21_GUM_news_kestrel.txt").read_text(encoding="utf-8")
    assert text == "Kestrel news\n\nFriday, July 21, 2017\n\nAna Ruiz won. She said so.\n"
    assert build.build_gum_news(bare, tmp_path / "interviews", genre="interview") == 1
    assert [p.name for p in (tmp_path / "interviews").iterdir()] == ["2017-05-01_GUM_interview_lee.txt"]


def test_conll_build_reads_train_and_dev_and_never_the_test_file(tmp_path):
    document = "-DOCSTART- -X- -X- O\n\nOwl NNP O O\nwins VBZ O O\n\nOSLO NNP O O\n1996-08-22 CD O O\n\nAna NNP O O\nwon VBD O O\n\n"
    files = {
        "old_version/NERdata/train.txt": document,
        "old_version/NERdata/dev.txt": document.replace("1996-08-22", "1996-09-01"),
        "old_version/NERdata/test.txt": "not CoNLL at all: the reserved test file must never be read",
    }
    bare = _bare_mirror(tmp_path / "conll", files, tmp_path / "conll.git")
    out = tmp_path / "out"
    assert build.build_conll_news(bare, out, "train") == 1 and build.build_conll_news(bare, out, "dev") == 1
    assert (out / "train" / "1996-08-22_conll_train_001.txt").read_text(encoding="utf-8") == "Owl wins\n\nOSLO 1996-08-22\n\nAna won\n"
    assert [p.name for p in (out / "dev").iterdir()] == ["1996-09-01_conll_dev_001.txt"]
    with pytest.raises(build.ReservedSplitError):
        build.build_conll_news(bare, out, "test")
    with pytest.raises(build.ReservedSplitError):
        build.list_files(bare, "old_version/NERdata/test.txt", recursive=False)
    assert not (out / "test").exists()


def test_timeml_build_copies_the_silver_training_files_and_never_the_platinum_test(tmp_path):
    tml = '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2006-11-02">x</TIMEX3></DCT><TEXT>Ana Ruiz spoke.</TEXT></TimeML>'
    files = {
        "data/TempEval3/Training/TE3-Silver-data-0/XIN_ENG_demo.tml": tml,
        "data/TempEval3/Training/TE3-Silver-data-5/AFP_ENG_demo.tml": tml,
        "data/TempEval3/Training/TBAQ-cleaned/TimeBank/wsj_demo.tml": tml,
        "data/TempEval3/Evaluation/te3-platinum/reserved.tml": "the reserved test set must never be read",
    }
    bare = _bare_mirror(tmp_path / "te3", files, tmp_path / "te3.git")
    out = tmp_path / "out"
    assert build.build_timeml(bare, out / "te3_silver", build.SILVER_FOLDERS) == 2
    assert sorted(p.name for p in (out / "te3_silver").iterdir()) == ["AFP_ENG_demo.tml", "XIN_ENG_demo.tml"]
    assert build.build_timeml(bare, out / "timebank_aquaint") == 1
    with pytest.raises(build.ReservedSplitError):
        build.build_timeml(bare, out / "platinum", ("data/TempEval3/Evaluation",))


def test_ecb_build_reads_the_dated_ecbplus_texts_of_the_development_topics_only(tmp_path):
    def page(address: str, date: str) -> str:
        words = [(0, w) for w in address.split()] + [(1, w) for w in date.split()] + [(2, "Owl"), (2, "wins"), (3, "Ana"), (3, "won"), (3, ".")]
        return "<Document>" + "".join(f'<token t_id="{i}" sentence="{s}" number="{i}">{w}</token>' for i, (s, w) in enumerate(words)) + "</Document>"

    files = {
        "ECB+/3/3_1ecbplus.xml": page("http : / / news . com / 2013 / 05 / 03 / owl", "Posted 05 / 03 / 2013"),
        "ECB+/3/3_2ecbplus.xml": page("http : / / news . com / owl", "Kestrel"),  # no date anywhere: skipped
        "ECB+/3/3_1ecb.xml": page("http : / / news . com / owl", "May 3 , 2013"),  # the older ECB texts are not read
        "ECB+/36/36_1ecbplus.xml": "a test topic: it must never be read",
    }
    bare = _bare_mirror(tmp_path / "ecb", files, tmp_path / "ecb.git")
    assert build.build_ecb_news(bare, tmp_path / "out") == 1
    assert (tmp_path / "out" / "2013-05-03_ecb_3_1.txt").read_text(encoding="utf-8") == "Owl wins\n\nPosted 05/03/2013\n\nAna won.\n"
    with pytest.raises(build.ReservedSplitError):
        build.list_files(bare, "ECB+/36")
