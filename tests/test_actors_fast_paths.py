"""The actor stage's quick tests (made for speed) change no result: fast and slow paths agree."""

from pathlib import Path

import pytest

from conftest import DATA, FIXTURES
from helpers import article_from_text, load_article
from helpers.actors.aliases import load_actor_table
from helpers.actors.reader import ActorReader
from helpers.document import Document

#: invented: the rarer shapes the quick tests must let through (an age, a headline's byline, spaced initials)
INVENTED = (
    "'We will not give up', says crane operator\n\n"
    "The 54-year-old has worked at the port since 1990. The U. N. envoy, Ana Ruiz, met Minister for Housing "
    "Tom Hale and Germany’s foreign minister. Ruiz said the union’s leaders, the port’s owners and "
    "a State Department official would meet. Her Peruvian counterpart, Luis Carranza, said he agreed. "
    "Nato member Hungary and its frequent partner China said no."
)
TEXTS = [DATA / "article.txt", DATA / "samples" / "city_budget_vote.txt", *sorted((FIXTURES / "articles").glob("dev*.txt")), INVENTED]


class Everything(frozenset):
    """A set that contains every word: a quick test given it lets everything through."""

    def __contains__(self, word):
        return True


class NoEnd(dict):
    """A ``last_noun`` that lets every unit through."""

    def get(self, key, default=None):
        return 10**9


@pytest.fixture(scope="module", params=TEXTS, ids=lambda p: p.stem if isinstance(p, Path) else "invented")
def reader(request):
    source = request.param
    article = load_article(source, published="2022-02-01") if isinstance(source, Path) else article_from_text(source, published="2022-02-01")
    reader = ActorReader(Document(article), load_actor_table(None))
    reader.discover()
    return reader


def test_there_are_texts_to_compare_on():
    assert len(TEXTS) >= 5


def test_every_units_alias_looked_up_in_one_pass_is_its_own_lookup(reader):
    fast = list(reader.matches())
    assert fast == [reader._match(i, reader.hi[i]) for i in range(len(reader.units))]
    assert any(m.length for m in fast)


def test_the_quick_test_for_a_title_before_a_name_drops_no_title(reader):
    fast = [reader.title_before(n) for n in range(len(reader.units))]
    fast_nouns = [reader._role_noun_ending_at(n) for n in range(len(reader.units))]
    ends = reader._title_ends, reader._role_noun_ends
    reader._title_ends = reader._role_noun_ends = Everything()
    try:
        slow = [reader.title_before(n) for n in range(len(reader.units))]
        slow_nouns = [reader._role_noun_ending_at(n) for n in range(len(reader.units))]
    finally:
        reader._title_ends, reader._role_noun_ends = ends
    assert fast == slow and fast_nouns == slow_nouns
    assert any(found is not None for found in fast)


def test_the_quick_test_for_a_noun_ahead_drops_no_description(reader):
    reader.matches()
    fast = [reader._descriptions(i) for i in range(len(reader.units))]
    last_noun = reader.last_noun
    fast_units = [reader._unit_candidates(i, True) for i in range(len(reader.units))]
    last_apposition = reader.last_apposition
    reader.last_noun = reader.last_apposition = NoEnd()
    try:
        slow = [reader._descriptions(i) for i in range(len(reader.units))]
        slow_units = [reader._unit_candidates(i, True) for i in range(len(reader.units))]
    finally:
        reader.last_noun, reader.last_apposition = last_noun, last_apposition
    assert fast == slow
    assert fast_units == slow_units
    assert any(fast)


def test_a_mention_written_field_by_field_equals_one_made_by_its_checked_constructor(reader):
    from dataclasses import fields

    from helpers.actors.model import Mention

    mentions = reader.resolve(reader.select(reader.candidates()))
    assert mentions
    for m in mentions:
        assert set(vars(m)) == {f.name for f in fields(Mention)}
        assert Mention(*(getattr(m, f.name) for f in fields(Mention))) == m  # Span's checks pass too


def _every_length_lookup(reader, i):
    """The longest alias at unit ``i``, every length tried (no table of lengths): the slow reference."""
    keys, first = reader.keys, reader.keys[i]
    for n in range(min(max(reader.table.longest, 6), reader.hi[i] - i), 0, -1):
        key = tuple(keys[i : i + n])
        entries = reader.table.names.get(key, ()) + tuple(reader.extra.get(key, ()))
        if not entries and reader.firsts[i] and first[:1].isupper():
            entries = tuple(e for e in reader.table.names.get((first.lower(), *key[1:]), ()) if e.form == "DESC")
        if entries:
            return n, entries
    return 0, ()


@pytest.mark.parametrize("table", [None, DATA / "actors.csv"], ids=["generic", "course table"])
def test_the_lookups_bounded_by_alias_lengths_find_every_alias(table):
    text = (load_article(DATA / "article.txt").text + "\n\nA senior State Department official said no. "
            "The Hague and the Kremlin spoke.")
    reader = ActorReader(Document(article_from_text(text, published="2022-02-01"), actors_table=table), load_actor_table(table))
    reader.discover()
    found = [tuple(m) for m in reader.matches()]
    assert found == [_every_length_lookup(reader, i) for i in range(len(reader.keys))]
    if table is not None:
        assert ("A", "DESC") in {(reader.keys[i], e.form) for i, m in enumerate(found) for e in m[1]}


