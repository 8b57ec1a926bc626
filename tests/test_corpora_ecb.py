"""helpers.corpora.ecb: ECB+'s news pages back into article text, its test topics refused."""

from __future__ import annotations

import pytest

from helpers.corpora.ecb import ReservedTopicError, ecb_topic, joined_tokens, read_ecb_document


def ecb_xml(*sentences: str) -> str:
    """An invented ECB+ text: each sentence's tokens split on spaces."""
    tokens = [(number, token) for number, sentence in enumerate(sentences) for token in sentence.split()]
    return '<Document doc_name="x">' + "".join(
        f'<token t_id="{i}" sentence="{s}" number="{i}">{t}</token>' for i, (s, t) in enumerate(tokens)) + "</Document>"


def test_the_address_goes_the_headline_comes_first_and_the_date_line_gives_the_date():
    xml = ecb_xml("http : / / www . owl . com / news / kestrel", "Updated 11 / 27 / 2005 7 : 21 AM", "Kestrel wins cup",
                  "Ana Ruiz , a well - known rider , won by 5 . 9 points .", '" We did it , " she said .')
    article = read_ecb_document(xml, "12_3ecbplus.xml")
    assert (article.name, article.published) == ("ecb_12_3", "2005-11-27")
    assert article.text.split("\n\n") == ["Kestrel wins cup", "Updated 11/27/2005 7:21 AM",
                                          "Ana Ruiz, a well-known rider, won by 5.9 points.", '"We did it," she said.\n']


def test_the_address_gives_the_date_when_no_line_does_and_a_page_without_one_is_skipped():
    dated = ecb_xml("http : / / www . owl . com / 2013 / may / 03 / local / kestrel", "Kestrel wins", "Ana won .")
    assert read_ecb_document(dated, "1_10ecbplus.xml").published == "2013-05-03"
    assert read_ecb_document(ecb_xml("http : / / owl . com / kestrel", "Kestrel wins", "Ana won ."), "1_11ecbplus.xml") is None
    assert read_ecb_document(ecb_xml("http : / / owl . com / 20130503 / kestrel", "Kestrel wins"), "1_12ecbplus.xml").published == "2013-05-03"


def test_hyphens_and_the_points_slashes_and_colons_of_numbers_join_but_dashes_stay():
    assert joined_tokens(["Al", "-", "Masry", "-", "-", "then", "3", ":", "1", "win", "1", ",", "500", "May", "3", ",", "2013"]) == \
        ["Al-Masry", "-", "-", "then", "3:1", "win", "1,500", "May", "3", ",", "2013"]


def test_test_topics_older_ecb_texts_and_empty_files_are_refused():
    assert ecb_topic("36_1ecbplus.xml") == 36 and ecb_topic("1_1ecb.xml") is None
    with pytest.raises(ReservedTopicError, match="test topic 36"):
        read_ecb_document(ecb_xml("Kestrel wins"), "36_1ecbplus.xml")
    with pytest.raises(ValueError, match="no ECB\\+ 'ecbplus' text"):
        read_ecb_document(ecb_xml("Kestrel wins"), "1_1ecb.xml")
    with pytest.raises(ValueError, match="no <token> element"):
        read_ecb_document("<Document/>", "1_1ecbplus.xml")
