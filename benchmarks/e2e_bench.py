"""End-to-end benchmark: the Mission Bot and a minimal PTB echo bot against the fake Bot API.

A burst of questions from many users is queued at once; the script measures updates per
second (first update queued → last reply received) and update→reply latency (p50/p99) for
each bot in the same run, taking turns ``--rounds`` times, and prints the medians and each
bot's throughput ratio to the echo bot. Besides the Mission Bot and the echo bot, a third
bot sends the Mission Bot's answers and does nothing else: what the answers themselves cost
(see bot_process.py). All get the same rate limiter settings (flood limits off, as the fake
API has none) and the same update concurrency, and each runs in its own process while the
fake API runs in this one, so the differences are the bots' own work.

    python -m benchmarks.e2e_bench [--updates 2000] [--users 50] [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path

import yaml

from tests.support.fake_api import FakeTelegram
from tests.support.paths import DATA, ROOT
from tests.support.process import bot_env

QUESTIONS = DATA / "questions.yaml"
BOTS = ("mission", "answers", "echo")  # see bot_process.py


@contextlib.asynccontextmanager
async def running(kind: str, api: FakeTelegram) -> AsyncIterator[None]:
    """Run one bot in its own process, so the fake API's work is not billed to it."""
    with tempfile.TemporaryDirectory() as tmp:
        env = bot_env(api, Path(tmp), LOG_LEVEL="WARNING", BOT_ADMIN_IDS="")
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "benchmarks.bot_process", kind,
            cwd=ROOT, env=env, stdout=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        try:
            yield
        finally:
            proc.send_signal(signal.SIGTERM)
            await proc.wait()


async def burst(kind: str, questions: list[str], users: int) -> tuple[float, list[float]]:
    """Queue every question at once; return (updates per second, latencies in ms)."""
    async with FakeTelegram() as api, running(kind, api):
        await api.wait_polling(1, timeout=60)
        pushed: dict[int, list[float]] = {}
        start = time.monotonic()
        for i, question in enumerate(questions):
            user = 1 + i % users
            pushed.setdefault(user, []).append(time.monotonic())
            await api.push(api.message(question, user=user))
        await api.wait_for(lambda a: len(a.sent()) >= len(questions), timeout=600)
        elapsed = max(c.at for c in api.sent()) - start
        latencies: list[float] = []
        for user, times in pushed.items():
            replies = [c.at for c in api.sent(chat_id=user)]
            latencies.extend((r - p) * 1000 for p, r in zip(times, replies, strict=False))
        return len(questions) / elapsed, latencies


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=2000)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    cases = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    pool = [c["q"] for c in cases]
    questions = [pool[i % len(pool)] for i in range(args.updates)]
    results: dict[str, list[tuple[float, list[float]]]] = {name: [] for name in BOTS}
    for _ in range(args.rounds):
        for name in BOTS:
            results[name].append(await burst(name, questions, args.users))
    print(f"{args.updates} updates from {args.users} users, {args.rounds} rounds, medians:")
    print("bot      | updates/s | p50 ms  | p99 ms | ratio to echo")
    print("---------|-----------|---------|--------|--------------")
    for name, rounds in results.items():
        rate = statistics.median(r for r, _ in rounds)
        p50 = statistics.median(statistics.median(lat) for _, lat in rounds)
        tail = statistics.median(p99(lat) for _, lat in rounds)
        # Each round measures the bots one after the other, so a round's ratio compares them
        # under the same conditions of a shared, noisy machine.
        ratio = statistics.median(
            r / e for (r, _), (e, _) in zip(rounds, results["echo"], strict=True)
        )
        print(f"{name:<8} | {rate:9.0f} | {p50:7.1f} | {tail:6.1f} | {ratio:.2f}")
    print("\ntarget: mission ≥ 0.80 of echo (ratio: median of the rounds' ratios)")


if __name__ == "__main__":
    asyncio.run(main())
