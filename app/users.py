"""Staff accounts: passwords, roles and what each role may do, logging in and locking out.

Passwords are hashed with scrypt (memory-hard: guessing costs memory as well as time, so a
stolen database file is slow to attack even on a graphics card) and compared in constant
time. Five wrong passwords in a row lock the account for a quarter of an hour; both numbers,
and the idle time after which the window locks itself, are office settings.

Staff created before passwords existed (or by `qabyldau init`) have no password: the CLI lets
them act as before, and the desktop app asks them to choose one before it lets them in.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.context import AppContext
from app.errors import NotFoundError, UserError
from db.models import Staff

# --- roles and permissions -------------------------------------------------------------------

ROLES = ("specialist", "akim", "district_clerk", "admin")

# What each permission lets a person do, as a refusal names it (kk, ru, en).
PERMISSION_NAMES: dict[str, tuple[str, str, str]] = {
    "intake": ("өтініштерді тіркеу", "регистрировать заявления", "register applications"),
    "acts": ("тексеру актілерін жасау", "составлять акты обследования", "draw up acts"),
    "issue": ("нәтижені беру", "выдавать результат", "issue results"),
    "signoff": ("әкімнің қол қоюы", "подписывать за акима", "sign off as the akim"),
    "packets": (
        "шығыс пакеттерді жасау және жіберу",
        "формировать и отправлять пакеты",
        "make and send outgoing packets",
    ),
    "settings": (
        "кеңсе баптауларын өзгерту",
        "менять настройки офиса",
        "change the office's settings",
    ),
    "users": ("қызметкерлерді басқару", "управлять сотрудниками", "manage staff accounts"),
    "import": ("бумаларды қабылдау", "принимать пакеты", "import bundles"),
    "decisions": ("шешімдерді тіркеу", "регистрировать решения", "record decisions"),
    "return": ("жауап бумаларын жіберу", "отправлять ответные пакеты", "send return bundles"),
}

_AKIMAT_WORK = {"intake", "acts", "issue"}

# The one table of who may do what. A district department has no akim in this program:
# its clerk runs the district's computer, so the clerk also keeps its settings and accounts
# (the first staff member `init` creates at a district is a district_clerk).
PERMISSIONS: dict[str, set[str]] = {
    "specialist": set(_AKIMAT_WORK),
    "akim": _AKIMAT_WORK | {"signoff", "packets", "settings", "users"},
    "district_clerk": {"import", "decisions", "return", "settings", "users"},
    "admin": set(PERMISSION_NAMES),
}

ROLE_NAMES: dict[str, tuple[str, str]] = {
    "specialist": ("маман", "специалист"),
    "akim": ("әкім", "аким"),
    "district_clerk": ("аудан қызметкері", "сотрудник района"),
    "admin": ("әкімші", "администратор"),
}

# --- the lock-out policy (office settings) ------------------------------------------------------

MAX_FAILURES_KEY = "login_max_failures"
LOCK_MINUTES_KEY = "login_lock_minutes"
IDLE_MINUTES_KEY = "idle_lock_minutes"
DEFAULT_MAX_FAILURES = 5
DEFAULT_LOCK_MINUTES = 15
DEFAULT_IDLE_MINUTES = 15

# --- password hashing ------------------------------------------------------------------------

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
MIN_PASSWORD_LENGTH = 6
LOGIN_RE = re.compile(r"^[A-Za-z0-9._\-]{1,60}$")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    # maxmem: OpenSSL's default (32 MiB) is just too small for n=2**14, r=8 with its overhead.
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=64 * 1024 * 1024
    )


def hash_password(password: str) -> str:
    """`scrypt$n$r$p$salt$hash`, salt and hash in base64: the parameters travel with the hash
    so they can be raised later without locking anyone out."""
    salt = os.urandom(SALT_BYTES)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str | None) -> bool:
    """True if `password` matches the stored hash; compared in constant time."""
    try:
        scheme, n, r, p, salt_b64, hash_b64 = (stored or "").split("$")
        if scheme != "scrypt":
            return False
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(hash_b64)
        actual = _scrypt(password, salt, int(n), int(r), int(p), len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


@functools.cache
def _dummy_hash() -> str:
    """A hash no password matches, checked against for unknown logins so that the answer
    takes as long as for a known one (nobody learns which logins exist by timing)."""
    return hash_password(os.urandom(12).hex())


# --- errors --------------------------------------------------------------------------------


def _err(code: str, kk: str, ru: str, en: str) -> UserError:
    return UserError(code=code, kk=kk, ru=ru, en=en)


def not_found(login: str) -> NotFoundError:
    return NotFoundError(
        code="no-staff",
        kk=f"Қызметкер табылмады: {login}",
        ru=f"Сотрудник не найден: {login}",
        en=f"No such staff member: {login}",
    )


def _bad_credentials() -> UserError:
    return _err(
        "bad-password",
        "Логин немесе құпиясөз қате.",
        "Неверный логин или пароль.",
        "Wrong login or password.",
    )


def _locked(until: datetime) -> UserError:
    at = until.strftime("%H:%M")
    return _err(
        "account-locked",
        f"Тым көп қате құпиясөз: есептік жазба {at} дейін бұғатталды. Әкім не әкімші оны "
        "ертерек аша алады.",
        f"Слишком много неверных паролей: учётная запись заблокирована до {at}. Аким или "
        "администратор может разблокировать её раньше.",
        f"Too many wrong passwords: the account is locked until {at}. The akim or an "
        "administrator can unlock it sooner.",
    )


def disabled_error(login: str) -> UserError:
    return _err(
        "account-disabled",
        f"Есептік жазба өшірілген: {login}",
        f"Учётная запись отключена: {login}",
        f"The account is disabled: {login}",
    )


# --- who is who -------------------------------------------------------------------------------


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    surname: str
    name: str
    patronymic: str | None
    role: str
    active: bool
    has_password: bool
    failed_logins: int
    locked_until: datetime | None
    short_name: str

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)

    def locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or datetime.now())

    def can(self, permission: str) -> bool:
        return can(self.role, permission)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "login": self.login,
            "surname": self.surname,
            "name": self.name,
            "patronymic": self.patronymic,
            "role": self.role,
            "active": self.active,
            "has_password": self.has_password,
            "failed_logins": self.failed_logins,
            "locked_until": self.locked_until.isoformat() if self.locked_until else None,
        }


def _info(staff: Staff) -> UserInfo:
    return UserInfo(
        staff.id,
        staff.login,
        staff.surname,
        staff.name,
        staff.patronymic,
        staff.role,
        bool(staff.active),
        staff.password_hash is not None,
        staff.failed_logins or 0,
        staff.locked_until,
        staff.short_name,
    )


def can(role: str, permission: str) -> bool:
    """Whether a role may do what `permission` names (see PERMISSIONS)."""
    return permission in PERMISSIONS.get(role, set())


def require(session: Session, staff: Staff | UserInfo | str, permission: str) -> Staff:
    """The staff row if this active person's role allows `permission`, else a refusal that
    says what is not allowed. `staff` may be a row, a UserInfo or a login."""
    if isinstance(staff, str):
        row = session.scalar(select(Staff).where(Staff.login == staff))
    elif isinstance(staff, UserInfo):
        row = session.get(Staff, staff.id)
    else:
        row = staff
    if row is None:
        raise not_found(str(staff))
    if permission not in PERMISSION_NAMES:
        raise ValueError(f"unknown permission {permission!r}")  # a bug, not a user mistake
    if not row.active or not can(row.role, permission):
        kk, ru, en = PERMISSION_NAMES[permission]
        role_kk, role_ru = ROLE_NAMES.get(row.role, (row.role, row.role))
        raise _err(
            "not-permitted",
            f"{row.short_name} ({role_kk}) үшін рұқсат жоқ: {kk}.",
            f"У сотрудника {row.short_name} ({role_ru}) нет права: {ru}.",
            f"{row.login} ({row.role}) is not allowed to {en}.",
        )
    return row


def acting(ctx: AppContext, session: Session, actor: str | None = None) -> Staff:
    """The person acting: `actor`, else the logged-in one, else the first active one."""
    return ctx.current_staff(session, actor)


def _find(session: Session, login: str) -> Staff:
    staff = session.scalar(select(Staff).where(Staff.login == login))
    if staff is None:
        raise not_found(login)
    return staff


def list_users(ctx: AppContext) -> list[UserInfo]:
    """Every staff account, active ones first, then by surname."""
    with ctx.session() as s:
        rows = s.scalars(select(Staff).order_by(Staff.active.desc(), Staff.surname, Staff.id))
        return [_info(r) for r in rows]


def get_user(ctx: AppContext, login: str) -> UserInfo:
    with ctx.session() as s:
        return _info(_find(s, login))


# --- the lock-out policy ------------------------------------------------------------------------


@dataclass(frozen=True)
class LockPolicy:
    max_failures: int = DEFAULT_MAX_FAILURES
    lock_minutes: int = DEFAULT_LOCK_MINUTES
    idle_minutes: int = DEFAULT_IDLE_MINUTES  # 0: the window never locks itself

    def to_json(self) -> dict[str, int]:
        return {
            "max_failures": self.max_failures,
            "lock_minutes": self.lock_minutes,
            "idle_minutes": self.idle_minutes,
        }


def _int_setting(ctx: AppContext, s: Session, key: str, default: int) -> int:
    value = ctx.get_setting(s, key, default)
    return value if isinstance(value, int) and value >= 0 else default


def _policy(ctx: AppContext, s: Session) -> LockPolicy:
    return LockPolicy(
        max(1, _int_setting(ctx, s, MAX_FAILURES_KEY, DEFAULT_MAX_FAILURES)),
        _int_setting(ctx, s, LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES),
        _int_setting(ctx, s, IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES),
    )


def lock_policy(ctx: AppContext) -> LockPolicy:
    with ctx.session() as s:
        return _policy(ctx, s)


def set_lock_policy(
    ctx: AppContext,
    *,
    max_failures: int | None = None,
    lock_minutes: int | None = None,
    idle_minutes: int | None = None,
    actor: str | None = None,
) -> LockPolicy:
    """Change the lock-out numbers (akim or administrator); each change is audited."""
    checks = (
        (max_failures, MAX_FAILURES_KEY, 1, 100),
        (lock_minutes, LOCK_MINUTES_KEY, 1, 24 * 60),
        (idle_minutes, IDLE_MINUTES_KEY, 0, 24 * 60),
    )
    for value, key, low, high in checks:
        if value is not None and not low <= value <= high:
            raise _err(
                "bad-policy",
                f"{key}: {low}…{high} аралығындағы сан керек, берілгені {value}",
                f"{key}: нужно число от {low} до {high}, указано {value}",
                f"{key}: needs a number from {low} to {high}, got {value}",
            )
    with ctx.session() as s:
        staff = require(s, acting(ctx, s, actor), "settings")
        for value, key, _low, _high in checks:
            before = ctx.get_setting(s, key)
            if value is not None and value != before:
                ctx.set_setting(s, key, value)
                audit.record(
                    s,
                    entity="setting",
                    entity_id=key,
                    action="set",
                    staff_id=staff.id,
                    before=before,
                    after=value,
                )
        s.flush()
        return _policy(ctx, s)


# --- accounts ------------------------------------------------------------------------------------


def check_password(password: str, login: str) -> None:
    """Refuse a password too short to stand a few guesses, or the login itself."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise _err(
            "weak-password",
            f"Құпиясөз кемінде {MIN_PASSWORD_LENGTH} таңбадан тұруы керек.",
            f"Пароль должен быть не короче {MIN_PASSWORD_LENGTH} символов.",
            f"The password must be at least {MIN_PASSWORD_LENGTH} characters long.",
        )
    if password.strip().lower() == login.lower():
        raise _err(
            "weak-password",
            "Құпиясөз логинмен бірдей болмауы керек.",
            "Пароль не должен совпадать с логином.",
            "The password must not be the login.",
        )


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise _err(
            "bad-role",
            f"Рөл белгісіз: {role} ({', '.join(ROLES)})",
            f"Неизвестная роль: {role} ({', '.join(ROLES)})",
            f"Unknown role: {role} ({', '.join(ROLES)})",
        )


