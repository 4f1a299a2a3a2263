"""The neutral appendix model: what every renderer prints, decided once.

Domain → `Report` (titles, rows of marked texts, legend, numbered footnotes, findings)
→ renderer. Renderers lay it out and hold no audit logic.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.model import Code, Convention
from reviewer.rules.summa import Summa

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
SAMPLE_UNIT = "Granskad enhet"  # the unit of a template's empty bilaga (its preview)
LEGEND = {Code.EB: "Eb = Ej bedömningsbart", Code.ET: "Et = Ej tillämpningsbart"}
# A cell of a question added to the template after its case file was signed off: the
# question was never put to that file.
NOT_ASSESSED_MARK = "–"
NOT_ASSESSED_LEGEND = ("– = Frågan lades till efter att akten signerats och är inte bedömd "
                       "i den")
JOINT_TITLE = "{title} – sammanställning"
JOINT_SHEET = "Sammanställning"
# A workbook's rows as numbers beside the printed table (not printed), for formulas and charts.
NUMBERS_CAPTION = "Som tal, för beräkningar och diagram (skrivs inte ut)"
NUMBERS_KEY_HEADER = "Fråga"
TALLY_HEADERS = ("Ja", "Nej", "Eb", "Et", "n", "Andel Ja")
JOINT_NUMBER_BLOCKS = ("Ja", "n", "Andel Ja")  # a block each: units and the total
JOINT_SUBTITLE = "Andel Ja per kontrollfråga och granskad enhet (Summa)"
JOINT_CHART_TITLE = "Andel Ja per kontrollfråga, alla enheter (%)"
UNIT_SHEET = "Enhet"  # a sheet whose unit name has no character a sheet name may hold
PAGE_NUMBER = "Sida {page} av {pages}"
# A table's caption and its description for screen readers (Word's alternative text).
TABLE_CAPTION = "{unit}: bedömning per kontrollfråga och akt"
JOINT_CAPTION = JOINT_SUBTITLE
PART_CAPTION = "{caption}, del {part} av {parts}"  # a table split over several
TABLE_DESCRIPTION = ("Kontrollfrågorna som rader och akt {first}–{last} som kolumner{summa}. "
                     "Svaren är Ja, Nej, Eb (ej bedömningsbart) eller Et (ej "
                     "tillämpningsbart); en upphöjd siffra hänvisar till en fotnot.")
DESCRIPTION_SUMMA = ", sist Summa (antal Ja av antal akter)"
JOINT_DESCRIPTION = ("Kontrollfrågorna som rader och de granskade enheterna som kolumner"
                     "{total}; varje cell är enhetens Summa (antal Ja av antal akter).")
DESCRIPTION_TOTAL = ", sist Totalt för alla enheter"
# The long form's columns are names for analysis tools, not words for a reader.
LONG_COLUMNS = ("unit", "file", "question_key", "question", "answer", "derived", "reason",
                "placement")
NOTE_COLUMN = "note"

# Layout every renderer follows, so the PDF and the Word document turn and split alike.
PORTRAIT_MAX_FILES = 12  # more file columns than this print on a landscape page
LANDSCAPE_MAX_FILES = 20  # more file columns than this split over several tables
JOINT_UNITS_PER_TABLE = 10  # the joint summary's units per table, the total with the last


def column_parts(count: int, most: int) -> list[range]:
    """How `count` columns split over tables of at most `most`, as even as possible (30
    files: 15 + 15): the one rule every renderer splits a wide table by."""
    if not count:
        return [range(0)]
    parts = -(-count // most)
    size = -(-count // parts)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


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
    footnotes_below: bool = False  # Word: the notes as a list under the table, not footnotes
    reference_docx: Path | None = None  # Word: the firm's document or template to build on
    author: str = ""  # who makes the report (the Word file's author)
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
class Tally:
    """A row's numbers behind its printed Summa, for a spreadsheet to count and chart."""

    ja: int
    nej: int
    eb: int
    et: int  # derived Et included
    summa: Summa  # Ja over the case files the report's convention counts


@dataclass(frozen=True)
class AppendixRow:
    key: str
    question: Marked  # "1. Har utredning …" with the question's own footnote
    cells: tuple[Marked, ...]  # one per case file
    summa: Marked
    is_sub_question: bool = False
    tally: Tally | None = None


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
    first_footnote: int = 1  # the number the footnotes start at
    sampling: tuple[str, ...] = ()  # the sampling record's lines (Swedish), if asked for

    @property
    def headers(self) -> tuple[str, ...]:
        return (QUESTION_HEADER, *self.file_labels, SUMMA_HEADER)

    @property
    def landscape(self) -> bool:
        """Too many case files for a portrait page."""
        return len(self.file_labels) > PORTRAIT_MAX_FILES

    @property
    def parts(self) -> list[range]:
        """The file columns of each table the appendix prints as (the Summa with the
        last): one table up to a landscape page's worth, else even parts."""
        most = LANDSCAPE_MAX_FILES if self.landscape else PORTRAIT_MAX_FILES
        return column_parts(len(self.file_labels), most)


@dataclass(frozen=True)
class JointRow:
    key: str
    question: str
    cells: tuple[tuple[str, float | None], ...]  # per unit: Summa text, share of Ja
    total: tuple[str, float | None]
    # The same as numbers, per unit then the total; None for a unit not started.
    summas: tuple[Summa | None, ...] = ()


@dataclass(frozen=True)
class JointSummary:
    title: str
    units: tuple[str, ...]
    rows: tuple[JointRow, ...]

    @property
    def parts(self) -> list[range]:
        """The unit columns of each table (the total with the last)."""
        return column_parts(len(self.units), JOINT_UNITS_PER_TABLE)


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
