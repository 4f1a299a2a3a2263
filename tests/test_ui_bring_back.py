"""Bringing back a removed unit in the app: from the merge report that names work done in
it by a colleague, or from Project → Bring back a removed unit…"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reviewer import review
from reviewer.exchange import export_package
from reviewer.model import Code
from reviewer.ui.exchange_dialogs import MergeReportDialog
from reviewer.ui.project_dialogs import BringBackDialog
from reviewer.ui.shell import Shell
from tests.conftest import Dialogs, walk_to
from tests.keys import bring_up, choose_in_menu, press, press_mnemonic, when_open
from tests.test_ui_exchange import colleague_copy, sample_window


def test_work_in_a_unit_removed_here_is_reported_and_the_unit_brought_back(
        qtbot: QtBot, shell: Shell, tmp_path: Path, dialogs: Dialogs) -> None:
    window = sample_window(qtbot, shell)
    bo = colleague_copy(window, tmp_path)
    exempelby = bo.units()[1]
    first, seventh = (bo.case_files(exempelby.id)[i].id for i in (0, 6))
    review.set_answer(bo, seventh, "1", Code.EB, author="Bo", reason="Datum saknas.")
    export_package(bo, tmp_path / "fran-bo.aktgx", author="Bo")
    bo.close()
    walk_to(window, seventh)
    choose_in_menu(window.menuBar(), window.tr("&Remove this unit…"))  # answered Yes
    assert [u.name for u in window.ops.project.units()] == ["Torsby kommun"]
    shown: list[str] = []

    def choose_the_unit(dialog: BringBackDialog) -> None:
        shown.extend(dialog.list.item(row).text() for row in range(dialog.list.count()))
        press(Qt.Key.Key_Return)  # the latest removed, first in the list

    def bring_back(dialog: MergeReportDialog) -> None:
        assert dialog.bring_back_button is not None
        press_mnemonic(dialog.bring_back_button)

    when_open(MergeReportDialog, bring_back)
    when_open(BringBackDialog, choose_the_unit)
    report = window.merge_from_colleague(tmp_path / "fran-bo.aktgx")
    assert report is not None and report.unseen_by_removal == ((exempelby.name, 1),)
    assert len(shown) == 1 and shown[0].startswith(exempelby.name)
    assert [u.name for u in window.ops.project.units()] == ["Torsby kommun", exempelby.name]
    assert window.navigator_model.rowCount() == 2
    assert window.form.case_file_id == first  # the unit is shown, with Bo's answer in it
    assert window.ops.project.cells(seventh)["1"].answer.reason == "Datum saknas."


def test_the_dialog_says_when_nothing_was_removed(qtbot: QtBot, shell: Shell) -> None:
    window = sample_window(qtbot, shell)
    dialog = BringBackDialog(window.ops, window)
    qtbot.addWidget(dialog)
    bring_up(qtbot, dialog)
    assert dialog.list.count() == 0
    assert not dialog.list.isVisible()  # the sentence, not an empty list that looks broken
    press(Qt.Key.Key_Return)  # nothing to choose: Enter only closes it
    assert dialog.brought_back is None and not dialog.isVisible()
