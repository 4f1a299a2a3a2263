"""Small pieces several screens build the same way."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from reviewer.model import Cell, Unit

Button = QDialogButtonBox.StandardButton
# What still needs the auditor stands out alike wherever cells are listed.
UNANSWERED_COLOUR, MISSING_COLOUR, DERIVED_COLOUR = "#fff4c2", "#f6c6c3", "#ececec"
CONFLICT_COLOUR = "#dccbf5"


def cell_background(cell: Cell) -> QBrush | None:
    """Grey derived Et or not assessed (a question added after the case file was signed
    off: nothing to do there), lilac in conflict, red Eb/Et without a reason, yellow
    unanswered."""
    colour = (DERIVED_COLOUR if cell.derived or cell.not_assessed
              else CONFLICT_COLOUR if cell.conflict
              else MISSING_COLOUR if cell.missing_reason
              else UNANSWERED_COLOUR if cell.code is None else None)
    return QBrush(QColor(colour)) if colour else None


def dialog_buttons(dialog: QDialog, accept: Button = Button.Ok) -> QDialogButtonBox:
    """`accept` and Cancel, wired to the dialog."""
    buttons = QDialogButtonBox(accept | Button.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def add_path_row(form: QFormLayout, label: str, edit: QLineEdit,
                 choose: Callable[[], object]) -> None:
    """A file path with its Choose… button as a row of `form` (the label's mnemonic goes to
    the path)."""
    button = QPushButton(QCoreApplication.translate("widgets", "Choose…"))
    button.clicked.connect(choose)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    title = QLabel(label)
    title.setBuddy(edit)
    form.addRow(title, row)


class UnitChecklist(QListWidget):
    """The project's units, each with a check box (which to print, which to send)."""

    def __init__(self, units: Sequence[Unit], checked: Callable[[Unit], bool]) -> None:
        super().__init__()
        for unit in units:
            item = QListWidgetItem(unit.name)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked(unit)
                               else Qt.CheckState.Unchecked)
            self.addItem(item)

    def _checked(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def checked_ids(self) -> list[str]:
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in self._checked()]

    def checked_names(self) -> list[str]:
        return [item.text() for item in self._checked()]

    def check_all(self) -> None:
        for i in range(self.count()):
            self.item(i).setCheckState(Qt.CheckState.Checked)


def hint(text: str) -> QLabel:
    """A quiet explanation under a form: wrapped, in grey."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label
