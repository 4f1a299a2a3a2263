"""Packages let in only what the app wrote: no foreign database objects, no manifest or zip
entry that ends in a traceback, no key derivation costlier than the app's own, nothing in the
clear of an encrypted package but what decryption needs, nothing decrypted left behind by a
crash, and no personnummer brought in without the auditor's say."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer import review, scratch
from reviewer.backups import list_backups
from reviewer.errors import (
    DamagedPackageError,
    IdentityNumberInPackageError,
    ReviewerError,
    WrongPasswordError,
)
from reviewer.exchange import (
    ENCRYPTED_NAME,
    MANIFEST_NAME,
    PAYLOAD_NAME,
    export_package,
    import_package,
    merge_package,
    read_manifest,
)
from reviewer.model import Code, Template
from reviewer.project import Project
from reviewer.sample import write_demo
from tests.conftest import AUTHOR, in_each_language
from tests.test_exchange import content
from tests.test_exchange_properties import mutate
from tests.test_privacy import PNR

ROOT = Path(__file__).resolve().parent.parent
PERSONNUMMER = f"{PNR[:6]}-{PNR[6:]}"


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """A command run in this process (as `run`, without a new interpreter's start-up)."""
    from reviewer import i18n
    from reviewer.cli import main

    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--lang", "en", *map(str, args)])
    finally:
        i18n.set_language(i18n.DEFAULT_LANGUAGE)
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


def run(*args: str | Path, data: Path, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reviewer", "--lang", "en", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "AKTG_DATA": str(data), **(env or {})})


@pytest.fixture
def demo(tmp_path: Path, template: Template) -> Iterator[Project]:
    """A small project with an answer and a reason."""
    with review.create_project(tmp_path / "demo.aktg", title="Liten granskning",
                               template=template, units=[("Torsby kommun", 3)]) as project:
        file_id = project.case_files(project.units()[0].id)[0].id
        review.set_answer(project, file_id, "1", Code.EB, author=AUTHOR, reason="Oklart.")
        yield project


def entries(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def repack(good: Path, out: Path, *, payload: Callable[[sqlite3.Connection], object] | None = None,
           manifest: Callable[[dict[str, Any]], object] | None = None,
           raw_manifest: bytes | None = None) -> Path:
    """`good` with its project copy changed by SQL and/or its manifest edited, the checksum
    recomputed: a forged package that passes every check of integrity."""
    parts = entries(good)
    data = parts[PAYLOAD_NAME]
    if payload is not None:
        copy = out.with_suffix(".tmp")
        copy.write_bytes(data)
        connection = sqlite3.connect(copy)
        payload(connection)
        connection.commit()
        connection.close()
        data = copy.read_bytes()
        copy.unlink()
    fields = json.loads(parts[MANIFEST_NAME])
    fields["payload"].update(bytes=len(data), sha256=hashlib.sha256(data).hexdigest())
    if manifest is not None:
        manifest(fields)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST_NAME, raw_manifest or json.dumps(fields).encode())
        archive.writestr(PAYLOAD_NAME, data)
    return out


# -- only the app's own schema ---------------------------------------------------------------

TRIGGER = ("CREATE TRIGGER keep_ja AFTER INSERT ON answer_event WHEN new.code = 'Nej' BEGIN "
           "UPDATE answer_event SET code = 'Ja' WHERE id = new.id; "
           "UPDATE answer_head SET code = 'Ja' WHERE event_id = new.id; END")


def test_a_package_with_a_trigger_is_refused_and_set_nej_stays_nej(
        demo: Project, tmp_path: Path) -> None:
    export_package(demo, tmp_path / "good.aktgx", author=AUTHOR)
    forged = repack(tmp_path / "good.aktgx", tmp_path / "forged.aktgx",
                    payload=lambda c: c.execute(TRIGGER))
    data = tmp_path / "data"
    result = run("import", forged, "--out", tmp_path / "copy.aktg", data=data)
    assert result.returncode == 2 and "keep_ja" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "copy.aktg").exists()
    before = content(demo.path)
    demo.close()
    result = run("merge", demo.path, forged, data=data)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert content(demo.path) == before


@pytest.mark.parametrize("sql", [
    "CREATE VIEW v AS SELECT * FROM unit",
    "CREATE TABLE extra (x)",
    "CREATE INDEX ix_extra ON unit (name)",
    "ALTER TABLE unit ADD COLUMN extra TEXT",
    "DROP INDEX ix_answer_event_cell; CREATE INDEX ix_answer_event_cell ON answer_event "
    "(author)",
], ids=["view", "table", "index", "column", "changed index"])
def test_import_and_merge_take_only_the_objects_the_app_makes(
        demo: Project, tmp_path: Path, sql: str) -> None:
    export_package(demo, tmp_path / "good.aktgx", author=AUTHOR)
    forged = repack(tmp_path / "good.aktgx", tmp_path / "forged.aktgx",
                    payload=lambda c: c.executescript(sql))
    with pytest.raises(DamagedPackageError, match="Aktgranskning"):
        import_package(forged, tmp_path / "copy.aktg", author=AUTHOR)
    before = content(demo.path)
    with pytest.raises(DamagedPackageError):
        merge_package(demo, forged, author=AUTHOR)
    assert content(demo.path) == before and not (tmp_path / "copy.aktg").exists()


def test_check_lists_a_foreign_object_as_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "p.aktg"
    write_demo(path).close()
    assert cli("check", path).returncode == 0
    connection = sqlite3.connect(path)
    connection.executescript(TRIGGER + "; CREATE VIEW peek AS SELECT * FROM unit;")
    connection.close()
    result = cli("check", path)
    assert result.returncode == 2
    problems = [line for line in result.stdout.splitlines() if line.startswith("Problem")]
    assert problems and "keep_ja" in problems[0] and "peek" in problems[0]


def test_a_file_upgraded_from_format_1_holds_nothing_foreign(tmp_path: Path) -> None:
    path = tmp_path / "old.aktg"
    connection = sqlite3.connect(path)
    connection.executescript((ROOT / "tests" / "data" / "format1.sql").read_text("utf-8"))
    connection.close()
    Project.open(path).close()  # upgraded
    result = cli("check", path)
    assert "objects" not in result.stdout, result.stdout


# -- no tracebacks -----------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [b"[" * 200_000, b'{"a":' * 50 + b"1" + b"}" * 50],
                         ids=["200000 brackets", "nested 50 deep"])
