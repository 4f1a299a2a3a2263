"""`reviewer sample …` and `reviewer key …` against what a hostile or careless list and
terminal bring: each refused with exit 2, one message in the interface's language and the
project's bytes (and its -wal) as they were; a list Excel saved as Unicode text drawn
like any other."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.cli import main
from tests.conftest import snapshot, write_csv
from tests.test_sample_cli import cases, draw_args, identifiers_of

PASSWORD = "nyckel-lösen-2025"


@pytest.fixture(autouse=True)
def key_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AKTG_KEY_PASSWORD", PASSWORD)


@pytest.fixture
def aktg(tmp_path: Path) -> Path:
    path = tmp_path / "p.aktg"
    assert main(["new", str(path), "--title", "Granskning", "--author", "Anna Revisor"]) == 0
    return path


def refused(aktg: Path, capsys: pytest.CaptureFixture[str], *args: str | Path,
            lang: str = "en") -> str:
    """The one error message of a command refused with exit 2 and nothing on disk
    changed (the folder holds the project, its -wal and the population)."""
    before = snapshot(aktg.parent)
    capsys.readouterr()
    language = ["--lang", lang] if lang != "sv" else []
    assert main([*map(str, args), "--author", "Anna Revisor", *language]) == 2
    err = capsys.readouterr().err
    assert snapshot(aktg.parent) == before
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err


def test_an_identifier_longer_than_the_key_list_keeps_refuses_the_draw_unwritten(
        aktg: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = cases(20)
    rows[7][0] = "SOC/" + "9" * 2100  # a cell pasted whole into the identifier column
    lista = write_csv(tmp_path / "lista.csv", rows, delimiter=";")
    err = refused(aktg, capsys, *draw_args(aktg, lista, "--size", "20"))
    assert "A value of Ärendenummer is longer than the 2000 characters" in err
    assert "9" * 50 not in err  # the value itself is not echoed
    # Then the same list with the cell mended draws into the same unit name.
    rows[7][0] = "SOC/2024-999999"
    write_csv(lista, rows, delimiter=";")
    assert main([*map(str, draw_args(aktg, lista, "--size", "20")), "--author", "A"]) == 0


def test_a_kept_column_the_key_list_cannot_hold_refuses_the_draw_unwritten(
        aktg: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long_name = "Anteckning " + "x" * 250
    header = ["Ärendenummer", *(f"K{i}" for i in range(101)), long_name]
    lista = write_csv(tmp_path / "bred.csv", [header] + [
        [f"SOC/{n}", *("v" * 102)] for n in range(10)], delimiter=";")
    keep = [arg for i in range(101) for arg in ("--keep", f"K{i}")]
    assert "at most 100 values" in refused(aktg, capsys, *draw_args(aktg, lista, "--size",
                                                                   "2", *keep))
    err = refused(aktg, capsys, *draw_args(aktg, lista, "--size", "2", "--keep", long_name))
    assert "is longer than the 200 characters" in err and "x" * 100 not in err


def test_a_list_saved_as_unicode_text_draws_as_its_utf8_twin(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = cases(60)
    drawn = []
    for name, delimiter, encoding in (("utf8.csv", ";", "utf-8"),
                                      ("unicode.txt", "\t", "utf-16"),
                                      ("utf16.csv", ";", "utf-16-be")):
        lista = write_csv(tmp_path / name, rows, delimiter=delimiter, encoding=encoding)
        if encoding == "utf-16-be":  # Python writes no BOM for an explicit byte order
            lista.write_bytes(b"\xfe\xff" + lista.read_bytes())
        path = tmp_path / f"{name}.aktg"
        assert main(["new", str(path), "--title", "G", "--author", "A"]) == 0
        assert main([*map(str, draw_args(path, lista, "--size", "6", "--seed", "u")),
                     "--author", "A"]) == 0
        drawn.append(identifiers_of(path, lista))
    assert drawn[0] == drawn[1] == drawn[2] and len(drawn[0]) == 6


@pytest.mark.parametrize(("lang", "said"), [
    ("sv", "Fel: Inget lösenord angavs: sätt AKTG_KEY_PASSWORD"),
    ("en", "Error: No password given: set AKTG_KEY_PASSWORD"),
])
def test_without_a_key_password_or_a_terminal_a_draw_is_bad_input_and_changes_nothing(
        aktg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], lang: str, said: str) -> None:
    lista = write_csv(tmp_path / "lista.csv", cases(30), delimiter=";")
    assert main([*map(str, draw_args(aktg, lista, "--size", "3")), "--author", "A"]) == 0
    monkeypatch.delenv("AKTG_KEY_PASSWORD")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    for args in (draw_args(aktg, lista, "--size", "3", "--unit", "Torsby kommun"),
                 ["sample", "extend", aktg, "--unit", "Eda kommun", "--by", "1",
                  "--population", lista],
                 ["sample", "replace", aktg, "--unit", "Eda kommun", "--file", "1",
                  "--reason", "Utanför perioden", "--population", lista],
                 ["key", "show", aktg, "--unit", "Eda kommun"]):
        assert refused(aktg, capsys, *args, lang=lang).startswith(said)


@pytest.mark.parametrize("second", ["Vuxen=5", " vuxen =5"])
def test_a_stratum_given_two_numbers_is_refused_not_the_last_one_taken(
        aktg: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], second: str) -> None:
    lista = write_csv(tmp_path / "lista.csv", cases(60), delimiter=";")
    err = refused(aktg, capsys, *draw_args(
        aktg, lista, "--stratum-column", "Team", "--per-stratum", "Vuxen=1",
        "--per-stratum", second, "--per-stratum", "Barn och unga=1",
        "--per-stratum", "Ekonomiskt bistånd=1"))
    assert "The number to draw from the stratum Vuxen is given twice." in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="a named pipe (POSIX)")
def test_a_pipe_or_a_device_named_as_any_file_read_is_refused_at_once(
        aktg: Path, tmp_path: Path) -> None:
    """Opening a pipe waits for a writer and /dev/zero never ends: neither is read, as a
    population, a key file, a package or a template."""
    import resource
    import subprocess
    import sys

    pipe = tmp_path / "lista.csv"
    os.mkfifo(pipe)
    os.mkfifo(pipe.with_name("mall.json"))
    before = snapshot(aktg.parent)

    def limited() -> None:  # unfixed, /dev/zero fails here, not by filling the machine
        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))

    for args, said in (
            (draw_args(aktg, pipe, "--size", "2"), "it is a folder, a device or a pipe"),
            (draw_args(aktg, Path("/dev/zero"), "--size", "2"), "a device or a pipe"),
            (["key", "import", aktg, "/dev/zero"], "a device or a pipe"),
            (["key", "import", aktg, pipe], "a device or a pipe"),
            (["import", "/dev/zero", "--out", tmp_path / "ny.aktg"], "a device or a pipe"),
            (["import", pipe, "--out", tmp_path / "ny.aktg"], "a device or a pipe"),
            (["merge", aktg, pipe], "a device or a pipe"),
            (["new", tmp_path / "ny.aktg", "--title", "T", "--template",
              pipe.with_name("mall.json")], "not a file")):
        result = subprocess.run(
            [sys.executable, "-m", "reviewer", *map(str, args), "--lang", "en"],
            capture_output=True, text=True, timeout=60, preexec_fn=limited,
            env={**os.environ, "AKTG_KEY_FILE_PASSWORD": "fil", "AKTG_AUTHOR": "A"})
        assert result.returncode == 2 and said in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert snapshot(aktg.parent) == before


@pytest.mark.parametrize("again", ["soc ö 2024-000003", "  SOC Ö 2024-000003 ",
                                   "SOC  Ö 2024-000003", "SOC\tÖ 2024-000003",
                                   "SOC O\u0308 2024-000003"])
def test_a_case_listed_twice_in_another_case_spacing_or_form_is_refused_naming_the_rows(
        aktg: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], again: str) -> None:
    rows = cases(10)
    rows[4][0] = "SOC Ö 2024-000003"  # row 5 of the sheet
    rows.append([again, "", "Vuxen", "2024-01-15"])  # row 12
    lista = write_csv(tmp_path / "lista.csv", rows, delimiter=";")
    err = refused(aktg, capsys, *draw_args(aktg, lista, "--size", "2"))
    assert "more than once" in err and "12 = 5" in err


def test_a_wrong_key_password_refuses_draw_extend_and_replace_with_the_file_untouched(
        aktg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    lista = write_csv(tmp_path / "lista.csv", cases(40), delimiter=";")
    assert main([*map(str, draw_args(aktg, lista, "--size", "4")), "--author", "A"]) == 0
    monkeypatch.setenv("AKTG_KEY_PASSWORD", "fel lösenord")
    for args in (draw_args(aktg, lista, "--size", "3", "--unit", "Torsby kommun"),
                 ["sample", "extend", aktg, "--unit", "Eda kommun", "--by", "2",
                  "--population", lista],
                 ["sample", "replace", aktg, "--unit", "Eda kommun", "--file", "2",
                  "--reason", "Utanför perioden", "--population", lista]):
        # `refused` compares every file of the folder: the project, its -wal and -shm
        assert "not the password of the key list" in refused(aktg, capsys, *args)
        assert refused(aktg, capsys, *args, lang="sv").startswith(
            "Fel: Det är inte kodnyckelns lösenord")


@pytest.mark.parametrize("target", ["p.aktg", "p.aktg-wal", "other.aktg"])
def test_no_output_is_written_over_a_project_file(
        aktg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], target: str) -> None:
    """`--out` mistyped as the project's own name (or another project's) must not
    replace the review: the key export, a package and every report refuse it."""
    lista = write_csv(tmp_path / "lista.csv", cases(20), delimiter=";")
    assert main([*map(str, draw_args(aktg, lista, "--size", "3")), "--author", "A"]) == 0
    assert main(["new", str(tmp_path / "other.aktg"), "--title", "Annan"]) == 0
    monkeypatch.setenv("AKTG_KEY_FILE_PASSWORD", "till bo")
    out = tmp_path / target
    commands: list[list[str | Path]] = [
        ["key", "export", aktg, "--unit", "Eda kommun", "--out", out],
        ["export", aktg, "--out", out],
        ["report", aktg, "--format", "csv", "--out", out],
        ["report", aktg, "--format", "pdf", "--out", out]]
    for args in commands:
        assert "is a project file" in refused(aktg, capsys, *args)
    assert main(["status", str(aktg)]) == 0


def test_a_seed_typed_decomposed_draws_and_records_what_its_composed_twin_does(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"Åsa-2025" from a keyboard that sends A + ring is the seed the record prints."""
    import json
    import unicodedata

    lista = write_csv(tmp_path / "lista.csv", cases(80), delimiter=";")
    drawn, recorded = [], []
    for form in ("NFC", "NFD"):
        path = tmp_path / f"{form}.aktg"
        assert main(["new", str(path), "--title", "G", "--author", "A"]) == 0
        seed = unicodedata.normalize(form, "Åsa-2025")
        assert main([*map(str, draw_args(path, lista, "--size", "5", "--seed", seed)),
                     "--author", "A"]) == 0
        drawn.append(identifiers_of(path, lista))
        capsys.readouterr()
        assert main(["sample", "record", str(path), "--unit", "Eda kommun", "--format",
                     "json"]) == 0
        recorded.append(json.loads(capsys.readouterr().out)["seed"])
    assert drawn[0] == drawn[1]
    assert recorded == ["Åsa-2025", "Åsa-2025"] and recorded[1] == unicodedata.normalize(
        "NFC", recorded[1])


