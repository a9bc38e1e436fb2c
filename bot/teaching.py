"""The teaching inbox: from a declined or disliked question to a fixed answer in three taps.

``/unanswered`` lists the recent declined and 👎 questions, near-duplicates grouped, with a
➕ button under each group. It offers the engine's best guesses as entries to teach (and 🔎
to look one up by name, and a button to mark the question out of scope); choosing one shows
the change, and ✅ adds the question to that entry's ``questions:`` in the knowledge file,
through the same checks, backup, atomic write and reload as an upload (see
:func:`bot.knowledge_folder.replace`), so ``/rollback`` undoes it.

Organizers' decisions are kept as marks by normalised question (see
:func:`bot.storage.question_key`): a taught question and its near-duplicates are answered
with the entry as long as the entry lists the question; a question out of scope is declined
without suggestions. Either leaves the inbox. Every step is in the admin log; anyone else
pressing such a button is refused and changes nothing.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import difflib
import logging
from dataclasses import dataclass, field
from itertools import count

from telegram import Message, Update
from telegram.ext import ApplicationHandlerStop

from . import admin, knowledge_folder
from .chat import Context, Organizer, organizer, send, teach_data
from .feedback import DOWN
from .i18n import Translator
from .knowledge import Entry, KnowledgeError, read_text
from .knowledge_edit import EditError, add_question
from .marks import lang_of, taught
from .replies import Button, Reply
from .runtime import BotData, per_bot
from .search import Engine
from .storage import Mark, UnansweredGroup, group_unanswered, question_key
from .text import Lang

log = logging.getLogger(__name__)

INBOX_DAYS = 30
INBOX_GROUPS = 20
CANDIDATES = 5
MAX_LABEL = 40
KEPT_ITEMS = 500  # inbox groups whose buttons still work


@dataclass
class _Item:
    """One group of the inbox, as its buttons refer to it."""

    question: str  # the most frequent text, the one added to the knowledge file
    lang: Lang
    texts: tuple[str, ...]
    candidates: list[str] = field(default_factory=list)  # entry ids offered so far


@dataclass
class _Inbox:
    items: dict[int, _Item] = field(default_factory=dict)
    searching: dict[int, int] = field(default_factory=dict)  # admin id → item
    numbers: count[int] = field(default_factory=lambda: count(1))

    def add(self, item: _Item) -> int:
        number = next(self.numbers)
        self.items[number] = item
        while len(self.items) > KEPT_ITEMS:
            del self.items[next(iter(self.items))]
        return number


_inbox = per_bot(_Inbox)


# --------------------------------------------------------------------------- the inbox


def _open_groups(
    rows: list[tuple[str, str, str]], marks: dict[str, Mark], engine: Engine
) -> list[UnansweredGroup]:
    """The groups of the questions not yet taught or out of scope (a worker thread's work)."""
    if marks:
        keys = {question_key(text) for _, _, text in rows}
        done = {
            key
            for key in keys
            if (mark := marks.get(key)) is not None
            and (mark.entry is None or taught(engine, mark) is not None)
        }
        rows = [row for row in rows if question_key(row[2]) not in done]
    return group_unanswered(rows, INBOX_GROUPS)


async def unanswered_command(update: Update, context: Context) -> None:
    """/unanswered: declined and 👎 questions, grouped, a ➕ button under each group."""
    asking = await organizer(update, context, "/unanswered")
    if asking is None:
        return
    message, t = asking.message, asking.t
    data = context.bot_data
    storage = data.storage
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=INBOX_DAYS)
    rows = storage.recent_unanswered(INBOX_DAYS)
    given: dict[str, set[str]] = {}
    for at, lang, text, entry in storage.disliked_rows(since.isoformat(timespec="seconds")):
        rows.append((at, lang, text))
        given.setdefault(text, set()).add(entry)
    rows.sort(key=lambda row: row[0])
    # Comparing texts takes a while with thousands of them: in a worker thread, one at a
    # time, while answering goes on.
    async with data.report_lock:
        groups = await asyncio.to_thread(_open_groups, rows, dict(storage.marks()), data.engine)
    if not groups:
        await message.reply_text(t._("No unanswered questions in the last 30 days."))
        return
    state = _inbox(data)
    lines = []
    buttons = []
    for group in groups:
        entries = sorted({e for text in group.texts for e in given.get(text, ())})
        line = f"{group.count}× [{group.lang}] {group.text}"
        lines.append(line + (f" ({DOWN} {', '.join(entries)})" if entries else ""))
        number = state.add(_Item(group.text, lang_of(group.lang), group.texts))
        label = group.text if len(group.text) <= MAX_LABEL else group.text[: MAX_LABEL - 1] + "…"
        buttons.append(Button(f"➕ {label}", "", teach_data("g", number)))
    await send(
        message,
        Reply("\n".join(lines), t._("Unanswered questions, last 30 days"), tuple(buttons)),
        t.lang,
    )


