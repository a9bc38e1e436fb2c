"""One bot process for ``e2e_bench.py``: ``mission`` or ``echo``, polling the URL in the env.

Both get the same rate limiter (flood limits off: the fake API has none) and the same
update concurrency, so that the benchmark compares the bots' own work.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from telegram import Update
from telegram.ext import AIORateLimiter, ApplicationBuilder, ContextTypes, MessageHandler, filters

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import build_application
from bot.knowledge import load
from bot.search import Engine
from bot.settings import Settings

CONCURRENCY = 8


def no_flood_limits() -> AIORateLimiter:
    return AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=3)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.message and update.message.text:
        await update.message.reply_text(update.message.text)


def run_echo() -> None:
    app = (
        ApplicationBuilder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_BASE_URL"])
        .rate_limiter(no_flood_limits())
        .concurrent_updates(CONCURRENCY)
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.run_polling(poll_interval=0, timeout=1)


def run_mission() -> None:
    settings = Settings.from_env()
    engine = Engine(load(settings.knowledge_path))
    app = build_application(settings, engine, rate_limiter=no_flood_limits())
    app.run_polling(poll_interval=0, timeout=1)


def main() -> None:
    run_echo() if sys.argv[1] == "echo" else run_mission()


if __name__ == "__main__":
    main()
