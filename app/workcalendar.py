"""The office's working-day calendar: which days are off, and how terms are counted.

Kazakhstan's days off move from year to year (Nauryz falling on a weekend, Kurban ait by
yearly decree, weekend transfers by government decree), so the defaults come from the
`holidays` package and the office can override any single day (DOMAIN.md §5). Pure
Python: no Qt, no database. The database layer builds a `WorkCalendar` from the overrides
it stores and hands it to the deadline engine.

Datetimes are the office's local wall-clock time. Naive datetimes are expected; an aware
datetime keeps its tzinfo but no zone conversion is ever done.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

import holidays

REASON_WEEKEND = "weekend"
REASON_OVERRIDE = "office override"
REASON_TRANSFERRED_WORKDAY = "transferred working day"

# A calendar in which no working day can be found within ten years is broken data
# (e.g. a runaway override import); failing loudly beats looping forever.
_MAX_SEARCH_DAYS = 3660

_COUNTRY = "KZ"


@dataclass(frozen=True)
class OfficeHours:
    """Opening hours of the office. Lunch may be empty (lunch_start == lunch_end)."""

    start: time = time(9, 0)
    end: time = time(18, 0)
    lunch_start: time = time(13, 0)
    lunch_end: time = time(14, 0)

    def __post_init__(self) -> None:
        for name in ("start", "end", "lunch_start", "lunch_end"):
            value = getattr(self, name)
            if not isinstance(value, time):
                raise ValueError(f"OfficeHours.{name} must be a datetime.time, got {value!r}")
        if not (self.start < self.lunch_start <= self.lunch_end < self.end):
            raise ValueError(
                "office hours must satisfy start < lunch_start <= lunch_end < end; got "
                f"start={self.start:%H:%M}, lunch {self.lunch_start:%H:%M}-"
                f"{self.lunch_end:%H:%M}, end={self.end:%H:%M}"
            )

    def intervals(self) -> tuple[tuple[time, time], ...]:
        """The counted intervals of a working day, in order (lunch left out)."""
        parts = ((self.start, self.lunch_start), (self.lunch_end, self.end))
        return tuple((a, b) for a, b in parts if a < b)

    @property
    def minutes_per_day(self) -> int:
        """Counted minutes in one working day (480 for the default 09-18 with 1 h lunch)."""
        anchor = date(2000, 1, 1)
        total = sum(
            (
                datetime.combine(anchor, b) - datetime.combine(anchor, a)
                for a, b in self.intervals()
            ),
            timedelta(),
        )
        return int(total.total_seconds() // 60)


class WorkCalendar:
    """Working days of the office: KZ public holidays, weekends and office overrides.

    `extra_holidays` are days the office is closed although the defaults say it works
    (a decree the `holidays` package does not know yet, the real Kurban ait date);
    `extra_workdays` are days it works although the defaults say it is closed (a
    transferred Saturday, or a holiday the package has on the wrong date). Overrides win
    over everything else; one date cannot be both.
    """

    def __init__(
        self,
        extra_holidays: Iterable[date] = (),
        extra_workdays: Iterable[date] = (),
        hours: OfficeHours | None = None,
        language: str = "en_US",
    ) -> None:
        self.extra_holidays: frozenset[date] = frozenset(extra_holidays)
        self.extra_workdays: frozenset[date] = frozenset(extra_workdays)
        both = self.extra_holidays & self.extra_workdays
        if both:
            listed = ", ".join(d.isoformat() for d in sorted(both))
            raise ValueError(
                f"a date cannot be both an extra holiday and an extra workday: {listed}"
            )
        self.hours: OfficeHours = hours if hours is not None else OfficeHours()
        supported = holidays.country_holidays(_COUNTRY).supported_languages
        if language not in supported:
            raise ValueError(
                f"holiday names are available in {', '.join(supported)}; got {language!r}"
            )
        self.language = language
        # Filled lazily per year: building a year from the package is cheap but not free,
        # and deadline chains ask about the same few years thousands of times.
        self._loaded_years: set[int] = set()
        self._holidays: dict[date, str] = {}
        self._weekend_workdays: set[date] = set()

    # -- defaults from the `holidays` package --------------------------------------------

    def _load_year(self, year: int) -> None:
        if year in self._loaded_years:
            return
        self._loaded_years.add(year)
        kz = holidays.country_holidays(_COUNTRY, years=year, language=self.language)
        for d, name in kz.items():
            # Observed days can spill into a neighbouring year; merge rather than overwrite.
            if d in self._holidays and name not in self._holidays[d]:
                self._holidays[d] = f"{self._holidays[d]}; {name}"
            else:
                self._holidays[d] = name
        # Transfer decrees turn a weekend day into a working day; the package keeps those
        # dates in `weekend_workdays` (the day off itself is an ordinary holiday entry).
        self._weekend_workdays.update(kz.weekend_workdays)

    def _ensure(self, d: date) -> None:
        # A transfer listed under year Y can make a day of Y-1 a workday (2014 decree:
        # 28 Dec 2013 worked), and observed days can spill from Y-1 into Y; so load the
        # neighbours too.
        for year in (d.year - 1, d.year, d.year + 1):
            self._load_year(year)

    # -- single days ---------------------------------------------------------------------

    def day_off_reason(self, d: date) -> str | None:
        """Why `d` is a day off ("weekend", "office override" or the holiday name), else None."""
        if d in self.extra_workdays:
            return None
        if d in self.extra_holidays:
            return REASON_OVERRIDE
        self._ensure(d)
        name = self._holidays.get(d)
        if name is not None:
            return name
        if d in self._weekend_workdays:
            return None
        if d.weekday() >= 5:
            return REASON_WEEKEND
        return None

    def is_working_day(self, d: date) -> bool:
        return self.day_off_reason(d) is None

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after `d`."""
        cur = d
        for _ in range(_MAX_SEARCH_DAYS):
            cur += timedelta(days=1)
            if self.is_working_day(cur):
                return cur
        raise RuntimeError(f"no working day within {_MAX_SEARCH_DAYS} days after {d}")

    # -- year listings (for the calendar screen) ----------------------------------------

    def days_off(self, year: int) -> list[tuple[date, str]]:
        """Every holiday or office-override day off in `year` with its reason, by date.

        Plain weekends are not listed (there are ~104 of them and they never move);
        holidays that fall on a weekend are, because their observed day depends on them.
        """
        self._ensure(date(year, 1, 1))  # loads year-1, year and year+1
        candidates = {d for d in self._holidays if d.year == year}
        candidates |= {d for d in self.extra_holidays if d.year == year}
        result: list[tuple[date, str]] = []
        for d in sorted(candidates):
            reason = self.day_off_reason(d)
            if reason is not None and reason != REASON_WEEKEND:
                result.append((d, reason))
        return result

    def workdays_on_weekend(self, year: int) -> list[tuple[date, str]]:
        """Saturdays and Sundays of `year` that are working days, with why, by date."""
        self._ensure(date(year, 1, 1))  # loads year-1, year and year+1
        candidates = {d for d in self._weekend_workdays if d.year == year}
        candidates |= {d for d in self.extra_workdays if d.year == year and d.weekday() >= 5}
        result: list[tuple[date, str]] = []
        for d in sorted(candidates):
            if not self.is_working_day(d):  # an extra holiday cancelled the transfer
                continue
            reason = REASON_OVERRIDE if d in self.extra_workdays else REASON_TRANSFERRED_WORKDAY
            result.append((d, reason))
        return result

    # -- counting terms ------------------------------------------------------------------

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after `start`; the term starts the day after `start`.

        The registration day itself never counts (it is already partly used), whatever
        kind of day it is. n == 0 returns `start` unchanged.
        """
        if n < 0:
            raise ValueError(f"working days must be >= 0, got {n}")
        cur = start
        for _ in range(n):
            cur = self.next_working_day(cur)
        return cur

    def add_calendar_days(self, start: date, n: int) -> date:
        """start + n calendar days; if that is a day off, the next working day.

        A term that ends on a day off ends on the next working day, because nobody can
        hand over the result when the office is closed.
        """
        if n < 0:
            raise ValueError(f"calendar days must be >= 0, got {n}")
        end = start + timedelta(days=n)
        return end if self.is_working_day(end) else self.next_working_day(end)

    def add_working_minutes(self, start: datetime, minutes: int) -> datetime:
        """Count `minutes` of office time (working days, office hours, no lunch) from `start`.

        If `start` is outside office time, counting begins at the next opening. A count
        that ends exactly at lunch or at closing returns that moment (13:00 / 18:00), not
        the next opening: the work is due by then. minutes == 0 returns `start`.
        """
        if minutes < 0:
            raise ValueError(f"minutes must be >= 0, got {minutes}")
        if minutes == 0:
            return start
        remaining = timedelta(minutes=minutes)
        tz = start.tzinfo
        day = start.date()
        from_time = start.timetz().replace(tzinfo=None)
        for _ in range(_MAX_SEARCH_DAYS):
            if self.is_working_day(day):
                for a, b in self.hours.intervals():
                    seg_start = datetime.combine(day, max(from_time, a), tzinfo=tz)
                    seg_end = datetime.combine(day, b, tzinfo=tz)
                    if seg_start >= seg_end:
                        continue
                    available = seg_end - seg_start
                    if remaining <= available:
                        return seg_start + remaining
                    remaining -= available
            day = self.next_working_day(day)
            from_time = self.hours.start
        raise RuntimeError(f"could not place {minutes} working minutes after {start}")

    def end_of_day(self, d: date, tz: tzinfo | None = None) -> datetime:
        """Closing time on `d`: the moment a term counted in days falls due."""
        return datetime.combine(d, self.hours.end, tzinfo=tz)
