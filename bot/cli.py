"""The ``mission-bot`` command line: ask, chat, check, eval, new-event, run, unanswered.

Without a command it runs the Telegram bot when ``TELEGRAM_BOT_TOKEN`` is set and the
offline console chat otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import errno
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .settings import Settings, SettingsError, cache_dir_from, data_dir_from, knowledge_path_from
from .text import Lang

# Each command imports what it needs when it runs, so that `ask` pays neither for the
# bot's Telegram side nor for evaluation and authoring.
if TYPE_CHECKING:
    from .events import EventKnowledge, Knowledge
    from .i18n import I18n
    from .replies import Reply
    from .search import Result

EXIT_USAGE = 2


class CliError(Exception):
    """A problem to report to the user in one line, with an exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def _settings() -> Settings:
    try:
        return Settings.from_env()
    except SettingsError as exc:
        raise CliError(f"error: {exc}") from exc


def _data_dir(settings: Settings) -> Path:
    """BOT_DATA_DIR, created if missing; CliError when the bot cannot write there."""
    import tempfile

    path = settings.data_dir
    try:
        path.mkdir(parents=True, exist_ok=True)
        # Root may write anywhere; a folder without write permission is still meant as
        # read-only, and gets the same answer for every user.
        if not path.stat().st_mode & 0o222:
            raise PermissionError(errno.EACCES, "it is read-only")
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise CliError(
            f"error: BOT_DATA_DIR {path} is not a folder the bot can write to ({reason}); "
            "create it with write permission for this user, or set BOT_DATA_DIR to another one"
        ) from exc
    return path


def _knowledge(path: Path | None) -> Knowledge:
    from .events import Knowledge
    from .knowledge import KnowledgeError, load

    # Only KNOWLEDGE_PATH and BOT_CACHE_DIR: settings that only `run` uses must not stop the
    # offline commands.
    path = path or knowledge_path_from(os.environ)
    try:
        return Knowledge(load(path, cache_dir_from(os.environ)))
    except KnowledgeError as exc:
        raise CliError(f"error: the knowledge base at {path} cannot be loaded:\n{exc}") from exc


def _event(knowledge: Knowledge, wanted: str | None) -> EventKnowledge:
    """The event ``--event`` names, else the default: the one running, else the next one.

    ``--event`` takes an event id or name (either language, any case), or a part of one that
    only one event has (``2027``).
    """
    if wanted is None:
        return knowledge.default()
    key = _folded(wanted)
    for exact in (True, False):
        found = [
            k for k in knowledge.events
            if any(key == n if exact else key in n for n in _names(k))
        ]  # fmt: skip
        if len(found) == 1:
            return found[0]
        if found:
            break
    choices = "; ".join(f"{k.event.id} ({k.name.de})" for k in knowledge.events)
    what = "more than one event matches" if len(found) > 1 else "no event matches"
    raise CliError(f"error: {what} --event {wanted!r}; choose one of: {choices}")


def _names(k: EventKnowledge) -> tuple[str, ...]:
    return _folded(k.event.id), _folded(k.name.de), _folded(k.name.ru)


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def _say_event(knowledge: Knowledge, current: EventKnowledge, chosen: bool, stderr: bool) -> None:
    """With several events, say which one answers and how to choose another."""
    if len(knowledge) < 2:
        return
    event, today = current.event, dt.date.today()
    if chosen:
        why = "chosen with --event"
    elif event.start <= today <= event.end:
        why = "running today"
    else:
        why = "the next one" if event.start > today else "the latest one"
    others = ", ".join(k.event.id for k in knowledge.events if k is not current)
    print(
        f"Event: {event.id} ({current.name.de}), {why}; also loaded: {others} (see --event)",
        file=sys.stderr if stderr else sys.stdout,
    )


def _lines() -> list[str]:
    """Lines of standard input, decoded leniently: binary garbage must not crash."""
    return sys.stdin.buffer.read().decode("utf-8", errors="replace").splitlines()


def _questions(args: Sequence[str]) -> Iterable[str]:
    if list(args) == ["-"]:
        return (line for line in _lines() if line.strip())
    return list(args)


def cmd_ask(ns: argparse.Namespace) -> int:
    from .i18n import I18n

    questions = list(_questions(ns.question))
    if not questions:
        raise CliError("error: give a question, or - to read one question per line from stdin")
    knowledge = _knowledge(ns.knowledge)
    current = _event(knowledge, ns.event)
    _say_event(knowledge, current, ns.event is not None, stderr=ns.json)
    i18n = I18n()
    for question in questions:
        answering, result = knowledge.ask(question, current, preferred=ns.lang)
        text = _reply(result, answering, answering is not current, i18n).plain()
        if ns.json:
            best = result.best
            record = {
                "question": question,
                "lang": result.lang,
                "answered": result.answered,
                "entry": best.entry.id if best else None,
                "score": best.score if best else 0.0,
                "text": text,
                "suggestions": [
                    {"id": e.id, "title": e.name.get(result.lang)} for e in result.suggestions
                ],
            }
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(text)
            print()
    return 0


