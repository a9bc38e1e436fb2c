import asyncio
import sqlite3
from pathlib import Path

import pytest

from bot import storage as storage_module
from bot.storage import Storage


def test_update_ids_are_seen_once_then_expire(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "db.sqlite3")
    assert storage.first_time(5) and not storage.first_time(5)
    storage.close()
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        db.execute("UPDATE seen_update SET at = '2020-01-01T00:00:00+00:00'")
    storage = Storage(tmp_path / "db.sqlite3")
    assert storage.first_time(5)  # Telegram renumbered after a quiet week
    assert not storage.first_time(5)
    storage.close()


def test_language_choice_persists(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "db.sqlite3")
    assert storage.user_lang(1) is None
    storage.set_user_lang(1, "ru")
    storage.close()
    assert Storage(tmp_path / "db.sqlite3").user_lang(1) == "ru"


def test_unanswered_groups_and_no_personal_data(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "db.sqlite3")
    for text in ("Gibt es WLAN?", "gibt es wlan", "Где туалет?"):
        storage.record("question", "ru" if "Где" in text else "de", False, None, text=text)
    storage.record("question", "de", True, "event")
    groups = storage.unanswered_groups()
    assert [(g.count, g.lang) for g in groups] == [(2, "de"), (1, "ru")]
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        columns = {row[1] for row in db.execute("PRAGMA table_info(unanswered)")}
    assert columns == {"id", "at", "text", "lang", "score", "candidate"}
    stats = storage.stats()
    assert stats.questions == {("de", False): 2, ("ru", False): 1, ("de", True): 1}
    assert stats.top_entries == [("event", 1)]
    storage.close()


def on_disk(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT COUNT(*) FROM activity").fetchone()[0])


async def test_answers_waiting_together_share_one_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage_module, "COMMIT_WINDOW", 60.0)  # only the group commits
    path = tmp_path / "db.sqlite3"
    storage = Storage(path, group=3)
    done: list[int] = []

    async def answer(i: int) -> None:
        storage.record("question", "de", True, "event")
        await storage.committed()
        done.append(on_disk(path))

    first = [asyncio.create_task(answer(i)) for i in range(2)]
    await asyncio.sleep(0)  # both have recorded and wait
    assert on_disk(path) == 0 and not done
    # The third completes the group: one commit for all three, without waiting for the window.
    await asyncio.wait_for(asyncio.gather(answer(2), *first), timeout=30)
    assert done == [3, 3, 3]
    storage.close()


async def test_a_lone_answer_is_committed_after_a_short_wait(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    storage = Storage(path, group=8)
    storage.record("question", "de", False, None, text="Wo parke ich?")
    assert on_disk(path) == 0
    await storage.committed()
    assert on_disk(path) == 1
    await storage.committed()  # nothing pending: returns at once
    storage.close()


async def test_readers_see_what_was_just_recorded(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "db.sqlite3", group=8)
    assert storage.first_time(9)
    storage.record("question", "ru", False, None, text="Где парковка?")
    assert storage.stats().questions == {("ru", False): 1}
    assert [row[2] for row in storage.unanswered_rows()] == ["Где парковка?"]
    storage.close()
    assert not Storage(tmp_path / "db.sqlite3").first_time(9)  # the id was committed too
