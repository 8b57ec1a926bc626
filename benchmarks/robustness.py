"""Benchmark: every bad input of issue 13 at its full size, each in a fresh process, timed.

    python benchmarks/robustness.py                 # every case, 60 s timeout each
    python benchmarks/robustness.py --timeout 20    # a shorter timeout
    python benchmarks/robustness.py --only quotes   # the cases whose name holds "quotes"

Each case builds its input in a temporary folder, runs ``python -m helpers analyze …`` (or a
line of Python for the API cases) as a subprocess with a timeout and a memory limit (4 GB of
address space, so that a runaway case cannot take the machine down), and prints one row: the
wall time, the exit code, the size of the output and the first line of stderr. A case passes
when it exits 0 or 2 with at most one line on stderr, within the timeout. The tests in
tests/test_robustness.py run the same cases at small sizes; this is a measurement, not a test:
nothing fails when a case is slow.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADLINE = "Talks resume\n\n"
MEMORY_LIMIT = 4 * 1024**3


@dataclass(frozen=True)
class Case:
    """One bad input: a name, how to write it into a folder, and the command's arguments there.

    ``build(folder)`` writes the input files and returns the argv after ``python -m helpers``
    (or, with ``python`` set, the argv after ``python -c``).
    """

    name: str
    build: Callable[[Path], list[str]]
    python: bool = False
    expect_exit: int | None = None


@dataclass
class Outcome:
    """What one case did: seconds, exit code (None on timeout), output bytes, stderr's first line."""

    case: Case
    seconds: float
    code: int | None
    output_bytes: int
    stderr_lines: int
    first_error: str = field(default="")

    @property
    def verdict(self) -> str:
        if self.code is None:
            return "TIMEOUT"
        if self.case.expect_exit is not None and self.code != self.case.expect_exit:
            return f"WANT {self.case.expect_exit}"
        if self.code in (0, 2) and self.stderr_lines <= 1 and "Traceback" not in self.first_error:
            return "ok"
        return "FAIL"


def article_case(name: str, body: Callable[[], str], *extra: str, published: str = "2022-02-01") -> Case:
    """A case that analyses ``HEADLINE + body()`` written as UTF-8."""

    def build(folder: Path) -> list[str]:
        path = folder / "story.txt"
        path.write_text(HEADLINE + body() + "\n", encoding="utf-8")
        return ["analyze", str(path), "--published", published, "--out", str(folder / "out.json"), *extra]

    return Case(name, build)


def random_capitalised_words(count: int) -> str:
    rng = random.Random(0)
    letters = "abcdefghijklmnopqrstuvwxyz"
    return " ".join(rng.choice(letters).upper() + "".join(rng.choices(letters, k=rng.randint(2, 9))) for _ in range(count)) + "."


def nested_quotes(size: int) -> str:
    """Quotes inside quotes inside quotes …, alternating double and single curly marks, ``size`` characters."""
    opening = "\u201cHe said \u2018She said "
    closing = "\u2019 she said.\u201d "
    depth = size // (len(opening) + len(closing))
    return opening * depth + "yes" + closing * depth


def text_cases() -> list[Case]:
    """The pathological texts of issue 13, at the sizes it gives."""
    return [
        article_case("built 3000 years ago", lambda: "It was built 3000 years ago."),
        article_case("8000 years from now", lambda: "It will last 8000 years from now."),
        article_case("300 centuries ago", lambda: "The cave was painted 300 centuries ago."),
        article_case("100000000000 weeks ago", lambda: "That was 100000000000 weeks ago."),
        article_case("3,000 years ago", lambda: "The town was founded 3,000 years ago."),
        article_case("8,000 x Ivan", lambda: " ".join(["Ivan"] * 8000) + "."),
        article_case("50,000 x Ivan", lambda: " ".join(["Ivan"] * 50000) + "."),
        article_case("40 KB word + officials said", lambda: "x" * 40_000 + " officials said"),
        article_case('20,000 x "', lambda: '"' * 20_000),
        article_case("alternating '\" (50 KB)", lambda: "'\"" * 25_000),
        article_case("nested quotes (74 KB)", lambda: nested_quotes(74_000)),
        article_case('He said " x 20,000', lambda: 'He said "' * 20_000),
        article_case("He said she said (288 KB)", lambda: "He said she said " * 17_000),
        article_case(
            "3,000 dates in one sentence",
            lambda: "Talks were held on " + ", ".join(f"{d % 28 + 1} March {2000 + d % 20}" for d in range(3000)) + ".",
        ),
        article_case("50,000 random capitalised words", lambda: random_capitalised_words(50_000)),
        article_case("--published 0001-01-01", lambda: "It was built last year, 3 days ago.", published="0001-01-01"),
        article_case("--published 9999-12-31", lambda: "It opens next year, in 3 days.", published="9999-12-31"),
    ]


