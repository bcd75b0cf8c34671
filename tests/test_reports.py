"""The report to the district, against a register built here with known dates.

March 2026 has two runs of days off: 9 March (8 March, a Sunday, observed on Monday) and
Nauryz, 21–25 March (Saturday to Wednesday). December 2025 has Independence Day on Tuesday
16 December, January 2026 has 1–2 and 7 January. Every figure below was counted by hand on
that calendar; the comments show the working days counted (the registration day never
counts, the finishing day does).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from app.context import AppContext
from app.deadlines import compute_deadlines
from app.errors import NotFoundError, UserError
from app.intake import ApplicantInput, IntakeRequest, register
from app.issuing import issue_result
from app.office import init_office
from app.reports import (
    OUTCOMES,
    ReportCancelled,
    WorkingDayCounter,
    build_report,
    write_report,
)
from app.workcalendar import WorkCalendar
from db.models import Application, ApplicationStep, Decision, Issuance, Office
from forms.report import SUMMARY_SHEET, XLSX_HEADER_ROW

ROOT = Path(__file__).resolve().parent.parent
KAZAKH = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
OFFICE_CODE = "196435100"
OFFICE_KK = f"Қосшы ауылдық округі әкімінің аппараты ({KAZAKH})"
OFFICE_RU = "Аппарат акима Косшынского сельского округа"
IIN = "791028302728"
MARCH = (date(2026, 3, 1), date(2026, 3, 31))
WINTER = (date(2025, 12, 1), date(2026, 1, 31))


def make_office(home: Path, role: str = "akimat", code: str = OFFICE_CODE) -> AppContext:
    ctx = AppContext(home)
    init_office(
        ctx,
        role=role,
        code=code,
        name_kk=OFFICE_KK if role == "akimat" else "Аудандық жұмыспен қамту бөлімі",
        name_ru=OFFICE_RU if role == "akimat" else "Районный отдел занятости",
    )
    return ctx


def intake(ctx: AppContext, service: str, when: datetime, *, refuse: bool = False) -> int:
    """Register through app.intake as the clerk does; the new application's id."""
    svc = ctx.catalogue.get(service)
    docs = [d.name.ru for d in svc.documents if d.required]
    result = register(
        ctx,
        IntakeRequest(
            service_code=service,
            applicant=ApplicantInput(iin=IIN, surname="Әбілқайыров", name="Нұрлан"),
            documents=docs[:1] if refuse else docs,
            registered_at=when,
            allow_duplicate=True,
            refuse=refuse,
        ),
    )
    return result.application_id


def decide(ctx: AppContext, app_id: int, outcome: str, recorded_at: datetime) -> None:
    with ctx.session() as s:
        s.add(
            Decision(
                application_id=app_id,
                outcome=outcome,
                number=f"Ш-{app_id}",
                decided_on=recorded_at.date(),
                recorded_at=recorded_at,
            )
        )
        s.get(Application, app_id).status = "decided"


def issue(
    ctx: AppContext,
    app_id: int,
    issued_at: datetime,
    result_type: str,
    belongs: bool | None = None,
) -> None:
    with ctx.session() as s:
        s.add(
            Issuance(
                application_id=app_id,
                issued_at=issued_at,
                issued_to="Әбілқайыров Н.",
                result_type=result_type,
                certificate_belongs=belongs,
            )
        )
        s.get(Application, app_id).status = "issued"


def step_done(ctx: AppContext, app_id: int, code: str, when: datetime) -> ApplicationStep:
    with ctx.session() as s:
        step = s.query(ApplicationStep).filter_by(application_id=app_id, code=code).one()
        step.done_at = when
        s.flush()
        s.expunge(step)
        return step


def march_number(ctx: AppContext, app_id: int) -> str:
    with ctx.session() as s:
        return s.get(Application, app_id).incoming_number


def due(ctx: AppContext, app_id: int) -> datetime:
    with ctx.session() as s:
        return s.get(Application, app_id).due_at


