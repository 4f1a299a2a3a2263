"""Working together from the app: export for a colleague, import a package as a project of
its own, merge a colleague's package (with its report), and restore from a backup.

The work runs off the UI thread behind a busy dialog; every refusal is one clear message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.backups import Backup, list_backups
from reviewer.errors import (
    IdentityNumberInPackageError,
    OtherProjectError,
    ReviewerError,
    WrongPasswordError,
)
from reviewer.exchange import MergeReport, export_package, open_package, read_manifest
from reviewer.project import Project
from reviewer.ui.background import Background
from reviewer.ui.guarded import refused
from reviewer.ui.widgets import Button, UnitChecklist, add_path_row, dialog_buttons, hint

T = TypeVar("T")
PACKAGES = "*.aktgx"  # the file dialogs' filter


def run_busy(parent: QWidget | None, text: str, work: Callable[[], T]) -> T:
    """Run `work` off the UI thread behind a busy dialog and wait for it, the window
    still painting; its result, or its error raised here."""
    background = Background(parent)
    busy = QProgressDialog(text, "", 0, 0, parent)
    busy.setCancelButton(None)  # the work cannot be stopped halfway
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(400)
    loop = QEventLoop()
    results: list[T] = []
    errors: list[BaseException] = []

    def guarded_work() -> None:
        try:
            results.append(work())
        except BaseException as exc:  # raised again below, in the UI thread
            errors.append(exc)

    background.run(guarded_work, lambda _none: loop.quit(), lambda _error: loop.quit())
    loop.exec()
    busy.close()
    if errors:
        raise errors[0]
    return results[0]


def ask_password(parent: QWidget | None, package: Path) -> str | None:
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("exchange", "Password"),
        QCoreApplication.translate("exchange", "{file} is protected by a password. "
                                               "Password:").format(file=package.name),
        QLineEdit.EchoMode.Password)
    return text if ok and text else None


def keep_identity_numbers(parent: QWidget | None, refusal: IdentityNumberInPackageError
                          ) -> bool:
    """Ask whether to keep what a package brings that looks like personnummer (it lists
    them); no unless the auditor deliberately says yes."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("exchange", "Personal identity numbers?"),
        f"{refusal}\n\n" + QCoreApplication.translate(
            "exchange", "Keep them anyway? Choose No to leave the package unused."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def with_identity_check(parent: QWidget | None, work: Callable[[bool], T]) -> T | None:
    """`work(allow_identity)`, asked again with True if the auditor keeps the personnummer
    it refused; None if they do not."""
    try:
        return work(False)
    except IdentityNumberInPackageError as refusal:
        if not keep_identity_numbers(parent, refusal):
            return None
    return work(True)


def choose_package(parent: QWidget | None) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("exchange", "Choose a package"), "",
        QCoreApplication.translate("exchange", "Aktgranskning packages (*.aktgx)"))
    return Path(chosen) if chosen else None


def password_for(parent: QWidget | None, package: Path) -> tuple[bool, str | None]:
    """(go on, password): the package's manifest read, a password asked when it has one
    and tried at once, so a wrong one is told before anything else is asked."""
    try:
        manifest = read_manifest(package)
    except ReviewerError as exc:
        refused(parent, exc)
        return False, None
    if not manifest.encrypted:
        return True, None
    while True:
        password = ask_password(parent, package)
        if password is None:
            return False, None
        opens = _opens(parent, package, password)
        if opens is not None:
            return opens, password if opens else None


def _opens(parent: QWidget | None, package: Path, password: str) -> bool | None:
    """Whether the package opens with the password: None when it is the wrong one (to be
    asked again), False when the package is refused for another reason (said why)."""
    try:
        run_busy(parent, QCoreApplication.translate("exchange", "Opening {file}…").format(
            file=package.name), lambda: open_package(package, password))
    except WrongPasswordError as exc:
        refused(parent, exc)
        return None
    except ReviewerError as exc:
        refused(parent, exc)
        return False
    return True


