"""The office context: one data folder, its database, catalogue and calendar.

Workflows (intake, commission, packets, ...) take a context and open a session per
operation; nothing reaches a global. The CLI, the GUI and the tests build one the same way.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, make_url, select, text
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.catalogue import Catalogue, load_catalogue
from app.errors import UserError
from app.integrity import storage_error
from app.paths import HomePaths, default_home
from app.workcalendar import OfficeHours, WorkCalendar
from db.engine import database_url as url_of
from db.engine import make_engine, make_sessionmaker
from db.migrate import SchemaTooNewError, upgrade
from db.models import CalendarOverride, CatalogueVersion, Office, Setting, Staff


def _no_result_rows(record: logging.LogRecord) -> bool:
    # The SQL engine logs every fetched row at DEBUG: names and ИИН would go to whatever log
    # a support session switches on. Statements may be logged, the data never.
    return not str(record.msg).startswith("Row ")


logging.getLogger("sqlalchemy.engine.Engine").addFilter(_no_result_rows)


class NotInitialisedError(UserError):
    def __init__(self) -> None:
        super().__init__(
            code="not-initialised",
            kk="Кеңсе әлі бапталмаған: алдымен `qabyldau init` іске қосыңыз",
            ru="Офис ещё не настроен: сначала выполните `qabyldau init`",
            en="The office is not set up yet: run `qabyldau init` first",
        )


# A district on a database server (docs/postgresql.md): the URL comes from this variable, else
# from the first line of HOME/database.url; with neither, the data folder's own SQLite file.
DATABASE_URL_ENV = "QABYLDAU_DATABASE_URL"
DATABASE_URL_FILE = "database.url"


def configured_database_url(root: Path) -> str | None:
    """The server database configured for a data folder, or None for its SQLite file."""
    env = os.environ.get(DATABASE_URL_ENV, "").strip()
    if env:
        return env
    path = Path(root) / DATABASE_URL_FILE
    if not path.is_file():
        return None
    for line in path.read_text("utf-8-sig").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return line.strip()
    return None


def unreachable_error(url: str, exc: Exception) -> UserError:
    """The message for a database server that cannot be reached (or a URL that is wrong)."""
    try:
        shown = make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        shown = "?"
    return UserError(
        code="database-unreachable",
        kk=f"Дерекқорға қосылу мүмкін емес ({shown}): {type(exc).__name__}. "
        f"{DATABASE_URL_FILE} файлын және серверді тексеріңіз.",
        ru=f"Не удаётся подключиться к базе данных ({shown}): {type(exc).__name__}. "
        f"Проверьте файл {DATABASE_URL_FILE} и сервер.",
        en=f"Cannot connect to the database ({shown}): {exc}. "
        f"Check {DATABASE_URL_FILE} and the server.",
    )


def require_binary_collation(engine: Engine) -> None:
    """Refuse a server database whose text order is not code-point order.

    The register relies on it: ИИН prefixes are searched as a range (`iin < prefix + ':'`)
    and the Kazakh sort key (app.collation) is made for binary order. A database created
    with a language collation (PostgreSQL's usual default, en_US or ru_RU, or ICU) ignores
    or reorders ':' and letter case, and those searches silently find nothing.
    """
    if engine.dialect.name != "postgresql":
        return
    with engine.connect() as conn:
        binary = conn.scalar(
            text("SELECT 'B' < 'a' AND '123456789012' < '1234:' AND 'я' < chr(12544)")
        )
        name = conn.scalar(text("SELECT current_database()"))
    if not binary:
        raise UserError(
            code="database-collation",
            kk=f"«{name}» дерекқоры тілдік сұрыптаумен (collation) жасалған. Оны "
            "LC_COLLATE 'C' арқылы қайта жасаңыз (docs/postgresql.md).",
            ru=f"База данных «{name}» создана с языковой сортировкой (collation). Создайте её "
            "заново с LC_COLLATE 'C' (docs/postgresql.md).",
            en=f"The database {name} was created with a language collation; create it again "
            "with LC_COLLATE 'C' (see docs/postgresql.md).",
        )


# Any fixed number: the key of the lock every Qabyldau transaction on a server takes.
SERVER_LOCK_KEY = 0x51414259  # "QABY"


def serialize_transactions(engine: Engine) -> None:
    """On a server, one write transaction at a time, as SQLite's BEGIN IMMEDIATE gives.

    Workflows read and then write on that guarantee: the audit trail's hash chain takes
    the last event as the next one's predecessor, the journal counter is read and bumped.
    Two workstations doing that at once on PostgreSQL would fork the chain or meet on one
    number; a transaction-scoped advisory lock, taken when the transaction begins and let
    go at its commit or rollback, makes them queue as two windows on one SQLite file do.
    """
    if engine.dialect.name != "postgresql":
        return

    @event.listens_for(engine, "begin")
    def _take_lock(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SERVER_LOCK_KEY})")


class AppContext:
    """Everything a workflow needs, for one data folder."""

    def __init__(self, home: Path | None = None, *, database_url: str | None = None) -> None:
        self.paths = HomePaths(Path(home) if home else default_home())
        self.paths.root.mkdir(parents=True, exist_ok=True)
        url = database_url or configured_database_url(self.paths.root)
        try:
            self.engine: Engine = make_engine(url or self.paths.database)
            # Bound values (names, ИИН) out of SQL logs and out of the text of database errors.
            self.engine.hide_parameters = True
            require_binary_collation(self.engine)
            self.migration_backup = upgrade(self.engine, self.paths.backups)
        except (ArgumentError, NoSuchModuleError, OperationalError, ImportError, ValueError) as exc:
            # A server that is down, a mistyped URL or a missing driver (a build without
            # psycopg) is the user's to fix, not a traceback.
            # (SQLite's own failures keep their existing handling.)
            if url is None or url_of(url).startswith("sqlite"):
                raise
            raise unreachable_error(url, exc) from exc
        except SchemaTooNewError as exc:
            raise UserError(
                code="schema-too-new",
                kk=f"Дерекқорды Qabyldau-дың жаңа нұсқасы жазған (схема {exc.found}). "
                "Бағдарламаның жаңа нұсқасын орнатыңыз.",
                ru=f"База данных записана более новой версией Qabyldau (схема {exc.found}). "
                "Установите новую версию программы.",
                en=str(exc),
            ) from exc
        serialize_transactions(self.engine)
        self.Session: sessionmaker[Session] = make_sessionmaker(self.engine)
        # The staff member logged in: the GUI sets it after its login dialog; the CLI passes
        # its authenticated `--user` through QABYLDAU_USER, as it passes --home through
        # QABYLDAU_HOME. Workflows act (and the audit trail names them) as this person.
        self.staff_login: str | None = os.environ.get("QABYLDAU_USER") or None
        # Loaded now, not on first use: recording its version writes to the database, and a
        # write started inside another open transaction would wait on SQLite's lock.
        self.catalogue: Catalogue = self._load_catalogue()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on any error.

        A full disk or a read-only database file becomes a UserError here, for every
        workflow at once; the transaction is rolled back, so nothing committed is lost.
        """
        try:
            with self.Session() as s, s.begin():
                # Read by app.audit.record: an event no caller names a staff member for is the
                # logged-in person's.
                s.info["staff_login"] = self.staff_login
                yield s
        except (OperationalError, sqlite3.OperationalError) as exc:
            storage = storage_error(exc)
            if storage is None:
                raise
            raise storage from exc

    # --- catalogue and calendar ---------------------------------------------------------

    def _load_catalogue(self) -> Catalogue:
        override = self.paths.root / "catalogue"
        cat = load_catalogue(override if override.is_dir() else None)
        with self.session() as s:
            if (
                s.scalar(select(CatalogueVersion).where(CatalogueVersion.version == cat.version))
                is None
            ):
                s.add(
                    CatalogueVersion(
                        version=cat.version,
                        source=str(override) if override.is_dir() else "built-in",
                        services=len(cat.services),
                    )
                )
        return cat

    def calendar(self, session: Session | None = None) -> WorkCalendar:
        """The national calendar with this office's overrides and office hours."""
        if session is None:
            with self.session() as s:
                return self.calendar(s)
        holidays_, workdays = [], []
        for ov in session.scalars(select(CalendarOverride)):
            (holidays_ if ov.kind == "holiday" else workdays).append(ov.day)
        hours = self.get_setting(session, "office_hours", None)
        oh = OfficeHours()
        if hours:
            oh = OfficeHours(
                *(
                    time.fromisoformat(hours[k])
                    for k in ("start", "end", "lunch_start", "lunch_end")
                )
            )
        return WorkCalendar(extra_holidays=holidays_, extra_workdays=workdays, hours=oh)

    # --- settings, office, staff -------------------------------------------------------------

    @staticmethod
    def get_setting(session: Session, key: str, default: Any = None) -> Any:
        row = session.get(Setting, key)
        return json.loads(row.value) if row else default

    @staticmethod
    def set_setting(session: Session, key: str, value: Any) -> None:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
        else:
            row.value = json.dumps(value, ensure_ascii=False)

    @staticmethod
    def self_office(session: Session) -> Office:
        office = session.scalar(select(Office).where(Office.is_self.is_(True)))
        if office is None:
            raise NotInitialisedError()
        return office

    @staticmethod
    def is_initialised(session: Session) -> bool:
        return session.scalar(select(Office.id).where(Office.is_self.is_(True))) is not None

    def current_staff(self, session: Session, login: str | None = None) -> Staff:
        """The staff member acting now: by login, else the logged-in one, else the first
        active one."""
        login = login or self.staff_login
        q = select(Staff).where(Staff.active.is_(True))
        if login:
            q = q.where(Staff.login == login)
        staff = session.scalars(q.order_by(Staff.id)).first()
        if staff is None:
            raise UserError(
                code="no-staff",
                kk=f"Қызметкер табылмады: {login or '—'}",
                ru=f"Сотрудник не найден: {login or '—'}",
                en=f"No such staff member: {login or '—'}",
            )
        return staff
