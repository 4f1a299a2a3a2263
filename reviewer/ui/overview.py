"""The current case file at a glance, under the stepping form: every question with its
answer and reason, coloured like the grid, the current one selected."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reviewer.model import Cell, Template
from reviewer.ui.widgets import cell_background

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class CaseFileOverview(QAbstractTableModel):
    """Questions × (question, answer, reason) of one case file, as the form read them."""

    def __init__(self, template: Template, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.template = template
        self._cells: dict[str, Cell] = {}

    def set_cells(self, cells: dict[str, Cell]) -> None:
        if bool(cells) == bool(self._cells):  # the same rows: repaint those that changed
            before, self._cells = self._cells, cells
            for row, key in enumerate(self.template.keys):
                if before.get(key) != cells.get(key):
                    self.dataChanged.emit(self.index(row, 0), self.index(row, 2))
            return
        self.beginResetModel()
        self._cells = cells
        self.endResetModel()

    def row_of(self, key: str) -> int:
        return self.template.keys.index(key)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() or not self._cells else len(self.template.questions)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Question"), self.tr("Answer"), self.tr("Reason"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        question = self.template.questions[index.row()]
        cell = self._cells[question.key]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                indent = "    " if question.parent else ""
                return f"{indent}{question.printed_key}. {question.text}"
            if index.column() == 1:
                return cell.code.value if cell.code else "–"
            return "" if cell.derived else cell.answer.reason
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 1:
            return cell_background(cell)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and index.column() != 1:
            return question.text if index.column() == 0 else cell.answer.reason or None
        return None
