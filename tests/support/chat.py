"""Talking to the bot through the fake Bot API: a message, a file, a button, and the reply."""

from __future__ import annotations

from tests.support.builders import ADMIN
from tests.support.fake_api import Call, FakeTelegram


async def say(api: FakeTelegram, text: str, user: int = ADMIN, **kw: object) -> str:
    """Send ``text`` from ``user`` (an organizer unless told); the text of the reply."""
    before = len(api.sent(chat_id=user))
    await api.push(api.message(text, user, **kw))  # type: ignore[arg-type]
    return (await api.wait_sent(before + 1, chat_id=user))[before]


async def ask(api: FakeTelegram, text: str, user: int, **kw: object) -> Call:
    """Send ``text`` from ``user`` (in ``chat`` if given); the reply as sent, buttons and all."""
    chat = int(kw.get("chat", user))  # type: ignore[call-overload]
    before = len(api.sent(chat_id=chat))
    await api.push(api.message(text, user, **kw))  # type: ignore[arg-type]
    await api.wait_sent(before + 1, chat_id=chat)
    return api.sent(chat_id=chat)[before]


async def upload(
    api: FakeTelegram, name: str, content: bytes, user: int = ADMIN, replies: int = 1
) -> list[str]:
    """Send a file called ``name`` from ``user``; the texts of the ``replies`` it brings."""
    before = len(api.sent(chat_id=user))
    file_id = f"f{len(api.files)}"
    api.files[file_id] = content
    document = {
        "file_id": file_id,
        "file_unique_id": file_id,
        "file_name": name,
        "file_size": len(content),
    }
    await api.push(api.message(None, user, document=document))
    return (await api.wait_sent(before + replies, chat_id=user))[before:]


async def press(
    api: FakeTelegram, sent: Call, label: str, user: int, language_code: str = "de"
) -> Call:
    """Press the button ``label`` under a message the bot sent; the bot's answerCallbackQuery."""
    before = len(api.sent("answerCallbackQuery"))
    await api.push(api.press(sent, label, user, language_code))
    await api.wait_for(lambda a: len(a.sent("answerCallbackQuery")) > before)
    return api.sent("answerCallbackQuery")[before]


def rows_of(call: Call) -> list[list[str]]:
    """The labels of the inline keyboard a message was sent with, row by row."""
    markup = call.params.get("reply_markup") or {"inline_keyboard": []}
    return [[b["text"] for b in row] for row in markup["inline_keyboard"]]
