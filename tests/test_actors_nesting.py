"""Names that only say whose role a phrase about someone else is (issue 10, round 18; helpers/actors/nesting.py).

The guideline annotates the outermost phrase only: in "Kestrel Radio host Ana Ruiz" the station is inside
Ana Ruiz's title, in "a Mora spokesman" inside a description of someone unnamed, in "Tom Lee, Mora's
campaign manager," inside an apposition about Tom Lee. Invented sentences, each failing without its rule
(the tests that a name stays a mention guard against a rule reaching too far)."""

import pytest

from conftest import mention_rows


def mentions(text, published="2016-05-18"):
    return mention_rows(text, ("text", "actor_id", "kind"), published=published)


def texts(text):
    return [t for t, *_ in mentions(text)]


def test_an_organisation_before_a_title_and_a_name_is_part_of_the_title():
    found = texts("Kestrel Radio said no. Kestrel Radio host Ana Ruiz agreed on Monday.")
    assert found.count("Kestrel Radio") == 1  # the first, which speaks; not the one inside Ana Ruiz's title
    assert "Ana Ruiz" in found


def test_a_person_before_a_role_and_another_persons_name_is_part_of_the_title():
    found = mentions("Carla Mora spoke in Ohio. Mora donor Ben Stiles gave $1 million.")
    assert [t for t, a, _ in found if a == "carla_mora"] == ["Carla Mora"]
    assert any(a == "ben_stiles" for _, a, _ in found)


def test_an_indefinite_role_of_a_named_person_is_no_mention_of_that_person():
    found = mentions("Carla Mora spoke in Ohio. A Mora spokesman declined to comment, and a top Mora aide left.")
    assert [t for t, a, _ in found if a == "carla_mora"] == ["Carla Mora"]


def test_an_apposition_naming_whose_manager_someone_is_is_no_mention_of_the_owner():
    found = mentions("Carla Mora spoke in Ohio. Tom Lee, Mora's campaign manager, said the race was close.")
    assert [t for t, a, _ in found if a == "carla_mora"] == ["Carla Mora"]
    assert "Tom Lee" in [t for t, *_ in found]


def test_the_owner_stays_a_mention_where_no_one_else_is_described():
    found = mentions("Carla Mora spoke in Ohio. Mora supporters cheered. Mora beat rival Ben Stiles. "
                     "Mora's campaign manager quit. Tom Lee and Ana Ray, Mora supporters, agreed.")
    assert [t for t, a, _ in found if a == "carla_mora"] == ["Carla Mora", "Mora", "Mora", "Mora", "Mora"]


def test_a_definite_or_numbered_role_of_a_named_person_nests_the_owner():
    found = mentions("Carla Mora spoke in Ohio. Tom Lee, the Mora campaign manager, agreed. One Mora aide left.")
    assert [t for t, a, _ in found if a == "carla_mora"] == ["Carla Mora"]


def test_a_role_at_a_sentences_start_reads_nothing_of_the_sentence_before():
    found = mentions("She met Tom Lee,\n\nThe Mora campaign manager quit. Carla Mora spoke.")
    assert [t for t, a, _ in found if "Mora" in t] == ["Mora", "Carla Mora"]


def test_a_country_where_a_war_was_fought_or_a_region_of_it_is_a_place():
    found = texts("The Iraq war cost billions. Ukraine said no. Soldiers fought in eastern Ukraine.")
    assert found.count("Ukraine") == 1  # the one that speaks
    assert "Iraq" not in found


def test_the_senate_counts_where_the_article_names_an_actor_of_its_country():
    # no "US", "American" or "Washington" here: the party says which Senate it is
    found = mentions("Republicans in Ohio said no. Ruiz said the Senate would vote soon.")
    assert ("Senate", "USA_SENATE", "NAME") in found
    assert not any(t == "Senate" for t, *_ in mentions("Ruiz said the Senate would vote soon."))


