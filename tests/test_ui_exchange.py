"""Working together in the app (offscreen, real widgets): export for a colleague, import a
package, merge one with its report, decide conflicts, read a cell's history, and restore a
backup; bad packages give one clear message."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from reviewer import review
from reviewer.exchange import MANIFEST_NAME, export_package, import_package, read_manifest
from reviewer.model import Code
from reviewer.project import Project
from reviewer.ui import exchange_dialogs
from reviewer.ui.conflicts import ConflictsDialog, HistoryDialog
from reviewer.ui.exchange_dialogs import ExportDialog, MergeReportDialog
from reviewer.ui.main_window import MainWindow
from reviewer.ui.navigator import NavigatorModel
from reviewer.ui.shell import Shell
from tests.conftest import Dialogs, activate, walk_to
from tests.keys import (
    answer_next,
    bring_up,
    click,
    press,
    press_mnemonic,
    type_over,
    type_text,
    when_open,
)
from tests.test_exchange import content


def sample_window(qtbot: QtBot, shell: Shell) -> MainWindow:
    window = shell.open_sample()
    assert window is not None
    activate(qtbot, window)
    window.background.wait()  # the backup made on opening
    return window


def colleague_copy(window: MainWindow, folder: Path) -> Project:
    export_package(window.ops.project, folder / "till-bo.aktgx", author="Anna")
    import_package(folder / "till-bo.aktgx", folder / "bo.aktg", author="Bo")
    return Project.open(folder / "bo.aktg")


def exempelby_file(project: Project, index: int) -> str:
    return project.case_files(project.units()[1].id)[index].id


def test_merge_from_a_colleague_shows_the_conflict_and_the_auditor_decides_it(
        qtbot: QtBot, shell: Shell, tmp_path: Path) -> None:
    window = sample_window(qtbot, shell)
    bo = colleague_copy(window, tmp_path)
    review.set_answer(bo, exempelby_file(bo, 6), "1", Code.ET, author="Bo",
                      reason="Ej tillämpligt enligt Bo.")
    review.set_answer(bo, exempelby_file(bo, 7), "1", Code.NEJ, author="Bo")
    export_package(bo, tmp_path / "fran-bo.aktgx", author="Bo", password="hemligt")
    bo.close()
    target = exempelby_file(window.ops.project, 6)
    walk_to(window, target)  # Anna answers the same cell by keyboard
    press(Qt.Key.Key_J)
    assert not window.conflict_button.isVisible()

    reports: list[str] = []

    def read_and_close(dialog: MergeReportDialog) -> None:
        reports.append(dialog.windowTitle())
        press(Qt.Key.Key_Escape)

    answer_next(QInputDialog, "hemligt")
    when_open(MergeReportDialog, read_and_close)
    report = window.merge_from_colleague(tmp_path / "fran-bo.aktgx")
    assert report is not None and report.conflicts_in_project == 1 and reports
    assert window.conflict_button.isVisible() and "1" in window.conflict_button.text()
    # The navigator, read anew, stands on the case file the form shows.
    assert window.navigator.currentIndex().data(NavigatorModel.CASE_FILE_ID) == target
    walk_to(window, target)
    assert window.form.conflict_note.isVisibleTo(window.form)
    # Anna answered after Bo did, so hers is the newer side, shown until decided.
    assert window.form.answer_buttons[Code.JA].isChecked()
    assert window.ops.undo_stack.count() == 0  # undo steps from before the merge are gone

    dialog = ConflictsDialog(window.ops, window, (target, "1"))
    qtbot.addWidget(dialog)
    bring_up(qtbot, dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.intro.text().startswith("One answer was changed")  # one, in the singular
    assert str(dialog.model.index(0, 3).data()).startswith("Ja")
    other = str(dialog.model.index(0, 4).data())
    assert "Ej tillämpligt enligt Bo." in other and "fran-bo.aktgx" in other
    press_mnemonic(dialog.keep_other)  # Anna takes Bo's Et, with his reason
    assert dialog.model.rowCount() == 0
    cell = window.ops.project.cells(target)["1"]
    assert cell.code is Code.ET and not cell.conflict
    assert cell.answer.reason == "Ej tillämpligt enligt Bo."
    assert not window.conflict_button.isVisible()

    history = HistoryDialog(window.ops.project, target, "1", window)
    qtbot.addWidget(history)
    assert [row[2].split(" –")[0] for row in history.rows] == ["Et", "Ja", "Et"]
    assert history.rows[0][3] == "fran-bo.aktgx" and history.rows[2][4]  # the decision


def test_write_a_new_answer_from_the_conflict_list(qtbot: QtBot, shell: Shell,
                                                   tmp_path: Path) -> None:
    window = sample_window(qtbot, shell)
    bo = colleague_copy(window, tmp_path)
    review.set_answer(bo, exempelby_file(bo, 6), "2", Code.NEJ, author="Bo")
    export_package(bo, tmp_path / "bo.aktgx", author="Bo")
    bo.close()
    review.set_answer(window.ops.project, exempelby_file(window.ops.project, 6), "2",
                      Code.JA, author="Anna")
    when_open(MergeReportDialog, lambda _dialog: press(Qt.Key.Key_Escape))
    window.merge_from_colleague(tmp_path / "bo.aktgx")
    when_open(ConflictsDialog, lambda dialog: press_mnemonic(dialog.write_new))
    press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    form = window.form
    assert form.case_file_id == exempelby_file(window.ops.project, 6) and form.key == "2"
    press(Qt.Key.Key_B)
    type_text("Båda osäkra.")
    press(Qt.Key.Key_Return)
    cell = window.ops.project.cells(form.case_file_id)["2"]
    assert cell.code is Code.EB and not cell.conflict and window.ops.project.conflicts() == []


def test_export_dialog_writes_an_encrypted_package_of_the_chosen_units(
        qtbot: QtBot, shell: Shell, tmp_path: Path, dialogs: Dialogs) -> None:
    window = sample_window(qtbot, shell)
    dialog = ExportDialog(window.ops.project, "Anna", window)
    qtbot.addWidget(dialog)
    bring_up(qtbot, dialog)
    press_mnemonic(dialog.units)  # on the first unit, Torsby kommun
    press(Qt.Key.Key_Space)  # not sent
    press_mnemonic(dialog.path)  # its text selected, to be typed over
    type_text(str(tmp_path / "exempelby"))
    click(dialog.password)
    type_text("lösen ord")
    click(dialog.again)
    type_text("lösen orD")
    press(Qt.Key.Key_Return)  # Export
    assert "differ" in dialogs.shown[-1][1] or "olika" in dialogs.shown[-1][1]
    assert not (tmp_path / "exempelby.aktgx").exists()
    assert dialog.password.text() == "lösen ord", dialog.password.text()
    press_mnemonic(dialog.again)
    type_over("lösen ord")  # and Enter: Export
    assert dialog.written == tmp_path / "exempelby.aktgx", dialogs.shown
    assert read_manifest(dialog.written).encrypted  # what it holds is sealed inside
    manifest = import_package(dialog.written, tmp_path / "kopia.aktg", author="Bo",
                              password="lösen ord")
    assert manifest.encrypted and manifest.partial
    assert [name for _id, name in manifest.units] == ["Exempelby kommun (påhittad)"]


def test_a_package_dropped_or_opened_imports_as_a_project_of_its_own(
        qtbot: QtBot, shell: Shell, tmp_path: Path) -> None:
    window = sample_window(qtbot, shell)
    export_package(window.ops.project, tmp_path / "paket.aktgx", author="Anna",
                   password="hemligt")
    window.close()
    answer_next(QInputDialog, "hemligt")
    answer_next(QFileDialog, str(tmp_path / "min kopia"))
    opened = shell.open_path(str(tmp_path / "paket.aktgx"))  # as when dropped
    assert opened is not None and opened.ops.project.path == tmp_path / "min kopia.aktg"
    assert opened.ops.project.info.title.startswith("EXEMPEL")


def test_restoring_a_backup_brings_back_the_project_as_it_was(
        qtbot: QtBot, shell: Shell) -> None:
    window = sample_window(qtbot, shell)  # opening made a backup
    path = window.ops.project.path
    target = exempelby_file(window.ops.project, 8)
    walk_to(window, target)
    press(Qt.Key.Key_N)
    assert window.ops.project.cells(target)["1"].code is Code.NEJ
    listed: list[int] = []

    def choose_newest(dialog: exchange_dialogs.BackupsDialog) -> None:
        listed.append(dialog.list.count())
        press(Qt.Key.Key_Return)  # the newest, first in the list, is chosen

    when_open(exchange_dialogs.BackupsDialog, choose_newest)
    restored = shell.restore()
    assert listed == [1]
    assert restored is not None and restored is not window
    assert restored.ops.project.path == path
    assert restored.ops.project.cells(target)["1"].code is None


def test_a_bad_package_gives_one_clear_message_and_changes_nothing(
        qtbot: QtBot, shell: Shell, tmp_path: Path, dialogs: Dialogs) -> None:
    window = sample_window(qtbot, shell)
    bad = tmp_path / "trasigt.aktgx"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr(MANIFEST_NAME, b"{inte json")
    before = content(window.ops.project.path)
    assert window.merge_from_colleague(bad) is None
    (kind, text), = dialogs.shown
    assert kind == "warning" and "trasigt.aktgx" in text
    assert content(window.ops.project.path) == before


def test_another_projects_package_is_offered_as_an_import(
        qtbot: QtBot, shell: Shell, tmp_path: Path, dialogs: Dialogs) -> None:
    window = sample_window(qtbot, shell)
    with review.create_project(tmp_path / "annan.aktg", title="Annan granskning",
                               template=window.ops.project.template,
                               units=[("Eda kommun", 1)]) as other:
        export_package(other, tmp_path / "annan.aktgx", author="Bo")
    asked: list[str] = []
    window.import_requested.connect(asked.append)
    when_open(QFileDialog, lambda _dialog: press(Qt.Key.Key_Escape))  # not now
    assert window.merge_from_colleague(tmp_path / "annan.aktgx") is None
    assert dialogs.shown[0][0] == "question" and "Annan granskning" in dialogs.shown[0][1]
    assert asked == [str(tmp_path / "annan.aktgx")]  # the shell asks where to put it


def test_a_wrong_password_is_told_before_asking_where_to_save(
        qtbot: QtBot, shell: Shell, tmp_path: Path, dialogs: Dialogs) -> None:
    window = sample_window(qtbot, shell)
    export_package(window.ops.project, tmp_path / "paket.aktgx", author="Anna",
                   password="hemligt")
    window.close()
    asked: list[str] = []

    def answer(what: str, text: str) -> Callable[[QWidget], None]:
        def typed(_dialog: QWidget) -> None:
            asked.append(what)
            type_over(text)
        return typed

    def wrong_password(dialog: QInputDialog) -> None:
        answer("password", "fel")(dialog)
        when_open(QInputDialog, answer("password", "hemligt"))

    when_open(QInputDialog, wrong_password)
    when_open(QFileDialog, answer("where", str(tmp_path / "min kopia")))
    opened = shell.open_path(str(tmp_path / "paket.aktgx"))
    assert asked == ["password", "password", "where"]  # told, asked again, then where
    assert any("lösenord" in text.lower() or "password" in text.lower()
               for _kind, text in dialogs.shown)
    assert opened is not None and opened.ops.project.path == tmp_path / "min kopia.aktg"
