import sqlite3
from pathlib import Path

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
    storage.record("question", "de", True, "event", text="Wann?")
    groups = storage.unanswered_groups()
    assert [(g.count, g.lang) for g in groups] == [(2, "de"), (1, "ru")]
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        columns = {row[1] for row in db.execute("PRAGMA table_info(unanswered)")}
    assert columns == {"id", "at", "text", "lang", "score", "candidate"}
    stats = storage.stats()
    assert stats.questions == {("de", False): 2, ("ru", False): 1, ("de", True): 1}
    assert stats.top_entries == [("event", 1)]
    storage.close()
