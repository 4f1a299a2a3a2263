"""Benchmark of drawing 10 case files from a population of 1,000,000 rows, beside bare
readers of the same file, in one run.

The population (case number, personnummer-like identity, team, decision date) is generated
in a temporary folder as CSV and as .xlsx (written as Excel writes it: shared strings, a
date as a serial number). For each it times, median of --rounds:
  - the bare reader: `csv.reader` over the file / openpyxl read-only rows (values only);
  - `reviewer sample draw` as the domain runs it (`draw_into_unit`): the file read and
    hashed, the population checked (blanks, repeats), the draw, the unit and its case files
    and the record written durably into a new project;
  - the same as a new process (`python -m reviewer sample draw`), imports included;
  - the draw in this process with four columns read: a stratified draw (`Team`) of the
    cases decided in 2023 (`Beslutsdatum`), the personnummer kept for the key list.
Run: .venv/bin/python -m benchmarks.bench_sample [--rows 1000000] [--rounds 3]
     [--xlsx-rounds 1] [--no-xlsx]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl

from benchmarks.bench_sheets import median_time
from reviewer import review
from reviewer.project import Project
from reviewer.sampling.draw import DrawPlan, Method
from reviewer.sampling.operations import draw_into_unit
from reviewer.sampling.population import PopulationSpec
from reviewer.templates import builtin_template

TEAMS = ["Barn och unga", "Vuxen", "Ekonomiskt bistånd", "Missbruk", "LSS", "Äldreomsorg"]
HEADER = ["Ärendenummer", "Personnummer", "Team", "Beslutsdatum"]


def population_rows(count: int) -> list[list[str]]:
    rows = []
    for n in range(count):
        body = f"{40 + n % 50:02d}{1 + n % 12:02d}{1 + n % 28:02d}{n % 1000:03d}{n % 10}"
        rows.append([f"SOC/{2023 + n % 2}-{n:07d}", f"19{body[:6]}-{body[6:]}",
                     TEAMS[n % len(TEAMS)], str(44927 + n % 730)])
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(HEADER)
        # The same day as the workbook's serial, written as ISO.
        writer.writerows([r[0], r[1], r[2], (dt.date(1899, 12, 30)
                                             + dt.timedelta(days=int(r[3]))).isoformat()]
                         for r in rows)


def write_xlsx(path: Path, rows: list[list[str]]) -> None:
    """A workbook as Excel writes one: texts in the shared-strings table, dates as serial
    numbers with a date style."""
    strings: dict[str, int] = {}

    def shared(text: str) -> int:
        return strings.setdefault(text, len(strings))

    def row_xml(number: int, cells: list[str]) -> str:
        texts = len(cells) if number == 1 else 3  # the header is all text
        shown = "".join(f'<c r="{letter}{number}" t="s"><v>{shared(text)}</v></c>'
                        for letter, text in zip("ABCD", cells[:texts], strict=False))
        date = f'<c r="D{number}" s="1"><v>{cells[3]}</v></c>' if number > 1 else ""
        return f'<row r="{number}">{shown}{date}</row>'

    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData>', row_xml(1, HEADER)]
    sheet += [row_xml(n, cells) for n, cells in enumerate(rows, start=2)]
    sheet.append("</sheetData></worksheet>")
    sst = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas'
           f'.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" '
           f'uniqueCount="{len(strings)}">']
    sst += [f"<si><t>{escape(text)}</t></si>" for text in strings]
    sst.append("</sst>")
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="applicati'
            'on/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" Conte'
            'ntType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="app'
            'lication/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Overr'
            'ide PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlfor'
            'mats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/shared'
            'Strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsh'
            'eetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="appli'
            'cation/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openx'
            'mlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            f'{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}">'
            '<sheets><sheet name="Ärenden" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openx'
            f'mlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/'
            f'worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{rel}/'
            f'sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="{rel}/'
            'styles" Target="styles.xml"/></Relationships>'),
        "xl/styles.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{main}"><numFmts count'
            '="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1">'
            '<font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill>'
            '<patternFill patternType="none"/></fill></fills><borders count="1"><border>'
            '<left/><right/><top/><bottom/><diagonal/></border></borders><cellXfs count="2">'
            '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId='
            '"0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs></styleSheet>'),
        "xl/worksheets/sheet1.xml": "".join(sheet),
        "xl/sharedStrings.xml": "".join(sst),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text.encode("utf-8"))


def bare_csv(path: Path) -> int:
    with path.open(newline="", encoding="utf-8-sig") as f:
        return sum(1 for _row in csv.reader(f, delimiter=";"))


def bare_openpyxl(path: Path) -> int:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for _row in workbook.active.iter_rows(values_only=True))
    finally:
        workbook.close()


def new_project(path: Path) -> Path:
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    review.create_project(path, title="Bench", template=builtin_template()).close()
    return path


def timed_draws(folder: Path, population: Path, rounds: int) -> tuple[float, float, float]:
    """Median seconds of the draw in this process (the project made beforehand, opened
    within the time), of `reviewer sample draw` in a new process, and of a stratified draw
    in a period (four columns read) in this process."""
    inside, outside, columns = [], [], []
    for _round in range(rounds):
        target = new_project(folder / "columns.aktg")
        started = time.perf_counter()
        with Project.open(target) as project:
            outcome = draw_into_unit(
                project, "Eda kommun",
                PopulationSpec(population, "Ärendenummer", stratum_column="Team",
                               date_column="Beslutsdatum", period_from=dt.date(2023, 1, 1),
                               period_to=dt.date(2023, 12, 31), keep=("Personnummer",)),
                DrawPlan(Method.STRATIFIED, "bench-2025", per_stratum=2), seed_typed=True,
                author="Bench")
        columns.append(time.perf_counter() - started)
        assert len(outcome.case_files) == 2 * len(TEAMS)
        target = new_project(folder / "bench.aktg")
        started = time.perf_counter()
        with Project.open(target) as project:
            outcome = draw_into_unit(project, "Eda kommun",
                                     PopulationSpec(population, "Ärendenummer"),
                                     DrawPlan(Method.RANDOM, "bench-2025", 10),
                                     seed_typed=True, author="Bench")
        inside.append(time.perf_counter() - started)
        assert len(outcome.case_files) == 10
        target = new_project(folder / "cli.aktg")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "reviewer", "sample", "draw", str(target),
                        "--unit", "Eda kommun", "--population", str(population), "--column",
                        "Ärendenummer", "--size", "10", "--seed", "bench-2025", "--author",
                        "Bench"], check=True, capture_output=True,
                       # the key list's password: without it or a terminal, no draw
                       env={**os.environ, "AKTG_KEY_PASSWORD": "bench-nyckel"})
        outside.append(time.perf_counter() - started)
    return statistics.median(inside), statistics.median(outside), statistics.median(columns)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--xlsx-rounds", type=int, default=1)
    parser.add_argument("--no-xlsx", action="store_true")
    args = parser.parse_args()
    print(f"machine: {platform.node()} {platform.machine()} {platform.python_version()}")
    rows = population_rows(args.rows)
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        kinds = [("CSV", folder / "lista.csv", write_csv, bare_csv, "csv.reader")]
        if not args.no_xlsx:
            kinds.append(("XLSX", folder / "lista.xlsx", write_xlsx, bare_openpyxl,
                          "openpyxl read-only"))
        for kind, path, write, bare, bare_name in kinds:
            write(path, rows)
            print(f"{kind}: {args.rows:,} rows, {path.stat().st_size / 2**20:.1f} MB")
            rounds = args.rounds if kind == "CSV" else args.xlsx_rounds
            bare_time = median_time(partial(bare, path), rounds)
            ours, cli, columns = timed_draws(folder, path, rounds)
            print(f"  bare {bare_name}: {bare_time:.2f} s")
            print(f"  draw 10 (open, read, hash, check, draw, record): {ours:.2f} s "
                  f"(ratio {ours / bare_time:.2f}×)")
            print(f"  `reviewer sample draw` in a new process: {cli:.2f} s")
            print(f"  stratified draw in 2023, four columns read (in process): {columns:.2f} s")


if __name__ == "__main__":
    main()
