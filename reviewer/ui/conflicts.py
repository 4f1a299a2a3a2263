"""Conflicts and history: every cell (and every question of the template) two copies
changed apart, with both values, reasons or texts, who and when, to keep one side or write a
new answer; and the history of any one cell."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.i18n import local_time
from reviewer.model import AnswerEvent, Conflict, PackageInfo, TemplateConflict, TemplateEvent
from reviewer.project import Project
from reviewer.template_diff import state_text
from reviewer.ui.operations import ProjectOps, answers, template

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def value_text(event: AnswerEvent) -> str:
    code = event.answer.code.value if event.answer.code else "–"
    return f"{code} – {event.answer.reason}" if event.answer.reason else code


class ConflictModel(QAbstractTableModel):
    """The project's conflicts: place, question, and each side (newest first); the
    template's questions first, then the cells."""

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.conflicts: list[Conflict | TemplateConflict] = []
        self._places: dict[str, tuple[str, str]] = {}
        self._packages: dict[str, PackageInfo] = {}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.conflicts = [*self.project.template_conflicts(), *self.project.conflicts()]
        self._places = self.project.case_file_places()
        self._packages = self.project.packages()
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Unit"), self.tr("Case file"), self.tr("Question"),
                self.tr("Newer value (shown now)"), self.tr("Other value")]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        conflict = self.conflicts[index.row()]
        column = index.column()
        template = self.project.template
        number = (template.question(conflict.question_key).printed_key
                  if conflict.question_key in template.keys else "–")
        if isinstance(conflict, TemplateConflict):
            if column < 3:
                return (self.tr("The template"), "", number)[column]
            shown_sides: tuple[TemplateEvent, ...] = (
                conflict.sides[:1] if column == 3 else conflict.sides[1:])
            return "\n".join(f"{state_text(s.state)}  ({self.source(s)})"
                             for s in shown_sides) or None
        unit, label = self._places.get(conflict.case_file_id, ("?", "?"))
        if column < 3:
            return (unit, label, number)[column]
        sides = conflict.sides if column == 3 else conflict.sides[1:]
        if not sides:
            return None
        shown = sides[:1] if column == 3 else sides
        return "\n".join(f"{value_text(s)}  ({self.source(s)})" for s in shown)

    def source(self, event: AnswerEvent | TemplateEvent) -> str:
        when = local_time(event.at)
        package = self._packages.get(event.origin or "")
        if package is None:
            return self.tr("{who}, {when}").format(who=event.author, when=when)
        return self.tr("{who}, {when}, from {file}").format(who=event.author, when=when,
                                                           file=package.file_name)


