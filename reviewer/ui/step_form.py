"""The stepping form: one control question at a time, answered by keyboard.

J/N/B/T (or 1–4) answer and move on; Eb and Et open the reason in place, with the reasons
already used for the question offered; ↑/↓ move between questions, PgUp/PgDn between case
files, Ctrl+U jumps to the first unanswered question. Every change is stored at once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.model import CaseFile, Cell, Changes, Code, Placement, Unit
from reviewer.rules.cells import CaseFileSheet
from reviewer.templates import printed_list
from reviewer.ui.operations import ProjectOps, answers
from reviewer.ui.overview import CaseFileOverview
from reviewer.ui.widgets import CONFLICT_COLOUR

# The form keeps the reason panel's room while hidden from this height (see `_keep_room`).
STEADY_FROM_HEIGHT = 700

# The chosen answer must show at a glance, whatever the platform's button style.
ANSWER_STYLE = ("QPushButton { font-size: 12pt; }"
                "QPushButton:checked { background: #2f5f9e; color: white; font-weight: bold;"
                " border: 1px solid #1d3f6b; border-radius: 3px; }")
# The answer, its letter on the button, and its keys.
ANSWER_KEYS = ((Code.JA, "J", (Qt.Key.Key_J, Qt.Key.Key_1)),
               (Code.NEJ, "N", (Qt.Key.Key_N, Qt.Key.Key_2)),
               (Code.EB, "B", (Qt.Key.Key_B, Qt.Key.Key_3)),
               (Code.ET, "T", (Qt.Key.Key_T, Qt.Key.Key_4)))


class _ReasonEdit(QLineEdit):
    """The reason field: ↓ opens the reasons used before (typing filters them), Esc puts
    back what is stored and leaves the cell for later."""

    focused = Signal()
    abandoned = Signal()
    entered = Signal()  # Enter: the text, or the reason highlighted in the list

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        popup_open = popup is not None and popup.isVisible()
        if event.key() == Qt.Key.Key_Escape and not popup_open:
            self.abandoned.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if popup is not None and popup_open:
                chosen = popup.currentIndex()
                if chosen.isValid():
                    self.setText(str(chosen.data()))
                popup.hide()
            event.accept()
            self.entered.emit()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and not popup_open:
            if completer is not None and completer.model().rowCount():
                completer.setCompletionPrefix(self.text())
                completer.complete()
            event.accept()  # never a move to another question from here
            return
        super().keyPressEvent(event)


class StepForm(QWidget):
    step_case_file = Signal(int)  # -1 / +1: the window moves to the previous / next file

    def __init__(self, ops: ProjectOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.case_file_id: str | None = None
        self.key: str = ops.project.template.keys[0]
        self._sheet: CaseFileSheet | None = None  # the case file shown, as last read
        # A signed-off case file or a read-only project: keys do nothing, the status says why.
        self._locked = False
        self._reasons: dict[str, list[str]] = {}  # reasons used so far, by question key
        self._unit: tuple[Unit, list[str]] | None = None  # the current unit and its files
        self._declined: tuple[str, str] | None = None  # a text kept out for a personnummer
        self._asking = False  # the personnummer question is open
        self._build()
        ops.changed.connect(self.on_changed)
        ops.keys.shown.connect(self._show_case_identifier)

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.position = QLabel()
        self.position.setObjectName("position")
        self.question = QLabel()
        self.question.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.question.setFont(font)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.criterion = QLabel()
        self.criterion.setWordWrap(True)
        self.criterion.setStyleSheet("color: #555; font-style: italic;")
        # The case the file is, from the key list, only while it is unlocked (see
        # `ops.keys`): beside "akt 3", so the auditor can fetch the file.
        self.case_identifier = QLabel()
        self.case_identifier.setObjectName("case_identifier")
        self.case_identifier.setStyleSheet(
            "background: #fff1b8; color: #3a3000; padding: 1px 6px; border-radius: 3px;")
        self.case_identifier.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.case_identifier.hide()
        position_row = QHBoxLayout()
        position_row.addWidget(self.position)
        position_row.addWidget(self.case_identifier)
        position_row.addStretch(1)
        layout.addLayout(position_row)
        layout.addSpacing(6)
        layout.addWidget(self.question)
        layout.addWidget(self.criterion)
        layout.addSpacing(12)

        buttons = QHBoxLayout()
        # Not exclusive: an exclusive group cannot show "no answer" (setChecked(False) is
        # ignored on its checked button), and an unanswered question must show none.
        self.answer_group = QButtonGroup(self)
        self.answer_group.setExclusive(False)
        self.answer_buttons: dict[Code, QPushButton] = {}
        for code, letter, _keys in ANSWER_KEYS:
            button = QPushButton(f"{code.value}   [{letter}]")
            button.setCheckable(True)
            button.setMinimumHeight(44)
            button.setStyleSheet(ANSWER_STYLE)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(partial(self.answer, code))
            self.answer_group.addButton(button)
            self.answer_buttons[code] = button
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.derived_note = QLabel()
        self.derived_note.setStyleSheet("color: #555;")
        layout.addWidget(self.derived_note)
        self.conflict_note = QLabel(self.tr(
            "Two copies of the project changed this answer apart; the newer value is shown "
            "until you decide. Ctrl+K shows both sides; a new answer here decides it too."))
        self.conflict_note.setWordWrap(True)
        self.conflict_note.setStyleSheet(f"background: {CONFLICT_COLOUR}; padding: 6px;")
        layout.addWidget(self.conflict_note)

        self.reason_panel = QFrame()
        self.reason_panel.setFrameShape(QFrame.Shape.StyledPanel)
        reason_layout = QVBoxLayout(self.reason_panel)
        self.reason_label = QLabel(self.tr("Reason (printed as a footnote) – Enter saves and "
                                           "moves on, Esc leaves it for later"))
        self.reason = _ReasonEdit()
        self.reason.focused.connect(self._offer_reasons)
        self.reason.abandoned.connect(self._leave_reason)
        self.reason.setPlaceholderText(self.tr("Why is this Eb or Et?"))
        self._reasons_model = QStringListModel(self)
        completer = QCompleter(self._reasons_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.reason.setCompleter(completer)
        self.reason.entered.connect(self._reason_entered)
        self.reason.editingFinished.connect(self._save_reason)
        self.reuse_hint = QLabel()
        self.reuse_hint.setStyleSheet("color: #555;")
        placements = QHBoxLayout()
        self.placement_group = QButtonGroup(self)
        self.placement_buttons: dict[Placement, QRadioButton] = {}
        for placement, text in ((Placement.CELL, self.tr("Footnote on the cell")),
                                (Placement.SUMMA, self.tr("Shared on the Summa")),
                                (Placement.NONE, self.tr("Not printed"))):
            radio = QRadioButton(text)
            radio.clicked.connect(partial(self._set_placement, placement))
            self.placement_group.addButton(radio)
            self.placement_buttons[placement] = radio
            placements.addWidget(radio)
        reason_layout.addWidget(self.reason_label)
        reason_layout.addWidget(self.reason)
        reason_layout.addWidget(self.reuse_hint)
        reason_layout.addLayout(placements)
        layout.addWidget(self.reason_panel)
        self._keep_room(True)

        note_row = QHBoxLayout()
        note_label = QLabel(self.tr("Working &note (never printed):"))
        self.note = QLineEdit()
        note_label.setBuddy(self.note)
        self.note.editingFinished.connect(self._save_note)
        self.note.returnPressed.connect(self.setFocus)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note)
        layout.addLayout(note_row)
        layout.addSpacing(8)
        self.overview_model = CaseFileOverview(self.ops.project.template, self)
        self.overview = QTableView()
        self.overview.setModel(self.overview_model)
        self.overview.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the form
        self.overview.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.overview.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.overview.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.overview.verticalHeader().hide()
        # One line a question, compact: more of the case file shows on a small screen.
        self.overview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.overview.setWordWrap(False)
        header = self.overview.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("Svar  Nej") + 12)
        self.overview.clicked.connect(self._overview_clicked)
        layout.addWidget(self.overview, 1)

        self.file_status = QLabel()
        self.file_status.setWordWrap(True)
        layout.addWidget(self.file_status)
        row = QHBoxLayout()
        self.sign_off_button = QPushButton(self.tr("Sign off…"))
        self.sign_off_button.clicked.connect(self._sign_off)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.clicked.connect(self._reopen)
        row.addWidget(self.sign_off_button)
        row.addWidget(self.reopen_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.keys_help = QLabel(self.tr(
            "J Ja · N Nej · B Eb · T Et   |   ↑ ↓ question · PgUp PgDn case file · "
            "Ctrl+U first unanswered · Ctrl+Z undo · F1 all keys"))
        self.keys_help.setStyleSheet("color: #555;")
        layout.addWidget(self.keys_help)

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        none, ctrl = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier
        self._keys: dict[tuple[int, Qt.KeyboardModifier], Callable[[], object]] = {
            (Qt.Key.Key_Down, none): lambda: self.go(+1),
            (Qt.Key.Key_Up, none): lambda: self.go(-1),
            (Qt.Key.Key_PageDown, none): lambda: self._step_file(+1),
            (Qt.Key.Key_PageUp, none): lambda: self._step_file(-1),
            (Qt.Key.Key_U, ctrl): self.first_unanswered,
        }
        for code, _letter, keys in ANSWER_KEYS:
            for key in keys:
                for modifier in (none, Qt.KeyboardModifier.ShiftModifier):
                    self._keys[(key, modifier)] = partial(self.answer, code)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The form's keys act only while the form itself has the keyboard: never on keys
        a text field, its list of reasons or a button left unhandled."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        action = self._keys.get((event.key(), modifiers))
        if action is None or QApplication.focusWidget() is not self:
            super().keyPressEvent(event)
            return
        event.accept()
        action()

    # -- showing a question ------------------------------------------------------------

    def set_case_file(self, case_file_id: str, key: str | None = None, *,
                      take_focus: bool = True) -> None:
        """Show a case file; `take_focus` False while the navigator is being used."""
        self.save_text_fields()
        sheet = self.ops.sheet(case_file_id)
        if sheet is None:
            self.clear()
            return
        self.case_file_id = case_file_id
        self._sheet = sheet
        self.key = key or self._first_unanswered_key() or self._applicable()[0]
        self.refresh()
        if take_focus:
            self.take_focus()

    @property
    def _cells(self) -> dict[str, Cell]:
        """The cells of the case file shown, as last read (none when none is shown)."""
        return {} if self._sheet is None else self._sheet.cells

    @property
    def case_file(self) -> CaseFile | None:
        """The case file shown, as last read."""
        return None if self._sheet is None else self._sheet.case_file

    def take_focus(self) -> None:
        """The keyboard to the form, or to the reason field when the cell shown still needs
        its reason: typing then writes the reason, never answers another question."""
        cell = self._cells.get(self.key)
        if (cell is not None and cell.missing_reason and not cell.derived
                and not self._locked and self.reason_panel.isVisibleTo(self)):
            self.reason.setFocus()
            self.reason.selectAll()
        else:
            self.setFocus()

    def _keep_room(self, keep: bool) -> None:
        """Whether the reason panel and the derived note keep their room when hidden. Kept,
        moving between questions never shifts the overview or the status under the
        auditor's eyes (nor repaints all); on a small screen that room would be an empty
        band, so there the overview takes it (see `resizeEvent`)."""
        for steady in (self.derived_note, self.reason_panel):
            policy = steady.sizePolicy()
            if policy.retainSizeWhenHidden() != keep:
                policy.setRetainSizeWhenHidden(keep)
                steady.setSizePolicy(policy)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._keep_room(self.height() >= STEADY_FROM_HEIGHT)
        super().resizeEvent(event)

    def _offer_reasons(self) -> None:
        """The reasons written before for this question, for the completer and the hint.

        Reading them scans every answer to the question, so it is done when the reason
        field is entered, once a question until a reason of it changes."""
        if self.case_file_id is None or self.key not in self._cells:
            return
        if self.key not in self._reasons:
            self._reasons[self.key] = self.ops.project.reasons_used(self.key)
        current = self._cells[self.key].answer.reason
        used = [r for r in self._reasons[self.key] if r != current]
        self._reasons_model.setStringList(used)
        self.reuse_hint.setText(self.tr("Used before for this question: {n} (type to "
                                        "search, ↓ to choose)").format(n=len(used))
                                if used else "")

    def on_changed(self, changes: Changes, initiator: object = None) -> None:
        """Read the case file shown again when the change touched it; the form's own
        actions show their result themselves (they move on, or refresh once)."""
        for cell in changes.cells:
            if cell.before.reason != cell.after.reason:
                self._reasons.pop(cell.question_key, None)
        if changes.units or changes.project:
            self._reasons.clear()
        touched = set(changes.case_files) | {c.case_file_id for c in changes.cells}
        if changes.units or changes.project or touched - {self.case_file_id}:
            self._unit = None  # the unit's name or its case files may have changed
        if self.case_file_id is not None and (self.case_file_id in touched or changes.units):
            sheet = self.ops.sheet(self.case_file_id)
            if sheet is None:
                self.clear()  # removed with its unit
                return
            self._sheet = sheet
            if initiator is not self:
                self.refresh()

    def clear(self) -> None:
        """No case file to show: a project without units, or the unit was removed."""
        self.case_file_id = None
        self._sheet = None
        self.position.setText("")
        self._show_case_identifier()
        self.question.setText(self.tr("No case file is chosen. A project without units gets "
                                      "one with Project → Add a unit."))
        for widget in (self.criterion, self.derived_note, self.conflict_note, self.reason_panel,
                       self.sign_off_button, self.reopen_button):
            widget.hide()
        for button in self.answer_buttons.values():
            button.setChecked(False)
            button.setEnabled(False)
        self.note.clear()
        self.note.setEnabled(False)
        self.file_status.setText("")
        self.overview_model.set_cells({})

    def _applicable(self) -> list[str]:
        return [k for k, c in self._cells.items() if not c.derived]

    def _first_unanswered_key(self) -> str | None:
        for key in self._applicable():
            cell = self._cells[key]
            if cell.code is None or cell.missing_reason:
                return key
        return None

    def refresh(self) -> None:
        """Show the question `key` of the case file as last read (no read of the file)."""
        if self._sheet is None:
            return
        case_file, progress = self._sheet.case_file, self._sheet.progress
        project = self.ops.project
        if self._unit is None or self._unit[0].id != case_file.unit_id:
            self._unit = (project.unit(case_file.unit_id),
                          [f.id for f in project.case_files(case_file.unit_id)])
        unit, files = self._unit
        keys = project.template.keys
        question = project.template.question(self.key)
        self.position.setText(self.tr("{unit} · case file {n} of {total} · question {q} of "
                                      "{questions}").format(
            unit=unit.name, n=files.index(case_file.id) + 1, total=len(files),
            q=keys.index(self.key) + 1, questions=len(keys)))
        self._show_case_identifier()
        self.question.setText(f"{question.printed_key}. {question.text}")
        self.criterion.setText(question.footnote or "")
        self.criterion.setVisible(bool(question.footnote))
        cell = self._cells[self.key]
        locked = self._locked = case_file.is_signed_off or self.ops.readonly
        self._show_answer(cell)
        for button in self.answer_buttons.values():
            button.setEnabled(not cell.derived and not locked)
        self.derived_note.setText(self.tr("Applies only when question {parent} is Ja; reads "
                                          "Et.").format(parent=question.parent)
                                  if cell.derived else "")
        self.derived_note.setVisible(cell.derived)
        self.conflict_note.setVisible(cell.conflict)
        needs_reason = cell.code is not None and cell.code.needs_reason and not cell.derived
        self.reason_panel.setVisible(needs_reason)
        if needs_reason:
            if not self.reason.hasFocus():
                self.reason.setText(cell.answer.reason)
            self.placement_buttons[cell.answer.placement].setChecked(True)
            if self.reason.hasFocus():
                self._offer_reasons()
            else:
                self.reuse_hint.clear()  # offered when the auditor comes to write one
        for widget in (self.reason, self.note, *self.placement_buttons.values()):
            widget.setEnabled(not locked)
        if not self.note.hasFocus():
            self.note.setText(cell.answer.note)
        self.overview_model.set_cells(self._cells)
        self.overview.selectRow(self.overview_model.row_of(self.key))
        status = self.tr("Case file {label}: {done} of {applicable} questions done").format(
            label=case_file.label, done=progress.done, applicable=progress.applicable)
        if progress.missing_reasons:
            status += self.tr("; reason missing on {keys}").format(
                keys=printed_list(self.ops.project.template, progress.missing_reasons))
        if case_file.is_signed_off:
            status += self.tr(" — signed off by {name}, locked").format(
                name=case_file.signed_off_by)
        elif progress.done == progress.applicable:
            status += self.tr(" — complete. PgDn for the next case file.")
        self.file_status.setText(status)
        self.sign_off_button.setVisible(not locked)
        self.sign_off_button.setEnabled(progress.done == progress.applicable)
        self.reopen_button.setVisible(case_file.is_signed_off and not self.ops.readonly)

    def _show_case_identifier(self) -> None:
        """The case identifier beside the position while the key list is unlocked and holds
        one for this case file; hidden otherwise."""
        values = self.ops.keys.values(self.case_file_id)
        case = next(iter(values.values()), "")
        self.case_identifier.setVisible(bool(case))
        self.case_identifier.setText(self.tr("Case {identifier}").format(identifier=case))
        others = [f"{name}: {value}" for name, value in list(values.items())[1:] if value]
        self.case_identifier.setToolTip("\n".join([
            *others, self.tr("From the key list, shown while it is unlocked; it is never "
                             "printed, copied into a report or sent in a package.")]))

    def _show_answer(self, cell: Cell) -> None:
        """Exactly the stored answer lit; none for an unanswered or derived cell."""
        for code, button in self.answer_buttons.items():
            button.setChecked(cell.code is code and not cell.derived)

    # -- answering and moving ----------------------------------------------------------

    def answer(self, code: Code, *_clicked: object) -> None:
        if self.case_file_id is None or self._locked or self._cells[self.key].derived:
            return
        changes = answers.set_answer(self, self.ops, self.case_file_id, self.key, code)
        if changes is None:
            self._show_answer(self._cells[self.key])  # a click toggled its button
            return
        if code.needs_reason:
            self.refresh()
            self.reason.setFocus()
            self.reason.selectAll()
        else:
            self.go(+1)

    def go(self, step: int) -> None:
        self.save_text_fields()
        applicable = self._applicable()
        if self.key not in applicable:
            applicable = [k for k in self.ops.project.template.keys
                          if k in applicable or k == self.key]
        index = applicable.index(self.key) + step
        if 0 <= index < len(applicable):
            self.key = applicable[index]
        self.refresh()  # at the last question too: it shows what was just stored
        self.take_focus()

    def _overview_clicked(self, index: QModelIndex) -> None:
        self.show_question(self.ops.project.template.questions[index.row()].key)

    def show_question(self, key: str) -> None:
        """Go to a question of the current case file (not to a derived one)."""
        if key in self._cells and not self._cells[key].derived:
            self.save_text_fields()
            self.key = key
            self.refresh()
        self.take_focus()

    def first_unanswered(self) -> None:
        key = self._first_unanswered_key()
        if key is not None:
            self.save_text_fields()
            self.key = key
            self.refresh()
        self.take_focus()

    def _step_file(self, step: int) -> None:
        self.save_text_fields()
        self.step_case_file.emit(step)

    # -- reason, placement, note ---------------------------------------------------------

    def _reason_entered(self) -> None:
        if self._store_text("reason", self.reason.text(), asked=True) is not False:
            self.go(+1)

    def _leave_reason(self) -> None:
        """Esc: what was stored comes back (the cell stays flagged if it had no reason)."""
        cell = self._cells.get(self.key)
        self.reason.setText(cell.answer.reason if cell is not None else "")
        self.go(+1)

    def _save_reason(self) -> None:
        if self._store_text("reason", self.reason.text()):
            self.refresh()

    def _save_note(self) -> None:
        if self._store_text("note", self.note.text()):
            self.refresh()

    def save_text_fields(self) -> None:
        """Store what is typed in the reason and note fields: before the form moves, and
        before the window exports or closes."""
        if self.case_file_id is None:
            return
        stored = self.reason_panel.isVisible() and self._store_text("reason",
                                                                    self.reason.text())
        if self._store_text("note", self.note.text()) or stored:
            self.refresh()

    def _store_text(self, field: str, text: str, *, asked: bool = False) -> bool | None:
        """Store the reason or note: True when stored, None when there was nothing to
        store, False when it was not stored (the auditor chose to change a personnummer,
        or the change was refused). A text the auditor chose to change is asked about again
        only when they press Enter (`asked`), not each time the field loses the keyboard."""
        if self.case_file_id is None or self._locked or self._cells[self.key].derived:
            return None
        cell = self._cells[self.key]
        if getattr(cell.answer, field) == text.strip():
            return None
        if field == "reason" and (cell.code is None or not cell.code.needs_reason):
            return None
        if self._asking or (not asked and self._declined == (field, text)):
            # While the personnummer question is open the field loses the keyboard (and
            # says editingFinished): that is no second request to store it.
            return False
        editor = self.reason if field == "reason" else self.note

        def declined(found: list[str]) -> None:
            self._declined = (field, text)
            editor.setFocus()
            start = text.find(found[0]) if found else -1
            if start >= 0:
                editor.setSelection(start, len(found[0]))

        self._asking = True
        try:
            changes = answers.edit_text(self, self.ops, self.case_file_id, self.key,
                                        cell.code, declined=declined,
                                        reason=text if field == "reason" else None,
                                        note=text if field == "note" else None)
        finally:
            self._asking = False
        if changes is None:
            return False
        self._declined = None
        return True

    def _set_placement(self, placement: Placement, *_clicked: object) -> None:
        if self.case_file_id is None:
            return
        cell = self._cells[self.key]
        if cell.derived or cell.answer.placement is placement or cell.code is None:
            return
        answers.set_placement(self, self.ops, self.case_file_id, self.key, cell.code,
                              placement)
        self.refresh()

    # -- sign-off ------------------------------------------------------------------------

    def _sign_off(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if self.case_file_id is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Sign off"), self.tr(
            "Name of the auditor who reviewed this case file:"))
        if ok and answers.sign_off(self, self.ops, self.case_file_id, name) is not None:
            self.refresh()

    def _reopen(self) -> None:
        if (self.case_file_id is not None
                and answers.reopen(self, self.ops, self.case_file_id) is not None):
            self.refresh()