def test_a_manifest_nested_too_deep_is_refused_clearly(
        demo: Project, tmp_path: Path, raw: bytes) -> None:
    export_package(demo, tmp_path / "good.aktgx", author=AUTHOR)
    forged = repack(tmp_path / "good.aktgx", tmp_path / "deep.aktgx", raw_manifest=raw)
    with pytest.raises(DamagedPackageError, match="manifest"):
        read_manifest(forged)
    with pytest.raises(DamagedPackageError):
        merge_package(demo, forged, author=AUTHOR)
    demo.close()
    result = cli("import", forged, "--out", tmp_path / "x.aktg")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_a_payload_claiming_an_older_format_on_the_current_schema_is_refused(
        demo: Project, tmp_path: Path) -> None:
    export_package(demo, tmp_path / "good.aktgx", author=AUTHOR)
    forged = repack(tmp_path / "good.aktgx", tmp_path / "old.aktgx", payload=lambda c: c.execute(
        "UPDATE meta SET value = '2' WHERE key = 'format_version'"))
    before = content(demo.path)
    with pytest.raises(DamagedPackageError):
        merge_package(demo, forged, author=AUTHOR)
    assert content(demo.path) == before
    with pytest.raises(DamagedPackageError):
        import_package(forged, tmp_path / "x.aktg", author=AUTHOR)
    assert not (tmp_path / "x.aktg").exists()


