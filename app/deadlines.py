"""The deadline engine: from a service's route and a registration moment to due dates.

Pure Python (no Qt, no database). It takes a `WorkCalendar` so the database layer can
build one from the office's stored day overrides; the limits themselves come from the
catalogue data, never from code (DOMAIN.md, introduction and §2).

Rules, in short:
* a limit in days falls due at closing time (`OfficeHours.end`) of its last day;
* working days start counting the day after the start (the registration day never
  counts); calendar days that end on a day off roll to the next working day;
* minutes and hours count office time only (working days, office hours, no lunch);
* steps form a chain: the first starts at registration, each next one at the previous
  one's due moment;
* the whole term is counted from registration by the route's total (or an extension's
  replacement total), then an extension's `add`, then every step marked
  `excluded_from_term`, in order: the term clock stops while those run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.catalogue import Extension, Limit, Route, Service, Step
from app.workcalendar import WorkCalendar


class DeadlineError(ValueError):
    """A deadline cannot be computed: unknown channel or extension, or a malformed limit."""


@dataclass(frozen=True)
class StepDue:
    step: Step
    start: datetime
    due: datetime

    @property
    def due_date(self) -> date:
        return self.due.date()


def _iso(moment: datetime) -> str:
    # Seconds precision: registration times come from now() and would otherwise carry
    # microseconds into printed talons and JSON exports.
    return moment.isoformat(timespec="seconds")


def _limit_json(limit: Limit) -> dict[str, Any]:
    return {"amount": limit.amount, "unit": limit.unit}


@dataclass(frozen=True)
class DeadlinePlan:
    """Every due moment of one application.

    `total` is the base term actually used: the route's total, or the extension's
    replacement total. Additions (extension `add`, excluded steps) are in `due` only.
    """

    service_code: str
    channel: str
    registered: datetime
    total: Limit
    due: datetime
    steps: tuple[StepDue, ...]
    extension: str | None = None

    @property
    def due_date(self) -> date:
        """The date printed on the talon as «the date the result is due»."""
        return self.due.date()

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict with stable keys (used by exports and transfer bundles)."""
        return {
            "service": self.service_code,
            "channel": self.channel,
            "registered": _iso(self.registered),
            "total": _limit_json(self.total),
            "due": _iso(self.due),
            "due_date": self.due_date.isoformat(),
            "extension": self.extension,
            "steps": [
                {
                    "code": s.step.code,
                    "name_kk": s.step.name.kk,
                    "name_ru": s.step.name.ru,
                    "actor": s.step.actor,
                    "limit": _limit_json(s.step.limit),
                    "excluded_from_term": s.step.excluded_from_term,
                    "start": _iso(s.start),
                    "due": _iso(s.due),
                    "due_date": s.due_date.isoformat(),
                }
                for s in self.steps
            ],
        }


def apply_limit(calendar: WorkCalendar, start: datetime, limit: Limit) -> datetime:
    """The moment a `limit` that begins at `start` falls due."""
    if not isinstance(limit.amount, int) or isinstance(limit.amount, bool) or limit.amount < 0:
        raise DeadlineError(f"a limit needs a whole amount >= 0, got {limit.amount!r}")
    tz = start.tzinfo
    if limit.unit == "minutes":
        return calendar.add_working_minutes(start, limit.amount)
    if limit.unit == "hours":
        # Hours of office time, not clock hours: "within 1 hour" handed over at 17:30
        # is due at 09:30 next working day.
        return calendar.add_working_minutes(start, limit.amount * 60)
    if limit.unit == "working_days":
        return calendar.end_of_day(calendar.add_working_days(start.date(), limit.amount), tz)
    if limit.unit == "calendar_days":
        return calendar.end_of_day(calendar.add_calendar_days(start.date(), limit.amount), tz)
    raise DeadlineError(f"unknown limit unit {limit.unit!r}")


def _route(service: Service, channel: str) -> Route:
    if channel not in service.channels:
        offered = ", ".join(service.channels) or "none"
        raise DeadlineError(
            f"service {service.code!r} is not offered through channel {channel!r} "
            f"(offered: {offered})"
        )
    route = service.routes.get(channel)
    if route is None:
        raise DeadlineError(f"service {service.code!r} lists channel {channel!r} but has no route")
    return route


def _extension(service: Service, route: Route, code: str) -> Extension:
    for ext in route.extensions:
        if ext.code == code:
            if ext.total is None and ext.add is None:
                # Catalogue data error; a silent no-op would print a wrong date on a talon.
                raise DeadlineError(
                    f"extension {code!r} of {service.code!r} defines neither total nor add"
                )
            return ext
    known = ", ".join(e.code for e in route.extensions) or "none"
    raise DeadlineError(
        f"unknown extension {code!r} for service {service.code!r}, channel "
        f"{route.channel!r} (known: {known})"
    )


def compute_deadlines(
    service: Service,
    channel: str,
    registered: datetime,
    calendar: WorkCalendar,
    extension: str | None = None,
) -> DeadlinePlan:
    """All due moments for an application registered at `registered` via `channel`."""
    route = _route(service, channel)
    ext = _extension(service, route, extension) if extension is not None else None

    steps: list[StepDue] = []
    cursor = registered
    for step in route.steps:
        step_due = apply_limit(calendar, cursor, step.limit)
        steps.append(StepDue(step=step, start=cursor, due=step_due))
        cursor = step_due

    total = ext.total if ext is not None and ext.total is not None else route.total
    due = apply_limit(calendar, registered, total)
    if ext is not None and ext.add is not None:
        due = apply_limit(calendar, due, ext.add)
    # «не входит в срок оказания государственной услуги»: the term clock stops while such
    # a step runs, so its limit is added after the term rather than counted inside it.
    for step in route.steps:
        if step.excluded_from_term:
            due = apply_limit(calendar, due, step.limit)

    return DeadlinePlan(
        service_code=service.code,
        channel=channel,
        registered=registered,
        total=total,
        due=due,
        steps=tuple(steps),
        extension=extension,
    )