# --------------------------------------------------------------------------- buttons


async def button(update: Update, context: Context) -> None:
    """A press in the teaching inbox (``t:<step>:<group>[:<choice>]``)."""
    query, match = update.callback_query, context.match
    if query is None or match is None:
        return
    asking = await organizer(update, context, "teach-button")
    if asking is None:
        return
    data, t, message, user_id = context.bot_data, asking.t, asking.message, asking.user_id
    state = _inbox(data)
    number = int(match["item"] or 0)
    item = state.items.get(number)
    choice = int(match["choice"]) if match["choice"] else -1
    step = match["step"]
    if (
        item is None
        or step is None
        or (step in ("e", "y") and not 0 <= choice < len(item.candidates))
    ):
        await query.answer(t._("This button is out of date. Send /unanswered again."))
        return
    await query.answer()
    if step == "g":
        data.storage.log_admin(user_id, "teach-open", item.question)
        await _offer(message, data, t, number, item)
    elif step == "s":
        state.searching[user_id] = number
        data.storage.log_admin(user_id, "teach-search", item.question)
        await message.reply_text(t._("Type a name, or part of it, to look for the entry:"))
    elif step == "e":
        chosen = item.candidates[choice]
        data.storage.log_admin(user_id, "teach-choose", f"{item.question} → {chosen}")
        await _preview(message, data, t, number, item, choice)
    elif step == "y":
        await _apply(asking, context, number, item, item.candidates[choice])
    elif step == "n":
        data.storage.log_admin(user_id, "teach-cancel", item.question)
        await message.reply_text(t._("Cancelled; nothing was changed."))
    elif step == "o":
        data.storage.set_marks(_keys(item), item.lang, None, item.question)
        data.storage.log_admin(user_id, "out-of-scope", item.question)
        del state.items[number]
        await message.reply_text(
            t._(
                "Marked as out of scope: I will decline “{question}” without suggestions, "
                "and it leaves the list."
            ).format(question=item.question)
        )


def _keys(item: _Item) -> list[str]:
    return sorted({k for k in map(question_key, item.texts) if k})


def _choices(t: Translator, number: int, item: _Item, entries: list[Entry]) -> tuple[Button, ...]:
    buttons = []
    for entry in entries:
        if entry.id not in item.candidates:
            item.candidates.append(entry.id)
        k = item.candidates.index(entry.id)
        label = f"{entry.name.get(t.lang)} ({entry.id})"
        buttons.append(Button(label, "", teach_data("e", number, k)))
    return tuple(buttons)


async def _offer(message: Message, data: BotData, t: Translator, number: int, item: _Item) -> None:
    entries = [m.entry for m in data.engine.rank(item.question, limit=CANDIDATES)]
    buttons = (
        *_choices(t, number, item, entries),
        Button("🔎 " + t._("Look up an entry by name"), "", teach_data("s", number)),
        Button("🚫 " + t._("Out of scope"), "", teach_data("o", number)),
    )
    body = t._("Which entry answers “{question}” [{lang}]?").format(
        question=item.question, lang=item.lang
    )
    await send(message, Reply(body, None, buttons), t.lang)


