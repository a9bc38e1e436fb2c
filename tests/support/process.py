"""Running the bot for a test: in this process, as ``mission-bot run``, or its command line.

- ``running_bot``: the real application polling the fake Bot API in this event loop;
- ``bot_env`` and ``bot_process`` (or ``start_bot``, which reads the log as it comes):
  ``mission-bot run`` as a process, configured through its environment;
- ``run``: one command of ``mission-bot``, its output captured.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from telegram.ext import BaseRateLimiter

from bot.app import BotApp, build_application, post_init, post_shutdown, post_stop
from bot.events import Knowledge
from bot.knowledge import load
from bot.settings import Settings
from tests.support.builders import ADMIN
from tests.support.fake_api import TOKEN, FakeTelegram
from tests.support.paths import ROOT

# --------------------------------------------------------------------------- in this process


@asynccontextmanager
async def running_bot(
    settings: Settings, rate_limiter: BaseRateLimiter[Any] | None = None, timeouts: float = 5.0
) -> AsyncIterator[BotApp]:
    """Initialize, start and poll like ``run_polling`` does, then shut down cleanly."""
    app = build_application(
        settings,
        Knowledge(load(settings.knowledge_path, settings.cache_dir)),
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


# --------------------------------------------------------------------------- as a process


def bot_env(api: FakeTelegram, tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment for ``mission-bot run`` against ``api``, its data in ``tmp_path``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
    env.update(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_BASE_URL": api.base_url,
            "BOT_DATA_DIR": str(tmp_path / "data"),
            "BOT_ADMIN_IDS": str(ADMIN),
            "LOG_LEVEL": "DEBUG",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra)
    return env


async def bot_process(env: dict[str, str], *args: str) -> asyncio.subprocess.Process:
    """``mission-bot run ARGS`` as a process, its output piped."""
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", *args, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


class Output:
    """Reads a process's stderr as it comes, so that a full pipe never blocks it."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        assert proc.stderr is not None
        self.proc = proc
        self.lines: list[str] = []
        self._changed = asyncio.Condition()
        self._task = asyncio.create_task(self._read(proc.stderr))

    async def _read(self, stream: asyncio.StreamReader) -> None:
        while line := await stream.readline():
            async with self._changed:
                self.lines.append(line.decode())
                self._changed.notify_all()
        async with self._changed:
            self._changed.notify_all()

    def count(self, text: str) -> int:
        return sum(text in line for line in self.lines)

    async def wait_line(self, text: str, times: int = 1, timeout: float = 60) -> None:
        """Wait until ``text`` was logged ``times`` times; fail if the process ends first."""

        async def seen() -> None:
            async with self._changed:
                await self._changed.wait_for(
                    lambda: self.count(text) >= times or self._task.done()
                )

        await asyncio.wait_for(seen(), timeout)
        assert self.count(text) >= times, f"{text!r} never logged:\n{self.text}"

    async def finish(self, timeout: float = 60) -> int:
        """Wait for the process to end (SIGTERM first if it still runs); its exit code."""
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(self.proc.wait(), timeout)
        await asyncio.wait_for(self._task, timeout)
        return code

    @property
    def text(self) -> str:
        return "".join(self.lines)


async def start_bot(env: dict[str, str], *args: str) -> Output:
    """``mission-bot run ARGS`` as a process, its log read as it comes."""
    return Output(await bot_process(env, *args))


# --------------------------------------------------------------------------- the command line


def run(
    *args: str, stdin: bytes | None = None, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``mission-bot ARGS`` without the caller's Telegram and knowledge settings."""
    full_env = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "KNOWLEDGE"))
    }
    full_env.update(env or {})
    result = subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        cwd=cwd,
        env=full_env,
        capture_output=True,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )
