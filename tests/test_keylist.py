"""The key list (kodnyckel): sealed with its own password, opened only with it, never leaked
into the project file's clear bytes, a report, a summary or a package; exported and imported
for a colleague; deleted for good."""

from __future__ import annotations

import html
import io
import sqlite3
import subprocess
import zipfile
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer import keylist, review
from reviewer.backups import list_backups, make_backup
from reviewer.cli import main
from reviewer.errors import (
    KeyFileError,
    KeyListError,
    KeyPasswordError,
    OperationError,
    ProjectFileError,
)
from reviewer.exchange import export_package, import_package, open_payload
from reviewer.exchange.archive import read_manifest
from reviewer.model import Code, Template
from reviewer.privacy import find_identity_numbers
from reviewer.project import Project
from reviewer.store import sealed, vetting
from reviewer.store.migrations import FORMAT_VERSION
from tests.conftest import AUTHOR, snapshot
from tests.test_exchange import content

PASSWORD = "kodnyckel-lösen"


def personnummer(index: int) -> str:
    """A personnummer with a real date and a valid check digit (12 digits and a dash)."""
    born = f"19{60 + index % 40:02d}{1 + index % 12:02d}{1 + index % 28:02d}"
    digits = born[2:] + f"{index % 1000:03d}"
    total = 0
    for position, digit in enumerate(map(int, digits)):
        product = digit * (2 if position % 2 == 0 else 1)
        total += product // 10 + product % 10
    return f"{born}-{digits[6:]}{(10 - total % 10) % 10}"


def population(count: int, first: int = 0) -> list[dict[str, str]]:
    """Rows of a municipality's list: a case number, a personnummer, a team, a name."""
    return [{"Diarienummer": f"SOC/2023-{412 + i:06d}", "Personnummer": personnummer(i),
             "Team": "Vuxen" if i % 2 else "Beroende", "Namn": f"Klientnamn{i:04d}x"}
            for i in range(first, first + count)]


def secrets_of(rows: list[dict[str, str]]) -> list[str]:
    return [value for row in rows for name, value in row.items() if name != "Team"]


@pytest.fixture
def drawn(tmp_path: Path, template: Template) -> Iterator[tuple[Project, list[dict[str, str]]]]:
    """A project of two units whose case files were drawn from a population of
    personnummer and case numbers (their key stored), with answers and reasons."""
    project = review.create_project(tmp_path / "p.aktg", title="Granskning",
                                    template=template,
                                    units=[("Torsby kommun", 10), ("Eda kommun", 4)])
    rows = population(14)
    for unit, chosen in zip(project.units(), (rows[:10], rows[10:]), strict=True):
        files = project.case_files(unit.id)
        keylist.store_drawn(project, unit.id, [(f.id, row) for f, row in
                                               zip(files, chosen, strict=True)], PASSWORD)
        for case_file in files:
            review.set_answer(project, case_file.id, "1", Code.EB, author=AUTHOR,
                              reason="Datum framgår inte.", note="Hämtad från arkivet.")
            review.set_answer(project, case_file.id, "2", Code.JA, author=AUTHOR)
    yield project, rows
    project.close()


def on_disk(folder: Path) -> dict[str, bytes]:
    """The folder's files and their bytes, but the WAL index a reader may touch."""
    return {name: data for name, data in snapshot(folder).items() if not name.endswith("-shm")}


