"""Handing the result to the applicant at the akim's office, and the same-day certificate.

Issuing closes the case: the notice or refusal goes to the applicant (or the representative)
against the bilingual issue receipt or a signature in the journal (`002:1530`, `004:132`).
The certificate of belonging to targeted-assistance recipients is prepared, signed by the
akim and issued on the spot, for the current quarter (`000:366`, `001:3367`).

The printed file is written inside the transaction, before the commit: if printing fails the
case stays as it was; if the commit fails the file is removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.context import AppContext
from app.errors import UserError
from app.intake import find_application
from app.keys import now_local
from app.printing import office_header
from db.models import Applicant, Application, Decision, Issuance, Office, Staff
from forms.data import Bilingual, CertificateData, IssueReceiptData

CERTIFICATE_SERVICE = "asp-certificate"
ASSISTANCE_SERVICE = "asp"
RESULT_TYPES = {
    "notice": Bilingual("Тағайындау туралы хабарлама", "Уведомление о назначении"),
    "refusal": Bilingual("Дәлелді бас тарту", "Мотивированный отказ"),
    "certificate": Bilingual("Анықтама", "Справка"),
}


def _err(code: str, kk: str, ru: str, en: str) -> UserError:
    return UserError(code=code, kk=kk, ru=ru, en=en)


@dataclass
class IssueResult:
    number: str
    result_type: str
    issued_at: datetime
    issued_to: str
    receipt: Path | None
    certificate_belongs: bool | None = None
    certificate_quarter: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "result_type": self.result_type,
            "issued_at": self.issued_at.isoformat(),
            "issued_to": self.issued_to,
            "file": str(self.receipt) if self.receipt else None,
            "certificate_belongs": self.certificate_belongs,
            "certificate_quarter": self.certificate_quarter,
            "status": "closed",
        }


def _already(app: Application, issued: Issuance) -> UserError:
    return _err(
        "already-issued",
        f"№ {app.incoming_number} нәтижесі {issued.issued_at:%d.%m.%Y %H:%M} күні "
        f"{issued.issued_to} алды.",
        f"Результат по № {app.incoming_number} выдан {issued.issued_at:%d.%m.%Y %H:%M}, "
        f"получил(а) {issued.issued_to}.",
        f"The result of No. {app.incoming_number} was issued on "
        f"{issued.issued_at:%Y-%m-%d %H:%M} to {issued.issued_to}.",
    )


def _recipient(to: str | None, app: Application) -> str:
    name = " ".join((to or "").split())
    if not name:
        return app.representative_name or app.applicant.full_name
    if len(name) > 300 or any(ch.isdigit() for ch in name):
        raise _err(
            "bad-recipient",
            "Алушының аты-жөнін жазыңыз (цифрсыз).",
            "Впишите фамилию и имя получателя (без цифр).",
            "Give the recipient's name (no digits).",
        )
    return name


def _close(app: Application, when: datetime, outcome: str) -> None:
    for st in app.steps:
        if st.done_at is None:
            st.started_at = st.started_at or when
            st.done_at = when
    app.status = "closed"
    app.outcome = outcome
    app.closed_at = when
    app.next_due_at = None
    app.updated_at = when


def _service_name(ctx: AppContext, code: str) -> Bilingual:
    svc = ctx.catalogue.get(code)
    return Bilingual(svc.name.kk, svc.name.ru) if svc else Bilingual(code, code)


def issue_result(
    ctx: AppContext,
    number: str,
    *,
    to: str | None = None,
    out: Path | None = None,
    docx: Path | None = None,
    staff_login: str | None = None,
    when: datetime | None = None,
) -> IssueResult:
    """Hand the district's notice or refusal to the applicant and close the case.

    With `out` the issue receipt is printed (PDF; `docx` too); without it the recipient
    signs the journal, which is recorded."""
    from forms.issue_receipt import render_issue_receipt_docx, render_issue_receipt_pdf

    when = when or now_local()
    written: list[Path] = []
    try:
        with ctx.session() as s:
            app = find_application(s, number)
            staff = ctx.current_staff(s, staff_login)
            issued = s.scalar(select(Issuance).where(Issuance.application_id == app.id))
            if issued is not None:
                raise _already(app, issued)
            dec = s.scalar(select(Decision).where(Decision.application_id == app.id))
            if dec is None or app.status != "ready_for_issue":
                raise _err(
                    "no-result-yet",
                    f"№ {app.incoming_number} бойынша аудан шешімі әлі келмеген.",
                    f"Решение района по № {app.incoming_number} ещё не поступило.",
                    f"The district's decision on No. {app.incoming_number} has not arrived yet.",
                )
            result_type = "notice" if dec.outcome == "assigned" else "refusal"
            name = _recipient(to, app)
            issuance = Issuance(
                application_id=app.id,
                issued_at=when,
                issued_to=name,
                issued_by_id=staff.id,
                result_type=result_type,
                receipt_printed=out is not None,
                journal_signature=out is None,
            )
            s.add(issuance)
            _close(app, when, dec.outcome)
            audit.record(
                s,
                entity="application",
                entity_id=app.uuid,
                action="issued",
                staff_id=staff.id,
                before={"status": "ready_for_issue"},
                after={
                    "status": "closed",
                    "result_type": result_type,
                    "decision": dec.number,
                    "issued_to": name,
                    "receipt": out is not None,
                },
                at=when,
            )
            if out is not None:
                data = IssueReceiptData(
                    office=office_header(app.office),
                    case_number=app.incoming_number,
                    registered_at=app.registered_at,
                    service=_service_name(ctx, app.service_code),
                    applicant_name=app.applicant.full_name,
                    applicant_iin=app.applicant.iin,
                    result_type=RESULT_TYPES[result_type],
                    result_number=dec.number,
                    result_date=dec.decided_on,
                    issued_at=when,
                    issued_to=name,
                    issued_by=staff.short_name,
                )
                written.append(render_issue_receipt_pdf(data, Path(out)))
                if docx is not None:
                    written.append(render_issue_receipt_docx(data, Path(docx)))
            result = IssueResult(app.incoming_number, result_type, when, name, out)
    except BaseException:
        for p in written:
            p.unlink(missing_ok=True)
        raise
    return result


# --- the same-day certificate ----------------------------------------------------------------


def quarter_of(day: date) -> tuple[int, date, date]:
    q = (day.month - 1) // 3 + 1
    start = date(day.year, 3 * q - 2, 1)
    end = date(day.year + 1, 1, 1) if q == 4 else date(day.year, 3 * q + 1, 1)
    return q, start, date.fromordinal(end.toordinal() - 1)


def assistance_in_quarter(
    session: Session, applicant_id: int, day: date
) -> tuple[Decision, Application] | None:
    """An assignment of targeted assistance covering the quarter of `day`, if any.

    A decision with a period covers the quarters it overlaps; one without a period covers
    the quarter it was made in (assistance is re-confirmed every quarter, 002:1167)."""
    _, start, end = quarter_of(day)
    rows = session.execute(
        select(Decision, Application)
        .join(Application, Application.id == Decision.application_id)
        .where(
            Application.applicant_id == applicant_id,
            Application.service_code == ASSISTANCE_SERVICE,
            Decision.outcome == "assigned",
        )
        .order_by(Decision.decided_on.desc())
    ).all()
    for dec, app in rows:
        if dec.period_from or dec.period_to:
            lo = dec.period_from or dec.decided_on
            hi = dec.period_to or date.max
            if lo <= end and hi >= start:
                return dec, app
        elif start <= dec.decided_on <= end:
            return dec, app
    return None


def _akim(session: Session, office: Office) -> str:
    staff = session.scalars(
        select(Staff)
        .where(Staff.office_id == office.id, Staff.role == "akim", Staff.active.is_(True))
        .order_by(Staff.id)
    ).first()
    if staff is None:
        raise _err(
            "no-akim",
            "Анықтамаға әкім қол қояды: қызметкерлер тізіміне әкімді (akim рөлі) қосыңыз.",
            "Справку подписывает аким: добавьте акима (роль akim) в список сотрудников.",
            "The akim signs the certificate: add the akim (role akim) to the staff.",
        )
    kk = staff.position_kk or "Ауылдық округ әкімі"
    ru = staff.position_ru or "Аким сельского округа"
    return f"{kk} / {ru} {staff.short_name}"


def _check_certificate(session: Session, app: Application) -> None:
    """Refuse what is not a registered, not yet issued certificate application."""
    if app.service_code != CERTIFICATE_SERVICE:
        raise _err(
            "not-a-certificate",
            f"№ {app.incoming_number} өтініші анықтамаға емес.",
            f"Заявление № {app.incoming_number} подано не на справку.",
            f"Application No. {app.incoming_number} is not for the certificate.",
        )
    issued = session.scalar(select(Issuance).where(Issuance.application_id == app.id))
    if issued is not None:
        raise _already(app, issued)
    if app.status != "registered":
        raise _err(
            "bad-status",
            f"№ {app.incoming_number} өтініші тіркелген күйде емес.",
            f"Заявление № {app.incoming_number} не в статусе «зарегистрировано».",
            f"Application No. {app.incoming_number} is not in the registered state.",
        )


def _basis(dec: Decision) -> str:
    """The decision the certificate rests on, as printed on it."""
    return f"№ {dec.number}, {dec.decided_on:%d.%m.%Y}"


def issue_certificate(
    ctx: AppContext,
    number: str,
    out: Path,
    *,
    to: str | None = None,
    docx: Path | None = None,
    staff_login: str | None = None,
    when: datetime | None = None,
) -> IssueResult:
    """Prepare, sign and issue the certificate for a registered `asp-certificate` application;
    the recipient signs the journal. Belongs / does not belong is read from the register."""
    from forms.certificate import render_certificate_docx, render_certificate_pdf

    when = when or now_local()
    written: list[Path] = []
    try:
        with ctx.session() as s:
            app = find_application(s, number)
            staff = ctx.current_staff(s, staff_login)
            _check_certificate(s, app)
            signer = _akim(s, app.office)
            q, start, end = quarter_of(when.date())
            found = assistance_in_quarter(s, app.applicant_id, when.date())
            belongs = found is not None
            basis = None
            if found is not None:
                dec, _ = found
                basis = _basis(dec)
            name = _recipient(to, app)
            quarter = f"{start.year}-Q{q}"
            s.add(
                Issuance(
                    application_id=app.id,
                    issued_at=when,
                    issued_to=name,
                    issued_by_id=staff.id,
                    result_type="certificate",
                    receipt_printed=False,
                    journal_signature=True,
                    certificate_belongs=belongs,
                    certificate_quarter=quarter,
                    signer=signer,
                )
            )
            _close(app, when, "belongs" if belongs else "does_not_belong")
            audit.record(
                s,
                entity="application",
                entity_id=app.uuid,
                action="certificate_issued",
                staff_id=staff.id,
                before={"status": "registered"},
                after={
                    "status": "closed",
                    "belongs": belongs,
                    "quarter": quarter,
                    "basis": basis,
                    "issued_to": name,
                },
                at=when,
            )
            person: Applicant = app.applicant
            data = CertificateData(
                office=office_header(app.office),
                number=app.incoming_number,
                issued_on=when.date(),
                applicant_name=person.full_name,
                applicant_iin=person.iin,
                applicant_address=person.address,
                belongs=belongs,
                quarter=q,
                year=start.year,
                period_from=start,
                period_to=end,
                basis=basis,
                signer=signer,
            )
            written.append(render_certificate_pdf(data, Path(out)))
            if docx is not None:
                written.append(render_certificate_docx(data, Path(docx)))
            result = IssueResult(
                app.incoming_number, "certificate", when, name, Path(out), belongs, quarter
            )
    except BaseException:
        for p in written:
            p.unlink(missing_ok=True)
        raise
    return result


# --- what the screens show before acting (read only) -----------------------------------------


@dataclass(frozen=True)
class DecisionView:
    """The district's decision on a case, as the case card and the issue window show it."""

    outcome: str  # assigned | refused
    number: str
    decided_on: date
    ground_code: str | None
    ground: Bilingual | None  # a listed refusal ground, in both languages
    ground_text: str | None  # the reasoning in words, when not just the listed ground
    amount: Decimal | None
    period_from: date | None
    period_to: date | None
    signer: str | None
    pdf: Path | None  # the decision as printed, when the file is there

    def to_json(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "number": self.number,
            "decided_on": self.decided_on.isoformat(),
            "ground_code": self.ground_code,
            "ground": {"kk": self.ground.kk, "ru": self.ground.ru} if self.ground else None,
            "ground_text": self.ground_text,
            "amount": str(self.amount) if self.amount is not None else None,
            "period_from": self.period_from.isoformat() if self.period_from else None,
            "period_to": self.period_to.isoformat() if self.period_to else None,
            "signer": self.signer,
            "pdf": str(self.pdf) if self.pdf else None,
        }


