"""Small edits of a knowledge file's text that keep everything else as it was.

Adding a question to an entry inserts one line (or one item into a ``[...]`` list) where the
YAML says the entry's questions are; comments, order, quoting and line breaks elsewhere stay
byte for byte. The result is parsed again and must differ from the original in that one
question only, or the edit is refused.
"""

from __future__ import annotations

import json
from dataclasses import replace

import yaml

from .knowledge import Entry, parse_file
from .text import Lang


class EditError(Exception):
    """The edit cannot be made safely; the message says why."""


def _value(node: yaml.Node, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return value_node
    return None


def _key(node: yaml.MappingNode, key: str) -> yaml.Node | None:
    for key_node, _ in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return key_node
    return None


def _scalar(question: str, flow: bool) -> str:
    """The question as a YAML scalar: plain where that reads back the same, else quoted."""
    probe = f"[{question}]" if flow else f"- {question}"
    try:
        if yaml.safe_load(probe) == [question]:
            return question
    except yaml.YAMLError:
        pass
    quoted = json.dumps(question, ensure_ascii=False)
    if yaml.safe_load(f"[{quoted}]") != [question]:
        raise EditError("the question cannot be written as YAML text")
    return quoted


def _line_start(text: str, line: int) -> int:
    """The index where ``line`` (counted from 0) starts; the text's end after its last line."""
    index = 0
    for _ in range(line):
        found = text.find("\n", index)
        if found < 0:
            return len(text)
        index = found + 1
    return index


def _after_node(text: str, node: yaml.Node) -> int:
    """Where the line after the one a node ends on starts.

    A block text's end lies past the blank and comment lines after it; those stay below.
    """
    # A block collection ends where the next token starts: go by its last text instead.
    while isinstance(node, yaml.CollectionNode) and not node.flow_style and node.value:
        last_item = node.value[-1]
        node = last_item[1] if isinstance(node, yaml.MappingNode) else last_item
    end = node.end_mark
    last = end.line if end.column > 0 else end.line - 1
    lines = text.splitlines()
    while last > node.start_mark.line and (
        last >= len(lines) or not lines[last].strip() or lines[last].lstrip().startswith("#")
    ):
        last -= 1
    return _line_start(text, last + 1)


def _insert_lines(text: str, at: int, block: str) -> str:
    if at > 0 and not text[:at].endswith("\n"):
        block = "\n" + block
    return text[:at] + block + text[at:]


def _into_flow(text: str, seq: yaml.SequenceNode, item: str) -> str:
    if seq.value:
        at = seq.value[-1].end_mark.index
        return text[:at] + ", " + item + text[at:]
    at = seq.end_mark.index - 1
    if text[at] != "]":
        raise EditError("unexpected layout of the question list")
    return text[:at] + item + text[at:]


def _dash_column(text: str, item: yaml.Node) -> int:
    start = _line_start(text, item.start_mark.line)
    line = text[start : start + item.start_mark.column]
    dash = line.rfind("-")
    if dash < 0:
        raise EditError("unexpected layout of the question list")
    return dash


def _insert(text: str, entry: yaml.MappingNode, lang: Lang, question: str) -> str:
    questions = _value(entry, "questions")
    if questions is None:
        indent = " " * entry.value[0][0].start_mark.column
        item = _scalar(question, False)
        block = f"{indent}questions:\n{indent}  {lang}:\n{indent}    - {item}\n"
        for before in ("keywords", "related"):
            key = _key(entry, before)
            if key is not None:
                return _insert_lines(text, _line_start(text, key.start_mark.line), block)
        return _insert_lines(text, _after_node(text, entry.value[-1][1]), block)
    if not isinstance(questions, yaml.MappingNode):
        raise EditError("questions: is not a mapping of de:/ru: lists")
    items = _value(questions, lang)
    if items is None:
        if questions.flow_style or not questions.value:
            at = questions.end_mark.index - 1
            if text[at] != "}":
                raise EditError("unexpected layout of questions:")
            sep = ", " if questions.value else ""
            return text[:at] + f"{sep}{lang}: [{_scalar(question, True)}]" + text[at:]
        indent = " " * questions.value[0][0].start_mark.column
        block = f"{indent}{lang}:\n{indent}  - {_scalar(question, False)}\n"
        return _insert_lines(text, _after_node(text, questions.value[-1][1]), block)
    if not isinstance(items, yaml.SequenceNode):
        raise EditError(f"questions.{lang} is not a list")
    if items.flow_style or not items.value:
        if text[items.end_mark.index - 1] != "]":
            raise EditError(f"unexpected layout of questions.{lang}")
        return _into_flow(text, items, _scalar(question, True))
    indent = " " * _dash_column(text, items.value[0])
    block = f"{indent}- {_scalar(question, False)}\n"
    return _insert_lines(text, _after_node(text, items.value[-1]), block)


def _unplaced(entry: Entry) -> Entry:
    return replace(entry, line=0)


def add_question(text: str, name: str, entry_id: str, lang: Lang, question: str) -> str:
    """``text`` (the knowledge file ``name``) with ``question`` added to an entry's questions.

    Raises :class:`EditError` when the entry is not in the file, already lists the question,
    or the file is laid out so that the edit would change anything else.
    """
    question = " ".join(question.split())
    if not question:
        raise EditError("the question is empty")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise EditError(f"the file is not valid YAML: {exc}") from exc
    entries = _value(root, "entries") if root is not None else None
    if not isinstance(entries, yaml.SequenceNode):
        raise EditError("the file has no entries: list")
    node = next(
        (
            n
            for n in entries.value
            if isinstance(n, yaml.MappingNode)
            and isinstance(id_node := _value(n, "id"), yaml.ScalarNode)
            and id_node.value == entry_id
        ),
        None,
    )
    if node is None or node.flow_style:
        raise EditError(f"the entry {entry_id} is not a block in {name}")
    before = parse_file(text, name)
    old = next((e for e in before.entries if e.id == entry_id), None)
    if old is None or before.problems:
        raise EditError(f"the entry {entry_id} does not load from {name}")
    if question in old.questions.get(lang, ()):
        raise EditError(f"the entry {entry_id} lists this question already")
    new_text = _insert(text, node, lang, question)
    after = parse_file(new_text, name)
    questions = dict(old.questions)
    questions[lang] = (*questions.get(lang, ()), question)
    expected = [
        _unplaced(replace(e, questions=questions) if e.id == entry_id else e)
        for e in before.entries
    ]
    if (
        after.problems
        or [_unplaced(e) for e in after.entries] != expected
        or (before.event and after.event and replace(before.event) != replace(after.event))
    ):
        raise EditError("the edit would change more than the question; edit the file by hand")
    return new_text
