"""Checks of data/lexicons/office_holders.csv: G20 office holders from 2000 to the as-of date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from helpers.resources import data_path, read_table

FILE = ("lexicons", "office_holders.csv")
COLUMNS = ["office_id", "country", "office", "title", "person_id", "name", "start", "end", "check",
           "note"]
FIRST_DAY = date(2000, 1, 1)
MAX_GAP = timedelta(days=60)
MIN_ACTING = timedelta(days=30)
STATE_OFFICES = {"head_of_state", "head_of_government", "foreign_minister"}
ORGANISATION_OFFICES = {
    "EU": {"commission_president", "council_president", "high_representative"},
    "AU": {"commission_chair"},
}
# Where one person leads state and government, only head_of_state is listed ("the US president").
PRESIDENTIAL = {"ARG", "BRA", "IDN", "MEX", "USA", "ZAF"}
G20_MEMBERS = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "MEX", "RUS",
               "SAU", "ZAF", "KOR", "TUR", "GBR", "USA", "EU"]
# Offices that began after 2000-01-01 or ended before the as-of date: (created, abolished).
OFFICE_WINDOWS = {
    "TUR_head_of_government": (FIRST_DAY, date(2018, 7, 9)),  # abolished by the 2017 referendum
    "EU_council_president": (date(2009, 12, 1), None),  # permanent office created by the Lisbon Treaty
    "AU_commission_chair": (date(2002, 7, 9), None),  # the African Union was founded on 2002-07-09
}
# Real gaps longer than MAX_GAP: (office_id, last end before the gap) -> reason.
GAP_EXCEPTIONS = {
    ("KOR_head_of_government", date(2002, 7, 11)):
        "two nominees (Chang Sang, Chang Dae-whan) acted briefly and were rejected by the Assembly",
    ("KOR_head_of_government", date(2025, 5, 1)):
        "acting prime ministers held the post for short spells during the 2025 presidential transition",
}


@dataclass(frozen=True)
class Term:
    """One row of the table with parsed dates (``end`` is None while in office)."""

    office_id: str
    person_id: str
    start: date
    end: date | None
    note: str


def _rows() -> tuple[dict[str, str], ...]:
    return read_table(*FILE)


def _as_of() -> date:
    header = [line for line in data_path(*FILE).read_text(encoding="utf-8").splitlines()
              if line.startswith("#")]
    found = [re.match(r"# as_of: (\d{4}-\d{2}-\d{2})\b", line) for line in header]
    dates = [date.fromisoformat(match.group(1)) for match in found if match]
    assert len(dates) == 1, "the header must state one '# as_of: YYYY-MM-DD' line"
    return dates[0]


def _terms() -> list[Term]:
    return [Term(row["office_id"], row["person_id"], date.fromisoformat(row["start"]),
                 date.fromisoformat(row["end"]) if row["end"] else None, row["note"])
            for row in _rows()]


def _by_office(terms: list[Term]) -> dict[str, list[Term]]:
    offices: dict[str, list[Term]] = {}
    for term in terms:
        offices.setdefault(term.office_id, []).append(term)
    return {office: sorted(held, key=lambda t: t.start) for office, held in offices.items()}


def overlaps(terms: list[Term]) -> list[tuple[Term, Term]]:
    """Pairs of consecutive terms of one office where the second starts before the first ends."""
    clashes = []
    for held in _by_office(terms).values():
        for before, after in zip(held, held[1:]):
            if before.end is None or after.start < before.end:
                clashes.append((before, after))
    return clashes


def gaps(held: list[Term], first: date, last: date) -> list[tuple[date, date]]:
    """Spans longer than MAX_GAP between ``first`` and ``last`` with no holder (terms sorted)."""
    found, covered_to = [], first
    for term in held:
        if term.start - covered_to > MAX_GAP:
            found.append((covered_to, term.start))
        covered_to = max(covered_to, term.end or last)
    if last - covered_to > MAX_GAP:
        found.append((covered_to, last))
    return found


def expected_office_ids() -> list[str]:
    """Every office of every G20 member that the table must cover."""
    office_ids = []
    for member in G20_MEMBERS:
        offices = ORGANISATION_OFFICES.get(member) or (
            {"head_of_state", "foreign_minister"} if member in PRESIDENTIAL else STATE_OFFICES)
        office_ids += [f"{member}_{office}" for office in sorted(offices)]
    return office_ids + ["AU_commission_chair"]


def holder_on(office_id: str, day: date) -> str | None:
    """The person_id holding ``office_id`` on ``day`` (a shared boundary day goes to the successor)."""
    for term in _by_office(_terms()).get(office_id, []):
        if term.start <= day and (term.end is None or day < term.end):
            return term.person_id
    return None


def test_columns_and_header():
    rows = _rows()
    assert list(rows[0]) == COLUMNS
    assert len(rows) > 300
    assert _as_of() >= date(2025, 1, 1)


def test_dates_parse_as_iso_and_start_precedes_end():
    as_of = _as_of()
    for row in _rows():
        for field in ("start", "end"):
            assert row[field] == "" and field == "end" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", row[field]), row
    for term in _terms():
        assert term.start <= as_of, term
        assert term.end is None or term.start <= term.end <= as_of, term
        assert term.end is None or term.end >= FIRST_DAY, f"{term} ended before 2000"


def test_terms_of_one_office_never_overlap():
    assert overlaps(_terms()) == []


def test_overlap_and_gap_checks_can_fail():
    first = Term("X_head_of_state", "a", date(2000, 1, 1), date(2005, 1, 1), "")
    second = Term("X_head_of_state", "b", date(2004, 12, 1), None, "")
    assert overlaps([first, second]) == [(first, second)]
    assert overlaps([first, Term("X_head_of_state", "b", date(2005, 1, 1), None, "")]) == []
    late = Term("X_head_of_state", "b", date(2005, 6, 1), None, "")
    assert gaps([first, late], FIRST_DAY, date(2025, 1, 1)) == [(date(2005, 1, 1), date(2005, 6, 1))]


def test_codes_offices_and_ids_are_consistent():
    countries = {row["id"] for row in read_table("lexicons", "countries.csv")}
    organisations = {row["id"] for row in read_table("lexicons", "organisations.csv")}
    for row in _rows():
        assert row["office_id"] == f"{row['country']}_{row['office']}", row
        if row["country"] in ORGANISATION_OFFICES:
            assert row["country"] in organisations, row
            assert row["office"] in ORGANISATION_OFFICES[row["country"]], row
        else:
            assert row["country"] in countries, row
            assert row["office"] in STATE_OFFICES, row
        assert re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", row["person_id"]), row
        assert row["name"].strip() == row["name"] and row["title"] == row["title"].lower(), row
        assert row["check"].startswith("en.wikipedia: "), row
    assert set(_by_office(_terms())) == set(expected_office_ids())


def test_a_person_id_has_one_name_and_a_name_one_person_id():
    names: dict[str, set[str]] = {}
    ids: dict[str, set[str]] = {}
    for row in _rows():
        names.setdefault(row["person_id"], set()).add(row["name"])
        ids.setdefault(row["name"], set()).add(row["person_id"])
    assert {pid: n for pid, n in names.items() if len(n) > 1} == {}
    assert {name: i for name, i in ids.items() if len(i) > 1} == {}


def test_acting_holders_served_thirty_days():
    as_of = _as_of()
    for term in _terms():
        if re.match(r"(acting|ad interim|interim)\b", term.note) and not re.search(r"until|at first", term.note):
            assert (term.end or as_of) - term.start >= MIN_ACTING, term


@pytest.mark.parametrize("office_id", expected_office_ids())
def test_every_office_is_covered_without_long_gaps(office_id):
    as_of = _as_of()
    created, abolished = OFFICE_WINDOWS.get(office_id, (FIRST_DAY, None))
    held = _by_office(_terms())[office_id]
    found = [(start, end) for start, end in gaps(held, created, abolished or as_of)
             if (office_id, start) not in GAP_EXCEPTIONS]
    assert found == [], f"{office_id} has no holder for more than {MAX_GAP.days} days: {found}"
    if abolished:
        assert held[-1].end == abolished


def test_every_gap_exception_is_a_real_gap():
    as_of = _as_of()
    offices = _by_office(_terms())
    for office_id, start in GAP_EXCEPTIONS:
        created, abolished = OFFICE_WINDOWS.get(office_id, (FIRST_DAY, None))
        assert start in [s for s, _ in gaps(offices[office_id], created, abolished or as_of)]


@pytest.mark.parametrize(("office_id", "day", "person_id"), [
    ("USA_head_of_state", date(2022, 2, 1), "joe_biden"),
    ("USA_head_of_state", date(2025, 1, 20), "donald_trump"),
    ("RUS_head_of_state", date(2022, 2, 1), "vladimir_putin"),
    ("RUS_head_of_state", date(2010, 1, 1), "dmitry_medvedev"),
    ("RUS_foreign_minister", date(2022, 2, 1), "sergei_lavrov"),
    ("DEU_head_of_government", date(2022, 2, 1), "olaf_scholz"),
    ("GBR_head_of_government", date(2022, 10, 1), "liz_truss"),
    ("GBR_head_of_state", date(2023, 1, 1), "charles_iii"),
    ("CHN_foreign_minister", date(2023, 3, 1), "qin_gang"),
    ("TUR_head_of_government", date(2010, 1, 1), "recep_tayyip_erdogan"),
    ("TUR_head_of_government", date(2020, 1, 1), None),
    ("EU_high_representative", date(2016, 1, 1), "federica_mogherini"),
])
def test_holder_on_a_day(office_id, day, person_id):
    assert holder_on(office_id, day) == person_id
