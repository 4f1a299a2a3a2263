"""Small truths of the app (issue 11): what is not complete is listed without hiding the
preview, and a copy says it was made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reviewer import review
from reviewer.model import Code, Template
from reviewer.ui.main_window import MainWindow
from reviewer.ui.navigator import NavigatorModel
from reviewer.ui.operations import structure
from reviewer.ui.report_dialog import ReportDialog, incomplete_units
from tests.conftest import AUTHOR
from tests.keys import bring_up, press


def test_what_is_not_complete_is_a_compact_list_that_leaves_the_preview_its_room(
        qtbot: QtBot, tmp_path: Path, template: Template) -> None:
    with review.create_project(tmp_path / "p.aktg", title="Gemensam granskning",
                               template=template) as project:
        for number in range(16):
            review.add_unit(project, f"Kommun {number + 1:02d}", files=10)
        first = project.case_files(project.units()[0].id)[0]
        review.set_answer(project, first.id, "1", Code.EB, author=AUTHOR)
        dialog = ReportDialog(project, [u.id for u in project.units()])
        qtbot.addWidget(dialog)
        dialog.resize(1024, 640)
        bring_up(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready,
                        timeout=60000)
        qtbot.waitUntil(dialog.incomplete.isVisible)
        lines = [dialog.incomplete.item(i).text() for i in range(dialog.incomplete.count())]
        assert len(lines) == 16
        assert lines[0].startswith("Kommun 01: 10") and "1" in lines[0].split(",")[1]
        assert dialog.view.height() > 0.6 * dialog.height()  # the preview keeps its room
        assert dialog.incomplete.height() < 0.2 * dialog.height()
        press(Qt.Key.Key_Escape)  # closed before the project is
        assert not dialog.isVisible()


def test_copying_the_table_says_so_in_the_status_bar(form_window: MainWindow) -> None:
    window = form_window
    press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the summary
    press(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # the table has the keys
    assert "Torsby kommun" in (QGuiApplication.clipboard().text() or "")
    message = window.statusBar().currentMessage()
    assert "Word" in message or "Kopierade" in message


def test_the_grid_shows_a_reason_decided_elsewhere_at_once(form_window: MainWindow) -> None:
    window, project = form_window, form_window.ops.project
    press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the grid, on 1 of file 1
    press(Qt.Key.Key_B)
    assert window.grid.reason.text() == ""
    first = project.case_files(project.units()[0].id)[0]
    # A decision made in another pane (the conflict list, the stepping form): one
    # operation through the window's operations, as they make it.
    window.ops.run("Avgör", lambda: review.set_answer(
        project, first.id, "1", Code.EB, author=AUTHOR, reason="Beslutet saknas."))
    assert window.grid.reason.text() == "Beslutet saknas."


def test_after_the_navigator_is_read_anew_it_goes_on_from_the_form_s_case_file(
        form_window: MainWindow) -> None:
    window, project = form_window, form_window.ops.project
    files = project.case_files(project.units()[0].id)
    press(Qt.Key.Key_PageDown)  # case file 2
    assert window.form.case_file_id == files[1].id
    # A unit added reads the navigator anew, as a merge does.
    structure.add_unit(window, window.ops, "Arvika kommun", 2)
    assert window.navigator.currentIndex().data(NavigatorModel.CASE_FILE_ID) == files[1].id
    assert QApplication.focusWidget() is window.form  # the keyboard was not taken
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Down)
    assert window.form.case_file_id == files[2].id  # the next one, not the first file


def test_the_grid_names_the_unit_it_shows(form_window: MainWindow) -> None:
    press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert "Torsby kommun" in form_window.grid.title.text()


def test_units_not_complete_name_missing_reasons_only_when_there_are_some(
        tmp_path: Path, template: Template) -> None:
    with review.create_project(tmp_path / "p.aktg", title="G", template=template) as project:
        review.add_unit(project, "Arvika kommun", files=2)
        review.add_unit(project, "Torsby kommun", files=2)
        first = project.case_files(project.units()[1].id)[0]
        review.set_answer(project, first.id, "1", Code.EB, author=AUTHOR)
        arvika, torsby = incomplete_units(project, [u.id for u in project.units()])
    assert arvika == "Arvika kommun: 2 of 2 case files not complete"
    assert torsby == "Torsby kommun: 2 of 2 case files not complete, 1 Eb/Et without a reason"


def test_on_a_small_screen_no_empty_band_stands_where_the_reason_panel_would_be(
        qtbot: QtBot, form_window: MainWindow) -> None:
    window, form = form_window, form_window.form
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: form.height() < 640)
    assert not form.reason_panel.isVisible()  # question 1 is unanswered

    def gap() -> int:
        buttons_bottom = form.answer_buttons[Code.ET].geometry().bottom()
        return form.note.mapTo(form, form.note.rect().topLeft()).y() - buttons_bottom

    qtbot.waitUntil(lambda: gap() < form.reason_panel.sizeHint().height())
