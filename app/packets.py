"""Outgoing packets: ready cases → a numbered packet → a signed, encrypted bundle → the district.

Qt-free; the packet dialog, the `qabyldau packet …` commands and the tests call the same
functions. The story (DOMAIN.md §1, step 4):

* **Ready cases.** A means-tested case whose commission act is complete (`act_done`), and an
  accepted case of a service that is not means-tested and not a same-day certificate, still
  `registered`, whose route has a step for the district department. A case in a packet
  already is not ready again.
* **Create.** The packet gets the next outgoing number of the office and year (a counter
  bumped inside the creating transaction, like the journal's: no gaps, no duplicates), the
  date, its cases (status `in_packet`) and its recipient: the one trusted district office,
  unless the user names one.
* **Print.** The bilingual cover letter and transfer list (forms/cover_letter.py). Before
  the export it says the bundle is not exported yet; the reprint after the export names the
  bundle's file and its fingerprint (the SHA-256 of the .qbl in groups of four).
* **Export.** The talons, the acts with their conclusions and the cover letter are rendered
  into a private work folder, the scans are taken from the documents folder, and
  `app.bundle.build_bundle` writes the bundle atomically to the chosen folder and to the
  office's archive. Only then is the packet `sent` and each case `sent`, with its department
  steps started from the moment of sending. An export cancelled or failed half-way leaves no
  .qbl and nothing marked.
* **Re-send.** Exporting a sent packet again copies the archived .qbl: the very same bytes,
  so the same bundle UUID and sequence (the district sees a duplicate, not a new packet) and
  the same fingerprint as on the signed cover letter. A rebuilt bundle could not keep that
  promise: age encryption is randomised, so every build has a different SHA-256.
* **Outbox.** Sent packets not yet acknowledged, with their age; "send by e-mail" either
  opens the mail client (`mailto_url`: a mail client cannot attach a file from a link, so
  the message says where the file is) or sends through SMTP with the password kept in the
  key store. Whether and how a packet was e-mailed, and the last failure, are kept in the
  setting `packet_mail:<id>` (the packet table has no columns for it).

`ctx.paths.outbox` is not used: `build_bundle` already keeps the office's copy of every
bundle in `ctx.paths.archive`, and the outbox is the list of packets waiting for their
acknowledgement, not a second copy of the files.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import mimetypes
import os
import re
import shutil
import smtplib
import ssl
import tempfile
import urllib.parse
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app import audit, users
from app.bundle import BuiltBundle, build_bundle, bundle_name
from app.catalogue import Limit
from app.context import AppContext
from app.deadlines import DeadlineError, apply_limit
from app.errors import NotFoundError, UserError
from app.intake import find_application, next_due
from app.keys import SERVICE, group_hex, now_local, public_card, secure_keyring
from app.printing import office_header
from app.trust import active_card
from db.models import (
    Application,
    AuditEvent,
    BundleLog,
    Commission,
    IncomeThreshold,
    InspectionAct,
    Office,
    OutgoingPacket,
    PacketItem,
    Staff,
    TrustedKey,
)
from forms import labels as L
from forms.data import (
    Bilingual,
    CoverLetterData,
    FingerprintSheetData,
    OfficeHeader,
    Signatory,
    TransferDocument,
    TransferRow,
)

Progress = Callable[[int, int], None]

READY_STATUSES = ("act_done", "registered")
# Progress is reported in ten-thousandths of the whole export.
PROGRESS_TOTAL = 10_000
# Rendering one PDF costs about as much time as pushing this many bytes through the bundle
# (hash, zip, encrypt): it weighs the rendering phase against the bytes phase.
RENDER_COST_BYTES = 2 * 1024 * 1024
COPY_CHUNK = 1024 * 1024
# Most mail servers refuse messages above 20–25 MB; a larger packet goes on a USB stick.
DEFAULT_MAX_MAIL_MB = 20
SMTP_SETTING = "smtp"
SMTP_USER_PREFIX = "smtp:"


def _err(code: str, kk: str, ru: str, en: str) -> UserError:
    return UserError(code=code, kk=kk, ru=ru, en=en)


def _iso(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def _opt(text: str | None) -> str | None:
    """Empty text is absent: the record schema allows no empty strings."""
    text = (text or "").strip()
    return text or None


def _money(value: Decimal | int | None) -> str | None:
    if value is None:
        return None
    return format(Decimal(value).quantize(Decimal("0.01")), "f")


def _service_name(ctx: AppContext, code: str) -> Bilingual:
    try:
        svc = ctx.catalogue.get(code)
    except KeyError:  # a service since removed from the catalogue still prints by code
        return Bilingual(code, code)
    return Bilingual(svc.name.kk, svc.name.ru)


# =========================================================================================
# Ready cases
# =========================================================================================


@dataclass(frozen=True)
class ReadyCase:
    application_id: int
    uuid: str
    number: str
    registered_at: datetime
    applicant_name: str
    applicant_iin: str
    service_code: str
    service: Bilingual
    status: str
    means_tested: bool
    next_due_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.application_id,
            "uuid": self.uuid,
            "number": self.number,
            "registered_at": _iso(self.registered_at),
            "applicant": self.applicant_name,
            "iin": self.applicant_iin,
            "service": self.service_code,
            "service_name": {"kk": self.service.kk, "ru": self.service.ru},
            "status": self.status,
            "means_tested": self.means_tested,
            "next_due_at": _iso(self.next_due_at),
        }


def _direct_codes(ctx: AppContext) -> set[str]:
    """Services whose registered cases go straight to the department (no commission)."""
    return {
        s.code
        for s in ctx.catalogue.services
        if s.accepted_here and not s.means_tested and not s.same_day
    }


def _has_department_step(app: Application) -> bool:
    return any(st.actor == "department" and st.done_at is None for st in app.steps)


def _not_ready_reason(ctx: AppContext, app: Application, in_packet: bool) -> UserError | None:
    """Why this case cannot go into a packet now, or None when it can."""
    n = app.incoming_number
    if in_packet:
        return _err(
            "already-in-packet",
            f"№ {n} бұрыннан шығыс пакетте тұр.",
            f"№ {n} уже включено в исходящий пакет.",
            f"No. {n} is already in an outgoing packet.",
        )
    if app.status == "act_done":
        return None
    try:
        service = ctx.catalogue.get(app.service_code)
    except KeyError:
        service = None
    if app.status == "registered" and service is not None and service.means_tested:
        return _err(
            "needs-commission",
            f"№ {n}: алдымен учаскелік комиссияның тексеру актісі мен қорытындысы керек.",
            f"№ {n}: сначала нужны акт обследования и заключение участковой комиссии.",
            f"No. {n}: the commission's act and conclusion come first.",
        )
    if (
        app.status == "registered"
        and app.service_code in _direct_codes(ctx)
        and _has_department_step(app)
    ):
        return None
    if app.status == "at_commission":
        return _err(
            "at-commission",
            f"№ {n}: тексеру актісі әлі аяқталмаған.",
            f"№ {n}: акт обследования ещё не завершён.",
            f"No. {n}: the inspection act is not completed yet.",
        )
    if app.status == "registered":
        return _err(
            "not-for-department",
            f"№ {n}: бұл қызмет аудандық бөлімге жіберілмейді (әкімдікте орындалады).",
            f"№ {n}: эта услуга не направляется в районный отдел (оказывается в аппарате акима).",
            f"No. {n}: this service does not go to the district department.",
        )
    return _err(
        "not-ready",
        f"№ {n} жіберуге дайын емес (күйі: {app.status}).",
        f"№ {n} не готово к отправке (статус: {app.status}).",
        f"No. {n} is not ready to be sent (status: {app.status}).",
    )


def _packed_ids(session: Session, ids: Iterable[int]) -> set[int]:
    ids = list(ids)
    if not ids:
        return set()
    return set(
        session.scalars(select(PacketItem.application_id).where(PacketItem.application_id.in_(ids)))
    )


def _ready_apps(ctx: AppContext, session: Session) -> list[Application]:
    office = ctx.self_office(session)
    direct = _direct_codes(ctx)
    q = (
        select(Application)
        .options(selectinload(Application.steps), selectinload(Application.applicant))
        .where(
            Application.office_id == office.id,
            (Application.status == "act_done")
            | ((Application.status == "registered") & Application.service_code.in_(direct)),
            ~select(PacketItem.application_id)
            .where(PacketItem.application_id == Application.id)
            .exists(),
        )
        .order_by(Application.year, Application.number)
    )
    return [a for a in session.scalars(q) if _not_ready_reason(ctx, a, False) is None]


def ready_cases(ctx: AppContext) -> list[ReadyCase]:
    """Cases ready to go to the district department, in journal order."""
    with ctx.session() as s:
        out = []
        for a in _ready_apps(ctx, s):
            try:
                means_tested = ctx.catalogue.get(a.service_code).means_tested
            except KeyError:
                means_tested = a.status == "act_done"
            out.append(
                ReadyCase(
                    application_id=a.id,
                    uuid=a.uuid,
                    number=a.incoming_number,
                    registered_at=a.registered_at,
                    applicant_name=a.applicant.full_name,
                    applicant_iin=a.applicant.iin,
                    service_code=a.service_code,
                    service=_service_name(ctx, a.service_code),
                    status=a.status,
                    means_tested=means_tested,
                    next_due_at=a.next_due_at,
                )
            )
        return out


# =========================================================================================
# Packets
# =========================================================================================


@dataclass(frozen=True)
class PacketInfo:
    id: int
    outgoing_number: str
    year: int
    number: int
    created_at: datetime
    status: str  # draft | sent | acknowledged
    recipient_code: str | None
    recipient_name: Bilingual | None
    cases: tuple[str, ...]  # incoming numbers, in journal order
    sent_at: datetime | None = None
    acknowledged_at: datetime | None = None
    bundle_uuid: str | None = None
    bundle_sequence: int | None = None
    bundle_fingerprint: str | None = None
    file_name: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.outgoing_number,
            "created_at": _iso(self.created_at),
            "status": self.status,
            "recipient": self.recipient_code,
            "recipient_name": (
                {"kk": self.recipient_name.kk, "ru": self.recipient_name.ru}
                if self.recipient_name
                else None
            ),
            "cases": list(self.cases),
            "sent_at": _iso(self.sent_at),
            "acknowledged_at": _iso(self.acknowledged_at),
            "bundle_uuid": self.bundle_uuid,
            "bundle_sequence": self.bundle_sequence,
            "bundle_fingerprint": self.bundle_fingerprint,
            "file_name": self.file_name,
        }


def _packet_apps(session: Session, packet: OutgoingPacket) -> list[Application]:
    return list(
        session.scalars(
            select(Application)
            .join(PacketItem, PacketItem.application_id == Application.id)
            .where(PacketItem.packet_id == packet.id)
            .options(
                selectinload(Application.steps),
                selectinload(Application.documents),
                selectinload(Application.applicant),
                selectinload(Application.accepted_by),
                selectinload(Application.office),
            )
            .order_by(Application.year, Application.number)
        )
    )


def _recipient_header(session: Session, code: str | None) -> OfficeHeader:
    if not code:
        return OfficeHeader("—", Bilingual("—", "—"))
    office = session.scalar(select(Office).where(Office.code == code))
    card = session.scalars(
        select(TrustedKey).where(TrustedKey.office_code == code).order_by(TrustedKey.id.desc())
    ).first()
    if office is not None:
        return office_header(office)
    if card is not None:
        return OfficeHeader(code, Bilingual(card.name_kk, card.name_ru))
    return OfficeHeader(code, Bilingual(code, code))


def _file_name(session: Session, packet: OutgoingPacket, self_code: str) -> str | None:
    if not packet.bundle_uuid:
        return None
    log = session.scalar(
        select(BundleLog).where(
            BundleLog.direction == "sent", BundleLog.bundle_uuid == packet.bundle_uuid
        )
    )
    if log is not None and log.file_name:
        return log.file_name
    if packet.bundle_sequence and packet.recipient_code:
        return bundle_name(self_code, packet.recipient_code, packet.bundle_sequence)
    return None


def _info(session: Session, packet: OutgoingPacket, self_code: str) -> PacketInfo:
    apps = _packet_apps(session, packet)
    recipient = _recipient_header(session, packet.recipient_code) if packet.recipient_code else None
    return PacketInfo(
        id=packet.id,
        outgoing_number=packet.outgoing_number,
        year=packet.year,
        number=packet.number,
        created_at=packet.created_at,
        status=packet.status,
        recipient_code=packet.recipient_code,
        recipient_name=recipient.name if recipient else None,
        cases=tuple(a.incoming_number for a in apps),
        sent_at=packet.sent_at,
        acknowledged_at=packet.acknowledged_at,
        bundle_uuid=packet.bundle_uuid,
        bundle_sequence=packet.bundle_sequence,
        bundle_fingerprint=packet.bundle_fingerprint,
        file_name=_file_name(session, packet, self_code),
    )


def _find_packet(session: Session, ref: int | str) -> OutgoingPacket:
    """A packet by its id (12) or its outgoing number (12/2026)."""
    text = str(ref).strip()
    packet = None
    if "/" in text:
        packet = session.scalars(
            select(OutgoingPacket)
            .where(OutgoingPacket.outgoing_number == text)
            .order_by(OutgoingPacket.id.desc())
        ).first()
    elif text.isdigit():
        packet = session.get(OutgoingPacket, int(text))
    if packet is None:
        raise NotFoundError(
            code="no-packet",
            kk=f"Шығыс пакет табылмады: {ref}",
            ru=f"Исходящий пакет не найден: {ref}",
            en=f"No such outgoing packet: {ref}",
        )
    return packet


def packet_info(ctx: AppContext, ref: int | str) -> PacketInfo:
    with ctx.session() as s:
        return _info(s, _find_packet(s, ref), ctx.self_office(s).code)


def list_packets(ctx: AppContext) -> list[PacketInfo]:
    """Every outgoing packet, newest first."""
    with ctx.session() as s:
        code = ctx.self_office(s).code
        packets = s.scalars(
            select(OutgoingPacket).order_by(
                OutgoingPacket.year.desc(), OutgoingPacket.number.desc()
            )
        )
        return [_info(s, p, code) for p in packets]


def _district_cards(session: Session, self_code: str) -> list[TrustedKey]:
    """The current card of every trusted district office (one per office)."""
    rows = session.scalars(
        select(TrustedKey)
        .where(
            TrustedKey.role == "district",
            TrustedKey.replaced_at.is_(None),
            TrustedKey.revoked_at.is_(None),
            TrustedKey.office_code != self_code,
        )
        .order_by(TrustedKey.office_code, TrustedKey.id.desc())
    )
    seen: dict[str, TrustedKey] = {}
    for r in rows:
        seen.setdefault(r.office_code, r)
    return list(seen.values())


def _choose_recipient(session: Session, self_code: str, wanted: str | None) -> str:
    if wanted:
        card = active_card(session, wanted.strip())
        if card is None or card.role != "district":
            raise _err(
                "unknown-recipient",
                f"{wanted} — сенімді аудандық бөлім емес. Алдымен оның карточкасын саусақ ізін "
                "тексеріп қосыңыз: qabyldau trust add FILE --fingerprint …",
                f"{wanted} — не доверенный районный отдел. Сначала добавьте его карточку, "
                "сверив отпечаток: qabyldau trust add FILE --fingerprint …",
                f"{wanted} is not a trusted district office: add its card first "
                "(qabyldau trust add FILE --fingerprint …)",
            )
        return card.office_code
    cards = _district_cards(session, self_code)
    if not cards:
        raise _err(
            "no-district",
            "Аудандық бөлімнің сенімді карточкасы жоқ: алдымен оны саусақ ізін тексеріп "
            "қосыңыз (qabyldau trust add FILE --fingerprint …).",
            "Нет доверенной карточки районного отдела: сначала добавьте её, сверив отпечаток "
            "(qabyldau trust add FILE --fingerprint …).",
            "No trusted district office: add its card first "
            "(qabyldau trust add FILE --fingerprint …).",
        )
    if len(cards) > 1:
        codes = ", ".join(c.office_code for c in cards)
        raise _err(
            "several-districts",
            f"Бірнеше аудандық бөлім сенімді ({codes}): алушыны таңдаңыз (--to КОД).",
            f"Доверенных районных отделов несколько ({codes}): выберите получателя (--to КОД).",
            f"Several trusted district offices ({codes}): choose the recipient (--to CODE).",
        )
    return cards[0].office_code


def _counter_key(office_id: int, year: int) -> str:
    return f"outgoing_counter:{office_id}:{year}"


def _next_outgoing_number(ctx: AppContext, session: Session, office_id: int, year: int) -> int:
    # Bumped inside the creating transaction, which holds SQLite's write lock from BEGIN
    # IMMEDIATE (db.engine): two windows creating packets at once queue up. A counter rather
    # than max()+1, so a number once given is never given again.
    key = _counter_key(office_id, year)
    last = ctx.get_setting(session, key)
    if last is None:
        last = (
            session.scalar(
                select(func.max(OutgoingPacket.number)).where(
                    OutgoingPacket.office_id == office_id, OutgoingPacket.year == year
                )
            )
            or 0
        )
    number = int(last) + 1
    ctx.set_setting(session, key, number)
    session.flush()
    return number


def create_packet(
    ctx: AppContext,
    numbers: Sequence[str] | None = None,
    recipient_code: str | None = None,
    *,
    staff_login: str | None = None,
    when: datetime | None = None,
) -> PacketInfo:
    """A new packet of the given cases (None: every ready case) for the district office."""
    when = (when or now_local()).replace(microsecond=0)
    with ctx.session() as s:
        office = ctx.self_office(s)
        users.require(s, ctx.current_staff(s, staff_login), "packets")
        if office.role != "akimat":
            raise _err(
                "not-akimat",
                "Шығыс пакеттерді тек әкім аппараты жасайды.",
                "Исходящие пакеты формирует только аппарат акима.",
                "Only an akim's office makes outgoing packets.",
            )
        recipient = _choose_recipient(s, office.code, recipient_code)
        if numbers is None:
            apps = _ready_apps(ctx, s)
        else:
            apps, seen = [], set()
            for n in numbers:
                app = find_application(s, n)
                if app.id not in seen:
                    seen.add(app.id)
                    apps.append(app)
            packed = _packed_ids(s, seen)
            for app in apps:
                problem = _not_ready_reason(ctx, app, app.id in packed)
                if problem is not None:
                    raise problem
        if not apps:
            raise _err(
                "empty-packet",
                "Жіберуге дайын іс жоқ: пакет бос болмайды.",
                "Нет дел, готовых к отправке: пакет не может быть пустым.",
                "No case is ready to be sent: a packet cannot be empty.",
            )
        apps.sort(key=lambda a: (a.year, a.number))
        staff = ctx.current_staff(s, staff_login)
        number = _next_outgoing_number(ctx, s, office.id, when.year)
        packet = OutgoingPacket(
            office_id=office.id,
            year=when.year,
            number=number,
            outgoing_number=f"{number}/{when.year}",
            created_at=when,
            created_by_id=staff.id,
            status="draft",
            recipient_code=recipient,
        )
        s.add(packet)
        s.flush()
        for app in apps:
            s.add(PacketItem(packet_id=packet.id, application_id=app.id))
            before = app.status
            app.status = "in_packet"
            app.updated_at = when
            audit.record(
                s,
                entity="application",
                entity_id=app.uuid,
                action="in-packet",
                staff_id=staff.id,
                before={"status": before},
                after={"status": "in_packet", "packet": packet.outgoing_number},
                at=when,
            )
        s.flush()
        audit.record(
            s,
            entity="packet",
            entity_id=packet.id,
            action="create",
            staff_id=staff.id,
            after={
                "number": packet.outgoing_number,
                "recipient": recipient,
                "cases": [a.incoming_number for a in apps],
            },
            at=when,
        )
        return _info(s, packet, office.code)


# =========================================================================================
# The case record (docs/schemas/case-record.schema.json)
# =========================================================================================


def case_dir(app: Application) -> str:
    return f"cases/{app.uuid}"


def talon_path(app: Application) -> str:
    return f"{case_dir(app)}/talon.pdf"


def act_path(app: Application) -> str:
    return f"{case_dir(app)}/act.pdf"


COVER_LETTER_PATH = "packet/cover-letter.pdf"
_SLUG = re.compile(r"^[a-z0-9_-]{1,40}$")
_SUFFIX = re.compile(r"^\.[a-z0-9]{1,8}$")


def scan_path(app: Application, seq: int, code: str | None, attachment: str) -> str:
    """The scan's name in the bundle: predictable, and safe on every file system whatever
    the scan was called on disk."""
    slug = code if code and _SLUG.match(code) else "document"
    suffix = Path(attachment.replace("\\", "/")).suffix.lower()
    return f"{case_dir(app)}/scans/{seq + 1:02d}-{slug}{suffix if _SUFFIX.match(suffix) else ''}"


def _media_type(path: str) -> str | None:
    return mimetypes.guess_type(path)[0]


def _act_of(session: Session, app: Application) -> InspectionAct | None:
    return session.scalar(select(InspectionAct).where(InspectionAct.application_id == app.id))


def _completed_act(session: Session, app: Application) -> InspectionAct | None:
    act = _act_of(session, app)
    return act if act is not None and act.completed_at is not None else None


def _act_record(session: Session, act: InspectionAct) -> dict[str, Any]:
    commission = session.get(Commission, act.commission_id) if act.commission_id else None
    present = {p.member_id for p in act.present}
    return {
        "visit_date": _iso(act.visit_date),
        "place": _opt(act.place),
        "outcome": act.outcome,
        "commission": {
            "decision_number": commission.decision_number,
            "decision_date": _iso(commission.decision_date),
            "members": [
                {
                    "full_name": m.full_name,
                    "role": m.role,
                    "position": _opt(m.position),
                    "present": m.id in present,
                }
                for m in commission.members
            ],
        }
        if commission
        else None,
        "applicant_address": _opt(act.applicant_address),
        "dwelling": {
            "type": _opt(act.dwelling_type),
            "ownership": _opt(act.dwelling_ownership),
            "rooms": act.dwelling_rooms,
            "area": _money(act.dwelling_area),
            "utilities": _opt(act.dwelling_utilities),
            "condition": _opt(act.dwelling_condition),
        },
        "land_area": _money(act.land_area),
        "livestock": {
            "cattle": act.cattle,
            "horses": act.horses,
            "sheep_goats": act.sheep_goats,
            "camels": act.camels,
            "poultry": act.poultry,
        },
        "vehicles": _opt(act.vehicles),
        "other_property": _opt(act.other_property),
        "other_income": _opt(act.other_income),
        "remarks": _opt(act.remarks),
        "completed_at": _iso(act.completed_at),
        "family": [
            {
                "surname": f.surname,
                "name": f.name,
                "patronymic": _opt(f.patronymic),
                "relation": f.relation,
                "birth_date": _iso(f.birth_date),
                "iin": _opt(f.iin),
                "occupation": _opt(f.occupation),
                "incomes": [
                    {"kind": i.kind, "monthly_amount": _money(i.monthly_amount)} for i in f.incomes
                ],
            }
            for f in act.family
        ],
    }


def _conclusion_record(session: Session, act: InspectionAct) -> dict[str, Any] | None:
    c = act.conclusion
    if c is None:
        return None
    threshold = session.get(IncomeThreshold, c.threshold_id) if c.threshold_id else None
    return {
        "needs_assistance": c.needs_assistance,
        "reasons": _opt(c.reasons),
        "total_income": _money(c.total_income),
        "members_count": c.members_count,
        "per_capita_income": _money(c.per_capita_income),
        "threshold_kind": threshold.kind if threshold else None,
        "threshold_amount": _money(c.threshold_amount),
        "period_from": _iso(c.period_from),
        "period_to": _iso(c.period_to),
        "decided_at": _iso(c.decided_at),
    }


def _events(session: Session, app: Application) -> list[dict[str, Any]]:
    rows = session.execute(
        select(AuditEvent, Staff)
        .outerjoin(Staff, Staff.id == AuditEvent.staff_id)
        .where(AuditEvent.entity == "application", AuditEvent.entity_id == app.uuid)
        .order_by(AuditEvent.at, AuditEvent.id)
    )
    return [
        {"at": _iso(ev.at), "action": ev.action, "by": staff.short_name if staff else None}
        for ev, staff in rows
    ]


def case_record(
    session: Session, application: Application, *, pages: Mapping[str, int] | None = None
) -> dict[str, Any]:
    """The bundle record of one case, in the shape of the bundle's record schema.

    The files it names follow `talon_path`, `act_path` and `scan_path`: the talon always,
    the act with its conclusion when the commission completed one, a scan for every
    document with an attachment. `pages` gives the sheet count of the rendered PDFs.
    """
    app = application
    pages = pages or {}
    person = app.applicant
    representative = None
    if _opt(app.representative_name):
        representative = {
            "name": _opt(app.representative_name),
            "iin": _opt(app.representative_iin),
            "power_of_attorney": _opt(app.representative_poa),
        }
    files: list[dict[str, Any]] = [
        {
            "path": talon_path(app),
            "role": "talon",
            "title_kk": "Талон",
            "title_ru": "Талон",
            "sheets": pages.get(talon_path(app)),
            "media_type": "application/pdf",
        }
    ]
    checklist = []
    for d in app.documents:
        scan = scan_path(app, d.seq, d.code, d.attachment_path) if d.attachment_path else None
        checklist.append(
            {
                "code": _opt(d.code),
                "name_kk": d.name_kk,
                "name_ru": d.name_ru,
                "required": d.required,
                "provided": d.provided,
                "sheets": d.sheets,
                "file": scan,
            }
        )
        if scan:
            files.append(
                {
                    "path": scan,
                    "role": "scan",
                    "document_code": _opt(d.code),
                    "title_kk": d.name_kk,
                    "title_ru": d.name_ru,
                    "sheets": d.sheets,
                    "media_type": _media_type(scan),
                }
            )
    act = _completed_act(session, app)
    if act is not None:
        files.append(
            {
                "path": act_path(app),
                "role": "act",
                "title_kk": L.ACT_AND_CONCLUSION.kk,
                "title_ru": L.ACT_AND_CONCLUSION.ru,
                "sheets": pages.get(act_path(app)),
                "media_type": "application/pdf",
            }
        )
    return {
        "record_type": "case",
        "schema_version": 1,
        "uuid": app.uuid,
        "office_code": app.office.code,
        "application": {
            "incoming_number": app.incoming_number,
            "year": app.year,
            "number": app.number,
            "service_code": app.service_code,
            "channel": app.channel,
            "registered_at": _iso(app.registered_at),
            "status": app.status,
            "due_at": _iso(app.due_at),
            "extension": _opt(app.extension),
            "catalogue_version": _opt(app.catalogue_version),
            "outcome": _opt(app.outcome),
            "accepted_by": app.accepted_by.short_name if app.accepted_by else None,
            "notes": _opt(app.notes),
            "representative": representative,
        },
        "applicant": {
            "iin": person.iin,
            "surname": person.surname,
            "name": person.name,
            "patronymic": _opt(person.patronymic),
            "birth_date": _iso(person.birth_date),
            "address": _opt(person.address),
            "phone": _opt(person.phone),
        },
        "checklist": checklist,
        "steps": [
            {
                "code": st.code,
                "name_kk": st.name_kk,
                "name_ru": st.name_ru,
                "actor": st.actor,
                "limit_amount": st.limit_amount,
                "limit_unit": st.limit_unit,
                "excluded_from_term": st.excluded_from_term,
                "started_at": _iso(st.started_at),
                "due_at": _iso(st.due_at),
                "done_at": _iso(st.done_at),
            }
            for st in app.steps
        ],
        "events": _events(session, app),
        "act": _act_record(session, act) if act is not None else None,
        "conclusion": _conclusion_record(session, act) if act is not None else None,
        "files": files,
    }


# =========================================================================================
# Printing: the cover letter and transfer list, the key sheet
# =========================================================================================


def _pdf_pages(path: Path) -> int | None:
    """Pages of a PDF we rendered ourselves: reportlab writes the page tree's /Count in
    plain text (only page content streams are compressed)."""
    data = Path(path).read_bytes()
    counts = [
        int(m.group(1))
        for d in re.finditer(rb"<<((?:(?!>>).)*?/Type /Pages\b(?:(?!>>).)*)>>", data, re.S)
        if (m := re.search(rb"/Count (\d+)", d.group(1)))
    ]
    return max(counts) if counts else None


def _akim(session: Session, office: Office) -> Signatory:
    staff = session.scalars(
        select(Staff)
        .where(Staff.office_id == office.id, Staff.role == "akim", Staff.active.is_(True))
        .order_by(Staff.id)
    ).first()
    default = L.AKIM if office.role == "akimat" else L.HEAD_OF_OFFICE
    if staff is None:
        return Signatory(default, "")
    position = (
        Bilingual(staff.position_kk, staff.position_ru)
        if staff.position_kk and staff.position_ru
        else default
    )
    return Signatory(position, staff.short_name)


def _transfer_row(
    ctx: AppContext, session: Session, app: Application, act_pages: Mapping[int, int | None]
) -> TransferRow:
    docs = [
        TransferDocument(Bilingual(d.name_kk, d.name_ru), d.sheets)
        for d in app.documents
        if d.provided
    ]
    if app.id in act_pages:
        docs.append(TransferDocument(L.ACT_AND_CONCLUSION, act_pages[app.id]))
    return TransferRow(
        number=app.incoming_number,
        registered_on=app.registered_at.date(),
        applicant_name=app.applicant.full_name,
        applicant_iin=app.applicant.iin,
        service=_service_name(ctx, app.service_code),
        documents=tuple(docs),
    )


def cover_letter_data(
    ctx: AppContext, ref: int | str, act_pages: Mapping[int, int | None] | None = None
) -> CoverLetterData:
    """What the cover letter prints; `act_pages` maps application id → the sheets of its
    act and conclusion (rendered for the count when not given)."""
    if act_pages is None:
        act_pages = _count_act_pages(ctx, ref)
    with ctx.session() as s:
        packet = _find_packet(s, ref)
        office = ctx.self_office(s)
        apps = _packet_apps(s, packet)
        creator = s.get(Staff, packet.created_by_id) if packet.created_by_id else None
        exported = packet.bundle_fingerprint is not None
        return CoverLetterData(
            office=office_header(office),
            recipient=_recipient_header(s, packet.recipient_code),
            packet_number=packet.outgoing_number,
            packet_date=packet.created_at.date(),
            rows=tuple(_transfer_row(ctx, s, a, act_pages) for a in apps),
            signatory=_akim(s, office),
            executor=creator.short_name if creator else None,
            bundle_file=_file_name(s, packet, office.code) if exported else None,
            bundle_fingerprint=packet.bundle_fingerprint,
            printed_at=now_local(),
        )


def _acts_to_print(ctx: AppContext, ref: int | str) -> list[tuple[int, str]]:
    with ctx.session() as s:
        packet = _find_packet(s, ref)
        return [
            (a.id, a.incoming_number)
            for a in _packet_apps(s, packet)
            if _completed_act(s, a) is not None
        ]


def _count_act_pages(ctx: AppContext, ref: int | str) -> dict[int, int | None]:
    from app.commission import act_data
    from forms.act import render_act_pdf

    acts = _acts_to_print(ctx, ref)
    if not acts:
        return {}
    out: dict[int, int | None] = {}
    with tempfile.TemporaryDirectory(prefix="qbl-print-", dir=_work_root(ctx)) as work:
        for app_id, number in acts:
            pdf = render_act_pdf(act_data(ctx, number), Path(work) / f"{app_id}.pdf")
            out[app_id] = _pdf_pages(pdf)
    return out


def print_packet(ctx: AppContext, ref: int | str, out: Path, docx: Path | None = None) -> Path:
    """Render the cover letter and transfer list to `out` (PDF) and optionally `docx`."""
    from forms.cover_letter import render_cover_letter_docx, render_cover_letter_pdf

    data = cover_letter_data(ctx, ref)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    render_cover_letter_pdf(data, out)
    if docx is not None:
        Path(docx).parent.mkdir(parents=True, exist_ok=True)
        render_cover_letter_docx(data, Path(docx))
    return out


def key_sheet_data(ctx: AppContext) -> FingerprintSheetData:
    """The office's key fingerprint sheet (`keys sheet`), signed by the head of the office."""
    card = public_card(ctx)
    with ctx.session() as s:
        office = ctx.self_office(s)
        signatory = _akim(s, office)
        if not signatory.name:
            signatory = Signatory(L.HEAD_OF_OFFICE, "")
        header = office_header(office)
    try:
        created = datetime.fromisoformat(card["created"]).replace(tzinfo=None)
    except (TypeError, ValueError, KeyError):
        created = None
    return FingerprintSheetData(
        office=header,
        role=card["role"],
        fingerprint=card["fingerprint"],
        created=created,
        signatory=signatory,
        printed_at=now_local(),
    )


