"""Question analysis: language, the entries named, and what is asked of them.

Pure Python, no Telegram. An :class:`Analyzer` is built once per knowledge base. For a
question it finds the language (German, Russian, or Russian typed in Latin letters), every
entry the question names (in any script, case form, with a typo or by an alias), names it
does not know, and from the domain vocabulary (:mod:`bot.vocabulary`) how it asks (count,
yes/no, when, who...), which kinds of entries it is about and which facts it asks for.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import cast

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .knowledge import Entry, KnowledgeBase, Text
from .text import (
    ANY_STOP_WORDS,
    BRACKETS,
    COURTESY,
    LANGS,
    NUMERIC_DATE,
    QUESTION_WORDS,
    STOP_WORDS,
    Kept,
    Lang,
    LetterModel,
    clean,
    clear_language,
    common_prefix,
    detect_language,
    has_cyrillic,
    match_key,
    numbers,
    simplify,
    spelled_dates,
    text_keys,
    to_cyrillic,
)
from .vocabulary import Gap, Hit, Script, script_of

# Kinds of entries that are things a question can name; lists and event-wide entries are not.
ENTITY_KINDS = frozenset(
    {"organizer", "speaker", "company", "platform", "organization", "initiative", "fair",
     "place", "activity"}
)  # fmt: skip
# Kinds whose names are names, alike in both languages; the others are named by words
# ("Презентации", "Teilnehmer") of the asker's own language.
_PROPER_KINDS = ENTITY_KINDS - {"activity"}
# Kinds of entries a question may describe by a word of their name and their origin.
_DESCRIBED_KINDS = frozenset({"organizer", "organization", "platform"})
FUZZY_NAME = 83.0  # rapidfuzz ratio for a name with a typo (one letter in six)
FUZZY_WORD = 88.0  # and for a vocabulary word (one letter in eight)
FUZZY_HEARD = 70.0  # and for the other word of a two-word name written down by ear
MEMO_SIZE = 4096  # sentences and words whose analysis is kept (see Analyzer._memo)
TYPO_MIN = 7  # shorter words are too easily another word with one letter changed
# But one slip of the finger (a letter left out or doubled, two neighbours swapped) inside a
# word of this length still leaves it recognisable: "Firen", "втроой", "uchasnikof".
SLIP_MIN = 5
# A word whose letters look this much more Russian than German (log-likelihood ratio per
# letter triple, see LetterModel) counts as Russian typed in Latin letters. German words
# stay below it ("Thema" 0.76, "Republik" 0.44); "format", "data" tell nothing. Below
# LOOKS_GERMAN a word counts as German; Russian ones seldom look so German ("v berline"
# -1.0; "vecher" -2.5 is on the list of Russian words).
LOOKS_RUSSIAN = 0.8
LOOKS_GERMAN = -1.5
_VOWELS = "aeiou"
# An emoji ends a sentence too ("Zoom-Mission statt Dienstreise 😄 wer hat …").
_SENTENCE = re.compile(r"(?<=[.!?;:–—\u2600-\u27bf\U0001f300-\U0001faff])\s+|\s+[–—-]\s+")
# A few words between two dashes, inside one question ("… Рихтер — и пометка …." tells).
_INSERTION = re.compile(
    r"\s+[–—]\s+(?P<inside>(?:[^\s.!?;:–—]+\s+){0,6}[^\s.!?;:–—]+)(?=\s+[–—]\s+[^.!?;:–—]*\?)"
)
# Abbreviations whose full stop ends no sentence: "Dr. Nikitin", "St. Petersburg".
# "z. B.", "d. h.", "u. a.", "o. Ä.", "т. е." end no sentence either, written apart or together.
_ABBREVIATIONS = frozenset(
    "dr st prof nr hr fr fa bzw ca usw zb z.b d.h u.a o.ä u.ä bzgl ggf evtl inkl vgl etc bspw "
    "z b d h u a o ä "
    "e.v ev д-р г-н г ул им т.е т е russ sächs saechs dt "  # "der SIBB e.V. gegründet"
    # Insiders' shorthand: "die email-adr. von dr. nikitin", "wie viele mitgl. hat …".
    "adr mitgl tel abt gf vors allg sog".split()
)


def _name_keys(*names: str) -> set[str]:
    return {match_key(simplify(w)) for name in names for w in _RAW_WORD.findall(name)}


def _russian_only(entry: Entry) -> set[str]:
    """Keys of words only the Russian name, and the Russian case forms listed, have.

    A form listed in Cyrillic counts where it is a case form of a Latin one ("Самары" of
    "Samara"), not where it only spells it otherwise ("тек" of "Tech").
    """
    latin = _name_keys(entry.name.de, *(a for a in entry.aliases if not has_cyrillic(a)))
    forms = {
        k
        for k in _name_keys(*filter(has_cyrillic, entry.aliases))
        if any(len(n) >= 4 and common_prefix(k, n) >= len(n) - 1 for n in latin)
    }
    return (_name_keys(entry.name.ru) | forms) - latin


def _texts(kb: KnowledgeBase, lang: Lang) -> list[str]:
    """The knowledge's texts in one language: names, questions, keywords, answers, roles."""
    return [text for e in kb.entries for _, text in e.texts(lang)]


def _relaying(hits: Sequence[Hit]) -> set[int]:
    """Positions of the words of a boss who passes the question on.

    "Начальник хочет знать, …", "Директор сказал мне: …", "Chef will wissen": who asks,
    not a head asked about nor a talk; a name may stand between ("Abteilungsleiter Krüger
    will wissen").
    """
    return {
        i
        for r in hits
        if r.name == "relayed"
        for h in hits
        if h.name == "heads" and h.end <= r.start <= h.end + 1
        for i in range(h.start, r.end)
    }


def _slip_parts(key: str, length: int) -> set[str]:
    """What of a word to compare with a vocabulary word of ``length`` letters (0: whole).

    A stem is compared with as much of the word as a slip leaves of it: one letter less
    (left out, only in stems of TYPO_MIN letters or more), as many, or one more. A stem of
    SLIP_MIN letters is not: its beginning is too often another word's ("шутк*" of "штука").
    """
    if length == 0:
        return {key}
    if length <= SLIP_MIN:
        return set()
    shortest = -1 if length >= TYPO_MIN else 0
    return {key[: length + d] for d in range(shortest, 2) if len(key) >= length + d}


