"""The answer engine: ranks knowledge entries for a question and decides whether to answer.

Pure Python, no Telegram. An :class:`Engine` is built once from a knowledge base and never
changes afterwards, so a reload builds a new one and swaps the reference.

How a question is scored:

1. The question becomes match keys (see :mod:`bot.text`); every key is looked up in the
   vocabulary of the knowledge base exactly, by shared prefix (word forms) and by edit
   distance with rapidfuzz (typos), within a length band so the cost grows with the
   vocabulary's bands rather than with the number of entries.
2. Each entry's *coverage* is the share of the question's weight it explains: every matched
   key counts with its similarity, the weight of the field it was found in (a name weighs
   more than a word in the answer text) and its rarity (idf).
3. The best entries get a *precision* bonus: the share of one of their names or questions
   that the question covers, so ``Nikitin`` prefers the speaker to entries that mention him.
4. The confidence is ``0.75 * coverage + 0.25 * precision``. Below ``threshold``, or when the
   question asks for something no knowledge entry holds (an e-mail, the weather), the engine
   does not answer and offers up to three suggestions.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left
from collections import OrderedDict, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process

from .analysis import Analysis, Analyzer
from .facts import Facts, Statement, class_kind
from .knowledge import Entry, KnowledgeBase
from .parts import answer_parts
from .reasoning import gap_said, misdated, reason
from .text import (
    COURTESY,
    LANGS,
    Lang,
    common_prefix,
    compound_keys,
    detect_language,
    has_letters,
    has_number,
    simplify,
    spelled_dates,
    to_cyrillic,
    tokens,
)

MAX_QUESTION_CHARS = 500  # longer input is cut before matching
DEFAULT_THRESHOLD = 0.6
FIELD_WEIGHTS = {"name": 1.0, "question": 1.0, "keyword": 1.0, "role": 0.8, "answer": 0.6}
FUZZY_CUTOFF = 80.0  # rapidfuzz ratio: one typo in a word of five letters or more
MAX_CANDIDATES = 1000  # entries scored for one question at most
COMMON_MIN = 200  # a term in more entries than this (or 2 %) does not seed candidates
UNKNOWN_WEIGHT = 1.0  # idf given to a question word the knowledge base has never seen
# Topics offered when a question matches nothing at all.
DEFAULT_TOPICS = ("event", "programme", "speakers", "companies", "organizers", "platforms")


@dataclass(frozen=True)
class Match:
    """An entry with its confidence for one question."""

    entry: Entry
    score: float


@dataclass(frozen=True)
class Result:
    """What the engine says about one question.

    ``reason`` is ``answered``, ``unknown`` (nothing matched well enough), ``gap`` (the
    question asks for information the knowledge base does not hold), ``not_named`` (it asks
    about a name the knowledge base does not know), ``smalltalk`` (a greeting or thanks) or
    ``empty`` (no words). ``statements``, when there are any, are the answer computed from
    the facts (see :mod:`bot.reasoning`); otherwise the answer is the best entry's text.
    """

    question: str
    lang: Lang
    answered: bool
    best: Match | None
    suggestions: tuple[Entry, ...]
    reason: str
    statements: tuple[Statement, ...] = ()

    @property
    def partly_unknown(self) -> bool:
        """Answered, with a part said not to be known ("Wer hat organisiert? Und die E-Mail?")."""
        return self.answered and any(s.what in _NOT_KNOWN for s in self.statements)


# Statements that say a part of a question is not known.
_NOT_KNOWN = frozenset({"gap", "unstated", "unlinked", "not_named"})


_Term = tuple[float, tuple[tuple[str, float], ...], int]
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class _Cache(Generic[K, V]):
    """A small least-recently-used cache; ``size`` 0 keeps nothing."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.data: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self.data.get(key)
        if value is not None:
            self.data.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> V:
        if self.size:
            self.data[key] = value
            if len(self.data) > self.size:
                self.data.popitem(last=False)
        return value


