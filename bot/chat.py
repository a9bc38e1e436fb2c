"""What every handler shares: the context type, sending replies, keyboards and button data.

The feature modules (:mod:`bot.questions`, :mod:`bot.commands`, :mod:`bot.buttons`,
:mod:`bot.inline`, :mod:`bot.feedback`, :mod:`bot.teaching`, :mod:`bot.admin`) talk to
Telegram through this module. None calls another's handlers: the command table and
:func:`bot.app.register` only name them to route updates.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import (
    ChatType,
    InlineKeyboardButtonLimit,
    InlineKeyboardMarkupLimit,
    ParseMode,
)
from telegram.ext import Application, CallbackContext, ExtBot

from .events import EventKnowledge, Knowledge
from .i18n import Translator
from .knowledge import event_tag
from .replies import Button, Reply, html_chunks
from .runtime import BotData
from .text import Lang

log = logging.getLogger(__name__)

Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]
BotApp = Application[Any, Context, dict[Any, Any], dict[Any, Any], BotData, Any]

MAX_BUTTONS = InlineKeyboardMarkupLimit.TOTAL_BUTTON_NUMBER
MAX_DATA = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
MAX_LABEL = 64  # characters: longer labels are cut off on a phone anyway

# Button data: a letter naming what the button does, then its fields. Each pattern routes
# presses to one handler (see bot.app.register), which reads the fields from the match.
# Page and event buttons are written by bot.replies, which the command line shares.
ENTRY = re.compile(r"^e:(?P<lang>de|ru):(?P<key>.+)$")  # tag and entry id (older: the id)
# Older page buttons have no tag: a page of the current event.
PAGE = re.compile(r"^p:(?P<lang>de|ru):(?:(?P<tag>[^:]*):)?(?P<kind>[^:]+):(?P<page>\d+)$")
LANGUAGE = re.compile(r"^l:(?P<lang>de|ru)$")
EVENT = re.compile(r"^v:(?P<tag>.+)$")
# v+de:entry-id: 5 bytes and an id of at most 56, within Telegram's 64.
VOTE = re.compile(r"^v(?P<sign>[+-])(?P<lang>de|ru):(?P<entry>[a-z0-9][a-z0-9._-]{0,55})$")
# Every t: button is the organizers' (others are refused); the fields are checked after that.
TEACH = re.compile(r"^t:(?:(?P<step>[gseyno]):(?P<item>\d+)(?::(?P<choice>\d+))?$)?")
# Open an inbox group, look an entry up, choose one, yes, no, out of scope.
Step = Literal["g", "s", "e", "y", "n", "o"]


def entry_data(button: Button, lang: Lang) -> str:
    """Data of a button that opens an entry in ``lang``."""
    return f"e:{lang}:{event_tag(button.event) if button.event else ''}{button.entry_id}"


def vote_data(up: bool, lang: Lang, entry_id: str) -> str:
    return f"v{'+' if up else '-'}{lang}:{entry_id}"


def language_data(lang: Lang) -> str:
    return f"l:{lang}"


def teach_data(step: Step, item: int, choice: int | None = None) -> str:
    return f"t:{step}:{item}" + (f":{choice}" if choice is not None else "")


def data_lang(match: re.Match[str]) -> Lang:
    """The language a button's data names."""
    return "ru" if match["lang"] == "ru" else "de"


def ui(update: Update, context: Context) -> Translator:
    """Texts in the language of the user's interface."""
    return context.bot_data.i18n.get(context.bot_data.ui_lang(update.effective_user))


def where(update: Update, context: Context) -> tuple[Translator, Knowledge, EventKnowledge]:
    """The user's interface texts, every event, and the user's current event.

    The knowledge is read once, so a reload meanwhile cannot mix two versions in one answer.
    """
    knowledge = context.bot_data.knowledge
    current = context.bot_data.event_for(knowledge, update.effective_user)
    return ui(update, context), knowledge, current


