"""The facts of a knowledge base and what is said from them: the model answers are made of.

Pure Python, no Telegram. :class:`Facts` holds the relations between entries, both ways;
a :class:`Conclusion` is what the facts say about a question, as :class:`Statement` s (what
to say, not yet in words: :mod:`bot.replies` words them in the asker's language). The kinds
of question are answered in :mod:`bot.reasoning` and, for yes/no and claims, in
:mod:`bot.claims`; the helpers here are shared by both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import Literal

from .analysis import Analysis
from .knowledge import RELATIONS, Entry, FactValue, KnowledgeBase, Text
from .text import common_prefix, match_key, words
from .vocabulary import Gap

# Which entries a class word stands for: a kind, and a fact value where one is needed.
CLASS_KINDS: dict[str, tuple[str, str | None]] = {
    "speaker": ("speaker", None),
    "company": ("company", None),
    "organizer": ("organizer", None),
    "platform": ("platform", None),
    "day": ("day", None),
    "city": ("place", "city"),
    "region": ("place", "region"),
    "oblast": ("place", "region"),  # "области": the regions without the republics
    "republic": ("place", "republic"),
    "fair": ("fair", None),
}


# The class words that name places ("Städte", "Regionen", "области", "республики").
PLACE_CLASSES = frozenset(c for c, (kind, _) in CLASS_KINDS.items() if kind == "place")


def class_kind(cls: str) -> str:
    """The kind of entry a class word stands for ("city" → "place")."""
    return CLASS_KINDS.get(cls, (cls, None))[0]


# Facts whose absence is worth saying: asked about an entry that lacks them, the answer is
# "not known", not the entry's card.
TELLING = frozenset({"heads", "initiator", "supporter", "place", "edition", "presented", "degree"})


# Relations with one value per entry: the one named rules the others out.
SINGLE_VALUED = frozenset({"organization", "region", "heads"})


MEMBER_KINDS = frozenset({"company", "place", "speaker", "organizer"})


@dataclass(frozen=True)
class Statement:
    """One thing to say. ``what`` tells how :mod:`bot.replies` words it.

    - ``smalltalk``: a friendly reply (``detail`` is greeting, thanks, bye...).
    - ``count``: ``len(items)`` things of class ``detail``, then the list.
    - ``items``: the list ``items`` of class ``detail`` (a filtered list).
    - ``member``: ``subject`` is among the participants / was there.
    - ``not_named``: the release does not name ``names`` (class ``detail`` if known).
    - ``value``: ``subject``'s fact ``detail`` is ``items`` / ``values``.
    - ``no_value``: ``subject``'s fact ``detail`` is not given.
    - ``unlinked``: which of class ``detail`` belong to ``subject`` is not given.
    - ``gap``: nothing is known of ``gap``; what is known of ``subject`` follows.
    - ``verdict``: yes (``yes``) or no, before the facts that show it.
    - ``card``: the whole answer of ``subject``.
    - ``unstated``: what the question asks is not said; the statements after it say what is.
    - ``kind_of``: ``subject`` is listed as a ``detail`` (a class: city, company…).
    - ``who_meant``: "er", "он" point to someone not named; the ``items`` are who could be.
    - ``weekday``: the day of the week of the day ``subject``.
    - ``spelling``: how ``subject``'s name is written in each language, and other spellings.
    - ``position``: ``subject`` stands first (``detail`` "first") or last in its list.
    """

    what: Literal[
        "smalltalk", "count", "items", "member", "not_named", "value", "no_value", "gap",
        "verdict", "card", "unlinked", "unstated", "kind_of", "who_meant", "weekday",
        "spelling", "position",
    ]  # fmt: skip
    subject: Entry | None = None
    detail: str = ""
    items: tuple[Entry, ...] = ()
    values: tuple[FactValue, ...] = ()
    names: tuple[str, ...] = ()
    gap: Gap | None = None
    yes: bool = False


@dataclass(frozen=True)
class Conclusion:
    """What the facts say about a question."""

    answered: bool
    statements: tuple[Statement, ...]
    reason: str = "answered"  # or: smalltalk, gap, not_named, unclear
    entries: tuple[Entry, ...] = field(default=())  # shown as buttons


def told(*entries: Entry) -> Conclusion:
    """Each entry's whole answer: what is known of it answers the question."""
    return Conclusion(True, tuple(Statement("card", e) for e in entries), entries=entries)


