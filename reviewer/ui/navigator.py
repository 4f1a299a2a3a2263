"""The navigator: units → case files, each with a status mark and progress (`7/11`).

An item model over the domain; it refreshes only the rows an operation touched.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reviewer.model import Changes, FileStatus, Unit
from reviewer.project import FileProgress, Project

Index = QModelIndex | QPersistentModelIndex

MARKS = {FileStatus.NOT_STARTED: "○", FileStatus.IN_PROGRESS: "◐",
         FileStatus.COMPLETE: "●", FileStatus.SIGNED_OFF: "✔"}
_NO_PARENT = 0xFFFFFFFF  # internalId of a unit row
_ROOT = QModelIndex()


class NavigatorModel(QAbstractItemModel):
    CASE_FILE_ID = Qt.ItemDataRole.UserRole + 1

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._units: list[Unit] = []
        self._files: list[list[FileProgress]] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._units = self.project.units()
        self._files = [self.project.unit_progress(u.id) for u in self._units]
        self.endResetModel()

    def status_texts(self) -> dict[FileStatus, str]:
        return {FileStatus.NOT_STARTED: self.tr("not started"),
                FileStatus.IN_PROGRESS: self.tr("in progress"),
                FileStatus.COMPLETE: self.tr("complete"),
                FileStatus.SIGNED_OFF: self.tr("signed off")}

    # -- refreshing from an operation ------------------------------------------------------

    def on_changed(self, changes: Changes) -> None:
        if changes.units or changes.project:
            self.reload()
            return
        touched = set(changes.case_files) | {c.case_file_id for c in changes.cells}
        for u, files in enumerate(self._units):
            rows = [r for r, p in enumerate(self._files[u]) if p.case_file.id in touched]
            if not rows:
                continue
            fresh = {p.case_file.id: p for p in self.project.unit_progress(files.id)}
            for r in rows:
                self._files[u][r] = fresh[self._files[u][r].case_file.id]
                index = self.index(r, 0, self.index(u, 0))
                self.dataChanged.emit(index, index)
            unit_index = self.index(u, 0)
            self.dataChanged.emit(unit_index, unit_index)

    # -- lookups the window uses -------------------------------------------------------

    def index_of_case_file(self, case_file_id: str) -> QModelIndex:
        for u, files in enumerate(self._files):
            for r, progress in enumerate(files):
                if progress.case_file.id == case_file_id:
                    return self.index(r, 0, self.index(u, 0))
        return QModelIndex()

    def case_files_in_order(self) -> list[str]:
        return [p.case_file.id for files in self._files for p in files]

    def unit_of(self, case_file_id: str) -> tuple[Unit, list[FileProgress]]:
        for unit, files in zip(self._units, self._files, strict=True):
            if any(p.case_file.id == case_file_id for p in files):
                return unit, files
        raise KeyError(case_file_id)

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
            files = self._files[index.row()]
            done = sum(p.status in (FileStatus.COMPLETE, FileStatus.SIGNED_OFF) for p in files)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{self._units[index.row()].name}  ({done}/{len(files)})"
            return None
        progress = self._files[int(index.internalId())][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{mark} Case file {label}   {done}/{applicable}").format(
                mark=MARKS[progress.status], label=progress.case_file.label,
                done=progress.done, applicable=progress.applicable)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.status_texts()[progress.status]
            if progress.missing_reasons:
                tip += self.tr("; reason missing: {keys}").format(
                    keys=", ".join(progress.missing_reasons))
            if progress.case_file.signed_off_by:
                tip += self.tr("; signed off by {name}").format(
                    name=progress.case_file.signed_off_by)
            return tip
        if role == self.CASE_FILE_ID:
            return progress.case_file.id
        return None
