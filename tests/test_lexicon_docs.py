"""The row counts that ``data/lexicons/README.md`` gives ("It has 402 rows.") match the tables they describe, so a
maintainer who adds rows is reminded to say so there."""

import re

import pytest

from helpers.resources import data_path, read_table

README = data_path("lexicons", "README.md").read_text(encoding="utf-8")
SECTIONS = re.findall(r"^## (\w+\.csv)\n(.*?)(?=^## |\Z)", README, flags=re.S | re.M)
COUNTED = [(name, int(m.group(1))) for name, body in SECTIONS if (m := re.search(r"^It has (\d+) rows", body, flags=re.M))]


def test_the_readme_gives_row_counts_for_several_tables():
    assert len(COUNTED) >= 5


@pytest.mark.parametrize(("table", "stated"), COUNTED, ids=[name for name, _ in COUNTED])
def test_the_stated_row_count_is_the_tables(table, stated):
    assert len(read_table("lexicons", table)) == stated
