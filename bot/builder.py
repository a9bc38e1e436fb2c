"""Loading, checking and indexing knowledge files in a child process.

Reading and indexing a large knowledge base is seconds of pure computation. Done in a thread
of the bot it would share the interpreter with answering, and every answer meanwhile would
take two or three times as long. A child process does it on another core instead and writes
the result as a stream of small pickles; the bot's event loop unpickles them a slice at a
time between answers, so a question waits for at most one slice (half a millisecond).

The child is this module: ``python -m bot.builder`` reads one request (a pickle) on stdin.
Only the bot's own child writes the stream the bot unpickles.
"""

from __future__ import annotations

import asyncio
import gc
import io
import os
import pickle
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, BinaryIO

from .knowledge import (
    Entry,
    Event,
    KnowledgeBase,
    KnowledgeError,
    Problem,
    build,
    read_sources,
)
from .search import FIELD_WEIGHTS, Engine, Index
from .vocabulary import Vocabulary

SLICE_SECONDS = 0.0005  # the longest the event loop is held by a hand-over at a time
SHARE = 0.25  # of the event loop's time, at most, for a hand-over
PIECE_COST = 2000  # about half a millisecond to take over (see _cost)
TIMEOUT_SECONDS = 600.0


@dataclass(frozen=True)
class Request:
    """What the child is asked to do.

    ``path`` is the knowledge path; ``replace`` is a file (name, text) to read instead of
    the file of that name, or in addition to the others (an upload being checked). With
    ``index`` false the child only validates.
    """

    path: str
    replace: tuple[str, str] | None = None
    index: bool = True


# --------------------------------------------------------------------------- the child


def _sources(request: Request) -> list[tuple[str, str]]:
    path = Path(request.path)
    if request.replace is None:
        return list(read_sources(path))
    name, text = request.replace
    others = [(n, t) for n, t in read_sources(path) if n != name] if path.exists() else []
    return [*others, (name, text)]


def _cost(item: object) -> int:
    """Roughly how long an item takes to unpickle, in units of one small object."""
    if isinstance(item, Entry):
        return 30
    if isinstance(item, tuple) and len(item) == 2:  # a dictionary item
        item = item[1]
    return 1 + (len(item) if isinstance(item, dict | list | tuple | frozenset) else 0)


def _pieces(kb: KnowledgeBase, index: Index) -> Iterator[tuple[str, list[Any]]]:
    """The knowledge base and its index as ``(field, items)`` pieces of similar cost."""
    parts: list[tuple[str, Any]] = [
        ("events", kb.events), ("entries", kb.entries), ("vocabulary", [kb.vocabulary]),
    ]  # fmt: skip
    parts += [(f.name, getattr(index, f.name)) for f in fields(Index)]
    for name, value in parts:
        piece: list[Any] = []
        cost = 0
        for item in value.items() if isinstance(value, dict) else value:
            piece.append(item)
            cost += _cost(item)
            if cost >= PIECE_COST:
                yield name, piece
                piece, cost = [], 0
        if piece:
            yield name, piece


def serve(request: Request, out: BinaryIO) -> None:
    """Do what ``request`` asks and write the outcome to ``out`` as a stream of pickles.

    The stream starts with ``("problems", [...])`` or ``("ok", None)``; after ``ok`` and
    when an index was asked for, come the pieces of the knowledge base and its index, then
    ``("end", None)``.
    """

    def write(piece: tuple[str, Any]) -> None:
        # Each piece a pickle of its own: with one memo for all, the bot's unpickler would
        # hold a reference to everything received, and letting go of those at the end is
        # one long pause (10 ms at 10,000 entries).
        pickle.dump(piece, out, protocol=pickle.HIGHEST_PROTOCOL)

    try:
        kb = build(_sources(request))
    except KnowledgeError as exc:
        write(("problems", list(exc.problems)))
        return
    write(("ok", None))
    if request.index:
        for piece in _pieces(kb, Index.build(kb)):
            write(piece)
        write(("end", None))


def main() -> None:
    request = pickle.load(sys.stdin.buffer)
    if not isinstance(request, Request):
        raise SystemExit("bot.builder: expected a Request on stdin")
    gc.disable()  # nothing built here has reference cycles; collections only cost time
    with io.BufferedWriter(io.FileIO(sys.stdout.fileno(), "wb", closefd=False)) as out:
        serve(request, out)


# --------------------------------------------------------------------------- the bot's side


