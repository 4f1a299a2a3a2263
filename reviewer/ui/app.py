"""The desktop app's entry point: `python main.py [PROJECT.aktg]`.

Heavy modules (pandas, ReportLab) load only when a summary or report is asked for.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reviewer import scratch
from reviewer.paths import log_path
from reviewer.project import identify_user
from reviewer.settings import author_origin, load_settings
from reviewer.ui import translation
from reviewer.ui.shell import Shell

log = logging.getLogger("aktgranskning")


def install_excepthook(parent: QWidget | None = None) -> Path:
    """An uncaught error is logged to a file in the user's data folder and shown in a
    dialog, never just lost. Returns the log file's path."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in list(log.handlers):
        log.removeHandler(old)
        old.close()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)

    def hook(kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        log.error("".join(traceback.format_exception(kind, value, tb)))
        error = QApplication.translate("app", "Something went wrong: {error}").format(
            error=value)
        saved = QApplication.translate("app", "Your answers are saved. The details are in "
                                              "{log}.").format(log=path)
        QMessageBox.critical(parent, "Aktgranskning", f"{error}\n\n{saved}")

    sys.excepthook = hook
    return path


def first_start(app: QApplication) -> None:
    """The first start asks who the auditor is (recorded with every change) and in which
    language to work; the language takes effect at once."""
    from reviewer.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(first_start=True)
    if dialog.exec():
        translation.install(app, dialog.chosen().language)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv if argv is None else argv
    app = QApplication(args)
    app.setApplicationName("Aktgranskning")
    # Windows take each other's place (a project after the start page, a restored project
    # after itself): the shell says when the app ends, not the last window closing.
    app.setQuitOnLastWindowClosed(False)
    install_excepthook()
    scratch.clean_leftovers()  # what a killed earlier run left (see reviewer.scratch)
    translation.install(app, load_settings().language)
    if author_origin() is None and not os.environ.get("AKTG_EXIT_WHEN_SHOWN"):
        first_start(app)
    identify_user(load_settings().author)
    shell = Shell(app)
    shown: QWidget | None = shell.open_path(args[1]) if len(args) > 1 else None
    if shown is None:
        shown = shell.show_start()
    if os.environ.get("AKTG_EXIT_WHEN_SHOWN"):  # benchmarks/bench_app.py: start-up time
        shown.grab()
        print("AKTG_SHOWN", time.time(), flush=True)
        QTimer.singleShot(0, app.quit)
    return app.exec()
