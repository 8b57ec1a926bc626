"""helpers.corpora.conll: CoNLL-2003's Reuters documents back into article text, the test split refused."""

from __future__ import annotations

import pytest

from helpers.corpora.conll import conll_documents, dateline_date, read_conll_documents, rebuild_text


def conll_file(*documents: list[str]) -> str:
    """An invented CoNLL-2003 file: each document a list of sentences, tokens split on spaces, tags made up."""
    return "".join("-DOCSTART- -X- -X- O\n\n" + "".join(
        "".join(f"{token} NNP B-NP O\n" for token in sentence.split()) + "\n" for sentence in sentences)
        for sentences in documents)


def test_documents_are_split_at_docstart_and_sentences_at_blank_lines():
    text = conll_file(["Owl Bank fined .", "OSLO 1996-08-22"], ["1. Kestrel 3 0"])
    assert conll_documents(text) == [[["Owl", "Bank", "fined", "."], ["OSLO", "1996-08-22"]], [["1.", "Kestrel", "3", "0"]]]


def test_the_dateline_gives_the_date_and_a_table_without_one_is_skipped_but_keeps_its_number():
    text = conll_file(["SOCCER - RESULTS .", "1. Kestrel 3 0"],
                      ["Owl Bank fined .", "Tom Lee", "SAN JOSE , Costa Rica 1996-08-28", "A court fined Owl Bank ."])
    [article] = read_conll_documents(text, "dev")
    assert (article.name, article.published) == ("conll_dev_002", "1996-08-28")
    assert article.text.split("\n\n") == ["Owl Bank fined.", "Tom Lee", "SAN JOSE, Costa Rica 1996-08-28",
                                          "A court fined Owl Bank.\n"]
    assert dateline_date([["A", "long", "sentence", "that", "ends", "with", "1996-08-28"]]) is None  # no dateline: too long


def test_a_quotation_over_several_sentences_stays_in_one_paragraph():
    sentences = [s.split() for s in ['" It is fair , " said Ana Ruiz . "', "We won . \"", "The court met ."]]
    assert rebuild_text(sentences) == '"It is fair," said Ana Ruiz. "We won."\n\nThe court met.\n'


def test_the_reserved_test_split_and_a_file_that_is_no_conll_are_refused():
    with pytest.raises(ValueError, match="test is reserved"):
        read_conll_documents(conll_file(["Owl .", "OSLO 1996-08-22"]), "test")
    with pytest.raises(ValueError, match="no -DOCSTART- line"):
        read_conll_documents("Owl NNP B-NP O\n", "train")
