import contextlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import DATA, ROOT
from tests.support.process import run


def test_ask_prints_the_answer() -> None:
    out = run("ask", "Wann war die Mission?")
    assert out.returncode == 0
    assert "9. bis 11. November 2020" in out.stdout


def test_ask_json_one_object_per_question() -> None:
    out = run("ask", "--json", "Кто организаторы?", "Wie ist das Wetter?")
    assert out.returncode == 0, out.stderr
    first, second = (json.loads(line) for line in out.stdout.splitlines())
    assert set(first) == {"question", "lang", "answered", "entry", "score", "text", "suggestions"}
    assert first["lang"] == "ru" and first["answered"] is True and first["entry"] == "organizers"
    assert "AMZ" in first["text"]
    assert second["answered"] is False and second["lang"] == "de"
    assert second["text"].startswith("Dazu habe ich keine Angaben")


def test_ask_reads_stdin_and_survives_binary_garbage() -> None:
    garbage = bytes(range(256)) * 4
    stdin = b"Wer ist Nikitin?\n" + garbage + b"\n\n\xd0\x9a\xd1\x82\xd0\xbe?\n"
    out = run("ask", "--json", "-", stdin=stdin)
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert records[0]["entry"] == "speaker-nikitin"
    assert "Traceback" not in out.stderr


def test_ask_empty_huge_and_preference() -> None:
    out = run("ask", "--json", "", "x" * 10_000, "Nikitin", "--lang", "ru")
    assert out.returncode == 0, out.stderr
    empty, huge, name = (json.loads(line) for line in out.stdout.splitlines())
    assert empty["answered"] is False and "Вопрос" not in empty["text"]
    assert huge["answered"] is False
    assert name["lang"] == "ru" and "Никитин" in name["text"]


def test_ask_without_question_says_how() -> None:
    out = run("ask")
    assert out.returncode == 2 and "give a question" in out.stderr


def test_missing_and_broken_knowledge_are_clear(tmp_path: Path) -> None:
    out = run("--knowledge", str(tmp_path / "nope.yaml"), "ask", "Hallo")
    assert out.returncode == 2
    assert "no such file or folder" in out.stderr and "Traceback" not in out.stderr
    broken = tmp_path / "broken.yaml"
    broken.write_text("event: {id: x\n", encoding="utf-8")
    out = run("ask", "Hallo", env={"KNOWLEDGE_PATH": str(broken)})
    assert out.returncode == 2
    assert "broken.yaml:" in out.stderr and "invalid YAML" in out.stderr
    assert "Traceback" not in out.stderr


def test_check_reports_every_problem(tmp_path: Path) -> None:
    assert run("check").returncode == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "event: {id: e, name: {de: E, ru: Е}, start: 2020-01-01, end: 2020-01-02}\n"
        "entries:\n  - {id: a, kind: company, name: {de: A}, answer: {de: A, ru: А}}\n"
        "  - {id: a, kind: nope, name: {de: B, ru: Б}, answer: {de: B, ru: Б}}\n",
        encoding="utf-8",
    )
    out = run("check", str(bad))
    assert out.returncode == 1
    assert "bad.yaml:3: [a] name is missing language 'ru'" in out.stderr
    assert "bad.yaml:4: [a] unknown kind 'nope'" in out.stderr


def test_eval_prints_rates_and_fails_below_min(tmp_path: Path) -> None:
    out = run("eval", str(DATA / "questions.yaml"), "--min", "0.95")
    assert out.returncode == 0, out.stdout
    assert "out-of-scope:" in out.stdout and "de:" in out.stdout and "ru:" in out.stdout
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text('- {lang: de, q: "Wer war Veranstalter?", answered: false}\n', "utf-8")
    out = run("eval", str(wrong), "--min", "0.5")
    assert out.returncode == 1
    assert "1 failure(s)" in out.stdout and "Wer war Veranstalter?" in out.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {lang: fr, q: x, answered: true}\n", "utf-8")
    out = run("eval", str(bad))
    assert out.returncode == 2 and "lang must be de or ru" in out.stderr