def test_a_payload_of_a_real_older_format_is_upgraded_on_import(tmp_path: Path) -> None:
    old = tmp_path / "v2.aktg"
    connection = sqlite3.connect(old)
    connection.executescript((ROOT / "tests" / "data" / "format2.sql").read_text("utf-8"))
    project_id = connection.execute("SELECT value FROM meta WHERE key = 'project_id'"
                                    ).fetchone()[0]
    connection.close()
    data = old.read_bytes()
    manifest = {"format": "aktgx", "package_version": 1, "package_id": "p-1",
                "project_id": project_id, "project_title": "Äldre", "exported_by": "Bo",
                "exported_at": "2026-01-01T00:00:00+00:00", "app_version": "0.1",
                "units": [], "partial": False, "encryption": None,
                "payload": {"name": PAYLOAD_NAME, "bytes": len(data),
                            "sha256": hashlib.sha256(data).hexdigest(), "project_format": 2}}
    package = tmp_path / "v2.aktgx"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr(MANIFEST_NAME, json.dumps(manifest))
        archive.writestr(PAYLOAD_NAME, data)
    import_package(package, tmp_path / "new.aktg", author=AUTHOR)
    with Project.open(tmp_path / "new.aktg") as project:
        assert project.info.id == project_id


def _patched(data: bytes, signature: bytes, name: bytes, offset: int, value: bytes) -> bytes:
    """`data` with the header (`signature`: local or central) of entry `name` changed at
    `offset` (the zip version at 4 or 6, the compression method at 10 or 8)."""
    out = bytearray(data)
    at = 0
    while (at := out.find(signature, at)) != -1:
        name_at = at + (30 if signature == b"PK\x03\x04" else 46)
        if out[name_at:name_at + len(name)] == name:
            out[at + offset:at + offset + len(value)] = value
        at += 4
    return bytes(out)


CENTRAL, LOCAL = b"PK\x01\x02", b"PK\x03\x04"


@pytest.mark.parametrize("change", [
    (CENTRAL, MANIFEST_NAME, 6, b"\x63\x00"),  # needs zip version 9.9
    (CENTRAL, PAYLOAD_NAME, 6, b"\x63\x00"),
    (CENTRAL, MANIFEST_NAME, 10, b"\x63\x00"),  # compression method 99 (AES zip)
    (CENTRAL, PAYLOAD_NAME, 10, b"\x09\x00"),  # deflate64
    (CENTRAL, PAYLOAD_NAME, 8, b"\x41\x00"),  # flag bit 6: strong encryption
], ids=["manifest version", "payload version", "manifest method", "payload method",
        "strong encryption"])
def test_zip_entries_python_does_not_read_are_refused_clearly(
        demo: Project, tmp_path: Path, change: tuple[bytes, str, int, bytes]) -> None:
    export_package(demo, tmp_path / "good.aktgx", author=AUTHOR)
    signature, name, offset, value = change
    package = tmp_path / "odd.aktgx"
    package.write_bytes(_patched((tmp_path / "good.aktgx").read_bytes(), signature,
                                 name.encode(), offset, value))
    before = content(demo.path)
    with pytest.raises(DamagedPackageError):
        merge_package(demo, package, author=AUTHOR)
    with pytest.raises(DamagedPackageError):
        import_package(package, tmp_path / "x.aktg", author=AUTHOR)
    assert content(demo.path) == before and not (tmp_path / "x.aktg").exists()


# -- encryption --------------------------------------------------------------------------------


