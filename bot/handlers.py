"""Telegram handlers for participants: questions, commands, buttons and inline queries.

Handlers only route: the engine answers, ``replies`` words the answer, and this module sends
it. Every handler reads ``context.bot_data.knowledge`` once and answers from the user's
current event in it, so a reload in between cannot mix two versions of the knowledge base in
one answer.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import (
    ChatType,
    InlineKeyboardButtonLimit,
    InlineKeyboardMarkupLimit,
    ParseMode,
)
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import CallbackContext, ExtBot

from . import feedback, marks
from .events import EventKnowledge, Knowledge, parse_payload, start_payload
from .i18n import Translator
from .knowledge import TAG_CHARS, Entry, KnowledgeBase, event_tag
from .pacing import Stopping
from .replies import (
    Button,
    Reply,
    buttons_for,
    entry_reply,
    event_reply,
    events_reply,
    from_event_reply,
    help_reply,
    html_chunks,
    list_reply,
    page_reply,
    privacy_reply,
    programme_reply,
    result_reply,
    welcome_reply,
)
from .runtime import BotData
from .text import Lang, detect_language, is_foreign

log = logging.getLogger(__name__)

Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]

# Someone writing in a third language reads neither catalog best: say it in both.
FOREIGN_REPLY = (
    "Ich verstehe Fragen auf Deutsch und Russisch. / Я понимаю вопросы на немецком и русском."
)
INLINE_PAGE = 10
INLINE_MAX_QUERY = 256
INLINE_CACHE_SECONDS = 30
MAX_QUOTED_COMMAND = 40
MAX_BUTTONS = InlineKeyboardMarkupLimit.TOTAL_BUTTON_NUMBER
MAX_DATA = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
MAX_LABEL = 64  # characters: longer labels are cut off on a phone anyway


# --------------------------------------------------------------------------- helpers


def _ui(update: Update, context: Context) -> Translator:
    """Texts in the language of the user's interface."""
    return context.bot_data.i18n.get(context.bot_data.ui_lang(update.effective_user))


@lru_cache(maxsize=1024)
def keyboard(
    buttons: tuple[Button, ...], lang: Lang, last_row: tuple[Button, ...] = ()
) -> InlineKeyboardMarkup | None:
    """One button per row; each opens an entry in the given language, or does its ``data``.

    Within Telegram's limits: a button whose data would be too long is left out, and
    beyond the most buttons a message may carry the rest are (page buttons are kept).
    ``last_row`` (the vote buttons) comes last, side by side.
    Cached: keyboards are immutable, and building Telegram objects is a large share of the
    work per answer.
    """
    rows = [
        [InlineKeyboardButton(b.label[:MAX_LABEL], callback_data=data)]
        for b in buttons
        if len((data := b.data or entry_data(b, lang)).encode()) <= MAX_DATA
    ]
    room = MAX_BUTTONS - len(last_row)
    if len(rows) > room:
        pages = [row for row in rows if str(row[0].callback_data).startswith("p:")]
        rows = rows[: room - len(pages)] + pages
    if last_row:
        rows.append([InlineKeyboardButton(b.label, callback_data=b.data) for b in last_row])
    return _Keyboard(rows) if rows else None


def entry_data(button: Button, lang: Lang) -> str:
    """Callback data that opens an entry: language, the event's tag, the entry's id."""
    return f"e:{lang}:{event_tag(button.event) if button.event else ''}{button.entry_id}"


class _Keyboard(InlineKeyboardMarkup):
    """An inline keyboard that serializes once: it is frozen, and sent with many answers."""

    __slots__ = ("_as_dict",)

    def to_dict(self, recursive: bool = True) -> dict[str, Any]:
        if not recursive:
            return super().to_dict(recursive)
        cached: dict[str, Any] | None = getattr(self, "_as_dict", None)
        if cached is None:
            cached = super().to_dict()
            # Telegram objects refuse attribute changes once built; this is only a memo.
            object.__setattr__(self, "_as_dict", cached)
        return cached


