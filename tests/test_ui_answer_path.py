"""What one keyboard answer costs the project file: one write transaction, then one read
of the case file's cells that every pane shares; a hidden grid reads nothing (issue 11's
performance, issue 12's named operations and initiators)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from reviewer.model import Code
from reviewer.project import Project
from reviewer.ui.main_window import MainWindow
from tests.keys import press


@pytest.fixture
def window(form_window: MainWindow) -> MainWindow:
    return form_window


@pytest.fixture
def statements(window: MainWindow) -> Iterator[list[str]]:
    """Every SQL statement the window's project runs from now on, in one line each."""
    seen: list[str] = []
    engine = window.ops.project.file.engine

    def executed(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(" ".join(statement.split()))

    def committed(_conn: object) -> None:
        seen.append("COMMIT")

    event.listen(engine, "before_cursor_execute", executed)
    event.listen(engine, "commit", committed)
    yield seen
    event.remove(engine, "before_cursor_execute", executed)
    event.remove(engine, "commit", committed)


def cell_reads(statements: list[str]) -> list[str]:
    """The reads of current answers (a change reads its cell with its case file, joined)."""
    return [s for s in statements if s.startswith("SELECT") and "answer_head" in s]


def test_an_answer_is_one_write_then_one_read_of_the_case_files_cells(
        window: MainWindow, statements: list[str]) -> None:
    press(Qt.Key.Key_J)
    QApplication.processEvents()
    assert window.form.key == "2"
    assert statements.count("COMMIT") == 1
    after = statements[statements.index("COMMIT") + 1:]
    assert len(cell_reads(after)) == 1, after  # the form and the navigator share it
    assert not any(s.startswith(("INSERT", "UPDATE", "DELETE")) for s in after)
    # In all: the cell read with its case file, the event, the cell's head, the commit,
    # and the case file read with its cells once after it (14 statements in issue 11).
    kinds = [s.split()[0] for s in statements]
    assert kinds == ["SELECT", "INSERT", "INSERT", "COMMIT", "SELECT"], statements


def test_a_hidden_grid_reads_nothing_while_the_form_answers(
        window: MainWindow, statements: list[str]) -> None:
    window.show_grid(True)
    QApplication.processEvents()
    window.show_grid(False)
    QApplication.processEvents()
    statements.clear()
    for key in (Qt.Key.Key_J, Qt.Key.Key_N, Qt.Key.Key_J):
        press(key)
    QApplication.processEvents()
    assert len(cell_reads(statements)) == 3 + 3  # one in each write, one after each
    assert not any("WHERE unit_id" in s for s in cell_reads(statements))  # no unit's cells
    window.show_grid(True)  # shown again, it reads what changed meanwhile
    QApplication.processEvents()
    model = window.grid.model
    assert [model.index(r, 0).data() for r in range(3)] == ["Ja", "Nej", "Ja"]
    with Project.open(window.ops.project.path, readonly=True) as project:
        (unit,) = project.units()
        first = project.case_files(unit.id)[0]
        assert [project.cells(first.id)[k].code for k in ("1", "2", "3")] == \
            [Code.JA, Code.NEJ, Code.JA]