@lru_cache(maxsize=1024)
def keyboard(
    buttons: tuple[Button, ...], lang: Lang, last_row: tuple[Button, ...] = ()
) -> InlineKeyboardMarkup | None:
    """One button per row; each opens an entry in the given language, or does its ``data``.

    Within Telegram's limits: a button whose data would be too long is left out, and
    beyond the most buttons a message may carry the rest are (page buttons are kept).
    ``last_row`` (the vote buttons) comes last, side by side.
    Cached: keyboards are immutable, and building Telegram objects is a large share of the
    work per answer.
    """
    rows = [
        [InlineKeyboardButton(b.label[:MAX_LABEL], callback_data=data)]
        for b in buttons
        if len((data := b.data or entry_data(b, lang)).encode()) <= MAX_DATA
    ]
    room = MAX_BUTTONS - len(last_row)
    if len(rows) > room:
        pages = [row for row in rows if PAGE.match(str(row[0].callback_data))]
        rows = rows[: room - len(pages)] + pages
    if last_row:
        rows.append([InlineKeyboardButton(b.label, callback_data=b.data) for b in last_row])
    return _Keyboard(rows) if rows else None


class _Keyboard(InlineKeyboardMarkup):
    """An inline keyboard that serializes once: it is frozen, and sent with many answers."""

    __slots__ = ("_as_dict",)

    def to_dict(self, recursive: bool = True) -> dict[str, Any]:
        if not recursive:
            return super().to_dict(recursive)
        cached: dict[str, Any] | None = getattr(self, "_as_dict", None)
        if cached is None:
            cached = super().to_dict()
            # Telegram objects refuse attribute changes once built; this is only a memo.
            object.__setattr__(self, "_as_dict", cached)
        return cached


async def send(
    message: Message,
    reply: Reply,
    lang: Lang,
    *,
    quote: bool = False,
    last_row: tuple[Button, ...] = (),
) -> Message | None:
    """Send a reply, split under Telegram's length limit, buttons under the last part.

    Returns the last message sent.
    """
    chunks = html_chunks(reply)
    sent = None
    for i, chunk in enumerate(chunks):
        last = i == len(chunks) - 1
        sent = await message.reply_text(
            chunk,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard(reply.buttons, lang, last_row) if last else None,
            do_quote=quote and i == 0,
        )
    return sent


async def say(update: Update, text: str) -> None:
    """A short word: the answer to a pressed button, else a reply to the message."""
    if update.callback_query is not None:
        await update.callback_query.answer(text)
    elif update.effective_message is not None:
        await update.effective_message.reply_text(text)


# --------------------------------------------------------------------------- organizers


@dataclass(frozen=True)
class Organizer:
    """An organizer's request: texts in their language, the message to answer, who they are."""

    t: Translator
    message: Message
    user_id: int


async def organizer(update: Update, context: Context, action: str) -> Organizer | None:
    """The organizer's request, or None after refusing anyone else.

    Organizers are the user ids in ``BOT_ADMIN_IDS``, in their private chat with the bot:
    what their tools show holds participants' questions and must not go into a group.
    Anyone else changes nothing; the attempt is counted as ``action``, without who it was.
    """
    data = context.bot_data
    user, message = update.effective_user, update.effective_message
    t = ui(update, context)
    if user is not None and message is not None and data.is_admin(user.id):
        if message.chat.type == ChatType.PRIVATE:
            return Organizer(t, message, user.id)
        await say(
            update,
            t._("Organizer commands work only in our private chat; please write to me there."),
        )
        return None
    log.warning("refused %s (not an organizer)", action)
    data.storage.count_refused(action)
    await say(update, t._("Sorry, only the organizers can do that."))
    return None


def organizers(data: BotData) -> list[tuple[int, Translator]]:
    """Every organizer's id with texts in their language (their /lang choice, else German)."""
    return [(i, data.i18n.get(data.storage.user_lang(i) or "de")) for i in data.settings.admin_ids]


async def tell_organizers(bot: Bot, data: BotData, text: Callable[[Translator], str]) -> None:
    """Send every organizer a plain message in their language; a failure is only logged."""
    for admin_id, t in organizers(data):
        try:
            await bot.send_message(admin_id, text(t))
        except Exception as exc:
            log.warning("could not notify an admin: %s", exc)
