"""The shape of the helpers package: small modules, classes and functions, and no hidden caches.

These limits keep every stage readable by a student and changeable by a maintainer; a change that
breaks one should split the piece instead of raising the limit.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

HELPERS = Path(__file__).resolve().parent.parent / "helpers"
MODULES = sorted(p for p in HELPERS.rglob("*.py") if "__pycache__" not in p.parts)
LIMITS = {"module": 600, "class": 300, "function": 70}


def _sizes(path: Path) -> list[tuple[str, str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [("module", path.name, len(path.read_text(encoding="utf-8").splitlines()))]
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            found.append(("class", node.name, node.end_lineno - node.lineno + 1))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found.append(("function", node.name, node.end_lineno - node.lineno + 1))
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(HELPERS)))
def test_modules_classes_and_functions_stay_small(path):
    too_big = [f"{kind} {name}: {size} lines (limit {LIMITS[kind]})" for kind, name, size in _sizes(path) if size > LIMITS[kind]]
    assert not too_big, too_big


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(HELPERS)))
def test_no_module_keeps_its_own_cache(path):
    # Loaded tables are cached in one place (helpers.resources.data_cache, cleared by reload_data());
    # an article's layers live on its Document. A functools cache anywhere else is a hidden cache.
    if path.name == "resources.py":
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    decorators = [d for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.ClassDef)) for d in node.decorator_list]
    names = {ast.unparse(d.func if isinstance(d, ast.Call) else d) for d in decorators}
    assert not names & {"cache", "lru_cache", "functools.cache", "functools.lru_cache"}, names


def test_the_cache_check_can_fail(tmp_path):
    cached = tmp_path / "cached.py"
    cached.write_text("from functools import lru_cache\n\n@lru_cache(maxsize=8)\ndef f(text):\n    return text\n", encoding="utf-8")
    with pytest.raises(AssertionError):
        test_no_module_keeps_its_own_cache(cached)


def test_the_size_check_can_fail(tmp_path):
    big = tmp_path / "big.py"
    big.write_text("def f():\n" + "    x = 1\n" * 80, encoding="utf-8")
    assert ("function", "f", 81) in _sizes(big)
