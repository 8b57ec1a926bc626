"""Readers and scorers for public annotated corpora: TimeML (``.tml``) and BRAT attribution standoff.

- :mod:`helpers.corpora.timeml`: a TimeML file → the article text, its DCT and gold time expressions.
- :mod:`helpers.corpora.brat`: a ``.txt`` + ``.ann`` pair (PolNeAR) → gold attributions (quotes,
  reported speech, unscored).
- :mod:`helpers.corpora.gum`: a GUM news document (Wikinews, ``dep/*.conllu``) → article text and date.
- :mod:`helpers.corpora.conll`: CoNLL-2003's Reuters documents (one token per line) → article text and date.
- :mod:`helpers.corpora.article`: ``RebuiltArticle``, the article those two readers rebuild.
- :mod:`helpers.corpora.polnear`: the course's PolNeAR scoring rules (found / attributed).
- :mod:`helpers.corpora.cli`: ``python -m helpers evaluate FOLDER`` for any annotated folder.

Build the public corpora locally with ``python tools/build_corpora.py`` (into the git-ignored
``corpora/``); their texts are copyrighted news and are never committed.
"""
