"""Questions in free text: in a private chat, or in a group when the bot is addressed.

The engine answers, :mod:`bot.replies` words the answer, and this module sends it, from the
user's current event (or the event the question is clearly about).
"""

from __future__ import annotations

from telegram import Message, MessageEntity, Update

from . import feedback, marks
from .chat import Context, send, ui
from .replies import from_event_reply, result_reply
from .text import is_foreign

# Someone writing in a third language reads neither catalog best: say it in both.
FOREIGN_REPLY = (
    "Ich verstehe Fragen auf Deutsch und Russisch. / Я понимаю вопросы на немецком и русском."
)


async def answer_question(message: Message, text: str, context: Context, *, quote: bool) -> None:
    """Answer a free-text question in the language it was asked in."""
    data = context.bot_data
    if is_foreign(text):
        await message.reply_text(FOREIGN_REPLY, do_quote=quote)
        return
    knowledge = data.knowledge
    current = data.event_for(knowledge, message.from_user)
    answering, result = knowledge.ask(text, current, preferred=data.ui_lang(message.from_user))
    result = marks.amend(data, answering.engine, text, result)
    best = result.best
    # On disk before the answer goes out, so a crash cannot lose an answered question. The
    # text is kept for organizers when any part of it was not known.
    known = result.answered and not result.partly_unknown
    data.storage.record(
        "question",
        result.lang,
        result.answered,
        best.entry.id if best else None,
        text=None if known else text,
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
    me = f"@{context.bot.username.lower()}"
    text = message.text
    mentioned = False
    for value in message.parse_entities([MessageEntity.MENTION]).values():
        if value.lower() == me:
            mentioned = True
            text = text.replace(value, " ")
    question = message.reply_to_message
    replied = bool(question and question.from_user and question.from_user.id == context.bot.id)
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
    if message := update.effective_message:
        t = ui(update, context)
        await message.reply_text(t._("I can only read text. Please type your question."))
