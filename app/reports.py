"""The monthly report to the district (and the district's report upward).

Counts the applications REGISTERED in a period, by service and by outcome; the processing
time of each case in working days against the regulation's term; and the cases that broke
their term, with the step that was late. At the district the same over every office that
sends it cases, with a line per office.

The figures are a snapshot "as of" the end of the period (or now, for a period not over
yet): a result recorded after that moment counts as still in progress. So the report of a
past month gives the same numbers whenever it is made again, and everything is sorted on
keys that never tie, so the same register gives the same report.

Outcome of a case, in this order:
* `refused_to_accept`: the documents were not accepted (status), whatever came later;
* when the case finished by the as-of moment: the district's decision (`assigned` /
  `refused`), else a same-day certificate (`certificate_belongs` / `..._not_belongs`), else
  the issued result's type (notice → assigned, refusal → refused), else the case's own
  outcome, else `closed` (closed for another reason, e.g. withdrawn);
* otherwise `in_progress`.

A case finishes when its result is issued (`Issuance.issued_at`), else when it is closed
(`Application.closed_at`), else when the decision is recorded (`Decision.recorded_at`).
Working days are counted the way the deadline engine counts terms: the registration day
never counts, and every working day after it up to and including the finishing day does.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue import Catalogue, Limit
from app.context import AppContext
from app.errors import NotFoundError, UserError
from app.workcalendar import WorkCalendar
from db.models import Application, ApplicationStep, Decision, Issuance, Office

if TYPE_CHECKING:
    from forms.report import ReportDocument

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

OUTCOMES: tuple[str, ...] = (
    "assigned",
    "refused",
    "certificate_belongs",
    "certificate_not_belongs",
    "refused_to_accept",
    "closed",
    "in_progress",
)
FINISHED_OUTCOMES = frozenset(OUTCOMES) - {"in_progress", "refused_to_accept"}
CHANNEL_ORDER = ("akim", "department")
FORMATS: tuple[str, ...] = ("pdf", "docx", "xlsx", "json")
BASIS = "registered"  # the report counts applications by their registration date
# SQLite allows a limited number of bound parameters per statement.
_ID_CHUNK = 500


class ReportCancelled(Exception):
    """The person stopped the report; no file was written."""


# --- the report, as plain data ------------------------------------------------------------


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="minutes") if moment else None


def _counts(by_outcome: Mapping[str, int]) -> dict[str, int]:
    return {o: int(by_outcome.get(o, 0)) for o in OUTCOMES}


@dataclass(frozen=True)
class OfficeRef:
    code: str
    role: str
    name_kk: str
    name_ru: str

    def to_json(self) -> dict[str, str]:
        return {
            "code": self.code,
            "role": self.role,
            "name_kk": self.name_kk,
            "name_ru": self.name_ru,
        }


@dataclass(frozen=True)
class ServiceCounts:
    """One service: how many applications were registered and how they ended."""

    service: str
    name_kk: str
    name_ru: str
    registered: int
    by_outcome: Mapping[str, int]

    def to_json(self) -> dict[str, Any]:
        return {
            "service": self.service,
            "name_kk": self.name_kk,
            "name_ru": self.name_ru,
            "registered": self.registered,
            "by_outcome": _counts(self.by_outcome),
        }


@dataclass(frozen=True)
class TimingRow:
    """Processing time of one service by one route, against the route's term."""

    service: str
    name_kk: str
    name_ru: str
    channel: str
    term: Limit | None  # the route's total in the catalogue; None if the route is gone
    term_working_days: int | None  # the same in working days, where it converts exactly
    finished: int
    avg_working_days: float | None
    max_working_days: int | None
    max_case: str | None  # the journal number of the longest case
    within_term: int
    finished_late: int
    open_overdue: int

    def to_json(self) -> dict[str, Any]:
        return {
            "service": self.service,
            "name_kk": self.name_kk,
            "name_ru": self.name_ru,
            "channel": self.channel,
            "term": {"amount": self.term.amount, "unit": self.term.unit} if self.term else None,
            "term_working_days": self.term_working_days,
            "finished": self.finished,
            "avg_working_days": self.avg_working_days,
            "max_working_days": self.max_working_days,
            "max_case": self.max_case,
            "within_term": self.within_term,
            "finished_late": self.finished_late,
            "open_overdue": self.open_overdue,
        }