class ExportDialog(QDialog):
    """Which units go to the colleague, an optional password, and where the file goes."""

    def __init__(self, project: Project, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.author = author
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export for a colleague"))
        self.resize(620, 520)
        self.units = UnitChecklist(project.units(), lambda _unit: True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.path = QLineEdit(str(project.path.with_suffix(".aktgx")))
        form = QFormLayout()
        form.addRow(self.tr("&Password (optional):"), self.password)
        form.addRow(self.tr("Password &again:"), self.again)
        add_path_row(form, self.tr("&File:"), self.path, self._browse)
        units_label = QLabel(self.tr("&Units to send (the colleague gets the project, its "
                                     "questions and settings, and these units):"))
        units_label.setWordWrap(True)
        units_label.setBuddy(self.units)
        layout = QVBoxLayout(self)
        layout.addWidget(units_label)
        layout.addWidget(self.units, 1)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr(
            "With a password the package is encrypted (AES-256); send the password another "
            "way than the file. The colleague merges their work back with File → Merge from "
            "a colleague.")))
        buttons = dialog_buttons(self)
        buttons.button(Button.Ok).setText(self.tr("E&xport"))
        layout.addWidget(buttons)

    def chosen_units(self) -> list[str]:
        return self.units.checked_ids()

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the package as"), self.path.text(), PACKAGES)
        if chosen:
            self.path.setText(chosen if chosen.endswith(".aktgx") else chosen + ".aktgx")

    def accept(self) -> None:
        units = self.chosen_units()
        if not units:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose at least one unit."))
            return
        if self.password.text() != self.again.text():
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("The two passwords differ; type them again."))
            return
        out = Path(self.path.text().strip()).expanduser()
        if out.suffix != ".aktgx":
            out = out.with_name(out.name + ".aktgx")
        every = len(units) == self.units.count()
        project, author, password = self.project, self.author, self.password.text() or None
        try:
            run_busy(self, self.tr("Writing the package…"), lambda: export_package(
                project, out, author=author, unit_ids=None if every else units,
                password=password))
        except ReviewerError as exc:
            refused(self, exc)
            return
        self.written = out
        super().accept()


class MergeReportDialog(QDialog):
    """What a merge brought in; the conflicts are one click away."""

    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_conflicts = False
        self.bring_back = False
        self.setWindowTitle(self.tr("Merged from a colleague"))
        self.resize(640, 420)
        text = QPlainTextEdit("\n".join(report.lines()))
        text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if report.conflicts_in_project:
            conflicts = QPushButton(self.tr("Show the &conflicts ({count})").format(
                count=report.conflicts_in_project))
            conflicts.clicked.connect(self._conflicts)
            buttons.addButton(conflicts, QDialogButtonBox.ButtonRole.ActionRole)
            conflicts.setDefault(True)
        self.bring_back_button: QPushButton | None = None
        if report.unseen_by_removal:  # work in a removed unit: it can come back from here
            self.bring_back_button = QPushButton(self.tr("&Bring back a removed unit…"))
            self.bring_back_button.clicked.connect(self._bring_back)
            buttons.addButton(self.bring_back_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(text, 1)
        if report.backup is not None:
            layout.addWidget(hint(self.tr("The project as it was before is kept as a backup "
                                          "(File → Restore from a backup).")))
        layout.addWidget(buttons)

    def _conflicts(self) -> None:
        self.show_conflicts = True
        self.accept()

    def _bring_back(self) -> None:
        self.bring_back = True
        self.accept()


def merge_flow(parent: QWidget, project: Project, author: str, keep_backups: int,
               package: Path | None = None,
               offer_import: Callable[[Path], object] | None = None) -> MergeReport | None:
    """Ask for a package (and its password) and merge it into the open project."""
    from reviewer.exchange import merge_package

    package = package or choose_package(parent)
    if package is None:
        return None
    go_on, password = password_for(parent, package)
    if not go_on:
        return None
    text = QCoreApplication.translate("exchange", "Merging {file}…").format(file=package.name)
    try:
        return with_identity_check(parent, lambda allow: run_busy(
            parent, text, lambda: merge_package(project, package, author=author,
                                                password=password, keep_backups=keep_backups,
                                                allow_identity=allow)))
    except OtherProjectError as exc:
        if offer_import is not None and QMessageBox.question(
                parent, QCoreApplication.translate("exchange", "Another project"),
                f"{exc}\n\n" + QCoreApplication.translate(
                    "exchange", "Import it as a project of its own?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes) == QMessageBox.StandardButton.Yes:
            offer_import(package)
    except ReviewerError as exc:
        refused(parent, exc)
    return None


class BackupsDialog(QDialog):
    """The project's backups, newest first; `chosen` is the one to restore."""

    def __init__(self, path: Path, project_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: Backup | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(600, 400)
        self.backups = list_backups(path, project_id)
        self.list = QListWidget()
        for backup in self.backups:
            self.list.addItem(self.tr("{when}   {size:.2f} MB").format(
                when=backup.made_at.strftime("%Y-%m-%d %H:%M:%S"), size=backup.size / 1e6))
        if self.backups:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        intro = hint(self.tr(
            "A backup is made each time the project is opened and before every merge. "
            "Restoring replaces the project with the backup; the project as it is now is "
            "kept as a backup first.") if self.backups else self.tr("No backups yet."))
        buttons = dialog_buttons(self, Button.Ok)
        ok = buttons.button(Button.Ok)
        ok.setText(self.tr("&Restore"))
        ok.setEnabled(bool(self.backups))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.backups):
            self.chosen = self.backups[row]
            super().accept()
