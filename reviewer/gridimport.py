"""Grid import: an Excel or CSV review sheet (questions × files) into a unit, all or nothing.

The first non-blank row: a header cell, then one column per file label (a trailing Summa
column is ignored). Column A: question key or text. Cells: Ja, Nej, Eb, Et (any case),
blank, or `Eb: reason`. Reading the file is sheetfiles.py's; the checks are here.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reviewer import privacy
from reviewer.errors import SheetError, SheetProblem
from reviewer.i18n import _
from reviewer.model import Answer, Code, Template
from reviewer.project import Project
from reviewer.review import MAX_CASE_FILES, import_unit
from reviewer.rules.cells import is_derived
from reviewer.sheetfiles import Row, read_rows
from reviewer.templates import ancestors, printed_key_of


@dataclass(frozen=True)
class ImportResult:
    unit_id: str
    files: int
    answers: int
    missing_reasons: int


def read_sheet(path: Path) -> list[Row]:
    """The sheet's non-blank rows as (row number, cells); SheetError if it cannot be read."""
    return read_rows(Path(path))


def load_sheet(path: Path, template: Template, *, allow_identity: bool = False
               ) -> ParsedSheet:
    """Read a sheet and check it against the template; SheetError lists every problem."""
    with _collection_paused():
        return parse_grid(read_sheet(path), template, str(path), allow_identity=allow_identity)


@contextmanager
def _collection_paused() -> Iterator[None]:
    """A sheet is a million small lists and strings without a cycle among them; Python's
    cycle collector walking them again and again doubled the time to read one."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass(frozen=True)
class ParsedSheet:
    """A sheet that passed every check: its file labels, and per question row the answer
    of each file (None: blank, or derived from a parent that is not Ja)."""

    labels: list[str]
    answers: list[tuple[str, list[Answer | None]]]


@dataclass(frozen=True)
class _Header:
    labels: list[str]
    columns: list[int]  # 1-based column of each label: 2, 3, …
    summa: int  # the Summa column, 0 if none


def parse_grid(rows: list[Row], template: Template, source: str, *,
               allow_identity: bool = False) -> ParsedSheet:
    """Validate a whole sheet (rows of stripped cells) against the template; every problem
    is listed at once. Linear in the sheet's size: each row and cell is looked at once."""
    problems: list[SheetProblem] = []
    if not all(any(cells) for _number, cells in rows):
        rows = [(number, cells) for number, cells in rows if any(cells)]
    if not rows:
        raise SheetError(source, [SheetProblem(1, 1, _("the sheet is empty"))])
    header_number, header_cells = rows[0]
    header = _header(header_cells, header_number, problems)
    if len(rows) == 1:
        problems.append(SheetProblem(header_number + 1, 1, _(
            "the sheet has no question rows under its header")))
    width = len(header.labels)
    keys = {q.printed_key.casefold(): q.key for q in template.questions}
    texts: dict[str, str] | None = None  # built when a row does not name its key
    seen: dict[str, int] = {}
    answered: list[tuple[str, list[Answer | None]]] = []
    known: dict[str, Answer | None] = {"": None}  # a sheet repeats few distinct values
    bad: dict[str, str] = {}  # value → its problem
    looked_at = {""}  # the keys of both
    for number, cells in rows[1:]:
        if len(cells) > width + 1:
            _outside(cells, number, width + 2, header.summa, problems)
        shown = " ".join(cells[0].split())
        name = shown.casefold()
        key = keys.get(name)
        if key is None:
            texts = texts if texts is not None else _question_lookup(template)
            key = texts.get(name)
        if key is None:
            problems.append(SheetProblem(number, 1, _("unknown question: {text}",
                                                      text=shown or "–")))
            continue
        if key in seen:
            problems.append(SheetProblem(number, 1, _("question {key} appears twice "
                                                      "(also row {row})",
                                                      key=printed_key_of(template, key),
                                                      row=seen[key])))
            continue
        seen[key] = number
        values = cells[1:width + 1]
        if not looked_at.issuperset(values):
            for value in set(values) - looked_at:
                answer = _answer(value, allow_identity)
                if isinstance(answer, str):
                    bad[value] = answer
                else:
                    known[value] = answer
                looked_at.add(value)
        if bad and not bad.keys().isdisjoint(values):
            problems += [SheetProblem(number, column, bad[value])
                         for column, value in enumerate(values, start=2) if value in bad]
        answers = [known.get(value) for value in values]
        if len(answers) < width:
            answers += [None] * (width - len(answers))
        answered.append((key, answers))
    _derive_sub_questions(answered, seen, template, problems)
    if problems:
        raise SheetError(source, problems)
    return ParsedSheet(labels=header.labels, answers=answered)


