"""What the bot says: answers, "don't know" replies and lists, as plain text or Telegram HTML.

Shared by the command line and the Telegram handlers, so both say exactly the same thing.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .facts import Statement
from .i18n import Translator
from .knowledge import Entry, Event, FactValue, KnowledgeBase, Text, event_tag
from .retention import ADMIN_LOG_DAYS, UNANSWERED_DAYS
from .search import Result
from .text import BRACKETS, has_cyrillic, words

# Items per message when a list is longer: Telegram takes at most 100 buttons per message,
# and a page of this size stays easy to read on a phone.
PAGE_SIZE = 20


@dataclass(frozen=True)
class Button:
    """A button that opens a knowledge entry, or does what its ``data`` says."""

    label: str
    entry_id: str
    data: str | None = None  # callback data, when the button does not open an entry
    event: str = ""  # the id of the entry's event


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
    """One line about an entry for lists: its name and what it is.

    A summary that only shortens the name ("Repräsentanz der HIK Russlands in Deutschland"
    beside "Repräsentanz der Handels- und Industriekammer Russlands in Deutschland (HIK)")
    adds nothing and is left out.
    """
    name = capitalized(entry.name.get(t.lang))
    if entry.date and entry.summary == entry.name:
        # "Erster Tag — 9. November 2020": a day is told by its date.
        return f"{name} — {t.date(entry.date, 'long')}"
    detail = entry.role or (entry.summary if entry.summary != entry.name else None)
    if detail and not entry.role and set(words(detail.get(t.lang))) <= set(words(name)):
        detail = None
    return f"{name} — {detail.get(t.lang)}" if detail else name


def capitalized(text: str) -> str:
    """A Russian text starting a line: "д-р Сергей Никитин" → "Д-р Сергей Никитин".

    Latin names keep their own case: "ctp.aero" is written so.
    """
    return text[:1].upper() + text[1:] if "а" <= text[:1] <= "я" else text


def buttons_for(entries: Iterable[Entry], t: Translator) -> tuple[Button, ...]:
    """A button per entry, labelled with its name."""
    return tuple(Button(e.name.get(t.lang), e.id, None, e.event) for e in entries)


def entry_reply(entry: Entry, kb: KnowledgeBase, t: Translator) -> Reply:
    """The reply that presents one knowledge entry, with buttons to related entries."""
    buttons = buttons_for([kb.by_id[r] for r in entry.related if r in kb.by_id], t)
    return Reply(entry_text(entry, kb, t), capitalized(entry.name.get(t.lang)), buttons)


def result_reply(result: Result, kb: KnowledgeBase, t: Translator) -> Reply:
    """The reply to a question: the answer, or a plain "don't know" with suggestions."""
    card = result.statements[0] if len(result.statements) == 1 else None
    if card and card.what == "card" and card.subject and result.answered:
        # One entry's whole answer: the same reply as asking for it directly.
        return entry_reply(card.subject, kb, t)
    if result.statements:
        return statements_reply(result, kb, t)
    if result.answered and result.best:
        return entry_reply(result.best.entry, kb, t)
    if result.reason == "empty":
        lead = t._("Please ask a question in words, for example: When is the event?")
    elif result.reason == "gap":
        lead = t._("I don't have that information.")
    else:
        lead = t._("Sorry, I don't know the answer to that.")
    lines = [lead]
    if result.suggestions:
        lines.append("")
        lines.append(t._("Here is what I can tell you about:"))
        lines.extend("• " + e.name.get(t.lang) for e in result.suggestions)
    buttons = buttons_for(result.suggestions, t)
    return Reply("\n".join(lines), None, buttons)


# --------------------------------------------------------------------------- computed answers


def statements_reply(result: Result, kb: KnowledgeBase, t: Translator) -> Reply:
    """An answer computed from the facts (see :mod:`bot.reasoning`), in the asker's language."""
    paragraphs: list[str] = []
    verdict = ""
    for statement in result.statements:
        if statement.what == "verdict":
            if statement.detail == "doubt":
                verdict = t._("That is right.") if statement.yes else t._("That is not right.")
            else:
                verdict = t._("Yes.") if statement.yes else t._("No.")
            continue
        text = capitalized(_statement_text(statement, kb, t))
        if verdict:
            # "Ja." before a list stands on a line of its own.
            gap = "\n" if text.startswith("• ") else " "
            text, verdict = f"{verdict}{gap}{text}", ""
        # Two facts of one entry each bring its first sentence as context: say it once; and
        # once only, the longer, when one part gives the first sentence and another the whole.
        for p in text.split("\n\n"):
            # "Unter den Teilnehmern waren Vertreter aus Samara. Alexej Ilmetow …" after
            # Ilmetov's own paragraph: what that said is not said again.
            p = next((p[: -len(q)].rstrip() for q in paragraphs if p.endswith(". " + q)), p)
            longer = next((i for i, q in enumerate(paragraphs) if p.startswith(q)), None)
            if longer is not None:
                paragraphs[longer] = p
            elif not any(q.startswith(p) for q in paragraphs):
                paragraphs.append(p)
    if verdict:
        paragraphs.append(verdict)
    shown = {s.subject.id for s in result.statements if s.subject}
    extra = [e for e in result.suggestions if e.id not in shown] or list(result.suggestions)
    return Reply("\n\n".join(paragraphs), None, buttons_for(extra[:3], t))