def render_key_sheet(ctx: AppContext, out: Path) -> Path:
    from forms.cover_letter import render_fingerprint_sheet_pdf

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    return render_fingerprint_sheet_pdf(key_sheet_data(ctx), out)


# =========================================================================================
# Export
# =========================================================================================


@dataclass(frozen=True)
class ExportResult:
    packet_id: int
    outgoing_number: str
    path: Path
    archive_path: Path
    file_name: str
    uuid: str
    sequence: int
    sha256: str
    size: int
    record_count: int
    file_count: int
    payload_bytes: int
    resent: bool = False

    @property
    def fingerprint(self) -> str:
        return group_hex(self.sha256)

    def to_json(self) -> dict[str, Any]:
        return {
            "packet_id": self.packet_id,
            "packet": self.outgoing_number,
            "path": str(self.path),
            "archive_path": str(self.archive_path),
            "file_name": self.file_name,
            "uuid": self.uuid,
            "sequence": self.sequence,
            "sha256": self.sha256,
            "fingerprint": self.fingerprint,
            "size": self.size,
            "record_count": self.record_count,
            "file_count": self.file_count,
            "payload_bytes": self.payload_bytes,
            "resent": self.resent,
        }


@dataclass
class _CasePlan:
    app_id: int
    number: str
    uuid: str
    has_act: bool
    scans: dict[str, Path] = field(default_factory=dict)


