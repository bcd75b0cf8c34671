"""The day's picture: what is due today and overdue, by kind of work; this month's applications
by service and by outcome; packets the district has not acknowledged.

The first screen after login (`ui/dashboard.py`) and `qabyldau dashboard` both show this. Every
number carries the register filter (`RegisterLink`) that lists the applications behind it, so
the counts here and the register's rows are the same query (`app.register`).

What "due" means is the register's own rule: an application is due at its `next_due_at` (the
earliest pending step counted in days, `app.intake.next_due`); overdue once that moment has
passed, due today when it falls before today ends. Which kind of work is due is read from the
case: a result to issue (`ready_for_issue`), a case to send (ready for a packet, or in a packet
not sent yet), a commission visit (the pending step is the commission's), or other work.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select

from app.context import AppContext
from app.intake import CLOSED_STATUSES, DAY_UNITS
from app.packets import _direct_codes, outbox
from app.register import OUTCOMES, RegisterFilter, outcome_column
from db.models import Application, ApplicationStep, PacketItem
from forms.data import Bilingual

# Kinds of work, in the order the screen lists them.
KINDS = ("commission", "packet", "issue", "other")
KIND_NAMES: dict[str, Bilingual] = {
    "commission": Bilingual("Комиссияның тексеруі", "Обследование комиссией"),
    "packet": Bilingual("Аудандық бөлімге жіберу", "Отправка в районный отдел"),
    "issue": Bilingual("Нәтижені беру", "Выдача результата"),
    "other": Bilingual("Басқа қадамдар", "Прочие шаги"),
}
# The status a kind's cases are usually in: the register filter of an empty group.
_KIND_STATUS: dict[str, str | None] = {
    "commission": "at_commission",
    "packet": "act_done",
    "issue": "ready_for_issue",
    "other": None,
}
OUTCOME_NAMES: dict[str, Bilingual] = {
    "assigned": Bilingual("Тағайындалды", "Назначено"),
    "refused": Bilingual("Бас тартылды", "Отказано"),
    "refused_to_accept": Bilingual("Қабылдаудан бас тартылды", "Отказ в приеме"),
    "completed": Bilingual("Орындалды", "Исполнено"),
    "in_progress": Bilingual("Орындалуда", "В работе"),
}
RESEND_AFTER_DAYS = "resend_after_days"  # setting: days before an unacknowledged packet is late
DEFAULT_RESEND_AFTER_DAYS = 5


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    return value.isoformat()


@dataclass(frozen=True)
class RegisterLink:
    """The register filter a number opens: its rows are the applications counted."""

    status: str | None = None
    service: str | None = None
    overdue: bool = False
    due_today: bool = False
    date_from: date | None = None
    date_to: date | None = None
    outcome: str | None = None
    office_code: str | None = None  # at the district: the sending office's cases

    def to_filter(self) -> RegisterFilter:
        return RegisterFilter(
            service=self.service,
            status=self.status,
            date_from=self.date_from,
            date_to=self.date_to,
            overdue_only=self.overdue,
            due_today=self.due_today,
            outcome=self.outcome,
            office_code=self.office_code,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "service": self.service,
            "overdue": self.overdue,
            "due_today": self.due_today,
            "date_from": _iso(self.date_from),
            "date_to": _iso(self.date_to),
            "outcome": self.outcome,
            "office_code": self.office_code,
        }


@dataclass(frozen=True)
class KindCount:
    kind: str  # one of KINDS
    count: int
    link: RegisterLink

    @property
    def name(self) -> Bilingual:
        return KIND_NAMES[self.kind]

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "count": self.count, "filter": self.link.to_json()}


@dataclass(frozen=True)
class DueGroup:
    """Applications due today, or overdue, in all and by kind of work."""

    total: int
    link: RegisterLink
    by_kind: tuple[KindCount, ...]

    def count(self, kind: str) -> int:
        return next((k.count for k in self.by_kind if k.kind == kind), 0)

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "filter": self.link.to_json(),
            "by_kind": [k.to_json() for k in self.by_kind],
        }


@dataclass(frozen=True)
class Tile:
    """One number on the first screen."""

    key: str  # due_today | overdue | commission | packets | issue | unacknowledged
    count: int
    link: RegisterLink
    alert: bool = False  # something is late: the screen paints it red

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "count": self.count,
            "alert": self.alert,
            "filter": self.link.to_json(),
        }


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: a service or an outcome, with this month's count."""

    key: str
    name: Bilingual
    count: int
    link: RegisterLink

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": {"kk": self.name.kk, "ru": self.name.ru},
            "count": self.count,
            "filter": self.link.to_json(),
        }


