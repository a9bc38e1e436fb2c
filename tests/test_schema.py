"""The JSON Schemas beside the knowledge files agree with what the bot accepts."""

from __future__ import annotations

import jsonschema
import pytest

from bot import knowledge
from bot.knowledge import KnowledgeError, build, bundled_path
from tests.support.schema import SCHEMAS, schema, schema_errors

EVENT = """\
event:
  id: demo-2027
  name: {de: Demo, ru: Демо}
  start: 2027-05-03
  end: 2027-05-04
entries:
  - id: alpha
    kind: company
    name: {de: Alpha, ru: Альфа}
    answer: {de: Alpha war dabei., ru: Альфа участвовала.}
    keywords: {de: [Alpha, 2027]}
    related: [bertha]
  - id: bertha
    kind: speaker
    name: {de: Bertha, ru: Берта}
    answer: {de: Bertha sprach., ru: Берта выступила.}
    role: {de: Leiterin, ru: руководитель}
    organization: alpha
    day: 1
    facts: {heads: alpha, presented: [alpha], place: {de: Leipzig, ru: Лейпциг}, year: 2020}
  - id: day-1
    kind: day
    day: 1
    date: 2027-05-03
    name: {de: Erster Tag, ru: Первый день}
    answer: {de: Vorträge., ru: Доклады.}
  - id: companies
    kind: list
    list_of: company
    command: firms
    description: {de: Firmen, ru: Компании}
    name: {de: Firmen, ru: Компании}
    intro: {de: "Firmen:", ru: "Компании:"}
"""

VOCABULARY = """\
cues:
  count: [wie viele, сколько]
values:
  origin:
    saxony: [sächsisch*]
gaps:
  - id: age
    label: {de: Alter, ru: возраст}
    words: [alter, возраст*]
    kinds: [speaker]
weak: [group, 2021]
synonyms:
  - [sprach, выступал]
russian: [kto, vo]
dialect:
  isch: ist
  is'n: ist
"""


def bot_accepts(name: str, text: str) -> bool:
    sources = [("ev.yaml", text)] if name == "event" else [("vocabulary.yaml", text)]
    if name == "vocabulary":
        sources.append(("ev.yaml", EVENT))
    try:
        build(sources)
    except KnowledgeError:
        return False
    return True


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_the_schemas_are_valid_draft_7(name: str) -> None:
    jsonschema.Draft7Validator.check_schema(schema(name))


def test_every_shipped_file_names_its_schema_and_validates() -> None:
    files = sorted(bundled_path().glob("*.yaml"))
    assert {f.name for f in files} >= {"mission-2020.yaml", "vocabulary.yaml"}
    for file in files:
        name = "vocabulary" if file.name in knowledge.VOCABULARY_FILES else "event"
        text = file.read_text("utf-8")
        first = text.splitlines()[0]
        assert first == f"# yaml-language-server: $schema=./{SCHEMAS[name]}", file.name
        assert schema_errors(name, text) == [], file.name


def test_the_examples_here_are_valid_for_both() -> None:
    assert bot_accepts("event", EVENT) and schema_errors("event", EVENT) == []
    assert bot_accepts("vocabulary", VOCABULARY)
    assert schema_errors("vocabulary", VOCABULARY) == []


WRONG_EVENTS = {
    "command without description": ("    description: {de: Firmen, ru: Компании}\n", ""),
    "command of the bot's own": ("command: firms", "command: help"),
    "command with capitals": ("command: firms", "command: Firms"),
    "command outside a list": ("    related: [bertha]\n", "    command: alpha\n"),
    "welcome in one language": (
        "  end: 2027-05-04\n",
        "  end: 2027-05-04\n  welcome: {de: Hallo}\n",
    ),
    "unknown entry key": ("    related: [bertha]\n", "    colour: red\n"),
    "key of another kind": ("    related: [bertha]\n", "    role: {de: Chef, ru: шеф}\n"),
    "intro outside a list": ("    related: [bertha]\n", "    intro: {de: X, ru: Х}\n"),
    "unknown kind": ("kind: company", "kind: rocket"),
    "list of an unknown kind": ("list_of: company", "list_of: rockets"),
    "no answer": ("    answer: {de: Alpha war dabei., ru: Альфа участвовала.}\n", ""),
    "list without list_of": ("    list_of: company\n", ""),
    "no name": ("    name: {de: Bertha, ru: Берта}\n", ""),
    "no kind": ("    kind: company\n", ""),
    "missing language": ("{de: Alpha, ru: Альфа}", "{de: Alpha}"),
    "unknown language": ("{de: Alpha, ru: Альфа}", "{de: Alpha, ru: Альфа, en: Alpha}"),
    "text where de/ru is needed": ("{de: Alpha, ru: Альфа}", "Alpha"),
    "blank text": ("ru: Альфа}", 'ru: "  "}'),
    "empty name": ("name: {de: Alpha, ru: Альфа}", "name:"),
    "day zero": ("    day: 1\n    facts", "    day: 0\n    facts"),
    "day as a word": ("    day: 1\n    facts", "    day: first\n    facts"),
    "date as a word": ("date: 2027-05-03", "date: third of May"),
    "id with capitals": ("- id: alpha", "- id: Alpha"),
    "related not a list": ("related: [bertha]", "related: bertha"),
    "relation to a number": ("heads: alpha", "heads: 7"),
    "relation to a text": ("heads: alpha", "heads: {de: A, ru: А}"),
    "empty fact list": ("year: 2020", "year: []"),
    "fact name not a plain word": ("year: 2020", "Jahr Eins: 2020"),
    "keywords not per language": ("keywords: {de: [Alpha, 2027]}", "keywords: [Alpha]"),
    "keywords in English": ("keywords: {de: [Alpha, 2027]}", "keywords: {en: [Alpha]}"),
    "event without end": ("  end: 2027-05-04\n", ""),
    "unknown event key": ("  end: 2027-05-04\n", "  end: 2027-05-04\n  city: Leipzig\n"),
    "unknown top-level key": ("entries:\n", "sponsors: []\nentries:\n"),
    "no entries": (EVENT[EVENT.index("entries:") :], "entries: []\n"),
}


