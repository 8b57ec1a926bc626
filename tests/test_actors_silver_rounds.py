"""Rounds 99 to 124 of issue 10 (read TempEval-3's silver AFP and Xinhua news, sets oh-on, ph-pn, lh-ln, mh-mn, ih-in,
fh-fn, oo-ou, po-pu, lo-lu, mo-mu, no-nu, io-iu, fo-fu, qi-qo, qp-qv, sg-sm, sn-st, vi-vo, vp-vv, wi-wo, wp-wv, xi-xo, xp-xv, yi-yo, yp-yv, zi-zo and zp-zv): one test per rule, on invented sentences; real names only where the test is
about a table of real names (clubs, parties, agencies, companies).

Round 99: organisations joined by "on", a plural's possessive inside a name, banks named in one word, the firms
analysts speak for, portfolios and holidays that are no party, events named after a plural, the football clubs of a
sports report. Round 100: a club's nickname before "and coach", the last word of a name written family name first,
clubs after "side", acronyms of things, a standfirst that is a sentence full of names, an office's field before its
title. Round 101: religious words, regnal numbers, "the North", a maker's model or an index's number. Rounds 102 and
103: a country's possessive before a company's legal name, "Bank of … Ltd", linking adverbs and "-born" before a
name, pageant titles, the NBA's teams, MPs and Airbus.
"""

from conftest import mention_rows


def mentions(text, published="2006-11-25"):
    return mention_rows(text, ("text", "actor_id", "kind", "rule"), published=published, actors=None)


def named(text):
    return [(t, a) for t, a, *_ in mentions(text)]


def test_on_joins_a_head_word_to_the_rest_of_a_name_but_never_to_a_day():
    found = named("Headline\n\nThe Kestrel Council on Harbour Affairs met. The Council on Tuesday voted.")
    texts = [t for t, _ in found]
    assert "Kestrel Council on Harbour Affairs" in texts
    assert not any("Tuesday" in t for t in texts)


def test_a_plurals_possessive_after_a_title_word_is_no_persons_name():
    found = mentions("Headline\n\nThe General People's Congress of Kestrelia won. Its chairman spoke.")
    assert not any(t.startswith("General People") for t, *_ in found)
    assert any("People's Congress" in t for t, *_ in found)


def test_one_word_ending_in_bank_names_a_bank():
    found = named("Headline\n\nThe Kestrelbank expects growth of two percent, Ana Ruiz said.")
    assert ("Kestrelbank", "KESTRELBANK") in found


def test_the_run_after_at_that_follows_an_analyst_or_a_speaker_is_a_firm():
    found = mentions('Headline\n\nPrices fell, said analysts at Kestrel Dorvane. "It was expected," said Ana Ruiz at '
                     "Heron Mercer. But Tom Lee at Ibis Pellworth said the report was skewed.")
    orgs = [t for t, a, kind, _ in found if a.isupper() and kind == "NAME"]
    assert orgs == ["Kestrel Dorvane", "Heron Mercer", "Ibis Pellworth"]


def test_a_portfolio_and_a_holiday_are_no_party_but_the_party_acting_is():
    found = named("Headline\n\nAna Ruiz, Minister for Labour, spoke before the Labour Day weekend. The Labour "
                  "and Social Welfare Minister agreed. Labour won the vote in Kestrelshire.")
    assert [t for t, a in found if a == "GBR_LABOUR_PARTY"] == ["Labour"]


def test_an_event_named_after_a_plural_is_no_actor():
    found = named("Headline\n\nLeaders met at the 14th KEC (Kestrel Economic Cooperation) Economic Leaders' Meeting.")
    assert not any("Leaders" in t for t, _ in found)


def test_an_age_opens_no_name():
    found = named("Headline\n\nFive-year-old Ana Ruiz won the prize.")
    assert ("Ana Ruiz", "ana_ruiz") in found and not any("year" in t for t, _ in found)


def test_a_listed_club_is_found_in_a_sports_report_with_one_score_and_its_short_names_follow():
    found = named("Headline\n\nMiddlesbrough drew 2-2 with visiting West Brom on Sunday. The striker scored a penalty "
                  "before the keeper saved. Boro led at half-time.")
    assert [t for t, a in found if a == "MIDDLESBROUGH"] == ["Middlesbrough", "Boro"]
    assert [t for t, a in found if a == "WEST_BROM"] == ["West Brom"]


def test_a_listed_club_is_no_club_outside_a_sports_report_or_inside_a_longer_name():
    assert not any(a == "MIDDLESBROUGH" for _, a in named("Headline\n\nAna Ruiz moved to Middlesbrough in 2004."))
    found = named("Headline\n\nCardiff drew 2-2 in the Celtic League. The flanker missed a penalty before the keeper saved.")
    assert not any(a == "CELTIC" for _, a in found)


def test_a_preposition_opening_a_sentence_opens_no_name():
    found = named("Headline\n\nRegarding Kestrel reconstruction Dino said the work would go on. Following Mbeza's visit, "
                  "talks began.")
    assert not any(t.startswith(("Regarding", "Following")) for t, _ in found)
    assert ("Dino", "dino") in found


def test_a_place_and_a_nickname_before_and_coach_is_a_club():
    found = named("Headline\n\nThe Boston Herons and coach Ana Ruiz reached a deal on Monday. The Herons won.")
    assert [t for t, a in found if a == "BOSTON_HERONS"] == ["Boston Herons", "Herons"]
    assert ("coach Ana Ruiz", "ana_ruiz") in found


def test_the_last_word_of_a_name_read_family_name_first_names_the_person_too():
    found = named("Headline\n\nForeign Minister Wang Kestrelson met officials on Monday. Kestrelson said the talks went well.")
    people = {a for _, a in found if a.islower()}
    assert len(people) == 1 and [t for t, _ in found][-1] == "Kestrelson"


def test_the_name_after_a_demonym_and_side_is_a_club():
    found = named("Headline\n\nKestrelian side Dorvale signed Ana Ruiz on Monday. Dorvale lie tenth in the league.")
    assert [t for t, a in found if a == "DORVALE"] == ["Dorvale", "Dorvale"]


def test_acronyms_of_things_are_no_actors():
    found = named("Headline\n\nAn MRI scan showed the damage, Ana Ruiz said. The MOU was signed by Kestrelia.")
    assert not any(t in ("MRI", "MOU") for t, _ in found)


def test_a_standfirst_that_is_a_sentence_full_of_names_keeps_its_names():
    found = named("Lee named Tomas Medina Ruiz as Attorney General, Genaro Garcia Lopez as Public Security Minister and "
                  "Eva Lopez as Navy Minister.\n\nThe four will take office on Monday, Lee said.")  # under a headline: a standfirst
    assert {"tomas_medina_ruiz", "genaro_garcia_lopez", "eva_lopez"} <= {a for _, a in found}


def test_an_offices_field_before_its_title_names_no_one():
    found = named("Headline\n\nTom Lee named Ana Ruiz as Public Security Minister on Monday.")
    assert not any("Security" in t and "Minister" not in t for t, _ in found)
    assert ("Ana Ruiz", "ana_ruiz") in found


def test_scotland_yard_is_the_london_police_not_scotland():
    found = named("Headline\n\nThe man has been interviewed by Scotland Yard detectives, Ana Ruiz said.")
    assert ("Scotland Yard", "GBR_MET_POLICE") in found and not any(a == "SCT" for _, a in found)


def test_islamic_and_islamists_name_no_person():
    found = named("Headline\n\nA powerful Islamic movement seized Kestrelburg. The Islamists said Islamic courts ruled.")
    assert not any(a.startswith(("islamic", "islamists")) for _, a in found)


def test_a_regnal_number_after_a_given_name_is_part_of_the_name_but_no_middle_initial():
    found = named("Headline\n\nSince becoming pope, Benedict XVI has met Ana Ruiz. Vladimir V. Kestrov spoke.")
    assert ("Benedict XVI", "benedict_xvi") in found
    assert ("Vladimir V. Kestrov", "vladimir_v_kestrov") in found or any(t.startswith("Vladimir V.") for t, _ in found)


def test_the_north_is_north_korea_when_the_article_names_it():
    found = named("Headline\n\nNorth Korea staged a test, and talks resumed months after the North walked out.")
    assert [t for t, a in found if a == "PRK"] == ["North Korea", "North"]
    assert not any(a == "PRK" for _, a in named("Headline\n\nThe North won the match against the South, Ana Ruiz said."))


def test_a_makers_name_before_a_model_or_an_index_number_is_no_mention_but_before_an_amount_it_is():
    found = named("Headline\n\nA Boeing 737 chartered by Kestrel Aid landed. The EU 750 billion euro fund grew.")
    assert not any(a == "BOEING" for _, a in found) and ("EU", "EU") in found


