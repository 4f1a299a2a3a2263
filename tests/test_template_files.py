"""Templates from the question lists auditors already have (Word, Excel, CSV), written back
out to Excel and JSON, and every file that is not a template refused with its problems."""

from __future__ import annotations

import io
import json
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reviewer.errors import TemplateError
from reviewer.model import Question, Template
from reviewer.templates import (
    MAX_QUESTIONS,
    auto_keys,
    builtin_template,
    load_template,
    template_problems,
    write_template,
)
from tests.conftest import snapshot, write_csv
from tests.test_privacy import PNR
from tests.wordfiles import (
    Document,
    footnote_reference,
    footnotes,
    multilevel_list,
    number,
    published_as_column_table,
    published_as_table,
    published_as_typed_list,
    published_as_word_list,
    word_file,
)


def _form(template: Template) -> list[tuple[str, str, str | None, str | None]]:
    """What a list without a finding column can say: numbers, texts, parents, criteria."""
    return [(q.key, q.text, q.parent, q.footnote) for q in template.questions]


def _refused(path: Path) -> list[str]:
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    return caught.value.problems


def _xlsx(path: Path, rows: list[list[Any]]) -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


# -- the published Bilaga 2 form, as auditors have it ---------------------------------------

@pytest.mark.parametrize("write", [
    published_as_word_list,
    lambda path, template: published_as_word_list(path, template, one_list=True),
    published_as_typed_list,
    published_as_table,
], ids=["word-numbering", "one-multilevel-list", "typed-numbers", "bilaga-table"])
def test_published_form_in_word_gives_the_builtin_questions_parents_and_criteria(
        tmp_path: Path, write: Callable[[Path, Template], Path]) -> None:
    builtin = builtin_template()
    template = load_template(write(tmp_path / "Bilaga 2.docx", builtin))
    assert _form(template) == _form(builtin)
    assert template.question("1").footnote == ("Bedömningen görs på om utredning inletts "
                                               "skyndsamt inom 14 dagar.")
    assert [q.parent for q in template.questions][-3:] == ["8", "8", "8"]
    assert template.name == builtin.name  # the document's title


def test_word_table_with_columns_gives_the_builtin_template_exactly(tmp_path: Path) -> None:
    assert load_template(published_as_column_table(tmp_path / "mall.docx", builtin_template())
                         ) == builtin_template()


def test_published_form_as_an_excel_list_gives_the_builtin_template(tmp_path: Path) -> None:
    builtin = builtin_template()
    rows: list[list[Any]] = [[builtin.name], [],
                             ["Fråga nr", "Kontrollfråga", "Kriterium (fotnot)",
                              "Iakttagelse: I x av n akter …"]]
    rows += [[int(q.key) if q.key.isdigit() else f"{q.key[-1]})", q.text, q.footnote,
              q.finding] for q in builtin.questions]
    assert load_template(_xlsx(tmp_path / "frågor.xlsx", rows)) == builtin


def test_excel_list_with_typed_numbers_and_no_key_column(tmp_path: Path) -> None:
    builtin = builtin_template()
    rows: list[list[Any]] = [["Fråga"]]
    rows += [[f"{q.key[-1] if q.parent else q.key}. {q.text}"] for q in builtin.questions]
    template = load_template(_xlsx(tmp_path / "Missbruk.xlsx", rows))
    assert _form(replace(template, questions=tuple(
        replace(q, footnote=None) for q in template.questions))) == _form(replace(
            builtin, questions=tuple(replace(q, footnote=None) for q in builtin.questions)))
    assert template.name == "Missbruk"  # the file's name when the sheet names none


def test_published_form_as_csv_from_swedish_excel_gives_the_builtin_template(
        tmp_path: Path) -> None:
    builtin = builtin_template()
    rows = [["NR.", "QUESTION", "Footnote", "Finding phrase", "Parent question"]]
    rows += [[q.key + ".", q.text, q.footnote or "", q.finding or "", q.parent or ""]
             for q in builtin.questions]
    path = write_csv(tmp_path / "mall.csv", rows, delimiter=";", encoding="cp1252")
    assert load_template(path) == replace(builtin, name="mall")


def test_csv_without_a_header_reads_the_first_column_of_texts(tmp_path: Path) -> None:
    builtin = builtin_template()
    rows = [["", q.key, q.text, "Ja", "Nej"] for q in builtin.questions]
    template = load_template(write_csv(tmp_path / "lista.csv", rows))
    assert [(q.key, q.text, q.parent) for q in template.questions] == [
        (q.key, q.text, q.parent) for q in builtin.questions]


