"""Intake: register an application (or a refusal to accept it) in the office journal.

The same functions serve the New application dialog, the `qabyldau intake` command and the
tests. `check_intake` validates without writing; `register` writes everything in one
transaction: journal number, applicant, application, checklist, step due dates, audit event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.catalogue import Service
from app.collation import kazakh_sort_key
from app.context import AppContext
from app.deadlines import DeadlineError, compute_deadlines
from app.errors import NotFoundError, UserError
from app.iin import check_iin
from app.textnorm import as_cyrillic, fold, mixed_script_words, search_fold
from db.models import Applicant, Application, ApplicationStep, DocumentItem, JournalCounter

# Statuses a case can be in while the office still owes the applicant something.
OPEN_STATUSES = (
    "registered",
    "at_commission",
    "act_done",
    "in_packet",
    "sent",
    "decided",
    "ready_for_issue",
)
CLOSED_STATUSES = ("refused_to_accept", "issued", "closed")
STATUSES = OPEN_STATUSES + CLOSED_STATUSES


@dataclass
class ApplicantInput:
    iin: str
    surname: str
    name: str
    patronymic: str | None = None
    birth_date: date | None = None
    address: str | None = None
    phone: str | None = None


@dataclass
class IntakeRequest:
    service_code: str
    applicant: ApplicantInput
    documents: list[str] = field(default_factory=list)  # brought: checklist codes or names
    missing: list[str] = field(default_factory=list)  # explicitly missing (refusal receipt)
    channel: str = "akim"
    registered_at: datetime | None = None
    representative_name: str | None = None
    representative_iin: str | None = None
    representative_poa: str | None = None
    allow_duplicate: bool = False
    # Refuse to accept (receipt listing the missing documents) instead of registering.
    refuse: bool = False
    staff_login: str | None = None


@dataclass(frozen=True)
class DocumentLine:
    code: str | None
    name_kk: str
    name_ru: str
    required: bool
    provided: bool


@dataclass
class IntakeCheck:
    """What registering would do: errors stop it, warnings need the user's confirmation."""

    errors: list[UserError] = field(default_factory=list)
    warnings: list[UserError] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # incoming numbers of open cases
    documents: list[DocumentLine] = field(default_factory=list)

    @property
    def missing_required(self) -> list[DocumentLine]:
        return [d for d in self.documents if d.required and not d.provided]

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class IntakeResult:
    application_id: int
    incoming_number: str
    registered_at: datetime
    status: str
    due_at: datetime | None
    missing: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.application_id,
            "number": self.incoming_number,
            "registered_at": self.registered_at.isoformat(timespec="minutes"),
            "status": self.status,
            "due_at": self.due_at.isoformat(timespec="minutes") if self.due_at else None,
            "due_date": self.due_at.date().isoformat() if self.due_at else None,
            "missing": list(self.missing),
        }


def _e(code: str, kk: str, ru: str, en: str) -> UserError:
    return UserError(code=code, kk=kk, ru=ru, en=en)


def service_or_error(ctx: AppContext, code: str) -> Service:
    try:
        return ctx.catalogue.get(code)
    except KeyError:
        raise NotFoundError(
            code="unknown-service",
            kk=f"Мұндай қызмет жоқ: {code}. Тізімі: qabyldau catalog",
            ru=f"Нет такой услуги: {code}. Список: qabyldau catalog",
            en=f"No such service: {code}. See: qabyldau catalog",
        ) from None


def match_documents(service: Service, brought: list[str], missing: list[str]) -> list[DocumentLine]:
    """The service's checklist with what was brought ticked, plus free-text documents.

    A document is matched by its code or by its name in either language (look-alike
    letters folded), because clerks type names, scripts pass codes.
    """
    lines: list[DocumentLine] = []
    used: set[int] = set()

    def find(text: str) -> int | None:
        key = fold(text.strip())
        if not key:
            return None
        for i, doc in enumerate(service.documents):
            if key in (fold(doc.code), fold(doc.name.kk), fold(doc.name.ru)):
                return i
        # The beginning of a name is enough when it names one document only
        # («Сведения о составе семьи» for «… (установленного образца)»).
        hits = [
            i
            for i, doc in enumerate(service.documents)
            if fold(doc.name.kk).startswith(key) or fold(doc.name.ru).startswith(key)
        ]
        return hits[0] if len(hits) == 1 else None

    provided_idx = {i for t in brought if (i := find(t)) is not None}
    for i, doc in enumerate(service.documents):
        lines.append(
            DocumentLine(doc.code, doc.name.kk, doc.name.ru, doc.required, i in provided_idx)
        )
        used.add(i)
    for text in brought:
        if find(text) is None and text.strip():
            lines.append(DocumentLine(None, text.strip(), text.strip(), False, True))
    for text in missing:
        if find(text) is None and text.strip():
            lines.append(DocumentLine(None, text.strip(), text.strip(), True, False))
    return lines


