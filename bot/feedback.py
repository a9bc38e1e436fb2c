"""Votes on answers: 👍 and 👎 under every answer to a free-text question.

A vote is stored without user id: the entry, the language, the vote and the time, and for a
👎 the question, so that the organizers can fix it (see ``/unanswered``). The question of an
answer is held in memory only until the answer is voted on or pushed out by newer ones; each
answer takes one vote, after which its vote buttons are removed.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass, field

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError

from .chat import VOTE, Context, data_lang, ui, vote_data
from .i18n import Translator
from .replies import Button
from .runtime import BotData, per_bot
from .search import Result
from .storage import Storage

log = logging.getLogger(__name__)

UP = "👍"
DOWN = "👎"
REMEMBERED = 10_000  # answers whose question is held for a 👎
MAX_ENTRIES_SHOWN = 30


@dataclass
class _Recent:
    """Questions of recent answers, by (chat, message), and the answers voted on."""

    questions: OrderedDict[tuple[int, int], str] = field(default_factory=OrderedDict)
    voted: OrderedDict[tuple[int, int], None] = field(default_factory=OrderedDict)


_recent = per_bot(_Recent)


def buttons(result: Result) -> tuple[Button, ...]:
    """The vote buttons for an answer, or none (declined, small talk, nothing to name)."""
    if not result.answered or result.best is None or result.reason != "answered":
        return ()
    entry = result.best.entry.id
    return (
        Button(UP, entry, vote_data(True, result.lang, entry)),
        Button(DOWN, entry, vote_data(False, result.lang, entry)),
    )


def remember(data: BotData, sent: Message, question: str) -> None:
    """Hold the question of an answer with vote buttons, in case it gets a 👎."""
    recent = _recent(data)
    recent.questions[(sent.chat_id, sent.message_id)] = question
    if len(recent.questions) > REMEMBERED:
        recent.questions.popitem(last=False)


async def vote(update: Update, context: Context) -> None:
    """A press on 👍 or 👎: count it once per answer, thank, remove the vote buttons."""
    query, match = update.callback_query, context.match
    if query is None or match is None:
        return
    data = context.bot_data
    t = ui(update, context)
    message = query.message if isinstance(query.message, Message) else None
    if message is None or match["entry"] not in data.engine.kb.by_id:
        await query.answer(t._("This button is out of date. Please ask again."))
        return
    recent = _recent(data)
    key = (message.chat_id, message.message_id)
    question = recent.questions.pop(key, None)
    if key not in recent.voted:
        recent.voted[key] = None
        if len(recent.voted) > REMEMBERED:
            recent.voted.popitem(last=False)
        up = match["sign"] == "+"
        data.storage.record_vote(match["entry"], data_lang(match), up, None if up else question)
    await query.answer(t._("Thank you for your feedback!"))
    await _remove_vote_buttons(message)


async def _remove_vote_buttons(message: Message) -> None:
    markup = message.reply_markup
    rows = [
        row
        for row in (markup.inline_keyboard if markup else ())
        if not any(VOTE.match(str(b.callback_data or "")) for b in row)
    ]
    try:
        await message.edit_reply_markup(InlineKeyboardMarkup(rows) if rows else None)
    except TelegramError as exc:  # too old, or already edited: the vote is counted anyway
        log.info("vote buttons not removed: %s", exc)


def stats_text(storage: Storage, t: Translator) -> str:
    """The ``/stats`` section on votes: totals, the most 👎, and 👍/👎 per entry."""
    votes = storage.votes()
    if not votes:
        return ""
    up = sum(v[1] for v in votes)
    down = sum(v[2] for v in votes)
    lines = [t._("Votes on answers: {up} {UP}, {down} {DOWN}").format(
        up=up, down=down, UP=UP, DOWN=DOWN
    )]  # fmt: skip
    worst = [f"{entry} ({n})" for entry, _, n in votes[:5] if n]
    if worst:
        lines.append(t._("Most {DOWN}: {entries}").format(DOWN=DOWN, entries=", ".join(worst)))
    lines.extend(
        f"• {entry}: {UP} {n_up}, {DOWN} {n_down}"
        for entry, n_up, n_down in votes[:MAX_ENTRIES_SHOWN]
    )
    if len(votes) > MAX_ENTRIES_SHOWN:
        lines.append(f"… (+{len(votes) - MAX_ENTRIES_SHOWN})")
    return "\n".join(lines)
