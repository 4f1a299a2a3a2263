"""Damaged project files: every command gives one clear message (exit 2), changes nothing
and leaves nothing behind; `check` reports the damage as its finding; `set` never writes
into a file `check` calls damaged."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import socket
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.cli import main
from tests.damage import KINDS, damage

UNIT = "Torsby kommun"

COMMANDS: dict[str, Callable[[Path], list[str]]] = {
    "summary": lambda p: ["summary", str(p)],
    "status": lambda p: ["status", str(p)],
    "findings": lambda p: ["findings", str(p), "--unit", UNIT],
    "set": lambda p: ["set", str(p), "--unit", UNIT, "--file", "2", "--question", "1",
                      "Nej"],
    "report": lambda p: ["report", str(p), "--format", "csv", "--out",
                         str(p.with_name("bilaga.csv"))],
    "export": lambda p: ["export", str(p), "--out", str(p.with_name("till-bo.aktgx"))],
    "merge": lambda p: ["merge", str(p), str(p.parent.parent / "good.aktgx")],
    "history": lambda p: ["history", str(p), "--unit", UNIT, "--file", "2", "--question",
                          "1"],
    "conflicts": lambda p: ["conflicts", str(p)],
    "key show": lambda p: ["key", "show", str(p)],
    "key delete": lambda p: ["key", "delete", str(p), "--all", "--yes"],
    "template add": lambda p: ["template", "add", str(p), "--text", "Ny fråga?"],
    "template history": lambda p: ["template", "history", str(p)],
}


def run(argv: list[str]) -> tuple[int, str, str]:
    """The CLI in this process: an exception escaping `main` fails the test (a traceback)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def folder_state(folder: Path) -> dict[str, bytes]:
    return {f.name: f.read_bytes() for f in folder.iterdir() if f.is_file()}


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("good")
    os.environ.setdefault("AKTG_DATA", str(folder / "data"))
    path = folder / "good.aktg"
    assert run(["demo", str(path)])[0] == 0
    assert run(["export", str(path), "--out", str(folder / "good.aktgx")])[0] == 0
    return path


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_damaged_file_is_refused_by_every_command_and_left_as_it_was(
        kind: str, good: Path, tmp_path: Path) -> None:
    folder = tmp_path / "x"
    folder.mkdir()
    path = folder / "granskning.aktg"
    shutil.copy(good, path)
    damage(path, kind)
    before = folder_state(folder)

    code, out, err = run(["check", str(path)])
    assert folder_state(folder) == before
    if code == 0:
        # Damage SQLite and the project cannot see (a flipped byte in free space) is no
        # damage: the file reads as before. Nothing to refuse, but nothing may crash.
        for argv in COMMANDS.values():
            run(argv(path))
        return
    assert code == 2, out + err
    assert "Problem" in out or "Problem" in err
    for name, argv in COMMANDS.items():
        code, out, err = run(argv(path))
        assert code == 2, f"{name}: {out}{err}"
        assert err.strip(), name
        assert "Traceback" not in err
        assert "oförutsett" not in err, f"{name}: the last resort answered: {err}"
        assert folder_state(folder) == before, name


def test_check_names_sqlite_damage_as_its_finding(good: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.aktg"
    shutil.copy(good, path)
    damage(path, "middle page zeroed")
    code, out, _err = run(["check", str(path), "--lang", "en"])
    assert code == 2
    assert "damaged" in out


@pytest.mark.parametrize("version", ["abc", "", "3.5", "-1"])
def test_a_format_version_that_is_no_version_is_named(version: str, good: Path,
                                                       tmp_path: Path) -> None:
    path = tmp_path / "p.aktg"
    shutil.copy(good, path)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = 'format_version'",
                           (version,))
        connection.commit()
    code, _out, err = run(["summary", str(path), "--lang", "en"])
    assert code == 2
    assert "format version" in err


def test_an_older_version_on_the_current_schema_leaves_no_backup_behind(
        good: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.aktg"
    shutil.copy(good, path)
    damage(path, "format version older on the current schema")
    before = folder_state(tmp_path)
    code, _out, err = run(["set", str(path), "--unit", UNIT, "--file", "2", "--question",
                           "1", "Nej", "--lang", "en"])
    assert code == 2
    assert "do not match" in err
    assert folder_state(tmp_path) == before  # no .format2.bak, no -wal


def test_a_fifo_named_like_a_project_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "x.aktg"
    os.mkfifo(fifo)
    for argv in (["summary", str(fifo)], ["check", str(fifo)],
                 ["set", str(fifo), "--unit", UNIT, "--file", "1", "--question", "1", "Ja"]):
        code, _out, err = run([*argv, "--lang", "en"])  # would hang if the FIFO were opened
        assert code == 2
        assert "not a file" in err or "not a file" in _out


def test_a_device_or_folder_named_like_a_project_is_refused(tmp_path: Path) -> None:
    device = tmp_path / "dev.aktg"
    device.symlink_to("/dev/zero")
    folder = tmp_path / "folder.aktg"
    folder.mkdir()
    sock = tmp_path / "sock.aktg"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock))
    try:
        for path in (device, folder, sock):
            code, _out, err = run(["status", str(path), "--lang", "en"])
            assert code == 2
            assert "not a file" in err
    finally:
        server.close()


def test_a_failed_open_releases_the_writer_lock(good: Path, tmp_path: Path) -> None:
    from reviewer.errors import DamagedProjectError
    from reviewer.project import Project

    path = tmp_path / "p.aktg"
    shutil.copy(good, path)
    damage(path, "unknown convention")
    for _attempt in range(2):  # the second open would say "already open" if it were held
        with pytest.raises(DamagedProjectError):
            Project.open(path)
    damage_free = tmp_path / "q.aktg"
    shutil.copy(good, damage_free)
    Project.open(damage_free).close()
    Project.open(damage_free).close()


def test_an_unforeseen_error_is_one_message_and_a_logged_traceback(
        good: Path, monkeypatch: pytest.MonkeyPatch, own_settings_and_data: Path) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("oväntat")

    monkeypatch.setattr("reviewer.summary.summarize", broken)
    code, _out, err = run(["summary", str(good), "--lang", "en"])
    assert code == 2
    assert "unforeseen" in err and "RuntimeError" in err
    assert "Traceback" not in err
    log = (own_settings_and_data / "data" / "aktgranskning.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "oväntat" in log