def add_user(
    ctx: AppContext,
    *,
    login: str,
    surname: str,
    name: str,
    role: str,
    patronymic: str | None = None,
    password: str | None = None,
    actor: str | None = None,
) -> UserInfo:
    """A new staff account (akim or administrator). Without a password the person chooses
    one at their first login."""
    login = login.strip()
    if not LOGIN_RE.match(login):
        raise _err(
            "bad-login",
            f"Логин латын әріптері мен цифрлардан тұруы керек: {login!r}",
            f"Логин — латинские буквы и цифры: {login!r}",
            f"A login is Latin letters and digits: {login!r}",
        )
    surname, name = " ".join(surname.split()), " ".join(name.split())
    if not surname or not name:
        raise _err(
            "staff-name",
            "Қызметкердің тегі мен аты керек",
            "Нужны фамилия и имя сотрудника",
            "The staff member needs a surname and a name",
        )
    _check_role(role)
    if password is not None:
        check_password(password, login)
    hashed = hash_password(password) if password is not None else None
    with ctx.session() as s:
        actor_row = require(s, acting(ctx, s, actor), "users")
        if s.scalar(select(Staff.id).where(Staff.login == login)) is not None:
            raise _err(
                "login-taken",
                f"Бұл логин бос емес: {login}",
                f"Такой логин уже есть: {login}",
                f"This login is taken: {login}",
            )
        staff = Staff(
            office_id=ctx.self_office(s).id,
            login=login,
            surname=surname,
            name=name,
            patronymic=" ".join(patronymic.split()) if patronymic else None,
            role=role,
            password_hash=hashed,
            active=True,
            failed_logins=0,
        )
        s.add(staff)
        s.flush()
        audit.record(
            s,
            entity="staff",
            entity_id=staff.id,
            action="add",
            staff_id=actor_row.id,
            after={
                "login": login,
                "name": staff.short_name,
                "role": role,
                "password": hashed is not None,
            },
        )
        return _info(staff)