@dataclass(frozen=True)
class PacketAge:
    """A packet sent to the district and not acknowledged yet."""

    packet_id: int
    number: str
    recipient: str | None
    sent_at: datetime
    age_days: int
    cases: int
    late: bool  # older than the `resend_after_days` setting: time to send it again

    def to_json(self) -> dict[str, Any]:
        return {
            "packet_id": self.packet_id,
            "packet": self.number,
            "recipient": self.recipient,
            "sent_at": _iso(self.sent_at),
            "age_days": self.age_days,
            "cases": self.cases,
            "late": self.late,
        }


@dataclass(frozen=True)
class OfficePicture:
    """At the district: one sending akim's office, its bundles and its cases."""

    office_code: str
    name: Bilingual
    last_sequence: int | None
    last_received_at: datetime | None
    gaps: tuple[int, ...]  # bundle numbers that never arrived
    unacknowledged: int  # bundles received and not acknowledged back yet
    waiting_decision: int  # cases without a decision
    decisions_to_send: int  # decisions not yet in a return bundle
    link: RegisterLink  # the office's cases waiting for a decision

    @property
    def alert(self) -> bool:
        return bool(self.gaps)

    def to_json(self) -> dict[str, Any]:
        return {
            "office_code": self.office_code,
            "name": {"kk": self.name.kk, "ru": self.name.ru},
            "last_sequence": self.last_sequence,
            "last_received_at": _iso(self.last_received_at),
            "gaps": list(self.gaps),
            "unacknowledged": self.unacknowledged,
            "waiting_decision": self.waiting_decision,
            "decisions_to_send": self.decisions_to_send,
            "filter": self.link.to_json(),
        }


@dataclass(frozen=True)
class Dashboard:
    now: datetime
    role: str | None  # akimat | district; None before the office is set up
    month_from: date
    month_to: date
    due_today: DueGroup
    overdue: DueGroup
    commission_visits: KindCount
    packets_to_send: KindCount
    results_to_issue: KindCount
    unacknowledged: tuple[PacketAge, ...]
    resend_after_days: int
    by_service: tuple[Bar, ...]
    by_outcome: tuple[Bar, ...]
    month_link: RegisterLink = field(default_factory=RegisterLink)
    offices: tuple[OfficePicture, ...] = ()  # the district's picture; empty at an akimat

    @property
    def late_packets(self) -> int:
        return sum(p.late for p in self.unacknowledged)

    @property
    def month_total(self) -> int:
        return sum(b.count for b in self.by_service)

    def tiles(self) -> tuple[Tile, ...]:
        """The six numbers of the first screen, in screen order."""
        return (
            Tile("due_today", self.due_today.total, self.due_today.link),
            Tile("overdue", self.overdue.total, self.overdue.link, alert=self.overdue.total > 0),
            Tile(
                "commission",
                self.commission_visits.count,
                self.commission_visits.link,
                alert=self.overdue.count("commission") > 0,
            ),
            Tile(
                "packets",
                self.packets_to_send.count,
                self.packets_to_send.link,
                alert=self.overdue.count("packet") > 0,
            ),
            Tile(
                "issue",
                self.results_to_issue.count,
                self.results_to_issue.link,
                alert=self.overdue.count("issue") > 0,
            ),
            Tile(
                "unacknowledged",
                len(self.unacknowledged),
                RegisterLink(status="sent"),
                alert=self.late_packets > 0,
            ),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "now": _iso(self.now),
            "role": self.role,
            "tiles": [t.to_json() for t in self.tiles()],
            "due_today": self.due_today.to_json(),
            "overdue": self.overdue.to_json(),
            "commission_visits": self.commission_visits.to_json(),
            "packets_to_send": self.packets_to_send.to_json(),
            "results_to_issue": self.results_to_issue.to_json(),
            "unacknowledged": [p.to_json() for p in self.unacknowledged],
            "resend_after_days": self.resend_after_days,
            "offices": [o.to_json() for o in self.offices],
            "month": {
                "from": _iso(self.month_from),
                "to": _iso(self.month_to),
                "total": self.month_total,
                "filter": self.month_link.to_json(),
                "by_service": [b.to_json() for b in self.by_service],
                "by_outcome": [b.to_json() for b in self.by_outcome],
            },
        }


