"""Organizers' tools under pressure: groups, concurrent changes, long lists, many questions."""

from __future__ import annotations

import asyncio
import random
import types
from pathlib import Path

import pytest

from bot import storage
from bot.app import BotApp
from bot.knowledge import bundled_path, event_tag, load
from bot.storage import Storage, group_unanswered
from tests.support.builders import ADMIN, make_settings
from tests.support.chat import say, upload
from tests.support.fake_api import FakeTelegram
from tests.support.process import running_bot

PRIVATE_ONLY = (
    "Befehle für Organisatoren funktionieren nur in unserem privaten Chat; bitte schreiben Sie "
    "mir dort."
)
OTHER_ADMIN = 43


def event_file(event_id: str, *entries: tuple[str, str]) -> bytes:
    """A knowledge file of one event with entries of ``(id, kind)``."""
    lines = [
        f"event: {{id: {event_id}, name: {{de: Messe {event_id}, ru: Выставка {event_id}}},",
        "        start: 2021-03-09, end: 2021-03-12}",
        "entries:",
    ]
    for entry_id, kind in entries:
        lines += [
            f"  - id: {entry_id}",
            f"    kind: {kind}",
            f"    name: {{de: Name {entry_id}, ru: Имя {entry_id}}}",
            f"    answer: {{de: Antwort zu {entry_id}., ru: Ответ про {entry_id}.}}",
        ]
    return ("\n".join(lines) + "\n").encode()


def list_file(event_id: str, kind: str, command: str, n: int) -> bytes:
    """An event with ``n`` entries of ``kind`` and a list entry that /``command`` shows."""
    items = [(f"{kind}-many-{i:03}", kind) for i in range(n)]
    head = event_file(event_id, *items).decode()
    return (
        head
        + f"  - id: all-{kind}\n    kind: list\n    list_of: {kind}\n"
        + f"    command: {command}\n    description: {{de: Alle {kind}, ru: Все {kind}}}\n"
        + f"    name: {{de: Alle {kind}, ru: Все {kind}}}\n"
        + f"    intro: {{de: 'Alle {n}:', ru: 'Все {n}:'}}\n"
    ).encode()


# --------------------------------------------------------------------------- groups


async def test_organizer_commands_answer_only_in_private(api: FakeTelegram, bot: BotApp) -> None:
    await say(api, "Wo kann ich parken?", user=5)  # a participant's question, unanswered
    group = -100_123
    for command in ("/unanswered", "/stats", "/reload", "/rollback", "/stats@MissionTestBot"):
        before = len(api.sent(chat_id=group))
        await api.push(api.message(command, ADMIN, chat=group, chat_type="supergroup"))
        texts = await api.wait_sent(before + 1, chat_id=group)
        assert texts[before:] == [PRIVATE_ONLY]
    assert not any("parken" in text for text in api.texts(group))
    assert not bot.bot_data.storage.admin_log()  # nothing was reloaded or rolled back
    assert "parken" in await say(api, "/unanswered")  # in private it works


# --------------------------------------------------------------------------- /unanswered


def junk(rng: random.Random) -> str:
    return " ".join(
        "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3))
        for _ in range(4)
    )


async def test_unanswered_report_does_not_hold_up_answers(
    api: FakeTelegram, tmp_path: Path
) -> None:
    settings = make_settings(api, tmp_path)
    storage = Storage(settings.data_dir / "bot.sqlite3")
    rng = random.Random(5)
    for _ in range(3000):
        storage.record("question", "de", False, None, text=junk(rng))
    for text in ("Wo kann ich parken?", "wo kann ich parken", "Wo kann ich parken??"):
        storage.record("question", "de", False, None, text=text)
    storage.close()
    async with running_bot(settings):
        await api.push(api.message("/unanswered", ADMIN))
        await api.wait_for(lambda a: any(c.method == "getUpdates" and c.result for c in a.calls))
        await api.push(api.message("Wer ist Nikitin?", user=5))
        await api.wait_sent(1, chat_id=5)
        await api.wait_sent(1, chat_id=ADMIN, timeout=60)
    answer, report = api.sent(chat_id=5)[0], api.sent(chat_id=ADMIN)[0]
    assert "3× [de] Wo kann ich parken?" in report.result["text"]
    # Grouping on the event loop would make this answer wait for all of it, and go out after
    # the report; grouped in a worker thread, the report comes last.
    assert answer.at < report.at


