"""The new-project wizard: details, template, units (a pasted list of municipalities),
Summa convention and where the file goes. It creates the file, whole, and returns its path.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from reviewer import review
from reviewer.errors import TemplateError
from reviewer.model import Convention, Template
from reviewer.templates import builtin_template, load_template
from reviewer.ui.guarded import guarded
from reviewer.ui.texts import convention_names
from reviewer.ui.widgets import add_path_row, hint

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def parse_unit_list(text: str, default_files: int) -> list[tuple[str, int]]:
    """One unit a line: a name, optionally followed by `;` or a tab and its number of case
    files (as pasted from a spreadsheet); blank lines are skipped."""
    units = []
    for line in text.splitlines():
        parts = re.split(r"[;\t]", line, maxsplit=1)
        name = " ".join(parts[0].split())
        count = parts[1].strip() if len(parts) > 1 else ""
        if name:
            # A count that is not a number reads as -1, which the page reports.
            units.append((name, (int(count) if count.isdigit() else -1) if count
                          else default_files))
    return units


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def file_name_for(title: str, folder: Path) -> Path:
    """A free file name in `folder` made from the title."""
    stem = _UNSAFE.sub("-", title).strip(" .-") or "granskning"
    candidate = folder / f"{stem}.aktg"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}).aktg"
        number += 1
    return candidate


class DetailsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The review"))
        self.setSubTitle(self.tr("What is audited, by whom and when. Only the title is "
                                 "required; all of it can be changed later."))
        self.project_title = QLineEdit()
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("e.g. Torsby kommun, or the region"))
        self.firm = QLineEdit()
        self.period = QLineEdit()
        self.period.setPlaceholderText(self.tr("e.g. 2025"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.project_title)
        form.addRow(self.tr("Audited &organisation:"), self.organisation)
        form.addRow(self.tr("Audit fir&m:"), self.firm)
        form.addRow(self.tr("&Period:"), self.period)
        self.registerField("title*", self.project_title)


class TemplatePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Control questions"))
        self.setSubTitle(self.tr("The template the case files are reviewed against. The "
                                 "project keeps its own copy."))
        self.builtin = builtin_template()
        self.template: Template | None = self.builtin
        self.use_builtin = QRadioButton(self.tr("B&uilt-in: {name} ({count} questions)").format(
            name=self.builtin.name, count=len(self.builtin.questions)))
        self.use_file = QRadioButton(self.tr("From a te&mplate file:"))
        group = QButtonGroup(self)
        group.addButton(self.use_builtin)
        group.addButton(self.use_file)
        self.use_builtin.setChecked(True)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("a template .json file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a01010;")
        self.questions = QListWidget()
        self.questions.setFocusPolicy(self.questions.focusPolicy().NoFocus)
        row = QHBoxLayout()
        row.addWidget(self.use_file)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.use_builtin)
        layout.addLayout(row)
        layout.addWidget(self.problems)
        layout.addWidget(self.questions, 1)
        self.use_builtin.toggled.connect(self._update)
        self.path.editingFinished.connect(self._update)
        self._update()

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a template"), str(default_folder()),
            self.tr("Templates (*.json)"))
        if chosen:
            self.path.setText(chosen)
            self.use_file.setChecked(True)
            self._update()

    def _update(self, *_args: object) -> None:
        self.problems.clear()
        if self.use_builtin.isChecked():
            self.template = self.builtin
        elif not self.path.text().strip():
            self.template = None
        else:
            try:
                self.template = load_template(Path(self.path.text().strip()))
            except TemplateError as exc:
                self.template = None
                self.problems.setText(str(exc))
        self.questions.clear()
        if self.template is not None:
            self.questions.addItems([("    " if q.parent else "") + f"{q.key}. {q.text}"
                                     for q in self.template.questions])
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.template is not None


class UnitsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Units and case files"))
        self.setSubTitle(self.tr("One audited unit a line (paste a list of municipalities). "
                                 "A number after a semicolon or a tab sets that unit's "
                                 "number of case files."))
        self.names = QPlainTextEdit()
        self.names.setPlaceholderText(self.tr("Torsby kommun\nEda kommun;12"))
        self.names.setTabChangesFocus(True)
        self.files = QSpinBox()
        self.files.setRange(1, 1000)
        self.files.setValue(10)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Case files per unit:"), self.files)
        names_label = QLabel(self.tr("&Units:"))
        names_label.setBuddy(self.names)
        layout = QVBoxLayout(self)
        layout.addWidget(names_label)
        layout.addWidget(self.names, 1)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        self.names.textChanged.connect(self._update)
        self.files.valueChanged.connect(self._update)
        self._update()

    def units(self) -> list[tuple[str, int]]:
        return parse_unit_list(self.names.toPlainText(), self.files.value())

    def _problem(self, units: list[tuple[str, int]]) -> str:
        if not units:
            return self.tr("Name at least one unit.")
        seen: set[str] = set()
        for name, files in units:
            if name.casefold() in seen:
                return self.tr("{name} is named twice.").format(name=name)
            seen.add(name.casefold())
            if not 1 <= files <= 1000:
                return self.tr("{name}: the number of case files must be between 1 and "
                               "1000.").format(name=name)
        return ""

    def _update(self, *_args: object) -> None:
        units = self.units()
        problem = self._problem(units)
        if problem:
            self.summary.setText(problem)
        else:
            self.summary.setText(self.tr("{units} units, {files} case files: {list}").format(
                units=len(units), files=sum(f for _n, f in units),
                list=", ".join(f"{n} ({f})" for n, f in units)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._problem(self.units())


class FilePage(QWizardPage):
    def __init__(self, convention: Convention) -> None:
        super().__init__()
        self.setTitle(self.tr("Summa and file"))
        self.setSubTitle(self.tr("How the Summa column counts, and where the project file is "
                                 "kept. Every change is saved in it at once."))
        self.conventions: dict[Convention, QRadioButton] = {}
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for value, text in convention_names().items():
            radio = QRadioButton(text)
            group.addButton(radio)
            self.conventions[value] = radio
            layout.addWidget(radio)
        self.conventions[convention].setChecked(True)
        self.first_footnote = QSpinBox()
        self.first_footnote.setRange(1, 999)
        self.path = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("First footnote n&umber:"), self.first_footnote)
        add_path_row(form, self.tr("Project fi&le:"), self.path, self._browse)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("The appendix's footnotes usually continue the "
                                      "report's numbering; it can be set again for each "
                                      "report.")))
        layout.addStretch(1)
        self.path.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        if not self.path.text():
            self.path.setText(str(file_name_for(str(self.field("title")), default_folder())))

    def convention(self) -> Convention:
        return next(c for c, radio in self.conventions.items() if radio.isChecked())

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the project as"), self.path.text(),
            self.tr("Aktgranskning projects (*.aktg)"))
        if chosen:
            self.path.setText(chosen if chosen.endswith(".aktg") else chosen + ".aktg")

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())


class NewProjectWizard(QWizard):
    """`created` holds the new file's path once the wizard is finished."""

    def __init__(self, convention: Convention, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.resize(760, 560)
        self.details = DetailsPage()
        self.template_page = TemplatePage()
        self.units_page = UnitsPage()
        self.file_page = FilePage(convention)
        for page in (self.details, self.template_page, self.units_page, self.file_page):
            self.addPage(page)
        self.created: Path | None = None

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.file_page:
            return super().validateCurrentPage()
        return self._create()

    def _create(self) -> bool:
        path = Path(self.file_page.path.text().strip()).expanduser()
        if path.suffix != ".aktg":
            path = path.with_name(path.name + ".aktg")
        template = self.template_page.template
        assert template is not None  # the page is complete only with one
        details = self.details
        project = guarded(self, lambda allow: review.create_project(
            path, title=details.project_title.text(), template=template,
            organisation=details.organisation.text(), firm=details.firm.text(),
            period=details.period.text(), convention=self.file_page.convention(),
            first_footnote=self.file_page.first_footnote.value(),
            units=self.units_page.units(), allow_identity=allow))
        if project is None:
            return False
        project.close()
        self.created = path
        return True