async def send(
    message: Message,
    reply: Reply,
    lang: Lang,
    *,
    quote: bool = False,
    last_row: tuple[Button, ...] = (),
) -> Message | None:
    """Send a reply, split under Telegram's length limit, buttons under the last part.

    Returns the last message sent.
    """
    chunks = html_chunks(reply)
    sent = None
    for i, chunk in enumerate(chunks):
        last = i == len(chunks) - 1
        sent = await message.reply_text(
            chunk,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard(reply.buttons, lang, last_row) if last else None,
            do_quote=quote and i == 0,
        )
    return sent


async def answer_question(message: Message, text: str, context: Context, *, quote: bool) -> None:
    """Answer a free-text question in the language it was asked in."""
    data = context.bot_data
    ui_lang = data.ui_lang(message.from_user)
    if is_foreign(text):
        await message.reply_text(FOREIGN_REPLY, do_quote=quote)
        return
    knowledge = data.knowledge
    current = data.event_for(knowledge, message.from_user)
    answering, result = knowledge.ask(text, current, preferred=ui_lang)
    result = marks.amend(data, answering.engine, text, result)
    best = result.best
    # On disk before the answer goes out, so a crash cannot lose an answered question.
    data.storage.record(
        "question",
        result.lang,
        result.answered,
        best.entry.id if best else None,
        text=None if result.answered else text,
        score=best.score if best else 0.0,
    )
    await data.storage.committed()
    t = data.i18n.get(result.lang)
    reply = result_reply(result, answering.kb, t)
    if answering is not current:
        reply = from_event_reply(reply, answering.event, t)
    votes = feedback.buttons(result)
    sent = await send(message, reply, result.lang, quote=quote, last_row=votes)
    if votes and sent is not None:
        feedback.remember(data, sent, text)


# --------------------------------------------------------------------------- messages


async def private_text(update: Update, context: Context) -> None:
    """A question in a private chat."""
    message = update.effective_message
    if message and message.text is not None:
        await answer_question(message, message.text, context, quote=False)


