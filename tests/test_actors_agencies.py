"""Rounds 88 onward (read TempEval-3's silver AFP and Xinhua sets na-ng): companies named after a noun for a
company, currencies, and the bodies of other countries whose names end like a known body's (invented sentences)."""

from conftest import mention_rows


def mentions(text, published="2006-11-25"):
    return mention_rows(text, ("text", "actor_id", "kind", "rule"), published=published, actors=None)


def named(text):
    return [(t, a) for t, a, *_ in mentions(text)]


def test_a_name_after_a_noun_for_a_company_is_a_company_and_stays_one_when_it_acts_alone():
    found = named("Bankrupt oil group Kestrelco sold its stake. Upstart Internet firm Dorvanet launched a bid. "
                  "Kestrelco described the sale as a marathon, and Dorvanet later withdrew.")
    assert [t for t, a in found if a == "KESTRELCO"] == ["Kestrelco", "Kestrelco"]
    assert [t for t, a in found if a == "DORVANET"] == ["Dorvanet", "Dorvanet"]


def test_a_country_before_a_currency_is_money_not_the_state():
    found = named("Kestrelia invested 20 billion yuan (2.4 billion US dollars) in ports, and the US said it would match the sum. "
                  "The bill gives Ukraine dollars for weapons.")
    assert [t for t, a in found if a in ("USA", "UKR")] == ["US", "Ukraine"]


def test_a_given_name_after_a_noun_for_a_company_stays_a_person_and_an_adjective_names_no_newspaper():
    found = named("The firm Ana Ruiz founded won the case. Tom Lee spoke to the Arabic daily and the Central bank on Monday.")
    assert ("Ana Ruiz", "ana_ruiz") in found and not any(a in ("ARABIC", "CENTRAL") for _, a in found)


def test_an_acronym_in_brackets_names_the_longest_known_name_before_it():
    found = named("The opposition attacked the Kestrel Democratic Party on Monday. Later the ruling Kestrel Democratic Party (KDP) "
                  "and its allies met. The KDP said so.")
    ids = {a for t, a in found if t in ("KDP", "Kestrel Democratic Party")}
    assert len(ids) == 1 and "USA_DEMOCRATIC_PARTY" not in ids


def test_two_unknown_words_before_a_known_body_name_another_body():
    found = named("Talks are in the hands of the Supreme Kestrel Security Council led by Ana Ruiz. The UN Security Council met.")
    assert ("UN Security Council", "UNSC") in found
    assert not any(a == "UNSC" and t != "UN Security Council" for t, a in found)


def test_a_name_between_the_and_a_noun_for_a_company_or_newspaper_is_one():
    found = named("Ana Ruiz was quoted by the Kestrelgard newspaper. Tom Lee, a spokesman for the Dorvale company, spoke. "
                  "The Nihon Kestrel Shimbun business daily reported it.")
    assert ("Kestrelgard", "KESTRELGARD") in found and ("Dorvale", "DORVALE") in found
    assert any(t == "Nihon Kestrel Shimbun" and a.isupper() for t, a in found)


def test_a_modifier_or_a_word_before_a_described_name_is_no_company():
    found = named("Ana Ruiz joined the Kestrel-based firm last year.") + named("Members of the Maoist rebel group Red Dorvale took a town.")
    assert not any(t in ("Kestrel-based", "Maoist") for t, _ in found)


def test_a_body_named_for_cooperation_is_no_person_and_apec_is_known():
    found = mentions("The Forum on Kestrel-Dorvale Cooperation (FKDC) met. The 21-member Asia Pacific Economic Cooperation Forum "
                     "was concerned, and APEC officials agreed.")
    assert not any(kind == "NAME" and a.islower() for _, a, kind, _ in found)  # no person
    assert [t for t, a, *_ in found if a == "APEC"] == ["Asia Pacific Economic Cooperation Forum", "APEC"]


