"""A pronoun after a statement prefers that statement's speaker (invented articles)."""

import pytest

from helpers import article_from_text
from helpers.actors import find_mentions

INTRO = "Tom Hale met John Smith on Monday. "


def pronoun_of(text):
    m = find_mentions(article_from_text("Talks go on\n\n" + INTRO + text, published="2022-03-04"))
    return [r.actor_id for r in m.itertuples() if r.kind == "PRONOUN"][-1]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“We will win,” Smith said. He added that it was hard.", "john_smith"),
        ("Smith, the mayor, later said the plan was sound. He added that it was hard.", "john_smith"),
        ("Smith also told reporters on Sunday that talks were over. He left.", "john_smith"),
        ("“No,” Smith told Hale. He added that it was hard.", "john_smith"),  # Hale is the object of "told"
        ("“No,” said Smith. He left.", "john_smith"),
        # no speaker in the sentence: the first person of the nearest sentence with one
        ("Hale's aide said Smith was late. He was angry.", "tom_hale"),
    ],
)
def test_a_pronoun_after_a_statement_prefers_its_speaker(text, expected):
    assert pronoun_of(text) == expected


def test_a_given_name_gives_a_person_without_a_title_a_gender():
    m = find_mentions(article_from_text("Talks go on\n\nMartha Quill met Peter Vance. He said little.", published="2022-03-04"))
    assert [(r.text, r.actor_id) for r in m.itertuples() if r.kind == "PRONOUN"] == [("He", "peter_vance")]
