"""What the bot says: answers, "don't know" replies and lists, as plain text or Telegram HTML.

Shared by the command line and the Telegram handlers, so both say exactly the same thing.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .i18n import Translator
from .knowledge import Entry, KnowledgeBase
from .search import Result
from .storage import ADMIN_LOG_DAYS, UNANSWERED_DAYS

# Items per message when a list is longer: Telegram takes at most 100 buttons per message,
# and a page of this size stays easy to read on a phone.
PAGE_SIZE = 20


@dataclass(frozen=True)
class Button:
    """A button that opens a knowledge entry, or does what its ``data`` says."""

    label: str
    entry_id: str
    data: str | None = None  # callback data, when the button does not open an entry


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


def buttons_for(entries: Iterable[Entry], t: Translator) -> tuple[Button, ...]:
    """A button per entry, labelled with its name."""
    return tuple(Button(e.name.get(t.lang), e.id) for e in entries)


def entry_reply(entry: Entry, kb: KnowledgeBase, t: Translator) -> Reply:
    """The reply that presents one knowledge entry, with buttons to related entries."""
    buttons = buttons_for([kb.by_id[r] for r in entry.related if r in kb.by_id], t)
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
    buttons = buttons_for(result.suggestions, t)
    return Reply("\n".join(lines), None, buttons)


# --------------------------------------------------------------------------- commands


def _page(
    entries: list[Entry], kind: str, t: Translator, page: int
) -> tuple[list[Entry], tuple[Button, ...]]:
    """The entries of one page of a list, and buttons to the pages before and after it.

    A list of up to ``PAGE_SIZE`` entries is one page without such buttons.
    """
    if len(entries) <= PAGE_SIZE:
        return entries, ()
    pages = (len(entries) + PAGE_SIZE - 1) // PAGE_SIZE
    page = min(max(page, 0), pages - 1)
    nav = []
    if page > 0:
        nav.append(Button(f"◀ {page}/{pages}", "", f"p:{t.lang}:{kind}:{page - 1}"))
    if page < pages - 1:
        nav.append(Button(f"{page + 2}/{pages} ▶", "", f"p:{t.lang}:{kind}:{page + 1}"))
    return entries[page * PAGE_SIZE : (page + 1) * PAGE_SIZE], tuple(nav)


def list_reply(kb: KnowledgeBase, kind: str, t: Translator, page: int = 0) -> Reply:
    """All entries of one kind: the knowledge base's list entry for it, or a plain list.

    Long lists come a page at a time, with buttons to turn the pages.
    """
    entries = kb.of_kind(kind)
    shown, nav = _page(entries, kind, t, page)
    for entry in kb.of_kind("list"):
        if entry.list_of == kind:
            if nav:
                lines = [entry.answer.get(t.lang), *("• " + item_line(e, t) for e in shown)]
                body = "\n".join(lines)
            else:
                body = entry_text(entry, kb, t)
            return Reply(body, entry.name.get(t.lang), buttons_for(shown, t) + nav)
    body = "\n".join("• " + item_line(e, t) for e in shown)
    buttons = buttons_for(shown, t) + nav
    return Reply(body or t._("Nothing is known about that yet."), None, buttons)


def companies_reply(kb: KnowledgeBase, t: Translator, page: int = 0) -> Reply:
    """The participating companies with their number, in correct plural forms."""
    companies = kb.of_kind("company")
    n = len(companies)
    title = t.ngettext(
        "{n} company from Russia took part", "{n} companies from Russia took part", n
    ).format(n=n)
    shown, nav = _page(companies, "company", t, page)
    body = "\n".join("• " + item_line(e, t) for e in shown)
    buttons = buttons_for(shown, t) + nav
    return Reply(body or t._("Nothing is known about that yet."), title, buttons)


def page_reply(kb: KnowledgeBase, kind: str, t: Translator, page: int) -> Reply:
    """One page of the list a page button belongs to."""
    if kind == "company":
        return companies_reply(kb, t, page)
    return list_reply(kb, kind, t, page)


def programme_reply(kb: KnowledgeBase, t: Translator) -> Reply:
    """The programme by day, with dates written the way the reader's language writes them."""
    days = sorted((e for e in kb.of_kind("day") if e.day), key=lambda e: e.day or 0)
    speakers = kb.of_kind("speaker")
    parts = []
    for day in days:
        heading = t.date(day.date, "full") if day.date else day.name.get(t.lang)
        lines = [f"{heading} — {day.name.get(t.lang)}"]
        on_day = [s for s in speakers if s.day == day.day]
        if on_day:
            lines.extend("• " + item_line(s, t) for s in on_day)
        else:
            lines.append(day.answer.get(t.lang))
        parts.append("\n".join(lines))
    for entry in kb.of_kind("activity"):
        parts.append(f"{entry.name.get(t.lang)}: {entry.answer.get(t.lang)}")
    title = t._("Programme")
    buttons = buttons_for(days, t)
    return Reply("\n\n".join(parts) or t._("Nothing is known about that yet."), title, buttons)


