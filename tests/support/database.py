"""Looking into the bot's SQLite file as it is on disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def ids_in_database(path: Path) -> list[object]:
    """Every integer stored in any table of a SQLite file, as found on disk."""
    values: list[object] = []
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in db.execute(f"SELECT * FROM {table}"):
                values.extend(v for v in row if isinstance(v, int))
    return values
