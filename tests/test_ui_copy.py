"""Copy and paste (issue 14, item 8): the grid copies the appendix itself, and every copied
table pastes into Word as a table with a header row and into Excel with its Summa as text,
never with a cell Excel would run."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reviewer import review
from reviewer.model import Code, Template
from reviewer.ui.main_window import MainWindow
from reviewer.ui.shell import Shell
from tests.conftest import AUTHOR, activate
from tests.keys import bring_up, press
from tests.test_report import SUPERSCRIPTS, expected_rows, published_notes
from tests.test_spreadsheet_safety import COMMAND, LINK, OWASP

CTRL = Qt.KeyboardModifier.ControlModifier
TEXT = "mso-number-format:'\\@'"


def copied() -> tuple[str, list[list[str]]]:
    """The clipboard's HTML, and its text as rows of tab-separated cells."""
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()
    return mime.html(), [line.split("\t") for line in mime.text().split("\n")]


def test_ctrl_c_in_the_grid_copies_the_published_appendix_for_word_and_excel(
        qtbot: QtBot, shell: Shell, reference: dict[str, Any]) -> None:
    window = shell.open_sample()
    assert window is not None
    activate(qtbot, window)
    press(Qt.Key.Key_2, CTRL)  # the grid of Torsby kommun, with the keyboard
    assert QApplication.focusWidget() is window.grid.table
    press(Qt.Key.Key_C, CTRL)
    html, lines = copied()

    # Tab-separated: the heading, the header row, the published rows, then the notes.
    assert lines[0] == ["Bilaga 2 Aktgranskning – Torsby kommun"]
    assert lines[1] == ["Kontrollfråga", *reference["files"], "Summa"]
    rows = lines[2:2 + len(reference["questions"])]
    assert [[c.translate(SUPERSCRIPTS) for c in row[1:]] for row in rows] == \
        expected_rows(reference)
    assert rows[0][0] == "1. Har utredning inletts utan dröjsmål och framgår skäl till " \
                         "utredning?⁵" and rows[0][2] == "Eb⁶"
    notes = lines[2 + len(reference["questions"]):]
    assert notes[0] == [""] and notes[1] == ["Eb = Ej bedömningsbart, Et = Ej tillämpningsbart"]
    assert [n[0].translate(SUPERSCRIPTS) for n in notes[2:]] == \
        [f"{n} {t}" for n, t in enumerate(published_notes(reference), start=5)]

    # HTML: a header row Word repeats, Summa cells Excel keeps as text, markers superscript.
    head = re.search(r"<thead>(.*)</thead>", html)
    assert head is not None
    assert f'<th style="{TEXT}">Kontrollfråga</th><th>1</th>' in head.group(1)
    assert f'<th style="{TEXT}">Summa</th>' in head.group(1)
    body = html.split("<tbody>")[1]
    assert f'<td style="{TEXT}">9/10</td>' in body
    assert f'<td style="{TEXT}">4/10<sup>10</sup></td>' in body  # 8a's shared reason
    assert f'<td style="{TEXT}">Eb<sup>6</sup></td>' in body
    assert "<p><sup>5</sup> " in html.split("</table>")[1]
    message = window.statusBar().currentMessage()  # what was copied, said
    assert "Torsby kommun" in message and "Word" in message


@pytest.fixture
def hostile_window(qtbot: QtBot, tmp_path: Path, template: Template) -> Iterator[MainWindow]:
    """A unit named like a formula, a case file labelled like one, reasons like them."""
    project = review.create_project(tmp_path / "h.aktg", title="=2+3", template=template)
    unit, _ = review.add_unit(project, LINK, files=3)
    one, two, three = project.case_files(unit.id)
    for key in ("1", "2", "3"):
        review.set_answer(project, one.id, key, Code.EB, author=AUTHOR, reason=COMMAND)
        review.set_answer(project, two.id, key, Code.ET, author=AUTHOR, reason="+1+1")
    review.rename_case_file(project, three.id, "@3")
    window = MainWindow(project, AUTHOR)
    qtbot.addWidget(window)
    bring_up(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form)
    yield window
    window.close()
    project.close()


def test_a_copied_appendix_holds_no_cell_a_spreadsheet_would_run(
        hostile_window: MainWindow) -> None:
    press(Qt.Key.Key_2, CTRL)
    press(Qt.Key.Key_C, CTRL)
    html, lines = copied()
    cells = [cell for line in lines for cell in line]
    assert [c for c in cells if c.startswith(OWASP)] == []
    assert lines[1][-2:] == ["'@3", "Summa"]
    assert f"<th style=\"{TEXT}\">&#x27;@3</th>" in html
    assert "Bilaga 2 Aktgranskning – " + LINK in cells[0]  # the heading starts with "Bilaga"
    assert any(c.endswith(" " + COMMAND) for c in cells)  # a footnote: "¹ =cmd…", as text


def test_the_summary_pane_copies_its_counts_through_the_same_table(
        hostile_window: MainWindow) -> None:
    press(Qt.Key.Key_3, CTRL)
    press(Qt.Key.Key_C, CTRL)
    html, lines = copied()
    assert lines[0] == ["'" + LINK]
    assert lines[1][:2] == ["Question", "Ja"]  # the header row, in the app's language
    assert "<thead><tr>" in html and f'<td style="{TEXT}">0/3</td>' in html
    assert "<td>1</td>" in html  # a count stays a number
    assert [c for line in lines for c in line if c.startswith(OWASP)] == []
