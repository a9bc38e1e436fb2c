from pathlib import Path

import pytest

from bot.knowledge import MAX_FILE_BYTES, KnowledgeBase, KnowledgeError, build, load

GOOD = """\
event:
  id: ev
  name: {de: Event, ru: Событие}
  start: 2020-11-09
  end: 2020-11-11
entries:
  - id: a
    kind: company
    name: {de: Alpha, ru: Альфа}
    answer: {de: Alpha war dabei., ru: Альфа участвовала.}
    related: [b]
  - id: b
    kind: speaker
    day: 1
    organization: a
    name: {de: Bertha, ru: Берта}
    answer: {de: Bertha sprach., ru: Берта выступила.}
  - id: all
    kind: list
    list_of: company
    name: {de: Firmen, ru: Компании}
    intro: {de: "Firmen:", ru: "Компании:"}
"""


def problems(text: str) -> list[str]:
    with pytest.raises(KnowledgeError) as info:
        build([("k.yaml", text)])
    return [str(p) for p in info.value.problems]


def test_bundled_knowledge_base_is_valid_and_complete(kb: KnowledgeBase) -> None:
    assert len(kb.of_kind("company")) == 16
    assert len(kb.of_kind("speaker")) == 5
    assert len(kb.of_kind("organizer")) == 4
    assert len(kb.of_kind("place")) == 15
    for wanted in (
        "industrystock",
        "deep-tech-hub",
        "sibb",
        "expert-circle",
        "fair-zintec",
        "networking",
        "day-1",
        "day-2",
        "day-3",
        "speakers",
        "companies",
        "regions",
    ):
        assert wanted in kb.by_id
    speaker = kb.by_id["speaker-krainov"]
    # The release does not say on which day Krainov spoke.
    assert speaker.day is None and speaker.organization == "org-apm"
    assert speaker.name.ru == "Андрей Крайнов"
    assert kb.events[0].start.isoformat() == "2020-11-09"


def test_every_entry_has_both_languages(kb: KnowledgeBase) -> None:
    for entry in kb.entries:
        assert entry.answer.de and entry.answer.ru, entry.id
        assert entry.name.de and entry.name.ru, entry.id


def test_good_file_loads() -> None:
    kb = build([("k.yaml", GOOD)])
    assert [e.id for e in kb.entries] == ["a", "b", "all"]
    assert kb.counts() == {"company": 1, "list": 1, "speaker": 1}


def test_missing_language_is_reported_with_line_and_id() -> None:
    found = problems(
        GOOD.replace(
            "answer: {de: Alpha war dabei., ru: Альфа участвовала.}",
            "answer: {de: Alpha war dabei.}",
        )
    )
    assert found == ["k.yaml:10: [a] answer is missing language 'ru'"]


def test_duplicate_id() -> None:
    found = problems(GOOD.replace("- id: b", "- id: a"))
    assert any("[a] duplicate id (first at k.yaml:7)" in p for p in found)


def test_unknown_key() -> None:
    found = problems(GOOD.replace("    related: [b]", "    colour: red"))
    assert found == ["k.yaml:11: [a] unknown key 'colour' for kind 'company'"]


def test_wrong_type() -> None:
    found = problems(GOOD.replace("    day: 1", "    day: first"))
    assert found == ["k.yaml:14: [b] day must be a positive whole number"]
    found = problems(GOOD.replace("related: [b]", "related: b"))
    assert found == ["k.yaml:11: [a] related must be a list"]


def test_empty_answer() -> None:
    found = problems(GOOD.replace("ru: Альфа участвовала.", 'ru: "  "'))
    assert found == ["k.yaml:10: [a] answer.ru is empty"]


def test_broken_reference() -> None:
    found = problems(GOOD.replace("related: [b]", "related: [nobody]"))
    assert found == ["k.yaml:7: [a] related names unknown id 'nobody'"]
    found = problems(GOOD.replace("organization: a", "organization: ghost"))
    assert found == ["k.yaml:12: [b] organization names unknown id 'ghost'"]


def test_unknown_kind_and_missing_fields() -> None:
    found = problems(GOOD.replace("kind: company", "kind: rocket"))
    assert any("unknown kind 'rocket'" in p for p in found)
    found = problems(GOOD.replace("    name: {de: Alpha, ru: Альфа}\n", ""))
    assert found == ["k.yaml:7: [a] entry is missing 'name'"]


def test_every_problem_is_listed_not_just_the_first() -> None:
    text = GOOD.replace("day: 1", "day: x").replace("related: [b]", "related: [zz]")
    assert len(problems(text)) == 2


def test_invalid_yaml_has_a_line() -> None:
    found = problems(GOOD + "  - id: [unclosed\n")
    assert found[0].startswith("k.yaml:") and "invalid YAML" in found[0]


def test_a_key_given_twice_is_reported_not_silently_dropped() -> None:
    text = GOOD.replace("    related: [b]\n", "    related: [b]\n    answer: {de: X, ru: Х}\n")
    assert problems(text) == ["k.yaml:12: invalid YAML: duplicate key 'answer'"]


def test_a_list_as_a_key_is_reported() -> None:
    assert problems("? [a, b]\n: c\n") == [
        "k.yaml:1: invalid YAML: a key must be a plain word, not a list or mapping"
    ]


def test_questions_may_end_with_a_question_mark_inside_a_flow_list() -> None:
    questions = "related: [b]\n    questions: {de: [Wer ist Alpha?, Was?]}"
    text = GOOD.replace("related: [b]", questions)
    assert build([("k.yaml", text)]).by_id["a"].questions["de"] == ("Wer ist Alpha?", "Was?")


def test_alias_bomb_is_refused_before_expansion() -> None:
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
    for i in range(1, 30):
        bomb += f"{chr(97 + i % 26)}{i}: &a{i} [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    found = problems(bomb)
    assert found == ["k.yaml:2: YAML aliases (*name) are not allowed"]


def test_python_tags_are_refused() -> None:
    found = problems("event: !!python/object/apply:os.system ['echo hi']\n")
    assert "tag:yaml.org,2002:python/object/apply:os.system is not allowed" in found[0]


def test_files_over_the_limit_and_binary_files_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text("#" * (MAX_FILE_BYTES + 1))
    with pytest.raises(KnowledgeError, match="the limit is"):
        load(big)
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\x00\x01\x02garbage")
    with pytest.raises(KnowledgeError, match="binary data"):
        load(binary)
    latin1 = tmp_path / "latin1.yaml"
    latin1.write_bytes("event: Größe".encode("latin-1"))
    with pytest.raises(KnowledgeError, match="not valid UTF-8"):
        load(latin1)


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="no such file or folder"):
        load(tmp_path / "nope")
    with pytest.raises(KnowledgeError, match=r"no \.yaml files"):
        load(tmp_path)


def test_a_second_event_is_just_another_file(tmp_path: Path, kb: KnowledgeBase) -> None:
    source = Path(kb.entries[0].source)
    assert source.name == "mission-2020.yaml"
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(
        GOOD.replace("id: ev", "id: ev2")
        .replace("- id: a", "- id: a2")
        .replace("- id: b", "- id: b2")
        .replace("[b]", "[b2]")
        .replace("organization: a", "organization: a2")
        .replace("- id: all", "- id: all2"),
        encoding="utf-8",
    )
    both = load(tmp_path)
    assert len(both.events) == 2 and len(both.entries) == 6
