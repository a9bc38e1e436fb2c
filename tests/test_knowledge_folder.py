"""The knowledge files on disk, without Telegram: replace, back up, roll back, watch."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import knowledge_folder
from bot.events import Knowledge
from bot.i18n import I18n
from bot.knowledge import bundled_path, load
from bot.reloading import ReloadReport
from bot.runtime import BotData
from bot.settings import Settings
from bot.storage import Storage

NAME = "mission-2020.yaml"


@pytest.fixture
def data(tmp_path: Path) -> Iterator[BotData]:
    folder = tmp_path / "knowledge"
    shutil.copytree(bundled_path(), folder)
    settings = Settings(knowledge_path=folder, data_dir=tmp_path)
    data = BotData(settings, Knowledge(load(folder)), I18n(), Storage(tmp_path / "db.sqlite3"))
    yield data
    data.storage.close()


async def test_a_valid_file_replaces_the_old_which_rollback_puts_back(data: BotData) -> None:
    path = knowledge_folder.knowledge_file(data, NAME)
    original = path.read_bytes()
    changed = original.replace(b"Dr. Sergey Nikitin", b"Dr. Sergey Nikitin (Test)", 1)
    assert changed != original
    async with data.reload_lock:
        outcome = await knowledge_folder.replace(data, 7, NAME, changed)
    assert isinstance(outcome, ReloadReport) and outcome.changed
    assert path.read_bytes() == changed
    assert [name for name, _ in knowledge_folder.backups(data)] == [NAME]
    async with data.reload_lock:
        restored = await knowledge_folder.restore_latest(data, 7)
    assert restored is not None and isinstance(restored.outcome, ReloadReport)
    assert path.read_bytes() == original
    assert knowledge_folder.backups(data) == []  # the one used is gone; the replaced is kept
    kept = [p.name for p in (data.settings.data_dir / "backups").iterdir()]
    assert len(kept) == 1 and kept[0].endswith(".rolled-back")


async def test_an_invalid_file_changes_nothing_and_says_why(data: BotData) -> None:
    path = knowledge_folder.knowledge_file(data, NAME)
    original = path.read_bytes()
    async with data.reload_lock:
        outcome = await knowledge_folder.replace(data, 7, NAME, b"event: [unclosed\n")
    assert isinstance(outcome, list) and outcome[0].line >= 1
    assert path.read_bytes() == original and knowledge_folder.backups(data) == []
    for bad in ("../escape.yaml", "notes.txt"):
        (problem,) = await knowledge_folder.check(data, bad, b"")
        assert "file name" in problem.message


async def test_an_invalid_backup_is_set_aside_so_the_next_rollback_goes_further_back(
    data: BotData,
) -> None:
    assert await knowledge_folder.restore_latest(data, 7) is None  # nothing to restore yet
    backups = data.settings.data_dir / "backups"
    backups.mkdir()
    (backups / f"{NAME}.20260101T000000000000Z").write_bytes(b"entries: [oops\n")
    restored = await knowledge_folder.restore_latest(data, 7)
    assert restored is not None and isinstance(restored.outcome, list)
    assert [p.name for p in backups.iterdir()] == [f"{NAME}.20260101T000000000000Z.invalid"]


async def test_watching_sees_a_new_file(data: BotData, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(knowledge_folder, "WATCH_INTERVAL", 0.01)
    seen = asyncio.Event()

    async def changed() -> None:
        seen.set()

    folder = data.settings.knowledge_path
    task = knowledge_folder.watch(folder, changed)
    try:
        shutil.copy(folder / NAME, folder / "copy.yaml")
        await asyncio.wait_for(seen.wait(), 10)
    finally:
        task.cancel()
