"""The new-project wizard: details, template, units (a pasted list of municipalities),
Summa convention and where the file goes. It creates the file, whole, and returns its path.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from reviewer import review
from reviewer.errors import TemplateError
from reviewer.library import OWN, SHARED, LibraryEntry, list_library
from reviewer.model import Convention, Template
from reviewer.settings import load_settings
from reviewer.templates import TEMPLATE_SUFFIXES, ancestors, builtin_template, load_template
from reviewer.ui.guarded import guarded
from reviewer.ui.texts import convention_names
from reviewer.ui.widgets import add_path_row, hint

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_INDENT = "\u2003\u2003"  # a sub-question in the list of questions


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
    """Built-in, from the library, from a file, or written here in the template editor
    (from nothing, or starting from the template chosen)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Control questions"))
        self.setSubTitle(self.tr("The template the case files are reviewed against. The "
                                 "project keeps its own copy."))
        self.builtin = builtin_template()
        self.template: Template | None = self.builtin
        self.written: Template | None = None  # written or changed in the template editor
        self.entries: list[LibraryEntry] = []
        self.use_builtin = QRadioButton(self.tr("B&uilt-in: {name} ({count} questions)").format(
            name=self.builtin.name, count=len(self.builtin.questions)))
        self.use_library = QRadioButton(self.tr("From the template &library:"))
        self.library = QTreeWidget()
        self.library.setRootIsDecorated(False)
        self.library.setHeaderLabels([self.tr("Name"), self.tr("Questions"),
                                      self.tr("Last changed"), self.tr("Folder")])
        self.library.setMaximumHeight(6 * self.fontMetrics().height() + 16)
        self.library.header().setStretchLastSection(False)
        self.library.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.use_file = QRadioButton(self.tr("From a te&mplate file:"))
        self.use_written = QRadioButton(self.tr("Wri&tten here:"))
        self.written_label = QLabel()
        group = QButtonGroup(self)
        for radio in (self.use_builtin, self.use_library, self.use_file, self.use_written):
            group.addButton(radio)
        self.use_builtin.setChecked(True)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("a template file ({patterns})").format(
            patterns=", ".join(TEMPLATE_SUFFIXES)))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.write_button = QPushButton(self.tr("Write a ne&w template…"))
        self.write_button.clicked.connect(self.write_new)
        self.change_button = QPushButton(self.tr("Start from the chosen one and c&hange "
                                                 "it…"))
        self.change_button.clicked.connect(self.change_chosen)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a01010;")
        self.questions = QListWidget()
        self.questions.setFocusPolicy(self.questions.focusPolicy().NoFocus)
        file_row = QHBoxLayout()
        file_row.addWidget(self.use_file)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        written_row = QHBoxLayout()
        written_row.addWidget(self.use_written)
        written_row.addWidget(self.written_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.use_builtin)
        layout.addWidget(self.use_library)
        layout.addWidget(self.library)
        layout.addLayout(file_row)
        layout.addLayout(written_row)
        layout.addLayout(buttons)
        layout.addWidget(self.problems)
        layout.addWidget(self.questions, 1)
        for radio in (self.use_builtin, self.use_library, self.use_file, self.use_written):
            radio.toggled.connect(self._update)
        self.library.currentItemChanged.connect(self._library_chosen)
        self.path.editingFinished.connect(self._update)
        self.fill_library()
        self._update()

    def initializePage(self) -> None:
        self.fill_library()  # a template saved meanwhile shows

    def fill_library(self) -> None:
        """The library's templates, each with its number of questions and when last
        changed; one that cannot be read says so."""
        current = self._library_entry()
        self.entries = list_library(load_settings().shared_templates)
        self.library.blockSignals(True)
        self.library.clear()
        folders = {OWN: self.tr("Your own"), SHARED: self.tr("Shared")}
        for number, entry in enumerate(self.entries):
            count = (str(entry.questions) if entry.usable
                     else self.tr("cannot be read"))
            changed = "" if entry.changed is None else entry.changed.strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem([entry.name, count, changed, folders[entry.folder]])
            item.setData(0, Qt.ItemDataRole.UserRole, number)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            tip = str(entry.path) + (f"\n{entry.problem}" if entry.problem else "")
            for column in range(4):
                item.setToolTip(column, tip)
            if not entry.usable:
                item.setForeground(1, QBrush(QColor("#a01010")))
            self.library.addTopLevelItem(item)
            if current is not None and entry.path == current.path:
                self.library.setCurrentItem(item)
        if not self.entries:
            empty = QTreeWidgetItem([self.tr("No templates yet: save one from the template "
                                             "editor, or set the firm's shared folder in "
                                             "Settings.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setFirstColumnSpanned(True)
            self.library.addTopLevelItem(empty)
        self.library.resizeColumnToContents(1)
        self.library.resizeColumnToContents(2)
        self.library.resizeColumnToContents(3)
        self.library.blockSignals(False)
        self._update()

    def _library_entry(self) -> LibraryEntry | None:
        item = self.library.currentItem()
        number = None if item is None else item.data(0, Qt.ItemDataRole.UserRole)
        return None if number is None else self.entries[int(number)]

    def _library_chosen(self, *_args: object) -> None:
        if self._library_entry() is not None:
            self.use_library.setChecked(True)
        self._update()

    def _browse(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in TEMPLATE_SUFFIXES)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a template"), str(default_folder()),
            self.tr("Templates ({patterns})").format(patterns=patterns))
        if chosen:
            self.path.setText(chosen)
            self.use_file.setChecked(True)
            self._update()

    def _chosen(self) -> tuple[Template | None, str]:
        """The template the radio buttons choose, or None and why not."""
        if self.use_builtin.isChecked():
            return self.builtin, ""
        if self.use_library.isChecked():
            first = self.library.topLevelItem(0)
            if self.library.currentItem() is None and self.entries and first is not None:
                self.library.blockSignals(True)  # this is the update it would ask for
                self.library.setCurrentItem(first)
                self.library.blockSignals(False)
            entry = self._library_entry()
            if entry is None:
                return None, ""
            return entry.template, (self.tr("{name} cannot be used: {problem}").format(
                name=entry.path.name, problem=entry.problem) if entry.problem else "")
        if self.use_file.isChecked():
            if not self.path.text().strip():
                return None, ""
            try:
                return load_template(Path(self.path.text().strip())), ""
            except TemplateError as exc:
                return None, str(exc)
        return self.written, ""

    def _update(self, *_args: object) -> None:
        self.template, problem = self._chosen()
        self.problems.setText(problem)
        self.problems.setVisible(bool(problem))
        self.written_label.setText(self.tr("{name} ({count} questions)").format(
            name=self.written.name or self.tr("no name"), count=len(self.written.questions))
            if self.written is not None else self.tr("nothing yet"))
        self.change_button.setEnabled(self.template is not None)
        self.questions.clear()
        if self.template is not None:
            self.questions.addItems([_INDENT * len(ancestors(self.template, q.key))
                                     + f"{q.printed_key}. {q.text}"
                                     for q in self.template.questions])
        self.completeChanged.emit()

    def write_new(self) -> None:
        """A template written from nothing in the template editor."""
        self._edit(Template(name="", questions=()))

    def change_chosen(self) -> None:
        """The chosen template opened in the template editor; the project gets the
        changed one (the original stays as it is)."""
        if self.template is not None:
            self._edit(self.template)

    def _edit(self, template: Template) -> None:
        from reviewer.ui.template_editor import edit_template

        edited = edit_template(self, template, accept_text=self.tr("Use this template"))
        self.fill_library()  # it may have been saved into the library meanwhile
        if edited is not None:
            self.written = edited
            self.use_written.setChecked(True)
            self._update()

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