def file_bytes(path: Path) -> bytes:
    """A project file's bytes and its WAL's, as they are on the disk."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def leaked(data: bytes, secrets: list[str]) -> list[str]:
    return [s for s in secrets if s.encode("utf-8") in data]


def sealed_rows(project: Project) -> dict[str, bytes]:
    with project.file.reading() as session:
        return sealed.read_all(session)


def pieces(blobs: list[bytes]) -> list[bytes]:
    """A 24-byte piece from each end and the middle of each sealed blob: what would show
    that its bytes are still there."""
    return [blob[at:at + 24] for blob in blobs for at in (0, len(blob) // 2, len(blob) - 24)]


# -- the key's contents ----------------------------------------------------------------


def test_the_population_is_one_of_personnummer_the_guard_would_refuse() -> None:
    numbers = [personnummer(i) for i in range(40)]
    assert all(find_identity_numbers(f"Klienten {n}.") == [n] for n in numbers)


def test_the_key_opens_with_its_password_every_entry_in_order(
        drawn: tuple[Project, list[dict[str, str]]]) -> None:
    project, rows = drawn
    unit = project.units()[0]
    files = project.case_files(unit.id)
    key = keylist.open_key(project, unit.id, PASSWORD)
    assert list(key) == [f.id for f in files]  # in draw order
    assert [keylist.identifier(v) for v in key.values()] == [r["Diarienummer"]
                                                            for r in rows[:10]]
    assert key[files[2].id] == rows[2]  # every column kept, in the population's order
    assert keylist.unlock(project, PASSWORD).identifiers()[project.case_files(
        project.units()[1].id)[0].id] == rows[10]["Diarienummer"]


def test_a_project_file_without_the_password_holds_no_identifier(
        drawn: tuple[Project, list[dict[str, str]]]) -> None:
    project, rows = drawn
    secrets = secrets_of(rows)
    assert leaked(file_bytes(project.path), secrets) == []
    project.close()
    assert leaked(project.path.read_bytes(), secrets) == []  # checkpointed into the file
    with sqlite3.connect(project.path) as connection:
        dump = "\n".join(connection.iterdump())  # every table, clear or not
    assert leaked(dump.encode(), secrets) == []
    assert "Torsby kommun" in dump  # the dump does read the review data


def test_the_sealed_table_says_nothing_of_what_it_holds(
        drawn: tuple[Project, list[dict[str, str]]]) -> None:
    project, _rows = drawn
    with sqlite3.connect(f"file:{project.path}?mode=ro", uri=True) as connection:
        (schema,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'sealed'").fetchone()
        ids = {row[0] for row in connection.execute("SELECT id FROM sealed")}
    assert "sealed" in schema and "data" in schema and "id" in schema
    assert ids == {keylist.LOCK, *(u.id for u in project.units())}


def test_a_wrong_password_is_refused_and_changes_nothing(
        drawn: tuple[Project, list[dict[str, str]]], tmp_path: Path) -> None:
    project, rows = drawn
    unit = project.units()[0]
    case_file = project.case_files(unit.id)[0]
    before = on_disk(tmp_path)
    for attempt in (
            lambda: keylist.open_key(project, unit.id, "fel"),
            lambda: keylist.store_drawn(project, unit.id, [(case_file.id, rows[5])], "fel"),
            lambda: keylist.set_entry(project, case_file.id, {"x": "ny"}, "fel"),
            lambda: keylist.export_key(project, unit.id, tmp_path / "k.aktgkey", "fel",
                                       "annat"),
            lambda: keylist.unlock(project, "")):
        with pytest.raises(KeyPasswordError) as refused:
            attempt()
        assert "password" in str(refused.value) or "lösenord" in str(refused.value)
    assert on_disk(tmp_path) == before
    assert keylist.open_key(project, unit.id, PASSWORD)[case_file.id] == rows[0]


def test_a_wrong_password_says_so_in_swedish_by_default(
        drawn: tuple[Project, list[dict[str, str]]]) -> None:
    project, _rows = drawn
    with pytest.raises(KeyPasswordError) as refused:
        keylist.unlock(project, "fel")
    assert str(refused.value) == ("Det är inte kodnyckelns lösenord; ingenting öppnades "
                                  "eller ändrades.")


def test_a_hand_entered_sample_gets_its_key_typed_in(project: Project) -> None:
    unit, _changes = review.add_unit(project, "Eda kommun", files=3)
    first, second, _third = project.case_files(unit.id)
    assert not keylist.has_key_list(project)
    keylist.set_entry(project, first.id, {keylist.HAND_ENTERED: " SOC/2024-000007 "},
                      PASSWORD)  # the first entry gives the key list its password
    keylist.set_entry(project, second.id, {"identifier": "811218-9876"}, PASSWORD)
    assert keylist.open_key(project, unit.id, PASSWORD) == {
        first.id: {"identifier": "SOC/2024-000007"}, second.id: {"identifier": "811218-9876"}}
    keylist.set_entry(project, first.id, {"identifier": ""}, PASSWORD)  # taken out
    assert list(keylist.open_key(project, unit.id, PASSWORD)) == [second.id]
    with pytest.raises(KeyPasswordError):
        keylist.set_entry(project, first.id, {"identifier": "x"}, "another password")


def test_an_entry_for_a_case_file_of_another_unit_is_refused(
        drawn: tuple[Project, list[dict[str, str]]]) -> None:
    project, rows = drawn
    torsby, eda = project.units()
    stranger = project.case_files(eda.id)[0]
    before = sealed_rows(project)
    with pytest.raises(OperationError):
        keylist.store_drawn(project, torsby.id, [(stranger.id, rows[0])], PASSWORD)
    assert sealed_rows(project) == before


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.text(min_size=1, max_size=30), st.text(max_size=60)),
                min_size=1, max_size=6))
def test_any_texts_come_back_as_they_were_stored(tmp_path_factory: pytest.TempPathFactory,
                                                 columns: list[tuple[str, str]]) -> None:
    folder = tmp_path_factory.mktemp("any")
    with review.create_project(folder / "p.aktg", title="T", template=_builtin(),
                               units=[("Eda", 1)]) as project:
        unit = project.units()[0]
        case_file = project.case_files(unit.id)[0]
        keys = keylist.unlock(project, "x", create=True)
        expected = keylist.checked_values(dict(columns))
        keys.store(unit.id, [(case_file.id, expected)])
        stored = keys.entries(unit.id)
        assert stored == ({case_file.id: expected} if keylist.identifier(expected) else {})


def _builtin() -> Template:
    from reviewer.templates import builtin_template

    return builtin_template()


# -- never anywhere else ---------------------------------------------------------------


def _report_texts(path: Path, folder: Path) -> dict[str, str]:
    """Every report format of every unit (joint summary, findings, working notes), as the
    text a reader of each file sees."""
    texts = {}
    for fmt in ("pdf", "docx", "xlsx", "csv"):
        out = folder / f"bilaga.{fmt}"
        assert main(["report", str(path), "--format", fmt, "--out", str(out), "--all",
                     "--joint", "--findings", "--percent"]
                    + (["--include-notes"] if fmt == "csv" else [])) == 0
        data = out.read_bytes()
        if fmt == "pdf":
            text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                  text=True, check=True).stdout
        elif fmt in ("docx", "xlsx"):
            with zipfile.ZipFile(out) as archive:
                text = html.unescape("\n".join(archive.read(n).decode("utf-8", "replace")
                                               for n in archive.namelist()))
        else:
            text = data.decode("utf-8-sig")
        texts[fmt] = text + "\n" + data.decode("latin-1")
    return texts


def test_no_report_format_carries_the_key(
        drawn: tuple[Project, list[dict[str, str]]], tmp_path: Path) -> None:
    project, rows = drawn
    project.close()  # the report reads the file as another command would
    folder = tmp_path / "out"
    folder.mkdir()
    for fmt, text in _report_texts(project.path, folder).items():
        assert "Torsby kommun" in text and "Datum framgår inte." in text, fmt  # it is read
        assert leaked(text.encode("utf-8"), secrets_of(rows)) == [], fmt


def test_no_summary_finding_status_or_history_carries_the_key(
        drawn: tuple[Project, list[dict[str, str]]]) -> None:
    project, rows = drawn
    project.close()
    path = str(project.path)
    printed = io.StringIO()
    with redirect_stdout(printed):
        for command in (["summary", path], ["summary", path, "--format", "json"],
                        ["summary", path, "--format", "csv"],
                        ["findings", path, "--unit", "Torsby kommun"], ["status", path],
                        ["history", path, "--unit", "Torsby kommun", "--file", "3",
                         "--question", "1"], ["check", path]):
            assert main(command) == 0, command
    assert "Torsby kommun" in printed.getvalue()
    assert leaked(printed.getvalue().encode(), secrets_of(rows)) == []


def test_check_passes_with_personnummer_in_the_key_list(
        drawn: tuple[Project, list[dict[str, str]]]) -> None:
    project, _rows = drawn
    assert vetting.foreign_objects(project.path) == []
    assert all(t.kind != "sealed" for t in vetting.free_texts(project.path))
    project.close()
    assert main(["check", str(project.path)]) == 0  # allowed there, and only there


@pytest.mark.parametrize("password", [None, "paketlösen"])
@pytest.mark.parametrize("some_units", [False, True])
def test_a_package_never_carries_the_key(drawn: tuple[Project, list[dict[str, str]]],
                                         tmp_path: Path, password: str | None,
                                         some_units: bool) -> None:
    project, rows = drawn
    blobs = list(sealed_rows(project).values())
    package = tmp_path / "till-bo.aktgx"
    export_package(project, package, author=AUTHOR, password=password,
                   unit_ids=[project.units()[0].id] if some_units else None)
    assert leaked(package.read_bytes(), secrets_of(rows)) == []
    folder = tmp_path / "opened"
    folder.mkdir()
    _manifest, copy = open_payload(package, folder, password)
    data = copy.read_bytes()
    assert leaked(data, secrets_of(rows)) == []
    assert [p for p in pieces(blobs) if p in data] == []  # not even encrypted
    assert [p for p in pieces(blobs) if p in package.read_bytes()] == []
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT count(*) FROM sealed").fetchone() == (0,)
    assert read_manifest(package).encrypted == (password is not None)


def test_a_package_that_brings_a_key_list_is_imported_without_it(
        drawn: tuple[Project, list[dict[str, str]]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    project, _rows = drawn
    from reviewer.store import copies

    monkeypatch.setattr(copies, "_drop_sealed", lambda _connection: None)  # a forged one
    export_package(project, tmp_path / "forged.aktgx", author=AUTHOR)
    import_package(tmp_path / "forged.aktgx", tmp_path / "bo.aktg", author="Bo")
    with Project.open(tmp_path / "bo.aktg") as bo:
        assert not keylist.has_key_list(bo) and sealed_rows(bo) == {}


# -- for a colleague -------------------------------------------------------------------


@pytest.fixture
def colleague(drawn: tuple[Project, list[dict[str, str]]],
              tmp_path: Path) -> Iterator[Project]:
    """Bo's copy of the project, imported from a package: no key list."""
    project, _rows = drawn
    export_package(project, tmp_path / "till-bo.aktgx", author=AUTHOR)
    import_package(tmp_path / "till-bo.aktgx", tmp_path / "bo.aktg", author="Bo")
    with Project.open(tmp_path / "bo.aktg") as bo:
        yield bo