class ConflictsDialog(QDialog):
    """Every conflict; keep the chosen side, or go to the cell to write a new answer.

    `go_to` holds (case file id, question key) when the auditor chose to go to a cell."""

    def __init__(self, ops: ProjectOps, parent: QWidget | None = None,
                 select: tuple[str, str] | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.go_to: tuple[str, str] | None = None
        self.setWindowTitle(self.tr("Conflicts between merged copies"))
        self.resize(1000, 520)
        self.model = ConflictModel(ops.project, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.keep_newer = QPushButton(self.tr("Keep the &newer value"))
        self.keep_other = QPushButton(self.tr("Keep the &other value"))
        self.write_new = QPushButton(self.tr("&Write a new answer…"))
        self.keep_newer.clicked.connect(lambda: self.keep(0))
        self.keep_other.clicked.connect(lambda: self.keep(1))
        self.write_new.clicked.connect(self._go_to_cell)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.keep_newer, self.keep_other, self.write_new):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update)
        self._refresh(select)

    def _refresh(self, select: tuple[str, str] | None = None) -> None:
        self.model.reload()
        self.table.resizeRowsToContents()
        questions = sum(isinstance(c, TemplateConflict) for c in self.model.conflicts)
        count = self.model.rowCount() - questions
        if count == 1:
            intro = self.tr("One answer was changed in two copies apart. Until you decide, it "
                            "shows its newer value, marked in the grid, and reports warn. Your "
                            "decision is recorded in the history.")
        elif count:
            intro = self.tr("{count} answers were changed in two copies apart. Until you "
                            "decide, each shows its newer value, marked in the grid, and "
                            "reports warn. Your decision is recorded in the "
                            "history.").format(count=count)
        elif not questions:
            intro = self.tr("No conflicts: every answer has one value.")
        else:
            intro = ""
        if questions == 1:
            intro = " ".join(filter(None, [self.tr(
                "One question of the template was changed in two copies apart: until you "
                "decide, the template shows the newer text."), intro]))
        elif questions:
            intro = " ".join(filter(None, [self.tr(
                "{count} questions of the template were changed in two copies apart: until "
                "you decide, the template shows the newer texts.").format(count=questions),
                intro]))
        self.intro.setText(intro)
        row = 0
        if select is not None:
            row = next((i for i, c in enumerate(self.model.conflicts)
                        if isinstance(c, Conflict)
                        and (c.case_file_id, c.question_key) == select), 0)
        if self.model.rowCount():
            self.table.selectRow(row)
        self._update()

    def current(self) -> Conflict | TemplateConflict | None:
        row = self.table.currentIndex().row()
        return self.model.conflicts[row] if 0 <= row < len(self.model.conflicts) else None

    def _update(self, *_args: object) -> None:
        conflict = self.current()
        for button in (self.keep_newer, self.keep_other, self.write_new):
            button.setEnabled(conflict is not None and not self.ops.readonly)
        self.keep_other.setEnabled(conflict is not None and len(conflict.sides) == 2
                                   and not self.ops.readonly)
        if isinstance(conflict, TemplateConflict):  # an edit of the template decides it
            self.write_new.setEnabled(False)

    def keep(self, side: int) -> None:
        """Decide the selected conflict for one of its sides (0 newer, 1 other)."""
        conflict = self.current()
        if conflict is None or side >= len(conflict.sides):
            return
        if isinstance(conflict, TemplateConflict):
            template.decide_template_conflict(self, self.ops, conflict.question_key,
                                              conflict.sides[side].state)
        else:
            answers.decide_conflict(self, self.ops, conflict.case_file_id,
                                    conflict.question_key, conflict.sides[side].answer)
        self._refresh()

    def _go_to_cell(self) -> None:
        conflict = self.current()
        if isinstance(conflict, Conflict):
            self.go_to = (conflict.case_file_id, conflict.question_key)
            self.accept()


class HistoryDialog(QDialog):
    """Every change of one cell: when, who, what, and from which package."""

    def __init__(self, project: Project, case_file_id: str, key: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        unit, label = project.case_file_places().get(case_file_id, ("?", "?"))
        question = project.template.question(key)
        self.setWindowTitle(self.tr("History"))
        self.resize(960, 380)
        heading = QLabel(self.tr("{unit} · case file {label} · {key}. {text}").format(
            unit=unit, label=label, key=question.printed_key, text=question.text))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        events = project.history(case_file_id, key)
        packages = project.packages()

        def package(origin: str | None) -> str:
            return packages[origin].file_name if origin in packages else ""

        # The answers, and the changes of the question itself since the project was made
        # (added, reworded, moved, removed), in the order they were made.
        timed = [(e.at, (local_time(e.at, seconds=True), e.author, value_text(e),
                         package(e.origin),
                         self.tr("decides a conflict") if e.also_replaces else ""))
                 for e in events]
        timed += [(e.at, (local_time(e.at, seconds=True), e.author, state_text(e.state),
                          package(e.origin), self.tr("the question changed")))
                  for e in project.template_history(key) if e.author or e.replaces]
        self.rows = [row for _at, row in sorted(timed, key=lambda pair: pair[0])]
        self.table = QTableView()
        self.model = _RowsModel(self.rows, [self.tr("When"), self.tr("Who"), self.tr("Value"),
                                            self.tr("From package"), self.tr("Note")], self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Every column reads whole; the value (with its reason) takes what is left.
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        empty = QLabel(self.tr("Never answered.")) if not self.rows else None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(empty or self.table, 1)
        layout.addWidget(buttons)


class _RowsModel(QAbstractTableModel):
    """Fixed rows of text (a cell's history does not change while it is shown)."""

    def __init__(self, rows: Sequence[tuple[str, ...]], headers: list[str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.headers = headers

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

