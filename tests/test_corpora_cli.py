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