def test_grouping_stays_linear_when_junk_shares_words(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    flood = [("2026-01-01", "de", f"parkplatz {junk(rng)}") for _ in range(5000)]
    compared = 0
    ratio = storage.fuzz.token_sort_ratio

    def counted(a: str, b: str) -> float:
        nonlocal compared
        compared += 1
        return ratio(a, b)

    monkeypatch.setattr(storage, "fuzz", types.SimpleNamespace(token_sort_ratio=counted))
    groups = group_unanswered(flood, 20)
    # Each text meets a bounded number of candidates per word (two words here): comparing
    # it with every group before it would be quadratic, some 12 million comparisons.
    assert 0 < compared <= len(flood) * 2 * storage.GROUP_CANDIDATES
    assert sum(g.count for g in group_unanswered(flood[-100:], 1000)) == 100
    assert len(groups) == 20  # cut at the limit
    near = [("t", "de", "Wo kann ich parken?"), ("t", "de", "wo kann ich parken")]
    assert next(g.count for g in group_unanswered(flood[:50] + near, 20)) == 2


# --------------------------------------------------------------------------- upload, rollback


async def test_two_uploads_at_once_never_leave_a_folder_that_does_not_load(
    api: FakeTelegram, tmp_path: Path
) -> None:
    settings = make_settings(api, tmp_path, admin_ids=frozenset({ADMIN, OTHER_ADMIN}))
    async with running_bot(settings):
        # Each file is valid on its own; together they define one event id twice.
        first = event_file("fair", ("fair-info", "event"))
        second = event_file("fair", ("fair-other", "event"))
        replies = await asyncio.gather(
            upload(api, "fair-a.yaml", first),
            upload(api, "fair-b.yaml", second, user=OTHER_ADMIN),
        )
    load(settings.knowledge_path)  # raises if the folder does not load
    outcomes = sorted(r[0].split("\n")[0] for r in replies)
    assert outcomes[0].endswith("wurde nicht übernommen"), replies
    assert outcomes[1] == "Wissensbasis neu geladen", replies
    refused = next(r[0] for r in replies if "nicht übernommen" in r[0])
    assert "[fair] duplicate event id" in refused
    shipped = {p.name for p in bundled_path().iterdir()}
    names = sorted(p.name for p in settings.knowledge_path.iterdir() if p.name not in shipped)
    assert names in (["fair-a.yaml"], ["fair-b.yaml"])


async def test_rollback_refuses_a_backup_that_would_not_load(
    api: FakeTelegram, bot: BotApp, tmp_path: Path
) -> None:
    folder = tmp_path / "knowledge"
    await upload(api, "extra.yaml", event_file("extra-1", ("extra-one", "event")))
    await upload(api, "extra.yaml", event_file("extra-2", ("extra-two", "event")))
    # Another file now takes the event id the backed-up version of extra.yaml had.
    await upload(api, "other.yaml", event_file("extra-1", ("other-one", "event")))
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    engine = bot.bot_data.engine
    reply = await say(api, "/rollback")
    assert reply.startswith("Die Sicherung extra.yaml.") and "nicht wiederhergestellt" in reply
    assert "[extra-1] duplicate event id" in reply
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert bot.bot_data.engine is engine
    load(folder)
    # The refused backup is set aside: there is nothing older to restore.
    assert await say(api, "/rollback") == "Es gibt keine Sicherung zum Wiederherstellen."


async def test_rollback_finds_yml_backups(api: FakeTelegram, bot: BotApp, tmp_path: Path) -> None:
    path = tmp_path / "knowledge" / "extra.yml"
    await upload(api, "extra.yml", event_file("extra", ("extra-one", "event")))
    await upload(api, "extra.yml", event_file("extra", ("extra-two", "event")))
    assert b"extra-two" in path.read_bytes()
    before = len(api.sent(chat_id=ADMIN))
    await api.push(api.message("/rollback", ADMIN))
    texts = await api.wait_sent(before + 2, chat_id=ADMIN)
    assert texts[before].startswith("extra.yml aus extra.yml.")
    assert "Neu: extra/extra-one" in texts[before + 1]
    assert b"extra-one" in path.read_bytes()
    assert "extra-one" in bot.bot_data.engine.kb.by_id


# --------------------------------------------------------------------------- long lists


async def test_long_lists_come_in_pages_within_telegrams_limits(
    api: FakeTelegram, bot: BotApp
) -> None:
    # The event that ended last (2021) is everyone's current event now.
    replies = await upload(api, "many.yaml", list_file("many", "company", "companies", 166))
    assert replies[0].startswith("Wissensbasis neu geladen")
    await api.push(api.message("/companies", user=5))
    await api.wait_sent(1, chat_id=5)
    message = api.sent(chat_id=5)[0]
    seen: list[str] = []
    pages = 0
    while True:
        pages += 1
        keyboard = message.params["reply_markup"]["inline_keyboard"]
        buttons = [b for row in keyboard for b in row]
        assert len(buttons) <= 100
        assert all(len(b["callback_data"].encode()) <= 64 for b in buttons)
        seen += [b["callback_data"] for b in buttons if b["callback_data"].startswith("e:")]
        forward = [b for b in buttons if b["text"].endswith("▶")]
        if not forward:
            break
        edits = len(api.sent("editMessageText"))
        await api.push(api.callback(forward[0]["callback_data"], user=5))
        await api.wait_for(lambda a, n=edits: len(a.sent("editMessageText")) > n)  # type: ignore[misc]
        message = api.sent("editMessageText")[-1]
    assert pages == 9  # 166 companies, 20 a page
    assert len(seen) == len(set(seen)) == 166
    assert api.texts(5)[0].startswith("Alle company\n\nAlle 166:")


async def test_a_long_list_with_a_list_entry_is_paged_too(api: FakeTelegram, bot: BotApp) -> None:
    many = list_file("many", "speaker", "speakers", 125)
    assert (await upload(api, "many.yaml", many))[0].startswith("Wissensbasis neu geladen")
    tag = event_tag("many")
    await api.push(api.message("/speakers", user=6, language_code="ru"))
    await api.wait_sent(1, chat_id=6)
    message = api.sent(chat_id=6)[0]
    buttons = [b for row in message.params["reply_markup"]["inline_keyboard"] for b in row]
    assert len(buttons) == 21
    assert buttons[-1] == {"text": "2/7 ▶", "callback_data": f"p:ru:{tag}:speaker:1"}
    assert message.result["text"].count("\n• ") == 20
    await api.push(api.callback(f"p:ru:{tag}:speaker:6", user=6))
    await api.wait_for(lambda a: bool(a.sent("editMessageText")))
    last = api.sent("editMessageText")[0]
    buttons = [b for row in last.params["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons[-1] == {"text": "◀ 6/7", "callback_data": f"p:ru:{tag}:speaker:5"}
    assert len(buttons) == 6  # 125 speakers: five on the last page
