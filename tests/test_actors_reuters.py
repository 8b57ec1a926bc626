"""Rounds 67 to 69 (read CoNLL-2003's Reuters sets ra-rf): sports clubs named by a place and a plural nickname,
names shouted in a headline in capitals, a region of a country, companies named with a country, acronyms of
things, and places' names as surnames (invented sentences)."""

from conftest import mention_rows


def mentions(text, published="1996-08-25"):
    return mention_rows("Headline\n\n" + text, ("text", "actor_id", "kind", "rule"), published=published, actors=None)


def named(text):
    return [(t, a) for t, a, *_ in mentions(text)]


def test_a_place_and_a_plural_nickname_are_one_club_and_the_nickname_alone_is_its_short_name():
    found = named("Ana Ruiz singled as the Chicago Kestrels beat the Toronto Blue Herons 3-2. The Kestrels won again.")
    assert ("Chicago Kestrels", "CHICAGO_KESTRELS") in found and ("Toronto Blue Herons", "TORONTO_BLUE_HERONS") in found
    assert ("Kestrels", "CHICAGO_KESTRELS") in found


def test_a_region_an_event_a_title_or_a_party_after_a_place_is_no_club():
    found = named("Storms hit the Florida Keys. Florida Sens. Ana Ruiz and Tom Lee met the Texas Democrats at the Iowa Caucus.")
    assert not any(a.startswith(("FLORIDA_", "IOWA_")) for _, a in found)


def test_a_club_before_a_word_for_its_people_is_a_modifier_and_a_surname_after_a_place_is_no_nickname():
    found = named("Chicago Kestrels owner Ana Ruiz spoke. Tom Sanders and a fellow New Hampshire Sanders voter came.")
    assert not any(a in ("CHICAGO_KESTRELS", "NEW_HAMPSHIRE_SANDERS") for _, a in found)


def test_a_discovered_name_is_found_in_a_shouted_headline_but_not_in_a_dateline_in_capitals():
    text = "BASEBALL - KESTRELS EDGE HERONS.\n\nJACKSON, Miss. 1996-08-25\n\nThe Chicago Kestrels beat the Atlanta Herons. Tom Jackson and Jackson Labs met."
    found = mentions(text.replace("Headline\n\n", ""))
    assert ("KESTRELS", "CHICAGO_KESTRELS") in [(t, a) for t, a, *_ in found] and ("HERONS", "ATLANTA_HERONS") in [(t, a) for t, a, *_ in found]
    assert not any(t == "JACKSON" for t, *_ in found)


def test_a_country_after_a_region_adjective_is_a_place_unless_it_modifies_a_noun():
    found = named("Jets bombed northern Iraq on Sunday, in regions like Southeastern Bulgaria. He praised the southern U.S. border guards.")
    assert ("Iraq", "IRQ") not in found and ("Bulgaria", "BGR") not in found and ("U.S.", "USA") in found


def test_a_country_before_a_company_head_and_a_plc_are_companies():
    found = named("Kenya Online and Osprey Peat Group Plc said on Monday they would merge. Osprey Peat gave no price.")
    assert ("Kenya Online", "KO") in found and not any(a == "KEN" for _, a in found)
    assert ("Osprey Peat Group Plc", "OPGP") in found and ("Osprey Peat", "OPGP") in found


def test_an_acronym_before_a_large_number_or_a_measure_or_spelled_out_in_lower_case_is_a_thing():
    found = named("The KPX 100 index rose and the KDX index fell. Osprey shut its crude distillation unit (CDU) in May. "
                  "The CDU would reopen, Ana Ruiz said. KBC 7 reported it.")
    assert not any(a in ("KPX", "KDX", "CDU") for _, a in found)
    assert ("KBC", "KBC") in found and ("Ana Ruiz", "ana_ruiz") in found  # a channel's number is no count
    assert ("CDU", "CDU") in named("The CDU won the vote in Saxony.")  # not spelled out: the party


def test_a_people_word_before_a_company_head_a_region_opening_a_run_and_a_place_named_after_a_person():
    found = named("One focus was Danish Airways, which rebounded. Northern Kestrelvaal centre Tomas Lee will play. "
                  "The plane landed at Omar Varga airport.")
    assert ("Danish Airways", "DA") in found and not any(a in ("DNK", "northern_kestrelvaal", "omar_varga") for _, a in found)


