"""Shapes of real news that the actor stage must read (round 3, issue 10; invented sentences)."""

from conftest import mention_rows
from helpers import article_from_text
from helpers.actors import find_mentions


def mentions(text, actors=None, published="2022-03-04"):
    return mention_rows(text, ("text", "actor_id", "kind", "rule"), published=published, actors=actors)


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


def test_a_party_adjective_starts_the_name_of_a_party_body():
    found = mentions("The Democratic National Committee said it would help. The DNC paid.")
    assert [(t, a) for t, a, *_ in found] == [("Democratic National Committee", "DNC"), ("DNC", "DNC")]


def test_laws_plans_and_days_are_no_actors_nor_their_acronyms():
    found = mentions("The Clean Harbour Act (CHA) passed on Election Day. The CHA helped, Ana Ruiz said.")
    assert [t for t, *_ in found] == ["Ana Ruiz"]


def test_a_shouted_phrase_and_common_acronyms_are_no_organisations():
    found = mentions("SIGN UP FOR OUR newsletter. Harbour Solutions PAC, a super PAC, paid for DNA tests, Ana Ruiz said.")
    assert [(t, a) for t, a, *_ in found] == [("Harbour Solutions PAC", "HSPAC"), ("Ana Ruiz", "ana_ruiz")]


def test_a_news_organisation_written_in_capitals_is_known():
    assert ("USA TODAY", "USA_TODAY", "NAME", "lexicon_name") in mentions("A USA TODAY survey found it.")


def test_an_invitation_to_follow_someone_is_not_part_of_the_name():
    assert [t for t, *_ in mentions("Follow Ana Ruiz on Twitter.")] == ["Ana Ruiz"]


def test_a_person_whose_surname_is_a_thing_word_is_still_a_person():
    found = mentions("Doris Day met Ben Law. Law said no.")
    assert [(t, a) for t, a, *_ in found] == [("Doris Day", "doris_day"), ("Ben Law", "ben_law"), ("Law", "ben_law")]


def test_a_capital_that_modifies_a_noun_or_takes_the_is_a_place():
    found = mentions("The Lima attackers fled. After the Lima terror attacks, Lima wants answers.")
    assert [(t, a, k) for t, a, k, _ in found] == [("Lima", "PER", "METONYM")]


def test_a_bare_possessive_head_is_a_body_part():
    found = mentions("Prime Minister Ana Ruiz spoke. Tom Lee shook his head. The head said no.")
    assert [(t, a) for t, a, *_ in found if "head" in t] == [("The head", "ana_ruiz")]


def test_the_group_after_a_group_is_the_unnamed_one():
    text = "The Harbour Workers Union said no. At college I found a group of friends. I joined that group. The union said yes."
    assert [(t, a) for t, a, *_ in mentions(text)] == [("Harbour Workers Union", "HWU"), ("The union", "HWU")]
    assert ("the group", "HWG") in [(t, a) for t, a, *_ in mentions("The Harbour Workers Group said no. Later the group said yes.")]


def test_a_pronoun_in_a_fronted_clause_is_the_main_clauses_subject():
    found = mentions("Ben Lee spoke. Having said that he would not jail Lee, Judge Tom Ruiz left.")
    assert ("he", "tom_ruiz", "PRONOUN", "pronoun_cataphora") in found
    found = mentions("Ben Lee spoke. Though she lost, Ana Ruiz smiled.")
    assert ("she", "ana_ruiz", "PRONOUN", "pronoun_cataphora") in found


def test_a_pronoun_after_the_fronted_clause_still_looks_back():
    found = mentions("Ben Lee spoke. When the vote ended, he left and Tom Ruiz stayed.")
    assert ("he", "ben_lee", "PRONOUN", "pronoun_recent_person") in found


def test_a_title_after_then_or_ex_and_a_hyphen_is_still_a_title():
    found = mentions("It was pushed by then-Secretary of State Ana Ruiz in 2011. On Monday ex-President Tom Lee spoke.")
    assert [(t, a, r) for t, a, _, r in found] == [
        ("then-Secretary of State Ana Ruiz", "ana_ruiz", "title_name"), ("ex-President Tom Lee", "tom_lee", "title_name"),
    ]


def test_an_organisation_named_head_for_something_is_one_name():
    found = mentions("Tom Ruiz of the Center for Strategic and Coastal Studies spoke. Ana Lee of the Council for Harbour Politics left.")
    assert [(t, a) for t, a, *_ in found] == [
        ("Tom Ruiz", "tom_ruiz"), ("Center for Strategic and Coastal Studies", "CSCS"), ("Ana Lee", "ana_lee"),
        ("Council for Harbour Politics", "CHP"),
    ]


def test_contractions_and_last_or_next_are_no_names():
    found = mentions("“Well,” I’ve said, “we’re ready.” Last September, Tom Ruiz left. “Next Tuesday,” We’re told, “it ends.”")
    assert [t for t, *_ in found] == ["Tom Ruiz"]


def test_two_word_us_cities_and_regions_are_places_not_people():
    found = mentions("Voters in Des Moines and Las Vegas met Tom Ruiz, who said the Rust Belt matters.")
    assert [t for t, *_ in found] == ["Tom Ruiz"]


