"""Answers computed from the facts: counts, lists, relations, declines; the frames in order.

Pure Python, no Telegram. :func:`reason` takes a question's :class:`~bot.analysis.Analysis`
and returns a :class:`~bot.facts.Conclusion`, or ``None`` when the facts cannot answer and
fuzzy retrieval should. Yes/no questions and claims are in :mod:`bot.claims`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from . import claims
from .analysis import (
    ALL_OF_THEM,
    APART,
    ENTITY_KINDS,
    EXACTLY,
    FROM_KEYS,
    IN_KEYS,
    OR_KEYS,
    PLACE_PREPOSITIONS,
    WH_CUES,
    Analysis,
    Mention,
    last_clause,
)
from .facts import (
    CLASS_KINDS,
    PLACE_CLASSES,
    TELLING,
    Conclusion,
    Facts,
    Statement,
    class_kind,
    day_statement,
    days_counted,
    main_class,
    narrow,
    said_by_another,
    same_word,
    told,
    town_keys,
    unstated,
)
from .knowledge import RELATIONS, Entry, Text
from .text import (
    ANY_STOP_WORDS,
    BRACKETS,
    LANGS,
    has_cyrillic,
    match_key,
    numbers,
    text_keys,
    words,
)
from .vocabulary import ABBREVIATION_GAPS, Gap

_ADDRESS = re.compile(r"\w\.[a-z]{2,}\b")


def _leading_part_of(subject: Entry, a: Analysis, facts: Facts) -> list[Entry]:
    """'Wie heißt der Leiter vom Automobil-Cluster beim AMZ?': its speaker who heads that.

    Who heads an organization is not given, but a speaker of it may head a part of it that
    the question names ("Leiter des Clusters Automobilindustrie des sächsischen AMZ").
    """
    if subject.kind not in ("organizer", "organization") or {"negation", "except"} & a.cues:
        return []  # "… всей сетью AMZ, а не только кластером?": the whole, not the part
    heading = {s.id for s in _heading_speakers(facts)}
    return [
        s
        for _, s, _ in facts.related(subject)
        if s.id in heading
        and any(
            facts.uses(s, k, "described") or _halves_described(s, k, facts) for k in a.known_free
        )
    ]


def _halves_described(speaker: Entry, key: str, facts: Facts) -> bool:
    """Whether both halves of a compound are in the role ("Automobilcluster")."""
    return len(key) >= 10 and any(
        facts.uses(speaker, key[:i], "described") and facts.uses(speaker, key[i:], "described")
        for i in range(5, len(key) - 4)
    )


@lru_cache(maxsize=8)
def _heading_speakers(facts: Facts) -> tuple[Entry, ...]:
    """The speakers whose role heads something ("Leiter des Clusters …", "гендиректор")."""
    return tuple(
        s
        for s in facts.kb.of_kind("speaker")
        if s.role is not None
        and any(h.name == "heads" for h in facts.kb.vocabulary.scan(text_keys(s.role.de)))
    )


# "Welche Firmen haben Motor im Namen?", "Какие компании имеют в названии Avto?": names by a
# word in them.
_IN_NAME = re.compile(
    r"\b(?:im (?:firmen)?namen|in ihren? namen|в названи(?:и|ях)|v nazvanii|v nazvaniyakh"
    # "die Firma mit .aero am Ende" (not "Wer hielt am Ende das Schlusswort?")
    r"|(?:mit|hat|haben) \S+ am ende|endet (?:auf|mit)|(?:за|о)канчивается на)\b",
    re.IGNORECASE,
)
# A letter asked about, alone or in quotes: "mit A an", "на букву «К»".
_LETTER = re.compile(r"(?<![\w-])[\"'„“«]?([A-ZÄÖÜА-ЯЁ])[\"'“”»]?(?![\w-])")


def place_in_list(a: Analysis) -> str | None:
    """The class whose list a question asks the first or last of, if it does."""
    keys = set(a.keys)
    if a.mentions or not keys & _LIST_WORDS or "count" in a.cues:
        return None
    if not keys & (_FIRST_KEYS | _LAST_KEYS) or numbers(a.text):
        return None  # not "die ersten drei und die letzten drei Firmen"
    classes = [c for c in a.classes if c not in ("speaker", "participant", "day")]
    if len(classes) > 1 or not (classes or "participant" in a.classes):
        return None
    return classes[0] if classes else "company"  # "in der Liste der Teilnehmer": the firms


def _place_in_list(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche Firma steht ganz oben in der Liste?', 'Какая компания в списке последняя?'.

    The first or last of a list as the knowledge gives it (the release's order).
    """
    cls = place_in_list(a)
    if cls is None:
        return None
    keys = set(a.keys)
    first, last = bool(keys & _FIRST_KEYS), bool(keys & _LAST_KEYS)
    items = facts.of_class(cls)
    if len(items) < 2:
        return None
    said = [Statement("position", items[0], "first")] if first else []
    said += [Statement("position", items[-1], "last")] if last else []
    return Conclusion(True, tuple(said), entries=tuple(s.subject for s in said if s.subject))


