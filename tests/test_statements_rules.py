"""Tests for the statement stage's rule ids, spans, data-driven frame examples and bad inputs."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.article import article_from_text
from helpers.document import Document
from helpers.resources import read_table
from helpers.statements import COLUMNS, find_statements, quote_problems, quotes, statement_records
from helpers.statements.splits import CONTINUING_RULES

NO_MENTIONS = pd.DataFrame(columns=["start", "end", "text", "actor_id", "kind"])
FRAMES = read_table("statements", "frames.csv")


def _mentions_of(text: str, surface: str) -> pd.DataFrame:
    rows = []
    start = text.find(surface) if surface else -1
    while start >= 0:
        rows.append({"start": start, "end": start + len(surface), "text": surface, "actor_id": "speaker", "kind": "TITLE_NAME"})
        start = text.find(surface, start + 1)
    return pd.DataFrame(rows, columns=list(NO_MENTIONS.columns))


@pytest.mark.parametrize("row", FRAMES, ids=[row["id"] for row in FRAMES])
def test_every_frame_example_gives_its_rule(row):
    text = row["example"].replace("\\n", "\n") + "\n"
    table = find_statements(article_from_text(text), mentions=_mentions_of(text, row["speaker"]))
    if row["id"].startswith("none_"):
        assert table.empty, table[["text", "rule"]].values.tolist()
        return
    made = table[table["rule"] == row["id"]]
    if row["id"] in CONTINUING_RULES and made.empty:  # a quote continuing the statement before it: joined to it as a part
        made = table[table["parts"].map(len) > 1]
    assert len(made) >= 1, table[["text", "rule"]].values.tolist()
    if row["speaker"]:
        assert made["speaker_id"].tolist() == ["speaker"] * len(made)
        assert made["speaker_rule"].notna().all()


def test_frame_ids_are_unique_and_name_their_module():
    ids = [row["id"] for row in FRAMES]
    assert len(ids) == len(set(ids))
    assert {row["module"] for row in FRAMES} <= {"frames", "frames_post", "content", "floating"}


def test_speaker_and_cue_spans_slice_the_text():
    text = "Talks resume\n\n“We are ready,” Mr Ivanov said.\n\nHe said the talks would resume.\n\n“Nobody should doubt it.”\n"
    table = find_statements(article_from_text(text), mentions=_mentions_of(text, "Mr Ivanov"))
    assert list(table.columns) == COLUMNS
    first, floating = table.iloc[0], table.iloc[2]
    assert text[first["speaker_start"] : first["speaker_end"]] == "Mr Ivanov"
    assert text[first["cue_start"] : first["cue_end"]] == "said"
    assert (first["rule"], first["speaker_rule"]) == ("quote_then_cue", "subject_mention")
    # a floating quote's speaker span is the mention that named the speaker it takes
    assert floating["rule"] == "floating_quote" and floating["speaker_rule"] == "last_statement"
    assert text[floating["speaker_start"] : floating["speaker_end"]] == "He" and floating["speaker_id"] == "speaker"


def test_a_quote_split_around_its_cue_is_one_statement_with_the_speaker_span():
    text = "Talks resume\n\n“We are ready,” Mr Ivanov said. “Nobody should doubt it.”\n"
    table = find_statements(article_from_text(text), mentions=_mentions_of(text, "Mr Ivanov"))
    assert [[text[s:e] for s, e in parts] for parts in table["parts"]] == [["We are ready,", "Nobody should doubt it."]]
    assert [text[s:e] for s, e in zip(table["speaker_start"], table["speaker_end"])] == ["Mr Ivanov"]


def test_a_participle_after_a_plain_clause_takes_the_clause_subject():
    text = "Talks resume\n\nThe rival camp shrugged off the figures, telling reporters that the numbers are wrong.\n"
    table = find_statements(article_from_text(text), mentions=NO_MENTIONS)
    assert table["rule"].tolist() == ["participle_cue"]
    assert text[table.iloc[0]["speaker_start"] : table.iloc[0]["speaker_end"]] == "The rival camp"


def test_a_quote_after_a_paragraph_ending_in_a_colon_goes_to_its_subject():
    text = "Talks resume\n\nMs Petrova spoke first. Mr Ivanov issued the following statement:\n\n“Our prayers are with them.”\n"
    mentions = pd.concat([_mentions_of(text, "Mr Ivanov"), _mentions_of(text, "Ms Petrova").assign(actor_id="other")])
    table = find_statements(article_from_text(text), mentions=mentions.sort_values("start"))
    assert table[["rule", "speaker_id"]].values.tolist() == [["colon_introduction", "speaker"]]
    assert text[table.iloc[0]["speaker_start"] : table.iloc[0]["speaker_end"]] == "Mr Ivanov"


def test_a_poll_share_says_with_the_base_form():
    text = "Talks resume\n\nNearly a third of those surveyed say they do not know.\n"
    table = find_statements(article_from_text(text), mentions=NO_MENTIONS)
    assert table["text"].tolist() == ["they do not know"]
    assert text[table.iloc[0]["speaker_start"] : table.iloc[0]["speaker_end"]] == "Nearly a third of those surveyed"


def test_a_subject_with_a_relative_clause_keeps_its_head_in_the_span():
    text = "Talks resume\n\nVoters who backed the plan said it would pass.\n"
    table = find_statements(article_from_text(text), mentions=NO_MENTIONS)
    assert text[table.iloc[0]["speaker_start"] : table.iloc[0]["speaker_end"]] == "Voters who backed the plan"


def test_a_markup_tag_named_like_a_cue_is_no_cue():
    text = "Talks resume\n\n<tweet id=\"12\" author=\"@lee\">We won the vote tonight!</tweet>\n"
    assert find_statements(article_from_text(text), mentions=NO_MENTIONS).empty


def test_a_colon_introduction_with_no_mention_keeps_its_subject_span():
    text = "Talks resume\n\nThe rival camp was blunt: “The numbers are wrong.”\n"
    table = find_statements(article_from_text(text), mentions=NO_MENTIONS)
    assert table["rule"].tolist() == ["colon_introduction"]
    assert text[table.iloc[0]["speaker_start"] : table.iloc[0]["speaker_end"]] == "The rival camp"


def test_fired_back_before_a_colon_is_a_cue_of_its_own():
    # "fire back" is a verb of data/statements/quote_verbs.csv: the quote is the content of its frame
    text = "Talks resume\n\nThe rival camp fired back: “The numbers are wrong.”\n"
    table = find_statements(article_from_text(text), mentions=NO_MENTIONS)
    assert table[["rule", "cue", "kind"]].values.tolist() == [["subject_then_cue", "fired back", "direct"]]
    assert text[table.iloc[0]["speaker_start"] : table.iloc[0]["speaker_end"]] == "The rival camp"


def test_a_pronoun_speaker_says_so():
    text = "Talks resume\n\nMr Ivanov arrived on Monday. He said the talks would resume.\n"
    table = find_statements(article_from_text(text), mentions=_mentions_of(text, "Mr Ivanov"))
    assert table[["speaker_id", "speaker_rule"]].values.tolist() == [["speaker", "pronoun"]]
    assert text[table.iloc[0]["speaker_start"] : table.iloc[0]["speaker_end"]] == "He"


def test_a_subject_with_no_actor_still_has_its_span():
    text = "Talks resume\n\nThe talks will resume next week, two aides said.\n"
    table = find_statements(article_from_text(text), mentions=NO_MENTIONS)
    assert table["speaker_id"].isna().all()
    assert text[table.iloc[0]["speaker_start"] : table.iloc[0]["speaker_end"]] == "two aides"


def test_document_records_match_the_dataframe():
    doc = Document(article_from_text("Talks resume\n\n“We are ready,” the envoy said. He added that talks would resume.\n"))
    records = statement_records(doc)
    table = find_statements(doc.article, mentions=NO_MENTIONS)
    assert [(r.start, r.end, r.rule) for r in records] == list(zip(table["start"], table["end"], table["rule"]))


@pytest.mark.parametrize(
    "body",
    [
        "a" * 4000 + " officials said.",
        '"' * 2000,
        "'\"" * 2500,
        "“‘" * 1200 + "x" + "’”" * 1200 + " he said.",
        'He said "' * 2000,
        "He said she said " * 1700,
    ],
    ids=["long word then cue", "straight quotes", "alternating marks", "nested quotes", "open quotes", "he said she said"],
)
def test_pathological_inputs_finish_and_every_span_slices(body):
    # a guard against hangs (these took minutes at full size before the rebuild), not a timing
    article = article_from_text("Title\n\n" + body + "\n")
    table = find_statements(article, mentions=NO_MENTIONS)
    assert (table["text"] == [article.text[s:e] for s, e in zip(table["start"], table["end"])]).all()
    quotes(article), quote_problems(article)


_PIECES = [*"aZ .,;:!?-—'\"“”‘’«»()\n0$%", "said", " he said ", "according to", "told", "\n\n", "Mr Lee", " that ", ", saying "]


@settings(derandomize=True, deadline=None, database=None, max_examples=60)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_any_text_gives_statements_whose_spans_slice_it(pieces):
    article = article_from_text("Mr Lee: talks\n\n" + "".join(pieces))
    text = article.text
    table = find_statements(article, mentions=_mentions_of(text, "Mr Lee"))
    assert (table["text"] == [text[s:e] for s, e in zip(table["start"], table["end"])]).all()
    spans = zip(table["speaker_start"], table["speaker_end"], table["speaker_text"])
    assert all(pd.isna(s) or text[s:e] == "Mr Lee" or " ".join(text[s:e].split()) in said_by for s, e, said_by in spans)
    assert all(s == -1 or text[s:e] == cue for s, e, cue in zip(table["cue_start"], table["cue_end"], table["cue"]))
    assert (table["speaker_rule"].isna() == table["speaker_id"].isna()).all()
