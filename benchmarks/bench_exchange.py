"""Benchmark of exchange packages on the large project, beside the bare SQLite copy.

On the foundation benchmark's project (100 units × 100 case files × 50 questions, 500,000
answers; built through the grid importer unless --project names one) it times, in one run:
  - the bare baseline: SQLite's backup API copying the project file;
  - export of the whole project to a package, and import of that package as a new file;
  - merge of a package from a copy in which a tenth of the answers (50,000) were changed.
The merge's own backup of the project (the copy made before every merge) is included.
Run: .venv/bin/python -m benchmarks.bench_exchange [--project bench.aktg] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from benchmarks.bench_store import build
from reviewer.exchange import export_package, import_package, merge_package
from reviewer.project import Project
from reviewer.store.database import copy_database, now


def timed(work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - started


def change_answers(path: Path, count: int, rng: random.Random) -> int:
    """What a colleague's work looks like to a merge: new events for `count` cells, each
    replacing the cell's current one (written in bulk; the same rows set_answer makes)."""
    connection = sqlite3.connect(path, isolation_level=None)
    heads = connection.execute("SELECT case_file_id, question_key, event_id, code "
                               "FROM answer_head").fetchall()
    chosen = rng.sample(heads, min(count, len(heads)))
    stamp = now()
    events = [(str(uuid.uuid4()), f, k, "Nej" if code == "Ja" else "Ja", stamp, event)
              for f, k, event, code in chosen]
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO answer_event (id, case_file_id, question_key, code, reason, placement, "
        "note, author, at, replaces) VALUES (?, ?, ?, ?, '', 'cell', '', 'Bo', ?, ?)", events)
    connection.executemany(
        "UPDATE answer_head SET event_id = ?, code = ?, missing_reason = 0 "
        "WHERE case_file_id = ? AND question_key = ?",
        [(e[0], e[3], e[1], e[2]) for e in events])
    connection.execute("COMMIT")
    connection.close()
    return len(events)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--project", type=Path, help="an existing large project to use")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as folder_name:
        folder = Path(folder_name)
        os.environ["AKTG_DATA"] = str(folder / "data")  # the merge's backup goes here
        if args.project:
            path = folder / "bench.aktg"
            copy_database(args.project, path)
        else:
            path, _seconds = build(folder, 100, 100, 50)
        size = path.stat().st_size
        bare, export, imported = [], [], []
        for n in range(args.rounds):
            copy = folder / f"copy-{n}.aktg"
            bare.append(timed(lambda c=copy: copy_database(path, c)))
            copy.unlink()
            with Project.open(path, readonly=True) as project:
                package = folder / f"p-{n}.aktgx"
                export.append(timed(lambda p=project, out=package: export_package(
                    p, out, author="bench")))
            imported.append(timed(lambda pkg=package, out=folder / f"i-{n}.aktg":
                                  import_package(pkg, out, author="bench")))
        package_size = (folder / "p-0.aktgx").stat().st_size
        colleague = folder / "i-0.aktg"
        with Project.open(path, readonly=True) as project:  # a tenth of the answers
            answers = sum(len(project.case_files(u.id)) for u in project.units()) * len(
                project.template.questions)
        changed = change_answers(colleague, answers // 10, rng)
        with Project.open(colleague, readonly=True) as project:
            export_package(project, folder / "back.aktgx", author="Bo")
        with Project.open(path) as project:
            started = time.perf_counter()
            report = merge_package(project, folder / "back.aktgx", author="bench")
            merge_seconds = time.perf_counter() - started
            bare_merge = timed(lambda: copy_database(path, folder / "after.aktg"))

    best = statistics.median
    print(f"machine: {platform.node()} {platform.machine()} {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}")
    print(f"project file: {size / 1e6:.1f} MB; package: {package_size / 1e6:.1f} MB")
    print(f"bare SQLite backup copy: median {best(bare):.2f} s")
    print(f"export: median {best(export):.2f} s (ratio {best(export) / best(bare):.2f}×)")
    print(f"import: median {best(imported):.2f} s (ratio {best(imported) / best(bare):.2f}×)")
    print(f"merge of a package changing {changed:,} answers: {merge_seconds:.2f} s "
          f"({report.answers_changed:,} answers changed, {len(report.conflicts)} conflicts; "
          f"a bare copy of the merged file {bare_merge:.2f} s)")


if __name__ == "__main__":
    main()
