"""An acknowledged answer survives a crash even after the writer's process closed another
descriptor on the project file (which drops SQLite's POSIX locks of the whole process) and
a colleague's reader opened the file meanwhile (issue 10, §1).

Each test runs a writer in a process of its own and kills it with SIGKILL, as a laptop
dying would; the parent then opens the file and finds every answer the writer confirmed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reviewer import review
from reviewer.model import Code, Template
from reviewer.project import Project

ROOT = Path(__file__).resolve().parent.parent

WRITER = textwrap.dedent("""
    import json, os, signal, subprocess, sys
    from pathlib import Path
    from reviewer import review
    from reviewer.model import Code
    from reviewer.project import Project

    path = Path(sys.argv[1])
    project = Project.open(path)
    (unit,) = project.units()
    files = project.case_files(unit.id)
    review.set_answer(project, files[0].id, "1", Code.JA, author="A")  # the WAL is in use
    {touch}
    # A colleague reads the file meanwhile, in a process of their own.
    subprocess.run([sys.executable, "-m", "reviewer", "status", str(path)], check=True,
                   capture_output=True)
    confirmed = []
    for case_file, key in ((files[1], "2"), (files[2], "3"), (files[3], "4")):
        review.set_answer(project, case_file.id, key, Code.NEJ, author="A")
        confirmed.append([case_file.id, key])
    print(json.dumps(confirmed), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # no close, no checkpoint, no lock release
""")

BARE_DESCRIPTOR = "open(path, 'rb').close()  # a stray descriptor, opened and closed"

FILE_DIALOG = textwrap.dedent("""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog
    app = QApplication([])
    dialog = QFileDialog(None, "Öppna", str(path.parent), "Granskningar (*.aktg)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.selectFile(str(path))
    QTimer.singleShot(1500, dialog.reject)  # looked, then cancelled
    dialog.exec()
    app.processEvents()
""")


def _run_writer(path: Path, touch: str) -> list[list[str]]:
    script = WRITER.replace("{touch}", touch)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == -signal.SIGKILL, result.stderr
    confirmed: list[list[str]] = json.loads(result.stdout.strip().splitlines()[-1])
    return confirmed


@pytest.fixture
def path(tmp_path: Path, template: Template) -> Path:
    path = tmp_path / "granskning.aktg"
    with review.create_project(path, title="Hemtjänst", template=template) as project:
        review.add_unit(project, "Torsby kommun", files=5)
    return path


@pytest.mark.parametrize("touch", [BARE_DESCRIPTOR, FILE_DIALOG],
                         ids=["a bare descriptor", "a file dialog"])
def test_answers_survive_a_crash_after_the_file_was_touched_and_read_elsewhere(
        path: Path, touch: str) -> None:
    confirmed = _run_writer(path, touch)
    assert len(confirmed) == 3
    with Project.open(path) as reopened:
        for case_file_id, key in confirmed:
            assert reopened.cells(case_file_id)[key].code is Code.NEJ


def test_a_reader_never_removes_the_wal_of_a_file_being_written(path: Path) -> None:
    with Project.open(path) as writer:
        (unit,) = writer.units()
        first = writer.case_files(unit.id)[0]
        review.set_answer(writer, first.id, "1", Code.JA, author="A")
        wal = path.with_name(path.name + "-wal")
        open(path, "rb").close()  # drops this process's POSIX locks on the file
        for command in ("status", "summary", "check"):
            subprocess.run([sys.executable, "-m", "reviewer", command, str(path)],
                           capture_output=True, check=False, timeout=120)
            assert wal.exists() and wal.stat().st_size > 0, command


def test_a_reader_leaves_no_files_beside_a_project_nobody_has_open(path: Path) -> None:
    before = sorted(p.name for p in path.parent.iterdir())
    with Project.open(path, readonly=True) as reader:
        assert reader.units()
    assert sorted(p.name for p in path.parent.iterdir()) == before