# --- the queries ----------------------------------------------------------------------------


def _moment(today: date | datetime | None) -> datetime:
    if today is None:
        return datetime.now().replace(second=0, microsecond=0)
    if isinstance(today, datetime):
        return today
    # A bare date is the start of that day: nothing due on it has passed yet.
    return datetime.combine(today, time.min)


def month_bounds(day: date) -> tuple[date, date]:
    """The first and the last day of the month `day` is in."""
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def _commission_pending() -> ColumnElement[bool]:
    """The application's current step (the pending one its next due date comes from) is the
    district commission's: a visit to make, an act to write."""
    return (
        select(ApplicationStep.id)
        .where(
            ApplicationStep.application_id == Application.id,
            ApplicationStep.done_at.is_(None),
            ApplicationStep.limit_unit.in_(DAY_UNITS),
            ApplicationStep.due_at == Application.next_due_at,
            or_(ApplicationStep.actor == "commission", ApplicationStep.code == "inspection"),
        )
        .exists()
    )


def _ready_for_packet(direct: set[str]) -> ColumnElement[bool]:
    """`app.packets.ready_cases` as one SQL condition: a completed act, or a registered case
    of a service that goes straight to the department with a department step still to do;
    in no packet yet. (The first screen counts it on every refresh: no rows are loaded.)"""
    department_step = (
        select(ApplicationStep.id)
        .where(
            ApplicationStep.application_id == Application.id,
            ApplicationStep.actor == "department",
            ApplicationStep.done_at.is_(None),
        )
        .exists()
    )
    packed = select(PacketItem.application_id).where(PacketItem.application_id == Application.id)
    return and_(
        or_(
            Application.status == "act_done",
            and_(
                Application.status == "registered",
                Application.service_code.in_(sorted(direct)),
                department_step,
            ),
        ),
        ~packed.exists(),
    )


def _kind_column(direct: set[str], office_id: int | None) -> ColumnElement[str]:
    ready = _ready_for_packet(direct)
    if office_id is not None:  # packets carry this office's own cases only
        ready = and_(ready, Application.office_id == office_id)
    packet = or_(Application.status == "in_packet", ready)
    return case(
        (Application.status == "ready_for_issue", literal("issue")),
        (packet, literal("packet")),
        (_commission_pending(), literal("commission")),
        else_=literal("other"),
    )


def _link_status(kind: str, statuses: Counter[str]) -> str | None:
    """The status most of a group's cases are in (the register filters by one status)."""
    if not statuses:
        return _KIND_STATUS[kind]
    best = max(statuses.values())
    preferred = _KIND_STATUS[kind]
    if preferred is not None and statuses.get(preferred) == best:
        return preferred
    return sorted(s for s, n in statuses.items() if n == best)[0]


def _due_group(
    buckets: dict[str, dict[str, Counter[str]]], bucket: str, flags: dict[str, bool]
) -> DueGroup:
    by_kind = []
    for kind in KINDS:
        statuses = buckets[bucket][kind]
        by_kind.append(
            KindCount(
                kind,
                sum(statuses.values()),
                RegisterLink(status=_link_status(kind, statuses), **flags),
            )
        )
    return DueGroup(sum(k.count for k in by_kind), RegisterLink(**flags), tuple(by_kind))


def _kind_total(buckets: dict[str, dict[str, Counter[str]]], kind: str) -> KindCount:
    statuses: Counter[str] = Counter()
    for per_kind in buckets.values():
        statuses.update(per_kind[kind])
    return KindCount(
        kind, sum(statuses.values()), RegisterLink(status=_link_status(kind, statuses))
    )


def _service_name(ctx: AppContext, code: str) -> Bilingual:
    try:
        name = ctx.catalogue.get(code).name
    except KeyError:  # a service dropped from a later catalogue still counts, by its code
        return Bilingual(code, code)
    return Bilingual(name.kk, name.ru)


