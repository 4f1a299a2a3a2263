"""The neutral appendix model: what every renderer prints, decided once.

Domain → `Report` (titles, rows of marked texts, legend, numbered footnotes, findings)
→ renderer. Renderers lay it out and hold no audit logic.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reviewer.model import Code, Convention

DEFAULT_TITLE = "Bilaga 2 Aktgranskning"
# Report text is in the template's language (the published form is Swedish).
QUESTION_HEADER = "Kontrollfråga"
SUMMA_HEADER = "Summa"
NOT_STARTED = "ej påbörjad"  # a unit of the joint summary none of whose files is started
LEGEND = {Code.EB: "Eb = Ej bedömningsbart", Code.ET: "Et = Ej tillämpningsbart"}


@dataclass(frozen=True)
class ReportOptions:
    title: str = DEFAULT_TITLE
    first_footnote: int | None = None  # None: the project's setting
    convention: Convention | None = None  # None: the project's setting
    percent: bool = False  # Summa as "x/n (p %)"
    reuse_footnotes: bool = False
    legend_always: bool = False  # else only the codes that occur
    findings: bool = False  # the "I x av n akter …" sentences after the table
    joint: bool = False  # a summary across units before the appendices
    allow_identity: bool = False  # a title that looks like a personnummer, kept deliberately


@dataclass(frozen=True)
class Marked:
    """A printed text with its footnote markers (superscript numbers)."""

    text: str
    markers: tuple[int, ...] = ()

    @property
    def marker_text(self) -> str:
        return ",".join(str(m) for m in self.markers)


@dataclass(frozen=True)
class AppendixRow:
    key: str
    question: Marked  # "1. Har utredning …" with the question's own footnote
    cells: tuple[Marked, ...]  # one per case file
    summa: Marked
    is_sub_question: bool = False


@dataclass(frozen=True)
class Appendix:
    """One unit's bilaga table."""

    title: str
    project_title: str
    unit: str
    file_labels: tuple[str, ...]
    rows: tuple[AppendixRow, ...]
    legend: tuple[str, ...]
    footnotes: tuple[tuple[int, str], ...]
    findings: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()  # what is incomplete, already in words

    @property
    def headers(self) -> tuple[str, ...]:
        return (QUESTION_HEADER, *self.file_labels, SUMMA_HEADER)


@dataclass(frozen=True)
class JointRow:
    key: str
    question: str
    cells: tuple[tuple[str, float | None], ...]  # per unit: Summa text, share of Ja
    total: tuple[str, float | None]


@dataclass(frozen=True)
class JointSummary:
    title: str
    units: tuple[str, ...]
    rows: tuple[JointRow, ...]


@dataclass(frozen=True)
class LongRow:
    """One cell in long form, for analysis (the CSV export)."""

    unit: str
    case_file: str
    key: str
    question: str
    answer: str  # "" when unanswered
    derived: bool
    reason: str
    placement: str
    note: str


@dataclass(frozen=True)
class Report:
    project_title: str
    options: ReportOptions
    appendices: tuple[Appendix, ...]
    joint: JointSummary | None = None
    warnings: tuple[str, ...] = field(default=())
    long_rows: tuple[LongRow, ...] = ()
