"""helpers.corpora.timeml: invented TimeML strings → text, DCT and gold time expressions."""

from __future__ import annotations

import pytest

from helpers import HelpersError
from helpers.corpora.timeml import parse_timeml, read_timeml
from helpers.evaluate import read_gold_json

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-06T09:00" functionInDocument="CREATION_TIME">May 6</TIMEX3></DCT>
<TEXT>
Tom &amp; Jo <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-05-05">yesterday</TIMEX3>.
They <EVENT eid="e2">talked</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="PT2H">two hours</TIMEX3> <TIMEX3 tid="t3" type="SET" value="P1W">every week</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_text_is_the_text_element_with_markup_removed():
    doc = parse_timeml(DOC, "x1.tml")
    assert doc.text == "\nTom & Jo met yesterday.\nThey talked for two hours every week.\n"


def test_timex_offsets_point_into_the_text():
    doc = parse_timeml(DOC)
    rows = doc.gold["timexes"].to_dict("records")
    assert [doc.text[r["start"] : r["end"]] for r in rows] == ["yesterday", "two hours", "every week"]
    assert [(r["type"], r["value"]) for r in rows] == [("DATE", "2001-05-05"), ("DURATION", "PT2H"), ("SET", "P1W")]


def test_the_dct_is_the_publication_date():
    doc = parse_timeml(DOC)
    assert doc.published == "2001-05-06"
    assert doc.gold["meta"]["publication_date"] == "2001-05-06"


def test_gold_has_the_layers_and_columns_of_read_gold_json(tmp_path):
    path = tmp_path / "a.json"
    path.write_text('{"source": "a.txt", "publication_date": "2001-05-06", "timexes": '
                    '[{"start": 1, "end": 4, "text": "May", "type": "DATE", "value": "2001-05"}]}', encoding="utf-8")
    reference = read_gold_json(path)
    gold = parse_timeml(DOC).gold
    assert gold.keys() == reference.keys()
    assert list(gold["timexes"].columns) == list(reference["timexes"].columns)


@pytest.mark.parametrize(
    "markup, message",
    [
        ("<TimeML><TEXT>unclosed</TimeML>", "not valid TimeML XML"),
        ("<TimeML><DCT><TIMEX3 value='2001-01-01'>x</TIMEX3></DCT></TimeML>", "no <TEXT> element"),
        ("<TimeML><TEXT>Hi.</TEXT></TimeML>", "no dated <DCT>"),
        ("<TimeML><DCT><TIMEX3 value='PRESENT_REF'>now</TIMEX3></DCT><TEXT>Hi.</TEXT></TimeML>", "no dated <DCT>"),
    ],
)
def test_bad_markup_says_what_is_wrong(markup, message):
    with pytest.raises(HelpersError, match=message):
        parse_timeml(markup)


def test_read_timeml_reads_a_file_and_names_it(tmp_path):
    path = tmp_path / "x1.tml"
    path.write_text(DOC, encoding="utf-8")
    assert read_timeml(path).name == "x1.tml"
    with pytest.raises(HelpersError, match="Cannot read the TimeML file"):
        read_timeml(tmp_path / "missing.tml")
