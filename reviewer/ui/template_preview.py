"""The empty bilaga of a template as it would print: built by the report builder
(`blank_report`), rendered by the PDF renderer off the UI thread and shown with QtPdf, as
the report dialog shows a report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reviewer import scratch
from reviewer.errors import ReviewerError
from reviewer.model import Template
from reviewer.ui.background import Background

PREVIEW_FILES = 10  # the case files of the preview's sample, the usual sample size


@dataclass(frozen=True)
class _Made:
    path: Path
    template: Template


def _render(template: Template, out: Path) -> _Made:
    from reviewer.report.builder import blank_report
    from reviewer.report.pdf import render_pdf

    render_pdf(blank_report(template, PREVIEW_FILES), out)
    return _Made(out, template)


class TemplatePreview(QWidget):
    """`show_template` asks for a preview; several asked in a row make one (the last)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.background = Background(self)
        self._scratch: scratch.Job | None = None
        self._made = 0
        self.shown: Template | None = None  # what the document shows
        self._wanted: Template | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setStyleSheet("background: #777;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)  # typing a question makes one preview, not one a letter
        self._timer.timeout.connect(self.update_now)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._wanted is not None and self._wanted != self.shown:
            QTimer.singleShot(0, self.update_now)  # after the window is drawn

    def show_template(self, template: Template | None, why_not: str = "") -> None:
        """Preview `template` soon; None keeps the last preview, saying `why_not`."""
        if template is None:
            self._timer.stop()
            self._wanted = None
            if self.shown is not None or why_not:
                self.status.setText(why_not)
            return
        self._wanted = template
        if template != self.shown:
            self._timer.start()

    def update_now(self) -> None:
        self._timer.stop()
        template = self._wanted
        if template is None or not self.isVisible():
            return
        if self._scratch is None:
            # The preview holds no answers, but the template's texts: kept in the private
            # scratch folder like the report dialog's, and gone with the dialog.
            self._scratch = scratch.start("template-preview")
        self._made += 1
        out = self._scratch.folder / f"preview-{self._made}.pdf"
        self.status.setText(self.tr("Making the preview…"))
        self.background.run(lambda: _render(template, out), self._ready, self._refused)

    def _ready(self, made: _Made) -> None:
        self.document.load(str(made.path))
        self.shown = made.template
        self.status.setText(self.tr("The empty bilaga with {files} case files, as it will "
                                    "print.").format(files=PREVIEW_FILES))

    def _refused(self, error: ReviewerError) -> None:
        self.status.setText(str(error))

    def text(self) -> str:
        """The text of every page of the preview (what a reader of the PDF finds)."""
        return "\n".join(self.document.getAllText(page).text()
                         for page in range(self.document.pageCount()))

    def close_preview(self) -> None:
        self._timer.stop()
        self.background.wait()
        self.document.close()
        if self._scratch is not None:
            self._scratch.close()
            self._scratch = None
