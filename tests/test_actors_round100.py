"""Round 100 of issue 10 (read TempEval-3's silver AFP and Xinhua sets mh-mn and ih-in): a club's nickname before
"and coach", the last word of a name written family name first, clubs after "side", acronyms of things, a
standfirst that is a sentence full of names, and an office's field before its title (invented sentences)."""

from conftest import mention_rows


def mentions(text, published="2006-11-25"):
    return mention_rows(text, ("text", "actor_id", "kind", "rule"), published=published, actors=None)


def named(text):
    return [(t, a) for t, a, *_ in mentions(text)]


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