@dataclass(frozen=True)
class IssuanceView:
    """When, to whom and how the result (or the certificate) was handed over."""

    issued_at: datetime
    issued_to: str
    issued_by: str | None
    result_type: str  # notice | refusal | certificate
    receipt_printed: bool
    journal_signature: bool
    certificate_belongs: bool | None = None
    certificate_quarter: str | None = None
    signer: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "issued_at": self.issued_at.isoformat(),
            "issued_to": self.issued_to,
            "issued_by": self.issued_by,
            "result_type": self.result_type,
            "receipt_printed": self.receipt_printed,
            "journal_signature": self.journal_signature,
            "certificate_belongs": self.certificate_belongs,
            "certificate_quarter": self.certificate_quarter,
            "signer": self.signer,
        }


@dataclass(frozen=True)
class CaseResult:
    """A case's decision and issuance, and who would receive the result by default."""

    number: str
    uuid: str
    status: str
    service_code: str
    applicant_name: str
    representative_name: str | None
    default_recipient: str
    decision: DecisionView | None
    issuance: IssuanceView | None

    @property
    def ready_for_issue(self) -> bool:
        return self.status == "ready_for_issue" and self.decision is not None and not self.issued

    @property
    def issued(self) -> bool:
        return self.issuance is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "status": self.status,
            "service": self.service_code,
            "applicant": self.applicant_name,
            "representative": self.representative_name,
            "default_recipient": self.default_recipient,
            "decision": self.decision.to_json() if self.decision else None,
            "issuance": self.issuance.to_json() if self.issuance else None,
        }


