"""Small dialogs over the project: its details and settings, and a new unit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reviewer import review
from reviewer.model import Changes, Convention
from reviewer.ui.guarded import run_guarded
from reviewer.ui.operations import ProjectOps
from reviewer.ui.texts import fill_conventions
from reviewer.ui.widgets import dialog_buttons


class ProjectDetailsDialog(QDialog):
    """Title, organisation, firm, period, Summa convention, first footnote number."""

    def __init__(self, ops: ProjectOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        info = ops.project.info
        self.setWindowTitle(self.tr("Project details"))
        self.resize(560, 0)
        self.title = QLineEdit(info.title)
        self.organisation = QLineEdit(info.organisation)
        self.firm = QLineEdit(info.firm)
        self.period = QLineEdit(info.period)
        self.convention = QComboBox()
        fill_conventions(self.convention, info.convention)
        self.first_footnote = QSpinBox()
        self.first_footnote.setRange(1, 999)
        self.first_footnote.setValue(info.first_footnote)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Audited &organisation:"), self.organisation)
        form.addRow(self.tr("Audit &firm:"), self.firm)
        form.addRow(self.tr("&Period:"), self.period)
        form.addRow(self.tr("&Summa:"), self.convention)
        form.addRow(self.tr("First f&ootnote number:"), self.first_footnote)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self))

    def accept(self) -> None:
        changes = run_guarded(self, self.ops, self.tr("Project details"), lambda allow:
                              review.update_project(
                                  self.ops.project, title=self.title.text(),
                                  organisation=self.organisation.text(), firm=self.firm.text(),
                                  period=self.period.text(),
                                  convention=Convention(self.convention.currentData()),
                                  first_footnote=self.first_footnote.value(),
                                  allow_identity=allow))
        if changes is not None:
            super().accept()


class AddUnitDialog(QDialog):
    """A unit's name and its number of case files; `unit_id` is the new unit's."""

    def __init__(self, ops: ProjectOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.unit_id: str | None = None
        self.setWindowTitle(self.tr("Add a unit"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Eda kommun"))
        self.files = QSpinBox()
        self.files.setRange(0, 1000)
        self.files.setValue(10)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Case files:"), self.files)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self))

    def accept(self) -> None:
        added: list[str] = []

        def add(allow: bool) -> Changes:
            unit, changes = review.add_unit(self.ops.project, self.name.text(),
                                            files=self.files.value(), allow_identity=allow)
            added.append(unit.id)
            return changes

        if run_guarded(self, self.ops, self.tr("Add a unit"), add) is not None:
            self.unit_id = added[-1]
            super().accept()
