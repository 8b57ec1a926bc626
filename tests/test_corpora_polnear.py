"""helpers.corpora.polnear: every PolNeAR scoring rule of the course, on tiny invented examples."""

from __future__ import annotations

from helpers.corpora.brat import Attribution, Span
from helpers.corpora.polnear import (
    Counts,
    match_units,
    score_article,
    scores_table,
    speaker_spans_from_mentions,
    speaker_spans_from_phrases,
)

TEXT = "x" * 200


def unit(kind: str, content: list[tuple[int, int]], source: tuple[int, int] | None = (150, 155)) -> Attribution:
    return Attribution("E", kind, Span.of(content, TEXT), None, Span.of([source], TEXT) if source else None)


def said(start: int, end: int, kind: str = "direct", speaker: tuple[int, int] | None = (150, 155)) -> dict:
    return {"start": start, "end": end, "kind": kind, "text": TEXT[start:end],
            "speaker_start": speaker[0] if speaker else None, "speaker_end": speaker[1] if speaker else None}


def counts(units, statements, layer="quotes") -> Counts:
    return score_article(units, statements, TEXT).counts[layer]


def test_found_needs_half_of_the_shorter_span():
    gold = [unit("quote", [(0, 40)])]
    assert counts(gold, [said(20, 60)]).found == 1  # overlap 20 = half of 40
    assert counts(gold, [said(21, 60)]).found == 0  # overlap 19
    assert counts(gold, [said(30, 35)]).found == 1  # a short statement inside a long quote


def test_quotes_pair_with_direct_or_mixed_and_reported_with_indirect():
    gold = [unit("quote", [(0, 40)]), unit("reported", [(50, 90)])]
    result = score_article(gold, [said(0, 40, "mixed"), said(50, 90, "indirect")], TEXT).counts
    assert (result["quotes"].found, result["reported"].found) == (1, 1)
    crossed = score_article(gold, [said(0, 40, "indirect"), said(50, 90, "direct")], TEXT).counts
    assert (crossed["quotes"].found, crossed["reported"].found) == (0, 0)
    assert (crossed["quotes"].predicted, crossed["reported"].predicted) == (1, 1)  # each is a false positive


def test_pairs_are_one_to_one():
    gold = [unit("quote", [(0, 40)])]
    c = counts(gold, [said(0, 20), said(20, 40)])
    assert (c.found, c.predicted, c.gold) == (1, 2, 1)


def test_exact_matches_pair_first_even_against_a_larger_overlap_over_union():
    # The statement 0-25 is exactly the extent of the split quote (0-10 + 15-25: overlap over union
    # 0.8) but covers 0-24 of the other quote better (0.96): exact first, so it takes the split quote.
    split, whole = unit("quote", [(0, 10), (15, 25)]), unit("quote", [(0, 24)])
    assert match_units([said(0, 25)], [split, whole]) == [(0, 0)]
    assert match_units([said(0, 25), said(1, 24)], [split, whole]) == [(0, 0), (1, 1)]


def test_without_an_exact_match_the_largest_overlap_over_union_wins():
    gold = [unit("quote", [(0, 40)])]
    assert match_units([said(0, 30), said(0, 38)], gold) == [(1, 0)]


def test_attributed_needs_the_speaker_span_to_overlap_the_source():
    gold = [unit("quote", [(0, 40)], source=(150, 155))]
    assert counts(gold, [said(0, 40, speaker=(153, 160))]).attributed == 1
    assert counts(gold, [said(0, 40, speaker=(155, 160))]).attributed == 0  # touching is not overlapping
    assert counts(gold, [said(0, 40, speaker=None)]).attributed == 0


def test_units_without_source_count_for_found_only():
    gold = [unit("quote", [(0, 40)], source=None), unit("quote", [(50, 90)])]
    c = counts(gold, [said(0, 40), said(50, 90), said(100, 120)])
    assert (c.found, c.predicted, c.gold) == (2, 3, 2)
    assert (c.attributed, c.predicted_with_source, c.gold_with_source) == (1, 2, 1)


def test_statements_overlapping_an_unscored_attribution_are_ignored():
    gold = [unit("quote", [(0, 40)]), unit("unscored", [(100, 140)])]
    c = counts(gold, [said(0, 40), said(120, 130), said(160, 170)])
    assert (c.predicted, c.ignored) == (2, 1)
    errors = score_article(gold, [said(0, 40), said(120, 130), said(160, 170)], TEXT).errors
    assert [(e["error"], e["start"]) for e in errors] == [("spurious", 160)]


def test_precision_counts_only_statements_of_the_layers_kinds():
    gold = [unit("quote", [(0, 40)])]
    c = counts(gold, [said(0, 40), said(60, 80, "indirect"), said(100, 120, "indirect")])
    assert (c.found, c.predicted) == (1, 1)


def test_error_rows_name_missed_spurious_and_wrong_speaker():
    gold = [unit("quote", [(0, 40)]), unit("quote", [(50, 90)])]
    errors = score_article(gold, [said(0, 40, speaker=(0, 1)), said(100, 120)], TEXT, article="a").errors
    assert sorted((e["error"], e["start"]) for e in errors) == [("missed", 50), ("spurious", 100), ("wrong speaker", 0)]


def test_scores_table_sums_into_precision_recall_and_f1():
    table = scores_table({"quotes": Counts(found=3, predicted=4, gold=6, attributed=2, predicted_with_source=4,
                                           gold_with_source=5)})
    found, attributed = table.to_dict("records")
    assert (found["precision"], found["recall"], found["f1"]) == (0.75, 0.5, 0.6)
    assert (attributed["correct"], attributed["predicted"], attributed["gold"]) == (2, 4, 5)


def test_mention_fallback_takes_the_nearest_mention_of_the_speaker_in_the_sentence():
    result = {"sentences": [{"start": 0, "end": 50}, {"start": 51, "end": 90}],
              "mentions": [{"start": 2, "end": 5, "actor_id": "ann"}, {"start": 40, "end": 43, "actor_id": "ann"},
                           {"start": 30, "end": 33, "actor_id": "bob"}, {"start": 60, "end": 63, "actor_id": "ann"}],
              "statements": [{"start": 10, "end": 25, "speaker_id": "ann"}, {"start": 70, "end": 80, "speaker_id": "bob"},
                             {"start": 12, "end": 14, "speaker_id": "ann", "speaker_start": 2, "speaker_end": 5}]}
    spans = [(s["speaker_start"], s["speaker_end"]) for s in speaker_spans_from_mentions(result)]
    assert spans == [(2, 5), (None, None), (2, 5)]


def test_phrase_fallback_takes_the_nearest_whole_word_occurrence_outside_the_statement():
    text = "The heads said “we he won,” he said, then he left."
    statement = {"start": 16, "end": 26}
    (result,) = speaker_spans_from_phrases([statement], ["he"], text)
    assert text[result["speaker_start"] : result["speaker_end"]] == "he" and result["speaker_start"] == 28
    (none,) = speaker_spans_from_phrases([statement], [""], text)
    assert none["speaker_start"] is None


def test_phrase_fallback_prefers_the_statements_own_paragraph():
    text = "“We won,” Ann said. “It was close.”\nAnn left."
    (result,) = speaker_spans_from_phrases([{"start": 21, "end": 34}], ["Ann"], text)
    assert result["speaker_start"] == 10  # "Ann said" before it, not the nearer "Ann left" on the next line
