"""Problems in knowledge files name the line to fix and say what to do there."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot import knowledge
from bot.knowledge import KnowledgeError, Problem, build, load

# Written the way organizers write: block style, texts unquoted.
FILE = """\
event:
  id: demo-2027
  name:
    de: Demo
    ru: Демо
  start: 2027-05-03
  end: 2027-05-04
entries:
  - id: alpha
    kind: company
    name:
      de: Alpha
      ru: Альфа
    answer:
      de: Alpha war dabei.
      ru: Альфа участвовала.
    keywords:
      de: [Alpha, Firma]
      ru: [Альфа]
  - id: beta
    kind: company
    name:
      de: Beta
      ru: Бета
    answer:
      de: Beta war dabei.
      ru: Бета участвовала.
"""

# libyaml's parser where PyYAML was built with it (as bot.knowledge prefers), and the fallback.
LOADERS: list[type[Any]] = [yaml.SafeLoader]
if hasattr(yaml, "CSafeLoader"):
    LOADERS.insert(0, yaml.CSafeLoader)


@pytest.fixture(params=LOADERS, ids=lambda loader: loader.__name__, autouse=True)
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """libyaml and the pure-Python parser word errors differently; both must be explained."""
    monkeypatch.setattr(knowledge, "_Loader", request.param)
    yield


def broken(tmp_path: Path, text: str, name: str = "event.yaml") -> list[Problem]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        load(path)
    return list(info.value.problems)


def only(tmp_path: Path, text: str) -> Problem:
    found = broken(tmp_path, text)
    assert len(found) == 1, found
    return found[0]


def line_of(text: str, fragment: str, nth: int = 1) -> int:
    """The line of the nth line holding ``fragment``."""
    found = [n for n, line in enumerate(text.splitlines(), 1) if fragment in line]
    return found[nth - 1]


def last_line_of(old: str, new: str) -> int:
    """The line of ``new``'s last line once it replaced the first ``old`` in FILE."""
    return FILE[: FILE.index(old)].count("\n") + len(new.splitlines())


def test_the_example_itself_is_valid() -> None:
    assert [e.id for e in build([("event.yaml", FILE)]).entries] == ["alpha", "beta"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("    name:\n      de: Alpha", "   name:\n      de: Alpha"),
        ("      ru: Альфа\n", "     ru: Альфа\n"),
        ("  - id: beta\n", "   - id: beta\n"),
        ("    answer:\n      de: Beta", "     answer:\n      de: Beta"),
    ],
    ids=["key-less-indented", "language-less-indented", "item-more-indented", "key-more-indented"],
)
def test_wrong_indentation_is_blamed_on_its_line_with_what_to_check(
    tmp_path: Path, old: str, new: str
) -> None:
    problem = only(tmp_path, FILE.replace(old, new, 1))
    assert problem.line == last_line_of(old, new.splitlines()[0])
    assert "check the indentation of this line and the one above" in problem.message
    assert str(problem).startswith(f"event.yaml:{problem.line}: invalid YAML: ")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("de: Alpha war dabei.", "de: Hinweis: Alpha war dabei."),
        ("name:\n      de: Beta\n", "name: Beta: die Firma\n    summary:\n      de: Beta\n"),
    ],
)
def test_a_colon_inside_a_text_says_put_it_in_quotes(tmp_path: Path, old: str, new: str) -> None:
    problem = only(tmp_path, FILE.replace(old, new))
    assert problem.line == last_line_of(old, new.splitlines()[0])
    assert "put the text in quotes" in problem.message
    assert "indentation" not in problem.message


def test_a_colon_inside_a_list_item_says_put_it_in_quotes(tmp_path: Path) -> None:
    # Valid YAML (a one-key mapping in the list), but not the text meant.
    text = FILE.replace("de: [Alpha, Firma]", "de:\n        - Alpha\n        - Zeit: 10 Uhr")
    assert [str(p) for p in broken(tmp_path, text)] == [
        f"event.yaml:{line_of(text, 'Zeit: 10 Uhr')}: [alpha] keywords.de must be text; "
        "it holds ': ', so put the text in quotes"
    ]