def test_chat_answers_lines_until_end_of_input() -> None:
    out = run("chat", stdin="Wer ist Nikitin?\nКто организаторы?\n".encode())
    assert out.returncode == 0
    assert "HIK" in out.stdout and "AMZ" in out.stdout


def test_default_without_token_is_offline_chat(clean_environ: None) -> None:
    out = run(stdin=b"Wann war die Mission?\n")
    assert out.returncode == 0
    assert "offline" in out.stdout and "November 2020" in out.stdout


def test_installed_script_finds_bundled_data_from_elsewhere(tmp_path: Path) -> None:
    script = shutil.which("mission-bot", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.fail("mission-bot is not installed in this environment: pip install '.[test]'")
    out = subprocess.run(
        [script, "ask", "Кто организаторы?"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "KNOWLEDGE_PATH": ""},
    )
    assert out.returncode == 0, out.stderr
    assert "AMZ" in out.stdout and "организовали" in out.stdout


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0 and out.stdout.strip() == "mission-bot 0.1.0"


def test_piped_chat_ends_at_an_empty_line() -> None:
    out = run("chat", stdin="Wer ist Nikitin?\n\nКто организаторы?\n".encode())
    assert out.returncode == 0
    assert "HIK" in out.stdout and "AMZ" not in out.stdout


def test_knowledge_is_taken_after_the_command_too(tmp_path: Path) -> None:
    (tmp_path / "demo.yaml").write_text(
        "event: {id: demo-2027, name: {de: Demo, ru: Демо}, start: 2027-05-03,"
        " end: 2027-05-04}\nentries:\n  - id: alpha\n    kind: company\n"
        "    name: {de: Alpha Werke, ru: Альфа Верке}\n"
        "    answer: {de: Alpha Werke aus Leipzig., ru: Альфа Верке из Лейпцига.}\n",
        "utf-8",
    )
    for args in (
        ("ask", "--knowledge", str(tmp_path), "Wer ist Alpha Werke?"),
        ("--knowledge", str(tmp_path), "ask", "Wer ist Alpha Werke?"),
        ("chat", "--knowledge", str(tmp_path)),
    ):
        out = run(*args, stdin=b"Wer ist Alpha Werke?\n")
        assert out.returncode == 0, out.stderr
        assert "Alpha Werke aus Leipzig." in out.stdout
    out = run("check", "--knowledge", str(tmp_path))
    assert out.returncode == 0, out.stderr


def test_offline_commands_ignore_settings_only_run_uses(tmp_path: Path) -> None:
    env = {"BOT_ADMIN_IDS": "not-a-number", "PORT": "x", "BOT_DATA_DIR": str(tmp_path)}
    out = run("ask", "Wer ist Nikitin?", env=env)
    assert out.returncode == 0 and "HIK" in out.stdout, out.stderr
    out = run("unanswered", env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"No unanswered questions in {tmp_path / 'bot.sqlite3'}."
    out = run("run", env={**env, "TELEGRAM_BOT_TOKEN": "1:x"})
    assert out.returncode == 2 and "BOT_ADMIN_IDS" in out.stderr


def test_unanswered_names_the_database_it_read(tmp_path: Path) -> None:
    from bot.storage import Storage

    storage = Storage(tmp_path / "bot.sqlite3")
    storage.record("question", "de", False, None, text="Wo kann ich parken?", score=0.1)
    storage.commit()
    storage.close()
    out = run("unanswered", env={"BOT_DATA_DIR": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == f"Unanswered questions in {tmp_path / 'bot.sqlite3'}, most frequent first:"
    assert "Wo kann ich parken?" in lines[1]


def test_console_chat_edits_lines_keeps_history_and_ends_on_ctrl_d() -> None:
    import pty
    import select

    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "KNOWLEDGE"))}
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "chat"],
        stdin=follower, stdout=follower, stderr=follower, cwd=ROOT, env=env,
    )  # fmt: skip
    os.close(follower)
    output = b""

    def read_until(marker: bytes, count: int = 1) -> None:
        nonlocal output
        while output.count(marker) < count:
            ready, _, _ = select.select([leader], [], [], 60)
            assert ready, output.decode(errors="replace")
            output += os.read(leader, 65536)

    try:
        read_until(b"> ")
        os.write(leader, b"Wer ist Nikitni?\x7f\x7fin?\r")  # a typo, corrected with backspace
        read_until(b"> ", 2)
        assert b"HIK" in output
        os.write(leader, b"\x1b[A\r")  # arrow up: the same question again
        read_until(b"> ", 3)
        assert output.count(b"Dr. Sergey Nikitin, Leiter") == 2
        os.write(leader, b"\x04")  # Ctrl-D
        assert process.wait(timeout=60) == 0
        with contextlib.suppress(OSError):
            while chunk := os.read(leader, 65536):
                output += chunk
    finally:
        process.kill()
        os.close(leader)
    assert output.replace(b"\r\n", b"\n").endswith(b"> \n")


