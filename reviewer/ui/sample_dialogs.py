"""Drawing a unit's sample from the Project menu, extending it and replacing a drawn case
file: the dialogs, each doing its work on OK and staying open on a refusal, so that the
auditor mends what was refused and tries again.

Every draw, extension and replacement keeps the drawn cases in the key list: it is
unlocked first (a project without one chooses its password then).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError, SamplingError, UnconfirmedRemovalError
from reviewer.model import CaseFile
from reviewer.sampling.columns import ListColumns, list_columns
from reviewer.sampling.draw import DrawPlan, Method, check_seed, new_seed
from reviewer.sampling.model import DrawInfo
from reviewer.sampling.operations import Outcome, draw_of_unit, key_entries
from reviewer.sampling.population import PopulationSpec, parse_day
from reviewer.ui import key_dialogs
from reviewer.ui.exchange_dialogs import run_busy
from reviewer.ui.guarded import refused
from reviewer.ui.operations import ProjectOps
from reviewer.ui.operations import sampling as sampling_ops
from reviewer.ui.operations.keys import KeySession
from reviewer.ui.widgets import Button, add_path_row, dialog_buttons, hint
from reviewer.ui.wizard import default_folder

LIST_FILES = "*.xlsx *.csv"
MAX_SIZE = 100_000
# A header that names a case's identifier, a date: the columns offered first.
_IDENTIFIER = re.compile(r"^(?:ärende|diarie|dnr\b|case\b|akt\b|id\b)", re.IGNORECASE)
_DATE = re.compile(r"datum|date|dag", re.IGNORECASE)


def _form_row(form: QFormLayout, text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    form.addRow(label, field)
    return label


def choose_list(parent: QWidget, title: str, start: str) -> Path | None:
    """The file dialog for a list of cases (.xlsx, .csv), opening at `start`."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, title, start or str(default_folder()),
        QCoreApplication.translate("sampling", "Lists of cases ({patterns})").format(
            patterns=LIST_FILES))
    return Path(chosen) if chosen else None


def _choose_list(parent: QWidget, path: QLineEdit) -> bool:
    """The file dialog for a list of cases; whether one was chosen into `path`."""
    chosen = choose_list(parent, parent.tr("Choose the list of cases"), path.text().strip())
    if chosen is not None:
        path.setText(str(chosen))
    return chosen is not None


def _list_path(text: str) -> Path | None:
    text = text.strip()
    return Path(text).expanduser() if text else None


