"""The app around the stepping form, driven on real widgets (offscreen): the start page,
the new-project wizard, opening files that cannot be opened, settings, grid import, the
summary pane, and the report preview printed to a PDF file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from reviewer import review
from reviewer.model import Code, Convention, Template
from reviewer.project import Project
from reviewer.settings import load_settings
from reviewer.ui.main_window import MainWindow
from reviewer.ui.shell import Shell
from reviewer.ui.wizard import NewProjectWizard
from tests.conftest import ROOT, Dialogs, activate, audit_trail, snapshot
from tests.damage import KINDS, damage
from tests.keys import (
    answer_next,
    bring_up,
    choose_in_menu,
    click,
    press,
    press_mnemonic,
    type_text,
    when_open,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def click_button(wizard: QWizard, which: QWizard.WizardButton) -> None:
    click(wizard.button(which))


# -- the new-project wizard --------------------------------------------------------------


def open_wizard(qtbot: QtBot) -> NewProjectWizard:
    """The wizard in front, the keyboard in its title field where it opens."""
    wizard = NewProjectWizard(Convention.ALL)
    qtbot.addWidget(wizard)
    bring_up(qtbot, wizard)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.details.project_title)
    return wizard


def test_a_project_made_with_the_wizard_opens_ready_to_work(qtbot: QtBot, tmp_path: Path,
                                                            shell: Shell) -> None:
    wizard = open_wizard(qtbot)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the title is required
    type_text("Missbruksvård 2025")
    press(Qt.Key.Key_Tab)
    type_text("Värmlands kommuner")
    click_button(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.template_page
    assert wizard.template_page.questions.count() == 11  # the built-in template
    click_button(wizard, QWizard.WizardButton.NextButton)
    units = wizard.units_page
    assert not next_button.isEnabled()  # no unit yet
    click(units.names.viewport())
    type_text("Torsby kommun\nEda kommun;12\nTorsby kommun")
    assert not next_button.isEnabled() and "Torsby kommun" in units.summary.text()
    press(Qt.Key.Key_A, CTRL)  # the list typed again, without the second Torsby
    type_text("Torsby kommun\nEda kommun;12\n\n")
    assert next_button.isEnabled()
    click_button(wizard, QWizard.WizardButton.NextButton)
    page = wizard.file_page
    assert page.path.text().endswith("Missbruksvård 2025.aktg")
    press_mnemonic(page.first_footnote)  # the field under the Summa conventions
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # back to the chosen one
    press(Qt.Key.Key_Down)  # the next: Ja of the case files where the question applies
    press_mnemonic(page.path)  # its text selected, to be typed over
    type_text(str(tmp_path / "missbruk.aktg"))
    press(Qt.Key.Key_Return)  # Finish
    assert wizard.created == tmp_path / "missbruk.aktg"

    window = shell.open_project(tmp_path / "missbruk.aktg")
    assert window is not None
    model = window.navigator_model
    assert model.rowCount() == 2
    assert [model.rowCount(model.index(u, 0)) for u in range(2)] == [10, 12]
    assert window.ops.project.info.organisation == "Värmlands kommuner"
    assert window.ops.project.info.convention is Convention.APPLICABLE
    assert window.form.case_file_id is not None and window.form.key == "1"
    assert window.windowTitle().startswith("Missbruksvård 2025")


def test_the_wizard_asks_before_keeping_a_personnummer(qtbot: QtBot, tmp_path: Path,
                                                       dialogs: Dialogs) -> None:
    wizard = open_wizard(qtbot)
    type_text("Granskning 811218-9876")
    for _page in range(2):
        click_button(wizard, QWizard.WizardButton.NextButton)
    click(wizard.units_page.names.viewport())
    type_text("Torsby kommun")
    click_button(wizard, QWizard.WizardButton.NextButton)
    press_mnemonic(wizard.file_page.path)
    type_text(str(tmp_path / "p.aktg"))
    dialogs.answer = QMessageBox.StandardButton.No
    press(Qt.Key.Key_Return)  # Finish
    assert "811218-9876" in dialogs.shown[-1][1]
    assert wizard.isVisible() and wizard.created is None
    assert not (tmp_path / "p.aktg").exists()


# -- the start page and opening ------------------------------------------------------------


def test_start_page_lists_recent_projects_and_opens_one_by_keyboard(
        qtbot: QtBot, shell: Shell) -> None:
    start = shell.show_start()
    qtbot.addWidget(start)
    assert start.recent.count() == 0 and start.empty_note.isVisibleTo(start)
    bring_up(qtbot, start)
    press_mnemonic(start.sample_button)
    window = shell.window
    assert window is not None and not start.isVisible()
    activate(qtbot, window)
    choose_in_menu(window.menuBar(), window.tr("&Close project"))
    assert start.isVisible() and start.recent.count() == 1
    detail = str(start.recent.item(0).data(Qt.ItemDataRole.UserRole + 1))
    assert "EXEMPEL" in start.recent.item(0).text()
    assert "Torsby kommun" in detail and "13" in detail and "20" in detail
    bring_up(qtbot, start)  # the click below would bring it to the front
    item = start.recent.visualItemRect(start.recent.item(0)).center()
    click(start.recent.viewport(), item)
    press(Qt.Key.Key_Return)
    assert shell.window is not None and shell.window.isVisible()
    assert shell.window.ops.project.path.resolve() == shell.sample_path().resolve()


def test_a_project_dropped_on_the_start_page_opens(qtbot: QtBot, shell: Shell,
                                                   tmp_path: Path, template: Template) -> None:
    path = tmp_path / "släppt.aktg"
    review.create_project(path, title="Släppt", template=template,
                          units=[("Eda kommun", 2)]).close()
    start = shell.show_start()
    qtbot.addWidget(start)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    rest = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(10, 10), *rest)  # what a drag sends first
    QApplication.sendEvent(start, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), *rest)
    QApplication.sendEvent(start, drop)
    assert drop.isAccepted()
    assert shell.window is not None and shell.window.ops.project.info.title == "Släppt"


def test_main_py_opens_a_project_given_on_the_command_line(tmp_path: Path,
                                                           template: Template) -> None:
    path = tmp_path / "direkt.aktg"
    review.create_project(path, title="Direkt", template=template,
                          units=[("Eda kommun", 1)]).close()
    environment = {**os.environ, "AKTG_EXIT_WHEN_SHOWN": "1", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), str(path)],
                          env=environment, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    state = Path(os.environ["AKTG_SETTINGS"]).with_name("state.ini")
    assert "direkt.aktg" in state.read_text(encoding="utf-8")  # it was opened, then closed


def test_damaged_file_gives_an_error_dialog_and_stays_unchanged(
        tmp_path: Path, shell: Shell, dialogs: Dialogs) -> None:
    damaged = tmp_path / "trasig.aktg"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(200))
    before = snapshot(tmp_path)
    assert shell.open_project(damaged) is None
    assert dialogs.shown[0][0] == "critical" and "trasig.aktg" in dialogs.shown[0][1]
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_of_damage_gives_a_dialog_and_leaves_the_folder_as_it_was(
        kind: str, tmp_path: Path, shell: Shell, dialogs: Dialogs) -> None:
    from reviewer.sample import write_demo

    path = tmp_path / "skadad.aktg"
    write_demo(path).close()
    damage(path, kind)
    before = snapshot(tmp_path)
    assert shell.open_project(path) is None
    assert dialogs.shown and dialogs.shown[0][0] == "critical"
    assert "skadad.aktg" in dialogs.shown[0][1]
    assert snapshot(tmp_path) == before


def test_newer_format_is_refused_with_a_clear_message(tmp_path: Path, shell: Shell,
                                                      dialogs: Dialogs,
                                                      template: Template) -> None:
    path = tmp_path / "ny.aktg"
    review.create_project(path, title="Ny", template=template).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = '99' WHERE key = 'format_version'")
    connection.close()
    assert shell.open_project(path) is None
    assert "99" in dialogs.shown[0][1]


def test_a_locked_project_opens_read_only_when_asked(qtbot: QtBot, tmp_path: Path,
                                                     shell: Shell, dialogs: Dialogs,
                                                     template: Template) -> None:
    path = tmp_path / "delad.aktg"
    holder = review.create_project(path, title="Delad", template=template,
                                   units=[("Eda kommun", 2)])
    try:
        window = shell.open_project(path)
        assert dialogs.shown[0][0] == "question"  # "… open it read-only?" — Yes
        assert window is not None and window.ops.readonly
        assert "read-only" in window.windowTitle() or "skrivskydd" in window.windowTitle()
        activate(qtbot, window)
        press(Qt.Key.Key_J)
        assert audit_trail(holder) == []  # nothing written, and no error either
        assert len(dialogs.shown) == 1
    finally:
        holder.close()


def test_a_folder_that_cannot_be_written_offers_read_only(
        tmp_path: Path, shell: Shell, dialogs: Dialogs, template: Template,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cd.aktg"
    review.create_project(path, title="Från cd", template=template).close()
    # The lock file cannot be made beside it, as on a read-only share.
    monkeypatch.setattr("reviewer.store.lock.lock_path",
                        lambda p: tmp_path / "saknad mapp" / (p.name + ".lock"))
    dialogs.answer = QMessageBox.StandardButton.No
    assert shell.open_project(path) is None
    assert "read-only" in dialogs.shown[0][1] or "skrivskyddat" in dialogs.shown[0][1]


# -- durability -------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, shell: Shell, tmp_path: Path, template: Template) -> MainWindow:
    path = tmp_path / "p.aktg"
    review.create_project(path, title="Granskning", template=template,
                          units=[("Torsby kommun", 3)]).close()
    opened = shell.open_project(path)
    assert opened is not None
    activate(qtbot, opened)
    return opened


def test_a_change_the_disk_refuses_is_reported_and_nothing_is_lost(
        window: MainWindow, dialogs: Dialogs) -> None:
    blocker = sqlite3.connect(window.ops.project.path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")  # another writer holds the file past the timeout
    try:
        press(Qt.Key.Key_J)
    finally:
        blocker.rollback()
        blocker.close()
    kind, text = dialogs.shown[-1]
    assert kind == "warning" and ("could not be stored" in text or "kunde inte sparas" in text)
    case_file_id = window.form.case_file_id or ""
    assert window.ops.project.cells(case_file_id)["1"].code is None
    assert not window.form.answer_buttons[Code.JA].isChecked() and window.form.key == "1"
    press(Qt.Key.Key_J)  # the file is free again: the same key now stores it
    assert window.ops.project.cells(case_file_id)["1"].code is Code.JA


def test_an_uncaught_error_is_shown_and_logged(dialogs: Dialogs) -> None:
    from reviewer.ui.app import install_excepthook

    log = install_excepthook()
    try:
        raise RuntimeError("trasig knapp")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = sys.__excepthook__
    assert "trasig knapp" in dialogs.shown[0][1] and str(log) in dialogs.shown[0][1]
    assert "RuntimeError: trasig knapp" in log.read_text(encoding="utf-8")


# -- settings, import, summary -------------------------------------------------------------


def test_settings_are_kept_for_the_app_and_the_command_line(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    from reviewer.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    bring_up(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.author)  # where it opens
    press(Qt.Key.Key_A, CTRL)
    type_text("Åsa Öberg, Revisionsbyrån")
    press_mnemonic(dialog.language)
    type_text("E")  # English, found by its first letter
    press_mnemonic(dialog.convention)
    press(Qt.Key.Key_Down)  # from "Ja / all case files" two lines down to "assessed"
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)  # Save
    settings = load_settings()
    assert settings.author == "Åsa Öberg, Revisionsbyrån"  # a comma survives QSettings
    assert (settings.language, settings.convention) == ("en", Convention.ASSESSED)


def import_from_the_file_menu(window: MainWindow, sheet: Path, unit: str) -> None:
    """File → Import a review sheet…: the sheet's path typed in the file dialog, the unit's
    name over the one offered."""
    from reviewer.ui.import_dialog import UnitChoiceDialog

    answer_next(QFileDialog, str(sheet))
    answer_next(UnitChoiceDialog, unit)
    choose_in_menu(window.menuBar(), window.tr("Import a re&view sheet (Excel, CSV)…"))


def test_a_review_sheet_imports_from_the_file_menu(qtbot: QtBot, window: MainWindow,
                                                   torsby_csv: Path, dialogs: Dialogs) -> None:
    import_from_the_file_menu(window, torsby_csv, "Torsby (publicerad)")
    kind, text = dialogs.shown[-1]
    assert kind == "information" and "Torsby (publicerad)" in text
    # As published, the Eb of 8b and 8c print no reason: four files still lack one.
    assert "Eb/Et" in text
    model = window.navigator_model
    assert model.rowCount() == 2
    assert str(model.index(1, 0).data()) == "Torsby (publicerad)  (6/10)"
    assert model.rowCount(model.index(1, 0)) == 10


def test_a_bad_sheet_lists_every_problem_and_imports_nothing(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from reviewer.ui.import_dialog import SheetProblemsDialog

    rows: set[tuple[str, str]] = set()

    def read_and_close(dialog: SheetProblemsDialog) -> None:
        model = dialog.table.model()
        rows.update((model.index(r, 0).data(), model.index(r, 1).data())
                    for r in range(model.rowCount()))
        press(Qt.Key.Key_Escape)

    sheet = tmp_path / "fel.csv"
    sheet.write_text("Fråga;1;2\n1;Ja;Kanske\n99;Nej;Nej\n", encoding="utf-8")
    before = window.ops.project.units()
    when_open(SheetProblemsDialog, read_and_close)
    import_from_the_file_menu(window, sheet, "Ny enhet")
    assert rows == {("2", "C"), ("3", "A")}
    assert window.ops.project.units() == before


def test_summary_pane_shows_the_unit_and_copies_a_table_for_word(
        qtbot: QtBot, shell: Shell) -> None:
    window = shell.open_sample()
    assert window is not None
    activate(qtbot, window)
    press(Qt.Key.Key_3, CTRL)
    pane = window.summary
    assert window.centre.currentWidget() is pane and pane.heading.text() == "Torsby kommun"
    model = pane.model
    assert model.index(0, model.columnCount() - 1).data() == "9/10"
    assert model.index(1, 1).data() == "7"  # question 2: seven Ja
    assert "I 7 av 10 akter har någon form av standardiserat bedömningsinstrument " \
           "använts." in pane.findings.toPlainText()
    press(Qt.Key.Key_C, CTRL)  # the table has the keyboard: it is copied
    mime = QGuiApplication.clipboard().mimeData()
    assert "<table" in mime.html() and "9/10" in mime.html()
    assert "1. Har utredning" in mime.text() and "\t9/10" in mime.text()


def test_summary_follows_a_change_made_in_the_stepping_form(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    press(Qt.Key.Key_J)  # question 1 of case file 1: Ja
    press(Qt.Key.Key_3, CTRL)  # the summary
    assert window.summary.model.index(0, 7).data() == "1/3"
    press(Qt.Key.Key_1, CTRL)  # the stepping form
    press(Qt.Key.Key_Z, CTRL)
    press(Qt.Key.Key_3, CTRL)
    assert window.summary.model.index(0, 7).data() == "0/3"


# -- report preview and print ----------------------------------------------------------------


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_report_preview_prints_to_a_pdf_file(qtbot: QtBot, shell: Shell, tmp_path: Path) -> None:
    from reviewer.ui.report_dialog import ReportDialog

    window = shell.open_sample()
    assert window is not None
    project = window.ops.project
    torsby = project.units()[0]
    dialog = ReportDialog(project, [torsby.id], window)
    qtbot.addWidget(dialog)
    bring_up(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready,
                    timeout=30000)
    assert dialog.document.pageCount() == 1
    assert dialog.preview_path is not None
    text = pdf_text(dialog.preview_path)
    assert "Torsby kommun" in text and "Eb6" in text  # footnotes start at the project's 5

    press_mnemonic(dialog.first_footnote)  # a new preview follows the option
    press(Qt.Key.Key_A, CTRL)
    type_text("1")
    qtbot.waitUntil(lambda: dialog.preview_options is not None
                    and dialog.preview_options.first_footnote == 1, timeout=30000)
    assert "Eb2" in pdf_text(dialog.preview_path)

    # The system's print dialog stands aside: the preview printed as it would print.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "utskrift.pdf"))
    assert dialog.print_to(printer) == 1
    printed = QPdfDocument()
    printed.load(str(tmp_path / "utskrift.pdf"))
    assert printed.pageCount() == 1
    size = printed.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (595, 842)  # A4 portrait

    answer_next(QFileDialog, str(tmp_path / "bilaga"))
    word = next(b for b in dialog.save_buttons if "Word" in b.text())
    press_mnemonic(word)
    qtbot.waitUntil(lambda: (tmp_path / "bilaga.docx").exists(), timeout=30000)
    qtbot.waitUntil(lambda: not dialog.background.busy, timeout=30000)
    import docx

    table = docx.Document(str(tmp_path / "bilaga.docx")).tables[0]
    assert table.rows[1].cells[-1].text == "9/10"
    preview_folder = dialog.preview_path.parent
    press(Qt.Key.Key_Escape)  # closes the dialog
    assert not dialog.isVisible()
    assert not preview_folder.exists()  # previews hold the project's data: not left behind


def test_report_of_no_units_explains_itself(qtbot: QtBot, window: MainWindow) -> None:
    from reviewer.ui.report_dialog import ReportDialog

    dialog = ReportDialog(window.ops.project, [], window)
    qtbot.addWidget(dialog)
    bring_up(qtbot, dialog)
    press_mnemonic(dialog.units)  # on its first unit, the only one
    press(Qt.Key.Key_Space)  # unchecked
    assert dialog.units.checked_ids() == []
    qtbot.waitUntil(lambda: "no units" in dialog.status.text()
                    or "inga enheter" in dialog.status.text(), timeout=30000)
    assert not dialog.print_button.isEnabled()


def test_the_project_file_is_closed_with_its_window(shell: Shell, window: MainWindow) -> None:
    path = window.ops.project.path
    window.close()
    with Project.open(path) as again:  # the writer lock was released
        assert again.info.title == "Granskning"


def test_removing_the_only_unit_leaves_an_empty_form_and_keeps_the_history(
        window: MainWindow, dialogs: Dialogs) -> None:
    press(Qt.Key.Key_N)
    choose_in_menu(window.menuBar(), window.tr("&Remove this unit…"))  # answered Yes
    assert dialogs.shown[0][0] == "question" and "Torsby kommun" in dialogs.shown[0][1]
    assert window.navigator_model.rowCount() == 0
    assert window.form.case_file_id is None
    assert not window.form.answer_buttons[Code.JA].isEnabled()
    press(Qt.Key.Key_J)  # nothing to answer, and no error
    assert len(dialogs.shown) == 1
    assert len(audit_trail(window.ops.project)) == 1  # the answer's history is kept
