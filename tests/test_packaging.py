"""The package list in pyproject.toml: a plain (non-editable) install must ship every stage and data/."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli")


def _setuptools() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_folder_of_helpers_is_listed():
    folders = {
        ".".join(path.parent.relative_to(REPO).parts)
        for path in (REPO / "helpers").rglob("__init__.py")
        if "__pycache__" not in path.parts
    }
    assert folders - set(_setuptools()["packages"]) == set(), "add the new package to pyproject.toml"


def test_data_is_shipped_inside_the_package():
    settings = _setuptools()
    assert settings["package-dir"]["helpers.data"] == "data"
    assert "**/*" in settings["package-data"]["helpers.data"]
