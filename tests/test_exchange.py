"""Exchange packages: round trips, split-and-merge, conflicts, encryption, and every kind of
bad package refused with the target project left as it was."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reviewer import review
from reviewer.backups import list_backups
from reviewer.errors import (
    DamagedPackageError,
    NewerPackageError,
    NotAPackageError,
    OtherProjectError,
    PasswordError,
    ProjectFileError,
    ReviewerError,
    WrongPasswordError,
)
from reviewer.exchange import (
    MANIFEST_NAME,
    PAYLOAD_NAME,
    export_package,
    import_package,
    merge_package,
    read_manifest,
)
from reviewer.model import Answer, Code, Template
from reviewer.project import Project
from reviewer.report.builder import build_report
from reviewer.report.model import ReportOptions
from reviewer.sample import write_demo
from reviewer.summary import summarize
from tests.conftest import AUTHOR, audit_trail, in_each_language

SECRET = "Klienten uppger att hen flyttat till Hagfors."


def content(path: Path) -> str:
    """Everything a project file holds, as SQL: equal means nothing changed."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


def state(project: Project) -> dict[str, Any]:
    """What two merged copies must agree on: units, case files, every cell as it reads
    (with its conflict flag), and every event but where it came from (that is local)."""
    units = project.units()
    return {
        "units": [(u.id, u.name) for u in units],
        "files": {u.id: [(f.id, f.label, f.signed_off_by) for f in project.case_files(u.id)]
                  for u in units},
        "cells": {f.id: project.cells(f.id) for u in units for f in project.case_files(u.id)},
        "events": sorted((e.id, e.case_file_id, e.question_key, e.answer, e.author, e.at,
                          e.replaces, e.also_replaces) for e in audit_trail(project)),
        "info": project.info,
    }


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Project]:
    with write_demo(tmp_path / "demo.aktg") as project:
        yield project


def unit_files(project: Project, index: int) -> list[str]:
    return [f.id for f in project.case_files(project.units()[index].id)]


# -- round trip and split ------------------------------------------------------------------


def test_export_then_import_gives_the_same_summaries_reports_and_histories(
        demo: Project, tmp_path: Path) -> None:
    manifest = export_package(demo, tmp_path / "full.aktgx", author=AUTHOR)
    assert manifest.project_id == demo.info.id and not manifest.partial
    assert [name for _id, name in manifest.units] == [u.name for u in demo.units()]
    import_package(tmp_path / "full.aktgx", tmp_path / "copy.aktg", author="Bo Kollega")
    with Project.open(tmp_path / "copy.aktg") as copy:
        assert copy.info == demo.info
        assert summarize(copy) == summarize(demo)
        options = ReportOptions(joint=True, findings=True)
        assert build_report(copy, copy.units(), options) == build_report(demo, demo.units(),
                                                                         options)
        theirs, ours = audit_trail(copy), audit_trail(demo)
        assert [(e.id, e.answer, e.author, e.at, e.replaces) for e in theirs] == \
            [(e.id, e.answer, e.author, e.at, e.replaces) for e in ours]
        (package,) = copy.packages().values()  # each event says it came with the package
        assert {e.origin for e in theirs} == {package.id}
        assert package.exported_by == AUTHOR and package.received_by == "Bo Kollega"


def test_units_split_between_auditors_merge_back_as_if_done_in_one_file(
        tmp_path: Path, template: Template) -> None:
    lead = review.create_project(tmp_path / "lead.aktg", title="Gemensam", template=template,
                                 units=[("Torsby kommun", 3), ("Eda kommun", 3)])
    single = review.create_project(tmp_path / "single.aktg", title="Gemensam",
                                   template=template,
                                   units=[("Torsby kommun", 3), ("Eda kommun", 3)])
    torsby, eda = lead.units()
    export_package(lead, tmp_path / "torsby.aktgx", author=AUTHOR, unit_ids=[torsby.id])
    export_package(lead, tmp_path / "eda.aktgx", author=AUTHOR, unit_ids=[eda.id])
    import_package(tmp_path / "torsby.aktgx", tmp_path / "anna.aktg", author="Anna")
    import_package(tmp_path / "eda.aktgx", tmp_path / "bo.aktg", author="Bo")
    work = {0: [(0, "1", Code.JA), (1, "1", Code.EB), (2, "4", Code.ET)],
            1: [(0, "2", Code.NEJ), (1, "8", Code.JA), (1, "8a", Code.JA)]}
    for unit_index, path, author in ((0, "anna.aktg", "Anna"), (1, "bo.aktg", "Bo")):
        with Project.open(tmp_path / path) as colleague:
            assert len(colleague.units()) == 1  # just their own unit
            files = unit_files(colleague, 0)
            for target in (colleague, single):
                ids = files if target is colleague else unit_files(single, unit_index)
                for index, key, code in work[unit_index]:
                    review.set_answer(target, ids[index], key, code, author=author,
                                      reason="Framgår inte." if code.needs_reason else None)
            export_package(colleague, tmp_path / f"back-{path}x", author=author)
    for path in ("back-anna.aktgx", "back-bo.aktgx"):
        report = merge_package(lead, tmp_path / path, author=AUTHOR)
        assert report.events_added == 3 and not report.conflicts
    assert summarize(lead) == [
        s.__class__(**{**s.__dict__, "unit": lead_unit})
        for s, lead_unit in zip(summarize(single), lead.units(), strict=True)]
    for unit_index in (0, 1):
        for ours, theirs in zip(unit_files(lead, unit_index), unit_files(single, unit_index),
                                strict=True):
            assert {k: c.answer for k, c in lead.cells(ours).items()} == \
                {k: c.answer for k, c in single.cells(theirs).items()}
    lead.close()
    single.close()