def test_a_surname_that_begins_another_proper_name_is_not_the_person():
    found = mentions("Ted Ruiz spoke. Ruiz Control is the cure. He watched The Ruiz File. The Ruiz Campaign said so. Ruiz said no.")
    assert [(t, a) for t, a, *_ in found if "Ruiz" in t] == [
        ("Ted Ruiz", "ted_ruiz"), ("The Ruiz Campaign", "ted_ruiz_campaign"), ("Ruiz", "ted_ruiz"),
    ]


def test_a_surname_before_an_organisation_head_names_the_organisation():
    found = mentions("Ana Ruiz spoke. The Ruiz Foundation paid. Ruiz said so.")
    assert [(t, a, r) for t, a, _, r in found][1:] == [
        ("Ruiz Foundation", "RF", "discovered_org"), ("Ruiz", "ana_ruiz", "surname_after_full_name"),
    ]


def test_a_name_with_and_without_its_middle_initial_is_one_person():
    found = mentions("On Monday, Tom J. Lee spoke. Then Tom Lee left.")
    assert [(t, a) for t, a, *_ in found] == [("Tom J. Lee", "tom_j_lee"), ("Tom Lee", "tom_j_lee")]
    found = mentions("Ana Ruiz spoke. On Monday, Senator Ana M. Ruiz said so.")
    assert {a for _, a, *_ in found} == {"ana_m_ruiz"}


def test_the_last_two_words_of_a_three_word_name_are_the_person():
    found = mentions("Debbie Wasserman Schultz spoke. Wasserman Schultz left. Schultz said no.")
    assert [(t, a) for t, a, *_ in found] == [
        ("Debbie Wasserman Schultz", "debbie_wasserman_schultz"), ("Wasserman Schultz", "debbie_wasserman_schultz"),
        ("Schultz", "debbie_wasserman_schultz"),
    ]


def test_an_ordinary_first_word_does_not_join_an_office_holders_surname():
    found = mentions("A former aide spoke. Former Putin aides left. Given Putin's record, it is given.")
    assert [(t, a) for t, a, *_ in found] == [("Putin", "vladimir_putin"), ("Putin", "vladimir_putin")]


def test_a_people_is_a_demonym_of_its_country():
    found = mentions("The Iranians want talks, and many Americans agree.")
    assert [(t, a, k) for t, a, k, _ in found] == [("Iranians", "IRN", "ADJECTIVE"), ("Americans", "USA", "ADJECTIVE")]


def test_an_organisation_after_anti_or_pro_and_a_hyphen_is_an_adjective_mention():
    found = mentions("The anti-NATO and pro-EU parties met. Tom Ruiz-Lee spoke.")
    assert [(t, a, k) for t, a, k, _ in found][:2] == [("NATO", "NATO", "ADJECTIVE"), ("EU", "EU", "ADJECTIVE")]


def test_the_nation_before_any_country_is_the_articles_most_named_country():
    text = "Tom Ruiz says defending the nation matters. He spoke for an hour. Nobody left. Then Peru voted, and Peru's leaders agreed."
    assert ("the nation", "PER", "DESCRIPTION", "collective_article_country") in mentions(text)
    assert [t for t, *_ in mentions("Tom Ruiz says defending the nation matters. Later Peru voted.")] == ["Tom Ruiz", "the nation", "Peru"]
    assert [t for t, *_ in mentions("Tom Ruiz says defending the nation matters.")] == ["Tom Ruiz"]


def test_a_title_before_a_things_name_is_no_person():
    found = mentions("They mock the idea that President Executive Order might use an Executive Order. President Tom Order spoke.")
    assert [(t, a) for t, a, *_ in found] == [("President Tom Order", "tom_order")]


def test_a_news_organisation_after_the_is_discovered_and_is_the_newspaper():
    found = mentions("The Kestrel Daily Herald reported the deal. The newspaper said it had seen the documents.")
    assert [(t, a) for t, a, *_ in found] == [("Kestrel Daily Herald", "KDH"), ("The newspaper", "KDH")]


def test_a_pronoun_in_a_speakers_own_words_is_someone_else():
    found = mentions("Tom Lee spoke first. Ben Ruiz said: “I think he is right.”")
    assert ("he", "tom_lee", "PRONOUN", "pronoun_recent_person") in found
    found = mentions("Tom Lee spoke first. Ben Ruiz said he would “do what he must”.")
    assert [a for t, a, *_ in found if t == "he"] == ["ben_ruiz", "ben_ruiz"]


def test_the_senate_is_a_national_body_when_its_country_is_named():
    found = mentions("U.S. lawmakers met. The Senate voted on Monday. She lost a Senate race. The state Senate met.")
    assert [(t, a, r) for t, a, _, r in found][1:] == [
        ("Senate", "USA_SENATE", "national_body_name"), ("Senate", "USA_SENATE", "national_body_name"),
    ]
    assert [t for t, *_ in mentions("Italian lawmakers met. The Senate voted on Monday.")] == ["Italian"]


