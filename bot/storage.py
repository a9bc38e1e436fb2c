"""The bot's database: one SQLite file in ``BOT_DATA_DIR``.

Questions, button presses, inline queries and seen update ids are committed in groups (WAL
journal): what the updates handled within a few milliseconds record goes into one
transaction, and an answer is sent only once its question is on disk (see
:meth:`Storage.committed`), so a crash loses nothing already answered. Questions are stored
without user id or name; only the ``/lang`` choice is kept per user.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from rapidfuzz import fuzz

from .text import Lang, words

SCHEMA = """
CREATE TABLE IF NOT EXISTS user_lang (
    user_id INTEGER PRIMARY KEY,
    lang TEXT NOT NULL CHECK (lang IN ('de', 'ru'))
);
CREATE TABLE IF NOT EXISTS seen_update (
    update_id INTEGER PRIMARY KEY,
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS unanswered (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    text TEXT NOT NULL,
    lang TEXT NOT NULL,
    score REAL NOT NULL,
    candidate TEXT
);
CREATE TABLE IF NOT EXISTS activity (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,          -- question | inline | button
    lang TEXT NOT NULL,
    answered INTEGER NOT NULL,
    entry TEXT
);
CREATE TABLE IF NOT EXISTS admin_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS activity_at ON activity (at);
CREATE INDEX IF NOT EXISTS unanswered_at ON unanswered (at);
"""
MAX_STORED_TEXT = 1000
COMMIT_WINDOW = 0.005  # seconds: what is recorded within it shares one commit
SEEN_UPDATES_KEPT = 10_000
UPDATE_REDELIVERY = dt.timedelta(hours=25)
NEAR_DUPLICATE = 85  # rapidfuzz token_sort_ratio at which two questions count as one

log = logging.getLogger(__name__)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _ago(delta: dt.timedelta) -> str:
    return (dt.datetime.now(dt.UTC) - delta).isoformat(timespec="seconds")


@dataclass(frozen=True)
class UnansweredGroup:
    """Near-duplicate unanswered questions counted together under their most common text."""

    text: str
    lang: str
    count: int
    last: str


@dataclass
class _Group:
    key: str
    lang: str
    texts: dict[str, int] = field(default_factory=dict)
    last: str = ""


@dataclass(frozen=True)
class Stats:
    """Counts for ``/stats``."""

    questions: dict[tuple[str, bool], int]  # (lang, answered) -> count
    inline: int
    buttons: int
    top_entries: list[tuple[str, int]]


@dataclass(frozen=True)
class AdminAction:
    at: str
    user_id: int
    action: str
    detail: str


class Storage:
    """Thread-safe access to the bot's SQLite database."""

    def __init__(self, path: Path, group: int = 1) -> None:
        """Open (or create) the database; ``group`` is how many answers may share a commit."""
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.group = group
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.executescript(SCHEMA)
        self._langs: dict[int, Lang | None] = {}
        # Update ids seen lately, with when; the database holds them across restarts.
        self._seen: dict[int, str] = dict(
            self._db.execute(
                "SELECT update_id, at FROM seen_update WHERE at >= ?", (_ago(UPDATE_REDELIVERY),)
            ).fetchall()
        )
        # Rows waiting for the next commit, and who waits for it.
        self._seen_rows: list[tuple[int, str]] = []
        self._activity_rows: list[tuple[str, str, str, int, str | None]] = []
        self._unanswered_rows: list[tuple[str, str, str, float, str | None]] = []
        self._waiters: list[asyncio.Future[None]] = []
        self._commit_soon: asyncio.Handle | None = None

    def close(self) -> None:
        self.commit()
        with self._lock:
            self._db.close()

    # ------------------------------------------------------------------ group commit

    def _schedule(self) -> None:
        """Commit pending rows after ``COMMIT_WINDOW``, or now outside an event loop.

        A commit costs some 30 µs whatever it holds, as much as the rest of the bot's own
        work for an answer; sharing it among the answers of a few milliseconds makes it cheap,
        and a few milliseconds are nothing next to a message's way through Telegram.
        """
        if self._commit_soon is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.commit()
            return
        self._commit_soon = loop.call_later(COMMIT_WINDOW, self.commit)

    async def committed(self) -> None:
        """Wait until everything recorded so far is on disk.

        When ``group`` answers wait, they are committed at once: the bot handles no more
        updates at a time than that, so nothing else could join them.
        """
        if self._commit_soon is None:
            return
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        if len(self._waiters) >= self.group:
            self.commit()
        await waiter

    def commit(self) -> None:
        """Commit the pending rows now, in one transaction (readers call this first)."""
        with self._lock:
            if self._commit_soon is not None:
                self._commit_soon.cancel()
                self._commit_soon = None
            seen, self._seen_rows = self._seen_rows, []
            activity, self._activity_rows = self._activity_rows, []
            unanswered, self._unanswered_rows = self._unanswered_rows, []
            waiters, self._waiters = self._waiters, []
            error: sqlite3.Error | None = None
            if seen or activity or unanswered:
                try:
                    self._write(seen, activity, unanswered)
                except sqlite3.Error as exc:
                    log.exception("could not write to %s", self.path)
                    error = exc
        for waiter in waiters:
            if waiter.done():
                continue
            if error is None:
                waiter.set_result(None)
            else:
                waiter.set_exception(error)

    def _write(
        self,
        seen: list[tuple[int, str]],
        activity: list[tuple[str, str, str, int, str | None]],
        unanswered: list[tuple[str, str, str, float, str | None]],
    ) -> None:
        with self._transaction() as db:
            if seen:
                db.executemany(
                    "INSERT INTO seen_update (update_id, at) VALUES (?, ?) "
                    "ON CONFLICT (update_id) DO UPDATE SET at = excluded.at",
                    seen,
                )
                for update_id, _ in seen:
                    if update_id % 1000 == 0:  # now and then, not at every commit
                        db.execute(
                            "DELETE FROM seen_update WHERE update_id < ?",
                            (update_id - SEEN_UPDATES_KEPT,),
                        )
            if activity:
                db.executemany(
                    "INSERT INTO activity (at, kind, lang, answered, entry) "
                    "VALUES (?, ?, ?, ?, ?)",
                    activity,
                )
            if unanswered:
                db.executemany(
                    "INSERT INTO unanswered (at, text, lang, score, candidate) "
                    "VALUES (?, ?, ?, ?, ?)",
                    unanswered,
                )

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction; the caller holds the lock."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def integrity_ok(self) -> bool:
        with self._lock:
            return bool(self._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")

    # ------------------------------------------------------------------ users

    def user_lang(self, user_id: int) -> Lang | None:
        """The language a user chose with /lang (read once, then kept in memory)."""
        if user_id in self._langs:
            return self._langs[user_id]
        with self._lock:
            row = self._db.execute(
                "SELECT lang FROM user_lang WHERE user_id = ?", (user_id,)
            ).fetchone()
        lang: Lang | None = None if row is None else ("ru" if row[0] == "ru" else "de")
        self._langs[user_id] = lang
        return lang

    def set_user_lang(self, user_id: int, lang: Lang) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO user_lang (user_id, lang) VALUES (?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET lang = excluded.lang",
                (user_id, lang),
            )
            self._langs[user_id] = lang

    # ------------------------------------------------------------------ updates

    def first_time(self, update_id: int) -> bool:
        """Note an update id; False if it was handled before (Telegram sent it again).

        The id is committed with the next group; an answered question is committed together
        with it before the answer goes out.
        """
        now = _now()
        with self._lock:
            # Telegram keeps an update for 24 hours at most, and after a quiet week it may
            # start numbering anew: an id seen longer ago than that is a new update.
            at = self._seen.get(update_id)
            if at is not None and at >= _ago(UPDATE_REDELIVERY):
                return False
            self._seen[update_id] = now
            if len(self._seen) > 2 * SEEN_UPDATES_KEPT:
                for old in sorted(self._seen)[:SEEN_UPDATES_KEPT]:
                    del self._seen[old]
            self._seen_rows.append((update_id, now))
        self._schedule()
        return True

    # ------------------------------------------------------------------ questions

    def record(
        self,
        kind: str,
        lang: str,
        answered: bool,
        entry: str | None,
        *,
        text: str | None = None,
        score: float = 0.0,
    ) -> None:
        """Count one question, inline query or button press; keep unanswered texts.

        Committed with the next group: await :meth:`committed` before answering.
        """
        at = _now()
        with self._lock:
            self._activity_rows.append((at, kind, lang, int(answered), entry))
            if not answered and text and text.strip():
                self._unanswered_rows.append(
                    (at, text.strip()[:MAX_STORED_TEXT], lang, score, entry)
                )
        self._schedule()

    def unanswered_rows(self, since: str | None = None) -> list[tuple[str, str, str, float, str]]:
        self.commit()
        with self._lock:
            return list(
                self._db.execute(
                    "SELECT at, lang, text, score, COALESCE(candidate, '') FROM unanswered "
                    "WHERE at >= ? ORDER BY id",
                    (since or "",),
                )
            )

    def unanswered_groups(self, limit: int = 20, days: int = 30) -> list[UnansweredGroup]:
        """The most frequent recent unanswered questions, near-duplicates grouped."""
        since = _ago(dt.timedelta(days=days))
        groups: list[_Group] = []
        for at, lang, text, _score, _candidate in self.unanswered_rows(since)[-5000:]:
            key = " ".join(words(text))
            group = next(
                (
                    g
                    for g in groups
                    if g.lang == lang and fuzz.token_sort_ratio(key, g.key) >= NEAR_DUPLICATE
                ),
                None,
            )
            if group is None:
                group = _Group(key, lang)
                groups.append(group)
            group.texts[text] = group.texts.get(text, 0) + 1
            group.last = at
        result = [
            UnansweredGroup(
                max(g.texts, key=g.texts.__getitem__), g.lang, sum(g.texts.values()), g.last
            )
            for g in groups
        ]
        result.sort(key=lambda g: (g.count, g.last), reverse=True)
        return result[:limit]

    def export_unanswered_csv(self, out: TextIO) -> int:
        """Write every unanswered question as CSV, ready to label for ``mission-bot eval``."""
        writer = csv.writer(out)
        writer.writerow(["at", "lang", "question", "score", "candidate", "answered", "all"])
        rows = self.unanswered_rows()
        for at, lang, text, score, candidate in rows:
            writer.writerow([at, lang, text, f"{score:.3f}", candidate, "", ""])
        return len(rows)

    def stats(self, since: str | None = None) -> Stats:
        """Activity counts since a time (ISO), or in total."""
        self.commit()
        with self._lock:
            params = (since or "",)
            questions = {
                (lang, bool(answered)): n
                for lang, answered, n in self._db.execute(
                    "SELECT lang, answered, COUNT(*) FROM activity "
                    "WHERE kind = 'question' AND at >= ? GROUP BY lang, answered",
                    params,
                )
            }
            by_kind = dict(
                self._db.execute(
                    "SELECT kind, COUNT(*) FROM activity WHERE at >= ? GROUP BY kind", params
                ).fetchall()
            )
            top = [
                (str(entry), int(n))
                for entry, n in self._db.execute(
                    "SELECT entry, COUNT(*) AS n FROM activity WHERE at >= ? AND answered = 1 "
                    "AND entry IS NOT NULL GROUP BY entry ORDER BY n DESC, entry LIMIT 5",
                    params,
                )
            ]
        return Stats(questions, by_kind.get("inline", 0), by_kind.get("button", 0), top)

    # ------------------------------------------------------------------ admin log

    def log_admin(self, user_id: int, action: str, detail: str) -> None:
        with self._lock, self._transaction() as db:
            db.execute(
                "INSERT INTO admin_log (at, user_id, action, detail) VALUES (?, ?, ?, ?)",
                (_now(), user_id, action, detail[:4000]),
            )

    def admin_log(self, limit: int = 50) -> list[AdminAction]:
        with self._lock:
            rows = self._db.execute(
                "SELECT at, user_id, action, detail FROM admin_log ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [AdminAction(*row) for row in rows]
