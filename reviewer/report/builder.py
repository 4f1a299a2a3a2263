"""Builds the neutral `Report` from a project: cells, Summa, markers, legend, findings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reviewer import privacy
from reviewer.errors import OperationError
from reviewer.i18n import N_, _
from reviewer.model import CaseFile, Cell, Code, Convention, FileStatus, Template, Unit
from reviewer.project import Project
from reviewer.report.model import (
    JOINT_TITLE,
    LEGEND,
    NOT_ASSESSED_LEGEND,
    NOT_ASSESSED_MARK,
    NOT_STARTED,
    SAMPLE_UNIT,
    Appendix,
    AppendixRow,
    JointRow,
    JointSummary,
    LongRow,
    Marked,
    Report,
    ReportOptions,
    Tally,
)
from reviewer.rules.sheet import UnitSheet, read_units, unit_sheets
from reviewer.rules.summa import Summa, UnitSummary


def choose_units(project: Project, names: Sequence[str]) -> list[Unit]:
    """Units by name in the order given; none named means every unit of the project."""
    if not names:
        return project.units()
    return [project.unit_by_name(name) for name in names]


def build_report(project: Project, units: Sequence[Unit], options: ReportOptions) -> Report:
    if not units:
        raise OperationError(N_("The project has no units to report."))
    privacy.check_text(_("The report title"), options.title, allow=options.allow_identity)
    first = _first_footnote(project, options)
    sheets = read_units(project, [u.id for u in units], options.convention)
    if len(sheets) < len(units):
        raise OperationError(N_("There is no such unit in this project."))
    appendices = tuple(_appendix(project.template, project.info.title, sheet, options, first,
                                 _sampling(project, sheet.unit.id) if options.sampling else ())
                       for sheet in sheets)
    joint = _joint(project, [s.summary for s in sheets], options) if options.joint else None
    warnings = tuple(f"{a.unit}: {line}" for a in appendices for line in a.missing)
    long_rows = tuple(
        LongRow(unit=sheet.unit.name, case_file=file.case_file.label, key=q.printed_key,
                question=q.text, answer=_code_text(cell), derived=cell.derived,
                reason="" if cell.derived else cell.answer.reason,
                placement="" if cell.derived else cell.answer.placement.value,
                note="" if cell.derived else cell.answer.note)
        for sheet in sheets for file in sheet.files
        for q in project.template.questions for cell in (file.cells[q.key],))
    return Report(project_title=project.info.title, options=options, appendices=appendices,
                  joint=joint, warnings=warnings, long_rows=long_rows)


def appendix(project: Project, sheet: UnitSheet, options: ReportOptions) -> Appendix:
    """One unit's appendix as a report prints it (the grid view shows this very table)."""
    return _appendix(project.template, project.info.title, sheet, options,
                     _first_footnote(project, options))


def blank_report(template: Template, files: int = 10,
                 options: ReportOptions | None = None) -> Report:
    """The empty bilaga of a template as it would print: one unit (`SAMPLE_UNIT`) with the
    case files 1..`files`, nothing answered, its cells and Summa blank (the template
    editor's preview: the form, not a count of nothing)."""
    options = options or ReportOptions()
    unit = Unit(id="preview", name=SAMPLE_UNIT, position=0)
    case_files = [CaseFile(id=f"preview-{n}", unit_id=unit.id, label=str(n), position=n)
                  for n in range(1, files + 1)]
    (sheet,) = unit_sheets(template, [unit], case_files, [{} for _f in case_files],
                           options.convention or Convention.ALL)
    first = 1 if options.first_footnote is None else options.first_footnote
    printed = _appendix(template, template.name, sheet, options, first)
    blank = tuple(replace(row, cells=tuple(_UNMARKED[None] for _c in row.cells),
                          summa=_UNMARKED[None]) for row in printed.rows)
    return Report(project_title=template.name, options=options,
                  appendices=(replace(printed, rows=blank, legend=(), missing=()),))


def _first_footnote(project: Project, options: ReportOptions) -> int:
    first = (project.info.first_footnote if options.first_footnote is None
             else options.first_footnote)
    if first < 1:
        raise OperationError(N_("The first footnote number must be 1 or more."))
    return first


