"""tools/build_actor_sets.py on an invented PolNeAR-like folder (never the corpora)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parent.parent / "tools"
spec = importlib.util.spec_from_file_location("build_actor_sets", TOOLS / "build_actor_sets.py")
build_actor_sets = importlib.util.module_from_spec(spec)
sys.modules.setdefault("build_actor_sets", build_actor_sets)
spec.loader.exec_module(build_actor_sets)

STORY = "Budget vote\n\nMayor Ann Lee said she would veto it."
TABLE = "set,article,publication_date,start,end,actor_id,kind\nb,city_budget,2016-03-07,13,26,ann_lee,TITLE_NAME\nb,city_budget,2016-03-07,32,35,ann_lee,PRONOUN\n"


@pytest.fixture
def root(tmp_path):
    (tmp_path / "corpora" / "polnear" / "train").mkdir(parents=True)
    (tmp_path / "corpora" / "polnear" / "train" / "city_budget.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "data" / "annotations").mkdir(parents=True)
    (tmp_path / "data" / "annotations" / "polnear_mentions.csv").write_text(TABLE, encoding="utf-8")
    return tmp_path


def test_offsets_and_texts_become_a_course_annotation_folder(root):
    assert build_actor_sets.build(root) == {"polnear_actors_b": 1}
    annotation = json.loads((root / "corpora" / "polnear_actors_b" / "city_budget.json").read_text(encoding="utf-8"))
    assert annotation["publication_date"] == "2016-03-07"
    assert [(m["text"], m["actor_id"], m["kind"]) for m in annotation["mentions"]] == [
        ("Mayor Ann Lee", "ann_lee", "TITLE_NAME"), ("she", "ann_lee", "PRONOUN")]
    assert (root / "corpora" / "polnear_actors_b" / "city_budget.txt").read_text(encoding="utf-8") == STORY


def test_a_missing_text_or_an_offset_past_the_text_is_refused(root):
    (root / "corpora" / "polnear" / "train" / "city_budget.txt").write_text(STORY[:30], encoding="utf-8")
    with pytest.raises(SystemExit, match="does not fit"):
        build_actor_sets.build(root)
    (root / "corpora" / "polnear" / "train" / "city_budget.txt").unlink()
    with pytest.raises(SystemExit, match="build the corpora first"):
        build_actor_sets.build(root)


def test_an_article_of_the_dev_split_is_read_from_there(root):
    polnear = root / "corpora" / "polnear"
    (polnear / "dev").mkdir()
    (polnear / "train" / "city_budget.txt").rename(polnear / "dev" / "city_budget.txt")
    assert build_actor_sets.build(root) == {"polnear_actors_b": 1}
    assert (root / "corpora" / "polnear_actors_b" / "city_budget.txt").read_text(encoding="utf-8") == STORY


TIMEML = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">19980108</TIMEX3></DCT>'
          '<TEXT>\nKestrel Corp. said Ana Ruiz would lead it.\n</TEXT></TimeML>')


@pytest.mark.parametrize(("source", "table", "prefix", "which"), [
    ("timebank_aquaint", "timebank_mentions.csv", "timebank_actors", "ta"),
    ("te3_silver", "silver_mentions.csv", "silver_actors", "na"),  # TempEval-3's silver training data
])
def test_a_timeml_table_becomes_folders_named_by_set_with_the_date_in_each_file_name(root, source, table, prefix, which):
    (root / "corpora" / source).mkdir()
    (root / "corpora" / source / "APW_demo.tml").write_text(TIMEML, encoding="utf-8")
    (root / "data" / "annotations" / table).write_text(
        f"set,document,publication_date,start,end,actor_id,kind\n{which},APW_demo,1998-01-08,1,13,KESTREL,NAME\n"
        f"{which},APW_demo,1998-01-08,20,28,ana_ruiz,NAME\n", encoding="utf-8")
    assert build_actor_sets.build(root) == {"polnear_actors_b": 1, f"{prefix}_{which}": 1}
    folder = root / "corpora" / f"{prefix}_{which}"
    annotation = json.loads((folder / "1998-01-08_APW_demo.json").read_text(encoding="utf-8"))
    assert annotation["source"] == "1998-01-08_APW_demo.txt"
    assert [m["text"] for m in annotation["mentions"]] == ["Kestrel Corp", "Ana Ruiz"]
    assert (folder / "1998-01-08_APW_demo.txt").read_bytes() == b"\nKestrel Corp. said Ana Ruiz would lead it.\n"
    (root / "corpora" / source / "APW_demo.tml").unlink()
    with pytest.raises(SystemExit, match=f"corpora/{source}/APW_demo.tml is missing: build the corpora first"):
        build_actor_sets.build(root)


def test_a_gum_table_is_joined_with_the_rebuilt_news_texts(root):
    (root / "corpora" / "gum_news").mkdir()
    (root / "corpora" / "gum_news" / "2017-07-21_GUM_news_owl.txt").write_text("Owl wins\n\nAna Ruiz won.\n", encoding="utf-8")
    (root / "data" / "annotations" / "gum_mentions.csv").write_text(
        "set,document,publication_date,start,end,actor_id,kind\nga,GUM_news_owl,2017-07-21,10,18,ana_ruiz,NAME\n", encoding="utf-8")
    assert build_actor_sets.build(root) == {"polnear_actors_b": 1, "gum_actors_ga": 1}
    annotation = json.loads((root / "corpora" / "gum_actors_ga" / "2017-07-21_GUM_news_owl.json").read_text(encoding="utf-8"))
    assert [(m["text"], m["actor_id"]) for m in annotation["mentions"]] == [("Ana Ruiz", "ana_ruiz")]
    (root / "corpora" / "gum_news" / "2017-07-21_GUM_news_owl.txt").unlink()
    with pytest.raises(SystemExit, match="with GUM's mirror"):
        build_actor_sets.build(root)


def test_a_conll_table_is_joined_with_the_reuters_text_of_the_split_its_name_says(root):
    (root / "corpora" / "conll_news" / "dev").mkdir(parents=True)
    (root / "corpora" / "conll_news" / "dev" / "1996-08-22_conll_dev_004.txt").write_text(
        "Owl wins.\n\nOSLO 1996-08-22\n\nAna Ruiz won.\n", encoding="utf-8")
    (root / "data" / "annotations" / "conll_mentions.csv").write_text(
        "set,document,publication_date,start,end,actor_id,kind\nra,conll_dev_004,1996-08-22,28,36,ana_ruiz,NAME\n", encoding="utf-8")
    assert build_actor_sets.build(root) == {"polnear_actors_b": 1, "conll_actors_ra": 1}
    annotation = json.loads((root / "corpora" / "conll_actors_ra" / "1996-08-22_conll_dev_004.json").read_text(encoding="utf-8"))
    assert [(m["text"], m["actor_id"]) for m in annotation["mentions"]] == [("Ana Ruiz", "ana_ruiz")]
    (root / "data" / "annotations" / "conll_mentions.csv").write_text(
        "set,document,publication_date,start,end,actor_id,kind\nra,conll_train_004,1996-08-22,28,36,ana_ruiz,NAME\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="conll_news/train/1996-08-22_conll_train_004.txt is missing"):
        build_actor_sets.build(root)


def test_a_conll_document_that_is_no_development_document_is_refused_with_a_sentence(root):
    (root / "data" / "annotations" / "conll_mentions.csv").write_text(
        "set,document,publication_date,start,end,actor_id,kind\nra,conll_test_004,1996-08-22,28,36,ana_ruiz,NAME\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="no CoNLL-2003 development document"):
        build_actor_sets.build(root)


def test_a_statement_table_becomes_folders_of_statements(root):
    conll = root / "corpora" / "conll_news" / "train"
    conll.mkdir(parents=True)
    (conll / "1996-08-22_conll_train_001.txt").write_text('KESTREL TALKS\n\n"We will win," Ana Ruiz said.', encoding="utf-8")
    (root / "data" / "annotations" / "conll_statements.csv").write_text(
        "set,document,publication_date,start,end,kind,speaker_id\nsa,conll_train_001,1996-08-22,16,28,direct,ana_ruiz\n",
        encoding="utf-8")
    assert build_actor_sets.build(root) == {"polnear_actors_b": 1, "conll_statements_sa": 1}
    annotation = json.loads((root / "corpora" / "conll_statements_sa" / "1996-08-22_conll_train_001.json").read_text(encoding="utf-8"))
    assert annotation["statements"] == [{"start": 16, "end": 28, "text": "We will win,", "speaker_id": "ana_ruiz", "kind": "direct"}]
    assert "mentions" not in annotation
