"""Copies whose templates changed apart merge by the union of the template's events: in
either order to the same template; the same question changed differently on both sides is
a conflict listed with both texts and decided like an answer's."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer import review
from reviewer.check import check_project
from reviewer.cli import main
from reviewer.errors import ReviewerError
from reviewer.exchange import export_package, import_package, merge_package
from reviewer.model import Code, Question, Template
from reviewer.project import Project
from reviewer.templates import builtin_template
from tests.test_template_changes import format4_file


@pytest.fixture
def two_copies(tmp_path: Path) -> Iterator[tuple[Project, Project]]:
    """Anna's project and Bo's copy of it, one unit of three case files."""
    anna = review.create_project(tmp_path / "anna.aktg", title="Gemensam",
                                 template=builtin_template(), units=[("Torsby kommun", 3)])
    export_package(anna, tmp_path / "start.aktgx", author="Anna")
    import_package(tmp_path / "start.aktgx", tmp_path / "bo.aktg", author="Bo")
    with anna, Project.open(tmp_path / "bo.aktg") as bo:
        yield anna, bo


def exchange(a: Project, b: Project, folder: Path, *, b_first: bool = False) -> None:
    """Each copy merged into the other (b's package into a first, or the other way)."""
    export_package(a, folder / "a.aktgx", author="Anna")
    export_package(b, folder / "b.aktgx", author="Bo")
    steps = [(a, "b.aktgx", "Anna"), (b, "a.aktgx", "Bo")]
    for project, package, author in (reversed(steps) if b_first else steps):
        merge_package(project, folder / package, author=author, keep_backups=0)


def template_state(project: Project) -> object:
    """What merged copies must agree on: the template as it reads, each question's state
    (removed ones too), its conflicts, and the whole history but where it came from."""
    return (project.template, project.template_states(),
            [(c.question_key, [s.id for s in c.sides]) for c in project.template_conflicts()],
            sorted((e.id, e.state, e.author, e.at, e.replaces, e.also_replaces)
                   for e in project.template_history()))


@pytest.mark.parametrize("b_first", [False, True], ids=["a-first", "b-first"])
def test_copies_changing_the_template_apart_merge_to_the_same_template_in_either_order(
        two_copies: tuple[Project, Project], tmp_path: Path, b_first: bool) -> None:
    anna, bo = two_copies
    added, _c = review.add_question(anna, "Har den enskilde varit delaktig?", author="Anna",
                                    after="3")
    files = [f.id for f in anna.case_files(anna.units()[0].id)]
    review.set_answer(anna, files[0], added, Code.JA, author="Anna")
    review.edit_question(bo, "5", text="Finns en genomförandeplan?", author="Bo")
    exchange(anna, bo, tmp_path, b_first=b_first)
    assert template_state(anna) == template_state(bo)
    printed = [(q.printed_key, q.text) for q in bo.template.questions]
    assert printed[3] == ("4", "Har den enskilde varit delaktig?")
    assert printed[5] == ("6", "Finns en genomförandeplan?")  # Bo's 5, after Anna's 4
    assert bo.cells(files[0])[added].code is Code.JA  # the answer came with its question
    assert not anna.template_conflicts() and check_project(anna).ok and check_project(bo).ok
    report = merge_package(anna, tmp_path / "b.aktgx", author="Anna", keep_backups=0)
    assert report.nothing_new  # the same package twice changes nothing


def test_the_same_question_reworded_on_both_sides_is_a_conflict_listed_with_both_texts(
        two_copies: tuple[Project, Project], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    anna, bo = two_copies
    review.edit_question(anna, "2", text="Annas lydelse av fråga 2?", author="Anna")
    review.edit_question(bo, "2", text="Bos lydelse av fråga 2?", author="Bo")
    export_package(bo, tmp_path / "bo.aktgx", author="Bo")
    report = merge_package(anna, tmp_path / "bo.aktgx", author="Anna", keep_backups=0)
    assert report.conflicts_in_project == 1
    assert report.template_conflicts == ("2. Bos lydelse av fråga 2?",)  # newer, shown
    (conflict,) = anna.template_conflicts()
    assert [s.state.text for s in conflict.sides] == ["Bos lydelse av fråga 2?",
                                                      "Annas lydelse av fråga 2?"]
    assert [s.author for s in conflict.sides] == ["Bo", "Anna"]
    assert anna.template.question("2").text == "Bos lydelse av fråga 2?"  # provisional
    path = str(anna.path)
    anna.close()

    assert main(["--lang", "en", "conflicts", path]) == 0
    listed = capsys.readouterr().out
    assert "The template's question 2:" in listed
    assert "[1] Bos lydelse" in listed and "[2] Annas lydelse" in listed
    assert "bo.aktgx" in listed  # where Bo's side came from
    before = Path(path).read_bytes()
    assert main(["--lang", "en", "template", "resolve", path, "2", "--side", "3"]) == 1
    assert Path(path).read_bytes() == before
    assert main(["--lang", "en", "--author", "Anna", "template", "resolve", path, "2",
                 "--side", "2"]) == 0
    assert "0 conflicts remain" in capsys.readouterr().out
    with Project.open(Path(path)) as decided:
        assert decided.template.question("2").text == "Annas lydelse av fråga 2?"
        assert not decided.template_conflicts() and check_project(decided).ok
        last = decided.template_history("2")[-1]
        assert len(last.also_replaces) == 1 and last.author == "Anna"
        export_package(decided, tmp_path / "anna.aktgx", author="Anna")
    merge_package(bo, tmp_path / "anna.aktgx", author="Bo", keep_backups=0)
    assert not bo.template_conflicts()  # the decision ends it in every copy it reaches
    assert bo.template.question("2").text == "Annas lydelse av fråga 2?"


def test_a_parent_removed_in_one_copy_leaves_the_sub_question_added_in_the_other_on_its_own(
        two_copies: tuple[Project, Project], tmp_path: Path) -> None:
    anna, bo = two_copies
    sub, _c = review.add_question(anna, "Under sju?", author="Anna", parent="7")
    review.remove_question(bo, "7", author="Bo")
    exchange(anna, bo, tmp_path)
    assert template_state(anna) == template_state(bo)
    question = bo.template.question(sub)
    assert question.parent is None and "7" not in bo.template.keys
    assert check_project(bo).ok
    keys = list(bo.template.keys)
    at = keys.index("6") + 1  # brought back in its place, before the sub-question
    review.change_template(bo, Template(name="T", questions=(
        *bo.template.questions[:at], Question(key="7", text="Sju tillbaka"),
        *bo.template.questions[at:])), author="Bo")
    assert bo.template.question(sub).parent == "7"  # under its parent again
    assert bo.template.question(sub).printed_key == "7a"


def test_a_change_in_one_copy_and_a_removal_in_the_other_is_a_conflict(
        two_copies: tuple[Project, Project], tmp_path: Path) -> None:
    anna, bo = two_copies
    review.edit_question(anna, "6", text="Ändrad av Anna", author="Anna")
    review.remove_question(bo, "6", author="Bo")
    exchange(anna, bo, tmp_path)
    assert template_state(anna) == template_state(bo)
    (conflict,) = anna.template_conflicts()
    assert sorted(s.state.removed for s in conflict.sides) == [False, True]


def test_copies_upgraded_apart_from_format4_merge_as_one_template(tmp_path: Path) -> None:
    one = format4_file(tmp_path / "one.aktg")
    shutil.copy(one, tmp_path / "two.aktg")
    with Project.open(one) as first, Project.open(tmp_path / "two.aktg") as second:
        review.add_question(second, "Ny i den andra kopian?", author="Bo")
        export_package(second, tmp_path / "two.aktgx", author="Bo")
        report = merge_package(first, tmp_path / "two.aktgx", author="Anna", keep_backups=0)
        assert report.questions_added and not report.template_conflicts
        assert template_state(first) == template_state(second)
        assert check_project(first).ok


# -- any changes, in either order --------------------------------------------------------

SMALL = Template(name="Liten", questions=(
    Question("1", "Ett"), Question("2", "Två"), Question("2a", "Under två", parent="2"),
    Question("3", "Tre")))
CHANGE = st.tuples(st.sampled_from(["add", "sub", "edit", "move", "remove", "out"]),
                   st.integers(0, 9), st.integers(0, 9), st.sampled_from(["x", "y"]))


def _apply(project: Project, change: tuple[str, int, int, str], who: str) -> None:
    kind, first, second, word = change
    keys = project.template.keys
    key, other = keys[first % len(keys)], keys[second % len(keys)]
    with contextlib.suppress(ReviewerError):  # a change the rules refuse is no change
        if kind == "add":
            review.add_question(project, f"Ny {word} av {who}", author=who, after=key)
        elif kind == "sub":
            review.add_question(project, f"Under {word} av {who}", author=who, parent=key)
        elif kind == "edit":
            review.edit_question(project, key, text=f"{word} enligt {who}", author=who)
        elif kind == "move":
            review.move_question(project, key, after=None if key == other else other,
                                 author=who)
        elif kind == "remove":
            review.remove_question(project, key, author=who, confirm=True)
        else:
            review.edit_question(project, key, parent=None, author=who)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(CHANGE, max_size=4), st.lists(CHANGE, max_size=4), st.booleans())
def test_any_changes_apart_merge_to_the_same_template_either_way(
        anna_changes: list[tuple[str, int, int, str]],
        bo_changes: list[tuple[str, int, int, str]], b_first: bool) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        with review.create_project(folder / "a.aktg", title="P", template=SMALL,
                                   units=[("Enhet", 2)]) as anna:
            export_package(anna, folder / "start.aktgx", author="Anna")
            import_package(folder / "start.aktgx", folder / "b.aktg", author="Bo")
            with Project.open(folder / "b.aktg") as bo:
                for change in anna_changes:
                    _apply(anna, change, "Anna")
                for change in bo_changes:
                    _apply(bo, change, "Bo")
                exchange(anna, bo, folder, b_first=b_first)
                merged = template_state(anna)
                assert merged == template_state(bo)
                for project in (anna, bo):
                    assert check_project(project).ok, check_project(project).lines
                merge_package(anna, folder / "b.aktgx", author="Anna", keep_backups=0)
                assert template_state(anna) == merged  # the same package again: nothing


def test_two_copies_each_adding_question_9_add_two_questions(
        two_copies: tuple[Project, Project], tmp_path: Path) -> None:
    anna, bo = two_copies
    annas, _c = review.add_question(anna, "Annas nia?", author="Anna")
    bos, _c = review.add_question(bo, "Bos nia?", author="Bo")
    review.add_question(anna, "Annas egen", author="Anna", after="3", label="3b")
    review.add_question(bo, "Bos egen", author="Bo", after="3", label="3b")
    exchange(anna, bo, tmp_path)
    assert template_state(anna) == template_state(bo) and annas != bos
    numbers = {anna.template.question(k).printed_key for k in (annas, bos)}
    assert numbers == {"11", "12"} and not anna.template_conflicts()  # after two typed 3b
    check = check_project(anna)
    assert check.ok and any("3b" in line for line in check.warnings)
