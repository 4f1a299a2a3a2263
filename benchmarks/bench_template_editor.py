"""Benchmark: opening the template editor on a 200-question template, beside a bare baseline
in the same run.

  - the editor (`TemplateEditor`) made, shown and painted once, until it is on screen with
    its questions, numbers and problems (its preview is made afterwards, off the UI thread,
    and timed apart);
  - bare: a dialog with a `QTableWidget` filled with the same 200 rows × 4 texts, shown and
    painted.
Run: .venv/bin/python -m benchmarks.bench_template_editor [--runs 15] [--questions 200]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AKTG_DATA", tempfile.mkdtemp(prefix="aktg-bench-"))

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from reviewer.model import Question, Template


def big_template(count: int) -> Template:
    """Main questions with realistic texts; every fourth has three sub-questions."""
    questions: list[Question] = []
    main = 0
    while len(questions) < count:
        main += 1
        key = str(main)
        questions.append(Question(
            key=key, text=f"Framgår det av dokumentationen att kontroll {main} har gjorts "
                          f"inom den tid som nämnden beslutat om?",
            footnote=f"Bedömningen görs enligt riktlinje {main}." if main % 3 == 0 else None,
            finding=f"har kontroll {main} dokumenterats" if main % 2 == 0 else None))
        if main % 4 == 0:
            for letter in "abc":
                if len(questions) < count:
                    questions.append(Question(key=key + letter, parent=key,
                                              text=f"Framgår det vem som ansvarar för del "
                                                   f"{letter} av kontroll {main}?"))
    return Template(name="Stor mall", questions=tuple(questions))


def time_editor(template: Template, preview: bool) -> tuple[float, float | None]:
    """Seconds until the editor is painted; and until its preview is ready (if shown)."""
    from reviewer.ui.template_editor import TemplateEditor

    started = time.perf_counter()
    editor = TemplateEditor(template)
    editor.preview_button.setChecked(preview)
    editor.show()
    editor.grab()
    shown = time.perf_counter() - started
    ready = None
    if preview:
        while editor.preview.shown is None:
            QApplication.processEvents()
            time.sleep(0.002)
        ready = time.perf_counter() - started
    editor.done(QDialog.DialogCode.Rejected.value)
    editor.deleteLater()
    QApplication.processEvents()
    return shown, ready


def time_bare(template: Template) -> float:
    started = time.perf_counter()
    dialog = QDialog()
    table = QTableWidget(len(template.questions), 4)
    table.setHorizontalHeaderLabels(["Nr", "Fråga", "Kriterium", "Iakttagelse"])
    for row, q in enumerate(template.questions):
        for column, text in enumerate((q.key, q.text, q.footnote or "", q.finding or "")):
            table.setItem(row, column, QTableWidgetItem(text))
    QVBoxLayout(dialog).addWidget(table)
    room = dialog.screen().availableGeometry()  # the size the editor takes
    dialog.resize(min(1400, room.width() - 40), min(900, room.height() - 80))
    dialog.show()
    dialog.grab()
    elapsed = time.perf_counter() - started
    dialog.close()
    dialog.deleteLater()
    QApplication.processEvents()
    return elapsed


def median_ms(runs: int, measure: Callable[[], float]) -> tuple[float, float]:
    times = [measure() for _run in range(runs)]
    return statistics.median(times) * 1000, min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--questions", type=int, default=200)
    args = parser.parse_args()
    app = QApplication([])
    template = big_template(args.questions)
    first = time_bare(template) * 1000  # the first of each loads Qt's styles
    first_ours = time_editor(template, False)[0] * 1000  # and the editor's modules
    ours = median_ms(args.runs, lambda: time_editor(template, False)[0])
    bare = median_ms(args.runs, lambda: time_bare(template))
    with_preview = [time_editor(template, True) for _run in range(max(3, args.runs // 3))]
    shown = statistics.median(s for s, _r in with_preview) * 1000
    ready = statistics.median(r or 0.0 for _s, r in with_preview) * 1000
    print(f"machine: {platform.node()} {platform.machine()} {platform.python_version()}, "
          f"{os.cpu_count()} cores; {len(template.questions)} questions, median of "
          f"{args.runs}")
    print(f"editor open and painted: median {ours[0]:.0f} ms, best {ours[1]:.0f} ms "
          f"(bare QTableWidget {bare[0]:.0f} ms, best {bare[1]:.0f} ms; ratio "
          f"{ours[0] / bare[0]:.1f}×)")
    print(f"the first in the process (the editor's modules loaded): {first_ours:.0f} ms "
          f"(bare {first:.0f} ms)")
    print(f"with the preview pane shown: painted {shown:.0f} ms, the PDF preview ready "
          f"{ready:.0f} ms")
    app.quit()


if __name__ == "__main__":
    main()
