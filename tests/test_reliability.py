"""``mission-bot run`` as a process when Telegram, the network or the host misbehave."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .fake_telegram import TOKEN
from .test_cli import run

# --------------------------------------------------------------------------- data folder


@pytest.mark.parametrize("command", ["run", "unanswered"])
def test_an_unusable_data_folder_is_one_clear_error(
    clean_environ: None, tmp_path: Path, command: str
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_DATA_DIR": str(blocker / "data")}
    out = run(command, env=env)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "BOT_DATA_DIR" in out.stderr, out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
@pytest.mark.parametrize("command", ["run", "unanswered"])
def test_a_read_only_data_folder_is_one_clear_error(
    clean_environ: None, tmp_path: Path, command: str
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        out = run(command, env={"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_DATA_DIR": str(folder)})
    finally:
        folder.chmod(0o700)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "BOT_DATA_DIR" in out.stderr, out.stderr
