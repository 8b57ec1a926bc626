"""The Markdown and HTML reports show an article's text as text: no HTML or Markdown from it becomes markup.

An article (or a student's actors table) may hold ``<script>``, ``<img onerror=…>``, Markdown
links and images, or ``$…$`` that JupyterLab would typeset; notebook 06 displays the Markdown
report with ``Markdown(...)``, whose output JupyterLab trusts. The JSON keeps the text exactly.
"""

from __future__ import annotations

import copy
import re
from html.parser import HTMLParser

import pytest

from conftest import DATA
from helpers import analyze, article_from_text, load_article
from helpers.report import html_report, markdown_report
from helpers.report.escape import markdown_text

PAYLOAD = '<script>alert(1)</script><img src=x onerror="alert(2)">[x](javascript:alert(3))![i](http://e.invalid/i.png)$\\frac{$'
ACTOR = "Ms Lee"


@pytest.fixture(scope="module")
def article_and_result(tmp_path_factory):
    """An article with the payload in its headline, a statement and an event's sentence; an actor named by it."""
    table = tmp_path_factory.mktemp("actors") / "actors.csv"
    table.write_text(
        "id,name,type,country,role,aliases,valid_from,valid_to,source\n"
        f'lee,"{PAYLOAD.replace(chr(34), chr(34) * 2)}",PERSON,,mayor,{ACTOR}|Lee,,,test\n',
        encoding="utf-8",
    )
    text = (
        f"{PAYLOAD} talks\n\n"
        f"On Monday {PAYLOAD} the council met. \u201c{PAYLOAD} we will win,\u201d {ACTOR} said on Tuesday.\n\n"
        f"{ACTOR} told reporters that {PAYLOAD} would pass.\n"
    )
    art = article_from_text(text, published="2022-02-01")
    return art, analyze(art, actors=table)


def with_payload_everywhere(result: dict) -> dict:
    """The result with the payload in every text field a report shows (names, timexes, events, cues …)."""
    result = copy.deepcopy(result)
    result["document"]["source"] = PAYLOAD
    for row in result["actors"]:
        row["name"], row["type"] = PAYLOAD, PAYLOAD
    for row in result["timexes"]:
        row["text"], row["type"], row["value"] = PAYLOAD, PAYLOAD, PAYLOAD
    for row in result["events"]:
        row["label"] = PAYLOAD
    for row in result["statements"]:
        row["text"], row["cue"], row["kind"] = PAYLOAD, PAYLOAD, "direct"
    return result


def test_the_fixture_puts_the_payload_where_it_should(article_and_result):
    art, result = article_and_result
    assert result["document"]["headline"].startswith(PAYLOAD)  # the JSON keeps the text exactly
    assert any(a["name"] == PAYLOAD for a in result["actors"])
    assert any(PAYLOAD in s["text"] for s in result["statements"])
    assert any(s["speaker_id"] == "lee" for s in result["statements"])
    assert result["events"] and result["timexes"]
    for s in result["statements"]:
        assert art.text[s["start"] : s["end"]] == s["text"]


def assert_markdown_is_inert(markdown: str) -> None:
    assert "<" not in markdown  # every < from the text is &lt;: no tag can open
    assert not re.search(r"(?<!\\)[\[\]$]", markdown)  # no link, image or LaTeX can open
    assert "&lt;script&gt;" in markdown and "javascript:alert" in markdown  # shown, not dropped


def test_markdown_report_escapes_every_field(article_and_result):
    art, result = article_and_result
    for shown in (result, with_payload_everywhere(result)):
        assert_markdown_is_inert(markdown_report(art, shown))


ALLOWED_MARKDOWN_TAGS = {"h1", "h2", "p", "table", "thead", "tbody", "tr", "th", "td", "em", "code"}