def test_questions_the_file_does_not_number_are_numbered_in_the_published_style(
        tmp_path: Path) -> None:
    def build(document: Document) -> None:
        document.add_paragraph("Frågor")
        letters = multilevel_list(document)
        for text, level in (("Finns beslut?", 0), ("Finns plan?", 0), ("Om vård?", 1),
                            ("Om boende?", 1), ("Hur ofta?", 2), ("Följs planen upp?", 0)):
            number(document.add_paragraph(text), letters, level)

    template = load_template(word_file(tmp_path / "mall.docx", build))
    assert [(q.key, q.parent) for q in template.questions] == [
        ("1", None), ("2", None), ("2a", "2"), ("2b", "2"), ("2b.1", "2b"), ("3", None)]
    assert [q.key for q in template.questions] == auto_keys(template.questions)


def test_word_list_keeps_the_numbers_word_shows(tmp_path: Path) -> None:
    def build(document: Document) -> None:
        letters = multilevel_list(document)
        numbering = document.part.numbering_part.element
        numbering.append(_parse(f'<w:num {_W} w:numId="91"><w:abstractNumId w:val="90"/>'
                                '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="12"/>'
                                "</w:lvlOverride></w:num>"))
        number(document.add_paragraph("Finns beslut?"), "91", 0)
        number(document.add_paragraph("Om vård?"), "91", 1)
        number(document.add_paragraph("Finns plan?"), "91", 0)
        del letters

    template = load_template(word_file(tmp_path / "mall.docx", build))
    assert [(q.key, q.parent) for q in template.questions] == [
        ("12", None), ("12a", "12"), ("13", None)]


def _parse(xml: str) -> Any:
    from docx.oxml import parse_xml
    return parse_xml(xml)


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_word_text_that_is_not_shown_is_not_read(tmp_path: Path) -> None:
    def build(document: Document) -> None:
        document.add_heading("1. Inledning", 1)  # a numbered heading is no question
        paragraph = document.add_paragraph("1. Har utredning inletts?")
        hidden = paragraph.add_run(" (dold anteckning)")
        hidden.font.hidden = True
        deleted = _parse(f'<w:del {_W} w:id="1" w:author="A"><w:r><w:delText>borttaget'
                         "</w:delText></w:r></w:del>")
        paragraph._p.append(deleted)
        document.add_paragraph("Text mellan frågorna hör inte till någon fråga.")
        document.add_paragraph("2. Finns plan?")

    template = load_template(word_file(tmp_path / "mall.docx", build))
    assert [(q.key, q.text) for q in template.questions] == [
        ("1", "Har utredning inletts?"), ("2", "Finns plan?")]


