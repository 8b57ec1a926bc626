"""Read a news document of GUM (the Georgetown University Multilayer corpus) back into article text.

GUM's ``news`` genre is Wikinews reporting (CC BY) of 2006 to 2023, its ``interview`` genre Wikinews interviews. Its ``dep/*.conllu`` files keep each
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

from helpers.corpora.article import RebuiltArticle
from helpers.dates import parse_date_phrase

#: GUM's standard splits that may be read for development; ``test`` and ``test2`` are reserved.
GUM_DEVELOPMENT_SPLITS = ("train", "dev")

#: a block that is only a dateline ("Friday, July 21, 2017"), not a sentence that holds a date
_DATELINE_SHAPE = re.compile(r"^(?:\w+day, )?\w+ \d{1,2}, \d{4}$")


def read_gum_news(conllu: str) -> RebuiltArticle:
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
    return RebuiltArticle(meta.get("name", ""), _published(blocks, meta), "\n\n".join(blocks) + "\n")


def _published(blocks: list[str], meta: dict[str, str]) -> str:
    """The dateline among the first three blocks as an ISO date, else ``meta::dateCreated``."""
    for block in blocks[:3]:
        found = parse_date_phrase(block) if _DATELINE_SHAPE.match(block) else None
        if found:
            return found[0].isoformat()
    if "dateCreated" in meta:
        return meta["dateCreated"][:10]
    raise ValueError(f"{meta.get('name', 'This GUM file')} has neither a dateline nor meta::dateCreated.")


def gum_split_documents(splits_md: str) -> frozenset[str]:
    """The documents GUM's ``splits.md`` lists under a development split (:data:`GUM_DEVELOPMENT_SPLITS`).

    A document listed under any other heading (``test``, ``test2``) is never returned, so a build
    cannot read it.

    Example:
        >>> sorted(gum_split_documents("## dev\\n  * GUM_news_a\\n## test\\n  * GUM_news_b\\n## train\\n  * GUM_news_c\\n"))
        ['GUM_news_a', 'GUM_news_c']
    """
    chosen: set[str] = set()
    heading = ""
    for line in splits_md.splitlines():
        if line.startswith("## "):
            heading = line[3:].strip().lower()
        elif line.strip().startswith("* ") and heading in GUM_DEVELOPMENT_SPLITS:
            chosen.add(line.strip()[2:].strip())
    return frozenset(chosen)
