"""helpers.corpora.brat: invented BRAT attribution standoff → gold attributions by the course's rules."""

from __future__ import annotations

import pytest

from helpers import HelpersError
from helpers.corpora.brat import classify, is_speech_cue, parse_attributions, read_brat

TEXT = "Ann said “we won.” Bob thinks it rained. Cy denied the claim, and Dee wrote, we lost."


def ann(*events: str) -> str:
    return "\n".join(events) + "\n"


def relation(n: int, cue: tuple[int, int], content: str, source: tuple[int, int] | None) -> str:
    lines = [f"T{n}0\tCue {cue[0]} {cue[1]}\t{TEXT[cue[0]:cue[1]]}", f"T{n}1\tContent {content}\tx",
             f"T{n}3\tAttribution {cue[0]} {cue[1]}\tx"]
    if source:
        lines.append(f"T{n}2\tSource {source[0]} {source[1]}\t{TEXT[source[0]:source[1]]}")
        lines.append(f"E{n}\tAttribution:T{n}3 Content:T{n}1 Cue:T{n}0 Source:T{n}2")
    else:
        lines.append(f"E{n}\tAttribution-no-source:T{n}3 Content:T{n}1 Cue:T{n}0")
    return "\n".join(lines)


@pytest.mark.parametrize("content", ['say "yes" now', "“yes", "yes”"])
def test_content_with_a_quotation_mark_is_a_quote(content):
    assert classify(content, "believes") == "quote"


def test_single_quotes_do_not_make_a_quote():
    assert classify("the 'deal' is off", "hopes") == "unscored"


@pytest.mark.parametrize("cue", ["says", "said", "saying", "told", "Wrote", "has written", "denies", "replied",
                                 "admitted", "according to", "According  to", "tweeted", "called for", "is urging"])
def test_cues_with_a_speech_verb_in_any_inflection_are_reported(cue):
    assert is_speech_cue(cue) and classify("it will rain", cue) == "reported"


@pytest.mark.parametrize("cue", ["believes", "hopes", "thinks", "accordingly", "sayings are", "wants"])
def test_other_cues_are_unscored(cue):
    assert classify("it will rain", cue) == "unscored"


def test_relations_become_quote_unscored_and_reported():
    text_ann = ann(relation(1, (4, 8), "9 18", (0, 3)), relation(2, (23, 29), "30 39", (19, 22)),
                   relation(3, (44, 50), "51 60", (41, 43)))
    found = parse_attributions(text_ann, TEXT)
    assert [(a.id, a.kind, a.content.text, a.source.text) for a in found] == [
        ("E1", "quote", "“we won.”", "Ann"), ("E2", "unscored", "it rained", "Bob"), ("E3", "reported", "the claim", "Cy")]


def test_discontinuous_and_second_content_spans_are_joined():
    lines = relation(1, (70, 75), "51 54;55 60", (66, 69)) + "\nT99\tContent 77 84\twe lost"
    lines = lines.replace("Source:T12", "Source:T12 Content2:T99")
    (unit,) = parse_attributions(lines, TEXT)
    assert unit.content.fragments == ((51, 54), (55, 60), (77, 84))
    assert (unit.content.start, unit.content.end, unit.content.length) == (51, 84, 15)
    assert unit.content.text == "the … claim … we lost"
    assert unit.content.overlap(50, 58) == 3 + 3


def test_a_relation_without_source_keeps_no_source():
    (unit,) = parse_attributions(ann(relation(1, (44, 50), "51 60", None)), TEXT)
    assert unit.kind == "reported" and unit.source is None


def test_a_span_text_with_line_breaks_and_an_event_without_content_are_tolerated():
    text = "A said:\nyes\nno."
    lines = "T1\tCue 2 6\tsaid\nT2\tContent 8 14\tyes\nno\nT3\tAttribution 2 6\tsaid\nE1\tAttribution-no-source:T3 \n"
    assert parse_attributions(lines, text) == []


@pytest.mark.parametrize(
    "lines, message",
    [("T1\tContent 5 999\tx\n", "outside the text"), ("T1\tContent five\tx\n", "not a BRAT span line"),
     ("T1\tCue 4 8\tsaid\nE1\tAttribution:T9 Cue:T1 Content:T7\n", "does not define")],
)
def test_bad_annotations_say_what_is_wrong(lines, message):
    with pytest.raises(HelpersError, match=message):
        parse_attributions(lines, TEXT)


def test_read_brat_dates_from_metadata_then_the_file_name(tmp_path):
    for stem in ("paper_2016-05-04_story", "story"):
        (tmp_path / f"{stem}.txt").write_text(TEXT, encoding="utf-8")
        (tmp_path / f"{stem}.ann").write_text(ann(relation(1, (4, 8), "9 18", (0, 3))), encoding="utf-8")
    assert read_brat(tmp_path / "paper_2016-05-04_story.ann").published == "2016-05-04"
    with pytest.raises(HelpersError, match="No publication date"):
        read_brat(tmp_path / "story.ann")
    (tmp_path / "metadata.tsv").write_text("filename\tpublication_date\nstory\t2016-07-08\n", encoding="utf-8")
    doc = read_brat(tmp_path / "story.ann")
    assert doc.published == "2016-07-08" and doc.frame()["kind"].tolist() == ["quote"]


def test_read_brat_keeps_crlf_offsets(tmp_path):
    (tmp_path / "a_2016-01-01_x.txt").write_bytes("Title\r\n\r\nAnn said “no.”".encode())
    (tmp_path / "a_2016-01-01_x.ann").write_text(
        "T1\tContent 18 23\t“no.”\nT2\tCue 13 17\tsaid\nT3\tAttribution 13 17\tsaid\nE1\tAttribution-no-source:T3 Content:T1 Cue:T2\n",
        encoding="utf-8")
    (unit,) = read_brat(tmp_path / "a_2016-01-01_x.ann").attributions
    assert unit.content.text == "“no.”"


def test_a_missing_text_file_is_a_clear_error(tmp_path):
    (tmp_path / "a.ann").write_text("", encoding="utf-8")
    with pytest.raises(HelpersError, match="needs a UTF-8 .txt beside it"):
        read_brat(tmp_path / "a.ann")