def _outside(cells: list[str], number: int, first: int, summa: int,
             problems: list[SheetProblem]) -> None:
    """A value right of the last file column (other than Summa) belongs to no case file."""
    for column in range(first, len(cells) + 1):
        value = cells[column - 1]
        if value and column != summa:
            problems.append(SheetProblem(number, column, _(
                "{value!r} is in a column that names no case file in the header row",
                value=value)))


def _header(cells: list[str], row_number: int, problems: list[SheetProblem]) -> _Header:
    labelled = list(cells[1:])
    while labelled and not labelled[-1].strip():
        labelled.pop()
    summa = 0
    if labelled and labelled[-1].strip().casefold() == "summa":
        labelled.pop()
        summa = len(labelled) + 2
    labels: list[str] = []
    columns: list[int] = []
    used: set[str] = set()
    for offset, cell in enumerate(labelled, start=2):
        label = " ".join(cell.split())
        if not label:
            problems.append(SheetProblem(row_number, offset, _("the file label is empty")))
        elif label in used:
            problems.append(SheetProblem(row_number, offset,
                                         _("the file label {label} is used twice",
                                           label=label)))
        elif privacy.find_identity_numbers(label):
            problems.append(SheetProblem(row_number, offset, _(
                "the file label looks like a personal identity number")))
        used.add(label)
        labels.append(label)
        columns.append(offset)
    if not labels:
        problems.append(SheetProblem(row_number, 2, _("the header row names no case files")))
    elif len(labels) > MAX_CASE_FILES:
        problems.append(SheetProblem(row_number, columns[MAX_CASE_FILES], _(
            "a unit holds at most {limit} case files; this header row names {count}",
            limit=MAX_CASE_FILES, count=len(labels))))
    return _Header(labels=labels, columns=columns, summa=summa)


def _question_lookup(template: Template) -> dict[str, str]:
    """Printed keys, texts and 'KEY. text' spellings, folded, to question keys."""
    lookup: dict[str, str] = {}
    for q in template.questions:
        text = " ".join(q.text.split()).casefold()
        number = q.printed_key
        for spelling in (text, f"{number}. {text}", f"{number} {text}", f"{number}) {text}"):
            lookup.setdefault(spelling.casefold(), q.key)
    for q in template.questions:
        lookup[q.printed_key.casefold()] = q.key  # a key always wins over a text
    return lookup


def _answer(value: str, allow_identity: bool) -> Answer | str | None:
    """A cell's answer, or the problem with it (translated), or None for a blank."""
    code_text, _colon, reason = value.partition(":")
    if not code_text.strip():
        return _("a reason without an answer") if reason.strip() else None
    try:
        code = Code.parse(code_text)
    except ValueError:
        return _("{value!r} is not Ja, Nej, Eb or Et", value=value)
    reason = " ".join(reason.split())
    if reason and not code.needs_reason:
        return _("only Eb and Et carry a reason")
    if reason and not allow_identity and privacy.find_identity_numbers(reason):
        return _("the reason contains what looks like a personal identity number")
    return Answer(code=code, reason=reason)


def _derive_sub_questions(answered: list[tuple[str, list[Answer | None]]],
                          rows: dict[str, int], template: Template,
                          problems: list[SheetProblem]) -> None:
    """Sub-questions of a parent that is not Ja read as derived Et (`is_derived`), as
    appendices print them: their cells are left out, and anything but Et there is a
    problem."""
    sub_questions = [(key, answers) for key, answers in answered if ancestors(template, key)]
    if not sub_questions:
        return
    above = {parent for key, _answers in sub_questions for parent in ancestors(template, key)}
    parents = [(key, answers) for key, answers in answered if key in above]
    codes = [{key: answer.code for key, answers in parents
              if (answer := answers[index]) is not None}
             for index in range(len(answered[0][1]))]  # each case file's, as the sheet has it
    for key, answers in sub_questions:
        for index, answer in enumerate(answers):
            if answer is None or not is_derived(template, key, codes[index]):
                continue
            answers[index] = None
            if answer.code is not Code.ET:
                problems.append(SheetProblem(rows[key], index + 2, _(
                    "question {key} applies only when {parent} is Ja; leave it blank or Et",
                    key=printed_key_of(template, key),
                    parent=printed_key_of(template, template.question(key).parent))))


def import_grid(project: Project, sheet: Path, unit_name: str, *, author: str,
                allow_identity: bool = False) -> ImportResult:
    """Import a sheet into a unit (created if missing, otherwise one without answers)."""
    parsed = load_sheet(sheet, project.template, allow_identity=allow_identity)
    unit, _changes = import_unit(project, unit_name, parsed.labels, parsed.answers,
                                 author=author, allow_identity=allow_identity)
    given = [answer for _key, answers in parsed.answers for answer in answers
             if answer is not None]
    return ImportResult(unit_id=unit.id, files=len(parsed.labels), answers=len(given),
                        missing_reasons=sum(1 for answer in given if answer.missing_reason))
