"""Drawing, extending and replacing a unit's sample from the Project menu, by keyboard: the
draw is the one the command line makes of the same list, method, size and seed; its cases
go to the key list only; a refusal is said, keeps the dialog open and changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reviewer import keylist, review
from reviewer.model import Code, Template
from reviewer.sampling.draw import DrawPlan, Method, draw
from reviewer.sampling.operations import draw_of_unit
from reviewer.sampling.population import PopulationSpec, read_population
from reviewer.ui.main_window import MainWindow
from reviewer.ui.sample_dialogs import DrawDialog, ExtendDialog, ReplaceDialog
from tests.conftest import AUTHOR, Dialogs, write_csv
from tests.keys import bring_up, choose_in_menu, press, press_mnemonic, type_text, when_open
from tests.test_keylist import PASSWORD, population
from tests.test_ui_keylist import answer_password, navigator_texts

ROWS = population(40)


@pytest.fixture
def lista(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "lista.csv", [list(ROWS[0]), *(list(r.values()) for r in ROWS)],
                     delimiter=";")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, template: Template) -> Iterator[MainWindow]:
    project = review.create_project(tmp_path / "p.aktg", title="Granskning",
                                    template=template)
    opened = MainWindow(project, AUTHOR)  # no unit yet: nothing on the form
    qtbot.addWidget(opened)
    bring_up(qtbot, opened)
    yield opened
    opened.close()
    project.close()


def type_into(widget_text: str) -> None:
    """Over what the field with the keyboard holds, without Enter."""
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(widget_text)


def fill_draw(dialog: DrawDialog, lista: Path, *, size: str, seed: str,
              method: Method = Method.SYSTEMATIC) -> None:
    """Unit, list (Tab reads its columns), method, size and seed, as typed."""
    type_into("Eda kommun")
    press_mnemonic(dialog.path)
    type_text(str(lista))
    press(Qt.Key.Key_Tab)
    assert dialog.column.currentText() == "Diarienummer (A)"  # offered first
    press_mnemonic(dialog.method)
    press(Qt.Key.Key_Home)  # simple random, systematic, stratified
    for _step in range(list(Method).index(method)):
        press(Qt.Key.Key_Down)
    assert dialog.method.currentData() == method
    press_mnemonic(dialog.sample_size)
    type_into(size)
    press_mnemonic(dialog.seed)
    type_into(seed)


def draw_menu(window: MainWindow, name: str) -> None:
    texts = {"draw": "Dra&w a sample from a list of cases…",
             "extend": "E&xtend this unit's sample…",
             "replace": "Re&place this case file in the sample…"}
    choose_in_menu(window.menuBar(), window.tr(texts[name]))


def test_a_draw_by_keyboard_is_the_command_lines_draw_and_its_cases_go_to_the_key_list(
        window: MainWindow, lista: Path, dialogs: Dialogs, qtbot: QtBot) -> None:
    def act(dialog: DrawDialog) -> None:
        fill_draw(dialog, lista, size="8", seed="Eda 2024")
        answer_password(PASSWORD)  # the project has none yet: chosen, typed twice
        press_mnemonic(dialog.draw_button)

    when_open(DrawDialog, act)
    draw_menu(window, "draw")
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _text in dialogs.shown))
    project = window.ops.project
    (unit,) = project.units()
    assert unit.name == "Eda kommun"
    files = project.case_files(unit.id)
    expected = draw(read_population(PopulationSpec(lista, "Diarienummer")),
                    DrawPlan(Method.SYSTEMATIC, "Eda 2024", 8))
    wanted = [ROWS[d.index]["Diarienummer"] for d in expected.drawn]
    assert [f.label for f in files] == [str(n) for n in range(1, 9)]
    key = keylist.open_key(project, unit.id, PASSWORD)
    assert [key[f.id]["Diarienummer"] for f in files] == wanted
    stored = draw_of_unit(project, unit.id)
    assert stored is not None and stored.draw.seed == "Eda 2024" and stored.draw.seed_typed
    # The record was shown, without a case; the navigator shows the cases (unlocked).
    (text,) = [text for kind, text in dialogs.shown if kind == "information"]
    assert "lista.csv" in text and "Eda 2024" in text and "SOC/" not in text
    assert [t.split("  ")[1] for t in navigator_texts(window)] == wanted
    assert QApplication.focusWidget() is window.form and window.form.case_file_id == files[0].id


def test_a_refused_draw_is_said_keeps_the_dialog_and_changes_nothing(
        window: MainWindow, lista: Path, dialogs: Dialogs) -> None:
    before = window.ops.project.path.read_bytes()
    seen: list[bool] = []

    def act(dialog: DrawDialog) -> None:
        fill_draw(dialog, lista, size="41", seed="x")
        answer_password(PASSWORD)
        press_mnemonic(dialog.draw_button)  # 41 of 40: refused
        seen.append(dialog.isVisible())
        press(Qt.Key.Key_Escape)

    when_open(DrawDialog, act)
    draw_menu(window, "draw")
    assert seen == [True]
    (warning,) = [text for kind, text in dialogs.shown if kind == "warning"]
    assert "40" in warning and "41" in warning
    assert window.ops.project.units() == []
    assert window.ops.project.path.read_bytes() == before


def test_extend_and_replace_by_keyboard_continue_the_draws_order(
        window: MainWindow, lista: Path, dialogs: Dialogs, qtbot: QtBot) -> None:
    def act(dialog: DrawDialog) -> None:
        fill_draw(dialog, lista, size="5", seed="7", method=Method.RANDOM)
        answer_password(PASSWORD)
        press_mnemonic(dialog.draw_button)

    when_open(DrawDialog, act)
    draw_menu(window, "draw")
    qtbot.waitUntil(lambda: bool(window.ops.project.units()))
    project = window.ops.project
    unit = project.units()[0]
    population_ = read_population(PopulationSpec(lista, "Diarienummer"))
    bigger = [ROWS[d.index]["Diarienummer"] for d in draw(
        population_, DrawPlan(Method.RANDOM, "7", 7)).drawn]

    def extend(dialog: ExtendDialog) -> None:
        assert dialog.path.text() == str(lista)  # the list drawn from, remembered
        type_into("2")
        press(Qt.Key.Key_Return)

    when_open(ExtendDialog, extend)
    draw_menu(window, "extend")
    files = project.case_files(unit.id)
    assert [f.label for f in files] == [str(n) for n in range(1, 8)]
    key = keylist.open_key(project, unit.id, PASSWORD)
    assert [key[f.id]["Diarienummer"] for f in files] == bigger

    # Case file 7 (now on the form) holds an answer: replacing it asks first.
    assert window.form.case_file_id == files[5].id
    press(Qt.Key.Key_PageDown)
    review.set_answer(project, files[6].id, "1", Code.JA, author=AUTHOR)

    def replace(dialog: ReplaceDialog) -> None:
        type_text("Ärendet avslutades före granskningsperioden.")
        press(Qt.Key.Key_Return)

    when_open(ReplaceDialog, replace)
    draw_menu(window, "replace")
    assert any(kind == "question" for kind, _text in dialogs.shown)  # answered: yes
    now = project.case_files(unit.id)
    assert [f.label for f in now] == [str(n) for n in range(1, 8)]
    assert now[6].id != files[6].id
    stored = draw_of_unit(project, unit.id)
    assert stored is not None
    (event,) = [e for e in stored.events if e.kind == "replace"]
    assert event.reason == "Ärendet avslutades före granskningsperioden."
    assert keylist.open_key(project, unit.id, PASSWORD)[now[6].id]["Diarienummer"] not in bigger


def test_a_stratified_draw_within_a_period_keeps_the_chosen_columns(
        window: MainWindow, tmp_path: Path, dialogs: Dialogs, qtbot: QtBot) -> None:
    """Two from each team, of the cases decided in 2024; the personnummer kept too."""
    rows = [[r["Diarienummer"], r["Personnummer"], r["Team"],
             f"{2023 + i // 2 % 2}-{1 + i % 12:02d}-15"] for i, r in enumerate(ROWS)]
    lista = write_csv(tmp_path / "lista.csv",
                      [["Diarienummer", "Personnummer", "Team", "Beslutsdatum"], *rows])

    def act(dialog: DrawDialog) -> None:
        fill_draw(dialog, lista, size="4", seed="S", method=Method.STRATIFIED)
        press_mnemonic(dialog.stratum)
        type_text("T")  # a closed list finds its item by the first letter typed
        assert dialog.stratum.currentData() == "Team"
        press_mnemonic(dialog.allocation)
        press(Qt.Key.Key_Down)  # the same number from each stratum
        press_mnemonic(dialog.per_stratum)
        type_into("2")
        press_mnemonic(dialog.date_column)
        type_text("B")  # Beslutsdatum
        assert dialog.date_column.currentData() == "Beslutsdatum"
        press_mnemonic(dialog.period_from)
        type_text("2024-01-01")
        press_mnemonic(dialog.period_to)
        type_text("2024-12-31")
        press_mnemonic(dialog.keep)
        press(Qt.Key.Key_Home)  # Personnummer (B)
        press(Qt.Key.Key_Space)
        answer_password(PASSWORD)
        press_mnemonic(dialog.draw_button)

    when_open(DrawDialog, act)
    draw_menu(window, "draw")
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _text in dialogs.shown))
    project = window.ops.project
    (unit,) = project.units()
    files = project.case_files(unit.id)
    key = keylist.open_key(project, unit.id, PASSWORD)
    drawn = [key[f.id] for f in files]
    in_2024 = {r[0]: r for r in rows if r[3].startswith("2024")}
    assert len(drawn) == 4 and all(d["Diarienummer"] in in_2024 for d in drawn)
    assert sorted(in_2024[d["Diarienummer"]][2] for d in drawn) == [
        "Beroende", "Beroende", "Vuxen", "Vuxen"]
    assert all(d["Personnummer"] == in_2024[d["Diarienummer"]][1] for d in drawn)
    stored = draw_of_unit(project, unit.id)
    assert stored is not None
    info = stored.draw
    assert (info.method, info.allocation, info.period_from, info.period_to, info.rows_used) == (
        "stratified", "per_stratum", "2024-01-01", "2024-12-31", 20)
    assert info.excluded == {"outside_period": 20}


def test_enter_after_the_lists_path_shows_its_columns_and_does_not_draw(
        window: MainWindow, lista: Path, dialogs: Dialogs, qtbot: QtBot) -> None:
    """Enter after the list's path reads its columns and moves on to them; Enter in the
    seed then draws, as OK."""
    seen: list[object] = []

    def act(dialog: DrawDialog) -> None:
        type_into("Eda kommun")
        press_mnemonic(dialog.path)
        type_text(str(lista))
        press(Qt.Key.Key_Return)
        seen.append((dialog.isVisible(), dialog.column.currentText(),
                     window.ops.project.units(), QApplication.focusWidget() is dialog.column))
        press_mnemonic(dialog.seed)
        answer_password(PASSWORD)
        press(Qt.Key.Key_Return)

    when_open(DrawDialog, act)
    draw_menu(window, "draw")
    qtbot.waitUntil(lambda: bool(window.ops.project.units()))
    assert seen == [(True, "Diarienummer (A)", [], True)]
    assert len(window.ops.project.case_files(window.ops.project.units()[0].id)) == 10


def test_a_list_that_cannot_be_read_is_said_once_and_nothing_is_drawn(
        window: MainWindow, tmp_path: Path, dialogs: Dialogs) -> None:
    seen: list[bool] = []

    def act(dialog: DrawDialog) -> None:
        type_into("Eda kommun")
        press_mnemonic(dialog.path)
        type_text(str(tmp_path / "saknas.csv"))
        press(Qt.Key.Key_Return)
        seen.append(dialog.isVisible() and not dialog.column.isEnabled())
        press(Qt.Key.Key_Escape)

    when_open(DrawDialog, act)
    draw_menu(window, "draw")
    assert seen == [True]
    (warning,) = [text for kind, text in dialogs.shown if kind == "warning"]
    assert "saknas.csv" in warning
    assert window.ops.project.units() == []


def test_a_deleted_key_is_rebuilt_from_the_list_in_the_key_list_menu(
        window: MainWindow, lista: Path, dialogs: Dialogs, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from tests.test_ui_keylist import key_menu

    def act(dialog: DrawDialog) -> None:
        fill_draw(dialog, lista, size="4", seed="K")
        answer_password(PASSWORD)
        press_mnemonic(dialog.draw_button)

    when_open(DrawDialog, act)
    draw_menu(window, "draw")
    qtbot.waitUntil(lambda: bool(window.ops.project.units()))
    project = window.ops.project
    unit = project.units()[0]
    kept = keylist.open_key(project, unit.id, PASSWORD)
    key_menu(window, "delete")  # confirmed (the dialogs fixture answers Yes)
    assert keylist.units_with_key(project) == []
    chosen: list[str] = []

    def choose(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        chosen.append(start)
        return str(lista), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    answer_password(PASSWORD)  # the last key went, and with it the key list's password
    key_menu(window, "rebuild")
    assert chosen == [str(lista)]  # the list drawn from, offered
    assert keylist.open_key(project, unit.id, PASSWORD) == kept
    assert window.ops.keys.unlocked and window.form.case_identifier.isVisible()
