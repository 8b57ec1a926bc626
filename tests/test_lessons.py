"""The lessons' words: glossary links resolve, and numbers quoted across notebooks match the outputs."""

from __future__ import annotations

import importlib.util
import json
import math
import re

import pytest

from conftest import REPO

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
GLOSSARY = REPO / "notebooks" / "glossary.md"
GLOSSARY_LINK = re.compile(r"\]\(glossary\.md(?:#([\w-]+))?\)")


def markdown(path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


def outputs(path) -> str:
    texts = []
    for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
        for output in cell.get("outputs", []):
            texts.append("".join(output.get("text", "")) + "".join(output.get("data", {}).get("text/plain", "")))
    return "\n".join(texts)


def anchors() -> set[str]:
    return set(re.findall(r'<a id="([\w-]+)"', GLOSSARY.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_glossary_links_point_at_terms_that_exist(path):
    targets = GLOSSARY_LINK.findall(markdown(path))
    assert targets, f"{path.name} does not link to the glossary"
    missing = {t for t in targets if t and t not in anchors()}
    assert not missing, f"{path.name} links to glossary terms that do not exist: {sorted(missing)}"


def test_every_term_the_issue_names_is_in_the_glossary_and_linked_from_a_notebook():
    terms = {"pxw-pxd-future_ref-and-other-vague-timex3-values", "granularity", "iso-week", "lemma", "determiner", "demonym", "apposition",
             "lexicon", "treebank", "precision", "recall", "f1", "timex3"}
    linked = {t for path in NOTEBOOKS for t in GLOSSARY_LINK.findall(markdown(path))}
    assert terms <= anchors() and terms <= linked


def test_the_colab_glossary_link_follows_the_repository_setting():
    spec = importlib.util.spec_from_file_location("set_repository", REPO / "tools" / "set_repository.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    slug, branch = module.settings()
    address = f"https://github.com/{slug}/blob/{branch}/notebooks/glossary.md"
    for path in NOTEBOOKS:
        assert address in markdown(path), f"{path.name} lacks the glossary's address for Colab ({address})"


def test_the_timeline_notebook_quotes_the_held_out_value_f1_that_notebook_05_prints():
    checking = next(p for p in NOTEBOOKS if p.stem.startswith("05_"))
    table = next(line for line in outputs(checking).splitlines() if line.startswith("time expressions all"))
    never_read_f1 = table.split()[-2]  # columns: errors read (F1, gold), never read (F1, gold)
    timeline = next(p for p in NOTEBOOKS if p.stem.startswith("02_"))
    assert f"its value F1 drops to {never_read_f1}" in markdown(timeline)


# Decimals in the prose that no cell prints, each with the reason it may stand.
NOT_PRINTED = {
    "02_timeline": {"0.93": "notebook 05's held-out value F1, checked by the test above"},
    "04_statements_and_sentiment": {
        "0.1234": "the format the exercise asks for",
        "1.9": "the valence of 'hope' in VADER's lexicon, which the exercise finds",
        "3.0": "the name of the corpus PARC 3.0",
        "0.85": "the course scorer's REPORTED_WEIGHT, checked by the test below",
    },
    "05_checking_the_machine": {
        "0.583": "the plain average of 0.5 and 0.667, worked by hand",
        "1.167": "0.5 + 0.667, worked by hand",
        "0.02": "how much one of 54 quotes moves an F1, worked by hand",
        "0.78": "HeidelTime's published value F1 on TempEval-3 (UzZaman et al. 2013), cited",
        "0.84": "the Gender Gap Tracker's published quote F1 (Asr et al. 2021), cited",
    },
}
DECIMAL = re.compile(r"(?<![\w.])[−-]?\d+\.\d+")


def printed_numbers(path) -> list[float]:
    return [float(n) for n in DECIMAL.findall(outputs(path))]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_decimal_in_the_lesson_is_printed_by_a_cell(path):
    """A number such as 0.504 in the prose must be (a rounding of) a number that a cell printed."""
    printed = printed_numbers(path)
    prose = "\n".join(
        "".join(c["source"]) for c in json.loads(path.read_text(encoding="utf-8"))["cells"]
        if c["cell_type"] == "markdown" and not "".join(c["source"]).startswith("<details>")
    )
    allowed = NOT_PRINTED.get(path.stem, {})
    for text in set(DECIMAL.findall(prose)) - set(allowed):
        value, places = float(text.replace("−", "-")), len(text.split(".")[1])
        assert any(math.isclose(round(p, places), value, abs_tol=1e-9) for p in printed), (
            f"{path.name} says {text}, which no cell prints"
        )


def test_the_weight_of_reported_speech_the_lesson_names_is_the_scorers():
    from helpers.sentiment.scorer import REPORTED_WEIGHT

    path = next(p for p in NOTEBOOKS if p.stem == "04_statements_and_sentiment")
    prose = "".join("".join(c["source"]) for c in json.loads(path.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "markdown")
    assert f"reads at {REPORTED_WEIGHT} of" in prose
