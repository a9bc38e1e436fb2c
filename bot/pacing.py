"""Fair turns for chats, and messages paced to Telegram's flood limits.

Telegram takes about one message a second per chat, 20 a minute per group and 30 a second
in all; beyond that it answers 429 and the bot must wait. The pacing keeps to one a second
per chat although short bursts often pass: "often" is not a promise. Two parts
keep one busy chat from delaying everyone else:

- :class:`FairProcessor` runs at most ``limit`` updates at a time, at most one per chat (so
  a chat's answers keep their order), taking chats in turn: an update of a quiet chat
  goes before the backlog of a chat that floods the bot.
- :class:`Pacer` sends each message when the chat's limit allows. While a handler waits for
  that (or for the time a 429 names), it gives its slot to another chat.

Stopping does not wait for a chat's backlog (minutes, when someone sent hundreds of
messages): :class:`PacedApplication` drops the updates still waiting for their turn and the
messages still waiting for a flood limit, and logs how many.
"""

from __future__ import annotations

import asyncio
import contextvars
import datetime as dt
import inspect
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Hashable
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application, BaseRateLimiter, BaseUpdateProcessor

from .storage import Storage

log = logging.getLogger(__name__)

JSONDict = dict[str, Any]

# Telegram's limits as (messages, seconds) in any window of that length; the margin covers
# the way from here to Telegram, which can make two messages arrive closer than they left.
CHAT_LIMIT = (1, 1.0)
GROUP_LIMIT = (20, 60.0)  # in addition to CHAT_LIMIT
OVERALL_LIMIT = (30, 1.0)
MARGIN = 0.1
MAX_RETRIES = 3
# Methods that post into a chat and count towards its limit.
POSTING = frozenset(
    {
        "sendMessage", "sendDocument", "sendPhoto", "sendAudio", "sendVideo", "sendVoice",
        "sendAnimation", "sendSticker", "sendLocation", "sendContact", "sendPoll",
        "sendMediaGroup", "copyMessage", "forwardMessage",
    }
)  # fmt: skip


class Stopping(TimedOut):
    """A message given up because the bot stops while it waits for a flood limit."""


# --------------------------------------------------------------------------- turns


@dataclass(eq=False)
class _Turn:
    """An update's claim on one of the processor's slots."""

    processor: FairProcessor
    lent: bool = False

    def lend(self) -> None:
        """Give the slot to another chat while this update only waits (once)."""
        if not self.lent:
            self.lent = True
            self.processor._free_slot()


_turn: contextvars.ContextVar[_Turn | None] = contextvars.ContextVar("turn", default=None)


def lend_slot() -> None:
    """Called while waiting for Telegram: the current update's slot may serve another chat."""
    turn = _turn.get()
    if turn is not None:
        turn.lend()


def _chat_of(update: object) -> Hashable | None:
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:  # inline queries
        return ("user", update.effective_user.id)
    return None


@dataclass
class _Chat:
    """A chat's updates waiting for their turn; ``busy`` while one of them runs."""

    waiting: deque[asyncio.Future[bool]] = field(default_factory=deque)
    busy: bool = False


