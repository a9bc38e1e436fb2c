"""Reloading in the bot's own process: built in a worker thread, swapped in one step."""

from __future__ import annotations

import asyncio
import shutil
import threading
import time
from pathlib import Path

import pytest

from bot import reloading
from bot.events import Knowledge
from bot.i18n import I18n
from bot.knowledge import KnowledgeError, bundled_path, load
from bot.runtime import BotData
from bot.settings import Settings
from bot.storage import Storage


@pytest.fixture
def data(tmp_path: Path) -> BotData:
    folder = tmp_path / "knowledge"
    shutil.copytree(bundled_path(), folder)
    settings = Settings(knowledge_path=folder, data_dir=tmp_path)
    return BotData(settings, Knowledge(load(folder)), I18n(), Storage(tmp_path / "db.sqlite3"))


async def test_the_knowledge_is_built_in_a_worker_thread_while_the_loop_answers(
    data: BotData, monkeypatch: pytest.MonkeyPatch
) -> None:
    built_in: list[int] = []
    loop_turned: list[bool] = []
    loop = asyncio.get_running_loop()
    real = reloading.build_knowledge

    def build(path: Path, threshold: float, cache: int, cache_dir: Path | None) -> Knowledge:
        built_in.append(threading.get_ident())
        # Ask the event loop to run a callback and wait for it: on the loop's own thread,
        # the build would wait in vain.
        turned = threading.Event()
        loop.call_soon_threadsafe(turned.set)
        loop_turned.append(turned.wait(10))
        return real(path, threshold, cache, cache_dir)

    monkeypatch.setattr(reloading, "build_knowledge", build)
    report = await data.reload()
    assert built_in and built_in[0] != threading.get_ident()
    assert loop_turned == [True]  # the event loop went on turning meanwhile
    assert report.counts["speaker"] == 5 and not (report.added or report.removed)
    data.storage.close()


async def test_an_answer_begun_before_a_swap_ends_with_the_version_it_began_with(
    data: BotData,
) -> None:
    path = data.settings.knowledge_path / "mission-2020.yaml"
    before = data.knowledge  # what a handler holds for the whole update
    current = before.current(None)
    path.write_text(
        path.read_text("utf-8").replace("Polad AG war eines", "Polad AG (neu) war eines"),
        "utf-8",
    )
    report = await data.reload()
    assert report.changed == ("company-polad",)
    assert data.knowledge is not before
    # The old knowledge is untouched: nothing was taken apart under the handler's feet.
    _, old = before.ask("Polad", current)
    assert old.best is not None and "(neu)" not in old.best.entry.answer.de
    now = data.knowledge
    _, new = now.ask("Polad", now.current(None))
    assert new.best is not None and "(neu)" in new.best.entry.answer.de
    data.storage.close()


async def test_a_failed_reload_keeps_the_knowledge(data: BotData) -> None:
    before = data.knowledge
    (data.settings.knowledge_path / "broken.yaml").write_text("event: [", "utf-8")
    with pytest.raises(KnowledgeError, match=r"broken\.yaml"):
        await data.reload()
    assert data.knowledge is before
    data.storage.close()


async def test_the_event_loop_running_late_is_noticed_and_then_not() -> None:
    late = threading.Event()
    watch = asyncio.create_task(reloading.watch_lateness(late))
    await asyncio.sleep(0.01)
    time.sleep(0.02)  # the event loop busy with one long answer: its timers fire late
    for _ in range(5):
        await asyncio.sleep(0)
    assert late.is_set()
    for _ in range(200):  # on time again (a busy machine may make a tick late now and then)
        await asyncio.sleep(0.005)
        if not late.is_set():
            break
    assert not late.is_set()
    watch.cancel()


def test_the_worker_steps_aside_while_the_loop_runs_late_but_not_for_ever() -> None:
    def work() -> int:
        return sum(abs(i) for i in range(200))  # a few hundred calls of Python code

    late = threading.Event()
    late.set()  # and never cleared: the work waits, and still gets done
    started = time.perf_counter()
    assert reloading.stepping_aside(work, late) == sum(range(200))
    assert time.perf_counter() - started >= reloading.MOST_PAUSES * reloading.PAUSE


async def test_the_new_engines_have_looked_up_what_the_old_ones_did(data: BotData) -> None:
    before = data.knowledge
    before.ask("Nikitin Rede Kernpunkte", before.current(None))  # by retrieval
    words = before.looked_up()["mission-2020"]
    assert "nikitin" in words
    await data.reload()
    assert data.knowledge is not before
    assert data.knowledge.looked_up()["mission-2020"] == words
    data.storage.close()