async def group_text(update: Update, context: Context) -> None:
    """In groups: answer when mentioned or replied to, stay silent otherwise."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    me = context.bot.username.lower()
    mentioned = False
    text = message.text
    for value in message.parse_entities([MessageEntity.MENTION]).values():
        if value.lower() == f"@{me}":
            mentioned = True
            text = text.replace(value, " ")
    replied = bool(
        message.reply_to_message
        and message.reply_to_message.from_user
        and message.reply_to_message.from_user.id == context.bot.id
    )
    question = message.reply_to_message
    if mentioned and not text.strip() and question and not replied:
        # A bare mention under someone's message: that message is the question.
        asked = question.text or question.caption
        if asked:
            await answer_question(question, asked, context, quote=True)
            return
    if mentioned or replied:
        await answer_question(message, text, context, quote=True)


async def other_message(update: Update, context: Context) -> None:
    """Stickers, photos, voice and the like in a private chat: a short, polite reply."""
    message = update.effective_message
    if message is None:
        return
    t = _ui(update, context)
    await message.reply_text(t._("I can only read text. Please type your question."))


async def unknown_command(update: Update, context: Context) -> None:
    """A command the bot does not have: say so and point to /help."""
    message = update.effective_message
    if message is None or not message.text:
        return
    command = message.text.split()[0]
    if "@" in command and command.split("@", 1)[1].lower() != context.bot.username.lower():
        return  # meant for another bot in the group
    if message.chat.type != ChatType.PRIVATE and "@" not in command:
        return  # in groups, plain unknown commands may belong to other bots
    t = _ui(update, context)
    name = command.split("@")[0]
    if len(name) > MAX_QUOTED_COMMAND:  # Telegram's are at most 32 characters
        name = name[: MAX_QUOTED_COMMAND - 1] + "…"
    await message.reply_text(
        t._("I don't know the command {command}. /help lists what I can do.").format(
            command=html.escape(name)
        ),
        parse_mode=ParseMode.HTML,
    )


# --------------------------------------------------------------------------- commands


def _where(update: Update, context: Context) -> tuple[Translator, Knowledge, EventKnowledge]:
    """The user's interface language, every event, and the user's current event."""
    knowledge = context.bot_data.knowledge
    current = context.bot_data.event_for(knowledge, update.effective_user)
    return _ui(update, context), knowledge, current


async def start(update: Update, context: Context) -> None:
    """/start: welcome, what the bot knows, topic buttons; ``/start PAYLOAD`` opens an entry."""
    message = update.effective_message
    if message is None:
        return
    data = context.bot_data
    t, knowledge, current = _where(update, context)
    linked = parse_payload(context.args[0]) if context.args else None
    if linked is not None:
        target = knowledge.by_tag(linked[0])
        entry = target.kb.by_id.get(linked[1]) if target else None
        if target is not None and entry is not None:
            reply = entry_reply(entry, target.kb, t)
            if target is not current:
                reply = from_event_reply(reply, target.event, t)
            await send(message, reply, t.lang)
            data.storage.record("button", t.lang, True, entry.id)
            return
    await send(message, welcome_reply(current.kb, t, current.engine.topics()), t.lang)


async def help_command(update: Update, context: Context) -> None:
    """/help: how to ask and the commands."""
    message = update.effective_message
    if message:
        t = _ui(update, context)
        from .commands import help_lines  # the command table names this handler

        lines = help_lines(context.bot_data.knowledge, t, admin=False)
        await send(message, help_reply(t, context.bot.username, lines), t.lang)


async def _reply_with(
    update: Update, context: Context, make: Callable[[KnowledgeBase, Translator], Reply]
) -> None:
    """Send what ``make`` says about the user's current event, in the user's language."""
    message = update.effective_message
    if message:
        t, _, current = _where(update, context)
        await send(message, make(current.kb, t), t.lang)


async def event(update: Update, context: Context) -> None:
    """/event: the event in short; with several events, all of them to switch between."""
    message = update.effective_message
    if message is None:
        return
    t, knowledge, current = _where(update, context)
    await send(message, event_reply(current.kb, t), t.lang)
    if len(knowledge) > 1:
        choices = [
            ((k.event.name.get(t.lang), t.date_range(k.event.start, k.event.end)), k.tag)
            for k in knowledge.events
        ]
        await send(message, events_reply(choices, current.tag, t), t.lang)


async def list_command(update: Update, context: Context) -> None:
    """A list command the knowledge declares (``command:`` of a list entry), e.g. /speakers.

    Commands the knowledge does not declare get the unknown-command reply.
    """
    message = update.effective_message
    if message is None or not message.text:
        return
    name = message.text.split()[0][1:].split("@")[0].lower()
    data = context.bot_data
    knowledge = data.knowledge
    current = data.event_for(knowledge, update.effective_user)
    entry = current.list_commands().get(name)
    if entry is None and name in knowledge.commands():
        t = _ui(update, context)
        await message.reply_text(t._("Nothing is known about that yet."))
        return
    if entry is None or entry.list_of is None:
        await unknown_command(update, context)
        return
    t = _ui(update, context)
    await send(message, list_reply(current.kb, entry.list_of, t), t.lang)


async def program(update: Update, context: Context) -> None:
    """/program: the programme by day."""
    await _reply_with(update, context, programme_reply)


async def search(update: Update, context: Context) -> None:
    """/search <text>: the best matches as buttons."""
    message = update.effective_message
    if message is None:
        return
    t = _ui(update, context)
    query = " ".join(context.args or []).strip()
    if not query:
        await message.reply_text(t._("Write what to look for, for example: /search Leipzig"))
        return
    data = context.bot_data
    current = data.event_for(data.knowledge, update.effective_user)
    engine = current.engine
    matches = engine.search(query, limit=8)
    if not matches:
        result = engine.ask(query, preferred=t.lang)
        await send(
            message,
            result_reply(result, current.kb, data.i18n.get(result.lang)),
            result.lang,
        )
        return
    lang = detect_language(query, t.lang)
    tl = data.i18n.get(lang)
    body = "\n".join(f"• {m.entry.name.get(lang)}" for m in matches)
    title = tl._("Found for “{query}”:").format(query=query[:100])
    await send(message, Reply(body, title, buttons_for((m.entry for m in matches), tl)), lang)


async def lang_command(update: Update, context: Context) -> None:
    """/lang: choose German or Russian for the interface."""
    message = update.effective_message
    if message is None:
        return
    t = _ui(update, context)
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Deutsch", callback_data="l:de"),
                InlineKeyboardButton("Русский", callback_data="l:ru"),
            ]
        ]
    )
    await message.reply_text(t._("Choose the language of the menus:"), reply_markup=markup)


async def privacy(update: Update, context: Context) -> None:
    """/privacy: what is stored, for how long, and how to delete it."""
    message = update.effective_message
    if message:
        t = _ui(update, context)
        await send(message, privacy_reply(t), t.lang)


async def forget(update: Update, context: Context) -> None:
    """/forget: delete everything stored with the user's id."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    t = _ui(update, context)  # before forgetting: the reply is in the language chosen so far
    context.bot_data.storage.forget(user.id)
    log.info("a user's data was deleted on request")
    await message.reply_text(
        t._(
            "Done: everything stored with your user id is deleted (your /lang choice and, "
            "for organizers, their actions). Questions are stored without a user id, so "
            "nothing else was linked to you."
        )
    )


