"""The sample project's reports as text: PDF text, Word tables and paragraphs, Excel cells
and the CSV, for comparing a change of structure with a copy made before it.

    .venv/bin/python -m tests.golden --write   (after a change that is meant to show)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl

from reviewer.cli import main as reviewer
from reviewer.sample import write_demo
from tests.word import word_view

GOLDEN = Path(__file__).resolve().parent / "data" / "sample-reports.json"

RUNS: dict[str, list[str]] = {
    "torsby.pdf": ["--unit", "Torsby kommun", "--first-footnote", "5", "--findings"],
    "joint.pdf": ["--all", "--joint", "--findings"],
    "percent.pdf": ["--unit", "Exempelby kommun (påhittad)", "--percent",
                    "--convention", "applicable", "--reuse-footnotes",
                    "--legend-always", "--title", "Bilaga 3"],
    "assessed.pdf": ["--all", "--joint", "--convention", "assessed"],
    "joint.docx": ["--all", "--joint", "--findings", "--format", "docx"],
    "torsby.docx": ["--unit", "Torsby kommun", "--first-footnote", "5", "--format", "docx"],
    "below.docx": ["--unit", "Torsby kommun", "--first-footnote", "5", "--format", "docx",
                   "--footnotes-below", "--reuse-footnotes", "--findings"],
    "joint.xlsx": ["--all", "--joint", "--findings", "--format", "xlsx"],
    "answers.csv": ["--all", "--format", "csv"],
    "notes.csv": ["--all", "--format", "csv", "--include-notes"],
}


def _pdf(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _docx(path: Path) -> dict[str, Any]:
    """Paragraphs with their styles, tables with the markers Word numbers, the notes."""
    view = word_view(path)
    return {"paragraphs": [list(p) for p in view.paragraphs], "tables": view.tables,
            "notes": view.notes}


def _xlsx(path: Path) -> dict[str, list[str]]:
    """Every sheet's cells row by row, a row without its empty cells at the end, each row
    one line of JSON (numbers stay numbers; the copy stays small)."""
    def values(row: tuple[Any, ...]) -> str:
        cells = ["" if v is None else v for v in row]
        while cells and cells[-1] == "":
            cells.pop()
        return json.dumps(cells, ensure_ascii=False)

    workbook = openpyxl.load_workbook(path)
    return {sheet.title: [values(row) for row in sheet.iter_rows(values_only=True)]
            for sheet in workbook.worksheets}


def _csv(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8-sig").splitlines()


def render() -> dict[str, Any]:
    """Every run above on a fresh sample project, read back as text."""
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "exempel.aktg"
        write_demo(demo).close()
        readers: dict[str, Callable[[Path], Any]] = {
            ".pdf": _pdf, ".docx": _docx, ".xlsx": _xlsx, ".csv": _csv}
        result: dict[str, Any] = {}
        for name, args in RUNS.items():
            out = Path(folder) / name
            fmt = out.suffix.lstrip(".")
            if reviewer(["report", str(demo), *args, "--format", fmt, "--out", str(out)]) != 0:
                raise RuntimeError(f"report {name} failed")
            result[name] = readers[out.suffix](out)
        return result


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        GOLDEN.write_text(json.dumps(render(), ensure_ascii=False, indent=0) + "\n",
                          encoding="utf-8")
    else:
        print(json.dumps(render(), ensure_ascii=False, indent=1))