# -- round trips ------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".xlsx", ".json"])
def test_export_then_import_gives_the_same_template(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"mall{suffix}"
    write_template(builtin_template(), out)
    assert load_template(out) == builtin_template()


def test_excel_export_has_a_swedish_header_by_default(tmp_path: Path) -> None:
    write_template(builtin_template(), tmp_path / "mall.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "mall.xlsx").active
    assert [c.value for c in sheet[3]] == ["Nr", "Fråga", "Kriterium", "Iakttagelse",
                                           "Överordnad"]
    assert [sheet["A12"].value, sheet["E12"].value] == ["8a", "8"]


def test_export_writes_printed_numbers_and_parents_by_them(tmp_path: Path) -> None:
    template = Template(name="Omnumrerad", questions=(
        Question(key="1", text="Finns beslut?"),
        Question(key="9", text="Tillagd fråga?", label="2"),
        Question(key="9x", text="Underfråga?", parent="9", label="2a"),
    ))
    write_template(template, tmp_path / "mall.xlsx")
    back = load_template(tmp_path / "mall.xlsx")
    assert [(q.key, q.parent, q.label) for q in back.questions] == [
        ("1", None, None), ("2", None, None), ("2a", "2", None)]


def test_export_does_not_overwrite_unless_asked(tmp_path: Path) -> None:
    out = tmp_path / "mall.json"
    out.write_text("mitt eget", encoding="utf-8")
    with pytest.raises(Exception, match="finns redan"):
        write_template(builtin_template(), out)
    assert out.read_text(encoding="utf-8") == "mitt eget"
    write_template(builtin_template(), out, overwrite=True)
    assert json.loads(out.read_text(encoding="utf-8"))["questions"][8]["key"] == "8a"


_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Cn", "Co")), min_size=1,
                max_size=60).map(lambda s: " ".join(s.split())).filter(bool)
_KEY = st.text(st.sampled_from("abcdefxyzABC0123456789"), min_size=1, max_size=5)


@st.composite
def templates(draw: st.DrawFn) -> Template:
    count = draw(st.integers(1, 12))
    questions: list[Question] = []
    for index in range(count):
        parent = draw(st.none() | st.integers(0, index - 1)) if index else None
        questions.append(Question(
            key=f"#{index}", text=draw(_TEXT), footnote=draw(st.none() | _TEXT),
            finding=draw(st.none() | _TEXT),
            parent=None if parent is None else f"#{parent}"))
    keys = (auto_keys(questions) if draw(st.booleans())
            else draw(st.lists(_KEY, min_size=count, max_size=count, unique=True)))
    rename = {f"#{i}": key for i, key in enumerate(keys)}
    return Template(name=draw(_TEXT), questions=tuple(
        replace(q, key=rename[q.key], parent=rename.get(q.parent or "")) for q in questions))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(template=templates())
def test_any_valid_template_exported_to_excel_reads_back_equal(template: Template) -> None:
    assume(not template_problems(template))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "mall.xlsx"
        write_template(template, out)
        assert load_template(out) == template


# -- refused, with every problem, by row or paragraph -------------------------------------------

def test_every_problem_of_a_sheet_is_listed_by_its_row(tmp_path: Path, en: None) -> None:
    rows: list[list[Any]] = [["Nr", "Fråga", "Överordnad"], ["1", "Finns beslut?", ""],
                             ["2", "", ""], ["1", "Finns plan?", ""],
                             ["3", f"Gäller {PNR}?", ""], ["4", "Om vård?", "5"],
                             ["5", "Om boende?", "4"], ["6", "X" * 2_500, ""]]
    problems = _refused(_xlsx(tmp_path / "mall.xlsx", rows))
    assert [p.split(":")[0] for p in problems] == [
        "row 8", "row 3", "row 4", "row 6", "row 6", "row 7", "row 5"]
    text = "\n".join(problems)
    for expected in ("row 3: question 2: the text is empty",
                     "row 4: question 3: the key 1 is used twice",
                     "row 6: question 4: its parent 5 comes after it",
                     "row 6: question 4: its parents form a cycle (4 → 5 → 4)",
                     "row 5: question 3: \"text\" contains what looks like a personal identity",
                     "row 8: question 7: \"text\" is longer than 2000 characters"):
        assert expected in text


def test_word_problems_are_named_by_their_paragraph(tmp_path: Path, en: None) -> None:
    def build(document: Document) -> None:
        document.add_heading("Mall", 0)
        footnotes(document, [f"Klienten {PNR} ska inte stå här."])
        document.add_paragraph("1. Har utredning inletts?")
        footnote_reference(document.add_paragraph("2. Finns plan?"), 1)
        document.add_paragraph("2. Finns beslut?")

    assert _refused(word_file(tmp_path / "mall.docx", build)) == [
        "paragraph 4 (“2. Finns beslut?”): question 3: the key 2 is used twice",
        "paragraph 3 (“2. Finns plan?”): question 2: \"footnote\" contains what looks like "
        f"a personal identity number ({PNR})"]


def _docx_with(document_xml: bytes, *, extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.'
                         'org/package/2006/relationships"><Relationship Id="r1" Type="http://'
                         'schemas.openxmlformats.org/officeDocument/2006/relationships/'
                         'officeDocument" Target="word/document.xml"/></Relationships>')
        archive.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


_BODY = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         b"<w:body><w:p><w:r><w:t>1. Har utredning inletts?</w:t></w:r></w:p></w:body>"
         b"</w:document>")
_LAUGHS = (b'<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
           + b"".join(b'<!ENTITY %s "%s">' % (bytes([98 + n]), b"&%s;" % bytes([97 + n]) * 10)
                      for n in range(8)) + b"]>")


