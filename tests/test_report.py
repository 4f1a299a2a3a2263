"""The bilaga: the published Torsby appendix reproduced in PDF, Word and Excel, and bad
options refused without writing anything."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from reviewer import review
from reviewer.errors import OperationError
from reviewer.gridimport import import_grid
from reviewer.model import Code, Convention, Placement
from reviewer.project import Project
from reviewer.report.builder import build_report, choose_units
from reviewer.report.model import LEGEND, ReportOptions
from reviewer.report.output import write_report
from reviewer.sample import write_demo
from tests.conftest import AUTHOR, snapshot

SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹˒", "0123456789,")  # the grid view shows "Eb⁶"


@pytest.fixture
def torsby(project: Project, torsby_csv: Path, reference: dict[str, Any]) -> Project:
    return import_torsby(project, torsby_csv, reference)


def import_torsby(project: Project, torsby_csv: Path, reference: dict[str, Any]) -> Project:
    """The reference as an auditor would bring it in: grid import, then placements."""
    result = import_grid(project, torsby_csv, "Torsby kommun", author=AUTHOR)
    files = project.case_files(result.unit_id)
    shared = next(q["summa_footnote"] for q in reference["questions"] if q["key"] == "8a")
    for key, placement in (("8a", Placement.SUMMA), ("8b", Placement.NONE),
                           ("8c", Placement.NONE)):
        for case_file in files:
            if project.cells(case_file.id)[key].code is Code.EB:
                review.set_answer(project, case_file.id, key, Code.EB, author=AUTHOR,
                                  reason=shared, placement=placement)
    return project


def expected_rows(reference: dict[str, Any]) -> list[list[str]]:
    """Each published row as printed: cells with their markers, then the Summa."""
    markers: dict[tuple[str, str], str] = {}
    for line in reference["printed_footnote_order"]:
        match = re.match(r"(\d+) \(question (\w+)(?:, (file (\d+)|Summa))?\)", line)
        assert match is not None
        number, key, _where, label = match.groups()
        place = "question" if _where is None else ("summa" if label is None else label)
        markers[(key, place)] = number
    return [[*(value + markers.get((q["key"], label), "")
               for label, value in zip(reference["files"], q["answers"], strict=True)),
             q["summa"] + markers.get((q["key"], "summa"), "")]
            for q in reference["questions"]]


def published_notes(reference: dict[str, Any]) -> list[str]:
    return [line.split(": ", 1)[1] for line in reference["printed_footnote_order"]]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_prints_the_published_appendix(torsby: Project, tmp_path: Path,
                                           reference: dict[str, Any]) -> None:
    report = build_report(torsby, choose_units(torsby, ["Torsby kommun"]),
                          ReportOptions(first_footnote=5))
    assert report.appendices[0].footnotes[0][0] == 5
    out = tmp_path / "bilaga.pdf"
    write_report(report, "pdf", out)
    layout = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                            text=True, check=True).stdout
    lines = [line.split() for line in layout.splitlines()]
    for row in expected_rows(reference):
        # pdftotext glues a superscript marker to what precedes it: "Eb6", "4/1010".
        assert any(words[-len(row):] == row for words in lines if len(words) >= len(row)), row
    assert "utredning?5" in layout.replace(" ", "")
    text = " ".join(layout.split())
    assert "Eb = Ej bedömningsbart, Et = Ej tillämpningsbart" in text
    positions = []
    for number, note in enumerate(published_notes(reference), start=5):
        match = re.search(rf"\b{number}\s+{re.escape(note)}", text)
        assert match is not None, note
        positions.append(match.start())
    assert positions == sorted(positions)
    assert "Torsby kommun" in text and "Sida 1 av 1" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all("DejaVuSans" in line for line in fonts)  # fonts-dejavu-core
    assert all(line.split()[-5] == "yes" for line in fonts)  # every font embedded


def test_word_table_holds_the_published_grid_with_the_notes_listed_below(
        torsby: Project, tmp_path: Path, reference: dict[str, Any]) -> None:
    """The list below the table, kept as an option; Word footnotes (the default) are
    proven in test_report_word.py."""
    from tests.word import word_view

    report = build_report(torsby, choose_units(torsby, ["Torsby kommun"]),
                          ReportOptions(first_footnote=5, footnotes_below=True))
    out = tmp_path / "bilaga.docx"
    write_report(report, "docx", out)
    view = word_view(out)
    (table,) = view.tables
    assert table[0] == ["Kontrollfråga", *reference["files"], "Summa"]
    assert [row[1:] for row in table[1:]] == expected_rows(reference)
    assert [t for style, t in view.paragraphs if style == "FootnoteText"] == [
        f"{n} {t}" for n, t in enumerate(published_notes(reference), start=5)]
    assert ("AktgTeckenforklaring", ", ".join(LEGEND.values())) in view.paragraphs


def test_excel_sheet_reads_back_to_the_published_grid(torsby: Project, tmp_path: Path,
                                                      reference: dict[str, Any]) -> None:
    report = build_report(torsby, choose_units(torsby, ["Torsby kommun"]),
                          ReportOptions(first_footnote=5, joint=True))
    out = tmp_path / "bilaga.xlsx"
    write_report(report, "xlsx", out)
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["Sammanställning", "Torsby kommun"]
    sheet = workbook["Torsby kommun"]
    assert sheet.freeze_panes == "B4"
    # The printed table: the question, a column per case file, the Summa (a marker is a
    # superscript run of the cell's rich text, read here as plain text: "Eb6").
    rows = list(sheet.iter_rows(min_row=4, max_row=3 + len(reference["questions"]),
                                max_col=len(reference["files"]) + 2, values_only=True))
    grid = [[str(v) for v in row[1:]] for row in rows]
    assert grid == expected_rows(reference)
    summary = workbook["Sammanställning"]
    assert summary.cell(row=3, column=2).value == "Torsby kommun"
    assert [summary.cell(row=r, column=2).value for r in range(4, 15)] == \
        [q["summa"] for q in reference["questions"]]


def test_csv_is_long_form_without_notes_unless_asked(torsby: Project, tmp_path: Path) -> None:
    (case_file, *_rest) = torsby.case_files(torsby.units()[0].id)
    review.set_answer(torsby, case_file.id, "2", Code.JA, author=AUTHOR, note="Intern notis")
    report = build_report(torsby, torsby.units(), ReportOptions())
    out = tmp_path / "lång.csv"
    write_report(report, "csv", out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 10 * 11
    assert "note" not in rows[0] and "Intern notis" not in out.read_text(encoding="utf-8-sig")
    derived = [r for r in rows if r["question_key"] == "8a" and r["file"] == "1"]
    assert derived[0]["answer"] == "Et" and derived[0]["derived"] == "1"
    write_report(report, "csv", out, include_notes=True)
    assert "Intern notis" in out.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx", "csv"])
def test_bad_target_writes_nothing(torsby: Project, tmp_path: Path, fmt: str) -> None:
    report = build_report(torsby, torsby.units(), ReportOptions())
    before = snapshot(tmp_path)
    with pytest.raises(OperationError, match="saknas"):
        write_report(report, fmt, tmp_path / "saknas" / f"bilaga.{fmt}")
    (tmp_path / "mapp").mkdir()
    with pytest.raises(OperationError, match="mapp"):
        write_report(report, fmt, tmp_path / "mapp")
    assert snapshot(tmp_path) == before


def test_failed_rendering_leaves_the_old_file_and_no_partial(
        torsby: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reviewer.report.tabular as tabular

    out = tmp_path / "lång.csv"
    out.write_text("tidigare version", encoding="utf-8")

    def broken(report: object, target: Path, **_kwargs: object) -> None:
        target.write_text("halv", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tabular, "render_csv", broken)
    report = build_report(torsby, torsby.units(), ReportOptions())
    with pytest.raises(OperationError, match="No space left"):
        write_report(report, "csv", out)
    assert out.read_text(encoding="utf-8") == "tidigare version"
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_unknown_unit_and_first_footnote_zero_are_refused(torsby: Project) -> None:
    with pytest.raises(OperationError):
        choose_units(torsby, ["Okänd kommun"])
    with pytest.raises(OperationError):
        build_report(torsby, torsby.units(), ReportOptions(first_footnote=0))


def test_incomplete_unit_is_listed_per_case_file(tmp_path: Path) -> None:
    with write_demo(tmp_path / "x.aktg") as project:
        report = build_report(project, project.units(), ReportOptions())
    assert report.warnings[0] == "Exempelby kommun (påhittad): akt 4: obesvarade 7"
    assert len(report.warnings) == 7


def test_findings_in_report_follow_question_order(tmp_path: Path,
                                                 reference: dict[str, Any]) -> None:
    with write_demo(tmp_path / "x.aktg") as project:
        unit = project.unit_by_name("Torsby kommun")
        report = build_report(project, [unit], ReportOptions(findings=True))
    assert list(report.appendices[0].findings) == [q["finding"] for q in reference["questions"]
                                                   if "finding" in q]


def test_options_percent_legend_and_convention(torsby: Project) -> None:
    units = torsby.units()
    plain = build_report(torsby, units, ReportOptions()).appendices[0]
    assert plain.rows[0].summa.text == "9/10"
    assert plain.title == "Bilaga 2 Aktgranskning"
    percent = build_report(torsby, units, ReportOptions(percent=True, title="Bilaga 3"))
    assert percent.appendices[0].rows[0].summa.text == "9/10 (90 %)"
    assert percent.appendices[0].title == "Bilaga 3"
    assessed = build_report(torsby, units, ReportOptions(convention=Convention.ASSESSED))
    row_8a = next(r for r in assessed.appendices[0].rows if r.key == "8a")
    assert row_8a.summa.text == "4/4"
    # A unit with only Ja and Nej prints no legend unless asked to.
    unit, _changes = review.add_unit(torsby, "Liten kommun", files=1)
    only_ja = torsby.case_files(unit.id)[0]
    for question in torsby.template.questions:
        if not torsby.cells(only_ja.id)[question.key].derived:
            review.set_answer(torsby, only_ja.id, question.key, Code.JA, author=AUTHOR)
    small = build_report(torsby, [unit], ReportOptions()).appendices[0]
    assert small.legend == ()
    always = build_report(torsby, [unit], ReportOptions(legend_always=True)).appendices[0]
    assert always.legend == tuple(LEGEND.values())


def test_joint_summary_has_each_units_summa_share_and_total(tmp_path: Path) -> None:
    with write_demo(tmp_path / "x.aktg") as project:
        report = build_report(project, project.units(), ReportOptions(joint=True))
    assert report.joint is not None
    row_2 = report.joint.rows[1]
    assert row_2.cells == (("7/10", 0.7), ("3/10", 0.3))
    assert row_2.total == ("10/20", 0.5)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_thirty_files_split_into_two_even_tables(project: Project, tmp_path: Path) -> None:
    unit, _ = review.add_unit(project, "Storstad kommun", files=30)
    for case_file in project.case_files(unit.id):
        review.set_answer(project, case_file.id, "1", Code.JA, author=AUTHOR)
    out = tmp_path / "stor.pdf"
    write_report(build_report(project, [unit], ReportOptions()), "pdf", out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Kontrollfråga (akt 1–15)" in text and "Kontrollfråga (akt 16–30)" in text
    assert "30/30" in text


SAMI_AND_SYMBOLS = ("Guovdageaidnu Kárášjohka ŋ Ŋ ŧ Ŧ đ Đ č Č š Š ž Ž á Á ÅÄÖ åäö é ü ñ "
                    "– — “ ” € § ½ ✓ ≤ ≥ → •")


def test_every_character_auditors_type_prints_with_a_glyph(project: Project,
                                                           tmp_path: Path) -> None:
    """Sami municipality names, reasons and questions print letters, never boxes: every
    character of the report's texts is in the embedded font."""
    from reportlab.pdfbase import pdfmetrics

    from reviewer.report.pdf import BOLD, FONT

    review.add_unit(project, "Guovdageainnu gielda ŋ ŧ đ", files=2)
    (unit,) = project.units()
    first = project.case_files(unit.id)[0]
    review.set_answer(project, first.id, "1", Code.EB, author="A",
                      reason="Čáppa ášši – ŋ, ŧ, đ, ž: ✓ ≤ 14 dagar € §")
    report = build_report(project, [unit], ReportOptions(title=SAMI_AND_SYMBOLS))
    out = tmp_path / "bilaga.pdf"
    write_report(report, "pdf", out)
    for name in (FONT, BOLD):
        covered = pdfmetrics.getFont(name).face.charToGlyph
        missing = {c for c in SAMI_AND_SYMBOLS + unit.name if not c.isspace()
                   and ord(c) not in covered}
        assert missing == set(), name
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Guovdageainnu gielda ŋ ŧ đ" in text
    assert "Čáppa ášši – ŋ, ŧ, đ, ž: ✓ ≤ 14 dagar € §" in " ".join(text.split())


