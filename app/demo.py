"""The demo office: a realistic register to try the program on, never the real one.

Cases are spread over the weeks before today; older means-tested cases have gone to the
commission and the oldest have a completed inspection act, as they would in a real office.
The oldest completed cases went to the district in a packet that was acknowledged; its
decisions came back, some were handed to the applicants and some wait to be issued. A few
same-day certificates were issued on the spot.

The demo has no district and no keys (a demo must run where no keyring exists), so the way
back is written straight into the register as an import would leave it.
"""

from __future__ import annotations

import random
import tempfile
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app import audit
from app.commission import refer, save_act, set_commission, set_threshold
from app.context import AppContext
from app.iin import make_iin
from app.intake import ApplicantInput, IntakeRequest, next_due, register
from app.names import address, person, phone
from app.office import init_office
from db.models import Application, Decision, OutgoingPacket, PacketItem, Staff

DEMO_CODE = "196435100"
MEMBERS = [
    ("Жұмабаев Серік Болатұлы", "chair"),
    ("Ахметова Гүлмира Қанатқызы", "secretary"),
    ("Петренко Ольга Викторовна", "member"),
    ("Оспанов Асқар Мұратұлы", "member"),
]


def _moments(ctx: AppContext, rng: random.Random, cases: int, today: date) -> list[datetime]:
    """Registration times on working days, about three a day, ending today."""
    cal = ctx.calendar()
    moments: list[datetime] = []
    day = today
    while len(moments) < cases:
        if cal.is_working_day(day):
            for _ in range(rng.randint(2, 6)):
                hour = rng.choice((9, 10, 11, 12, 14, 15, 16, 17))
                moments.append(
                    datetime.combine(day, datetime.min.time()).replace(
                        hour=hour, minute=rng.choice((0, 10, 20, 30, 40, 50))
                    )
                )
        day -= timedelta(days=1)
    return sorted(moments)[-cases:]


def _act(rng: random.Random, applicant: ApplicantInput, visit: date, members: list[str]) -> dict:
    wage = rng.choice((0, 0, 70000, 85000, 120000, 150000))
    family = [
        {
            "surname": applicant.surname,
            "name": applicant.name,
            "patronymic": applicant.patronymic,
            "relation": "өтініш беруші / заявитель",
            "birth_date": applicant.birth_date.isoformat() if applicant.birth_date else None,
            "iin": applicant.iin,
            "occupation": "жұмыссыз / не работает" if wage == 0 else "жұмысшы / рабочий",
            "incomes": [{"kind": "wage", "monthly_amount": str(wage)}] if wage else [],
        }
    ]
    for i in range(rng.randint(1, 4)):
        born = date(rng.randint(2008, 2024), rng.randint(1, 12), rng.randint(1, 28))
        family.append(
            {
                "surname": applicant.surname,
                "name": rng.choice(("Айбек", "Аружан", "Нұрсұлтан", "Әсел", "Дана")),
                "relation": "баласы / ребёнок",
                "birth_date": born.isoformat(),
                "iin": make_iin(born, rng.choice("MF"), 3000 + i),
                "occupation": "оқушы / школьник",
                "incomes": [
                    {"kind": "allowance", "monthly_amount": str(rng.choice((0, 9000, 12000)))}
                ],
            }
        )
    for member in family:
        member["incomes"] = [i for i in member["incomes"] if Decimal(i["monthly_amount"]) > 0]
    return {
        "visit_date": visit.isoformat(),
        "place": applicant.address,
        "outcome": "inspected",
        "members_present": members[:3],
        "applicant_address": applicant.address,
        "family": family,
        "dwelling": {
            "type": "жеке үй / частный дом",
            "ownership": "меншік / собственность",
            "rooms": rng.randint(2, 4),
            "area": str(rng.randint(40, 90)),
            "utilities": "электр, пеш / электричество, печь",
            "condition": "қанағаттанарлық / удовлетворительное",
        },
        "plot": {
            "land_area": "0,10",
            "cattle": rng.randint(0, 2),
            "horses": 0,
            "sheep_goats": rng.randint(0, 6),
            "camels": 0,
            "poultry": rng.randint(0, 15),
        },
        "vehicles": "жоқ / нет",
        "remarks": "Отбасы көрсетілген мекенжайда тұрады / Семья проживает по указанному адресу.",
    }


