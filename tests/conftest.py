"""Shared fixtures: the course article (loaded once) and costly objects as session fixtures."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pytest

import helpers

matplotlib.use("Agg")  # tests draw figures without a screen

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def article() -> helpers.Article:
    """The course article, data/article.txt."""
    return helpers.load_article(DATA / "article.txt")


@pytest.fixture(scope="session")
def vader():
    """NLTK's VADER analyser on the vaderSentiment lexicon (reading it takes ~50 ms)."""
    return helpers.vader_analyzer()


@pytest.fixture
def write_article(tmp_path):
    """Write text or bytes to a file in a temporary folder and return its path."""

    def _write(content: str | bytes, name: str = "story.txt") -> Path:
        path = tmp_path / name
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return path

    return _write


def mention_rows(text: str, fields: tuple[str, ...], *, published: str, actors=None,
                 headline: str = "Talks go on") -> list[tuple]:
    """The actor mentions helpers finds in ``text`` (under a one-line headline), each as a tuple of ``fields``.

    The actor test files share it: each names the columns its assertions read.

    >>> mention_rows("Ana Ruiz spoke.", ("text", "kind"), published="2022-03-04")
    [('Ana Ruiz', 'NAME')]
    """
    found = helpers.find_mentions(helpers.article_from_text(f"{headline}\n\n{text}", published=published), actors)
    return list(found[list(fields)].itertuples(index=False, name=None))