@dataclass
class Index:
    """What an engine derives from its knowledge base: built once, only read afterwards."""

    postings: dict[str, dict[int, float]]  # match key → entry number → field weight
    phrases: list[list[frozenset[str]]]  # per entry: the keys of each name/question/keyword
    idf: dict[str, float]
    vocab: list[str]  # the match keys, sorted, for prefix look-ups
    buckets: dict[tuple[int, str, str], list[str]]  # fuzzy candidates, see build()
    positions: dict[str, int]  # entry id → its number in the postings

    @classmethod
    def build(cls, kb: KnowledgeBase) -> Index:
        postings: defaultdict[str, dict[int, float]] = defaultdict(dict)
        phrases: list[list[frozenset[str]]] = []
        for idx, entry in enumerate(kb.entries):
            entry_phrases: list[frozenset[str]] = []
            for field, text in _fields(entry):
                found = tokens(text, kb.vocabulary.synonyms, kb.vocabulary.domain)
                weight = FIELD_WEIGHTS[field]
                for key, _ in found:
                    if postings[key].get(idx, 0.0) < weight:
                        postings[key][idx] = weight
                for key in compound_keys(text):
                    postings[key].setdefault(idx, weight)
                # Question words make no phrase of their own: "Wer ist X?" is about X.
                keys = [k for k, w in found if w >= 0.5]
                if field in ("name", "question", "keyword") and keys:
                    entry_phrases.append(frozenset(keys))
            phrases.append(entry_phrases)
        n = max(len(kb.entries), 1)
        vocab = sorted(postings)
        idf: dict[str, float] = {}
        # Fuzzy candidates: keys of similar length that share the first two or the last two
        # letters. One typo cannot change both ends, so a one-typo match is never lost, and
        # each lookup scans a few hundredths of the vocabulary instead of all of it.
        buckets: dict[tuple[int, str, str], list[str]] = defaultdict(list)
        for key in vocab:
            # A function call for every key: a reload builds indexes in a worker thread that
            # steps aside for answers at calls of Python functions (see bot.runtime).
            idf[key] = _idf(n, len(postings[key]))
            if len(key) >= 4:
                buckets[len(key), "first", key[:2]].append(key)
                buckets[len(key), "last", key[-2:]].append(key)
        positions = {e.id: i for i, e in enumerate(kb.entries)}
        return cls(dict(postings), phrases, idf, vocab, dict(buckets), positions)