# -- merging copies edited apart -----------------------------------------------------------


@pytest.fixture
def two_copies(demo: Project, tmp_path: Path) -> Iterator[tuple[Project, Project]]:
    export_package(demo, tmp_path / "start.aktgx", author=AUTHOR)
    import_package(tmp_path / "start.aktgx", tmp_path / "other.aktg", author="Bo")
    with Project.open(tmp_path / "other.aktg") as other:
        yield demo, other


def edit_apart(a: Project, b: Project) -> tuple[str, str]:
    """The sample project edited apart, with one cell in both; that cell's place."""
    fa, fb = unit_files(a, 1), unit_files(b, 1)
    review.set_answer(a, fa[5], "1", Code.JA, author="Anna")
    review.set_answer(a, fa[6], "2", Code.JA, author="Anna")
    review.set_answer(b, fb[6], "2", Code.EB, author="Bo", reason=SECRET)
    review.set_answer(b, fb[7], "3", Code.NEJ, author="Bo")
    review.rename_unit(b, b.units()[1].id, "Exempelby (omdöpt)")
    return fa[6], "2"


def test_copies_edited_apart_merge_to_the_same_result_in_either_order(
        two_copies: tuple[Project, Project], tmp_path: Path) -> None:
    a, b = two_copies
    cell = edit_apart(a, b)
    export_package(a, tmp_path / "a.aktgx", author="Anna")
    export_package(b, tmp_path / "b.aktgx", author="Bo", password="hemligt")
    into_a = merge_package(a, tmp_path / "b.aktgx", author="Anna", password="hemligt")
    into_b = merge_package(b, tmp_path / "a.aktgx", author="Bo")
    assert state(a) == state(b)
    for report in (into_a, into_b):
        assert report.conflicts == ("Exempelby (omdöpt), case file 7, question 2",) or \
            report.conflicts == ("Exempelby (omdöpt), akt 7, fråga 2",)
        assert report.conflicts_in_project == 1
    (conflict,) = a.conflicts()
    assert (conflict.case_file_id, conflict.question_key) == cell
    newest, older = conflict.sides
    assert (newest.answer.code, newest.author, newest.answer.reason) == (Code.EB, "Bo", SECRET)
    assert (older.answer.code, older.author) == (Code.JA, "Anna")
    shown = a.cells(cell[0])[cell[1]]
    assert shown.conflict and shown.code is Code.EB  # provisional: the newer side
    assert into_a.renamed == (("Exempelby kommun (påhittad)", "Exempelby (omdöpt)"),)

    again = merge_package(a, tmp_path / "b.aktgx", author="Anna", password="hemligt")
    assert again.nothing_new
    before = content(a.path)
    merge_package(a, tmp_path / "b.aktgx", author="Anna", password="hemligt")
    assert content(a.path) == before  # the same package twice changes nothing


