"""The knowledge base: YAML files, one event per file, turned into typed, frozen objects.

Loading validates everything and fails fast with every problem listed by file, line and
entry id. Only plain YAML is read: no aliases (they make "billion laughs" bombs possible),
no custom tags, no file over ``MAX_FILE_BYTES``.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Any

import yaml

from . import vocabulary_cache
from .text import LANGS, Lang
from .vocabulary import Gap, Phrase, Script, Vocabulary, compile_phrase, script_of

MAX_FILE_BYTES = 1_000_000
MAX_TEXT_CHARS = 3500  # an answer must fit one Telegram message with its heading

KINDS = frozenset(
    {
        "event",
        "organizer",
        "speaker",
        "company",
        "platform",
        "organization",
        "initiative",
        "fair",
        "day",
        "activity",
        "place",
        "list",
    }
)
_COMMON_KEYS = {
    "id", "kind", "name", "summary", "aliases", "questions", "keywords", "related", "facts",
}  # fmt: skip
# Facts that name other entries; the rest hold a number, yes/no, a word or a de/ru text.
RELATIONS = frozenset(
    {"organization", "presented", "invited_to", "region", "heads", "initiator", "supporter",
     "partner", "invited_by", "opened_by"}
)  # fmt: skip
VOCABULARY_FILES = ("vocabulary.yaml", "vocabulary.yml")
_KIND_KEYS: dict[str, set[str]] = {
    "speaker": {"answer", "role", "organization", "day"},
    "day": {"answer", "day", "date"},
    "list": {"intro", "list_of", "command", "description"},
}
# A list entry's ``command`` becomes a bot command; these the bot has of its own.
BUILTIN_COMMANDS = frozenset(
    {"start", "help", "event", "program", "programme", "search", "lang", "privacy", "forget",
     "reload", "rollback", "unanswered", "stats"}
)  # fmt: skip
_COMMAND = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
_EVENT_KEYS = {"id", "name", "start", "end", "welcome"}
# Ids travel in button data (64 bytes with a short prefix), so they are short and plain.
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,55}$")
# The standard YAML tags plain data may carry; anything else (!!python/..., !custom) is refused.
_SAFE_TAGS = frozenset(
    f"tag:yaml.org,2002:{t}"
    for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)
_STR = "tag:yaml.org,2002:str"


class _NotPlain(Exception):
    """An alias or a non-standard tag: refused before anything is constructed."""

    def __init__(self, event: yaml.Event, message: str) -> None:
        super().__init__(message)
        self.line = event.start_mark.line + 1 if event.start_mark else 1


# libyaml's parser (bundled with PyYAML's wheels), twenty times faster than the pure-Python
# one, which is taken where PyYAML was built without it; only its events are used.
_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Problem:
    """One validation problem, located as precisely as the YAML allows."""

    file: str  # "-" when no file in particular
    line: int  # counted from 1; 0 when the path itself is wrong (no such file, empty folder)
    entry: str | None
    message: str

    def __str__(self) -> str:
        if self.file == "-":
            where = ""
        elif self.line < 1:  # a path or a file name, no place inside a file
            where = f"{self.file}: "
        else:
            where = f"{self.file}:{self.line}: "
        return f"{where}[{self.entry}] {self.message}" if self.entry else f"{where}{self.message}"


class KnowledgeError(Exception):
    """Raised when knowledge files cannot be loaded; carries every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class Text:
    """A text in both languages."""

    de: str
    ru: str

    def get(self, lang: Lang) -> str:
        return self.de if lang == "de" else self.ru


FactValue = str | int | bool | Text


@dataclass(frozen=True)
class Entry:
    """One thing the bot can answer about."""

    id: str
    kind: str
    event: str
    name: Text
    answer: Text
    summary: Text
    aliases: tuple[str, ...] = ()
    questions: Mapping[Lang, tuple[str, ...]] = field(default_factory=dict)
    keywords: Mapping[Lang, tuple[str, ...]] = field(default_factory=dict)
    related: tuple[str, ...] = ()
    role: Text | None = None
    organization: str | None = None
    day: int | None = None
    date: dt.date | None = None
    list_of: str | None = None
    facts: Mapping[str, tuple[FactValue, ...]] = field(default_factory=dict)
    command: str | None = None  # list entries: the bot command that shows the list
    description: Text | None = None  # and how the command menu describes it
    source: str = ""
    line: int = 0

    def texts(self, lang: Lang) -> list[tuple[str, str]]:
        """Its texts in one language, each with its field.

        Name, questions, keywords, answer, role, and the summary where it is not the name.
        """
        found = [("name", self.name.get(lang))]
        found += [("question", q) for q in self.questions.get(lang, ())]
        found += [("keyword", k) for k in self.keywords.get(lang, ())]
        found.append(("answer", self.answer.get(lang)))
        if self.role:
            found.append(("role", self.role.get(lang)))
        if self.summary != self.name:
            found.append(("summary", self.summary.get(lang)))
        return found

    def fact(self, predicate: str) -> tuple[FactValue, ...]:
        """The values of one fact; ``organization`` and ``day`` have fields of their own."""
        if predicate == "organization" and self.organization:
            return (self.organization,)
        if predicate == "day" and self.day:
            return (self.day,)
        return self.facts.get(predicate, ())


TAG_CHARS = 3


