"""One busy chat must not delay the others: ``mission-bot run`` against Telegram's limits."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from bot.pacing import FairProcessor
from bot.storage import Storage
from tests.support.builders import private_message
from tests.support.fake_api import FakeTelegram
from tests.support.process import bot_env, bot_process

FLOODER = 900
GROUP = -500


def too_many(api: FakeTelegram) -> list[str]:
    return [
        f"{c.params.get('chat_id')} at {c.at:.3f}: {c.error}"
        for c in api.calls
        if not c.ok and "Too Many" in str(c.error)
    ]


async def test_a_quiet_chat_is_answered_while_others_flood(tmp_path: Path) -> None:
    async with FakeTelegram(flood_limits=True) as api:
        proc = await bot_process(bot_env(api, tmp_path, LOG_LEVEL="WARNING"))
        try:
            await api.wait_polling(1, timeout=60)
            for i in range(250):
                await api.push(api.message(f"Wer ist Nikitin? {i}", user=FLOODER))
            for i in range(40):
                await api.push(
                    api.message(
                        "@MissionTestBot Wer ist Nikitin?", user=800 + i, chat=GROUP,
                        chat_type="group",
                    )
                )  # fmt: skip
            # Flood limits hold the flooding chats back now.
            await api.wait_for(lambda a: len(a.sent(chat_id=FLOODER)) >= 3, timeout=30)
            await api.wait_for(lambda a: len(a.sent(chat_id=GROUP)) >= 3, timeout=30)
            for user in range(1, 6):
                before = {chat: len(api.sent(chat_id=chat)) for chat in (FLOODER, GROUP)}
                await api.push(api.message("Wann war die Mission?", user=user))
                await api.wait_sent(1, chat_id=user, timeout=30)
                ahead = {chat: len(api.sent(chat_id=chat)) - n for chat, n in before.items()}
                # Served in arrival order, the question would wait for the hundreds of flood
                # updates that came before it, one answer a second per chat; served in turn,
                # it overtakes them but for the answer or two each chat is sending meanwhile.
                assert max(ahead.values()) <= 2, ahead
            # The flooding chats wait their turns, one message a second each: the bot keeps to
            # the limits instead of running into them.
            assert too_many(api) == []
            flood = [c.result["text"] for c in api.sent(chat_id=FLOODER)]
            assert all("Nikitin" in text for text in flood), flood[:3]
        finally:
            proc.send_signal(signal.SIGTERM)
            # Stopping does not wait for the backlog (minutes at one message a second).
            _, err = await asyncio.wait_for(proc.communicate(), 20)
    log = err.decode()
    assert proc.returncode == 0 and "Traceback" not in log, log
    assert "updates waiting for their turn dropped" in log


async def test_chats_take_turns_one_update_each(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "db.sqlite3")
    processor = FairProcessor(2, storage)
    order: list[str] = []
    gate = asyncio.Event()

    async def handle(name: str) -> None:
        order.append(name)
        await gate.wait()

    tasks = []
    for i, chat in enumerate([1, 1, 1, 2, 2, 3], start=1):
        tasks.append(
            asyncio.create_task(
                processor.process_update(private_message(i, chat), handle(f"{chat}.{i}"))
            )
        )
        await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert order == ["1.1", "2.4"]  # one per chat, two slots
    gate.set()
    await asyncio.gather(*tasks)
    assert order == ["1.1", "2.4", "3.6", "1.2", "2.5", "1.3"]
    storage.close()
