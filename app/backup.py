"""Backups of the office: the database and the bundle files, made daily, kept by rotation,
verified before a restore.

A backup is made of three files in the backup folder (`backup_dir` setting, default
`HOME/backups`, so the office can point it at a second disk or a USB stick)::

    qabyldau-20260115-093000-auto.sqlite      the database, copied with SQLite's backup API
    qabyldau-20260115-093000-auto.files.zip   the sent/received bundles (archive, inbox,
                                              outbox) and the case files the database names
    qabyldau-20260115-093000-auto.json        the manifest: sha256 and size of both parts

Each part is written under a temporary name and renamed when complete; the manifest is
written last, so a backup without its manifest is a half-made one: never listed, never
restored, swept by the next backup. Every new copy passes `PRAGMA quick_check` before it is
kept, so rotation never throws a good backup away in favour of a damaged one.

Kinds: `auto` (the first start of a day, `backup_if_due`) and `manual` are rotated: the
newest backup of each of the last 7 days, 4 weeks and 12 months is kept (settings
`backup_keep_daily|weekly|monthly`), the rest pruned. `pre-migration` copies (made by
db/migrate.py before a schema upgrade) and `before-restore` copies (the database a restore
replaced) live in `HOME/backups`, are never rotated and can be restored like any other.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import time
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from app import __version__, audit
from app.errors import UserError
from app.integrity import IntegrityReport, full_check, quick_check
from app.paths import HomePaths
from db.migrate import _known_revisions, copy_sqlite, fsync_dir

if TYPE_CHECKING:
    from app.context import AppContext

# --- settings ------------------------------------------------------------------------------

BACKUP_DIR = "backup_dir"
KEEP_DAILY = "backup_keep_daily"
KEEP_WEEKLY = "backup_keep_weekly"
KEEP_MONTHLY = "backup_keep_monthly"
DEFAULT_KEEP = {KEEP_DAILY: 7, KEEP_WEEKLY: 4, KEEP_MONTHLY: 12}
MAX_KEEP = 1000

# Folders under HOME whose files go into every backup: bundles sent and received (the
# archive keeps the office's copy of each, received ones under archive/received) and the
# documents that came with them (app/filestore.py's store). Any other file a `case_file` row
# names is added to these. Printed forms (documents/) are not: they are printed again.
FILE_FOLDERS = ("archive", "inbox", "outbox", "documents/store")

ROTATED_KINDS = ("auto", "manual")
KINDS = (*ROTATED_KINDS, "pre-migration", "before-restore")
MANIFEST_FORMAT = 1
# A part without its manifest older than this is a crashed backup's leftover, not one that
# another window is making right now.
STALE_SECONDS = 3600

_TS = "%Y%m%d-%H%M%S"
_REGULAR = re.compile(r"^(?P<prefix>.+)-(?P<ts>\d{8}-\d{6})-(?P<kind>auto|manual)(?:-(?P<n>\d+))?$")
# db/migrate.py names its copies "<stem>-before-<revision>-<YYYYmmdd-HHMMSS-ffffff>".
_PRE_MIGRATION = re.compile(r"^(?P<prefix>.+)-before-(?P<rev>[^-]+)-(?P<ts>\d{8}-\d{6})-\d{6}$")
_BEFORE_RESTORE = re.compile(r"^(?P<prefix>.+)-before-restore-(?P<ts>\d{8}-\d{6})(?:-\d+)?$")

Progress = Callable[[str], None]


def _err(code: str, kk: str, ru: str, en: str) -> UserError:
    return UserError(code=code, kk=kk, ru=ru, en=en)


@dataclass(frozen=True)
class BackupPolicy:
    """Where backups go and how many of each period are kept."""

    folder: Path
    keep_daily: int = DEFAULT_KEEP[KEEP_DAILY]
    keep_weekly: int = DEFAULT_KEEP[KEEP_WEEKLY]
    keep_monthly: int = DEFAULT_KEEP[KEEP_MONTHLY]
    custom_folder: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "custom_folder": self.custom_folder,
            "keep_daily": self.keep_daily,
            "keep_weekly": self.keep_weekly,
            "keep_monthly": self.keep_monthly,
        }


def _policy_from(values: dict[str, Any], paths: HomePaths) -> BackupPolicy:
    folder = values.get(BACKUP_DIR)
    keep = {}
    for key, default in DEFAULT_KEEP.items():
        value = values.get(key, default)
        keep[key] = value if isinstance(value, int) and 0 <= value <= MAX_KEEP else default
    return BackupPolicy(
        folder=Path(folder) if isinstance(folder, str) and folder else paths.backups,
        keep_daily=keep[KEEP_DAILY],
        keep_weekly=keep[KEEP_WEEKLY],
        keep_monthly=keep[KEEP_MONTHLY],
        custom_folder=isinstance(folder, str) and bool(folder),
    )


def _raw_settings(database: Path) -> dict[str, Any]:
    """The backup settings read straight from the file: this works when the database is too
    damaged (or too new) to open a context on, which is when a restore is wanted."""
    if not database.is_file():
        return {}
    values: dict[str, Any] = {}
    try:
        con = sqlite3.connect(database, timeout=5)
        try:
            con.execute("PRAGMA query_only=ON")
            rows = con.execute(
                "SELECT key, value FROM setting WHERE key IN (?, ?, ?, ?)",
                (BACKUP_DIR, *DEFAULT_KEEP),
            ).fetchall()
        finally:
            con.close()
    except sqlite3.Error:
        return {}
    for key, value in rows:
        with contextlib.suppress(TypeError, ValueError):
            values[key] = json.loads(value)
    return values


def _paths(source: AppContext | HomePaths) -> HomePaths:
    return source if isinstance(source, HomePaths) else source.paths


def policy(source: AppContext | HomePaths) -> BackupPolicy:
    """The office's backup policy (from its settings, else the defaults)."""
    paths = _paths(source)
    if isinstance(source, HomePaths):
        return _policy_from(_raw_settings(paths.database), paths)
    ctx = source
    with ctx.session() as s:
        values = {k: ctx.get_setting(s, k) for k in (BACKUP_DIR, *DEFAULT_KEEP)}
    return _policy_from({k: v for k, v in values.items() if v is not None}, paths)


