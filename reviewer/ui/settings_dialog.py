"""The auditor's settings: their name (recorded with every change), the interface language,
the default Summa convention of new projects, the backups kept, the firm's shared template
folder and the firm's Word document a Word bilaga is built on; saved through
`reviewer.settings`, the one writer of the settings file the command line reads too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reviewer import privacy
from reviewer.errors import PrivacyError, ReviewerError
from reviewer.i18n import _
from reviewer.model import Convention
from reviewer.project import identify_user
from reviewer.settings import UserSettings, load_settings, save_settings, settings_path
from reviewer.ui.texts import fill_conventions, language_names
from reviewer.ui.widgets import Button, add_path_row, dialog_buttons, hint


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, first_start: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Aktgranskning") if first_start
                            else self.tr("Settings"))
        self.current = load_settings()
        self.author = QLineEdit(self.current.author)
        self.author.selectAll()
        self.language = QComboBox()
        for code, name in language_names().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(self.current.language))
        self.convention = QComboBox()
        fill_conventions(self.convention, self.current.convention)
        self.backups = QSpinBox()
        self.backups.setRange(0, 1000)
        self.backups.setValue(self.current.backups)
        self.word_reference = QLineEdit(self.current.word_reference)
        self.word_reference.setPlaceholderText(self.tr("none: a plain A4 document"))
        self.word_reference.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 36)
        self.word_reference.setToolTip(self.tr(
            "A Word report is built on this Word document or template: its styles, margins, "
            "header and footer."))
        choose = QPushButton(self.tr("&Choose…"))
        choose.clicked.connect(self.choose_word_reference)
        word_row = QHBoxLayout()
        word_row.addWidget(self.word_reference, 1)
        word_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.author)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Summa in new projects:"), self.convention)
        form.addRow(self.tr("&Backups kept of each project:"), self.backups)
        self.shared_templates = QLineEdit(self.current.shared_templates)
        self.shared_templates.setPlaceholderText(self.tr("none: only your own templates"))
        self.shared_templates.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 36)
        if not first_start:
            add_path_row(form, self.tr("The firm's shared &template folder:"),
                         self.shared_templates, self._choose_folder)
            word_label = QLabel(self.tr("&Word document for reports:"))
            word_label.setBuddy(self.word_reference)
            form.addRow(word_label, word_row)
        layout = QVBoxLayout(self)
        if first_start:
            layout.addWidget(hint(self.tr("Who are you? Your name is recorded with every "
                                          "answer you give, and shown to a colleague who "
                                          "finds the project open on your computer. You can "
                                          "change it later under Settings.")))
        layout.addLayout(form)
        if not first_start:  # at the first start the language takes effect at once
            layout.addWidget(hint(self.tr("Your name is recorded with every change you make. "
                                          "A new language shows the next time "
                                          "Aktgranskning starts. A backup is made each time "
                                          "a project opens and before every merge; 0 makes "
                                          "none. The new-project wizard lists your own "
                                          "templates and those in the shared folder.")))
        layout.addWidget(dialog_buttons(self, Button.Save))

    def choose_word_reference(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The firm's Word document or template"),
            self.word_reference.text(), self.tr("Word (*.docx *.dotx *.docm *.dotm)"))
        if chosen:
            self.word_reference.setText(chosen)

    def chosen(self) -> UserSettings:
        return UserSettings(author=" ".join(self.author.text().split()),
                            language=str(self.language.currentData()),
                            convention=Convention(self.convention.currentData()),
                            backups=self.backups.value(),
                            shared_templates=self.shared_templates.text().strip(),
                            word_reference=self.word_reference.text().strip())

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("The firm's shared template folder"),
            self.shared_templates.text() or str(Path.home()))
        if chosen:
            self.shared_templates.setText(chosen)

    def accept(self) -> None:
        chosen = self.chosen()
        if not chosen.author:
            QMessageBox.warning(self, self.tr("Settings"), self.tr(
                "Your name is needed: every change records who made it."))
            return
        try:
            privacy.check_text(_("The name"), chosen.author)
        except PrivacyError as exc:
            QMessageBox.warning(self, self.tr("Settings"), str(exc))
            return
        if chosen.word_reference:
            from reviewer.report.docx_reference import check_reference

            try:
                check_reference(Path(chosen.word_reference))
            except ReviewerError as exc:
                QMessageBox.warning(self, self.tr("Settings"), str(exc))
                return
        try:
            save_settings(chosen)
        except OSError:
            QMessageBox.warning(self, self.tr("Settings"), self.tr(
                "The settings could not be saved in {path}.").format(path=settings_path()))
            return
        identify_user(chosen.author)
        super().accept()