def event_tag(event_id: str) -> str:
    """Three characters of ``A-Za-z0-9_-`` that stand for an event in button data and links.

    Derived from the event id, so they stay the same across reloads and restarts.
    """
    digest = hashlib.blake2b(event_id.encode(), digest_size=3).digest()
    return base64.urlsafe_b64encode(digest).decode()[:TAG_CHARS]


@dataclass(frozen=True)
class Event:
    """The event a knowledge file describes."""

    id: str
    name: Text
    start: dt.date
    end: dt.date
    source: str
    line: int = 1
    welcome: Text | None = None  # what /start says the bot knows about the event


@dataclass(frozen=True)
class KnowledgeBase:
    """Entries of one or more events (one file each), immutable once built.

    Entry ids are unique within an event; ``by_id`` of a knowledge base holding several
    events keeps the first entry of each id (see :meth:`split` for one event's entries).
    """

    events: tuple[Event, ...]
    entries: tuple[Entry, ...]
    by_id: Mapping[str, Entry]
    vocabulary: Vocabulary = field(default_factory=Vocabulary)

    _by_kind: Mapping[str, tuple[Entry, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_kind: dict[str, list[Entry]] = defaultdict(list)
        for e in self.entries:
            by_kind[e.kind].append(e)
        object.__setattr__(self, "_by_kind", {k: tuple(v) for k, v in by_kind.items()})

    def of_kind(self, kind: str) -> list[Entry]:
        """Entries of one kind, in file order."""
        return list(self._by_kind.get(kind, ()))

    def list_of(self, kind: str) -> Entry | None:
        """The list entry of ``kind`` ("speaker" → the speakers' list), if there is one."""
        return next((e for e in self.of_kind("list") if e.list_of == kind), None)

    def unnamed(self, kind: str) -> frozenset[str]:
        """Origins of entries of ``kind`` that took part unnamed (their list's fact ``unnamed``).

        The release names 16 Russian companies; German ones presented too, unnamed.
        """
        lists = [e for e in self.of_kind("list") if e.list_of == kind]
        return frozenset(str(v) for e in lists for v in e.fact("unnamed"))

    def counts(self) -> dict[str, int]:
        """Number of entries per kind."""
        return dict(sorted(Counter(map(attrgetter("kind"), self.entries)).items()))

    def split(self) -> dict[str, KnowledgeBase]:
        """One knowledge base per event, in file order, each with the shared vocabulary."""
        parts: dict[str, KnowledgeBase] = {}
        for event in self.events:
            entries = tuple(e for e in self.entries if e.event == event.id)
            by_id = {e.id: e for e in entries}
            parts[event.id] = KnowledgeBase((event,), entries, by_id, self.vocabulary)
        return parts

    def fingerprint(self) -> dict[str, str]:
        """A digest of each entry's content by ``event/id``, to tell what a reload changed.

        Where an entry sits (file and line) does not count: moving it changes nothing.
        """
        return {
            f"{e.event}/{e.id}": hashlib.blake2b(
                repr(_entry_fingerprint(e)).encode(), digest_size=16
            ).hexdigest()
            for e in self.entries
        }


def _entry_fingerprint(e: Entry) -> tuple[object, ...]:
    return (
        e.kind,
        e.name,
        e.answer,
        e.summary,
        e.aliases,
        tuple(sorted(e.questions.items())),
        tuple(sorted(e.keywords.items())),
        e.related,
        e.role,
        e.organization,
        e.day,
        e.date,
        e.list_of,
        tuple(sorted(e.facts.items())),
        e.command,
        e.description,
    )


# --------------------------------------------------------------------------- reading YAML


@dataclass
class _Located:
    """A YAML value together with the line it starts on."""

    value: Any
    line: int


def read_yaml(text: str, name: str) -> tuple[_Located | None, list[Problem]]:
    """Parse one YAML document safely, keeping line numbers.

    Values are built straight from the parser's events, one at a time, with no tree of
    YAML nodes in between: this is cheaper, and a reload reading in a worker thread can be
    interrupted between any two of them so that the bot goes on answering. Aliases and
    non-standard tags are refused when met, before anything is built from them.
    """
    try:
        loader = _Loader(text)
        try:
            loader.get_event()  # the stream's start
            if loader.check_event(yaml.StreamEndEvent):
                return None, [Problem(name, 1, None, "the file is empty")]
            document = loader.get_event()
            root = _read_value(loader)
            loader.get_event()  # the document's end
            if not loader.check_event(yaml.StreamEndEvent):
                raise yaml.composer.ComposerError(
                    "expected a single document in the stream", document.start_mark,
                    "but found another document", loader.get_event().start_mark,
                )  # fmt: skip
            return root, []
        finally:
            loader.dispose()
    except _NotPlain as exc:
        return None, [Problem(name, exc.line, None, str(exc))]
    except yaml.MarkedYAMLError as exc:
        line, message = _explain_yaml_error(exc, text.splitlines())
        return None, [Problem(name, line, None, f"invalid YAML: {message}")]
    except yaml.YAMLError as exc:
        return None, [Problem(name, 1, None, f"invalid YAML: {exc}")]


def _read_value(loader: Any, line: int = 0) -> _Located:
    """The value the loader's next events make, with the line it starts on.

    A mapping's value is placed on its key's line (``line``): a block value ("answer:" and
    "de:" on the next line) starts a line later, and a problem with it belongs to its key.
    """
    event = loader.get_event()
    line = line or event.start_mark.line + 1
    if isinstance(event, yaml.AliasEvent):
        raise _NotPlain(event, "YAML aliases (*name) are not allowed")
    if event.tag and event.tag != "!" and event.tag not in _SAFE_TAGS:
        raise _NotPlain(event, f"YAML tag {event.tag} is not allowed")
    if isinstance(event, yaml.ScalarEvent):
        return _Located(_scalar(loader, event), line)
    if isinstance(event, yaml.SequenceStartEvent):
        items = []
        while not loader.check_event(yaml.SequenceEndEvent):
            items.append(_read_value(loader))
        loader.get_event()
        return _Located(items, line)
    mapping: dict[Any, _Located] = {}
    while not loader.check_event(yaml.MappingEndEvent):
        key_event = loader.peek_event()
        key_mark: Any = key_event.start_mark
        if not isinstance(key_event, (yaml.ScalarEvent, yaml.AliasEvent)):
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be a plain word, not a list or mapping", key_mark
            )
        key = _read_value(loader).value
        if key in mapping:
            # YAML would silently keep the last one; a second "answer:" is a mistake.
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_mark)
        mapping[key] = _read_value(loader, key_mark.line + 1)
    loader.get_event()
    return _Located(mapping, line)