def test_a_units_key_travels_to_a_colleague_and_opens_there_with_their_password(
        drawn: tuple[Project, list[dict[str, str]]], colleague: Project,
        tmp_path: Path) -> None:
    project, rows = drawn
    torsby = project.units()[0]
    out = tmp_path / "torsby.aktgkey"
    assert keylist.export_key(project, torsby.id, out, PASSWORD, "till bo",
                              author=AUTHOR) == 10
    assert leaked(out.read_bytes(), secrets_of(rows)) == []
    assert b"Torsby" not in out.read_bytes()  # which unit, too, is sealed
    assert not keylist.has_key_list(colleague)
    imported = keylist.import_key(colleague, out, "till bo", "bos eget")
    assert (imported.unit_name, imported.entries, imported.changed) == ("Torsby kommun",
                                                                         10, 10)
    assert imported.exported_by == AUTHOR
    assert keylist.open_key(colleague, torsby.id, "bos eget") == keylist.open_key(
        project, torsby.id, PASSWORD)
    assert keylist.units_with_key(colleague) == [torsby.id]  # Eda's key stayed home
    again = keylist.import_key(colleague, out, "till bo", "bos eget")
    assert again.changed == 0
    assert leaked(file_bytes(colleague.path), secrets_of(rows)) == []


