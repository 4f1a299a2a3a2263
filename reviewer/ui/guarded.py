"""Running an operation from a screen: a personnummer is shown and kept only when the
auditor says so; any other refusal is explained. Shared by every pane that edits."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reviewer.errors import PrivacyError, ReviewerError
from reviewer.model import Changes
from reviewer.ui.operations import ProjectOps

T = TypeVar("T")


def guarded(parent: QWidget | None, make: Callable[[bool], T],
            declined: Callable[[list[str]], None] | None = None) -> T | None:
    """`make(allow_identity)` does the work; None when it did not happen (refused, or the
    auditor chose to change the text: then `declined(found)` is told what was found),
    after the reason was shown."""
    try:
        return make(False)
    except PrivacyError as exc:
        # Literal texts in translate(): lupdate finds only those.
        keep = QCoreApplication.translate("guarded", "Keep the text anyway?")
        title = QCoreApplication.translate("guarded", "Personal identity number?")
        choice = QMessageBox.warning(
            parent, title, f"{exc}\n\n{keep}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if choice == QMessageBox.StandardButton.Yes:
            return guarded(parent, lambda _allow: make(True))
        if declined is not None:
            declined(exc.found)
    except ReviewerError as exc:
        refused(parent, exc)
    return None


def refused(parent: QWidget | None, error: ReviewerError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("guarded", "Not possible"),
                        str(error))


def run_guarded(parent: QWidget, ops: ProjectOps, description: str,
                make: Callable[[bool], Changes],
                declined: Callable[[list[str]], None] | None = None) -> Changes | None:
    """An operation through `ops` (one undo step, one change signal), guarded; `parent` is
    the change's initiator."""
    return guarded(parent, lambda allow: ops.run(description, lambda: make(allow), parent),
                   declined)