@dataclass
class March:
    """The March 2026 register: journal numbers by what each case is for."""

    ctx: AppContext
    ids: dict[str, int]
    numbers: dict[str, str]


def build_march(ctx: AppContext) -> March:
    """Eleven applications registered in March 2026 (and two just outside it)."""
    ids: dict[str, int] = {}
    ids["outside_before"] = intake(ctx, "asp", datetime(2026, 2, 27, 10, 0))
    # asp, 22 working days. Tue 3 Mar → issued Fri 13 Mar: 4,5,6 | 10,11,12,13 = 7.
    ids["asp_assigned"] = intake(ctx, "asp", datetime(2026, 3, 3, 10, 0))
    decide(ctx, ids["asp_assigned"], "assigned", datetime(2026, 3, 12, 16, 0))
    issue(ctx, ids["asp_assigned"], datetime(2026, 3, 13, 11, 0), "notice")
    # asp refused, across Nauryz. Wed 4 Mar → issued Fri 27 Mar:
    # 5,6 | 10–13 | 16–20 | 26,27 = 13.
    ids["asp_refused"] = intake(ctx, "asp", datetime(2026, 3, 4, 10, 0))
    decide(ctx, ids["asp_refused"], "refused", datetime(2026, 3, 20, 15, 0))
    issue(ctx, ids["asp_refused"], datetime(2026, 3, 27, 10, 0), "refusal")
    # asp refused to accept (documents missing): counted, never timed.
    ids["asp_not_accepted"] = intake(ctx, "asp", datetime(2026, 3, 5, 11, 0), refuse=True)
    # social-aid-local, 8 working days. Mon 2 Mar: due Fri 13 Mar (3–6 | 10–13).
    # Issued Tue 17 Mar: 3–6 | 10–13 | 16,17 = 10 working days, 2 late (16, 17).
    ids["local_late"] = intake(ctx, "social-aid-local", datetime(2026, 3, 2, 10, 0))
    step_done(ctx, ids["local_late"], "to_commission", datetime(2026, 3, 3, 12, 0))
    # The inspection was due Thu 5 Mar 18:00 and done Tue 10 Mar: 6 | 10 = 2 late.
    step_done(ctx, ids["local_late"], "inspection", datetime(2026, 3, 10, 11, 0))
    # Then it waited at «to the department», due Tue 10 Mar (6 | 10), until the result:
    # 11–13 | 16,17 = 5 late. Issued the way the clerk does, which ticks off every step left.
    decide(ctx, ids["local_late"], "assigned", datetime(2026, 3, 16, 15, 0))
    with ctx.session() as s:
        app = s.get(Application, ids["local_late"])
        app.status = "ready_for_issue"
        app.notes = "Комиссия мүшесі ауырып қалды"
    issue_result(ctx, march_number(ctx, ids["local_late"]), when=datetime(2026, 3, 17, 10, 0))
    # social-aid-local across Nauryz, decided and not yet issued: finished at the decision.
    # Thu 19 Mar → Tue 31 Mar: 20 | 26,27 | 30,31 = 5 (due Fri 3 Apr).
    ids["local_decided"] = intake(ctx, "social-aid-local", datetime(2026, 3, 19, 10, 0))
    decide(ctx, ids["local_decided"], "assigned", datetime(2026, 3, 31, 12, 0))
    # social-aid-local still at the commission. Tue 10 Mar: due Fri 20 Mar
    # (11,12,13 | 16–20); by 31 Mar: 11–13 | 16–20 | 26,27 | 30,31 = 12 taken,
    # 26,27 | 30,31 = 4 late. Stuck at the inspection, due Fri 13 Mar: 16–20 | 26,27 |
    # 30,31 = 9 late.
    ids["local_open"] = intake(ctx, "social-aid-local", datetime(2026, 3, 10, 10, 0))
    step_done(ctx, ids["local_open"], "to_commission", datetime(2026, 3, 11, 9, 0))
    with ctx.session() as s:
        s.get(Application, ids["local_open"]).status = "at_commission"
    # Same-day certificates, 15 minutes: two in time, one late by 15 minutes (0 days).
    ids["cert_yes"] = intake(ctx, "asp-certificate", datetime(2026, 3, 16, 11, 0))
    issue(ctx, ids["cert_yes"], datetime(2026, 3, 16, 11, 10), "certificate", True)
    ids["cert_no"] = intake(ctx, "asp-certificate", datetime(2026, 3, 17, 9, 30))
    issue(ctx, ids["cert_no"], datetime(2026, 3, 17, 9, 40), "certificate", False)
    ids["cert_late"] = intake(ctx, "asp-certificate", datetime(2026, 3, 18, 10, 0))
    issue(ctx, ids["cert_late"], datetime(2026, 3, 18, 10, 30), "certificate", True)
    # asp decided in April: in progress as of 31 March.
    ids["asp_april"] = intake(ctx, "asp", datetime(2026, 3, 26, 10, 0))
    decide(ctx, ids["asp_april"], "assigned", datetime(2026, 4, 2, 10, 0))
    # asp registered on the last day, at the end of the office day.
    ids["asp_open"] = intake(ctx, "asp", datetime(2026, 3, 31, 17, 45))
    ids["outside_after"] = intake(ctx, "asp", datetime(2026, 4, 1, 9, 0))
    with ctx.session() as s:
        numbers = {k: s.get(Application, v).incoming_number for k, v in ids.items()}
    return March(ctx, ids, numbers)


