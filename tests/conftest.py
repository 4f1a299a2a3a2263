"""Shared fixtures: fresh projects, the published Torsby reference, sheets built from it."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reviewer import i18n, review
from reviewer.model import AnswerEvent, Template
from reviewer.paths import SAMPLE_DIR
from reviewer.project import Project, identify_user
from reviewer.store import events
from reviewer.templates import builtin_template
from reviewer.ui.main_window import MainWindow
from reviewer.ui.shell import Shell

# Qt widgets in tests draw offscreen; without this a machine with no display aborts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tester's own settings (language, name) must not leak into the tests.
os.environ["AKTG_SETTINGS"] = str(Path(tempfile.gettempdir()) / "aktg-test-settings-absent.ini")
for variable in ("AKTG_LANG", "AKTG_AUTHOR"):
    os.environ.pop(variable, None)

ROOT = Path(__file__).resolve().parent.parent
SHARED_REFERENCE = ROOT.parent / "shared" / "reference" / "bilaga2-torsby.json"
REFERENCE_COPY = SAMPLE_DIR / "bilaga2-torsby.json"
AUTHOR = "Anna Revisor"


def audit_trail(project: Project) -> list[AnswerEvent]:
    """Every answer event of the project, oldest first: the whole history, which tests
    compare between copies and before and after what must write nothing."""
    with project.file.reading() as session:
        return events.history(session)


def load_reference() -> dict[str, Any]:
    """The shared reference when it sits beside the checkout, else the shipped copy."""
    path = SHARED_REFERENCE if SHARED_REFERENCE.exists() else REFERENCE_COPY
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(autouse=True)
def own_settings_and_data(tmp_path_factory: pytest.TempPathFactory,
                          monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test has its own (empty) settings, app state and data folder, and starts in
    the default language (a command run in this process with --lang en changes it)."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("AKTG_SETTINGS", str(home / "settings.ini"))
    monkeypatch.setenv("AKTG_DATA", str(home / "data"))
    yield home
    i18n.set_language(i18n.DEFAULT_LANGUAGE)
    identify_user(None)


@pytest.fixture(autouse=True)
def desktop(qapp: QApplication) -> Iterator[None]:
    """Windows come back to the front when their dialogs close, as on a desktop; and
    every dialog a test waited for to answer it did open."""
    from tests.keys import WindowManager, unopened_dialogs

    manager = WindowManager()
    qapp.installEventFilter(manager)
    yield
    qapp.removeEventFilter(manager)
    assert unopened_dialogs() == []


@pytest.fixture
def reference() -> dict[str, Any]:
    return load_reference()


@pytest.fixture
def template() -> Template:
    return builtin_template()


@pytest.fixture
def project(tmp_path: Path, template: Template) -> Iterator[Project]:
    with review.create_project(tmp_path / "p.aktg", title="Testgranskning",
                               template=template) as opened:
        yield opened


def reference_grid(reference: dict[str, Any]) -> list[list[str]]:
    """The published table as a review sheet: `Eb: reason` where the reference has one."""
    rows = [["Fråga", *reference["files"], "Summa"]]
    for question in reference["questions"]:
        reasons = question.get("cell_footnotes", {})
        shared = question.get("summa_footnote")
        cells = []
        for label, value in zip(reference["files"], question["answers"], strict=True):
            reason = reasons.get(label) or (shared if value in ("Eb", "Et") and shared
                                            and value == "Eb" else None)
            cells.append(f"{value}: {reason}" if reason else value)
        rows.append([question["key"], *cells, question["summa"]])
    return rows


def write_csv(path: Path, rows: list[list[str]], *, delimiter: str = ",",
              encoding: str = "utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


@pytest.fixture
def torsby_csv(tmp_path: Path, reference: dict[str, Any]) -> Path:
    return write_csv(tmp_path / "torsby.csv", reference_grid(reference))


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in a folder with its bytes, to show that nothing on disk changed."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def en() -> Iterator[None]:
    """Messages in English for the length of a test."""
    from reviewer import i18n

    i18n.set_language("en")
    yield
    i18n.set_language(i18n.DEFAULT_LANGUAGE)


def in_each_language(**texts: str) -> Iterator[str]:
    """The text expected in each language (`sv=…, en=…`, every language named), with that
    language set while the loop's body runs: a message proven in each language, not in
    either of them."""
    assert texts.keys() == set(i18n.LANGUAGES)
    before = i18n.language()
    try:
        for language, text in texts.items():
            i18n.set_language(language)
            yield text
    finally:
        i18n.set_language(before)


# -- the desktop app -------------------------------------------------------------------------


class Dialogs:
    """What the app showed in message boxes (instead of waiting for a click), and what it
    is answered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes
        for kind in ("critical", "warning", "information", "question"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))

    def _recorder(self, kind: str) -> object:
        def show(_parent: object, _title: str, text: str, *_args: object) -> object:
            self.shown.append((kind, text))
            return self.answer
        return show


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def shell(qtbot: QtBot) -> Iterator[Shell]:
    opened = Shell()
    yield opened
    for widget in (opened.window, opened.start):
        if widget is not None:
            widget.close()


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """The window in front with the keyboard on the stepping form, where it opens."""
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form)


def walk_to(window: MainWindow, case_file_id: str, key: str = "1") -> None:
    """To a case file through the navigator (Ctrl+L, arrows, Enter) and to one of its
    questions with the arrows, as an auditor goes there by keyboard."""
    from PySide6.QtCore import Qt

    from tests.keys import press

    navigator = window.navigator
    target = window.navigator_model.index_of_case_file(case_file_id)
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    for _row in range(len(window.navigator_model.case_files_in_order()) + 100):
        current = navigator.visualRect(navigator.currentIndex()).y()
        wanted = navigator.visualRect(target).y()
        if current == wanted:
            break
        press(Qt.Key.Key_Down if wanted > current else Qt.Key.Key_Up)
    press(Qt.Key.Key_Return)
    keys = [q.key for q in window.ops.project.template.questions]
    for _question in keys:
        if window.form.key == key:
            break
        later = window.form.key is None or keys.index(key) > keys.index(window.form.key)
        press(Qt.Key.Key_Down if later else Qt.Key.Key_Up)
    assert (window.form.case_file_id, window.form.key) == (case_file_id, key)
    assert QApplication.focusWidget() is window.form


@pytest.fixture
def form_window(qtbot: QtBot, tmp_path: Path, template: Template) -> Iterator[MainWindow]:
    """A project with Torsby kommun (3 case files) in its window, in front, the keyboard
    on the stepping form where it opens."""
    from tests.keys import bring_up

    project = review.create_project(tmp_path / "p.aktg", title="Granskning", template=template)
    review.add_unit(project, "Torsby kommun", files=3)
    main = MainWindow(project, AUTHOR)
    qtbot.addWidget(main)
    bring_up(qtbot, main)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main.form)
    yield main
    main.close()
    project.close()
