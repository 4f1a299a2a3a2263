"""Typing and pressing keys where the keyboard sends them, as an auditor does.

Each key goes to the open popup if there is one, else to `QApplication.focusWidget()`;
never to a widget the test picks. Letters go with their key codes (`Qt.Key_T` for `t`), so
shortcuts see typing as they do in life; only letters outside ASCII go as text alone
(`QTest.keyClicks` aborts on åäö; see NOTES-stack).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def keyboard() -> QWidget:
    """The widget a key pressed now would reach: the open popup, else the focus widget."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup
    focus = QApplication.focusWidget()
    assert focus is not None, "no widget has the keyboard"
    return focus


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          ) -> None:
    QTest.keyClick(keyboard(), key, modifier)
    QApplication.processEvents()


def _key_of(character: str) -> tuple[Qt.Key, Qt.KeyboardModifier]:
    """The key code of a printable ASCII character: Qt's codes are the upper-case ones."""
    shift = character.isupper() or character in '!"#%&/()=?*>;:_'
    return (Qt.Key(ord(character.upper())),
            Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier)


def type_text(text: str) -> None:
    """Type like a person, one key at a time, each where the keyboard is then."""
    for character in text:
        if character.isascii() and character.isprintable():
            key, modifier = _key_of(character)
        else:
            key, modifier = Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier
        QTest.sendKeyEvent(QTest.KeyAction.Click, keyboard(), key, character, modifier)
    QApplication.processEvents()


def bring_up(qtbot: QtBot, window: QWidget) -> None:
    """Show a window and wait until it has the keyboard, as when it opens in front."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def click(widget: QWidget, pos: QPoint | None = None) -> None:
    """A left click, as a person clicks into a field or on a list item."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     pos if pos is not None else widget.rect().center())
    QApplication.processEvents()
