"""The register: search, filter, sort and page through applications.

Rows are fetched a page at a time so the window stays instant on a register of hundreds
of thousands of applications (the table model asks for more as the user scrolls).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from app.textnorm import search_fold
from db.models import Applicant, Application

SORT_KEYS = ("number", "registered", "applicant", "iin", "service", "status", "next_due")


@dataclass(frozen=True)
class RegisterFilter:
    text: str = ""
    service: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    overdue_only: bool = False
    office_code: str | None = None


@dataclass(frozen=True)
class RegisterRow:
    id: int
    number: str
    registered_at: datetime
    applicant: str
    iin: str
    service_code: str
    status: str
    next_due_at: datetime | None
    due_at: datetime | None

    def urgency(self, now: datetime) -> str:
        """ "overdue", "today" or "" — what the register colours."""
        due = self.next_due_at
        if due is None or self.status in ("issued", "closed", "refused_to_accept"):
            return ""
        if due < now:
            return "overdue"
        if due.date() == now.date():
            return "today"
        return ""

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "number": self.number,
            "registered_at": self.registered_at.isoformat(timespec="minutes"),
            "applicant": self.applicant,
            "iin": self.iin,
            "service": self.service_code,
            "status": self.status,
            "next_due_at": self.next_due_at.isoformat(timespec="minutes")
            if self.next_due_at
            else None,
            "due_at": self.due_at.isoformat(timespec="minutes") if self.due_at else None,
        }


_CLOSED = ("issued", "closed", "refused_to_accept")


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _text_condition(text: str):  # type: ignore[no-untyped-def]
    t = text.strip()
    if not t:
        return None
    compact = "".join(t.split())
    if compact.isdigit():
        # ИИН prefix as a range, so the unique index on applicant.iin answers it.
        prefix = compact[:12]
        cond = and_(Applicant.iin >= prefix, Applicant.iin < prefix + ":")
        if len(compact) <= 6:  # short numbers are more likely journal numbers
            cond = or_(cond, Application.number == int(compact))
        return cond
    if "/" in t and t.replace("/", "").isdigit():
        return Application.incoming_number == t
    words = [search_fold(w) for w in t.split()]
    return and_(
        *(Applicant.search_key.like(f"%{_like_escape(w)}%", escape="\\") for w in words if w)
    )


def _query(flt: RegisterFilter, now: datetime) -> Select:
    q = select(
        Application.id,
        Application.incoming_number,
        Application.registered_at,
        Applicant.surname,
        Applicant.name,
        Applicant.patronymic,
        Applicant.iin,
        Application.service_code,
        Application.status,
        Application.next_due_at,
        Application.due_at,
    ).join(Applicant, Applicant.id == Application.applicant_id)
    cond = _text_condition(flt.text)
    if cond is not None:
        q = q.where(cond)
    if flt.service:
        q = q.where(Application.service_code == flt.service)
    if flt.status:
        q = q.where(Application.status == flt.status)
    if flt.date_from:
        q = q.where(Application.registered_at >= datetime.combine(flt.date_from, time.min))
    if flt.date_to:
        q = q.where(
            Application.registered_at < datetime.combine(flt.date_to + timedelta(days=1), time.min)
        )
    if flt.overdue_only:
        q = q.where(Application.next_due_at < now, Application.status.not_in(_CLOSED))
    if flt.office_code:
        from db.models import Office

        q = q.join(Office, Office.id == Application.office_id).where(Office.code == flt.office_code)
    return q


def _order(q: Select, sort: str, descending: bool) -> Select:
    columns = {
        "number": (Application.year, Application.number),
        "registered": (Application.registered_at, Application.id),
        "applicant": (Applicant.sort_key, Application.id),
        "iin": (Applicant.iin, Application.id),
        "service": (Application.service_code, Application.id),
        "status": (Application.status, Application.id),
        "next_due": (Application.next_due_at, Application.id),
    }
    cols = columns.get(sort, columns["registered"])
    return q.order_by(*(c.desc() if descending else c.asc() for c in cols))


def fetch(
    session: Session,
    flt: RegisterFilter,
    *,
    sort: str = "registered",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
    now: datetime | None = None,
) -> list[RegisterRow]:
    """One page of the register, newest first by default."""
    now = now or datetime.now()
    q = _order(_query(flt, now), sort, descending).offset(offset).limit(limit)
    rows = []
    for r in session.execute(q):
        name = " ".join(p for p in (r.surname, r.name, r.patronymic) if p)
        rows.append(
            RegisterRow(
                r.id,
                r.incoming_number,
                r.registered_at,
                name,
                r.iin,
                r.service_code,
                r.status,
                r.next_due_at,
                r.due_at,
            )
        )
    return rows


def count(session: Session, flt: RegisterFilter, now: datetime | None = None) -> int:
    q = _query(flt, now or datetime.now())
    return session.scalar(select(func.count()).select_from(q.subquery())) or 0
