import datetime as dt
import hashlib
import json

import pytest

from conftest import DATA
from helpers import HelpersError, article_from_text, load_article

SEED_SHA256 = "ca7cf2445097b9e37cf3e1313da716c840218feca63dbd7af7305546fab194dd"


def test_course_article_is_byte_identical_to_the_seed():
    assert hashlib.sha256((DATA / "article.txt").read_bytes()).hexdigest() == SEED_SHA256


def test_metadata_names_outlet_date_and_rights():
    meta = json.loads((DATA / "article.json").read_text(encoding="utf-8"))
    assert meta["outlet"] == "The National"
    assert meta["published"] == "2022-02-01"
    assert meta["published_as_printed"] == "Updated: February 01, 2022, 8:59 PM"
    assert meta["provenance"]["sha256"] == SEED_SHA256
    assert "copyright" in meta["rights"]


def test_course_article_structure(article):
    sections = [p.section for p in article.paragraphs]
    assert article.headline.startswith("Putin says he supports diplomatic push")
    assert article.standfirst.startswith("Russian leader's remarks")
    assert sections[2:5] == ["meta", "meta", "meta"]  # two video titles, "Powered by automated translation"
    assert sections[-3:] == ["caption", "caption", "meta"]
    assert sections.count("body") == 28
    assert article.published == dt.date(2022, 2, 1)
    assert article.published_time == dt.time(20, 59)


def test_every_paragraph_is_its_own_slice(article):
    for para in article.paragraphs:
        assert article.text[para.start : para.end] == para.text
        assert para.text == para.text.strip()


def test_paragraphs_frame(article):
    frame = article.paragraphs_frame()
    assert frame.columns.tolist() == ["start", "end", "text", "section", "words"]
    assert frame.loc[0, "words"] == 12


STORY = "Talks resume in Geneva\n\nA short standfirst\n\nBy Jane Doe\n\nThe talks resumed on Monday. They ended.\n\nTalks in Geneva. (Reuters Photo / A. N. Other)\nPublished: 3 March 2021 10:15 GMT\n"


def test_general_rules_on_another_layout():
    art = article_from_text(STORY)
    assert [p.section for p in art.paragraphs] == ["headline", "standfirst", "meta", "body", "caption", "meta"]
    assert art.published == dt.date(2021, 3, 3)


def test_hard_wrapped_lines_join_into_one_paragraph():
    art = article_from_text("Headline\n\nThe minister said the talks\nwould resume next week.\n")
    assert [p.text for p in art.paragraphs][-1] == "The minister said the talks\nwould resume next week."


def test_crlf_and_bom_keep_offsets_into_the_decoded_text(write_article):
    path = write_article("\ufeff" + STORY.replace("\n", "\r\n"))
    art = load_article(path)
    assert not art.text.startswith("\ufeff") and "\r\n" in art.text
    for para in art.paragraphs:
        assert art.text[para.start : para.end] == para.text and "\r" not in para.text
    assert [p.section for p in art.paragraphs] == [p.section for p in article_from_text(STORY).paragraphs]


def test_published_argument_wins_and_is_validated(write_article):
    path = write_article(STORY)
    assert load_article(path, published="2021-03-04").published == dt.date(2021, 3, 4)
    with pytest.raises(HelpersError, match="YYYY-MM-DD"):
        load_article(path, published="4 March")


def test_no_date_anywhere_gives_none():
    assert article_from_text("Headline\n\nBody text here.").published is None


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "is empty"),
        (b"  \n\n ", "is empty"),
        (b"\x00\x01\x02binary", "binary"),
        ("Caf\u00e9 news".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_files_get_clear_errors(write_article, content, message):
    path = write_article(content)
    with pytest.raises(HelpersError, match=message) as err:
        load_article(path)
    assert path.name in str(err.value)


def test_missing_path_and_folder(tmp_path):
    with pytest.raises(HelpersError, match="no file at"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(HelpersError, match="is a folder"):
        load_article(tmp_path)


def test_text_that_is_not_a_string():
    with pytest.raises(HelpersError, match="must be text"):
        article_from_text(b"bytes")


def test_as_article_accepts_text_or_article_and_refuses_the_rest(tmp_path):
    from helpers.article import as_article

    art = article_from_text(STORY)
    assert as_article(art) is art
    assert as_article(art, published="2021-03-09").published == dt.date(2021, 3, 9)
    assert as_article(STORY).paragraphs == art.paragraphs
    with pytest.raises(HelpersError, match="find_mentions takes an Article .* not a path: for a file, use load_article"):
        as_article(tmp_path / "story.txt", caller="find_mentions")
    with pytest.raises(HelpersError, match="not bytes"):
        as_article(b"bytes")
