"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests and benchmarks.

It speaks the Bot API's HTTP protocol for the methods the bot uses and enforces the rules
Telegram enforces, so a malformed request fails here the way Telegram would reject it:
HTML parse mode (see ``tests.support.html``), 4096-character messages, 64-byte
callback data, inline result limits, command names. Updates are queued by the test and
served by ``getUpdates`` with long polling; every call is recorded and can be awaited.
Faults (HTTP 5xx, 429 with ``retry_after``, 400, 401, 403, 409, slow answers) can be planned
per method; changing ``token`` makes every later call answer 401, as a revoked token does. A
fixed ``port`` lets a test start the server where a bot is already trying to connect.
With ``flood_limits`` it answers 429 as Telegram does when a bot posts too fast: more than
one message a second to a chat, 20 a minute to a group or 30 a second in all.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import math
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.support.html import BadRequest, parse_html, utf16_len

TOKEN = "123456789:TEST-token-for-the-fake-api_0123456789"
BOT_USER = {
    "id": 1000,
    "is_bot": True,
    "first_name": "Mission Bot",
    "username": "MissionTestBot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
JSON_FIELDS = {
    "reply_markup",
    "results",
    "commands",
    "scope",
    "entities",
    "allowed_updates",
    "link_preview_options",
    "reply_parameters",
    "button",
}
# (messages, seconds): at most that many in any window of that length.
CHAT_LIMIT = (1, 1.0)
GROUP_LIMIT = (20, 60.0)  # in addition to CHAT_LIMIT
OVERALL_LIMIT = (30, 1.0)
POSTING = {"sendMessage", "sendDocument"}


@dataclass
class Fault:
    """A planned failure of one call."""

    status: int = 500
    description: str = "Internal Server Error"
    retry_after: int | None = None
    delay: float = 0.0  # seconds to wait before answering (a slow or hanging API)


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    ok: bool
    result: Any = None
    error: str | None = None
    at: float = field(default_factory=time.monotonic)


class FakeTelegram:
    """The server; use as ``async with FakeTelegram() as api:``."""

    def __init__(
        self,
        token: str = TOKEN,
        max_poll_wait: float = 1.0,
        first_update_id: int = 1,
        port: int = 0,
        *,
        flood_limits: bool = False,
    ) -> None:
        self.token = token  # requests with another token get 401, as a revoked one does
        self.flood_limits = flood_limits
        self._posted: dict[object, deque[float]] = {}
        self.max_poll_wait = max_poll_wait
        self.calls: list[Call] = []
        self.faults: dict[str, list[Fault]] = {}
        self.files: dict[str, bytes] = {}
        self.webhook: dict[str, Any] = {}
        self.commands: dict[str, list[dict[str, str]]] = {}
        # setMyDescription / setMyShortDescription, by language code ("" for the default).
        self.descriptions: dict[str, str] = {}
        self.short_descriptions: dict[str, str] = {}
        self._updates: list[dict[str, Any]] = []
        self._delivered_log: list[dict[str, Any]] = []
        self._update_ids = itertools.count(first_update_id)
        self._message_ids = itertools.count(1)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = port

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> FakeTelegram:
        app = web.Application(client_max_size=60 * 2**20)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.*}", self._file)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def __aexit__(self, *exc: object) -> None:
        async with self._changed:
            self._changed.notify_all()
        if self._runner:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # ------------------------------------------------------------------ test side

    def fail(self, method: str, *faults: Fault) -> None:
        """Plan failures: the next calls of ``method`` get these answers, in order."""
        self.faults.setdefault(method, []).extend(faults)

    async def push(self, update: dict[str, Any]) -> int:
        """Queue an update (its ``update_id`` is assigned here) and wake pollers."""
        update = {"update_id": next(self._update_ids), **update}
        async with self._changed:
            self._updates.append(update)
            self._changed.notify_all()
        return int(update["update_id"])

    async def push_again(self, update_id: int) -> None:
        """Deliver an update a second time, as Telegram does after a lost confirmation."""
        async with self._changed:
            for update in list(self._delivered_log):
                if update["update_id"] == update_id:
                    self._updates.append(update)
            self._changed.notify_all()

    def message(
        self,
        text: str | None,
        user: int = 1,
        chat: int | None = None,
        *,
        chat_type: str = "private",
        language_code: str | None = "de",
        reply_to_bot: bool = False,
        **extra: Any,
    ) -> dict[str, Any]:
        """A ``message`` update from a user, with command and mention entities filled in."""
        chat_id = chat if chat is not None else user
        sender = {"id": user, "is_bot": False, "first_name": f"User{user}"}
        if language_code:
            sender["language_code"] = language_code
        msg: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {
                "id": chat_id,
                "type": chat_type,
                **({"title": "Group"} if chat_type != "private" else {}),
            },
            "from": sender,
            **extra,
        }
        if text is not None:
            msg["text"] = text
            entities = [
                {
                    "type": "bot_command" if m.group(0).startswith("/") else "mention",
                    "offset": utf16_len(text[: m.start()]),
                    "length": utf16_len(m.group(0)),
                }
                for m in re.finditer(r"(?:^/[A-Za-z0-9_]+(?:@\w+)?)|@\w+", text)
            ]
            if entities:
                msg["entities"] = entities
        if reply_to_bot:
            msg["reply_to_message"] = {
                "message_id": next(self._message_ids),
                "date": int(time.time()),
                "chat": msg["chat"],
                "from": BOT_USER,
                "text": "…",
            }
        return {"message": msg}

    def callback(
        self, data: str, user: int = 1, message_id: int = 1, language_code: str = "de"
    ) -> dict[str, Any]:
        return {
            "callback_query": {
                "id": f"cb{next(self._message_ids)}",
                "from": {
                    "id": user,
                    "is_bot": False,
                    "first_name": "U",
                    "language_code": language_code,
                },
                "chat_instance": "ci",
                "data": data,
                "message": {
                    "message_id": message_id,
                    "date": int(time.time()),
                    "chat": {"id": user, "type": "private"},
                    "from": BOT_USER,
                    "text": "…",
                },
            }
        }

    def press(
        self, sent: Call, text: str, user: int = 1, language_code: str = "de"
    ) -> dict[str, Any]:
        """A callback query from the button labelled ``text`` under a message the bot sent."""
        rows = sent.params["reply_markup"]["inline_keyboard"]
        data = next(b["callback_data"] for row in rows for b in row if b["text"] == text)
        update = self.callback(data, user, int(sent.result["message_id"]), language_code)
        message = update["callback_query"]["message"]
        message["chat"] = sent.result["chat"]
        message["text"] = sent.result["text"]
        message["reply_markup"] = sent.params["reply_markup"]
        return update

    def inline(
        self, query: str, user: int = 1, offset: str = "", language_code: str = "de"
    ) -> dict[str, Any]:
        return {
            "inline_query": {
                "id": f"iq{next(self._message_ids)}",
                "from": {
                    "id": user,
                    "is_bot": False,
                    "first_name": "U",
                    "language_code": language_code,
                },
                "query": query,
                "offset": offset,
            }
        }

    def sent(self, method: str = "sendMessage", chat_id: int | None = None) -> list[Call]:
        """Successful calls of a method (to one chat)."""
        return [
            c
            for c in self.calls
            if c.method == method
            and c.ok
            and (chat_id is None or str(c.params.get("chat_id")) == str(chat_id))
        ]

    def texts(self, chat_id: int | None = None) -> list[str]:
        """The visible texts of the messages sent (to one chat)."""
        return [c.result["text"] for c in self.sent("sendMessage", chat_id)]

    async def wait_for(
        self, predicate: Callable[[FakeTelegram], bool], timeout: float = 20
    ) -> None:
        """Wait until ``predicate(self)`` holds; fail with the calls seen if it never does."""

        async def waiter() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: predicate(self))

        try:
            await asyncio.wait_for(waiter(), timeout)
        except TimeoutError:
            seen = [(c.method, c.ok, c.error) for c in self.calls[-15:]]
            raise AssertionError(f"condition not met in {timeout}s; last calls: {seen}") from None

    async def wait_sent(
        self, count: int, chat_id: int | None = None, timeout: float = 20
    ) -> list[str]:
        await self.wait_for(lambda api: len(api.sent("sendMessage", chat_id)) >= count, timeout)
        return self.texts(chat_id)

    async def wait_polling(self, times: int = 1, timeout: float = 20) -> None:
        """Wait until the bot has polled ``times`` more times (it is idle and listening)."""
        target = sum(1 for c in self.calls if c.method == "getUpdates") + times
        await self.wait_for(
            lambda api: sum(1 for c in api.calls if c.method == "getUpdates") >= target, timeout
        )

    # ------------------------------------------------------------------ HTTP side

    async def _record(self, call: Call) -> None:
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    async def _file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        for data_id, data in self.files.items():
            if request.match_info["path"] == f"documents/{data_id}":
                return web.Response(body=data)
        return web.Response(status=404)

    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            body = await request.json()
            params.update(body if isinstance(body, dict) else {})
        elif request.can_read_body:
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, str):
                    params[key] = value
                elif isinstance(value, (bytes, bytearray)):
                    params[key] = bytes(value)
                else:
                    params[key] = value.file.read()
        for key in JSON_FIELDS & params.keys():
            if isinstance(params[key], str):
                params[key] = json.loads(params[key])
        return params

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        params = await self._params(request)
        planned = self.faults.get(method)
        fault = planned.pop(0) if planned else None
        if fault and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault and fault.status != 200:
            await self._record(Call(method, params, False, error=fault.description))
            body: dict[str, Any] = {
                "ok": False,
                "error_code": fault.status,
                "description": fault.description,
            }
            if fault.retry_after is not None:
                body["parameters"] = {"retry_after": fault.retry_after}
            return web.json_response(body, status=fault.status)
        if self.flood_limits and method in POSTING:
            retry_after = self._flood_wait(params.get("chat_id"))
            if retry_after:
                error = f"Too Many Requests: retry after {retry_after}"
                await self._record(Call(method, params, False, error=error))
                return web.json_response(
                    {
                        "ok": False,
                        "error_code": 429,
                        "description": error,
                        "parameters": {"retry_after": retry_after},
                    },
                    status=429,
                )
        handler = getattr(self, f"api_{method}", None)
        if handler is None:
            await self._record(Call(method, params, False, error="not found"))
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found: method not found"},
                status=404,
            )
        try:
            result = await handler(params)
        except BadRequest as exc:
            await self._record(Call(method, params, False, error=exc.description))
            return web.json_response(
                {"ok": False, "error_code": exc.code, "description": exc.description},
                status=exc.code,
            )
        if method != "getUpdates":
            await self._record(Call(method, params, True, result))
        return web.json_response({"ok": True, "result": result})

    def _flood_wait(self, chat_id: object) -> int:
        """Seconds to wait before posting to ``chat_id`` (0: now), booking the post if 0."""
        now = time.monotonic()
        chat = str(chat_id)
        windows = [(chat, CHAT_LIMIT), ("", OVERALL_LIMIT)]
        if chat.startswith(("-", "@")):
            windows.append((f"group {chat}", GROUP_LIMIT))
        wait = 0.0
        for key, (count, seconds) in windows:
            times = self._posted.setdefault(key, deque())
            while times and times[0] <= now - seconds:
                times.popleft()
            if len(times) >= count:
                wait = max(wait, times[-count] + seconds - now)
        if wait > 0:
            return max(1, math.ceil(wait))
        for key, _ in windows:
            self._posted[key].append(now)
        return 0

    # ------------------------------------------------------------------ methods

    async def api_getMe(self, params: dict[str, Any]) -> Any:
        return BOT_USER

    async def api_deleteWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = {}
        return True

    async def api_setWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = params
        return True

    async def api_getUpdates(self, params: dict[str, Any]) -> Any:
        offset = int(params.get("offset") or 0)
        # Telegram may answer a long poll early with no updates; doing so after a second keeps
        # a bot's shutdown (which waits for the pending poll) quick.
        timeout = min(float(params.get("timeout") or 0), self.max_poll_wait)
        limit = int(params.get("limit") or 100)
        async with self._changed:
            if offset:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            if not self._updates and timeout > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(
                        self._changed.wait_for(lambda: bool(self._updates)), timeout
                    )
            batch = self._updates[:limit]
            self._delivered_log.extend(batch)
            self.calls.append(Call("getUpdates", params, True, batch))
            self._changed.notify_all()
        return batch

    def _check_markup(self, params: dict[str, Any]) -> None:
        markup = params.get("reply_markup")
        if not markup:
            return
        rows = markup.get("inline_keyboard", [])
        if sum(len(row) for row in rows) > 100:
            raise BadRequest("Bad Request: reply markup is too long")
        for row in rows:
            for button in row:
                if not button.get("text"):
                    raise BadRequest(
                        "Bad Request: text buttons are unallowed in the inline keyboard"
                    )
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise BadRequest("Bad Request: BUTTON_DATA_INVALID")

    def _check_text(self, text: Any, parse_mode: Any) -> str:
        if not isinstance(text, str):
            raise BadRequest("Bad Request: message text is empty")
        visible = parse_html(text) if str(parse_mode).upper() == "HTML" else text
        if not visible.strip():
            raise BadRequest("Bad Request: message text is empty")
        if utf16_len(visible) > 4096:
            raise BadRequest("Bad Request: message is too long")
        return visible

    async def api_sendMessage(self, params: dict[str, Any]) -> Any:
        if "chat_id" not in params:
            raise BadRequest("Bad Request: chat_id is empty")
        visible = self._check_text(params.get("text"), params.get("parse_mode"))
        self._check_markup(params)
        chat_id = int(params["chat_id"])
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": BOT_USER,
            "text": visible,
        }

    async def api_editMessageText(self, params: dict[str, Any]) -> Any:
        visible = self._check_text(params.get("text"), params.get("parse_mode"))
        self._check_markup(params)
        chat_id = int(params.get("chat_id") or 0)
        return {
            "message_id": int(params.get("message_id") or 0),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": BOT_USER,
            "text": visible,
        }

    async def api_editMessageReplyMarkup(self, params: dict[str, Any]) -> Any:
        self._check_markup(params)
        if not params.get("message_id") and not params.get("inline_message_id"):
            raise BadRequest("Bad Request: message identifier is not specified")
        chat_id = int(params.get("chat_id") or 0)
        return {
            "message_id": int(params.get("message_id") or 0),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": BOT_USER,
            "text": "…",
            **({"reply_markup": params["reply_markup"]} if params.get("reply_markup") else {}),
        }

    async def api_sendDocument(self, params: dict[str, Any]) -> Any:
        document = params.get("document")
        if not isinstance(document, bytes) or not document:
            raise BadRequest("Bad Request: file must be non-empty")
        if params.get("caption"):
            parse_html(params["caption"]) if params.get("parse_mode") == "HTML" else None
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": int(params["chat_id"]), "type": "private"},
            "from": BOT_USER,
            "document": {"file_id": "sent", "file_unique_id": "sent", "file_size": len(document)},
        }

    async def api_sendChatAction(self, params: dict[str, Any]) -> Any:
        return True

    async def api_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        if not params.get("callback_query_id"):
            raise BadRequest("Bad Request: query is too old and response timeout expired")
        if len(str(params.get("text", ""))) > 200:
            raise BadRequest("Bad Request: MESSAGE_TOO_LONG")
        return True

    async def api_answerInlineQuery(self, params: dict[str, Any]) -> Any:
        results = params.get("results") or []
        if len(results) > 50:
            raise BadRequest("Bad Request: RESULTS_TOO_MUCH")
        ids = [r.get("id", "") for r in results]
        if len(set(ids)) != len(ids):
            raise BadRequest("Bad Request: RESULT_ID_DUPLICATE")
        for result in results:
            if not 1 <= len(result.get("id", "").encode()) <= 64:
                raise BadRequest("Bad Request: RESULT_ID_INVALID")
            if result.get("type") == "article" and not result.get("title"):
                raise BadRequest("Bad Request: RESULT_TITLE_EMPTY")
            content = result.get("input_message_content") or {}
            self._check_text(content.get("message_text"), content.get("parse_mode"))
            self._check_markup(result)
        if len(str(params.get("next_offset", "")).encode()) > 64:
            raise BadRequest("Bad Request: NEXT_OFFSET_INVALID")
        button = params.get("button")
        if button is not None:
            if not button.get("text"):
                raise BadRequest("Bad Request: BUTTON_TEXT_INVALID")
            start = button.get("start_parameter")
            if start is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", start):
                raise BadRequest("Bad Request: START_PARAM_INVALID")
        return True

    async def api_setMyCommands(self, params: dict[str, Any]) -> Any:
        commands = params.get("commands") or []
        if len(commands) > 100:
            raise BadRequest("Bad Request: too many commands")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")):
                raise BadRequest("Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= 256:
                raise BadRequest("Bad Request: command description must be 1-256 characters")
        scope = params.get("scope") or {"type": "default"}
        key = f"{scope.get('type')}:{scope.get('chat_id', '')}:{params.get('language_code', '')}"
        self.commands[key] = commands
        return True

    async def api_setMyDescription(self, params: dict[str, Any]) -> Any:
        return self._describe(params, "description", 512, self.descriptions)

    async def api_setMyShortDescription(self, params: dict[str, Any]) -> Any:
        return self._describe(params, "short_description", 120, self.short_descriptions)

    def _describe(
        self, params: dict[str, Any], field: str, limit: int, store: dict[str, str]
    ) -> bool:
        """A description of the bot per language, refused beyond Telegram's length limit."""
        text = str(params.get(field) or "")
        if len(text) > limit:
            raise BadRequest(f"Bad Request: BOT_{field.upper()}_INVALID")
        store[str(params.get("language_code") or "")] = text
        return True

    async def api_getFile(self, params: dict[str, Any]) -> Any:
        file_id = str(params.get("file_id"))
        if file_id not in self.files:
            raise BadRequest("Bad Request: invalid file_id")
        data = self.files[file_id]
        if len(data) > 20 * 2**20:
            raise BadRequest("Bad Request: file is too big")
        return {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_size": len(data),
            "file_path": f"documents/{file_id}",
        }
