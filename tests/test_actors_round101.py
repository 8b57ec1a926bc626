"""Round 101 of issue 10 (read TempEval-3's silver AFP and Xinhua sets fh-fn and oo-ou): religious words that name no
one, regnal numbers, "the North" of a divided country, a maker's model or an index's number, and a standfirst
kept in sentence case (invented sentences; real names only where the test is about a table of real names)."""

from conftest import mention_rows


def mentions(text, published="2006-11-25"):
    return mention_rows(text, ("text", "actor_id", "kind", "rule"), published=published, actors=None)


def named(text):
    return [(t, a) for t, a, *_ in mentions(text)]


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
