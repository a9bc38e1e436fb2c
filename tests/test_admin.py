"""Organizers' tools end to end: reload, upload, rollback, SIGHUP, unanswered, stats."""

from __future__ import annotations

import asyncio
import csv
import io
import signal
from pathlib import Path

import pytest

from bot import admin
from bot.app import BotApp
from bot.knowledge import bundled_path
from bot.storage import Storage
from tests.support.builders import ADMIN, KB_FILE, kb_text, make_settings
from tests.support.chat import say, upload
from tests.support.database import ids_in_database
from tests.support.fake_api import FakeTelegram
from tests.support.paths import ROOT
from tests.support.process import bot_env, bot_process, run, running_bot, start_bot

# --------------------------------------------------------------------------- reload


async def test_reload_by_admin_reports_changes(
    api: FakeTelegram, bot: BotApp, tmp_path: Path
) -> None:
    path = tmp_path / "knowledge" / KB_FILE
    text = kb_text(tmp_path).replace("Polad AG war eines", "Polad AG (neu) war eines")
    text = text.replace("  - id: company-laduga\n", "  - id: company-laduga-2\n")
    path.write_text(text, encoding="utf-8")
    old = bot.bot_data.engine
    reply = await say(api, "/reload")
    assert reply.startswith("Wissensbasis neu geladen\n\n58 Einträge geladen")
    assert bot.bot_data.engine is not old
    # The old version is left as it was: an answer begun with it ends with it.
    assert "Polad AG (neu)" not in old.kb.by_id["company-polad"].answer.de
    assert old.ask("Polad").best is not None
    assert "Neu: company-laduga-2" in reply
    assert "Entfernt: company-laduga" in reply
    assert "Geändert: company-polad" in reply
    assert "Polad AG (neu)" in await say(api, "Polad", user=5)
    log = bot.bot_data.storage.admin_log()
    assert log[0].user_id == ADMIN and log[0].action == "reload"


async def test_reload_refused_for_others(
    api: FakeTelegram, bot: BotApp, caplog: pytest.LogCaptureFixture
) -> None:
    engine = bot.bot_data.engine
    outsider = 7_000_007
    reply = await say(api, "/reload", user=outsider)
    assert reply == "Das dürfen leider nur die Organisatoren."
    assert bot.bot_data.engine is engine
    assert "refused /reload (not an organizer)" in caplog.text
    for command in ("/rollback", "/unanswered", "/stats", "/stats"):
        assert await say(api, command, user=outsider) == "Das dürfen leider nur die Organisatoren."
    # Counted, without who tried: nothing in the database holds the participant's id.
    storage = bot.bot_data.storage
    assert storage.refused() == {"/reload": 1, "/rollback": 1, "/unanswered": 1, "/stats": 2}
    assert storage.admin_log() == []
    assert outsider not in ids_in_database(storage.path)


async def test_broken_file_keeps_the_old_knowledge(
    api: FakeTelegram, bot: BotApp, tmp_path: Path
) -> None:
    path = tmp_path / "knowledge" / KB_FILE
    text = kb_text(tmp_path)
    broken = text.replace("    kind: company\n", "    kind: compnay\n", 1)
    broken = broken.replace(
        "related: [org-wfs, org-amz, org-apm, org-hik]", "related: [org-wfs, nobody]"
    )
    path.write_text(broken, encoding="utf-8")
    reply = await say(api, "/reload")
    assert reply.startswith("Neuladen fehlgeschlagen")
    assert f"{KB_FILE}:" in reply and "unknown kind 'compnay'" in reply
    assert "[organizers] related names unknown id 'nobody'" in reply
    assert "antwortet weiter mit der bisherigen Version" in reply
    assert "AMZ" in await say(api, "Wer war Veranstalter?", user=5)