def _slipped(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with one slip inside it.

    A letter left out ("Firen"), one doubled ("Teilnehmmer"), or two neighbours swapped
    ("Vortarg"); not a letter changed or added ("Formen" is no slip of "Firmen", "kleines"
    none of "keines"), which makes other words.
    """
    if len(typed) == len(word):
        return _swapped(typed, word)
    if len(typed) == len(word) - 1:
        return any(word[:i] + word[i + 1 :] == typed for i in range(1, len(word) - 1))
    return len(typed) == len(word) + 1 and any(
        typed[i] == typed[i - 1] and typed[:i] + typed[i + 1 :] == word
        for i in range(1, len(typed) - 1)
    )


def _swapped(a: str, b: str) -> bool:
    """Whether two words of one length differ only by two neighbouring letters swapped."""
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def _no_full_stop(word: str) -> bool:
    """Whether a point after ``word`` ends no sentence: "Dr. Nikitin", "am 9. November"."""
    return (
        word.lower() in _ABBREVIATIONS
        or (word.isdigit() and len(word) <= 2)
        # "10.11. eto kakoi den": a date's last point (not a year's: "am 10.11.2020.").
        or ((date := NUMERIC_DATE.fullmatch(word)) is not None and date.group(3) is None)
    )


def sentences(text: str) -> list[str]:
    """The text split into sentences; abbreviations and ordinal numbers do not end one."""
    parts: list[str] = []
    start = 0
    inserted = _inserted(text)
    for m in _SENTENCE.finditer(text):
        if m.start() in inserted:
            continue
        before = text[start : m.start()].rsplit(None, 1)[-1:] or [""]
        if _no_full_stop(before[0].rstrip(".")) and before[0].endswith("."):
            continue
        parts.append(text[start : m.start()])
        start = m.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _inserted(text: str) -> set[int]:
    """Where the dashes around a short insertion stand; they end no sentence.

    "Wie viele Orte – Städte, Regionen und Republiken zusammen – werden genannt?"
    """
    return {
        i for m in _INSERTION.finditer(text) for i in (m.start(), m.end("inside"))
    }  # fmt: skip


def asked_language(question: str) -> Lang | None:
    """The language a message asks to be answered in, if it asks for one.

    "По-русски ответь", "Antworte bitte auf Deutsch", "na russkom pozhaluista" ask; "Wie
    heißt die Messe auf Russisch?" and "как написать по-русски" ask for a name in it.
    """
    for sentence in sentences(question):
        said = sentence.lower()
        for lang, pattern in _IN_LANGUAGE.items():
            found = pattern.search(said)
            if found is None:
                continue
            rest = (said[: found.start()] + said[found.end() :]).split()
            if _REPLY_VERB.search(said) or all(
                w.strip(",.!") in _PLEASE or w.strip(",.!") in _WRITE_VERB for w in rest
            ):
                return lang
    return None


_IN_LANGUAGE: dict[Lang, re.Pattern[str]] = {
    "ru": re.compile(
        r"\b(?:auf russisch|in russian)\b|(?<!\w)(?:по-?\s?русски|на русском(?: языке)?"
        r"|po-?\s?russki|na russkom(?: yazyke)?)(?!\w)"
    ),
    "de": re.compile(
        r"\b(?:auf deutsch|in german)\b|(?<!\w)(?:по-?\s?немецки|на немецком(?: языке)?"
        r"|po-?\s?nemecki|na nemeckom(?: yazyke)?)(?!\w)"
    ),
}
# "antworte", "ответь", "отвечайте", "otvet'": the reply is what is asked for.
_REPLY_VERB = re.compile(r"\b(?:antwort|answer|reply|ответ(?!ств)|отвеч|otvet(?!stv)|otvech)\w*")
# "napishi pls po-russki", "schreib mir auf Deutsch": a reply asked for, when nothing else
# is said; "Schreib eine Mail auf Russisch", "как написать по-русски" ask for a text or name.
_WRITE_VERB = frozenset(
    "schreib schreibe write напиши напишите napishi napishite скажи скажите skazhi skazhite "
    "sag mir mne мне me".split()
)
_PLEASE = frozenset("bitte please пожалуйста pozhaluista pozhalujsta pozhaluysta plz pls".split())


_RAW_WORD = re.compile(r"[^\W_]+(?:[.'’+][^\W_]+)*")  # hyphens split: APM-Cluster
# Match keys of each language's stop words.
_STOP_KEYS: dict[Lang, frozenset[str]] = {
    lang: frozenset(match_key(w) for w in stop) for lang, stop in STOP_WORDS.items()
}
_ANY_STOP_KEYS = frozenset(match_key(w) for w in ANY_STOP_WORDS)


@dataclass(frozen=True)
class Mention:
    """An entry named in a question, with the word positions that name it."""

    entry: Entry
    start: int
    end: int


@dataclass(frozen=True)
class Analysis:
    """What a question is, as far as the vocabulary and the names tell."""

    text: str  # the part of the question that asks (a greeting or preamble cut off)
    lang: Lang
    latin_russian: bool
    keys: tuple[str, ...]  # the match keys of every word, stop words included
    mentions: tuple[Mention, ...]
    unknown_names: tuple[str, ...]
    cues: frozenset[str]
    classes: tuple[str, ...]
    predicates: tuple[str, ...]
    values: tuple[tuple[str, str], ...]  # (fact, value), e.g. ("origin", "saxony")
    gaps: tuple[Gap, ...]
    smalltalk: str | None  # greeting, thanks, bye... when that is all the question says
    yesno: bool  # asks for yes or no ("War X dabei?", "…, oder?", "… ли …")
    free: tuple[str, ...]  # content words neither names nor vocabulary ("Cluster")
    foreign: tuple[str, ...] = ()  # free words no text of the knowledge uses, nor like them
    counted: str = ""  # the word after "wie viele" / "сколько" ("Zuschauer")
    counts: int = 0  # how often a count is asked ("сколько городов и сколько республик")
    # Facts named in a relative clause describe a thing rather than ask for it: "die Messe,
    # zu der eingeladen wurde"; "predicates" are the facts asked for.
    described: tuple[str, ...] = ()
    # Values named in a relative clause ("Autohersteller, die in Russland lokalisieren"):
    # they describe another thing and claim nothing of the one asked about.
    described_values: tuple[tuple[str, str], ...] = ()
    # Classes left out: "Regionen (ohne die Republiken)", "die Städte nicht mitgezählt".
    excluded: tuple[str, ...] = ()
    # Classes asked side by side: "Städte und Regionen", "города и регионы" (not "Regionen,
    # also Oblaste", "республики среди регионов").
    joined: tuple[str, ...] = ()
    # Where a word for the event itself ("Mission", "мероприятие") first stands, if any.
    event_at: int | None = None
    # Free words of what the asker says of himself ("ya rabotayu v otdele …"), when another
    # clause asks: they narrow no list.
    aside: tuple[str, ...] = ()
    # Free words right after "über", "о", "zum": what something was said about ("… zum
    # russischen Markt gesagt").
    topic: tuple[str, ...] = ()
    # Positions of the words of a boss who passes the question on ("Начальник хочет
    # знать, …"): they rank no entry.
    relaying: tuple[int, ...] = ()
    # Ids of things named in a relative clause ("der Expertenkreis, den die Repräsentanz
    # mitbegründet hat"): they say which thing is meant, not what is asked of.
    describing: tuple[str, ...] = ()
    # Ids of things a relative clause follows ("den Expertenkreis, den …"): the clause
    # describes them.
    antecedents: tuple[str, ...] = ()

    @property
    def ranked_text(self) -> str:
        """The text without the words of a boss who passes the question on."""
        if not self.relaying:
            return self.text
        kept, end = [], 0
        for i, word in enumerate(_RAW_WORD.finditer(self.text)):
            if i in self.relaying:
                kept.append(self.text[end : word.start()])
                end = word.end()
        return "".join(kept) + self.text[end:]

    @property
    def known_free(self) -> tuple[str, ...]:
        """The free words some text of the knowledge uses, or one like them."""
        return tuple(k for k in self.free if k not in self.foreign)

    @property
    def asked_text(self) -> str:
        """The text after what the asker first says of himself ("Я аналитик из Москвы. Что …?")."""
        n = len(self.aside)
        if not n or tuple(self.keys[:n]) != self.aside:
            return self.text
        words = list(_RAW_WORD.finditer(self.text))
        return self.text[words[n].start() :] if n < len(words) else self.text

    def word_before(self, m: Mention) -> str:
        """The match key of the word before a mention, or "" at the start.

        A mention carried over from an earlier part of a message stands at the start.
        """
        return self.keys[m.start - 1] if 0 < m.start <= len(self.keys) else ""

    def words_before(self, m: Mention, n: int = 2) -> set[str]:
        """The match keys of up to ``n`` words before a mention ("vom sächsischen AMZ")."""
        return (
            set(self.keys[max(0, m.start - n) : m.start]) if m.start <= len(self.keys) else set()
        )

    @property
    def entities(self) -> list[Entry]:
        """The entries named, each once, in the order they were named."""
        seen: dict[str, Entry] = {}
        for m in self.mentions:
            seen.setdefault(m.entry.id, m.entry)
        return list(seen.values())


@dataclass(frozen=True)
class _Layout:
    """A question's words and where they stand, by which names no text knows are told."""

    raw: Sequence[str]
    keys: Sequence[str]
    named: Collection[int]  # inside a name found
    starts: Collection[int]  # opening a sentence
    listed: Collection[int]  # right after a comma
    hyphened: Collection[int]  # right after a hyphen

    @property
    def as_what(self) -> set[int]:
        """Where "als" opens a sentence or a clause: "Als Journalistin möchte ich …"."""
        return {
            i
            for i, word in enumerate(self.raw)
            if word.lower() == "als" and (i in self.starts or i in self.listed)
        }


class Analyzer:
    """Finds names and cues in questions about one knowledge base."""

    def __init__(self, kb: KnowledgeBase, known_keys: frozenset[str]) -> None:
        """Index the names of ``kb``; ``known_keys`` are all the words its texts use."""
        self.kb = kb
        self.vocabulary = vocabulary = kb.vocabulary
        # Real names the knowledge never gives, long enough to be found in case forms.
        self._long_others = tuple(o for o in vocabulary.others if len(o) >= 4)
        phrased: set[str] = set()
        # The whole words of the vocabulary's phrases (not its stems).
        worded: set[str] = set()
        for _, name, phrase in vocabulary.labelled():
            worded.update(key for key, stem in phrase if not stem)
            # Not the words of "back" ("wenn ja"), read only at a sentence's opening: "ja"
            # has the key of "IAA", which would then be no name.
            if name != _OPENING_CUE:
                phrased.update(key for key, _ in phrase)
        self.known = known_keys | frozenset(phrased) | frozenset(vocabulary.synonyms)
        self._worded = frozenset(worded)
        # The first names of the people named ("Thomas", "Томас", "Sergej"): one before a
        # surname no text knows is someone else ("thomas müller", "Сергей Иванов").
        self._first_names: defaultdict[str, set[str]] = defaultdict(set)  # → their surnames
        for e in kb.of_kind("speaker"):
            for name in (e.name.de, e.name.ru):
                if len(parts := [k for k in text_keys(name) if k not in _TITLE_KEYS]) >= 2:
                    self._first_names[parts[0]].add(parts[-1])
        german = {w.lower() for e in kb.entries for w in _LATIN_WORD.findall(e.answer.de)}
        self._dialect = _with_umlauts_dropped(vocabulary.dialect, german)
        # Words of names that are also function words (CTO / "kto") never name alone.
        self._asking = frozenset(
            match_key(w) for lang in QUESTION_WORDS for w in QUESTION_WORDS[lang]
        )
        stop = _STOP_KEYS["de"] | _STOP_KEYS["ru"] | self._asking
        weak = vocabulary.weak | vocabulary.russian | stop
        self._function = weak - vocabulary.weak
        # Function words only when typed in Latin letters ("kompanii"), not in Cyrillic.
        latin_only = vocabulary.russian - vocabulary.weak - stop
        # name → (its keys, the keys that must all be found)
        self.names: list[tuple[Entry, tuple[str, ...], frozenset[str]]] = []
        self._name_keys: defaultdict[str, set[str]] = defaultdict(set)  # entry id → name keys
        by_key: defaultdict[str, set[int]] = defaultdict(set)
        for entry in kb.entries:
            if entry.kind not in ENTITY_KINDS:
                continue
            texts = {entry.name.de, entry.name.ru, *entry.aliases}
            # "Общество … Саксонии (WFS)": the name without its bracket, and what is in it.
            for text in list(texts):
                outside = BRACKETS.sub(" ", text).strip()
                texts.update([outside, *BRACKETS.findall(text)] if outside else [])
            # Unless they spell a common word: "NAS" would be the Russian "нас".
            texts.update(
                short
                for text in list(texts)
                if (short := _initials(text)) and match_key(short) not in weak | known_keys
            )
            for text in sorted(texts):  # a set's order changes with the hash seed
                named = [
                    (w, k)
                    for w in _name_words(text)
                    if (k := match_key(w)) and w not in ANY_STOP_WORDS
                ]
                keys = tuple(k for _, k in named)
                if not keys:
                    continue
                # A Cyrillic word of a name is no Latin-typed function word: "компаний" in
                # "Презентации компаний" is needed, though "kompanii" alone names nothing.
                strong = frozenset(
                    k for w, k in named if k not in weak or (has_cyrillic(w) and k in latin_only)
                )
                self.names.append((entry, keys, strong or frozenset(keys)))
                self._name_keys[entry.id].update(keys)
                for k in keys:
                    by_key[k].add(len(self.names) - 1)
        # Typo candidates by first letter and length: a typo keeps the first letter here,
        # and the ratio cut-off allows a length difference of two at most.
        self._fuzzy: defaultdict[tuple[str, int], list[str]] = defaultdict(list)
        for key in sorted(by_key):
            if len(key) >= 5:
                self._fuzzy[key[0], len(key)].append(key)
        self._known_sorted = sorted(self.known)
        # The nouns of what the knowledge never gives that end German compounds
        # ("Standpreis", "Hotelkosten").
        self._gap_tails = {
            key: (stem, gap.id) for gap in vocabulary.gaps for key, stem in gap.tails
        }
        self._memo: Kept[tuple[str, str], object] = Kept(MEMO_SIZE)
        # Where the named firms come from ("Wer war aus Sachsen dabei?" names none of them).
        self._firm_origins = frozenset(
            str(v) for e in kb.entries if e.kind == "company" for v in e.fact("origin")
        )
        self._reading = Reading(
            self._is_greeting, self._asks, self._names_something, self._is_topical,
            self._greets, self._this_event, self._names_event, self._names_person,
            self._points_to_person, self._opens_yes_no, self._asks_back,
        )  # fmt: skip
        # Single vocabulary words long enough that one typo leaves them recognisable
        # ("organsiert", "организатары"), by first letter; stems end in "*".
        # By first letter, then by the length a stem is compared at (0: whole words).
        targets: defaultdict[str, defaultdict[int, set[str]]] = defaultdict(
            lambda: defaultdict(set)
        )
        slips: defaultdict[str, defaultdict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
        for _, _, phrase in vocabulary.labelled():
            key, stem = phrase[0]
            if len(phrase) == 1 and len(key) >= SLIP_MIN:
                slips[key[0]][len(key) if stem else 0].add(key)
                if len(key) >= TYPO_MIN:
                    targets[key[0]][len(key) if stem else 0].add(key)
        self._typo_targets, self._slip_targets = (
            {
                letter: {n: sorted(words) for n, words in by_length.items()}
                for letter, by_length in table.items()
            }
            for table in (targets, slips)
        )
        # A year the event was held in says nothing more ("die Mission 2020"); another is
        # a claim about when something was ("… sei im Herbst 2021 gewesen. Stimmt das?").
        self._event_years = frozenset(str(day.year) for e in kb.events for day in (e.start, e.end))
        # "bis zum 13.": a day without its month is in the month the events were held.
        months = {day.month for e in kb.events for day in (e.start, e.end)}
        self._event_month = months.pop() if len(months) == 1 else None
        # "am 9." is the first day.
        self._day_of_date = {
            f"{e.date.month}-{e.date.day:02d}": str(e.day)
            for e in kb.of_kind("day")
            if e.date and e.day
        }
        # "vom 9. bis 11. November", "с 9 по 11 ноября": the whole event, no day of it.
        self._event_spans = [
            re.compile(
                rf"\b{e.start.day}\.?(?:-?(?:го|go|e|е))?\s*(?:-|–|—|bis(?: zum)?|по|до|po|do)\s*"
                rf"{e.end.day}\b"
            )
            for e in kb.events
            if e.start != e.end and e.start.month == e.end.month
        ]
        # The event's own values as the vocabulary names them ("origin=saxony"); not those
        # of its other event-wide entries (the participants come from Germany and Russia).
        event = next(iter(kb.of_kind("event")), None)
        self._event_values = frozenset(
            f"{fact}={value}"
            for fact, values in (event.facts.items() if event else ())
            for value in values
        )
        self._names_by_key = {k: tuple(v) for k, v in by_key.items()}
        self._letters = LetterModel(
            {lang: _texts(kb, lang) for lang in LANGS}, skip=self._names_by_key
        )
        # Word pairs of the German texts: a Russian asker quotes a title or a term from
        # them ("kto byl Leiter des Referats Absatzfoerderung und Kooperationen?").
        self._german_pairs = frozenset(
            pair
            for e in kb.entries
            for field, text in e.texts("de")
            if field != "question" and field != "keyword"
            for part in _SENTENCE.split(text)
            for pair in pairwise(_folded(_key(w)) for w in _RAW_WORD.findall(part))
        )
        # Words only the Russian names and their Russian forms have ("ekspertnyi krug" for
        # "Экспертный круг", "samary" for "Самары"): a name typed so is Russian typed in
        # Latin letters.
        self._russian_name_keys = frozenset(
            k for e in kb.entries for k in _russian_only(e) if k not in _STOP_KEYS["de"]
        )

    # ------------------------------------------------------------------ names

    def _word_matches(self, key: str) -> tuple[str, ...]:
        """Name keys a question word stands for: itself, a case form of it, or a typo."""
        found = self._memo.get(("names", key))
        if found is None:
            found = self._memo.keep(("names", key), tuple(self._name_keys_of(key)))
        return cast(tuple[str, ...], found)

    def _name_keys_of(self, key: str) -> list[str]:
        found = []
        if key in self._names_by_key:
            found.append(key)
        if len(key) >= 4 and not key.isdigit():
            for name_key in self._stem_candidates(key):
                if name_key not in found:
                    found.append(name_key)
            # "Zulieferers" is a form of the word "Zulieferer", no typo of "Zuliefermesse";
            # "нужны" is a word of its own, no typo of "Нижний".
            # "richtet" is a word of the vocabulary ("richtet sich an"), no typo of "Richter".
            if len(key) >= 5 and not (
                self._form_of_a_word(key) or key in _ANY_STOP_KEYS or key in self._worded
            ):
                for length in range(len(key) - 2, len(key) + 3):
                    candidates = self._fuzzy.get((key[0], length))
                    if not candidates:
                        continue
                    for name_key, _, _ in process.extract(
                        key, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_NAME, limit=None
                    ):
                        if name_key not in found:
                            found.append(name_key)
        if not found and "ks" in key:
            # "rixtera": an "x" typed for the Russian "х" ("Рихтера"), keyed as "ks".
            return self._name_keys_of(key.replace("ks", "h"))
        return found

    def _form_of_a_word(self, key: str) -> bool:
        """Whether a word is a known word of a text with a case ending ("Zulieferers")."""
        return any(
            key[:-n] in self.known and key[:-n] not in self._names_by_key
            for n in (1, 2)
            if len(key) - n >= 5
        )

    def _corrected(self, key: str) -> str:
        """A word no text or list knows, as the vocabulary word it misspells, if any."""
        if len(key) < SLIP_MIN or key in self.known or key in _ANY_STOP_KEYS:
            return key
        if key in _ROUGHLY:
            return key  # "priblizitel'no" is no "pribyl*" (profit) typed wrong
        # German typed without umlauts: "Repraesentanz" is "Repräsentanz".
        plain = key.replace("ae", "a").replace("oe", "o").replace("ue", "u")
        if plain in self.known:
            return plain
        found = self._memo.get(("typo", key))
        if found is None:
            found = self._memo.keep(("typo", key), self._closest_word(key))
        return cast(str, found)

    def _closest_word(self, key: str) -> str:
        # Whole words, then stems compared with as much of the key: "organizatari" is
        # "organizator*". Another ending is another word ("основании" is no "основан").
        best, best_score = key, FUZZY_WORD
        for length, words in self._typo_targets.get(key[0], {}).items():
            compared = key if length == 0 else key[:length]
            for word, score, _ in process.extract(
                compared, words, scorer=fuzz.ratio, score_cutoff=best_score, limit=3
            ):
                if length and compared == word:
                    # "организаторами" is a form of "организатор*", no typo of another
                    # language's "Organisator".
                    return key
                if score >= best_score and not (
                    compared.startswith(word) or word.startswith(compared)
                ):
                    best, best_score = word, score
                    break
        return self._one_slip(key) if best == key else best

    def _one_slip(self, key: str) -> str:
        """The one vocabulary word ``key`` is by one slip inside it (see :func:`_slipped`).

        A word two vocabulary words are a slip from stays as it is.
        """
        found: set[str] = set()
        for length, words in self._slip_targets.get(key[0], {}).items():
            for part in _slip_parts(key, length):
                if len(part) >= SLIP_MIN:
                    found.update(
                        word
                        for word, _, _ in process.extract(
                            part, words, scorer=OSA.distance, score_cutoff=1, limit=None
                        )
                        if _slipped(part, word)
                    )
        return found.pop() if len(found) == 1 else key

    def _stem_candidates(self, key: str) -> list[str]:
        # Russian case endings: Рихтера, Никитину, Калуги (калуга), Мордовии, Самарской.
        result = []
        for cut in range(1, 5):
            stem = key[:-cut]
            if len(stem) < 4:
                break
            for name_key in (stem, stem + "a", stem + "ia", stem + "i", stem + "o"):
                if name_key in self._names_by_key and name_key != key:
                    result.append(name_key)
        return result

    def mentions(self, keys: Sequence[str]) -> list[Mention]:
        """The entries named by the question's words, in the order of their places."""
        # Asked of the same words several times: the question, its sentences, its greeting.
        memo = ("named", "\n".join(keys))
        found = self._memo.get(memo)
        if found is None:
            found = self._memo.keep(memo, tuple(self._mentions(keys)))
        return list(cast(tuple[Mention, ...], found))

    def _mentions(self, keys: Sequence[str]) -> list[Mention]:
        matched: dict[str, list[int]] = defaultdict(list)  # name key → positions
        for i, key in enumerate(keys):
            for name_key in self._word_matches(key):
                matched[name_key].append(i)
        candidates: list[tuple[int, int, int, Entry]] = []
        seen: set[int] = set()
        for name_key in list(matched):  # a name heard adds its other word (see _heard)
            for n in self._names_by_key[name_key]:
                if n in seen:
                    continue
                seen.add(n)
                entry, name, strong = self.names[n]
                whole = all(k in matched for k in strong)
                heard = None if whole else self._heard(n, keys, matched)
                if heard:
                    matched[heard[0]].append(heard[1])
                elif not (whole or self._most_of(n, matched)):
                    continue
                positions = sorted(p for k in name if k in matched for p in matched[k])
                if entry.kind == "place":
                    # A place's kind word only beside its name: "из Ульяновска, … потенциал
                    # региона" names the region in one word, not in the seventeen between.
                    cores = [p for k in name if k in strong for p in matched.get(k, ())]
                    positions = [
                        p for p in positions if any(abs(p - c) <= len(name) for c in cores)
                    ] or positions
                # A one-word name said twice is named twice: "rjazan' byla? ja iz rjazani"
                # names Ryazan in the first word and the last, not in all five.
                spans = (
                    [(p, p + 1) for p in positions]
                    if len(name) == 1
                    else [(positions[0], positions[-1] + 1)]
                )
                candidates += [(len(strong), start, end, entry) for start, end in spans]
        candidates += self._split_names(keys)
        # A longer name wins over a shorter one at the same place ("Region Samara" beats
        # "Samara" in Ilmetov's role), and every entry is named once per place.
        candidates.sort(key=lambda c: (-c[0], c[1], c[1] - c[2]))
        taken: set[int] = set()
        found: list[Mention] = []
        for _, start, end, entry in candidates:
            span = set(range(start, end))
            if span & taken and any(m.entry.id == entry.id for m in found):
                continue
            taken |= span
            found.append(Mention(entry, start, end))
        found.sort(key=lambda m: m.start)
        return found

    def _split_names(self, keys: Sequence[str]) -> list[tuple[int, int, int, Entry]]:
        """One-word names dictated as two words neither of which is a name: "la duga"."""
        found = []
        for i, pair in enumerate(pairwise(keys)):
            # Each half a word of nothing: no stop word, number, name, nor a word of a text
            # ("… eines Zulieferers. Wie …" is no "Zuliefermesse").
            if any(
                k in _ANY_STOP_KEYS or k.isdigit() or k in self.known or self._form_of_a_word(k)
                or self._word_matches(k)
                for k in pair
            ):  # fmt: skip
                continue
            for name_key in self._word_matches("".join(pair)):
                found += [
                    (1, i, i + 2, entry)
                    for entry, name, _ in map(self.names.__getitem__, self._names_by_key[name_key])
                    if len(name) == 1
                ]
        return found

    def _heard(
        self, n: int, keys: Sequence[str], matched: Mapping[str, list[int]]
    ) -> tuple[str, int] | None:
        """The other word of a two-word name, one word found, and where it stands as heard.

        "tomas richta" is Thomas Richter: a first name and a surname spelt as heard keep the
        surname's first letter and most of its letters, beside the word found.
        """
        entry, name, strong = self.names[n]
        found = [k for k in name if k in matched]
        if entry.kind != "speaker" or len(name) != 2 or len(found) != 1:
            return None
        (other,) = [k for k in name if k != found[0]]
        if other not in strong:
            return None
        step = 1 if name.index(other) > name.index(found[0]) else -1
        near = [p + step for p in matched[found[0]]]
        heard = [i for i in near if 0 <= i < len(keys) and _heard_as(keys[i], other)]
        return (other, heard[0]) if heard else None

    def _most_of(self, n: int, matched: Mapping[str, object]) -> bool:
        """All words but one of a long name, some distinctive, together in no other name.

        "das Automobil-Anlagewerk" is the Automobil-Anlagewerk Shadrinsk.
        """
        _, name, strong = self.names[n]
        found = [k for k in name if k in matched]
        if len(name) < 3 or len(found) < len(name) - 1 or not strong & set(found):
            return False
        owners = {
            self.names[m][0].id for m in self._names_by_key[found[0]]
            if all(k in self.names[m][1] for k in found)
        }  # fmt: skip
        return len(owners) == 1

    # ------------------------------------------------------------------ the whole question

    def analyze(self, question: str, preferred: Lang | None = None) -> Analysis:
        """Analyse one question (see :class:`Analysis`).

        A reply asked for in one language ("… По-русски ответь", "Antworte bitte auf
        Deutsch") is given in it, whatever the question is written in.
        """
        asked = asked_language(question)
        analysis = self._question(self._standard(_smiles_ended(question)), asked or preferred)
        return replace(analysis, lang=asked) if asked else analysis

    def _corrected_name(self, question: str, preferred: Lang | None) -> str:
        """The question with the name it lacks replaced by the one the asker corrects it to.

        "War Kasan dabei? Also Tatarstan mein ich", "Казань участвовала? Ну, Татарстан в
        смысле": the name the knowledge does not have is the one said after it.
        """
        said = _CORRECTION.fullmatch(question.strip())
        if said is None or not (said["lead"] or said["trail"]):
            return question
        asked = self._analyze(said["ask"], preferred)
        meant = self._analyze(said["name"], preferred)
        if len(asked.unknown_names) != 1 or not meant.mentions or meant.unknown_names:
            return question
        # "а из казани кто-нибудь был? ну татарстан": the name as typed, in any case.
        typed = re.compile(re.escape(asked.unknown_names[0]), re.IGNORECASE)
        replaced, found = typed.subn(lambda _: said["name"], said["ask"], count=1)
        return replaced if found else question

    def _standard(self, question: str) -> str:
        """The question with dialect and colloquial German spelt as standard German.

        "isch udmurtie au drbei gwä" asks "ist Udmurtien auch dabei gewesen", in German, also
        with a courtesy in Cyrillic after it; "'n" after a word is "denn" or "ein" and says
        nothing ("was macht'n ksc group").
        """
        dialect = self._dialect

        def standard(word: re.Match[str]) -> str:
            said = word.group(0).replace("’", "'")
            if said.isupper() and len(said) > 1:
                return said  # "DE", "APM": short for a name, no dialect
            return dialect.get(said.lower()) or _DENN.sub("", said)

        return _LATIN_WORD.sub(standard, question)

    def _question(self, question: str, preferred: Lang | None) -> Analysis:
        question = self._corrected_name(question, preferred)
        text = self._without_event_clause(_without_denied(focus(question, self._reading)))
        text = _without_place_clause(text)
        if preferred is None and text != question.strip() and len(text.split()) <= 8:
            # "Krainov gendir APM ili AMZ? ya zaputalsya": the words cut off tell the language
            # of a short question.
            preferred = self._language(question)
        analysis = self._analyze(text, preferred)
        shorter = _without_what_for(text)
        if shorter != text:
            # Not when the clause names what is asked of ("gibts nen Link, wo man sich bei
            # IndustryStock registrieren kann").
            short = self._analyze(shorter, preferred)
            if {m.entry.id for m in analysis.mentions} <= {m.entry.id for m in short.mentions}:
                text, analysis = shorter, short
        if self._a_note_of_thanks(question):
            # "Хотел просто сказать спасибо организаторам. Мы участвовали …": thanks, not a
            # question about what the note names.
            return replace(analysis, smalltalk="thanks")
        parts = sentences(text) if len(_days(analysis)) > 1 else []
        asking = [p for p in parts if p.endswith("?")]
        if len(parts) > 1 and parts[-1].endswith("?") and not parts[-2].endswith("?"):
            asking = parts[-1:]
        if len(parts) > 1 and len(asking) == 1:
            # "Am ersten Tag hat ja Richter gesprochen. Und mit wem ging es am zweiten los?",
            # "Was wurde am dritten Tag gemacht? Ich war nur an den ersten beiden Tagen
            # dabei.": what the asker knows of one day, and the question of another, asked
            # on its own.
            last = self._analyze(asking[0], preferred)
            known = _days(self._analyze(" ".join(p for p in parts if p != asking[0]), preferred))
            if known and _days(last) and not _days(last) & known and not last.mentions:
                return last
        if text != question.strip() and not analysis.mentions:
            # "… ob ich auf die Messe gehe … Wie heißt sie?": what the asking sentence
            # refers to was named before it, as the one thing of its kind.
            # Up to the last question asked: what follows it says why it is asked ("… Ich
            # muss das in unseren Messebericht eintragen.").
            asked = question.strip()
            asked = asked[: asked.rfind("?") + 1] or asked
            whole = self._analyze(asked, preferred)
            if whole.mentions and all(m.entry.kind in SINGLE_KINDS for m in whole.mentions):
                return whole
            referred = self._referred(analysis, whole)
            if referred:
                return self._analyze(referred, preferred)
            pointing = "he" in analysis.cues or bool(_SHE & set(analysis.keys))
            if pointing and whole.unknown_names and not whole.mentions:
                # "Herr Sokolow von KAMAZ – was hat er in seinem Vortrag erzählt?": "er" is
                # the man named before, whom the knowledge does not name ("Frau Dr. Schulze
                # … was hat sie gesagt?": the woman).
                return whole
        return analysis

    def _referred(self, analysis: Analysis, whole: Analysis) -> str:
        """The asking sentence with "die Firma", "эта компания" as the one firm named before.

        "… mit jemandem von ProgressTlt geplaudert … Aus welcher Stadt kommt die Firma?"
        asks where ProgressTlt comes from. Empty when no class word points back so, or when
        the message names none or several of its kind.
        """
        spans = list(_RAW_WORD.finditer(analysis.text))
        for h in self._hits(analysis.text):
            if not (
                h.group == "classes" and h.name in _REFERRED_KINDS and h.start
                and _key(spans[h.start - 1].group(0)) in _POINTING
            ):  # fmt: skip
                continue
            named = {m.entry.id: m.entry for m in whole.mentions if m.entry.kind == h.name}
            if len(named) == 1:
                entry = named.popitem()[1]
                text = analysis.text
                start, end = spans[h.start - 1].start(), spans[h.end - 1].end()
                return text[:start] + entry.name.get(analysis.lang) + text[end:]
        return ""

    def _a_note_of_thanks(self, question: str) -> bool:
        """Whether a message thanks and asks nothing: no "?", no question word, no "ли".

        A verb asking yes or no asks only at the start of a sentence or right after the
        thanks ("danke war hudway dabei"); "die Organisation war super" tells.
        """
        if "?" in question:
            return False
        parts = sentences(question)
        if len(parts) < 2 and self._is_topical(question):
            return False  # "z+intec termin danke" asks by its keywords
        thanks = False
        for sentence in parts:
            raw = _RAW_WORD.findall(sentence)
            said = [simplify(w) for w in raw]
            if {"ли", "li", "ob"} & set(said):
                return False  # "… и была ли …", "ich frage mich, ob …" ask
            if _requests(said):
                return False  # "Ich brauche die Regionen … Danke!" asks for them
            hits = self._hits(sentence)
            talk = {i for h in hits if h.group == "smalltalk" for i in range(h.start, h.end)}
            if len(parts) == 1 and 0 not in talk:
                return False  # "programm danke": a keyword, then the thanks
            named = {
                i for m in self.mentions([_key(w) for w in raw]) for i in range(m.start, m.end)
            }
            for h in hits:
                # "Ich habe jetzt alles, was ich brauche": "was" after "alles" asks nothing.
                relative = h.start > 0 and said[h.start - 1] in _ALL_THAT
                if h.group == "cues" and (
                    (h.name in WH_CUES and not relative)
                    or (h.name == "yes_head" and (h.start - 1 in talk | {-1}))
                ):
                    return False
                # "мотор супер был …": a word of a name thanks no one; nor does "super" or
                # "tool" (as "toll") in a query of keywords.
                thanks = thanks or (
                    h.group == "smalltalk"
                    and h.name == "thanks"
                    and h.start not in named
                    and not set(said[h.start : h.end]) <= _PRAISE
                )
        return thanks

    def _language(self, text: str) -> Lang:
        """The language of a whole message, as :meth:`_analyze` tells it."""
        raw = _RAW_WORD.findall(clean(text))
        keys = tuple(_key(w) for w in raw)
        named = {i for m in self.mentions(keys) for i in range(m.start, m.end)}
        if self._latin_russian(raw, keys, named):
            return "ru"
        return detect_language(" ".join(w for i, w in enumerate(raw) if i not in named) or text)

    def _code_switched(
        self, text: str, raw: Sequence[str], named: Collection[int], preferred: Lang | None
    ) -> Lang | None:
        """The language to answer a message in whose sentences use both languages, or None.

        Each sentence plainly in one language, both used: the asker's interface language,
        else the one he began in. ``raw`` are the words of ``text`` and ``named`` the
        positions of the names found in them.

        "War Kaluga dabei? А Рязань?", "kto organizatory? Wer hat das alles gemacht?": the
        asker reads both; weighing the words of the whole would let the longer sentence or the
        Cyrillic script decide. A sentence of names alone says nothing; one whose words are
        not plainly one language leaves the whole message to the usual weighing.
        """
        sentences = [positions for positions, _ in _punctuated(text)[1] if positions]
        if len(sentences) < 2:
            return None
        langs: list[Lang] = []
        for positions in sentences:
            said = [raw[i] for i in positions]
            own = [
                w for i, w in zip(positions, said, strict=True)
                if i not in named and simplify(w) not in COURTESY
            ]  # fmt: skip
            if not own:
                continue
            keys = tuple(_key(w) for w in said)
            names = {n for n, i in enumerate(positions) if i in named}
            latin_russian = self._latin_russian(said, keys, names)
            lang = "ru" if latin_russian else clear_language(" ".join(own))
            if lang is None:
                return None
            langs.append(lang)
        return (preferred or langs[0]) if set(langs) == set(LANGS) else None

    def _without_event_clause(self, text: str) -> str:
        """The question without a clause that says which event is meant by what happened there.

        "Wie viele Unternehmensvertreter waren bei der Mission dabei, auf der Ilmetow
        aufgetreten ist?", "skolko dlilas missiya gde nikitin predstavil deep tech hub": the
        one event is meant; the clause asks nothing. Kept when it names nothing known (a
        class counts after a relative pronoun: "…, an der die russischen Firmen teilnahmen")
        or something unknown ("…, auf der Putin sprach?").
        """
        words = list(_RAW_WORD.finditer(text))
        for i, word in enumerate(words[:-1]):
            if _key(word.group(0)) not in self.vocabulary.domain:
                continue
            for j in range(i + 1, min(i + 4, len(words) - 1)):
                opener = " ".join(w.group(0).lower() for w in words[j : j + 2])
                comma = "," in text[words[j - 1].end() : words[j].start()]
                if not (
                    (comma and opener in _EVENT_CLAUSE_OPENERS)
                    or opener.split()[0] in _EVENT_CLAUSE_WHERE
                ):
                    continue
                start = words[j].start()
                stop = re.search(r"[,.;:!?]", text[start:])
                end = start + stop.start() if stop else len(text)
                clause = self._analyze(text[start:end], None)
                # "…, an der die russischen Firmen teilgenommen haben?": a class tells it too
                # (not after "wo": "… verpasst wo kann ich mir die Vorträge ansehen").
                relative = comma and opener in _EVENT_CLAUSE_OPENERS
                if not (clause.mentions or (relative and clause.classes)) or clause.unknown_names:
                    return text
                return text[: words[j - 1].end()] + text[end:]
        return text

    def _analyze(self, text: str, preferred: Lang | None) -> Analysis:
        vocab = self.vocabulary
        # "E-Autos", "E-Mobilität" are electric ones (an "E-Mail" is not).
        cleaned = _E_PREFIX.sub("Elektro", spelled_dates(clean(text)))
        # Dictated: "avtovaz avtovaz tozhe uchastvoval", "wer wer hat gesprochen"; "zett plus
        # intec" as it is written.
        cleaned = _SPOKEN_PLUS.sub(r"\1 +", _SPOKEN_Z.sub("Z", _REPEATED.sub(r"\1", cleaned)))
        cleaned = _SOMEONE.sub(r"\g<verb> \g<between>jemand", cleaned)
        raw = _RAW_WORD.findall(cleaned)
        # A title is no word of the question ("Herr" would be "her", as in "stellt her").
        keys = tuple("" if w.lower() in _TITLES else _key(w) for w in raw)
        mentions = self.mentions(keys)
        latin_russian = self._latin_russian(
            raw, keys, {i for m in mentions for i in range(m.start, m.end)}, preferred
        )
        if latin_russian:
            # Typed Russian is matched as Russian: "c" is ц there ("Lejpcige"), not k; names
            # may be either (Z+intec, ksc group, Il'metov).
            keys = tuple(self._latin_russian_key(w) for w in raw)
            seen = {m.entry.id for m in mentions}
            mentions += [m for m in self.mentions(keys) if m.entry.id not in seen]
            mentions.sort(key=lambda m: m.start)
        # Names say nothing of the asker's language ("Deep Tech Hub инициировала ТПП?").
        named = {i for m in mentions for i in range(m.start, m.end)}
        # Only the words of the names: "ProgressTlt ist aus Toljatti" names one firm twice,
        # and "ist aus" between are the asker's German.
        proper = {
            i
            for m in mentions
            if m.entry.kind in _PROPER_KINDS
            for i in range(m.start, m.end)
            if m.end - m.start == 1 or self._word_matches(keys[i])
        }
        unnamed = " ".join(
            w for i, w in enumerate(raw) if i not in proper and simplify(w) not in COURTESY
        )
        # The words beside the names are the asker's own ("Шадринский завод участвовал?"):
        # they tell the language whatever the asker's interface is; names alone do not.
        lang: Lang = (
            "ru"
            if latin_russian
            else detect_language(unnamed, preferred, bare=False)
            if unnamed
            else detect_language(text, preferred)
        )
        lang = self._code_switched(cleaned, raw, named, preferred) or lang
        keys = tuple(k if i in named else self._corrected(k) for i, k in enumerate(keys))
        # "back" is read only at a sentence's opening (:meth:`_asks_back`), not as how it asks.
        scanned = vocab.scan(keys, self._scripts(raw, latin_russian))
        hits = [h for h in scanned if h.name != _OPENING_CUE]
        # "… или я что-то путаю?": the words of a doubt ask nothing of their own.
        doubts = [h for h in hits if h.name == "doubt"]
        hits = [h for h in hits if h in doubts or not any(_within(h, d) for d in doubts)]
        # "в этой области": in this field, no region.
        hits = [
            h
            for h in hits
            if not (h.name in _REGION_WORDS and h.start and keys[h.start - 1] in _IN_THIS_FIELD)
        ]
        hits = _asking_cues(hits, mentions, keys, self._name_keys)
        hits = _cued_gaps_over_values(hits, vocab.gaps)
        hits = [h for h in hits if not _in_the_field_of(h, hits, keys)]
        # "War jemand von einer Regionalregierung dabei?": a word of a person's name (his
        # office) names him, no class or fact ("Region").
        hits = [h for h in hits if not _in_a_persons_name(h, mentions, keys, self._name_keys)]
        # "Gab es sowas wie Networking?": the "wie" of "sowas wie" likens, it asks no how.
        hits = [h for h in hits if not (h.name == "how" and _likened(h, hits))]
        hits = [h for h in hits if not _between(h, keys)]
        hits = _outside_greetings(hits)
        relaying = _relaying(hits)
        hits = [h for h in hits if h.start not in relaying]
        # "ohne Städte zu zählen": counting, which the keys cannot tell from paying ("zu
        # zahlen") once umlauts are folded; the written word can.
        counting = {i for i, w in enumerate(raw) if _COUNTING.search(w)}
        # "если города не считать": left out of a count, no opinion ("считает") asked.
        counting |= {i for h in hits if h.name == "uncounted" for i in range(h.start, h.end)}
        hits = [
            h for h in hits if not (h.group == "gaps" and counting & set(range(h.start, h.end)))
        ]
        if lang == "de":
            # "was für ne Funktion": "ne" is "eine" in German, the Russian "не" only typed.
            hits = [h for h in hits if not (h.name == "except" and keys[h.start] == "ne")]
            hits += _there(hits, keys, cleaned) if "da" in keys else []
        # "Как звали мужчину …?": a name asked, no invitation ("Куда звали компании?").
        hits = [
            h
            for h in hits
            if not (h.name == "invited_to" and keys[h.start - 1 : h.start] in _HOW_KEYS)
        ]
        # "Wo liegt da der Unterschied?": what tells them apart, no place.
        differ = [h.start for h in hits if h.name == "difference"]
        hits = [
            h
            for h in hits
            if not (
                (h.name == "where" or (h.group == "predicates" and h.name == "place"))
                and any(0 < d - h.start <= 5 for d in differ)
            )
        ]
        # "Mir fehlt noch der Name …": the asker's need, nothing missing from a list nor left.
        needed = {
            i for h in hits if h.name == "please" and h.end - h.start > 1
            for i in range(h.start, h.end)
        }  # fmt: skip
        hits = [h for h in hits if not (h.name in ("missing", "rest") and h.start in needed)]
        # "… oder nur ein Mitarbeiter dort?": one employee, what a person is; no headcount.
        hits = [
            h for h in hits
            if not (h.name == "staff" and h.start and keys[h.start - 1] in _ONE_OF_STAFF)
        ]  # fmt: skip
        # "Wann kam der Expertenkreis zur Sprache?": spoken of, no language asked.
        spoken = {
            i for h in hits if h.name == "spoke" and h.end - h.start > 1
            for i in range(h.start, h.end)
        }  # fmt: skip
        hits = [h for h in hits if not (h.group == "gaps" and h.start in spoken)]
        # "компании сами что-то презентовали?": "сами" (themselves) keys as "самый" does.
        hits = [
            h for h in hits
            if not (h.group == "gaps" and h.end - h.start == 1 and raw[h.start].lower() in _SELVES)
        ]  # fmt: skip
        # "…, как и Рихтер?", "genauso wie Richter": the same as another, no "how".
        alike = {h.end - 1 for h in hits if h.name == "also" and h.end - h.start > 1}
        hits = [
            h for h in hits if not (h.name == "how" and h.start in alike | {a - 1 for a in alike})
        ]
        # "skolko chelovek iz tatarstana": people counted, not the one man from a body
        # ("человек из ТПП").
        after_count = {h.end for h in hits if h.name == "count"}
        hits = [
            h._replace(name="participant")
            if h.group == "classes" and h.name == "speaker" and h.start in after_count
            and keys[h.start] in _PEOPLE
            else h
            for h in hits
        ]  # fmt: skip
        # "Anzahl der russischen Unternehmen": a class counted, no figures of anything.
        counted_at = {h.start for h in hits if h.group == "classes"}
        hits = [
            h
            for h in hits
            if not (
                h.group == "gaps"
                and h.name == "figures"
                and keys[h.start] in _NUMBER_OF
                and counted_at & {h.end, h.end + 1}
            )
        ]
        # "И ещё: Самарская область тоже участвовала?", "Und noch: …": a word that opens
        # the next ask, no other members of a class asked for.
        colon = _words_after(cleaned, (":",))
        hits = [h for h in hits if not (h.name in ("besides", "rest") and h.end in colon)]
        # "по какое число": a date asked, no count.
        whens = [h for h in hits if h.name == "when" and h.end - h.start > 1]
        hits = [
            h
            for h in hits
            if h.name != "count" or not any(w.start <= h.start and h.end <= w.end for w in whens)
        ]
        # "Nach meinen Unterlagen dauerte die Mission zwei Tage": according to, not after.
        hits = [
            h
            for h in hits
            if not (h.name == "later" and h.end < len(keys) and keys[h.end] in _OWNING)
        ]
        # "согласно пресс-релизу", "laut Pressemitteilung": the source, no one who named it.
        hits = [
            h
            for h in hits
            if not (h.name == "named" and h.end < len(keys) and keys[h.end] in vocab.domain)
        ]
        # "Laut unserem internen Gesprächsprotokoll hat Richter …": the asker's source, up to
        # the verb or name after it, asks nothing (no recording, no one who named it).
        source: set[int] = set()
        told_by: set[int] = set()
        named_at = {m.start for m in mentions}
        for h in hits:
            if h.name == "named" and keys[h.start] in _ACCORDING_TO:
                end = h.end
                while (
                    end < min(len(keys), h.end + 4)
                    and end not in named_at
                    and not any(o.name == "yes_head" and o.start == end for o in hits)
                ):
                    end += 1
                if end < len(keys) and end > h.end:
                    source |= set(range(h.start, end))
                elif end == len(keys) and end > h.end:
                    # "Welche Produkte zeigt die Z + intec laut Einladung?": a source at the
                    # end asks for no fact ("… woher stammen die beiden laut Liste?" keeps
                    # the list).
                    told_by |= set(range(h.start, end))
        hits = [
            h
            for h in hits
            if not (h.start in source and h.group in ("gaps", "cues", "predicates"))
            and not (h.start in told_by and h.group in ("gaps", "predicates"))
        ]
        relative, describing_values = _relative_clauses(cleaned)
        if _CLEFT.match(cleaned):
            # "War es Nikitin, der zur Messe eingeladen hat?": what the clause says is claimed
            # of the one named, not said of him.
            relative, describing_values = set(), set()
        # "… dieser sergej nikitin der am zweiten tag geredet hat, …": a relative word right
        # after a person's name opens a clause, dictated without its comma.
        relative |= _clause_after(
            cleaned,
            {m.end for m in mentions if m.entry.kind == "speaker" and m.end not in relative},
        )
        asking = _asking(cleaned, self._asks_back)
        full_stops = _stated(cleaned)
        stated = full_stops - asking
        mentions += self._named_by_class(hits, raw, keys, mentions, latin_russian)
        wh = {
            h.start
            for h in hits
            if h.group == "cues" and h.name in WH_CUES and not _something(raw, h.start)
        }
        # "ich komm aus kasan war jemand aus tatarstan dabei": a verb asking yes or no
        # begins a clause, as a question word does (not right after "ich": "ich war …").
        # "ya s zavoda v ulyanovske vystupal li kto-to …": "li" asks of the verb before it,
        # which begins the clause.
        heads = {
            h.start - (raw[h.start].lower() in _LI)
            for h in hits
            if h.name == "yes_head" and h.start > 1 and raw[h.start - 1].lower() not in _SELF
        }
        motive = _motive(cleaned, wh | heads)
        if any(i not in motive for i in wh):
            # "… wer sie organisiert hat, er will nämlich bei der nächsten dabei sein": why he
            # asks, not what.
            hits = [h for h in hits if h.start not in motive]
        else:
            motive = set()
        known = _known(cleaned)
        if any(h.group == "cues" and h.start not in known for h in hits):
            # "… weiß ich, dass er einen Doktortitel hat, aber nicht, welche Organisation er
            # leitet": the degree is not asked for.
            hits = [h for h in hits if h.start not in known]
        # "krainov ist doch der vom amz oder irre ich mich": the doubt begins a clause of its
        # own; the claim before it is not about the asker.
        doubt = {
            h.start - (h.start > 0 and raw[h.start - 1].lower() in _OR)
            for h in hits
            if h.name == "doubt"
        }
        said, clauses, appositions = _clauses(cleaned, wh | heads | doubt, latin_russian)
        kind_at = {h.start for h in hits if h.group == "classes"}
        heard = _heard_of(said, clauses, kind_at)
        mine = _mine(said, clauses, appositions) - heard
        # When no clause is the asker's own ("ich suche Kontakt zu …" asks), none is a remark.
        remarks = _remarks(said, clauses, wh | heads, appositions) - heard if mine else set()
        asked = {h.name for h in hits if h.group == "classes" and h.start not in mine}
        # "Я из ksc group. Никитин ведь в первый день выступал?": what is asked elsewhere,
        # not of "us", leaves the asker's firm aside too.
        not_of_us = any(h.group == "cues" and h.start not in mine for h in hits) and not any(
            k in _WE_KEYS for i, k in enumerate(keys) if i not in mine
        )
        own = _askers_own(
            mentions, keys, mine, bool(asked - {"company", "participant"}) or not_of_us
        )
        others = [m for m in mentions if m.start not in mine]
        if len(others) < 2 and any(h.name == "both" and h.start not in mine for h in hits):
            # "Wir haben Partner in Kaluga und in Omsk … Waren aus diesen beiden Städten
            # Teilnehmer dabei?": the asker's own two are what is asked.
            own = []
        if (
            not others
            and len(own) >= 2
            and len({m.entry.kind for m in own}) == 1
            and any(h.name == "which" and h.start not in mine for h in hits)
            and not any(h.group == "classes" and h.start not in mine for h in hits)
        ):
            # "Ich bring immer AMZ und APM durcheinander – welches ist das sächsische?": which
            # of the two the asker named.
            own = []
        # "Ich hab Verwandte in Rjasan – stand die Stadt auf der Teilnehmerliste?": "die
        # Stadt", "этот город" points back to the asker's place as "von dort" does.
        this_place = any(
            h.group == "classes"
            and h.name in _REGION_KINDS | {"city"}
            and h.start not in mine
            and h.start
            and keys[h.start - 1] in _POINTING
            for h in hits
        )
        if this_place or any(h.name == "there" and h.start not in mine for h in hits):
            # "Wir haben einen Lieferanten in Kurgan. Waren von dort Leute dabei?": the
            # asker's own place is the place asked about; "… mit dem APM-Cluster in Kontakt
            # kommen: wer war von denen als Redner dabei?", the body he named.
            own = [m for m in own if m.entry.kind not in _OWN_KINDS]
        firm_pointed = sum(m.entry.kind == "company" for m in own) == 1 and any(
            h.group == "classes" and h.name == "company" and h.start not in mine
            and h.start and keys[h.start - 1] in _POINTING
            for h in hits
        )  # fmt: skip
        if firm_pointed:
            # "… in der Networking-Runde mit jemandem von ProgressTlt geplaudert … Aus welcher
            # Stadt kommt die Firma?": the one firm the asker named is the firm asked about;
            # where he met it is not.
            mentions = [m for m in mentions if m.entry.kind == "company" or m.start not in mine]
            own = [m for m in own if m.entry.kind != "company"]
        if not others and any(keys[i] in AT_IT for i in asking - set(mine) if i < len(keys)):
            # "Früher kannte ich beim SIBB jemanden – wer ist dort heute Vorsitzender?": "dort"
            # is the body the asker named.
            own = []
        asks_elsewhere = any(h.group == "cues" and h.start not in mine for h in hits)
        # Without a "?", a sentence ending with a full stop tells, when another asks.
        told = set() if "?" in cleaned else full_stops
        asks_after_telling = any(
            h.group == "cues" and h.name in WH_CUES and h.start not in told for h in hits
        )
        if mine and asks_elsewhere:
            # "ich bin von einer Firma in Chemnitz, wer hat die Mission organisiert": the
            # asker's own firm is no class asked about, when another clause asks.
            # Nor is where the asker is from ("ein Zulieferer aus Sachsen"), a day he missed is.
            # A class said only there is what a count pointing back counts ("… ob ich bei der
            # Mission mit über 100 Teilnehmern gesprochen habe. Wie viele waren es?").
            outside = [h for h in hits if h.start not in mine]
            starts_cue = {h.start for h in outside if h.group == "cues"}
            counted = not any(h.group == "classes" for h in outside) and any(
                h.name == "count" and h.end in starts_cue for h in outside
            )
            hits = [
                h for h in hits
                if h.start not in mine
                or not ((h.group == "classes" and not counted) or h.name.startswith("origin="))
            ]  # fmt: skip
        if own and (len(own) < len(mentions) or _classes(hits) or asks_elsewhere):
            # "я представляю поставщика из Нижнего Новгорода и хотел бы понять, какую
            # платформу …": the asker's own town says who asks, not what is asked.
            mentions = [m for m in mentions if m not in own]
        # What the asking sentence names comes first; a preamble's names ("ich bin aus
        # Kaluga") after it.
        # "Помимо IndustryStock, какую ещё платформу представил Никитин?": the one set aside
        # by a word opening the question comes after the one asked of.
        # So is one after "кроме", "außer" inside it ("Какую ещё платформу, кроме Deep Tech
        # Hub, представил Никитин?").
        aside_at = {
            h.end + article
            for h in hits
            if h.name in ("besides", "except") and (h.start == 0 or keys[h.start] in APART)
            for article in (0, 1)  # "außer dem Deep Tech Hub"
        }
        # "Wer leitet den Expertenkreis, den die Repräsentanz mitbegründet hat?": a thing
        # named in a relative clause describes the one before it, which is asked of.
        mentions.sort(
            key=lambda m: (
                m.start not in asking,
                m.start in aside_at,
                m.start in relative,
                m.start,
            )
        )
        held = any(raw[i].lower() in _HELD for i in asking if i < len(raw))
        # Of a thing named before the sentence that asks, not in it ("… миссия, на которой …").
        pointed = not any(m.start in asking for m in mentions) and not any(
            keys[i] in vocab.domain for i in asking if i < len(keys)
        )
        if held and pointed and {m.entry.kind for m in mentions} & _HELD_KINDS:
            # "Richter hat zur Z + intec eingeladen. Wann findet sie statt?": what takes place
            # is the fair, not the person beside it.
            mentions = [m for m in mentions if m.entry.kind != "speaker"]
        gaps = {g.id: g for g in vocab.gaps}
        related = any(h.group in ("predicates", "classes") and h.start in asking for h in hits)
        # "am ersten Tag": the word of a fact inside its value asks for no fact, nor does
        # one inside what the asker heard ("Ich hab gehört, Krainow …").
        valued = {
            h
            for h in hits
            if h.group == "predicates"
            and any(
                (
                    (v.group == "values" and v.name.partition("=")[0] == h.name)
                    or (v.group == "cues" and v.name == "heard")
                )
                and v.start <= h.start and h.end <= v.end
                for v in hits
            )
        }  # fmt: skip
        # "…, о котором говорил Никитин": a speaking verb in a relative clause says which
        # entry is meant; it asks for no speaker.
        acting_as = {h.start for h in hits if h.group == "classes" and h.name == "organizer"}
        # "Welche Rolle hatte das AMZ?": "das" before a name is its article, no "it" (not so
        # before a person's: "War das Wachtler?").
        thing_at = {m.start for m in mentions if m.entry.kind != "speaker"}
        # "War KAMAZ dabei, wie auf der Comtrans?": "wie" compares; it asks no "how".
        commas = _words_after(cleaned, (",",))
        comparing = _compared(keys, commas)
        hits = [h for h in hits if not (h.group == "cues" and h.start + 2 in comparing)]
        tailed = {i for h in hits if h.name == "yes_tail" for i in range(h.start, h.end)}
        cues = frozenset(
            _names(
                [
                    h
                    for h in hits
                    if not (h.name == "spoke" and h.start in relative)
                    # "… für meinen Vortrag an der Uni": the asker's own talk.
                    and not (h.name == "spoke" and h.start and keys[h.start - 1] in _OWNING)
                    and not (h.name == "it" and h.end in thing_at and keys[h.start] in _ARTICLES)
                    # "выступили организаторами": acted as, did not speak.
                    and not (h.name == "spoke" and h.end in acting_as)
                    # "Ya student, delayu doklad pro avtoprom. Missiya byla onlayn?": the
                    # asker's own talk, when another clause asks.
                    # "… ich hab beim scrollen den ueberblick verloren": his, no summary asked.
                    # "Наш замминистра, как я знаю, выступал …": how he knows, not asked.
                    # "Krainows Vortrag hab ich nur halb mitbekommen, worum gings da?": he
                    # heard half of it; no "only" is claimed.
                    and not (
                        h.name in ("spoke", "about", "summary", "how", "only")
                        and asks_elsewhere
                        and h.start in mine
                    )
                    # "Карелия же не автомобильный регион. Она была среди участников?": a
                    # "not" in a sentence that asks nothing leaves nothing out.
                    and not (h.name in ("negation", "except") and h.start in stated)
                    # "ich war am ersten Tag nicht dabei … und wollte fragen, wer da gesprochen
                    # hat": the asker's own "not", when another clause asks.
                    and not (
                        h.name in ("negation", "except", "denied")
                        and asks_elsewhere
                        and h.start in mine
                    )
                    # "Eine Bekannte hat vom Deep Tech Hub erzählt. Wer hat ihn ins Leben
                    # gerufen?": a relation asked; the telling is not.
                    and not (h.name == "spoke" and h.start in stated and related)
                    # "Wachtler hat eine Strategie erwähnt. Bis wann reicht sie?": what he
                    # named is told, not asked.
                    and not (h.name == "named" and h.start in stated)
                    # "Если да, то под каким названием?": a condition, no "…, да?".
                    and not (h.name == "yes_tail" and h.start and keys[h.start - 1] in _IF)
                    # "… или про что-то другое?": the tail's "что-то" asks no "anything".
                    and not (h.name == "anything" and h.start in tailed)
                ],
                "cues",
            )
        )
        # Words that name a kind are no gap: "Kineshma ist eine Stadt?" asks for no town.
        kinds = {
            h
            for h in hits
            if any(c.group == "classes" and (c.start, c.end) == (h.start, h.end) for c in hits)
        }
        years = {i: w for i, w in enumerate(raw) if _YEAR.match(w) and i not in named}
        dates = _dates(hits, raw, cleaned)
        # "bis zum 13.": the event's month; "am 9. und am 10. November": the month named.
        months = {d.partition("-")[0] for d in dates} or {self._event_month} - {None}
        bare: list[str] = []
        if len(months) == 1:
            month = months.pop()
            bare = [f"{month}-{int(d or e):02d}" for d, e in _BARE_DAY.findall(cleaned)]
            bare = [d for d in bare if 1 <= int(d.partition("-")[2]) <= 31 and d not in dates]
            dates += bare
        # A value in a name ("Russische Handelskammer") or right before a name that has it
        # ("die sächsische WFS") describes the name, it claims nothing; a day does not
        # ("Кто говорил в первый день? Рихтер и кто ещё?" asks of that day). In a yes/no
        # question one between the words of a name found apart claims it ("Ist APM ein
        # russisches oder deutsches Cluster?").
        starts = _sentence_starts(cleaned)
        claim = _yesno(hits, keys, text.rstrip().endswith("?"), lang, starts)
        describing = {
            h.start
            for h in hits
            for m in mentions
            if h.group == "values"
            and (
                (m.start == h.end and not h.name.startswith("day="))
                or m.start == h.start
                or (
                    m.start < h.start < m.end
                    and not (
                        claim
                        and not self._in_name(keys[h.start : h.end], m.entry.id)
                        # Not "Polad AG steht auf der Liste. … eine russische AG …?"
                        and not any(m.start < i <= h.start for i in starts)
                    )
                )
            )
            and h.name.partition("=")[2] in map(str, m.entry.fact(h.name.partition("=")[0]))
        }  # fmt: skip
        event = [i for i, k in enumerate(keys) if k in vocab.domain]
        if _classes(hits) or mentions or any(h.name in ("spoke", "participation") for h in hits):
            # So does one next to a word for the event, when a class is asked for or another
            # thing named: "кто был организатором виртуальной бизнес-миссии в Саксонии?" asks
            # for all organizers, "byl li Omsk predstavlen na missii v Saksonii" claims no
            # Omsk in Saxony; "na saksonskoj missii kto-to vystupal pro …" asks who spoke.
            describing |= {
                h.start
                for h in hits
                for i in event
                if h.group == "values"
                and (
                    h.end == i
                    or h.start == i + 1
                    or (h.start == i + 2 and keys[i + 1] in _EVENT_PREPOSITIONS)
                )
                and h.name in self._event_values
            }
            # "die Mission mit den Russen": who the event was with.
            describing |= {
                h.start
                for h in hits
                for i in event
                if h.group == "values"
                and h.name.startswith("origin=")
                and h.start == i + 3
                and raw[i + 1].lower() == "mit"
                and raw[i + 2].lower() in _ARTICLES
            }
            # "bei der russischen Mission", "der sächsisch-russischen Geschäftsreise": where
            # its people came from, said of the event by words right before its word; a
            # count of its participants is not broken down by it.
            describing |= _chained_before(
                [h for h in hits if h.group == "values" and h.name.startswith("origin=")], event
            )
        # "Tag 1 und 2 sind ja gut beschrieben, aber was stand am dritten Tag …?": what stands
        # before "aber", when a question word follows it, is known to the asker, not asked.
        contrast = max((i for i, k in enumerate(keys) if k in _BUT), default=None)
        if contrast is not None and any(
            h.group == "cues" and h.name in WH_CUES and h.start > contrast for h in hits
        ):
            describing |= {h.start for h in hits if h.group == "values" and h.start < contrast}
        # "говорил про Россию", "über Russland": a topic, no value the answer is filtered by.
        about = {h.end for h in hits if h.group == "cues" and h.name == "about"}
        describing |= {h.start for h in hits if h.group == "values" and h.start in about}
        # "bitte bis Freitag klären", "нужно до пятницы": a deadline, no day claimed.
        describing |= {
            h.start
            for h in hits
            if h.name.startswith("weekday=") and h.start and keys[h.start - 1] in _UNTIL
        }
        # "von sächsischen Organisationen und nicht von russischen": a value denied beside
        # another of the same fact said; the one said is the filter, and nothing is turned
        # round.
        describing |= self._in_names(hits, keys, mentions)
        # "Unser Chef will die Russland-Mission nachbereiten. Von wann bis wann lief sie?":
        # the event's people, said of it in a sentence that asks nothing, filter nothing.
        describing |= {
            h.start
            for h in hits
            if h.group == "values" and h.start not in asking and h.end in event
        }
        # "Ilmetov obeshal priehat v Saksoniyu", "nach Sachsen gereist": where a speaker goes,
        # not where he is from (of the event it is where it was: "… Reise nach Russland?").
        if any(m.entry.kind == "speaker" for m in mentions):
            describing |= {
                h.start
                for h in hits
                if h.name.startswith("origin=")
                and h.start
                and _towards(keys[h.start - 1], raw[h.start])
            }
        # "… eine Plattform für deutsche und russische Startups?": whom it is for, not where
        # it is from.
        # Not "für Sachsen gesprochen": a place's name, on whose behalf.
        origins = {
            h.start for h in hits if h.name.startswith("origin=") and raw[h.start].islower()
        }
        describing |= {i for i in origins if _after_for(i, raw, keys, origins)}
        denied = _denied_beside_said([h for h in hits if h.start not in describing], hits)
        if denied:
            describing |= denied
            cues -= {"except"}
        values = tuple(
            (fact, value)
            for name in _names([h for h in hits if h.start not in describing], "values")
            for fact, _, value in [name.partition("=")]
        ) + tuple(("year", w) for w in dict.fromkeys(years.values()) if w not in self._event_years)
        values += tuple(("date", d) for d in dates)
        # "Was war am 9. und was am 10.?": a day of the month alone names the event's day.
        values += tuple(
            ("day", day)
            for d in bare
            if (day := self._day_of_date.get(d)) and ("day", day) not in values
        )
        if {"which", "what", "who"} & cues or any(m.entry.kind == "speaker" for m in mentions):
            # "какой день миссии был 10.11.?", "Was war am 10.11.?", "Wer sprach am 10.11.?":
            # that date's day (not "ab 9.11. bis wann", which asks when the event ended); so
            # is a speaker's ("Nikitin hat am 9.11. die Mission eröffnet, richtig?").
            values += tuple(
                ("day", day)
                for d in dates
                if (day := self._day_of_date.get(d)) and ("day", day) not in values
            )
        values += _elliptic_days(values, keys, hits, vocab.ordinals)
        if WH_CUES & cues and any(span.search(cleaned) for span in self._event_spans):
            # "In welchem Jahr lief die Mission vom 9. bis 11. November?": its dates say which
            # event, not which of its days.
            values = tuple(v for v in values if v[0] not in ("day", "date"))
        free_at = [
            i
            for i, k in enumerate(keys)
            if len(k) >= 4
            and k not in self._function
            and k not in _RELATIVE_KEYS  # "которой", "deren": no word of a thing
            and k not in vocab.domain
            and i not in named
            and i not in years
            and i not in relaying
            # "vier", "четыре", "semdesyat": a number, no word of a thing.
            and not numbers(to_cyrillic(raw[i]) if latin_russian else raw[i])
            and not any(h.start <= i < h.end for h in hits)
            # "для нашего кластера": the asker's own, no word of what is asked.
            and not (i and keys[i - 1] in _OURS | _OWNING)
            # "ich suche die Namen …": the asker's request, no "Suche nach Partnern".
            and not (i and raw[i - 1].lower() in _SELF and raw[i].lower() in _REQUESTS)
            and i not in motive
        ]
        if lang == "de" and not latin_russian:
            # "z+intec standpreis", "gibt es Hotelkosten?": a compound ending in a word for
            # what the knowledge never gives asks for it.
            hits += [
                Hit("gaps", tail_gap, i, i + 1)
                for i in free_at
                if (tail_gap := self._gap_tail(keys[i])) is not None
            ]
        # "das sächsische Zuliefernetzwerk", "der russische Cluster", "саксонское агентство":
        # a word of one name beside where its entry comes from names that entry. Not in a
        # claim of a thing named: "AMZ — eto rossiyskiy klaster?" says where the AMZ is from
        # ("Der russische Cluster war Mitveranstalter?" names the APM, but "… AHK, die
        # Deutsch-Russische Kammer?" an abbreviation the knowledge does not have).
        described: list[tuple[Mention, str]] = []
        if not claim or not (mentions or self._unknown_abbreviation(raw, keys)):
            described = self._described(hits, keys, free_at, mentions)
        for mention, origin in described:
            mentions.append(mention)
            named.add(mention.start)
            free_at.remove(mention.start)
            values = tuple(v for v in values if v != ("origin", origin))
        free = tuple(keys[i] for i in free_at)
        values = _without_qualifiers(values, hits, keys, free_at, event, starts)
        # Names in what the asker says of himself ("ich bin an der TU Dresden") or in a
        # sentence before the question ("Jemand auf LinkedIn hat …") are not asked about.
        layout = _Layout(raw, keys, named, starts, commas, _words_after(cleaned, ("-",)))
        aside = (set(range(len(raw))) - asking) | (mine if asks_elsewhere else set())
        # "Я из Новосибирска. Наши компании участвовали?": the asker's own firms or town are
        # asked about, when the asker named nothing the knowledge has ("я Олег из Ульяновска").
        ours = {h.start - 1 for h in hits if h.group == "classes"} & {
            i for i in asking if keys[i] in _OURS
        }
        if ours and not any(m.start in mine for m in mentions):
            aside -= set(mine)
        unknown = self._unknown_names(
            layout,
            aside,
            lang == "ru",
            latin_russian,
            len(raw) > 1 and _subject_first(cleaned),
            # "volkswagen sachsen dabei gewesen?": whether something took part, nothing named.
            "participation" in cues and not mentions and not _classes(hits),
        )
        # "die Hannover Messe": a capital word before the one fair's class word names another.
        unknown += [
            raw[i]
            for h in hits
            if h.group == "classes" and h.name in SINGLE_KINDS
            and (i := h.start - 1) >= 0 and i not in starts and i not in named
            and raw[i][:1].isupper() and keys[i] not in self.known and raw[i] not in unknown
            and not self._near_known(keys[i])
        ]  # fmt: skip
        # "Свердловская область тоже участвовала?", "permskii krai": a place's adjective
        # before a region's word names a region, at a sentence's opening or typed small too.
        for h in hits:
            i = h.start - 1
            if (
                h.group == "classes" and h.name in _REGION_KINDS
                and i >= 0 and i not in named and keys[i] not in self.known
                and _PLACE_ADJECTIVE.search(
                    (to_cyrillic(raw[i]) if latin_russian else raw[i]).lower()
                )
                and not self._near_known(keys[i])
            ):  # fmt: skip
                name = _region_name(raw[i] if latin_russian else raw[i : h.end], latin_russian)
                unknown = [n for n in unknown if n not in (raw[i], name)] + [name]
        if not any(w[:1].isupper() for w in raw):
            yes_no = bool({"yes_head", "participation"} & cues) and not WH_CUES & cues
            unknown += self._small_names_by_class(
                layout, hits, aside, unknown, latin_russian, yes_no
            )
            # Asked again: the asker's own clauses and his motive have left the hits since.
            for i in self._small_fair_names(hits, raw, keys, latin_russian):
                word = to_cyrillic(raw[i]) if latin_russian else raw[i]
                word = _fair_named(word, raw[i + 1 : i + 2]).capitalize()
                if i not in aside and i not in named and word not in unknown:
                    unknown.append(word)
        if comparing:
            # "Fünf Tage, so wie die Hannover Messe?", "Участников было около 300, как на
            # Иннопроме?": another event named to compare with, not asked about.
            unknown = [n for n in unknown if not any(n.split()[0] == raw[j] for j in comparing)]
        if latin_russian:
            # "Tatarstan i Bashkiriya …": a Russian name is written in Cyrillic in a Russian
            # reply ("Башкирия"); a brand that does not look Russian ("Renault", "Bosch") or
            # is written with capitals inside ("AvtoVAZ") stays.
            unknown = [self._in_cyrillic(name) for name in unknown]
        # Not days of a month: "am 9. oder 10. November".
        # Not a fact's figure: "welche Ausgabe der Messe, die 15. oder die 16.?" (edition).
        choice = (
            bool(_classes(hits))
            and not dates
            and not any(h.group == "predicates" and h.name != "day" for h in hits)
            and _choice_of_numbers(raw, keys)
        )
        if choice:
            # "2 tage oder 3", "два дня или три": how many, not whether two.
            cues |= {"count"}
            values = tuple(v for v in values if v[0] != "days")
        if keys and keys[0] in _PLACE_NOUNS:
            # "Ort der Mission?", "Место проведения?": where, as "Wo?" asks; no claim.
            cues |= {"where"}
            claim = False
        if claim and _attribute_fragment(keys, mentions):
            # "Wachtlers Thema?", "Ilmetow Region?": a name and what is asked of it, no claim.
            claim = False
        if any(m.entry.kind == "speaker" for m in mentions) and _TOPIC_OF_ONE.search(text):
            # "Ging es bei Krainow eher um Elektroautos oder um Lokalisierung?": what he
            # spoke about.
            cues |= {"spoke", "about"}
        yesno = claim and not choice
        # "Fand eine Networking-Runde statt?", "Проходили ли презентации?": whether it took
        # place, not where (asked with "wo", "где", or a place named: "… in Dresden?").
        whether_held = yesno and "where" not in cues and not unknown
        # "Спасибо, привет из Москвы!", "schönes Wochenende nach Sachsen!": a place greeted.
        greeted = _greeted_places(hits, keys, mentions)
        as_what = layout.as_what  # "Als Mitarbeiter …": who the asker is (see gaps)
        if mentions and all(m.entry.kind == "platform" for m in mentions):
            # "Der Deep Tech Hub richtet sich an Autokonzerne?": a platform's users, as the
            # event's sector is whom the event was for.
            hits = [
                h._replace(name="audience") if (h.group, h.name) == ("predicates", "sector") else h
                for h in hits
            ]
        made_for = "who" not in cues and any(
            h.group == "predicates" and h.name == "audience" for h in hits
        )
        event_asked = any(keys[i] in vocab.domain for i in asking if i < len(keys))
        if mentions and all(m.entry.kind in _PRESENTED_KINDS for m in mentions):
            # "В какой день представляли Deep Tech Hub?": a platform is presented; only a
            # body is represented ("представлял").
            hits = [
                h._replace(name="presented")
                if h.name == "organization" and keys[h.start].startswith("predstavl")
                else h
                for h in hits
            ]
        whence = any(k == _WO and n in _WHENCE_VERBS for k, n in pairwise(keys))
        # Only of one described by a relative clause: "Где он работает и о чём говорил?" asks
        # more than his organization, and his card tells all of it.
        works_at = bool(relative) and "where" in cues and bool(_WORKS & {simplify(w) for w in raw})
        return Analysis(
            text=text,
            lang=lang,
            latin_russian=latin_russian,
            keys=keys,
            mentions=tuple(mentions),
            unknown_names=tuple(unknown),
            cues=cues,
            classes=_without_the_invited(
                _people_who_spoke(tuple(_classes(_asked_classes(hits, cues))), cues), cues, hits
            )
            or _implied_class(cues, hits, keys, mentions)
            or self._people_from(cues, values, mentions, hits, keys),
            predicates=tuple(
                _names(
                    [
                        h
                        for h in hits
                        if h.start not in relative
                        and h.start in asking
                        and h not in valued
                        and not (h.name == "place" and whether_held)
                        # "Wo arbeitet der Mann, der …?", "где работает …": where one works is
                        # his organization, no place.
                        and not (h.name == "place" and works_at)
                        # "mein Chef will wissen …", "наш директор": the asker's own, no head.
                        and not (h.start and keys[h.start - 1] in _OURS)
                        and not _within_longer(h, hits)
                        # "Для каких компаний создан Deep Tech Hub?": made for whom, not by.
                        and not (h.name == "initiator" and made_for)
                    ],
                    "predicates",
                )
            ),
            # "… поддерживает платформу. Кто её инициировал?": the sentence before the
            # question says which one, like a relative clause.
            described=tuple(
                _names(
                    [
                        h
                        for h in hits
                        if (h.start in relative or h.start not in asking)
                        # "Unser Geschäftsführer hat mich gebeten, …": the asker's own head.
                        and not (h.start and keys[h.start - 1] in _OURS)
                    ],
                    "predicates",
                )
            ),
            values=values,
            described_values=self._described_values(hits, describing_values),
            gaps=tuple(
                gap
                for n in _names(
                    [
                        h
                        for h in hits
                        if h.start in asking
                        and h not in kinds
                        # "nur online per video": a word of a value asks for no recording.
                        and not any(
                            v.group == "values" and v.start <= h.start and h.end <= v.end
                            for v in hits
                        )
                        # "… ich muss ihm nächste Woche schreiben": no future event asked.
                        and not (asks_elsewhere and h.start in remarks)
                        # "… für unser Protokoll festhalten, wie viele …": the asker's own.
                        and not (asks_elsewhere and h.start and keys[h.start - 1] in _OWNING)
                        # "Wo kommt ProgressTlt her?": the "her" of "woher", split off, not
                        # of "stellt … her".
                        and not (keys[h.start : h.end] == (_HER_OF_WOHER,) and whence)
                        # "Als Mitarbeiter eines Clusters interessiert mich, ob …": who the
                        # asker is, no staff asked about.
                        and not (asks_elsewhere and h.start - 1 in as_what)
                        # "… segodnya opyat byl avral s otgruzkoi. nachalnik sprashivaet
                        # skolko …": a sentence that tells, when a later one asks.
                        and not (h.start in told and asks_after_telling)
                        # "kto organizoval nu eto samoe missiyu": a word of spoken filler,
                        # not "это самое большое мероприятие".
                        and not any(
                            f.name == "filler"
                            and f.start <= h.start
                            and h.end <= f.end
                            and not "".join(raw[f.end : f.end + 1]).lower().endswith(_ADJECTIVE)
                            for f in hits
                        )
                    ],
                    "gaps",
                )
                if not (gap := gaps[n]).cues or gap.cues & cues
            ),
            smalltalk=(
                _smalltalk(hits, len(keys), greeted)
                or _thanks_only(text, hits, cues)
                or _questions_later(text, hits)
            )
            if all(m.start in greeted for m in mentions)
            else None,
            yesno=yesno,
            free=free,
            # Words no text knows, up to the last sentence that asks: "… genau? Ich brauche
            # die Daten für den Vorspann." asks nothing of a "Vorspann".
            foreign=tuple(
                keys[i]
                for i in free_at
                # "Mein Chef will die Mission auswerten. Wann fand die Mission statt?": a
                # sentence before one that names the event asks nothing of "auswerten" ("… ein
                # Online-Werkzeug … gezeigt. Wie heißt das?" asks of what it says).
                if (i in asking or (i <= max(asking, default=i) and not event_asked))
                # "Ich lese die Mitteilung quer und bleibe bei Krainov hängen. Wer ist das?":
                # what the asker says he does asks nothing.
                and not (asks_elsewhere and i in mine)
                and keys[i] not in self.known
                and keys[i] not in _ROUGHLY
                and not self._near_known(keys[i])
            ),
            counted=_counted(hits, keys, self._function),
            counts=_separate(h for h in hits if h.group == "cues" and h.name == "count"),
            excluded=_excluded(hits, keys),
            joined=_joined(hits, keys),
            event_at=event[0] if event else None,
            aside=tuple(keys[i] for i in sorted(mine) if asks_elsewhere and i < len(keys)),
            topic=_topic_words(free_at, keys, hits),
            relaying=tuple(sorted(relaying)),
            describing=tuple(dict.fromkeys(m.entry.id for m in mentions if m.start in relative)),
            antecedents=tuple(
                dict.fromkeys(
                    m.entry.id
                    for m in mentions
                    if m.start not in relative and {m.end, m.end + 1} & relative
                )
            ),
        )

    def _people_from(
        self,
        cues: frozenset[str],
        values: Sequence[tuple[str, str]],
        mentions: Sequence[Mention],
        hits: Sequence[Hit],
        keys: Sequence[str],
    ) -> tuple[str, ...]:
        """'Wer war aus Sachsen dabei?': of an origin no named firm has, the speakers from it.

        Not "… было в Саксонии и кто в нём участвовал", where Saxony is the event's place.
        Who spoke from somewhere ("Hat jemand aus Sachsen gesprochen?", "выступал ли кто-то из
        России?") are the speakers from there, whatever firms are named.
        """
        origins = {v for fact, v in values if fact == "origin"}
        spoke = "spoke" in cues
        if mentions or not ({"who", "participation"} <= cues or spoke) or len(origins) != 1:
            return ()
        if not any(h.group == "values" and _after_from(keys, h.start) for h in hits):
            return ()
        return () if origins & self._firm_origins and not spoke else ("speaker",)

    def _unknown_abbreviation(self, raw: Sequence[str], keys: Sequence[str]) -> bool:
        """Whether a word in capitals no text knows stands in the question ("AHK")."""
        return any(
            len(w) > 1 and w.isupper() and keys[i] not in self.known for i, w in enumerate(raw)
        )

    def _described(
        self,
        hits: Sequence[Hit],
        keys: Sequence[str],
        free_at: Sequence[int],
        mentions: Sequence[Mention],
    ) -> list[tuple[Mention, str]]:
        """Entries described by a word of their name next to their origin, with the origin.

        Only where one entry of that origin has such a word: "Netzwerk der sächsischen
        Autozulieferer" is the AMZ, "des russischen Clusters" the APM.
        """
        found = []
        seen = {m.entry.id for m in mentions}
        used: set[int] = set()
        for hit in hits:
            fact, _, value = hit.name.partition("=")
            if hit.group != "values" or fact != "origin":
                continue
            # Not a word right after the event's ("бизнес-миссия автомобильной отрасли в
            # Саксонии"): it says what the event was about.
            near = [
                i
                for i in free_at
                if hit.start - 3 <= i < hit.end + 3
                and not (i and keys[i - 1] in self.vocabulary.domain)
            ]
            matches = {
                (entry.id, i)
                for entry in self.kb.entries
                if entry.kind in _DESCRIBED_KINDS
                and value in map(str, entry.fact("origin"))
                and entry.id not in seen
                for i in near
                if any(_same_word(keys[i], k) for k in self._name_keys[entry.id])
            }
            if len({e for e, _ in matches}) == 1 and not any(i in used for _, i in matches):
                entry_id, i = min(matches, key=lambda m: m[1])
                found.append((Mention(self.kb.by_id[entry_id], i, i + 1), value))
                seen.add(entry_id)
                used.add(i)
        return found

    def _in_names(
        self, hits: Sequence[Hit], keys: Sequence[str], mentions: Sequence[Mention]
    ) -> set[int]:
        """Positions of values that continue a name with words of that name.

        "die Repräsentanz der HIK in Deutschland", "представительство ТПП в Германии" name
        the office and claim no origin.
        """
        ends = {m.end: m.entry.id for m in mentions}
        found = set()
        for h in hits:
            if h.group != "values":
                continue
            if not h.start or keys[h.start - 1] not in IN_KEYS:
                continue  # "Ist die WFS sächsisch?" claims it
            named = ends.get(h.start - 1)
            if named is not None and self._in_name(keys[h.start : h.end], named):
                found.add(h.start)
        return found

    def _in_name(self, keys: Sequence[str], entry_id: str) -> bool:
        """Whether one of the words is one of the entry's name ("Deutschland" of the HIK's)."""
        name = self._name_keys.get(entry_id, set())
        return any(_same_word(k, n) for k in keys for n in name)

    @staticmethod
    def _described_values(
        hits: Sequence[Hit], relative: Collection[int]
    ) -> tuple[tuple[str, str], ...]:
        named = _names([h for h in hits if h.group == "values" and h.start in relative], "values")
        return tuple((fact, value) for name in named for fact, _, value in [name.partition("=")])

    def _named_by_class(
        self,
        hits: Sequence[Hit],
        raw: Sequence[str],
        keys: Sequence[str],
        mentions: Sequence[Mention],
        latin: bool,
    ) -> list[Mention]:
        """Entries a class word names as the only one of their kind.

        "die Messe" is the event's one fair, unless a word the knowledge does not know
        qualifies it ("die Hannover Messe"; typed in small letters, "zur hannover messe",
        "на выставку иннопром": one that is no function word either).
        """
        small = set(self._small_fair_names(hits, raw, keys, latin))
        found = []
        for hit in hits:
            if hit.group != "classes" or hit.name not in SINGLE_KINDS:
                continue
            entries = self.kb.of_kind(hit.name)
            if len(entries) != 1 or any(m.entry.kind == hit.name for m in mentions):
                continue
            if hit.start and keys[hit.start - 1] in _INDEFINITE:
                continue  # "на одной выставке": some fair, not the one
            around = [i for i in (hit.start - 1, hit.end) if 0 < i < len(keys)]
            if not any(
                (raw[i][:1].isupper() and keys[i] not in self.known) or i in small for i in around
            ):
                found.append(Mention(entries[0], hit.start, hit.end))
        return found

    def _small_fair_names(
        self, hits: Sequence[Hit], raw: Sequence[str], keys: Sequence[str], latin: bool
    ) -> list[int]:
        """Where a name typed in small letters qualifies the fair's word: another fair.

        German names it before the word ("zur hannover messe"), Russian after it, at the end
        of a yes/no question ("приглашали ли на выставку иннопром"); a word no text knows
        and no function word.
        """
        if any(w[:1].isupper() for w in raw):
            return []
        russian = latin or any(has_cyrillic(w) for w in raw)
        yes_no = {simplify(w) for w in raw} & {"ли", "li"} and not any(
            h.group == "cues" and h.name in WH_CUES for h in hits
        )
        found = []
        for hit in hits:
            if hit.group != "classes" or hit.name not in SINGLE_KINDS:
                continue
            # "na hannover messe" in Latin letters: the German word, in German order.
            german_order = not russian or (latin and keys[hit.start] == _MESSE)
            # "на ганноверскую выставку": a place's adjective before the word.
            before = hit.start - 1
            if russian and not latin and before > 0 and _PLACE_ADJECTIVE.search(raw[before]):
                german_order = True
            i = before if german_order else hit.end
            if not german_order and not (yes_no and i + 1 == len(raw)):
                continue
            if (
                0 < i < len(raw)
                and keys[i] not in self._function
                and self._unheard(keys[i], raw[i])
            ):
                found.append(i)
        return found

    def _other_name(self, key: str, word: str, russian: bool) -> bool:
        """Whether a word is one of the vocabulary's ``others`` ("камаза" in Russian too)."""
        if key in self.vocabulary.others:
            return True
        # Russian case endings: "камаза", "avtovazom"; not "газета" (a name of 4 letters or more).
        return (russian or has_cyrillic(word)) and any(
            key.startswith(o) and len(key) - len(o) <= 3 for o in self._long_others
        )

    def _latin_only(self, key: str) -> bool:
        """Whether one of the ``others`` is written in Latin letters only (Siemens, not КАМАЗ)."""
        scripts = self.vocabulary.scripts.get(((key, False),), frozenset())
        return key in self.vocabulary.others and "cyrillic" not in scripts

    def _base_form(self, word: str, key: str, russian: bool) -> str:
        """One of the ``others`` in a case form, without its ending: "Камаза" is "Камаз"."""
        if key in self.vocabulary.others or not (russian or has_cyrillic(word)):
            return word
        others = self.vocabulary.others  # "ГАЗа" is "ГАЗ", though "газета" is no case of it
        cut = next((n for n in range(len(word) - 1, 2, -1) if _key(word[:n]) in others), None)
        return word if cut is None else word[:cut]

    def _unheard(self, key: str, word: str) -> bool:
        """Whether a word typed in small letters may be a name.

        Not one a text of the knowledge uses or one like it, a stop word or a question word.
        "vw" keys as "v", the Latin "в": a key of one letter knows no word of more.
        """
        return not (
            (key in self.known and (len(key) > 1 or len(word) == 1))
            or simplify(word) in ANY_STOP_WORDS
            or key in self._asking
            or self._near_known(key)
        )

    def _in_cyrillic(self, name: str) -> str:
        """A name typed in Latin letters as a Russian reply writes it, if it looks Russian."""
        parts = name.split()
        key = "".join(_key(w) for w in parts)
        if (
            has_cyrillic(name)
            or len(key) < 5
            or any(ch.isupper() for w in parts for ch in w[1:])
            or self._letters.russian(key) < LOOKS_RUSSIAN
        ):
            return name
        return " ".join(
            to_cyrillic(w).capitalize() if w[:1].isupper() else to_cyrillic(w) for w in parts
        )

    def _latin_russian_key(self, word: str) -> str:
        """A word's key in Russian typed in Latin letters.

        Read as Russian, unless only its own key is a known word ("kakie companies iz
        Samary": "companies" is no "цомпаниес").
        """
        russian = _key(word, latin_russian=True)
        own = _key(word)
        return own if russian not in self.known and own in self.known else russian

    def _latin_russian(
        self,
        raw: Sequence[str],
        keys: Sequence[str],
        named: Collection[int] = (),
        preferred: Lang | None = None,
    ) -> bool:
        """Russian typed in Latin letters: Latin script and mostly Russian function words.

        Without function words, how the words look decides, unless the asker is known to
        write German and one word alone looks Russian: "Nowosibirsk?" is a German asker's
        place; "Nikitin sovetoval iskat partnerov cherez Alibaba?" is Russian.
        A German title or term quoted counts for neither ("kto byl Leiter des Referats
        Absatzfoerderung und Kooperationen?").
        """
        # "Никитин v kakoj den' vystupal?", "v kakom mesyace z+intec, v апреле vrode?": the
        # words in Latin letters tell, those in Cyrillic are Russian anyway.
        cyrillic = {i for i, w in enumerate(raw) if has_cyrillic(w)}
        if len(cyrillic) == len(raw):
            return False
        lowered = [simplify(w) for w in raw]
        russian, german, function = self._votes(lowered, keys, named, cyrillic)
        if russian and german:
            # Only a message with votes both ways can change when quotes are left out.
            quoted = self._quoted(keys) | cyrillic
            russian, german, function = self._votes(lowered, keys, named, quoted)
        if preferred == "de" and not function and russian < 2:
            return False
        return russian > german and russian >= 1

    def _votes(
        self,
        lowered: Sequence[str],
        keys: Sequence[str],
        named: Collection[int],
        quoted: Collection[int],
    ) -> tuple[int, int, bool]:
        """Words that tell Russian, words that tell German, and whether a function word did."""
        russian = german = 0
        function = False
        for i, (w, k) in enumerate(zip(lowered, keys, strict=True)):
            if i in quoted or w in COURTESY:
                continue  # "tatarstan uchastvoval bitte": "bitte" is a courtesy, no grammar
            if w in _TITLES and i + 1 in named:
                continue  # "Herr Richter gde rabotaet?": a title goes with the name
            # The list holds match keys ("chto" is "hto"); a name's words are not on it ("CTO
            # Soft": "cto" has the key of "kto"), but a Russian ending tells ("Samarskoy"), and
            # so does a word only a Russian name has ("ekspertnyi krug").
            # A listed word inside a name found counts when no name has it ("Bakulin Motors
            # eto Volgabus", found as one name across "eto").
            # "VW" keys as "v", the Latin "в", but a letter typed for "в" is one letter.
            listed = w.endswith(_RUSSIAN_ENDINGS) or (
                k in self.vocabulary.russian
                and (i not in named or k not in self._names_by_key)
                and (len(k) > 1 or w in _ONE_LETTER_RUSSIAN)
            )
            german_word = w in STOP_WORDS["de"] or w in _GERMAN_FUNCTION
            # A Russian case ending on a name is grammar, as a function word is.
            declined = i in named and (
                k in self._russian_name_keys or self._declined_in_russian(k)
            )
            russian += listed + declined
            german += german_word
            function = function or listed or german_word or declined
            if not (listed or german_word or i in named) and len(k) >= 4:
                # Other words by how they look ("meropriyatiya", "dolzhnost"; "Teilnahme").
                looks = self._letters.russian(k)
                russian += looks >= LOOKS_RUSSIAN
                german += looks <= LOOKS_GERMAN
        return russian, german, function

    def _declined_in_russian(self, key: str) -> bool:
        """A name with a Russian case ending: "klastera", "rihtera", "o nikitine"."""
        return key not in self._names_by_key and any(
            key[len(name) :] in _RUSSIAN_CASE_TAILS
            for name in self._word_matches(key)
            if key.startswith(name)
        )

    def _quoted(self, keys: Sequence[str]) -> set[int]:
        """Positions of runs of three words or more as the German texts write them."""
        folded = [_folded(k) for k in keys]
        joined = [pair in self._german_pairs for pair in pairwise(folded)]
        quoted: set[int] = set()
        start = 0
        for i in range(len(joined) + 1):
            if i < len(joined) and joined[i]:
                continue
            if i - start >= 2:
                quoted.update(range(start, i + 1))
            start = i + 1
        return quoted

    def _unknown_names(
        self,
        words: _Layout,
        aside: Collection[int],
        russian: bool,
        latin: bool,
        subject: bool,
        membership: bool,
    ) -> list[str]:
        """Words that look like names (capitals, brands) the knowledge base never uses.

        ``aside``: positions said of the asker or in a sentence that asks nothing;
        ``subject``: the first word may be the subject of the second; ``membership``: the
        question asks whether something took part, naming nothing known.
        """
        raw, keys, named, starts, listed = (
            words.raw, words.keys, words.named, words.starts, words.listed
        )  # fmt: skip
        found: list[str] = []
        last = -2  # where the last one found stands: "Марий Эл" is one name
        dictated = not any(w[:1].isupper() for w in raw)
        for i, (word, key) in enumerate(zip(raw, keys, strict=True)):
            if i in aside:
                continue  # said of the asker, or in a sentence that asks nothing
            # "VW" keys as "v", like the Latin "в": a key of one letter knows no name; nor does
            # one of two for a name in capitals ("IAA" keys as "ia", the Latin "я").
            short = len(key) < (3 if word.isupper() and len(word) >= 3 else 2)
            # "Hat Diess …?": a capital word inside a sentence that only sounds like a function
            # word ("dies") is no form of it.
            sounds_like = i not in starts and self._only_sounds_known(word, key)
            known = key in self.known and not short and not sounds_like
            if (
                i + 1 in words.hyphened
                and raw[i + 1].lower() in _FIRM_TAILS
                and word[:1].isupper()
                and not known
                and i not in named
                and not self._near_known(key)
            ):
                # "das Porsche-Werk", "der VW-Konzern": the firm's name is unknown.
                found.append(word)
                last = i
                continue
            if i in named or not key or known or len(word) < 2 or "-" in word or key.isdigit():
                continue  # compounds ("EU-Strategie") are words, not names; nor are numbers
            lowered = simplify(word)
            if lowered in ANY_STOP_WORDS:
                continue
            if lowered in _OPENING_QUESTION_WORDS or key in self._asking:
                continue  # "Чему был посвящён доклад?", "chemu byl …" open with no name
            before = simplify(raw[i - 1]).rstrip(".") if i else ""
            capital = word[0].isupper()
            first = (
                (capital and not russian and self._first_name_before(words, i))
                or (i - 1 not in named and self._after_a_first_name(key, i, words))
            ) and not self._misspelled_surname(keys[i - 1], key)
            # "vw" keys as "v", the Latin "в", but is no function word: its key is shorter.
            function = key in self._function and len(key) >= len(lowered)
            if not (
                (word.isupper() and len(word) >= 3)
                or any(ch.isupper() for ch in word[1:])  # АвтоВАЗ, McLaren
                # German writes every noun with a capital; Russian only names.
                or (russian and capital and i not in starts)
                # A word in the other script: "Continental участвовал?"
                or (capital and has_cyrillic(word) != (russian and not latin))
                # After a title, or a German capital after "aus"/"von" or opening a yes/no
                # question ("Dr. Petra Lange", "Firmen aus Kasan", "Waren Bosch oder …").
                or (capital and before in _TITLES)
                # … dictated too: "war frau schneider auch dabei", "выступал ли господин иванов".
                or (dictated and before in _TITLES and len(key) >= 3 and not function)
                # … a brand opening it before "из", "aus" and a place known: "gaz iz nizhnego
                # novgoroda uchastvoval?".
                or (
                    dictated
                    and i == 0
                    and keys[1:2] != ()
                    and keys[1] in FROM_KEYS
                    and 2 in named
                    and not function
                    and not self._near_known(key)
                )
                or (capital and before in ("aus", "von", "in", "nach") and not russian)
                or (capital and i - 1 in starts and before in _YES_VERBS)
                # … also with a particle between: "Angeblich war auch Wladiwostok vertreten."
                or (
                    capital
                    and not russian
                    and before in _PARTICLES
                    and i > 1
                    and simplify(raw[i - 2]) in _YES_VERBS
                )
                # … or after a question word and its verb: "Was hat Volkswagen präsentiert?";
                # dictated, a short brand as the subject of a deed ("was hat vw vorgestellt";
                # not "wann war mitte der mission", "was hat konkret richter gesagt").
                or (
                    (capital or (dictated and len(lowered) <= 4 and before in ("hat", "haben")))
                    and not russian
                    and i - 2 in starts
                    and before in _YES_VERBS
                    and simplify(raw[i - 2]) in QUESTION_WORDS["de"]
                )
                # … dictated: "ist kamaz auch dabei gewesen", "hat vw mitgemacht".
                # (short ones only when it asks whether one took part: "war bmw dabei"), also
                # after "ли": "byl li kamaz sredi uchastnikov".
                or (
                    dictated
                    and i - 1 in starts
                    and before in _YES_VERBS
                    and (
                        len(key) >= 4
                        or (membership and not function)
                        # "hat vw bei der networking runde mitgemacht", "hat bmw präsentiert"
                        or (not function and len(raw[i]) >= 2 and self._unheard(key, raw[i]))
                    )
                )
                or (
                    dictated
                    and i - 2 in starts
                    and before in ("li", "ли")
                    and simplify(raw[i - 2]) in _YES_VERBS | _SPOKE
                    and len(key) >= 4
                    and key not in _OURS  # "byla li nasha oblast …"
                )
                or (
                    dictated
                    and membership
                    and not russian
                    and len(key) >= 2
                    and not function
                    and (i == 0 or before in ("und", "oder"))
                )
                # … in Russian, two joined by "i" ("bosch i continental byli partnerami?").
                or (
                    dictated
                    and membership
                    and russian
                    and len(key) >= 4
                    and key.isalpha()
                    and not function
                    and key not in self.vocabulary.russian
                    and (
                        (i == 0 and len(raw) > 1 and simplify(raw[1]) in _AND)
                        or (before in _AND and bool(found) and last == i - 2)
                    )
                )
                # The subject of a yes/no question, dictated or not: "avtovaz war dabei", also
                # after an opener: "а камаз был на миссии?"; a short one when it is asked
                # whether it took part, nothing else named: "gaz uchastvoval?".
                or (
                    (i == 0 or (i == 1 and simplify(raw[0]) in _OPENERS))
                    and subject
                    and (len(key) >= 4 or (membership and len(key) == 3))
                    and not function
                    and (_verb_follows(raw, i) or self._branch(words, i))
                )
                # "Waren Kaluga und Kasan dabei?", "War neben Omsk auch Wladiwostok …?": beside
                # a name or another unknown one; dictated, a longer one ("war kurgan oder
                # tscheljabinsk dabei").
                or (capital and (found or i - 2 in named) and before in _BESIDE_A_NAME)
                or (
                    dictated
                    and (found or i - 2 in named)
                    and before in _BESIDE_A_NAME
                    and len(key) >= 5
                    and not function
                )
                # Dictated, the last word of a yes/no question on taking part that names
                # nothing: "был ли на миссии соллерс", "byl li na missii avtovaz".
                or (
                    dictated
                    and membership
                    and i + 1 == len(raw)
                    and i > 1
                    and {simplify(w) for w in raw[:i]} & {"ли", "li"}
                    and len(key) >= 4
                    and not function
                )
                # Dictated, the doer of a deed asked of: "was hat continental vorgestellt",
                # "что представлял камаз".
                or (
                    dictated
                    and not function
                    and len(key) >= 3
                    and i - 2 in starts
                    and (
                        (
                            not russian
                            and before in ("hat", "haben")
                            and simplify(raw[i - 2]) in QUESTION_WORDS["de"]
                            and i + 2 == len(raw)
                        )
                        or (
                            russian
                            and simplify(raw[i - 2]) in ("что", "chto", "о чем")
                            and before in _DEEDS
                            and i + 1 == len(raw)
                        )
                    )
                )
                # A real name the knowledge never gives, in any case: "war bmw dabei".
                or self._other_name(key, word, russian)
                # Dictated, after an office: "hat der minister dulig gesprochen".
                or (dictated and before in _OFFICES and len(key) >= 4 and not function)
                # Two capital words no text knows, side by side: "Martin Dulig".
                or (capital and not russian and self._unknown_pair(words, i))
                # … or a surname no text knows after a first name: "Peter Altmaier".
                or first
                # … or in a list of names: "Omsk, Kaluga, Jekaterinburg, Rjasan".
                or (capital and i in listed and (i - 1 in named or (found and last == i - 1)))
                # Dictated, all in small letters: a word no text knows after "from" is a
                # place ("war jemand aus kasan dabei").
                or (dictated and before in _FROM and len(key) >= 4)
            ):
                continue
            # Not near a word known when it is a real name the knowledge never gives
            # ("Amerika" is no form of "amerikanisch").
            if (
                self._near_known(key)
                and not self._other_name(key, word, russian)
                and not sounds_like
            ):
                continue
            word = self._base_form(word, key, russian)
            if dictated:
                # "kakuyu rol igral siemens": a Western name stays in Latin letters.
                western = _WESTERN.search(word.lower()) or self._latin_only(key)
                word = _spelled(word, latin and not western)
            if first and not (found and last == i - 1):
                given = _spelled(raw[i - 1], latin) if dictated else raw[i - 1]
                word = f"{given} {word}"  # "Thomas Müller", not "Müller"
            if found and last == i - 1 and i not in listed:
                found[-1] += " " + word
            elif all(_key(word) != _key(f) for f in found):  # "AvtoVAZ … AvtoVAZ" once
                found.append(word)
            last = i
        return found

    def _small_names_by_class(
        self,
        words: _Layout,
        hits: Sequence[Hit],
        aside: Collection[int],
        found: Sequence[str],
        latin: bool,
        yes_no: bool,
    ) -> list[str]:
        """Names typed in small letters right after a word for a firm.

        "war die firma zf dabei", "была ли там фирма бош": a word no text knows that ends the
        yes/no question or stands before its verb of taking part.
        """
        raw, keys = words.raw, words.keys
        verbs = {h.start for h in hits if h.group == "cues" and h.name == "participation"}
        classes = [h for h in hits if h.group == "classes"]
        ending = {i for i in range(len(raw)) if i + 1 == len(raw) or i + 1 in verbs}
        ending |= {i for i in range(len(raw) - 1) if simplify(raw[i + 1]) in _YES_VERBS}
        at = {h.end for h in classes if h.name == "company" and yes_no} & ending
        named: list[str] = []
        for i in sorted(at):
            if not 0 <= i < len(raw) or i in words.named or i in aside or "-" in raw[i]:
                continue
            key = keys[i]
            if len(key) < 2 or key in _ROUGHLY | EXACTLY or not self._unheard(key, raw[i]):
                continue
            word = _spelled(raw[i], latin and not _WESTERN.search(raw[i].lower()))
            if word not in found:
                named.append(word)
        return named

    def _branch(self, words: _Layout, i: int) -> bool:
        """Whether a capital word and a known capital one after it name a company's branch.

        "Porsche Leipzig war dabei?": the place is known, the company before it is not.
        """
        raw, keys = words.raw, words.keys
        return (
            raw[i][:1].isupper()
            and i + 1 < len(raw)
            and raw[i + 1][:1].isupper()
            and keys[i + 1] in self.known
            and _verb_follows(raw, i + 1)
        )

    def _only_sounds_known(self, word: str, key: str) -> bool:
        """Whether a capital word is known only by sounding like a function word ("Diess")."""
        return (
            word[:1].isupper()
            and not word.isupper()
            and key in _GERMAN_STOP_KEYS
            and simplify(word) not in ANY_STOP_WORDS
        )

    def _unknown_pair(self, words: _Layout, i: int) -> bool:
        """Whether the word at ``i`` and a word beside it are capital words no text knows.

        German writes nouns with a capital, but two unknown ones side by side, neither
        opening a sentence nor joined by a hyphen ("BMW-Werk" splits in two), are a name.
        """
        raw, keys, starts, hyphened = words.raw, words.keys, words.starts, words.hyphened

        def unknown(j: int) -> bool:
            word = raw[j]
            return (
                j not in starts
                and len(word) >= 3
                and word[:1].isupper()
                and simplify(word) not in STOP_WORDS["de"]
                and bool(keys[j])
                and (
                    (keys[j] not in self.known and not self._near_known(keys[j]))
                    or self._only_sounds_known(word, keys[j])
                )
            )

        return unknown(i) and any(
            0 <= j < len(raw) and unknown(j) and max(i, j) not in hyphened for j in (i - 1, i + 1)
        )

    def _first_name_before(self, words: _Layout, i: int) -> bool:
        """Whether the word at ``i`` is a surname no text knows, after a capital first name.

        "Hat Thomas Müller gesprochen?", "Wer ist Peter Altmaier?": the first name may be one
        a text knows ("Thomas" of Thomas Richter, "Peter" of St. Petersburg), so the pair is
        no known person, and no search should find Richter for it.
        """
        raw, keys = words.raw, words.keys
        if i < 1 or i - 1 in words.named or {i} & {*words.hyphened, *words.starts, *words.listed}:
            return False  # "… für Startups. Passt das so?", "Brandt, Assistenz des Vorstands"
        first, word = raw[i - 1], raw[i]
        lowered = simplify(first)
        if i + 1 < len(raw) and raw[i + 1][:1].isupper() and keys[i + 1] not in self.known:
            return False  # "Staatssekretär Martin Dulig": the name is the two after the office
        return (
            len(first) >= 3
            and not lowered.endswith(_ADJECTIVE_ENDINGS)  # "Russischen Föderation"
            # A word the texts use is no first name ("Nikitin Rede Kernpunkte"), unless it is
            # the first name of someone named.
            and (keys[i - 1] not in self.known or keys[i - 1] in self._first_names)
            and first.isalpha()
            and first[:1].isupper()
            and first[1:].islower()
            and lowered not in ANY_STOP_WORDS
            and lowered not in _OPENING_QUESTION_WORDS
            and lowered not in _TITLES
            and keys[i - 1] not in self._asking
            and keys[i - 1] not in self.vocabulary.domain
            and len(word) >= 3
            and word[1:].islower()
            and keys[i] not in self.known
            and not self._near_known(keys[i])
        )

    def _after_a_first_name(self, key: str, i: int, words: _Layout) -> bool:
        """Whether a word no text knows follows the first name of someone named.

        "war thomas müller dabei", "Выступал ли Томас Мюллер?": not Thomas Richter.
        """
        return (
            i >= 1
            and words.keys[i - 1] in self._first_names
            and len(key) >= 3
            and key not in self.known
            and key not in self._function
            and not self._near_known(key)
            and simplify(words.raw[i]) not in ANY_STOP_WORDS
        )

    def _misspelled_surname(self, first: str, key: str) -> bool:
        """Whether ``key`` is like the surname of someone named ``first`` ("andreas fachtler")."""
        return any(fuzz.ratio(key, s) >= _SURNAME_LIKE for s in self._first_names.get(first, ()))

    def _near_known(self, key: str) -> bool:
        if len(key) < 5:
            return False
        if any(
            len(k) >= 5 and (k.startswith(key[:5]) or key.startswith(k[:5]))
            for k in self._prefix_candidates(key[:3])
        ):
            return True
        # "Autozulieferern": a German compound whose last part is a word the knowledge uses.
        return any(
            k.startswith(key[i:]) or key[i:].startswith(k)
            for i in range(3, len(key) - 7)
            for k in self._prefix_candidates(key[i : i + 3])
            if len(k) >= 8
        )

    def _gap_tail(self, key: str) -> str | None:
        """The gap a compound's last part asks for: "standpreis" (price), after three letters."""
        for tail, (stem, gap) in self._gap_tails.items():
            at = key.rfind(tail)
            if at >= 3 and (stem or at + len(tail) == len(key)):
                return gap
        return None

    def _prefix_candidates(self, head: str) -> list[str]:
        start = bisect_left(self._known_sorted, head)
        end = bisect_left(self._known_sorted, head + "\uffff")
        return self._known_sorted[start:end]

    def _hits(self, sentence: str) -> list[Hit]:
        # Asked of the same sentences several times while a long question is focused.
        found = self._memo.get(("hits", sentence))
        if found is None:
            raw = _RAW_WORD.findall(sentence)
            keys = [_key(w) for w in raw]
            scripts = self._scripts(raw, self._latin_russian(raw, keys))
            found = self._memo.keep(("hits", sentence), self.vocabulary.scan(keys, scripts))
        return cast(list[Hit], found)

    @staticmethod
    def _scripts(raw: Sequence[str], latin_russian: bool) -> list[Script]:
        """Each word's script; Russian typed in Latin letters may meet either.

        Not its small words: "vo" in "vo vtoroj den" is "во" (in), not the German "wo".
        """
        if not latin_russian:
            return [script_of(w) for w in raw]
        return ["cyrillic" if _key(w) in _STOP_KEYS["ru"] else "any" for w in raw]

    def _asks(self, sentence: str) -> bool:
        return any(h.group == "cues" and h.name in WH_CUES for h in self._hits(sentence))

    def _asks_back(self, words: Sequence[str]) -> bool:
        """Whether a sentence's first three words ask of the sentence before ("Stimmt das?").

        Read by the cues ``back`` and ``doubt`` ("… im Dezember. Ist das ein Fehler?").
        """
        if _THAT_WORDS & {simplify(w) for w in words[1:4]}:
            return False  # "Stimmt es, dass die Mission in Bayern war?": its own claim follows
        return any(
            h.group == "cues" and h.name in _BACK_CUES and h.start == 0
            for h in self._hits(" ".join(words[:3]))
        )

    def _opens_yes_no(self, sentence: str) -> bool:
        """Whether a sentence opens with a verb asking yes or no ("Stand HUDWAY …?")."""
        return sentence.endswith("?") and any(
            h.name == "yes_head" and h.start == 0 for h in self._hits(sentence)
        )

    def _sentence_mentions(self, sentence: str) -> list[Mention]:
        # Asked of the same sentences several times while a long question is focused.
        found = self._memo.get(("mentions", sentence))
        if found is None:
            keys = [_key(w) for w in _RAW_WORD.findall(sentence)]
            found = self._memo.keep(("mentions", sentence), self.mentions(keys))
        return cast(list[Mention], found)

    def _names_something(self, sentence: str) -> bool:
        return bool(self._sentence_mentions(sentence))

    def _names_person(self, sentence: str) -> bool:
        return any(m.entry.kind == "speaker" for m in self._sentence_mentions(sentence))

    def _points_to_person(self, sentence: str) -> bool:
        return any(h.group == "cues" and h.name == "he" for h in self._hits(sentence))

    def _this_event(self, sentence: str) -> bool:
        """Whether a sentence asks of the event itself, not of something said before it.

        All it points back with is "this" event ("dieser Mission"), or it asks what kind of
        event it was ("Что это вообще была за бизнес-миссия?", "Was war das für eine Mission?").
        """
        words = [simplify(w) for w in _RAW_WORD.findall(sentence)]
        domain = self.vocabulary.domain
        if any(
            w in _KIND_OF
            and _WHAT & set(words[max(i - 4, 0) : i])
            and any(_key(v) in domain for v in words[i + 1 : i + 3])
            for i, w in enumerate(words)
        ):
            return True
        back = [i for i, w in enumerate(words) if w in _BACK_WORDS]
        return bool(back) and all(
            words[i] in _THIS_WORDS and any(_key(w) in domain for w in words[i + 1 : i + 3])
            for i in back
        )

    def _names_event(self, sentence: str) -> bool:
        domain = self.vocabulary.domain
        return any(_key(simplify(w)) in domain for w in _RAW_WORD.findall(sentence))

    def _is_topical(self, sentence: str) -> bool:
        """Whether a sentence names an entry, a kind of entries or a fact's value."""
        return self._names_something(sentence) or any(
            h.group in ("classes", "values") for h in self._hits(sentence)
        )

    def _greets(self, sentence: str) -> bool:
        """Whether a sentence holds a greeting ("Привет из Москвы :)")."""
        return any(h.group == "smalltalk" and h.name == "greeting" for h in self._hits(sentence))

    def _is_greeting(self, sentence: str) -> bool:
        words = _RAW_WORD.findall(sentence)
        hits = self._hits(sentence)
        # "Привет из Москвы!": a greeting from a place.
        greeted = _greeted_places(
            hits, [_key(w) for w in words], self._sentence_mentions(sentence)
        )
        if words and _smalltalk(hits, len(words), greeted) is not None:
            return True
        # "Grüße aus Dresden!", "привет из Ижевска": from a place the knowledge does not have.
        tail = _FROM_A_PLACE.search(sentence)
        if tail and tail.start() and self._is_greeting(sentence[: tail.start()]):
            return True
        # "Заранее благодарна, Марина", "Danke im Voraus, M. Krause": thanks and a signature.
        head = _SIGNATURE.sub("", sentence)
        signed = sentence[len(head) :]
        return head != sentence and not self._is_topical(signed) and self._is_greeting(head)


# A place greeted from, at the end: " aus Dresden!", " из Ижевска :)".
_FROM_A_PLACE = re.compile(r"(?i)\s+(?:aus|из|iz)\s+[\w-]+[\s!.:()]*$")
# A name signed after a comma at the end: ", Марина", ", M. Krause", ", Ivan P.".
_SIGNATURE = re.compile(r",\s*(?:[A-ZÄÖÜА-ЯЁ][\w-]*\.?(?:-[A-ZÄÖÜА-ЯЁ]\w*\.?)?\s*){1,3}$")

# Words that open a relative clause after a comma, alone or after a preposition ("где",
# "wo" not: "подскажите, где и когда …" asks).
_RELATIVE = frozenset(
    "der die das dem den deren dessen denen wohin womit woruber worüber "
    "который которая которое которые которую которой которого которым которых котором "
    "которому куда kotoryi kotoraia kotoraya kotoroe kotorye kotoruiu kotoruyu kotoroi "
    "kotoroj kotorogo kotorym kotoryh kotorom kotoromu kuda kotoryj kotoryy kotoraja "
    "kotoruju kotorykh".split()
)
# Russian relative words open their clause with a comma or without one ("… SIBB kotoryj
# zapustil …", dictated); "куда" may also ask.
_RUSSIAN_RELATIVE = frozenset(w for w in _RELATIVE if w.startswith(("котор", "kotor")))


_RELATIVE_KEYS = frozenset(match_key(w) for w in _RELATIVE)
# After a word for the event and a comma: "die Mission, auf der …", "миссия, на которой …".
_EVENT_CLAUSE_OPENERS = frozenset(
    [f"{p} {r}" for p in ("auf", "bei", "in", "an", "während") for r in ("der", "dem")]
    + [
        f"{p} {r}"
        for p in ("на", "в", "na", "v")
        for r in ("которой", "котором", "kotoroi", "kotoroj", "kotorom")
    ]
)
# … or, with or without the comma: "na missii gde vystupal Krainov".
_EVENT_CLAUSE_WHERE = frozenset({"wo", "где", "gde"})
# "stimmt es, dass die Z+intec im April …": what follows is the claim, no relative clause.
_THAT_WORDS = frozenset("dass daß что chto shto ob".split())
# The second half of a compound whose first names a firm: "Porsche-Werk", "VW-Konzern".
_FIRM_TAILS = frozenset(
    "werk werke werks konzern konzerns gruppe fabrik zentrale niederlassung завод завода "
    # "vom Fraunhofer-Institut", "die Daimler-Stiftung": an institution's name.
    "institut instituts gesellschaft stiftung hochschule universität universitaet".split()
)
_LI = frozenset({"ли", "li"})
# Words of asking politely, which no relative clause follows: "bitte, wohin …", "пожалуйста,
# куда …", "podskazhite, kuda …".
_POLITE = frozenset(
    "bitte hallo danke пожалуйста подскажите скажите привет здравствуйте pozhaluysta pozhaluista "
    "pozhalujsta podskazhite skazhite privet zdravstvuyte zdravstvuite".split()
)
# German relative pronouns that are articles too.
_ARTICLES = frozenset("der die das dem den".split())
# "на одной выставке": some fair. Not the German "einer": "zu einer Messe eingeladen" is
# the one fair, its name not remembered.
_INDEFINITE = frozenset(
    match_key(w) for w in "одной одна одну одном одного odnoi odnoj odnu".split()
)
# A question, then the name the asker meant: "… dabei? Also Tatarstan mein ich", "…? Ну,
# Татарстан в смысле", "…? Я имею в виду Татарстан".
_CORRECTION = re.compile(
    r"(?P<ask>.+?[?!.])\s*(?:(?P<lead>also|ну|nu|ich meine|я имею в виду|ya imeyu v vidu)\W+)?"
    r"(?P<name>[^?!.,]{2,40}?)\W*"
    r"(?P<trail>mein(?:e)? ich|в смысле|v smysle|имел в виду|imel v vidu)?\W*",
    re.IGNORECASE,
)


def _separate(hits: Iterable[Hit]) -> int:
    """How many of ``hits`` stand apart: "wie viele Leute" is one count, as two phrases."""
    ends: list[int] = []
    for hit in sorted(hits, key=lambda h: h.start):
        if not ends or hit.start >= ends[-1]:
            ends.append(hit.end)
        else:
            ends[-1] = max(ends[-1], hit.end)
    return len(ends)


def _with_umlauts_dropped(dialect: Mapping[str, str], german: Collection[str]) -> dict[str, str]:
    """The dialect words, also typed without their umlauts ("nachscht" for "nächscht").

    Not where that makes a word of the knowledge's German texts or a stop word: "lüd" typed
    as "lud" is Richter's "lud … ein".
    """
    folded = dict(dialect)
    for said, standard in dialect.items():
        plain = said.translate(_UMLAUTS)
        if plain not in folded and plain not in ANY_STOP_WORDS and plain not in german:
            folded[plain] = standard
    return folded


# "wo … her" split: "Wo kommen die Firmen her?", "Wo stammt HUDWAY her?"
_WO, _HER_OF_WOHER = match_key("wo"), match_key("her")
_WHENCE_VERBS = frozenset(
    match_key(w) for w in "kommt kommen kam kamen stammt stammen stammte".split()
)
_UMLAUTS = str.maketrans("äöü", "aou")
# A word in Latin letters, an apostrophe inside kept ("is'n", "war’n").
_LATIN_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:['’][A-Za-zÄÖÜäöüß]+)?")
# "is'n", "macht'n": the "denn" or "ein" a colloquial "'n" stands for.
_DENN = re.compile(r"'n$")


def _dates(hits: Sequence[Hit], raw: Sequence[str], text: str) -> list[str]:
    """Days of a month the question names, as "11-08": "8. November", "9-го ноября", "09.11.".

    A number right before a month word ("-го", "-e" between them), or a date in figures.
    """
    found: list[str] = []
    for hit in hits:
        if hit.group != "values" or not hit.name.startswith("month="):
            continue
        before = [w for w in raw[max(0, hit.start - 2) : hit.start] if w.lower() not in _ORDINAL]
        if before and before[-1].isdigit() and 1 <= int(before[-1]) <= 31:
            found.append(f"{hit.name.partition('=')[2]}-{int(before[-1]):02d}")
    for m in NUMERIC_DATE.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            found.append(f"{month}-{day:02d}")
    return list(dict.fromkeys(found))


# "9-го ноября", "10-e noyabrya": the ending of an ordinal number, a word of its own here.
_ORDINAL = frozenset("го е ое ого go e oe ogo".split())
# "bis zum 13.", "am 10.", "до 12-го": a day of the month, the month left out.
# "а что 10-го?": the ordinal's ending makes a day of a number on its own.
_BARE_DAY = re.compile(
    r"(?:\b(?:bis zum|am|vom|ab dem|до|по|с|do|po)\s+(\d{1,2})(?:\.|-?(?:го|е|go|e)\b)"
    r"|\b(\d{1,2})-(?:го|go)\b)(?!\s*\d)"
    # "am 3. Tag", "на 2-й день": the event's day, counted, no day of the month.
    r"(?!\s*(?:\w*tag\w*|день|дня|дне|den|dnia|dnya)\b)",
    re.IGNORECASE,
)


def _heard_of(
    said: Sequence[str], clauses: Sequence[Sequence[int]], kinds: Collection[int]
) -> set[int]:
    """What the asker read or heard about: "ich habe über eine Plattform für Startups gelesen".

    A kind of thing (``kinds``: where words for kinds stand) right after "über", "von",
    "про", "о" in a clause with a verb of reading or hearing is what a question after it
    asks about, with the words describing it; not the asker's own ("… von der Mission mit
    den russischen Firmen gehört" heard of the event).
    """
    found: set[int] = set()
    for i, c in enumerate(clauses):
        words = [said[j] for j in c]
        if not any(w.startswith(_HEARING) for w in words):
            continue
        about = next((n for n, w in enumerate(words) if w in _ABOUT), None)
        if about is not None and set(c[about + 1 : about + 3]) & set(kinds):
            found.update(j for j in c[about + 1 :] if not said[j].startswith(_HEARING))
        elif about is None and words[-1].startswith(_HEARING) and i + 1 < len(clauses):
            # "Ich habe gehört, die Teilnahme kostete 200 Euro. Stimmt das?": the clause said
            # after the verb is what was heard, the claim asked about.
            found.update(clauses[i + 1])
    return found


# "gelesen", "gehört", "читал", "слышал", "prochital", "slyshal".
_HEARING = ("gelesen", "gehört", "gehoert", "gehort", "читал", "прочитал", "прочёл", "слышал",
            "услышал", "chital", "prochital", "slyshal", "uslyshal",
            # "hab ich das richtig verstanden dass …": what follows is the claim.
            "verstanden")  # fmt: skip
_ABOUT = frozenset("über ueber uber von про о об pro ob".split())


# Verbs of taking place, and the kinds of entries that do.
_HELD = frozenset(
    "statt stattfinden stattfindet stattfand stattgefunden проходит пройдет пройдёт проходила "
    "состоится состоялась prohodit prokhodit proidet projdet sostoitsya sostoitsia".split()
)
_HELD_KINDS = frozenset({"fair", "event", "activity", "day"})


def _something(raw: Sequence[str], i: int) -> bool:
    """Whether "was" says "etwas": "ich hab was von Tatarstan gehört", no question."""
    return raw[i].lower() == "was" and i > 0 and raw[i - 1].lower() in _HAVE


_HAVE = frozenset("hab habe hat haben hast hatte hatten".split())


def _implied_class(
    cues: frozenset[str], hits: Sequence[Hit], keys: Sequence[str], mentions: Sequence[Mention]
) -> tuple[str, ...]:
    """'kto ot Saksonii vystupal': who spoke from where asks for speakers of that origin.

    "Wie viele Minister haben gesprochen?": how many of those who spoke.
    """
    if {"count", "spoke"} <= cues and not mentions:
        # Not "Сколько организаций выступили организаторами?": "выступить" as something.
        return () if any(h.group == "predicates" for h in hits) else ("speaker",)
    if (
        "which" in cues
        and not mentions
        and {h.name for h in hits if h.group == "predicates"} == {"heads"}
    ):
        # "welcher cluster-chef kam aus sachsen": which of the people who head something.
        return ("speaker",)
    if {"count", "participation"} <= cues and not mentions and _how_many_took_part(hits, keys):
        # "wann war die Mission und wie viele waren dabei": how many took part.
        return ("participant",)
    if not {"who", "spoke"} <= cues or mentions:
        return ()
    if any(h.group == "values" and _after_from(keys, h.start) for h in hits):
        return ("speaker",)
    if (
        not {"about", "when", "where", "which", "what", "he"} & cues
        and not any(h.group in ("predicates", "values") for h in hits)
        and ALL_OF_THEM & set(keys)
        and not FROM_KEYS & set(keys)
    ):
        # "… ich hab die Mission verpasst, könnt ihr mir sagen, wer da alles gesprochen hat":
        # all who spoke, of nothing and from no one in particular, are the speakers.
        return ("speaker",)
    return ()


def _after_from(keys: Sequence[str], i: int) -> bool:
    """Whether word ``i`` follows "aus", "из", or "von den" before a noun ("von den Sachsen").

    Not an adjective after the article: "von der sächsischen Staatsregierung" names another
    thing.
    """
    if i and keys[i - 1] in FROM_KEYS:
        return True
    return (
        i >= 2
        and keys[i - 2] in FROM_KEYS
        and keys[i - 1] in _ARTICLES
        and not keys[i].endswith(("ishen", "ishe", "isher", "ishes", "ishem"))
    )


def _how_many_took_part(hits: Sequence[Hit], keys: Sequence[str]) -> bool:
    """'wie viele waren dabei', 'сколько участвовало': a count, then a verb of taking part.

    Not "сколько их было" (of them) nor "skolko b2b vstrech bylo" (of a thing named).
    """
    if any(h.group in ("predicates", "values") for h in hits):
        return False
    took_part = {
        h.start for h in hits if h.name == "participation" and keys[h.start] not in _BE_KEYS
    }
    counts = [h.end for h in hits if h.name == "count"]
    return any(
        end in took_part or (end + 1 in took_part and keys[end] in _BE_KEYS) for end in counts
    )


# "waren", "было", "haben": an auxiliary, which with a count asks of whatever is named
# ("сколько их было"), unless a verb of taking part follows ("wie viele haben teilgenommen").
_BE_KEYS = frozenset(
    match_key(w) for w in "war waren ist sind был была было были hat haben".split()
)


# The match keys of words before a place: "in Sachsen", "в Саксонии", "vo Vladimire".
PLACE_PREPOSITIONS = frozenset({"in", "v", "vo"})
# … and between the event and its place or partner: "миссии с Саксонией", "Mission mit Sachsen".
_EVENT_PREPOSITIONS = PLACE_PREPOSITIONS | {"s", "so", "mit"}

# A clause about the asker, by the written word: the match key of "ich" is that of "их"
# (them), and of "я" that of the German "ja".
_SELF = frozenset({"ich", "wir", "я", "мы", "ya", "my", "меня", "menya"})
# "als Mitarbeiter … interessiert mich": the asker, as what he is.
_ME = frozenset({"mich", "mir", "uns"})
# "У нас в городе …", "bei uns in Toljatti …": where the asker is.
_AT_US = frozenset({("у", "нас"), ("u", "nas"), ("bei", "uns")})
# "Ich brauche die Liste der Veranstalter": the asker asks; the clause is no preamble.
_REQUESTS = frozenset({"brauche", "benötige", "benoetige", "benotige", "suche", "хочу", "ищу",
                       "прошу",
                       "bräuchte", "braeuchte", "brauchte", "bräuchten", "braeuchten",
                       "hochu", "khochu", "ishchu", "proshu", "hätte", "haette", "hätten",
                       "haetten", "möchte", "moechte", "möchten", "moechten", "хотел", "хотела",
                       "хотели", "hotel", "hotela", "hoteli", "khotel", "khotela"})  # fmt: skip

_SIMPLE_REQUESTS = frozenset(simplify(w) for w in _REQUESTS)  # as a sentence's words are read
# "мне нужен список": what the asker needs; "nichts", "das": no request ("ich brauche nichts").
_TO_ME = frozenset({"мне", "нам", "mne", "nam"})
_NEEDED = ("нуж", "nuzh", "nuj")
_NOTHING = frozenset(
    simplify(w)
    for w in "nichts das es keine kein nicht mehr ничего это больше nichego eto".split()
)
# "unser", "наш", "uns", "нас", "mein", "мой": the asker's own, asked about.
_OURS = frozenset({"unser", "unsere", "unserer", "unseren", "uns", "nash", "nasha", "nashu",
                   "nashei", "nashego", "nas", "mein", "meine", "meiner", "meinem", "moi", "moia",
                   "moiu", "moei", "moego", "nashi", "nashih"})  # fmt: skip
# Of them those before a gap's word that say the asker's own: "für unser Protokoll", not
# "für uns kostenlos" (whether it is free for the asker is asked); "или нас опять забыли"
# asks about no next event.
# "по моим записям", "nach meinen Unterlagen": the asker's notes, no recording asked for.
_OWNING = (_OURS - {"uns"}) | {
    "moim", "moih", "moimi", "moem", "meinen", "meines", "nashim", "nashem"
}  # fmt: skip


def _requests(said: Sequence[str]) -> bool:
    """Whether the asker asks for something: "ich brauche die …", "мне нужен список".

    Not "ich brauche nichts mehr" nor "ich brauche das für meinen Bericht".
    """
    for i, w in enumerate(said):
        if w in _SELF and said[i + 1 : i + 2] and said[i + 1] in _SIMPLE_REQUESTS:
            what = said[i + 2 : i + 3]  # "ich brauche die Regionen"
        elif w in _SELF and i and said[i - 1] in _SIMPLE_REQUESTS:
            what = said[i + 1 : i + 2]  # "bräuchte ich die Regionen"
        elif w in _TO_ME and said[i + 1 : i + 2] and said[i + 1].startswith(_NEEDED):
            what = said[i + 2 : i + 3]  # "мне нужен список"
        else:
            continue
        if what and what[0] not in _NOTHING:
            return True
    return False


# "alles, was …", "всё, что …": what follows tells, it asks nothing.
_ALL_THAT = frozenset({"alles", "всё", "все", "vse", "vsyo"})

# Words that begin a new clause: "… aus Dresden und wir suchen …".
_CLAUSE_JOINS = frozenset({"und", "и", "i", "aber", "но", "no"})


def _about_me(text: str) -> set[int]:
    """Word positions of the clauses about the asker ("ich bin aus Dresden", "мы из Казани")."""
    return _mine(*_clauses(text, (), latin_russian=False))


def _mine(
    said: Sequence[str], clauses: Sequence[Sequence[int]], appositions: Collection[int] = ()
) -> set[int]:
    """The positions of the clauses that speak of the asker and ask nothing of him.

    A clause after a comma that opens with a verb of "ich" or "я" goes on with the asker:
    "Я переводчица, готовлю табличку …", "Ich bin Dolmetscherin, habe damals …". So does
    one of ``appositions`` (clause indices) right after his: "ich bin Sabine Krüger,
    Assistenz … bei der Hoffmann GmbH in Chemnitz."
    """
    found: set[int] = set()
    before = False  # whether the clause before was the asker's
    introduced = False  # whether it or one before it said who he is ("ich bin …", "я Олег")
    for n, c in enumerate(clauses):
        if not c:
            continue
        # "… aus Zwickau und überlegen, …": the verb after "und" goes on with the asker.
        first = next((said[j] for j in c if said[j] not in _OPENERS), said[c[0]])
        apposition = introduced and n in appositions and not _CONJUNCTIONS & {said[j] for j in c}
        # "…, nach Russland zu exportieren": an infinitive of his after a clause of his.
        zu_infinitive = before and len(c) >= 2 and said[c[-2]] == "zu"
        # "Я работаю в компании, которая поставляет дисплеи, …": his firm described.
        relative = before and n in appositions and said[c[0]] in _RELATIVE
        # "наш завод в Саратове", "unser Werk ist in Saratow": the asker's firm.
        opening = [said[j] for j in c if said[j] not in _OPENERS][:2]
        own = (
            any(said[j] in _SELF or (j > 0 and (said[j - 1], said[j]) in _AT_US) for j in c)
            or (len(opening) == 2 and _our_firm(*opening))
            # "als Mitarbeiter eines Clusters in Bayern interessiert mich, ob …"
            or (first == "als" and any(said[j] in _ME for j in c))
            or _my_verb(first, alone=not before)
            or apposition
            or zu_infinitive
            or relative
        )
        introduced = apposition or (own and _introduces(said, c))
        before = own and not any(
            said[j] in _SELF and " ".join(said[j + 1 : j + 2]) in _REQUESTS for j in c
        )
        if before:
            # "Ich hab gehört aus Jaroslawl waren auch welche da": what follows a verb of
            # hearing, with no comma, is what was heard; "я из казани скажите а татарстан
            # был …": what follows a "tell me" is asked.
            heard = next((k + 1 for k, j in enumerate(c) if said[j].startswith(_HEARING)), None)
            told = next((k for k, j in enumerate(c) if k and said[j] in _TELL_ME), None)
            cut = min((k for k in (heard, told) if k is not None), default=None)
            found.update(c if cut is None else c[:cut])
    return found


# "Tell me" dictated between who the asker is and what he asks, with no comma.
_TELL_ME = frozenset(
    "скажите подскажите скажи подскажи skazhite podskazhite skazhi podskazhi sagen sag "
    "sagt".split()
)
# Words that make a clause after a comma no apposition: "ich wollte fragen, ob …".
_CONJUNCTIONS = frozenset({"ob", "dass", "daß", "ли", "li", "что", "chto", "wie", "как", "kak"})
_INTRODUCING = frozenset({"bin", "heiße", "heisse", "зовут", "zovut"})


def _introduces(said: Sequence[str], clause: Sequence[int]) -> bool:
    """Whether a clause says who the asker is: "ich bin Sabine Krüger", "Я Евгений Петров"."""
    words = [said[j] for j in clause]
    return bool(_INTRODUCING & set(words)) or (
        2 <= len(words) <= 3
        and words[0] in ("я", "ya")
        # "Ya dumal, …", "я слышала, …": a verb in the past, no name nor job.
        and not any(_my_verb(w) or w.endswith(_PAST) for w in words)
    )


_PAST = ("л", "ла", "ли", "l", "la", "li")
# Verbs of "я" in the past: "пытался", "была", "хотела", "sbilsya".
_PAST_OF_ME = ("ал", "ял", "ил", "ел", "ла", "лся", "лась", "al", "yal", "il", "el", "la", "lsya",
               "lsia", "las")  # fmt: skip


def _my_verb(word: str, alone: bool = False) -> bool:
    """Whether a word is a verb of "ich" or, by its ending, of "я" ("готовлю", "занимаюсь").

    ``alone``: whether it says so without "я" before it, as Russian does ("Работаю в отделе
    продаж …"); only endings that seldom end another word tell that.
    """
    if word in _MY_VERBS and not alone:
        return True
    if word in _WE_DO and not alone:
        return True  # "Мы небольшой завод из Ярославля, ищем партнёров …": "мы" goes on
    if not has_cyrillic(word):
        # Typed in Latin letters: "rabotayu", "sobirayu", "gotovlyu".
        return len(word) >= 6 and word.endswith(_LATIN_MY_ENDINGS)
    endings, shortest = (("аю", "яю", "лю", "юсь"), 6) if alone else (("ю", "юсь"), 5)
    return len(word) >= shortest and word.endswith(endings)


_LATIN_MY_ENDINGS = ("ayu", "aju", "aiu", "lyu", "lju", "ayus", "ajus", "aius")


def _remarks(
    said: Sequence[str],
    clauses: Sequence[Sequence[int]],
    starts: Collection[int],
    appositions: Collection[int] = (),
) -> set[int]:
    """Word positions of the clauses that begin with the asker and ask nothing.

    "… ich muss ihm nächste Woche einen Brief schreiben": why he asks, not what ("kann ich
    mich anmelden", "wie komme ich …" ask).
    """
    remarks: set[int] = set()
    before = False  # whether the clause before was one
    for n, c in enumerate(clauses):
        opening = [j for j in c if said[j] not in _OPENERS]
        before = (
            bool(opening)
            and (
                said[opening[0]] in _SELF
                # "Я работаю в компании, которая поставляет дисплеи, …": his firm described.
                or (before and n in appositions and said[opening[0]] in _RELATIVE)
            )
            and not any(j in starts and not _his_infinitive(said, c[0], j) for j in c)
        )
        if before:
            remarks.update(c)
    return remarks


def _his_infinitive(said: Sequence[str], first: int, i: int) -> bool:
    """Whether word ``i`` is an infinitive right after the asker's verb (clause at ``first``).

    "я пытался посчитать …" asks no count, though "посчитать" may.
    """
    return said[first] in _SELF and i == first + 2 and said[i].endswith(("ть", "ti"))


# Verbs of "мы", "wir" that go on with the asker after a comma: "…, ищем партнёров в Германии",
# "Wir sind … aus Zwickau und überlegen, …".
_WE_DO = frozenset(
    "ищем делаем производим работаем хотим планируем готовим поставляем занимаемся "
    "выпускаем разрабатываем думаем рассматриваем ishchem ishem delaem proizvodim rabotaem "
    "hotim planiruem gotovim postavlyaem zanimaemsya "
    "überlegen ueberlegen uberlegen liefern produzieren fertigen exportieren".split()
)
# Verbs after "ich", "wir", "я", "мы" that make them the subject of a clause of their own.
# Verbs of "ich" alone (not of "sie" or "wir"): "… und habe gehört" goes on with "ich".
_MY_VERBS = frozenset(
    "habe hab bin möchte moechte mochte will muss kenne suche such arbeite komme komm schreibe "
    "schreib plane bereite mache brauche brauch".split()
)
_FIRST_PERSON_VERBS = (
    _MY_VERBS
    | frozenset(
        "soll sollte wollte kann darf glaube denke hatte müssen muessen mussen wollen möchten "
        "moechten brauchen sind haben sollen planen suchen machen arbeiten kommen schreiben "
        "хочу должен должна буду пишу готовлю работаю ищу планирую должны будем пишем hochu "
        "dolzhen dolzhna budu pishu gotovlyu rabotayu dolzhny budem pishem".split()
    )
    | _WE_DO
)
# Words before the asker's "ich", "я" that leave a clause a remark: "also ich war …".
_OPENERS = frozenset(
    {"und", "и", "i", "a", "а", "also", "ну", "nu", "ja", "да", "da", "ähm", "ahm"}
)


# The "or" before a doubt: "…, oder irre ich mich?", "… или я ошибаюсь?".
_OR = frozenset({"oder", "или", "ili"})


def _within(hit: Hit, span: Hit) -> bool:
    """Whether ``hit`` lies inside ``span``."""
    return span.start <= hit.start and hit.end <= span.end


def _clauses(
    text: str, starts: Collection[int], latin_russian: bool
) -> tuple[list[str], list[list[int]], set[int]]:
    """The words of a text, lowercased, its clauses (word positions) and its appositions.

    A clause ends at punctuation and a new one begins with "und", "и" or at ``starts``
    (where a question word stands: "ich bin von einer Firma in Chemnitz wer hat …" dictated
    is two clauses). In Russian typed in Latin letters "ja" is "я" ("ja iz kazani"). An
    apposition (a clause's index) follows a comma, begins with no question word and ends
    with no "?".
    """
    found = list(_RAW_WORD.finditer(text))
    said = [m.group(0).lower() for m in found]
    if latin_russian:
        said = ["я" if w == "ja" else w for w in said]
    at_us = any(pair in _AT_US for pair in pairwise(said))
    as_me = "als" in said and bool(_ME & set(said))  # "als Journalistin interessiert mich"
    ours = any(_our_firm(a, b) for a, b in pairwise(said))  # "наш завод"
    if not (_SELF & set(said) or at_us or as_me or ours) and not any(
        _my_verb(w, alone=True) for w in said
    ):
        return said, [], set()
    clauses: list[list[int]] = [[]]
    marks: list[str] = []  # the punctuation ending each clause so far ("" for none)
    for i, m in enumerate(found):
        # "… wofür ist das zuständig ich muss ihm schreiben": dictated, the asker's "ich" and
        # his verb begin a clause ("diktier ich das", "kann ich mich" go on with theirs).
        following = " ".join(said[i + 1 : i + 2])
        own_verb = said[i] in _SELF and (
            following in _FIRST_PERSON_VERBS
            # "… в списке участников я пытался посчитать …": "я" and a verb in the past.
            or (said[i] in ("я", "ya") and following.endswith(_PAST_OF_ME))
        )
        # "ich bin Einkäufer … und habe … von der Mission gehört": still the asker's clause.
        going_on = (
            i not in starts
            and (
                " ".join(said[i + 1 : i + 2]) in _MY_VERBS
                # "ich schreib über russland und sachsen welche …": names joined, dictated,
                # up to the question.
                or _joins_names(text, found, starts, i)
            )
            and any(said[j] in _SELF for j in clauses[-1])
        )
        joins = said[i] in _CLAUSE_JOINS and not going_on
        his = bool(clauses[-1]) and _his_infinitive(said, clauses[-1][0], i)
        if clauses[-1] and ((i in starts and not his) or joins or own_verb):
            clauses.append([])
            marks.append("")
        clauses[-1].append(i)
        after = text[m.end() : found[i + 1].start() if i + 1 < len(found) else len(text)]
        if any(ch in after for ch in _STOPS):
            clauses.append([])
            marks.append(after)
    marks.append("")
    appositions = {
        n
        for n, c in enumerate(clauses)
        if n and c and marks[n - 1].strip() == "," and "?" not in marks[n]
        and not any(j in starts for j in c)
    }  # fmt: skip
    return said, clauses, appositions


_STOPS = ",.;:!?"  # punctuation that ends a clause


def _joins_names(
    text: str, found: Sequence[re.Match[str]], starts: Collection[int], i: int
) -> bool:
    """Whether "und" at word ``i`` joins words that a question word follows unpunctuated."""
    for j in range(i + 1, min(i + 4, len(found))):
        if j in starts:
            return j > i + 1
        if any(ch in text[found[j - 1].end() : found[j].start()] for ch in _STOPS):
            return False
    return False


def about_the_asker(text: str) -> bool:
    """Whether all a text says is of the asker ("С Никитиным я знаком")."""
    return len(_about_me(text)) == len(_RAW_WORD.findall(text)) > 0


# What an asker says he is from or works at: "я стажёр в Представительстве ТПП".
_OWN_KINDS = frozenset({"place", "organizer", "organization"})


def _askers_own(
    mentions: Sequence[Mention],
    keys: Sequence[str],
    mine: Collection[int],
    other_class: bool = False,
) -> list[Mention]:
    """Places and organisations named in the clauses about the asker, ``mine`` (positions).

    None when the asker's own is asked about: "unsere Region", "от нас" ask about the
    asker's own place. A question word begins a clause: in "ya tak ponyal kto ot samarskoj
    oblasti vystupal" the asker is not from Samara. With ``other_class`` (a class other than
    firms asked for), the asker's own firm when nothing else is his ("ya iz kompanii
    Autodetal, … kto byli organizatory?").
    """
    # A name said there and again in the question ("… kunden in saratow … war die region
    # saratow vertreten") is asked about.
    # One begun there may run on after a comma: "Я инженер в ПрогрессТлт, Тольятти." (not
    # one said there and again in the question: "Мы из Самары. … Самарской области …").
    said = [
        m
        for m in mentions
        if all(i in mine for i in range(m.start, m.end))
        or (m.start in mine and m.end - m.start <= _RUN_ON)
    ]
    own = [m for m in said if m.entry.kind in _OWN_KINDS or _by_its_town(m, keys)]
    if not own and other_class:
        own = [m for m in said if m.entry.kind == "company"]
    # "Была ли представлена наша область?" asks; "… для нашего завода в Омске" is his own.
    ours = [i for i, k in enumerate(keys) if k in _OURS]
    return [] if any(not keys[i + 1 : i + 2] or not _a_firm(keys[i + 1]) for i in ours) else own


def _by_its_town(m: Mention, keys: Sequence[str]) -> bool:
    """Whether a firm is named by the town its name gives: "я из Тольятти" (ProgressTlt)."""
    towns = [v for v in m.entry.fact("place") if isinstance(v, Text)]
    return bool(towns) and set(keys[m.start : m.end]) <= _name_keys(
        *(t.de for t in towns), *(t.ru for t in towns)
    )


def _smiles_ended(text: str) -> str:
    """A ")" that closes no bracket is a smile, which ends a sentence.

    "я из Омска, работаю в дилерском центре) Омск был …?", "wir waren ja selbst dabei :)
    Mein Chef …"; not "1)" of a list, nor the bracket of "ProgressTlt (Tolyatti)".
    """
    if ")" not in text:
        return text
    chars, depth = list(text), 0
    for i, ch in enumerate(chars):
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif ch == ")" and not (i and chars[i - 1].isdigit()):
            chars[i] = "\0"
    return _SMILE.sub(".", "".join(chars))


_SMILE = re.compile("[:;=]?-?\0+")
_RUN_ON = 3  # words of a name begun in the asker's clause, running on past a comma
# "Waren wir dabei?", "нас упомянули?": the asker's own asked about.
_WE_KEYS = _OURS | frozenset(match_key(w) for w in "wir uns мы нас нам нами my nam".split())
# "наш завод", "unsere Firma": the asker's own firm, no place of his asked about.
_FIRM_KEYS = ("zavod", "kompan", "firm", "predpri", "verk", "betrieb", "unternehm")


def _a_firm(key: str) -> bool:
    return key.startswith(_FIRM_KEYS)


def _our_firm(word: str, then: str) -> bool:
    """Whether two words say the asker's firm: "наш завод", "unser Werk"."""
    return _key(word) in _OURS and _a_firm(_key(then))


_MESSE = match_key("messe")
_PLACE_ADJECTIVE = re.compile(r"ск(?:ая|ую|ой|ий|ом|ие|их)$")
_REGION_KINDS = frozenset({"region", "oblast", "republic"})


def _region_name(words: str | Sequence[str], latin_russian: bool) -> str:
    """A region's name as written (its adjective alone when typed in Latin letters)."""
    name = to_cyrillic(words) if isinstance(words, str) else " ".join(words)
    return name[:1].upper() + name[1:]


_Sentence = tuple[tuple[int, ...], str]


# Three steps of one analysis read the same text's sentences.
@lru_cache(maxsize=16)
def _punctuated(text: str) -> tuple[tuple[str, ...], tuple[_Sentence, ...]]:
    """The simplified words of a text, and its sentences with the marks that end them.

    Each sentence is its word positions and the text after its last word ("" for a last one
    without an end mark); abbreviations and ordinals end none.
    """
    found = list(_RAW_WORD.finditer(text))
    sentences: list[_Sentence] = []
    current: list[int] = []
    for i, m in enumerate(found):
        current.append(i)
        after = text[m.end() : found[i + 1].start() if i + 1 < len(found) else len(text)]
        abbreviation = after.strip() == "." and _no_full_stop(m.group(0)) and i + 1 < len(found)
        if any(ch in after for ch in ".!?;:") and not abbreviation:
            sentences.append((tuple(current), after))
            current = []
    sentences.append((tuple(current), ""))
    return tuple(simplify(m.group(0)) for m in found), tuple(sentences)


# "nicht aus einem Verband, sondern aus einem Ministerium", "не из кластера, а из
# министерства": what is denied before "sondern"/"а" is no part of what is asked.
_DENIED = re.compile(r"\b(?:nicht|не)\s+[^,?.!]{1,60},\s*(?:sondern|а)\s+", re.IGNORECASE)


# "Die Mission war in Sachsen, nicht in Bayern?", "Рихтер из WFS, а не из AMZ?": the
# alternative denied after what is claimed (with its preposition or article, to the next mark).
_DENIED_AFTER = re.compile(
    r"(?:,|\bund)\s+nicht\s+(?:in|im|aus|von|vom|am|an|auf|bei|beim|den|dem)\s+"
    r"[^,?.!;]{1,40}?(?=\s*(?:[,?.!;]|$))"
    r"|,\s*(?:а|a)\s+(?:не|ne)\s+(?:в|во|из|от|на|у|v|vo|iz|ot|na|u)\s+(?!курсе|kurse)"
    r"[^,?.!;]{1,40}?(?=\s*(?:[,?.!;]|$))",
    re.IGNORECASE,
)


# "War es Nikitin, der …?", "Ist es Richter, der …?": a claim cleft round the one named.
_CLEFT = re.compile(
    r"(?i)^\s*(?:war|ist|waren|sind)\s+es\s+[^,?]{2,40},\s*(?:der|die|das|welcher|welche)\b"
)


def _without_denied(text: str) -> str:
    """The question without an alternative it denies ("…, der nicht X, sondern Y …")."""
    return _DENIED_AFTER.sub("", _DENIED.sub("", text))


def _asking(text: str, asks_back: Callable[[Sequence[str]], bool]) -> set[int]:
    """Word positions of the sentences that ask (end with "?"); all when none does.

    "Составляю список контактов: были ли на миссии X и Y?" asks about X and Y, not contacts.
    """
    words, sentences = _punctuated(text)
    asking: set[int] = set()
    for n, (positions, end) in enumerate(sentences):
        if "?" in end:
            asking.update(positions)
            start = positions[0]
            said = [words[i] for i in positions]
            if n and (
                asks_back(words[start : start + 3])
                # "… die Telefonnummer von Herrn Richter. Können Sie mir die geben?": a
                # question of function words only asks for what the sentence before names.
                or all(w in ANY_STOP_WORDS for w in said)
            ):
                # "… Verträge unterschrieben wurden. Stimmt das?": the claim before.
                asking.update(sentences[n - 1][0])
    last = sentences[-1][0]
    opening = [words[i] for i in last[:2]]
    if opening and opening[0] in _CLAUSE_JOINS:
        opening = opening[1:]
    if asking and opening and opening[0] in _OPENING_QUESTION_WORDS:
        # "ctp.aero это авиационная компания? что она делает", "… стартап? и чем они
        # занимаются": a last question dictated without its question mark.
        asking.update(last)
    return asking or set(range(len(words)))


# Words that say why the asker asks: "weil wir …", "… er will nämlich …", "потому что …".
_BECAUSE = frozenset(
    simplify(w)
    for w in "weil|nämlich|naemlich|потому что|так как|поскольку|potomu chto|tak kak".split("|")
)
# "er will nämlich …": the reason's clause begins before its word.
_AFTER_THE_VERB = frozenset({"namlich", "naemlich"})
# What the asker needs the answer for: "brauch das für den Bericht an die GF", "нужно для
# отчёта" (the need, then "für"/"для"; "ich brauche die Postanschrift" asks for it).
_NEED = frozenset(
    simplify(w)
    for w in "brauch brauche brauchen benötige benoetige нужно надо нужна нужны nuzhno nado "
    "nuzhna nuzhny".split()
)
_IT = frozenset({"das", "es", "dies"})
_FOR = frozenset(simplify(w) for w in "für|fuer|fürs|fuers|для|dlya|dlja".split("|"))


# Prepositions of the event's guests: "die Mission mit den …", "миссия для …".
_GUESTS_WITH = frozenset({"mit", "fur", "s", "dlia"})


def _without_qualifiers(
    values: tuple[tuple[str, str], ...],
    hits: Sequence[Hit],
    keys: Sequence[str],
    free_at: Collection[int],
    event: Collection[int],
    starts: Collection[int],
) -> tuple[tuple[str, str], ...]:
    """Values without the origins that only say whom the event was for.

    "die Mission mit den russischen Autoleuten, wer hat sie organisiert?", "die Geschäftsreise
    russischer Autozulieferer": an origin between a word for the event and a noun no text
    knows describes the event's guests, not which organizers are asked.
    """
    origins = [h for h in hits if h.group == "values" and h.name.startswith("origin=")]
    qualifying = {
        h.name
        for h in origins
        if h.end in free_at
        and any(
            e == h.start - 1
            # "die Mission (im Oktober) mit den russischen Autoleuten"
            or (h.start - 8 <= e and _GUESTS_WITH & set(keys[max(e + 1, h.start - 2) : h.start]))
            for e in event
            if e < h.start and not any(e < i <= h.start for i in starts)
        )
    }
    kept = {h.name for h in origins if h.name not in qualifying}
    dropped = {tuple(n.partition("=")[::2]) for n in qualifying - kept}
    return tuple(v for v in values if v not in dropped)


# After "wie", "как", the words of what something is compared with: "wie auf der
# Comtrans", "so wie die Hannover Messe", "как на Иннопроме".
_COMPARED_OPENERS = {
    "vie": frozenset({"auf", "bei", "beim", "in", "im", "die", "der", "das", "damals"}),
    "kak": frozenset({"na", "v", "vo"}),
}


# "столько же", "такой же", "больше": the comparison is what is asked.
_AS_MUCH = frozenset(
    {"she", "stolko", "takoi", "takaia", "takoe", "takie", "tak", "bolshe", "menshe"}
)


def _compared(keys: Sequence[str], listed: Collection[int]) -> set[int]:
    """Where the words of a comparison set off by a comma stand.

    Not "War die Mission so groß wie die Hannover Messe?" nor "Gab es Stände wie auf der
    IAA?": what is asked is of the other thing too.
    """
    found: set[int] = set()
    for i, key in enumerate(keys[:-1]):
        after_comma = i in listed or (i - 1 in listed and keys[i - 1] == "so")
        measured = _AS_MUCH & set(keys[max(0, i - 5) : i])  # "столько же участников, как на …"
        if after_comma and not measured and keys[i + 1] in _COMPARED_OPENERS.get(key, ()):
            found |= set(range(i + 2, min(i + 5, len(keys))))
    return found


# A clause after a place that says what was there: "… in Dresden, wo man hinfahren musste?"
# ("wo" then a subject), not a question of its own ("…, wo kann ich mich anmelden?").
_PLACE_CLAUSE = re.compile(
    r"\b(?:in|nach|aus) (?:der |dem )?(?:\w+ )?[A-ZÄÖÜ]\w+(?P<clause>, wo (?P<next>\w+)[^,.;:!?]*)"
)
_WH_DE = QUESTION_WORDS["de"]
# Verbs right after "wo" that ask where.
_WHERE_VERBS = frozenset(
    "ist sind war waren gibt gab findet fand fanden liegt lag kann kann's könnte muss soll "
    "sollte darf bekomme bekommt finde kriege kriegt steht stand läuft lief genau".split()
)


# "gabs auch ne networking runde wo man … quatschen konnte": after "gab es … <thing>", a
# "wo" clause says what the thing was for; the question asks whether there was one.
_THERE_WAS_CLAUSE = re.compile(
    r"^\W*(?:\w+\W+)?(?:gab|gibt|gabs|gibts|gab's|gibt's)\b[^,.;:!?]*?\w"
    r"(?P<clause>,? wo (?P<next>\w+)[^,.;:!?]*)",
    re.IGNORECASE,
)


def _without_what_for(text: str) -> str:
    """The question without a "wo" clause after "gab es … <thing>" (see _THERE_WAS_CLAUSE)."""
    there = _THERE_WAS_CLAUSE.search(text)
    if there is None or there.group("next").lower() in _WHERE_VERBS:
        return text
    return text[: there.start("clause")] + text[there.end("clause") :]


def _without_place_clause(text: str) -> str:
    """A yes/no question without a clause that only says what was at the place it names."""
    match = _PLACE_CLAUSE.search(text)
    if match is None or match.group("next").lower() in _WHERE_VERBS:
        return text
    first = _RAW_WORD.search(text)
    if not text.rstrip().endswith("?") or (first and simplify(first.group(0)) in _WH_DE):
        return text
    return text[: match.start("clause")] + text[match.end("clause") :]


def _after_for(i: int, raw: Sequence[str], keys: Sequence[str], origins: Collection[int]) -> bool:
    """Whether word ``i`` follows "für", "для", over other origins joined by "und", "и"."""
    j = i - 1
    while j > 0 and keys[j] in AND_KEYS and j - 1 in origins:
        j -= 2
    return j >= 0 and simplify(raw[j]) in _FOR


def _need_for(words: Sequence[str], i: int) -> int:
    """The length of a reason of need that begins at word ``i``, up to "für"/"для".

    "brauch das für …", "нужно для …"; 0 when none begins there.
    """
    if words[i] not in _NEED:
        return 0
    after = words[i + 1 : i + 4]
    if after[:1] and after[0] in _FOR:
        return 2
    if after[:1] and after[0] in _IT:
        return next((n + 2 for n, w in enumerate(after[1:], 1) if w in _FOR), 0)
    return 0


def _motive(text: str, starts: Collection[int]) -> set[int]:
    """Word positions of the asker's reasons, in sentences without "?".

    A reason runs from a word of :data:`_BECAUSE` to the end of its sentence or the next
    question word (``starts``).

    "… wer die Mission organisiert hat, er will nämlich bei der nächsten dabei sein" asks
    nothing of a next one; "Fand sie virtuell statt, weil Corona war?" asks the reason.
    """
    words, sentences = _punctuated(text)
    motive: set[int] = set()
    for positions, end in sentences:
        if "?" in end:
            continue
        span = False
        need_end = -1  # "brauche es für": no word of the phrase begins a clause ("es")
        for n, i in enumerate(positions):
            pair = " ".join(words[i : i + 2])
            need = _need_for(words, i)
            if need:
                need_end = i + need
            if words[i] in _BECAUSE or pair in _BECAUSE or need:
                span = True
                if words[i] in _AFTER_THE_VERB:
                    # "er will nämlich …": the clause from its subject on.
                    motive.update(j for j in positions[max(n - 2, 0) : n] if j not in starts)
            elif i in starts and i >= need_end:
                span = False
            if span:
                motive.add(i)
    return motive


# "… weiß ich, dass er einen Doktortitel hat, aber nicht, welche …", "знаю, что он доктор
# наук, а вот какую …": what the asker says he knows, up to the word that turns to what he
# does not.
_KNOW = frozenset(
    simplify(w) for w in "weiß weiss wissen знаю знаем znayu znaiu znaju znaem".split()
)
_KNOWN_THAT = frozenset({"dass", "что", "chto", "shto"})
_KNOWN_BUT = frozenset({"aber", "jedoch", "а", "но", "однако", "a", "no", "odnako"})


def _known(text: str) -> set[int]:
    """Word positions of a clause the asker says he knows: "ich weiß, dass …" up to "aber"."""
    words, sentences = _punctuated(text)
    known: set[int] = set()
    for positions, _ in sentences:
        span = False
        for n, i in enumerate(positions):
            before = positions[max(n - 2, 0) : n]
            if words[i] in _KNOWN_THAT and any(words[j] in _KNOW for j in before):
                span = True
            elif span and words[i] in _KNOWN_BUT:
                span = False
            if span:
                known.add(i)
    return known


def _stated(text: str) -> set[int]:
    """Word positions of the sentences that end with a full stop or "!" (not with ":")."""
    _, sentences = _punctuated(text)
    return {
        i for positions, end in sentences if end and not {"?", ":"} & set(end) for i in positions
    }


_OPENING_QUESTION_WORDS = QUESTION_WORDS["de"] | QUESTION_WORDS["ru"]


def _words_after(text: str, marks: Collection[str]) -> set[int]:
    """Positions of the words right after one of ``marks`` ("" is the text's beginning)."""
    return {i for i, before in enumerate(_marks_before(text)) if before in marks}


@lru_cache(maxsize=64)
def _marks_before(text: str) -> tuple[str, ...]:
    """For each word, the last character before it that is not a space.

    The end of the word before it where only spaces come between; "" at the beginning.
    Cached: one text is asked for the words after commas, dashes and colons in turn.
    """
    marks = []
    end = 0
    for m in _RAW_WORD.finditer(text):
        marks.append(text[end : m.start()].rstrip()[-1:] or (text[end - 1] if end else ""))
        end = m.end()
    return tuple(marks)


def titled_unknown(a: Analysis) -> bool:
    """Whether a name the knowledge does not have follows a title: "Herr Müller vom AMZ"."""
    found = _RAW_WORD.findall(a.text)
    return any(
        title.lower() in _TITLES and name in a.unknown_names for title, name in pairwise(found)
    )


def sentence_starts(a: Analysis) -> set[int]:
    """Positions of the keys of ``a`` that begin a sentence."""
    return _sentence_starts(_E_PREFIX.sub("Elektro", clean(a.text)))


def last_clause(a: Analysis) -> int:
    """Where the words after the last comma of ``a`` begin (0 when it has none)."""
    return max(_words_after(_E_PREFIX.sub("Elektro", clean(a.text)), (",",)), default=0)


# Direct speech quoted after a colon begins a sentence: "Директор сказал: «Глянь, …»".
_DIRECT_SPEECH = re.compile(r":\s*[«„“\"]")


def _sentence_starts(text: str) -> set[int]:
    """Positions of the words that begin a sentence (a capital there names nothing)."""
    return _words_after(_DIRECT_SPEECH.sub(". ", text), ("", ".", "!", "?"))


def _subject_first(text: str) -> bool:
    """Whether the first word may be the subject of the second ("avtovaz war dabei?").

    Not when a comma parts them: "slyshal, bylo …".
    """
    first = _RAW_WORD.search(text)
    return first is not None and text[first.end() :].lstrip()[:1] not in (",", ";", ":")


def _clause_after(text: str, starts: Collection[int]) -> set[int]:
    """Word positions of a German relative clause from one of ``starts`` to its comma.

    Only a clause that ends with its verb and a comma ("der … geredet hat, …"): "Ist Krainov
    der Leiter …?" has an article there.
    """
    found = list(_RAW_WORD.finditer(text))
    inside: set[int] = set()
    for start in starts:
        if start >= len(found) or found[start].group(0).lower() not in _RELATIVE:
            continue
        for i in range(start, len(found)):
            after = text[found[i].end() : found[i + 1].start() if i + 1 < len(found) else None]
            if any(ch in after for ch in ".;:!?") or (
                "," in after and found[i].group(0).lower() not in _CLAUSE_VERBS
            ):
                break
            if "," in after:
                inside.update(range(start, i + 1))
                break
    return inside


# Prepositions before a relative word: "…, zu der …", "…, на которую …".
_BEFORE_RELATIVE = frozenset(
    "zu zum zur mit an am auf in im bei beim von vom für fuer über ueber uber aus nach durch "
    "um gegen unter vor während waehrend wegen на в во с со о об по из к ко у за для от до "
    "при под через про na v vo s so o ob po iz k u za dlia dlya ot do pri pod cherez pro".split()
)
# The verbs that end a German relative clause: "…, der am zweiten Tag geredet hat, …".
_CLAUSE_VERBS = frozenset("hat hatte ist war wurde haben hatten sind waren wurden".split())


def _chained_before(hits: Sequence[Hit], at: Collection[int]) -> set[int]:
    """Starts of the ``hits`` that end right before a position of ``at``, one after another.

    "sächsisch-russischen Geschäftsreise": both adjectives stand before the noun.
    """
    found: set[int] = set()
    ends = set(at)
    while True:
        more = {h.start for h in hits if h.end in ends and h.start not in found}
        if not more:
            return found
        found |= more
        ends = more


def _relative_clauses(text: str) -> tuple[set[int], set[int]]:
    """Word positions inside relative clauses, from a comma and a relative word on.

    "…, zu der … eingeladen wurde", "…, на которую приглашали …". Two readings in one pass:
    every such clause, and the surer ones whose values describe another thing — not opened by
    "das" ("meinte, das Ganze lief …" reports a claim) nor after "dass" ("…, dass die …").
    """
    inside: set[int] = set()
    surely: set[int] = set()
    opened = sure = False
    previous_end = 0
    found = list(_RAW_WORD.finditer(text))
    capitals = any(w.group(0)[:1].isupper() for w in found)
    for i, m in enumerate(found):
        gap = text[previous_end : m.start()]
        previous_end = m.end()
        if "," in gap or "?" in gap or "." in gap:
            following = [w.group(0).lower() for w in found[i : i + 2]]
            # Not "Stimmt es, dass der Mann … eingeladen hat?": "der" after "dass" is no
            # relative word.
            # "Soweit ich weiß, hat das AMZ …": a verb, then an article; a relative word comes
            # first or after a preposition.
            relative = (
                following[0] in _RELATIVE
                or (
                    following[1:] != []
                    and following[1] in _RELATIVE
                    and following[0] in _BEFORE_RELATIVE
                )
            ) and following[0] not in _THAT_WORDS
            before = found[i - 1].group(0) if i else ""
            opened = "," in gap and relative and before.lower() not in _POLITE
            # "Ich dachte, die Mission war im Oktober": after a verb, an article before a noun
            # (or an adjective and a noun) opens what was thought, not a relative clause
            # ("…-Plattform angestoßen, die am zweiten Tag präsentiert wurde", "…, die die HIK
            # unterstützt").
            nxt = [w.group(0) for w in found[i + 1 : i + 3]]
            capitalised = [w[:1].isupper() for w in nxt]
            noun = bool(nxt) and nxt[0].lower() not in _ARTICLES and any(capitalised)
            if opened and capitals and before[:1].islower() and following[0] in _ARTICLES:
                opened = not noun
            sure = opened and any(w in _RELATIVE and w != "das" for w in following)
        elif i and m.group(0).lower() in _RUSSIAN_RELATIVE and not gap.strip():
            opened = sure = True
        if opened:
            inside.add(i)
        if sure:
            surely.add(i)
    return inside, surely


# Kinds a class word can name when the knowledge holds just one entry of them.
SINGLE_KINDS = frozenset({"fair"})
# The cues of a question word: who, what, how, which, when, where, how many.
WH_CUES = frozenset({"who", "what", "how", "which", "when", "where", "count"})
# Cues that, opening a sentence, ask of the sentence before: "Stimmt das?", "Ist das ein Fehler?";
# the first of them is read nowhere else.
_OPENING_CUE = "back"
_BACK_CUES = frozenset({_OPENING_CUE, "doubt"})


def _within_longer(hit: Hit, hits: Sequence[Hit]) -> bool:
    """Whether a longer hit of the same list holds ``hit``'s words.

    "представлял платформы" is presenting a platform, not representing a body.
    """
    return any(
        o.group == hit.group
        and o.start <= hit.start
        and hit.end <= o.end
        and o.end - o.start > hit.end - hit.start
        for o in hits
    )


def _cued_gaps_over_values(hits: list[Hit], gaps: Iterable[Gap]) -> list[Hit]:
    """Drop values at the words of a gap that asks with a cue there.

    "Spricht Richter Russisch?", "Никитин знает немецкий?": beside a verb of speaking, a
    language's name asks what no text gives; it claims no origin.
    """
    cues = {h.name for h in hits if h.group == "cues"}
    cued = {g.id for g in gaps if g.cues & cues}
    at = {(h.start, h.end) for h in hits if h.group == "gaps" and h.name in cued}
    return [h for h in hits if h.group != "values" or (h.start, h.end) not in at]


def _names(hits: Sequence[Hit], group: str) -> list[str]:
    """The names of one list found, each once, in the order of their places."""
    return list(dict.fromkeys(h.name for h in hits if h.group == group))


_BESIDE_A_NAME = frozenset({"oder", "und", "auch", "sowie", "или", "и"})


def _asked_classes(hits: Sequence[Hit], cues: frozenset[str]) -> list[Hit]:
    """The hits of a question without the organizers named only by a verb asked when or where.

    "Wo wurde die Mission ausgerichtet?", "Когда проводили миссию?" ask the event's place or
    date; "Wer hat sie ausgerichtet?", "Woher kamen die Veranstalter?" ask the organizers.
    """
    # "Welche Organisation verbindet Forschungszentren mit Firmen …?": an organization
    # described is asked, not the firms it links.
    which = {h.end for h in hits if h.group == "cues" and h.name == "which"}
    described = [h for h in hits if h.name == "organization" and h.start in which]
    if described and not any(h.name == "organizer" for h in hits):
        hits = [h for h in hits if not (h.name == "company" and h.start > described[0].start)]
    asks = [h for h in hits if h.group == "cues" and h.name in ("when", "where")]
    # "In welchem Bundesland …": "welchem" is part of asking where.
    other = [
        h
        for h in hits
        if h.group == "cues"
        and h.name in ("who", "which", "count")
        and not any(a.start <= h.start and h.end <= a.end for a in asks)
    ]
    if not asks or other:
        return list(hits)
    verbs = [h for h in hits if h.group == "cues" and h.name == "organized"]
    return [
        h
        for h in hits
        if not (
            h.group == "classes"
            and h.name == "organizer"
            and any(v.start < h.end and h.start < v.end for v in verbs)
        )
    ]


def _classes(hits: Sequence[Hit]) -> list[str]:
    """The classes named, in the order named; one right after "welche"/"какие" first.

    Of overlapping words the longer counts: "Firmenvertreter" names participants, not firms.
    "… были наши омские компании какие еще города там участвовали" asks for towns.
    """
    chosen: list[Hit] = []
    for hit in sorted(
        (h for h in hits if h.group == "classes"), key=lambda h: (h.start, h.start - h.end)
    ):
        if not any(hit.start < c.end and c.start < hit.end for c in chosen):
            chosen.append(hit)
    which = {h.end for h in hits if h.group == "cues" and h.name in ("which", "count")}
    asked = [h for h in chosen if any(0 <= h.start - w <= 1 for w in which)]
    if asked and chosen[0] not in asked:
        chosen = asked + [h for h in chosen if h not in asked]
    return list(dict.fromkeys(h.name for h in chosen))


def _in_the_field_of(hit: Hit, hits: Sequence[Hit], keys: Sequence[str]) -> bool:
    """Whether "области" after "в" means "in the field of" ("в области электромобилей").

    So when a word that is no other hit follows; "в Самарской области" has its region before.
    """
    return (
        hit.group == "classes"
        and hit.name == "oblast"
        and hit.start > 0
        and keys[hit.start - 1] in PLACE_PREPOSITIONS
        and hit.end < len(keys)
        and not any(h.start == hit.end for h in hits)
    )


def _in_a_persons_name(
    hit: Hit,
    mentions: Sequence[Mention],
    keys: Sequence[str],
    name_keys: Mapping[str, Collection[str]],
) -> bool:
    """Whether a class or fact word is a word of another name of a speaker, his office.

    Not a word of his name itself: "Dr." in "Dr. Sergey Nikitin" asks for his title.
    """
    if hit.group not in ("classes", "predicates"):
        return False
    words = set(keys[hit.start : hit.end])
    return any(
        m.entry.kind == "speaker"
        and m.start <= hit.start
        and hit.end <= m.end
        and words <= set(name_keys.get(m.entry.id, ()))
        and not words & _own_name_keys(m.entry)
        for m in mentions
    )


def _own_name_keys(entry: Entry) -> frozenset[str]:
    """The match keys of the words of an entry's name, in both languages."""
    return frozenset(_key(w) for w in _RAW_WORD.findall(f"{entry.name.de} {entry.name.ru}"))


AND_KEYS = frozenset({"und", "i"})  # match keys of "und", "и", "i"

_BETWEEN = frozenset(match_key(w) for w in ("zwischen", "между", "mezhdu"))


def _between(hit: Hit, keys: Sequence[str]) -> bool:
    """Whether a class word is one side of "zwischen … und …", "между … и …".

    "Bindeglied zwischen Forschungszentren und Unternehmen", "контракты между российскими и
    немецкими компаниями" ask for no firms.
    """
    return hit.group == "classes" and any(
        k in _BETWEEN for k in keys[max(0, hit.start - 4) : hit.start]
    )


_NEITHER = frozenset({match_key("weder")})
_NOR = frozenset({match_key("noch")})


def _excluded(hits: Sequence[Hit], keys: Sequence[str]) -> tuple[str, ...]:
    """Classes a "not", "without" or "except" next to them leaves out.

    Two words before the class ("ohne die Republiken", "кроме городов") or right after it
    ("die Städte nicht mitgezählt").
    """
    classes = [h for h in hits if h.group == "classes"]
    # "не считая городов", "без учёта городов": the class after; "die Städte nicht
    # mitgezählt", "если города не считать": the class before, when none follows.
    uncounted = [h for h in hits if h.group == "cues" and h.name == "uncounted"]
    before = [u for u in uncounted if any(u.end <= c.start <= u.end + 1 for c in classes)]
    negations = [h.start for h in hits if h.group == "cues" and h.name in ("negation", "except")]
    negations += [u.end - 1 for u in before]
    # After a class only a "not" leaves it out: "Regionen außer den Städten" keeps the regions.
    nots = [h.start for h in hits if h.group == "cues" and h.name == "negation"]
    nots += [u.start for u in uncounted if u not in before]
    # "Regionen und Republiken ohne die Städte": a "not" a class follows is that class's.
    nots = [n for n in nots if not any(n < c.start <= n + 2 for c in classes)]
    # "… die Städte auflisten (die Regionen brauche ich erstmal nicht)": a "not" that ends
    # the question, a few words after the last class, leaves that class out.
    last = max(classes, key=lambda h: h.start, default=None)
    closing = [n for n in negations if n == len(keys) - 1]
    left = [
        h
        for h in classes
        if any(h.start - 2 <= n < h.start for n in negations)
        # "die Republiken (jetzt mal) nicht mitgezählt": filler words between.
        or any(
            h.end <= n <= h.end + 2 and all(k in _ANY_STOP_KEYS for k in keys[h.end : n])
            for n in nots
        )
        or (h is last and any(h.end < n <= h.end + 4 for n in closing))
    ]
    # "lässt Regionen und Republiken weg", "ohne Regionen und Republiken", "weder Städte noch
    # Republiken": a class joined to one left out is left out too.
    joining = AND_KEYS | (_NOR if _NEITHER & set(keys) else frozenset())
    left += [
        h
        for h in classes
        for o in left
        if h not in left
        and (
            (h.end + 1 == o.start and keys[h.end] in joining)
            or (o.end + 1 == h.start and keys[o.end] in joining)
        )
    ]
    return tuple(dict.fromkeys(h.name for h in sorted(left, key=lambda h: h.start)))


def _joined(hits: Sequence[Hit], keys: Sequence[str]) -> tuple[str, ...]:
    """Classes named one after another, with "und", "и" or a comma between.

    "Städte, Regionen und Republiken"; not "Regionen, also Oblaste".
    """
    classes = sorted((h for h in hits if h.group == "classes"), key=lambda h: h.start)
    joined = [
        (first.name, second.name)
        for first, second in pairwise(classes)
        if second.start == first.end
        or (second.start == first.end + 1 and keys[first.end] in AND_KEYS)
    ]
    return tuple(dict.fromkeys(name for pair in joined for name in pair))


def _counted(hits: Sequence[Hit], keys: Sequence[str], function: frozenset[str]) -> str:
    """The key of the word a how-many question counts: the first content word after it."""
    for hit in hits:
        # "wie viele X", "сколько X"; not "какого числа" or "Anzahl der …".
        if hit.group == "cues" and hit.name == "count" and keys[hit.start][:3] in _HOW_MANY:
            following = [
                k for k in keys[hit.end : hit.end + 3] if k and k not in function | _ROUGHLY
            ]
            return following[0] if following else ""
    return ""


_UNTIL = frozenset(match_key(w) for w in ("bis", "до", "do", "к", "k", "ко"))
# "от неё", "ot nee" ("from her"): folded like other words, the pronoun's key would be that
# of "не" ("not"); it is given one no word of the vocabulary has (keys fold double letters).
_HER = frozenset({"нее", "nee", "neyo", "nejo"})
# A woman pointed to: "sie", "ihrem Vortrag", "она", "её доклад".
_SHE = frozenset(
    match_key(w) for w in "sie ihr ihre ihrem ihren ihrer она её ее ей ona ee eyo ej".split()
) | {"nee"}


def _same_word(key: str, name_key: str) -> bool:
    """Whether a question's word is a form of a name's word: "Clusters", "сети" ("сеть").

    An ending may differ, not a stem: "avtokontserny" is no form of "АвтоКом".
    """
    shared = common_prefix(key, name_key)
    return (
        shared >= min(4, len(name_key)) >= 3
        and shared >= len(name_key) - 2
        and len(key) - shared <= 3
    )


def _folded(key: str) -> str:
    """A key with umlauts typed out folded ("absatzfoerderung" as "absatzforderung")."""
    return key.replace("ae", "a").replace("oe", "o").replace("ue", "u")


# Words repeat from question to question; their keys are pure functions of them.
@lru_cache(maxsize=8192)
def _key(word: str, latin_russian: bool = False) -> str:
    """The match key of a word of a question (see :func:`match_key`)."""
    plain = simplify(word)
    if plain in _HER:
        return "nee"
    return match_key(to_cyrillic(plain) if latin_russian else plain)


OR_KEYS = frozenset(match_key(w) for w in ("oder", "или", "ili"))  # "oder", "или"


def _choice_of_numbers(raw: Sequence[str], keys: Sequence[str]) -> bool:
    """Whether two numbers stand on either side of "oder"/"или" ("zwei oder drei Tage")."""
    return any(
        k in OR_KEYS
        and any(numbers(w) for w in raw[max(i - 2, 0) : i])
        and any(numbers(w) for w in raw[i + 1 : i + 3])
        for i, k in enumerate(keys)
    )


# "Как звали …?": "как" before "звали" asks a name; a noun "Name" alone asks it too.
_HOW_KEYS = frozenset((match_key(w),) for w in ("как", "kak"))
IN_KEYS = frozenset(match_key(w) for w in ("in", "im", "в", "во", "v"))
# "Ort?", "Место проведения?": a noun asking where, never whether it took place.
_PLACE_NOUNS = frozenset(
    match_key(w) for w in "ort veranstaltungsort место места месте mesto mesta meste".split()
)
# Nouns that, beside a name alone, ask for one of its facts: "Wachtlers Thema?".
_ATTRIBUTE_NOUNS = frozenset(
    match_key(w)
    for w in "thema themen vortrag region position funktion rolle titel organisation "
    "тема темы доклад регион должность позиция роль организация tema doklad dolzhnost".split()
)
_FRAGMENT_FILLERS = frozenset(match_key(w) for w in "von vom des der die das у а a и i".split())


def _attribute_fragment(keys: Sequence[str], mentions: Sequence[Mention]) -> bool:
    """A name and a noun for one of its facts, nothing else ("тема Вахтлера?")."""
    if not mentions or len(keys) > 4:
        return False
    named = {i for m in mentions for i in range(m.start, m.end)}
    rest = [k for i, k in enumerate(keys) if i not in named and k not in _FRAGMENT_FILLERS]
    return bool(rest) and all(k in _ATTRIBUTE_NOUNS for k in rest)


_NAME_NOUNS = frozenset(match_key(w) for w in "name namen имя фамилия imia imya familiia".split())
# The yes/no tail of the other language: "ne" is Russian "не", "da" German "there".
_OTHER_TAIL = {"ru": ("ne",), "de": ("da",)}


def _likened(hit: Hit, hits: Sequence[Hit]) -> bool:
    """Whether a "wie" is that of "sowas wie": something like, not how."""
    return any(h.name == "like" and h.start <= hit.start < h.end for h in hits)


def _yesno(
    hits: Sequence[Hit],
    keys: tuple[str, ...],
    question_mark: bool,
    lang: Lang,
    starts: Collection[int] = (0,),
) -> bool:
    """Whether a question asks for yes or no.

    "…, oder?", "War X …", "… ли …", "Правда, что …", or any question without a question
    word ("Миссия была в декабре?").
    """
    n = len(keys)
    classes = {h.start for h in hits if h.group == "classes"}
    # "dasselbe wie …" compares, as "как город" is "as a city": no question word.
    same = {h.end for h in hits if h.name == "identical"}
    # "в тот же день, что и Рихтер": "что" after "the same …" compares too.
    alike = {h.end for h in hits if h.name == "same"}
    # "… nichego ne nashel" is no German ", ne?", nor "… soll die Zusammenarbeit da laufen?" a
    # Russian "да?".
    cues = [
        h
        for h in hits
        if h.group == "cues"
        and not (h.name == "how" and (h.end in classes or h.start in same))
        and not (h.name == "what" and any(0 <= h.start - e <= 2 for e in alike))
        and not (h.name == "yes_tail" and keys[h.start : h.end] == _OTHER_TAIL[lang])
    ]
    # A claim given to check: "… в Мюнхен в 2022 году. Проверьте, пожалуйста.".
    if any(h.name == "verify" for h in cues):
        return True
    # At the end, or "…, oder habe ich was verwechselt?" anywhere.
    if any(
        h.name == "yes_tail"
        and (h.end >= n - 2 or (h.end - h.start > 1 and keys[h.start] in OR_KEYS))
        for h in cues
    ):
        return True
    # "Правда, что Вахтлер обещал …?", "Stimmt es, dass …", "А правда, что …", "Это правда,
    # что …", "Я правильно понимаю, что …": a claim asked about, with at most a word before it,
    # at the start of a sentence after none that asks ("Я из Калуги. Правда, что …?").
    asked_before = [h.start for h in cues if h.name in WH_CUES]
    if any(
        h.name == "yes_head"
        and h.end - h.start > 1
        and any(h.start == s or (h.start == s + 1 and keys[s] in _LEADING) for s in starts)
        and (h.start <= 1 or not any(i < h.start for i in asked_before))
        for h in cues
    ):
        return True
    if any(h.name in WH_CUES for h in cues):
        return False
    if any(h.name == "name" and keys[h.start] in _NAME_NOUNS and h.end in (1, n) for h in cues):
        return False  # "Der Typ vom AMZ, der über E-Autos sprach – Name?": asks the name.
    # "missiya byla tolko dlya avtoproizvoditelej": Russian asks yes or no in the words of a
    # statement; typed without its question mark, a claim with "only" is still asked.
    # So are two claims with "или" between them: "rikhter vystupal v pervyj den ili vo vtoroj".
    claimed = lang == "ru" and any(h.name in ("only", "or") for h in cues)
    # "missiya ved byla v 2021 godu": a particle that seeks agreement asks, wherever it stands.
    claimed = claimed or any(h.name == "agree" for h in cues)
    # "Beschäftigt sich die Mission mit Landwirtschaft", "kommt ctp.aero aus st. petersburg":
    # a German sentence that opens with its verb asks yes or no, typed without "?" too.
    opens_with_verb = lang == "de" and any(s < n and keys[s] in _OPENING_VERBS for s in starts)
    return question_mark or claimed or opens_with_verb or any(h.name == "yes_head" for h in cues)


# Verbs a German yes/no question opens with, beside those of "yes_head" (no "kannst du …",
# which asks for something); "is" is chat German ("is die mission schon gelaufen").
_OPENING_VERBS = frozenset(
    match_key(w)
    for w in "kommt kommen stammt stammen stammte liegt liegen lag arbeitet arbeiten arbeitete "
    "beschäftigt beschäftigen beschaeftigt befasst befassen spricht sprechen geht gehen steht "
    "stehen stand gilt zählt zaehlt bietet bieten bot unterstützt unterstuetzt unterstützte "
    "leitet leiten leitete vertritt vertrat hält haelt hielt findet finden dauert dauerte "
    "handelt handelte sitzt existiert existierte betrifft betraf plant plante bekommt erhält "
    "kostet kostete beginnt begann endet endete läuft laeuft präsentierte praesentierte "
    "präsentiert berichtete berichtet erzählte erzaehlte redete zeigte zeigt organisierte "
    "organisiert gründete gruendete nannte nennt führt fuehrt führte fuehrte gehört gehoert "
    "passt richtet richtete lud lädt laedt wird werden soll sollen sollte muss is".split()
)


def _asking_cues(
    hits: Sequence[Hit],
    mentions: Sequence[Mention],
    keys: Sequence[str],
    name_keys: Mapping[str, Collection[str]],
) -> list[Hit]:
    """The hits without question words that ask nothing.

    "Kto prav?", "Wer hat recht?" ask whether a claim before is true, not who; a word of a
    name is no question word ("CTO" in "CTO Soft" is no "kto"), nor is "кто-нибудь".
    """
    tails = [h for h in hits if h.name == "yes_tail" and h.end - h.start > 1]
    # A verb of saying in the past ("сказал", "говорили"), not a talk ("кроме докладов, что …").
    said_at = {h.end for h in hits if h.name == "spoke" and keys[h.end - 1].endswith(_PAST)}
    there_was = tuple(keys[:2]) in _THERE_WAS or tuple(keys[:1]) in _THERE_WAS
    own_words = {
        i for m in mentions for i in range(m.start, m.end) if keys[i] in name_keys[m.entry.id]
    }

    def asks_nothing(h: Hit) -> bool:
        if h.group != "cues" or h.name not in WH_CUES:
            return False
        if keys[h.end : h.end + 1] in (("nibud",), ("libo",), ("nit",), ("nibut",)):
            # "кто-нибудь был?", "что-либо", "какую-нибудь платформу": anyone, anything, any
            # ("kto-nit", "кто-нибуть" as typed)
            return True
        if h.name == "who" and h.start >= 2 and tuple(keys[h.start - 2 : h.start]) in _WAS_LI:
            return True  # "byli li kto iz Ryazani": was anyone, not who
        if h.name == "what" and h.start and keys[h.start - 1] in _WHAT_AS_THAT:
            return True  # "потому что", "так что": because, so
        if keys[h.start] in _SAID_THAT and h.start in said_at:
            return True  # "Крайнов сказал, что …": that, after a verb of saying
        if h.name in ("where", "when", "who", "which") and keys[h.end : h.end + 1] == ("to",):
            # "я сбился где-то на середине", "когда-то", "был ли кто-то из Карелии", "какое-то
            # сетевое общение": somewhere, once, someone, some.
            return True
        if h.name == "which" and keys[h.end - 1] == "to" and not OR_KEYS & set(keys[: h.start]):
            # "Был ли какой-то нетворкинг?": some; not "ТПП или какой-то немецкий союз?", which
            # of the two.
            return True
        if h.name == "what" and h.start >= 1 and there_was:
            return True  # "Gab es neben den Vorträgen noch was anderes?": something
        in_tail = any(t.start <= h.start < t.end for t in tails)
        return in_tail or all(i in own_words for i in range(h.start, h.end))

    return [h for h in hits if not asks_nothing(h)]


# "Gab es …", "Gibt es …": what follows is something there was, "was" no question word.
_THERE_WAS = frozenset(
    [(match_key(w), match_key("es")) for w in ("gab", "gibt")]
    + [(match_key(w),) for w in ("gab's", "gibt's", "gabs", "gibts")]
)

# "Был ли …", "byli li …": before "кто", whether anyone was ("были ли кто из Рязани").
_WAS_LI = frozenset(
    (match_key(w), match_key("ли"))
    for w in "был была были было есть участвовал участвовали".split()
)

# Words that make "что" a conjunction: "потому что", "так что", "poetomu chto".
_WHAT_AS_THAT = frozenset(match_key(w) for w in "потому поэтому так potomu poetomu tak".split())
_SAID_THAT = frozenset(match_key(w) for w in ("что", "chto", "shto"))

# Words before a claim asked about: "А правда, что …", "Это правда, что …", "Я правильно
# понимаю, что …".
_LEADING = frozenset(match_key(w) for w in "а и я ну это und also ich".split())


def _outside_greetings(hits: Sequence[Hit]) -> list[Hit]:
    """The hits without words inside a greeting or farewell of several words, or opening.

    "Guten Tag, wer ist Nikitin?" asks no day, "… хорошего дня" none either; "hey in welchem
    jahr …" asks no "чей" ("chei"), whose match key "hey" has.
    """
    greetings = [
        h
        for h in hits
        if h.group == "smalltalk"
        and h.name in ("greeting", "bye")
        and (h.end - h.start > 1 or (h.start == 0 and h.name == "greeting"))
    ]
    return [
        h
        for h in hits
        if h.group == "smalltalk"
        or not any(g.start <= h.start and h.end <= g.end for g in greetings)
    ]


def _smalltalk(hits: Sequence[Hit], n: int, greeted: Collection[int] = ()) -> str | None:
    """The kind of smalltalk when every word of the question is smalltalk, else None.

    ``greeted``: positions of places greeted ("… привет из Москвы"), smalltalk too.
    """
    talk = [h for h in hits if h.group == "smalltalk"]
    covered = {i for h in talk for i in range(h.start, h.end)} | set(greeted)
    kinds = {h.name for h in talk} - {"filler"}
    if not n or not kinds or len(covered) < n:
        return None
    if {"greeting", "bye"} <= kinds:
        # "Guten Morgen, schönen Tag euch allen!": whichever comes first was meant.
        first = min((h for h in talk if h.name in ("greeting", "bye")), key=lambda h: h.start)
        kinds.discard("bye" if first.name == "greeting" else "greeting")
    return next(
        (
            k
            for k in ("purpose", "abilities", "thanks", "bye", "how_are_you", "greeting", "please")
            if k in kinds
        ),
        None,
    )


_I_WE = frozenset("ich wir я мы".split())


def _thanks_only(text: str, hits: Sequence[Hit], cues: Collection[str]) -> str | None:
    """Thanks in a message of sentences of which none asks.

    "Ich war alle drei Tage dabei. Ich wollte einfach Danke sagen, es war eine gelungene
    Veranstaltung!": punctuated, with no "?", no question word and nothing asked for.
    Dictated text has no punctuation to tell ("danke war omsk dabei" asks).
    """
    if "?" in text or not re.search(r"[.!]\s*$", text.strip()) or WH_CUES & set(cues):
        return None
    # Written, not dictated ("war das vor ort oder nur online Danke!" asks), and of the
    # asker himself: "Ich war …", "Я участвовал …".
    said = _RAW_WORD.findall(text)
    if not said or not said[0][:1].isupper() or not _I_WE & {w.lower() for w in said}:
        return None
    if "or" in cues or any(h.group == "gaps" for h in hits):
        return None
    # The thanks close the message: "Danke. Nennen Sie mir die Redner." asks for them.
    last = len(said) - len(_RAW_WORD.findall(sentences(text)[-1]))
    thanks = any(h.group == "smalltalk" and h.name == "thanks" and h.start >= last for h in hits)
    return "thanks" if thanks else None


def _questions_later(text: str, hits: Sequence[Hit]) -> str | None:
    """A hello that says the questions come later ("… вопросы будут чуть позже"), asking none."""
    if "?" in text or any(h.group == "gaps" for h in hits):
        return None
    later = any(h.group == "smalltalk" and h.name == "later" for h in hits)
    return "greeting" if later else None


def _greeted_places(
    hits: Sequence[Hit], keys: Sequence[str], mentions: Sequence[Mention]
) -> set[int]:
    """Positions of a place and its preposition right after a greeting, thanks or farewell."""
    ends = {h.end for h in hits if h.group == "smalltalk" and h.name in _GREETING_KINDS}
    places = [(m.start, m.end) for m in mentions if m.entry.kind == "place"]
    places += [
        (h.start, h.end) for h in hits if h.group == "values" and h.name.startswith("origin")
    ]
    return {
        i
        for start, end in places
        if start and keys[start - 1] in _TO_A_PLACE and start - 1 in ends
        for i in range(start - 1, end)
    }


_GREETING_KINDS = frozenset({"greeting", "bye", "thanks"})
_TO_A_PLACE = frozenset(match_key(w) for w in "aus nach in из в iz v".split())


# Words of praise that thank only in a message that says nothing else ("super!").
_PRAISE = frozenset(
    "super toll tool prima klasse cool perfekt gut ok okay отлично супер класс ясно понятно "
    "otlichno".split()
)
_TITLES = frozenset("dr herr frau prof д-р доктор господин госпожа г-н г-жа".split())
_TITLE_KEYS = frozenset(k for t in _TITLES for k in text_keys(t))
# Offices before a name: "der minister dulig", "министр мантуров".
_OFFICES = frozenset(
    "minister wirtschaftsminister ministerpräsident ministerprasident bürgermeister "
    "burgermeister oberbürgermeister oberburgermeister министр губернатор мэр ministr "
    "gubernator".split()
)
# Deeds of a firm asked of with "что": "что представлял камаз".
_DEEDS = frozenset(
    "представлял представляла представляли представил представила представили показывал "
    "показывала показывали показал показала показали predstavlial predstavlyal "
    "predstavliala predstavlyala predstavil predstavila pokazyval pokazyvala pokazal "
    "pokazala".split()
)
# "war die firma konkret dabei", "kakie imenno servisy": how exactly, no name nor thing.
EXACTLY = frozenset(
    match_key(w) for w in "genau konkret именно конкретно imenno konkretno".split()
)
_SURNAME_LIKE = 70  # rapidfuzz ratio: "fahtler" is "vahtler" misspelt, "muler" is no "rihter"
# German adjectives, no first names: "Sächsischen Wirtschaftsministerium".
_ADJECTIVE_ENDINGS = ("isch", "ische", "ischen", "ischer", "isches", "ischem")
# "wie viele ungefähr", "skolko primerno": how exactly, not what is counted.
_ROUGHLY = frozenset(
    match_key(w)
    for w in "ungefähr ungefaehr etwa circa genau insgesamt eigentlich примерно приблизительно "
    "точно всего ровно около именно primerno priblizitelno tochno vsego rovno okolo "
    "imenno "
    # "gabs auch sowas wie networking": "something like".
    "sowas soetwas вроде типа vrode tipa".split()
)
# Endings of Russian words typed in Latin letters that German words do not have
# ("poslednij den missii", "kakaja").
_RUSSIAN_ENDINGS = (
    "ij", "yj", "ii", "aja", "aya", "iya", "ija", "iia", "ogo", "ykh", "ikh", "oju", "uju", "yju",
    "skoy", "skoj",
)  # fmt: skip
# Case endings of Russian nouns as match keys ("-ы", "-ой" key as "i", "oi"); a German
# name takes "-s" or none ("Richters", "des Clusters").
_RUSSIAN_CASE_TAILS = frozenset("a u e i om em oi im ov ev ah ami".split())
_HOW_MANY = frozenset(match_key(w)[:3] for w in ("wie", "wieviele", "сколько", "скок"))
_FROM = frozenset("aus von из iz".split())
_AND_OR = frozenset("oder und или и".split())
# The match keys of words before an origin: "aus Toljatti", "из Москвы", "от АПМ".
FROM_KEYS = frozenset(match_key(w) for w in "aus von из iz от ot".split())
# Endings of Russian adjectives, in either script: "большое", "krupnaya".
_ADJECTIVE = ("ое", "ая", "ый", "ий", "ые", "ие", "ой", "oe", "aya", "aia", "yi", "yj", "ij", "iy")
ALL_OF_THEM = frozenset(match_key(w) for w in "alles alle все всё vse".split())
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_BUT = frozenset(match_key(w) for w in ("aber", "но", "однако", "odnako"))
_IF = frozenset(match_key(w) for w in ("если", "esli", "wenn", "falls"))
_PARTICLES = frozenset("auch sogar etwa wirklich tatsachlich tatsaechlich".split())
_YES_VERBS = frozenset(
    "war waren ist sind hat haben nahm nahmen kam kamen был была было были участвовал "
    "участвовала участвовали присутствовал byl byla bylo byli uchastvoval uchastvovala "
    "uchastvovali prisutstvoval bil bila bilo bili".split()
)
# "Мантуров тоже выступал?", "avtovaz tochno byl": a word between the subject and its verb,
# and the verbs of speaking that ask whether one took part as a speaker.
_ALSO = frozenset(
    "auch wirklich echt sicher тоже также ведь же точно вроде tozhe takzhe ved tochno "
    "vrode".split()
)
# The keys of German function words, which a capital name may sound like ("Diess": "dies").
_GERMAN_STOP_KEYS = frozenset(_key(w) for w in STOP_WORDS["de"])
# "в этой области", "в данной области": a field, not a region.
_IN_THIS_FIELD = frozenset(_key(w) for w in "этой данной той etoi etoj dannoi dannoj".split())
_REGION_WORDS = frozenset({"region", "oblast"})
# Verbs of working somewhere: "wo arbeitet …" asks for an organization.
_WORKS = frozenset(
    "arbeitet arbeiten arbeitete работает работают работал работала rabotaet rabotayut "
    "rabotaiut rabotal rabotala".split()
)
# "Мишустин говорил про электромобили?": a verb of speaking after a name no text knows.
_SPOKE = frozenset(
    "выступал выступала выступали говорил говорила говорили рассказывал рассказывала "
    "рассказал рассказала vystupal vystupala vystupali govoril govorila govorili "
    "rasskazyval rasskazyvala rasskazal rasskazala sprach redete erzählte erzaehlte".split()
)
# "Минпромторг поддерживал мероприятие?": a deed of the event's asked of a name first.
_EVENT_DEEDS = frozenset(
    "поддерживал поддерживала поддерживали поддержал поддержала организовал организовала "
    "организовывал организовывала проводил проводила спонсировал спонсировала финансировал "
    "финансировала podderzhival podderzhivala podderzhal organizoval organizovala "
    "organizovyval provodil sponsiroval finansiroval".split()
)


def _verb_follows(raw: Sequence[str], i: int) -> bool:
    """Whether the word at ``i`` is followed by a verb asking whether it took part.

    A place it is from may stand between: "Volkswagen aus Kaluga war dabei?".
    """
    after = [simplify(w) for w in raw[i + 1 : i + 5]]
    if after[:1] and after[0] in _FROM_WORDS and "".join(raw[i + 2 : i + 3])[:1].isupper():
        after = after[2:]  # not "Одним из организаторов была …"
    if after and after[0] in _YES_VERBS | _SPOKE | _EVENT_DEEDS:
        return True
    return len(after) >= 2 and after[0] in _ALSO and after[1] in _YES_VERBS | _SPOKE


_FROM_WORDS = _FROM | {"vom", "от", "ot"}


def _towards(before: str, word: str) -> bool:
    """Whether a place's word after ``before`` (a key) is where one goes.

    "nach Sachsen", "в Саксонию", "v Moskvu" (the accusative after "в").
    """
    if before == "nah":
        return True
    return before in ("v", "vo") and word.lower().endswith(
        ("ию", "ю", "у", "iyu", "iu", "yu", "u")
    )


# Things presented at the event, never represented by anyone.
_PRESENTED_KINDS = frozenset({"platform", "initiative", "fair"})
# "Ging es bei Krainow um …?": a topic of someone's, "um" after the name.
_TOPIC_OF_ONE = re.compile(
    r"\b(?:ging|geht|gings|gehts)(?:\s+es)?\s+(?:da\s+)?bei\b[^,.;:?!]*?\bum\b", re.IGNORECASE
)
# The Russian words of one letter as typed in Latin ("v", "i", "s"): the "e" of "E-Mail"
# keys as "ee" ("её") does, and is none.
_ONE_LETTER_RUSSIAN = frozenset("aviksuo")
# With every German question word ("wieviel leit woan do?": dialect, with the "do" of "до").
_GERMAN_FUNCTION = (
    frozenset(
        "wer was wann wo wie welche welcher welches warum ob gab gibt gabs gibts gab's gibt's "
        "waren war hat haben dabei beide beiden".split()
    )
    | QUESTION_WORDS["de"]
)


def _denied_beside_said(valued: Sequence[Hit], hits: Sequence[Hit]) -> set[int]:
    """Positions of values denied where another of the same fact is said undenied.

    "von sächsischen … und nicht von russischen": "russischen" is denied, "sächsischen" said.
    """
    denials = [h.end for h in hits if h.group == "cues" and h.name == "except"]
    values = [h for h in valued if h.group == "values"]
    denied = [v for v in values if any(0 <= v.start - end <= 2 for end in denials)]
    said = {v.name.partition("=")[0] for v in values if v not in denied}
    return {v.start for v in denied if v.name.partition("=")[0] in said}


def _elliptic_days(
    values: tuple[tuple[str, str], ...],
    keys: Sequence[str],
    hits: Sequence[Hit],
    ordinals: Mapping[str, str],
) -> tuple[tuple[str, str], ...]:
    """An ordinal alone, once a day is named (the vocabulary's ``ordinals``).

    "wer hat den ersten Tag eröffnet und wer den zweiten?", "второй день начался с кого? а в
    первый кто выступал?".
    """
    day_named = any(h.group == "classes" and h.name == "day" for h in hits)
    # A day named, days counted ("Первые два дня понятны, а что было на третий?") or the
    # word for a day beside it ("программа третьего дня").
    if not any(fact in ("day", "days") for fact, _ in values) and not day_named:
        return ()
    found = [
        ("day", day)
        for i, k in enumerate(keys)
        if (day := ordinals.get(k)) and not any(h.start <= i < h.end for h in hits)
    ]
    return tuple(v for v in dict.fromkeys(found) if v not in values)


def _people_who_spoke(classes: tuple[str, ...], cues: Collection[str]) -> tuple[str, ...]:
    """'Welche Leute aus Sachsen haben Vorträge gehalten?': the people asked for are speakers."""
    spoke = "speaker" in classes or (len(classes) == 1 and "spoke" in cues)
    if classes[:1] == ("participant",) and "which" in cues and spoke:
        return ("speaker",)
    return classes


def _there(hits: Sequence[Hit], keys: Sequence[str], text: str) -> list[Hit]:
    """'Wer war vom AMZ da?': "da" closing a clause after "war" is being there."""
    ends = _words_after(text, (",", ".", "!", "?", ";")) | {len(keys)}
    been = [h.start for h in hits if h.name == "yes_head" and keys[h.start] in _BEEN]
    return [
        Hit("cues", "participation", i, i + 1)
        for i, k in enumerate(keys)
        if k == "da" and _clause_ends(keys, i + 1, ends) and any(j < i for j in been)
    ]


def _clause_ends(keys: Sequence[str], i: int, ends: Collection[int]) -> bool:
    """Whether only words of how exactly ("insgesamt", "so ungefähr") come before an end."""
    while i not in ends and i < len(keys) and (keys[i] in _ROUGHLY or keys[i] in _SO):
        i += 1
    return i in ends


# "сами", "sami" (themselves): keyed as "самый" is, never a superlative.
_SELVES = frozenset({"сами", "sami"})
# "laut …", "согласно …": whose word the claim is.
_ACCORDING_TO = frozenset(match_key(w) for w in ("laut", "согласно", "soglasno"))
# "ein Mitarbeiter", "einfacher Mitarbeiter", "рядовой сотрудник": one of the staff.
_ONE_OF_STAFF = frozenset(
    match_key(w) for w in "ein einer einen einfacher einfache рядовой простой riadovoi".split()
)
# "dort", "там": at the thing named before (in a later part too, see bot.parts).
AT_IT = frozenset(match_key(w) for w in ("dort", "там", "tam"))
# "человек", "chelovek": a person, or with a count people.
_PEOPLE = frozenset(match_key(w) for w in ("человек", "человека", "chelovek", "cheloveka"))
# Words that set a thing apart from what is asked: "außer", "кроме".
APART = frozenset(
    match_key(w) for w in "außer ausser neben abgesehen кроме помимо krome pomimo".split()
)
# "so", "denn", "dann": fillers between "da" and the end ("wie viele waren da denn").
_SO = frozenset(match_key(w) for w in ("so", "denn", "dann"))


def _without_the_invited(
    classes: tuple[str, ...], cues: Collection[str], hits: Sequence[Hit]
) -> tuple[str, ...]:
    """'Wer hat die Firmen nach Leipzig eingeladen?': the firms were invited, not asked for."""
    invited = any(h.name == "invited_to" for h in hits)
    if classes and "who" in cues and invited and set(classes) <= {"company", "participant"}:
        return ()
    return classes


def _topic_words(
    free_at: Sequence[int], keys: Sequence[str], hits: Sequence[Hit]
) -> tuple[str, ...]:
    """The free words within three words after "über", "про", "zum" ("zum russischen Markt")."""
    after = {h.end for h in hits if h.group == "cues" and h.name == "about"}
    after |= {i + 1 for i, k in enumerate(keys) if k in _TO}
    return tuple(keys[i] for i in free_at if any(p <= i < p + 3 for p in after))


_TO = frozenset({"zum", "zur", "zu"})
_NUMBER_OF = frozenset(match_key(w) for w in ("anzahl", "zahl"))
_COUNTING = re.compile(r"z(?:ä|ae)hl", re.IGNORECASE)
_BEEN = frozenset(
    match_key(w) for w in ("war", "waren", "warn", "ist", "sind")
)  # "zum Thema …", "zur Lokalisierung", "zu E-Autos"


def _days(a: Analysis) -> set[str]:
    return {v for f, v in a.values if f == "day"}


def _fair_named(word: str, after: Sequence[str]) -> str:
    """A place's adjective before "выставку" as the fair's name: "Ганноверская выставка"."""
    if not _PLACE_ADJECTIVE.search(word) or not after or not after[0].startswith("выставк"):
        return word
    return f"{_PLACE_ADJECTIVE.sub('ская', word)} выставка"


_AND = frozenset({"и", "i", "или", "ili"})
# Letters Russian typed in Latin letters does not use, which Western brands do: "bosch",
# "continental", "volkswagen" stay Latin in a Russian reply ("kamaz" becomes "Камаз").
_WESTERN = re.compile(r"[wqx]|ae|oe|ck|th|sch$|c[aeiouy]")


def _spelled(word: str, latin: bool) -> str:
    """A name typed in small letters as a reply writes it.

    "war bmw dabei" → "BMW", "а камаз был …" → "Камаз", "byl li kamaz" → "Камаз" (a Russian
    reply writes it in Cyrillic).
    """
    word = to_cyrillic(word) if latin else word
    return word.upper() if len(word) <= 3 else word.capitalize()


# "war da wer", "war aus mordowien wer dabei": colloquial "wer" is "jemand", no question
# word ("ist bekannt, wer da war" asks who).
_SOMEONE = re.compile(
    r"\b(?P<verb>war|waren|ist|sind|kam|kamen|gab|hat|haben)\s+"
    r"(?P<between>(?:(?:da|dort|denn|auch|eigentlich)\s+|(?:aus|von|vom)\s+\w+\s+){0,2})"
    r"wer\b(?=\s*(?:dabei|da|dort|aus|von|vom|$|[?.!,]))",
    re.IGNORECASE,
)
# A word said twice in a row; not an article ("Firmen die die Mission …").
_REPEATED = re.compile(r"\b(?!(?:die|das|der|den|dem|des)\b)(\w{3,})(?:\s+\1\b)+", re.IGNORECASE)
# The letter Z and a plus after a letter, said: "zett plus intec", "зет плюс интек".
_SPOKEN_Z = re.compile(r"\b(?:zett|зет|zet)\b", re.IGNORECASE)
_SPOKEN_PLUS = re.compile(r"\b(\w)\s+(?:plus|плюс|plyus|pljus)\b", re.IGNORECASE)
# "E-Autos", "e autos" (dictated), "E-Mobilität", "е-мобили".
_E_PREFIX = re.compile(
    r"\b[EeЕе](?:-|\s(?=(?:autos?|mobilit|fahrzeug|auto\b)))(?!mail|Mail|MAIL)(?=\w)"
)


def _heard_as(word: str, name_key: str) -> bool:
    """A word as a name word sounds when written down by ear ("rihta" for "rihter")."""
    return len(word) >= 4 and word[0] == name_key[0] and fuzz.ratio(word, name_key) >= FUZZY_HEARD


def _initials(name: str) -> str:
    """Initials, as people shorten a name of three or more capitalised Latin words ("DTH")."""
    parts = name.split()
    if len(parts) < 3 or not all(p[:1].isupper() and p.isascii() and p.isalpha() for p in parts):
        return ""
    return "".join(p[0] for p in parts)


def _name_words(text: str) -> list[str]:
    return [simplify(w) for w in _RAW_WORD.findall(clean(text))]


@dataclass(frozen=True)
class Reading:
    """What :func:`focus` asks of each sentence of a long question."""

    is_greeting: Callable[[str], bool]  # a greeting or thanks, nothing more
    asks: Callable[[str], bool]  # asks something
    names: Callable[[str], bool]  # names an entry
    topical: Callable[[str], bool]  # names an entry, a kind of entries or a fact's value
    greets: Callable[[str], bool]  # holds a greeting ("Привет из Москвы :)")
    this_event: Callable[[str], bool]  # points back only with "this" event ("dieser Mission")
    names_event: Callable[[str], bool]  # has a word for the event ("Mission", "миссия")
    names_person: Callable[[str], bool]  # names a speaker
    points_to_person: Callable[[str], bool]  # has a pronoun for a man ("er", "он")
    opens_yes_no: Callable[[str], bool]  # opens with a verb asking yes or no, ends with "?"
    asks_back: Callable[[Sequence[str]], bool]  # its first words ask of the one before


# Verbs of "я" without it that other words' endings do not tell (see _my_verb): "… — пишу
# материал для издания."
_MY_WORK = frozenset("пишу делаю pishu".split())


def _first_word(text: str) -> str:
    return next(iter(_RAW_WORD.findall(text.lower())), "")


def _busy(word: str) -> bool:
    """Whether a sentence's first word says what the asker is busy with ("пишу", "готовлю")."""
    return word in _MY_WORK or _my_verb(word, alone=True)


def focus(question: str, read: Reading) -> str:
    """The part of a long question that asks: greetings and preambles cut off.

    A leading greeting ("Hallo!", "Добрый день!") goes in any case. Of a long text of several
    sentences, the sentences that ask are kept (those ending with "?", else the last with a
    question word), with the sentence before a short one ("… Кто это был?") or one that
    points back to it and names nothing itself ("… экспертный круг — когда его создали?");
    the sentence pointed to is the nearest that is topical if it names something.
    """
    question = _without_greeting(question.strip(), read)
    signed_off = _SIGN_OFF.search(question)
    if signed_off and read.asks(question[: signed_off.start()]) and not read.asks(signed_off[0]):
        # "… skolko dnej ona dlilas spasibo vera iz yaroslavlya": thanks and who signs, typed
        # without a stop, ask nothing.
        question = question[: signed_off.start()]
    said = _SAID_WHICH.match(question)
    asked = (said["de"] or said["ru"]) if said else ""
    if asked and read.asks(asked):
        # "hat Herr Nikitin gesagt, welche Services IndustryStock genau anbietet?": whether
        # he said it is asked through what he would have said.
        question = asked
    parts = sentences(question)
    if len(parts) <= 1:
        return _after_a_request(question, read)
    # The name signed under a closing, cut at its initials: "… Mit besten Grüßen,
    # Dipl.-Ing.", "R.", "Naumann".
    signed = 0
    while signed < min(3, len(parts) - 2) and _name_fragment(parts[-1 - signed]):
        signed += 1
    if signed and read.is_greeting(parts[-1 - signed]):
        del parts[-signed:]
    # A closing and who signs under it: "… ? С уважением, генеральный директор".
    closing = _RAW_WORD.findall(parts[-1])[:3]
    # "Просим предоставить информацию об организаторах …. С уважением, генеральный
    # директор": a short one after a request of something named too.
    short = len(_RAW_WORD.findall(parts[-1])) <= 5
    if (
        not parts[-1].endswith("?")
        and any(read.is_greeting(" ".join(closing[:n])) for n in (1, 2, 3))
        and not read.asks(parts[-1])
        and any(p.endswith("?") or read.asks(p) or (short and read.topical(p)) for p in parts[:-1])
    ):
        del parts[-1]
    # Greetings, thanks and "können Sie mir helfen?" ask nothing themselves, nor does a
    # greeting from somewhere after the question ("… statt? Привет из Москвы :)").
    parts = [p for p in parts if not read.is_greeting(p)] or parts[-1:]
    last = max((i for i, p in enumerate(parts) if p.endswith("?")), default=len(parts))
    last = (
        last
        if last < len(parts)
        else max((i for i, p in enumerate(parts) if _WHETHER.search(p)), default=last)
    )
    # Nor does a remark after the last question that names nothing ("… dabei? Die sind ja in
    # Zwickau, das würde passen.").
    parts = parts[: last + 1] + [
        p
        for p in parts[last + 1 :]
        if read.asks(p)
        or _WHETHER.search(p)
        or not (read.greets(p) or (_a_remark(p) and not read.topical(p)))
    ]
    while (
        len(parts) > 1
        and not any(p.endswith("?") for p in parts)
        and (about_the_asker(parts[-1]) or _busy(_first_word(parts[-1])))
        and not read.asks(parts[-1])
        and read.asks(" ".join(parts[:-1]))
    ):
        # "Подскажите точные даты миссии — пишу материал для регионального издания.": what
        # the asker does, after the request, says why he asks.
        del parts[-1]
    if len(" ".join(parts)) <= 120:
        # "Kurze Frage vom Handy aus: von wann bis wann lief …?": a lead-in about nothing.
        first = next(
            (
                i
                for i, p in enumerate(parts)
                # "Миссия была в 2021 году? И кто её организовал …?": a claim of the event
                # with its mark asks too.
                if (p.endswith("?") and (read.asks(p) or read.names_event(p)))
                or _WHETHER.search(p)
                or read.opens_yes_no(p)
                # "Какую стратегию обсуждали — европейскую или российскую …?": a question
                # cut at a dash goes on after it.
                or (read.asks(p) and p.rstrip()[-1:] not in ".!:" and i + 1 < len(parts))
                # "Ya rabotayu v Samare, gotovlyu otchet. kto takoj Nikitin": the last
                # sentence, typed without its mark, after ones only about the asker.
                or (
                    read.asks(p)
                    and i + 1 == len(parts)
                    and not any("?" in q for q in parts)
                    and all(map(about_the_asker, parts[:i]))
                )
                # "Что было раньше: бизнес-миссия или выставка?": the choice after a colon.
                or (
                    read.asks(p)
                    and p.rstrip().endswith(":")
                    and i + 1 < len(parts)
                    and parts[i + 1].endswith("?")
                    and bool(OR_KEYS & {_key(w) for w in _RAW_WORD.findall(parts[i + 1])})
                )
            ),
            0,
        )
        opening = [simplify(w) for w in _RAW_WORD.findall(parts[first])][:3]
        # Not the words pointed back to by a question naming nothing: "«Европейская стратегия
        # … до 2025 года» — кто об этом рассказывал?".
        pointing = refers_back(parts[first], read) and not read.topical(parts[first])
        # "Ich sitze in Jekaterinburg. Waren Firmen aus meiner Stadt dabei?": the asker's town
        # is in the sentence before.
        lead_in = not (read.asks_back(opening) or pointing or OUR_PLACE.search(parts[first]))
        # "Ein Bekannter aus Moskau hat mir von HUDWAY erzählt. Stand HUDWAY auf der Liste?":
        # a question that names what it asks of, and points nowhere, needs no lead-in.
        alone = (
            # "Ich arbeite bei HUDWAY. Wie lange dauerte die Mission?": the asker's firm is
            # not what the event's question asks of.
            (
                read.names(parts[first])
                or (
                    read.names_event(parts[first])
                    and all(map(about_the_asker, parts[:first]))
                    # "… in Kurgan. Waren von dort auch Leute …?" points to his place.
                    and not _THERE.search(parts[first])
                )
            )
            and not refers_back(parts[first], read)
            and not any(p.endswith("?") or read.asks(p) for p in parts[:first])
            # "IndustryStock – was ist das …?": a topic set before, not a sentence of its own.
            and all(len(p.split()) >= 4 for p in parts[:first])
        )
        # Nor does one that asks of the event itself ("… на мероприятии не был. Что это
        # вообще была за бизнес-миссия?").
        alone = alone or read.this_event(parts[first])
        # "Die Moderation – wer hat die übernommen?": a topic of a word or two set before.
        topic = first == 1 and len(parts[0].split()) <= 2 and parts[0][-1:] not in _ENDS
        if (
            first
            and lead_in
            and not topic
            and (alone or not any(map(read.topical, parts[:first])))
        ):
            parts = parts[first:]
        # "У меня в записях стоит, что миссия была … Это верно?": the claim, not the notes.
        parts = [
            _claimed_clause(p, read.names)
            if i + 1 < len(parts) and read.asks_back(_RAW_WORD.findall(n))
            else p
            for i, (p, n) in enumerate(zip(parts, [*parts[1:], ""], strict=True))
        ]
        return " ".join(parts)
    # A question reported before one asked ("… wollte wissen, ob Tatarstan vertreten war. Und
    # was ist mit Karelien?"), or with none asked; not one after ("…? … will aber wissen, ob
    # es Abendtermine gab.", which says why).
    marked = [
        i for i, p in enumerate(parts) if p.endswith("?") or (i < last and _WHETHER.search(p))
    ]
    if marked and not any(read.asks(parts[i]) for i in marked):
        # "… können Sie mir helfen? --- „… bitte schauen Sie nach, ob Autodetal dabei war …“":
        # a plea with the mark, the question reported after it.
        marked += [i for i, p in enumerate(parts) if i > last and _WHETHER.search(p)]
    if marked:
        # "…? …? i chto naschet udmurtii, moi znakomye govorili …": one more question, typed
        # without its mark, after the last one marked.
        marked += [
            i for i in range(marked[-1] + 1, len(parts))
            if _AND_ASKS.match(parts[i]) and read.asks(parts[i]) and read.topical(parts[i])
        ]  # fmt: skip
    if not marked:
        asking = [i for i, p in enumerate(parts) if read.asks(p)]
        # "Perechislite … goroda … Hotim ponyat gde u nas uzhe est kontakty.": a later one
        # about the asker's own says why the one before asks.
        marked = [i for i in asking if i == asking[0] or not _about_ours(parts[i])][-1:]
    if not marked:
        return " ".join(parts)
    kept: list[int] = []
    for i in marked:
        # "Er möchte wissen, welche Organisationen …": the question is the clause that asks.
        parts[i] = _asked_clause(parts[i], read.asks, read.topical)
        if i > 0 and i - 1 not in kept:
            person = read.points_to_person(parts[i])
            # "Worum ging es bei dieser Business-Mission?" points to the event, not back.
            if (
                (refers_back(parts[i], read) or person)
                and not read.names(parts[i])
                and not read.this_event(parts[i])
            ):
                # "… Никитин выступал в первый день. Хочу проверить. Так ли это?": the
                # nearest sentence before that names something, over ones about nothing.
                before = [
                    j for j in range(i - 1, -1, -1) if j not in kept and read.topical(parts[j])
                ]
                if person:
                    # "Bei Krajnow bin ich unsicher … 'APM' mit Fragezeichen … was er genau
                    # war?": "er" is the person named, over a thing named nearer.
                    people = [j for j in before if read.names_person(parts[j])]
                    before = people[:1] + [j for j in before if j not in people[:1]]
                claim = before[0] if before and read.names(parts[before[0]]) else i - 1
                parts[claim] = _claimed_clause(parts[claim], read.names)
                own = about_the_asker(parts[claim]) or _INTENT.match(parts[claim])
                if person and own and read.asks(parts[i]):
                    # "Хочу написать письмо Алексею Ильметову … Кем он был на момент
                    # миссии?": of what the asker says of himself, only whom "он" points to.
                    parts[claim] = _person_named(parts[claim], read) or parts[claim]
                kept.append(claim)
                if claim and len(parts[claim].split()) <= 2 and parts[claim - 1][-1] not in _ENDS:
                    # "… выступал замминистра из Татарстана — Ильметов. Это правда?": a name
                    # cut off at a dash goes with what it was said of.
                    parts[claim - 1] = _claimed_clause(parts[claim - 1], read.names)
                    kept.append(claim - 1)
                back = refers_back(parts[claim], read, ours=False) or OUR_PLACE.search(
                    parts[claim]
                )
                if back and not read.names(parts[claim]):
                    # "… две фамилии — Вахтлер и Крайнов … не помню, кто из них откуда. Кто где
                    # работает и о чём каждый говорил?": pointing back twice.
                    named = next(
                        (j for j in range(claim - 1, -1, -1) if read.names(parts[j])), None
                    )
                    if named is not None:
                        kept.append(named)
            elif person and not read.names_person(parts[i]) and read.names_person(parts[i - 1]):
                # "Хочу написать Андрею Крайнову. Он ведь руководит саксонским AMZ?": "он"
                # is the person named before, though the question names another thing.
                kept.append(i - 1)
            elif (
                len(parts[i].split()) < 5
                or (
                    not read.topical(parts[i])
                    and read.topical(parts[_near_topical(parts, i, read)])
                )
            ) and not read.this_event(parts[i]):
                # "… welche Organisationen … – kannst du mir die alle aufzählen?"; not "ich
                # bin Jana von einem Zulieferer aus Chemnitz und wollte fragen: …", nor "… Von
                # wann bis wann lief diese Mission genau?", which asks of "this" event.
                kept.append(_near_topical(parts, i, read))
        kept.append(i)
    chosen = [parts[i] for i in sorted(set(kept))]
    # A part cut off at a dash ends a sentence too: "… фамилия — Рихтер — …. Напомните, кто
    # он такой?" keeps "Рихтер." apart, so "Напомните" still opens a sentence; not a name
    # in capitals after it ("kto iniciiroval Deep Tech Hub — TPP ili kto-to drugoj?").
    return " ".join(
        f"{p}." if p[-1] not in _ENDS and after[:1].isupper() and not _CAPITALS.match(after) else p
        for p, after in zip(chosen, [*chosen[1:], ""], strict=True)
    )


_CAPITALS = re.compile(r"[^\W\d_a-zа-яё]{2,}\b")
# "und was ist mit …", "а что насчёт …", "i kak naschet …": a question of its own opens so.
_AND_ASKS = re.compile(
    r"(?i)(?:und|oder|и|а|i|a)\s+(?:was|wie|wer|wo|wann|welche\w*|что|как|кто|где|когда|"
    r"как\w+|chto|kak|kto|gde|kogda|kak\w+)\b"
)

# "скажите", "sagen Sie": a request that opens the question in a long dictated message.
_REQUEST = re.compile(
    r"(?i)(?<!\w)(?:скажите|подскажите|расскажите|skazhite|podskazhite|rasskazhite|"
    r"sagen sie|sag mir|erklären sie|erklaeren sie|erklaren sie)(?!\w)\s*,?\s*"
)


def _after_a_request(question: str, read: Reading) -> str:
    """A dictated message from the request on that asks of something it names itself.

    "… нам прислали приглашение на выставку в лейпциг … скажите что это за выставка и когда
    она проходит": what the asker says first is no part of the question (unless the
    question points back to it: "оттуда", "наша область").
    """
    for m in _REQUEST.finditer(question):
        rest = question[m.end() :]
        long_before = len(question[: m.start()].split()) >= 8
        points = OUR_PLACE.search(rest) or _THERE.search(rest)
        if long_before and read.asks(rest) and read.topical(rest) and not points:
            return rest
    return question


def _near_topical(parts: Sequence[str], i: int, read: Reading) -> int:
    """The sentence a question about nothing itself goes with: the one before it.

    Over a remark about nothing, the one before the remark: "… 2019 …, dass es 2020 war.
    Wir streiten seit dem Mittagessen. Wer liegt richtig?".
    """
    about_nothing = not (read.topical(parts[i]) or read.topical(parts[i - 1]))
    return i - 2 if i > 1 and about_nothing and read.topical(parts[i - 2]) else i - 1


# A yes/no question reported: "Mein Chef möchte wissen, ob Volgabus dabei war.", "Хочу
# уточнить, был ли …", asked without a question mark.
_WHETHER = re.compile(
    r"(?i)\b(?:wissen|fragen|erfahren|klären|klaeren|klaren|prüfen|pruefen|prufen|checken|nachsehen|"
    r"nachschauen|nach|frag\s+mich|frage\s+mich|interessiert\s+mich)\s*,?\s+ob\b"
    r"|\b(?:узнать|спросить|уточнить|выяснить|uznat|sprosit|utochnit|vyyasnit)\s*,?\s+\w+\s+(?:ли|li)\b"
)


_SIGN_OFF = re.compile(
    r"\s+(?:спасибо|spasibo|danke|dankeschön|dankeschoen|dankeschon|merci|thx)(?:\s+[^\s?]+){0,4}[\s.!]*$",
    re.IGNORECASE,
)


def _name_fragment(part: str) -> bool:
    """Whether a part is a name or initial cut off a signature ("R.", "Naumann")."""
    found = _RAW_WORD.findall(part)
    return 0 < len(found) <= 2 and not part.endswith("?") and all(w[0].isupper() for w in found)


def _without_greeting(question: str, read: Reading) -> str:
    """The question without a greeting before its first comma ("Hallo, war VW dabei?")."""
    head, comma, rest = question.partition(",")
    # A greeting is a few words ("Guten Tag", "Sehr geehrte Damen und Herren").
    short = len(head.split()) <= 6
    if not (comma and short and read.is_greeting(head)) or read.is_greeting(rest):
        return question  # "Привет, бот! Как дела?" greets twice
    # Not "privet, bot": what is left must ask or name something.
    return rest.strip() if read.asks(rest) or read.topical(rest) else question


def _a_remark(sentence: str) -> bool:
    """Whether a sentence ends as a statement does and gives no hint of what is asked.

    "… war irgendwas mit zuliefer", "… stand da irgendwas in Klammern" hint at it.
    """
    hint = {simplify(w) for w in _RAW_WORD.findall(sentence)} & _VAGUE_HINTS
    return not hint and not sentence.rstrip().endswith(("?", ":"))


_VAGUE_HINTS = frozenset(
    "irgendwas irgendwie irgendein irgendeine irgendeiner irgendeinen что-то какой-то какая-то "
    "какое-то chto-to kakoy-to kakoi-to kakaya-to kakaia-to".split()
)


_THAT = re.compile(r",\s+(?:dass|daß|что|chto|shto)\s", re.IGNORECASE)
_ENDS = frozenset(".!?;:…,")


def _about_ours(sentence: str) -> bool:
    """Whether a sentence speaks of the asker's own ("у нас", "unsere Kunden")."""
    return any(_key(w) in _OURS for w in _RAW_WORD.findall(sentence))


# What the asker means to do: "Хочу написать письмо …", "Ich muss eine Einladung …".
_INTENT = re.compile(
    r"(?i)^(?:хочу|хотим|хотел\w*|собираюсь|планирую|надо|нужно|мне нужно|"
    r"ich (?:möchte|moechte|mochte|will|muss|soll)|"
    r"wir (?:möchten|moechten|mochten|wollen|müssen|muessen|mussen))\b"
)


def _person_named(sentence: str, read: Reading) -> str:
    """The words of a sentence that name a speaker ("Алексею Ильметову"), or ""."""
    found = _RAW_WORD.findall(sentence)
    for size in (2, 1):
        for start in range(len(found) - size + 1):
            name = " ".join(found[start : start + size])
            if read.names_person(name):
                return name + "."
    return ""


def _claimed_clause(sentence: str, names: Callable[[str], bool]) -> str:
    """A reported claim without its frame: "In meinen Notizen steht, dass X …" → "X …".

    The frame's words (notes, recordings, a colleague) are not what is asked about.
    """
    frame = _THAT.search(sentence)
    if frame and not names(sentence[: frame.start()]):
        return sentence[frame.end() :]
    return sentence


# A yes/no question whether someone said what a question word asks: "Hat Nikitin gesagt,
# welche Services …?", "Сказал ли Никитин, какие услуги …?".
_SAID_WHICH = re.compile(
    r"(?i)^(?:hat|haben|hatte)\b[^,?]{1,40}\b(?:gesagt|erwähnt|erwaehnt|erwahnt|erzählt|erzaehlt|"
    r"erzahlt|verraten|erklärt|erklaert|erklart)\s*,\s*(?P<de>(?:welche|welcher|welches|welchen|wann|wie|wo|"
    r"wer|was)\b[^?]*\??)\s*$"
    r"|^(?:сказал|говорил|рассказал|упомянул|уточнил)\s+ли\b[^,?]{1,40},\s*(?P<ru>(?:какие|какой|"
    r"какая|когда|где|кто|что|сколько)\b[^?]*\??)\s*$"
)


def _asked_clause(sentence: str, asks: Callable[[str], bool], names: Callable[[str], bool]) -> str:
    """A reported question without its frame: "Er möchte wissen, welche … waren." → "welche …".

    Only in a sentence without a question mark (one with it may ask in its first clause:
    "Stimmt das so, oder habe ich was verwechselt?"), and when the frame before the comma
    neither asks nor is about anything itself ("Нужен список компаний, которые …" is).
    """
    head, comma, rest = sentence.partition(", ")
    if sentence.endswith("?") or not (comma and rest):
        return sentence
    if asks(rest) and not asks(head) and not names(head):
        return rest
    return sentence


# "… in Kurgan. Waren von dort auch Leute …?": words pointing to a place said before.
_THERE = re.compile(r"(?i)(?<!\w)(?:dort\w*|da|daher|там|оттуда|tam|ottuda)(?!\w)")


def refers_back(sentence: str, read: Reading, ours: bool = True) -> bool:
    """Whether a sentence speaks of something said before it ("когда его создали?").

    ``ours``: the asker's own ("unsere Region", "наш директор") points back too.
    """
    words = [simplify(w) for w in _RAW_WORD.findall(sentence)]
    back = _BACK_WORDS if ours else _BACK_WORDS - _OUR_WORDS
    return read.asks_back(words) or any(w in back for w in words)


_OUR = (
    "unser unsere unserer unseren unserem наш наша нашу нашей нашего нашем наши наших "
    "nash nasha nashu nashei nashej nashego nashem nashi nashikh nashih"
)
_OUR_WORDS = frozenset(_OUR.split())
# "This": the demonstratives that may stand before the event's word ("dieser Mission").
_THIS = "diese dieser diesen diesem dieses этот эта этой этом etot eta etoi etoy etom"
# Pronouns and demonstratives that point to an earlier sentence (not "Sie", "das", "dort"
# or "там": they mostly mean the reader or the event).
_BACK_WORDS = frozenset(
    f"{_THIS} er ihn ihm seine seiner seinem seinen beide beiden "
    "он она оно они его её ее ему ей ней нём нем ним ними них их этих эти "
    "оба обе on ona ono oni ego ee emu ei nei ney nem nim nimi nikh nih ikh ih etikh etih eti "
    # "… в Ульяновске. Была ли представлена наша область?": the asker's own, named before.
    f"{_OUR} "
    # "… о чём каждый говорил?", "… was jeder erzählt hat": each of those named before.
    "каждый каждого каждому kazhdyi kazhdyj kazhdogo jeder jeweils "
    # "„Lokalisierung …“ – wer hat darüber gesprochen?": what was said before.
    "daruber darueber druber davon "
    # "… jemand aus der dortigen Regionalregierung": the place named before.
    "dortige dortigen dortiger dortigem тамошний тамошнего тамошней тамошние тамошних".split()
)
_THIS_WORDS = frozenset(_THIS.split())
# Words pointing to a thing said before, as keys: "die Stadt", "diese Region", "этот город".
_POINTING = _ARTICLES | frozenset(match_key(w) for w in _THIS_WORDS)
# Kinds of things a class word with "die", "эта" points back to, once named ("die Firma").
_REFERRED_KINDS = frozenset({"company", "platform", "organizer"})
# "что … за", "was … für": what kind of thing.
_WHAT = frozenset({"что", "chto", "што", "was"})
_KIND_OF = frozenset({"за", "za", "fur", "fuer"})
# "… как нашу область представили …": the asker's place, named in a sentence before ("Пишу
# из Самары."); "наш директор" is no place.
OUR_PLACE = re.compile(
    # "meine Heimatregion", "моя родная область".
    r"\b(?:наш|nash|unser|mein|мо[йеёяю]|moi|moe|moj|moy)\w*\s+(?:\w+\s+)?\w*(?:област|регион|"
    r"республик|город|"
    r"кра[йяе]|oblast|region|respublik|gorod|stadt|republik|bundesland)",
    re.IGNORECASE,
)