def _scalar(loader: Any, event: Any) -> Any:
    """A scalar's value, typed as YAML's core schema says (``2020-11-09`` is a date)."""
    tag = event.tag
    if tag is None or tag == "!":
        tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag == _STR:  # most of them: what PyYAML's constructor would return
        return event.value
    node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
    return loader.construct_object(node)


_INDENTATION = "check the indentation of this line and the one above"
_CLOSERS = {"[": "]", "{": "}"}


def _explain_yaml_error(exc: yaml.MarkedYAMLError, lines: Sequence[str]) -> tuple[int, str]:
    """The line (counted from 1) a syntax error is to be fixed on, and what to do there.

    Parser marks count from 0 and point where the parser noticed the mistake, which is often
    later than the mistake itself: an unclosed bracket or quote is noticed at the next
    token, lines further down or at the end of the file.
    """
    problem = str(exc.problem or exc).strip()
    context = exc.context or ""
    mark, opened = exc.problem_mark, exc.context_mark
    if mark is None:
        return (opened.line + 1 if opened else 1), problem

    def char(line: int, column: int) -> str:
        return lines[line][column] if line < len(lines) and column < len(lines[line]) else ""

    unclosed = "flow" in context or "quoted scalar" in context
    if unclosed and opened and opened.line < mark.line:
        sign = char(opened.line, opened.column)
        at_end = not any(text.strip() for text in lines[mark.line + 1 :]) and (
            mark.line >= len(lines) or not lines[mark.line][mark.column :].strip()
        )
        noticed = "at the end of the file" if at_end else f"on line {mark.line + 1}"
        if sign in "\"'":
            return opened.line + 1, (
                f"the quote ({sign}) opened on this line is not closed (noticed {noticed}); "
                "a text that holds this quote itself goes in the other kind of quotes"
            )
        return opened.line + 1, (
            f"the '{sign}' opened on this line is not closed with '{_CLOSERS.get(sign, '')}' "
            f"(noticed {noticed}); put a text that holds ',' or ':' in quotes"
        )
    line, column = mark.line, mark.column
    # At the end of the file or of a blank line the mistake lies on the last line with text.
    while line > 0 and (line >= len(lines) or not lines[line].strip()):
        line -= 1
        column = len(lines[line])
    found = char(line, column)
    text = lines[line] if line < len(lines) else ""
    if found == "\t" or (("tab" in problem) and "\t" in text):
        hint = "a tab character here: indent with spaces only, never tabs"
    elif "mapping values" in problem:
        before = text[:column].lstrip(" -")
        if ": " in before or before.endswith(":"):
            hint = "a ': ' inside a text: put the text in quotes"
        elif _continues_text(lines, line):
            hint = f"{_INDENTATION}; if this line continues a text, put the text in quotes"
        else:
            hint = _INDENTATION
    elif "flow" in context:
        hint = "a ',' or ':' inside [...] or {...} ends a text there: put the text in quotes"
    elif "block" in context and text[:column].rstrip()[-1:] in ("'", '"'):
        hint = "a text that starts with a quote must end with it: put the whole text in quotes"
    elif "block" in context:
        hint = _INDENTATION
    elif "another document" in problem:
        hint = "a file holds one event: remove this '---' line or start a new file here"
    elif "cannot start any token" in problem and found:
        hint = f"a text cannot start with {found!r}: put the text in quotes"
    else:
        return line + 1, problem
    return line + 1, f"{hint} ({problem})"


def _continues_text(lines: Sequence[str], line: int) -> bool:
    """Whether YAML reads a line as the continuation of a plain text on the line above."""
    above = next((lines[i] for i in range(line - 1, -1, -1) if lines[i].strip()), "")
    indent = len(lines[line]) - len(lines[line].lstrip())
    _, colon, value = above.lstrip(" -").partition(": ")
    return bool(colon and value.strip() and indent > len(above) - len(above.lstrip(" -")))


# --------------------------------------------------------------------------- validation


