"""The actor stage as a package: rule names, the Document layer, bad tables and pathological inputs."""

import random

import pandas as pd
import pytest

from conftest import DATA
from helpers import HelpersError, analyze, article_from_text, load_article
from helpers.__main__ import main
from helpers.actors import actor_frame, actor_records, find_mentions, load_actor_table, read_actors
from helpers.actors.discovery import MAX_NAME_CHARS, MAX_NAME_UNITS
from helpers.document import Document

ACTORS = DATA / "actors.csv"


def doc_of(text, actors=None):
    return Document(article_from_text("Headline\n\n" + text, published="2022-02-01"), actors_table=actors)


# ---------------------------------------------------------------- every mention names its rule
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian President Vladimir Putin spoke. Putin left.",
         [("Russian President Vladimir Putin", "title_name"), ("Putin", "surname_after_full_name")]),
        ("Moscow denies it. Russian troops massed.", [("Moscow", "metonym_capital"), ("Russian", "adjective_demonym")]),
        ("The Kremlin said no.", [("Kremlin", "metonym_seat")]),
        ("Ukraine's borders are tense.", [("Ukraine", "adjective_possessive")]),
        ("Nato met.", [("Nato", "lexicon_name")]),
        ("Ana Ruiz spoke. She left.", [("Ana Ruiz", "discovered_name"), ("She", "pronoun_recent_person")]),
        ("Ana Ruiz said she left.", [("Ana Ruiz", "discovered_name"), ("she", "pronoun_same_sentence")]),
        ("Zhang Wenbo spoke. Zhang left.", [("Zhang Wenbo", "discovered_name"), ("Zhang", "family_name_first")]),
        ("Xi Jinping spoke. Xi left.", [("Xi Jinping", "office_holder_name"), ("Xi", "family_name_first")]),
        ("Xi left.", [("Xi", "office_holder_name")]),
    ],
)
def test_each_mention_names_the_rule_that_made_it(text, expected):
    mentions = read_actors(doc_of(text)).mentions
    assert [(m.text, m.rule) for m in mentions] == expected


def test_descriptions_name_their_resolution_rule():
    mentions = find_mentions(load_article(DATA / "article.txt"), ACTORS)
    rules = dict(zip(mentions.text, mentions.rule))
    assert rules["Mr Putin"] == "alias_table"
    assert "description_role_country" in set(mentions.rule)
    assert mentions.rule.astype(bool).all()  # no mention without a rule


def test_the_rule_reaches_the_json():
    result = analyze("Talks\n\nMoscow denies it.", published="2022-02-01")
    assert [(m["text"], m["rule"]) for m in result["mentions"]] == [("Moscow", "metonym_capital")]


# ---------------------------------------------------------------- the Document layer
def test_the_document_layer_is_the_stage_over_the_document():
    doc = doc_of("Russian President Vladimir Putin spoke. He left.")
    assert doc.mentions == read_actors(doc_of("Russian President Vladimir Putin spoke. He left.")).mentions
    assert doc.mentions is doc.mentions  # computed once, kept on the document
    assert actor_records(doc)[0]["id"] == "vladimir_putin"


def test_no_shared_mutable_actors_between_calls():
    first = read_actors(doc_of("Ana Ruiz spoke. She left."))
    first.actors["ana_ruiz"].gender = "changed"
    again = read_actors(doc_of("Ana Ruiz spoke. She left."))
    assert again.actors["ana_ruiz"].gender == "female"


def test_actor_frame_uses_the_mentions_it_is_given(monkeypatch):
    article = load_article(DATA / "article.txt")
    mentions = find_mentions(article, ACTORS)
    only_putin = mentions[mentions.actor_id == "vladimir_putin"]

    def no_rerun(*args, **kwargs):
        raise AssertionError("actor_frame re-ran the finder")

    monkeypatch.setattr("helpers.actors.reader.read_actors", no_rerun)
    monkeypatch.setattr("helpers.actors.counts.find_mentions", no_rerun)
    frame = actor_frame(article, only_putin, ACTORS)
    assert frame.id.tolist() == ["vladimir_putin"] and frame["count"].tolist() == [len(only_putin)]
    # a table that lost its attrs (built by hand) still names known and discovered actors
    bare = pd.DataFrame(mentions.to_dict("records"))
    named = actor_frame(article, bare, ACTORS).set_index("id")["name"]
    assert named["vladimir_putin"] == "Vladimir Putin"


