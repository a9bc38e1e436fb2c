"""The parsed vocabulary kept on disk between starts: used when it fits, passed by otherwise."""

from __future__ import annotations

import hashlib
import logging
import marshal
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bot import knowledge, vocabulary_cache
from bot.events import Knowledge
from bot.i18n import I18n
from bot.knowledge import KnowledgeBase, Problem, bundled_path, bundled_vocabulary, load
from bot.replies import result_reply
from bot.runtime import BotData
from bot.search import Engine
from bot.settings import Settings, cache_dir_from
from bot.storage import Storage
from bot.vocabulary import Vocabulary
from tests.support.process import run

NAME = "vocabulary.yaml"
QUESTIONS = (
    "Wie viele Firmen haben teilgenommen?",
    "Кто организаторы?",
    "kto vystupal na missii?",
    "Wie alt ist Nikitin?",
    "Hallo, wie geht's?",
    "War BMW dabei?",
)


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The vocabularies the test parsed, by name (a cache hit parses none)."""
    names: list[str] = []
    parse = knowledge.parse_vocabulary

    def counted(text: str, name: str) -> tuple[Vocabulary | None, list[Problem]]:
        names.append(name)
        return parse(text, name)

    monkeypatch.setattr(knowledge, "parse_vocabulary", counted)
    return names


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped knowledge, its vocabulary included."""
    copy = tmp_path / "knowledge"
    shutil.copytree(bundled_path(), copy)
    return copy


def cache_files(cache: Path) -> list[Path]:
    return sorted(cache.iterdir()) if cache.exists() else []


def answers(kb: KnowledgeBase) -> list[tuple[bool, str | None, str]]:
    engine, i18n = Engine(kb), I18n()
    found = []
    for question in QUESTIONS:
        result = engine.ask(question)
        text = result_reply(result, kb, i18n.get(result.lang)).plain()
        found.append((result.answered, result.best.entry.id if result.best else None, text))
    return found


def test_a_second_load_reads_the_cache_instead_of_parsing(
    tmp_path: Path, parsed: list[str], kb: KnowledgeBase
) -> None:
    cache = tmp_path / "cache"
    first = load(bundled_path(), cache)
    assert parsed == [NAME]
    (written,) = cache_files(cache)
    assert written.name.startswith(f"{NAME}.")
    second = load(bundled_path(), cache)
    assert parsed == [NAME]  # not parsed again
    assert second.vocabulary is not first.vocabulary
    # As a fresh parse (the session's knowledge base, loaded without a cache) in every field
    # and in its answers.
    assert second.vocabulary == first.vocabulary == kb.vocabulary
    assert answers(second) == answers(kb)


def test_the_bundled_vocabulary_is_cached_for_a_knowledge_path_without_one(
    tmp_path: Path, parsed: list[str]
) -> None:
    event_only = tmp_path / "event"
    event_only.mkdir()
    shutil.copy(bundled_path() / "mission-2020.yaml", event_only)
    cache = tmp_path / "cache"
    load(event_only, cache)
    assert bundled_vocabulary(cache) == load(event_only).vocabulary
    assert parsed == [NAME, NAME]  # the first load and the one without a cache


def test_a_changed_vocabulary_is_parsed_again_and_replaces_the_old_file(
    folder: Path, tmp_path: Path, parsed: list[str]
) -> None:
    cache = tmp_path / "cache"
    question = "Wann ist die Schnitzeljagd?"
    assert Engine(load(folder, cache)).ask(question).reason != "gap"
    (before,) = cache_files(cache)
    file = folder / NAME
    file.write_text(
        file.read_text().replace(
            "  - id: weather\n",
            "  - id: games\n    label: {de: Spiele, ru: игры}\n    words: [schnitzeljagd]\n"
            "  - id: weather\n",
        )
    )
    assert Engine(load(folder, cache)).ask(question).reason == "gap"
    assert parsed == [NAME, NAME]
    (after,) = cache_files(cache)  # the file of the old text is gone
    assert after != before
    load(folder, cache)
    assert parsed == [NAME, NAME]


