"""The domain vocabulary: the words questions are understood by, as data.

Read from ``vocabulary.yaml`` beside the event files (see :mod:`bot.knowledge`, which
validates it). Every word or phrase is compiled to phonetic match keys (:func:`match_key`),
so German, Russian and Russian typed in Latin letters meet; a trailing ``*`` makes a word a
stem. Matching runs over the keys of *all* words of a question, stop words included, since
"wie viele", "ли" and "ведь" are exactly what tells how a question asks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from .text import Kept, Lang, has_cyrillic, has_latin, match_key, words

# A phrase: its words' keys, each with whether it is a stem (matches any longer key).
Phrase = tuple[tuple[str, bool], ...]
MIN_STEM = 3  # a stem shorter than this would match half the language
OPENED_SIZE = 16384  # words whose phrases are kept (see Matcher._opened_by)
# The script a word is written in. Keys are phonetic, so the Russian "хотел" (wanted) has
# the key of the German "Hotel", and "во" (in) that of "wo" (where): a question word meets
# only the phrases written in its own script. Russian typed in Latin letters meets both.
Script = Literal["cyrillic", "latin", "any"]


def script_of(text: str) -> Script:
    """``cyrillic`` or ``latin`` by the text's letters; ``any`` for neither (or both)."""
    cyrillic, latin = has_cyrillic(text), has_latin(text)
    return "any" if cyrillic == latin else "cyrillic" if cyrillic else "latin"


def compile_phrase(text: str) -> Phrase | None:
    """The match keys of a word or phrase; ``None`` when nothing is left of it."""
    stem = text.rstrip().endswith("*")
    # Split at hyphens as questions are ("по-русски" is "по русски", "E-Mail" is "E Mail").
    parts = [match_key(w) for w in words(text.replace("*", " ").replace("-", " "))]
    parts = [p for p in parts if p]
    if not parts:
        return None
    keys = tuple((p, False) for p in parts)
    if stem and len(parts[-1]) >= MIN_STEM:
        keys = (*keys[:-1], (parts[-1], True))
    return keys


def key_matches(word: str, key: str, stem: bool) -> bool:
    """Whether a question word's key is the vocabulary key (or starts with the stem)."""
    return word.startswith(key) if stem else word == key


class Hit(NamedTuple):
    """A phrase found in a question: its list (``cues``, ``gaps``...), name and place."""

    group: str
    name: str
    start: int
    end: int


# A phrase filed under its first word: its list, name, the keys after the first one, and
# the scripts it is written in (None for any).
_Filed = tuple[str, str, Phrase, frozenset[Script] | None]


class Matcher:
    """Finds many phrases in a question at once, looking up each word only once.

    Phrases are filed under their first word: exact words in one table, stems in another,
    where every beginning of a question word is looked up. A question costs in proportion
    to its length, not to the size of the vocabulary.
    """

    def __init__(
        self,
        labelled: Iterable[tuple[str, str, Phrase]],
        scripts: Mapping[Phrase, frozenset[Script]],
    ) -> None:
        self.exact: defaultdict[str, list[_Filed]] = defaultdict(list)
        self.stems: defaultdict[str, list[_Filed]] = defaultdict(list)
        for group, name, phrase in labelled:
            key, stem = phrase[0]
            written = scripts.get(phrase)
            if written is not None and "any" in written:
                written = None
            table = self.stems if stem else self.exact
            table[key].append((group, name, phrase[1:], written))
        self.exact.default_factory = None
        self.stems.default_factory = None
        # The phrases a word opens, by word, and those the word after it leaves, by pair:
        # every question looks up the same few hundred words and word pairs again, and most
        # phrases a word opens fail on the next word.
        self._opened: Kept[str, tuple[_Filed, ...]] = Kept(OPENED_SIZE)
        self._left: Kept[tuple[str, str | None], tuple[_Filed, ...]] = Kept(OPENED_SIZE)

    def _opened_by(self, word: str) -> tuple[_Filed, ...]:
        found = self._opened.get(word)
        if found is None:
            candidates = list(self.exact.get(word, ()))
            for length in range(MIN_STEM, len(word) + 1):
                candidates.extend(self.stems.get(word[:length], ()))
            found = self._opened.keep(word, tuple(candidates))
        return found

    def _left_by(self, word: str, following: str | None) -> tuple[_Filed, ...]:
        """The phrases ``word`` opens that the word after it (``None``: none) does not rule out."""
        found = self._left.get((word, following))
        if found is None:
            found = self._left.keep(
                (word, following),
                tuple(
                    filed
                    for filed in self._opened_by(word)
                    if not filed[2]
                    or (following is not None and key_matches(following, *filed[2][0]))
                ),
            )
        return found

    def find(self, keys: Sequence[str], scripts: Sequence[Script] = ()) -> list[Hit]:
        """Every phrase occurring in the question's keys, in the order of their places.

        ``scripts`` gives each word's script (see :data:`Script`); without it, any.
        """
        hits = []
        for i, word in enumerate(keys):
            script = scripts[i] if i < len(scripts) else "any"
            following = keys[i + 1] if i + 1 < len(keys) else None
            for group, name, rest, written in self._left_by(word, following):
                if written is not None and script != "any" and script not in written:
                    continue
                end = i + 1 + len(rest)
                if end <= len(keys) and all(
                    key_matches(keys[j], k, s) for j, (k, s) in enumerate(rest[1:], i + 2)
                ):
                    hits.append(Hit(group, name, i, end))
        return hits