def two_events(folder: Path) -> Path:
    """The shipped 2020 mission and a made-up 2027 event beside it, in ``folder``."""
    shutil.copytree(ROOT / "knowledge", folder)
    (folder / "demo-2027.yaml").write_text(
        "event: {id: demo-2027, name: {de: Zuliefertage 2027, ru: Дни поставщиков 2027},"
        " start: 2027-05-03, end: 2027-05-04}\nentries:\n  - id: alpha\n    kind: company\n"
        "    name: {de: Alpha Werke, ru: Альфа Верке}\n"
        "    answer: {de: Alpha Werke aus Leipzig., ru: Альфа Верке из Лейпцига.}\n",
        "utf-8",
    )
    return folder


def test_event_option_chooses_the_event_and_several_events_are_named(tmp_path: Path) -> None:
    env = {"KNOWLEDGE_PATH": str(two_events(tmp_path / "knowledge"))}
    # Without --event the next event answers (2027), and the output says so.
    out = run("ask", "Wie viele Redner gab es?", env=env)
    assert out.returncode == 0, out.stderr
    first = out.stdout.splitlines()[0]
    assert first.startswith("Event: demo-2027 (Zuliefertage 2027)") and "mission-2020" in first
    out = run("ask", "--event", "mission-2020", "Wie viele Redner gab es?", env=env)
    assert out.returncode == 0, out.stderr
    assert "Event: mission-2020 (" in out.stdout and "chosen with --event" in out.stdout
    assert "Redner" in out.stdout and "Aus der Veranstaltung" not in out.stdout
    # With --json stdout stays JSON; the event is named on stderr. A name or part of one
    # that only one event has works too.
    out = run("ask", "--json", "--event", "zuliefertage", "Wer ist Alpha Werke?", env=env)
    assert out.returncode == 0, out.stderr
    assert [json.loads(line)["entry"] for line in out.stdout.splitlines()] == ["alpha"]
    assert out.stderr.startswith("Event: demo-2027 (Zuliefertage 2027), chosen with --event")
    out = run("chat", "--event", "Zuliefertage 2027", stdin=b"Wer ist Alpha Werke?\n", env=env)
    assert out.returncode == 0, out.stderr
    assert "Event: demo-2027" in out.stdout and "Alpha Werke aus Leipzig." in out.stdout
    out = run("eval", str(DATA / "questions.yaml"), "--event", "mission-2020", "--min", "0.95",
              env=env)  # fmt: skip
    assert out.returncode == 0, out.stdout
    assert out.stdout.startswith("Event: mission-2020 (")


def test_a_wrong_event_lists_the_choices(tmp_path: Path) -> None:
    env = {"KNOWLEDGE_PATH": str(two_events(tmp_path / "knowledge"))}
    for args in (("ask", "x"), ("chat",), ("eval", str(DATA / "questions.yaml"))):
        out = run(*args, "--event", "2028", env=env)
        assert out.returncode == 2, out.stdout
        assert "no event matches --event '2028'" in out.stderr
        assert "demo-2027 (Zuliefertage 2027)" in out.stderr and "mission-2020 (" in out.stderr
    out = run("ask", "x", "--event", "2", env=env)  # in both ids
    assert out.returncode == 2 and "more than one event matches" in out.stderr
    # With one event loaded nothing is said about events.
    out = run("ask", "--event", "mission-2020", "Wer ist Nikitin?")
    assert out.returncode == 0 and not out.stdout.startswith("Event:"), out.stderr