class _Checker:
    """Collects problems while turning located YAML values into typed objects."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []
        self.scripts: dict[Phrase, set[Script]] = {}  # the scripts each phrase is written in

    def fail(self, line: int, entry: str | None, message: str) -> None:
        self.problems.append(Problem(self.name, line, entry, message))

    def empty(self, loc: _Located, entry: str | None, what: str) -> bool:
        """Report a key with nothing after it ("name:") as empty, not as of a wrong type."""
        if loc.value is None:
            self.fail(loc.line, entry, f"{what} is empty")
            return True
        return False

    def string(self, loc: _Located | None, entry: str | None, what: str) -> str | None:
        if loc is None or self.empty(loc, entry, what):
            return None
        if isinstance(loc.value, (int, float)) and not isinstance(loc.value, bool):
            return str(loc.value)
        if isinstance(loc.value, dict) and len(loc.value) == 1:
            # "- Zeit: 10 Uhr" in a list is valid YAML, but a mapping, not the text meant.
            self.fail(
                loc.line, entry, f"{what} must be text; it holds ': ', so put the text in quotes"
            )
            return None
        if not isinstance(loc.value, str):
            self.fail(loc.line, entry, f"{what} must be text, not {_type_name(loc.value)}")
            return None
        # Spaces are folded within lines; line breaks written with "|" blocks are kept.
        lines = (" ".join(line.split()) for line in loc.value.strip().splitlines())
        value = "\n".join(line for line in lines if line)
        if not value:
            self.fail(loc.line, entry, f"{what} is empty")
            return None
        if len(value) > MAX_TEXT_CHARS:
            self.fail(loc.line, entry, f"{what} is longer than {MAX_TEXT_CHARS} characters")
        return value

    def text(self, loc: _Located | None, entry: str | None, what: str) -> Text | None:
        if loc is None or self.empty(loc, entry, what):
            return None
        if isinstance(loc.value, str):
            self.fail(loc.line, entry, f"{what} needs a text per language (de:, ru:)")
            return None
        if not isinstance(loc.value, dict):
            self.fail(loc.line, entry, f"{what} must be a mapping of de:/ru:")
            return None
        values: dict[str, str] = {}
        for key, sub in loc.value.items():
            if key not in LANGS:
                self.fail(sub.line, entry, f"{what} has unknown language {key!r} (use de, ru)")
        for lang in LANGS:
            if lang not in loc.value:
                self.fail(loc.line, entry, f"{what} is missing language {lang!r}")
                continue
            value = self.string(loc.value[lang], entry, f"{what}.{lang}")
            if value is not None:
                values[lang] = value
        if len(values) != len(LANGS):
            return None
        return Text(de=values["de"], ru=values["ru"])

    def strings(self, loc: _Located | None, entry: str | None, what: str) -> tuple[str, ...]:
        if loc is None or self.empty(loc, entry, what):
            return ()
        if not isinstance(loc.value, list):
            self.fail(loc.line, entry, f"{what} must be a list")
            return ()
        items = (self.string(item, entry, what) for item in loc.value)
        return tuple(s for s in items if s)

    def per_lang(
        self, loc: _Located | None, entry: str | None, what: str
    ) -> dict[Lang, tuple[str, ...]]:
        if loc is None or self.empty(loc, entry, what):
            return {}
        if not isinstance(loc.value, dict):
            self.fail(loc.line, entry, f"{what} must be a mapping of de:/ru: lists")
            return {}
        result: dict[Lang, tuple[str, ...]] = {}
        for key, sub in loc.value.items():
            if key not in LANGS:
                self.fail(sub.line, entry, f"{what} has unknown language {key!r} (use de, ru)")
                continue
            result[key] = self.strings(sub, entry, f"{what}.{key}")
        return result

    def date(self, loc: _Located | None, entry: str | None, what: str) -> dt.date | None:
        if loc is None or self.empty(loc, entry, what):
            return None
        if isinstance(loc.value, dt.datetime):
            return loc.value.date()
        if not isinstance(loc.value, dt.date):
            self.fail(loc.line, entry, f"{what} must be a date like 2020-11-09")
            return None
        return loc.value

    def integer(self, loc: _Located | None, entry: str | None, what: str) -> int | None:
        if loc is None or self.empty(loc, entry, what):
            return None
        if not isinstance(loc.value, int) or isinstance(loc.value, bool) or loc.value < 1:
            self.fail(loc.line, entry, f"{what} must be a positive whole number")
            return None
        return loc.value

    def facts(self, loc: _Located | None, entry: str | None) -> dict[str, tuple[FactValue, ...]]:
        if loc is None or self.empty(loc, entry, "facts"):
            return {}
        if not isinstance(loc.value, dict):
            self.fail(loc.line, entry, "facts must be a mapping of fact: value")
            return {}
        result: dict[str, tuple[FactValue, ...]] = {}
        for key, sub in loc.value.items():
            if not isinstance(key, str) or not _ID.match(key):
                self.fail(sub.line, entry, f"fact name {key!r} must be a plain word")
                continue
            if self.empty(sub, entry, f"facts.{key}"):
                continue
            items = sub.value if isinstance(sub.value, list) else [sub]
            values: list[FactValue] = []
            for item in items:
                if isinstance(item.value, bool | int):
                    values.append(item.value)
                elif isinstance(item.value, dict):
                    text = self.text(item, entry, f"facts.{key}")
                    if text:
                        values.append(text)
                else:
                    value = self.string(item, entry, f"facts.{key}")
                    if value:
                        values.append(value)
            if not values:
                self.fail(sub.line, entry, f"facts.{key} is empty")
                continue
            result[key] = tuple(values)
        return result

    def phrases(self, loc: _Located | None, what: str) -> tuple[Phrase, ...]:
        found = []
        for text in self.strings(loc, None, what):
            phrase = compile_phrase(text)
            if phrase is None:
                self.fail(loc.line if loc else 1, None, f"{what}: {text!r} has no letters")
            else:
                found.append(phrase)
                self.scripts.setdefault(phrase, set()).add(script_of(text))
        return tuple(found)

    def groups(self, loc: _Located | None, what: str) -> dict[str, tuple[Phrase, ...]]:
        if loc is None or self.empty(loc, None, what):
            return {}
        if not isinstance(loc.value, dict):
            self.fail(loc.line, None, f"{what} must be a mapping of name: [words]")
            return {}
        return {str(k): self.phrases(v, f"{what}.{k}") for k, v in loc.value.items()}


def _type_name(value: object) -> str:
    return {dict: "a mapping", list: "a list", bool: "true/false", type(None): "nothing"}.get(
        type(value), type(value).__name__
    )


def _parse_event(root: _Located, check: _Checker) -> Event | None:
    loc = root.value.get("event")
    if loc is None:
        check.fail(root.line, None, "missing 'event:' section")
        return None
    if check.empty(loc, None, "'event:'"):
        return None
    if not isinstance(loc.value, dict):
        check.fail(loc.line, None, "'event:' must be a mapping")
        return None
    for key, sub in loc.value.items():
        if key not in _EVENT_KEYS:
            check.fail(sub.line, None, f"unknown key {key!r} in event")
    event_id = check.string(loc.value.get("id"), None, "event.id")
    name = check.text(loc.value.get("name"), event_id, "event.name")
    start = check.date(loc.value.get("start"), event_id, "event.start")
    end = check.date(loc.value.get("end"), event_id, "event.end")
    welcome = check.text(loc.value.get("welcome"), event_id, "event.welcome")
    for key in ("id", "name", "start", "end"):
        if key not in loc.value:
            check.fail(loc.line, event_id, f"event is missing {key!r}")
    if start and end and end < start:
        check.fail(loc.value["end"].line, event_id, "event.end is before event.start")
    if event_id and name and start and end:
        return Event(event_id, name, start, end, check.name, loc.line, welcome)
    return None


def _parse_entry(loc: _Located, event_id: str, check: _Checker) -> Entry | None:
    if not isinstance(loc.value, dict):
        check.fail(loc.line, None, "an entry must be a mapping")
        return None
    raw = loc.value
    entry_id = check.string(raw.get("id"), None, "id")
    if "id" not in raw:
        check.fail(loc.line, None, "entry is missing 'id'")
    elif entry_id and not _ID.match(entry_id):
        check.fail(raw["id"].line, entry_id, "id must be 1-56 of a-z, 0-9, '.', '_', '-'")
        entry_id = None
    kind = check.string(raw.get("kind"), entry_id, "kind")
    if "kind" not in raw:
        check.fail(loc.line, entry_id, "entry is missing 'kind'")
    elif kind and kind not in KINDS:
        check.fail(raw["kind"].line, entry_id, f"unknown kind {kind!r}; known: {sorted(KINDS)}")
        kind = None
    allowed = _COMMON_KEYS | _KIND_KEYS.get(kind or "", {"answer"})
    for key, sub in raw.items():
        if key not in allowed:
            check.fail(sub.line, entry_id, f"unknown key {key!r} for kind {kind!r}")
    required = ["name"] + (["intro", "list_of"] if kind == "list" else ["answer"])
    for key in required:
        if key not in raw:
            check.fail(loc.line, entry_id, f"entry is missing {key!r}")
    name = check.text(raw.get("name"), entry_id, "name")
    answer_key = "intro" if "intro" in raw else "answer"
    answer = check.text(raw.get(answer_key), entry_id, answer_key)
    summary = check.text(raw.get("summary"), entry_id, "summary")
    aliases = check.strings(raw.get("aliases"), entry_id, "aliases")
    questions = check.per_lang(raw.get("questions"), entry_id, "questions")
    keywords = check.per_lang(raw.get("keywords"), entry_id, "keywords")
    related = check.strings(raw.get("related"), entry_id, "related")
    role = check.text(raw.get("role"), entry_id, "role")
    organization = check.string(raw.get("organization"), entry_id, "organization")
    day = check.integer(raw.get("day"), entry_id, "day")
    date = check.date(raw.get("date"), entry_id, "date")
    list_of = check.string(raw.get("list_of"), entry_id, "list_of")
    facts = check.facts(raw.get("facts"), entry_id)
    command = check.string(raw.get("command"), entry_id, "command")
    description = check.text(raw.get("description"), entry_id, "description")
    if command and not _COMMAND.match(command):
        check.fail(raw["command"].line, entry_id, "command must be 1-32 of a-z, 0-9, '_'")
        command = None
    elif command in BUILTIN_COMMANDS:
        check.fail(raw["command"].line, entry_id, f"/{command} is one of the bot's own commands")
        command = None
    if command and not description:
        check.fail(raw["command"].line, entry_id, "a command needs a description {de, ru}")
    if description and len(max(description.de, description.ru, key=len)) > 256:
        check.fail(raw["description"].line, entry_id, "description is over 256 characters")
    if list_of and list_of not in KINDS:
        check.fail(raw["list_of"].line, entry_id, f"list_of names unknown kind {list_of!r}")
    if not (entry_id and kind and name and answer):
        return None
    return Entry(
        id=entry_id,
        kind=kind,
        event=event_id,
        name=name,
        answer=answer,
        summary=summary or name,
        aliases=aliases,
        questions=questions,
        keywords=keywords,
        related=related,
        role=role,
        organization=organization,
        day=day,
        date=date,
        list_of=list_of,
        facts=facts,
        command=command,
        description=description,
        source=check.name,
        line=loc.line,
    )


@dataclass
class ParsedFile:
    """One knowledge file after validation: what could be built, and every problem."""

    event: Event | None = None
    entries: list[Entry] = field(default_factory=list)
    declared: dict[str, str] = field(default_factory=dict)  # id -> kind, valid or not
    ids: list[tuple[str, int]] = field(default_factory=list)  # every (id, line), in order
    problems: list[Problem] = field(default_factory=list)
    name: str = ""


def parse_file(text: str, name: str) -> ParsedFile:
    """Validate one knowledge file's text."""
    root, problems = read_yaml(text, name)
    if root is None:
        return ParsedFile(problems=problems, name=name)
    check = _Checker(name)
    parsed = ParsedFile(problems=check.problems, name=name)
    if not isinstance(root.value, dict):
        check.fail(root.line, None, "the file must be a mapping with 'event:' and 'entries:'")
        return parsed
    for key, sub in root.value.items():
        if key not in ("event", "entries"):
            check.fail(sub.line, None, f"unknown top-level key {key!r}")
    event = parsed.event = _parse_event(root, check)
    raw_entries = root.value.get("entries")
    if raw_entries is None:
        check.fail(root.line, None, "missing 'entries:' list")
    elif not isinstance(raw_entries.value, list) or not raw_entries.value:
        check.fail(raw_entries.line, None, "'entries:' must be a non-empty list")
    else:
        event_id = event.id if event else "?"
        items = raw_entries.value
        for index, loc in enumerate(items):
            # Each entry's YAML is let go once it is read: a large file's all at once would
            # keep a reload's worker thread from stepping aside for as long (see bot.runtime).
            items[index] = None
            entry = _parse_entry(loc, event_id, check)
            if entry:
                parsed.entries.append(entry)
            if isinstance(loc.value, dict):
                raw_id, raw_kind = loc.value.get("id"), loc.value.get("kind")
                if raw_id is not None and isinstance(raw_id.value, (str, int)):
                    kind = raw_kind.value if raw_kind and isinstance(raw_kind.value, str) else ""
                    parsed.declared.setdefault(str(raw_id.value), kind)
                    parsed.ids.append((str(raw_id.value), loc.line))
    return parsed


