"""Answer-engine benchmark: per-question latency, index build time and memory.

Measures the shipped knowledge base and generated ones of 1,000, 10,000 and 100,000 entries,
and next to each a naive baseline: ``rapidfuzz.process.extractOne`` over every question text
of the knowledge base. Everything is measured in the same run, so ratios are comparable.

    python -m benchmarks.search_bench [--sizes 1000 10000 100000] [--queries 300]
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
import tracemalloc
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz, process, utils

from bot.knowledge import Entry, KnowledgeBase, Text, bundled_path, load
from bot.search import Engine

SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"] + ["sch", "ch", "tr", "st"]


def pseudo_words(rng: random.Random, n: int, syllables: int) -> list[str]:
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(syllables)))
    return sorted(words)


def generate(n: int, seed: int = 7) -> KnowledgeBase:
    """A knowledge base of ``n`` entries with names, questions, keywords and answers.

    Common words follow a Zipf-like law over a 30,000-word vocabulary and every entry has a
    unique two-word name, so the vocabulary grows with the number of entries as in real text.
    """
    rng = random.Random(seed)
    common = pseudo_words(rng, 30_000, 3)
    weights = [1.0 / (rank + 1) for rank in range(len(common))]
    names = pseudo_words(rng, 2 * n + 10, 3)
    entries = []
    for i in range(n):
        name = f"{names[2 * i].title()} {names[2 * i + 1].title()}"

        def sentence(k: int) -> str:
            return " ".join(rng.choices(common, weights, k=k))

        questions = (f"Wer ist {name}?", f"Was macht {name}?", sentence(4) + "?")
        text = Text(de=f"{name} {sentence(25)}.", ru=f"{name} {sentence(25)}.")
        entries.append(
            Entry(
                id=f"e{i}",
                kind="company",
                event="bench",
                name=Text(de=name, ru=name),
                answer=text,
                summary=Text(de=name, ru=name),
                questions={"de": questions, "ru": (sentence(4) + "?",)},
                keywords={"de": tuple(rng.choices(common, weights, k=3))},
            )
        )
    return KnowledgeBase((), tuple(entries), {e.id: e for e in entries})


def typo(rng: random.Random, text: str) -> str:
    chars = list(text)
    pos = rng.randrange(1, max(2, len(chars) - 1))
    op = rng.choice("dsi")
    if op == "d":
        del chars[pos]
    elif op == "s":
        chars[pos] = rng.choice("aeioulnrst")
    else:
        chars.insert(pos, rng.choice("aeioulnrst"))
    return "".join(chars)


def queries_for(kb: KnowledgeBase, count: int, seed: int = 11) -> list[str]:
    """Questions as users type them: names with typos, paraphrases, out-of-scope noise."""
    rng = random.Random(seed)
    result = []
    for i in range(count):
        entry = rng.choice(kb.entries)
        kind = i % 4
        if kind == 0:
            result.append(typo(rng, entry.name.de))
        elif kind == 1:
            result.append(rng.choice(entry.questions.get("de", (entry.name.de,))))
        elif kind == 2:
            result.append(f"Was weißt du über {entry.name.ru.split()[-1]}?")
        else:
            result.append(
                rng.choice(
                    [
                        "Wie ist das Wetter?",
                        "Где купить билет?",
                        "Hallo",
                        "Кто выиграл матч?",
                        "Wann fährt der Zug?",
                    ]
                )
            )
    return result


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def latencies(fn: Callable[[str], object], questions: Sequence[str]) -> list[float]:
    for q in questions[:20]:
        fn(q)  # warm caches and code paths
    result = []
    for q in questions:
        start = time.perf_counter()
        fn(q)
        result.append((time.perf_counter() - start) * 1000)
    return result


def measure_build(build: Callable[[], object]) -> tuple[float, float, object]:
    """Build once for time, once under tracemalloc for retained memory (MiB)."""
    gc.collect()
    start = time.perf_counter()
    built = build()
    seconds = time.perf_counter() - start
    del built
    gc.collect()
    tracemalloc.start()
    built = build()
    current, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, current / 2**20, built


def bench(label: str, kb: KnowledgeBase, n_queries: int) -> list[str]:
    questions = queries_for(kb, n_queries)
    secs, mib, built = measure_build(lambda: Engine(kb, cache=0))  # no answer cache
    assert isinstance(built, Engine)
    engine = built
    ours = latencies(engine.ask, questions)

    corpus = [q for e in kb.entries for qs in e.questions.values() for q in qs]
    n_secs, n_mib, built_corpus = measure_build(lambda: [utils.default_process(q) for q in corpus])
    assert isinstance(built_corpus, list)
    processed = built_corpus

    def naive(question: str) -> object:
        return process.extractOne(
            utils.default_process(question),
            processed,
            scorer=fuzz.WRatio,
            processor=None,
            score_cutoff=80,
        )

    theirs = latencies(
        naive, questions[: max(20, n_queries // 5)] if len(kb.entries) >= 100_000 else questions
    )
    rows = [
        f"{label:>10} | engine | {len(kb.entries):>7} | {statistics.median(ours):8.3f} | "
        f"{percentile(ours, 99):8.3f} | {secs:8.2f} | {mib:8.1f}",
        f"{'':>10} | naive  | {len(corpus):>7} | {statistics.median(theirs):8.3f} | "
        f"{percentile(theirs, 99):8.3f} | {n_secs:8.2f} | {n_mib:8.1f}",
    ]
    for row in rows:
        print(row, flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1_000, 10_000, 100_000])
    parser.add_argument("--queries", type=int, default=400)
    args = parser.parse_args()
    print("knowledge  | what   | entries | p50 (ms) | p99 (ms) | build s  | mem MiB")
    print("-----------|--------|---------|----------|----------|----------|---------")
    start = time.perf_counter()
    load(bundled_path())
    load_ms = (time.perf_counter() - start) * 1000
    bench("shipped", load(bundled_path()), args.queries)
    for size in args.sizes:
        bench(f"{size:,}", generate(size), args.queries)
    print(f"\nLoading and validating the shipped YAML: {load_ms:.1f} ms")
    print("naive = rapidfuzz.process.extractOne(WRatio) over every question text;")
    print("its 'entries' column counts question texts, and its build is the text preprocessing.")


if __name__ == "__main__":
    main()