def test_a_national_body_before_a_role_noun_starts_a_title():
    found = mentions("U.S. lawmakers met. “No,” Senate minority leader Tom Ruiz told reporters.")
    assert not any(t == "Senate" for t, *_ in found)
    assert "tom_ruiz" in [a for _, a, *_ in found]  # the speaker is still found


# round 4 (issue 10): invented sentences for each rule


def test_an_unknown_two_word_name_called_the_company_is_a_company():
    found = mentions("Kestrel Mobil rejected the report. It said the company had done nothing wrong. Kestrel said so again.")
    assert [(t, a, k) for t, a, k, _ in found] == [
        ("Kestrel Mobil", "KM", "NAME"), ("the company", "KM", "DESCRIPTION"), ("Kestrel", "KM", "NAME"),
    ]


def test_a_titled_or_given_name_stays_a_person_though_a_company_is_near():
    found = mentions("The firm sued Tova Brandt, who said the company had misled her. Ms. Brandt left.")
    assert ("Tova Brandt", "tova_brandt", "NAME", "discovered_name") in found
    found = mentions("Ana Ruiz said the company would appeal.")
    assert ("Ana Ruiz", "ana_ruiz", "NAME", "discovered_name") in found


def test_a_school_and_its_field_are_one_organisation():
    found = mentions("Tom Lee of the Ridgeway Graduate School of Journalism spoke.")
    assert [(t, a) for t, a, *_ in found] == [("Tom Lee", "tom_lee"), ("Ridgeway Graduate School of Journalism", "RGSJ")]


def test_an_outlet_in_capitals_and_spanish_language_networks_are_known():
    found = mentions("Ana Ruiz told POLITICO on Monday, and later Univision, that Variety had it wrong.")
    assert [(t, a) for t, a, *_ in found] == [("Ana Ruiz", "ana_ruiz"), ("POLITICO", "POLITICO"), ("Univision", "UNIVISION"), ("Variety", "VARIETY")]


def test_a_pronoun_in_a_quote_after_a_colon_is_not_the_speaker_before_the_colon():
    found = mentions("Tom Lee lost the vote. Later, Ben Ruiz went further: “If he runs again, he loses.”")
    assert [a for t, a, *_ in found if t == "he"] == ["tom_lee", "tom_lee"]


def test_a_pronoun_in_a_quote_that_goes_on_is_not_the_quotes_speaker():
    text = "Tom Lee wants to visit. “He is a danger,” said Ben Ruiz, a lawmaker. “He should stay home.”"
    assert [a for t, a, *_ in mentions(text) if t == "He"] == ["tom_lee", "tom_lee"]


def test_a_name_that_modifies_a_noun_is_no_antecedent():
    found = mentions("Ben Ruiz said that he would go ahead with the Lee meeting, although he was angry.")
    assert [a for t, a, *_ in found if t == "he"] == ["ben_ruiz", "ben_ruiz"]


def test_a_title_agrees_with_the_gender_of_a_known_given_name():
    found = mentions("Ana Ruiz spoke. Mr. Ruiz, her father, left. Ms. Ruiz stayed.")
    assert [(t, a) for t, a, k, _ in found if k == "TITLE_NAME"] == [("Mr. Ruiz", "ruiz"), ("Ms. Ruiz", "ana_ruiz")]


def test_a_name_ending_in_a_number_word_is_a_thing():
    found = mentions("Tom Ruiz flew on Ruiz Force One. Mr. Ruiz likes Air Force One.")
    assert [t for t, *_ in found] == ["Tom Ruiz", "Mr. Ruiz"]


def test_a_description_with_nobody_of_its_role_is_the_person_just_named():
    found = mentions("Critics shunned Tom Ruiz on his trips, claiming that the former governor is biased.")
    assert ("the former governor", "tom_ruiz", "DESCRIPTION", "description_recent_person") in found
    found = mentions("Voters met Tom Ruiz. They must name the candidate they support.")
    assert [t for t, *_ in found] == ["Tom Ruiz"]
    found = mentions("Critics shunned Tom Ruiz, and the general election is near. Ana Lee said the Republican nominee lost.")
    assert [t for t, _, k, _ in found if k == "DESCRIPTION"] == []


def test_the_jewish_state_is_israel_once_israel_is_named():
    found = mentions("Israel voted no. Ana Ruiz called for the dissolution of the Jewish state.")
    assert ("the Jewish state", "ISR", "DESCRIPTION", "collective_salient") in found


def test_the_head_of_an_organisation_apposed_to_a_name_is_that_person():
    found = mentions("The head of the Harbour Workers Union, Tom Ruiz, said no. The leader of Peru, Ana Lee, agreed.")
    assert [(t, a, r) for t, a, k, r in found if k == "DESCRIPTION"] == [
        ("The head of the Harbour Workers Union", "tom_ruiz", "description_apposed_name"),
        ("The leader", "ana_lee", "description_apposed_name"),
    ]


def test_a_country_written_in_capitals_is_known():
    assert ("PERU", "PER", "NAME", "lexicon_name") in mentions("Ana Ruiz said: GOD BLESS PERU.")


