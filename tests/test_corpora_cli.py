"""helpers.corpora.cli: ``evaluate FOLDER`` on invented BRAT and TimeML folders and the course's JSON fixtures."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from helpers.corpora.cli import folder_kind, main

STORY = "Council backs budget\n\n“We will not back down,” Mayor Ann Lee said on Monday.\n\nLee said taxes would fall.\n"


def run(argv, capsys):
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def brat_folder(tmp_path):
    quote = STORY.index("“We")
    content_end = STORY.index(" Mayor")
    source = STORY.index("Mayor Ann Lee")
    cue = STORY.index("said on")
    reported = STORY.index("taxes")
    ann = (
        f"T1\tSource {source} {source + 13}\tMayor Ann Lee\nT2\tCue {cue} {cue + 4}\tsaid\n"
        f"T3\tContent {quote} {content_end}\t{STORY[quote:content_end]}\nT4\tAttribution {cue} {cue + 4}\tsaid\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        f"T5\tContent {reported} {reported + 16}\ttaxes would fall\nT6\tCue {reported - 5} {reported - 1}\tsaid\n"
        f"T7\tAttribution {reported - 5} {reported - 1}\tsaid\nE2\tAttribution-no-source:T7 Content:T5 Cue:T6\n"
    )
    (tmp_path / "city_2016-03-07_budget.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "city_2016-03-07_budget.ann").write_text(ann, encoding="utf-8")
    return tmp_path


def test_a_brat_folder_prints_found_and_attributed_per_layer(brat_folder, capsys):
    code, out, err = run([str(brat_folder), "--errors"], capsys)
    assert code == 0 and err == ""
    assert "BRAT attributions (PolNeAR rules): 1 article" in out
    lines = {tuple(line.split()[:2]): line.split()[2:] for line in out.splitlines() if line.split()[:1] in (["quotes"], ["reported"])}
    assert set(lines) == {("quotes", "found"), ("quotes", "attributed"), ("reported", "found"), ("reported", "attributed")}
    assert lines[("quotes", "found")][-3:] == ["1", "1", "1"]  # correct, predicted, gold
    assert lines[("quotes", "attributed")][-3:] == ["1", "1", "1"]  # "Mayor Ann Lee" is the Source
    assert lines[("reported", "found")][-3:] == ["1", "1", "1"]
    assert lines[("reported", "attributed")][-3:] == ["0", "0", "0"]  # no Source: counts for found only
    assert "errors (0 rows)" in out


def test_a_timeml_folder_prints_span_and_value_scores(tmp_path, capsys):
    (tmp_path / "x.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-06">x</TIMEX3></DCT><TEXT>\nTalks\n\nThey met '
        '<TIMEX3 tid="t1" type="DATE" value="2001-05-05">yesterday</TIMEX3>.\n</TEXT></TimeML>', encoding="utf-8")
    code, out, _ = run([str(tmp_path)], capsys)
    assert code == 0 and "TimeML time expressions: 1 article" in out
    value = next(line for line in out.splitlines() if line.split()[2:3] == ["value"])
    assert value.split()[-3:] == ["1", "1", "1"]  # "yesterday" = 2001-05-05, found and right


def test_the_course_json_annotations_are_scored_with_evaluate_collection(capsys):
    code, out, _ = run([str(FIXTURES / "articles"), "--limit", "2"], capsys)
    assert code == 0 and "Course JSON annotations: 2 articles" in out and "statements" in out


def two_annotators(tmp_path):
    """Two people's annotations of STORY: both mark the mayor twice; only the first marks the council."""
    import json

    def mention(text, kind, actor_id, after=0):
        start = STORY.index(text, after)
        return {"start": start, "end": start + len(text), "text": text, "kind": kind, "actor_id": actor_id}

    lee = [mention("Mayor Ann Lee", "TITLE_NAME", "ann_lee"), mention("Lee", "NAME", "ann_lee", STORY.index("\n\nLee"))]
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, mentions in ((first, [mention("Council", "NAME", "COUNCIL")] + lee),
                             (second, [{**m, "actor_id": "lee"} for m in lee])):
        folder.mkdir()
        (folder / "story.txt").write_text(STORY, encoding="utf-8")
        annotation = {"source": "story.txt", "publication_date": "2016-03-07", "mentions": mentions}
        (folder / "story.json").write_text(json.dumps(annotation), encoding="utf-8")
    return first, second


def test_against_scores_a_second_annotator_in_the_helpers_place(tmp_path, capsys):
    first, second = two_annotators(tmp_path)
    code, out, _ = run([str(first), "--against", str(second), "--errors"], capsys)
    assert code == 0 and "Two annotators of the same articles: 1 article" in out
    names = next(line.split() for line in out.splitlines() if line.split()[2:3] == ["names"])
    # the second annotator found 2 of the first's 3 names, and "lee" is aligned with "ann_lee"
    assert names[-5:] == ["2", "2", "3", "2", "0.8"]  # matched, found, gold, correct, attribute F1
    assert "missed" in out and "Council" in out


def test_against_needs_the_same_articles_in_the_other_folder(tmp_path, capsys):
    first, second = two_annotators(tmp_path)
    (second / "story.json").unlink()
    code, out, err = run([str(first), "--against", str(second)], capsys)
    assert code == 2 and "has no story.json" in err


def test_against_is_for_course_json_only(brat_folder, capsys):
    code, out, err = run([str(brat_folder), "--against", str(brat_folder)], capsys)
    assert code == 2 and out == "" and "compares two people's course JSON annotations" in err


def test_folder_kind_prefers_brat_then_timeml(brat_folder, tmp_path):
    assert folder_kind(brat_folder)[0] == "brat"
    assert folder_kind(FIXTURES / "articles")[0] == "json"


@pytest.mark.parametrize(
    "argv, message",
    [(["no/such/folder"], "is not a folder"), (["{tmp}"], "holds no .ann (BRAT), .tml (TimeML)"),
     ([str(FIXTURES / "articles"), "--limit", "0"], "--limit must be a positive")],
)
def test_bad_input_is_one_line_on_stderr_with_exit_2(argv, message, tmp_path, capsys):
    code, out, err = run([a.replace("{tmp}", str(tmp_path)) for a in argv], capsys)
    assert code == 2 and out == "" and message in err and err.count("\n") == 1