def test_a_unit_not_started_shows_as_not_started_in_the_joint_summary(
        project: Project) -> None:
    review.add_unit(project, "Eda kommun", files=2)
    review.add_unit(project, "Årjängs kommun", files=10)
    eda = project.units()[0]
    for case_file in project.case_files(eda.id):
        review.set_answer(project, case_file.id, "1", Code.JA, author="A")
    report = build_report(project, project.units(), ReportOptions(joint=True))
    assert report.joint is not None
    first = report.joint.rows[0]
    assert first.cells[0] == ("2/2", 1.0)
    assert first.cells[1] == ("ej påbörjad", None)  # not 0/10 on red
    assert first.total == ("2/2", 1.0)  # nothing known of Årjäng yet


def test_reports_made_at_once_in_threads_all_print(tmp_path: Path) -> None:
    """Previews are made off the UI thread; the first reports of a run, made at once, must
    each find the embedded fonts whole (a half-registered font failed a preview)."""
    script = f"""
import sys, threading
sys.path.insert(0, {str(Path(__file__).resolve().parent.parent)!r})
from pathlib import Path
from reviewer.project import Project
from reviewer.report.builder import build_report
from reviewer.report.model import ReportOptions
from reviewer.report.output import write_report
from reviewer.sample import write_demo
folder = Path({str(tmp_path)!r})
write_demo(folder / "p.aktg").close()
failures = []
def make(number):
    try:
        with Project.open(folder / "p.aktg", readonly=True) as project:
            report = build_report(project, project.units(), ReportOptions(joint=True))
        write_report(report, "pdf", folder / f"r{{number}}.pdf")
    except Exception as exc:
        failures.append(repr(exc))
threads = [threading.Thread(target=make, args=(n,)) for n in range(6)]
for t in threads: t.start()
for t in threads: t.join()
print(failures)
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", result.stdout
    assert len(list(tmp_path.glob("r*.pdf"))) == 6