def test_wire_agencies_and_the_greens_are_known():
    found = named("Headline\n\nThe Greens, now in opposition, objected, the IRNA news agency said, citing KCNA.")
    assert {"GREENS", "IRNA", "KCNA"} <= {a for _, a in found}


def test_a_countrys_possessive_is_no_part_of_a_companys_name_and_its_short_name_follows():
    found = named("Headline\n\nAustralia's Kestrel Banking Corp. announced a bid. Kestrel has valued the group.")
    assert ("Kestrel Banking Corp", "KBC") in found and ("Kestrel", "KBC") in found


def test_a_bank_of_a_place_with_its_legal_form_is_one_company():
    found = named("Headline\n\nIt will merge with the regional Bank of Kestrelburg Ltd (BKL), Ana Ruiz said.")
    assert ("Bank of Kestrelburg Ltd", "BKL") in found


def test_a_linking_adverb_and_a_birthplace_open_no_name():
    found = named("Headline\n\nHowever Dorvini said the force would stay. Police hunted Tomas Dorv Kesto. Kestrelian-born "
                  "Dorv fled.")
    assert not any(t.startswith(("However", "Kestrelian-born")) for t, _ in found)


def test_a_country_after_miss_is_a_pageant_title_not_the_country():
    found = named("Headline\n\nRunner-up was Miss Kenya Ana Ruiz, and Kenya's minister praised her.")
    assert [t for t, a in found if a == "KEN"] == ["Kenya"]


def test_an_nba_nickname_alone_is_its_team_in_a_sports_report():
    found = named("Headline\n\nThe Heat beat the Knicks 102-95 on Friday, with Ana Ruiz scoring from a rebound and "
                  "the Lakers losing 99-88. The guard hit a jump shot before half-time.")
    assert {"MIAMI_HEAT", "NEW_YORK_KNICKS", "LOS_ANGELES_LAKERS"} <= {a for _, a in found}


def test_round_103_an_mp_is_no_actor_and_airbus_is_a_company():
    found = named("Headline\n\nAn elected MP of the Kestrel League was jailed. Airbus had been a strong competitor, "
                  "Ana Ruiz said.")
    assert not any(t == "MP" for t, _ in found) and ("Airbus", "AIRBUS") in found


# Round 104 (read sets no-nu): a people's adjective before "champions", a backer before a front, the words before
# "of" in an organisation's name, and short forms that other names share.

def test_a_peoples_adjective_before_a_lower_case_word_ends_no_persons_name():
    found = named("Headline\n\nThree-time Asian champions Kestrelia drew. Former European champions Ospreyland lost.")
    assert not any("Asian" in t or "European" in t for t, _ in found)


def test_a_backer_before_a_front_is_no_part_of_its_name_and_the_first_word_stands_alone():
    found = named("Headline\n\nThe plan is opposed by the Kestrel-backed Dorvane Liberation Front. Dorvane rejects it.")
    fronts = [(t, a) for t, a in found if "Dorvane" in t]
    assert [t for t, _ in fronts] == ["Dorvane Liberation Front", "Dorvane"]
    assert len({a for _, a in fronts}) == 1


def test_a_word_that_opens_many_names_is_no_short_form():
    found = named("Headline\n\nThe National University said so. The National Assembly voted on Friday.")
    assert [t for t, _ in found] == ["National University", "National Assembly"]


def test_the_words_before_of_are_the_short_name_unless_another_name_shares_them():
    found = named("Headline\n\nThe World Council of Kestrel Churches met. The World Council said no. The Acoustical "
                  "Society of Dorvania and the Acoustical Society of Ospreyland met.")
    council = {a for t, a in found if "World Council" in t}
    societies = {a for t, a in found if "Acoustical Society" in t}
    assert len(council) == 1 and len(societies) == 2


def test_a_front_whose_first_word_opens_another_name_keeps_it():
    found = named("Headline\n\nThe Dorvane Islamic Front (DIF) met. The DIF split from the Dorvane People's Front.")
    assert not any(t == "Dorvane" for t, _ in found)


# Round 105 (read sets io-iu): a country's body, an acronym spelled through a country's name, regions' adjectives,
# an acronym at a sentence's start, head words for bodies and places, and a head word alone.

def test_a_countrys_name_opens_the_name_of_its_airline_or_study_group():
    found = named("Headline\n\nThe protection it has got from Singapore Airlines helps. The Kestrelia Study Group said so. "
                  "Kestrelia said no.")
    assert [t for t, _ in found] == ["Singapore Airlines", "Kestrelia Study Group", "Kestrelia"]


def test_an_acronym_in_brackets_joins_the_words_it_spells_across_a_countrys_name():
    found = named("Headline\n\nShe spoke to Radio Television Malaysia (RTM). RTM said no.")
    assert found[0][0] == "Radio Television Malaysia" and len({a for _, a in found}) == 1


def test_a_regions_adjective_is_no_countrys():
    found = mentions("Headline\n\nSouth American leaders met Latin American ministers. American troops left.")
    assert [(t, a, kind) for t, a, kind, _ in found] == [("American", "USA", "ADJECTIVE")]
    assert found[0][0] == "American" and "troops" not in found[0][0]


def test_an_acronym_opening_a_sentence_is_no_common_word_the_article_writes():
    found = named('Headline\n\nUS officials met on Tuesday.\n\nUS officials said so. "Tell us," she said.')
    assert [t for t, _ in found] == ["US", "US"]


def test_a_community_is_an_organisations_head_and_a_settlement_is_a_place():
    found = named("Headline\n\nThe Kestrel Community of Nations (KCN) met. The Kestrel Community said no. A woman died "
                  "near her settlement of Dorvane Adumim, they said.")
    assert {a for t, a in found if "Kestrel" in t or t == "KCN"} == {"KCN"}
    assert not any("Dorvane" in t for t, _ in found)


def test_a_head_word_alone_after_the_is_the_one_organisation_it_ends():
    found = named("Headline\n\nThe Kestrel United Front won. Parties shun the Front. The Forum on Kestrel Trade met.")
    assert [t for t, a in found if a == found[0][1]] == ["Kestrel United Front", "Front"]
    found = named("Headline\n\nThe Kestrel Front and the Dorvane Front met. The Front said no.")
    assert "Front" not in [t for t, _ in found]


# Round 106 (read sets fo-fu): long acronyms, a short title as a name's part, initials opening a name, "Ma" as a
# name, a capital's body, a broadcaster's "TV", a match report without three scores, and an index named after a place.

def test_a_long_acronym_after_the_is_an_organisation_but_a_shouted_word_is_not():
    found = named('Headline\n\nLeaders of the KESTRELEC met. "He is getting NOTHING back," the paper wrote.')
    assert [t for t, _ in found] == ["KESTRELEC"]


def test_a_short_title_without_its_point_after_a_name_word_is_part_of_the_name():
    found = mentions("Headline\n\nThey met Dorv Sen, the prime minister. Dorv Sen said so. Sen. Ana Ruiz agreed.")
    assert [t for t, _, kind, _ in found if kind in ("NAME", "TITLE_NAME")] == ["Dorv Sen", "Dorv Sen", "Sen. Ana Ruiz"]


def test_joined_initials_open_a_name_but_not_a_states_nor_a_portfolio():
    found = named('Headline\n\n"It is big," said T.R. Kestrelan, bureau chief. A firm in Lodi, N.J. Harmony said so. '
                  "K.D. Forests Minister Ana Ruiz spoke.")
    assert ("T.R. Kestrelan", "t_r_kestrelan") in found
    assert not any(t.startswith(("N.J.", "K.D.")) for t, _ in found)


def test_ma_is_a_family_name_not_a_stop_word():
    found = named("Headline\n\nAt the fair, Ma Dorvane, vice-minister of trade, spoke. Ma said trade would grow.")
    assert [a for _, a in found] == ["ma_dorvane", "ma_dorvane"]


def test_a_capitals_corporation_and_a_broadcasters_tv_are_organisations():
    found = named("Headline\n\nThe Beijing Public Transportation Corporation is ready. Kestrel TV reported it.")
    assert [t for t, _ in found] == ["Beijing Public Transportation Corporation", "Kestrel TV"]


def test_one_score_and_two_words_of_football_make_a_match_report():
    found = named("Headline\n\nArsenal thrashed Liverpool 3-0 at home. Arsenal led from kick-off and were never offside.")
    assert [a for _, a in found] == ["ARSENAL", "LIVERPOOL_FC", "ARSENAL"]


