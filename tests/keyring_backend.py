"""A real, encrypted, file-backed keyring backend for tests only.

Why not `keyrings.alt.file.EncryptedKeyring`: it needs pycryptodome (not a dependency of
this project), asks for its password with `getpass` (a CLI subprocess test cannot answer),
and declares priority 0.6, which the app rightly refuses as "not recommended" by keyring.
Why not a dict: the tests must go through keyring's real backend protocol and a store that
keeps secrets encrypted on disk, as Windows Credential Manager does on the target.

This backend reuses keyrings.alt's file format (`keyrings.alt.file_base.Keyring`) and
encrypts each secret with AES-256-GCM from `cryptography`, binding it to its service and
username (associated data). The key and the file come from the environment, so a CLI
subprocess selects it with `PYTHON_KEYRING_BACKEND=tests.keyring_backend.TestKeyring`.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from keyring.backend import KeyringBackend
from keyrings.alt.file_base import Keyring

ENV_FILE = "QABYLDAU_TEST_KEYRING_FILE"
ENV_KEY = "QABYLDAU_TEST_KEYRING_KEY"


def new_key() -> str:
    return base64.b64encode(AESGCM.generate_key(bit_length=256)).decode("ascii")


@contextmanager
def active_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """Make `backend` keyring's active backend for a block, then put the previous one back."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


class TestKeyring(Keyring):
    """AES-GCM encrypted file keyring (tests only); priority 1 = "recommended" to keyring."""

    __test__ = False  # not a pytest test class, whatever its name says
    priority = 1  # type: ignore[assignment]
    filename = "qabyldau-test-keyring.cfg"
    scheme = "AES-256-GCM (tests)"
    version = "1.0"

    def __init__(self, file_path: Path | None = None, key: str | None = None) -> None:
        super().__init__()
        path = file_path or os.environ.get(ENV_FILE)
        secret = key or os.environ.get(ENV_KEY)
        if not path or not secret:
            # TypeError is keyring's signal for "cannot be built without arguments": its
            # auto-detection then skips this backend instead of failing.
            raise TypeError(f"{ENV_FILE} and {ENV_KEY} must be set for the test keyring")
        self.file_path = str(path)
        self._aead = AESGCM(base64.b64decode(secret))

    def encrypt(self, password: bytes, assoc: bytes | None = None) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, password, assoc)

    def decrypt(self, password_encrypted: bytes, assoc: bytes | None = None) -> bytes:
        nonce, body = password_encrypted[:12], password_encrypted[12:]
        return self._aead.decrypt(nonce, body, assoc)
