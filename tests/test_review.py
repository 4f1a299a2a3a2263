"""Review operations: units, case files, answers, derived sub-questions, sign-off, settings."""

from __future__ import annotations

import pytest

from reviewer import review
from reviewer.errors import OperationError, PrivacyError
from reviewer.model import Answer, Code, Convention, FileStatus, Placement
from reviewer.project import Project
from tests.conftest import AUTHOR, in_each_language
from tests.test_privacy import PNR


def _unit_with_files(project: Project, files: int = 3) -> list[str]:
    unit, _ = review.add_unit(project, "Torsby kommun", files=files)
    return [f.id for f in project.case_files(unit.id)]


def test_units_are_added_renamed_moved_and_removed(project: Project) -> None:
    a, _ = review.add_unit(project, "Arvika kommun", files=2)
    b, _ = review.add_unit(project, "Torsby kommun", files=10)
    review.rename_unit(project, a.id, "Arvika  kommun (omprövad)")
    review.move_unit(project, b.id, 0)
    assert [u.name for u in project.units()] == ["Torsby kommun", "Arvika kommun (omprövad)"]
    assert [f.label for f in project.case_files(b.id)] == [str(n) for n in range(1, 11)]
    review.remove_unit(project, a.id)
    assert [u.name for u in project.units()] == ["Torsby kommun"]


def test_unit_names_are_unique_and_not_empty(project: Project) -> None:
    review.add_unit(project, "Torsby kommun")
    with pytest.raises(OperationError):
        review.add_unit(project, "torsby KOMMUN")
    with pytest.raises(OperationError):
        review.add_unit(project, "  ")


def test_removing_a_unit_with_answers_needs_confirmation(project: Project) -> None:
    files = _unit_with_files(project)
    unit_id = project.case_file(files[0]).unit_id
    review.set_answer(project, files[0], "1", Code.JA, author=AUTHOR)
    with pytest.raises(OperationError, match="1"):
        review.remove_unit(project, unit_id)
    assert len(project.units()) == 1
    review.remove_unit(project, unit_id, confirm=True)
    assert project.units() == []


def test_case_files_are_added_renamed_moved_and_removed(project: Project) -> None:
    files = _unit_with_files(project, 2)
    unit_id = project.case_file(files[0]).unit_id
    review.add_case_files(project, unit_id, 2)
    assert [f.label for f in project.case_files(unit_id)] == ["1", "2", "3", "4"]
    review.rename_case_file(project, files[0], "1b")
    with pytest.raises(OperationError):
        review.rename_case_file(project, files[1], "1b")
    review.move_case_file(project, files[0], 3)
    assert [f.label for f in project.case_files(unit_id)] == ["2", "3", "4", "1b"]
    review.set_answer(project, files[1], "3", Code.NEJ, author=AUTHOR)
    with pytest.raises(OperationError):
        review.remove_case_file(project, files[1])
    review.remove_case_file(project, files[1], confirm=True)
    review.remove_case_file(project, files[0])
    assert [f.label for f in project.case_files(unit_id)] == ["3", "4"]


def test_set_answer_returns_before_and_after(project: Project) -> None:
    (first, *_rest) = _unit_with_files(project)
    changes = review.set_answer(project, first, "2", Code.NEJ, author=AUTHOR, note="Sid 4")
    (change,) = changes.cells
    assert change.before == Answer(code=None)
    assert change.after == Answer(code=Code.NEJ, note="Sid 4")
    cell = project.cells(first)["2"]
    assert cell.code is Code.NEJ and cell.author == AUTHOR and cell.at


def test_eb_without_reason_is_stored_flagged_and_file_incomplete(project: Project) -> None:
    (first, *_rest) = _unit_with_files(project)
    for question in project.template.questions:
        if question.parent is None:
            review.set_answer(project, first, question.key, Code.NEJ, author=AUTHOR)
    review.set_answer(project, first, "1", Code.EB, author=AUTHOR)
    assert project.cells(first)["1"].missing_reason
    progress = project.progress(project.case_file(first))
    assert progress.status is FileStatus.IN_PROGRESS
    assert progress.missing_reasons == ("1",)
    review.set_answer(project, first, "1", Code.EB, author=AUTHOR, reason="Datum saknas.")
    assert project.progress(project.case_file(first)).status is FileStatus.COMPLETE


def test_reason_goes_when_the_answer_no_longer_needs_one(project: Project) -> None:
    (first, *_rest) = _unit_with_files(project)
    review.set_answer(project, first, "1", Code.EB, author=AUTHOR, reason="Datum saknas.",
                      placement=Placement.SUMMA)
    review.set_answer(project, first, "1", Code.ET, author=AUTHOR)
    assert project.cells(first)["1"].answer == Answer(Code.ET, "Datum saknas.",
                                                      Placement.SUMMA)
    review.set_answer(project, first, "1", Code.JA, author=AUTHOR)
    assert project.cells(first)["1"].answer.reason == ""


