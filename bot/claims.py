"""Yes/no questions and what questions claim: checked against the facts, said true or not.

"War BMW dabei?", "Die Mission war im Oktober, oder?", "Рихтер ведь из ТПП?", "Ist Omsk eine
Stadt?": a yes or no with the true fact, or what is not known. Each function is a frame of
:data:`bot.reasoning.FRAMES`: a :class:`~bot.facts.Conclusion`, or ``None`` when the
question is not of its kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from .analysis import (
    AND_KEYS,
    FROM_KEYS,
    OR_KEYS,
    PLACE_PREPOSITIONS,
    SINGLE_KINDS,
    Analysis,
    sentence_starts,
    titled_unknown,
)
from .facts import (
    CLASS_KINDS,
    MEMBER_KINDS,
    PLACE_CLASSES,
    SINGLE_VALUED,
    Conclusion,
    Facts,
    Statement,
    asks_membership,
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
from .text import common_prefix, match_key, numbers, text_keys, to_cyrillic


def figures_stated(*entries: Entry, years: bool = False) -> set[int]:
    """The figures the answers of ``entries`` state, in either language (``years`` too)."""
    return {
        n
        for e in entries
        for lang in ("de", "ru")
        for n in numbers(e.answer.get(lang), years=years, spelled=False)
    }


# "am selben Tag", "в разные дни": two speakers' days compared.
_DAYS_COMPARED = frozenset({"same", "different"})
# "Ильметов говорил и про Ульяновскую область?": "и" before "про" is "also".
_ALSO_ABOUT = re.compile(r"(?i)\b(?:и|i)\s+(?:про|о|об|pro|o|ob)\b")
_BELONGS_TO = frozenset(match_key(w) for w in "zur zu к ko".split())


def _person_like(name: str) -> bool:
    """A first name and a surname: "Marcus Müller", "Игорь Петров" (not "IHK Dresden")."""
    parts = name.split()
    return len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() for p in parts)


# "aus Zwickau", "из Твери": "from" right before a name, with no article, names a place.
_FROM_PLACE = re.compile(r"\b(?:aus|из|iz)\s+(\w+)", re.IGNORECASE)


def _from_a_place(a: Analysis) -> bool:
    """Whether a name the knowledge lacks follows "aus", "из" directly, as a town's does."""
    return any(m[1] in a.unknown_names for m in _FROM_PLACE.finditer(a.text))


# "… eine Messe für Software und IT": what a thing is for, up to the end of the clause.
_FOR_CLAUSE = re.compile(r"\b(?:für|fuer|fur|для|dlya|dlia)\b[^,.;:?!]*$", re.IGNORECASE)


def _what_for(a: Analysis) -> bool:
    """Whether every name the knowledge lacks is what something is for, not where it is."""
    at = [a.text.find(name) for name in a.unknown_names]
    return all(i >= 0 and _FOR_CLAUSE.search(a.text[:i]) for i in at)


