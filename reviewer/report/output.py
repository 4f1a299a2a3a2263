"""Writing a report file: the format's renderer, into a file beside the target, renamed
into place only when whole, so a failure leaves nothing partial behind (and a crash
nothing past the next start, see `reviewer.scratch`)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from reviewer import scratch
from reviewer.errors import OperationError
from reviewer.i18n import N_
from reviewer.report.model import Report, ReportOptions
from reviewer.scratch import partial_path
from reviewer.userfiles import check_not_a_project

FORMATS = ("pdf", "docx", "xlsx", "csv")  # what `_renderer` writes, in the order offered


def _renderer(fmt: str) -> Callable[[Report, Path], None]:
    if fmt == "pdf":
        from reviewer.report.pdf import render_pdf

        return render_pdf
    if fmt == "docx":
        from reviewer.report.docx import render_docx

        return render_docx
    if fmt == "xlsx":
        from reviewer.report.xlsx import render_xlsx

        return render_xlsx
    if fmt == "csv":
        from reviewer.report.tabular import render_csv

        return render_csv
    raise OperationError(N_("Unknown report format {fmt}."), fmt=fmt)


def options_for(fmt: str, options: ReportOptions) -> ReportOptions:
    """The options a format prints with: a workbook always has its summary sheet across
    units."""
    return replace(options, joint=True) if fmt == "xlsx" else options


def check_target(out: Path) -> None:
    """A clear error before any work if the report cannot be written where asked."""
    folder = out.parent
    if not folder.is_dir():
        raise OperationError(N_("The folder {folder} does not exist."), folder=str(folder))
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise OperationError(N_("{path} cannot be written here (no permission)."),
                             path=str(out))
    if out.is_dir():
        raise OperationError(N_("{path} is a folder."), path=str(out))
    check_not_a_project(out)


def write_report(report: Report, fmt: str, out: Path, *, include_notes: bool = False) -> None:
    """Render `report` as `fmt` into `out`; `include_notes` gives the long form the working
    notes, as if the report had been built with `ReportOptions(notes=True)`."""
    out = Path(out)
    render = _renderer(fmt)
    if include_notes:
        report = replace(report, options=replace(report.options, notes=True))
    check_target(out)
    partial = partial_path(out)
    try:
        # Noted in a scratch job first: if this process dies while rendering, the next
        # start removes the partial file (it holds the project's answers).
        with scratch.job("report") as job:
            job.leave(partial)
            try:
                render(report, partial)
                os.replace(partial, out)
            finally:
                partial.unlink(missing_ok=True)
    except OSError as exc:
        raise OperationError(N_("The report could not be written to {path}: {detail}"),
                             path=str(out), detail=exc.strerror or exc) from exc
