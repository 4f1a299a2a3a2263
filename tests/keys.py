"""Typing and pressing keys where the keyboard sends them, as an auditor does.

Each key goes to the open popup if there is one, else to `QApplication.focusWidget()`;
never to a widget the test picks. Letters go with their key codes (`Qt.Key_T` for `t`), so
shortcuts see typing as they do in life; only letters outside ASCII go as text alone
(`QTest.keyClicks` aborts on åäö; see NOTES-stack).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

W = TypeVar("W", bound=QWidget)


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


_TYPED_KEYS = {"\n": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}


def type_text(text: str) -> None:
    """Type like a person, one key at a time, each where the keyboard is then (a line break
    is the Enter key, a tab the Tab key)."""
    for character in text:
        if character in _TYPED_KEYS:
            key, modifier = _TYPED_KEYS[character], Qt.KeyboardModifier.NoModifier
            character = "\r" if character == "\n" else character
        elif character.isascii() and character.isprintable():
            key, modifier = _key_of(character)
        else:
            key, modifier = Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier
        QTest.sendKeyEvent(QTest.KeyAction.Click, keyboard(), key, character, modifier)
    QApplication.processEvents()


def mnemonic(text: str) -> str | None:
    """The letter `&` underlines in a text, in lower case (`&&` is a plain ampersand)."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def press_mnemonic(widget: QWidget) -> None:
    """Alt and the letter underlined on `widget` (a button) or on the label that hands the
    keyboard to it, as a person reads it off the screen."""
    if isinstance(widget, QAbstractButton):
        text = widget.text()
    else:
        (label,) = [label for label in widget.window().findChildren(QLabel)
                    if label.buddy() is widget]
        text = label.text()
    letter = mnemonic(text)
    assert letter is not None, f"no underlined letter in {text!r}"
    press(Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)


def when_open(kind: type[W], act: Callable[[W], object], seconds: float = 30) -> None:
    """Act on the next dialog of `kind` once it is open in front with the keyboard, as a
    person answers a dialog that has just come up (it runs an event loop of its own, so the
    test cannot press its keys in line)."""
    deadline = time.monotonic() + seconds

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if isinstance(dialog, kind) and dialog.isActiveWindow() and focus is not None \
                and dialog.isAncestorOf(focus):
            act(dialog)
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


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
