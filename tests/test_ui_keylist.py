"""The key list in the app (offscreen, real widgets, typed where the keyboard is): unlocked
for the session the form and the navigator show each case file's case, locked nothing; a
case typed in by hand; a unit's key exported and imported; deleted for good; never on the
clipboard's table or in the grid."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from reviewer import keylist, review
from reviewer.exchange import export_package, import_package
from reviewer.model import Code, Template
from reviewer.project import Project
from reviewer.ui.key_dialogs import CaseDialog, KeyExportDialog, PasswordDialog
from reviewer.ui.main_window import MainWindow
from tests.conftest import AUTHOR, Dialogs, activate
from tests.keys import bring_up, mnemonic, press, press_mnemonic, type_over, type_text, when_open
from tests.test_keylist import PASSWORD, population, secrets_of

ROWS = population(3)


def open_window(qtbot: QtBot, project: Project) -> MainWindow:
    window = MainWindow(project, AUTHOR)
    qtbot.addWidget(window)
    bring_up(qtbot, window)
    activate(qtbot, window)
    return window


@pytest.fixture
def keyed(qtbot: QtBot, tmp_path: Path, template: Template) -> Iterator[MainWindow]:
    """Torsby kommun, 3 case files drawn from personnummer and case numbers (their key
    stored, locked), in a window in front with the keyboard on the stepping form."""
    project = review.create_project(tmp_path / "p.aktg", title="Granskning",
                                    template=template, units=[("Torsby kommun", 3)])
    unit = project.units()[0]
    files = project.case_files(unit.id)
    keylist.store_drawn(project, unit.id, [(f.id, row) for f, row in zip(files, ROWS,
                                                                          strict=True)],
                        PASSWORD)
    for case_file in files:
        review.set_answer(project, case_file.id, "1", Code.EB, author=AUTHOR,
                          reason="Datum framgår inte.")
    window = open_window(qtbot, project)
    yield window
    window.close()
    project.close()


def key_menu(window: MainWindow, name: str) -> None:
    """Project → Key list → the item `name` (unlock, lock, type, export, import, delete), by
    keyboard: Alt and the menu's letter, the submenu's letter, the item's letter, as a
    person reads them off the screen (in whichever language it shows)."""
    bar = window.menuBar()
    menus = [(a, a.menu()) for a in bar.actions()]
    (project,) = [a for a, menu in menus if isinstance(menu, QMenu)
                  and window.key_menu.menuAction() in menu.actions()]
    letter = mnemonic(project.text())
    assert letter is not None
    press(Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    submenu = mnemonic(window.key_menu.title())
    assert submenu is not None
    press(Qt.Key(ord(submenu.upper())))
    assert QApplication.activePopupWidget() is window.key_menu
    action = window.key_actions[name]
    assert action in window.key_menu.actions() and action.isEnabled(), name
    letter = mnemonic(action.text())
    assert letter is not None
    press(Qt.Key(ord(letter.upper())))


def answer_password(*passwords: str) -> None:
    """Type each password into the next password dialog (twice where it asks twice)."""
    def typed(dialog: PasswordDialog) -> None:
        type_text(passwords[0])
        if dialog.again is not None:
            press_mnemonic(dialog.again)
            type_text(passwords[0])
        press(Qt.Key.Key_Return)
        if passwords[1:]:
            answer_password(*passwords[1:])

    when_open(PasswordDialog, typed)


def navigator_texts(window: MainWindow) -> list[str]:
    model = window.navigator_model
    texts = []
    for u in range(model.rowCount()):
        unit = model.index(u, 0)
        texts += [str(model.index(r, 0, unit).data()) for r in range(model.rowCount(unit))]
    return texts


def unlock(window: MainWindow, password: str = PASSWORD) -> None:
    answer_password(password)
    key_menu(window, "unlock")
    assert window.ops.keys.unlocked


def test_unlocked_the_form_and_the_navigator_show_the_case_and_locked_nothing(
        keyed: MainWindow) -> None:
    form = keyed.form
    assert not form.case_identifier.isVisible()
    assert all("SOC/" not in text for text in navigator_texts(keyed))
    unlock(keyed)
    assert form.case_identifier.isVisible()
    assert form.case_identifier.text() in ("Ärende SOC/2023-000412", "Case SOC/2023-000412")
    assert "Personnummer: " + ROWS[0]["Personnummer"] in form.case_identifier.toolTip()
    assert [t.split("  ")[1] for t in navigator_texts(keyed)] == [
        r["Diarienummer"] for r in ROWS]
    press(Qt.Key.Key_PageDown)  # the next case file shows its own
    assert form.case_identifier.text().endswith(ROWS[1]["Diarienummer"])
    key_menu(keyed, "lock")
    assert not keyed.ops.keys.unlocked and not form.case_identifier.isVisible()
    assert all("SOC/" not in text for text in navigator_texts(keyed))
    assert QApplication.focusWidget() is form  # back where the auditor works


def test_a_wrong_password_is_told_and_asked_again(keyed: MainWindow, dialogs: Dialogs) -> None:
    answer_password("fel", PASSWORD)
    key_menu(keyed, "unlock")
    assert any("lösenord" in text for kind, text in dialogs.shown if kind == "warning")
    assert keyed.ops.keys.unlocked and keyed.form.case_identifier.isVisible()


def test_a_hand_entered_case_file_gets_its_case_typed_in(form_window: MainWindow) -> None:
    project = form_window.ops.project
    assert not keylist.has_key_list(project)
    answer_password("nytt lösen")  # the first use chooses the key list's password

    def typed(dialog: CaseDialog) -> None:
        type_text("SOC/2024-000007")
        press(Qt.Key.Key_Return)

    when_open(CaseDialog, typed)
    key_menu(form_window, "type")
    case_file = form_window.form.case_file
    assert case_file is not None
    assert keylist.open_key(project, case_file.unit_id, "nytt lösen") == {
        case_file.id: {keylist.HAND_ENTERED: "SOC/2024-000007"}}
    assert form_window.form.case_identifier.text().endswith("SOC/2024-000007")
    assert QApplication.focusWidget() is form_window.form

    def emptied(_dialog: CaseDialog) -> None:  # the case shown, selected: deleted
        press(Qt.Key.Key_Delete)
        press(Qt.Key.Key_Return)

    when_open(CaseDialog, emptied)  # emptied: taken out of the key list
    key_menu(form_window, "type")
    assert keylist.open_key(project, case_file.unit_id, "nytt lösen") == {}
    assert not form_window.form.case_identifier.isVisible()


def test_a_units_key_goes_to_a_colleague_and_comes_in_there(
        keyed: MainWindow, qtbot: QtBot, tmp_path: Path, dialogs: Dialogs) -> None:
    project = keyed.ops.project
    export_package(project, tmp_path / "till-bo.aktgx", author=AUTHOR)
    import_package(tmp_path / "till-bo.aktgx", tmp_path / "bo.aktg", author="Bo")
    unlock(keyed)
    out = tmp_path / "till bo.aktgkey"

    def fill(dialog: KeyExportDialog) -> None:
        type_text("till bo")
        press_mnemonic(dialog.again)
        type_text("till bo")
        press_mnemonic(dialog.path)
        type_over(str(out))  # and Enter: Export

    when_open(KeyExportDialog, fill)
    key_menu(keyed, "export")
    assert out.exists() and str(out) in keyed.statusBar().currentMessage()
    keyed.close()

    bo = Project.open(tmp_path / "bo.aktg")
    window = open_window(qtbot, bo)
    try:
        answer_password("bos eget", "till bo")  # Bo chooses his own, then the file's
        window.import_key(out)
        assert "3" in dialogs.shown[-1][1] and dialogs.shown[-1][0] == "information"
        assert [t.split("  ")[1] for t in navigator_texts(window)] == [
            r["Diarienummer"] for r in ROWS]
        assert keylist.open_key(bo, bo.units()[0].id, "bos eget")[
            bo.case_files(bo.units()[0].id)[2].id] == ROWS[2]
    finally:
        window.close()
        bo.close()


def test_deleting_for_good_names_what_is_lost_and_leaves_the_review(
        keyed: MainWindow, dialogs: Dialogs) -> None:
    project = keyed.ops.project
    unlock(keyed)
    key_menu(keyed, "delete")
    kind, asked = dialogs.shown[0]
    assert kind == "question" and "Torsby kommun" in asked and "(3)" in asked
    assert not keylist.has_key_list(project)
    assert not keyed.ops.keys.unlocked and not keyed.form.case_identifier.isVisible()
    assert project.cells(project.case_files(project.units()[0].id)[0].id)["1"].code is Code.EB


def test_deleting_is_not_done_when_the_auditor_says_no(keyed: MainWindow,
                                                       dialogs: Dialogs) -> None:
    dialogs.answer = dialogs.answer.No
    key_menu(keyed, "delete")
    assert keylist.has_key_list(keyed.ops.project)


def test_the_clipboards_table_and_the_grid_never_carry_the_key(keyed: MainWindow) -> None:
    unlock(keyed)
    press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the summary
    assert QApplication.focusWidget() is keyed.summary.table
    QGuiApplication.clipboard().clear()
    press(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    copied = mime.html() + mime.text()
    assert "Torsby kommun" in mime.text() and "<table" in mime.html()  # the table is there
    assert [s for s in secrets_of(ROWS) if s in copied] == []
    press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the grid
    model = keyed.grid.model
    shown = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in
             range(model.columnCount())]
    shown += [str(model.index(r, c).data()) for r in range(model.rowCount())
              for c in range(model.columnCount())]
    assert [s for s in secrets_of(ROWS) if any(s in text for text in shown)] == []


def test_a_read_only_window_can_unlock_and_export_but_not_change_the_key(
        keyed: MainWindow, qtbot: QtBot) -> None:
    path = keyed.ops.project.path
    keyed.close()
    keyed.ops.project.close()
    with Project.open(path, readonly=True) as reader:
        window = open_window(qtbot, reader)
        try:
            unlock(window)
            enabled = {name for name, action in window.key_actions.items()
                       if action.isEnabled()}
            assert enabled == {"lock", "export"}
            assert window.form.case_identifier.text().endswith(ROWS[0]["Diarienummer"])
        finally:
            window.close()
