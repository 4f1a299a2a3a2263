"""Start the app on the sample project (offscreen), walk through its main screens and save
a PNG of each, to look at after changing a screen.

    .venv/bin/python scripts/screenshots.py [OUT_FOLDER] [--lang en] [--size 1024x640]
    (default out/screenshots, 1280x800)

It uses a settings and data folder of its own, so your recent projects stay as they are.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="aktg-screenshots-"))
os.environ["AKTG_SETTINGS"] = str(_HOME / "settings.ini")
os.environ["AKTG_DATA"] = str(_HOME / "data")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from reviewer.model import Convention  # noqa: E402
from reviewer.settings import UserSettings, save_settings  # noqa: E402
from reviewer.ui.main_window import MainWindow  # noqa: E402


def wait_until(condition: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready")
        QApplication.processEvents()
        time.sleep(0.02)


def pause(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def type_text(widget: QWidget, text: str) -> None:
    for character in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, character,
                           Qt.KeyboardModifier.NoModifier)


def save(widget: QWidget, out: Path, name: str) -> None:
    QApplication.processEvents()
    path = out / name
    widget.grab().save(str(path))
    print(path)


def shoot(dialog: QDialog, out: Path, name: str) -> None:
    """Show a dialog, save its picture, close it."""
    dialog.show()
    save(dialog, out, name)
    dialog.reject()


def offscreen_screen(width: int, height: int) -> None:
    """A screen of the size asked for, so that windows and dialogs meet the room they
    would have on it (the offscreen platform's own is 800×800)."""
    if os.environ["QT_QPA_PLATFORM"] != "offscreen":
        return
    config = _HOME / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0,
                                               "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main() -> int:
    size = (1280, 800)
    if "--size" in sys.argv[1:-1]:
        width, height = sys.argv[sys.argv.index("--size") + 1].split("x")
        size = (int(width), int(height))
    args = [a for a in sys.argv[1:] if a not in ("--lang", "sv", "en", "--size")
            and not re.fullmatch(r"\d+x\d+", a)]
    language = "en" if "en" in sys.argv[1:] else "sv"
    out = Path(args[0] if args else "out/screenshots")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    offscreen_screen(*size)
    save_settings(UserSettings(author="Anna Revisor", language=language,
                               convention=Convention.ALL))
    app = QApplication([sys.argv[0]])
    from reviewer.ui import translation
    from reviewer.ui.shell import Shell

    translation.install(app, language)
    shell = Shell(app)

    window = shell.open_sample()
    assert window is not None
    window.close_to_start()
    start = shell.show_start()
    save(start, out, "01-start.png")

    from reviewer.ui.wizard import NewProjectWizard

    wizard = NewProjectWizard(Convention.ALL)
    wizard.show()
    wizard.details.project_title.setText("Missbruks- och beroendevård 2025")
    wizard.details.organisation.setText("Värmlands kommuner (gemensam granskning)")
    wizard.details.firm.setText("Revisionsbyrån AB")
    wizard.details.period.setText("2025")
    save(wizard, out, "02-wizard-details.png")
    wizard.next()
    wizard.next()
    wizard.units_page.names.setPlainText("Torsby kommun\nEda kommun;12\nArvika kommun\n"
                                         "Säffle kommun\nÅmål kommun;8")
    save(wizard, out, "03-wizard-units.png")
    wizard.next()
    save(wizard, out, "04-wizard-file.png")
    wizard.reject()

    window = shell.open_path(str(shell.sample_path()))
    assert window is not None
    window.resize(*size)
    project = window.ops.project
    exempelby = project.units()[1]
    window.select_case_file(project.case_files(exempelby.id)[4].id)
    form = window.form
    form.key = "4"
    form.refresh()
    window.activateWindow()
    form.setFocus()
    wait_until(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(form, Qt.Key.Key_B)
    type_text(form.reason, "Ej tillä")
    QApplication.processEvents()
    save(window, out, "05-stepping-eb-reason.png")
    offered = QApplication.activePopupWidget()  # the reasons used before: Esc closes it,
    if offered is not None:  # a second Esc puts back what was stored
        QTest.keyClick(offered, Qt.Key.Key_Escape)
    QTest.keyClick(form.reason, Qt.Key.Key_Escape)

    torsby = project.units()[0]
    window.select_case_file(project.case_files(torsby.id)[0].id)
    window.show_grid(True)
    save(window, out, "06-grid.png")
    window.show_pane(window.summary)
    save(window, out, "07-summary.png")
    window.show_grid(False)

    from reviewer.ui.report_dialog import ReportDialog

    dialog = ReportDialog(project, [torsby.id], window)
    dialog.first_footnote.setValue(5)
    dialog.findings.setChecked(True)
    dialog.update_preview()
    dialog.show()
    wait_until(lambda: not dialog.background.busy and dialog.document.pageCount() > 0)
    pause(1.5)  # QPdfView draws its pages in a thread of its own
    save(dialog, out, "08-report-preview.png")
    dialog.done(QDialog.DialogCode.Rejected.value)

    from reviewer.ui.settings_dialog import SettingsDialog

    shoot(SettingsDialog(window), out, "09-settings.png")

    from reviewer.errors import SheetError
    from reviewer.gridimport import import_grid
    from reviewer.ui.import_dialog import SheetProblemsDialog

    sheet = _HOME / "granskning.csv"
    sheet.write_text("Fråga;1;2;3\n1;Ja;Kanske;Eb\n2;Ja;Ja\n99;Nej;Nej;Nej\n3;Ja;Ja;Et: "
                     "Klient 811218-9876\n", encoding="utf-8")
    try:
        import_grid(project, sheet, "Ny enhet", author="Anna Revisor")
    except SheetError as exc:
        shoot(SheetProblemsDialog(exc, window), out, "10-import-problems.png")
    working_together(window, out)
    more_screens(window, out)
    templates(window, out)
    key_list(window, out)
    sampling(window, out)
    window.close()
    shutil.rmtree(_HOME, ignore_errors=True)
    return 0


def working_together(window: MainWindow, out: Path) -> None:
    """A colleague's copy edited apart and merged: the report, the conflict, the history."""
    from reviewer import review
    from reviewer.exchange import export_package, import_package, merge_package
    from reviewer.model import Code
    from reviewer.project import Project
    from reviewer.ui.conflicts import ConflictsDialog, HistoryDialog
    from reviewer.ui.exchange_dialogs import ExportDialog, MergeReportDialog

    project = window.ops.project
    export = ExportDialog(project, "Anna Revisor", window)
    export.units.item(0).setCheckState(Qt.CheckState.Unchecked)
    shoot(export, out, "11-export.png")
    export_package(project, _HOME / "till-bo.aktgx", author="Anna Revisor")
    import_package(_HOME / "till-bo.aktgx", _HOME / "bo.aktg", author="Bo Kollega")
    exempelby = project.units()[1]
    files = [f.id for f in project.case_files(exempelby.id)]
    with Project.open(_HOME / "bo.aktg") as bo:
        review.set_answer(bo, files[6], "1", Code.ET, author="Bo Kollega",
                          reason="Klienten har inga barn.")
        for key in ("1", "2", "3"):
            review.set_answer(bo, files[7], key, Code.JA, author="Bo Kollega")
        export_package(bo, _HOME / "fran-bo.aktgx", author="Bo Kollega")
    review.set_answer(project, files[6], "1", Code.JA, author="Anna Revisor")
    report = merge_package(project, _HOME / "fran-bo.aktgx", author="Anna Revisor",
                           keep_backups=0)
    window.ops.reloaded(frozenset(u.id for u in project.units()))
    shoot(MergeReportDialog(report, window), out, "12-merge-report.png")
    shoot(ConflictsDialog(window.ops, window), out, "13-conflicts.png")
    window.select_case_file(files[6])
    window.form.show_question("1")
    save(window, out, "14-stepping-conflict.png")
    shoot(HistoryDialog(project, files[6], "1", window), out, "15-history.png")


def grab_next_dialog(out: Path, name: str) -> None:
    """Save the dialog that opens next (one that runs its own event loop), then close it."""
    from PySide6.QtCore import QTimer

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, grab)
            return
        save(dialog, out, name)
        dialog.close()

    QTimer.singleShot(300, grab)


def more_screens(window: MainWindow, out: Path) -> None:
    """The first start, adding a unit, the keys, backups, and a joint report of every unit
    with one not started whose name has Sami letters."""
    from reviewer import review
    from reviewer.ui.exchange_dialogs import BackupsDialog
    from reviewer.ui.project_dialogs import AddUnitDialog, BringBackDialog
    from reviewer.ui.report_dialog import ReportDialog
    from reviewer.ui.settings_dialog import SettingsDialog

    project = window.ops.project
    shoot(SettingsDialog(window, first_start=True), out, "16-first-start.png")
    shoot(AddUnitDialog(window.ops, window), out, "17-add-unit.png")
    grab_next_dialog(out, "18-keys.png")
    window.show_keys()
    shoot(BackupsDialog(project.path, project.info.id, window), out, "19-backups.png")
    shoot(BringBackDialog(window.ops, window), out, "20-bring-back.png")
    review.add_unit(project, "Porsáŋgu gielda", files=10)
    window.ops.reloaded(frozenset(u.id for u in project.units()))
    save(window, out, "21-navigator-new-unit.png")
    dialog = ReportDialog(project, [u.id for u in project.units()], window)
    dialog.joint.setChecked(True)
    dialog.update_preview()
    dialog.show()
    wait_until(lambda: not dialog.background.busy and dialog.document.pageCount() > 0)
    pause(1.5)
    save(dialog, out, "22-report-joint.png")
    dialog.done(QDialog.DialogCode.Rejected.value)


def templates(window: MainWindow, out: Path) -> None:
    """The wizard's template page with a library (one template that cannot be read), the
    template editor with its preview, and the editor showing problems where they are."""
    from reviewer.library import library_path, own_folder, save_template
    from reviewer.model import Question, Template
    from reviewer.templates import builtin_template
    from reviewer.ui.template_editor import TemplateEditor
    from reviewer.ui.wizard import NewProjectWizard

    bistand = Template(name="Ekonomiskt bistånd 2026", questions=tuple(
        Question(str(n), f"Kontrollfråga {n}?") for n in range(1, 15)))
    save_template(bistand, library_path(bistand.name))
    (own_folder() / "Hemtjänst (utkast).json").write_text("{", encoding="utf-8")
    wizard = NewProjectWizard(Convention.ALL, window)
    wizard.show()
    wizard.details.project_title.setText("Ekonomiskt bistånd 2026")
    wizard.next()
    wizard.template_page.use_library.setChecked(True)
    save(wizard, out, "23-wizard-template.png")
    wizard.reject()

    editor = TemplateEditor(builtin_template(), window)
    editor.show()
    editor.preview_button.setChecked(True)
    wait_until(lambda: editor.preview.document.pageCount() > 0)
    pause(1.5)  # QPdfView draws its pages in a thread of its own
    save(editor, out, "24-template-editor.png")
    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.model.index(8, 1))
    editor.add_question()
    typing = QApplication.focusWidget()
    if typing is not None:
        QTest.keyClick(typing, Qt.Key.Key_Escape)  # the new question left without text
    editor.model.setData(editor.model.index(1, 0), "3")
    editor.model.setData(editor.model.index(2, 2), "Som för klient 811218-9876")
    pause(1.5)
    save(editor, out, "25-template-editor-problems.png")
    editor.done(QDialog.DialogCode.Rejected.value)
