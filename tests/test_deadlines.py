"""The deadline engine, on hand-built services (no dependency on the catalogue JSON files),
plus one sweep over the real catalogue."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import pytest

from app.catalogue import Extension, Limit, Route, Service, Step, Text
from app.deadlines import (
    DeadlineError,
    DeadlinePlan,
    StepDue,
    apply_limit,
    compute_deadlines,
)
from app.workcalendar import WorkCalendar

MIN, HRS, WD, CD = "minutes", "hours", "working_days", "calendar_days"


def _step(
    code: str, amount: int, unit: str, *, excluded: bool = False, actor: str = "akimat"
) -> Step:
    return Step(
        code=code,
        name=Text(kk=f"{code} қадамы", ru=f"шаг {code}"),
        actor=actor,
        limit=Limit(amount, unit),  # type: ignore[arg-type]
        excluded_from_term=excluded,
    )


def _service(
    code: str, routes: dict[str, Route], channels: tuple[str, ...] | None = None
) -> Service:
    return Service(
        code=code,
        name=Text(kk=code, ru=code),
        accepted_here=True,
        means_tested=True,
        same_day=False,
        refer_to=None,
        legal_basis=(),
        channels=channels if channels is not None else tuple(routes),
        routes=routes,
    )


# An ASP-like akim route, shaped like 002:1300-1623 (whole term 22 WD).
ASP = _service(
    "asp",
    {
        "akim": Route(
            channel="akim",
            total=Limit(22, WD),
            steps=(
                _step("intake", 15, MIN),
                _step("resolution", 30, MIN),
                _step("to_commission", 1, WD),
                _step("inspection", 5, WD, actor="commission"),
                _step("forward", 14, WD),
                _step("decide", 1, WD, actor="department"),
                _step("sign", 30, MIN, actor="department"),
                _step("send_back", 1, WD, actor="department"),
                _step("issue", 15, MIN),
            ),
        )
    },
)

REG = datetime(2026, 12, 10, 10, 0)  # Thursday


@pytest.fixture
def cal() -> WorkCalendar:
    return WorkCalendar()


def test_asp_22_working_days_and_chained_steps(cal: WorkCalendar) -> None:
    plan = compute_deadlines(ASP, "akim", REG, cal)
    # Whole term: 22 WD from the day after 10 Dec, skipping 16 Dec and 1, 2, 4, 7 Jan.
    assert plan.due == datetime(2027, 1, 15, 18, 0)
    assert plan.due_date == date(2027, 1, 15)
    assert plan.total == Limit(22, WD)
    assert plan.extension is None

    expected = [
        # code, start, due
        ("intake", REG, datetime(2026, 12, 10, 10, 15)),
        ("resolution", datetime(2026, 12, 10, 10, 15), datetime(2026, 12, 10, 10, 45)),
        # 1 WD from Thu 10th: Fri 11th, due at closing.
        ("to_commission", datetime(2026, 12, 10, 10, 45), datetime(2026, 12, 11, 18, 0)),
        # 5 WD from Fri 11th: 14, 15, (16 holiday), 17, 18, 21.
        ("inspection", datetime(2026, 12, 11, 18, 0), datetime(2026, 12, 21, 18, 0)),
        # 14 WD from Mon 21st: 22-25 (4), 28-31 (8), Jan 5, 6 (10), 8 (11), 11, 12, 13 (14).
        ("forward", datetime(2026, 12, 21, 18, 0), datetime(2027, 1, 13, 18, 0)),
        ("decide", datetime(2027, 1, 13, 18, 0), datetime(2027, 1, 14, 18, 0)),
        # Starts at closing time, so the 30 minutes run on Friday morning.
        ("sign", datetime(2027, 1, 14, 18, 0), datetime(2027, 1, 15, 9, 30)),
        # 1 WD from Fri 15th: Monday 18th.
        ("send_back", datetime(2027, 1, 15, 9, 30), datetime(2027, 1, 18, 18, 0)),
        ("issue", datetime(2027, 1, 18, 18, 0), datetime(2027, 1, 19, 9, 15)),
    ]
    assert [(s.step.code, s.start, s.due) for s in plan.steps] == expected
    # The chained per-step limits add up past the legal whole term (minute steps that
    # start at closing spill into the next morning); the whole term stays 22 WD.
    assert plan.steps[-1].due > plan.due


def test_excluded_step_pushes_the_total(cal: WorkCalendar) -> None:
    def svc(excluded: bool) -> Service:
        route = Route(
            channel="akim",
            total=Limit(5, WD),
            steps=(
                _step("intake", 30, MIN),
                _step("transfer", 1, WD, excluded=excluded),
                _step("process", 5, WD),
            ),
        )
        return _service("x", {"akim": route})

    reg = datetime(2026, 3, 18, 11, 0)  # Wednesday before Nauryz (21-25 March off)
    # 5 WD from 18 March: 19, 20, 26, 27, 30.
    plain = compute_deadlines(svc(False), "akim", reg, cal)
    assert plain.due == datetime(2026, 3, 30, 18, 0)
    # The transfer is outside the term: one more WD after the 30th.
    pushed = compute_deadlines(svc(True), "akim", reg, cal)
    assert pushed.due == datetime(2026, 3, 31, 18, 0)
    # The excluded step still has its own place in the chain.
    transfer = pushed.steps[1]
    assert transfer.step.excluded_from_term
    assert (transfer.start, transfer.due) == (
        datetime(2026, 3, 18, 11, 30),
        datetime(2026, 3, 19, 18, 0),
    )
    # process: 5 WD from 19 March: 20, 26, 27, 30, 31.
    assert pushed.steps[2].due == datetime(2026, 3, 31, 18, 0)


def test_several_excluded_steps_apply_in_order(cal: WorkCalendar) -> None:
    route = Route(
        channel="akim",
        total=Limit(1, WD),
        steps=(_step("courier", 1, HRS, excluded=True), _step("post", 2, WD, excluded=True)),
    )
    plan = compute_deadlines(_service("y", {"akim": route}), "akim", REG, cal)
    # 1 WD -> Fri 11 Dec 18:00; +1 office hour -> Mon 14th 10:00; +2 WD -> Wed 16th is a
    # holiday, so 15th and 17th -> Thu 17 Dec 18:00.
    assert plan.due == datetime(2026, 12, 17, 18, 0)


EXT_ROUTE = Route(
    channel="akim",
    total=Limit(8, WD),
    steps=(_step("officer", 8, WD),),
    extensions=(
        Extension(
            code="missing_documents", name=Text("құжат жоқ", "нет документов"), total=Limit(20, WD)
        ),
        Extension(code="inquiries", name=Text("сұрау", "запросы"), add=Limit(30, CD)),
        Extension(code="broken", name=Text("x", "x")),
    ),
)
EXT = _service("social_help", {"akim": EXT_ROUTE})


def test_extension_total_replaces(cal: WorkCalendar) -> None:
    base = compute_deadlines(EXT, "akim", REG, cal)
    # 8 WD from 10 Dec: 11, 14, 15, 17, 18, 21, 22, 23.
    assert base.due == datetime(2026, 12, 23, 18, 0)
    ext = compute_deadlines(EXT, "akim", REG, cal, extension="missing_documents")
    # 20 WD: ... 23 (8), 24, 25, 28-31 (14), Jan 5, 6, 8, 11, 12, 13 (20).
    assert ext.due == datetime(2027, 1, 13, 18, 0)
    assert ext.total == Limit(20, WD)
    assert ext.extension == "missing_documents"
    # Steps are untouched by an extension.
    assert ext.steps == base.steps


def test_extension_add_goes_on_top(cal: WorkCalendar) -> None:
    plan = compute_deadlines(EXT, "akim", REG, cal, extension="inquiries")
    # 8 WD -> 23 Dec; + 30 calendar days -> Friday 22 January 2027, a working day.
    assert plan.due == datetime(2027, 1, 22, 18, 0)
    assert plan.total == Limit(8, WD)


def test_unknown_or_empty_extension_refused(cal: WorkCalendar) -> None:
    with pytest.raises(DeadlineError, match="unknown extension 'nope'"):
        compute_deadlines(EXT, "akim", REG, cal, extension="nope")
    with pytest.raises(DeadlineError, match="neither total nor add"):
        compute_deadlines(EXT, "akim", REG, cal, extension="broken")


def test_unknown_channel_refused(cal: WorkCalendar) -> None:
    with pytest.raises(DeadlineError, match="not offered through channel 'department'"):
        compute_deadlines(ASP, "department", REG, cal)
    # Listed as a channel but no route given: still a DeadlineError, still a ValueError.
    odd = _service("odd", ASP.routes, channels=("akim", "department"))
    with pytest.raises(ValueError, match="has no route"):
        compute_deadlines(odd, "department", REG, cal)


def test_same_day_certificate_in_minutes(cal: WorkCalendar) -> None:
    # 3 x 5 minutes, whole term 15 minutes (000:366), registered Friday 17:55.
    route = Route(
        channel="akim",
        total=Limit(15, MIN),
        steps=(_step("prepare", 5, MIN), _step("sign", 5, MIN), _step("issue", 5, MIN)),
    )
    plan = compute_deadlines(
        _service("cert", {"akim": route}), "akim", datetime(2026, 12, 11, 17, 55), cal
    )
    # 5 minutes on Friday, 10 on Monday morning.
    assert plan.due == datetime(2026, 12, 14, 9, 10)
    assert [s.due for s in plan.steps] == [
        datetime(2026, 12, 11, 18, 0),
        datetime(2026, 12, 14, 9, 5),
        datetime(2026, 12, 14, 9, 10),
    ]


def test_apply_limit_units(cal: WorkCalendar) -> None:
    start = datetime(2026, 12, 10, 17, 30)
    # "within 1 hour" counts office time: 30 min today, 30 tomorrow.
    assert apply_limit(cal, start, Limit(1, HRS)) == datetime(2026, 12, 11, 9, 30)
    # 7 CD from Thu 10 Dec = Thu 17 Dec (working).
    assert apply_limit(cal, start, Limit(7, CD)) == datetime(2026, 12, 17, 18, 0)
    # 6 CD = Wed 16 Dec, Independence Day -> Thu 17 Dec.
    assert apply_limit(cal, start, Limit(6, CD)) == datetime(2026, 12, 17, 18, 0)
    with pytest.raises(DeadlineError, match="unknown limit unit"):
        apply_limit(cal, start, Limit(1, "months"))  # type: ignore[arg-type]
    with pytest.raises(DeadlineError, match=">= 0"):
        apply_limit(cal, start, Limit(-1, WD))


def test_office_override_reaches_the_plan() -> None:
    # The engine only sees the calendar it is given: an extra day off on 18 Dec (as the
    # database would pass it) moves the ASP due date to Monday 18 January.
    cal = WorkCalendar(extra_holidays=[date(2026, 12, 18)])
    assert compute_deadlines(ASP, "akim", REG, cal).due_date == date(2027, 1, 18)


def test_to_json_keys_stable(cal: WorkCalendar) -> None:
    plan = compute_deadlines(ASP, "akim", REG, cal)
    data = plan.to_json()
    assert list(data) == [
        "service",
        "channel",
        "registered",
        "total",
        "due",
        "due_date",
        "extension",
        "steps",
    ]
    assert data["service"] == "asp"
    assert data["channel"] == "akim"
    assert data["registered"] == "2026-12-10T10:00:00"
    assert data["total"] == {"amount": 22, "unit": "working_days"}
    assert data["due"] == "2027-01-15T18:00:00"
    assert data["due_date"] == "2027-01-15"
    assert data["extension"] is None
    assert len(data["steps"]) == 9
    assert data["steps"][3] == {
        "code": "inspection",
        "name_kk": "inspection қадамы",
        "name_ru": "шаг inspection",
        "actor": "commission",
        "limit": {"amount": 5, "unit": "working_days"},
        "excluded_from_term": False,
        "start": "2026-12-11T18:00:00",
        "due": "2026-12-21T18:00:00",
        "due_date": "2026-12-21",
    }
    # Serialisable as is, Kazakh letters intact.
    assert "қадамы" in json.dumps(data, ensure_ascii=False)


def test_to_json_drops_microseconds(cal: WorkCalendar) -> None:
    plan = compute_deadlines(ASP, "akim", REG.replace(second=7, microsecond=123456), cal)
    assert plan.to_json()["registered"] == "2026-12-10T10:00:07"


# -- the real catalogue ------------------------------------------------------------------------


def _services(catalogue: Any) -> list[Service]:
    # Accept the shapes a loader is likely to return: a mapping code -> Service, an object
    # with `.services` (mapping or sequence), or a plain sequence.
    items: Any = getattr(catalogue, "services", catalogue)
    if isinstance(items, dict):
        items = items.values()
    return list(items if isinstance(items, Iterable) else [])


SWEEP_TIMES = [
    datetime(2026, 3, 20, 10, 0),  # Friday before Nauryz (21-25 March off)
    datetime(2026, 12, 11, 17, 55),  # Friday, five minutes before closing
    datetime(2026, 12, 10, 10, 0),  # the worked example
    datetime(2026, 12, 31, 16, 30),  # across New Year
    datetime(2027, 5, 6, 9, 0),  # Thursday before Defender's Day, Victory Day
]


def _check_plan(plan: DeadlinePlan, cal: WorkCalendar, where: str) -> None:
    assert plan.due >= plan.registered, where
    assert cal.is_working_day(plan.due_date), where
    prev = plan.registered
    for s in plan.steps:
        assert isinstance(s, StepDue)
        assert s.start == prev, f"{where}: {s.step.code} not chained"
        assert s.due >= s.start, f"{where}: {s.step.code}"
        assert cal.is_working_day(s.due.date()), f"{where}: {s.step.code}"
        prev = s.due


def test_every_catalogue_service_both_routes(cal: WorkCalendar) -> None:
    try:
        from app.catalogue import load_catalogue  # type: ignore[attr-defined]
    except ImportError:
        pytest.skip("app.catalogue.load_catalogue has not landed yet")

    services = _services(load_catalogue())
    assert services, "the catalogue is empty"
    checked = 0
    for service in services:
        for channel, route in service.routes.items():
            for reg in SWEEP_TIMES:
                where = f"{service.code}/{channel}@{reg:%Y-%m-%d %H:%M}"
                plan = compute_deadlines(service, channel, reg, cal)
                _check_plan(plan, cal, where)
                assert len(plan.steps) == len(route.steps), where
                for ext in route.extensions:
                    ext_plan = compute_deadlines(service, channel, reg, cal, extension=ext.code)
                    _check_plan(ext_plan, cal, f"{where}+{ext.code}")
                    # An extension never shortens the term.
                    assert ext_plan.due >= plan.due, f"{where}+{ext.code}"
                checked += 1
    # Services the akim does not take may have no routes, but some must.
    assert checked > 0
