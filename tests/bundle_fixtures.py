"""Two offices for bundle tests: an akim's office and its district, each with its own home and
keys (in the encrypted test keyring), each trusting the other's card after its fingerprint.

Shared by tests/test_bundle.py and tests/test_packets.py.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app import keys, trust
from app.context import AppContext
from app.office import init_office
from tests.keyring_backend import ENV_FILE, ENV_KEY, TestKeyring, active_keyring, new_key

ROOT = Path(__file__).resolve().parent.parent
AKIMAT = "196435100"
DISTRICT = "196400000"
AKIMAT_KK = "Қосшы ауылдық округі әкімінің аппараты"
AKIMAT_RU = "Аппарат акима Косшынского сельского округа"
DISTRICT_KK = "Аудандық жұмыспен қамту бөлімі"
DISTRICT_RU = "Районный отдел занятости и социальных программ"


@dataclass
class World:
    tmp: Path
    a: AppContext  # the akim's office
    d: AppContext  # the district department
    usb: Path
    keyring_file: Path
    keyring_key: str

    def cli_env(self) -> dict[str, str]:
        """The environment a CLI subprocess needs to find the same test keyring."""
        return {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "PYTHONIOENCODING": "utf-8",
            "QABYLDAU_LANG": "ru",
            "PYTHON_KEYRING_BACKEND": "tests.keyring_backend.TestKeyring",
            ENV_FILE: str(self.keyring_file),
            ENV_KEY: self.keyring_key,
        }

    @staticmethod
    def python() -> str:
        return sys.executable


def make_office(home: Path, role: str, code: str, kk: str, ru: str, **kw: str) -> AppContext:
    ctx = AppContext(home)
    init_office(ctx, role=role, code=code, name_kk=kk, name_ru=ru, **kw)
    keys.init_keys(ctx)
    return ctx


def trust_each_other(x: AppContext, y: AppContext, tmp: Path) -> None:
    for src, dst in ((x, y), (y, x)):
        card = keys.public_card(src)
        path = tmp / f"{card['office_code']}.card.json"
        path.write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
        trust.import_card(dst, path, card["fingerprint"])


def make_world(tmp_path: Path, **akimat_kw: str) -> Iterator[World]:
    """The two offices, with the test keyring active while the test runs (a fixture body)."""
    key = new_key()
    with active_keyring(TestKeyring(tmp_path / "keyring.cfg", key)):
        a = make_office(tmp_path / "akimat", "akimat", AKIMAT, AKIMAT_KK, AKIMAT_RU, **akimat_kw)
        d = make_office(tmp_path / "district", "district", DISTRICT, DISTRICT_KK, DISTRICT_RU)
        trust_each_other(a, d, tmp_path)
        yield World(tmp_path, a, d, tmp_path / "usb", tmp_path / "keyring.cfg", key)
        a.close()
        d.close()
