"""The neutral appendix model: what every renderer prints, decided once.

Domain → `Report` (titles, rows of marked texts, legend, numbered footnotes, findings)
→ renderer. Renderers lay it out and hold no audit logic.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from reviewer.model import Code, Convention

# The words a report prints around its data, each defined here once for every renderer.
# Report text is in the template's language (the published form is Swedish), whatever
# language the app speaks.
DEFAULT_TITLE = "Bilaga 2 Aktgranskning"
QUESTION_HEADER = "Kontrollfråga"
PART_HEADER = "Kontrollfråga (akt {first}–{last})"  # a wide sample split over tables
SUMMA_HEADER = "Summa"
TOTAL_HEADER = "Totalt"  # the joint summary's column across units
FINDINGS_HEADING = "Iakttagelser"
SAMPLING_HEADING = "Urval"  # the sampling record (urvalsbeskrivning) under a unit's table
NOT_STARTED = "ej påbörjad"  # a unit of the joint summary none of whose files is started
LEGEND = {Code.EB: "Eb = Ej bedömningsbart", Code.ET: "Et = Ej tillämpningsbart"}
JOINT_TITLE = "{title} – sammanställning"
JOINT_SHEET = "Sammanställning"
JOINT_SUBTITLE = "Andel Ja per kontrollfråga och granskad enhet (Summa)"
JOINT_CHART_TITLE = "Andel Ja per kontrollfråga, alla enheter (%)"
UNIT_SHEET = "Enhet"  # a sheet whose unit name has no character a sheet name may hold
PAGE_NUMBER = "Sida {page} av {pages}"
# The long form's columns are names for analysis tools, not words for a reader.
LONG_COLUMNS = ("unit", "file", "question_key", "question", "answer", "derived", "reason",
                "placement")
NOTE_COLUMN = "note"

# Layout every renderer follows, so the PDF and the Word document turn and split alike.
PORTRAIT_MAX_FILES = 12  # more file columns than this print on a landscape page
JOINT_UNITS_PER_TABLE = 10  # the joint summary's units per table, the total with the last


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
    notes: bool = False  # the long form carries the working notes (never printed otherwise)
    sampling: bool = False  # how each unit's sample was drawn, after its table (no case ids)


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
    sampling: tuple[str, ...] = ()  # the sampling record's lines (Swedish), if asked for

    @property
    def headers(self) -> tuple[str, ...]:
        return (QUESTION_HEADER, *self.file_labels, SUMMA_HEADER)

    @property
    def landscape(self) -> bool:
        """Too many case files for a portrait page."""
        return len(self.file_labels) > PORTRAIT_MAX_FILES


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

    def texts(self) -> tuple[str, ...]:
        """The row as text, in the order of `LONG_COLUMNS` and then the note."""
        return (self.unit, self.case_file, self.key, self.question, self.answer,
                "1" if self.derived else "0", self.reason, self.placement, self.note)


@dataclass(frozen=True)
class Report:
    project_title: str
    options: ReportOptions
    appendices: tuple[Appendix, ...]
    joint: JointSummary | None = None
    warnings: tuple[str, ...] = field(default=())
    long_rows: tuple[LongRow, ...] = ()

    def long_form(self) -> Iterator[tuple[str, ...]]:
        """The header, then one row per cell; the working notes only when the options ask
        for them."""
        columns = (*LONG_COLUMNS, NOTE_COLUMN) if self.options.notes else LONG_COLUMNS
        yield columns
        for row in self.long_rows:
            yield row.texts()[:len(columns)]