def _store_password(staff: Staff, password: str) -> None:
    check_password(password, staff.login)
    staff.password_hash = hash_password(password)
    staff.failed_logins = 0
    staff.locked_until = None


def set_password(
    ctx: AppContext, login: str, password: str, *, actor: str | None = None
) -> UserInfo:
    """A new password: one's own, or anyone's for the akim or an administrator (which also
    unlocks the account)."""
    check_password(password, login)
    with ctx.session() as s:
        me = acting(ctx, s, actor)
        staff = _find(s, login)
        if staff.id != me.id:
            require(s, me, "users")
        _store_password(staff, password)
        audit.record(
            s,
            entity="staff",
            entity_id=staff.id,
            action="password",
            staff_id=me.id,
            after={"login": staff.login},
        )
        return _info(staff)


def set_initial_password(ctx: AppContext, login: str, password: str) -> UserInfo:
    """The first password of an account that has none (made before passwords existed, or
    by `init`): the login screen asks for it before letting the person in."""
    check_password(password, login)
    with ctx.session() as s:
        staff = _find(s, login)
        if not staff.active:
            raise disabled_error(staff.login)
        if staff.password_hash is not None:
            raise _err(
                "password-already-set",
                "Бұл қызметкердің құпиясөзі бар.",
                "У этого сотрудника уже есть пароль.",
                "This staff member already has a password.",
            )
        _store_password(staff, password)
        audit.record(
            s,
            entity="staff",
            entity_id=staff.id,
            action="first-password",
            staff_id=staff.id,
            after={"login": staff.login},
        )
        return _info(staff)


