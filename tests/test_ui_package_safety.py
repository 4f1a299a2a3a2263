"""The app at the door of a package: a sealed (encrypted) package still asks for its
password, and what a package brings that looks like a personnummer is listed and kept only
when the auditor says yes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from reviewer import review
from reviewer.exchange import export_package, import_package
from reviewer.model import Code, Template
from reviewer.project import Project
from reviewer.ui.exchange_dialogs import MergeReportDialog
from reviewer.ui.shell import Shell
from tests.conftest import Dialogs
from tests.keys import answer_next, bring_up, press, type_over, when_open
from tests.test_exchange import content
from tests.test_package_safety import PERSONNUMMER
from tests.test_ui_exchange import sample_window


def test_a_merge_bringing_a_personnummer_asks_first_and_no_leaves_the_project_as_it_was(
        qtbot: QtBot, shell: Shell, tmp_path: Path, dialogs: Dialogs) -> None:
    window = sample_window(qtbot, shell)
    export_package(window.ops.project, tmp_path / "till-bo.aktgx", author="Anna")
    import_package(tmp_path / "till-bo.aktgx", tmp_path / "bo.aktg", author="Bo")
    with Project.open(tmp_path / "bo.aktg") as bo:
        file_id = bo.case_files(bo.units()[0].id)[3].id
        review.set_answer(bo, file_id, "4", Code.EB, author="Bo",
                          reason=f"Oklart för {PERSONNUMMER}.", allow_identity=True)
        export_package(bo, tmp_path / "fran-bo.aktgx", author="Bo", password="hemligt")
    before = content(window.ops.project.path)
    dialogs.answer = QMessageBox.StandardButton.No
    answer_next(QInputDialog, "hemligt")
    assert window.merge_from_colleague(tmp_path / "fran-bo.aktgx") is None
    (kind, text), = dialogs.shown
    assert kind == "question" and PERSONNUMMER in text
    assert content(window.ops.project.path) == before
    dialogs.answer = QMessageBox.StandardButton.Yes
    answer_next(QInputDialog, "hemligt")
    when_open(MergeReportDialog, lambda _dialog: press(Qt.Key.Key_Escape))
    report = window.merge_from_colleague(tmp_path / "fran-bo.aktgx")
    assert report is not None and report.events_added == 1
    assert window.ops.project.cells(file_id)["4"].answer.reason.endswith(f"{PERSONNUMMER}.")


def test_a_sealed_package_asks_for_its_password_and_imports_under_its_file_name(
        qtbot: QtBot, shell: Shell, tmp_path: Path, dialogs: Dialogs, template: Template) -> None:
    with review.create_project(tmp_path / "bo.aktg", title=f"Hos {PERSONNUMMER}",
                               template=template, units=[("Eda kommun", 1)],
                               allow_identity=True) as bo:
        export_package(bo, tmp_path / "fran-bo.aktgx", author="Bo", password="hemligt")
    asked: list[str] = []
    suggested: list[str] = []

    def password(dialog: QInputDialog) -> None:
        asked.append(dialog.labelText())
        type_over("hemligt")

    def save_as(dialog: QFileDialog) -> None:
        suggested.append(dialog.selectedFiles()[0])
        type_over(str(tmp_path / "kopia"))

    when_open(QInputDialog, password)
    when_open(QFileDialog, save_as)
    dialogs.answer = QMessageBox.StandardButton.No
    assert shell.open_path(str(tmp_path / "fran-bo.aktgx")) is None
    assert asked and "fran-bo.aktgx" in asked[0]
    assert Path(suggested[0]).name.startswith("fran-bo")  # the title is sealed inside
    assert PERSONNUMMER in dialogs.shown[0][1] and not (tmp_path / "kopia.aktg").exists()
    dialogs.answer = QMessageBox.StandardButton.Yes
    when_open(QInputDialog, password)
    when_open(QFileDialog, save_as)
    opened = shell.open_path(str(tmp_path / "fran-bo.aktgx"))
    assert opened is not None and opened.ops.project.info.title == f"Hos {PERSONNUMMER}"



def test_report_previews_are_kept_in_the_private_scratch_folder(
        qtbot: QtBot, shell: Shell, tmp_path: Path) -> None:
    from reviewer.scratch import root
    from reviewer.ui.report_dialog import ReportDialog

    window = sample_window(qtbot, shell)
    dialog = ReportDialog(window.ops.project, [], window)
    qtbot.addWidget(dialog)
    bring_up(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.preview_path is not None, timeout=30000)
    assert dialog.preview_path is not None and root() in dialog.preview_path.parents
    press(Qt.Key.Key_Escape)
    assert list(root().iterdir()) == []
