"""Benchmark of the project store at audit scale, beside a bare sqlite3 baseline.

Builds 100 units × 100 case files × 50 questions (500,000 answers) through the grid importer,
then measures in one run:
  - one durable answer change (`review.set_answer`) against raw sqlite3 doing the same work
    (read the cell's current event, insert an event, move the head, commit) on a copy of the
    same file with the same pragmas: median and p99, and their ratio;
  - opening the project and computing every unit's summary, beside raw sqlite3 counting the
    same answers with GROUP BY;
  - the file size.
Run: .venv/bin/python -m benchmarks.bench_store [--units 100 --files 100 --questions 50]
"""

from __future__ import annotations

import argparse
import csv
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from reviewer import review
from reviewer.gridimport import import_grid
from reviewer.model import Code, Question, Template
from reviewer.project import Project
from reviewer.store.database import copy_database, now
from reviewer.summary import summarize

CODES = ["Ja", "Ja", "Ja", "Nej", "Eb: Framgår inte av akten.", "Et: Ej tillämpligt."]


def bench_template(questions: int) -> Template:
    """`questions` questions, every fifth one with two sub-questions under it."""
    items: list[Question] = []
    number = 1
    while len(items) < questions:
        key = str(number)
        items.append(Question(key=key, text=f"Kontrollfråga {key}?",
                              finding=f"har krav {key} uppfyllts"))
        if number % 5 == 0:
            for suffix in "ab":
                if len(items) < questions:
                    items.append(Question(key=key + suffix, text=f"Delfråga {key}{suffix}?",
                                          parent=key))
        number += 1
    return Template(name="benchmark", questions=tuple(items))


def write_sheet(path: Path, template: Template, files: int, rng: random.Random) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["Fråga", *(str(n) for n in range(1, files + 1))])
        parent_ja: dict[str, list[bool]] = {}
        for q in template.questions:
            if q.parent is None:
                row = [rng.choice(CODES) for _ in range(files)]
                parent_ja[q.key] = [cell == "Ja" for cell in row]
            else:
                row = [rng.choice(CODES) if ok else "Et" for ok in parent_ja[q.parent]]
            writer.writerow([q.key, *row])


def build(folder: Path, units: int, files: int, questions: int) -> tuple[Path, float]:
    rng = random.Random(2024)
    template = bench_template(questions)
    path = folder / "bench.aktg"
    sheet = folder / "sheet.csv"
    started = time.perf_counter()
    with review.create_project(path, title="Benchmark", template=template) as project:
        for n in range(units):
            write_sheet(sheet, template, files, rng)
            import_grid(project, sheet, f"Kommun {n + 1:03d}", author="bench")
    return path, time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def time_set_answer(path: Path, rounds: int, rng: random.Random) -> list[float]:
    samples = []
    with Project.open(path) as project:
        cells = [(f.id, q.key) for u in project.units()[:10] for f in project.case_files(u.id)
                 for q in project.template.questions if q.parent is None]
        for _ in range(rounds):
            case_file_id, key = rng.choice(cells)
            code = rng.choice([Code.JA, Code.NEJ])
            started = time.perf_counter()
            review.set_answer(project, case_file_id, key, code, author="bench")
            samples.append(time.perf_counter() - started)
    return samples


def time_raw_change(path: Path, rounds: int, rng: random.Random) -> list[float]:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    cells = connection.execute(
        "SELECT h.case_file_id, h.question_key FROM answer_head h LIMIT 20000").fetchall()
    samples = []
    for _ in range(rounds):
        case_file_id, key = rng.choice(cells)
        code = rng.choice(["Ja", "Nej"])
        started = time.perf_counter()
        connection.execute("BEGIN")
        (previous,) = connection.execute(
            "SELECT e.id FROM answer_head h JOIN answer_event e ON e.id = h.event_id "
            "WHERE h.case_file_id = ? AND h.question_key = ?", (case_file_id, key)).fetchone()
        event_id = str(uuid.uuid4())
        connection.execute(
            "INSERT INTO answer_event (id, case_file_id, question_key, code, reason, placement,"
            " note, author, at, replaces) VALUES (?, ?, ?, ?, '', 'cell', '', 'bench', ?, ?)",
            (event_id, case_file_id, key, code, now(), previous))
        connection.execute("UPDATE answer_head SET event_id = ? WHERE case_file_id = ? AND "
                           "question_key = ?", (event_id, case_file_id, key))
        connection.execute("COMMIT")
        samples.append(time.perf_counter() - started)
    connection.close()
    return samples


def time_open_and_summarize(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    with Project.open(path, readonly=True) as project:
        summaries = summarize(project)
    return time.perf_counter() - started, len(summaries)


def time_raw_counts(path: Path) -> float:
    started = time.perf_counter()
    connection = sqlite3.connect(path)
    connection.execute(
        "SELECT c.unit_id, h.question_key, h.code, count(*), sum(h.missing_reason) "
        "FROM answer_head h JOIN case_file c ON c.id = h.case_file_id "
        "GROUP BY c.unit_id, h.question_key, h.code").fetchall()
    connection.close()
    return time.perf_counter() - started


def time_cold_summary(path: Path) -> float:
    """`reviewer summary` as a user runs it: a new process, imports included."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reviewer", "summary", str(path), "--format", "json"],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=100)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--questions", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=400)
    args = parser.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as folder_name:
        folder = Path(folder_name)
        path, build_seconds = build(folder, args.units, args.files, args.questions)
        answers = args.units * args.files * args.questions
        size = path.stat().st_size
        baseline_copy = folder / "baseline.aktg"
        copy_database(path, baseline_copy)

        # Interleave the two in blocks, so a noisy spell of the disk hits both alike.
        ours: list[float] = []
        raw: list[float] = []
        for _ in range(4):
            ours += time_set_answer(path, args.rounds // 4, rng)
            raw += time_raw_change(baseline_copy, args.rounds // 4, rng)
        open_times = [time_open_and_summarize(path)[0] for _ in range(3)]
        raw_counts = [time_raw_counts(path) for _ in range(3)]
        cold = [time_cold_summary(path) for _ in range(3)]

    ms = 1000.0
    print(f"machine: {platform.node()} {platform.machine()} {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}")
    print(f"project: {args.units} units × {args.files} files × {args.questions} questions = "
          f"{answers:,} answers, built by grid import in {build_seconds:.1f} s")
    print(f"file size: {size / 1e6:.1f} MB")
    print(f"answer change, median: {statistics.median(ours) * ms:.2f} ms "
          f"(bare sqlite3 {statistics.median(raw) * ms:.2f} ms, "
          f"ratio {statistics.median(ours) / statistics.median(raw):.2f}×)")
    print(f"answer change, p99:    {percentile(ours, 0.99) * ms:.2f} ms "
          f"(bare sqlite3 {percentile(raw, 0.99) * ms:.2f} ms, "
          f"ratio {percentile(ours, 0.99) / percentile(raw, 0.99):.2f}×)")
    print(f"open + every unit's summary: best {min(open_times):.2f} s, "
          f"median {statistics.median(open_times):.2f} s "
          f"(bare sqlite3 counting the same rows with GROUP BY: {min(raw_counts):.2f} s, "
          f"ratio {min(open_times) / min(raw_counts):.2f}×)")
    print(f"`reviewer summary --format json` in a new process (imports included): "
          f"best {min(cold):.2f} s, median {statistics.median(cold):.2f} s")


if __name__ == "__main__":
    main()
