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
        return f"{self.published}_{self.name}.txt"