class FairProcessor(BaseUpdateProcessor):
    """Processes up to ``limit`` updates at once, one per chat, chats taking turns.

    Each update id is processed only once: Telegram delivers an update again when the
    confirmation of the previous poll was lost (say, the process died after answering).
    The seen ids are in the database, so this holds across restarts.
    """

    def __init__(self, limit: int, storage: Storage) -> None:
        # PTB's own semaphore must not queue updates in arrival order: the turns here do.
        super().__init__(2**30)
        self.limit = limit
        self.storage = storage
        self._free = limit
        self._chats: dict[Hashable, _Chat] = {}
        self._ready: deque[Hashable] = deque()  # chats with a waiting update, none running
        self._stopping = False

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        if isinstance(update, Update) and not self.storage.first_time(update.update_id):
            log.info("update %s was handled before; dropped", update.update_id)
            if inspect.iscoroutine(coroutine):
                coroutine.close()
            return
        key = _chat_of(update)
        if key is None:
            key = object()  # an update of no chat waits only for a slot
        try:
            turn_came = await self._enter(key)
        except BaseException:
            if inspect.iscoroutine(coroutine):
                coroutine.close()
            raise
        if not turn_came:
            if inspect.iscoroutine(coroutine):
                coroutine.close()
            return
        turn = _Turn(self)
        token = _turn.set(turn)
        try:
            await coroutine
        finally:
            _turn.reset(token)
            self._leave(key, turn)

    async def _enter(self, key: Hashable) -> bool:
        """Wait for the update's turn; False if it was dropped because the bot stops."""
        chat = self._chats.get(key)
        if chat is None:
            chat = self._chats[key] = _Chat()
        if self._free > 0 and not chat.busy and not chat.waiting:
            self._free -= 1
            chat.busy = True
            return True
        if self._stopping:
            log.warning("the bot is stopping; an update waiting for its turn was dropped")
            return False
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        chat.waiting.append(future)
        if not chat.busy and len(chat.waiting) == 1:
            self._ready.append(key)  # a chat is in line once, while none of its updates runs
        try:
            return await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled() and future.result():
                self._leave(key, _Turn(self))  # its turn had come: pass it on
            elif future in chat.waiting:
                chat.waiting.remove(future)
            raise

    def drop_waiting(self) -> None:
        """Stop: updates waiting for their turn are dropped, and so are later ones."""
        self._stopping = True
        dropped = 0
        for key, chat in list(self._chats.items()):
            while chat.waiting:
                chat.waiting.popleft().set_result(False)
                dropped += 1
            if not chat.busy:
                del self._chats[key]
        self._ready.clear()
        if dropped:
            log.warning("the bot is stopping; %d updates waiting for their turn dropped", dropped)

    def _leave(self, key: Hashable, turn: _Turn) -> None:
        chat = self._chats[key]
        chat.busy = False
        if chat.waiting:
            self._ready.append(key)  # to the back: the other chats come first
        else:
            del self._chats[key]
        if not turn.lent:
            self._free_slot()
        else:
            self._dispatch()

    def _free_slot(self) -> None:
        self._free += 1
        self._dispatch()

    def _dispatch(self) -> None:
        while self._free > 0 and self._ready:
            key = self._ready.popleft()
            chat = self._chats[key]
            if chat.busy or not chat.waiting:  # its waiting update was cancelled
                if not chat.busy:
                    del self._chats[key]
                continue
            future = chat.waiting.popleft()
            self._free -= 1
            chat.busy = True
            future.set_result(True)


# --------------------------------------------------------------------------- pacing


class _Window:
    """At most ``count`` events in any ``seconds``: when the next one may happen."""

    __slots__ = ("count", "seconds", "times")

    def __init__(self, count: int, seconds: float) -> None:
        self.count = count
        self.seconds = seconds + MARGIN
        self.times: deque[float] = deque()

    def earliest(self, now: float) -> float:
        """The earliest moment from ``now`` on that another event may happen."""
        times = self.times
        while times and times[0] <= now - self.seconds:
            times.popleft()
        return now if len(times) < self.count else max(now, times[-self.count] + self.seconds)

    def book(self, at: float) -> None:
        """Note an event at ``at`` (no earlier than :meth:`earliest` said)."""
        self.times.append(at)
        if len(self.times) > self.count:
            self.times.popleft()

    def reserve(self, now: float) -> float:
        """Book the earliest moment from ``now`` on; return it."""
        at = self.earliest(now)
        self.book(at)
        return at

    def idle(self, now: float) -> bool:
        return not self.times or self.times[-1] <= now - self.seconds


