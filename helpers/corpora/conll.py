r"""Read the Reuters news of CoNLL-2003 (English) back into article text.

CoNLL-2003's English data is Reuters news of 1996 and 1997: one token per line (with its part of speech,
chunk and entity tags, which the course does not use), a blank line after each sentence and a
``-DOCSTART-`` line before each document. Its ``train`` and ``dev`` (``testa``) files may be read for
development; its ``test`` (``testb``) file is reserved and never read.

A document is rebuilt as a reader would copy it from the wire: the headline, the byline if any, the
dateline ("TUNIS 1996-08-22"), then one paragraph per sentence, as Reuters writes them, except that a
sentence inside an open quotation stays in the quotation's paragraph. Tokens are joined with NLTK's
Treebank detokenizer; straight double quotes open and close in turn. The date is the dateline's.

Example:
    >>> sentences = ["Kestrel wins .", "OSLO 1996-08-22", '" Ana Ruiz won , " said Tom Lee . "', 'It is true . "']
    >>> conll = "-DOCSTART- -X- -X- O\n\n" + "".join(
    ...     "".join(f"{token} NN O O\n" for token in sentence.split()) + "\n" for sentence in sentences)
    >>> [article] = read_conll_documents(conll, "train")
    >>> article.name, article.published
    ('conll_train_001', '1996-08-22')
    >>> print(article.text)
    Kestrel wins.
    <BLANKLINE>
    OSLO 1996-08-22
    <BLANKLINE>
    "Ana Ruiz won," said Tom Lee. "It is true."
    <BLANKLINE>
"""

from __future__ import annotations

import re

from nltk.tokenize.treebank import TreebankWordDetokenizer

from helpers.corpora.article import RebuiltArticle

#: CoNLL-2003's files that may be read for development; ``test`` (``testb``) is reserved.
CONLL_DEVELOPMENT_SPLITS = ("train", "dev")

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_conll_documents(conll: str, split: str) -> list[RebuiltArticle]:
    """Every document of one CoNLL-2003 file that has a dateline, as article text (see the module's example).

    Documents are named ``conll_<split>_<number>``, numbered from 1 in file order (those without a dateline,
    mostly results tables, are skipped but keep their number).

    Raises:
        ValueError: ``split`` is not a development split, or the text has no ``-DOCSTART-`` line.
    """
    if split not in CONLL_DEVELOPMENT_SPLITS:
        raise ValueError(f"CoNLL-2003 split {split!r} is not read: only {', '.join(CONLL_DEVELOPMENT_SPLITS)} are (test is reserved).")
    documents = conll_documents(conll)
    if not documents:
        raise ValueError("This is no CoNLL-2003 file: it has no -DOCSTART- line.")
    articles = []
    for number, sentences in enumerate(documents, 1):
        published = dateline_date(sentences)
        if published:
            articles.append(RebuiltArticle(f"conll_{split}_{number:03d}", published, rebuild_text(sentences)))
    return articles


def conll_documents(conll: str) -> list[list[list[str]]]:
    """The documents of a CoNLL file as lists of sentences, each a list of its tokens.

    Example:
        >>> conll_documents("-DOCSTART- -X- O\\n\\nAna NNP B-PER\\nwon VBD O\\n\\nYes UH O\\n")
        [[['Ana', 'won'], ['Yes']]]
    """
    documents: list[list[list[str]]] = []
    sentence: list[str] = []
    for line in conll.splitlines() + [""]:
        if line.startswith("-DOCSTART-"):
            documents.append([])
        elif not line.strip():
            if sentence and documents:
                documents[-1].append(sentence)
            sentence = []
        else:
            sentence.append(line.split(" ", 1)[0])
    return documents


def dateline_date(sentences: list[list[str]]) -> str | None:
    """The ISO date of the dateline ("TUNIS 1996-08-22") among the first four sentences, else None."""
    for sentence in sentences[:4]:
        if len(sentence) <= 6 and _ISO_DATE.match(sentence[-1]):
            return sentence[-1]
    return None


def rebuild_text(sentences: list[list[str]]) -> str:
    """The text of a document: a paragraph per sentence, or per quotation that runs over several.

    A straight quote ending a sentence that it opens belongs to the next sentence (the sentence split
    put it on the wrong side).

    Example:
        >>> rebuild_text([["He", "said", ".", '"'], ["Yes", ".", '"'], ["Then", "."]])
        'He said. "Yes."\\n\\nThen.\\n'
    """
    detokenizer = TreebankWordDetokenizer()
    paragraphs: list[list[str]] = []
    quote_open = carried = False
    for tokens in sentences:
        continues = quote_open
        if carried:  # the quote it opened comes back at this sentence's start
            tokens, quote_open = ['"', *tokens], False
        marked, quote_open = _marked_quotes(tokens, quote_open)
        carried = quote_open and tokens[-1] == '"'
        if carried:
            marked.pop()
        words = detokenizer.detokenize(marked)
        if continues and paragraphs:
            paragraphs[-1].append(words)
        else:
            paragraphs.append([words])
    return "\n\n".join(" ".join(sentences) for sentences in paragraphs) + "\n"


def _marked_quotes(tokens: list[str], quote_open: bool) -> tuple[list[str], bool]:
    """The tokens with straight double quotes as Treebank's opening ``\\`\\``` and closing ``''``."""
    marked = []
    for token in tokens:
        if token == '"':
            marked.append("''" if quote_open else "``")
            quote_open = not quote_open
        else:
            marked.append(token)
    return marked, quote_open
