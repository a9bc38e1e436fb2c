from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.app import BotApp
from bot.i18n import I18n
from bot.knowledge import KnowledgeBase, bundled_path, load
from bot.search import Engine
from tests.support.builders import make_settings
from tests.support.fake_api import FakeTelegram
from tests.support.process import running_bot

# As `bot.app.run` does for the bot's process: PTB's timedelta durations, no warnings.
os.environ.setdefault("PTB_TIMEDELTA", "true")


@pytest.fixture(scope="session", autouse=True)
def _session_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The bot's default cache folder (``$XDG_CACHE_HOME/mission-bot``) made new for the session.

    Commands the tests run as processes keep the parsed vocabulary there, not in the
    user's cache, and a session never starts from a cache an earlier one left.
    """
    with pytest.MonkeyPatch.context() as env:
        env.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        env.delenv("BOT_CACHE_DIR", raising=False)
        yield


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load(bundled_path())  # parsed, no cache: the tests answer from a fresh parse


@pytest.fixture(scope="session")
def engine(kb: KnowledgeBase) -> Engine:
    return Engine(kb)


@pytest.fixture(scope="session")
def i18n() -> I18n:
    return I18n()


@pytest.fixture
def clean_environ() -> Iterator[None]:
    """Run a test with the bot's environment variables removed, then restore them."""
    saved = dict(os.environ)
    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "BOT_", "KNOWLEDGE_", "WEBHOOK_")) or name in (
            "LOG_LEVEL",
            "PORT",
        ):
            del os.environ[name]
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegram]:
    """A fake Bot API server on 127.0.0.1."""
    async with FakeTelegram() as server:
        yield server


@pytest.fixture
async def bot(api: FakeTelegram, tmp_path: Path) -> AsyncIterator[BotApp]:
    """The real application polling the fake API, with a copy of the bundled knowledge."""
    async with running_bot(make_settings(api, tmp_path)) as app:
        yield app
