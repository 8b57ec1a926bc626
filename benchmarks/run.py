"""Benchmark: the whole pipeline's words/s beside dateparser's, growth with length, start-up time.

    python benchmarks/run.py                   # about a minute on a 2-core machine
    python benchmarks/run.py --quick           # fewer rounds
    python benchmarks/run.py --baseline main   # and another commit's helpers, rounds alternating

Its own requirements are in benchmarks/requirements.txt (dateparser, for the comparison only):
install them into a separate virtual environment, never into the course's, e.g.
``python -m venv /tmp/bench && /tmp/bench/bin/pip install -r requirements.txt -r benchmarks/requirements.txt``
(the ``-e .`` line of requirements.txt may be dropped: the script puts this checkout first on the path).

1. Throughput, after import, in one process (one core): ``helpers.analyze`` (the whole JSON
   contract, sentiment included) and dateparser's ``search_dates(text, languages=["en"],
   settings={"RELATIVE_BASE": <publication datetime>})`` on the same texts — the course article,
   the sample and the dev set, each copy made unique (a trailing whitespace line) so that no
   cache answers twice — the two alternating round by round; best round of each, and the ratio.
2. Growth: a 1,000-word and a 40,000-word article (body paragraphs of those texts in turn),
   each layer of the document timed in order, in milliseconds per 1,000 words, and the 40k/1k
   ratio per layer and for the whole.
3. Start-up: ``python -m helpers analyze data/article.txt --format json`` against
   ``python -c "import pandas"``, fresh processes alternating, median of several runs.

With ``--baseline REV`` the same measurements run on REV's helpers (exported with ``git
archive`` to a temporary folder) in separate processes, old and new alternating. The load
average is printed before and after. Throughput and growth count CPU time (``time.process_time``),
steadier than wall time on a shared machine; start-up is wall time and the children's CPU time. A measurement, not a test: nothing fails when a target is
missed (targets: >= 50,000 words/s and >= 1.5x dateparser; 40k/1k <= 1.5; start-up <= 1.5x pandas).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

#: the layers of a Document, timed in this order (each reuses the ones before it)
LAYERS = ("sentences", "tokens", "timexes", "events", "mentions", "statements", "tones")


def sources(root: Path) -> list[Path]:
    """The course article, the sample and the dev set."""
    dev = sorted((root / "tests" / "fixtures" / "articles").glob("dev*.txt"))
    return [root / "data" / "article.txt", root / "data" / "samples" / "city_budget_vote.txt", *dev]


def texts(root: Path) -> list[tuple[str, dt.date]]:
    """(text, publication date) of each source, read by the helpers' own loader.

    The date is the text's own date line, else the ``publication_date`` of the dev set's JSON.
    """
    from helpers.article import load_article

    found = []
    for path in sources(root):
        gold = path.with_suffix(".json")
        published = json.loads(gold.read_text(encoding="utf-8")).get("publication_date") if gold.is_file() else None
        article = load_article(path, published=published)
        found.append((article.text, article.published))
    return found


def long_text(root: Path, words: int) -> str:
    """A headline, then body paragraphs of the texts in turn until ``words`` words."""
    paragraphs = [p for text, _ in texts(root) for p in text.split("\n\n")[1:] if p.strip()]
    out, count, k = ["Long article"], 0, 0
    while count < words:
        out.append(paragraphs[k % len(paragraphs)])
        count += len(out[-1].split())
        k += 1
    return "\n\n".join(out)


def unique(text: str, serial: int) -> str:
    """``text`` with a trailing whitespace line of its own, so that no cache has seen it."""
    return text + "\n" + " " * serial


def run_helpers(corpus: list[tuple[str, dt.date]], serial: int) -> float:
    """Seconds for ``helpers.analyze`` on unique copies of the corpus."""
    import helpers

    copies = [(unique(text, serial + n), date.isoformat()) for n, (text, date) in enumerate(corpus)]
    start = time.process_time()
    for text, date in copies:
        helpers.analyze(text, published=date)
    return time.process_time() - start


def run_dateparser(corpus: list[tuple[str, dt.date]], serial: int) -> float:
    """Seconds for dateparser's ``search_dates`` on unique copies of the corpus."""
    from dateparser.search import search_dates

    copies = [(unique(text, serial + n), dt.datetime.combine(date, dt.time())) for n, (text, date) in enumerate(corpus)]
    start = time.process_time()
    for text, base in copies:
        search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
    return time.process_time() - start