def days_counted(kb: KnowledgeBase) -> tuple[Statement, ...]:
    """The event's days, counted ("3 Tage: …"); nothing when the knowledge has no days."""
    days = tuple(kb.of_kind("day"))
    return (Statement("count", detail="day", items=days),) if days else ()


def unstated(entry: Entry, known: Literal["card", "member"] = "card") -> Conclusion:
    """What is asked is not said; what is known of ``entry`` (its answer, or first sentence)."""
    said = (Statement("unstated"), Statement(known, entry))
    return Conclusion(False, said, "gap", (entry,))


class Facts:
    """The relations between entries, both ways, built once per knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._described: dict[str, frozenset[str]] = {}
        self._told: dict[str, frozenset[str]] = {}
        self._by_prefix: dict[tuple[str, str], tuple[frozenset[str], dict[str, list[str]]]] = {}
        # entry id → [(predicate, other entry, forward?)]
        self.links: defaultdict[str, list[tuple[str, Entry, bool]]] = defaultdict(list)
        for entry in kb.entries:
            for predicate in (*entry.facts, "organization"):
                if predicate not in RELATIONS:
                    continue
                for value in entry.fact(predicate):
                    other = kb.by_id.get(value) if isinstance(value, str) else None
                    if other:
                        self.links[entry.id].append((predicate, other, True))
                        self.links[other.id].append((predicate, entry, False))
        # The origins some entry has ("russia", "saxony"), once per knowledge.
        self.origins = frozenset(str(v) for e in kb.entries for v in e.fact("origin"))

    def anyone_from(self, origin: str) -> bool:
        """Whether some entry is from ``origin`` or from a part of it (Saxony of Germany)."""
        parts = {part for part, whole in _WITHIN["origin"].items() if whole == origin}
        return bool(({origin} | parts) & self.origins)

    @property
    def event(self) -> Entry | None:
        """The event itself: the knowledge's first entry of kind ``event``."""
        return next(iter(self.kb.of_kind("event")), None)

    def described(self, entry: Entry) -> frozenset[str]:
        """The match keys of what an entry is: its names, role and summary."""
        found = self._described.get(entry.id)
        if found is None:
            texts = [entry.name.de, entry.name.ru, entry.summary.de, entry.summary.ru]
            if entry.role:
                texts += [entry.role.de, entry.role.ru]
            found = frozenset(match_key(w) for t in texts for w in words(t))
            self._described[entry.id] = found
        return found

    def told(self, entry: Entry) -> frozenset[str]:
        """The match keys of an entry's answer in both languages."""
        found = self._told.get(entry.id)
        if found is None:
            texts = (entry.answer.de, entry.answer.ru)
            found = frozenset(match_key(w) for t in texts for w in words(t))
            self._told[entry.id] = found
        return found

    def says(self, entry: Entry, keys: Iterable[str], strictly: bool = False) -> bool:
        """Whether an entry's texts (what it is, its answer) use any of ``keys`` in some form.

        ``strictly``: most of the key begins a word of the texts ("Elektroautos" begins
        "Elektroautoindustrie"; "Automobilbranche" does not begin "automobilen", though they
        share most of the shorter one).
        """
        if strictly:
            said = self.told(entry) | self.described(entry)
            return any(common_prefix(k, w) >= max(5, 0.8 * len(k)) for k in keys for w in said)
        return any(self.uses(entry, k, "told") or self.uses(entry, k, "described") for k in keys)

    def begins_alike(self, entry: Entry, key: str) -> bool:
        """Whether a word of the entry's texts shares the first half of a long compound."""
        if len(key) < 14:
            return False
        said = self.told(entry) | self.described(entry)
        return any(common_prefix(key, w) >= 10 for w in said)

    def says_in_words(self, entry: Entry, keys: Iterable[str]) -> bool:
        """:meth:`says`, or a compound of the keys said in two words ("Partnersuche")."""
        keys = list(keys)
        said = self.told(entry) | self.described(entry)
        return self.says(entry, keys) or any(_compound_of(k, said) for k in keys)

    def uses(self, entry: Entry, key: str, texts: Literal["told", "described"]) -> bool:
        """Whether the entry's answer (``told``) or names and role use ``key`` in some form."""
        found = self._by_prefix.get((entry.id, texts))
        if found is None:
            keys = self.told(entry) if texts == "told" else self.described(entry)
            by_start: defaultdict[str, list[str]] = defaultdict(list)
            for k in keys:
                by_start[k[:5]].append(k)
            found = self._by_prefix[entry.id, texts] = (keys, dict(by_start))
        keys, starting = found
        # Word forms share at least five first letters (see same_word).
        return key in keys or any(same_word(key, k) for k in starting.get(key[:5], ()))

    def of_class(self, name: str) -> list[Entry]:
        """The entries a class word stands for."""
        kind, place = CLASS_KINDS.get(name, (name, None))
        entries = self.kb.of_kind(kind)
        if place:
            # Regions include the republics: "Regionen" in a question means both.
            wanted = {place, "republic"} if name == "region" else {place}
            entries = [e for e in entries if wanted & set(map(str, e.fact("place_kind")))]
        return entries

    def days_named(self, a: Analysis) -> list[Entry]:
        """The days a question names ("am zweiten Tag", "во второй день")."""
        return [e for e in self.kb.of_kind("day") if ("day", str(e.day)) in a.values]

    def asks_unnamed(self, a: Analysis, cls: str) -> bool:
        """Whether a question narrows ``cls`` to members it took part with but does not name."""
        unnamed = self.kb.unnamed(class_kind(cls))
        origins = {v for f, v in a.values if f == "origin"}
        if not a.yesno:
            # "Wie viele Unternehmen kamen aus Sachsen?": Saxon ones are German ones.
            origins |= {_WITHIN["origin"][v] for v in origins if v in _WITHIN["origin"]}
        return bool(unnamed & origins)

    def only_named(self, a: Analysis, cls: str) -> bool:
        """'Waren nur russische Firmen dabei?': ``cls`` narrowed to the origins it names.

        Such a claim is false where others took part unnamed.
        """
        origins = {v for f, v in a.values if f == "origin"}
        within = {_WITHIN["origin"].get(v) for v in origins}  # "nur sächsische": German ones
        unnamed = self.kb.unnamed(class_kind(cls))
        return (
            bool(unnamed)
            and "only" in a.cues
            and len(origins) == len(a.values) == 1
            and (not (origins | within) & unnamed)
        )

    def reachable(self, entry: Entry, kind: str, hops: int = 2) -> bool:
        """Whether an entry of ``kind`` is linked to ``entry`` within ``hops`` links."""
        frontier, seen = [entry], {entry.id}
        for _ in range(hops):
            nxt = []
            for e in frontier:
                for _, other, _ in self.links[e.id]:
                    if other.kind == kind:
                        return True
                    if other.id not in seen:
                        seen.add(other.id)
                        nxt.append(other)
            frontier = nxt
        return False

    def related(self, entry: Entry, predicate: str | None = None) -> list[tuple[str, Entry, bool]]:
        """The entries linked to ``entry`` (by ``predicate`` if given)."""
        return [link for link in self.links[entry.id] if predicate in (None, link[0])]

    def speakers_of(self, entry: Entry) -> list[Entry]:
        """The speakers linked to ``entry``, each once: who spoke for an organizer, a place.

        The HIK's head is also of its organization: one speaker, by two links.
        """
        found = {o.id: o for _, o, _ in self.related(entry) if o.kind == "speaker"}
        return list(found.values())

    def has_value(self, entry: Entry, fact: str, value: str) -> bool:
        """Whether an entry, or an entry it names, has ``fact: value`` (Richter → WFS → saxony).

        What is from Saxony is from Germany too.
        """
        wanted = {value} | {
            part for part, whole in _WITHIN.get(fact, {}).items() if whole == value
        }
        if wanted & set(map(str, entry.fact(fact))):
            return True
        return any(
            forward and wanted & set(map(str, other.fact(fact)))
            for _, other, forward in self.links[entry.id]
        )


