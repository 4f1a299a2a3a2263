"""The summary pane: a unit's Summa column with the counts behind it, its progress and its
finding sentences ("I 7 av 10 akter …"), copied as a table that pastes into Word or Excel.
"""

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
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.model import Changes
from reviewer.rules.summa import UnitSummary
from reviewer.summary import summarize
from reviewer.ui import clipboard
from reviewer.ui.operations import ProjectOps
from reviewer.ui.texts import convention_names

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class SummaryModel(QAbstractTableModel):
    """Questions × (Ja, Nej, Eb, Et, unanswered, without reason, Summa) of one unit."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.summary: UnitSummary | None = None

    def set_summary(self, summary: UnitSummary | None) -> None:
        self.beginResetModel()
        self.summary = summary
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Question"), "Ja", "Nej", "Eb", "Et", self.tr("Unanswered"),
                self.tr("Without reason"), "Summa"]

    def row_texts(self, row: int) -> list[str]:
        assert self.summary is not None
        q = self.summary.questions[row]
        return [f"{q.key}. {q.text}", str(q.ja), str(q.nej), str(q.eb), str(q.et),
                str(q.unanswered), str(q.missing_reasons), q.summa.text()]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() or self.summary is None else len(self.summary.questions)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.summary is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self.summary.questions[index.row()].text
        return None


class SummaryPane(QWidget):
    notice = Signal(str)  # what was done, for the window's status bar

    def __init__(self, ops: ProjectOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.unit_id: str | None = None
        self._stale = True
        self.model = SummaryModel(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.progress = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.findings = QPlainTextEdit()
        self.findings.setReadOnly(True)
        self.findings.setMaximumHeight(150)
        copy_table = QPushButton(self.tr("&Copy the table"))
        copy_table.clicked.connect(self.copy_table)
        copy_findings = QPushButton(self.tr("Copy the fin&dings"))
        copy_findings.clicked.connect(self.copy_findings)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.copy_table)
        buttons = QHBoxLayout()
        buttons.addWidget(copy_table)
        buttons.addWidget(copy_findings)
        buttons.addStretch(1)
        findings_label = QLabel(self.tr("Findings (report text)"))
        findings_label.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(findings_label)
        layout.addWidget(self.findings)
        layout.addLayout(buttons)
        ops.changed.connect(self.on_changed)

    def set_unit(self, unit_id: str) -> None:
        if unit_id != self.unit_id:
            self.unit_id = unit_id
            self._stale = True
        self._refresh_if_shown()

    def on_changed(self, changes: Changes) -> None:
        self._stale = True  # cheap; the counts are read again only when the pane shows
        self._refresh_if_shown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_if_shown()

    def _refresh_if_shown(self) -> None:
        if self._stale and self.isVisible() and self.unit_id is not None:
            self.refresh()

    def refresh(self) -> None:
        if self.unit_id is None:
            return
        project = self.ops.project
        summaries = summarize(project, [self.unit_id])
        summary = summaries[0] if summaries else None
        self._stale = False
        self.model.set_summary(summary)
        if summary is None:
            return
        self.heading.setText(summary.unit.name)
        self.progress.setText(self.tr("{done} of {files} case files complete · Summa: "
                                      "{convention}").format(
            done=summary.done, files=summary.files,
            convention=convention_names()[project.info.convention]))
        self.findings.setPlainText("\n".join(summary.findings))

    # -- copying -----------------------------------------------------------------------

    def copy_table(self) -> None:
        """The table as HTML (a Word or Excel table when pasted) and as tab-separated text;
        no cell can become a formula in Excel, and the Summa stays text."""
        clipboard.copy_table(clipboard.CopiedTable(
            self.heading.text(), self.model.headers(),
            [self.model.row_texts(r) for r in range(self.model.rowCount())]))
        self.notice.emit(self.tr("Copied the table ({rows} questions): paste it into Word or "
                                 "Excel.").format(rows=self.model.rowCount()))

    def copy_findings(self) -> None:
        QGuiApplication.clipboard().setText(self.findings.toPlainText())
        self.notice.emit(self.tr("Copied the findings: paste them into the report."))
