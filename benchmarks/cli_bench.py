"""Command-line benchmark: start-up time and time per question through ``ask --json -``.

Runs ``python -m bot ask --json -`` as a user would, once with one question (start-up:
imports, loading and indexing the shipped knowledge base, one answer) and once with every
question of the labelled sets, each several times; prints medians and the time per question
(start-up excluded).

The bot's modules run from compiled bytecode, as an installed bot's do (``pip install``
compiles them), kept in a temporary folder so that the checkout stays clean: where
``PYTHONDONTWRITEBYTECODE`` is set, a process run from the sources would otherwise compile
every module again at each start. That cost is printed apart, as the start-up without
bytecode. The parsed vocabulary is cached in the same temporary folder (``BOT_CACHE_DIR``),
as an installed bot keeps it after its first start; the start-up of a first start, which
parses it and writes the cache, is printed apart too.

    python -m benchmarks.cli_bench [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import yaml

from tests.support.paths import DATA, ROOT


def questions() -> list[str]:
    found = []
    for path in sorted(DATA.rglob("*.yaml")):
        found += [item["q"] for item in yaml.safe_load(path.read_text()) if "q" in item]
    return found


def timed(stdin: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "-"],
        input=stdin.encode(), cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - start


def environments(cache: str) -> tuple[dict[str, str], dict[str, str]]:
    """The environment with a bytecode cache in ``cache``, and the one without any.

    Both keep the parsed vocabulary in ``cache/vocabulary``.
    """
    base = {
        k: v for k, v in os.environ.items()
        if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
    }  # fmt: skip
    base["BOT_CACHE_DIR"] = os.path.join(cache, "vocabulary")
    return base | {"PYTHONPYCACHEPREFIX": cache}, base | {"PYTHONDONTWRITEBYTECODE": "1"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    ns = parser.parse_args()
    qs = questions()
    text = "\n".join(qs) + "\n"
    empty, first, cold, full = [], [], [], []
    with tempfile.TemporaryDirectory() as cache:
        cached, uncached = environments(cache)
        parsing = cached | {"BOT_CACHE_DIR": os.path.join(cache, "first")}
        timed(qs[0] + "\n", cached)  # writes the bytecode and caches the vocabulary
        for _ in range(ns.runs):  # interleaved, so that a noisy moment hits all alike
            empty.append(timed(qs[0] + "\n", cached))
            shutil.rmtree(parsing["BOT_CACHE_DIR"], ignore_errors=True)
            first.append(timed(qs[0] + "\n", parsing))
            cold.append(timed(qs[0] + "\n", uncached))
            full.append(timed(text, cached))
    start = statistics.median(empty)
    per_question = (statistics.median(full) - start) / (len(qs) - 1)
    print(f"start-up (one question), median of {ns.runs}: {start:.3f} s")
    print(
        "start-up parsing the vocabulary and caching it (a first start), median: "
        f"{statistics.median(first):.3f} s"
    )
    print(f"start-up compiling the sources (no bytecode), median: {statistics.median(cold):.3f} s")
    print(f"{len(qs)} questions, median of {ns.runs}: {statistics.median(full):.3f} s")
    print(f"per question, start-up excluded: {per_question * 1000:.3f} ms")


if __name__ == "__main__":
    main()
