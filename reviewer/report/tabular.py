"""The bilaga as long-form CSV, and a marked text as one string of text (the grid view)."""

from __future__ import annotations

import csv
from pathlib import Path

from reviewer.report.model import Marked, Report
from reviewer.spreadsheet import neutralise

_SUPERSCRIPT = str.maketrans("0123456789,", "⁰¹²³⁴⁵⁶⁷⁸⁹˒")


def superscript(item: Marked) -> str:
    """"Eb⁶": the marker as superscript digits, the way a cell of text can carry it."""
    return item.text + item.marker_text.translate(_SUPERSCRIPT)


def render_csv(report: Report, out: Path) -> None:
    """Long form, one row per cell, UTF-8 with BOM so Excel opens åäö right; a text that
    starts like a formula gets a quote before it, so Excel shows it instead of running it."""
    with out.open("w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(map(neutralise, texts) for texts in report.long_form())