def _folder_unavailable(folder: Path, exc: OSError | None = None) -> UserError:
    why = f" ({exc.strerror or exc})" if exc else ""
    return _err(
        "backup-folder-unavailable",
        f"Сақтық көшірмелер қалтасы қолжетімсіз: {folder}{why}. Диск немесе флешка "
        "қосылғанын тексеріңіз.",
        f"Папка резервных копий недоступна: {folder}{why}. Проверьте, подключён ли диск или "
        "флешка.",
        f"The backup folder is not available: {folder}{why}. Check that the disk or USB "
        "stick is connected.",
    )


def _check_folder(folder: Path) -> Path:
    """Create the folder if needed and prove a file can be written there."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{os.getpid()}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise _folder_unavailable(folder, exc) from exc
    return folder


def configure(
    ctx: AppContext,
    *,
    folder: Path | str | None = None,
    keep_daily: int | None = None,
    keep_weekly: int | None = None,
    keep_monthly: int | None = None,
) -> BackupPolicy:
    """Change the backup folder and/or how many backups are kept; checked before stored.

    `folder=""` goes back to the default folder (HOME/backups).
    """
    values: dict[str, Any] = {}
    if folder is not None:
        if str(folder).strip():
            path = Path(folder).expanduser().resolve()
            _check_folder(path)
            values[BACKUP_DIR] = str(path)
        else:
            values[BACKUP_DIR] = None
    for key, value in (
        (KEEP_DAILY, keep_daily),
        (KEEP_WEEKLY, keep_weekly),
        (KEEP_MONTHLY, keep_monthly),
    ):
        if value is not None:
            values[key] = _keep_count(value)
    with ctx.session() as s:
        for key, value in values.items():
            before = ctx.get_setting(s, key)
            if before == value:
                continue
            ctx.set_setting(s, key, value)
            audit.record(
                s, entity="setting", entity_id=key, action="set", before=before, after=value
            )
    return policy(ctx)


def _keep_count(value: int) -> int:
    if not isinstance(value, int) or not 0 <= value <= MAX_KEEP:
        raise _err(
            "bad-keep-count",
            f"Сақталатын көшірмелер саны 0-ден {MAX_KEEP}-ге дейін болуы керек: {value}",
            f"Число хранимых копий должно быть от 0 до {MAX_KEEP}: {value}",
            f"The number of backups to keep must be 0 to {MAX_KEEP}: {value}",
        )
    return value


# --- what is in the folder -------------------------------------------------------------------


@dataclass
class BackupInfo:
    """One backup: its database file, its files archive and manifest (when it has them)."""

    path: Path  # the database copy (.sqlite)
    kind: str
    created: datetime
    manifest: Path | None = None
    files_zip: Path | None = None
    schema: str | None = None
    database_sha256: str | None = None
    database_size: int = 0
    files_sha256: str | None = None
    files_size: int = 0
    file_count: int = 0
    office_code: str | None = None
    app_version: str | None = None

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def size(self) -> int:
        return self.database_size + self.files_size

    @property
    def rotated(self) -> bool:
        return self.kind in ROTATED_KINDS

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "file": str(self.path),
            "kind": self.kind,
            "created": self.created.isoformat(timespec="seconds"),
            "size": self.size,
            "database_size": self.database_size,
            "database_sha256": self.database_sha256,
            "files_zip": str(self.files_zip) if self.files_zip else None,
            "files_size": self.files_size,
            "files_sha256": self.files_sha256,
            "file_count": self.file_count,
            "schema": self.schema,
            "office_code": self.office_code,
            "app_version": self.app_version,
            "manifest": str(self.manifest) if self.manifest else None,
            "rotated": self.rotated,
        }


def _manifest_path(db_copy: Path) -> Path:
    return db_copy.with_suffix(".json")


def _files_path(db_copy: Path) -> Path:
    return db_copy.with_suffix(".files.zip")


def _from_manifest(manifest: Path) -> BackupInfo | None:
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        db = data["database"]
        files = data.get("files") or {}
        info = BackupInfo(
            path=manifest.with_name(db["file"]),
            kind=str(data["kind"]),
            created=datetime.fromisoformat(data["created"]),
            manifest=manifest,
            files_zip=manifest.with_name(files["file"]) if files.get("file") else None,
            schema=data.get("schema"),
            database_sha256=db["sha256"],
            database_size=int(db["size"]),
            files_sha256=files.get("sha256"),
            files_size=int(files.get("size") or 0),
            file_count=int(files.get("count") or 0),
            office_code=data.get("office_code"),
            app_version=data.get("app_version"),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if Path(info.path.name).name != info.path.name or info.path.parent != manifest.parent:
        return None  # a manifest naming a file elsewhere is not ours
    return info


def _unmanifested(path: Path) -> BackupInfo | None:
    """A pre-migration or before-restore copy (these have no manifest)."""
    for pattern, kind in ((_BEFORE_RESTORE, "before-restore"), (_PRE_MIGRATION, "pre-migration")):
        m = pattern.match(path.stem)
        if m:
            try:
                size = path.stat().st_size
            except OSError:
                return None
            created = datetime.strptime(m.group("ts"), _TS)
            # Not the revision in a pre-migration name: that is the one it was upgraded to.
            schema = _schema_of(path)
            return BackupInfo(
                path=path, kind=kind, created=created, database_size=size, schema=schema
            )
    return None


def _schema_of(path: Path) -> str | None:
    try:
        # immutable: a listing must not leave -wal/-shm files beside a copy it looks at.
        con = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def _scan(folder: Path) -> list[BackupInfo]:
    found: list[BackupInfo] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return found
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.suffix == ".json" and _REGULAR.match(entry.stem):
            info = _from_manifest(entry)
            if info is not None and info.path.is_file():
                found.append(info)
        elif entry.suffix == ".sqlite":
            info = _unmanifested(entry)
            if info is not None:
                found.append(info)
    return found


def list_backups(source: AppContext | HomePaths) -> list[BackupInfo]:
    """Every complete backup, newest first: the backup folder's, then HOME/backups' copies
    made before a migration or a restore."""
    paths = _paths(source)
    pol = policy(source)
    seen: set[Path] = set()
    backups: list[BackupInfo] = []
    for folder in (pol.folder, paths.backups):
        for info in _scan(folder):
            key = info.path.resolve()
            if key not in seen:
                seen.add(key)
                backups.append(info)
    backups.sort(key=lambda b: (b.created, b.name), reverse=True)
    return backups


# --- rotation --------------------------------------------------------------------------------


def _period_keys() -> list[tuple[str, Callable[[datetime], Any]]]:
    return [
        (KEEP_DAILY, lambda d: d.date()),
        (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    ]


def backups_to_keep(backups: Iterable[BackupInfo], pol: BackupPolicy) -> set[Path]:
    """The rotated backups to keep: the newest of each of the last N days, weeks and months
    that have a backup (each rule on its own; a backup kept by one rule is kept). The newest
    backup is always kept."""
    rotated = sorted((b for b in backups if b.rotated), key=lambda b: b.created, reverse=True)
    keep: set[Path] = {rotated[0].path} if rotated else set()
    limits = {
        KEEP_DAILY: pol.keep_daily,
        KEEP_WEEKLY: pol.keep_weekly,
        KEEP_MONTHLY: pol.keep_monthly,
    }
    for key, period in _period_keys():
        periods: set[Any] = set()
        for b in rotated:
            p = period(b.created)
            if p in periods:
                continue
            if len(periods) >= limits[key]:
                break
            periods.add(p)
            keep.add(b.path)
    return keep


def _remove(paths: Iterable[Path | None]) -> None:
    for p in paths:
        if p is not None:
            with contextlib.suppress(OSError):  # a locked file goes next time
                p.unlink(missing_ok=True)


def prune(folder: Path, pol: BackupPolicy) -> list[BackupInfo]:
    """Delete the rotated backups the policy does not keep, and crashed backups' leftovers."""
    backups = [b for b in _scan(folder) if b.rotated]
    keep = backups_to_keep(backups, pol)
    removed = [b for b in backups if b.path not in keep]
    for b in removed:
        # The manifest first: once it is gone the rest is no longer a backup, whatever happens.
        _remove([b.manifest, b.path, b.files_zip])
    _sweep_leftovers(folder)
    return removed


