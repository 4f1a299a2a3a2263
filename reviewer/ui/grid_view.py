"""The grid view: a unit's appendix itself (questions × case files + Summa, markers shown),
editable cell by cell with the same keys as the stepping form, and copied whole (Ctrl+C)
as a table that pastes into Word or Excel.

`GridModel` is an item model over the domain: it reads the unit once (`UnitSheet`) and
shows the appendix the report builder makes of it, markers and Summa as printed.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
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

from reviewer.model import CaseFile, Cell, Changes, Code
from reviewer.report.builder import appendix
from reviewer.report.model import Appendix, AppendixRow, ReportOptions
from reviewer.report.tabular import superscript
from reviewer.rules.cells import CaseFileSheet
from reviewer.rules.sheet import read_units
from reviewer.ui import clipboard
from reviewer.ui.operations import ProjectOps, answers
from reviewer.ui.step_form import ANSWER_KEYS
from reviewer.ui.widgets import cell_background, hint

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class GridModel(QAbstractTableModel):
    def __init__(self, ops: ProjectOps, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.unit_id: str | None = None
        self._files: tuple[CaseFileSheet, ...] = ()
        self._rows: tuple[AppendixRow, ...] = ()  # as the report prints them
        self._headers: tuple[str, ...] = ()  # the case files' labels, then the Summa's
        self.appendix: Appendix | None = None  # the whole table, notes included
        self.unit_name = ""

    def set_unit(self, unit_id: str) -> None:
        self.beginResetModel()
        self.unit_id = unit_id
        self._files, self._rows, self._headers = self._read()
        self.endResetModel()

    def _read(self) -> tuple[tuple[CaseFileSheet, ...], tuple[AppendixRow, ...],
                             tuple[str, ...]]:
        """The unit's case files and its appendix; a unit removed meanwhile shows nothing."""
        assert self.unit_id is not None
        for sheet in read_units(self.ops.project, [self.unit_id]):
            self.appendix = appendix(self.ops.project, sheet, ReportOptions())
            self.unit_name = sheet.unit.name
            return sheet.files, self.appendix.rows, self.appendix.headers[1:]
        self.appendix, self.unit_name = None, ""
        return (), (), ()

    def copied(self) -> clipboard.CopiedTable | None:
        """The appendix as a report prints it: questions × case files and the Summa, with
        the markers, the legend and the footnotes."""
        table = self.appendix
        if table is None:
            return None
        return clipboard.CopiedTable(
            f"{table.title} – {table.unit}", table.headers,
            [(row.question, *row.cells, row.summa) for row in table.rows],
            legend=(", ".join(table.legend),) if table.legend else (),
            footnotes=table.footnotes)

    def on_changed(self, changes: Changes) -> None:
        if self.unit_id is None:
            return
        ids = {f.case_file.id for f in self._files}
        touched = set(changes.case_files) | {c.case_file_id for c in changes.cells}
        if not (changes.units or changes.project or touched & ids):
            return
        files, rows, headers = self._read()  # footnote numbers may shift anywhere
        if (len(rows), len(headers)) != (len(self._rows), len(self._headers)):
            self.beginResetModel()  # a case file came or went
            self._files, self._rows, self._headers = files, rows, headers
            self.endResetModel()
            return
        self._files, self._rows, self._headers = files, rows, headers
        self.dataChanged.emit(self.index(0, 0),
                              self.index(self.rowCount() - 1, self.columnCount() - 1))

    def column_of(self, case_file_id: str | None) -> int:
        """The column of a case file; the first when it is not in this unit."""
        return next((i for i, f in enumerate(self._files) if f.case_file.id == case_file_id), 0)

    def cell_at(self, index: Index) -> tuple[CaseFile, str, Cell] | None:
        if not index.isValid() or index.column() >= len(self._files):
            return None
        key = self.ops.project.template.keys[index.row()]
        file = self._files[index.column()]
        return file.case_file, key, file.cells[key]

    # -- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            question = self.ops.project.template.questions[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return question.printed_key
            if role == Qt.ItemDataRole.ToolTipRole:
                return question.text
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self._rows[row].cells
            return superscript(cells[column] if column < len(cells) else self._rows[row].summa)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        found = self.cell_at(index)
        if found is None:  # the Summa column
            return None
        cell = found[2]
        if role == Qt.ItemDataRole.BackgroundRole:
            return cell_background(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.not_assessed:
                return self.tr("Not assessed: the question was added after the case file was "
                               "signed off. Reopen the case file to answer it.")
            return cell.answer.reason or None
        return None


class GridView(QWidget):
    notice = Signal(str)  # what was done, for the window's status bar

    def __init__(self, ops: ProjectOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = GridModel(ops, self)
        ops.changed.connect(self._on_changed)
        self._shown_reason = ""
        self.title = QLabel()  # which unit's appendix this is
        self.title.setStyleSheet("font-weight: bold;")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason of the selected Eb or Et – Enter saves"))
        self.reason.returnPressed.connect(self._save_reason)
        legend = hint(self.tr("Yellow: unanswered · red: Eb/Et without a reason · lilac: "
                              "a conflict between merged copies · grey: derived Et, or not "
                              "assessed (added after the sign-off). Keys: "
                              "J N B T, arrows to move, Ctrl+H the cell's history, Ctrl+C "
                              "copies the appendix for Word or Excel."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
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
        # The table's own Ctrl+C would copy one cell's text; the appendix is copied whole.
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.table)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_appendix)

    def set_unit(self, unit_id: str, case_file_id: str | None = None) -> None:
        self.model.set_unit(unit_id)
        self._show_title()
        self.table.setCurrentIndex(self.model.index(0, self.model.column_of(case_file_id)))
        self.table.setFocus()

    def _on_changed(self, changes: Changes) -> None:
        """A hidden grid reads nothing: the window loads it whole each time it shows it."""
        if not self.isVisible():
            return
        self.model.on_changed(changes)
        self._show_title()  # a unit renamed meanwhile
        # After the model: the fields under the table show the cell as it is now stored (a
        # conflict decided elsewhere, an undo), never what it was.
        if self.reason.text() == self._shown_reason:  # never over what the auditor typed
            self._current_changed(self.table.currentIndex(), QModelIndex())

    def _show_title(self) -> None:
        self.title.setText(self.tr("{unit} – the appendix's grid").format(
            unit=self.model.unit_name) if self.model.unit_name else "")

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        found = self.model.cell_at(current)
        if found is None:
            self.question.setText("")
            self.reason.setEnabled(False)
            return
        case_file, key, cell = found
        question = self.ops.project.template.question(key)
        self.question.setText(f"{question.printed_key}. {question.text}")
        self.reason.setText(cell.answer.reason)
        self._shown_reason = cell.answer.reason
        self.reason.setEnabled(cell.code is not None and cell.code.needs_reason
                               and not cell.derived and not self._locked(case_file))

    def answer(self, code: Code) -> None:
        found = self.model.cell_at(self.table.currentIndex())
        if found is None or found[2].derived or self._locked(found[0]):
            return
        case_file, key, _cell = found
        if answers.set_answer(self, self.ops, case_file.id, key, code) is not None \
                and code.needs_reason:
            self._current_changed(self.table.currentIndex(), QModelIndex())
            self.reason.setFocus()

    def _save_reason(self) -> None:
        found = self.model.cell_at(self.table.currentIndex())
        if found is None or found[2].code is None:
            return
        case_file, key, cell = found
        answers.edit_text(self, self.ops, case_file.id, key, cell.code,
                          reason=self.reason.text())
        self.table.setFocus()

    def copy_appendix(self) -> None:
        """The appendix as HTML (a table with a header row in Word and Excel, the Summa kept
        as text) and as tab-separated text; no cell can become a formula in Excel."""
        table = self.model.copied()
        if table is None:
            return
        clipboard.copy_table(table)
        self.notice.emit(self.tr("Copied the appendix of {unit} ({rows} questions × {files} "
                                 "case files): paste it into Word or Excel.").format(
            unit=self.model.unit_name, rows=len(table.rows), files=len(table.header) - 2))

    def _locked(self, case_file: CaseFile) -> bool:
        return case_file.is_signed_off or self.ops.readonly