def _wake(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def _seconds(retry_after: dt.timedelta | float) -> float:
    if isinstance(retry_after, dt.timedelta):
        return retry_after.total_seconds()
    return float(retry_after)


# Methods that carry answers: a passing server failure on them is retried.
RETRIED_METHODS = frozenset({"sendMessage", "answerCallbackQuery", "answerInlineQuery"})
SEND_RETRIES = 3
SEND_RETRY_DELAY = 0.5  # seconds before the first retry; doubled for each next one


class Pacer(BaseRateLimiter[int]):
    """Sends each message when its chat's flood limit and the overall one allow it.

    Messages to one chat are booked in the order they are asked for. On a 429 the request
    is made again after the time Telegram names, up to ``max_retries`` times.
    """

    def __init__(
        self,
        chat: tuple[int, float] = CHAT_LIMIT,
        group: tuple[int, float] = GROUP_LIMIT,
        overall: tuple[int, float] = OVERALL_LIMIT,
        max_retries: int = MAX_RETRIES,
    ) -> None:
        self.chat = chat
        self.group = group
        self.overall = _Window(*overall)
        self.max_retries = max_retries
        self._chats: dict[int | str, tuple[_Window, ...]] = {}
        self._pruned = time.monotonic()
        self._sleeping: set[asyncio.Future[None]] = set()
        self._stopping = False

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def _sleep(self, seconds: float) -> None:
        """Wait; raise TimedOut (the message is not sent) when the bot stops meanwhile."""
        if not self._stopping:
            loop = asyncio.get_running_loop()
            future: asyncio.Future[None] = loop.create_future()
            handle = loop.call_later(seconds, _wake, future)
            self._sleeping.add(future)
            try:
                await future
            finally:
                handle.cancel()
                self._sleeping.discard(future)
        if self._stopping:
            raise Stopping("the bot is stopping; a message waiting for a flood limit is dropped")

    def stop_waiting(self) -> None:
        """Stop: messages waiting for a flood limit are given up, and so are later ones."""
        self._stopping = True
        for future in self._sleeping:
            _wake(future)

    def _chat_turn(self, chat_id: int | str, now: float) -> float:
        """Book the earliest moment the chat's limits allow a message; return it."""
        if now - self._pruned > 60:  # forget chats that have been quiet for a while
            self._pruned = now
            self._chats = {
                k: ws for k, ws in self._chats.items() if not all(w.idle(now) for w in ws)
            }
        windows = self._chats.get(chat_id)
        if windows is None:
            is_group = isinstance(chat_id, str) or chat_id < 0
            windows = (_Window(*self.chat),) + ((_Window(*self.group),) if is_group else ())
            self._chats[chat_id] = windows
        at = max(window.earliest(now) for window in windows)
        for window in windows:
            window.book(at)
        return at

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        chat_id = data.get("chat_id")
        posting = endpoint in POSTING and isinstance(chat_id, int | str)
        loop = asyncio.get_running_loop()
        retries = rate_limit_args or self.max_retries
        floods = failures = 0
        while True:
            if posting:
                now = loop.time()
                at = self._chat_turn(chat_id, now)  # type: ignore[arg-type]
                if at > now:
                    lend_slot()  # waiting for this chat's turn: another chat may go first
                    await self._sleep(at - now)
            if endpoint in POSTING or endpoint.startswith("edit"):
                now = loop.time()
                at = self.overall.reserve(now)
                if at > now:
                    await self._sleep(at - now)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if floods == retries:
                    raise
                floods += 1
                wait = _seconds(exc.retry_after) + 0.1
                log.info("flood limit hit (%s); trying again in %.1f s", endpoint, wait)
            except (BadRequest, TimedOut):  # PTB counts both as network errors
                raise
            except NetworkError as exc:
                # A passing server failure (5xx) or a failed connection: answers are tried
                # again after growing pauses. A timeout is not: the answer may have arrived.
                if endpoint not in RETRIED_METHODS or failures == SEND_RETRIES:
                    raise
                failures += 1
                wait = SEND_RETRY_DELAY * 2 ** (failures - 1)
                log.warning(
                    "%s failed (%s); retry %d of %d in %.1f s",
                    endpoint, exc, failures, SEND_RETRIES, wait,
                )  # fmt: skip
            lend_slot()
            await self._sleep(wait)


class PacedApplication(Application[Any, Any, Any, Any, Any, Any]):
    """The application; stopping it does not wait for chats' backlogs (see above)."""

    async def stop(self) -> None:
        processor = self.update_processor
        if isinstance(processor, FairProcessor):
            processor.drop_waiting()
        limiter = self.bot.rate_limiter
        if isinstance(limiter, Pacer):
            limiter.stop_waiting()
        await super().stop()