def key_list(window: MainWindow, out: Path) -> None:
    """The key list: its password chosen, unlocked (the case beside akt N in the form and
    the navigator), a case typed in, a unit's key exported, its deletion confirmed."""
    from reviewer import keylist
    from reviewer.ui import key_dialogs

    project = window.ops.project
    torsby = project.units()[0]
    files = project.case_files(torsby.id)
    grab_next_dialog(out, "26-key-password.png")
    key_dialogs.unlock(window, window.ops.keys)  # a new key list's password; closed unset
    keylist.store_drawn(project, torsby.id, [
        (f.id, {"Diarienummer": f"SOC/2023-{412 + 37 * i:06d}", "Team": "Vuxen",
                "Beslutsdatum": f"2023-0{1 + i % 9}-1{i % 10}"})
        for i, f in enumerate(files)], "lösen")
    window.ops.keys.unlock("lösen")
    window.show_grid(False)
    window.select_case_file(files[2].id)
    window.form.show_question("1")
    save(window, out, "27-key-unlocked.png")
    shoot(key_dialogs.CaseDialog(torsby.name, files[2], window.ops.keys.values(files[2].id),
                                 window), out, "28-key-case.png")
    shoot(key_dialogs.KeyExportDialog(window.ops.keys, torsby.id, "Anna Revisor", window),
          out, "29-key-export.png")
    grab_next_dialog(out, "30-key-delete.png")
    key_dialogs.delete_key(window, window.ops.keys, torsby.id)  # closed: not deleted
    window.ops.keys.lock()


