"""The bot's commands in one table: handlers, command menus and /help are all built from it.

The fixed commands are listed here; the list commands (/speakers, /companies, …) come from
the knowledge, where a list entry declares ``command:`` and ``description:``.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from telegram import BotCommand, Update

from . import admin, handlers
from .events import Knowledge
from .handlers import Context
from .i18n import Translator


@dataclass(frozen=True)
class Command:
    """One command of the bot.

    Attributes:
        name: what users type after the slash.
        describe: its description in a given language (for the menus and /help).
        handler: the function that answers it.
        admin: shown only to organizers (the handler refuses everyone else itself).
        private: works only in a private chat (the handler says so elsewhere).
        aliases: other names that do the same, not shown in menus.
        in_help: listed by /help (/start and /help need no mention there).
    """

    name: str
    describe: Callable[[Translator], str]
    handler: Callable[[Update, Context], Coroutine[Any, Any, None]]
    admin: bool = False
    private: bool = False
    aliases: tuple[str, ...] = ()
    in_help: bool = True


def _commands() -> tuple[Command, ...]:
    return (
        Command("start", lambda t: t._("Welcome and topics"), handlers.start, in_help=False),
        Command("help", lambda t: t._("How to ask"), handlers.help_command, in_help=False),
        Command("event", lambda t: t._("About the event"), handlers.event),
        Command(
            "program", lambda t: t._("Programme by day"), handlers.program, aliases=("programme",)
        ),
        Command("search", lambda t: t._("Search the knowledge base"), handlers.search),
        Command("lang", lambda t: t._("Language: German or Russian"), handlers.lang_command),
        Command("privacy", lambda t: t._("What is stored and how to delete it"), handlers.privacy),
        Command("forget", lambda t: t._("Delete what is stored with my user id"), handlers.forget),
        Command(
            "reload",
            lambda t: t._("Reload the knowledge base"),
            admin.reload_command,
            admin=True,
            private=True,
        ),
        Command(
            "rollback",
            lambda t: t._("Restore the previous knowledge file"),
            admin.rollback_command,
            admin=True,
            private=True,
        ),
        Command(
            "unanswered",
            lambda t: t._("Questions I could not answer"),
            admin.unanswered_command,
            admin=True,
            private=True,
        ),
        Command(
            "stats",
            lambda t: t._("Usage statistics"),
            admin.stats_command,
            admin=True,
            private=True,
        ),
    )


COMMANDS = _commands()
# Where the knowledge's list commands go in menus and /help: after these.
_LISTS_AFTER = "program"


def menu(knowledge: Knowledge, t: Translator, *, admin: bool) -> list[tuple[str, str]]:
    """(command, description) in menu order: the fixed ones with the knowledge's lists."""
    lists = [(name, text.get(t.lang)) for name, text in knowledge.commands().items()]
    found: list[tuple[str, str]] = []
    for command in COMMANDS:
        if command.admin and not admin:
            continue
        found.append((command.name, command.describe(t)))
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


def handler_table() -> list[
    tuple[list[str], Callable[[Update, Context], Coroutine[Any, Any, None]]]
]:
    """Every fixed command's names (the name and its aliases) with its handler."""
    return [([c.name, *c.aliases], c.handler) for c in COMMANDS]
