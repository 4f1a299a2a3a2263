"""Benchmark of a template change during the review at audit scale, beside bare sqlite3.

Builds (or copies, with --project) the 500,000-answer project of `bench_store` (100 units ×
100 case files × 50 questions, 10,000 case files), then measures in one run:
  - adding a question (`review.add_question`: read the template's states, plan, check,
    record the event, make the template anew, commit, read the template back), counting
    the write transactions it takes;
  - beside it, bare sqlite3 inserting the same rows (the event, the question's head, its
    row in the template) and committing, on a copy of the same file with the same pragmas;
  - what the app says before adding one: how many complete case files would be in progress
    again (`review.template_change_preview`, every current answer read once).
Run: .venv/bin/python -m benchmarks.bench_template_change [--project FILE] [--rounds 7]
"""

from __future__ import annotations

import argparse
import platform
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import event

from benchmarks.bench_store import build
from reviewer import review
from reviewer.model import Question, Template
from reviewer.project import Project
from reviewer.store.database import copy_database, now
from reviewer.templates import new_key


def time_add(path: Path, rounds: int) -> tuple[list[float], list[int]]:
    """Seconds of each question added, and the write transactions each took."""
    seconds, commits = [], []
    with Project.open(path) as project:
        counted = [0]
        event.listen(project.file.engine, "commit", lambda _c: counted.__setitem__(
            0, counted[0] + 1))
        for n in range(rounds):
            counted[0] = 0
            started = time.perf_counter()
            review.add_question(project, f"Tillagd fråga {n + 1}?", author="bench",
                                after=project.template.keys[n * 3])
            seconds.append(time.perf_counter() - started)
            commits.append(counted[0])
    return seconds, commits


def time_bare_insert(path: Path, rounds: int) -> list[float]:
    """The same rows by hand: a template event, its head, the question's row; a commit."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    seconds = []
    for n in range(rounds):
        key, event_id = new_key(), str(uuid.uuid4())
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO template_event (id, question_key, text, position, removed, author, "
            "at) VALUES (?, ?, ?, ?, 0, 'bench', ?)",
            (event_id, key, f"Bar fråga {n}?", 2.5 + n / 100, now()))
        connection.execute("INSERT INTO template_head (question_key, event_id, conflict) "
                           "VALUES (?, ?, 0)", (key, event_id))
        connection.execute("INSERT INTO question (key, position, text, added_at) "
                           "VALUES (?, ?, ?, ?)", (key, 2.5 + n / 100, f"Bar fråga {n}?", now()))
        connection.execute("COMMIT")
        seconds.append(time.perf_counter() - started)
    connection.close()
    return seconds


def time_preview(path: Path) -> tuple[float, int]:
    with Project.open(path, readonly=True) as project:
        template = project.template
        planned = Template(name=template.name, questions=(
            *template.questions[:3], Question(key="", text="Ny fråga?"),
            *template.questions[3:]))
        started = time.perf_counter()
        preview = review.template_change_preview(project, planned)
        return time.perf_counter() - started, preview.reopened


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--project", type=Path, help="an existing large project to use")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as folder_name:
        folder = Path(folder_name)
        if args.project:
            path = folder / "bench.aktg"
            copy_database(args.project, path)
            built = None
        else:
            path, built = build(folder, 100, 100, 50)
        with Project.open(path, readonly=True) as project:  # (an older file is upgraded)
            files = sum(len(fs) for fs in project.case_files_by_unit().values())
            questions = len(project.template.questions)
        bare_path = folder / "bare.aktg"
        copy_database(path, bare_path)
        preview_seconds, reopened = time_preview(path)
        added, commits = time_add(path, args.rounds)
        bare = time_bare_insert(bare_path, args.rounds)
        size = path.stat().st_size

    median = statistics.median
    print(f"machine: {platform.node()} {platform.machine()} {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}")
    print(f"project: {files:,} case files, {questions} questions, {size / 1e6:.1f} MB"
          + (f", built in {built:.1f} s" if built is not None else ""))
    print(f"add a question: median {median(added) * 1000:.1f} ms, worst "
          f"{max(added) * 1000:.1f} ms over {len(added)}; write transactions each: "
          f"{sorted(set(commits))}")
    print(f"bare sqlite3 inserting the same rows and committing: median "
          f"{median(bare) * 1000:.2f} ms (ratio {median(added) / median(bare):.1f}×)")
    print(f"before adding, the case files it puts in progress again ({reopened:,}): "
          f"{preview_seconds:.2f} s")


if __name__ == "__main__":
    main()
