"""What the bot says: answers, "don't know" replies and lists, as plain text or Telegram HTML.

Shared by the command line and the Telegram handlers, so both say exactly the same thing.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from .i18n import Translator
from .knowledge import Entry, KnowledgeBase
from .search import Result


@dataclass(frozen=True)
class Button:
    """A button that opens a knowledge entry."""

    label: str
    entry_id: str


@dataclass(frozen=True)
class Reply:
    """A message: an optional bold title, a body and buttons to related entries."""

    body: str
    title: str | None = None
    buttons: tuple[Button, ...] = field(default=())

    def plain(self) -> str:
        """The message as the user reads it."""
        return f"{self.title}\n\n{self.body}" if self.title else self.body

    def html(self) -> str:
        """The message in Telegram's HTML, everything escaped."""
        body = html.escape(self.body, quote=False)
        if self.title:
            return f"<b>{html.escape(self.title, quote=False)}</b>\n\n{body}"
        return body


def entry_text(entry: Entry, kb: KnowledgeBase, t: Translator) -> str:
    """The full answer of an entry; list entries list what they stand for."""
    text = entry.answer.get(t.lang)
    if entry.kind != "list" or not entry.list_of:
        return text
    lines = [text]
    for item in kb.of_kind(entry.list_of):
        lines.append("• " + item_line(item, t))
    return "\n".join(lines)


def item_line(entry: Entry, t: Translator) -> str:
    """One line about an entry for lists: its name and what it is."""
    name = entry.name.get(t.lang)
    detail = entry.role or (entry.summary if entry.summary != entry.name else None)
    return f"{name} — {detail.get(t.lang)}" if detail else name


def entry_reply(entry: Entry, kb: KnowledgeBase, t: Translator) -> Reply:
    """The reply that presents one knowledge entry, with buttons to related entries."""
    buttons = tuple(
        Button(kb.by_id[r].name.get(t.lang), r) for r in entry.related if r in kb.by_id
    )
    return Reply(entry_text(entry, kb, t), entry.name.get(t.lang), buttons)


def result_reply(result: Result, kb: KnowledgeBase, t: Translator) -> Reply:
    """The reply to a question: the answer, or a plain "don't know" with suggestions."""
    if result.answered and result.best:
        return entry_reply(result.best.entry, kb, t)
    if result.reason == "empty":
        lead = t._("Please ask a question in words, for example: When was the mission?")
    elif result.reason == "gap":
        lead = t._("I don't have that information: the mission's press release does not say it.")
    else:
        lead = t._("Sorry, I don't know the answer to that.")
    lines = [lead]
    if result.suggestions:
        lines.append("")
        lines.append(t._("Here is what I can tell you about:"))
        lines.extend("• " + e.name.get(t.lang) for e in result.suggestions)
    buttons = tuple(Button(e.name.get(t.lang), e.id) for e in result.suggestions)
    return Reply("\n".join(lines), None, buttons)