def seed_demo(ctx: AppContext, cases: int = 60, seed: int = 2026, today: date | None = None) -> int:
    """Set up a demo akimat with `cases` applications over the weeks before `today`; returns
    how many were added (0 when the office already exists)."""
    with ctx.session() as s:
        if ctx.is_initialised(s):
            return 0
    init_office(
        ctx,
        role="akimat",
        code=DEMO_CODE,
        name_kk="Қосшы ауылдық округі әкімінің аппараты (демо)",
        name_ru="Аппарат акима Косшынского сельского округа (демо)",
        staff_surname="Сейітова",
        staff_name="Әсел",
        staff_patronymic="Болатқызы",
        staff_login="specialist",
        staff_role="specialist",
    )
    rng = random.Random(seed)
    today = today or date.today()
    moments = _moments(ctx, rng, cases, today)
    start = moments[0].date() - timedelta(days=120)
    set_commission(ctx, "12", start, MEMBERS, valid_from=start)
    set_threshold(ctx, "poverty_line", "35000", date(start.year - 1, 1, 1))
    set_threshold(ctx, "subsistence_minimum", "50000", date(start.year - 1, 1, 1))
    members = [name for name, _ in MEMBERS]
    _add_akim(ctx)
    # Same-day certificates are added afterwards, issued on the spot (see _certificates):
    # a demo full of unissued certificates would only show red rows.
    services = [s for s in ctx.catalogue.accepted() if "akim" in s.routes and not s.same_day]
    cal = ctx.calendar()
    now = datetime.combine(today, datetime.min.time()).replace(hour=17)
    for i, moment in enumerate(moments):
        surname, name, patronymic, sex = person(rng)
        born = date(rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28))
        svc = rng.choice(services)
        refuse = rng.random() < 0.05
        docs = [d.code for d in svc.documents if d.required]
        missing = [docs.pop()] if refuse and docs else []
        applicant = ApplicantInput(
            iin=make_iin(born, sex, serial=1000 + i),
            surname=surname,
            name=name,
            patronymic=patronymic,
            birth_date=born,
            address=address(rng),
            phone=phone(rng),
        )
        result = register(
            ctx,
            IntakeRequest(
                service_code=svc.code,
                applicant=applicant,
                documents=docs,
                missing=missing,
                registered_at=moment,
                allow_duplicate=True,
            ),
        )
        if refuse or not svc.means_tested:
            continue
        referred = cal.add_working_days(moment.date(), 1)
        if datetime.combine(referred, datetime.min.time()) > now:
            continue
        refer(
            ctx,
            result.incoming_number,
            when=datetime.combine(referred, datetime.min.time()).replace(hour=10),
        )
        visit = cal.add_working_days(referred, rng.randint(2, 4))
        if visit < today and rng.random() < 0.8:
            save_act(
                ctx,
                result.incoming_number,
                _act(rng, applicant, visit, members),
                complete=True,
                when=datetime.combine(visit, datetime.min.time()).replace(hour=16),
            )
    _way_back(ctx, rng, today)
    return len(moments) + _certificates(ctx, rng, today)


def _add_akim(ctx: AppContext) -> None:
    """The akim signs certificates and cover letters."""
    with ctx.session() as s:
        me = ctx.self_office(s)
        s.add(
            Staff(
                office_id=me.id,
                login="akim",
                surname="Жұмабаев",
                name="Қайрат",
                patronymic="Серікұлы",
                position_kk="Ауылдық округ әкімі",
                position_ru="Аким сельского округа",
                role="akim",
            )
        )


