"""The start page: recent projects (title, organisation, progress), New project, Open,
the sample project, settings, and drag-and-drop of project files and exchange packages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.ui.recent import RecentProject
from reviewer.ui.widgets import hint

ACCEPTED_SUFFIXES = (".aktg", ".aktgx")
_PATH = Qt.ItemDataRole.UserRole
_DETAIL = Qt.ItemDataRole.UserRole + 1
_MISSING = Qt.ItemDataRole.UserRole + 2


class _RecentDelegate(QStyledItemDelegate):
    """Two lines an entry: the title in bold, then organisation, progress, path, date."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(10, 6, -10, -6)
        line = option.fontMetrics.height()
        painter.save()
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        colour = option.palette.color(role)
        if index.data(_MISSING):
            colour = option.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        painter.setPen(colour)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft, str(index.data()))
        painter.setFont(option.font)
        if not selected:
            colour = option.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        painter.setPen(colour)
        # The progress reads whole on its own line; only the path is shortened, in the
        # middle, where it says least.
        metrics = option.fontMetrics
        for number, (text, mode) in enumerate(
                ((str(index.data(_DETAIL)), Qt.TextElideMode.ElideRight),
                 (str(index.data(_PATH)), Qt.TextElideMode.ElideMiddle)), start=1):
            painter.drawText(QRect(rect.left(), rect.top() + number * (line + 3), rect.width(),
                                   line), Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(text, mode, rect.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(200, 3 * option.fontMetrics.height() + 18)


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal(str)  # a path; "" to choose one
    sample_requested = Signal()
    settings_requested = Signal()
    forget_requested = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Aktgranskning")
        self.setAcceptDrops(True)
        self.resize(900, 560)
        title = QLabel("Aktgranskning")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        tagline = QLabel(self.tr("Case-file review for municipal performance audits: answer "
                                 "the control questions by keyboard, print the appendix."))
        tagline.setWordWrap(True)

        buttons = QVBoxLayout()
        self.new_button = QPushButton(self.tr("&New project…"))
        self.open_button = QPushButton(self.tr("&Open…"))
        self.sample_button = QPushButton(self.tr("Open the &sample project"))
        self.settings_button = QPushButton(self.tr("Se&ttings…"))
        for button, signal in ((self.new_button, self.new_requested),
                               (self.sample_button, self.sample_requested),
                               (self.settings_button, self.settings_requested)):
            button.clicked.connect(signal.emit)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(""))
        for button in (self.new_button, self.open_button, self.sample_button,
                       self.settings_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        for key, slot in (("Ctrl+N", self.new_requested.emit),
                          ("Ctrl+O", lambda: self.open_requested.emit(""))):
            QShortcut(QKeySequence(key), self).activated.connect(slot)

        recent_column = QVBoxLayout()
        recent_label = QLabel(self.tr("&Recent projects"))
        recent_label.setStyleSheet("font-weight: bold;")
        self.recent = QListWidget()
        self.recent.setItemDelegate(_RecentDelegate(self.recent))
        self.recent.setUniformItemSizes(True)
        self.recent.itemActivated.connect(self._open_item)
        recent_label.setBuddy(self.recent)
        forget = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.recent)
        forget.setContext(Qt.ShortcutContext.WidgetShortcut)
        forget.activated.connect(self._forget_current)
        self.empty_note = QLabel(self.tr("No projects yet. Start a new one, or open the sample "
                                         "project to see how a finished review looks."))
        self.empty_note.setWordWrap(True)
        recent_column.addWidget(recent_label)
        recent_column.addWidget(self.recent, 1)
        recent_column.addWidget(self.empty_note)
        recent_column.addWidget(hint(self.tr(
            "Enter opens the chosen project, Delete takes it off the list. Drop a project "
            "file (.aktg) or a package from a colleague (.aktgx) anywhere here to open it.")))

        columns = QHBoxLayout()
        columns.addLayout(buttons, 0)
        columns.addSpacing(24)
        columns.addLayout(recent_column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(tagline)
        layout.addSpacing(16)
        layout.addLayout(columns, 1)

    def set_recent(self, entries: list[RecentProject]) -> None:
        self.recent.clear()
        for entry in entries:
            item = QListWidgetItem(entry.title or Path(entry.path).name)
            parts = [entry.organisation] if entry.organisation else []
            if entry.files:
                parts.append(self.tr("{done} of {files} case files complete").format(
                    done=entry.done, files=entry.files))
            if entry.opened:
                parts.append(self.tr("opened {date}").format(date=entry.opened))
            if not entry.exists:
                parts.insert(0, self.tr("the file is missing"))
            item.setData(_DETAIL, " · ".join(parts))
            item.setData(_PATH, entry.path)
            item.setData(_MISSING, not entry.exists)
            item.setToolTip(entry.path)
            self.recent.addItem(item)
        self.recent.setVisible(bool(entries))
        self.empty_note.setVisible(not entries)
        if entries:
            self.recent.setCurrentRow(0)
            self.recent.setFocus()
        else:
            self.new_button.setFocus()

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(str(item.data(_PATH)))

    def _forget_current(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self.forget_requested.emit(str(item.data(_PATH)))

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

    # -- drag and drop -------------------------------------------------------------------

    @staticmethod
    def _dropped_path(event: QDragEnterEvent | QDropEvent) -> str | None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile() and \
                urls[0].toLocalFile().lower().endswith(ACCEPTED_SUFFIXES):
            return urls[0].toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path:
            event.acceptProposedAction()
            self.open_requested.emit(path)
