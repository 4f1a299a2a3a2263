"""Builds the neutral `Report` from a project: cells, Summa, markers, legend, findings."""

from __future__ import annotations

from collections.abc import Sequence

from reviewer import privacy
from reviewer.errors import OperationError
from reviewer.i18n import N_, _
from reviewer.model import CaseFile, Cell, FileStatus, Unit
from reviewer.project import Project
from reviewer.report.model import (
    JOINT_TITLE,
    LEGEND,
    NOT_STARTED,
    Appendix,
    AppendixRow,
    JointRow,
    JointSummary,
    LongRow,
    Marked,
    Report,
    ReportOptions,
)
from reviewer.rules.footnotes import number_footnotes
from reviewer.rules.summa import Summa, UnitSummary
from reviewer.summary import summarize


def choose_units(project: Project, names: Sequence[str]) -> list[Unit]:
    """Units by name in the order given; none named means every unit of the project."""
    if not names:
        return project.units()
    return [project.unit_by_name(name) for name in names]


def build_report(project: Project, units: Sequence[Unit], options: ReportOptions) -> Report:
    if not units:
        raise OperationError(N_("The project has no units to report."))
    privacy.check_text(_("The report title"), options.title, allow=options.allow_identity)
    first = (project.info.first_footnote if options.first_footnote is None
             else options.first_footnote)
    if first < 1:
        raise OperationError(N_("The first footnote number must be 1 or more."))
    convention = options.convention or project.info.convention
    summaries = summarize(project, [u.id for u in units], convention)
    by_id = {s.unit.id: s for s in summaries}
    grids = {u.id: project.unit_cells(u.id) for u in units}
    appendices = tuple(_appendix(project, by_id[u.id], grids[u.id], options, first)
                       for u in units)
    joint = _joint(project, [by_id[u.id] for u in units], options) if options.joint else None
    warnings = tuple(f"{a.unit}: {line}" for a in appendices for line in a.missing)
    long_rows = tuple(
        LongRow(unit=u.name, case_file=case_file.label, key=q.key, question=q.text,
                answer=cell.code.value if cell.code else "", derived=cell.derived,
                reason="" if cell.derived else cell.answer.reason,
                placement="" if cell.derived else cell.answer.placement.value,
                note="" if cell.derived else cell.answer.note)
        for u in units for case_file, cells in grids[u.id]
        for q in project.template.questions for cell in (cells[q.key],))
    return Report(project_title=project.info.title, options=options, appendices=appendices,
                  joint=joint, warnings=warnings, long_rows=long_rows)


def _summa_text(summa: Summa, options: ReportOptions) -> str:
    return summa.text(percent=options.percent)


def _appendix(project: Project, summary: UnitSummary,
              file_cells: list[tuple[CaseFile, dict[str, Cell]]], options: ReportOptions,
              first: int) -> Appendix:
    template = project.template
    files = [f for f, _cells in file_cells]
    grid = [cells for _f, cells in file_cells]
    footnotes = number_footnotes(template.questions, grid, first,
                                 reuse=options.reuse_footnotes)
    rows = []
    codes_seen = {c.code for cells in grid for c in cells.values() if c.code is not None}
    for question, markers, q_summary in zip(template.questions, footnotes.rows,
                                            summary.questions, strict=True):
        cells = [Marked(_code_text(cell_map[question.key]), cell_markers)
                 for cell_map, cell_markers in zip(grid, markers.cells, strict=True)]
        rows.append(AppendixRow(
            key=question.key, question=Marked(f"{question.key}. {question.text}",
                                              markers.question),
            cells=tuple(cells), summa=Marked(_summa_text(q_summary.summa, options),
                                             markers.summa),
            is_sub_question=question.parent is not None))
    legend = tuple(text for code, text in LEGEND.items()
                   if options.legend_always or code in codes_seen)
    return Appendix(title=options.title, project_title=project.info.title,
                    unit=summary.unit.name, file_labels=tuple(f.label for f in files),
                    rows=tuple(rows), legend=legend, footnotes=footnotes.notes,
                    findings=tuple(summary.findings) if options.findings else (),
                    missing=tuple(_missing(files, grid)))


def _missing(files: list[CaseFile], grid: list[dict[str, Cell]]) -> list[str]:
    """What keeps each case file from being complete, one line a file."""
    lines = []
    for case_file, cells in zip(files, grid, strict=True):
        unanswered = [k for k, c in cells.items() if c.code is None and not c.derived]
        unreasoned = [k for k, c in cells.items() if c.missing_reason]
        conflicted = [k for k, c in cells.items() if c.conflict]
        parts = []
        if unanswered:
            parts.append(_("unanswered {keys}", keys=", ".join(unanswered)))
        if unreasoned:
            parts.append(_("Eb/Et without a reason {keys}", keys=", ".join(unreasoned)))
        if conflicted:
            parts.append(_("an undecided conflict between merged copies in {keys} (the "
                           "newer value is printed)", keys=", ".join(conflicted)))
        if parts:
            lines.append(_("case file {label}: {problems}", label=case_file.label,
                           problems="; ".join(parts)))
    return lines


def _joint(project: Project, summaries: list[UnitSummary], options: ReportOptions
           ) -> JointSummary:
    # A unit none of whose case files is started is shown as not started (unshaded), not
    # as 0/10 on red, and is left out of the total: nothing is known of it yet.
    started = [s.status_counts[FileStatus.NOT_STARTED] < s.files for s in summaries]
    rows = []
    for index, question in enumerate(project.template.questions):
        parts = [s.questions[index].summa for s in summaries]
        counted = [p for p, on in zip(parts, started, strict=True) if on]
        total = Summa(sum(p.numerator for p in counted), sum(p.denominator for p in counted))
        rows.append(JointRow(
            key=question.key, question=question.text,
            cells=tuple((_summa_text(p, options), p.share) if on else (NOT_STARTED, None)
                        for p, on in zip(parts, started, strict=True)),
            total=(_summa_text(total, options), total.share if counted else None)))
    return JointSummary(title=_joint_title(options), units=tuple(s.unit.name for s in summaries),
                        rows=tuple(rows))


def _joint_title(options: ReportOptions) -> str:
    return JOINT_TITLE.format(title=options.title)


def _code_text(cell: Cell) -> str:
    return cell.code.value if cell.code is not None else ""
