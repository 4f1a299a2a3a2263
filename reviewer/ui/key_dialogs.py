"""The key list (kodnyckel) from the Project menu: unlock for the session (its password
asked; a project without one chooses it), lock, type in a case file's case, export a
unit's key for a colleague and import one, delete a unit's key for good.

Each flow takes the window and its `KeySession`; every refusal is one clear message.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import KeyPasswordError, ReviewerError
from reviewer.model import CaseFile
from reviewer.ui.exchange_dialogs import run_busy
from reviewer.ui.guarded import refused
from reviewer.ui.operations.keys import KeySession
from reviewer.ui.widgets import Button, add_path_row, dialog_buttons, hint

KEY_FILES = "*.aktgkey"
SUFFIX = ".aktgkey"


class PasswordDialog(QDialog):
    """A password typed without echo; when one is being chosen, typed twice."""

    def __init__(self, title: str, text: str, *, choose: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again: QLineEdit | None = None
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        if choose:
            self.again = QLineEdit()
            self.again.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(self.tr("Password &again:"), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(text))
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self))

    def accept(self) -> None:
        if not self.password.text():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Type the password."))
            return
        if self.again is not None and self.again.text() != self.password.text():
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("The two passwords differ; type them again."))
            self.again.clear()
            self.again.setFocus()
            return
        super().accept()


def ask_password(parent: QWidget | None, title: str, text: str, *,
                 choose: bool = False) -> str | None:
    dialog = PasswordDialog(title, text, choose=choose, parent=parent)
    return dialog.password.text() if dialog.exec() else None


def unlock(parent: QWidget, keys: KeySession) -> bool:
    """Open the key list for the session: its password asked (again after a wrong one); a
    project without a key list chooses one. Whether it is unlocked."""
    if keys.unlocked:
        return True
    title = QCoreApplication.translate("keys", "Key list")
    create = not keys.has_key_list()
    if create and keys.project.file.readonly:
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "keys", "The project has no key list, and it is open read-only."))
        return False
    if create:
        text = QCoreApplication.translate(
            "keys", "The project has no key list yet. Choose its password: it opens the key "
                    "list and nothing else, and it cannot be recovered if forgotten. The key "
                    "list shows which case each case file is; it is kept encrypted, apart "
                    "from the review.")
    else:
        text = QCoreApplication.translate(
            "keys", "The key list's password. Unlocked, the navigator and the form show each "
                    "case file's case beside its number until you lock it or close the "
                    "project.")
    while True:
        password = ask_password(parent, title, text, choose=create)
        if password is None:
            return False
        try:
            keys.unlock(password, create=create)
            return True
        except KeyPasswordError as exc:
            refused(parent, exc)  # and asked again
        except ReviewerError as exc:
            refused(parent, exc)
            return False


class CaseDialog(QDialog):
    """The case a case file is, typed in (a sample not drawn by the tool), or changed."""

    def __init__(self, unit_name: str, case_file: CaseFile, values: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The case of case file {label}").format(
            label=case_file.label))
        self.setMinimumWidth(480)
        self.identifier = QLineEdit(next(iter(values.values()), ""))
        self.identifier.selectAll()
        form = QFormLayout()
        form.addRow(self.tr("&Case identifier:"), self.identifier)
        for name, value in list(values.items())[1:]:
            form.addRow(f"{name}:", QLabel(value))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "{unit}, case file {label}: the case number (or personnummer) that tells which "
            "case it is. It is kept in the key list only, encrypted; it is never printed or "
            "sent. Leave it empty to take the case file out of the key list.").format(
            unit=unit_name, label=case_file.label)))
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self))


def type_case(parent: QWidget, keys: KeySession, case_file: CaseFile) -> bool:
    """Type in the case of a case file; whether it was stored."""
    if not unlock(parent, keys):
        return False
    dialog = CaseDialog(keys.project.unit(case_file.unit_id).name, case_file,
                        keys.values(case_file.id), parent)
    if not dialog.exec():
        return False
    try:
        keys.set_identifier(case_file.id, dialog.identifier.text())
    except ReviewerError as exc:
        refused(parent, exc)
        return False
    return True


class KeyExportDialog(QDialog):
    """Where a unit's key goes for a colleague, and the password it is encrypted with."""

    def __init__(self, keys: KeySession, unit_id: str, author: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = keys
        self.unit = keys.project.unit(unit_id)
        self.author = author
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export the key for a colleague"))
        self.setMinimumWidth(560)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        project_path = keys.project.path
        self.path = QLineEdit(str(project_path.with_name(
            f"{project_path.stem} {self.unit.name}{SUFFIX}")))
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Password &again:"), self.again)
        add_path_row(form, self.tr("&File:"), self.path, self._browse)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "The key of {unit} ({count} case files) for a colleague who reviews the same unit "
            "in a copy of this project. It is encrypted with this password (AES-256); send "
            "the password another way than the file. The colleague imports it with Project → "
            "Key list → Import a key from a colleague.").format(
            unit=self.unit.name, count=keys.count(unit_id))))
        layout.addLayout(form)
        buttons = dialog_buttons(self)
        buttons.button(Button.Ok).setText(self.tr("E&xport"))
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the key as"), self.path.text(), KEY_FILES)
        if chosen:
            self.path.setText(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)

    def accept(self) -> None:
        if not self.password.text():
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("The key is sent encrypted: type a password."))
            return
        if self.password.text() != self.again.text():
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("The two passwords differ; type them again."))
            return
        out = Path(self.path.text().strip()).expanduser()
        if out.suffix != SUFFIX:
            out = out.with_name(out.name + SUFFIX)
        try:
            self.keys.export(self.unit.id, out, self.password.text(), self.author)
        except ReviewerError as exc:
            refused(self, exc)
            return
        self.written = out
        super().accept()