class DrawDialog(QDialog):
    """The population (file, sheet, columns, period), the method and size, the seed; OK
    draws. `outcome` is the draw made."""

    def __init__(self, ops: ProjectOps, unit_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.outcome: Outcome | None = None
        self._read: tuple[Path, str] | None = None  # the list and sheet the columns are of
        self._columns: ListColumns | None = None
        self.setWindowTitle(self.tr("Draw a sample"))
        self.setMinimumWidth(640)

        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems([u.name for u in ops.project.units()])
        self.unit.setCurrentText(unit_name)
        self.path = QLineEdit()
        self.path.editingFinished.connect(self._path_given)
        self.sheet = QComboBox()
        self.sheet.activated.connect(lambda _index: self._load(self.sheet.currentText()))
        self.column = QComboBox()
        self.column.currentIndexChanged.connect(self._fill_keep)
        self.method = QComboBox()
        for method, text in ((Method.RANDOM, self.tr("Simple random")),
                             (Method.SYSTEMATIC, self.tr("Systematic (a random start, a "
                                                         "fixed interval)")),
                             (Method.STRATIFIED, self.tr("Stratified"))):
            self.method.addItem(text, method.value)  # Qt keeps a str of a StrEnum
        self.method.currentIndexChanged.connect(self._enable)
        self.sample_size = QSpinBox()
        self.sample_size.setRange(1, MAX_SIZE)
        self.sample_size.setValue(10)
        self.stratum = QComboBox()
        self.allocation = QComboBox()
        self.allocation.addItem(self.tr("In proportion to the strata's sizes"), True)
        self.allocation.addItem(self.tr("The same number from each stratum"), False)
        self.allocation.currentIndexChanged.connect(self._enable)
        self.per_stratum = QSpinBox()
        self.per_stratum.setRange(1, MAX_SIZE)
        self.per_stratum.setValue(2)
        self.date_column = QComboBox()
        self.date_column.currentIndexChanged.connect(self._enable)
        self.period_from = QLineEdit()
        self.period_to = QLineEdit()
        for edit in (self.period_from, self.period_to):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.keep = QListWidget()
        self.keep.setFixedHeight(self.fontMetrics().height() * 5 + 8)  # five columns
        self.seed = QLineEdit(new_seed())
        self._generated = self.seed.text()
        new = QPushButton(self.tr("&New seed"))
        new.setAutoDefault(False)
        new.clicked.connect(self._new_seed)

        form = QFormLayout()
        _form_row(form, self.tr("&Unit:"), self.unit)
        add_path_row(form, self.tr("&List of cases:"), self.path, self._browse)
        _form_row(form, self.tr("S&heet:"), self.sheet)
        _form_row(form, self.tr("&Case identifier:"), self.column)
        _form_row(form, self.tr("&Method:"), self.method)
        _form_row(form, self.tr("Si&ze:"), self.sample_size)
        _form_row(form, self.tr("St&ratum column:"), self.stratum)
        _form_row(form, self.tr("&Allocation:"), self.allocation)
        _form_row(form, self.tr("&Per stratum:"), self.per_stratum)
        _form_row(form, self.tr("&Date column:"), self.date_column)
        period = QHBoxLayout()
        period.addWidget(self.period_from)
        to_label = QLabel(self.tr("T&o:"))
        to_label.setBuddy(self.period_to)
        period.addWidget(to_label)
        period.addWidget(self.period_to)
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.period_from)
        form.addRow(from_label, period)
        _form_row(form, self.tr("&Keep in the key list:"), self.keep)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(new)
        seed_label = QLabel(self.tr("S&eed:"))
        seed_label.setBuddy(self.seed)
        form.addRow(seed_label, seed_row)

        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "The drawn cases become the unit's case files 1..n in draw order. Which case each "
            "is goes into the key list only, encrypted with its own password; the project "
            "keeps how the sample was drawn (the list's name and SHA-256, the rows used and "
            "left out, the method, the seed), never a case. The same list, method, size and "
            "seed always draw the same sample.")))
        layout.addLayout(form)
        self.buttons = dialog_buttons(self)
        self.draw_button = self.buttons.button(Button.Ok)
        self.draw_button.setText(self.tr("Dra&w"))
        layout.addWidget(self.buttons)
        self._fill(None)
        # Its whole height, which fits a 1024×640 screen: left to itself, a dialog opens at
        # most two thirds of the screen high, and the form's rows would overlap.
        self.resize(self.minimumWidth(), self.sizeHint().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the list's path reads its columns and moves on to them: the draw, which
        cannot be unmade, is never made with columns the auditor has not seen. Elsewhere
        Enter draws, as OK does in any dialog."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.focusWidget() is self.path:
            # The path's editingFinished has read the columns: to the first of them.
            if self.column.isEnabled():
                self.column.setFocus(Qt.FocusReason.TabFocusReason)
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    # -- the list's columns --------------------------------------------------------------

    def _browse(self) -> None:
        if _choose_list(self, self.path):
            self._path_given()

    def _path_given(self) -> None:
        path = _list_path(self.path.text())
        if path is None or self._read is None or self._read[0] != path:
            self._load(None)

    def _load(self, sheet: str | None) -> None:
        """Read the list's sheets and header row (off the UI thread: a workbook is unpacked
        whole); a list that cannot be read is said and leaves the columns empty."""
        path = _list_path(self.path.text())
        columns: ListColumns | None = None
        if path is not None:
            try:
                columns = run_busy(self, self.tr("Reading the list's columns…"),
                                   lambda: list_columns(path, sheet or None))
            except ReviewerError as exc:
                refused(self, exc)
        self._read = None if path is None or columns is None else (path, columns.sheet)
        self._fill(columns)

    def _fill(self, columns: ListColumns | None) -> None:
        self._columns = columns
        self.sheet.clear()
        if columns is not None and columns.sheets:
            self.sheet.addItems(list(columns.sheets))
            self.sheet.setCurrentText(columns.sheet)
        names = [] if columns is None else [
            (f"{c.header} ({c.letter})" if c.header else c.letter, c.name)
            for c in columns.columns]
        for combo, blank in ((self.column, None),
                             (self.stratum, self.tr("Choose the stratum column")),
                             (self.date_column, self.tr("No period: every row"))):
            combo.blockSignals(True)
            combo.clear()
            if blank is not None:
                combo.addItem(blank, None)
            for text, name in names:
                combo.addItem(text, name)
            combo.blockSignals(False)
        if columns is not None:
            headers = [c.header for c in columns.columns]
            self.column.setCurrentIndex(next(
                (i for i, h in enumerate(headers) if _IDENTIFIER.search(h)), 0))
        self._fill_keep()
        self._enable()

    def _fill_keep(self) -> None:
        self.keep.clear()
        if self._columns is None:
            return
        for column in self._columns.columns:
            if column.name == self.column.currentData():
                continue
            item = QListWidgetItem(f"{column.header} ({column.letter})" if column.header
                                   else column.letter)
            item.setData(Qt.ItemDataRole.UserRole, column.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.keep.addItem(item)

    def _enable(self) -> None:
        read = self._columns is not None
        stratified = self._method() is Method.STRATIFIED
        proportional = bool(self.allocation.currentData())
        dated = self.date_column.currentData() is not None
        for widget, on in ((self.sheet, read and self.sheet.count() > 0),
                           (self.column, read), (self.keep, read),
                           (self.sample_size, not stratified or proportional),
                           (self.stratum, read and stratified),
                           (self.allocation, stratified),
                           (self.per_stratum, stratified and not proportional),
                           (self.date_column, read),
                           (self.period_from, dated), (self.period_to, dated)):
            widget.setEnabled(on)

    def _method(self) -> Method:
        return Method(self.method.currentData())

    def _new_seed(self) -> None:
        self.seed.setText(new_seed())
        self._generated = self.seed.text()
        self.seed.setFocus()

    # -- the draw ------------------------------------------------------------------------

    def _request(self) -> tuple[PopulationSpec, DrawPlan]:
        path = _list_path(self.path.text())
        if path is None or self._read is None or self._read[0] != path:
            raise SamplingError(self.tr("Choose the list of cases to draw from, and its "
                                        "columns."))
        method = self._method()
        stratified = method is Method.STRATIFIED
        proportional = stratified and bool(self.allocation.currentData())
        dated = self.date_column.currentData() is not None
        keep = tuple(str(item.data(Qt.ItemDataRole.UserRole))
                     for item in map(self.keep.item, range(self.keep.count()))
                     if item.checkState() == Qt.CheckState.Checked)
        spec = PopulationSpec(
            path=path, column=self.column.currentData(), sheet=self._read[1] or None,
            stratum_column=self.stratum.currentData() if stratified else None,
            date_column=self.date_column.currentData() if dated else None,
            period_from=_day(self.period_from.text()) if dated else None,
            period_to=_day(self.period_to.text()) if dated else None, keep=keep)
        if stratified and spec.stratum_column is None:
            raise SamplingError(self.tr("Choose the column whose value is each case's "
                                        "stratum (a team, a kind of decision)."))
        plan = DrawPlan(method=method, seed=check_seed(self.seed.text()),
                        size=self.sample_size.value() if not stratified or proportional else None,
                        per_stratum=self.per_stratum.value()
                        if stratified and not proportional else None,
                        proportional=proportional)
        return spec, plan

    def accept(self) -> None:
        try:
            spec, plan = self._request()
        except ReviewerError as exc:
            refused(self, exc)
            return
        if not key_dialogs.unlock(self, self.ops.keys):
            return
        outcome = sampling_ops.draw(self, self.ops, self.unit.currentText(), spec, plan,
                                    seed_typed=self.seed.text().strip() != self._generated)
        if outcome is not None:
            self.outcome = outcome
            super().accept()


def _day(text: str) -> dt.date | None:
    return parse_day(text) if text.strip() else None


class _FromTheListDialog(QDialog):
    """A dialog that draws again from the list drawn from (extend, replace): its rows above
    the list's path, the explanation on top, OK named for what it does."""

    def __init__(self, ops: ProjectOps, list_path: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setMinimumWidth(560)
        self.path = QLineEdit(list_path)
        self.form = QFormLayout()

    def _lay_out(self, text: str, accept_text: str) -> None:
        add_path_row(self.form, self.tr("&List of cases:"), self.path,
                     lambda: _choose_list(self, self.path))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(text))
        layout.addLayout(self.form)
        buttons = dialog_buttons(self)
        buttons.button(Button.Ok).setText(accept_text)
        layout.addWidget(buttons)

    def _list_named(self) -> Path | None:
        """The list's path; None, said, when none is named."""
        path = _list_path(self.path.text())
        if path is None:
            refused(self, SamplingError(self.tr("Name the list of cases drawn from.")))
        return path


class ExtendDialog(_FromTheListDialog):
    """How many more case files (from which stratum), and the list drawn from: OK draws
    them. `added` holds (case file id, number) of each."""

    def __init__(self, ops: ProjectOps, unit_id: str, info: DrawInfo, list_path: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, list_path, parent)
        self.unit_id = unit_id
        self.added: list[tuple[str, str]] = []
        self.setWindowTitle(self.tr("Extend the sample"))
        self.by = QSpinBox()
        self.by.setRange(1, MAX_SIZE)
        self.by.setValue(1)
        self.stratum = QComboBox()
        for stratum in info.strata:
            self.stratum.addItem(stratum.name)
        _form_row(self.form, self.tr("&More case files:"), self.by)
        if info.strata:
            _form_row(self.form, self.tr("From the st&ratum:"), self.stratum)
        self._lay_out(self.tr(
            "{unit}: the next cases in the draw's own order become case files after the "
            "last, and are kept in the key list. Name the very list drawn from, {source}: its "
            "SHA-256 is checked.").format(unit=ops.project.unit(unit_id).name,
                                         source=info.source_name), self.tr("E&xtend"))

    def accept(self) -> None:
        path = self._list_named()
        if path is None or not key_dialogs.unlock(self, self.ops.keys):
            return
        added = sampling_ops.extend(self, self.ops, self.unit_id, path, self.by.value(),
                                    self.stratum.currentText() or None)
        if added is not None:
            self.added = added
            super().accept()


class ReplaceDialog(_FromTheListDialog):
    """Why the case file is out of scope, and the list drawn from: OK puts the next case in
    the draw's order in its place. `replaced` holds the new case file's (id, number)."""

    def __init__(self, ops: ProjectOps, case_file: CaseFile, info: DrawInfo, list_path: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, list_path, parent)
        self.case_file = case_file
        self.replaced: tuple[str, str] | None = None
        self.setWindowTitle(self.tr("Replace case file {label}").format(
            label=case_file.label))
        self.reason = QLineEdit()
        _form_row(self.form, self.tr("&Reason:"), self.reason)
        self._lay_out(self.tr(
            "{unit}, case file {label}: found out of scope, it is removed (its history "
            "stays) and the next case in the draw's order takes its number. The reason goes "
            "into the sampling record; write it without naming the case. Name the very list "
            "drawn from, {source}: its SHA-256 is checked.").format(
            unit=ops.project.unit(case_file.unit_id).name, label=case_file.label,
            source=info.source_name), self.tr("Re&place"))

    def accept(self) -> None:
        path = self._list_named()
        if path is None:
            return
        confirm = False
        try:  # what the replacement would refuse, before the list is read
            sampling_ops.check_replacement(self.ops, self.case_file.id, self.reason.text())
        except UnconfirmedRemovalError as exc:
            choice = QMessageBox.question(
                self, self.windowTitle(), str(exc),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if choice != QMessageBox.StandardButton.Yes:
                return
            confirm = True
        except ReviewerError as exc:
            refused(self, exc)
            return
        if not key_dialogs.unlock(self, self.ops.keys):
            return
        replaced = sampling_ops.replace(self, self.ops, self.case_file.id, self.reason.text(),
                                        path, confirm=confirm)
        if replaced is not None:
            self.replaced = replaced
            super().accept()


def drawn_info(parent: QWidget, ops: ProjectOps, unit_id: str) -> DrawInfo | None:
    """How the unit was drawn; None, said, when it was not drawn by the tool."""
    stored = draw_of_unit(ops.project, unit_id)
    if stored is None:
        QMessageBox.information(parent, parent.tr("Sample"), parent.tr(
            "The sample of {unit} was not drawn by the tool, so it cannot be extended or "
            "replaced from a list of cases. Draw one into a new unit, or add case files by "
            "hand.").format(unit=ops.project.unit(unit_id).name))
        return None
    return stored.draw


def rebuild_key(parent: QWidget, keys: KeySession, unit_id: str, info: DrawInfo,
                list_path: str) -> Path | None:
    """Make a drawn unit's key again from the list drawn from (chosen, starting at
    `list_path`; its SHA-256 checked): the list it was read from, or None."""
    source = choose_list(parent, QCoreApplication.translate(
        "sampling", "The list {source} was drawn from").format(source=info.source_name),
        list_path)
    if source is None or not key_dialogs.unlock(parent, keys):
        return None
    try:
        entries = run_busy(parent, QCoreApplication.translate("sampling", "Reading the list…"),
                           lambda: key_entries(keys.project, unit_id, source))
        keys.store(entries)
    except ReviewerError as exc:
        refused(parent, exc)
        return None
    QMessageBox.information(
        parent, QCoreApplication.translate("sampling", "Rebuild the key from the list"),
        QCoreApplication.translate(
            "sampling", "The key of {unit} is made again from {source}: {count} case "
                        "files.").format(unit=keys.project.unit(unit_id).name,
                                         source=source.name, count=len(entries)))
    return source
