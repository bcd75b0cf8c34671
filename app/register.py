"""The register: search, filter, sort and page through applications.

Rows are fetched a page at a time so the window stays instant on a register of hundreds
of thousands of applications (the table model asks for more as the user scrolls).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Select, case, func, literal_column, select, text
from sqlalchemy.orm import Session

from app.textnorm import search_fold
from db.models import Applicant, Application, Decision, Office

# "office" last: the sending office's column exists at the district only (ui/register_model.py).
SORT_KEYS = ("number", "registered", "applicant", "iin", "service", "status", "next_due", "office")


@dataclass(frozen=True)
class RegisterFilter:
    text: str = ""
    service: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    overdue_only: bool = False
    office_code: str | None = None
    # Not overdue yet, but due before today ends (what the register paints amber).
    due_today: bool = False
    outcome: str | None = None  # one of OUTCOMES


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
    # The office the case belongs to: at the district, the akim's office that sent it.
    office_code: str = ""
    office_kk: str = ""
    office_ru: str = ""

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

# What became of an application: the district's decision (assigned | refused) once there is
# one, else what its status says.
OUTCOMES = ("assigned", "refused", "refused_to_accept", "completed", "in_progress")


def outcome_column() -> ColumnElement[str]:
    """The application's outcome (one of OUTCOMES) as an SQL expression."""
    decided = (
        select(Decision.outcome)
        .where(Decision.application_id == Application.id)
        .limit(1)
        .scalar_subquery()
    )
    return case(
        (decided.is_not(None), decided),
        (Application.status == "refused_to_accept", "refused_to_accept"),
        (Application.status.in_(("issued", "closed")), "completed"),
        else_="in_progress",
    )


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# Above this many matching applicants, walking the register in display order and checking
# each row is faster than fetching every match and sorting it.
_SMALL_MATCH = 1000


_TRIGRAM: dict[str, bool] = {}  # per database URL: asked once, every keystroke searches


def _has_trigram_index(session: Session) -> bool:
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    key = str(bind.engine.url) if hasattr(bind, "engine") else str(bind.url)
    if key not in _TRIGRAM:
        _TRIGRAM[key] = bool(
            session.execute(
                text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'applicant_fts'")
            ).first()
        )
    return _TRIGRAM[key]


def _matching_applicants(session: Session, words: list[str]) -> Select:
    """Applicant ids whose folded name contains every word (trigram index where it exists)."""
    q = select(Applicant.id)
    long_words = [w for w in words if len(w) >= 3]
    if long_words and _has_trigram_index(session):
        match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
        fts = (
            select(literal_column("rowid"))
            .select_from(text("applicant_fts"))
            .where(text("applicant_fts MATCH :match").bindparams(match=match))
        )
        words = [w for w in words if len(w) < 3]
        if not words:  # the index alone answers: skip the round trip through the table
            return fts
        q = q.where(Applicant.id.in_(fts))
    for w in words:
        q = q.where(Applicant.search_key.like(f"%{_like_escape(w)}%", escape="\\"))
    return q


def _text_condition(session: Session, text_: str, for_count: bool = False):  # type: ignore[no-untyped-def]
    t = text_.strip()
    if not t:
        return None
    compact = "".join(t.split())
    if "/" in t and t.replace("/", "").isdigit():
        return Application.incoming_number == t
    if compact.isdigit():
        # ИИН prefix as a range, so the unique index on applicant.iin answers it.
        prefix = compact[:12]
        people = select(Applicant.id).where(Applicant.iin >= prefix, Applicant.iin < prefix + ":")
    else:
        people = _matching_applicants(session, [search_fold(w) for w in t.split()])
    many = (
        not for_count
        and (
            session.scalar(
                select(func.count()).select_from(people.limit(_SMALL_MATCH + 1).subquery())
            )
            or 0
        )
        > _SMALL_MATCH
    )
    # `+ 0` hides the column from the index so the database walks the register in display
    # order and stops at the first page, instead of sorting thousands of matches.
    column = (Application.applicant_id + 0) if many else Application.applicant_id
    cond = column.in_(people)
    if compact.isdigit() and len(compact) <= 6:
        # Short numbers may be journal numbers too. A UNION of the two id sets, because an
        # OR across them makes the database give up both indexes and read every row.
        by_person = select(Application.id).where(Application.applicant_id.in_(people))
        by_number = select(Application.id).where(Application.number == int(compact))
        cond = Application.id.in_(by_person.union(by_number))
    return cond


def _conditions(
    session: Session, flt: RegisterFilter, now: datetime, for_count: bool = False
) -> list:  # type: ignore[type-arg]
    """The filter as conditions on the application table alone (the name search is a
    subquery), so counting needs no join."""
    conds = []
    # A count reads every match anyway: the applicant index is always the quick way there.
    cond = _text_condition(session, flt.text, for_count)
    if cond is not None:
        conds.append(cond)
    if flt.service:
        conds.append(Application.service_code == flt.service)
    if flt.status:
        conds.append(Application.status == flt.status)
    if flt.date_from:
        conds.append(Application.registered_at >= datetime.combine(flt.date_from, time.min))
    if flt.date_to:
        conds.append(
            Application.registered_at < datetime.combine(flt.date_to + timedelta(days=1), time.min)
        )
    if flt.overdue_only:
        conds.append(Application.next_due_at < now)
        conds.append(Application.status.not_in(_CLOSED))
    if flt.due_today:
        tomorrow = datetime.combine(now.date() + timedelta(days=1), time.min)
        conds.append(Application.next_due_at >= now)
        conds.append(Application.next_due_at < tomorrow)
        conds.append(Application.status.not_in(_CLOSED))
    if flt.outcome:
        conds.append(outcome_column() == flt.outcome)
    if flt.office_code:
        conds.append(
            Application.office_id.in_(select(Office.id).where(Office.code == flt.office_code))
        )
    return conds


def _query(session: Session, flt: RegisterFilter, now: datetime) -> Select:
    return (
        select(
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
            Application.office_id,
        )
        .join(Applicant, Applicant.id == Application.applicant_id)
        .where(*_conditions(session, flt, now))
    )


def _office_code_of_application() -> ColumnElement[str]:
    return select(Office.code).where(Office.id == Application.office_id).limit(1).scalar_subquery()


def _order(q: Select, sort: str, descending: bool) -> Select:
    columns = {
        "number": (Application.year, Application.number),
        "registered": (Application.registered_at, Application.id),
        "applicant": (Applicant.sort_key, Application.id),
        "iin": (Applicant.iin, Application.id),
        "service": (Application.service_code, Application.id),
        "status": (Application.status, Application.id),
        "next_due": (Application.next_due_at, Application.id),
        "office": (_office_code_of_application(), Application.id),
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
    q = _order(_query(session, flt, now), sort, descending).offset(offset).limit(limit)
    # A handful of offices: one small query instead of a join on every page of the register.
    offices = {
        o.id: (o.code, o.name_kk, o.name_ru)
        for o in session.execute(select(Office.id, Office.code, Office.name_kk, Office.name_ru))
    }
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
                *offices.get(r.office_id, ("", "", "")),
            )
        )
    return rows


def count(
    session: Session, flt: RegisterFilter, now: datetime | None = None, cap: int | None = None
) -> int:
    """How many rows match; with `cap`, counting stops at cap + 1 ("more than cap")."""
    q = select(Application.id).where(
        *_conditions(session, flt, now or datetime.now(), for_count=True)
    )
    if cap is not None:
        q = q.limit(cap + 1)
    return session.scalar(select(func.count()).select_from(q.subquery())) or 0
