"""helpers/actors/handles.py: social-media handles as actors (invented people and accounts)."""

from conftest import mention_rows


def mentions(text):
    return mention_rows(text, ("text", "actor_id", "rule"), published="2016-05-18")


def test_a_bracketed_handle_after_a_name_is_that_persons_account():
    found = mentions("Ports matter. — Lena Kestrel (@lkes_news) May 2, 2016")
    assert ("lkes_news", "lena_kestrel", "handle_of_known_name") in found


def test_a_handle_in_lower_case_that_spells_a_known_name_is_that_persons():
    found = mentions("Ana Ruiz spoke. Tom Lee agreed. “I thank @anaruiz and @tlee,” he wrote.")
    assert ("anaruiz", "ana_ruiz", "handle_of_known_name") in found
    assert ("tlee", "tom_lee", "handle_of_known_name") in found


def test_a_handle_nobody_owns_is_an_account_of_its_own():
    found = mentions("Ana Ruiz spoke. “Great speech,” wrote @harbourfan88.")
    assert ("harbourfan88", "HARBOURFAN88", "discovered_org") in found


def test_a_capitalised_bracketed_handle_is_its_owners_and_a_stray_bracket_hides_no_handle():
    found = mentions("Turnout was < 40 percent. — Ana Ruiz (@KestrelAna) May 2, 2016. Later @anaruiz wrote.")
    assert ("KestrelAna", "ana_ruiz", "handle_of_known_name") in found
    assert ("anaruiz", "ana_ruiz", "handle_of_known_name") in found


def test_no_byline_contact_e_mail_address_markup_or_style_sheet_is_an_account():
    found = mentions(
        'Ana Ruiz spoke. <post author="@wrenpost">Hello</post> Write to desk@kestrelnews.com.\n\n'
        "@media screen and (max-width: 40em) { p { margin: 0 } }\n\n"
        "Follow Tom Lee on Twitter @tomleenews. Follow Ana Ruiz on Twitter: @AnaRuizNews."
    )
    texts = {t for t, *_ in found}
    assert not texts & {"wrenpost", "kestrelnews", "media", "tomleenews", "AnaRuizNews"}
