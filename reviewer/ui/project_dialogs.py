"""Small dialogs over the project: its details and settings, a new unit, and bringing back
a removed one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reviewer.i18n import local_time
from reviewer.model import Convention, Removed
from reviewer.ui.operations import ProjectOps, structure
from reviewer.ui.texts import fill_conventions
from reviewer.ui.widgets import Button, dialog_buttons, hint


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
        form.addRow(self.tr("First footnote &number:"), self.first_footnote)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self))

    def accept(self) -> None:
        if structure.update_details(
                self, self.ops, title=self.title.text(), organisation=self.organisation.text(),
                firm=self.firm.text(), period=self.period.text(),
                convention=Convention(self.convention.currentData()),
                first_footnote=self.first_footnote.value()) is not None:
            super().accept()


class AddUnitDialog(QDialog):
    """A unit's name and its number of case files; `unit_id` is the new unit's."""

    def __init__(self, ops: ProjectOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.unit_id: str | None = None
        self.setWindowTitle(self.tr("Add a unit"))
        self.setMinimumWidth(460)  # a municipality's name reads whole ("Överkalix kommun")
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
        self.unit_id = structure.add_unit(self, self.ops, self.name.text(), self.files.value())
        if self.unit_id is not None:
            super().accept()


class BringBackDialog(QDialog):
    """The removed units (and removed case files of units still there), latest first, with
    the work each holds; the chosen one comes back. `brought_back` is its unit's id."""

    def __init__(self, ops: ProjectOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.brought_back: str | None = None
        self.setWindowTitle(self.tr("Bring back a removed unit"))
        self.resize(600, 360)
        self.removed = ops.project.removed()
        self.list = QListWidget()
        for item in self.removed:
            self.list.addItem(self._describe(item))
        if self.removed:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = dialog_buttons(self)
        ok = buttons.button(Button.Ok)
        ok.setText(self.tr("&Bring back"))
        ok.setEnabled(bool(self.removed))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "A removed unit comes back with its case files and answers, also in copies it "
            "is merged with. A unit of the same name added since keeps its name; the one "
            "brought back is then called \"Name (2)\".") if self.removed
            else self.tr("Nothing has been removed from this project.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        if not self.removed:  # the sentence says so; an empty list would only look broken
            self.list.hide()
            ok.hide()
            buttons.button(Button.Cancel).setText(self.tr("Close"))
            layout.insertStretch(2, 1)  # the sentence on top, the button at the bottom
            self.resize(600, 140)

    def _describe(self, item: Removed) -> str:
        place = item.unit_name if item.label is None else self.tr(
            "{unit}, case file {label}").format(unit=item.unit_name, label=item.label)
        text = self.tr("{place}: removed {when}, {count} answer changes").format(
            place=place, when=local_time(item.removed_at), count=item.changes)
        if item.changes_after:
            text += self.tr(", {count} of them after the removal").format(
                count=item.changes_after)
        return text

    def accept(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.removed):
            return
        item = self.removed[row]
        if structure.bring_back(self, self.ops, item) is not None:
            self.brought_back = item.unit_id
            super().accept()
