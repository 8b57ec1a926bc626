import pytest

from helpers import article_from_text, sentences, stopwords, tokens, tokens_frame, words
from helpers.evaluate import read_annotation, span_scores


def split(text):
    return [s.text for s in sentences(article_from_text("Headline\n\n" + text))][1:]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr Putin spoke. Mrs May left.", ["Mr Putin spoke.", "Mrs May left."]),
        ("Mr. Smith and Dr. Jones met. They agreed.", ["Mr. Smith and Dr. Jones met.", "They agreed."]),
        ("He addressed the U. N.  Security Council on Monday. Then he left.", ["He addressed the U. N.  Security Council on Monday.", "Then he left."]),
        ("The U.S. said no. Russia disagreed.", ["The U.S. said no.", "Russia disagreed."]),
        ("They met on Jan. 31, 2022. Nothing changed.", ["They met on Jan. 31, 2022.", "Nothing changed."]),
        ("Growth was 3.5 per cent. Prices rose 2.1%.", ["Growth was 3.5 per cent.", "Prices rose 2.1%."]),
        ("“We are ready.” He left.", ["“We are ready.”", "He left."]),
        ('"We are ready." He left.', ['"We are ready."', "He left."]),
        ("“Should we fight Nato then? Has anyone thought about it?”", ["“Should we fight Nato then?", "Has anyone thought about it?”"]),
        ("“Are you sure?” she asked. He nodded.", ["“Are you sure?” she asked.", "He nodded."]),
        ("“Stop!” he shouted.", ["“Stop!” he shouted."]),
        ("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
    ],
)
def test_sentence_rules(text, expected):
    assert split(text) == expected


def test_headline_and_lines_without_full_stop_are_sentences():
    art = article_from_text("Talks resume\n\nA standfirst without a stop\n\nBody. More body.")
    assert [s.text for s in sentences(art)] == ["Talks resume", "A standfirst without a stop", "Body.", "More body."]


def test_sentences_agree_with_hand_segmentation(article):
    gold = read_annotation("article_sentences")
    found = [(s.start, s.end) for s in sentences(article)]
    scores = span_scores(found, zip(gold.start, gold.end), mode="strict")
    assert scores.precision >= 0.95 and scores.recall >= 0.95, scores


def test_sentences_carry_sections_and_slices(article):
    for sent in sentences(article):
        assert article.text[sent.start : sent.end] == sent.text
        assert sent.section == article.section_at(sent.start)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ukraine’s border", ["Ukraine", "’s", "border"]),
        ("the U.S.-drafted text", ["the", "U.S.-drafted", "text"]),
        ("100,000 troops, 3.5%", ["100,000", "troops", ",", "3.5%"]),
        ("“manoeuvres” and build-up", ["“", "manoeuvres", "”", "and", "build-up"]),
        ("don't stop", ["don't", "stop"]),
        ("", []),
    ],
)
def test_tokens(text, expected):
    found = tokens(text)
    assert [t.text for t in found] == expected
    assert all(text[t.start : t.end] == t.text for t in found)


def test_tokens_of_an_article_know_their_sentence(article):
    frame = tokens_frame(article)
    assert frame["sentence"].min() == 0 and frame["sentence"].is_monotonic_increasing
    assert frame.loc[frame["text"] == "Nato", "is_word"].all()
    assert not frame.loc[frame["text"] == ",", "is_word"].any()


def test_words_and_stopwords():
    assert words("Putin’s 100 talks.") == ["Putin", "talks"]
    assert {"the", "and", "of"} <= stopwords() and "putin" not in stopwords()


@pytest.mark.parametrize(
    "chunk",
    ["Talks resume", "Mr Putin spoke.", "It ended.  \n\n", "Why?\u00a0", "“We are ready.”", "ok?!", ".", "", "  \n",
     "Mr Putin spoke. He left.", "He said “Why?” and left.", "U.S. talks", "It rose 3.5 per cent"],
)
def test_one_sentence_shortcut_agrees_with_punkt(chunk):
    # the shortcut of paragraph_sentence_spans skips Punkt when no ".", "?" or "!" stands before the
    # paragraph's last character: wherever it applies, Punkt gives the same single span
    from helpers.text import _has_no_inner_end, _sentence_tokenizer, paragraph_sentence_spans

    punkt = list(_sentence_tokenizer().span_tokenize(chunk))
    if _has_no_inner_end(chunk.rstrip()):
        assert list(paragraph_sentence_spans(chunk, 0, len(chunk))) == punkt
    else:
        assert len(punkt) >= 1
        # no shortcut here: the spans still run in order over the whole paragraph
        spans = list(paragraph_sentence_spans(chunk, 0, len(chunk)))
        assert spans and spans[0][0] == 0 and chunk[spans[-1][1] :].strip() == ""
        assert all(a < b <= c for (a, b), (c, _) in zip(spans, spans[1:]))


def test_one_sentence_shortcut_agrees_with_punkt_on_every_paragraph(article):
    from helpers.text import _has_no_inner_end, _sentence_tokenizer

    shortcut = 0
    for para in article.paragraphs:
        chunk = article.text[para.start : para.end]
        if _has_no_inner_end(chunk.rstrip()):
            shortcut += 1
            body = chunk.rstrip()
            assert list(_sentence_tokenizer().span_tokenize(chunk)) == ([(0, len(body))] if body else [])
    assert shortcut > 0