def test_a_sentences_ordinary_first_word_opens_no_name():
    found = mentions("Young Mora supporters cheered, and young voters stayed home. Carla Mora thanked them.")
    assert not any("Young" in t for t, *_ in found)
    assert [a for t, a, _ in found if "Mora" in t] == ["carla_mora", "carla_mora"]


def test_a_demonym_after_a_given_name_is_a_surname():
    found = mentions("Mark Cuban spoke on Monday. A Cuban official agreed.")
    assert ("Mark Cuban", "mark_cuban", "NAME") in found
    assert not any(t == "Cuban" for t, *_ in found)


def test_two_joined_initials_stay_inside_a_titled_name():
    found = mentions("When Vice President Tom H.W. Ruiz ran in 1988, he won. Tom W. Ruiz, his son, ran later.")
    assert ("Vice President Tom H.W. Ruiz", "tom_h_w_ruiz", "TITLE_NAME") in found
    assert ("Tom W. Ruiz", "tom_w_ruiz", "NAME") in found


def test_an_institution_named_after_a_place_or_a_people_is_one_organisation():
    found = texts("Ana Ruiz, a professor at American University, agreed. She taught at Georgetown University. "
                  "He blasted the Kestrel Report for linking to it.")
    assert {"American University", "Georgetown University", "Kestrel Report"} <= set(found)
    assert "American" not in found


def test_an_unknown_word_cited_as_a_source_is_an_organisation():
    found = mentions("Support fell to 37%, according to Kestrel. Kestrel found the same in July.")
    assert [(t, k) for t, _, k in found] == [("Kestrel", "NAME"), ("Kestrel", "NAME")]


def test_common_acronyms_of_things_are_no_actors():
    found = texts("Ruiz urged the council to fast-track the TPP and to cut the VAT. Her VP pick spoke about FOIA.")
    assert not {"TPP", "VAT", "VP", "FOIA"} & set(found)


def test_a_building_where_something_happens_is_a_place():
    found = texts("Ruiz gave a speech at the Kestrel Press Club on Monday. Lee, a director at the Kestrel Policy Center, "
                  "agreed. The Kestrel Press Club said it was full.")
    assert found.count("Kestrel Press Club") == 1  # the one that speaks
    assert "Kestrel Policy Center" in found  # where Lee works: the organisation


def test_a_country_at_the_end_of_a_route_is_a_place():
    found = texts("Migration from Mexico to the United States fell. Lee welcomed his extradition to the United States. "
                  "The United States said no.")
    assert found.count("United States") == 1  # the one that speaks


def test_a_platform_taken_to_or_labelling_a_handle_is_a_medium():
    found = texts("Ruiz took to Twitter early on Monday. Twitter said it would act.\n\nTwitter: @ruiz.")
    assert found.count("Twitter") == 1  # the one that speaks


def test_other_middle_initials_name_another_person():
    found = mentions("President Tom W. Ruiz spoke. Then President Tom H.W. Ruiz ran in 1988.")
    assert [a for t, a, _ in found if "Ruiz" in t] == ["tom_w_ruiz", "tom_h_w_ruiz"]


def test_a_persons_surname_before_family_names_the_family_as_a_description():
    # annotators write "the Ruiz family" as a group described, not a name (round 52)
    found = mentions("Ana Ruiz spoke. The Ruiz family, long in politics, stood by her. The Ruiz family's fund grew.")
    assert [(t, a, k) for t, a, k in found if "Ruiz" in t][1:] == [("Ruiz family", "RUIZ_FAMILY", "DESCRIPTION")] * 2


def test_a_definite_post_of_an_organisation_nobody_holds_here_is_an_unnamed_person():
    found = mentions("Diplomats met the Norwegian ambassador to Lebanon on Monday. The FBI director said no.")
    kinds = {t: (a, k) for t, a, k in found}
    assert kinds["The FBI director"] == ("usa_fbi_director", "DESCRIPTION")
    assert "FBI" not in kinds and "Lebanon" not in kinds  # inside the outermost phrase
    assert [t for t, *_ in mentions("The Democratic front-runner spoke.")] == ["Democratic"]  # someone in the race


