"""The knowledge files on disk: checked replacement, backups, rollback, watching for changes.

Telegram-free; the organizers' commands (:mod:`bot.admin`, :mod:`bot.teaching`) call it. A
file is replaced only after the whole knowledge base was checked with it, is written
atomically, and the version it replaced is kept in ``DATA_DIR/backups`` for ``/rollback``.
Callers hold ``BotData.reload_lock`` from the check to the reload, so two changes are judged
one after the other.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import re
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .knowledge import KnowledgeError, Problem, build, decode, knowledge_files, read_sources
from .reloading import ReloadReport
from .runtime import BotData

log = logging.getLogger(__name__)

SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}\.ya?ml$")
# A backup is the file's name and the UTC time it was replaced (see _backup).
BACKUP_NAME = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9_.-]*\.ya?ml)\.(?P<stamp>\d{8}T\d{12}Z)$"
)
WATCH_INTERVAL = 1.0

Snapshot = tuple[tuple[str, int, int], ...]


def knowledge_file(data: BotData, name: str) -> Path:
    """Where the knowledge file ``name`` lives (or would)."""
    path = data.settings.knowledge_path
    return (path if path.is_dir() else path.parent) / name


def _backups_dir(data: BotData) -> Path:
    return data.settings.data_dir / "backups"


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


async def check(data: BotData, name: str, content: bytes) -> list[Problem]:
    """Problems with ``content`` as knowledge file ``name``, judged with the other files.

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
    cache_dir = data.settings.cache_dir
    return await asyncio.to_thread(_problems_with, path, name, text, cache_dir)


def _problems_with(path: Path, name: str, text: str, cache_dir: Path | None) -> list[Problem]:
    """Problems of the knowledge base at ``path`` if file ``name`` had ``text``."""
    try:
        others = [(n, t) for n, t in read_sources(path) if n != name] if path.exists() else []
        build([*others, (name, text)], cache_dir)
    except KnowledgeError as exc:
        return list(exc.problems)
    return []


async def replace(
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
    problems = await check(data, name, content)
    if problems:
        data.storage.log_admin(user_id, f"{action}-refused", f"{name}: {len(problems)} problem(s)")
        return problems
    target = knowledge_file(data, name)
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


@dataclass(frozen=True)
class Restored:
    """What ``/rollback`` did: the file and the backup it took, and how that went."""

    name: str
    backup: str
    outcome: list[Problem] | ReloadReport | KnowledgeError


async def restore_latest(data: BotData, user_id: int) -> Restored | None:
    """Put the latest backup back in place and reload, if it is valid; None without backups.

    For a caller that holds ``reload_lock``. An invalid backup is renamed (``.invalid``), so
    the next rollback goes one further back; the file it replaces is backed up in turn.
    """
    found = backups(data)
    if not found:
        return None
    name, latest = found[-1]
    content = latest.read_bytes()
    problems = await check(data, name, content)
    if problems:
        latest.rename(latest.with_name(latest.name + ".invalid"))
        data.storage.log_admin(user_id, "rollback-refused", latest.name)
        return Restored(name, latest.name, problems)
    target = knowledge_file(data, name)
    current = _backup(data, target, ".rolled-back")
    _write_atomically(target, content)
    latest.unlink()
    data.storage.log_admin(user_id, "rollback", f"{name} from {latest.name}")
    return Restored(name, latest.name, await _load_written(data, target, current))


def _snapshot(path: Path) -> Snapshot:
    try:
        files = knowledge_files(path) if path.exists() else []
        return tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files)
    except OSError:
        return ()


def watch(path: Path, changed: Callable[[], Awaitable[None]]) -> asyncio.Task[None]:
    """Call ``changed`` whenever a knowledge file is added, removed or changed.

    The files are looked at now, so any change from this moment on is seen; later looks run
    in a worker thread (a folder on a slow disk must not hold up answers). Until cancelled.
    """
    return asyncio.create_task(_watch(path, _snapshot(path), changed))


async def _watch(path: Path, last: Snapshot, changed: Callable[[], Awaitable[None]]) -> None:
    while True:
        await asyncio.sleep(WATCH_INTERVAL)
        current = await asyncio.to_thread(_snapshot, path)
        if current != last:
            last = current
            await changed()