def test_deleting_a_key_that_is_not_there_says_so_instead_of_deleted_for_good(
        aktg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["add-unit", str(aktg), "Torsby kommun", "--files", "3"]) == 0
    for which in (["--all"], ["--unit", "Torsby kommun"]):
        capsys.readouterr()
        assert main(["key", "delete", str(aktg), *which, "--yes", "--lang", "en"]) == 0
        said = capsys.readouterr().out
        assert "holds no key of" in said and "for good" not in said


def test_a_list_without_a_header_row_is_refused_without_showing_its_personnummer(
        tmp_path: Path) -> None:
    from reviewer.errors import SamplingError
    from reviewer.sampling.population import PopulationSpec, read_population
    from tests.conftest import write_csv
    from tests.test_keylist import personnummer

    lista = write_csv(tmp_path / "lista.csv", [[personnummer(i), f"SOC/{i}"]
                                               for i in range(5)])
    with pytest.raises(SamplingError) as refused:
        read_population(PopulationSpec(lista, "Ärende"))
    assert personnummer(0) not in str(refused.value)
    assert "SOC/0" in str(refused.value)  # what is no personnummer still helps to see


@given(st.lists(st.text(alphabet=st.sampled_from(list("aB Ö\t\n\u0308\u00a0ßﬁ\x1c\u3000x\x00")),
                        max_size=8), max_size=6))
def test_identifiers_are_compared_as_each_one_spaced_folded_and_composed_alone(
        texts: list[str]) -> None:
    """The comparison made on all the identifiers at once is the one made on each."""
    import unicodedata

    from reviewer.sampling.population import compared_texts

    assert compared_texts(texts) == [unicodedata.normalize("NFC", " ".join(t.split()).casefold())
                                for t in texts]
