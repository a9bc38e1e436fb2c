"""One bot process for ``e2e_bench.py``, polling the URL in the env.

    python -m benchmarks.bot_process mission|echo|answers

- ``mission``: the Mission Bot as ``mission-bot run`` builds it;
- ``echo``: a minimal PTB bot that sends each question back;
- ``answers``: the same minimal bot sending the Mission Bot's answer instead (its HTML text
  and buttons), without anything else the Mission Bot does: the cost of the answers alone.

All get the same rate limiter (flood limits off: the fake API has none) and the same
update concurrency, so that the benchmark compares the bots' own work.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, ApplicationBuilder, ContextTypes, MessageHandler, filters

from bot.app import build_application
from bot.chat import keyboard
from bot.events import Knowledge
from bot.i18n import I18n
from bot.knowledge import load
from bot.replies import html_chunks, result_reply
from bot.search import Engine
from bot.settings import Settings

CONCURRENCY = 8


def no_flood_limits() -> AIORateLimiter:
    return AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=3)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.message and update.message.text:
        await update.message.reply_text(update.message.text)


def answer_with(engine: Engine) -> Callable[[Update, Any], Coroutine[Any, Any, None]]:
    i18n = I18n()

    async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.message and update.message.text:
            result = engine.ask(update.message.text)
            reply = result_reply(result, engine.kb, i18n.get(result.lang))
            await update.message.reply_text(
                html_chunks(reply)[0],
                parse_mode=ParseMode.HTML,
                reply_markup=keyboard(reply.buttons, result.lang),
            )

    return answer


def run_minimal(callback: Callable[[Update, Any], Coroutine[Any, Any, None]]) -> None:
    app = (
        ApplicationBuilder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_BASE_URL"])
        .rate_limiter(no_flood_limits())
        .concurrent_updates(CONCURRENCY)
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, callback))
    app.run_polling(poll_interval=0, timeout=1)


def run_mission() -> None:
    settings = Settings.from_env()
    knowledge = Knowledge(load(settings.knowledge_path, settings.cache_dir))
    app = build_application(settings, knowledge, rate_limiter=no_flood_limits())
    app.run_polling(poll_interval=0, timeout=1)


def main() -> None:
    kind = sys.argv[1]
    if kind == "mission":
        run_mission()
    elif kind == "echo":
        run_minimal(echo)
    else:
        settings = Settings.from_env()
        run_minimal(answer_with(Engine(load(settings.knowledge_path, settings.cache_dir))))


if __name__ == "__main__":
    main()