def test_a_key_file_is_refused_where_it_does_not_belong(
        drawn: tuple[Project, list[dict[str, str]]], colleague: Project, tmp_path: Path,
        template: Template) -> None:
    project, _rows = drawn
    torsby = project.units()[0]
    out = tmp_path / "torsby.aktgkey"
    keylist.export_key(project, torsby.id, out, PASSWORD, "till bo")
    with review.create_project(tmp_path / "annan.aktg", title="Annan", template=template,
                               units=[("Torsby kommun", 10)]) as other:
        with pytest.raises(KeyFileError, match="ett annat projekt"):
            keylist.import_key(other, out, "till bo", "x")
        assert not keylist.has_key_list(other)
    # Bo removed a case file of Torsby in his copy: the key does not fit it.
    review.remove_case_file(colleague, colleague.case_files(torsby.id)[9].id, confirm=True)
    before = content(colleague.path)
    with pytest.raises(KeyFileError, match=r"\b10\b"):
        keylist.import_key(colleague, out, "till bo", "bos eget")
    with pytest.raises(KeyPasswordError):
        keylist.import_key(colleague, out, "fel", "bos eget")
    assert content(colleague.path) == before and not keylist.has_key_list(colleague)


def test_a_unit_the_copy_lacks_is_refused(drawn: tuple[Project, list[dict[str, str]]],
                                          tmp_path: Path) -> None:
    project, _rows = drawn
    torsby, eda = project.units()
    export_package(project, tmp_path / "eda.aktgx", author=AUTHOR, unit_ids=[eda.id])
    import_package(tmp_path / "eda.aktgx", tmp_path / "bo.aktg", author="Bo")
    keylist.export_key(project, torsby.id, tmp_path / "torsby.aktgkey", PASSWORD, "k")
    with Project.open(tmp_path / "bo.aktg") as bo, \
            pytest.raises(KeyFileError, match="Torsby kommun"):
        keylist.import_key(bo, tmp_path / "torsby.aktgkey", "k", "bo")