def unlock(ctx: AppContext, login: str, *, actor: str | None = None) -> UserInfo:
    """Let a locked-out person try again at once (akim or administrator)."""
    with ctx.session() as s:
        me = require(s, acting(ctx, s, actor), "users")
        staff = _find(s, login)
        before = {
            "failed_logins": staff.failed_logins,
            "locked_until": staff.locked_until.isoformat() if staff.locked_until else None,
        }
        staff.failed_logins = 0
        staff.locked_until = None
        audit.record(
            s,
            entity="staff",
            entity_id=staff.id,
            action="unlock",
            staff_id=me.id,
            before=before,
            after={"failed_logins": 0, "locked_until": None},
        )
        return _info(staff)


def set_active(ctx: AppContext, login: str, active: bool, *, actor: str | None = None) -> UserInfo:
    """Disable an account (the person can no longer log in; their records keep their name)
    or enable it again. Nobody disables themselves, so someone who manages accounts is always
    left."""
    with ctx.session() as s:
        me = require(s, acting(ctx, s, actor), "users")
        staff = _find(s, login)
        if staff.active == active:
            return _info(staff)
        if not active and staff.id == me.id:
            raise _err(
                "disable-self",
                "Өз есептік жазбаңызды өшіруге болмайды.",
                "Нельзя отключить собственную учётную запись.",
                "You cannot disable your own account.",
            )
        staff.active = active
        audit.record(
            s,
            entity="staff",
            entity_id=staff.id,
            action="enable" if active else "disable",
            staff_id=me.id,
            before={"active": not active},
            after={"active": active},
        )
        return _info(staff)


