"""Template changes in the app (offscreen, real widgets): a question added through the named
operation is one undo step (Ctrl+Z takes it away, Ctrl+Shift+Z brings it back with its
answer), and the conflicts dialog lists a question two copies changed apart, both texts, and
keeps the side the auditor picks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from reviewer import review
from reviewer.exchange import export_package, import_package
from reviewer.model import Code, FileStatus
from reviewer.project import Project
from reviewer.ui.conflicts import ConflictsDialog
from reviewer.ui.exchange_dialogs import MergeReportDialog
from reviewer.ui.operations import template
from reviewer.ui.shell import Shell
from tests.conftest import Dialogs, activate
from tests.keys import (
    bring_up,
    choose_in_menu,
    press,
    press_mnemonic,
    type_text,
    when_open,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_a_question_added_in_the_app_is_one_undo_step(qtbot: QtBot, shell: Shell) -> None:
    window = shell.open_sample()
    assert window is not None
    activate(qtbot, window)
    window.background.wait()
    ops = window.ops
    complete = [f for f in ops.project.case_files(ops.project.units()[0].id)
                if ops.project.progress(f).status is FileStatus.COMPLETE]
    before = ops.project.template
    added = template.add_question(window, ops, "Har barnets bästa beaktats?", after="3")
    assert added is not None and ops.project.template.question(added).printed_key == "4"
    assert ops.project.progress(complete[0]).status is FileStatus.IN_PROGRESS
    review.set_answer(ops.project, complete[0].id, added, Code.JA, author="Anna")

    press(Qt.Key.Key_Z, CTRL)  # undo: the question leaves the template
    assert ops.project.template == before
    assert ops.project.progress(complete[0]).status is FileStatus.COMPLETE
    press(Qt.Key.Key_Z, CTRL | SHIFT)  # redo: back, with the answer given meanwhile
    assert ops.project.template.question(added).printed_key == "4"
    assert ops.project.cells(complete[0].id)[added].code is Code.JA
    assert [e.state.removed for e in ops.project.template_history(added)] == [
        False, True, False]


def test_the_conflicts_dialog_lists_a_question_changed_apart_and_keeps_a_side(
        qtbot: QtBot, shell: Shell, tmp_path: Path) -> None:
    window = shell.open_sample()
    assert window is not None
    activate(qtbot, window)
    window.background.wait()
    export_package(window.ops.project, tmp_path / "till-bo.aktgx", author="Anna")
    import_package(tmp_path / "till-bo.aktgx", tmp_path / "bo.aktg", author="Bo")
    with Project.open(tmp_path / "bo.aktg") as bo:
        review.edit_question(bo, "2", text="Bos lydelse?", author="Bo")
        export_package(bo, tmp_path / "fran-bo.aktgx", author="Bo")
    template.edit_question(window, window.ops, "2", text="Annas lydelse?")
    when_open(MergeReportDialog, lambda _dialog: press(Qt.Key.Key_Escape))
    report = window.merge_from_colleague(tmp_path / "fran-bo.aktgx")
    assert report is not None and report.conflicts_in_project == 1
    # The status bar counts the question in conflict as it counts answers.
    assert window.conflict_button.isVisible() and "1" in window.conflict_button.text()

    dialog = ConflictsDialog(window.ops, window)
    qtbot.addWidget(dialog)
    bring_up(qtbot, dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.intro.text().startswith("One question of the template")
    newer, other = (str(dialog.model.index(0, column).data()) for column in (3, 4))
    annas_is_newer = newer.startswith("Annas lydelse?")
    # Each side: its text – its finding  (who, when).
    assert {newer.split(" – ")[0], other.split(" – ")[0]} == {"Annas lydelse?",
                                                              "Bos lydelse?"}
    assert not dialog.write_new.isEnabled()  # an edit of the template decides it instead
    press_mnemonic(dialog.keep_other)
    assert dialog.model.rowCount() == 0
    kept = "Bos lydelse?" if annas_is_newer else "Annas lydelse?"
    assert window.ops.project.template.question("2").text == kept
    assert window.ops.project.template_conflicts() == []
    assert not window.conflict_button.isVisible()  # decided: nothing left to count


def test_the_project_menu_changes_the_template_by_keyboard_and_says_first_what_it_reopens(
        qtbot: QtBot, tmp_path: Path, dialogs: Dialogs) -> None:
    from reviewer.templates import builtin_template
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.template_editor import TemplateEditor

    project = review.create_project(tmp_path / "p.aktg", title="G",
                                    template=builtin_template())
    review.add_unit(project, "Torsby kommun", files=2)
    first, _second = project.case_files(project.units()[0].id)
    for question in project.template.questions:
        review.set_answer(project, first.id, question.key, Code.JA, author="Anna")
    assert project.progress(first).status is FileStatus.COMPLETE
    window = MainWindow(project, "Anna")
    qtbot.addWidget(window)
    bring_up(qtbot, window)

    def add_a_question(editor: TemplateEditor) -> None:
        press(Qt.Key.Key_N, CTRL)  # after question 1, its text open for typing
        type_text("Har barnets bästa beaktats?")
        press(Qt.Key.Key_Return)
        press_mnemonic(editor.ok_button)

    dialogs.answer = QMessageBox.StandardButton.No  # first: not now
    when_open(TemplateEditor, add_a_question)
    choose_in_menu(window.menuBar(), "Edit the &template…")
    assert dialogs.shown and "1 complete case files" in dialogs.shown[-1][1]
    assert len(project.template.questions) == 11  # nothing changed

    dialogs.answer = QMessageBox.StandardButton.Yes
    when_open(TemplateEditor, add_a_question)
    choose_in_menu(window.menuBar(), "Edit the &template…")
    added = project.template.questions[1]
    assert (added.text, added.printed_key) == ("Har barnets bästa beaktats?", "2")
    assert project.template.questions[2].printed_key == "3"  # the old 2, numbered anew
    assert project.progress(first).status is FileStatus.IN_PROGRESS
    with Project.open(tmp_path / "p.aktg", readonly=True) as stored:  # on disk at once
        assert len(stored.template.questions) == 12
    press(Qt.Key.Key_Z, CTRL)  # one undo step takes it away
    assert len(project.template.questions) == 11
    assert project.progress(first).status is FileStatus.COMPLETE
    window.close()
    project.close()


def test_the_grid_shows_a_question_added_after_the_sign_off_as_nothing_to_do(
        qtbot: QtBot, tmp_path: Path) -> None:
    """Not assessed is grey with its reason in the tooltip, never the yellow of work left."""
    from reviewer.templates import builtin_template
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.widgets import DERIVED_COLOUR, UNANSWERED_COLOUR
    from tests.test_template_changes import answer_all

    with review.create_project(tmp_path / "p.aktg", title="G", template=builtin_template(),
                               units=[("Torsby kommun", 2)]) as project:
        signed, _open = project.case_files(project.units()[0].id)
        answer_all(project, signed.id)
        review.sign_off(project, signed.id, by="Berit Granskare")
        key, _changes = review.add_question(project, "Ny fråga?", author="Anna")
        window = MainWindow(project, "Anna")
        qtbot.addWidget(window)
        bring_up(qtbot, window)
        press(Qt.Key.Key_2, CTRL)  # the grid
        model = window.grid.model
        row = [q.key for q in project.template.questions].index(key)
        cells = [model.index(row, column) for column in (0, 1)]
        colours = [model.data(i, Qt.ItemDataRole.BackgroundRole).color().name()
                   for i in cells]
        assert colours == [DERIVED_COLOUR, UNANSWERED_COLOUR]
        assert "signed off" in model.data(cells[0], Qt.ItemDataRole.ToolTipRole) or \
            "signerad" in model.data(cells[0], Qt.ItemDataRole.ToolTipRole)
        window.close()


def test_a_cells_history_lists_the_changes_of_its_question_among_its_answers(
        qtbot: QtBot, tmp_path: Path) -> None:
    """Ctrl+U to the added question, Ctrl+H: added, answered, reworded, in that order, under
    the question's printed number (never its key)."""
    from reviewer.templates import builtin_template
    from reviewer.ui.conflicts import HistoryDialog
    from reviewer.ui.main_window import MainWindow
    from tests.test_template_changes import answer_all

    with review.create_project(tmp_path / "p.aktg", title="G", template=builtin_template(),
                               units=[("Torsby kommun", 1)]) as project:
        (case_file,) = project.case_files(project.units()[0].id)
        answer_all(project, case_file.id)
        key, _changes = review.add_question(project, "Ny fråga?", author="Anna")
        window = MainWindow(project, "Anna")
        qtbot.addWidget(window)
        bring_up(qtbot, window)
        activate(qtbot, window)
        press(Qt.Key.Key_U, CTRL)  # the first unanswered: the one added
        press(Qt.Key.Key_J)  # Ja
        review.edit_question(project, key, author="Berit", text="Ny fråga, omformulerad?")
        seen: list[tuple[str, list[tuple[str, ...]]]] = []

        def read(dialog: HistoryDialog) -> None:
            heading = dialog.findChildren(QLabel)[0].text()
            seen.append((heading, list(dialog.rows)))
            press(Qt.Key.Key_Escape)

        when_open(HistoryDialog, read)
        press(Qt.Key.Key_H, CTRL)
        ((heading, rows),) = seen
        printed = project.template.question(key).printed_key
        assert f"· {printed}. Ny fråga, omformulerad?" in heading and key not in heading
        assert [(who, value) for _when, who, value, _package, _note in rows] == [
            ("Anna", "Ny fråga?"), ("Anna", "Ja"), ("Berit", "Ny fråga, omformulerad?")]
        window.close()
