"""What the running bot holds: the current engine, catalogs, database and settings.

An instance lives in ``context.bot_data``. Handlers read ``engine`` once per update; a
reload builds a whole new engine off the event loop and swaps the one reference, so every
answer comes wholly from one version of the knowledge base.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
from dataclasses import dataclass

from telegram import User

from . import builder
from .i18n import I18n, lang_for
from .search import Engine, take_apart
from .settings import Settings
from .storage import Storage
from .text import Lang


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


def settle_heap() -> None:
    """Exclude what exists now (the knowledge base and its index) from future collections.

    Full collections walk every tracked object; with a large index in memory each one holds
    the interpreter for tens of milliseconds, and answers wait. The index has no reference
    cycles, so freezing it loses nothing: a replaced engine is still freed by reference
    counting.
    """
    gc.freeze()


class BotData:
    """Shared state of one running bot."""

    def __init__(self, settings: Settings, engine: Engine, i18n: I18n, storage: Storage) -> None:
        self.settings = settings
        self.engine = engine
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

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.admin_ids

    def ui_lang(self, user: User | None) -> Lang:
        """The interface language: the user's /lang choice, else their Telegram language."""
        if user is None:
            return lang_for(None)
        return self.storage.user_lang(user.id) or lang_for(user.language_code)

    async def reload(self) -> ReloadReport:
        """Load the knowledge base again and swap it in; raise KnowledgeError and keep the old.

        A child process reads and indexes the files (see :mod:`bot.builder`); this process
        only takes the result over and lets the old one go, both in slices between answers.
        """
        async with self.reload_lock:
            return await self.reload_held()

    async def reload_held(self) -> ReloadReport:
        """:meth:`reload` for a caller that holds ``reload_lock``."""
        loop = asyncio.get_running_loop()
        start = loop.time()
        old = self.engine
        engine = await builder.build_engine(
            self.settings.knowledge_path, old.threshold, old.cache_size
        )
        added, removed, changed = compare(old.index.digests, engine.index.digests)
        self.engine = engine
        # Handlers read data.engine once and finish with it before they await, so
        # nothing uses the old index any more.
        entries = list(old.kb.entries)
        await builder.in_slices(old.dismantle())
        del old  # the old engine and knowledge base go; their entries are still held
        await builder.in_slices(take_apart(entries))
        return ReloadReport(
            engine.kb.counts(), tuple(added), tuple(removed), tuple(changed),
            loop.time() - start,
        )  # fmt: skip
