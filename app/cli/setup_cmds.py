"""Foundation commands: init, catalog, deadline, calendar, check-iin, gui."""

from __future__ import annotations

import argparse
import sys

from app.calendar_store import remove_override, set_override, year_days
from app.cli import emit_json, say
from app.cli.common import context, parse_date, parse_datetime, year_arg
from app.deadlines import DeadlineError, compute_deadlines
from app.errors import UserError, current_language
from app.iin import check_iin
from app.intake import service_or_error
from app.office import init_office


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="set up this database's office (once)")
    p.add_argument("--role", required=True, choices=("akimat", "district"))
    p.add_argument("--code", required=True, help="КАТО-style office code, 6–12 digits")
    p.add_argument("--name-kk", required=True)
    p.add_argument("--name-ru", required=True)
    p.add_argument("--staff", help='first staff member: "Surname Name [Patronymic]"')
    p.add_argument("--login", default="admin", help="first staff member's login")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="the first staff member's password from stdin (else: chosen at the first login)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("catalog", help="list the service catalogue")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_catalog)

    p = sub.add_parser("deadline", help="compute the due dates for a registration time")
    p.add_argument("--service", required=True)
    p.add_argument("--channel", default="akim", choices=("akim", "department"))
    p.add_argument("--registered", required=True, help="ISO date-time, e.g. 2026-12-10T10:00")
    p.add_argument("--extension", help="extension code from the catalogue")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_deadline)

    p = sub.add_parser("calendar", help="the working-day calendar and the office's overrides")
    csub = p.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    c = csub.add_parser("list", help="days off and worked weekend days of a year")
    c.add_argument("--year", required=True)
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_calendar_list)
    for name, kind, helptext in (
        ("add-holiday", "holiday", "mark a date as an extra day off"),
        ("add-workday", "workday", "mark a date as a working day (a transferred day)"),
    ):
        c = csub.add_parser(name, help=helptext)
        c.add_argument("date")
        c.add_argument("--note")
        c.set_defaults(handler=cmd_calendar_set, kind=kind)
    c = csub.add_parser("remove", help="remove the office's override for a date")
    c.add_argument("date")
    c.set_defaults(handler=cmd_calendar_remove)

    p = sub.add_parser("check-iin", help="check an ИИН (exit 0 valid, 1 invalid)")
    p.add_argument("iin")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check_iin)

    p = sub.add_parser("gui", help="open the desktop application (the default)")
    p.add_argument("--demo", action="store_true", help="open a demo office with sample cases")
    p.add_argument("--smoke", action="store_true", help="open the main window and exit 0")
    p.set_defaults(handler=cmd_gui)


def cmd_init(args: argparse.Namespace) -> int:
    parts = (args.staff or "").split()
    extra = {}
    if parts:
        if len(parts) < 2:
            raise UserError(
                code="staff-name",
                kk="Қызметкердің тегі мен аты керек",
                ru="Нужны фамилия и имя сотрудника",
                en="The staff member needs a surname and a name",
            )
        extra = {
            "staff_surname": parts[0],
            "staff_name": parts[1],
            "staff_patronymic": " ".join(parts[2:]) or None,
        }
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    with context(args) as ctx:
        info = init_office(
            ctx,
            role=args.role,
            code=args.code,
            name_kk=args.name_kk,
            name_ru=args.name_ru,
            staff_login=args.login,
            staff_password=password,
            **extra,
        )
        if args.json:
            emit_json({**info.to_json(), "home": str(ctx.paths.root)})
        else:
            say(
                f"Кеңсе бапталды: {info.code} {info.name_kk} ({ctx.paths.root})",
                f"Офис настроен: {info.code} {info.name_ru} ({ctx.paths.root})",
                f"Office set up: {info.code} {info.name_ru} ({ctx.paths.root})",
            )
    return 0


def _limit_text(amount: int, unit: str) -> str:
    short = {"minutes": "min", "hours": "h", "working_days": "WD", "calendar_days": "CD"}
    return f"{amount} {short.get(unit, unit)}"


