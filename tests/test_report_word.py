"""The Word bilaga as a firm's report writer meets it: real footnotes numbered by Word,
tables that break right, built on the firm's template, accessible and Swedish, and parts
whose XML is in the schema's order. Read back at the XML level always; rendered with
LibreOffice where `soffice` is installed (`apt-get install libreoffice-writer-nogui`)."""

from __future__ import annotations

import csv
import random
import re
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from reviewer import review
from reviewer.cli import main as reviewer
from reviewer.errors import OperationError
from reviewer.gridimport import import_grid
from reviewer.project import Project
from reviewer.report.builder import build_report, choose_units
from reviewer.report.docx_xml import order_problems
from reviewer.report.model import PART_HEADER, ReportOptions
from reviewer.report.output import write_report
from reviewer.templates import builtin_template
from reviewer.ui.shell import Shell
from tests import test_report
from tests.conftest import AUTHOR, Dialogs, snapshot
from tests.keys import answer_next, bring_up, press, press_mnemonic, type_text
from tests.test_report import expected_rows, published_notes
from tests.word import (
    NS,
    SOFFICE,
    Q,
    firm_template,
    host_with_notes,
    insert_into,
    part,
    part_names,
    pdf_pages,
    render_pdf,
    word_boxes,
    word_view,
)

torsby = test_report.torsby  # the published review, as an auditor brings it in
needs_libreoffice = pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice (soffice)")
MM = 72 / 25.4  # points


def torsby_docx(project: Project, out: Path, **options: Any) -> Path:
    report = build_report(project, choose_units(project, ["Torsby kommun"]),
                          ReportOptions(first_footnote=5, author=AUTHOR, **options))
    write_report(report, "docx", out)
    return out


def build(path: Path, units: dict[str, int], seed: int = 16) -> Project:
    """A project of `units` (name → case files) with random answers and reasons, brought
    in by grid import as an auditor's sheets would be."""
    rng = random.Random(seed)
    template = builtin_template()
    project = review.create_project(path, title="Gemensam granskning", template=template)
    choices = ["Ja", "Ja", "Ja", "Nej", "Eb: Framgår inte av akten.",
               "Et: Ej tillämpligt eftersom klienten saknar barn."]
    for name, files in units.items():
        sheet = path.with_name(f"{name}.csv")
        with sheet.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["Fråga", *(str(n) for n in range(1, files + 1))])
            ja: dict[str, list[bool]] = {}
            for question in template.questions:
                if question.parent is None:
                    row = [rng.choice(choices) for _ in range(files)]
                    ja[question.key] = [cell == "Ja" for cell in row]
                else:
                    row = [rng.choice(choices) if ok else "" for ok in ja[question.parent]]
                writer.writerow([question.key, *row])
        import_grid(project, sheet, name, author=AUTHOR)
    return project


# -- 1. real footnotes --------------------------------------------------------------------