def test_a_colon_inside_brackets_says_put_it_in_quotes(tmp_path: Path) -> None:
    text = FILE.replace("de: [Alpha, Firma]", "de: [Alpha, Zeit: 10 Uhr}")
    problem = only(tmp_path, text)
    assert problem.line == line_of(text, "Zeit: 10 Uhr")
    assert "put" in problem.message and "in quotes" in problem.message


@pytest.mark.parametrize(
    "old", ["    kind: company\n", "      ru: Альфа\n", "  - id: beta\n"], ids=repr
)
def test_a_tab_is_named_with_its_line(tmp_path: Path, old: str) -> None:
    new = "\t" + old.lstrip(" ")
    text = FILE.replace(old, new, 1)
    problem = only(tmp_path, text)
    assert problem.line == text.splitlines().index(new.rstrip("\n")) + 1
    assert "tab" in problem.message and "spaces" in problem.message


def test_an_unclosed_bracket_is_blamed_on_the_line_it_opens(tmp_path: Path) -> None:
    # The parser notices only at the next line, or at the end of the file.
    text = FILE.replace("de: [Alpha, Firma]", "de: [Alpha, Firma")
    problem = only(tmp_path, text)
    assert problem.line == line_of(text, "[Alpha, Firma")
    assert "'[' opened on this line is not closed with ']'" in problem.message
    at_end = FILE + "    aliases: [Beta GmbH, B\n"
    problem = only(tmp_path, at_end)
    assert problem.line == len(at_end.splitlines())
    assert "noticed at the end of the file" in problem.message


def test_an_unclosed_quote_is_blamed_on_the_line_it_opens(tmp_path: Path) -> None:
    text = FILE.replace("de: Alpha war dabei.", 'de: "Alpha war dabei.')
    problem = only(tmp_path, text)
    assert problem.line == line_of(text, '"Alpha war dabei.')
    assert "quote" in problem.message and "not closed" in problem.message


def test_text_after_a_closing_quote_says_quote_all_of_it(tmp_path: Path) -> None:
    text = FILE.replace("de: Beta war dabei.", 'de: "Beta" war dabei.')
    problem = only(tmp_path, text)
    assert problem.line == line_of(text, '"Beta" war')
    assert "put the whole text in quotes" in problem.message


BROKEN = [
    FILE.replace("de: [Alpha, Firma]", "de: [Alpha, Firma"),
    FILE + "    aliases: [B\n\n\n",
    FILE + '    summary: {de: "B, ru: Б}\n',
    FILE + "    summary: 'B\n",
    FILE.replace("      ru: Бета участвовала.\n", "     ru: Бета участвовала.\n"),
    FILE + "  id: gamma\n",
    FILE + "- id: gamma\n",
    "\tevent: x\n",
    "event: {id: x\n",
    "event: @x\n",
    "a: b\n---\nc: d\n",
]