def test_a_change_of_the_code_is_a_miss(
    tmp_path: Path, parsed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    load(bundled_path(), tmp_path)
    monkeypatch.setattr(vocabulary_cache, "_code_digest", lambda: b"another version")
    load(bundled_path(), tmp_path)
    assert parsed == [NAME, NAME]


def test_only_a_vocabulary_without_problems_is_kept(folder: Path, tmp_path: Path) -> None:
    (folder / NAME).write_text("weak: [ok]\nsmaltalk: {}\n")
    with pytest.raises(knowledge.KnowledgeError, match="unknown key 'smaltalk'"):
        load(folder, tmp_path / "cache")
    assert cache_files(tmp_path / "cache") == []


HEAD = len(vocabulary_cache.MAGIC) + 32  # the magic line and the key


def _not_a_vocabulary(data: bytes) -> bytes:
    """Our header and a valid checksum over data that makes no vocabulary."""
    payload = marshal.dumps({"gaps": ((1, 2),), "weak": "nothing"})
    return data[:HEAD] + hashlib.sha256(payload).digest() + payload


DAMAGES: dict[str, Callable[[bytes], bytes]] = {
    "empty": lambda data: b"",
    "truncated": lambda data: data[: len(data) // 2],
    "one byte changed": lambda data: data[:-100] + bytes([data[-100] ^ 1]) + data[-99:],
    "another program's": lambda data: b"#!/bin/sh\necho hello\n",
    "of another key": lambda data: data[: HEAD - 32] + bytes(32) + data[HEAD:],
    "not a vocabulary": _not_a_vocabulary,
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_cache_file_is_ignored_and_replaced(
    tmp_path: Path, parsed: list[str], kb: KnowledgeBase, damage: str
) -> None:
    load(bundled_path(), tmp_path)
    (file,) = cache_files(tmp_path)
    good = file.read_bytes()
    file.write_bytes(DAMAGES[damage](good))
    assert load(bundled_path(), tmp_path).vocabulary == kb.vocabulary
    assert parsed == [NAME, NAME]
    assert file.read_bytes() == good
    load(bundled_path(), tmp_path)
    assert parsed == [NAME, NAME]


def test_an_unusable_cache_folder_costs_only_the_parse(
    tmp_path: Path, parsed: list[str], kb: KnowledgeBase, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    # A file where the folder would go cannot be made a folder, not even by root.
    assert load(bundled_path(), not_a_folder / "cache").vocabulary == kb.vocabulary
    assert load(bundled_path(), not_a_folder).vocabulary == kb.vocabulary
    # A folder where the cache file would go: it can be neither read nor replaced.
    load(bundled_path(), tmp_path / "cache")
    (file,) = cache_files(tmp_path / "cache")
    file.unlink()
    file.mkdir()
    assert load(bundled_path(), tmp_path / "cache").vocabulary == kb.vocabulary
    assert parsed == [NAME] * 4
    said = [r for r in caplog.records if r.name == "bot.vocabulary_cache"]
    assert said and all(r.levelno == logging.DEBUG for r in said)
    assert not list(tmp_path.glob("**/.*.tmp"))  # no temporary file left behind


async def test_a_reload_keeps_and_reads_the_cache(
    folder: Path, tmp_path: Path, parsed: list[str]
) -> None:
    cache = tmp_path / "cache"
    settings = Settings(knowledge_path=folder, data_dir=tmp_path, cache_dir=cache)
    storage = Storage(tmp_path / "db.sqlite3")
    data = BotData(settings, Knowledge(load(folder)), I18n(), storage)
    try:
        await data.reload()
        assert len(cache_files(cache)) == 1 and parsed == [NAME, NAME]
        await data.reload()
        assert parsed == [NAME, NAME]
    finally:
        storage.close()


def test_the_cache_folder_setting(tmp_path: Path) -> None:
    assert cache_dir_from({"BOT_CACHE_DIR": str(tmp_path)}) == tmp_path
    assert cache_dir_from({"BOT_CACHE_DIR": " off ", "XDG_CACHE_HOME": str(tmp_path)}) is None
    assert cache_dir_from({"BOT_CACHE_DIR": "OFF"}) is None
    assert cache_dir_from({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "mission-bot"
    home = Path.home() / ".cache" / "mission-bot"
    assert cache_dir_from({}) == home
    assert cache_dir_from({"XDG_CACHE_HOME": "relative/cache"}) == home  # XDG: ignored
    env = {"BOT_CACHE_DIR": str(tmp_path)}
    assert Settings.from_env(env).cache_dir == tmp_path
    assert Settings().cache_dir is None  # settings made in code keep no cache


def test_the_command_line_keeps_the_cache_where_set_and_none_when_off(tmp_path: Path) -> None:
    cache, home = tmp_path / "cache", tmp_path / "home"
    env = {"BOT_CACHE_DIR": str(cache), "XDG_CACHE_HOME": str(home)}
    first = run("ask", "--json", "Кто организаторы?", env=env)
    assert first.returncode == 0, first.stderr
    assert len(cache_files(cache)) == 1 and not home.exists()
    second = run("ask", "--json", "Кто организаторы?", env=env)
    assert second.stdout == first.stdout and '"organizers"' in second.stdout
    off = run("ask", "--json", "Кто организаторы?", env={**env, "BOT_CACHE_DIR": "off"})
    assert off.stdout == first.stdout
    assert len(cache_files(cache)) == 1 and not home.exists()
    checked = run("check", env={"BOT_CACHE_DIR": "off", "XDG_CACHE_HOME": str(home)})
    assert checked.returncode == 0 and not home.exists()
