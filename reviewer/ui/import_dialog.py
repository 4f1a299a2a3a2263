"""Grid import from the File menu: a review kept in Excel or CSV into a new or empty unit;
a refused sheet shows every problem with its row and column, and nothing is imported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import SheetError, SheetProblem, column_letter
from reviewer.model import Changes
from reviewer.ui.guarded import guarded
from reviewer.ui.operations import ProjectOps
from reviewer.ui.widgets import dialog_buttons
from reviewer.ui.wizard import default_folder


class UnitChoiceDialog(QDialog):
    """Which unit the sheet goes into: a new name, or an existing unit without answers."""

    def __init__(self, sheet: Path, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a review sheet"))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(names)
        self.unit.setCurrentText(sheet.stem)
        label = QLabel(self.tr("Import {sheet} into the &unit (a new name, or a unit that "
                               "holds no answers yet):").format(sheet=sheet.name))
        label.setWordWrap(True)
        label.setBuddy(self.unit)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.unit)
        layout.addWidget(dialog_buttons(self))
        self.resize(520, 0)


class SheetProblemsDialog(QDialog):
    """Every problem of a refused sheet, one a row, sortable and copyable."""

    def __init__(self, error: SheetError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The sheet was not imported"))
        self.resize(760, 420)
        intro = QLabel(self.tr("{sheet}: {count} problems. Nothing was imported; correct the "
                               "sheet and import it again.").format(
            sheet=Path(error.source).name, count=len(error.problems)))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(error.problems), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"),
                                              self.tr("Problem")])
        for row, problem in enumerate(sorted(error.problems,
                                             key=lambda p: (p.row, p.column))):
            for column, text in enumerate(_cells(problem)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._text = str(error)
        copy = QPushButton(self.tr("&Copy the list"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


def _cells(problem: SheetProblem) -> tuple[str, str, str]:
    return (str(problem.row) if problem.row else "",
            column_letter(problem.column) if problem.column else "", problem.problem)


def import_sheet(parent: QWidget, ops: ProjectOps, sheet: Path | None = None,
                 unit_name: str | None = None) -> str | None:
    """Ask for a sheet and its unit, import it; the unit's id, or None if nothing came in."""
    from reviewer.gridimport import ImportResult, import_grid

    title = QCoreApplication.translate("import_sheet", "Import a review sheet")
    if sheet is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent, title, str(default_folder()),
            QCoreApplication.translate("import_sheet", "Review sheets (*.xlsx *.csv)"))
        if not chosen:
            return None
        sheet = Path(chosen)
    if unit_name is None:
        choice = UnitChoiceDialog(sheet, [u.name for u in ops.project.units()], parent)
        if not choice.exec():
            return None
        unit_name = choice.unit.currentText()
    results: list[ImportResult] = []
    refused: list[SheetError] = []

    def run(allow: bool) -> Changes:
        assert sheet is not None and unit_name is not None
        try:
            result = import_grid(ops.project, sheet, unit_name, author=ops.author,
                                 allow_identity=allow)
        except SheetError as exc:  # shown as a list below, not as one long message
            refused.append(exc)
            return Changes()
        results.append(result)
        return Changes(units=frozenset({result.unit_id}))

    guarded(parent, lambda allow: ops.run(title, lambda: run(allow)))
    if refused:
        SheetProblemsDialog(refused[-1], parent).exec()
    if not results:
        return None
    result = results[-1]
    text = QCoreApplication.translate(
        "import_sheet", "Imported {answers} answers for {files} case files into {unit}.").format(
        answers=result.answers, files=result.files, unit=unit_name)
    if result.missing_reasons:
        text += "\n" + QCoreApplication.translate(
            "import_sheet", "{count} Eb/Et answers have no reason yet; they are marked red "
                            "in the grid.").format(count=result.missing_reasons)
    QMessageBox.information(parent, title, text)
    return result.unit_id