def _reply(result: Result, answering: EventKnowledge, other: bool, i18n: I18n) -> Reply:
    from .replies import from_event_reply, result_reply

    t = i18n.get(result.lang)
    reply = result_reply(result, answering.kb, t)
    return from_event_reply(reply, answering.event, t) if other else reply


def cmd_chat(ns: argparse.Namespace) -> int:
    from .i18n import I18n

    knowledge = _knowledge(ns.knowledge)
    current = _event(knowledge, ns.event)
    i18n = I18n()
    print("Mission Bot, offline console. Ask in German or Russian; an empty line ends.")
    print("Mission Bot, офлайн-консоль. Спрашивайте по-немецки или по-русски.")
    if not os.environ.get("TELEGRAM_BOT_TOKEN"):
        print("(No TELEGRAM_BOT_TOKEN is set; see README to run the bot on Telegram.)")
    _say_event(knowledge, current, ns.event is not None, stderr=False)
    questions: Iterable[str] = _prompted() if sys.stdin.isatty() else _until_empty(_lines())
    for question in questions:
        answering, result = knowledge.ask(question, current, preferred=ns.lang)
        print(_reply(result, answering, answering is not current, i18n).plain())
        print()
    return 0


def _until_empty(lines: Iterable[str]) -> Iterator[str]:
    """Lines up to the first empty one, as typed at the prompt."""
    for line in lines:
        if not line.strip():
            return
        yield line


def _prompted() -> Iterator[str]:
    """Questions typed at a prompt, until an empty line or end of input.

    With line editing and a history of the questions (arrow keys) where readline exists.
    """
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401  (importing it is what gives input() line editing)
    while True:
        try:
            question = input("> ")
        except EOFError:
            print()  # Ctrl-D: the shell's prompt starts on a line of its own
            return
        if not question.strip():
            return
        yield question


def cmd_check(ns: argparse.Namespace) -> int:
    from .knowledge import KnowledgeError, load

    path = ns.path or ns.knowledge or knowledge_path_from(os.environ)
    try:
        kb = load(path, cache_dir_from(os.environ))
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) in {path}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{kind}: {n}" for kind, n in kb.counts().items())
    print(f"OK: {len(kb.entries)} entries in {len(kb.events)} event(s) ({counts})")
    return 0


def cmd_eval(ns: argparse.Namespace) -> int:
    from .evaluation import EvalFileError, evaluate, format_report, load_cases
    from .i18n import I18n

    knowledge = _knowledge(ns.knowledge)
    current = _event(knowledge, ns.event)
    cases = []
    for file in ns.file:
        try:
            cases.extend(load_cases(file))
        except EvalFileError as exc:
            raise CliError(f"error: {exc}") from exc
    if not cases:
        raise CliError("error: the question file holds no labelled questions")
    _say_event(knowledge, current, ns.event is not None, stderr=False)
    report = evaluate(current.engine, I18n(), cases)
    print(format_report(report))
    if ns.min is not None and report.rate < ns.min:
        print(f"FAIL: {report.rate:.1%} is below the minimum {ns.min:.1%}", file=sys.stderr)
        return 1
    return 0


def cmd_new_event(ns: argparse.Namespace) -> int:
    import shlex

    from .authoring import NewEventError, write_new_event

    # Not the bundled knowledge base (the default elsewhere): that lives inside the package.
    env = os.environ.get("KNOWLEDGE_PATH", "").strip()
    if ns.knowledge:
        folder, source = ns.knowledge, "the knowledge folder given by --knowledge"
    elif env:
        folder, source = Path(env).expanduser(), "the knowledge folder KNOWLEDGE_PATH names"
    else:
        folder = Path.cwd()
        source = "the current directory, as neither --knowledge nor KNOWLEDGE_PATH is set"
    try:
        written = write_new_event(ns.name, folder)
    except NewEventError as exc:
        raise CliError(f"error: {exc}") from exc
    print(f"Wrote {written.path.name} into {source}:")
    print(f"  {written.path.resolve()}")
    if written.schema:
        print(f"and {written.schema.name} beside it, so that editors complete and check fields.")
    if not (ns.knowledge or env):
        print("The bot reads this folder when KNOWLEDGE_PATH is set to it.")
    print("Replace every TODO (German under de:, Russian under ru:), then check the file with:")
    print(f"  mission-bot check {shlex.quote(str(written.path))}")
    return 0


def cmd_run(ns: argparse.Namespace) -> int:
    from .app import run

    settings = _settings()
    if ns.knowledge:
        settings = dataclasses.replace(settings, knowledge_path=ns.knowledge)
    if not settings.token:
        raise CliError(
            "error: TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather in Telegram "
            "(/newbot), then export TELEGRAM_BOT_TOKEN=<token>. To try the bot without "
            "Telegram, run: mission-bot chat"
        )
    _data_dir(settings)
    return run(settings, webhook=ns.webhook, watch=ns.watch)


