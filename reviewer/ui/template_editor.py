"""The template editor: a dialog that takes a template and gives one back, edited by
keyboard or mouse (questions added, removed, moved, made sub-questions and back; numbers
automatic unless typed), every problem shown where it is, and the empty bilaga previewed.

The rows are a `reviewer.template_draft.Draft`; each edit makes a new draft, so undo keeps
the drafts before it.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.model import Template
from reviewer.template_draft import Draft
from reviewer.ui.question_table import COLUMN_OF, ProblemList, QuestionModel, QuestionTable
from reviewer.ui.template_preview import TemplatePreview
from reviewer.ui.widgets import hint


def keys_text() -> str:
    return QCoreApplication.translate(
        "TemplateEditor",
        "Ctrl+N or Insert: a new question after this one, at its level\n"
        "Enter or F2 (or just type): edit the field; Enter keeps it, Tab goes on to the "
        "next field, Esc puts back what was there\n"
        "Delete: remove the question with its sub-questions (Ctrl+Z brings them back)\n"
        "Alt+↑, Alt+↓: move the question (with its sub-questions) up, down\n"
        "Alt+→: make it a sub-question of the question above; Alt+←: back a level\n"
        "Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y: undo, redo\n"
        "Numbers follow the published style (1, 2, … and 8a, 8b under 8); type your own in "
        "the No. column, empty it to number automatically again")


class TemplateEditor(QDialog):
    """Edits a template; `result_template` holds it once accepted. `new`: the template is
    for a new project or the library (its keys become its printed numbers); otherwise a
    project's (its questions keep their keys, see `Draft`)."""

    def __init__(self, template: Template, parent: QWidget | None = None, *,
                 new: bool = True, accept_text: str = "", title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Template editor"))
        self._start = Draft.of(template, new=new)
        self.model = QuestionModel(self._start, self)
        self._undo: list[tuple[Draft, int]] = []
        self._redo: list[tuple[Draft, int]] = []
        self.result_template: Template | None = None
        self._fit_to_screen(1400, 900)
        self._build(accept_text)
        self.model.edited.connect(self._typed)
        self.model.changed.connect(self._show_problems)
        self._show_problems()
        if len(self.model.draft):
            self.table.setCurrentIndex(self.model.index(0, 1))

    # -- layout ----------------------------------------------------------------------------

    def _fit_to_screen(self, width: int, height: int) -> None:
        room = self.screen().availableGeometry()
        self.resize(min(width, room.width() - 40), min(height, room.height() - 80))

    def _build(self, accept_text: str) -> None:
        self.name = QLineEdit(self.model.draft.name)
        self.name.textEdited.connect(self._renamed)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        top = QHBoxLayout()
        top.addWidget(name_label)
        top.addWidget(self.name, 1)

        self.table = QuestionTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; in a field it goes on
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 80)
        header.setHighlightSections(False)
        # Cut at the right when narrow, so a header still starts with its name.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().hide()  # the number column says where a row is

        self.actions_by_name: dict[str, QAction] = {}
        tools = QHBoxLayout()
        tools.setSpacing(2)
        for name, text, keys, slot, scope in (
                ("add", self.tr("New question"), ["Ctrl+N", "Ins"], self.add_question,
                 Qt.ShortcutContext.WindowShortcut),
                ("remove", self.tr("Remove"), ["Del"], self.remove_question,
                 Qt.ShortcutContext.WidgetShortcut),
                ("up", self.tr("Up"), ["Alt+Up"], lambda: self.move_question(-1),
                 Qt.ShortcutContext.WindowShortcut),
                ("down", self.tr("Down"), ["Alt+Down"], lambda: self.move_question(+1),
                 Qt.ShortcutContext.WindowShortcut),
                ("indent", self.tr("Sub-question"), ["Alt+Right"], self.indent_question,
                 Qt.ShortcutContext.WindowShortcut),
                ("outdent", self.tr("Back a level"), ["Alt+Left"], self.outdent_question,
                 Qt.ShortcutContext.WindowShortcut),
                ("undo", self.tr("Undo"), ["Ctrl+Z"], self.undo,
                 Qt.ShortcutContext.WindowShortcut),
                ("redo", self.tr("Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], self.redo,
                 Qt.ShortcutContext.WindowShortcut)):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(scope)
            shown = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                              for k in keys)
            action.setToolTip(f"{text} ({shown})")
            action.triggered.connect(slot)
            # Delete acts only where it removes a question: the table, not a field.
            (self.table if scope == Qt.ShortcutContext.WidgetShortcut else self
             ).addAction(action)
            self.actions_by_name[name] = action
            button = QToolButton()
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys are the shortcuts
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            tools.addWidget(button)
            if name in ("remove", "outdent"):
                tools.addSpacing(10)
        tools.addStretch(1)
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setCheckable(True)
        self.preview_button.toggled.connect(self._toggle_preview)
        tools.addWidget(self.preview_button)
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self).activated.connect(
            self.show_keys)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.problem_title = QLabel()
        self.problem_list = ProblemList()
        self.problem_list.setMaximumHeight(5 * self.fontMetrics().height() + 10)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.itemClicked.connect(self._go_to_problem)
        self.problem_title.setBuddy(self.problem_list)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(tools)
        left.addWidget(self.table, 1)
        left.addWidget(self.problem_title)
        left.addWidget(self.problem_list)
        left.addWidget(self.status)
        left.addWidget(hint(self.tr(
            "Ctrl+N new question · Enter edit · Tab next field · Delete remove · Alt+↑ Alt+↓ "
            "move · Alt+→ sub-question · Alt+← back a level · Ctrl+Z undo · F1 all keys")))
        left_widget = QWidget()
        left_widget.setLayout(left)

        self.preview = TemplatePreview()
        self.splitter = QSplitter()
        self.splitter.addWidget(left_widget)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.preview.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if accept_text:
            self.ok_button.setText(accept_text)
        self.library_button = QPushButton(self.tr("Save in the template &library…"))
        self.library_button.setAutoDefault(False)
        self.library_button.clicked.connect(self.save_in_library)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.library_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        chain = [self.name, self.table, self.problem_list, self.preview_button,
                 self.preview.view, self.library_button, *self.buttons.buttons()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        # Wide enough for both: the preview shows from the start.
        if self.width() >= 1150:
            self.preview_button.setChecked(True)

    # -- problems --------------------------------------------------------------------------

    def _show_problems(self) -> None:
        problems = self.model.all_problems
        self.problem_list.clear()
        for problem in problems:
            item = QListWidgetItem(problem.message)
            item.setData(Qt.ItemDataRole.UserRole,
                         (problem.index, COLUMN_OF.get(problem.field, 1)))
            self.problem_list.addItem(item)
        self.problem_list.setVisible(bool(problems))
        self.problem_title.setText(
            self.tr("&Problems: {count}. The template can be saved once each is solved.")
            .format(count=len(problems)) if problems else self.tr("No problems."))
        self.ok_button.setEnabled(not problems)
        self.library_button.setEnabled(not problems)
        draft = self.model.draft
        self.preview.show_template(None if problems else draft.printed(), self.tr(
            "The preview shows the template as it was before its problems."))

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        index, column = item.data(Qt.ItemDataRole.UserRole)
        if index is None:
            self.name.setFocus()
            return
        self.table.setCurrentIndex(self.model.index(index, column))
        self.table.setFocus()

    # -- the edits ---------------------------------------------------------------------------

    def _current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def _finish_typing(self) -> None:
        """A field being typed in keeps what was typed before an edit of the rows."""
        editor = QApplication.focusWidget()
        if editor is not None and self.table.viewport().isAncestorOf(editor) \
                and self.table.state() == QAbstractItemView.State.EditingState:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _apply(self, draft: Draft, row: int | None, *, structure: bool = True,
               column: int | None = None, message: str = "") -> None:
        before = self._current_row()
        self._undo.append((self.model.draft, before if before is not None else 0))
        self._redo.clear()
        self._show(draft, row, structure=structure, column=column)
        self.status.setText(message)

    def _show(self, draft: Draft, row: int | None, *, structure: bool,
              column: int | None = None) -> None:
        keep = self.table.currentIndex().column()
        self.model.set_draft(draft, structure=structure)
        if row is not None and len(draft):
            row = min(row, len(draft) - 1)
            self.table.setCurrentIndex(self.model.index(
                row, column if column is not None else max(keep, 0)))
            self.table.scrollTo(self.table.currentIndex())

    def _typed(self, draft: Draft, row: int) -> None:
        self._apply(draft, row, structure=False, column=self.table.currentIndex().column())

    def _renamed(self, text: str) -> None:
        self.model.set_draft(self.model.draft.with_name(text), structure=False)

    def add_question(self) -> None:
        self._finish_typing()
        draft, row = self.model.draft.add(self._current_row())
        self._apply(draft, row, column=1)
        self.table.setFocus()
        self.table.edit(self.table.currentIndex())

    def remove_question(self) -> None:
        row = self._current_row()
        if row is None:
            return
        number = self.model.draft.numbers[row]
        draft, removed = self.model.draft.remove(row)
        message = (self.tr("Question {number} removed. Ctrl+Z brings it back.")
                   if removed == 1 else
                   self.tr("Question {number} removed with its {count} sub-questions. "
                           "Ctrl+Z brings them back.")).format(number=number,
                                                               count=removed - 1)
        self._apply(draft, row, message=message)

    def _rows_edit(self, edit: Callable[[int], tuple[Draft, int] | None],
                   refusal: str) -> None:
        self._finish_typing()
        row = self._current_row()
        if row is None:
            return
        done = edit(row)
        if done is None:
            self.status.setText(refusal.format(number=self.model.draft.numbers[row]))
            return
        self._apply(*done)

    def move_question(self, step: int) -> None:
        draft = self.model.draft
        self._rows_edit(lambda row: draft.move(row, step), self.tr(
            "Question {number} is the first at its level.") if step < 0 else self.tr(
            "Question {number} is the last at its level."))

    def indent_question(self) -> None:
        draft = self.model.draft
        self._rows_edit(draft.indent, self.tr(
            "Question {number} has no question above it at its level to be a sub-question "
            "of."))

    def outdent_question(self) -> None:
        draft = self.model.draft
        self._rows_edit(draft.outdent, self.tr("Question {number} is a main question."))

    def undo(self) -> None:
        self._step(self._undo, self._redo)

    def redo(self) -> None:
        self._step(self._redo, self._undo)

    def _step(self, source: list[tuple[Draft, int]], target: list[tuple[Draft, int]]) -> None:
        self._finish_typing()
        if not source:
            return
        draft, row = source.pop()
        draft = draft.with_name(self.model.draft.name)  # the name is no step of its own
        current = self._current_row()
        target.append((self.model.draft, current if current is not None else 0))
        self._show(draft, row, structure=True)
        self.status.clear()

    # -- the preview -------------------------------------------------------------------------

    def _toggle_preview(self, on: bool) -> None:
        self.preview.setVisible(on)
        if on:
            width = self.splitter.width() or self.width()
            self.splitter.setSizes([width * 3 // 5, width * 2 // 5])
            self.preview.update_now()

    # -- results ---------------------------------------------------------------------------

    def modified(self) -> bool:
        draft = self.model.draft
        return (draft.name, draft.questions) != (self._start.name, self._start.questions)

    def accept(self) -> None:
        self._finish_typing()
        if self.model.all_problems:
            return
        self.result_template = self.model.draft.template()
        super().accept()

    def reject(self) -> None:
        if self.modified():
            choice = QMessageBox.question(
                self, self.tr("Template editor"),
                self.tr("Leave the editor without keeping the changes?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if choice != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def done(self, result: int) -> None:
        self.preview.close_preview()
        super().done(result)

    def save_in_library(self) -> None:
        """The template as it prints, into the auditor's own template folder."""
        from reviewer.library import library_path, save_template

        self._finish_typing()
        draft = self.model.draft
        if not draft.name:
            self.status.setText(self.tr("Give the template a name first."))
            self.name.setFocus()
            return
        path = library_path(draft.name)
        if path.exists():
            choice = QMessageBox.question(
                self, self.tr("Save in the template library"),
                self.tr("The library already has {file}. Replace it?").format(file=path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if choice != QMessageBox.StandardButton.Yes:
                return
        try:
            save_template(draft.printed(), path)
        except ReviewerError as exc:
            QMessageBox.warning(self, self.tr("Save in the template library"), str(exc))
            return
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save in the template library"), self.tr(
                "The template could not be saved in {path}: {detail}").format(
                path=path, detail=exc.strerror or exc))
            return
        self.status.setText(self.tr("Saved in the template library: {path}").format(path=path))

    def show_keys(self) -> None:
        QMessageBox.information(self, self.tr("Keys"), keys_text())


def edit_template(parent: QWidget | None, template: Template, *, new: bool = True,
                  accept_text: str = "") -> Template | None:
    """The template as the auditor left the editor, or None when they cancelled."""
    editor = TemplateEditor(template, parent, new=new, accept_text=accept_text)
    return editor.result_template if editor.exec() else None
