"""Every exercise's solution runs and its check says "Correct!".

Solutions are stored without their outputs (so the answer stays hidden) and nbval ignores their
output, so this test is what keeps them honest. For each notebook, the solution cells and the earlier
code cells they depend on (those that define a name a later needed cell reads) run in order, in this
process, in a fresh namespace, with notebooks/ as the working folder (as the notebooks run). The
output of each solution cell is captured and must end with the checker's "Correct!".
"""

from __future__ import annotations

import ast
import contextlib
import io
import json

import matplotlib.pyplot as plt
import pytest

from conftest import REPO
from helpers.exercises import CORRECT

# The notebooks' cells need IPython (installed with JupyterLab); the lowest-versions run has none.
TransformerManager = pytest.importorskip("IPython.core.inputtransformer2").TransformerManager

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


def names(tree: ast.AST) -> tuple[set[str], set[str]]:
    """(names a cell defines, names it reads); ``x[k] = …`` and ``x.a = …`` count as defining ``x``."""
    defined, read = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (defined if isinstance(node.ctx, ast.Store) else read).add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            defined |= {(alias.asname or alias.name).split(".")[0] for alias in node.names}
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            defined.add(node.name)
        elif isinstance(node, (ast.Subscript, ast.Attribute)) and isinstance(node.ctx, ast.Store):
            root = node
            while isinstance(root, (ast.Subscript, ast.Attribute)):
                root = root.value
            if isinstance(root, ast.Name):
                defined.add(root.id)
    return defined, read


def needed_cells(cells: list[tuple[int, ast.Module, bool]]) -> list[tuple[int, ast.Module, bool]]:
    """The solution cells and, walking back, every earlier cell that defines a name still needed."""
    needed: set[str] = set()
    keep = []
    for number, tree, is_solution in reversed(cells):
        defined, read = names(tree)
        if is_solution or defined & needed:
            keep.append((number, tree, is_solution))
            needed = (needed - defined) | read if not is_solution else needed | read
    return keep[::-1]


def run_solutions(path) -> list[tuple[int, str]]:
    """Run a notebook's solutions after the cells they need; return (cell number, printed text) of each."""
    transform = TransformerManager().transform_cell  # IPython syntax (!, %) to plain Python
    cells = [
        (number, ast.parse(transform("".join(cell["source"]))), "solution" in cell["metadata"].get("tags", []))
        for number, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"])
        if cell["cell_type"] == "code"
    ]
    namespace: dict = {"__name__": "__main__"}
    printed = []
    for number, tree, is_solution in needed_cells(cells):
        with contextlib.redirect_stdout(io.StringIO()) as out:
            exec(compile(tree, f"{path.name} cell {number}", "exec"), namespace)
        if is_solution:
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


def test_only_the_cells_a_solution_needs_are_run():
    source = ["import math\nslow = 1", "x = 2", "y = x + 1", "answer = y * 2\nprint('Correct!')"]
    cells = [(n, ast.parse(code), n == 3) for n, code in enumerate(source)]
    assert [n for n, _, _ in needed_cells(cells)] == [1, 2, 3]
