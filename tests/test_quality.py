"""Lint, format and type checks run with the tests, so CI enforces them; and one layout rule.

Tests share helpers through ``tests.support`` only: a test module, ``conftest.py``, a support
module or a benchmark never imports a test module, ``conftest`` or anything else of
``tests`` outside ``tests.support``.
"""

import ast
import subprocess
import sys

import pytest

from tests.support.paths import ROOT


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def test_ruff_check() -> None:
    out = _run("ruff", "check", ".")
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_format() -> None:
    out = _run("ruff", "format", "--check", ".")
    assert out.returncode == 0, out.stdout + out.stderr


def test_mypy() -> None:
    out = _run("mypy")
    assert out.returncode == 0, out.stdout + out.stderr


def imported(source: str, module: str) -> list[tuple[int, str]]:
    """``(line, module)`` for each import in ``source``, the code of the dotted ``module``.

    Relative imports are resolved; ``from package import name`` counts as importing
    ``package.name``, since the name may be a module.
    """
    package = module.split(".")[:-1]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            target = ".".join([*base, *([node.module] if node.module else [])])
            found.append((node.lineno, target))
            found += [(node.lineno, f"{target}.{alias.name}") for alias in node.names]
    return found


def outside_support(name: str) -> bool:
    """Whether ``name`` is a module of ``tests`` other than ``tests.support`` and its own."""
    parts = name.split(".")
    return parts[0] == "tests" and len(parts) > 1 and parts[1] != "support"


def test_tests_share_helpers_only_through_tests_support() -> None:
    files = [
        *sorted((ROOT / "tests").glob("*.py")),
        *sorted((ROOT / "tests" / "support").glob("*.py")),
        *sorted((ROOT / "benchmarks").glob("*.py")),
    ]
    assert len(files) > 30
    wrong: dict[str, str] = {}  # the first module outside tests.support, by file and line
    for path in files:
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for line, name in imported(path.read_text("utf-8"), module):
            if outside_support(name):
                wrong.setdefault(f"{path.relative_to(ROOT)}:{line}", name)
    listed = [f"{place}: imports {name}" for place, name in wrong.items()]
    assert listed == [], "import shared helpers from tests.support:\n" + "\n".join(listed)


@pytest.mark.parametrize(
    ("source", "breaks_the_rule"),
    [
        ("from .test_cli import run", True),
        ("from . import test_cli", True),
        ("from .conftest import ROOT", True),
        ("from tests.test_run import bot_env", True),
        ("import tests.conftest", True),
        ("from tests import helpers", True),
        ("from .support.process import run", False),
        ("from tests.support.fake_api import FakeTelegram", False),
        ("from tests.support import chat", False),
        ("from bot.knowledge import load", False),
        ("import pytest", False),
    ],
)
def test_the_import_rule_sees_every_form_of_import(source: str, breaks_the_rule: bool) -> None:
    names = [name for _, name in imported(source, "tests.test_example")]
    assert any(outside_support(name) for name in names) == breaks_the_rule, names