def test_an_italian_particle_joins_a_name_and_the_peoples_daily_is_an_outlet():
    found = named("Lawyer Tomas dal Kestro told the People's Daily he would appeal. Dal Kestro declined to comment. He was ousted from HQ.")
    assert ("Dal Kestro", "tomas_dal_kestro") in found and ("People's Daily", "PEOPLES_DAILY") in found
    assert not any(a == "HQ" for _, a in found)


def test_a_place_or_country_after_a_known_given_name_is_a_surname():
    found = named("Ana Jordan scored 30 points. -- Tom Boston, Oslo Newsroom. King Omar of Jordan met Ana Ruiz.")
    assert ("Ana Jordan", "ana_jordan") in found and ("Tom Boston", "tom_boston") in found
    assert ("Jordan", "JOR") in found  # after "of" the country stays the country


def test_an_organisation_of_a_titled_person_ends_before_the_title():
    found = named("Elections returned the Kestrel League of Prime Minister Ana Ruiz to power.")
    assert ("Kestrel League", "KL") in found and ("Prime Minister Ana Ruiz", "ana_ruiz") in found


def test_a_disease_named_after_a_person_and_a_people_in_the_old_spelling_are_no_people():
    found = named("She has Lou Kestrel's disease. Urdu-speaking Moslems marched. Prime Minister Omar wa Ruiz spoke.")
    assert [a for _, a in found] == ["omar_wa_ruiz"]


def test_a_country_before_daily_is_a_newspaper_and_big_cities_open_clubs():
    found = named("A commentary in the official Kenya Daily said so. The Houston Kestrels beat the Glasgow Herons.")
    assert ("Kenya Daily", "KD") in found  # a newspaper, an organisation (not a person called Kenya Daily)
    assert not any(a == "KEN" for _, a in found)
    assert ("Houston Kestrels", "HOUSTON_KESTRELS") in found and ("Glasgow Herons", "GLASGOW_HERONS") in found


def test_a_country_after_a_noun_of_land_and_of_or_after_fleeing_or_a_return_with_an_adverb_is_a_place():
    found = named("Ana Ruiz opened a tour of England. Refugees are returning voluntarily to Rwanda. "
                  "He fled Iran in 1981. The plane was diverted to Cyprus. The president of Mexico spoke.")
    assert [a for _, a in found if a.isupper()] == ["MEX"]  # "the president of Mexico" names the state


def test_a_country_before_an_events_name_is_no_state_and_an_airline_named_for_a_country_is_a_company():
    found = named("Ana Ruiz played her last U.S. Open, her tenth Grand Slam. Air France workers marched.")
    assert ("Air France", "AIR_FRANCE") in found and not any(a in ("USA", "FRA", "grand_slam") for _, a in found)


def test_a_name_right_after_a_noun_for_a_company_is_a_company():
    found = named("German retailer Kestrelmart is in talks. Kestrelmart declined to comment.")
    assert found.count(("Kestrelmart", "KESTRELMART")) == 2


def test_a_place_held_by_a_side_and_countries_one_returns_home_to_or_borders_are_places():
    found = named("Refugees marched to Serb-held Kestrograd. Kestrograd is near. Tom Lee withdrew and returned home to Russia. "
                  "Tajikistan, which borders Afghanistan and China, is poor.")
    assert not any(a in ("RUS", "AFG", "CHN") or "kestrograd" in a for _, a in found)


def test_a_name_with_a_generation_suffix_lends_no_short_name():
    found = named("He was shot by Tom Kestro Jr. in 1981. Jr was no name. Tom Kestro Sr. and Ana Lee spoke.")
    assert not any(t == "Jr" for t, _ in found)


def test_a_region_or_an_unknown_word_before_a_party_name_opens_another_party():
    found = named("The Kurdistan Democratic Party (KDP) said no. The Democratic Party met.")
    assert ("Kurdistan Democratic Party", "KDP") in found and ("KDP", "KDP") in found
    assert ("Democratic Party", "USA_DEMOCRATIC_PARTY") in found


def test_units_of_measure_a_faith_and_a_town_named_after_of_are_no_actors():
    found = named("Two 220 KV lines cut supply by 500 megawatts (MW). He had two RBI. The Roman Catholic nun prayed. "
                  "It happened north of the town of Mae Kestrel. Ana Ruiz spoke.")
    assert found == [("Ana Ruiz", "ana_ruiz")]


def test_a_club_never_spans_two_sentences_and_a_count_keeps_the_tables_acronyms():
    found = named("Storm hits Boston\n\nOspreys flew south. The KOP 2016 platform passed. The EU 750 billion euro fund grew. "
                  "Unit KDU No. 3 shut.")
    assert not any("OSPREYS" in a for _, a in found) and ("KOP", "KOP") in found and ("EU", "EU") in found
    assert not any(a == "KDU" for _, a in found)


