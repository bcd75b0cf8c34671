"""Intake commands: intake, talon, register, journal."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cases import talon_data
from app.cli import emit_json, say
from app.cli.common import context, parse_date, parse_datetime
from app.errors import UserError, current_language
from app.intake import STATUSES, ApplicantInput, IntakeRequest, check_intake, find_application
from app.intake import register as register_application
from app.printing import journal_data
from app.register import OUTCOMES as REGISTER_OUTCOMES
from app.register import RegisterFilter, count, fetch


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("intake", help="register an application and print its number")
    p.add_argument("--service", required=True)
    p.add_argument("--iin", required=True)
    p.add_argument("--surname", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--patronymic")
    p.add_argument("--birth-date")
    p.add_argument("--phone")
    p.add_argument("--address")
    p.add_argument("--doc", action="append", default=[], help="a document brought (repeat)")
    p.add_argument("--missing", action="append", default=[], help="a missing document (repeat)")
    p.add_argument("--representative", help="representative's full name")
    p.add_argument("--representative-iin")
    p.add_argument("--poa", help="power of attorney: number and date")
    p.add_argument("--channel", default="akim", choices=("akim", "department"))
    p.add_argument("--registered", help="ISO date-time (default: now)")
    p.add_argument("--allow-duplicate", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_intake)

    p = sub.add_parser("register", help="list the register (search, filter)")
    p.add_argument("--search", default="")
    p.add_argument("--service")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--due-today", action="store_true", help="due before today ends, not overdue")
    p.add_argument("--office", help="at the district: the akim's office code")
    p.add_argument("--outcome", choices=REGISTER_OUTCOMES)
    p.add_argument("--sort", default="registered")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_register)

    p = sub.add_parser("talon", help="print the talon (or refusal receipt) of an application")
    p.add_argument("number", help="journal number: 15/2026, or 15 for the latest year")
    p.add_argument("--out", required=True, help="PDF file to write")
    p.add_argument("--docx", help="also write a DOCX file")
    p.set_defaults(handler=cmd_talon)

    p = sub.add_parser("journal", help="the registration journal for a period (PDF or XLSX)")
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
    p.add_argument("--out", required=True, help="FILE.pdf or FILE.xlsx")
    p.set_defaults(handler=cmd_journal)


def cmd_intake(args: argparse.Namespace) -> int:
    req = IntakeRequest(
        service_code=args.service,
        applicant=ApplicantInput(
            iin=args.iin,
            surname=args.surname,
            name=args.name,
            patronymic=args.patronymic,
            birth_date=parse_date(args.birth_date) if args.birth_date else None,
            address=args.address,
            phone=args.phone,
        ),
        documents=args.doc,
        missing=args.missing,
        channel=args.channel,
        registered_at=parse_datetime(args.registered) if args.registered else None,
        representative_name=args.representative,
        representative_iin=args.representative_iin,
        representative_poa=args.poa,
        allow_duplicate=args.allow_duplicate,
        staff_login=args.user,
    )
    with context(args) as ctx:
        check = check_intake(ctx, req)
        if check.errors:
            raise check.errors[0]
        lang = current_language()
        for w in check.warnings:
            if w.code != "duplicate":
                print(f"qabyldau: {w.message(lang)}", flush=True)
        result = register_application(ctx, req)
    if args.json:
        emit_json(result.to_json())
    elif result.status == "refused_to_accept":
        say(
            f"№ {result.incoming_number}: қабылдаудан бас тартылды, жетіспейді: "
            + "; ".join(result.missing),
            f"№ {result.incoming_number}: отказ в приеме, не хватает: " + "; ".join(result.missing),
        )
    else:
        due = result.due_at.strftime("%d.%m.%Y") if result.due_at else "—"
        say(
            f"№ {result.incoming_number} тіркелді, нәтиже мерзімі {due}",
            f"№ {result.incoming_number} зарегистрировано, срок результата {due}",
            f"No. {result.incoming_number} registered, result due {due}",
        )
    return 0


def _output_path(text: str, suffixes: tuple[str, ...]) -> Path:
    out = Path(text)
    if out.suffix.lower() not in suffixes:
        wanted = " / ".join(suffixes)
        raise UserError(
            code="bad-output",
            kk=f"Файл кеңейтімі {wanted} болуы керек: {text}",
            ru=f"Расширение файла должно быть {wanted}: {text}",
            en=f"The file must end in {wanted}: {text}",
        )
    if not out.parent.exists():
        raise UserError(
            code="no-folder",
            kk=f"Мұндай қалта жоқ: {out.parent}",
            ru=f"Нет такой папки: {out.parent}",
            en=f"No such folder: {out.parent}",
        )
    return out


def cmd_talon(args: argparse.Namespace) -> int:
    from forms.talon import render_talon_docx, render_talon_pdf

    out = _output_path(args.out, (".pdf",))
    docx = _output_path(args.docx, (".docx",)) if args.docx else None
    with context(args) as ctx:
        with ctx.session() as s:
            app_id = find_application(s, args.number).id
        data = talon_data(ctx, app_id)
    render_talon_pdf(data, out)
    if docx:
        render_talon_docx(data, docx)
    say(f"Талон: {out}", f"Талон: {out}", f"Talon: {out}")
    return 0


def cmd_journal(args: argparse.Namespace) -> int:
    from forms.journal import render_journal_pdf, render_journal_xlsx

    out = _output_path(args.out, (".pdf", ".xlsx"))
    date_from, date_to = parse_date(args.date_from), parse_date(args.date_to)
    if date_to < date_from:
        raise UserError(
            code="bad-period",
            kk="Кезеңнің соңы басынан бұрын",
            ru="Конец периода раньше начала",
            en="The period ends before it starts",
        )
    with context(args) as ctx, ctx.session() as s:
        data = journal_data(ctx, s, date_from, date_to)
    if out.suffix.lower() == ".xlsx":
        render_journal_xlsx(data, out)
    else:
        render_journal_pdf(data, out)
    say(
        f"Журнал: {out} ({len(data.rows)} жол)",
        f"Журнал: {out} ({len(data.rows)} строк)",
        f"Journal: {out} ({len(data.rows)} rows)",
    )
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    flt = RegisterFilter(
        text=args.search,
        service=args.service,
        status=args.status,
        date_from=parse_date(args.date_from) if args.date_from else None,
        date_to=parse_date(args.date_to) if args.date_to else None,
        overdue_only=args.overdue,
        due_today=args.due_today,
        office_code=args.office,
        outcome=args.outcome,
    )
    with context(args) as ctx, ctx.session() as s:
        rows = fetch(s, flt, sort=args.sort, limit=args.limit)
        total = count(s, flt)
    if args.json:
        emit_json({"total": total, "rows": [r.to_json() for r in rows]})
        return 0
    for r in rows:
        due = r.next_due_at.strftime("%d.%m.%Y") if r.next_due_at else ""
        print(
            f"{r.number:>10}  {r.registered_at:%d.%m.%Y %H:%M}  {r.iin}  {r.applicant:<40}"
            f"  {r.service_code:<18} {r.status:<18} {due}"
        )
    say(f"Барлығы: {total}", f"Всего: {total}", f"Total: {total}")
    return 0