async def search_text(update: Update, context: Context) -> None:
    """An admin's next text after 🔎: the entries whose names match, to choose from."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None or not message.text:
        return
    data = context.bot_data
    state = _inbox(data)
    number = state.searching.pop(user.id, None)
    item = state.items.get(number) if number is not None else None
    if item is None:
        return  # not searching: an ordinary question
    t = data.i18n.get(data.ui_lang(user))
    query = message.text.strip()[:100]
    data.storage.log_admin(user.id, "teach-look-up", query)
    matches = data.engine.search(query, limit=8)
    if not matches:
        await message.reply_text(
            t._("Nothing matches “{query}”. Press 🔎 again to look for another name.").format(
                query=query
            )
        )
    else:
        buttons = _choices(t, number or 0, item, [m.entry for m in matches])
        body = t._("Entries matching “{query}”:").format(query=query)
        await send(message, Reply(body, None, buttons), t.lang)
    raise ApplicationHandlerStop


async def _preview(
    message: Message, data: BotData, t: Translator, number: int, item: _Item, choice: int
) -> None:
    entry = data.engine.kb.by_id.get(item.candidates[choice])
    if entry is None:
        await message.reply_text(t._("This button is out of date. Send /unanswered again."))
        return
    lines = [
        t._("Question ({lang}): {question}").format(lang=item.lang, question=item.question),
        t._("Entry: {name} ({id})").format(name=entry.name.get(t.lang), id=entry.id),
        t._("File: {file}").format(file=entry.source),
    ]
    buttons = (
        Button("✅ " + t._("Add the question"), "", teach_data("y", number, choice)),
        Button("✖ " + t._("Cancel"), "", teach_data("n", number)),
    )
    await send(message, Reply("\n".join(lines), t._("This will change"), buttons), t.lang)


async def _apply(
    asking: Organizer, context: Context, number: int, item: _Item, entry_id: str
) -> None:
    """✅: add the question to the entry's file, as an upload of the edited file would."""
    message, t, user_id = asking.message, asking.t, asking.user_id
    data = context.bot_data
    entry = data.engine.kb.by_id.get(entry_id)
    if entry is None:
        await message.reply_text(t._("This button is out of date. Send /unanswered again."))
        return
    name = entry.source
    async with data.reload_lock:
        try:
            old = read_text(knowledge_folder.knowledge_file(data, name))
            new = await asyncio.to_thread(
                add_question, old, name, entry.id, item.lang, item.question
            )
        except (KnowledgeError, EditError) as exc:
            detail = f"{item.question} → {entry_id}: {exc}"
            data.storage.log_admin(user_id, "teach-refused", detail)
            await message.reply_text(
                t._("The question was not added: {error}").format(error=str(exc)[:500])
            )
            return
        outcome = await knowledge_folder.replace(data, user_id, name, new.encode("utf-8"), "teach")
    if isinstance(outcome, list):
        title = t._("The file {name} was not accepted").format(name=name)
        await send(message, admin.problems_reply(tuple(outcome), t, title), t.lang)
        return
    if not isinstance(outcome, KnowledgeError):
        text = " ".join(item.question.split())
        data.storage.set_marks(_keys(item), item.lang, entry.id, text)
        data.storage.log_admin(user_id, "teach-done", f"{text!r} → {entry.id} in {name}")
        _inbox(data).items.pop(number, None)
        diff = "".join(
            difflib.unified_diff(
                old.splitlines(keepends=True), new.splitlines(keepends=True), name, name, n=1
            )
        )
        title = t._("Added to {name}").format(name=entry.name.get(t.lang))
        await send(message, Reply(diff.rstrip("\n"), title), t.lang)
    await admin.report(message, t, data, user_id, outcome)