def test_torsby_reasons_are_word_footnotes_5_to_10_with_the_published_texts(
        torsby: Project, tmp_path: Path, reference: dict[str, Any]) -> None:
    out = torsby_docx(torsby, tmp_path / "bilaga.docx")
    view = word_view(out)
    assert view.notes == [f"{n} {t}" for n, t in enumerate(published_notes(reference), 5)]
    (table,) = view.tables
    assert table[0] == ["Kontrollfråga", *reference["files"], "Summa"]
    assert [row[1:] for row in table[1:]] == expected_rows(reference)
    assert table[1][0].endswith("utredning?5")
    # The footnotes part: related, typed, its separators first, each note styled.
    assert "word/footnotes.xml" in part_names(out)
    types = part(out, "[Content_Types].xml")
    assert any(o.get("PartName") == "/word/footnotes.xml" and o.get("ContentType").endswith(
        "wordprocessingml.footnotes+xml") for o in types)
    rels = part(out, "word/_rels/document.xml.rels")
    assert any(r.get("Type").endswith("/footnotes") and r.get("Target") == "footnotes.xml"
               for r in rels)
    notes = part(out, "word/footnotes.xml").findall("w:footnote", NS)
    assert [(n.get(f"{Q}type"), n.get(f"{Q}id")) for n in notes[:2]] == [
        ("separator", "-1"), ("continuationSeparator", "0")]
    for note in notes[2:]:
        assert note.find("w:p/w:pPr/w:pStyle", NS).get(f"{Q}val") == "FootnoteText"
        first_run = note.find("w:p/w:r", NS)
        assert first_run.find("w:footnoteRef", NS) is not None
        assert first_run.find("w:rPr/w:rStyle", NS).get(f"{Q}val") == "FootnoteReference"
    document = part(out, "word/document.xml")
    references = list(document.iter(f"{Q}footnoteReference"))
    assert len(references) == 6  # one reference per marker
    for run in (r.getparent() for r in references):
        assert run.find("w:rPr/w:rStyle", NS).get(f"{Q}val") == "FootnoteReference"
    # Numbering starts at 5 standing alone: in settings and in the section.
    settings = part(out, "word/settings.xml")
    assert settings.find("w:footnotePr/w:numStart", NS).get(f"{Q}val") == "5"
    assert document.find("w:body/w:sectPr/w:footnotePr/w:numStart", NS).get(f"{Q}val") == "5"
    styles = {s.get(f"{Q}styleId"): s.find("w:name", NS).get(f"{Q}val")
              for s in part(out, "word/styles.xml").findall("w:style", NS)}
    assert styles["FootnoteText"] == "footnote text"
    assert styles["FootnoteReference"] == "footnote reference"


def test_a_reason_kept_under_one_number_is_one_note_and_a_cross_reference(
        torsby: Project, tmp_path: Path) -> None:
    out = torsby_docx(torsby, tmp_path / "bilaga.docx", reuse_footnotes=True)
    document = part(out, "word/document.xml")
    assert len(list(document.iter(f"{Q}footnoteReference"))) == 5  # 7 and 8 are one text
    (field,) = document.iter(f"{Q}fldSimple")
    instruction = field.get(f"{Q}instr").split()
    assert instruction[0] == "NOTEREF" and instruction[2:] == ["\\f", "\\h"]
    (mark,) = [b for b in document.iter(f"{Q}bookmarkStart")
               if b.get(f"{Q}name") == instruction[1]]
    assert mark.getnext().find("w:footnoteReference", NS) is not None  # wraps the note
    assert field.find("w:r/w:rPr/w:rStyle", NS).get(f"{Q}val") == "FootnoteReference"
    row = word_view(out).tables[0][4]  # question 4: Et7 twice, the same note
    assert (row[5], row[7]) == ("Et7", "Et7")
    assert word_view(out).notes[2].startswith("7 Ej tillämpningsbart")


def test_inserted_after_five_footnotes_the_notes_continue_at_6(
        torsby: Project, tmp_path: Path, reference: dict[str, Any]) -> None:
    appendix = torsby_docx(torsby, tmp_path / "bilaga.docx")
    host = tmp_path / "rapport.docx"
    host_with_notes(host, 5)
    inserted = tmp_path / "rapport-med-bilaga.docx"
    insert_into(host, appendix, inserted)
    view = word_view(inserted)
    assert view.notes[:5] == [f"{n} Rapportens egen fotnot {n}." for n in range(1, 6)]
    assert view.notes[5:] == [f"{n} {t}" for n, t in
                              enumerate(published_notes(reference), start=6)]
    assert view.tables[0][1][2] == "Eb7"
    document = part(inserted, "word/document.xml")
    assert document.find(".//w:footnotePr", NS) is None  # the host's numbering rules


@needs_libreoffice
def test_inserted_after_five_footnotes_libreoffice_prints_6_to_11(
        torsby: Project, tmp_path: Path, reference: dict[str, Any]) -> None:
    appendix = torsby_docx(torsby, tmp_path / "bilaga.docx")
    host = tmp_path / "rapport.docx"
    host_with_notes(host, 5)
    insert_into(host, appendix, tmp_path / "rapport-med-bilaga.docx")
    text = " ".join(" ".join(pdf_pages(render_pdf(tmp_path / "rapport-med-bilaga.docx")))
                    .split())
    for number, note in enumerate(published_notes(reference), start=6):
        assert re.search(rf"\b{number} {re.escape(note)}", text), (number, note)
    assert "Eb7" in text and "Et8" in text and "4/1011" in text
    alone = " ".join(" ".join(pdf_pages(render_pdf(appendix))).split())
    for number, note in enumerate(published_notes(reference), start=5):
        assert re.search(rf"\b{number} {re.escape(note)}", alone), (number, note)


