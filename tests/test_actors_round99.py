"""Round 99 of issue 10 (read TempEval-3's silver AFP and Xinhua sets oh-on, ph-pn and lh-ln): organisations joined
by "on", a plural's possessive inside a name, banks named in one word, the firms analysts speak for, portfolios and
holidays that are no party, events named after a plural, and the football clubs of a sports report (invented
sentences; real names only where the test is about a table of real names)."""

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