def test_a_pronoun_joined_to_a_contraction_is_a_mention_of_the_pronoun_alone():
    found = mentions("Tom Ruiz said he’ll go. Ana Lee said she'd stay.")
    assert [(t, a) for t, a, k, _ in found if k == "PRONOUN"] == [("he", "tom_ruiz"), ("she", "ana_lee")]


def test_a_pronoun_outside_quote_marks_is_nobody_inside_them():
    found = mentions("Ben Ruiz is a farmer who voted for Tom Lee in the state primary. “Without farms, Lee would lose,” he said.")
    assert ("he", "ben_ruiz", "PRONOUN", "pronoun_recent_person") in found


def test_a_quote_with_its_own_frame_does_not_go_on_from_the_last_one():
    text = "Tom Lee spoke. “I won,” he said. “Then he left,” said Ana Cole who saw it."
    found = mentions(text)
    assert [a for t, a, *_ in found if t == "he"] == ["tom_lee", "tom_lee"]
    assert ("Ana Cole", "ana_cole", "NAME", "discovered_name") in found


def test_a_company_named_in_between_takes_the_company():
    found = mentions("Ana Lee shot Tomas Quill in Peru, but DataNest.com said the company pulled the listing.")
    assert ("Tomas Quill", "tomas_quill", "NAME", "discovered_name") in found
    assert ("the company", "DATANEST", "DESCRIPTION", "collective_salient") in found


def test_only_a_head_word_right_before_of_or_for_joins_the_words_after_it():
    found = mentions("The Harbour Fund and Citizens for Tax Fairness said so.")
    assert "Harbour Fund and Citizens for Tax" not in [t for t, *_ in found]
    assert ("Harbour Fund", "HF") in [(t, a) for t, a, *_ in found]  # the first organisation is still found


def test_a_party_word_before_a_full_name_is_a_title():
    found = mentions("Her team, led by Ohio Republican Bette Grande, worked. Democrat Tom Ruiz said so.")
    assert [(t, a, k) for t, a, k, _ in found if k == "TITLE_NAME"] == [
        ("Ohio Republican Bette Grande", "bette_grande", "TITLE_NAME"), ("Democrat Tom Ruiz", "tom_ruiz", "TITLE_NAME"),
    ]


def test_a_title_word_before_an_organisations_name_makes_no_person():
    found = mentions("The Justice Department said so. The Republican National Committee met Republican House Majority Leader Tom Ruiz.")
    assert not [a for t, a, k, _ in found if a.islower() and a != "tom_ruiz"]
    assert "tom_ruiz" in [a for _, a, *_ in found]  # the titled person is still found


def test_the_school_after_a_schools_name_is_that_school():
    found = mentions("Pupils at Ridgeway Elementary School were sent home. The school said it would reopen. Ana Lee saw her school.")
    assert [(t, a) for t, a, *_ in found] == [("Ridgeway Elementary School", "RES"), ("The school", "RES"), ("Ana Lee", "ana_lee"), ("her", "ana_lee")]


def test_a_given_name_before_another_persons_surname_is_a_new_person():
    found = mentions("Bill Lowe spoke first. Then Ann Lowe said no, and Lowe left.")
    assert [(t, a) for t, a, *_ in found][:2] == [("Bill Lowe", "bill_lowe"), ("Ann Lowe", "ann_lowe")]


def test_a_sentence_first_speaker_the_article_also_capitalises_inside_a_sentence_is_a_name():
    found = mentions("Kestrova said it would appeal. Officials said little. Talks with Kestrova resume today.")
    assert [t for t, *_ in found] == ["Kestrova", "Kestrova"]


def test_large_companies_and_platforms_are_known_without_an_introduction():
    found = mentions("Facebook activated a tool. Workers struck at Verizon while Boeing waited.")
    assert [(t, a) for t, a, *_ in found] == [("Facebook", "FACEBOOK"), ("Verizon", "VERIZON"), ("Boeing", "BOEING")]
def test_a_places_legislature_is_an_organisation_and_its_short_name_is_it():
    found = mentions("Voters of the United States are tired. The Ohio Senate voted on Tuesday, and the Senate voted no. The Ohio House of Representatives agreed.")
    assert [(t, a) for t, a, *_ in found] == [
        ("United States", "USA"), ("Ohio Senate", "OS"), ("Senate", "OS"), ("Ohio House of Representatives", "OHR"),
    ]


def test_an_unknown_name_listed_after_companies_such_as_is_a_company():
    found = mentions("Employers including Kestrelcorp opposed it, as did firms such as Dorvale Foods. The company said no. People like Tom Lee agreed.")
    assert [(t, a, k) for t, a, k, _ in found] == [
        ("Kestrelcorp", "KESTRELCORP", "NAME"), ("Dorvale Foods", "DF", "NAME"), ("The company", "DF", "DESCRIPTION"), ("Tom Lee", "tom_lee", "NAME"),
    ]


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause():
    found = mentions("Tom Lee said Ana Ruiz had been outwitting him for weeks. Later Ruiz called Lee, and reporter Kim Soto asked him again.")
    pronouns = [(t, a) for t, a, k, _ in found if k == "PRONOUN"]
    assert pronouns == [("him", "tom_lee"), ("him", "tom_lee")]


