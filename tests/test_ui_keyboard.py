"""The keyboard path of issue 11, typed where the keyboard types: each key goes to the open
popup, else to the focus widget, and the results are read back from the project file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reviewer import review
from reviewer.model import Code, FileStatus, Template
from reviewer.project import Project
from reviewer.ui.main_window import MainWindow
from tests.conftest import Dialogs
from tests.keys import click, keyboard, press, press_mnemonic, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(form_window: MainWindow) -> MainWindow:
    return form_window


def stored(window: MainWindow, file_index: int = 0) -> dict[str, tuple[Code | None, str]]:
    """What the project file holds for a case file of the unit: code and reason by key."""
    with Project.open(window.ops.project.path, readonly=True) as project:
        (unit,) = project.units()
        case_file = project.case_files(unit.id)[file_index]
        return {k: (c.code, c.answer.reason) for k, c in project.cells(case_file.id).items()}


def lit(window: MainWindow) -> list[Code]:
    return [code for code, button in window.form.answer_buttons.items() if button.isChecked()]


def test_an_unanswered_question_shows_no_answer_chosen(window: MainWindow) -> None:
    assert lit(window) == []  # a new unit
    press(Qt.Key.Key_J)
    assert window.form.key == "2"
    assert lit(window) == []  # Ja stayed lit here before
    press(Qt.Key.Key_N)
    press(Qt.Key.Key_Up)
    assert window.form.key == "2" and lit(window) == [Code.NEJ]
    press(Qt.Key.Key_Up)
    assert lit(window) == [Code.JA]


def test_an_earlier_reason_is_chosen_from_the_list_by_keyboard(window: MainWindow) -> None:
    press(Qt.Key.Key_T)
    type_text("Ej aktuellt, ingen ansökan")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_PageDown)  # the next case file, its first question
    assert window.form.key == "1"
    press(Qt.Key.Key_T)
    type_text("ej")  # the earlier reason is offered, filtered by what is typed
    press(Qt.Key.Key_Down)  # into the list, on its first line: never "next question"
    assert QApplication.activePopupWidget() is not None
    assert window.form.key == "1"
    press(Qt.Key.Key_Return)  # takes the highlighted reason, saves and moves on
    assert window.form.key == "2"
    assert stored(window, 1)["1"] == (Code.ET, "Ej aktuellt, ingen ansökan")
    assert stored(window, 0)["2"] == (None, "")  # nothing else changed


def test_arrows_in_a_reason_field_never_move_to_another_question(window: MainWindow) -> None:
    press(Qt.Key.Key_B)
    type_text("Halv")
    press(Qt.Key.Key_Down)  # no earlier reasons: nothing to open
    press(Qt.Key.Key_Up)
    assert window.form.key == "1" and keyboard() is window.form.reason


def test_typing_a_reason_after_ctrl_u_never_answers_a_question(window: MainWindow) -> None:
    press(Qt.Key.Key_T)
    press(Qt.Key.Key_Escape)  # leave the reason for later: the cell is flagged
    assert window.form.key == "2"
    press(Qt.Key.Key_J)
    press(Qt.Key.Key_U, CTRL)  # the first cell still to do: question 1, reason missing
    assert window.form.key == "1" and keyboard() is window.form.reason
    type_text("Datum saknas")  # holds a t and an n: Et and Nej before
    press(Qt.Key.Key_Return)
    state = stored(window)
    assert state["1"] == (Code.ET, "Datum saknas")
    assert state["2"] == (Code.JA, "")
    assert [state[k][0] for k in ("3", "4", "5", "6", "7", "8")] == [None] * 6


def test_escape_on_a_half_typed_reason_keeps_what_was_stored(window: MainWindow) -> None:
    press(Qt.Key.Key_B)
    type_text("en")
    press(Qt.Key.Key_Escape)
    assert stored(window)["1"] == (Code.EB, "")  # flagged, not "en"
    with Project.open(window.ops.project.path, readonly=True) as project:
        (unit,) = project.units()
        progress = project.progress(project.case_files(unit.id)[0])
        assert progress.status is not FileStatus.COMPLETE and progress.missing_reasons


def test_a_personnummer_to_be_changed_stays_in_the_field_and_is_asked_once(
        window: MainWindow, dialogs: Dialogs) -> None:
    dialogs.answer = QMessageBox.StandardButton.No  # "I will change it"
    press(Qt.Key.Key_B)
    text = "Klienten 19811218-9876 har flyttat"
    type_text(text)
    press(Qt.Key.Key_Return)
    assert len(dialogs.shown) == 1
    reason = window.form.reason
    assert keyboard() is reason and reason.text() == text
    assert reason.selectedText() == "19811218-9876"
    assert window.form.key == "1"
    assert stored(window)["1"] == (Code.EB, "")  # nothing stored
    click(window.form.note)  # the auditor clicks into another field: not asked again
    assert len(dialogs.shown) == 1
    assert stored(window)["1"] == (Code.EB, "")


def test_the_navigator_keeps_the_keyboard_until_enter(window: MainWindow) -> None:
    press(Qt.Key.Key_L, CTRL)
    assert keyboard() is window.navigator
    first = window.form.case_file_id
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    assert keyboard() is window.navigator  # it stepped twice, not once
    assert window.form.case_file_id != first
    chosen = window.form.case_file_id
    press(Qt.Key.Key_Return)
    assert keyboard() is window.form and window.form.case_file_id == chosen
    press(Qt.Key.Key_J)
    with Project.open(window.ops.project.path, readonly=True) as project:
        assert project.cells(chosen or "")["1"].code is Code.JA


def test_a_whole_case_file_by_keyboard_with_reasons_reuse_prompt_and_undo(
        window: MainWindow, dialogs: Dialogs) -> None:
    """The scenario: answers, a reason typed, one reused from the list, a personnummer
    kept out, Ctrl+U back to a flagged cell, the navigator, undo, read back from the file."""
    dialogs.answer = QMessageBox.StandardButton.No
    press(Qt.Key.Key_J)  # 1
    press(Qt.Key.Key_B)  # 2: Eb, with a reason typed
    type_text("Utredningen saknas i akten.")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_T)  # 3: Et, the reason left for later
    press(Qt.Key.Key_Escape)
    for key in (Qt.Key.Key_J, Qt.Key.Key_N, Qt.Key.Key_2, Qt.Key.Key_1):  # 4–7
        press(key)
    press(Qt.Key.Key_J)  # 8: Ja opens 8a–8c
    press(Qt.Key.Key_1)  # 8a
    press(Qt.Key.Key_B)  # 8b: a reason with a personnummer, changed when asked
    type_text("Barnet 20150101-0001 hördes inte")
    press(Qt.Key.Key_Return)
    assert len(dialogs.shown) == 1 and window.form.key == "8b"
    press(Qt.Key.Key_A, CTRL)
    type_text("Barnet hördes inte")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_N)  # 8c
    press(Qt.Key.Key_U, CTRL)  # back to 3, whose reason is missing
    assert window.form.key == "3" and keyboard() is window.form.reason
    type_text("utred")
    press(Qt.Key.Key_Down)  # the reason of question 2 is offered only for question 2
    assert QApplication.activePopupWidget() is None and window.form.key == "3"
    press(Qt.Key.Key_Return)
    state = stored(window)
    assert state["3"] == (Code.ET, "utred")  # nothing to reuse for 3: what was typed
    press(Qt.Key.Key_Z, CTRL)  # undo the reason
    assert stored(window)["3"] == (Code.ET, "")
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    state = stored(window)
    assert [state[k][0] for k in ("1", "2", "3", "4", "5", "6", "7", "8", "8a", "8b", "8c")] \
        == [Code.JA, Code.EB, Code.ET, Code.JA, Code.NEJ, Code.NEJ, Code.JA, Code.JA, Code.JA,
            Code.EB, Code.NEJ]
    assert state["2"][1] == "Utredningen saknas i akten."
    assert state["3"][1] == "utred"
    assert state["8b"][1] == "Barnet hördes inte"
    press(Qt.Key.Key_L, CTRL)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_N)
    assert stored(window, 1)["1"] == (Code.NEJ, "")


def test_the_first_start_asks_for_the_name_and_a_second_writer_is_told_it(
        qtbot: QtBot, tmp_path: Path, template: Template) -> None:
    import subprocess
    import sys

    from PySide6.QtCore import QTimer

    from reviewer.settings import author_origin, load_settings
    from reviewer.ui.app import first_start

    assert author_origin() is None  # nothing set yet: a first start

    def answer() -> None:
        press(Qt.Key.Key_A, CTRL)
        type_text("Åsa Öberg")
        press(Qt.Key.Key_Return)

    QTimer.singleShot(200, answer)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    first_start(app)
    assert load_settings().author == "Åsa Öberg" and author_origin() is not None
    path = tmp_path / "p.aktg"
    with review.create_project(path, title="Granskning", template=template):
        result = subprocess.run([sys.executable, "-m", "reviewer", "add-unit", str(path),
                                 "Eda kommun", "--files", "2", "--lang", "en"],
                                capture_output=True, text=True)
    assert result.returncode == 2
    assert "Åsa Öberg on the computer" in result.stderr  # who, where, since when


def test_the_personnummer_question_in_a_real_dialog_is_asked_once(
        qtbot: QtBot, window: MainWindow) -> None:
    """The real message box takes the keyboard from the field while it is open: that is
    no second request to store the text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer_no() -> None:  # every question that opens in the next moments, with No
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            press_mnemonic(box.button(QMessageBox.StandardButton.No))
        if len(asked) < 3:
            QTimer.singleShot(50, answer_no)

    press(Qt.Key.Key_B)
    text = "Klienten 19811218-9876 har flyttat"
    type_text(text)
    QTimer.singleShot(50, answer_no)
    press(Qt.Key.Key_Return)
    qtbot.wait(300)  # a second question would have opened by now
    assert len(asked) == 1
    assert window.form.reason.text() == text
    assert window.form.reason.selectedText() == "19811218-9876"
    assert stored(window)["1"] == (Code.EB, "")
