"""Setting up the office this database belongs to (akimat or district)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from app import audit, users
from app.context import AppContext
from app.errors import UserError
from db.models import Office, Staff

ROLES = ("akimat", "district")
STAFF_ROLES = ("specialist", "akim", "district_clerk", "admin")
_CODE = re.compile(r"^\d{6,12}$")


@dataclass(frozen=True)
class OfficeInfo:
    role: str
    code: str
    name_kk: str
    name_ru: str

    def to_json(self) -> dict[str, str]:
        return {
            "role": self.role,
            "code": self.code,
            "name_kk": self.name_kk,
            "name_ru": self.name_ru,
        }


def _err(kk: str, ru: str, en: str, code: str = "office") -> UserError:
    return UserError(kk=kk, ru=ru, en=en, code=code)


def init_office(
    ctx: AppContext,
    *,
    role: str,
    code: str,
    name_kk: str,
    name_ru: str,
    staff_surname: str = "Әкімшісі",
    staff_name: str = "Жүйе",
    staff_patronymic: str | None = None,
    staff_login: str = "admin",
    staff_role: str | None = None,
    staff_password: str | None = None,
) -> OfficeInfo:
    """Create this database's own office and its first staff member (once only).

    Without `staff_password` the first staff member has none: the desktop app asks for one
    at the first login.
    """
    if role not in ROLES:
        raise _err(
            f"Рөл белгісіз: {role} (akimat немесе district)",
            f"Неизвестная роль: {role} (akimat или district)",
            f"Unknown role: {role} (akimat or district)",
        )
    if not _CODE.match(code):
        raise _err(
            f"Кеңсе коды 6–12 цифрдан тұруы керек (ӘАОЖ/КАТО): {code}",
            f"Код офиса должен состоять из 6–12 цифр (КАТО): {code}",
            f"The office code must be 6–12 digits (KATO): {code}",
        )
    if not name_kk.strip() or not name_ru.strip():
        raise _err(
            "Кеңсенің атауы қазақша және орысша берілуі керек",
            "Название офиса нужно указать на казахском и русском",
            "The office name is required in Kazakh and in Russian",
        )
    if staff_password is not None:
        users.check_password(staff_password, staff_login)
    with ctx.session() as s:
        existing = s.scalar(select(Office).where(Office.is_self.is_(True)))
        if existing is not None:
            raise _err(
                f"Бұл дерекқор бапталған: {existing.code} {existing.name_kk}",
                f"Эта база уже настроена: {existing.code} {existing.name_ru}",
                f"This database is already set up: {existing.code} {existing.name_ru}",
                code="already-initialised",
            )
        office = Office(
            role=role, code=code, name_kk=name_kk.strip(), name_ru=name_ru.strip(), is_self=True
        )
        s.add(office)
        s.flush()
        staff = Staff(
            office_id=office.id,
            login=staff_login,
            surname=staff_surname,
            name=staff_name,
            patronymic=staff_patronymic,
            role=staff_role or ("akim" if role == "akimat" else "district_clerk"),
            password_hash=users.hash_password(staff_password) if staff_password else None,
        )
        s.add(staff)
        s.flush()
        info = OfficeInfo(role, code, office.name_kk, office.name_ru)
        audit.record(
            s,
            entity="office",
            entity_id=office.id,
            action="init",
            staff_id=staff.id,
            after=info.to_json(),
        )
        audit.record(
            s,
            entity="staff",
            entity_id=staff.id,
            action="add",
            staff_id=staff.id,
            after={
                "login": staff.login,
                "name": staff.short_name,
                "role": staff.role,
                "password": staff.password_hash is not None,
            },
        )
    return info


def office_info(ctx: AppContext) -> OfficeInfo:
    with ctx.session() as s:
        o = ctx.self_office(s)
        return OfficeInfo(o.role, o.code, o.name_kk, o.name_ru)
