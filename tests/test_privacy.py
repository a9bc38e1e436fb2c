"""What the bot stores about people, how it says so, and how it deletes it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.app import BotApp
from bot.storage import Storage
from tests.support.builders import ADMIN
from tests.support.chat import say
from tests.support.fake_api import FakeTelegram


def user_rows(path: Path, user_id: int) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        return {
            table: db.execute(
                f"SELECT COUNT(*) FROM {table} WHERE user_id = ?", (user_id,)
            ).fetchone()[0]
            for table in ("user_lang", "admin_log")
        }


async def test_privacy_says_what_is_kept_and_for_how_long(api: FakeTelegram, bot: BotApp) -> None:
    de = await say(api, "/privacy", user=5)
    assert de.startswith("Was dieser Bot speichert")
    assert "ohne Ihre Nutzerkennung" in de and "90 Tage" in de and "365 Tage" in de
    assert "/lang" in de and "/event" in de and "/forget" in de and "Zahl der Versuche" in de
    ru = await say(api, "/privacy", user=6, language_code="ru")
    assert ru.startswith("Что хранит этот бот")
    assert "без вашего идентификатора" in ru and "90 дней" in ru and "/forget" in ru
    assert "/event" in ru
    assert "/privacy" in await say(api, "/help", user=5)
    for scope, commands in api.commands.items():
        names = [c["command"] for c in commands]
        assert "privacy" in names and "forget" in names, scope
    assert f"chat:{ADMIN}:" in api.commands


async def test_forget_deletes_everything_stored_with_the_user_id(
    api: FakeTelegram, bot: BotApp, tmp_path: Path
) -> None:
    db = tmp_path / "data" / "bot.sqlite3"
    for user in (ADMIN, 5):
        await api.push(api.callback("l:ru", user=user))
        await api.wait_sent(1, chat_id=user)
    assert (await say(api, "/reload")).startswith("База знаний перезагружена")
    bot.bot_data.storage.commit()
    assert user_rows(db, ADMIN) == {"user_lang": 1, "admin_log": 1}
    reply = await say(api, "/forget")
    assert reply.startswith("Готово: всё, что хранилось с вашим идентификатором, удалено")
    assert "/event" in reply
    assert user_rows(db, ADMIN) == {"user_lang": 0, "admin_log": 0}
    assert user_rows(db, 5) == {"user_lang": 1, "admin_log": 0}  # nobody else's
    # The choice is gone from memory too: Telegram's language counts again.
    assert (await say(api, "/privacy")).startswith("Was dieser Bot speichert")
    assert Storage(db).user_lang(ADMIN) is None


def test_refused_users_ids_in_an_older_database_become_counts(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    Storage(path).close()
    with sqlite3.connect(path) as db:
        db.executemany(
            "INSERT INTO admin_log (at, user_id, action, detail) VALUES (?, ?, ?, ?)",
            [
                ("2026-01-01", 7, "refused", "/stats"),
                ("2026-01-01", 8, "refused", "/stats"),
                ("2026-01-01", 9, "refused", "/reload"),
                ("2026-01-01", ADMIN, "reload", "58 entries"),
            ],
        )
    storage = Storage(path)
    assert storage.refused() == {"/stats": 2, "/reload": 1}
    assert [(a.user_id, a.action) for a in storage.admin_log()] == [(ADMIN, "reload")]
    storage.close()


def test_old_unanswered_questions_and_admin_actions_are_deleted(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    Storage(path).close()
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO unanswered (at, text, lang, score) VALUES "
            "('2020-01-01T00:00:00+00:00', 'alt', 'de', 0), ('2099-01-01', 'neu', 'de', 0)"
        )
        db.execute(
            "INSERT INTO admin_log (at, user_id, action, detail) VALUES "
            "('2020-01-01T00:00:00+00:00', 42, 'reload', ''), ('2099-01-01', 42, 'reload', '')"
        )
    storage = Storage(path)
    assert [r[2] for r in storage.unanswered_rows()] == ["neu"]
    assert [a.at for a in storage.admin_log()] == ["2099-01-01"]
    storage.close()


def test_old_dislike_texts_and_marks_are_deleted(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    Storage(path).close()
    old = "2020-01-01T00:00:00+00:00"
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO feedback (at, entry, lang, vote, text) VALUES "
            "(?, 'event', 'de', -1, 'alt'), ('2099-01-01', 'event', 'de', -1, 'neu')",
            (old,),
        )
        db.execute(
            "INSERT INTO marks (key, at, lang, entry, text) VALUES "
            "('alt', ?, 'de', NULL, 'alt'), ('neu', '2099-01-01', 'de', 'event', 'neu')",
            (old,),
        )
    storage = Storage(path)
    assert [r[2] for r in storage.disliked_rows()] == ["neu"]
    assert storage.votes() == [("event", 0, 2)]  # the vote itself stays, without its text
    assert list(storage.marks()) == ["neu"]
    storage.close()
