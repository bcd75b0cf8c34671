"""Personal data never goes to the logs: a whole intake through the CLI, with every logger
of every library at DEBUG, leaves no ИИН, name, phone or address in what was logged."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from app.cli import main
from tests.test_cli import OFFICE
from tests.test_cli_intake import DOCS

IIN = "791028302728"
SURNAME = "Әбдіғалиев"
PATRONYMIC = "Серікұлы"
PHONE = "+7 701 555 12 34"
ADDRESS = "Қосшы ауылы, Абай көшесі, 17"
SECRETS = (IIN, SURNAME, PATRONYMIC, PHONE, ADDRESS, "Абдигалиев")


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Everything at DEBUG, the SQL engine included (as someone chasing a bug would set it)."""
    caplog.set_level(logging.DEBUG)
    for name in ("sqlalchemy", "sqlalchemy.engine", "alembic", "bagit", "fontTools", "PIL"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main([*args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_a_full_intake_logs_no_personal_data(
    home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    # main() passes --home and the acting user on to the contexts through the environment.
    monkeypatch.setenv("QABYLDAU_USER", "")
    monkeypatch.setenv("QABYLDAU_LANG", "ru")
    h = ["--home", str(home)]
    _cli(capsys, *h, *OFFICE)
    out = _cli(
        capsys,
        *h,
        "intake",
        "--service",
        "asp",
        "--iin",
        IIN,
        "--surname",
        SURNAME,
        "--name",
        "Ерлан",
        "--patronymic",
        PATRONYMIC,
        "--phone",
        PHONE,
        "--address",
        ADDRESS,
        *DOCS,
        "--registered",
        "2026-12-10T10:00",
        "--json",
    )
    number = json.loads(out)["number"]
    _cli(capsys, *h, "talon", number, "--out", str(tmp_path / "talon.pdf"))
    found = json.loads(_cli(capsys, *h, "register", "--search", "абдигал", "--json"))
    assert found["total"] == 1  # the data is there, and was searched for by name
    _cli(
        capsys,
        *h,
        "journal",
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
        "--out",
        str(tmp_path / "journal.pdf"),
    )
    _cli(capsys, *h, "audit", "show", "--entity", "application", "--id", number)

    # The run did log (the SQL engine at least): the check below looks at real records.
    assert len(debug_logs.records) > 20
    logged = "\n".join(f"{r.name} {r.getMessage()} {r.args!r}" for r in debug_logs.records)
    leaks = [s for s in SECRETS if s in logged]
    assert leaks == []
