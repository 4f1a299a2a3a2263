"""`reviewer sample …` as an auditor runs it: a draw into a unit, extended, a case file
replaced, the record printed and in the report; every bad population refused with one
message and nothing changed; and no case identifier anywhere in the project file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from reviewer import review
from reviewer.cli import main
from reviewer.errors import SamplingError
from reviewer.model import Code
from reviewer.project import Project
from reviewer.sampling.draw import DrawPlan, Method
from reviewer.sampling.operations import draw_into_unit, key_entries
from reviewer.sampling.population import PopulationSpec
from reviewer.templates import builtin_template
from tests.conftest import snapshot, write_csv


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The command in a new process, with the key list's password where there is one."""
    return subprocess.run([sys.executable, "-m", "reviewer", *map(str, args)],
                          capture_output=True, text=True,
                          env={"AKTG_AUTHOR": "Anna Revisor", "PATH": "/usr/bin:/bin",
                               "AKTG_SETTINGS": os.environ["AKTG_SETTINGS"],
                               "AKTG_KEY_PASSWORD": "nyckel-lösen-2025"})


def luhn(digits: str) -> str:
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def personnummer(n: int) -> str:
    body = f"{40 + n % 50:02d}{1 + n % 12:02d}{1 + n % 28:02d}{100 + n % 900:03d}"
    return f"19{body[:6]}-{body[6:]}{luhn(body)}"


TEAMS = ["Barn och unga", "Vuxen", "Ekonomiskt bistånd"]


def cases(count: int) -> list[list[str]]:
    return [["Ärendenummer", "Personnummer", "Team", "Beslutsdatum"]] + [
        [f"SOC/2024-{n:06d}", personnummer(n), TEAMS[n % 3], f"2024-{1 + n % 12:02d}-15"]
        for n in range(count)]


@pytest.fixture(autouse=True)
def key_password(monkeypatch: pytest.MonkeyPatch) -> None:
    """The key list's password, where the version has a key list (else unused)."""
    monkeypatch.setenv("AKTG_KEY_PASSWORD", "nyckel-lösen-2025")


@pytest.fixture
def lista(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "lista.csv", cases(300), delimiter=";")


@pytest.fixture
def aktg(tmp_path: Path) -> Path:
    path = tmp_path / "p.aktg"
    assert cli("new", path, "--title", "Granskning") == 0
    return path


def cli(*args: str | Path) -> int:
    return main([*map(str, args), "--author", "Anna Revisor", "--lang", "en"])


def draw_args(aktg: Path, population: Path, *extra: str) -> list[str | Path]:
    return ["sample", "draw", aktg, "--unit", "Eda kommun", "--population", population,
            "--column", "Ärendenummer", *extra]


def identifiers_of(aktg: Path, population: Path, unit: str = "Eda kommun") -> list[str]:
    with Project.open(aktg, readonly=True) as project:
        entries = key_entries(project, project.unit_by_name(unit).id, population)
        labels = {f.id: f.label for f in project.case_files(project.unit_by_name(unit).id)}
    return sorted((f"{labels[i]}:{values['Ärendenummer']}" for i, values in entries),
                  key=lambda text: int(text.partition(":")[0]))


