"""Report preview and print: choose units and options, see the PDF as it will print
(QtPdf), print it on the system's printer or save it as PDF, Word, Excel or CSV.

The report is built and written off the UI thread; a busy bar shows while it is made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewer import scratch
from reviewer.errors import OperationError, ReviewerError
from reviewer.i18n import N_
from reviewer.model import Convention
from reviewer.project import Project
from reviewer.report.model import DEFAULT_TITLE, ReportOptions
from reviewer.settings import load_settings
from reviewer.ui.background import Background
from reviewer.ui.guarded import refused
from reviewer.ui.printing import print_pdf
from reviewer.ui.texts import fill_conventions
from reviewer.ui.widgets import UnitChecklist

FORMAT_SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "csv": ".csv"}
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


@dataclass(frozen=True)
class Written:
    path: Path
    warnings: tuple[str, ...]
    incomplete: tuple[str, ...] = ()  # a line per unit not complete, for the dialog


def write(project: Project, unit_ids: list[str], options: ReportOptions, fmt: str,
          out: Path) -> Written:
    """Build the report and write it (the work done off the UI thread)."""
    from reviewer.report.builder import build_report
    from reviewer.report.output import options_for, write_report

    if not unit_ids:
        raise OperationError(N_("The project has no units to report."))
    units = [project.unit(unit_id) for unit_id in unit_ids]
    report = build_report(project, units, options_for(fmt, options))
    write_report(report, fmt, out)
    return Written(out, report.warnings, incomplete_units(project, unit_ids))


def incomplete_units(project: Project, unit_ids: list[str]) -> tuple[str, ...]:
    """Per unit not complete: its case files not complete and its cells without a reason."""
    from reviewer.summary import summarize

    lines = []
    for summary in summarize(project, unit_ids):
        if summary.complete and not summary.missing_reasons:
            continue
        line = QCoreApplication.translate(
            "ReportDialog", "{unit}: {open} of {files} case files not complete").format(
            unit=summary.unit.name, open=summary.files - summary.done, files=summary.files)
        if summary.missing_reasons:  # only when there are some: "0 without" is noise
            line += QCoreApplication.translate(
                "ReportDialog", ", {missing} Eb/Et without a reason").format(
                missing=summary.missing_reasons)
        lines.append(line)
    return tuple(lines)


class ReportDialog(QDialog):
    def __init__(self, project: Project, chosen: list[str], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Report and print – {title}").format(
            title=project.info.title))
        self._fit_to_screen(1180, 800)
        self.background = Background(self)
        # Previews hold the project's data: in the private scratch folder, not the shared
        # temp folder, so a crash leaves them only until the next start.
        self._scratch = scratch.start("preview")
        self._folder = self._scratch.folder
        self._previews = 0
        self.preview_path: Path | None = None
        self.preview_options: ReportOptions | None = None  # what the preview shows
        self.document = QPdfDocument(self)
        self._build(chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)  # typing a title makes one preview, not one a letter
        self._timer.timeout.connect(self.update_preview)
        self.background.busy_changed.connect(self._busy)
        self.update_preview()

    # -- layout --------------------------------------------------------------------------

    def _fit_to_screen(self, width: int, height: int) -> None:
        """As large as the preview wants, but never beyond the screen (a laptop's
        1024×640 leaves room for the window's frame and the desktop's panel)."""
        room = self.screen().availableGeometry()
        self.resize(min(width, room.width() - 40), min(height, room.height() - 80))

    def _build(self, chosen: list[str]) -> None:
        info = self.project.info
        self.units = UnitChecklist(self.project.units(),
                                   lambda unit: unit.id in chosen or not chosen)
        self.units.itemChanged.connect(self._options_changed)
        every = QPushButton(self.tr("&All units"))
        every.clicked.connect(self.units.check_all)
        self.joint = QCheckBox(self.tr("&Joint summary across the units first"))
        self.title = QLineEdit(DEFAULT_TITLE)
        self.first_footnote = QSpinBox()
        self.first_footnote.setRange(1, 999)
        self.first_footnote.setValue(info.first_footnote)
        self.convention = QComboBox()
        fill_conventions(self.convention, info.convention)
        self.reuse = QCheckBox(self.tr("The same reason keeps one footnote &number"))
        self.findings = QCheckBox(self.tr("&Findings under each table"))
        self.percent = QCheckBox(self.tr("Summa with a pe&rcentage"))
        # Word only (the PDF always lists them): no new preview when it changes.
        self.footnotes_below = QCheckBox(self.tr("Word: reasons as a &list under the "
                                                 "table, not footnotes"))
        self.sampling = QCheckBox(self.tr("How each sa&mple was drawn"))
        for box in (self.joint, self.reuse, self.findings, self.percent, self.sampling):
            box.toggled.connect(self._options_changed)
        self.title.textChanged.connect(self._options_changed)
        self.first_footnote.valueChanged.connect(self._options_changed)
        self.convention.currentIndexChanged.connect(self._options_changed)

        units_label = QLabel(self.tr("&Units:"))
        units_label.setBuddy(self.units)
        options = QFormLayout()
        options.addRow(self.tr("&Title:"), self.title)
        options.addRow(self.tr("First f&ootnote:"), self.first_footnote)
        options.addRow(self.tr("&Summa:"), self.convention)
        left = QVBoxLayout()
        left.addWidget(units_label)
        left.addWidget(self.units, 1)
        left.addWidget(every)
        left.addWidget(self.joint)
        left.addLayout(options)
        for box in (self.reuse, self.findings, self.percent, self.sampling,
                    self.footnotes_below):
            left.addWidget(box)
        left.addStretch(0)
        left_widget = QWidget()
        left_widget.setLayout(left)

        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.whole_page = QPushButton(self.tr("W&hole page"))
        self.page_width = QPushButton(self.tr("Pa&ge width"))
        for button, mode in ((self.whole_page, QPdfView.ZoomMode.FitInView),
                             (self.page_width, QPdfView.ZoomMode.FitToWidth)):
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.clicked.connect(lambda _checked=False, m=mode: self.view.setZoomMode(m))
        self.whole_page.setChecked(True)
        self.view.setStyleSheet("background: #777;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the report is being made
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.whole_page)
        status_row.addWidget(self.page_width)
        # Units not complete: a compact list that scrolls, never squeezing the preview.
        self.incomplete = QListWidget()
        self.incomplete.setMaximumHeight(4 * self.fontMetrics().height() + 8)
        self.incomplete.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.incomplete.hide()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(status_row)
        right.addWidget(self.incomplete)
        right.addWidget(self.view, 1)
        right_widget = QWidget()
        right_widget.setLayout(right)

        splitter = QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 780])

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_dialog)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self).activated.connect(
            self.print_dialog)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        self.save_buttons = []
        for fmt, text in (("pdf", self.tr("Save as P&DF…")), ("docx", self.tr("Save as &Word…")),
                          ("xlsx", self.tr("Save as &Excel…")), ("csv", self.tr("Save as &CSV…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, f=fmt: self.save_as(f))
            buttons.addWidget(button)
            self.save_buttons.append(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    # -- options -------------------------------------------------------------------------

    def chosen_units(self) -> list[str]:
        return self.units.checked_ids()

    def options(self) -> ReportOptions:
        settings = load_settings()  # the Word document to build on may change meanwhile
        return ReportOptions(
            title=" ".join(self.title.text().split()) or DEFAULT_TITLE,
            first_footnote=self.first_footnote.value(),
            convention=Convention(self.convention.currentData()),
            percent=self.percent.isChecked(), reuse_footnotes=self.reuse.isChecked(),
            findings=self.findings.isChecked(), joint=self.joint.isChecked(),
            footnotes_below=self.footnotes_below.isChecked(),
            reference_docx=Path(settings.word_reference) if settings.word_reference else None,
            author=settings.author, sampling=self.sampling.isChecked())

    def _options_changed(self, *_args: object) -> None:
        self._timer.start()

    # -- preview -------------------------------------------------------------------------

    def update_preview(self) -> None:
        self._timer.stop()
        self._previews += 1
        out = self._folder / f"preview-{self._previews}.pdf"
        project, units, options = self.project, self.chosen_units(), self.options()
        self.status.setText(self.tr("Making the report…"))
        self.background.run(lambda: write(project, units, options, "pdf", out),
                            lambda written: self._preview_ready(written, options),
                            self._preview_refused)

    def _preview_ready(self, written: Written, options: ReportOptions) -> None:
        self.document.load(str(written.path))
        self.preview_path = written.path
        self.preview_options = options
        pages = self.document.pageCount()
        text = self.tr("Pages: {pages}, as they will print.").format(pages=pages)
        if written.incomplete:
            text += " " + self.tr("Not complete:")
        self.status.setText(text)
        self.incomplete.clear()
        self.incomplete.addItems(list(written.incomplete))
        self.incomplete.setVisible(bool(written.incomplete))
        self.print_button.setEnabled(True)

    def _preview_refused(self, error: ReviewerError) -> None:
        self.incomplete.hide()
        self.document.close()
        self.preview_path = None
        self.status.setText(str(error))
        self.print_button.setEnabled(False)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for button in self.save_buttons:
            button.setEnabled(not busy)

    # -- print and save ------------------------------------------------------------------

    def print_dialog(self) -> None:
        if self.document.status() != QPdfDocument.Status.Ready or self.background.busy:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.options().title)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the preview as it stands on `printer`; the number of pages printed."""
        pages = print_pdf(self.document, printer)
        self.status.setText(self.tr("Pages sent to the printer: {pages}.").format(pages=pages))
        return pages

    def default_name(self, fmt: str) -> Path:
        names = self.units.checked_names()
        label = names[0] if len(names) == 1 else self.project.info.title
        stem = _UNSAFE.sub("-", f"{self.options().title} – {label}").strip(" .-")
        return self.project.path.parent / f"{stem}{FORMAT_SUFFIXES[fmt]}"

    def save_as(self, fmt: str) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(self.default_name(fmt)),
            f"*{FORMAT_SUFFIXES[fmt]}")
        if chosen:
            self.save_to(fmt, Path(chosen))

    def save_to(self, fmt: str, out: Path) -> None:
        if out.suffix.lower() != FORMAT_SUFFIXES[fmt]:
            out = out.with_name(out.name + FORMAT_SUFFIXES[fmt])
        project, units, options = self.project, self.chosen_units(), self.options()
        self.status.setText(self.tr("Writing {path}…").format(path=out))
        self.background.run(lambda: write(project, units, options, fmt, out),
                            self._saved, lambda error: refused(self, error))

    def _saved(self, written: Written) -> None:
        self.status.setText(self.tr("Saved {path}.").format(path=written.path))

    # -- closing ---------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.background.wait()
        self.document.close()
        self._scratch.close()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.done(QDialog.DialogCode.Rejected.value)
        event.accept()