@dataclass(frozen=True)
class OfficeRow:
    """The district's line per office."""

    code: str
    name_kk: str
    name_ru: str
    registered: int
    by_outcome: Mapping[str, int]
    finished: int
    avg_working_days: float | None
    max_working_days: int | None
    overdue: int

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name_kk": self.name_kk,
            "name_ru": self.name_ru,
            "registered": self.registered,
            "by_outcome": _counts(self.by_outcome),
            "finished": self.finished,
            "avg_working_days": self.avg_working_days,
            "max_working_days": self.max_working_days,
            "overdue": self.overdue,
        }


@dataclass(frozen=True)
class LateStep:
    """A step of the route done after its due moment, or not done when it fell due."""

    code: str
    name_kk: str
    name_ru: str
    actor: str
    due_at: datetime
    done_at: datetime | None  # None: the case waited here (not done before it ended)
    working_days_late: int

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name_kk": self.name_kk,
            "name_ru": self.name_ru,
            "actor": self.actor,
            "due_at": _iso(self.due_at),
            "done_at": _iso(self.done_at),
            "working_days_late": self.working_days_late,
        }


@dataclass(frozen=True)
class Extension:
    code: str
    name_kk: str
    name_ru: str

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "name_kk": self.name_kk, "name_ru": self.name_ru}


@dataclass(frozen=True)
class OverdueCase:
    """A case finished after its due moment, or still open past it at the as-of moment."""

    office: str
    number: str
    service: str
    name_kk: str
    name_ru: str
    channel: str
    registered_at: datetime
    due_at: datetime
    finished_at: datetime | None
    status: str
    outcome: str
    working_days: int
    working_days_late: int
    late_steps: tuple[LateStep, ...]
    extension: Extension | None
    notes: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "office": self.office,
            "number": self.number,
            "service": self.service,
            "name_kk": self.name_kk,
            "name_ru": self.name_ru,
            "channel": self.channel,
            "registered_at": _iso(self.registered_at),
            "due_at": _iso(self.due_at),
            "finished_at": _iso(self.finished_at),
            "status": self.status,
            "outcome": self.outcome,
            "working_days": self.working_days,
            "working_days_late": self.working_days_late,
            "late_steps": [s.to_json() for s in self.late_steps],
            "extension": self.extension.to_json() if self.extension else None,
            "notes": self.notes,
        }


@dataclass(frozen=True)
class Report:
    office: OfficeRef  # the office making the report
    scope: str  # "office" (an akim's office: its own cases) | "district" (every office's)
    office_filter: OfficeRef | None  # at the district: the one office asked for
    date_from: date
    date_to: date
    as_of: datetime
    catalogue_version: str
    registered: int
    by_outcome: Mapping[str, int]
    finished: int
    overdue_count: int
    by_service: tuple[ServiceCounts, ...]
    timing: tuple[TimingRow, ...]
    by_office: tuple[OfficeRow, ...]  # empty at an akim's office
    overdue: tuple[OverdueCase, ...]
    basis: str = field(default=BASIS)

    @property
    def in_progress(self) -> int:
        return int(self.by_outcome.get("in_progress", 0))

    def to_json(self) -> dict[str, Any]:
        return {
            "office": self.office.to_json(),
            "scope": self.scope,
            "office_filter": self.office_filter.to_json() if self.office_filter else None,
            "period": {"from": self.date_from.isoformat(), "to": self.date_to.isoformat()},
            "basis": self.basis,
            "as_of": _iso(self.as_of),
            "catalogue_version": self.catalogue_version,
            "outcomes": list(OUTCOMES),
            "totals": {
                "registered": self.registered,
                "by_outcome": _counts(self.by_outcome),
                "finished": self.finished,
                "in_progress": self.in_progress,
                "overdue": self.overdue_count,
            },
            "by_service": [r.to_json() for r in self.by_service],
            "timing": [r.to_json() for r in self.timing],
            "by_office": [r.to_json() for r in self.by_office],
            "overdue": [c.to_json() for c in self.overdue],
        }


# --- working days ---------------------------------------------------------------------------


