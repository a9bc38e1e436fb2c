"""The HTTP server that receives updates in webhook mode.

A request is judged by its headers before its body: one without the secret Telegram was
given gets 403, one announcing more than :data:`MAX_BODY` gets 413, both at once, and a
body that grows past :data:`MAX_BODY` ends the connection. The body of a refused request is
read and dropped as it arrives (so that a client still sending it can read the answer; up
to :data:`DRAIN_MAX`, then the connection is closed), never kept: unauthenticated or
oversized requests cost no memory, however many arrive. Updates go to the application's
queue as polled ones do.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
from typing import Any

from telegram import Update
from telegram.ext import Application
from tornado.httpserver import HTTPServer
from tornado.web import Application as WebApplication
from tornado.web import HTTPError, RequestHandler, stream_request_body

from .runtime import BotData
from .settings import Settings

log = logging.getLogger(__name__)

App = Application[Any, Any, Any, Any, BotData, Any]

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram's updates for the bot's kinds of messages are a few KiB; leave ample room.
MAX_BODY = 256 * 1024
DRAIN_MAX = 2**30  # the most of a refused body read and dropped; past it the connection closes
BODY_TIMEOUT = 30.0  # seconds to send a body: slow senders do not hold connections
IDLE_TIMEOUT = 120.0


def webhook_secret(settings: Settings) -> str:
    """A secret for webhook requests, derived from the token when none is configured."""
    return hashlib.sha256(f"webhook:{settings.token}".encode()).hexdigest()


def secret(settings: Settings) -> str:
    """The secret Telegram sends with every update: WEBHOOK_SECRET, else one from the token."""
    return settings.webhook_secret or webhook_secret(settings)


def path(settings: Settings) -> str:
    """The local path updates are posted to: WEBHOOK_PATH, else one derived from the secret.

    A derived path cannot be guessed, so most stray requests end with 404, and it tells
    nothing about the secret.
    """
    if settings.webhook_path:
        return settings.webhook_path
    return "/telegram-" + hashlib.sha256(f"path:{secret(settings)}".encode()).hexdigest()[:24]


@stream_request_body
class UpdateHandler(RequestHandler):
    """POST of one update; its body is kept only once the secret and size are checked."""

    SUPPORTED_METHODS = ("POST",)

    def initialize(self, app: App, secret: str) -> None:
        self.app = app
        self.secret = secret.encode()
        self.body = bytearray()
        self.refusal: int | None = None

    def prepare(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "").encode()
        declared = self.request.headers.get("Content-Length")
        if not hmac.compare_digest(given, self.secret):
            self.refusal = 403
        elif declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
            self.refusal = 413
        else:
            # Bodies without a length (chunked) are cut off at the same size.
            self.request.connection.set_max_body_size(MAX_BODY)  # type: ignore[union-attr]
            return
        self.set_status(self.refusal)
        self.set_header("Content-Length", "0")
        if self.request.headers.get("Expect", "").lower() == "100-continue":
            # The client waits for a word before it sends the body: there is none to drop.
            self.set_header("Connection", "close")
            self.finish()
        else:
            # The answer goes out at once; the body is then read and dropped, so that a
            # client still sending it can read the answer afterwards.
            self.flush()

    def data_received(self, chunk: bytes) -> None:
        if self.refusal is None:
            self.body += chunk

    async def post(self) -> None:
        if self.refusal is not None:
            return  # answered in prepare()
        try:
            update = Update.de_json(json.loads(self.body), self.app.bot)
        except Exception as exc:  # whatever a malformed body makes the parser raise
            log.debug("webhook body is not an update: %r", exc)
            raise HTTPError(400) from None
        await self.app.update_queue.put(update)
        self.set_status(200)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        # Tornado closes the connection after an error it answers before reading the body
        # (405 for another method); saying so keeps clients from reusing it.
        self.set_header("Connection", "close")
        super().write_error(status_code, **kwargs)

    def log_exception(self, *args: Any) -> None:
        if not isinstance(args[1], HTTPError):
            super().log_exception(*args)


def _log_request(handler: RequestHandler) -> None:
    # Tornado would log every refused request as a warning; a flood of them is not news.
    request = handler.request
    log.debug("webhook %s %s: %d", request.method, request.path, handler.get_status())


class WebhookServer:
    """The running server; :meth:`stop` closes it and its connections."""

    def __init__(self, app: App, settings: Settings) -> None:
        self.secret = secret(settings)
        self.path = path(settings)
        self.public_url = (settings.webhook_url or "").rstrip("/") + self.path
        web = WebApplication(
            [(re.escape(self.path), UpdateHandler, {"app": app, "secret": self.secret})],
            log_function=_log_request,
        )
        self.http = HTTPServer(
            web,
            # Per connection, until the secret is checked; then MAX_BODY applies.
            max_body_size=DRAIN_MAX,
            max_buffer_size=4 * MAX_BODY,
            body_timeout=BODY_TIMEOUT,
            idle_connection_timeout=IDLE_TIMEOUT,
        )
        self.http.listen(settings.port, settings.listen)
        log.info("Webhook Server started on %s:%d", settings.listen, settings.port)

    async def stop(self) -> None:
        self.http.stop()
        await self.http.close_all_connections()


def start(app: App, settings: Settings) -> WebhookServer:
    """Listen on ``LISTEN:PORT`` at the webhook path; needs a running event loop."""
    return WebhookServer(app, settings)