@pytest.fixture
def march(home: Path) -> Iterator[March]:
    with make_office(home) as ctx:
        yield build_march(ctx)


def outcomes(**counts: int) -> dict[str, int]:
    return {o: counts.get(o, 0) for o in OUTCOMES}


# --- working days ---------------------------------------------------------------------------


def test_working_days_count_like_the_deadline_engine() -> None:
    cal = WorkCalendar()
    wd = WorkingDayCounter(cal)
    assert wd.between(date(2026, 3, 19), date(2026, 3, 31)) == 5  # Nauryz 21–25 left out
    assert wd.between(date(2025, 12, 15), date(2026, 1, 6)) == 13  # 16 Dec, 1–2 Jan
    assert wd.between(date(2026, 3, 31), date(2026, 3, 31)) == 0
    assert wd.between(date(2026, 3, 31), date(2026, 3, 1)) == 0
    # n working days after a day end where the deadline engine says they end, across
    # holidays, whichever order the counter is asked in.
    for start in (date(2026, 3, 6), date(2025, 12, 12), date(2025, 12, 31), date(2026, 3, 20)):
        for n in (1, 5, 22):
            assert wd.between(start, cal.add_working_days(start, n)) == n


# --- the register of March 2026 ----------------------------------------------------------------


def test_counts_by_service_and_outcome(march: March) -> None:
    r = build_report(march.ctx, *MARCH)
    assert r.scope == "office" and r.by_office == ()
    assert r.as_of == datetime(2026, 3, 31, 23, 59, 59)
    assert r.registered == 11  # the two just outside the month are left out
    assert dict(r.to_json()["totals"]["by_outcome"]) == outcomes(
        assigned=3,
        refused=1,
        certificate_belongs=2,
        certificate_not_belongs=1,
        refused_to_accept=1,
        in_progress=3,
    )
    assert r.finished == 7 and r.in_progress == 3
    rows = {row["service"]: row for row in r.to_json()["by_service"]}
    # Catalogue order: asp, then the certificate, then local aid.
    assert [row.service for row in r.by_service] == [
        s.code for s in march.ctx.catalogue if s.code in rows
    ]
    assert rows["asp"]["registered"] == 5
    assert rows["asp"]["by_outcome"] == outcomes(
        assigned=1, refused=1, refused_to_accept=1, in_progress=2
    )
    assert rows["social-aid-local"]["registered"] == 3
    assert rows["social-aid-local"]["by_outcome"] == outcomes(assigned=2, in_progress=1)
    assert rows["asp-certificate"]["by_outcome"] == outcomes(
        certificate_belongs=2, certificate_not_belongs=1
    )
    assert rows["asp"]["name_ru"].startswith("Назначение государственной адресной")