def test_an_object_before_to_may_be_the_pronoun_and_her_before_a_noun_is_possessive():
    found = mentions("Tom Lee wrote. Sam Kerr called Tom Lee to thank him. Ana Ruiz praised her secretary-to-CEO biography.")
    assert [(t, a) for t, a, k, _ in found if k == "PRONOUN"] == [("him", "tom_lee"), ("her", "ana_ruiz")]


def test_another_given_name_before_a_known_family_name_is_another_person():
    found = mentions("Ana Ruiz won the port vote, which Tom Ruiz won in 1992.")
    assert [(t, a) for t, a, *_ in found] == [("Ana Ruiz", "ana_ruiz"), ("Tom Ruiz", "tom_ruiz")]


def test_a_camel_case_brand_of_three_parts_is_an_organisation_but_a_hashtag_or_a_surname_is_not():
    found = mentions("Tom Lee, writing for HarbourDailyNews, praised #KeepPortsOpen and DeSantis.")
    assert [(t, a) for t, a, *_ in found] == [("Tom Lee", "tom_lee"), ("HarbourDailyNews", "HARBOURDAILYNEWS")]  # not "DeSantis"


def test_a_state_owning_a_budget_is_an_actor_but_not_owning_roads_or_an_office():
    found = mentions("The bill hurts Ohio's finances, said Ana Ruiz. Ohio's governor agreed. In Ohio, Ohio's roads were calm.")
    assert [(t, a, k) for t, a, k, _ in found] == [("Ohio", "OHIO", "ADJECTIVE"), ("Ana Ruiz", "ana_ruiz", "NAME")]


def test_a_pronoun_in_a_speakers_own_words_is_not_the_person_who_asked_them():
    found = mentions("The port talks went on for a long time on Monday.\n\nTom Lee asked Sam Kerr about Bob Hale on Monday. “I think he is wrong,” Kerr said.")
    assert [(t, a) for t, a, k, _ in found if k == "PRONOUN"] == [("he", "bob_hale")]


# round 7: what actor sets e and f showed once read (invented sentences)


def test_a_capitalised_term_the_article_also_writes_in_lower_case_is_not_a_person():
    found = mentions("Hackers took social data and security codes. Social Security numbers leaked, Ana Ruiz said.")
    assert [t for t, *_ in found] == ["Ana Ruiz"]


def test_an_organisation_and_a_media_role_before_a_name_make_one_title_phrase():
    found = mentions("Harbour Daily contributor Lena Ortiz said no. Democratic pollster Tom Reyes agreed.")
    assert ("Harbour Daily contributor Lena Ortiz", "lena_ortiz", "TITLE_NAME", "title_name") in found
    assert ("Democratic pollster Tom Reyes", "tom_reyes", "TITLE_NAME", "title_name") in found


def test_a_newspaper_after_the_and_a_university_of_a_place_are_organisations():
    found = mentions("The Kestrel Observer reported the vote. The University of North Carolina said it would comply.")
    assert [(t, k) for t, _, k, _ in found] == [("Kestrel Observer", "NAME"), ("University of North Carolina", "NAME")]


def test_a_name_joined_to_its_particle_is_read_whole_and_its_bare_surname_follows():
    found = mentions("Farid al-Mansour called for talks. Al-Mansour later spoke again. Mansour denied it.")
    assert [(t, a) for t, a, *_ in found] == [("Farid al-Mansour", "farid_al_mansour"), ("Al-Mansour", "farid_al_mansour"),
                                              ("Mansour", "farid_al_mansour")]


def test_a_handle_spelling_a_known_persons_name_is_that_person():
    found = mentions("Lena Ortiz spoke. @LenaOrtiz posted a photo, and @BlueHarbour replied.")
    assert ("LenaOrtiz", "lena_ortiz", "NAME", "handle_of_known_name") in found
    assert ("BlueHarbour", "BLUEHARBOUR", "NAME", "discovered_org") in found


def test_ag_is_a_title_a_postal_code_is_a_place_and_dc_is_washington():
    found = mentions("Ward urged Congress to impeach AG Lena Ortiz at a rally in Manchester, NH. DC refused.")
    assert ("AG Lena Ortiz", "lena_ortiz", "TITLE_NAME", "title_name") in found
    assert not any(t == "NH" for t, *_ in found)
    assert ("DC", "USA", "METONYM", "metonym_capital") in found


def test_a_state_is_an_actor_when_it_acts_or_is_sued_and_a_place_elsewhere():
    found = mentions("Lawyers sued the state of Ohio on Monday. Ohio will appeal, Ana Ruiz said after a drive across Ohio.")
    assert [(t, k, r) for t, _, k, r in found if t == "Ohio"] == [("Ohio", "NAME", "state_as_actor")] * 2
    found = mentions("Lawyers sued Ohio on Monday, and a case against Iowa began. We drove to Ohio and Iowa.")
    assert [(t, r) for t, _, _, r in found if t in ("Ohio", "Iowa")] == [("Ohio", "state_as_actor"), ("Iowa", "state_as_actor")]