def sampling(window: MainWindow, out: Path) -> None:
    """Drawing a sample: the dialog filled in for a stratified draw within a period, then
    the unit's sample extended and a case file replaced."""
    from reviewer.sampling.draw import DrawPlan, Method
    from reviewer.sampling.operations import draw_into_unit
    from reviewer.sampling.population import PopulationSpec
    from reviewer.ui.sample_dialogs import DrawDialog, ExtendDialog, ReplaceDialog

    lista = _HOME / "ärendelista.csv"
    teams = ["Barn och unga", "Vuxen", "Ekonomiskt bistånd"]
    lista.write_text("Diarienummer;Personnummer;Team;Beslutsdatum\n" + "".join(
        f"SOC/2024-{n:05d};19{60 + n % 40}0{1 + n % 9}1{n % 10}-{1000 + n};"
        f"{teams[n % 3]};2024-{1 + n % 12:02d}-15\n" for n in range(300)), encoding="utf-8")
    dialog = DrawDialog(window.ops, "Munkfors kommun", window)
    dialog.path.setText(str(lista))
    dialog._load(None)
    dialog.method.setCurrentIndex(2)
    dialog.stratum.setCurrentIndex(dialog.stratum.findData("Team"))
    dialog.date_column.setCurrentIndex(4)
    dialog.period_from.setText("2024-01-01")
    dialog.period_to.setText("2024-06-30")
    dialog.keep.item(0).setCheckState(Qt.CheckState.Checked)
    shoot(dialog, out, "31-draw.png")
    project = window.ops.project
    outcome = draw_into_unit(project, "Munkfors kommun", PopulationSpec(
        lista, "Diarienummer", stratum_column="Team"), DrawPlan(
        Method.STRATIFIED, "4711", 10, proportional=True), seed_typed=True,
        author="Anna Revisor")
    info = outcome.draw
    shoot(ExtendDialog(window.ops, outcome.unit.id, info, str(lista), window), out,
          "32-extend.png")
    shoot(ReplaceDialog(window.ops, project.case_file(outcome.case_files[2][0]), info,
                        str(lista), window), out, "33-replace.png")


if __name__ == "__main__":
    raise SystemExit(main())
