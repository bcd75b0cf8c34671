"""Quarterly re-confirmation of targeted social assistance (АСП): who must come in, and when.

A family that receives targeted social assistance re-confirms it every quarter with the
family's income documents (DOMAIN.md §2, seed `002:1167`). This module lists the families whose
re-confirmation falls in a given quarter and builds the bilingual reminder letters and the
list the office prints (`forms/reminder_letter.py`).

The rule, as the office applies it:

* Only the district's decisions with outcome ``assigned`` on service ``asp`` count.
* A decision is *assigned in* the quarter of its `decided_on` date. That quarter is covered by
  the decision itself; the family re-confirms in every later quarter its period reaches.
* The period is `Decision.period_from .. period_to`. When `period_from` is NULL the assignment
  runs from `decided_on`; when `period_to` is NULL it has no known end: it runs for the rest of
  the quarter of assignment and the family re-confirms in each following quarter.
* A period *reaches* a quarter when it has at least one day in it (`period_to` on or after
  the quarter's first day).
* Only a family's latest АСП decision (by `decided_on`, then the order it was recorded in)
  decided on or before the quarter's last day counts: a refusal or a new assignment replaces
  the one before it. A family assigned again during the quarter is therefore not reminded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import UserError
from app.printing import office_header
from db.models import Applicant, Application, Decision, Office, Staff
from forms import labels as L
from forms.data import Bilingual, Signatory
from forms.reminder_letter import (
    ReminderLetter,
    RemindersData,
    render_reminder_letters_docx,
    render_reminder_letters_pdf,
    render_reminder_list_docx,
    render_reminder_list_pdf,
)

ASP = "asp"
_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[QqКк]\s*([1-4])\s*$")


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int  # 1..4

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """`2026-Q4` (also `2026Q4`, `2026-q4`)."""
        m = _QUARTER.match(text or "")
        if not m or not 1990 <= int(m.group(1)) <= 2100:
            raise UserError(
                code="bad-quarter",
                kk=f"Тоқсан дұрыс емес: {text} (мысалы 2026-Q4)",
                ru=f"Неверный квартал: {text} (например 2026-Q4)",
                en=f"Not a quarter: {text} (e.g. 2026-Q4)",
            )
        return cls(int(m.group(1)), int(m.group(2)))

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def next(self) -> Quarter:
        return (
            Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)
        )

    def previous(self) -> Quarter:
        return (
            Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)
        )

    def label(self) -> Bilingual:
        """«2026 жылғы 4-тоқсан» / «4 квартал 2026 года»."""
        return Bilingual(
            L.QUARTER_NAME.kk.format(year=self.year, quarter=self.number),
            L.QUARTER_NAME.ru.format(year=self.year, quarter=self.number),
        )

    def __str__(self) -> str:
        return f"{self.year}-Q{self.number}"


def current_quarter(today: date | None = None) -> Quarter:
    return Quarter.of(today or date.today())


@dataclass(frozen=True)
class Reminder:
    """A family whose targeted assistance must be re-confirmed in the quarter."""

    application_id: int
    case_number: str
    applicant_name: str
    applicant_iin: str
    address: str | None
    phone: str | None
    decision_number: str
    decided_on: date
    period_from: date  # from the decision, else its date
    period_to: date | None  # None: no end known, re-confirmed each quarter
    assigned_in: Quarter

    def to_json(self) -> dict[str, Any]:
        return {
            "application_id": self.application_id,
            "number": self.case_number,
            "applicant": self.applicant_name,
            "iin": self.applicant_iin,
            "address": self.address,
            "phone": self.phone,
            "decision_number": self.decision_number,
            "decided_on": self.decided_on.isoformat(),
            "period_from": self.period_from.isoformat(),
            "period_to": self.period_to.isoformat() if self.period_to else None,
            "assigned_in": str(self.assigned_in),
        }


def _is_due(decision: Decision, quarter: Quarter) -> bool:
    if decision.outcome != "assigned":
        return False
    if Quarter.of(decision.decided_on) >= quarter:
        return False  # assigned in this quarter (or later): the decision itself covers it
    start = decision.period_from or decision.decided_on
    if start > quarter.last_day:
        return False  # assigned ahead for a later quarter
    return decision.period_to is None or decision.period_to >= quarter.first_day


def _latest_per_family(session: Session, quarter: Quarter) -> list[tuple[Decision, Application]]:
    rows = session.execute(
        select(Decision, Application)
        .join(Application, Application.id == Decision.application_id)
        .where(Application.service_code == ASP, Decision.decided_on <= quarter.last_day)
        .order_by(Decision.decided_on, Decision.recorded_at, Decision.id)
    ).all()
    latest: dict[int, tuple[Decision, Application]] = {}
    for decision, app in rows:
        latest[app.applicant_id] = (decision, app)  # ordered: the last one wins
    return list(latest.values())


def reminders(ctx: AppContext, quarter: Quarter) -> list[Reminder]:
    """Families whose targeted assistance is re-confirmed in `quarter`, in Kazakh A–Я order."""
    with ctx.session() as s:
        found = []
        for decision, app in _latest_per_family(s, quarter):
            if not _is_due(decision, quarter):
                continue
            person: Applicant = app.applicant
            found.append(
                (
                    person.sort_key,
                    Reminder(
                        application_id=app.id,
                        case_number=app.incoming_number,
                        applicant_name=person.full_name,
                        applicant_iin=person.iin,
                        address=person.address,
                        phone=person.phone,
                        decision_number=decision.number,
                        decided_on=decision.decided_on,
                        period_from=decision.period_from or decision.decided_on,
                        period_to=decision.period_to,
                        assigned_in=Quarter.of(decision.decided_on),
                    ),
                )
            )
    return [r for _, r in sorted(found, key=lambda x: (x[0], x[1].applicant_iin))]


# --- printing ---------------------------------------------------------------------------------


def _akim(session: Session, office: Office) -> Signatory:
    """The akim who signs the letters (the position printed, the name when known)."""
    staff = session.scalars(
        select(Staff)
        .where(Staff.office_id == office.id, Staff.role == "akim", Staff.active.is_(True))
        .order_by(Staff.id)
    ).first()
    default = L.AKIM if office.role == "akimat" else L.HEAD_OF_OFFICE
    if staff is None:
        return Signatory(default, "")
    if staff.position_kk and staff.position_ru:
        return Signatory(Bilingual(staff.position_kk, staff.position_ru), staff.short_name)
    return Signatory(default, staff.short_name)


def reminders_data(
    ctx: AppContext, quarter: Quarter, staff_login: str | None = None
) -> RemindersData:
    """What the letters and the list print."""
    found = reminders(ctx, quarter)
    with ctx.session() as s:
        office = ctx.self_office(s)
        executor = ctx.current_staff(s, staff_login)
        return RemindersData(
            office=office_header(office),
            quarter=quarter.label(),
            quarter_from=quarter.first_day,
            quarter_to=quarter.last_day,
            letters=tuple(
                ReminderLetter(
                    applicant_name=r.applicant_name,
                    applicant_iin=r.applicant_iin,
                    address=r.address,
                    phone=r.phone,
                    case_number=r.case_number,
                    decision_number=r.decision_number,
                    decided_on=r.decided_on,
                    period_from=r.period_from,
                    period_to=r.period_to,
                )
                for r in found
            ),
            signatory=_akim(s, office),
            executor=executor.short_name,
            executor_phone=office.phone,
            printed_at=datetime.now().replace(microsecond=0),
        )


def _no_families(quarter: Quarter) -> UserError:
    return UserError(
        code="no-reminders",
        kk=f"{quarter.label().kk} растауы тиіс отбасылар жоқ: хат басылмайды.",
        ru=f"Нет семей, которым нужно подтверждение за {quarter.label().ru}: письма не печатаются.",
        en=f"No families re-confirm in {quarter}: there are no letters to print.",
    )


def _cannot_write(path: Path, exc: OSError) -> UserError:
    reason = exc.strerror or str(exc)
    return UserError(
        code="cannot-write",
        kk=f"Файлды жазу мүмкін болмады: {path} ({reason})",
        ru=f"Не удалось записать файл: {path} ({reason})",
        en=f"Could not write the file: {path} ({reason})",
    )


def write_letters(
    ctx: AppContext,
    quarter: Quarter,
    out: Path,
    docx: Path | None = None,
    *,
    staff_login: str | None = None,
) -> Path:
    """One reminder letter per family (one page each) as PDF, and optionally DOCX."""
    data = reminders_data(ctx, quarter, staff_login)
    if not data.letters:
        raise _no_families(quarter)
    target = Path(out)
    try:
        render_reminder_letters_pdf(data, target)
        if docx is not None:
            target = Path(docx)
            render_reminder_letters_docx(data, target)
    except OSError as exc:
        raise _cannot_write(target, exc) from exc
    return Path(out)


def write_list(
    ctx: AppContext,
    quarter: Quarter,
    out: Path,
    docx: Path | None = None,
    *,
    staff_login: str | None = None,
) -> Path:
    """The list of the quarter's families, with a column for the letter's handing over."""
    data = reminders_data(ctx, quarter, staff_login)
    target = Path(out)
    try:
        render_reminder_list_pdf(data, target)
        if docx is not None:
            target = Path(docx)
            render_reminder_list_docx(data, target)
    except OSError as exc:
        raise _cannot_write(target, exc) from exc
    return Path(out)