def test_a_run_before_index_names_a_market_index_not_a_person():
    assert named("Headline\n\nThe Dorv Kestrel index slipped 2.9 percent on Tuesday.") == []


# Round 107 (read sets qi-qo): borders, what a state sends "from", a kin's name set off by commas, places a people's
# word opens, a company's legal form alone, and cities.

def test_a_country_on_one_side_of_a_border_is_a_place():
    found = named("Headline\n\nChile's border with Peru was settled. The border area between Gaza and Egypt opened. "
                  "Talks with Egypt ended.")
    assert [t for t, _ in found] == ["Chile", "Egypt"]


def test_a_country_that_sends_pressure_or_complaints_is_the_state_not_a_place():
    found = named("Headline\n\nHe resisted enormous pressure from Syria. Refugees came from Syria. It got complaints "
                  "from Lebanon.")
    assert [t for t, _ in found] == ["Syria", "Lebanon"]


def test_a_name_word_set_off_by_commas_after_a_kin_noun_is_a_person():
    found = named("Headline\n\nThe singer came with his second wife, Kestrela, the painter. Kestrela spoke.")
    assert [a for t, a in found if t == "Kestrela"] == ["kestrela", "kestrela"]


def test_a_peoples_word_before_a_place_head_opens_a_place_not_an_organisation():
    found = named("Headline\n\nThe plant on the Balkan Peninsula works. Helicopters fired on a funeral in Kestrel City.")
    assert found == []


def test_a_companys_legal_form_alone_is_no_person():
    found = named("Headline\n\nDuring the tour, Wen visited Kestrelzhen Co. Ltd, a name brand toothpaste producer, Dorvane "
                  "Tech Machinery Co. Ltd and Ibis Motors Co. Ltd in Liuzhou.")
    assert not any(t == "Ltd" for t, _ in found)


# Round 108 (read sets qp-qv): "do" inside a Portuguese name, plural heads, and bodies news names often.

def test_do_between_name_words_is_a_particle_of_the_name():
    found = named("Headline\n\nPrime Minister Maria do Kestrel Silveira said so. Why do Kestrelians care?")
    assert found[0] == ("Prime Minister Maria do Kestrel Silveira", "maria_do_kestrel_silveira")


def test_a_plural_head_ends_an_organisations_name():
    found = named("Headline\n\nHe was a member of the Popular Kestrel Committees, an umbrella group. The Dorvane "
                  "Martyrs Brigades said so.")
    assert [t for t, _ in found] == ["Popular Kestrel Committees", "Dorvane Martyrs Brigades"]


def test_the_us_commerce_department_and_the_yugoslavia_tribunal_are_known_bodies():
    found = named("Headline\n\nThe US Department of Commerce ruled. The International Criminal Tribunal for the Former "
                  "Yugoslavia extended the order.")
    assert [a for _, a in found] == ["USA_COMMERCE_DEPT", "ICTY"]


# Round 109 (read sets sg-sm): a sea's or gulf's country, the Palestinian territories, dioceses, a backer before a
# known name.

def test_a_country_in_a_gulfs_or_seas_name_is_a_place():
    assert named("Headline\n\nDrilling in the Gulf of Mexico stopped, and the Bay of Kestrel froze.") == []


def test_the_palestinian_territories_are_a_place():
    found = named("Headline\n\nLeaders of Egypt and the Palestinian territories met. Palestine said yes.")
    assert [t for t, _ in found] == ["Egypt", "Palestine"]


def test_an_archdiocese_is_an_organisation():
    found = named("Headline\n\nThe Kestrel Archdiocese filed for bankruptcy protection in 2004.")
    assert [t for t, _ in found] == ["Kestrel Archdiocese"]


def test_a_backer_before_a_known_name_makes_no_new_organisation():
    found = named("Headline\n\nThe Cairo-based Arab League said on Thursday it would act.")
    assert [a for _, a in found] == ["ARAB_LEAGUE"]


# Round 110 (read sets sn-st): a people's adjective opening a newspaper's or agency's name is no short name of it.

def test_a_peoples_adjective_opening_an_agencys_name_is_no_short_name():
    found = named("Headline\n\nTalks on the Korean peninsula resumed, the Korean Central News Agency said.")
    assert [t for t, _ in found] == ["Korean Central News Agency"]


# Round 111 (read sets vi-vo): regions news names often, and the Premier League.

def test_a_province_or_state_that_news_names_often_is_a_place_not_a_person():
    found = named("Headline\n\nThe rebels seek an independent Irian Jaya. Central Irian Jaya is mostly jungle. Mayor "
                  "Ana Ruiz of Mar del Plata was hurt.")
    assert [t for t, _ in found] == ["Mayor Ana Ruiz"]


def test_the_premier_league_is_an_organisation_not_a_premiers_title():
    found = named("Headline\n\nThe European Commission welcomed new commitments from the Premier League on Thursday.")
    assert ("Premier League", "PREMIER_LEAGUE") in found


# Round 112 (read sets vp-vv): nicknames in quote marks, plural titles, the opening of a longer title, a place's name
# after "the city of", cricket's Tests, a former state and newspapers named after their country.

def test_a_nickname_in_quote_marks_stays_inside_the_persons_name():
    found = mentions('Headline\n\nThe newly elected president, Ana "Nina\'\' Kestrelova, spoke. Kestrelova said no.')
    assert [t for t, _, kind, _ in found if kind in ("NAME", "TITLE_NAME")] == ['Ana "Nina\'\' Kestrelova', "Kestrelova"]
    assert len({a for _, a, _, _ in found}) == 1  # the apposed description too


def test_a_quoted_word_between_two_words_that_open_no_name_is_no_nickname():
    found = named("Headline\n\n9:38PMKestrel 'Beauty' Joke/ Flag\n\nThe vote was held on Monday.")
    assert not any("Beauty" in t for t, _ in found)


def test_a_plural_title_goes_to_the_first_name_of_its_list():
    found = mentions("Headline\n\nGuests were Presidents Tom Kestrel of Portugal and Ana Ruiz of Angola. Kestrel spoke.")
    assert ("Presidents Tom Kestrel", "tom_kestrel", "TITLE_NAME", "title_name") in found
    assert ("Kestrel", "tom_kestrel", "NAME", "surname_after_full_name") in found


def test_the_opening_of_a_longer_title_is_no_persons_name():
    found = named("Headline\n\nDeputy Prime Minister and Finance Minister Tom Kestrel said the baht was strong.")
    assert [t for t, _ in found] == ["Finance Minister Tom Kestrel"]


def test_a_word_after_a_noun_of_place_and_of_is_a_place_even_before_said():
    found = named("Headline\n\nSources in the Pakistani city of Kestrelabad said they had arrested a man.")
    assert not any(t == "Kestrelabad" for t, _ in found)


def test_crickets_tests_are_matches_not_people():
    found = mentions("Headline\n\nTom Kestrel will miss the last two Ashes Tests. He returns after the Tests. Ana Ruiz "
                     "played in the Melbourne and Sydney Tests.")
    assert [t for t, _, kind, _ in found if kind != "PRONOUN"] == ["Tom Kestrel", "Ana Ruiz"]


def test_serbia_and_montenegro_is_one_former_state():
    found = named("Headline\n\nThe court urged Serbia-Montenegro to arrest him. Serbia and Montenegro said no.")
    assert found == [("Serbia-Montenegro", "SCG"), ("Serbia and Montenegro", "SCG")]


def test_a_newspaper_named_after_its_country_is_the_newspaper():
    found = named("Headline\n\nThe clinic opened, the New Light of Myanmar said. The Zimbabwe Independent quoted a doctor.")
    assert found == [("New Light of Myanmar", "NEW_LIGHT_OF_MYANMAR"), ("Zimbabwe Independent", "ZIMBABWE_INDEPENDENT")]


# Round 113 (read sets wi-wo): military commands, portfolios with commas, a country before a word of place, peoples'
# words opening an organisation's name, and China's state television.

def test_a_military_command_is_an_organisation():
    found = named("Headline\n\nGeneral Tom Kestrel, commander of the Harbour Ridge Military Command, said so.")
    assert "Harbour Ridge Military Command" in [t for t, _ in found]


def test_a_portfolio_of_several_words_and_commas_stays_inside_the_title():
    found = named("Headline\n\nTom Kestrel, Kestrelia's minister for Environment and Natural Resources, spoke. Minister for "
                  "Information, Communications and the Arts Ana Ruiz said the sector grew.")
    texts = [t for t, _ in found]
    assert "Natural Resources" not in texts
    assert "Minister for Information, Communications and the Arts Ana Ruiz" in texts


