"""The domain vocabulary: the words questions are understood by, as data.

Read from ``vocabulary.yaml`` beside the event files (see :mod:`bot.knowledge`, which
validates it). Every word or phrase is compiled to phonetic match keys (:func:`match_key`),
so German, Russian and Russian typed in Latin letters meet; a trailing ``*`` makes a word a
stem. Matching runs over the keys of *all* words of a question, stop words included, since
"wie viele", "ли" and "ведь" are exactly what tells how a question asks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .text import Lang, match_key, words

# A phrase: its words' keys, each with whether it is a stem (matches any longer key).
Phrase = tuple[tuple[str, bool], ...]
MIN_STEM = 3  # a stem shorter than this would match half the language


def compile_phrase(text: str) -> Phrase | None:
    """The match keys of a word or phrase; ``None`` when nothing is left of it."""
    stem = text.rstrip().endswith("*")
    parts = [match_key(w) for w in words(text.replace("*", " "))]
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


def spans(phrases: Iterable[Phrase], keys: Sequence[str]) -> list[tuple[int, int]]:
    """Where the phrases occur in a question's keys, as ``(start, end)`` word positions."""
    found = []
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(keys) - n + 1):
            if all(key_matches(keys[i + j], k, s) for j, (k, s) in enumerate(phrase)):
                found.append((i, i + n))
    return found


@dataclass(frozen=True)
class Gap:
    """Something participants ask about that the knowledge never holds (age, e-mail...)."""

    id: str
    label: Mapping[Lang, str]
    phrases: tuple[Phrase, ...]
    kinds: frozenset[str] = frozenset()  # only about entries of these kinds (empty: any)


@dataclass(frozen=True)
class Vocabulary:
    """Compiled word lists; see ``knowledge/vocabulary.yaml`` for what each one is for."""

    smalltalk: Mapping[str, tuple[Phrase, ...]] = field(default_factory=dict)
    cues: Mapping[str, tuple[Phrase, ...]] = field(default_factory=dict)
    classes: Mapping[str, tuple[Phrase, ...]] = field(default_factory=dict)
    predicates: Mapping[str, tuple[Phrase, ...]] = field(default_factory=dict)
    values: Mapping[str, Mapping[str, tuple[Phrase, ...]]] = field(default_factory=dict)
    gaps: tuple[Gap, ...] = ()
    weak: frozenset[str] = frozenset()
    russian: frozenset[str] = frozenset()
    synonyms: Mapping[str, str] = field(default_factory=dict)  # word key → group key
    source: str = ""

    def find(self, group: Mapping[str, tuple[Phrase, ...]], keys: Sequence[str]) -> list[str]:
        """The names in ``group`` (a cue, class, predicate...) whose phrases occur in keys."""
        return [name for name, phrases in group.items() if spans(phrases, keys)]

    def has(self, cue: str, keys: Sequence[str]) -> bool:
        """Whether one of the cue's phrases occurs in the question's keys."""
        return bool(spans(self.cues.get(cue, ()), keys))

    def gaps_in(self, keys: Sequence[str]) -> list[Gap]:
        """The kinds of unknown information a question asks for."""
        return [gap for gap in self.gaps if spans(gap.phrases, keys)]

    def all_phrases(self) -> Iterable[Phrase]:
        """Every phrase of every list: the words a question may use besides names."""
        for group in (self.smalltalk, self.cues, self.classes, self.predicates):
            for phrases in group.values():
                yield from phrases
        for values in self.values.values():
            for phrases in values.values():
                yield from phrases
        for gap in self.gaps:
            yield from gap.phrases
