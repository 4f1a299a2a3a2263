"""Changing a project's template during the review: a question added (complete files in
progress again, signed-off ones keep their sign-off with the question not assessed), edited,
moved, removed with its answers kept in the history, undone; refusals change nothing; a
format-4 file upgrades with its template as the first events."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer import review
from reviewer.check import check_project
from reviewer.cli import main
from reviewer.errors import (
    OperationError,
    PrivacyError,
    TemplateError,
    UnconfirmedQuestionRemovalError,
)
from reviewer.model import Code, Convention, FileStatus, Template
from reviewer.project import Project
from reviewer.report.builder import build_report
from reviewer.report.model import NOT_ASSESSED_LEGEND, NOT_ASSESSED_MARK, ReportOptions
from reviewer.report.output import write_report
from reviewer.rules.sheet import read_case_file, read_units
from reviewer.store.migrations import FORMAT_VERSION
from reviewer.summary import summarize
from reviewer.templates import builtin_template
from tests.conftest import AUTHOR, in_each_language

DATA = Path(__file__).resolve().parent / "data"
NEW_TEXT = "Har den enskildes delaktighet dokumenterats?"


def answer_all(project: Project, case_file_id: str) -> None:
    """Every applicable question answered: Ja on main questions (so sub-questions apply)."""
    for question in project.template.questions:
        review.set_answer(project, case_file_id, question.key, Code.JA, author=AUTHOR)


@pytest.fixture
def ten(tmp_path: Path) -> Iterator[Project]:
    """Ten case files: 1–5 complete, 6–10 with question 1 answered."""
    with review.create_project(tmp_path / "p.aktg", title="Tio akter",
                               template=builtin_template(), units=[("Torsby kommun", 10)]
                               ) as project:
        files = files_of(project)
        for case_file in files[:5]:
            answer_all(project, case_file)
        for case_file in files[5:]:
            review.set_answer(project, case_file, "1", Code.NEJ, author=AUTHOR)
        yield project


def files_of(project: Project) -> list[str]:
    return [f.id for f in project.case_files(project.units()[0].id)]


def statuses(project: Project) -> list[FileStatus]:
    return [p.status for p in project.unit_progress(project.units()[0].id)]


def row_of(project: Project, key: str, convention: Convention | None = None) -> object:
    (summary,) = summarize(project, convention=convention)
    printed = project.template.question(key).printed_key
    return next(q for q in summary.questions if q.key == printed)


def on_disk(project: Project) -> dict[str, bytes]:
    """The project file and its WAL, byte for byte (the -shm index is SQLite's scratch)."""
    return {p.name: p.read_bytes() for p in sorted(project.path.parent.iterdir())
            if p.name.startswith(project.path.name) and not p.name.endswith("-shm")}


# -- adding a question -------------------------------------------------------------------


def test_a_question_added_after_five_of_ten_files_are_complete_reopens_them_and_undo_takes_it_away(
        ten: Project, tmp_path: Path) -> None:
    files = files_of(ten)
    before = ten.template
    assert statuses(ten) == [FileStatus.COMPLETE] * 5 + [FileStatus.IN_PROGRESS] * 5
    planned = Template(name=before.name, questions=(
        *before.questions[:3], *Template(name="", questions=(
            before.questions[0].__class__(key="", text=NEW_TEXT),)).questions,
        *before.questions[3:]))
    preview = review.template_change_preview(ten, planned)
    assert (preview.reopened, preview.completed, preview.answers_hidden) == (5, 0, 0)

    key, changes = review.add_question(ten, NEW_TEXT, author="Berit", after="3")
    assert changes.questions == {key} and ten.template.question(key).printed_key == "4"
    assert ten.template.question("4").printed_key == "5"  # numbered anew after it
    assert statuses(ten) == [FileStatus.IN_PROGRESS] * 10
    assert ten.progress(ten.case_file(files[0])).unanswered == (key,)

    for index, code in ((0, Code.JA), (1, Code.JA), (2, Code.NEJ), (3, Code.ET)):
        review.set_answer(ten, files[index], key, code, author=AUTHOR,
                          reason="Ingen delaktighet möjlig." if code is Code.ET else None)
    # The Summa counts the new question over the files that answered it.
    assert row_of(ten, key).summa.text() == "2/4"  # type: ignore[attr-defined]
    assert row_of(ten, key, Convention.APPLICABLE).summa.text() == "2/3"  # type: ignore[attr-defined]
    assert row_of(ten, "1").summa.text() == "5/10"  # type: ignore[attr-defined]

    report = build_report(ten, ten.units(), ReportOptions())
    (appendix,) = report.appendices
    row = next(r for r in appendix.rows if r.key == key)
    assert row.question.text == f"4. {NEW_TEXT}" and row.summa.text == "2/4"
    assert [c.text for c in row.cells[:5]] == ["Ja", "Ja", "Nej", "Et", ""]
    if shutil.which("pdftotext"):
        pdf = tmp_path / "bilaga.pdf"
        write_report(report, "pdf", pdf)
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "4. Har den enskildes" in " ".join(text.split())

    after = ten.template
    review.change_template(ten, before, author="Berit")  # the app's undo
    assert ten.template == before and key not in ten.template.keys
    assert statuses(ten)[:5] == [FileStatus.COMPLETE] * 5
    assert [e.answer.code for e in ten.history(files[0], key)] == [Code.JA]  # kept
    review.change_template(ten, after, author="Berit")  # and redo: the answers again
    assert ten.template == after and ten.cells(files[0])[key].code is Code.JA
    assert check_project(ten).ok


def test_signed_off_files_stay_signed_off_and_the_report_notes_the_question_not_assessed(
        ten: Project) -> None:
    files = files_of(ten)
    for case_file in files[:2]:
        review.sign_off(ten, case_file, by="Berit Granskare")
    key, _changes = review.add_question(ten, NEW_TEXT, author=AUTHOR)
    assert statuses(ten)[:5] == [FileStatus.SIGNED_OFF] * 2 + [FileStatus.IN_PROGRESS] * 3
    signed = ten.progress(ten.case_file(files[0]))
    assert signed.done == signed.applicable and signed.unanswered == ()
    assert ten.cells(files[0])[key].not_assessed
    alone = read_case_file(ten, files[0])
    (unit,) = read_units(ten, [ten.units()[0].id])
    assert unit.files[0] == alone  # the unit at once reads as the file alone
    for index in (2, 3):
        review.set_answer(ten, files[index], key, Code.JA, author=AUTHOR)
    row = row_of(ten, key)
    assert (row.summa.text(), row.unanswered) == ("2/2", 6)  # type: ignore[attr-defined]

    (appendix,) = build_report(ten, ten.units(), ReportOptions()).appendices
    new_row = next(r for r in appendix.rows if r.key == key)
    assert [c.text for c in new_row.cells[:4]] == [NOT_ASSESSED_MARK] * 2 + ["Ja", "Ja"]
    assert NOT_ASSESSED_LEGEND in appendix.legend
    assert not any(key in line or "12" in line for line in appendix.missing[:2])

    review.reopen(ten, files[0])  # the auditor reopens it to answer the new question
    assert not ten.cells(files[0])[key].not_assessed
    assert ten.progress(ten.case_file(files[0])).unanswered == (key,)


def test_a_sub_question_and_a_typed_number_keep_to_the_published_numbering(
        ten: Project) -> None:
    sub, _c = review.add_question(ten, "Framgår det vem som ansvarar?", author=AUTHOR,
                                  parent="8")
    assert ten.template.question(sub).printed_key == "8d"
    own, _c = review.add_question(ten, "Egen fråga", author=AUTHOR, after="2", label="2x")
    first, _c = review.add_question(ten, "Först", author=AUTHOR, first=True)
    printed = [q.printed_key for q in ten.template.questions]
    # A typed number keeps its place in the count, as in the editor: 1, 2, 3, 2x, 5, …
    assert printed[:5] == ["1", "2", "3", "2x", "5"] and ten.template.question(own).label == "2x"
    assert ten.template.questions[0].key == first
    assert printed[-4:] == ["10a", "10b", "10c", "10d"]
    # A question answered Nej hides the new sub-question as a derived Et.
    case_file = files_of(ten)[5]
    review.set_answer(ten, case_file, "8", Code.NEJ, author=AUTHOR)
    assert ten.cells(case_file)[sub].derived


def test_editing_and_moving_questions(ten: Project) -> None:
    review.edit_question(ten, "4", text="Omformulerad fråga?", footnote="inom en månad",
                         author="Berit")
    question = ten.template.question("4")
    assert (question.text, question.footnote) == ("Omformulerad fråga?", "inom en månad")
    texts = [e.state.text for e in ten.template_history("4")]
    assert texts[0] != "Omformulerad fråga?" and texts[-1] == "Omformulerad fråga?"
    assert ten.template_history("4")[-1].author == "Berit"

    review.move_question(ten, "8", author=AUTHOR, after=None)  # 8 with 8a–8c goes first
    assert [q.key for q in ten.template.questions][:5] == ["8", "8a", "8b", "8c", "1"]
    assert [q.printed_key for q in ten.template.questions][:5] == ["1", "1a", "1b", "1c", "2"]
    review.move_question(ten, "8b", author=AUTHOR, after="8")  # right after its parent
    assert [q.key for q in ten.template.questions][:4] == ["8", "8b", "8a", "8c"]
    review.edit_question(ten, "8c", parent=None, author=AUTHOR)  # taken out, after its parent's
    assert ten.template.question("8c").parent is None
    assert [q.key for q in ten.template.questions][:4] == ["8", "8b", "8a", "8c"]
    review.edit_question(ten, "2", parent="7", author=AUTHOR)  # under 7, at its end
    keys = [q.key for q in ten.template.questions]
    assert keys.index("2") == keys.index("7") + 1 and ten.template.question("2").parent == "7"
    assert check_project(ten).ok


def test_removing_a_question_with_answers_needs_a_confirmation_stating_the_count(
        ten: Project) -> None:
    files = files_of(ten)
    before = on_disk(ten)
    for text in in_each_language(sv="10 svar", en="10 answers"):
        with pytest.raises(UnconfirmedQuestionRemovalError, match=text):
            review.remove_question(ten, "1", author=AUTHOR)
    assert on_disk(ten) == before
    with pytest.raises(UnconfirmedQuestionRemovalError, match=r"sub-questions|underfrågor"):
        review.remove_question(ten, "8", author=AUTHOR)
    old = ten.template
    review.remove_question(ten, "1", author=AUTHOR, confirm=True)
    assert "1" not in ten.template.keys
    assert all(q.key != ten.template.questions[0].key or q.printed_key == "1"
               for q in ten.template.questions)
    (summary,) = summarize(ten)
    assert len(summary.questions) == len(old.questions) - 1
    (appendix,) = build_report(ten, ten.units(), ReportOptions()).appendices
    assert all(not row.question.text.startswith("1. Har utredning") for row in appendix.rows)
    assert [e.answer.code for e in ten.history(files[5], "1")] == [Code.NEJ]  # history kept
    assert check_project(ten).ok
    review.change_template(ten, old, author=AUTHOR)  # brought back: its answers show again
    assert ten.cells(files[5])["1"].code is Code.NEJ
    assert [e.state.removed for e in ten.template_history("1")] == [False, True, False]


@pytest.mark.parametrize("change", [
    "empty text", "unknown after", "under its own sub-question", "before its parent",
    "a number used twice", "no questions", "keys twice", "a personnummer", "cycle"])
def test_every_refused_change_leaves_the_file_byte_identical(ten: Project,
                                                             change: str) -> None:
    template = ten.template
    before = on_disk(ten)
    history = ten.template_history()
    with pytest.raises((OperationError, TemplateError, PrivacyError)):
        if change == "empty text":
            review.add_question(ten, "   ", author=AUTHOR)
        elif change == "unknown after":
            review.add_question(ten, "Ny?", author=AUTHOR, after="99")
        elif change == "under its own sub-question":
            review.edit_question(ten, "8", parent="8a", author=AUTHOR)
        elif change == "before its parent":
            review.move_question(ten, "8b", author=AUTHOR, after=None)
        elif change == "a number used twice":
            review.add_question(ten, "Ny?", author=AUTHOR, label="3")
        elif change == "no questions":
            review.change_template(ten, Template(name="T", questions=()), author=AUTHOR)
        elif change == "keys twice":
            review.change_template(ten, Template(name="T", questions=(
                *template.questions, template.questions[0])), author=AUTHOR)
        elif change == "a personnummer":
            review.add_question(ten, "Gäller 811218-9876?", author=AUTHOR)
        else:
            q = template.question("1")
            review.change_template(ten, Template(name="T", questions=(
                q.__class__(key="1", text=q.text, parent="2"),
                *(x for x in template.questions[1:] if x.key != "2"),
                template.question("2").__class__(key="2", text="Två", parent="1"))),
                author=AUTHOR)
    assert on_disk(ten) == before and ten.template == template
    assert ten.template_history() == history


def test_a_personnummer_kept_deliberately_and_a_change_of_nothing(ten: Project) -> None:
    assert review.change_template(ten, ten.template, author=AUTHOR).questions == frozenset()
    key, _c = review.add_question(ten, "Gäller 811218-9876?", author=AUTHOR,
                                  allow_identity=True)
    assert ten.template.question(key).text == "Gäller 811218-9876?"
    assert not check_project(ten).ok  # every stored personnummer is a problem in check


# -- the command line --------------------------------------------------------------------


def test_the_command_line_adds_edits_moves_and_removes_by_printed_number(
        ten: Project, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(ten.path)
    ten.close()
    common = ["--lang", "en", "--author", "Berit"]
    assert main([*common, "template", "add", path, "--text", NEW_TEXT, "--after", "3",
                 "--criterion", "Enligt 11 kap. SoL"]) == 0
    out = capsys.readouterr().out
    assert "Added question 4" in out and "5 case files that were complete" in out
    assert main([*common, "template", "edit", path, "4", "--text", "Omformulerad?"]) == 0
    assert main([*common, "template", "move", path, "4", "--after", "9"]) == 0
    assert "question 9 now" in capsys.readouterr().out
    before = Path(path).read_bytes()
    assert main([*common, "template", "remove", path, "1"]) == 2
    err = capsys.readouterr().err
    assert "10 answers" in err and "--confirm" in err
    assert Path(path).read_bytes() == before
    assert main([*common, "template", "edit", path, "77", "--text", "x"]) == 2
    assert main([*common, "template", "remove", path, "1", "--confirm"]) == 0
    assert main([*common, "template", "history", path]) == 0
    history = capsys.readouterr().out
    assert "Omformulerad?" in history and "(removed)" in history
    with Project.open(Path(path)) as project:
        texts = [q.text for q in project.template.questions]
        assert texts[-1] == "Omformulerad?" and texts[0].startswith("Har bedömnings")
        assert check_project(project).ok


# -- older files ------------------------------------------------------------------------


def format4_file(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.executescript((DATA / "format4.sql").read_text(encoding="utf-8"))
    connection.close()
    return path


def test_a_format4_file_upgrades_with_its_template_as_first_events(tmp_path: Path) -> None:
    one, two = format4_file(tmp_path / "a.aktg"), format4_file(tmp_path / "b.aktg")
    with Project.open(one) as project:
        assert [(q.key, q.printed_key, q.parent) for q in project.template.questions] == [
            ("1", "1", None), ("2", "2", None), ("2.1", "2.1", "2"), ("A", "A", None)]
        assert project.template.question("1").footnote == "inom 14 dagar"
        (torsby,) = project.units()
        first = project.case_files(torsby.id)[0]
        assert project.cells(first.id)["2.1"].code is Code.EB and first.is_signed_off
        assert all(q.added_at is None for q in project.template.questions)
        assert check_project(project).ok
        seeds = [(e.id, e.state) for e in project.template_history()]
        key, _c = review.add_question(project, "Ny fråga?", author=AUTHOR)
        assert project.template.question(key).printed_key == "4"  # A typed keeps its place
        assert project.cells(first.id)[key].not_assessed  # signed off before it was added
    assert (tmp_path / "a.aktg.format4.bak").exists()
    connection = sqlite3.connect(one)
    assert connection.execute("PRAGMA user_version").fetchone() == (FORMAT_VERSION,)
    connection.close()
    with Project.open(two) as other:  # upgraded apart: the very same first events
        assert [(e.id, e.state) for e in other.template_history()] == seeds


def test_a_refusal_names_an_added_question_by_its_printed_number_not_its_key(
        ten: Project) -> None:
    from reviewer.errors import OperationError
    from reviewer.model import Answer

    key, _changes = review.add_question(ten, NEW_TEXT, author=AUTHOR)
    printed = ten.template.question(key).printed_key
    assert printed != key
    with pytest.raises(OperationError) as refused:
        review.resolve_conflict(ten, files_of(ten)[0], key, Answer(Code.JA), author=AUTHOR)
    assert f" {printed} " in str(refused.value) and key not in str(refused.value)