async def test_questions_during_reloads_see_one_version(
    api: FakeTelegram, bot: BotApp, tmp_path: Path
) -> None:
    path = tmp_path / "knowledge" / KB_FILE
    original = kb_text(tmp_path)
    versions = [
        original.replace("Organisiert wurde sie", f"Version {v}: Organisiert wurde sie").replace(
            "Её организовали", f"Версия {v}: Её организовали"
        )
        for v in range(4)
    ]

    async def reloads() -> None:
        for text in versions:
            path.write_text(text, encoding="utf-8")
            await bot.bot_data.reload()

    async def questions() -> None:
        for i in range(40):
            await api.push(api.message("Wann war die Mission?", user=100 + i))
            await asyncio.sleep(0)

    await asyncio.gather(reloads(), questions())
    await api.wait_for(lambda a: sum(len(a.sent(chat_id=100 + i)) for i in range(40)) == 40)
    for i in range(40):
        text = api.texts(100 + i)[0]
        assert text.count("Version") <= 1 and "Версия" not in text
        assert text.startswith("Die Business-Mission")


async def test_sighup_reloads(tmp_path: Path) -> None:
    async with FakeTelegram() as api:
        env = bot_env(api, tmp_path, KNOWLEDGE_PATH=str(tmp_path / "kb"), LOG_LEVEL="INFO")
        kb = tmp_path / "kb"
        kb.mkdir()
        source = ROOT / "knowledge" / KB_FILE
        (kb / KB_FILE).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        out = await start_bot(env)
        try:
            await api.wait_polling(1, timeout=60)
            text = (kb / KB_FILE).read_text(encoding="utf-8")
            (kb / KB_FILE).write_text(
                text.replace("HUDWAY war eines", "HUDWAY (SIGHUP) war eines"), encoding="utf-8"
            )
            out.proc.send_signal(signal.SIGHUP)
            await out.wait_line("reloaded on SIGHUP")
            # Logged once the new version is in place: the next answer comes from it.
            await api.push(api.message("HUDWAY", user=500))
            assert "SIGHUP" in (await api.wait_sent(1, chat_id=500, timeout=30))[0]
        finally:
            await out.finish()
        storage = Storage(tmp_path / "data" / "bot.sqlite3")
        assert storage.admin_log()[0].detail.startswith("SIGHUP")
        storage.close()


async def test_watch_reloads_on_change(api: FakeTelegram, tmp_path: Path) -> None:
    settings = make_settings(api, tmp_path)
    async with running_bot(settings) as app:
        reloaded = asyncio.Event()
        after_reload = app.bot_data.reloaded  # the bot's own step after every reload

        async def reload_seen() -> None:
            if after_reload is not None:
                await after_reload()
            reloaded.set()

        app.bot_data.reloaded = reload_seen
        task = admin.start_watching(app)
        try:
            engine = app.bot_data.engine
            path = tmp_path / "knowledge" / KB_FILE
            path.write_text(
                kb_text(tmp_path).replace("ATK war eines", "ATK (watch) war eines"),
                encoding="utf-8",
            )
            await asyncio.wait_for(reloaded.wait(), 30)
            assert app.bot_data.engine is not engine
            assert "ATK (watch)" in app.bot_data.engine.kb.by_id["company-atk"].answer.de
        finally:
            task.cancel()


# --------------------------------------------------------------------------- upload, rollback


