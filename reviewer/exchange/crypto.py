"""Sealing a package's payload with a password: AES-256-GCM under a key derived with
scrypt (the parameters `manifest` allows). A format 2 package seals the manifest's details
with the project copy, so a package tells nothing of its project until opened.

The key list (`reviewer.keylist`) seals with the same cipher and key derivation:
`derive_key`, and `encrypt`/`decrypt` of bytes under a key with a nonce of their own.
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


def derive_key(password: str, salt: bytes) -> bytes:
    """The AES-256 key of `password` (scrypt with the app's own parameters: ~0.1 s and
    32 MB a try)."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(password.encode("utf-8"))


class WrongKey(Exception):
    """The data does not decrypt with the key: the password is wrong (or, where no checksum
    was compared first, the data was changed)."""


def encrypt(key: bytes, plain: bytes, associated: bytes) -> bytes:
    """`plain` sealed under `key` (AES-256-GCM): a fresh random nonce, then the ciphertext
    with its tag, bound to `associated` (which must be given again to open it)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plain, associated)


def decrypt(key: bytes, sealed: bytes, associated: bytes) -> bytes:
    """What `encrypt` sealed; `WrongKey` when `key` or `associated` is not the one it was
    sealed with, or the bytes were changed."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated)
    except (InvalidTag, ValueError):  # ValueError: too short to hold a nonce and a tag
        raise WrongKey from None


def seal_with(encryption: dict[str, Any], password: str, plain: bytes,
              associated: bytes) -> bytes:
    """`plain` encrypted with `password` as `encryption` (from `new_encryption`) says."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(_key(password, encryption)).encrypt(
        base64.b64decode(encryption["nonce"]), plain, associated)


def open_with(encryption: dict[str, Any], password: str, stored: bytes,
              associated: bytes) -> bytes:
    """What `seal_with` sealed; `WrongKey` for another password."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(_key(password, encryption)).decrypt(
            base64.b64decode(encryption["nonce"]), stored, associated)
    except InvalidTag:
        raise WrongKey from None


def _key(password: str, encryption: dict[str, Any]) -> bytes:
    return derive_key(password, base64.b64decode(encryption["salt"]))


def _associated_data(manifest: Manifest) -> bytes:
    if manifest.package_version == SEALED_VERSION:
        return b"aktgx:sealed"  # the ids are inside, sealed with the payload
    # Format 1 bound the ciphertext to its package: a payload moved into another manifest
    # fails.
    return f"aktgx:{manifest.package_id}:{manifest.project_id}".encode()


def seal(manifest: Manifest, password: str, payload: bytes) -> bytes:
    """The stored payload of a format 2 package: its details and the project copy, encrypted
    together (`manifest.encryption` says how)."""
    assert manifest.encryption is not None and manifest.package_version == SEALED_VERSION
    details = manifest.details_json()
    plain = _SEALED + len(details).to_bytes(4, "big") + details + payload
    return seal_with(manifest.encryption, password, plain, _associated_data(manifest))


def unseal(manifest: Manifest, password: str, stored: bytes, source: str
           ) -> tuple[Manifest, memoryview]:
    """(the whole manifest, the project copy's bytes) of an encrypted payload; `WrongKey`
    for another password (as the checksum matched, it is the password that is wrong)."""
    assert manifest.encryption is not None
    plain = open_with(manifest.encryption, password, stored, _associated_data(manifest))
    if not manifest.sealed:
        return manifest, memoryview(plain)
    start = len(_SEALED) + 4
    length = int.from_bytes(plain[len(_SEALED):start], "big")
    if not plain.startswith(_SEALED) or length > MAX_MANIFEST or start + length > len(plain):
        raise damaged(source, _("its sealed manifest is not readable"))
    # A view, not a copy: the project copy may be large.
    return (manifest.unsealed(plain[start:start + length], source),
            memoryview(plain)[start + length:])