def welcome_reply(kb: KnowledgeBase, t: Translator, topics: tuple[Entry, ...]) -> Reply:
    """The /start message: who the bot is, what it knows, and topic buttons."""
    lines = []
    for event in kb.events:
        lines.append(
            t._("Hello! I answer questions about the event “{name}” ({dates}).").format(
                name=event.name.get(t.lang), dates=t.date_range(event.start, event.end)
            )
        )
    n = len(kb.entries)
    lines.append(
        t.ngettext(
            "I know {n} topic: the programme, speakers, companies, organizers and platforms.",
            "I know {n} topics: the programme, speakers, companies, organizers and platforms.",
            n,
        ).format(n=n)
    )
    lines.append(t._("Ask me in German or Russian, or pick a topic below. /help lists commands."))
    buttons = buttons_for(topics, t)
    return Reply("\n\n".join(lines), None, buttons)


def help_reply(t: Translator, username: str) -> Reply:
    """The /help message."""
    lines = [
        t._("Just write your question, in German or Russian — I answer in the same language."),
        "",
        "/event — " + t._("About the mission"),
        "/program — " + t._("Programme by day"),
        "/speakers — " + t._("Speakers"),
        "/companies — " + t._("Companies from Russia"),
        "/organizers — " + t._("Organizers"),
        "/platforms — " + t._("IndustryStock and Deep Tech Hub"),
        "/search — " + t._("Search the knowledge base"),
        "/lang — " + t._("Language: German or Russian"),
        "/privacy — " + t._("What is stored and how to delete it"),
        "",
        t._("In any chat, type @{username} and a question to share an answer.").format(
            username=username
        ),
    ]
    return Reply("\n".join(lines), t._("How to use this bot"))


def privacy_reply(t: Translator) -> Reply:
    """The /privacy message: what the bot stores, for how long, and how to delete it."""
    lines = [
        "• "
        + t._(
            "Questions I could not answer: the text, its language and the time, without "
            "your user id or name, so that the organizers can improve the answers. Kept "
            "for {days} days."
        ).format(days=UNANSWERED_DAYS),
        "• "
        + t._(
            "Counts of questions, button presses and inline queries per language and topic, "
            "without text and without user id."
        ),
        "• " + t._("Your /lang choice, with your user id, until you delete it with /forget."),
        "• "
        + t._(
            "Organizers' actions (reloads, uploads, rollbacks) with their user id, kept for "
            "{days} days. When someone else tries an organizer command, only the number "
            "of attempts is kept."
        ).format(days=ADMIN_LOG_DAYS),
        "• "
        + t._("Telegram's update numbers, so that no message is answered twice; about a day."),
        "",
        t._("Nothing is passed on. /forget deletes everything stored with your user id."),
    ]
    return Reply("\n".join(lines), t._("What this bot stores"))


# --------------------------------------------------------------------------- Telegram form

MAX_MESSAGE = 4096


@lru_cache(maxsize=1024)
def html_chunks(reply: Reply, limit: int = MAX_MESSAGE) -> tuple[str, ...]:
    """The reply as Telegram HTML messages of at most ``limit`` characters each.

    Cached: replies are immutable, and the same answers go out again and again.

    Splits at line boundaries (a line longer than a message is cut where it must be), and
    never inside an escape sequence or a tag, so every chunk is valid on its own.
    """
    pieces: list[str] = []
    if reply.title:
        pieces.append(f"<b>{html.escape(reply.title[: limit // 4], quote=False)}</b>")
        pieces.append("")
    # Cut over-long lines short enough to share a message with the title.
    room = limit - sum(len(p) + 1 for p in pieces)
    for line in reply.body.split("\n"):
        escaped = html.escape(line, quote=False)
        while len(escaped) > room:
            cut = _cut(line, room)
            pieces.append(html.escape(line[:cut], quote=False))
            line = line[cut:]
            escaped = html.escape(line, quote=False)
        pieces.append(escaped)
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for piece in pieces:
        extra = len(piece) + (1 if current else 0)
        if current and size + extra > limit:
            chunks.append("\n".join(current).strip("\n"))
            current, size = [], 0
            extra = len(piece)
        current.append(piece)
        size += extra
    if current:
        chunks.append("\n".join(current).strip("\n"))
    return tuple(c for c in chunks if c.strip())


def _cut(line: str, limit: int) -> int:
    """How many characters of ``line`` fit ``limit`` once escaped, preferring a space."""
    size = 0
    for i, ch in enumerate(line):
        size += len(html.escape(ch, quote=False))
        if size > limit:
            space = line.rfind(" ", 0, i)
            return space + 1 if space > i // 2 else i
    return len(line)