def _bad_file(kind: str, tmp_path: Path) -> tuple[Path, str]:
    """A file of a kind that is not a template, and what its refusal says."""
    def truncated() -> bytes:
        return published_as_word_list(tmp_path / "good.docx",
                                      builtin_template()).read_bytes()[:4_000]

    def workbook() -> bytes:
        return _xlsx(tmp_path / "w.xlsx", [["Fråga"], ["Finns beslut?"]]).read_bytes()

    cases: dict[str, tuple[str, Callable[[], bytes], str]] = {
        "empty-docx": (".docx", lambda: b"", "the file is empty"),
        "empty-xlsx": (".xlsx", lambda: b"", "the file is empty"),
        "empty-csv": (".csv", lambda: b"\r\n\r\n", "holds no questions"),
        "html-renamed-docx": (".docx", lambda: b"<html><body><ol><li>Har utredning inletts?"
                              b"</li></ol></body></html>", "not a Word document"),
        "old-doc": (".docx", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
                    "save it as .docx"),
        "truncated-docx": (".docx", truncated, "not a readable Word"),
        "workbook-renamed-docx": (".docx", workbook, "not a Word document"),
        "zip-without-document": (".docx", lambda: _zip({"a.txt": b"hej"}),
                                 "not a Word document"),
        "billion-laughs-docx": (".docx", lambda: _docx_with(_LAUGHS + _BODY.replace(
            b"1. Har", b"&i; 1. Har")), "declares a DTD"),
        "external-entity-docx": (".docx", lambda: _docx_with(
            b'<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + _BODY),
            "declares a DTD"),
        "zip-bomb-docx": (".docx", lambda: _docx_with(
            _BODY[:-17] + b" " * 70_000_000 + _BODY[-17:]), "unpacks to more than 64 MB"),
        "no-questions-docx": (".docx", lambda: _docx_with(_BODY.replace(b"1. Har", b"Har")),
                              "no numbered list"),
        "sheet-without-question-column": (
            ".csv", lambda: b"Nr;Kriterium;Fotnot\r\n1;inom 14 dagar;x\r\n",
            "no question column"),
        "numbers-only-csv": (".csv", lambda: b"1;2\r\n3;4\r\n",
                             "no column holds question texts"),
        "unknown-suffix": (".txt", lambda: b"1. Har utredning inletts?", "not .txt"),
        "xlsx-that-is-no-workbook": (".xlsx", lambda: b"PK\x03\x04" + b"\0" * 100,
                                     "not a readable"),
        "duplicate-keys": (".csv", lambda: "Nr;Fråga\n1;Finns beslut?\n1;Finns plan?\n"
                           .encode(), "row 3: question 2: the key 1 is used twice"),
        "cycle": (".csv", lambda: "Nr;Fråga;Överordnad\n1;Finns beslut?;2\n2;Finns plan?;1\n"
                  .encode(), "row 2: question 1: its parents form a cycle (1 → 2 → 1)"),
        "parent-after-child": (".csv", lambda: "Nr;Fråga;Överordnad\n1a;Om vård?;1\n"
                               "1;Finns plan?;\n".encode(),
                               "row 2: question 1a: its parent 1 comes after it"),
        "empty-text": (".csv", lambda: "Nr;Fråga;Kriterium\n1;;inom 14 dagar\n".encode(),
                       "row 2: question 1: the text is empty"),
        "personnummer-in-word": (".docx", lambda: _docx_with(_BODY.replace(
            b"inletts?", f"inletts f\u00f6r {PNR}?".encode())), "identity number"),
        "huge-question": (".csv", lambda: f"Fråga\n{'x' * 3_000}\n".encode(),
                          "is longer than 2000 characters"),
    }
    suffix, data, expected = cases[kind]
    path = tmp_path / f"mall{suffix}"
    path.write_bytes(data())
    return path, expected


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


BAD_FILES = ["empty-docx", "empty-xlsx", "empty-csv", "html-renamed-docx", "old-doc",
             "truncated-docx", "workbook-renamed-docx", "zip-without-document",
             "billion-laughs-docx", "external-entity-docx", "zip-bomb-docx",
             "no-questions-docx", "sheet-without-question-column", "numbers-only-csv",
             "unknown-suffix", "xlsx-that-is-no-workbook", "duplicate-keys", "cycle",
             "parent-after-child", "empty-text", "personnummer-in-word", "huge-question"]


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_file_that_is_no_template_is_refused_with_a_message(tmp_path: Path, kind: str,
                                                              en: None) -> None:
    path, expected = _bad_file(kind, tmp_path)
    before = snapshot(tmp_path)
    problems = _refused(path)
    assert any(expected in p for p in problems), problems
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".docx", ".json"])
def test_five_thousand_questions_are_refused_at_once(tmp_path: Path, suffix: str,
                                                     en: None) -> None:
    count = 5_000
    texts = [f"Fråga nummer {n}?" for n in range(1, count + 1)]
    path = tmp_path / f"mall{suffix}"
    if suffix == ".xlsx":
        _xlsx(path, [["Nr", "Fråga"], *([str(n), t] for n, t in enumerate(texts, 1))])
    elif suffix == ".csv":
        write_csv(path, [["Nr", "Fråga"], *([str(n), t] for n, t in enumerate(texts, 1))])
    elif suffix == ".docx":
        paragraphs = "".join(f"<w:p><w:r><w:t>{n}. {t}</w:t></w:r></w:p>"
                             for n, t in enumerate(texts, 1))
        path.write_bytes(_docx_with(_BODY.replace(
            b"<w:p><w:r><w:t>1. Har utredning inletts?</w:t></w:r></w:p>",
            paragraphs.encode("utf-8"))))
    else:
        path.write_text(json.dumps({"questions": [{"key": str(n), "text": t} for n, t
                                                  in enumerate(texts, 1)]}), encoding="utf-8")
    started = time.perf_counter()
    problems = _refused(path)
    assert problems == [f"the file holds 5000 questions; a template holds at most "
                        f"{MAX_QUESTIONS}"]
    assert time.perf_counter() - started < 3