def test_processing_time_in_working_days_against_the_term(march: March) -> None:
    r = build_report(march.ctx, *MARCH)
    timing = {(t.service, t.channel): t for t in r.timing}
    asp = timing[("asp", "akim")]
    assert (asp.term.amount, asp.term.unit, asp.term_working_days) == (22, "working_days", 22)
    assert asp.finished == 2
    assert asp.avg_working_days == 10.0  # (7 + 13) / 2
    assert asp.max_working_days == 13
    assert asp.max_case == march.numbers["asp_refused"]
    assert (asp.within_term, asp.finished_late, asp.open_overdue) == (2, 0, 0)

    local = timing[("social-aid-local", "akim")]
    assert local.term_working_days == 8
    assert local.finished == 2
    assert local.avg_working_days == 7.5  # (10 + 5) / 2
    assert local.max_working_days == 10
    assert local.max_case == march.numbers["local_late"]
    assert (local.within_term, local.finished_late, local.open_overdue) == (1, 1, 1)

    cert = timing[("asp-certificate", "akim")]
    assert (cert.term.amount, cert.term.unit, cert.term_working_days) == (15, "minutes", 0)
    assert (cert.finished, cert.avg_working_days, cert.max_working_days) == (3, 0.0, 0)
    assert (cert.within_term, cert.finished_late, cert.open_overdue) == (2, 1, 0)


def test_overdue_cases_with_their_reasons(march: March) -> None:
    r = build_report(march.ctx, *MARCH)
    n = march.numbers
    assert [c.number for c in r.overdue] == [n["local_late"], n["local_open"], n["cert_late"]]
    assert r.overdue_count == 3

    late, still_open, cert = r.overdue
    assert late.due_at == datetime(2026, 3, 13, 18, 0)
    assert late.finished_at == datetime(2026, 3, 17, 10, 0)
    assert (late.outcome, late.working_days, late.working_days_late) == ("assigned", 10, 2)
    assert late.notes == "Комиссия мүшесі ауырып қалды"
    assert late.extension is None
    # The step done late, then the one it waited at until the result (ticked off only by
    # issuing it); none of the steps chained after that one.
    assert [(s.code, s.working_days_late) for s in late.late_steps] == [
        ("inspection", 2),
        ("to_department", 5),
    ]
    inspection, waiting = late.late_steps
    assert inspection.due_at == datetime(2026, 3, 5, 18, 0)
    assert inspection.done_at == datetime(2026, 3, 10, 11, 0)
    assert (waiting.due_at, waiting.done_at, waiting.actor) == (
        datetime(2026, 3, 10, 18, 0),
        None,
        "akimat",
    )

    assert still_open.due_at == datetime(2026, 3, 20, 18, 0)
    assert still_open.finished_at is None
    assert (still_open.status, still_open.outcome) == ("at_commission", "in_progress")
    assert (still_open.working_days, still_open.working_days_late) == (12, 4)
    assert [(s.code, s.done_at, s.working_days_late) for s in still_open.late_steps] == [
        ("inspection", None, 9)
    ]
    assert still_open.late_steps[0].actor == "commission"

    assert cert.due_at == datetime(2026, 3, 18, 10, 15)
    assert (cert.working_days, cert.working_days_late) == (0, 0)
    # Prepared at registration, then waited for the akim's signature (due 10:10).
    assert [(s.code, s.due_at, s.working_days_late) for s in cert.late_steps] == [
        ("signing", datetime(2026, 3, 18, 10, 10), 0)
    ]