def _decision_view(ctx: AppContext, app: Application, dec: Decision) -> DecisionView:
    ground = None
    if dec.refusal_ground_code:
        try:
            service = ctx.catalogue.get(app.service_code)
        except KeyError:  # a service a newer catalogue dropped: the words still stand
            service = None
        grounds = service.refusal_grounds if service else ()
        g = next((g for g in grounds if g.code == dec.refusal_ground_code), None)
        ground = Bilingual(g.name.kk, g.name.ru) if g else None
    text = dec.refusal_ground
    if ground is not None and text in (ground.kk, ground.ru):
        text = None  # the listed ground already says it, in both languages
    pdf = ctx.paths.root / dec.pdf_path if dec.pdf_path else None
    return DecisionView(
        outcome=dec.outcome,
        number=dec.number,
        decided_on=dec.decided_on,
        ground_code=dec.refusal_ground_code,
        ground=ground,
        ground_text=text,
        amount=dec.amount,
        period_from=dec.period_from,
        period_to=dec.period_to,
        signer=dec.signer,
        pdf=pdf if pdf is not None and pdf.is_file() else None,
    )


def case_result(ctx: AppContext, ref: int | str) -> CaseResult:
    """The decision and the issuance of one case (by id, journal number or uuid); writes
    nothing."""
    with ctx.session() as s:
        app = s.get(Application, ref) if isinstance(ref, int) else find_application(s, ref)
        if app is None:
            raise _err(
                "no-application",
                f"№ {ref} өтініші табылмады",
                f"Заявление № {ref} не найдено",
                f"Application No. {ref} not found",
            )
        dec = s.scalar(select(Decision).where(Decision.application_id == app.id))
        issued = s.scalar(select(Issuance).where(Issuance.application_id == app.id))
        issuance = None
        if issued is not None:
            by = s.get(Staff, issued.issued_by_id) if issued.issued_by_id else None
            issuance = IssuanceView(
                issued_at=issued.issued_at,
                issued_to=issued.issued_to,
                issued_by=by.short_name if by else None,
                result_type=issued.result_type,
                receipt_printed=bool(issued.receipt_printed),
                journal_signature=bool(issued.journal_signature),
                certificate_belongs=issued.certificate_belongs,
                certificate_quarter=issued.certificate_quarter,
                signer=issued.signer,
            )
        return CaseResult(
            number=app.incoming_number,
            uuid=app.uuid,
            status=app.status,
            service_code=app.service_code,
            applicant_name=app.applicant.full_name,
            representative_name=app.representative_name,
            default_recipient=_recipient(None, app),
            decision=_decision_view(ctx, app, dec) if dec is not None else None,
            issuance=issuance,
        )


