"""The office context: one data folder, its database, catalogue and calendar.

Workflows (intake, commission, packets, ...) take a context and open a session per
operation; nothing reaches a global. The CLI, the GUI and the tests build one the same way.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from app.catalogue import Catalogue, load_catalogue
from app.errors import UserError
from app.paths import HomePaths, default_home
from app.workcalendar import OfficeHours, WorkCalendar
from db.engine import make_engine, make_sessionmaker
from db.migrate import SchemaTooNewError, upgrade
from db.models import CalendarOverride, CatalogueVersion, Office, Setting, Staff


class NotInitialisedError(UserError):
    def __init__(self) -> None:
        super().__init__(
            code="not-initialised",
            kk="Кеңсе әлі бапталмаған: алдымен `qabyldau init` іске қосыңыз",
            ru="Офис ещё не настроен: сначала выполните `qabyldau init`",
            en="The office is not set up yet: run `qabyldau init` first",
        )


class AppContext:
    """Everything a workflow needs, for one data folder."""

    def __init__(self, home: Path | None = None, *, database_url: str | None = None) -> None:
        self.paths = HomePaths(Path(home) if home else default_home())
        self.paths.root.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = make_engine(database_url or self.paths.database)
        try:
            self.migration_backup = upgrade(self.engine, self.paths.backups)
        except SchemaTooNewError as exc:
            raise UserError(
                code="schema-too-new",
                kk=f"Дерекқорды Qabyldau-дың жаңа нұсқасы жазған (схема {exc.found}). "
                "Бағдарламаның жаңа нұсқасын орнатыңыз.",
                ru=f"База данных записана более новой версией Qabyldau (схема {exc.found}). "
                "Установите новую версию программы.",
                en=str(exc),
            ) from exc
        self.Session: sessionmaker[Session] = make_sessionmaker(self.engine)
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
        """A session whose transaction commits on success and rolls back on any error."""
        with self.Session() as s, s.begin():
            yield s

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

    @staticmethod
    def current_staff(session: Session, login: str | None = None) -> Staff:
        """The staff member acting now: by login, else the first active one."""
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
