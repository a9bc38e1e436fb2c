"""Inline mode: ``@bot question`` in any chat offers answers to share there."""

from __future__ import annotations

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import InlineQueryLimit, InlineQueryResultLimit, ParseMode

from .chat import Context
from .events import start_payload
from .replies import entry_reply, html_chunks
from .text import detect_language, is_foreign

PAGE = 10
CACHE_SECONDS = 30
DESCRIPTION_CHARS = 120  # a line or two under the title


async def inline_query(update: Update, context: Context) -> None:
    """``@bot query`` in any chat: up to 10 articles per page, best first."""
    query = update.inline_query
    if query is None:
        return
    data = context.bot_data
    current = data.event_for(data.knowledge, query.from_user)
    engine = current.engine
    ui = data.ui_lang(query.from_user)
    text = query.query.strip()[: InlineQueryLimit.MAX_QUERY_LENGTH]
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
    t = data.i18n.get(lang)
    results = [
        InlineQueryResultArticle(
            id=f"{lang}:{current.tag}{entry.id}"[: InlineQueryResultLimit.MAX_ID_LENGTH],
            title=entry.name.get(lang),
            description=entry.summary.get(lang)
            if entry.summary != entry.name
            else entry.answer.get(lang)[:DESCRIPTION_CHARS],
            input_message_content=InputTextMessageContent(
                html_chunks(entry_reply(entry, current.kb, t))[0], parse_mode=ParseMode.HTML
            ),
        )
        for entry in entries[offset : offset + PAGE]
    ]
    more = offset + PAGE < len(entries)
    # A button above the results opens the private chat: at the best result, else the welcome.
    payload = start_payload(entries[0].event, entries[0].id) if entries else None
    opener = InlineQueryResultsButton(text=t._("Open the bot"), start_parameter=payload or "start")
    await query.answer(
        results,
        cache_time=CACHE_SECONDS,
        is_personal=True,
        next_offset=str(offset + PAGE) if more else None,
        button=opener,
    )
    if text:
        data.storage.record("inline", lang, bool(entries), entries[0].id if entries else None)
