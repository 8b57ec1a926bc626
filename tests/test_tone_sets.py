"""tools/build_tone_sets.py, tools/score_real_tones.py and tools/score_heldout_tones.py on invented folders (never the corpora)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


build = _tool("build_tone_sets")
score = _tool("score_real_tones")
heldout = _tool("score_heldout_tones")

STORY = "Talks resume\n\nMayor Ann Lee said “we will not raise taxes this year.” Bob said no."


def _relation(n: int, cue: str, content: str, source: str | None) -> str:
    c0, q0 = STORY.index(cue), STORY.index(content)
    lines = [f"T{n}0\tCue {c0} {c0 + len(cue)}\t{cue}", f"T{n}1\tContent {q0} {q0 + len(content)}\t{content}",
             f"T{n}3\tAttribution {c0} {c0 + len(cue)}\t{cue}"]
    if source is None:
        lines.append(f"E{n}\tAttribution-no-source:T{n}3 Content:T{n}1 Cue:T{n}0")
    else:
        s0 = STORY.index(source)
        lines += [f"T{n}2\tSource {s0} {s0 + len(source)}\t{source}", f"E{n}\tAttribution:T{n}3 Content:T{n}1 Cue:T{n}0 Source:T{n}2"]
    return "\n".join(lines)


@pytest.fixture
def folder(tmp_path):
    ann = "\n".join([
        _relation(1, "said “", "“we will not raise taxes this year.”", "Mayor Ann Lee"),  # kept
        _relation(2, "said no", "no", "Bob"),  # content under 20 characters: left out
    ]) + "\n"
    (tmp_path / "city_2016-03-07_budget.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "city_2016-03-07_budget.ann").write_text(ann, encoding="utf-8")
    return tmp_path


def test_only_scored_attributions_with_a_source_and_a_fair_length_are_drawn(folder):
    (unit,) = build.units(folder)
    assert unit["article"] == "city_2016-03-07_budget"
    assert STORY[unit["start"] : unit["end"]] == unit["text"] == "“we will not raise taxes this year.”"
    assert unit["text"] in unit["context"] and "Talks resume" in unit["context"]


def test_the_context_is_cut_around_the_content():
    text = "a" * 1000 + "CONTENT" + "b" * 1000
    context = build._context(text, 1000, 1007, margin=50)
    assert "CONTENT" in context and len(context) == 7 + 2 * 50


JUDGED = "id,article,start,end,tone,note\n{p}-001,a,0,4,1,\n{p}-002,a,9,12,-1,\n"


def _judged_set(root: Path, name: str, prefix: str) -> str:
    """Write an invented drawn set and its judgements under ``root``; the judgements' text."""
    (root / "corpora" / "tones").mkdir(parents=True, exist_ok=True)
    (root / "data" / "annotations").mkdir(parents=True, exist_ok=True)
    drawn = f"id,article,start,end,text,context\n{prefix}-001,a,0,4,we won,ctx\n{prefix}-002,a,9,12,we lost badly,ctx\n"
    (root / "corpora" / "tones" / f"{name}_to_judge.csv").write_text(drawn, encoding="utf-8")
    judged = JUDGED.format(p=prefix)
    (root / "data" / "annotations" / f"polnear_tones_{name}.csv").write_text(judged, encoding="utf-8")
    return judged


def test_judgements_join_the_drawn_statements_and_a_mismatch_is_refused(tmp_path):
    judged = _judged_set(tmp_path, "dev", "dev")
    table = score.judged_table("dev", root=tmp_path)
    assert table["tone"].tolist() == [1, -1] and table["compound"].tolist() == [0.5719, -0.6597]  # NLTK VADER on "we won", "we lost badly"
    (tmp_path / "data" / "annotations" / "polnear_tones_dev.csv").write_text(judged.replace("9,12", "9,13"), encoding="utf-8")
    with pytest.raises(SystemExit, match="do not match"):
        score.judged_table("dev", root=tmp_path)


def test_the_scorer_wants_a_set_name(capsys):
    assert score.main(["test"]) == 2 and "usage" in capsys.readouterr().err


