"""The zip of an exchange package: written with its payload hashed on the way, and read
within bounds before anything trusts it: only the entries a package has, the sizes the
manifest says, the payload's SHA-256.
"""

from __future__ import annotations

import hashlib
import time
import zipfile
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from reviewer.errors import NotAPackageError, ProjectFileError
from reviewer.exchange.manifest import (
    ENCRYPTED_NAME,
    MANIFEST_NAME,
    MAX_MANIFEST,
    PAYLOAD_NAME,
    Manifest,
    damaged,
)
from reviewer.i18n import N_, _
from reviewer.userfiles import regular

MAX_PAYLOAD = 8 * 1024**3
MAX_RATIO = 200  # a SQLite file deflates to a third or so; far more is a zip bomb
# A payload up to this size is deflated (a project of ~100,000 answers, to ~10 MB: it fits
# an e-mail); a larger one is stored as it is, since deflating it takes five times as long
# as copying it (see benchmarks/bench_exchange.py).
DEFLATE_UP_TO = 32 * 1024**2
CHUNK = 4 << 20  # bytes read and written at a time
# An encrypted package tells nothing of when it was made: its entries carry the zip
# format's earliest time (the time is sealed inside).
_NO_TIME = (1980, 1, 1, 0, 0, 0)


# -- writing -------------------------------------------------------------------------------


def write_archive(path: Path, manifest: Manifest, stored: Path) -> Manifest:
    """Write the package's zip at `path`: the stored payload (the ciphertext when
    encrypted), then the manifest completed with the payload's size and SHA-256 (returned)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        size = stored.stat().st_size
        # Stored when encrypted (ciphertext does not shrink) or large (see above).
        deflate = not manifest.encrypted and size <= DEFLATE_UP_TO
        stamp = _NO_TIME if manifest.encrypted else time.localtime()[:6]
        manifest = replace(manifest, payload_bytes=size,
                           payload_sha256=_copy_into(archive, stored, deflate, stamp))
        archive.writestr(zipfile.ZipInfo(MANIFEST_NAME, date_time=stamp),
                         manifest.to_json(), zipfile.ZIP_DEFLATED)
    return manifest


def _copy_into(archive: zipfile.ZipFile, payload: Path, deflate: bool,
               stamp: tuple[int, int, int, int, int, int]) -> str:
    """Write the payload into the zip, hashing it on the way (one pass over the file)."""
    info = zipfile.ZipInfo(payload.name, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    info.file_size = payload.stat().st_size
    digest = _Hasher()
    with payload.open("rb") as source, archive.open(info, "w", force_zip64=True) as entry, \
            digest:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            entry.write(chunk)
    return digest.hexdigest()


class _Hasher:
    """SHA-256 of a stream, computed in a thread of its own while the stream is copied (the
    hash releases the GIL), so a large payload is read and written once, not waited on."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self._pool = ThreadPoolExecutor(max_workers=1)  # one worker: chunks stay in order
        self._pending: list[Future[None]] = []

    def __enter__(self) -> _Hasher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._pool.shutdown(wait=True)

    def update(self, chunk: bytes) -> None:
        self._pending = [f for f in self._pending if not f.done()]
        if len(self._pending) > 4:  # at most a few chunks in memory
            self._pending.pop(0).result()
        self._pending.append(self._pool.submit(self._digest.update, chunk))

    def hexdigest(self) -> str:
        for pending in self._pending:
            pending.result()
        return self._digest.hexdigest()


# -- reading -------------------------------------------------------------------------------


def read_manifest(package: Path) -> Manifest:
    """The manifest of a package, after checking that the zip holds just what it should."""
    with _open_zip(Path(package)) as archive:
        return _manifest(archive, str(package))


