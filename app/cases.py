"""One case, read for a person: the case card, the talon's data, an applicant by ИИН.

Everything here reads; nothing writes. The case card window, the talon reprint and the
intake dialog's "known applicant" panel all call these, and so can the CLI and the tests.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.catalogue import Catalogue
from app.context import AppContext
from app.errors import NotFoundError
from app.iin import check_iin
from app.intake import OPEN_STATUSES, open_cases_for
from db.models import Applicant, Application, AuditEvent, Office, Staff
from forms.data import Bilingual, OfficeHeader, TalonData

# Printed on every talon. The regional regulations name the akim, the district department
# and the authorised body for service quality as the places to complain, and the court
# always; an office whose region words it differently sets "talon_complaint" {kk, ru}.
DEFAULT_COMPLAINT = Bilingual(
    kk="Шағымды ауыл (округ) әкіміне, аудандық жұмыспен қамту және әлеуметтік "
    "бағдарламалар бөліміне немесе мемлекеттік қызмет көрсету сапасын бағалау және бақылау "
    "жөніндегі уәкілетті органға, не сотқа беруге болады.",
    ru="Жалобу можно подать акиму сельского округа, в районный отдел занятости и социальных "
    "программ или в уполномоченный орган по оценке и контролю за качеством оказания "
    "государственных услуг, либо в суд.",
)


@dataclass(frozen=True)
class StepLine:
    code: str
    name_kk: str
    name_ru: str
    actor: str
    due_at: datetime | None
    done_at: datetime | None
    excluded_from_term: bool = False

    @property
    def done(self) -> bool:
        return self.done_at is not None

    def overdue(self, now: datetime | None = None) -> bool:
        """Not done and its due moment has passed."""
        return (
            self.done_at is None
            and self.due_at is not None
            and self.due_at < (now or datetime.now())
        )


@dataclass(frozen=True)
class CaseDocument:
    code: str | None
    name_kk: str
    name_ru: str
    required: bool
    provided: bool


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime
    action: str  # audit action code: register, refuse-to-accept, ...
    who: str | None  # staff surname and initials; None for the system
    details: dict[str, Any] | None = None


@dataclass(frozen=True)
class CaseSummary:
    """One line of an applicant's case list."""

    id: int
    number: str
    registered_at: datetime
    service_code: str
    service: Bilingual
    status: str
    due_at: datetime | None


@dataclass(frozen=True)
class ApplicantInfo:
    id: int
    iin: str
    surname: str
    name: str
    patronymic: str | None
    birth_date: date | None
    address: str | None
    phone: str | None
    open_cases: tuple[CaseSummary, ...] = ()

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)


@dataclass(frozen=True)
class CaseCardData:
    id: int
    uuid: str
    number: str
    registered_at: datetime
    status: str
    service_code: str
    service: Bilingual
    channel: str
    applicant: ApplicantInfo
    representative_name: str | None
    representative_iin: str | None
    representative_poa: str | None
    acceptor: str | None  # surname and initials
    due_at: datetime | None
    next_due_at: datetime | None
    outcome: str | None
    closed_at: datetime | None
    notes: str | None
    steps: tuple[StepLine, ...]
    documents: tuple[CaseDocument, ...]
    timeline: tuple[TimelineEvent, ...]

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def provided(self) -> tuple[CaseDocument, ...]:
        return tuple(d for d in self.documents if d.provided)

    @property
    def missing(self) -> tuple[CaseDocument, ...]:
        return tuple(d for d in self.documents if d.required and not d.provided)

    @property
    def representative(self) -> str | None:
        return _representative_line(
            self.representative_name, self.representative_iin, self.representative_poa
        )

    def overdue(self, now: datetime | None = None) -> bool:
        """An open case whose final due moment has passed."""
        return self.is_open and self.due_at is not None and self.due_at < (now or datetime.now())


def _representative_line(name: str | None, iin: str | None, poa: str | None) -> str | None:
    # Bilingual abbreviations inline: the talon prints this one string under its
    # bilingual "representative" label.
    if not name:
        return None
    parts = [name]
    if iin:
        parts.append(f"ЖСН/ИИН {iin}")
    if poa:
        parts.append(f"сенімхат/доверенность {poa}")
    return ", ".join(parts)


def _service_name(catalogue: Catalogue, code: str) -> Bilingual:
    # An old case may name a service a newer catalogue dropped: show the code, not an error.
    try:
        svc = catalogue.get(code)
    except KeyError:
        return Bilingual(code, code)
    return Bilingual(svc.name.kk, svc.name.ru)


def _catalogue(ctx: AppContext) -> Catalogue:
    # Loaded before our session opens: the first load records its version in a session of
    # its own, and two write transactions on one SQLite file would wait on each other.
    return ctx.catalogue


def _load(session: Session, application_id: int) -> Application:
    app = session.scalar(
        select(Application)
        .where(Application.id == application_id)
        .options(
            selectinload(Application.steps),
            selectinload(Application.documents),
            selectinload(Application.applicant),
            selectinload(Application.accepted_by),
            selectinload(Application.office),
        )
    )
    if app is None:
        raise NotFoundError(
            code="no-application",
            kk=f"Өтініш табылмады (id {application_id})",
            ru=f"Заявление не найдено (id {application_id})",
            en=f"Application not found (id {application_id})",
        )
    return app


def _applicant_info(p: Applicant, open_cases: tuple[CaseSummary, ...] = ()) -> ApplicantInfo:
    return ApplicantInfo(
        p.id, p.iin, p.surname, p.name, p.patronymic, p.birth_date, p.address, p.phone, open_cases
    )


