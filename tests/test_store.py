"""The project file: creation, pragmas, locking, migration, and refusing what is not one."""

from __future__ import annotations

import getpass
import os
import re
import socket
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reviewer import review
from reviewer.errors import (
    DamagedProjectError,
    NewerFormatError,
    NotAProjectError,
    ProjectFileError,
    ProjectLockedError,
)
from reviewer.model import Code, Template
from reviewer.project import Project
from reviewer.store.database import APPLICATION_ID
from reviewer.store.migrations import FORMAT_VERSION
from tests.conftest import AUTHOR, in_each_language, snapshot

V1_SCHEMA = Path(__file__).parent / "data" / "format1.sql"


def test_new_project_file_is_sqlite_in_wal_with_metadata(project: Project) -> None:
    path = project.path
    project.close()
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    finally:
        connection.close()
    assert meta["format_version"] == str(FORMAT_VERSION)
    assert meta["project_id"] == project.info.id


def test_connections_use_full_sync_and_foreign_keys(project: Project) -> None:
    with project.file.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1


def test_project_reopens_with_what_was_stored(tmp_path: Path, template: Template) -> None:
    path = tmp_path / "p.aktg"
    with review.create_project(path, title="Granskning", template=template,
                               organisation="Torsby kommun") as project:
        unit, _ = review.add_unit(project, "Torsby kommun", files=3)
        case_file = project.case_files(unit.id)[1]
        review.set_answer(project, case_file.id, "2", Code.NEJ, author=AUTHOR)
    with Project.open(path) as reopened:
        assert reopened.info.organisation == "Torsby kommun"
        assert reopened.template == template
        (unit,) = reopened.units()
        assert [f.label for f in reopened.case_files(unit.id)] == ["1", "2", "3"]
        assert reopened.cells(case_file.id)["2"].code is Code.NEJ


def test_creating_over_an_existing_file_is_refused(project: Project,
                                                   template: Template) -> None:
    for text in in_each_language(sv="finns redan", en="already exists"):
        with pytest.raises(ProjectFileError, match=text):
            review.create_project(project.path, title="Igen", template=template)


def test_second_writer_is_refused_naming_the_holder(project: Project) -> None:
    with pytest.raises(ProjectLockedError) as caught:
        Project.open(project.path)
    assert "already open" in str(caught.value) or "redan öppet" in str(caught.value)


