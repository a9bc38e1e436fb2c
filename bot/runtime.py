"""What the running bot holds: the current knowledge, catalogs, database and settings.

An instance lives in ``context.bot_data``. Handlers read ``knowledge`` once per update; a
reload reads and indexes the files in a worker thread and swaps the one reference, so every
answer comes wholly from one version of the knowledge base.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import sys
import threading
import time
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from telegram import User

from .events import EventKnowledge, Knowledge
from .i18n import I18n, lang_for
from .knowledge import load
from .search import Engine
from .settings import Settings
from .storage import Storage
from .text import Lang

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


def build_knowledge(path: Path, threshold: float, cache: int) -> Knowledge:
    """Read, validate and index the knowledge files (blocking: run it in a worker thread)."""
    return Knowledge(load(path), threshold, cache)


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


def per_bot(make: Callable[[], T]) -> Callable[[BotData], T]:
    """State a feature keeps for each running bot, made on first use, gone with the bot.

    Features (votes, the teaching inbox) keep their state beside :class:`BotData` instead of
    adding fields to it.
    """
    states: weakref.WeakKeyDictionary[BotData, T] = weakref.WeakKeyDictionary()

    def state(data: BotData) -> T:
        found = states.get(data)
        if found is None:
            found = states[data] = make()
        return found

    return state


class BotData:
    """Shared state of one running bot."""

    def __init__(
        self, settings: Settings, knowledge: Knowledge, i18n: I18n, storage: Storage
    ) -> None:
        self.settings = settings
        self.knowledge = knowledge
        self.i18n = i18n
        self.storage = storage
        self.started = dt.datetime.now(dt.UTC)
        # Held from checking a knowledge change to having it loaded: uploads, rollbacks and
        # reloads one after the other, each judged by what the one before left.
        self.reload_lock = asyncio.Lock()
        self.report_lock = asyncio.Lock()  # one report computed in a worker thread at a time
        self.watch = False
        self.watcher: asyncio.Task[None] | None = None
        # Set when Telegram refuses the token on any call: it was revoked or replaced.
        self.token_rejected = asyncio.Event()
        self.today: Callable[[], dt.date] = dt.date.today  # which event is running or next
        # Called after every successful reload (the command menus follow the knowledge).
        self.reloaded: Callable[[], Awaitable[None]] | None = None

    @property
    def engine(self) -> Engine:
        """The engine of the default event (the only one when one event is loaded)."""
        return self.knowledge.default(self.today()).engine

    def event_for(self, knowledge: Knowledge, user: User | None) -> EventKnowledge:
        """The user's current event in ``knowledge``: their /event choice, else the default."""
        chosen = self.storage.user_event(user.id) if user is not None else None
        return knowledge.current(chosen, self.today())

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.admin_ids

    def ui_lang(self, user: User | None) -> Lang:
        """The interface language: the user's /lang choice, else their Telegram language."""
        if user is None:
            return lang_for(None)
        return self.storage.user_lang(user.id) or lang_for(user.language_code)

    async def reload(self) -> ReloadReport:
        """Load the knowledge base again and swap it in; raise KnowledgeError and keep the old."""
        async with self.reload_lock:
            return await self.reload_held()

    async def reload_held(self) -> ReloadReport:
        """:meth:`reload` for a caller that holds ``reload_lock``.

        Reading, validating and indexing happen in a worker thread while answering goes on;
        only the swap of the one reference happens on the event loop.
        """
        loop = asyncio.get_running_loop()
        start = loop.time()
        old = self.knowledge
        path = self.settings.knowledge_path
        # Building makes millions of objects and no reference cycles: collections it would
        # set off walk the whole heap while holding the interpreter, and answers would wait.
        collecting = gc.isenabled()
        gc.disable()
        # The new engines look up what the old ones did lately before they answer, so that
        # answering is not slower after a reload (taken here: only the event loop adds to it).
        words = old.looked_up()

        def build() -> Knowledge:
            knowledge = build_knowledge(path, old.threshold, old.cache_size)
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
        self.knowledge = knowledge
        # Entries are named event/id; with one and the same event before and after, by id.
        events = {e.id for e in old.kb.events} | {e.id for e in knowledge.kb.events}
        strip = len(events) == 1

        def named(keys: list[str]) -> tuple[str, ...]:
            return tuple(k.partition("/")[2] if strip else k for k in keys)

        report = ReloadReport(
            knowledge.kb.counts(), named(added), named(removed), named(changed),
            loop.time() - start,
        )  # fmt: skip
        if self.reloaded is not None:
            await self.reloaded()
        return report
