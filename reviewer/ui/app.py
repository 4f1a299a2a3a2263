"""The desktop app's entry point. Until the app issue lands, a window that opens a project
and shows its units and Summa, so the foundation can be seen on screen."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.project import Project


class PlaceholderWindow(QMainWindow):
    def __init__(self, project: Project | None) -> None:
        super().__init__()
        self.setWindowTitle("Aktgranskning")
        self.resize(720, 480)
        central = QWidget()
        layout = QVBoxLayout(central)
        if project is None:
            layout.addWidget(QLabel(self.tr(
                "Aktgranskning – the desktop app is coming. Until then, use the command line:"
                " reviewer --help")))
        else:
            self.setWindowTitle(f"{project.info.title} – {project.path}")
            layout.addWidget(QLabel(project.info.title))
            layout.addWidget(self._summary_tree(project))
        self.setCentralWidget(central)

    def _summary_tree(self, project: Project) -> QTreeWidget:
        from reviewer.summary import summarize

        tree = QTreeWidget()
        tree.setHeaderLabels([self.tr("Unit / question"), "Ja", "Nej", "Eb", "Et", "Summa"])
        for summary in summarize(project):
            unit_item = QTreeWidgetItem([summary.unit.name])
            for q in summary.questions:
                unit_item.addChild(QTreeWidgetItem(
                    [f"{q.key}. {q.text}", str(q.ja), str(q.nej), str(q.eb), str(q.et),
                     q.summa.text()]))
            tree.addTopLevelItem(unit_item)
            unit_item.setExpanded(True)
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)
        return tree


def main(argv: list[str] | None = None) -> int:
    args = sys.argv if argv is None else argv
    app = QApplication(args)
    project = None
    if len(args) > 1:
        try:
            project = Project.open(Path(args[1]), readonly=True)
        except ReviewerError as exc:
            QMessageBox.critical(None, "Aktgranskning", str(exc))
            return 2
    window = PlaceholderWindow(project)
    window.show()
    code = app.exec()
    if project is not None:
        project.close()
    return code
