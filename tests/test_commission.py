"""The district commission: set-up, referral and due dates, the act over several sittings,
the conclusion and its per-capita arithmetic."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app import audit
from app.catalogue import Limit, Service
from app.commission import (
    NBSP,
    ActValidationError,
    NoThresholdError,
    act_data,
    act_view,
    current_commission,
    format_tenge,
    income_period,
    list_commissions,
    per_capita,
    refer,
    save_act,
    set_commission,
    set_threshold,
    thresholds,
    waiting_for_inspection,
)
from app.context import AppContext
from app.deadlines import apply_limit
from app.errors import UserError
from app.iin import make_iin
from app.intake import ApplicantInput, IntakeRequest, register
from app.office import init_office
from db.models import Application, AuditEvent, Commission, InspectionAct

IIN = "791028302728"
WIFE_IIN = "061211600012"
REGISTERED = datetime(2026, 2, 3, 10, 0)  # Tuesday, Q1 → income period Q4 2025
MEMBERS = [("Ахметов А.Б.", "chair"), ("Серікова Г.Н.", "secretary"), ("Жұмабаев Е.К.", "member")]


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    with AppContext(home) as c:
        init_office(
            c,
            role="akimat",
            code="196435100",
            name_kk="Қосшы ауылдық округі әкімінің аппараты",
            name_ru="Аппарат акима Косшынского сельского округа",
            staff_surname="Сейітова",
            staff_name="Әсел",
            staff_login="specialist",
        )
        yield c


def _register(
    ctx: AppContext, service: str = "asp", *, iin: str = IIN, when: datetime = REGISTERED
) -> str:
    svc = ctx.catalogue.get(service)
    result = register(
        ctx,
        IntakeRequest(
            service_code=service,
            applicant=ApplicantInput(iin=iin, surname="Әбілқайыров", name="Нұрлан"),
            documents=[d.name.ru for d in svc.documents if d.required],
            registered_at=when,
            allow_duplicate=True,
        ),
    )
    assert result.status == "registered"
    return result.incoming_number


def _commission(ctx: AppContext, start: date = date(2026, 1, 10)) -> int:
    return set_commission(ctx, "12", start, MEMBERS)


def _thresholds(ctx: AppContext) -> None:
    set_threshold(ctx, "poverty_line", "45 000", date(2025, 1, 1))


def _family(*extra: dict) -> list[dict]:
    return [
        {
            "surname": "Әбілқайыров",
            "name": "Нұрлан",
            "relation": "заявитель",
            "iin": IIN,
            "incomes": [{"kind": "wage", "monthly_amount": "85 000,50"}],
        },
        {"surname": "Әбілқайырова", "name": "Айгүл", "relation": "жена", "iin": WIFE_IIN},
        *extra,
    ]


def _app(s, number: str) -> Application:
    return s.scalar(select(Application).where(Application.incoming_number == number))


def _not_means_tested(ctx: AppContext) -> Service:
    for svc in ctx.catalogue.accepted():
        if not svc.means_tested and "akim" in svc.routes:
            return svc
    pytest.skip("the catalogue has no accepted service that is not means-tested")


# --- commission set-up ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("members", "ru", "kk"),
    [
        ([("А А.", "member"), ("Б Б.", "member")], "ровно один председатель", "бір ғана төраға"),
        ([("А А.", "chair"), ("Б Б.", "chair")], "ровно один председатель", "бір ғана төраға"),
        (
            [("А А.", "chair"), ("Б Б.", "secretary"), ("В В.", "secretary")],
            "больше одного секретаря",
            "бір хатшыдан артық",
        ),
        ([("А А.", "chair")], "не меньше 2 человек", "кемінде 2 адам"),
        ([("А А.", "chair"), ("  ", "member")], "Не указано ФИО 2-го", "2-мүшенің аты-жөні"),
        ([("А А.", "chair"), ("а а.", "member")], "указан дважды", "екі рет"),
    ],
)
def test_commission_set_up_rules(ctx: AppContext, members: list, ru: str, kk: str) -> None:
    with pytest.raises(UserError) as exc:
        set_commission(ctx, "12", date(2026, 1, 10), members)
    assert ru in exc.value.ru
    assert kk in exc.value.kk
    assert list_commissions(ctx) == []


def test_commission_needs_a_decision_number_and_sane_dates(ctx: AppContext) -> None:
    with pytest.raises(UserError) as exc:
        set_commission(ctx, " ", date(2026, 1, 10), MEMBERS)
    assert "номер решения" in exc.value.ru and "шешімінің нөмірі" in exc.value.kk
    with pytest.raises(UserError) as exc:
        set_commission(ctx, "1", date(2026, 1, 10), MEMBERS, valid_from=date(2026, 1, 1))
    assert "раньше даты решения" in exc.value.ru


def test_new_commission_supersedes_the_old_one_and_keeps_it(ctx: AppContext) -> None:
    first = _commission(ctx)
    second = set_commission(
        ctx, "40", date(2026, 2, 20), [("Омаров Д.", "chair"), ("Ли В.", "member")],
        valid_from=date(2026, 3, 1),
    )  # fmt: skip
    rows = {c.id: c for c in list_commissions(ctx)}
    assert rows[first].valid_to == date(2026, 2, 28)  # the day before the new one starts
    assert rows[second].valid_to is None
    assert [m.role for m in rows[first].members] == ["chair", "secretary", "member"]
    with ctx.session() as s:
        assert current_commission(s, date(2026, 2, 28)).id == first
        assert current_commission(s, date(2026, 3, 1)).id == second
        assert current_commission(s, date(2026, 1, 9)) is None
    # A decision cannot start on or before one already recorded.
    with pytest.raises(UserError) as exc:
        set_commission(ctx, "41", date(2026, 3, 1), MEMBERS)
    assert "должна начинаться позже" in exc.value.ru


# --- referral ------------------------------------------------------------------------------


def test_refer_moves_the_case_and_counts_the_commission_days_from_the_referral(
    ctx: AppContext,
) -> None:
    number = _register(ctx)
    cid = _commission(ctx)
    with ctx.session() as s:
        planned = next(st.due_at for st in _app(s, number).steps if st.code == "inspection")
    referred = datetime(2026, 2, 10, 11, 0)  # a week late: the plan is no longer right
    result = refer(ctx, number, referred)
    expected = apply_limit(ctx.calendar(), referred, Limit(5, "working_days"))
    assert result.due_at == expected
    assert expected != planned
    with ctx.session() as s:
        app = _app(s, number)
        assert app.status == "at_commission"
        assert app.next_due_at == expected
        steps = {st.code: st for st in app.steps}
        assert steps["resolution"].done_at == referred
        assert steps["to_commission"].done_at == referred
        assert steps["inspection"].done_at is None
        assert steps["inspection"].started_at == referred
        assert steps["inspection"].due_at == expected
        act = s.scalar(select(InspectionAct).where(InspectionAct.application_id == app.id))
        assert act.commission_id == cid and act.referred_at == referred
    with pytest.raises(UserError) as exc:  # only a registered case is referred
        refer(ctx, number, referred)
    assert "зарегистрировано" in exc.value.ru


def test_refer_refuses_a_service_that_is_not_means_tested(ctx: AppContext) -> None:
    svc = _not_means_tested(ctx)
    number = _register(ctx, svc.code)
    _commission(ctx)
    with pytest.raises(UserError) as exc:
        refer(ctx, number, REGISTERED.replace(hour=15))
    assert exc.value.code == "not-means-tested"
    assert "не направляется в участковую комиссию" in exc.value.ru
    with ctx.session() as s:
        assert _app(s, number).status == "registered"


def test_refer_without_a_commission_says_how_to_set_one_up(ctx: AppContext) -> None:
    number = _register(ctx)
    with pytest.raises(UserError) as exc:
        refer(ctx, number, REGISTERED.replace(hour=15))
    assert "commission set" in exc.value.ru and "commission set" in exc.value.kk
    with ctx.session() as s:
        app = _app(s, number)
        assert app.status == "registered"
        assert s.scalar(select(InspectionAct)) is None
        assert all(st.done_at is None for st in app.steps[1:])


def test_waiting_list_puts_overdue_cases_first(ctx: AppContext) -> None:
    _commission(ctx)
    late = _register(ctx, iin=make_iin(date(1980, 5, 5)))
    fresh = _register(ctx, iin=make_iin(date(1985, 6, 6)), when=datetime(2026, 2, 16, 10, 0))
    later = _register(ctx, iin=make_iin(date(1990, 7, 7)), when=datetime(2026, 2, 16, 11, 0))
    refer(ctx, later, datetime(2026, 2, 17, 10, 0))
    refer(ctx, fresh, datetime(2026, 2, 16, 15, 0))
    refer(ctx, late, datetime(2026, 2, 4, 10, 0))  # due 11.02, overdue on the 18th
    rows = waiting_for_inspection(ctx, now=datetime(2026, 2, 18, 12, 0))
    assert [w.number for w in rows] == [late, fresh, later]
    assert [w.overdue for w in rows] == [True, False, False]
    assert rows[0].due == datetime(2026, 2, 11, 18, 0)
    assert rows[0].applicant == "Әбілқайыров Нұрлан"
    # A completed act leaves the list.
    _thresholds(ctx)
    save_act(
        ctx,
        late,
        {
            "visit_date": "2026-02-05",
            "members_present": ["Ахметов А.Б.", "Серікова Г.Н."],
            "family": [{**_family()[0], "iin": _iin_of(ctx, late)}],
        },
        complete=True,
        when=datetime(2026, 2, 18, 13, 0),
    )
    assert [w.number for w in waiting_for_inspection(ctx, now=datetime(2026, 2, 18))] == [
        fresh,
        later,
    ]


def _iin_of(ctx: AppContext, number: str) -> str:
    with ctx.session() as s:
        return _app(s, number).applicant.iin


# --- the act over several sittings -----------------------------------------------------------


def test_partial_save_then_complete_over_two_sittings(ctx: AppContext) -> None:
    number = _register(ctx)
    _commission(ctx)
    _thresholds(ctx)
    refer(ctx, number, datetime(2026, 2, 4, 10, 0))

    first = save_act(
        ctx,
        number,
        {"family": _family({"surname": "Әбілқайыров", "name": "Ерлан", "relation": "сын"})},
        when=datetime(2026, 2, 5, 17, 0),
    )
    assert first.status == "at_commission" and not first.completed
    view = act_view(ctx, number)
    assert [f["name"] for f in view["act"]["family"]] == ["Нұрлан", "Айгүл", "Ерлан"]
    assert view["conclusion"] is None  # not decided until the act is complete
    assert view["arithmetic"]["per_capita"] == "28333.50"  # but the preview is there

    done_at = datetime(2026, 2, 9, 16, 0)
    second = save_act(
        ctx,
        number,
        {
            "visit_date": "06.02.2026",
            "members_present": ["ахметов а. б.", "Серікова Г.Н."],
            "dwelling": {"type": "жеке үй", "rooms": 3, "area": "54,5"},
            "plot": {"cattle": 2, "sheep_goats": "4"},
        },
        complete=True,
        when=done_at,
    )
    assert second.status == "act_done" and second.completed and second.needs_assistance
    view = act_view(ctx, number)
    assert len(view["act"]["family"]) == 3  # the first sitting's table is kept
    assert view["act"]["dwelling"]["rooms"] == 3
    assert [s_["full_name"] for s_ in view["signers"]] == ["Ахметов А.Б.", "Серікова Г.Н."]
    assert view["conclusion"]["needs_assistance"] is True
    assert view["conclusion"]["members_count"] == 3
    with ctx.session() as s:
        app = _app(s, number)
        steps = {st.code: st for st in app.steps}
        assert steps["inspection"].done_at == done_at
        nxt = apply_limit(ctx.calendar(s), done_at, Limit(14, "working_days"))
        assert steps["to_department"].started_at == done_at
        assert steps["to_department"].due_at == nxt
        assert app.next_due_at == nxt

    # A completed act is corrected only by completing it again.
    with pytest.raises(UserError) as exc:
        save_act(ctx, number, {"remarks": "исправление"})
    assert "--complete" in exc.value.ru
    save_act(ctx, number, {"remarks": "исправление"}, complete=True)
    assert act_view(ctx, number)["completed_at"] == done_at.isoformat(timespec="minutes")


@pytest.mark.parametrize(
    ("data", "path", "ru"),
    [
        (
            {"visit_date": "2026-02-06", "members_present": ["Ахметов А.Б."], "family": _family()},
            "members_present",
            "не меньше 2 членов комиссии",
        ),
        (
            {"members_present": ["Ахметов А.Б.", "Серікова Г.Н."], "family": _family()},
            "visit_date",
            "обязательное поле",
        ),
        (
            {
                "visit_date": "2026-02-06",
                "members_present": ["Ахметов А.Б.", "Серікова Г.Н."],
                "family": _family()[1:],
            },
            "family",
            "нет самого заявителя",
        ),
        (
            {"visit_date": "2026-02-06", "members_present": ["Ахметов А.Б.", "Серікова Г.Н."]},
            "family",
            "не заполнен состав семьи",
        ),
    ],
)
def test_complete_refuses_an_unfinished_act_and_writes_nothing(
    ctx: AppContext, data: dict, path: str, ru: str
) -> None:
    number = _register(ctx)
    _commission(ctx)
    _thresholds(ctx)
    refer(ctx, number, datetime(2026, 2, 4, 10, 0))
    with ctx.session() as s:
        events = s.query(AuditEvent).count()
    with pytest.raises(ActValidationError) as exc:
        save_act(ctx, number, data, complete=True)
    assert exc.value.path == path
    assert ru in exc.value.ru
    view = act_view(ctx, number)
    assert view["status"] == "at_commission"
    assert view["act"]["family"] == [] and view["act"]["visit_date"] is None
    with ctx.session() as s:
        assert s.query(AuditEvent).count() == events


def test_complete_needs_a_threshold_for_the_period(ctx: AppContext) -> None:
    number = _register(ctx)
    _commission(ctx)
    set_threshold(ctx, "poverty_line", 45000, date(2025, 11, 1))  # October is not covered
    refer(ctx, number, datetime(2026, 2, 4, 10, 0))
    data = {
        "visit_date": "2026-02-06",
        "members_present": [1, 2],
        "family": _family(),
    }
    with pytest.raises(NoThresholdError) as exc:
        save_act(ctx, number, data, complete=True)
    assert "10.2025" in exc.value.ru and "threshold set" in exc.value.ru
    assert act_view(ctx, number)["status"] == "at_commission"


@pytest.mark.parametrize("outcome", ["refused", "evaded"])
def test_refused_inspection_concludes_does_not_need_without_arithmetic(
    ctx: AppContext, outcome: str
) -> None:
    number = _register(ctx)
    _commission(ctx)
    refer(ctx, number, datetime(2026, 2, 4, 10, 0))  # no thresholds: none are needed
    result = save_act(
        ctx,
        number,
        {
            "visit_date": "2026-02-06",
            "outcome": outcome,
            "members_present": ["Ахметов А.Б.", "Жұмабаев Е.К."],
        },
        complete=True,
    )
    assert result.status == "act_done" and result.needs_assistance is False
    view = act_view(ctx, number)
    c = view["conclusion"]
    assert c["needs_assistance"] is False
    assert c["refusal_ground"] == "inspection_refused"
    assert c["per_capita_income"] is None and view["arithmetic"] is None
    assert "уклонение заявителя от проведения обследования" in c["reasons"][0]["ru"]
    data = act_data(ctx, number)
    assert data.outcome == outcome and data.conclusion.arithmetic == ()
    assert "уклонение" in data.conclusion.reasons


def test_refused_inspection_cannot_be_stated_as_needing(ctx: AppContext) -> None:
    number = _register(ctx)
    _commission(ctx)
    refer(ctx, number, datetime(2026, 2, 4, 10, 0))
    with pytest.raises(ActValidationError) as exc:
        save_act(
            ctx,
            number,
            {
                "visit_date": "2026-02-06",
                "outcome": "evaded",
                "members_present": [1, 2],
                "conclusion": {"needs_assistance": True, "reasons": "жалко"},
            },
            complete=True,
        )
    assert exc.value.path == "conclusion.needs_assistance"


def test_the_commission_may_state_its_own_conclusion(ctx: AppContext) -> None:
    number = _register(ctx)
    _commission(ctx)
    _thresholds(ctx)
    refer(ctx, number, datetime(2026, 2, 4, 10, 0))
    save_act(
        ctx,
        number,
        {
            "visit_date": "2026-02-06",
            "members_present": [1, 2],
            "family": _family(),
            "plot": {"sheep_goats": 150},
            "conclusion": {"needs_assistance": False, "reasons": "150 овец не указаны в доходах"},
        },
        complete=True,
    )
    c = act_view(ctx, number)["conclusion"]
    assert c["needs_assistance"] is False  # the statement wins over the arithmetic
    assert c["stated_by_commission"] is True
    assert c["per_capita_income"] == "42500.25"  # the arithmetic is still recorded
    assert "150 овец" in c["reasons"][-1]["ru"]


def test_members_present_must_be_of_the_commission(ctx: AppContext) -> None:
    number = _register(ctx)
    _commission(ctx)
    refer(ctx, number, datetime(2026, 2, 4, 10, 0))
    with pytest.raises(ActValidationError) as exc:
        save_act(ctx, number, {"members_present": ["Ахметов А.Б.", "Иванов И.И."]})
    assert exc.value.path == "members_present[1]"
    assert "не входит в состав комиссии" in exc.value.ru


def test_audit_events_for_every_change(ctx: AppContext) -> None:
    number = _register(ctx)
    _commission(ctx)
    _thresholds(ctx)
    refer(ctx, number, datetime(2026, 2, 4, 10, 0))
    save_act(ctx, number, {"family": _family()}, when=datetime(2026, 2, 5, 10, 0))
    save_act(
        ctx,
        number,
        {"visit_date": "2026-02-06", "members_present": [1, 2]},
        complete=True,
        when=datetime(2026, 2, 6, 17, 0),
    )
    with ctx.session() as s:
        uuid = _app(s, number).uuid
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == uuid).order_by(AuditEvent.id)
        ).all()
        assert [e.action for e in events] == ["register", "to-commission", "act", "conclusion"]
        partial = json.loads(events[2].after)
        assert partial["status"] == "at_commission"
        assert [f["iin"] for f in partial["act"]["family"]] == [IIN, WIFE_IIN]
        final = events[3]
        assert json.loads(final.before)["act"]["visit_date"] is None
        assert json.loads(final.after)["act"]["visit_date"] == "2026-02-06"
        assert json.loads(final.after)["conclusion"]["needs_assistance"] is True
        kinds = {(e.entity, e.action) for e in s.scalars(select(AuditEvent))}
        assert {("commission", "set"), ("income_threshold", "set")} <= kinds
        assert audit.verify_chain(s).ok


def test_a_new_commission_before_the_visit_signs_the_act(ctx: AppContext) -> None:
    number = _register(ctx)
    old = _commission(ctx)
    refer(ctx, number, datetime(2026, 2, 4, 10, 0))
    new = set_commission(ctx, "20", date(2026, 2, 5), [("Омаров Д.", "chair"), ("Ли В.", "member")])
    with pytest.raises(ActValidationError) as exc:  # old members cannot sign a later visit
        save_act(ctx, number, {"visit_date": "2026-02-06", "members_present": ["Ахметов А.Б."]})
    assert exc.value.path == "members_present[0]"
    save_act(ctx, number, {"visit_date": "2026-02-06", "members_present": ["Омаров Д.", "Ли В."]})
    with ctx.session() as s:
        assert s.scalar(select(InspectionAct)).commission_id == new != old
        assert s.get(Commission, old).valid_to == date(2026, 2, 4)


def test_act_data_for_the_printed_form(ctx: AppContext) -> None:
    number = _register(ctx)
    _commission(ctx)
    set_threshold(ctx, "poverty_line", "45 000", date(2025, 1, 1))
    set_threshold(ctx, "poverty_line", "48 000", date(2025, 12, 1))
    refer(ctx, number, datetime(2026, 2, 4, 10, 0))
    save_act(
        ctx,
        number,
        {
            "visit_date": "2026-02-06",
            "members_present": ["Серікова Г.Н.", "Ахметов А.Б."],
            "family": _family(),
            "dwelling": {"area": 54.5},
        },
        complete=True,
    )
    data = act_data(ctx, number)
    assert data.commission_decision == "№ 12 от 10.01.2026"
    assert [(s.full_name, s.role.ru) for s in data.signers] == [
        ("Ахметов А.Б.", "Председатель комиссии"),  # commission order, not the order typed
        ("Серікова Г.Н.", "Секретарь комиссии"),
    ]
    assert data.family[0].incomes[0].monthly_amount == f"85{NBSP}000,50{NBSP}₸"
    assert data.family[1].monthly_total == f"0,00{NBSP}₸"
    assert data.family_total == f"85{NBSP}000,50{NBSP}₸"
    assert ("Общая площадь", "54,5 м²") in [(k.ru, v) for k, v in data.dwelling]
    c = data.conclusion
    assert c.needs_assistance and c.concluded_on is not None
    assert c.per_capita == f"42{NBSP}500,25{NBSP}₸"
    assert c.threshold == f"46{NBSP}000,00{NBSP}₸"  # (45 000 + 45 000 + 48 000) ÷ 3
    labels = [k.ru for k, _ in c.arithmetic]
    assert "Черта бедности, декабрь 2025" in labels


# --- thresholds ------------------------------------------------------------------------------


def test_thresholds_close_the_previous_open_one(ctx: AppContext) -> None:
    set_threshold(ctx, "poverty_line", 45000, date(2025, 1, 1))
    set_threshold(ctx, "poverty_line", "48 000,00", date(2025, 12, 1))
    set_threshold(ctx, "subsistence_minimum", 70000, date(2025, 1, 1))
    rows = [(t.kind, t.amount, t.effective_from, t.effective_to) for t in thresholds(ctx)]
    assert rows == [
        ("poverty_line", Decimal("45000.00"), date(2025, 1, 1), date(2025, 11, 30)),
        ("poverty_line", Decimal("48000.00"), date(2025, 12, 1), None),
        ("subsistence_minimum", Decimal("70000.00"), date(2025, 1, 1), None),
    ]
    with pytest.raises(UserError) as exc:
        set_threshold(ctx, "poverty_line", 1, date(2025, 12, 1))
    assert "уже введён" in exc.value.ru
    for bad in ("-5", "0", "abc", "1,234"):
        with pytest.raises(UserError) as exc:
            set_threshold(ctx, "poverty_line", bad, date(2026, 1, 1))
        assert "положительным числом" in exc.value.ru
    with pytest.raises(UserError):
        set_threshold(ctx, "food_basket", 1, date(2026, 1, 1))


# --- the arithmetic, pure ------------------------------------------------------------------

Q4 = [date(2025, 10, 1), date(2025, 11, 1), date(2025, 12, 1)]
FLAT = [(date(2025, 1, 1), None, Decimal("45000"))]


@pytest.mark.parametrize(
    ("registered", "months"),
    [
        (date(2026, 2, 3), Q4),
        (date(2026, 1, 1), Q4),  # first day of a quarter: still the previous one
        (date(2026, 3, 31), Q4),
        (date(2026, 4, 1), [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]),
        (date(2026, 12, 31), [date(2026, 7, 1), date(2026, 8, 1), date(2026, 9, 1)]),
    ],
)
def test_income_period_is_the_previous_quarter(registered: date, months: list[date]) -> None:
    assert income_period(registered) == months


def test_zero_income_members_count() -> None:
    ar = per_capita([Decimal("90000"), Decimal(0), Decimal(0)], Q4, FLAT)
    assert ar.total == Decimal("90000.00")
    assert ar.members == 3
    assert ar.per_capita == Decimal("30000.00")
    assert ar.needs is True
    values = [v for _, _, v in ar.lines]
    assert f"90{NBSP}000,00{NBSP}₸ ÷ 3 = 30{NBSP}000,00{NBSP}₸" in values
    assert "3" in values


def test_per_capita_rounds_half_up() -> None:
    # 10,01 ÷ 2 = 5,005: half-up gives 5,01 (banker's rounding would give 5,00).
    ar = per_capita([Decimal("10.01"), Decimal(0)], Q4, FLAT)
    assert ar.per_capita == Decimal("5.01")
    ar = per_capita([Decimal("100000"), Decimal(0), Decimal(0)], Q4, FLAT)
    assert ar.per_capita == Decimal("33333.33")


def test_threshold_changing_mid_quarter_is_averaged_by_month() -> None:
    table = [
        (date(2025, 1, 1), date(2025, 11, 14), Decimal("45000")),
        # From the 15th: November's first day still had 45 000, December takes 48 000.
        (date(2025, 11, 15), None, Decimal("48000")),
    ]
    ar = per_capita([Decimal("46000")], Q4, table)
    assert ar.month_thresholds == (Decimal("45000"), Decimal("45000"), Decimal("48000"))
    assert ar.threshold == Decimal("46000.00")
    assert ar.needs is True  # 46 000 ≤ 46 000
    labels = [ru for _, ru, _ in ar.lines]
    assert "Черта бедности, ноябрь 2025" in labels
    assert "Черта бедности, в среднем за период" in labels
    # The average itself is rounded half-up: (45 000 + 45 000 + 45 000,01) ÷ 3 = 45 000,0033…
    odd = [
        (date(2025, 1, 1), None, Decimal("45000")),
        (date(2025, 12, 1), None, Decimal("45000.01")),
    ]
    assert per_capita([Decimal(1)], Q4, odd).threshold == Decimal("45000.00")


def test_overlapping_thresholds_the_latest_to_start_wins() -> None:
    # Both open-ended (entered by hand, never closed): December takes the newer figure.
    table = [
        (date(2025, 1, 1), None, Decimal("45000")),
        (date(2025, 12, 1), None, Decimal("48000")),
    ]
    ar = per_capita([Decimal(1)], Q4, table)
    assert ar.month_thresholds == (Decimal("45000"), Decimal("45000"), Decimal("48000"))


def test_needs_at_the_boundary_and_not_a_tiyn_above() -> None:
    at = per_capita([Decimal("90000"), Decimal(0)], Q4, FLAT)
    assert at.per_capita == Decimal("45000.00") and at.needs is True
    assert at.lines[-1][2] == f"45{NBSP}000,00{NBSP}₸ ≤ 45{NBSP}000,00{NBSP}₸"
    above = per_capita([Decimal("90000.02"), Decimal(0)], Q4, FLAT)
    assert above.per_capita == Decimal("45000.01") and above.needs is False
    assert above.lines[-1][2].startswith(f"45{NBSP}000,01{NBSP}₸ >")


def test_missing_threshold_names_the_months() -> None:
    with pytest.raises(NoThresholdError) as exc:
        per_capita([Decimal(1)], Q4, [(date(2025, 11, 1), None, Decimal("45000"))])
    assert exc.value.months == (date(2025, 10, 1),)
    assert "10.2025" in exc.value.kk
    with pytest.raises(UserError):
        per_capita([], Q4, FLAT)


def test_format_tenge_uses_non_breaking_spaces() -> None:
    assert format_tenge(Decimal("1234567.5")) == f"1{NBSP}234{NBSP}567,50{NBSP}₸"
    assert format_tenge(Decimal("0")) == f"0,00{NBSP}₸"
    assert format_tenge(Decimal("999.999")) == f"1{NBSP}000,00{NBSP}₸"
