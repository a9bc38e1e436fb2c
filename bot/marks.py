"""Organizers' marks on questions, applied before an answer goes out.

A question taught to an entry (from the teaching inbox, see :mod:`bot.teaching`), or one of
its near-duplicates, is answered with that entry as long as the entry lists the question:
after a ``/rollback`` or an edit that removes it, the engine decides again. A question marked
out of scope is declined without suggestions.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from .knowledge import Entry
from .runtime import BotData
from .search import Engine, Match, Result
from .storage import NEAR_DUPLICATE, Mark, question_key
from .text import Lang


def lang_of(value: str) -> Lang:
    return "ru" if value == "ru" else "de"


def find(marks: dict[str, Mark], key: str) -> Mark | None:
    """The mark of a question's key, or of a near-duplicate of it."""
    mark = marks.get(key)
    if mark is None and key:
        found = process.extractOne(
            key, list(marks), scorer=fuzz.token_sort_ratio, score_cutoff=NEAR_DUPLICATE
        )
        mark = marks[found[0]] if found else None
    return mark


def taught(engine: Engine, mark: Mark) -> Entry | None:
    """The entry a question was taught to, while the entry still lists it."""
    entry = engine.kb.by_id.get(mark.entry or "")
    if entry is None or mark.text not in entry.questions.get(lang_of(mark.lang), ()):
        return None
    return entry


def amend(data: BotData, engine: Engine, text: str, result: Result) -> Result:
    """The engine's result, corrected by the organizers' marks on this question."""
    marks = data.storage.marks()
    if not marks:
        return result
    mark = find(marks, question_key(text))
    if mark is None:
        return result
    if mark.entry is None:
        return Result(result.question, result.lang, False, None, (), "out_of_scope")
    entry = taught(engine, mark)
    if entry is None or (result.answered and result.best and result.best.entry is entry):
        return result
    return Result(result.question, result.lang, True, Match(entry, 1.0), (), "answered")
