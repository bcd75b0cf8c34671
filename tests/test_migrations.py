"""Schema migrations: fresh create, upgrade of every golden database, backup, newer refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.context import AppContext
from app.errors import UserError
from db.engine import make_engine
from db.migrate import current_revision, head_revision, schema_differences, upgrade

GOLDEN = sorted((Path(__file__).parent / "golden").glob("schema-*.sqlite"))


def test_fresh_database_is_at_head_and_matches_the_models(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "fresh.sqlite")
    upgrade(engine, tmp_path / "backups")
    assert current_revision(engine) == head_revision()
    diffs = schema_differences(engine)
    assert diffs == [], "models changed without a migration: run alembic revision --autogenerate"
    assert not (tmp_path / "backups").exists(), "an empty database needs no backup"


def test_wal_and_foreign_keys_are_on(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "p.sqlite")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_there_is_a_golden_database_for_the_newest_schema() -> None:
    assert any(p.stem == f"schema-{head_revision()}" for p in GOLDEN), (
        "run tests/golden/make_golden.py after adding a migration"
    )


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.stem)
def test_golden_database_upgrades_with_its_data(golden: Path, tmp_path: Path) -> None:
    db = tmp_path / "qabyldau.sqlite"
    shutil.copy(golden, db)
    old_rev = sqlite3.connect(db).execute("SELECT version_num FROM alembic_version").fetchone()[0]
    ctx = AppContext(tmp_path)
    try:
        assert current_revision(ctx.engine) == head_revision()
        with ctx.engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT a.incoming_number, p.surname FROM application a "
                "JOIN applicant p ON p.id = a.applicant_id"
            ).one()
        assert tuple(row) == ("1/2026", "Әбдіғалиев")
    finally:
        ctx.close()
    backups = list((tmp_path / "backups").glob("*.sqlite"))
    if old_rev != head_revision():
        assert len(backups) == 1
        # The backup is a complete database at the old revision, made with the backup API.
        con = sqlite3.connect(backups[0])
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == old_rev
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    else:
        assert backups == []


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "qabyldau.sqlite")
    upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    engine.dispose()
    with pytest.raises(UserError) as err:
        AppContext(tmp_path)
    assert "9999" in err.value.en
    assert "новой версией" in err.value.ru


def test_trigram_index_follows_the_applicant_table(tmp_path: Path) -> None:
    """Migration 0002's triggers keep the search index in step with inserts and renames."""
    engine = make_engine(tmp_path / "q.sqlite")
    upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO applicant (id, iin, surname, name, search_key, sort_key, created_at, updated_at) "
            "VALUES (1, '791028302728', 'Ахметов', 'Ерлан', 'ахметов ерлан', '', '2026-01-01', '2026-01-01')"
        )
        hits = "SELECT rowid FROM applicant_fts WHERE applicant_fts MATCH ?"
        assert conn.exec_driver_sql(hits, ('"хмет"',)).fetchall() == [(1,)]
        conn.exec_driver_sql("UPDATE applicant SET search_key = 'оспанов ерлан' WHERE id = 1")
        assert conn.exec_driver_sql(hits, ('"хмет"',)).fetchall() == []
        assert conn.exec_driver_sql(hits, ('"оспан"',)).fetchall() == [(1,)]
        conn.exec_driver_sql("DELETE FROM applicant WHERE id = 1")
        assert conn.exec_driver_sql(hits, ('"оспан"',)).fetchall() == []
    engine.dispose()