def test_markdown_report_renders_without_links_images_or_html(article_and_result):
    mistune = pytest.importorskip("mistune")  # JupyterLab-like rendering (CommonMark + tables)
    art, result = article_and_result
    rendered = mistune.create_markdown(escape=False, plugins=["table", "strikethrough", "math"])(
        markdown_report(art, with_payload_everywhere(result))
    )
    tags = Tags.of(rendered)
    assert tags.names <= ALLOWED_MARKDOWN_TAGS | {"div", "span"}, tags.names
    assert not tags.on_attributes and "math" not in rendered
    assert PAYLOAD.split("<img")[0].replace("<", "&lt;").replace(">", "&gt;") in rendered


class Tags(HTMLParser):
    """Every tag and attribute of an HTML page, and its visible text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.names: set[str] = set()
        self.on_attributes: list[str] = []
        self.image_sources: list[str] = []
        self.text: list[str] = []

    @classmethod
    def of(cls, page: str) -> Tags:
        parser = cls()
        parser.feed(page)
        parser.close()
        return parser

    def handle_starttag(self, tag, attrs):
        self.names.add(tag)
        self.on_attributes += [name for name, _ in attrs if name.lower().startswith("on")]
        self.image_sources += [value or "" for name, value in attrs if tag == "img" and name == "src"]

    def handle_data(self, data):
        self.text.append(data)


PAGE_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "code", "figure", "img", "table",
             "thead", "tbody", "tr", "th", "td", "div", "span", "em", "small", "pre"}


def test_html_report_escapes_every_field_and_still_draws(article_and_result):
    art, result = article_and_result
    tags = Tags.of(html_report(art, with_payload_everywhere(result)))  # figures are drawn: one page suffices
    assert tags.names <= PAGE_TAGS, tags.names - PAGE_TAGS
    assert not tags.on_attributes
    assert len(tags.image_sources) == 3 and all(s.startswith("data:image/png;base64,") for s in tags.image_sources)
    assert PAYLOAD in "".join(tags.text)  # the payload is shown as text


def test_markdown_text_neutralises_links_images_html_and_maths():
    shown = markdown_text("![a](b) [c](d) <i>e</i> $f$ `g` *h* _i_ | ~j~ \\k")
    assert shown == "\\!\\[a\\]\\(b\\) \\[c\\]\\(d\\) &lt;i&gt;e&lt;/i&gt; \\$f\\$ \\`g\\` \\*h\\* \\_i\\_ \\| \\~j\\~ \\\\k"


def test_course_report_still_reads_well():
    art = load_article(DATA / "article.txt")
    markdown = markdown_report(art, analyze(art, actors=DATA / "actors.csv"))
    assert markdown.startswith("# Putin says he supports diplomatic push in Ukraine after US urges de-escalation\n")
    assert "| Vladimir Putin | PERSON |" in markdown


def test_the_highlighted_article_frames_each_statement_s_speaker_and_cue():
    from helpers.report.highlight import highlight_html
    from helpers.report.html import _layers

    art = article_from_text("Talks\n\n“We are ready,” Mr Ivanov said on Monday.\n", published="2022-02-01")
    result = analyze(art)
    statement = result["statements"][0]
    assert art.text[statement["speaker_start"] : statement["speaker_end"]] == "Mr Ivanov"
    assert art.text[statement["cue_start"] : statement["cue_end"]] == "said"
    page = highlight_html(art.text, _layers(result))
    assert '<span style="outline:1px dashed' in page
    assert 'title="frame: speaker">Mr Ivanov</span>' in page or 'title="frame: speaker"><span' in page
    assert 'title="frame: cue">said</span>' in page


def test_the_report_shades_a_split_quote_part_by_part():
    from helpers.report.highlight import highlight_html
    from helpers.report.html import _layers

    art = article_from_text("Talks\n\n“We are ready,” Mr Ivanov said. “We always were.”\n", published="2022-02-01")
    result = analyze(art)
    (statement,) = result["statements"]
    assert len(statement["parts"]) == 2
    page = highlight_html(art.text, _layers(result))
    assert ">We are ready,</span>" in page and ">We always were.</span>" in page