# The gaps that ask what an abbreviation stands for ("meaning") or spell it out
# ("spelling"): a name that holds it may answer them.
ABBREVIATION_GAPS = frozenset({"meaning", "spelling"})


@dataclass(frozen=True)
class Gap:
    """Something participants ask about that the knowledge never holds (age, e-mail...)."""

    id: str
    label: Mapping[Lang, str]
    phrases: tuple[Phrase, ...]
    kinds: frozenset[str] = frozenset()  # only about entries of these kinds (empty: any)
    # Only in questions asking with one of these cues (empty: any): "Wie viele Firmen sind
    # Mitglied im AMZ?" asks for members, "Was bekommen Mitglieder der Kammer?" does not.
    cues: frozenset[str] = frozenset()
    # German nouns that ask for it at the end of a compound too ("Standpreis",
    # "Hotelkosten"): one word each, a stem matching any longer ending.
    tails: tuple[tuple[str, bool], ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    """Compiled word lists; see ``knowledge/vocabulary.yaml`` for what each one is for."""

    smalltalk: Mapping[str, tuple[Phrase, ...]] = field(default_factory=dict)
    cues: Mapping[str, tuple[Phrase, ...]] = field(default_factory=dict)
    classes: Mapping[str, tuple[Phrase, ...]] = field(default_factory=dict)
    predicates: Mapping[str, tuple[Phrase, ...]] = field(default_factory=dict)
    values: Mapping[str, Mapping[str, tuple[Phrase, ...]]] = field(default_factory=dict)
    ordinals: Mapping[str, str] = field(default_factory=dict)  # word key → day ("zweiten": 2)
    gaps: tuple[Gap, ...] = ()
    weak: frozenset[str] = frozenset()
    russian: frozenset[str] = frozenset()
    # Real names the knowledge never gives ("BMW", "КАМАЗ"): names even typed in small letters.
    others: frozenset[str] = frozenset()
    domain: frozenset[str] = frozenset()
    synonyms: Mapping[str, str] = field(default_factory=dict)  # word key → group key
    # Dialect and colloquial German as standard German ("isch" → "ist"), lower case.
    dialect: Mapping[str, str] = field(default_factory=dict)
    source: str = ""
    scripts: Mapping[Phrase, frozenset[Script]] = field(default_factory=dict, repr=False)
    matcher: Matcher = field(init=False, repr=False, compare=False)
    # cue → the words of its one-word phrases ("über", "про" for "about"), for rules that
    # look at a word beside a mention rather than scan the question.
    cue_words: Mapping[str, frozenset[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "matcher", Matcher(self.labelled(), self.scripts))
        words = {
            name: frozenset(p[0][0] for p in phrases if len(p) == 1)
            for name, phrases in self.cues.items()
        }
        object.__setattr__(self, "cue_words", words)

    def labelled(self) -> Iterable[tuple[str, str, Phrase]]:
        """Every phrase with its list and name.

        ``("cues", "count", phrase)``; values as ``("values", "origin=saxony", phrase)``.
        """
        for group, table in (
            ("smalltalk", self.smalltalk), ("cues", self.cues), ("classes", self.classes),
            ("predicates", self.predicates),
        ):  # fmt: skip
            for name, phrases in table.items():
                yield from ((group, name, p) for p in phrases)
        for fact, values in self.values.items():
            for value, phrases in values.items():
                yield from (("values", f"{fact}={value}", p) for p in phrases)
        for gap in self.gaps:
            yield from (("gaps", gap.id, p) for p in gap.phrases)

    def scan(self, keys: Sequence[str], scripts: Sequence[Script] = ()) -> list[Hit]:
        """Every phrase of every list that occurs in the question's keys (words' scripts)."""
        return self.matcher.find(keys, scripts)