def test_the_list_below_the_table_is_kept_as_an_option(
        torsby: Project, tmp_path: Path, reference: dict[str, Any]) -> None:
    out = torsby_docx(torsby, tmp_path / "bilaga.docx", footnotes_below=True)
    view = word_view(out)
    assert view.notes == []
    assert [t for s, t in view.paragraphs if s == "FootnoteText"] == [
        f"{n} {t}" for n, t in enumerate(published_notes(reference), start=5)]
    assert [row[1:] for row in view.tables[0][1:]] == expected_rows(reference)
    assert part(out, "word/settings.xml").find("w:footnotePr", NS) is None


def test_the_joint_word_file_numbers_its_notes_on_across_units(tmp_path: Path) -> None:
    with build(tmp_path / "p.aktg", {"Alby kommun": 10, "Bodby kommun": 10}) as project:
        report = build_report(project, project.units(),
                              ReportOptions(first_footnote=5, joint=True))
        write_report(report, "docx", tmp_path / "gemensam.docx")
    counts = [len(a.footnotes) for a in report.appendices]
    view = word_view(tmp_path / "gemensam.docx")
    assert [int(n.split()[0]) for n in view.notes] == list(range(5, 5 + sum(counts)))
    document = part(tmp_path / "gemensam.docx", "word/document.xml")
    assert len(document.findall(".//w:footnotePr", NS)) == 1  # the first section only


# -- 2. tables that break right -----------------------------------------------------------

def assert_tables_break_right(path: Path) -> None:
    names = {s.get(f"{Q}styleId"): s.find("w:name", NS).get(f"{Q}val")
             for s in part(path, "word/styles.xml").findall("w:style", NS)}
    for table in part(path, "word/document.xml").iter(f"{Q}tbl"):
        rows = table.findall("w:tr", NS)
        assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
        assert all(r.find("w:trPr/w:cantSplit", NS) is not None for r in rows)
        assert all(r.find("w:trPr/w:tblHeader", NS) is None for r in rows[1:])
        width = table.find("w:tblPr/w:tblW", NS)
        assert (width.get(f"{Q}type"), width.get(f"{Q}w")) == ("pct", "5000")
        for row in rows:
            shares = [int(c.find("w:tcPr/w:tcW", NS).get(f"{Q}w")) for c in
                      row.findall("w:tc", NS)]
            assert sum(shares) == 5000
        caption = table.getprevious()
        assert names[caption.find("w:pPr/w:pStyle", NS).get(f"{Q}val")] == "caption"


def pages_start_with_a_header(pdf: Path) -> None:
    """Every page holding a table row has the header row above its first row, and a
    table's caption stands on the page its header row starts."""
    row = re.compile(r"^\s*(\d+[a-z]?)\. ")
    caption = re.compile(r"bedömning per kontrollfråga och akt|Andel Ja per kontrollfråga")
    for number, page in enumerate(pdf_pages(pdf), start=1):
        lines = [line for line in page.splitlines() if line.strip()]
        firsts = [i for i, line in enumerate(lines) if row.match(line)
                  or line.strip().startswith("Kontrollfråga")]
        if firsts:
            assert lines[firsts[0]].strip().startswith("Kontrollfråga"), (number, page)
        for index, line in enumerate(lines):
            if caption.search(line):
                below = [line.strip() for line in lines[index + 1:index + 5]]
                assert any(b.startswith("Kontrollfråga") for b in below), (number, line)


def rows_whole(pdf: Path, questions: list[str]) -> None:
    """Each question's text stands whole on one page wherever it is printed."""
    pages = [" ".join(page.split()) for page in pdf_pages(pdf, layout=False)]
    for question in questions:
        start = " ".join(question.split()[:4])
        for page in pages:
            if start in page:
                assert " ".join(question.split()) in page, question