def _summa_text(summa: Summa, options: ReportOptions) -> str:
    return summa.text(percent=options.percent)


def _appendix(template: Template, project_title: str, sheet: UnitSheet,
              options: ReportOptions, first: int, sampling: tuple[str, ...] = ()) -> Appendix:
    footnotes = sheet.footnotes(first, reuse=options.reuse_footnotes)
    rows = []
    for question, markers, q_summary in zip(template.questions, footnotes.rows,
                                            sheet.summary.questions, strict=True):
        cells = [_marked(file.cells[question.key], cell_markers)
                 for file, cell_markers in zip(sheet.files, markers.cells, strict=True)]
        rows.append(AppendixRow(
            key=question.key, question=Marked(f"{question.printed_key}. {question.text}",
                                              markers.question),
            cells=tuple(cells), summa=Marked(_summa_text(q_summary.summa, options),
                                             markers.summa),
            is_sub_question=question.parent is not None,
            tally=Tally(ja=q_summary.ja, nej=q_summary.nej, eb=q_summary.eb, et=q_summary.et,
                        summa=q_summary.summa)))
    legend = tuple(text for code, text in LEGEND.items() if options.legend_always
                   or any(q.count(code) for q in sheet.summary.questions))
    if any(cell.not_assessed for cells in sheet.cells for cell in cells.values()):
        legend += (NOT_ASSESSED_LEGEND,)
    return Appendix(title=options.title, project_title=project_title,
                    unit=sheet.unit.name, file_labels=tuple(f.label for f in sheet.case_files),
                    rows=tuple(rows), legend=legend, footnotes=footnotes.notes,
                    findings=tuple(sheet.summary.findings) if options.findings else (),
                    missing=tuple(sheet.missing()), first_footnote=first,
                    sampling=sampling)


def _sampling(project: Project, unit_id: str) -> tuple[str, ...]:
    """The unit's sampling record in the report's language (Swedish, as all report text);
    it names the population by file and hash and the case files by number only."""
    from reviewer.sampling.record import record_lines, sampling_record

    return tuple(record_lines(sampling_record(project, unit_id), "sv"))


def _joint(project: Project, summaries: list[UnitSummary], options: ReportOptions
           ) -> JointSummary:
    # A unit none of whose case files is started is shown as not started (unshaded), not
    # as 0/10 on red, and is left out of the total: nothing is known of it yet.
    started = [s.status_counts[FileStatus.NOT_STARTED] < s.files for s in summaries]
    rows = []
    for index, question in enumerate(project.template.questions):
        parts = [s.questions[index].summa for s in summaries]
        counted = [p for p, on in zip(parts, started, strict=True) if on]
        total = Summa.total(counted)
        rows.append(JointRow(
            key=question.printed_key, question=question.text,
            cells=tuple((_summa_text(p, options), p.share) if on else (NOT_STARTED, None)
                        for p, on in zip(parts, started, strict=True)),
            total=(_summa_text(total, options), total.share if counted else None),
            summas=(*(p if on else None for p, on in zip(parts, started, strict=True)),
                    total if counted else None)))
    return JointSummary(title=_joint_title(options), units=tuple(s.unit.name for s in summaries),
                        rows=tuple(rows))


def _joint_title(options: ReportOptions) -> str:
    return JOINT_TITLE.format(title=options.title)


def _code_text(cell: Cell) -> str:
    return _UNMARKED[cell.code].text


# A cell without a marker prints its code alone: made once and shared (a large unit's table
# has thousands of them, and the grid view makes the table on every change).
_UNMARKED = {code: Marked(code.value if code is not None else "") for code in (None, *Code)}


_NOT_ASSESSED = Marked(NOT_ASSESSED_MARK)


def _marked(cell: Cell, markers: tuple[int, ...]) -> Marked:
    if cell.not_assessed:
        return _NOT_ASSESSED
    unmarked = _UNMARKED[cell.code]
    return Marked(unmarked.text, markers) if markers else unmarked
