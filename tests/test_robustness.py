"""Issue 13: bad input never crashes, hangs or writes where it should not.

Each case runs the command's ``main()`` in process and expects exit 0 with a valid result, or
exit 2 with one line on stderr — never a traceback. The pathological inputs come in small sizes:
these tests guard against hangs and crashes; benchmarks/robustness.py times the full sizes.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import pytest

import helpers.__main__ as cli
import helpers.article as article_module
from conftest import DATA, REPO
from helpers import HelpersError, analyze, article_from_text, load_article
from helpers.__main__ import main

DATED = "Talks resume\n\n{}\n"


@pytest.fixture
def no_hang():
    """Fail (rather than hang the test run) when a case takes over 20 s."""

    def timeout(signum, frame):
        raise TimeoutError("the command hung")

    if not hasattr(signal, "SIGALRM"):  # pragma: no cover - Windows
        yield
        return
    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def run(argv, capsys):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_result_or_one_line(code, out, err, text):
    """Exit 0 with a valid JSON result whose spans slice ``text``, or exit 2 with one line."""
    if code == 2:
        assert out == "" and err.startswith("error: ") and err.count("\n") == 1, err[:300]
        assert "Traceback" not in err
        return None
    assert code == 0 and err == ""
    result = json.loads(out)
    for key in ("timexes", "mentions", "statements"):
        for row in result[key]:
            assert text[row["start"] : row["end"]] == row["text"], (key, row)
    return result


def assert_one_line(code, out, err, *words):
    assert code == 2 and out == "", (code, err)
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err, err
    for word in words:
        assert word in err, (word, err)


# ---------------------------------------------------------------- pathological text (small sizes)

PATHOLOGICAL = {
    "3000 years ago": "It was built 3000 years ago, they said.",
    "8000 years from now": "It will last 8000 years from now.",
    "300 centuries ago": "The cave was painted 300 centuries ago.",
    "100000000000 weeks ago": "That was 100000000000 weeks ago.",
    "3,000 years ago": "The town was founded 3,000 years ago.",
    "many Ivans": " ".join(["Ivan"] * 300) + ".",
    "a long word then a cue": "x" * 2000 + " officials said.",
    "many double quotes": '"' * 300,
    "alternating quotes": "'\"" * 300,
    "nested quotes": "He said \u201c" * 60 + "yes" + "\u201d" * 60 + ".",
    "He said quote": 'He said "' * 200,
    "he said she said": "He said she said " * 200 + ".",
    "many dates in one sentence": "Talks were held on " + ", ".join(f"{d} March 2021" for d in range(1, 29)) * 4 + ".",
    "random capitalised words": " ".join(f"Word{chr(65 + i % 26)}{i}" for i in range(500)) + ".",
}


@pytest.mark.parametrize("body", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_text_gives_a_result_or_one_line(body, write_article, capsys, no_hang):
    path = write_article(DATED.format(body))
    code, out, err = run(["analyze", path, "--published", "2022-02-01"], capsys)
    assert_result_or_one_line(code, out, err, path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_extreme_publication_dates_give_a_result_or_one_line(published, write_article, capsys):
    path = write_article(DATED.format("It was built 3000 years ago. Talks resume next year, then yesterday and last week."))
    code, out, err = run(["analyze", path, "--published", published], capsys)
    assert_result_or_one_line(code, out, err, path.read_text(encoding="utf-8"))


def test_a_fault_inside_the_helpers_is_one_line_not_a_traceback(monkeypatch, capsys):
    def overflow(*args, **kwargs):
        raise OverflowError("date value out of range")

    monkeypatch.setattr(cli, "analyze", overflow)
    assert_one_line(*run(["analyze", DATA / "article.txt"], capsys), "OverflowError", "article.txt")


# ---------------------------------------------------------------- files the command is given


def test_a_file_the_user_may_not_read(write_article, monkeypatch, capsys):
    path = write_article(DATED.format("Body."))
    real_open = Path.open

    def refuse(self, *args, **kwargs):  # CI runs as root, where chmod 000 does not stop a read
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    assert_one_line(*run(["analyze", path, "--published", "2022-02-01"], capsys), "may not read", path.name)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_not_read(tmp_path, capsys, no_hang):
    fifo = tmp_path / "story.txt"
    os.mkfifo(fifo)
    assert_one_line(*run(["analyze", fifo, "--published", "2022-02-01"], capsys), "not a regular file")


@pytest.mark.parametrize(
    "content",
    [
        "Talks resume\n\nThe envoy spoke.\n".encode("utf-16"),  # with its byte-order mark
        "Talks resume\n\nThe envoy spoke.\n".encode("utf-16-le"),  # no mark: NULs every other byte
        "Talks resume\n\nThe envoy spoke.\n".encode("utf-16-be"),
    ],
    ids=["bom", "le", "be"],
)
def test_a_utf16_file_is_named_as_such(content, write_article, capsys):
    path = write_article(content)
    assert_one_line(*run(["analyze", path], capsys), "UTF-16", "save it as UTF-8")


def test_a_file_larger_than_an_article_is_refused(write_article, monkeypatch, capsys):
    monkeypatch.setattr(article_module, "MAX_ARTICLE_BYTES", 1_000)
    path = write_article(DATED.format("The envoy spoke. " * 100))
    assert_one_line(*run(["analyze", path, "--published", "2022-02-01"], capsys), "MB", "split it")
    with pytest.raises(HelpersError, match="split it"):
        article_from_text("The envoy spoke. " * 100)


def test_the_size_limit_is_five_megabytes():
    assert article_module.MAX_ARTICLE_BYTES == 5_000_000


@pytest.mark.parametrize(
    "metadata, field",
    [
        ({"published": "2022-02-01", "published_time": "8pm"}, "published_time"),
        ({"published": "yesterday"}, '"published"'),
        ({"published": "2022-02-30"}, '"published"'),
        ({"published": 20220201}, '"published"'),
        ({"published": "2022-02-01", "published_time": 2059}, "published_time"),
    ],
)
def test_a_bad_date_in_the_json_beside_the_article_names_the_file_and_field(metadata, field, write_article, capsys):
    path = write_article(DATED.format("The envoy spoke."))
    path.with_suffix(".json").write_text(json.dumps(metadata), encoding="utf-8")
    assert_one_line(*run(["analyze", path], capsys), path.with_suffix(".json").name, field)


def test_a_good_time_in_the_json_is_kept(write_article):
    path = write_article(DATED.format("The envoy spoke."))
    path.with_suffix(".json").write_text('{"published": "2022-02-01", "published_time": "20:59"}', encoding="utf-8")
    art = load_article(path)
    assert (art.published.isoformat(), art.published_time.isoformat()) == ("2022-02-01", "20:59:00")


@pytest.mark.parametrize("text", ["Talks\n\nHe said \ud800 yes.", "Talks\n\n\udfff"])
def test_a_lone_surrogate_is_refused_up_front(text):
    with pytest.raises(HelpersError, match="lone surrogate"):
        analyze(text, published="2022-02-01")
    with pytest.raises(HelpersError, match="lone surrogate"):
        article_from_text(text)


def test_an_actors_table_that_is_not_a_file_is_refused_before_the_analysis(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli, "analyze", pytest.fail)
    assert_one_line(*run(["analyze", DATA / "article.txt", "--actors", tmp_path], capsys), "not a regular file")
    assert_one_line(*run(["analyze", DATA / "article.txt", "--actors", tmp_path / "none.csv"], capsys), "no actors table")


# ---------------------------------------------------------------- where the command writes


def test_out_an_existing_folder_is_refused_before_the_analysis(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli, "analyze", pytest.fail)  # the analysis must not even start
    assert_one_line(*run(["analyze", DATA / "article.txt", "--out", tmp_path, "--force"], capsys), "is a folder")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_out_a_device_is_refused_before_the_analysis(monkeypatch, capsys):
    monkeypatch.setattr(cli, "analyze", pytest.fail)
    assert_one_line(*run(["analyze", DATA / "article.txt", "--out", "/dev/full", "--force"], capsys), "not a regular file")


def test_a_write_error_is_one_line(tmp_path, monkeypatch, capsys):
    out = tmp_path / "result.json"
    real_open = Path.open

    def full(self, *args, **kwargs):
        if self == out:
            raise OSError(28, "No space left on device", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", full)
    assert_one_line(*run(["analyze", DATA / "samples" / "city_budget_vote.txt", "--out", out], capsys), "No space left", "result.json")


@pytest.mark.parametrize("how", ["same path", "another spelling", "hard link"])
def test_out_the_input_file_is_refused_even_with_force(how, tmp_path, monkeypatch, capsys):
    article = tmp_path / "story.txt"
    article.write_bytes((DATA / "samples" / "city_budget_vote.txt").read_bytes())
    before = article.read_bytes()
    out = {"same path": article, "another spelling": tmp_path / "." / "story.txt", "hard link": tmp_path / "link.txt"}[how]
    if how == "hard link":
        os.link(article, out)
    monkeypatch.setattr(cli, "analyze", pytest.fail)
    assert_one_line(*run(["analyze", article, "--out", out, "--force"], capsys), "is the input file")
    assert article.read_bytes() == before


def test_out_the_actors_table_is_refused(tmp_path, monkeypatch, capsys):
    table = tmp_path / "actors.csv"
    table.write_bytes((DATA / "actors.csv").read_bytes())
    monkeypatch.setattr(cli, "analyze", pytest.fail)
    argv = ["analyze", DATA / "article.txt", "--actors", table, "--out", table, "--force"]
    assert_one_line(*run(argv, capsys), "is the input file")


# ---------------------------------------------------------------- the notebook's parameters


def test_notebook_06_defaults_to_no_actors_table():
    """The README's papermill command runs from the repository folder: no default path relative to notebooks/."""
    notebook = json.loads((REPO / "notebooks" / "06_your_own_article.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in notebook["cells"] if "parameters" in c["metadata"].get("tags", []))
    namespace: dict = {}
    exec("".join(cell["source"]), namespace)  # the cell only assigns names
    assert namespace["actors_csv"] is None and namespace["published"] is None


def test_markdown_needs_no_matplotlib_and_html_leaves_the_home_folder_alone(tmp_path):
    """One fresh interpreter with an empty home folder: Markdown loads no matplotlib; HTML writes nothing there."""
    import subprocess

    home = tmp_path / "home"
    home.mkdir()
    story = tmp_path / "story.txt"  # small, with something for each figure
    story.write_text(DATED.format('On Monday Ms Lee said "We will win." Talks resume in March.'), encoding="utf-8")
    code = (
        "import sys\n"
        "from helpers.__main__ import main\n"
        f"assert main(['analyze', {str(story)!r}, '--published', '2022-02-01', '--format', 'markdown', '--out', {str(tmp_path / 'r.md')!r}]) == 0\n"
        "import helpers.report, helpers.plots, helpers.report.highlight\n"
        "print('matplotlib' in sys.modules)\n"
        f"assert main(['analyze', {str(story)!r}, '--published', '2022-02-01', '--format', 'html', '--out', {str(tmp_path / 'r.html')!r}]) == 0\n"
        "print('matplotlib' in sys.modules)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("MPLCONFIGDIR", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "MPLBACKEND")}
    env.update(HOME=str(home), USERPROFILE=str(home), PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False", "True"]
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("# Talks resume")
    assert "data:image/png;base64," in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert list(home.rglob("*")) == []  # no font cache, no config folder