def test_an_acronym_that_is_a_countrys_code_opens_its_own_organisation_and_south_lebanon_is_a_place():
    found = named("The African Football Confederation (CAF) fined the Central African Republic. Troops patrol south Lebanon. "
                  "The Lilac Kestrel Motel burned. He lowered his ERA. He won the Swiss Grand Prix on New Year's Day.")
    assert ("CAF", "AFRICAN_FOOTBALL_CONFEDERATION") in found and ("Central African Republic", "CAF") in found
    assert not any(a in ("LBN", "ERA") or a.startswith(("lilac", "grand", "new_year")) for _, a in found)


def test_a_people_word_a_series_and_a_disease_in_capitals_are_no_actors():
    found = named("The Spaniard won two Grand Slams and the World Series. Mad cow disease (BSE) spread. Ana Ruiz spoke.")
    assert found == [("Ana Ruiz", "ana_ruiz")]


def test_an_acronym_spelled_by_the_last_words_of_a_run_names_those_words_and_a_name_in_brackets_spells_an_acronym():
    found = named("Conservative New Kestrel (NK) won seats, Ana Ruiz said. NK said no. Talks with KHF (Kestrel Homeland and "
                  "Freedom) failed, KHF said. I filed my PFD (Personal Financial Disclosure) on time.")
    assert ("New Kestrel", "NK") in found and ("NK", "NK") in found
    assert ("Kestrel Homeland and Freedom", "KHF") in found and found.count(("KHF", "KHF")) == 2
    assert not any("conservative" in a or a == "PFD" or "financial" in a for _, a in found)


def test_a_newsroom_signing_off_is_the_news_organisation_told_in_the_story_or_one_newsroom_not_the_place():
    told = named("Talks failed, the minister told Reuters.\n\n-- Ana Ruiz, London Newsroom +44 171 542 7950\n")
    assert ("London Newsroom", "REUTERS") in told and not any(a == "GBR" for _, a in told)
    untold = named("Talks failed, Interfax said.\n\n-- Paris newsroom +331 4221 5432\n\nThe newsroom in Paris Newsroom Tower shut.")
    assert ("Paris newsroom", "NEWSROOM") in untold and [a for t, a in untold if "Tower" in t or a == "FRA"] == []


def test_in_a_sports_report_a_town_that_plays_and_a_bare_plural_nickname_are_clubs():
    found = named("Chicago beat Denver 2-0 in Chicago. Dallas drew 1-1 with the Boston Kestrels, and Boston won 3-2 "
                  "over the Herons. The Dow Jones average rose. Boston's Ana Ruiz won the Nunthorpe Stakes.")
    assert ("Chicago", "CHICAGO") in found and ("Denver", "DENVER") in found and found.count(("Chicago", "CHICAGO")) == 1
    assert ("Boston", "BOSTON_KESTRELS") in found and ("Herons", "HERONS") in found
    assert not any(a.startswith(("DOW", "NUNTHORPE")) for _, a in found)


def test_outside_a_sports_report_a_town_is_a_place_and_a_bare_plural_no_club():
    found = named("The council voted 5-4. Chicago beat Denver to the contract, the Herons said.")
    assert not any(a in ("CHICAGO", "DENVER", "HERONS") for _, a in found)


def test_a_former_state_a_dateline_paragraph_with_its_state_and_market_or_disease_acronyms_are_no_actors():
    found = named("Rain helps wheat.\n\nKESTREL CITY, Mo.\n\n1996-08-28\n\nAid flowed into former Yugoslavia. Loans are at LIBOR "
                  "plus one percent. Cows caught Bovine Spongiform Encephalopathy (BSE). NWE gas oil fell. Ana Ruiz spoke.")
    assert found == [("Ana Ruiz", "ana_ruiz")]


def test_in_a_sports_report_an_unknown_word_that_plays_is_a_club_but_a_given_name_or_a_players_surname_is_not():
    found = named("Ana Ruiz scored twice as Kestrelia beat Heronsby 2-1 in the league. Ruiz scored 6-3. Ospreyton drew 0-0 "
                  "against Ibisham. It was the season's first goal against Petr.")
    assert ("Kestrelia", "KESTRELIA") in found and ("Heronsby", "HERONSBY") in found and ("Ibisham", "IBISHAM") in found
    assert ("Ruiz", "ana_ruiz") in found and not any(a in ("PETR", "RUIZ") for _, a in found)