def test_a_cell_over_excels_limit_is_named_by_row_and_column(tmp_path: Path,
                                                             en: None) -> None:
    path = write_csv(tmp_path / "mall.csv", [["Nr", "Fråga"], ["1", "Finns beslut?"],
                                             ["2", "x" * 40_000]])
    assert _refused(path) == ["row 3, column B: the cell is longer than 32767 characters"]


def test_a_footnote_typed_by_hand_in_superscript_is_the_criterion(tmp_path: Path) -> None:
    """A bilaga copied from a report: the marker is a superscript number after the question
    and again before the footnote's text under the table."""
    def build(document: Document) -> None:
        table = document.add_table(rows=1, cols=3)
        for cell, text in zip(table.rows[0].cells, ("Kontrollfråga", "1", "Summa"),
                              strict=True):
            cell.text = text
        for text, marker in (("1. Har utredning inletts utan dröjsmål?", "4"),
                             ("2. Har instrument använts?", None)):
            paragraph = table.add_row().cells[0].paragraphs[0]
            paragraph.add_run(text)
            if marker:
                paragraph.add_run(marker).font.superscript = True
        note = document.add_paragraph()
        note.add_run("4").font.superscript = True
        note.add_run(" Bedömningen görs på om utredning inletts inom 14 dagar.")

    template = load_template(word_file(tmp_path / "bilaga.docx", build))
    assert [(q.key, q.text, q.footnote) for q in template.questions] == [
        ("1", "Har utredning inletts utan dröjsmål?",
         "Bedömningen görs på om utredning inletts inom 14 dagar."),
        ("2", "Har instrument använts?", None)]


def test_a_header_naming_no_question_column_is_refused_not_read_as_a_question(
        tmp_path: Path, en: None) -> None:
    path = write_csv(tmp_path / "mall.csv", [["Nr", "Beskrivning"], ["1", "Finns beslut?"]])
    assert _refused(path) == ["row 1: the header row has no question column (a column "
                              "headed Fråga, Kontrollfråga, Question or Text)"]


def test_a_title_above_the_header_names_the_template(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "lista.xlsx", [["Kontrollfrågor LSS 2025"], [],
                                           ["Kontrollfrågor", "Nr"], ["Finns beslut?", "1"],
                                           ["Följs beslutet upp?", "2"]])
    template = load_template(path)
    assert template.name == "Kontrollfrågor LSS 2025"
    assert [(q.key, q.text) for q in template.questions] == [
        ("1", "Finns beslut?"), ("2", "Följs beslutet upp?")]


def test_bullets_under_a_numbered_question_are_its_sub_questions(tmp_path: Path) -> None:
    def build(document: Document) -> None:
        document.add_paragraph("Granskningen omfattar:")
        document.add_paragraph("akter från 2024", style="List Bullet")  # not a question
        document.add_paragraph("Har utredning inletts?", style="List Number")
        document.add_paragraph("Har en SIP upprättats?", style="List Number")
        document.add_paragraph("")
        document.add_paragraph("Framgår insatserna?", style="List Bullet")
        document.add_paragraph("Framgår ansvaret?", style="List Bullet")
        document.add_paragraph("Teckenförklaring:")
        document.add_paragraph("Eb = Ej bedömningsbart", style="List Bullet")

    template = load_template(word_file(tmp_path / "mall.docx", build))
    assert [(q.key, q.text, q.parent) for q in template.questions] == [
        ("1", "Har utredning inletts?", None), ("2", "Har en SIP upprättats?", None),
        ("2a", "Framgår insatserna?", "2"), ("2b", "Framgår ansvaret?", "2")]
