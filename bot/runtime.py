"""What the running bot holds: the current knowledge, catalogs, database and settings.

An instance lives in ``context.bot_data``. Handlers read ``knowledge`` once per update; a
reload reads and indexes the files in a worker thread and swaps the one reference, so every
answer comes wholly from one version of the knowledge base.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import weakref
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import User

from .events import EventKnowledge, Knowledge
from .i18n import I18n, lang_for
from .reloading import ReloadReport, rebuild
from .search import Engine
from .settings import Settings
from .storage import Storage
from .text import Lang

T = TypeVar("T")


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
        knowledge, report = await rebuild(
            self.knowledge, self.settings.knowledge_path, self.settings.cache_dir
        )
        self.knowledge = knowledge
        if self.reloaded is not None:
            await self.reloaded()
        return report