def _run_child_blocking(request: Request) -> bytes:
    # The child imports the very package this process runs, wherever it is installed.
    root = str(Path(__file__).resolve().parent.parent)
    paths = [root, os.environ.get("PYTHONPATH", "")]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in paths if p))
    try:
        done = subprocess.run(
            [sys.executable, "-m", "bot.builder"], input=pickle.dumps(request),
            capture_output=True, env=env, timeout=TIMEOUT_SECONDS, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        raise KnowledgeError(
            [Problem("-", 0, None, f"reading the knowledge base took over {exc.timeout:.0f} s")]
        ) from exc
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines() or ["no output"]
        raise KnowledgeError(
            [Problem("-", 0, None, f"the knowledge base could not be read: {lines[-1]}")]
        )
    return done.stdout


async def _run_child(request: Request) -> bytes:
    """Run the child for ``request`` and return its output; raise KnowledgeError on failure.

    From a worker thread: starting a process blocks until it has started (milliseconds),
    and the thread spends the rest of its time waiting on pipes, without the interpreter.
    """
    return await asyncio.to_thread(_run_child_blocking, request)


def _outcome(stream: BinaryIO) -> None:
    kind, value = pickle.load(stream)
    if kind == "problems":
        raise KnowledgeError(value)


async def check(path: Path, name: str, text: str) -> list[Problem]:
    """Problems of the knowledge base if file ``name`` had ``text``, checked in a child."""
    out = await _run_child(Request(str(path), (name, text), index=False))
    try:
        _outcome(io.BytesIO(out))
    except KnowledgeError as exc:
        return list(exc.problems)
    return []


async def in_slices(steps: Iterable[object], share: float = SHARE) -> None:
    """Run ``steps`` on the event loop in slices of ``SLICE_SECONDS``, in the background.

    After each slice the loop is left to answering for long enough that the steps take at
    most ``share`` of its time: when questions keep the loop busy, a slice at every turn
    would hold each of them back a little, and they would queue up.
    """
    clock = time.perf_counter
    start = clock()
    for _ in steps:
        spent = clock() - start
        if spent >= SLICE_SECONDS:
            await asyncio.sleep(spent * (1 / share - 1))
            start = clock()


class _Receiver:
    """Puts the pieces together, sharing objects the way an index built here would.

    Unpickled, every occurrence of a number or a key would be an object of its own (half
    again the memory of the index); mapped onto one object each, in C loops, they are not.
    """

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.entries: list[Entry] = []
        self.by_id: dict[str, Entry] = {}
        self.vocabulary = Vocabulary()
        self.index = Index.blank()
        self._numbers: list[int] = []
        self._weights = {w: w for w in FIELD_WEIGHTS.values()}

    def add(self, name: str, items: list[Any]) -> None:
        index, key = self.index, sys.intern
        if name == "vocabulary":
            self.vocabulary = items[0]
        elif name == "events":
            self.events.extend(items)
        elif name == "entries":
            self._numbers.extend(range(len(self.entries), len(self.entries) + len(items)))
            self.entries.extend(items)
            self.by_id.update((e.id, e) for e in items)
        elif name == "postings":
            number, weight = self._numbers.__getitem__, self._weights.__getitem__
            index.postings.update(
                (key(k), dict(zip(map(number, p), map(weight, p.values()), strict=True)))
                for k, p in items
            )
        elif name == "idf":
            index.idf.update((key(k), v) for k, v in items)
        elif name == "vocab":
            index.vocab.extend(map(key, items))
        elif name == "buckets":
            index.buckets.update((b, list(map(key, keys))) for b, keys in items)
        elif name == "positions":
            index.positions.update((i, self._numbers[n]) for i, n in items)
        else:
            target = getattr(index, name)
            if isinstance(target, dict):
                target.update(items)
            else:
                target.extend(items)


async def build_engine(path: Path, threshold: float, cache: int) -> Engine:
    """Load and index the knowledge base in a child; raise KnowledgeError with its problems.

    The collector waits while the pieces arrive: every one of them survives, so collections
    would only walk the growing index again and again, each a long pause for answering;
    afterwards the new index is frozen out of its reach, as at start.
    """
    out = await _run_child(Request(str(path)))
    stream = io.BytesIO(out)
    del out
    _outcome(stream)
    received = _Receiver()

    def receive() -> Iterator[None]:
        while True:
            name, items = pickle.load(stream)
            if name == "end":
                return
            received.add(name, items)
            yield

    enabled = gc.isenabled()
    gc.disable()
    try:
        await in_slices(receive())
        kb = KnowledgeBase(
            tuple(received.events), tuple(received.entries), received.by_id, received.vocabulary
        )
        engine = Engine(kb, threshold, cache, index=received.index)
        # Before collections resume: the first one would otherwise walk everything just
        # received (see runtime.settle_heap). Cyclic garbage left meanwhile by answering
        # (a few dozen objects per question) is frozen with it and never freed: little at
        # the pace participants ask, megabytes only under a benchmark's burst.
        gc.freeze()
        return engine
    finally:
        if enabled:
            gc.enable()


if __name__ == "__main__":
    # Run the module under its own name, so that the pickled Request names the same class.
    import bot.builder

    bot.builder.main()