async def test_upload_valid_file_replaces_backs_up_and_reloads(
    api: FakeTelegram, bot: BotApp, tmp_path: Path
) -> None:
    new = kb_text(tmp_path).replace("MOTOR SUPER war eines", "MOTOR SUPER (hochgeladen) war eines")
    replies = await upload(api, KB_FILE, new.encode())
    assert (
        replies[0].startswith("Wissensbasis neu geladen") and "company-motor-super" in replies[0]
    )
    assert kb_text(tmp_path) == new
    backups = list((tmp_path / "data" / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.startswith(KB_FILE + ".")
    assert "(hochgeladen)" in await say(api, "MOTOR SUPER", user=5)
    assert bot.bot_data.storage.admin_log()[1].action == "upload"
    # A new event is just a new file.
    second = (
        "event: {id: fair-2021, name: {de: Messe, ru: Выставка}, start: 2021-03-09,\n"
        "        end: 2021-03-12}\n"
        "entries:\n  - id: fair-2021-info\n    kind: event\n"
        "    name: {de: Messe 2021, ru: Выставка 2021}\n"
        "    answer: {de: Die Messe 2021 in Leipzig., ru: Выставка 2021 в Лейпциге.}\n"
        "    questions: {de: ['Was ist die Messe 2021?'], ru: ['Что за выставка 2021?']}\n"
    )
    replies = await upload(api, "fair-2021.yaml", second.encode())
    assert "Neu: fair-2021/fair-2021-info" in replies[0]
    assert "Entfernt: —" in replies[0]  # the other event's entries are still there
    assert (tmp_path / "knowledge" / "fair-2021.yaml").exists()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("../evil.yaml", b"event: {}\n", "file name must be like"),
        ("x.yaml/../../y.yaml", b"event: {}\n", "file name must be like"),
        ("notes.txt", b"hello", "file name must be like"),
        (KB_FILE, b'a: &a ["x","x"]\nb: &b [*a,*a]\nc: [*b,*b]\n', "YAML aliases"),
        (KB_FILE, b"event: !!python/object/apply:os.system ['touch /tmp/pwned']\n", "not allowed"),
        (KB_FILE, b"\x7fELF\x00\x01\x02binary", "binary data"),
        (KB_FILE, b"event: [unclosed\n", "invalid YAML"),
        (KB_FILE, b"entries: []\n", "missing 'event:'"),
        (KB_FILE, b"#" * 1_000_001, "the limit is"),
    ],
)
async def test_bad_uploads_change_nothing(
    api: FakeTelegram, bot: BotApp, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    before = kb_text(tmp_path)
    engine = bot.bot_data.engine
    replies = await upload(api, name, content)
    assert "wurde nicht übernommen" in replies[0] and expected in replies[0], replies[0]
    assert kb_text(tmp_path) == before
    assert not (tmp_path / "data" / "backups").exists()
    assert not (tmp_path.parent / "evil.yaml").exists() and not (tmp_path / "evil.yaml").exists()
    assert bot.bot_data.engine is engine
    # Nothing was added: the folder holds what the bundled one does (YAML files and schemas).
    assert sorted(p.name for p in (tmp_path / "knowledge").iterdir()) == sorted(
        p.name for p in bundled_path().iterdir()
    )


async def test_upload_from_a_participant_is_not_taken(
    api: FakeTelegram, bot: BotApp, tmp_path: Path
) -> None:
    before = kb_text(tmp_path)
    replies = await upload(api, KB_FILE, b"event: {}\n", user=9)
    assert replies == ["Ich kann nur Text lesen. Bitte tippen Sie Ihre Frage."]
    assert kb_text(tmp_path) == before and not api.sent("getFile")


async def test_rollback_restores_the_latest_backup(
    api: FakeTelegram, bot: BotApp, tmp_path: Path
) -> None:
    assert await say(api, "/rollback") == "Es gibt keine Sicherung zum Wiederherstellen."
    original = kb_text(tmp_path)
    changed = original.replace("ATK war eines", "ATK (v2) war eines")
    await upload(api, KB_FILE, changed.encode())
    assert "(v2)" in await say(api, "ATK", user=5)
    before = len(api.sent(chat_id=ADMIN))
    await api.push(api.message("/rollback", ADMIN))
    texts = await api.wait_sent(before + 2, chat_id=ADMIN)
    assert texts[before].startswith(f"{KB_FILE} aus {KB_FILE}.")
    assert "Geändert: company-atk" in texts[before + 1]
    assert kb_text(tmp_path) == original
    assert "(v2)" not in await say(api, "ATK", user=5)
    assert [a.action for a in bot.bot_data.storage.admin_log()][:2] == ["reload", "rollback"]


# --------------------------------------------------------------------------- unanswered, stats


async def test_unanswered_are_logged_grouped_and_exported(
    api: FakeTelegram, bot: BotApp, tmp_path: Path
) -> None:
    for i, question in enumerate(
        [
            "Wo kann ich parken?",
            "wo kann ich parken",
            "Wo kann ich parken??",
            "Где можно припарковаться?",
            "Wer war Veranstalter?",
        ]
    ):
        await say(api, question, user=200 + i)
    reply = await say(api, "/unanswered")
    lines = reply.splitlines()
    assert lines[0] == "Unbeantwortete Fragen, letzte 30 Tage"
    assert lines[2].startswith("3× [de] ") and "parken" in lines[2]
    assert lines[3] == "1× [ru] Где можно припарковаться?"
    assert "Veranstalter" not in reply
    out = run("unanswered", "--csv", env={"BOT_DATA_DIR": str(tmp_path / "data")})
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(rows) == 4 and rows[0]["question"] == "Wo kann ich parken?"
    assert set(rows[0]) == {
        "at", "kind", "lang", "question", "score", "candidate", "given", "answered", "all"
    }  # fmt: skip
    assert {r["kind"] for r in rows} == {"declined"}
    # Labelled by an organizer, the export is an eval file.
    labelled = tmp_path / "labelled.csv"
    with labelled.open("w", newline="", encoding="utf-8") as fp:
        writer = csv.DictWriter(fp, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "answered": "false"})
    out = run("eval", str(labelled))
    assert out.returncode == 0 and "out-of-scope: 4/4" in out.stdout


