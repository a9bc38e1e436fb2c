"""The database in trouble, with ``mission-bot run`` as a process and a real SQLite file.

Locked by another process, a damaged file at start, a record SQLite refuses: participants
get their answers all the same, and the organizers hear of it once.
"""

from __future__ import annotations

import asyncio
import sqlite3
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from bot.storage import Storage
from tests.support.builders import ADMIN
from tests.support.fake_api import FakeTelegram
from tests.support.process import Output, bot_env, start_bot

NOT_WRITABLE = "Die Datenbank ist nicht beschreibbar"


@asynccontextmanager
async def running(api: FakeTelegram, tmp_path: Path) -> AsyncIterator[Output]:
    """``mission-bot run`` until the block ends; its log as it comes."""
    out = await start_bot(bot_env(api, tmp_path, LOG_LEVEL="INFO"))
    try:
        await api.wait_polling(1, timeout=60)
        yield out
    finally:
        code = await out.finish()
    assert code == 0, out.text


@asynccontextmanager
async def locked(path: Path) -> AsyncIterator[None]:
    """Another process holds the database's write lock until the block ends."""
    holder = await asyncio.create_subprocess_exec(
        sys.executable, "-c",
        "import sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "db.execute('BEGIN EXCLUSIVE')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n",
        str(path),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert holder.stdin is not None and holder.stdout is not None
    assert (await asyncio.wait_for(holder.stdout.readline(), 30)) == b"locked\n"
    try:
        yield
    finally:
        holder.stdin.close()
        await holder.wait()


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


async def ask_many(api: FakeTelegram, users: range) -> float:
    """Ask one question from each user at once; seconds until the last answer."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    for user in users:
        question = "Wo kann ich parken?" if user % 2 else "Wer ist Nikitin?"
        await api.push(api.message(question, user=user))
    await api.wait_for(lambda a: all(a.sent(chat_id=u) for u in users), timeout=60)
    return loop.time() - start


async def test_answers_go_out_while_another_process_locks_the_database(tmp_path: Path) -> None:
    db = tmp_path / "data" / "bot.sqlite3"
    async with FakeTelegram() as api, running(api, tmp_path) as log:
        await ask_many(api, range(100, 102))
        async with locked(db):
            # A commit waiting for the lock (5 s) and then failing would drop these answers.
            assert await ask_many(api, range(200, 220)) < 5
            assert await ask_many(api, range(300, 320)) < 5
            notices = await api.wait_sent(1, chat_id=ADMIN)
            assert len(notices) == 1, notices  # once, not per question
            assert NOT_WRITABLE in notices[0]
            assert "database is locked" in notices[0]
        # Lock released: what was kept in memory is written.
        await log.wait_line("works again; kept records written", timeout=30)
        assert len(api.texts(ADMIN)) == 1
        questions = rows(db, "SELECT COUNT(*) FROM activity WHERE kind = 'question'")[0][0]
        assert questions == 42, log.text
        parked = rows(db, "SELECT COUNT(*) FROM unanswered")[0][0]
        assert parked == 21
    assert "Traceback" not in log.text


async def test_the_bot_starts_and_answers_while_the_database_is_locked(tmp_path: Path) -> None:
    db = tmp_path / "data" / "bot.sqlite3"
    Storage(db).close()
    async with FakeTelegram() as api, locked(db), running(api, tmp_path) as log:
        assert await ask_many(api, range(500, 505)) < 5
        assert await ask_many(api, range(505, 510)) < 5
        notices = await api.wait_sent(1, chat_id=ADMIN)
        assert len(notices) == 1 and NOT_WRITABLE in notices[0]
    assert "Traceback" not in log.text


async def test_a_full_disk_keeps_records_in_memory_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot import storage as storage_module

    monkeypatch.setattr(storage_module, "MAX_PENDING", 50)
    monkeypatch.setattr(storage_module, "RETRY_SECONDS", 0.01)
    path = tmp_path / "db.sqlite3"
    storage = Storage(path, group=8)
    told: list[str | None] = []
    recovered = asyncio.Event()

    def on_trouble(reason: str | None) -> None:
        told.append(reason)
        if reason is None:
            recovered.set()

    storage.on_trouble = on_trouble
    pages = storage._db.execute("PRAGMA page_count").fetchone()[0]
    storage._db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full, in effect
    for i in range(200):
        storage.record("question", "de", False, None, text=f"Frage {i} " + "x" * 500)
        await asyncio.wait_for(storage.committed(), 1)
    assert storage.failing is not None and "full" in storage.failing
    assert told == [storage.failing]
    assert storage.dropped > 0  # the oldest beyond the bound
    storage._db.execute("PRAGMA max_page_count = 1000000")
    await asyncio.wait_for(recovered.wait(), 30)
    assert told[1:] == [None]
    # The newest 50 records (two per question) were kept and are written now.
    kept = [str(r[0]).split()[1] for r in rows(path, "SELECT text FROM unanswered ORDER BY id")]
    assert kept[-25:] == [str(i) for i in range(175, 200)] and "174" not in kept
    storage.close()


@pytest.mark.parametrize("damage", ["not a database", "damaged pages"])
async def test_a_damaged_database_is_kept_aside_and_a_new_one_started(
    tmp_path: Path, damage: str
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / "bot.sqlite3"
    if damage == "not a database":
        db.write_bytes(b"this is not a database\n" * 200)
    else:
        storage = Storage(db)
        for i in range(3000):
            storage.record("question", "de", False, None, text=f"Frage Nummer {i}")
        storage.close()
        content = bytearray(db.read_bytes())
        for offset in range(4096 * 3, len(content) - 4096, 4096 * 4):
            content[offset + 100 : offset + 400] = bytes(range(150, 250)) * 3
        db.write_bytes(bytes(content))
    damaged = db.read_bytes()
    async with FakeTelegram() as api, running(api, tmp_path) as log:
        await api.push(api.message("Wer ist Nikitin?", user=5))
        assert "HIK" in (await api.wait_sent(1, chat_id=5, timeout=30))[0]
        notice = (await api.wait_sent(1, chat_id=ADMIN, timeout=30))[0]
    kept = list(data.glob("bot.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert str(kept[0]) in notice and "neuen, leeren Datenbank" in notice
    assert str(kept[0]) in log.text and "Traceback" not in log.text
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert rows(db, "SELECT COUNT(*) FROM activity") == [(1,)]


async def test_a_record_sqlite_refuses_holds_back_no_answer(tmp_path: Path) -> None:
    """Text with a lone surrogate (valid in Telegram's JSON, not in UTF-8) among others."""
    db = tmp_path / "data" / "bot.sqlite3"
    async with FakeTelegram() as api, running(api, tmp_path):
        odd = api.message("x", user=400)
        odd["message"]["text"] = "Wo parke ich \ud800 hier?"
        await api.push(odd)
        for user in range(401, 408):
            await api.push(api.message("Wo kann ich parken?", user=user))
        await api.wait_for(lambda a: all(a.sent(chat_id=u) for u in range(400, 408)), 30)
        await api.push(api.message("Wer ist Nikitin?", user=408))
        await api.wait_sent(1, chat_id=408, timeout=30)
    texts = [r[0] for r in rows(db, "SELECT text FROM unanswered")]
    assert len(texts) == 8 and "Wo parke ich ? hier?" in texts


async def test_an_error_in_a_commit_releases_every_waiting_answer(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    storage = Storage(path, group=3)

    async def answer(entry: str) -> None:
        storage.record("question", "de", True, entry)
        await storage.committed()

    # The middle record cannot be encoded: not an SQLite error, raised while binding.
    await asyncio.wait_for(asyncio.gather(*(answer(e) for e in ("a", "\udc80", "b"))), 10)
    assert storage.failing is None and storage.dropped == 1
    assert rows(path, "SELECT entry FROM activity ORDER BY id") == [("a",), ("b",)]
    storage.close()