@pytest.mark.parametrize("case", sorted(WRONG_EVENTS))
def test_a_wrong_event_file_fails_both_the_schema_and_the_bot(case: str) -> None:
    old, new = WRONG_EVENTS[case]
    assert old in EVENT
    text = EVENT.replace(old, new, 1)
    assert schema_errors("event", text), f"schema accepts: {case}"
    assert not bot_accepts("event", text), f"bot accepts: {case}"


RIGHT_EVENTS = {
    "a date and time": ("date: 2027-05-03", "date: 2027-05-03 09:00:00"),
    "a number as a name": ("{de: Alpha, ru: Альфа}", "{de: 1860, ru: 1860}"),
    "a fact list of texts": ("year: 2020", "venue: [{de: A, ru: А}, {de: B, ru: Б}]"),
    "a yes/no fact": ("year: 2020", "online: true"),
    "a block text": (
        "ru: Доклады.}",
        "ru: Доклады.}\n    summary:\n      de: |\n        a\n"
        "        b\n      ru: >-\n        в\n",
    ),
}


@pytest.mark.parametrize("case", sorted(RIGHT_EVENTS))
def test_what_the_bot_accepts_the_schema_accepts(case: str) -> None:
    old, new = RIGHT_EVENTS[case]
    assert old in EVENT
    text = EVENT.replace(old, new, 1)
    assert bot_accepts("event", text), case
    assert schema_errors("event", text) == [], case


WRONG_VOCABULARIES = {
    "unknown key": ("weak:", "strong: [x]\nweak:"),
    "gap without words": ("    words: [alter, возраст*]\n", ""),
    "gap without id": ("  - id: age\n    label", "  - label"),
    "unknown key in a gap": ("    kinds: [speaker]\n", "    kinds: [speaker]\n    note: x\n"),
    "gap of an unknown kind": ("kinds: [speaker]", "kinds: [rocket]"),
    "a gap's tail of two words": (
        "    kinds: [speaker]\n",
        "    kinds: [speaker]\n    tails: [a b]\n",
    ),
    "words not a list": ("count: [wie viele, сколько]", "count: wie viele"),
    "synonyms not a list": ("  - [sprach, выступал]\n", "  sprach: выступал\n"),
    "gaps not a list": ("gaps:\n", "gaps: {}\nx:\n"),
    "label in one language": ("{de: Alter, ru: возраст}", "{de: Alter}"),
    "dialect not a mapping": ("dialect:\n  isch: ist\n  is'n: ist\n", "dialect: [isch]\n"),
    "dialect of two words": ("  isch: ist\n", "  is des: ist das\n"),
    "dialect without its standard word": ("  isch: ist\n", "  isch:\n"),
}


@pytest.mark.parametrize("case", sorted(WRONG_VOCABULARIES))
def test_a_wrong_vocabulary_fails_both_the_schema_and_the_bot(case: str) -> None:
    old, new = WRONG_VOCABULARIES[case]
    assert old in VOCABULARY
    text = VOCABULARY.replace(old, new, 1)
    assert schema_errors("vocabulary", text), f"schema accepts: {case}"
    assert not bot_accepts("vocabulary", text), f"bot accepts: {case}"


def test_the_event_schema_has_the_validators_keys_kinds_and_required_fields() -> None:
    event = schema("event")
    definitions = event["definitions"]
    entry = definitions["entry"]
    assert set(event["required"]) == set(event["properties"]) == {"event", "entries"}
    assert set(event["properties"]["event"]["properties"]) == knowledge._EVENT_KEYS
    assert set(event["properties"]["event"]["required"]) == knowledge._EVENT_KEYS - {"welcome"}
    assert set(definitions["kind"]["enum"]) == knowledge.KINDS
    assert definitions["id"]["pattern"] == knowledge._ID.pattern
    all_keys = set().union(knowledge._COMMON_KEYS, {"answer"}, *knowledge._KIND_KEYS.values())
    assert set(entry["properties"]) == all_keys
    assert set(entry["required"]) == {"id", "kind", "name"}
    allowed: dict[str, set[str]] = {}
    required: dict[str, set[str]] = {}
    for rule in entry["allOf"]:
        condition = rule["if"]["properties"]["kind"]
        for kind in condition.get("enum", [condition.get("const")]):
            allowed[kind] = set(rule["then"]["propertyNames"]["enum"])
            required[kind] = set(rule["then"]["required"])
    assert set(allowed) == knowledge.KINDS
    for kind in knowledge.KINDS:
        extra = knowledge._KIND_KEYS.get(kind, {"answer"})
        assert allowed[kind] == knowledge._COMMON_KEYS | extra, kind
        assert required[kind] == ({"intro", "list_of"} if kind == "list" else {"answer"}), kind
    facts = definitions["facts"]["properties"]
    relations = {k for k, v in facts.items() if v["$ref"] == "#/definitions/relation"}
    assert relations == knowledge.RELATIONS


def test_the_vocabulary_schema_has_the_validators_keys() -> None:
    vocabulary = schema("vocabulary")
    assert set(vocabulary["properties"]) == knowledge._VOCABULARY_KEYS
    gap = vocabulary["definitions"]["gap"]
    assert set(gap["properties"]) == set(knowledge._GAP_KEYS)
    assert set(gap["properties"]["kinds"]["items"]["enum"]) == knowledge.KINDS
