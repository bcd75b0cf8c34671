"""Is the office's database whole? SQLite's own checks, as a report the CLI and the GUI show.

* At every start: `PRAGMA quick_check` and `PRAGMA foreign_key_check` (seconds on a big
  register, so the GUI can afford it before it opens the database).
* On demand: `PRAGMA integrity_check` (also checks every index against its table) and the
  foreign-key check.

The checks open the file with plain sqlite3, not through `AppContext`: a damaged database
must be examined before the program writes to it (opening a context records the catalogue
version), and must not stop the program from offering a restore.

`storage_error` is the one place a full disk or a read-only database file becomes a message
the person can act on (`AppContext.session()` calls it): SQLite has then rolled the
transaction back, so nothing already committed is lost.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from app.errors import UserError

# More than this many problem lines says nothing new; a damaged file can yield thousands.
MAX_PROBLEMS = 100


@dataclass
class IntegrityReport:
    """What the checks found; `ok` when SQLite found nothing wrong."""

    database: str
    full: bool
    integrity: list[str] = field(default_factory=list)  # quick_check/integrity_check lines
    foreign_keys: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None  # the file could not be read as a database at all
    ms: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None and not self.integrity and not self.foreign_keys

    def to_json(self) -> dict[str, Any]:
        return {
            "database": self.database,
            "ok": self.ok,
            "check": "integrity_check" if self.full else "quick_check",
            "integrity": self.integrity,
            "foreign_keys": self.foreign_keys,
            "error": self.error,
            "ms": self.ms,
        }

    def summary(self) -> dict[str, str]:
        """One sentence per language (kk, ru, en) saying what was found."""
        if self.ok:
            return {
                "kk": "Дерекқор тексерілді: қате табылмады.",
                "ru": "База данных проверена: ошибок не найдено.",
                "en": "The database was checked: no problems found.",
            }
        if self.error is not None:
            return {
                "kk": f"Дерекқор файлын оқу мүмкін емес: {self.error}",
                "ru": f"Файл базы данных не читается: {self.error}",
                "en": f"The database file cannot be read: {self.error}",
            }
        n, m = len(self.integrity), len(self.foreign_keys)
        return {
            "kk": f"Дерекқор зақымдалған: құрылым қателері — {n}, жоқ жазбаға сілтемелер — {m}.",
            "ru": f"База данных повреждена: ошибок структуры — {n}, ссылок на несуществующие "
            f"записи — {m}.",
            "en": f"The database is damaged: {n} structure problem(s), {m} reference(s) to "
            "missing records.",
        }


def check_file(path: Path, *, full: bool = False) -> IntegrityReport:
    """Run the quick (or, with `full`, the complete) check and the foreign-key check on a file."""
    path = Path(path)
    started = time.monotonic()
    report = IntegrityReport(database=str(path), full=full)
    if not path.is_file():
        report.error = "file not found"
        return report
    try:
        con = sqlite3.connect(path, timeout=30)
    except sqlite3.Error as exc:
        report.error = str(exc)
        return report
    try:
        # Only reads: a check must never be what changes a damaged file.
        con.execute("PRAGMA query_only=ON")
        pragma = "integrity_check" if full else "quick_check"
        rows = con.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
        report.integrity = [str(r[0]) for r in rows if str(r[0]) != "ok"]
        for table, rowid, parent, fkid in con.execute("PRAGMA foreign_key_check"):
            if len(report.foreign_keys) >= MAX_PROBLEMS:
                break
            report.foreign_keys.append(
                {"table": table, "rowid": rowid, "parent": parent, "fkid": fkid}
            )
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "encrypted" in str(exc):
            report.error = str(exc)
        else:  # the check itself tripped over the damage ("malformed"): that is its finding
            report.integrity.append(str(exc))
    finally:
        con.close()
    report.ms = int((time.monotonic() - started) * 1000)
    return report


def quick_check(path: Path) -> IntegrityReport:
    """The check at every start: quick_check + foreign_key_check."""
    return check_file(path, full=False)


def full_check(path: Path) -> IntegrityReport:
    """The check on demand: integrity_check + foreign_key_check."""
    return check_file(path, full=True)


# --- a full disk, a read-only file -----------------------------------------------------------

_DISK_FULL = UserError(
    code="disk-full",
    kk="Дискіде орын жоқ: соңғы әрекет сақталмады (бұрын сақталғанның бәрі орнында). "
    "Дискіде орын босатып, әрекетті қайталаңыз.",
    ru="Нет места на диске: последнее действие не сохранено (всё сохранённое ранее на месте). "
    "Освободите место на диске и повторите действие.",
    en="The disk is full: the last action was not saved (everything saved before is intact). "
    "Free some disk space and try again.",
)
_READ_ONLY = UserError(
    code="database-read-only",
    kk="Дерекқор файлы тек оқуға арналған: өзгерістер сақталмады. Файлдың «тек оқу» "
    "белгісін алып тастаңыз немесе қызметкерге жазу құқығын беріңіз.",
    ru="Файл базы данных доступен только для чтения: изменения не сохранены. Снимите с "
    "файла атрибут «только чтение» или дайте сотруднику права на запись.",
    en="The database file is read-only: the change was not saved. Clear the file's "
    "read-only attribute or give this user write access.",
)
_IO_ERROR = UserError(
    code="disk-io-error",
    kk="Дискіден оқу не жазу қатесі: соңғы әрекет сақталмады. Дискіні тексеріңіз; "
    "«Сақтық көшірмелер» терезесінде дерекқорды тексеруге болады.",
    ru="Ошибка чтения или записи диска: последнее действие не сохранено. Проверьте диск; "
    "базу данных можно проверить в окне «Резервные копии».",
    en="A disk read or write error: the last action was not saved. Check the disk; the "
    "Backups window can check the database.",
)

_STORAGE_ERRORS = (
    ("database or disk is full", _DISK_FULL),
    ("attempt to write a readonly database", _READ_ONLY),
    ("disk i/o error", _IO_ERROR),
)


def storage_error(exc: BaseException) -> UserError | None:
    """The UserError for a full disk, read-only file or I/O error from SQLite; else None."""
    inner = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(inner, sqlite3.OperationalError):
        return None
    text = str(inner).lower()
    for needle, error in _STORAGE_ERRORS:
        if needle in text:
            return UserError(code=error.code, kk=error.kk, ru=error.ru, en=error.en)
    return None