_VOCABULARY_KEYS = {
    "smalltalk", "cues", "classes", "predicates", "values", "ordinals", "gaps", "weak",
    "russian", "others", "domain", "synonyms", "dialect",
}  # fmt: skip
# A dialect word: Latin letters, maybe an apostrophe inside ("is'n").
_DIALECT_WORD = re.compile(r"[a-zäöüß]+(?:'[a-zäöüß]+)?")
_GAP_KEYS = ["id", "kinds", "cues", "label", "words", "tails"]


def parse_vocabulary(text: str, name: str) -> tuple[Vocabulary | None, list[Problem]]:
    """Validate the vocabulary file (see ``knowledge/vocabulary.yaml``)."""
    root, problems = read_yaml(text, name)
    if root is None:
        return None, problems
    check = _Checker(name)
    if not isinstance(root.value, dict):
        check.fail(root.line, None, "the vocabulary must be a mapping of word lists")
        return None, check.problems
    raw = root.value
    for key, sub in raw.items():
        if key not in _VOCABULARY_KEYS:
            check.fail(sub.line, None, f"unknown key {key!r}; known: {sorted(_VOCABULARY_KEYS)}")
    values: dict[str, dict[str, tuple[Phrase, ...]]] = {}
    loc = raw.get("values")
    if loc is not None and isinstance(loc.value, dict):
        values = {str(k): check.groups(v, f"values.{k}") for k, v in loc.value.items()}
    elif loc is not None:
        check.fail(loc.line, None, "values must map a fact to value: [words]")
    gaps: list[Gap] = []
    loc = raw.get("cues")
    cue_names = set(loc.value) if loc is not None and isinstance(loc.value, dict) else set()
    loc = raw.get("gaps")
    if loc is not None and not isinstance(loc.value, list):
        check.fail(loc.line, None, "gaps must be a list of gaps (id, label, words)")
    for item in loc.value if loc is not None and isinstance(loc.value, list) else []:
        if not isinstance(item.value, dict) or not {"id", "label", "words"} <= item.value.keys():
            check.fail(item.line, None, "each gap needs id, label and words")
            continue
        for key, sub in item.value.items():
            if key not in _GAP_KEYS:
                check.fail(sub.line, None, f"unknown key {key!r} in a gap; known: {_GAP_KEYS}")
        gap_id = check.string(item.value.get("id"), None, "gaps.id")
        label = check.text(item.value.get("label"), gap_id, "gaps.label")
        phrases = check.phrases(item.value.get("words"), f"gaps.{gap_id}.words")
        kinds = check.strings(item.value.get("kinds"), gap_id, "gaps.kinds")
        for kind in kinds:
            if kind not in KINDS:
                check.fail(item.line, gap_id, f"gaps.kinds names unknown kind {kind!r}")
        gap_cues = check.strings(item.value.get("cues"), gap_id, "gaps.cues")
        tails = check.phrases(item.value.get("tails"), f"gaps.{gap_id}.tails")
        if any(len(t) > 1 for t in tails):
            check.fail(item.value["tails"].line, gap_id, "gaps.tails are single words")
        if gap_id and label and phrases:
            labels: dict[Lang, str] = {"de": label.de, "ru": label.ru}
            gaps.append(
                Gap(gap_id, labels, phrases, frozenset(kinds), frozenset(gap_cues),
                    tuple(t[0] for t in tails if len(t) == 1))
            )  # fmt: skip
        elif gap_id and label:
            check.fail(item.line, gap_id, "a gap needs words")
        for cue in gap_cues:
            if cue not in cue_names:
                check.fail(item.line, gap_id, f"gaps.cues names unknown cue {cue!r}")
    synonyms: dict[str, str] = {}
    loc = raw.get("synonyms")
    if loc is not None and not isinstance(loc.value, list):
        check.fail(loc.line, None, "synonyms must be a list of word lists")
    for item in loc.value if loc is not None and isinstance(loc.value, list) else []:
        group = [p for p in check.phrases(item, "synonyms") if len(p) == 1]
        for phrase in group:
            synonyms[phrase[0][0]] = group[0][0][0]

    def keys(what: str) -> frozenset[str]:
        return frozenset(p[0][0] for p in check.phrases(raw.get(what), what) if len(p) == 1)

    ordinals = {
        phrase[0][0]: day
        for day, phrases in check.groups(raw.get("ordinals"), "ordinals").items()
        for phrase in phrases
        if len(phrase) == 1
    }

    vocabulary = Vocabulary(
        smalltalk=check.groups(raw.get("smalltalk"), "smalltalk"),
        cues=check.groups(raw.get("cues"), "cues"),
        classes=check.groups(raw.get("classes"), "classes"),
        predicates=check.groups(raw.get("predicates"), "predicates"),
        values=values,
        ordinals=ordinals,
        gaps=tuple(gaps),
        weak=keys("weak"),
        russian=keys("russian"),
        others=keys("others"),
        domain=keys("domain"),
        synonyms=synonyms,
        dialect=_dialect(check, raw.get("dialect"), _words_of(raw.get("russian"))),
        source=name,
        scripts={p: frozenset(s) for p, s in check.scripts.items()},
    )
    return (None if check.problems else vocabulary), check.problems


