"""Votes on answers end to end: where the buttons are, what a press stores and reports."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

from bot.app import BotApp
from bot.feedback import DOWN, UP
from tests.support.chat import ask, press, rows_of, say
from tests.support.database import ids_in_database
from tests.support.fake_api import FakeTelegram
from tests.support.process import run


async def test_vote_buttons_come_under_answers_only(api: FakeTelegram, bot: BotApp) -> None:
    answer = await ask(api, "Wer ist Nikitin?", user=5)
    rows = rows_of(answer)
    assert rows[-1] == [UP, DOWN] and len(rows) > 1  # related entries stay above
    data = [b["callback_data"] for b in answer.params["reply_markup"]["inline_keyboard"][-1]]
    assert data == ["v+de:speaker-nikitin", "v-de:speaker-nikitin"]
    declined = await ask(api, "Wo kann ich parken?", user=5)
    assert all(UP not in row for row in rows_of(declined))
    listed = await ask(api, "/speakers", user=5)
    assert all(UP not in row for row in rows_of(listed))
    hello = await ask(api, "Hallo!", user=5)
    assert all(UP not in row for row in rows_of(hello))
    group = -100_500
    in_group = await ask(
        api, "@MissionTestBot Wer ist Nikitin?", user=6, chat=group, chat_type="supergroup"
    )
    assert rows_of(in_group)[-1] == [UP, DOWN]
    await api.push(api.inline("Nikitin", user=7))
    await api.wait_for(lambda a: bool(a.sent("answerInlineQuery")))
    results = api.sent("answerInlineQuery")[0].params["results"]
    assert results and all("reply_markup" not in r for r in results)


async def test_a_dislike_shows_in_stats_and_csv_without_user_id(
    api: FakeTelegram, bot: BotApp, tmp_path: Path
) -> None:
    participant = 5_550_555
    answer = await ask(api, "Wer ist Nikitin?", user=participant)
    thanks = await press(api, answer, DOWN, participant)
    assert thanks.params["text"] == "Danke für Ihre Rückmeldung!"
    await api.wait_for(lambda a: bool(a.sent("editMessageReplyMarkup")))
    edit = api.sent("editMessageReplyMarkup")[0]
    assert int(edit.params["message_id"]) == answer.result["message_id"]
    remaining = rows_of(edit)
    assert remaining == rows_of(answer)[:-1] and remaining  # only the vote row went
    # One vote per answer: a second press on the same message counts nothing.
    await press(api, answer, UP, participant)
    other = await ask(api, "Кто такой Никитин?", user=participant, language_code="ru")
    ru_thanks = await press(api, other, UP, participant, "ru")
    assert ru_thanks.params["text"] == "Спасибо за ваш отзыв!"
    stats = await say(api, "/stats")
    assert f"speaker-nikitin: {UP} 1, {DOWN} 1" in stats
    assert f"{DOWN}: speaker-nikitin (1)" in stats
    out = run("unanswered", "--csv", env={"BOT_DATA_DIR": str(tmp_path / "data")})
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert [(r["kind"], r["question"], r["given"], r["lang"]) for r in rows] == [
        ("disliked", "Wer ist Nikitin?", "speaker-nikitin", "de")
    ]
    db = tmp_path / "data" / "bot.sqlite3"
    bot.bot_data.storage.commit()
    assert participant not in ids_in_database(db)
    with sqlite3.connect(db) as conn:
        dump = "\n".join(conn.iterdump())
    assert str(participant) not in dump
    assert "Wer ist Nikitin?" in dump and "Кто такой Никитин?" not in dump  # 👍 keeps no text


async def test_forged_vote_changes_nothing(api: FakeTelegram, bot: BotApp) -> None:
    for data in ("v+de:no-such-entry", "v-xx:speaker-nikitin", "v+de:" + "a" * 59):
        before = len(api.sent("answerCallbackQuery"))
        await api.push(api.callback(data, user=9))
        await api.wait_for(lambda a, n=before: len(a.sent("answerCallbackQuery")) > n)  # type: ignore[misc]
        assert "veraltet" in api.sent("answerCallbackQuery")[-1].params["text"]
    assert bot.bot_data.storage.votes() == []
    assert not api.sent("editMessageReplyMarkup")