def _sweep_leftovers(folder: Path) -> None:
    cutoff = time.time() - STALE_SECONDS
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        name = entry.name
        stem = name.split(".", 1)[0] if not name.startswith(".") else name[1:].split(".", 1)[0]
        if not _REGULAR.match(stem):
            continue
        orphan = not name.startswith(".") and not (folder / f"{stem}.json").exists()
        if name.startswith(".") or orphan:
            try:
                if entry.stat().st_mtime < cutoff:
                    entry.unlink()
            except OSError:
                pass


# --- making a backup -------------------------------------------------------------------------


@dataclass
class BackupResult:
    backup: BackupInfo
    pruned: list[BackupInfo] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "backup": self.backup.to_json(),
            "pruned": [b.name for b in self.pruned],
        }


def _database_file(ctx: AppContext) -> Path:
    url = ctx.engine.url
    if not url.drivername.startswith("sqlite") or not url.database or url.database == ":memory:":
        raise _err(
            "backup-not-sqlite",
            "Бұл дерекқор сервердегі дерекқор: оның сақтық көшірмесін сервер әкімшісі жасайды.",
            "Эта база данных на сервере: её резервные копии делает администратор сервера.",
            "This database is on a server: its administrator makes its backups.",
        )
    return Path(url.database)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _free_stem(folder: Path, prefix: str, created: datetime, kind: str) -> str:
    base = f"{prefix}-{created.strftime(_TS)}-{kind}"
    stem, n = base, 1
    while any((folder / f"{stem}{ext}").exists() for ext in (".sqlite", ".json", ".files.zip")):
        n += 1
        stem = f"{base}-{n}"
    return stem