def _statement_text(s: Statement, kb: KnowledgeBase, t: Translator) -> str:
    name = s.subject.name.get(t.lang) if s.subject else ""
    if s.what == "smalltalk" and s.detail == "abilities" and kb.events:
        # "Was kannst du?", "Что ты умеешь?": what /start says.
        return welcome_reply(kb, t, ()).body
    if s.what == "smalltalk":
        return _smalltalk(s.detail, t)
    if s.what == "count":
        lines = [_count_line(s.detail, len(s.items), t)]
        lines.extend("• " + item_line(e, t) for e in s.items)
        return "\n".join(lines)
    if s.what == "items" and len(s.items) == 1:
        # One found: what is known of it, not a list line ("Wer sprach über die Strategie?").
        return s.items[0].answer.get(t.lang)
    if s.what == "items":
        return "\n".join("• " + item_line(e, t) for e in s.items)
    if s.what == "member":
        return first_sentence(s.subject.answer.get(t.lang)) if s.subject else ""
    if s.what == "not_named":
        names = t.join(s.names)
        if names:
            text = t.ngettext(
                "My sources do not name {names}.", "My sources name none of {names}.", len(s.names)
            ).format(names=names)
        elif s.detail == "company" and "germany" in kb.unnamed("company"):
            # The companies named are the Russian ones; German ones presented too.
            text = t._(
                "German companies presented besides the Russian ones, but my sources do not "
                "name them."
            )
        else:
            text = t._("My sources do not name them.")
        if s.detail == "company":
            n = len(kb.of_kind("company"))
            text += " " + t.ngettext(
                "It names {n} company as a participant.",
                "It names {n} companies as participants.",
                n,
            ).format(n=n)
        return text
    if s.what == "value" and s.detail == "day":
        return _day_line(s, kb, t)
    if s.what == "value" and s.items and s.subject:
        lead = f"{name} — {_predicate_label(s.detail, t)}:"
        lines = [lead, *("• " + item_line(e, t) for e in s.items)]
        # The subject's own first sentence gives the context (when, what for).
        return "\n".join(lines) + "\n\n" + first_sentence(s.subject.answer.get(t.lang))
    if s.what == "value":
        values = ", ".join(_value_text(v, t) for v in s.values)
        return f"{name} — {_predicate_label(s.detail, t)}: {values}"
    if s.what == "no_value" and s.detail == "day" and s.subject and s.subject.kind != "speaker":
        # "Когда заработает IndustryStock?": no day of a talk, no date at all.
        return t._("{name}: my sources do not say when.").format(name=name)
    if s.what == "no_value" and s.detail == "day":
        return t._("{name}: my sources do not say on which day.").format(name=name)
    if s.what == "no_value":
        label = _predicate_label(s.detail, t)
        return t._("My sources do not say this ({what}).").format(what=label)
    if s.what == "weekday" and s.subject and s.subject.date:
        return t._("{name}: {date} was a {weekday}.").format(
            name=name, date=t.date(s.subject.date), weekday=t.date(s.subject.date, "EEEE")
        )
    if s.what == "position" and s.detail == "first":
        return t._("First in the list: {name}.").format(name=name)
    if s.what == "position":
        return t._("Last in the list: {name}.").format(name=name)
    if s.what == "spelling" and s.subject:
        return _spelling_line(s.subject, t)
    if s.what == "kind_of":
        kind = _class_label(s.detail, t)
        return t._("{name} is listed as a {kind}.").format(name=name, kind=kind)
    if s.what == "unstated" and s.detail == "alone":
        return t._("My sources do not say that.")
    if s.what == "unstated":
        return t._("My sources do not say that. What they say:")
    if s.what == "who_meant":
        return t._("Whom do you mean? Please name the person: I answer each question on its own.")
    if s.what == "unlinked" and s.subject and s.subject.kind == "day":
        return t._("My sources do not say on which day each of them took part.")
    if s.what == "unlinked" and s.detail == "speaker":
        return t._("My sources name no speaker linked to {name}.").format(name=name)
    if s.what == "unlinked":
        return t._("My sources do not say which of them are linked to {name}.").format(name=name)
    if s.what == "gap" and s.gap:
        label = s.gap.label.get(t.lang, "")
        lead = t._("I don't have that information.")
        text = f"{lead} ({label})"
        if s.subject:
            known = s.subject.role or (
                s.subject.summary if s.subject.summary != s.subject.name else None
            )
            about = known.get(t.lang) if known else first_sentence(s.subject.answer.get(t.lang))
            # Without its bracket: "ПрогрессТлт (ProgressTlt, Тольятти) — одна из …" names it.
            if 0 <= about.casefold().find(_unbracketed(name).casefold()) <= len("der "):
                # "HUDWAY — одна из 16 …": a sentence that names its subject says it once.
                text += " " + t._("What is known: {about}").format(about=about)
            else:
                text += " " + t._("What is known: {name} — {about}").format(name=name, about=about)
        return text
    if s.subject:
        text = entry_text(s.subject, kb, t)
        # A text that names its subject at once needs no heading of the name, also with
        # more in its bracket ("Бакулин Моторс Групп (Волгабас; Bakulin Motors Group) — …").
        opening = first_sentence(text).casefold()
        if any(n.split()[-1].casefold() in opening for n in {name, _unbracketed(name)}):
            return text
        return f"{capitalized(name)}: {text}"
    return ""