def not_named(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'War BMW dabei?': a name the knowledge does not have; said so, with what is known."""
    # "Что рассказывал Дмитрий Орлов из АПМ?": a speaker's name the knowledge does not have.
    speaking = {"what", "spoke"} & a.cues and (
        any(e.kind == "speaker" for e in entities)
        or ("spoke" in a.cues and len(" ".join(a.unknown_names).split()) >= 2)
        or ("spoke" in a.cues and titled_unknown(a))
        # "Was hat Volkswagen bei der Networking-Runde präsentiert?"
        or ("presented" in a.predicates and any(e.kind == "activity" for e in entities))
    )
    located = [e for e in entities if e.fact("place")]
    # "… на выставку в Дрезден — это правда?": the fair's place; "AvtoVAZ? Die sind doch aus
    # Toljatti" names a company ProgressTlt's town does not make known.
    placing = any(e.kind == "fair" for e in located) and (a.yesno or "yes_tail" in a.cues)
    if placing and _what_for(a):
        # "Die Z+intec ist ne Messe für Software und IT, oder?": what it is for, as said.
        return None
    # "Wer ist Marcus Müller von der WFS?": a person the knowledge does not have, placed in
    # an organisation it has.
    person = "who" in a.cues and any(_person_like(name) for name in a.unknown_names)
    if not a.unknown_names or (
        entities and not asks_membership(a) and not speaking and not placing and not person
    ):
        return None
    claims = [f for f, _ in a.values if f != "origin"]  # "russische Teilnehmer" claims nothing
    event = facts.event
    about_event = not entities and not a.classes and a.yesno and event is not None
    if about_event and event is not None and any(event.fact(f) for f in claims):
        # "Миссия была очная, в Дрездене?": the claim about the event is checked ("Ist die
        # Hannover Messe auch im März?" is about another fair).
        return None
    placed = located[0] if len(entities) == len(located) == 1 else None
    claimed = placed is not None and placed.kind != "fair" and (a.yesno or "yes_tail" in a.cues)
    if placed and claimed and _after_from(a):
        # "Der SIBB ist ein Verband aus Bayern, oder?": the place its name gives, beside the
        # one not known (whether that lies there the knowledge cannot tell).
        said = (
            Statement("not_named", names=a.unknown_names),
            Statement("value", placed, "place", values=placed.fact("place")),
        )
        return Conclusion(True, said, entries=(placed,))
    if placing:
        # "Die Z + intec ist doch in Dresden?": no, and where it is ("… in Dresden — это
        # правда? И когда она будет?": and when).
        fair = next(e for e in located if e.kind == "fair")
        found = _is_elsewhere(a, fair)
        if any(same_word(k, t) for k in a.keys for t in town_keys(fair)):
            # "… in Leipzig oder in Dresden?": a choice with the right town in it; no "no".
            return replace(found, statements=found.statements[1:])
        return found
    speakers = [e for e in entities if e.kind == "speaker"]
    asked = [p for p in a.predicates if p in RELATIONS]
    # Not in what he spoke about: "Richter hat über die Werke von BMW … gesprochen, stimmt's?"
    if speakers and not asked and set(a.keys) & FROM_KEYS and "about" not in a.cues:
        # "Nikitin ist doch von der IHK Dresden, oder?": his organization; "ilmetov iz
        # saranska?": the region he is from, where he has no organization.
        asked = [p for p in ("organization", "region") if facts.related(speakers[0], p)][:1]
        if asked == ["organization"] and _from_a_place(a):
            # "Ist Andreas Wachtler aus Zwickau?": a town, no body; where he is from is not
            # known.
            asked = []
    # "Der Deep Tech Hub wurde doch von Bitkom initiiert?": so for the one thing named.
    # Not a place: "из Самарской области и из Казани" names no relation of Samara's ("области"
    # is a word of its name).
    subjects = speakers or (entities if len(entities) == 1 and entities[0].kind != "place" else [])
    linked = [(p, o) for p in asked for s in subjects[:1] for _, o, _ in facts.related(s, p)]
    if subjects and (a.yesno or "yes_tail" in a.cues) and linked:
        # "Nikitin leitet doch die AHK in Moskau?": no, and what he heads.
        predicate = linked[0][0]
        heads = tuple(o for p, o in linked if p == predicate)
        if predicate not in SINGLE_VALUED and "also" in a.cues:
            # "Hat Richter auch zur Hannover Messe eingeladen?": one invitation known rules
            # out no other; the name is not known, what is known follows ("Рихтер приглашал
            # на Иннопром, верно?" claims it instead of the one known: no).
            said = (
                Statement("not_named", names=a.unknown_names),
                Statement("value", subjects[0], predicate, items=heads),
            )
            return Conclusion(False, said, "not_named", (subjects[0],))
        corrected = (
            Statement("verdict", yes=False),
            Statement("value", subjects[0], predicate, items=heads),
        )
        return Conclusion(True, corrected, entries=(subjects[0],))
    if speakers and not a.yesno and {"what", "spoke"} & a.cues:
        # "Что Ильметов сказал про АвтоВАЗ?": the name is not in what is known of him.
        said = (Statement("not_named", names=a.unknown_names), Statement("card", speakers[0]))
        return Conclusion(False, said, "not_named", (speakers[0],))
    if entities and not any(e.kind in MEMBER_KINDS for e in entities):
        # "Волгабас — это из Волгограда?": the name is unknown, what is known follows.
        statements = [Statement("not_named", names=a.unknown_names)]
        statements += [Statement("card", e) for e in entities[:1]]
        return Conclusion(False, tuple(statements), "not_named", tuple(entities))
    kind = next(
        (
            c
            for c in a.classes
            if c in CLASS_KINDS and all(e in facts.of_class(c) for e in entities)
        ),
        None,
    )
    few = kind not in ("company", "participant", *PLACE_CLASSES)  # listed in full below
    if kind and len(entities) >= 2 and a.yesno and few:
        # "Veranstalter waren die WFS, das AMZ, der Cluster APM und die IHK Chemnitz,
        # richtig?": the name unknown is none of them, who are listed.
        listed_all = (
            Statement("verdict", yes=False),
            Statement("not_named", names=a.unknown_names),
            Statement("count", detail=kind, items=tuple(facts.of_class(kind))),
        )
        return Conclusion(True, listed_all, entries=tuple(entities))
    if entities and asks_membership(a):
        # "War Autodetal und BMW dabei?": say what is known of each, and what is not.
        statements = [Statement("member", e) for e in entities if e.kind in MEMBER_KINDS]
        # "Мордовия или Марий Эл?" is about places: no word of the companies named ("War
        # GAZ aus Nischni Nowgorod dabei?" asks for a company).
        origin = any(a.word_before(m) in FROM_KEYS for m in a.mentions)
        listed = _one_list(a)  # "Firmen aus Moskau, Kaluga, Jekaterinburg und Omsk"
        places = all(e.kind == "place" for e in entities) and (listed or not origin)
        detail = "place" if places else "company"
        statements.append(Statement("not_named", names=a.unknown_names, detail=detail))
        choice = "or" in a.cues and not _or_at_the_end(a)
        if choice and all(e.kind in ("company", "place") for e in entities):
            # "Welche der beiden war dabei: HUDWAY oder KAMAZ?": the choice is answered.
            return Conclusion(True, tuple(statements), entries=tuple(entities))
        if listed:
            # "Waren Laduga, Autodetal und KAMAZ dabei?": each name of the list is answered
            # ("War neben Omsk auch Wladiwostok …?" asks of the one name unknown).
            return Conclusion(True, tuple(statements), entries=tuple(entities))
        return Conclusion(False, tuple(statements), "not_named", tuple(entities))
    if not entities and "organizer" in a.classes:
        return _not_an_organizer(a, facts)
    speakers_named = facts.of_class("speaker")
    as_speaker = "speaker" in a.classes or ("spoke" in a.cues and "participation" not in a.cues)
    one = len(a.unknown_names) == 1 and len(sentence_starts(a)) <= 1
    if not entities and a.yesno and as_speaker and one and speakers_named:
        # "Мантуров тоже выступал?", "War Dulig als Redner dabei?": not among the speakers,
        # who are all named ("KAMAZ war dabei, hat mir jemand erzählt?" asks of a company).
        said = (
            Statement("not_named", names=a.unknown_names),
            Statement("count", detail="speaker", items=tuple(speakers_named)),
        )
        return Conclusion(False, said, "not_named")
    # "War BMW dabei?": not among the companies; "die Hannover Messe" is no company.
    member = asks_membership(a) and not set(a.classes) - {"company", "participant"}
    detail = "company" if member or "company" in a.classes else ""
    named = [Statement("not_named", names=a.unknown_names, detail=detail)]
    # "Ist die Hannover Messe auch im März?": the one of its kind the knowledge has.
    ones = [e for c in a.classes if c in SINGLE_KINDS for e in facts.of_class(c)]
    named += [Statement("member", e) for e in ones[:1]]
    return Conclusion(False, tuple(named), "not_named", tuple(ones[:1]))


def _after_from(a: Analysis) -> bool:
    """Whether an unknown name follows "aus"/"из" ("ein Verband aus Bayern")."""
    return any(
        bool(at) and a.keys[at - 1] in FROM_KEYS
        for at in (_position(a, name) for name in a.unknown_names)
        if at is not None
    )


def _position(a: Analysis, name: str) -> int | None:
    """Where an unknown name begins among the question's words, if it is found."""
    keys = tuple(match_key(w) for w in name.split())
    return next((i for i in range(len(a.keys)) if a.keys[i : i + len(keys)] == keys), None)


def _one_list(a: Analysis) -> bool:
    """Whether the names asked of, known and unknown, stand side by side in one list.

    "Moskau, Kaluga, Jekaterinburg und Omsk" is one; "GAZ aus Nischni Nowgorod", "Kasan und
    aus Tatarstan" and "neben Omsk auch Wladiwostok" are not.
    """
    spans = [(m.start, m.end) for m in a.mentions]
    for name in a.unknown_names:
        at = _position(a, name)
        if at is None:
            return False
        spans.append((at, at + len(name.split())))
    spans.sort()
    starts = sentence_starts(a)  # "КАМАЗ? Татарстан ведь был …" are two sentences
    return all(
        (nxt == end and nxt not in starts)
        or (nxt == end + 1 and end < len(a.keys) and a.keys[end] in _JOINING)
        for (_, end), (nxt, _) in pairwise(spans)
    )


# "und", "и", and "bzw." ("aus kasan bzw tatarstan"): names side by side in one list.
_JOINING = AND_KEYS | {match_key("bzw"), match_key("beziehungsweise")}


def _or_at_the_end(a: Analysis) -> bool:
    """Whether the question ends with "oder"/"ili" ("…, oder?"), which asks yes or no.

    So does "oder" before the asker's doubt: "…, oder hab ich das verwechselt?".
    """
    if "doubt" in a.cues and _OR_DOUBT.search(a.text):
        return True
    return a.keys[-1:] in (("oder",), ("ili",))


# "…, oder hab ich das verwechselt?", "… или я ошибаюсь?": "or" opening the asker's doubt.
_OR_DOUBT = re.compile(
    r"\b(?:oder|или|ili)\s+(?:hab|habe|irre|irr|liege|lieg|täusche|taeusche|tausche|"
    r"verwechsle|verwechsel|я|ya)\b[^,;:–-]*$",
    re.IGNORECASE,
)


def odd_one_out(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Welche Stadt wird nicht genannt: Omsk, Kaluga, Jekaterinburg?': the names unknown.

    Which of several names listed is not among those known is answered, the others after it.
    """
    if not a.unknown_names or len(entities) < 2 or not {"which", "who", "of_them"} & a.cues:
        return None
    if not {"missing", "except"} & a.cues or any(e.kind not in MEMBER_KINDS for e in entities):
        return None
    kinds = {e.kind for e in entities}
    detail = kinds.pop() if len(kinds) == 1 and kinds <= {"place", "company"} else ""
    statements = [Statement("not_named", names=a.unknown_names, detail=detail)]
    statements += [Statement("member", e) for e in entities]
    return Conclusion(True, tuple(statements), entries=tuple(entities))


def other_organizer(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
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
    claimed = a.yesno or "yes_tail" in a.cues
    statements = [Statement("verdict", yes=False)] if claimed else []
    if a.unknown_names:
        statements.append(Statement("not_named", names=a.unknown_names))
    statements.append(Statement("count", detail="organizer", items=tuple(organizers)))
    if not claimed and a.unknown_names and "who" not in a.cues:
        # "Welche Rolle hatte die IHK Chemnitz bei der Organisation?": what it did is not
        # known (no "no" to a question that claims nothing), the organizers are.
        return Conclusion(False, tuple(statements), "not_named", tuple(organizers))
    return Conclusion(True, tuple(statements), entries=tuple(organizers))


def figures_claimed(a: Analysis) -> list[int]:
    """The figures a question states, above one ("vier Plattformen", "bolshe 70")."""
    return [n for n in numbers(to_cyrillic(a.text) if a.latin_russian else a.text) if n > 1]


# A figure claimed as a bound: "mehr als 50", "länger als zwei Tage", "больше 10", "менее
# 20". "über" only of a count: "über zwei Tage" is how long, "über 50 Teilnehmer" how many.
# (Latin-letter Russian read in Cyrillic lacks the soft sign: "менше", "болше".)
_ABOVE = r"mehr|länger|laenger|langer|more|longer|больше|болше|более|дольше|долше|свыше"
_BELOW = r"weniger|kürzer|kuerzer|kurzer|less|fewer|меньше|менше|менее|короче"
_BOUND = re.compile(
    rf"\b(?:(?P<above>{_ABOVE})|(?P<below>{_BELOW})|(?P<over>über|ueber|uber|unter))"
    r"\s+(?:als\s+|чем\s+|chem\s+)?(?:[„\"«]\s*)?(?P<figure>\w+)",
    re.IGNORECASE,
)


def bound_claimed(a: Analysis, figure: int, count: bool = True) -> str:
    """How a yes/no question claims ``figure``: ``">"``, ``"<"`` as a bound, ``""`` as it is.

    ``count``: a count of things, where "über 50", "unter 20" are bounds too.
    """
    text = to_cyrillic(a.text) if a.latin_russian else a.text
    for m in _BOUND.finditer(text):
        if numbers(m["figure"]) != [figure] or (m["over"] and not count):
            continue
        if m["above"] or (m["over"] and m["over"].lower() != "unter"):
            return ">"
        return "<"
    return ""


def _value_holds(a: Analysis, subject: Entry, fact: str, value: str) -> bool:
    """Whether ``subject`` has ``value`` of ``fact``.

    Days also as a bound: "länger als zwei Tage", "больше двух дней".
    """
    bound = bound_claimed(a, int(value), count=False) if fact == "days" and value.isdigit() else ""
    if bound:
        return any(
            _holds(bound, days, int(value)) for days in subject.fact(fact) if isinstance(days, int)
        )
    return value in map(str, subject.fact(fact))


def _holds(bound: str, count: int, figure: int) -> bool:
    """Whether ``count`` is ``figure``, or beyond it as ``bound`` claims."""
    if bound == ">":
        return count > figure
    if bound == "<":
        return count < figure
    return count == figure


def people_who_spoke(a: Analysis, entities: Sequence[Entry]) -> bool:
    """Whether the people a question names are those who spoke.

    "Сколько человек выступало с докладами?", "Wie viele Personen werden als Vortragende
    genannt?", "Hielten fünf Personen Vorträge?"; not with more said of them ("Wie viele
    Leute haben die Vorträge verfolgt?" asks the listeners).
    """
    spoke = a.classes[1:] == ("speaker",) or (len(a.classes) == 1 and "spoke" in a.cues)
    return spoke and not (entities or a.free)


def number_claim(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Stimmt es, dass über 100 Firmenvertreter dabei waren?': yes or no, and the count."""
    said = figures_claimed(a)
    participants = facts.kb.by_id.get("participants")
    # "Waren es über 70 Unternehmen oder über 70 Unternehmensvertreter?": one figure said of
    # both, which it counts; both are said.
    twice = len(said) == 2 and said[0] == said[1]
    if twice and "or" in a.cues and {"company", "participant"} <= set(a.classes):
        companies = tuple(facts.of_class("company"))
        if participants is not None and companies:
            listed = Statement("count", detail="company", items=companies)
            both = (listed, Statement("member", participants))
            return Conclusion(True, both, entries=(participants,))
    if len(said) == 2 and participants is not None:
        # "Über 70 Teilnehmer, schön – aber waren es genau 72?": the figure the release
        # gives, said back, is no claim; the other one is.
        given = {int(n) for n in _MORE_THAN.findall(participants.answer.get(a.lang))}
        if len(other := [n for n in said if n not in given]) == 1:
            said = other
    if not a.yesno or len(said) != 1:
        return None
    if not a.classes:
        # "genau 70?": the one figure the release gives as a lower bound is that of the
        # participants.
        bound = _MORE_THAN.findall(participants.answer.get(a.lang)) if participants else []
        if entities or str(said[0]) not in bound:
            return None
    cls = main_class(a) if a.classes else "participant"
    if cls == "participant" and people_who_spoke(a, entities):
        cls = "speaker"  # "Hielten fünf Personen Vorträge?"
    members = {e.id for e in facts.of_class(cls)}
    if cls == "company" and entities and all(e.kind == "place" for e in entities):
        # "более 70 российских компаний из Москвы, Петербурга …?": where firms came from is
        # told of no firm; the figure is checked against all of them.
        entities = []
    if entities and (len(entities) != said[0] or any(e.id not in members for e in entities)):
        return None  # "Waren es drei Organisatoren, also WFS, AMZ und APM?" lists the three
    if cls == "participant":
        if participants is None or not numbers(participants.answer.get(a.lang)):
            return None
        text = participants.answer.get(a.lang)
        yes = said[0] in numbers(text)
        as_bound = bound_claimed(a, said[0])
        lows = [int(low) for low in _MORE_THAN.findall(text)]
        if as_bound and lows:
            # "Waren es mehr als 50 Teilnehmer?": yes, over 70; "weniger als 70": no; "über
            # 100": no, as without the bound (the release would say so). "Weniger als 100" it
            # does not say.
            if as_bound == "<" and said[0] > lows[0] + 1:
                return unstated(participants)
            yes = as_bound == ">" and said[0] <= lows[0]
            statements = (Statement("verdict", yes=yes), Statement("card", participants))
            return Conclusion(True, statements, entries=(participants,))
        origins = {v for f, v in a.values if f == "origin"}
        theirs = set(map(str, participants.fact("origin")))
        subset = origins < theirs and bool(FROM_KEYS & set(a.keys)) and "company" not in a.classes
        if lows and said[0] < lows[0] and origins and subset:
            # "Von den über 70 Teilnehmern waren 30 aus Deutschland?": how many came from one
            # country is not said.
            return unstated(participants)
        if "exact" in a.cues and str(said[0]) in _MORE_THAN.findall(text):
            yes = False  # "Waren es genau 70 Teilnehmer?": no, more than 70
        if any(int(low) < said[0] < int(low) + 10 for low in _MORE_THAN.findall(text)):
            # "Waren es genau 73 Teilnehmer?": "über 70" may be 73; "über 200?" is not.
            return unstated(participants)
        statements = (Statement("verdict", yes=yes), Statement("card", participants))
        return Conclusion(True, statements, entries=(participants,))
    every = facts.of_class(cls)
    if "all" in a.cues and a.values and said[0] == len(every):
        # "Sind eigentlich alle vier Veranstalter sächsische Organisationen?": the four are
        # all of them; what is claimed is of each (see _filtered).
        return None
    if facts.asks_unnamed(a, cls):
        unnamed = Statement("not_named", names=(), detail="company")
        if said[0] != len(every):
            # "Сколько немецких компаний было — 30, верно?": how many German ones is not said.
            return Conclusion(False, (unnamed,), "gap")
        # "16 deutsche Firmen?": the 16 are Russian; German ones are not named.
        russian = (
            Statement("verdict", yes=False),
            Statement("count", detail=cls, items=tuple(every)),
            unnamed,
        )
        return Conclusion(True, russian, entries=tuple(every))
    # "Organisiert haben das drei Partner: WFS, AMZ und die HIK-Repräsentanz – stimmt das?":
    # the members listed are those counted, not words that narrow the class.
    items = list(every) if entities and not a.values else narrow(a, every, facts, cls)
    if not items or (
        a.values and not any(facts.has_value(e, f, v) for e in items for f, v in a.values)
    ):
        return None  # "5 спикеров из Германии?": no entry has that value to count
    counted = [
        Statement(
            "verdict", yes=_holds(bound_claimed(a, said[0], cls != "day"), len(items), said[0])
        ),
        Statement("count", detail=cls, items=tuple(items)),
    ]
    people = facts.kb.by_id.get("participants")
    bound = _MORE_THAN.findall(people.answer.get(a.lang)) if people is not None else []
    if cls == "company" and (not a.values or str(said[0]) in bound) and people is not None:
        # "Stimmt es, dass über 200 Firmen dabei waren?": and how many firms' people came;
        # so to "более 70 российских компаний", the figure of the people.
        counted.append(Statement("member", people))
    return Conclusion(True, tuple(counted))


# "über 70", "более 70": a figure given as a lower bound.
_MORE_THAN = re.compile(r"(?:über|ueber|uber|mehr als|более|свыше)\s+(\d+)", re.IGNORECASE)

# Classes a question about where the participants came from names: "… nur Firmen aus Moskau,
# keine Regionen?".
_PEOPLE_FROM = frozenset({"participant", "company"}) | PLACE_CLASSES


def alone(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Die WFS hat das alles allein gestemmt, stimmt's?': no, one of several; all of them.

    So for some of them: "Stimmt es, dass nur die WFS und der AMZ organisiert haben?".
    """
    if not (a.yesno or "yes_tail" in a.cues) or "only" not in a.cues or not entities:
        return None
    if all(e.id in a.describing for e in entities):
        return None  # "Ist der Verband, von dem Wachtler erzählte, nur …?": not of Wachtler
    # "Moskau war die einzige russische Stadt …?": where a place is, no topic.
    of_places = all(e.kind == "place" for e in entities)
    # "… только саксонские структуры, WFS и AMZ?": an origin all of them have describes them
    # when they are named as of a kind ("Ging es bei Richter nur um die Lage in Deutschland?"
    # is about his topic).

    def described_by(fact: str, value: str) -> bool:
        return bool(a.classes) and all(facts.has_value(e, fact, value) for e in entities)

    values = [
        (f, v) for f, v in a.values if not (f == "origin" and (of_places or described_by(f, v)))
    ]
    if a.predicates or values or {"about", "identical"} & a.cues:
        return None  # "Hat Krainov nur über Lokalisierung gesprochen?" is about his topic
    if "spoke" in a.cues and a.free:
        return None  # "Hat Wachtler nur Elektroautos erwähnt?": a topic too
    kinds = {e.kind for e in entities}
    cls = kinds.pop()
    people = facts.kb.by_id.get("participants")
    # "Kaluga oder nur Moskau?" asks which; "…, oder?" at the end asks yes or no.
    choice = "or" in a.cues and not _or_at_the_end(a)
    if not kinds and cls == "place" and set(a.classes) <= _PEOPLE_FROM and people and not choice:
        # "Kamen die Teilnehmer nur aus Moskau?": no, and all the places they came from.
        places = {e.id for e in facts.kb.of_kind("place")}
        yes = places <= {e.id for e in entities}
        return Conclusion(True, (Statement("verdict", yes=yes), Statement("card", people)))
    if kinds or cls not in ("organizer", "company", "speaker") or not set(a.classes) <= {cls}:
        return None
    items = tuple(facts.of_class(cls))
    if len(items) < 2:
        return None
    yes = {e.id for e in items} <= {e.id for e in entities}
    said = (Statement("verdict", yes=yes), Statement("count", detail=cls, items=items))
    # "hat die russische handelskammer da mitorganisiert oder war die nur gast": which of
    # the two, no yes or no; all of them, it among them.
    return Conclusion(True, said[1:] if choice else said, entries=items)


def first_of(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Was kam zuerst – die Mission oder die Z+intec?': when each of the two was."""
    event = facts.event
    if event is None or len(entities) != 1 or not {"earlier", "later"} & a.cues:
        return None
    dated = entities[0]
    if not dated.fact("date") or not _names_event(a, before=len(a.keys)):
        return None
    said = (
        Statement("member", event),
        Statement("value", dated, "date", values=dated.fact("date")),
    )
    return Conclusion(True, said, entries=(event, dated))


def members(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Waren Omsk und Kaluga beide dabei?': say it of each."""
    kinds: tuple[str, ...] = ("company", "place")
    if _took_part(a, entities):
        kinds += ("speaker",)
    elif _took_part(a, entities, ("organizer",)) and "spoke" not in a.cues:
        # "War die HIK dabei?", "Участвовал ли AMZ?": yes, as one of the organizers.
        kinds += ("organizer",)
    members = [e for e in entities if e.kind in kinds]
    if not members or len(members) < len(entities):
        return None
    if _DAYS_COMPARED & a.cues and len(members) == 2 and "speaker" in kinds:
        return None  # "Рихтер и Ильметов выступали в разные дни?": their days (check_pair)
    if {"except", "besides"} & a.cues and a.classes and not a.yesno:
        return None  # "Какие города были представлены, кроме Москвы и Питера?": the others
    if len(members) == 1 and not asks_membership(a):
        return None
    company = members[0].kind == "company"
    # "ctp.aero — это авиакомпания?", "Ist HUDWAY ein Zulieferer?": what it is, beyond
    # taking part, is not known; its own texts would say it.
    claimed = a.foreign or (a.free and not facts.says(members[0], a.free))
    if len(members) == 1 and company and a.yesno and claimed and "participation" not in a.cues:
        return unstated(members[0], "member")
    of_place = _word_of_place(a, members[0])
    if len(members) == 1 and a.yesno and of_place and not facts.says(members[0], (of_place,)):
        # "War die Regierung von Tatarstan offiziell beteiligt?", "Правительство Татарстана
        # участвовало?": people from there were; who they were is not said.
        return unstated(members[0], "member")
    wrong = wrong_office(a, members[0], facts) if len(members) == 1 and a.yesno else None
    if wrong is not None:
        # "Der Vertreter aus Samara sei Verkehrsminister, oder?": the one who spoke for it
        # holds another office (was "yes": people from Samara took part).
        return Conclusion(
            True, (Statement("verdict", yes=False), Statement("card", wrong)), entries=(wrong,)
        )
    placed = _placed_company(a, members) or _spoke_from(a, members, facts)
    if placed is not None:
        return placed
    companies = all(m.kind == "company" for m in members)
    if companies and "country" in a.cues and not a.yesno:
        # "Polad AG und ksc group – aus welchem Land kommen die beiden Firmen?": they are
        # among the Russian companies named.
        each = tuple(Statement("member", m) for m in members)
        return Conclusion(True, each, entries=tuple(members))
    # "ATK oder AvtoCom – welche ist größer?", "ATK i ksc group iz odnogo goroda?": of the
    # companies only that they took part is known, not how they compare.
    compared = a.foreign or (a.free and not any(facts.says(m, a.free) for m in members))
    # "selben Stadt"; "Gehört Volgabus zu Polad AG?": no link between companies is known.
    related = set(a.predicates) & set(RELATIONS)
    asked = bool(compared or set(a.classes) - {"company", "participant"} or related)
    if len(members) > 1 and companies and asked and "participation" not in a.cues:
        said = (Statement("unstated"), *(Statement("member", m) for m in members))
        return Conclusion(False, said, "gap", tuple(members))
    # "aus nischni nowgorod war niemand dabei oder": no, people from there took part.
    yes = "denied" not in a.cues
    statements = [Statement("verdict", yes=yes)] if asks_membership(a) else []
    statements += [Statement("member", e) for e in members]
    return Conclusion(True, tuple(statements), entries=tuple(members))


def _spoke_from(a: Analysis, members: list[Entry], facts: Facts) -> Conclusion | None:
    """'Hat jemand aus Samara gesprochen?', 'Выступал ли кто-то из Волгабаса?'.

    Who spoke for a place or a firm is its speaker; of one no speaker is linked to, that none
    is named, and that people from there took part.
    """
    # "из Самарской области": the class word of a place named is part of its name; "ein
    # Vertreter Samaras": a participant from there.
    asked = set(a.classes) - {"speaker", "participant", *PLACE_CLASSES}
    # "Hat jemand aus Samara was vorgetragen?": "was" is "etwas", after a yes/no opening.
    yesno = a.yesno or "yes_head" in a.cues
    if not yesno or "spoke" not in a.cues or asked:
        return None
    if any(m.kind not in ("place", "company") for m in members):
        return None
    statements: list[Statement] = []
    for place in members:
        speakers = facts.speakers_of(place)
        if speakers:
            statements += [Statement("card", s) for s in speakers]
        else:
            statements += [Statement("member", place), Statement("unlinked", place, "speaker")]
    spoke = all(s.what == "card" for s in statements)
    if spoke:
        statements.insert(0, Statement("verdict", yes=True))
    roled = _by_role(a, facts)
    elsewhere = len(roled) == 1 and not any(roled[0] in facts.speakers_of(m) for m in members)
    if not spoke and elsewhere:
        # "ich hab gehört ein Minister aus Tatarstan hat gesprochen stimmt das": the one
        # speaker of that office was from elsewhere.
        said = (Statement("verdict", yes=False), Statement("card", roled[0]))
        return Conclusion(True, said, entries=(roled[0],))
    return Conclusion(spoke, tuple(statements), "answered" if spoke else "gap", tuple(members))


def wrong_office(a: Analysis, place: Entry, facts: Facts) -> Entry | None:
    """The speaker for a place whose office a word claims wrongly ("Verkehrsminister").

    A compound ending in a word of his role ("…minister") that his role does not hold.
    """
    if place.kind != "place":
        return None
    for speaker in facts.speakers_of(place):
        keys = {k for k in _role_keys(speaker) if len(k) >= 6}
        if any(k not in keys and any(k.endswith(r) and k != r for r in keys) for k in a.free):
            return speaker
        # "… dass der Vertreter der Region Samara Geschäftsführer eines Clusters ist?": words
        # of another speaker's role, none of his own.
        others = {
            k for s in facts.kb.of_kind("speaker") if s.id != speaker.id
            for k in _role_keys(s) if len(k) >= 6
        }  # fmt: skip
        claimed = [k for k in a.keys if len(k) >= 6 and k not in keys]
        if len([k for k in claimed if k in others]) >= 2:
            return speaker
    return None


def _role_keys(speaker: Entry) -> list[str]:
    """The match keys of a speaker's role, in both languages."""
    role = speaker.role
    return [*text_keys(role.de), *text_keys(role.ru)] if role else []


def _by_role(a: Analysis, facts: Facts) -> list[Entry]:
    """The speakers whose office a word of the question names ("Minister", "министр")."""
    asked = [k for k in a.free if len(k) >= 6]
    found = []
    for speaker in facts.kb.of_kind("speaker"):
        keys = _role_keys(speaker)
        if any(common_prefix(k, r) >= 6 for k in asked for r in keys if len(r) >= 6):
            found.append(speaker)
    return found


def _word_of_place(a: Analysis, entry: Entry) -> str:
    """The free word a place named qualifies, or "".

    "die Regierung von Tatarstan", "Правительство Татарстана …?" (opening the question; a
    word before a place elsewhere is mostly no noun of it: "увидев Карелию").
    """
    if entry.kind != "place":
        return ""
    for m in a.mentions:
        if m.entry.id != entry.id:
            continue
        before = list(a.keys[max(m.start - 2, 0) : m.start])
        if m.start == 1 and before[0] in a.free:
            return before[0]
        if len(before) == 2 and before[1] == "von" and before[0] in a.free:
            return before[0]
    return ""


def _placed_company(a: Analysis, members: list[Entry]) -> Conclusion | None:
    """'Ist ATK aus Moskau?', 'Liegt Shadrinsk in der Region Kurgan?': where a company is.

    Not known, unless the release gives a town with it (a place that is no entry of its
    own): "ProgressTlt ist doch aus Moskau?" is no, Tolyatti.
    """
    # "Gehört Shadrinsk zur Region Kurgan?": in it, as "in" says.
    before = FROM_KEYS | PLACE_PREPOSITIONS | _BELONGS_TO
    placed = [
        m for m in a.mentions
        if m.entry.kind == "place" and set(a.keys[max(m.start - 3, 0) : m.start]) & before
    ]  # fmt: skip
    firms = [m for m in members if m.kind == "company"]
    if not (placed and firms and a.yesno):
        return None
    known = next((f for f in firms if f.fact("place")), None)
    if known is None:
        not_said = (Statement("unstated"), *(Statement("member", m) for m in members))
        return Conclusion(False, not_said, "gap", tuple(members))
    town = {
        k for v in known.fact("place") if isinstance(v, Text) for k in text_keys(v.get(a.lang))
    }
    yes = any(set(a.keys[m.start : m.end]) & town for m in placed)
    if not yes and set(a.classes) & {"region", "oblast", "republic"}:
        # A town is no other town, but may lie in a region.
        unsaid = (Statement("unstated"), Statement("member", known))
        return Conclusion(False, unsaid, "gap", (known,))
    checked = (
        Statement("verdict", yes=yes),
        Statement("value", known, "place", values=known.fact("place")),
    )
    return Conclusion(True, checked, entries=(known,))


def _took_part(a: Analysis, entities: list[Entry], kinds: tuple[str, ...] = ("speaker",)) -> bool:
    """'Haben Wachtler und Krainov gesprochen?': whether those named took part, nothing more.

    ``kinds``: the kinds of entry all of them are (speakers by default).
    """
    if (
        not a.yesno
        or a.free
        or a.predicates
        or a.values
        or not {"participation", "spoke"} & a.cues
    ):
        return False
    return not {"earlier", "later", "same", "about"} & a.cues and all(
        e.kind in kinds for e in entities
    )


# The months of each season (the values of "season" in the vocabulary).
_SEASONS = {
    "winter": {12, 1, 2}, "spring": {3, 4, 5}, "summer": {6, 7, 8}, "autumn": {9, 10, 11},
}  # fmt: skip


def _name_first(a: Analysis, facts: Facts) -> bool:
    """Whether a word no text knows opens the claim (first, or after a verb asking yes or no)."""
    heads = facts.kb.vocabulary.cue_words.get("yes_head", frozenset())
    at = 1 if a.keys[:1] and a.keys[0] in heads else 0
    opening = a.keys[at : at + 2]
    if not opening:
        return False
    if opening[0] in {match_key(w) for name in a.unknown_names for w in name.split()}:
        return True
    # "Порше Лейпциг …": two words of a name, not a verb before a function word ("Trafen
    # sich die Teilnehmer …").
    return (
        len(opening) == 2
        and len(opening[0]) >= 3
        and opening[0] in a.foreign
        and opening[1] in {*a.free, *a.foreign}
    )


def claim(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """A yes/no question stating a fact's value: say yes or no, and what is true.

    "Die Mission war im Oktober, oder?", "Полад — немецкая компания?".
    """
    about_kind = set(a.classes) - {"day"}  # "… über mehrere Tage?" is about the event
    if any(f == "format" for f, _ in a.values):
        # "… все участники ездили в Саксонию лично. Правда?": how they took part is the
        # event's format.
        about_kind -= {"participant"}
    if a.yesno and a.values and len(entities) > 1:
        kind = facts.of_class(a.classes[0]) if a.classes else []
        if "only" in a.cues and kind and all(e in kind for e in entities):
            # "Организаторами были только саксонские структуры, WFS и AMZ?": whether they
            # were the only ones, which the origin they share does not answer.
            return None
        return _all_from(a, entities, facts)
    if not a.yesno or not a.values or len(entities) > 1 or (about_kind and not entities):
        return None  # "Nur russische Firmen?" is about the companies, not the event
    if (
        not entities
        and (a.event_at is None or a.free or "participation" in a.cues)
        and {"participation", "spoke"} & a.cues
        and all(f == "origin" for f, _ in a.values)
    ):
        # "War VW Sachsen dabei?", "War bei der Mission der sächsische Wirtschaftsminister
        # dabei?", "War Thüringen an der Mission beteiligt?" ask who from there, not where
        # the event was.
        return None
    if not entities and a.event_at is None and _name_first(a, facts):
        # "Hat VW Sachsen aus Zwickau … eine virtuelle Werksführung gemacht?", "Порше
        # Лейпциг предлагал российским поставщикам …?": a name the knowledge does not have
        # is what the claim is about, not the event.
        return None
    if not entities and "topic" in a.cues and a.known_free:
        # "Lokalisierung – ging es da um ausländische Hersteller in Russland?": where the
        # topic is, no claim of where the event was.
        return None
    dates = all(f in ("date", "day", "month") for f, _ in a.values)
    if not entities and dates and _another_subject(a):
        return None  # "Gab es im November B2B-Gespräche?"
    subject = entities[0] if entities else facts.event
    if subject is None:
        return None
    # Two towns offered ("… Dresden oder Chemnitz?"), not a tag ("wo war dat in sachsen oder wat").
    offered = "or" in a.cues and sum(len(k) >= 5 for k in a.free) >= 2
    within = "where" in a.cues and ("exact" in a.cues or offered) and not entities
    if within and all(f == "origin" and facts.has_value(subject, f, v) for f, v in a.values):
        # "wo genau in Sachsen, Dresden oder Chemnitz?": where within its place, which the
        # release does not give (not "Ja, in Sachsen").
        return Conclusion(False, (Statement("unstated"), Statement("member", subject)), "gap")
    if subject.fact("seat"):
        a = _seat_claimed(a, facts)
    # "Hat Wachtler über Batteriezellfertigung in Sachsen gesprochen?": a topic (not with a
    # day he did not speak on).
    topical = subject.kind == "speaker" and {"spoke", "about"} <= a.cues and bool(a.topic)
    if topical and not another_day(a, subject, facts):
        return None
    if subject.kind == "speaker" and "theme" in a.cues and a.free:
        return None  # "Lokalisierung … in Russland, das war doch Wachtlers Thema?": a topic
    seasons = [_SEASONS[v] for f, v in a.values if f == "season" and v in _SEASONS]
    months = {int(m) for m in subject.fact("month") if isinstance(m, int)}
    yes = all(months & s for s in seasons)
    if seasons and months and (not yes or all(f == "season" for f, _ in a.values)):
        # "Fand das Ganze im Herbst statt?": the season of its month ("im Herbst 2021":
        # and the year).
        statements = [Statement("verdict", yes=yes), Statement("member", subject)]
        return Conclusion(True, tuple(statements), entries=(subject,))
    # "Der SIBB ist ein Verband aus Bayern, oder?": a state no entry is from, claimed of one
    # whose place is given only as a place (its name's region): no, and that place.
    origins_claimed = [v for f, v in a.values if f == "origin"]
    unheld = origins_claimed and not any(map(facts.anyone_from, origins_claimed))
    only_origins = len(origins_claimed) == len(a.values)
    if unheld and only_origins and subject.fact("place") and not subject.fact("origin"):
        place = Statement("value", subject, "place", values=subject.fact("place"))
        return Conclusion(True, (Statement("verdict", yes=False), place), entries=(subject,))
    formats = [v for f, v in a.values if f == "format"]
    event = facts.event
    if subject.kind == "activity" and formats and event is not None and event.fact("format"):
        # "… fand vor Ort mit persönlichen Gesprächen statt?", "War die Networking-Runde vor
        # Ort?": held as part of the event, in its format.
        yes = all(v in map(str, event.fact("format")) for v in formats)
        said = (
            Statement("verdict", yes=yes),
            Statement("member", event),
            Statement("card", subject),
        )
        return Conclusion(True, said, entries=(subject, event))
    checked = [(f, v) for f, v in a.values if subject.fact(f) and (f, v) not in a.described_values]
    if "participant" in a.classes and not entities:
        # "Waren die russischen Teilnehmer online zugeschaltet?": "russisch" is theirs.
        checked = [(f, v) for f, v in checked if f == "format"]
    origins = [v for f, v in a.values if f == "origin" and (f, v) not in a.described_values]
    org = next((o for _, o, _ in facts.related(subject, "organization")), None)
    if not checked and subject.kind == "speaker" and origins and org and org.fact("origin"):
        # "Ist Wachtler Minister in Sachsen?": another's office is claimed, not only a place.
        other = _role_of_another(replace(a, values=()), subject, facts)
        if other is not None:
            return other
        # "Krainov kommt doch aus Sachsen?": where his organization is from.
        yes = all(facts.has_value(subject, "origin", v) for v in origins)
        if yes and _unsaid_by(a, subject, facts):
            return unstated(subject)
        statements = [Statement("verdict", yes=yes), Statement("card", subject)]
        return Conclusion(True, tuple(statements), entries=(subject,))
    if not checked and subject.kind == "activity" and any(f == "day" for f, _ in a.values):
        # "Waren die Firmenpräsentationen am dritten Tag?": no day is given for them.
        return unstated(subject)
    if not checked and subject.kind == "speaker" and any(f == "day" for f, _ in a.values):
        opened = _opened(a, facts)
        if opened is not None and opened[0].id != subject.id:
            # "Hat Krainov den zweiten Tag eröffnet?": his day is not given, but who opened
            # that day is, in the day's answer.
            said = (
                Statement("verdict", yes=False),
                day_statement(subject),
                Statement("card", opened[1]),
            )
            return Conclusion(True, said, entries=opened)
        # "Vahtler vystupal v pervyj den?": his day is not given.
        return Conclusion(False, (day_statement(subject),), "gap", (subject,))
    if subject.kind == "fair" and any(f == "format" for f, _ in a.values):
        # "Findet die Z + intec 2021 online statt?": the event's format is no fair's.
        return unstated(subject, "member")
    if not checked:
        return None
    fields = [f for f, _ in checked]
    tail = _or_at_the_end(a)
    if "or" in a.cues and not tail and len(fields) > len(set(fields)):
        # "Polad AG – russische oder deutsche Firma?": which of the two, no yes or no.
        return Conclusion(True, (Statement("member", subject),), entries=(subject,))
    days_of = [int(v.partition("-")[0]) for f, v in checked if f == "date"]
    if days_of and not subject.date and months and set(days_of) <= months:
        # "Die Z + intec 2021 beginnt am 23. März, oder?": its month is known, not its days.
        return unstated(subject, "member")
    true = all(_value_holds(a, subject, f, v) for f, v in checked)
    # "Die Z+intec 2021 ist doch die 15. Ausgabe?", "… Ende November, so um den 25.?": a
    # figure its texts do not state is not true of it, whatever else is.
    stated = figures_stated(subject) | {int(v) for _, v in checked if v.isdigit()}
    true = true and set(numbers(a.text, spelled=False)) <= stated
    if true and subject.kind in ("fair", "platform", "initiative") and "spoke" in a.cues:
        # "Liegt der Schwerpunkt der Z+intec 2021 auf Elektromobilität?": the year is right,
        # but a focus its texts do not name is not said.
        texts = [subject.answer.de, subject.answer.ru]
        in_texts = {k for text in texts for k in text_keys(text)}
        focus = [k for k in a.free if len(k) >= 5][-1:]  # what it is claimed to be about
        if focus and not any(same_word(focus[0], w) for w in in_texts):
            return unstated(subject, "member")
    if true and _unsaid_by(a, subject, facts):
        return unstated(subject)
    if not true and a.foreign and subject.kind == "company" and "company" not in a.classes:
        # "Hat Laduga einen Partner in Sachsen gefunden?": more is claimed than where it is
        # from, and that is not known.
        return unstated(subject, "member")
    also_day = "also" in a.cues and any(f == "day" for f, _ in checked)
    asked_day = next((v for f, v in checked if f == "day"), None)
    day = next((e for e in facts.kb.of_kind("day") if str(e.day) == asked_day), None)
    if also_day and subject.kind == "speaker" and not true and "begin" in a.cues and day:
        # "Hat Richter auch den zweiten Tag eröffnet?": a day has one opening; no, and the
        # day, which says who opened it.
        said = (Statement("verdict", yes=False), day_statement(subject), Statement("card", day))
        return Conclusion(True, said, entries=(subject, day))
    only_speaker = "only" in a.cues and true and subject.kind == "speaker"
    if only_speaker and day and day.day and _others_may_have_spoken((subject,), day.day, facts):
        # "War Nikitin der einzige Redner am zweiten Tag?": he spoke then, but not every
        # speaker's day is given; the day's answer says what is known of it.
        unknown = (Statement("unstated"), Statement("card", day))
        return Conclusion(False, unknown, "gap", (subject, day))
    if also_day and subject.kind == "speaker" and not true:
        # "Sprach Ilmetow auch am zweiten Tag?": his day is known, another one is not ruled
        # out ("Ильметов тоже в первый день?" is a yes).
        unsaid = (Statement("unstated"), day_statement(subject))
        return Conclusion(False, unsaid, "gap", (subject,))
    statements = [Statement("verdict", yes=true), Statement("member", subject)]
    years = {str(d.year) for e in facts.kb.events for d in (e.start, e.end)}
    asked = {k for k in a.keys if len(k) == 4 and k.isdigit()}
    # "2020 oder 2021?" names two years, "die 15. oder die 16.?" two figures; "… im Oktober
    # 2020 statt, oder?" one.
    figures = len(numbers(a.text, spelled=False)) > 1
    two = (years & asked and len(asked) > 1) or figures
    # "Die Mission fand doch nicht im November statt, oder?": a yes to what is true, denied,
    # is unclear ("Nein" to "… nicht im Oktober …?" is not).
    denied = "except" in a.cues and not {"besides", "rest"} & a.cues and true
    if "negation" in a.cues or denied or ("or" in a.cues and two):
        # To "War das keine Präsenzveranstaltung?" a no is unclear; "2020 oder 2021?" asks
        # for neither yes nor no.
        del statements[0]
    days = [v for f, v in checked if f == "day"]
    if not true and subject.kind == "speaker" and days:
        # "Richter hat den zweiten Tag eröffnet?": no, and who spoke that day.
        statements[-1] = day_statement(subject)  # the member's line, with or without a no
        others = [s for s in facts.kb.of_kind("speaker") if str(s.day) == days[0]]
        statements += [day_statement(s) for s in others]
    statements += _days_there_were(a, subject, facts)
    if not true and subject.kind == "organizer" and "organizer" in a.classes:
        # "ТПП Саксонии была среди организаторов?": no, and who the organizers were.
        organizers = tuple(facts.of_class("organizer"))
        statements.append(Statement("count", detail="organizer", items=organizers))
    return Conclusion(True, tuple(statements), entries=(subject,))


def _days_there_were(a: Analysis, subject: Entry, facts: Facts) -> tuple[Statement, ...]:
    """'Die Mission dauerte zwei Tage, oder?': no, and the days it had, counted.

    A yes says them too ("Миссия длилась три дня?": "Да … 3 дня: …"), the figure asked of.
    """
    claimed = [v for f, v in a.values if f == "days"]
    if subject.kind != "event" or not claimed:
        return ()
    return days_counted(facts.kb)


def _opened(a: Analysis, facts: Facts) -> tuple[Entry, Entry] | None:
    """Who opened the day a question about opening names, and that day.

    The one speaker of that day whose answer says he opened it.
    """
    days = [v for f, v in a.values if f == "day"]
    if "begin" not in a.cues or len(days) != 1:
        return None
    day = next((e for e in facts.kb.of_kind("day") if str(e.day) == days[0]), None)
    first = opener(days[0], facts)
    return (first, day) if first and day else None


def opener(day: str, facts: Facts) -> Entry | None:
    """The speaker who opened ``day`` (its fact ``opened_by``), if the knowledge says."""
    entry = next((e for e in facts.kb.of_kind("day") if str(e.day) == day), None)
    found = facts.related(entry, "opened_by") if entry else []
    return next((other for _, other, forward in found if forward), None)


def dated(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Startete die Mission am 8. November?', 'Миссия закончилась 12 ноября?'.

    A day claimed of the event: its first day with "begann", its last with "endete",
    else one of its days.
    """
    days = [v for f, v in a.values if f == "date"]
    event = facts.event
    if not a.yesno or not days or entities or event is None or not facts.kb.events:
        return None
    if _another_subject(a):
        return None  # "Gab es am 10. November B2B-Gespräche?": a thing claimed on that day
    start, end = facts.kb.events[0].start, facts.kb.events[0].end

    def day(value: str) -> tuple[int, int]:
        month, _, number = value.partition("-")
        return int(month), int(number)

    first, last = (start.month, start.day), (end.month, end.day)
    named = {day(d) for d in days}
    numbered = _day_numbered(a, named, facts)
    if numbered is not None and numbered.date:
        # "Der zweite Tag war der 11. November, korrekt?": the date of the day named by its
        # number (not one of the event's days, which the 11th is).
        yes = (numbered.date.month, numbered.date.day) in named
        said = (Statement("verdict", yes=yes), Statement("card", numbered))
        return Conclusion(True, said, entries=(numbered,))
    if "begin" in a.cues:
        yes = day(days[0]) == first
    elif "end" in a.cues:
        yes = day(days[-1]) == last
    else:
        yes = all(first <= day(d) <= last for d in days)
    # "… началась 9 ноября и длилась два дня. Верно?": how long it was, claimed beside.
    lasted = [v for f, v in a.values if f == "days"]
    yes = yes and all(_value_holds(a, event, "days", v) for v in lasted)
    if yes and a.event_at is None and any(len(k) >= 5 for k in a.foreign):
        # "Правда ли, что 11 ноября была виртуальная экскурсия по заводам?": the day is one
        # of the event's, but what is claimed on it no text knows.
        return unstated(event)
    said = (Statement("verdict", yes=yes), Statement("member", event))
    return Conclusion(True, (*said, *_days_there_were(a, event, facts)), entries=(event,))


def _day_numbered(a: Analysis, dates: set[tuple[int, int]], facts: Facts) -> Entry | None:
    """The one day a question names by its number beside ``dates`` (month, day), if dated.

    A date is also a value of the day it is ("11. November" of the third): not that one.
    """
    on_dates = {
        str(e.day)
        for e in facts.kb.of_kind("day")
        if e.date and (e.date.month, e.date.day) in dates
    }
    numbers = {v for f, v in a.values if f == "day"} - on_dates
    if len(numbers) != 1:
        return None
    number = numbers.pop()
    return next((e for e in facts.kb.of_kind("day") if str(e.day) == number and e.date), None)


def _all_from(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Рихтер и Вахтлер — оба из Саксонии?': the origin claimed of each of them."""
    if len(entities) > 3 or any(f != "origin" for f, _ in a.values):
        return None
    if len({e.kind for e in entities}) > 1:
        return None  # "Richter von der WFS aus Sachsen?" is about Richter
    values = [v for _, v in a.values]
    if len(entities) == len(values) > 1 and len(set(values)) == len(values):
        # "Ist das AMZ sächsisch und das APM russisch?": each its own, in the order named.
        yes = all(facts.has_value(e, "origin", v) for e, v in zip(entities, values, strict=True))
    else:
        yes = all(facts.has_value(e, "origin", v) for e in entities for v in values)
    statements = [Statement("verdict", yes=yes), *(Statement("card", e) for e in entities)]
    return Conclusion(True, tuple(statements), entries=tuple(entities))


def rank(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
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
        keys = text_keys(text)
        for hit in vocabulary.scan(keys):
            if hit.group != "cues" or hit.name != "deputy" or hit.end >= len(keys):
                continue
            noun = keys[hit.end]  # what the qualifier qualifies: "Minister", "министра"
            if any(same_word(k, noun) or (len(noun) >= 5 and k.endswith(noun)) for k in a.keys):
                statements = (Statement("verdict", yes=False), Statement("card", person))
                return Conclusion(True, statements, entries=(person,))
    return _role_of_another(a, person, facts)


def _unsaid_by(a: Analysis, speaker: Entry, facts: Facts) -> bool:
    """Whether a speaker is claimed to have said what his texts do not say.

    "Рихтер же говорил, что в Саксонии собирают каждый четвёртый немецкий автомобиль?":
    Saxony is his, the fourth car is no word of his.
    """
    if speaker.kind != "speaker" or "spoke" not in a.cues:
        return False
    # Two words at least: "Autobranche" alone is his "Automotivbranche" in other words.
    unsaid = [k for k in a.free if len(k) >= 5 and not facts.uses(speaker, k, "told")]
    return len(unsaid) >= 2


def _another_subject(a: Analysis) -> bool:
    """Whether a claim without the event named is of a name the knowledge does not have.

    "Gab es am 10. November B2B-Gespräche?": of those, not of the event.
    """
    return a.event_at is None and bool(a.unknown_names)


def seat_claim(a: Analysis, entity: Entry, facts: Facts) -> Conclusion | None:
    """'Die Repräsentanz der HIK sitzt in Moskau?', '… находится в России?': no, where it is.

    A town or a country said with "in", "в" that lies in another country than its seat.
    """
    seat = set(entity.fact("seat"))
    if not seat:
        return None
    towns = [
        m.entry for m in a.mentions
        if m.entry.kind == "place" and m.start and a.word_before(m) in PLACE_PREPOSITIONS
    ]  # fmt: skip
    # "Sitzt die Repräsentanz der HIK in Deutschland in Berlin?": the country of its own
    # name, in it or right after it, is no claim.
    own = [(m.start, m.end) for m in a.mentions if m.entry.id == entity.id]
    countries = {
        c
        for c, at in _countries_said_at(a, facts)
        if not (c in seat and any(start <= at <= end + 1 for start, end in own))
    }
    claimed = [set(t.fact("origin")) for t in towns] + [{c} for c in countries]
    if not claimed:
        return None
    yes = all(c & seat for c in claimed)
    country = Statement("value", entity, "seat", values=entity.fact("seat"))
    return Conclusion(True, (Statement("verdict", yes=yes), country), entries=(entity,))


def _seat_claimed(a: Analysis, facts: Facts) -> Analysis:
    """A country said with "in", "в" claims where an entry sits, not where it is from.

    "Die Repräsentanz der Handelskammer sitzt in Russland, oder?": the Russian chamber's
    office is in Germany (its ``seat``), though it is Russian (its ``origin``).
    """
    said_in = {c for c, _ in _countries_said_at(a, facts)}
    values = tuple(("seat" if f == "origin" and v in said_in else f, v) for f, v in a.values)
    return replace(a, values=values)


def _countries_said_at(a: Analysis, facts: Facts) -> list[tuple[str, int]]:
    """Each country said with "in", "в" ("sitzt in Russland"), and where its word stands."""
    return [
        (h.name.partition("=")[2], h.start)
        for h in facts.kb.vocabulary.scan(a.keys)
        if h.group == "values"
        and h.name.startswith("origin=")
        and h.start
        and a.keys[h.start - 1] in PLACE_PREPOSITIONS
    ]


def _role_of_another(a: Analysis, person: Entry, facts: Facts) -> Conclusion | None:
    """'Ist Krainov ein Minister?': no, when the words claimed are another speaker's role."""
    claimed = [k for k in a.known_free if len(k) >= 5]
    if not claimed or a.foreign or a.predicates or a.values or a.classes:
        return None

    def holds(speaker: Entry, key: str) -> bool:
        role = speaker.role
        texts = (role.de, role.ru) if role else ()
        return any(same_word(key, k) for text in texts for k in text_keys(text))

    unsaid = [k for k in claimed if not holds(person, k)]
    others = [
        s
        for s in facts.kb.of_kind("speaker")
        if s.id != person.id and unsaid and all(holds(s, k) for k in unsaid)
    ]
    if len(others) != 1:
        return None
    other = others[0]
    said = (Statement("verdict", yes=False), Statement("card", person), Statement("card", other))
    return Conclusion(True, said, entries=(person, other))


def year_of_a_speaker(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """A year before the event's claimed of what a speaker did or was.

    What he did at the mission he did in its year: "Hat Nikitin 2019 den Deep Tech Hub
    vorgestellt?" is no, with the event's dates. Since when he holds his office or works
    where he does, no text says: "War Nikitin schon 2019 Leiter der Repräsentanz?".
    """
    speakers = [e for e in entities if e.kind == "speaker"]
    years = {int(v) for f, v in a.values if f == "year" and v.isdigit()}
    if not a.yesno or len(speakers) != 1 or not years or len(a.values) != len(years):
        return None
    person, event = speakers[0], facts.event
    held = {y for y in event.fact("year") if isinstance(y, int)} if event else set()
    if event is None or not held or max(years) >= min(held) or years & figures_stated(person):
        return None  # "… die Strategie bis 2030?": a year of what he spoke of, checked there
    if not ("spoke" in a.cues or {"presented", "invited_to"} & set(a.predicates)):
        return unstated(person)
    said = (Statement("verdict", yes=False), Statement("member", event), Statement("card", person))
    return Conclusion(True, said, entries=(person, event))


def same_linked(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """Whether two things named share what they are linked to: yes or no, and each one's.

    "Wurden IndustryStock und Deep Tech Hub von derselben Person vorgestellt?" (was "Nein",
    no link between the two platforms).
    """
    if not a.yesno or "same" not in a.cues or len(entities) != 2:
        return None
    asked = [p for p in a.predicates if p in RELATIONS]
    if len(asked) != 1 or entities[0].kind != entities[1].kind:
        return None
    linked = [{o.id: o for _, o, _ in facts.related(e, asked[0])} for e in entities]
    if not all(linked):
        return None
    shared = [linked[0][k] for k in linked[0].keys() & linked[1].keys()]
    ids = {e.id for e in entities}
    if shared and all(ids <= {o.id for _, o, _ in facts.related(x, asked[0])} for x in shared):
        # "Ja. Dr. Sergey Nikitin — stellte vor: Deep Tech Hub, IndustryStock".
        said = tuple(Statement("value", x, asked[0], items=tuple(entities)) for x in shared)
    else:
        said = tuple(
            Statement("value", e, asked[0], items=tuple(found.values()))
            for e, found in zip(entities, linked, strict=True)
        )
    return Conclusion(
        True, (Statement("verdict", yes=bool(shared)), *said), entries=tuple(entities)
    )


def undated_year(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """A year claimed of the one thing named, whose texts give no year: not known.

    "a deep tech hub zapustili eshche v 2019 godu?" (was its initiator, as an answer).
    """
    years = {int(v) for f, v in a.values if f == "year" and v.isdigit()}
    if not a.yesno or len(entities) != 1 or not years or len(a.values) != len(years):
        return None
    stated = figures_stated(entities[0], years=True)
    # Not of an organisation: "Im AMZ-Vortrag … bis 2030?" is a year of its speaker's talk.
    if entities[0].kind not in ("platform", "initiative", "company") or any(map(_a_year, stated)):
        return None
    return unstated(entities[0])


def office(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Никитин ведь президент ТПП России?': no; his role says what he is.

    An office the vocabulary knows ("officials") claimed of a person with a role is checked
    against the role, not declined as never known.
    """
    speakers = [e for e in entities if e.kind == "speaker"]
    if not a.yesno or len(speakers) != 1 or not any(g.id == "officials" for g in a.gaps):
        return None
    person = speakers[0]
    if person.role is None:
        return None
    if "earlier" in a.cues:
        # "Разве Ильметов раньше не был мэром Самары?": his office now is known, not before.
        return unstated(person)
    scan = facts.kb.vocabulary.scan
    held = any(
        hit.group == "gaps" and hit.name == "officials"
        for text in (person.role.de, person.role.ru)
        for hit in scan(text_keys(text))
    )
    statements = (Statement("verdict", yes=held), Statement("card", person))
    return Conclusion(True, statements, entries=(person,))


def only_part(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'War die Mission nur für die Automobilindustrie?': no, a text fact says more.

    A yes/no question with "only" whose words are part of an event's text fact (its sector:
    "… der Automobilindustrie und angrenzender Branchen") claims less than it says.
    """
    event = facts.event
    only = "only" in a.cues
    # "Ging es um den Maschinenbau oder um die Automobilbranche?": which of two, one said.
    if event is None or not (only or "or" in a.cues) or not a.yesno or a.classes or a.values:
        return None
    if any(e.kind != "event" for e in entities):
        return None
    asked = [k for k in a.keys if len(k) >= 6]
    for fact, values in event.facts.items():
        for value in values:
            if not isinstance(value, Text):
                continue
            said = text_keys(value.get(a.lang))
            # Not words of values the vocabulary knows ("российской" is an origin).
            valued = {
                i
                for h in facts.kb.vocabulary.scan(said)
                if h.group == "values"
                for i in range(h.start, h.end)
            }
            said = [w for i, w in enumerate(said) if i not in valued]
            part = [k for k in asked if any(len(w) >= 6 and w[:4] == k[:4] for w in said)]
            # Its words said, but not all of them: "angrenzender Branchen" is not asked.
            rest = [w for w in said if len(w) >= 6 and not any(w[:4] == k[:4] for k in asked)]
            # Without "only", a word of it asked beside another kind: "Automobilbranche" is
            # "Automobilindustrie", "avtovaz" no "avtomobilnoi".
            chosen = [k for k in part if any(common_prefix(k, w) >= 6 for w in said)]
            if (part and rest and only) or (chosen and not only and not a.gaps):
                # "Nur Autobauer oder auch andere Branchen?" asks for no yes or no.
                verdict = () if "or" in a.cues else (Statement("verdict", yes=False),)
                statements = (*verdict, Statement("value", event, fact, values=values))
                return Conclusion(True, statements, entries=(event,))
    return None


# A question opening with "why" ("Warum fand die Mission in Moskau statt?").
WHY = re.compile(r"^\W*(?:warum|weshalb|wieso|почему|зачем|отчего|pochemu|zachem)\b", re.I)


def event_place(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Die Mission fand in Moskau statt?': the places named are the participants' places.

    Also asked why it was there ("Warum fand die Mission in Moskau statt?"): it was not.
    """
    event = facts.event
    if len(entities) != 1 or entities[0].kind != "place" or event is None:
        return None
    start = a.mentions[0].start
    after_in = a.word_before(a.mentions[0]) in PLACE_PREPOSITIONS
    if not (a.yesno or (after_in and (_where_guessed(a) or WHY.match(a.text)))):
        return None
    # "missiya byla v Moskve?": the event named, then placed there.
    placed = after_in and _names_event(a, before=start)
    if "place" not in a.predicates and not placed:
        return None
    # The first sentence of the event's text says when, where and in what form it was.
    said = (Statement("verdict", yes=False), Statement("member", event))
    return Conclusion(True, said, entries=(event,))


def _where_guessed(a: Analysis) -> bool:
    """Whether where the event was is asked, with a place guessed.

    "wo fand das statt, in Moskau?", "Wo war die Mission, in Dresden?", "a gde eto vse
    prohodilo v moskve navernoe".
    """
    return "where" in a.cues and ("it" in a.cues or a.event_at is not None)


# The match keys of words before a place within a town: "im Kongresszentrum", "в центре".
_CLOSER_PLACE = PLACE_PREPOSITIONS | {"im"}


def _names_event(a: Analysis, before: int) -> bool:
    """Whether a word for the event ("Mission", "мероприятие") comes before position ``before``."""
    return a.event_at is not None and a.event_at < before


_AT = frozenset(match_key(w) for w in ("auf", "на", "na"))  # "auf der Messe", "на выставке"


def _placed_name(a: Analysis, name: str) -> bool:
    """Whether a name the knowledge lacks follows "in", "в" as a town's does."""
    return re.search(rf"\b(?:in|im|nach|в|во|v)\s+{re.escape(name)}", a.text, re.I) is not None


def elsewhere(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'War die Mission in Dresden?', 'Миссия проходила в Лейпциге?': no, it was virtual.

    The event is named, then placed in a town no entry is in, or in another entry's town (the
    fair's Leipzig), which is said too; that entry may be named after it ("… in Leipzig, ich
    dachte, da war die Messe").
    """
    event = facts.event
    if not (a.yesno or "yes_tail" in a.cues or _where_guessed(a)) or event is None or a.gaps:
        return None
    if "participation" in a.cues and not all(_placed_name(a, n) for n in a.unknown_names):
        return None  # "Были ли на миссии BMW … с их заводами в Лейпциге?": who took part
    # "Die Mission fand ja in Sachsen statt – war das in Dresden?": only what is true of it.
    if not all(facts.has_value(event, f, v) for f, v in a.values):
        return None
    keys = a.keys
    placed = [
        i for i, k in enumerate(keys) if i and keys[i - 1] in PLACE_PREPOSITIONS and k in a.free
    ]
    # "Миссия проходила в Дрездене или в Лейпциге?": towns offered as a choice.
    offered = placed[1:] if all(keys[i - 2] in OR_KEYS for i in placed[1:]) else []
    placed = placed[:1] if offered else placed
    if len(placed) != 1:
        return None
    place = keys[placed[0]]
    there = [
        e
        for e in facts.kb.entries
        for v in e.fact("place")
        if isinstance(v, Text) and any(same_word(place, match_key(w)) for w in (v.de, v.ru))
    ][:1]
    # "War das in Dresden?": with nothing else named, a town no entry is in is the event's;
    # "War das in Leipzig?" may be about the fair.
    unnamed = not there and not a.mentions and not a.classes
    if not (_names_event(a, before=placed[0]) or unnamed):
        return None
    # A town no entry has is told by nothing else being said: "… in Dresden ein Abendessen?"
    # asks about more than the place; "in Dresden im Kongresszentrum" only places it closer.
    closer = {i for i, k in enumerate(keys) if i and keys[i - 1] in _CLOSER_PLACE}
    # "Fand die Mission in Dresden oder Chemnitz statt?": a choice of towns, none of them.
    choice = set(offered) | {
        i
        for i in range(placed[0] + 2, len(keys))
        if keys[i - 1] in OR_KEYS and keys[i] in a.foreign and not there
    }
    more = [
        k
        for i, k in enumerate(keys)
        if k in a.free and i != placed[0] and i not in closer and i not in choice
    ]
    if not there and (place not in a.foreign or more):
        return None
    # "Die Mission und die Z+intec, war beides in Leipzig?": both placed there, named before.
    # "Die Mission fand doch auf der Z+intec in Leipzig statt?": placed at the fair.
    later = all(
        (m.start > placed[0] or "both" in a.cues or _AT & set(keys[max(m.start - 2, 0) : m.start]))
        and m.entry in there
        for m in a.mentions
    )
    if not later or not {c for c in a.classes} <= {e.kind for e in there}:
        return None
    if choice:
        # Which of the towns asks for one, and none is given: in Saxony, virtual (as "In
        # welcher Stadt fand die Mission statt?").
        return Conclusion(False, (Statement("unstated"), Statement("member", event)), "gap")
    statements = [Statement("verdict", yes=False), Statement("member", event)]
    statements += [Statement("value", e, "place", values=e.fact("place")) for e in there]
    return Conclusion(True, tuple(statements), entries=(event, *there))


def placed_elsewhere(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Die Z+intec findet in Dresden statt, oder?': no, and where it is."""
    if not (a.yesno or "yes_tail" in a.cues) or a.gaps or a.values:
        return None
    if {"which", "what", "who", "where", "when", "how", "count"} & a.cues:
        return None  # "… in Klammern eine Stadt – welche Stadt war das?" asks which
    keys = a.keys
    # A place of the participants' placed it in: "z intec prohodit v moskve?".
    places = [m for m in a.mentions if m.entry.kind == "place" and m.start]
    places = [m for m in places if a.word_before(m) in PLACE_PREPOSITIONS]
    others = [e for e in entities if e.id not in {m.entry.id for m in places}]
    if len(others) != 1 or len(places) > 1:
        return None
    entity = others[0]
    said = town_keys(entity)
    if len(a.foreign) > 2:
        return None
    # Not where the asker is: "Я работаю в отделе продаж автобусов. Участвовал ли …?".
    after = [
        i
        for i, k in enumerate(keys)
        if i and keys[i - 1] in PLACE_PREPOSITIONS and k not in a.aside
    ]
    if not said:
        # "Die Repräsentanz der Handelskammer sitzt in Berlin, stimmt's?": where it is, is
        # not said ("in Deutschland" is a value, checked by other frames).
        town = [i for i in after if keys[i] in a.free] + [m.start for m in places]
        if entity.kind not in _SEATED or len(town) != 1:
            return None
        seated = seat_claim(a, entity, facts)
        if seated is not None:
            return seated
        said_not = Statement("no_value", entity, "place")
        return Conclusion(False, (said_not, Statement("card", entity)), "gap", (entity,))
    placed = [i for i in after if keys[i] in a.foreign] + [m.start for m in places]
    if len(placed) != 1 or any(same_word(keys[placed[0]], k) for k in said):
        return None
    if entity.kind in _SEATED and not places:
        # "Der SIBB sitzt in Potsdam, oder?": a town the knowledge does not know may lie in
        # the region a body's name gives; what is said is that region, not "no".
        where = Statement("value", entity, "place", values=entity.fact("place"))
        return Conclusion(False, (Statement("unstated"), where), "gap", (entity,))
    return _is_elsewhere(a, entity)


# Kinds of entries that have a seat somewhere, said or not.
_SEATED = frozenset({"organizer", "organization", "company"})


def _is_elsewhere(a: Analysis, subject: Entry) -> Conclusion:
    """No, and where ``subject`` is; and when, if asked or a month is claimed too."""
    where = [
        Statement("verdict", yes=False),
        Statement("value", subject, "place", values=subject.fact("place")),
    ]
    # "… в мае 2021 в Дрездене?": a month claimed too is corrected too.
    dated = "when" in a.cues or any(f in ("month", "date") for f, _ in a.values)
    if dated and subject.fact("date"):
        where.append(Statement("value", subject, "date", values=subject.fact("date")))
    return Conclusion(True, tuple(where), entries=(subject,))


def figure(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """A yes/no about one entry with a figure in it: whether its answer gives that figure."""
    if not a.yesno or len(entities) != 1:
        return None
    name = entities[0].name
    named = set(numbers(f"{name.de} {name.ru}", years=True))  # the 2021 of "Z + intec 2021"
    said = [
        n for n in numbers(a.text, years=True, spelled=False) if n not in named | days_of_dates(a)
    ]
    if len(said) != 1:
        return None
    if entities[0].kind == "speaker" and _AN_AGE.search(a.text):
        # "Thomas Richter ist doch schon über 50, oder?": an age, which is not given (not
        # "no, 50 is not among his figures").
        return unstated(entities[0])
    known = numbers(entities[0].answer.get(a.lang), years=True, spelled=False)
    if known and not _a_year(said[0]) and all(map(_a_year, known)):
        # "Mehr als 50 Mitglieder hat der Expertenkreis, oder?": a count of an entry whose
        # only figures are years is not given (not "no, 50 is not among its figures").
        return unstated(entities[0])
    yes = said[0] in known
    if not yes and entities[0].kind == "speaker":
        # "Hat Krainov die Strategie bis 2025 erklärt?": no; who spoke of 2025 is known.
        theirs = said_by_another(
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


def another_day(a: Analysis, speaker: Entry, facts: Facts) -> bool:
    """Whether a question claims a day a speaker did not speak on, whatever he spoke about.

    "Richter hat am 10. November über die Lage der Branche berichtet, richtig?": no, on the
    first day.
    """
    days = [v for f, v in a.values if f == "day"]
    return bool(days and speaker.fact("day")) and not all(
        facts.has_value(speaker, "day", v) for v in days
    )


def days_of_dates(a: Analysis) -> set[int]:
    """The days of the month of the dates a question names: "am 10. November" claims a day."""
    return {int(v.split("-")[-1]) for f, v in a.values if f == "date"}


def _a_year(n: int) -> bool:
    return 1900 <= n <= 2100


# "über 50", "knapp 60", "ему за 50": a person's age, a bare two-digit figure ending a clause.
_AN_AGE = re.compile(
    r"(?i)(?<!\w)(?:über|ueber|uber|unter|fast|knapp|schon|etwa|за|под|около|старше|моложе)\s+"
    r"\d{2}(?:\s+(?:jahre|jahren|лет|let))?\s*(?:[,?!.]|$|oder\b|или\b|ili\b)"
)


def unnamed_figure(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Die E-Auto-Strategie geht bis 2030, richtig?': the figure of what its words describe.

    No entry named: the one entry whose texts use every word of the claim and that gives a
    figure is checked, not the event (it got "Nein" and the event's dates).
    """
    if not a.yesno or entities or a.classes or a.foreign or a.event_at is not None:
        return None  # "…, die Mission sei 2019 gewesen?" is about the event
    if a.gaps:
        return None  # "лучший электромобиль 2020?": what no text can say
    said = numbers(to_cyrillic(a.text) if a.latin_russian else a.text, years=True, spelled=False)
    words = [k for k in a.known_free if len(k) >= 5]
    if len(said) != 1 or not words:
        return None
    # The one entry giving a figure whose texts use most of the words, and at least half.
    scored = [
        (sum(facts.says(e, (k,), strictly=True) for k in words), e)
        for e in facts.kb.entries
        if e.kind not in ("list", "event") and numbers(e.answer.get(a.lang), years=True)
    ]
    best = max((n for n, _ in scored), default=0)
    holders = [e for n, e in scored if n == best]
    if 2 * best < len(words) or best == 0 or len(holders) != 1:
        return None
    holder = holders[0]
    yes = said[0] in numbers(holder.answer.get(a.lang), years=True, spelled=False)
    return Conclusion(
        True, (Statement("verdict", yes=yes), Statement("card", holder)), entries=(holder,)
    )


def which_of(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Про локализацию — это у Крайнова было или у Вахтлера?': the one whose texts say it.

    "Какой инструмент Никитин предложил для поиска партнёров – Deep Tech Hub или
    IndustryStock?": the alternatives are the entries of one kind, another named beside them.
    """
    kinds = [e.kind for e in entities]
    alternatives = [e for e in entities if kinds.count(e.kind) >= 2]
    if len(alternatives) < len(entities) - 1 or len({e.kind for e in alternatives}) > 1:
        return None
    if not 2 <= len(alternatives) <= 3 or "or" not in a.cues or not a.free:
        return None
    saying = [e for e in alternatives if facts.says_in_words(e, a.free)]
    if len(saying) != 1:
        return None
    return told(saying[0])


# "Wachtler war der Vizeminister": words that say one is the other, and nothing more.
_IS = frozenset(
    {
        "var",
        "ist",
        "sei",
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "eto",
        "bil",
        "bila",
        "est",
        "ved",
        "she",
        "vohl",
        "doh",
        "tot",
        "kotori",
    }
)


def same_person(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wachtler war der Vizeminister aus Samara, oder?': one speaker is not another."""
    # "… замминистра Самарской области?": the word for a region asks for none.
    asked = set(a.predicates) - {"region"}
    if not a.yesno or asked or len(entities) < 2 or a.cues & {"earlier", "later", "same"}:
        return None
    first, second = a.mentions[0], a.mentions[1]
    if not first.entry.kind == second.entry.kind == "speaker" or first.entry is second.entry:
        return None
    if not set(a.keys[first.end : second.start]) <= _IS:
        return None
    said = (Statement("verdict", yes=False), Statement("card", second.entry))
    return Conclusion(
        True, (*said, Statement("card", first.entry)), entries=(second.entry, first.entry)
    )


def _topic_of_another(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Krajnow vom APM-Cluster hat über die E-Auto-Strategie geredet?': no, another did.

    A speaker and what he belongs to, and a topic only another speaker's texts have.
    """
    speakers = [e for e in entities if e.kind == "speaker"]
    if "about" not in a.cues or len(speakers) != 1:
        return None
    speaker = speakers[0]
    other = next(e for e in entities if e is not speaker)
    if not any(o.id == other.id for _, o, _ in facts.related(speaker)):
        # "Крайнов ведь рассказывал про IndustryStock?": no, another presented it.
        theirs = said_by_another(
            speaker,
            lambda e: any(o.id == other.id for _, o, _ in facts.related(e, "presented")),
            facts,
        )
        also = "also" in a.cues or _ALSO_ABOUT.search(a.text) is not None
        if theirs is None and also and other.kind == "place":
            # "hat Ilmetow auch über Tatarstan gesprochen": his own region he presented;
            # whether he spoke of another as well is not said ("… über Saratow gesprochen,
            # oder?" claims the one he presented, and is "no").
            return unstated(speaker)
        return theirs
    topic = a.known_free
    if a.topic and not facts.says(speaker, a.topic):
        # "Hat der Krainov von APM auch über Elektroautos gesprochen?": a topic his texts do
        # not have, asked of a speaker named with his cluster: another's, or not known; not
        # "yes, he is from it".
        theirs = said_by_another(speaker, lambda e: facts.says(e, a.topic), facts)
        return theirs or unstated(speaker)
    if not topic or facts.says(speaker, topic):
        return None
    return said_by_another(speaker, lambda e: facts.says(e, topic), facts)


def linked_to_each(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Hat Nikitin IndustryStock und den Deep Tech Hub vorgestellt?': yes if to each.

    One thing and several others in a yes/no question, with the relation asked: whether the
    one is linked by it to each of the others, and what it is linked to.
    """
    asked = {p for p in a.predicates if p in RELATIONS}
    choice = "or" in a.cues and not _or_at_the_end(a)  # not "…, oder?"
    if not a.yesno or len(entities) < 3 or len(asked) != 1 or choice:
        return None
    (relation,) = asked
    subjects = [e for e in entities if any(f for _, _, f in facts.related(e, relation))]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    linked = tuple(o for _, o, forward in facts.related(subject, relation) if forward)
    others = [e for e in entities if e.id != subject.id]
    yes = all(any(o.id == e.id for o in linked) for e in others)
    said = [Statement("verdict", yes=yes), Statement("value", subject, relation, items=linked)]
    # "Haben Richter und Nikitin IndustryStock vorgestellt?": and what the other one did.
    said += [Statement("card", e) for e in others if e.kind == subject.kind]
    return Conclusion(True, tuple(said), entries=(subject, *others))


def several_linked(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Haben sich HUDWAY und ctp.aero beim Deep Tech Hub angemeldet?': as of one of them.

    Several companies or places and one other thing, in a yes/no question: nothing links
    them to it, so that they took part is all that is known of them.
    """
    members = [e for e in entities if e.kind in ("company", "place")]
    things = [e for e in entities if e not in members]
    if not a.yesno or len(members) < 2 or len(things) != 1 or things[0].kind == "event":
        return None
    if any(o.id == things[0].id for e in members for _, o, _ in facts.related(e)):
        return None
    said = (Statement("unstated"), *(Statement("member", e) for e in members))
    return Conclusion(False, said, "gap", tuple(members))


def check_pair(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """Two things named in a yes/no question: say whether they are linked, and how."""
    # "Кто выступал первым — Рихтер или Ильметов?" compares two speakers without a yes or no.
    order = bool({"earlier", "later"} & a.cues) and all(e.kind == "speaker" for e in entities)
    # "Рихтер и Ильметов выступали в разные дни?": when they spoke, not whether.
    days = bool(_DAYS_COMPARED & a.cues)
    if len(entities) != 2 or not (a.yesno or order) or (_took_part(a, entities) and not days):
        return None
    if "besides" in a.cues and all(e.kind == "activity" for e in entities):
        return None  # "Кроме нетворкинга, были ли там презентации?": whether the other was
    first, second = entities
    topic = _topic_of_another(a, entities, facts)
    if topic is not None:
        return topic
    if "identical" in a.cues and first.id != second.id:
        # "AMZ und APM, das ist doch dasselbe?": two entries are two things; what each is.
        return Conclusion(
            True,
            (Statement("verdict", yes=False), Statement("card", first), Statement("card", second)),
            entries=(first, second),
        )
    if first.kind in ("company", "place") and second.kind in ("company", "place"):
        return None
    people = [e for e in entities if e.kind == "speaker"]
    if len(people) == 1 and any(f == "day" for f, _ in a.values):
        # "Krainov, der APM-Geschäftsführer – war der am ersten oder am zweiten Tag dran?":
        # the body names whose man he is; his day is asked.
        other = second if people[0] is first else first
        if any(o.id == other.id for _, o, _ in facts.related(people[0])):
            return claim(a, people, facts)
    if first.kind == second.kind == "speaker" and (
        "day" in a.predicates
        or {"earlier", "later", "same", "different"} & a.cues
        or any(f == "day" for f, _ in a.values)
    ):
        if (
            "only" in a.cues
            and first.day
            and first.day == second.day
            and _others_may_have_spoken((first, second), first.day, facts)
        ):
            # "Sprachen am ersten Tag nur Richter und Ilmetow?": both did; whether they alone
            # did is not known while a speaker's day is not given.
            unknown = (Statement("unstated"), day_statement(first), day_statement(second))
            return Conclusion(False, unknown, "gap", (first, second))
        compared = _same_day(first, second, a.cues)
        claimed = [int(v) for f, v in a.values if f == "day" and v.isdigit()]
        both = {"earlier", "later", "different"}.isdisjoint(a.cues)
        if len(claimed) == 1 and both and compared.answered and first.day and second.day:
            # "Sprachen Richter und Ilmetow am zweiten Tag?": both on the day claimed, not
            # only on one day; "В первый день выступали Рихтер и Никитин?": no, and who else
            # spoke that day.
            day = claimed[0]
            yes = first.day == second.day == day
            speakers = facts.kb.of_kind("speaker")
            others = (
                [] if yes else [e for e in speakers if e.day == day and e not in (first, second)]
            )
            said = [
                Statement("verdict", yes=yes) if s.what == "verdict" else s
                for s in compared.statements
            ]
            said += [day_statement(e) for e in others]
            compared = replace(compared, statements=tuple(said))
        return compared
    links = [link for link in facts.related(first) if link[1].id == second.id]
    # The facts asked for, or else those that link the first to things like the second:
    # "Рихтер ведь из ТПП?" asks for Richter's organization.
    wanted = [p for p in a.predicates if p in RELATIONS] or [
        p for p, o, _ in facts.related(first) if _family(o.kind) == _family(second.kind)
    ]
    explicit = [p for p in a.predicates if p in RELATIONS]
    choice = "or" in a.cues and not _or_at_the_end(a)
    if choice and len(set(explicit)) > 1 and len(sentence_starts(a)) <= 1:
        # "Hat die HIK den Deep Tech Hub gegründet oder nur unterstützt?": a choice, answered by
        # who did each, not by a yes.
        said = [
            Statement(
                "value", e, p, items=tuple(o for _, o, forward in facts.related(e, p) if forward)
            )
            for e in entities
            for p in dict.fromkeys(explicit)
            if any(forward for _, _, forward in facts.related(e, p))
        ]
        if said:
            return Conclusion(True, tuple(said), entries=(first, second))
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
    if explicit == ["partner"] and not links:
        # "Gibt es zwischen der WFS und der HIK-Repräsentanz einen festen Kooperationsvertrag?":
        # an agreement the release does not tell of may still exist; "no" would be a guess.
        statements = [Statement("unstated"), *(Statement("card", e) for e in entities)]
        return Conclusion(False, tuple(statements), "gap", (first, second))
    founding = bool(explicit) and set(explicit) <= {"initiator", "supporter"}
    if founding and not links and not any(facts.related(e, p) for e in entities for p in explicit):
        # "Hat Nikitin IndustryStock selbst gegründet?": neither founded anything, and who
        # founded it is not known, so "no" would be a guess ("IndustryStock wurde vom SIBB
        # initiiert?" is no: the SIBB initiated the other platform).
        statements = [Statement("unstated"), *(Statement("card", e) for e in entities)]
        return Conclusion(False, tuple(statements), "gap", (first, second))
    # "Hat Richter zur Z+intec 2020 eingeladen?": linked, but not to a fair of that year.
    wrong = [
        (e, f) for e in entities for f, v in a.values if e.fact(f) and v not in map(str, e.fact(f))
    ]
    # "Hat Richter zur 15. Z+intec eingeladen?": linked, but a figure neither one states.
    in_names = {
        n
        for e in entities
        for name in (e.name.de, e.name.ru)
        for n in numbers(name, spelled=False)
    }
    figures = set(numbers(a.text, spelled=False)) - in_names - figures_stated(*entities)
    statements = [Statement("verdict", yes=bool(links) and not wrong and not figures)]
    if links and figures and not wrong:
        statements.append(Statement("card", second))
    elif links and figures and any(e is second for e, _ in wrong):
        # "Richter hat zur 15. Z+intec im April eingeladen?": its card tells both.
        statements.append(Statement("card", second))
        wrong = [(e, f) for e, f in wrong if e is not second]
    if links:
        # A wrong year or month is corrected by the date ("März 2021").
        corrected = {
            (e.id, "date" if f in ("year", "month") and e.fact("date") else f): e for e, f in wrong
        }
        statements += [
            Statement("value", e, f, values=e.fact(f)) for (_, f), e in corrected.items()
        ]
        statements.append(Statement("card", first))
    else:
        # Say what is true instead: what each of the two is linked to by the facts asked.
        predicates = wanted or [p for p, _, _ in facts.related(first)][:1]
        # "… ein Projekt der HIK?": no, SIBB initiated it, and how the HIK is linked to it
        # (the head of a cluster is not said to work there as well).
        named = {o.id for p, o, _ in facts.related(first) if p in predicates}
        predicates += [
            p for p, o, _ in facts.related(first)
            if _family(o.kind) == _family(second.kind) and o.id not in named
        ]  # fmt: skip
        predicates = list(dict.fromkeys(predicates))  # each said once, though many link so
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
        if any(f == "day" for f, _ in a.values):
            # "Die Einladung zur Messe hat am zweiten Tag Nikitin ausgesprochen?": and the day
            # of the one who did.
            did = {
                o.id: o
                for e in (first, second)
                for _, o, _ in facts.related(e)
                if o.kind == "speaker" and o not in entities
            }
            statements += [day_statement(o) for o in did.values()]
    return Conclusion(True, tuple(statements), entries=(first, second))


def _family(kind: str) -> str:
    # "Der Deep Tech Hub ist doch ein Projekt der WFS?": an organizer is an organization,
    # so the hub's initiator (SIBB) is said beside its supporter.
    return "organization" if kind == "organizer" else kind


def class_link(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Wurde die Plattform für Startups von der HIK gegründet?': the link, checked.

    On the one of the class the question describes (the platform for startups).
    """
    asked = tuple(p for p in (*a.predicates, *a.described) if p in RELATIONS)
    if not a.yesno or len(entities) != 1 or not a.classes or not asked:
        return None
    if figures_claimed(a):
        return None  # "Nikitin hat vier neue Plattformen präsentiert?": how many, not which
    cls = main_class(a)
    items = narrow(a, facts.of_class(cls), facts, cls)
    if len(items) != 1 or items[0] is entities[0] or entities[0].kind == items[0].kind:
        return None
    return check_pair(replace(a, predicates=asked, classes=()), [items[0], entities[0]], facts)


def _one_of_a_kind(entry: Entry, kind: str, facts: Facts) -> bool:
    """Whether ``entry`` is linked to things of ``kind`` by a fact that has one value.

    Samara's one speaker is Ilmetov, so "Wachtler war der Vizeminister aus Samara?" is a
    clear no; that Richter invited to the fair says nothing of whether Ilmetov goes there.
    """
    return any(o.kind == kind for p, o, _ in facts.related(entry) if p in SINGLE_VALUED)


def _others_may_have_spoken(named: Sequence[Entry], day: int, facts: Facts) -> bool:
    """Whether a speaker besides ``named`` spoke on ``day`` or may have (his day not given)."""
    ids = {e.id for e in named}
    return any(not s.day or s.day == day for s in facts.kb.of_kind("speaker") if s.id not in ids)


def _same_day(first: Entry, second: Entry, cues: frozenset[str]) -> Conclusion:
    """Two speakers' days compared: the same day, or (with "раньше", "später") the order."""
    known = bool(first.day and second.day)
    if {"earlier", "later"} & cues and known and first.day == second.day:
        # "Кто выступал первым в первый день — Рихтер или Ильметов?": the same day; the
        # order within it is not given.
        said = (Statement("unstated"), *(day_statement(e) for e in (first, second)))
        return Conclusion(False, said, "gap", (first, second))
    if "earlier" in cues:
        same = known and (first.day or 0) < (second.day or 0)
    elif "later" in cues:
        same = known and (first.day or 0) > (second.day or 0)
    elif "different" in cues:
        same = known and first.day != second.day  # "выступали в разные дни?"
    else:
        same = known and first.day == second.day
    # "Wer war früher dran, Richter oder Nikitin?" asks which, not whether.
    asks_which = bool({"who", "which"} & cues)
    statements = [Statement("verdict", yes=same)] if known and not asks_which else []
    statements += [day_statement(e) for e in (first, second)]
    return Conclusion(known, tuple(statements), "answered" if known else "gap", (first, second))


def _kinds_in_names(a: Analysis, facts: Facts) -> bool:
    """Whether every word for a kind of place is in or right beside a place named.

    "Саратовская область", "Республика Мордовия": the kind is a word of the name, not asked.
    """
    places = [m for m in a.mentions if m.entry.kind == "place"]
    kinds = [
        h
        for h in facts.kb.vocabulary.scan(a.keys)
        if h.group == "classes" and h.name in PLACE_CLASSES
    ]
    return bool(places and kinds) and all(
        any(m.start - 1 <= h.start and h.end <= m.end + 1 for m in places) for h in kinds
    )


# "… oder nicht?", "… или нет?": a yes or no asked, no choice.
_NOT = frozenset(match_key(w) for w in ("nicht", "нет", "net"))


# Endings of a word made from a place's name ("Moskauer", "московские", "omskie"), by key.
_OF_A_PLACE = ("er", "skie", "skih", "skii", "skoi", "skaia", "skogo", "skuiu", "skimi", "skoe")


# Services given to a kind: "услуги немецким компаниям", "Services für deutsche Firmen".
_SERVICES = frozenset(match_key(w) for w in ("услуги", "uslugi", "services", "dienste"))


def _chooses(a: Analysis) -> bool:
    """Whether "oder", "или" offers a choice; not as the tail of a yes/no question ("…, oder?")."""
    ors = [i for i, k in enumerate(a.keys) if k in ("oder", "ili")]
    return "or" in a.cues and ors != [len(a.keys) - 1]


def from_a_firms_town(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'АТК — это компания из Тольятти?': a town known only from another firm's name.

    "из Тольятти" names ProgressTlt (Tolyatti); where ATK is from is not said, and that the
    town is in the other firm's name is.
    """
    if not (a.yesno or "yes_tail" in a.cues) or len(entities) != 2:
        return None
    if any(e.kind != "company" for e in entities):
        return None
    placed = [m.entry for m in a.mentions if a.word_before(m) in FROM_KEYS]
    if len(placed) != 1 or not placed[0].fact("place"):
        return None
    (subject,) = [e for e in entities if e is not placed[0]]
    if subject.fact("place"):
        return None
    said = (Statement("unstated"), Statement("member", subject), Statement("member", placed[0]))
    return Conclusion(False, said, "gap", (subject, placed[0]))


def is_a(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """Whether a named entry is of the kind a question names, or which of two it is.

    "SIBB — один из организаторов?" (no, and the organizers), "Ist Omsk eine Stadt?",
    "Kaluga – steht das als Stadt oder als Region in der Liste?".
    """
    # "kurgan eto gorod ili oblast": two kinds with "or" ask which, without a question mark.
    which = _chooses(a) and len(a.classes) == 2
    if not (a.yesno or which) or not entities or not a.classes:
        return None
    if len(entities) > 1:
        # "Ist Deep Tech Hub eine Plattform oder eine Messe?": the one fair, named by its
        # class word, is a kind offered, not a second thing asked about; so in "Ist
        # IndustryStock eine Messe (wie die Z+intec)?".
        ones = {e.id for c in a.classes if len(m := facts.of_class(c)) == 1 for e in m}
        rest = [e for e in entities if e.id not in ones]
        # Not "Hat Nikitin zur Messe eingeladen?": what one did with the other.
        apart = (
            len(rest) == 1
            and rest[0].kind != "speaker"  # "Был ли Ильметов лично на выставке?": where
            and not a.predicates
            and not any(rest[0] in facts.of_class(c) for c in a.classes)
            and not any(o.id in ones for _, o, _ in facts.related(rest[0]))
        )
        entities = rest if len(rest) == 1 and (which or apart) else entities
    if "spoke" in a.cues and a.classes == ("speaker",):
        return None  # "Hat Krainov in seinem Vortrag … erklärt?" asks what he said
    if _DAYS_COMPARED & a.cues and len(entities) == 2:
        return None  # "Lagen die Vorträge von Ilmetow und Nikitin am selben Tag?": their days
    if {"spoke", "about"} <= a.cues and entities[0].kind == "speaker":
        return None  # "Hat Richter über russische Firmen gesprochen?": of what, not a kind
    if {"presented", "invited_to"} & set(a.predicates) and entities[0].kind == "speaker":
        # "Hat nur Nikitin Plattformen vorgestellt?", "Wachtler hat die Firmen zur Messe
        # eingeladen, oder?": what he did, no kind.
        return None
    if "audience" in a.predicates or _SERVICES & set(a.free):
        # "IndustryStock – für alle Firmen oder nur für Mitglieder?", "Ist IndustryStock für
        # alle Firmen?", "… будет предоставлять услуги немецким компаниям?": for whom, no
        # kind.
        return None
    if "begin" in a.cues and any(f == "day" for f, _ in a.values):
        return None  # "Второй день начался с выступления Крайнова?": who opened it, no kind
    if len(entities) > 1 and {"which", "or"} <= a.cues and a.free and not which:
        return None  # "Welche Plattform ist für die Partnersuche – X oder Y?" (which_of)
    if "participation" in a.cues and not which and _kinds_in_names(a, facts):
        # "Саратовская область и Мордовия участвовали?": whether they took part; the class
        # word is one of a name ("Мордовия" is no "область", yet it took part).
        return None
    if len(entities) > 1:
        return _are_all(a, entities, facts)
    entity = entities[0]
    if any(entity.fact(f) for f, _ in a.values):
        return None  # "Полад — немецкая компания?": the origin is checked (claim)
    origin = any(f == "origin" for f, _ in a.values) and "only" not in a.cues  # "nur für …"
    if a.yesno and origin and entity.kind == "platform":
        # "IndustryStock – eto rossiyskaya platforma?": where it is from is not said.
        return unstated(entity)
    if any(a.word_before(m) in FROM_KEYS for m in a.mentions):
        return None  # "Waren Unternehmen aus Karelien vertreten?" asks who came from there
    if "there" in a.cues and entity.kind == "place":
        return None  # "… Partner in Omsk. Waren von dort Firmen dabei?": the same
    if entity.kind == "place" and any(
        a.keys[m.end - 1].endswith(_OF_A_PLACE) for m in a.mentions if m.entry is entity
    ):
        return None  # "Waren Moskauer Firmen dabei?", "московские компании": from there
    classes = [c for c in a.classes if c in CLASS_KINDS and c not in ("day", "participant")]
    if len(classes) != len(a.classes) or len(classes) > 3:
        return None
    kinds = ("organization", "organizer", "company", "place", "speaker", "platform", "initiative")
    if entity.kind not in kinds:
        return None
    own = _class_of(entity, facts)
    statements = [Statement("kind_of", entity, own)] if own else []
    if len(classes) == 1:
        yes = entity in facts.of_class(classes[0])
        claimed = a.known_free
        if yes and a.foreign and entity.kind == "company":
            # "HUDWAY — это навигационная компания?": a company, and of what kind is not said.
            return unstated(entity, "member")
        if yes and any(not facts.says(entity, (k,)) for k in claimed):
            # "IndustryStock ist eine Plattform für Startups?": more is claimed than the
            # kind, and its texts do not say it; no, when one other of the kind is said to
            # be that (the Deep Tech Hub); else what its texts say.
            members = facts.of_class(classes[0])
            return _said_of_another(entity, members, claimed, facts) or told(entity)
        members = facts.of_class(classes[0])
        alone = "only" in a.cues and len(members) > 1
        # "Die Mission wurde von der WFS allein organisiert, oder?": one of several. To "APM
        # hat doch gar nicht mitorganisiert, oder?" a yes or no is unclear: what it is says it.
        negated = {"negation", "except"} & a.cues and not {"besides", "rest"} & a.cues
        # "APM – это кластер или фирма?": one kind offered of two; not that one is no answer.
        # Not "…, oder?", "… oder nicht?", which ask yes or no.
        pairs = pairwise(a.keys)
        choice = (
            not yes and "or" in a.cues and any(k in OR_KEYS and n not in _NOT for k, n in pairs)
        )
        if not (negated or choice):
            statements.insert(0, Statement("verdict", yes=yes and not alone))
        if (alone or not yes) and classes[0] in ("organizer", "speaker", "platform"):
            # The release names all of them: which they are.
            statements.append(Statement("count", detail=classes[0], items=tuple(members)))
    statements.append(Statement("member", entity))
    return Conclusion(True, tuple(statements), entries=(entity,))


def said_of_one_other(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Ist der Deep Tech Hub für die Partnersuche?': no, when another of its kind is that."""
    asked = set(a.predicates) - {"audience"}  # "… für Startups gedacht?"
    if not a.yesno or len(entities) != 1 or a.classes or a.values or asked or a.gaps:
        return None
    if "or" in a.cues and not _or_at_the_end(a):
        return None  # "IndustryStock – für die Partnersuche oder für Startups?" asks which
    entity = entities[0]
    own = _class_of(entity, facts)
    # Platforms are told apart by what they are for; people and firms by far more than a
    # word ("Hat Wachtler eine direkte Durchwahl?" is no claim that he is Krainov).
    if entity.kind != "platform" or not own or not a.known_free:
        return None
    other = _said_of_another(entity, facts.of_class(own), a.known_free, facts)
    # "Der Deep Tech Hub richtet sich an Autokonzerne, richtig?": whom it is for, as said.
    return other or (told(entity) if "audience" in a.predicates else None)


def swapped(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'IndustryStock ist für Startups und Deep Tech Hub für die Partnersuche, oder umgekehrt?'.

    Two platforms, each claimed to be what the words after its name say: yes when each is,
    no when it is the other way round.
    """
    # "Deep Tech Hub = Plattform für Geschäftspartnersuche, IndustryStock = Plattform für
    # Startups. Passt das so?": the kind of both, named, claims nothing more.
    if not a.yesno or len(entities) != 2 or set(a.classes) - {"platform"} or a.values or a.gaps:
        return None
    if any(e.kind != "platform" for e in entities):
        return None
    named = sorted((m for m in a.mentions if m.entry in entities), key=lambda m: m.start)
    if len(named) != 2 or named[0].entry is named[1].entry:
        return None
    known = set(a.known_free)
    bounds = (named[0].end, named[1].start), (named[1].end, len(a.keys))
    claimed = [[k for k in a.keys[lo:hi] if k in known] for lo, hi in bounds]
    if not all(claimed):
        return None
    own = [m.entry for m in named]
    pairs = list(zip(own, own[::-1], claimed, strict=True))
    holds = [all(facts.says_in_words(e, (k,)) for k in ks) for e, _, ks in pairs]
    turned = [
        all(facts.says_in_words(other, (k,)) and not facts.says(e, (k,)) for k in ks)
        for e, other, ks in pairs
    ]
    if not (all(holds) or all(turned)):
        return None
    said = (Statement("verdict", yes=all(holds)), *(Statement("card", e) for e in own))
    return Conclusion(True, said, entries=tuple(own))


def _said_of_another(
    entity: Entry, members: list[Entry], claimed: Sequence[str], facts: Facts
) -> Conclusion | None:
    """No, and both, when only one other of ``members`` is said to be what is claimed."""
    unsaid = [k for k in claimed if not facts.says(entity, (k,))]
    others = [e for e in members if e is not entity and facts.says_in_words(e, unsaid)]
    if not unsaid or len(others) != 1:
        return None
    other = others[0]
    if not all(facts.says_in_words(other, (k,)) for k in unsaid):
        return None
    said = (Statement("verdict", yes=False), Statement("card", entity), Statement("card", other))
    return Conclusion(True, said, entries=(entity, other))


def _are_all(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Sind Omsk und Samara Städte?', 'Gehören AMZ und APM zu den Veranstaltern?'."""
    classes = [c for c in a.classes if c in CLASS_KINDS and c not in ("day", "participant")]
    if _chooses(a) and len(classes) == 2 and not a.values and len({e.kind for e in entities}) == 1:
        # "kurgan und kaluga stehen im text als städte oder als regionen": which each is.
        owns = [(e, _class_of(e, facts)) for e in entities]
        if not all(own for _, own in owns):
            return None
        said = tuple(Statement("kind_of", e, own) for e, own in owns)
        return Conclusion(True, said, entries=tuple(entities))
    if len(classes) != 1 or len(entities) > 6 or a.values:
        return None
    members = facts.of_class(classes[0])
    # "Waren IndustryStock und Deep Tech Hub Veranstalter?": things that could organize.
    could = {"organization", "platform", "company", "initiative"}
    kinds = {CLASS_KINDS[classes[0]][0]} | (could if classes[0] == "organizer" else set())
    if any(e.kind not in kinds for e in entities):
        return None  # "Ильметов — министр Самарской области?" is about him, not the region
    if "whole" in a.cues and all(e in members for e in entities):
        # "Mordowien, Tatarstan und Karelien – sind das alle Republiken?": no, all four.
        yes = len(entities) == len(members)
        listed = Statement("items", detail=classes[0], items=tuple(members))
        return Conclusion(True, (Statement("verdict", yes=yes), listed), entries=tuple(members))
    statements = [Statement("verdict", yes=all(e in members for e in entities))]
    for e in entities:
        own = _class_of(e, facts)
        statements.append(Statement("kind_of", e, own) if own else Statement("member", e))
    some = {e.id for e in entities} < {e.id for e in members}
    if len(entities) >= 2 and classes[0] == "organizer" and some:
        # "Veranstalter waren WFS, AMZ und APM, richtig?": those three were; so was a fourth,
        # in the list of all of them.
        listed = Statement("count", detail=classes[0], items=tuple(members))
        statements = [statements[0], listed]
    return Conclusion(True, tuple(statements), entries=tuple(entities))


def _class_of(entry: Entry, facts: Facts) -> str:
    """The class word an entry is listed under ("city" for Kaluga, "company" for Kineshma)."""
    # The narrowest: Tatarstan is among the regions in the broad sense, and a republic.
    # ("oblast" is "region" without the republics, worded as a region.)
    classes = [c for c in CLASS_KINDS if c not in ("day", "oblast") and entry in facts.of_class(c)]
    return min(classes, key=lambda c: len(facts.of_class(c)), default="")


def unsaid(a: Analysis, entities: list[Entry], facts: Facts) -> Conclusion | None:
    """'Говорит ли Рихтер по-русски?': a yes/no about a person in words no text uses."""
    if not a.yesno or len(entities) != 1 or entities[0].kind != "speaker" or not a.foreign:
        return None
    if a.values or a.classes or a.predicates:
        return None
    return unstated(entities[0])
