"""Answers computed from the knowledge base's facts: counts, yes/no, relations, declines.

Pure Python, no Telegram. :func:`reason` takes a question's :class:`~bot.analysis.Analysis`
and returns statements (what to say, not yet in words: :mod:`bot.replies` words them in the
asker's language), or ``None`` when the facts cannot answer and fuzzy retrieval should.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from .analysis import Analysis
from .knowledge import RELATIONS, Entry, FactValue, KnowledgeBase
from .text import common_prefix, match_key, numbers, simplify, to_cyrillic, words
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
    "republic": ("place", "republic"),
    "fair": ("fair", None),
}
# Facts whose absence is worth saying: asked about an entry that lacks them, the answer is
# "not known", not the entry's card.
TELLING = frozenset({"heads", "initiator", "supporter", "place", "edition", "presented"})
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
    """

    what: Literal[
        "smalltalk", "count", "items", "member", "not_named", "value", "no_value", "gap",
        "verdict", "card", "unlinked", "unstated", "kind_of",
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
    reason: str = "answered"  # or: smalltalk, gap, not_named
    entries: tuple[Entry, ...] = field(default=())  # shown as buttons


class Facts:
    """The relations between entries, both ways, built once per knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._described: dict[str, frozenset[str]] = {}
        self._told: dict[str, frozenset[str]] = {}
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

    def says(self, entry: Entry, keys: Iterable[str]) -> bool:
        """Whether an entry's texts (what it is, its answer) use any of ``keys`` in some form."""
        texts = self.told(entry) | self.described(entry)
        return any(_same_word(k, t) for k in keys for t in texts)

    def of_class(self, name: str) -> list[Entry]:
        """The entries a class word stands for."""
        kind, place = CLASS_KINDS.get(name, (name, None))
        entries = self.kb.of_kind(kind)
        if place:
            # Regions include the republics: "Regionen" in a question means both.
            wanted = {place, "republic"} if place == "region" else {place}
            entries = [e for e in entries if wanted & set(map(str, e.fact("place_kind")))]
        return entries

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


def reason(a: Analysis, facts: Facts) -> Conclusion | None:
    """Answer from the facts, or ``None`` to let fuzzy retrieval answer."""
    if a.smalltalk:
        return Conclusion(False, (Statement("smalltalk", detail=a.smalltalk),), "smalltalk")
    entities = a.entities
    for frame in FRAMES:
        found = frame(a, entities, facts)
        if found is not None:
            return found
    return None


# Values that lie within another: a Saxon organization is a German one.
_WITHIN: dict[str, dict[str, str]] = {"origin": {"saxony": "germany"}}
_ADDRESS = re.compile(r"\w\.[a-z]{2,}\b")


def _named_like_address(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welcher Teilnehmer heißt wie eine Webadresse?': names that are web addresses."""
    about_names = "name" in a.cues and any(g.id == "website" for g in a.gaps)
    if entities or not about_names or not {"company", "participant"} & set(a.classes):
        return None
    items = tuple(e for e in facts.of_class("company") if _ADDRESS.search(e.name.de))
    if not items:
        return None
    return Conclusion(True, (Statement("items", detail="company", items=items),))


def _gap(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    # Of a kind of entry named or of one named entry: "Wie lange dauerte jeder Vortrag?".
    kinds = {e.kind for e in entities} | {CLASS_KINDS[c][0] for c in a.classes if c in CLASS_KINDS}
    gaps = [g for g in a.gaps if not g.kinds or kinds & set(g.kinds)]
    if not gaps:
        return None
    gap = gaps[0]
    # A fact the knowledge does hold is no gap: the fair's city, a company named by its town.
    if gap.id in ("address", "hometown") and any(e.fact("place") for e in entities):
        subject = next(e for e in entities if e.fact("place"))
        return Conclusion(
            True, (Statement("value", subject, "place", values=subject.fact("place")),)
        )
    statements = [Statement("gap", entities[0] if entities else None, gap=gap)]
    return Conclusion(False, tuple(statements), "gap", tuple(entities[:3]))


def _not_named(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    speaking = any(e.kind == "speaker" for e in entities) and {"what", "spoke"} & a.cues
    located = [e for e in entities if e.fact("place")]
    placing = located and (a.yesno or "yes_tail" in a.cues)
    if not a.unknown_names or (
        entities and not _asks_membership(a) and not speaking and not placing
    ):
        return None
    claims = [f for f, _ in a.values if f != "origin"]  # "russische Teilnehmer" claims nothing
    if not entities and a.yesno and facts.event and any(facts.event.fact(f) for f in claims):
        return None  # "Миссия была очная, в Дрездене?": the claim about the event is checked
    if placing:
        # "Die Z + intec ist doch in Dresden?": no, and where it is ("… in Dresden — это
        # правда? И когда она будет?": and when).
        subject = located[0]
        where = [
            Statement("verdict", yes=False),
            Statement("value", subject, "place", values=subject.fact("place")),
        ]
        if "when" in a.cues and subject.fact("date"):
            where.append(Statement("value", subject, "date", values=subject.fact("date")))
        return Conclusion(True, tuple(where), entries=(subject,))
    speakers = [e for e in entities if e.kind == "speaker"]
    asked = [p for p in a.predicates if p in RELATIONS]
    linked = [(p, o) for p in asked for s in speakers[:1] for _, o, _ in facts.related(s, p)]
    if speakers and (a.yesno or "yes_tail" in a.cues) and linked:
        # "Nikitin leitet doch die AHK in Moskau?": no, and what he heads.
        predicate = linked[0][0]
        heads = tuple(o for p, o in linked if p == predicate)
        corrected = (
            Statement("verdict", yes=False),
            Statement("value", speakers[0], predicate, items=heads),
        )
        return Conclusion(True, corrected, entries=(speakers[0],))
    if speakers and not a.yesno and {"what", "spoke"} & a.cues:
        # "Что Ильметов сказал про АвтоВАЗ?": the name is not in what is known of him.
        said = (Statement("not_named", names=a.unknown_names), Statement("card", speakers[0]))
        return Conclusion(False, said, "not_named", (speakers[0],))
    if entities and not any(e.kind in MEMBER_KINDS for e in entities):
        # "Волгабас — это из Волгограда?": the name is unknown, what is known follows.
        statements = [Statement("not_named", names=a.unknown_names)]
        statements += [Statement("card", e) for e in entities[:1]]
        return Conclusion(False, tuple(statements), "not_named", tuple(entities))
    if entities and _asks_membership(a):
        # "War Autodetal und BMW dabei?": say what is known of each, and what is not.
        statements = [Statement("member", e) for e in entities if e.kind in MEMBER_KINDS]
        statements.append(Statement("not_named", names=a.unknown_names, detail="company"))
        return Conclusion(False, tuple(statements), "not_named", tuple(entities))
    if not entities and "organizer" in a.classes:
        return _not_an_organizer(a, facts)
    detail = "company" if _asks_membership(a) or "company" in a.classes else ""
    return Conclusion(
        False, (Statement("not_named", names=a.unknown_names, detail=detail),), "not_named"
    )


def _other_organizer(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    if entities or a.classes != ("organizer",):
        return None
    return _not_an_organizer(a, facts)


def _not_an_organizer(a: Analysis, facts: Facts) -> Conclusion | None:
    """'War die IHK Chemnitz Mitveranstalter?': the organizers are all named, so no.

    Also when the organization's name is in words the knowledge does not use ("Российский
    экспортный центр был соорганизатором?").
    """
    organizers = facts.of_class("organizer")
    if not organizers or not (a.unknown_names or (a.yesno and a.free)):
        return None
    statements = [Statement("verdict", yes=False)]
    if a.unknown_names:
        statements.append(Statement("not_named", names=a.unknown_names))
    statements.append(Statement("count", detail="organizer", items=tuple(organizers)))
    return Conclusion(True, tuple(statements), entries=tuple(organizers))


def _asks_membership(a: Analysis) -> bool:
    return a.yesno or ("participation" in a.cues and not {"who", "which", "when"} & a.cues)


def _number_claim(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Stimmt es, dass über 100 Firmenvertreter dabei waren?': yes or no, and the count."""
    said = [n for n in numbers(to_cyrillic(a.text) if a.latin_russian else a.text) if n > 1]
    if not a.yesno or entities or not a.classes or len(said) != 1:
        return None
    cls = _main_class(a)
    if cls == "participant":
        participants = facts.kb.by_id.get("participants")
        if participants is None or not numbers(participants.answer.get(a.lang)):
            return None
        yes = said[0] in numbers(participants.answer.get(a.lang))
        statements = (Statement("verdict", yes=yes), Statement("card", participants))
        return Conclusion(True, statements, entries=(participants,))
    every = facts.of_class(cls)
    if cls == "company" and any(v == "germany" for _, v in a.values):
        # "16 deutsche Firmen?": the 16 are Russian; German ones are not named.
        russian = (
            Statement("verdict", yes=False),
            Statement("count", detail=cls, items=tuple(every)),
            Statement("not_named", names=(), detail="company"),
        )
        return Conclusion(True, russian, entries=tuple(every))
    items = _filter(a, every, facts, cls)
    if not items or (
        a.values and not any(facts.has_value(e, f, v) for e in items for f, v in a.values)
    ):
        return None  # "5 спикеров из Германии?": no entry has that value to count
    statements = (
        Statement("verdict", yes=said[0] == len(items)),
        Statement("count", detail=cls, items=tuple(items)),
    )
    return Conclusion(True, statements)


def _count(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    if "count" in a.cues and "when" not in a.cues and a.counted in a.foreign:
        # "Wie viele Zuschauer …?", "wie viele Autos werden gebaut": not a thing of the
        # knowledge, whatever else the question names.
        return Conclusion(False, (), "gap")
    if "count" not in a.cues or not a.classes:
        return None
    cls = _main_class(a)
    kinds = list(dict.fromkeys(c for c in a.classes if c in ("city", "region", "republic")))
    apart = "negation" in a.cues or _NOT & set(a.keys)  # "die Städte nicht mitgezählt"
    if "city" in kinds and len(kinds) > 1 and not apart and not entities:
        # "Wie viele Städte, Regionen und Republiken zusammen?": each place once.
        together = {e.id: e for c in kinds for e in facts.of_class(c)}
        statement = Statement("count", detail="place", items=tuple(together.values()))
        return Conclusion(True, (statement,), entries=tuple(together.values()))
    if cls == "company" and any(v == "germany" for _, v in a.values):
        # German companies presented too, but the release neither names nor counts them.
        statement = Statement("not_named", names=(), detail="company")
        return Conclusion(False, (statement,), "not_named")
    if cls in ("participant", "company") and entities and entities[0].kind == "speaker":
        # "Wie viele hörten Krainov zu?": not said; who he is, is.
        statements = (Statement("unstated"), Statement("card", entities[0]))
        return Conclusion(False, statements, "gap", (entities[0],))
    places = [e for e in entities if e.kind == "place"]
    if places and cls in ("participant", "company"):
        # "Wie viele Teilnehmer kamen aus Moskau?": the release does not break it down.
        statement = Statement("unlinked", places[0], detail=cls)
        return Conclusion(False, (statement,), "gap", (places[0],))
    if cls == "participant":
        participants = facts.kb.by_id.get("participants")
        # "die virtuelle Mission": how the event was held divides no one.
        dividing = [f for f, _ in a.values if f not in ("format", "month", "year", "days")]
        if dividing and participants:
            # "Wie viele kamen aus Deutschland, wie viele aus Russland?": not broken down.
            statements = (
                Statement("no_value", participants, "breakdown"),
                Statement("card", participants),
            )
            return Conclusion(False, statements, "gap", (participants,))
        if participants is None:
            return None
        # "über 70": the participants' entry says it in words.
        return Conclusion(True, (Statement("card", participants),), entries=(participants,))
    items = _filter(a, facts.of_class(cls), facts, cls)
    if not items:
        return None
    return Conclusion(True, (Statement("count", detail=cls, items=tuple(items)),))


def _more(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Mehr Städte oder Regionen?': how many of each."""
    if "more" not in a.cues or entities:
        return None
    counted = [
        Statement("count", detail=cls, items=tuple(items))
        for cls in dict.fromkeys(a.classes)
        if (items := facts.of_class(cls))
    ]
    if len(counted) < 2:
        return None
    return Conclusion(True, tuple(counted), entries=tuple(e for s in counted for e in s.items))


def _main_class(a: Analysis) -> str:
    """The class a question counts or lists: the first one it names."""
    return a.classes[0]


def _filter(a: Analysis, items: list[Entry], facts: Facts, cls: str) -> list[Entry]:
    """Narrow a class by fact values, words of the items' descriptions, a second class.

    "sächsisch" (a value), "Cluster" (in two speakers' roles), organizers with speakers of
    their own (with a negation: without).
    """
    for fact, value in a.values:
        narrowed = [e for e in items if facts.has_value(e, fact, value)]
        if narrowed:
            items = narrowed
    # What the items are (roles) first, then what their answers say: "Кто выступал от
    # саксонского кластера?" is about a role, whatever else a preamble's words match.
    for texts in (facts.described, facts.told):
        for key in a.free:
            narrowed = [e for e in items if any(_same_word(key, k) for k in texts(e))]
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


def _same_word(a: str, b: str) -> bool:
    """Word forms of one word: "Cluster"/"Clusters", "кластером"/"кластера"."""
    return a == b or common_prefix(a, b) >= max(5, 0.8 * min(len(a), len(b)))


def _filtered(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche Redner kamen von sächsischen Organisationen?': a class narrowed by a value."""
    if not a.classes or entities or not a.values:
        return None
    cls = _main_class(a)
    every = facts.of_class(cls)
    if cls == "company" and any(v == "germany" for _, v in a.values):
        # German companies presented too, but the release names none of them.
        statement = Statement("not_named", names=(), detail="company")
        return Conclusion(False, (statement,), "not_named", tuple(entities))
    items = _filter(a, every, facts, cls)
    if not items or len(items) == len(every):
        return None
    return Conclusion(True, _some_of(a, items, facts, cls), entries=tuple(items))


def _some_of(a: Analysis, items: list[Entry], facts: Facts, cls: str) -> tuple[Statement, ...]:
    """Some entries of a class, with what the question asks of them.

    "Welcher Redner hat Sachsens Investitionspotential vorgestellt, an welchem Tag?", "Какая
    площадка для стартапов и кто её инициировал?".
    """
    statements = [Statement("items", detail=cls, items=tuple(items))]
    if "day" in a.predicates and CLASS_KINDS.get(cls, (cls,))[0] == "speaker":
        statements = [_day_statement(e) for e in items]
    asked = [p for p in a.predicates if p in RELATIONS]
    linked = [(e, p, o) for e in items for p in asked for _, o, _ in facts.related(e, p)]
    if linked and {e.id for e, _, _ in linked} == {e.id for e in items}:
        # "Wer vertrat den Veranstalter, der als Bindeglied … wirkt?": who is linked.
        statements = [Statement("value", e, p, items=(o,)) for e, p, o in linked]
    return tuple(statements)


def _listed(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """The whole class, as the knowledge's list entry for it where there is one.

    "Welche Städte waren vertreten?", "Welche Firmen nahmen teil?".
    """
    if not ({"which", "where", "who"} & a.cues) or not a.classes:
        return None
    cls = _main_class(a)
    if entities and not (
        _ONLY & set(a.keys) and {e.id for e in entities} <= {e.id for e in facts.of_class(cls)}
    ):
        return None  # "Wer hat organisiert? Nur die WFS?" is about all of them
    kind, place = CLASS_KINDS.get(cls, (cls, None))
    every = facts.of_class(cls)
    items = _filter(a, every, facts, cls)
    if 0 < len(items) < len(every):
        return Conclusion(True, _some_of(a, items, facts, cls), entries=tuple(items))
    if kind not in ("company", "speaker", "organizer", "platform", "place"):
        return None
    listing = next((e for e in facts.kb.of_kind("list") if e.list_of == kind), None)
    if listing and not place:
        return Conclusion(True, (Statement("card", listing),), entries=(listing,))
    return Conclusion(True, (Statement("items", detail=cls, items=tuple(facts.of_class(cls))),))


def _unlinked(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche Firmen kamen aus Omsk?': a class asked through an entry it has no link to."""
    if len(entities) != 1 or not a.classes or not ({"which", "who", "count"} & a.cues):
        return None
    entity = entities[0]
    # "aus der Region Samara": the word of the place's own kind asks for nothing.
    asked = [
        p
        for p in a.predicates
        if p in RELATIONS and not (p == "region" and entity.kind == "place")
    ]
    if asked:
        return None  # a fact is asked for: "Zu welcher Messe hat Richter die Firmen eingeladen?"
    cls = _main_class(a)
    kind = CLASS_KINDS.get(cls, (cls, None))[0]
    if kind == entity.kind or kind not in ("company", "speaker", "organizer", "platform"):
        return None
    if facts.reachable(entity, kind):
        return None
    statement = Statement("unlinked", entity, detail=cls)
    return Conclusion(False, (statement,), "gap", (entity,))


def _members(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Waren Omsk und Kaluga beide dabei?': say it of each."""
    members = [e for e in entities if e.kind in ("company", "place")]
    if not members or len(members) < len(entities):
        return None
    if len(members) == 1 and not _asks_membership(a):
        return None
    company = members[0].kind == "company"
    if len(members) == 1 and company and a.yesno and a.foreign and "participation" not in a.cues:
        # "ctp.aero — это авиакомпания?": what it is, beyond taking part, is not known.
        said = (Statement("unstated"), Statement("member", members[0]))
        return Conclusion(False, said, "gap", tuple(members))
    statements = [Statement("verdict", yes=True)] if _asks_membership(a) else []
    statements += [Statement("member", e) for e in members]
    return Conclusion(True, tuple(statements), entries=tuple(members))


def _claim(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """A yes/no question stating a fact's value: say yes or no, and what is true.

    "Die Mission war im Oktober, oder?", "Полад — немецкая компания?".
    """
    about_kind = set(a.classes) - {"day"}  # "… über mehrere Tage?" is about the event
    if not a.yesno or not a.values or len(entities) > 1 or (about_kind and not entities):
        return None  # "Nur russische Firmen?" is about the companies, not the event
    subject = entities[0] if entities else facts.event
    if subject is None:
        return None
    checked = [(f, v) for f, v in a.values if subject.fact(f)]
    origins = [v for f, v in a.values if f == "origin"]
    org = next((o for _, o, _ in facts.related(subject, "organization")), None)
    if not checked and subject.kind == "speaker" and origins and org and org.fact("origin"):
        # "Krainov kommt doch aus Sachsen?": where his organization is from.
        yes = all(facts.has_value(subject, "origin", v) for v in origins)
        statements = [Statement("verdict", yes=yes), Statement("card", subject)]
        return Conclusion(True, tuple(statements), entries=(subject,))
    if not checked and subject.kind == "speaker" and any(f == "day" for f, _ in a.values):
        # "Vahtler vystupal v pervyj den?": his day is not given.
        return Conclusion(False, (_day_statement(subject),), "gap", (subject,))
    if not checked:
        return None
    true = all(v in map(str, subject.fact(f)) for f, v in checked)
    also_day = "also" in a.cues and any(f == "day" for f, _ in checked)
    if also_day and subject.kind == "speaker" and not true:
        # "Sprach Ilmetow auch am zweiten Tag?": his day is known, another one is not ruled
        # out ("Ильметов тоже в первый день?" is a yes).
        unsaid = (Statement("unstated"), _day_statement(subject))
        return Conclusion(False, unsaid, "gap", (subject,))
    statements = [Statement("verdict", yes=true), Statement("member", subject)]
    if "negation" in a.cues:
        del statements[0]  # to "War das keine Präsenzveranstaltung?" a no is unclear
    days = [v for f, v in checked if f == "day"]
    if not true and subject.kind == "speaker" and days:
        # "Richter hat den zweiten Tag eröffnet?": no, and who spoke that day.
        statements[1] = _day_statement(subject)
        others = [s for s in facts.kb.of_kind("speaker") if str(s.day) == days[0]]
        statements += [_day_statement(s) for s in others]
    return Conclusion(True, tuple(statements), entries=(subject,))


def _rank(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Ильметов — министр Самарской области?': no, the deputy; the rank is in his role.

    A role that holds a qualifier ("stellvertretender Minister", "заместитель министра")
    claimed without it.
    """
    speakers = [e for e in entities if e.kind == "speaker"]
    if not a.yesno or len(speakers) != 1 or "deputy" in a.cues:
        return None
    person = speakers[0]
    if person.role is None:
        return None
    vocabulary = facts.kb.vocabulary
    for text in (person.role.de, person.role.ru):
        keys = [match_key(simplify(w)) for w in words(text)]
        for hit in vocabulary.scan(keys):
            if hit.group != "cues" or hit.name != "deputy" or hit.end >= len(keys):
                continue
            noun = keys[hit.end]  # what the qualifier qualifies: "Minister", "министра"
            if any(_same_word(k, noun) or (len(noun) >= 5 and k.endswith(noun)) for k in a.keys):
                statements = (Statement("verdict", yes=False), Statement("card", person))
                return Conclusion(True, statements, entries=(person,))
    return None


def _event_place(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Die Mission fand in Moskau statt?': the places named are the participants' places."""
    event = facts.event
    if not a.yesno or len(entities) != 1 or entities[0].kind != "place" or event is None:
        return None
    if "place" not in a.predicates:
        return None
    statements = (Statement("verdict", yes=False), Statement("card", event))
    return Conclusion(True, statements, entries=(event,))


def _figure(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """A yes/no about one entry with a figure in it: whether its answer gives that figure."""
    if not a.yesno or len(entities) != 1:
        return None
    name = entities[0].name
    named = set(numbers(f"{name.de} {name.ru}", years=True))  # the 2021 of "Z + intec 2021"
    said = [n for n in numbers(a.text, years=True, spelled=False) if n not in named]
    if len(said) != 1:
        return None
    known = numbers(entities[0].answer.get(a.lang), years=True, spelled=False)
    yes = said[0] in known
    if not known and entities[0].kind == "speaker":
        # "Hat Krainov die Strategie bis 2025 erklärt?": no; who spoke of 2025 is known.
        theirs = _theirs(
            entities[0],
            lambda e: said[0] in numbers(e.answer.get(a.lang), years=True, spelled=False),
            facts,
        )
        if theirs is not None:
            return theirs
    if not known or (yes and a.foreign):
        return None  # "bis 2025 jedes zweite Auto elektrisch": more is claimed than 2025
    statements = (Statement("verdict", yes=yes), Statement("card", entities[0]))
    return Conclusion(True, statements, entries=(entities[0],))


def _which_of(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Про локализацию — это у Крайнова было или у Вахтлера?': the one whose texts say it."""
    if not 2 <= len(entities) <= 3 or len({e.kind for e in entities}) > 1:
        return None
    if not _OR & set(a.keys) or not a.free:
        return None
    saying = [e for e in entities if facts.says(e, a.free)]
    if len(saying) != 1:
        return None
    return Conclusion(True, (Statement("card", saying[0]),), entries=(saying[0],))


_NOT = frozenset(match_key(w) for w in "nicht ohne außer ausser не без кроме ne bez krome".split())
_ONLY = frozenset(match_key(w) for w in "nur allein только лишь tolko lish".split())
_OR = frozenset(match_key(w) for w in "oder или ili".split())


def _check_pair(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """Two things named in a yes/no question: say whether they are linked, and how."""
    if len(entities) != 2 or not a.yesno:
        return None
    first, second = entities
    if first.kind in ("company", "place") and second.kind in ("company", "place"):
        return None
    if first.kind == second.kind == "speaker" and (
        "day" in a.predicates
        or {"earlier", "later", "same"} & a.cues
        or any(f == "day" for f, _ in a.values)
    ):
        return _same_day(first, second, a.cues)
    links = [link for link in facts.related(first) if link[1].id == second.id]
    # The facts asked for, or else those that link the first to things like the second:
    # "Рихтер ведь из ТПП?" asks for Richter's organization.
    wanted = [p for p in a.predicates if p in RELATIONS] or [
        p for p, o, _ in facts.related(first) if o.kind == second.kind
    ]
    explicit = [p for p in a.predicates if p in RELATIONS]
    if explicit:
        # "Den Deep Tech Hub hat doch die HIK gegründet?": supporting is no founding.
        links = [link for link in links if link[0] in explicit]
    elif wanted:
        links = [link for link in links if link[0] in wanted] or links
    if not links and not wanted and not _one_of_a_kind(second, first.kind, facts):
        # "Kommt Ilmetow zur Z + intec?": nothing links such things, so "no" would be a
        # guess; say what is known of each.
        statements = [Statement("unstated"), *(Statement("card", e) for e in entities)]
        return Conclusion(False, tuple(statements), "gap", (first, second))
    statements = [Statement("verdict", yes=bool(links))]
    if links:
        statements.append(Statement("card", first))
    else:
        # Say what is true instead: what each of the two is linked to by the facts asked.
        predicates = wanted or [p for p, _, _ in facts.related(first)][:1]
        for entry in (first, second):
            shown = False
            for predicate in predicates:
                # Forward links only: the HIK initiated the expert circle, it was not
                # "initiated by" it.
                linked = [o for p, o, forward in facts.related(entry, predicate) if forward]
                if linked:
                    statements.append(Statement("value", entry, predicate, items=tuple(linked)))
                    shown = True
            if not shown:
                statements.append(Statement("card", entry))
    return Conclusion(True, tuple(statements), entries=(first, second))


def _one_of_a_kind(entry: Entry, kind: str, facts: Facts) -> bool:
    """Whether ``entry`` is linked to things of ``kind`` by a fact that has one value.

    Samara's one speaker is Ilmetov, so "Wachtler war der Vizeminister aus Samara?" is a
    clear no; that Richter invited to the fair says nothing of whether Ilmetov goes there.
    """
    return any(o.kind == kind for p, o, _ in facts.related(entry) if p in SINGLE_VALUED)


def _same_day(first: Entry, second: Entry, cues: frozenset[str]) -> Conclusion:
    """Two speakers' days compared: the same day, or (with "раньше", "später") the order."""
    known = bool(first.day and second.day)
    if "earlier" in cues:
        same = known and (first.day or 0) < (second.day or 0)
    elif "later" in cues:
        same = known and (first.day or 0) > (second.day or 0)
    else:
        same = known and first.day == second.day
    statements = [Statement("verdict", yes=same)] if known else []
    statements += [_day_statement(e) for e in (first, second)]
    return Conclusion(known, tuple(statements), "answered" if known else "gap", (first, second))


def _day_statement(entry: Entry) -> Statement:
    if entry.day:
        return Statement("value", entry, "day", values=(entry.day,))
    return Statement("no_value", entry, "day")


def _value(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """A fact of a named entry, directly or through a link.

    "An welchem Tag sprach der Vertreter der HIK?" is the day of the speaker whose
    organization is the HIK.
    """
    if not entities:
        return None
    # The entry the facts asked for lead from: "ya iz Kalugi, kakuyu platformu iniciiroval
    # SIBB?" is about SIBB.
    asked = [p for p in a.predicates if p in RELATIONS]
    subject = next((e for e in entities if any(facts.related(e, p) for p in asked)), entities[0])
    if not a.predicates:
        if a.described and {"which", "what"} & a.cues:
            # "Welche Bereiche deckt die Messe ab, zu der eingeladen wurde?": the clause
            # only says which entry is meant; the question is about the entry itself.
            return Conclusion(True, (Statement("card", subject),), entries=(subject,))
        return None
    wants = [p for p in a.predicates if p != "organization"] or list(a.predicates)
    if {"spoke", "who"} <= a.cues and subject.kind != "speaker" and "presented" not in wants:
        wants.insert(0, "presented")  # "Кто говорил о Deep Tech Hub?": who presented it
    each = _each_value(entities, wants, facts)
    if each:
        return Conclusion(True, tuple(each), entries=tuple(s.subject for s in each if s.subject))
    if subject.kind == "speaker" and {"what", "spoke"} <= a.cues and "who" not in a.cues:
        # "Worüber berichtete Richter am ersten Tag?": what he spoke about is his answer.
        return Conclusion(True, (Statement("card", subject),), entries=(subject,))
    person = next((e for e in entities if e.kind == "speaker"), None)
    if person and "who" in a.cues and "heads" in wants:
        his = {o.id for _, o, _ in facts.related(person)}
        if all(e.id in his for e in entities if e != person):  # "Krainov beim APM"
            # "Кто начальник Ильметова?": who is over a person is never among the facts.
            statement = Statement("no_value", person, "heads")
            return Conclusion(False, (statement, Statement("card", person)), "gap", (person,))
    if "when" in a.cues and subject.fact("date") and "spoke" not in a.cues:
        return Conclusion(True, (Statement("card", subject),), entries=(subject,))
    asks_speaker = subject.kind == "speaker" or "speaker" in a.classes or "spoke" in a.cues
    if "day" in wants and asks_speaker:
        speakers = _speakers_for(subject, a, facts)
        if speakers:
            statements = [_day_statement(s) for s in speakers]
            known = any(s.what == "value" for s in statements)
            reason_ = "answered" if known else "gap"
            return Conclusion(known, tuple(statements), reason_, tuple(speakers))
    undated = not (subject.fact("date") or subject.day or numbers(subject.answer.de, years=True))
    links = "who" in a.cues and any(facts.related(subject, p) for p in wants if p in RELATIONS)
    if (
        "when" in a.cues
        and "day" in wants
        and undated
        and subject.kind not in ("speaker", "event")
        and not links  # "Кто и в какой день представил IndustryStock?": the presenter's day
    ):
        # "Когда запустили Deep Tech Hub?": no date or year is known for it.
        statement = Statement("no_value", subject, "day")
        return Conclusion(False, (statement, Statement("card", subject)), "gap", (subject,))
    if "when" in a.cues and "day" in wants and subject.fact("year"):
        # "Экспертный круг — когда его создали и кто?": its answer gives the year and who.
        return Conclusion(True, (Statement("card", subject),), entries=(subject,))
    for predicate in wants:
        if predicate not in RELATIONS:
            if subject.fact(predicate):
                statement = Statement("value", subject, predicate, values=subject.fact(predicate))
                return Conclusion(True, (statement,), entries=(subject,))
            continue
        linked = [o for p, o, _ in facts.related(subject, predicate)]
        # "Wer leitet die Organisation, die den Expertenkreis gegründet hat?": the relative
        # clause leads from the named entry to the one whose fact is asked.
        for hop in (*a.described, *(p for p in wants if p != predicate)):
            if linked or hop not in RELATIONS:
                break
            between = [o for p, o, _ in facts.related(subject, hop)]
            further = [o for x in between for p, o, _ in facts.related(x, predicate)]
            if further:
                statements = [
                    Statement("value", x, predicate, items=(o,)) for x in between for o in further
                ]
                return Conclusion(True, tuple(statements), entries=tuple(further))
        if not linked:
            continue
        if len(linked) == 1 and (a.free or {"spoke", "what"} <= a.cues):
            # More is asked than the link ("Bis wann reicht die Strategie, die der
            # AMZ-Vertreter ansprach?", "Worüber sprach der Chef des APM?"): the linked
            # entry's whole answer.
            return Conclusion(True, (Statement("card", linked[0]),), entries=(linked[0],))
        statements = _linked(subject, predicate, facts)
        if "day" in wants:
            statements += [_day_statement(o) for o in linked if o.kind == "speaker"]
        # "Кто говорил о Deep Tech Hub и кто его инициировал?": the other facts asked, of
        # the same entry; "Welche Plattform hat SIBB initiiert, und wer hat sie
        # vorgestellt?": of what was found.
        for then in (p for p in wants if p != predicate and p in RELATIONS):
            if facts.related(subject, then):
                statements += _linked(subject, then, facts)
                continue
            statements += [s for x in linked for s in _linked(x, then, facts)]
        return Conclusion(True, tuple(statements), entries=tuple(linked))
    speakers = [o for _, o, _ in facts.related(subject) if o.kind == "speaker"]
    missing = [
        p for p in wants
        if p in TELLING and (p != "presented" or ("who" in a.cues and not speakers))
    ]  # fmt: skip
    leading = [s for s in speakers if a.free and all(facts.says(s, (k,)) for k in a.free)]
    if missing[:1] == ["heads"] and len(leading) == 1:
        # "Wer leitet den Cluster Automobilindustrie beim AMZ?": a part of it, headed by the
        # one of its speakers whose role says so.
        return Conclusion(True, (Statement("card", leading[0]),), entries=(leading[0],))
    if missing and subject.kind != "speaker":
        # "Кто директор WFS?": the facts do not say; what they do say follows.
        statement = Statement("no_value", subject, missing[0])
        return Conclusion(False, (statement, Statement("card", subject)), "gap", (subject,))
    return None


def _linked_of_class(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer war der Redner vom APM?': the entries of the class asked a named one links to."""
    if not entities or not a.classes or a.predicates or not {"who", "which"} & a.cues:
        return None
    members = {e.id: e for e in facts.of_class(_main_class(a))}
    if any(e.id in members for e in entities):
        return None
    found = {o.id: o for e in entities for _, o, _ in facts.related(e) if o.id in members}
    if not found or len(found) == len(members):
        return None
    shown = list(found.values())[:3]
    return Conclusion(True, tuple(Statement("card", o) for o in shown), entries=tuple(shown))


def _linked(subject: Entry, predicate: str, facts: Facts) -> list[Statement]:
    """What ``subject`` is linked to by ``predicate``, each link said in its own direction.

    "Wen unterstützt die HIK?": the Deep Tech Hub is supported by the HIK, not the other
    way round.
    """
    links = facts.related(subject, predicate)
    own = tuple(o for _, o, forward in links if forward)
    said = [Statement("value", subject, predicate, items=own)] if own else []
    return said + [
        Statement("value", o, predicate, items=(subject,))
        for _, o, forward in links
        if not forward
    ]


def _each_value(entities: list[Entry], wants: list[str], facts: Facts) -> list[Statement]:
    """'Чем руководят Крайнов и Вахтлер?': one linked fact of each of several of a kind."""
    shown = entities[:3]
    if len(shown) < 2 or len({e.kind for e in shown}) > 1:
        return []
    statements = []
    for entry in shown:
        linked = next(
            ((p, items) for p in wants if (items := [o for q, o, _ in facts.related(entry, p)])),
            None,
        )
        if linked is None:
            # Wachtler heads a cluster the knowledge has no entry for: his answer says so.
            statements.append(Statement("card", entry))
        else:
            statements.append(Statement("value", entry, linked[0], items=tuple(linked[1])))
    return statements if any(s.what == "value" for s in statements) else []


def _speakers_for(subject: Entry, a: Analysis, facts: Facts) -> list[Entry]:
    if subject.kind == "speaker":
        return [e for e in a.entities if e.kind == "speaker"]
    return [o for _, o, _ in facts.related(subject) if o.kind == "speaker"]


def _people_of(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer vertrat AvtoCom?', 'Кто выступал от Autodetal?': no one of a company is named.

    "Wer ist HUDWAY?" asks what it is, not who acted for it: it says nothing more than that.
    """
    if "who" not in a.cues or a.yesno or not entities or not set(a.classes) <= {"company"}:
        return None
    if any(e.kind != "company" for e in entities):
        return None
    if not (a.predicates or a.free or {"spoke", "participation"} & a.cues):
        return None
    statements = [Statement("no_value", entities[0], "people")]
    statements += [Statement("card", e) for e in entities[:3]]
    return Conclusion(False, tuple(statements), "gap", tuple(entities[:3]))


def _each(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Расскажи про Рихтера и Никитина': the answer of each entry named (three at most)."""
    if len(entities) < 2 or a.predicates or a.classes:
        return None
    shown = entities[:3]
    return Conclusion(True, tuple(Statement("card", e) for e in shown), entries=tuple(shown))


def _is_a(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """Whether a named entry is of the kind a question names, or which of two it is.

    "SIBB — один из организаторов?" (no, and the organizers), "Ist Omsk eine Stadt?",
    "Kaluga – steht das als Stadt oder als Region in der Liste?".
    """
    if not a.yesno or len(entities) != 1 or not a.classes:
        return None
    if "spoke" in a.cues and a.classes == ("speaker",):
        return None  # "Hat Krainov in seinem Vortrag … erklärt?" asks what he said
    entity = entities[0]
    if any(entity.fact(f) for f, _ in a.values):
        return None  # "Полад — немецкая компания?": the origin is checked (_claim)
    classes = [c for c in a.classes if c in CLASS_KINDS and c not in ("day", "participant")]
    if len(classes) != len(a.classes) or len(classes) > 3:
        return None
    if entity.kind not in ("organization", "organizer", "company", "place", "speaker", "platform"):
        return None
    own = _class_of(entity, facts)
    statements = [Statement("kind_of", entity, own)] if own else []
    if len(classes) == 1:
        yes = entity in facts.of_class(classes[0])
        claimed = [k for k in a.free if k not in a.foreign]
        if yes and a.foreign and entity.kind == "company":
            # "HUDWAY — это навигационная компания?": a company, and of what kind is not said.
            said = (Statement("unstated"), Statement("member", entity))
            return Conclusion(False, said, "gap", (entity,))
        if yes and any(not facts.says(entity, (k,)) for k in claimed):
            # "IndustryStock ist eine Plattform für Startups?": more is claimed than the
            # kind, and its texts do not say it; what they say.
            return Conclusion(True, (Statement("card", entity),), entries=(entity,))
        statements.insert(0, Statement("verdict", yes=yes))
        if not yes and classes[0] in ("organizer", "speaker", "platform"):
            # The release names all of them: which they are.
            members = tuple(facts.of_class(classes[0]))
            statements.append(Statement("count", detail=classes[0], items=members))
    statements.append(Statement("member", entity))
    return Conclusion(True, tuple(statements), entries=(entity,))


def _class_of(entry: Entry, facts: Facts) -> str:
    """The class word an entry is listed under ("city" for Kaluga, "company" for Kineshma)."""
    return next((c for c in CLASS_KINDS if c != "day" and entry in facts.of_class(c)), "")


def _same(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer sprach am gleichen Tag wie Ilmetow?': the others with the same day."""
    if "same" not in a.cues or len(entities) != 1 or entities[0].kind != "speaker":
        return None
    subject = entities[0]
    if not subject.day:
        return Conclusion(False, (_day_statement(subject),), "gap", (subject,))
    others = [s for s in facts.kb.of_kind("speaker") if s.day == subject.day and s != subject]
    statements = [_day_statement(subject), *(_day_statement(o) for o in others)]
    return Conclusion(True, tuple(statements), entries=tuple(others))


def _day(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Что было во второй день?': the day's own answer."""
    days = [v for f, v in a.values if f == "day"]
    if entities or len(days) != 1 or a.classes:
        return None
    entry = next((e for e in facts.kb.of_kind("day") if str(e.day) == days[0]), None)
    if entry is None:
        return None
    if "what" in a.cues and not any(s.day == entry.day for s in facts.kb.of_kind("speaker")):
        # What happened that day is not known (only its date); its answer says so.
        return Conclusion(False, (Statement("card", entry),), "gap", (entry,))
    return Conclusion(True, (Statement("card", entry),), entries=(entry,))


def _the_event(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'In welchem Bundesland war das?', 'v kakom godu?': when or where, nothing named."""
    event = facts.event
    asks = {"when", "where"} & a.cues and not {"who", "how"} & a.cues
    # "Wo kann ich parken?" is not about the event: a word no text knows says so.
    if entities or a.classes or a.gaps or a.foreign or not asks or event is None:
        return None
    return Conclusion(True, (Statement("card", event),), entries=(event,))


def _event_fact(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche Branchen waren angesprochen?': a fact of the event, nothing else named."""
    event = facts.event
    if entities or a.gaps or event is None or {"who", "spoke"} & a.cues:
        return None
    if not set(a.classes) <= {"participant"}:  # "… oder auch Vertreter anderer Branchen?"
        return None
    asked = [p for p in a.predicates if p not in RELATIONS and event.fact(p)]
    if not asked:
        return None
    statement = Statement("value", event, asked[0], values=event.fact(asked[0]))
    return Conclusion(True, (statement,), entries=(event,))


# "über", "про", "о": what someone spoke about (as keys: see text.match_key).
_TOPIC_WORDS = frozenset(match_key(simplify(w)) for w in "über ueber pro про о об обо ob".split())


def _topic(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Крайнов рассказывал про электромобили?', 'Worum ging es in Richters Vortrag?'.

    What the speaker is said to have spoken about.
    """
    if "spoke" not in a.cues or len(entities) != 1:
        return None
    if a.yesno and not _TOPIC_WORDS & set(a.keys):
        return None  # "vystupal za otmenu sankcij?" asks for a stance, not a topic
    if not a.yesno and "what" not in a.cues:
        return None
    speaker = entities[0]
    if speaker.kind != "speaker":
        return None
    if a.yesno and not facts.says(speaker, a.free):
        # "Wachtler sprach über Lokalisierung?": no, when only another speaker's texts say it.
        theirs = _theirs(speaker, lambda e: facts.says(e, a.free), facts)
        if theirs is not None:
            return theirs
    return Conclusion(True, (Statement("card", speaker),), entries=(speaker,))


def _theirs(speaker: Entry, says: Callable[[Entry], bool], facts: Facts) -> Conclusion | None:
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


def _about(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'chto pokazyvayut na Z+intec': what is asked of one named entry, in words its texts use."""
    if len(entities) != 1 or a.yesno or a.foreign or a.unknown_names or a.predicates:
        return None
    # "Worum ging es bei Krainov?": the verb of a question word's clause asks nothing more.
    if a.classes or a.values or a.gaps or not a.cues <= {"what", "how", "yes_head"}:
        return None
    if not {"what", "how"} & a.cues:
        return None
    return Conclusion(True, (Statement("card", entities[0]),), entries=(entities[0],))


def _unsaid(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Говорит ли Рихтер по-русски?': a yes/no about a person in words no text uses."""
    if not a.yesno or len(entities) != 1 or entities[0].kind != "speaker" or not a.foreign:
        return None
    if a.values or a.classes or a.predicates:
        return None
    statements = (Statement("unstated"), Statement("card", entities[0]))
    return Conclusion(False, statements, "gap", (entities[0],))


# The kinds of question the facts answer, tried in this order; the first that fits answers.
# Declines come first (what is never known wins over a loose fit), then counts and lists,
# then yes/no, then facts of named things, then what is left of when/where and claims.
FRAMES: tuple[Callable[[Analysis, list[Entry], Facts], Conclusion | None], ...] = (
    _named_like_address,  # "Welche Firma heißt wie eine Webadresse?"
    _gap,  # "Wie alt ist Richter?": never in the knowledge
    _not_named,  # "War BMW dabei?": a name the knowledge does not have
    _other_organizer,  # "Российский экспортный центр был соорганизатором?"
    _number_claim,  # "Waren es 100 Teilnehmer?"
    _more,  # "Mehr Städte oder Regionen?"
    _count,  # "Wie viele Städte?"
    _unlinked,  # "Welche Firmen kamen aus Omsk?": no link between the two
    _filtered,  # "Welche Redner kamen von sächsischen Organisationen?"
    _listed,  # "Welche Städte waren vertreten?"
    _is_a,  # "Ist Omsk eine Stadt?", "Kaluga – Stadt oder Region?"
    _rank,  # "Ильметов — министр Самарской области?"
    _event_place,  # "Миссия ведь проходила в Москве?"
    _claim,  # "Die Mission war im Oktober, oder?"
    _figure,  # "Wachtler sprach über die Strategie bis 2030, richtig?"
    _which_of,  # "Lokalisierung – war das Krainov oder Wachtler?"
    _check_pair,  # "Рихтер ведь из ТПП?"
    _members,  # "Waren Omsk und Kaluga dabei?"
    _same,  # "Wer sprach am gleichen Tag wie Ilmetow?"
    _value,  # "An welchem Tag sprach der Vertreter der HIK?"
    _linked_of_class,  # "Wer war der Redner vom APM?"
    _people_of,  # "Wer vertrat AvtoCom?"
    _each,  # "Расскажи про Рихтера и Никитина"
    _day,  # "Что было во второй день?"
    _the_event,  # "In welchem Bundesland war das?"
    _event_fact,  # "Welche Branchen waren angesprochen?"
    _topic,  # "Hat Krajnow über den Export gesprochen?"
    _unsaid,  # "Говорит ли Рихтер по-русски?"
    _about,  # "chto pokazyvayut na Z+intec"
)
