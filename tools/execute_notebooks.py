"""Run notebooks top to bottom in a fresh kernel and store their outputs, ready to commit.

nbval compares the stored outputs on every test run, so after editing a notebook run:

    python tools/execute_notebooks.py                 # every notebook in notebooks/
    python tools/execute_notebooks.py notebooks/02_timeline.ipynb

Each notebook runs with notebooks/ as its working folder. Machine-specific metadata
(Python version, execution timings) is dropped so the files stay the same on every machine, and
solution cells (tagged ``solution``) and cells whose output would give an answer away (tagged
``hide-output``) are stored without their outputs, so that an exercise's answer is not readable
before the student runs the cell.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def clean(nb: nbformat.NotebookNode) -> None:
    """Keep only metadata that does not depend on the machine or the moment."""
    nb.metadata = {"kernelspec": KERNELSPEC, "language_info": {"name": "python"}}
    for number, cell in enumerate(nb.cells):
        cell["id"] = f"c{number:03d}"
        cell.metadata.pop("execution", None)
        cell.metadata.pop("collapsed", None)
        cell.metadata.pop("scrolled", None)
        if cell.cell_type == "code" and {"solution", "hide-output"} & set(cell.metadata.get("tags", [])):
            cell.outputs = []  # an exercise's answer stays hidden until it is run (tests/test_solutions.py)
        if cell.cell_type == "code":
            for output in cell.outputs:
                output.get("metadata", {}).pop("needs_background", None)


def execute(path: Path) -> None:
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
