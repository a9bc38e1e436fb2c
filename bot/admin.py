"""Organizers' tools: reload, knowledge-file upload and rollback, stats, database trouble.

Only organizers may use them, in their private chat (see :func:`bot.chat.organizer`).
Every change an organizer makes is recorded in the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import html
import io
import logging
import os
import re
import tempfile
from pathlib import Path
from typing import Literal

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError

from . import feedback
from .chat import BotApp, Context, organizer, send, tell_organizers, ui
from .i18n import Translator
from .knowledge import (
    MAX_FILE_BYTES,
    KnowledgeError,
    Problem,
    build,
    decode,
    knowledge_files,
    read_sources,
)
from .replies import Reply
from .runtime import BotData, ReloadReport
from .storage import MAX_PENDING

log = logging.getLogger(__name__)

SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}\.ya?ml$")
# A backup is the file's name and the UTC time it was replaced (see _backup).
BACKUP_NAME = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9_.-]*\.ya?ml)\.(?P<stamp>\d{8}T\d{12}Z)$"
)
MAX_LISTED_IDS = 20
WATCH_INTERVAL = 1.0


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


def _snapshot(path: Path) -> tuple[tuple[str, int, int], ...]:
    try:
        files = knowledge_files(path) if path.exists() else []
        return tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files)
    except OSError:
        return ()


def start_watching(app: BotApp) -> asyncio.Task[None]:
    """Reload whenever a knowledge file is added, removed or changed (``run --watch``).

    The files are looked at now, so any change from this moment on is seen. A plain task,
    not ``app.create_task``: the application would wait for it when stopping.
    """
    path = app.bot_data.settings.knowledge_path
    return asyncio.create_task(_watch(app, path, _snapshot(path)))


async def _watch(app: BotApp, path: Path, last: tuple[tuple[str, int, int], ...]) -> None:
    while True:
        await asyncio.sleep(WATCH_INTERVAL)
        current = _snapshot(path)
        if current != last:
            last = current
            await reload_on_signal(app)


# --------------------------------------------------------------------------- upload, rollback


def _backups_dir(data: BotData) -> Path:
    return data.settings.data_dir / "backups"


def _target_dir(data: BotData) -> Path:
    path = data.settings.knowledge_path
    return path if path.is_dir() else path.parent


def _write_atomically(target: Path, content: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fp:
            fp.write(content)
            fp.flush()
            os.fsync(fp.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _backup(data: BotData, target: Path, suffix: str = "") -> Path | None:
    if not target.exists():
        return None
    backups = _backups_dir(data)
    backups.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    backup = backups / f"{target.name}.{stamp}{suffix}"
    backup.write_bytes(target.read_bytes())
    return backup


async def check_upload(data: BotData, name: str, content: bytes) -> list[Problem]:
    """Problems with an uploaded knowledge file, judged together with the other files.

    The whole knowledge base is read again for that, which takes a while when it is large,
    so it happens in a worker thread while answering goes on.
    """
    if not SAFE_NAME.match(name) or name != Path(name).name:
        return [Problem(name, 0, None, "file name must be like event-2021.yaml (no folders)")]
    path = data.settings.knowledge_path
    if not path.is_dir() and name != path.name:
        return [Problem(name, 0, None, f"the knowledge base is the single file {path.name}")]
    try:
        text = decode(content, name)
    except KnowledgeError as exc:
        return list(exc.problems)
    return await asyncio.to_thread(_problems_with, path, name, text)


def _problems_with(path: Path, name: str, text: str) -> list[Problem]:
    """Problems of the knowledge base at ``path`` if file ``name`` had ``text``."""
    try:
        others = [(n, t) for n, t in read_sources(path) if n != name] if path.exists() else []
        build([*others, (name, text)])
    except KnowledgeError as exc:
        return list(exc.problems)
    return []


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
    if not SAFE_NAME.match(name):
        await _refuse(message, t, name, await check_upload(data, name, b""))
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
        outcome = await replace_held(data, user.id, name, content)
    if isinstance(outcome, list):
        await _refuse(message, t, name, outcome)
        return
    await report(message, t, data, user.id, outcome)


def knowledge_file(data: BotData, name: str) -> Path:
    """Where the knowledge file ``name`` lives (or would)."""
    return _target_dir(data) / name


async def replace_held(
    data: BotData,
    user_id: int,
    name: str,
    content: bytes,
    action: Literal["upload", "teach"] = "upload",
) -> list[Problem] | ReloadReport | KnowledgeError:
    """Check ``content`` as the file ``name``; if valid, back up, write atomically, reload.

    For a caller that holds ``reload_lock``. Returns the problems (nothing was written), or
    the reload's outcome. Recorded in the admin log as ``action``.
    """
    problems = await check_upload(data, name, content)
    if problems:
        data.storage.log_admin(user_id, f"{action}-refused", f"{name}: {len(problems)} problem(s)")
        return problems
    target = _target_dir(data) / name
    backup = _backup(data, target)
    _write_atomically(target, content)
    data.storage.log_admin(user_id, action, f"{name} ({len(content)} bytes); backup {backup}")
    return await _load_written(data, target, backup)


async def _load_written(
    data: BotData, target: Path, backup: Path | None
) -> ReloadReport | KnowledgeError:
    """Load the knowledge base after ``target`` was written; on failure put back the old.

    The folder was checked as it is now, so this fails only if the files changed on disk
    behind the bot's back in between; then the previous state is restored, not kept broken.
    """
    try:
        return await data.reload_held()
    except KnowledgeError as exc:
        if backup is not None:
            _write_atomically(target, backup.read_bytes())
        else:
            target.unlink(missing_ok=True)
        log.error("%s did not load after it was written; the previous state is back", target)
        return exc


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


def backups(data: BotData) -> list[tuple[str, Path]]:
    """``(file name, backup)`` of every backup, oldest first (``.yaml`` and ``.yml`` alike)."""
    folder = _backups_dir(data)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = BACKUP_NAME.match(path.name)
        if match:
            found.append((match["stamp"], match["name"], path))
    found.sort()
    return [(name, path) for _, name, path in found]


async def rollback_command(update: Update, context: Context) -> None:
    """/rollback: put the latest backup back in place and reload, if it loads."""
    asking = await organizer(update, context, "/rollback")
    if asking is None:
        return
    t, message = asking.t, asking.message
    data = context.bot_data
    async with data.reload_lock:
        found = backups(data)
        if not found:
            await message.reply_text(t._("There is no backup to restore."))
            return
        name, latest = found[-1]
        content = latest.read_bytes()
        problems = await check_upload(data, name, content)
        if problems:
            # Kept under another name, so the next /rollback goes one further back.
            latest.rename(latest.with_name(latest.name + ".invalid"))
            data.storage.log_admin(asking.user_id, "rollback-refused", f"{latest.name}")
        else:
            target = _target_dir(data) / name
            current = _backup(data, target, ".rolled-back")
            _write_atomically(target, content)
            latest.unlink()
            data.storage.log_admin(asking.user_id, "rollback", f"{name} from {latest.name}")
            outcome = await _load_written(data, target, current)
    if problems:
        title = t._("The backup {backup} was not restored").format(backup=latest.name)
        await send(message, problems_reply(tuple(problems), t, title), t.lang)
        return
    await message.reply_text(
        t._("Restored {name} from {backup}.").format(
            name=html.escape(name), backup=html.escape(latest.name)
        ),
        parse_mode=ParseMode.HTML,
    )
    await report(message, t, data, asking.user_id, outcome)


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
