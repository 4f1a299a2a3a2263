"""Benchmark of the desktop app on the large project, beside bare baselines in the same run.

On the foundation benchmark's project (100 units × 100 case files × 50 questions, 500,000
answers, built through the grid importer unless --project names one) it measures:
  - `python main.py PROJECT` until its first window is shown (offscreen), beside a bare
    PySide6 script that shows a main window with a tree and a form-sized label;
  - one keyboard answer in the stepping form: the key press, the durable write and the
    refreshed screens (form, navigator), beside bare sqlite3 making the same durable change;
  - opening the grid view of a 100-file unit until it is painted, beside a bare QTableView
    over a QStandardItemModel holding the same texts.
Run: .venv/bin/python -m benchmarks.bench_app [--project bench.aktg] [--rounds 300]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

from benchmarks.bench_store import build, percentile, time_raw_change
from reviewer.model import Code
from reviewer.project import Project
from reviewer.store.database import copy_database

ROOT = Path(__file__).resolve().parent.parent

BARE_WINDOW = textwrap.dedent("""
    import sys, time
    from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QSplitter,
                                   QTreeView)
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    app = QApplication(sys.argv)
    model = QStandardItemModel()
    for n in range(100):
        model.appendRow(QStandardItem(f"Kommun {n:03d}"))
    tree = QTreeView()
    tree.setModel(model)
    splitter = QSplitter()
    splitter.addWidget(tree)
    splitter.addWidget(QLabel("1. Kontrollfråga 1?"))
    window = QMainWindow()
    window.setCentralWidget(splitter)
    window.resize(1180, 760)
    window.show()
    window.grab()
    print("AKTG_SHOWN", time.time(), flush=True)
""")


def time_to_window(command: list[str], home: Path) -> float:
    """Seconds from starting the process to its line saying the window is shown."""
    environment = {**os.environ, "AKTG_EXIT_WHEN_SHOWN": "1",
                   "AKTG_SETTINGS": str(home / "settings.ini"), "AKTG_DATA": str(home)}
    started = time.time()
    done = subprocess.run(command, env=environment, capture_output=True, text=True,
                          check=True, cwd=ROOT)
    shown = next(line for line in done.stdout.splitlines() if line.startswith("AKTG_SHOWN"))
    return float(shown.split()[1]) - started


def time_startup(path: Path, runs: int) -> tuple[list[float], list[float]]:
    ours: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory() as home_name:
        home = Path(home_name)
        app = [sys.executable, str(ROOT / "main.py"), str(path)]
        baseline = [sys.executable, "-c", BARE_WINDOW]
        time_to_window(app, home)  # the first start compiles the translations once
        for _ in range(runs):
            ours.append(time_to_window(app, home))
            bare.append(time_to_window(baseline, home))
    return ours, bare


def time_answers(path: Path, rounds: int, rng: random.Random) -> list[float]:
    from reviewer.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    samples = []
    with Project.open(path) as project:
        window = MainWindow(project, "bench")
        window.show()
        window.activateWindow()
        while QApplication.activeWindow() is not window:
            app.processEvents()
        unit = project.units()[len(project.units()) // 2]
        files = project.case_files(unit.id)
        form = window.form
        for _ in range(rounds):
            window.select_case_file(rng.choice(files).id)
            applicable = [k for k, c in form._cells.items() if not c.derived]
            form.key = rng.choice(applicable)
            form.refresh()
            form.setFocus()
            app.processEvents()
            key = Qt.Key.Key_N if form._cells[form.key].code is Code.JA else Qt.Key.Key_J
            started = time.perf_counter()
            QTest.keyClick(form, key)
            app.processEvents()  # the navigator and the form repaint
            samples.append(time.perf_counter() - started)
        window.close()
    return samples


def time_grid(path: Path, runs: int) -> tuple[list[float], list[float]]:
    from reviewer.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ours: list[float] = []
    bare: list[float] = []
    with Project.open(path) as project:
        window = MainWindow(project, "bench")
        window.show()
        unit = project.units()[len(project.units()) // 2]
        window.select_case_file(project.case_files(unit.id)[0].id)
        app.processEvents()
        for _ in range(runs):
            window.show_grid(False)
            app.processEvents()
            started = time.perf_counter()
            window.show_grid(True)
            window.grab()
            ours.append(time.perf_counter() - started)
        model = window.grid.model
        texts = [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
                 for r in range(model.rowCount())]
        window.close()
    for _ in range(runs):
        started = time.perf_counter()
        plain = QStandardItemModel(len(texts), len(texts[0]))
        for r, row in enumerate(texts):
            for c, text in enumerate(row):
                plain.setItem(r, c, QStandardItem(text))
        view = QTableView()
        view.setModel(plain)
        view.resize(900, 700)
        view.show()
        view.grab()
        bare.append(time.perf_counter() - started)
        view.close()
    return ours, bare


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--project", type=Path, help="an existing large project to use")
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    QApplication([sys.argv[0]])
    rng = random.Random(5)
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as folder_name:
        folder = Path(folder_name)
        if args.project:
            path = folder / "bench.aktg"
            copy_database(args.project, path)
        else:
            path, _seconds = build(folder, 100, 100, 50)
        with Project.open(path, readonly=True) as project:
            answers = sum(len(project.case_files(u.id)) for u in project.units()) * len(
                project.template.questions)
        start_ours, start_bare = time_startup(path, args.starts)
        baseline_copy = folder / "baseline.aktg"
        copy_database(path, baseline_copy)
        answer_ours: list[float] = []
        answer_bare: list[float] = []
        for _ in range(3):  # interleaved, so a noisy spell of the disk hits both alike
            answer_ours += time_answers(path, args.rounds // 3, rng)
            answer_bare += time_raw_change(baseline_copy, args.rounds // 3, rng)
        grid_ours, grid_bare = time_grid(path, 5)

    ms = 1000.0
    print(f"machine: {platform.node()} {platform.machine()} {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}, Qt offscreen")
    print(f"project: {answers:,} answers")
    print(f"start to first window: median {statistics.median(start_ours):.2f} s, best "
          f"{min(start_ours):.2f} s (bare PySide6 window {statistics.median(start_bare):.2f} s,"
          f" ratio {statistics.median(start_ours) / statistics.median(start_bare):.2f}×)")
    print(f"keyboard answer, median: {statistics.median(answer_ours) * ms:.1f} ms "
          f"(bare sqlite3 change {statistics.median(answer_bare) * ms:.2f} ms, ratio "
          f"{statistics.median(answer_ours) / statistics.median(answer_bare):.1f}×)")
    print(f"keyboard answer, p99:    {percentile(answer_ours, 0.99) * ms:.1f} ms "
          f"(bare sqlite3 change {percentile(answer_bare, 0.99) * ms:.2f} ms)")
    print(f"grid of a 100-file unit, shown and painted: median "
          f"{statistics.median(grid_ours) * ms:.0f} ms (bare QTableView "
          f"{statistics.median(grid_bare) * ms:.0f} ms, ratio "
          f"{statistics.median(grid_ours) / statistics.median(grid_bare):.1f}×)")


if __name__ == "__main__":
    main()