@pytest.mark.parametrize("text", BROKEN, ids=range(len(BROKEN)))
def test_a_syntax_error_line_is_a_line_of_the_file(tmp_path: Path, text: str) -> None:
    problem = only(tmp_path, text)
    assert 1 <= problem.line <= len(text.splitlines()), problem
    assert text.splitlines()[problem.line - 1].strip(), "blamed on a blank line"
    assert ":0:" not in str(problem)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("    name:\n      de: Alpha\n      ru: Альфа\n", "    name:\n", "[alpha] name is empty"),
        ("      de: Alpha\n", "      de:\n", "[alpha] name.de is empty"),
        ("      ru: [Альфа]\n", "      ru:\n", "[alpha] keywords.ru is empty"),
        ("    kind: company\n", "    kind:\n", "[alpha] kind is empty"),
        ("  - id: alpha\n", "  - id:\n", "id is empty"),
        ("  start: 2027-05-03\n", "  start:\n", "[demo-2027] event.start is empty"),
    ],
)
def test_a_key_with_nothing_after_it_is_empty(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    found = broken(tmp_path, FILE.replace(old, new, 1))
    line = last_line_of(old, new)
    assert f"event.yaml:{line}: {message}" in [str(p) for p in found]
    assert not any("NoneType" in str(p) or "nothing" in p.message for p in found)


def test_empty_event_section_and_empty_facts(tmp_path: Path) -> None:
    text = FILE.replace(FILE[: FILE.index("entries:")], "event:\n")
    assert "event.yaml:1: 'event:' is empty" in [str(p) for p in broken(tmp_path, text)]
    text = FILE.replace("    kind: company\n", "    kind: company\n    facts:\n      year:\n", 1)
    assert [str(p) for p in broken(tmp_path, text)] == [
        f"event.yaml:{line_of(text, 'year:')}: [alpha] facts.year is empty"
    ]


def test_a_missing_language_in_a_block_is_blamed_on_its_key(tmp_path: Path) -> None:
    text = FILE.replace("      ru: Альфа участвовала.\n", "")
    problem = only(tmp_path, text)
    assert problem.line == line_of(text, "answer:")
    assert problem.message == "answer is missing language 'ru'"


def test_a_duplicate_id_is_blamed_on_the_later_entry(tmp_path: Path) -> None:
    text = FILE.replace("- id: beta", "- id: alpha")
    first, later = line_of(text, "- id: alpha"), line_of(text, "- id: alpha", 2)
    assert [str(p) for p in broken(tmp_path, text)] == [
        f"event.yaml:{later}: [alpha] duplicate id (first at event.yaml:{first})"
    ]


def test_a_duplicate_id_is_reported_even_when_the_first_entry_is_invalid(
    tmp_path: Path,
) -> None:
    text = FILE.replace("- id: beta", "- id: alpha").replace("      ru: Альфа\n", "")
    found = [str(p) for p in broken(tmp_path, text)]
    assert found == [
        f"event.yaml:{line_of(text, 'name:', 2)}: [alpha] name is missing language 'ru'",
        f"event.yaml:{line_of(text, '- id: alpha', 2)}: [alpha] duplicate id "
        f"(first at event.yaml:{line_of(text, '- id: alpha')})",
    ]


def test_the_same_id_in_two_events_names_two_entries(tmp_path: Path) -> None:
    (tmp_path / "a-2026.yaml").write_text(FILE.replace("demo-2027", "demo-2026"), "utf-8")
    later = FILE.replace("Beta war dabei.", "Beta war 2027 wieder dabei.")
    (tmp_path / "b-2027.yaml").write_text(later, "utf-8")
    parts = load(tmp_path).split()
    assert list(parts) == ["demo-2026", "demo-2027"]
    assert parts["demo-2026"].by_id["beta"].answer.de == "Beta war dabei."
    assert parts["demo-2027"].by_id["beta"].answer.de == "Beta war 2027 wieder dabei."


def test_an_entry_refers_only_to_entries_of_its_own_event(tmp_path: Path) -> None:
    (tmp_path / "a-2026.yaml").write_text(FILE.replace("demo-2027", "demo-2026"), "utf-8")
    later = FILE.replace("- id: beta", "- id: gamma").replace(
        "    keywords:\n", "    related: [beta]\n    keywords:\n"
    )
    (tmp_path / "b-2027.yaml").write_text(later, "utf-8")
    with pytest.raises(KnowledgeError) as info:
        load(tmp_path)
    alpha = line_of(FILE, "- id: alpha")
    assert [str(p) for p in info.value.problems] == [
        f"b-2027.yaml:{alpha}: [alpha] related names unknown id 'beta'"
    ]


def test_a_duplicate_event_id_names_both_places(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(FILE, "utf-8")
    other = FILE.replace("- id: alpha", "- id: a2").replace("- id: beta", "- id: b2")
    (tmp_path / "b.yaml").write_text(other, "utf-8")
    with pytest.raises(KnowledgeError) as info:
        load(tmp_path)
    assert [str(p) for p in info.value.problems] == [
        "b.yaml:1: [demo-2027] duplicate event id (first at a.yaml:1)"
    ]


def test_no_problem_is_ever_shown_on_line_zero(tmp_path: Path) -> None:
    assert str(Problem("up.yaml", 0, None, "file name must be like event-2021.yaml")) == (
        "up.yaml: file name must be like event-2021.yaml"
    )
    assert str(Problem("-", 0, None, "the knowledge base could not be read")) == (
        "the knowledge base could not be read"
    )
    with pytest.raises(KnowledgeError) as info:
        load(tmp_path / "nope")
    assert str(info.value) == f"{tmp_path / 'nope'}: no such file or folder"
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\x00garbage")
    with pytest.raises(KnowledgeError, match=r"^bin\.yaml:1: binary data"):
        load(binary)