def test_a_30_file_unit_splits_into_the_pdf_parts_with_repeated_headers(
        tmp_path: Path) -> None:
    with build(tmp_path / "p.aktg", {"Storstad kommun": 30}) as project:
        report = build_report(project, project.units(), ReportOptions(author=AUTHOR))
        write_report(report, "docx", tmp_path / "stor.docx")
        write_report(report, "pdf", tmp_path / "stor.pdf")
    assert report.appendices[0].parts == [range(0, 15), range(15, 30)]
    view = word_view(tmp_path / "stor.docx")
    assert [t[0] for t in view.tables] == [
        [PART_HEADER.format(first=1, last=15), *map(str, range(1, 16))],
        [PART_HEADER.format(first=16, last=30), *map(str, range(16, 31)), "Summa"]]
    pdf_text = " ".join(" ".join(pdf_pages(tmp_path / "stor.pdf")).split())
    assert all(t[0][0] in pdf_text for t in view.tables)  # the PDF's parts, the same
    assert_tables_break_right(tmp_path / "stor.docx")
    section = part(tmp_path / "stor.docx", "word/document.xml").find("w:body/w:sectPr", NS)
    assert section.find("w:pgSz", NS).get(f"{Q}orient") == "landscape"


@needs_libreoffice
def test_a_30_file_unit_and_a_16_unit_joint_report_render_with_headers_and_whole_rows(
        tmp_path: Path) -> None:
    units = {f"Kommun {n:02d}": 10 for n in range(1, 17)}
    with build(tmp_path / "p.aktg", {**units, "Storstad kommun": 30}) as project:
        report = build_report(project, project.units(),
                              ReportOptions(joint=True, findings=True, author=AUTHOR))
        write_report(report, "docx", tmp_path / "gemensam.docx")
        questions = [f"{q.key}. {q.text}" for q in project.template.questions]
    assert_tables_break_right(tmp_path / "gemensam.docx")
    pdf = render_pdf(tmp_path / "gemensam.docx")
    pages_start_with_a_header(pdf)
    rows_whole(pdf, questions)
    words = [w for _p, _x, _w, w in word_boxes(pdf)]
    assert "N" not in words and "ej" not in words  # "Nej" is never wrapped to "N/ej"


@needs_libreoffice
def test_widths_fit_a_template_with_30_mm_margins(tmp_path: Path) -> None:
    firm = tmp_path / "byrå.dotx"
    firm_template(firm, margin_mm=30)
    with build(tmp_path / "p.aktg", {"Alby kommun": 12, "Storstad kommun": 30}) as project:
        report = build_report(project, project.units(),
                              ReportOptions(reference_docx=firm, author=AUTHOR))
        write_report(report, "docx", tmp_path / "bilaga.docx")
    assert_tables_break_right(tmp_path / "bilaga.docx")
    for table in part(tmp_path / "bilaga.docx", "word/document.xml").iter(f"{Q}tbl"):
        grid = sum(int(c.get(f"{Q}w")) for c in table.iter(f"{Q}gridCol"))
        assert grid in (round(150 * 1440 / 25.4), round(237 * 1440 / 25.4)), grid
    boxes = word_boxes(render_pdf(tmp_path / "bilaga.docx"))
    assert boxes
    for page, right, width, word in boxes:
        assert right <= width - 30 * MM + 1, (page, word, right, width)


@needs_libreoffice
def test_a_table_follows_the_text_width_of_the_document_it_lands_in(
        torsby: Project, tmp_path: Path) -> None:
    out = torsby_docx(torsby, tmp_path / "bilaga.docx")
    document = docx.Document(str(out))
    from docx.shared import Mm

    for section in document.sections:  # a report with wider margins than the default
        section.left_margin = section.right_margin = Mm(35)
    document.save(str(tmp_path / "bred.docx"))
    for _page, right, width, word in word_boxes(render_pdf(tmp_path / "bred.docx")):
        assert right <= width - 35 * MM + 1, word


# -- 3. the firm's template ---------------------------------------------------------------