def _way_back(ctx: AppContext, rng: random.Random, today: date) -> None:
    """The older act-done cases: one acknowledged packet, decisions back, the older half
    issued."""
    from app.issuing import issue_result

    cal = ctx.calendar()
    with ctx.session() as s:
        me = ctx.self_office(s)
        done = list(
            s.scalars(
                select(Application)
                .where(Application.status == "act_done")
                .order_by(Application.registered_at)
            )
        )
        apps = done[: len(done) * 2 // 3]  # the older two thirds went to the district
        if not apps:
            return
        sent = max(a.registered_at for a in apps) + timedelta(days=6)
        sent = min(sent, datetime.combine(today, datetime.min.time()) - timedelta(days=3))
        packet = OutgoingPacket(
            office_id=me.id,
            year=sent.year,
            number=1,
            outgoing_number=f"1/{sent.year}",
            created_at=sent,
            status="acknowledged",
            recipient_code="196400000",
            sent_at=sent,
            acknowledged_at=sent + timedelta(days=2),
        )
        s.add(packet)
        s.flush()
        ctx.set_setting(s, f"outgoing_counter:{me.id}:{sent.year}", 1)
        for a in apps:
            s.add(PacketItem(packet_id=packet.id, application_id=a.id))
            decided = min(cal.add_working_days(sent.date(), rng.randint(1, 2)), today)
            assigned = rng.random() < 0.7
            q_start = date(decided.year, 3 * ((decided.month - 1) // 3) + 1, 1)
            s.add(
                Decision(
                    application_id=a.id,
                    outcome="assigned" if assigned else "refused",
                    number=f"{rng.randint(100, 999)}-ӘК",
                    decided_on=decided,
                    refusal_ground=None
                    if assigned
                    else "Отбасының жан басына шаққандағы табысы кедейлік шегінен асады",
                    refusal_ground_code=None if assigned else "income_above_line",
                    signer="Бөлім басшысы Төлегенова Д.Қ.",
                    amount=Decimal(rng.randrange(8000, 30000, 500)) if assigned else None,
                    period_from=q_start if assigned else None,
                    period_to=(q_start.replace(year=q_start.year + 1) - timedelta(days=1))
                    if assigned
                    else None,
                    recorded_at=datetime.combine(decided, datetime.min.time()).replace(hour=15),
                    bundle_uuid="00000000-0000-4000-8000-000000000000",
                )
            )
            # Everything up to the department's last step is done; issuing is left.
            last_dept = max((st.seq for st in a.steps if st.actor == "department"), default=-1)
            for st in a.steps:
                if st.done_at is None and st.seq <= last_dept:
                    st.started_at = st.started_at or sent
                    st.done_at = datetime.combine(decided, datetime.min.time()).replace(hour=15)
            a.status = "ready_for_issue"
            a.next_due_at = next_due(a)
            a.outcome = "assigned" if assigned else "refused"
            audit.record(
                s,
                entity="application",
                entity_id=a.uuid,
                action="decision_received",
                after={"status": "ready_for_issue", "demo": True},
            )
        numbers = [a.incoming_number for a in apps]
    for number in numbers[: len(numbers) // 2]:
        issue_result(ctx, number, staff_login="specialist")


def _certificates(ctx: AppContext, rng: random.Random, today: date) -> int:
    """A few same-day certificates, issued on the spot (one for a family that receives
    assistance, when the demo has one)."""
    from app.issuing import issue_certificate

    with ctx.session() as s:
        receiving = s.scalars(
            select(Application)
            .join(Decision, Decision.application_id == Application.id)
            .where(Application.service_code == "asp", Decision.outcome == "assigned")
        ).first()
        person_of = receiving.applicant if receiving else None
        known = (
            ApplicantInput(
                iin=person_of.iin,
                surname=person_of.surname,
                name=person_of.name,
                patronymic=person_of.patronymic,
                address=person_of.address,
            )
            if person_of
            else None
        )
    cal = ctx.calendar()
    added = 0
    for i in range(3):
        day = today - timedelta(days=i * 3 + 1)
        while not cal.is_working_day(day):
            day -= timedelta(days=1)
        moment = datetime.combine(day, datetime.min.time()).replace(hour=10 + i, minute=5)
        if i == 0 and known is not None:
            applicant = known
        else:
            surname, name, patronymic, sex = person(rng)
            born = date(rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28))
            applicant = ApplicantInput(
                iin=make_iin(born, sex, serial=5000 + i),
                surname=surname,
                name=name,
                patronymic=patronymic,
                birth_date=born,
                address=address(rng),
            )
        svc = ctx.catalogue.get("asp-certificate")
        result = register(
            ctx,
            IntakeRequest(
                service_code="asp-certificate",
                applicant=applicant,
                documents=[d.code for d in svc.documents if d.required],
                registered_at=moment,
                allow_duplicate=True,
            ),
        )
        # The printed certificate goes to the applicant; the register keeps the issuance.
        with tempfile.TemporaryDirectory() as tmp:
            issue_certificate(
                ctx,
                result.incoming_number,
                Path(tmp) / "certificate.pdf",
                staff_login="specialist",
                when=moment + timedelta(minutes=12),
            )
        added += 1
    return added