async def test_a_question_answered_only_in_part_is_shown_to_organizers(
    api: FakeTelegram, bot: BotApp
) -> None:
    partly = "Wer hat die Mission organisiert? Und unter welcher E-Mail-Adresse erreicht man sie?"
    answer = await say(api, partly, user=250)
    assert "Wirtschaftsförderung Sachsen" in answer and "Kontaktdaten" in answer
    await say(api, "Wer war Veranstalter?", user=251)
    reply = await say(api, "/unanswered")
    assert "E-Mail-Adresse" in reply and "Wer war Veranstalter" not in reply


async def test_stats_count_questions_inline_and_buttons(api: FakeTelegram, bot: BotApp) -> None:
    await say(api, "Wer war Veranstalter?", user=300)
    await say(api, "Кто организаторы?", user=301)
    await say(api, "Wo kann ich parken?", user=302)
    await api.push(api.inline("Nikitin", user=303))
    await api.push(api.callback("e:de:speaker-nikitin", user=304))
    await api.wait_for(lambda a: bool(a.sent("answerInlineQuery")) and bool(a.sent(chat_id=304)))
    reply = await say(api, "/stats")
    assert "Seit dem Start" in reply and "Insgesamt" in reply
    assert "de: 1 beantwortet, 1 nicht beantwortet" in reply
    assert "ru: 1 beantwortet, 0 nicht beantwortet" in reply
    assert "Inline-Anfragen: 1" in reply and "Tastendrücke: 1" in reply
    assert "organizers (2)" in reply


# --------------------------------------------------------------------------- crash safety


async def test_sigkill_mid_burst_loses_nothing_committed(tmp_path: Path) -> None:
    async with FakeTelegram() as api:
        env = bot_env(api, tmp_path, LOG_LEVEL="WARNING")
        proc = await bot_process(env)
        await api.wait_polling(1, timeout=60)
        for i in range(300):
            await api.push(
                api.message("Wo kann ich parken?" if i % 2 else "Wer ist Nikitin?", user=1000 + i)
            )
        await api.wait_for(lambda a: len(a.sent()) >= 60, timeout=60)
        proc.send_signal(signal.SIGKILL)
        await proc.communicate()
        answered = {int(c.params["chat_id"]) for c in api.sent()}
    storage = Storage(tmp_path / "data" / "bot.sqlite3")
    try:
        assert storage.integrity_ok()
        stats = storage.stats()
        recorded = stats.questions.get(("de", True), 0) + stats.questions.get(("de", False), 0)
        # Every answered question was recorded before its answer went out.
        assert recorded >= len(answered) >= 60
        unanswered_sent = sum(1 for chat in answered if (chat - 1000) % 2)
        assert len(storage.unanswered_rows()) >= unanswered_sent
        before_restart = sum(stats.questions.values())
    finally:
        storage.close()
    # Telegram numbers updates on; the restarted bot sees new ids.
    async with FakeTelegram(first_update_id=10_000) as api2:
        env = bot_env(api2, tmp_path, LOG_LEVEL="WARNING")
        proc = await bot_process(env)
        try:
            await api2.wait_polling(1, timeout=60)
            await api2.push(api2.message("Wer ist Nikitin?", user=1))
            assert "HIK" in (await api2.wait_sent(1, chat_id=1, timeout=30))[0]
        finally:
            proc.send_signal(signal.SIGTERM)
            await proc.communicate()
    # It went on with the same database: nothing set aside as damaged, nothing lost.
    assert not list((tmp_path / "data").glob("bot.sqlite3.damaged-*"))
    storage = Storage(tmp_path / "data" / "bot.sqlite3")
    try:
        assert sum(storage.stats().questions.values()) == before_restart + 1
    finally:
        storage.close()
