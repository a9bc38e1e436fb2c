"""The bot's commands: one table, from which handlers, command menus and /help are built.

The participants' commands are answered here; the organizers' come from :mod:`bot.admin`
and :mod:`bot.teaching`. The list commands (/speakers, /companies, …) come from the
knowledge, where a list entry declares ``command:`` and ``description:``.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType, ParseMode

from . import admin, teaching
from .chat import Context, language_data, send, ui, where
from .events import Knowledge, parse_payload
from .i18n import N_, Translator
from .replies import (
    Reply,
    buttons_for,
    entry_reply,
    event_reply,
    events_reply,
    from_event_reply,
    help_reply,
    list_reply,
    privacy_reply,
    programme_reply,
    result_reply,
    welcome_reply,
)
from .text import detect_language

log = logging.getLogger(__name__)

Handler = Callable[[Update, Context], Coroutine[Any, Any, None]]
MAX_QUOTED_COMMAND = 40


@dataclass(frozen=True)
class Command:
    """One command of the bot.

    Attributes:
        name: what users type after the slash.
        description: for the menus and /help, in English (translated where shown).
        handler: the function that answers it.
        admin: only for organizers, in their private chat (the handler refuses everyone
            else itself), and shown only to them.
        aliases: other names that do the same, not shown in menus.
        in_help: listed by /help (/start and /help need no mention there).
    """

    name: str
    description: str
    handler: Handler
    admin: bool = False
    aliases: tuple[str, ...] = ()
    in_help: bool = True


# --------------------------------------------------------------------------- participants


async def start(update: Update, context: Context) -> None:
    """/start: welcome, what the bot knows, topic buttons; ``/start PAYLOAD`` opens an entry."""
    message = update.effective_message
    if message is None:
        return
    t, knowledge, current = where(update, context)
    linked = parse_payload(context.args[0]) if context.args else None
    if linked is not None:
        target = knowledge.by_tag(linked[0])
        entry = target.kb.by_id.get(linked[1]) if target else None
        if target is not None and entry is not None:
            reply = entry_reply(entry, target.kb, t)
            if target is not current:
                reply = from_event_reply(reply, target.event, t)
            await send(message, reply, t.lang)
            context.bot_data.storage.record("button", t.lang, True, entry.id)
            return
    await send(message, welcome_reply(current.kb, t, current.engine.topics()), t.lang)


async def help_command(update: Update, context: Context) -> None:
    """/help: how to ask and the commands."""
    if message := update.effective_message:
        t = ui(update, context)
        lines = help_lines(context.bot_data.knowledge, t, admin=False)
        await send(message, help_reply(t, context.bot.username, lines), t.lang)


async def program(update: Update, context: Context) -> None:
    """/program: the programme by day."""
    if message := update.effective_message:
        t, _, current = where(update, context)
        await send(message, programme_reply(current.kb, t), t.lang)


async def event(update: Update, context: Context) -> None:
    """/event: the event in short; with several events, all of them to switch between."""
    message = update.effective_message
    if message is None:
        return
    t, knowledge, current = where(update, context)
    await send(message, event_reply(current.kb, t), t.lang)
    if len(knowledge) > 1:
        choices = [
            ((k.event.name.get(t.lang), t.date_range(k.event.start, k.event.end)), k.tag)
            for k in knowledge.events
        ]
        await send(message, events_reply(choices, current.tag, t), t.lang)


async def list_command(update: Update, context: Context) -> None:
    """A list command the knowledge declares (``command:`` of a list entry), e.g. /speakers.

    Commands the knowledge does not declare get the unknown-command reply.
    """
    message = update.effective_message
    if message is None or not message.text:
        return
    name = message.text.split()[0][1:].split("@")[0].lower()
    t, knowledge, current = where(update, context)
    entry = current.list_commands().get(name)
    if entry is None and name in knowledge.commands():
        await message.reply_text(t._("Nothing is known about that yet."))
    elif entry is None or entry.list_of is None:
        await unknown_command(update, context)
    else:
        await send(message, list_reply(current.kb, entry.list_of, t), t.lang)


async def unknown_command(update: Update, context: Context) -> None:
    """A command the bot does not have: say so and point to /help."""
    message = update.effective_message
    if message is None or not message.text:
        return
    command = message.text.split()[0]
    if "@" in command and command.split("@", 1)[1].lower() != context.bot.username.lower():
        return  # meant for another bot in the group
    if message.chat.type != ChatType.PRIVATE and "@" not in command:
        return  # in groups, plain unknown commands may belong to other bots
    t = ui(update, context)
    name = command.split("@")[0]
    if len(name) > MAX_QUOTED_COMMAND:  # Telegram's are at most 32 characters
        name = name[: MAX_QUOTED_COMMAND - 1] + "…"
    await message.reply_text(
        t._("I don't know the command {command}. /help lists what I can do.").format(
            command=html.escape(name)
        ),
        parse_mode=ParseMode.HTML,
    )


async def search(update: Update, context: Context) -> None:
    """/search <text>: the best matches as buttons."""
    message = update.effective_message
    if message is None:
        return
    t, _, current = where(update, context)
    query = " ".join(context.args or []).strip()
    if not query:
        await message.reply_text(t._("Write what to look for, for example: /search Leipzig"))
        return
    i18n = context.bot_data.i18n
    matches = current.engine.search(query, limit=8)
    if not matches:
        result = current.engine.ask(query, preferred=t.lang)
        reply = result_reply(result, current.kb, i18n.get(result.lang))
        await send(message, reply, result.lang)
        return
    lang = detect_language(query, t.lang)
    tl = i18n.get(lang)
    body = "\n".join(f"• {m.entry.name.get(lang)}" for m in matches)
    title = tl._("Found for “{query}”:").format(query=query[:100])
    await send(message, Reply(body, title, buttons_for((m.entry for m in matches), tl)), lang)


async def lang_command(update: Update, context: Context) -> None:
    """/lang: choose German or Russian for the interface."""
    if message := update.effective_message:
        choices = [
            InlineKeyboardButton("Deutsch", callback_data=language_data("de")),
            InlineKeyboardButton("Русский", callback_data=language_data("ru")),
        ]
        markup = InlineKeyboardMarkup([choices])
        t = ui(update, context)
        await message.reply_text(t._("Choose the language of the menus:"), reply_markup=markup)


async def privacy(update: Update, context: Context) -> None:
    """/privacy: what is stored, for how long, and how to delete it."""
    if message := update.effective_message:
        t = ui(update, context)
        await send(message, privacy_reply(t), t.lang)


async def forget(update: Update, context: Context) -> None:
    """/forget: delete everything stored with the user's id."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    t = ui(update, context)  # before forgetting: the reply is in the language chosen so far
    context.bot_data.storage.forget(user.id)
    log.info("a user's data was deleted on request")
    await message.reply_text(
        t._(
            "Done: everything stored with your user id is deleted (your /lang and /event "
            "choices and, for organizers, their actions). Questions are stored without a "
            "user id, so nothing else was linked to you."
        )
    )


