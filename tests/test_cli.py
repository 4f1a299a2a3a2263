"""The command line as other tools and auditors use it: commands, output, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reviewer.cli import main
from tests.conftest import snapshot
from tests.test_privacy import PNR


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reviewer", *map(str, args)],
                          capture_output=True, text=True,
                          env={"AKTG_AUTHOR": "Anna Revisor", "PATH": "/usr/bin:/bin",
                               "AKTG_SETTINGS": os.environ["AKTG_SETTINGS"]})


def cli(*args: str | Path) -> int:
    """The same command in this process (fast, for tests that make many calls)."""
    return main([*map(str, args), "--author", "Anna Revisor"])


def test_demo_then_summary_prints_the_published_summa(tmp_path: Path,
                                                      reference: dict[str, Any]) -> None:
    path = tmp_path / "x.aktg"
    assert run("demo", path).returncode == 0
    result = run("summary", path, "--unit", "Torsby kommun")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Fråga" in lines[1] and "Summa" in lines[1]
    printed = [(line.split()[0], line.split()[-1]) for line in lines[2:13]]
    assert printed == [(q["key"], q["summa"]) for q in reference["questions"]]


def test_summary_json_has_the_documented_shape(tmp_path: Path,
                                               reference: dict[str, Any]) -> None:
    path = tmp_path / "x.aktg"
    run("demo", path)
    result = run("summary", path, "--format", "json")
    data = json.loads(result.stdout)
    torsby = data["units"][0]
    assert (torsby["unit"], torsby["files"]) == ("Torsby kommun", 10)
    first = torsby["questions"][0]
    assert first == {"key": "1", "Ja": 9, "Nej": 0, "Eb": 1, "Et": 0, "unanswered": 0,
                     "summa": "9/10"}
    assert len(data["units"]) == 2


def test_demo_holds_the_published_reasons_and_placements(tmp_path: Path,
                                                         reference: dict[str, Any]) -> None:
    from reviewer.model import Placement
    from reviewer.project import Project

    path = tmp_path / "x.aktg"
    run("demo", path)
    with Project.open(path, readonly=True) as project:
        assert project.info.is_example and "EXEMPEL" in project.info.title
        assert project.info.first_footnote == reference["first_footnote_number"]
        unit = project.unit_by_name("Torsby kommun")
        files = project.case_files(unit.id)
        assert project.cells(files[1].id)["1"].answer.reason == \
            reference["questions"][0]["cell_footnotes"]["2"]
        placements = {(k, f.label): project.cells(f.id)[k].answer.placement
                      for f in files for k in ("8a", "8b")
                      if project.cells(f.id)[k].answer.reason}
        assert placements == {**{("8a", n): Placement.SUMMA for n in ("5", "6", "8", "10")},
                              **{("8b", n): Placement.NONE for n in ("5", "6", "8", "10")}}


def test_a_whole_review_by_set_commands(tmp_path: Path, reference: dict[str, Any],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.aktg"
    assert cli("new", path, "--title", "Missbruksvård") == 0
    assert cli("add-unit", path, "Torsby kommun", "--files", "10") == 0
    for question in reference["questions"]:
        reasons = question.get("cell_footnotes", {})
        for label, value in zip(reference["files"], question["answers"], strict=True):
            if question.get("parent") and value == "Et":
                continue  # derived from question 8
            args = ["set", path, "--unit", "Torsby kommun", "--file", label, "--question",
                    question["key"], value]
            reason = reasons.get(label) or question.get("summa_footnote")
            if value in ("Eb", "Et"):
                args += ["--reason", reason or "Framgår inte."]
            assert cli(*args) == 0
    capsys.readouterr()
    assert cli("summary", path, "--format", "json") == 0
    summary = json.loads(capsys.readouterr().out)
    assert [q["summa"] for q in summary["units"][0]["questions"]] == \
        [q["summa"] for q in reference["questions"]]
    assert cli("findings", path, "--unit", "Torsby kommun") == 0
    findings = capsys.readouterr().out.splitlines()
    assert findings == [q["finding"] for q in reference["questions"] if "finding" in q]


def test_bad_input_exits_2_with_one_message_and_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "p.aktg"
    run("new", path, "--title", "T")
    run("add-unit", path, "Torsby kommun", "--files", "2")
    before = snapshot(tmp_path)
    bad_calls: list[list[str | Path]] = [
                 ["set", path, "--unit", "Okänd", "--file", "1", "--question", "1", "Ja"],
                 ["set", path, "--unit", "Torsby kommun", "--file", "9", "--question", "1",
                  "Ja"],
                 ["set", path, "--unit", "Torsby kommun", "--file", "1", "--question", "4",
                  "Et", "--reason", f"Klient {PNR}"],
                 ["summary", tmp_path / "saknas.aktg"],
                 ["import-grid", path, tmp_path / "saknas.csv", "--unit", "X"]]
    for args in bad_calls:
        result = run(*args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr
        assert result.stderr.startswith("Fel: ")
    assert snapshot(tmp_path) == before


def test_usage_errors_exit_1(tmp_path: Path) -> None:
    assert run().returncode == 1
    assert run("set", tmp_path / "p.aktg").returncode == 1
    assert run("frobnicate").returncode == 1
    run("new", tmp_path / "p.aktg", "--title", "T")
    result = run("set", tmp_path / "p.aktg", "--unit", "U", "--file", "1", "--question", "1",
                 "Kanske")
    assert result.returncode == 1


def test_messages_in_english_with_lang(tmp_path: Path) -> None:
    result = run("summary", tmp_path / "saknas.aktg", "--lang", "en")
    assert result.stderr.startswith("Error: The file")


def test_check_reports_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "x.aktg"
    run("demo", path)
    result = run("check", path)
    assert result.returncode == 0
    assert "integritetskontroll: ok" in result.stdout
    assert "Projektfilen är i ordning." in result.stdout


def test_check_lists_a_deliberately_kept_personnummer(tmp_path: Path) -> None:
    path = tmp_path / "p.aktg"
    run("new", path, "--title", "T")
    run("add-unit", path, "Torsby kommun", "--files", "1")
    assert run("set", path, "--unit", "Torsby kommun", "--file", "1", "--question", "1",
               "Eb", "--reason", f"Se {PNR}", "--allow-identity-number").returncode == 0
    result = run("check", path)
    assert PNR in result.stdout and "personnummer" in result.stdout
    assert result.returncode == 2  # a problem, even when kept deliberately


def test_check_finds_a_broken_invariant(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "x.aktg"
    run("demo", path)
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM answer_head WHERE (case_file_id, question_key) IN "
                       "(SELECT case_file_id, question_key FROM answer_head LIMIT 3)")
    connection.execute("UPDATE answer_head SET code = 'Ja' WHERE (case_file_id, question_key) "
                       "IN (SELECT case_file_id, question_key FROM answer_head "
                       "WHERE code = 'Nej' LIMIT 2)")
    connection.commit()
    connection.close()
    result = run("check", path)
    assert result.returncode == 2
    assert "3 bedömningar har en historik men inget aktuellt värde" in result.stdout
    assert "2 bedömningar visar inte värdet från sin senaste ändring" in result.stdout


def test_sign_off_and_reopen_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "x.aktg"
    run("demo", path)
    assert run("sign-off", path, "--unit", "Torsby kommun", "--file", "3", "--by",
               "Bo Granskare").returncode == 0
    locked = run("set", path, "--unit", "Torsby kommun", "--file", "3", "--question", "1",
                 "Nej")
    assert locked.returncode == 2 and "Bo Granskare" in locked.stderr
    assert run("reopen", path, "--unit", "Torsby kommun", "--file", "3").returncode == 0
    assert run("set", path, "--unit", "Torsby kommun", "--file", "3", "--question", "1",
               "Nej").returncode == 0
    status = run("status", path, "--unit", "Torsby kommun").stdout
    assert "akt 3: klar" in status


@pytest.mark.parametrize("convention", ["applicable", "assessed"])
def test_summary_under_another_convention(tmp_path: Path, convention: str) -> None:
    path = tmp_path / "x.aktg"
    main(["demo", str(path)])
    result = run("summary", path, "--unit", "Torsby kommun", "--convention", convention,
                 "--format", "csv")
    rows = [line.split(",") for line in result.stdout.splitlines()[1:]]
    summa = {row[1]: row[-1] for row in rows}
    # 8a: 4 Ja, 4 Eb, 2 Et of 10 files.
    assert summa["8a"] == ("4/8" if convention == "applicable" else "4/4")


def _torsby_and_eda(folder: Path, torsby_files: int) -> Path:
    """A new project with two units: Torsby kommun, and Eda kommun with one case file."""
    path = folder / "p.aktg"
    assert cli("new", path, "--title", "T") == 0
    assert cli("add-unit", path, "Torsby kommun", "--files", str(torsby_files)) == 0
    assert cli("add-unit", path, "Eda kommun", "--files", "1") == 0
    return path


def test_units_and_case_files_renamed_moved_and_removed_from_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reviewer.project import Project

    path = _torsby_and_eda(tmp_path, torsby_files=3)
    assert cli("set", path, "--unit", "Torsby kommun", "--file", "2", "--question", "1",
               "Ja") == 0
    capsys.readouterr()
    assert cli("rename-unit", path, "--unit", "eda kommun", "Eda  kommun (omprövad)") == 0
    assert capsys.readouterr().out == "Eda kommun heter nu Eda kommun (omprövad).\n"
    assert cli("move-unit", path, "--unit", "Eda kommun (omprövad)", "1") == 0
    assert capsys.readouterr().out == "Eda kommun (omprövad) står nu på plats 1 av 2.\n"
    assert cli("rename-file", path, "--unit", "Torsby kommun", "--file", "1", "1b") == 0
    assert capsys.readouterr().out == "Akt 1 i Torsby kommun är nu akt 1b.\n"
    assert cli("move-file", path, "--unit", "Torsby kommun", "--file", "1b", "9") == 0
    assert capsys.readouterr().out == "Akt 1b i Torsby kommun står nu på plats 3 av 3.\n"
    assert cli("remove-file", path, "--unit", "Torsby kommun", "--file", "3") == 0
    assert capsys.readouterr().out == ("Tog bort akt 3 i Torsby kommun; restore-unit med "
                                       "--file återställer den.\n")
    assert cli("remove-file", path, "--unit", "Torsby kommun", "--file", "2") == 2
    assert capsys.readouterr().err == (
        "Fel: Akt 2 har 1 bedömningar. Bekräfta för att ta bort den med dem.\n"
        "Kör kommandot igen med --yes för att ta bort den med dem.\n")
    assert cli("remove-file", path, "--unit", "Torsby kommun", "--file", "2", "--yes") == 0
    with Project.open(path, readonly=True) as project:
        assert [u.name for u in project.units()] == ["Eda kommun (omprövad)", "Torsby kommun"]
        torsby = project.unit_by_name("Torsby kommun")
        assert [f.label for f in project.case_files(torsby.id)] == ["1b"]
        assert {r.label for r in project.removed()} == {"2", "3"}
    assert cli("restore-unit", path, "--unit", "Torsby kommun", "--file", "2") == 0
    with Project.open(path, readonly=True) as project:
        files = {f.label: f for f in project.case_files(project.unit_by_name("Torsby kommun").id)}
        assert sorted(files) == ["1b", "2"]
        assert project.cells(files["2"].id)["1"].code == "Ja"  # with its answer


def test_structure_changes_on_bad_input_exit_2_and_change_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _torsby_and_eda(tmp_path, torsby_files=2)
    capsys.readouterr()
    before = snapshot(tmp_path)
    torsby = ("--unit", "Torsby kommun")
    bad_calls: list[tuple[str | Path, ...]] = [
        ("rename-unit", path, *torsby, "eda kommun"),
        ("rename-unit", path, *torsby, " "),
        ("rename-unit", path, "--unit", "Okänd", "Ny"),
        ("rename-unit", path, *torsby, f"Klient {PNR}"),
        ("move-unit", path, "--unit", "Okänd", "1"),
        ("rename-file", path, *torsby, "--file", "1", "2"),
        ("rename-file", path, *torsby, "--file", "9", "10"),
        ("rename-file", path, *torsby, "--file", "1", PNR),
        ("move-file", path, *torsby, "--file", "9", "1"),
        ("remove-file", path, *torsby, "--file", "9", "--yes")]
    for args in bad_calls:
        assert cli(*args) == 2, args
        assert capsys.readouterr().err.startswith("Fel: "), args
    for command in ("move-unit", "move-file"):
        where = torsby if command == "move-unit" else (*torsby, "--file", "1")
        assert cli(command, path, *where, "0") == 1  # a usage error
        assert capsys.readouterr().err == "reviewer: Platsen måste vara 1 eller mer.\n"
    assert snapshot(tmp_path) == before


def test_report_command_writes_the_torsby_pdf(tmp_path: Path) -> None:
    path, out = tmp_path / "x.aktg", tmp_path / "t.pdf"
    run("demo", path)
    result = run("report", path, "--unit", "Torsby kommun", "--first-footnote", "5",
                 "--format", "pdf", "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # Torsby is complete: no warning
    assert out.read_bytes().startswith(b"%PDF")


def test_report_of_an_incomplete_unit_warns_and_strict_refuses(tmp_path: Path) -> None:
    path = tmp_path / "x.aktg"
    run("demo", path)
    out = tmp_path / "alla.xlsx"
    result = run("report", path, "--all", "--format", "xlsx", "--out", out)
    assert result.returncode == 0 and out.exists()
    assert "Inte klart:" in result.stderr and "akt 5: obesvarade 4, 5, 6, 7, 8" in result.stderr
    strict_out = tmp_path / "strikt.pdf"
    strict = run("report", path, "--all", "--strict", "--out", strict_out)
    assert strict.returncode == 2 and not strict_out.exists()


def test_report_bad_options_write_nothing(tmp_path: Path) -> None:
    path = tmp_path / "x.aktg"
    run("demo", path)
    before = snapshot(tmp_path)
    cases: list[tuple[list[str | Path], int]] = [
        (["--unit", "Okänd", "--out", tmp_path / "a.pdf"], 2),
        (["--first-footnote", "0", "--out", tmp_path / "a.pdf"], 1),
        (["--out", tmp_path / "saknas" / "a.pdf"], 2),
        (["--format", "odt", "--out", tmp_path / "a.odt"], 1)]
    for args, code in cases:
        result = run("report", path, *args)
        assert result.returncode == code, args
        assert "Traceback" not in result.stderr
    assert snapshot(tmp_path) == before


def test_report_all_with_unit_is_a_usage_error_in_both_languages(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.aktg"
    assert cli("demo", path) == 0
    capsys.readouterr()
    before = snapshot(tmp_path)
    both = ("report", path, "--all", "--unit", "Torsby kommun", "--out", tmp_path / "a.pdf")
    assert cli(*both) == 1
    assert capsys.readouterr().err == ("reviewer: --all betyder alla enheter, så det kan inte "
                                       "användas med --unit.\n")
    assert cli(*both, "--lang", "en") == 1
    assert capsys.readouterr().err == ("reviewer: --all means every unit, so it cannot be "
                                       "used with --unit.\n")
    assert snapshot(tmp_path) == before


def test_export_merge_conflicts_resolve_and_history_from_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.aktg", tmp_path / "b.aktg"
    assert cli("demo", a) == 0
    (tmp_path / "lösen.txt").write_text("hemligt lösenord\n", encoding="utf-8")
    assert cli("export", a, "--out", tmp_path / "a.aktgx", "--unit", "Exempelby kommun "
               "(påhittad)", "--password-file", tmp_path / "lösen.txt") == 0
    assert cli("import", tmp_path / "a.aktgx", "--out", b) == 2  # no password given
    assert "lösenord" in capsys.readouterr().err
    assert cli("import", tmp_path / "a.aktgx", "--out", b, "--password-file",
               tmp_path / "lösen.txt") == 0
    cell = ("--unit", "Exempelby kommun (påhittad)", "--file", "7", "--question", "1")
    assert cli("set", a, *cell, "Ja") == 0
    assert main(["set", str(b), *cell, "Eb", "--reason", "Oklart", "--author", "Bo"]) == 0
    assert main(["export", str(b), "--out", str(tmp_path / "b.aktgx"), "--author", "Bo"]) == 0
    capsys.readouterr()
    assert cli("merge", a, tmp_path / "b.aktgx") == 3  # a conflict remains
    out = capsys.readouterr()
    assert "Exempelby kommun (påhittad), akt 7, fråga 1" in out.out
    assert "reviewer conflicts" in out.err
    assert cli("conflicts", a) == 0
    listed = capsys.readouterr().out
    assert "Eb – Oklart" in listed and "Bo" in listed and "b.aktgx" in listed
    assert cli("resolve", a, *cell, "Eb", "--reason", "Oklart enligt båda") == 0
    assert cli("merge", a, tmp_path / "b.aktgx") == 0  # nothing new, nothing undecided
    capsys.readouterr()
    assert cli("history", a, *cell) == 0
    history = capsys.readouterr().out.splitlines()
    assert len(history) == 3 and "b.aktgx" in history[1] and "Oklart enligt båda" in history[2]
    assert cli("backups", a) == 0
    assert "MB" in capsys.readouterr().out  # the merges made backups


def test_merging_a_bad_package_exits_2_with_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "a.aktg"
    assert run("demo", path).returncode == 0
    (tmp_path / "fake.aktgx").write_bytes(b"PK\x03\x04" + bytes(100))
    before = snapshot(tmp_path)
    result = run("merge", path, tmp_path / "fake.aktgx")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(tmp_path) == before
