"""The demo office: a realistic register to try the program on, never the real one."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from app.context import AppContext
from app.iin import make_iin
from app.intake import ApplicantInput, IntakeRequest, register
from app.names import address, person, phone
from app.office import init_office

DEMO_CODE = "196435100"


def seed_demo(ctx: AppContext, cases: int = 60, seed: int = 2026, today: date | None = None) -> int:
    """Set up a demo akimat with `cases` applications over the last weeks; returns how many
    were added (0 when the demo office already exists)."""
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
    services = [s for s in ctx.catalogue.accepted() if "akim" in s.routes]
    start = datetime.combine(today - timedelta(days=45), datetime.min.time())
    cal = ctx.calendar()
    moments: list[datetime] = []
    day = start.date()
    while len(moments) < cases and day <= today:
        if cal.is_working_day(day):
            for _ in range(rng.randint(0, 3)):
                moments.append(
                    datetime.combine(day, datetime.min.time())
                    + timedelta(
                        hours=rng.randint(9, 17), minutes=rng.choice((0, 10, 20, 30, 40, 50))
                    )
                )
        day += timedelta(days=1)
    moments = sorted(moments)[:cases]
    added = 0
    for i, moment in enumerate(moments):
        surname, name, patronymic, sex = person(rng)
        born = date(rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28))
        svc = rng.choice(services)
        refuse = rng.random() < 0.05
        docs = [d.code for d in svc.documents if d.required]
        missing: list[str] = []
        if refuse and docs:
            missing = [docs.pop()]
        register(
            ctx,
            IntakeRequest(
                service_code=svc.code,
                applicant=ApplicantInput(
                    iin=make_iin(born, sex, serial=1000 + i),
                    surname=surname,
                    name=name,
                    patronymic=patronymic,
                    birth_date=born,
                    address=address(rng),
                    phone=phone(rng),
                ),
                documents=docs,
                missing=missing,
                registered_at=moment,
                allow_duplicate=True,
            ),
        )
        added += 1
    return added
