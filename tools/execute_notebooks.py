"""Run notebooks top to bottom in a fresh kernel and store their outputs, ready to commit.

nbval compares the stored outputs on every test run, so after editing a notebook run:

    python tools/execute_notebooks.py                 # every notebook in notebooks/
    python tools/execute_notebooks.py notebooks/02_timeline.ipynb

Each notebook runs with notebooks/ as its working folder. The kernel's ``language_info`` is
stored (JupyterLab would otherwise fill it in and mark the notebook modified on opening), all
but its Python ``version``; machine-specific metadata (that version, execution timings) is
dropped so the files stay the same on every machine. Solution cells (tagged ``solution``) and
cells whose output would give an answer away (tagged ``hide-output``) are stored without their
outputs, so that an exercise's answer is not readable before the student runs the cell.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def stored_language_info(language_info: dict) -> dict:
    """The kernel's ``language_info`` as stored in a notebook: everything but the Python version.

    Example:
        >>> stored_language_info({"name": "python", "version": "3.11.7", "pygments_lexer": "ipython3"})
        {'name': 'python', 'pygments_lexer': 'ipython3'}
    """
    return {key: value for key, value in language_info.items() if key != "version"}


def hide_on_site(cell: dict) -> None:
    """Tag a cell whose code is folded in JupyterLab ``hide-input``, so the site folds it too.

    Example:
        >>> cell = {"metadata": {"jupyter": {"source_hidden": True}, "tags": ["solution"]}}
        >>> hide_on_site(cell); hide_on_site(cell); cell["metadata"]["tags"]
        ['solution', 'hide-input']
    """
    metadata = cell["metadata"]
    tags = metadata.get("tags", [])
    if metadata.get("jupyter", {}).get("source_hidden") and "hide-input" not in tags:
        metadata["tags"] = [*tags, "hide-input"]


def coalesce_streams(outputs: list[dict]) -> list[dict]:
    """Join consecutive stream outputs of the same name, as one ``print`` is one output.

    A kernel under load may send a printed line and its newline as two messages; joining them
    keeps the stored outputs the same from run to run.

    Example:
        >>> parts = [{"output_type": "stream", "name": "stdout", "text": "Correct!"},
        ...          {"output_type": "stream", "name": "stdout", "text": "\\n"}]
        >>> [o["text"] for o in coalesce_streams(parts)]
        ['Correct!\\n']
    """
    joined: list[dict] = []
    for output in outputs:
        previous = joined[-1] if joined else None
        if previous and output.get("output_type") == previous.get("output_type") == "stream" and output.get("name") == previous.get("name"):
            previous["text"] = "".join(previous["text"]) + "".join(output["text"])
        else:
            joined.append(output)
    return joined


def clean(nb: nbformat.NotebookNode) -> None:
    """Keep only metadata that does not depend on the machine or the moment.

    ``nb`` must have been executed: its ``language_info`` is the one the kernel reported.
    """
    language_info = stored_language_info(nb.metadata.get("language_info", {}))
    if "pygments_lexer" not in language_info:
        raise ValueError("The notebook carries no language_info from a kernel: execute it before clean().")
    nb.metadata = {"kernelspec": KERNELSPEC, "language_info": language_info}
    for number, cell in enumerate(nb.cells):
        cell["id"] = f"c{number:03d}"
        hide_on_site(cell)
        cell.metadata.pop("execution", None)
        cell.metadata.pop("collapsed", None)
        cell.metadata.pop("scrolled", None)
        if cell.cell_type == "code" and {"solution", "hide-output"} & set(cell.metadata.get("tags", [])):
            cell.outputs = []  # an exercise's answer stays hidden until it is run (tests/test_solutions.py)
        if cell.cell_type == "code":
            cell.outputs = coalesce_streams(cell.outputs)
            for output in cell.outputs:
                output.get("metadata", {}).pop("needs_background", None)


def execute(path: Path) -> None:
    from nbclient import NotebookClient  # only executing needs it; clean() is tested without it

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    clean(nb)
    nbformat.write(nb, path)
    print(f"executed {path.name}")


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(NOTEBOOKS.glob("*.ipynb"))
    for path in paths:
        execute(path.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