def _format1_encrypted(project: Project, out: Path, password: str,
                       **kdf: int) -> Path:
    """An encrypted package as versions before the sealed manifest wrote it (format 1: the
    whole manifest in the clear), with the key derivation's parameters of `kdf`."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    plain_package = out.with_suffix(".plain")
    export_package(project, plain_package, author=AUTHOR)
    parts = entries(plain_package)
    manifest = json.loads(parts[MANIFEST_NAME])
    salt, nonce = os.urandom(16), os.urandom(12)
    n, r, p = kdf.get("n", 2**15), kdf.get("r", 8), kdf.get("p", 1)
    key = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(password.encode())
    stored = AESGCM(key).encrypt(nonce, parts[PAYLOAD_NAME], f"aktgx:{manifest['package_id']}:"
                                 f"{manifest['project_id']}".encode())
    manifest["encryption"] = {"cipher": "AES-256-GCM", "kdf": "scrypt", "n": n, "r": r, "p": p,
                              "salt": base64.b64encode(salt).decode(),
                              "nonce": base64.b64encode(nonce).decode()}
    manifest["payload"].update(name=ENCRYPTED_NAME, bytes=len(stored),
                               sha256=hashlib.sha256(stored).hexdigest())
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(MANIFEST_NAME, json.dumps(manifest))
        archive.writestr(ENCRYPTED_NAME, stored)
    return out


def test_a_package_encrypted_by_an_earlier_version_still_opens(
        demo: Project, tmp_path: Path) -> None:
    package = _format1_encrypted(demo, tmp_path / "f1.aktgx", "hemligt")
    with pytest.raises(WrongPasswordError):
        import_package(package, tmp_path / "x.aktg", author=AUTHOR, password="fel")
    manifest = import_package(package, tmp_path / "x.aktg", author=AUTHOR, password="hemligt")
    assert manifest.project_title == demo.info.title


@pytest.mark.parametrize("kdf", [{"n": 2**16}, {"r": 9}, {"p": 2}, {"n": 2**14}],
                         ids=["n 2^16", "r 9", "p 2", "n 2^14"])
def test_only_the_key_derivation_the_app_writes_is_accepted(
        demo: Project, tmp_path: Path, kdf: dict[str, int]) -> None:
    package = _format1_encrypted(demo, tmp_path / "forged.aktgx", "hemligt", **kdf)
    for text in in_each_language(sv="kryptering", en="encryption"):
        with pytest.raises(DamagedPackageError, match=text):
            merge_package(demo, package, author=AUTHOR, password="fel")


def test_an_encrypted_package_keeps_in_the_clear_only_what_decryption_needs(
        tmp_path: Path, template: Template) -> None:
    title, unit, author = "Hemlig granskning Qwerty", "Zyxby kommun", "Xavier Exportör"
    with review.create_project(tmp_path / "p.aktg", title=title, template=template,
                               units=[(unit, 2)]) as project:
        project_id = project.info.id
        manifest = export_package(project, tmp_path / "p.aktgx", author=author,
                                  password="lösen")
    assert manifest.encrypted and manifest.project_title == title
    clear = json.loads(entries(tmp_path / "p.aktgx")[MANIFEST_NAME])
    assert set(clear) == {"format", "package_version", "payload", "encryption"}
    raw = (tmp_path / "p.aktgx").read_bytes()
    for secret in (title, unit, author, project_id, manifest.package_id):
        assert secret.encode() not in raw
    with zipfile.ZipFile(tmp_path / "p.aktgx") as archive:  # nor when it was made
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    shown = read_manifest(tmp_path / "p.aktgx")
    assert shown.encrypted and shown.sealed and shown.project_title == ""
    with pytest.raises(WrongPasswordError):
        import_package(tmp_path / "p.aktgx", tmp_path / "x.aktg", author=AUTHOR,
                       password="fel")
    opened = import_package(tmp_path / "p.aktgx", tmp_path / "x.aktg", author=AUTHOR,
                            password="lösen")
    assert (opened.project_title, opened.exported_by, opened.project_id) == \
        (title, author, project_id)
    assert [name for _id, name in opened.units] == [unit]
    with Project.open(tmp_path / "x.aktg") as copy:
        (package,) = copy.packages().values()
        assert package.exported_by == author


def test_a_sealed_package_whose_inside_is_not_a_project_is_refused(
        demo: Project, tmp_path: Path) -> None:
    from reviewer.exchange.crypto import seal
    from reviewer.exchange.manifest import Manifest

    export_package(demo, tmp_path / "p.aktgx", author=AUTHOR, password="lösen")
    fields = json.loads(entries(tmp_path / "p.aktgx")[MANIFEST_NAME])
    clear = Manifest.from_json(json.dumps(fields).encode(), "p")
    stored = seal(clear, "lösen", b"SQLite format 3\x00 but not a project")
    fields["payload"].update(bytes=len(stored), sha256=hashlib.sha256(stored).hexdigest())
    with zipfile.ZipFile(tmp_path / "f.aktgx", "w") as archive:
        archive.writestr(MANIFEST_NAME, json.dumps(fields))
        archive.writestr(ENCRYPTED_NAME, stored)
    with pytest.raises(DamagedPackageError):
        import_package(tmp_path / "f.aktgx", tmp_path / "x.aktg", author=AUTHOR,
                       password="lösen")
    assert not (tmp_path / "x.aktg").exists()


# -- nothing decrypted left behind -----------------------------------------------------------


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _scratch(data: Path) -> list[Path]:
    folder = data / "scratch"
    return sorted(folder.iterdir()) if folder.exists() else []


def _kill_once(process: subprocess.Popen[bytes], started: Callable[[], bool],
               rng: random.Random, within: float = 0.03) -> bool:
    """SIGKILL `process` at a random moment soon after `started()` holds (the work it
    is tested on has begun); False if it ended first."""
    deadline = time.monotonic() + 60
    while not started() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    hit = process.poll() is None
    time.sleep(rng.uniform(0, within))
    process.send_signal(signal.SIGKILL)
    process.wait()
    return hit


def test_a_killed_merge_of_an_encrypted_package_leaves_nothing_decrypted_behind(
        tmp_path: Path) -> None:
    data, system_tmp = Path(os.environ["AKTG_DATA"]), tmp_path / "tmp"
    system_tmp.mkdir()
    project = tmp_path / "p.aktg"
    with write_demo(project) as demo:
        review.set_answer(demo, demo.case_files(demo.units()[0].id)[0].id, "1", Code.NEJ,
                          author="Bo")
        export_package(demo, tmp_path / "p.aktgx", author="Bo", password="hemligt")
    (tmp_path / "pw").write_text("hemligt\n", encoding="utf-8")
    rng = random.Random(10)
    before = content(project)
    hits = cleaned = 0
    for _kill in range(4):
        merge = subprocess.Popen(
            [sys.executable, "-m", "reviewer", "merge", str(project), str(tmp_path / "p.aktgx"),
             "--password-file", str(tmp_path / "pw")], cwd=ROOT,
            env={**os.environ, "TMPDIR": str(system_tmp)},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Killed while unpacking, decrypting or merging: once its work folder is made.
        hits += _kill_once(merge, lambda: any(p.name.startswith(("merge-", "aktgx-merge"))
                                              for p in [*_scratch(data), *_files(system_tmp),
                                                        *system_tmp.iterdir()]), rng)
        assert _files(system_tmp) == []  # nothing in the shared temp folder, ever
        assert content(project) == before  # (the package brings nothing new)
        cleaned += scratch.clean_leftovers()  # what the next start does
        assert _scratch(data) == []
    assert hits >= 3 and cleaned >= 3, (hits, cleaned)


def test_a_killed_report_leaves_no_partial_file_past_the_next_start(tmp_path: Path) -> None:
    data = Path(os.environ["AKTG_DATA"])
    project = tmp_path / "p.aktg"
    write_demo(project).close()
    out = tmp_path / "bilaga.xlsx"
    rng = random.Random(3)
    hits = 0
    for _kill in range(2):
        report = subprocess.Popen(
            [sys.executable, "-m", "reviewer", "report", str(project), "--format", "xlsx",
             "--out", str(out)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Killed while the partial file is written (where a job is noted first).
        hits += _kill_once(report, scratch.partial_path(out).exists, rng, 0.005)
        scratch.clean_leftovers()  # what the next start does
        assert not scratch.partial_path(out).exists()
        assert _scratch(data) == []
    assert hits >= 1


def test_the_next_start_removes_what_a_dead_job_noted_and_spares_a_live_one(
        tmp_path: Path) -> None:
    data = Path(os.environ["AKTG_DATA"])
    target = tmp_path / "bilaga.xlsx"
    dying = ("import os, signal\nfrom pathlib import Path\nfrom reviewer import scratch\n"
             "job = scratch.start('report')\n"
             f"p = job.leave(scratch.partial_path(Path({str(target)!r})))\n"
             "p.write_bytes(b'answers')\n(job.folder / 'copy.aktg').write_bytes(b'x')\n"
             "os.kill(os.getpid(), signal.SIGKILL)\n")
    with scratch.job("merge") as live:
        (live.folder / "copy.aktg").write_bytes(b"in use")
        for _dead in range(2):
            subprocess.run([sys.executable, "-c", dying], cwd=ROOT, check=False)
            assert scratch.partial_path(target).exists()
            assert len(list((data / "scratch").iterdir())) == 4  # two jobs, each with a lock
            # The next start: the command line's (as another process), then the app's.
            if _dead == 0:
                run("status", tmp_path / "none.aktg", data=data)
            else:
                assert scratch.clean_leftovers() == 1
            assert not scratch.partial_path(target).exists()
            assert (live.folder / "copy.aktg").exists()  # a live job is spared
        if sys.platform != "win32":
            assert (data / "scratch").stat().st_mode & 0o777 == 0o700
            assert live.folder.stat().st_mode & 0o777 == 0o700
    assert list((data / "scratch").iterdir()) == []


def test_an_import_to_another_disk_than_the_data_folder_is_copied_whole(
        demo: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    import tempfile

    shm = Path("/dev/shm")
    if not shm.is_dir() or shm.stat().st_dev == tmp_path.stat().st_dev:
        pytest.skip("no second file system here")
    data = Path(tempfile.mkdtemp(dir=shm))
    monkeypatch.setenv("AKTG_DATA", str(data))
    try:
        export_package(demo, tmp_path / "p.aktgx", author=AUTHOR, password="lösen")
        import_package(tmp_path / "p.aktgx", tmp_path / "x.aktg", author=AUTHOR,
                       password="lösen")
        with Project.open(tmp_path / "x.aktg") as copy:
            assert copy.info == demo.info
        assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("demo")) \
            == ["p.aktgx", "x.aktg"]  # no partial file left
        assert list((data / "scratch").iterdir()) == []
    finally:
        shutil.rmtree(data, ignore_errors=True)


# -- personnummer brought by a package -----------------------------------------------------------


@pytest.fixture
def with_personnummer(tmp_path: Path, template: Template) -> Path:
    """A colleague's package whose title, a unit name and a reason hold a personnummer."""
    with review.create_project(tmp_path / "bo.aktg", title=f"Granskning {PERSONNUMMER}",
                               template=template, units=[("Torsby kommun", 2)],
                               allow_identity=True) as bo:
        review.add_unit(bo, f"Eda {PERSONNUMMER}", files=1, allow_identity=True)
        first = bo.case_files(bo.units()[0].id)[0].id
        review.set_answer(bo, first, "1", Code.EB, author="Bo",
                          reason=f"Se akt för {PERSONNUMMER}.", allow_identity=True)
        export_package(bo, tmp_path / "bo.aktgx", author="Bo", password="lösen")
    return tmp_path / "bo.aktgx"