def cmd_unanswered(ns: argparse.Namespace) -> int:
    from .storage import Storage

    # Only BOT_DATA_DIR: settings that only `run` uses must not stop this command.
    settings = Settings(data_dir=data_dir_from(os.environ))
    database = _data_dir(settings) / "bot.sqlite3"
    storage = Storage(database)
    try:
        if ns.csv:
            storage.export_unanswered_csv(sys.stdout)
        else:
            groups = storage.unanswered_groups(limit=ns.limit)
            if groups:
                print(f"Unanswered questions in {database}, most frequent first:")
            else:
                print(f"No unanswered questions in {database}.")
            for group in groups:
                print(f"{group.count:>5}  [{group.lang}] {group.text}")
    finally:
        storage.close()
    return 0


def _lang(value: str) -> Lang:
    if value not in ("de", "ru"):
        raise argparse.ArgumentTypeError("choose de or ru")
    return "de" if value == "de" else "ru"


def _rate(value: str) -> float:
    try:
        rate = float(value.rstrip("%")) / (100 if value.endswith("%") else 1)
    except ValueError as exc:
        raise argparse.ArgumentTypeError("a rate such as 0.95 or 95%") from exc
    if not 0 <= rate <= 1:
        raise argparse.ArgumentTypeError("a rate between 0 and 1")
    return rate


def _columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` finds it (``$COLUMNS``, else 80)."""
    with contextlib.suppress(ValueError):
        if (columns := int(os.environ.get("COLUMNS", "0"))) > 0:
            return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, told the terminal's width.

    Left to find it, it imports shutil, and with it bz2, lzma and zlib: argparse makes a
    formatter for every option it is given, so every command would pay 15-20 ms for them.
    """

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_columns() - 2)


class _Parser(argparse.ArgumentParser):
    """argparse's parser with :class:`_Formatter`, for itself and its commands."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(formatter_class=_Formatter, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mission-bot",
        description="Bilingual (German/Russian) assistant for business missions and their events.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--knowledge",
        type=Path,
        help="knowledge file or folder (default: $KNOWLEDGE_PATH or the bundled knowledge base)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def knowledge_option(command: argparse.ArgumentParser) -> None:
        # Also after the command; SUPPRESS keeps one given before the command.
        command.add_argument(
            "--knowledge",
            type=Path,
            default=argparse.SUPPRESS,
            help="knowledge file or folder (as before the command)",
        )

    def event_option(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--event",
            metavar="ID",
            help="the event to answer about, by id or name (default: the running or next one)",
        )

    ask = sub.add_parser("ask", help="answer questions given as arguments or on stdin (-)")
    ask.add_argument("question", nargs="*", help="the question, or - for one per line on stdin")
    ask.add_argument("--lang", type=_lang, help="the asker's language if the text is unclear")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    event_option(ask)
    knowledge_option(ask)
    ask.set_defaults(func=cmd_ask)

    chat = sub.add_parser("chat", help="interactive console with the same engine")
    chat.add_argument("--lang", type=_lang, help="the asker's language if the text is unclear")
    event_option(chat)
    knowledge_option(chat)
    chat.set_defaults(func=cmd_chat)

    check = sub.add_parser("check", help="validate knowledge files")
    check.add_argument("path", nargs="?", type=Path, help="file or folder (default: in use)")
    knowledge_option(check)
    check.set_defaults(func=cmd_check)

    ev = sub.add_parser("eval", help="accuracy on labelled questions")
    ev.add_argument("file", nargs="+", type=Path, help="YAML question set or labelled CSV")
    ev.add_argument("--min", type=_rate, help="exit 1 when the overall rate is below this")
    event_option(ev)
    knowledge_option(ev)
    ev.set_defaults(func=cmd_eval)

    new = sub.add_parser("new-event", help="write NAME.yaml, a valid event file to fill in")
    new.add_argument("name", metavar="NAME", help="the event's id and file name: leipzig-2027")
    new.add_argument(
        "--knowledge",
        type=Path,
        default=argparse.SUPPRESS,  # else it would undo the option given before the command
        help="the folder to write into (default: $KNOWLEDGE_PATH, else the current directory)",
    )
    new.set_defaults(func=cmd_new_event)

    run = sub.add_parser("run", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    run.add_argument("--webhook", action="store_true", help="webhook on $PORT at $WEBHOOK_URL")
    run.add_argument("--watch", action="store_true", help="reload when knowledge files change")
    knowledge_option(run)
    run.set_defaults(func=cmd_run)

    un = sub.add_parser("unanswered", help="questions the bot could not answer")
    un.add_argument("--csv", action="store_true", help="export every one as CSV")
    un.add_argument("--limit", type=int, default=30, help="groups to show (default 30)")
    un.set_defaults(func=cmd_unanswered)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``mission-bot`` and ``python -m bot``."""
    parser = build_parser()
    ns = parser.parse_args(argv)
    if ns.command is None:
        ns.lang = ns.event = None
        ns.webhook = ns.watch = False
        ns.func = cmd_run if os.environ.get("TELEGRAM_BOT_TOKEN") else cmd_chat
    try:
        return int(ns.func(ns))
    except CliError as exc:
        print(exc, file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