def test_a_state_after_a_word_of_place_is_no_subject_of_the_verb_after_it():
    # round 53: "a strong showing in Ohio could push …" is the place of the showing; "Ohio could appeal" acts
    found = mentions("A strong showing in Ohio could push Ana Ruiz out. Ohio could appeal, a man from Iowa would say.")
    assert [(t, r) for t, _, _, r in found if t in ("Ohio", "Iowa")] == [("Ohio", "state_as_actor")]


def test_a_body_that_speaks_is_not_a_person_and_a_magazine_is_an_organisation():
    found = mentions("The U.S. budget grew. The House said it would vote. She wrote for Harbour Circle magazine.")
    assert ("House", "USA_HOUSE", "NAME", "national_body_name") in found
    assert ("Harbour Circle", "HC", "NAME", "discovered_org") in found
    assert not any(a == "house" for _, a, *_ in found)


def test_a_preposition_opening_a_sentence_does_not_start_a_name():
    found = mentions("Among Democrats, support for Ana Ruiz was strong.")
    assert not any(t.startswith("Among") for t, *_ in found)


# round 8: what actor sets g and h showed once read (invented sentences)


def test_a_shared_surname_goes_to_the_bearer_named_first_unless_the_other_was_just_named():
    text = ("Ana Ruiz spoke in Lima. Ruiz said no. Her husband, former mayor Tom Ruiz, stayed home. Ruiz said he was tired. "
            "Officials met twice. The talks ended. Ruiz said later that she would run.")
    found = mentions(text)
    assert [a for t, a, *_ in found if t == "Ruiz"] == ["ana_ruiz", "tom_ruiz", "ana_ruiz"]


def test_a_given_name_first_in_its_sentence_names_another_bearer_of_a_known_surname():
    found = mentions("Bill Ruiz spoke. Hillary Ruiz said no.")
    assert ("Hillary Ruiz", "hillary_ruiz", "NAME", "discovered_name") in found


def test_a_given_name_the_article_also_writes_in_lower_case_starts_no_name_first_in_its_sentence():
    found = mentions("Hillary Ruiz spoke. Mark Ruiz wins! Mark my words: we will mark it.")
    assert not any(a == "mark_ruiz" for _, a, *_ in found)


def test_a_publication_named_in_full_is_then_named_short():
    found = mentions("A Harbour News poll came out. Shaw told Harbour that the Kestrel Times was wrong, and the Times "
                     "said so. The Kestrel Journal said yes; the Journal added more. Crowds filled Times Square.")
    short = [(t, a) for t, a, _, r in found if r == "organisation_short_name"]
    assert short == [("Harbour", "HN"), ("Times", "KT"), ("Journal", "KJ")]
    assert not any(a == "journal" for _, a, *_ in found)


def test_a_title_case_headline_does_not_reach_back_over_its_own_words_to_a_title():
    found = mentions("Ana Ruiz Finally Endorses Senator Tom Reyes.\n\nMayor Ana Ruiz on Friday endorsed Senator Tom Reyes.")
    assert [(t, a) for t, a, *_ in found][:2] == [("Ana Ruiz", "ana_ruiz"), ("Senator Tom Reyes", "tom_reyes")]


def test_a_shouted_word_the_article_also_writes_in_lower_case_is_no_acronym():
    found = mentions("They want work. Ana Ruiz said: WORK comes first for the city.")
    assert [t for t, *_ in found] == ["Ana Ruiz"]


# round 9: what actor sets i and j showed once read (invented sentences)


def test_a_title_case_line_in_the_body_is_read_as_a_headline():
    found = mentions("Ana Ruiz spoke.\n\nRelated:\n\nHarbour Candidates Reject The Idea Of A Port Tax Hike.\n\nMore.")
    assert [t for t, *_ in found] == ["Ana Ruiz"]


def test_watch_and_embassy_end_organisations_names_and_a_head_that_speaks_is_no_person():
    found = mentions("Harbour Watch sued the city. The Kestrel Embassy said no. The Embassy said yes. The Kestrel Consulate agreed.")
    assert ("Harbour Watch", "HW", "NAME", "discovered_org") in found
    assert ("Kestrel Consulate", "KC", "NAME", "discovered_org") in found
    assert not any(a == "embassy" for _, a, *_ in found)


def test_a_poll_is_no_actor_and_the_oval_office_is_a_place():
    found = mentions("A new Harbour Poll showed Ana Ruiz ahead. She spoke in the Oval Office.")
    assert [t for t, *_ in found if t[:1].isupper()] == ["Ana Ruiz", "She"]


def test_a_word_inside_a_known_name_that_speaks_is_no_person():
    found = mentions("The Kestrel Journal said so on Monday. Later the Journal said more.")
    assert not any(a == "journal" for _, a, *_ in found)


def test_a_surname_in_capitals_is_still_the_person():
    found = mentions("Marco Reyes spoke.\n\nGOING BROKE FOR REYES.")
    assert ("REYES", "marco_reyes", "NAME", "surname_after_full_name") in found


