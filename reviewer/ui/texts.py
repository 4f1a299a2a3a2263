"""Interface texts used by several screens, written once (and found by lupdate here)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from reviewer.model import Convention


def convention_names() -> dict[Convention, str]:
    translate = QCoreApplication.translate
    return {
        Convention.ALL: translate("texts", "Ja of all case files in the sample (as the "
                                           "published tables)"),
        Convention.APPLICABLE: translate("texts", "Ja of the case files where the question "
                                                  "applies (not Et)"),
        Convention.ASSESSED: translate("texts", "Ja of the assessed case files (neither Eb "
                                                "nor Et)"),
    }


def convention_short_names() -> dict[Convention, str]:
    """For lists that are narrow; the long names go in their tooltips."""
    translate = QCoreApplication.translate
    return {
        Convention.ALL: translate("texts", "Ja / all case files"),
        Convention.APPLICABLE: translate("texts", "Ja / applicable (not Et)"),
        Convention.ASSESSED: translate("texts", "Ja / assessed (not Eb, Et)"),
    }


def fill_conventions(combo: QComboBox, current: Convention) -> None:
    """A list of the Summa conventions (short names, long ones as tooltips)."""
    long_names = convention_names()
    for convention, text in convention_short_names().items():
        combo.addItem(text, convention.value)
        combo.setItemData(combo.count() - 1, long_names[convention],
                          Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(combo.findData(current.value))


def language_names() -> dict[str, str]:
    # Each language by its own name, so whoever reads it finds theirs.
    return {"sv": "Svenska", "en": "English"}
