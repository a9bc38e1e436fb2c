"""Several events: each file one event, every answer from one event, a current event per user.

End to end through the fake Bot API, with a made-up 2027 event file beside the shipped 2020
one, and alone.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import BotApp
from bot.events import Knowledge, parse_payload, start_payload
from bot.knowledge import bundled_path, event_tag, load
from tests.support.builders import make_settings
from tests.support.fake_api import FakeTelegram
from tests.support.process import running_bot

LEIPZIG = """\
event:
  id: leipzig-2027
  name: {de: Zuliefertage Leipzig 2027, ru: Дни поставщиков в Лейпциге 2027}
  start: 2027-05-03
  end: 2027-05-04
  welcome:
    de: Ich kenne das Programm, die Redner und die Aussteller.
    ru: Я знаю программу, спикеров и экспонентов.
entries:
  - id: event
    kind: event
    name: {de: Die Zuliefertage, ru: Дни поставщиков}
    answer:
      de: Die Zuliefertage finden am 3. und 4. Mai 2027 in Leipzig statt.
      ru: Дни поставщиков проходят 3 и 4 мая 2027 года в Лейпциге.
  - id: day-1
    kind: day
    day: 1
    date: 2027-05-03
    name: {de: Messetag, ru: День выставки}
    answer: {de: Der erste Tag., ru: Первый день.}
  - id: speaker-berg
    kind: speaker
    day: 1
    name: {de: Anna Berg, ru: Анна Берг}
    role: {de: Leiterin der Zuliefermesse, ru: руководитель выставки поставщиков}
    answer:
      de: Anna Berg leitet die Zuliefermesse in Leipzig.
      ru: Анна Берг руководит выставкой поставщиков в Лейпциге.
  - id: exhibitors
    kind: list
    list_of: company
    command: exhibitors
    description: {de: Aussteller, ru: Экспоненты}
    name: {de: Aussteller, ru: Экспоненты}
    intro: {de: "Es stellen aus:", ru: "Экспоненты:"}
  - id: company-kolbe
    kind: company
    name: {de: Kolbe Gießerei, ru: Литейный завод Кольбе}
    answer: {de: Kolbe Gießerei aus Chemnitz stellt aus., ru: Литейный завод Кольбе из Хемница.}
  - id: company-lenz
    kind: company
    name: {de: Lenz Antriebe, ru: Ленц Приводы}
    answer: {de: Lenz Antriebe aus Zwickau stellt aus., ru: Ленц Приводы из Цвиккау.}
  - id: speakers
    kind: list
    list_of: speaker
    command: speakers
    description: {de: Redner, ru: Спикеры}
    name: {de: Redner 2027, ru: Спикеры 2027}
    intro: {de: "Es sprechen:", ru: "Выступают:"}
