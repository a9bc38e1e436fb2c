"""The participants' buttons: open an entry, turn a list's page, choose a language or event.

Each handler is routed its presses by a pattern of :mod:`bot.chat` and reads the fields
from the match; a button matching none is out of date.
"""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.constants import CallbackQueryLimit, ParseMode
from telegram.error import BadRequest

from .chat import Context, data_lang, keyboard, send, ui, where
from .events import EventKnowledge, Knowledge
from .i18n import Translator
from .knowledge import TAG_CHARS, Entry, KnowledgeBase
from .replies import entry_reply, html_chunks, page_reply, welcome_reply

log = logging.getLogger(__name__)


async def open_entry(update: Update, context: Context) -> None:
    """``e:``: the entry, in the language of the answer it was under."""
    query, match = update.callback_query, context.match
    if query is None or match is None:
        return
    t, knowledge, current = where(update, context)
    found = _find_entry(knowledge, current, match["key"])
    if found is None:
        await query.answer(t._("This button is out of date. Please ask again."))
        return
    target, entry = found
    lang = data_lang(match)
    await query.answer()
    if isinstance(query.message, Message):
        reply = entry_reply(entry, target.kb, context.bot_data.i18n.get(lang))
        await send(query.message, reply, lang)
    context.bot_data.storage.record("button", lang, True, entry.id)


def _find_entry(
    knowledge: Knowledge, current: EventKnowledge, key: str
) -> tuple[EventKnowledge, Entry] | None:
    """The entry a button names: the event's tag and the id, or (older buttons) the id alone."""
    target = knowledge.by_tag(key[:TAG_CHARS])
    if target is not None and (entry := target.kb.by_id.get(key[TAG_CHARS:])):
        return target, entry
    entry = current.kb.by_id.get(key)
    return (current, entry) if entry else None


async def turn_page(update: Update, context: Context) -> None:
    """``p:``: another page of a list, in the same message."""
    query, match = update.callback_query, context.match
    if query is None or match is None:
        return
    _, knowledge, current = where(update, context)
    owner = knowledge.by_tag(match["tag"]) if match["tag"] is not None else current
    await query.answer()
    if isinstance(query.message, Message) and owner is not None:
        t = context.bot_data.i18n.get(data_lang(match))
        await _show_page(query.message, owner.kb, match["kind"], t, int(match["page"]))


async def _show_page(
    message: Message, kb: KnowledgeBase, kind: str, t: Translator, page: int
) -> None:
    """Show a page of a list in ``message`` (in a new one if it cannot be edited)."""
    reply = page_reply(kb, kind, t, page)
    chunks = html_chunks(reply)
    if len(chunks) == 1:
        try:
            markup = keyboard(reply.buttons, t.lang)
            await message.edit_text(chunks[0], parse_mode=ParseMode.HTML, reply_markup=markup)
            return
        except BadRequest as exc:
            log.info("page not shown in place: %s", exc)
    await send(message, reply, t.lang)


async def choose_language(update: Update, context: Context) -> None:
    """``l:``: the interface language, from /lang."""
    query, match = update.callback_query, context.match
    if query is None or match is None:
        return
    data = context.bot_data
    lang = data_lang(match)
    data.storage.set_user_lang(query.from_user.id, lang)
    done = data.i18n.get(lang)._("Done. I will write the menus in this language.")
    await query.answer(done)
    if isinstance(query.message, Message):
        await query.message.reply_text(done)


async def choose_event(update: Update, context: Context) -> None:
    """``v:``: the event to answer about, from /event."""
    query, match = update.callback_query, context.match
    if query is None or match is None:
        return
    t, knowledge, _ = where(update, context)
    picked = knowledge.by_tag(match["tag"])
    if picked is None:
        await outdated(update, context)
        return
    context.bot_data.storage.set_user_event(query.from_user.id, picked.event.id)
    done = t._("Done. I now answer about “{name}”.").format(name=picked.event.name.get(t.lang))
    await query.answer(done[: CallbackQueryLimit.ANSWER_CALLBACK_QUERY_TEXT_LENGTH])
    if isinstance(query.message, Message):
        await send(query.message, welcome_reply(picked.kb, t, picked.engine.topics()), t.lang)


async def outdated(update: Update, context: Context) -> None:
    """A button of an older version of the bot, or whose entry is gone."""
    if query := update.callback_query:
        await query.answer(ui(update, context)._("This button is out of date. Please ask again."))
