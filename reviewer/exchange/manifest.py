"""The manifest of an exchange package (*.aktgx), read within bounds.

A package without a password is format 1: `manifest.json` says everything (project, title,
units, who exported, the payload's size and SHA-256) and every earlier version reads it. A
package with a password is format 2: its clear manifest holds only what decryption needs
(the cipher, the key derivation's parameters, salt, nonce, and the size and SHA-256 of the
stored ciphertext); the rest of the manifest is sealed with the project copy. Format 1
packages with a password (written before) are still read.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, replace
from typing import Any

from reviewer.errors import DamagedPackageError, NewerPackageError, NotAPackageError
from reviewer.i18n import N_, _

PACKAGE_VERSION = 2  # the newest package format this version reads
PLAIN_VERSION = 1  # without a password
SEALED_VERSION = 2  # with a password
MANIFEST_NAME = "manifest.json"
PAYLOAD_NAME = "project.aktg"
ENCRYPTED_NAME = "project.aktg.enc"
MAX_MANIFEST = 256 * 1024
MAX_DEPTH = 8  # a manifest nests three deep; far deeper is forged (and would recurse)
# The key derivation the app writes, and the only one it reads: ~0.1 s and 32 MB a try.
# Parameters taken from a package would let a forged one cost minutes and gigabytes.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
SALT_BYTES, NONCE_BYTES = 16, 12


def damaged(source: str, why: str) -> DamagedPackageError:
    return DamagedPackageError(N_("The package {path} is damaged ({why}); it was not used."),
                               path=source, why=why)


@dataclass(frozen=True)
class Manifest:
    package_id: str
    project_id: str
    project_title: str
    exported_by: str
    exported_at: str
    app_version: str
    units: tuple[tuple[str, str], ...]  # (id, name) of every unit in the payload
    partial: bool  # only some of the project's units
    payload_name: str
    payload_bytes: int  # as stored in the zip (the ciphertext when encrypted)
    payload_sha256: str
    project_format: int
    encryption: dict[str, Any] | None = None  # kdf, its parameters, salt and nonce (base64)
    package_version: int = PLAIN_VERSION
    # The details (ids, title, units, who exported) are sealed with the payload: they are
    # known only once it is opened with its password, and read as empty until then.
    sealed: bool = False

    @property
    def encrypted(self) -> bool:
        return self.encryption is not None

    def _details(self) -> dict[str, Any]:
        return {"package_id": self.package_id, "project_id": self.project_id,
                "project_title": self.project_title, "exported_by": self.exported_by,
                "exported_at": self.exported_at, "app_version": self.app_version,
                "units": [{"id": i, "name": n} for i, n in self.units],
                "partial": self.partial}

    def to_json(self) -> bytes:
        """The manifest of a package: all of it (format 1), or for a package with a
        password only what decryption needs (format 2; the rest is `details_json`)."""
        payload = {"name": self.payload_name, "bytes": self.payload_bytes,
                   "sha256": self.payload_sha256}
        if self.package_version == SEALED_VERSION:
            data = {"format": "aktgx", "package_version": SEALED_VERSION, "payload": payload,
                    "encryption": self.encryption}
        else:
            data = {"format": "aktgx", "package_version": PLAIN_VERSION, **self._details(),
                    "payload": {**payload, "project_format": self.project_format},
                    "encryption": self.encryption}
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    def details_json(self) -> bytes:
        """What a format 2 package seals with its payload."""
        data = {"format": "aktgx-details", **self._details(),
                "project_format": self.project_format}
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes, source: str) -> Manifest:
        data = _load(raw, source, _("its manifest is not readable"))
        if not isinstance(data, dict) or data.get("format") != "aktgx":
            raise NotAPackageError(N_("{path} is not an Aktgranskning package."), path=source)
        version = data.get("package_version")
        if isinstance(version, int) and not isinstance(version, bool) \
                and version > PACKAGE_VERSION:
            raise NewerPackageError(
                N_("{path} was made by a newer Aktgranskning (package version {version}; "
                   "this one reads {supported}). Update Aktgranskning to use it."),
                path=source, version=version, supported=PACKAGE_VERSION)
        encryption = _encryption(data.get("encryption"), source)
        try:
            payload = data["payload"]
            stored: dict[str, Any] = {"payload_name": _text(payload["name"]),
                      "payload_bytes": _number(payload["bytes"]),
                      "payload_sha256": _text(payload["sha256"])}
            if version == SEALED_VERSION:
                manifest = cls(package_id="", project_id="", project_title="", exported_by="",
                               exported_at="", app_version="", units=(), partial=False,
                               project_format=0, encryption=encryption,
                               package_version=SEALED_VERSION, sealed=True, **stored)
            else:
                manifest = cls(**_details(data), project_format=_number(
                    payload["project_format"]), encryption=encryption, **stored)
        except (KeyError, TypeError, ValueError):
            raise damaged(source, _("its manifest is incomplete")) from None
        if version not in (PLAIN_VERSION, SEALED_VERSION) or manifest.payload_name != (
                ENCRYPTED_NAME if manifest.encrypted else PAYLOAD_NAME) or (
                manifest.sealed and not manifest.encrypted):
            raise damaged(source, _("its manifest is incomplete"))
        return manifest

    def unsealed(self, raw: bytes, source: str) -> Manifest:
        """This manifest with the details sealed in the payload (format 2)."""
        data = _load(raw, source, _("its sealed manifest is not readable"))
        try:
            if not isinstance(data, dict) or data.get("format") != "aktgx-details":
                raise ValueError(data)
            return replace(self, **_details(data),
                           project_format=_number(data["project_format"]), sealed=False)
        except (KeyError, TypeError, ValueError):
            raise damaged(source, _("its sealed manifest is incomplete")) from None


def _load(raw: bytes, source: str, unreadable: str) -> Any:
    """JSON within bounds: a manifest nested deeper than any the app writes is refused
    before the parser could run out of stack on it."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise damaged(source, unreadable) from None
    depth = deepest = 0
    for bracket in re.findall(r"[\[\]{}]", re.sub(r'"(?:[^"\\]|\\.)*"', "", text)):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            raise damaged(source, unreadable)
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise damaged(source, unreadable) from None


