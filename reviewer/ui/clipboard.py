"""Putting a table on the clipboard as HTML (Word and Excel paste a table) and as text.

A QMimeData made from Python is a Python subclass; the clipboard may delete it after the
interpreter has gone (Qt's offscreen clipboard does, at exit), and that crashes. So the
mime data is one that Qt itself creates (an item model's), with our formats put in it.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel


def copy_html(html: str, text: str) -> None:
    model = QStandardItemModel()
    model.appendRow(QStandardItem())
    mime = model.mimeData([model.index(0, 0)])
    for own in mime.formats():
        mime.removeFormat(own)
    mime.setHtml(html)
    mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)