def test_the_phrase_starts_left_out_in_one_pass_propose_nothing(reader):
    matches = reader.matches()
    kept = set(reader._proposing_starts(matches, set()))
    left_out = [i for i in reader._phrase_starts(matches) if i not in kept]
    assert left_out and kept
    assert all(reader._unit_candidates(i, True) == [] for i in left_out)


def _every_cell_of_the_lexicons():
    """Every ``|``-separated value of every CSV cell and every line of every word list in data/lexicons/."""
    import csv

    from helpers.actors.tables import split_cell

    found = set()
    for path in sorted((DATA / "lexicons").glob("*.csv")) + [DATA / "actors.csv"]:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(line for line in handle if not line.startswith("#")):
                for cell in row:
                    found.update(split_cell(cell))
    for path in sorted((DATA / "lexicons").glob("*.txt")):
        found.update(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return found


def test_the_keys_of_plain_words_split_without_the_tokenizer_are_the_tokenizers_keys():
    from helpers.actors.tables import _PLAIN_WORDS, keys_of, unit_spans

    cells = _every_cell_of_the_lexicons() | {"U N", "A B C", "Mr X", "a", "O Neill", "I"}
    plain = [c for c in cells if _PLAIN_WORDS.fullmatch(c)]
    assert len(plain) > 1000  # the fast path is the usual one
    for cell in cells:
        assert keys_of(cell) == tuple(k for _, _, k in unit_spans(cell)), cell


def _units_read_sentence_by_sentence(doc):
    """The units of a document read one sentence and one unit at a time: the slow reference for
    :class:`helpers.actors.unit_lists.UnitLists` (keys, sentence windows, paragraphs, firsts, common words)."""
    from helpers.actors.tables import token_units
    from helpers.actors.unit_lists import CURLY_OPENERS, QUOTE_OPENERS, is_word

    text, found = doc.text, {name: [] for name in ("starts", "ends", "keys", "sents", "paras", "lo", "hi", "firsts")}
    common, para_starts, previous_para = set(), [], -1
    for number, sent in enumerate(doc.sentences):
        spans = token_units([(t.start, t.end, t.text) for t in doc.tokens if t.sentence == number])
        lo = len(found["keys"])
        if spans and sent.paragraph != previous_para:
            para_starts.append(lo)
        previous_para = sent.paragraph
        first = True
        for start, end, key in spans:
            found["starts"].append(start)
            found["ends"].append(end)
            found["keys"].append(key)
            found["sents"].append(number)
            found["paras"].append(sent.paragraph)
            found["lo"].append(lo)
            found["hi"].append(lo + len(spans))
            found["firsts"].append(first and is_word(key))
            if is_word(key):
                if not first and key.isalpha() and key.islower():
                    common.add(key)
                first = False
            elif key in CURLY_OPENERS or key in QUOTE_OPENERS and not any(c.isalpha() for c in text[max(sent.start, start - 3) : start]):
                first = True
    return found, common, para_starts


@pytest.mark.parametrize("source", [*TEXTS, "“we’ll see,” she said: ‘no’. J. R. R. Tolkien (a U. S. writer) said 'fine'.\n\n"
                                    "(“the Kremlin” is ‘quiet’.) “…”: J. A B. met X. Y. Russia’s ‘envoy’."],
                         ids=lambda p: p.stem if isinstance(p, Path) else "invented")
def test_the_units_made_for_the_whole_article_at_once_are_those_read_sentence_by_sentence(source):
    article = load_article(source, published="2022-02-01") if isinstance(source, Path) else article_from_text(source, published="2022-02-01")
    doc = Document(article)
    reader = ActorReader(doc, load_actor_table(None))
    slow, common, para_starts = _units_read_sentence_by_sentence(doc)
    for name, values in slow.items():
        assert getattr(reader, name) == values, name
    asked = {k for k in slow["keys"]} | {k.lower() for k in slow["keys"]} | {k.lower() + "s" for k in slow["keys"]}
    assert {word for word in asked if word in reader.common} == common and reader.para_starts == para_starts
    assert reader.lower == [k.lower() for k in slow["keys"]] and reader.capitalised == [i for i, k in enumerate(slow["keys"]) if k[:1].isupper()]


def test_the_units_left_out_as_title_name_starts_start_no_title_name(reader):
    starts = reader._title_name_starts()
    assert starts == sorted(set(starts)) and set(starts) <= set(reader.capitalised)
    left_out = [i for i in reader.capitalised if i not in set(starts)]
    assert left_out and all(reader.title_name_at(i) is None for i in left_out)
    assert any(reader.title_name_at(i) is not None for i in starts)



def test_the_quick_test_for_a_start_with_no_determiner_drops_no_description(reader):
    reader.matches()
    fast = [reader._descriptions(i) for i in range(len(reader.keys))]
    quick = reader._bare_start_may_describe
    reader._bare_start_may_describe = lambda i, det: True
    try:
        slow = [reader._descriptions(i) for i in range(len(reader.keys))]
    finally:
        del reader._bare_start_may_describe
    assert fast == slow and any(fast)
    assert any(not quick(i, "") for i in range(len(reader.keys)))  # the quick test drops some starts
