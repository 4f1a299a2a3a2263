"""Running an operation from a screen: a personnummer is shown and kept only when the
auditor says so; any other refusal is explained. Shared by every pane that edits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reviewer.errors import PrivacyError, ReviewerError
from reviewer.model import Changes
from reviewer.ui.operations import ProjectOps


def run_guarded(parent: QWidget, ops: ProjectOps, description: str,
                make: Callable[[bool], Changes]) -> Changes | None:
    """`make(allow_identity)` builds the operation; None when it did not happen."""
    try:
        return ops.run(description, lambda: make(False))
    except PrivacyError as exc:
        # Literal texts in translate(): lupdate finds only those.
        keep = QCoreApplication.translate("guarded", "Keep the text anyway?")
        title = QCoreApplication.translate("guarded", "Personal identity number?")
        choice = QMessageBox.warning(
            parent, title, f"{exc}\n\n{keep}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if choice == QMessageBox.StandardButton.Yes:
            return ops.run(description, lambda: make(True))
    except ReviewerError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("guarded", "Not possible"),
                            str(exc))
    return None