def export_key(parent: QWidget, keys: KeySession, unit_id: str, author: str) -> Path | None:
    """The file the unit's key was written to, or None."""
    if not unlock(parent, keys):
        return None
    dialog = KeyExportDialog(keys, unit_id, author, parent)
    return dialog.written if dialog.exec() else None


def import_key(parent: QWidget, keys: KeySession, source: Path | None = None) -> str | None:
    """Take a unit's key a colleague exported; what came in, in words, or None."""
    if source is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("keys", "Choose a key from a colleague"), "",
            QCoreApplication.translate("keys", "Aktgranskning keys (*.aktgkey)"))
        if not chosen:
            return None
        source = Path(chosen)
    if not unlock(parent, keys):
        return None
    title = QCoreApplication.translate("keys", "Key from a colleague")
    while True:
        password = ask_password(parent, title, QCoreApplication.translate(
            "keys", "{file} is encrypted. Its password (the colleague who exported it sends "
                    "it):").format(file=source.name))
        if password is None:
            return None
        try:
            imported = keys.import_file(source, password)
            break
        except KeyPasswordError as exc:
            refused(parent, exc)  # and asked again
        except ReviewerError as exc:
            refused(parent, exc)
            return None
    done = QCoreApplication.translate(
        "keys", "The key of {unit} came in: {count} case files, {changed} new or changed."
    ).format(unit=imported.unit_name, count=imported.entries, changed=imported.changed)
    QMessageBox.information(parent, title, done)
    return done


def delete_key(parent: QWidget, keys: KeySession, unit_id: str) -> bool:
    """Delete a unit's key for good, after a confirmation naming what is lost."""
    unit = keys.project.unit(unit_id)
    title = QCoreApplication.translate("keys", "Delete the key for good")
    count = keys.count(unit_id) if keys.unlocked else len(keys.project.case_files(unit_id))
    choice = QMessageBox.question(
        parent, title, QCoreApplication.translate(
            "keys", "Delete the key of {unit} for good? Which case each of its case files is "
                    "({count}) can then no longer be found from this project: it is wiped "
                    "from the file and from its backups, and cannot be brought back. The "
                    "review and the record of the draw stay. Keys exported to colleagues are "
                    "not reached.").format(unit=unit.name, count=count),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if choice != QMessageBox.StandardButton.Yes:
        return False
    try:
        result = run_busy(parent, QCoreApplication.translate("keys", "Deleting the key…"),
                          lambda: keys.erase(unit_id))
    except ReviewerError as exc:
        refused(parent, exc)
        return False
    keys.erased()
    if result.not_wiped:
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "keys", "The key is deleted from the project, but these copies could not be "
                    "wiped; delete them yourself:\n{copies}").format(
            copies="\n".join(str(path) for path, _detail in result.not_wiped)))
    return True

