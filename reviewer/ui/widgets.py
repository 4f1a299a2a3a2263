"""Small pieces several screens build the same way."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

Button = QDialogButtonBox.StandardButton


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