class WorkingDayCounter:
    """Working days between two dates, from a running count over the dates asked about.

    A district's year holds tens of thousands of cases; asking the calendar day by day for
    each would cost a second or more, the running count costs one pass over the calendar.
    """

    def __init__(self, calendar: WorkCalendar) -> None:
        self.calendar = calendar
        self._origin: date | None = None
        self._cum: list[int] = []  # _cum[i]: working days in (origin, origin + i]

    def between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (0 when end <= start)."""
        if end <= start:
            return 0
        self._cover(start, end)
        assert self._origin is not None
        return self._cum[(end - self._origin).days] - self._cum[(start - self._origin).days]

    def _cover(self, start: date, end: date) -> None:
        if self._origin is None or start < self._origin:
            last = end if self._origin is None else max(end, self._last())
            self._origin = start
            self._cum = [0]
            self._extend(last)
        elif end > self._last():
            self._extend(end)

    def _last(self) -> date:
        assert self._origin is not None
        return self._origin + timedelta(days=len(self._cum) - 1)

    def _extend(self, end: date) -> None:
        day = self._last()
        count = self._cum[-1]
        while day < end:
            day += timedelta(days=1)
            count += self.calendar.is_working_day(day)
            self._cum.append(count)


# --- building the report -------------------------------------------------------------------


def report_offices(ctx: AppContext) -> tuple[OfficeRef, tuple[OfficeRef, ...]]:
    """This office, and the offices a report can be narrowed to (only at the district)."""
    with ctx.session() as s:
        me = ctx.self_office(s)
        if me.role != "district":
            return _office_ref(me), ()
        others = s.scalars(select(Office).order_by(Office.code))
        return _office_ref(me), tuple(_office_ref(o) for o in others)


@dataclass
class _Case:
    id: int
    office: str
    number: str
    year: int
    serial: int
    service: str
    channel: str
    registered_at: datetime
    status: str
    due_at: datetime | None
    finished_at: datetime | None  # by the as-of moment; None while in progress
    outcome: str
    working_days: int | None  # None for a refusal to accept: no processing happened
    late: bool
    working_days_late: int
    extension: str | None
    notes: str | None


def _as_of(date_to: date, now: datetime | None = None) -> datetime:
    end = datetime.combine(date_to, time(23, 59, 59))
    current = (now or datetime.now()).replace(microsecond=0)
    return min(end, current)


def _bad_period() -> UserError:
    return UserError(
        code="bad-period",
        kk="Кезеңнің соңы басынан бұрын",
        ru="Конец периода раньше начала",
        en="The period ends before it starts",
    )


def _office_ref(o: Office) -> OfficeRef:
    return OfficeRef(o.code, o.role, o.name_kk, o.name_ru)


def _find_office(session: Session, me: Office, code: str | None) -> Office | None:
    if not code:
        return None
    code = code.strip()
    if me.role != "district":
        if code == me.code:
            return None  # an akim's office asking for itself: the same report
        raise UserError(
            code="office-filter-district-only",
            kk="Кеңселер бойынша таңдау тек аудандық бөлімде бар",
            ru="Выбор офиса доступен только в районном отделе",
            en="Choosing an office is only available at the district",
        )
    office = session.scalar(select(Office).where(Office.code == code))
    if office is None:
        raise NotFoundError(
            code="no-office",
            kk=f"Мұндай кеңсе жоқ: {code}",
            ru=f"Нет такого офиса: {code}",
            en=f"No such office: {code}",
        )
    return office


def _outcome(
    status: str,
    finished: bool,
    decision: str | None,
    result_type: str | None,
    belongs: bool | None,
    own: str | None,
) -> str:
    if status == "refused_to_accept":
        return "refused_to_accept"
    if not finished:
        return "in_progress"
    if decision in ("assigned", "refused"):
        return decision
    if result_type == "certificate":
        return "certificate_belongs" if belongs else "certificate_not_belongs"
    if result_type == "notice":
        return "assigned"
    if result_type == "refusal":
        return "refused"
    if own in ("assigned", "refused"):
        return own
    return "closed"


def _service_names(catalogue: Catalogue, code: str) -> tuple[str, str]:
    try:
        svc = catalogue.get(code)
    except KeyError:  # a service dropped from a newer catalogue still reports by its code
        return code, code
    return svc.name.kk, svc.name.ru


def _service_order(catalogue: Catalogue) -> Callable[[str], tuple[int, str]]:
    position = {s.code: i for i, s in enumerate(catalogue.services)}
    return lambda code: (position.get(code, len(position)), code)


def _term(catalogue: Catalogue, service: str, channel: str) -> Limit | None:
    try:
        route = catalogue.get(service).routes.get(channel)
    except KeyError:
        return None
    return route.total if route else None


def _term_working_days(term: Limit | None) -> int | None:
    """The term in working days: exact for working days; 0 for a term of minutes or hours
    that fits in one office day (the same-day services); None for calendar days, which do
    not convert (the due date still says whether the term was kept)."""
    if term is None:
        return None
    if term.unit == "working_days":
        return term.amount
    minutes = term.amount * (60 if term.unit == "hours" else 1)
    if term.unit in ("minutes", "hours") and minutes <= 8 * 60:
        return 0
    return None


def _extension(
    catalogue: Catalogue, service: str, channel: str, code: str | None
) -> Extension | None:
    if not code:
        return None
    try:
        route = catalogue.get(service).routes.get(channel)
    except KeyError:
        route = None
    for ext in route.extensions if route else ():
        if ext.code == code:
            return Extension(code, ext.name.kk, ext.name.ru)
    return Extension(code, code, code)


def _avg(values: Sequence[int]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def _late_steps(
    steps: Iterable[_Step], end: datetime, wd: WorkingDayCounter
) -> tuple[LateStep, ...]:
    """Why a case is late: the steps done after their due moment, and the step it waited
    at (the first one not done before `end` although it fell due before it).

    `end` is when the case finished, or the as-of moment for an open case. Issuing a result
    ticks off every step still open at that moment (app/issuing.py), so a step done only at
    `end` counts as not done: that is where the case was waiting. Later undone steps are
    left out: their due moments are chained on the first one, so they are late because it
    is, and listing them all would hide where the case stopped.
    """
    late: list[LateStep] = []
    waiting_found = False
    for st in steps:  # in route order (loaded by seq)
        if st.due_at is None:
            continue
        done = st.done_at if st.done_at is not None and st.done_at < end else None
        if done is not None and done > st.due_at:
            days = wd.between(st.due_at.date(), done.date())
        elif done is None and st.due_at < end and not waiting_found:
            waiting_found = True
            days = wd.between(st.due_at.date(), end.date())
        else:
            continue
        late.append(LateStep(st.code, st.name_kk, st.name_ru, st.actor, st.due_at, done, days))
    return tuple(late)


class _Step(NamedTuple):
    """One step row, read as plain columns: a district's overdue list can hold 100,000."""

    seq: int
    code: str
    name_kk: str
    name_ru: str
    actor: str
    due_at: datetime | None
    done_at: datetime | None