# --------------------------------------------------------------------------- buttons


async def button(update: Update, context: Context) -> None:
    """A pressed inline button: open an entry, or switch the interface language."""
    query = update.callback_query
    if query is None:
        return
    data = context.bot_data
    t = _ui(update, context)
    parts = (query.data or "").split(":", 2)
    if parts[0] == "l" and len(parts) == 2 and parts[1] in ("de", "ru"):
        lang: Lang = "ru" if parts[1] == "ru" else "de"
        data.storage.set_user_lang(query.from_user.id, lang)
        chosen = data.i18n.get(lang)
        done = chosen._("Done. I will write the menus in this language.")
        await query.answer(done)
        if isinstance(query.message, Message):
            await query.message.reply_text(done)
        return
    knowledge = data.knowledge
    current = data.event_for(knowledge, query.from_user)
    if parts[0] == "e" and len(parts) == 3 and parts[1] in ("de", "ru"):
        found = _find_entry(knowledge, current, parts[2])
        if found is None:
            await query.answer(t._("This button is out of date. Please ask again."))
            return
        target, entry = found
        lang = "ru" if parts[1] == "ru" else "de"
        await query.answer()
        if isinstance(query.message, Message):
            await send(query.message, entry_reply(entry, target.kb, data.i18n.get(lang)), lang)
        data.storage.record("button", lang, True, entry.id)
        return
    if parts[0] == "p" and len(parts) == 3 and parts[1] in ("de", "ru"):
        # p:LANG:TAG:KIND:PAGE (older buttons: p:LANG:KIND:PAGE, for the current event)
        fields = parts[2].split(":")
        owner = knowledge.by_tag(fields[0]) if len(fields) == 3 else current
        kind, page = fields[-2:] if len(fields) >= 2 else ("", "")
        lang = "ru" if parts[1] == "ru" else "de"
        await query.answer()
        if isinstance(query.message, Message) and page.isdigit() and owner is not None:
            await _turn_page(query.message, owner.kb, kind, data.i18n.get(lang), int(page))
        return
    if parts[0] == "v" and len(parts) == 2 and (picked := knowledge.by_tag(parts[1])):
        data.storage.set_user_event(query.from_user.id, picked.event.id)
        done = t._("Done. I now answer about “{name}”.").format(name=picked.event.name.get(t.lang))
        await query.answer(done[:200])
        if isinstance(query.message, Message):
            await send(
                query.message,
                welcome_reply(picked.kb, t, picked.engine.topics()),
                t.lang,
            )
        return
    await query.answer(t._("This button is out of date. Please ask again."))