def _read_meta(db_copy: Path) -> tuple[str | None, str | None, list[str]]:
    """(schema revision, own office code, stored case-file paths) of a database copy."""
    con = sqlite3.connect(db_copy)
    try:
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            schema = str(row[0]) if row else None
        except sqlite3.Error:
            schema = None
        try:
            row = con.execute("SELECT code FROM office WHERE is_self = 1").fetchone()
            office = str(row[0]) if row else None
        except sqlite3.Error:
            office = None
        try:
            stored = [str(r[0]) for r in con.execute("SELECT stored_path FROM case_file")]
        except sqlite3.Error:
            stored = []
    finally:
        con.close()
    return schema, office, stored


def _safe_member(name: str) -> bool:
    """A relative POSIX path inside HOME: no drive, no '..', no backslash."""
    if not name or "\\" in name or ":" in name or name.startswith("/"):
        return False
    return all(part not in ("", ".", "..") for part in PurePosixPath(name).parts)


def _files_to_keep(home: Path, stored: list[str]) -> list[tuple[str, Path]]:
    """(name in the zip, file) for the bundle folders and the case files the database names."""
    files: dict[str, Path] = {}
    for folder in FILE_FOLDERS:
        root = home / folder
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            # ".name.part" files are bundles being written right now, not yet bundles.
            if path.is_file() and not path.name.startswith("."):
                files[path.relative_to(home).as_posix()] = path
    for rel in stored:
        name = rel.replace("\\", "/")
        if _safe_member(name) and (home / name).is_file():
            files.setdefault(name, home / name)
    return sorted(files.items())


def _write_files_zip(target: Path, files: list[tuple[str, Path]]) -> None:
    tmp = target.with_name(f".{target.name}.part")
    try:
        # Stored, not deflated: bundles are encrypted and scans compressed already.
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
            for name, path in files:
                zf.write(path, name)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_json_atomic(target: Path, data: dict[str, Any]) -> None:
    tmp = target.with_name(f".{target.name}.part")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


def _backup_failed(folder: Path, exc: BaseException) -> UserError:
    text = getattr(exc, "strerror", None) or str(exc)
    return _err(
        "backup-failed",
        f"Сақтық көшірме жасалмады ({folder}): {text}. Бұрынғы көшірмелер өзгеріссіз.",
        f"Резервная копия не сделана ({folder}): {text}. Прежние копии не тронуты.",
        f"The backup was not made ({folder}): {text}. Earlier backups are untouched.",
    )


