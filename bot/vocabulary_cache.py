"""The parsed vocabulary kept on disk, so that a start need not parse it again.

Parsing ``vocabulary.yaml`` (thousands of phrases, each split into words and keyed) is a
third of a start, more than anything but the imports; reading the result back is a tenth of
that.
A cache file is keyed by everything the result depends on: the vocabulary's name and text,
the source of the modules that turn it into a :class:`~bot.vocabulary.Vocabulary`, the
Python and PyYAML versions. A change to any of them misses, so it cannot serve a stale
vocabulary. A file that cannot be read, is cut short, corrupt or not ours is ignored (the
caller parses again and replaces it), and a folder the bot cannot write to costs only the
time saved.

The file holds the vocabulary's fields as plain data (:mod:`marshal`, not :mod:`pickle`),
so that a file someone else put in the folder can at worst make a wrong vocabulary, never
run code; and the matcher's tables are built by the same constructor as after a parse.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any

import yaml

from .vocabulary import Gap, Vocabulary

# Written first in every file; changed when the layout below changes.
MAGIC = b"mission-bot vocabulary 1\n"
SUFFIX = ".parsed"
_DIGEST = 32  # bytes of a SHA-256 digest


def key(name: str, text: str) -> bytes | None:
    """What a vocabulary parsed from ``text`` as file ``name`` is cached under.

    ``None`` when the bot's own source cannot be read (nothing is cached then).
    """
    code = _code_digest()
    if code is None:
        return None
    found = hashlib.sha256(MAGIC + code)
    for part in (sys.version, yaml.__version__, getattr(yaml, "__with_libyaml__", ""), name):
        found.update(f"{part}\0".encode())
    found.update(text.encode("utf-8", "surrogatepass"))
    return found.digest()


@functools.cache
def _code_digest() -> bytes | None:
    """A digest of the modules that shape a parsed vocabulary, as this process runs them.

    Taken once per process: files replaced while the bot runs (an upgrade) are not the code
    it runs, and a vocabulary it parses must not be filed under their digest.
    """
    from . import knowledge, text, vocabulary  # imported by now; here to avoid a cycle

    found = hashlib.sha256()
    for module in (knowledge, text, vocabulary, sys.modules[__name__]):
        if module.__file__ is None:
            return None
        try:
            found.update(Path(module.__file__).read_bytes())
        except OSError:
            return None
    return found.digest()


def path(folder: Path, name: str, cache_key: bytes) -> Path:
    """The cache file for ``name`` under ``cache_key``."""
    return folder / f"{name}.{cache_key.hex()[:16]}{SUFFIX}"


def read(folder: Path, name: str, cache_key: bytes) -> Vocabulary | None:
    """The vocabulary cached under ``cache_key``, or ``None`` (missing, unreadable, not ours)."""
    file = path(folder, name, cache_key)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        return None  # the first start, or the first after a change
    except OSError as exc:
        _debug("cannot read %s: %s", file, exc)
        return None
    head = len(MAGIC) + _DIGEST
    payload = data[head + _DIGEST :]
    if data[:head] != MAGIC + cache_key or data[head : head + _DIGEST] != _sha256(payload):
        _debug("ignoring %s: not a cache file of this vocabulary, or damaged", file)
        return None
    try:
        return _from_plain(marshal.loads(payload))
    except Exception as exc:  # whatever a damaged file makes marshal or the constructor raise
        _debug("ignoring %s: %s", file, exc)
        return None


def write(folder: Path, name: str, cache_key: bytes, vocabulary: Vocabulary) -> None:
    """Keep ``vocabulary`` under ``cache_key``, replacing the files of ``name`` under others.

    Written to a temporary file and renamed, so that a process starting meanwhile reads
    the whole file or none. Not synced to disk: a file a crash leaves damaged is ignored.
    """
    target = path(folder, name, cache_key)
    temporary = folder / f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
    try:
        payload = marshal.dumps(_plain(vocabulary))
        folder.mkdir(parents=True, exist_ok=True)
        try:
            with temporary.open("xb") as fp:
                fp.write(MAGIC + cache_key + _sha256(payload) + payload)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise
        for stale in folder.glob(f"{name}.*{SUFFIX}"):
            if stale != target:
                stale.unlink(missing_ok=True)
    except (OSError, ValueError) as exc:  # ValueError: a field marshal cannot write
        _debug("cannot keep the parsed vocabulary in %s: %s", folder, exc)


def _plain(vocabulary: Vocabulary) -> dict[str, Any]:
    """The fields a vocabulary is constructed from, as data :mod:`marshal` writes."""
    fields = {
        f.name: getattr(vocabulary, f.name) for f in dataclasses.fields(vocabulary) if f.init
    }
    fields["gaps"] = tuple(_field_values(gap) for gap in vocabulary.gaps)
    return fields


def _field_values(gap: Gap) -> tuple[Any, ...]:
    # Not dataclasses.astuple, which copies every phrase: as long as parsing the vocabulary.
    return tuple(getattr(gap, f.name) for f in dataclasses.fields(gap))


def _from_plain(fields: dict[str, Any]) -> Vocabulary:
    fields["gaps"] = tuple(Gap(*gap) for gap in fields["gaps"])
    return Vocabulary(**fields)


def _sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _debug(message: str, *args: object) -> None:
    import logging  # only here: the offline commands do not import logging otherwise

    logging.getLogger(__name__).debug(message, *args)
