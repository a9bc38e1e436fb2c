"""End-to-end: the real application, PTB's HTTP stack, and a fake Bot API on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import BotApp
from bot.knowledge import event_tag
from tests.support.builders import make_settings
from tests.support.fake_api import FakeTelegram, Fault
from tests.support.process import running_bot


def buttons(api: FakeTelegram, index: int = -1) -> list[tuple[str, str]]:
    markup = api.sent()[index].params.get("reply_markup") or {}
    return [
        (b["text"], b.get("callback_data", ""))
        for row in markup.get("inline_keyboard", [])
        for b in row
    ]


TAG = event_tag("mission-2020")


async def ask(api: FakeTelegram, text: str, user: int = 1, **kw: object) -> str:
    before = len(api.sent(chat_id=kw.get("chat", user)))  # type: ignore[arg-type]
    await api.push(api.message(text, user, **kw))  # type: ignore[arg-type]
    texts = await api.wait_sent(before + 1, chat_id=kw.get("chat", user))  # type: ignore[arg-type]
    return texts[before]


# --------------------------------------------------------------------------- commands


async def test_start_in_the_users_language(api: FakeTelegram, bot: BotApp) -> None:
    de = await ask(api, "/start", user=1, language_code="de")
    assert "Hallo! Ich beantworte Fragen" in de and "9.–11. November 2020" in de
    assert ("Die Business-Mission", f"e:de:{TAG}event") in buttons(api)
    ru = await ask(api, "/start", user=2, language_code="uk")
    assert "Здравствуйте!" in ru and "9–11 ноября 2020" in ru
    assert "Я знаю 58 тем" in ru
    assert ("Бизнес-миссия", f"e:ru:{TAG}event") in buttons(api)


async def test_commands_are_registered_per_language(api: FakeTelegram, bot: BotApp) -> None:
    assert {"default::de", "default::ru", "default::"} <= set(api.commands)
    assert api.commands["default::ru"][0]["description"] == "Приветствие и темы"
    admin_menu = api.commands["chat:42:"]
    assert "reload" in [c["command"] for c in admin_menu]


@pytest.mark.parametrize(
    ("command", "lang", "expected"),
    [
        ("/help", "de", "So nutzen Sie diesen Bot"),
        ("/event", "ru", "С 9 по 11 ноября 2020 года"),
        ("/program", "de", "Montag, 9. November 2020 — Erster Tag"),
        ("/program", "ru", "Понедельник, 9 ноября 2020\u202fг. — Первый день"),
        ("/speakers", "de", "Andrey Krainov — Geschäftsführer des russischen Clusters APM"),
        ("/companies", "de", "Diese 16 Unternehmen aus Russland nennt die Pressemitteilung"),
        ("/companies", "ru", "Пресс-релиз называет 16 российских компаний"),
        ("/organizers", "ru", "Кластер APM"),
        ("/platforms", "de", "IndustryStock — Online-Plattform"),
        ("/search Leipzig", "de", "Z + intec 2021"),
        ("/search", "ru", "Напишите, что искать"),
        ("/help@MissionTestBot", "de", "So nutzen Sie"),
    ],
)
async def test_commands(
    api: FakeTelegram, bot: BotApp, command: str, lang: str, expected: str
) -> None:
    assert expected in await ask(api, command, language_code=lang)


async def test_unknown_command_gets_help(api: FakeTelegram, bot: BotApp) -> None:
    text = await ask(api, "/weather")
    assert "Den Befehl /weather kenne ich nicht" in text


async def test_language_choice_is_stored_and_survives_restart(
    api: FakeTelegram, tmp_path: Path
) -> None:
    settings = make_settings(api, tmp_path)
    async with running_bot(settings):
        await ask(api, "/lang", language_code="de")
        assert [c for _, c in buttons(api)] == ["l:de", "l:ru"]
        await api.push(api.callback("l:ru"))
        await api.wait_sent(2, chat_id=1)
        assert api.texts(1)[-1] == "Готово. Меню теперь на русском языке."
        assert api.sent("answerCallbackQuery")
    async with running_bot(settings):
        assert "Здравствуйте!" in await ask(api, "/start", language_code="de")


# --------------------------------------------------------------------------- questions


async def test_questions_are_answered_in_their_language(api: FakeTelegram, bot: BotApp) -> None:
    de = await ask(api, "Wer war Veranstalter?", language_code="ru")
    assert de.startswith("Organisatoren") and "AMZ" in de
    ru = await ask(api, "Кто такой Андрей Крайнов?", language_code="de")
    assert "генеральный директор российского кластера APM" in ru
    assert ("Кластер APM", f"e:ru:{TAG}org-apm") in buttons(api)


async def test_dont_know_offers_suggestions_and_a_button_answers(
    api: FakeTelegram, bot: BotApp
) -> None:
    text = await ask(api, "Welche Telefonnummer hat Nikitin?")
    assert text.startswith("Dazu habe ich keine Angaben")
    suggested = buttons(api)
    assert 1 <= len(suggested) <= 3 and suggested[0] == (
        "Dr. Sergey Nikitin",
        f"e:de:{TAG}speaker-nikitin",
    )
    await api.push(api.callback(suggested[0][1]))
    texts = await api.wait_sent(2, chat_id=1)
    assert texts[-1].startswith("Dr. Sergey Nikitin\n\nDr. Sergey Nikitin, Leiter")
    assert [c.params["callback_query_id"] for c in api.sent("answerCallbackQuery")]


async def test_stale_button_is_answered_not_crashed(api: FakeTelegram, bot: BotApp) -> None:
    await api.push(api.callback("e:de:no-such-entry"))
    await api.wait_for(lambda a: bool(a.sent("answerCallbackQuery")))
    assert "veraltet" in api.sent("answerCallbackQuery")[0].params["text"]
    await api.push(api.callback("garbage"))
    await api.wait_for(lambda a: len(a.sent("answerCallbackQuery")) == 2)


@pytest.mark.parametrize(
    "text",
    [
        "<b>Wer</b> & <script>alert(1)</script> war Veranstalter?",
        "🙂🙂🙂",
        "   ",
        "مرحبا كيف حالك",
        "שלום Wer war Veranstalter?",
        "Wer\x00 war\x07 Veranstalter\u202e?",
        "x" * 4096,
        "Wer war Veranstalter? " * 180,
    ],
)
async def test_bad_input_gets_a_valid_reply(api: FakeTelegram, bot: BotApp, text: str) -> None:
    await ask(api, text)  # a reply the fake API accepted: valid HTML, not blank, not too long
    assert not [c for c in api.calls if not c.ok and c.method != "getUpdates"]


async def test_a_very_long_unknown_command_is_answered(api: FakeTelegram, bot: BotApp) -> None:
    reply = await ask(api, "/" + "x" * 4095)
    assert reply.startswith("Den Befehl /xxx") and "x…" in reply and len(reply) < 200
    assert "<b" not in await ask(api, "/" + "<b>" * 1365)  # quoted as text, escaped


async def test_markup_in_questions_is_escaped(api: FakeTelegram, bot: BotApp) -> None:
    await ask(api, "/search <b>&amp; Leipzig</b>")
    sent = api.sent()[-1].params["text"]
    assert "&lt;b&gt;&amp;amp; Leipzig&lt;/b&gt;" in sent


async def test_third_language_gets_a_bilingual_note(api: FakeTelegram, bot: BotApp) -> None:
    reply = await ask(api, "今日はいい天気ですね")
    assert "Deutsch und Russisch" in reply and "немецком и русском" in reply


async def test_non_text_messages_get_a_polite_reply(api: FakeTelegram, bot: BotApp) -> None:
    update = api.message(
        None,
        sticker={
            "file_id": "s",
            "file_unique_id": "s",
            "type": "regular",
            "width": 1,
            "height": 1,
            "is_animated": False,
            "is_video": False,
        },
    )
    await api.push(update)
    texts = await api.wait_sent(1, chat_id=1)
    assert texts == ["Ich kann nur Text lesen. Bitte tippen Sie Ihre Frage."]


async def test_edited_messages_are_ignored(api: FakeTelegram, bot: BotApp) -> None:
    edited = api.message("Wer war Veranstalter?")
    await api.push({"edited_message": {**edited["message"], "edit_date": 1}})
    await api.push(api.message("/event"))
    texts = await api.wait_sent(1, chat_id=1)
    await api.wait_polling(2)
    assert len(api.texts(1)) == 1 and texts[0].startswith("Die Business-Mission")


async def test_long_answers_are_split_at_lines(api: FakeTelegram, tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    line = "Fakten & Zahlen & B & C & D & E & F < G > H"
    body = "\n".join(f"        {line} {i}." for i in range(70))
    (knowledge / "long.yaml").write_text(
        "event: {id: e, name: {de: E, ru: Е}, start: 2020-01-01, end: 2020-01-02}\n"
        "entries:\n  - id: long\n    kind: event\n    name: {de: Lang, ru: Длинно}\n"
        f"    answer:\n      de: |-\n{body}\n      ru: Длинный ответ.\n"
        "    questions: {de: [Erzähl alles über Fakten und Zahlen], ru: [Расскажи всё]}\n",
        encoding="utf-8",
    )
    async with running_bot(make_settings(api, tmp_path)):
        await api.push(api.message("Erzähl alles über Fakten und Zahlen"))
        await api.wait_sent(2, chat_id=1)
        await api.wait_polling(2)
    parts = [c.params["text"] for c in api.sent(chat_id=1)]
    assert len(parts) == 2 and all(len(p) <= 4096 for p in parts)
    assert "".join(api.texts(1)).count("Fakten & Zahlen") == 70


# --------------------------------------------------------------------------- groups


async def test_groups_answer_only_when_addressed(api: FakeTelegram, bot: BotApp) -> None:
    group = -100
    await api.push(api.message("Wer war Veranstalter?", user=5, chat=group, chat_type="group"))
    await api.push(api.message("/weather", user=5, chat=group, chat_type="group"))
    await api.push(api.message("/help@OtherBot", user=5, chat=group, chat_type="group"))
    text = await ask(
        api, "@MissionTestBot wer war Veranstalter?", user=5, chat=group, chat_type="supergroup"
    )
    assert "AMZ" in text
    assert len(api.texts(group)) == 1
    reply = await ask(
        api, "Und Nikitin?", user=5, chat=group, chat_type="group", reply_to_bot=True
    )
    assert "HIK" in reply
    assert "So nutzen Sie" in await ask(
        api, "/help@MissionTestBot", user=5, chat=group, chat_type="group"
    )
    assert api.sent(chat_id=group)[0].params.get("reply_parameters")


async def test_a_bare_mention_answers_the_message_it_replies_to(
    api: FakeTelegram, bot: BotApp
) -> None:
    group = -100
    question = api.message("Кто организовал миссию?", user=5, chat=group, chat_type="group")
    await api.push(question)
    mention = api.message(
        "@MissionTestBot", user=6, chat=group, chat_type="group",
        reply_to_message=question["message"],
    )  # fmt: skip
    await api.push(mention)
    texts = await api.wait_sent(1, chat_id=group)
    assert "AMZ" in texts[0] and texts[0].startswith("Организаторы")
    quoted = api.sent(chat_id=group)[0].params["reply_parameters"]
    assert quoted["message_id"] == question["message"]["message_id"]


# --------------------------------------------------------------------------- inline mode


async def test_inline_query_pages_best_first(api: FakeTelegram, bot: BotApp) -> None:
    await api.push(api.inline("Nikitin"))
    await api.wait_for(lambda a: len(a.sent("answerInlineQuery")) == 1)
    call = api.sent("answerInlineQuery")[0].params
    assert call["results"][0]["id"] == f"de:{TAG}speaker-nikitin"
    assert call["results"][0]["title"] == "Dr. Sergey Nikitin"
    assert call["is_personal"] in (True, "true", "True")
    await api.push(api.inline("", language_code="ru"))
    await api.wait_for(lambda a: len(a.sent("answerInlineQuery")) == 2)
    first = api.sent("answerInlineQuery")[1].params
    assert len(first["results"]) == 10 and first["next_offset"] == "10"
    assert first["results"][0]["title"] == "Бизнес-миссия"
    ids = [r["id"] for r in first["results"]]
    offset = first["next_offset"]
    while offset:
        await api.push(api.inline("", offset=offset, language_code="ru"))
        count = len(api.sent("answerInlineQuery")) + 1
        await api.wait_for(lambda a, n=count: len(a.sent("answerInlineQuery")) == n)  # type: ignore[misc]
        page = api.sent("answerInlineQuery")[-1].params
        ids += [r["id"] for r in page["results"]]
        offset = page.get("next_offset")
    assert len(ids) == len(set(ids)) == 58 and all(i.startswith("ru:") for i in ids)


async def test_inline_bad_input(api: FakeTelegram, bot: BotApp) -> None:
    for query in ("x" * 256, "<b>&", "🙂", "Wer war Veranstalter?" * 12):
        await api.push(api.inline(query, offset="nonsense"))
    await api.wait_for(lambda a: len(a.sent("answerInlineQuery")) == 4)
    assert not [c for c in api.calls if not c.ok and c.method != "getUpdates"]


# --------------------------------------------------------------------------- faults


async def test_server_errors_and_timeouts_on_polling_are_survived(
    api: FakeTelegram, bot: BotApp
) -> None:
    await api.wait_polling(1)
    api.fail("getUpdates", Fault(502, "Bad Gateway"), Fault(500, "Internal Server Error"))
    await api.wait_for(lambda a: sum(not c.ok for c in a.calls) >= 2)
    assert "AMZ" in await ask(api, "Wer war Veranstalter?")


async def test_slow_api_is_survived(api: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(make_settings(api, tmp_path), timeouts=1.0):
        api.fail("sendMessage", Fault(200, delay=2.5))
        await api.push(api.message("Wer war Veranstalter?"))
        await api.wait_for(lambda a: any(c.method == "sendMessage" for c in a.calls))
        assert "AMZ" in await ask(api, "Wer war Veranstalter?")


async def test_send_failures_do_not_stop_the_bot(api: FakeTelegram, bot: BotApp) -> None:
    api.fail("sendMessage", Fault(500, "Internal Server Error"))
    await api.push(api.message("Wer war Veranstalter?"))
    await api.wait_for(lambda a: any(not c.ok and c.method == "sendMessage" for c in a.calls))
    api.fail("sendMessage", Fault(403, "Forbidden: bot was blocked by the user"))
    await api.push(api.message("Wer war Veranstalter?", user=7))
    await api.wait_for(lambda a: sum(not c.ok and c.method == "sendMessage" for c in a.calls) == 2)
    api.fail("sendMessage", Fault(400, "Bad Request: chat not found"))
    await api.push(api.message("Wer war Veranstalter?", user=8))
    await api.wait_for(lambda a: sum(not c.ok and c.method == "sendMessage" for c in a.calls) == 3)
    assert "AMZ" in await ask(api, "Wer war Veranstalter?", user=9)


async def test_server_errors_on_answers_are_retried(api: FakeTelegram, bot: BotApp) -> None:
    api.fail("sendMessage", Fault(500, "Internal Server Error"), Fault(502, "Bad Gateway"))
    assert "AMZ" in await ask(api, "Wer war Veranstalter?")
    assert sum(not c.ok and c.method == "sendMessage" for c in api.calls) == 2
    api.fail("answerCallbackQuery", Fault(503, "Service Unavailable"))
    await api.push(api.callback("e:de:speaker-nikitin"))
    await api.wait_for(lambda a: bool(a.sent("answerCallbackQuery")))
    assert (await api.wait_sent(2, chat_id=1))[-1].startswith("Dr. Sergey Nikitin")


async def test_server_errors_are_retried_a_bounded_number_of_times(
    api: FakeTelegram, bot: BotApp
) -> None:
    api.fail("sendMessage", *[Fault(500, "Internal Server Error")] * 5)
    await api.push(api.message("Wer war Veranstalter?"))
    await api.wait_for(lambda a: sum(not c.ok for c in a.calls) == 4)
    # Four attempts for the first answer; the last fault falls to the next one.
    assert "AMZ" in await ask(api, "Wer war Veranstalter?", user=2)
    failed = [int(c.params["chat_id"]) for c in api.calls if not c.ok]
    assert failed == [1, 1, 1, 1, 2] and not api.sent(chat_id=1)


async def test_flood_limit_on_a_button_answer_waits(api: FakeTelegram, bot: BotApp) -> None:
    api.fail("answerCallbackQuery", Fault(429, "Too Many Requests: retry after 1", retry_after=1))
    await api.push(api.callback("e:de:speaker-nikitin"))
    await api.wait_for(lambda a: bool(a.sent("answerCallbackQuery")))
    refused = next(c for c in api.calls if c.method == "answerCallbackQuery" and not c.ok)
    assert api.sent("answerCallbackQuery")[0].at - refused.at >= 1.0


async def test_flood_limit_is_retried_after_the_wait(api: FakeTelegram, bot: BotApp) -> None:
    api.fail("sendMessage", Fault(429, "Too Many Requests: retry after 1", retry_after=1))
    text = await ask(api, "Wer war Veranstalter?")
    assert "AMZ" in text
    failed = [c for c in api.calls if c.method == "sendMessage" and not c.ok]
    assert len(failed) == 1 and len(api.sent(chat_id=1)) == 1


async def test_an_update_delivered_twice_is_answered_once(api: FakeTelegram, bot: BotApp) -> None:
    update_id = await api.push(api.message("Wer war Veranstalter?"))
    await api.wait_sent(1, chat_id=1)
    await api.push_again(update_id)
    await api.push(api.message("/event"))
    await api.wait_sent(2, chat_id=1)
    await api.wait_polling(2)
    assert len(api.texts(1)) == 2