def test_a_result_after_the_period_is_in_progress_and_a_longer_period_counts_it(
    march: March,
) -> None:
    in_march = build_report(march.ctx, *MARCH)
    longer = build_report(march.ctx, date(2026, 3, 1), date(2026, 4, 30))
    assert longer.as_of == datetime(2026, 4, 30, 23, 59, 59)
    assert longer.registered == 12  # the 1 April case joins
    april = next(t for t in longer.timing if t.service == "asp")
    # asp_april, Thu 26 Mar → Thu 2 Apr: 27 | 30,31 | 1,2 = 5.
    assert april.finished == 3 and april.max_working_days == 13
    assert april.avg_working_days == round((7 + 13 + 5) / 3, 1)
    assert in_march.by_outcome["in_progress"] == 3
    assert longer.by_outcome["assigned"] == in_march.by_outcome["assigned"] + 1


def test_the_same_register_gives_the_same_report(march: March) -> None:
    first = build_report(march.ctx, *MARCH).to_json()
    again = build_report(march.ctx, *MARCH).to_json()
    assert json.dumps(first, ensure_ascii=False) == json.dumps(again, ensure_ascii=False)
    assert first["basis"] == "registered"
    assert first["period"] == {"from": "2026-03-01", "to": "2026-03-31"}


def test_a_period_that_ends_before_it_starts_is_refused(march: March) -> None:
    with pytest.raises(UserError) as err:
        build_report(march.ctx, date(2026, 3, 31), date(2026, 3, 1))
    assert err.value.code == "bad-period"
    with pytest.raises(UserError) as err:
        build_report(march.ctx, *MARCH, office_code="196400000")
    assert err.value.code == "office-filter-district-only"
    # Its own code is no filter at all.
    assert build_report(march.ctx, *MARCH, office_code=OFFICE_CODE).registered == 11


# --- holidays at the turn of the year, and an extended term ---------------------------------


def test_independence_day_new_year_and_an_extension(home: Path) -> None:
    with make_office(home) as ctx:
        # Extended to 20 working days for missing documents. Mon 1 Dec 2025: due Tue 30 Dec
        # (2–5 | 8–12 | 15 | 17–19 | 22–26 | 29,30: 16 Dec is a holiday). Issued Wed 31 Dec:
        # 21 working days, 1 late.
        extended = intake(ctx, "social-aid-local", datetime(2025, 12, 1, 10, 0))
        with ctx.session() as s:
            app = s.get(Application, extended)
            plan = compute_deadlines(
                ctx.catalogue.get("social-aid-local"),
                "akim",
                app.registered_at,
                ctx.calendar(s),
                extension="missing_documents",
            )
            app.extension = "missing_documents"
            app.due_at = plan.due
        assert due(ctx, extended) == datetime(2025, 12, 30, 18, 0)
        issue(ctx, extended, datetime(2025, 12, 31, 10, 0), "notice")
        # asp across 16 Dec and the New Year: Mon 15 Dec → Tue 6 Jan:
        # 17–19 | 22–26 | 29–31 | 5,6 = 13.
        new_year = intake(ctx, "asp", datetime(2025, 12, 15, 10, 0))
        decide(ctx, new_year, "assigned", datetime(2026, 1, 5, 16, 0))
        issue(ctx, new_year, datetime(2026, 1, 6, 11, 0), "notice")

        # Decided Tue 30 Dec, issued Mon 5 Jan. Registered Mon 22 Dec: the December report
        # counts it decided (23–26 | 29,30 = 6), the winter one issued (+ 31 | 5 = 8).
        across = intake(ctx, "asp", datetime(2025, 12, 22, 10, 0))
        decide(ctx, across, "refused", datetime(2025, 12, 30, 12, 0))
        issue(ctx, across, datetime(2026, 1, 5, 15, 0), "refusal")
        december = build_report(ctx, date(2025, 12, 1), date(2025, 12, 31))
        row = next(t for t in december.timing if t.service == "asp")
        assert (row.finished, row.max_working_days, row.max_case) == (1, 6, "3/2025")
        assert december.by_outcome["refused"] == 1

        r = build_report(ctx, *WINTER)
        timing = {t.service: t for t in r.timing}
        assert timing["asp"].max_working_days == 13 and timing["asp"].finished_late == 0
        assert timing["asp"].avg_working_days == round((13 + 8) / 2, 1)
        assert timing["social-aid-local"].max_working_days == 21
        assert timing["social-aid-local"].finished_late == 1
        [case] = r.overdue
        assert (case.working_days, case.working_days_late) == (21, 1)
        assert case.extension is not None and case.extension.code == "missing_documents"
        assert case.extension.name_ru  # the catalogue's wording, not the code
        assert case.extension.name_ru != "missing_documents"