def cmd_catalog(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        cat = ctx.catalogue
        if args.json:
            emit_json(
                {
                    "version": cat.version,
                    "services": [
                        {
                            "code": s.code,
                            "name_kk": s.name.kk,
                            "name_ru": s.name.ru,
                            "accepted_here": s.accepted_here,
                            "means_tested": s.means_tested,
                            "same_day": s.same_day,
                            "channels": list(s.channels),
                            "refer_to_kk": s.refer_to.kk if s.refer_to else None,
                            "refer_to_ru": s.refer_to.ru if s.refer_to else None,
                            "routes": {
                                ch: {
                                    "total": {"amount": r.total.amount, "unit": r.total.unit},
                                    "steps": [
                                        {
                                            "code": st.code,
                                            "name_kk": st.name.kk,
                                            "name_ru": st.name.ru,
                                            "actor": st.actor,
                                            "limit": {
                                                "amount": st.limit.amount,
                                                "unit": st.limit.unit,
                                            },
                                            "excluded_from_term": st.excluded_from_term,
                                        }
                                        for st in r.steps
                                    ],
                                    "extensions": [e.code for e in r.extensions],
                                }
                                for ch, r in s.routes.items()
                            },
                            "documents": [
                                {
                                    "code": d.code,
                                    "name_kk": d.name.kk,
                                    "name_ru": d.name.ru,
                                    "required": d.required,
                                }
                                for d in s.documents
                            ],
                            "result_types": [r.code for r in s.result_types],
                            "refusal_grounds": [g.code for g in s.refusal_grounds],
                            "legal_basis": [lb.seed for lb in s.legal_basis],
                        }
                        for s in cat.services
                    ],
                }
            )
            return 0
        lang = current_language()
        for s in cat.services:
            name = s.name.kk if lang == "kk" else s.name.ru
            if s.accepted_here:
                terms = ", ".join(
                    f"{ch}: {_limit_text(r.total.amount, r.total.unit)}"
                    for ch, r in s.routes.items()
                )
                print(f"{s.code:<20} {name}  [{terms}]")
            else:
                refer = (s.refer_to.kk if lang == "kk" else s.refer_to.ru) if s.refer_to else ""
                print(f"{s.code:<20} {name}  → {refer}")
    return 0


def cmd_deadline(args: argparse.Namespace) -> int:
    registered = parse_datetime(args.registered)
    with context(args) as ctx:
        service = service_or_error(ctx, args.service)
        try:
            plan = compute_deadlines(
                service, args.channel, registered, ctx.calendar(), extension=args.extension
            )
        except DeadlineError as exc:
            raise UserError(code="deadline", kk=str(exc), ru=str(exc), en=str(exc)) from exc
    if args.json:
        emit_json(plan.to_json())
        return 0
    lang = current_language()
    say(
        f"{service.name.kk}: тіркелді {registered:%d.%m.%Y %H:%M}, мерзімі {plan.due:%d.%m.%Y}",
        f"{service.name.ru}: зарегистрировано {registered:%d.%m.%Y %H:%M}, срок {plan.due:%d.%m.%Y}",
        f"{service.code}: registered {registered:%Y-%m-%d %H:%M}, due {plan.due:%Y-%m-%d}",
    )
    for sd in plan.steps:
        name = sd.step.name.kk if lang == "kk" else sd.step.name.ru
        limit = _limit_text(sd.step.limit.amount, sd.step.limit.unit)
        print(f"  {sd.due:%Y-%m-%d %H:%M}  {limit:>7}  {name}")
    return 0


def cmd_calendar_list(args: argparse.Namespace) -> int:
    year = year_arg(args.year)
    with context(args) as ctx:
        days = year_days(ctx, year)
    if args.json:
        emit_json({"year": year, "days": [d.to_json() for d in days]})
        return 0
    for d in days:
        mark = "*" if d.override else " "
        kind = "off " if d.kind == "day_off" else "work"
        print(f"{d.day.isoformat()} {d.day:%a} {kind}{mark} {d.reason}")
    return 0


def cmd_calendar_set(args: argparse.Namespace) -> int:
    day = parse_date(args.date)
    with context(args) as ctx:
        set_override(ctx, day, args.kind, args.note)
    if args.kind == "holiday":
        say(f"{day:%d.%m.%Y} демалыс күні болды", f"{day:%d.%m.%Y} отмечен выходным днём")
    else:
        say(f"{day:%d.%m.%Y} жұмыс күні болды", f"{day:%d.%m.%Y} отмечен рабочим днём")
    return 0


def cmd_calendar_remove(args: argparse.Namespace) -> int:
    day = parse_date(args.date)
    with context(args) as ctx:
        removed = remove_override(ctx, day)
    if not removed:
        raise UserError(
            code="no-override",
            kk=f"{day:%d.%m.%Y} күніне кеңсе өзгерісі жоқ",
            ru=f"Для {day:%d.%m.%Y} нет изменения офиса",
            en=f"No office override for {day}",
        )
    say(f"{day:%d.%m.%Y}: өзгеріс алынды", f"{day:%d.%m.%Y}: изменение удалено")
    return 0


def cmd_check_iin(args: argparse.Namespace) -> int:
    result = check_iin(args.iin)
    lang = current_language()
    if args.json:
        emit_json(result.to_json())
    else:
        for p in result.errors:
            print(getattr(p, lang), file=sys.stderr)
        for p in result.warnings:
            print(getattr(p, lang))
        if result.valid:
            say("ЖСН дұрыс", "ИИН верен", "IIN is valid")
    return 0 if result.valid else 1


def cmd_gui(args: argparse.Namespace) -> int:
    # Imported here: the CLI must work (and start fast) on machines without a display.
    from ui.main import run_gui

    return run_gui(home=args.home, demo=args.demo, smoke=args.smoke, login=args.user)
