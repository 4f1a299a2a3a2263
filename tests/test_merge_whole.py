"""A merge keeps the project whole and says what it did: two units (or case files) given one
name by two copies get distinct names, work done in a unit the other copy removed is named
in the report and the unit can be brought back, and both copies setting the same value is
no conflict; whichever way the merge goes, `reviewer check` passes and the copies agree."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer import review
from reviewer.check import check_project
from reviewer.errors import OperationError
from reviewer.exchange import MergeReport, export_package, import_package, merge_package
from reviewer.model import Code, Template
from reviewer.project import Project
from reviewer.store.migrations import FORMAT_VERSION
from reviewer.store.naming import Named, unique_names
from reviewer.templates import builtin_template
from tests.conftest import snapshot
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


# -- work in a unit the other copy removed --------------------------------------------------


def test_work_under_a_removal_is_listed_both_ways_and_the_unit_can_be_brought_back(
        copies: tuple[Project, Project], en: None) -> None:
    a, b = copies
    x = a.units()[1].id
    review.remove_unit(a, x)
    first = b.case_files(x)[0].id
    for key in ("1", "2", "3"):
        review.set_answer(b, first, key, Code.EB, author="Bo", reason="Framgår inte.")
    into_a, into_b = both_ways(a, b)
    for report in (into_a, into_b):
        assert report.unseen_by_removal == (("X kommun", 3),)
        assert "Removed in one copy while changed in the other, look at it: X kommun " \
               "(3 answer changes)" in report.lines()
    assert into_b.removed == ("X kommun",)
    assert names(a) == names(b) == ["Torsby kommun"]
    assert_whole(a, b)
    (removed,) = a.removed()
    assert (removed.unit_name, removed.changes, removed.changes_after) == ("X kommun", 3, 3)

    review.restore_unit(a, x)
    assert names(a) == ["Torsby kommun", "X kommun"]
    assert a.cells(first)["1"].answer.reason == "Framgår inte."
    # Bo's package still has the unit removed; the later restore wins in both copies.
    again = merge_package(a, a.path.parent / "b.aktgx", author="Anna", keep_backups=0)
    assert again.nothing_new and names(a) == ["Torsby kommun", "X kommun"]
    into_a, into_b = both_ways(a, b)
    assert into_b.restored == ("X kommun",)
    assert names(b) == ["Torsby kommun", "X kommun"] and state(a) == state(b)
    assert_whole(a, b)


def test_removing_again_after_bringing_back_wins_over_the_older_bringing_back(
        copies: tuple[Project, Project]) -> None:
    a, b = copies
    x = a.units()[1].id
    review.remove_unit(a, x)
    both_ways(a, b)
    review.restore_unit(b, x)
    both_ways(a, b)
    assert names(a) == names(b) == ["Torsby kommun", "X kommun"]
    review.remove_unit(a, x)
    both_ways(a, b)
    assert names(a) == names(b) == ["Torsby kommun"]
    assert state(a) == state(b)


def test_a_case_file_removed_in_one_copy_and_answered_in_the_other_is_listed(
        copies: tuple[Project, Project], en: None) -> None:
    a, b = copies
    torsby = a.units()[0].id
    second = a.case_files(torsby)[1].id
    review.remove_case_file(a, second)
    review.set_answer(b, second, "1", Code.JA, author="Bo")
    into_a, _into_b = both_ways(a, b)
    assert into_a.unseen_by_removal == (("Torsby kommun, case file 2", 1),)
    review.restore_case_file(a, second)
    assert labels(a, "Torsby kommun") == ["1", "2"]


def test_a_unit_brought_back_under_a_name_taken_since_gets_a_free_one(
        project: Project) -> None:
    old, _changes = review.add_unit(project, "Eda kommun", files=2)
    review.remove_unit(project, old.id)
    review.add_unit(project, "Eda kommun", files=1)
    review.restore_unit(project, old.id)
    assert names(project) == ["Eda kommun (2)", "Eda kommun"]  # back in its old place
    assert project.unit(old.id).name == "Eda kommun (2)"
    with pytest.raises(OperationError):
        review.restore_unit(project, old.id)  # it is back already
    assert_whole(project)


def test_restore_unit_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "p.aktg"
    assert cli("new", path, "--title", "T") == 0
    assert cli("add-unit", path, "Eda kommun", "--files", "3") == 0
    with Project.open(path) as project:
        unit = project.units()[0]
        files = project.case_files(unit.id)
        review.remove_case_file(project, files[2].id)
        review.add_case_files(project, unit.id)  # takes number 3 again
        review.remove_unit(project, unit.id)
    before = snapshot(tmp_path)
    assert cli("restore-unit", path, "--unit", "Torsby kommun") == 2  # nothing of that name
    assert cli("restore-unit", path, "--unit", "Eda kommun", "--file", "3") == 2  # unit gone
    assert snapshot(tmp_path) == before
    assert cli("restore-unit", path, "--unit", "eda kommun") == 0
    assert cli("restore-unit", path, "--unit", "Eda kommun", "--file", "3") == 0
    with Project.open(path, readonly=True) as project:
        assert sorted(labels(project, "Eda kommun")) == ["1", "2", "3", "4"]  # the old 3 is 4
    assert cli("check", path) == 0


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
        (eda,) = project.removed()
        review.restore_unit(project, eda.unit_id)
        assert "Eda kommun" in names(project)
    assert (tmp_path / "v3.aktg.format3.bak").exists()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone() == (FORMAT_VERSION,)
    connection.close()


# -- any operations, merged either way ------------------------------------------------------

UNIT_NAMES = ("Nykommun", "nykommun", "Eda kommun")
KINDS = ("add unit", "rename unit", "add case file", "answer", "remove unit",
         "remove case file", "bring back")
OPERATIONS = st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 5), st.integers(0, 5),
                                st.integers(0, 5)), max_size=10)
CODES = (Code.JA, Code.NEJ, Code.EB, Code.ET, None)


def operate(project: Project, operations: list[tuple[str, int, int, int]],
            author: str) -> None:
    """Carry out what an auditor could do, as far as the project allows it."""
    keys = project.template.keys
    for kind, i, j, k in operations:
        units = project.units()
        unit = units[i % len(units)].id if units else None
        files = project.case_files(unit) if unit else []
        removed = project.removed()
        with contextlib.suppress(OperationError):  # e.g. a name taken, a derived question
            if kind == "add unit":
                review.add_unit(project, UNIT_NAMES[j % 3], files=k % 3)
            elif kind == "rename unit" and unit:
                review.rename_unit(project, unit, UNIT_NAMES[j % 3])
            elif kind == "add case file" and unit:
                review.add_case_files(project, unit)
            elif kind == "answer" and files:
                review.set_answer(project, files[j % len(files)].id, keys[k % len(keys)],
                                  CODES[(i + j + k) % len(CODES)], author=author,
                                  reason="Framgår inte." if (i + j + k) % 5 in (2, 3)
                                  else None)
            elif kind == "remove unit" and unit:
                review.remove_unit(project, unit, confirm=True)
            elif kind == "remove case file" and files:
                review.remove_case_file(project, files[j % len(files)].id, confirm=True)
            elif kind == "bring back" and removed:
                chosen = removed[i % len(removed)]
                if chosen.case_file_id is None:
                    review.restore_unit(project, chosen.unit_id)
                else:
                    review.restore_case_file(project, chosen.case_file_id)


@settings(max_examples=15, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(common=OPERATIONS, mine=OPERATIONS, theirs=OPERATIONS)
def test_after_any_operations_in_two_copies_either_merge_order_agrees_and_check_passes(
        common: list[tuple[str, int, int, int]], mine: list[tuple[str, int, int, int]],
        theirs: list[tuple[str, int, int, int]]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="aktg-whole-"))
    try:
        with review.create_project(folder / "a.aktg", title="Gemensam",
                                   template=builtin_template(),
                                   units=[("Torsby kommun", 2)]) as a:
            operate(a, common, "Anna")
            export_package(a, folder / "start.aktgx", author="Anna")
            import_package(folder / "start.aktgx", folder / "b.aktg", author="Bo")
            with Project.open(folder / "b.aktg") as b:
                operate(a, mine, "Anna")
                operate(b, theirs, "Bo")
                both_ways(a, b)
                assert_whole(a, b)
                assert state(a) == state(b)
                before = content(a.path)
                assert merge_package(a, folder / "b.aktgx", author="Anna",
                                     keep_backups=0).nothing_new
                assert content(a.path) == before
    finally:
        shutil.rmtree(folder, ignore_errors=True)