def _unbracketed(name: str) -> str:
    """The name without its bracket: "ПрогрессТлт (ProgressTlt, Тольятти)" → "ПрогрессТлт"."""
    return name.split(" (")[0]


def _smalltalk(kind: str, t: Translator) -> str:
    if kind == "thanks":
        return t._("You're welcome! Ask me anything else about the event.")
    if kind == "bye":
        return t._("Goodbye! I'm here whenever you have a question about the event.")
    if kind == "how_are_you":
        return t._("Thank you, I'm fine! What would you like to know about the event?")
    return t._("Hello! Ask me anything about the event, in German or Russian.")


def _count_line(cls: str, n: int, t: Translator) -> str:
    if cls == "speaker":
        return t.ngettext("{n} speaker:", "{n} speakers:", n).format(n=n)
    if cls == "company":
        return t.ngettext("{n} company:", "{n} companies:", n).format(n=n)
    if cls == "organizer":
        return t.ngettext("{n} organizer:", "{n} organizers:", n).format(n=n)
    if cls == "platform":
        return t.ngettext("{n} platform:", "{n} platforms:", n).format(n=n)
    if cls == "day":
        return t.ngettext("{n} day:", "{n} days:", n).format(n=n)
    if cls == "city":
        return t.ngettext("{n} city is named:", "{n} cities are named:", n).format(n=n)
    if cls in ("region", "oblast"):
        return t.ngettext("{n} region is named:", "{n} regions are named:", n).format(n=n)
    if cls == "republic":
        return t.ngettext("{n} republic is named:", "{n} republics are named:", n).format(n=n)
    if cls == "place":
        return t.ngettext(
            "{n} place is named (cities, regions and republics):",
            "{n} places are named (cities, regions and republics):",
            n,
        ).format(n=n)
    return str(n)


def _day_line(s: Statement, kb: KnowledgeBase, t: Translator) -> str:
    name = s.subject.name.get(t.lang) if s.subject else ""
    number = next((v for v in s.values if isinstance(v, int)), 0)
    day = next((e for e in kb.of_kind("day") if e.day == number), None)
    when = t.date(day.date, "long") if day and day.date else ""
    ordinals = (
        t._("on the first day"), t._("on the second day"), t._("on the third day"),
        t._("on the fourth day"), t._("on the fifth day"),
    )  # fmt: skip
    on = ordinals[number - 1] if 0 < number <= len(ordinals) else t._("on day {n}")
    return t._("{name} spoke {on} ({date}).").format(name=name, on=on.format(n=number), date=when)


def _class_label(cls: str, t: Translator) -> str:
    labels = {
        "speaker": t._("speaker"),
        "company": t._("company"),
        "organizer": t._("organizer"),
        "platform": t._("platform"),
        "city": t._("city"),
        "region": t._("region"),
        "republic": t._("republic"),
        "fair": t._("trade fair"),
    }
    return labels.get(cls, cls)


