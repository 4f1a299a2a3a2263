"""Benchmark of reading and checking a review sheet of 100,000 rows, beside bare parsers.

The sheet (questions × 10 case files, a Summa column; Ja, Nej, Eb/Et with reasons, blanks)
is generated in a temporary folder at run time, with a template of as many questions. It
times, in one run (median of --rounds):
  - the bare baseline: `csv.reader` over the same file (read, decode, split into rows);
  - the grid importer's read + check of that CSV (`load_sheet`, every cell parsed);
  - the refusal of a sheet of as many unknown questions (every row a problem);
  - the same sheet as .xlsx, read + check beside openpyxl merely reading its rows.
Run: .venv/bin/python -m benchmarks.bench_sheets [--rows 100000] [--rounds 3] [--no-xlsx]
"""

from __future__ import annotations

import argparse
import csv
import platform
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl

from reviewer.errors import SheetError
from reviewer.gridimport import load_sheet
from reviewer.model import Question, Template
from reviewer.templates import builtin_template

FILES = 10
VALUES = ["Ja"] * 6 + ["Nej"] * 2 + ["Eb: Framgår inte av akten.", "Et: Inga barn.", ""]


def median_time(work: Callable[[], object], rounds: int) -> float:
    times = []
    for _round in range(rounds):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def sheet_rows(count: int, rng: random.Random) -> list[list[str]]:
    rows = [["Fråga", *map(str, range(1, FILES + 1)), "Summa"]]
    for n in range(1, count + 1):
        cells = [rng.choice(VALUES) for _file in range(FILES)]
        rows.append([str(n), *cells, f"{sum(c == 'Ja' for c in cells)}/{FILES}"])
    return rows


def bare_csv(path: Path) -> int:
    with path.open(newline="", encoding="utf-8-sig") as f:
        return sum(1 for _row in csv.reader(f, delimiter=";"))


def refused(path: Path, template: Template) -> int:
    try:
        load_sheet(path, template)
    except SheetError as exc:
        return len(exc.problems)
    raise AssertionError("the sheet of unknown questions was imported")


def bare_openpyxl(path: Path) -> int:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.active
        return sum(1 for _row in sheet.iter_rows(values_only=True))
    finally:
        workbook.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-xlsx", action="store_true")
    args = parser.parse_args()
    rng = random.Random(7)
    template = Template(name="bench", questions=tuple(
        Question(key=str(n), text=f"Kontrollfråga {n}") for n in range(1, args.rows + 1)))
    rows = sheet_rows(args.rows, rng)
    print(f"machine: {platform.node()} {platform.machine()} {platform.python_version()}")
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        path = folder / "ark.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f, delimiter=";").writerows(rows)
        unknown = folder / "okanda.csv"
        with unknown.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f, delimiter=";").writerows(
                [rows[0], *([f"Okänd fråga {n}", *row[1:]] for n, row in enumerate(rows[1:]))])
        size = path.stat().st_size / 2**20
        print(f"sheet: {args.rows:,} rows × {FILES} case files, CSV {size:.1f} MB")
        bare = median_time(lambda: bare_csv(path), args.rounds)
        ours = median_time(lambda: load_sheet(path, template), args.rounds)
        parsed = load_sheet(path, template)
        answers = sum(a is not None for _key, row in parsed.answers for a in row)
        print(f"bare csv.reader: {bare:.2f} s")
        print(f"read + check (load_sheet), {answers:,} answers: {ours:.2f} s "
              f"(ratio {ours / bare:.1f}×)")
        problems = refused(unknown, builtin_template())
        bad = median_time(lambda: refused(unknown, builtin_template()), args.rounds)
        print(f"refusal of {problems:,} unknown questions: {bad:.2f} s")
        if args.no_xlsx:
            return
        workbook = openpyxl.Workbook(write_only=True)
        sheet = workbook.create_sheet()
        for row in rows:
            sheet.append(row)
        xlsx = folder / "ark.xlsx"
        workbook.save(xlsx)
        print(f"the same sheet as .xlsx: {xlsx.stat().st_size / 2**20:.1f} MB")
        bare_x = median_time(lambda: bare_openpyxl(xlsx), 1)
        ours_x = median_time(lambda: load_sheet(xlsx, template), args.rounds)
        print(f"openpyxl read-only rows: {bare_x:.2f} s; read + check (load_sheet): "
              f"{ours_x:.2f} s (ratio {ours_x / bare_x:.2f}×)")


if __name__ == "__main__":
    main()