def test_a_country_before_a_capitalised_word_of_place_names_a_place():
    found = named("Headline\n\nGunmen attacked pipelines in the volatile Niger Delta. Niger said it would help.")
    assert [t for t, _ in found] == ["Niger"]


def test_a_peoples_word_opening_a_university_is_no_short_form_of_it():
    found = named("Headline\n\nJobs for Tibetan graduates are scarce, said Tibetan University graduate Ana Ruiz.")
    assert [t for t, _ in found] == ["Tibetan University", "Ana Ruiz"]


def test_chinas_state_television_is_one_organisation_in_both_orders():
    found = named("Headline\n\nChina Central Television will broadcast the film. The fourth channel of CCTV (China Central "
                  "Television) airs it.")
    assert {a for _, a in found} == {"CCTV"}


# Round 114 (read sets wp-wv): countries as places after more words of motion, the second part of a hyphenated surname,
# a known name opening a party's name, an acronym before the thing it spells, and Cambodia's royalist party.

def test_a_country_is_a_place_after_out_of_the_rest_of_a_mission_and_a_tour_that_takes_someone():
    found = named("Headline\n\nWe can get out of Chad now. The tour will take him to Mali. He heads the mission to "
                  "Niger. Rebels hold the rest of Chad. He hides in neighbouring Mali.")
    assert found == []


def test_a_country_after_neighbouring_and_no_word_of_place_stays_the_state():
    found = named("Headline\n\nThe court urged neighbouring Mali to arrest him.")
    assert found == [("Mali", "MLI")]


def test_the_second_part_of_a_hyphenated_surname_names_the_person():
    found = named("Headline\n\nPresident Ana Kestrel-Ruiz is weak, officials said. Ruiz agreed to hold elections.")
    assert [a for _, a in found] == ["ana_kestrel_ruiz", "ana_kestrel_ruiz"]


def test_a_known_persons_name_opening_a_partys_name_is_the_party():
    found = named("Headline\n\nPrince Vorodan Kestrel said so. The Vorodan Kestrel Party would care about it.")
    assert ("Vorodan Kestrel Party", "VKP") in found


def test_an_acronym_before_the_name_of_a_thing_it_spells_is_no_organisation():
    found = named("Headline\n\nVoters did not accept GST (Goods and Sales Tax) as the main option. A GST was needed.")
    assert found == []


# Round 115 (read sets, all): a union of states' possessive is an adjective, like a country's; a word joined to a
# lower-case word by a hyphen names no company.

def test_the_possessive_of_a_union_of_states_is_an_adjective_but_an_agencys_stays_a_name():
    found = [(t, k) for t, _, k, _ in mentions("Headline\n\nThe EU's stance is firm. ASEAN's leaders met. Interpol's "
                                               "chief came.")]
    assert found == [("EU", "ADJECTIVE"), ("ASEAN", "ADJECTIVE"), ("Interpol", "NAME")]


def test_a_word_joined_to_a_lower_case_word_is_no_company_in_a_list():
    found = named("Headline\n\nA wholly foreign-funded bank or Kestrel-foreign joint venture bank shall comply.")
    assert found == []


# Round 116 (read sets xi-xo): China's legislature and party bodies, Sudan's rebel army, "-majority" modifiers and a
# place named before "state" or "stronghold".

def test_chinas_legislature_and_party_bodies_and_sudans_rebel_army_are_their_own_organisations():
    found = named("Headline\n\nTom Lee, vice chairman of the Standing Committee of the National People's Congress, spoke. "
                  "The Central Committee of the Communist Party of China met. Rebels hit the Sudan People's Liberation Army.")
    assert [a for _, a in found] == ["tom_lee", "CHN_NPCSC", "CHN_CPC_CC", "SPLA"]


def test_a_majority_modifier_opens_no_organisations_name():
    found = named("Headline\n\nFights erupted in several Sunni Muslim-majority neighbourhoods on Sunday.")
    assert found == []


def test_a_run_before_state_is_a_place_not_a_person():
    found = named("Headline\n\nThe rebels attacked a town in south Sudan's Bahrel Kestrel state last week.")
    assert [t for t, _ in found] == ["Sudan"]


# Round 117 (read sets xp-xv): "one China", more words of motion, declarations and influenza, seminaries, territories
# that are places, and a ship's "MV".

def test_one_country_of_a_doctrine_is_no_state():
    found = named("Headline\n\nWashington would stick to its 'one China' policy. It backs the one China principle. China said so.")
    assert found == [("Washington", "USA"), ("China", "CHN")]


def test_a_country_a_disease_spread_to_is_a_place():
    found = named("Headline\n\nThe disease has spread to Russia, Kazakhstan and Mongolia.")
    assert found == []


def test_a_declaration_and_a_ships_prefix_name_no_actor():
    found = named("Headline\n\nHe evoked the 1984 Joint Declaration. Kestrelia opened a route with its vessel MV Forkus.")
    assert found == []


# Round 118 (read sets yi-yo): goals, plans, indexes and games are things; a second town after "the towns of … and".

def test_goals_plans_and_indexes_are_things_not_actors():
    found = named("Headline\n\nMinisters reaffirmed the Kestrel Goals. The ministers agreed that Individual Action Plans "
                  "(IAPs) were key. Journals are cited by the Kestrel Citation Index (KCI).")
    assert found == []


def test_both_names_after_the_towns_of_are_places():
    found = named("Headline\n\nMilitants were seen between the towns of Kestrel Pines and Deir el-Kestrel on Monday.")
    assert found == []


def test_a_name_after_a_place_and_a_comma_stays_a_person():
    found = named("Headline\n\nOn a tour of the island of Kestrelia, Tom Lee, a member of the committee, spoke.")
    assert [t for t, _ in found] == ["Tom Lee"]


# Round 119 (read sets, all): more words that end a place's or a thing's name.

def test_zones_prefectures_and_dams_are_places_and_cups_and_covenants_things():
    found = named("Headline\n\nIt was done at a plant in Kestrelmura, Kestrel Prefecture, northeast of Tokyo. Kestrel Zone is "
                  "quiet. Kestrel Dam burst on Monday. Kestrel Masters began. Kestrel Covenant said.")
    assert found == []


# Round 120 (read sets yp-yv): a run with "of" in it names no person; an uprising's name and a session are no actors.

def test_a_run_with_of_names_no_person():
    found = named("Headline\n\nThe newly-appointed Chief of Defense Forces of Uganda has warned retired officers.")
    assert not any(a.islower() for _, a in found)


def test_an_uprisings_name_and_a_session_are_no_actors():
    found = named("Headline\n\nThe sect has ties to the 1950s Kestrel Kestrel uprising. Tom Lee briefed Ana Ruiz on the "
                  "recent Sixth Plenary Session.")
    assert [t for t, _ in found] == ["Tom Lee", "Ana Ruiz"]


# Round 121 (read sets zi-zo): a word written as a place after "the district of" is a place everywhere in the article;
# "USS" and "HMS" open ships' names.

def test_a_word_once_written_after_the_district_of_never_speaks_as_a_person():
    found = named("Headline\n\nPolice in the district of Kestrelo said Friday they had ordered churches to act. The police "
                  "chief in Central Java's Kestrelo told church officials to dig holes.")
    assert not any(t == "Kestrelo" for t, _ in found)


def test_a_ships_prefix_is_no_organisation():
    found = named("Headline\n\nThe USS Kestrel arrived on Wednesday. The HMS Heron left.")
    assert found == []


# Round 122 (read sets zp-zv): a hyphened modifier opening a sentence is no given name, the under secretaries'
# portfolios, the DMZ, and PDVSA.

def test_a_hyphened_modifier_opening_a_sentence_is_no_part_of_a_name():
    found = named("Headline\n\nPresident Kestrelo Sese Heron ruled for years. Cancer-stricken Kestrelo, 66, has clung on.")
    assert not any(t.startswith("Cancer") or "cancer" in a for t, a in found)


def test_an_under_secretarys_portfolio_names_no_person_but_an_association_stays_one():
    found = named("Headline\n\nTom Lee, the Undersecretary of State for Arms Control and International Security, met Ana "
                  "Ruiz, executive director of the Arms Control Association.")
    assert [t for t, _ in found] == ["Tom Lee", "Ana Ruiz", "Arms Control Association"]


def test_venezuelas_oil_company_is_no_state():
    found = named("Headline\n\nA firm owned by the state-run Petroleos de Venezuela (PDVSA) paid. A woman crossed the DMZ.")
    assert [a for _, a in found] == ["PDVSA", "PDVSA"]


# Round 123 (read sets, all): "the Conservatives", "the Communists": a party named by its members' plural.

