"""Sealing a package's payload with a password: AES-256-GCM under a key derived with
scrypt (the parameters `manifest` allows). A format 2 package seals the manifest's details
with the project copy, so a package tells nothing of its project until opened.
"""

from __future__ import annotations

import base64
import os
from typing import Any

from reviewer.exchange.manifest import (
    MAX_MANIFEST,
    NONCE_BYTES,
    SALT_BYTES,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    SEALED_VERSION,
    Manifest,
    damaged,
)
from reviewer.i18n import _

_SEALED = b"AKTGX-SEALED\n"  # the sealed plaintext: this, the details' length, details, copy


def new_encryption() -> dict[str, Any]:
    return {"cipher": "AES-256-GCM", "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R,
            "p": SCRYPT_P, "salt": base64.b64encode(os.urandom(SALT_BYTES)).decode(),
            "nonce": base64.b64encode(os.urandom(NONCE_BYTES)).decode()}


def _key(password: str, encryption: dict[str, Any]) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=base64.b64decode(encryption["salt"]), length=32, n=SCRYPT_N, r=SCRYPT_R,
                 p=SCRYPT_P)
    return kdf.derive(password.encode("utf-8"))


def _associated_data(manifest: Manifest) -> bytes:
    if manifest.package_version == SEALED_VERSION:
        return b"aktgx:sealed"  # the ids are inside, sealed with the payload
    # Format 1 bound the ciphertext to its package: a payload moved into another manifest
    # fails.
    return f"aktgx:{manifest.package_id}:{manifest.project_id}".encode()


def seal(manifest: Manifest, password: str, payload: bytes) -> bytes:
    """The stored payload of a format 2 package: its details and the project copy, encrypted
    together (`manifest.encryption` says how)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    assert manifest.encryption is not None and manifest.package_version == SEALED_VERSION
    details = manifest.details_json()
    plain = _SEALED + len(details).to_bytes(4, "big") + details + payload
    return AESGCM(_key(password, manifest.encryption)).encrypt(
        base64.b64decode(manifest.encryption["nonce"]), plain, _associated_data(manifest))


class WrongKey(Exception):
    """The payload does not decrypt with the key: as its checksum matched, the password is
    wrong."""


def unseal(manifest: Manifest, password: str, stored: bytes, source: str
           ) -> tuple[Manifest, memoryview]:
    """(the whole manifest, the project copy's bytes) of an encrypted payload."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    assert manifest.encryption is not None
    try:
        plain = AESGCM(_key(password, manifest.encryption)).decrypt(
            base64.b64decode(manifest.encryption["nonce"]), stored,
            _associated_data(manifest))
    except InvalidTag:
        raise WrongKey from None
    if not manifest.sealed:
        return manifest, memoryview(plain)
    start = len(_SEALED) + 4
    length = int.from_bytes(plain[len(_SEALED):start], "big")
    if not plain.startswith(_SEALED) or length > MAX_MANIFEST or start + length > len(plain):
        raise damaged(source, _("its sealed manifest is not readable"))
    # A view, not a copy: the project copy may be large.
    return (manifest.unsealed(plain[start:start + length], source),
            memoryview(plain)[start + length:])
