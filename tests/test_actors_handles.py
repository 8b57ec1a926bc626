"""helpers/actors/handles.py: social-media handles as actors (invented people and accounts)."""

import pytest

from conftest import mention_rows


def mentions(text):
    return mention_rows(text, ("text", "actor_id", "rule"), published="2016-05-18")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bracketed handle after a name: an embedded post's sign-off
        ("Ports matter. — Lena Kestrel (@lkes_news) May 2, 2016", [("lkes_news", "lena_kestrel", "handle_of_known_name")]),
        # a handle in lower case that spells a known person's name
        ("Ana Ruiz spoke. Tom Lee agreed. “I thank @anaruiz and @tlee,” he wrote.",
         [("anaruiz", "ana_ruiz", "handle_of_known_name"), ("tlee", "tom_lee", "handle_of_known_name")]),
        # a handle nobody owns: an account of its own
        ("Ana Ruiz spoke. “Great speech,” wrote @harbourfan88.", [("harbourfan88", "HARBOURFAN88", "discovered_org")]),
        # a capitalised handle in brackets; a stray "<" earlier in the text hides no handle
        ("Turnout was < 40 percent. — Ana Ruiz (@KestrelAna) May 2, 2016. Later @anaruiz wrote.",
         [("KestrelAna", "ana_ruiz", "handle_of_known_name"), ("anaruiz", "ana_ruiz", "handle_of_known_name")]),
    ],
)
def test_a_handle_is_its_owners_account_or_an_account_of_its_own(text, expected):
    found = mentions(text)
    assert all(row in found for row in expected), found


def test_no_byline_contact_e_mail_address_markup_or_style_sheet_is_an_account():
    found = mentions(
        'Ana Ruiz spoke. <post author="@wrenpost">Hello</post> Write to desk@kestrelnews.com.\n\n'
        "@media screen and (max-width: 40em) { p { margin: 0 } }\n\n"
        "Follow Tom Lee on Twitter @tomleenews. Follow Ana Ruiz on Twitter: @AnaRuizNews."
    )
    texts = {t for t, *_ in found}
    assert not texts & {"wrenpost", "kestrelnews", "media", "tomleenews", "AnaRuizNews"}