def _words_of(loc: _Located | None) -> frozenset[str]:
    """The words of a word list as written, in small letters."""
    items = loc.value if loc is not None and isinstance(loc.value, list) else []
    return frozenset(str(item.value).lower() for item in items)


def _dialect(check: _Checker, loc: _Located | None, russian: frozenset[str]) -> dict[str, str]:
    """The dialect and colloquial spellings: word → the standard German words it stands for."""
    if loc is None or check.empty(loc, None, "dialect"):
        return {}
    if not isinstance(loc.value, dict):
        check.fail(loc.line, None, "dialect must be a mapping of word: standard German")
        return {}
    found: dict[str, str] = {}
    for word, sub in loc.value.items():
        said = str(word).lower()
        standard = check.string(sub, None, f"dialect.{said}")
        if not _DIALECT_WORD.fullmatch(said):
            check.fail(sub.line, None, f"dialect: {word!r} must be one word in Latin letters")
        elif said in russian:
            # "vo" is the Russian "во" typed in Latin letters as well as the Swiss "von".
            check.fail(sub.line, None, f"dialect: {word!r} is Russian typed in Latin letters too")
        elif standard is not None:
            found[said] = standard
    return found


def _cross_check(events: Sequence[Event], files: Sequence[ParsedFile]) -> list[Problem]:
    """Problems that need more than one entry: duplicate ids and broken references.

    Event ids are unique across files; entry ids within their file (one event), and an
    entry refers only to entries of its own event. A duplicate is blamed on its later
    occurrence, naming where the first one is, whether or not that first entry is valid.
    References to entries that exist but have problems of their own are not reported again.
    """
    problems: list[Problem] = []
    seen_events: dict[str, Event] = {}
    for event in events:
        if event.id in seen_events:
            first = seen_events[event.id]
            message = f"duplicate event id (first at {first.source}:{first.line})"
            problems.append(Problem(event.source, event.line, event.id, message))
        else:
            seen_events[event.id] = event
    tags: dict[str, Event] = {}
    for event in seen_events.values():
        other = tags.setdefault(event_tag(event.id), event)
        if other is not event:
            message = f"event id too much like {other.id!r} ({other.source}): choose another"
            problems.append(Problem(event.source, event.line, event.id, message))
    for parsed in files:
        problems.extend(_check_references(parsed))
    return problems