def throughput(root: Path, rounds: int) -> dict[str, float]:
    """Words/s of the helpers and of dateparser, best round of each, alternating."""
    corpus = texts(root)
    words = sum(len(text.split()) for text, _ in corpus)
    try:
        import dateparser  # noqa: F401
    except ImportError:
        print("  (dateparser is not installed: see benchmarks/requirements.txt; helpers only)", file=sys.stderr)  # stdout is a worker's JSON
        runners = {"helpers": run_helpers}
    else:
        runners = {"helpers": run_helpers, "dateparser": run_dateparser}
    for runner in runners.values():  # warm up: data tables, lexicons, rules compiled on first use, dateparser's languages
        runner(corpus, serial=0)
    best = {name: float("inf") for name in runners}
    for r in range(rounds):
        order = list(runners) if r % 2 == 0 else list(reversed(runners))
        for name in order:
            best[name] = min(best[name], runners[name](corpus, serial=1 + r * len(corpus)))
    result = {"words": words, **{f"{name} words/s": round(words / best[name]) for name in runners}}
    if "dateparser" in runners:
        result["helpers / dateparser"] = round(best["dateparser"] / best["helpers"], 2)
    return result


def layer_times(text: str, published: str) -> dict[str, float]:
    """Seconds for each layer of a fresh document, in order, and for the rest of ``analyze``."""
    from helpers.analysis import analyze
    from helpers.article import article_from_text
    from helpers.document import Document

    doc = Document(article_from_text(text, published=published))
    times = {}
    for layer in LAYERS:
        start = time.process_time()
        getattr(doc, layer)
        times[layer] = time.process_time() - start
    start = time.process_time()
    analyze(doc)
    times["rest of analyze"] = time.process_time() - start
    start = time.process_time()
    analyze(text + "\n ", published=published)
    times["analyze (whole, fresh)"] = time.process_time() - start
    return times