def _initial(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche Firmen aus Russland fangen mit A an?': the class's names by their first letter.

    A Latin letter is looked up in the German names, a Cyrillic one in the Russian names. So
    are the beginnings of words ("fangen mit Auto bzw. Avto an") and words in a name ("Welche
    Firmen haben Motor im Namen?"); without a class named, the companies are meant.
    """
    inside = bool(_IN_NAME.search(a.text))
    if not ("initial" in a.cues or inside) or entities:
        return None
    cls = main_class(a) if a.classes else "company"
    every = narrow(a, facts.of_class(cls), facts, cls)
    letters = _LETTER.findall(a.text)
    if inside or len(letters) != 1:
        pieces = _pieces_of_names(a.text, every, inside)
        if not pieces:
            return None
        found = tuple(e for e in every if any(_has_piece(e, p, inside) for p in pieces))
        return Conclusion(True, (Statement("count", detail=cls, items=found),), entries=found)
    if not a.classes:
        return None
    letter = letters[0].casefold()
    found = tuple(
        e
        for e in every
        if (e.name.ru if has_cyrillic(letter) else e.name.de).casefold().startswith(letter)
    )
    said: tuple[Statement, ...] = (Statement("count", detail=cls, items=found),)
    if not found:
        said += (Statement("count", detail=cls, items=tuple(every)),)  # none: and all of them
    return Conclusion(True, said, entries=found)


def _has_piece(entry: Entry, piece: str, inside: bool) -> bool:
    """Whether a name of the entry, in the piece's script, begins with or holds ``piece``."""
    name = (entry.name.ru if has_cyrillic(piece) else entry.name.de).casefold()
    return piece in name if inside else name.startswith(piece)


def _pieces_of_names(text: str, entries: Sequence[Entry], inside: bool) -> list[str]:
    """The words of a question that begin (or, ``inside``, are in) a name of the entries.

    "Auto bzw. Avto" gives both; a word in a name must have three letters or more.
    """
    pieces = []
    for word in re.findall(r"\w+", text):
        piece = word.casefold()
        if len(piece) < (3 if inside else 2) or piece in ANY_STOP_WORDS:
            continue
        if any(_has_piece(e, piece, inside) for e in entries):
            pieces.append(piece)
    return pieces


def _spelling(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wie schreibt man Ilmetow auf Russisch?': the names in both languages say it.

    So does what a name is in another language: "Wie heißt Rjasan auf Deutsch?".
    """
    translated = "name" in a.cues and any(g.id == "language" for g in a.gaps)
    if translated and not entities and a.event_at is not None and facts.event is not None:
        # "Wie heißt die Veranstaltung auf Russisch?": the event's own name.
        return Conclusion(True, (Statement("spelling", facts.event),), entries=(facts.event,))
    if not ("spelling" in a.cues or translated) or not 1 <= len(entities) <= 3:
        return None
    if "place" in a.predicates or set(a.classes) & PLACE_CLASSES:
        return None  # "bei ProgressTlt steht eine Stadt in Klammern – welche?": the place
    if any(e.kind in ("event", "day", "list") for e in entities):
        return None
    said = tuple(Statement("spelling", e) for e in entities)
    return Conclusion(True, said, entries=tuple(entities))


def _named_like_address(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welcher Teilnehmer heißt wie eine Webadresse?': names that are web addresses."""
    about_names = "name" in a.cues and any(g.id == "website" for g in a.gaps)
    if entities or not about_names or not {"company", "participant"} & set(a.classes):
        return None
    items = tuple(e for e in facts.of_class("company") if _ADDRESS.search(e.name.de))
    if not items:
        return None
    return Conclusion(True, (Statement("items", detail="company", items=items),))


_WITH = frozenset(match_key(w) for w in ("mit", "к", "k", "ко"))


def _in_context(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'rjasan in welchem zusammenhang erwähnt': what the release says of the one named."""
    if "context" not in a.cues or len(entities) > 1 or a.yesno or a.gaps:
        return None
    if a.classes and {"which", "besides"} & a.cues:
        return None  # "Кроме Москвы, какие ещё города упоминаются?": a list is asked
    if {"who", "when", "count"} & a.cues:
        return None  # "Там упоминается кластер АПМ. Кто им руководит?" asks for someone
    linked_to = {k for before, k in pairwise(a.keys) if before in _WITH and k in a.foreign}
    if entities and linked_to and "what" in a.cues:
        # "Hat ctp.aero was mit Luftfahrt zu tun?": a link to what no text names is not said.
        return unstated(entities[0], "member" if entities[0].kind == "company" else "card")
    if entities:
        return told(entities[0])
    # "В каком контексте упоминается Лейпциг?": a place no entry is, but one entry's fact.
    said = set(a.free)
    holders = [
        e
        for e in facts.kb.entries
        for values in e.facts.values()
        if any(isinstance(v, Text) and {match_key(v.de), match_key(v.ru)} & said for v in values)
    ]
    if not holders:
        # "In welchem Zusammenhang wurde 2025 erwähnt?": the one thing whose answer says
        # that year (not the lists and days that retell it).
        years = [str(v) for f, v in a.values if f == "year"]
        said_in = [
            e for e in facts.kb.entries if any(y in e.answer.de or y in e.answer.ru for y in years)
        ]
        if years and not said_in:
            return Conclusion(False, (), "gap")  # "… wurde 2030 erwähnt?": it was not
        holders = [e for e in said_in if e.kind not in ("list", "event", "day")]
    return told(holders[0]) if len({e.id for e in holders}) == 1 else None


def _gaps(a: Analysis, entities: list[Entry]) -> list[Gap]:
    """The gaps asked of the kinds of entry named: "Was macht Krainov?" is no firm's products."""
    kinds = {e.kind for e in entities} | {CLASS_KINDS[c][0] for c in a.classes if c in CLASS_KINDS}
    return [g for g in a.gaps if not g.kinds or kinds & set(g.kinds)]


def gap_said(gap: Gap, a: Analysis, entities: list[Entry], facts: Facts) -> bool:
    """Whether a text says the gap's word together with the question's other words.

    "Über welche Plattform sollen Mitglieder der Handelskammer Services bekommen?": the
    members are whom IndustryStock's text says it serves, no membership asked.
    """
    words = {k for phrase in gap.phrases if len(phrase) == 1 for k, _ in phrase}
    used = words & set(a.keys)
    later = gap.id == "future" and not any(f == "year" for f, _ in a.values)  # "nach 2021"
    if later and entities and all(_dated_after(e, facts) for e in entities):
        return True  # "die wievielte Z intec ist das nächstes Jahr": the one after the event
    others = [k for k in a.free if len(k) >= 5]
    if not used or not others or "exact" in a.cues:  # "… welche Services konkret?"
        return False
    kinds = {CLASS_KINDS[c][0] for c in a.classes if c in CLASS_KINDS}
    near = [*entities, *(e for e in facts.kb.entries if e.kind in kinds)]
    # "Für wen soll das Portal künftig Dienste anbieten?": a plan the text tells ("wird …
    # bereitstellen") is no future event asked.
    said = _WILL if gap.id == "future" else used
    # Words of its own name ("Repräsentanz" of "die HIK-Repräsentanz") say nothing more.
    return any(
        facts.says(e, said, strictly=True)
        and facts.says(e, [k for k in others if not facts.uses(e, k, "described")], strictly=True)
        for e in near
    )


_WILL = frozenset(match_key(w) for w in ("wird", "werden", "будет", "будут"))


def _dated_after(entry: Entry, facts: Facts) -> bool:
    """Whether ``entry`` is dated in a year after the event's."""
    event = facts.event
    held = [y for y in event.fact("year") if isinstance(y, int)] if event else []
    years = [y for y in entry.fact("year") if isinstance(y, int)]
    return bool(held and years) and min(years) > max(held)


def _vocabulary_gap(facts: Facts, gap_id: str) -> Gap | None:
    """The vocabulary's gap ``gap_id`` (what is never in the knowledge), if it has one."""
    return next((g for g in facts.kb.vocabulary.gaps if g.id == gap_id), None)


def _predecessor(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer war vor Wachtler Clusterleiter beim AMZ?': who held the post before is not given."""
    if not {"who", "earlier"} <= a.cues or "spoke" in a.cues:
        return None
    people = [e for e in entities if e.kind == "speaker"]
    # "Clusterleiter", "Referatsleiter": a compound of the head's noun.
    heads = "heads" in a.predicates or any(w.endswith("leiter") for w in a.free)
    career = _vocabulary_gap(facts, "career")
    if len(people) != 1 or not heads or career is None:
        return None
    return Conclusion(False, (Statement("gap", people[0], gap=career),), "gap", (people[0],))


def _audience(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Für wen ist IndustryStock gedacht?', 'Для кого Deep Tech Hub?': its answer says.

    Whom a platform serves is what its answer tells of it, also when the question speaks of
    services in the future or of members ("… für wessen Mitglieder?").
    """
    if "audience" not in a.predicates or (a.yesno and a.known_free):
        return None  # "… für Startups gedacht?": one claimed, which said_of_one_other checks
    if any(g.id not in ("members", "future") for g in _gaps(a, entities)):
        return None  # "Was kostet IndustryStock für Mitglieder?": what it costs is not known
    platforms = [e for e in entities if e.kind == "platform"]
    # "… Deep Tech Hub, который представлял Никитин?": the one who presented it asks nothing.
    others = [e for e in entities if e.kind not in ("platform", "speaker")]
    return told(*platforms) if len(platforms) == 1 and not others else None


_AGO = frozenset(match_key(w) for w in ("her", "назад", "nazad"))


_DAYS_UNIT = frozenset(match_key(w) for w in ("tagen", "днях", "dnyakh", "dniah"))

# "… hat der gedauert", "dauerte der": "der" is a talk or a day, never the mission ("sie").
_LASTED = frozenset(match_key(w) for w in ("gedauert", "dauerte", "ging", "lief", "gegangen"))


def _how_long(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wie lange dauerte die Mission?', 'skolko dlilas missiya': its days, counted."""
    if a.yesno or not any(g.id == "duration" for g in a.gaps) or _AGO & set(a.keys):
        return None  # "Wie lange ist die Mission schon her?" asks when
    if any(g.id != "duration" for g in _gaps(a, entities)):
        return None  # "Wie lange dauert ein Schengen-Visum?": how long something else takes
    others = [e for e in entities if e.kind != "event"]
    if len(others) == 1 and others[0].kind not in ("speaker", "day") and not a.classes:
        return unstated(others[0])  # "Wie lange dauert die Z+intec?": not known
    # "Wie lang war die Mission in Tagen?": days as the unit asked in, not days asked of.
    in_days = a.classes == ("day",) and any(
        k in IN_KEYS and n in _DAYS_UNIT for k, n in pairwise(a.keys)
    )
    if others or (a.classes and not in_days) or {"who", "spoke", "he"} & a.cues:
        return None  # "Wie lange hat Richter gesprochen?" is a gap of speakers
    if a.unknown_names:
        return None  # "Wie lange dauerten die B2B-Gespräche?": something not known
    keys = a.keys
    if any(
        k == "der" and (i + 1 == len(keys) or keys[i + 1] in _LASTED) for i, k in enumerate(keys)
    ):
        # "… den Eröffnungsvortrag … und wie lange hat der gedauert?": a talk or a day, whose
        # length is never given.
        return Conclusion(False, (), "gap")
    said = days_counted(facts.kb)
    return Conclusion(True, said) if said else None


# "Ist die Mission schon vorbei?", "Hat sie bereits begonnen?": words of time that ask
# nothing more.
_STILL = frozenset(
    match_key(w) for w in ("schon", "noch", "bereits", "inzwischen", "mittlerweile")
)


def _over(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Ist die Mission schon vorbei?', 'Миссия уже началась?': when it began and ended."""
    event = facts.event
    if not a.yesno or not {"begin", "end"} & a.cues or a.event_at is None or event is None:
        return None
    # "Ist die Mission schon vorbei oder kann man sich noch anmelden?": over, and the
    # registration not known.
    registering = [g for g in a.gaps if g.id == "registration"] if "or" in a.cues else []
    if a.values or len(a.gaps) > len(registering) or a.classes or a.predicates or a.foreign:
        return None
    if set(a.free) - _STILL or any(e.kind != "event" for e in entities):
        return None
    said = (Statement("member", event), *(Statement("gap", gap=g) for g in registering))
    return Conclusion(True, said, entries=(event,))


def _invited_to(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Zu welcher Folgeveranstaltung wurden die Teilnehmer eingeladen?': what anyone invited to.

    Asked of the invited, not of who invited; a later event ("Folgeveranstaltung", "im Jahr
    2021") is what the invitation was to, no future event the knowledge does not hold.
    """
    if a.predicates != ("invited_to",) or a.yesno or "who" in a.cues:
        return None
    if not {"which", "what", "where"} & a.cues or not set(a.classes) <= {"participant", "company"}:
        return None
    if any(e.kind != "event" for e in entities) or {g.id for g in a.gaps} - {"future"}:
        return None
    targets = {
        o.id: o for s in facts.kb.of_kind("speaker") for _, o, _ in facts.related(s, "invited_to")
    }
    return told(*targets.values()) if targets else None


def _day_of_a_kind(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'В какой день представили платформы?': the day of the talk that presented all of them."""
    if entities or a.yesno or a.classes != ("platform",) or "day" not in a.predicates:
        return None
    found = [_value(a, [member], facts) for member in facts.of_class("platform")]
    first = found[0] if found else None
    if first is None or not first.answered or len(found) < 2:
        return None
    return first if all(c == first for c in found[1:]) else None


def _presented_on_a_day(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wurde IndustryStock am ersten Tag vorgestellt?': the day of the talk that presented it."""
    days = [int(v) for f, v in a.values if f == "day" and v.isdigit()]
    if not a.yesno or len(days) != 1 or len(entities) != 1 or "presented" not in a.predicates:
        return None
    thing = entities[0]
    presenters = [s for s, _ in _doers(facts, "presented", {thing.id})]
    if thing.kind == "speaker" or len(presenters) != 1 or not presenters[0].day:
        return None
    presenter = presenters[0]
    said = (
        Statement("verdict", yes=presenter.day == days[0]),
        day_statement(presenter),
        Statement("value", presenter, "presented", items=(thing,)),
    )
    return Conclusion(True, said, entries=(presenter, thing))


# "Wen", "кого": whom, not who.
_WHOM = frozenset(match_key(w) for w in ("wen", "кого", "kogo"))


def _invited_whom(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wen hat Richter zur Z+intec eingeladen?': the invited, as the invitation's text says."""
    if a.predicates != ("invited_to",) or a.yesno or not _WHOM & set(a.keys):
        return None
    speakers = [e for e in entities if e.kind == "speaker"]
    if len(speakers) != 1 or any(e.kind not in ("speaker", "fair") for e in entities):
        return None
    targets = [o for _, o, _ in facts.related(speakers[0], "invited_to")]
    return told(*targets) if targets else None


# "An welchem Tag", "в какой день": a day of the event asked, not a date.
_DAY_WORDS = frozenset(match_key(w) for w in ("tag", "день", "дня", "day"))


def _day_of_invitation(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'An welchem Tag kam die Einladung zur Messe?': the day of the talk that invited.

    An invitation has no day of its own; the speaker who made it spoke on one.
    """
    if set(a.predicates) != {"day", "invited_to"} or a.yesno or not {"when", "which"} & a.cues:
        return None
    if not _DAY_WORDS & set(a.keys):
        # "Wann ist die Messe, zu der eingeladen wurde?" asks the fair's date.
        return None
    if any(e.kind not in ("fair", "event") for e in entities):
        return None
    fairs = {e.id for e in entities if e.kind == "fair"}
    inviting = [
        (s, o) for s, to in _doers(facts, "invited_to") for o in to if not fairs or o.id in fairs
    ]
    days = [s.fact("day") for s, _ in inviting]
    if not inviting or not all(days):
        return None
    return Conclusion(
        True,
        tuple(
            said
            for (s, o), on in zip(inviting, days, strict=True)
            for said in (
                Statement("value", s, "day", values=on),
                Statement("value", s, "invited_to", items=(o,)),
            )
        ),
    )


# What a speaker did, linked to what he did it with.
_ACTS = ("invited_to", "presented")


def _speaker_did(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Hat Wachtler eine Plattform vorgestellt?': whether he did, and who did.

    So of inviting ("Hat Ilmetow die Firmen nach Leipzig eingeladen?"). Asked of one speaker
    and of no object named (a named one is a pair to check). What was presented is narrowed to
    the class asked of ("eine Plattform"); without one, what a speaker presented is said in his
    words ("stellte den Automobilsektor seiner Region vor").
    """
    if not a.yesno or len(a.predicates) != 1 or len(entities) != 1:
        return None
    act, speaker = a.predicates[0], entities[0]
    if act not in _ACTS or speaker.kind != "speaker":
        return None
    if a.gaps or a.unknown_names or "only" in a.cues or a.values:
        return None  # "… im Mai eingeladen?": a detail to check, not whether he did
    wanted = None
    if act == "presented":
        if not a.classes:
            return None
        wanted = {e.id for c in a.classes for e in facts.of_class(c)}
    doing = _doers(facts, act, wanted)
    own = [(s, to) for s, to in doing if s.id == speaker.id]
    said = own or doing  # who did, when he did not
    if not said:
        return None
    figures = claims.figures_claimed(a)
    counted = bool(own) and wanted is not None and len(figures) == 1
    if not counted and not all(
        any(facts.says(o, (k,)) for _, to in said for o in to) for k in a.free
    ):
        return None  # "Ilmetova zvali Aleksandr?" asks his name
    statements = [Statement("value", s, act, items=tuple(to)) for s, to in said]
    yes = bool(own)
    if counted:
        # "Nikitin hat ja gleich vier Plattformen präsentiert?": so many, or not.
        yes = figures[0] == len(own[0][1])
    return Conclusion(True, (Statement("verdict", yes=yes), *statements), entries=(speaker,))


def _doers(
    facts: Facts, act: str, wanted: set[str] | None = None
) -> list[tuple[Entry, list[Entry]]]:
    """Each speaker who did ``act``, with what he did it with (of ``wanted``, if given)."""
    found = [
        (s, [o for _, o, _ in facts.related(s, act) if wanted is None or o.id in wanted])
        for s in facts.kb.of_kind("speaker")
    ]
    return [(s, to) for s, to in found if to]


# A speaker's title or office: the knowledge gives it as the release words it.
_ROLE_WORDS = frozenset(
    match_key(w)
    for w in "funktion titel position bezeichnung amtsbezeichnung jobtitel должность должности "
    "титул позиция dolzhnost dolzhnosti".split()
)


# The gaps a thing's place answers, by its kind: a firm's or fair's town is its address, the
# region in an association's name is where it comes from but no office's address.
_ANSWERED_BY_PLACE = {
    "fair": frozenset({"address", "hometown"}),
    "company": frozenset({"address", "hometown"}),
    "organization": frozenset({"home_region"}),
}


# "z+intec adres", "Adresse der Messe?": an address asks more than its town ("Firmenadresse:
# in welcher Stadt sitzt ProgressTlt?" asks the town).
_STREET_ADDRESS = frozenset(
    match_key(w)
    for w in "adresse anschrift postanschrift postadresse адрес адреса адресу адресом адресе "
    "adres adresa straße strasse hausnummer улица улице улицу ulica ulitsa ulice ulitse".split()
)


def _gap(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    # Of a kind of entry named or of one named entry: "Wie lange dauerte jeder Vortrag?".
    gaps = _gaps(a, entities)
    if a.yesno and a.classes:
        # "Входит ли AMZ в число организаторов?" asks for its kind, not its members.
        gaps = [g for g in gaps if g.id != "members"]
    if a.classes and "except" in a.cues:
        # "Перечислите всех организаторов без сокращений": the names in full are the list.
        gaps = [g for g in gaps if g.id not in ABBREVIATION_GAPS]
    if _ROLE_WORDS & set(a.keys) and any(e.role for e in entities):
        # "Как дословно звучит должность Рихтера?": his title is given word for word.
        gaps = [g for g in gaps if g.id != "quote"]
    gaps = [g for g in gaps if not gap_said(g, a, entities, facts)]
    if not gaps:
        return None
    gap = gaps[0]
    # A fact the knowledge does hold is no gap: the fair's city, a company named by its town.
    # The place must be the one of what is asked about, named first: in "Wo hat das Cluster
    # APM seinen Sitz, in Moskau oder in Togliatti?" the firm from Togliatti is an option.
    # A region in an association's name ("Berlin-Brandenburg") gives no office's address.
    # "Was ist die genaue Adresse der Messe?" asks more than its town.
    # "Aus welcher Region kommt der SIBB?": the region its name gives (a firm's town is no
    # region). Every gap asked must be one its place answers: "Дайте адрес и телефон
    # ProgressTlt" asks a phone too.
    subject = entities[0] if entities else None
    # "В каком городе будет выставка, на которую приглашал Рихтер?": the fair's town.
    fairs = [e for e in entities if e.kind == "fair" and e.fact("place")]
    if fairs and all(g.id in _ANSWERED_BY_PLACE["fair"] for g in gaps):
        subject = fairs[0]
    answered_by_place = _ANSWERED_BY_PLACE.get(subject.kind, frozenset()) if subject else ()
    if (
        subject
        and subject.fact("place")
        and "exact" not in a.cues
        and not _STREET_ADDRESS & set(a.keys)
        and all(g.id in answered_by_place for g in gaps)
    ):
        if "when" in a.cues:
            return told(subject)  # "… in welcher Stadt, und wann?": its card says both
        place = Statement("value", subject, "place", values=subject.fact("place"))
        regions = {"region", "oblast"} & set(a.classes)
        if a.yesno and regions and any(e.fact("place_kind") == ("city",) for e in entities):
            # "Шадринский завод находится в Курганской области?": the region of the town in
            # its name is not given.
            return Conclusion(False, (Statement("unstated"), place), "gap", (subject,))
        return Conclusion(True, (place,))
    seated = entities and entities[0].fact("seat")
    if gap.id == "address" and seated and a.yesno:
        # "Представительство ТПП РФ находится в России?": no, in Germany.
        claimed = claims.seat_claim(a, entities[0], facts)
        if claimed is not None:
            return claimed
    # "In welchem Land …?", "в какой стране …?": a country asked, not a town.
    if gap.id == "address" and seated and "country" in a.cues:
        # "Predstavitelstvo TPP nahoditsya v kakoi strane?": the country its name gives.
        subject = entities[0]
        country = Statement("value", subject, "seat", values=subject.fact("seat"))
        return Conclusion(True, (country,))
    # "… в Германии, в Берлине?": a place said beside its name asks for more than it.
    in_names = {i for m in a.mentions for i in range(m.start, m.end)}
    seat_said = any(k in IN_KEYS for i, k in enumerate(a.keys) if i not in in_names)
    if (
        seated
        and not a.yesno
        and all(g.id == "address" for g in gaps)
        and "exact" not in a.cues
        and not _STREET_ADDRESS & set(a.keys)
        and not seat_said
        and not a.unknown_names
    ):
        # "Где находится представительство ТПП РФ?": the country its name gives ("… в
        # Германии, в Берлине?" or "по какому адресу" asks more than that).
        subject = entities[0]
        return Conclusion(
            True, (Statement("value", subject, "seat", values=subject.fact("seat")),)
        )
    if gap.id == "owner" and _by_its_bracket(a, entities[:1]):
        # "Kakoj kompanii prinadlezhit brand Volgabus?": the name it is the bracket of.
        return told(entities[0])
    if gap.id == "products" and fairs and len(fairs) == len(entities) and len(gaps) == 1:
        # "Um welche Produkte geht es auf der Z+intec, was stellen die Firmen da aus?": what
        # the fair is for, its answer says (parts, components, modules, technologies).
        return told(fairs[0])
    if gap.id == "tenure" and any(e.fact("year") for e in entities):
        # "… den Expertenkreis, den Nikitin erwähnt hat, und seit wann gibt's den?": its year.
        return told(next(e for e in entities if e.fact("year")))
    if gap.id in ABBREVIATION_GAPS:
        letters = any(g.id == "spelling" for g in gaps)
        # "Что означает HIK?": a name that spells out the abbreviation in brackets says it.
        asked = set(words(a.text))
        spelled = [
            e for e in entities
            if any(set(words(inner)) & asked for inner in BRACKETS.findall(_names_of(e)))
        ]  # fmt: skip
        # "Wofür steht AMZ?": a name of more words than the abbreviation asked ("AMZ –
        # Netzwerk Automobilzulieferer Sachsen") says what it stands for; spelled out, if
        # one of them begins as it does (not "Digitalverband Berlin-Brandenburg SIBB
        # e.V."); in Latin letters, as the abbreviation is also in a Russian name.
        spelled += [
            e for e in entities
            if (shared := set(words(e.name.de)) & asked)
            and len(other := set(words(e.name.de)) - asked) >= 3
            and (not letters or {w[0] for w in shared} & {w[0] for w in other})
        ]  # fmt: skip
        if spelled:
            return told(spelled[0])
    event = facts.event
    formats = [v for f, v in a.values if f == "format"]
    if (
        event
        and formats
        and not entities
        and gap.id != "future"  # "… eine Fortsetzung, vielleicht in Präsenz?": of that one
        and not any(facts.has_value(event, "format", v) for v in formats)
    ):
        # "Die Delegation ist ja persönlich nach Sachsen gereist – in welchem Hotel war sie?":
        # the premise is false; the event, in its first sentence, was virtual.
        return Conclusion(True, (Statement("member", event),), entries=(event,))
    statements = [Statement("gap", entities[0] if entities else None, gap=gap)]
    # "ATK i ksc group iz odnogo goroda?": what is known of each of the kind named.
    statements += [Statement("card", e) for e in entities[1:3] if e.kind == entities[0].kind]
    return Conclusion(False, tuple(statements), "gap", tuple(entities[:3]))


def _why_format(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Warum fand die Mission online statt?': the reason is not said; the event is.

    "Warum war die Mission virtuell?", "Почему миссию сделали виртуальной, а не очной?": why
    it was held as it was, which the release does not say ("Warum …?" of anything else often
    asks of a false premise, which it does).
    """
    event = facts.event
    if event is None or entities or not claims.WHY.match(a.text):
        return None
    if not any(f == "format" for f, _ in a.values + a.described_values):
        return None
    return unstated(event, "member")


def _deputy_of(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Кто заместитель Никитина?', 'Wer ist der Stellvertreter von Richter?': not known.

    No speaker's deputy is named; his own answer is what is known.
    """
    # "Wie heißt der Stellvertreter von Krainov?" asks who by the name.
    if a.yesno or "deputy" not in a.cues or not {"who", "name"} & a.cues:
        return None
    speakers = [e for e in entities if e.kind == "speaker"]
    if len(speakers) != 1 or any(e.kind not in ("speaker", "organizer") for e in entities):
        return None
    if any(person.id == speakers[0].id for person, _ in _deputy_titles(facts)):
        return None  # "наш замминистра … Как его зовут?": he is the deputy asked for
    return unstated(speakers[0])


# "Wer war …", "кто был …": someone who was at the event; "Chef", "начальник", "eigentlich",
# "selbst" ask for the one above him.
_WAS = frozenset(match_key(w) for w in "war был была byl byla".split())
# "Samara hat doch seinen Wirtschaftsminister geschickt, oder? wie hieß der?": who came.
_SENT = frozenset(
    match_key(w)
    for w in "geschickt entsandt schickte entsandte прислала прислали направила направили "
    "prislala prislali napravila napravili".split()
)
_CHIEF = frozenset(
    match_key(w)
    for w in "chef chefin vorgesetzter eigentliche eigentlichen eigentlich selbst начальник "
    "начальника руководитель сам nachalnik sam".split()
)


def _chief_of_a_deputy(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wie heißt der Minister …?', 'Как зовут министра …?': only his deputy is named.

    The title asked is the one a speaker's role holds after a word for deputy
    ("stellvertretender Minister", "заместитель министра"), and no such word is asked.
    """
    if not {"who", "name"} & a.cues:
        return None
    if a.yesno and not ("name" in a.cues and _CHIEF & set(a.keys)):
        return None  # "… sein Chef, der Minister selbst, heißt doch Wolkow?" asks his name
    was = "who" in a.cues and _WAS & set(a.keys)
    if (was or _SENT & set(a.keys)) and not _CHIEF & set(a.keys):
        # "Wer war nochmal der Typ aus Samara, der Minister?": the one who was there, by the
        # title he is remembered by; not "… sein Chef, der Minister?".
        return None
    # A word for deputy before the title asks for the deputy ("der stellvertretende
    # Minister"); after it, it says whose ("der Minister, dessen Stellvertreter …").
    deputy = [h.start for h in facts.kb.vocabulary.scan(a.keys) if h.name == "deputy"]
    for person, titles in _deputy_titles(facts):
        # A form of the title ("министра", "Minister"), not "Ministerium"; or a compound
        # ending in it ("Wirtschaftsminister").
        asked = [
            i for i, k in enumerate(a.keys)
            if any(
                (k[: len(t) - 1] == t[:-1] and len(k) - len(t) <= 2)
                or (len(k) > len(t) + 3 and k.endswith(t))
                for t in titles
            )
        ]  # fmt: skip
        # ("der Vizeminister" is one word; "Ilmetow ist ja nur Vize – wie heißt denn der
        # eigentliche Minister?": a word for deputy far before asks for no deputy; "Ilmetow
        # ist Vizeminister – wie heißt sein Chef, der Minister?": the title without one.)
        asked = [i for i in asked if not any(i - 3 <= d <= i for d in deputy)]
        if not asked:
            continue
        # "Wer ist Krainov, ein Minister?": a guess at the title of another one named.
        if any(m.entry.kind == "speaker" and m.entry.id != person.id for m in a.mentions):
            return None
        # "кто выступал от WFS — министр Дулиг?": a body another spoke for, the minister a
        # guess at who did.
        bodies = [m.entry for m in a.mentions if m.entry.kind in ("organizer", "organization")]
        if any(person not in facts.speakers_of(b) for b in bodies):
            return None
        # A title right before the name is his, claimed ("Wer ist Minister Ilmetow?"), as is
        # one right after it ("wer war dieser Ilmetow, der Wirtschaftsminister von Samara?").
        if not any(
            m.entry.id == person.id and (m.start == asked[0] + 1 or 0 <= asked[0] - m.end <= 1)
            for m in a.mentions
        ):
            return unstated(person)
    return None


@lru_cache(maxsize=8)
def _deputy_titles(facts: Facts) -> tuple[tuple[Entry, tuple[str, ...]], ...]:
    """Each speaker with the titles his role qualifies as deputy ("Minister", "министра")."""
    found = []
    for person in facts.kb.of_kind("speaker"):
        if person.role is None:
            continue
        titles = []
        for text in (person.role.de, person.role.ru):
            keys = text_keys(text)
            deputy = [h.end for h in facts.kb.vocabulary.scan(keys) if h.name == "deputy"]
            titles += [keys[i] for i in deputy if i < len(keys)]
        if titles:
            found.append((person, tuple(titles)))
    return tuple(found)


def _more_exact_place(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wo genau in Leipzig findet die Messe statt?': more exact than the place known."""
    # "… den Namen von der Messe, wo man im März nach Leipzig sollte… wie hieß die?": the
    # name is asked, and "wo" opened a clause.
    if "where" not in a.cues or "name" in a.cues or len(entities) != 1 or a.yesno:
        return None
    said = town_keys(entities[0])
    at = [i for i, k in enumerate(a.keys) for p in said if len(k) >= 4 and _inflected(k, p)]
    if not at:
        return None
    asked = [i for i, k in enumerate(a.keys) if k in _WHERE_KEYS]
    if "exact" not in a.cues and asked and at[0] - asked[0] > 3:
        return None  # "Wo ist die Z+intec, in Leipzig?": the town guessed is confirmed
    if "exact" not in a.cues and _WHENCE_KEYS & set(a.keys[: at[0]]):
        return None  # "ProgressTlt otkuda, iz Tolyatti?": where from, the town a guess
    return unstated(entities[0])


_WHERE_KEYS = frozenset(match_key(w) for w in ("wo", "где", "gde"))
_WHENCE_KEYS = frozenset(match_key(w) for w in ("woher", "откуда", "otkuda"))


def _title_of_a_talk(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wie hieß der Vortrag von Ilmetow?': what he spoke about is known, no title."""
    if "name" not in a.cues or a.classes != ("speaker",) or len(entities) != 1:
        return None
    # The word of the talk ("Vortrag", "доклад"), not of the speaker ("Wie heißt der Redner
    # Ilmetow mit Vornamen?").
    if entities[0].kind != "speaker" or a.yesno or "spoke" not in a.cues:
        return None
    return unstated(entities[0])


def _name_of_what_he_spoke_of(
    a: Analysis, entities: list[Entry], facts: Facts
) -> Conclusion | None:
    """'Wie heißt die EU-Strategie, über die Wachtler sprach?': a thing only his answer tells.

    No entry of its own, so no name is known; what he said follows. ("Wie heißt der
    Verband, über den Wachtler sprach?" is the AMZ, whose answer tells of a Verband too.)
    """
    if "name" not in a.cues or a.yesno or a.classes or len(entities) != 1:
        return None
    speaker = entities[0]
    told_by = [k for k in a.free if len(k) >= 5 and facts.uses(speaker, k, "told")]
    if speaker.kind != "speaker" or not told_by:
        return None
    others = [e for e in facts.kb.entries if e.kind in ENTITY_KINDS and e.id != speaker.id]
    if any(facts.says(e, told_by) for e in others):
        return None
    return unstated(speaker)


def _unnamed_people(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Und wie hieß der Teilnehmer aus Omsk?': the release names no participant.

    It names the companies and where the people came from; what it says of them follows.
    """
    if "name" not in a.cues or a.yesno or a.classes != ("participant",):
        return None
    participants = facts.kb.by_id.get("participants")
    if participants is None or any(e.kind == "speaker" for e in entities):
        return None
    speakers = [o for e in entities if e.kind == "place" for _, o, _ in facts.related(e, "region")]
    # "der Vertreter der russischen Kammer in Deutschland, wie heißt der?": its speaker.
    speakers += [s for e in entities if e.kind in ("organizer", "organization")
                 for s in facts.speakers_of(e)]  # fmt: skip
    if len(entities) == 1 and speakers:
        # "Wie hieß der Vertreter aus Samara?": the one person named from there spoke.
        return told(*speakers)
    said = (
        Statement("not_named", names=(), detail="participant"),
        Statement("card", participants),
    )
    return Conclusion(False, said, "not_named", (participants,))


def _who_from(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer hat Tatarstan vertreten?', 'kto byl ot Omska': nobody from there is named.

    The release says where the participants came from, not who they were; a speaker from
    the place is named ("Wer war der Vertreter aus Samara?": Ilmetov).
    """
    if a.yesno or "who" not in a.cues or len(entities) != 1 or entities[0].kind != "place":
        return None
    if "spoke" in a.cues:
        return None  # the speakers are all named: "Кто выступал от Татарстана?" (nobody)
    # The place's own kind word is part of its name: "die Region Jaroslawl".
    named = set(a.classes) - PLACE_CLASSES - {"participant"}
    if named or set(a.predicates) - {"organization", "region"}:
        return None
    if a.gaps or a.free or a.values or ("kto", "to") in zip(a.keys, a.keys[1:], strict=False):
        return None  # "iz Kalugi kto-to byl?" asks whether anyone was
    place = entities[0]
    speakers = [o for _, o, _ in facts.related(place, "region")]
    if speakers:
        return told(*speakers)
    said = (Statement("not_named", names=(), detail="participant"), Statement("card", place))
    return Conclusion(False, said, "not_named", (place,))


def _company_town(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Woher kommt HUDWAY?', 'Откуда компания HUDWAY?': no town is given with it."""
    if "where" not in a.cues or a.yesno or len(entities) != 1 or a.free or a.values:
        return None
    company = entities[0]
    if company.kind != "company" or company.fact("place"):
        return None
    if set(a.classes) - {"company"} or set(a.predicates) - {"organization"}:
        return None
    return unstated(company)


def _more_exact_date(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wann genau im März ist die Z+intec?': more exact than the month known."""
    if len(entities) != 1 or a.yesno or not ("when" in a.cues or "day" in a.predicates):
        return None
    months = {str(m) for m in entities[0].fact("month")}
    asked = [v for f, v in a.values if f == "month"]
    if not months or not months & set(asked) or len(asked) > 1:
        return None  # "… в марте или в апреле?" chooses a month
    if _MONTH_WORDS & set(a.keys):
        return None  # "In welchem Monat ist die Z+intec 2021, im März?": the month itself
    return unstated(entities[0])


_MONTH_WORDS = frozenset(
    match_key(w) for w in ("monat", "месяц", "месяце", "mesyats", "mesiats", "mesyace", "month")
)


def _month_of_a_year(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'In welchem Monat 2020 wurde der Expertenkreis gegründet?': only its year is known."""
    if len(entities) != 1 or a.yesno or "when" not in a.cues or not _MONTH_WORDS & set(a.keys):
        return None
    entry = entities[0]
    if not entry.fact("year") or entry.fact("month") or entry.date:
        return None
    return unstated(entry)


def _named_by(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche Hersteller hat Krainov genannt?': what a speaker named is not in the knowledge.

    Unless it is a class of things it holds: "Welche Plattformen nannte Nikitin?".
    """
    # "laut Krainows Vortrag": the word of his talk is no class asked for; "Какие предприятия
    # Самарской области назвал Ильметов?": companies of a place are none he is said to name.
    asked = set(a.classes) - {"speaker", "company", *PLACE_CLASSES}
    if "named" not in a.cues or asked or not ({"which", "count"} & a.cues or a.yesno):
        return None
    if set(a.predicates) - {"region"}:
        return None
    speakers = [e for e in entities if e.kind == "speaker"]
    if len(speakers) != 1 or any(e.kind not in ("speaker", "place") for e in entities):
        return None
    told_keys = facts.told(speakers[0])
    if a.yesno:
        # "Hat Krainov konkrete Autohersteller genannt?": none he named is known; what his
        # answer names is ("Hat Wachtler die Strategie genannt?" is for another frame).
        named = a.free and all(any(_inflected(k, t) for t in told_keys) for k in a.free)
        return None if not a.free or named else unstated(speakers[0])
    # "kakuyu strategiyu upominal Vahtler": his answer names the one thing asked; "Каких
    # иностранных автопроизводителей называл Крайнов?" asks for more than it names.
    # Not a word beside one of what is never known ("welche ausländischen Hersteller …").
    if len(a.free) == 1 and not a.gaps and any(_inflected(a.free[0], t) for t in told_keys):
        return told(speakers[0])
    free = [k for k in a.free if k not in _YEAR_WORDS]
    said = all(any(_inflected(k, t) for t in told_keys) for k in free)
    years = numbers(speakers[0].answer.de, years=True, spelled=False)
    # "Bis zu welchem Jahr reicht die Strategie, die Wachtler erwähnt hat?": "reicht" is how
    # it is asked; a word of his answer says of what.
    dated = (_YEAR_WORDS & set(a.keys) or "when" in a.cues) and not (a.gaps or "count" in a.cues)
    said = said or (dated and any(any(_inflected(k, t) for t in told_keys) for k in free))
    if said and years and dated:
        # "kakoj god v strategii elektromobilej upominal vahtler": the year of what his
        # answer names, in it.
        return told(speakers[0])
    return unstated(speakers[0])


_YEAR_WORDS = frozenset(
    match_key(w) for w in "год года году god goda jahr jahres jahreszahl".split()
)


def _inflected(a: str, b: str) -> bool:
    """One word in two case forms ("strategiiu", "strategii").

    Not two compounds of one stem ("Investitionssumme", "Investitionspotential").
    """
    shorter = min(len(a), len(b))
    return shorter >= 4 and abs(len(a) - len(b)) <= 3 and a[: shorter - 2] == b[: shorter - 2]


def _names_of(entry: Entry) -> str:
    return f"{entry.name.de} {entry.name.ru}"


def _activity_detail(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Кто вёл нетворкинг?', 'Welche Themen hatte die Networking-Runde?': not known.

    Of the programme's activities only that they took place is known, not what was said
    there ("О чём говорили на нетворкинге?").
    """
    if len(entities) != 1 or entities[0].kind != "activity" or a.yesno or a.classes:
        return None
    counted = "count" in a.cues and not {"who", "when", "what", "spoke", "topic"} & a.cues
    # By its name: "wieviele b2b gespräche gabs" asks of talks held there, not known.
    by_name = set(text_keys(f"{entities[0].name.de} {entities[0].name.ru}")) & set(a.keys)
    if counted and by_name and not a.free and entities[0].fact("times"):
        # "Сколько было нетворкинг-сессий?": how many times it was held, its answer says.
        return told(entities[0])
    said = "what" in a.cues and bool({"spoke", "topic"} & a.cues)
    if not ({"who", "which", "count", "when", "how"} & a.cues or said):
        return None
    return unstated(entities[0])


_SHORT = 8  # words: a follow-up, not a message that says who it is about further on


def _someone_unnamed(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'а он сам откуда?', 'und was hat er gesagt?': whom it is about is not said.

    Each question is answered on its own, so the asker is asked for the name.
    """
    if entities or a.classes or a.event_at is not None or a.unknown_names:
        return None
    if "he" not in a.cues or len(a.keys) > _SHORT:
        return None
    speakers = tuple(facts.kb.of_kind("speaker"))
    return Conclusion(False, (Statement("who_meant", items=speakers),), "unclear", speakers)


# "Gab es eine Gelegenheit zum Networking?", "была ли возможность нетворкинга?": whether
# it was held.
_CHANCE = frozenset(
    match_key(w)
    for w in "gelegenheit möglichkeit moeglichkeit zeit chance возможность возможности время "
    "vozmozhnost vozmozhnosti".split()
)


def _activity_held(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Gab es neben den Vorträgen auch Networking?': yes, and what is known of it.

    Of each named: "Кроме докладов были ещё презентации компаний и нетворкинг?".
    """
    # "а нетворкинг какой-то был или только доклады?": "какой-то" is no "which".
    held_or_only = {"or", "only", "participation"} <= a.cues
    if not entities or any(e.kind != "activity" for e in entities):
        return None
    if not (a.yesno or held_or_only):
        return None
    if a.gaps or a.predicates or a.unknown_names:
        return None
    if {"what", "besides"} <= a.cues:
        return None  # "Was gabs neben den Vorträgen noch, Networking oder so?": all else
    if not all(facts.has_value(e, f, v) for e in entities for f, v in a.values):
        return None  # "Präsentationen deutscher Firmen?" is held; of Chinese ones is not known
    if "several" in a.cues:
        # "Нетворкинг-сессий было несколько?": how many its answer says ("eine gemeinsame
        # Networking-Runde"), not a yes.
        return told(*entities)
    foreign = [k for k in a.foreign if k not in _CHANCE]
    if foreign and not _all_after_or(a, foreign):
        # "Gab es beim Networking Breakout-Räume?" asks more than that it took place ("…
        # презентации компаний или только выступления официальных лиц?" asks which).
        return unstated(entities[0]) if len(entities) == 1 else None
    only = "only" in a.cues and "or" not in a.cues  # not "Networking oder nur Vorträge?"
    if only and not a.values:
        return None  # "… только российские компании?": the value went to the class
    # "Gab es Präsentationen nur von russischer Seite?": no, German firms presented too.
    held = {(f, str(v)) for e in entities for f, _ in a.values for v in e.fact(f)}
    yes = not only or held <= set(a.values)
    said = (Statement("verdict", yes=yes), *(Statement("card", e) for e in entities))
    return Conclusion(True, said, entries=tuple(entities))


def _all_after_or(a: Analysis, keys: Sequence[str]) -> bool:
    """Whether every one of ``keys`` stands after an "oder"/"или": the other choice."""
    at = next((i for i, k in enumerate(a.keys) if k in OR_KEYS), None)
    return at is not None and all(k in a.keys[at + 1 :] and k not in a.keys[:at] for k in keys)


def _class_counted(a: Analysis, facts: Facts) -> str | None:
    """The first class named after "wie viele" / "сколько", if one is."""
    hits = facts.kb.vocabulary.scan(a.keys)
    asked = next((h.end for h in hits if h.group == "cues" and h.name == "count"), None)
    if asked is None:
        return None
    return next((h.name for h in hits if h.group == "classes" and h.start >= asked), None)


def _count(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    if (
        "count" in a.cues
        and "when" not in a.cues
        and (a.counted in a.foreign or (a.counted in a.free and a.gaps))
    ):
        # "Wie viele Zuschauer …?", "wie viele Autos werden gebaut": not a thing of the
        # knowledge, whatever else the question names; nor is what a gap asks of ("Сколько
        # автомобилей в год производят в Самарской области?": made there).
        return Conclusion(False, (), "gap")
    if "count" not in a.cues:
        return None
    if a.classes:
        cls = main_class(a)
        if cls == "participant" and "company" in a.classes and not entities:
            # "По списку участников — сколько там российских компаний?": the firms among
            # the participants are counted when named after "сколько", not the people.
            cls = _class_counted(a, facts) or cls
        if cls == "participant" and a.counts == 1 and claims.people_who_spoke(a, entities):
            cls = "speaker"
    elif not entities and any(f == "origin" for f, _ in a.values):
        cls = "participant"  # "Wie viele von den 70 kamen aus Deutschland?": the people
    elif (
        entities
        and all(e.kind == "place" for e in entities)
        and not a.predicates
        and any(a.word_before(m) in FROM_KEYS for m in a.mentions)
    ):
        # "Wie viele von den 70 kamen aus Moskau?", "skolko bylo iz Omska?": the people from
        # a place named.
        cls = "participant"
    elif (
        len(entities) == 1
        and entities[0].kind not in ("event", "day", "list")
        and a.counted in a.free  # not "Zum wievielten Mal findet die Z+intec statt?"
        and not a.predicates
    ):
        # "Wie viele Experten sind im Expertenkreis?": no number of anything in it is given.
        return unstated(entities[0])
    else:
        return None
    things = [e for e in entities if e.kind not in ("event", "day", "speaker")]
    if cls == "day" and len(things) == 1 and not things[0].fact("days"):
        # "wie viele tage dauert die z intec": the days counted are the event's, not its.
        return unstated(things[0])
    speakers = [e for e in entities if e.kind == "speaker"]
    if cls == "speaker" and speakers and a.counted in a.free:
        # "Wie viele E-Autos sollen laut Wachtlers Vortrag …": his talk is named, E-cars
        # are counted, and the knowledge gives no such figure.
        return unstated(speakers[0])
    # "Какие области (не республики и не города) и сколько их?": those set aside are not.
    kinds = [c for c in dict.fromkeys(a.classes) if c in PLACE_CLASSES and c not in a.excluded]
    apart = {"negation", "except"} & a.cues  # "die Städte nicht mitgezählt"
    if len(kinds) > 1 and a.counts > 1 and "together" not in a.cues:
        # "сколько городов и сколько республик?": each counted on its own.
        counts = [Statement("count", detail=c, items=tuple(facts.of_class(c))) for c in kinds]
        return Conclusion(True, tuple(counts))
    # "Сколько областей и республик назвали?": two kinds joined by "and", counted once.
    joined = "city" in kinds or "together" in a.cues or set(kinds) <= set(a.joined)
    if len(kinds) > 1 and joined and (not apart or a.excluded) and not entities:
        # "Wie viele Städte, Regionen und Republiken zusammen?": each place once;
        # "областей и республик вместе": the regions.
        # "skolko oblastey (regionov) … ne schitaya respublik": those left out are not.
        apart_ids = {e.id for c in a.excluded for e in facts.of_class(c)}
        together = {e.id: e for c in kinds for e in facts.of_class(c) if e.id not in apart_ids}
        detail = "place" if "city" in kinds else "region"
        statement = Statement("count", detail=detail, items=tuple(together.values()))
        return Conclusion(True, (statement,), entries=tuple(together.values()))
    if facts.asks_unnamed(a, cls):
        # German companies presented too, but the release neither names nor counts them.
        statement = Statement("not_named", names=(), detail="company")
        return Conclusion(False, (statement,), "not_named")
    others = ("speaker", "fair", "platform", "day", "initiative", "organizer", "activity")
    if cls in ("participant", "company") and entities and entities[0].kind in others:
        # "Wie viele hörten Krainov zu?", "… wie viele Teilnehmer die Z+intec hatte": not
        # said; what the thing named is, is.
        return unstated(entities[0])
    # "skolko chelovek bylo ot firmy HUDWAY?": how many came from one firm is not said (not
    # of the asker's own: "ya predstavitel volgabusa skazhite skolko chelovek uchastvovalo").
    firms = [
        m.entry
        for m in a.mentions
        if m.entry.kind == "company" and not set(a.keys[m.start : m.end]) <= set(a.aside)
    ]
    if cls == "participant" and firms and len(firms) == len(entities):
        return unstated(firms[0])
    each_place = _EACH & set(a.keys) and (
        set(a.classes) & PLACE_CLASSES or FROM_KEYS & set(a.keys)
    )
    participants = facts.kb.by_id.get("participants")
    if each_place and cls in ("participant", "company") and participants is not None:
        # "Wie viele Firmen kamen aus jeder einzelnen Stadt?", "сколько компаний из каждого
        # города?": how many from where is not said.
        return _not_broken_down(participants)
    places = [e for e in entities if e.kind == "place"]
    if places and cls in ("participant", "company"):
        # "Wie viele Teilnehmer kamen aus Moskau?": the release does not break it down, but
        # says that some came.
        return _not_broken_down(places[0])
    if cls == "participant":
        participants = facts.kb.by_id.get("participants")
        # "die virtuelle Mission": how the event was held divides no one.
        dividing = [f for f, _ in a.values if f not in ("format", "month", "year", "days")]
        origins = {v for f, v in a.values if f == "origin"}
        if "together" in a.cues and len(origins) > 1 and len(origins) == len(dividing):
            # "… aus Deutschland und Russland insgesamt": all of them, "über 70".
            dividing = []
        if dividing and participants:
            # "Wie viele kamen aus Deutschland, wie viele aus Russland?": not broken down.
            return _not_broken_down(participants)
        if participants is None:
            return None
        if "exact" in a.cues:
            # "skolko tochno bylo uchastnikov, do cheloveka?": "über 70" is all that is said.
            return unstated(participants)
        # "über 70": the participants' entry says it in words.
        return told(participants)
    members = facts.of_class(cls)
    origin = {
        m.entry.id: m.entry
        for m in a.mentions
        if a.word_before(m) in FROM_KEYS and m.entry in members
    }
    if not origin and cls in PLACE_CLASSES:
        none_such = _none_of_them(a, members, facts, cls)
        if none_such is not None:
            return none_such
    # "Wie viele Firmen kamen aus Toljatti?": the one whose name holds the town.
    items = list(origin.values()) or narrow(a, members, facts, cls)
    if not items:
        return None
    days = facts.days_named(a)
    if cls == "speaker" and len(days) == 1 and any(not m.fact("day") for m in members):
        # "Сколько докладчиков было во второй день?": some speakers' day is not given, so no
        # day's number of speakers is known; what the day's entry says is.
        return unstated(days[0])
    return Conclusion(True, (Statement("count", detail=cls, items=tuple(items)),))


def _none_of_them(a: Analysis, every: list[Entry], facts: Facts, cls: str) -> Conclusion | None:
    """None of a class has a value asked for, which all of them have a value of.

    "Welche Städte in Sachsen waren vertreten?", "Wie viele Städte in Sachsen werden
    genannt?": the towns named are all Russian; they are said, and that none is Saxon.
    """
    negated = {"negation", "except"} & a.cues
    for fact, value in a.values:
        known = all(e.fact(fact) for e in every)
        # "какие немецкие регионы кроме саксонии": the "except" leaves out one of two values,
        # neither held.
        said_too = [v for f, v in a.values if f == fact]
        held = said_too if negated else [value]
        # "Ist die Leipziger Messe 2021 oder 2022?": a choice one of whose values is held.
        chosen = "or" in a.cues and any(
            facts.has_value(e, fact, v) for e in every for v in said_too
        )
        if (
            every
            and known
            and not chosen
            and (not negated or len(said_too) > 1)
            and not any(facts.has_value(e, fact, v) for e in every for v in held)
        ):
            said = (
                Statement("not_named", names=(), detail=cls),
                Statement("count", detail=cls, items=tuple(every)),
            )
            return Conclusion(False, said, "not_named", tuple(every))
    return None


def _unknown_kind(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche Autowerke gibt es in Sachsen?': things of a kind no text knows."""
    if "which" not in a.cues or a.yesno or entities or a.classes or a.predicates or a.gaps:
        return None
    if a.event_at is not None:
        return None  # "Welche Rolle spielte das Ministerium bei der Mission?": of the event
    hits = [h for h in facts.kb.vocabulary.scan(a.keys) if h.name == "which"]
    exact = facts.kb.vocabulary.cue_words.get("exact", frozenset())
    for hit in hits:
        # The noun asked for, after an adjective or two ("welche großen Autowerke"), or
        # "konkret", "genau" ("Welche konkreten Ziele hat die Strategie?").
        near = a.keys[hit.end : hit.end + 3]
        after = [k for k in near if k not in ANY_STOP_WORDS and k not in exact]
        # Nothing else the knowledge knows; or the noun right after, no adjective of it (in
        # "Welche Ziele hat die Strategie?" what it knows only says whose).
        known = set(a.known_free) - set(after)
        unknown = bool(after) and after[-1] in a.foreign and all(k in a.free for k in after)
        if unknown and (not known or len(after) == 1):
            return Conclusion(False, (), "gap")
    return None


# Words of time a "which" asks for: "До какого года действует стратегия?" asks a year.
_TIME_NOUNS = _YEAR_WORDS | frozenset(
    match_key(w)
    for w in "jahre monat monats tag tages datum году месяц месяца день дня дата godu mesiats "
    "mesiatsa den dnia data".split()
)
# "какие" is always plural; "welche" only before a plural ("Autobauer", "Hersteller").
_WHICH_PLURAL = match_key("какие")
_WHICH_DE = match_key("welche")
_PLURAL_NOUN = re.compile(r"\b\w{4,}(?:er|en)\b")


def _kind_in_a_talk(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche ausländischen Autobauer lokalisieren in Russland?': not named.

    Which ones of a kind a talk speaks of only as a whole; the talk is what is known. A gap
    of another kind of entry asks nothing else ("Какие электромобили выпускают в Саксонии?":
    what firms make is asked of none named).
    """
    if "which" not in a.cues or a.yesno or a.classes or a.predicates or _gaps(a, entities):
        return None
    # "Крайнов говорил о локализации. А какие именно автопроизводители …?": of his talk;
    # "Welche Projekte hat der Expertenkreis bisher begleitet?": of what its text says.
    named = entities[0] if len(entities) == 1 else None
    # Of a body named, a word of the question its text puts otherwise may stand beside
    # ("научные центры" of the AMZ's "исследовательские центры"); not of a speaker, whose
    # talk answers what he showed ("Welche Möglichkeiten hat Nikitin aufgezeigt?").
    body = named if named is not None and named.kind != "speaker" else None
    said = [k for k in a.free if k not in a.foreign] if body else a.free
    if entities and (named is None or not said or not facts.says(named, said, strictly=True)):
        return None
    if a.event_at is not None or any(f != "origin" for f, _ in a.values):
        return None
    if _TIME_NOUNS & set(a.keys) or (a.foreign and not body):
        return None
    # Several of a kind asked for: "какие …", "welche …" before a plural ("Autobauer",
    # "Hersteller"), not "какая стратегия", "welche Strategie", "welcher Verband".
    plural = any(
        k == _WHICH_PLURAL
        or (k == _WHICH_DE and _PLURAL_NOUN.search(" ".join(a.keys[i + 1 : i + 3])))
        for i, k in enumerate(a.keys)
    )
    if not plural:
        return None
    speaker = named or _saying_most(a.free, facts)[0]
    return None if speaker is None else unstated(speaker)


# "aus jeder Stadt", "из каждого города": each one of a kind.
_EACH = frozenset(
    match_key(w)
    for w in "jeweils jeder jede jedem jeden jedes каждого каждой каждом каждый каждая kazhdogo "
    "kazhdoi kazhdoy kazhdom".split()
)


def _not_broken_down(entry: Entry) -> Conclusion:
    """How many came from where is not said of ``entry`` (a place, the participants)."""
    statements = (Statement("no_value", entry, "breakdown"), Statement("card", entry))
    return Conclusion(False, statements, "gap", (entry,))


def _share(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'War die Hälfte der Teilnehmer aus Russland?': what share came from where is not said.

    So for which side was larger: "Waren mehr deutsche als russische Teilnehmer dabei?".
    """
    participants = facts.kb.by_id.get("participants")
    origins = {v for f, v in a.values if f == "origin"}
    # "Waren mehr deutsche als russische Teilnehmer dabei?": which side was larger.
    compared = "more" in a.cues and len(origins) > 1 and not numbers(a.text)
    if not ("share" in a.cues or compared) or participants is None:
        return None
    if not {"participant", "company"} & set(a.classes):
        return None
    return _not_broken_down(participants)


def _more(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Mehr Städte oder Regionen?': how many of each."""
    if "more" not in a.cues:
        return None
    participants = facts.kb.by_id.get("participants")
    if (
        participants
        and "participant" in a.classes
        and len(entities) >= 2
        and all(e.kind == "place" for e in entities)
    ):
        # "Kamen mehr Teilnehmer aus Tatarstan oder aus Udmurtien?": not broken down.
        return _not_broken_down(participants)
    if entities:
        return None
    origins = [v for f, v in a.values if f == "origin"]
    if a.classes == ("participant",) and len(origins) > 1 and participants:
        # "Kamen mehr Teilnehmer aus Russland oder aus Deutschland?": not broken down.
        return _not_broken_down(participants)
    counted = [
        Statement("count", detail=cls, items=tuple(items))
        for cls in dict.fromkeys(a.classes)
        if (items := facts.of_class(cls))
    ]
    if len(counted) < 2:
        return None
    return Conclusion(True, tuple(counted), entries=tuple(e for s in counted for e in s.items))


def _by_value(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Кто были организаторы с немецкой стороны и кто с российской?': a class by each value.

    Two or more values of one fact: the members with each, one list after another.
    """
    if not a.classes or entities or a.yesno or {"negation", "except"} & a.cues:
        return None
    facts_asked = {f for f, _ in a.values}
    if len(facts_asked) != 1 or len(a.values) < 2 or facts_asked & {"day", "date", "year"}:
        return None
    cls = main_class(a)
    every = facts.of_class(cls)
    groups = [[e for e in every if facts.has_value(e, f, v)] for f, v in a.values]
    if not all(groups) or sum(map(len, groups)) > len(every):
        return None
    said = tuple(Statement("count", detail=cls, items=tuple(g)) for g in groups)
    return Conclusion(True, said, entries=tuple(e for g in groups for e in g))


def _of_a_day_named(a: Analysis) -> bool:
    """Whether the class "day" asks of the one day named, answered by that day (see _day).

    "программа третьего дня?", "Что было в программе третьего дня и кто выступал?": no list
    of days, nor days narrowed by it.
    """
    return a.classes == ("day",) and any(f == "day" for f, _ in a.values)


# Cues of a question that asks something other than which ones: "Представители каких стран
# участвовали — только российские или немецкие тоже?" asks whether, of countries.
_NOT_A_LIST = frozenset({"where", "when", "count", "how", "why", "only", "also", "country"})


def _filtered(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche Redner kamen von sächsischen Organisationen?': a class narrowed by a value.

    Or by what some are: "War unter den Rednern auch jemand aus einem Ministerium?"
    """
    among = a.yesno and bool(a.free) and "participation" in a.cues
    # "War Thüringen an der Mission beteiligt?": whether firms from a state no one named is
    # from took part (German ones are not named); not the event placed there ("missiya byla
    # v Bavarii?").
    origins = [v for f, v in a.values if f == "origin"]
    unheld = origins and len(origins) == len(a.values) and not any(map(facts.anyone_from, origins))
    put = PLACE_PREPOSITIONS & set(a.keys)
    if not (a.classes or entities or put) and a.yesno and "participation" in a.cues and unheld:
        a = replace(a, classes=("company",))
    # "Welche deutschen Zulieferer haben sich bei den Firmenpräsentationen vorgestellt?": the
    # activity named is where they did so, not what is asked about.
    at = bool(entities) and all(e.kind == "activity" for e in entities)
    if at and a.classes and facts.asks_unnamed(a, main_class(a)):
        entities = []
    if not a.classes or entities or not (a.values or among):
        return None
    if _of_a_day_named(a):
        return None
    if {"besides", "except"} & a.cues and "what" in a.cues and a.classes == ("speaker",):
        return None  # "Was gab es am ersten Tag außer den Vorträgen?": not the talks
    placed = a.event_at is not None and all(f == "origin" for f, _ in a.values)
    travelled = ("format", "in_person") in a.values
    if a.yesno and travelled and "it" in a.cues and "participation" not in a.cues:
        # "War das eine Reise deutscher Firmen nach Russland?": what the event was (no trip),
        # not whether German firms were in it.
        found = claims.claim(replace(a, classes=()), entities, facts)
        if found is not None and any(s.what == "verdict" for s in found.statements):
            return found
    if a.yesno and placed and "organized" in a.cues and a.classes == ("organizer",):
        # "Stimmt es, dass die Mission in Bayern ausgerichtet wurde?": where it was held.
        return claims.claim(replace(a, classes=()), entities, facts)
    cls = main_class(a)
    every = facts.of_class(cls)
    # "Welche deutschen Teilnehmer waren dabei?", "немецкие участники список": the
    # participants named are the companies.
    listed = cls == "participant" and not a.yesno and not _NOT_A_LIST & a.cues
    if facts.asks_unnamed(a, cls) or (listed and facts.asks_unnamed(a, "company")):
        # German companies presented too, but the release names none of them: "Haben auch
        # deutsche Firmen präsentiert?" is answered so, "Welche deutschen Firmen?" is not.
        statement = Statement("not_named", names=(), detail="company")
        if a.yesno and not {"who", "which", "what", "count"} & a.cues:
            yes = "only" not in a.cues or "also" in a.cues
            return Conclusion(True, (Statement("verdict", yes=yes), statement))
        return Conclusion(False, (statement,), "not_named", tuple(entities))
    if a.yesno and facts.only_named(a, cls):
        # "Waren nur russische Firmen dabei?": no, German companies presented too.
        said = (
            Statement("verdict", yes=False),
            Statement("not_named", names=(), detail="company"),
        )
        return Conclusion(True, said, entries=tuple(every))
    none_such = _none_of_them(a, every, facts, cls)
    if none_such is not None:
        return none_such
    items = narrow(a, every, facts, cls)
    if not items or len(items) == len(every):
        return None
    if "only" in a.cues:
        # "Waren nur deutsche Organisationen Veranstalter?", "Wer hat die Mission
        # organisiert, nur die Sachsen?": no, these are all of them.
        said = (
            Statement("verdict", yes=False),
            Statement("count", detail=cls, items=tuple(every)),
        )
        return Conclusion(True, said, entries=tuple(every))
    if a.yesno and "all" in a.cues:
        # "Waren alle Veranstalter aus Sachsen?": no, so many of them are; the others, a
        # few, each as known ("Все докладчики ведь были из России?": Richter, Wachtler).
        others = [e for e in every if e not in items]
        said_all = (
            Statement("verdict", yes=False),
            Statement("count", detail=cls, items=tuple(items)),
            *(Statement("card", e) for e in (others if len(others) <= 3 else ())),
        )
        return Conclusion(True, said_all, entries=tuple(items))
    some = _some_of(a, items, facts, cls)
    if among and not a.values:
        some = (Statement("verdict", yes=True), *some)  # "Ja. Alexej Ilmetow, …"
    return Conclusion(True, some, entries=tuple(items))


def _who_spoke_for(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer sprach für Russland?', 'Кто из России выступал?': the speakers of that origin."""
    if a.classes or entities or not {"who", "spoke"} <= a.cues:
        return None
    # "Wer sprach über Investitionen in Sachsen?", "… zum Thema Lokalisierung in Russland":
    # a place in a topic.
    if "about" in a.cues or a.free or not any(fact == "origin" for fact, _ in a.values):
        return None
    return _filtered(replace(a, classes=("speaker",)), entities, facts)


# "… in Klammern", "… im Namen", "в скобках", "в названии": where a firm's town is written.
_BRACKET_OR_NAME = frozenset(
    match_key(w)
    for w in "klammern klammer namen name firmennamen скобках скобки названии название "
    "skobkah skobkakh nazvanii nazvanie".split()
)


def _town_in_name(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Bei welcher Firma steht eine Stadt in Klammern?': the firms whose name gives a town."""
    if a.yesno or "which" not in a.cues or "company" not in a.classes:
        return None
    if not _BRACKET_OR_NAME & set(a.keys):
        return None
    if entities:
        # "Welche der teilnehmenden Firmen hat Toljatti im Namen stehen?": the town is named.
        named = [e for e in entities if e.kind == "company" and e.fact("place")]
        if len(named) != len(entities):
            return None
    elif "city" not in a.classes:
        return None
    else:
        named = [e for e in facts.of_class("company") if e.fact("place")]
    if not named:
        return None
    said = tuple(Statement("value", e, "place", values=e.fact("place")) for e in named)
    return Conclusion(True, said, entries=tuple(named))


def _what_he_heads(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Чем руководит Вахтлер?', '… и чем он руководит?': what the one named heads.

    "Кто руководит …" asks who; of a speaker, "чем"/"was" asks for his organization (or his
    answer, which names a cluster the knowledge has no entry for).
    """
    # "Кто такой X и чем он руководит?" keeps "who" of its first part, with "he".
    asks_who = "who" in a.cues and "he" not in a.cues
    if a.predicates != ("heads",) or "what" not in a.cues or asks_who:
        return None
    if a.yesno or a.gaps or len(entities) != 1 or entities[0].kind != "speaker":
        return None
    speaker = entities[0]
    headed = tuple(o for _, o, _ in facts.related(speaker, "heads"))
    if not headed:
        return told(speaker)
    said = (Statement("value", speaker, "heads", items=headed), Statement("card", speaker))
    return Conclusion(True, said, entries=(speaker,))


def _not_linked(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche Redner kamen nicht von der WFS?': the class's members not linked to the one.

    "Welche Plattform wurde nicht vom SIBB initiiert?" too: by the relation asked, else by
    any; a member whose link is not given is among them (IndustryStock's initiator is not
    named, SIBB's is the Deep Tech Hub).
    """
    if "except" not in a.cues or {"only", "besides", "rest", "also"} & a.cues or a.yesno:
        return None
    if len(a.classes) != 1 or len(entities) != 1 or a.values or a.gaps or a.foreign:
        return None
    cls, (named,) = a.classes[0], entities
    every = facts.of_class(cls)
    if named in every or len(every) < 2:
        return None  # "Welche Redner außer Richter …" is another frame's
    asked = set(a.predicates) & set(RELATIONS)
    linked = [
        e
        for e in every
        if any(o.id == named.id and (not asked or p in asked) for p, o, _ in facts.related(e))
    ]
    rest = [e for e in every if e not in linked]
    if not linked or not rest:
        return None
    return Conclusion(True, _some_of(a, rest, facts, cls), entries=tuple(rest))


def _some_of(a: Analysis, items: list[Entry], facts: Facts, cls: str) -> tuple[Statement, ...]:
    """Some entries of a class, with what the question asks of them.

    "Welcher Redner hat Sachsens Investitionspotential vorgestellt, an welchem Tag?", "Какая
    площадка для стартапов и кто её инициировал?".
    """
    statements = [Statement("items", detail=cls, items=tuple(items))]
    if "day" in a.predicates and class_kind(cls) == "speaker":
        statements = [day_statement(e) for e in items]
    # "russische Organisationen": the organizers' own noun asks for no organization of theirs.
    own = ("organization", "organizer")
    asked = [p for p in a.predicates if p in RELATIONS and (p, cls) != own]
    linked = [(e, p, o) for e in items for p in asked for _, o, _ in facts.related(e, p)]
    if linked and {e.id for e, _, _ in linked} == {e.id for e in items}:
        # "Wer vertrat den Veranstalter, der als Bindeglied … wirkt?": who is linked.
        statements = [Statement("value", e, p, items=(o,)) for e, p, o in linked]
    return tuple(statements)


def _speakers_of(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Кто из организаторов выступал в первый день?': the speakers of the class's entries."""
    if entities or "spoke" not in a.cues or not {"who", "which"} & a.cues:
        return None
    if a.classes[:1] != ("organizer",) or "speaker" in a.classes:
        return None
    organizers = {e.id for e in narrow(a, facts.of_class("organizer"), facts, "organizer")}
    speakers = [
        s for s in facts.kb.of_kind("speaker")
        if any(o.id in organizers for _, o, _ in facts.related(s, "organization"))
    ]  # fmt: skip
    days = {v for f, v in a.values if f == "day"}
    if days:
        speakers = [s for s in speakers if str(s.day) in days]
    if not speakers:
        return None
    if not days and "day" not in a.predicates:
        # "Wer hat für die Veranstalter gesprochen?": who they are, each with his organization.
        said = (Statement("items", detail="speaker", items=tuple(speakers)),)
        return Conclusion(True, said, entries=tuple(speakers))
    return Conclusion(True, tuple(day_statement(s) for s in speakers), entries=tuple(speakers))


def _held_where(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'In welchem Bundesland war die Mission?': the event's place, not its participants'."""
    event = facts.event
    if event is None or entities or a.yesno or "place" not in a.predicates:
        return None
    if not set(a.classes) <= {"city", "region", "oblast"} or not {"where", "which"} & a.cues:
        return None
    if a.event_at is None:
        return None
    # The first sentence of the event's text says when, where and in what form it was.
    if "city" in a.classes and not event.fact("place"):
        # "In welcher Stadt fand die Mission statt?": in Saxony, virtual; no town is given.
        return Conclusion(False, (Statement("unstated"), Statement("member", event)), "gap")
    return Conclusion(True, (Statement("member", event),), entries=(event,))


def _which_presented(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche Firmen haben präsentiert?': which did is not said, only that firms did.

    The activity of companies that names none of them, named, or told by a word only its
    texts use ("… Präsentationen gehalten?"): what is known of it answers.
    """
    if a.yesno or not a.classes or main_class(a) != "company" or not {"which", "count"} & a.cues:
        return None
    if any(e.kind != "activity" for e in entities):
        return None
    companies = facts.of_class("company")
    if not all(facts.has_value(e, f, v) for e in companies for f, v in a.values):
        # "Welche deutschen Firmen …?": the list says they are not named ("russische" are
        # all the firms named, and asks nothing more).
        return None
    held = entities
    if not held and ("presented" in a.predicates or a.free):
        held = _activities_told(a, facts)
    return unstated(held[0]) if len(held) == 1 else None


def _a_company_presented(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Hat sich HUDWAY bei den Präsentationen vorgestellt?': which firms did is not said."""
    if not a.yesno or "presented" not in a.predicates:
        return None
    companies = [e for e in entities if e.kind == "company"]
    held = [e for e in entities if e.kind == "activity"]
    if len(companies) != 1 or len(companies) + len(held) != len(entities):
        return None
    held = held or _activities_told(a, facts)
    if len(held) != 1:
        return None
    said = (Statement("unstated"), Statement("card", held[0]), Statement("member", companies[0]))
    return Conclusion(False, said, "gap", (held[0], companies[0]))


def _firms_presented(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Haben sich die russischen Unternehmen präsentiert?': yes, as the presentations say.

    Of firms of a kind, none named; which of them did is another question.
    """
    if entities or not a.yesno or a.predicates != ("presented",) or not a.classes:
        return None
    if main_class(a) != "company" or a.unknown_names or a.gaps or a.foreign:
        return None
    held = _activities_told(a, facts)
    if len(held) != 1 or not all(facts.has_value(held[0], f, v) for f, v in a.values):
        return None
    said = (Statement("verdict", yes=True), Statement("card", held[0]))
    return Conclusion(True, said, entries=(held[0],))


def _activities_told(a: Analysis, facts: Facts) -> list[Entry]:
    """The activities a word of the question only their texts use tells ("präsentiert")."""
    activities = facts.kb.of_kind("activity")
    domain = facts.kb.vocabulary.domain
    keys = a.keys if "presented" in a.predicates else a.free
    words = [k for k in keys if len(k) >= 6 and k not in domain]
    saying = {e.id: _said_of(e, words, facts) for e in activities}
    common = set.intersection(*saying.values()) if saying else set()
    return [e for e in activities if saying[e.id] - common]


def _said_of(entry: Entry, keys: Sequence[str], facts: Facts) -> set[str]:
    """The keys an entry's texts or keywords use ("Präsentationen" of the presentations)."""
    keywords = {match_key(w) for kws in entry.keywords.values() for kw in kws for w in words(kw)}
    return {k for k in keys if facts.says(entry, (k,)) or any(same_word(k, w) for w in keywords)}


# Relations asked of each of a kind: who initiated, supported or heads them.
_OF_EACH = frozenset({"initiator", "supporter", "heads"})


# "bis wann", "bis zu welchem Jahr": until when, not when.
_UNTIL_WHEN = frozenset({("bis", "van"), ("bis", "zu")})


def _relation_of_each(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer hat die Plattformen initiiert?': a relation asked of each of a few of a kind.

    Only relations that are not what makes them the kind (organizers organized, platforms
    were presented), and only where one of them has it.
    """
    if entities or a.yesno or "who" not in a.cues or {"which", "count"} & a.cues:
        return None
    asked = [p for p in a.predicates if p in _OF_EACH]
    if len(a.classes) != 1 or len(asked) != len(a.predicates) or not asked or a.free:
        return None  # "wer hat die startup plattform vorgestellt": the one described
    members = facts.of_class(a.classes[0])
    if not 2 <= len(members) <= 4 or not any(facts.related(e, p) for e in members for p in asked):
        return None
    return _value(a, members, facts)


_NOR = frozenset(match_key(w) for w in ("noch", "ни", "ni"))


def _all_left_out(a: Analysis, entities: list[Entry], facts: Facts) -> bool:
    """Whether each of ``entities`` is named just after a word that leaves it out."""
    leaving = facts.kb.vocabulary.cue_words.get("except", frozenset()) | _NOR
    named = [m for m in a.mentions if m.entry in entities]
    return bool(named) and all(leaving & set(a.keys[max(m.start - 3, 0) : m.start]) for m in named)


def _listed(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """The whole class, as the knowledge's list entry for it where there is one.

    "Welche Städte waren vertreten?", "Welche Firmen nahmen teil?".
    """
    # "Wie heißt die Plattform zur Partnersuche?": the name of the one the words describe.
    its_name = "name" in a.cues and not entities and bool(a.free)
    asks = bool({"which", "where", "who"} & a.cues) or ("all" in a.cues and not a.yesno)
    if not (asks or its_name) or not a.classes:
        return None
    if _of_a_day_named(a):
        return None
    cls = main_class(a)
    # "Wer hat organisiert? Nur die WFS?" and "Welche Städte, so Moskau, Piter usw.?" are
    # about all of them.
    of_class = {e.id for e in entities} <= {e.id for e in facts.of_class(cls)}
    # "Welcher Veranstalter ist weder sächsisch noch die russische Handelskammer?": the ones
    # named after "nicht", "noch" are left out.
    left_out = of_class and "except" in a.cues and _all_left_out(a, entities, facts)
    if entities and not ({"only", "examples"} & a.cues and of_class) and not left_out:
        return None
    kind, place = CLASS_KINDS.get(cls, (cls, None))
    if kind == "place" and {"who", "spoke"} <= a.cues:
        # "кто говорил про автопром своего региона?": who spoke of a region, not which.
        return None
    event = facts.event
    if cls == "organizer" and "when" in a.cues and a.event_at is not None and event is not None:
        # "… was das für eine Veranstaltung war, wann sie stattfand und wer die Organisatoren
        # waren?": the event's answer says all three.
        return told(event)
    every = [e for e in facts.of_class(cls) if not (left_out and e in entities)]
    days = facts.days_named(a)
    if (
        cls == "speaker"
        and days
        and not any(facts.has_value(e, "day", str(d.day)) for e in every for d in days)
    ):
        # "Welche Vorträge gab es am dritten Tag?": no speaker's day is that day; who spoke
        # then is not known, and the day's answer says what is.
        return Conclusion(False, tuple(Statement("card", d) for d in days), "gap", tuple(days))
    items = narrow(a, every, facts, cls)
    if not asks and not 0 < len(items) < len(every):
        return None
    if cls == "organizer" and "speaker" in a.classes and not {"negation", "except"} & a.cues:
        # "Welche Veranstalter hatten einen eigenen Redner, und wer war das?": each one's.
        said = [s for e in items for s in _linked(e, "organization", facts)]
        if said:
            return Conclusion(True, tuple(said), entries=tuple(items))
    if 0 < len(items) < len(every):
        return Conclusion(True, _some_of(a, items, facts, cls), entries=tuple(items))
    if kind not in ("company", "speaker", "organizer", "platform", "place"):
        return None
    listing = facts.kb.list_of(kind)
    if listing and not place:
        return told(listing)
    # "Из каких регионов России были участники?": where they came from, towns too (the word
    # is meant broadly; "welche Regionen, also Oblaste" is not).
    whence = bool(a.keys) and a.keys[0] in FROM_KEYS and "participant" in a.classes
    if listing and whence and set(a.classes) == {"region", "participant"} and not a.excluded:
        return told(listing)
    kinds = [c for c in a.joined if c in PLACE_CLASSES and c not in a.excluded]
    if len(kinds) > 1:
        # "Welche Städte und Regionen waren dabei?": each kind asked, counted, none twice
        # (the regions hold the republics).
        seen: set[str] = set()
        said = []
        for c in kinds:
            members = tuple(e for e in narrow(a, facts.of_class(c), facts, c) if e.id not in seen)
            seen |= {e.id for e in members}
            if members:
                said.append(Statement("count", detail=c, items=members))
        return Conclusion(True, tuple(said))
    return Conclusion(True, (Statement("items", detail=cls, items=tuple(facts.of_class(cls))),))


def _asks_only_who(a: Analysis) -> bool:
    """Whether a question asks who and nothing else ("… – wer noch?")."""
    return "who" in a.cues and not (a.yesno or {"which", "what"} & a.cues or a.predicates)


def _others(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer außer dem AMZ war noch Veranstalter?', 'Какие спикеры кроме Рихтера выступали?'.

    The rest of a class one or more of whose members are named as left out.
    """
    if not entities or not {"besides", "except", "rest"} & a.cues:
        return None
    if a.yesno and not {"besides", "rest"} & a.cues:
        return None  # "Hat APM nicht mitorganisiert?": a claim of the one named, negated
    if a.yesno and "together" in a.cues and len(entities) > 1:
        return None  # "Hat Nikitin am ersten Tag zusammen mit Richter gesprochen?": both
    foreign_class = [c for c in a.classes if not all(e in facts.of_class(c) for e in entities)]
    if "rest" in a.cues and not {"besides", "except"} & a.cues and foreign_class:
        # "In der Firmenliste steht bei ProgressTlt noch eine Stadt in Klammern – welche?": a
        # thing of another class, its town, is asked of the one named, not the other firms.
        return None
    if a.classes:
        cls = main_class(a)
    elif (
        "spoke" in a.cues
        and ("besides" in a.cues or ("rest" in a.cues and _asks_only_who(a)))
        and all(e.kind == "speaker" for e in entities)
    ):
        cls = "speaker"  # "Wer sprach außer Richter noch?", "Richter hat … – wer noch?"
    elif "organized" in a.cues and all(e.kind == "organizer" for e in entities):
        # "Welche Organisationen standen außer AMZ und APM noch hinter der Mission?"
        cls = "organizer"
    else:
        return None
    # "außer", "кроме", "noch"; not "nicht unter den Republiken"
    besides = bool({"besides", "rest"} & a.cues)
    days = [v for f, v in a.values if f == "day"] if cls == "speaker" and besides else []
    # "Welche Organisationen außer der WFS …", "welche Regionen außer Samara", "welche
    # oblasti krome Samary": the class's own noun asks nothing more (a region's place kind is
    # "region" for "области" too), nor does "Tag" beside the day named.
    own = {cls, CLASS_KINDS.get(cls, (cls, None))[1]}
    asked = [
        p for p in a.predicates
        if (p, cls) != ("organization", "organizer")
        and not (besides and p in own)
        and not (p == "day" and days)
        # "Какие города были представлены, кроме Москвы?": places are represented; "Welche
        # Plattform außer dem Deep Tech Hub wurde vorgestellt?": every platform was.
        and not (p == "presented" and cls in PLACE_CLASSES)
        and not (p == "presented" and _all_presented(cls, facts))
    ]  # fmt: skip
    members = facts.of_class(cls)
    # "Aus welchen russischen Städten außer Moskau …?", "Welche sächsischen Organisatoren
    # außer der WFS …?": the class's members of the value asked.
    values = [(f, v) for f, v in a.values if f != "day" or not days]
    if values and all(f == "origin" for f, _ in values):
        members = [m for m in members if all(facts.has_value(m, f, v) for f, v in values)]
        values = []
    if not ({"who", "which", "count"} & a.cues or a.yesno) or asked or values:
        return None
    if not all(e in members for e in entities):
        return None
    rest = tuple(e for e in members if e not in entities)
    if a.excluded and cls not in a.excluded and "rest" not in a.cues:
        # "welche regionen ausser den staedten waren dabei, so samara und so?": a class is
        # left out; the one named is an example of those asked.
        rest = tuple(members)
    if days:
        # "В первый день выступал Рихтер. А кто ещё?": who else spoke that day, and those
        # whose day is not given.
        rest = tuple(e for e in rest if e.day is None or str(e.day) in days)
        if rest:
            return Conclusion(True, tuple(day_statement(e) for e in rest), entries=rest)
    if not rest:
        return None
    listed = Statement("count" if "count" in a.cues else "items", detail=cls, items=rest)
    said = (
        (Statement("verdict", yes=True), listed)
        if a.yesno and "count" not in a.cues
        else (listed,)
    )
    return Conclusion(True, said, entries=rest)


def _without_days(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche Firmen haben am ersten Tag präsentiert?': a class no day is known of, by day.

    Neither its entries nor anything linked to them (a speaker) has a day.
    """
    days = facts.days_named(a)
    if entities or not days or not a.classes or not ({"which", "who", "count"} & a.cues):
        return None
    words = facts.kb.vocabulary.values.get("day", {}).get(str(days[0].day), ())
    if any(all(k in a.aside for k, _ in phrase) for phrase in words):
        return None  # "ich war nur am ersten Tag dabei …": the asker's day
    cls = main_class(a)
    every = facts.of_class(cls)
    if not every or any(e.day for e in every):
        return None
    if any(o.day for e in every for _, o, _ in facts.related(e)):
        return None  # "Welche Plattformen wurden am zweiten Tag vorgestellt?": Nikitin's day
    said = (
        Statement("unlinked", days[0], detail=cls),
        Statement("count", detail=cls, items=tuple(every)),
    )
    return Conclusion(False, said, "gap", tuple(days))


def _unlinked(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche Firmen kamen aus Omsk?': a class asked through an entry it has no link to.

    Also of each of several places: "Welche Firmen kamen aus Kaluga und welche aus Samara?".
    """
    if not entities or not a.classes or not ({"which", "who", "count"} & a.cues):
        return None
    if {"or", "only"} <= a.cues and {"yes_head", "participation"} & a.cues:
        # "Был ли какой-то нетворкинг или только доклады?", "а нетворкинг какой-то был или
        # только доклады?": whether it was held.
        return None
    if len(entities) > 1:
        places = all(e.kind == "place" for e in entities) and not a.yesno
        if not places or class_kind(main_class(a)) != "company":
            return None
        if any(facts.reachable(e, "company") for e in entities):
            return None
        said = tuple(Statement("unlinked", e, detail=main_class(a)) for e in entities)
        return Conclusion(False, said, "gap", tuple(entities))
    entity = entities[0]
    # "aus der Region Samara": the word of the place's own kind asks for nothing; "Какие
    # компании представляли Татарстан?": firms represent a place, none of whose is named.
    asked = [
        p
        for p in a.predicates
        if p in RELATIONS
        and not (p == "region" and entity.kind == "place")
        and not (p == "organization" and entity.kind == "place" and "company" in a.classes)
    ]
    if asked:
        return None  # a fact is asked for: "Zu welcher Messe hat Richter die Firmen eingeladen?"
    cls = main_class(a)
    if a.classes[:2] == ("participant", "company") and "which" in a.cues:
        cls = "company"  # "Welche der teilnehmenden Firmen kam aus Omsk?": the firms
    kind = class_kind(cls)
    if kind == entity.kind or kind not in ("company", "speaker", "organizer", "platform"):
        return None
    if facts.reachable(entity, kind):
        return None
    organizers = tuple(facts.of_class("organizer"))
    if entity.kind == "speaker" and kind == "organizer" and organizers:
        # "Von welchem Veranstalter war Herr Ilmetow?": of none; what he is says for whom
        # he spoke, beside the organizers.
        said = (
            Statement("card", entity),
            Statement("count", detail="organizer", items=organizers),
        )
        return Conclusion(True, said, entries=(entity,))
    statement = Statement("unlinked", entity, detail=cls)
    return Conclusion(False, (statement,), "gap", (entity,))


def _speakers_of_each(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'kto predstavlyal Samaru, a kto AMZ': the speaker of each thing named."""
    # "от Самарской области и от кластера АПМ": "области" is a word of the place's name.
    placed = any(e.kind == "place" for e in entities) and set(a.classes) <= set(PLACE_CLASSES)
    if "who" not in a.cues or not 2 <= len(entities) <= 3 or a.yesno:
        return None
    if a.classes and not placed:
        return None
    if not set(a.predicates) <= {"organization", "region"} or not (
        a.predicates or "spoke" in a.cues
    ):
        return None
    # Of things of one kind, one fact of each is said elsewhere (``_each_value``).
    if any(e.kind == "speaker" for e in entities) or len({e.kind for e in entities}) == 1:
        return None
    speakers = [facts.speakers_of(e) for e in entities]
    if not all(speakers):
        return None
    found = {s.id: s for group in speakers for s in group}
    return told(*found.values())


# Relations whose value is who did it: "who" asks for the value, never for what the
# entry did ("Wer hat den SIBB gegründet?" is not what SIBB founded).
_BY_WHOM = frozenset({"initiator", "supporter", "invited_by", "opened_by"})
_WHO_DOES = frozenset(match_key(w) for w in ("wer", "кто", "kto"))
_BY_AGENT = frozenset(match_key(w) for w in ("von", "vom"))
_IS = frozenset(match_key(w) for w in ("ist", "war", "sind", "это", "eto", "такой", "takoi"))


# "Кем он работает?": as what, his role, not who he is.
_AS_WHAT = frozenset(match_key(w) for w in ("кем", "kem"))


_IN_WHAT = frozenset({match_key("worin")})


def _linked_to_both(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """The one linked to each of the things named, and how.

    "welche Organisation hängt sowohl beim Deep Tech Hub als auch beim Expertenkreis mit drin".
    """
    if "both" not in a.cues or not {"which", "who"} & a.cues or len(entities) < 2:
        return None
    if a.classes:
        kinds = {CLASS_KINDS[c][0] for c in a.classes if c in CLASS_KINDS}
    elif "organization" in a.predicates:
        kinds = {"organization", "organizer"}
    else:
        kinds = {"speaker", "organization", "organizer"}
    ids = {e.id for e in entities}
    links = [{o.id: (p, o) for p, o, _ in facts.related(e) if o.kind in kinds} for e in entities]
    shared = [k for k in links[0] if k not in ids and all(k in other for other in links[1:])]
    if len(shared) != 1:
        return None
    said = tuple(
        Statement("value", e, link[shared[0]][0], items=(link[shared[0]][1],))
        for e, link in zip(entities, links, strict=True)
    )
    return Conclusion(True, said, entries=(links[0][shared[0]][1], *entities))


def _name_listed(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Под каким названием в списке участников значится Волгабас?': its name on the list."""
    if "name" not in a.cues or "participation" not in a.cues or a.predicates or a.gaps:
        return None
    if len(entities) != 1 or entities[0].kind != "company" or "who" in a.cues:
        return None
    return told(entities[0])


def _or_between(a: Analysis, offered: Sequence[Entry]) -> bool:
    """Whether an "oder", "или" stands between the mentions of the two things offered."""
    ids = {e.id for e in offered}
    spans = [m for m in a.mentions if m.entry.id in ids]
    if len({m.entry.id for m in spans}) != 2:
        return False
    first, last = min(m.end for m in spans), max(m.start for m in spans)
    return any(k in OR_KEYS for k in a.keys[first:last])


def _offered_as_value(
    entities: list[Entry], linked: list[Entry], asked: list[str], facts: Facts
) -> Conclusion | None:
    """'kto iniciiroval IndustryStock, tozhe SIBB?': asked of the first, the second offered.

    The first has no such link; the second has it only to another thing of the first's kind
    (SIBB initiated the Deep Tech Hub): the first's is not known, the second's is said.
    """
    if len(entities) != 2 or len(asked) != 1 or linked != entities[1:]:
        return None
    first, offered = entities
    objects = [o for _, o, forward in facts.related(offered, asked[0]) if not forward]
    if not objects or any(o.kind != first.kind or o.id == first.id for o in objects):
        return None
    said = (
        Statement("no_value", first, asked[0]),
        *(Statement("value", o, asked[0], items=(offered,)) for o in objects),
    )
    return Conclusion(False, said, "gap", (first,))


def _firms_he_presented(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche Werke hat Ilmetow in seiner Präsentation vorgestellt?': no firm of his is named.

    What he presented is said of him (the automotive sector of his region); which firms or
    plants it showed, not.
    """
    people = [e for e in entities if e.kind == "speaker"]
    if a.yesno or "which" not in a.cues or "presented" not in a.predicates or len(people) != 1:
        return None
    if "company" not in a.classes or set(a.classes) - {"company", *PLACE_CLASSES}:
        return None
    shown = facts.related(people[0], "presented")
    return None if any(o.kind == "company" for _, o, _ in shown) else unstated(people[0])


def _value(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """A fact of a named entry, directly or through a link.

    "An welchem Tag sprach der Vertreter der HIK?" is the day of the speaker whose
    organization is the HIK.
    """
    if not entities or ("when" in a.cues and _the_event_as_her(a, entities)):
        return None
    # The entry the facts asked for lead from: "ya iz Kalugi, kakuyu platformu iniciiroval
    # SIBB?" is about SIBB.
    asked = [p for p in a.predicates if p in RELATIONS]
    people = [e for e in entities if e.kind == "speaker"]
    bodies = [e for e in entities if e.kind in ("organizer", "organization")]
    if len(people) > 1 and len(bodies) == 1 and "organization" in asked and "who" in a.cues:
        # "Вахтлер и Крайнов — кто из них представлял российский кластер?": the one of them
        # whose body it is.
        theirs = [
            s
            for s in people
            if any(o == bodies[0] for _, o, _ in facts.related(s, "organization"))
        ]
        if theirs:
            of_it = tuple(
                Statement("value", s, "organization", items=tuple(bodies)) for s in theirs
            )
            return Conclusion(True, of_it, entries=tuple(theirs))
    linked = [
        e
        for e in entities
        if any(facts.related(e, p) for p in asked)
        # "Wer leitet den Expertenkreis, den die Repräsentanz mitbegründet hat?": not the
        # one the clause names to say which circle.
        and not (e.id in a.describing and e is not entities[0])
    ]
    # "Die Handelskammer hat den Deep Tech Hub initiiert und SIBB unterstützt ihn, stimmt
    # das?": of two facts asked, the one thing that has both, not what the chamber initiated.
    holders = [
        e for e in linked if a.yesno and len(asked) > 1 and len(entities) > 2 and all(
            any(forward for _, _, forward in facts.related(e, p)) for p in asked
        )
    ]  # fmt: skip
    subject = (holders or linked or entities)[0]
    unlinked = _offered_as_value(entities, linked, asked, facts)
    if unlinked is not None:
        return unlinked
    places = [e for e in entities if e.kind == "place"]
    if subject.kind == "speaker" and places and "who" in a.cues and not a.yesno:
        # "Кто заместитель министра экономики Саратовской области?": Ilmetov's role, of
        # another region; who holds it there is not named.
        regions = [o for _, o, _ in facts.related(subject, "region")]
        by_name = set(text_keys(f"{subject.name.de} {subject.name.ru}")) & set(a.keys)
        if regions and not by_name and not any(p in regions for p in places):
            unnamed = (
                Statement("unlinked", places[0], detail="speaker"),
                Statement("card", subject),
            )
            return Conclusion(False, unnamed, "gap", (subject,))
    offered = [e for e in entities if e is not subject]
    if "or" in a.cues and len(asked) == 1 and len(offered) == 2 and _or_between(a, offered):
        # "Deep Tech Hub поддерживает SIBB или представительство ТПП?": which of the two it
        # is, and how the other is linked, when each is.
        ties = [
            next((p for p, o, forward in facts.related(subject) if o.id == e.id and forward), None)
            for e in offered
        ]
        if asked[0] in ties and all(ties):
            which = tuple(
                Statement("value", subject, p, items=(e,))
                for p, e in sorted(zip(ties, offered, strict=True), key=lambda t: t[0] != asked[0])
                if p is not None
            )
            return Conclusion(True, which, entries=(subject, *offered))
    others = {e.kind for e in entities[1:]}
    if "or" in a.cues and asked and entities[0].kind == "speaker" and others == {"organizer"}:
        # "Leitet Andreas Wachtler das APM-Cluster oder das Cluster beim AMZ?": which of the
        # two is his, not who heads the first.
        subject = entities[0]
    done = [p for p in asked if p != "organization"]  # "представитель WFS" says who did it
    if subject.kind in ("organizer", "organization") and not any(
        facts.related(subject, p) for p in done
    ):
        # "In welche Stadt lud die WFS ein?": what its one speaker did for it; which of
        # several things he did is narrowed by words only search weighs ("ТПП какую
        # платформу для поиска партнёров презентовала?").
        doers = [s for s in facts.speakers_of(subject) if any(facts.related(s, p) for p in done)]
        doer = doers[0] if len(doers) == 1 else subject
        if not a.free or sum(len(facts.related(doer, p)) for p in done) == 1:
            subject = doer
    presenting = {"spoke", "who"} <= a.cues and subject.kind != "speaker"
    if not a.predicates:
        # "Как называется выставка, на которую приглашали компании?": the one thing named.
        named_one = (
            "name" in a.cues
            and len({e.id for e in entities}) == 1
            and subject.kind in {CLASS_KINDS[c][0] for c in a.classes if c in CLASS_KINDS}
        )
        if a.described and ({"which", "what"} & a.cues or named_one):
            # "Welche Funktion hat der Mann, der zur Z+intec eingeladen hat?": the one person
            # the clause links to the entry named is meant.
            doers = [
                s
                for p in a.described
                for s, _ in _doers(facts, p, {subject.id})
                if "speaker" in a.classes and subject.kind != "speaker"
            ]
            # "Welche Bereiche deckt die Messe ab, zu der eingeladen wurde?": the clause
            # only says which entry is meant; the question is about the entry itself.
            return told(doers[0] if len(doers) == 1 else subject)
        if not (presenting and facts.related(subject, "presented")):
            return None
    wants = [p for p in a.predicates if p != "organization"] or list(a.predicates)
    # "was genau hat IndustryStock mit der HIK vereinbart": the link is named; what it holds,
    # the text says.
    linked = [o for p in wants for _, o, _ in facts.related(subject, p)]
    asks_what = "what" in a.cues and not {"who", "which", "or"} & a.cues
    if asks_what and "region" not in wants and linked and all(o in entities for o in linked):
        return told(subject)
    # "AMZ – chto eto za organizaciya?": what the organization named is (its representative,
    # "представитель ТПП", is someone else).
    what_org = any(k.startswith(("organisation", "organizatsi")) for k in a.keys)
    org = subject.kind in ("organizer", "organization")
    if wants == ["organization"] and what_org and org and "who" not in a.cues:
        return told(subject)
    said_day = any(f == "day" for f, _ in a.values)
    if "day" in wants and len(wants) > 1 and said_day and "when" not in a.cues:
        # "Was hat Nikitin am zweiten Tag vorgestellt?": the day is said, not asked.
        wants.remove("day")
    if presenting and "presented" not in wants:
        wants.insert(0, "presented")  # "Кто говорил о Deep Tech Hub?": who presented it
    until = any(pair in _UNTIL_WHEN for pair in pairwise(a.keys))
    sent = [subject] if subject.kind == "speaker" else facts.speakers_of(subject)
    spoken = (*a.free, *a.known_free)
    if "day" in wants and until and len(sent) == 1 and facts.says(sent[0], spoken, strictly=True):
        # "Bis wann gilt die E-Auto-Strategie aus dem AMZ-Vortrag?": how far what he spoke
        # of reaches, in his talk; not his day.
        return told(sent[0])
    earned = (
        {"where", "when", "about"} & a.cues
        or _IN_WHAT & set(a.keys)  # "worin hat er promoviert?"
        or ("or" in a.cues and a.foreign and len(entities) == 1)
        # "v kakoi oblasti u Nikitina doktorskaya stepen?": the field, not a region of his.
        or {"region", "place"} & set(wants)
    )
    personal = _vocabulary_gap(facts, "personal")
    if "degree" in wants and earned and subject.kind == "speaker" and personal:
        # "Wo hat Nikitin promoviert?", "… in Wirtschaft oder in Technik?": his title is
        # known, not where, when or in what he earned it.
        return Conclusion(False, (Statement("gap", subject, gap=personal),), "gap", (subject,))
    # "v kakoj den predstavili Deep Tech Hub i IndustryStock?": the day of their presenter,
    # not who presented each.
    days_of_things = "day" in wants and all(e.kind != "speaker" for e in entities)
    # "An welchem Tag sprach Richter und an welchem Krainov?": each one's day, below.
    days_of_people = "day" in wants and all(e.kind == "speaker" for e in entities)
    each = [] if days_of_things or days_of_people else _each_value(entities, wants, facts)
    if each:
        return Conclusion(True, tuple(each), entries=tuple(s.subject for s in each if s.subject))
    audience = set(a.classes) <= {"participant", "company"}
    plain = subject.kind == "speaker" and not facts.related(subject, "presented")
    if wants == ["presented"] and plain and "what" in a.cues and audience:
        # "Was hat Ilmetow den Teilnehmern vorgestellt?": no platform of his; what he
        # presented is in his answer (the participants are whom he spoke to); "Что
        # представили Ильметов и Рихтер?": each one's.
        return told(subject, *[e for e in entities if e.kind == "speaker" and e != subject])
    heads_known = bool(facts.related(subject, "heads"))
    leaders = _leading_part_of(subject, a, facts) if "heads" in wants and not heads_known else []
    if leaders and "day" in wants and all(e.kind == "speaker" for e in leaders):
        # "В какой день выступал руководитель кластера AMZ?": the day of the one who leads
        # it, not his card as if it were said.
        their_days = tuple(day_statement(e) for e in leaders)
        known = all(st.what == "value" for st in their_days)
        return Conclusion(known, their_days, "answered" if known else "gap", tuple(leaders))
    if leaders:
        return told(*leaders)
    if subject.kind == "speaker" and {"what", "spoke"} <= a.cues and "who" not in a.cues:
        # "Worüber berichtete Richter am ersten Tag?": what he spoke about is his answer.
        return told(subject)
    person = next((e for e in entities if e.kind == "speaker"), None)
    # Not "Кто такой Никитин: какую организацию он возглавляет?", which asks which one, nor
    # "кем он числится, директор или кто?", which asks what he is.
    as_what = bool(_AS_WHAT & set(a.keys))
    if person and as_what and "heads" in wants:
        return told(person)  # his answer says what he is
    if person and "who" in a.cues and "heads" in wants and "which" not in a.cues:
        his = {o.id for _, o, _ in facts.related(person)}
        if all(e.id in his for e in entities if e != person):  # "Krainov beim APM"
            # "Кто начальник Ильметова?": who is over a person is never among the facts.
            statement = Statement("no_value", person, "heads")
            return Conclusion(False, (statement, Statement("card", person)), "gap", (person,))
    if "when" in a.cues and subject.fact("date") and "spoke" not in a.cues:
        return told(subject)
    if (
        "when" in a.cues
        and subject.kind == "speaker"
        and numbers(subject.answer.de, years=True)
        and facts.says(subject, a.known_free, strictly=True)
    ):
        # "Welche Strategie hat Wachtler vorgestellt, und bis wann geht die?": the year of
        # what he spoke of, in his answer, not his day.
        return told(subject)
    # "An welchem Tag wurde IndustryStock vorgestellt?": the day of who presented it.
    asks_speaker = (
        subject.kind == "speaker"
        or "speaker" in a.classes
        or bool({"spoke", "presented"} & ({*a.cues} | set(wants)))
        # "An welchem Tag ging es um IndustryStock?": the day it was spoken of.
        or "topic" in a.cues
    )
    if "day" in wants and asks_speaker:
        speakers = _speakers_for(subject, a, facts)
        if days_of_things:
            every = {s.id: s for e in entities for s in _speakers_for(e, a, facts)}
            speakers = list(every.values())
        if speakers:
            statements = [day_statement(s) for s in speakers]
            if subject.kind == "speaker":
                # "kuda i kogda priglasil Rikhter?": the dated thing he invited to is when too.
                statements += [
                    said
                    for p in wants
                    if p in RELATIONS
                    and any(o.fact("date") for _, o, _ in facts.related(subject, p))
                    for said in _linked(subject, p, facts)
                ]
            # "Hat Krainov am selben Tag gesprochen wie Richter?": one day not known leaves
            # the question open.
            known = all(s.what == "value" for s in statements if s.detail == "day")
            reason_ = "answered" if known else "gap"
            return Conclusion(known, tuple(statements), reason_, tuple(speakers))
    undated = not (subject.fact("date") or subject.day or numbers(subject.answer.de, years=True))
    links = "who" in a.cues and any(facts.related(subject, p) for p in wants if p in RELATIONS)
    pairs = [o for p in wants if p in RELATIONS for _, o, _ in facts.related(subject, p)]
    named_link = bool(pairs) and all(o in entities for o in pairs)
    if (
        "when" in a.cues
        and not links
        and named_link
        and not any(o.fact("date") or numbers(o.answer.de, years=True) for o in pairs)
    ):
        # "С какой даты заработает договорённость ТПП с IndustryStock?": both ends of the
        # link are named; when it began is asked, and no date of it is known.
        unsaid = (Statement("no_value", pairs[0], "day"), Statement("card", pairs[0]))
        return Conclusion(False, unsaid, "gap", (pairs[0],))
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
        return told(subject)
    for predicate in wants:
        if predicate not in RELATIONS:
            if subject.fact(predicate):
                if "what" in a.cues and a.free:
                    # "Какая она по счёту и чему посвящена?": more than the value is asked;
                    # its whole answer, which says it.
                    return told(subject)
                statements = [
                    Statement("value", subject, p, values=subject.fact(p))
                    for p in wants
                    if p not in RELATIONS and subject.fact(p)
                ]  # "… в каком городе … и какая она по счёту?": each one asked
                return Conclusion(True, tuple(statements), entries=(subject,))
            continue
        related = facts.related(subject, predicate)
        linked = [o for _, o, _ in related]
        forward = any(fwd for _, _, fwd in related)
        # "Wer" as the doer, not "Кого поддерживает ТПП?" nor "Wer wird von der HIK …?".
        # "Wer ist SIBB und was hat er gegründet?" asks who it is.
        acting = (
            "what" not in a.cues
            and any(k in _WHO_DOES and nxt not in _IS for k, nxt in pairwise((*a.keys, "")))
            and not any(
                k in _BY_AGENT for m in a.mentions for k in a.keys[max(0, m.start - 2) : m.start]
            )
        )
        # (Other words may name what it did: "Wer hat das Expertengremium der HIK gegründet?")
        alone = len(entities) == 1 and not a.classes and not a.known_free and acting
        if "who" in a.cues and predicate in _BY_WHOM and linked and not forward and alone:
            # "Кто основал SIBB?": who founded it is not known; that it founded the Deep Tech
            # Hub answers "what did it found".
            unknown = (Statement("no_value", subject, predicate), Statement("card", subject))
            return Conclusion(False, unknown, "gap", (subject,))
        kinds = {CLASS_KINDS[c][0] for c in a.classes if c in CLASS_KINDS} - {subject.kind}
        if a.described and kinds and not any(o.kind in kinds for o in linked):
            # "Wer hat die Plattform initiiert, die die HIK unterstützt?": what the HIK
            # initiated is no platform; the clause leads to the one it supports.
            linked = []
        # "Wer leitet die Organisation, die den Expertenkreis gegründet hat?": the relative
        # clause leads from the named entry to the one whose fact is asked (not "Wer leitet
        # den Expertenkreis, den die Repräsentanz mitbegründet hat?", which asks of it).
        hops = () if subject.id in a.antecedents else a.described
        for hop in (*hops, *(p for p in wants if p != predicate)):
            if linked or hop not in RELATIONS:
                break
            between = [o for p, o, _ in facts.related(subject, hop)]
            further = [o for x in between for p, o, _ in facts.related(x, predicate)]
            if kinds and not any(e.kind in kinds for e in (*between, *further)):
                # "Никитин представлял какую-то площадку … кто её инициировал?": what his
                # body initiated is no platform.
                continue
            if further:
                statements = [
                    Statement("value", x, predicate, items=(o,)) for x in between for o in further
                ]
                return Conclusion(True, tuple(statements), entries=tuple(further))
        if not linked:
            continue
        named = {i for m in a.mentions for i in range(m.start, m.end)}
        said = [k for i, k in enumerate(a.keys) if i not in named and len(k) >= 5]
        left_out = [
            o for o in linked if o in entities or any(facts.uses(o, k, "described") for k in said)
        ]
        with_others = bool({"besides", "except"} & a.cues) or {"together", "who"} <= a.cues
        if with_others and len(left_out) == len(linked):
            # "Wer hat den Expertenkreis außer der Repräsentanz noch mitgegründet?", "Кто
            # вместе с представительством ТПП основал экспертный круг?": no other is named.
            return unstated(subject)
        if "besides" in a.cues and not a.yesno and any(o in entities for o in linked):
            # "Какую ещё платформу, кроме Deep Tech Hub, представил Никитин?": the others.
            linked = [o for o in linked if o not in entities]
        apart = {CLASS_KINDS[c][0] for c in a.excluded if c in CLASS_KINDS}
        if apart and {"besides", "except"} & a.cues:
            # "Was hat Nikitin außer den Plattformen noch vorgestellt?": what is not one.
            linked = [o for o in linked if o.kind not in apart]
            if not linked:
                return unstated(subject)
        # "Какие платформы представил Никитин?": of what he presented, the platforms.
        linked = [o for o in linked if o.kind in kinds - apart] or linked
        if kinds and a.free and len(linked) > 1:
            # "… so eine Plattform für Startups vorgestellt – wie hieß die?": of those, the
            # one the words describe; all, when words describe others too ("… für Startups
            # und für die Partnersuche").
            narrowed = narrow(a, linked, facts, main_class(a)) or linked
            left = [o for o in linked if o not in narrowed]
            if not any(facts.uses(o, k, "described") for o in left for k in a.free):
                linked = narrowed
        # Not the asker's own words: "my startap iz moskvy … kto ego initsiiroval".
        more = set(a.free) - set(a.aside)
        if len(linked) == 1 and (more or {"spoke", "what"} <= a.cues):
            # More is asked than the link ("Bis wann reicht die Strategie, die der
            # AMZ-Vertreter ansprach?", "Worüber sprach der Chef des APM?"): the linked
            # entry's whole answer.
            return told(linked[0])
        statements = _linked(subject, predicate, facts, linked)
        if "day" in wants:
            statements += [day_statement(o) for o in linked if o.kind == "speaker"]
        # "Кто говорил о Deep Tech Hub и кто его инициировал?": the other facts asked, of
        # the same entry; "Welche Plattform hat SIBB initiiert, und wer hat sie
        # vorgestellt?": of what was found.
        for then in (p for p in wants if p != predicate and p in RELATIONS):
            if facts.related(subject, then):
                statements += _linked(subject, then, facts)
                continue
            statements += [s for x in linked for s in _linked(x, then, facts)]
        return Conclusion(True, tuple(statements), entries=tuple(linked))
    speakers = facts.speakers_of(subject)
    # "Was genau hat ctp.aero präsentiert?", "Что показывала компания … на своей
    # презентации?": what a company presented is never said.
    firm = next((e for e in entities if e.kind == "company"), None)
    shown = bool(firm and subject.kind in ("company", "activity") and {"what", "which"} & a.cues)
    subject = firm if firm and shown else subject
    missing = [
        p for p in wants
        if p in TELLING and (p != "presented" or ("who" in a.cues and not speakers) or shown)
    ]  # fmt: skip
    # Words of a part, not of the thing itself ("Wie viele Experten sind im Expertenkreis
    # und wer leitet ihn?" names no part Nikitin heads).
    part = [k for k in a.free if not facts.says(subject, (k,))]
    leading = [s for s in speakers if part and all(facts.says(s, (k,)) for k in part)]
    if missing[:1] == ["heads"] and len(leading) == 1:
        # "Wer leitet den Cluster Automobilindustrie beim AMZ?": a part of it, headed by the
        # one of its speakers whose role says so.
        return told(leading[0])
    if missing and (subject.kind != "speaker" or missing[0] == "degree"):
        # "Кто директор WFS?", "Hat Wachtler einen Doktortitel?": the facts do not say;
        # what they do say follows.
        statement = Statement("no_value", subject, missing[0])
        return Conclusion(False, (statement, Statement("card", subject)), "gap", (subject,))
    return None


_APART = frozenset(match_key(w) for w in "außer ausser neben кроме помимо krome pomimo".split())


def _apart_from_another(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Какую роль в мероприятии играла ТПП России, кроме доклада Никитина?'.

    Of two things named, one is set apart ("кроме", "außer" a word or two before it): what
    is known of the other answers.
    """
    if len(entities) != 2 or not {"besides", "except"} & a.cues or a.yesno or a.gaps:
        return None
    apart = [m for m in a.mentions if _APART & set(a.keys[max(m.start - 2, 0) : m.start])]
    if len(apart) != 1:
        return None
    kept = [e for e in entities if e.id != apart[0].entry.id]
    if len(kept) != 1:
        return None
    # "kakie kompanii iz tatarstana uchastvovali krome hudway": asked of the other alone.
    rest = replace(a, mentions=tuple(m for m in a.mentions if m.entry.id == kept[0].id))
    alone = reason(rest, facts)
    return alone if alone is not None and not alone.answered else told(kept[0])


def _all_presented(cls: str, facts: Facts) -> bool:
    """Whether every member of a class was presented by someone (the platforms)."""
    members = facts.of_class(cls)
    return bool(members) and all(facts.related(m, "presented") for m in members)


def _others_of_his(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer war außer Nikitin noch von der HIK dabei?': others of one speaker's organization.

    Also "Кто ещё работает в отделе у Томаса Рихтера?", the organization unnamed. None are
    named: said so, with what is known of him.
    """
    if "who" not in a.cues or not {"besides", "except", "also"} & a.cues or a.classes:
        return None
    speakers = [e for e in entities if e.kind == "speaker"]
    if len(speakers) != 1:
        return None
    (person,) = speakers
    orgs = [o for _, o, _ in facts.related(person, "organization")]
    named = [e for e in entities if e is not person]
    if (named and named != orgs[:1]) or not (named or "organization" in a.predicates):
        return None  # another thing named, or no organization of his asked about
    others = [s for o in orgs for s in facts.speakers_of(o) if s.id != person.id]
    return told(*others) if others else unstated(person)


def _linked_of_class(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer war der Redner vom APM?': the entries of the class asked a named one links to."""
    # "Как называется площадка, …": asking for the name asks which one; "Was für ein Amt hat
    # der Redner aus Samara?" what of that one.
    asks = {"who", "which", "name", "what"} & a.cues
    if not entities or not a.classes or a.predicates or not asks:
        return None
    members = {e.id: e for e in facts.of_class(main_class(a))}
    if any(e.id in members for e in entities):
        return None
    found = {o.id: o for e in entities for _, o, _ in facts.related(e) if o.id in members}
    if not found and entities[0].kind == "fair" and main_class(a) == "organizer":
        # "Wer ist Veranstalter der Z + intec?": the mission's organizers are not the fair's.
        statement = Statement("unlinked", entities[0], detail=main_class(a))
        return Conclusion(
            False, (statement, Statement("card", entities[0])), "gap", (entities[0],)
        )
    # "… площадка для поиска партнёров, которую показал глава ТПП": the one described.
    linked = list(found.values())
    if a.free:
        linked = narrow(a, linked, facts, main_class(a))
    if not linked or len(linked) == len(members):
        return None
    return told(*linked[:3])


def _all_of_class_guessed(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Кто были организаторы, WFS и AMZ?': all of the class, the guessed ones among them.

    Names after a comma behind a question for a whole class guess some of it; the answer is
    all of it (not the first one guessed alone). After a dash they are not told apart: the
    dash is gone from the text the question is read in.
    """
    if not entities or a.predicates or a.yesno or not {"who", "which"} & a.cues or not a.classes:
        return None
    if {"besides", "except", "only", "count", "or"} & a.cues:
        return None
    # The guess follows a comma after the class word.
    head, comma, _ = a.text.partition(", ")
    at = [h.start for h in facts.kb.vocabulary.scan(a.keys) if h.group == "classes"]
    cut = len(words(head))
    if not comma or not at or min(at) >= cut or any(m.start < cut for m in a.mentions):
        return None
    # Names only follow it, no verb: not "Welche Firma aus der Autostadt, Toljatti, war dabei?"
    tail = re.findall(r"\w[\w.+-]*", a.text[len(head) :])
    if any(not w[0].isupper() and w.lower() not in ANY_STOP_WORDS for w in tail):
        return None
    cls = main_class(a)
    members = facts.of_class(cls)
    if not all(e in members for e in entities) or len(members) <= len(entities):
        return None
    found = tuple(members)
    return Conclusion(True, (Statement("count", detail=cls, items=found),), entries=found)


def _one_of_class(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche Firma steckt hinter Volgabus?', 'Wer von den Rednern war Vize-Minister?'.

    The one of the class asked is the one named: what it is, by its full name.
    """
    if len(entities) != 1 or a.predicates or a.yesno or not {"who", "which"} & a.cues:
        return None
    if {"besides", "except", "only", "count"} & a.cues:
        return None  # "Кроме АМЗ, какой ещё организатор …": the others
    if not a.classes or entities[0] not in facts.of_class(main_class(a)):
        return None
    if "spoke" in a.cues and entities[0].kind == "place" and not facts.speakers_of(entities[0]):
        return None  # "Wer hat für die Stadt Moskau gesprochen?": no one, which is said
    return told(entities[0])


def _linked(
    subject: Entry, predicate: str, facts: Facts, only: list[Entry] | None = None
) -> list[Statement]:
    """What ``subject`` is linked to by ``predicate``, each link said in its own direction.

    "Wen unterstützt die HIK?": the Deep Tech Hub is supported by the HIK, not the other
    way round. ``only``: of the linked entries, these.
    """
    links = [x for x in facts.related(subject, predicate) if only is None or x[1] in only]
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
    return facts.speakers_of(subject)


def _people_of(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer vertrat AvtoCom?', 'Кто выступал от Autodetal?': no one of a company is named.

    "Wer ist HUDWAY?" asks what it is, not who acted for it: it says nothing more than that.
    """
    if "who" not in a.cues or a.yesno or not entities or not set(a.classes) <= {"company"}:
        return None
    # "Die Firma hinter Volgabus – wie heißt sie?": the firm's name, not its people.
    if "name" in a.cues and a.classes:
        return None
    # "кто выступал с презентацией от компании Полад": the firm's presentation names it.
    if any(e.kind not in ("company", "activity") for e in entities):
        return None
    entities = [e for e in entities if e.kind == "company"]
    if not entities or not (a.predicates or a.free or {"spoke", "participation"} & a.cues):
        return None
    if any(_by_its_town(a, m) for m in a.mentions):
        return None  # "Wer war aus Toljatti dabei?": the firm whose name gives that town
    named = {k for e in entities for k in text_keys(_names_of(e))}
    if (a.free and all(any(_inflected(k, n) for n in named) for k in a.free)) or (
        # Not "Wer hat Volgabus bei der Mission vertreten?": who took part for it ("кто
        # стоит за Волгабасом в списке" is whose it is, "в списке" or not).
        "who" in a.cues
        and not a.predicates
        and ("participation" not in a.cues or a.free)
        and _by_its_bracket(a, entities)
    ):
        # "Кто стоит за Волгабасом?": the group its name is the bracket of.
        # "Volgabus — eto ch'ya gruppa?": whose group is in its name (Bakulin Motors Group).
        return told(*entities[:3])
    statements = [Statement("no_value", entities[0], "people")]
    statements += [Statement("card", e) for e in entities[:3]]
    return Conclusion(False, tuple(statements), "gap", tuple(entities[:3]))


def _by_its_bracket(a: Analysis, entities: Sequence[Entry]) -> bool:
    """Whether an entry is named by the short name its name holds in brackets.

    "Volgabus" of "Bakulin Motors Group (Volgabus)": whose it is, who stands behind it, is
    the name outside the brackets.
    """
    return any(
        m.entry in entities
        and (inner := {k for b in BRACKETS.findall(_names_of(m.entry)) for k in text_keys(b)})
        and all(any(k == n or _inflected(k, n) for n in inner) for k in a.keys[m.start : m.end])
        for m in a.mentions
    )


def _by_its_town(a: Analysis, mention: Mention) -> bool:
    """Whether a company is named after "aus", "из" by the town its name gives."""
    towns = town_keys(mention.entry)
    return a.word_before(mention) in FROM_KEYS and all(
        any(same_word(k, t) for t in towns) for k in a.keys[mention.start : mention.end]
    )


def _sent_by(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer war vom Kammerbüro dabei?', 'Кто выступал от AMZ?': the speakers it sent.

    Or a region's: "Wer hat den Automobilsektor von Samara präsentiert?"; asked by name too:
    "wie heißt der vom AMZ, der gesprochen hat".
    """
    if not {"who", "name"} & a.cues or a.yesno or len(entities) != 1:
        return None
    if a.classes and not (
        entities[0].kind == "place" and all(entities[0] in facts.of_class(c) for c in a.classes)
    ):
        return None  # not "Wer hat für die Stadt Moskau gesprochen?": its own kind's word
    if not set(a.predicates) <= {"presented"}:
        return None
    acting = {"participation", "spoke"} & a.cues or a.predicates
    if not acting or entities[0].kind not in ("organizer", "organization", "place"):
        return None
    speakers = list({e.id: e for e in _speakers_for(entities[0], a, facts)}.values())
    if not speakers and "spoke" in a.cues and entities[0].kind == "place":
        # "Кто выступал от Татарстана?": no speaker came from there.
        return Conclusion(False, (Statement("unlinked", entities[0], detail="speaker"),), "gap")
    if not speakers:
        return None
    return told(*speakers)


# "vom AMZ": "von dem", from where a speaker came, beside "aus", "von", "из", "от".
_FROM_THE = FROM_KEYS | {match_key("vom")}


def _a_speaker_from(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Kam einer der Redner aus Samara?', 'Был ли спикер от AMZ?': yes, and who; or none.

    A speaker asked for by the class word, from one place or body named after "aus", "vom",
    "из", "от" (asked with "gesprochen" it is :func:`claims.members`).
    """
    if not a.yesno or len(entities) != 1 or set(a.classes) - {"speaker", *PLACE_CLASSES}:
        return None
    # "bei" is no body the speaker is asked of ("steht ja bei den Teilnehmerregionen").
    asked = set(a.predicates) - {"organization"}
    if "speaker" not in a.classes or a.values or asked or a.unknown_names:
        return None
    source = entities[0]
    if source.kind not in ("place", "organizer", "organization"):
        return None
    # "Samara steht ja bei den Teilnehmerregionen – kam von dort auch einer der Redner?"
    there = "there" in a.cues and source.kind == "place"
    # "vom sächsischen Zuliefernetzwerk": an adjective may stand between.
    from_it = any(_FROM_THE & a.words_before(m) for m in a.mentions if m.entry is source)
    if not (there or from_it):
        return None
    if claims.wrong_office(a, source, facts) is not None:
        return None  # "Der Redner aus Samara ist doch Verkehrsminister, oder?": no (members)
    speakers = facts.speakers_of(source)
    if not speakers:
        # "Gab es einen Redner aus Tatarstan?": none of the speakers named is linked to it.
        unlinked = (Statement("member", source), Statement("unlinked", source, "speaker"))
        return Conclusion(False, unlinked if source.kind == "place" else unlinked[1:], "gap")
    said = (Statement("verdict", yes=True), *(Statement("card", s) for s in speakers))
    return Conclusion(True, said, entries=tuple(speakers))


def _talks_of(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Какие темы поднимал Крайнов?', 'Welche Themen hatte Krainov?': his talk, his answer.

    One speaker named and what he spoke of asked, nothing else.
    """
    if len(entities) != 1 or entities[0].kind != "speaker" or a.yesno:
        return None
    if "spoke" not in a.cues or not {"which", "what", "about"} & a.cues:
        return None
    if a.classes or a.predicates or a.values or a.gaps or a.unknown_names:
        return None
    return told(entities[0])


def _said_by_its_speaker(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Worüber hat die WFS berichtet?': what an organisation or a region said, its speakers said.

    "Was hat die WFS über Förderprogramme gesagt?" is declined before; a word the knowledge
    never uses ("beim Mittagessen") asks what is not known.
    """
    if a.yesno or a.gaps or a.values or a.unknown_names or "who" in a.cues:
        return None
    if len(entities) != 1 or not {"what", "which", "about"} & a.cues:
        return None
    place = entities[0]
    if place.kind == "place" and "spoke" in a.cues and not facts.speakers_of(place):
        # "Was hat der Vertreter der Regierung von Tatarstan gesagt?": no speaker was from
        # there (not the place's card, which answered what he said).
        return Conclusion(False, (Statement("unlinked", place, detail="speaker"),), "gap")
    if a.foreign:
        return None
    if not set(a.classes) <= {"speaker", "participant"}:
        return None
    acting = {"spoke", "about"} & a.cues or "presented" in a.predicates
    if not acting or not set(a.predicates) <= {"presented"}:
        return None
    if entities[0].kind not in ("organizer", "organization", "place"):
        return None
    speakers = facts.speakers_of(entities[0])
    return told(*speakers) if speakers else None


def _each(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Расскажи про Рихтера и Никитина': the answer of each entry named (three at most)."""
    # "Чем отличаются доклады Рихтера и Вахтлера?": the class of the entries compared.
    kinds = {e.kind for e in entities}
    compared = "difference" in a.cues and all({class_kind(c)} == kinds for c in a.classes)
    if len(entities) < 2 or (a.classes and not compared):
        return None
    # "Вахтлер и Крайнов … кто где работает и о чём каждый говорил?": a speaker's card says
    # where he works and what he spoke about.
    speakers = all(e.kind == "speaker" for e in entities) and {"spoke", "what", "where"} & a.cues
    if a.predicates and not (speakers and set(a.predicates) <= {"organization", "place"}):
        return None
    shown = entities[:3]
    return told(*shown)


def _same(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer sprach am gleichen Tag wie Ilmetow?': the others with the same day."""
    if "same" not in a.cues or len(entities) != 1 or entities[0].kind != "speaker":
        return None
    subject = entities[0]
    if not subject.day:
        return Conclusion(False, (day_statement(subject),), "gap", (subject,))
    others = [s for s in facts.kb.of_kind("speaker") if s.day == subject.day and s != subject]
    statements = [day_statement(subject), *(day_statement(o) for o in others)]
    return Conclusion(True, tuple(statements), entries=tuple(others))


def _spoke_of_another(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'was hat krainov zu tatarstan gesagt': a speaker and a thing his texts never name.

    Not said; what is known of the speaker follows. Named in his answer or linked to him
    ("Was sagte Richter über die Z+intec?"), the other frames answer it.
    """
    if "spoke" not in a.cues or not ({"what", "about"} & a.cues or a.yesno):
        return None
    speakers = [e for e in entities if e.kind == "speaker"]
    others = [e for e in entities if e.kind not in ("speaker", "event", "day")]
    if len(speakers) != 1 or len(others) != 1 or len(entities) != 2:
        return None
    speaker, other = speakers[0], others[0]
    if any(o.id == other.id for _, o, _ in facts.related(speaker)):
        return None
    # The thing is a topic after "über", "zu", "про" ("Krainov vom AMZ" says who he is).
    about = facts.kb.vocabulary.cue_words.get("about", frozenset()) | _TOPIC_MARKS
    spans = [
        m for m in a.mentions
        if m.entry.id == other.id and about & set(a.keys[max(m.start - 2, 0) : m.start])
    ]  # fmt: skip
    asked = [k for m in spans for k in a.keys[m.start : m.end] if len(k) > 2]
    if not asked or all(facts.uses(speaker, k, "told") for k in asked):
        return None
    return unstated(speaker)


_TOPIC_MARKS = frozenset(match_key(w) for w in ("zu", "zum", "zur"))


def _day(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Что было во второй день?': the day's own answer; of each day asked, one after another."""
    days = list(dict.fromkeys(v for f, v in a.values if f == "day"))
    if {"besides", "except"} & a.cues:
        # "Что было на третий день, кроме нетворкинга?": the day, less what is known of all.
        entities = [e for e in entities if e.kind != "activity"]
    if a.yesno and not entities and len(days) == 1 and a.classes == ("speaker",):
        day = next((e for e in facts.kb.of_kind("day") if str(e.day) == days[0]), None)
        if day and not any(str(e.day) == days[0] for e in facts.kb.of_kind("speaker")):
            # "Gab es am dritten Tag auch noch Vorträge?": no talk is told of that day.
            return unstated(day)
    if entities or not days or a.classes not in ((), ("day",)):
        return None
    if "when" in a.cues and "end" in a.cues and a.event_at is not None:
        return None  # "Миссия началась 9 ноября — а закончилась когда?": the event's dates
    entries = [e for d in days for e in facts.kb.of_kind("day") if str(e.day) == d]
    if len(entries) != len(days):
        # "Was war am vierten Tag?": a day the event did not have; the days it had.
        said = days_counted(facts.kb)
        verdict = (Statement("verdict"),) if a.yesno else ()
        return Conclusion(True, (*verdict, *said)) if said else None
    if len(entries) > 1:
        # "wer hat den ersten Tag eröffnet und wer den zweiten?"
        return told(*entries)
    entry = entries[0]
    # "Am dritten Tag gab es noch eine Werksbesichtigung, oder?": a word its texts lack.
    unsaid = [
        k for k in a.free if len(k) >= 5 and not any(_inflected(k, t) for t in facts.told(entry))
    ]
    if a.yesno and (a.foreign or a.unknown_names or unsaid):
        # "Stimmt es, dass am dritten Tag nur noch Workshops stattfanden?", "Gab es am 10.
        # November B2B-Gespräche?": a thing no text has, claimed of the day.
        return unstated(entry)
    # "Какая программа была в третий день?" asks what was on, as "what" does; "Der
    # wievielte Tag war der 11.11.?" asks which day a date was.
    asks = bool({"what", "who", "programme"} & a.cues) or (
        # ("… am dritten Tag, am 11. November": the day, also by its date)
        "which" in a.cues
        and not a.predicates
        and all(f in ("day", "date", "month") for f, _ in a.values)
    )
    if asks and not any(s.day == entry.day for s in facts.kb.of_kind("speaker")):
        # What happened that day, who spoke or closed it ("Wer hatte am 11. November das
        # Schlusswort?"), is not known (only its date); its answer says so.
        return Conclusion(False, (Statement("card", entry),), "gap", (entry,))
    one_known = sum(s.day == entry.day for s in facts.kb.of_kind("speaker")) == 1
    if "who" in a.cues and {"also", "besides", "rest"} & a.cues and one_known:
        # "Кто ещё выступал во второй день?": the one speaker known that day is no answer
        # to who else spoke.
        return Conclusion(False, (Statement("card", entry),), "gap", (entry,))
    return told(entry)


def _in_another_year(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Was hat Richter 2019 gemacht?', 'Что делал Крайнов в 2019 году?': not known.

    What one person or body did in a year no text of it names (the event's year is no value)
    is not known; what is known of it follows.
    """
    if a.yesno or len(entities) != 1 or not {"what", "who", "which", "about"} & a.cues:
        return None
    years = {v for f, v in a.values if f == "year"}
    entity = entities[0]
    if len(years) != 1 or entity.kind in ("event", "fair", "day"):
        return None
    year = next(iter(years))
    held = [e.start.year for e in facts.kb.events]
    if not held or not year.isdigit() or int(year) >= min(held):
        return None  # "… die E-Auto-Strategie bis 2025": a year ahead is claimed of a talk
    texts = " ".join(t.get(lang) for t in (entity.answer, entity.name) for lang in LANGS)
    if year in map(str, numbers(texts, years=True, spelled=False)):
        return None  # "Was wurde 2020 im Expertenkreis gegründet?": its year
    return unstated(entity)


def _another_edition(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wann findet die Z+intec 2023 statt?': an edition of another year than those known.

    A year right after (or before) the name of a fair or event that has other years asks
    of that edition, which the knowledge does not have; a yes/no claim of a wrong year is
    checked as a claim ("Die Z+intec war 2022, oder?").
    """
    # "Gab es 2019 auch schon so eine Mission?", "Была ли такая миссия в 2019 году?": whether
    # there was one in another year asks of another edition, not of this one's year.
    another = a.yesno and _THERE_WAS.search(a.text) is not None
    if (a.yesno and not another) or ("edition" in a.predicates and "which" in a.cues):
        # "… zur 15. Z + intec … welche Ausgabe es war?": which one is asked, the 16th.
        return None
    # The entries named, and where: the event also by its word ("die Mission 2019").
    named = [(m.entry, m.start, m.end) for m in a.mentions]
    if a.event_at is not None:
        named += [(e, a.event_at, a.event_at + 1) for e in facts.kb.of_kind("event")]
    for entry, start, end in named:
        # "Wer hat am ersten Tag für die Fachmesse geworben?": the first day, no first fair.
        first = [
            k for k, n in pairwise(a.keys[max(start - 4, 0) : start + 1])
            if k in _FIRST and n not in _DAY_NOUNS
        ]  # fmt: skip
        if entry.kind == "fair" and first and 1 not in claims.figures_stated(entry):
            return unstated(entry)  # "Wann war die erste Z+intec?": the 16th is known
        years = {match_key(str(y)) for y in entry.fact("year")}
        if not years or entry.kind in a.classes:
            continue  # "Welche Messe 2022 …?" asks which fair: the one known, in its year
        beside = set(a.keys[end : end + 1]) | set(a.keys[max(start - 1, 0) : start])
        if (entry.kind not in ("fair", "event") and "when" not in a.cues) or another:
            # "Чем займётся экспертный круг в 2021 году?": a thing founded in one year,
            # asked of another (not "Wann wurde er gegründet, 2018?", a guess of its year).
            beside = set(a.keys)
        asked = {match_key(v) for f, v in a.values if f == "year"} & beside
        if asked and not asked & years:
            return unstated(entry)
        # "Wann war die 15. Z+intec?", "прошлая, 15-я выставка Z+intec": an edition by
        # another number, or the one before.
        before = a.keys[max(start - 4, 0) : start] if entry.kind == "fair" else ()
        editions = {int(k) for k in before if k.isdigit() and int(k) < 100}
        if (editions and not editions & claims.figures_stated(entry)) or _PREVIOUS & set(before):
            return unstated(entry)
    return None


# "Gab es … auch (schon) so eine …", "была ли такая …": whether there was one like it.
_THERE_WAS = re.compile(
    r"(?i)\b(?:gab es|gab's|gabs)\b.*\b(?:so eine?|eine solche|auch eine?|schon eine?)\b"
    r"|(?:была ли|был ли|проводилась ли|проводился ли|byla li|provodilas li)\s+(?:такая|такой|"
    r"подобная|подобный|takaya|takaia|takoi|takoy)\b"
)
# "die erste Z+intec", "первая выставка Z+intec": the first edition.
_DAY_NOUNS = _DAY_WORDS | frozenset(
    match_key(w) for w in "tage tages tagen дне den dnia dnya dne".split()
)
_FIRST = frozenset(
    match_key(w)
    for w in "erste ersten allererste allerersten первая первой первую pervaia pervaya pervoi "
    "pervoj pervuiu pervuyu".split()
)
_LAST_KEYS = frozenset(
    match_key(w)
    for w in "letzter letzte letztes letzten zuletzt unten последним последней последний "
    "последняя последнее poslednim poslednei poslednej poslednii poslednij poslednyaya "
    "posledniaia poslednee".split()
)
# "Welche Firma steht als erste in der Liste?", "… ganz oben": first in a list.
_FIRST_KEYS = _FIRST | frozenset(
    match_key(w)
    for w in "erster erstes zuerst oben первым первый первое pervym pervyj pervyi".split()
)
_LIST_WORDS = frozenset(
    match_key(w)
    for w in "liste aufgelistet aufgeführt aufgefuehrt genannt список списке списка перечне "
    "названа назван названо spisok spiske spiska nazvana nazvan".split()
)
# "die vorige Z+intec", "прошлая выставка": the edition before the one known.
_PREVIOUS = frozenset(
    match_key(w)
    for w in "vorige vorigen vorherige vorherigen vergangene vergangenen vorjährige vorjährigen "
    "previous прошлая прошлой прошлую предыдущая предыдущей предыдущую proshlaia proshlaya "
    "proshloi proshloj predydushchaia predydushchaya predydushchei".split()
)


def _after_the_event(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Was kommt nach der Mission?', 'a chto dalshe posle missii': what is dated after it."""
    if a.yesno or entities or a.classes or a.event_at is None or a.predicates:
        return None
    if not {"later", "what"} <= a.cues or not facts.kb.events:
        return None
    last = max(e.end for e in facts.kb.events)
    end = (last.year, last.month)
    later = [
        e
        for e in facts.kb.entries
        if any(
            isinstance(year, int) and isinstance(month, int) and (year, month) > end
            for year in e.fact("year")
            for month in e.fact("month") or (0,)  # a year alone: after it only if later
        )
    ]
    return told(*later) if later else None


def _weekday(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'An welchem Wochentag begann die Mission?', 'Der 10. November war ein Dienstag, oder?'.

    The days asked (by number, date, a speaker's day, or the event's first or last), each
    with its day of the week; a claimed weekday gets yes or no. "Was war am Dienstag?" asks
    for that day.
    """
    claimed = {int(v) for f, v in a.values if f == "weekday"}
    if "weekday" not in a.cues and not claimed:
        return None
    days = [e for e in facts.kb.of_kind("day") if e.date]
    speakers = [e for e in entities if e.kind == "speaker"]
    if (
        speakers
        and not any(e.day for e in speakers)
        and not {"day", "date"} & {f for f, _ in a.values}
    ):
        # "war der vortrag von krainow am dienstag oder am mittwoch": his day is not given.
        return Conclusion(False, tuple(day_statement(e) for e in speakers), "gap")
    numbers = {v for f, v in a.values if f == "day"} | {str(e.day) for e in speakers if e.day}
    dates = {v for f, v in a.values if f == "date"}
    asked = [
        e for e in days
        if e in entities or str(e.day) in numbers
        or (e.date and f"{e.date.month}-{e.date.day:02d}" in dates)
    ]  # fmt: skip
    if "weekday" not in a.cues and not a.yesno:
        # "Was war am Dienstag?", "Was lief am Dienstag, den 10. November?": that day.
        asked = asked or [e for e in days if e.date and e.date.isoweekday() in claimed]
        return told(*asked) if asked else None
    begin, end = "begin" in a.cues, "end" in a.cues
    if not asked:
        asked = days[:1] if begin and not end else days[-1:] if end and not begin else days
    if not asked:
        return None
    said = tuple(Statement("weekday", e) for e in asked)
    if claimed and a.yesno:
        weekdays = [e.date.isoweekday() for e in asked if e.date]
        if len(claimed) > 1 and len(weekdays) > 1:
            # "Миссия шла с понедельника по среду?": from the first day to the last.
            yes = (weekdays[0], weekdays[-1]) == (min(claimed), max(claimed))
        else:
            yes = bool(claimed & set(weekdays))
        return Conclusion(True, (Statement("verdict", yes=yes), *said), entries=tuple(asked))
    return Conclusion(True, said, entries=tuple(asked))


def _besides_talks(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Was gab es außer Vorträgen?', 'Что было кроме докладов?': what else was on."""
    # "… außer den Vorträgen auch Möglichkeiten, sich mit anderen Teilnehmern auszutauschen?":
    # the talks, and the participants the other things were for.
    talks = a.classes in (("speaker",), ("speaker", "participant")) or (
        not a.classes and "spoke" in a.cues
    )
    # "Was gabs neben den Vorträgen noch, Networking oder so?": one of them guessed.
    guessed = "what" in a.cues and all(e.kind == "activity" for e in entities)
    set_apart = all(APART & a.words_before(m) for m in a.mentions)
    if guessed and entities and set_apart and not talks and not a.values:
        # "Кроме презентаций компаний, что ещё было для участников?": the other activities
        # (not "… am dritten Tag, abgesehen vom Networking?": what else of a day is unknown).
        others = [e for e in facts.kb.of_kind("activity") if e not in entities]
        return told(*others) if others else None
    if (entities and not guessed) or "besides" not in a.cues or not talks:
        return None
    days = {v for f, v in a.values if f == "day"}
    if days and not any(str(s.day) in days for s in facts.kb.of_kind("speaker")):
        # "Wer hat am dritten Tag gesprochen und was gab es da sonst noch?": of a day no
        # talk is known of, nothing is (see _day).
        return None
    if not {"what", "which", "yes_head", "anything"} & a.cues:
        return None
    others = facts.kb.of_kind("activity")
    if not others:
        return None
    return told(*others)


def _came_from(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Kam jemand aus Russland?', 'был ли кто-то из Германии?': where participants came from."""
    people = set(a.classes) <= {"participant"}  # "Kamen Leute aus Deutschland?"
    if not a.yesno or entities or not people or "participation" not in a.cues:
        return None
    # "War VW dabei?", "Был ли синхронный перевод на русский?", "Nur Russen?", "… das wäre
    # einer der deutschen Teilnehmer": not who came.
    origins = {v for f, v in a.values if f == "origin"}
    # "Waren da nur Russen oder auch Leute aus Deutschland?": which of the two, both.
    choice = {"only", "or"} <= a.cues and len(origins) > 1
    # "Waren nur russische Teilnehmer dabei?", "Waren das ausschließlich russische
    # Teilnehmer?": only those of one origin, the participants named as such.
    only = "only" in a.cues and "or" not in a.cues and a.classes == ("participant",)
    asking = {"only", "or", "it"} - (
        {"only", "or"} if choice else {"only", "it"} if only else set()
    )
    if a.unknown_names or a.gaps or a.free or (asking | WH_CUES) & a.cues:
        return None
    participants = facts.kb.by_id.get("participants")
    if not origins or len(origins) != len(a.values) or participants is None:
        return None
    theirs = set(map(str, participants.fact("origin")))
    if choice and origins <= theirs:
        return told(participants)
    # "Kam jemand aus Sachsen?": Saxony is in Germany, but the release says no more.
    if not origins <= theirs:
        return None
    # "Kamen alle Teilnehmer aus Russland?": no, from both.
    every = (only or bool(ALL_OF_THEM & set(a.keys))) and origins != theirs
    statements = (Statement("verdict", yes=not every), Statement("card", participants))
    return Conclusion(True, statements, entries=(participants,))


def _summary(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Fass mir die Mission in drei Sätzen zusammen', 'Как полностью называлось мероприятие?'.

    A summary of what is named, or of the event; the event's full name is its first sentence.
    """
    event = facts.event
    if event is None or a.yesno:
        return None
    named = [e for e in entities if e.kind != "event"]
    if "summary" in a.cues:
        # "kurz zusammengefasst: wer hat alles geredet" asks who, not of the event; "was,
        # wann, wer" still asks the event's summary.
        asks_who = "who" in a.cues and not {"what", "when", "where"} & a.cues
        if asks_who and a.event_at is None and not named:
            return None
        # "Напиши абзац о миссии: кто организовал, когда и сколько было участников": the
        # event's answer says all of it.
        days = facts.days_named(a)
        # "Расскажи вкратце, что там было по дням?": the programme, day by day.
        programme = facts.kb.by_id.get("programme") if "programme" in a.cues else None
        return told(*named) if named else told(*days) if days else told(programme or event)
    asks_name = "name" in a.cues and a.event_at is not None
    # "Bei der Mission wurde ein Online-Werkzeug … vorgestellt. Wie heißt das?": "das" is
    # the thing no text knows the word for, not the event.
    pointed = "it" in a.cues and bool(a.foreign)
    # "Wie hieß der Moderator der Mission?": the name of what the event never gives.
    gaps = [g for g in a.gaps if not g.kinds or "event" in g.kinds]
    if asks_name and not (named or a.classes or a.predicates or gaps or pointed):
        return told(event)
    return None


# "она", "ona": a feminine thing, as the event is ("миссия", "поездка"), no speaker.
_SHE_RU = match_key("она")


def _the_event_as_her(a: Analysis, entities: list[Entry]) -> bool:
    """Whether "она" points to the event named, not to the speakers named.

    "Ильметов выступал на миссии. Когда она проходила?": the event is "она", no man named.
    """
    speakers = bool(entities) and all(e.kind == "speaker" for e in entities)
    # "я руковожу отделом на заводе автокомпонентов … Мы узнали о миссии … в какие даты она
    # проходила?": what the asker said of himself is not "она".
    aside = len(a.aside)
    said_by_him = bool(a.mentions) and aside > 0 and all(m.start < aside for m in a.mentions)
    return (speakers or said_by_him) and a.event_at is not None and _SHE_RU in a.keys


def _the_event(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'In welchem Bundesland war das?', 'v kakom godu?': when or where, nothing named."""
    event = facts.event
    # "An welchen Tagen fand die Mission statt?" asks when, as its days.
    its_days = (
        a.classes == ("day",)
        and "which" in a.cues
        and "count" not in a.cues
        and a.event_at is not None
    )
    asks = ({"when", "where"} & a.cues or its_days) and not {"who", "how"} & a.cues
    # "Wo kann ich parken?" is not about the event: a word no text knows says so. A gap of
    # other kinds of entry ("какого числа" of the fair) is none of the event's.
    gaps = [g for g in a.gaps if not g.kinds or "event" in g.kinds]
    entities = [] if _the_event_as_her(a, entities) else entities
    if entities or (a.classes and not its_days) or gaps or a.foreign or not asks or event is None:
        return None
    speaker, best = _saying_most(a.known_free, facts)
    # "e-auto strategie bis wann": what one speaker spoke of, whose answer says when; not
    # when the event is named ("wann … die Mission mit den russischen Automobilleuten"),
    # unless as where it was spoken of ("… strategie …, von der in der Mission die Rede war").
    # One word of the question's own beside them ("reicht") does not count against it.
    said_most = best == len(a.known_free) or best >= max(2, len(a.known_free) - 1)
    spoken_of = said_most and not facts.says(event, a.known_free)
    if speaker and spoken_of and (a.event_at is None or "spoke" in a.cues):
        return told(speaker)
    return told(event)


def _who_opened(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer hat die Mission eröffnet?', 'Hat Richter die Mission eröffnet?': who opened it.

    The event's ``opened_by`` where the knowledge gives it; else that it is not said, and who
    spoke on its first day.
    """
    event = facts.event
    if event is None or a.event_at is None or "begin" not in a.cues or a.values:
        return None
    if {"when", "count"} & a.cues:
        return None  # "Wann wurde die Mission eröffnet?": its date
    asks = "who" in a.cues and not entities
    if not (asks or (a.yesno and entities and all(e.kind == "speaker" for e in entities))):
        return None
    opener = [other for _, other, _ in facts.related(event, "opened_by")]
    if opener:
        return told(*opener)
    days = sorted(facts.kb.of_kind("day"), key=lambda d: str(d.date))
    if not days:
        return None
    return unstated(days[0])


def _what_event(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Я менеджер на заводе в Самаре. Что это была за миссия?': the event, nothing else asked.

    The asker's own town or words, left out of the analysis, are left out of the answer.
    """
    event = facts.event
    if event is None or a.event_at is None or "what" not in a.cues:
        return None
    guess = last_clause(a)
    if (
        len(entities) == 1
        and entities[0].kind == "fair"
        and "fair" in a.classes  # "…, eine Messe?", not "…, die Z+intec?" (what that is)
        and a.event_at < guess <= min(m.start for m in a.mentions)
    ):
        # "Was für eine Veranstaltung war das eigentlich, eine Messe?": a guess at what the
        # event was; the fair is another event.
        said = (Statement("verdict", yes=False), Statement("card", event))
        return Conclusion(True, said, entries=(event,))
    if entities:
        return None
    if a.classes or a.predicates or a.values or a.gaps or a.yesno or a.unknown_names:
        return None
    if a.cues - {"what", "it", "participation", "yes_head"} or set(a.foreign) - set(a.aside):
        return None
    return told(event)


def _event_fact(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche Branchen waren angesprochen?': a fact of the event, nothing else named."""
    event = facts.event
    # "Um welche Branche ging es?": a firm's line of business is no gap of the event.
    if entities or _gaps(a, [event] if event else []) or event is None:
        return None
    # "Wer sprach …?" asks for a speaker; "… oder auch Vertreter anderer Branchen?" for others.
    if {"who", "spoke"} & a.cues or not set(a.classes) <= {"participant"}:
        return None
    asked = [p for p in a.predicates if p not in RELATIONS and event.fact(p)]
    if not asked:
        return None
    speaker, said = _saying_most(a.known_free, facts)
    if "topic" in a.cues and speaker is not None and said >= 2:
        # "Какую стратегию электромобильной отрасли обсуждали?": what was discussed, said
        # by one speaker; "отрасли" describes it, and asks no sector of the event.
        return told(speaker)
    values = event.fact(asked[0])
    if not all(isinstance(v, Text) for v in values):
        # "В каком формате проходила миссия?": a value in no language is said by its text.
        return told(event)
    statement = Statement("value", event, asked[0], values=values)
    return Conclusion(True, (statement,), entries=(event,))


def _topic_of_one_from(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Der Typ vom APM hat über E-Autos gesprochen, oder?': the one speaker of a body named.

    A topic claimed of a speaker named by his body ("der Redner vom APM", "der Chef des
    APM") is checked as if his name were given.
    """
    if not a.yesno or not {"spoke", "about"} <= a.cues or len(entities) != 1:
        return None
    body = entities[0]
    if body.kind == "speaker" or not ("speaker" in a.classes or "heads" in a.predicates):
        return None
    people = {
        o.id: o
        for relation, o, _ in facts.related(body)
        if o.kind == "speaker" and relation in ("organization", "heads")
    }
    if len(people) != 1:
        return None
    return _topic(a, list(people.values()), facts)


def _topic(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Крайнов рассказывал про электромобили?', 'Worum ging es in Richters Vortrag?'.

    What the speaker is said to have spoken about.
    """
    if len(entities) != 1 or entities[0].kind != "speaker":
        return None
    speaker = entities[0]
    guess = _guess(a)
    if guess and not facts.says(speaker, guess):
        # "О чём был доклад Вахтлера, о локализации?": no, and who spoke of that.
        theirs = said_by_another(speaker, lambda e: facts.says(e, guess), facts)
        if theirs is not None:
            return theirs
    if not {"spoke", "theme"} & a.cues:  # "… das war doch Wachtlers Thema, oder?"
        return None
    if a.yesno and claims.another_day(a, speaker, facts):
        return None  # "Richter hat am 10. November über … berichtet, richtig?": his day
    figures = set(numbers(a.text, spelled=False)) - claims.days_of_dates(a)
    if a.yesno and not figures <= claims.figures_stated(speaker):
        # "Крайнов сказал, что локализация выросла на 20 процентов, так?": a figure his talk
        # does not give.
        return unstated(speaker)
    if a.yesno and not {"about", "theme"} & a.cues:
        return None  # "vystupal za otmenu sankcij?" asks for a stance, not a topic
    if not a.yesno and "what" not in a.cues:
        return None
    if a.yesno and not facts.says(speaker, a.free):
        # "Wachtler sprach über Lokalisierung?": no, when only another speaker's texts say it.
        theirs = said_by_another(speaker, lambda e: facts.says(e, a.free), facts)
        if theirs is not None and "anything" in a.cues:
            # "Ильметов говорил что-нибудь про электромобили?": whether he said anything of
            # it is not known, only who spoke of it (not a "Нет").
            told_of = tuple(s for s in theirs.statements if s.what != "verdict")
            return Conclusion(False, (Statement("unstated"), *told_of), "gap", theirs.entries)
        if theirs is not None:
            return theirs
        if a.foreign and "only" not in a.cues:
            # "Hat Wachtler über Wasserstoff gesprochen?": no text of anyone says it ("Hat
            # Richter nur über den deutschen Markt gesprochen?" is answered by what he did).
            return unstated(speaker)
    if not a.yesno and a.topic and not facts.says(speaker, a.topic):
        # "Was hat Krainov zum Thema Elektroautos gesagt?": what he said of it is not known;
        # what he spoke about is, and who spoke of it, if one did.
        others = [
            e
            for e in facts.kb.of_kind("speaker")
            if e.id != speaker.id and facts.says(e, a.topic, strictly=True)
        ]
        if len(others) == 1 or set(a.topic) <= set(a.foreign):
            said = (Statement("unstated"), *(Statement("card", e) for e in (speaker, *others)))
            return Conclusion(False, said, "gap", (speaker, *others))
    # "Elektroautos waren Wachtlers Thema, richtig?": the words claimed as his theme.
    topic = a.topic or (a.free if "theme" in a.cues else ())
    if a.yesno and topic and not (a.foreign or {"only", "or"} & a.cues):
        # "Hat Krainov über Lokalisierung gesprochen?": yes, when his texts say every word of
        # it, and every value the question names ("… о российской стратегии …?" claims
        # where the strategy is from).
        valued = [
            a.keys[i]
            for h in facts.kb.vocabulary.scan(a.keys)
            if h.group == "values"
            for i in range(h.start, h.end)
        ]
        if all(facts.says(speaker, (k,), strictly=True) for k in topic) and all(
            facts.says(speaker, (k,)) for k in valued
        ):
            said = (Statement("verdict", yes=True), Statement("card", speaker))
            return Conclusion(True, said, entries=(speaker,))
    return told(speaker)


def _guess(a: Analysis) -> tuple[str, ...]:
    """The free words of a short guess after what a question asks, or none.

    "Worum ging es bei Krainov, auch um Elektromobilität?", "О чём говорил Вахтлер, о …?".
    """
    at = last_clause(a)
    if "what" not in a.cues or not at or len(a.keys) - at > 4:
        return ()
    if any(m.start >= at for m in a.mentions):
        return ()
    return tuple(k for k in a.free if k in a.keys[at:])


def _who_did(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer hat die Teilnehmer nach Leipzig eingeladen?': the one who did what is asked.

    For the acts only people are said to do (inviting, presenting), nothing else named, and
    what only people have ("Wer hat einen Doktortitel?").
    """
    if "who" not in a.cues or entities or a.yesno or len(a.predicates) != 1:
        return None
    predicate = a.predicates[0]
    if predicate not in _PEOPLES or not set(a.classes) <= {"participant"}:
        return None
    if a.known_free and predicate == "presented":
        # "Wer hat das Investitionspotential Sachsens vorgestellt?": who presented that, not
        # who presented the things the facts hold (Nikitin's platforms).
        speaker, _ = _saying_most(a.known_free, facts)
        if speaker is not None:
            return told(speaker)
    doers = [e for e in facts.kb.entries if e.kind == "speaker" and e.fact(predicate)]
    if not doers:
        return None
    return told(*doers)


# What only people do or have.
_PEOPLES = frozenset({"invited_to", "presented", "degree"})

# Cues that say how a sentence is built, not what it asks.
_GRAMMAR = frozenset(
    {"only", "or", "except", "besides", "about", "it", "examples", "together", "begin", "end"}
)
# Cues of a question about one thing, nothing more.
_ASKING = frozenset("who what where when which how why yes_head name participation he".split())


# Words an answer uses for things it does not list: "diverse Services", "различные услуги".
_VAGUE = frozenset(
    match_key(w)
    for w in "diverse diversen verschiedene verschiedenen mehrere mehreren zahlreiche "
    "zahlreichen различные различных разные разных многочисленные".split()
)


def _no_figure(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wie hoch ist das Investitionspotential Sachsens?': an amount no answer gives."""
    if "amount" in a.cues and not entities and a.foreign:
        # "Wie hoch war der Frauenanteil unter den 70 Teilnehmenden?": the amount of a thing
        # no text knows; what is known of the participants follows.
        known = facts.kb.by_id.get("participants") if "participant" in a.classes else None
        return unstated(known) if known else Conclusion(False, (), "gap")
    if "amount" not in a.cues or len(entities) != 1:
        return None
    # The knowledge gives no size of any one thing; figures are of the event and its lists.
    if entities[0].kind in ("event", "list", "day"):
        return None
    return unstated(entities[0])


def _unlisted(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche Services bietet IndustryStock genau an?': its answer names them only vaguely.

    Also when the question names one of its related entries ("… членам ТПП?").
    """
    if not entities or a.classes or a.yesno or "which" not in a.cues or not a.free:
        return None
    entity = entities[0]
    if any(e.id not in entity.related for e in entities[1:]):
        return None
    # The word asked "which" of: "kakie imenno servisy", not "kakie-to servisy" or "chlenam
    # kakoy palaty … servisy".
    # Also one asked to be listed: "Liste mir die Services auf, die IndustryStock …".
    asked = [
        k
        for i, k in enumerate(a.keys)
        if k in a.free
        and any(
            (a.keys[j] in _WHICH and all(w in EXACTLY for w in a.keys[j + 1 : i]))
            or (a.keys[j] in _LISTING and all(w in _LIST_FILLERS for w in a.keys[j + 1 : i]))
            for j in range(max(0, i - 3), i)
        )
    ]
    for text in (entity.answer.de, entity.answer.ru):
        keys = text_keys(text)
        vague = [keys[i + 1] for i, k in enumerate(keys[:-1]) if k in _VAGUE]
        if any(_inflected(k, v) for k in asked for v in vague):
            return unstated(entity)
    return None


_WHICH = frozenset(
    match_key(w)
    for w in "welche welcher welches welchen welchem какие какой какая каких какую какое "
    "kakie kakoi kakaia kakih kakikh kakuiu".split()
)


_LISTING = frozenset(
    match_key(w)
    for w in "liste listen nenne nennen nenn zähl zaehl перечисли перечислите назови назовите "
    "perechisli perechislite nazovi nazovite".split()
)
_LIST_FILLERS = EXACTLY | frozenset(
    match_key(w) for w in "mir uns mal die alle all мне нам все vse mne nam".split()
)


_ORDINALS = tuple(match_key(w) for w in "erst zweit dritt перв втор трет".split())


def _who_spoke_of(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'… Elektromobilität ein Thema war. Wer hat das angesprochen …?': the one speaker.

    The one whose answer says most of the question's words, when one does.
    """
    # "Wie heißt der Leiter vom Referat …?" asks who by the name.
    who = "who" in a.cues or ("name" in a.cues and "heads" in a.predicates)
    if not who or entities or a.classes or a.yesno or a.gaps:
        return None
    if "heads" in a.predicates and a.foreign and "spoke" not in a.cues:
        # "Wer leitet das Referat Marketing?": a unit no text names has no known head.
        return Conclusion(False, (), "gap")
    # Ordinals ("den zweiten") name a day, no topic.
    words_ = [k for k in a.free if k not in a.foreign and not k.startswith(_ORDINALS)]
    if not words_:
        # "Wer hat über Wasserstoff gesprochen?": no text says it of anyone.
        return Conclusion(False, (), "gap") if a.foreign and {"spoke", "about"} <= a.cues else None
    speaker, _ = _saying_most(words_, facts)
    return told(speaker) if speaker else None


def _no_one_spoke_of(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer hat den Vortrag über Wasserstoff gehalten?', 'Кто из AMZ рассказывал про водород?'.

    Who spoke of a topic no text has (its first word after "über", "про" unknown): not
    known, whoever else the question names; of one named, what is known.
    """
    # "Ein Vortrag zum Thema Wasserstoff – wer hat den gehalten?": a theme named is what of.
    of_what = "spoke" in a.cues and bool({"about", "theme"} & a.cues)
    if "who" not in a.cues or not of_what or a.yesno or a.gaps:
        return None
    # "Кто рассказывал о роли AMZ как связующего звена …?": of the AMZ, in a role its
    # text gives.
    topic = [k for k in a.topic if k not in _ROLE]
    if not topic or topic[0] not in a.foreign or set(a.classes) - {"speaker"}:
        return None
    if len(entities) > 1 or any(e.kind not in _SPEAKING_FOR for e in entities):
        return None
    return unstated(entities[0]) if entities else Conclusion(False, (), "gap")


_ROLE = frozenset(match_key(w) for w in "роль роли ролью rol roli rolle".split())


# What a speaker may be asked of as from: "Wer vom AMZ …", "Кто из Самары …".
_SPEAKING_FOR = frozenset({"speaker", "organizer", "organization", "place"})


def _anyone_spoke_of(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Говорил ли кто-то из докладчиков о водороде?', 'Welcher Redner sprach über X?'.

    The topic after "über", "о": the one speaker whose texts say it; one no text has is not
    known (the speakers were listed).
    """
    # "Кто из докладчиков затронул европейскую стратегию …?": the topic as the object.
    transitive = "about" not in a.cues and "who" in a.cues and "speaker" in a.classes
    topic = a.free if transitive else a.topic
    if "spoke" not in a.cues or not ("about" in a.cues or transitive):
        return None
    if entities or set(a.classes) - {"speaker"} or a.gaps or a.predicates or not topic:
        return None
    if all(k in a.foreign for k in topic):
        # Not "kurz zusammengefasst wer hat alles geredet": words of how it is asked.
        return None if transitive else Conclusion(False, (), "gap")
    speaker, _ = _saying_most([k for k in topic if k not in a.foreign], facts)
    if speaker is None:
        return None
    said = (Statement("verdict", yes=True),) if a.yesno else ()
    return Conclusion(True, (*said, Statement("card", speaker)), entries=(speaker,))


def _who_spoke_of_it(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer hat die Z+intec erwähnt?', 'Кто рассказывал про экспертный круг?': its speaker.

    The speakers who presented the one thing named, invited to it or spoke for its region.
    """
    # "Wer hat die Z+intec erwähnt?": a thing mentioned is one spoken of.
    if "who" not in a.cues or not {"spoke", "named"} & a.cues:
        return None
    if "spoke" not in a.cues and a.free:
        return None  # "Wem soll IndustryStock laut der Meldung Services anbieten?"
    if a.yesno or a.classes or a.predicates or a.gaps:
        return None
    if len(entities) != 1 or entities[0].kind in ("speaker", "event", "day"):
        return None
    speakers = [
        other
        for relation, other, _ in facts.related(entities[0])
        if other.kind == "speaker" and relation in ("presented", "invited_to", "region")
    ]
    return told(*speakers) if speakers else None


def _office_claimed(a: Analysis) -> bool:
    """Whether a yes/no question's only unknown is an office ("der Gouverneur", "министр")."""
    return a.yesno and bool(a.gaps) and all(g.id == "officials" for g in a.gaps)


def _another_in_office(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Hat der Gouverneur den Automobilsektor Samaras vorgestellt?': no, who did is known.

    Before the gaps, which would take the office for the question's subject.
    """
    return _another_spoke_of_it(a, entities, facts) if _office_claimed(a) else None


def _another_spoke_of_it(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Hat Manturow über die Lokalisierung gesprochen?': not named; who spoke of it is.

    "Кто рассказывал про локализацию … — Мантуров?", "Автосектор Самарской области
    представлял губернатор Азаров?": the one speaker whose texts say the topic, or who spoke
    for the one place named.
    """
    if any(e.kind != "place" for e in entities) or len(entities) > 1:
        return None
    # "Den Automobilsektor der Region Samara hat doch der Gouverneur vorgestellt?": an office
    # names the one claimed to have done what a speaker did ("der Gouverneur von Samara hat
    # gesprochen" asks whether he did, which is not known).
    office = _office_claimed(a)
    spoke_of = {"spoke", "about"} <= a.cues
    # "Автосектор Самарской области представлял губернатор Азаров?": who presented the place.
    # ("представлял" is also "represented"; "выступал ли губернатор" asks whether he spoke).
    acts = {"presented", "organization"} & set(a.predicates)
    presented = a.yesno and bool(entities) and bool(acts)
    if not (a.unknown_names or office) or not (spoke_of or presented) or (a.gaps and not office):
        return None
    if a.classes and not (entities and set(a.classes) <= PLACE_CLASSES):
        return None
    topic = [k for k in a.topic if k not in a.foreign]
    spoke_for = facts.speakers_of(entities[0]) if entities else []
    for_the_place = spoke_for[0] if len(spoke_for) == 1 else None
    if entities and (office or presented):
        # The one who spoke for the place, if he said what the question names: "… über
        # Wasserstoff gesprochen?" names what nobody is known to have said.
        named = {match_key(w) for name in a.unknown_names for w in name.split()}
        speaker = for_the_place
        unsaid = speaker and not all(facts.says(speaker, (k,)) for k in topic)
        if set(a.foreign) - named or unsaid:
            return None
    else:
        speaker, _ = _saying_most(topic, facts) if topic else (None, 0)
        speaker = speaker or for_the_place
    if speaker is None:
        return None
    said = (
        *((Statement("verdict", yes=False),) if a.yesno else ()),
        *((Statement("not_named", names=a.unknown_names),) if a.unknown_names else ()),
        Statement("card", speaker),
    )
    return Conclusion(True, said, entries=(speaker,))


def _saying_most(words_: Sequence[str], facts: Facts) -> tuple[Entry | None, int]:
    """The one speaker whose texts say most of ``words_`` (None if none or a tie), and how many."""
    speakers = facts.kb.of_kind("speaker")
    said = {s.id: sum(facts.says(s, (k,)) for k in words_) for s in speakers}
    if not any(said.values()):
        # "Investitionsstandort" is said by none; its first half ("Investitions…
        # potential") by one.
        said = {s.id: sum(facts.begins_alike(s, k) for k in words_) for s in speakers}
    best = max(said.values(), default=0)
    top = [s for s in speakers if said[s.id] == best]
    return (top[0] if best and len(top) == 1 else None), best


def _talked_of(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Ging es da auch um Elektroautos?': yes, and the one speaker who spoke of it.

    Whether a topic came up at all, nothing named: the speaker whose texts say most of the
    question's words; a topic no text has is not known.
    """
    named = [e for e in entities if e.kind != "event"]  # "bei der Mission" names no topic
    if "topic" not in a.cues or not a.yesno or named or a.classes or a.gaps:
        return None
    speaker, best = _saying_most(a.known_free, facts)
    if speaker:
        statements = (Statement("verdict", yes=True), Statement("card", speaker))
        return Conclusion(True, statements, entries=(speaker,))
    return Conclusion(False, (), "gap") if a.foreign and not best else None


# The words of a talk: "Vortrag", "Thema".
_TALK = frozenset({"spoke", "theme"})


def _one_named(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """What is known of the one thing named, when nothing else of the question is understood.

    "Woher kommt Ilmetow und welches Amt hat er?", "chto pokazyvayut na Z+intec", asked in
    words the knowledge uses.
    """
    if len(entities) != 1 or a.yesno or a.foreign or a.unknown_names:
        return None
    if entities[0].id in a.describing:
        # "… die E-Auto-Strategie, die der AMZ-Clusterleiter angesprochen hat?": what the
        # clause describes is what one speaker spoke of, not the body it names.
        speaker, said = _saying_most(a.known_free, facts)
        if speaker is not None and speaker is not entities[0] and said >= 2:
            return told(speaker)
    # "крайнов тема доклада": the talk of the one speaker named is his; "Что это была за
    # выставка?": the word of its kind names the one thing.
    if a.classes and a.classes != (entities[0].kind,):
        return None
    # … and so do words for his talk alone: "Krainov Thema des Vortrags".
    talk = _TALK if a.classes == ("speaker",) or a.cues <= _TALK else set()
    if _gaps(a, entities):
        return None
    if a.cues & _GRAMMAR:
        # "Worum ging es bei Krainov?": the verb of a question word's clause asks nothing more.
        asking = a.cues - _GRAMMAR
        # "… bleibe beim Namen Krainov hängen. Wer ist das?": who he is, too.
        if (
            a.predicates
            or a.values
            or not asking <= {"what", "how", "why", "who", "name", "yes_head"}
        ):
            return None
        if not {"what", "how", "who"} & asking:
            return None
    # "Wie lautet Richters Funktionsbezeichnung genau?": all that is known is the most exact.
    elif not a.cues - talk - {"exact"} <= _ASKING or not set(a.predicates) <= {"organization"}:
        return None
    return told(entities[0])


def _after_a_talk(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer sprach am zweiten Tag nach Nikitin?', 'что ещё обсуждали кроме доклада Никитина?'.

    What followed a speaker's talk, or what else his day held, is not said when he is the
    only one named that day; his day is.
    """
    later = "later" in a.cues and not _after_a_thing_sought(a, facts)
    if a.yesno or not (later or {"besides", "except"} & a.cues):
        return None
    if not {"what", "who", "which"} & a.cues or len(entities) != 1 or a.gaps:
        return None
    if a.predicates:
        return None  # "… nach der Mission anschreiben – welche Organisation leitet er?"
    speaker = entities[0]
    days = [e for e in facts.kb.of_kind("day") if speaker.day is not None and e.day == speaker.day]
    if speaker.kind != "speaker" or not days or set(a.classes) - {"speaker"}:
        return None
    others = [s for s in facts.kb.of_kind("speaker") if s.day == speaker.day and s is not speaker]
    # "kto eshche vystupal v pervyy den krome Rikhtera?": the others of his day are known.
    return None if others else unstated(days[0])


def _after_a_thing_sought(a: Analysis, facts: Facts) -> bool:
    """Whether each "nach" is of a thing sought: "die Suche nach Geschäftspartnern".

    Not "nach Nikitin", "nach dem Vortrag": what follows names no thing of its own.
    """
    later = facts.kb.vocabulary.cue_words.get("later", frozenset())
    after = [i for i, k in enumerate(a.keys) if k in later]
    return bool(after) and all(a.keys[i + 1 : i + 2] and a.keys[i + 1] in a.free for i in after)


def _order_of_talks(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Был ли Рихтер первым докладчиком в первый день?', 'Wer sprach direkt nach Nikitin?'.

    Of the order of a day's talks only who opened the day is said.
    """
    # "Wer war der letzte Redner …?": the last talk is a place in the order, of a day or of all.
    order = "order" in a.cues or ("last_talk" in a.cues and not entities)
    if not (order or "first" in a.cues) or len(entities) > 1:
        return None
    if entities and entities[0].kind != "speaker":
        return None
    if not entities and not ("who" in a.cues or "speaker" in a.classes):
        return None
    days = {v for f, v in a.values if f == "day"}
    spoke = {str(entities[0].day)} if entities and entities[0].day else set()
    if days and spoke and days != spoke:
        return None  # "Nikitin hat am 9. November als Erster gesprochen?": not that day
    day = next((e for e in facts.kb.of_kind("day") if {str(e.day)} == (days or spoke)), None)
    if day is None and "last_talk" in a.cues and not days:
        # "Wer hielt den letzten Vortrag der gesamten Mission?": the last day's talks are not
        # known.
        day = max(facts.kb.of_kind("day"), key=lambda e: e.day or 0, default=None)
    programme = facts.kb.by_id.get("programme")
    last = _LAST_KEYS & set(a.keys) and set(a.classes) <= {"speaker"}
    if day is None and last and not days and not entities and programme is not None:
        # "Wer sprach als letzter?", "кто выступал последним": who came last is not told
        # (the order as told is: "Reihenfolge der Vorträge"); the programme is.
        return unstated(programme)
    if day is None:
        return None
    first = None if order else claims.opener(str(day.day), facts)
    if first is None and not entities and not order:
        # "Кто выступал первым в первый день?": the day's talks, in the order told; of a day
        # with no talk known ("… в третий день?") not even that.
        if not any(s.day == day.day for s in facts.kb.of_kind("speaker")):
            return unstated(day)
        return told(day)
    if first is None:
        return unstated(day)
    if entities:
        said = (Statement("verdict", yes=entities[0].id == first.id), Statement("card", first))
        return Conclusion(True, said, entries=(first,))
    return told(first)


def _which_opened(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wer hat den zweiten Tag eröffnet, Nikitin oder Wachtler?': the one who opened it."""
    if "or" not in a.cues or not {"begin", "first", "earlier"} & a.cues or len(entities) < 2:
        return None
    days = {v for f, v in a.values if f == "day"}
    if len(days) != 1 or any(e.kind != "speaker" for e in entities):
        return None
    first = claims.opener(days.pop(), facts)
    if first is None or first not in entities:
        return None
    return told(first)


# The kinds of question the facts answer, tried in this order; the first that fits answers.
# Declines come first (what is never known wins over a loose fit), then counts and lists,
# then yes/no, then facts of named things, then what is left of when/where and claims.
def _class_alone(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'orga?', 'spikery': a kind of entry named alone, as typed in a search box: its list."""
    if entities or len(a.classes) != 1 or len(a.keys) > 2:
        return None
    if a.predicates or a.values or a.gaps or a.free or a.unknown_names:
        return None
    kind = CLASS_KINDS.get(a.classes[0], (a.classes[0], None))[0]
    listing = facts.kb.list_of(kind)
    return told(listing) if listing else None


FRAMES: tuple[Callable[[Analysis, list[Entry], Facts], Conclusion | None], ...] = (
    _spelling,  # "Wie schreibt man Ilmetow auf Russisch?"
    _initial,  # "Welche Firmen fangen mit A an?"
    _place_in_list,  # "Welche Firma steht ganz oben in der Liste?"
    _named_like_address,  # "Welche Firma heißt wie eine Webadresse?"
    _in_context,  # "rjasan in welchem zusammenhang erwähnt"
    _summary,  # "Fass mir die Mission in drei Sätzen zusammen"
    claims.year_of_a_speaker,  # "War Nikitin schon 2019 Leiter der Repräsentanz?"
    claims.undated_year,  # "Deep Tech Hub zapustili v 2019 godu?": no year of it is given
    claims.office,  # "Никитин ведь президент ТПП России?": checked against his role
    _unlisted,  # "Welche Services bietet IndustryStock genau an?"
    _predecessor,  # "Wer war vor Wachtler Clusterleiter beim AMZ?"
    _audience,  # "Für wen ist IndustryStock gedacht?"
    _how_long,  # "Wie lange dauerte die Mission?"
    _over,  # "Ist die Mission schon vorbei?"
    _invited_to,  # "Zu welcher Veranstaltung wurden die Teilnehmer eingeladen?"
    _invited_whom,  # "Wen hat Richter zur Z+intec eingeladen?"
    _day_of_a_kind,  # "В какой день представили платформы?"
    _presented_on_a_day,  # "Wurde IndustryStock am ersten Tag vorgestellt?"
    _day_of_invitation,  # "An welchem Tag kam die Einladung zur Messe?"
    _what_he_heads,  # "Чем руководит Вахтлер?"
    _why_format,  # "Warum war die Mission virtuell?"
    _another_in_office,  # "Den Automobilsektor Samaras hat der Gouverneur vorgestellt?"
    _gap,  # "Wie alt ist Richter?": never in the knowledge
    _no_one_spoke_of,  # "Wer hat den Vortrag über Wasserstoff gehalten?"
    _another_edition,  # "Wann findet die Z+intec 2023 statt?"
    _in_another_year,  # "Was hat Richter 2019 gemacht?"
    _named_by,  # "Welche Hersteller hat Krainov genannt?"
    _title_of_a_talk,  # "Wie hieß der Vortrag von Ilmetow?"
    _no_figure,  # "Wie groß ist der Cluster APM?"
    _more_exact_place,  # "Wo genau in Leipzig findet die Messe statt?"
    _company_town,  # "Woher kommt HUDWAY?"
    _more_exact_date,  # "Wann genau im März ist die Z+intec?"
    _month_of_a_year,  # "In welchem Monat 2020 wurde der Expertenkreis gegründet?"
    _name_listed,  # "Под каким названием в списке участников значится Волгабас?"
    _unnamed_people,  # "Und wie hieß der Teilnehmer aus Omsk?"
    _who_from,  # "Wer hat Tatarstan vertreten?"
    _name_of_what_he_spoke_of,  # "Wie heißt die EU-Strategie, über die Wachtler sprach?"
    _deputy_of,  # "Кто заместитель Никитина?"
    _chief_of_a_deputy,  # "Wie heißt der Minister für Wirtschaftsentwicklung von Samara?"
    _order_of_talks,  # "Wer sprach am zweiten Tag direkt nach Nikitin?"
    _after_a_talk,  # "Was lief am zweiten Tag nach Nikitins Vortrag noch?"
    _weekday,  # "An welchem Wochentag begann die Mission?"
    _after_the_event,  # "Was kommt nach der Mission?"
    _who_opened,  # "Wer hat die Mission eröffnet?"
    claims.elsewhere,  # "War die Mission in Dresden?"
    claims.placed_elsewhere,  # "Die Z+intec findet in Dresden statt, oder?"
    claims.odd_one_out,  # "Welche Stadt wird nicht genannt: Omsk, Kaluga, Jekaterinburg?"
    _another_spoke_of_it,  # "Hat Manturow über die Lokalisierung gesprochen?"
    claims.not_named,  # "War BMW dabei?": a name the knowledge does not have
    _share,  # "Kam die Hälfte der Teilnehmer aus Russland?"
    claims.other_organizer,  # "Российский экспортный центр был соорганизатором?"
    claims.number_claim,  # "Waren es 100 Teilnehmer?"
    claims.unnamed_figure,  # "Die E-Auto-Strategie geht bis 2030, richtig?"
    claims.alone,  # "Die WFS hat das alles allein gestemmt, stimmt's?"
    claims.first_of,  # "Was kam zuerst – die Mission oder die Z+intec?"
    _came_from,  # "Kam jemand aus Russland?"
    _someone_unnamed,  # "а он сам откуда?"
    _activity_detail,  # "Кто вёл нетворкинг-сессию?"
    _activity_held,  # "Gab es neben den Vorträgen auch Networking?"
    _without_days,  # "Welche Firmen haben am ersten Tag präsentiert?"
    _more,  # "Mehr Städte oder Regionen?"
    _others,  # "Wer außer dem AMZ war noch Veranstalter?"
    _not_linked,  # "Welche Redner kamen nicht von der WFS?"
    _town_in_name,  # "Bei welcher Firma steht eine Stadt in Klammern?"
    _which_presented,  # "Welche Firmen haben präsentiert?"
    _count,  # "Wie viele Städte?"
    _unknown_kind,  # "Welche Autowerke gibt es in Sachsen überhaupt?"
    _kind_in_a_talk,  # "Welche ausländischen Autobauer lokalisieren in Russland?"
    _unlinked,  # "Welche Firmen kamen aus Omsk?": no link between the two
    _speakers_of,  # "Кто из организаторов выступал в первый день?"
    _by_value,  # "Кто были организаторы с немецкой стороны и кто с российской?"
    _held_where,  # "In welcher Stadt fand die Mission statt?", "… in Sachsen …?"
    _filtered,  # "Welche Redner kamen von sächsischen Organisationen?"
    _who_spoke_for,  # "Wer sprach für Russland?"
    _besides_talks,  # "Was gab es außer Vorträgen?"
    _anyone_spoke_of,  # "Говорил ли кто-то из докладчиков о водороде?"
    _relation_of_each,  # "Wer hat die Plattformen initiiert?"
    _listed,  # "Welche Städte waren vertreten?"
    claims.class_link,  # "Wurde die Plattform für Startups von der HIK gegründet?"
    claims.swapped,  # "IndustryStock ist für Startups und Deep Tech Hub für …, oder umgekehrt?"
    _speaker_did,  # "Hat Ilmetow die Firmen nach Leipzig eingeladen?"
    _topic_of_one_from,  # "Der Typ vom APM hat über E-Autos gesprochen, oder?"
    _a_speaker_from,  # "Kam einer der Redner aus Samara?", "Gab es einen Redner vom AMZ?"
    claims.from_a_firms_town,  # "АТК — это компания из Тольятти?"
    claims.is_a,  # "Ist Omsk eine Stadt?", "Kaluga – Stadt oder Region?"
    claims.said_of_one_other,  # "Ist der Deep Tech Hub für die Partnersuche?"
    claims.rank,  # "Ильметов — министр Самарской области?"
    claims.event_place,  # "Миссия ведь проходила в Москве?"
    claims.only_part,  # "War die Mission nur für die Automobilindustrie?"
    claims.dated,  # "Startete die Mission am 8. November?"
    claims.claim,  # "Die Mission war im Oktober, oder?"
    claims.figure,  # "Wachtler sprach über die Strategie bis 2030, richtig?"
    claims.which_of,  # "Lokalisierung – war das Krainov oder Wachtler?"
    claims.same_person,  # "Wachtler war der Vizeminister, oder?"
    _a_company_presented,  # "Hat sich HUDWAY bei den Präsentationen vorgestellt?"
    _firms_presented,  # "Haben sich die russischen Unternehmen präsentiert?"
    _which_opened,  # "Wer hat den zweiten Tag eröffnet, Nikitin oder Wachtler?"
    claims.same_linked,  # "Wurden IndustryStock und Deep Tech Hub von derselben Person …?"
    claims.check_pair,  # "Рихтер ведь из ТПП?"
    claims.linked_to_each,  # "Hat Nikitin IndustryStock und den Deep Tech Hub vorgestellt?"
    claims.several_linked,  # "Haben sich HUDWAY und ctp.aero beim Deep Tech Hub angemeldet?"
    claims.members,  # "Waren Omsk und Kaluga dabei?"
    _others_of_his,  # "Wer war außer Nikitin noch von der HIK dabei?"
    _same,  # "Wer sprach am gleichen Tag wie Ilmetow?"
    _speakers_of_each,  # "kto predstavlyal Samaru, a kto AMZ"
    _all_of_class_guessed,  # "Кто были организаторы, WFS и AMZ?"
    _linked_to_both,  # "Welche Organisation ist sowohl beim Deep Tech Hub als auch …?"
    _firms_he_presented,  # "Welche Werke hat Ilmetow vorgestellt?"
    _value,  # "An welchem Tag sprach der Vertreter der HIK?"
    _linked_of_class,  # "Wer war der Redner vom APM?"
    _people_of,  # "Wer vertrat AvtoCom?"
    _sent_by,  # "Wer war vom Kammerbüro dabei?"
    _one_of_class,  # "Welche Firma steckt hinter Volgabus?"
    _spoke_of_another,  # "was hat krainov zu tatarstan gesagt"
    _each,  # "Расскажи про Рихтера и Никитина"
    _day,  # "Что было во второй день?"
    _the_event,  # "In welchem Bundesland war das?"
    _what_event,  # "Я из Самары. Что это была за миссия?"
    _event_fact,  # "Welche Branchen waren angesprochen?"
    _topic,  # "Hat Krajnow über den Export gesprochen?"
    claims.unsaid,  # "Говорит ли Рихтер по-русски?"
    _who_did,  # "Wer hat die Teilnehmer nach Leipzig eingeladen?"
    _who_spoke_of_it,  # "Wer hat die Z+intec erwähnt?"
    _who_spoke_of,  # "Elektromobilität war ein Thema. Wer hat das angesprochen?"
    _talked_of,  # "Ging es da auch um Elektroautos?"
    _one_named,  # "Woher kommt Ilmetow und welches Amt hat er?", "chto pokazyvayut na Z+intec"
    _said_by_its_speaker,  # "Worüber hat die WFS berichtet?"
    _talks_of,  # "Какие темы поднимал Крайнов?"
    _apart_from_another,  # "Какую роль играла ТПП России, кроме доклада Никитина?"
    _class_alone,  # "orga?"
)


_A_YEAR = re.compile(r"(19|20)\d\d")


def misdated(a: Analysis, facts: Facts) -> Entry | None:
    """The event's entry, when a question puts the event in another month or year.

    "das war doch die Mission im Oktober 2019 …, wer hat die organisiert?": the answer to
    what is asked says first when the mission was. Only a month or year right after the word
    for the event is its date ("die Mission im Oktober"); yes/no and when-questions say the
    date anyway.
    """
    if a.event_at is None or a.yesno or {"when", "begin", "end"} & a.cues:
        return None
    events = facts.kb.events
    event = next(iter(facts.kb.of_kind("event")), None)
    if event is None or len(events) != 1:
        return None
    held = events[0]
    months = {str(held.start.month), str(held.end.month)}
    years = {str(held.start.year), str(held.end.year)}
    if not any((f == "month" and v not in months) or f == "year" for f, v in a.values):
        return None  # no other month or year named: no scan of the words
    near = range(a.event_at + 1, min(a.event_at + 5, len(a.keys)))
    for h in facts.kb.vocabulary.scan(a.keys):
        if h.start in near and h.name.startswith("month=") and h.name[6:] not in months:
            return event
    if any(_A_YEAR.fullmatch(a.keys[i]) and a.keys[i] not in years for i in near):
        return event
    return None


def _the_one_named_by_office(a: Analysis, facts: Facts) -> Analysis:
    """'Hat der Chef der HIK IndustryStock vorgestellt?': a claim of the body's speaker.

    A yes/no claim of another fact of the head of a body, or of its one speaker ("der
    Vertreter der WFS", "докладчик из Самары"), named by the body, is read as if his name
    were given; else it would be checked against the body ("Nein": the HIK itself presented
    nothing). Not "Leitet die HIK IndustryStock?", where leading is all it asks. So is what
    the head named, asked ("Welche Hersteller hat der APM-Chef genannt?"). A topic claimed
    of the speaker of a body, with no other fact, is `_topic_of_one_from`'s.
    """
    if any(m.entry.kind == "speaker" for m in a.mentions) or a.describing:
        return a  # "Der Redner, der IndustryStock präsentiert hat, arbeitet für die WFS?"
    # "Welche Hersteller hat der APM-Chef genannt?": what the head said, not who he is.
    what_he_named = (
        not a.yesno and "heads" in a.predicates and "named" in a.cues and "who" not in a.cues
    )
    if not a.yesno and not what_he_named:
        return a
    if what_he_named or (
        "heads" in a.predicates and (len(a.predicates) >= 2 or a.values or "spoke" in a.cues)
    ):
        relations, said = {"heads"}, {"heads"}
    elif {"speaker", "participant"} & set(a.classes) and (
        len(a.predicates) >= 2 or len(a.entities) >= 2
    ):
        # "Vertreter aus Samara" are participants from there; "der Redner aus Samara" is one.
        relations = {"heads", "organization"} | ({"region"} if "speaker" in a.classes else set())
        said = {"organization"}
    else:
        return a
    found = {}
    for m in a.mentions:
        people = {o.id: o for r, o, _ in facts.related(m.entry) if r in relations}
        if len(people) == 1 and (person := next(iter(people.values()))).kind == "speaker":
            found[m.entry.id] = person
    if len(found) != 1:
        return a
    mentions = tuple(
        replace(m, entry=found[m.entry.id]) if m.entry.id in found else m for m in a.mentions
    )
    predicates = tuple(p for p in a.predicates if p not in said)
    classes = tuple(c for c in a.classes if c not in {"speaker", "participant"})
    return replace(a, mentions=mentions, predicates=predicates, classes=classes)


def reason(a: Analysis, facts: Facts) -> Conclusion | None:
    """Answer from the facts, or ``None`` to let fuzzy retrieval answer."""
    if a.smalltalk == "purpose" and facts.kb.events:
        # "Worum geht es in diesem Bot?" is a question, and the welcome answers it.
        return Conclusion(True, (Statement("smalltalk", detail="abilities"),))
    if a.smalltalk:
        return Conclusion(False, (Statement("smalltalk", detail=a.smalltalk),), "smalltalk")
    a = _the_one_named_by_office(a, facts)
    entities = a.entities
    for frame in FRAMES:
        found = frame(a, entities, facts)
        if found is not None:
            return found
    return None
