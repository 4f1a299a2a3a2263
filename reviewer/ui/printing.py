"""Printing a report PDF on any QPrinter: each page rendered (QtPdf) at up to 300 dpi and
drawn on the paper in its own orientation, scaled to fit."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300  # sharp on paper; a page is then ~35 MB in memory, one at a time


def render_page(document: QPdfDocument, page: int, dpi: int) -> QImage:
    """A page as an opaque image (QtPdf leaves the paper transparent)."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    return image


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print the pages the printer asks for (all, or its from–to range); returns how many."""
    count = document.pageCount()
    first = max(printer.fromPage(), 1) - 1 if printer.fromPage() else 0
    last = min(printer.toPage(), count) - 1 if printer.toPage() else count - 1
    dpi = min(PRINT_DPI, printer.resolution())
    printer.setFullPage(True)  # the report's own margins are on the page already
    painter = QPainter()
    printed = 0
    for page in range(first, last + 1):
        points = document.pagePointSize(page)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape
                                   if points.width() > points.height()
                                   else QPageLayout.Orientation.Portrait)
        if printed == 0:
            if not painter.begin(printer):
                return 0
        else:
            printer.newPage()
        paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
        scale = min(paper.width() / points.width(), paper.height() / points.height())
        target = QRectF(0, 0, points.width() * scale, points.height() * scale)
        painter.drawImage(target, render_page(document, page, dpi))
        printed += 1
    if printed:
        painter.end()
    return printed
