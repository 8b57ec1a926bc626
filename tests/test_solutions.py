"""Every exercise's solution runs and its check says "Correct!".

Solutions are stored without their outputs (so the answer stays hidden) and nbval ignores their
output, so this test is what keeps them honest. Each notebook's code cells run in order, in this
process, in a fresh namespace, with notebooks/ as the working folder (as the notebooks run); the
output of each solution cell is captured and must end with the checker's "Correct!".
"""

from __future__ import annotations

import contextlib
import io
import json

import matplotlib.pyplot as plt
import pytest
from IPython.core.inputtransformer2 import TransformerManager

from conftest import REPO
from helpers.exercises import CORRECT

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


def run_solutions(path) -> list[tuple[int, str]]:
    """Run a notebook's code cells in order; return (cell number, printed text) of each solution."""
    transform = TransformerManager().transform_cell  # IPython syntax (!, %) to plain Python
    namespace: dict = {"__name__": "__main__"}
    printed = []
    for number, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"]):
        if cell["cell_type"] != "code":
            continue
        code = compile(transform("".join(cell["source"])), f"{path.name} cell {number}", "exec")
        with contextlib.redirect_stdout(io.StringIO()) as out:
            exec(code, namespace)
        if "solution" in cell["metadata"].get("tags", []):
            printed.append((number, out.getvalue()))
    plt.close("all")
    return printed


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_solution_passes_its_check(path, monkeypatch):
    monkeypatch.chdir(path.parent)
    solutions = run_solutions(path)
    assert solutions, f"{path.name} has no solution cells"
    for number, printed in solutions:
        lines = printed.strip().splitlines()
        assert lines and lines[-1] == CORRECT, f"{path.name} cell {number} printed {printed!r}"
