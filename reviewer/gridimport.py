"""Grid import: an Excel or CSV review sheet (questions × files) into a unit, all or nothing.

Row 1: a header cell, then one column per file label (a trailing Summa column is ignored).
Column A: question key or text. Cells: Ja, Nej, Eb, Et (any case), blank, or `Eb: reason`.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from reviewer import privacy
from reviewer.errors import OperationError, SheetError, SheetProblem
from reviewer.i18n import N_, _
from reviewer.model import Answer, Code, Template
from reviewer.project import Project
from reviewer.review import check_author, check_unit_name
from reviewer.store import repo

Grid = list[list[str]]


@dataclass(frozen=True)
class ImportResult:
    unit_id: str
    files: int
    answers: int
    missing_reasons: int


def read_sheet(path: Path) -> Grid:
    """The sheet's cells as text, row by row; SheetError if it cannot be read at all."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SheetError(str(path), [SheetProblem(0, 0, _("the file could not be read: "
                                                          "{detail}", detail=exc.strerror))]
                         ) from exc
    if data.startswith(b"PK"):
        return _read_xlsx(path, data)
    return _read_csv(path, data)


def _read_csv(path: Path, data: bytes) -> Grid:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Swedish Excel's "CSV (semikolonavgränsad)" writes Windows-1252.
        text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise SheetError(str(path), [SheetProblem(1, 1, _("this is not a CSV or Excel sheet"))])
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    return [[cell.strip() for cell in row]
            for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def _read_xlsx(path: Path, data: bytes) -> Grid:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise SheetError(str(path), [SheetProblem(1, 1, _("this is not a readable Excel "
                                                          "workbook ({detail})", detail=exc))]
                         ) from exc
    try:
        sheet = workbook.worksheets[0]
        return [[_cell_text(value) for value in row]
                for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # file label 1 stored as the number 1.0
    return str(value).strip()


@dataclass(frozen=True)
class _ParsedSheet:
    labels: list[str]
    cells: dict[tuple[int, str], Answer]  # (file index, question key) -> answer


def parse_grid(grid: Grid, template: Template, source: str, *,
               allow_identity: bool = False) -> _ParsedSheet:
    """Validate a whole sheet against the template; every problem is listed at once."""
    problems: list[SheetProblem] = []
    rows = [row for row in grid if any(cell.strip() for cell in row)]
    if not rows:
        raise SheetError(source, [SheetProblem(1, 1, _("the sheet is empty"))])
    header_row_number = grid.index(rows[0]) + 1
    labels, columns = _labels(rows[0], header_row_number, problems)
    lookup = _question_lookup(template)
    seen: dict[str, int] = {}
    raw: dict[tuple[int, str], tuple[str, int, int]] = {}
    for row in rows[1:]:
        row_number = grid.index(row) + 1
        name = " ".join(row[0].split()) if row else ""
        key = lookup.get(name.casefold())
        if key is None:
            problems.append(SheetProblem(row_number, 1, _("unknown question: {text}",
                                                          text=name or "–")))
            continue
        if key in seen:
            problems.append(SheetProblem(row_number, 1, _("question {key} appears twice "
                                                          "(also row {row})", key=key,
                                                          row=seen[key])))
            continue
        seen[key] = row_number
        for index, column in enumerate(columns):
            value = row[column - 1] if column - 1 < len(row) else ""
            raw[(index, key)] = (value, row_number, column)
    cells = _answers(raw, len(labels), template, problems, allow_identity)
    if problems:
        raise SheetError(source, problems)
    return _ParsedSheet(labels=labels, cells=cells)


def _labels(header: list[str], row_number: int, problems: list[SheetProblem]
            ) -> tuple[list[str], list[int]]:
    cells = list(header[1:])
    while cells and not cells[-1].strip():
        cells.pop()
    if cells and cells[-1].strip().casefold() == "summa":
        cells.pop()
    labels: list[str] = []
    columns: list[int] = []
    for offset, cell in enumerate(cells, start=2):
        label = " ".join(cell.split())
        if not label:
            problems.append(SheetProblem(row_number, offset, _("the file label is empty")))
        elif label in labels:
            problems.append(SheetProblem(row_number, offset,
                                         _("the file label {label} is used twice",
                                           label=label)))
        else:
            privacy_hits = privacy.find_identity_numbers(label)
            if privacy_hits:
                problems.append(SheetProblem(row_number, offset, _(
                    "the file label looks like a personal identity number")))
        labels.append(label)
        columns.append(offset)
    if not labels:
        problems.append(SheetProblem(row_number, 2, _("the header row names no case files")))
    return labels, columns


def _question_lookup(template: Template) -> dict[str, str]:
    """Question keys, texts and 'KEY. text' spellings, folded, to question keys."""
    lookup: dict[str, str] = {}
    for q in template.questions:
        text = " ".join(q.text.split()).casefold()
        for spelling in (text, f"{q.key}. {text}", f"{q.key} {text}", f"{q.key}) {text}"):
            lookup.setdefault(spelling.casefold(), q.key)
    for q in template.questions:
        lookup[q.key.casefold()] = q.key  # a key always wins over a text
    return lookup


def _answers(raw: dict[tuple[int, str], tuple[str, int, int]], n_files: int,
             template: Template, problems: list[SheetProblem], allow_identity: bool
             ) -> dict[tuple[int, str], Answer]:
    cells: dict[tuple[int, str], Answer] = {}
    for (index, key), (value, row, column) in raw.items():
        code_text, _colon, reason = value.partition(":")
        if not code_text.strip():
            if reason.strip():
                problems.append(SheetProblem(row, column, _("a reason without an answer")))
            continue
        try:
            code = Code.parse(code_text)
        except ValueError:
            problems.append(SheetProblem(row, column, _("{value!r} is not Ja, Nej, Eb or Et",
                                                        value=value)))
            continue
        reason = " ".join(reason.split())
        if reason and not code.needs_reason:
            problems.append(SheetProblem(row, column, _("only Eb and Et carry a reason")))
            continue
        if reason and not allow_identity and privacy.find_identity_numbers(reason):
            problems.append(SheetProblem(row, column, _(
                "the reason contains what looks like a personal identity number")))
            continue
        cells[(index, key)] = Answer(code=code, reason=reason)
    # Sub-questions of a parent that is not Ja read as derived Et, as appendices print them.
    for index in range(n_files):
        for question in template.questions:
            parent = question.parent
            if parent is None or _reads_ja(cells, template, index, parent):
                continue
            answer = cells.pop((index, question.key), None)
            if answer is not None and answer.code is not Code.ET:
                _value, row, column = raw[(index, question.key)]
                problems.append(SheetProblem(row, column, _(
                    "question {key} applies only when {parent} is Ja; leave it blank or Et",
                    key=question.key, parent=parent)))
    return cells


def _reads_ja(cells: dict[tuple[int, str], Answer], template: Template, index: int,
              key: str) -> bool:
    answer = cells.get((index, key))
    if answer is None or answer.code is not Code.JA:
        return False
    parent = template.question(key).parent
    return parent is None or _reads_ja(cells, template, index, parent)


def import_grid(project: Project, sheet: Path, unit_name: str, *, author: str,
                allow_identity: bool = False) -> ImportResult:
    """Import a sheet into a unit (created if missing, otherwise one without answers)."""
    parsed = parse_grid(read_sheet(sheet), project.template, str(sheet),
                        allow_identity=allow_identity)
    author = check_author(author, allow_identity=allow_identity)
    existing = [u for u in project.units()
                if u.name.casefold() == " ".join(unit_name.split()).casefold()]
    files = []
    if existing:
        files = project.case_files(existing[0].id)
        with project.file.reading() as session:
            if repo.count_events(session, [f.id for f in files]):
                raise OperationError(N_("{unit} already holds answers; a sheet imports only "
                                        "into a new or empty unit."), unit=existing[0].name)
    else:
        unit_name = check_unit_name(project, unit_name, allow_identity=allow_identity)
    with project.file.transaction() as session:
        unit = existing[0] if existing else repo.add_unit(session, unit_name)
        by_label = {f.label: f for f in files}
        ids: list[str] = []
        for label in parsed.labels:
            case_file = by_label.get(label) or repo.add_case_file(
                session, unit.id, label, len(by_label) + len(ids))
            ids.append(case_file.id)
        session.flush()
        repo.append_new_events(session, [
            (ids[index], key, answer, author)
            for (index, key), answer in sorted(parsed.cells.items())])
    missing = sum(1 for a in parsed.cells.values() if a.missing_reason)
    return ImportResult(unit_id=unit.id, files=len(parsed.labels), answers=len(parsed.cells),
                        missing_reasons=missing)
