"""Cases made the way an office makes them (intake, commission, act), for tests of packets,
bundles and the way back. Public names so several test modules share one definition."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from app import intake
from app.commission import refer, save_act, set_commission, set_threshold
from app.context import AppContext
from app.intake import ApplicantInput, IntakeRequest
from db.models import Application

REGISTERED = datetime(2026, 2, 3, 10, 0)
MEMBERS = [("Ахметов А.Б.", "chair"), ("Серікова Г.Н.", "secretary")]
ASP_IIN = "791028302728"
FUEL_IIN = "061211600012"


def register_case(
    ctx: AppContext,
    service: str,
    iin: str,
    surname: str,
    name: str,
    when: datetime = REGISTERED,
) -> str:
    svc = ctx.catalogue.get(service)
    result = intake.register(
        ctx,
        IntakeRequest(
            service_code=service,
            applicant=ApplicantInput(iin=iin, surname=surname, name=name, phone="+7 701 555 1234"),
            documents=[d.name.ru for d in svc.documents if d.required],
            registered_at=when,
            allow_duplicate=True,
        ),
    )
    assert result.status == "registered"
    # Sheets are counted at intake; the first document gets a scan.
    with ctx.session() as s:
        app = s.scalar(
            select(Application).where(Application.incoming_number == result.incoming_number)
        )
        for d in app.documents:
            d.sheets = d.seq + 1 if d.provided else None
    return result.incoming_number


def attach(ctx: AppContext, number: str, data: bytes, name: str = "scan.JPG") -> Path:
    rel = Path("documents") / "scans" / number.replace("/", "-") / name
    path = ctx.paths.root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    with ctx.session() as s:
        app = s.scalar(select(Application).where(Application.incoming_number == number))
        doc = next(d for d in app.documents if d.provided)
        doc.attachment_path = str(rel).replace("/", "\\")  # as a Windows office stores it
    return path


def setup_commission(ctx: AppContext) -> None:
    set_commission(ctx, "12", date(2026, 1, 10), MEMBERS)
    set_threshold(ctx, "poverty_line", "45 000", date(2025, 1, 1))


def means_tested(ctx: AppContext, iin: str = ASP_IIN, surname: str = "Әбілқайыров") -> str:
    number = register_case(ctx, "asp", iin, surname, "Нұрлан")
    refer(ctx, number, datetime(2026, 2, 4, 10, 0))
    save_act(
        ctx,
        number,
        {
            "visit_date": "2026-02-05",
            "members_present": [m for m, _ in MEMBERS],
            "dwelling": {"type": "жеке үй", "rooms": 3, "area": "54,5"},
            "plot": {"cattle": 2, "sheep_goats": 4},
            "family": [
                {
                    "surname": surname,
                    "name": "Нұрлан",
                    "relation": "заявитель",
                    "iin": iin,
                    "incomes": [{"kind": "wage", "monthly_amount": "60 000"}],
                },
                {"surname": "Әбілқайырова", "name": "Айгүл", "relation": "жена"},
            ],
        },
        complete=True,
        when=datetime(2026, 2, 6, 16, 0),
    )
    return number


def direct(ctx: AppContext, iin: str = FUEL_IIN) -> str:
    return register_case(ctx, "fuel-aid", iin, "Һәкімова", "Ұлжан", datetime(2026, 2, 3, 11, 0))
