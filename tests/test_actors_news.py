"""Shapes of real news that the actor stage must read (round 3, issue 10; invented sentences)."""

from helpers import article_from_text
from helpers.actors import find_mentions


def mentions(text, actors=None, published="2022-03-04"):
    m = find_mentions(article_from_text("Talks go on\n\n" + text, published=published), actors)
    return [(r.text, r.actor_id, r.kind, r.rule) for r in m.itertuples()]


def test_a_known_agency_in_a_dateline_is_a_mention_and_the_place_is_not():
    found = mentions("KESTREL BAY (AP) — Ana Ruiz said the port would close.")
    assert ("AP", "AP", "NAME", "lexicon_name") in found
    assert not any(t.startswith("KESTREL") for t, *_ in found)


def test_an_unknown_credit_in_a_dateline_stays_blocked():
    found = mentions("KESTREL BAY (Harbourwire) — Ana Ruiz said the port would close.")
    assert [t for t, *_ in found] == ["Ana Ruiz"]


def test_a_one_sentence_standfirst_full_of_names_is_not_title_case():
    text = "Port Strike Looms\n\nOn Monday the Kestrel Daily said the Harbour Pilots Association (HPA) poses a threat to the U.S.\n\nMore."
    m = find_mentions(article_from_text(text, published="2022-03-04"))
    assert ("Harbour Pilots Association", "HPA") in set(zip(m["text"], m["actor_id"]))


def test_a_word_in_capitals_for_stress_is_not_an_organisation():
    found = mentions("These workers COULD be the ones who NEVER got paid, Ana Ruiz said.")
    assert [t for t, *_ in found] == ["Ana Ruiz"]


def test_an_unknown_acronym_is_still_an_organisation():
    assert ("KPWU", "KPWU", "NAME", "discovered_org") in mentions("The KPWU said the strike would go on.")


def test_a_capitalised_run_after_a_determiner_is_no_person():
    found = mentions("Fans came to its Silver Harbour gala. Later, this Blue Lagoon crowd left. She saw that Ana Ruiz was there.")
    assert [(t, a) for t, a, *_ in found if t[:1].isupper() and t not in ("Fans", "Later", "She")] == [("Ana Ruiz", "ana_ruiz")]


def test_a_company_is_also_named_without_its_legal_suffixes():
    found = mentions("Kestrel Marine Group Inc said it would buy Dorset Bank AG. Kestrel Marine Group bid. Kestrel Marine and Dorset Bank agreed.")
    assert [(t, a) for t, a, *_ in found] == [
        ("Kestrel Marine Group Inc", "KMGI"), ("Dorset Bank AG", "DBAG"), ("Kestrel Marine Group", "KMGI"),
        ("Kestrel Marine", "KMGI"), ("Dorset Bank", "DBAG"),
    ]
