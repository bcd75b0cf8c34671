"""The demo office: a realistic register to try the program on, never the real one.

Cases are spread over the weeks before today; older means-tested cases have gone to the
commission and the oldest have a completed inspection act, as they would in a real office.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from app.commission import refer, save_act, set_commission, set_threshold
from app.context import AppContext
from app.iin import make_iin
from app.intake import ApplicantInput, IntakeRequest, register
from app.names import address, person, phone
from app.office import init_office

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
    # Same-day certificates are left out: they are issued on the spot, which comes with
    # the issuing workflow; a demo full of unissued certificates would only show red rows.
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
    return len(moments)