def _work_root(ctx: AppContext) -> Path:
    # Inside the data folder, like app.bundle's own work folders (same disk and access
    # rights as the database; its "qbl-*" sweep also removes ours after a crash).
    root = ctx.paths.root / "tmp"
    root.mkdir(parents=True, exist_ok=True)
    return root


def _attachment(ctx: AppContext, rel: str) -> Path:
    parts = [p for p in re.split(r"[\\/]", rel) if p]
    path = Path(rel) if Path(rel).is_absolute() else ctx.paths.root.joinpath(*parts)
    return path


def _plan(ctx: AppContext, ref: int | str) -> tuple[int, str, str, list[_CasePlan]]:
    """What the export will put in the bundle; refuses a missing scan before any work."""
    with ctx.session() as s:
        packet = _find_packet(s, ref)
        plans = []
        missing = []
        for app in _packet_apps(s, packet):
            plan = _CasePlan(
                app.id, app.incoming_number, app.uuid, _completed_act(s, app) is not None
            )
            for d in app.documents:
                if not d.attachment_path:
                    continue
                src = _attachment(ctx, d.attachment_path)
                if not src.is_file():
                    missing.append(f"№ {app.incoming_number}: {d.name_ru} ({src})")
                plan.scans[scan_path(app, d.seq, d.code, d.attachment_path)] = src
            plans.append(plan)
        if missing:
            listed = "; ".join(missing[:5]) + (
                f" (+{len(missing) - 5})" if len(missing) > 5 else ""
            )
            raise _err(
                "scan-missing",
                f"Сканерленген құжат файлы табылмады: {listed}",
                f"Не найден файл скана документа: {listed}",
                f"A scanned document file is missing: {listed}",
            )
        if packet.recipient_code is None:
            raise _err(
                "no-recipient",
                "Пакеттің алушысы көрсетілмеген.",
                "У пакета не указан получатель.",
                "The packet has no recipient.",
            )
        return packet.id, packet.status, packet.recipient_code, plans


