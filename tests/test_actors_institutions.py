"""Institutions, campaigns and publications that speak (invented articles)."""

from conftest import mention_rows


def mentions(text, published="2022-03-04"):
    return mention_rows(text, ("text", "actor_id", "actor_type", "rule"), published=published)


def by_text(found):
    return {t: (a, kind, rule) for t, a, kind, rule in found}


def test_seats_of_government_speak_for_their_country():
    found = by_text(mentions("The White House said it would act. The Kremlin said no."))
    assert found["White House"][0] == "USA" and found["Kremlin"][0] == "RUS"


def test_a_campaign_belongs_to_the_person_a_possessive_refers_to():
    found = mentions("Senator Dana Whitfield spoke on Monday. Her campaign said she won. The campaign added more.")
    assert ("Her campaign", "dana_whitfield_campaign", "GROUP", "campaign_of_person") in found
    assert ("The campaign", "dana_whitfield_campaign", "GROUP", "collective_same_head") in found


def test_a_campaign_named_after_its_person():
    found = by_text(mentions("Tom Okafor spoke. The Okafor campaign said no. Okafor's campaign said more."))
    assert found["The Okafor campaign"][:2] == ("tom_okafor_campaign", "GROUP")
    assert found["campaign"][0] == "tom_okafor_campaign"  # after a possessive the noun alone is the campaign …
    assert found["Okafor"][0] == "tom_okafor"  # … and the name is a mention of its own, as "his" is in "his country"


def test_a_camp_or_team_after_a_person_is_the_campaign():
    found = by_text(mentions("Tom Okafor spoke. The Okafor team paid the rent. Fumbles by the Okafor camp rattled supporters."))
    assert found["The Okafor team"][0] == found["the Okafor camp"][0] == "tom_okafor_campaign"
    assert not [a for t, a, *_ in mentions("Tom Okafor and Ana Ruiz team up on the bill.") if a.endswith("_campaign")]  # a verb


def test_the_campaign_with_no_campaign_named_is_no_mention():
    assert [t for t, *_ in mentions("The campaign for cleaner rivers began.")] == []


def test_the_newspaper_is_the_publication_mentioned_last():
    found = by_text(mentions("Kestrel Energy said profits rose, the Washington Post reported. The newspaper wrote that more was coming."))
    assert found["The newspaper"][0] == "WAPO"


def test_the_company_is_the_company_mentioned_last():
    found = by_text(mentions("Kestrel Energy said profits rose. The company said more was coming."))
    assert found["The company"][0] == found["Kestrel Energy"][0]


def test_the_ministry_is_the_ministry_named_before():
    found = by_text(mentions("The Ministry of Water Resources said the dam was safe. The ministry said repairs would start."))
    assert found["The ministry"][0] == found["Ministry of Water Resources"][0]
    assert found["The ministry"][2] == "collective_named_head"


def test_parties_and_their_adjective():
    found = mentions("Republicans and Democrats met. Republican lawmakers spoke. Ana Ruiz, a Texas Republican, left.", "2016-03-04")
    assert [(t, a) for t, a, *_ in found if a.startswith("USA_")] == [
        ("Republicans", "USA_REPUBLICAN_PARTY"), ("Democrats", "USA_DEMOCRATIC_PARTY"), ("Republican", "USA_REPUBLICAN_PARTY")]


def test_a_party_word_may_end_another_partys_name():
    found = by_text(mentions("The Social Democrats won the vote."))
    assert found["Social Democrats"][0] != "USA_DEMOCRATIC_PARTY"


def test_a_campaign_that_modifies_a_noun_is_no_campaign_mention():
    found = [t for t, *_ in mentions("Tom Okafor spoke. His campaign manager left. The Okafor campaign staff left.")]
    assert "His campaign manager" not in found and "His campaign" not in found and "The Okafor campaign" not in found


def test_a_candidate_is_a_title_and_a_role():
    found = mentions("Democratic presidential candidate Tom Okafor spoke. A spokeswoman said the candidate would win.", "2015-11-16")
    assert ("the candidate", "tom_okafor", "PERSON", "description_role_country") in found


def test_a_party_adjective_in_a_hyphenated_word():
    found = mentions("The Republican-led chamber voted.", "2016-03-04")
    assert found[0][:2] == ("Republican", "USA_REPUBLICAN_PARTY")


def test_a_us_state_is_a_place_not_a_person():
    found = mentions("If one adds Nebraska, with its farms, the count grows. Nebraska said no.", "2016-03-04")
    assert found == []