def test_a_country_after_a_hyphenated_modifier_or_far_and_a_region_is_a_place():
    found = named("Troops made raids in insurgency-hit Afghanistan, the army said. The project in far eastern Russia grew. "
                  "It is evident in the anti-engagement Cuba policies.")
    assert [a for _, a in found if a in ("AFG", "RUS", "CUB")] == ["CUB"]


def test_a_wire_headline_abbreviates_the_two_koreas():
    found = named("N. Korea urges S. Korea to return war veteran.")
    assert found == [("N. Korea", "PRK"), ("S. Korea", "KOR")]


def test_a_japanese_newspaper_is_named_by_shimbun():
    found = named("On Monday the Kestrel Shimbun quoted a senior official of the ministry as saying that talks would go on.")
    assert ("Kestrel Shimbun", "KS") in found


def test_an_acronym_spelled_by_words_in_lower_case_is_a_thing():
    found = named("The rebel leader said the government had rendered the 2002 cease-fire agreement (CFA) defunct, and Ana Ruiz agreed.")
    assert found == [("Ana Ruiz", "ana_ruiz")]


def test_a_country_of_two_words_opens_a_body_name():
    found = named("Ana Ruiz asked the SLKM (Sri Lanka Kestrel Mission) to clarify its stand on the truce on Monday.")
    assert ("Sri Lanka Kestrel Mission", "SLKM") in found and not any(a == "LKA" for _, a in found)


def test_the_first_of_two_surnames_names_the_person_alone():
    found = named("Tomas Kestrel Dorval, 38, was shot in the neck as he led hostages out. Kestrel was in charge of their safety.")
    assert [t for t, a in found if a == "tomas_kestrel_dorval"] == ["Tomas Kestrel Dorval", "he", "Kestrel"]


def test_a_title_never_takes_a_middle_word_as_a_first_surname():
    found = named("Police named the victim as Tom Dorvan Lee, 45. His neighbour, Mr Dorvan, said he heard shots.")
    assert ("Mr Dorvan", "tom_dorvan_lee") not in found


def test_a_sentence_full_of_names_with_words_in_lower_case_is_no_title_case_line():
    found = named("Headline\n\nAna Ruiz spoke.\n\nThe other groups that signed the letter are Kestrel Change, Emerge Dorvale, "
                  "Demand Progress, American Family Voices, We Act Radio and the Islamic Society of Dorvale.")
    assert {"Kestrel Change", "Emerge Dorvale", "Act Radio"} <= {t for t, _ in found}


def test_a_space_station_and_a_disease_are_no_actors_and_a_maker_names_a_company():
    found = named("Headline\n\nAstronauts worked outside the ISS on Friday as SARS spread. Elsewhere, computer maker Kestrelon "
                  "lost 34 cents.")
    assert found == [("Kestrelon", "KESTRELON")]


def test_a_known_organisation_in_brackets_names_the_run_before_it():
    found = named("Headline\n\nThe leader of the Palestinian Islamic Resistance Movement (Hamas) arrived in Cairo on Monday.")
    assert [a for t, a in found] == ["HAMAS", "HAMAS"]


def test_chinese_provinces_and_cities_are_places():
    found = named("Headline\n\nResidents of Hubei fled. Hubei Ana Ruiz said. Harbin told Chengdu.")
    assert not any(a.startswith(("hubei", "harbin", "chengdu")) for _, a in found)


def test_a_weekday_opens_a_newspaper_name_but_alone_stays_a_day():
    found = named("Headline\n\nDealers said so on Monday. The Sunday Times reported that Ana Ruiz would quit, and she left on Sunday.")
    assert [t for t, _ in found] == ["Sunday Times", "Ana Ruiz", "she"]


def test_rating_agencies_are_known():
    found = named("Headline\n\nMoody's said the action reflected weak capital, and Fitch agreed on Monday.")
    assert [a for _, a in found] == ["MOODYS", "FITCH"]