@pytest.mark.parametrize("damage", [
    b"", b"{", b'{"format": "aktgx"}', b"[1, 2]",
    b'{"format": "aktg-key", "version": 1, "encryption": {}, "sealed": ""}',
    b"{" * 100_000])
def test_a_damaged_key_file_is_refused(colleague: Project, tmp_path: Path,
                                       damage: bytes) -> None:
    (tmp_path / "bad.aktgkey").write_bytes(damage)
    with pytest.raises(KeyFileError):
        keylist.import_key(colleague, tmp_path / "bad.aktgkey", "k", "bo")
    assert not keylist.has_key_list(colleague)


def test_a_key_file_asking_for_costlier_key_derivation_is_refused_at_once(
        drawn: tuple[Project, list[dict[str, str]]], tmp_path: Path) -> None:
    project, _rows = drawn
    out = tmp_path / "k.aktgkey"
    keylist.export_key(project, project.units()[0].id, out, PASSWORD, "k")
    out.write_text(out.read_text().replace('"n": 32768', '"n": 1048576'))
    with pytest.raises(KeyFileError, match="skadad"):
        keylist.read_key_file(out, "k")


def test_a_newer_key_file_asks_for_an_update(tmp_path: Path) -> None:
    (tmp_path / "k.aktgkey").write_text('{"format": "aktg-key", "version": 2}')
    with pytest.raises(KeyFileError, match="nyare"):
        keylist.read_key_file(tmp_path / "k.aktgkey", "k")


# -- gallring --------------------------------------------------------------------------


