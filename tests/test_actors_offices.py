"""Office holders as data: descriptions of G20 offices resolve by the publication date (invented articles)."""

import pandas as pd
import pytest

from conftest import mention_rows
from helpers import article_from_text
from helpers.actors import find_mentions
from helpers.actors.offices import holders_on, leader_offices, office_day, office_terms


def mentions(text, published, actors=None):
    return mention_rows(text, ("text", "actor_id", "rule"), published=published, actors=actors)


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("The US president said the talks would go on.", "2010-03-04", "barack_obama"),
        ("The US president said the talks would go on.", "2022-03-04", "joe_biden"),
        ("The Russian foreign minister said little.", "2022-03-04", "sergei_lavrov"),
        ("The German chancellor arrived late.", "2019-06-01", "angela_merkel"),
        ("The German chancellor arrived late.", "2023-06-01", "olaf_scholz"),
        ("French President said the plan was sound.", "2016-06-01", "francois_hollande"),
        ("The Chinese premier spoke first.", "2024-01-10", "li_qiang"),
        ("The Russian leader spoke first.", "2022-03-04", "vladimir_putin"),  # leader_offices.csv: the president
        ("The British leader spoke first.", "2022-03-04", "boris_johnson"),  # the prime minister, not the queen
        ("The Indian foreign minister spoke.", "2022-03-04", "s_jaishankar"),  # external affairs minister
    ],
)
def test_an_office_description_resolves_to_the_holder_on_the_publication_date(text, published, expected):
    description = mentions(text, published)[0]
    assert description[1:] == (expected, "description_office_holder")


def test_a_term_ends_the_day_before_its_successor_starts():
    day_before, day_of = ("The German chancellor spoke." for _ in range(2))
    assert mentions(day_before, "2021-12-07")[0][1] == "angela_merkel"
    assert mentions(day_of, "2021-12-08")[0][1] == "olaf_scholz"


def test_no_publication_date_no_office_holder():
    art = article_from_text("Talks go on\n\nThe US president said no.")
    assert [r.actor_id for r in find_mentions(art).itertuples()] == ["USA"]  # only the adjective


def test_the_holder_is_registered_with_the_aliases_of_their_name():
    found = mentions("The German chancellor spoke. Scholz said later that Olaf Scholz had left.", "2022-03-04")
    assert [(t, a) for t, a, _ in found] == [("The German chancellor", "olaf_scholz"), ("Scholz", "olaf_scholz"), ("Olaf Scholz", "olaf_scholz")]
    titled = mentions("The German chancellor Olaf Scholz spoke. Scholz left.", "2022-03-04")
    assert {a for _, a, _ in titled} == {"olaf_scholz"}


def test_a_person_named_in_the_article_wins_over_the_table_of_offices():
    found = mentions("US President Dana Whitfield spoke. The US president left.", "2022-03-04")
    assert found[-1][:2] == ("The US president", "dana_whitfield")


def test_a_spelling_of_the_holder_named_in_the_article_is_the_holder():
    found = mentions("Sergey Lavrov spoke. The Russian foreign minister left.", "2022-03-04")
    assert [a for _, a, _ in found] == ["sergey_lavrov", "sergey_lavrov"]


def test_an_article_table_still_wins():
    table = pd.DataFrame([{"id": "pres_x", "name": "Ana Ruiz", "type": "PERSON", "country": "USA", "role": "president"}])
    found = mentions("The US president spoke.", "2022-03-04", actors=table)
    assert found[0][:2] == ("The US president", "pres_x")


def test_another_person_with_an_office_holders_first_name_is_discovered():
    found = mentions("Michel Barnier spoke. Barnier left. Charles Michel said no.", "2022-03-04")
    assert [a for _, a, _ in found] == ["michel_barnier", "michel_barnier", "charles_michel"]


def test_the_office_tables_load_through_the_data_cache():
    assert office_terms() is office_terms()
    assert {t.country for t in holders_on("2022-03-04")} >= {"USA", "RUS", "DEU", "CHN"}
    assert set(leader_offices()) <= {t.country for t in office_terms()}
    assert "foreign minister" in next(t for t in office_terms() if t.title == "external affairs minister").roles


def test_the_terms_of_a_day_made_from_its_rows_alone_are_the_terms_of_the_whole_table_that_cover_it():
    days = {t.start for t in office_terms()} | {t.end for t in office_terms() if t.end} | {"1990-01-01", "2022-02-01", "2099-01-01"}
    for day in sorted(days):
        assert holders_on(day) == [t for t in office_terms() if t.covers(day)], day


def _slow_office_aliases(reader, published):
    """The office holders' aliases added one term at a time, as each article once did."""
    from helpers.actors.offices import NAME_RULE, REGNAL
    from helpers.actors.tables import Entry

    for term in holders_on(published):
        if term.person_id in reader.table.actors:
            continue
        reader.add_alias(term.key, Entry(term.person_id, "NAME", rule=NAME_RULE))
        if len(term.key) >= 2 and term.key[-1] not in REGNAL:
            reader.short_name_aliases(term.person_id, term.key, NAME_RULE, NAME_RULE)
    return {key: [(e, e.rule) for e in entries] for key, entries in reader.extra.items()}


@pytest.mark.parametrize("published", ["2001-06-01", "2010-03-04", "2016-06-01", "2022-02-01", "2024-01-10"])
@pytest.mark.parametrize("table", [None, pd.DataFrame([{"id": "scholz_works", "name": "Scholz", "type": "ORG", "aliases": "Lavrov"},
                                                       {"id": "joe_biden", "name": "Joe Biden", "type": "PERSON"}])])
def test_the_aliases_built_once_per_day_are_those_of_each_term_added_one_by_one(published, table):
    from helpers.actors.reader import reader_for

    fast = reader_for("Talks went on.", table)
    fast.article = article_from_text("Talks\n\nTalks went on.", published=published)
    fast.extra.clear()
    fast.extra_lengths.clear()
    fast.register_office_holders()
    slow = reader_for("Talks went on.", table)
    slow.extra.clear()
    slow.extra_lengths.clear()
    assert {key: [(e, e.rule) for e in entries] for key, entries in fast.extra.items()} == _slow_office_aliases(slow, published)
    assert fast.extra_lengths == slow.extra_lengths
    assert set(office_day(published).holders) == {t.person_id for t in holders_on(published)}


def test_a_surname_that_is_another_actors_alias_in_the_article_table_is_no_office_holders_alias():
    from helpers.actors.reader import reader_for

    table = pd.DataFrame([{"id": "scholz_works", "name": "Scholz", "type": "ORG"}])
    reader = reader_for("Talks went on.", table)
    assert ("Olaf", "Scholz") in reader.extra and ("Scholz",) not in reader.extra
