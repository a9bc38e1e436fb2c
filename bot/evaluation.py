"""Run a labelled question set against the engine and report accuracy.

The format is a YAML list of ``{lang, q, answered, all, none}`` mappings (see
``tests/data/questions.yaml``): ``all`` terms must all appear in the reply (``a|b`` accepts
either), ``none`` terms must not. A CSV file exported by ``mission-bot unanswered --csv`` is
read too, once an organizer has filled in its ``answered`` column (and, if wanted, ``all``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .i18n import I18n
from .knowledge import MAX_FILE_BYTES
from .replies import result_reply
from .search import Engine, Result
from .text import LANGS, Lang


class EvalFileError(ValueError):
    """The question file cannot be read; the message says where and why."""


@dataclass(frozen=True)
class Case:
    """One labelled question."""

    lang: Lang
    q: str
    answered: bool
    all: tuple[str, ...] = ()
    none: tuple[str, ...] = ()
    line: int = 0
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    """A case, what the engine did with it, and why it failed if it did."""

    case: Case
    result: Result
    text: str
    problems: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.problems


@dataclass
class Report:
    """Accuracy by group: answerable questions per language, and out-of-scope questions."""

    outcomes: list[Outcome] = field(default_factory=list)

    def groups(self) -> dict[str, tuple[int, int]]:
        """``group -> (passed, total)`` for ``de``, ``ru``, ``out-of-scope`` and ``all``."""
        result: dict[str, tuple[int, int]] = {}
        for name in (*LANGS, "out-of-scope", "all"):
            selected = [o for o in self.outcomes if _group(o.case) == name or name == "all"]
            if selected:
                result[name] = (sum(o.passed for o in selected), len(selected))
        return result

    def by_tag(self) -> dict[str, tuple[int, int]]:
        """``tag -> (passed, total)`` over the cases that carry tags, most frequent first."""
        counts: dict[str, list[int]] = {}
        for o in self.outcomes:
            for tag in o.case.tags:
                passed_total = counts.setdefault(tag, [0, 0])
                passed_total[0] += o.passed
                passed_total[1] += 1
        ordered = sorted(counts.items(), key=lambda item: (-item[1][1], item[0]))
        return {tag: (p, t) for tag, (p, t) in ordered}

    @property
    def rate(self) -> float:
        total = len(self.outcomes)
        return sum(o.passed for o in self.outcomes) / total if total else 0.0

    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.passed]


def _group(case: Case) -> str:
    return case.lang if case.answered else "out-of-scope"


def _terms(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise EvalFileError(f"{where}: must be a list of texts")
    return tuple(str(v) for v in value)


def _case(raw: object, where: str, line: int) -> Case:
    if not isinstance(raw, dict):
        raise EvalFileError(f"{where}: each item must be a mapping with lang, q and answered")
    unknown = set(raw) - {"lang", "q", "answered", "all", "none", "tags"}
    if unknown:
        raise EvalFileError(f"{where}: unknown keys {sorted(unknown)}")
    lang, q, answered = raw.get("lang"), raw.get("q"), raw.get("answered")
    if lang not in LANGS:
        raise EvalFileError(f"{where}: lang must be de or ru, not {lang!r}")
    if not isinstance(q, str) or not q.strip():
        raise EvalFileError(f"{where}: q must be a non-empty text")
    if isinstance(answered, str) and answered.strip().lower() in ("true", "false", "yes", "no"):
        answered = answered.strip().lower() in ("true", "yes")
    if not isinstance(answered, bool):
        raise EvalFileError(f"{where}: answered must be true or false")
    return Case(
        lang,
        q,
        answered,
        _terms(raw.get("all"), where),
        _terms(raw.get("none"), where),
        line,
        _terms(raw.get("tags"), where),
    )


def load_cases(path: Path) -> list[Case]:
    """Read a labelled question file (YAML, or CSV from ``unanswered --csv``)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EvalFileError(f"{path}: cannot read: {exc.strerror}") from exc
    if len(data) > 10 * MAX_FILE_BYTES:
        raise EvalFileError(f"{path}: file is too large")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EvalFileError(f"{path}: not UTF-8 text") from exc
    if path.suffix.lower() == ".csv":
        return _csv_cases(text, path.name)
    return _yaml_cases(text, path.name)


def _yaml_cases(text: str, name: str) -> list[Case]:
    try:
        if any(isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, Loader=yaml.SafeLoader)):
            raise EvalFileError(f"{name}: YAML aliases are not allowed")
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return []
            if not isinstance(node, yaml.SequenceNode):
                raise EvalFileError(f"{name}: the file must be a YAML list of questions")
            return [
                _case(
                    loader.construct_object(item, deep=True),
                    f"{name}:{item.start_mark.line + 1}",
                    item.start_mark.line + 1,
                )
                for item in node.value
            ]
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise EvalFileError(f"{name}: invalid YAML: {exc}") from exc


def _csv_cases(text: str, name: str) -> list[Case]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not {"lang", "question"} <= set(reader.fieldnames):
        raise EvalFileError(f"{name}: CSV needs the columns lang, question and answered")
    cases = []
    for row in reader:
        where = f"{name}:{reader.line_num}"
        if not (row.get("answered") or "").strip():
            continue  # not labelled yet
        terms = [t.strip() for t in (row.get("all") or "").split(";") if t.strip()]
        raw = {
            "lang": row.get("lang"),
            "q": row.get("question"),
            "answered": row.get("answered"),
            "all": terms,
        }
        cases.append(_case(raw, where, reader.line_num))
    return cases


def _contains(text: str, term: str) -> bool:
    lowered = text.casefold()
    return any(alt.strip().casefold() in lowered for alt in term.split("|"))


def evaluate(engine: Engine, i18n: I18n, cases: Sequence[Case]) -> Report:
    """Ask every question (with its label's language as the asker's preference) and judge."""
    report = Report()
    for case in cases:
        result = engine.ask(case.q, preferred=case.lang)
        text = result_reply(result, engine.kb, i18n.get(result.lang)).plain()
        problems: list[str] = []
        if result.answered != case.answered:
            problems.append("answered" if result.answered else "not answered")
        if case.answered and result.answered:
            if result.lang != case.lang:
                problems.append(f"answered in {result.lang}")
            problems.extend(f"missing {t!r}" for t in case.all if not _contains(text, t))
            problems.extend(f"contains {t!r}" for t in case.none if _contains(text, t))
        report.outcomes.append(Outcome(case, result, text, tuple(problems)))
    return report


def format_report(report: Report) -> str:
    """A short human-readable report: one line per group, then every failure."""
    lines = []
    for name, (passed, total) in report.groups().items():
        lines.append(f"{name:>13}: {passed}/{total} = {passed / total:.1%}")
    tags = report.by_tag()
    if tags:
        lines.append("")
        lines.append("by tag:")
        lines.extend(
            f"{tag:>13}: {passed}/{total} = {passed / total:.1%}"
            for tag, (passed, total) in tags.items()
        )
    failures = report.failures()
    if failures:
        lines.append("")
        lines.append(f"{len(failures)} failure(s):")
        for o in failures:
            best = o.result.best
            got = f"{best.entry.id} ({best.score:.2f})" if best else "nothing"
            where = f"line {o.case.line}: " if o.case.line else ""
            lines.append(
                f"- {where}[{o.case.lang}] {o.case.q!r}: {', '.join(o.problems)}; best: {got}"
            )
    return "\n".join(lines)
