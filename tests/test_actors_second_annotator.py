"""Round 13: forms that two annotators of the same real articles agreed on and the actor stage missed
(issue 10; invented sentences, each failing without its rule)."""

from helpers import article_from_text
from helpers.actors import find_mentions


def mentions(text, published="2016-05-18"):
    m = find_mentions(article_from_text("Talks go on\n\n" + text, published=published))
    return [(r.text, r.actor_id, r.kind, r.rule) for r in m.itertuples()]


def test_a_national_body_opens_no_persons_name():
    found = mentions("Lee opposed the $1.1 billion House Zika funding bill. Later, Zika cases grew across the state.")
    assert not any("Zika" in t or a.startswith("house") for t, a, *_ in found)


def test_a_peoples_word_opens_an_organisations_name_and_is_no_short_form_of_it():
    found = mentions("A poll of Latino voters by Latino Decisions, a research group, shows that Latino support fell.")
    assert ("Latino Decisions", "LD", "NAME", "discovered_org") in found
    assert not any(t == "Latino" for t, *_ in found)


def test_two_initials_written_as_one_word_stay_inside_the_name():
    found = mentions("In 1988, George H.W. Bush won 39 states. Bush won Florida by eight points.")
    assert [(t, a) for t, a, *_ in found] == [("George H.W. Bush", "george_h_w_bush"), ("Bush", "george_h_w_bush")]


def test_two_initials_do_not_end_the_sentence():
    from helpers.text import sentences

    article = article_from_text("Votes\n\nIn 1988, George H.W. Bush won 39 states. He won again.", published="2016-05-18")
    assert [s.text for s in sentences(article)][1:] == ["In 1988, George H.W. Bush won 39 states.", "He won again."]


def test_more_newspaper_names_end_a_publications_name():
    found = mentions("Lee told the Harbour Sentinel that the site was down. As The Kestrel Caller reported, "
                     "the donor gave. Ruiz told the Bay Star-Ledger on Monday.")
    assert {t for t, *_ in found if t[:1].isupper()} >= {"Harbour Sentinel", "Kestrel Caller", "Bay Star-Ledger"}


def test_a_capitalised_word_with_a_lower_case_ending_is_an_adjective_not_a_name():
    found = mentions("He spied for the studio's Kestrel Harbour-based overseer, Ana Ruiz said.")
    assert [t for t, *_ in found if t[:1].isupper() and t != "He"] == ["Ana Ruiz"]


def test_a_regions_adjective_ends_no_persons_name():
    found = mentions("Ruiz leads by five points, following the track of Deep Southern states, the poll found.")
    assert not any("Southern" in t for t, *_ in found)
