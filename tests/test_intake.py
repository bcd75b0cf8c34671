"""Intake core: journal numbers (also under concurrency), refusal receipts, search."""

from __future__ import annotations

import multiprocessing as mp
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.context import AppContext
from app.errors import UserError
from app.intake import ApplicantInput, IntakeRequest, register
from app.office import init_office
from app.register import RegisterFilter, count, fetch
from db.models import Application, AuditEvent, DocumentItem

ASP_DOCS = [
    "application",
    "identity_document",
    "family_composition",
    "income",
    "household_plot",
    "residence",
]


def _office(home: Path) -> AppContext:
    ctx = AppContext(home)
    init_office(
        ctx,
        role="akimat",
        code="196435100",
        name_kk="Қосшы ауылдық округі әкімінің аппараты",
        name_ru="Аппарат акима Косшынского сельского округа",
    )
    return ctx


def _req(iin: str = "791028302728", surname: str = "Әбдіғалиев", **kw: object) -> IntakeRequest:
    base = dict(
        service_code="asp",
        applicant=ApplicantInput(iin=iin, surname=surname, name="Ерлан", patronymic="Серікұлы"),
        documents=list(ASP_DOCS),
    )
    base.update(kw)
    return IntakeRequest(**base)  # type: ignore[arg-type]


def test_register_writes_everything_in_one_go(tmp_path: Path) -> None:
    ctx = _office(tmp_path)
    r = register(ctx, _req(registered_at=datetime(2026, 12, 10, 10, 0)))
    assert r.incoming_number == "1/2026"
    assert r.due_at == datetime(2027, 1, 15, 18, 0)
    with ctx.session() as s:
        app = s.scalars(select(Application)).one()
        assert app.status == "registered"
        assert app.accepted_by is not None
        assert len(app.steps) > 3
        assert app.steps[0].done_at == datetime(2026, 12, 10, 10, 0)
        assert all(d.provided for d in app.documents if d.code in ASP_DOCS)
        ev = s.scalars(select(AuditEvent).where(AuditEvent.entity == "application")).one()
        assert ev.action == "register" and ev.entity_id == app.uuid


def test_numbers_restart_each_year_and_have_no_gaps(tmp_path: Path) -> None:
    ctx = _office(tmp_path)
    numbers = [
        register(ctx, _req(iin=iin, registered_at=when, allow_duplicate=True)).incoming_number
        for iin, when in [
            ("791028302728", datetime(2026, 12, 30, 10)),
            ("061211600012", datetime(2026, 12, 30, 11)),
            ("791028302728", datetime(2027, 1, 5, 9)),
        ]
    ]
    assert numbers == ["1/2026", "2/2026", "1/2027"]


def test_invalid_request_writes_nothing(tmp_path: Path) -> None:
    ctx = _office(tmp_path)
    with pytest.raises(UserError) as err:
        register(ctx, _req(iin="791028302729"))
    assert err.value.code == "iin-check-digit"
    with pytest.raises(UserError) as err:
        register(ctx, _req(service_code="no-such"))
    assert err.value.code == "unknown-service"
    with pytest.raises(UserError) as err:
        register(ctx, _req(service_code="housing-aid"))
    assert err.value.code == "not-accepted-here"
    assert "ЦОН" in err.value.ru
    with ctx.session() as s:
        assert s.scalars(select(Application)).all() == []


def test_missing_documents_need_the_refusal_receipt(tmp_path: Path) -> None:
    ctx = _office(tmp_path)
    with pytest.raises(UserError) as err:
        register(ctx, _req(documents=["application"]))
    assert err.value.code == "missing-documents"
    assert "удостоверяющий личность" in err.value.ru
    r = register(ctx, _req(documents=["application"], refuse=True))
    assert r.status == "refused_to_accept" and r.due_at is None
    assert len(r.missing) == 5
    with ctx.session() as s:
        app = s.scalars(select(Application)).one()
        assert app.outcome == "refused_to_accept" and app.closed_at is not None
        missing = s.scalars(
            select(DocumentItem).where(
                DocumentItem.provided.is_(False), DocumentItem.required.is_(True)
            )
        ).all()
        assert len(missing) == 5


def test_duplicate_open_application_needs_confirmation(tmp_path: Path) -> None:
    ctx = _office(tmp_path)
    register(ctx, _req())
    with pytest.raises(UserError) as err:
        register(ctx, _req())
    assert err.value.code == "duplicate" and "1/" in err.value.ru
    assert register(ctx, _req(allow_duplicate=True)).incoming_number.startswith("2/")
    # A different service for the same person is not a duplicate.
    assert register(
        ctx, _req(service_code="asp-certificate", documents=["application", "identity_document"])
    )


def _register_many(home: str, start: int, n: int, queue: mp.Queue) -> None:
    ctx = AppContext(Path(home))
    got = []
    for _ in range(n):
        r = register(
            ctx,
            _req(registered_at=datetime(2026, 6, 1, 10, 0), allow_duplicate=True, staff_login=None),
        )
        got.append(r.incoming_number)
    ctx.close()
    queue.put(got)


def test_two_windows_registering_at_once_never_share_a_number(tmp_path: Path) -> None:
    _office(tmp_path).close()
    queue: mp.Queue = mp.get_context("spawn").Queue()
    procs = [
        mp.get_context("spawn").Process(target=_register_many, args=(str(tmp_path), k, 15, queue))
        for k in range(3)
    ]
    for p in procs:
        p.start()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    numbers = sorted(int(n.split("/")[0]) for batch in results for n in batch)
    assert numbers == list(range(1, 46)), "numbers must be unique and gap-free"


def test_search_lookalikes_and_russian_keyboard(tmp_path: Path) -> None:
    ctx = _office(tmp_path)
    register(ctx, _req())
    register(ctx, _req(iin="061211600012", surname="Іскакова", allow_duplicate=True))
    with ctx.session() as s:

        def found(text: str) -> list[str]:
            return [r.applicant.split()[0] for r in fetch(s, RegisterFilter(text=text))]

        assert found("әбдіғ") == ["Әбдіғалиев"]
        assert found("ӘБДІҒАЛИЕВ") == ["Әбдіғалиев"]
        assert found("aбдiг") == ["Әбдіғалиев"]  # Latin a and i
        assert found("Абдигалиев") == ["Әбдіғалиев"]  # typed on a Russian keyboard
        assert found("iскак") == ["Іскакова"]  # Latin i for Kazakh і
        assert found("0612") == ["Іскакова"]  # ИИН prefix
        assert found("ерлан іскак") == ["Іскакова"]  # every word must match
        assert found("Петров") == []
        assert count(s, RegisterFilter(text="ерлан")) == 2
