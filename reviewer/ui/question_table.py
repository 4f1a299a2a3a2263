"""The template editor's question table: an item model over a `Draft` (number, text,
criterion, finding; sub-questions indented; each problem on its cell), the table that shows
it, and the list of problems under it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QTableView

from reviewer.template_draft import FIELDS, Draft
from reviewer.templates import TemplateProblem
from reviewer.ui.widgets import MISSING_COLOUR

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_INDENT = "\u2003\u2003"  # one level of sub-question, before the number and the text
# Where a problem of a field is marked: a parent is shown by the row's indentation, so its
# problem is marked on the number.
COLUMN_OF = {"key": 0, "parent": 0, "number": 0, "text": 1, "footnote": 2, "finding": 3}


class QuestionModel(QAbstractTableModel):
    """The draft's questions as rows: number, text, criterion, finding. `changed` after
    every edit, with the draft it made."""

    changed = Signal()
    edited = Signal(object, int)  # a new draft from typing in a cell, and its row

    def __init__(self, draft: Draft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.problems: dict[tuple[int, int], list[str]] = {}
        self.general: list[TemplateProblem] = []  # not of one row (the name, no questions)
        self.all_problems: list[TemplateProblem] = []
        self._find_problems()

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Question"), self.tr("Criterion (footnote)"),
                self.tr("Finding (I x av n akter …)")]

    def _find_problems(self) -> None:
        self.all_problems = self.draft.problems()
        self.problems = {}
        self.general = []
        for problem in self.all_problems:
            if problem.index is None:
                self.general.append(problem)
            else:
                cell = (problem.index, COLUMN_OF.get(problem.field, 1))
                self.problems.setdefault(cell, []).append(problem.message)

    def set_draft(self, draft: Draft, *, structure: bool) -> None:
        """Show `draft`: rows anew when they moved or came and went, else the cells."""
        if structure:
            self.beginResetModel()
            self.draft = draft
            self._find_problems()
            self.endResetModel()
        else:
            self.draft = draft
            self._find_problems()
            if draft.questions:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(draft) - 1, len(FIELDS) - 1))
        self.changed.emit()

    # -- Qt's model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.draft)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [self.tr("The number printed before the question: automatic unless you "
                            "type one"),
                    self.tr("The control question as the bilaga prints it"),
                    self.tr("The criterion the question is assessed by, printed as a "
                            "footnote on the question"),
                    self.tr("The phrase of the finding sentence \"I 7 av 10 akter …\"")
                    ][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        question = self.draft.questions[row]
        value = (self.draft.numbers[row] if column == 0
                 else getattr(question, FIELDS[column]))
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return _INDENT * self.draft.depths[row] + value if column < 2 else value
        problems = self.problems.get((row, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            if problems:
                return "\n".join(problems)
            if column == 0 and question.number:
                return self.tr("Your own number: it stays when questions move. Empty it to "
                               "number the question automatically.")
            return value or None
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(QColor(MISSING_COLOUR))
        if role == Qt.ItemDataRole.FontRole and column == 0 and question.number:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, field = index.row(), FIELDS[index.column()]
        text = " ".join(str(value).split())
        if text == self.data(index, Qt.ItemDataRole.EditRole):
            return False  # left as it was: no edit (a number stays automatic)
        self.edited.emit(self.draft.with_field(row, field, text), row)
        return True


class ProblemList(QListWidget):
    """Enter goes to the problem's place (in a plain list it would press the dialog's
    default button too)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class QuestionTable(QTableView):
    """Enter on a cell edits it (in a plain table it would press the dialog's OK). The
    question's text takes the room left; the criterion and the finding a fifth each."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        for column in (2, 3):
            self.horizontalHeader().resizeSection(column, max(110, width // 5))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier \
                and self.state() != QAbstractItemView.State.EditingState \
                and self.currentIndex().isValid():
            self.edit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)