# Values that lie within another: a Saxon organization is a German one.
_WITHIN: dict[str, dict[str, str]] = {
    "origin": {"saxony": "germany", "thuringia": "germany", "bavaria": "germany"}
}


def asks_membership(a: Analysis) -> bool:
    # "Мордовия или Марий Эл — кто был в списке?" asks of each named whether it was there.
    return a.yesno or (
        "participation" in a.cues
        and ("or" in a.cues or not {"who", "which", "when", "where"} & a.cues)
    )


def main_class(a: Analysis) -> str:
    """The class a question counts or lists: the first one it names.

    "Regionen (also Oblaste)": regions said to be oblasts are the oblasts.
    """
    if a.classes[0] == "region" and "oblast" in a.classes and "republic" not in a.classes:
        return "oblast"
    # "Städte auflisten (die Regionen brauche ich nicht)": not a kind of place left out.
    kept = [c for c in a.classes if c not in a.excluded]
    if kept and set(a.classes) <= PLACE_CLASSES:
        return kept[0]
    return a.classes[0]


def _compound_of(key: str, keys: Collection[str]) -> bool:
    """Whether both halves of a compound are used.

    "Partnersuche" in "Suche nach Geschäftspartnern": "suche" a word, "partner" inside
    another, not at its start ("Wirtschaftsminister" is not "Minister für
    Wirtschaftsentwicklung").
    """
    if len(key) < 9:
        return False
    for i in range(4, len(key) - 3):
        head, tail = key[:i], key[i:]
        if tail in keys and any(head in k[1:] for k in keys if k != tail):
            return True
    return False


