"""What tools/execute_notebooks.py stores: the kernel's language_info without its version, site tags."""

from __future__ import annotations

import importlib.util

import pytest

from conftest import REPO

nbformat = pytest.importorskip("nbformat")  # the lowest-versions run installs no Jupyter

_spec = importlib.util.spec_from_file_location("execute_notebooks", REPO / "tools" / "execute_notebooks.py")
execute_notebooks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(execute_notebooks)

KERNEL_LANGUAGE_INFO = {
    "name": "python", "version": "3.11.7", "mimetype": "text/x-python", "file_extension": ".py",
    "codemirror_mode": {"name": "ipython", "version": 3}, "pygments_lexer": "ipython3", "nbconvert_exporter": "python",
}


def executed_notebook() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook(metadata={"language_info": dict(KERNEL_LANGUAGE_INFO), "widgets": {}})
    solution = nbformat.v4.new_code_cell("x = 1", metadata={"tags": ["solution"], "jupyter": {"source_hidden": True}, "execution": {"iopub.status.idle": "2026-12-06T17:00:00Z"}})
    nb.cells = [nbformat.v4.new_markdown_cell("# Title"), solution]
    return nb


def test_clean_stores_the_kernels_language_info_without_the_version():
    nb = executed_notebook()
    execute_notebooks.clean(nb)
    expected = {k: v for k, v in KERNEL_LANGUAGE_INFO.items() if k != "version"}
    assert nb.metadata == {"kernelspec": execute_notebooks.KERNELSPEC, "language_info": expected}


def test_clean_folds_on_the_site_what_is_folded_in_jupyterlab():
    nb = executed_notebook()
    execute_notebooks.clean(nb)
    solution = nb.cells[1]
    assert solution.metadata["tags"] == ["solution", "hide-input"] and "execution" not in solution.metadata
    assert [c.id for c in nb.cells] == ["c000", "c001"] and "tags" not in nb.cells[0].metadata


def test_clean_refuses_a_notebook_no_kernel_ran():
    nb = executed_notebook()
    nb.metadata["language_info"] = {"name": "python"}
    with pytest.raises(ValueError, match="execute it before clean"):
        execute_notebooks.clean(nb)