def _predicate_label(predicate: str, t: Translator) -> str:
    labels = {
        "organization": t._("organization"),
        "heads": t._("head"),
        "initiator": t._("initiated by"),
        "supporter": t._("supported by"),
        "presented": t._("presented"),
        "invited_to": t._("invitation"),
        "invited_by": t._("invited by"),
        "region": t._("region"),
        "partner": t._("partner"),
        "place": t._("place"),
        "seat": t._("country"),
        "edition": t._("edition"),
        "times": t._("times held"),
        "degree": t._("academic title"),
        "date": t._("date"),
        "year": t._("year"),
        "month": t._("month"),
        "format": t._("format"),
        "days": t._("duration"),
        "origin": t._("origin"),
        "place_kind": t._("kind of place"),
        "opened_by": t._("opened by"),
        "breakdown": t._("how many from where"),
        "people": t._("who represented the company"),
        "sector": t._("for whom"),
    }
    return labels.get(predicate, predicate)


def _value_text(value: FactValue, t: Translator) -> str:
    if isinstance(value, Text):
        return value.get(t.lang)
    # Values the facts name by a symbol ("origin: russia") are said in words; a place's
    # kind by its class's name.
    symbols = {
        "germany": t._("Germany"),
        "russia": t._("Russia"),
        "saxony": t._("Saxony"),
        "virtual": t._("virtual"),
    }
    return symbols.get(str(value)) or _class_label(str(value), t)


_SENTENCE_END = re.compile(r"(?<=\w{3}[.!?])\s")


def _spelling_line(entry: Entry, t: Translator) -> str:
    """How a name is written in German and in Russian, and its other Latin spellings."""
    de, ru = entry.name.de, entry.name.ru
    text = t._("{name}: in German “{de}”, in Russian “{ru}”.").format(
        name=entry.name.get(t.lang), de=de, ru=ru
    )
    # Other spellings of the name, not other names for it ("Vize-Minister") nor its
    # inflected forms ("Samaraer" beside "Samara").
    heads = {w[:4] for w in words(BRACKETS.sub(" ", de)) if len(w) >= 4}
    forms = {w for alias in (de, *entry.aliases) for w in words(alias)}
    others = [
        alias
        for alias in entry.aliases
        if alias != de
        and not has_cyrillic(alias)
        and any(w[:4] in heads for w in words(alias) if len(w) >= 4)
        and not (
            len(ws := words(alias)) == 1
            and any(ws[0].startswith(f) and 0 < len(ws[0]) - len(f) <= 2 for f in forms)
        )
    ]
    if others:
        text += " " + t._("Also written: {spellings}.").format(spellings=", ".join(others))
    return text


def first_sentence(text: str) -> str:
    """The first sentence of a text; an abbreviation ("St. Petersburg") does not end one."""
    return _SENTENCE_END.split(text, maxsplit=1)[0]


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
    tag = event_tag(entries[0].event)
    nav = []
    if page > 0:
        nav.append(Button(f"◀ {page}/{pages}", "", f"p:{t.lang}:{tag}:{kind}:{page - 1}"))
    if page < pages - 1:
        nav.append(Button(f"{page + 2}/{pages} ▶", "", f"p:{t.lang}:{tag}:{kind}:{page + 1}"))
    return entries[page * PAGE_SIZE : (page + 1) * PAGE_SIZE], tuple(nav)


def list_reply(kb: KnowledgeBase, kind: str, t: Translator, page: int = 0) -> Reply:
    """All entries of one kind: the knowledge base's list entry for it, or a plain list.

    Long lists come a page at a time, with buttons to turn the pages.
    """
    entries = kb.of_kind(kind)
    shown, nav = _page(entries, kind, t, page)
    entry = kb.list_of(kind)
    if entry is not None:
        if nav:
            lines = [entry.answer.get(t.lang), *("• " + item_line(e, t) for e in shown)]
            body = "\n".join(lines)
        else:
            body = entry_text(entry, kb, t)
        return Reply(body, entry.name.get(t.lang), buttons_for(shown, t) + nav)
    body = "\n".join("• " + item_line(e, t) for e in shown)
    buttons = buttons_for(shown, t) + nav
    return Reply(body or t._("Nothing is known about that yet."), None, buttons)


def page_reply(kb: KnowledgeBase, kind: str, t: Translator, page: int) -> Reply:
    """One page of the list a page button belongs to."""
    return list_reply(kb, kind, t, page)