def test_the_bilaga_is_built_on_the_firms_template(torsby: Project,
                                                   tmp_path: Path) -> None:
    firm = tmp_path / "byrå.dotx"
    firm_template(firm)
    out = torsby_docx(torsby, tmp_path / "bilaga.docx", reference_docx=firm)
    types = part(out, "[Content_Types].xml")
    main = next(o for o in types if o.get("PartName") == "/word/document.xml")
    assert main.get("ContentType").endswith("wordprocessingml.document.main+xml")
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Mallens exempeltext" not in text
    assert all("Mallens fotnot" not in n for n in word_view(out).notes)
    assert len(word_view(out).notes) == 6
    section = document.sections[0]
    assert section.left_margin is not None and section.right_margin is not None
    assert round(section.left_margin.mm) == 30 and round(section.right_margin.mm) == 30
    assert "Revisionsbyrån AB" in section.header.paragraphs[0].text
    assert not section.different_first_page_header_footer  # the cover's is not the bilaga's
    styles = dict(word_view(out).paragraphs)
    assert styles["Rubrik1"] == "Bilaga 2 Aktgranskning"  # the firm's Heading 1
    assert styles["Rubrik2"] == "Torsby kommun"
    assert "Beskrivning" in styles  # its Caption
    notes = part(out, "word/footnotes.xml").findall("w:footnote", NS)
    assert {n.find("w:p/w:pPr/w:pStyle", NS).get(f"{Q}val") for n in notes[2:]} == {
        "Fotnotstext"}
    names = [s.find("w:name", NS).get(f"{Q}val")
             for s in part(out, "word/styles.xml").findall("w:style", NS)]
    assert names.count("heading 1") == 1 and names.count("footnote text") == 1
    assert "Aktg Tabell" in names