def test_deleting_a_key_leaves_no_byte_of_it_in_the_file_or_its_wal(
        drawn: tuple[Project, list[dict[str, str]]]) -> None:
    project, rows = drawn
    torsby, eda = project.units()
    versions = list(sealed_rows(project).values())
    keys = keylist.unlock(project, PASSWORD)
    for index, case_file in enumerate(project.case_files(torsby.id)[:3]):  # later versions
        keys.set_entry(case_file.id, {"Diarienummer": f"SOC/2022-00{index}999"})
        versions += list(sealed_rows(project).values())
    keylist.delete_key(project, torsby.id)
    data = file_bytes(project.path)
    torsby_versions = [v for v in versions if v not in sealed_rows(project).values()]
    assert [p for p in pieces(torsby_versions) if p in data] == []
    assert keylist.units_with_key(project) == [eda.id]  # the other unit's key stays
    assert keylist.open_key(project, torsby.id, PASSWORD) == {}
    assert len(keylist.open_key(project, eda.id, PASSWORD)) == 4
    assert project.cells(project.case_files(torsby.id)[0].id)["1"].code is Code.EB
    keylist.delete_key(project, eda.id)  # the last one: the lock goes too
    assert not keylist.has_key_list(project) and sealed_rows(project) == {}
    data = file_bytes(project.path)
    assert [p for p in pieces(versions) if p in data] == []
    assert leaked(data, secrets_of(rows)) == []
    project.close()
    assert main(["check", str(project.path)]) == 0


def test_deleting_the_key_wipes_it_from_the_backups_too(
        drawn: tuple[Project, list[dict[str, str]]]) -> None:
    project, _rows = drawn
    blobs = list(sealed_rows(project).values())
    make_backup(project.path, project.info.id, keep=5)
    make_backup(project.path, project.info.id, keep=5)
    result = keylist.delete_key(project, None)
    backups = list_backups(project.path, project.info.id)
    assert sorted(result.wiped) == sorted(b.path for b in backups) and len(backups) == 2
    for backup in backups:
        assert [p for p in pieces(blobs) if p in backup.path.read_bytes()] == []
        with sqlite3.connect(backup.path) as connection:
            assert connection.execute("SELECT count(*) FROM sealed").fetchone() == (0,)
            assert connection.execute("SELECT count(*) FROM answer_event").fetchone()[0] > 0


def test_deleting_needs_no_password_but_a_writable_project(
        drawn: tuple[Project, list[dict[str, str]]]) -> None:
    project, _rows = drawn
    path = project.path
    project.close()
    with Project.open(path, readonly=True) as reader, pytest.raises(ProjectFileError):
        keylist.delete_key(reader, None)
    with Project.open(path) as writer:
        assert keylist.has_key_list(writer)
        keylist.delete_key(writer, None)
        assert not keylist.has_key_list(writer)
        with pytest.raises(KeyListError):
            keylist.unlock(writer, PASSWORD)  # none now; a new one needs `create`


# -- the file's format -----------------------------------------------------------------


def test_a_format_5_file_upgrades_to_an_empty_key_list(tmp_path: Path,
                                                       template: Template) -> None:
    path = tmp_path / "v5.aktg"
    review.create_project(path, title="T", template=template, units=[("Eda", 2)]).close()
    with sqlite3.connect(path) as connection:
        # What format 6 and 7 added (the key list; the template's events) taken away.
        for table in ("sealed", "template_parent", "template_head", "template_event"):
            connection.execute(f"DROP TABLE {table}")
        connection.execute("UPDATE meta SET value = '5' WHERE key = 'format_version'")
        connection.execute("PRAGMA user_version=5")
    connection.close()
    with Project.open(path) as project:
        assert not keylist.has_key_list(project)
        keylist.set_entry(project, project.case_files(project.units()[0].id)[0].id,
                          {"identifier": "SOC/1"}, PASSWORD)
    assert FORMAT_VERSION == 7 and (tmp_path / "v5.aktg.format5.bak").exists()
    assert vetting.foreign_objects(path) == []


# -- the command line ------------------------------------------------------------------


def _cli(*args: str) -> tuple[int, str]:
    printed = io.StringIO()
    with redirect_stdout(printed):
        code = main([*args, "--author", AUTHOR, "--lang", "en"])
    return code, printed.getvalue()