def test_a_partys_plural_after_the_names_the_party_but_not_without_the():
    found = named("Headline\n\nThe Greens struck a pact with the Socialists on Wednesday, after one with the Communists. "
                  "Conservatives argued.")
    assert found == [("Greens", "GREENS"), ("Socialists", "SOCIALISTS"), ("Communists", "COMMUNISTS")]


# Round 124 (stop 32, read sets xk, xp, fa, pl): every name a byline lists is a person, after the words that say what
# the writers are, but never a title or an organisation the tables know.

def test_every_name_of_a_byline_is_a_person_after_what_the_writers_are():
    found = named("Headline\n\nBy sportswriters Ana Kestrel, Li Heron and Tom Wren\n\nOSLO, Nov. 12 -- Talks failed.")
    assert found == [("Ana Kestrel", "ana_kestrel"), ("Li Heron", "li_heron"), ("Tom Wren", "tom_wren")]


def test_a_bylines_title_and_agency_are_no_writers():
    found = named("Headline\n\nBy Ana Kestrel, Staff Writer\n\nBy Li Heron, Reuters\n\nTalks failed.")
    assert found == [("Ana Kestrel", "ana_kestrel"), ("Li Heron", "li_heron"), ("Reuters", "REUTERS")]


# Round 125 (stop 32, fresh batch ai-ao read): newspapers named by one word after "the", and by a noun for a medium
# before or after their name.

def test_a_newspapers_one_word_name_after_the_is_a_newspaper_but_not_the_start_of_a_longer_name():
    found = named("Headline\n\nA survey for The Times on Thursday showed a lead. Ana Ruiz told the Guardian she would "
                  "stay. The Observer Kestrel Fund gave nothing.")
    assert found[:3] == [("Times", "TIMES"), ("Ana Ruiz", "ana_ruiz"), ("Guardian", "GUARDIAN")]
    assert not any(a == "OBSERVER" for _, a in found)


def test_a_journal_a_television_and_a_website_name_what_follows_or_precedes_them():
    found = named("Headline\n\nThe study appeared in the journal Kestrelscience. Ana Ruiz spoke to local television "
                  "Telekestrel. The Heronnet news website quoted the minister.")
    assert [t for t, _ in found] == ["Kestrelscience", "Ana Ruiz", "Telekestrel", "Heronnet"]


def test_a_day_ends_the_list_after_a_noun_for_a_company():
    found = named("Headline\n\nIn a speech read on Kestrelian television Thursday, Heronsby repeatedly called Ana Ruiz a liar.")
    assert not any(a == "HERONSBY" for _, a in found)


# Round 126 (read bi-bo): a ship's name after its prefix, "State Councilor", and a title word ending a three-word name.

def test_a_ships_name_after_its_prefix_names_no_person():
    found = named("Headline\n\nThe navy said the USS Tom Kestrel would replace the USS Ana Heron in 2008.")
    assert found == []


def test_state_councilor_is_a_title():
    found = named("Headline\n\nKestrelian State Councilor Tang Heming said talks would go on. Tang left.")
    assert [a for _, a in found if a != "KESTRELIA"] == ["tang_heming", "tang_heming"]


def test_a_title_word_ending_a_name_after_a_title_and_a_name_word_is_a_surname():
    found = named("Headline\n\nMajor General Kestrel Sultan was quoted. Sultan said six people were killed. "
                  "Deputy Prime Minister Ana Ruiz met Navy Capt. Tom Lee.")
    assert [a for _, a in found] == ["kestrel_sultan", "kestrel_sultan", "ana_ruiz", "tom_lee"]


# Round 127 (read ci-co): an organisation and its acronym in brackets before a title and a name are one title phrase;
# finals, trophies and series are events.

def test_an_organisation_and_its_bracketed_acronym_before_a_title_are_one_title_phrase():
    found = mentions("Headline\n\nRuiz was replaced by former Kestrel Energy Agency (KEA) director Tom Heron. Heron joined "
                     "the KEA in 1966.")
    assert ("Kestrel Energy Agency (KEA) director Tom Heron", "tom_heron", "TITLE_NAME", "title_name") in found
    assert [t for t, *_ in found if t == "KEA"] == ["KEA"]  # only the second one stands alone


def test_a_final_a_trophy_and_a_series_are_events():
    found = named("Headline\n\nAna Ruiz earned a place in the Grand Kestrel Final. She won the Heron Trophy. The Osprey "
                  "Series ended.")
    assert [t for t, _ in found if t != "She"] == ["Ana Ruiz"]


# Round 128 (read ci-co): a people's adjective after "of" inside an organisation's name.

def test_a_peoples_adjective_after_of_stays_inside_an_organisations_name():
    found = named("Headline\n\nAn expert for the Confederation of Indian Heron Industry blamed him. The Federation of "
                  "Indian Kestrel Exporters agreed.")
    assert [t for t, _ in found] == ["Confederation of Indian Heron Industry", "Federation of Indian Kestrel Exporters"]


# Round 129 (read di-do): a newspaper named after a company.

def test_a_newspaper_named_after_a_company_is_one_newspaper():
    found = named("Headline\n\nMany fled to the border, the Chinese-language Apple Daily said.")
    assert [t for t, _ in found if t != "Chinese"] == ["Apple Daily"]


# Round 130 (read ei-eo): a nickname in quote marks inside a titled name, and a capital's name that is the surname of
# a person named in full.

def test_a_nickname_in_quote_marks_stays_inside_a_titled_name():
    found = named('Headline\n\nFormer congressman Tom "Duke" Kestrel pleaded guilty. Prosecutors said Kestrel sold his home.')
    assert [a for _, a in found] == ["tom_duke_kestrel", "tom_duke_kestrel", "tom_duke_kestrel"]


def test_a_capitals_name_that_speaks_after_a_person_of_that_surname_is_the_person():
    found = named("Headline\n\nHer lawyer, Tom Washington, was disappointed. Washington said he will appeal.")
    assert [a for t, a in found if t == "Washington"] == ["tom_washington"]


# Round 131 (read ri-ro): outside a sports report, a listed club named in two words or more that no place shares.

def test_a_clubs_full_name_outside_a_sports_report_is_the_club_but_not_a_citys_name_or_a_role():
    found = named("Headline\n\nBayern Munich have confirmed their place in a winter tournament. Bayern will face Benfica "
                  "in January. Crystal Palace stood in London.")
    assert ("Bayern Munich", "BAYERN_MUNICH") in found and ("Bayern", "BAYERN_MUNICH") in found
    assert not any(a == "CRYSTAL_PALACE" for _, a in found)
    found = named("Headline\n\nDallas Mavericks owner Ana Ruiz spoke in Crystal Palace.")  # in one text with Bayern Munich, two clubs named in full would make a sports report
    assert not any(a in ("CRYSTAL_PALACE", "DALLAS_MAVERICKS") for _, a in found)


# Round 132 (read gi-go): two clubs named in full make a sports report without a score; a sentence's first word that
# the article also writes in lower case is a surname before "'s" or a verb; goals and indicators are things.

def test_two_clubs_named_in_full_make_a_sports_report_without_a_score():
    found = named("Headline\n\nThe Newcastle United manager warned that Chelsea would recover. Chelsea lost to Real "
                  "Madrid last week.")
    assert [t for t, a in found if a == "CHELSEA"] == ["Chelsea", "Chelsea"]


def test_one_club_named_in_full_leaves_a_towns_name_a_town():
    found = named("Headline\n\nThe Newcastle United manager met the mayor of Chelsea on Tuesday.")
    assert not any(a == "CHELSEA" for _, a in found)


def test_a_surname_that_is_also_a_word_opens_a_sentence_before_a_verb_or_a_possessive():
    found = mentions("Headline\n\nFans mourned Tom Best, the best player of his day. Best died on Friday. Best's son spoke. "
                  "Best of all, the fans sang.")
    assert [t for t, a, kind, _ in found if a == "tom_best" and kind == "NAME"] == ["Tom Best", "Best", "Best"]


def test_goals_and_indicators_are_things_not_organisations():
    found = named("Headline\n\nThe city will meet the Harbour Development Goal (HDG) and publish the Osprey "
                  "Development Indicators (ODI) next year, Ana Ruiz said.")
    assert [t for t, _ in found] == ["Ana Ruiz"]



# Round 133 (read hi-ho): more family names written first, the Champions League as a competition, troops and
# delegations sent to a country, a compass word before a country, the US spelling of "defense secretary".

def test_a_chinese_family_name_written_first_is_the_persons_short_name():
    found = named("Headline\n\nThe talks went well, said Cui Tianming, a ministry official. According to Cui, the "
                  "premier will go.")
    assert [a for t, a in found if t.startswith("Cui")] == ["cui_tianming", "cui_tianming"]


