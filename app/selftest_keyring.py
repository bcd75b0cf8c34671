"""A throw-away encrypted key store for `qabyldau selftest`, living in its temporary folder.

The self-test creates two offices with real keys and must not touch this computer's real key
store (Windows Credential Manager): it would leave test secrets behind in the user's vault. Nor
may it fall back to a plain-text file, which `app.keys` rightly refuses. This backend goes
through keyring's own backend protocol, keeps every secret encrypted with AES-256-GCM (bound to
its service and username) in one JSON file, and holds its key only in memory: when the
self-test ends, the secrets are gone with it.

It is part of the program (not of `tests/`) so that the frozen executable can run the same
self-test. It is never registered as a keyring plugin, and it cannot be built without its
arguments, so keyring's own auto-detection skips it.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError


class SelfTestKeyring(KeyringBackend):
    """AES-256-GCM encrypted JSON file; priority 1, which `app.keys` accepts as secure."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, *, file_path: Path, key: bytes | None = None) -> None:
        # A required keyword: keyring's auto-detection builds candidates without arguments,
        # gets a TypeError and passes this one over.
        super().__init__()
        self.file_path = Path(file_path)
        self._aead = AESGCM(key or AESGCM.generate_key(bit_length=256))

    # --- the file ----------------------------------------------------------------------

    def _read(self) -> dict[str, str]:
        if not self.file_path.is_file():
            return {}
        return json.loads(self.file_path.read_text(encoding="utf-8"))

    def _write(self, entries: dict[str, str]) -> None:
        tmp = self.file_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(entries, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.file_path)

    @staticmethod
    def _entry(service: str, username: str) -> str:
        return f"{service}\x00{username}"

    # --- keyring's backend protocol -------------------------------------------------------

    def get_password(self, service: str, username: str) -> str | None:
        entry = self._entry(service, username)
        blob = self._read().get(entry)
        if blob is None:
            return None
        raw = base64.b64decode(blob)
        try:
            plain = self._aead.decrypt(raw[:12], raw[12:], entry.encode("utf-8"))
        except InvalidTag as exc:
            raise KeyringError(f"self-test key store: {username} does not decrypt") from exc
        return plain.decode("utf-8")

    def set_password(self, service: str, username: str, password: str) -> None:
        entry = self._entry(service, username)
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, password.encode("utf-8"), entry.encode("utf-8"))
        entries = self._read()
        entries[entry] = base64.b64encode(nonce + sealed).decode("ascii")
        self._write(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._read()
        if entries.pop(self._entry(service, username), None) is None:
            raise PasswordDeleteError(f"{username} is not in the self-test key store")
        self._write(entries)
