"""Unexpected errors in handlers: logged, and told to the organizers without flooding them."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.app import REPORT_EVERY, BotApp, ErrorReporter
from tests.support.builders import ADMIN
from tests.support.fake_api import FakeTelegram


async def test_a_repeating_error_is_told_once_per_kind_and_interval(
    api: FakeTelegram, bot: BotApp
) -> None:
    (reporter,) = [h for h in bot.error_handlers if isinstance(h, ErrorReporter)]
    now = 1000.0
    reporter.clock = lambda: now

    async def fails(update: Update, context: object) -> None:
        message = update.effective_message
        raise (ValueError if message and message.text == "/bad" else RuntimeError)("boom")

    # Before the bot's own handlers, which go on to answer: "unknown command".
    bot.add_handler(CommandHandler(["boom", "bad"], fails), group=-5)
    user = 5

    async def run(command: str) -> None:
        before = len(api.sent(chat_id=user))
        await api.push(api.message(command, user))
        await api.wait_sent(before + 1, chat_id=user)

    for _ in range(3):
        await run("/boom")
    assert api.texts(ADMIN) == ["⚠️ RuntimeError: boom"]
    await run("/bad")  # another kind of error is told at once
    assert api.texts(ADMIN)[1:] == ["⚠️ ValueError: boom"]
    now += REPORT_EVERY - 1
    await run("/boom")
    assert len(api.texts(ADMIN)) == 2
    now += 1
    await run("/boom")  # with the three held back
    assert api.texts(ADMIN)[2:] == ["⚠️ RuntimeError ×4: boom"]