# --- the district ---------------------------------------------------------------------------


def test_the_district_sees_every_office_and_can_pick_one(home: Path) -> None:
    with make_office(home, role="district", code="196400000") as ctx:
        with ctx.session() as s:
            s.add_all(
                [
                    Office(role="akimat", code="196435100", name_kk="Қосшы", name_ru="Косшы"),
                    Office(role="akimat", code="196437200", name_kk="Ақмол", name_ru="Акмол"),
                    Office(role="akimat", code="196439900", name_kk="Талапкер", name_ru="Талапкер"),
                ]
            )
        a1 = intake(ctx, "asp", datetime(2026, 3, 3, 10, 0))
        a2 = intake(ctx, "asp", datetime(2026, 3, 4, 10, 0))
        b1 = intake(ctx, "social-aid-local", datetime(2026, 3, 2, 10, 0))
        decide(ctx, a1, "assigned", datetime(2026, 3, 13, 11, 0))  # 7 working days
        decide(ctx, b1, "refused", datetime(2026, 3, 17, 10, 0))  # 10, 2 late
        # Cases that came in bundles belong to the akim's office that registered them.
        with ctx.session() as s:
            offices = {o.code: o.id for o in s.query(Office)}
            for app_id, code in ((a1, "196435100"), (a2, "196435100"), (b1, "196437200")):
                s.get(Application, app_id).office_id = offices[code]

        r = build_report(ctx, *MARCH)
        assert r.scope == "district" and r.registered == 3
        rows = {o.code: o for o in r.by_office}
        # Every akim's office is listed, the one that sent nothing too.
        assert list(rows) == ["196435100", "196437200", "196439900"]
        assert rows["196435100"].registered == 2
        assert dict(rows["196435100"].by_outcome) == {"assigned": 1, "in_progress": 1}
        assert (rows["196435100"].finished, rows["196435100"].avg_working_days) == (1, 7.0)
        assert (rows["196437200"].max_working_days, rows["196437200"].overdue) == (10, 1)
        assert rows["196439900"].registered == 0 and rows["196439900"].avg_working_days is None
        assert [c.office for c in r.overdue] == ["196437200"]

        one = build_report(ctx, *MARCH, office_code="196435100")
        assert one.office_filter is not None and one.office_filter.name_kk == "Қосшы"
        assert one.registered == 2 and [o.code for o in one.by_office] == ["196435100"]
        assert one.overdue == ()
        with pytest.raises(NotFoundError):
            build_report(ctx, *MARCH, office_code="999999999")


# --- progress and cancelling ----------------------------------------------------------------