def test_a_macro_enabled_template_is_used_without_its_macros(torsby: Project,
                                                              tmp_path: Path) -> None:
    firm = tmp_path / "byrå.dotm"
    firm_template(firm, template=False)
    with zipfile.ZipFile(firm) as archive:
        entries = {n: archive.read(n) for n in archive.namelist()}
    entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml").replace(
        b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.'
                     b'vbaProject"/></Types>')
    entries["word/_rels/document.xml.rels"] = entries["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/'
                             b'office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                             b"</Relationships>")
    entries["word/vbaProject.bin"] = b"macros"
    with zipfile.ZipFile(firm, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    out = torsby_docx(torsby, tmp_path / "bilaga.docx", reference_docx=firm)
    assert not any("vba" in name for name in part_names(out))
    with zipfile.ZipFile(out) as archive:
        assert b"macroEnabled" not in archive.read("[Content_Types].xml")
    assert len(word_view(out).notes) == 6


@pytest.mark.parametrize("content", [b"not a Word file", b"PK\x03\x04broken", "xlsx", "strict",
                                     None])
def test_a_reference_that_is_not_a_word_document_is_refused_and_nothing_is_written(
        torsby: Project, tmp_path: Path, content: bytes | str | None,
        capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "mall.docx"
    if content == "xlsx":
        import openpyxl

        openpyxl.Workbook().save(bad)
    elif content == "strict":  # Word's "Strict Open XML", which python-docx cannot read
        docx.Document().save(str(bad))
        with zipfile.ZipFile(bad) as archive:
            entries = {n: archive.read(n) for n in archive.namelist()}
        entries["word/document.xml"] = entries["word/document.xml"].replace(
            b"schemas.openxmlformats.org/wordprocessingml/2006/main",
            b"purl.oclc.org/ooxml/wordprocessingml/main")
        with zipfile.ZipFile(bad, "w") as archive:
            for name, data in entries.items():
                archive.writestr(name, data)
    elif isinstance(content, bytes):
        bad.write_bytes(content)
    torsby.close()
    out = tmp_path / "ut"
    out.mkdir()
    before = snapshot(out)
    code = reviewer(["report", str(torsby.path), "--format", "docx", "--out",
                     str(out / "bilaga.docx"), "--reference-docx", str(bad)])
    assert code == 2
    error = capsys.readouterr().err
    assert "mall.docx" in error and "Traceback" not in error
    assert snapshot(out) == before
    with pytest.raises(OperationError):
        build_and_write(tmp_path, bad)


def build_and_write(tmp_path: Path, reference: Path) -> None:
    with Project.open(tmp_path / "p.aktg", readonly=True) as project:
        report = build_report(project, project.units(), ReportOptions(reference_docx=reference))
    write_report(report, "docx", tmp_path / "ut" / "x.docx")


def test_the_settings_name_the_firms_template_for_the_command_line(
        torsby: Project, tmp_path: Path) -> None:
    from dataclasses import replace

    from reviewer.settings import load_settings, save_settings

    firm = tmp_path / "byrå.dotx"
    firm_template(firm)
    save_settings(replace(load_settings(), word_reference=str(firm)))
    torsby.close()
    out = tmp_path / "bilaga.docx"
    assert reviewer(["report", str(torsby.path), "--format", "docx", "--out", str(out)]) == 0
    assert "Revisionsbyrån" in docx.Document(str(out)).sections[0].header.paragraphs[0].text


def test_the_default_is_clean_sans_serif_a4_with_indented_sub_questions(
        torsby: Project, tmp_path: Path) -> None:
    out = torsby_docx(torsby, tmp_path / "bilaga.docx")
    styles = part(out, "word/styles.xml")
    fonts = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert fonts.get(f"{Q}ascii") == "Arial"
    with zipfile.ZipFile(out) as archive:
        everything = b"".join(archive.read(n) for n in archive.namelist())
    assert b"Cambria" not in everything and b"python-docx" not in everything
    assert not any(n.endswith((".jpeg", "stylesWithEffects.xml")) for n in part_names(out))
    section = docx.Document(str(out)).sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    rows = part(out, "word/document.xml").find(".//w:tbl", NS).findall("w:tr", NS)
    first_cells = [r.find("w:tc/w:p/w:pPr/w:pStyle", NS).get(f"{Q}val") for r in rows[1:]]
    assert first_cells == ["AktgTabelltext"] * 8 + ["AktgDelfraga"] * 3
    indent = next(s for s in styles.findall("w:style", NS)
                  if s.get(f"{Q}styleId") == "AktgDelfraga").find("w:pPr/w:ind", NS)
    assert int(indent.get(f"{Q}left")) > 0
    # No direct formatting where a style does it: runs carry only a character style.
    for run_properties in part(out, "word/document.xml").iter(f"{Q}rPr"):
        assert [local.tag for local in run_properties] == [f"{Q}rStyle"]


# -- 4. accessible and Swedish ------------------------------------------------------------

def test_accessible_and_swedish(torsby: Project, tmp_path: Path) -> None:
    started = datetime.now(UTC).replace(microsecond=0)
    out = torsby_docx(torsby, tmp_path / "bilaga.docx")
    document = part(out, "word/document.xml")
    table = document.find(".//w:tbl", NS)
    assert table.find("w:tr/w:trPr/w:tblHeader", NS) is not None
    assert table.find("w:tblPr/w:tblCaption", NS).get(f"{Q}val") == \
        "Torsby kommun: bedömning per kontrollfråga och akt"
    assert "akt 1–10" in table.find("w:tblPr/w:tblDescription", NS).get(f"{Q}val")
    styles = part(out, "word/styles.xml")
    language = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert language.get(f"{Q}val") == "sv-SE"
    assert part(out, "word/settings.xml").find("w:themeFontLang", NS).get(f"{Q}val") == "sv-SE"
    heading = {s.get(f"{Q}styleId"): s for s in styles.findall("w:style", NS)}["Heading1"]
    assert heading.find("w:pPr/w:outlineLvl", NS).get(f"{Q}val") == "0"  # navigation pane
    view = word_view(out)
    assert view.paragraphs[:3] == [("Heading1", "Bilaga 2 Aktgranskning"),
                                   ("Heading2", "Torsby kommun"),
                                   ("Caption", "Torsby kommun: bedömning per kontrollfråga "
                                               "och akt")]
    properties = docx.Document(str(out)).core_properties
    assert properties.title == "Bilaga 2 Aktgranskning – Testgranskning"
    assert properties.author == AUTHOR and properties.last_modified_by == AUTHOR
    assert properties.language == "sv-SE"
    assert properties.created is not None and properties.modified is not None
    assert started - timedelta(seconds=5) <= properties.created <= \
        datetime.now(UTC) + timedelta(seconds=5)
    assert properties.created.year != 2013


# -- 5. valid XML -------------------------------------------------------------------------

def test_every_written_part_is_in_the_schemas_order(torsby: Project,
                                                    tmp_path: Path) -> None:
    firm = tmp_path / "byrå.dotx"
    firm_template(firm)
    outputs = [torsby_docx(torsby, tmp_path / "a.docx"),
               torsby_docx(torsby, tmp_path / "b.docx", reuse_footnotes=True,
                           findings=True, footnotes_below=True),
               torsby_docx(torsby, tmp_path / "c.docx", reference_docx=firm, joint=True)]
    for out in outputs:
        for name in part_names(out):
            if name.startswith("word/") and name.endswith(".xml"):
                assert order_problems(part(out, name)) == [], (out.name, name)


def test_the_order_check_finds_table_properties_out_of_order() -> None:
    from docx.oxml.parser import parse_xml

    from reviewer.report.docx_xml import W

    wrong = parse_xml(f'<w:tblPr xmlns:w="{W}"><w:tblLook w:val="04A0"/><w:tblCellMar/>'
                      "</w:tblPr>")
    assert order_problems(wrong) == ["tblPr: tblCellMar after tblLook"]


# -- the app ------------------------------------------------------------------------------

def test_settings_name_the_firms_word_document_and_refuse_one_that_is_not(
        qtbot: QtBot, tmp_path: Path, dialogs: Dialogs) -> None:
    from reviewer.settings import load_settings
    from reviewer.ui.settings_dialog import SettingsDialog

    firm = tmp_path / "byra.dotx"
    firm_template(firm)
    (tmp_path / "anteckning.txt").write_text("inte Word", encoding="utf-8")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    bring_up(qtbot, dialog)
    press_mnemonic(dialog.word_reference)
    type_text(str(tmp_path / "anteckning.txt"))
    press(Qt.Key.Key_Return)  # Save: refused, the dialog stays
    assert dialogs.shown and "anteckning.txt" in dialogs.shown[0][1]
    assert dialog.isVisible() and load_settings().word_reference == ""
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(str(firm))
    press(Qt.Key.Key_Return)
    assert load_settings().word_reference == str(firm)


def test_the_report_dialog_saves_word_on_the_firms_document_with_notes_listed_below(
        qtbot: QtBot, shell: Shell, tmp_path: Path) -> None:
    from dataclasses import replace

    from reviewer.settings import load_settings, save_settings
    from reviewer.ui.report_dialog import ReportDialog

    firm = tmp_path / "byra.dotx"
    firm_template(firm)
    save_settings(replace(load_settings(), word_reference=str(firm), author=AUTHOR))
    window = shell.open_sample()
    assert window is not None
    project = window.ops.project
    dialog = ReportDialog(project, [project.units()[0].id], window)
    qtbot.addWidget(dialog)
    bring_up(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.preview_path is not None, timeout=30000)
    press_mnemonic(dialog.footnotes_below)
    assert dialog.footnotes_below.isChecked()
    answer_next(QFileDialog, str(tmp_path / "bilaga"))
    press_mnemonic(next(b for b in dialog.save_buttons if "Word" in b.text()))
    qtbot.waitUntil(lambda: (tmp_path / "bilaga.docx").exists(), timeout=30000)
    qtbot.waitUntil(lambda: not dialog.background.busy, timeout=30000)
    out = tmp_path / "bilaga.docx"
    view = word_view(out)
    assert view.notes == [] and any(s == "Fotnotstext" for s, _t in view.paragraphs)
    document = docx.Document(str(out))
    assert "Revisionsbyrån" in document.sections[0].header.paragraphs[0].text
    assert document.core_properties.author == AUTHOR
    dialog.close()