def _offices(ctx: AppContext) -> tuple[OfficePicture, ...]:
    # Imported here: the district's module is only needed in a district's database.
    from app.district import delivery_status

    return tuple(
        OfficePicture(
            office_code=o.office_code,
            name=Bilingual(o.name_kk, o.name_ru),
            last_sequence=o.last_sequence,
            last_received_at=o.last_received_at,
            gaps=tuple(o.gaps),
            unacknowledged=o.unacknowledged,
            waiting_decision=o.waiting_decision,
            decisions_to_send=getattr(o, "decisions_to_send", 0),
            # Cases imported at the district wait in status "sent" until decided.
            link=RegisterLink(office_code=o.office_code, status="sent"),
        )
        for o in delivery_status(ctx)
    )


def resend_after_days(ctx: AppContext) -> int:
    """Days an outgoing packet may wait for the district's acknowledgement before it is late."""
    with ctx.session() as s:
        value = ctx.get_setting(s, RESEND_AFTER_DAYS, DEFAULT_RESEND_AFTER_DAYS)
    try:
        return max(int(value), 0)
    except (TypeError, ValueError):  # a hand-edited setting must not break the first screen
        return DEFAULT_RESEND_AFTER_DAYS


def dashboard(ctx: AppContext, today: date | datetime | None = None) -> Dashboard:
    """The first screen's numbers at `today` (a moment, or a date meaning its start; now)."""
    now = _moment(today)
    tomorrow = datetime.combine(now.date() + timedelta(days=1), time.min)
    month_from, month_to = month_bounds(now.date())
    month_link = RegisterLink(date_from=month_from, date_to=month_to)
    with ctx.session() as s:
        initialised = ctx.is_initialised(s)
        office = ctx.self_office(s) if initialised else None
        role, office_id = (office.role, office.id) if office else (None, None)
    # Only the smoke test opens the window on an office not set up: nothing to count there.
    late_after = resend_after_days(ctx)
    packets = outbox(ctx, now.date()) if initialised else []
    offices = _offices(ctx) if role == "district" else ()

    # bucket -> kind -> status -> count, for every open application.
    buckets: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for bucket in ("overdue", "today", "later"):
        for kind in KINDS:
            buckets[bucket][kind] = Counter()
    kind = _kind_column(_direct_codes(ctx), office_id).label("kind")
    bucket = case(
        (Application.next_due_at < now, literal("overdue")),
        (Application.next_due_at < tomorrow, literal("today")),
        else_=literal("later"),
    ).label("bucket")
    with ctx.session() as s:
        rows = s.execute(
            select(bucket, kind, Application.status, func.count())
            .where(Application.status.not_in(CLOSED_STATUSES))
            .group_by(bucket, kind, Application.status)
        ).all()
        for b, k, status, n in rows:
            buckets[b][k][status] += n

        month = and_(
            Application.registered_at >= datetime.combine(month_from, time.min),
            Application.registered_at < datetime.combine(month_to + timedelta(days=1), time.min),
        )
        per_service = s.execute(
            select(Application.service_code, func.count())
            .where(month)
            .group_by(Application.service_code)
        ).all()
        outcome = outcome_column().label("outcome")
        per_outcome = dict(
            s.execute(select(outcome, func.count()).where(month).group_by(outcome)).all()
        )

    by_service = tuple(
        sorted(
            (
                Bar(
                    code,
                    _service_name(ctx, code),
                    n,
                    RegisterLink(service=code, date_from=month_from, date_to=month_to),
                )
                for code, n in per_service
            ),
            key=lambda b: (-b.count, b.key),
        )
    )
    by_outcome = tuple(
        Bar(
            o,
            OUTCOME_NAMES[o],
            per_outcome.get(o, 0),
            RegisterLink(outcome=o, date_from=month_from, date_to=month_to),
        )
        for o in OUTCOMES
        if per_outcome.get(o, 0)
    )
    unacknowledged = tuple(
        PacketAge(
            p.packet_id,
            p.outgoing_number,
            p.recipient_code,
            p.sent_at,
            p.age_days,
            p.cases,
            late=p.age_days > late_after,
        )
        for p in packets
    )
    return Dashboard(
        now=now,
        role=role,
        month_from=month_from,
        month_to=month_to,
        due_today=_due_group(buckets, "today", {"due_today": True}),
        overdue=_due_group(buckets, "overdue", {"overdue": True}),
        commission_visits=_kind_total(buckets, "commission"),
        packets_to_send=_kind_total(buckets, "packet"),
        results_to_issue=_kind_total(buckets, "issue"),
        unacknowledged=unacknowledged,
        resend_after_days=late_after,
        by_service=by_service,
        by_outcome=by_outcome,
        month_link=month_link,
        offices=offices,
    )
