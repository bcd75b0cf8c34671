"""Staff accounts: user add|list|passwd|unlock|disable|enable|policy, and the CLI's login.

The CLI acts as `--user LOGIN` (default: the first active staff member). When that person has
a password, `log_in` asks for it before any command touches the office's data: from
QABYLDAU_PASSWORD (scripts), else a hidden prompt on the terminal. Someone without a password
(made by `init`, or before passwords existed) acts as before.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sqlite3
import sys
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError

from app import users
from app.cli import emit_json, say
from app.cli.common import context
from app.context import AppContext, configured_database_url
from app.errors import UserError
from app.paths import HomePaths, default_home
from db.models import Staff

PASSWORD_ENV = "QABYLDAU_PASSWORD"
USER_ENV = "QABYLDAU_USER"
# Commands that touch no staff member's work and no personal data, or log in their own way.
NO_LOGIN = frozenset({"init", "gui", "check-iin", "catalog", "deadline", "selftest"})


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("user", help="staff accounts, passwords and roles")
    usub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    c = usub.add_parser("add", help="a new staff account (akim or administrator)")
    c.add_argument("login")
    c.add_argument("--surname", required=True)
    c.add_argument("--name", required=True)
    c.add_argument("--patronymic")
    c.add_argument("--role", required=True, choices=users.ROLES)
    c.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of stdin (else: chosen at first login)",
    )
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_add)

    c = usub.add_parser("list", help="every staff account")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_list)

    c = usub.add_parser("passwd", help="set a password (one's own, or anyone's for the akim)")
    c.add_argument("login")
    c.add_argument("--password-stdin", action="store_true")
    c.set_defaults(handler=cmd_passwd)

    for name, helptext in (
        ("unlock", "let a locked-out staff member log in again at once"),
        ("disable", "stop an account from logging in (its records keep the name)"),
        ("enable", "let a disabled account log in again"),
    ):
        c = usub.add_parser(name, help=helptext)
        c.add_argument("login")
        c.set_defaults(handler=cmd_state, action=name)

    c = usub.add_parser("policy", help="lock-out after wrong passwords, idle lock of the window")
    c.add_argument("--max-failures", type=int, help="wrong passwords before the lock (5)")
    c.add_argument("--lock-minutes", type=int, help="how long the lock lasts (15)")
    c.add_argument("--idle-minutes", type=int, help="idle time before the window locks (15; 0 off)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_policy)


# --- the CLI's login ---------------------------------------------------------------------------


def _acting_password(login: str) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"{login}: ")
    raise UserError(
        code="password-required",
        kk=f"{login} құпиясөзі керек: оны {PASSWORD_ENV} айнымалысында беріңіз.",
        ru=f"Нужен пароль сотрудника {login}: передайте его в переменной {PASSWORD_ENV}.",
        en=f"{login} has a password: give it in {PASSWORD_ENV}.",
    )


def log_in(args: argparse.Namespace) -> str | None:
    """Authenticate the acting staff member; returns their login (None when the office is not
    set up yet, or the command needs nobody)."""
    if args.command in NO_LOGIN:
        return None
    root = Path(args.home) if args.home else default_home()
    if not HomePaths(root).database.exists() and configured_database_url(root) is None:
        return None  # nothing to log into: the command itself says what is missing
    try:
        ctx = AppContext(root)
    except (UserError, DatabaseError, sqlite3.DatabaseError):
        # A database that cannot be opened has no staff to check; `backup restore` and
        # `integrity check` must still run to repair it, and every other command fails
        # on its own with the same message.
        if args.command in ("backup", "integrity"):
            return None
        raise
    with ctx:
        with ctx.session() as s:
            if not ctx.is_initialised(s):
                return None
            if args.user:
                staff = s.scalar(select(Staff).where(Staff.login == args.user))
            else:
                staff = ctx.current_staff(s)
            if staff is None:
                raise users.not_found(args.user)
            login, active = staff.login, staff.active
            has_password = staff.password_hash is not None
        if not active:
            raise users.disabled_error(login)
        if has_password:
            users.authenticate(ctx, login, _acting_password(login))
    return login


# --- commands --------------------------------------------------------------------------------


def _read_new_password(args: argparse.Namespace, login: str) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UserError(
            code="password-required",
            kk="Жаңа құпиясөзді --password-stdin арқылы беріңіз.",
            ru="Передайте новый пароль через --password-stdin.",
            en="Give the new password with --password-stdin.",
        )
    first = getpass.getpass(f"{login}: new password: ")
    if getpass.getpass(f"{login}: again: ") != first:
        raise UserError(
            code="password-mismatch",
            kk="Құпиясөздер сәйкес келмейді.",
            ru="Пароли не совпадают.",
            en="The passwords do not match.",
        )
    return first


def cmd_add(args: argparse.Namespace) -> int:
    password = _read_new_password(args, args.login) if args.password_stdin else None
    with context(args) as ctx:
        info = users.add_user(
            ctx,
            login=args.login,
            surname=args.surname,
            name=args.name,
            patronymic=args.patronymic,
            role=args.role,
            password=password,
            actor=args.user,
        )
    if args.json:
        emit_json(info.to_json())
    elif info.has_password:
        say(
            f"Қызметкер қосылды: {info.login} ({info.short_name})",
            f"Сотрудник добавлен: {info.login} ({info.short_name})",
            f"Staff member added: {info.login} ({info.short_name})",
        )
    else:
        say(
            f"Қызметкер қосылды: {info.login}. Құпиясөзді бірінші кіргенде таңдайды.",
            f"Сотрудник добавлен: {info.login}. Пароль он выберет при первом входе.",
            f"Staff member added: {info.login}. They choose a password at their first login.",
        )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        rows = users.list_users(ctx)
    if args.json:
        emit_json({"users": [u.to_json() for u in rows]})
        return 0
    for u in rows:
        flags = []
        if not u.active:
            flags.append("disabled")
        if not u.has_password:
            flags.append("no password")
        if u.locked():
            flags.append(f"locked until {u.locked_until:%H:%M}")
        print(f"{u.login:<16} {u.role:<15} {u.full_name}  {' '.join(f'[{f}]' for f in flags)}")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    password = _read_new_password(args, args.login)
    with context(args) as ctx:
        users.set_password(ctx, args.login, password, actor=args.user)
    say(
        f"{args.login}: құпиясөз өзгертілді",
        f"{args.login}: пароль изменён",
        f"{args.login}: password changed",
    )
    return 0


def cmd_state(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        if args.action == "unlock":
            users.unlock(ctx, args.login, actor=args.user)
            say(f"{args.login}: бұғат алынды", f"{args.login}: разблокирован", None)
        else:
            users.set_active(ctx, args.login, args.action == "enable", actor=args.user)
            if args.action == "enable":
                say(f"{args.login}: қосылды", f"{args.login}: включён", None)
            else:
                say(f"{args.login}: өшірілді", f"{args.login}: отключён", None)
    return 0


def cmd_policy(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        if (args.max_failures, args.lock_minutes, args.idle_minutes) != (None, None, None):
            policy = users.set_lock_policy(
                ctx,
                max_failures=args.max_failures,
                lock_minutes=args.lock_minutes,
                idle_minutes=args.idle_minutes,
                actor=args.user,
            )
        else:
            policy = users.lock_policy(ctx)
    if args.json:
        emit_json(policy.to_json())
    else:
        say(
            f"{policy.max_failures} қате құпиясөзден кейін {policy.lock_minutes} минутқа "
            f"бұғатталады; терезе {policy.idle_minutes} минут әрекетсіздіктен кейін құлыпталады",
            f"Блокировка на {policy.lock_minutes} мин после {policy.max_failures} неверных "
            f"паролей; окно блокируется после {policy.idle_minutes} мин бездействия",
            f"Locked for {policy.lock_minutes} min after {policy.max_failures} wrong "
            f"passwords; the window locks after {policy.idle_minutes} idle min",
        )
    return 0
