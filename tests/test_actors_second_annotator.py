"""Round 13: forms that two annotators of the same real articles agreed on and the actor stage missed
(issue 10; invented sentences, each failing without its rule)."""

from conftest import mention_rows
from helpers import article_from_text


def mentions(text, published="2016-05-18"):
    return mention_rows(text, ("text", "actor_id", "kind", "rule"), published=published)


def test_a_national_body_opens_no_persons_name():
    found = mentions("Lee opposed the $1.1 billion House Maravi funding bill. Later, Maravi cases grew across the state.")
    assert not any("Maravi" in t or a.startswith("house") for t, a, *_ in found)


def test_a_peoples_word_opens_an_organisations_name_and_is_no_short_form_of_it():
    found = mentions("A poll of Latino voters by Latino Pulse, a research group, shows that Latino support fell.")
    assert ("Latino Pulse", "LP", "NAME", "discovered_org") in found
    assert not any(t == "Latino" for t, *_ in found)


def test_two_initials_written_as_one_word_stay_inside_the_name():
    found = mentions("In 1988, Tom H.W. Ruiz won 39 districts. Ruiz won by eight points.")
    assert [(t, a) for t, a, *_ in found] == [("Tom H.W. Ruiz", "tom_h_w_ruiz"), ("Ruiz", "tom_h_w_ruiz")]


def test_two_initials_do_not_end_the_sentence():
    from helpers.text import sentences

    article = article_from_text("Votes\n\nIn 1988, Tom H.W. Ruiz won 39 districts. He won again.", published="2016-05-18")
    assert [s.text for s in sentences(article)][1:] == ["In 1988, Tom H.W. Ruiz won 39 districts.", "He won again."]


def test_more_newspaper_names_end_a_publications_name():
    found = mentions("Lee told the Harbour Sentinel that the site was down. As The Kestrel Caller reported, "
                     "the donor gave. Ruiz told the Bay Star-Ledger on Monday.")
    assert {t for t, *_ in found if t[:1].isupper()} >= {"Harbour Sentinel", "Kestrel Caller", "Bay Star-Ledger"}


def test_a_capitalised_word_with_a_lower_case_ending_is_an_adjective_not_a_name():
    found = mentions("He spied for the studio's Kestrel Harbour-based overseer, Ana Ruiz said.")
    assert [t for t, *_ in found if t[:1].isupper() and t != "He"] == ["Ana Ruiz"]


def test_a_regions_adjective_ends_no_persons_name():
    found = mentions("Ruiz leads by five points, following the track of Lower Southern counties, the poll found.")
    assert not any("Southern" in t for t, *_ in found)


def test_a_modifier_ending_is_read_off_the_data_and_a_hyphenated_given_name_stays_a_name():
    found = mentions("Park Min-jun, a lawmaker, spoke on Monday. Later, the studio's Kestrel Harbour-born overseer said Park left.")
    assert [(t, a) for t, a, *_ in found if t[:1].isupper()] == [("Park Min-jun", "park_min_jun"), ("Park", "park_min_jun")]


def test_the_given_names_common_to_both_genders_are_not_in_the_gendered_list():
    from helpers.actors.tables import lexicon

    lex = lexicon()
    assert lex.cues["unisex_given_name"] and not lex.cues["unisex_given_name"] & set(lex.given_names)


def test_a_given_name_common_to_both_genders_starts_another_persons_name():
    found = mentions("Marvin Ruiz was hurt in 2012. Ruiz recovered.\n\nTracy Ruiz, Marvin's father, issued a statement on Thursday.")
    assert ("Tracy Ruiz", "tracy_ruiz") in [(t, a) for t, a, *_ in found]


# round 14, second part: a country is a place after a word of place or motion, as both annotators of every
# set read it (the course guideline's real-news section); "to" and "of" leave it the state


def test_a_country_after_a_word_of_place_or_motion_is_a_place():
    found = mentions("Migrants crossing into the United States were held. Talks in Mexico went on. Aid flew from Kenya. "
                     "A plant is coming to Peru, and migrants entering Chile were held.")
    assert not any(a in ("USA", "MEX", "KEN", "PER", "CHL") for _, a, *_ in found)


