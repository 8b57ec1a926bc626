import datetime as dt
import hashlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DATA
from helpers import HelpersError, article_from_text, load_article
from helpers.resources import read_table

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


@pytest.mark.parametrize("line, section", [
    ("By staff writers Jane Doe and John Roe", "meta"),
    ("By Jane Doe, John Roe", "meta"),
    ("By Kestrel Wire writer Jane Doe", "meta"),
    ("By Monday, the talks had failed.", "standfirst"),
])
def test_a_byline_may_list_several_writers_and_say_what_they_are(line, section):
    art = article_from_text(f"Talks resume in Geneva\n\n{line}\n\nThe talks resumed on Monday. They ended.\n")
    assert art.paragraphs[1].section == section


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


# Paragraph conventions: blank lines, single line breaks, hard-wrapped text (helpers/paragraphs.py).

SINGLE_LINE_STORY = (
    "Ministers agree to reopen border crossing\n"
    "Updated: March 04, 2021, 9:15 AM\n"
    "Ministers from both countries agreed on Wednesday to reopen the main border crossing next month.\n"
    "The crossing has been closed since January, when floods damaged the bridge.\n"
    "“We will not back down,” Smith said. “The people who live on both sides have waited long enough.\n"
    "“They deserve a bridge that stands,” she added.\n"
    "officials said repairs would cost about $4m.\n"
)

BODY = [
    "Ministers from both countries agreed on Wednesday to reopen the main border crossing next "
    "month, ending a closure that has cut trade between the two towns by half since January.",
    "The agreement was reached after two days of talks in the capital. Interior Minister Anna Berg "
    "and her counterpart will inspect the bridge again. Engineers from both sides will take part.",
    "“We will not back down,” Smith said. “The people who live on both sides of the river have "
    "waited long enough for this.",
    "“They deserve a bridge that stands for the next fifty years,” she added at a news conference.",
]


def _wrapped(paragraphs, separator, width=70):
    import textwrap

    return separator.join(textwrap.fill(para, width) for para in paragraphs) + "\n"


def _plain(art):
    return [" ".join(p.text.split()) for p in art.paragraphs]


def test_course_article_uses_blank_lines(article):
    assert article.paragraph_breaks == "blank line"
    assert article_from_text(STORY).paragraph_breaks == "blank line"  # single breaks by the caption too


def test_single_line_article_gives_each_line_its_paragraph():
    art = article_from_text(SINGLE_LINE_STORY)
    assert art.paragraph_breaks == "single line"
    assert [p.text for p in art.paragraphs] == SINGLE_LINE_STORY.splitlines()
    sections = ["headline", "meta", "standfirst", "body", "body", "body", "body"]
    assert [p.section for p in art.paragraphs] == sections
    assert art.published == dt.date(2021, 3, 4)
    # the quote that stays open at the end of its line goes on in the next paragraph, as news prints it
    assert art.paragraphs[4].text.endswith("long enough.") and art.paragraphs[5].text.startswith("“They")


def test_single_line_article_keeps_a_lower_case_line_its_own_after_a_sentence_end():
    art = article_from_text(SINGLE_LINE_STORY)
    assert art.paragraphs[-1].text == "officials said repairs would cost about $4m."


def test_single_line_headline_does_not_swallow_a_lower_case_line():
    art = article_from_text("Talks resume in Geneva\nofficials from both sides met on Monday.\nThey ended.\n")
    assert art.paragraph_breaks == "single line"
    assert [p.section for p in art.paragraphs] == ["headline", "standfirst", "body"]


def test_single_line_text_joins_a_line_that_continues_in_lower_case():
    art = article_from_text("Talks resume\nThe minister said the talks\nwould resume next week.\nThey ended.\n")
    assert [p.text for p in art.paragraphs] == [
        "Talks resume", "The minister said the talks\nwould resume next week.", "They ended."
    ]


def test_hard_wrapped_blank_line_article_keeps_its_paragraphs_whole():
    text = _wrapped(["Border crossing to reopen", *BODY], "\n\n")
    art = article_from_text(text)
    assert art.paragraph_breaks == "blank line"
    assert _plain(art) == ["Border crossing to reopen", *BODY]
    # a wrap after a sentence end, before a capital ("capital.\nInterior"), was joined, not split
    assert "the capital.\nInterior Minister" in art.paragraphs[2].text


def test_hard_wrapped_single_spaced_text_is_joined_within_paragraphs():
    text = _wrapped(["Border crossing to reopen", *BODY], "\n")
    art = article_from_text(text)
    assert art.paragraph_breaks == "single line"
    # wraps before a capital ("counterpart will inspect the\nbridge", "Interior\nMinister") join; a line
    # that ends a sentence ends its paragraph, as in any single-line text ("the capital.\nInterior")
    first, rest = BODY[1].split(" Interior")
    assert _plain(art) == ["Border crossing to reopen", BODY[0], first, "Interior" + rest, *BODY[2:]]
    assert [p.section for p in art.paragraphs] == ["headline", "standfirst", "body", "body", "body", "body"]