def _details(data: dict[str, Any]) -> dict[str, Any]:
    return {"package_id": _text(data["package_id"]), "project_id": _text(data["project_id"]),
            "project_title": _text(data["project_title"]),
            "exported_by": _text(data["exported_by"]),
            "exported_at": _text(data["exported_at"]), "app_version": _text(data["app_version"]),
            "units": tuple((_text(u["id"]), _text(u["name"])) for u in data["units"]),
            "partial": _flag(data["partial"])}


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _number(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError(value)
    return value


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(value)
    return value


def _encryption(value: object, source: str) -> dict[str, Any] | None:
    """The encryption parameters, exactly as the app writes them: a forged package must
    not make the key derivation take minutes or gigabytes."""
    if value is None:
        return None
    try:
        return checked_encryption(value)
    except OtherEncryption:
        raise damaged(source, _("its encryption is not the one Aktgranskning uses")) from None
    except ValueError:
        raise damaged(source, _("its manifest is incomplete")) from None


class OtherEncryption(ValueError):
    """Encryption parameters other than the app's own."""


def checked_encryption(value: object) -> dict[str, Any]:
    """Encryption parameters read from a file (a package's manifest, an exported key list)
    if they are exactly the app's own; `OtherEncryption` if they are others, `ValueError`
    if they are incomplete."""
    try:
        if not isinstance(value, dict) or value.get("cipher") != "AES-256-GCM" \
                or value.get("kdf") != "scrypt":
            raise ValueError(value)
        salt, nonce = (base64.b64decode(_text(value[k]), validate=True)
                       for k in ("salt", "nonce"))
        parameters = tuple(_number(value[k]) for k in ("n", "r", "p"))
    except (KeyError, TypeError, ValueError):
        raise ValueError(value) from None
    if parameters != (SCRYPT_N, SCRYPT_R, SCRYPT_P) or len(salt) != SALT_BYTES \
            or len(nonce) != NONCE_BYTES:
        raise OtherEncryption(parameters)
    return {"cipher": "AES-256-GCM", "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R,
            "p": SCRYPT_P, "salt": value["salt"], "nonce": value["nonce"]}
