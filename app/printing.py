"""Builds the plain data the printed forms need from the database (forms/ never sees a session)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from app.context import AppContext
from db.models import Application, Issuance, Office, OutgoingPacket, PacketItem
from forms.data import Bilingual, JournalData, JournalRow, OfficeHeader

# Status labels as printed in the journal (Kazakh first).
STATUS_LABELS: dict[str, Bilingual] = {
    "registered": Bilingual("Тіркелді", "Зарегистрировано"),
    "refused_to_accept": Bilingual("Қабылдаудан бас тартылды", "Отказ в приеме"),
    "at_commission": Bilingual("Комиссияда", "В комиссии"),
    "act_done": Bilingual("Акт жасалды", "Акт составлен"),
    "in_packet": Bilingual("Жіберуге дайын", "Готово к отправке"),
    "sent": Bilingual("Бөлімге жіберілді", "Направлено в отдел"),
    "decided": Bilingual("Шешім шықты", "Решение принято"),
    "ready_for_issue": Bilingual("Беруге дайын", "Готово к выдаче"),
    "issued": Bilingual("Берілді", "Выдано"),
    "closed": Bilingual("Жабылды", "Закрыто"),
}


def office_header(office: Office) -> OfficeHeader:
    return OfficeHeader(
        code=office.code,
        name=Bilingual(office.name_kk, office.name_ru),
        address=office.address,
        phone=office.phone,
    )


def status_label(status: str) -> Bilingual:
    return STATUS_LABELS.get(status, Bilingual(status, status))


def journal_data(ctx: AppContext, session: Session, date_from: date, date_to: date) -> JournalData:
    """The registration journal for a period, in journal-number order."""
    office = ctx.self_office(session)
    start = datetime.combine(date_from, time.min)
    end = datetime.combine(date_to + timedelta(days=1), time.min)
    apps = session.scalars(
        select(Application)
        .options(joinedload(Application.applicant))
        .where(
            Application.office_id == office.id,
            Application.registered_at >= start,
            Application.registered_at < end,
        )
        .order_by(Application.year, Application.number)
    ).all()
    ids = [a.id for a in apps]
    outgoing: dict[int, str] = {}
    issued: dict[int, str] = {}
    if ids:
        for app_id, number, sent in session.execute(
            select(
                PacketItem.application_id, OutgoingPacket.outgoing_number, OutgoingPacket.sent_at
            )
            .join(OutgoingPacket)
            .where(PacketItem.application_id.in_(ids))
        ):
            outgoing[app_id] = f"{number} {sent:%d.%m.%Y}" if sent else number
        for iss in session.scalars(select(Issuance).where(Issuance.application_id.in_(ids))):
            issued[iss.application_id] = f"{iss.issued_at:%d.%m.%Y}, {iss.issued_to}"
    catalogue = ctx.catalogue
    rows = []
    for a in apps:
        try:
            svc = catalogue.get(a.service_code)
            service = Bilingual(svc.name.kk, svc.name.ru)
        except KeyError:  # a service since removed from the catalogue still prints by code
            service = Bilingual(a.service_code, a.service_code)
        rows.append(
            JournalRow(
                number=a.incoming_number,
                registered_at=a.registered_at,
                applicant_name=a.applicant.full_name,
                applicant_iin=a.applicant.iin,
                service=service,
                status=status_label(a.status),
                due_date=a.due_at.date() if a.due_at else None,
                outgoing=outgoing.get(a.id),
                issued=issued.get(a.id),
            )
        )
    return JournalData(
        office=office_header(office),
        date_from=date_from,
        date_to=date_to,
        rows=tuple(rows),
        printed_at=datetime.now().replace(microsecond=0),
    )