def test_an_import_lists_the_personnummer_it_brings_and_asks(
        with_personnummer: Path, tmp_path: Path) -> None:
    with pytest.raises(IdentityNumberInPackageError) as refused:
        import_package(with_personnummer, tmp_path / "x.aktg", author=AUTHOR, password="lösen")
    assert len(refused.value.found) == 3 and all(PERSONNUMMER in f for f in refused.value.found)
    assert not (tmp_path / "x.aktg").exists()
    (tmp_path / "pw").write_text("lösen\n", encoding="utf-8")
    result = cli("import", with_personnummer, "--out", tmp_path / "x.aktg", "--password-file",
                 tmp_path / "pw")
    assert result.returncode == 2 and PERSONNUMMER in result.stderr
    assert "--allow-identity-number" in result.stderr and not (tmp_path / "x.aktg").exists()
    result = cli("import", with_personnummer, "--out", tmp_path / "x.aktg", "--password-file",
                 tmp_path / "pw", "--allow-identity-number")
    assert result.returncode == 0 and (tmp_path / "x.aktg").exists()


def test_a_merge_asks_before_keeping_a_new_personnummer_but_not_one_already_kept(
        tmp_path: Path, template: Template) -> None:
    with review.create_project(tmp_path / "a.aktg", title="Gemensam", template=template,
                               units=[("Torsby kommun", 2)]) as anna:
        export_package(anna, tmp_path / "start.aktgx", author="Anna")
        import_package(tmp_path / "start.aktgx", tmp_path / "bo.aktg", author="Bo")
        with Project.open(tmp_path / "bo.aktg") as bo:
            file_id = bo.case_files(bo.units()[0].id)[1].id
            review.set_answer(bo, file_id, "2", Code.ET, author="Bo",
                              reason=f"Gäller {PERSONNUMMER}.", allow_identity=True)
            export_package(bo, tmp_path / "bo.aktgx", author="Bo")
        before = content(anna.path)
        with pytest.raises(IdentityNumberInPackageError, match=PERSONNUMMER):
            merge_package(anna, tmp_path / "bo.aktgx", author="Anna")
        assert content(anna.path) == before and list_backups(anna.path, anna.info.id) == []
        report = merge_package(anna, tmp_path / "bo.aktgx", author="Anna", allow_identity=True)
        assert report.events_added == 1
        # Once kept, the same text in the same place is not asked about again.
        merge_package(anna, tmp_path / "bo.aktgx", author="Anna")