"""
TAG_2027 = event_tag("leipzig-2027")
TAG_2020 = event_tag("mission-2020")
# What only the 2020 mission's knowledge or its old interface texts said.
OF_2020 = re.compile(
    r"2020|Russland|России|IndustryStock|Deep Tech|Pressemitteilung|пресс-релиз|press release"
    r"|\bMission\b|миссия|миссии|Sachsen|Саксон",
    re.IGNORECASE,
)


def buttons(api: FakeTelegram, index: int = -1) -> list[tuple[str, str]]:
    markup = api.sent()[index].params.get("reply_markup") or {}
    return [(b["text"], b["callback_data"]) for row in markup["inline_keyboard"] for b in row]


async def ask(api: FakeTelegram, text: str, user: int = 1, lang: str = "de") -> str:
    before = len(api.sent(chat_id=user))
    await api.push(api.message(text, user, language_code=lang))
    return (await api.wait_sent(before + 1, chat_id=user))[before]


@pytest.fixture
async def both(api: FakeTelegram, tmp_path: Path) -> AsyncIterator[BotApp]:
    """The bot with the shipped 2020 mission and the 2027 event beside it."""
    folder = tmp_path / "knowledge"
    shutil.copytree(bundled_path(), folder)
    (folder / "leipzig-2027.yaml").write_text(LEIPZIG, "utf-8")
    async with running_bot(make_settings(api, tmp_path)) as app:
        yield app


@pytest.fixture
async def only_2027(api: FakeTelegram, tmp_path: Path) -> AsyncIterator[BotApp]:
    """The bot with the 2027 event alone (and the shipped vocabulary)."""
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "leipzig-2027.yaml").write_text(LEIPZIG, "utf-8")
    async with running_bot(make_settings(api, tmp_path)) as app:
        yield app


# --------------------------------------------------------------------------- the holder


def test_each_event_has_its_own_engine_and_the_latest_or_next_is_the_default(
    tmp_path: Path,
) -> None:
    shutil.copytree(bundled_path(), tmp_path / "k")
    (tmp_path / "k" / "leipzig-2027.yaml").write_text(LEIPZIG, "utf-8")
    knowledge = Knowledge(load(tmp_path / "k"))
    assert [k.event.id for k in knowledge.events] == ["leipzig-2027", "mission-2020"]
    leipzig, mission = knowledge.events
    assert {e.event for e in leipzig.kb.entries} == {"leipzig-2027"}
    # One id, two entries: each event has its own.
    assert leipzig.kb.by_id["event"].name.de == "Die Zuliefertage"
    assert mission.kb.by_id["event"].name.de == "Die Business-Mission"
    assert leipzig.engine.kb is leipzig.kb and mission.engine.kb is mission.kb

    assert knowledge.default(dt.date(2020, 11, 10)) is mission  # running
    assert knowledge.default(dt.date(2021, 1, 1)) is leipzig  # next
    assert knowledge.default(dt.date(2030, 1, 1)) is leipzig  # ended last
    assert knowledge.current("mission-2020", dt.date(2030, 1, 1)) is mission
    assert knowledge.current("gone-2019", dt.date(2030, 1, 1)) is leipzig


@pytest.mark.parametrize("entry_id", ["event", "a.b_c-d", "x_u", "_", "9"])
def test_start_payloads_round_trip_within_telegrams_alphabet(entry_id: str) -> None:
    payload = start_payload("leipzig-2027", entry_id)
    assert payload is not None and re.fullmatch(r"[A-Za-z0-9_-]{1,64}", payload)
    assert parse_payload(payload) == (TAG_2027, entry_id)
    assert start_payload("e", "a" * 56) is not None and start_payload("e", "." * 40) is None


# --------------------------------------------------------------------------- end to end


async def test_lists_program_and_welcome_are_of_one_event(api: FakeTelegram, both: BotApp) -> None:
    welcome = await ask(api, "/start")
    assert welcome.count("Hallo! Ich beantworte Fragen") == 1
    assert "Zuliefertage Leipzig 2027" in welcome and "2020" not in welcome
    assert "Ich kenne das Programm, die Redner und die Aussteller." in welcome
    assert ("Die Zuliefertage", f"e:de:{TAG_2027}event") in buttons(api)
    speakers = await ask(api, "/speakers")
    assert "Anna Berg" in speakers and "Nikitin" not in speakers
    program = await ask(api, "/program")
    assert "Montag, 3. Mai 2027" in program and "Anna Berg" in program
    assert "2020" not in program and "Nikitin" not in program
    exhibitors = await ask(api, "/exhibitors")
    assert exhibitors.startswith("Aussteller") and "Kolbe" in exhibitors
    # /companies belongs to the 2020 mission: declared there, but not by this event.
    assert await ask(api, "/companies") == "Dazu ist noch nichts bekannt."
    assert "Den Befehl /weather kenne ich nicht" in await ask(api, "/weather")


async def test_event_lists_the_events_and_switches_per_user_until_forget(
    api: FakeTelegram, both: BotApp
) -> None:
    await ask(api, "/event")
    texts = await api.wait_sent(2, chat_id=1)
    assert texts[0].startswith("Die Zuliefertage")
    assert "✓ Zuliefertage Leipzig 2027 (3.–4. Mai 2027)" in texts[1]
    choices = buttons(api)
    assert ("✓ Zuliefertage Leipzig 2027", f"v:{TAG_2027}") in choices
    mission = next(data for label, data in choices if data == f"v:{TAG_2020}")
    await api.push(api.callback(mission, user=1))
    await api.wait_for(lambda a: bool(a.sent("answerCallbackQuery")))
    assert "Virtuelle Business-Mission" in api.sent("answerCallbackQuery")[0].params["text"]
    await api.wait_sent(3, chat_id=1)  # the switched-to event's welcome
    assert "16 Unternehmen aus Russland" in await ask(api, "/companies")
    assert "Montag, 9. November 2020" in await ask(api, "/program")
    assert "Anna Berg" not in await ask(api, "/speakers")
    # Someone else is still in the default event; a restart keeps the choice (stored).
    assert "Anna Berg" in await ask(api, "/speakers", user=2)
    assert both.bot_data.storage.stored_for(1) == 1
    await ask(api, "/forget")
    assert both.bot_data.storage.stored_for(1) == 0
    assert "Anna Berg" in await ask(api, "/speakers")


async def test_a_question_about_another_events_entity_is_answered_from_that_event(
    api: FakeTelegram, both: BotApp
) -> None:
    text = await ask(api, "Wer ist Sergey Nikitin?")
    assert text.startswith("Aus der Veranstaltung „Virtuelle Business-Mission")
    assert "Nikitin" in text
    # Its buttons (the vote row aside) lead on within that event.
    related = [data for _, data in buttons(api) if not data.startswith(("v+", "v-"))]
    assert related and all(data.startswith(f"e:de:{TAG_2020}") for data in related), related
    own = await ask(api, "Wer ist Anna Berg?")
    assert own.startswith("Anna Berg") and "Aus der Veranstaltung" not in own


async def test_buttons_and_deep_links_name_the_event(api: FakeTelegram, both: BotApp) -> None:
    payload = start_payload("mission-2020", "speaker-nikitin")
    text = await ask(api, f"/start {payload}")
    assert text.startswith("Aus der Veranstaltung „Virtuelle Business-Mission")
    assert "Dr. Sergey Nikitin, Leiter" in text
    own = await ask(api, f"/start {start_payload('leipzig-2027', 'speaker-berg')}")
    assert own.startswith("Anna Berg")
    assert (await ask(api, "/start nonsense")).startswith("Hallo!")
    await api.push(api.callback(f"e:ru:{TAG_2020}event", user=1))
    texts = await api.wait_sent(4, chat_id=1)
    assert texts[-1].startswith("Бизнес-миссия")
    await api.push(api.inline("Anna", user=1))
    await api.wait_for(lambda a: bool(a.sent("answerInlineQuery")))
    answer = api.sent("answerInlineQuery")[0].params
    assert answer["results"][0]["id"] == f"de:{TAG_2027}speaker-berg"
    assert answer["button"] == {
        "text": "Bot öffnen",
        "start_parameter": start_payload("leipzig-2027", "speaker-berg"),
    }


async def test_menus_help_and_descriptions_follow_the_knowledge(
    api: FakeTelegram, both: BotApp
) -> None:
    menu = {c["command"]: c["description"] for c in api.commands["default::de"]}
    assert menu["exhibitors"] == "Aussteller" and menu["speakers"] == "Redner"
    assert menu["companies"] == "Unternehmen aus Russland"  # the 2020 file declares it
    assert "reload" not in menu and "reload" in [c["command"] for c in api.commands["chat:42:"]]
    assert [c["command"] for c in api.commands["default::ru"]] == list(menu)
    help_text = await ask(api, "/help")
    for command, description in menu.items():
        if command not in ("start", "help"):
            assert f"/{command} — {description}" in help_text
    assert "/reload" not in help_text
    assert api.descriptions["de"].startswith("Ich beantworte Fragen zu „Zuliefertage")
    assert api.short_descriptions["ru"] == "Дни поставщиков в Лейпциге 2027 (3–4 мая 2027\u202fг.)"


async def test_with_only_another_event_nothing_speaks_of_2020(
    api: FakeTelegram, only_2027: BotApp
) -> None:
    said = [
        await ask(api, command, lang=lang)
        for lang in ("de", "ru")
        for command in (
            "/start", "/help", "/event", "/program", "/speakers", "/exhibitors", "/search Berg",
            "/privacy", "Wie ist das Wetter?", "Welche Telefonnummer hat Anna Berg?", "!!!",
            "War BMW dabei?", "Danke", "/companies", "/platforms",
        )
    ]  # fmt: skip
    menus = [c["description"] for menu in api.commands.values() for c in menu]
    profile = [*api.descriptions.values(), *api.short_descriptions.values()]
    labels = [label for call in api.sent() for label, _ in buttons_of(call.params)]
    for text in [*said, *menus, *profile, *labels]:
        assert not OF_2020.search(text), text
    assert {c["command"] for c in api.commands["default::de"]} >= {"exhibitors", "speakers"}
    assert "companies" not in {c["command"] for c in api.commands["default::de"]}
    assert "Den Befehl /companies kenne ich nicht" in said[13]


def buttons_of(params: dict[str, object]) -> list[tuple[str, str]]:
    markup = params.get("reply_markup") or {}
    assert isinstance(markup, dict)
    return [
        (b["text"], b.get("callback_data", ""))
        for row in markup.get("inline_keyboard", [])
        for b in row
    ]