class Engine:
    """Fuzzy question answering over one immutable knowledge base."""

    def __init__(
        self,
        kb: KnowledgeBase,
        threshold: float = DEFAULT_THRESHOLD,
        cache: int = 4096,
        index: Index | None = None,
    ) -> None:
        """Index ``kb``, or take an index already built from it."""
        self.kb = kb
        self.threshold = threshold
        self.index = index = index or Index.build(kb)
        self._entries = kb.entries
        self._index_of = index.positions
        self._postings = index.postings
        self._phrases = index.phrases
        self._idf = index.idf
        self._sorted_vocab = index.vocab
        self._buckets = index.buckets
        self._common = max(COMMON_MIN, len(self._entries) // 50)
        # The one-word requests and thanks of the vocabulary ("просим", "предоставить",
        # "super"): how one asks or thanks, not what; left out of ranking, they do not drown
        # what is asked, nor name "MOTOR SUPER" in "… war super".
        self._courtesies = frozenset(
            phrase[0][0]
            for kind in ("please", "thanks")
            for phrase in kb.vocabulary.smalltalk.get(kind, ())
            if len(phrase) == 1
        )
        # Plain dictionaries, not functools.lru_cache on bound methods: those would make
        # every engine a reference cycle that outlives a reload until a full collection.
        self._lookups: _Cache[str, tuple[tuple[str, float], ...]] = _Cache(8192)
        self.cache_size = cache
        self._answers: _Cache[tuple[str, Lang | None], Result] = _Cache(cache)
        self.analyzer = Analyzer(kb, frozenset(self._postings))
        self.facts = Facts(kb)

    # ------------------------------------------------------------------ vocabulary lookup

    def looked_up(self) -> list[str]:
        """The question words this engine looked up lately, the latest last."""
        return list(self._lookups.data)

    def look_up(self, words: Iterable[str]) -> None:
        """Look ``words`` up ahead of questions (a new engine, the words of the one it replaces).

        Looked-up words are cached; without them an engine answers some 40 % slower at first.
        """
        for word in words:
            self._lookup(word)

    def _lookup(self, key: str) -> tuple[tuple[str, float], ...]:
        """Vocabulary keys similar to ``key``, with a similarity in (0, 1]."""
        found = self._lookups.get(key)
        if found is None:
            found = self._lookups.put(key, self._lookup_uncached(key))
        return found

    def _lookup_uncached(self, key: str) -> tuple[tuple[str, float], ...]:
        found: dict[str, float] = {}
        if key in self._postings:
            found[key] = 1.0
        if len(key) >= 5 and not key.isdigit():
            stem = key[:5]
            start = bisect_left(self._sorted_vocab, stem)
            for candidate in self._sorted_vocab[start:]:
                if not candidate.startswith(stem):
                    break
                common = common_prefix(key, candidate)
                if common >= max(5, 0.8 * min(len(key), len(candidate))):
                    # A word form (Lokalisierung/Lokalisierungs) is close; a compound
                    # (Unternehmen/Unternehmenspräsentation) only related.
                    close = abs(len(key) - len(candidate)) <= 3
                    found.setdefault(candidate, 0.9 if close else 0.7)
        if len(key) >= 4 and not key.isdigit():
            for length in range(len(key) - 2, len(key) + 3):
                for bucket in (("first", key[:2]), ("last", key[-2:])):
                    candidates = self._buckets.get((length, *bucket))
                    if not candidates:
                        continue
                    for candidate, score, _ in process.extract(
                        key, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=None
                    ):
                        sim = score / 100.0
                        if found.get(candidate, 0.0) < sim:
                            found[candidate] = sim
        return tuple(found.items())

    # ------------------------------------------------------------------ scoring

    def rank(self, question: str, limit: int = 10) -> list[Match]:
        """Entries ordered by confidence for the question, best first."""
        vocabulary = self.kb.vocabulary
        query = tokens(question[:MAX_QUESTION_CHARS], vocabulary.synonyms, vocabulary.domain)
        return self._rank([(k, w) for k, w in query if k not in self._courtesies], limit)

    def _rank(self, query: Sequence[tuple[str, float]], limit: int) -> list[Match]:
        if not query or all(w < 0.5 for _, w in query):
            return []
        terms: list[_Term] = []  # (weight, matches, number of postings)
        total = 0.0
        for key, qweight in query:
            matches = self._lookup(key)
            idf = max((self._idf[v] for v, _ in matches), default=UNKNOWN_WEIGHT)
            weight = qweight * idf
            total += weight
            size = sum(len(self._postings[v]) for v, _ in matches)
            if size:
                terms.append((weight, matches, size))
        if total <= 0 or not terms:
            return []
        # Candidates come from the rarer terms (names, topics). Common terms (question
        # words, "Sachsen") only add to those candidates: walking their long postings would
        # make every question cost in proportion to the knowledge base.
        seeds = [t for t in terms if t[2] <= self._common] or [min(terms, key=lambda t: t[2])]
        covered: dict[int, float] = defaultdict(float)
        for weight, matches, _ in seeds:
            best: dict[int, float] = {}
            for vocab_key, sim in matches:
                for idx, field_weight in self._postings[vocab_key].items():
                    if sim * field_weight > best.get(idx, 0.0):
                        best[idx] = sim * field_weight
            for idx, value in best.items():
                covered[idx] += weight * value
        if len(covered) > MAX_CANDIDATES:
            # Only common words matched (nothing rarer to go by): keep the entries where they
            # weigh most, so that such a question does not cost in proportion to the whole
            # knowledge base.
            kept = heapq.nlargest(MAX_CANDIDATES, covered.items(), key=lambda item: item[1])
            covered = defaultdict(float, kept)
        for weight, matches, _ in (t for t in terms if not any(t is s for s in seeds)):
            for idx in covered:
                value = max(
                    (sim * self._postings[v].get(idx, 0.0) for v, sim in matches), default=0.0
                )
                covered[idx] += weight * value
        by_coverage = sorted(covered.items(), key=lambda item: -item[1])
        scored: list[tuple[float, int, Match]] = []
        for idx, value in by_coverage:
            coverage = value / total
            # Precision adds at most 0.25: once an entry cannot reach the scores already
            # kept, neither can any entry after it.
            if len(scored) >= limit and 0.75 * coverage + 0.25 < scored[-1][0]:
                break
            precision, hits = self._precision(idx, terms)
            score = round(0.75 * coverage + 0.25 * precision, 4)
            scored.append((score, hits, Match(self._entries[idx], score)))
            scored.sort(key=lambda item: (-item[0], -item[1]))
            del scored[limit:]
        return [match for _, _, match in scored]

    def _precision(self, idx: int, terms: Sequence[_Term]) -> tuple[float, int]:
        """The best-covered name, question or keyword of an entry (share, words matched)."""
        matched = {
            v for _, matches, _ in terms for v, sim in matches
            if sim >= 0.8 and idx in self._postings[v]
        }  # fmt: skip
        best = (0.0, 0)
        for phrase in self._phrases[idx]:
            hits = len(phrase & matched)
            if hits:
                best = max(best, (hits / len(phrase), hits))
        return best

    def ask(self, question: str, preferred: Lang | None = None) -> Result:
        """Answer one question, or explain that the answer is not known."""
        # Results are cached: many participants ask the same things, and inline mode asks
        # again with every keystroke. The engine never changes, so a result never goes stale.
        key = (question.strip()[:MAX_QUESTION_CHARS], preferred)
        result = self._answers.get(key)
        if result is None:
            result = self._answers.put(key, self._ask_uncached(*key))
        return result

    def _ask_uncached(self, head: str, preferred: Lang | None) -> Result:
        if not has_letters(head):
            lang = detect_language(head, preferred)
            return Result(head, lang, False, None, self.topics(), "empty")
        analysis = self.analyzer.analyze(head, preferred)
        lang = analysis.lang
        conclusion = answer_parts(analysis, self.analyzer, self.facts, self._retrieved) or reason(
            analysis, self.facts
        )
        if conclusion is not None:
            statements = conclusion.statements
            if "doubt" in analysis.cues:
                # "… oder irre ich mich?": say whether the claim is right, not "yes".
                statements = tuple(
                    replace(s, detail="doubt") if s.what == "verdict" else s for s in statements
                )
            event = misdated(analysis, self.facts) if conclusion.answered else None
            if event is not None and all(s.subject != event for s in statements):
                # "die Mission im Oktober 2019 …, wer hat die organisiert?": when it was, first.
                statements = (Statement("member", event), *statements)
            entries = conclusion.entries
            best = Match(entries[0], 1.0) if entries else None
            suggestions = () if conclusion.answered else entries
            abilities = any(s.detail == "abilities" for s in conclusion.statements)
            if (conclusion.reason == "gap" or abilities) and not suggestions:
                suggestions = self.topics()
            return Result(
                head, lang, conclusion.answered, best, suggestions, conclusion.reason,
                statements,
            )  # fmt: skip
        result = self._retrieve(analysis)
        if result.reason == "unknown" and analysis.text != head:
            # "Мне нужно найти партнёров в Германии — что там советовали для поиска?": the
            # question cut from what came before it asks of that; ranked with it, it is found.
            whole = self._retrieve(replace(analysis, text=head))
            result = whole if whole.answered else result
        return result

    def _retrieved(self, analysis: Analysis) -> Entry | None:
        """The entry fuzzy ranking answers a question with, if it answers."""
        result = self._retrieve(analysis)
        return result.best.entry if result.answered and result.best else None

    def _retrieve(self, analysis: Analysis) -> Result:
        """The best entry by fuzzy ranking, for what the facts cannot answer."""
        head, lang = analysis.ranked_text, analysis.lang
        # Dates and years in words as the texts write them: "в двадцатом году" is 2020.
        text = spelled_dates(_in_cyrillic(head) if analysis.latin_russian else head)
        ranked = self.rank(text, limit=4)
        drowned = not ranked or ranked[0].score < self.threshold
        asked = analysis.asked_text if drowned and (analysis.mentions or analysis.aside) else head
        if asked != head:
            # "Меня зовут Елена, я аналитик из Москвы. Что возглавляет Вахтлер?", "Наш завод в
            # Саратове. Кто выступал?": the asker's own words drowned what is asked.
            ranked = self.rank(_in_cyrillic(asked) if analysis.latin_russian else asked, limit=4)
        named = {m.entry.id for m in analysis.mentions}
        kinds = {class_kind(c) for c in analysis.classes}
        if len(ranked) > 1 and ranked[0].score == ranked[1].score and (named or kinds):
            # "ich hab was von IndustryStock gehört – wozu soll die Plattform dienen": of two
            # equally good, the one named; "gabs ein tool für partnersuche": one of the kind
            # asked (or their list), not the organizers "partners" ranks as well.
            ranked.sort(
                key=lambda m: (
                    -m.score,
                    m.entry.id not in named,
                    m.entry.kind not in kinds and m.entry.list_of not in kinds,
                )
            )
        best = ranked[0] if ranked else None
        reason = "answered"
        if best is None or best.score < self.threshold or _unanchored(analysis):
            reason = "unknown"
        elif "count" in analysis.cues and not has_number(best.entry.answer.get(lang)):
            reason = "unknown"  # "Wie viele …?" needs a number, and this entry gives none
        elif best.entry.kind == "speaker" and any(
            best.entry.fact(fact) and not self.facts.has_value(best.entry, fact, value)
            for fact, value in analysis.values
        ):
            # "Hat ein sächsischer Minister gesprochen?": the one minister is from Samara.
            reason = "unknown"
        elif any(
            best.entry.kind in g.kinds and not gap_said(g, analysis, [best.entry], self.facts)
            for g in analysis.gaps
        ):
            # Gaps about any entry were declined from the facts already; these are about
            # entries of some kinds only ("Was produziert HUDWAY?").
            reason = "gap"
        answered = reason == "answered"
        if answered:
            suggestions: tuple[Entry, ...] = ()
        else:
            suggestions = tuple(m.entry for m in ranked[:3]) or self.topics()
        return Result(head, lang, answered, best, suggestions, reason)

    def topics(self) -> tuple[Entry, ...]:
        """The main topics, offered when nothing else fits."""
        return tuple(self.kb.by_id[t] for t in DEFAULT_TOPICS if t in self.kb.by_id)

    def search(self, query: str, limit: int = 50) -> list[Match]:
        """Ranked entries for a search box (inline mode): no threshold, weak matches dropped."""
        return [m for m in self.rank(query, limit) if m.score >= self.threshold / 2]


def _unanchored(a: Analysis) -> bool:
    """Nothing of the knowledge named, and words it never uses: another subject."""
    anchors = bool(a.mentions or a.classes or a.predicates or a.values or a.gaps)
    anchors = anchors or a.event_at is not None  # "Что за мероприятие такое?"
    topical = a.cues & {"spoke", "participation", "earlier", "later", "same", "programme"}
    return not anchors and not topical and (len(a.foreign) >= 2 or not a.free)


def _idf(entries: int, containing: int) -> float:
    """How rare a key is: the more entries hold it, the less it tells."""
    return math.log(1.0 + entries / containing)


def _fields(entry: Entry) -> list[tuple[str, str]]:
    """The texts of an entry that matching looks at, each with its field name."""
    fields: list[tuple[str, str]] = []
    for lang in LANGS:
        for field, text in entry.texts(lang):
            if field == "role":
                # "Rolle" stands for every way of asking what someone does (see the synonyms
                # in knowledge/vocabulary.yaml).
                text = f"{text} Rolle"
            fields.append(("role" if field == "summary" else field, text))
    fields.extend(("name", alias) for alias in entry.aliases)
    return fields


def _in_cyrillic(typed: str) -> str:
    """Russian typed in Latin letters in Cyrillic, without the German courtesies beside it.

    "kto vystupal na missii bitte": "bitte" would be "битте", a word no text has.
    """
    return to_cyrillic(
        " ".join(w for w in typed.split() if simplify(w.strip(",.!?;:")) not in COURTESY)
    )
