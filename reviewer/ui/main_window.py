"""The main window: the navigator (units → case files) beside the stepping form.

No Save command: every change is stored the moment it is made; the status bar says so.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QWidget,
)

from reviewer.project import Project
from reviewer.ui.grid_view import GridView
from reviewer.ui.navigator import NavigatorModel
from reviewer.ui.operations import ProjectOps
from reviewer.ui.step_form import StepForm


class MainWindow(QMainWindow):
    def __init__(self, project: Project, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ProjectOps(project, author, self)
        self.setWindowTitle(f"{project.info.title} – {project.path} – Aktgranskning")
        self.resize(1180, 760)

        self.navigator_model = NavigatorModel(project, self)
        self.navigator = QTreeView()
        self.navigator.setModel(self.navigator_model)
        self.navigator.setHeaderHidden(True)
        self.navigator.expandAll()
        self.navigator.setMinimumWidth(240)
        self.form = StepForm(self.ops)
        self.grid = GridView(self.ops)
        self.centre = QStackedWidget()
        self.centre.addWidget(self.form)
        self.centre.addWidget(self.grid)
        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.centre)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])
        self.setCentralWidget(splitter)

        self.ops.changed.connect(self.navigator_model.on_changed)
        self.navigator_model.modelReset.connect(self.navigator.expandAll)
        selection = self.navigator.selectionModel()
        selection.currentChanged.connect(self._current_changed)
        self.form.step_case_file.connect(self.step_case_file)

        saved = QLabel(self.tr("Every change is saved at once."))
        self.statusBar().addPermanentWidget(saved)
        self._menus()
        order = self.navigator_model.case_files_in_order()
        if order:
            self.select_case_file(order[0])

    def _menus(self) -> None:
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.ops.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ops.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            edit.addAction(action)
        go = self.menuBar().addMenu(self.tr("&Go"))
        first = QAction(self.tr("First unanswered question"), self)
        first.triggered.connect(self.form.first_unanswered)
        go.addAction(first)
        view = self.menuBar().addMenu(self.tr("&View"))
        self.grid_action = QAction(self.tr("&Grid of the unit"), self)
        self.grid_action.setCheckable(True)
        self.grid_action.setShortcut(QKeySequence("Ctrl+G"))
        self.grid_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.grid_action.toggled.connect(self.show_grid)
        view.addAction(self.grid_action)

    def show_grid(self, on: bool) -> None:
        """The unit's grid in place of the stepping form, or back."""
        self.grid_action.setChecked(on)
        case_file_id = self.form.case_file_id
        if on and case_file_id is not None:
            unit = self.ops.project.case_file(case_file_id).unit_id
            self.grid.set_unit(unit, case_file_id)
        self.centre.setCurrentWidget(self.grid if on else self.form)
        (self.grid.table if on else self.form).setFocus()

    # -- moving between case files -----------------------------------------------------

    def select_case_file(self, case_file_id: str) -> None:
        index = self.navigator_model.index_of_case_file(case_file_id)
        if index.isValid():
            self.navigator.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def step_case_file(self, step: int) -> None:
        order = self.navigator_model.case_files_in_order()
        current = self.form.case_file_id
        if current in order:
            target = order.index(current) + step
            if 0 <= target < len(order):
                self.select_case_file(order[target])
        self.form.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_file_id = current.data(NavigatorModel.CASE_FILE_ID)
        if case_file_id:
            self.form.set_case_file(case_file_id)
            if self.centre.currentWidget() is self.grid:
                self.show_grid(True)