def test_a_table_persons_family_name_ending_another_name_is_no_mention():
    found = mentions("Crowds filled Harbourfront Park in the evening.", published="2016-05-18")
    assert not any(t == "Park" for t, *_ in found)


# round 10: what actor sets k and l showed once read (invented sentences)


def test_a_full_name_after_the_before_a_noun_is_a_person():
    found = mentions("It began when the Ana Ruiz presidential campaign challenged Tom Reyes. Ruiz accused Reyes of ducking.")
    assert [(t, a) for t, a, *_ in found][:2] == [("Ana Ruiz", "ana_ruiz"), ("Tom Reyes", "tom_reyes")]
    assert ("Ruiz", "ana_ruiz", "NAME", "surname_after_full_name") in found


def test_a_middle_initial_or_a_middle_name_keeps_a_family_members_name_whole():
    found = mentions("Ana Ruiz spoke. Her brother, Tom J. Ruiz, agreed. It was always Ana Lopez Ruiz, the star.")
    assert [(t, a) for t, a, k, _ in found if k == "NAME"] == [("Ana Ruiz", "ana_ruiz"), ("Tom J. Ruiz", "tom_j_ruiz"),
                                                                ("Ana Lopez Ruiz", "ana_ruiz")]


def test_a_name_before_a_head_word_makes_an_organisation():
    found = mentions("Ana Ruiz spoke. The Ana Ruiz Foundation said it would help.")
    assert ("Ana Ruiz Foundation", "ARF", "NAME", "discovered_org") in found


def test_a_headline_in_capitals_inside_a_paragraph_has_no_acronyms():
    found = mentions("TWO HURT, 16 SAVED IN HARBOUR FIRE Three people were rescued, the IMF said.")
    assert [t for t, *_ in found] == ["IMF"]


def test_a_title_with_a_gender_waits_for_the_person_of_that_gender():
    found = mentions("Ana Ruiz's aides wrote. He was former mayor Tom Ruiz's assistant. Mrs. Ruiz said no. Mr. Ruiz agreed.")
    assert ("Mrs. Ruiz", "ana_ruiz", "TITLE_NAME", "title_name") in found and ("Mr. Ruiz", "tom_ruiz", "TITLE_NAME", "title_name") in found


# round 11: what actor sets m and n showed once read (invented sentences)


def test_a_writer_after_an_agency_makes_one_title_phrase_and_an_acronym_before_a_family_name_makes_a_place():
    found = mentions("Harbour Press writer Lena Ortiz reported. Fans gathered at KRT Park in the city.", published="2016-05-18")
    assert ("Harbour Press writer Lena Ortiz", "lena_ortiz", "TITLE_NAME", "title_name") in found
    assert not any(t == "Park" for t, *_ in found)


# round 12: what set p showed once read (invented sentences)


def test_a_misspelt_given_name_is_the_person_of_that_family_name():
    found = mentions("Lorena Ruiz spoke on Monday. Critics met Lorenna Ruiz later. Mrs. Ruiz said no.")
    assert [a for _, a, k, _ in found if k in ("NAME", "TITLE_NAME")] == ["lorena_ruiz"] * 3


def test_a_surname_is_not_the_bearer_named_in_full_earlier_in_its_own_sentence():
    found = mentions("Tom Ruiz spoke first. Critics were many. Ana Ruiz's account of Ruiz was kind.")
    assert [a for t, a, *_ in found if t == "Ruiz"] == ["tom_ruiz"]


def test_a_country_after_a_datelines_city_is_a_place_but_the_same_country_acting_is_not():
    found = mentions("KESTREL CITY, Kenya (AP) _ Talks resumed on Monday. Kenya said it would stay.")
    assert [(t, a) for t, a, *_ in found if t == "Kenya"] == [("Kenya", "KEN")]
    assert found[0][:2] == ("AP", "AP")


def test_a_company_named_with_its_legal_form_is_one_organisation_whatever_its_words():
    found = mentions("Kestrel Pacific Corp. will buy Osprey N.V. and NEXTWAVE Inc. for cash. Osprey agreed. "
                     "Nextwave said no, and Kestrel paid. Next year, Ana Ruiz said, Kestrel Motor Credit Co. may join.")
    names = {t: a for t, a, *_ in found}
    assert names["Kestrel Pacific Corp"] == names["Kestrel"] == "KPC"
    assert names["Osprey N.V."] == names["Osprey"] and names["NEXTWAVE Inc"] == names["Nextwave"]
    assert "Next" not in names


def test_a_known_company_with_its_legal_form_keeps_its_id_and_two_companies_sharing_initials_stay_apart():
    # the organisations table is the point here: Pfizer is a row of it
    found = mentions("Pfizer Inc. will buy Kestrel Pacific Corp., and Kestrel Park Corp. will sell. Pfizer paid.")
    names = {t: a for t, a, *_ in found}
    assert names["Pfizer Inc"] == names["Pfizer"] == "PFIZER"
    assert names["Kestrel Pacific Corp"] != names["Kestrel Park Corp"]