# ---------------------------------------------------------------- bad actors tables
@pytest.mark.parametrize("alias, problem", [(".", "has no letter"), ("a", "is a single character"), ("--", "has no letter")])
def test_an_alias_that_matches_everywhere_is_refused(tmp_path, alias, problem):
    path = tmp_path / "my_actors.csv"
    path.write_text(f"id,name,type,aliases\nacme,Acme Corp,ORG,{alias}\n", encoding="utf-8")
    with pytest.raises(HelpersError) as error:
        load_actor_table(path)
    message = str(error.value)
    assert "my_actors.csv" in message and "acme" in message and repr(alias) in message and problem in message
    assert "longer alias" in message


def test_the_command_stops_on_a_one_letter_alias(tmp_path, capsys):
    article, table = tmp_path / "a.txt", tmp_path / "actors.csv"
    article.write_text("Talks\n\nA deal was signed.\n", encoding="utf-8")
    table.write_text("id,name,type,aliases\nx_corp,X Corp,ORG,X\n", encoding="utf-8")
    code = main(["analyze", str(article), "--published", "2022-02-01", "--actors", str(table)])
    err = capsys.readouterr().err
    assert code == 2 and "'X'" in err and "x_corp" in err and "Traceback" not in err


# ---------------------------------------------------------------- pathological inputs (small sizes: a guard against hangs)
def test_a_long_run_of_one_name_gives_bounded_ids():
    layer = read_actors(doc_of("Ivan " * 800))
    assert all(len(aid) <= MAX_NAME_CHARS for aid in layer.actors)
    assert len(layer.mentions) <= 800


def test_a_capitalised_run_longer_than_a_name_is_no_name():
    words = ["Anna", "Berta", "Carla", "Dora", "Emil", "Frida", "Gustav"]
    assert len(words) > MAX_NAME_UNITS
    ids = {m.actor_id for m in read_actors(doc_of("They met " + " ".join(words) + " there.")).mentions}
    assert not any(len(aid) > MAX_NAME_CHARS or aid.count("_") >= MAX_NAME_UNITS for aid in ids)
    # a six-word organisation is still one name
    six = read_actors(doc_of("The International Boundary and Water Commission said so.")).mentions
    assert [m.actor_id for m in six] == ["IBWC"]


def test_random_capitalised_words_end_with_every_span_sliced():
    rng = random.Random(1)
    letters = "abcdefghijklmnopqrstuvwxyz"
    text = " ".join(rng.choice(letters).upper() + "".join(rng.choices(letters, k=rng.randint(2, 8))) for _ in range(2000))
    doc = doc_of(text)
    layer = read_actors(doc)
    assert all(doc.text[m.start : m.end] == m.text for m in layer.mentions)
    assert all(len(aid) <= MAX_NAME_CHARS for aid in layer.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Russia " * 300,  # a row of names read as modifiers
        "the " + "Russian " * 300 + "leader said.",
        "Deputy " * 300 + "President Ivan Petrov said.",  # a title reaching far back
        "He said she said " * 300,  # pronouns with no person, one sentence
        "Ivan Petrov said he left, " * 200,
        "Ivan Petrov, " * 200,  # ends with a comma: an apposition with nothing after it
    ],
)
def test_pathological_rows_end_and_slice(text):
    doc = doc_of(text)
    mentions = read_actors(doc).mentions
    assert all(doc.text[m.start : m.end] == m.text for m in mentions)
    assert len(mentions) <= len(doc.tokens)
