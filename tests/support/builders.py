"""Settings for a bot under test, and real python-telegram-bot updates.

Updates as the Bot API sends them (JSON) come from the fake API's ``message``, ``callback``,
``inline`` and ``press``, which number messages with the server's own counter.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from telegram import Chat, Message, Update, User

from bot.knowledge import bundled_path
from bot.settings import Settings
from tests.support.fake_api import TOKEN, FakeTelegram

ADMIN = 42
KB_FILE = "mission-2020.yaml"  # the shipped event file


def make_settings(api: FakeTelegram, tmp: Path, **changes: Any) -> Settings:
    """Settings for the bot polling ``api``, with its data and a copy of the knowledge in tmp.

    The shipped knowledge is copied to ``tmp/knowledge`` unless that folder exists already.
    """
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


def kb_text(tmp: Path) -> str:
    """The shipped event file as the bot set up by ``make_settings(api, tmp)`` has it now."""
    return (tmp / "knowledge" / KB_FILE).read_text(encoding="utf-8")


def private_message(update_id: int, chat: int) -> Update:
    """A python-telegram-bot ``Update``: a message without text in a private chat."""
    date = dt.datetime(2020, 11, 9, tzinfo=dt.UTC)
    message = Message(update_id, date, Chat(chat, "private"), from_user=User(chat, "U", False))
    return Update(update_id, message=message)
