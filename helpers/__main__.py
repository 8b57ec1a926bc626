"""The command line: ``python -m helpers analyze ARTICLE.txt [options]``.

Errors go to stderr as one line saying what was wrong and how to fix it, with exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .analysis import analyze
from .article import load_article
from .resources import HelpersError, MissingResourceError

EXAMPLES = """examples:
  python -m helpers analyze data/article.txt
  python -m helpers analyze data/article.txt --actors data/actors.csv --format html --out report.html
  python -m helpers analyze my_story.txt --published 2024-03-12 --format markdown --out my_story.md

exit codes: 0 success, 2 bad input (one line on stderr says what was wrong and how to fix it)
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m helpers",
        description="News as Data: read a news article as data.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = commands.add_parser(
        "analyze",
        help="analyse one article and print the result",
        description="Find the article's sentences, time expressions, actors and statements.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("article", metavar="ARTICLE", help="the article as a UTF-8 text file, e.g. data/article.txt")
    run.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date, e.g. 2022-02-01; needed when the file has no 'Updated:'/'Published:' line "
        "and no ARTICLE.json beside it",
    )
    run.add_argument(
        "--actors", metavar="CSV", help="an actors table for this article (columns as data/actors.csv), e.g. data/actors.csv"
    )
    run.add_argument(
        "--format",
        choices=["json", "markdown", "html"],
        default="json",
        help="json: the data contract (default); markdown: tables for notes; html: one self-contained page "
        "with figures and the highlighted article",
    )
    run.add_argument("--out", metavar="FILE", help="write to FILE instead of printing, e.g. report.json")
    run.add_argument("--force", action="store_true", help="overwrite FILE given with --out if it exists")
    return parser


def render(args: argparse.Namespace) -> str:
    article = load_article(args.article, published=args.published)
    result = analyze(article, actors=args.actors)
    if args.format in ("markdown", "html"):
        # matplotlib is loaded only when the HTML report draws
        from .report import html_report, markdown_report

        return (markdown_report if args.format == "markdown" else html_report)(article, result)
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.out:
            out = Path(args.out)
            if not out.parent.exists():
                raise HelpersError(f"The folder {out.parent} for --out does not exist: create it or choose another path.")
            if out.exists() and not args.force:
                raise HelpersError(f"{out} already exists: choose another --out file or add --force to overwrite it.")
        output = render(args)
    except (HelpersError, MissingResourceError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.out:
        Path(args.out).write_text(output, encoding="utf-8")
    else:
        sys.stdout.write(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
