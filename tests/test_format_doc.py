"""docs/knowledge-format.md: its examples are valid and it names what the validator knows."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot import knowledge
from bot.knowledge import KnowledgeError, build, bundled_path, load
from tests.support.paths import ROOT
from tests.support.schema import schema_errors

DOC = ROOT / "docs" / "knowledge-format.md"


def doc() -> str:
    return DOC.read_text("utf-8")


def example(schema_file: str) -> str:
    """The YAML block of the document that starts with the schema line of ``schema_file``."""
    blocks = re.findall(r"```yaml\n(.*?)```", doc(), re.S)
    line = f"# yaml-language-server: $schema=./{schema_file}\n"
    found = [b for b in blocks if b.startswith(line) and b != line]
    assert len(found) == 1, f"one example for {schema_file}"
    return found[0]


def test_the_readme_points_at_the_format() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("## The knowledge base") :]
    section = section[: section.index("\n## ", 5)]
    assert "(docs/knowledge-format.md)" in section


def test_the_event_example_is_valid_for_the_bot_and_the_schema() -> None:
    text = example("event.schema.json")
    kb = build([("demo-2027.yaml", text)])
    assert {"event", "organizer", "speaker", "company", "day", "list"} <= set(kb.counts())
    assert any(e.facts for e in kb.entries)
    assert schema_errors("event", text) == []


def test_the_event_example_loads_beside_the_shipped_files(tmp_path: Path) -> None:
    shutil.copytree(bundled_path(), tmp_path, dirs_exist_ok=True)
    (tmp_path / "demo-2027.yaml").write_text(example("event.schema.json"), "utf-8")
    assert len(load(tmp_path).events) == 2


def test_the_vocabulary_example_is_valid_for_the_bot_and_the_schema() -> None:
    text = example("vocabulary.schema.json")
    vocabulary, problems = knowledge.parse_vocabulary(text, "vocabulary.yaml")
    assert problems == [] and vocabulary is not None and vocabulary.gaps
    assert schema_errors("vocabulary", text) == []


def test_the_error_examples_are_what_check_prints(tmp_path: Path) -> None:
    shown = re.search(r"```text\n(.*?)```", doc(), re.S)
    assert shown
    lines = shown.group(1).splitlines()
    base = example("event.schema.json")
    mistakes = [
        ('de: "Der Verband Alpha aus Leipzig organisierte die Reise."', "de: Hinweis: Alpha."),
        ("    aliases: [Beck, Бек]\n", "     aliases: [Beck, Бек]\n"),
        ("de: [Termin, Datum, Leipzig]", "de: [Termin, Datum, Leipzig"),
        ("{de: Anna Beck, ru: Анна Бек}", "\n      de: Anna Beck\n      ru:"),
        ("    facts:\n      place", "    role: {de: X, ru: Х}\n    facts:\n      place"),
    ]
    assert len(lines) == len(mistakes) + 1
    for (old, new), line in zip(mistakes, lines, strict=False):
        assert old in base
        with pytest.raises(KnowledgeError) as info:
            build([("demo-2027.yaml", base.replace(old, new))])
        assert [str(p) for p in info.value.problems] == [line]
    shipped = (bundled_path() / "mission-2020.yaml").read_text("utf-8")
    with pytest.raises(KnowledgeError) as info:
        build(
            [
                (
                    "demo-2027.yaml",
                    base.replace(
                        "- id: demo-gamma\n", "- id: demo-gamma\n    related: [networking]\n"
                    ),
                ),
                ("mission-2020.yaml", shipped),
            ]
        )
    assert [str(p) for p in info.value.problems] == [lines[-1]]


@pytest.mark.parametrize(
    "names",
    [
        sorted(knowledge.KINDS),
        sorted(knowledge.RELATIONS),
        sorted(knowledge._COMMON_KEYS | {"answer", "role", "organization", "day", "date"}),
        sorted(knowledge._KIND_KEYS["list"]),
        sorted(knowledge._EVENT_KEYS),
        sorted(knowledge._VOCABULARY_KEYS),
        ["days", "origin", "year", "edition", "place", "date", "place_kind"],
    ],
    ids=["kinds", "relations", "entry keys", "list keys", "event keys", "vocabulary", "facts"],
)
def test_the_format_names_everything_the_validator_knows(names: list[str]) -> None:
    text = doc()
    missing = [name for name in names if f"`{name}`" not in text]
    assert missing == []


def test_the_facts_the_format_lists_are_those_of_the_shipped_file(
    kb: knowledge.KnowledgeBase,
) -> None:
    text = doc()
    table = text[text.index("**Other facts**") : text.index("Asked for `heads`")]
    listed = set(re.findall(r"^\| `([a-z_]+)` \|", table, re.M))
    used = {name for e in kb.entries for name in e.facts} - knowledge.RELATIONS
    assert listed == used