def make_backup(
    ctx: AppContext,
    kind: str = "manual",
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> BackupResult:
    """Back up the database and the bundle files now, then prune by the rotation policy."""
    if kind not in ROTATED_KINDS:
        raise ValueError(kind)
    say = progress or (lambda _stage: None)
    source = _database_file(ctx)
    pol = policy(ctx)
    folder = _check_folder(pol.folder)
    created = (now or datetime.now()).replace(microsecond=0)
    stem = _free_stem(folder, source.stem, created, kind)
    db_copy = folder / f"{stem}.sqlite"
    files_zip = _files_path(db_copy)
    manifest = _manifest_path(db_copy)
    try:
        say("database")
        copy_sqlite(source, db_copy)
        say("check")
        report = quick_check(db_copy)
        if not report.ok:
            _remove([db_copy])
            raise _err(
                "backup-source-damaged",
                "Дерекқор зақымдалған, сондықтан сақтық көшірме жасалмады (жақсы көшірмелер "
                "өшірілмеді). «Сақтық көшірмелер» терезесінде дерекқорды тексеріп, соңғы жақсы "
                "көшірмеден қалпына келтіріңіз.",
                "База данных повреждена, поэтому резервная копия не сделана (хорошие копии не "
                "удалены). Проверьте базу в окне «Резервные копии» и восстановите её из "
                "последней хорошей копии.",
                "The database is damaged, so no backup was made (good backups were not "
                "pruned). Check it in the Backups window and restore the newest good backup.",
            )
        schema, office, stored = _read_meta(db_copy)
        say("files")
        files = _files_to_keep(ctx.paths.root, stored)
        _write_files_zip(files_zip, files)
        info = BackupInfo(
            path=db_copy,
            kind=kind,
            created=created,
            manifest=manifest,
            files_zip=files_zip,
            schema=schema,
            database_sha256=_sha256(db_copy),
            database_size=db_copy.stat().st_size,
            files_sha256=_sha256(files_zip),
            files_size=files_zip.stat().st_size,
            file_count=len(files),
            office_code=office,
            app_version=__version__,
        )
        # Last: the manifest is what makes the two parts a backup.
        _write_json_atomic(
            manifest,
            {
                "format": MANIFEST_FORMAT,
                "kind": kind,
                "created": created.isoformat(timespec="seconds"),
                "app_version": __version__,
                "schema": schema,
                "office_code": office,
                "database": {
                    "file": db_copy.name,
                    "sha256": info.database_sha256,
                    "size": info.database_size,
                },
                "files": {
                    "file": files_zip.name,
                    "sha256": info.files_sha256,
                    "size": info.files_size,
                    "count": len(files),
                    "folders": list(FILE_FOLDERS),
                },
            },
        )
    except UserError:
        _remove([manifest, files_zip, db_copy])
        raise
    except (OSError, sqlite3.Error) as exc:  # a full USB stick, a pulled cable
        _remove([manifest, files_zip, db_copy])
        raise _backup_failed(folder, exc) from exc
    say("prune")
    pruned = prune(folder, pol)
    return BackupResult(info, pruned)


def backup_if_due(ctx: AppContext, *, now: datetime | None = None) -> BackupResult | None:
    """The start-of-day backup: made when the backup folder has none from today yet.

    Cheap when not due (one listing of the folder); None then, or for a server database.
    """
    url = ctx.engine.url
    if not url.drivername.startswith("sqlite") or not url.database or url.database == ":memory:":
        return None
    today = (now or datetime.now()).date()
    if _has_backup_on(policy(ctx).folder, today):
        return None
    return make_backup(ctx, "auto", now=now)


def _has_backup_on(folder: Path, day: date) -> bool:
    try:
        names = [p.stem for p in folder.glob(f"*-{day:%Y%m%d}-*.json")]
    except OSError:
        return False
    return any(_REGULAR.match(n) for n in names)


# --- verifying and restoring -----------------------------------------------------------------


@dataclass
class Check:
    name: str
    ok: bool
    kk: str = ""
    ru: str = ""
    en: str = ""

    def to_json(self) -> dict[str, Any]:
        reason = None if self.ok else {"kk": self.kk, "ru": self.ru, "en": self.en}
        return {"name": self.name, "ok": self.ok, "reason": reason}


@dataclass
class Verification:
    backup: BackupInfo
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    @property
    def failed(self) -> Check | None:
        return next((c for c in self.checks if not c.ok), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "backup": self.backup.to_json(),
            "ok": self.ok,
            "checks": [c.to_json() for c in self.checks],
        }


def _copy_hashing(src: Path, dest: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with open(src, "rb") as fin, open(dest, "wb") as fout:
        for block in iter(lambda: fin.read(1 << 20), b""):
            h.update(block)
            size += len(block)
            fout.write(block)
        fout.flush()
        os.fsync(fout.fileno())
    return h.hexdigest(), size


def resolve_backup(paths: HomePaths, ref: Path | str) -> BackupInfo:
    """The backup a path (its .sqlite or .json) or a bare name from `backup list` names."""
    path = Path(ref)
    candidates = [path]
    if not path.is_absolute() and len(path.parts) == 1:
        folders = (policy(paths).folder, paths.backups)
        for folder in folders:
            for name in (path.name, f"{path.name}.sqlite", f"{path.name}.json"):
                candidates.append(folder / name)
    for c in candidates:
        if not c.is_file():
            continue
        if c.suffix == ".json":
            info = _from_manifest(c)
            if info is not None:
                return info
            continue
        manifest = _manifest_path(c)
        if manifest.is_file():
            info = _from_manifest(manifest)
            if info is not None and info.path.resolve() == c.resolve():
                return info
        info = _unmanifested(c)
        if info is not None:
            return info
        # Any other SQLite file (say, a copy brought on a stick): verified like the rest.
        m = _REGULAR.match(c.stem)
        created = (
            datetime.strptime(m.group("ts"), _TS)
            if m
            else datetime.fromtimestamp(c.stat().st_mtime).replace(microsecond=0)
        )
        return BackupInfo(
            path=c,
            kind=m.group("kind") if m else "file",
            created=created,
            database_size=c.stat().st_size,
        )
    raise _err(
        "backup-not-found",
        f"Сақтық көшірме табылмады: {ref}",
        f"Резервная копия не найдена: {ref}",
        f"No such backup: {ref}",
    )


def verify_backup(info: BackupInfo, staging: Path) -> Verification:
    """Check a backup without touching the office: its manifest, the database copy's hash,
    `integrity_check` and schema version (on a copy made at `staging`, which the caller
    removes or puts in place), and the files archive's hash and contents."""
    v = Verification(info)
    add = v.checks.append

    # 1. A regular backup without its manifest was never finished.
    if info.manifest is None and _REGULAR.match(info.path.stem):
        add(
            Check(
                "manifest",
                False,
                f"Сақтық көшірме толық емес (манифест жоқ): {info.path.name}",
                f"Резервная копия неполная (нет манифеста): {info.path.name}",
                f"The backup is incomplete (no manifest): {info.path.name}",
            )
        )
        return v
    add(Check("manifest", True))

    # 2. The database copy: the bytes read now are the bytes written then.
    try:
        sha, size = _copy_hashing(info.path, staging)
    except OSError as exc:
        add(
            Check(
                "database_hash",
                False,
                f"Көшірме файлы оқылмайды: {exc.strerror or exc}",
                f"Файл копии не читается: {exc.strerror or exc}",
                f"The backup file cannot be read: {exc.strerror or exc}",
            )
        )
        return v
    if info.database_sha256 is not None and (
        sha != info.database_sha256 or size != info.database_size
    ):
        add(
            Check(
                "database_hash",
                False,
                "Дерекқор көшірмесі жасалғаннан кейін өзгерген немесе зақымдалған "
                "(SHA-256 манифестке сәйкес емес).",
                "Копия базы данных изменена или повреждена после создания "
                "(SHA-256 не совпадает с манифестом).",
                "The database copy was changed or damaged after it was made "
                "(its SHA-256 does not match the manifest).",
            )
        )
        return v
    add(Check("database_hash", True))

    # 3. SQLite's complete check on the copy.
    report = full_check(staging)
    if not report.ok:
        detail = report.error or "; ".join(report.integrity[:3]) or "foreign keys"
        if report.error is None and not report.integrity:
            detail = f"{len(report.foreign_keys)} foreign key problem(s)"
        add(
            Check(
                "integrity",
                False,
                f"Көшірмедегі дерекқор зақымдалған: {detail}",
                f"База данных в копии повреждена: {detail}",
                f"The database in the backup is damaged: {detail}",
            )
        )
        return v
    add(Check("integrity", True))

    # 4. A schema this program knows (an older one is upgraded when the program opens it).
    schema, _office, _stored = _read_meta(staging)
    if schema is None:
        add(
            Check(
                "schema",
                False,
                "Бұл файл Qabyldau дерекқоры емес (схема нұсқасы жоқ).",
                "Этот файл не база данных Qabyldau (нет версии схемы).",
                "This file is not a Qabyldau database (no schema version).",
            )
        )
        return v
    if schema not in _known_revisions():
        add(
            Check(
                "schema",
                False,
                f"Көшірмені бағдарламаның жаңа нұсқасы жасаған (схема {schema}): алдымен "
                "бағдарламаны жаңартыңыз.",
                f"Копию сделала более новая версия программы (схема {schema}): сначала "
                "обновите программу.",
                f"The backup was made by a newer version of the program (schema {schema}): "
                "update the program first.",
            )
        )
        return v
    info.schema = schema
    add(Check("schema", True))

    # 5. The files archive, when the backup has one.
    if info.manifest is not None and info.files_sha256 is not None:
        problem = None
        if info.files_zip is None or not info.files_zip.is_file():
            problem = "missing"
        else:
            try:
                if _sha256(info.files_zip) != info.files_sha256:
                    problem = "sha256"
                else:
                    with zipfile.ZipFile(info.files_zip) as zf:
                        bad = zf.testzip()
                        names = zf.namelist()
                    if bad is not None or not all(_safe_member(n) for n in names):
                        problem = f"content {bad or ''}".strip()
            except (OSError, zipfile.BadZipFile) as exc:
                problem = str(exc)
        if problem is not None:
            add(
                Check(
                    "files",
                    False,
                    f"Көшірменің файлдар мұрағаты жоқ немесе зақымдалған ({problem}).",
                    f"Архив файлов копии отсутствует или повреждён ({problem}).",
                    f"The backup's files archive is missing or damaged ({problem}).",
                )
            )
            return v
        add(Check("files", True))
    return v


def start_failure_message(report: IntegrityReport, good: BackupInfo | None) -> dict[str, str]:
    """What the program says (kk, ru, en) when the check at start fails."""
    found = report.summary()
    if good is None:
        offer = {
            "kk": "Жарамды сақтық көшірме табылмады. Бағдарламалық қамтамасыз ету бойынша "
            "маманға хабарласыңыз; дерекқор файлын жоймаңыз.",
            "ru": "Пригодная резервная копия не найдена. Обратитесь к специалисту по "
            "программе; не удаляйте файл базы данных.",
            "en": "No good backup was found. Call your support person; do not delete the "
            "database file.",
        }
    else:
        when = good.created.strftime("%d.%m.%Y %H:%M")
        offer = {
            "kk": f"Соңғы жарамды сақтық көшірме: {when}. Одан кейін енгізілгендер қайта "
            "енгізілуі керек; қазіргі дерекқор сақталады.",
            "ru": f"Последняя исправная резервная копия: {when}. Внесённое после неё "
            "придётся внести заново; текущая база данных будет сохранена.",
            "en": f"The newest good backup is from {when}. What was entered after it must be "
            "entered again; the current database is kept.",
        }
    return {k: f"{found[k]} {offer[k]}" for k in ("kk", "ru", "en")}


def restored_message(result: RestoreResult) -> dict[str, str]:
    """What the program says (kk, ru, en) after a restore."""
    when = result.backup.created.strftime("%d.%m.%Y %H:%M")
    prev = result.previous.name if result.previous else "—"
    return {
        "kk": f"Дерекқор {when} сақтық көшірмесінен қалпына келтірілді. Бұрынғы дерекқор "
        f"сақталды: {prev}.",
        "ru": f"База данных восстановлена из резервной копии от {when}. Прежняя база "
        f"сохранена: {prev}.",
        "en": f"The database was restored from the backup of {when}. The previous database "
        f"was kept as {prev}.",
    }


def _staging_path(paths: HomePaths) -> Path:
    # Beside the database: putting it in place is then a rename on one volume.
    return paths.database.with_name(f".{paths.database.name}.restore-{os.getpid()}.part")


def check_backup(paths: HomePaths, ref: Path | str | BackupInfo) -> Verification:
    """Verify a backup without restoring it."""
    info = ref if isinstance(ref, BackupInfo) else resolve_backup(paths, ref)
    paths.root.mkdir(parents=True, exist_ok=True)
    staging = _staging_path(paths)
    try:
        return verify_backup(info, staging)
    finally:
        staging.unlink(missing_ok=True)


def newest_good_backup(paths: HomePaths) -> BackupInfo | None:
    """The newest backup that passes every check (each one tried in turn), or None."""
    for info in list_backups(paths):
        if check_backup(paths, info).ok:
            return info
    return None


@dataclass
class RestoreResult:
    backup: BackupInfo
    database: Path
    previous: Path | None  # where the replaced database was kept
    files_restored: int
    verification: Verification

    def to_json(self) -> dict[str, Any]:
        return {
            "restored_from": str(self.backup.path),
            "backup": self.backup.to_json(),
            "database": str(self.database),
            "previous": str(self.previous) if self.previous else None,
            "schema": self.backup.schema,
            "files_restored": self.files_restored,
            "checks": [c.to_json() for c in self.verification.checks],
        }


class BackupRefusedError(UserError):
    """A restore refused because the backup failed a check; `verification` says which."""

    def __init__(self, verification: Verification) -> None:
        failed = verification.failed
        assert failed is not None
        super().__init__(
            code="backup-refused",
            kk=f"Көшірмеден қалпына келтіру тоқтатылды, ештеңе өзгертілмеді. {failed.kk}",
            ru=f"Восстановление из копии отклонено, ничего не изменено. {failed.ru}",
            en=f"The restore was refused and nothing was changed. {failed.en}",
        )
        self.verification = verification
        self.check = failed.name


def _in_use(database: Path) -> UserError:
    return _err(
        "database-in-use",
        f"Дерекқорды басқа бағдарлама ашып отыр: {database}. Qabyldau-дың басқа "
        "терезелерін жауып, қайталаңыз. Ештеңе өзгертілмеді.",
        f"База данных открыта другой программой: {database}. Закройте другие окна Qabyldau "
        "и повторите. Ничего не изменено.",
        f"Another program has the database open: {database}. Close other Qabyldau windows "
        "and try again. Nothing was changed.",
    )


def _release(database: Path) -> None:
    """Fold the write-ahead log into the database file and make sure no one else has it
    open: switching out of WAL mode needs the only connection. A damaged file cannot be
    switched; its -wal and -shm files then move aside with it."""
    if not database.is_file():
        return
    try:
        con = sqlite3.connect(database, timeout=2)
        try:
            mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise _in_use(database) from exc
        return
    except sqlite3.DatabaseError:
        return
    if mode and str(mode[0]).lower() == "wal":  # still WAL: someone else holds it
        raise _in_use(database)


def _move_aside(paths: HomePaths, created: datetime) -> Path | None:
    database = paths.database
    if not database.is_file():
        return None
    folder = paths.backups
    folder.mkdir(parents=True, exist_ok=True)
    base = f"{database.stem}-before-restore-{created.strftime(_TS)}"
    stem, n = base, 1
    while (folder / f"{stem}.sqlite").exists():
        n += 1
        stem = f"{base}-{n}"
    aside = folder / f"{stem}.sqlite"
    try:
        shutil.move(database, aside)
    except OSError as exc:
        raise _in_use(database) from exc
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists():
            with contextlib.suppress(OSError):
                shutil.move(side, aside.with_name(aside.name + suffix))
    fsync_dir(folder)
    return aside


def _restore_files(info: BackupInfo, home: Path) -> int:
    """Put back the bundle and case files the office has lost; never overwrite one it has."""
    if info.files_zip is None or not info.files_zip.is_file():
        return 0
    restored = 0
    with zipfile.ZipFile(info.files_zip) as zf:
        for member in zf.infolist():
            if member.is_dir() or not _safe_member(member.filename):
                continue
            target = home.joinpath(*PurePosixPath(member.filename).parts)
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{target.name}.part")
            with zf.open(member) as src, open(tmp, "wb") as out:
                shutil.copyfileobj(src, out, 1 << 20)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
            restored += 1
    return restored


def restore_backup(
    paths: HomePaths,
    ref: Path | str | BackupInfo,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Verify the backup, keep the current database aside, put the backup in its place.

    A backup that fails any check is refused with its reason and nothing is touched. The
    database must not be open (the GUI closes its context first; another program holding
    it is refused). Bundle and case files missing from HOME come back from the backup's
    archive; files present are left as they are. The replaced database is kept in
    HOME/backups as `<name>-before-restore-<time>.sqlite` and is listed like any backup.
    """
    say = progress or (lambda _stage: None)
    info = ref if isinstance(ref, BackupInfo) else resolve_backup(paths, ref)
    paths.root.mkdir(parents=True, exist_ok=True)
    staging = _staging_path(paths)
    try:
        say("verify")
        verification = verify_backup(info, staging)
        if not verification.ok:
            raise BackupRefusedError(verification)
        say("replace")
        _release(paths.database)
        previous = _move_aside(paths, (now or datetime.now()).replace(microsecond=0))
        try:
            os.replace(staging, paths.database)
        except OSError:
            if previous is not None:  # put the office's database back as it was
                shutil.move(previous, paths.database)
            raise
        fsync_dir(paths.database.parent)
    finally:
        staging.unlink(missing_ok=True)
    say("files")
    files = _restore_files(info, paths.root)
    return RestoreResult(info, paths.database, previous, files, verification)