# -- a bounded fuzz of the package's structure -----------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                  max_size=3),
    max_leaves=8)
ZIP_FIELDS = [(LOCAL, 4, 2), (LOCAL, 6, 2), (LOCAL, 8, 2), (LOCAL, 18, 4), (LOCAL, 22, 4),
              (LOCAL, 26, 2), (LOCAL, 28, 2), (CENTRAL, 6, 2), (CENTRAL, 8, 2),
              (CENTRAL, 10, 2), (CENTRAL, 20, 4), (CENTRAL, 24, 4), (CENTRAL, 28, 2),
              (CENTRAL, 30, 2), (CENTRAL, 42, 4)]
FORGERIES = [TRIGGER, "CREATE VIEW v AS SELECT 1", "CREATE TABLE t (x)",
             "UPDATE meta SET value = '1' WHERE key = 'format_version'",
             "UPDATE meta SET value = '99' WHERE key = 'format_version'",
             "UPDATE meta SET value = 'x' WHERE key = 'project_id'", "DROP TABLE package",
             "DELETE FROM answer_head", "ALTER TABLE unit ADD COLUMN y",
             "PRAGMA application_id = 1"]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*path, index))
    return found


def _set(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    value[path[0]] = _set(value[path[0]], path[1:], new)
    return value


def _structured(package: Path, folder: Path, data: st.DataObject) -> bytes:
    kind = data.draw(st.sampled_from(["manifest", "zip", "payload", "bytes"]))
    raw = package.read_bytes()
    if kind == "zip":
        signature, offset, width = data.draw(st.sampled_from(ZIP_FIELDS))
        name = data.draw(st.sampled_from([MANIFEST_NAME, PAYLOAD_NAME, ENCRYPTED_NAME]))
        value = data.draw(st.binary(min_size=width, max_size=width))
        return _patched(raw, signature, name.encode(), offset, value)
    if kind == "bytes":
        return mutate(raw, data)
    parts = entries(package)
    fields = json.loads(parts[MANIFEST_NAME])
    if kind == "manifest":
        at = data.draw(st.sampled_from(_paths(fields)))
        fields = _set(fields, at, data.draw(JSON))
        if data.draw(st.booleans()):
            fields = [fields] if data.draw(st.booleans()) else {"x": fields}
    elif PAYLOAD_NAME in parts:
        out = folder / "forged.aktgx"
        repack(package, out, payload=lambda c: c.executescript(
            data.draw(st.sampled_from(FORGERIES))))
        return out.read_bytes()
    out = folder / "edited.aktgx"
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(MANIFEST_NAME, json.dumps(fields))
        for name, content_ in parts.items():
            if name != MANIFEST_NAME:
                archive.writestr(name, content_)
    return out.read_bytes()


def test_structured_mutations_of_a_package_are_refused_clearly_or_bring_nothing(
        tmp_path: Path, template: Template) -> None:
    with review.create_project(tmp_path / "a.aktg", title="Gemensam", template=template,
                               units=[("Torsby kommun", 2)]) as a:
        export_package(a, tmp_path / "start.aktgx", author="Anna")
        import_package(tmp_path / "start.aktgx", tmp_path / "b.aktg", author="Bo")
        with Project.open(tmp_path / "b.aktg") as b:
            review.set_answer(b, b.case_files(b.units()[0].id)[0].id, "1", Code.NEJ,
                              author="Bo")
            export_package(b, tmp_path / "plain.aktgx", author="Bo")
            export_package(b, tmp_path / "sealed.aktgx", author="Bo", password="lösen")
        merge_package(a, tmp_path / "plain.aktgx", author="Anna", keep_backups=0)
        before = content(a.path)
        outcomes: dict[str, int] = {}

        @settings(max_examples=200, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
        @given(data=st.data())
        def fuzz(data: st.DataObject) -> None:
            sealed = data.draw(st.booleans())
            package = tmp_path / ("sealed.aktgx" if sealed else "plain.aktgx")
            mutated = tmp_path / "mutated.aktgx"
            mutated.write_bytes(_structured(package, tmp_path, data))
            try:
                report = merge_package(a, mutated, author="Anna", keep_backups=0,
                                       password="lösen" if sealed else None)
            except ReviewerError as exc:  # the project's own error, never a traceback
                outcomes[type(exc).__name__] = outcomes.get(type(exc).__name__, 0) + 1
            else:
                assert report.nothing_new
                outcomes["harmless"] = outcomes.get("harmless", 0) + 1
            assert content(a.path) == before

        fuzz()
    assert sum(outcomes.values()) == 200 and outcomes.get("DamagedPackageError", 0) > 50


def test_a_personnummer_in_the_package_file_name_is_asked_about_too(
        demo: Project, tmp_path: Path) -> None:
    """The project's log of packages keeps the file name: a number in it would stay in the
    project for good."""
    named = tmp_path / f"klient {PERSONNUMMER}.aktgx"
    export_package(demo, named, author=AUTHOR)
    result = cli("import", named, "--out", tmp_path / "x.aktg")
    assert result.returncode == 2 and "file name" in result.stderr
    assert not (tmp_path / "x.aktg").exists()
    before = content(demo.path)
    demo.close()
    result = cli("merge", demo.path, named)
    assert result.returncode == 2 and PERSONNUMMER in result.stderr
    assert content(demo.path) == before
