"""The working-day calendar: KZ holidays, transfers, office overrides, counting rules."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from app.workcalendar import (
    REASON_OVERRIDE,
    REASON_TRANSFERRED_WORKDAY,
    REASON_WEEKEND,
    OfficeHours,
    WorkCalendar,
)


@pytest.fixture
def cal() -> WorkCalendar:
    return WorkCalendar()


# -- days off ----------------------------------------------------------------------------


def test_nauryz_2026_days_off(cal: WorkCalendar) -> None:
    # 21 and 22 March 2026 are Saturday and Sunday, so the two holidays that fall on them
    # are observed on Tuesday 24 and Wednesday 25: 21-25 March are all off.
    for day in range(21, 26):
        assert not cal.is_working_day(date(2026, 3, day)), day
    assert cal.day_off_reason(date(2026, 3, 23)) == "Nowruz Holiday"
    assert cal.day_off_reason(date(2026, 3, 24)) == "Nowruz Holiday (observed)"
    assert cal.is_working_day(date(2026, 3, 20))  # Friday before
    assert cal.is_working_day(date(2026, 3, 26))  # Thursday after
    assert cal.next_working_day(date(2026, 3, 20)) == date(2026, 3, 26)


def test_nauryz_2027_days_off(cal: WorkCalendar) -> None:
    # 21 March 2027 is a Sunday: 22 and 23 are holidays, 21 is observed on Wednesday 24.
    nauryz = [(d, r) for d, r in cal.days_off(2027) if d.month == 3 and d.day >= 21]
    assert [d.day for d, _ in nauryz] == [21, 22, 23, 24]
    assert cal.is_working_day(date(2027, 3, 19))
    assert cal.is_working_day(date(2027, 3, 25))
    # 15 March is Constitution Day from 2027 on.
    assert cal.day_off_reason(date(2027, 3, 15)) == "Constitution Day"


def test_new_year_2027_days_off(cal: WorkCalendar) -> None:
    # 2 January 2027 is a Saturday, observed on Monday 4; 7 January is Orthodox Christmas.
    off = {d for d, _ in cal.days_off(2027) if d.month == 1}
    assert off == {date(2027, 1, 1), date(2027, 1, 2), date(2027, 1, 4), date(2027, 1, 7)}
    assert cal.is_working_day(date(2027, 1, 5))


def test_weekend_reason_and_plain_working_day(cal: WorkCalendar) -> None:
    assert cal.day_off_reason(date(2026, 12, 12)) == REASON_WEEKEND  # Saturday
    assert cal.day_off_reason(date(2026, 12, 13)) == REASON_WEEKEND  # Sunday
    assert cal.day_off_reason(date(2026, 12, 14)) is None  # Monday
    # Weekends are not listed in days_off; a holiday on a weekend is.
    days = dict(cal.days_off(2026))
    assert date(2026, 12, 12) not in days
    assert days[date(2026, 3, 21)] == "Nowruz Holiday"


def test_decree_transfer_from_package(cal: WorkCalendar) -> None:
    # 2025 decree: Friday 3 January off, worked on Sunday 5 January instead.
    assert not cal.is_working_day(date(2025, 1, 3))
    assert cal.is_working_day(date(2025, 1, 5))
    assert cal.workdays_on_weekend(2025) == [(date(2025, 1, 5), REASON_TRANSFERRED_WORKDAY)]
    # The 2014 decree made Saturday 28 December 2013 a working day: found across years.
    assert cal.is_working_day(date(2013, 12, 28))


def test_kazakh_holiday_names() -> None:
    kk = WorkCalendar(language="kk")
    assert kk.day_off_reason(date(2026, 3, 23)) == "Наурыз мейрамы"
    with pytest.raises(ValueError, match="holiday names are available"):
        WorkCalendar(language="xx")


# -- office overrides ----------------------------------------------------------------------


def test_override_holiday_moves_due_by_one_day(cal: WorkCalendar) -> None:
    assert cal.add_working_days(date(2026, 12, 10), 22) == date(2027, 1, 15)
    # The office closes on Friday 18 December: one working day fewer inside the term, so
    # the 22nd working day moves from Friday 15 January to Monday 18 January.
    closed = WorkCalendar(extra_holidays=[date(2026, 12, 18)])
    assert closed.day_off_reason(date(2026, 12, 18)) == REASON_OVERRIDE
    assert closed.add_working_days(date(2026, 12, 10), 22) == date(2027, 1, 18)
    assert (date(2026, 12, 18), REASON_OVERRIDE) in closed.days_off(2026)


def test_override_workday_saturday_counts() -> None:
    # Saturday 12 December worked: it becomes working day no. 2 of the term, so the
    # 22nd working day comes one day earlier, Thursday 14 January.
    sat = date(2026, 12, 12)
    worked = WorkCalendar(extra_workdays=[sat])
    assert worked.is_working_day(sat)
    assert worked.day_off_reason(sat) is None
    assert worked.add_working_days(date(2026, 12, 10), 2) == sat
    assert worked.add_working_days(date(2026, 12, 10), 22) == date(2027, 1, 14)
    assert worked.workdays_on_weekend(2026) == [(sat, REASON_OVERRIDE)]


def test_override_workday_cancels_a_package_holiday() -> None:
    # The estimated Kurban ait date is wrong: the office works that day, closes another.
    estimated, real = date(2026, 5, 27), date(2026, 5, 28)
    c = WorkCalendar(extra_holidays=[real], extra_workdays=[estimated])
    assert c.is_working_day(estimated)
    assert not c.is_working_day(real)
    days = dict(c.days_off(2026))
    assert estimated not in days
    assert days[real] == REASON_OVERRIDE


def test_conflicting_overrides_refused() -> None:
    d = date(2026, 6, 1)
    with pytest.raises(ValueError, match="both an extra holiday and an extra workday"):
        WorkCalendar(extra_holidays=[d], extra_workdays=[d])


# -- counting --------------------------------------------------------------------------------


def test_worked_example_22_working_days(cal: WorkCalendar) -> None:
    # Registered Thursday 10 December 2026. Counting starts on the 11th:
    # Dec 11,14,15 (16 is Independence Day),17,18,21-25,28-31 -> 14 days;
    # Jan 1, 2, 4 and 7 off -> Jan 5,6,8,11,12,13,14,15 -> days 15..22.
    assert cal.add_working_days(date(2026, 12, 10), 22) == date(2027, 1, 15)
    assert cal.add_working_days(date(2026, 12, 10), 1) == date(2026, 12, 11)
    assert cal.add_working_days(date(2026, 12, 10), 0) == date(2026, 12, 10)
    with pytest.raises(ValueError):
        cal.add_working_days(date(2026, 12, 10), -1)


def test_working_days_from_a_day_off_start_next_day(cal: WorkCalendar) -> None:
    # Registered on Saturday (office worked late intake): day 1 is Monday.
    assert cal.add_working_days(date(2026, 12, 12), 1) == date(2026, 12, 14)


def test_next_working_day_is_strictly_after(cal: WorkCalendar) -> None:
    assert cal.next_working_day(date(2026, 12, 14)) == date(2026, 12, 15)
    assert cal.next_working_day(date(2026, 12, 15)) == date(2026, 12, 17)  # skips 16th


def test_calendar_days_ending_on_sunday_move_to_monday(cal: WorkCalendar) -> None:
    # 8 April 2026 + 25 days = Sunday 3 May -> Monday 4 May.
    assert date(2026, 5, 3).weekday() == 6
    assert cal.add_calendar_days(date(2026, 4, 8), 25) == date(2026, 5, 4)
    # Ending on a working day: unchanged (Wed 8 April + 7 = Wed 15 April).
    assert cal.add_calendar_days(date(2026, 4, 8), 7) == date(2026, 4, 15)
    # Ending on Saturday 21 March 2026 rolls over the whole Nauryz block to Thursday 26.
    assert cal.add_calendar_days(date(2026, 3, 14), 7) == date(2026, 3, 26)


def test_minutes_inside_office_hours(cal: WorkCalendar) -> None:
    assert cal.add_working_minutes(datetime(2026, 12, 10, 10, 0), 15) == datetime(
        2026, 12, 10, 10, 15
    )
    assert cal.add_working_minutes(datetime(2026, 12, 10, 10, 0), 0) == datetime(
        2026, 12, 10, 10, 0
    )


def test_minutes_across_lunch(cal: WorkCalendar) -> None:
    # 10 minutes before lunch, 5 after.
    assert cal.add_working_minutes(datetime(2026, 12, 10, 12, 50), 15) == datetime(
        2026, 12, 10, 14, 5
    )
    # Ending exactly at lunch: due at 13:00, not 14:00.
    assert cal.add_working_minutes(datetime(2026, 12, 10, 12, 45), 15) == datetime(
        2026, 12, 10, 13, 0
    )
    # Starting during lunch: counting begins at 14:00.
    assert cal.add_working_minutes(datetime(2026, 12, 10, 13, 20), 10) == datetime(
        2026, 12, 10, 14, 10
    )


def test_minutes_across_closing_time(cal: WorkCalendar) -> None:
    # Thursday 17:50 + 30: 10 today, 20 on Friday morning.
    assert cal.add_working_minutes(datetime(2026, 12, 10, 17, 50), 30) == datetime(
        2026, 12, 11, 9, 20
    )
    # Ending exactly at closing: due 18:00 that day.
    assert cal.add_working_minutes(datetime(2026, 12, 10, 17, 45), 15) == datetime(
        2026, 12, 10, 18, 0
    )
    # Before opening: counting begins at 09:00.
    assert cal.add_working_minutes(datetime(2026, 12, 10, 7, 0), 15) == datetime(
        2026, 12, 10, 9, 15
    )


def test_minutes_across_weekend_and_holiday(cal: WorkCalendar) -> None:
    # Friday 11 December 17:55 + 15: 5 minutes Friday, 10 on Monday 14th.
    assert cal.add_working_minutes(datetime(2026, 12, 11, 17, 55), 15) == datetime(
        2026, 12, 14, 9, 10
    )
    # Tuesday 15th 17:50 + 30: the 16th is Independence Day -> Thursday 17th 09:20.
    assert cal.add_working_minutes(datetime(2026, 12, 15, 17, 50), 30) == datetime(
        2026, 12, 17, 9, 20
    )
    # Started on Saturday: counting begins Monday 09:00.
    assert cal.add_working_minutes(datetime(2026, 12, 12, 11, 0), 5) == datetime(2026, 12, 14, 9, 5)


def test_minutes_over_several_days(cal: WorkCalendar) -> None:
    # 480 counted minutes a day: two full days plus 5 minutes from Monday 09:00.
    assert cal.hours.minutes_per_day == 480
    assert cal.add_working_minutes(datetime(2026, 12, 14, 9, 0), 2 * 480 + 5) == datetime(
        2026, 12, 17, 9, 5
    )  # Mon, Tue full; Wed 16th is a holiday; Thu 09:05


def test_custom_office_hours() -> None:
    # A shorter day with no lunch: 08:30-12:30.
    hours = OfficeHours(
        start=time(8, 30), end=time(12, 30), lunch_start=time(10, 0), lunch_end=time(10, 0)
    )
    c = WorkCalendar(hours=hours)
    assert hours.minutes_per_day == 240
    assert c.add_working_minutes(datetime(2026, 12, 10, 12, 0), 45) == datetime(2026, 12, 11, 8, 45)
    assert c.end_of_day(date(2026, 12, 10)) == datetime(2026, 12, 10, 12, 30)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"start": time(13, 30)},  # opens after lunch starts
        {"end": time(13, 30)},  # closes before lunch ends
        {"lunch_start": time(14, 0), "lunch_end": time(13, 0)},  # lunch backwards
        {"start": time(13, 0)},  # start == lunch_start
        {"lunch_end": time(18, 0)},  # lunch_end == end
    ],
)
def test_bad_office_hours_refused(kwargs: dict[str, time]) -> None:
    with pytest.raises(ValueError, match="start < lunch_start <= lunch_end < end"):
        OfficeHours(**kwargs)


def test_office_hours_must_be_times() -> None:
    with pytest.raises(ValueError, match=r"must be a datetime\.time"):
        OfficeHours(start="09:00")  # type: ignore[arg-type]
