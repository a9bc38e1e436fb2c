"""Running the real application against the fake Bot API server."""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from telegram.ext import BaseRateLimiter

from bot.app import BotApp, build_application, post_init, post_shutdown, post_stop
from bot.events import Knowledge
from bot.knowledge import bundled_path, load
from bot.settings import Settings

from .fake_telegram import TOKEN, FakeTelegram

ADMIN = 42


def make_settings(api: FakeTelegram, tmp: Path, **changes: Any) -> Settings:
    knowledge = tmp / "knowledge"
    if not knowledge.exists():
        shutil.copytree(bundled_path(), knowledge)
    values: dict[str, Any] = {
        "token": TOKEN,
        "base_url": api.base_url,
        "base_file_url": api.base_file_url,
        "admin_ids": frozenset({ADMIN}),
        "knowledge_path": knowledge,
        "data_dir": tmp / "data",
    }
    values.update(changes)
    return Settings(**values)


@asynccontextmanager
async def running_bot(
    settings: Settings, rate_limiter: BaseRateLimiter[Any] | None = None, timeouts: float = 5.0
) -> AsyncIterator[BotApp]:
    """Initialize, start and poll like ``run_polling`` does, then shut down cleanly."""
    app = build_application(
        settings,
        Knowledge(load(settings.knowledge_path)),
        rate_limiter=rate_limiter,
        timeouts=timeouts,
    )
    await app.initialize()
    await post_init(app)
    await app.start()
    assert app.updater is not None
    # A short long-poll keeps shutdown quick; the fake API answers at once when updates come.
    await app.updater.start_polling(
        poll_interval=0, timeout=dt.timedelta(seconds=0.25), bootstrap_retries=3
    )
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await post_stop(app)
        await app.shutdown()
        await post_shutdown(app)


async def bot_process(env: dict[str, str], *args: str) -> asyncio.subprocess.Process:
    """``mission-bot run ARGS`` as a process, its output piped."""
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", *args, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