def _load_steps(session: Session, ids: Sequence[int]) -> dict[int, list[_Step]]:
    steps: dict[int, list[_Step]] = defaultdict(list)
    for i in range(0, len(ids), _ID_CHUNK):
        chunk = ids[i : i + _ID_CHUNK]
        for app_id, *values in session.execute(
            select(
                ApplicationStep.application_id,
                ApplicationStep.seq,
                ApplicationStep.code,
                ApplicationStep.name_kk,
                ApplicationStep.name_ru,
                ApplicationStep.actor,
                ApplicationStep.due_at,
                ApplicationStep.done_at,
            )
            .where(ApplicationStep.application_id.in_(chunk))
            .order_by(ApplicationStep.application_id, ApplicationStep.seq)
        ):
            steps[app_id].append(_Step(*values))
    return steps


def build_report(
    ctx: AppContext,
    date_from: date,
    date_to: date,
    *,
    office_code: str | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Report:
    """The report on the applications registered from `date_from` to `date_to` inclusive.

    `progress(done, total)` is called as cases are counted; `cancel()` returning True stops
    the work with `ReportCancelled`. Reads only: nothing is written.
    """
    if date_to < date_from:
        raise _bad_period()
    as_of = _as_of(date_to)
    start = datetime.combine(date_from, time.min)
    end = datetime.combine(date_to + timedelta(days=1), time.min)
    catalogue = ctx.catalogue

    def stop_if_asked() -> None:
        if cancel is not None and cancel():
            raise ReportCancelled()

    with ctx.session() as s:
        me = ctx.self_office(s)
        district = me.role == "district"
        only = _find_office(s, me, office_code)
        wd = WorkingDayCounter(ctx.calendar(s))
        q = (
            select(
                Application.id,
                Office.code,
                Application.incoming_number,
                Application.year,
                Application.number,
                Application.service_code,
                Application.channel,
                Application.registered_at,
                Application.status,
                Application.due_at,
                Application.closed_at,
                Application.outcome,
                Application.extension,
                Application.notes,
                Decision.outcome,
                Decision.recorded_at,
                Issuance.issued_at,
                Issuance.result_type,
                Issuance.certificate_belongs,
            )
            .join(Office, Office.id == Application.office_id)
            .outerjoin(Decision, Decision.application_id == Application.id)
            .outerjoin(Issuance, Issuance.application_id == Application.id)
            .where(Application.registered_at >= start, Application.registered_at < end)
            .order_by(
                Office.code,
                Application.registered_at,
                Application.year,
                Application.number,
                Application.id,
            )
        )
        if not district:
            q = q.where(Application.office_id == me.id)
        elif only is not None:
            q = q.where(Application.office_id == only.id)
        rows = s.execute(q).all()
        total = len(rows)
        stop_if_asked()
        if progress is not None:
            progress(0, total)
        step = max(1, total // 100)

        cases: list[_Case] = []
        for i, r in enumerate(rows, start=1):
            (
                app_id,
                office,
                number,
                year,
                serial,
                service,
                channel,
                registered_at,
                status,
                due_at,
                closed_at,
                own_outcome,
                extension,
                notes,
                decision,
                decided_at,
                issued_at,
                result_type,
                belongs,
            ) = r
            # The result issued, else the case closed, else the decision recorded; of those
            # that had happened by the as-of moment (decided in March, issued in April: the
            # March report counts it decided).
            moments = (issued_at, closed_at, decided_at)
            moment = next((m for m in moments if m is not None), None)
            finished_at = next((m for m in moments if m is not None and m <= as_of), None)
            refused_to_accept = status == "refused_to_accept"
            outcome = _outcome(
                status, finished_at is not None, decision, result_type, belongs, own_outcome
            )
            if outcome == "in_progress" and status in ("issued", "closed") and moment is None:
                # Closed with no moment recorded at all: finished, but not timed.
                outcome = "closed"
            working_days: int | None = None
            late = False
            days_late = 0
            if not refused_to_accept:
                until = finished_at or (as_of if outcome == "in_progress" else None)
                if until is not None:
                    working_days = wd.between(registered_at.date(), until.date())
                    if due_at is not None and until > due_at:
                        late = True
                        days_late = wd.between(due_at.date(), until.date())
            cases.append(
                _Case(
                    app_id,
                    office,
                    number,
                    year,
                    serial,
                    service,
                    channel,
                    registered_at,
                    status,
                    due_at,
                    finished_at,
                    outcome,
                    working_days,
                    late,
                    days_late,
                    extension,
                    notes,
                )
            )
            if progress is not None and (i % step == 0 or i == total):
                progress(i, total)
            stop_if_asked()

        late_cases = [c for c in cases if c.late]
        steps = _load_steps(s, [c.id for c in late_cases])
        overdue = tuple(
            _overdue_case(c, steps.get(c.id, ()), as_of, catalogue, wd) for c in late_cases
        )
        offices: list[Office] = []
        if district:
            if only is not None:
                offices = [only]
            else:
                with_cases = {c.office for c in cases}
                offices = [
                    o
                    for o in s.scalars(select(Office).order_by(Office.code))
                    if o.role == "akimat" or o.code in with_cases
                ]
        return _assemble(
            me=_office_ref(me),
            district=district,
            only=_office_ref(only) if only is not None else None,
            date_from=date_from,
            date_to=date_to,
            as_of=as_of,
            catalogue=catalogue,
            cases=cases,
            overdue=overdue,
            offices=[_office_ref(o) for o in offices],
        )


def _overdue_case(
    c: _Case,
    steps: Iterable[_Step],
    as_of: datetime,
    catalogue: Catalogue,
    wd: WorkingDayCounter,
) -> OverdueCase:
    assert c.due_at is not None and c.working_days is not None
    name_kk, name_ru = _service_names(catalogue, c.service)
    return OverdueCase(
        office=c.office,
        number=c.number,
        service=c.service,
        name_kk=name_kk,
        name_ru=name_ru,
        channel=c.channel,
        registered_at=c.registered_at,
        due_at=c.due_at,
        finished_at=c.finished_at,
        status=c.status,
        outcome=c.outcome,
        working_days=c.working_days,
        working_days_late=c.working_days_late,
        late_steps=_late_steps(steps, c.finished_at or as_of, wd),
        extension=_extension(catalogue, c.service, c.channel, c.extension),
        notes=(c.notes or "").strip() or None,
    )


def _assemble(
    *,
    me: OfficeRef,
    district: bool,
    only: OfficeRef | None,
    date_from: date,
    date_to: date,
    as_of: datetime,
    catalogue: Catalogue,
    cases: list[_Case],
    overdue: tuple[OverdueCase, ...],
    offices: list[OfficeRef],
) -> Report:
    order = _service_order(catalogue)
    by_outcome: dict[str, int] = defaultdict(int)
    per_service: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    per_route: dict[tuple[str, str], list[_Case]] = defaultdict(list)
    per_office: dict[str, list[_Case]] = defaultdict(list)
    for c in cases:
        by_outcome[c.outcome] += 1
        per_service[c.service][c.outcome] += 1
        per_office[c.office].append(c)
        if c.outcome != "refused_to_accept":
            per_route[(c.service, c.channel)].append(c)

    by_service = tuple(
        ServiceCounts(code, *_service_names(catalogue, code), sum(counts.values()), dict(counts))
        for code, counts in sorted(per_service.items(), key=lambda kv: order(kv[0]))
    )

    def channel_key(channel: str) -> int:
        return CHANNEL_ORDER.index(channel) if channel in CHANNEL_ORDER else len(CHANNEL_ORDER)

    timing: list[TimingRow] = []
    for (service, channel), group in sorted(
        per_route.items(), key=lambda kv: (order(kv[0][0]), channel_key(kv[0][1]), kv[0][1])
    ):
        done = [c for c in group if c.finished_at is not None and c.working_days is not None]
        days = [c.working_days or 0 for c in done]
        # The longest case; of equally long ones the first registered, so it never varies.
        longest = (
            min(done, key=lambda c: (-(c.working_days or 0), c.registered_at, c.serial))
            if done
            else None
        )
        term = _term(catalogue, service, channel)
        name_kk, name_ru = _service_names(catalogue, service)
        timing.append(
            TimingRow(
                service=service,
                name_kk=name_kk,
                name_ru=name_ru,
                channel=channel,
                term=term,
                term_working_days=_term_working_days(term),
                finished=len(done),
                avg_working_days=_avg(days),
                max_working_days=max(days) if days else None,
                max_case=longest.number if longest else None,
                within_term=sum(1 for c in done if not c.late),
                finished_late=sum(1 for c in done if c.late),
                open_overdue=sum(1 for c in group if c.finished_at is None and c.late),
            )
        )

    by_office: list[OfficeRow] = []
    if district:
        for o in offices:
            group = per_office.get(o.code, [])
            counts: dict[str, int] = defaultdict(int)
            for c in group:
                counts[c.outcome] += 1
            days = [
                c.working_days
                for c in group
                if c.finished_at is not None
                and c.working_days is not None
                and c.outcome != "refused_to_accept"
            ]
            by_office.append(
                OfficeRow(
                    code=o.code,
                    name_kk=o.name_kk,
                    name_ru=o.name_ru,
                    registered=len(group),
                    by_outcome=dict(counts),
                    finished=len(days),
                    avg_working_days=_avg(days),
                    max_working_days=max(days) if days else None,
                    overdue=sum(1 for c in group if c.late),
                )
            )

    finished = sum(1 for c in cases if c.finished_at is not None and c.outcome in FINISHED_OUTCOMES)
    return Report(
        office=me,
        scope="district" if district else "office",
        office_filter=only,
        date_from=date_from,
        date_to=date_to,
        as_of=as_of,
        catalogue_version=catalogue.version,
        registered=len(cases),
        by_outcome=dict(by_outcome),
        finished=finished,
        overdue_count=len(overdue),
        by_service=by_service,
        timing=tuple(timing),
        by_office=tuple(by_office),
        overdue=overdue,
    )


# --- the printable document ------------------------------------------------------------------


def report_document(report: Report) -> ReportDocument:
    """The report laid out as bilingual tables for forms/report.py (PDF, DOCX, XLSX)."""
    from forms import report_labels as RL
    from forms.data import Bilingual, OfficeHeader
    from forms.labels import fmt_datetime
    from forms.report import Column, ReportDocument, ReportTable

    B = Bilingual

    def outcome_cols() -> list[Column]:
        return [Column(RL.OUTCOME_LABELS[o], "int", 1.2) for o in OUTCOMES]

    def outcome_values(counts: Mapping[str, int]) -> list[int]:
        return [int(counts.get(o, 0)) for o in OUTCOMES]

    def term_text(term: Limit | None) -> Bilingual | None:
        if term is None:
            return None
        unit = RL.UNIT_LABELS.get(term.unit, B(term.unit, term.unit))
        return B(f"{term.amount} {unit.kk}", f"{term.amount} {unit.ru}")

    def channel(code: str) -> Bilingual:
        return RL.CHANNEL_LABELS.get(code, B(code, code))

    services = ReportTable(
        sheet="Қызметтер",
        title=RL.BY_SERVICE_TITLE,
        columns=(
            Column(RL.COL_SERVICE_CODE, "text", 1.3),
            Column(RL.COL_SERVICE, "text", 4.0),
            Column(RL.COL_REGISTERED, "int", 1.3),
            *outcome_cols(),
        ),
        rows=tuple(
            (r.service, B(r.name_kk, r.name_ru), r.registered, *outcome_values(r.by_outcome))
            for r in report.by_service
        ),
        total=(RL.TOTAL, "", report.registered, *outcome_values(report.by_outcome)),
    )
    timing = ReportTable(
        sheet="Мерзімдер",
        title=RL.TIMING_TITLE,
        columns=(
            Column(RL.COL_SERVICE_CODE, "text", 1.3),
            Column(RL.COL_SERVICE, "text", 3.0),
            Column(RL.COL_CHANNEL, "text", 1.1),
            Column(RL.COL_TERM, "text", 1.2),
            Column(RL.COL_TERM_WD, "int", 1.0),
            Column(RL.COL_FINISHED, "int", 1.0),
            Column(RL.COL_AVG, "float", 1.0),
            Column(RL.COL_MAX, "int", 1.0),
            Column(RL.COL_MAX_CASE, "text", 1.0),
            Column(RL.COL_WITHIN, "int", 1.05),
            Column(RL.COL_LATE, "int", 1.1),
            Column(RL.COL_OPEN_OVERDUE, "int", 1.1),
        ),
        rows=tuple(
            (
                r.service,
                B(r.name_kk, r.name_ru),
                channel(r.channel),
                term_text(r.term),
                r.term_working_days,
                r.finished,
                r.avg_working_days,
                r.max_working_days,
                r.max_case,
                r.within_term,
                r.finished_late,
                r.open_overdue,
            )
            for r in report.timing
        ),
    )
    tables = [services, timing]
    if report.scope == "district":
        tables.append(
            ReportTable(
                sheet="Кеңселер",
                title=RL.BY_OFFICE_TITLE,
                columns=(
                    Column(RL.COL_OFFICE_CODE, "text", 1.2),
                    Column(RL.COL_OFFICE, "text", 3.2),
                    Column(RL.COL_REGISTERED, "int", 1.3),
                    *outcome_cols(),
                    Column(RL.COL_FINISHED, "int", 0.9),
                    Column(RL.COL_AVG, "float", 0.9),
                    Column(RL.COL_MAX, "int", 0.9),
                    Column(RL.COL_OVERDUE, "int", 0.9),
                ),
                rows=tuple(
                    (
                        r.code,
                        B(r.name_kk, r.name_ru),
                        r.registered,
                        *outcome_values(r.by_outcome),
                        r.finished,
                        r.avg_working_days,
                        r.max_working_days,
                        r.overdue,
                    )
                    for r in report.by_office
                ),
            )
        )

    def steps_text(case: OverdueCase) -> str:
        # Who was late and by how much; the steps' full names are in the next table.
        lines = []
        for st in case.late_steps:
            actor = RL.ACTOR_LABELS.get(st.actor, B(st.actor, st.actor))
            lines.append(f"{actor.kk} / {actor.ru}: +{st.working_days_late}")
        return "\n".join(lines)

    tables.append(
        ReportTable(
            sheet="Мерзімі бұзылған",
            title=RL.OVERDUE_TITLE,
            columns=(
                Column(RL.COL_OFFICE_CODE, "text", 1.1),
                Column(RL.COL_NUMBER, "text", 0.9),
                Column(RL.COL_SERVICE, "text", 3.0),
                Column(RL.COL_REGISTERED_AT, "datetime", 1.1),
                Column(RL.COL_DUE, "datetime", 1.1),
                Column(RL.COL_FINISHED_AT, "datetime", 1.1),
                Column(RL.COL_RESULT, "text", 1.4),
                Column(RL.COL_WD, "int", 0.9),
                Column(RL.COL_WD_LATE, "int", 0.9),
                Column(RL.COL_LATE_STEPS, "text", 2.0),
                Column(RL.COL_EXTENSION, "text", 1.1),
                Column(RL.COL_NOTES, "text", 1.5),
            ),
            rows=tuple(
                (
                    c.office,
                    c.number,
                    B(c.name_kk, c.name_ru),
                    c.registered_at,
                    c.due_at,
                    c.finished_at,
                    RL.OUTCOME_LABELS.get(c.outcome, B(c.outcome, c.outcome)),
                    c.working_days,
                    c.working_days_late,
                    steps_text(c) or None,
                    B(c.extension.name_kk, c.extension.name_ru) if c.extension else None,
                    c.notes,
                )
                for c in report.overdue
            ),
        )
    )
    tables.append(
        ReportTable(
            sheet="Кешіккен кезеңдер",
            title=RL.LATE_STEPS_TITLE,
            columns=(
                Column(RL.COL_OFFICE_CODE, "text", 1.1),
                Column(RL.COL_NUMBER, "text", 0.9),
                Column(RL.COL_STEP, "text", 3.6),
                Column(RL.COL_ACTOR, "text", 1.6),
                Column(RL.COL_STEP_DUE, "datetime", 1.2),
                Column(RL.COL_STEP_DONE, "datetime", 1.2),
                Column(RL.COL_WD_LATE, "int", 0.9),
            ),
            rows=tuple(
                (
                    c.office,
                    c.number,
                    B(s.name_kk, s.name_ru),
                    RL.ACTOR_LABELS.get(s.actor, B(s.actor, s.actor)),
                    s.due_at,
                    s.done_at if s.done_at is not None else RL.NOT_DONE,
                    s.working_days_late,
                )
                for c in report.overdue
                for s in c.late_steps
            ),
        )
    )

    as_of = fmt_datetime(report.as_of)
    notes = [
        B(RL.NOTE_BASIS.kk.format(as_of=as_of), RL.NOTE_BASIS.ru.format(as_of=as_of)),
        RL.NOTE_WORKING_DAYS,
        RL.NOTE_REFUSED_TO_ACCEPT,
    ]
    facts: list[tuple[Bilingual, object]] = []
    if report.scope == "district":
        scope = (
            B(
                f"{report.office_filter.code} {report.office_filter.name_kk}",
                f"{report.office_filter.code} {report.office_filter.name_ru}",
            )
            if report.office_filter
            else RL.SCOPE_ALL_OFFICES
        )
        facts.append((RL.SCOPE, scope))
    facts += [
        (RL.FACT_REGISTERED, report.registered),
        (RL.FACT_FINISHED, report.finished),
        (RL.FACT_IN_PROGRESS, report.in_progress),
        (RL.FACT_OVERDUE, report.overdue_count),
    ]
    return ReportDocument(
        office=OfficeHeader(
            code=report.office.code, name=B(report.office.name_kk, report.office.name_ru)
        ),
        title=RL.REPORT_TITLE,
        date_from=report.date_from,
        date_to=report.date_to,
        as_of=report.as_of,
        facts=tuple(facts),  # type: ignore[arg-type]
        notes=tuple(notes),
        tables=tuple(tables),
    )


# --- writing a file -------------------------------------------------------------------------


def report_file_name(
    date_from: date, date_to: date, fmt: str, office_code: str | None = None
) -> str:
    """ "report-2026-03-01-2026-03-31.pdf", with the office's code when one was chosen."""
    office = f"-{office_code}" if office_code else ""
    return f"report-{date_from.isoformat()}-{date_to.isoformat()}{office}.{fmt}"


def report_json_text(report: Report) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"


def write_report(
    ctx: AppContext,
    date_from: date,
    date_to: date,
    fmt: str,
    out: Path,
    *,
    office_code: str | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Path:
    """Build the report and write it to `out` as PDF, DOCX, XLSX or JSON; its path.

    Progress runs from 0 to 100: counting the cases is most of it, writing the rest.
    Cancelled (at any point) it raises `ReportCancelled` and `out` is left as it was.
    """
    if fmt not in FORMATS:
        raise UserError(
            code="bad-format",
            kk=f"Пішім белгісіз: {fmt} ({', '.join(FORMATS)})",
            ru=f"Неизвестный формат: {fmt} ({', '.join(FORMATS)})",
            en=f"Unknown format: {fmt} ({', '.join(FORMATS)})",
        )
    # Imported here: the dashboard builds reports without paying for reportlab.
    from forms.output import atomic_output
    from forms.report import (
        RenderCancelled,
        render_report_docx,
        render_report_pdf,
        render_report_xlsx,
    )

    def counted(done: int, total: int) -> None:
        if progress is not None:
            progress(done * 80 // total if total else 80, 100)

    report = build_report(
        ctx, date_from, date_to, office_code=office_code, progress=counted, cancel=cancel
    )
    out = Path(out)
    if cancel is not None and cancel():
        raise ReportCancelled()
    try:
        if fmt == "json":
            with atomic_output(out) as tmp:
                tmp.write_text(report_json_text(report), encoding="utf-8")
        else:
            render = {
                "pdf": render_report_pdf,
                "docx": render_report_docx,
                "xlsx": render_report_xlsx,
            }[fmt]
            render(report_document(report), out, cancel=cancel)
    except RenderCancelled:
        raise ReportCancelled() from None
    if progress is not None:
        progress(100, 100)
    return out
