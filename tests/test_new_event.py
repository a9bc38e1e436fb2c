"""``mission-bot new-event``: a valid skeleton of an event file, written where it is wanted."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import jsonschema
import yaml

from bot.authoring import new_event_text, write_new_event
from bot.knowledge import Text, build, bundled_path, load
from tests.support.process import run
from tests.support.schema import as_json

SCHEMA_LINE = "# yaml-language-server: $schema=./event.schema.json"


def test_new_event_writes_a_file_that_passes_check(tmp_path: Path) -> None:
    out = run("new-event", "leipzig-2027", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    written = tmp_path / "leipzig-2027.yaml"
    assert str(written) in out.stdout and "current directory" in out.stdout
    assert written.read_text("utf-8").splitlines()[0] == SCHEMA_LINE
    # The schema line resolves: the schema was put beside the file.
    assert (tmp_path / "event.schema.json").read_bytes() == (
        bundled_path() / "event.schema.json"
    ).read_bytes()
    check = run("check", str(written))
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("OK: 6 entries in 1 event(s)")


def test_a_new_event_beside_the_shipped_one_passes_check(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(bundled_path(), folder)
    out = run("new-event", "dresden-2028", cwd=tmp_path, env={"KNOWLEDGE_PATH": str(folder)})
    assert out.returncode == 0, out.stderr
    assert "KNOWLEDGE_PATH" in out.stdout and str(folder / "dresden-2028.yaml") in out.stdout
    check = run("check", str(folder))
    assert check.returncode == 0, check.stderr
    assert "in 2 event(s)" in check.stdout
    kb = load(folder)
    assert [e.id for e in kb.events] == ["dresden-2028", "mission-2020"]


def test_the_knowledge_option_goes_before_or_after_the_command(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    env = {"KNOWLEDGE_PATH": str(tmp_path / "elsewhere")}
    assert run("--knowledge", str(first), "new-event", "x-1", env=env).returncode == 0
    assert run("new-event", "x-2", "--knowledge", str(second), env=env).returncode == 0
    assert (first / "x-1.yaml").is_file() and (second / "x-2.yaml").is_file()
    assert "--knowledge" in run("new-event", "x-3", "--knowledge", str(first)).stdout


def test_new_event_never_overwrites(tmp_path: Path) -> None:
    mine = tmp_path / "leipzig-2027.yaml"
    mine.write_text("# my work\n", "utf-8")
    out = run("new-event", "leipzig-2027.yaml", cwd=tmp_path)
    assert out.returncode == 2
    assert "already exists" in out.stderr and "Traceback" not in out.stderr
    assert mine.read_text("utf-8") == "# my work\n"


def test_new_event_refuses_bad_names_and_folders(tmp_path: Path) -> None:
    for name in ("Leipzig 2027", "../up", "_x", "a" * 47):
        out = run("new-event", name, cwd=tmp_path)
        assert out.returncode == 2 and "not a usable event name" in out.stderr, name
    out = run("new-event", "vocabulary", cwd=tmp_path)
    assert out.returncode == 2 and "vocabulary file" in out.stderr
    out = run("--knowledge", str(tmp_path / "missing"), "new-event", "ok-1")
    assert out.returncode == 2 and "there is no folder" in out.stderr
    single = tmp_path / "one.yaml"
    single.write_text("x: 1\n", "utf-8")
    out = run("new-event", "ok-1", env={"KNOWLEDGE_PATH": str(single)})
    assert out.returncode == 2 and "is a file" in out.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.yaml"]


def test_an_existing_schema_beside_it_is_kept(tmp_path: Path) -> None:
    (tmp_path / "event.schema.json").write_text("{}", "utf-8")
    written = write_new_event("ok-1", tmp_path)
    assert written.schema is None
    assert (tmp_path / "event.schema.json").read_text("utf-8") == "{}"


def test_the_skeleton_has_each_main_kind_and_marks_its_placeholders() -> None:
    text = new_event_text("leipzig-2027")
    kb = build([("leipzig-2027.yaml", text)])
    assert kb.counts() == {
        "company": 1, "day": 1, "event": 1, "list": 1, "organizer": 1, "speaker": 1,
    }  # fmt: skip
    assert all(e.id.startswith("leipzig-2027") for e in kb.entries)
    speaker = kb.of_kind("speaker")[0]
    assert speaker.organization == kb.of_kind("organizer")[0].id and speaker.day == 1
    assert kb.of_kind("list")[0].list_of == "company"
    texts: list[Text] = [kb.events[0].name]
    for entry in kb.entries:
        texts += [entry.answer] + ([entry.role] if entry.role else [])
    for item in texts:
        assert item.de.startswith("TODO ") and item.ru.startswith("TODO "), item
    event = kb.events[0]
    assert (event.id, event.start, event.end) == (
        "leipzig-2027",
        dt.date(2027, 1, 1),
        dt.date(2027, 1, 2),
    )
    assert kb.of_kind("day")[0].date == event.start


def test_the_skeleton_validates_against_the_schema() -> None:
    schema = json.loads((bundled_path() / "event.schema.json").read_text("utf-8"))
    data = as_json(yaml.safe_load(new_event_text("leipzig-2027")))
    assert list(jsonschema.Draft7Validator(schema).iter_errors(data)) == []


def test_without_a_year_in_the_name_the_dates_are_this_year() -> None:
    text = new_event_text("spring-fair", today=dt.date(2031, 6, 1))
    assert build([("spring-fair.yaml", text)]).events[0].start == dt.date(2031, 1, 1)