def test_a_held_out_set_is_scored_alone_and_never_with_a_tuning_set(tmp_path, capsys):
    _judged_set(tmp_path, "dev", "dev")
    _judged_set(tmp_path, "heldout16", "train16")
    assert score.main(["heldout16"], root=tmp_path) == 0 and score.main(["dev"], root=tmp_path) == 0  # each alone is fine
    capsys.readouterr()
    assert score.main(["dev", "heldout16"], root=tmp_path) == 2 and "usage" in capsys.readouterr().err
    assert score.main(["heldout2", "heldout16"], root=tmp_path) == 2


def test_spent_held_out_sets_are_tuning_sets_from_the_fourth_round_on():
    assert {"heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
            "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15"} <= set(score.TUNING)
    assert score.HELD_OUT == ("heldout16",)


def test_a_held_out_set_prints_aggregates_only(tmp_path, capsys):
    _judged_set(tmp_path, "heldout16", "train16")
    assert score.main(["heldout16"], root=tmp_path) == 0
    printed = capsys.readouterr().out
    assert "2 real-news statements (heldout16)" in printed and "we lost badly" not in printed


def test_a_second_reading_prints_the_agreement_between_the_two_readers(tmp_path, capsys):
    judged = _judged_set(tmp_path, "dev", "dev")
    second = tmp_path / "data" / "annotations" / "polnear_tones_dev_b.csv"
    second.write_text(judged.replace(",1,", ",0,"), encoding="utf-8")  # the second reader: 0 where the first said +1
    assert score.main(["dev"], root=tmp_path) == 0
    printed = capsys.readouterr().out
    assert "two readers of the same statements" in printed
    row = printed.split("two readers of the same statements")[1].splitlines()[2].split()
    assert row[0] == "2" and row[3] == "1" and row[4] == "1"  # n, exact, signs agree


def test_without_a_second_reading_no_agreement_is_printed(tmp_path, capsys):
    _judged_set(tmp_path, "dev", "dev")
    assert score.main(["dev"], root=tmp_path) == 0 and "two readers" not in capsys.readouterr().out


def test_a_second_reading_of_other_statements_is_refused(tmp_path):
    judged = _judged_set(tmp_path, "dev", "dev")
    second = tmp_path / "data" / "annotations" / "polnear_tones_dev_b.csv"
    second.write_text(judged.replace("dev-002,a,9,12", "dev-002,a,9,13"), encoding="utf-8")
    with pytest.raises(SystemExit, match="does not judge the same statements"):
        score.main(["dev"], root=tmp_path)


def test_a_judged_held_out_statement_takes_the_kind_of_its_annotation(tmp_path):
    import json

    import pandas as pd

    statements = [{"start": 0, "end": 9, "kind": "direct"}, {"start": 20, "end": 40, "kind": "indirect"}]
    (tmp_path / "h99.json").write_text(json.dumps({"statements": statements}), encoding="utf-8")
    judged = pd.DataFrame({"source": ["h99.json"] * 3, "start": [0, 20, 50], "end": [9, 40, 60]})
    assert heldout.statement_kinds(judged, tmp_path) == ["direct", "indirect", "direct"]  # unannotated: quoted


def test_each_set_avoids_every_earlier_set_of_its_split_so_no_statement_is_judged_twice():
    for k, tone_set in enumerate(build.SETS):
        earlier = {s.name for s in build.SETS[:k] if s.split == tone_set.split}
        assert set(build.earlier_sets(tone_set)) == earlier, tone_set.name
    assert build.earlier_sets(build.SETS[-1]) == ["dev_to_judge.csv", "dev2_to_judge.csv", "dev3_to_judge.csv",
                                                 "heldout8_to_judge.csv", "heldout9_to_judge.csv", "heldout10_to_judge.csv",
                                                 "heldout11_to_judge.csv", "heldout12_to_judge.csv",
                                                 "heldout13_to_judge.csv", "heldout14_to_judge.csv",
                                                 "heldout15_to_judge.csv"]
    assert len({s.seed for s in build.SETS}) == len(build.SETS) and len({s.prefix for s in build.SETS}) == len(build.SETS)
