"""The Colab set-up cell that tools/set_repository.py writes into every notebook.

The cell's whole run on a simulated Colab (clone, pip install, every notebook after it) is proved
by .ci/colab.sh; these tests pin its logic: silent and idle off Colab, fetches once, installs once,
and stops with one sentence naming the setting to fix when the course cannot be fetched.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from conftest import REPO

_spec = importlib.util.spec_from_file_location("set_repository", REPO / "tools" / "set_repository.py")
set_repository = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(set_repository)

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
SLUG, BRANCH = set_repository.settings()
CELL = set_repository.colab_setup_cell(SLUG, BRANCH)


@pytest.fixture
def colab(monkeypatch, tmp_path):
    """A simulated Colab: google.colab imported, a fresh content folder, sys.path and cwd restored."""
    monkeypatch.setitem(sys.modules, "google.colab", types.ModuleType("google.colab"))
    monkeypatch.setenv(set_repository.CONTENT_SETTING, str(tmp_path))
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.chdir(tmp_path)
    return tmp_path / "news-as-data"


def run_cell() -> None:
    exec(compile(CELL, "colab-setup", "exec"), {"__name__": "__main__"})


def test_the_cell_is_plain_python_with_the_repository_setting():
    compile(CELL, "colab-setup", "exec")  # IPython magics (!git, %pip) would not compile
    assert f'"https://github.com/{SLUG}", "{BRANCH}"' in CELL


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_notebook_has_the_current_cell_tagged_and_without_output(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    setup = [c for c in cells if "".join(c["source"]).startswith(set_repository.SETUP_MARKER)]
    assert len(setup) == 1 and "".join(setup[0]["source"]) == CELL
    assert setup[0]["outputs"] == [] and "hide-input" in setup[0]["metadata"]["tags"]


def test_off_colab_it_does_nothing(monkeypatch, tmp_path):
    monkeypatch.delitem(sys.modules, "google.colab", raising=False)
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: pytest.fail("ran a command off Colab"))
    monkeypatch.chdir(tmp_path)
    run_cell()
    assert Path.cwd() == tmp_path


def test_fetches_and_installs_once_when_run_twice(colab, monkeypatch, capsys):
    calls, installed = [], []

    def fake_run(command, **options):
        calls.append(command[:3])
        if command[0] == "git":
            (colab / ".git").mkdir(parents=True)
            (colab / "notebooks").mkdir()
        else:
            installed.append(command[-1])
        return subprocess.CompletedProcess(command, 0, b"", b"")

    def fake_version(name):
        if not installed:
            raise importlib.metadata.PackageNotFoundError(name)
        return "0.1.0"

    monkeypatch.setattr(subprocess, "run", fake_run)
    monkeypatch.setattr(importlib.metadata, "version", fake_version)
    run_cell()
    run_cell()
    assert calls == [["git", "clone", "-q"], [sys.executable, "-m", "pip"]]
    assert installed == [str(colab)] and sys.path.count(str(colab)) == 1
    assert Path.cwd() == colab / "notebooks"
    assert capsys.readouterr() == ("", "")  # silent on success


def test_stops_with_one_sentence_naming_the_setting_when_the_clone_fails(colab, monkeypatch, tmp_path):
    # git fetches the course's address from a folder that does not exist (no network involved)
    monkeypatch.setenv("GIT_CONFIG_COUNT", "1")
    monkeypatch.setenv("GIT_CONFIG_KEY_0", f"url.file://{tmp_path}/missing.insteadOf")
    monkeypatch.setenv("GIT_CONFIG_VALUE_0", f"https://github.com/{SLUG}")
    with pytest.raises(RuntimeError) as error:
        run_cell()
    message = str(error.value)
    assert "[tool.news_as_data] repository in pyproject.toml" in message
    assert "python tools/set_repository.py" in message and message.count(". ") == 0
    assert not colab.exists() and Path.cwd() == tmp_path


def test_an_old_cell_is_replaced_whole_keeping_its_id_and_count():
    old = json.dumps({"cells": [{"cell_type": "code", "id": "c001", "metadata": {}, "outputs": [],
                                 "execution_count": 1, "source": [set_repository.SETUP_MARKER + "\n!git clone x\n"]}]})
    cell = json.loads(set_repository.rewrite_notebook(old, "x.ipynb", SLUG, BRANCH))["cells"][0]
    assert "".join(cell["source"]) == CELL and cell["id"] == "c001" and cell["execution_count"] == 1
