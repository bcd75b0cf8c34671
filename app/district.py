"""The district department's side: the delivery picture per office, cases waiting for a
decision, and recording the decision (notice of assignment or reasoned refusal).

The district's register is the same `application` table as an office's, filled by
`app.bundle_import`; a case's office is `Application.office_id` (never the district itself).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.commission import MAX_AMOUNT, AmountError, format_amount, parse_amount
from app.context import AppContext
from app.errors import NotFoundError, UserError
from app.filestore import sha256_of, store_file, stored_path
from app.keys import now_local
from app.printing import office_header
from db.models import (
    Application,
    BundleLog,
    CaseFile,
    CaseRecord,
    Decision,
    Office,
    TrustedKey,
)
from forms.data import Bilingual, DecisionData

OUTCOMES = ("assigned", "refused")
# A decided case stays "decided" at the district; the office moves it on when it arrives.
DECIDED = "decided"
WAITING = "sent"


def _err(code: str, kk: str, ru: str, en: str) -> UserError:
    return UserError(code=code, kk=kk, ru=ru, en=en)


def require_district(session: Session) -> Office:
    me = AppContext.self_office(session)
    if me.role != "district":
        raise _err(
            "not-district",
            "Бұл әрекет тек аудандық бөлімде орындалады.",
            "Это действие выполняется только в районном отделе.",
            "Only the district department does this.",
        )
    return me


# --- the delivery picture --------------------------------------------------------------------


@dataclass
class OfficeDelivery:
    office_code: str
    name_kk: str
    name_ru: str
    last_sequence: int | None
    last_received_at: datetime | None
    gaps: list[int] = field(default_factory=list)
    unacknowledged: int = 0  # bundles imported here and not yet acknowledged back
    waiting_decision: int = 0  # cases without a decision
    decisions_to_send: int = 0  # decisions not yet in a return bundle

    def to_json(self) -> dict[str, Any]:
        return {
            "office_code": self.office_code,
            "name_kk": self.name_kk,
            "name_ru": self.name_ru,
            "last_sequence": self.last_sequence,
            "last_received_at": self.last_received_at.isoformat()
            if self.last_received_at
            else None,
            "gaps": self.gaps,
            "unacknowledged": self.unacknowledged,
            "waiting_decision": self.waiting_decision,
            "decisions_to_send": self.decisions_to_send,
        }


def gaps_in(sequences: list[int]) -> list[int]:
    """Numbers missing below the highest one received: "bundle 17 never arrived".

    Sequences start at 1 per sender and recipient (app.bundle.allocate_sequence)."""
    if not sequences:
        return []
    have = set(sequences)
    return [n for n in range(1, max(have)) if n not in have]


def delivery_status(ctx: AppContext) -> list[OfficeDelivery]:
    """Per sending office: last bundle, gaps, bundles not acknowledged, cases waiting."""
    with ctx.session() as s:
        me = AppContext.self_office(s)
        logs = s.execute(
            select(
                BundleLog.source_office_code,
                BundleLog.sequence,
                BundleLog.processed_at,
                BundleLog.acknowledged_in,
            ).where(
                BundleLog.direction == "received",
                BundleLog.status == "imported",
                BundleLog.recipient_office_code == me.code,
            )
        ).all()
        offices = {o.code: o for o in s.scalars(select(Office).where(Office.is_self.is_(False)))}
        cards = {
            k.office_code: k
            for k in s.scalars(select(TrustedKey).where(TrustedKey.revoked_at.is_(None)))
        }
        waiting = dict(
            s.execute(
                select(Office.code, func.count(Application.id))
                .join(Office, Office.id == Application.office_id)
                .outerjoin(Decision, Decision.application_id == Application.id)
                .where(Decision.id.is_(None), Office.is_self.is_(False))
                .group_by(Office.code)
            ).all()
        )
        to_send = dict(
            s.execute(
                select(Office.code, func.count(Decision.id))
                .join(Application, Application.id == Decision.application_id)
                .join(Office, Office.id == Application.office_id)
                .where(Decision.bundle_uuid.is_(None))
                .group_by(Office.code)
            ).all()
        )
    codes = (
        {row.source_office_code for row in logs}
        | set(offices)
        | {c for c, k in cards.items() if k.role == "akimat"}
    )
    out = []
    for code in sorted(codes):
        rows = [r for r in logs if r.source_office_code == code]
        last = max(rows, key=lambda r: r.sequence, default=None)
        named = offices.get(code) or cards.get(code)
        out.append(
            OfficeDelivery(
                office_code=code,
                name_kk=named.name_kk if named else code,
                name_ru=named.name_ru if named else code,
                last_sequence=last.sequence if last else None,
                last_received_at=max((r.processed_at for r in rows), default=None),
                gaps=gaps_in([r.sequence for r in rows]),
                unacknowledged=sum(1 for r in rows if r.acknowledged_in is None),
                waiting_decision=waiting.get(code, 0),
                decisions_to_send=to_send.get(code, 0),
            )
        )
    return out


# --- finding a case at the district ----------------------------------------------------------


def find_case(session: Session, number: str, office_code: str | None = None) -> Application:
    """A case by its office's incoming number ("17/2026") — several offices may use the same
    number, so `office_code` picks one — or by its uuid."""
    text = number.strip()
    q = select(Application).join(Office, Office.id == Application.office_id)
    if "/" in text:
        q = q.where(Application.incoming_number == text)
    else:
        q = q.where(Application.uuid == text)
    if office_code:
        q = q.where(Office.code == office_code)
    found = list(session.scalars(q.order_by(Application.id)))
    if not found:
        raise NotFoundError(
            code="no-application",
            kk=f"№ {number} ісі табылмады",
            ru=f"Дело № {number} не найдено",
            en=f"Case No. {number} not found",
        )
    if len(found) > 1:
        codes = ", ".join(sorted(a.office.code for a in found))
        raise _err(
            "ambiguous-number",
            f"№ {number} нөмірі бірнеше кеңседе бар ({codes}): кеңсені көрсетіңіз.",
            f"Номер {number} есть у нескольких офисов ({codes}): укажите офис.",
            f"Number {number} exists at several offices ({codes}): give --office.",
        )
    return found[0]


@dataclass
class WaitingCase:
    id: int
    uuid: str
    office_code: str
    number: str
    applicant: str
    iin: str
    service_code: str
    registered_at: datetime
    due_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid,
            "office_code": self.office_code,
            "number": self.number,
            "applicant": self.applicant,
            "iin": self.iin,
            "service_code": self.service_code,
            "registered_at": self.registered_at.isoformat(),
            "due_at": self.due_at.isoformat() if self.due_at else None,
        }


def waiting_for_decision(ctx: AppContext, limit: int = 1000) -> list[WaitingCase]:
    """Cases without a decision, the most urgent first (undated last)."""
    with ctx.session() as s:
        rows = s.scalars(
            select(Application)
            .outerjoin(Decision, Decision.application_id == Application.id)
            .join(Office, Office.id == Application.office_id)
            .where(Decision.id.is_(None), Office.is_self.is_(False))
            .order_by(Application.next_due_at.is_(None), Application.next_due_at, Application.id)
            .limit(limit)
        ).all()
        return [
            WaitingCase(
                id=a.id,
                uuid=a.uuid,
                office_code=a.office.code,
                number=a.incoming_number,
                applicant=a.applicant.full_name,
                iin=a.applicant.iin,
                service_code=a.service_code,
                registered_at=a.registered_at,
                due_at=a.next_due_at,
            )
            for a in rows
        ]


def case_record(ctx: AppContext, number: str, office_code: str | None = None) -> dict[str, Any]:
    """The case exactly as the office sent it (act and conclusion included)."""
    with ctx.session() as s:
        app = find_case(s, number, office_code)
        rec = s.get(CaseRecord, app.id)
        if rec is None:
            raise _err(
                "no-record",
                "Бұл іс пакетпен келмеген.",
                "Это дело не приходило в пакете.",
                "This case did not come in a bundle.",
            )
        return json.loads(rec.record_json)


def case_files(
    ctx: AppContext, number: str, office_code: str | None = None
) -> list[tuple[str, str, Path]]:
    """(role, payload name, file on disk) of every document that came with the case."""
    with ctx.session() as s:
        app = find_case(s, number, office_code)
        rows = s.scalars(
            select(CaseFile).where(CaseFile.application_id == app.id).order_by(CaseFile.name)
        ).all()
        return [(f.role, f.name, stored_path(ctx, f.stored_path)) for f in rows]


# --- decisions ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionInput:
    outcome: str  # assigned | refused
    number: str
    decided_on: date
    ground_code: str | None = None  # from the service's list of refusal grounds
    ground_text: str | None = None  # the reasoning in words
    signer: str | None = None
    amount: str | None = None
    period_from: date | None = None
    period_to: date | None = None
    pdf: Path | None = None  # the signed PDF produced elsewhere, attached as is


def _parse_amount(text: str | None) -> Decimal | None:
    """The same rules as every amount the office types (app.commission.parse_amount): "NaN",
    "inf" or a 30-digit figure is refused with a message, never a traceback."""
    if text is None or not text.strip():
        return None
    try:
        return parse_amount(text)
    except AmountError as exc:
        if exc.code == "too-large":
            limit = format_amount(MAX_AMOUNT)
            raise _err(
                "bad-amount",
                f"Сома тым үлкен: {text[:40]!r} (ең көбі {limit}).",
                f"Слишком большая сумма: {text[:40]!r} (не больше {limit}).",
                f"The amount is too large: {text[:40]!r} (at most {limit}).",
            ) from None
        raise _err(
            "bad-amount",
            f"Сома дұрыс емес: {text[:40]!r} (мысалы, 45 000 немесе 45000,50).",
            f"Неверная сумма: {text[:40]!r} (например, 45 000 или 45000,50).",
            f"Not an amount: {text[:40]!r} (e.g. 45 000 or 45000.50).",
        ) from None


def _check_decision(ctx: AppContext, app: Application, d: DecisionInput) -> Bilingual | None:
    if d.outcome not in OUTCOMES:
        raise _err(
            "bad-outcome",
            "Шешім: assigned (тағайындалды) немесе refused (бас тартылды).",
            "Решение: assigned (назначено) или refused (отказ).",
            "The outcome is assigned or refused.",
        )
    if not d.number.strip():
        raise _err(
            "no-decision-number",
            "Шешімнің нөмірін көрсетіңіз.",
            "Укажите номер решения.",
            "Give the decision's number.",
        )
    if d.decided_on < app.registered_at.date() or d.decided_on > now_local().date():
        raise _err(
            "bad-decision-date",
            "Шешім күні өтініш тіркелген күннен бұрын немесе болашақта болмауы керек.",
            "Дата решения не может быть раньше регистрации заявления или в будущем.",
            "The decision date cannot be before the application or in the future.",
        )
    if d.period_from and d.period_to and d.period_to < d.period_from:
        raise _err(
            "bad-period",
            "Кезеңнің соңы басынан бұрын.",
            "Конец периода раньше начала.",
            "The period ends before it starts.",
        )
    for day in (d.period_from, d.period_to):
        # A mistyped year (0026, 2226): the return bundle would refuse the decision.
        if day is not None and not 1900 <= day.year <= 2199:
            raise _err(
                "bad-period",
                f"Кезең күні дұрыс емес: {day.isoformat()}.",
                f"Неверная дата периода: {day.isoformat()}.",
                f"Not a plausible date for the period: {day.isoformat()}.",
            )
    if d.outcome == "assigned":
        return None
    service = ctx.catalogue.get(app.service_code)
    grounds = {g.code: g for g in (service.refusal_grounds if service else ())}
    if d.ground_code:
        if grounds and d.ground_code not in grounds:
            raise _err(
                "bad-ground",
                f"Бас тарту негізі «{d.ground_code}» бұл қызметтің тізімінде жоқ: "
                f"{', '.join(grounds)}.",
                f"Основания отказа «{d.ground_code}» нет в перечне услуги: {', '.join(grounds)}.",
                f"Refusal ground {d.ground_code!r} is not in the service's list: "
                f"{', '.join(grounds)}.",
            )
        g = grounds.get(d.ground_code)
        return Bilingual(g.name.kk, g.name.ru) if g else None
    if not (d.ground_text or "").strip():
        raise _err(
            "no-ground",
            "Бас тарту дәлелді болуы керек: негізді таңдаңыз немесе жазыңыз.",
            "Отказ должен быть мотивированным: выберите или впишите основание.",
            "A refusal must give its ground: choose one or write it.",
        )
    return None


def _check_pdf(pdf: Path) -> None:
    ok = False
    try:
        with open(pdf, "rb") as fh:
            ok = fh.read(5) == b"%PDF-"
    except OSError:
        ok = False
    if not ok:
        raise _err(
            "bad-pdf",
            f"Файл PDF емес немесе ашылмайды: {pdf}",
            f"Файл не является PDF или не открывается: {pdf}",
            f"Not a readable PDF file: {pdf}",
        )


def record_decision(
    ctx: AppContext,
    number: str,
    decision: DecisionInput,
    *,
    office_code: str | None = None,
    staff_login: str | None = None,
) -> dict[str, Any]:
    """Record (or correct, until it is sent back) the decision on one case."""
    if decision.pdf is not None:
        _check_pdf(decision.pdf)
    with ctx.session() as s:
        require_district(s)
        app = find_case(s, number, office_code)
        ground = _check_decision(ctx, app, decision)
        existing = s.scalar(select(Decision).where(Decision.application_id == app.id))
        if existing is not None and existing.bundle_uuid is not None:
            raise _err(
                "decision-sent",
                "Шешім кеңсеге жіберілген; оны өзгертуге болмайды.",
                "Решение уже отправлено в офис; изменить его нельзя.",
                "The decision was already sent back to the office; it cannot change.",
            )
    pdf_rel = pdf_sha = None
    if decision.pdf is not None:
        # Stored before the transaction, like an import: a crash leaves an unused file only.
        pdf_rel, pdf_sha, _ = store_file(ctx, decision.pdf, decision.pdf.name)
    when = now_local()
    ground_text = decision.ground_text
    if ground is not None and not (ground_text or "").strip():
        ground_text = ground.ru
    with ctx.session() as s:
        staff = ctx.current_staff(s, staff_login)
        app = find_case(s, number, office_code)
        dec = s.scalar(select(Decision).where(Decision.application_id == app.id))
        before = _decision_json(dec) if dec else None
        if dec is None:
            dec = Decision(application_id=app.id)
            s.add(dec)
        dec.outcome = decision.outcome
        dec.number = decision.number.strip()
        dec.decided_on = decision.decided_on
        dec.refusal_ground_code = decision.ground_code if decision.outcome == "refused" else None
        dec.refusal_ground = ground_text if decision.outcome == "refused" else None
        dec.signer = decision.signer
        dec.amount = _parse_amount(decision.amount) if decision.outcome == "assigned" else None
        dec.period_from = decision.period_from
        dec.period_to = decision.period_to
        if pdf_rel is not None:
            dec.pdf_path, dec.pdf_sha256, dec.pdf_attached = pdf_rel, pdf_sha, True
        dec.recorded_at = when
        dec.recorded_by_id = staff.id
        old = app.status
        app.status = DECIDED
        app.outcome = decision.outcome
        app.updated_at = when
        for st in app.steps:
            if st.actor == "department" and st.done_at is None:
                st.done_at = when
        s.flush()
        after = _decision_json(dec)
        audit.record(
            s,
            entity="decision",
            entity_id=app.uuid,
            action="record" if before is None else "correct",
            staff_id=staff.id,
            before={"status": old, "decision": before},
            after={"status": DECIDED, "decision": after},
            at=when,
        )
        return dict(after, case=app.incoming_number, office_code=app.office.code)


def _decision_json(dec: Decision) -> dict[str, Any]:
    return {
        "outcome": dec.outcome,
        "number": dec.number,
        "decided_on": dec.decided_on.isoformat() if dec.decided_on else None,
        "refusal_ground_code": dec.refusal_ground_code,
        "refusal_ground": dec.refusal_ground,
        "signer": dec.signer,
        "amount": str(dec.amount) if dec.amount is not None else None,
        "period_from": dec.period_from.isoformat() if dec.period_from else None,
        "period_to": dec.period_to.isoformat() if dec.period_to else None,
        "pdf_attached": bool(dec.pdf_attached),
        "pdf_sha256": dec.pdf_sha256,
    }


def _fmt_money(value: Decimal | None) -> str | None:
    if value is None:
        return None
    whole, _, frac = f"{value:.2f}".partition(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{' '.join(groups)},{frac} ₸"


def decision_data(session: Session, ctx: AppContext, app: Application) -> DecisionData:
    """What the printed notice or refusal shows, from the decision and the case."""
    dec = session.scalar(select(Decision).where(Decision.application_id == app.id))
    if dec is None:
        raise _err(
            "no-decision",
            f"№ {app.incoming_number} ісі бойынша шешім жоқ.",
            f"По делу № {app.incoming_number} нет решения.",
            f"No decision on case No. {app.incoming_number}.",
        )
    me = AppContext.self_office(session)
    district = me if me.role == "district" else _district_of(session)
    service = ctx.catalogue.get(app.service_code)
    ground = None
    if dec.refusal_ground_code and service:
        g = next((g for g in service.refusal_grounds if g.code == dec.refusal_ground_code), None)
        ground = Bilingual(g.name.kk, g.name.ru) if g else None
    text = dec.refusal_ground
    if ground is not None and text == ground.ru:
        text = None  # the listed ground is printed already, in both languages
    return DecisionData(
        district=office_header(district) if district else office_header(me),
        office=office_header(app.office),
        outcome=dec.outcome,
        number=dec.number,
        decided_on=dec.decided_on,
        case_number=app.incoming_number,
        registered_at=app.registered_at,
        service=Bilingual(service.name.kk, service.name.ru)
        if service
        else Bilingual(app.service_code, app.service_code),
        applicant_name=app.applicant.full_name,
        applicant_iin=app.applicant.iin,
        applicant_address=app.applicant.address,
        refusal_ground=ground,
        refusal_text=text,
        amount=_fmt_money(dec.amount),
        period_from=dec.period_from,
        period_to=dec.period_to,
        signer=dec.signer,
    )


def _district_of(session: Session) -> Office | None:
    card = session.scalars(
        select(TrustedKey)
        .where(TrustedKey.role == "district", TrustedKey.revoked_at.is_(None))
        .order_by(TrustedKey.id.desc())
    ).first()
    if card is None:
        return None
    return Office(
        role="district", code=card.office_code, name_kk=card.name_kk, name_ru=card.name_ru
    )


def decision_pdf(
    ctx: AppContext, number: str, out: Path, *, office_code: str | None = None
) -> Path:
    """The decision as a PDF: the attached signed file when there is one, else printed."""
    from forms.decision import render_decision_pdf

    with ctx.session() as s:
        app = (
            find_case(s, number, office_code)
            if AppContext.self_office(s).role == "district"
            else _own_case(s, number)
        )
        dec = s.scalar(select(Decision).where(Decision.application_id == app.id))
        if dec is not None and dec.pdf_path:
            src = stored_path(ctx, dec.pdf_path)
            if dec.pdf_sha256 and sha256_of(src) != dec.pdf_sha256:
                raise _err(
                    "pdf-damaged",
                    "Шешімнің PDF файлы бүлінген (хэш сәйкес емес).",
                    "Файл PDF решения повреждён (хэш не совпадает).",
                    "The decision's PDF is damaged (hash mismatch).",
                )
            from forms.output import atomic_output

            with atomic_output(out) as tmp:
                tmp.write_bytes(src.read_bytes())
            return out
        data = decision_data(s, ctx, app)
    return render_decision_pdf(data, out)


def _own_case(session: Session, number: str) -> Application:
    from app.intake import find_application

    return find_application(session, number)
