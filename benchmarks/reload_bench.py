"""Reload benchmark: reload time, and question latency with and without reloads running.

For the shipped knowledge base and a generated event of ``--size`` entries (1,000 by
default, one YAML file under the 1 MB file limit), it measures:

- reload time: ``BotData.reload()`` (read, validate and index in a worker thread, swap),
  median of ``--reloads``;
- question latency: questions arrive every ``--interval`` milliseconds on the event loop
  (10 by default: 100 a second, over three times the 30 messages a second Telegram lets a
  bot send; at 1 ms, questions alone keep the loop nearly always busy at 1,000 entries,
  where one takes 0.7 ms at the median, and the p99 measures a queue), each answered as a
  handler does (the knowledge read once, the user's event's engine); latency is from
  arrival to answer. First while reloads run back to back (at least ``--reloads`` of them,
  however many questions that takes), then as many questions again without reloads.
  Engines are built without the answer cache, so every question is real work.

    python -m benchmarks.reload_bench [--questions 2000] [--reloads 5] [--size 1000]
                                      [--interval 10]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
from pathlib import Path

import yaml

from benchmarks.search_bench import generate, queries_for
from bot.events import Knowledge
from bot.i18n import I18n
from bot.knowledge import KnowledgeBase, bundled_path, load
from bot.runtime import BotData
from bot.settings import Settings
from bot.storage import Storage


def write_yaml(kb: KnowledgeBase, folder: Path, per_file: int = 1000) -> None:
    """Write a generated knowledge base as knowledge files (one event each)."""
    for start in range(0, len(kb.entries), per_file):
        chunk = kb.entries[start : start + per_file]
        doc = {
            "event": {"id": f"bench-{start}", "name": {"de": "Bench", "ru": "Бенч"},
                      "start": "2020-11-09", "end": "2020-11-11"},
            "entries": [
                {"id": e.id, "kind": e.kind, "name": {"de": e.name.de, "ru": e.name.ru},
                 "answer": {"de": e.answer.de, "ru": e.answer.ru},
                 "questions": {k: list(v) for k, v in e.questions.items()},
                 "keywords": {k: list(v) for k, v in e.keywords.items()}}
                for e in chunk
            ],
        }  # fmt: skip
        text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
        text = text.replace("start: '2020-11-09'", "start: 2020-11-09").replace(
            "end: '2020-11-11'", "end: 2020-11-11"
        )
        (folder / f"bench-{start:05d}.yaml").write_text(text, encoding="utf-8")


async def latencies(
    data: BotData,
    questions: list[str],
    interval: float,
    reloads_wanted: int = 0,
    at_least: int = 0,
) -> tuple[list[float], int]:
    """Answer one question every ``interval`` seconds; with ``reloads_wanted``, reload back to back
    meanwhile, and go on asking (from the start of the list again) until that many reloads
    have completed, so that every phase of a reload is measured, the hand-over included.
    Without, ask ``at_least`` questions (at least the list once)."""
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    reloads = 0

    async def reloader() -> None:
        nonlocal reloads
        while not done.is_set():
            await data.reload()
            reloads += 1

    task = asyncio.create_task(reloader()) if reloads_wanted else None
    result = []
    due = loop.time()
    asked = 0
    while asked < max(len(questions), at_least) or reloads < reloads_wanted:
        due += interval
        await asyncio.sleep(max(0.0, due - loop.time()))
        knowledge = data.knowledge  # as a handler does: once per update
        knowledge.ask(questions[asked % len(questions)], knowledge.current(None))
        result.append((loop.time() - due) * 1000)
        asked += 1
    done.set()
    if task:
        await task
    return result, reloads


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


async def bench(label: str, path: Path, kb: KnowledgeBase, args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(knowledge_path=path, data_dir=Path(tmp))
        knowledge = Knowledge(kb, cache=0)
        data = BotData(settings, knowledge, I18n(), Storage(Path(tmp) / "db.sqlite3"))
        times = []
        for _ in range(args.reloads):
            report = await data.reload()
            times.append(report.seconds)
        questions = queries_for(kb, args.questions)
        random.Random(3).shuffle(questions)
        interval = args.interval / 1000
        busy, count = await latencies(data, questions, interval, reloads_wanted=args.reloads)
        # As many questions as during the reloads: a p99 over a longer window catches more of
        # the machine's other work, so windows of one length are compared.
        quiet, _ = await latencies(data, questions, interval, at_least=len(busy))
        data.storage.close()
    print(
        f"{label:>8} | {len(kb.entries):>7} | {statistics.median(times) * 1000:9.0f} | "
        f"{statistics.median(quiet):6.2f} | {p99(quiet):6.2f} | {statistics.median(busy):6.2f} | "
        f"{p99(busy):6.2f} | {p99(busy) / p99(quiet):5.2f} | {count}"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument("--interval", type=float, default=10.0, help="ms between questions")
    parser.add_argument("--reloads", type=int, default=5)
    parser.add_argument("--size", type=int, default=1_000)
    parser.add_argument("--skip-shipped", action="store_true")
    args = parser.parse_args()
    print("knowledge| entries | reload ms | quiet latency ms | during reloads  | p99   | reloads")
    print("         |         |  (median) |  p50   |  p99   |  p50   |  p99   | ratio | during")
    paths = []
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_shipped:
            paths.append(("shipped", bundled_path()))
        write_yaml(generate(args.size), Path(tmp))
        paths.append((f"{args.size:,}", Path(tmp)))
        for label, path in paths:
            await bench(label, path, load(path), args)


if __name__ == "__main__":
    asyncio.run(main())
