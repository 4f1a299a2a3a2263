"""Small pieces several screens build the same way."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from reviewer.model import Cell

Button = QDialogButtonBox.StandardButton
# What still needs the auditor stands out alike wherever cells are listed.
UNANSWERED_COLOUR, MISSING_COLOUR, DERIVED_COLOUR = "#fff4c2", "#f6c6c3", "#ececec"


def cell_background(cell: Cell) -> QBrush | None:
    """Yellow unanswered, red Eb/Et without a reason, grey derived Et."""
    colour = (DERIVED_COLOUR if cell.derived else MISSING_COLOUR if cell.missing_reason
              else UNANSWERED_COLOUR if cell.code is None else None)
    return QBrush(QColor(colour)) if colour else None


def dialog_buttons(dialog: QDialog, accept: Button = Button.Ok) -> QDialogButtonBox:
    """`accept` and Cancel, wired to the dialog."""
    buttons = QDialogButtonBox(accept | Button.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def hint(text: str) -> QLabel:
    """A quiet explanation under a form: wrapped, in grey."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label