def test_prices_in_fractions_and_oil_wells_make_no_sports_report():
    shares = named("Kestrelcorp rose 1-1/8 to 48-1/4, Heronsby fell 2-3/8 and Ibisham gained 3-1/2.")
    wells = named("The Kestrel 10-23 well logged oil, the Heron 11-13 tested wet and the Ibis 2-25 flowed.")
    assert not any(a in ("HERONSBY", "IBISHAM", "KESTREL", "HERON", "IBIS") for _, a in shares + wells)


def test_wire_agencies_and_armed_movements_of_1996_are_listed():
    found = named("Itar-Tass news agency said Unita forces and the ECOMOG force pulled back.")
    assert found == [("Itar-Tass news agency", "TASS"), ("Unita", "UNITA"), ("ECOMOG", "ECOMOG")]


def test_a_peoples_plural_after_a_town_in_a_sports_report_is_a_nickname():
    found = named("Baseball roundup.\n\nThe Kestrel City Ospreys beat the Cleveland Indians 5-3. The Indians lost 4-2 and 6-1. "
                  "Indians in Cleveland cheered.")
    assert ("Cleveland Indians", "CLEVELAND_INDIANS") in found and ("Indians", "CLEVELAND_INDIANS") in found


def test_a_new_given_name_first_in_its_sentence_and_a_country_that_is_a_speakers_surname():
    found = named("Visit.\n\nPresident Tom Kestro visited his wife Kestra in hospital. Kestra Kestro had an operation. "
                  "Director Neil Jordan spoke. Jordan said it was fair. King Omar of Jordan met him.")
    assert ("Kestra Kestro", "kestra_kestro") in found and ("Jordan", "neil_jordan") in found and ("Jordan", "JOR") in found


def test_a_surname_alone_of_an_office_holder_near_their_terms_is_that_person_but_not_a_common_one():
    found = mentions("Merkel said no on Tuesday. Brown said yes. The Merkel Tower rose.", published="2003-05-01")
    assert [(t, a, rule) for t, a, _, rule in found if t == "Merkel"] == [("Merkel", "angela_merkel", "known_surname")]
    assert not any(a == "gordon_brown" for _, a, *_ in found)
    assert not any(a == "angela_merkel" for _, a, *_ in mentions("Merkel said no on Tuesday.", published="1980-05-01"))


def test_dates_prices_and_vote_tallies_make_no_sports_report():
    from helpers.actors.clubs import sports_report
    from helpers.actors.reader import reader_for

    assert not sports_report(reader_for("Shares won 1-1/8, lost 2-3/8 and gained 3-1/2 in a quiet session."))
    assert not sports_report(reader_for("Talks were held on 1996-08-28, 1996-08-29 and 1996-08-30, and Kestrelia won."))
    assert sports_report(reader_for("Leeds beat Hull 2-0, York drew 1-1 and Bath won 3-2."))
    found = named("The court ruled 5-4, the Senate 52-48 and the House 7-2 in a tight race. Boston's Mayor Ana Ruiz objected. "
                  "Protesters marched against Denver's plan.")
    assert not any(a in ("BOSTON", "DENVER") for _, a in found)


def test_a_players_play_a_newsrooms_initials_a_newsroom_inside_a_sentence_and_a_comma_pair_are_no_new_actors():
    sport = named("Kestrelia beat Heronsby 2-1, Ibisham drew 1-1 and Ospreyton won 3-0. Okonkwo scored twice and "
                  "Baptiste held on.")
    assert not any(a in ("OKONKWO", "BAPTISTE") for _, a in sport)
    desk = named("Prices fell.\n\nHK shares slid.\n\n-- Hong Kong Newsroom (852) 2843 6470\n")
    assert ("HK", "NEWSROOM") not in desk and ("Hong Kong Newsroom", "NEWSROOM") in desk
    guardian = named("Ana Ruiz now runs the Guardian newsroom.\n\nIMF, World Bank\n\nA former U.S. and NATO commander spoke.")
    assert {"GUARDIAN", "WORLD_BANK", "USA", "NATO"} <= {a for _, a in guardian} and ("Guardian newsroom", "NEWSROOM") not in guardian


def test_the_taleban_and_the_red_crescent_are_listed_under_their_wire_spellings():
    found = named("A Taleban fighter handed them to the International Red Crescent.")
    assert ("Taleban", "TALIBAN") in found and ("International Red Crescent", "IFRC") in found
