"""Reloading the knowledge base without making answers wait.

Telegram-free: the bot (:meth:`bot.runtime.BotData.reload`) and the benchmarks use it alike.
The files are read, validated and indexed in a worker thread that steps aside whenever the
event loop runs late, so questions keep their latency while a reload runs.
"""

from __future__ import annotations

import asyncio
import gc
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from .events import Knowledge
from .knowledge import load

T = TypeVar("T")


@dataclass(frozen=True)
class ReloadReport:
    """What a reload changed."""

    counts: dict[str, int]
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...]
    seconds: float


def compare(
    before: dict[str, str], after: dict[str, str]
) -> tuple[list[str], list[str], list[str]]:
    """Ids added, removed and changed between two knowledge bases' fingerprints."""
    added = [i for i in after if i not in before]
    removed = [i for i in before if i not in after]
    changed = [i for i in after if i in before and before[i] != after[i]]
    return added, removed, changed


# A worker thread building the knowledge runs this long at most before it steps aside for
# this long, so that the event loop never waits long for the interpreter and gets most of
# its time while a reload runs (reloading takes longer for it).
WORK_SLICE = 0.0005
PAUSE = 0.001
# While the event loop runs later than this (answers are waiting), the worker stays aside,
# for at most this many pauses in a row, so that a reload ends even when answering never does.
LATE = 0.002
MOST_PAUSES = 50


def build_knowledge(
    path: Path, threshold: float, cache: int, cache_dir: Path | None = None
) -> Knowledge:
    """Read, validate and index the knowledge files (blocking: run it in a worker thread).

    ``cache``: answers each engine keeps; ``cache_dir``: where the parsed vocabulary is kept.
    """
    return Knowledge(load(path, cache_dir), threshold, cache)


def stepping_aside(work: Callable[[], T], late: threading.Event) -> T:
    """Run ``work`` in this (worker) thread, stepping aside often and while ``late`` is set.

    It pauses for ``PAUSE`` every ``WORK_SLICE``, and goes on pausing while the event loop
    runs late (see :func:`watch_lateness`): answers are waiting, and they come first. Python
    lets one thread run at a time; a thread that wants to run waits for the other to
    let go, up to the interpreter's switch interval (5 ms) each time. The event loop lets
    go whenever it waits for the network, so without pauses each of its turns would cost
    it that wait while a reload builds. The pauses are taken at calls of Python functions,
    seen through this thread's trace hook (which asks for nothing more: no line events);
    the event loop's thread is not touched.
    """
    clock = time.perf_counter
    started = clock()
    calls = 0

    def hook(frame: object, event: str, arg: object) -> None:
        nonlocal started, calls
        calls += 1
        if calls % 32 == 0 and (clock() - started >= WORK_SLICE or late.is_set()):
            time.sleep(PAUSE)
            for _ in range(MOST_PAUSES):
                if not late.is_set():
                    break
                time.sleep(PAUSE)
            started = clock()

    sys.settrace(hook)
    try:
        return work()
    finally:
        sys.settrace(None)


async def watch_lateness(late: threading.Event) -> None:
    """Keep ``late`` set while the event loop runs behind (answers are waiting); until cancelled.

    The loop's own timer, asked every ``PAUSE``, tells: it fires late while the loop is busy.
    """
    loop = asyncio.get_running_loop()
    try:
        while True:
            due = loop.time() + PAUSE
            await asyncio.sleep(PAUSE)
            if loop.time() - due > LATE:
                late.set()
            else:
                late.clear()
    finally:
        late.clear()


def settle_garbage_collector() -> None:
    """Count every object made so far as long-lived, without the collector looking at them.

    What a build leaves is all in the collector's youngest generation, and the first
    collection after it would walk all of it in one go (50-80 ms at 1,000 entries, every
    answer waiting). Moved to the oldest generation (freeze, then unfreeze, which moves
    the frozen objects there), they are looked at only by full collections, as the
    knowledge base in use is anyway.
    """
    gc.freeze()
    gc.unfreeze()


async def rebuild(
    old: Knowledge, path: Path, cache_dir: Path | None = None
) -> tuple[Knowledge, ReloadReport]:
    """The knowledge at ``path``, built in a worker thread, and what changed from ``old``.

    Reading, validating and indexing happen in the worker while answering goes on; only
    the comparison runs on the event loop. Raises KnowledgeError.
    """
    loop = asyncio.get_running_loop()
    start = loop.time()
    # Building makes millions of objects and no reference cycles: collections it would
    # set off walk the whole heap while holding the interpreter, and answers would wait.
    collecting = gc.isenabled()
    gc.disable()
    # The new engines look up what the old ones did lately before they answer, so that
    # answering is not slower after a reload (taken here: only the event loop adds to it).
    words = old.looked_up()

    def build() -> Knowledge:
        knowledge = build_knowledge(path, old.threshold, old.cache_size, cache_dir)
        knowledge.look_up(words)
        return knowledge

    late = threading.Event()
    watch = asyncio.create_task(watch_lateness(late))
    try:
        knowledge = await asyncio.to_thread(stepping_aside, build, late)
    finally:
        watch.cancel()
        settle_garbage_collector()
        if collecting:
            gc.enable()
    added, removed, changed = compare(old.digests, knowledge.digests)
    # Entries are named event/id; with one and the same event before and after, by id.
    events = {e.id for e in old.kb.events} | {e.id for e in knowledge.kb.events}
    strip = len(events) == 1

    def named(keys: list[str]) -> tuple[str, ...]:
        return tuple(k.partition("/")[2] if strip else k for k in keys)

    report = ReloadReport(
        knowledge.kb.counts(), named(added), named(removed), named(changed),
        loop.time() - start,
    )  # fmt: skip
    return knowledge, report