def test_hard_wrapped_single_spaced_text_joins_a_wrap_before_a_capital():
    body = BODY[0] + " The agreement was welcomed by Interior Minister Anna Berg and the mayors of both towns."
    text = _wrapped(["Border crossing to reopen", body, BODY[3]], "\n", width=72)
    assert "\nInterior Minister" in text or "\nAnna" in text or "\nBerg" in text
    art = article_from_text(text)
    assert _plain(art) == ["Border crossing to reopen", body, BODY[3]]


def test_a_wrapped_headline_joins_and_an_indented_line_starts_a_paragraph():
    import textwrap

    headline = "Ministers from both countries agree to reopen the main border crossing after floods"
    paragraphs = [textwrap.fill(para, 70, initial_indent="    ") for para in BODY]
    art = article_from_text(textwrap.fill(headline, 70) + "\n" + "\n".join(paragraphs) + "\n")
    assert art.paragraphs[0].text == textwrap.fill(headline, 70) and "\n" in art.paragraphs[0].text
    assert _plain(art) == [headline, *BODY]


def test_unwrapped_short_lines_are_not_taken_for_hard_wrapping():
    from helpers.paragraphs import paragraph_layout

    lines = ["Short headline", "One sentence here.", "Another one, a little longer.", "A third.", "End."]
    layout = paragraph_layout("\n".join(lines))
    assert (layout.breaks, layout.wrap_width, len(layout.spans)) == ("single line", None, 5)


def test_mixed_text_blank_line_after_the_headline_then_single_lines():
    text = "Talks resume\n\nThe talks resumed on Monday.\nThey ended on Tuesday.\n“We are glad,” he said.\n"
    art = article_from_text(text)
    assert art.paragraph_breaks == "single line"
    assert len(art.paragraphs) == 4


@pytest.mark.parametrize(
    "text",
    [
        SINGLE_LINE_STORY,
        _wrapped(["Border crossing to reopen", *BODY], "\n\n"),
        _wrapped(["Border crossing to reopen", *BODY], "\n"),
    ],
    ids=["single line", "wrapped blank line", "wrapped single spaced"],
)
def test_crlf_gives_the_same_paragraphs_with_offsets_into_the_crlf_text(text):
    lf, crlf = article_from_text(text), article_from_text(text.replace("\n", "\r\n"))
    assert crlf.paragraph_breaks == lf.paragraph_breaks
    assert [p.text.replace("\r\n", "\n") for p in crlf.paragraphs] == [p.text for p in lf.paragraphs]
    assert [p.section for p in crlf.paragraphs] == [p.section for p in lf.paragraphs]
    for para in crlf.paragraphs:
        assert crlf.text[para.start : para.end] == para.text and not para.text.endswith("\r")


_PIECES = ["Talks", "resume", "in", "Geneva.", "“We", "agree,”", "he", "said.", "officials", "Updated:", "?", " ", " ", "\n", "\n", "\r\n", "\n\n", "    "]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=60))
def test_paragraphs_are_ordered_stripped_slices_covering_every_word(pieces):
    text = "".join(pieces)
    if not text.strip():
        return
    art = article_from_text(text)
    assert art.paragraph_breaks in ("blank line", "single line")
    covered = set()
    previous_end = 0
    for para in art.paragraphs:
        assert previous_end <= para.start < para.end and text[para.start : para.end] == para.text == para.text.strip()
        covered.update(range(para.start, para.end))
        previous_end = para.end
    assert all(i in covered for i, char in enumerate(text) if not char.isspace())


CREDIT_LINES = [
    "Rescuers at work. (AP Photo/Jane Doe)", "(Pool photo) ", "Photos: Reuters", "photograph credit : AFP",
    "IMAGE: handout", "Picture this: a calm sea.", "Shutterstock", "GETTY İMAGES", "ſhutterstock stock",
    "A photo by EPA-EFE", "AFP via Getty", "Gettysburg (1863)", "the getty images archive", "Imagery: none",
    "(Photo) and more", "Photographs", "", "No credit here.", "Mr Getty Images-maker",
]


@pytest.mark.parametrize("line", CREDIT_LINES + (DATA / "article.txt").read_text(encoding="utf-8-sig").splitlines())
def test_the_quick_photo_credit_test_agrees_with_the_regex(line):
    from helpers.paragraphs import is_photo_credit, photo_credits

    assert is_photo_credit(line) == (photo_credits().pattern.search(line) is not None)


@given(st.text(alphabet="aeGgIİıSsſ(): -PhotoImageEPAFptvy", max_size=30))
@settings(max_examples=300, deadline=None)
def test_the_quick_photo_credit_test_agrees_on_any_text(line):
    from helpers.paragraphs import is_photo_credit, photo_credits

    assert is_photo_credit(line) == (photo_credits().pattern.search(line) is not None)


@pytest.mark.parametrize("row", read_table("text", "photo_credits.csv"), ids=lambda r: r["word"])
def test_each_photo_credit_word_marks_its_example_as_a_credit(row):
    from helpers.paragraphs import is_photo_credit

    assert row["word"] in row["example"] and is_photo_credit(row["example"])
