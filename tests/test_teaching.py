"""The teaching inbox end to end: from a declined or disliked question to a fixed answer."""

from __future__ import annotations

from pathlib import Path

from bot.app import BotApp
from bot.feedback import DOWN, UP
from tests.support.builders import ADMIN, KB_FILE, kb_text
from tests.support.chat import ask, press, rows_of, say
from tests.support.fake_api import Call, FakeTelegram

DECLINED = "Sorry, I don't know the answer to that."


def labels(call: Call) -> list[str]:
    return [label for row in rows_of(call) for label in row]


def label_with(call: Call, part: str) -> str:
    return next(label for label in labels(call) if part in label)


async def tap(api: FakeTelegram, sent: Call, label: str, replies: int = 1) -> list[Call]:
    """An admin's press on a button; the messages it brings."""
    before = len(api.sent(chat_id=ADMIN))
    await press(api, sent, label, ADMIN)
    await api.wait_sent(before + replies, chat_id=ADMIN)
    return api.sent(chat_id=ADMIN)[before:]


async def inbox(api: FakeTelegram) -> Call:
    return await ask(api, "/unanswered", ADMIN)


def declined(call: Call) -> bool:
    return call.result["text"].startswith("Das weiß ich leider nicht")


async def test_a_declined_question_is_taught_in_three_presses_and_rolled_back(
    api: FakeTelegram, bot: BotApp, tmp_path: Path
) -> None:
    original = kb_text(tmp_path)
    question = "Wer hat die Mission gestemmt?"
    assert declined(await ask(api, question, user=5))
    listing = await inbox(api)
    assert f"1× [de] {question}" in listing.result["text"]
    assert all(label.startswith("➕") for label in labels(listing))
    (offer,) = await tap(api, listing, label_with(listing, "gestemmt"))  # 1
    names = labels(offer)
    assert 2 <= len(names) <= 7 and names[-2].startswith("🔎")
    assert "Organisatoren (organizers)" in names
    (preview,) = await tap(api, offer, "Organisatoren (organizers)")  # 2
    text = preview.result["text"]
    assert question in text and "organizers" in text and KB_FILE in text
    assert [label[0] for label in labels(preview)] == ["✅", "✖"]
    confirmed, report = await tap(api, preview, label_with(preview, "✅"), replies=2)  # 3
    assert f"+        - {question}" in confirmed.result["text"]
    assert report.result["text"].startswith("Wissensbasis neu geladen")
    assert "Geändert: organizers" in report.result["text"]
    # On disk: the question under the entry, the rest as it was, a backup of the old file.
    now = kb_text(tmp_path)
    assert now.replace(f"        - {question}\n", "", 1) == original
    assert now.index(question) > now.index("  - id: organizers\n")
    backups = list((tmp_path / "data" / "backups").iterdir())
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == original
    # The participant, and someone asking nearly the same, now get the entry.
    for user, asked in ((5, question), (6, "wer hat denn die Mission gestemmt")):
        again = await ask(api, asked, user=user)
        assert again.result["text"].startswith("Organisatoren"), again.result["text"]
        assert rows_of(again)[-1] == [UP, DOWN]
    assert "gestemmt" not in (await inbox(api)).result["text"]
    actions = [(a.user_id, a.action) for a in bot.bot_data.storage.admin_log()]
    for action in ("teach-open", "teach-choose", "teach", "teach-done", "reload"):
        assert (ADMIN, action) in actions, actions
    # /rollback undoes it: the file as before, the question declined again.
    before = len(api.sent(chat_id=ADMIN))
    await api.push(api.message("/rollback", ADMIN))
    await api.wait_sent(before + 2, chat_id=ADMIN)
    assert kb_text(tmp_path) == original
    assert declined(await ask(api, question, user=7))
    assert "gestemmt" in (await inbox(api)).result["text"]


async def test_a_forged_teaching_button_changes_nothing(
    api: FakeTelegram, bot: BotApp, tmp_path: Path
) -> None:
    original = kb_text(tmp_path)
    await ask(api, "Wer hat die Mission gestemmt?", user=5)
    listing = await inbox(api)
    offer = (await tap(api, listing, label_with(listing, "gestemmt")))[0]
    preview = (await tap(api, offer, "Organisatoren (organizers)"))[0]
    engine = bot.bot_data.engine
    outsider = 5_000_005
    for label in (label_with(preview, "✅"), label_with(preview, "✖")):
        refusal = await press(api, preview, label, outsider)
        assert refusal.params["text"] == "Das dürfen leider nur die Organisatoren."
    forged = await press(api, offer, label_with(offer, "Gehört nicht"), outsider)
    assert forged.params["text"] == "Das dürfen leider nur die Organisatoren."
    assert not api.sent(chat_id=outsider)
    assert kb_text(tmp_path) == original and bot.bot_data.engine is engine
    assert not (tmp_path / "data" / "backups").exists()
    assert bot.bot_data.storage.marks() == {}
    assert bot.bot_data.storage.refused() == {"teach-button": 3}
    assert declined(await ask(api, "Wer hat die Mission gestemmt?", user=5))


async def test_look_up_by_name_out_of_scope_and_a_disliked_answer(
    api: FakeTelegram, bot: BotApp, tmp_path: Path
) -> None:
    await ask(api, "Gab es eine Simultanübersetzung?", user=5)
    await ask(api, "Wo kann ich parken?", user=5)
    # Answered with the participants' entry, which does not say it.
    doubtful = "Wie aktiv waren die Teilnehmer?"
    wrong = await ask(api, doubtful, user=6)
    assert not declined(wrong)
    await press(api, wrong, DOWN, 6)
    listing = await inbox(api)
    text = listing.result["text"]
    assert f"1× [de] {doubtful} ({DOWN} participants)" in text and "parken" in text
    # 🔎: the admin's next text is the name to look for.
    offer = (await tap(api, listing, label_with(listing, "Simultan")))[0]
    prompt = (await tap(api, offer, label_with(offer, "🔎")))[0]
    assert prompt.result["text"].startswith("Schreiben Sie einen Namen")
    found = await ask(api, "Programm", ADMIN)
    assert found.result["text"].startswith("Einträge zu „Programm“")
    choice = label_with(found, "(programme)")
    preview = (await tap(api, found, choice))[0]
    await tap(api, preview, label_with(preview, "✅"), replies=2)
    assert "Simultanübersetzung" in kb_text(tmp_path)
    taught = await ask(api, "Gab es eine Simultanübersetzung?", user=7)
    assert taught.result["text"].startswith("Programm")
    # Out of scope: declined without suggestions from now on, and gone from the list.
    offer = (await tap(api, listing, label_with(listing, "parken")))[0]
    marked = (await tap(api, offer, label_with(offer, "Gehört nicht")))[0]
    assert marked.result["text"].startswith("Als nicht zum Thema gehörig markiert")
    parking = await ask(api, "wo kann ich parken", user=8)
    assert declined(parking) and not rows_of(parking)
    # A disliked answer taught to another entry is answered with that one.
    offer = (await tap(api, listing, label_with(listing, "aktiv")))[0]
    preview = (await tap(api, offer, label_with(offer, "(event)")))[0]
    await tap(api, preview, label_with(preview, "✅"), replies=2)
    assert (await ask(api, doubtful, user=9)).result["text"].startswith("Die Business-Mission")
    empty = "In den letzten 30 Tagen blieb keine Frage unbeantwortet."
    assert await say(api, "/unanswered") == empty  # all three groups have left the inbox
    actions = [a.action for a in bot.bot_data.storage.admin_log()]
    assert "teach-search" in actions and "teach-look-up" in actions and "out-of-scope" in actions
