"""The child-process builder: what it hands over is the index the bot would build itself."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest
import yaml

from bot import builder
from bot.knowledge import KnowledgeBase, KnowledgeError, bundled_path
from bot.search import FIELD_WEIGHTS, Engine, Index

from .conftest import DATA


def many_entries(folder: Path, count: int = 300) -> Path:
    """A knowledge file with more entries than Python keeps shared small numbers for."""
    entries = [
        {
            "id": f"firma-{i}",
            "kind": "company",
            "name": {"de": f"Firma {i} Werk{i % 7}", "ru": f"Фирма {i} Завод{i % 7}"},
            "answer": {"de": f"Firma {i} baut Teile.", "ru": f"Фирма {i} делает детали."},
        }
        for i in range(count)
    ]
    event = {
        "id": "ev",
        "name": {"de": "E", "ru": "Е"},
        "start": "2020-11-09",
        "end": "2020-11-11",
    }
    text = yaml.safe_dump({"event": event, "entries": entries}, allow_unicode=True)
    path = folder / "many.yaml"
    path.write_text(
        text.replace("'2020-11-09'", "2020-11-09").replace("'2020-11-11'", "2020-11-11")
    )
    return path


async def test_an_index_built_in_a_child_is_the_one_built_here(kb: KnowledgeBase) -> None:
    here = Engine(kb, cache=0)
    there = await builder.build_engine(bundled_path(), here.threshold, 0)
    assert there.kb == kb
    for f in fields(Index):
        assert getattr(there.index, f.name) == getattr(here.index, f.name), f.name
    questions = yaml.safe_load((DATA / "questions.yaml").read_text(encoding="utf-8"))
    for case in questions:
        a, b = here.ask(case["q"]), there.ask(case["q"])
        assert (a.answered, a.best, a.suggestions) == (b.answered, b.best, b.suggestions)


async def test_numbers_keys_and_weights_are_shared_as_in_an_index_built_here(
    tmp_path: Path,
) -> None:
    path = many_entries(tmp_path)
    index = (await builder.build_engine(path, 0.6, 0)).index
    weights = {id(w) for w in FIELD_WEIGHTS.values()}
    numbers: dict[int, int] = {}
    for posting in index.postings.values():
        for number, weight in posting.items():
            assert id(weight) in weights
            assert id(numbers.setdefault(number, number)) == id(number)  # one object each
    assert len(numbers) == 300
    keys = {id(k) for k in index.postings}
    assert {id(k) for k in index.vocab} == keys
    assert {id(k) for k in index.idf} == keys
    assert all(id(k) in keys for bucket in index.buckets.values() for k in bucket)


async def test_problems_come_back_with_file_and_line(tmp_path: Path) -> None:
    path = many_entries(tmp_path)
    path.write_text(path.read_text().replace("kind: company", "kind: nonsense", 1))
    with pytest.raises(KnowledgeError) as info:
        await builder.build_engine(path, 0.6, 0)
    assert str(info.value.problems[0]).startswith("many.yaml:")
    assert "nonsense" in str(info.value)


async def test_a_failing_child_is_reported_as_a_problem() -> None:
    with pytest.raises(
        KnowledgeError, match=r"could not be read: bot\.builder: expected a Request"
    ):
        await builder._run_child("not a request")  # type: ignore[arg-type]


async def test_an_upload_is_checked_together_with_the_other_files(tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    folder.mkdir()
    for file in (bundled_path()).iterdir():
        (folder / file.name).write_bytes(file.read_bytes())
    good = (folder / "mission-2020.yaml").read_text(encoding="utf-8")
    assert await builder.check(folder, "mission-2020.yaml", good) == []
    # A second file that repeats an id of the first is refused; on its own it would pass.
    second = many_entries(tmp_path, 3).read_text().replace("firma-0", "event")
    problems = await builder.check(folder, "second.yaml", second)
    assert any("event" in str(p) and "second.yaml" in str(p) for p in problems), problems
    assert await builder.check(folder, "mission-2020.yaml", "a: [") != []


async def test_slices_leave_the_loop_to_other_tasks() -> None:
    ran: list[int] = []
    other_turns = 0
    finished = asyncio.Event()

    def steps() -> Iterator[None]:
        for _ in range(40):
            end = time.perf_counter() + builder.SLICE_SECONDS / 2
            while time.perf_counter() < end:
                pass
            ran.append(other_turns)
            yield

    async def other() -> None:
        nonlocal other_turns
        while not finished.is_set():
            other_turns += 1
            await asyncio.sleep(0)

    task = asyncio.create_task(other())
    await builder.in_slices(steps())
    finished.set()
    await task
    assert len(ran) == 40
    # Two steps fill a slice, then the other task gets its turns: never more than two
    # steps in a row, and it ran all along.
    assert ran[-1] >= 15
    assert all(ran[i + 2] > ran[i] for i in range(len(ran) - 2))


def test_a_dismantled_engine_refuses_and_holds_nothing(kb: KnowledgeBase) -> None:
    engine = Engine(kb)
    engine.ask("Wer ist Nikitin?")
    pieces = engine.dismantle()
    with pytest.raises(RuntimeError, match="replaced by a reload"):
        engine.rank("Nikitin")
    assert sum(1 for _ in pieces) > 1  # taken apart in several slices
    assert not any(getattr(engine.index, f.name) for f in fields(Index))
    assert len(engine.kb.by_id) == len(kb.entries) > 50  # the knowledge base is untouched
