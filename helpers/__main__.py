"""The command line: ``python -m helpers analyze ARTICLE.txt [options]`` and ``python -m helpers evaluate FOLDER``.

Errors go to stderr as one line saying what was wrong and how to fix it, with exit code 2.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
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
    commands.add_parser(
        "evaluate",
        help="score the helpers on an annotated folder (the course's JSON, TimeML .tml, or BRAT .ann + .txt)",
        add_help=False,
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
    """Load the article, analyse it and return the output in the chosen format."""
    article = load_article(args.article, published=args.published)
    result = analyze(article, actors=args.actors)
    if args.format == "markdown":
        from .report import markdown_report  # no matplotlib

        return markdown_report(article, result)
    if args.format == "html":
        from .report import html_report  # matplotlib is loaded when it draws

        with matplotlib_leaves_home_alone():
            return html_report(article, result)
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"


@contextmanager
def matplotlib_leaves_home_alone() -> Iterator[None]:
    """Point matplotlib's config and font cache at a temporary folder while the command draws.

    Loaded for the first time, matplotlib writes a font cache (and a config folder) into the
    user's home; a command that makes one HTML file should leave no trace there. Scanning the
    fonts again on each run costs about half a second (measured on 71 fonts), small next to the
    analysis. Nothing changes when MPLCONFIGDIR is set or matplotlib is already loaded (a notebook
    or an in-process caller keeps its own matplotlib).
    """
    if "MPLCONFIGDIR" in os.environ or "matplotlib" in sys.modules:
        yield
        return
    import tempfile  # only the html format needs it (the json command starts faster without)

    with tempfile.TemporaryDirectory(prefix="news-as-data-matplotlib-") as folder:
        os.environ["MPLCONFIGDIR"] = folder
        try:
            yield
        finally:
            del os.environ["MPLCONFIGDIR"]


def check_actors_table(path: Path) -> None:
    """Refuse, before the analysis, an actors table that is not a regular file we may read."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise HelpersError(f"There is no actors table at {path}: check the spelling and the folder you run from.") from None
    if not stat.S_ISREG(info.st_mode):
        raise HelpersError(f"{path} is not a regular file: give --actors the path of a CSV file like data/actors.csv.")
    try:
        path.open("rb").close()
    except OSError as err:
        raise HelpersError(f"You may not read the actors table {path} ({err.strerror or err}): check its permissions.") from None


def check_out(args: argparse.Namespace) -> Path:
    """The ``--out`` path, checked before the analysis: a regular file (with --force) or a new file in a folder.

    Never one of the inputs (the article, the JSON beside it, the actors table), even with --force.
    """
    out = Path(args.out)
    if not (out.exists() or out.is_symlink()):
        if not out.parent.is_dir():
            raise HelpersError(f"The folder {out.parent} for --out does not exist: create it or choose another path.")
        return out
    if out.is_dir():
        raise HelpersError(f"{out} is a folder: give --out a file name, e.g. {out / 'report.json'}.")
    if not out.is_file():
        raise HelpersError(f"{out} is not a regular file (a device, pipe or broken link): give --out the path of a file.")
    inputs = [Path(args.article), Path(args.article).with_suffix(".json")] + ([Path(args.actors)] if args.actors else [])
    for source in inputs:
        if source.is_file() and os.path.samefile(out, source):
            raise HelpersError(f"--out {out} is the input file {source}: write the result to another file.")
    if not args.force:
        raise HelpersError(f"{out} already exists: choose another --out file or add --force to overwrite it.")
    return out


def write_out(out: Path, output: str) -> None:
    """Write ``output`` to ``out`` as UTF-8; a failure is one sentence."""
    try:
        with out.open("w", encoding="utf-8") as handle:
            handle.write(output)
    except OSError as err:
        raise HelpersError(f"Could not write {out} ({err.strerror or err}): free some space or choose another --out file.") from None


def one_line(message: str, limit: int = 400) -> str:
    """``message`` on one line, cut to ``limit`` characters (a message never floods the terminal)."""
    flat = " ".join(message.splitlines())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    """Run the command; return its exit code (0 success, 2 bad input with one line on stderr)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["evaluate"]:
        from .corpora.cli import main as evaluate

        return evaluate(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        out = check_out(args) if args.out else None
        if args.actors:
            check_actors_table(Path(args.actors))
        output = render(args)
        if out is not None:
            write_out(out, output)
        else:
            sys.stdout.write(output)
    except (HelpersError, MissingResourceError) as err:
        print(f"error: {one_line(str(err))}", file=sys.stderr)
        return 2
    except Exception as err:
        # the command's boundary: a fault in the helpers on an odd article is one line, never a traceback
        print(
            f"error: the helpers could not analyse {args.article} ({type(err).__name__}: {one_line(str(err), 160)}); "
            "try another --published date, or report it with the article file.",
            file=sys.stderr,
        )
        return 2
    return 0


def run_once(argv: list[str] | None = None) -> int:
    """:func:`main` in a process that ends right after it, with Python's cycle collector kept out of the way.

    For speed (the start-up of ``python -m helpers analyze`` is a course target): while NLTK, numpy
    and the tables load, the collector would walk their objects again and again (about 30 ms on the
    course article), and when the process ends it would walk them all once more (about 50 ms): about
    80 ms of the command's 0.5 s together. One
    article's objects hold few reference cycles and the operating system frees the memory of an
    ending process, so the analysis runs with the collector off and everything is frozen
    (:func:`gc.freeze`) before exit. ``evaluate`` reads a whole corpus, so it keeps the collector on.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] != ["evaluate"]:
        gc.disable()
    try:
        return main(argv)
    finally:
        gc.freeze()


if __name__ == "__main__":
    sys.exit(run_once())
