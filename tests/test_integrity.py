"""Database integrity: quick and full checks with a structured report, and a full disk or a
read-only database file turned into a clear message that loses nothing already committed."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import event, select

from app.calendar_store import set_override
from app.context import AppContext
from app.errors import UserError
from app.intake import ApplicantInput, IntakeRequest, register
from app.integrity import check_file, full_check, quick_check, storage_error
from app.office import init_office
from db.models import Application, CalendarOverride

ROOT = Path(__file__).resolve().parent.parent
ASP_DOCS = [
    "application",
    "identity_document",
    "family_composition",
    "income",
    "household_plot",
    "residence",
]


def make_office(home: Path) -> AppContext:
    ctx = AppContext(home)
    init_office(
        ctx,
        role="akimat",
        code="196435100",
        name_kk="Қосшы ауылдық округі әкімінің аппараты",
        name_ru="Аппарат акима Косшынского сельского округа",
    )
    return ctx


def corrupt_table(database: Path, table: str) -> None:
    """Break the b-tree page of `table` the way a bad sector does (the database must be
    closed, so everything is in the main file and not in the write-ahead log)."""
    con = sqlite3.connect(database)
    try:
        (root,) = con.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        (page_size,) = con.execute("PRAGMA page_size").fetchone()
        assert con.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    finally:
        con.close()
    with open(database, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * 16)  # no b-tree page starts like this


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    c = make_office(home)
    yield c
    c.close()


def _req(iin: str = "791028302728") -> IntakeRequest:
    return IntakeRequest(
        service_code="asp",
        applicant=ApplicantInput(iin=iin, surname="Әбдіғалиев", name="Ерлан"),
        documents=list(ASP_DOCS),
        registered_at=datetime(2026, 3, 10, 10, 0),
        allow_duplicate=True,
    )


# --- checks --------------------------------------------------------------------------------


def test_a_healthy_database_passes_both_checks(ctx: AppContext) -> None:
    set_override(ctx, date(2026, 3, 30), "holiday")
    for report, name in (
        (quick_check(ctx.paths.database), "quick_check"),
        (full_check(ctx.paths.database), "integrity_check"),
    ):
        assert report.ok, report.to_json()
        data = report.to_json()
        assert data["check"] == name
        assert set(data) == {"database", "ok", "check", "integrity", "foreign_keys", "error", "ms"}
        assert data["integrity"] == [] and data["foreign_keys"] == [] and data["error"] is None
    assert "не найдено" in quick_check(ctx.paths.database).summary()["ru"]


def test_a_damaged_page_is_found_by_the_quick_and_the_full_check(ctx: AppContext) -> None:
    for day in range(1, 20):
        set_override(ctx, date(2026, 4, day), "holiday", note="Наурыз мейрамы " * 20)
    ctx.close()
    corrupt_table(ctx.paths.database, "calendar_override")
    for report in (quick_check(ctx.paths.database), full_check(ctx.paths.database)):
        assert not report.ok
        assert report.integrity or report.error, report.to_json()
        assert "повреждена" in report.summary()["ru"] or "не читается" in report.summary()["ru"]
        assert "зақымдалған" in report.summary()["kk"] or "оқу мүмкін" in report.summary()["kk"]


def test_a_reference_to_a_missing_record_is_reported(ctx: AppContext) -> None:
    register(ctx, _req())
    ctx.close()
    con = sqlite3.connect(ctx.paths.database)
    con.execute("PRAGMA foreign_keys=OFF")  # how a bad import or a hand edit gets one in
    con.execute("UPDATE application SET applicant_id = 9999")
    con.commit()
    con.close()
    report = quick_check(ctx.paths.database)
    assert not report.ok and report.integrity == []
    assert report.foreign_keys == [
        {
            "table": "application",
            "rowid": 1,
            "parent": "applicant",
            "fkid": report.foreign_keys[0]["fkid"],
        }
    ]
    assert "1" in report.summary()["ru"]


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "qabyldau.sqlite"
    bad.write_bytes(b"this is not a database file, just text " * 200)
    report = check_file(bad, full=True)
    assert not report.ok and report.error
    assert check_file(tmp_path / "missing.sqlite").error == "file not found"
    assert not (tmp_path / "missing.sqlite").exists(), "a check must not create a database"


# --- a full disk -----------------------------------------------------------------------------


def _limit_pages(ctx: AppContext) -> None:
    """Every new connection may not grow the file: what SQLite sees on a full disk."""
    with ctx.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def limit(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    event.listen(ctx.engine, "connect", limit)
    ctx.engine.dispose()
    ctx._limit = limit  # type: ignore[attr-defined]


def _unlimit(ctx: AppContext) -> None:
    event.remove(ctx.engine, "connect", ctx._limit)  # type: ignore[attr-defined]
    ctx.engine.dispose()


def test_a_full_disk_is_a_message_and_loses_nothing_committed(ctx: AppContext) -> None:
    first = register(ctx, _req())
    assert first.incoming_number == "1/2026"
    _limit_pages(ctx)
    with pytest.raises(UserError) as err:
        for i in range(200):  # until the next page is needed
            register(ctx, _req(iin="061211600012"))
            assert i < 199
    assert err.value.code == "disk-full"
    assert "Нет места на диске" in err.value.ru and "Дискіде орын жоқ" in err.value.kk
    # The application that did not fit left nothing half-written, and what came before it
    # is all there.
    with ctx.session() as s:
        numbers = list(s.scalars(select(Application.incoming_number).order_by(Application.id)))
    _unlimit(ctx)
    assert numbers[0] == "1/2026"
    assert numbers == [f"{n}/2026" for n in range(1, len(numbers) + 1)]
    assert quick_check(ctx.paths.database).ok
    # With room again the numbering carries on without a gap.
    nxt = register(ctx, _req(iin="061211600012"))
    assert nxt.incoming_number == f"{len(numbers) + 1}/2026"


def test_storage_error_only_maps_storage_problems() -> None:
    full = storage_error(sqlite3.OperationalError("database or disk is full"))
    ro = storage_error(sqlite3.OperationalError("attempt to write a readonly database"))
    assert full is not None and full.code == "disk-full"
    assert ro is not None and ro.code == "database-read-only"
    assert storage_error(sqlite3.OperationalError("no such table: x")) is None
    assert storage_error(ValueError("database or disk is full")) is None


# --- a read-only database file ---------------------------------------------------------------


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "app", "--home", str(home), *args]
    if getattr(os, "geteuid", lambda: -1)() == 0:
        # root writes through any file mode; without these capabilities it obeys them.
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: chmod cannot make a file read-only")
        cmd = [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all", *cmd]
    env = {**os.environ, "QABYLDAU_LANG": "ru", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        cmd, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120
    )


def test_a_read_only_database_is_a_message_and_keeps_its_data(tmp_path: Path) -> None:
    original = tmp_path / "office"
    ctx = make_office(original)
    set_override(ctx, date(2026, 3, 30), "holiday", note="Наурыз")
    ctx.close()
    copy = tmp_path / "copy"
    shutil.copytree(original, copy)
    db = copy / "qabyldau.sqlite"
    before = db.read_bytes()
    db.chmod(0o444)
    try:
        r = _cli(copy, "calendar", "add-holiday", "2026-06-17")
        assert r.returncode == 2, (r.stdout, r.stderr)
        assert "Traceback" not in r.stderr
        assert "только для чтения" in r.stderr
        # Reading still works, and shows the data as it was.
        r = _cli(copy, "calendar", "list", "--year", "2026", "--json")
        assert r.returncode == 0, r.stderr
        overrides = [d["date"] for d in json.loads(r.stdout)["days"] if d["override"]]
        assert overrides == ["2026-03-30"]
    finally:
        db.chmod(0o644)
    assert db.read_bytes() == before
    with AppContext(copy) as again, again.session() as s:
        days = list(s.scalars(select(CalendarOverride.day)))
    assert days == [date(2026, 3, 30)]


# --- the CLI ---------------------------------------------------------------------------------


def test_cli_integrity_check(tmp_path: Path) -> None:
    home = tmp_path / "office"
    ctx = make_office(home)
    register(ctx, _req())
    ctx.close()
    r = _plain_cli(home, "integrity", "check", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["ok"] is True and data["check"] == "quick_check"
    r = _plain_cli(home, "integrity", "check", "--full", "--json")
    assert json.loads(r.stdout)["check"] == "integrity_check"
    r = _plain_cli(home, "integrity", "check")
    assert "ошибок не найдено" in r.stdout

    con = sqlite3.connect(home / "qabyldau.sqlite")
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("UPDATE application SET applicant_id = 9999")
    con.commit()
    con.close()
    r = _plain_cli(home, "integrity", "check", "--full", "--json")
    assert r.returncode == 1, r.stderr
    data = json.loads(r.stdout)
    assert data["ok"] is False and data["foreign_keys"][0]["table"] == "application"


def _plain_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QABYLDAU_LANG": "ru", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "app", "--home", str(home), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