def _timeline(session: Session, uuid: str) -> tuple[TimelineEvent, ...]:
    rows = session.execute(
        select(AuditEvent, Staff)
        .outerjoin(Staff, Staff.id == AuditEvent.staff_id)
        .where(AuditEvent.entity == "application", AuditEvent.entity_id == uuid)
        .order_by(AuditEvent.at, AuditEvent.id)
    )
    events = []
    for ev, staff in rows:
        try:
            details = json.loads(ev.after) if ev.after else None
        except ValueError:
            details = None
        events.append(TimelineEvent(ev.at, ev.action, staff.short_name if staff else None, details))
    return tuple(events)


def case_card(ctx: AppContext, application_id: int) -> CaseCardData:
    """Everything the case card shows about one application."""
    cat = _catalogue(ctx)
    with ctx.session() as s:
        app = _load(s, application_id)
        return CaseCardData(
            id=app.id,
            uuid=app.uuid,
            number=app.incoming_number,
            registered_at=app.registered_at,
            status=app.status,
            service_code=app.service_code,
            service=_service_name(cat, app.service_code),
            channel=app.channel,
            applicant=_applicant_info(app.applicant),
            representative_name=app.representative_name,
            representative_iin=app.representative_iin,
            representative_poa=app.representative_poa,
            acceptor=app.accepted_by.short_name if app.accepted_by else None,
            due_at=app.due_at,
            next_due_at=app.next_due_at,
            outcome=app.outcome,
            closed_at=app.closed_at,
            notes=app.notes,
            steps=tuple(
                StepLine(
                    st.code,
                    st.name_kk,
                    st.name_ru,
                    st.actor,
                    st.due_at,
                    st.done_at,
                    st.excluded_from_term,
                )
                for st in app.steps
            ),
            documents=tuple(
                CaseDocument(d.code, d.name_kk, d.name_ru, d.required, d.provided)
                for d in app.documents
            ),
            timeline=_timeline(s, app.uuid),
        )


def _office_header(office: Office) -> OfficeHeader:
    return OfficeHeader(
        code=office.code,
        name=Bilingual(office.name_kk, office.name_ru),
        address=office.address,
        phone=office.phone,
    )


def _place_of_issue(office: Office) -> Bilingual:
    # The result is handed over where the documents were taken: this akim's office.
    if office.address:
        return Bilingual(
            f"{office.name_kk}, {office.address}", f"{office.name_ru}, {office.address}"
        )
    return Bilingual(office.name_kk, office.name_ru)


def complaint_text(ctx: AppContext, session: Session) -> Bilingual:
    """How to complain, as printed on the talon: the office's own wording, else the default."""
    value = ctx.get_setting(session, "talon_complaint", None)
    if isinstance(value, dict) and value.get("kk") and value.get("ru"):
        return Bilingual(str(value["kk"]), str(value["ru"]))
    return DEFAULT_COMPLAINT


def talon_data(ctx: AppContext, application_id: int) -> TalonData:
    """The talon (or, for a refused-to-accept application, the refusal receipt) to print."""
    cat = _catalogue(ctx)
    with ctx.session() as s:
        app = _load(s, application_id)
        person = app.applicant
        refused = app.status == "refused_to_accept"
        return TalonData(
            office=_office_header(app.office),
            number=app.incoming_number,
            registered_at=app.registered_at,
            service=_service_name(cat, app.service_code),
            applicant_name=person.full_name,
            applicant_iin=person.iin,
            applicant_phone=person.phone,
            representative=_representative_line(
                app.representative_name, app.representative_iin, app.representative_poa
            ),
            documents=tuple(Bilingual(d.name_kk, d.name_ru) for d in app.documents if d.provided),
            due_date=app.due_at.date() if app.due_at and not refused else None,
            place_of_issue=_place_of_issue(app.office),
            acceptor=app.accepted_by.short_name if app.accepted_by else "",
            complaint=complaint_text(ctx, s),
            missing=tuple(
                Bilingual(d.name_kk, d.name_ru)
                for d in app.documents
                if refused and d.required and not d.provided
            ),
        )


def find_applicant(ctx: AppContext, iin: str) -> ApplicantInfo | None:
    """The applicant already on file under this ИИН, with their open cases; None if new."""
    key = "".join(iin.split())
    if not check_iin(key).valid:
        return None
    cat = _catalogue(ctx)
    with ctx.session() as s:
        person = s.scalar(select(Applicant).where(Applicant.iin == key))
        if person is None:
            return None
        cases = tuple(
            CaseSummary(
                c.id,
                c.incoming_number,
                c.registered_at,
                c.service_code,
                _service_name(cat, c.service_code),
                c.status,
                c.due_at,
            )
            for c in open_cases_for(s, key)
        )
        return _applicant_info(person, cases)


def talon_file_name(number: str, refused: bool) -> str:
    """ "talon-15-2026.pdf": the journal number without its slash, which no file name allows."""
    stem = "refusal-receipt" if refused else "talon"
    return f"{stem}-{number.replace('/', '-')}.pdf"


def write_talon_pdf(ctx: AppContext, application_id: int) -> Path:
    """Render the talon (or refusal receipt) into the office's documents folder; its path.

    Reprinting overwrites the same file, so the folder holds one talon per application
    (unless that file is locked open, see below).
    """
    # Imported here so that reading a case never pays for loading reportlab.
    from forms.talon import render_talon_pdf

    data = talon_data(ctx, application_id)
    folder = ctx.paths.documents
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / talon_file_name(data.number, bool(data.missing))
    try:
        return render_talon_pdf(data, out)
    except PermissionError:
        # On Windows a PDF viewer locks the file it shows, so a reprint while the last copy
        # is still open cannot replace it: write a second, time-stamped copy instead.
        return render_talon_pdf(data, out.with_stem(f"{out.stem}-{datetime.now():%H%M%S}"))
