"""The case card and the talon's data, read back from registered applications."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cases import (
    DEFAULT_COMPLAINT,
    StepLine,
    case_card,
    find_applicant,
    talon_data,
    write_talon_pdf,
)
from app.catalogue import Service
from app.context import AppContext
from app.errors import NotFoundError
from app.intake import ApplicantInput, IntakeRequest, register
from app.office import init_office
from db.models import Application, Office

IIN = "791028302728"
OTHER_IIN = "061211600012"
WHEN = datetime(2026, 2, 3, 10, 0)  # a Tuesday, a working day


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
            staff_patronymic="Болатқызы",
            staff_login="specialist",
            staff_role="specialist",
        )
        with c.session() as s:
            c.self_office(s).address = "Қосшы а., Абай к., 1"
        yield c


def _service(ctx: AppContext) -> Service:
    """An akim-route service with at least two required documents (to leave one out)."""
    for svc in ctx.catalogue.accepted():
        if "akim" in svc.routes and sum(d.required for d in svc.documents) >= 2:
            return svc
    pytest.skip("the catalogue has no akim-route service with two required documents")


def _register(
    ctx: AppContext,
    svc: Service,
    *,
    iin: str = IIN,
    leave_out: int = 0,
    refuse: bool = False,
    when: datetime = WHEN,
    **extra: object,
) -> int:
    # By name: app.intake.match_documents folds the text before comparing it with the code,
    # so codes with look-alike Latin letters never match (reported); names match either way.
    required = [d.name.ru for d in svc.documents if d.required]
    brought = required[: len(required) - leave_out]
    result = register(
        ctx,
        IntakeRequest(
            service_code=svc.code,
            applicant=ApplicantInput(
                iin=iin,
                surname="Әбілқайыров",
                name="Нұрлан",
                patronymic="Серікұлы",
                address="Қосшы а., Бейбітшілік к., 12",
                phone="+7 701 123 45 67",
            ),
            documents=[*brought, "Анықтама (қосымша)"],
            registered_at=when,
            refuse=refuse,
            **extra,  # type: ignore[arg-type]
        ),
    )
    return result.application_id


def test_case_card_shows_the_registered_application(ctx: AppContext) -> None:
    svc = _service(ctx)
    app_id = _register(
        ctx,
        svc,
        representative_name="Әбілқайырова Гүлнар",
        representative_iin=OTHER_IIN,
        representative_poa="№ 15, 01.02.2026",
    )
    card = case_card(ctx, app_id)
    with ctx.session() as s:
        row = s.get(Application, app_id)
        assert row is not None
        assert card.number == row.incoming_number
        assert card.due_at == row.due_at
        assert card.uuid == row.uuid
    assert card.registered_at == WHEN
    assert card.status == "registered"
    assert card.is_open
    assert card.service_code == svc.code
    assert (card.service.kk, card.service.ru) == (svc.name.kk, svc.name.ru)
    assert card.applicant.iin == IIN
    assert card.applicant.full_name == "Әбілқайыров Нұрлан Серікұлы"
    assert card.applicant.birth_date == date(1979, 10, 28)  # taken from the ИИН
    assert card.applicant.phone == "+7 701 123 45 67"
    assert card.acceptor == "Сейітова Ә.Б."
    assert card.representative == (
        f"Әбілқайырова Гүлнар, ЖСН/ИИН {OTHER_IIN}, сенімхат/доверенность № 15, 01.02.2026"
    )
    # Steps come from the catalogue route; registration itself is done at once.
    assert len(card.steps) == len(svc.routes["akim"].steps)
    assert card.steps[0].done and card.steps[0].done_at == WHEN
    assert all(not st.done for st in card.steps[1:])
    # The checklist, plus the free-text document, all provided.
    assert [d.code for d in card.documents[: len(svc.documents)]] == [d.code for d in svc.documents]
    assert card.documents[-1].code is None
    assert card.documents[-1].name_kk == "Анықтама (қосымша)"
    assert card.missing == ()
    # One audit event, by the acceptor.
    assert [(e.action, e.who, e.at) for e in card.timeline] == [("register", "Сейітова Ә.Б.", WHEN)]
    assert card.timeline[0].details is not None
    assert card.timeline[0].details["number"] == card.number


def test_timeline_holds_only_this_applications_events(ctx: AppContext) -> None:
    svc = _service(ctx)
    first = _register(ctx, svc)
    second = _register(ctx, svc, iin=OTHER_IIN, when=WHEN + timedelta(hours=1))
    assert len(case_card(ctx, first).timeline) == 1
    assert case_card(ctx, second).timeline[0].at == WHEN + timedelta(hours=1)


def test_overdue_is_judged_against_now(ctx: AppContext) -> None:
    card = case_card(ctx, _register(ctx, _service(ctx)))
    assert card.due_at is not None
    assert not card.overdue(card.due_at - timedelta(minutes=1))
    assert card.overdue(card.due_at + timedelta(minutes=1))
    pending = card.steps[1]
    assert pending.due_at is not None
    assert pending.overdue(pending.due_at + timedelta(minutes=1))
    assert not card.steps[0].overdue(datetime(2100, 1, 1))  # done steps are never late
    assert not StepLine("x", "x", "x", "akimat", None, None).overdue()


def test_unknown_application_is_a_user_error(ctx: AppContext) -> None:
    with pytest.raises(NotFoundError):
        case_card(ctx, 999)
    with pytest.raises(NotFoundError):
        talon_data(ctx, 999)


def test_service_dropped_from_catalogue_still_shows_by_code(ctx: AppContext) -> None:
    app_id = _register(ctx, _service(ctx))
    with ctx.session() as s:
        row = s.get(Application, app_id)
        assert row is not None
        row.service_code = "retired-service"
    card = case_card(ctx, app_id)
    assert card.service.ru == "retired-service"


def test_talon_data_for_an_accepted_application(ctx: AppContext) -> None:
    svc = _service(ctx)
    app_id = _register(ctx, svc)
    talon = talon_data(ctx, app_id)
    card = case_card(ctx, app_id)
    assert talon.number == card.number
    assert talon.registered_at == WHEN
    assert talon.office.code == "196435100"
    assert talon.office.name.kk == "Қосшы ауылдық округі әкімінің аппараты"
    assert talon.office.address == "Қосшы а., Абай к., 1"
    assert talon.service.ru == svc.name.ru
    assert talon.applicant_name == "Әбілқайыров Нұрлан Серікұлы"
    assert talon.applicant_iin == IIN
    assert talon.applicant_phone == "+7 701 123 45 67"
    assert talon.representative is None
    assert talon.acceptor == "Сейітова Ә.Б."
    assert card.due_at is not None
    assert talon.due_date == card.due_at.date()
    required = [d for d in svc.documents if d.required]
    assert [b.kk for b in talon.documents] == [
        *(d.name.kk for d in required),
        "Анықтама (қосымша)",
    ]
    assert talon.place_of_issue.kk == "Қосшы ауылдық округі әкімінің аппараты, Қосшы а., Абай к., 1"
    assert talon.place_of_issue.ru.startswith("Аппарат акима Косшынского сельского округа, ")
    assert talon.complaint == DEFAULT_COMPLAINT
    assert "сот" in talon.complaint.kk and "суд" in talon.complaint.ru
    assert talon.missing == ()


def test_talon_data_for_a_refusal_lists_the_missing_documents(ctx: AppContext) -> None:
    svc = _service(ctx)
    app_id = _register(ctx, svc, leave_out=1, refuse=True)
    talon = talon_data(ctx, app_id)
    left_out = [d for d in svc.documents if d.required][-1]
    assert case_card(ctx, app_id).status == "refused_to_accept"
    assert [m.ru for m in talon.missing] == [left_out.name.ru]
    assert left_out.name.ru not in [d.ru for d in talon.documents]
    assert talon.due_date is None


def test_office_can_word_the_complaint_itself(ctx: AppContext) -> None:
    app_id = _register(ctx, _service(ctx))
    with ctx.session() as s:
        ctx.set_setting(s, "talon_complaint", {"kk": "Әкімге шағым", "ru": "Жалоба акиму"})
    talon = talon_data(ctx, app_id)
    assert (talon.complaint.kk, talon.complaint.ru) == ("Әкімге шағым", "Жалоба акиму")


def test_office_without_address_gives_its_name_as_place_of_issue(ctx: AppContext) -> None:
    app_id = _register(ctx, _service(ctx))
    with ctx.session() as s:
        s.scalars(select(Office)).one().address = None
    assert talon_data(ctx, app_id).place_of_issue.ru == "Аппарат акима Косшынского сельского округа"


def test_find_applicant(ctx: AppContext) -> None:
    svc = _service(ctx)
    assert find_applicant(ctx, IIN) is None  # not on file yet
    assert find_applicant(ctx, "791028302729") is None  # not a valid ИИН
    open_id = _register(ctx, svc)
    _register(ctx, svc, leave_out=1, refuse=True, when=WHEN + timedelta(hours=1))
    info = find_applicant(ctx, "7910 2830 2728")  # read out in groups
    assert info is not None
    assert info.full_name == "Әбілқайыров Нұрлан Серікұлы"
    assert info.address == "Қосшы а., Бейбітшілік к., 12"
    assert info.birth_date == date(1979, 10, 28)
    # The refused application is closed, so only the registered one is open.
    assert [c.id for c in info.open_cases] == [open_id]
    assert info.open_cases[0].service.ru == svc.name.ru
    assert info.open_cases[0].status == "registered"


def test_write_talon_pdf_puts_it_in_the_documents_folder(ctx: AppContext) -> None:
    pypdf = pytest.importorskip("pypdf")
    svc = _service(ctx)
    accepted = write_talon_pdf(ctx, _register(ctx, svc))
    refused = write_talon_pdf(ctx, _register(ctx, svc, iin=OTHER_IIN, leave_out=1, refuse=True))
    assert accepted.parent == ctx.paths.documents
    assert accepted.name == "talon-1-2026.pdf"
    assert refused.name == "refusal-receipt-2-2026.pdf"
    text = "".join(p.extract_text() for p in pypdf.PdfReader(accepted).pages)
    assert "1/2026" in text
    assert "Сейітова Ә.Б." in text
    # Reprinting replaces the file rather than piling up copies.
    again = write_talon_pdf(ctx, case_card(ctx, 1).id)
    assert again == accepted
    assert sorted(p.name for p in ctx.paths.documents.glob("*.pdf")) == [
        "refusal-receipt-2-2026.pdf",
        "talon-1-2026.pdf",
    ]


def test_reprint_while_the_old_copy_is_locked_writes_a_second_copy(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    import forms.talon

    app_id = _register(ctx, _service(ctx))
    first = write_talon_pdf(ctx, app_id)
    real = forms.talon.render_talon_pdf

    def locked(data: object, out: Path) -> Path:
        if out == first:  # as Windows refuses to replace a file a PDF viewer holds open
            raise PermissionError(13, "Permission denied", str(out))
        return real(data, out)  # type: ignore[arg-type]

    monkeypatch.setattr(forms.talon, "render_talon_pdf", locked)
    second = write_talon_pdf(ctx, app_id)
    assert second != first
    assert second.parent == first.parent
    assert second.name.startswith("talon-1-2026-") and second.suffix == ".pdf"
    assert second.read_bytes()[:5] == b"%PDF-"
