"""Data generators for the benchmarks: a big register written in bulk with sqlite-utils.

Going through `app.intake.register` for 200,000 cases would take an hour and measure the
generator, not the program; bulk rows with the same shape (search and sort keys included)
are what the register screen reads.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import sqlite_utils

from app.collation import kazakh_sort_key
from app.context import AppContext
from app.iin import make_iin
from app.names import address, person, phone
from app.office import init_office
from app.textnorm import search_fold

SERVICES = ["asp", "social-aid-local", "child-allowance", "fuel-aid", "asp-certificate"]
STATUSES = ["registered", "at_commission", "act_done", "sent", "ready_for_issue", "issued"]


def build_register(home: Path, applications: int, seed: int = 7) -> Path:
    """A data folder with an initialised office and `applications` cases; returns the db path."""
    ctx = AppContext(home)
    with ctx.session() as s:
        initialised = ctx.is_initialised(s)
    if not initialised:
        init_office(
            ctx,
            role="akimat",
            code="196435100",
            name_kk="Қосшы ауылдық округі әкімінің аппараты",
            name_ru="Аппарат акима Косшынского сельского округа",
            staff_surname="Сейітова",
            staff_name="Әсел",
        )
    ctx.close()
    db = sqlite_utils.Database(home / "qabyldau.sqlite")
    if db["application"].count >= applications:
        return home / "qabyldau.sqlite"
    rng = random.Random(seed)
    people = []
    seen: set[str] = set()
    n_people = int(applications * 0.75)
    serial = 0
    while len(people) < n_people:
        surname, name, patronymic, sex = person(rng)
        born = date(rng.randint(1950, 2006), rng.randint(1, 12), rng.randint(1, 28))
        serial += 1
        iin = make_iin(born, sex, serial=serial % 9999)
        if iin in seen:
            continue
        seen.add(iin)
        full = f"{surname} {name} {patronymic}"
        people.append(
            {
                "id": len(people) + 1,
                "iin": iin,
                "surname": surname,
                "name": name,
                "patronymic": patronymic,
                "birth_date": born.isoformat(),
                "address": address(rng),
                "phone": phone(rng),
                "search_key": search_fold(full),
                "sort_key": kazakh_sort_key(full),
                "created_at": "2020-01-01 09:00:00.000000",
                "updated_at": "2020-01-01 09:00:00.000000",
            }
        )
    db["applicant"].insert_all(people, batch_size=5000)
    start = datetime(2019, 1, 9, 9, 0)
    span = (datetime(2026, 11, 20) - start).total_seconds()
    moments = sorted(start + timedelta(seconds=rng.random() * span) for _ in range(applications))
    per_year: dict[int, int] = {}
    rows = []
    for i, moment in enumerate(moments):
        per_year[moment.year] = per_year.get(moment.year, 0) + 1
        number = per_year[moment.year]
        due = moment + timedelta(days=31)
        status = rng.choice(STATUSES)
        rows.append(
            {
                "id": i + 1,
                "uuid": str(uuid.UUID(int=rng.getrandbits(128))),
                "office_id": 1,
                "year": moment.year,
                "number": number,
                "incoming_number": f"{number}/{moment.year}",
                "service_code": rng.choice(SERVICES),
                "channel": "akim",
                "applicant_id": rng.randint(1, n_people),
                "registered_at": moment.strftime("%Y-%m-%d %H:%M:%S.000000"),
                "accepted_by_id": 1,
                "status": status,
                "due_at": due.strftime("%Y-%m-%d %H:%M:%S.000000"),
                "next_due_at": (moment + timedelta(days=rng.randint(1, 31))).strftime(
                    "%Y-%m-%d %H:%M:%S.000000"
                ),
                "updated_at": moment.strftime("%Y-%m-%d %H:%M:%S.000000"),
            }
        )
    db["application"].insert_all(rows, batch_size=5000)
    for year, last in per_year.items():
        db["journal_counter"].upsert(
            {"office_id": 1, "year": year, "last_number": last}, pk=("office_id", "year")
        )
    db.execute("ANALYZE")
    db.conn.commit()
    db.conn.close()
    return home / "qabyldau.sqlite"
