"""A merge keeps the project whole and says what it did: two units (or case files) given one
name by two copies get distinct names, and both copies setting the same value is no
conflict; whichever way the merge goes, `reviewer check` passes and the copies agree."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer import review
from reviewer.check import check_project
from reviewer.exchange import MergeReport, export_package, import_package, merge_package
from reviewer.model import Code, Template
from reviewer.project import Project
from reviewer.store.naming import Named, unique_names
from tests.test_cli import cli
from tests.test_exchange import content, state

DATA = Path(__file__).parent / "data"


@pytest.fixture
def copies(tmp_path: Path, template: Template) -> Iterator[tuple[Project, Project]]:
    """Anna's project (Torsby kommun, 2 case files; X kommun, 3) and Bo's copy of it."""
    a = review.create_project(tmp_path / "a.aktg", title="Gemensam", template=template,
                              units=[("Torsby kommun", 2), ("X kommun", 3)])
    export_package(a, tmp_path / "start.aktgx", author="Anna")
    import_package(tmp_path / "start.aktgx", tmp_path / "b.aktg", author="Bo")
    with a, Project.open(tmp_path / "b.aktg") as b:
        yield a, b


def both_ways(a: Project, b: Project) -> tuple[MergeReport, MergeReport]:
    """B merged into A and A into B (each from the package the other made before)."""
    folder = a.path.parent
    export_package(a, folder / "a.aktgx", author="Anna")
    export_package(b, folder / "b.aktgx", author="Bo")
    into_a = merge_package(a, folder / "b.aktgx", author="Anna", keep_backups=0)
    into_b = merge_package(b, folder / "a.aktgx", author="Bo", keep_backups=0)
    return into_a, into_b


def assert_whole(*projects: Project) -> None:
    for project in projects:
        report = check_project(project)
        assert report.ok, report.problems


def names(project: Project) -> list[str]:
    return [u.name for u in project.units()]


def labels(project: Project, unit: str) -> list[str]:
    return [f.label for f in project.case_files(project.unit_by_name(unit).id)]


# -- the same name added in both copies -----------------------------------------------------


def test_two_units_of_one_name_become_nykommun_and_nykommun_2_in_either_order(
        copies: tuple[Project, Project], en: None) -> None:
    a, b = copies
    review.add_unit(a, "Nykommun", files=2)
    review.add_unit(b, "nykommun", files=1)  # added later, spelt in lower case
    torsby = a.units()[0].id
    review.add_case_files(a, torsby)
    review.add_case_files(b, torsby)
    into_a, into_b = both_ways(a, b)
    assert_whole(a, b)
    assert state(a) == state(b)
    assert names(a) == ["Torsby kommun", "X kommun", "Nykommun", "nykommun (2)"]
    assert labels(a, "Torsby kommun") == ["1", "2", "3", "4"]  # Bo's 3, added later, is 4
    assert into_a.units_made_unique == (("nykommun", "nykommun (2)"),)
    assert into_a.labels_made_unique == (("Torsby kommun", "3", "4"),)
    assert "Two units were named nykommun: the one added later is now nykommun (2)." \
        in into_a.lines()
    assert "Torsby kommun: two case files were labelled 3: the one added later is now 4." \
        in into_a.lines()
    # Bo's own unit and case file got the new names in his copy: said so there too.
    assert into_b.units_made_unique == (("nykommun", "nykommun (2)"),)
    assert into_b.labels_made_unique == (("Torsby kommun", "3", "4"),)
    before = content(a.path)
    again = merge_package(a, a.path.parent / "b.aktgx", author="Anna", keep_backups=0)
    assert again.nothing_new and content(a.path) == before


def test_the_second_unit_is_reached_from_the_command_line_after_the_merge(
        copies: tuple[Project, Project]) -> None:
    a, b = copies
    review.add_unit(a, "Nykommun", files=1)
    review.add_unit(b, "Nykommun", files=1)
    export_package(b, a.path.parent / "b.aktgx", author="Bo")
    path = a.path
    a.close()
    assert cli("merge", path, a.path.parent / "b.aktgx") == 0
    assert cli("set", path, "--unit", "Nykommun (2)", "--file", "1", "--question", "1",
               "Ja") == 0
    assert cli("check", path) == 0


def test_a_later_rename_in_the_other_copy_stays_after_the_merge_named_it(
        copies: tuple[Project, Project]) -> None:
    a, b = copies
    review.add_unit(a, "Nykommun", files=1)
    bos, _changes = review.add_unit(b, "Nykommun", files=1)
    both_ways(a, b)
    assert names(b)[-1] == "Nykommun (2)"
    review.rename_unit(b, bos.id, "Nyby kommun")
    both_ways(a, b)
    assert names(a) == names(b) == ["Torsby kommun", "X kommun", "Nykommun", "Nyby kommun"]
    assert state(a) == state(b)


def test_names_made_unique_do_not_depend_on_the_order_they_are_read() -> None:
    items = [Named("u1", "", "Nykommun", "2026-01-01T10:00:00+00:00",
                   "2026-01-01T10:00:00+00:00"),
             Named("u2", "", "NYKOMMUN", "2026-01-01T11:00:00+00:00",
                   "2026-01-01T11:00:00+00:00"),
             Named("u3", "", "Nykommun (2)", "2026-01-01T09:00:00+00:00",
                   "2026-01-01T09:00:00+00:00"),
             Named("u4", "", "nykommun", "2026-01-01T11:00:00+00:00",
                   "2026-01-01T12:00:00+00:00")]
    first = unique_names(items, labels=False)
    assert unique_names(list(reversed(items)), labels=False) == first
    assert [(r.id, r.after, r.changed_at) for r in first] == [
        ("u2", "NYKOMMUN (3)", "2026-01-01T11:00:00.000001+00:00"),
        ("u4", "nykommun (4)", "2026-01-01T12:00:00.000001+00:00")]
    numbered = unique_names([Named("f1", "u", "5", "t1", "2026-01-01T10:00:00+00:00"),
                             Named("f2", "u", "5", "t2", "2026-01-01T10:00:00+00:00"),
                             Named("f3", "u", "7", "t0", "2026-01-01T10:00:00+00:00")],
                            labels=True)
    assert [(r.id, r.after) for r in numbered] == [("f2", "8")]


# -- the same value on both sides -----------------------------------------------------------


def test_both_copies_setting_the_same_value_is_no_conflict(
        copies: tuple[Project, Project]) -> None:
    a, b = copies
    cell = a.case_files(a.units()[0].id)[0].id
    review.set_answer(a, cell, "1", Code.EB, author="Anna", reason="Framgår inte.")
    review.set_answer(b, cell, "1", Code.EB, author="Bo", reason="Framgår inte.")
    review.set_answer(a, cell, "2", Code.JA, author="Anna")
    review.set_answer(b, cell, "2", Code.NEJ, author="Bo")
    into_a, into_b = both_ways(a, b)
    assert into_a.conflicts_in_project == into_b.conflicts_in_project == 1
    assert [c.question_key for c in a.conflicts()] == ["2"]
    assert not a.cells(cell)["1"].conflict and state(a) == state(b)
    # A new answer replaces both equal sides: still no conflict when it travels.
    review.set_answer(b, cell, "1", Code.JA, author="Bo")
    both_ways(a, b)
    assert a.cells(cell)["1"].code is Code.JA and [c.question_key for c in a.conflicts()] \
        == ["2"]
    assert_whole(a, b)


# -- format 3 files -------------------------------------------------------------------------


def test_a_format3_file_upgrades_with_unique_names_and_no_conflict_of_equal_values(
        tmp_path: Path) -> None:
    path = tmp_path / "v3.aktg"
    connection = sqlite3.connect(path)
    connection.executescript((DATA / "format3.sql").read_text(encoding="utf-8"))
    connection.close()
    with Project.open(path) as project:
        assert names(project) == ["Torsby kommun", "Nykommun", "Nykommun (2)"]
        assert labels(project, "Torsby kommun") == ["1", "2", "3", "4"]
        assert [c.question_key for c in project.conflicts()] == ["3"]  # "2" was Ja twice
        assert_whole(project)
    assert (tmp_path / "v3.aktg.format3.bak").exists()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone() == (4,)
    connection.close()

