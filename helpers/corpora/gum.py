"""Read a news document of GUM (the Georgetown University Multilayer corpus) back into article text.

GUM's ``news`` genre is Wikinews reporting (CC BY) of 2004 to 2019. Its ``dep/*.conllu`` files keep each
sentence's original text (``# text = …``) and mark paragraphs (``# newpar``), so an article can be
rebuilt as a reader would copy it from the page: the headline, then one paragraph per block, sentences
joined by a space, paragraphs by a blank line. The date is the dateline Wikinews prints under the
headline ("Friday, July 21, 2017"), else the page's creation date.

Example:
    >>> conllu = '''# newdoc id = GUM_news_kestrel
    ... # meta::dateCreated = 2017-07-18
    ... # meta::title = Kestrel wins
    ... # newpar
    ... # text = Kestrel wins
    ... # newpar
    ... # text = Friday, July 21, 2017
    ... # newpar
    ... # text = Ana Ruiz won.
    ... # text = She said so.
    ... '''
    >>> document = read_gum_news(conllu)
    >>> document.published, document.text
    ('2017-07-21', 'Kestrel wins\\n\\nFriday, July 21, 2017\\n\\nAna Ruiz won. She said so.\\n')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

#: GUM's standard splits that may be read for development; ``test`` and ``test2`` are reserved.
GUM_DEVELOPMENT_SPLITS = ("train", "dev")

_DATELINE = re.compile(r"^(?:\w+day, )?(\w+ \d{1,2}, \d{4})$")


@dataclass(frozen=True)
class GumDocument:
    """One GUM document as article text: its id, headline, ISO publication date and text."""

    name: str
    title: str
    published: str
    text: str


def read_gum_news(conllu: str) -> GumDocument:
    """The article text and date of one GUM ``.conllu`` document (see the module's example).

    Raises:
        ValueError: the file has no ``# text =`` line, or neither a dateline nor a creation date.
    """
    meta: dict[str, str] = {}
    paragraphs: list[list[str]] = []
    for line in conllu.splitlines():
        if line.startswith("# newdoc id = "):
            meta["name"] = line[len("# newdoc id = "):].strip()
        elif line.startswith("# meta::") and " = " in line:
            key, value = line[len("# meta::"):].split(" = ", 1)
            meta[key.strip()] = value.strip()
        elif line.startswith("# newpar") and not line.startswith("# newpar_"):
            paragraphs.append([])
        elif line.startswith("# text = "):
            if not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(line[len("# text = "):].strip())
    blocks = [" ".join(sentences) for sentences in paragraphs if sentences]
    if not blocks:
        raise ValueError("This GUM file has no '# text =' lines: give a file of GUM's dep/ folder.")
    return GumDocument(meta.get("name", ""), meta.get("title", blocks[0]), _published(blocks, meta), "\n\n".join(blocks) + "\n")


def _published(blocks: list[str], meta: dict[str, str]) -> str:
    """The dateline among the first three blocks as an ISO date, else ``meta::dateCreated``."""
    for block in blocks[:3]:
        match = _DATELINE.match(block)
        if match:
            try:
                return datetime.strptime(match.group(1), "%B %d, %Y").date().isoformat()
            except ValueError:
                continue
    if "dateCreated" in meta:
        return meta["dateCreated"][:10]
    raise ValueError(f"{meta.get('name', 'This GUM file')} has neither a dateline nor meta::dateCreated.")


def gum_split_documents(splits_md: str, splits: tuple[str, ...] = GUM_DEVELOPMENT_SPLITS) -> dict[str, str]:
    """Document name → split, for the development splits named in GUM's ``splits.md`` only.

    A document listed under any other heading (``test``, ``test2``) is never returned, so a build
    cannot read it.

    Example:
        >>> gum_split_documents("## dev\\n  * GUM_news_a\\n## test\\n  * GUM_news_b\\n## train\\n  * GUM_news_c\\n")
        {'GUM_news_a': 'dev', 'GUM_news_c': 'train'}
    """
    chosen: dict[str, str] = {}
    heading = ""
    for line in splits_md.splitlines():
        if line.startswith("## "):
            heading = line[3:].strip().lower()
        elif line.strip().startswith("* ") and heading in splits:
            chosen[line.strip()[2:].strip()] = heading
    return chosen