def _find_entry(
    knowledge: Knowledge, current: EventKnowledge, key: str
) -> tuple[EventKnowledge, Entry] | None:
    """The entry a button names: the event's tag and the id, or (older buttons) the id alone."""
    target = knowledge.by_tag(key[:TAG_CHARS])
    if target is not None and (entry := target.kb.by_id.get(key[TAG_CHARS:])):
        return target, entry
    entry = current.kb.by_id.get(key)
    return (current, entry) if entry else None


async def _turn_page(
    message: Message, kb: KnowledgeBase, kind: str, t: Translator, page: int
) -> None:
    """Show another page of a list in the same message (a new one if it cannot be edited)."""
    reply = page_reply(kb, kind, t, page)
    chunks = html_chunks(reply)
    markup = keyboard(reply.buttons, t.lang)
    if len(chunks) == 1:
        try:
            await message.edit_text(chunks[0], parse_mode=ParseMode.HTML, reply_markup=markup)
            return
        except BadRequest as exc:
            log.info("page not shown in place: %s", exc)
    await send(message, reply, t.lang)


# --------------------------------------------------------------------------- inline mode


async def inline_query(update: Update, context: Context) -> None:
    """``@bot query`` in any chat: up to 10 articles per page, best first."""
    query = update.inline_query
    if query is None:
        return
    data = context.bot_data
    current = data.event_for(data.knowledge, query.from_user)
    engine = current.engine
    ui = data.ui_lang(query.from_user)
    text = query.query.strip()[:INLINE_MAX_QUERY]
    if text:
        lang = ui if is_foreign(text) else detect_language(text, ui)
        entries = [m.entry for m in engine.search(text)]
    else:
        # The main topics first, then everything else, so scrolling shows all there is.
        lang = ui
        topics = engine.topics()
        first = {e.id for e in topics}
        entries = list(topics) + [e for e in current.kb.entries if e.id not in first]
    try:
        offset = max(0, int(query.offset or 0))
    except ValueError:
        offset = 0
    page = entries[offset : offset + INLINE_PAGE]
    t = data.i18n.get(lang)
    results = []
    for entry in page:
        chunks = html_chunks(entry_reply(entry, current.kb, t))
        results.append(
            InlineQueryResultArticle(
                id=f"{lang}:{current.tag}{entry.id}"[:64],
                title=entry.name.get(lang),
                description=entry.summary.get(lang)
                if entry.summary != entry.name
                else entry.answer.get(lang)[:120],
                input_message_content=InputTextMessageContent(
                    chunks[0], parse_mode=ParseMode.HTML
                ),
            )
        )
    more = offset + INLINE_PAGE < len(entries)
    # A button above the results opens the private chat: at the best result, else the welcome.
    payload = start_payload(entries[0].event, entries[0].id) if entries else None
    opener = InlineQueryResultsButton(text=t._("Open the bot"), start_parameter=payload or "start")
    await query.answer(
        results,
        cache_time=INLINE_CACHE_SECONDS,
        is_personal=True,
        next_offset=str(offset + INLINE_PAGE) if more else None,
        button=opener,
    )
    if text:
        data.storage.record("inline", lang, bool(entries), entries[0].id if entries else None)


# --------------------------------------------------------------------------- errors


async def error_handler(update: object, context: Context) -> None:
    """Log every error with its traceback; tell the admins about unexpected ones."""
    error = context.error
    if isinstance(error, Stopping):
        log.warning("%s", error)  # expected while stopping: no traceback
        return
    # A refused token stops the bot (see bot.service); messages could not go out anyway.
    expected = isinstance(error, (Forbidden, RetryAfter, TimedOut, NetworkError, InvalidToken))
    log.error("error while handling an update: %s", error, exc_info=error)
    if expected or error is None:
        return
    text = f"⚠️ {type(error).__name__}: {error}"[:1000]
    for admin in context.bot_data.settings.admin_ids:
        try:
            await context.bot.send_message(admin, text)
        except Exception:
            log.warning("could not notify admin %s", admin)