def growth(root: Path, rounds: int) -> dict[str, float]:
    """Milliseconds per 1,000 words of each layer at 1,000 and 40,000 words, and their ratio."""
    result: dict[str, float] = {}
    per_word = {}
    for size, repeat in ((1000, rounds * 3), (40000, max(1, rounds // 2))):
        text = long_text(root, size)
        words = len(text.split())
        best: dict[str, float] = {}
        for r in range(repeat):
            for layer, seconds in layer_times(unique(text, r + 1), "2022-02-01").items():
                best[layer] = min(best.get(layer, float("inf")), seconds)
        per_word[size] = {layer: seconds / words * 1e6 for layer, seconds in best.items()}
    for layer in per_word[1000]:
        small, large = per_word[1000][layer], per_word[40000][layer]
        result[f"{layer}: ms/1k words at 1k, 40k; ratio"] = (round(small, 2), round(large, 2), _ratio(large, small))
    return result


def _ratio(large: float, small: float) -> float | None:
    """``large / small`` to two places, or None when ``small`` rounded to nothing (a layer under 0.005 ms)."""
    return round(large / small, 2) if small else None


_PANDAS = "import pandas (median s)"
_COMMAND = "python -m helpers analyze --format json (median s)"


def startup(root: Path, runs: int) -> dict[str, float]:
    """Median seconds of the command and of ``import pandas``, fresh processes alternating.

    Bytecode is cached as on any machine after the first run (into a temporary folder, never
    the checkout), even where ``PYTHONDONTWRITEBYTECODE`` is set: pip compiled pandas' bytecode
    at install, so without a cache only the helpers would be compiled again at every start.
    """
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as cache:
        env = {**os.environ, "PYTHONPATH": str(root), "PYTHONPYCACHEPREFIX": cache}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        return _startup(root, runs, env)


def _startup(root: Path, runs: int, env: dict[str, str]) -> dict[str, float]:
    commands = {
        _PANDAS: [sys.executable, "-c", "import pandas"],
        _COMMAND: [sys.executable, "-m", "helpers", "analyze", "data/article.txt", "--format", "json"],
    }
    for command in commands.values():  # writes the bytecode cache
        subprocess.run(command, cwd=root, env=env, check=True, capture_output=True)
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            before, start = _children_cpu(), time.perf_counter()
            subprocess.run(command, cwd=root, env=env, check=True, capture_output=True)
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(_children_cpu() - before)
    medians = {name: round(statistics.median(values), 3) for name, values in wall.items()}
    cpu_medians = {name.replace("(median s)", "(median CPU s)"): round(statistics.median(v), 3) for name, v in cpu.items()}
    return {
        **medians,
        "command / import pandas": round(medians[_COMMAND] / medians[_PANDAS], 2),
        **cpu_medians,
        "command / import pandas (CPU)": round(statistics.median(cpu[_COMMAND]) / statistics.median(cpu[_PANDAS]), 2),
    }


def _children_cpu() -> float:
    """User + system CPU seconds of the finished child processes so far."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(root: Path, rounds: int, parts: list[str]) -> dict[str, dict]:
    """The chosen measurements on the helpers in ``root``."""
    sys.path.insert(0, str(root))
    found = {}
    if "throughput" in parts:
        found["throughput"] = throughput(root, rounds)
    if "growth" in parts:
        found["growth"] = growth(root, rounds)
    if "startup" in parts:
        found["startup"] = startup(root, runs=rounds * 2 + 1)
    return found


def export(rev: str) -> Path:
    """``helpers``, ``data`` and the dev texts of a git revision, in a temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="bench-baseline-"))
    archive = subprocess.run(
        ["git", "-C", str(HERE), "archive", rev, "helpers", "data", "tests/fixtures/articles"], check=True, capture_output=True
    ).stdout
    (folder / "rev.tar").write_bytes(archive)
    with tarfile.open(folder / "rev.tar") as handle:
        handle.extractall(folder, filter="data")
    return folder


def compare(baseline: str, rounds: int, parts: list[str]) -> dict[str, dict]:
    """This checkout and ``baseline``, one round each in turn in separate processes; best numbers kept."""
    roots = {"this checkout": HERE, baseline: export(baseline)}
    results: dict[str, list[dict]] = {name: [] for name in roots}
    try:
        for _ in range(rounds):
            for name, root in roots.items():
                command = [sys.executable, __file__, "--worker", str(root), "--rounds", "1", "--parts", ",".join(parts)]
                results[name].append(json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout))
    finally:
        shutil.rmtree(roots[baseline], ignore_errors=True)  # the exported revision
    return {name: {part: best_of([r[part] for r in runs]) for part in runs[0]} for name, runs in results.items()}


def best_of(runs: list[dict]) -> dict:
    """The best value of each measurement over runs (most words/s, fewest seconds)."""
    best = {}
    for key in runs[0]:
        values = [run[key] for run in runs]
        if isinstance(values[0], list):  # (at 1k, at 40k, ratio): the best of each size, their ratio
            small, large = min(v[0] for v in values), min(v[1] for v in values)
            best[key] = (small, large, _ratio(large, small))
        elif "words/s" in key or key == "helpers / dateparser":
            best[key] = max(values)
        else:
            best[key] = min(values)
    if "command / import pandas" in best:
        best["command / import pandas"] = round(best[_COMMAND] / best[_PANDAS], 2)
        cpu_command, cpu_pandas = (name.replace("(median s)", "(median CPU s)") for name in (_COMMAND, _PANDAS))
        best["command / import pandas (CPU)"] = round(best[cpu_command] / best[cpu_pandas], 2)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    parser.add_argument("--rounds", type=int, help="rounds (default 5, or 2 with --quick)")
    parser.add_argument("--baseline", metavar="REV", help="also measure a git revision's helpers, alternating")
    parser.add_argument("--parts", default="throughput,growth,startup", help="comma-separated measurements to run")
    parser.add_argument("--worker", metavar="ROOT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    rounds = args.rounds or (2 if args.quick else 5)
    parts = args.parts.split(",")
    if args.worker:
        print(json.dumps(measure(Path(args.worker), rounds, parts)))
        return
    print(f"load average before: {os.getloadavg()}, python {sys.version.split()[0]}, {os.cpu_count()} cores")
    results = compare(args.baseline, rounds, parts) if args.baseline else {"this checkout": measure(HERE, rounds, parts)}
    for name, found in results.items():
        print(f"== {name}")
        for part, values in found.items():
            for key, value in values.items():
                print(f"  {part:10} {key}: {value:,}" if isinstance(value, (int, float)) else f"  {part:10} {key}: {value}")
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