def open_cases_for(
    session: Session, iin: str, service_code: str | None = None
) -> list[Application]:
    q = (
        select(Application)
        .join(Applicant)
        .where(Applicant.iin == iin, Application.status.in_(OPEN_STATUSES))
        .order_by(Application.registered_at)
    )
    if service_code:
        q = q.where(Application.service_code == service_code)
    return list(session.scalars(q))


def check_intake(ctx: AppContext, req: IntakeRequest) -> IntakeCheck:
    """Validate a request without writing anything."""
    result = IntakeCheck()
    try:
        service = service_or_error(ctx, req.service_code)
    except UserError as exc:
        result.errors.append(exc)
        return result
    if not service.accepted_here:
        refer = service.refer_to
        result.errors.append(
            _e(
                "not-accepted-here",
                f"Бұл қызмет әкімдікте қабылданбайды. {refer.kk if refer else ''}",
                f"Эта услуга не принимается в аппарате акима. {refer.ru if refer else ''}",
                "This service is not accepted at the akim's office.",
            )
        )
        return result
    if req.channel not in service.routes:
        result.errors.append(
            _e(
                "bad-channel",
                f"Бұл қызметте «{req.channel}» арнасы жоқ",
                f"У этой услуги нет канала «{req.channel}»",
                f"This service has no channel '{req.channel}'",
            )
        )
    a = req.applicant
    iin = check_iin(a.iin, a.birth_date)
    for p in iin.errors:
        result.errors.append(_e(f"iin-{p.code}", p.kk, p.ru, p.en))
    for p in iin.warnings:
        result.warnings.append(_e(f"iin-{p.code}", p.kk, p.ru, p.en))
    for value, kk, ru, en in (
        (a.surname, "Тегі", "Фамилия", "Surname"),
        (a.name, "Аты", "Имя", "Name"),
    ):
        if not (value or "").strip():
            result.errors.append(
                _e(
                    "required",
                    f"{kk} толтырылмаған",
                    f"Не заполнено поле «{ru}»",
                    f"{en} is required",
                )
            )
    if a.birth_date and a.birth_date > date.today():
        result.errors.append(
            _e(
                "birth-date",
                "Туған күні болашақта",
                "Дата рождения в будущем",
                "Birth date is in the future",
            )
        )
    elif a.birth_date and a.birth_date.year < 1900:
        # A mistyped year; the transfer bundle refuses such a date, so the case could never
        # be sent.
        result.errors.append(
            _e(
                "birth-date",
                f"Туған күні тым ерте: {a.birth_date:%d.%m.%Y}",
                f"Слишком ранняя дата рождения: {a.birth_date:%d.%m.%Y}",
                f"Birth date too early: {a.birth_date:%Y-%m-%d}",
            )
        )
    result.errors += _text_problems(a, req)
    rep_iin = "".join((req.representative_iin or "").split())
    if rep_iin:
        for p in check_iin(rep_iin).errors:
            result.errors.append(
                _e(
                    f"iin-representative-{p.code}",
                    f"Өкілдің ЖСН: {p.kk}",
                    f"ИИН представителя: {p.ru}",
                    f"Representative's IIN: {p.en}",
                )
            )
    result.documents = match_documents(service, req.documents, req.missing)
    if iin.valid:
        with ctx.session() as s:
            result.duplicates = [
                c.incoming_number for c in open_cases_for(s, iin.iin, service.code)
            ]
        if result.duplicates and not req.allow_duplicate and not req.refuse:
            nums = ", ".join(result.duplicates)
            result.warnings.append(
                _e(
                    "duplicate",
                    f"Бұл ЖСН бойынша осы қызметке ашық өтініш бар: № {nums}",
                    f"По этому ИИН уже есть открытое заявление на эту услугу: № {nums}",
                    f"This IIN already has an open application for this service: No. {nums}",
                )
            )
    return result