# --------------------------------------------------------------------------- the table


COMMANDS = (
    Command("start", N_("Welcome and topics"), start, in_help=False),
    Command("help", N_("How to ask"), help_command, in_help=False),
    Command("event", N_("About the event"), event),
    Command("program", N_("Programme by day"), program, aliases=("programme",)),
    Command("search", N_("Search the knowledge base"), search),
    Command("lang", N_("Language: German or Russian"), lang_command),
    Command("privacy", N_("What is stored and how to delete it"), privacy),
    Command("forget", N_("Delete what is stored with my user id"), forget),
    Command("reload", N_("Reload the knowledge base"), admin.reload_command, admin=True),
    Command(
        "rollback", N_("Restore the previous knowledge file"), admin.rollback_command, admin=True
    ),
    Command(
        "unanswered", N_("Questions I could not answer"), teaching.unanswered_command, admin=True
    ),
    Command("stats", N_("Usage statistics"), admin.stats_command, admin=True),
)
# Where the knowledge's list commands go in menus and /help: after these.
_LISTS_AFTER = "program"


def menu(knowledge: Knowledge, t: Translator, *, admin: bool) -> list[tuple[str, str]]:
    """(command, description) in menu order: the fixed ones with the knowledge's lists."""
    lists = [(name, text.get(t.lang)) for name, text in knowledge.commands().items()]
    found: list[tuple[str, str]] = []
    for command in COMMANDS:
        if command.admin and not admin:
            continue
        found.append((command.name, t._(command.description)))
        if command.name == _LISTS_AFTER:
            found.extend(lists)
    return found


def bot_commands(knowledge: Knowledge, t: Translator, *, admin: bool) -> list[BotCommand]:
    """The command menu Telegram shows, in one language."""
    return [BotCommand(name, text) for name, text in menu(knowledge, t, admin=admin)]


def help_lines(knowledge: Knowledge, t: Translator, *, admin: bool) -> list[tuple[str, str]]:
    """The commands /help lists."""
    hidden = {c.name for c in COMMANDS if not c.in_help}
    return [(name, text) for name, text in menu(knowledge, t, admin=admin) if name not in hidden]