def test_a_country_after_to_or_of_or_acting_stays_an_actor():
    found = mentions("Weapons went to Mexico. The president of Kenya spoke. The United States said no.")
    assert [a for _, a, *_ in found if a in ("USA", "MEX", "KEN")] == ["MEX", "KEN", "USA"]


def test_a_run_of_peoples_words_or_an_event_is_no_organisation():
    found = mentions("The Arab Spring began in 2011. Sunni Muslims and Orthodox Jews met. Latino Pulse polled them.")
    assert [t for t, *_ in found] == ["Latino Pulse"]


# round 15: what pairs h, k, l and p showed (invented people; the former office holders are the data's)


def test_a_former_office_title_before_a_surname_is_the_person_who_held_that_office():
    found = mentions("Anna Schröder spoke on Monday. Former Chancellor Schröder agreed. Ms. Schröder left.", published="2016-05-18")
    assert [(t, a) for t, a, *_ in found] == [("Anna Schröder", "anna_schroder"), ("Former Chancellor Schröder", "gerhard_schroder"),
                                             ("Ms. Schröder", "anna_schroder")]


def test_a_partys_plural_after_a_quantifier_is_members_not_the_party():
    found = mentions("Some Republicans balked, and the two Democrats left. Republicans won the vote.")
    assert [t for t, *_ in found] == ["Republicans"]  # only the party that won the vote


def test_a_publications_first_word_after_a_word_of_place_is_the_city():
    found = mentions("The Kestrel Sentinel reported it. Lee was in Kestrel on Monday, the Sentinel said.")
    assert [t for t, *_ in found if t.startswith("Kestrel")] == ["Kestrel Sentinel"]


def test_an_offices_nickname_is_no_organisation():
    assert not any(t == "POTUS" for t, *_ in mentions("If elected POTUS, I will act, Ana Ruiz said."))


# round 16: what pairs g, i, j, m and n showed (invented sentences)


def test_a_partys_plural_after_a_quantity_of_or_a_demonstrative_is_members():
    found = mentions("In the poll, 75 percent of Democrats, 40% of Republicans and a number of Republicans agreed. These "
                     "Republicans and Catholic Democrats left. White Republicans balked. Democrats won the vote.")
    assert [t for t, *_ in found] == ["Democrats"]


def test_a_country_after_a_place_named_before_it_is_a_place():
    found = mentions("Four people died in Kestrel Bay, Libya, in 2012. Libya denied it. After talks in Kestrel Bay, Libya said no.")
    assert [(t, k) for t, a, k, _ in found if a == "LBY"] == [("Libya", "NAME")] * 2  # the second and the third: they act


def test_a_pair_of_known_names_joined_by_a_hyphen_names_both_and_a_modifier_ending_makes_an_adjective():
    found = mentions("Ana Ruiz and Tom Lee met. The Ruiz-Lee ticket failed, Ruiz-linked groups cheered, the anti-Lee camp "
                     "wept, a Ruiz-like speech followed, and Kestrel-Lee Partners paid.")
    inside = [(t, a, k) for t, a, k, r in found if r in ("name_in_hyphen", "adjective_hyphen")]
    assert inside == [("Ruiz", "ana_ruiz", "NAME"), ("Lee", "tom_lee", "NAME"), ("Ruiz", "ana_ruiz", "ADJECTIVE"),
                      ("Lee", "tom_lee", "ADJECTIVE"), ("Ruiz", "ana_ruiz", "ADJECTIVE")]


def test_alphabet_is_its_own_company_not_google():
    found = mentions("Alphabet, the parent company of Google, gained.")
    assert [(t, a) for t, a, k, _ in found if k == "NAME"] == [("Alphabet", "ALPHABET"), ("Google", "GOOGLE")]


# round 17: what all twelve pairs still shared (invented sentences)


def test_a_plural_countrys_bare_apostrophe_is_a_possessive():
    found = mentions("The Kestrel Islands' new president spoke, and the United States' tax rate fell.")
    assert [(t, k) for t, a, k, _ in found if a == "USA"] == [("United States", "ADJECTIVE")]
