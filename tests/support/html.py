"""Telegram's HTML parse mode as the Bot API applies it, for the fake API and for tests.

``parse_html`` returns the text a user would see, or raises ``BadRequest`` worded as
Telegram words it: unsupported tags, unmatched or unclosed tags, ``<``, ``>`` or ``&`` left
unescaped, unknown entities, a link without ``href``.
"""

from __future__ import annotations

import re

ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-emoji",
}
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_TOKEN_RE = re.compile(r"<(/?)([a-zA-Z-]*)([^>]*)>|&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|[<>&]")


class BadRequest(Exception):
    """A Bot API error answer."""

    def __init__(self, description: str, code: int = 400, retry_after: int | None = None):
        super().__init__(description)
        self.description = description
        self.code = code
        self.retry_after = retry_after


def parse_html(text: str) -> str:
    """Telegram's HTML parse mode: the visible text, or BadRequest as Telegram words it."""
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for m in _TOKEN_RE.finditer(text):
        out.append(text[pos : m.start()])
        pos = m.end()
        token = m.group(0)
        if token in "<>&":
            raise BadRequest(
                f"Bad Request: can't parse entities: unexpected {token!r} at byte offset "
                f"{len(text[: m.start()].encode())}; it must be escaped"
            )
        if m.group(4) is not None:
            entity = m.group(4)
            if entity.startswith("#x"):
                out.append(chr(int(entity[2:], 16)))
            elif entity.startswith("#"):
                out.append(chr(int(entity[1:])))
            elif entity in NAMED_ENTITIES:
                out.append(NAMED_ENTITIES[entity])
            else:
                raise BadRequest(
                    f"Bad Request: can't parse entities: unsupported entity &{entity};"
                )
            continue
        closing, tag, attrs = m.group(1), m.group(2).lower(), m.group(3)
        if tag not in ALLOWED_TAGS:
            kind = "end" if closing else "start"
            raise BadRequest(f'Bad Request: can\'t parse entities: Unsupported {kind} tag "{tag}"')
        if closing:
            if not stack or stack[-1] != tag:
                raise BadRequest(f'Bad Request: can\'t parse entities: Unmatched end tag "{tag}"')
            stack.pop()
        else:
            if tag == "a" and "href=" not in attrs:
                raise BadRequest("Bad Request: can't parse entities: a tag needs href")
            stack.append(tag)
    out.append(text[pos:])
    if stack:
        raise BadRequest(
            f"Bad Request: can't parse entities: Can't find end tag corresponding to start tag "
            f'"{stack[-1]}"'
        )
    return "".join(out)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