def test_the_command_line_shows_sets_exports_imports_and_deletes_a_key(
        drawn: tuple[Project, list[dict[str, str]]], colleague: Project, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    project, rows = drawn
    bo_path = colleague.path
    project.close()
    colleague.close()
    path = str(project.path)
    monkeypatch.setenv("AKTG_KEY_PASSWORD", PASSWORD)
    code, shown = _cli("key", "show", path, "--unit", "Torsby kommun")
    assert code == 0 and rows[2]["Diarienummer"] in shown and rows[2]["Personnummer"] in shown
    assert shown.splitlines()[0] == "Key of Torsby kommun (10 of 10 case files):"
    assert _cli("key", "set", path, "--unit", "Torsby kommun", "--file", "3",
                "SOC/2023-999999", "--value", "Team=Vuxen")[0] == 0
    assert "SOC/2023-999999  (Team: Vuxen)" in _cli("key", "show", path)[1]
    monkeypatch.setenv("AKTG_KEY_FILE_PASSWORD", "till bo")
    out = tmp_path / "torsby.aktgkey"
    assert _cli("key", "export", path, "--unit", "Torsby kommun", "--out", str(out))[0] == 0
    monkeypatch.setenv("AKTG_KEY_PASSWORD", "bos eget")
    code, said = _cli("key", "import", str(bo_path), str(out))
    assert code == 0 and "10 case files, 10 new or changed" in said
    assert "SOC/2023-999999" in _cli("key", "show", str(bo_path), "--unit",
                                     "Torsby kommun")[1]
    capsys.readouterr()
    monkeypatch.setenv("AKTG_KEY_PASSWORD", "fel")
    assert _cli("key", "show", path)[0] == 2
    assert "not the password" in capsys.readouterr().err
    assert _cli("key", "delete", path, "--unit", "Torsby kommun")[0] == 2  # not confirmed
    assert "--yes" in capsys.readouterr().err
    code, said = _cli("key", "delete", path, "--unit", "Torsby kommun", "--yes")
    assert code == 0 and "for good" in said
    monkeypatch.setenv("AKTG_KEY_PASSWORD", PASSWORD)
    assert "Torsby" not in _cli("key", "show", path)[1]  # only Eda's key is left


def test_without_a_password_or_a_terminal_the_command_says_how_to_give_one(
        drawn: tuple[Project, list[dict[str, str]]], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    project, _rows = drawn
    project.close()
    monkeypatch.delenv("AKTG_KEY_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert _cli("key", "show", str(project.path))[0] == 2  # bad input, as a wrong one
    err = capsys.readouterr().err
    assert "AKTG_KEY_PASSWORD" in err and err.startswith("Error: ")
    assert len(err.strip().splitlines()) == 1


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_password_is_asked_at_the_terminal_without_echo(
        drawn: tuple[Project, list[dict[str, str]]], monkeypatch: pytest.MonkeyPatch) -> None:
    project, rows = drawn
    project.close()
    asked: list[str] = []
    monkeypatch.delenv("AKTG_KEY_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", _Terminal())

    def ask(prompt: str = "") -> str:
        asked.append(prompt)
        return PASSWORD

    monkeypatch.setattr("getpass.getpass", ask)
    code, shown = _cli("key", "show", str(project.path), "--unit", "Eda kommun")
    assert code == 0 and rows[10]["Diarienummer"] in shown
    assert asked == ["Password of the key list: "]


def test_opening_the_key_of_a_100_file_unit_takes_under_half_a_second(
        tmp_path: Path, template: Template) -> None:
    import time

    with review.create_project(tmp_path / "p.aktg", title="T", template=template,
                               units=[("Torsby kommun", 100)]) as project:
        unit = project.units()[0]
        rows = population(100)
        keylist.store_drawn(project, unit.id, [(f.id, row) for f, row in zip(
            project.case_files(unit.id), rows, strict=True)], PASSWORD)
        times = []
        for _round in range(3):
            started = time.perf_counter()
            assert len(keylist.open_key(project, unit.id, PASSWORD)) == 100
            times.append(time.perf_counter() - started)
    assert min(times) <= 0.5  # ~0.09 s measured (benchmarks/bench_key.py)