class _Phases:
    """One progress bar over two phases: rendering the PDFs, then the bundle's bytes."""

    def __init__(self, progress: Progress | None, documents: int, scan_bytes: int) -> None:
        self.progress = progress
        render = documents * RENDER_COST_BYTES
        self.split = render / max(render + 2 * scan_bytes, 1)
        self.documents = max(documents, 1)

    def rendered(self, n: int) -> None:
        if self.progress is not None:
            self.progress(int(PROGRESS_TOTAL * self.split * n / self.documents), PROGRESS_TOTAL)

    def bundle(self, done: int, total: int) -> None:
        if self.progress is not None:
            share = done / max(total, 1)
            at = self.split + (1 - self.split) * share
            self.progress(min(int(PROGRESS_TOTAL * at), PROGRESS_TOTAL), PROGRESS_TOTAL)


def export_packet(
    ctx: AppContext,
    ref: int | str,
    out_dir: Path,
    progress: Progress | None = None,
    *,
    staff_login: str | None = None,
) -> ExportResult:
    """Write the packet's bundle to `out_dir` (a folder or a removable drive) and mark the
    packet and its cases sent; a packet already sent is re-sent as the same file."""
    with ctx.session() as s:  # refused before any file is written
        users.require(s, ctx.current_staff(s, staff_login), "packets")
    packet_id, status, recipient, plans = _plan(ctx, ref)
    if status != "draft":
        return _resend(ctx, packet_id, Path(out_dir), progress, staff_login=staff_login)

    from app.cases import talon_data
    from app.commission import act_data
    from forms.act import render_act_pdf
    from forms.cover_letter import render_cover_letter_pdf
    from forms.talon import render_talon_pdf

    scan_bytes = sum(p.stat().st_size for plan in plans for p in plan.scans.values())
    documents = sum(2 if p.has_act else 1 for p in plans) + 1
    phases = _Phases(progress, documents, scan_bytes)
    work = Path(tempfile.mkdtemp(prefix="qbl-packet-", dir=_work_root(ctx)))
    try:
        files: dict[str, Path] = {}
        pages: dict[str, int] = {}
        act_pages: dict[int, int | None] = {}
        done = 0
        for plan in plans:
            folder = work / plan.uuid
            folder.mkdir()
            talon = render_talon_pdf(talon_data(ctx, plan.app_id), folder / "talon.pdf")
            files[f"cases/{plan.uuid}/talon.pdf"] = talon
            pages[f"cases/{plan.uuid}/talon.pdf"] = _pdf_pages(talon) or 1
            done += 1
            phases.rendered(done)
            if plan.has_act:
                act = render_act_pdf(act_data(ctx, plan.number), folder / "act.pdf")
                files[f"cases/{plan.uuid}/act.pdf"] = act
                act_pages[plan.app_id] = pages[f"cases/{plan.uuid}/act.pdf"] = _pdf_pages(act) or 1
                done += 1
                phases.rendered(done)
            files.update(plan.scans)
        cover = render_cover_letter_pdf(
            cover_letter_data(ctx, packet_id, act_pages), work / "cover-letter.pdf"
        )
        files[COVER_LETTER_PATH] = cover
        phases.rendered(documents)

        with ctx.session() as s:
            packet = _find_packet(s, packet_id)
            records = [case_record(s, a, pages=pages) for a in _packet_apps(s, packet)]
            number = packet.outgoing_number
        built = build_bundle(
            ctx,
            kind="outgoing",
            recipient_code=recipient,
            records=records,
            files=files,
            out_dir=Path(out_dir),
            progress=phases.bundle,
            info={"Packet-Number": number},
            # Marked sent in the bundle log's own transaction: a crash can never leave an
            # exported bundle whose packet is still a draft (and would be exported again).
            on_logged=lambda s, b: _mark_sent(ctx, s, packet_id, b, staff_login=staff_login),
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return ExportResult(
        packet_id=packet_id,
        outgoing_number=number,
        path=built.path,
        archive_path=built.archive_path,
        file_name=built.path.name,
        uuid=built.uuid,
        sequence=built.sequence,
        sha256=built.sha256,
        size=built.size,
        record_count=built.record_count,
        file_count=built.file_count,
        payload_bytes=built.payload_bytes,
    )


def _start_department(ctx: AppContext, s: Session, app: Application, when: datetime) -> None:
    """The akim's forwarding is done; the department's steps run from the moment of sending
    (one after the other, each from the previous one's due moment)."""
    first = next((st for st in app.steps if st.actor == "department" and st.done_at is None), None)
    if first is not None:
        cal = ctx.calendar(s)
        for st in app.steps:
            if st.seq < first.seq and st.done_at is None:
                st.done_at = when
        cursor = when
        for st in app.steps:
            if st.seq < first.seq:
                continue
            if st.actor != "department" or st.done_at is not None:
                break
            try:
                due = apply_limit(cal, cursor, Limit(st.limit_amount, st.limit_unit))  # type: ignore[arg-type]
            except DeadlineError as exc:
                raise _err("deadline", str(exc), str(exc), str(exc)) from exc
            st.started_at, st.due_at = cursor, due
            cursor = due
    app.next_due_at = next_due(app)


def _mark_sent(
    ctx: AppContext, s: Session, packet_id: int, built: BuiltBundle, *, staff_login: str | None
) -> None:
    when = now_local()
    packet = _find_packet(s, packet_id)
    staff = ctx.current_staff(s, staff_login)
    packet.status = "sent"
    packet.sent_at = when
    packet.bundle_uuid = built.uuid
    packet.bundle_sequence = built.sequence
    packet.bundle_fingerprint = built.fingerprint
    for app in _packet_apps(s, packet):
        if app.status != "in_packet":
            continue
        app.status = "sent"
        app.updated_at = when
        _start_department(ctx, s, app, when)
        audit.record(
            s,
            entity="application",
            entity_id=app.uuid,
            action="sent",
            staff_id=staff.id,
            before={"status": "in_packet"},
            after={
                "status": "sent",
                "packet": packet.outgoing_number,
                "bundle": built.uuid,
                "next_due_at": _iso(app.next_due_at),
            },
            at=when,
        )
    audit.record(
        s,
        entity="packet",
        entity_id=packet.id,
        action="export",
        staff_id=staff.id,
        after={
            "number": packet.outgoing_number,
            "file": built.path.name,
            "bundle": built.uuid,
            "sequence": built.sequence,
            "sha256": built.sha256,
        },
        at=when,
    )


def _sha256_file(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(COPY_CHUNK):
            sha.update(chunk)
    return sha.hexdigest()


def _sent_log(session: Session, packet: OutgoingPacket) -> BundleLog:
    log = session.scalar(
        select(BundleLog).where(
            BundleLog.direction == "sent", BundleLog.bundle_uuid == packet.bundle_uuid
        )
    )
    if log is None or not log.file_name or not log.sha256:
        raise _err(
            "no-bundle-log",
            f"№ {packet.outgoing_number} пакетінің жіберілген файлы туралы жазба жоқ.",
            f"Нет записи об отправленном файле пакета № {packet.outgoing_number}.",
            f"No record of the sent file of packet No. {packet.outgoing_number}.",
        )
    return log


def archived_bundle(ctx: AppContext, ref: int | str) -> tuple[Path, str]:
    """The archived .qbl of a sent packet and its SHA-256; refuses when it is missing."""
    with ctx.session() as s:
        packet = _find_packet(s, ref)
        if packet.status == "draft" or not packet.bundle_uuid:
            raise _err(
                "not-exported",
                f"№ {packet.outgoing_number} пакеті әлі экспортталмаған: алдымен "
                f"qabyldau packet export {packet.id} --out ҚАЛТА",
                f"Пакет № {packet.outgoing_number} ещё не выгружен: сначала "
                f"qabyldau packet export {packet.id} --out ПАПКА",
                f"Packet No. {packet.outgoing_number} is not exported yet: first "
                f"qabyldau packet export {packet.id} --out DIR",
            )
        log = _sent_log(s, packet)
        name, sha, number = log.file_name, log.sha256, packet.outgoing_number
    path = ctx.paths.archive / str(name)
    if not path.is_file():
        raise _err(
            "archive-missing",
            f"№ {number} пакетінің мұрағаттағы көшірмесі жоқ: {path}. Қайта жіберу мүмкін емес.",
            f"Нет архивной копии пакета № {number}: {path}. Повторная отправка невозможна.",
            f"The archived copy of packet No. {number} is missing: {path}; it cannot be re-sent.",
        )
    return path, str(sha)


def _resend(
    ctx: AppContext,
    packet_id: int,
    out_dir: Path,
    progress: Progress | None,
    *,
    staff_login: str | None,
) -> ExportResult:
    """Copy the archived bundle, unchanged, to `out_dir` (atomically, like the export)."""
    source, sha = archived_bundle(ctx, packet_id)
    size = source.stat().st_size
    if _sha256_file(source) != sha:
        raise _err(
            "archive-damaged",
            f"Мұрағаттағы пакет файлы бүлінген: {source}",
            f"Архивный файл пакета повреждён: {source}",
            f"The archived bundle file is damaged: {source}",
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / source.name
    if target.resolve() != source.resolve():
        if target.exists() and _sha256_file(target) != sha:
            raise _err(
                "bundle-exists",
                f"Мұндай атпен басқа файл бар: {target}",
                f"Файл с таким именем, но другим содержимым уже есть: {target}",
                f"Another file of that name already exists: {target}",
            )
        if not target.exists():
            _copy_atomically(source, target, size, progress)
    if progress is not None:
        progress(PROGRESS_TOTAL, PROGRESS_TOTAL)
    with ctx.session() as s:
        packet = _find_packet(s, packet_id)
        log = _sent_log(s, packet)
        staff = ctx.current_staff(s, staff_login)
        audit.record(
            s,
            entity="packet",
            entity_id=packet.id,
            action="resend",
            staff_id=staff.id,
            after={"number": packet.outgoing_number, "file": source.name, "to": str(out_dir)},
        )
        report = log.report
        counts = _log_counts(report)
        return ExportResult(
            packet_id=packet.id,
            outgoing_number=packet.outgoing_number,
            path=target,
            archive_path=source,
            file_name=source.name,
            uuid=log.bundle_uuid,
            sequence=log.sequence,
            sha256=sha,
            size=size,
            record_count=counts.get("record_count", 0),
            file_count=counts.get("file_count", 0),
            payload_bytes=counts.get("payload_bytes", 0),
            resent=True,
        )


def _log_counts(report: str | None) -> dict[str, int]:
    try:
        data = json.loads(report or "{}")
    except ValueError:
        return {}
    return {k: int(v) for k, v in data.items() if isinstance(v, int)}


def _copy_atomically(source: Path, target: Path, size: int, progress: Progress | None) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        done = 0
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(COPY_CHUNK):
                dst.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(int(PROGRESS_TOTAL * done / max(size, 1) * 0.99), PROGRESS_TOTAL)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# =========================================================================================
# The outbox and e-mail
# =========================================================================================


def _mail_key(packet_id: int) -> str:
    return f"packet_mail:{packet_id}"


@dataclass(frozen=True)
class OutboxEntry:
    packet_id: int
    outgoing_number: str
    recipient_code: str | None
    sent_at: datetime
    age_days: int
    cases: int
    file_name: str | None
    archive_path: Path | None
    fingerprint: str | None
    emailed_at: datetime | None = None
    emailed_via: str | None = None
    last_error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "packet_id": self.packet_id,
            "packet": self.outgoing_number,
            "recipient": self.recipient_code,
            "sent_at": _iso(self.sent_at),
            "age_days": self.age_days,
            "cases": self.cases,
            "file_name": self.file_name,
            "archive_path": str(self.archive_path) if self.archive_path else None,
            "fingerprint": self.fingerprint,
            "emailed_at": _iso(self.emailed_at),
            "emailed_via": self.emailed_via,
            "last_error": self.last_error,
        }


def _parse_dt(text: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        return None


def outbox(ctx: AppContext, today: date | None = None) -> list[OutboxEntry]:
    """Packets sent and not yet acknowledged by the district, oldest first."""
    today = today or date.today()
    with ctx.session() as s:
        code = ctx.self_office(s).code
        out = []
        for p in s.scalars(
            select(OutgoingPacket)
            .where(OutgoingPacket.status == "sent")
            .order_by(OutgoingPacket.sent_at, OutgoingPacket.id)
        ):
            mail = ctx.get_setting(s, _mail_key(p.id), {}) or {}
            name = _file_name(s, p, code)
            sent = p.sent_at or p.created_at
            out.append(
                OutboxEntry(
                    packet_id=p.id,
                    outgoing_number=p.outgoing_number,
                    recipient_code=p.recipient_code,
                    sent_at=sent,
                    age_days=max((today - sent.date()).days, 0),
                    cases=len(p.items),
                    file_name=name,
                    archive_path=ctx.paths.archive / name if name else None,
                    fingerprint=p.bundle_fingerprint,
                    emailed_at=_parse_dt(mail.get("emailed_at")),
                    emailed_via=mail.get("via"),
                    last_error=mail.get("last_error"),
                )
            )
        return out


def _update_mail_state(
    ctx: AppContext,
    packet_id: int,
    *,
    action: str,
    staff_login: str | None,
    **changes: Any,
) -> None:
    with ctx.session() as s:
        packet = _find_packet(s, packet_id)
        state = dict(ctx.get_setting(s, _mail_key(packet.id), {}) or {})
        state.update(changes)
        ctx.set_setting(s, _mail_key(packet.id), state)
        staff = ctx.current_staff(s, staff_login)
        audit.record(
            s,
            entity="packet",
            entity_id=packet.id,
            action=action,
            staff_id=staff.id,
            after={"number": packet.outgoing_number, **changes},
        )


def mark_emailed(
    ctx: AppContext, ref: int | str, *, via: str = "mail-client", staff_login: str | None = None
) -> None:
    """Record that the packet's file went by e-mail (the user sent it from the mail client)."""
    archived_bundle(ctx, ref)  # only an exported packet can have been e-mailed
    with ctx.session() as s:
        packet_id = _find_packet(s, ref).id
    _update_mail_state(
        ctx,
        packet_id,
        action="emailed",
        staff_login=staff_login,
        emailed_at=_iso(now_local()),
        via=via,
        last_error=None,
    )


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    user: str | None = None
    sender: str = ""  # the From address
    to: str = ""  # the district's address
    starttls: bool = True
    timeout: float = 30.0
    max_mb: int = DEFAULT_MAX_MAIL_MB

    def to_json(self) -> dict[str, Any]:
        return {
            "host": self.host,
            "port": self.port,
            "user": self.user,
            "from": self.sender,
            "to": self.to,
            "starttls": self.starttls,
            "timeout": self.timeout,
            "max_mb": self.max_mb,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SmtpSettings:
        return cls(
            host=str(data["host"]),
            port=int(data.get("port", 587)),
            user=data.get("user") or None,
            sender=str(data.get("from") or ""),
            to=str(data.get("to") or ""),
            starttls=bool(data.get("starttls", True)),
            timeout=float(data.get("timeout", 30.0)),
            max_mb=int(data.get("max_mb", DEFAULT_MAX_MAIL_MB)),
        )


def save_smtp_settings(ctx: AppContext, settings: SmtpSettings) -> None:
    """Store the SMTP settings (never the password: that goes to the key store)."""
    with ctx.session() as s:
        users.require(s, ctx.current_staff(s), "packets")
        ctx.set_setting(s, SMTP_SETTING, settings.to_json())


def smtp_settings(ctx: AppContext) -> SmtpSettings | None:
    with ctx.session() as s:
        data = ctx.get_setting(s, SMTP_SETTING)
    return SmtpSettings.from_json(data) if data else None


def set_smtp_password(user: str, password: str) -> None:
    """Keep the SMTP password in the OS key store, next to the office's keys."""
    secure_keyring().set_password(SERVICE, f"{SMTP_USER_PREFIX}{user}", password)


def _mail_texts(ctx: AppContext, ref: int | str, short: bool) -> tuple[str, str, Path, str]:
    """Subject and text of the e-mail. The short text is for a mailto: link, which Windows
    and some mail clients cut at about 2,000 characters (Cyrillic is percent-encoded into
    six each), and says where the file is, since a link cannot attach it."""
    path, sha = archived_bundle(ctx, ref)
    with ctx.session() as s:
        packet = _find_packet(s, ref)
        office = ctx.self_office(s)
        number, cases = packet.outgoing_number, len(packet.items)
        code, name_kk, name_ru = office.code, office.name_kk, office.name_ru
    fp = group_hex(sha)
    subject = f"Пакет № {number} ({code})"
    lines = [
        f"Шығыс пакет / Исходящий пакет № {number}, істер / дел: {cases}",
        f"Файл: {path.name}",
        f"SHA-256: {fp}",
    ]
    if short:
        lines += [
            "",
            "Файлды өзіңіз тіркеңіз: сілтеме файлды тіркей алмайды.",
            "Прикрепите файл сами: ссылка не может приложить файл.",
            str(path),
        ]
    else:
        lines = [
            name_kk,
            name_ru,
            "",
            *lines,
            "",
            "Файлды Qabyldau бағдарламасында ашыңыз; саусақ ізі ілеспе хаттағымен сәйкес "
            "келуі керек.",
            "Откройте файл в программе Qabyldau; отпечаток должен совпадать с указанным в "
            "сопроводительном письме.",
        ]
    return subject, "\n".join(lines), path, number


def mailto_url(ctx: AppContext, ref: int | str) -> str:
    """A mailto: link that opens the user's mail client with the subject and text filled in;
    the text names the file to attach (a link cannot carry the attachment)."""
    subject, body, _path, _n = _mail_texts(ctx, ref, short=True)
    settings = smtp_settings(ctx)
    to = urllib.parse.quote(settings.to, safe="@,") if settings and settings.to else ""
    query = urllib.parse.urlencode(
        {"subject": subject, "body": body.replace("\n", "\r\n")}, quote_via=urllib.parse.quote
    )
    return f"mailto:{to}?{query}"


def _smtp_failed(number: str, reason: str) -> UserError:
    return _err(
        "smtp-failed",
        f"№ {number} пакеті электрондық поштамен жіберілмеді: {reason}. Пакет шығыс "
        "тізімінде қалды: кейін қайталаңыз немесе файлды флешкамен апарыңыз.",
        f"Пакет № {number} не отправлен по электронной почте: {reason}. Пакет остался в "
        "исходящих: повторите позже или отвезите файл на флешке.",
        f"Packet No. {number} was not sent by e-mail: {reason}. It stays in the outbox: "
        "try again later or carry the file on a USB stick.",
    )


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib encodes credentials as ASCII; a Cyrillic or Kazakh password (natural here) goes
    as UTF-8 through AUTH PLAIN instead, which RFC 4616 defines in UTF-8."""
    if user.isascii() and password.isascii():
        smtp.login(user, password)
        return
    if "plain" not in smtp.esmtp_features.get("auth", "").lower().split():
        raise smtplib.SMTPException(
            "the server offers no AUTH PLAIN for a non-ASCII user name or password"
        )
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode()
    code, resp = smtp.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, resp)


def send_smtp(
    ctx: AppContext,
    ref: int | str,
    settings: SmtpSettings | None = None,
    *,
    staff_login: str | None = None,
) -> None:
    """E-mail the packet's archived bundle to the district through the office's SMTP server."""
    settings = settings or smtp_settings(ctx)
    if settings is None or not settings.host or not settings.to or not settings.sender:
        raise _err(
            "smtp-not-configured",
            "Пошта серверінің баптаулары толық емес (сервер, кімнен, кімге).",
            "Настройки почтового сервера не заполнены (сервер, от кого, кому).",
            "The SMTP settings are incomplete (host, from, to).",
        )
    subject, body, path, number = _mail_texts(ctx, ref, short=False)
    with ctx.session() as s:
        packet_id = _find_packet(s, ref).id
    size = path.stat().st_size
    if size > settings.max_mb * 1024 * 1024:
        raise _smtp_failed(
            number, f"файл тым үлкен / файл слишком велик ({size // (1024 * 1024)} MB)"
        )
    password = None
    if settings.user:
        try:
            password = secure_keyring().get_password(SERVICE, f"{SMTP_USER_PREFIX}{settings.user}")
        except UserError:
            raise
        except Exception as exc:  # a key store error is a failed send, not a crash
            raise _smtp_failed(number, str(exc)) from exc
        if password is None:
            raise _err(
                "smtp-no-password",
                f"{settings.user} пошта құпия сөзі кілттер қоймасында жоқ.",
                f"Пароля почты {settings.user} нет в хранилище ключей.",
                f"No mail password for {settings.user} in the key store.",
            )
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = settings.sender
    msg["To"] = settings.to
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=settings.sender.rpartition("@")[2] or None)
    msg.set_content(body)
    msg.add_attachment(
        path.read_bytes(), maintype="application", subtype="octet-stream", filename=path.name
    )
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout) as smtp:
            smtp.ehlo()
            if settings.starttls:
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if settings.user and password is not None:
                _login(smtp, settings.user, password)
            smtp.send_message(msg)
    except (smtplib.SMTPException, OSError, UnicodeError) as exc:
        reason = str(exc) or type(exc).__name__
        _update_mail_state(
            ctx,
            packet_id,
            action="email-failed",
            staff_login=staff_login,
            last_error=reason,
            last_attempt_at=_iso(now_local()),
        )
        raise _smtp_failed(number, reason) from exc
    _update_mail_state(
        ctx,
        packet_id,
        action="emailed",
        staff_login=staff_login,
        emailed_at=_iso(now_local()),
        via="smtp",
        to=settings.to,
        last_error=None,
        last_attempt_at=_iso(now_local()),
    )


__all__ = [
    "COVER_LETTER_PATH",
    "ExportResult",
    "OutboxEntry",
    "PacketInfo",
    "ReadyCase",
    "SmtpSettings",
    "archived_bundle",
    "case_record",
    "cover_letter_data",
    "create_packet",
    "export_packet",
    "key_sheet_data",
    "list_packets",
    "mailto_url",
    "mark_emailed",
    "outbox",
    "packet_info",
    "print_packet",
    "ready_cases",
    "render_key_sheet",
    "save_smtp_settings",
    "send_smtp",
    "set_smtp_password",
    "smtp_settings",
]
