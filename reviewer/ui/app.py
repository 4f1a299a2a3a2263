"""The desktop app's entry point: `python main.py [PROJECT.aktg]`.

Heavy modules (pandas, ReportLab) load only when a summary or report is asked for.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from reviewer.errors import ReviewerError
from reviewer.project import Project
from reviewer.settings import load_settings
from reviewer.ui import translation

log = logging.getLogger("aktgranskning")


def log_path() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("Aktgranskning", appauthor=False)) / "aktgranskning.log"


def install_excepthook(parent: QWidget | None = None) -> None:
    """An uncaught error is logged to a file and shown in a dialog, never just lost."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(filename=path, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s")

    def hook(kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        log.error("".join(traceback.format_exception(kind, value, tb)))
        error = QApplication.translate("app", "Something went wrong: {error}").format(
            error=value)
        saved = QApplication.translate("app", "Your answers are saved. The details are in "
                                              "{log}.").format(log=path)
        QMessageBox.critical(parent, "Aktgranskning", f"{error}\n\n{saved}")

    sys.excepthook = hook


def open_window(path: Path) -> QWidget | None:
    """The main window of a project, or None after telling the auditor why not."""
    from reviewer.ui.main_window import MainWindow

    try:
        project = Project.open(path)
    except ReviewerError as exc:
        QMessageBox.critical(None, "Aktgranskning", str(exc))
        return None
    return MainWindow(project, load_settings().author)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv if argv is None else argv
    app = QApplication(args)
    app.setApplicationName("Aktgranskning")
    install_excepthook()
    translation.install(app, load_settings().language)
    if len(args) > 1:
        path = Path(args[1])
    else:
        chosen, _filter = QFileDialog.getOpenFileName(
            None, app.translate("app", "Open a project"), str(Path.home()),
            app.translate("app", "Aktgranskning projects (*.aktg)"))
        if not chosen:
            return 0
        path = Path(chosen)
    window = open_window(path)
    if window is None:
        return 2
    window.show()
    return app.exec()