def test_a_decision_is_recorded_and_travels(two_copies: tuple[Project, Project],
                                            tmp_path: Path) -> None:
    a, b = two_copies
    case_file_id, key = edit_apart(a, b)
    export_package(b, tmp_path / "b.aktgx", author="Bo")
    merge_package(a, tmp_path / "b.aktgx", author="Anna")
    (conflict,) = a.conflicts()
    chosen = conflict.sides[1]  # Anna keeps her own Ja
    review.resolve_conflict(a, case_file_id, key, chosen.answer, author="Anna")
    assert a.conflicts() == []
    cell = a.cells(case_file_id)[key]
    assert cell.code is Code.JA and not cell.conflict
    decision = a.history(case_file_id, key)[-1]
    assert decision.author == "Anna" and set(decision.also_replaces) | {decision.replaces} \
        == {side.id for side in conflict.sides}
    export_package(a, tmp_path / "a.aktgx", author="Anna")
    merge_package(b, tmp_path / "a.aktgx", author="Bo")
    assert b.conflicts() == [] and b.cells(case_file_id)[key].code is Code.JA
    assert state(a) == state(b)


def test_writing_a_new_answer_in_a_conflict_decides_it(two_copies: tuple[Project, Project],
                                                       tmp_path: Path) -> None:
    a, b = two_copies
    case_file_id, key = edit_apart(a, b)
    export_package(b, tmp_path / "b.aktgx", author="Bo")
    merge_package(a, tmp_path / "b.aktgx", author="Anna")
    review.set_answer(a, case_file_id, key, Code.NEJ, author="Anna")
    assert a.conflicts() == [] and a.cells(case_file_id)[key].code is Code.NEJ


def test_reports_warn_of_an_undecided_conflict(two_copies: tuple[Project, Project],
                                               tmp_path: Path) -> None:
    a, b = two_copies
    edit_apart(a, b)
    export_package(b, tmp_path / "b.aktgx", author="Bo")
    merge_package(a, tmp_path / "b.aktgx", author="Anna")
    report = build_report(a, a.units(), ReportOptions())
    assert any("conflict" in w or "konflikt" in w for w in report.warnings)


def test_sign_off_and_removal_merge_too(two_copies: tuple[Project, Project],
                                        tmp_path: Path) -> None:
    a, b = two_copies
    torsby_b = unit_files(b, 0)
    review.sign_off(b, torsby_b[1], by="Cecilia Granskare")
    review.remove_unit(a, a.units()[1].id, confirm=True)
    export_package(a, tmp_path / "a.aktgx", author="Anna")
    export_package(b, tmp_path / "b.aktgx", author="Bo")
    merge_package(a, tmp_path / "b.aktgx", author="Anna")
    merge_package(b, tmp_path / "a.aktgx", author="Bo")
    for copy in (a, b):
        assert [u.name for u in copy.units()] == ["Torsby kommun"]  # removal wins
        assert copy.case_file(unit_files(copy, 0)[1]).signed_off_by == "Cecilia Granskare"
    assert state(a) == state(b)


# -- encryption ----------------------------------------------------------------------------


def test_an_encrypted_package_needs_its_password_and_hides_the_reasons(
        demo: Project, tmp_path: Path) -> None:
    case_file_id = unit_files(demo, 1)[6]
    review.set_answer(demo, case_file_id, "2", Code.EB, author=AUTHOR, reason=SECRET)
    package = tmp_path / "hemlig.aktgx"
    manifest = export_package(demo, package, author=AUTHOR, password="rätt lösenord")
    assert manifest.encrypted
    raw = package.read_bytes()
    for text in (SECRET, "Hagfors", "Framgår inte vilket datum"):
        assert text.encode("utf-8") not in raw
    with zipfile.ZipFile(package) as archive:
        payload = archive.read(manifest.payload_name)
    assert not payload.startswith(b"SQLite format 3")
    for text in in_each_language(sv="skyddat med ett lösenord", en="protected by a password"):
        with pytest.raises(PasswordError, match=text):
            import_package(package, tmp_path / "x.aktg", author="Bo")
    with pytest.raises(WrongPasswordError):
        import_package(package, tmp_path / "x.aktg", author="Bo", password="fel")
    assert not (tmp_path / "x.aktg").exists()
    import_package(package, tmp_path / "x.aktg", author="Bo", password="rätt lösenord")
    with Project.open(tmp_path / "x.aktg") as opened:
        assert opened.cells(case_file_id)["2"].answer.reason == SECRET