# Longest text each field may hold: the limits of the transfer bundle's record schema
# (app/bundle.py), so a case registered here can always be sent to the district.
_TEXT_FIELDS = (
    # (attribute, limit, is a person's name, kk, ru, en)
    ("surname", 100, True, "Тегі", "Фамилия", "Surname"),
    ("name", 100, True, "Аты", "Имя", "Name"),
    ("patronymic", 100, True, "Әкесінің аты", "Отчество", "Patronymic"),
    ("address", 300, False, "Мекенжайы", "Адрес", "Address"),
    ("phone", 40, False, "Телефоны", "Телефон", "Phone"),
)


def _text_problems(a: ApplicantInput, req: IntakeRequest) -> list[UserError]:
    """Too-long texts and names mixing Latin and Cyrillic letters.

    A Latin «i» typed for Kazakh «і» is found by search (textnorm.fold) but must not be
    stored silently (DOMAIN.md §5): printed forms and the district would carry a misspelt
    name. The clerk is shown the word and its Cyrillic spelling to retype.
    """
    fields = [(getattr(a, attr), *rest) for attr, *rest in _TEXT_FIELDS]
    fields += [
        (
            req.representative_name,
            300,
            True,
            "Өкілдің аты-жөні",
            "ФИО представителя",
            "Representative's name",
        ),
        (req.representative_poa, 300, False, "Сенімхат", "Доверенность", "Power of attorney"),
    ]
    out = []
    for value, limit, is_name, kk, ru, en in fields:
        text = (value or "").strip()
        if len(text) > limit:
            out.append(
                _e(
                    "too-long",
                    f"«{kk}» тым ұзын: {len(text)} таңба, ең көбі {limit}",
                    f"Поле «{ru}» слишком длинное: {len(text)} символов, не больше {limit}",
                    f"{en} is too long: {len(text)} characters, at most {limit}",
                )
            )
        mixed = mixed_script_words(text) if is_name else []
        if mixed:
            word = mixed[0]
            fixed = as_cyrillic(word)
            hint_kk = f" Кирилл әріптерімен: «{fixed}»." if fixed else ""
            hint_ru = f" Кириллицей: «{fixed}»." if fixed else ""
            hint_en = f" In Cyrillic: '{fixed}'." if fixed else ""
            out.append(
                _e(
                    "mixed-script",
                    f"«{kk}» өрісінде латын және кирилл әріптері аралас: «{word}».{hint_kk}",
                    f"В поле «{ru}» смешаны латинские и кириллические буквы: «{word}».{hint_ru}",
                    f"{en} mixes Latin and Cyrillic letters: '{word}'.{hint_en}",
                )
            )
    return out


DAY_UNITS = ("working_days", "calendar_days")


def next_due(app: Application) -> datetime | None:
    """The due date the register shows: the earliest pending step counted in days.

    Steps of minutes or hours (the akim's resolution, signing, registering) happen on the
    spot and have no screen of their own; letting them drive the register would paint every
    case red half an hour after intake. They keep their own due dates on the case card.
    """
    pending = [
        st.due_at
        for st in app.steps
        if st.done_at is None and st.due_at is not None and st.limit_unit in DAY_UNITS
    ]
    return min(pending) if pending else app.due_at


def _next_number(session: Session, office_id: int, year: int) -> int:
    # The counter row is updated inside the registering transaction, which holds SQLite's
    # write lock from BEGIN IMMEDIATE (db.engine), so two windows can never get one number.
    counter = session.get(JournalCounter, (office_id, year))
    if counter is None:
        highest = session.scalar(
            select(func.max(Application.number)).where(
                Application.office_id == office_id, Application.year == year
            )
        )
        counter = JournalCounter(office_id=office_id, year=year, last_number=highest or 0)
        session.add(counter)
    counter.last_number += 1
    session.flush()
    return counter.last_number


def format_number(number: int, year: int) -> str:
    return f"{number}/{year}"


def _upsert_applicant(session: Session, a: ApplicantInput, iin: str) -> Applicant:
    person = session.scalar(select(Applicant).where(Applicant.iin == iin))
    if person is None:
        person = Applicant(iin=iin, surname=a.surname.strip(), name=a.name.strip())
        session.add(person)
    person.surname = a.surname.strip()
    person.name = a.name.strip()
    person.patronymic = (a.patronymic or "").strip() or None
    person.birth_date = a.birth_date or person.birth_date or check_iin(iin).birth_date
    person.address = (a.address or "").strip() or person.address
    person.phone = (a.phone or "").strip() or person.phone
    person.search_key = search_fold(person.full_name)
    person.sort_key = kazakh_sort_key(person.full_name)
    person.updated_at = datetime.now()
    session.flush()
    return person