def test_progress_is_reported_and_cancel_stops_with_no_file(march: March, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    build_report(march.ctx, *MARCH, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 11) and seen[-1] == (11, 11)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    calls: list[int] = []

    def cancel_after_three() -> bool:
        calls.append(1)
        return len(calls) > 3

    out = tmp_path / "out" / "report.xlsx"
    out.parent.mkdir()
    with pytest.raises(ReportCancelled):
        write_report(march.ctx, *MARCH, "xlsx", out, cancel=cancel_after_three)
    assert len(calls) == 4  # stopped at once, not after counting everything
    assert list(out.parent.iterdir()) == []


def test_cancelling_while_the_pdf_is_written_leaves_nothing(march: March, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()

    def writing() -> bool:
        # True once the temporary file exists: the cancel arrives in the middle of writing.
        return any(p.suffix == ".part" for p in folder.iterdir())

    with pytest.raises(ReportCancelled):
        write_report(march.ctx, *MARCH, "pdf", folder / "report.pdf", cancel=writing)
    assert list(folder.iterdir()) == []


# --- the files ------------------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_pdf_holds_the_figures_in_both_languages(march: March, tmp_path: Path) -> None:
    out = write_report(march.ctx, *MARCH, "pdf", tmp_path / "report.pdf")
    text = pdf_text(out)
    for words in (
        "Мемлекеттік қызметтер көрсету туралы есеп",
        "Отчет об оказании государственных услуг",
        OFFICE_RU,
        "01.03.2026 – 31.03.2026",
        "ЗАРЕГИСТРИРОВАННЫЕ",
        "Дела с нарушением срока",
        "Мерзімі бұзылған істер",
        "10,0",  # asp: average working days
        "7,5",  # local aid: average working days
        "Комиссия мүшесі ауырып қалды",
        march.numbers["local_late"],
        march.numbers["local_open"],
        march.numbers["cert_late"],
        "13.03.2026 18:00",
    ):
        assert words in text, words
    assert KAZAKH in text  # the office's name carries every Kazakh letter, in both cases
    assert text.index("Мемлекеттік қызметтер") < text.index("Отчет об оказании")


def test_docx_holds_the_same_figures(march: March, tmp_path: Path) -> None:
    out = write_report(march.ctx, *MARCH, "docx", tmp_path / "report.docx")
    text = docx_text(out)
    for words in (
        "Мемлекеттік қызметтер көрсету туралы есеп",
        "Отчет об оказании государственных услуг",
        KAZAKH,
        "10,0",
        "7,5",
        march.numbers["local_open"],
        "Назначено",
        "Тағайындалды",
    ):
        assert words in text, words
    doc = Document(str(out))
    services = next(t for t in doc.tables if "Қызмет коды" in t.rows[0].cells[0].text)
    body = {row.cells[0].text: [c.text for c in row.cells] for row in services.rows[1:]}
    assert body["asp"][2] == "5" and body["social-aid-local"][2] == "3"


def sheet_rows(ws: object) -> list[tuple[object, ...]]:
    return [
        r
        for r in ws.iter_rows(min_row=XLSX_HEADER_ROW + 1, values_only=True)  # type: ignore[attr-defined]
        if any(v is not None for v in r)
    ]


def test_xlsx_matches_the_json(march: March, tmp_path: Path) -> None:
    report = build_report(march.ctx, *MARCH).to_json()
    out = write_report(march.ctx, *MARCH, "xlsx", tmp_path / "report.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == [
        SUMMARY_SHEET,
        "Қызметтер",
        "Мерзімдер",
        "Мерзімі бұзылған",
        "Кешіккен кезеңдер",
    ]
    summary = wb[SUMMARY_SHEET]
    values = {row[0]: row[1] for row in summary.iter_rows(values_only=True) if row[0]}
    assert values["Есепті кезең / Отчетный период (1)"] == datetime(2026, 3, 1)
    assert values["Жағдай бойынша / По состоянию на"] == datetime(2026, 3, 31, 23, 59, 59)
    assert values["Тіркелген өтініштер / Зарегистрировано заявлений"] == 11

    services = wb["Қызметтер"]
    header = [c.value for c in services[XLSX_HEADER_ROW]]
    assert header[0] == "Қызмет коды\nКод услуги"  # bilingual, Kazakh first
    rows = sheet_rows(services)
    *body, total = rows
    assert [
        {"service": r[0], "registered": r[2], "by_outcome": dict(zip(OUTCOMES, r[3:], strict=True))}
        for r in body
    ] == [
        {k: row[k] for k in ("service", "registered", "by_outcome")} for row in report["by_service"]
    ]
    assert total[2] == report["totals"]["registered"] and total[0].startswith("Барлығы")

    timing = sheet_rows(wb["Мерзімдер"])
    assert [(r[0], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11]) for r in timing] == [
        (
            t["service"],
            t["term_working_days"],
            t["finished"],
            t["avg_working_days"],
            t["max_working_days"],
            t["max_case"],
            t["within_term"],
            t["finished_late"],
            t["open_overdue"],
        )
        for t in report["timing"]
    ]
    assert all(isinstance(r[5], int) and not isinstance(r[5], bool) for r in timing)

    overdue = sheet_rows(wb["Мерзімі бұзылған"])
    assert [
        (r[1], r[3].isoformat(timespec="minutes"), r[4].isoformat(timespec="minutes"), r[7], r[8])
        for r in overdue
    ] == [
        (c["number"], c["registered_at"], c["due_at"], c["working_days"], c["working_days_late"])
        for c in report["overdue"]
    ]
    assert isinstance(overdue[0][3], datetime)  # dates are dates
    steps = sheet_rows(wb["Кешіккен кезеңдер"])
    assert [(r[1], r[6]) for r in steps] == [
        (c["number"], s["working_days_late"]) for c in report["overdue"] for s in c["late_steps"]
    ]


def test_the_district_report_has_a_sheet_per_office(home: Path, tmp_path: Path) -> None:
    with make_office(home, role="district", code="196400000") as ctx:
        intake(ctx, "asp", datetime(2026, 3, 3, 10, 0))
        out = write_report(ctx, *MARCH, "xlsx", tmp_path / "district.xlsx")
        wb = load_workbook(out)
        assert "Кеңселер" in wb.sheetnames
        assert [r[0] for r in sheet_rows(wb["Кеңселер"])] == ["196400000"]
        text = pdf_text(write_report(ctx, *MARCH, "pdf", tmp_path / "district.pdf"))
        assert "По офисам" in text and "Барлық кеңселер" in text


# --- the command ----------------------------------------------------------------------------


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QABYLDAU_LANG": "ru", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "app", "--home", str(home), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_cli_json_equals_the_app_function(march: March, home: Path, tmp_path: Path) -> None:
    expected = json.loads(json.dumps(build_report(march.ctx, *MARCH).to_json()))
    r = run_cli(home, "report", "--from", "2026-03-01", "--to", "31.03.2026", "--out", "-")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == expected

    out = tmp_path / "march.json"
    r = run_cli(
        home, "report", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "json",
        "--out", str(out),
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == expected

    xlsx = tmp_path / "march.xlsx"
    r = run_cli(home, "report", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(xlsx))
    assert r.returncode == 0, r.stderr
    assert f"Отчет: {xlsx}" in r.stdout
    assert load_workbook(xlsx)["Қызметтер"].cell(XLSX_HEADER_ROW + 1, 1).value == "asp"


def test_cli_refuses_mistakes_without_a_traceback(march: March, home: Path, tmp_path: Path) -> None:
    for args, message in (
        (["--from", "2026-03-31", "--to", "2026-03-01", "--out", "-"], "Конец периода"),
        (["--from", "2026-03-01", "--to", "2026-03-31", "--out", str(tmp_path / "r.txt")],
         "Укажите формат"),
        (["--from", "2026-03-01", "--to", "2026-03-31", "--format", "pdf", "--out", "-"],
         "только JSON"),
        (["--from", "2026-03-01", "--to", "2026-03-31", "--office", "196400000", "--out", "-"],
         "только в районном отделе"),
        (["--from", "2026-03-01", "--to", "2026-03-31", "--out", str(tmp_path / "no" / "r.pdf")],
         "Нет такой папки"),
    ):  # fmt: skip
        r = run_cli(home, "report", *args)
        assert r.returncode == 2, (args, r.stdout, r.stderr)
        assert message in r.stderr and "Traceback" not in r.stderr
    assert list(tmp_path.glob("r.*")) == []
