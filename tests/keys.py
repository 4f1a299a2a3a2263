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

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QMenu,
    QMenuBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

W = TypeVar("W", bound=QWidget)


def keyboard() -> QWidget:
    """The widget a key pressed now would reach: the open popup, else the focus widget."""
    QApplication.processEvents()  # what happened before the key, such as a dialog closing
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
    if not isinstance(widget, QAbstractButton):
        (label,) = [label for label in widget.window().findChildren(QLabel)
                    if label.buddy() is widget]
        _press_alt(label.text())
        return
    _press_alt(widget.text())
    # A button so reached shows itself pressed for a moment, then acts.
    deadline = time.monotonic() + 5
    while isValid(widget) and widget.isDown() and time.monotonic() < deadline:
        QTest.qWait(10)


def _press_alt(text: str) -> None:
    letter = mnemonic(text)
    assert letter is not None, f"no underlined letter in {text!r}"
    press(Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)


def choose_in_menu(bar: QMenuBar, item: str) -> None:
    """Open the menu that holds `item` (its text as shown) with Alt and the menu's letter,
    then take the item by its own letter, as a person does by keyboard."""
    for title in bar.actions():
        menu = title.menu()
        if isinstance(menu, QMenu) and item in [action.text() for action in menu.actions()]:
            _press_alt(title.text())
            assert QApplication.activePopupWidget() is menu
            letter = mnemonic(item)
            assert letter is not None, f"no underlined letter in {item!r}"
            press(Qt.Key(ord(letter.upper())))
            return
    raise AssertionError(f"no menu holds {item!r}")


_waiting: dict[object, str] = {}  # the dialogs a test waits for, by class name


def when_open(kind: type[W], act: Callable[[W], object], seconds: float = 30) -> None:
    """Act on the next dialog of `kind` once it is open in front with the keyboard, as a
    person answers a dialog that has just come up (it runs an event loop of its own, so the
    test cannot press its keys in line)."""
    token = object()
    _waiting[token] = kind.__name__
    deadline = time.monotonic() + seconds

    def look() -> None:
        if token not in _waiting:  # the test is over
            return
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if isinstance(dialog, kind) and dialog.isActiveWindow() and focus is not None \
                and dialog.isAncestorOf(focus):
            del _waiting[token]
            try:
                act(dialog)
            except BaseException:
                if isinstance(dialog, QDialog):  # the test fails rather than wait for good
                    dialog.reject()
                raise
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def unopened_dialogs() -> list[str]:
    """The dialogs a test waited for that never opened (forgotten from now on)."""
    names = sorted(_waiting.values())
    _waiting.clear()
    return names


def type_over(text: str) -> None:
    """Select what the field with the keyboard holds, type `text` over it, press Enter."""
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(text)
    press(Qt.Key.Key_Return)


def answer_next(kind: type[QWidget], *texts: str) -> None:
    """Answer the next dialogs of `kind` (a password asked, a file dialog), one text each,
    typed over what the dialog offers, then Enter."""
    def answer(_dialog: QWidget) -> None:
        type_over(texts[0])
        if texts[1:]:
            answer_next(kind, *texts[1:])

    when_open(kind, answer)


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


class WindowManager(QObject):
    """What a desktop's window manager does and the offscreen platform does not: when a
    dialog closes, the window it came from is in front again, with its keyboard back."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QDialog):
            parent = watched.parentWidget()
            if parent is not None and parent.isVisible():
                parent.window().activateWindow()
        return False