def _open_zip(package: Path) -> zipfile.ZipFile:
    source = str(package)
    try:
        regular(package)  # a pipe or a device would be waited on, or read without end
        if not zipfile.is_zipfile(package):
            if not package.is_file():
                raise ProjectFileError(N_("The file {path} does not exist."), path=source)
            with package.open("rb") as f:
                if f.read(4) == b"PK\x03\x04":  # a zip that lost its end: cut short
                    raise damaged(source, _("it is not a whole zip file; perhaps it was "
                                            "not copied or sent whole"))
            raise NotAPackageError(N_("{path} is not an Aktgranskning package."), path=source)
        return zipfile.ZipFile(package)
    except NotImplementedError:  # e.g. a zip version or feature Python does not read
        raise damaged(source, _("it is a kind of zip file Aktgranskning does not read")
                      ) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise damaged(source, _("it is not a whole zip file")) from None
    except FileNotFoundError:
        raise ProjectFileError(N_("The file {path} does not exist."), path=source) from None
    except OSError as exc:
        raise ProjectFileError(N_("The file {path} could not be read: {detail}"),
                               path=source, detail=exc.strerror or exc) from exc


def _manifest(archive: zipfile.ZipFile, source: str) -> Manifest:
    names = [info.filename for info in archive.infolist()]
    unexpected = [n for n in names if n not in (MANIFEST_NAME, PAYLOAD_NAME, ENCRYPTED_NAME)]
    if unexpected or len(set(names)) != len(names):
        # Path traversal ("../…"), absolute names and repeated entries are refused here.
        raise damaged(source, _("it holds entries a package does not have: {names}",
                                names=", ".join(sorted(set(unexpected or names)))[:200]))
    if MANIFEST_NAME not in names:
        raise NotAPackageError(N_("{path} is not an Aktgranskning package (it has no "
                                  "manifest)."), path=source)
    info = archive.getinfo(MANIFEST_NAME)
    if info.file_size > MAX_MANIFEST:
        raise damaged(source, _("its manifest is too large"))
    try:
        raw = archive.read(MANIFEST_NAME)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError,
            RuntimeError, zlib.error):
        raise damaged(source, _("its manifest is not readable")) from None
    manifest = Manifest.from_json(raw, source)
    if manifest.payload_name not in names:
        raise damaged(source, _("the project copy is missing"))
    return manifest


def extract_payload(package: Path, folder: Path) -> tuple[Manifest, Path]:
    """The package's manifest, and its payload (as stored: the ciphertext when encrypted)
    taken out into `folder`, checked against the manifest's size and SHA-256."""
    source = str(package)
    with _open_zip(package) as archive:
        manifest = _manifest(archive, source)
        info = archive.getinfo(manifest.payload_name)
        if info.file_size != manifest.payload_bytes or info.file_size > MAX_PAYLOAD:
            raise damaged(source, _("the project copy is not the size the manifest says"))
        if info.file_size > MAX_RATIO * max(info.compress_size, 1) + 1_000_000:
            raise damaged(source, _("the project copy unpacks to far more than its size"))
        stored = folder / manifest.payload_name
        _extract(archive, info, stored, manifest, source)
    return manifest, stored


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path,
             manifest: Manifest, source: str) -> None:
    digest = _Hasher()
    written = 0
    try:
        with archive.open(info) as entry, target.open("wb") as out, digest:
            while chunk := entry.read(CHUNK):
                written += len(chunk)
                if written > manifest.payload_bytes:  # never more than it says
                    raise damaged(source, _("the project copy unpacks to far more than its "
                                            "size"))
                digest.update(chunk)
                out.write(chunk)
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, RuntimeError,
            zlib.error):
        raise damaged(source, _("the project copy is not whole")) from None
    except OSError as exc:
        raise ProjectFileError(N_("The package could not be unpacked: {detail}"),
                               detail=exc.strerror or exc) from exc
    if written != manifest.payload_bytes or digest.hexdigest() != manifest.payload_sha256:
        raise damaged(source, _("the project copy does not match its checksum"))
