"""Running the bot until it is stopped: connect, poll or serve the webhook, shut down.

Telegram may be unreachable at start, refuse the token at any time, or see a second copy
of the bot polling with the same token. Each of these is said in one clear line, without
tracebacks; a refused token ends the process with exit code 2 so that an operator or a
supervisor notices, where the bot would otherwise keep running and answer no one.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import signal
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from telegram.error import (
    BadRequest,
    Conflict,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import Application

from . import webhook as webhook_server
from .runtime import BotData

log = logging.getLogger(__name__)

App = Application[Any, Any, Any, Any, BotData, Any]

ALLOWED_UPDATES = ["message", "callback_query", "inline_query"]
POLL_TIMEOUT = 20
EXIT_TOKEN_REJECTED = 2
RETRY_FIRST = 1.0  # seconds before the first retry of an unreachable Telegram
RETRY_MAX = 60.0
REPEAT_LOG_AFTER = 60.0  # seconds before the same polling problem is logged again
TELEGRAM = "https://api.telegram.org"


def api_address(base_url: str | None) -> str:
    """Where the bot calls Telegram, for messages: scheme, host and path, never the token."""
    parts = urlsplit(base_url or TELEGRAM)
    return f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/")


def _reason(error: TelegramError) -> str:
    return str(error).removeprefix("httpx.") or type(error).__name__


class Service:
    """One run of the bot; :meth:`run` returns the exit code."""

    def __init__(self, app: App, *, webhook: bool = False) -> None:
        self.app = app
        self.data: BotData = app.bot_data
        self.settings = self.data.settings
        self.webhook = webhook
        self.address = api_address(self.settings.base_url)
        self.stopping = asyncio.Event()
        self.code = 0
        self.server: webhook_server.WebhookServer | None = None
        self._logged: dict[str, float] = {}
        self._told_admins = False
        self._tasks: set[asyncio.Task[None]] = set()

    def stop(self, code: int = 0) -> None:
        if not self.stopping.is_set():
            self.code = code
            self.stopping.set()

    def token_rejected(self) -> None:
        """Say once that Telegram refuses the token, and stop with exit code 2."""
        if self.code != EXIT_TOKEN_REJECTED:
            log.error(
                "Telegram rejected TELEGRAM_BOT_TOKEN: the token is not valid (revoked or "
                "mistyped). Get the current one from @BotFather (/token) and start again."
            )
        self.code = EXIT_TOKEN_REJECTED
        self.stopping.set()

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        for number in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(number, self.stop)
        watch = asyncio.create_task(self._watch_token())
        try:
            if await self._start():
                await self.stopping.wait()
        except InvalidToken:
            self.token_rejected()
        except TelegramError as exc:
            log.error("Telegram refused to start the bot: %s", exc)
            self.code = 1
        finally:
            watch.cancel()
            await self._shut_down()
        return self.code

    async def _watch_token(self) -> None:
        await self.data.token_rejected.wait()
        self.token_rejected()

    async def reachable(self, action: Callable[[], Awaitable[object]]) -> bool:
        """Do ``action()``, retried with growing pauses while Telegram cannot be reached.

        Returns False when the bot is stopped before Telegram answers.
        """
        delay = RETRY_FIRST
        while not self.stopping.is_set():
            try:
                await action()
                return True
            except BadRequest:  # a NetworkError to PTB, but Telegram did answer
                raise
            except NetworkError as exc:  # timeouts and 5xx included
                log.warning(
                    "cannot reach Telegram at %s; retrying in %d s (%s)",
                    self.address, delay, _reason(exc),
                )  # fmt: skip
                pause = delay
                delay = min(delay * 2, RETRY_MAX)
            except RetryAfter as exc:
                wait = exc.retry_after
                pause = wait.total_seconds() if isinstance(wait, dt.timedelta) else float(wait)
                log.warning("Telegram asks the bot to wait; retrying in %d s", pause)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), pause)
        return False

    async def _start(self) -> bool:
        """Connect and start taking updates; False when stopped before that."""
        app = self.app
        if not await self.reachable(app.initialize):
            return False
        log.info(
            "Mission Bot starts with %d knowledge entries", len(self.data.knowledge.kb.entries)
        )
        post_init = app.post_init
        if post_init and not await self.reachable(lambda: post_init(app)):
            return False
        if self.webhook:
            try:
                server = self.server = webhook_server.start(app, self.settings)
            except OSError as exc:
                log.error(
                    "cannot listen on %s:%d (LISTEN and PORT): %s",
                    self.settings.listen, self.settings.port, exc.strerror or exc,
                )  # fmt: skip
                self.code = 2
                return False
            done = await self.reachable(
                lambda: app.bot.set_webhook(
                    server.public_url,
                    secret_token=server.secret,
                    allowed_updates=ALLOWED_UPDATES,
                )
            )
        else:
            assert app.updater is not None
            updater = app.updater
            done = await self.reachable(
                lambda: updater.start_polling(
                    poll_interval=0.0,
                    timeout=POLL_TIMEOUT,
                    allowed_updates=ALLOWED_UPDATES,
                    error_callback=self._polling_failed,
                )
            )
        if not done or self.stopping.is_set():
            return False
        await app.start()
        return True

    async def _shut_down(self) -> None:
        app = self.app
        if app.updater and app.updater.running:
            try:
                await app.updater.stop()
            except TelegramError as exc:  # the poll that ended it, e.g. a refused token
                log.debug("polling ended with %s", exc)
        if self.server:
            await self.server.stop()
        if app.running:
            await app.stop()
        if app.post_stop:
            await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)

    # ------------------------------------------------------------------ polling problems

    def _polling_failed(self, error: TelegramError) -> None:
        """Errors of getUpdates, which PTB retries: one line per kind and minute at most."""
        if isinstance(error, Conflict):
            self._log_now_and_then(
                "conflict",
                "another copy of this bot is getting updates with the same token; Telegram "
                "gives each update to only one copy, so stop the other one (%s)",
                _reason(error),
            )
            if not self._told_admins:
                self._told_admins = True
                # The first poll may fail before the application counts as running.
                task = asyncio.get_running_loop().create_task(self._tell_admins_about_conflict())
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
        elif isinstance(error, NetworkError) and not isinstance(error, BadRequest):
            self._log_now_and_then(
                "network", "cannot reach Telegram at %s; retrying (%s)", self.address,
                _reason(error),
            )  # fmt: skip
        else:
            self._log_now_and_then("other", "getting updates failed (%s); retrying", error)

    def _log_now_and_then(self, kind: str, message: str, *args: object) -> None:
        now = time.monotonic()
        last = self._logged.get(kind)
        if last is None or now - last >= REPEAT_LOG_AFTER:
            self._logged[kind] = now
            log.warning(message, *args)

    async def _tell_admins_about_conflict(self) -> None:
        for admin in self.settings.admin_ids:
            t = self.data.i18n.get(self.data.storage.user_lang(admin) or "de")
            text = t._(
                "Another copy of this bot is running with the same token, so Telegram gives "
                "each update to only one of them. Please stop the other copy."
            )
            try:
                await self.app.bot.send_message(admin, "⚠️ " + text)
            except TelegramError as exc:
                log.warning("could not tell admin %s about the second copy: %s", admin, exc)


async def serve(app: App, *, webhook: bool = False) -> int:
    """Run ``app`` until SIGINT or SIGTERM (exit code 0) or a refused token (2)."""
    return await Service(app, webhook=webhook).run()
