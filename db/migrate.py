"""Versioned schema migrations (Alembic), with a backup before any upgrade.

A database written by a newer Qabyldau is refused, not "downgraded" by accident.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaTooNewError(Exception):
    """The database was written by a newer version of the program."""

    def __init__(self, found: str, known: str) -> None:
        super().__init__(
            f"The database has schema version {found}, which this version of Qabyldau does not "
            f"know (it knows up to {known}). Install the newer version of the program."
        )
        self.found = found
        self.known = known


def is_model_table(name: str | None) -> bool:
    """False for tables the models don't describe: the FTS5 index and its shadow tables."""
    return not (name or "").startswith("applicant_fts")


def schema_differences(engine: Engine) -> list:
    """What differs between the models and the database (empty when in step)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from db.models import Base

    with engine.connect() as conn:
        mc = MigrationContext.configure(
            conn,
            opts={
                "include_name": lambda name, type_, _parent: (
                    type_ != "table" or is_model_table(name)
                )
            },
        )
        return compare_metadata(mc, Base.metadata)


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def copy_sqlite(source: Path, dest: Path) -> None:
    """Copy a SQLite database with the online backup API (never a raw copy of a WAL file).

    The one implementation of a database copy: the pre-migration backup below and the
    office's backups (app/backup.py) both use it. The copy is written under a temporary name
    beside `dest` and renamed only when complete, so a full disk or a pulled USB stick never
    leaves a half-written file under the real name. The copy is switched out of WAL mode so
    it is one self-contained file.
    """
    source, dest = Path(source), Path(dest)
    if not source.is_file():  # sqlite3.connect would quietly create an empty database
        raise FileNotFoundError(source)
    tmp = dest.with_name(f".{dest.name}.part")
    tmp.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(source, timeout=30)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode=DELETE")
            finally:
                out.close()
        finally:
            src.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(dest.parent)


def fsync_dir(path: Path) -> None:
    """Make a rename durable. Windows cannot open a directory; NTFS journals the rename."""
    if os.name == "nt":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def backup_sqlite(engine: Engine, dest_dir: Path, label: str) -> Path | None:
    """Copy the engine's SQLite database into `dest_dir` (None for a server database)."""
    db_path = engine.url.database
    if not engine.url.drivername.startswith("sqlite") or not db_path or db_path == ":memory:":
        return None
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / f"{Path(db_path).stem}-{label}-{datetime.now():%Y%m%d-%H%M%S-%f}.sqlite"
    copy_sqlite(Path(db_path), dest)
    return dest


def upgrade(engine: Engine, backup_dir: Path | None = None) -> str | None:
    """Bring the schema to the newest version; returns the backup path made first, if any."""
    current = current_revision(engine)
    head = head_revision()
    if current is not None and current not in _known_revisions():
        raise SchemaTooNewError(current, head)
    if current == head:
        return None
    backup = None
    has_tables = bool(inspect(engine).get_table_names())
    if has_tables and backup_dir is not None:
        backup = backup_sqlite(engine, backup_dir, f"before-{head}")
    with engine.begin() as conn:
        cfg = alembic_config(engine)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return str(backup) if backup else None