# -- bad packages ----------------------------------------------------------------------------


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _entries(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _with_manifest(entries: dict[str, bytes], **changes: Any) -> dict[str, bytes]:
    manifest = json.loads(entries[MANIFEST_NAME])
    for name, value in changes.items():
        if name in ("bytes", "sha256"):
            manifest["payload"][name] = value
        else:
            manifest[name] = value
    return {**entries, MANIFEST_NAME: json.dumps(manifest).encode()}


def _without_a_case_file(payload: bytes, folder: Path) -> bytes:
    """A project copy with an answer of a case file it does not hold (forged or broken)."""
    path = folder / "inconsistent.aktg"
    path.write_bytes(payload)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("INSERT INTO answer_event (id, case_file_id, question_key, code, "
                       "reason, placement, note, author, at) VALUES ('e-forged', 'no-such-file',"
                       " '1', 'Ja', '', 'cell', '', 'X', '2026-01-01T00:00:00+00:00')")
    connection.commit()
    connection.close()
    data = path.read_bytes()
    path.unlink()
    return data


def _bad_packages(good: Path, folder: Path, demo: Project) -> dict[str, tuple[Path, type]]:
    entries = _entries(good)
    payload = entries[PAYLOAD_NAME]
    manifest = json.loads(entries[MANIFEST_NAME])
    not_a_project = b"SQLite format 3\x00" + bytes(8000)
    inconsistent = _without_a_case_file(payload, folder)
    bomb = bytes(20_000_000)
    cases: dict[str, tuple[bytes | dict[str, bytes], type]] = {
        "not a zip": ("Hej, det här är ett brev.\n".encode() * 20, NotAPackageError),
        "no manifest": ({PAYLOAD_NAME: payload}, NotAPackageError),
        "no payload": ({MANIFEST_NAME: entries[MANIFEST_NAME]}, DamagedPackageError),
        "newer manifest": (_with_manifest(entries, package_version=99), NewerPackageError),
        "manifest not json": ({**entries, MANIFEST_NAME: b"{nej"}, DamagedPackageError),
        "checksum mismatch": (_with_manifest(entries, sha256="0" * 64), DamagedPackageError),
        "truncated": (good.read_bytes()[: len(good.read_bytes()) * 2 // 3],
                      DamagedPackageError),
        "payload not a project": (
            _with_manifest({**entries, PAYLOAD_NAME: not_a_project}, bytes=len(not_a_project),
                           sha256=hashlib.sha256(not_a_project).hexdigest()),
            DamagedPackageError),
        "payload damaged": (
            _with_manifest({**entries, PAYLOAD_NAME: payload[: len(payload) // 2]},
                           bytes=len(payload) // 2,
                           sha256=hashlib.sha256(payload[: len(payload) // 2]).hexdigest()),
            DamagedPackageError),
        "payload inconsistent": (
            _with_manifest({**entries, PAYLOAD_NAME: inconsistent}, bytes=len(inconsistent),
                           sha256=hashlib.sha256(inconsistent).hexdigest()),
            DamagedPackageError),
        "path traversal": ({**entries, "../../etc/aktg-was-here": b"x"}, DamagedPackageError),
        "absolute name": ({**entries, "/tmp/aktg-was-here": b"x"}, DamagedPackageError),
        "zip bomb": (_with_manifest({**entries, PAYLOAD_NAME: bomb}, bytes=len(bomb),
                                    sha256=hashlib.sha256(bomb).hexdigest()),
                     DamagedPackageError),
        "manifest of another package": (
            _with_manifest(entries, project_id="00000000-0000-0000-0000-000000000000"),
            DamagedPackageError),
    }
    made: dict[str, tuple[Path, type]] = {}
    for number, (name, (data, error)) in enumerate(cases.items()):
        path = folder / f"bad-{number}.aktgx"
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            _zip(path, data)
        made[name] = (path, error)
    assert manifest["payload"]["name"] == PAYLOAD_NAME
    return made


def test_every_bad_package_is_refused_clearly_and_changes_nothing(
        demo: Project, tmp_path: Path) -> None:
    good = tmp_path / "good.aktgx"
    export_package(demo, good, author=AUTHOR)
    before = content(demo.path)
    for name, (package, error) in _bad_packages(good, tmp_path, demo).items():
        backups_before = len(list_backups(demo.path, demo.info.id))
        with pytest.raises(error) as refused:
            merge_package(demo, package, author=AUTHOR)
        assert str(refused.value) and "Traceback" not in str(refused.value), name
        assert content(demo.path) == before, name
        if name == "payload inconsistent":
            # Whole as sent, it passes every check up to the writing (so a backup was made),
            # and imports as it is; `reviewer check` names its fault there.
            continue
        # Refused before any copy was needed.
        assert len(list_backups(demo.path, demo.info.id)) == backups_before, name
        with pytest.raises(error):
            import_package(package, tmp_path / "new.aktg", author=AUTHOR)
        assert not (tmp_path / "new.aktg").exists(), name
    assert not any(p.name.startswith("aktg-was-here") for p in Path("/tmp").iterdir())


def test_a_package_of_another_project_is_refused_and_can_be_imported(
        demo: Project, tmp_path: Path, template: Template) -> None:
    with review.create_project(tmp_path / "annan.aktg", title="Annan granskning",
                               template=template, units=[("Eda kommun", 1)]) as other:
        export_package(other, tmp_path / "annan.aktgx", author="Bo")
    before = content(demo.path)
    with pytest.raises(OtherProjectError, match="Annan granskning"):
        merge_package(demo, tmp_path / "annan.aktgx", author=AUTHOR)
    assert content(demo.path) == before
    import_package(tmp_path / "annan.aktgx", tmp_path / "annan kopia.aktg", author=AUTHOR)
    assert read_manifest(tmp_path / "annan.aktgx").project_title == "Annan granskning"


def test_import_never_overwrites_a_file(demo: Project, tmp_path: Path) -> None:
    export_package(demo, tmp_path / "p.aktgx", author=AUTHOR)
    (tmp_path / "finns.aktg").write_bytes(b"mitt eget")
    for text in in_each_language(sv="finns redan", en="already exists"):
        with pytest.raises(ProjectFileError, match=text):
            import_package(tmp_path / "p.aktgx", tmp_path / "finns.aktg", author=AUTHOR)
    assert (tmp_path / "finns.aktg").read_bytes() == b"mitt eget"


def test_a_merge_makes_a_backup_first_and_keeps_the_last_n(
        two_copies: tuple[Project, Project], tmp_path: Path) -> None:
    a, b = two_copies
    edit_apart(a, b)
    export_package(b, tmp_path / "b.aktgx", author="Bo")
    before = content(a.path)
    report = merge_package(a, tmp_path / "b.aktgx", author="Anna", keep_backups=2)
    assert report.backup is not None and content(report.backup) == before
    for _round in range(3):
        review.set_answer(b, unit_files(b, 0)[2], "1",
                          Code.NEJ if _round % 2 else Code.JA, author="Bo")
        export_package(b, tmp_path / "b.aktgx", author="Bo")
        merge_package(a, tmp_path / "b.aktgx", author="Anna", keep_backups=2)
    assert len(list_backups(a.path, a.info.id)) == 2


def test_resolving_needs_a_conflict(demo: Project) -> None:
    for text in in_each_language(sv="ingen konflikt", en="no conflict"):
        with pytest.raises(ReviewerError, match=text):
            review.resolve_conflict(demo, unit_files(demo, 0)[0], "1", Answer(code=Code.JA),
                                    author=AUTHOR)


def test_the_package_is_written_whole_or_not_at_all(demo: Project, tmp_path: Path) -> None:
    with pytest.raises(ReviewerError):
        export_package(demo, tmp_path / "saknas" / "p.aktgx", author=AUTHOR)
    assert list(tmp_path.glob("*.partial")) == [] and list(tmp_path.glob(".aktgx-*")) == []


def test_manifest_is_readable_json_naming_what_is_inside(demo: Project, tmp_path: Path) -> None:
    export_package(demo, tmp_path / "p.aktgx", author=AUTHOR,
                   unit_ids=[demo.units()[0].id])
    raw = json.load(io.BytesIO(_entries(tmp_path / "p.aktgx")[MANIFEST_NAME]))
    assert raw["format"] == "aktgx" and raw["package_version"] == 1
    assert raw["partial"] is True and [u["name"] for u in raw["units"]] == ["Torsby kommun"]
    assert len(raw["payload"]["sha256"]) == 64 and raw["exported_by"] == AUTHOR
    assert raw["encryption"] is None


def test_a_backup_restores_the_earlier_state_and_the_restore_is_backed_up(
        demo: Project, tmp_path: Path) -> None:
    from reviewer.backups import make_backup, restore_backup

    path, project_id = demo.path, demo.info.id
    case_file_id = unit_files(demo, 1)[8]
    backup = make_backup(path, project_id, keep=5)
    assert backup is not None
    review.set_answer(demo, case_file_id, "1", Code.NEJ, author=AUTHOR)
    demo.close()
    restore_backup(path, backup, project_id, keep=5)
    with Project.open(path) as restored:
        assert restored.cells(case_file_id)["1"].code is None
    (newest, *_rest) = list_backups(path, project_id)
    with Project.open(newest.path, readonly=True) as before_restore:
        assert before_restore.cells(case_file_id)["1"].code is Code.NEJ
    with review.create_project(tmp_path / "annan.aktg", title="Annan",
                               template=demo.template) as other:
        other_path = other.path
    with pytest.raises(ProjectFileError):
        restore_backup(path, other_path, project_id, keep=5)