def narrow(a: Analysis, items: list[Entry], facts: Facts, cls: str) -> list[Entry]:
    """Narrow a class by fact values, words of the items' descriptions, a second class.

    "sächsisch" (a value), "Cluster" (in two speakers' roles), organizers with speakers of
    their own (with a negation: without).
    """
    # "Welche Redner kamen nicht aus Sachsen?", "Какие организаторы не из России?". Not
    # "Gab es keine deutschen Veranstalter?": whether there were none, so which there were.
    negated = bool({"negation", "except"} & a.cues) and not (a.yesno and "except" not in a.cues)
    for fact, value in a.values:
        narrowed = [e for e in items if facts.has_value(e, fact, value) != negated]
        if narrowed:
            items = narrowed
    if "degree" in a.predicates:
        # "Welcher der Redner hat einen Doktortitel?": those the knowledge gives one.
        items = [e for e in items if e.fact("degree")] or items
    if cls == "region" and "republic" in a.excluded:
        # "Regionen (ohne die Republiken)".
        items = [e for e in items if "region" in map(str, e.fact("place_kind"))]
    # What the items are (roles) first, then what their answers say: "Кто выступал от
    # саксонского кластера?" is about a role, whatever else a preamble's words match.
    texts: Literal["told", "described"]
    for texts in ("described", "told"):
        for key in (k for k in a.free if k not in a.aside):
            if texts == "described" and key in a.topic:
                continue  # "Кто … рассказывал про стратегию развития?": what was told
            narrowed = [e for e in items if facts.uses(e, key, texts)]
            # "Welche Plattform für die Partnersuche …?": "Suche nach Geschäftspartnern".
            narrowed = narrowed or [
                e for e in items if _compound_of(key, facts.told(e) | facts.described(e))
            ]
            if narrowed:
                items = narrowed
    others = [c for c in a.classes if c != cls and c in CLASS_KINDS and c not in ("day",)]
    if others and cls in ("organizer", "speaker"):
        kind = CLASS_KINDS[others[0]][0]
        negated = "negation" in a.cues
        linked = [
            e for e in items
            if any(o.kind == kind for _, o, _ in facts.related(e)) != negated
        ]  # fmt: skip
        if linked:
            items = linked
    return items


def town_keys(entry: Entry) -> frozenset[str]:
    """The match keys of the town an entry has as its place, without a note beside it.

    "Leipzig" / "Лейпциг"; "Toljatti (im Firmennamen)" is Toljatti.
    """
    places = [v for v in entry.fact("place") if isinstance(v, Text)]
    return frozenset(
        match_key(w) for v in places for t in (v.de, v.ru) for w in words(t.split("(")[0])
    )


def same_word(a: str, b: str) -> bool:
    """Word forms of one word: "Cluster"/"Clusters", "кластером"/"кластера"."""
    return a == b or common_prefix(a, b) >= max(5, 0.8 * min(len(a), len(b)))


def day_statement(entry: Entry) -> Statement:
    if entry.day:
        return Statement("value", entry, "day", values=(entry.day,))
    return Statement("no_value", entry, "day")


def said_by_another(
    speaker: Entry, says: Callable[[Entry], bool], facts: Facts
) -> Conclusion | None:
    """No, what ``speaker`` spoke about, and the one other speaker of whom it is said."""
    others = [e for e in facts.kb.of_kind("speaker") if e.id != speaker.id and says(e)]
    if len(others) != 1:
        return None
    statements = (
        Statement("verdict", yes=False),
        Statement("card", speaker),
        Statement("card", others[0]),
    )
    return Conclusion(True, statements, entries=(speaker, others[0]))