def test_a_persons_name_opens_an_organisations_longer_name():
    found = mentions("Ana Ruiz spoke. Lee led the Ruiz Family Foundation for years. Ruiz said no.")
    assert ("Ruiz Family Foundation", "RFF", "NAME") in found
    assert [a for t, a, _ in found if t == "Ruiz"] == ["ana_ruiz"]


def test_an_apposition_after_an_age_or_about_a_relative_still_nests_the_owner():
    found = mentions("Carla Mora spoke in Ohio. Ana Lee, 68, Mora's close friend, laughed. "
                     "Tom Lee, Mora's husband, agreed.")
    assert [t for t, a, _ in found if a == "carla_mora"] == ["Carla Mora"]


def test_a_party_written_with_a_small_p_is_the_party():
    found = mentions("Ruiz could become the Republican party nominee. Democratic party leaders met on Monday.")
    assert ("Republican party", "USA_REPUBLICAN_PARTY", "NAME") in found
    assert ("Democratic party", "USA_DEMOCRATIC_PARTY", "NAME") in found


def test_a_country_that_owns_the_noun_after_it_stays_the_state_after_a_word_of_place():
    found = texts("It was the worst shooting in U.S. history. Troops crossed into the United States.")
    assert found == ["U.S."]


def test_well_known_pollsters_and_outlets_are_organisations():
    found = mentions("Support fell in polls from Quinnipiac and Rasmussen, and a Pew Research survey agreed. CNBC reported it.")
    assert {a for _, a, _ in found} >= {"QUINNIPIAC", "RASMUSSEN", "PEW", "CNBC"}


def test_a_states_body_keeps_the_state_in_its_name():
    found = texts("The Ohio House Finance Committee said no.")
    assert found == ["Ohio House Finance Committee"]


def test_a_place_named_after_fort_or_cape_and_a_programmes_name_are_no_actors():
    found = texts("People in Fort Kestrel are shocked. She moved to Cape Kestrel last year. "
                  "On Social Security, both oppose cuts. Ana Ruiz said no.")
    assert found == ["Ana Ruiz"]


def test_well_known_us_bodies_and_groups_are_organisations():
    found = mentions("The AFL-CIO endorsed Ruiz. The Fed raised rates, and Border Patrol agents agreed.")
    assert {a for _, a, _ in found} >= {"AFL_CIO", "USA_FED", "USA_BORDER_PATROL"}


def test_a_reporting_verb_in_a_title_case_headline_opens_no_name():
    found = mentions("Former Mora Pollster Says Mora Would Lose\n\nCarla Mora spoke on Monday.", published="2016-06-01")
    assert not any("Says" in t for t, *_ in found)


def test_an_organisations_head_before_for_makes_the_whole_run_an_organisation():
    found = texts("The event was hosted by the Kestrel Center for Media on Monday.")
    assert found == ["Kestrel Center for Media"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("The tour is heading for Mexico. They are moving it to Mexico next year. Lee immigrated to "
                     "the United States. Mexico said no.", "Mexico", id="a country someone heads for or moves to"),
        pytest.param("Protesters gathered outside City Hall near the Wells Fargo Center. Wells Fargo said no. "
                     "Refugees admitted to the United States rose.", "Wells Fargo", id="a company's building, City Hall"),
    ],
)
def test_places_where_someone_goes_or_gathers_are_no_actors(text, speaker):
    assert texts(text) == [speaker]  # only the one that speaks



def test_a_us_city_is_a_place_and_a_newspaper_named_after_it_an_organisation():
    found = mentions("Ana Ruiz spoke in Boston, and Boston Globe reporters asked.")
    assert [(t, k) for t, _, k in found] == [("Ana Ruiz", "NAME"), ("Boston Globe", "NAME")]  # not "Boston" the person
    assert mentions("Ana Ruiz spoke in Boston.")[1:] == []