def register(ctx: AppContext, req: IntakeRequest) -> IntakeResult:
    """Register the application (or its refusal to accept) and return its journal number."""
    check = check_intake(ctx, req)
    if check.errors:
        raise check.errors[0]
    blocking = [w for w in check.warnings if w.code == "duplicate"]
    if blocking:
        raise blocking[0]
    service = ctx.catalogue.get(req.service_code)
    missing = check.missing_required
    refuse = req.refuse or bool(req.missing)
    if missing and not refuse:
        names = "; ".join(d.name_ru for d in missing)
        raise _e(
            "missing-documents",
            "Міндетті құжаттар жоқ: "
            + "; ".join(d.name_kk for d in missing)
            + ". Қабылдаудан бас тарту туралы қолхат беріңіз немесе құжаттарды белгілеңіз.",
            f"Нет обязательных документов: {names}. Выдайте расписку об отказе в приеме "
            "или отметьте документы.",
            f"Required documents are missing: {names}. Issue the refusal receipt or tick them.",
        )
    registered = (req.registered_at or datetime.now()).replace(second=0, microsecond=0)
    iin = check_iin(req.applicant.iin).iin
    with ctx.session() as s:
        office = ctx.self_office(s)
        staff = ctx.current_staff(s, req.staff_login)
        cal = ctx.calendar(s)
        number = _next_number(s, office.id, registered.year)
        person = _upsert_applicant(s, req.applicant, iin)
        app = Application(
            office_id=office.id,
            year=registered.year,
            number=number,
            incoming_number=format_number(number, registered.year),
            service_code=service.code,
            channel=req.channel,
            applicant_id=person.id,
            representative_name=(req.representative_name or "").strip() or None,
            representative_iin=(req.representative_iin or "").strip() or None,
            representative_poa=(req.representative_poa or "").strip() or None,
            registered_at=registered,
            accepted_by_id=staff.id,
            status="refused_to_accept" if refuse else "registered",
            outcome="refused_to_accept" if refuse else None,
            closed_at=registered if refuse else None,
            catalogue_version=ctx.catalogue.version,
        )
        for i, d in enumerate(check.documents):
            app.documents.append(
                DocumentItem(
                    seq=i,
                    code=d.code,
                    name_kk=d.name_kk,
                    name_ru=d.name_ru,
                    required=d.required,
                    provided=d.provided,
                )
            )
        if not refuse:
            try:
                plan = compute_deadlines(service, req.channel, registered, cal)
            except DeadlineError as exc:  # the catalogue and the request disagree
                raise _e("deadline", str(exc), str(exc), str(exc)) from exc
            app.due_at = plan.due
            for i, sd in enumerate(plan.steps):
                app.steps.append(
                    ApplicationStep(
                        seq=i,
                        code=sd.step.code,
                        name_kk=sd.step.name.kk,
                        name_ru=sd.step.name.ru,
                        actor=sd.step.actor,
                        limit_amount=sd.step.limit.amount,
                        limit_unit=sd.step.limit.unit,
                        excluded_from_term=sd.step.excluded_from_term,
                        started_at=sd.start,
                        due_at=sd.due,
                        # Registration itself is the first step, done as we save.
                        done_at=registered if i == 0 else None,
                    )
                )
            app.next_due_at = next_due(app)
        s.add(app)
        s.flush()
        audit.record(
            s,
            entity="application",
            entity_id=app.uuid,
            action="refuse-to-accept" if refuse else "register",
            staff_id=staff.id,
            after={
                "number": app.incoming_number,
                "service": service.code,
                "status": app.status,
                "due_at": app.due_at.isoformat() if app.due_at else None,
                "documents": [d.code or d.name_ru for d in check.documents if d.provided],
                "missing": [d.code or d.name_ru for d in missing],
            },
            at=registered,
        )
        return IntakeResult(
            app.id,
            app.incoming_number,
            registered,
            app.status,
            app.due_at,
            tuple(d.name_ru for d in check.documents if d.required and not d.provided),
        )


def find_application(session: Session, number: str) -> Application:
    """An application by its journal number: "15/2026", or "15" for the current year."""
    text = number.strip()
    q = select(Application)
    if "/" in text:
        q = q.where(Application.incoming_number == text)
    elif text.isdigit():
        q = q.where(Application.number == int(text)).order_by(Application.year.desc())
    else:
        q = q.where(Application.uuid == text)
    app = session.scalars(q).first()
    if app is None:
        raise NotFoundError(
            code="no-application",
            kk=f"№ {number} өтініші табылмады",
            ru=f"Заявление № {number} не найдено",
            en=f"Application No. {number} not found",
        )
    return app