def test_sub_question_is_derived_et_until_parent_is_ja(project: Project) -> None:
    (first, *_rest) = _unit_with_files(project)
    assert project.cells(first)["8a"].derived  # parent unanswered
    with pytest.raises(OperationError, match="8"):
        review.set_answer(project, first, "8a", Code.JA, author=AUTHOR)
    changes = review.set_answer(project, first, "8", Code.JA, author=AUTHOR)
    assert changes.derived_cells == {(first, "8a"), (first, "8b"), (first, "8c")}
    review.set_answer(project, first, "8a", Code.EB, author=AUTHOR)
    review.set_answer(project, first, "8", Code.NEJ, author=AUTHOR)
    cell = project.cells(first)["8a"]
    assert cell.derived and cell.code is Code.ET and not cell.missing_reason
    review.set_answer(project, first, "8", Code.JA, author=AUTHOR)
    assert project.cells(first)["8a"].code is Code.EB  # the auditor's answer comes back


def test_signed_off_file_is_locked_until_reopened(project: Project) -> None:
    (first, *_rest) = _unit_with_files(project)
    for text in in_each_language(sv="inte klar", en="not complete"):
        with pytest.raises(OperationError, match=text):
            review.sign_off(project, first, by="Bo Granskare")
    for question in project.template.questions:
        if question.parent is None:
            review.set_answer(project, first, question.key, Code.NEJ, author=AUTHOR)
    review.sign_off(project, first, by="Bo Granskare")
    case_file = project.case_file(first)
    assert case_file.signed_off_by == "Bo Granskare"
    assert project.progress(case_file).status is FileStatus.SIGNED_OFF
    with pytest.raises(OperationError, match="Bo Granskare"):
        review.set_answer(project, first, "1", Code.JA, author=AUTHOR)
    review.reopen(project, first)
    review.set_answer(project, first, "1", Code.JA, author=AUTHOR)
    assert project.progress(project.case_file(first)).status is FileStatus.COMPLETE


def test_personnummer_in_a_reason_is_refused_unless_allowed(project: Project) -> None:
    (first, *_rest) = _unit_with_files(project)
    text = f"Klient {PNR[:6]}-{PNR[6:]} saknar barn."
    with pytest.raises(PrivacyError):
        review.set_answer(project, first, "4", Code.ET, author=AUTHOR, reason=text)
    assert project.cells(first)["4"].code is None
    with pytest.raises(PrivacyError):
        review.set_answer(project, first, "4", Code.NEJ, author=AUTHOR, note=text)
    with pytest.raises(PrivacyError):
        review.add_unit(project, f"Akt {PNR}")
    review.set_answer(project, first, "4", Code.ET, author=AUTHOR, reason=text,
                      allow_identity=True)
    assert project.cells(first)["4"].answer.reason == text


def test_every_change_is_an_event_naming_the_one_it_replaced(project: Project) -> None:
    (first, *_rest) = _unit_with_files(project)
    for code in (Code.JA, Code.NEJ, None, Code.EB):
        review.set_answer(project, first, "3", code, author=AUTHOR)
    events = project.history(first, "3")
    assert [e.answer.code for e in events] == [Code.JA, Code.NEJ, None, Code.EB]
    assert events[0].replaces is None
    assert [e.replaces for e in events[1:]] == [e.id for e in events[:-1]]
    assert all(e.author == AUTHOR for e in events)


def test_setting_the_same_value_records_nothing(project: Project) -> None:
    (first, *_rest) = _unit_with_files(project)
    review.set_answer(project, first, "3", Code.JA, author=AUTHOR)
    assert review.set_answer(project, first, "3", Code.JA, author=AUTHOR).cells == ()
    assert len(project.history(first, "3")) == 1


def test_undo_replays_the_before_value(project: Project) -> None:
    (first, *_rest) = _unit_with_files(project)
    review.set_answer(project, first, "1", Code.EB, author=AUTHOR, reason="Oklart.")
    (change,) = review.set_answer(project, first, "1", Code.JA, author=AUTHOR).cells
    review.write_answer(project, first, "1", change.before, author=AUTHOR)
    assert project.cells(first)["1"].answer == Answer(Code.EB, "Oklart.")


def test_unknown_question_and_missing_author_are_refused(project: Project) -> None:
    (first, *_rest) = _unit_with_files(project)
    with pytest.raises(OperationError, match="99"):
        review.set_answer(project, first, "99", Code.JA, author=AUTHOR)
    with pytest.raises(OperationError):
        review.set_answer(project, first, "1", Code.JA, author=" ")


def test_settings_change_convention_and_first_footnote(project: Project) -> None:
    review.update_project(project, convention=Convention.ASSESSED, first_footnote=5,
                          title="Ny titel")
    assert project.info.convention is Convention.ASSESSED
    assert project.info.first_footnote == 5
    with Project.open(project.path, readonly=True) as reader:
        assert reader.info.title == "Ny titel"
    with pytest.raises(OperationError):
        review.update_project(project, first_footnote=0)


def test_reasons_used_for_a_question_are_offered_most_used_first(project: Project) -> None:
    files = _unit_with_files(project, 3)
    review.set_answer(project, files[0], "4", Code.ET, author=AUTHOR, reason="Har ej barn.")
    review.set_answer(project, files[1], "4", Code.ET, author=AUTHOR, reason="Har ej barn.")
    review.set_answer(project, files[2], "4", Code.ET, author=AUTHOR, reason="Barnen vuxna.")
    assert project.reasons_used("4") == ["Har ej barn.", "Barnen vuxna."]
