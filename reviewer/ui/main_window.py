"""The main window: the navigator (units → case files) beside the stepping form, the
unit's grid or its summary; the menus that reach everything else.

No Save command: every change is stored the moment it is made; the status bar says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.model import Changes
from reviewer.project import Project
from reviewer.ui.background import Background
from reviewer.ui.grid_view import GridView
from reviewer.ui.guarded import refused
from reviewer.ui.navigator import NavigatorModel
from reviewer.ui.operations import ProjectOps, structure
from reviewer.ui.recent import RecentProject
from reviewer.ui.step_form import StepForm
from reviewer.ui.summary_pane import SummaryPane
from reviewer.ui.widgets import CONFLICT_COLOUR

if TYPE_CHECKING:
    from reviewer.exchange import MergeReport

EXPAND_ALL_UP_TO = 300  # case files; a larger project opens with only the current unit open


class _Navigator(QTreeView):
    """Units → case files. Arrows move in it; Enter on a case file, or Esc, hands the
    keyboard back to the pane (Enter on a unit opens or closes it)."""

    done = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        on_file = bool(self.currentIndex().data(NavigatorModel.CASE_FILE_ID))
        if key == Qt.Key.Key_Escape or (
                key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and on_file):
            event.accept()
            self.done.emit()
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    new_requested = Signal()
    open_requested = Signal(str)  # a path; "" to choose one
    sample_requested = Signal()
    settings_requested = Signal()
    import_requested = Signal(str)  # a package to import as a project of its own; "" to choose
    restore_requested = Signal()
    closed = Signal(object, bool)  # the RecentProject entry, whether to show the start page

    def __init__(self, project: Project, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ProjectOps(project, author, self)
        self.background = Background(self)  # work off the UI thread (the backup on opening)
        self._to_start = False
        self._closed = False
        self._show_title()
        self.ops.changed.connect(self._show_title)  # details edited, or merged in
        self.resize(1180, 760)

        self._restoring = False  # the navigator put back on the form's case file
        self._lists: dict[str, str] = {}  # the list of cases each unit was drawn from, by id
        self.navigator_model = NavigatorModel(self.ops, self)
        self.navigator = _Navigator()
        self.navigator.setModel(self.navigator_model)
        self.navigator.setHeaderHidden(True)
        self.navigator.setUniformRowHeights(True)  # the view then asks only visible rows
        self.navigator.setMinimumWidth(240)
        self.form = StepForm(self.ops)
        self.grid = GridView(self.ops)
        self.summary = SummaryPane(self.ops)
        self.summary.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.grid.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.centre = QStackedWidget()
        for pane in (self.form, self.grid, self.summary):
            self.centre.addWidget(pane)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.centre)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])
        self.setCentralWidget(splitter)
        self._navigator_width: int | None = None  # as it was before the key widened it

        self.ops.changed.connect(self.navigator_model.on_changed)
        self.ops.refused.connect(lambda error: refused(self, error))
        self.navigator_model.modelReset.connect(self._after_reset)
        self.navigator.selectionModel().currentChanged.connect(self._current_changed)
        self.form.step_case_file.connect(self.step_case_file)
        self.navigator.done.connect(self._navigator_done)

        saved = QLabel(self.tr("The project is open read-only: nothing can be changed.")
                       if self.ops.readonly else self.tr("Every change is saved at once."))
        self.conflict_button = QPushButton()
        self.conflict_button.setFlat(True)
        self.conflict_button.setStyleSheet(f"background: {CONFLICT_COLOUR}; padding: 2px 8px;")
        self.conflict_button.clicked.connect(lambda: self.show_conflicts())
        self.statusBar().addPermanentWidget(self.conflict_button)
        self.statusBar().addPermanentWidget(saved)
        self._conflict_cells: set[tuple[str, str]] = set()
        self.ops.changed.connect(self._count_conflicts)
        self._count_conflicts()
        self._menus()
        order = self.navigator_model.case_files_in_order()
        if order:
            self.select_case_file(order[0])
        else:
            self.form.clear()
        self._expand()

    # -- menus -------------------------------------------------------------------------

    def _action(self, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                *, application: bool = False) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if application:
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        # F10 opens the menu bar, as in most desktop programs (Qt leaves it to the platform).
        menu_key = QShortcut(QKeySequence(Qt.Key.Key_F10), self)
        menu_key.activated.connect(lambda: bar.setActiveAction(bar.actions()[0]))
        file = bar.addMenu(self.tr("&File"))
        file.addAction(self._action(self.tr("&New project…"), self.new_requested.emit,
                                    QKeySequence.StandardKey.New))
        file.addAction(self._action(self.tr("&Open…"), lambda: self.open_requested.emit(""),
                                    QKeySequence.StandardKey.Open))
        file.addAction(self._action(self.tr("Open the &sample project"),
                                    self.sample_requested.emit))
        self.recent_menu = file.addMenu(self.tr("Recent pro&jects"))
        file.addSeparator()
        self.import_action = self._action(self.tr("Import a re&view sheet (Excel, CSV)…"),
                                          self.import_sheet)
        file.addAction(self.import_action)
        file.addSeparator()
        file.addAction(self._action(self.tr("&Export for a colleague…"),
                                    self.export_for_colleague, "Ctrl+E"))
        self.merge_action = self._action(self.tr("&Merge from a colleague…"),
                                         lambda: self.merge_from_colleague(), "Ctrl+M")
        self.merge_action.setEnabled(not self.ops.readonly)
        file.addAction(self.merge_action)
        file.addAction(self._action(self.tr("Import a &package as a project of its own…"),
                                    lambda: self.import_requested.emit("")))
        restore = self._action(self.tr("Restore from a &backup…"), self.restore_requested.emit)
        restore.setEnabled(not self.ops.readonly)
        file.addAction(restore)
        file.addSeparator()
        file.addAction(self._action(self.tr("&Report and print…"), self.show_report,
                                    QKeySequence.StandardKey.Print, application=True))
        file.addSeparator()
        file.addAction(self._action(self.tr("Se&ttings…"), self.settings_requested.emit,
                                    "Ctrl+,"))
        file.addAction(self._action(self.tr("&Close project"), self.close_to_start,
                                    QKeySequence.StandardKey.Close))
        file.addAction(self._action(self.tr("&Quit"), self.close, "Ctrl+Q"))

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.ops.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ops.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            edit.addAction(action)

        project = bar.addMenu(self.tr("&Project"))
        project.addAction(self._action(self.tr("Project &details…"), self.edit_details))
        project.addAction(self._action(self.tr("Edit the &template…"), self.edit_template))
        project.addAction(self._action(self.tr("Add a &unit…"), self.add_unit))
        project.addAction(self._action(self.tr("Add a &case file to this unit"),
                                       self.add_case_file))
        project.addAction(self._action(self.tr("&Remove this unit…"), self.remove_unit))
        project.addAction(self._action(self.tr("&Bring back a removed unit…"), self.bring_back))
        project.addSeparator()
        project.addAction(self._action(self.tr("Dra&w a sample from a list of cases…"),
                                       self.draw_sample))
        project.addAction(self._action(self.tr("E&xtend this unit's sample…"),
                                       self.extend_sample))
        project.addAction(self._action(self.tr("Re&place this case file in the sample…"),
                                       self.replace_case_file))
        for action in project.actions():
            action.setEnabled(not self.ops.readonly)
        project.addSeparator()
        project.addAction(self._action(self.tr("How this unit's sa&mple was drawn…"),
                                       lambda: self.show_sampling_record()))  # never disabled
        self.import_action.setEnabled(not self.ops.readonly)
        project.addSeparator()
        self._key_menu(project.addMenu(self.tr("&Key list")))

        go = bar.addMenu(self.tr("&Go"))
        go.addAction(self._action(self.tr("First unanswered question"),
                                  self.form.first_unanswered))
        go.addAction(self._action(self.tr("Next case file"), lambda: self.step_case_file(+1)))
        go.addAction(self._action(self.tr("Previous case file"),
                                  lambda: self.step_case_file(-1)))
        go.addAction(self._action(self.tr("The &navigator"), self.navigator.setFocus,
                                  "Ctrl+L", application=True))
        go.addSeparator()
        go.addAction(self._action(self.tr("&Conflicts between merged copies…"),
                                  lambda: self.show_conflicts(), "Ctrl+K", application=True))
        go.addAction(self._action(self.tr("&History of this answer…"), self.show_history,
                                  "Ctrl+H", application=True))

        view = bar.addMenu(self.tr("&View"))
        group = QActionGroup(self)
        self.view_actions: dict[QWidget, QAction] = {}
        for pane, text, key in ((self.form, self.tr("&Stepping form"), "Ctrl+1"),
                                (self.grid, self.tr("&Grid of the unit"), "Ctrl+2"),
                                (self.summary, self.tr("S&ummary of the unit"), "Ctrl+3")):
            action = self._action(text, lambda _checked=False, p=pane: self.show_pane(p), key,
                                  application=True)
            action.setCheckable(True)
            group.addAction(action)
            view.addAction(action)
            self.view_actions[pane] = action
        self.view_actions[self.form].setChecked(True)
        self.grid_action = self._action(self.tr("Grid ↔ stepping form"),
                                        lambda: self.show_grid(not self.grid_shown()),
                                        "Ctrl+G", application=True)
        view.addAction(self.grid_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keys"), self.show_keys,
                                         QKeySequence.StandardKey.HelpContents))

    def _key_menu(self, menu: QMenu) -> None:
        """Project → Key list (kodnyckel): what each item can do is decided when it opens."""
        self.key_menu = menu
        self.key_actions = {
            "unlock": self._action(self.tr("&Unlock…"), self.unlock_key),
            "lock": self._action(self.tr("&Lock"), self.ops.keys.lock),
            "type": self._action(self.tr("&Type the case of this case file…"),
                                 self.type_case),
            "export": self._action(self.tr("&Export this unit's key for a colleague…"),
                                   self.export_key),
            "import": self._action(self.tr("I&mport a key from a colleague…"),
                                   lambda: self.import_key()),
            "rebuild": self._action(self.tr("&Rebuild this unit's key from the list drawn "
                                            "from…"), self.rebuild_key),
            "delete": self._action(self.tr("&Delete this unit's key for good…"),
                                   self.delete_key),
        }
        for name, action in self.key_actions.items():
            menu.addAction(action)
            if name in ("lock", "export"):
                menu.addSeparator()
        menu.aboutToShow.connect(self._key_menu_shown)
        self.ops.keys.shown.connect(self._key_menu_shown)
        # After the navigator has taken the new texts in.
        self.ops.keys.shown.connect(lambda: QTimer.singleShot(0, self._fit_navigator))
        self._key_menu_shown()

    def _key_menu_shown(self) -> None:
        keys, writable = self.ops.keys, not self.ops.readonly
        here = self.current_unit_id() is not None
        self.key_actions["unlock"].setEnabled(not keys.unlocked)
        self.key_actions["lock"].setEnabled(keys.unlocked)
        self.key_actions["type"].setEnabled(writable and self.form.case_file_id is not None)
        self.key_actions["export"].setEnabled(here)
        self.key_actions["import"].setEnabled(writable)
        self.key_actions["rebuild"].setEnabled(writable and here)
        self.key_actions["delete"].setEnabled(writable and here)

    def _fit_navigator(self) -> None:
        """Unlocked, the navigator widens to show the cases whole (the form keeps at least
        600 pixels); locked, it goes back to the width it had."""
        sizes = self.splitter.sizes()
        if not self.ops.keys.unlocked:
            if self._navigator_width is not None:
                total = sum(sizes)
                self.splitter.setSizes([self._navigator_width, total - self._navigator_width])
                self._navigator_width = None
            return
        wanted = (self.navigator.sizeHintForColumn(0)
                  + self.navigator.verticalScrollBar().sizeHint().width() + 8)
        room = sum(sizes) - 600
        width = min(wanted, room)
        if width > sizes[0]:
            if self._navigator_width is None:
                self._navigator_width = sizes[0]
            self.splitter.setSizes([width, sum(sizes) - width])

    def set_recent(self, entries: list[RecentProject]) -> None:
        self.recent_menu.clear()
        for entry in entries:
            action = self.recent_menu.addAction(f"{entry.title} – {entry.path}")
            action.triggered.connect(lambda _checked=False, p=entry.path:
                                     self.open_requested.emit(p))
        self.recent_menu.setEnabled(bool(entries))

    # -- the centre panes ----------------------------------------------------------------

    def current_unit_id(self) -> str | None:
        case_file = self.form.case_file
        return None if case_file is None else case_file.unit_id

    def show_pane(self, pane: QWidget) -> None:
        unit_id = self.current_unit_id()
        if pane is self.grid and unit_id is not None:
            self.grid.set_unit(unit_id, self.form.case_file_id)
        if pane is self.summary and unit_id is not None:
            self.summary.set_unit(unit_id)
        self.centre.setCurrentWidget(pane)
        self.view_actions[pane].setChecked(True)
        focus = {self.form: self.form, self.grid: self.grid.table,
                 self.summary: self.summary.table}
        focus[pane].setFocus()

    def grid_shown(self) -> bool:
        return self.centre.currentWidget() is self.grid

    def show_grid(self, on: bool) -> None:
        """The unit's grid in place of the stepping form, or back."""
        self.show_pane(self.grid if on else self.form)

    def _after_reset(self) -> None:
        """The navigator read anew (a merge, a unit added or removed): expanded as before,
        its current item the form's case file again, so the keyboard goes on from there."""
        self._expand()
        case_file_id = self.form.case_file_id
        if case_file_id:
            self._restoring = True  # the form shows it already: nothing to load or focus
            try:
                self.select_case_file(case_file_id)
            finally:
                self._restoring = False

    def _expand(self) -> None:
        model = self.navigator_model
        if model.file_count() <= EXPAND_ALL_UP_TO:
            self.navigator.expandAll()
            return
        unit_id = self.current_unit_id()
        if unit_id is not None:
            self.navigator.expand(model.index_of_unit(unit_id))

    # -- moving between case files -----------------------------------------------------

    def select_case_file(self, case_file_id: str) -> bool:
        index = self.navigator_model.index_of_case_file(case_file_id)
        if index.isValid():
            self.navigator.expand(index.parent())
            self.navigator.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return index.isValid()

    def step_case_file(self, step: int) -> None:
        order = self.navigator_model.case_files_in_order()
        current = self.form.case_file_id
        if current in order:
            target = order.index(current) + step
            if 0 <= target < len(order):
                self.select_case_file(order[target])
        self.form.take_focus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_file_id = current.data(NavigatorModel.CASE_FILE_ID)
        if not case_file_id or self._restoring:
            return
        # While the auditor moves in the navigator, it keeps the keyboard.
        self.form.set_case_file(case_file_id, take_focus=not self.navigator.hasFocus())
        pane = self.centre.currentWidget()
        if pane is not None and pane is not self.form:
            self.show_pane(pane)

    def _navigator_done(self) -> None:
        """Enter or Esc in the navigator: back to the pane, on the case file chosen."""
        pane = self.centre.currentWidget()
        if pane is self.form:
            self.form.take_focus()
        elif pane is not None:
            self.show_pane(pane)

    # -- dialogs -------------------------------------------------------------------------

    def show_report(self) -> None:
        from reviewer.ui.report_dialog import ReportDialog

        self.form.save_text_fields()
        unit_id = self.current_unit_id()
        ReportDialog(self.ops.project, [unit_id] if unit_id else [], self).exec()

    def import_sheet(self) -> None:
        from reviewer.ui.import_dialog import import_sheet

        unit_id = import_sheet(self, self.ops)
        if unit_id is not None:
            files = self.ops.project.case_files(unit_id)
            if files:
                self.select_case_file(files[0].id)

    def edit_details(self) -> None:
        from reviewer.ui.project_dialogs import ProjectDetailsDialog

        ProjectDetailsDialog(self.ops, self).exec()

    def edit_template(self) -> None:
        """The project's template in the editor; what the auditor saves becomes one change
        of the template (one undo step), said first when it puts complete case files back
        in progress or hides answers."""
        from reviewer.ui.operations import template as template_ops
        from reviewer.ui.template_editor import edit_template

        self.form.save_text_fields()
        old = self.ops.project.template
        new = edit_template(self, old, new=False, accept_text=self.tr("&Change the template"))
        if new is None or new == old:
            return
        try:
            preview = template_ops.preview(self.ops, new)
        except ReviewerError as exc:
            QMessageBox.warning(self, self.tr("Edit the template"), str(exc))
            return
        consequences = []
        if preview.reopened:
            consequences.append(self.tr(
                "{count} complete case files will be in progress again: the new questions "
                "are unanswered in them.").format(count=preview.reopened))
        if preview.answers_hidden:
            consequences.append(self.tr(
                "{count} answers of the removed questions leave the reports; they stay in "
                "the history, and undo brings them back.").format(count=preview.answers_hidden))
        if consequences and QMessageBox.question(
                self, self.tr("Edit the template"),
                "\n\n".join([*consequences, self.tr("Change the template?")])
                ) != QMessageBox.StandardButton.Yes:
            return
        template_ops.change_template(self, self.ops, old, new)

    def add_unit(self) -> None:
        from reviewer.ui.project_dialogs import AddUnitDialog

        dialog = AddUnitDialog(self.ops, self)
        if dialog.exec() and dialog.unit_id is not None:
            files = self.ops.project.case_files(dialog.unit_id)
            if files:
                self.select_case_file(files[0].id)

    def add_case_file(self) -> None:
        unit_id = self.current_unit_id()
        if unit_id is None:
            return
        if structure.add_case_file(self, self.ops, unit_id) is not None:
            self.select_case_file(self.ops.project.case_files(unit_id)[-1].id)

    def remove_unit(self) -> None:
        """Remove the current unit, after saying what goes with it (its history stays in the
        file)."""
        unit_id = self.current_unit_id()
        if unit_id is None:
            return
        unit = self.ops.project.unit(unit_id)
        choice = QMessageBox.question(
            self, self.tr("Remove the unit"),
            self.tr("Remove {unit} with its case files and answers from the project? It no "
                    "longer shows or prints; its history stays in the file.").format(
                unit=unit.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if choice != QMessageBox.StandardButton.Yes:
            return
        if structure.remove_unit(self, self.ops, unit_id) is not None:
            order = self.navigator_model.case_files_in_order()
            if order:
                self.select_case_file(order[0])
            else:
                self.form.clear()

    def bring_back(self) -> None:
        """Choose a removed unit (or case file) and bring it back; then show it."""
        from reviewer.ui.project_dialogs import BringBackDialog

        dialog = BringBackDialog(self.ops, self)
        if dialog.exec() and dialog.brought_back is not None:
            files = self.ops.project.case_files(dialog.brought_back)
            if files:
                self.select_case_file(files[0].id)

    # -- the sample ----------------------------------------------------------------------

    def draw_sample(self) -> None:
        """Draw a unit's sample from a list of cases; show how it was drawn, then its first
        case file."""
        from reviewer.ui.operations import sampling as sampling_ops
        from reviewer.ui.sample_dialogs import DrawDialog

        self.form.save_text_fields()
        unit_id = self.current_unit_id()
        name = "" if unit_id is None else self.ops.project.unit(unit_id).name
        # The unit on the form is offered when a sample can be drawn into it.
        dialog = DrawDialog(self.ops, name if sampling_ops.can_draw_into(self.ops, name)
                            else "", self)
        if not dialog.exec() or dialog.outcome is None:
            return
        outcome = dialog.outcome
        self._lists[outcome.unit.id] = dialog.path.text().strip()
        self.select_case_file(outcome.case_files[0][0])
        self.show_sampling_record(self.tr(
            "Drew {count} case files into {unit}: case files {first}–{last}. The key list "
            "holds which case each is.").format(
            count=len(outcome.case_files), unit=outcome.unit.name,
            first=outcome.case_files[0][1], last=outcome.case_files[-1][1]))
        self.form.take_focus()

    def _list_of(self, unit_id: str, source_name: str) -> str:
        """The list the unit was drawn from, as named this session, or found beside the
        project under its recorded name."""
        beside = self.ops.project.path.parent / source_name
        return self._lists.get(unit_id) or (str(beside) if beside.is_file() else "")

    def extend_sample(self) -> None:
        from reviewer.ui.sample_dialogs import ExtendDialog, drawn_info

        self.form.save_text_fields()
        unit_id = self.current_unit_id()
        info = None if unit_id is None else drawn_info(self, self.ops, unit_id)
        if unit_id is None or info is None:
            return
        dialog = ExtendDialog(self.ops, unit_id, info, self._list_of(unit_id, info.source_name),
                              self)
        if dialog.exec() and dialog.added:
            self._lists[unit_id] = dialog.path.text().strip()
            self.select_case_file(dialog.added[0][0])
            self.statusBar().showMessage(self.tr(
                "{unit} is extended by {count} case files: {labels}.").format(
                unit=self.ops.project.unit(unit_id).name, count=len(dialog.added),
                labels=", ".join(label for _id, label in dialog.added)), 10000)
        self.form.take_focus()

    def replace_case_file(self) -> None:
        from reviewer.ui.sample_dialogs import ReplaceDialog, drawn_info

        self.form.save_text_fields()
        case_file = self.form.case_file
        info = None if case_file is None else drawn_info(self, self.ops, case_file.unit_id)
        if case_file is None or info is None:
            return
        dialog = ReplaceDialog(self.ops, case_file, info,
                               self._list_of(case_file.unit_id, info.source_name), self)
        if dialog.exec() and dialog.replaced is not None:
            self._lists[case_file.unit_id] = dialog.path.text().strip()
            self.select_case_file(dialog.replaced[0])
            self.statusBar().showMessage(self.tr(
                "Case file {label} is now the next case in the draw's order; the reason is in "
                "the sampling record.").format(label=dialog.replaced[1]), 10000)
        self.form.take_focus()

    # -- the key list ---------------------------------------------------------------------

    def unlock_key(self) -> None:
        from reviewer.ui import key_dialogs

        if key_dialogs.unlock(self, self.ops.keys):
            self.statusBar().showMessage(self.tr(
                "The key list is unlocked: each case file shows its case until you lock it "
                "(Project → Key list → Lock) or close the project."), 10000)

    def type_case(self) -> None:
        from reviewer.ui import key_dialogs

        case_file = self.form.case_file
        if case_file is not None:
            key_dialogs.type_case(self, self.ops.keys, case_file)
        self.form.take_focus()

    def export_key(self) -> None:
        from reviewer.ui import key_dialogs

        unit_id = self.current_unit_id()
        if unit_id is None:
            return
        written = key_dialogs.export_key(self, self.ops.keys, unit_id, self.ops.author)
        if written is not None:
            self.statusBar().showMessage(self.tr("Wrote {path}.").format(path=written), 10000)

    def import_key(self, source: Path | None = None) -> None:
        from reviewer.ui import key_dialogs

        done = key_dialogs.import_key(self, self.ops.keys, source)
        if done is not None:
            self.statusBar().showMessage(done, 10000)

    def rebuild_key(self) -> None:
        """A drawn unit's key made again from the list drawn from (a key lost, or deleted
        while the list is kept)."""
        from reviewer.ui.sample_dialogs import drawn_info, rebuild_key

        unit_id = self.current_unit_id()
        info = None if unit_id is None else drawn_info(self, self.ops, unit_id)
        if unit_id is None or info is None:
            return
        done = rebuild_key(self, self.ops.keys, unit_id, info,
                                       self._list_of(unit_id, info.source_name))
        if done is not None:
            self._lists[unit_id] = str(done)
            self.statusBar().showMessage(self.tr(
                "The key of {unit} is made again from {source}.").format(
                unit=self.ops.project.unit(unit_id).name, source=done.name), 10000)

    def delete_key(self) -> None:
        from reviewer.ui import key_dialogs

        unit_id = self.current_unit_id()
        if unit_id is not None and key_dialogs.delete_key(self, self.ops.keys, unit_id):
            self.statusBar().showMessage(self.tr("The key of {unit} is deleted for good.").format(
                unit=self.ops.project.unit(unit_id).name), 10000)

    # -- working together ---------------------------------------------------------------

    def _show_title(self, changes: Changes | None = None) -> None:
        if changes is not None and not changes.project:
            return
        project = self.ops.project
        title = f"{project.info.title} – {project.path} – Aktgranskning"
        if self.ops.readonly:
            title = self.tr("{title} (read-only)").format(title=title)
        self.setWindowTitle(title)

    def _count_conflicts(self, changes: Changes | None = None) -> None:
        """The conflict count (answers and the template's questions changed apart), read
        again only when a change can have altered it: a merge or import, a change of the
        template, or a change of a cell that was in conflict (any answer decides it)."""
        if changes is not None and not (changes.project or changes.units or changes.questions
                                        or any((c.case_file_id, c.question_key)
                                               in self._conflict_cells
                                               for c in changes.cells)):
            return
        self._conflict_cells = {(c.case_file_id, c.question_key)
                                for c in self.ops.project.conflicts()}
        count = len(self._conflict_cells) + len(self.ops.project.template_conflicts())
        self.conflict_button.setText(self.tr("Conflicts: {count}").format(count=count))
        self.conflict_button.setVisible(count > 0)

    def export_for_colleague(self) -> None:
        from reviewer.ui.exchange_dialogs import ExportDialog

        self.form.save_text_fields()
        dialog = ExportDialog(self.ops.project, self.ops.author, self)
        if dialog.exec() and dialog.written is not None:
            self.statusBar().showMessage(self.tr("Wrote {path}.").format(path=dialog.written),
                                         10000)

    def merge_from_colleague(self, package: Path | None = None) -> MergeReport | None:
        """Merge a package into this project and show what came in."""
        from reviewer.settings import load_settings
        from reviewer.ui.exchange_dialogs import MergeReportDialog, merge_flow

        self.form.save_text_fields()
        report = merge_flow(self, self.ops.project, self.ops.author, load_settings().backups,
                            package, offer_import=lambda p: self.import_requested.emit(str(p)))
        if report is None:
            return None
        if not report.nothing_new:
            self.ops.reloaded(frozenset(u.id for u in self.ops.project.units()))
        dialog = MergeReportDialog(report, self)
        if dialog.exec() and dialog.show_conflicts:
            self.show_conflicts()
        elif dialog.bring_back:
            self.bring_back()
        return report

    def show_conflicts(self, select: tuple[str, str] | None = None) -> None:
        from reviewer.ui.conflicts import ConflictsDialog

        dialog = ConflictsDialog(self.ops, self, select)
        dialog.exec()
        if dialog.go_to is not None:
            case_file_id, key = dialog.go_to
            self.show_pane(self.form)
            self.select_case_file(case_file_id)
            self.form.show_question(key)

    def current_cell(self) -> tuple[str, str] | None:
        """(case file id, question key) of the cell the auditor is on, in any pane."""
        if self.grid_shown():
            found = self.grid.model.cell_at(self.grid.table.currentIndex())
            return None if found is None else (found[0].id, found[1])
        return None if self.form.case_file_id is None else (self.form.case_file_id,
                                                            self.form.key)

    def show_history(self) -> None:
        from reviewer.ui.conflicts import HistoryDialog

        cell = self.current_cell()
        if cell is not None:
            HistoryDialog(self.ops.project, *cell, parent=self).exec()

    def show_sampling_record(self, heading: str = "") -> None:
        """The unit's sampling record (urvalsbeskrivning): how its sample was drawn, or
        that it was not drawn by the tool, under `heading`. It holds no case identifier."""
        from reviewer.i18n import language
        from reviewer.sampling.record import record_lines, sampling_record

        unit_id = self.current_unit_id()
        if unit_id is None:
            return
        record = sampling_record(self.ops.project, unit_id)
        QMessageBox.information(self, self.tr("Sampling record of {unit}").format(
            unit=record.unit), "\n\n".join([heading] * bool(heading)
                                            + record_lines(record, language())))

    def show_keys(self) -> None:
        QMessageBox.information(self, self.tr("Keys"), self.tr(
            "J, N, B, T (or 1–4): answer Ja, Nej, Eb, Et and move on\n"
            "After B or T: write the reason; ↓ offers the reasons used before for the "
            "question; Enter saves and moves on, Esc puts back what was stored and leaves it "
            "for later\n"
            "↑ ↓: previous / next question\n"
            "PgUp PgDn: previous / next case file\n"
            "Ctrl+U: first unanswered question\n"
            "Alt+N: the working note (never printed)\n"
            "Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y: undo, redo\n"
            "Ctrl+1, Ctrl+2, Ctrl+3: stepping form, grid, summary (Ctrl+G: grid and back)\n"
            "Ctrl+C in the grid or the summary: the table, for Word or Excel\n"
            "Ctrl+L: the navigator (arrows; Enter or Esc back to the form)\n"
            "Ctrl+H: the history of the answer; Ctrl+K: conflicts between merged copies\n"
            "Ctrl+P: report and print\n"
            "F10: the menus"))

    # -- closing -----------------------------------------------------------------------

    def close_to_start(self) -> None:
        self._to_start = True
        self.close()

    def recent_entry(self) -> RecentProject:
        from reviewer.summary import status_counts

        project = self.ops.project
        counts = status_counts(project)
        return RecentProject(path=str(project.path), title=project.info.title,
                             organisation=project.info.organisation, done=counts.done,
                             files=counts.files,
                             case_file_id=self.form.case_file_id or "")

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if self._closed:
            return
        self._closed = True
        self.background.wait()
        self.form.save_text_fields()
        entry = self.recent_entry()
        self.ops.project.close()
        self.closed.emit(entry, self._to_start)
