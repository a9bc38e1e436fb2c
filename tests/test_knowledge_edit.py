"""Adding a question to a knowledge file changes that one question and nothing else."""

from __future__ import annotations

import difflib

import pytest

from bot.knowledge import bundled_path, parse_file
from bot.knowledge_edit import EditError, add_question
from bot.text import Lang

SHIPPED = (bundled_path() / "mission-2020.yaml").read_text(encoding="utf-8")
HEAD = "event: {id: x, name: {de: X, ru: Х}, start: 2021-01-01, end: 2021-01-02}\nentries:\n"


def added_lines(old: str, new: str) -> list[str]:
    diff = difflib.ndiff(old.splitlines(), new.splitlines())
    changed = [line for line in diff if line[:1] in "+-"]
    assert all(line.startswith("+ ") for line in changed), changed
    return [line[2:] for line in changed]


@pytest.mark.parametrize(
    ("entry", "lang", "question", "expected"),
    [
        # A block list: one line under its last item, indented like it.
        ("event", "de", "Gibt es Parkplätze?", ["        - Gibt es Parkplätze?"]),
        # Texts YAML would read otherwise are quoted.
        ("participants", "ru", "Кто был? # нет", ['        - "Кто был? # нет"']),
        ("companies", "de", "Wie viele: genau?", ['        - "Wie viele: genau?"']),
        # An entry without questions gets them after its last key, before the blank line.
        (
            "company-motor-super",
            "ru",
            "Что за «Мотор Супер»?",
            ["    questions:", "      ru:", "        - Что за «Мотор Супер»?"],
        ),
    ],
)
def test_one_question_is_added_and_nothing_else_changes(
    entry: str, lang: Lang, question: str, expected: list[str]
) -> None:
    new = add_question(SHIPPED, "m.yaml", entry, lang, question)
    assert added_lines(SHIPPED, new) == expected
    loaded = {e.id: e for e in parse_file(new, "m.yaml").entries}
    assert loaded[entry].questions[lang][-1] == question


def test_flow_style_questions_stay_flow_style() -> None:
    text = HEAD + (
        "  - id: a  # the first\n"
        "    kind: event\n"
        "    name: {de: A, ru: А}\n"
        "    answer: {de: A., ru: А.}\n"
        "    questions: {de: ['Was ist A?']}\n"
    )
    de = add_question(text, "f.yaml", "a", "de", "Und, was ist A?")
    assert "questions: {de: ['Was ist A?', \"Und, was ist A?\"]}\n" in de
    ru = add_question(text, "f.yaml", "a", "ru", "Что такое А?")
    assert "questions: {de: ['Was ist A?'], ru: [\"Что такое А?\"]}\n" in ru
    assert "# the first" in de and "# the first" in ru


def test_refused_when_the_edit_cannot_be_made_safely() -> None:
    with pytest.raises(EditError, match="not a block"):
        add_question(SHIPPED, "m.yaml", "no-such-entry", "de", "Frage?")
    with pytest.raises(EditError, match="already"):
        add_question(SHIPPED, "m.yaml", "event", "de", "Wann war die Veranstaltung?")
    with pytest.raises(EditError, match="empty"):
        add_question(SHIPPED, "m.yaml", "event", "de", "  \n ")
    inline = HEAD + "  - {id: a, kind: event, name: {de: A, ru: А}, answer: {de: A., ru: А.}}\n"
    with pytest.raises(EditError, match="not a block"):
        add_question(inline, "f.yaml", "a", "de", "Frage?")
