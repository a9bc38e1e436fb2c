"""Several events side by side: one answer engine per event, and which event a user is in.

Every knowledge file is one event. :class:`Knowledge` holds what the bot answers from at one
time: the whole knowledge base, and per event its own knowledge base (the event's entries and
the shared vocabulary) with an engine over it. It is built once and never changes; a reload
builds a new one, and a handler reads the reference once per update, so an answer never
mixes two versions.

Buttons and deep links name an entry by its event's *tag* (three characters derived from the
event id, stable across reloads) and its id, which is unique within the event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .knowledge import TAG_CHARS, Entry, Event, KnowledgeBase, Text, event_tag
from .search import DEFAULT_THRESHOLD, Engine, Result
from .text import Lang

MAX_PAYLOAD = 64  # Telegram's limit for a /start parameter


def start_payload(event_id: str, entry_id: str) -> str | None:
    """The ``/start`` parameter of a link that opens an entry, or None when it is too long.

    Telegram allows ``A-Za-z0-9_-``; ids may also hold ``.``, so ``_`` is written ``_u``
    and ``.`` is written ``_d``.
    """
    payload = event_tag(event_id) + entry_id.replace("_", "_u").replace(".", "_d")
    return payload if len(payload) <= MAX_PAYLOAD else None


def parse_payload(payload: str) -> tuple[str, str] | None:
    """The event tag and entry id a ``/start`` parameter stands for (see :func:`start_payload`)."""
    tag, rest = payload[:TAG_CHARS], payload[TAG_CHARS:]
    if len(tag) < TAG_CHARS or not rest:
        return None
    out: list[str] = []
    escaped = False
    for ch in rest:
        if escaped:
            if ch not in "ud":
                return None
            out.append("_" if ch == "u" else ".")
            escaped = False
        elif ch == "_":
            escaped = True
        else:
            out.append(ch)
    return None if escaped else (tag, "".join(out))


@dataclass(frozen=True)
class EventKnowledge:
    """One event: its knowledge base and the engine that answers from it."""

    event: Event
    tag: str
    kb: KnowledgeBase
    engine: Engine

    @property
    def name(self) -> Text:
        return self.event.name

    def list_commands(self) -> dict[str, Entry]:
        """The list entries that declare a command, by command."""
        return {e.command: e for e in self.kb.of_kind("list") if e.command}


class Knowledge:
    """Every event the bot knows, each with its engine; immutable once built."""

    def __init__(
        self,
        kb: KnowledgeBase,
        threshold: float = DEFAULT_THRESHOLD,
        cache: int = 4096,
    ) -> None:
        """Split ``kb`` by event and build an engine for each."""
        self.kb = kb
        self.threshold = threshold
        self.cache_size = cache
        self.events = tuple(
            EventKnowledge(
                part.events[0], event_tag(event_id), part, Engine(part, threshold, cache)
            )
            for event_id, part in kb.split().items()
        )
        self._by_id = {k.event.id: k for k in self.events}
        self._by_tag = {k.tag: k for k in self.events}
        self.digests = kb.fingerprint()

    def __len__(self) -> int:
        return len(self.events)

    def get(self, event_id: str | None) -> EventKnowledge | None:
        return self._by_id.get(event_id) if event_id else None

    def by_tag(self, tag: str) -> EventKnowledge | None:
        return self._by_tag.get(tag)

    def default(self, today: dt.date | None = None) -> EventKnowledge:
        """The event running today, else the next one, else the one that ended last."""
        today = today or dt.date.today()
        coming = [k for k in self.events if k.event.end >= today]
        if coming:
            return min(coming, key=lambda k: (k.event.start, k.event.end))
        return max(self.events, key=lambda k: (k.event.end, k.event.start))

    def current(self, chosen: str | None, today: dt.date | None = None) -> EventKnowledge:
        """The event a user chose with /event if it is still there, else :meth:`default`."""
        return self.get(chosen) or self.default(today)

    @property
    def engine(self) -> Engine:
        """The engine of the default event (the only one when one event is loaded)."""
        return self.default().engine

    def ask(
        self, question: str, current: EventKnowledge, preferred: Lang | None = None
    ) -> tuple[EventKnowledge, Result]:
        """Answer from the user's event; what only another event can answer, from that one.

        A question the current event cannot answer ("Wer ist Anna Berg?" when she speaks at
        another event) is put to the other events, and the first that answers it does.
        """
        result = current.engine.ask(question, preferred=preferred)
        if result.answered or result.reason in ("smalltalk", "empty"):
            return current, result
        for other in self.events:
            if other is current:
                continue
            found = other.engine.ask(question, preferred=preferred)
            if found.answered:
                return other, found
        return current, result

    def looked_up(self) -> dict[str, list[str]]:
        """The words each event's engine looked up lately, by event id (see Engine)."""
        return {k.event.id: k.engine.looked_up() for k in self.events}

    def look_up(self, words: dict[str, list[str]]) -> None:
        """Look up what the engines of the same events looked up in the knowledge replaced."""
        for k in self.events:
            k.engine.look_up(words.get(k.event.id, ()))

    def commands(self) -> dict[str, Text]:
        """Every list command of every event with its description, the default event's first."""
        found: dict[str, Text] = {}
        default = self.default()
        for k in (default, *(k for k in self.events if k is not default)):
            for command, entry in k.list_commands().items():
                if entry.description:
                    found.setdefault(command, entry.description)
        return found
