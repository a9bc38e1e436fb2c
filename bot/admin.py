"""Organizers' tools: reload, knowledge-file upload and rollback, stats, database trouble.

Only organizers may use them, in their private chat (see :func:`bot.chat.organizer`).
Every change an organizer makes is recorded in the database.
"""

from __future__ import annotations

import asyncio
import html
import io
import logging

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError

from . import feedback, knowledge_folder
from .chat import BotApp, Context, organizer, send, tell_organizers, ui
from .i18n import Translator
from .knowledge import (
    MAX_FILE_BYTES,
    KnowledgeError,
    Problem,
)
from .reloading import ReloadReport
from .replies import Reply
from .runtime import BotData
from .storage import MAX_PENDING

log = logging.getLogger(__name__)

MAX_LISTED_IDS = 20


# --------------------------------------------------------------------------- database trouble


async def watch_storage(app: BotApp) -> None:
    """Tell the admins about trouble with the database.

    About a file moved aside at start, and once when writing starts to fail (not for every
    question while it does; that it works again is logged).
    """
    data = app.bot_data
    storage = data.storage

    def on_trouble(reason: str | None) -> None:
        if reason is None:
            return  # logged; one message per outage is enough
        app.create_task(
            tell_organizers(
                app.bot,
                data,
                lambda t: (
                    "⚠️ "
                    + t._(
                        "The database cannot be written ({error}). Answers go on; up to {n} "
                        "records are kept in memory and saved when it works again. I will not "
                        "repeat this message for every question."
                    ).format(error=reason[:300], n=MAX_PENDING)
                ),
            )
        )

    storage.on_trouble = on_trouble
    kept = storage.recovered_from
    if kept is not None:
        await tell_organizers(
            app.bot,
            data,
            lambda t: (
                "⚠️ "
                + t._(
                    "The database file could not be read. It was kept as {file}, and I started "
                    "with a new, empty database."
                ).format(file=kept)
            ),
        )


# --------------------------------------------------------------------------- reload


def _ids(ids: tuple[str, ...]) -> str:
    shown = ", ".join(ids[:MAX_LISTED_IDS])
    return shown + (f" … (+{len(ids) - MAX_LISTED_IDS})" if len(ids) > MAX_LISTED_IDS else "")


def report_reply(report: ReloadReport, t: Translator) -> Reply:
    """What a reload changed, for the admin."""
    total = sum(report.counts.values())
    lines = [
        t.ngettext("{n} entry loaded", "{n} entries loaded", total).format(n=total)
        + f" ({report.seconds:.2f} s):",
        ", ".join(f"{kind}: {n}" for kind, n in report.counts.items()),
        "",
        t._("Added: {ids}").format(ids=_ids(report.added) or "—"),
        t._("Removed: {ids}").format(ids=_ids(report.removed) or "—"),
        t._("Changed: {ids}").format(ids=_ids(report.changed) or "—"),
    ]
    return Reply("\n".join(lines), t._("Knowledge base reloaded"))


def problems_reply(problems: tuple[Problem, ...], t: Translator, title: str) -> Reply:
    """Every problem of a failed reload or upload."""
    body = "\n".join(f"• {p}" for p in problems)
    footer = t._("Nothing was changed; the bot keeps answering from the previous version.")
    return Reply(f"{body}\n\n{footer}", title)


async def reload_command(update: Update, context: Context) -> None:
    """/reload: read the knowledge files again and swap them in atomically."""
    asking = await organizer(update, context, "/reload")
    if asking is None:
        return
    outcome: ReloadReport | KnowledgeError
    try:
        outcome = await context.bot_data.reload()
    except KnowledgeError as exc:
        outcome = exc
    await report(asking.message, asking.t, context.bot_data, asking.user_id, outcome)


def _summary(report: ReloadReport) -> str:
    return (
        f"{sum(report.counts.values())} entries; added {list(report.added)}; "
        f"removed {list(report.removed)}; changed {list(report.changed)}"
    )


async def reload_on_signal(app: BotApp) -> None:
    """SIGHUP: reload, log the outcome; on errors keep the old knowledge base."""
    data = app.bot_data
    try:
        report = await data.reload()
    except KnowledgeError as exc:
        log.error("reload on SIGHUP failed; keeping the previous knowledge base:\n%s", exc)
        data.storage.log_admin(0, "reload-failed", f"SIGHUP: {exc}")
        return
    log.info("reloaded on SIGHUP: %s", _summary(report))
    data.storage.log_admin(0, "reload", f"SIGHUP: {_summary(report)}")


def start_watching(app: BotApp) -> asyncio.Task[None]:
    """Reload whenever a knowledge file is added, removed or changed (``run --watch``).

    A plain task, not ``app.create_task``: the application would wait for it when stopping.
    """
    path = app.bot_data.settings.knowledge_path
    return knowledge_folder.watch(path, lambda: reload_on_signal(app))