def test_the_champions_league_is_a_competition_not_an_organisation():
    found = named("Headline\n\nWe will fight for the league and the Champions League, said coach Ana Ruiz. Kestrel FC "
                  "won the African Champions League.")
    assert not any("Champions League" in t for t, _ in found)


def test_troops_and_a_delegation_sent_to_a_country_go_to_a_place():
    found = named("Headline\n\nItaly dispatched 3,000 troops to Iraq in 2003. A delegation to China signed two deals. "
                  "Aid went to Sudan.")
    assert [t for t, _ in found] == ["Italy", "Sudan"]


def test_a_lower_case_compass_word_before_a_country_makes_it_a_region_whatever_follows():
    found = named("Headline\n\nTroops patrol a south Lebanon occupation zone near this south China port. Lebanon said no.")
    assert [t for t, _ in found] == ["Lebanon"]
    assert found[0] == ("Lebanon", "LBN")


def test_the_us_defense_secretary_is_not_the_secretary_of_state():
    found = mentions("Headline\n\nThe US defense secretary spoke to reporters.", published="2005-11-03")
    assert not any(a == "condoleezza_rice" for _, a, *_ in found)


# Round 134 (read ji-jo, 55 short reports): "Vice-Premier", "Vice Chairman" and "Vice Minister" are titles, with or
# without the hyphen; "BV" without points is a legal form.

def test_a_hyphenated_vice_title_opens_a_title_phrase():
    found = mentions("Headline\n\nChinese Vice-Premier Tan Lixin urged the provinces to act. Tan said more.")
    assert ("Chinese Vice-Premier Tan Lixin", "tan_lixin", "TITLE_NAME", "title_name") in found
    assert [a for t, a, *_ in found if t == "Tan"] == ["tan_lixin"]


def test_bv_without_points_ends_a_companys_name():
    found = named("Headline\n\nHe bought a stake in Kestrel Biological Systems BV, a Dutch company.")
    assert ("Kestrel Biological Systems BV", "KBSBV") in found


# Round 135 (read GUM's Wikinews reports again): well-known newspapers, broadcasters and news sites that news cites
# without introducing them join organisations.csv (real names: the test is about the table).

def test_news_outlets_cited_without_introduction_are_organisations():
    found = named("Headline\n\nThe Globe and Mail reported the deal on Tuesday. Kommersant said it was done, and Deutsche "
                  "Welle aired it. The Nikkei index fell.")
    assert [a for _, a in found] == ["GLOBE_AND_MAIL", "KOMMERSANT", "DEUTSCHE_WELLE"]


# Round 136 (read ti-to and tp-tv): a club named in full before a time ("West Ham on Monday sacked …") is the club;
# competitions and shooting events ("the Premiership", "the Bundesliga", "Double Trap", "10m Air Rifle") are things.

def test_a_clubs_full_name_before_a_day_is_the_club_outside_a_sports_report():
    found = named("Headline\n\nStruggling side West Ham on Monday sacked manager Tom Kestrel.")
    assert ("West Ham", "WEST_HAM") in found


def test_leagues_and_shooting_events_are_things():
    found = named("Headline\n\nStruggling English Premiership side Kestrel Rovers lost again. Ana Ruiz won the women's "
                  "10m Air Rifle title and the men's Double Trap gold went to Tom Heron.")
    assert [t for t, _ in found] == ["Kestrel Rovers", "Ana Ruiz", "Tom Heron"]


# Round 137 (read GUM's reports): a sentence's first word, no given name, family name or title, before a given name
# and a surname is a word about the person ("Nonpartisan Paul Tse"), not the first word of the name.

def test_a_word_before_a_given_name_and_a_surname_at_a_sentences_start_is_no_part_of_the_name():
    found = named("Headline\n\nNonpartisan Tom Kestrel and Ana Ruiz were re-elected. Ahmed Ali Saleh won too.")
    assert [t for t, _ in found] == ["Tom Kestrel", "Ana Ruiz", "Ahmed Ali Saleh"]


# Round 138 (read ap-av): an unknown word followed by an age between commas is a person ("Kestrelov, 45, …"), and
# so is the same word elsewhere in the article.

def test_an_unknown_word_before_an_age_between_commas_is_a_person():
    found = named("Headline\n\nA court released Kestrelov on bail. The order follows charges against Kestrelov, 91, in "
                  "connection with two murders.")
    assert [t for t, a in found if a == "kestrelov"] == ["Kestrelov", "Kestrelov"]
    counts = named("Headline\n\nThe scores were Osprey, 2, Heronby, 3, and Kestrelton, 1. The Harrier, 12, and the Petrel, "
                   "10, were the ships.")
    assert counts == []  # a list of counts and things after "the" are no people


# Round 139 (stop 34, read the 'wrong' rows of the read sets): a word inside a long name that the article writes alone
# is that person ("Luiz Inacio Lula da Silva" … "Lula"), and so is the last word after a particle ("Luis de Sousa" …
# "Sousa"); not a word of a name the article also writes in lower case, nor one written only beside other names.

def test_a_middle_word_written_alone_is_the_person_named_in_full():
    found = named("Headline\n\nPresident Tomas Kestrelo Harriano da Ruiz arrived. Kestrelo said the talks went well. "
                  "Minister Ana Ostrova wa Heronji spoke. Heronji left.")
    assert found == [("President Tomas Kestrelo Harriano da Ruiz", "tomas_kestrelo_harriano_da_ruiz"),
                     ("Kestrelo", "tomas_kestrelo_harriano_da_ruiz"),
                     ("Minister Ana Ostrova wa Heronji", "ana_ostrova_wa_heronji"), ("Heronji", "ana_ostrova_wa_heronji")]


def test_no_middle_word_alias_from_a_name_of_words_or_one_written_only_inside_names():
    words = named("Headline\n\nTom Kestrel Magic Heron spoke about magic. Magic is an art.")
    assert ("Magic", "tom_kestrel_magic_heron") not in words
    inside = named("Headline\n\nTomas Osprey Harrier Kestrel spoke. Harrier Heronby is a town.")
    assert not any(t.startswith("Harrier") and a == "tomas_osprey_harrier_kestrel" for t, a in inside)


# Round 140 (read ECB+'s first four batches): the teams of the NFL, MLB and NHL join sports_clubs.csv (real names:
# the test is about the table), nicknames alone only where no other team, people or thing shares them.

def test_north_american_teams_are_clubs_in_a_sports_report():
    found = named("Colts Beat Chiefs 20-13\n\nThe Colts dispatched the Chiefs 20-13 on Sunday, and the Red Sox beat the "
                  "Yankees 5-3. The Cubs lost 2-1 to the Mets.")
    assert [a for _, a in found] == ["INDIANAPOLIS_COLTS", "KANSAS_CITY_CHIEFS", "INDIANAPOLIS_COLTS", "KANSAS_CITY_CHIEFS",
                                     "BOSTON_RED_SOX", "NEW_YORK_YANKEES", "CHICAGO_CUBS", "NEW_YORK_METS"]


# Round 142 (read ECB+ a-d): a name ending in "Jr." lends its surname ("Tom Kestrel Jr." … "Kestrel"), as news uses it.

def test_a_junior_is_called_by_his_surname():
    found = named("Headline\n\nInmate Tomas Kestrelov Jr. escaped on Monday. Kestrelov had served nine years.")
    assert [a for _, a in found] == ["tomas_kestrelov_jr", "tomas_kestrelov_jr"]


# Round 143 (read ECB+ a-d): a run described as "a … employee" (or another role noun) after a comma is a person even
# when "the company" follows, and "employee" is a role noun.

def test_a_name_described_by_a_role_noun_is_a_person_though_the_company_follows():
    found = named("Headline\n\nOdalys Kestrel, a suspended Heronfoods employee at the company's Lima plant, returned on "
                  "Thursday. Kestrel drove through a barrier.")
    assert [(t, a) for t, a in found if "Kestrel" in t] == [("Odalys Kestrel", "odalys_kestrel"), ("Kestrel", "odalys_kestrel")]


# Round 144 (read ECB+ a-d): a title in quote marks after a noun for a work ("the sequel 'Kestrel Fire'") is no name
# where the article writes it again without them; "sequel", "prequel", "episode", "trilogy" and "franchise" are such nouns.

def test_a_quoted_title_is_no_name_where_it_comes_back_without_quote_marks():
    found = named("Headline\n\nTom Osprey will direct the sequel 'Kestrel Fire', his studio said. Osprey asked for more "
                  "money for Kestrel Fire.")
    assert [t for t, _ in found if t != "his"] == ["Tom Osprey", "Osprey"]