def test_a_draw_makes_the_unit_with_case_files_one_to_n(aktg: Path, lista: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    assert cli(*draw_args(aktg, lista, "--size", "10", "--seed", "Eda-2025")) == 0
    out = capsys.readouterr().out
    assert "Drew 10 case files into Eda kommun" in out and "Eda-2025" in out
    with Project.open(aktg, readonly=True) as project:
        unit = project.unit_by_name("Eda kommun")
        assert [f.label for f in project.case_files(unit.id)] == [str(n) for n in
                                                                   range(1, 11)]


def test_the_same_command_in_new_processes_draws_the_same_cases(tmp_path: Path,
                                                                lista: Path) -> None:
    firsts = []
    for name in ("a.aktg", "b.aktg"):
        path = tmp_path / name
        assert run("new", path, "--title", "G").returncode == 0
        result = run(*draw_args(path, lista, "--size", "8", "--seed", "42"))
        assert result.returncode == 0, result.stderr
        firsts.append(identifiers_of(path, lista))
    assert firsts[0] == firsts[1]
    path = tmp_path / "c.aktg"
    run("new", path, "--title", "G")
    run(*draw_args(path, lista, "--size", "8", "--seed", "43"))
    assert identifiers_of(path, lista) != firsts[0]


def test_a_generated_seed_is_printed_and_recorded(aktg: Path, lista: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(*draw_args(aktg, lista, "--size", "3")) == 0
    capsys.readouterr()
    assert cli("sample", "record", aktg, "--unit", "Eda kommun", "--format", "json") == 0
    record = json.loads(capsys.readouterr().out)
    assert record["seed_typed"] is False and len(record["seed"]) == 14


def test_extend_keeps_the_first_files_and_continues_the_order(aktg: Path, lista: Path,
                                                              tmp_path: Path) -> None:
    assert cli(*draw_args(aktg, lista, "--size", "5", "--seed", "x")) == 0
    first = identifiers_of(aktg, lista)
    assert cli("sample", "extend", aktg, "--unit", "Eda kommun", "--by", "3",
               "--population", lista) == 0
    other = tmp_path / "other.aktg"
    cli("new", other, "--title", "G")
    assert cli(*draw_args(other, lista, "--size", "8", "--seed", "x")) == 0
    assert identifiers_of(aktg, lista) == identifiers_of(other, lista)
    assert identifiers_of(aktg, lista)[:5] == first


def test_replace_takes_the_next_case_and_records_the_reason(
        aktg: Path, lista: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.aktg"
    cli("new", other, "--title", "G")
    assert cli(*draw_args(other, lista, "--size", "6", "--seed", "x")) == 0
    order = [text.partition(":")[2] for text in identifiers_of(other, lista)]
    assert cli(*draw_args(aktg, lista, "--size", "4", "--seed", "x")) == 0
    before = identifiers_of(aktg, lista)
    assert cli("sample", "replace", aktg, "--unit", "Eda kommun", "--file", "2",
               "--reason", "Avslutat före perioden", "--population", lista) == 0
    after = identifiers_of(aktg, lista)
    assert [after[0], *after[2:]] == [before[0], *before[2:]]
    assert after[1].startswith("2:") and after[1] != before[1]
    assert after[1] == f"2:{order[4]}"  # the fifth in the seed's order
    assert cli("sample", "extend", aktg, "--unit", "Eda kommun", "--by", "1",
               "--population", lista) == 0
    assert identifiers_of(aktg, lista)[4] == f"5:{order[5]}"  # and the sixth
    capsys.readouterr()
    assert cli("sample", "record", aktg, "--unit", "Eda kommun") == 0
    text = capsys.readouterr().out
    assert "Case file 2 replaced by Anna Revisor" in text and "Avslutat före perioden" in text
    assert "Extended by Anna Revisor" in text and "(5)" in text


def test_the_record_speaks_swedish_by_default(aktg: Path, lista: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    cli(*draw_args(aktg, lista, "--size", "6", "--method", "stratified", "--stratum-column",
                   "Team", "--proportional", "--seed", "s"))
    capsys.readouterr()
    assert main(["sample", "record", str(aktg), "--unit", "Eda kommun"]) == 0
    text = capsys.readouterr().out
    assert "Urvalsbeskrivning för Eda kommun" in text
    assert "största restmetoden" in text and "Barn och unga 2 av 100" in text


def test_a_hand_entered_sample_says_it_was_not_drawn_by_the_tool(
        aktg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("add-unit", aktg, "Torsby kommun", "--files", "10") == 0
    capsys.readouterr()
    assert cli("sample", "record", aktg, "--unit", "Torsby kommun") == 0
    assert "was not drawn by this tool" in capsys.readouterr().out
    assert cli("sample", "record", aktg, "--unit", "Torsby kommun", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out) == {
        "unit": "Torsby kommun", "drawn_by_tool": False, "case_files": 10}


def test_a_unit_with_empty_case_files_is_filled_by_the_draw(aktg: Path, lista: Path) -> None:
    assert cli("add-unit", aktg, "Eda kommun", "--files", "12") == 0
    assert cli(*draw_args(aktg, lista, "--size", "10", "--seed", "x")) == 0
    with Project.open(aktg, readonly=True) as project:
        files = project.case_files(project.unit_by_name("Eda kommun").id)
    assert [f.label for f in files] == [str(n) for n in range(1, 11)]


# -- refused, with one message and nothing changed --------------------------------------


def refused(aktg: Path, capsys: pytest.CaptureFixture[str], *args: str | Path) -> str:
    before = snapshot(aktg.parent)
    capsys.readouterr()
    assert cli(*args) == 2
    captured = capsys.readouterr()
    assert snapshot(aktg.parent) == before
    assert "Traceback" not in captured.err
    lines = [line for line in captured.err.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1, captured.err
    return captured.err


def test_bad_populations_are_refused_clearly(aktg: Path, lista: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert "no column Diarienummer" in refused(
        aktg, capsys, "sample", "draw", aktg, "--unit", "E", "--population", lista,
        "--column", "Diarienummer", "--size", "3")
    empty = write_csv(tmp_path / "tom.csv", [])
    assert "holds no cases" in refused(aktg, capsys, *draw_args(aktg, empty, "--size", "3"))
    header = write_csv(tmp_path / "rubrik.csv", [["Ärendenummer"]])
    assert "holds no cases" in refused(aktg, capsys, *draw_args(aktg, header, "--size", "3"))
    assert "larger than the population" in refused(
        aktg, capsys, *draw_args(aktg, lista, "--size", "301"))
    assert "fewer than the 101" in refused(
        aktg, capsys, *draw_args(aktg, lista, "--stratum-column", "Team", "--per-stratum",
                                 "101"))
    twice = write_csv(tmp_path / "dubbel.csv", [*cases(5), cases(5)[2]], delimiter=";")
    assert "more than once" in refused(aktg, capsys, *draw_args(aktg, twice, "--size", "2"))
    damaged = tmp_path / "trasig.xlsx"
    good = tmp_path / "hel.xlsx"
    import openpyxl

    workbook = openpyxl.Workbook()
    for row in cases(20):
        workbook.active.append(row)
    workbook.save(good)
    damaged.write_bytes(good.read_bytes()[:900])
    assert "not a readable Excel workbook" in refused(
        aktg, capsys, *draw_args(aktg, damaged, "--size", "2"))
    with zipfile.ZipFile(good) as archive:
        assert "xl/worksheets/sheet1.xml" in archive.namelist()
    assert "CSV file has no sheets" in refused(
        aktg, capsys, *draw_args(aktg, lista, "--size", "2", "--sheet", "Blad1"))


def test_a_unit_that_holds_answers_is_refused(aktg: Path, lista: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("add-unit", aktg, "Eda kommun", "--files", "3") == 0
    assert cli("set", aktg, "--unit", "Eda kommun", "--file", "1", "--question", "1",
               "Ja") == 0
    assert "already holds answers" in refused(aktg, capsys,
                                              *draw_args(aktg, lista, "--size", "2"))


def test_a_second_draw_into_a_drawn_unit_is_refused(aktg: Path, lista: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(*draw_args(aktg, lista, "--size", "2")) == 0
    assert "drawn already" in refused(aktg, capsys, *draw_args(aktg, lista, "--size", "2"))


def test_extend_or_replace_with_another_file_is_refused(aktg: Path, lista: Path,
                                                        tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    assert cli(*draw_args(aktg, lista, "--size", "2")) == 0
    edited = write_csv(tmp_path / "lista2.csv", cases(301), delimiter=";")
    assert "SHA-256" in refused(aktg, capsys, "sample", "extend", aktg, "--unit",
                                "Eda kommun", "--by", "2", "--population", edited)
    assert "SHA-256" in refused(aktg, capsys, "sample", "replace", aktg, "--unit",
                                "Eda kommun", "--file", "1", "--reason", "Fel",
                                "--population", edited)


# -- no identifier in the project --------------------------------------------------------


def test_no_identifier_of_the_population_is_in_the_project_file_or_its_wal(
        tmp_path: Path, lista: Path) -> None:
    path = tmp_path / "p.aktg"
    project = review.create_project(path, title="G", template=builtin_template())
    try:
        handed: list[tuple[str, dict[str, str]]] = []
        outcome = draw_into_unit(
            project, "Eda kommun", PopulationSpec(lista, "Ärendenummer", stratum_column="Team",
                                                  keep=("Personnummer", "Beslutsdatum")),
            DrawPlan(Method.STRATIFIED, "s", per_stratum=5), seed_typed=True,
            author="Anna Revisor", keep=handed.extend)
        review.set_answer(project, outcome.case_files[0][0], "1", Code.JA,
                          author="Anna Revisor")
        assert len(handed) == 15 and all("Personnummer" in values for _id, values in handed)
        stored = b"".join(p.read_bytes() for p in tmp_path.glob("p.aktg*"))
        assert (tmp_path / "p.aktg-wal").exists()
        values = {cell for row in cases(300)[1:] for cell in row[:2]}
        leaked = [v for v in values if v.encode() in stored
                  or v.encode("utf-16-le") in stored]
        assert leaked == []
        assert b"Barn och unga" in stored  # strata are named in the record, by design
    finally:
        project.close()


def test_the_report_prints_the_record_without_identifiers(aktg: Path, lista: Path,
                                                          tmp_path: Path) -> None:
    assert cli(*draw_args(aktg, lista, "--size", "4", "--seed", "x", "--keep",
                          "Personnummer")) == 0
    out = tmp_path / "r.docx"
    assert cli("report", aktg, "--format", "docx", "--out", out, "--sampling") == 0
    import docx

    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Urval" in text and "Frö: x" in text and "lista.csv" in text
    assert not [row for row in cases(300)[1:] if row[0] in text or row[1] in text]
    pdf = tmp_path / "r.pdf"
    assert cli("report", aktg, "--format", "pdf", "--out", pdf, "--sampling") == 0
    assert b"SOC/2024" not in pdf.read_bytes()


def test_the_key_list_is_unlocked_after_every_check_and_handed_the_values_after_the_write(
        tmp_path: Path, lista: Path) -> None:
    path = tmp_path / "p.aktg"
    project = review.create_project(path, title="G", template=builtin_template())
    calls: list[str] = []

    def refuse() -> None:
        calls.append("prepare")
        raise SamplingError("Wrong password.")

    try:
        before = snapshot(tmp_path)
        with pytest.raises(SamplingError):
            draw_into_unit(project, "Eda kommun", PopulationSpec(lista, "Ärendenummer"),
                           DrawPlan(Method.RANDOM, "s", 3), seed_typed=True,
                           author="Anna Revisor", prepare=refuse,
                           keep=lambda _entries: calls.append("keep"))
        assert calls == ["prepare"] and project.units() == []
        assert snapshot(tmp_path).keys() == before.keys()
        with pytest.raises(SamplingError):  # a refusal of the draw comes before the key
            draw_into_unit(project, "Eda kommun", PopulationSpec(lista, "Ärendenummer"),
                           DrawPlan(Method.RANDOM, "s", 301), seed_typed=True,
                           author="Anna Revisor", prepare=refuse)
        assert calls == ["prepare"]
        handed: list[tuple[str, dict[str, str]]] = []
        outcome = draw_into_unit(
            project, "Eda kommun", PopulationSpec(lista, "Ärendenummer"),
            DrawPlan(Method.RANDOM, "s", 3), seed_typed=True, author="Anna Revisor",
            prepare=lambda: calls.append("ready"), keep=handed.extend)
        assert calls == ["prepare", "ready"]
        assert [case_file for case_file, _values in handed] == [
            case_file for case_file, _label in outcome.case_files]
        assert all(list(values) == ["Ärendenummer"] for _id, values in handed)
    finally:
        project.close()


def test_the_record_travels_with_its_unit_in_packages_and_merges(tmp_path: Path,
                                                                 lista: Path) -> None:
    from reviewer.exchange import export_package, import_package, merge_package
    from reviewer.sampling.record import record_json, sampling_record

    path = tmp_path / "p.aktg"
    project = review.create_project(path, title="G", template=builtin_template())
    try:
        draw_into_unit(project, "Eda kommun", PopulationSpec(lista, "Ärendenummer"),
                       DrawPlan(Method.RANDOM, "s", 3), seed_typed=True, author="Anna Revisor")
        torsby, _changes = review.add_unit(project, "Torsby kommun", files=2)
        eda = project.unit_by_name("Eda kommun")
        only_torsby, only_eda = tmp_path / "torsby.aktgx", tmp_path / "eda.aktgx"
        export_package(project, only_torsby, author="Anna Revisor", unit_ids=[torsby.id])
        export_package(project, only_eda, author="Anna Revisor", unit_ids=[eda.id])
        expected = record_json(sampling_record(project, eda.id))
    finally:
        project.close()
    import_package(only_torsby, tmp_path / "bo.aktg", author="Bo")
    with closing(sqlite3.connect(tmp_path / "bo.aktg")) as connection:
        # No draw of another unit travels with Torsby.
        assert connection.execute("SELECT count(*) FROM sample_draw").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM sample_event").fetchone() == (0,)
    with Project.open(tmp_path / "bo.aktg") as bo:
        assert [u.name for u in bo.units()] == ["Torsby kommun"]
        assert record_json(sampling_record(bo, torsby.id))["drawn_by_tool"] is False
        merge_package(bo, only_eda, author="Bo")
        assert record_json(sampling_record(bo, eda.id)) == expected
        merge_package(bo, only_eda, author="Bo")  # again: nothing new
        assert record_json(sampling_record(bo, eda.id)) == expected
    with Project.open(tmp_path / "bo.aktg", readonly=True) as bo:
        assert check_ok(bo)


def check_ok(project: Project) -> bool:
    from reviewer.check import check_project

    return not check_project(project).problems


# -- the README's recomputation ------------------------------------------------------------


def readme_recomputation() -> list[list[int]]:
    """What the README's Python block (The sample draw) prints, run as written."""
    import contextlib
    import io
    import re

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The sample draw"):readme.index("## Template files")]
    block = re.search(r"```python\n(.*?)```", section, re.S)
    assert block is not None
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(block.group(1), {})  # the README's own text, as an auditor would run it
    return [json.loads(line) for line in printed.getvalue().splitlines()]


def test_the_readme_recomputes_each_method_as_the_command_draws_it(tmp_path: Path) -> None:
    teams = ["Vuxen", "Barn och unga", "Ekonomiskt bistånd"]
    lista = write_csv(tmp_path / "lista.csv", [["Ärendenummer", "Team"]] + [
        [f"R{i:03d}", teams[i % 3]] for i in range(100)], delimiter=";")
    drawn = []
    for method, extra in (("random", ["--size", "10"]),
                          ("systematic", ["--size", "10"]),
                          ("stratified", ["--stratum-column", "Team", "--proportional",
                                          "--size", "10"])):
        path = tmp_path / f"{method}.aktg"
        assert cli("new", path, "--title", "G") == 0
        assert cli(*draw_args(path, lista, "--method", method, "--seed", "aktg",
                              *extra)) == 0
        drawn.append([int(text.partition(":R")[2]) for text in identifiers_of(path, lista)])
    assert drawn == readme_recomputation()


def test_the_excel_report_prints_the_record_under_the_units_table(aktg: Path, lista: Path,
                                                                  tmp_path: Path) -> None:
    import openpyxl

    assert cli(*draw_args(aktg, lista, "--size", "4", "--seed", "x", "--keep",
                          "Personnummer")) == 0
    texts = []
    for extra in ([], ["--sampling"]):
        out = tmp_path / f"r{len(extra)}.xlsx"
        assert cli("report", aktg, "--format", "xlsx", "--out", out, *extra) == 0
        sheet = openpyxl.load_workbook(out)["Eda kommun"]
        texts.append("\n".join(str(c.value) for row in sheet.iter_rows() for c in row
                               if c.value is not None))
    without, with_record = texts
    assert "Frö: x" not in without
    assert "Urval" in with_record and "Frö: x" in with_record and "lista.csv" in with_record
    assert not [row for row in cases(300)[1:] if row[0] in with_record or row[1] in with_record]


def test_a_lost_key_is_made_again_from_the_list_drawn_from_and_only_from_it(
        aktg: Path, lista: Path, tmp_path: Path) -> None:
    from reviewer import keylist

    assert cli(*draw_args(aktg, lista, "--size", "6", "--seed", "S", "--keep",
                          "Personnummer")) == 0
    assert cli("sample", "replace", aktg, "--unit", "Eda kommun", "--file", "2", "--reason",
               "Utanför perioden.", "--population", lista) == 0

    def key() -> dict[str, dict[str, str]]:
        with Project.open(aktg, readonly=True) as project:
            return keylist.open_key(project, project.unit_by_name("Eda kommun").id,
                                    "nyckel-lösen-2025")

    with Project.open(aktg, readonly=True) as project:
        now = {f.id for f in project.case_files(project.unit_by_name("Eda kommun").id)}
    # The case file replaced keeps its entry in the key; the key made again is of the
    # case files in the sample now.
    kept = {case_file_id: values for case_file_id, values in key().items()
            if case_file_id in now}
    assert cli("key", "delete", aktg, "--unit", "Eda kommun", "--yes") == 0
    other = write_csv(tmp_path / "annan.csv", cases(301), delimiter=";")
    assert cli("key", "rebuild", aktg, "--unit", "Eda kommun", "--population", other) == 2
    assert cli("key", "rebuild", aktg, "--unit", "Eda kommun", "--population", lista) == 0
    assert key() == kept and len(kept) == 6


def test_a_hand_entered_units_key_is_not_rebuilt_and_the_refusal_says_why(
        aktg: Path, lista: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("add-unit", aktg, "Munkfors kommun", "--files", "3") == 0
    capsys.readouterr()
    assert cli("key", "rebuild", aktg, "--unit", "Munkfors kommun", "--population",
               lista) == 2
    assert "cannot be made again from a list" in capsys.readouterr().err
