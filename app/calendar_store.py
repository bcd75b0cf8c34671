"""The office's calendar overrides (an extra day off, a transferred working day), stored in
the database and applied on top of the national calendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app import audit
from app.context import AppContext
from db.models import CalendarOverride


@dataclass(frozen=True)
class CalendarDay:
    day: date
    kind: str  # "day_off" | "workday"
    reason: str
    override: bool

    def to_json(self) -> dict[str, object]:
        return {
            "date": self.day.isoformat(),
            "kind": self.kind,
            "reason": self.reason,
            "override": self.override,
        }


def set_override(ctx: AppContext, day: date, kind: str, note: str | None = None) -> None:
    """Mark `day` as an extra day off (kind "holiday") or a working day ("workday")."""
    assert kind in ("holiday", "workday")
    with ctx.session() as s:
        row = s.scalar(select(CalendarOverride).where(CalendarOverride.day == day))
        before = {"day": day.isoformat(), "kind": row.kind} if row else None
        if row is None:
            s.add(CalendarOverride(day=day, kind=kind, note=note))
        else:
            row.kind, row.note = kind, note
        audit.record(
            s,
            entity="calendar",
            entity_id=day.isoformat(),
            action="override",
            before=before,
            after={"day": day.isoformat(), "kind": kind, "note": note},
        )


def remove_override(ctx: AppContext, day: date) -> bool:
    with ctx.session() as s:
        row = s.scalar(select(CalendarOverride).where(CalendarOverride.day == day))
        if row is None:
            return False
        audit.record(
            s,
            entity="calendar",
            entity_id=day.isoformat(),
            action="remove-override",
            before={"day": day.isoformat(), "kind": row.kind},
        )
        s.delete(row)
        return True


def year_days(ctx: AppContext, year: int) -> list[CalendarDay]:
    """Every non-weekend day off and every worked weekend day of the year, in date order."""
    with ctx.session() as s:
        overrides = {
            o.day: o
            for o in s.scalars(
                select(CalendarOverride).where(
                    CalendarOverride.day >= date(year, 1, 1),
                    CalendarOverride.day <= date(year, 12, 31),
                )
            )
        }
        cal = ctx.calendar(s)
    days: list[CalendarDay] = []
    for d, reason in cal.days_off(year):
        days.append(CalendarDay(d, "day_off", reason, d in overrides))
    for d, reason in cal.workdays_on_weekend(year):
        ov = overrides.get(d)
        days.append(
            CalendarDay(d, "workday", (ov.note if ov and ov.note else reason), ov is not None)
        )
    return sorted(days, key=lambda x: x.day)
