"""The first screen's numbers (app.dashboard) on a register built here with known due dates, each
number checked against the register rows its filter opens, and `qabyldau dashboard`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app import register as reg
from app.commission import refer, set_commission
from app.context import AppContext
from app.dashboard import (
    DEFAULT_RESEND_AFTER_DAYS,
    KINDS,
    RESEND_AFTER_DAYS,
    Dashboard,
    RegisterLink,
    dashboard,
    month_bounds,
)
from app.iin import make_iin
from app.intake import ApplicantInput, IntakeRequest, register
from app.office import init_office
from app.packets import ready_cases
from db.models import Application, BundleLog, Decision, Office, OutgoingPacket, PacketItem
from tests.test_cli import OFFICE, ok

MONDAY = datetime(2026, 2, 2, 10, 0)  # a working Monday; February has no public holiday
MEMBERS = [("Ахметов А.Б.", "chair"), ("Серікова Г.Н.", "secretary")]


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
        set_commission(c, "12", date(2026, 1, 10), MEMBERS)
        yield c


_serial = iter(range(100, 10_000))


def _register(
    ctx: AppContext, service: str, when: datetime = MONDAY, *, refuse: bool = False
) -> str:
    svc = ctx.catalogue.get(service)
    docs = [d.name.ru for d in svc.documents if d.required]
    result = register(
        ctx,
        IntakeRequest(
            service_code=service,
            applicant=ApplicantInput(
                iin=make_iin(date(1980, 5, 5), "F", serial=next(_serial)),
                surname="Әлиева",
                name="Гүлнұр",
            ),
            documents=docs[:-1] if refuse else docs,
            missing=[docs[-1]] if refuse else [],
            registered_at=when,
        ),
    )
    return result.incoming_number


def _app(ctx: AppContext, number: str) -> Application:
    with ctx.session() as s:
        app = s.scalar(select(Application).where(Application.incoming_number == number))
        assert app is not None
        s.expunge(app)
        return app


def _rows(ctx: AppContext, link: RegisterLink, now: datetime) -> int:
    with ctx.session() as s:
        return reg.count(s, link.to_filter(), now)


def _set_status(ctx: AppContext, number: str, status: str) -> None:
    with ctx.session() as s:
        app = s.scalar(select(Application).where(Application.incoming_number == number))
        app.status = status


def _assert_links_match_the_register(ctx: AppContext, d: Dashboard) -> None:
    """Every number whose filter names a single status opens exactly its rows."""
    for group in (d.due_today, d.overdue):
        assert _rows(ctx, group.link, d.now) == group.total
    for tile in d.tiles():
        if tile.key in ("due_today", "overdue", "commission", "issue"):
            assert _rows(ctx, tile.link, d.now) == tile.count, tile.key
    for bar in (*d.by_service, *d.by_outcome):
        assert _rows(ctx, bar.link, d.now) == bar.count, bar.key


# --- due today and overdue, by kind ---------------------------------------------------------


def test_a_step_is_due_today_until_its_moment_then_overdue(ctx: AppContext) -> None:
    number = _register(ctx, "asp")
    due = _app(ctx, number).next_due_at
    assert due is not None and due > MONDAY

    d = dashboard(ctx, due - timedelta(hours=2))
    assert (d.due_today.total, d.overdue.total) == (1, 0)
    # A registered АСП case waits for the referral to the commission: "other" work.
    assert d.due_today.count("other") == 1
    assert d.due_today.link == RegisterLink(due_today=True)
    _assert_links_match_the_register(ctx, d)

    d = dashboard(ctx, due + timedelta(minutes=1))
    assert (d.due_today.total, d.overdue.total) == (0, 1)
    assert d.overdue.count("other") == 1
    assert [t.alert for t in d.tiles() if t.key == "overdue"] == [True]
    _assert_links_match_the_register(ctx, d)

    # The day before: nothing due yet; a bare date means the start of that day.
    d = dashboard(ctx, due.date() - timedelta(days=1))
    assert (d.due_today.total, d.overdue.total) == (0, 0)
    assert d.now == datetime.combine(due.date() - timedelta(days=1), datetime.min.time())


def test_kinds_commission_packet_and_issue(ctx: AppContext) -> None:
    at_commission = _register(ctx, "asp")
    refer(ctx, at_commission, MONDAY + timedelta(hours=1))
    ready = _register(ctx, "fuel-aid")  # not means-tested: ready for a packet at once
    issue = _register(ctx, "asp")
    _set_status(ctx, issue, "ready_for_issue")  # as a returned decision leaves it
    acted = _register(ctx, "asp")
    _set_status(ctx, acted, "act_done")  # as a completed inspection act leaves it
    packed = _register(ctx, "asp")
    _set_status(ctx, packed, "in_packet")
    with ctx.session() as s:
        app = s.scalar(select(Application).where(Application.incoming_number == packed))
        packet = OutgoingPacket(
            office_id=app.office_id, year=2026, number=1, outgoing_number="1/2026"
        )
        packet.items.append(PacketItem(application_id=app.id))
        s.add(packet)

    visit_due = _app(ctx, at_commission).next_due_at
    assert visit_due is not None
    d = dashboard(ctx, visit_due + timedelta(minutes=1))
    assert d.overdue.count("commission") == 1
    assert d.commission_visits.count == 1
    assert d.commission_visits.link == RegisterLink(status="at_commission")
    # The fuel aid case and the completed act (as `packet ready` lists them), and the case in
    # a packet not sent yet.
    assert [c.number for c in ready_cases(ctx)] == [ready, acted]
    assert d.packets_to_send.count == 3
    # The link names one status: here each is in a different one, so the first by name.
    assert d.packets_to_send.link.status == "act_done"
    assert d.results_to_issue.count == 1
    assert d.results_to_issue.link == RegisterLink(status="ready_for_issue")
    tiles = {t.key: t for t in d.tiles()}
    assert tiles["commission"].alert and tiles["commission"].count == 1
    assert [k.kind for k in d.overdue.by_kind] == list(KINDS)
    # Every overdue application is counted under exactly one kind.
    assert sum(k.count for k in d.overdue.by_kind) == d.overdue.total
    _assert_links_match_the_register(ctx, d)

    # Once the commission's visit is no longer due, it is no longer overdue.
    d = dashboard(ctx, visit_due - timedelta(hours=1))
    assert d.overdue.count("commission") == 0
    assert d.due_today.count("commission") == 1


def test_closed_cases_are_never_due(ctx: AppContext) -> None:
    refused = _register(ctx, "asp", refuse=True)
    assert _app(ctx, refused).status == "refused_to_accept"
    done = _register(ctx, "asp")
    due = _app(ctx, done).next_due_at
    _set_status(ctx, done, "closed")
    d = dashboard(ctx, due + timedelta(days=30))
    assert d.overdue.total == 0 and d.due_today.total == 0
    assert d.commission_visits.count == d.packets_to_send.count == d.results_to_issue.count == 0


# --- this month -------------------------------------------------------------------------------


def test_this_month_by_service_and_by_outcome(ctx: AppContext) -> None:
    _register(ctx, "asp", datetime(2026, 1, 30, 10, 0))  # last month: not counted
    assigned = _register(ctx, "asp", MONDAY)
    refused = _register(ctx, "asp", MONDAY + timedelta(hours=1))
    _register(ctx, "asp", MONDAY + timedelta(hours=2), refuse=True)
    _register(ctx, "fuel-aid", MONDAY + timedelta(days=1))
    _register(ctx, "fuel-aid", datetime(2026, 2, 27, 17, 0))
    with ctx.session() as s:
        for number, outcome in ((assigned, "assigned"), (refused, "refused")):
            app = s.scalar(select(Application).where(Application.incoming_number == number))
            s.add(
                Decision(
                    application_id=app.id,
                    outcome=outcome,
                    number=f"Ш-{app.number}",
                    decided_on=date(2026, 2, 20),
                )
            )

    d = dashboard(ctx, datetime(2026, 2, 28, 9, 0))
    assert (d.month_from, d.month_to) == (date(2026, 2, 1), date(2026, 2, 28))
    assert [(b.key, b.count) for b in d.by_service] == [("asp", 3), ("fuel-aid", 2)]
    assert d.by_service[0].name.ru.startswith("Назначение государственной адресной")
    assert {b.key: b.count for b in d.by_outcome} == {
        "assigned": 1,
        "refused": 1,
        "refused_to_accept": 1,
        "in_progress": 2,
    }
    assert d.month_total == 5
    link = d.by_service[0].link
    assert (link.service, link.date_from, link.date_to) == ("asp", d.month_from, d.month_to)
    _assert_links_match_the_register(ctx, d)

    # In March the February applications are last month's.
    d = dashboard(ctx, datetime(2026, 3, 2, 9, 0))
    assert d.by_service == () and d.by_outcome == ()


def test_month_bounds() -> None:
    assert month_bounds(date(2026, 2, 14)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert month_bounds(date(2028, 2, 29)) == (date(2028, 2, 1), date(2028, 2, 29))
    assert month_bounds(date(2026, 12, 31)) == (date(2026, 12, 1), date(2026, 12, 31))


# --- packets the district has not acknowledged ------------------------------------------------


def _sent_packet(ctx: AppContext, number: int, sent: datetime, status: str = "sent") -> None:
    with ctx.session() as s:
        office = ctx.self_office(s)
        s.add(
            OutgoingPacket(
                office_id=office.id,
                year=sent.year,
                number=number,
                outgoing_number=f"{number}/{sent.year}",
                created_at=sent,
                status=status,
                recipient_code="196400000",
                sent_at=sent,
            )
        )


def test_unacknowledged_packets_and_when_they_are_late(ctx: AppContext) -> None:
    _sent_packet(ctx, 1, datetime(2026, 2, 2, 11, 0))
    _sent_packet(ctx, 2, datetime(2026, 2, 6, 11, 0))
    _sent_packet(ctx, 3, datetime(2026, 2, 3, 11, 0), status="acknowledged")
    d = dashboard(ctx, datetime(2026, 2, 9, 12, 0))
    assert d.resend_after_days == DEFAULT_RESEND_AFTER_DAYS == 5
    assert [(p.number, p.age_days, p.late) for p in d.unacknowledged] == [
        ("1/2026", 7, True),
        ("2/2026", 3, False),
    ]
    tile = next(t for t in d.tiles() if t.key == "unacknowledged")
    assert (tile.count, tile.alert, tile.link.status) == (2, True, "sent")

    with ctx.session() as s:
        ctx.set_setting(s, RESEND_AFTER_DAYS, 10)
    d = dashboard(ctx, datetime(2026, 2, 9, 12, 0))
    assert d.late_packets == 0
    # Exactly the setting is not late yet; one day more is.
    d = dashboard(ctx, datetime(2026, 2, 13, 9, 0))
    assert [p.late for p in d.unacknowledged] == [True, False]


# --- the district and an office not set up ---------------------------------------------------


def test_an_office_not_set_up_shows_zeros(tmp_path: Path) -> None:
    with AppContext(tmp_path / "empty") as c:
        d = dashboard(c)
    assert d.role is None
    assert [t.count for t in d.tiles()] == [0] * 6
    assert d.by_service == () and d.offices == ()


def test_the_district_sees_each_sending_office(tmp_path: Path) -> None:
    with AppContext(tmp_path / "district") as c:
        init_office(
            c,
            role="district",
            code="196400000",
            name_kk="Аудандық жұмыспен қамту бөлімі",
            name_ru="Районный отдел занятости",
        )
        with c.session() as s:
            akimat = Office(
                role="akimat",
                code="196435100",
                name_kk="Қосшы ауылдық округі әкімінің аппараты",
                name_ru="Аппарат акима Косшынского сельского округа",
            )
            s.add(akimat)
            s.flush()
            for seq in (1, 3):  # bundle 2 never arrived
                s.add(
                    BundleLog(
                        direction="received",
                        kind="outgoing",
                        bundle_uuid=f"00000000-0000-0000-0000-00000000000{seq}",
                        source_office_code="196435100",
                        recipient_office_code="196400000",
                        sequence=seq,
                        created_at=MONDAY,
                        processed_at=MONDAY + timedelta(days=seq),
                        status="imported",
                    )
                )
            s.add(
                Application(
                    office_id=akimat.id,
                    year=2026,
                    number=7,
                    incoming_number="7/2026",
                    service_code="asp",
                    channel="akim",
                    applicant=_applicant(),
                    registered_at=MONDAY,
                    status="sent",  # imported, waiting for the district's decision
                )
            )
        d = dashboard(c, MONDAY + timedelta(days=5))
        assert d.role == "district"
        office = next(o for o in d.offices if o.office_code == "196435100")
        assert office.name.kk.startswith("Қосшы")
        assert (office.last_sequence, office.gaps, office.alert) == (3, (2,), True)
        assert office.waiting_decision == 1 and office.unacknowledged == 2
        assert office.link == RegisterLink(office_code="196435100", status="sent")
        assert _rows(c, office.link, d.now) == 1
        assert d.to_json()["offices"][0]["gaps"] == [2]


def _applicant():  # type: ignore[no-untyped-def]
    from db.models import Applicant

    return Applicant(iin="791028302728", surname="Әбілқайыров", name="Нұрлан")


# --- the command ------------------------------------------------------------------------------


def test_cli_dashboard_json_and_text(tmp_path: Path) -> None:
    ok(tmp_path, *OFFICE)
    args = ["--service", "fuel-aid", "--iin", "791028302728", "--surname", "Әбілқайыров"]
    args += ["--name", "Нұрлан", "--registered", "2026-02-02T10:00"]
    with AppContext(tmp_path) as c:
        docs = [d.code for d in c.catalogue.get("fuel-aid").documents if d.required]
    for code in docs:
        args += ["--doc", code]
    ok(tmp_path, "intake", *args)

    r = ok(tmp_path, "dashboard", "--at", "2026-02-03T09:00", "--json")
    data = json.loads(r.stdout)
    assert data["now"] == "2026-02-03T09:00" and data["role"] == "akimat"
    tiles = {t["key"]: t for t in data["tiles"]}
    assert list(tiles) == [
        "due_today",
        "overdue",
        "commission",
        "packets",
        "issue",
        "unacknowledged",
    ]
    assert tiles["packets"]["count"] == 1
    assert tiles["packets"]["filter"]["status"] == "registered"
    assert set(tiles["overdue"]["filter"]) == {
        "status",
        "service",
        "overdue",
        "due_today",
        "date_from",
        "date_to",
        "outcome",
        "office_code",
    }
    month = data["month"]
    assert (month["from"], month["to"], month["total"]) == ("2026-02-01", "2026-02-28", 1)
    assert month["by_service"][0]["key"] == "fuel-aid"
    assert month["by_outcome"] == [
        {
            "key": "in_progress",
            "name": {"kk": "Орындалуда", "ru": "В работе"},
            "count": 1,
            "filter": {
                "status": None,
                "service": None,
                "overdue": False,
                "due_today": False,
                "date_from": "2026-02-01",
                "date_to": "2026-02-28",
                "outcome": "in_progress",
                "office_code": None,
            },
        }
    ]
    assert data["unacknowledged"] == [] and data["resend_after_days"] == 5

    r = ok(tmp_path, "dashboard", "--at", "2026-02-03T09:00", lang="kk")
    assert "Жіберілетін істер" in r.stdout and "Орындалуда" in r.stdout