# Round 145 (read ECB+ e-h): six words of sport make a sports report without a score (an injury report), and a
# listed club whose town and nickname the article writes apart is named by both ("New Orleans … the Saints").

def test_an_injury_report_names_the_club_by_its_town_and_its_nickname():
    found = named("Headline\n\nThe Saints placed their leading rusher on the roster of injured players before the "
                  "playoff. New Orleans plays at Seattle on Saturday, and the Seahawks' quarterback, linebacker and "
                  "receiver are fit.")
    assert [(t, a) for t, a in found if a.isupper()] == [("Saints", "NEW_ORLEANS_SAINTS"), ("New Orleans", "NEW_ORLEANS_SAINTS"),
                                                         ("Seahawks", "SEATTLE_SEAHAWKS")]  # the town too since round 154


def test_a_nickname_two_listed_clubs_share_names_neither():
    found = named("Headline\n\nNew York and San Francisco fans watched the playoff. The Giants' quarterback, their rusher "
                  "and the roster were ready.")
    assert not any(a in ("NEW_YORK_GIANTS", "SAN_FRANCISCO_GIANTS") for _, a in found)  # "the Giants" may be a club, not a listed one


# Round 146 (read ECB+ e-h): a country's forces named with a capitalised head ("the Kestrelian Navy", "the Navy") are
# a NAME without "the"; in lower case ("the Kestrelian army") they stay a description.

def test_forces_named_with_a_capital_are_a_name():
    found = mentions("Headline\n\nPirates fled from Somalia on Monday. Two gave the Indian Navy a slip. Three were caught, "
                     "the Navy said. The Somali army fled.")
    rows = [(t, k) for t, a, k, _ in found if a.endswith(("_NAVY", "_ARMY"))]
    assert rows == [("Indian Navy", "NAME"), ("Navy", "NAME"), ("The Somali army", "DESCRIPTION")]


def test_forces_named_without_the_are_still_the_forces():
    found = mentions("Headline\n\nPirates fled on Monday. It is a reputation, the Indian Navy said. Indian Navy "
                     "is part of the effort.")
    assert [(t, a, k) for t, a, k, _ in found if a.endswith("_NAVY")] == [("Indian Navy", "IND_NAVY", "NAME")] * 2


# Round 148 (read ECB+ e-h): an unknown name word right after "my", "his", "her" … and a kinship noun is a person
# of the family ("my wife Kestrela and …"), as a known given name there already was.

def test_an_unknown_word_after_my_wife_is_a_person():
    found = named("Headline\n\nAna Ruiz wrote: \"I thank my wife Kestrela and my team.\" Kestrela smiled.")
    assert [(t, a) for t, a in found if t == "Kestrela"] == [("Kestrela", "kestrela")] * 2


# Round 149 (read ECB+ e-h): a ship named after its prefix ("INS Osprey", "Naval Ship Osprey") is no actor, nor is the
# prefix, nor the name written again ("the Osprey"); a maker's name before a model after a year or a colour is a product.

def test_ships_and_their_prefixes_are_no_actors_but_an_agency_before_a_title_is():
    found = named("Headline\n\nIndian Naval Ship Ospreya, INS Ospreya for short, escorted the vessels. The Ospreya captured "
                  "three boats. INS Commissioner Ana Ruiz said the INS would act.")
    assert [t for t, _ in found if "Ospreya" in t or t.startswith(("INS", "Naval"))] == ["INS Commissioner Ana Ruiz", "INS"]


def test_a_makers_name_before_a_model_is_a_product():
    found = named("Headline\n\nA grey 2013 Toyota Camry hit her, police said. Toyota said the 2013 Toyota recall ended.")
    assert [t for t, _ in found if "Toyota" in t] == ["Toyota", "Toyota"]


# Round 150 (read ECB+ i-l): a capitalised small word that opens a quotation ('"The Kestrel Games."') does not make
# its sentence a line in Title Case, whose names would go unread.

def test_a_quoted_title_does_not_make_a_sentence_title_case():
    found = named("Headline\n\nGary Osprey has not departed \"The Kestrel Games.\" Osprey will resume talks.")
    assert [t for t, _ in found] == ["Gary Osprey", "Osprey"]


# Round 151 (read ECB+ i-l): one unknown word after "at" or "with" and a job word ("analyst at Kestrelion") is the
# company someone works for, not a place, as a run of two words there already was.

def test_one_word_after_an_analyst_at_is_a_company():
    found = named("Headline\n\n\"It is bad,\" said Tom Heron, a security analyst at Kestrelion. Ana Ruiz flew to Ospreyville.")
    assert ("Kestrelion", "KESTRELION") in found and not any(t == "Ospreyville" for t, _ in found)


# Round 152 (read CoNLL ca-cd): a stop word that is also a name when capitalised ("Don", "Won", "Ma": a contraction's
# stem in the stop-word list) is a name word, and does not make its sentence a line in Title Case.

def test_a_name_that_is_a_stop_word_is_still_a_name():
    found = named("Headline\n\nTsang will meet Deputy Prime Minister Don Kestrel and Bill Osprey. Don't go.")
    assert [t for t, _ in found] == ["Deputy Prime Minister Don Kestrel", "Bill Osprey"]



# Review mends of stop 34 (a helper read the stop's diff): each rule keeps to what its docstring says.

def test_the_review_mends_keep_each_rule_to_its_word():
    sport = named("Headline\n\nThe death penalty hearing of the man from Newcastle went on; his defender, a receiver and a "
                  "referee were rushing. Newcastle said no.")
    assert not any(a == "NEWCASTLE_UNITED" for _, a in sport)  # a court story is no sports report
    clubs = named("Headline\n\nManchester United beat Sheffield 2-0, the striker scored a penalty and the keeper watched.")
    assert not any(a == "SHEFFIELD_UNITED" for _, a in clubs)  # "United" inside "Manchester United"
    people = named("Headline\n\nThe 2009 Kestrelcorp Chief Executive Ana Ruiz spoke. The USS Ohio sailed. Ohio Governor "
                   "Tom Heron spoke.")
    assert any("Ana Ruiz" in t for t, _ in people) and any("Tom Heron" in t for t, _ in people)
    depot = mentions("Headline\n\nSomalia said the army supply depot was hit.")
    assert not any(a.endswith("_ARMY") for _, a, _, _ in depot)  # "supply" is a noun the army word modifies
    festival = named("Headline\n\nAna Ruiz at Kestrelbury said the tents were full.")
    assert not any(a == "KESTRELBURY" for _, a in festival)  # a single word after a speaker is as often a place
    person = named("Headline\n\nTom Garden spoke. Garden said no.")
    assert ("Tom Garden", "tom_garden") in person


# Round 153 (read CoNLL ce-ch): a broadcaster's word opening a name before a country's or a place's name is one
# organisation ("Television New Zealand", "Radio Free Asia"), not the country acting; "Will" is a given name, not
# only the verb ("Former captain Will Kestrel"), except where it opens a question; "EPS" (earnings per share) is no
# actor. ("Brothers" as a company's head word was dropped after the stop's review: "The Ruiz Brothers" took the
# surname from "Kevin Ruiz".)

def test_a_broadcaster_named_after_a_country_is_one_organisation():
    found = named("Headline\n\nThere were no injuries, Television New Zealand said. New Zealand is prone to quakes. "
                  "Radio Free Asia said so.")
    assert [t for t, _ in found] == ["Television New Zealand", "New Zealand", "Radio Free Asia"]
    assert found[0][1] != found[1][1] and found[1][1] == "NZL"


def test_will_is_a_given_name_but_not_at_the_head_of_a_question():
    found = named("Headline\n\nFormer England captain Will Kestrel has been left out. They will be back. "
                  "Will Russia agree? Nobody knows.")
    assert [t for t, _ in found] == ["Former England captain Will Kestrel", "Russia"]


def test_eps_is_no_actor():
    found = named("Headline\n\nKestrel Motors cut its Q3 EPS view. Kestrel said margins were thin.")
    assert [a for _, a in found] == ["KM", "KM"]


# Round 154 (read ECB+): in a sports report, a town whose club the article names by its nickname ("the Saints" …
# "New Orleans") stands for the club wherever it acts or is spoken of, not only before a verb of play; never after a
# word of place or "the", nor before a capitalised word.