def event_reply(kb: KnowledgeBase, t: Translator) -> Reply:
    """The event in short: its ``event`` entry, else its name and dates."""
    entries = kb.of_kind("event")
    if entries:
        return entry_reply(entries[0], kb, t)
    event = kb.events[0]
    dates = t.date_range(event.start, event.end)
    return Reply(dates, event.name.get(t.lang))


def events_reply(choices: list[tuple[tuple[str, str], str]], current: str, t: Translator) -> Reply:
    """Every event (name and dates, with its tag), with a button each to switch to it."""
    lines = [t._("I know these events; I answer about the one marked ✓:")]
    buttons = []
    for (name, dates), tag in choices:
        mark = "✓ " if tag == current else ""
        lines.append(f"• {mark}{name} ({dates})")
        buttons.append(Button(f"{mark}{name}", "", f"v:{tag}"))
    return Reply("\n".join(lines), None, tuple(buttons))


def from_event_reply(reply: Reply, event: Event, t: Translator) -> Reply:
    """A reply from another event than the user's, saying which event it is from."""
    note = t._("From the event “{name}”:").format(name=event.name.get(t.lang))
    body = f"{reply.title}\n\n{reply.body}" if reply.title else reply.body
    return Reply(body, note, reply.buttons)


def programme_reply(kb: KnowledgeBase, t: Translator) -> Reply:
    """The programme by day, with dates written the way the reader's language writes them."""
    days = sorted((e for e in kb.of_kind("day") if e.day), key=lambda e: e.day or 0)
    speakers = kb.of_kind("speaker")
    parts = []
    for day in days:
        heading = t.date(day.date, "full") if day.date else day.name.get(t.lang)
        lines = [f"{capitalized(heading)} — {day.name.get(t.lang)}"]
        on_day = [s for s in speakers if s.day == day.day]
        if on_day:
            lines.extend("• " + item_line(s, t) for s in on_day)
            # What the knowledge says beyond the speakers ("what followed is not known").
            lines.extend(_value_text(v, t) for v in day.fact("note"))
        else:
            lines.append(day.answer.get(t.lang))
        parts.append("\n".join(lines))
    undated = [s for s in speakers if not s.day]
    if undated:
        lines = [t._("Also spoke (the day is not given):")]
        lines.extend("• " + item_line(s, t) for s in undated)
        parts.append("\n".join(lines))
    for entry in kb.of_kind("activity"):
        parts.append(f"{entry.name.get(t.lang)}: {entry.answer.get(t.lang)}")
    title = t._("Programme")
    buttons = buttons_for(days, t)
    return Reply("\n\n".join(parts) or t._("Nothing is known about that yet."), title, buttons)


def welcome_reply(kb: KnowledgeBase, t: Translator, topics: tuple[Entry, ...]) -> Reply:
    """The /start message: the event, what the bot knows about it, and topic buttons.

    The event's own ``welcome`` text, when the knowledge gives one, says what it covers.
    """
    event = kb.events[0]
    lines = [
        t._("Hello! I answer questions about the event “{name}” ({dates}).").format(
            name=event.name.get(t.lang), dates=t.date_range(event.start, event.end)
        )
    ]
    if event.welcome:
        lines.append(event.welcome.get(t.lang))
    n = len(kb.entries)
    lines.append(
        t.ngettext("I know {n} topic about it.", "I know {n} topics about it.", n).format(n=n)
    )
    lines.append(t._("Ask me in German or Russian, or pick a topic below. /help lists commands."))
    buttons = buttons_for(topics, t)
    return Reply("\n\n".join(lines), None, buttons)


def help_reply(t: Translator, username: str, commands: Iterable[tuple[str, str]]) -> Reply:
    """The /help message: how to ask, then every command with its description."""
    lines = [
        t._("Just write your question, in German or Russian — I answer in the same language."),
        "",
        *(f"/{name} — {description}" for name, description in commands),
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
        "• "
        + t._(
            "Your 👍 and 👎 on answers: the topic, the language and the time, without your "
            "user id; for 👎 also your question, so that the organizers can fix the answer, "
            "kept for {days} days."
        ).format(days=UNANSWERED_DAYS),
        "• "
        + t._(
            "Your /lang choice and the event you chose with /event, with your user id, until "
            "you delete them with /forget."
        ),
        "• "
        + t._(
            "Organizers' actions (reloads, uploads, rollbacks) with their user id, kept for "
            "{days} days. When someone else tries an organizer command, only the number "
            "of attempts is kept."
        ).format(days=ADMIN_LOG_DAYS),
        "• "
        + t._(
            "Questions the organizers taught the bot or marked as out of scope: their words, "
            "without user id, kept for {days} days."
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
