"""Backups: made with SQLite's backup API with the bundle files and a manifest, rotated,
made once a day, verified before a restore, refused (touching nothing) when bad."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app import backup
from app.backup import BackupInfo, BackupPolicy, BackupRefusedError
from app.calendar_store import set_override
from app.context import AppContext
from app.errors import UserError
from db.migrate import current_revision, head_revision
from db.models import CalendarOverride, Setting
from tests.test_integrity import corrupt_table, make_office

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    c = make_office(home)
    yield c
    c.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _put(ctx: AppContext, key: str, value: object) -> None:
    with ctx.session() as s:
        ctx.set_setting(s, key, value)


def _get(database: Path, key: str) -> object:
    con = sqlite3.connect(database)
    try:
        row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    except sqlite3.OperationalError:  # no tables at all: they are still in the -wal file
        row = None
    finally:
        con.close()
    return json.loads(row[0]) if row else None


def _archive(home: Path) -> dict[str, bytes]:
    files = {
        "archive/196435100-196400000-000001.qbl": os.urandom(3000),
        "archive/received/196400000-196435100-000001.qbl": os.urandom(2000),
        "documents/store/ab/abcdef.pdf": b"%PDF-1.4 scan",
    }
    for name, data in files.items():
        (home / name).parent.mkdir(parents=True, exist_ok=True)
        (home / name).write_bytes(data)
    return files


# --- making a backup -------------------------------------------------------------------------


def test_a_backup_is_the_database_the_files_and_a_manifest(ctx: AppContext) -> None:
    _put(ctx, "probe", "Әбдіғалиев")
    files = _archive(ctx.paths.root)
    (ctx.paths.archive / ".x.qbl.part").write_bytes(b"half-written")  # a bundle being made
    result = backup.make_backup(ctx, "manual", now=datetime(2026, 3, 10, 9, 30))
    b = result.backup
    folder = ctx.paths.backups
    assert b.path == folder / "qabyldau-20260310-093000-manual.sqlite"
    assert b.files_zip == folder / "qabyldau-20260310-093000-manual.files.zip"
    assert b.manifest == folder / "qabyldau-20260310-093000-manual.json"
    assert not [p for p in folder.iterdir() if p.name.startswith(".")], "no temp file left"

    manifest = json.loads(b.manifest.read_text(encoding="utf-8"))
    assert manifest["kind"] == "manual" and manifest["created"] == "2026-03-10T09:30:00"
    assert manifest["schema"] == head_revision() and manifest["office_code"] == "196435100"
    assert manifest["database"] == {
        "file": b.path.name,
        "sha256": _sha(b.path),
        "size": b.path.stat().st_size,
    }
    assert manifest["files"]["sha256"] == _sha(b.files_zip)
    assert manifest["files"]["count"] == len(files)

    # The copy is a whole database, in one file (not WAL), with what was committed.
    con = sqlite3.connect(b.path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    assert _get(b.path, "probe") == "Әбдіғалиев"
    with zipfile.ZipFile(b.files_zip) as zf:
        assert {n: zf.read(n) for n in zf.namelist()} == files


def test_the_backup_api_copies_what_is_still_in_the_write_ahead_log(ctx: AppContext) -> None:
    _put(ctx, "probe", "in the log")
    # The context's connection is open: the commit sits in qabyldau.sqlite-wal.
    raw = ctx.paths.root / "raw-copy.sqlite"
    shutil.copyfile(ctx.paths.database, raw)
    assert _get(raw, "probe") is None, "a plain file copy misses the write-ahead log"
    b = backup.make_backup(ctx).backup
    assert _get(b.path, "probe") == "in the log"


def test_a_damaged_database_is_not_backed_up_and_good_backups_stay(ctx: AppContext) -> None:
    for day in range(1, 20):
        set_override(ctx, date(2026, 4, day), "holiday", note="Наурыз " * 40)
    good = backup.make_backup(ctx, now=datetime(2026, 3, 1, 10)).backup
    ctx.close()
    corrupt_table(ctx.paths.database, "calendar_override")
    with pytest.raises(UserError) as err:
        backup.make_backup(ctx, now=datetime(2026, 3, 2, 10))
    assert err.value.code == "backup-source-damaged"
    assert [b.path for b in backup.list_backups(ctx)] == [good.path]
    assert sorted(p.name for p in ctx.paths.backups.iterdir()) == sorted(
        [good.path.name, good.manifest.name, good.files_zip.name]  # type: ignore[union-attr]
    )


def test_backup_folder_setting_and_an_unavailable_folder(ctx: AppContext, tmp_path: Path) -> None:
    usb = tmp_path / "usb" / "Qabyldau backups"
    pol = backup.configure(ctx, folder=usb, keep_daily=3)
    assert pol.folder == usb.resolve() and pol.custom_folder and pol.keep_daily == 3
    made = backup.make_backup(ctx).backup
    assert made.path.parent == usb.resolve()
    assert [b.path for b in backup.list_backups(ctx)] == [made.path]
    # The same settings read straight from the file (what `backup list` on a damaged
    # database relies on).
    assert backup.policy(ctx.paths) == backup.policy(ctx)

    # The stick is pulled: a clear refusal, nothing written anywhere.
    shutil.rmtree(tmp_path / "usb")
    (tmp_path / "usb").write_text("not a folder any more")
    with pytest.raises(UserError) as err:
        backup.make_backup(ctx)
    assert err.value.code == "backup-folder-unavailable"
    assert "флешка" in err.value.ru
    with pytest.raises(UserError):
        backup.configure(ctx, folder=tmp_path / "usb" / "x")
    with pytest.raises(UserError) as err:
        backup.configure(ctx, keep_weekly=-1)
    assert err.value.code == "bad-keep-count"
    assert backup.configure(ctx, folder="").folder == ctx.paths.backups


def test_backup_if_due_makes_one_at_the_first_start_of_each_day(ctx: AppContext) -> None:
    monday = datetime(2026, 3, 9, 8, 55)
    first = backup.backup_if_due(ctx, now=monday)
    assert first is not None and first.backup.kind == "auto"
    assert backup.backup_if_due(ctx, now=monday + timedelta(hours=8)) is None
    # A backup made by hand that day counts as the day's backup too.
    backup.make_backup(ctx, now=datetime(2026, 3, 10, 8, 0))
    assert backup.backup_if_due(ctx, now=datetime(2026, 3, 10, 9, 0)) is None
    tuesday = backup.backup_if_due(ctx, now=datetime(2026, 3, 11, 9, 0))
    assert tuesday is not None
    assert [b.created.date() for b in backup.list_backups(ctx)] == [
        date(2026, 3, 11),
        date(2026, 3, 10),
        date(2026, 3, 9),
    ]


def test_a_backup_without_its_manifest_is_not_a_backup(ctx: AppContext) -> None:
    made = backup.make_backup(ctx, now=datetime(2026, 3, 9, 10)).backup
    assert made.manifest is not None
    made.manifest.unlink()  # as if the program died before writing it
    assert backup.list_backups(ctx) == []
    with pytest.raises(BackupRefusedError) as err:
        backup.restore_backup(ctx.paths, made.path)
    assert err.value.check == "manifest"
    # The next backup sweeps the leftovers once they are old enough not to be in progress.
    old = time.time() - 2 * backup.STALE_SECONDS
    for p in (made.path, made.files_zip):
        os.utime(p, (old, old))  # type: ignore[arg-type]
    backup.make_backup(ctx, now=datetime(2026, 3, 10, 10))
    assert not made.path.exists() and not made.files_zip.exists()  # type: ignore[union-attr]


# --- rotation --------------------------------------------------------------------------------


def _info(when: datetime, kind: str = "auto") -> BackupInfo:
    return BackupInfo(path=Path(f"{when:%Y%m%d-%H%M}-{kind}.sqlite"), kind=kind, created=when)


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    start = datetime(2025, 1, 1, 10, 0)
    backups = [
        _info(start + timedelta(days=n))
        for n in range((date(2026, 3, 15) - date(2025, 1, 1)).days + 1)
    ]
    backups.append(_info(datetime(2026, 3, 15, 9, 0)))  # an earlier one the same day
    backups.append(_info(datetime(2026, 3, 15, 15, 0), "manual"))
    backups.append(_info(datetime(2024, 6, 1, 10, 0), "pre-migration"))
    kept = backup.backups_to_keep(backups, BackupPolicy(folder=Path(".")))
    kept_times = sorted(b.created for b in backups if b.path in kept)
    at10 = [
        # monthly: the newest of each of the last 12 months (Apr 2025 – Mar 2026)
        *(datetime(2025, m, d, 10) for m, d in ((4, 30), (5, 31), (6, 30), (7, 31), (8, 31))),
        *(datetime(2025, m, d, 10) for m, d in ((9, 30), (10, 31), (11, 30), (12, 31))),
        datetime(2026, 1, 31, 10),
        # weekly: the newest of each of the last 4 ISO weeks (Sundays), and Feb's last day
        datetime(2026, 2, 22, 10),
        datetime(2026, 2, 28, 10),
        datetime(2026, 3, 1, 10),
        datetime(2026, 3, 8, 10),
        # daily: the newest of each of the last 7 days
        *(datetime(2026, 3, d, 10) for d in range(9, 15)),
    ]
    assert kept_times == [*at10, datetime(2026, 3, 15, 15, 0)]
    # Only rotated kinds are ever chosen from; a pre-migration copy is not rotated at all.
    assert Path("20240601-1000-pre-migration.sqlite") not in kept


def test_pruning_removes_every_part_and_leaves_other_copies(
    ctx: AppContext, tmp_path: Path
) -> None:
    backup.configure(ctx, keep_daily=3, keep_weekly=2, keep_monthly=2)
    # A copy made before a migration, kept apart from the rotation.
    pre = ctx.paths.backups / "qabyldau-before-0002-20251101-120000-000001.sqlite"
    pre.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ctx.paths.database, pre)
    day = datetime(2025, 12, 28, 10)
    while day <= datetime(2026, 1, 12, 10):
        backup.backup_if_due(ctx, now=day)
        day += timedelta(days=1)
    listed = backup.list_backups(ctx)
    assert [(b.created, b.kind) for b in listed] == [
        (datetime(2026, 1, 12, 10), "auto"),  # daily, weekly (week 3), monthly (January)
        (datetime(2026, 1, 11, 10), "auto"),  # daily, weekly (week 2)
        (datetime(2026, 1, 10, 10), "auto"),  # daily
        (datetime(2025, 12, 31, 10), "auto"),  # monthly (December)
        (datetime(2025, 11, 1, 12), "pre-migration"),
    ]
    stems = {p.name.split(".")[0] for p in ctx.paths.backups.iterdir()}
    assert stems == {b.name for b in listed}, "a pruned backup leaves no part behind"


# --- restore ---------------------------------------------------------------------------------


def test_restore_puts_the_backup_in_place_and_keeps_the_replaced_database(
    ctx: AppContext,
) -> None:
    files = _archive(ctx.paths.root)
    set_override(ctx, date(2026, 3, 30), "holiday")
    made = backup.make_backup(ctx, now=datetime(2026, 3, 10, 9, 0)).backup
    set_override(ctx, date(2026, 6, 17), "holiday")  # after the backup
    lost = ctx.paths.root / "archive/196435100-196400000-000001.qbl"
    lost.unlink()
    kept = ctx.paths.root / "archive/received/196400000-196435100-000001.qbl"
    kept.write_bytes(b"the office's own newer copy")
    ctx.close()

    result = backup.restore_backup(ctx.paths, made.path, now=datetime(2026, 3, 12, 14, 0))

    assert [c.name for c in result.verification.checks] == [
        "manifest",
        "database_hash",
        "integrity",
        "schema",
        "files",
    ]
    assert result.previous == ctx.paths.backups / "qabyldau-before-restore-20260312-140000.sqlite"
    assert result.files_restored == 1
    assert lost.read_bytes() == files["archive/196435100-196400000-000001.qbl"]
    assert kept.read_bytes() == b"the office's own newer copy", "never overwrites a file"
    with AppContext(ctx.paths.root) as again, again.session() as s:
        assert list(s.scalars(select(CalendarOverride.day))) == [date(2026, 3, 30)]
    # The replaced database is whole and has what was entered after the backup.
    con = sqlite3.connect(result.previous)  # type: ignore[arg-type]
    days = [r[0] for r in con.execute("SELECT day FROM calendar_override ORDER BY day")]
    con.close()
    assert days == ["2026-03-30", "2026-06-17"]
    assert result.previous in [b.path for b in backup.list_backups(ctx.paths)]
    assert not [p for p in ctx.paths.root.iterdir() if p.name.startswith(".")]


def _refused(ctx: AppContext, ref: Path | str, check: str) -> BackupRefusedError:
    ctx.close()
    db_before = _sha(ctx.paths.database)
    backups_before = sorted(p.name for p in ctx.paths.backups.iterdir())
    with pytest.raises(BackupRefusedError) as err:
        backup.restore_backup(ctx.paths, ref)
    assert err.value.check == check, err.value.en
    assert "ничего не изменено" in err.value.ru
    assert _sha(ctx.paths.database) == db_before
    assert sorted(p.name for p in ctx.paths.backups.iterdir()) == backups_before
    assert not [p for p in ctx.paths.root.iterdir() if p.name.startswith(".")]
    return err.value


def test_a_changed_database_copy_is_refused(ctx: AppContext) -> None:
    made = backup.make_backup(ctx).backup
    data = bytearray(made.path.read_bytes())
    data[-100] ^= 0xFF
    made.path.write_bytes(bytes(data))
    _refused(ctx, made.path, "database_hash")
    assert not backup.check_backup(ctx.paths, made.path).ok


def test_a_damaged_files_archive_is_refused(ctx: AppContext) -> None:
    _archive(ctx.paths.root)
    made = backup.make_backup(ctx).backup
    assert made.files_zip is not None
    made.files_zip.write_bytes(made.files_zip.read_bytes()[:-40])
    _refused(ctx, made.name, "files")  # by its name, as `backup list` shows it


def test_a_damaged_copy_without_manifest_is_refused(ctx: AppContext) -> None:
    for day in range(1, 20):
        set_override(ctx, date(2026, 4, day), "holiday", note="Наурыз " * 40)
    ctx.close()
    pre = ctx.paths.backups / "qabyldau-before-0002-20260101-120000-000001.sqlite"
    pre.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ctx.paths.database, pre)
    corrupt_table(pre, "calendar_override")
    err = _refused(ctx, pre, "integrity")
    assert "повреждена" in err.ru


def test_a_backup_from_a_newer_program_or_not_ours_is_refused(ctx: AppContext) -> None:
    ctx.close()
    newer = ctx.paths.backups / "qabyldau-before-0002-20260101-120000-000001.sqlite"
    newer.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ctx.paths.database, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    err = _refused(ctx, newer, "schema")
    assert "9999" in err.ru

    other = ctx.paths.root / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    err = _refused(ctx, other, "schema")
    assert "не база данных Qabyldau" in err.ru


def test_a_database_still_open_elsewhere_is_not_replaced(ctx: AppContext) -> None:
    made = backup.make_backup(ctx).backup
    _put(ctx, "probe", "still here")  # the context keeps its connection open
    with pytest.raises(UserError) as err:
        backup.restore_backup(ctx.paths, made.path)
    assert err.value.code == "database-in-use"
    assert _get(ctx.paths.database, "probe") == "still here"
    assert not list(ctx.paths.backups.glob("*before-restore*"))


def test_a_pre_migration_backup_restores_and_is_upgraded_again(tmp_path: Path) -> None:
    golden = sorted(GOLDEN.glob("schema-*.sqlite"))[0]
    old_rev = golden.stem.removeprefix("schema-")
    if old_rev == head_revision():
        pytest.skip("only one schema version so far")
    shutil.copy(golden, tmp_path / "qabyldau.sqlite")
    with AppContext(tmp_path) as c:  # upgrades, backing up first
        with c.session() as s:
            c.set_setting(s, "probe", "after the upgrade")
        (pre,) = [b for b in backup.list_backups(c) if b.kind == "pre-migration"]
    assert pre.schema == old_rev
    result = backup.restore_backup(c.paths, pre.path)
    assert result.backup.schema == old_rev
    with AppContext(tmp_path) as again:
        with again.session() as s:
            assert s.get(Setting, "probe") is None
        assert current_revision(again.engine) == head_revision()


def test_newest_good_backup_skips_a_bad_one(ctx: AppContext) -> None:
    older = backup.make_backup(ctx, now=datetime(2026, 3, 9, 10)).backup
    newer = backup.make_backup(ctx, now=datetime(2026, 3, 10, 10)).backup
    newer.path.write_bytes(b"\0" * 4096)
    ctx.close()
    good = backup.newest_good_backup(ctx.paths)
    assert good is not None and good.path == older.path


# --- the CLI ---------------------------------------------------------------------------------


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QABYLDAU_LANG": "ru", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "app", "--home", str(home), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_cli_backup_now_list_verify_restore(tmp_path: Path) -> None:
    home = tmp_path / "office"
    make_office(home).close()
    r = run(home, "backup", "config", "--keep-daily", "5", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["keep_daily"] == 5

    r = run(home, "backup", "now", "--json")
    assert r.returncode == 0, r.stderr
    made = json.loads(r.stdout)
    assert set(made) == {"backup", "pruned"}
    b = made["backup"]
    assert b["kind"] == "manual" and Path(b["file"]).is_file() and b["schema"] == head_revision()
    assert {"name", "created", "size", "database_sha256", "files_zip", "manifest"} <= set(b)

    r = run(home, "backup", "list", "--json")
    listed = json.loads(r.stdout)
    assert listed["folder"] == str(home / "backups") and listed["keep_daily"] == 5
    assert [x["name"] for x in listed["backups"]] == [b["name"]]
    assert b["name"] in run(home, "backup", "list").stdout

    r = run(home, "backup", "verify", b["name"], "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["ok"] is True

    r = run(home, "calendar", "add-holiday", "2026-06-17")
    assert r.returncode == 0, r.stderr
    r = run(home, "backup", "restore", b["file"], "--json")
    assert r.returncode == 0, r.stderr
    restored = json.loads(r.stdout)
    assert restored["restored_from"] == b["file"] and Path(restored["previous"]).is_file()
    assert [c["name"] for c in restored["checks"] if c["ok"]] == [
        "manifest",
        "database_hash",
        "integrity",
        "schema",
        "files",
    ]
    r = run(home, "calendar", "list", "--year", "2026", "--json")
    assert not [d for d in json.loads(r.stdout)["days"] if d["override"]]

    # A bad backup: exit 2, the reason on stderr, no traceback; `verify` says which check.
    Path(b["file"]).write_bytes(b"\0" * 8192)
    r = run(home, "backup", "restore", b["file"])
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "ничего не изменено" in r.stderr
    r = run(home, "backup", "verify", b["file"])
    assert r.returncode == 1 and "FAILED database_hash" in r.stdout
    r = run(home, "backup", "restore", "no-such-backup")
    assert r.returncode == 2 and "не найдена" in r.stderr