def test_a_town_whose_club_is_named_stands_for_the_club():
    found = named("Headline\n\nThe Saints lost 24-21 and their rushing, roster and quarterback suffered. New Orleans "
                  "finished 30th in rushing. The team flew to New Orleans on Sunday.")
    assert [(t, a) for t, a in found] == [("Saints", "NEW_ORLEANS_SAINTS"), ("New Orleans", "NEW_ORLEANS_SAINTS")]


# Round 155 (read the silver sets' long names): an organisation's name that an acronym in brackets spells is read to
# its end, over "in" and a place ("Kestrel Institute in Ospreyland (KIO)") and past the six words a name may
# otherwise have ("Federation of Kestrel Chambers of Commerce and Industry (FKCCI)").

def test_a_name_that_its_acronym_spells_runs_over_in_and_past_six_words():
    found = named("Headline\n\nAna Ruiz, director of the Kestrel Institute in Taiwan (KIT), spoke. The Federation of "
                  "Osprey Chambers of Commerce and Industry (FOCCI) agreed.")
    assert ("Kestrel Institute in Taiwan", "KIT") in found
    assert ("Federation of Osprey Chambers of Commerce and Industry", "FOCCI") in found


# Round 156 (read the wire's Korean news): a country whose name opens with a compass word is named by that word alone
# after "the" or before "and" and the other half's name ("North and South Korea", "the North walked out"), where the
# article names both halves; "the South" beside South Africa alone stays a region.

def test_the_north_and_the_south_name_the_two_koreas():
    found = named("Headline\n\nNorth and South Korea met. The North walked out, and the South stayed.")
    assert [(t, a) for t, a in found] == [("North", "PRK"), ("South Korea", "KOR"), ("North", "PRK"), ("South", "KOR")]
    region = named("Headline\n\nSouth Africa voted. Turnout in the South was low, and the South stayed home.")
    assert [t for t, _ in region] == ["South Africa"]


# Round 157 (read the Australian news of GUM and the silver sets): Australia's states are places, not Wales or
# Australia acting ("police in New South Wales").

def test_australian_states_are_places():
    found = named("Headline\n\nPolice in New South Wales, South Australia and Queensland set up checkpoints. Australia "
                  "said no.")
    assert [(t, a) for t, a in found] == [("Australia", "AUS")]


# Round 158 (read CoNLL ci-cl): a wire service's sport label opening the headline ("SOCCER - …", "Cricket: …") makes
# the story a sports report, so that the clubs it names alone are clubs (a transfer or a manager's resignation has no
# score and few words of play).

def test_a_sport_label_makes_a_sports_report():
    story = "RUIZ RESIGNS AS MANCHESTER CITY MANAGER.\n\nAna Ruiz resigned as manager of Manchester City on Monday night."
    assert ("Manchester City", "MANCHESTER_CITY") in named("SOCCER - " + story)
    assert ("Manchester City", "MANCHESTER_CITY") not in named(story)


# Review mends of stop 35 (a helper read rounds 153 to 157; each finding confirmed by a snippet).

def test_the_stop_35_review_mends():
    korea = named("Headline\n\nNorth Korea fired a missile. South Korea said it would respond. The North said the test "
                  "was routine. Floods hit North Hamgyong Province, and ships left the North Pacific.")
    assert [(t, a) for t, a in korea] == [("North Korea", "PRK"), ("South Korea", "KOR"), ("North", "PRK")]
    question = named("Headline\n\nAna Ruiz spoke. \"Will Ruiz stand again?\" the newspaper asked.")
    assert all(a == "ana_ruiz" for _, a in question)
    headline = named("Osprey Will Appeal Ruling\n\nOsprey Motors said on Tuesday it would appeal the ruling.")
    assert [a for _, a in headline] == ["OM", "OM"]
    towns = named("Headline\n\nThe Saints lost 24-21, 17-10 and 3-0, and the Atlanta Falcons won. Atlanta police "
                  "arrested 12 fans. Atlanta's mayor spoke. Flights between Atlanta and Dallas were full. New Orleans "
                  "finished 30th.")
    assert [t for t, _ in towns] == ["Saints", "Atlanta Falcons", "New Orleans"]  # a town as an object stays the club
    band = named("Headline\n\nThe Ruiz Brothers will play three shows. Kevin Ruiz said the tour was long, Ruiz added.")
    assert ("Kevin Ruiz", "kevin_ruiz") in band and ("Ruiz", "kevin_ruiz") in band


# Round 159 (read the silver sets' money): a country's code after an amount and before a closing bracket, or in
# brackets before a currency word, names money, not the state ("(8.4 billion US)", "3.6 billion (U.S.) dollars").

def test_a_currency_in_brackets_is_no_state():
    found = named("Headline\n\nIt cost 10.9 billion dollars (8.4 billion US), officials said. It drew over 3.6 billion "
                  "(U.S.) dollars. About 1,000 US troops left. The US said no.")
    assert [t for t, _ in found] == ["US", "US"]


# Round 160 (read CoNLL cm-co): a capitalised word before a newspaper's noun that a speech verb follows names the
# newspaper though no "the" opens the phrase ("Kestrelia newspaper said", "Ibis daily reported").

def test_a_newspaper_cited_without_the_is_an_organisation():
    found = named("Headline\n\nGunmen killed six people, Kestrelia newspaper said. Ten died, Ibis daily reported. "
                  "The Arabic daily said no.")
    assert [t for t, _ in found] == ["Kestrelia", "Ibis"]


# Round 161 (read TimeBank ud-ug): joined initials after a comma open a person's name unless they are a two-word US
# state's ("…, J.C. Kestrel, chairman, said", not "Lodi, N.J."); initials are never a first-word alias ("J.C." alone
# after "J.C. Kestrel").

def test_initials_after_a_comma_open_a_name():
    found = named("Headline\n\nNet fell, J.C. Kestrel, chairman, said. A firm in Lodi, N.J. agreed. J.C. Osprey left.")
    assert [(t, a) for t, a in found] == [("J.C. Kestrel", "j_c_kestrel"), ("J.C. Osprey", "j_c_osprey")]


# Round 162 (read the wire's embassy news): a country owns the embassy after its name, so a word of place before it
# does not make it a place ("a bomb outside the U.S. embassy"); where the embassy speaks, annotators mark the embassy and
# not the country ("the US embassy in Manila said"); "the Indian Navy" after "the U.S. Navy" is India's, not the same
# navy again.

def test_an_embassy_keeps_its_country_unless_it_speaks():
    found = named("Headline\n\nThe US embassy in Manila said no. A bomb exploded outside the U.S. "
                  "embassy in Nairobi. The U.S. Navy said it would help. The Indian Navy said so.")
    assert [(t, a) for t, a in found] == [("U.S.", "USA"), ("U.S. Navy", "USA_NAVY"), ("Indian Navy", "IND_NAVY")]


# Round 163 (read the wire's tennis): a given name in camel case ("DeShawn", "MaliVai") before a capital's or a place's
# name makes that name a surname, as a listed given name does ("Ana Boston").

def test_a_camel_case_given_name_before_a_capital_is_a_person():
    found = named("Headline\n\nJaVale Washington beat Tom Reyes 6-4 6-1. \"I felt bad,\" said Washington.")
    assert [(t, a) for t, a in found][:1] == [("JaVale Washington", "javale_washington")]
    assert ("Washington", "javale_washington") in found


# Second review mends of stop 35 (a helper read rounds 158 to 163; each finding confirmed by a snippet).

def test_the_second_stop_35_review_mends():
    golf = named("GOLF - RUIZ PULLS OUT OF OPEN\n\nAna Ruiz withdrew from the Valencia Open on Sunday. Liverpool will "
                 "stage it next year.")
    assert not any(a in ("VALENCIA_CF", "LIVERPOOL_FC", "LIVERPOOL") for _, a in golf)  # golf has no clubs
    bomb = named("Headline\n\nA car bomb exploded outside the U.S. embassy, police said. Police guarding the U.S. "
                 "embassy said the crowd left.")
    assert [a for _, a in bomb] == ["USA", "USA"]  # the embassy is a place or acted on: its country stays
    initials = named("Headline\n\nThe mine near Kamloops, B.C. Kestrel Mining said it would close. Sales rose 12 "
                     "percent, S.C. Osprey, chairman, said.")
    assert ("S.C. Osprey", "s_c_osprey") in initials and not any(t.startswith("B.C.") for t, _ in initials)
    brand = named("Headline\n\nAirAsia India said on Monday it would add ten routes.")
    assert not any(a.islower() for _, a in brand)  # a camel-case brand before a country is no given name
    paper = named("Headline\n\nA Kestrelia newspaper said on Monday that Ana Ruiz had resigned.")
    assert [t for t, _ in paper] == ["Ana Ruiz"]  # after "a", the word before "newspaper" is the paper's town