def file_cases() -> list[Case]:
    """The bad files and bad --out targets of issue 13."""

    def story(folder: Path) -> Path:
        path = folder / "story.txt"
        path.write_text(HEADLINE + "The envoy spoke on Monday.\n", encoding="utf-8")
        return path

    def fifo(folder: Path) -> list[str]:
        os.mkfifo(folder / "pipe.txt")
        return ["analyze", str(folder / "pipe.txt"), "--published", "2022-02-01"]

    def utf16(folder: Path) -> list[str]:
        (folder / "story.txt").write_bytes((HEADLINE + "The envoy spoke.\n").encode("utf-16"))
        return ["analyze", str(folder / "story.txt")]

    def json_8pm(folder: Path) -> list[str]:
        path = story(folder)
        path.with_suffix(".json").write_text('{"published": "2022-02-01", "published_time": "8pm"}', encoding="utf-8")
        return ["analyze", str(path)]

    def big(folder: Path) -> list[str]:
        path = folder / "big.txt"
        path.write_text(HEADLINE + "The envoy spoke on Monday. " * 240_000, encoding="utf-8")  # 6.5 MB
        return ["analyze", str(path), "--published", "2022-02-01"]

    def alias(folder: Path, alias: str) -> list[str]:
        table = folder / "actors.csv"
        table.write_text(f"id,name,type,country,role,aliases,valid_from,valid_to,source\nx,X,ORG,,,{alias},,,test\n", encoding="utf-8")
        return ["analyze", str(story(folder)), "--published", "2022-02-01", "--actors", str(table)]

    return [
        Case("FIFO as the article", fifo),
        Case("UTF-16 file", utf16),
        Case("sibling JSON published_time 8pm", json_8pm),
        Case("6.5 MB file", big),
        Case("--out an existing folder --force", lambda f: ["analyze", str(story(f)), "--published", "2022-02-01", "--out", str(f), "--force"]),
        Case("--out /dev/full", lambda f: ["analyze", str(story(f)), "--published", "2022-02-01", "--out", "/dev/full", "--force"]),
        Case("--out the input file --force", lambda f: ["analyze", str(story(f)), "--published", "2022-02-01", "--out", str(f / "story.txt"), "--force"]),
        Case("actors CSV alias '.'", lambda f: alias(f, "."), expect_exit=2),  # wanted: the row named
        Case("actors CSV alias 'a'", lambda f: alias(f, "a"), expect_exit=2),
        Case(
            "lone surrogate to analyze()",
            lambda f: ["import sys\nfrom helpers import HelpersError, analyze\ntry:\n"
                       "    analyze('Talks\\n\\nHe said \\ud800.', published='2022-02-01')\n"
                       "except HelpersError as err:\n    print(f'error: {err}', file=sys.stderr)\n    sys.exit(2)"],
            python=True,
            expect_exit=2,
        ),
    ]


def limit_memory() -> None:  # pragma: no cover - runs in the child process
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):
        pass


def run_case(case: Case, timeout: float) -> Outcome:
    """Build the case in a fresh folder and run it once in a subprocess."""
    with tempfile.TemporaryDirectory(prefix="robustness-") as name:
        folder = Path(name)
        argv = case.build(folder)
        command = [sys.executable, "-c", argv[0]] if case.python else [sys.executable, "-m", "helpers", *argv]
        env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        start = time.perf_counter()
        try:
            done = subprocess.run(
                command, cwd=ROOT, env=env, capture_output=True, timeout=timeout,
                preexec_fn=limit_memory if os.name == "posix" else None,
            )
        except subprocess.TimeoutExpired:
            return Outcome(case, time.perf_counter() - start, None, 0, 0, f"over {timeout:.0f} s")
        seconds = time.perf_counter() - start
        out = folder / "out.json"
        size = out.stat().st_size if out.is_file() else len(done.stdout)
        errors = done.stderr.decode("utf-8", "replace").strip().splitlines()
        last = errors[-1] if len(errors) > 1 else (errors[0] if errors else "")
        return Outcome(case, seconds, done.returncode, size, len(errors), last[:110])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per case (default 60)")
    parser.add_argument("--only", default="", help="run only the cases whose name contains this text")
    args = parser.parse_args()
    cases = [c for c in text_cases() + file_cases() if args.only.lower() in c.name.lower()]
    print(f"{'case':36} {'seconds':>8} {'exit':>5} {'output':>10}  verdict  stderr (last line)")
    for case in cases:
        outcome = run_case(case, args.timeout)
        code = "-" if outcome.code is None else str(outcome.code)
        size = f"{outcome.output_bytes / 1e6:.2f} MB" if outcome.output_bytes >= 1e5 else f"{outcome.output_bytes} B"
        print(
            f"{case.name:36} {outcome.seconds:8.2f} {code:>5} {size:>10}  {outcome.verdict:7}  {outcome.first_error}",
            flush=True,
        )


if __name__ == "__main__":
    main()
