"""The grid view: a unit's appendix itself (questions × case files + Summa, markers shown),
editable cell by cell with the same keys as the stepping form.

`GridModel` is an item model over the domain: it reads the unit's cells and numbers the
footnotes with `reviewer.rules.footnotes`, the rule the reports print by.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer import review
from reviewer.model import CaseFile, Cell, Changes, Code
from reviewer.report.model import Marked
from reviewer.report.tabular import superscript
from reviewer.rules.footnotes import number_footnotes
from reviewer.rules.summa import summa_of
from reviewer.ui.guarded import run_guarded
from reviewer.ui.operations import ProjectOps
from reviewer.ui.step_form import ANSWER_KEYS
from reviewer.ui.widgets import cell_background, hint

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class GridModel(QAbstractTableModel):
    def __init__(self, ops: ProjectOps, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.unit_id: str | None = None
        self._files: list[CaseFile] = []
        self._cells: list[dict[str, Cell]] = []
        self._markers: list[list[tuple[int, ...]]] = []  # per question, per file
        self._summa_markers: list[tuple[int, ...]] = []

    def set_unit(self, unit_id: str) -> None:
        self.beginResetModel()
        self.unit_id = unit_id
        self._load()
        self.endResetModel()

    def _load(self) -> None:
        project = self.ops.project
        assert self.unit_id is not None
        pairs = project.unit_cells(self.unit_id)
        self._files = [f for f, _ in pairs]
        self._cells = [c for _, c in pairs]
        notes = number_footnotes(project.template.questions, self._cells,
                                 project.info.first_footnote)
        self._markers = [list(row.cells) for row in notes.rows]
        self._summa_markers = [row.summa for row in notes.rows]

    def on_changed(self, changes: Changes) -> None:
        if self.unit_id is None:
            return
        ids = {f.id for f in self._files}
        touched = set(changes.case_files) | {c.case_file_id for c in changes.cells}
        if changes.units or changes.project or touched & ids:
            self._load()  # footnote numbers may shift anywhere in the table
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def cell_at(self, index: Index) -> tuple[CaseFile, str, Cell] | None:
        if not index.isValid() or index.column() >= len(self._files):
            return None
        key = self.ops.project.template.keys[index.row()]
        return self._files[index.column()], key, self._cells[index.column()][key]

    # -- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() or self.unit_id is None else \
            len(self.ops.project.template.questions)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() or self.unit_id is None else len(self._files) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        template = self.ops.project.template
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return template.questions[section].key
            if role == Qt.ItemDataRole.ToolTipRole:
                return template.questions[section].text
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._files[section].label if section < len(self._files) else "Summa"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == len(self._files):
            return self._summa(row, role)
        case_file, _key, cell = self.cell_at(index) or (None, "", None)
        assert cell is not None and case_file is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return superscript(Marked(cell.code.value if cell.code else "",
                                      self._markers[row][column]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            return cell_background(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.answer.reason or None
        return None

    def _summa(self, row: int, role: int) -> Any:
        key = self.ops.project.template.keys[row]
        if role == Qt.ItemDataRole.DisplayRole:
            codes = [cells[key].code for cells in self._cells]
            summa = summa_of(codes.count(Code.JA), codes.count(Code.EB), codes.count(Code.ET),
                             len(codes), self.ops.project.info.convention)
            return superscript(Marked(summa.text(), self._summa_markers[row]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None


class GridView(QWidget):
    def __init__(self, ops: ProjectOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = GridModel(ops, self)
        ops.changed.connect(self._on_changed)
        self._shown_reason = ""
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason of the selected Eb or Et – Enter saves"))
        self.reason.returnPressed.connect(self._save_reason)
        legend = hint(self.tr("Yellow: unanswered · red: Eb/Et without a reason · lilac: "
                              "a conflict between merged copies · grey: derived Et. Keys: "
                              "J N B T, arrows to move, Ctrl+H the cell's history."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.question)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Reason:")))
        row.addWidget(self.reason)
        layout.addLayout(row)
        layout.addWidget(legend)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        for code, _letter, keys in ANSWER_KEYS:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self.table)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(partial(self.answer, code))

    def set_unit(self, unit_id: str, case_file_id: str | None = None) -> None:
        self.model.set_unit(unit_id)
        column = next((i for i, f in enumerate(self.model._files) if f.id == case_file_id), 0)
        self.table.setCurrentIndex(self.model.index(0, column))
        self.table.setFocus()

    def _on_changed(self, changes: Changes) -> None:
        """A hidden grid reads nothing: the window loads it whole each time it shows it."""
        if not self.isVisible():
            return
        self.model.on_changed(changes)
        # After the model: the fields under the table show the cell as it is now stored (a
        # conflict decided elsewhere, an undo), never what it was.
        if self.reason.text() == self._shown_reason:  # never over what the auditor typed
            self._current_changed(self.table.currentIndex(), QModelIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        found = self.model.cell_at(current)
        if found is None:
            self.question.setText("")
            self.reason.setEnabled(False)
            return
        case_file, key, cell = found
        question = self.ops.project.template.question(key)
        self.question.setText(f"{question.key}. {question.text}")
        self.reason.setText(cell.answer.reason)
        self._shown_reason = cell.answer.reason
        self.reason.setEnabled(cell.code is not None and cell.code.needs_reason
                               and not cell.derived and not self._locked(case_file))

    def answer(self, code: Code) -> None:
        found = self.model.cell_at(self.table.currentIndex())
        if found is None or found[2].derived or self._locked(found[0]):
            return
        case_file, key, _cell = found
        if self._run(lambda allow: review.set_answer(
                self.ops.project, case_file.id, key, code, author=self.ops.author,
                allow_identity=allow)) and code.needs_reason:
            self._current_changed(self.table.currentIndex(), QModelIndex())
            self.reason.setFocus()

    def _save_reason(self) -> None:
        found = self.model.cell_at(self.table.currentIndex())
        if found is None or found[2].code is None:
            return
        case_file, key, cell = found
        self._run(lambda allow: review.set_answer(
            self.ops.project, case_file.id, key, cell.code, author=self.ops.author,
            reason=self.reason.text(), allow_identity=allow))
        self.table.setFocus()

    def _locked(self, case_file: CaseFile) -> bool:
        return case_file.is_signed_off or self.ops.readonly

    def _run(self, make: Callable[[bool], Changes]) -> bool:
        return run_guarded(self, self.ops, self.tr("Grid edit"), make) is not None