def test_the_nations_of_the_united_kingdom_act_like_countries_and_are_places_after_a_word_of_place():
    # round 55: "England beat Tunisia" acts (a team, a government); "fans in England" is a place
    found = mentions("England beat Tunisia 2-1 on Monday, and fans in England cheered. Scotland said it would vote in Northern Ireland.")
    assert [(t, k) for t, _, k, _ in found if t in ("England", "Scotland", "Northern Ireland", "Ireland")] == [
        ("England", "NAME"), ("Scotland", "NAME")]


def test_events_studies_and_buildings_named_in_capitals_are_no_people():
    # round 56: thing_head Cup, Fair, Expo, Study …; place_head Mosque, Tower …
    found = mentions("Ana Ruiz won at Kestrel's Science Fair. Pilgrims filled Mecca's Grand Mosque before the FIFA football "
                     "World Cup, and the Australian National Iodine Nutrition Study found little.")
    assert [t for t, *_ in found if t not in ("Kestrel", "Mecca", "FIFA", "Australian")] == ["Ana Ruiz"]


def test_an_organisation_of_a_region_of_a_state_ends_with_the_state():
    # round 57: "University of Southern Indiana", not "University of Southern" (initials US) and a place
    found = mentions("Ana Ruiz, curator at the University of Southern Indiana, said USI would show them.")
    assert [(t, a) for t, a, *_ in found if t != "Ana Ruiz"] == [("University of Southern Indiana", "USI"), ("USI", "USI")]


def test_a_peoples_possessive_stays_inside_an_organisations_name_and_a_person_of_it_is_apart():
    # round 58: "New People's Party" is one name (no person called New People), and "Tom Lee of Kestrel Labour
    # Party" is a person of an organisation, not one organisation's name
    found = mentions("Ana Ruiz of New People's Party won. Tom Lee of Kestrel Labour Party spoke at the Bank of Kestrel.")
    assert [(t, k) for t, _, k, _ in found] == [("Ana Ruiz", "NAME"), ("New People's Party", "NAME"), ("Tom Lee", "NAME"),
                                                ("Kestrel Labour Party", "NAME"), ("Bank of Kestrel", "NAME")]
    assert [a for t, a, *_ in found if t in ("Ana Ruiz", "Tom Lee")] == ["ana_ruiz", "tom_lee"]


def test_an_organisation_of_a_capital_ends_with_the_capital():
    # round 59: "the University of Copenhagen" is one organisation, not "University" and a metonym
    found = mentions("Bos obtained his doctorate from the University of Copenhagen. The Bank of Moscow said no.")
    assert [t for t, *_ in found] == ["University of Copenhagen", "Bank of Moscow"]


def test_each_state_university_keeps_its_state():
    # round 60: three universities, not one "State University" (initials SU) for all
    found = mentions("Tom Lee of Washington State University spoke. Ohio State University and Moscow State University agreed.")
    assert [(t, a) for t, a, *_ in found if "University" in t] == [
        ("Washington State University", "WSU"), ("Ohio State University", "OSU"), ("Moscow State University", "MSU")]


def test_a_former_state_is_a_country_and_its_people_stand_for_it():
    # round 63: "the Soviet Union" was an unknown organisation (initials SU); "Soviet" is no adjective of it
    found = mentions("The Soviet Union collapsed in 1991. The Soviets left Czechoslovakia, and Moscow said so.")
    assert [(t, a, k) for t, a, k, _ in found] == [("Soviet Union", "USSR", "NAME"), ("Soviets", "USSR", "ADJECTIVE"),
                                                   ("Moscow", "RUS", "METONYM")]


def test_storms_operations_and_spanish_place_names_are_no_people():
    # round 64: thing_prefix Hurricane, Cyclone, Typhoon, Storm, Operation; place_prefix San, Santa, Los, Las
    found = mentions("Hurricane Hugo hit San Juan during Operation Desert Shield, and Cyclone Phailin reached Santa Cruz. "
                     "Ana Ruiz said so.")
    assert [t for t, *_ in found] == ["Ana Ruiz"]


def test_a_country_before_a_newspapers_head_is_the_newspaper():
    # round 65: "the New Zealand Herald" had been New Zealand (and "the Saudi Gazette" Saudi Arabia's adjective)
    found = mentions("The New Zealand Herald reported it, and the Saudi Gazette agreed. New Zealand said no.")
    assert [(t, k) for t, _, k, _ in found] == [("New Zealand Herald", "NAME"), ("Saudi Gazette", "NAME"), ("New Zealand", "NAME")]
    assert len({a for _, a, *_ in found}) == 3


def test_museums_galleries_and_libraries_are_organisations_and_places_after_at():
    # round 66: "the Weatherspoon Art Museum" was nothing and "Art Gallery" a person
    found = mentions("Photographs went to the Weatherspoon Art Museum and the Tang Teaching Museum and Art Gallery. "
                     "The Kestrel Museum said it would show them. Tom Lee spoke at the Kestrel Museum.")
    assert [t for t, *_ in found] == ["Weatherspoon Art Museum", "Tang Teaching Museum and Art Gallery", "Kestrel Museum", "Tom Lee"]
