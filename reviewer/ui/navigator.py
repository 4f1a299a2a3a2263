"""The navigator: units → case files, each with a status mark and progress (`7/11`).

An item model over the domain. A unit's progress is read when its row is first shown, so a
project of a hundred units opens as fast as one of two; an operation refreshes only the
case files it touched.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reviewer.model import CaseFile, Changes, FileStatus, Unit
from reviewer.rules.cells import FileProgress
from reviewer.rules.summa import StatusCounts
from reviewer.templates import printed_list
from reviewer.ui.operations import ProjectOps

Index = QModelIndex | QPersistentModelIndex

MARKS = {FileStatus.NOT_STARTED: "○", FileStatus.IN_PROGRESS: "◐",
         FileStatus.COMPLETE: "●", FileStatus.SIGNED_OFF: "✔"}
_NO_PARENT = 0xFFFFFFFF  # internalId of a unit row
_ROOT = QModelIndex()


class NavigatorModel(QAbstractItemModel):
    CASE_FILE_ID = Qt.ItemDataRole.UserRole + 1
    UNIT_ID = Qt.ItemDataRole.UserRole + 2

    def __init__(self, ops: ProjectOps, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.project = ops.project
        self._units: list[Unit] = []
        self._files: list[list[CaseFile]] = []
        self._progress: dict[str, FileProgress] = {}  # by case file id, units read so far
        self._rows: dict[str, tuple[int, int]] = {}  # case file id → (unit row, file row)
        self.reload()
        ops.keys.shown.connect(self._key_shown)

    def _key_shown(self) -> None:
        """The key list unlocked or locked: every case file's row shows its case, or not."""
        for u, files in enumerate(self._files):
            if files:
                unit_index = self.index(u, 0)
                self.dataChanged.emit(self.index(0, 0, unit_index),
                                      self.index(len(files) - 1, 0, unit_index))

    def reload(self) -> None:
        self.beginResetModel()
        self._units = self.project.units()
        by_unit = self.project.case_files_by_unit()
        self._files = [by_unit.get(u.id, []) for u in self._units]
        self._rows = {f.id: (u, r) for u, files in enumerate(self._files)
                      for r, f in enumerate(files)}
        self._progress = {}
        self.endResetModel()

    def status_texts(self) -> dict[FileStatus, str]:
        return {FileStatus.NOT_STARTED: self.tr("not started"),
                FileStatus.IN_PROGRESS: self.tr("in progress"),
                FileStatus.COMPLETE: self.tr("complete"),
                FileStatus.SIGNED_OFF: self.tr("signed off")}

    def _unit_progress(self, row: int) -> list[FileProgress]:
        files = self._files[row]
        if files and files[0].id not in self._progress:
            for progress in self.project.unit_progress(self._units[row].id):
                self._progress[progress.case_file.id] = progress
        return [self._progress[f.id] for f in files]

    # -- refreshing from an operation ------------------------------------------------------

    def on_changed(self, changes: Changes, _initiator: object = None) -> None:
        if changes.units or changes.project:
            self.reload()
            return
        touched = set(changes.case_files) | {c.case_file_id for c in changes.cells}
        for case_file_id in touched & self._rows.keys():
            sheet = self.ops.sheet(case_file_id)  # the same read as the form's
            if sheet is None:
                self.reload()  # removed since: the rows are read again
                return
            fresh = sheet.case_file  # its sign-off may have changed
            u, r = self._rows[case_file_id]
            self._files[u][r] = fresh
            if fresh.id in self._progress:
                self._progress[fresh.id] = sheet.progress
            index = self.index(r, 0, self.index(u, 0))
            self.dataChanged.emit(index, index)
            unit_index = self.index(u, 0)
            self.dataChanged.emit(unit_index, unit_index)

    # -- lookups the window uses -------------------------------------------------------

    def index_of_case_file(self, case_file_id: str) -> QModelIndex:
        if case_file_id not in self._rows:
            return QModelIndex()
        u, r = self._rows[case_file_id]
        return self.index(r, 0, self.index(u, 0))

    def index_of_unit(self, unit_id: str) -> QModelIndex:
        for u, unit in enumerate(self._units):
            if unit.id == unit_id:
                return self.index(u, 0)
        return QModelIndex()

    def case_files_in_order(self) -> list[str]:
        return [f.id for files in self._files for f in files]

    def file_count(self) -> int:
        return sum(len(files) for files in self._files)

    # -- QAbstractItemModel ------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _NO_PARENT) if row < len(self._units) \
                else QModelIndex()
        if parent.internalId() == _NO_PARENT and row < len(self._files[parent.row()]):
            return self.createIndex(row, 0, parent.row())
        return QModelIndex()

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _NO_PARENT)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._units)
        if parent.internalId() == _NO_PARENT:
            return len(self._files[parent.row()])
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            return self._unit_data(index.row(), role)
        unit_row = int(index.internalId())
        if role == self.CASE_FILE_ID:
            return self._files[unit_row][index.row()].id
        if role == self.UNIT_ID:
            return self._units[unit_row].id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        progress = self._unit_progress(unit_row)[index.row()]
        # Shown only while the key list is unlocked; nothing copies or prints this text.
        case = self.ops.keys.identifier(progress.case_file.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if case:  # beside the number: where the row is cut short, the progress goes
                return self.tr("{mark} Case file {label}  {case}   {done}/{applicable}").format(
                    mark=MARKS[progress.status], label=progress.case_file.label, case=case,
                    done=progress.done, applicable=progress.applicable)
            return self.tr("{mark} Case file {label}   {done}/{applicable}").format(
                mark=MARKS[progress.status], label=progress.case_file.label,
                done=progress.done, applicable=progress.applicable)
        tip = self.status_texts()[progress.status]
        if progress.missing_reasons:
            tip += self.tr("; reason missing: {keys}").format(
                keys=printed_list(self.ops.project.template, progress.missing_reasons))
        if progress.case_file.signed_off_by:
            tip += self.tr("; signed off by {name}").format(
                name=progress.case_file.signed_off_by)
        return f"{case}: {tip}" if case else tip

    def _unit_data(self, row: int, role: int) -> Any:
        if role == self.UNIT_ID:
            return self._units[row].id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        files = self._unit_progress(row)
        done = StatusCounts(p.status for p in files).done
        return f"{self._units[row].name}  ({done}/{len(files)})"
