"""Staff accounts: scrypt hashes, roles and permissions, lock-out, and the `user` commands."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app import packets, users
from app import settings as office_settings
from app.calendar_store import set_override
from app.context import AppContext
from app.errors import UserError
from app.office import init_office
from db.models import AuditEvent, Staff
from tests.test_cli import OFFICE

ROOT = Path(__file__).resolve().parent.parent
CODE = "196435100"
NAME_KK = "Қосшы ауылдық округі әкімінің аппараты"
NAME_RU = "Аппарат акима Косшынского сельского округа"
NOW = datetime(2026, 12, 10, 10, 0)


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    """An akim's office whose first staff member (the akim, no password) acts, plus a
    specialist with a password."""
    with AppContext(home) as c:
        init_office(
            c,
            role="akimat",
            code=CODE,
            name_kk=NAME_KK,
            name_ru=NAME_RU,
            staff_surname="Жұмабаев",
            staff_name="Қайрат",
            staff_login="akim",
        )
        users.add_user(
            c,
            login="aseitova",
            surname="Сейітова",
            name="Әсел",
            patronymic="Болатқызы",
            role="specialist",
            password="құпия-сөз-1",
        )
        yield c


def _refused(code: str, call, *args, **kwargs) -> UserError:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as err:
        call(*args, **kwargs)
    assert err.value.code == code, (err.value.code, err.value.en)
    return err.value


# --- hashing ----------------------------------------------------------------------------------


def test_password_hash_is_salted_scrypt_in_the_documented_format() -> None:
    first, second = users.hash_password("Әсел-2026"), users.hash_password("Әсел-2026")
    assert first != second  # a fresh random salt each time
    scheme, n, r, p, salt, digest = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(digest)) == 32
    assert users.verify_password("Әсел-2026", first)
    assert users.verify_password("Әсел-2026", second)
    assert not users.verify_password("Әсел-2027", first)
    assert not users.verify_password("", first)
    for broken in (None, "", "plain-text", "md5$x$y", first.replace("scrypt", "bcrypt")):
        assert not users.verify_password("Әсел-2026", broken)


def test_weak_passwords_are_refused(ctx: AppContext) -> None:
    _refused("weak-password", users.check_password, "12345", "aseitova")
    _refused("weak-password", users.check_password, "Aseitova", "aseitova")
    users.check_password("123456", "aseitova")
    _refused("weak-password", users.set_password, ctx, "aseitova", "short", actor="aseitova")


# --- logging in and locking out ----------------------------------------------------------------


def test_authenticate_accepts_the_right_password_only(ctx: AppContext) -> None:
    info = users.authenticate(ctx, "aseitova", "құпия-сөз-1", now=NOW)
    assert (info.login, info.role, info.short_name) == ("aseitova", "specialist", "Сейітова Ә.Б.")
    err = _refused("bad-password", users.authenticate, ctx, "aseitova", "wrong", now=NOW)
    assert "4" in err.ru  # attempts left before the lock
    # An unknown login gets the same answer as a wrong password.
    _refused("bad-password", users.authenticate, ctx, "nobody", "құпия-сөз-1", now=NOW)
    # The akim made by init has no password: asked to set one first.
    _refused("password-not-set", users.authenticate, ctx, "akim", "", now=NOW)


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(ctx: AppContext) -> None:
    for i in range(4):
        _refused("bad-password", users.authenticate, ctx, "aseitova", f"wrong{i}", now=NOW)
    # Each failure was committed although the login was refused.
    assert users.get_user(ctx, "aseitova").failed_logins == 4
    err = _refused("account-locked", users.authenticate, ctx, "aseitova", "wrong4", now=NOW)
    assert "10:15" in err.ru and "10:15" in err.kk
    assert users.get_user(ctx, "aseitova").locked_until == NOW + timedelta(minutes=15)
    # Locked: even the right password is refused until the lock ends.
    later = NOW + timedelta(minutes=14)
    _refused("account-locked", users.authenticate, ctx, "aseitova", "құпия-сөз-1", now=later)
    assert users.authenticate(ctx, "aseitova", "құпия-сөз-1", now=NOW + timedelta(minutes=15))
    after = users.get_user(ctx, "aseitova")
    assert after.failed_logins == 0 and after.locked_until is None
    with ctx.session() as s:
        lock = s.scalars(select(AuditEvent).where(AuditEvent.action == "lock")).one()
        staff_id = s.scalar(select(Staff.id).where(Staff.login == "aseitova"))
    assert lock.entity == "staff" and lock.entity_id == str(staff_id)


def test_the_lock_out_numbers_are_office_settings(ctx: AppContext) -> None:
    assert users.lock_policy(ctx) == users.LockPolicy(5, 15, 15)
    policy = users.set_lock_policy(ctx, max_failures=2, lock_minutes=60, idle_minutes=0)
    assert policy == users.LockPolicy(2, 60, 0)
    _refused("bad-password", users.authenticate, ctx, "aseitova", "x1", now=NOW)
    err = _refused("account-locked", users.authenticate, ctx, "aseitova", "x2", now=NOW)
    assert "11:00" in err.ru
    _refused("bad-policy", users.set_lock_policy, ctx, max_failures=0)
    # Only the akim (or an administrator) changes them.
    _refused("not-permitted", users.set_lock_policy, ctx, idle_minutes=5, actor="aseitova")
    assert users.lock_policy(ctx).idle_minutes == 0


def test_first_password_once_then_only_through_passwd(ctx: AppContext) -> None:
    assert not users.get_user(ctx, "akim").has_password
    users.set_initial_password(ctx, "akim", "әкім-пароль")
    assert users.authenticate(ctx, "akim", "әкім-пароль").login == "akim"
    _refused("password-already-set", users.set_initial_password, ctx, "akim", "басқа-пароль")
    _refused("password-already-set", users.set_initial_password, ctx, "aseitova", "басқа-пароль")


# --- roles and permissions --------------------------------------------------------------------


def test_the_permission_table() -> None:
    assert set(users.PERMISSIONS) == set(users.ROLES)
    assert users.PERMISSIONS["specialist"] == {"intake", "acts", "issue"}
    assert users.PERMISSIONS["akim"] >= users.PERMISSIONS["specialist"] | {
        "signoff",
        "packets",
        "settings",
        "users",
    }
    assert {"import", "decisions", "return"} <= users.PERMISSIONS["district_clerk"]
    assert "packets" not in users.PERMISSIONS["district_clerk"]
    assert users.PERMISSIONS["admin"] == set(users.PERMISSION_NAMES)
    for role, perms in users.PERMISSIONS.items():
        assert perms <= set(users.PERMISSION_NAMES), role


def test_require_refuses_in_both_languages(ctx: AppContext) -> None:
    with ctx.session() as s:
        assert users.require(s, "akim", "packets").login == "akim"
        err = _refused("not-permitted", users.require, s, "aseitova", "packets")
        assert "Сейітова Ә.Б." in err.ru and "маман" in err.kk and "пакет" in err.ru
        with pytest.raises(ValueError):
            users.require(s, "akim", "no-such-permission")


def test_only_the_akim_manages_accounts(ctx: AppContext) -> None:
    _refused(
        "not-permitted",
        users.add_user,
        ctx,
        login="second",
        surname="Екінші",
        name="Маман",
        role="specialist",
        actor="aseitova",
    )
    added = users.add_user(ctx, login="second", surname="Екінші", name="Маман", role="specialist")
    assert not added.has_password and added.active
    _refused("login-taken", users.add_user, ctx, login="second", surname="А", name="Б", role="akim")
    _refused("bad-role", users.add_user, ctx, login="x1", surname="А", name="Б", role="boss")
    _refused("bad-login", users.add_user, ctx, login="Әсел", surname="А", name="Б", role="akim")
    _refused("not-permitted", users.unlock, ctx, "second", actor="aseitova")
    _refused("not-permitted", users.disable, ctx, "second", actor="aseitova")
    with ctx.session() as s:
        assert s.scalar(select(Staff).where(Staff.login == "second")).active


def test_passwd_own_or_by_the_akim_who_also_unlocks(ctx: AppContext) -> None:
    users.set_password(ctx, "aseitova", "жаңа-пароль", actor="aseitova")
    assert users.authenticate(ctx, "aseitova", "жаңа-пароль")
    users.add_user(ctx, login="second", surname="Екінші", name="Маман", role="specialist")
    _refused("not-permitted", users.set_password, ctx, "second", "пароль-123", actor="aseitova")
    for i in range(5):
        with pytest.raises(UserError):
            users.authenticate(ctx, "aseitova", f"wrong{i}")
    assert users.get_user(ctx, "aseitova").locked()
    users.set_password(ctx, "aseitova", "ещё-пароль")  # by the akim
    assert not users.get_user(ctx, "aseitova").locked()
    assert users.authenticate(ctx, "aseitova", "ещё-пароль")


def test_unlock_and_disable(ctx: AppContext) -> None:
    for i in range(5):
        with pytest.raises(UserError):
            users.authenticate(ctx, "aseitova", f"wrong{i}")
    users.unlock(ctx, "aseitova")
    assert users.authenticate(ctx, "aseitova", "құпия-сөз-1")
    users.disable(ctx, "aseitova")
    _refused("account-disabled", users.authenticate, ctx, "aseitova", "құпия-сөз-1")
    assert [u.login for u in users.list_users(ctx)] == ["akim", "aseitova"]  # active first
    _refused("disable-self", users.disable, ctx, "akim")
    users.set_active(ctx, "aseitova", True)
    assert users.authenticate(ctx, "aseitova", "құпия-сөз-1")


def test_an_administrator_may_disable_the_akim(ctx: AppContext) -> None:
    users.add_user(ctx, login="admin2", surname="Әкімші", name="Жүйе", role="admin")
    users.disable(ctx, "akim", actor="admin2")
    assert not users.get_user(ctx, "akim").active
    # The disabled akim acts no more: not even the person a bare CLI would pick by default.
    _refused("account-disabled", users.authenticate, ctx, "akim", "")
    with ctx.session() as s:
        assert ctx.current_staff(s).login == "aseitova"


# --- permission checks at the entry points -----------------------------------------------------


def test_packets_are_the_akims(ctx: AppContext, tmp_path: Path) -> None:
    ctx.staff_login = "aseitova"
    _refused("not-permitted", packets.create_packet, ctx)
    # Refused before the packet is even looked up, so before any file is written.
    _refused("not-permitted", packets.export_packet, ctx, 999, tmp_path / "usb")
    assert not (tmp_path / "usb").exists()
    smtp = packets.SmtpSettings(host="smtp.kz", port=587, user="u", sender="a@kz", to="d@kz")
    _refused("not-permitted", packets.save_smtp_settings, ctx, smtp)
    ctx.staff_login = "akim"
    _refused("no-district", packets.create_packet, ctx)  # allowed: it goes on to the recipient


def test_office_settings_are_the_akims_the_language_anybodys(ctx: AppContext) -> None:
    ctx.staff_login = "aseitova"
    hours = (time(8, 0), time(17, 0), time(12, 0), time(13, 0))
    _refused("not-permitted", office_settings.save, ctx, hours=hours)
    _refused("not-permitted", office_settings.save, ctx, lang="kk", complaint=("Ә", "Я"))
    assert office_settings.ui_language(ctx) is None  # nothing saved with the refusal
    office_settings.save(ctx, lang="kk")
    assert office_settings.ui_language(ctx) == "kk"
    ctx.staff_login = "akim"
    office_settings.save(ctx, hours=hours)
    assert office_settings.office_hours(ctx).start == time(8, 0)


def test_events_name_the_logged_in_staff_member(ctx: AppContext) -> None:
    ctx.staff_login = "aseitova"
    set_override(ctx, date(2026, 12, 31), "holiday")  # a workflow that names nobody itself
    ctx.staff_login = "akim"
    office_settings.save(ctx, hours=(time(8, 0), time(17, 0), time(12, 0), time(13, 0)))
    with ctx.session() as s:
        ids = dict(s.execute(select(Staff.login, Staff.id)).all())
        events = {e.entity: e for e in s.scalars(select(AuditEvent))}
    assert events["calendar"].staff_id == ids["aseitova"]
    assert events["setting"].staff_id == ids["akim"]
    assert events["office"].staff_id == ids["akim"]  # init: the first staff member


# --- the CLI ---------------------------------------------------------------------------------


def run(
    home: Path, *args: str, stdin: str | None = None, password: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QABYLDAU_LANG": "ru", "PYTHONPATH": str(ROOT)}
    env.pop("QABYLDAU_PASSWORD", None)
    env.pop("QABYLDAU_USER", None)
    if password is not None:
        env["QABYLDAU_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "app", "--home", str(home), *args],
        input=stdin or "",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def ok(home: Path, *args: str, **kw: str) -> subprocess.CompletedProcess[str]:
    r = run(home, *args, **kw)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    return r


def refused(home: Path, *args: str, **kw: str) -> str:
    r = run(home, *args, **kw)
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    return r.stderr


def test_cli_accounts_passwords_and_lock_out(tmp_path: Path) -> None:
    h = tmp_path
    ok(h, *OFFICE, "--login", "akim")
    # No password yet: the first staff member acts as before, without being asked.
    ok(
        h,
        "user",
        "add",
        "aseit",
        "--surname",
        "Сейітова",
        "--name",
        "Әсел",
        "--role",
        "specialist",
        "--password-stdin",
        stdin="маман-пароль\n",
    )
    listed = json.loads(ok(h, "user", "list", "--json").stdout)["users"]
    assert [(u["login"], u["role"], u["has_password"]) for u in listed] == [
        ("akim", "akim", False),
        ("aseit", "specialist", True),
    ]
    assert set(listed[0]) >= {
        "id",
        "login",
        "surname",
        "name",
        "patronymic",
        "role",
        "active",
        "has_password",
        "failed_logins",
        "locked_until",
    }

    # Someone with a password is asked for it: from QABYLDAU_PASSWORD when not at a terminal.
    assert "QABYLDAU_PASSWORD" in refused(h, "--user", "aseit", "register", "--json")
    assert "Неверный пароль" in refused(
        h, "--user", "aseit", "register", "--json", password="wrong"
    )
    ok(h, "--user", "aseit", "register", "--json", password="маман-пароль")
    # A specialist manages nobody's account.
    err = refused(h, "--user", "aseit", "user", "unlock", "akim", password="маман-пароль")
    assert "нет права" in err and "управлять сотрудниками" in err

    # Five wrong passwords in a row: locked, even with the right one.
    for i in range(5):
        refused(h, "--user", "aseit", "user", "list", password=f"wrong{i}")
    err = refused(h, "--user", "aseit", "user", "list", password="маман-пароль")
    assert "заблокирована до" in err
    ok(h, "user", "unlock", "aseit")
    ok(h, "--user", "aseit", "user", "list", password="маман-пароль")

    # Own password by stdin; the akim's own first password makes the akim ask for it too.
    ok(
        h,
        "--user",
        "aseit",
        "user",
        "passwd",
        "aseit",
        "--password-stdin",
        stdin="жаңа-пароль\n",
        password="маман-пароль",
    )
    ok(h, "--user", "aseit", "user", "list", password="жаңа-пароль")
    ok(h, "user", "passwd", "akim", "--password-stdin", stdin="әкім-пароль\n")
    assert "QABYLDAU_PASSWORD" in refused(h, "user", "list")
    ok(h, "user", "disable", "aseit", password="әкім-пароль")
    assert "отключена" in refused(h, "--user", "aseit", "user", "list", password="жаңа-пароль")
    ok(h, "user", "enable", "aseit", password="әкім-пароль")

    policy = json.loads(
        ok(h, "user", "policy", "--max-failures", "3", "--json", password="әкім-пароль").stdout
    )
    assert policy == {"max_failures": 3, "lock_minutes": 15, "idle_minutes": 15}
    assert "not" not in ok(h, "check-iin", "791028302728").stderr  # no login to check an ИИН

    events = json.loads(
        ok(h, "audit", "show", "--entity", "staff", "--json", password="әкім-пароль").stdout
    )["events"]
    actions = [(e["action"], e["staff_login"]) for e in events]
    assert ("add", "akim") in actions and ("unlock", "akim") in actions
    assert ("password", "aseit") in actions and ("lock", "aseit") in actions
    assert "scrypt" not in json.dumps(events)  # no hash ever goes into the trail


def test_cli_init_can_give_the_first_password(tmp_path: Path) -> None:
    ok(tmp_path, *OFFICE, "--password-stdin", stdin="бірінші-пароль\n")
    assert "QABYLDAU_PASSWORD" in refused(tmp_path, "register")
    ok(tmp_path, "register", password="бірінші-пароль")
    short = tmp_path / "short"
    assert "не короче" in refused(short, *OFFICE, "--password-stdin", stdin="123\n")
    with AppContext(short) as c, c.session() as s:
        assert not c.is_initialised(s)  # refused before anything was written