def test_second_writer_in_another_process_is_told_who_holds_it(project: Project) -> None:
    code = textwrap.dedent(f"""
        from reviewer.project import Project
        from reviewer.errors import ProjectLockedError
        try:
            Project.open({str(project.path)!r})
        except ProjectLockedError as exc:
            print(exc)
        else:
            print("OPENED")
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert "OPENED" not in result.stdout
    # As a person would say it: who, on which computer, since when.
    assert getpass.getuser() in result.stdout
    assert socket.gethostname() in result.stdout
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", result.stdout)


def test_reading_while_another_writer_holds_the_file_is_allowed(project: Project) -> None:
    with Project.open(project.path, readonly=True) as reader:
        assert reader.info.title == "Testgranskning"


def test_stale_lock_of_a_killed_process_is_taken_over(tmp_path: Path,
                                                      template: Template) -> None:
    path = tmp_path / "p.aktg"
    review.create_project(path, title="Granskning", template=template).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"from reviewer.project import Project\n"
         f"p = Project.open({str(path)!r})\nprint('held', flush=True)\nimport time\n"
         f"time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    with pytest.raises(ProjectLockedError):
        Project.open(path)
    holder.kill()
    holder.wait()
    assert path.with_name("p.aktg.lock").exists()  # the crash left its lock file behind
    with Project.open(path) as project:
        assert project.info.title == "Granskning"


def _make_format1_file(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.executescript(V1_SCHEMA.read_text(encoding="utf-8"))
    connection.close()


def test_format1_file_opens_upgraded_with_its_answers(tmp_path: Path) -> None:
    path = tmp_path / "old.aktg"
    _make_format1_file(path)
    with Project.open(path) as project:
        (unit,) = project.units()
        first, second = project.case_files(unit.id)
        assert project.cells(first.id)["1"].code is Code.EB  # the newer of its two events
        assert project.cells(first.id)["1"].answer.reason == "Datum saknas."
        assert project.cells(second.id)["1"].code is Code.JA
        review.set_answer(project, second.id, "1", Code.NEJ, author=AUTHOR)
        assert [e.answer.code for e in project.history(second.id, "1")] == [Code.JA, Code.NEJ]
    assert (tmp_path / "old.aktg.format1.bak").exists()
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT value FROM meta WHERE key='format_version'"
                              ).fetchone()[0] == str(FORMAT_VERSION)
    connection.close()


def test_newer_format_is_refused_and_file_unchanged(project: Project) -> None:
    path = project.path
    project.close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE meta SET value = '99' WHERE key = 'format_version'")
    connection.commit()
    connection.close()
    before = snapshot(path.parent)
    with pytest.raises(NewerFormatError, match="99"):
        Project.open(path)
    assert snapshot(path.parent) == before


@pytest.mark.parametrize("content", [b"", os.urandom(4096), b"x" * 100,
                                     b"SQLite format 3\x00" + os.urandom(200)],
                         ids=["empty", "random", "text", "bad-header"])
def test_not_a_project_is_refused_and_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.aktg"
    path.write_bytes(content)
    before = snapshot(tmp_path)
    with pytest.raises((NotAProjectError, DamagedProjectError)):
        Project.open(path)
    assert snapshot(tmp_path) == before


def test_another_sqlite_database_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.aktg"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    connection.execute("INSERT INTO meta VALUES ('format_version', '2')")
    connection.commit()
    connection.close()
    before = snapshot(tmp_path)
    for text in in_each_language(sv="ingen projektfil", en="not an Aktgranskning"):
        with pytest.raises(NotAProjectError, match=text):
            Project.open(path)
    assert snapshot(tmp_path) == before


def test_truncated_project_is_refused_and_unchanged(tmp_path: Path,
                                                   template: Template) -> None:
    path = tmp_path / "p.aktg"
    with review.create_project(path, title="Granskning", template=template) as project:
        review.add_unit(project, "Torsby kommun", files=200)
    data = path.read_bytes()
    assert len(data) > 8192
    path.write_bytes(data[: len(data) // 2])
    before = snapshot(tmp_path)
    with pytest.raises(DamagedProjectError):
        Project.open(path)
    assert snapshot(tmp_path) == before


def test_missing_file_gives_a_clear_error(tmp_path: Path) -> None:
    for text in in_each_language(sv="finns inte", en="does not exist"):
        with pytest.raises(ProjectFileError, match=text):
            Project.open(tmp_path / "nowhere.aktg")


def test_readonly_project_refuses_changes(project: Project) -> None:
    project.close()
    with Project.open(project.path, readonly=True) as reader, pytest.raises(ProjectFileError):
        review.add_unit(reader, "Torsby kommun", files=1)


def test_project_missing_a_column_is_refused_as_damaged(project: Project) -> None:
    path = project.path
    project.close()
    connection = sqlite3.connect(path)
    connection.execute("ALTER TABLE answer_head DROP COLUMN missing_reason")
    connection.commit()
    connection.close()
    before = snapshot(path.parent)
    with pytest.raises(DamagedProjectError, match=r"answer_head\.missing_reason"):
        Project.open(path)
    assert snapshot(path.parent) == before


def test_format2_file_opens_upgraded_ready_to_merge(tmp_path: Path) -> None:
    path = tmp_path / "v2.aktg"
    connection = sqlite3.connect(path)
    connection.executescript((V1_SCHEMA.parent / "format2.sql").read_text(encoding="utf-8"))
    connection.close()
    with Project.open(path) as project:
        (unit,) = project.units()
        first, second = project.case_files(unit.id)
        assert project.cells(first.id)["1"].code is Code.EB
        assert second.signed_off_by == "Cecilia" and project.conflicts() == []
        review.set_answer(project, first.id, "1", Code.JA, author=AUTHOR)
    assert (tmp_path / "v2.aktg.format2.bak").exists()
    connection = sqlite3.connect(path)
    stamps = connection.execute("SELECT changed_at, status_at, signed_off_at FROM case_file "
                                "ORDER BY position").fetchall()
    connection.close()
    assert all(changed for changed, _status, _signed in stamps)
    assert stamps[1][1] == stamps[1][2]  # the sign-off's own time


@pytest.mark.parametrize("spelling", ["symlink", "dotted path"])
def test_one_writer_per_file_whatever_the_name(project: Project, spelling: str) -> None:
    """Through a hard link two writers once ran at once and corrupted the file: the lock
    belongs to the file, not to the name."""
    path = project.path
    other = path.with_name("annat namn.aktg")
    if spelling == "symlink":
        other.symlink_to(path)
    else:
        (path.parent / "sub").mkdir()
        other = path.parent / "sub" / ".." / path.name
    code = textwrap.dedent(f"""
        from reviewer.project import Project
        from reviewer.errors import ProjectLockedError
        try:
            Project.open({str(other)!r})
        except ProjectLockedError as exc:
            print("LOCKED")
        else:
            print("OPENED")
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "LOCKED"
    # And in this process too (a second window).
    with pytest.raises(ProjectLockedError):
        Project.open(other)


def test_the_writer_keeps_its_lock_when_another_descriptor_on_the_file_closes(
        project: Project) -> None:
    open(project.path, "rb").close()  # drops SQLite's POSIX locks, not ours
    code = f"from reviewer.project import Project; Project.open({str(project.path)!r})"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "ProjectLockedError" in result.stderr


def test_a_project_with_a_second_name_is_opened_through_none(tmp_path: Path,
                                                             template: Template) -> None:
    """Through a hard link two writers once corrupted a file, and a crashed writer's WAL,
    kept beside one name, was missed through the other: such a file is opened by no
    command, through either name, until it has one name again."""
    from reviewer.cli import main

    path = tmp_path / "p.aktg"
    with review.create_project(path, title="Granskning", template=template) as created:
        review.add_unit(created, "Eda kommun", files=2)
    other = tmp_path / "annan" / "q.aktg"
    other.parent.mkdir()
    os.link(path, other)
    for name in (path, other):
        with pytest.raises(ProjectFileError, match="hårda länkar"):
            Project.open(name, readonly=True)
        assert main(["set", str(name), "--unit", "Eda kommun", "--file", "1", "--question",
                     "1", "Ja"]) == 2
    other.unlink()
    assert main(["set", str(path), "--unit", "Eda kommun", "--file", "1", "--question", "1",
                 "Ja"]) == 0
