"""The desktop app driven as an auditor drives it: by keyboard, on real widgets (offscreen)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from reviewer import review
from reviewer.model import Code, FileStatus, Template
from reviewer.project import Project
from reviewer.sample import write_demo
from reviewer.ui.grid_view import GridModel
from reviewer.ui.main_window import MainWindow
from reviewer.ui.operations import ProjectOps
from tests.conftest import AUTHOR, audit_trail
from tests.keys import bring_up, press, type_text
from tests.test_exchange import content
from tests.test_report import SUPERSCRIPTS, expected_rows

REASON = "Datum för påbörjad utredning saknas."


@pytest.fixture
def window(form_window: MainWindow) -> MainWindow:
    return form_window


def cells(window: MainWindow) -> dict[str, Code | None]:
    assert window.form.case_file_id is not None
    return {k: c.code for k, c in window.ops.project.cells(window.form.case_file_id).items()}


def test_a_whole_case_file_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    assert form.key == "1"
    assert re.search(r"Torsby kommun · .+ 1 (of|av) 3 · .+ 1 (of|av) 11", form.position.text())
    for key in (Qt.Key.Key_J, Qt.Key.Key_N):
        press(key)
    assert form.key == "3"
    press(Qt.Key.Key_B)  # Eb: the reason opens in place, the answer is stored
    assert form.reason_panel.isVisible() and form.reason.hasFocus()
    assert cells(window)["3"] is Code.EB
    type_text(REASON)
    press(Qt.Key.Key_Return)
    assert form.key == "4" and form.hasFocus()
    for key in (Qt.Key.Key_1, Qt.Key.Key_J, Qt.Key.Key_2, Qt.Key.Key_J, Qt.Key.Key_N):
        press(key)  # questions 4–8; 8 = Nej makes 8a–8c derived Et
    state = cells(window)
    assert [state[k] for k in ("1", "2", "3", "4", "5", "6", "7", "8")] == [
        Code.JA, Code.NEJ, Code.EB, Code.JA, Code.JA, Code.NEJ, Code.JA, Code.NEJ]
    assert state["8a"] is Code.ET and window.form._cells["8a"].derived
    assert form.key == "8"  # nothing applicable after 8: the form stays
    case_file = window.ops.project.case_file(form.case_file_id or "")
    assert window.ops.project.cells(case_file.id)["3"].answer.reason == REASON
    assert window.ops.project.progress(case_file).status is FileStatus.COMPLETE
    assert re.search("complete|klar", form.file_status.text())
    assert window.navigator_model.index_of_case_file(case_file.id).data().startswith("●")


def test_sub_questions_are_skipped_and_answered_when_parent_is_ja(qtbot: QtBot,
                                                                 window: MainWindow) -> None:
    form = window.form
    for _question in range(7):
        press(Qt.Key.Key_Down)  # to question 8
    assert form.key == "8"
    press(Qt.Key.Key_J)
    assert form.key == "8a"
    press(Qt.Key.Key_J)
    assert form.key == "8b" and cells(window)["8a"] is Code.JA


def test_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    press(Qt.Key.Key_N)
    press(Qt.Key.Key_J)
    assert cells(window)["1"] is Code.NEJ and cells(window)["2"] is Code.JA
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cells(window)["2"] is None
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cells(window)["1"] is None
    assert not window.form.answer_buttons[Code.NEJ].isChecked() or form.key != "1"
    press(Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert cells(window)["1"] is Code.NEJ
    press(Qt.Key.Key_Z,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert cells(window)["2"] is Code.JA


def test_reason_used_before_is_offered_and_taken(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    press(Qt.Key.Key_B)
    type_text(REASON)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_PageDown)  # next case file, question 1
    assert form.key == "1"
    press(Qt.Key.Key_B)
    assert REASON in form._reasons_model.stringList()
    type_text("påbörjad")  # part of the earlier reason
    completer = form.reason.completer()
    assert completer.currentCompletion() == REASON
    press(Qt.Key.Key_Down)  # into the list of earlier reasons
    press(Qt.Key.Key_Return)  # takes the highlighted one
    second = window.ops.project.case_files(window.ops.project.units()[0].id)[1]
    assert window.ops.project.cells(second.id)["1"].answer.reason == REASON


def test_signed_off_file_is_read_only(qtbot: QtBot, window: MainWindow) -> None:
    project = window.ops.project
    first = project.case_files(project.units()[0].id)[0]
    for question in project.template.questions:
        if question.parent is None:
            review.set_answer(project, first.id, question.key, Code.NEJ, author=AUTHOR)
    window.ops.run("sign off", lambda: review.sign_off(project, first.id, by="Bo Granskare"))
    form = window.form
    assert not form.answer_buttons[Code.JA].isEnabled()
    assert "Bo Granskare" in form.file_status.text()
    press(Qt.Key.Key_J)
    assert project.cells(first.id)["1"].code is Code.NEJ
    assert window.navigator_model.index_of_case_file(first.id).data().startswith("✔")


def test_personnummer_in_a_reason_is_not_stored_silently(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def refuse(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", refuse)
    form = window.form
    press(Qt.Key.Key_B)
    type_text("Klient 811218-9876 saknar barn")
    press(Qt.Key.Key_Return)
    assert asked and "811218-9876" in asked[0]
    assert window.ops.project.cells(form.case_file_id or "")["1"].answer.reason == ""


def test_window_title_and_saved_notice(window: MainWindow) -> None:
    assert "Granskning" in window.windowTitle() and "p.aktg" in window.windowTitle()
    assert window.navigator_model.rowCount() == 1
    assert window.navigator_model.rowCount(window.navigator_model.index(0, 0)) == 3
    case_file_id = window.form.case_file_id or ""
    press(Qt.Key.Key_J)
    # What the auditor sees once the answer is in: the notice that it is saved (in the
    # language the app speaks now), and no mark of unsaved work in the title (there is
    # no Save command)...
    notices = [label.text() for label in window.statusBar().findChildren(QLabel)
               if label.isVisible()]
    assert QApplication.translate("MainWindow", "Every change is saved at once.") in notices
    assert not window.isWindowModified() and "*" not in window.windowTitle()
    # ...and the notice is true: another reader of the file finds the answer there.
    with Project.open(window.ops.project.path, readonly=True) as on_disk:
        assert on_disk.cells(case_file_id)["1"].code is Code.JA


def test_project_is_unchanged_when_nothing_is_pressed(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "exempel.aktg"
    write_demo(path).close()  # two units with answers, reasons and a signed-off file
    before = content(path)
    project = Project.open(path)
    window = MainWindow(project, AUTHOR)
    qtbot.addWidget(window)
    bring_up(qtbot, window)
    qtbot.wait(500)  # events processed, timers run
    assert content(path) == before
    window.close()
    project.close()
    assert content(path) == before


def test_interface_is_swedish_with_the_swedish_translation(qtbot: QtBot, tmp_path: Path,
                                                          template: Template) -> None:

    from reviewer import i18n
    from reviewer.ui import translation

    app = QApplication.instance()
    assert app is not None
    translator = translation.install(app, "sv")
    assert translator is not None
    try:
        with review.create_project(tmp_path / "sv.aktg", title="G",
                                   template=template) as project:
            review.add_unit(project, "Torsby kommun", files=2)
            main = MainWindow(project, AUTHOR)
            qtbot.addWidget(main)
            assert main.form.position.text() == "Torsby kommun · akt 1 av 2 · fråga 1 av 11"
            assert "Varje ändring sparas direkt." in [
                w.text() for w in main.statusBar().findChildren(type(main.form.position))]
            assert main.navigator_model.index_of_case_file(
                main.form.case_file_id or "").data().startswith("○ Akt 1")
    finally:
        app.removeTranslator(translator)
        i18n.set_language(i18n.DEFAULT_LANGUAGE)


def test_every_interface_text_has_its_swedish_translation(tmp_path: Path) -> None:
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "scripts"))
    from update_ui_translations import TS_FILES, unfinished

    assert TS_FILES
    fresh = tmp_path / "fresh.ts"  # what lupdate finds in the code today
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lupdate"),
                    *map(str, sorted((root / "reviewer" / "ui").rglob("*.py"))), "-ts",
                    str(fresh)], check=True, capture_output=True)

    def sources(ts: Path) -> set[str]:
        return {m.findtext("source") or "" for m in ET.parse(ts).getroot().iter("message")}

    for ts in TS_FILES:
        assert sources(ts) == sources(fresh)
        assert unfinished(ts) == []


def test_grid_edit_changes_the_summa(qtbot: QtBot, window: MainWindow) -> None:
    press(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    grid = window.grid
    assert window.centre.currentWidget() is grid and grid.table.hasFocus()
    model = grid.model
    summa = model.index(1, model.columnCount() - 1)  # question 2's Summa
    assert summa.data() == "0/3"
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Right):
        press(key)  # question 2, case file 3
    press(Qt.Key.Key_J)
    assert summa.data() == "1/3" and model.index(1, 2).data() == "Ja"
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Left):
        press(key)  # question 1, case file 1: Eb + reason
    press(Qt.Key.Key_B)
    assert grid.reason.hasFocus()
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f6c6c3"
    type_text(REASON)
    press(Qt.Key.Key_Return)
    # Its footnote marker as the bilaga prints it: 2, after question 1's own criterion.
    assert model.index(0, 0).data() == "Eb²"
    assert model.index(7, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fff4c2"
    assert model.index(8, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#ececec"
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.index(0, 0).data() == "Eb"  # undo took the reason back


def test_the_grid_is_the_appendix_as_printed(qtbot: QtBot, tmp_path: Path,
                                            reference: dict[str, Any]) -> None:
    """The grid shows the report builder's table: the sample's Torsby kommun, its markers
    and Summa as published, not a numbering of its own."""
    with write_demo(tmp_path / "x.aktg") as project:
        model = GridModel(ProjectOps(project, AUTHOR))
        model.set_unit(project.unit_by_name("Torsby kommun").id)
        shown = [[str(model.index(row, column).data()).translate(SUPERSCRIPTS)
                  for column in range(model.columnCount())] for row in range(model.rowCount())]
    assert shown == expected_rows(reference)


def test_the_overview_shows_where_the_file_stands_and_moves_on_click(
        qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtTest import QTest

    form = window.form
    press(Qt.Key.Key_B)  # question 1: Eb, its reason still missing
    press(Qt.Key.Key_Escape)
    model = form.overview_model
    assert model.index(0, 1).data() == "Eb"
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f6c6c3"
    assert model.index(8, 1).data() == "Et"  # 8a reads derived Et while 8 is unanswered
    row = model.row_of("5")
    view = form.overview
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(model.index(row, 0)).center())
    assert form.key == "5" and form.hasFocus()
    assert view.selectionModel().isRowSelected(row)
    press(Qt.Key.Key_J)
    assert model.index(row, 1).data() == "Ja"


def test_undo_in_a_file_signed_off_since_explains_and_changes_nothing(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_args: shown.append(text))
    form = window.form
    for key in (Qt.Key.Key_J,) * 7 + (Qt.Key.Key_N,):  # questions 1–8; 8 = Nej: 8a–c derived
        press(key)
    project = window.ops.project
    case_file_id = form.case_file_id or ""
    window.ops.run("sign off", lambda: review.sign_off(project, case_file_id, by="Bo Granskare"))
    before = audit_trail(project)
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown and ("signed off" in shown[0] or "granskad" in shown[0] or "låst" in shown[0])
    assert audit_trail(project) == before
    assert project.cells(case_file_id)["8"].code is Code.NEJ
    assert window.ops.undo_stack.count() == 7  # the step that could not be undone is gone
