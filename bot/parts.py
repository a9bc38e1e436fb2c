"""Several questions in one message, each answered from the facts on its own.

"Wer hat organisiert und wann lief sie?" is two questions; "Wann und wo findet sie statt?" is
one. A message is split where a second question begins (after a question mark, or "und"/"и"
before a question word); every part is analysed alone, with what an earlier part named
carried over where the part points back to it ("… и какие компании оттуда?"), and answered by
:func:`bot.reasoning.reason`. Only when every part is answered, or said to be unknown, are the
parts answered one by one; otherwise the message is answered whole.

Pure Python, no Telegram.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

from . import claims
from .analysis import (
    AT_IT,
    FROM_KEYS,
    OUR_PLACE,
    SINGLE_KINDS,
    WH_CUES,
    Analysis,
    Analyzer,
    Mention,
    about_the_asker,
    sentences,
)
from .facts import PLACE_CLASSES, Conclusion, Facts, Statement, class_kind
from .knowledge import Entry
from .reasoning import place_in_list, reason
from .text import QUESTION_WORDS, has_letters, match_key, words
from .vocabulary import ABBREVIATION_GAPS

MAX_PARTS = 3  # more questions in one message are answered whole

# Cues of a part pointing back to what came before it: "er", "он", "das", "это", "dort".
_POINTING = frozenset({"he", "it", "there", "of_them", "also"})
# "sie", "она", "ona", "оно": the event named before, when nothing else was.
_SHE = frozenset({"sie", "ona", "ana", "ono"})
# "… und wer hat sie initiiert?", "… и кто их создал?": the things asked about before.
_THEY = frozenset(match_key(w) for w in "sie они их им ими oni ikh ih".split())

# "… и кто её придумал?": a thing named before ("её" is no cue: "ее" is also a typo).
_HER = frozenset(match_key(w) for w in "её ее ей ней".split())
# "… Для кого эта платформа?": the thing of that kind named before.
_THIS = frozenset(
    match_key(w) for w in "эта этот эту этой этого diese dieser dieses diesen diesem".split()
)
# "… und wer hielt den ersten Vortrag?": the first of the day named before.
_FIRST = frozenset(
    match_key(w) for w in "ersten erste erster первый первым первого pervyi pervym".split()
)
# "… в тот день", "… an diesem Tag": the day a part before named.
_THAT_DAY = frozenset(
    (match_key(this), match_key(day))
    for this, day in (
        ("тот", "день"),
        ("этот", "день"),
        ("tot", "den"),
        ("etot", "den"),
        ("dem", "tag"),
        ("diesem", "tag"),
        ("jenem", "tag"),
        ("demselben", "tag"),
    )
)

# "…, und in welchem Monat war das?": when and where "das" was is the event's.
_OF_THE_EVENT = frozenset({"day", "month", "date", "year", "place", "format"})

# Verbs that open a yes/no question after "und", "и": "…, und kostet die Teilnahme etwas?"
_YES_NO_VERBS = frozenset(
    "wurde wurden war waren gab gibt ging ist sind hat hatte haben begann endete fand kostet "
    "kostete kann konnte darf durfte wird werden было был была были есть стоит стоило можно "
    "будет bylo byl byla byli stoit stoilo mozhno budet".split()
)
_PARTS = re.compile(
    # "…, und wurde simultan gedolmetscht?": after a comma, a yes/no question too.
    rf"(?:,|\s[–—])?\s+(?:und|и|i)\s+(?=(?:{'|'.join(sorted(_YES_NO_VERBS))})\b)|"
    # "Какие города участвовали, были ли Омск и Рязань?", "… – war die IHK Chemnitz eine davon?"
    r"(?:,|\s[–—])\s+(?=(?:было|был|была|были|bylo|byl|byla|byli)\s+(?:ли|li)\b)|"
    r"\s[–—]\s+(?=(?:war|waren|ist|sind)\s)|"
    # "Aus welchen Städten kamen Teilnehmer, war Omsk auch dabei?": a verb and a name after a
    # comma ask yes or no (not "Kurgan und Kaluga, waren die auch dabei?"), as do a name and
    # its verb: "kakie goroda uchastvovali, Omsk byl?".
    r",\s+(?=(?:war|waren|ist|sind)\s+(?!(?:die|der|das|sie|er|es)\b)\w+\s+(?:auch\s+)?dabei\b)|"
    r",\s+(?=\w+\s+(?:был|была|были|byl|byla|byli)\?)|"
    # "… и участвовала ли вообще Рязань": a verb and "ли" ask yes or no.
    r",?\s+(?:и|i)\s+(?=\w+\s+(?:ли|li)\b)|"
    # "1) kogda byla missiya, 2) kto ee organizoval": numbered questions; "…; …; …".
    r"(?:^|[,;:]?\s+)\d\)\s+|;\s+|"
    r"\?\s*|,?\s+(?:und|sowie|и|i|a|а)\s+(?=(?:(?:aus|von|an|ab|bis|mit|für|fuer|fur|bei|um|zu|über|ueber|uber|die|der|из|от|с|на|в|о|у|про|iz|ot|na|v|u|pro)\s+)?"
    r"(?:wer|wen|wem|wann|wie|wieviel\w*|was|wo|worüber|worueber|woruber|welche\w*|warum|wieso|weshalb|"
    r"wofür|wofuer|wofur|wozu|womit|wovon|woher|wohin|куда|откуда|kuda|otkuda|"
    r"in welche\w*|ob|кто|кого|кому|кем|когда|сколько|как\w*|где|что|чем|в какой|в каком|почему|"
    r"зачем|kto|kogo|komu|kem|kogda|skol'?ko|chto|kak\w*|gde|pochemu|zachem|"
    # "Anzahl der Veranstalter und Anzahl der russischen Unternehmen?": a count each.
    r"anzahl|количество|kolichestvo)\b)|"
    # "… и о чём он говорил?": what was said of the one named before (not "… и о чём
    # говорил каждый из них?", asked of all named before).
    r",?\s+(?:и|i)\s+(?=(?:о|об|o|ob)\s+(?:чём|чем|chem|chjom)\b(?![^?]*(?:кажд|kazhd)))",
    re.IGNORECASE,
)


# "kurz: wann, wo und wie viele Teilnehmer?": words asking when or where, listed alone, are
# questions of their own (not "Wann und wo findet sie statt?", which asks both of "sie").
_LONE_WORDS = "wann|wo|когда|где|kogda|gde"
_LONE = re.compile(rf"\s*({_LONE_WORDS})(\s*,\s*|\s+(?:und|и|i)\s+)", re.IGNORECASE)
_LONE_WORD = re.compile(_LONE_WORDS, re.IGNORECASE)
# "…, а что было …", "…, aber wer …": what follows is asked against what came before.
_CONTRAST = re.compile(r",?\s+(?:а|a|aber)\s", re.IGNORECASE)
# "… und wer unterstützt ihn? Ist das dieselbe Organisation?": whether the answers before
# name the same one, which they show.
_SAME_ONE = re.compile(
    r"^\W*(?:(?:ist|sind|war|waren)\s+(?:das|es)\s+(?:die|der|das)?\s*(?:selbe|gleiche)"
    r"|(?:это|eto)\s+(?:одн\w+|один|odn\w+|odin)\s+(?:и|i)\s+(?:т\w+|t\w+)\s+(?:же|zhe))",
    re.IGNORECASE,
)
_LEAD = re.compile(r"[^:?!.]{1,30}:\s*")  # "kurz bitte: "


def split_parts(text: str, lone: bool = True) -> list[str]:
    """The parts of a message that may each ask a question (those with letters).

    A request of a word or two opens the part after it ("Скажите, была ли …"); with
    ``lone``, words asking when or where, listed alone, are parts ("kurz: wann, wo und wie
    viele Teilnehmer?").
    """
    parts: list[str] = []
    for chunk in (p for p in _PARTS.split(text) if has_letters(p)):
        for n, part in enumerate(_lone_words(chunk) if lone else [chunk]):
            # Not after a lone word: "wann, wo, …".
            short = bool(parts) and len(sentences(parts[-1])[-1].split()) <= 2
            if short and n == 0 and parts[-1] + "," in text:
                part = parts.pop() + ", " + part
            parts.append(part)
    return parts


def _lone_words(chunk: str) -> list[str]:
    """A chunk with the words asking when or where listed alone at its start split off."""
    lead = _LEAD.match(chunk)
    start = lead.end() if lead else 0
    found: list[str] = []
    while (m := _LONE.match(chunk, start)) and ("," in m.group(2) or found):
        found.append(m.group(1))  # "kurz:" before it is no question
        chunk, start = chunk[m.end() :], 0
    return [*found, chunk] if has_letters(chunk) else found


def answer_parts(
    analysis: Analysis,
    analyzer: Analyzer,
    facts: Facts,
    retrieve: Callable[[Analysis], Entry | None] | None = None,
) -> Conclusion | None:
    """Each part of a message of two or three questions answered, or ``None``.

    ``None`` when the message is one question, or when a part cannot be read or answered on
    its own: then the message is answered whole.
    """
    # "kurz: wann, wo und wie viele Teilnehmer?": in a message naming nothing, a lone "wann"
    # or "где" listed asks of the event.
    plain = split_parts(analysis.text, lone=False)
    parts = plain if analysis.mentions else split_parts(analysis.text)
    listing = parts != plain
    if analysis.smalltalk or not 2 <= len(parts) <= MAX_PARTS:
        return None
    if place_in_list(analysis):
        return None  # "Какая компания в списке первая, а какая последняя?": one list
    found: list[Conclusion] = []
    unknown: list[bool] = []  # for each conclusion found: asked, and not known
    about: list[set[str]] = []  # for each conclusion found: the ids its part named
    before: Analysis | None = None
    marked = False  # whether a part before ended with "?"
    retrieved = False  # whether the first part was found by its words
    set_against = False  # whether a part told what the asker knows ("…, а …")
    with_when = False  # whether a part asked what the answer to when says
    on_their_own = True  # whether every part after the first asks on its own
    for n, part in enumerate(parts, start=1):
        lone = listing and bool(_LONE_WORD.fullmatch(part.strip()))
        if n == len(parts) and len(found) >= 2 and _SAME_ONE.match(part):
            continue
        start = analysis.text.find(part)
        end = start + len(part)
        mark = analysis.text[end : end + 1] == "?"
        # After a "?": a question of its own, not one asked in the same breath.
        after_mark = analysis.text[:start].rstrip().endswith("?")
        # With its question mark, which tells a yes/no question ("Omsk byl?").
        alone = analyzer.analyze(part + "?" if mark else part, analysis.lang)
        asks = WH_CUES & alone.cues or alone.yesno or mark
        if n < len(parts) and not asks and not alone.gaps and about_the_asker(part):
            # "С Никитиным я знаком, а кто выступал от WFS?": what the asker knows.
            if (
                before is None
                and alone.mentions
                and all(m.entry.kind == "place" for m in alone.mentions)
            ):
                # "ya iz Ulyanovska, byla li nasha oblast …?": "our region" in a part after
                # is the place he is from (see _with_what_came_before).
                before = alone
            continue
        contrast = _CONTRAST.match(analysis.text, end) is not None
        if contrast and not (asks or alone.gaps or _opens_a_question(part)):
            # "Первые два дня понятны, а что было на третий?": what the asker knows, set
            # against what is asked; what it names may be pointed back to ("Никитин
            # представил IndustryStock, а сколько стоит подписка?").
            before = alone if alone.mentions else before
            set_against = True
            continue
        if marked and not mark and not _opens_a_question(part):
            # "Сколько дней длилась миссия? Мне надо понять, сколько времени …": after the
            # questions asked, why they are asked.
            continue
        marked = marked or mark
        pointed: Entry | None = None  # the person "er", "он" points to, found before
        person = _person_found_before(alone, before, found, facts)
        his_place = bool(alone.predicates) and set(alone.predicates) <= _HIS_PLACE
        if person is not None and before is not None and "who" in before.cues and his_place:
            # "Кто из докладчиков работает в WFS и чем он там руководит?": "он" is the
            # person who answered "who", asked what he leads, not the thing named before.
            alone, carried, pointed = replace(alone, mentions=(person,)), False, person.entry
        else:
            alone, carried = _with_what_came_before(alone, before)
        alone = _at_what_was_found(alone, found)
        undated = _when_of_the_undated(alone, before, found)
        # "Wo fand die Mission statt und wer war dabei?": who, of all, is found by its words.
        whole = retrieve is not None and _of_all(alone) and not (before and before.mentions)
        # "Что за мероприятие было и кто в нём участвовал?": who took part in the event named.
        whole = whole or (retrieve is not None and _who_took_part_in_it(alone, before))
        if not (lone or whole or _asks_on_its_own(alone, before)):
            if found and _said_with_when(alone, before):
                # "Когда проходила миссия и в каком формате?": the answer to when says where
                # and in what format it was.
                with_when = True
                continue
            if found and _only_about(alone):
                # "Wer hat am 9. November gesprochen, und worüber?": what was said, as the
                # part before answers it, or the whole answer of the speaker it found ("В
                # какой день выступал руководитель ТПП и о чём рассказывал?").
                found[-1] = _with_talks(found[-1])
                continue
            remark = not (WH_CUES & alone.cues or alone.mentions or alone.classes or alone.gaps)
            if found and remark and not _opens_a_question(part):
                # "Gab es … eine Networking-Runde? Bei Online-Formaten kommt das meist zu
                # kurz … Vielleicht war das hier anders?": a remark on what was asked.
                continue
            person = _person_found_before(alone, before, found, facts)
            if person is None and not undated:
                return _not_known_before(found, unknown, about)
            if person is not None:
                # "Wer vertrat die WFS und was hat er vorgestellt?": "er" is the one person the
                # part before was answered with.
                alone = replace(alone, mentions=(person,))
                pointed = person.entry
        previous, before = before, alone
        conclusion = reason(alone, facts)
        if conclusion is not None and conclusion.reason == "unclear" and not alone.gaps:
            # "кто открыл второй день и кем он работает": a part asking on its own of "он",
            # the one person the part before was answered with.
            person = _person_found_before(alone, previous, found, facts)
            if person is not None:
                before = alone = replace(alone, mentions=(person,))
                pointed = person.entry
                conclusion = reason(alone, facts)
        # "Кого представлял Вахтлер и какой кластер он возглавляет?": "он" is the one named
        # before, and his entry says what the facts do not place.
        people = [m.entry for m in alone.mentions if m.entry.kind == "speaker"]
        named_before = "he" in alone.cues and set(alone.predicates) <= _HIS_PLACE
        if conclusion is None and named_before and len(people) == len(alone.mentions) == 1:
            conclusion = Conclusion(True, (Statement("card", people[0]),), entries=(people[0],))
        if (
            conclusion is None
            and pointed
            and any(facts.related(pointed, p) for p in alone.predicates)
        ):
            # "… и где он работает": a fact of his the facts do not place; his entry says it.
            conclusion = Conclusion(True, (Statement("card", pointed),), entries=(pointed,))
        first = n == 1 and not _open_gaps(alone)
        # "Wer sprach über E-Autos und wer über die Lokalisierung?": a part that asks as the
        # one before it did, of another thing, is found by its words as that one was.
        parallel = n > 1 and found and _asks_alike(part, parts[n - 2])
        # "War KAMAZ dabei? Aus welchen Ländern kamen die Firmen denn?": a question of its own
        # after a name not known, found by its words as a first one is.
        own = (
            after_mark
            and bool(WH_CUES & alone.cues)
            and not carried
            and pointed is None
            and not _POINTING & alone.cues
            and not set(alone.keys) & (_THEY | _HER | _THIS | _SHE)  # "чем они заняты?"
            # "… Und wie viele Werkstätten betreibt die Firma?": things no entry is.
            and alone.counted not in alone.free
        )
        after_unnamed = own and len(found) == 1 and found[0].reason == "not_named"
        searched = first or after_unnamed or (parallel and not _open_gaps(alone))
        entry = retrieve(alone) if conclusion is None and retrieve and searched else None
        if entry is not None and not (first or after_unnamed):
            # Of people only: "Кто были организаторы с немецкой стороны и кто с российской?"
            # is answered whole, each side's list.
            alike = entry.kind == "speaker" and any(
                e.kind == entry.kind for e in found[-1].entries
            )
            entry = entry if alike else None
        unsure = conclusion is None or conclusion.reason == "unclear"  # "кто в нём …": whom?
        if unsure and retrieve and entry is None and whole:
            # A part asking who, of all, found by its words as a whole list or the event's
            # own entry.
            entry = retrieve(alone)
            entry = entry if entry is not None and entry.kind in _WHOLE_KINDS else None
        if entry is not None:
            # "Welches Online-Tool für die Partnersuche wurde vorgestellt? Und ist es
            # kostenlos?": a first part the facts do not place, found by its words. What
            # it found is said, and any part not known leaves the message not answered
            # ("Warum war sie virtuell? Wegen Corona?").
            conclusion = Conclusion(True, (Statement("card", entry),), entries=(entry,))
            retrieved = True
        # A part the knowledge cannot answer is said so ("… und wurde simultan
        # gedolmetscht?"), when another part is answered.
        # So is a name it does not have, asked on its own ("… dabei? Und war GAZ darunter?").
        # So is one asked first, on its own ("War KAMAZ dabei? Welche Firmen waren es dann?").
        unnamed = "not_named" if after_mark or (mark and n == 1) else "gap"
        counting = _counts_its_own(alone)
        of_anyone = any(not g.kinds or "speaker" in g.kinds for g in alone.gaps)
        if conclusion is None and found and counting:
            # "… и сколько иностранных автопроизводителей уже локализовано?": a count of
            # things no entry is, never known.
            conclusion = Conclusion(False, (), "gap")
        unclear = conclusion is None or conclusion.reason == "unclear"
        if unclear and ((of_anyone and conclusion is not None) or undated) and found:
            # "Wer hat den zweiten Tag eröffnet und wie lange hat er geredet?": whoever "er"
            # is, how long he spoke is never known ("чем он занимается" is, of some kinds).
            conclusion = Conclusion(False, (), "gap")
        if conclusion is None or not (
            conclusion.answered or conclusion.reason in ("gap", unnamed)
        ):
            return _not_known_before(found, unknown, about)
        if not conclusion.answered and (
            not conclusion.statements or _only_not_known(conclusion, found)
        ):
            # "…, und ging es auch um Wasserstoff?": said not to be known, not left out; "…
            # und wie viele Startups machen schon mit?": what is known of it was said.
            conclusion = replace(conclusion, statements=(Statement("unstated", detail="alone"),))
        # "… ну и если знаешь, какие там цены": asked by the way. A question of its own after
        # one answered is asked as much as one in the same breath ("Wer hat organisiert? Und
        # wie hoch war das Budget?" is declined, saying who organized it).
        by_the_way = "hedge" in alone.cues
        # "…, und gibt es eine E-Mail-Adresse?": whether there is what is never known asks it.
        # So does one opening with its verb, typed without a "?" ("… und kann man seine
        # Folien irgendwo runterladen").
        yes_no = alone.yesno or next(iter(words(part)), "").lower() in _YES_NO_VERBS
        asking = bool(WH_CUES & alone.cues) or (yes_no and bool(alone.gaps))
        asked = not conclusion.answered and asking and not by_the_way
        if carried and found:
            # "welche Organisationen … und wie viele das waren": the count, which lists them
            # and stands for the part before; a count said before stays ("Какие компании
            # имеют в названии Avto? Сколько их?"), and so does a part not known ("Какие
            # компании из Ульяновска участвовали и сколько их было?": how many of those
            # is not known either).
            counted = any(s.what == "count" for s in found[-1].statements)
            if found[-1].answered and not counted:
                found[-1], unknown[-1] = conclusion, asked
            continue
        on_their_own = on_their_own and (n == 1 or own)
        found.append(conclusion)
        unknown.append(asked)
        about.append({m.entry.id for m in alone.mentions})
    if found and found[0].reason == "not_named" and not (on_their_own and len(found) > 1):
        return None  # "War KAMAZ dabei? Ich bin aus Kasan.": the name not known, whole
    if retrieved and not all(c.answered for c in found) and found[0].reason != "not_named":
        unknown.append(True)
    if with_when and len(found) == 1:
        return None  # one question: "Когда и в каком формате она прошла?"
    if set_against and len(found) == 1:
        return found[0]  # the one question asked, the part before it told
    together = _together(found, any(unknown), about, on_their_own)
    if together is None and _none_known(found, unknown):
        as_one = reason(analysis, facts)
        if as_one is not None and as_one.answered:
            # "v kakoj den vystupal vahtler? i skolko dlilsya ego doklad": neither part is
            # known of him; read whole, the message would get another answer (the speakers).
            rest = Statement("unstated", detail="alone")
            return Conclusion(False, (*found[0].statements, rest), "gap", found[0].entries)
    return together


def _none_known(found: Sequence[Conclusion], unknown: Sequence[bool]) -> bool:
    """Whether each part asked what is not known, the first of a thing it names."""
    first = found[0] if found else None
    return (
        first is not None
        and len(found) > 1
        and first.reason == "gap"
        and bool(first.statements and first.entries)
        and all(not c.answered and c.reason == "gap" for c in found[1:])
        and all(unknown[1:])
    )


def _asks_alike(part: str, before: str) -> bool:
    """Whether ``part`` opens with the question word ``before`` opened with ("кто …, а кто …")."""
    head, head_before = (next(iter(words(p)), "").lower() for p in (part, before))
    return head == head_before and any(head in asking for asking in QUESTION_WORDS.values())


def _not_known_before(
    found: list[Conclusion], unknown: list[bool], about: list[set[str]]
) -> Conclusion | None:
    """The message declined when a part before was asked and not known, else ``None``.

    "Welche Autohersteller hat Krainov genannt, und wo lokalisieren die …?": whatever the
    part after asks, the message is not answered; ``None`` lets it be answered whole.
    """
    if not any(unknown):
        return None
    return _together(found, True, about) or found[0]


# What a person's entry says of where he stands: whom he represents, what he leads.
_HIS_PLACE = frozenset({"organization", "heads"})


def _with_talks(conclusion: Conclusion) -> Conclusion:
    """A conclusion with the whole answer of each speaker it gives only a fact of."""
    statements = conclusion.statements
    if any(s.what == "card" for s in statements):
        return conclusion
    speakers = {
        s.subject.id: s.subject
        for s in statements
        if s.what == "value" and s.subject is not None and s.subject.kind == "speaker"
    }
    cards = tuple(Statement("card", e) for e in speakers.values())
    return replace(conclusion, statements=(*statements, *cards)) if cards else conclusion


# Words pointing back to what was named before: "wer steckt dahinter", "кто рассказывал о её …".
_POINTING = _SHE | frozenset(
    match_key(w)
    for w in "ihn ihm ihr ihre ihren dahinter davon dort dafür dafuer её ее его их ней неё нее "
    "нём ним них там нас ee ego ih ikh nei nee neyo nem nim nih nikh tam nas".split()
)
# What a later part asking for all of something is found as: a list, or the event's entries.
_WHOLE_KINDS = frozenset({"list", "event"})


def _of_all(alone: Analysis) -> bool:
    """Whether a part asks who, of nothing named and pointing back to nothing."""
    pointing = {"he", "it", "there", "of_them", "she"} & alone.cues
    named = alone.mentions or alone.unknown_names or alone.values or alone.predicates
    return (
        "who" in alone.cues
        and not _POINTING & set(alone.keys)
        and not (pointing or named or alone.gaps or alone.yesno)
    )


def _named_the_event(before: Analysis | None) -> bool:
    """Whether the part before named the event ("die Mission", "мероприятие") and nothing else."""
    return before is not None and not before.mentions and before.event_at is not None


def _who_took_part_in_it(alone: Analysis, before: Analysis | None) -> bool:
    """Whether a part asks who took part in the event a part before named, and only that."""
    if not _named_the_event(before):
        return False
    named = alone.mentions or alone.unknown_names or alone.values or alone.classes
    return {"who", "participation"} <= alone.cues and not (named or alone.gaps or alone.yesno)


# Match keys of the words that open a question typed without its "?" ("…? и кто её
# организовал", "… i kto"): a conjunction or a question word, in either script.
_QUESTION_KEYS = frozenset(match_key(w) for ws in QUESTION_WORDS.values() for w in ws)
_QUESTION_OPENERS = (
    frozenset(match_key(w) for w in "und oder aber also и а или но ну".split()) | _QUESTION_KEYS
)


# "Für wen …", "Для кого …": a preposition before the question word opens a question too.
_PREPOSITIONS = frozenset(
    match_key(w)
    for w in "für fuer fur an in aus von mit bei zu nach über ueber auf um "
    "для в во на с со о об от из к у по за до про".split()
)


def _opens_a_question(part: str) -> bool:
    """Whether a part's first words are those of a question ("und wer", "Для кого")."""
    first, second, *_ = [match_key(w) for w in words(part)[:2]] + ["", ""]
    if (first, second) == ("a", "to"):
        return False  # "… кто поддерживает? а то я не понял из новости": why he asks
    return first in _QUESTION_OPENERS or (first in _PREPOSITIONS and second in _QUESTION_KEYS)


# "… и какие компании от нас там были?": from the asker's place.
_FROM_US = re.compile(r"\b(?:от|из|у|ot|iz|u|von|bei)\s+(?:нас|nas|uns)\b", re.IGNORECASE)


def _with_what_came_before(alone: Analysis, before: Analysis | None) -> tuple[Analysis, bool]:
    """A part that points back, given what the part before named.

    Returns the part's analysis and whether it only goes on with the class asked about before
    (a count or "which of them" with nothing else asked).
    """
    if before is None:
        return alone, False
    carried = False
    # "… и какая из них из Тольятти?": a name after "from" is where they came from.
    origins = all(alone.word_before(m) in FROM_KEYS for m in alone.mentions)
    if (
        before.classes
        and ({"count", "of_them"} & alone.cues or ("which" in alone.cues and alone.free))
        # "… И сколько стоит там регистрация?" asks a price, not a count; "Und war GAZ
        # darunter?" asks of a name.
        and not (alone.classes or alone.gaps or alone.unknown_names)
        and (
            not alone.mentions
            or ("of_them" in alone.cues and origins)
            # "kto organizatory missii i kakoj iz nih rossijskij klaster": one of them,
            # described by its own words.
            or (
                "of_them" in alone.cues
                and all(m.entry.kind in map(class_kind, before.classes) for m in alone.mentions)
            )
        )
        # "… и в каком формате оно прошло?": "which" of the event's format, not of them.
        and not set(alone.predicates) & _OF_THE_EVENT - {"day"}
    ):
        # "Wie viele Redner gab es und wie viele davon aus Russland?", "… и сколько из
        # России?", "skolko bylo organizatorov i kto iz nih rossiyskiy", "Какая платформа
        # для поиска партнёров, а какая для стартапов?": the class asked about before,
        # without the ones it set aside ("Какие области (не республики) и сколько их?").
        alone = replace(alone, classes=before.classes, excluded=before.excluded)
        carried = not (alone.values or alone.free or alone.mentions)
    elif (
        before.classes
        and not before.mentions
        and "speaker" not in before.classes
        and _THEY & set(alone.keys)
        and "who" in alone.cues
        and (alone.predicates or alone.free)
        and not (alone.classes or alone.mentions or alone.gaps or alone.values)
    ):
        # "Welche Plattformen gab es und wer hat sie initiiert?": "sie" are the things of
        # the class asked about before.
        alone = replace(alone, classes=before.classes)
    person = all(m.entry.kind == "speaker" for m in before.mentions)
    # "Was ist der Expertenkreis und wer hat ihn gegründet?": "ihn", "его" of the one thing
    # named, asked for a fact it has.
    one = len({m.entry.id for m in before.mentions}) == 1
    its = one and any(before.mentions[0].entry.fact(p) for p in alone.predicates)
    if (
        before.mentions
        and not alone.mentions
        and (
            "there" in alone.cues
            or ("he" in alone.cues and (person or its))
            # "… von so ner region erzählt und welche region war das": the one just named.
            or ("it" in alone.cues and bool(alone.classes) and "which" in alone.cues)
            # "chto takoe deep tech hub, kto ego iniciiroval i kto podderzhivaet": another
            # fact of the one thing asked of before, its object left out.
            or (
                its
                and bool(before.predicates)
                and all(before.mentions[0].entry.fact(p) for p in alone.predicates)
                and not (alone.classes or alone.values or alone.free)
            )
        )
    ):
        # "Была ли Республика Татарстан среди участников и какие компании оттуда?",
        # "a Nikitin iz kakoy organizacii i kogda on vystupal": the place or the person the
        # part before named.
        alone = replace(alone, mentions=_carried(before.mentions))
    speakers = tuple(m for m in before.mentions if m.entry.kind == "speaker")
    if "he" in alone.cues and len(speakers) == 1 and not alone.mentions:
        # "Worüber sprach Andrey Krainov vom APM-Cluster? Hat er auch Zahlen … genannt?":
        # the one person among the things named.
        alone = replace(alone, mentions=_carried(speakers))
    places = bool(before.mentions) and all(m.entry.kind == "place" for m in before.mentions)
    asks_who = "who" in alone.cues and not {"which", "besides", "except", "also"} & alone.cues
    place_class = bool(alone.classes) and set(alone.classes) <= PLACE_CLASSES
    she = bool(_SHE & set(alone.keys))  # "… Samara …, und wer hat sie vorgestellt?"
    if places and asks_who and (place_class or she) and not (alone.mentions or alone.values):
        # "Waren Vertreter aus Samara dabei und wer hat die Region vorgestellt?": the place
        # named before, not every region.
        alone = replace(alone, mentions=_carried(before.mentions), classes=())
    ours = OUR_PLACE.search(alone.text) or _FROM_US.search(alone.text)
    if places and not alone.mentions and ours:
        # "Была ли Мордовия среди участников? И какие компании из нашей республики?": the
        # asker's place is the one just named.
        classes = tuple(c for c in alone.classes if c not in PLACE_CLASSES)
        alone = replace(alone, mentions=_carried(before.mentions), classes=classes)
    things = [m for m in before.mentions if m.entry.kind != "speaker"]
    one_thing = len(things) == len(before.mentions) == 1
    kinds = {class_kind(c) for c in alone.classes}
    this_one = [m for m in before.mentions if m.entry.kind in kinds]
    # "Кто руководит кластером APM и какую роль этот кластер играл?": a word of its name.
    this_one += [
        m
        for m in before.mentions
        if m.entry.kind != "speaker" and set(alone.free) & _name_keys(m.entry) and not this_one
    ]
    if len(this_one) == 1 and not alone.mentions and _THIS & set(alone.keys):
        # "Что рассказал … о Deep Tech Hub? Для кого эта платформа …?": the one of that kind
        # named before, not all of them.
        alone = replace(alone, mentions=_carried(this_one), classes=())
    # "… в списке участников": the list it is named on, no class asked.
    listed = "name" in alone.cues and alone.classes == ("participant",)
    if (
        one_thing
        and not alone.mentions
        and (listed or not alone.classes)
        # "klaster APM eto iz Samary? gde on nahoditsya": "он", "er" of a thing too.
        and (_SHE & set(alone.keys) or "he" in alone.cues)
        # "An welchem Märztag beginnt die Messe und wie lange dauert sie?": what is not known
        # of it too; "… Под каким названием он указан в списке?": the name it is listed under.
        and ({"when", "where", "name"} & alone.cues or alone.gaps)
    ):
        # "Welche Messe war das und wann sollte sie stattfinden?": the one thing named.
        alone = replace(alone, mentions=_carried(before.mentions))
    where = alone.predicates == ("place",) and set(alone.classes) <= {"city"}
    if (
        one_thing
        and where
        and things[0].entry.fact("place")
        and not (alone.mentions or alone.values)
    ):
        # "Z + intec 2021 — которая это по счёту выставка и в каком городе?": its town.
        alone = replace(alone, mentions=_carried(before.mentions), classes=())
    gap_kinds = {kind for g in alone.gaps for kind in g.kinds} & SINGLE_KINDS
    if one_thing and not alone.mentions and things[0].entry.kind in gap_kinds:
        # "Где будет Z+intec и в какие числа марта?": what only a fair lacks is asked of
        # the fair named before.
        alone = replace(alone, mentions=_carried(things))
    days = tuple(v for v in before.values if v[0] == "day")
    named = alone.mentions or alone.classes or alone.values
    if days and "it" in alone.cues and "when" in alone.cues and not named:
        # "Wer hat den zweiten Veranstaltungstag eröffnet und an welchem Datum war das?": the
        # day named before, not the event.
        alone = replace(alone, values=days)
    # "Womit fing der zweite Tag an und wer hielt den ersten Vortrag?": the first talk of
    # the day named before.
    first_talk = bool(_FIRST & set(alone.keys)) and "speaker" in alone.classes
    if days and first_talk and not (alone.values or alone.mentions):
        alone = replace(alone, values=days)
    that_day = any(pair in _THAT_DAY for pair in pairwise(alone.keys))
    if days and that_day and not (named or before.mentions):
        # "Кто открыл второй день и кто ещё выступал в тот день?": the day named before (not
        # "Рихтер выступал в первый день, а кто ещё в тот день?", asked of the others).
        alone = replace(alone, values=days)
    own = not ({"when", "where"} & alone.cues or set(alone.predicates) & _OF_THE_EVENT)
    # "ProgressTlt это из какого города? И кто там директор?": "там" is the one thing named.
    there = one_thing and bool(AT_IT & set(alone.keys))
    pointing = "it" in alone.cues or there
    if pointing and alone.predicates and own and not (alone.mentions or alone.classes):
        # "Welche Messe wurde angekündigt und die wievielte Ausgabe ist das?": what the part
        # before named, or the kind it asked for.
        alone = replace(alone, mentions=_carried(before.mentions), classes=before.classes)
    if (
        ("he" in alone.cues or _HER & set(alone.keys))
        and one_thing
        # Both ask who or which, or the first how many ("Wie viele Startups sind beim Deep
        # Tech Hub dabei und wer hat ihn gegründet?"): "Was ist der Hub / Seit wann gibt es
        # ihn, und wer …?" is answered whole.
        # So does a yes or no ("Deep Tech Hub — это платформа для стартапов? И кто её
        # инициировал?").
        and (
            (before.predicates and {"who", "which"} & before.cues)
            or "count" in before.cues
            or before.yesno
        )
        and "when" not in alone.cues
        and not (alone.mentions or alone.classes)
        and any(things[0].entry.fact(p) for p in alone.predicates)
    ):
        # "Welcher Verband hat den Deep Tech Hub initiiert und wer unterstützt ihn?": "ihn",
        # "его" is also a thing, the one named before that has what is asked.
        alone = replace(alone, mentions=_carried(things))
    body = one_thing and things[0].entry.kind in ("organization", "organizer")
    if body and "he" in alone.cues and alone.classes and not alone.mentions and before.predicates:
        # "Wer leitet den SIBB und welche Plattform hat er gestartet?": "er" is the body named,
        # what it is asked to have done is of the kind asked for.
        alone = replace(alone, mentions=_carried(things))
    bare = not (alone.mentions or alone.classes or alone.free or alone.values)
    if bare and alone.predicates and len(speakers) == len(before.mentions) == 1:
        # "Nikitin – on kto voobshche? rukovoditel chego?": what the one person named heads.
        alone = replace(alone, mentions=_carried(speakers))
    # "v kakoy den vystupal Krainov i o chem?": "о чём" alone asks what he spoke about.
    said = {"what", "spoke"} <= alone.cues or _only_about(alone)
    if said and len(speakers) == 1 and not (alone.mentions or alone.classes):
        # "wer war der vize minister aus samara und was hat der … erzaehlt": what the one
        # speaker named said.
        alone = replace(alone, mentions=_carried(speakers))
    abbreviation = bool(alone.gaps) and {g.id for g in alone.gaps} <= ABBREVIATION_GAPS
    if abbreviation and before.mentions and not alone.mentions:
        # "chto takoe WFS? eta abbreviatura …, a kak rasshifrovyvaetsya": the abbreviation
        # the part before named, in its words.
        text = f"{before.text} {alone.text}"
        alone = replace(alone, mentions=_carried(before.mentions), text=text)
    if "spelling" in alone.cues and before.mentions and not alone.mentions:
        # "Wie schreibt man Ilmetow auf Russisch und wie in englischer Umschrift?"
        alone = replace(alone, mentions=_carried(before.mentions), gaps=())
    counted = "count" in alone.cues and alone.free and len(before.mentions) == 1
    general = any(not g.kinds for g in alone.gaps)  # not one of some kinds' ("was machen")
    if counted and not (alone.mentions or alone.classes or alone.values or general):
        # "Wer hat den Deep Tech Hub initiiert und wie viele Startups machen schon mit?": a
        # count of something of the one thing named before.
        alone = replace(alone, mentions=_carried(before.mentions))
    if {"who", "about"} <= alone.cues and "spoke" in before.cues and "spoke" not in alone.cues:
        # "Wer sprach über Lokalisierung und wer über E-Autos?": the verb of the part before.
        alone = replace(alone, cues=alone.cues | {"spoke"})
    return alone, carried


def _name_keys(entry: Entry) -> set[str]:
    """The keys of the words of an entry's names, in both languages."""
    return {match_key(w) for text in (entry.name.de, entry.name.ru) for w in words(text)}


def _at_what_was_found(alone: Analysis, found: Sequence[Conclusion]) -> Analysis:
    """A part asking "there" of the one body the part before was answered with.

    "Welche Organisation unterstützt den Deep Tech Hub, und wer ist dort der Leiter?": the
    head of the representation found, not of the platform named.
    """
    # Not "… und was leitet er dort?": what the one named before heads there.
    # "Какую организацию возглавляет Никитин и в какой стране она находится?": "она" is it.
    pointing = AT_IT | (_SHE - {"sie"}) if alone.gaps or "country" in alone.cues else AT_IT
    asks = alone.predicates or alone.gaps or "country" in alone.cues
    if not found or not pointing & set(alone.keys) or not asks or "he" in alone.cues:
        return alone
    values = [s for s in found[-1].statements if s.what == "value" and s.items]
    items = [i for s in values for i in s.items]
    if len(values) != 1 or len(items) != 1 or items[0].kind not in ("organization", "organizer"):
        return alone
    if alone.mentions and all(m.entry.id == items[0].id for m in alone.mentions):
        return alone
    return replace(alone, mentions=(Mention(items[0], 0, 0),))


def _person_found_before(
    alone: Analysis, before: Analysis | None, found: Sequence[Conclusion], facts: Facts
) -> Mention | None:
    """The one person the part before was answered with, when "er", "он" points to him.

    Only when the part before named no person itself (then "er" is that one); a day's
    opener asked before ("Кто открыл второй день и что он представил?") is its speaker.
    """
    if "he" not in alone.cues or alone.mentions or not found or before is None:
        return None
    if any(m.entry.kind == "speaker" for m in before.mentions):
        return None
    entries = found[-1].entries
    if len(entries) > 1 or (entries and entries[0].kind not in ("speaker", "day")):
        return None
    if entries and entries[0].kind == "speaker":
        return Mention(entries[0], 0, 0)
    days = [str(e.day) for e in entries] or [v for f, v in before.values if f == "day"]
    if not ({"who", "begin"} <= before.cues and len(days) == 1):
        return None
    opener = claims.opener(days[0], facts)
    return Mention(opener, 0, 0) if opener is not None else None


def _when_of_the_undated(
    alone: Analysis, before: Analysis | None, found: Sequence[Conclusion]
) -> bool:
    """Whether a part asks when of "он"/"er" where nothing it may point to has a date.

    "Кто инициировал Deep Tech Hub и когда он заработает?": the hub or its initiator.
    """
    if "when" not in alone.cues or alone.mentions or before is None or not found:
        return False
    # "Wer hat Deep Tech Hub initiiert und wann wurde die Plattform gegründet?": the kind
    # of the one thing named points to it too.
    kinds = {m.entry.kind for m in before.mentions}
    its_kind = bool(alone.classes) and {class_kind(c) for c in alone.classes} == kinds
    if not ({"he", "it"} & alone.cues or its_kind):
        return False
    entries = [m.entry for m in before.mentions] + [e for c in found for e in c.entries]
    dated = ("date", "year", "month")
    return bool(entries) and not any(e.date or e.day or any(map(e.fact, dated)) for e in entries)


def _carried(mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """Mentions of the part before, as said ahead of this part's first word.

    Their positions were in another text; here they stand before every word, so that no check
    reads a word of this part as one beside them.
    """
    return tuple(replace(m, start=0, end=0) for m in mentions)


def _asks_on_its_own(alone: Analysis, before: Analysis | None) -> bool:
    """Whether a part names what it asks about, so that it can be answered alone."""
    # "Wann und wo findet sie statt?" is one question; "…, und in welchem Monat war das?"
    # asks when the event was (not "… und wann genau?" or "когда она будет?", which ask
    # about what the first part named), as does "wer hat die Veranstaltung organisiert und
    # wann lief sie?", which named the event.
    event_named = _named_the_event(before)
    # "skolko dney dlilas missiya i v kakom formate ona prohodila": a fact of the event; so
    # in a first part, as when it is asked alone ("Когда именно она проходила? И …").
    she = (event_named or before is None) and bool(_SHE & set(alone.keys))
    when_or_where = bool({"when", "where", "begin"} & alone.cues)  # "… und begann sie …?"
    about_it = (when_or_where and ("it" in alone.cues or she)) or (she and bool(alone.predicates))
    # "wie lange ging die Mission und war das online oder vor Ort?": a value of the event's
    # (its format, place) claimed of "das", the event named before.
    of_the_event = any(fact in _OF_THE_EVENT for fact, _ in alone.values)
    # So after a part that named nothing, of the event too: "Wie viele Vertreter haben
    # teilgenommen und war das Ganze vor Ort oder online?".
    of_it = event_named or (before is not None and not before.mentions)
    about_it = about_it or (of_the_event and of_it and bool({"it"} & alone.cues or she))
    # "War das eine Präsenzveranstaltung oder online, und …?": "das" opening the message is
    # the event.
    about_it = about_it or (before is None and alone.yesno and "it" in alone.cues)
    # "Сколько дней длилась миссия и в каком формате?": a fact of the event alone, after a
    # part that counted something of the event (when it asked when, that answer says it).
    bare = not (alone.mentions or alone.classes or alone.free or alone.values)
    counted = event_named and before is not None and "count" in before.cues
    about_it = about_it or (counted and bare and bool(set(alone.predicates) & _OF_THE_EVENT))
    # "In welchem Bundesland war die Mission, und für welche Messe …?": a part asking about
    # the event it names ("… und wer sie bei der Mission vorstellte" asks about "sie").
    of_event = (
        alone.event_at is not None
        and bool(WH_CUES & alone.cues or alone.yesno)
        and not _SHE & set(alone.keys)
    )
    # A day named is a thing named: "… и кто открыл первый день?", "Was war am 9. …?"; so is
    # an origin asked who of: "Wer hat für Sachsen gesprochen und wer für Samara?".
    valued = {fact for fact, _ in alone.values}
    value = bool(valued & {"day", "date"}) or ("who" in alone.cues and "origin" in valued)
    # A topic asked about: "Wer hat die europäische E-Auto-Strategie angesprochen, …", "… und
    # wer über E-Autos?", or whether it came up: "… und ob es auch um Elektromobilität ging?".
    topic = ("who" in alone.cues and (len(alone.free) >= 2 or bool(alone.topic))) or (
        "topic" in alone.cues and bool(alone.free)
    )
    named = alone.mentions or alone.classes or alone.gaps or of_event or value or topic
    named = named or (alone.yesno and bool(alone.unknown_names))  # "Und war GAZ darunter?"
    # "… и сколько иностранных автопроизводителей уже локализовано?": a count of things
    # its words say, not of those named before.
    named = named or _counts_its_own(alone)
    # "Welche Firmen und welche Städte …?": a class asked for is a question, if short.
    # "Omsk byl? …", "… rukovoditel chego?", "… i o chem?": a name asked yes or no of, or a
    # relation or the topic of one, is a question, if short.
    of_a_name = alone.yesno or alone.predicates or {"what", "about"} <= alone.cues
    short = len(alone.keys) < 3 and not (
        (alone.classes and WH_CUES & alone.cues) or (alone.mentions and of_a_name)
    )
    return not short and bool(named or about_it)


def _open_gaps(alone: Analysis) -> bool:
    """Whether a part asks what is never known of anything, or of a kind it names.

    "an welchen Tagen das war" asks no fair's days when it names no fair.
    """
    kinds = {m.entry.kind for m in alone.mentions} | {class_kind(c) for c in alone.classes}
    return any(not g.kinds or g.kinds & kinds for g in alone.gaps)


def _said_with_when(alone: Analysis, before: Analysis | None) -> bool:
    """Whether a part asks only the event's format or place after a part asking when it was."""
    if before is None or not _named_the_event(before) or "when" not in before.cues:
        return False
    bare = not (alone.mentions or alone.classes or alone.free or alone.values or alone.gaps)
    return bare and bool(alone.predicates) and set(alone.predicates) <= {"format", "place"}


def _counts_its_own(alone: Analysis) -> bool:
    """Whether a part counts what its own words say ("сколько иностранных автопроизводителей").

    What it counts is no kind of entries ("сколько компаний"), nor those named before ("и
    сколько их было?").
    """
    return bool(alone.counted) and len(alone.free) >= 2 and not alone.classes


def _only_about(alone: Analysis) -> bool:
    """Whether a part only asks what about ("и о чём?", "und worüber?", "о чём он говорил")."""
    bare = not (alone.mentions or alone.classes or alone.free or alone.values or alone.gaps)
    return bare and {"what", "about"} <= alone.cues and len(alone.keys) <= 3 + ("he" in alone.cues)


def _only_not_known(conclusion: Conclusion, found: Sequence[Conclusion]) -> bool:
    """Whether all a part adds to the parts before is that it is not known.

    Its card of a thing already spoken of adds nothing ("Wer hat den Deep Tech Hub initiiert
    und wie viele Startups machen schon mit?").
    """
    said = [s for c in found for s in c.statements]
    told = {s.subject.id for s in said if s.subject is not None}
    added = [
        s.what
        for s in conclusion.statements
        if s not in said and not (s.what == "card" and s.subject and s.subject.id in told)
    ]
    return added == ["unstated"]


def _new_or_verdict(conclusion: Conclusion, before: list[Conclusion]) -> tuple[Statement, ...]:
    """A conclusion's statements, without its verdict when all it shows was said before.

    "Wer ist Andreas Wachtler … und ging es da auch um E-Autos?": the talk said already says
    so; a "Ja." after it would stand alone.
    """
    said = [s for c in before for s in c.statements]
    facts = [s for s in conclusion.statements if s.what != "verdict"]
    if facts and all(s in said for s in facts):
        return tuple(facts)
    return conclusion.statements


def _together(
    found: list[Conclusion],
    unknown_asked: bool,
    about: Sequence[set[str]] = (),
    on_their_own: bool = False,
) -> Conclusion | None:
    """The parts' conclusions as one, when the first part is answered.

    ``about`` holds, for each conclusion, the ids of the things its part named or pointed to;
    ``on_their_own``: every part after the first is a question of its own, after a "?".
    """
    if not found:
        return None
    if not found[0].answered:
        # "Stimmt das, und mit welchen Firmen?": what follows a part not known asks about
        # that part; unless that part's answer said what is not known of a thing named
        # ("An welchem Tag hat Krainov gesprochen und was war sein Thema?").
        said = found[0].reason == "gap" and bool(found[0].statements)
        named = {e.id for e in found[0].entries}
        later = found[1:]
        # "Wie viele Startups sind beim Deep Tech Hub dabei und wer hat ihn gegründet?": "ihn"
        # is the hub, whose initiator is another entry.
        pointed = list(about[1:]) if about else [set[str]() for _ in later]
        of_it = all(
            named & {e.id for e in c.entries} or (c.entries and named & p)
            for c, p in zip(later, pointed, strict=True)
        )
        # "War KAMAZ dabei? Welche russischen Firmen waren denn dabei?": a name not known,
        # asked on its own, then what is.
        unnamed = (
            on_their_own and found[0].reason == "not_named" and all(c.answered for c in later)
        )
        if not (unnamed or (said and named and of_it and any(c.answered for c in later))):
            return None
        unknown_asked = unknown_asked or not unnamed
    # A part asking the same again says nothing more ("… und wie in englischer Umschrift?").
    statements: tuple[Statement, ...] = ()
    for s in (s for n, c in enumerate(found) for s in _new_or_verdict(c, found[:n])):
        # Nor does the same list again ("… Und aus welchen Städten in Deutschland?"); a
        # count of it takes the list's place ("…, und wie viele Republiken sind das?").
        # Not the same things of another subject: "… unterstützt den Deep Tech Hub, und wer
        # ist dort der Leiter?" (the representation, then its head, Nikitin).
        same = [
            i
            for i, t in enumerate(statements)
            if s.items
            and t.items == s.items
            and (s.what != "value" or t.what != "value" or t.subject == s.subject)
        ]
        # "War Volgabus dabei? Unter welchem Namen steht er in der Liste?": the firm's card
        # takes the place of the sentence that it took part, which the card begins with.
        member = [
            i
            for i, t in enumerate(statements)
            if s.what == "card" and t.what == "member" and t.subject == s.subject
            and s.subject is not None and s.subject.kind == "company"
        ]  # fmt: skip
        if same and s.what == "count":
            statements = tuple(s if i == same[0] else t for i, t in enumerate(statements))
        elif member:
            statements = tuple(s if i == member[0] else t for i, t in enumerate(statements))
        elif not same and s not in statements:
            statements += (s,)
    entries = tuple(e for c in found for e in c.entries)
    if unknown_asked:
        # "Когда была миссия и кто её финансировал?": one part asked is not known, so the
        # question is not answered, though what is known is said ("… По-русски ответь" asks
        # nothing).
        return Conclusion(False, statements, "gap", entries)
    return Conclusion(True, statements, entries=entries)