def _check_references(parsed: ParsedFile) -> list[Problem]:
    """Duplicate ids and references to unknown ids within one file."""
    problems: list[Problem] = []
    declared = parsed.declared
    first_at: dict[str, str] = {}
    for entry_id, line in parsed.ids:
        if entry_id in first_at:
            message = f"duplicate id (first at {first_at[entry_id]})"
            problems.append(Problem(parsed.name, line, entry_id, message))
        else:
            first_at[entry_id] = f"{parsed.name}:{line}"
    kinds = set(declared.values())
    commands: dict[str, str] = {}
    for e in parsed.entries:
        if e.command and e.command in commands:
            message = f"/{e.command} is already the command of {commands[e.command]!r}"
            problems.append(Problem(e.source, e.line, e.id, message))
        elif e.command:
            commands[e.command] = e.id
        for ref in e.related:
            if ref not in declared:
                problems.append(
                    Problem(e.source, e.line, e.id, f"related names unknown id {ref!r}")
                )
        if e.organization and e.organization not in declared:
            problems.append(
                Problem(
                    e.source, e.line, e.id, f"organization names unknown id {e.organization!r}"
                )
            )
        for predicate, values in e.facts.items():
            if predicate in RELATIONS:
                problems.extend(
                    Problem(e.source, e.line, e.id, f"facts.{predicate} names unknown id {v!r}")
                    for v in values
                    if not isinstance(v, str) or v not in declared
                )
        if e.list_of and e.list_of not in kinds:
            problems.append(
                Problem(e.source, e.line, e.id, f"list_of {e.list_of!r} matches no entries")
            )
    return problems


