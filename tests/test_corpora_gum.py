"""helpers.corpora.gum: a GUM news document back into article text, and the reserved splits left out."""

from __future__ import annotations

import pytest

from helpers.corpora.gum import gum_split_documents, read_gum_news


def test_paragraphs_are_blank_line_blocks_and_sentences_join_with_a_space():
    conllu = ("# newdoc id = GUM_news_owl\n# meta::dateCreated = 2014-05-02\n# newpar\n# text = Owl Bank fined\n"
              "# newpar\n# text = Tuesday, May 6, 2014\n# newpar\n# text = A court fined Owl Bank.\n1\tA\n\n"
              "# text = \"It is fair,\" said Ana Ruiz.\n# newpar\n# text = Image: Tom Duke.\n")
    document = read_gum_news(conllu)
    assert document.name == "GUM_news_owl"
    assert document.published == "2014-05-06"  # the dateline wins over the page's creation date
    assert document.text.split("\n\n") == ["Owl Bank fined", "Tuesday, May 6, 2014",
                                           "A court fined Owl Bank. \"It is fair,\" said Ana Ruiz.", "Image: Tom Duke.\n"]


def test_without_a_dateline_the_creation_date_is_used_and_without_text_the_error_says_what_to_give():
    assert read_gum_news("# meta::dateCreated = 2014-05-02T10:00\n# newpar\n# text = Hello.\n").published == "2014-05-02"
    with pytest.raises(ValueError, match="no '# text =' lines"):
        read_gum_news("1\tHello\n")
    with pytest.raises(ValueError, match="neither a dateline"):
        read_gum_news("# newpar\n# text = Hello.\n")


def test_only_development_splits_are_listed():
    splits = "## dev\n  * GUM_news_a\n## test\n  * GUM_news_b\n## test2\n  * GUM_news_c\n## train\n  * GUM_news_d\n"
    assert gum_split_documents(splits) == {"GUM_news_a", "GUM_news_d"}
