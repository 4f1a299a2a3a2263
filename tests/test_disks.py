"""Paths and disks: names SQLite's URIs would misread, a full disk, a read-only folder with
changes still in the WAL (issue 10, §10). The disk tests mount a small tmpfs of their own,
so they need root (as CI has); elsewhere they are skipped."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer import review
from reviewer.cli import main
from reviewer.model import Code, Template
from reviewer.project import Project


def run(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*argv, "--lang", "en"])
    return code, out.getvalue() + err.getvalue()


@pytest.mark.parametrize("name", ["Granskning #2.aktg", "Vad?.aktg", "100%.aktg",
                                  "a&b=c;d.aktg", "Årjäng 2025 (kopia).aktg"])
def test_a_project_with_any_name_works_with_every_command(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    assert run("new", str(path), "--title", "Granskning")[0] == 0
    assert run("add-unit", str(path), "Eda kommun", "--files", "3")[0] == 0
    assert run("set", str(path), "--unit", "Eda kommun", "--file", "2", "--question", "1",
               "Nej")[0] == 0
    for argv in (("summary", str(path)), ("status", str(path)), ("check", str(path)),
                 ("export", str(path), "--out", str(tmp_path / "till bo.aktgx")),
                 ("report", str(path), "--format", "csv", "--out", str(tmp_path / "b.csv"))):
        code, text = run(*argv)
        assert code == 0, text
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "till bo.aktgx",
                                                                 "b.csv"])
    with Project.open(path, readonly=True) as project:
        (unit,) = project.units()
        assert project.cells(project.case_files(unit.id)[1].id)["1"].code is Code.NEJ


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB disk of our own (unmounted afterwards)."""
    mount = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
            capture_output=True).returncode != 0:
        pytest.skip("mounting a small disk needs root")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> None:
    with contextlib.suppress(OSError), (folder / "fyllnad").open("wb") as f:
        while True:
            f.write(b"\0" * 65536)
            f.flush()


def test_a_full_disk_is_called_full_and_nothing_is_changed(tmpfs: Path,
                                                           template: Template) -> None:
    path = tmpfs / "p.aktg"
    with review.create_project(path, title="Granskning", template=template) as project:
        review.add_unit(project, "Eda kommun", files=40)
    before = path.read_bytes()
    _fill(tmpfs)
    failures = 0
    for number in range(1, 41):  # until the WAL needs a page the disk does not have
        code, text = run("set", str(path), "--unit", "Eda kommun", "--file", str(number),
                         "--question", "1", "Eb", "--reason", "Datum saknas. " * 200)
        if code != 0:
            assert code == 2
            assert "full" in text and "nothing was changed" in text, text
            assert "damaged" not in text
            failures += 1
            break
    assert failures == 1
    (tmpfs / "fyllnad").unlink()
    code, text = run("check", str(path))
    assert code == 0, text
    assert len(before) > 0


def test_a_read_only_folder_with_changes_still_in_the_wal_says_so(
        tmpfs: Path, template: Template, tmp_path: Path) -> None:
    path = tmpfs / "p.aktg"
    with review.create_project(path, title="Granskning", template=template) as project:
        review.add_unit(project, "Eda kommun", files=10)
    left = tmp_path / "left"
    left.mkdir()
    with Project.open(path) as project:
        (unit,) = project.units()
        for case_file in project.case_files(unit.id)[:6]:
            review.set_answer(project, case_file.id, "1", Code.JA, author="A")
        # What a laptop that died leaves: the file and its WAL, never checkpointed.
        for name in (path.name, path.name + "-wal"):
            shutil.copy(tmpfs / name, left / name)
    for name in (path.name, path.name + "-wal"):
        shutil.copy(left / name, tmpfs / name)
    (tmpfs / (path.name + "-shm")).unlink(missing_ok=True)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    code, text = run("summary", str(path), "--unit", "Eda kommun")
    assert code == 2, text  # never the stale 0/10
    assert "not yet written" in text and "p.aktg-wal" in text
    code, text = run("check", str(path))
    assert code == 2
    # Copied to a folder that can be written, as the message says, the file is whole.
    copy = left / "kopia.aktg"
    shutil.copy(path, copy)
    shutil.copy(tmpfs / "p.aktg-wal", left / "kopia.aktg-wal")
    code, text = run("summary", str(copy), "--unit", "Eda kommun")
    assert code == 0, text
    assert "6/10" in text


def test_a_read_only_folder_without_pending_changes_reads_normally(
        tmpfs: Path, template: Template) -> None:
    path = tmpfs / "p.aktg"
    with review.create_project(path, title="Granskning", template=template) as project:
        review.add_unit(project, "Eda kommun", files=10)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    code, text = run("summary", str(path), "--unit", "Eda kommun")
    assert code == 0, text
    code, text = run("set", str(path), "--unit", "Eda kommun", "--file", "1", "--question",
                     "1", "Ja")
    assert code == 2
    assert "cannot be opened for writing" in text