def knowledge_files(path: Path) -> list[Path]:
    """The YAML files a knowledge path stands for: the file itself, or a folder's files."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    return [path]


def build(sources: Iterable[tuple[str, str]], cache_dir: Path | None = None) -> KnowledgeBase:
    """Build a knowledge base from ``(name, text)`` pairs, or raise with every problem.

    ``cache_dir``: where the parsed vocabulary is kept between starts (None: parse it).
    """
    events: list[Event] = []
    entries: list[Entry] = []
    problems: list[Problem] = []
    files: list[ParsedFile] = []
    vocabulary: Vocabulary | None = None
    for name, text in sources:
        if name in VOCABULARY_FILES:
            vocabulary, found = cached_vocabulary(text, name, cache_dir)
            problems.extend(found)
            continue
        parsed = parse_file(text, name)
        files.append(parsed)
        problems.extend(parsed.problems)
        if parsed.event:
            events.append(parsed.event)
        entries.extend(parsed.entries)
    problems.extend(_cross_check(events, files))
    if not entries and not problems:
        problems.append(Problem("-", 1, None, "no knowledge entries found"))
    if problems:
        raise KnowledgeError(problems)
    if vocabulary is None:
        vocabulary = bundled_vocabulary(cache_dir)
    by_id: dict[str, Entry] = {}
    for entry in entries:
        by_id.setdefault(entry.id, entry)
    return KnowledgeBase(tuple(events), tuple(entries), by_id, vocabulary)


def read_sources(path: Path) -> Iterator[tuple[str, str]]:
    """Read the knowledge files under ``path``; raise KnowledgeError on unreadable ones."""
    if not path.exists():
        raise KnowledgeError([Problem(str(path), 0, None, "no such file or folder")])
    files = knowledge_files(path)
    if not files:
        raise KnowledgeError([Problem(str(path), 0, None, "no .yaml files in this folder")])
    for file in files:
        yield file.name, read_text(file)


def read_text(file: Path) -> str:
    """Read one knowledge file as UTF-8 text, refusing large or binary files."""
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise KnowledgeError(
                [
                    Problem(
                        file.name, 1, None, f"file is {size} bytes; the limit is {MAX_FILE_BYTES}"
                    )
                ]
            )
        data = file.read_bytes()
    except OSError as exc:
        raise KnowledgeError(
            [Problem(file.name, 1, None, f"cannot read: {exc.strerror}")]
        ) from exc
    return decode(data, file.name)


def decode(data: bytes, name: str) -> str:
    """Decode a knowledge file's bytes, refusing binary data and oversize files."""
    if len(data) > MAX_FILE_BYTES:
        raise KnowledgeError(
            [Problem(name, 1, None, f"file is {len(data)} bytes; the limit is {MAX_FILE_BYTES}")]
        )
    if b"\x00" in data:
        raise KnowledgeError([Problem(name, 1, None, "binary data, not a YAML text file")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise KnowledgeError([Problem(name, line, None, "not valid UTF-8 text")]) from exc


def load(path: Path, cache_dir: Path | None = None) -> KnowledgeBase:
    """Load and validate every knowledge file under ``path`` (``cache_dir``: see build)."""
    return build(read_sources(path), cache_dir)


def bundled_vocabulary(cache_dir: Path | None = None) -> Vocabulary:
    """The vocabulary shipped with the bot, for knowledge paths that bring none."""
    name = VOCABULARY_FILES[0]
    vocabulary, problems = cached_vocabulary(read_text(bundled_path() / name), name, cache_dir)
    if vocabulary is None:
        raise KnowledgeError(problems)
    return vocabulary


def cached_vocabulary(
    text: str, name: str, cache_dir: Path | None
) -> tuple[Vocabulary | None, list[Problem]]:
    """:func:`parse_vocabulary`, or what it gave for the same text and code, from ``cache_dir``.

    Only a vocabulary without problems is kept; a cache that fails in any way is passed by.
    """
    if cache_dir is None or (key := vocabulary_cache.key(name, text)) is None:
        return parse_vocabulary(text, name)
    found = vocabulary_cache.read(cache_dir, name, key)
    if found is not None:
        return found, []
    vocabulary, problems = parse_vocabulary(text, name)
    if vocabulary is not None:
        vocabulary_cache.write(cache_dir, name, key, vocabulary)
    return vocabulary, problems


def bundled_path() -> Path:
    """The knowledge base shipped with the bot (inside the package when installed)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "knowledge", here.parent / "knowledge"):
        if candidate.is_dir():
            return candidate
    return here.parent / "knowledge"
