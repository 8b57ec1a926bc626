"""The article a corpus reader rebuilds from a corpus's own format: its id, date and text.

Example:
    >>> RebuiltArticle("kestrel_001", "2017-07-21", "Kestrel wins\\n\\nAna Ruiz won.\\n").file_name
    '2017-07-21_kestrel_001.txt'
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RebuiltArticle:
    """One corpus document as article text: its id in the corpus, ISO publication date and text."""

    name: str
    published: str
    text: str

    @property
    def file_name(self) -> str:
        """``<published>_<name>.txt``, the name the corpus builds give the article's text file."""
        return rebuilt_file_name(self.published, self.name)


def rebuilt_file_name(published: str, name: str) -> str:
    """The text file's name of a rebuilt article: its date, then its id in the corpus.

    Example:
        >>> rebuilt_file_name("1996-08-22", "conll_train_001")
        '1996-08-22_conll_train_001.txt'
    """
    return f"{published}_{name}.txt"
