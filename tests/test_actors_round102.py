"""Rounds 102 and 103 of issue 10 (read TempEval-3's silver AFP and Xinhua sets po-pu, lo-lu and mo-mu): a country's possessive before
a company's legal name, "Bank of … Ltd", linking adverbs and "-born" before a name, pageant titles and the NBA's
teams (invented sentences; real names only where the test is about a table of real names)."""

from conftest import mention_rows


def mentions(text, published="2006-11-25"):
    return mention_rows(text, ("text", "actor_id", "kind", "rule"), published=published, actors=None)


def named(text):
    return [(t, a) for t, a, *_ in mentions(text)]


def test_a_countrys_possessive_is_no_part_of_a_companys_name_and_its_short_name_follows():
    found = named("Headline\n\nAustralia's Kestrel Banking Corp. announced a bid. Kestrel has valued the group.")
    assert ("Kestrel Banking Corp", "KBC") in found and ("Kestrel", "KBC") in found


def test_a_bank_of_a_place_with_its_legal_form_is_one_company():
    found = named("Headline\n\nIt will merge with the regional Bank of Kestrelburg Ltd (BKL), Ana Ruiz said.")
    assert ("Bank of Kestrelburg Ltd", "BKL") in found


def test_a_linking_adverb_and_a_birthplace_open_no_name():
    found = named("Headline\n\nPolice hunted Tomas Dorv Kesto. However Dorv said nothing. Kestrelian-born Dorv fled.")
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
