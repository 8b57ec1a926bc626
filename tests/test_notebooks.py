"""Checks on the notebooks as files: what nbval does not see (lesson frame, links, answer key)."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from helpers.exercises import _answer_key, check, is_correct

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


def cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def source(cell: dict) -> str:
    return "".join(cell["source"])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_lesson_frame(path):
    markdown = "\n".join(source(c) for c in cells(path) if c["cell_type"] == "markdown")
    for heading in ["What you will learn", "Prerequisites", "Time", "Difficulty", "Key points", "Further reading"]:
        assert heading in markdown, f"{path.name} lacks '{heading}'"
    assert "colab.research.google.com/github/" in source(cells(path)[0])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_executed_in_order_without_machine_paths(path):
    code = [c for c in cells(path) if c["cell_type"] == "code" and source(c).strip()]
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))
    text = path.read_text(encoding="utf-8")
    readable = _without_images(text)  # base64 pictures may spell "/tmp" by chance
    for machine_path in {str(REPO.parent), str(Path.home()), "/tmp"}:
        assert machine_path.rstrip("/") + "/" not in readable
    assert "nltk.download(" not in text


def _without_images(text: str) -> str:
    """The notebook's JSON with every image's base64 data left out."""
    notebook = json.loads(text)
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            for key in [k for k in output.get("data", {}) if k.startswith("image/")]:
                output["data"][key] = ""
    return json.dumps(notebook)


def test_machine_paths_are_found_in_text_but_not_in_pictures():
    notebook = {"cells": [{"cell_type": "code", "outputs": [{"data": {"image/png": "ab/tmp/cd", "text/plain": "see /work/x"}}]}]}
    readable = _without_images(json.dumps(notebook))
    assert "/tmp/" not in readable and "/work/" in readable


SOLUTION_HEADER = [
    "#@title Solution — double-click to show the code",  # Colab's form view hides the code below it
    "# NBVAL_IGNORE_OUTPUT",  # nbval needs the marker alone on its line; the reason follows
    '# (a solution is stored without its output so the answer stays hidden; tests/test_solutions.py checks it says "Correct")',
]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_exercises_have_checks_and_hidden_solutions(path):
    """Every solution is hidden in JupyterLab, Colab and the site, and stored without its answer."""
    notebook = cells(path)
    code = [c for c in notebook if c["cell_type"] == "code"]
    solutions = [c for c in code if "solution" in c["metadata"].get("tags", [])]
    checks = [c for c in code if "check(" in source(c) and c not in solutions]
    assert len(solutions) >= 1 and len(checks) == len(solutions)
    for cell in solutions:
        assert source(cell).splitlines()[:3] == SOLUTION_HEADER
        assert cell["metadata"]["jupyter"]["source_hidden"] is True
        assert cell["metadata"]["cellView"] == "form"
        assert {"hide-input", "solution"} <= set(cell["metadata"]["tags"])
        assert cell["outputs"] == [], f"a solution in {path.name} is stored with its output"
        assert "print(answer)" not in source(cell)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_cells_that_would_give_an_answer_away_are_stored_without_output(path):
    for cell in cells(path):
        if "hide-output" in cell["metadata"].get("tags", []):
            assert source(cell).startswith("# NBVAL_IGNORE_OUTPUT\n# (stored without its output")
            assert cell["outputs"] == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_explanations_after_solutions_are_folded(path):
    """The markdown right after a solution explains it only inside a closed <details> block."""
    notebook = cells(path)
    for index, cell in enumerate(notebook[:-1]):
        if "solution" in cell["metadata"].get("tags", []):
            after = notebook[index + 1]
            text = source(after)
            assert after["cell_type"] == "markdown" and text.startswith("<details><summary>Why?"), text[:60]
            assert text.rstrip().endswith("</details>")


def test_every_exercise_id_is_used_once_and_exists():
    used = []
    for path in NOTEBOOKS:
        for cell in cells(path):
            if "solution" in cell["metadata"].get("tags", []):
                used += re.findall(r'check\("([^"]+)"', source(cell))
    assert sorted(used) == sorted(_answer_key())


def test_checker_messages(capsys):
    check("00-weekday", None)
    check("00-weekday", " wednesday ")
    check("00-weekday", "Friday")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Not answered yet") and lines[1] == "Correct!" and lines[2].startswith("Not quite. Hint:")
    assert not is_correct("01-body-sentences", "32")


@pytest.fixture(scope="module")
def kernel_language_info() -> dict:
    """The ``language_info`` the Python kernel reports (what JupyterLab writes on opening)."""
    # the lowest-versions run installs no Jupyter
    manager_module = pytest.importorskip("jupyter_client.manager")
    manager, client = manager_module.start_new_kernel(kernel_name="python3")
    try:
        return client.kernel_info(reply=True, timeout=60)["content"]["language_info"]
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_language_info_is_what_the_kernel_reports(path, kernel_language_info):
    # JupyterLab replaces a differing language_info on opening and marks the notebook modified;
    # the Python version is left out on purpose (it depends on the machine that executed it).
    stored = json.loads(path.read_text(encoding="utf-8"))["metadata"]["language_info"]
    expected = {key: value for key, value in kernel_language_info.items() if key != "version"}
    assert stored == expected, "run python tools/execute_notebooks.py to store the kernel's language_info"


def test_links_agree_with_the_repository_setting():
    result = subprocess.run([sys.executable, str(REPO / "tools" / "set_repository.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
