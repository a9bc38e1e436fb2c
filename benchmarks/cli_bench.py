"""Command-line benchmark: start-up time and time per question through ``ask --json -``.

Runs ``python -m bot ask --json -`` as a user would, once with one question (start-up:
imports, loading and indexing the shipped knowledge base, one answer) and once with every
question of the labelled sets, each several times; prints medians and the time per question
(start-up excluded).

    python -m benchmarks.cli_bench [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

import yaml

from tests.support.paths import DATA, ROOT


def questions() -> list[str]:
    found = []
    for path in sorted(DATA.rglob("*.yaml")):
        found += [item["q"] for item in yaml.safe_load(path.read_text()) if "q" in item]
    return found


def timed(stdin: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "-"],
        input=stdin.encode(), cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    ns = parser.parse_args()
    qs = questions()
    text = "\n".join(qs) + "\n"
    empty, full = [], []
    for _ in range(ns.runs):  # interleaved, so that a noisy moment hits both alike
        empty.append(timed(qs[0] + "\n"))
        full.append(timed(text))
    start = statistics.median(empty)
    per_question = (statistics.median(full) - start) / (len(qs) - 1)
    print(f"start-up (one question), median of {ns.runs}: {start:.3f} s")
    print(f"{len(qs)} questions, median of {ns.runs}: {statistics.median(full):.3f} s")
    print(f"per question, start-up excluded: {per_question * 1000:.3f} ms")


if __name__ == "__main__":
    main()
