"""Building and running the Telegram application: one place registers every handler."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from collections import Counter
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from telegram import BotCommandScopeChat
from telegram.constants import BotDescriptionLimit
from telegram.error import (
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import (
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest, RequestData

from . import admin, buttons, chat, commands, feedback, inline, questions, service, teaching
from .chat import BotApp, Context, organizers, tell_organizers
from .events import Knowledge
from .i18n import I18n
from .knowledge import KnowledgeError, load
from .logs import setup_logging
from .pacing import FairProcessor, PacedApplication, Pacer, Stopping
from .runtime import BotData
from .settings import Settings
from .storage import Storage
from .text import LANGS

log = logging.getLogger(__name__)

CONCURRENT_UPDATES = 8
REPORT_EVERY = 600.0  # seconds: each kind of error is told to the organizers this often at most


async def publish_profile(app: BotApp) -> None:
    """Command menus (per language, and the organizers' own) and the bot's descriptions.

    Built from the command table and the knowledge, so they follow every reload. A failure
    is logged: the bot answers without them.
    """
    data = app.bot_data
    bot = app.bot
    knowledge = data.knowledge
    event = knowledge.default(data.today()).event
    menu, limit = commands.bot_commands, BotDescriptionLimit
    try:
        for lang in LANGS:
            t = data.i18n.get(lang)
            await bot.set_my_commands(menu(knowledge, t, admin=False), language_code=lang)
            name, dates = event.name.get(lang), t.date_range(event.start, event.end)
            about = t._("I answer questions about “{name}” ({dates}), in German or Russian.")
            about = about.format(name=name, dates=dates)[: limit.MAX_DESCRIPTION_LENGTH]
            await bot.set_my_description(about, language_code=lang)
            short = f"{name} ({dates})"[: limit.MAX_SHORT_DESCRIPTION_LENGTH]
            await bot.set_my_short_description(short, language_code=lang)
        await bot.set_my_commands(menu(knowledge, data.i18n.get("de"), admin=False))
    except TelegramError as exc:
        log.warning("command menus or descriptions not set: %s", exc)
    for admin_id, t in organizers(data):
        try:
            await bot.set_my_commands(
                menu(knowledge, t, admin=True), BotCommandScopeChat(admin_id)
            )
        except Exception as exc:
            log.warning("no admin menu for %s: %s", admin_id, exc)


async def post_init(app: BotApp) -> None:
    """Register the localized command menus and the SIGHUP reload."""
    data = app.bot_data
    await publish_profile(app)
    data.reloaded = lambda: publish_profile(app)
    await admin.watch_storage(app)
    if data.watch:
        data.watcher = admin.start_watching(app)
    loop = asyncio.get_running_loop()
    try:
        loop.add_signal_handler(
            signal.SIGHUP, lambda: app.create_task(admin.reload_on_signal(app))
        )
    except (NotImplementedError, RuntimeError, ValueError):
        log.info("SIGHUP reload is not available here")


async def post_stop(app: BotApp) -> None:
    if app.bot_data.watcher:
        app.bot_data.watcher.cancel()


async def post_shutdown(app: BotApp) -> None:
    app.bot_data.storage.close()


def register(app: BotApp) -> None:
    """Every handler, in the order they are tried (first match wins within a group)."""
    # Updates Telegram delivers twice never get here (FairProcessor).
    # Commands, including /command@BotName in groups; organizers' commands refuse everyone
    # else themselves (and count the attempt).
    for command in commands.COMMANDS:
        app.add_handler(CommandHandler([command.name, *command.aliases], command.handler))
    new_message = filters.UpdateType.MESSAGE
    private = filters.ChatType.PRIVATE
    # The knowledge's list commands (/speakers…), which follow reloads; else "unknown".
    app.add_handler(MessageHandler(filters.COMMAND & new_message, commands.list_command))
    # Buttons, each kind by its data; any other button is out of date.
    for pattern, pressed in (
        (chat.ENTRY, buttons.open_entry),
        (chat.PAGE, buttons.turn_page),
        (chat.LANGUAGE, buttons.choose_language),
        (chat.EVENT, buttons.choose_event),
        (chat.VOTE, feedback.vote),
        (chat.TEACH, teaching.button),
    ):
        app.add_handler(CallbackQueryHandler(pressed, pattern=pattern))
    app.add_handler(CallbackQueryHandler(buttons.outdated))
    app.add_handler(InlineQueryHandler(inline.inline_query))
    # An organizer's name to look up in the teaching inbox comes before everything else.
    admins = filters.User(user_id=app.bot_data.settings.admin_ids)
    app.add_handler(
        MessageHandler(
            private & new_message & filters.TEXT & ~filters.COMMAND & admins,
            teaching.search_text,
        ),
        group=-1,
    )
    # Knowledge files sent by organizers, then free text; edited messages are ignored.
    app.add_handler(MessageHandler(private & new_message & filters.Document.ALL, admin.upload))
    app.add_handler(MessageHandler(private & new_message & filters.TEXT, questions.private_text))
    app.add_handler(
        MessageHandler(filters.ChatType.GROUPS & new_message & filters.TEXT, questions.group_text)
    )
    app.add_handler(MessageHandler(private & new_message, questions.other_message))
    app.add_error_handler(ErrorReporter())


class ErrorReporter:
    """The error handler: logs every error with its traceback, tells the organizers.

    They hear of each kind of unexpected error at most once per ``every`` seconds, with how
    often it happened since they last heard of it: an error on every update must not flood
    their chat.
    """

    # Telegram's own trouble, retried or logged; a refused token stops the bot (see
    # bot.service), and messages could not go out anyway.
    EXPECTED = (Forbidden, RetryAfter, TimedOut, NetworkError, InvalidToken)

    def __init__(
        self, every: float = REPORT_EVERY, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.every = every
        self.clock = clock
        self.told: dict[type[Exception], float] = {}  # when the organizers last heard
        self.since: Counter[type[Exception]] = Counter()  # how often since then

    async def __call__(self, update: object, context: Context) -> None:
        error = context.error
        if isinstance(error, Stopping):
            log.warning("%s", error)  # expected while stopping: no traceback
            return
        log.error("error while handling an update: %s", error, exc_info=error)
        if error is None or isinstance(error, self.EXPECTED):
            return
        kind = type(error)
        self.since[kind] += 1
        now = self.clock()
        if kind in self.told and now - self.told[kind] < self.every:
            return
        self.told[kind] = now
        times = self.since.pop(kind)
        text = f"⚠️ {kind.__name__}{f' ×{times}' if times > 1 else ''}: {error}"[:1000]
        await tell_organizers(context.bot, context.bot_data, lambda t: text)


class WatchedRequest(HTTPXRequest):
    """PTB's HTTP client, telling when Telegram refuses the token on any call.

    PTB's polling gives up silently on a refused token; this is how the bot learns of it.
    """

    def __init__(self, on_unauthorized: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.on_unauthorized = on_unauthorized

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        write_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        connect_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        pool_timeout: Any = HTTPXRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        code, payload = await super().do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )
        # 401: a token Telegram does not know. 404 on these two means the same: they exist.
        if code == HTTPStatus.UNAUTHORIZED or (
            code == HTTPStatus.NOT_FOUND and url.endswith(("/getMe", "/getUpdates"))
        ):
            self.on_unauthorized()
        return code, payload


def build_application(
    settings: Settings,
    knowledge: Knowledge,
    *,
    i18n: I18n | None = None,
    storage: Storage | None = None,
    rate_limiter: BaseRateLimiter[Any] | None = None,
    timeouts: float = 10.0,
) -> BotApp:
    """The application, ready to initialize; ``rate_limiter`` defaults to :class:`Pacer`."""
    assert settings.token, "a token is checked before the application is built"
    storage = storage or Storage(settings.data_dir / "bot.sqlite3", group=CONCURRENT_UPDATES)
    services = (settings, knowledge, i18n or I18n(), storage)

    class Data(BotData):
        def __init__(self) -> None:
            super().__init__(*services)

    app: BotApp

    def rejected() -> None:
        app.bot_data.token_rejected.set()

    builder = (
        ApplicationBuilder()
        .application_class(PacedApplication)
        .token(settings.token)
        .context_types(ContextTypes(bot_data=Data))
        .rate_limiter(rate_limiter or Pacer())
        .request(
            WatchedRequest(
                rejected,
                connection_pool_size=256,
                connect_timeout=timeouts,
                read_timeout=timeouts,
                write_timeout=timeouts,
                pool_timeout=timeouts,
            )
        )
        .get_updates_request(
            WatchedRequest(rejected, connection_pool_size=1, read_timeout=timeouts + 20)
        )
        .concurrent_updates(FairProcessor(CONCURRENT_UPDATES, storage))
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
    )
    if settings.base_url:
        # PTB appends the token: http://127.0.0.1:8081/bot → …/bot<token>/getMe
        builder = builder.base_url(settings.base_url)
        builder = builder.base_file_url(settings.base_file_url or "")
    app = builder.build()  # type: ignore[assignment]
    register(app)
    return app


def run(settings: Settings, *, webhook: bool = False, watch: bool = False) -> int:
    """Run the bot until stopped; returns the process exit code."""
    # Opt in to PTB's coming timedelta durations (RetryAfter.retry_after), which also
    # silences the deprecation warning PTB 22 raises each time a flood limit is hit.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    setup_logging(settings)
    if webhook and not settings.webhook_url:
        log.error("--webhook needs WEBHOOK_URL (the public HTTPS address of this bot)")
        return 2
    try:
        knowledge = Knowledge(load(settings.knowledge_path, settings.cache_dir))
    except KnowledgeError as exc:
        log.error("the knowledge base at %s cannot be loaded:\n%s", settings.knowledge_path, exc)
        return 2
    app = build_application(settings, knowledge)
    app.bot_data.watch = watch
    return asyncio.run(service.serve(app, webhook=webhook))
