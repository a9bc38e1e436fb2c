"""``mission-bot run`` as a real process against the fake Bot API."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from tests.support.fake_api import TOKEN, FakeTelegram, Fault
from tests.support.process import bot_env, bot_process, run


async def test_run_answers_and_never_logs_the_token(tmp_path: Path) -> None:
    async with FakeTelegram() as api:
        proc = await bot_process(bot_env(api, tmp_path))
        try:
            await api.wait_polling(1, timeout=60)
            await api.push(api.message("/start", language_code="ru"))
            await api.push(api.message("Wer war Veranstalter?", user=2))
            texts = await api.wait_sent(1, chat_id=1, timeout=30)
            assert texts[0].startswith("Здравствуйте!")
            assert "AMZ" in (await api.wait_sent(1, chat_id=2, timeout=30))[0]
            # Faults are logged with tracebacks; the token must not be in them either.
            api.fail("sendMessage", Fault(400, "Bad Request: chat not found"))
            await api.push(api.message("Nikitin", user=3))
            await api.wait_for(
                lambda a: any(not c.ok for c in a.calls if c.method == "sendMessage")
            )
            await api.push(api.message("Nikitin", user=4))
            await api.wait_sent(1, chat_id=4, timeout=30)
        finally:
            proc.send_signal(signal.SIGTERM)
            out, err = await asyncio.wait_for(proc.communicate(), 60)
    log = out.decode() + err.decode()
    assert proc.returncode == 0, log
    assert "Chat not found" in log and "Traceback" in log
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
    assert "Mission Bot starts with 58 knowledge entries" in log


def test_run_without_token_explains_how_to_get_one(clean_environ: None) -> None:
    out = run("run")
    assert out.returncode == 2
    assert "@BotFather" in out.stderr and "mission-bot chat" in out.stderr


def test_bad_settings_are_named(clean_environ: None) -> None:
    out = run(
        "run",
        env={"TELEGRAM_BOT_TOKEN": "not-a-token", "LOG_LEVEL": "LOUD", "BOT_ADMIN_IDS": "12,abc"},
    )
    assert out.returncode == 2
    for name in ("TELEGRAM_BOT_TOKEN", "LOG_LEVEL", "BOT_ADMIN_IDS"):
        assert name in out.stderr
    assert "not-a-token" not in out.stderr


async def test_webhook_mode_needs_the_secret(tmp_path: Path) -> None:
    import socket

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    seen: list[str] = []
    async with FakeTelegram() as api:
        env = bot_env(
            api,
            tmp_path,
            PORT=str(port),
            WEBHOOK_URL="https://bot.example.org/",
            WEBHOOK_SECRET="s3cret-value",
            WEBHOOK_PATH="telegram",
        )
        proc = await bot_process(env, "--webhook")
        try:
            await api.wait_for(lambda a: bool(a.webhook), timeout=60)
            assert api.webhook["url"] == "https://bot.example.org/telegram"
            assert api.webhook["secret_token"] == "s3cret-value"
            update = {"update_id": 1, **api.message("Wer war Veranstalter?", user=77)}
            url = f"http://127.0.0.1:{port}/telegram"
            assert proc.stderr is not None
            while not any("Webhook Server started" in line for line in seen):
                line = await asyncio.wait_for(proc.stderr.readline(), 60)
                assert line, "the bot exited: " + "".join(seen)
                seen.append(line.decode())
            async with httpx.AsyncClient() as client:
                denied = await client.post(url, json=update)
                assert denied.status_code == 403
                wrong = await client.post(
                    url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "nope"}
                )
                assert wrong.status_code == 403
                assert not api.sent(chat_id=77)
                ok = await client.post(
                    url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-value"}
                )
                assert ok.status_code == 200
            assert "AMZ" in (await api.wait_sent(1, chat_id=77, timeout=30))[0]
        finally:
            proc.send_signal(signal.SIGTERM)
            out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    assert TOKEN not in out.decode() + err.decode() + "".join(seen)
