"""Typed settings, read once from the environment at the edge of the program."""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .knowledge import bundled_path

_TOKEN = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{20,100}$")
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_HOSTNAME = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$")
_WEBHOOK_PATH = re.compile(r"^/?[A-Za-z0-9._~-][A-Za-z0-9._~/-]{0,199}$")


class SettingsError(ValueError):
    """A setting is missing or malformed; the message says which and how to fix it."""


@dataclass(frozen=True)
class Settings:
    """Everything the bot reads from its environment."""

    token: str | None = field(default=None, repr=False)
    base_url: str | None = None
    base_file_url: str | None = None
    admin_ids: frozenset[int] = frozenset()
    knowledge_path: Path = field(default_factory=bundled_path)
    data_dir: Path = Path("data")
    cache_dir: Path | None = None  # the parsed vocabulary between starts; None: none kept
    log_level: str = "INFO"
    port: int = 8443
    listen: str = "0.0.0.0"
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    webhook_path: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read and validate the settings; raise SettingsError naming every bad variable."""
        env = os.environ if env is None else env
        errors: list[str] = []

        token = env.get("TELEGRAM_BOT_TOKEN", "").strip() or None
        if token and not _TOKEN.match(token):
            errors.append(
                "TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then "
                "letters); copy it again from @BotFather"
            )

        base_url = _url(env, "TELEGRAM_BASE_URL", errors)
        base_file_url = _url(env, "TELEGRAM_BASE_FILE_URL", errors)
        if base_url and not base_file_url:
            parts = urlsplit(base_url)
            base_file_url = f"{parts.scheme}://{parts.netloc}/file/bot"

        admin_ids: set[int] = set()
        for part in env.get("BOT_ADMIN_IDS", "").replace(";", ",").split(","):
            part = part.strip()
            if not part:
                continue
            if not re.fullmatch(r"-?\d{1,20}", part):
                errors.append(f"BOT_ADMIN_IDS: {part!r} is not a Telegram user id (a number)")
            else:
                admin_ids.add(int(part))

        knowledge_path = knowledge_path_from(env)
        data_dir = data_dir_from(env)
        cache_dir = cache_dir_from(env)

        log_level = env.get("LOG_LEVEL", "INFO").strip().upper() or "INFO"
        if log_level not in _LOG_LEVELS:
            errors.append(f"LOG_LEVEL must be one of {', '.join(_LOG_LEVELS)}, not {log_level!r}")

        port = 8443
        raw_port = env.get("PORT", "").strip()
        if raw_port:
            if raw_port.isdigit() and 0 < int(raw_port) < 65536:
                port = int(raw_port)
            else:
                errors.append(f"PORT must be a number from 1 to 65535, not {raw_port!r}")

        listen = env.get("LISTEN", "").strip() or "0.0.0.0"
        if not _is_host(listen):
            errors.append(
                f"LISTEN must be an address to listen on, such as 0.0.0.0 or 127.0.0.1, "
                f"not {listen!r}"
            )

        webhook_url = _url(env, "WEBHOOK_URL", errors)
        webhook_secret = env.get("WEBHOOK_SECRET", "").strip() or None
        if webhook_secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", webhook_secret):
            errors.append("WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (1 to 256)")
        webhook_path = env.get("WEBHOOK_PATH", "").strip() or None
        if webhook_path:
            if _WEBHOOK_PATH.match(webhook_path) and "//" not in webhook_path:
                webhook_path = "/" + webhook_path.strip("/")
            else:
                errors.append(
                    "WEBHOOK_PATH must be a URL path such as /telegram (letters, digits, "
                    "and . _ ~ - /)"
                )

        if errors:
            raise SettingsError("; ".join(errors))
        return cls(
            token=token,
            base_url=base_url,
            base_file_url=base_file_url,
            admin_ids=frozenset(admin_ids),
            knowledge_path=knowledge_path,
            data_dir=data_dir,
            cache_dir=cache_dir,
            log_level=log_level,
            port=port,
            listen=listen,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
            webhook_path=webhook_path,
        )

    @property
    def log_level_number(self) -> int:
        import logging  # only the bot logs; the offline commands need not import it

        return int(getattr(logging, self.log_level))


def _url(env: Mapping[str, str], name: str, errors: list[str]) -> str | None:
    value = env.get(name, "").strip()
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        errors.append(f"{name} must be an http(s) URL such as http://127.0.0.1:8081/bot")
        return None
    return value.rstrip("/")


def _is_host(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return bool(_HOSTNAME.match(value))
    return True


def knowledge_path_from(env: Mapping[str, str]) -> Path:
    """``KNOWLEDGE_PATH``, else the bundled knowledge base; the offline commands need no more."""
    knowledge = env.get("KNOWLEDGE_PATH", "").strip()
    return Path(knowledge).expanduser() if knowledge else bundled_path()


def data_dir_from(env: Mapping[str, str]) -> Path:
    """``BOT_DATA_DIR``, else ``./data``."""
    return Path(env.get("BOT_DATA_DIR", "").strip() or "data").expanduser()


def cache_dir_from(env: Mapping[str, str]) -> Path | None:
    """``BOT_CACHE_DIR`` (``off``: no cache), else the user's cache folder's ``mission-bot``.

    The user's cache folder is ``XDG_CACHE_HOME``, else ``~/.cache``; not the data folder,
    whose default is relative to where a command runs. ``None`` when the cache is off or no
    home folder is known.
    """
    value = env.get("BOT_CACHE_DIR", "").strip()
    if value.lower() == "off":
        return None
    if value:
        return Path(value).expanduser()
    xdg = env.get("XDG_CACHE_HOME", "").strip()
    if xdg and Path(xdg).is_absolute():  # a relative one is to be ignored, says the XDG spec
        return Path(xdg) / "mission-bot"
    try:
        return Path.home() / ".cache" / "mission-bot"
    except RuntimeError:  # no HOME and no entry in the password database
        return None
