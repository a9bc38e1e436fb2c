"""``mission-bot run`` as a process when Telegram, the network or the host misbehave."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from bot.settings import Settings
from bot.webhook import webhook_secret
from tests.support.fake_api import TOKEN, FakeTelegram, Fault
from tests.support.paths import ROOT
from tests.support.process import bot_env, run, start_bot

OTHER_TOKEN = "654321:ANOTHER-token-for-the-fake-api_98765"
CONFLICT = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"  # noqa: E501


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def never_shows_secrets(log: str, *secrets: str) -> None:
    for secret in (TOKEN, TOKEN.split(":")[1], *secrets):
        assert secret not in log


# --------------------------------------------------------------------------- the token


async def test_a_rejected_token_is_one_line_and_exit_code_2(tmp_path: Path) -> None:
    async with FakeTelegram(token=OTHER_TOKEN) as api:
        out = await start_bot(bot_env(api, tmp_path, LOG_LEVEL="INFO"))
        code = await asyncio.wait_for(out.proc.wait(), 60)
        await out.finish()
    assert code == 2, out.text
    assert len(out.lines) == 1, out.text
    assert "not valid" in out.text and "@BotFather" in out.text
    never_shows_secrets(out.text)


async def test_a_rejected_token_leaves_no_trace_in_the_debug_log(tmp_path: Path) -> None:
    async with FakeTelegram(token=OTHER_TOKEN) as api:
        out = await start_bot(bot_env(api, tmp_path))
        code = await asyncio.wait_for(out.proc.wait(), 60)
        await out.finish()
    assert code == 2, out.text
    assert "Traceback" not in out.text and "@BotFather" in out.text
    never_shows_secrets(out.text)


@pytest.mark.parametrize("how", ["revoked", "refused once"])
async def test_a_token_revoked_while_running_ends_the_process(tmp_path: Path, how: str) -> None:
    async with FakeTelegram() as api:
        out = await start_bot(bot_env(api, tmp_path, LOG_LEVEL="INFO"))
        await api.wait_polling(2, timeout=60)
        if how == "revoked":
            api.token = OTHER_TOKEN  # every call with the old token now gets 401
        else:
            api.fail("getUpdates", Fault(401, "Unauthorized"))
        code = await asyncio.wait_for(out.proc.wait(), 30)
        await out.finish()
    assert code == 2, out.text
    assert out.count("@BotFather") == 1 and "Traceback" not in out.text, out.text
    never_shows_secrets(out.text)


def test_uncaught_errors_pass_the_redacting_formatter() -> None:
    program = (
        "import os, threading\n"
        "from bot.logs import setup_logging\n"
        "from bot.settings import Settings\n"
        "setup_logging(Settings.from_env())\n"
        "token = os.environ['TELEGRAM_BOT_TOKEN']\n"
        "thread = threading.Thread(target=lambda: 1 / 0 if token else None)\n"
        "thread.start(); thread.join()\n"
        "raise RuntimeError(f'The token `{token}` was rejected by the server.')\n"
    )
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_SECRET": "my-webhook-secret"}
    out = subprocess.run(
        [sys.executable, "-c", program], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert out.returncode == 1
    assert "RuntimeError: The token `<redacted>` was rejected" in out.stderr, out.stderr
    assert "ZeroDivisionError" in out.stderr
    never_shows_secrets(out.stderr, "my-webhook-secret")


# --------------------------------------------------------------------------- webhook


async def test_webhook_secret_is_kept_out_of_the_debug_log(tmp_path: Path) -> None:
    derived = webhook_secret(Settings(token=TOKEN))
    async with FakeTelegram() as api:
        env = bot_env(api, tmp_path, PORT=str(free_port()), WEBHOOK_URL="https://bot.example.org")
        out = await start_bot(env, "--webhook")
        await api.wait_for(lambda a: bool(a.webhook), timeout=60)
        await out.wait_line("Application started")
        assert api.webhook["secret_token"] == derived
        assert await out.finish() == 0
    assert "setWebhook" in out.text  # the call is in the log, its secret is not
    never_shows_secrets(out.text, derived)


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


async def test_webhook_refuses_strangers_before_reading_their_bodies(tmp_path: Path) -> None:
    port = free_port()
    async with FakeTelegram() as api:
        env = bot_env(
            api, tmp_path, PORT=str(port), LISTEN="127.0.0.2", LOG_LEVEL="INFO",
            WEBHOOK_URL="https://bot.example.org/hook/", WEBHOOK_SECRET="the-webhook-secret",
        )  # fmt: skip
        out = await start_bot(env, "--webhook")
        try:
            await api.wait_for(lambda a: bool(a.webhook), timeout=60)
            await out.wait_line("Application started")
            url = api.webhook["url"]
            path = url.removeprefix("https://bot.example.org/hook")
            # The default path is derived from the secret, and tells nothing about it.
            assert path.startswith("/") and len(path) > 16 and "the-webhook-secret" not in path
            local = f"http://127.0.0.2:{port}{path}"
            update = api.message("Wer war Veranstalter?", user=77)
            secret = {"X-Telegram-Bot-Api-Secret-Token": "the-webhook-secret"}
            async with httpx.AsyncClient(timeout=30) as client:
                with pytest.raises(httpx.ConnectError):  # LISTEN is 127.0.0.2 only
                    await client.post(f"http://127.0.0.1:{port}{path}", json=update)
                wrong_path = await client.post(f"http://127.0.0.2:{port}/telegram", json=update)
                assert wrong_path.status_code == 404
                # Headers alone get the answer: the secret is checked before any body.
                reader, writer = await asyncio.open_connection("127.0.0.2", port)
                head = f"POST {path} HTTP/1.1\r\nHost: bot\r\nContent-Length: {2**30}\r\n\r\n"
                writer.write(head.encode())
                assert (await asyncio.wait_for(reader.readline(), 10)).startswith(b"HTTP/1.1 403")
                writer.close()
                before = rss_kib(out.proc.pid)
                junk = b"[" * (64 * 2**20)
                for _ in range(4):
                    refused = await client.post(
                        local, content=junk, headers={"Content-Type": "application/json"}
                    )
                    assert refused.status_code == 403
                grown = rss_kib(out.proc.pid) - before
                assert grown < 32 * 1024, f"memory grew by {grown} KiB"
                too_big = await client.post(local, content=junk, headers=secret)
                assert too_big.status_code == 413
                assert rss_kib(out.proc.pid) - before < 32 * 1024
                assert (await client.get(local, headers=secret)).status_code == 405
                bad = await client.post(local, content=b"{not json", headers=secret)
                assert bad.status_code == 400
                ok = await client.post(local, json={"update_id": 1, **update}, headers=secret)
                assert ok.status_code == 200
            assert "AMZ" in (await api.wait_sent(1, chat_id=77, timeout=30))[0]
        finally:
            code = await out.finish()
    assert code == 0, out.text
    assert "Traceback" not in out.text
    never_shows_secrets(out.text, "the-webhook-secret")


async def test_webhook_port_in_use_is_one_clear_error(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        async with FakeTelegram() as api:
            env = bot_env(
                api, tmp_path, PORT=str(port), LISTEN="127.0.0.1", LOG_LEVEL="INFO",
                WEBHOOK_URL="https://bot.example.org",
            )  # fmt: skip
            out = await start_bot(env, "--webhook")
            code = await asyncio.wait_for(out.proc.wait(), 60)
            await out.finish()
    assert code == 2, out.text
    assert out.count(f"cannot listen on 127.0.0.1:{port}") == 1 and "Traceback" not in out.text


def test_webhook_settings_are_checked(clean_environ: None) -> None:
    out = run(
        "run",
        "--webhook",
        env={"TELEGRAM_BOT_TOKEN": TOKEN, "LISTEN": "every where", "WEBHOOK_PATH": "a b"},
    )
    assert out.returncode == 2
    assert "LISTEN" in out.stderr and "WEBHOOK_PATH" in out.stderr


def test_listen_and_webhook_path_defaults() -> None:
    from bot import webhook

    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN})
    assert settings.listen == "0.0.0.0" and settings.webhook_path is None
    derived = webhook.path(settings)
    assert derived == webhook.path(Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN}))
    assert derived != webhook.path(Settings(token=TOKEN, webhook_secret="another"))
    chosen = Settings.from_env({"WEBHOOK_PATH": "hooks/v1.telegram/", "LISTEN": "::1"})
    assert webhook.path(chosen) == "/hooks/v1.telegram" and chosen.listen == "::1"


# --------------------------------------------------------------------------- polling


async def test_a_second_copy_is_reported_once(tmp_path: Path) -> None:
    async with FakeTelegram() as api:
        out = await start_bot(bot_env(api, tmp_path))
        try:
            await api.wait_polling(1, timeout=60)
            api.fail("getUpdates", *[Fault(409, CONFLICT) for _ in range(3)])
            await api.wait_for(lambda a: not a.faults["getUpdates"], timeout=60)
            await api.push(api.message("Wer war Veranstalter?", user=5))
            assert "AMZ" in (await api.wait_sent(1, chat_id=5, timeout=30))[0]
            admin = api.texts(42)
            assert len(admin) == 1 and "Eine zweite Kopie dieses Bots" in admin[0]
        finally:
            code = await out.finish()
    assert code == 0, out.text
    assert out.count("another copy of this bot") == 1, out.text
    assert "Traceback" not in out.text


async def test_start_without_telegram_retries_in_one_line_each(tmp_path: Path) -> None:
    port = free_port()
    env = bot_env(FakeTelegram(port=port), tmp_path, LOG_LEVEL="INFO")
    out = await start_bot(env)
    try:
        await out.wait_line(f"cannot reach Telegram at http://127.0.0.1:{port}/bot", times=2)
        first, second = out.lines
        assert f"cannot reach Telegram at http://127.0.0.1:{port}/bot; retrying in 1 s" in first
        assert "; retrying in 2 s" in second
        assert "Traceback" not in out.text
        async with FakeTelegram(port=port) as api:
            await api.wait_polling(1, timeout=60)
            await api.push(api.message("Wer war Veranstalter?"))
            assert "AMZ" in (await api.wait_sent(1, chat_id=1, timeout=30))[0]
            code = await out.finish()
    finally:
        if out.proc.returncode is None:
            out.proc.kill()
    assert code == 0, out.text
    assert "Traceback" not in out.text


async def test_stop_while_telegram_is_unreachable(tmp_path: Path) -> None:
    port = free_port()
    out = await start_bot(bot_env(FakeTelegram(port=port), tmp_path, LOG_LEVEL="INFO"))
    await out.wait_line("cannot reach Telegram")
    assert await out.finish(timeout=10) == 0
    assert "Traceback" not in out.text


# --------------------------------------------------------------------------- data folder


@pytest.mark.parametrize("command", ["run", "unanswered"])
def test_an_unusable_data_folder_is_one_clear_error(
    clean_environ: None, tmp_path: Path, command: str
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_DATA_DIR": str(blocker / "data")}
    out = run(command, env=env)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "BOT_DATA_DIR" in out.stderr, out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("command", ["run", "unanswered"])
def test_a_read_only_data_folder_is_one_clear_error(
    clean_environ: None, tmp_path: Path, command: str
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        out = run(command, env={"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_DATA_DIR": str(folder)})
    finally:
        folder.chmod(0o700)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "BOT_DATA_DIR" in out.stderr, out.stderr