def disable(ctx: AppContext, login: str, *, actor: str | None = None) -> UserInfo:
    return set_active(ctx, login, False, actor=actor)


# --- logging in ---------------------------------------------------------------------------------


def authenticate(
    ctx: AppContext, login: str, password: str, *, now: datetime | None = None
) -> UserInfo:
    """The staff member if the password is theirs. A wrong one counts towards the lock-out;
    the count and the lock are committed even though the login is refused."""
    now = (now or datetime.now()).replace(microsecond=0)
    refusal: UserError
    with ctx.session() as s:
        policy = _policy(ctx, s)
        staff = s.scalar(select(Staff).where(Staff.login == login))
        if staff is None:
            verify_password(password, _dummy_hash())
            raise _bad_credentials()
        if not staff.active:
            raise disabled_error(staff.login)
        if staff.password_hash is None:
            raise _err(
                "password-not-set",
                f"{staff.short_name} әлі құпиясөз таңдамаған: алдымен оны орнатыңыз.",
                f"{staff.short_name} ещё не выбрал(а) пароль: сначала задайте его.",
                f"{staff.login} has no password yet: set one first.",
            )
        if staff.locked_until is not None and staff.locked_until > now:
            raise _locked(staff.locked_until)
        if verify_password(password, staff.password_hash):
            staff.failed_logins = 0
            staff.locked_until = None
            return _info(staff)
        staff.failed_logins = (staff.failed_logins or 0) + 1
        if staff.failed_logins >= policy.max_failures:
            staff.locked_until = now + timedelta(minutes=policy.lock_minutes)
            staff.failed_logins = 0
            audit.record(
                s,
                entity="staff",
                entity_id=staff.id,
                action="lock",
                staff_id=staff.id,
                after={"login": staff.login, "locked_until": staff.locked_until.isoformat()},
                at=now,
            )
            refusal = _locked(staff.locked_until)
        else:
            left = policy.max_failures - staff.failed_logins
            refusal = _err(
                "bad-password",
                f"Құпиясөз қате. Есептік жазба бұғатталғанға дейін {left} әрекет қалды.",
                f"Неверный пароль. До блокировки учётной записи осталось попыток: {left}.",
                f"Wrong password. {left} attempt(s) left before the account is locked.",
            )
    raise refusal