def test_though_opens_no_name():
    found = named("Headline\n\nKestro Varga was rushed to hospital on Thursday. Though Kestro was advised to rest, he met visitors.")
    assert [a for t, a in found if t != "he"] == ["kestro_varga", "kestro_varga"]


def test_the_refugee_agency_under_its_full_title_and_regional_trade_blocs_are_known():
    found = named("Headline\n\nIt was fewer than the 11 requested by the UN High Commissioner for Refugees (UNHCR), officials said. "
                  "Ties between Mercosur and the EU grew, and COMESA and SADC met.")
    assert [a for _, a in found] == ["UNHCR", "UNHCR", "MERCOSUR", "EU", "COMESA", "SADC"]


def test_limited_force_and_services_end_a_body_name_after_a_country():
    found = named("Headline\n\nA project of the Kestrelia Liquefied Gas Limited (KLGL) grew, and the state-owned Kestrelia News "
                  "and Information Services (KNIS) said the Kestrelia Defence Force would help.")
    assert not any(a.islower() for _, a in found)  # no person among the bodies
    assert [t for t, a in found if a == "KNIS"] == ["Kestrelia News and Information Services", "KNIS"]


def test_a_country_before_trip_or_visit_is_where_someone_went_unless_it_is_the_visitor():
    found = named("Headline\n\nThis is Ana Ruiz's third China trip and her first Japan visit, after a series of US visits to Asia.")
    assert [a for _, a in found if a.isupper()] == ["USA"]


def test_a_crossing_is_a_place_and_a_festival_a_thing():
    found = named("Headline\n\nPalestinians can cross through Kestrel Crossing from Saturday, and the Dorvale Art Festival opened.")
    assert not any(t in ("Kestrel Crossing", "Dorvale Art Festival", "Art Festival") for t, _ in found)


# Round 98 (read the silver sets nh-nn and oh-on): an agency named between "the" and its noun, a hyphenated adjective
# before such a name, a title in quote marks with no noun for a work before it, and "lost to" a town in a sports report.


def test_the_agency_named_before_its_noun_is_itself_not_the_agency_named_before():
    found = mentions("Headline\n\nA bomb went off, the official Xinhua news agency said. Another went off, the Kestrelux news "
                     "agency reported, and the Interfax news agency agreed.")
    assert [(t, a, k) for t, a, k, _ in found] == [("Xinhua", "XINHUA", "NAME"), ("Kestrelux", "KESTRELUX", "NAME"),
                                                 ("Interfax", "INTERFAX", "NAME")]


def test_a_hyphenated_adjective_may_come_between_the_and_a_named_agency():
    found = named("Headline\n\nPrime Minister Ana Ruiz told the state-owned Kestrelux news agency that she had won.")
    assert ("Kestrelux", "KESTRELUX") in found


def test_a_title_in_quote_marks_names_nobody_but_a_name_or_a_list_in_them_still_does():
    found = named('Headline\n\nThe ministers met under the theme "Building and Sustaining Kestrel Prosperity," Ana Ruiz said. '
                  'Tom Dorv agreed. She praised "The Making of Tom Dorv" and the chant "Ruiz, Dorv and the Kestrel Forever".')
    assert not any("Sustaining" in t or "Prosperity" in t for t, _ in found)
    assert [t for t, a in found if a == "tom_dorv"] == ["Tom Dorv", "Tom Dorv", "Dorv"]
    assert [t for t, a in found if a == "ana_ruiz" and t != "She"] == ["Ana Ruiz", "Ruiz"]


def test_a_town_after_lost_to_or_at_home_to_is_its_club_in_a_sports_report():
    found = named("Headline\n\nKestrelia beat Heronsby 2-1 and York drew 1-1. Dorvale lost to Merrowby 1-0 at home. "
                  "Ibisham won 3-0 at home to Pellham.")
    assert [t for t, a in found if a in ("MERROWBY", "PELLHAM")] == ["Merrowby", "Pellham"]
