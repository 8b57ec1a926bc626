import json
from pathlib import Path

import pytest

from conftest import DATA
from helpers import HelpersError, analyze, load_article
from helpers.__main__ import main


def run(argv, capsys):
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_analyze_prints_the_contract(capsys):
    code, out, err = run(["analyze", str(DATA / "article.txt")], capsys)
    result = json.loads(out)
    assert code == 0 and err == ""
    assert result["document"] == {
        "source": "article.txt",
        "publication_date": "2022-02-01",
        "headline": "Putin says he supports diplomatic push in Ukraine after US urges de-escalation",
        "paragraph_breaks": "blank line",
    }
    text = load_article(DATA / "article.txt").text
    assert all(text[s["start"] : s["end"]].strip() for s in result["sentences"])


def test_in_process_analyze_equals_the_command(capsys):
    _, out, _ = run(["analyze", str(DATA / "article.txt")], capsys)
    assert json.loads(out) == analyze(load_article(DATA / "article.txt"))


@pytest.mark.parametrize(
    "argv, message",
    [
        (["analyze", "no/such/file.txt"], "no file at"),
        (["analyze", "{tmp}/undated.txt"], "--published YYYY-MM-DD"),
        (["analyze", "{tmp}/undated.txt", "--published", "1 Feb"], "YYYY-MM-DD"),
        (["analyze", "{tmp}/empty.txt"], "is empty"),
        (["analyze", "{tmp}/latin1.txt"], "not UTF-8"),
        (["analyze", str(DATA / "article.txt"), "--out", "{tmp}/missing/out.json"], "does not exist"),
        (["analyze", str(DATA / "article.txt"), "--out", "{tmp}/exists.json"], "--force"),
    ],
)
def test_bad_input_is_one_line_on_stderr_with_exit_2(tmp_path, capsys, argv, message):
    (tmp_path / "undated.txt").write_text("Headline\n\nBody text.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (tmp_path / "exists.json").write_text("keep me", encoding="utf-8")
    code, out, err = run([a.replace("{tmp}", str(tmp_path)) for a in argv], capsys)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1
    assert (tmp_path / "exists.json").read_text(encoding="utf-8") == "keep me"


def test_force_overwrites(tmp_path, capsys):
    out = tmp_path / "result.json"
    out.write_text("old", encoding="utf-8")
    assert run(["analyze", str(DATA / "article.txt"), "--out", str(out), "--force"], capsys)[0] == 0
    assert json.loads(out.read_text(encoding="utf-8"))["document"]["source"] == "article.txt"


def test_analyze_refuses_a_path():
    with pytest.raises(HelpersError, match="not a path"):
        analyze(DATA / "article.txt")


def test_markdown_and_html_reports(tmp_path, capsys):
    code, out, _ = run(["analyze", str(DATA / "article.txt"), "--format", "markdown"], capsys)
    assert code == 0 and out.startswith("# Putin says he supports") and "## Statements" in out
    page = tmp_path / "report.html"
    assert run(["analyze", str(DATA / "article.txt"), "--format", "html", "--out", str(page)], capsys)[0] == 0
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    assert "http://" not in html and "https://" not in html  # self-contained: nothing is fetched


def test_help_explains_every_option(capsys):
    with pytest.raises(SystemExit) as done:
        main(["analyze", "--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    for option in ["--published", "--actors", "--format", "--out", "--force", "examples:"]:
        assert option in out


CONTRACT_KEYS = {
    "document": {"source", "publication_date", "headline", "paragraph_breaks"},
    "sentences": {"start", "end"},
    "timexes": {"text", "start", "end", "type", "value", "rule"},
    "events": {"date", "when", "label", "start", "end"},
    "actors": {"id", "name", "type", "count"},
    "mentions": {"text", "start", "end", "actor_id", "kind", "rule"},
    "statements": {"text", "start", "end", "kind", "speaker_id", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end",
                   "rule", "speaker_rule", "parts", "compound", "neg", "neu", "pos", "overlay_compound"},
}


@pytest.mark.parametrize(
    "path, actors",
    [
        (DATA / "article.txt", DATA / "actors.csv"),
        (DATA / "article.txt", None),
        (DATA / "samples" / "city_budget_vote.txt", None),
        (DATA / "heldout" / "h10.txt", None),  # CRLF
        (DATA / "heldout" / "h12.txt", None),  # byte-order mark
    ],
    ids=["course+table", "course", "sample", "crlf", "bom"],
)
def test_the_json_contract_holds_on_any_article(path, actors):
    article = load_article(path, published="2024-01-01" if path.parent.name == "heldout" else None)
    result = json.loads(json.dumps(analyze(article, actors=actors)))  # JSON round trip
    assert set(result) == set(CONTRACT_KEYS)
    for key, fields in CONTRACT_KEYS.items():
        rows = [result[key]] if key == "document" else result[key]
        assert all(set(row) == fields for row in rows), key
    ids = {a["id"] for a in result["actors"]}
    assert {m["actor_id"] for m in result["mentions"]} <= ids
    assert {s["speaker_id"] for s in result["statements"]} - {None} <= ids
    assert {a["type"] for a in result["actors"]} <= {"PERSON", "COUNTRY", "ORG", "GROUP"}
    assert {m["kind"] for m in result["mentions"]} <= {"NAME", "TITLE_NAME", "DESCRIPTION", "METONYM", "ADJECTIVE", "PRONOUN"}
    assert {t["type"] for t in result["timexes"]} <= {"DATE", "TIME", "DURATION", "SET"}
    assert {s["kind"] for s in result["statements"]} <= {"direct", "indirect"}
    for key in ("timexes", "mentions", "statements"):
        for row in result[key]:
            assert article.text[row["start"] : row["end"]] == row["text"], (key, row)
    assert all(-1 <= s["compound"] <= 1 for s in result["statements"])
    assert all(len(e["label"]) <= 60 for e in result["events"])


def test_the_evaluate_command_scores_an_annotated_folder(capsys):
    from helpers.__main__ import main

    assert main(["evaluate", str(Path(__file__).parent / "fixtures" / "articles"), "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "time expressions" in out and "statements" in out


def test_the_evaluate_command_refuses_a_missing_folder(capsys, tmp_path):
    from helpers.__main__ import main

    assert main(["evaluate", str(tmp_path / "nowhere")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_run_once_pauses_the_collector_for_analyze_only_and_returns_mains_code(capsys):
    import gc

    from helpers.__main__ import run_once

    try:
        assert run_once(["evaluate", str(Path(__file__).parent / "fixtures" / "articles"), "--limit", "1"]) == 0
        assert gc.isenabled()  # a whole corpus: the collector stays on
        assert run_once(["analyze", str(DATA / "article.txt"), "--format", "json"]) == 0
        assert not gc.isenabled()  # one article, in a process that ends right after
        assert run_once(["analyze", str(DATA / "no_such_file.txt")]) == 2  # main's exit code comes back
    finally:
        gc.unfreeze()
        gc.enable()
    capsys.readouterr()
