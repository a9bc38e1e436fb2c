"""The bot's database: one SQLite file in ``BOT_DATA_DIR``.

Questions, button presses, inline queries, seen update ids, ``/lang`` choices and admin
actions are committed in groups (WAL journal): what the updates handled within a few
milliseconds record goes into one transaction, and an answer is sent only once its question
is on disk (see :meth:`Storage.committed`), so a crash loses nothing already answered.
Questions are stored without user id or name; only the ``/lang`` choice and organizers'
actions carry a user id, and :meth:`Storage.forget` deletes both.

When the database cannot be written (locked by another process, disk full), answers go on:
the records wait in memory, up to ``MAX_PENDING``, and are written once it works again. A
file SQLite cannot read at start is moved aside and a new one is started.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TextIO

from rapidfuzz import fuzz

from .retention import ADMIN_LOG_DAYS, UNANSWERED_DAYS
from .text import Lang, words

SCHEMA = """
CREATE TABLE IF NOT EXISTS user_lang (
    user_id INTEGER PRIMARY KEY,
    lang TEXT NOT NULL CHECK (lang IN ('de', 'ru'))
);
CREATE TABLE IF NOT EXISTS user_event (
    user_id INTEGER PRIMARY KEY,
    event TEXT NOT NULL
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
CREATE TABLE IF NOT EXISTS refused (
    command TEXT PRIMARY KEY,    -- an organizers' command tried by someone else
    count INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    entry TEXT NOT NULL,         -- the entry the answer gave
    lang TEXT NOT NULL,
    vote INTEGER NOT NULL,       -- 1: 👍, -1: 👎
    text TEXT                    -- the question, for 👎 only (removed after UNANSWERED_DAYS)
);
CREATE TABLE IF NOT EXISTS marks (
    key TEXT PRIMARY KEY,        -- a question's words, normalised (see question_key)
    at TEXT NOT NULL,
    lang TEXT NOT NULL,
    entry TEXT,                  -- taught to this entry; NULL: out of scope
    text TEXT NOT NULL           -- the question as the organizer saw it
);
CREATE INDEX IF NOT EXISTS activity_at ON activity (at);
CREATE INDEX IF NOT EXISTS feedback_at ON feedback (at);
CREATE INDEX IF NOT EXISTS unanswered_at ON unanswered (at);
CREATE INDEX IF NOT EXISTS admin_log_user ON admin_log (user_id);
"""
MAX_STORED_TEXT = 1000
COMMIT_WINDOW = 0.005  # seconds: what is recorded within it shares one commit
SEEN_UPDATES_KEPT = 10_000
UPDATE_REDELIVERY = dt.timedelta(hours=25)
NEAR_DUPLICATE = 85  # rapidfuzz token_sort_ratio at which two questions count as one
# How long a write may wait for another process's lock. The event loop waits with it, so
# it is short; a longer lock puts the bot into keeping records in memory instead.
BUSY_TIMEOUT_MS = 50
CLOSING_BUSY_TIMEOUT_MS = 2000
RETRY_SECONDS = 2.0  # how often writing is tried again while the database refuses
MAX_PENDING = 20_000  # records kept in memory while the database refuses (about 5 MB)
PURGE_EVERY = 24 * 3600.0  # seconds
# Grouping unanswered questions: the rows looked at, and the groups one row is compared
# with (those sharing a word's first letters), so that junk cannot make it quadratic.
GROUPED_ROWS = 5000
GROUP_CANDIDATES = 32
# What the activity table counts: free-text questions, inline queries, button presses.
Activity = Literal["question", "inline", "button"]

log = logging.getLogger(__name__)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _ago(delta: dt.timedelta) -> str:
    return (dt.datetime.now(dt.UTC) - delta).isoformat(timespec="seconds")


def _storable(text: str) -> str:
    """Text SQLite can store: lone surrogates (valid in JSON, not in UTF-8) replaced."""
    return text.encode("utf-8", "replace").decode("utf-8")


def question_key(text: str) -> str:
    """A question's words, simplified: what near-duplicates and organizers' marks go by."""
    return " ".join(words(text))


class DamagedDatabase(sqlite3.DatabaseError):
    """The database file fails SQLite's own check."""


def _damaged(exc: sqlite3.DatabaseError) -> bool:
    return isinstance(exc, DamagedDatabase) or getattr(exc, "sqlite_errorname", "") in (
        "SQLITE_CORRUPT",
        "SQLITE_NOTADB",
    )


def _passing(exc: Exception) -> bool:
    """Whether an error is the database's state (locked, full, I/O), not a record's fault."""
    return type(exc) in (sqlite3.OperationalError, sqlite3.DatabaseError)


@dataclass(frozen=True)
class UnansweredGroup:
    """Near-duplicate unanswered questions counted together under their most common text."""

    text: str
    lang: str
    count: int
    last: str
    texts: tuple[str, ...] = ()  # every text of the group, most frequent first


@dataclass
class _Group:
    key: str
    lang: str
    texts: dict[str, int] = field(default_factory=dict)
    last: str = ""


def group_unanswered(rows: list[tuple[str, str, str]], limit: int = 20) -> list[UnansweredGroup]:
    """Near-duplicates among ``(at, lang, text)`` rows, most frequent first.

    Pure computation, meant for a worker thread. Identical texts are found by dictionary;
    a new text is compared only with the latest ``GROUP_CANDIDATES`` groups sharing the
    first three letters of one of its words, so the work grows linearly with the rows.
    """
    groups: list[_Group] = []
    exact: dict[tuple[str, str], _Group] = {}
    by_prefix: dict[tuple[str, str], list[_Group]] = {}
    for at, lang, text in rows[-GROUPED_ROWS:]:
        key = question_key(text)
        group = exact.get((lang, key))
        if group is None:
            prefixes = {w[:3] for w in key.split()} or {""}
            seen: set[int] = set()
            for prefix in prefixes:
                for candidate in by_prefix.get((lang, prefix), [])[-GROUP_CANDIDATES:]:
                    if id(candidate) in seen:
                        continue
                    seen.add(id(candidate))
                    if fuzz.token_sort_ratio(key, candidate.key) >= NEAR_DUPLICATE:
                        group = candidate
                        break
                if group is not None:
                    break
            if group is None:
                group = _Group(key, lang)
                groups.append(group)
                for prefix in prefixes:
                    by_prefix.setdefault((lang, prefix), []).append(group)
            exact[(lang, key)] = group
        group.texts[text] = group.texts.get(text, 0) + 1
        group.last = at
    result = [
        UnansweredGroup(
            max(g.texts, key=g.texts.__getitem__),
            g.lang,
            sum(g.texts.values()),
            g.last,
            tuple(sorted(g.texts, key=g.texts.__getitem__, reverse=True)),
        )
        for g in groups
    ]
    result.sort(key=lambda g: (g.count, g.last), reverse=True)
    return result[:limit]


@dataclass(frozen=True)
class Stats:
    """Counts for ``/stats``."""

    questions: dict[tuple[str, bool], int]  # (lang, answered) -> count
    inline: int
    buttons: int
    top_entries: list[tuple[str, int]]


@dataclass(frozen=True)
class Mark:
    """An organizer's decision about a question: taught to an entry, or out of scope."""

    lang: str
    entry: str | None  # None: out of scope
    text: str


@dataclass(frozen=True)
class AdminAction:
    at: str
    user_id: int
    action: str
    detail: str


@dataclass(frozen=True)
class _Op:
    """One statement waiting for the next commit; ``user_id`` if it concerns a user."""

    sql: str
    params: tuple[object, ...]
    user_id: int | None = None


_SEEN = (
    "INSERT INTO seen_update (update_id, at) VALUES (?, ?) "
    "ON CONFLICT (update_id) DO UPDATE SET at = excluded.at"
)
_ACTIVITY = "INSERT INTO activity (at, kind, lang, answered, entry) VALUES (?, ?, ?, ?, ?)"
_UNANSWERED = "INSERT INTO unanswered (at, text, lang, score, candidate) VALUES (?, ?, ?, ?, ?)"
_ADMIN = "INSERT INTO admin_log (at, user_id, action, detail) VALUES (?, ?, ?, ?)"
_REFUSED = (
    "INSERT INTO refused (command, count) VALUES (?, 1) "
    "ON CONFLICT (command) DO UPDATE SET count = count + 1"
)
_USER_LANG = (
    "INSERT INTO user_lang (user_id, lang) VALUES (?, ?) "
    "ON CONFLICT (user_id) DO UPDATE SET lang = excluded.lang"
)
_USER_EVENT = (
    "INSERT INTO user_event (user_id, event) VALUES (?, ?) "
    "ON CONFLICT (user_id) DO UPDATE SET event = excluded.event"
)


class Storage:
    """Thread-safe access to the bot's SQLite database."""

    def __init__(self, path: Path, group: int = 1) -> None:
        """Open (or create) the database; ``group`` is how many answers may share a commit.

        A file SQLite cannot read is renamed to ``<name>.damaged-<UTC time>`` and a new
        database is started; ``recovered_from`` then names the kept file.
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.group = group
        self._lock = threading.Lock()
        self.recovered_from: Path | None = None
        try:
            self._db = self._connect()
        except sqlite3.DatabaseError as exc:
            if not _damaged(exc):
                raise
            self.recovered_from = self._move_aside()
            log.error(
                "the database %s cannot be read (%s); it was kept as %s and a new one started",
                path, exc, self.recovered_from,
            )  # fmt: skip
            self._db = self._connect()
        self._langs: dict[int, Lang | None] = {}
        self._events: dict[int, str | None] = {}
        # Update ids seen lately, with when; the database holds them across restarts.
        self._seen: dict[int, str] = {}
        try:
            self._seen.update(
                self._db.execute(
                    "SELECT update_id, at FROM seen_update WHERE at >= ?",
                    (_ago(UPDATE_REDELIVERY),),
                ).fetchall()
            )
        except sqlite3.OperationalError as exc:  # locked: redeliveries may be answered again
            log.warning("could not read the update ids seen lately: %s", exc)
        # Organizers' marks, read once: every question is checked against them.
        self._marks: dict[str, Mark] = {}
        try:
            self._marks.update(
                (key, Mark(lang, entry, text))
                for key, lang, entry, text in self._db.execute(
                    "SELECT key, lang, entry, text FROM marks ORDER BY at"
                )
            )
        except sqlite3.OperationalError as exc:
            log.warning("could not read the organizers' marks: %s", exc)
        # Statements waiting for the next commit, and the answers waiting for it.
        self._pending: list[_Op] = []
        self._waiters: list[asyncio.Future[None]] = []
        self._commit_soon: asyncio.Handle | None = None
        self._retry: asyncio.Handle | None = None
        # While writing fails: why; records dropped since (beyond MAX_PENDING or refused).
        self.failing: str | None = None
        self.dropped = 0
        # Told once when writing starts to fail (with the reason) and once when it works
        # again (with None).
        self.on_trouble: Callable[[str | None], None] | None = None
        self._purged = time.monotonic()
        self._closed = False

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        try:
            db.execute(f"PRAGMA busy_timeout={CLOSING_BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA secure_delete=ON")  # what /forget deletes is overwritten
            check = db.execute("PRAGMA quick_check(1)").fetchone()[0]
            if check != "ok":
                raise DamagedDatabase(f"quick_check: {check}")
            db.executescript(SCHEMA)
            db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            try:
                self._migrate(db)
                self._purge(db)
            except sqlite3.OperationalError as exc:  # locked: the next start does it
                if db.in_transaction:
                    db.execute("ROLLBACK")
                log.warning("could not tidy %s at start: %s", self.path, exc)
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def _migrate(db: sqlite3.Connection) -> None:
        """Older databases kept refused users' ids in the admin log: keep counts instead."""
        rows = db.execute(
            "SELECT detail, COUNT(*) FROM admin_log WHERE action = 'refused' GROUP BY detail"
        ).fetchall()
        if not rows:
            return
        db.execute("BEGIN IMMEDIATE")
        for command, n in rows:
            db.execute(
                "INSERT INTO refused (command, count) VALUES (?, ?) "
                "ON CONFLICT (command) DO UPDATE SET count = count + excluded.count",
                (command, n),
            )
        db.execute("DELETE FROM admin_log WHERE action = 'refused'")
        db.execute("COMMIT")

    @staticmethod
    def _purge(db: sqlite3.Connection) -> None:
        """Delete what is older than the retention ``/privacy`` announces."""
        db.execute(
            "DELETE FROM unanswered WHERE at < ?", (_ago(dt.timedelta(days=UNANSWERED_DAYS)),)
        )
        db.execute(
            "DELETE FROM admin_log WHERE at < ?", (_ago(dt.timedelta(days=ADMIN_LOG_DAYS)),)
        )
        db.execute(
            "UPDATE feedback SET text = NULL WHERE text IS NOT NULL AND at < ?",
            (_ago(dt.timedelta(days=UNANSWERED_DAYS)),),
        )
        db.execute("DELETE FROM marks WHERE at < ?", (_ago(dt.timedelta(days=ADMIN_LOG_DAYS)),))

    def _move_aside(self) -> Path:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        n = 1
        while kept.exists():  # never overwrite a file kept before
            n += 1
            kept = self.path.with_name(f"{self.path.name}.damaged-{stamp}-{n}")
        os.replace(self.path, kept)
        wal = self.path.with_name(self.path.name + "-wal")
        if wal.exists():
            os.replace(wal, kept.with_name(kept.name + "-wal"))
        self.path.with_name(self.path.name + "-shm").unlink(missing_ok=True)
        return kept

    def close(self) -> None:
        """Write what is pending (waiting longer for a lock than while running), then close."""
        for handle in (self._commit_soon, self._retry):
            if handle is not None:
                handle.cancel()
        self._commit_soon = self._retry = None
        self._closed = True
        with self._lock:
            self._db.execute(f"PRAGMA busy_timeout={CLOSING_BUSY_TIMEOUT_MS}")
            ops, self._pending = self._pending, []
        if ops:
            self._write(ops)
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)
        if self._pending:
            log.error(
                "%d records could not be written to %s and are lost: %s",
                len(self._pending), self.path, self.failing,
            )  # fmt: skip
        with self._lock:
            self._db.close()

    # ------------------------------------------------------------------ group commit

    def _add(self, *ops: _Op) -> None:
        with self._lock:
            self._pending.extend(ops)
            if self.failing is not None and len(self._pending) > MAX_PENDING:
                excess = len(self._pending) - MAX_PENDING
                del self._pending[:excess]
                self.dropped += excess
        self._schedule()

    def _schedule(self) -> None:
        """Commit pending rows after ``COMMIT_WINDOW``, or now outside an event loop.

        A commit costs some 30 µs whatever it holds, as much as the rest of the bot's own
        work for an answer; sharing it among the answers of a few milliseconds makes it cheap,
        and a few milliseconds are nothing next to a message's way through Telegram. While
        the database refuses, the retry timer writes instead.
        """
        if self._commit_soon is not None or self.failing is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.commit()
            return
        self._commit_soon = loop.call_later(COMMIT_WINDOW, self.commit)

    async def committed(self) -> None:
        """Wait until everything recorded so far is on disk, or kept for a later write.

        When ``group`` answers wait, they are committed at once: the bot handles no more
        updates at a time than that, so nothing else could join them. While the database
        refuses writes, this returns at once: the answer matters more than the record.
        """
        if self._commit_soon is None:
            return
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        if len(self._waiters) >= self.group:
            self.commit()
        await waiter

    def commit(self) -> None:
        """Commit the pending rows now, in one transaction (readers call this first).

        Whatever happens, every answer waiting for this commit is released.
        """
        try:
            with self._lock:
                if self._commit_soon is not None:
                    self._commit_soon.cancel()
                    self._commit_soon = None
                ops: list[_Op] = []
                if self.failing is None:
                    ops, self._pending = self._pending, []
            if ops:
                self._write(ops)
            if time.monotonic() - self._purged > PURGE_EVERY and self.failing is None:
                self._purged = time.monotonic()
                with self._lock:
                    self._purge(self._db)
        except Exception:
            log.exception("commit to %s failed", self.path)
        finally:
            waiters, self._waiters = self._waiters, []
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_result(None)

    def _write(self, ops: list[_Op]) -> None:
        """Write ``ops`` in one transaction; keep them on a passing failure.

        An operational error (locked, busy, disk full, I/O) may pass: the records are kept
        for a later try. Any other error is a record the database refuses; the others are
        then written one by one and that one is dropped, so it cannot block the rest.
        """
        try:
            with self._lock, self._transaction() as db:
                for op in ops:
                    db.execute(op.sql, op.params)
        except Exception as exc:
            if _passing(exc):
                self._keep(ops, exc)
                return
            log.exception("a record was refused by %s; writing the others one by one", self.path)
            for i, op in enumerate(ops):
                try:
                    with self._lock, self._transaction() as db:
                        db.execute(op.sql, op.params)
                except Exception as exc:
                    if _passing(exc):
                        self._keep(ops[i:], exc)
                        return
                    self.dropped += 1
                    log.error("dropped a record the database refuses (%s): %.200s", exc, op)
        if self.failing is not None:
            self._recovered()

    def _keep(self, ops: list[_Op], exc: Exception) -> None:
        with self._lock:
            self._pending[:0] = ops
            if len(self._pending) > MAX_PENDING:
                excess = len(self._pending) - MAX_PENDING
                del self._pending[:excess]
                self.dropped += excess
            pending = len(self._pending)
        first = self.failing is None
        self.failing = str(exc) or type(exc).__name__
        if first:
            log.error(
                "cannot write to %s (%s); answering goes on, %d records kept in memory "
                "(at most %d) until it works again",
                self.path, exc, pending, MAX_PENDING,
            )  # fmt: skip
            if self.on_trouble is not None and not self._closed:
                self.on_trouble(self.failing)
        self._retry_later()

    def _retry_later(self) -> None:
        if self._retry is not None or self._closed:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # without an event loop the next commit or close() tries again
        self._retry = loop.call_later(RETRY_SECONDS, self._try_again)

    def _try_again(self) -> None:
        self._retry = None
        with self._lock:
            ops, self._pending = self._pending, []
        try:
            if ops:
                self._write(ops)
            elif self.failing is not None:
                self._recovered()
        except Exception:
            log.exception("writing to %s failed again", self.path)
            self._retry_later()

    def _recovered(self) -> None:
        log.warning(
            "writing to %s works again; kept records written, %d dropped meanwhile",
            self.path, self.dropped,
        )  # fmt: skip
        self.failing = None
        if self.on_trouble is not None:
            self.on_trouble(None)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction; the caller holds the lock."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
            self._db.execute("COMMIT")  # may fail too: a full disk shows here
        except BaseException:
            if self._db.in_transaction:
                with suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
            raise

    def integrity_ok(self) -> bool:
        with self._lock:
            return bool(self._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")

    # ------------------------------------------------------------------ users

    def user_lang(self, user_id: int) -> Lang | None:
        """The language a user chose with /lang (read once, then kept in memory)."""
        if user_id in self._langs:
            return self._langs[user_id]
        try:
            with self._lock:
                row = self._db.execute(
                    "SELECT lang FROM user_lang WHERE user_id = ?", (user_id,)
                ).fetchone()
        except sqlite3.Error as exc:
            log.warning("could not read the language of a user: %s", exc)
            return None  # not remembered: read again next time
        lang: Lang | None = None if row is None else ("ru" if row[0] == "ru" else "de")
        self._langs[user_id] = lang
        return lang

    def set_user_lang(self, user_id: int, lang: Lang) -> None:
        self._langs[user_id] = lang
        self._add(_Op(_USER_LANG, (user_id, lang), user_id))

    def user_event(self, user_id: int) -> str | None:
        """The event a user chose with /event (read once, then kept in memory)."""
        if user_id in self._events:
            return self._events[user_id]
        try:
            with self._lock:
                row = self._db.execute(
                    "SELECT event FROM user_event WHERE user_id = ?", (user_id,)
                ).fetchone()
        except sqlite3.Error as exc:
            log.warning("could not read the event of a user: %s", exc)
            return None
        event: str | None = None if row is None else str(row[0])
        self._events[user_id] = event
        return event

    def set_user_event(self, user_id: int, event: str) -> None:
        self._events[user_id] = event
        self._add(_Op(_USER_EVENT, (user_id, event), user_id))

    def forget(self, user_id: int) -> None:
        """Delete everything stored with a user's id: /lang and /event choices, admin actions."""
        with self._lock:
            self._pending = [op for op in self._pending if op.user_id != user_id]
        self._langs[user_id] = None
        self._events[user_id] = None
        self._add(
            _Op("DELETE FROM user_lang WHERE user_id = ?", (user_id,)),
            _Op("DELETE FROM user_event WHERE user_id = ?", (user_id,)),
            _Op("DELETE FROM admin_log WHERE user_id = ?", (user_id,)),
        )
        self.commit()
        if self.failing is None:
            # The journal still holds the old pages until they are copied back.
            with self._lock, suppress(sqlite3.Error):
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def stored_for(self, user_id: int) -> int:
        """How many rows on disk carry a user's id."""
        self.commit()
        with self._lock:
            return int(
                self._db.execute(
                    "SELECT (SELECT COUNT(*) FROM user_lang WHERE user_id = ?) + "
                    "(SELECT COUNT(*) FROM user_event WHERE user_id = ?) + "
                    "(SELECT COUNT(*) FROM admin_log WHERE user_id = ?)",
                    (user_id, user_id, user_id),
                ).fetchone()[0]
            )

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
        ops = [_Op(_SEEN, (update_id, now))]
        if update_id % 1000 == 0:  # now and then, not at every commit
            ops.append(
                _Op(
                    "DELETE FROM seen_update WHERE update_id < ?",
                    (update_id - SEEN_UPDATES_KEPT,),
                )
            )
        self._add(*ops)
        return True

    # ------------------------------------------------------------------ questions

    def record(
        self,
        kind: Activity,
        lang: str,
        answered: bool,
        entry: str | None,
        *,
        text: str | None = None,
        score: float = 0.0,
    ) -> None:
        """Count one question, inline query or button press; keep the ``text`` given.

        A text is given for a question not answered, or answered only in part: organizers
        see it among the unanswered. Committed with the next group: await :meth:`committed`
        before answering.
        """
        at = _now()
        ops = [_Op(_ACTIVITY, (at, kind, lang, int(answered), entry))]
        if text and text.strip():
            stored = _storable(text.strip()[:MAX_STORED_TEXT])
            ops.append(_Op(_UNANSWERED, (at, stored, lang, score, entry)))
        self._add(*ops)

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

    def recent_unanswered(self, days: int = 30) -> list[tuple[str, str, str]]:
        """``(at, lang, text)`` of the latest ``GROUPED_ROWS`` unanswered questions."""
        self.commit()
        with self._lock:
            rows = self._db.execute(
                "SELECT at, lang, text FROM unanswered WHERE at >= ? ORDER BY id DESC LIMIT ?",
                (_ago(dt.timedelta(days=days)), GROUPED_ROWS),
            ).fetchall()
        rows.reverse()
        return rows

    def unanswered_groups(self, limit: int = 20, days: int = 30) -> list[UnansweredGroup]:
        """The most frequent recent unanswered questions, near-duplicates grouped."""
        return group_unanswered(self.recent_unanswered(days), limit)

    def export_unanswered_csv(self, out: TextIO) -> int:
        """Write every declined and disliked question as CSV, ready to label for ``eval``.

        ``kind`` says which it is; ``given`` is the entry a disliked answer gave.
        """
        writer = csv.writer(out)
        writer.writerow(
            ["at", "kind", "lang", "question", "score", "candidate", "given", "answered", "all"]
        )
        rows = [
            (at, "declined", lang, text, f"{score:.3f}", candidate, "")
            for at, lang, text, score, candidate in self.unanswered_rows()
        ]
        rows += [
            (at, "disliked", lang, text, "", "", entry)
            for at, lang, text, entry in self.disliked_rows()
        ]
        rows.sort(key=lambda row: row[0])
        for row in rows:
            writer.writerow([*row, "", ""])
        return len(rows)

    # ------------------------------------------------------------------ votes

    def record_vote(self, entry: str, lang: str, up: bool, text: str | None = None) -> None:
        """Count a 👍 or 👎 on an answer; a 👎 keeps the question (no user id either way)."""
        stored = _storable(text.strip()[:MAX_STORED_TEXT]) if text and text.strip() else None
        self._add(
            _Op(
                "INSERT INTO feedback (at, entry, lang, vote, text) VALUES (?, ?, ?, ?, ?)",
                (_now(), entry, lang, 1 if up else -1, None if up else stored),
            )
        )

    def votes(self) -> list[tuple[str, int, int]]:
        """``(entry, 👍, 👎)`` of every entry voted on, most 👎 first."""
        self.commit()
        with self._lock:
            return [
                (str(entry), int(up), int(down))
                for entry, up, down in self._db.execute(
                    "SELECT entry, SUM(vote > 0) AS up, SUM(vote < 0) AS down FROM feedback "
                    "GROUP BY entry ORDER BY down DESC, up DESC, entry"
                )
            ]

    def disliked_rows(self, since: str | None = None) -> list[tuple[str, str, str, str]]:
        """``(at, lang, question, entry)`` of the 👎 votes whose question is kept, oldest first."""
        self.commit()
        with self._lock:
            return list(
                self._db.execute(
                    "SELECT at, lang, text, entry FROM feedback "
                    "WHERE vote < 0 AND text IS NOT NULL AND at >= ? ORDER BY id",
                    (since or "",),
                )
            )

    # ------------------------------------------------------------------ organizers' marks

    def marks(self) -> dict[str, Mark]:
        """Questions organizers taught or marked out of scope, by :func:`question_key`."""
        return self._marks

    def set_marks(self, keys: list[str], lang: str, entry: str | None, text: str) -> None:
        """Mark questions (their keys) as taught to ``entry``, or out of scope (None)."""
        at = _now()
        mark = Mark(lang, entry, _storable(text[:MAX_STORED_TEXT]))
        for key in keys:
            self._marks[key] = mark
        self._add(
            *(
                _Op(
                    "INSERT INTO marks (key, at, lang, entry, text) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET at = excluded.at, lang = excluded.lang, "
                    "entry = excluded.entry, text = excluded.text",
                    (key, at, lang, entry, mark.text),
                )
                for key in keys
            )
        )

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
        """Record an organizer's action (committed with the next group)."""
        self._add(_Op(_ADMIN, (_now(), user_id, action, _storable(detail[:4000])), user_id))

    def count_refused(self, command: str) -> None:
        """Count an organizers' command tried by someone else (who it was is not kept)."""
        self._add(_Op(_REFUSED, (command,)))

    def refused(self) -> dict[str, int]:
        self.commit()
        with self._lock:
            return dict(self._db.execute("SELECT command, count FROM refused").fetchall())

    def admin_log(self, limit: int = 50) -> list[AdminAction]:
        self.commit()
        with self._lock:
            rows = self._db.execute(
                "SELECT at, user_id, action, detail FROM admin_log ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [AdminAction(*row) for row in rows]