# --------------------------------------------------------------------------- upload, rollback


async def upload(update: Update, context: Context) -> None:
    """A ``.yaml`` file from an admin: validate, back up, replace atomically, reload."""
    message = update.effective_message
    if message is None or message.document is None:
        return
    data = context.bot_data
    user = update.effective_user
    t = ui(update, context)
    if user is None or not data.is_admin(user.id):
        log.info("file from a non-organizer ignored")
        await message.reply_text(t._("I can only read text. Please type your question."))
        return
    document = message.document
    name = document.file_name or ""
    if document.file_size is not None and document.file_size > MAX_FILE_BYTES:
        size = f"file is {document.file_size} bytes; the limit is {MAX_FILE_BYTES}"
        await _refuse(message, t, name, [Problem(name, 0, None, size)])
        return
    if not knowledge_folder.SAFE_NAME.match(name):
        await _refuse(message, t, name, await knowledge_folder.check(data, name, b""))
        return
    buffer = io.BytesIO()
    try:
        file = await document.get_file()
        await file.download_to_memory(buffer)
    except TelegramError as exc:
        await message.reply_text(
            t._("I could not download the file: {error}").format(error=html.escape(str(exc)))
        )
        return
    content = buffer.getvalue()
    # Checked, written and loaded under one lock: another upload or a rollback meanwhile
    # would make the check say nothing about the folder as it ends up.
    async with data.reload_lock:
        outcome = await knowledge_folder.replace(data, user.id, name, content)
    if isinstance(outcome, list):
        await _refuse(message, t, name, outcome)
        return
    await report(message, t, data, user.id, outcome)


async def _refuse(message: Message, t: Translator, name: str, problems: list[Problem]) -> None:
    title = t._("The file {name} was not accepted").format(name=name[:100] or "?")
    await send(message, problems_reply(tuple(problems), t, title), t.lang)


async def report(
    message: Message,
    t: Translator,
    data: BotData,
    user_id: int,
    outcome: ReloadReport | KnowledgeError,
) -> None:
    """Record a reload's outcome in the admin log and tell the admin."""
    if isinstance(outcome, KnowledgeError):
        data.storage.log_admin(user_id, "reload-failed", str(outcome))
        await send(message, problems_reply(outcome.problems, t, t._("Reload failed")), t.lang)
        return
    data.storage.log_admin(user_id, "reload", _summary(outcome))
    await send(message, report_reply(outcome, t), t.lang)


async def rollback_command(update: Update, context: Context) -> None:
    """/rollback: put the latest backup back in place and reload, if it loads."""
    asking = await organizer(update, context, "/rollback")
    if asking is None:
        return
    t, message = asking.t, asking.message
    data = context.bot_data
    async with data.reload_lock:
        restored = await knowledge_folder.restore_latest(data, asking.user_id)
    if restored is None:
        await message.reply_text(t._("There is no backup to restore."))
        return
    if isinstance(restored.outcome, list):
        title = t._("The backup {backup} was not restored").format(backup=restored.backup)
        await send(message, problems_reply(tuple(restored.outcome), t, title), t.lang)
        return
    await message.reply_text(
        t._("Restored {name} from {backup}.").format(
            name=html.escape(restored.name), backup=html.escape(restored.backup)
        ),
        parse_mode=ParseMode.HTML,
    )
    await report(message, t, data, asking.user_id, restored.outcome)


# --------------------------------------------------------------------------- reports


async def stats_command(update: Update, context: Context) -> None:
    """/stats: questions, inline queries and button presses, since start and in total."""
    asking = await organizer(update, context, "/stats")
    if asking is None:
        return
    t, message = asking.t, asking.message
    data = context.bot_data
    since = data.started.isoformat(timespec="seconds")
    parts = []
    for title, stats in (
        (t._("Since start"), data.storage.stats(since)),
        (t._("In total"), data.storage.stats()),
    ):
        lines = [title]
        for lang in ("de", "ru"):
            ok = stats.questions.get((lang, True), 0)
            not_ok = stats.questions.get((lang, False), 0)
            lines.append(
                t._("{lang}: {ok} answered, {not_ok} not answered").format(
                    lang=lang, ok=ok, not_ok=not_ok
                )
            )
        lines.append(t._("Inline queries: {n}").format(n=stats.inline))
        lines.append(t._("Button presses: {n}").format(n=stats.buttons))
        if stats.top_entries:
            top = ", ".join(f"{entry} ({n})" for entry, n in stats.top_entries)
            lines.append(t._("Most asked: {top}").format(top=top))
        parts.append("\n".join(lines))
    parts.append(feedback.stats_text(data.storage, t))
    await send(message, Reply("\n\n".join(p for p in parts if p), t._("Statistics")), t.lang)