@dataclass(frozen=True)
class CertificatePreview:
    """What the certificate would say if issued at `when`: nothing is written to know it."""

    number: str
    uuid: str
    applicant_name: str
    applicant_iin: str
    applicant_address: str | None
    when: datetime
    quarter: int
    year: int
    period_from: date
    period_to: date
    belongs: bool
    basis: str | None  # as printed: "№ Ш-5, 20.02.2026"
    basis_case: str | None  # the assistance case the decision was made on
    basis_period_from: date | None
    basis_period_to: date | None
    signer: str | None
    blocker: UserError | None  # why it cannot be issued now (no akim to sign), if so

    @property
    def quarter_code(self) -> str:
        return f"{self.year}-Q{self.quarter}"

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "applicant": self.applicant_name,
            "iin": self.applicant_iin,
            "quarter": self.quarter_code,
            "period_from": self.period_from.isoformat(),
            "period_to": self.period_to.isoformat(),
            "belongs": self.belongs,
            "basis": self.basis,
            "basis_case": self.basis_case,
            "signer": self.signer,
            "blocker": self.blocker.code if self.blocker else None,
        }


def certificate_preview(
    ctx: AppContext, number: str, *, when: datetime | None = None
) -> CertificatePreview:
    """What the register says for a registered `asp-certificate` application: belongs or
    not for the quarter of `when` (now), on which decision, and who signs. Read only; the
    refusals are `issue_certificate`'s (not-a-certificate, already-issued, bad-status)."""
    when = when or now_local()
    with ctx.session() as s:
        app = find_application(s, number)
        _check_certificate(s, app)
        blocker: UserError | None = None
        try:
            signer: str | None = _akim(s, app.office)
        except UserError as exc:
            signer, blocker = None, exc
        q, start, end = quarter_of(when.date())
        found = assistance_in_quarter(s, app.applicant_id, when.date())
        person: Applicant = app.applicant
        dec, basis_app = found if found is not None else (None, None)
        return CertificatePreview(
            number=app.incoming_number,
            uuid=app.uuid,
            applicant_name=person.full_name,
            applicant_iin=person.iin,
            applicant_address=person.address,
            when=when,
            quarter=q,
            year=start.year,
            period_from=start,
            period_to=end,
            belongs=found is not None,
            basis=_basis(dec) if dec is not None else None,
            basis_case=basis_app.incoming_number if basis_app is not None else None,
            basis_period_from=dec.period_from if dec is not None else None,
            basis_period_to=dec.period_to if dec is not None else None,
            signer=signer,
            blocker=blocker,
        )
