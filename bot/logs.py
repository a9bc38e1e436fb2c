"""Logging for the running bot: to stderr, with the token and webhook secrets cut out.

Uncaught exceptions, warnings and errors in threads go through the same formatter, since
Python would print them straight to stderr, token and all.
"""

from __future__ import annotations

import logging
import sys
import threading
import types

from telegram.error import InvalidToken

from .settings import Settings
from .webhook import webhook_secret

log = logging.getLogger(__name__)


class RedactingFormatter(logging.Formatter):
    """Formats log records with the bot token and webhook secret cut out, tracebacks included."""

    def __init__(self, fmt: str, secrets: list[str]) -> None:
        super().__init__(fmt)
        # Longest first, so that a secret containing another is cut out whole.
        self.secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(super().format(record))

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "<redacted>")
        return text


def secrets_of(settings: Settings) -> list[str]:
    """What must never be shown: the token, its secret half, the webhook secrets."""
    token = settings.token or ""
    return [
        token,
        token.partition(":")[2],
        settings.webhook_secret or "",
        webhook_secret(settings) if token else "",
    ]


class _ReportedElsewhere(logging.Filter):
    """Drops PTB's tracebacks of a refused token: the bot says so itself, in one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not (isinstance(error, InvalidToken) and record.name.startswith("telegram"))


def setup_logging(settings: Settings) -> None:
    """Log to stderr through the redacting formatter; so do uncaught exceptions and warnings."""
    handler = logging.StreamHandler()
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", secrets_of(settings))
    )
    handler.addFilter(_ReportedElsewhere())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level_number)
    # httpx logs every request URL, and the URL holds the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.captureWarnings(True)
    # Python prints these straight to stderr otherwise, token and all.
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_uncaught_in_thread
    sys.unraisablehook = _log_unraisable


def _log_uncaught(
    kind: type[BaseException], error: BaseException, trace: types.TracebackType | None
) -> None:
    log.critical("stopped by an unexpected error", exc_info=(kind, error, trace))


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        log.critical(
            "unexpected error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )


def _log_unraisable(args: sys.UnraisableHookArgs) -> None:
    error = args.exc_value
    log.error(
        "%s: %r",
        args.err_msg or "exception ignored",
        args.object,
        exc_info=(type(error), error, args.exc_traceback) if error is not None else None,
    )
