"""The way back on the command line: import bundles, the delivery picture, decisions, return
bundles, issuing the result and the same-day certificate."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.bundle import SUFFIX
from app.cli import emit_json, say
from app.cli.common import context, parse_date
from app.errors import UserError, current_language


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bundles", help="delivery of bundles: per office, gaps, unacknowledged")
    bsub = p.add_subparsers(dest="bundles_command", metavar="ACTION", required=True)
    b = bsub.add_parser("status", help="last bundle, gaps and unacknowledged, per office")
    b.add_argument("--json", action="store_true")
    b.set_defaults(handler=cmd_bundles_status)

    p = sub.add_parser("decision", help="the district's decisions on cases")
    dsub = p.add_subparsers(dest="decision_command", metavar="ACTION", required=True)
    d = dsub.add_parser("record", help="record a notice of assignment or a reasoned refusal")
    d.add_argument("case", metavar="NUMBER", help="the office's incoming number, e.g. 17/2026")
    d.add_argument("--office", help="the office's code, when several offices use the number")
    d.add_argument("--outcome", required=True, choices=("assigned", "refused"))
    d.add_argument("--number", required=True, help="the decision's number")
    d.add_argument("--date", required=True, help="the decision's date (2026-12-10 or 10.12.2026)")
    d.add_argument("--ground", help="refusal ground, in words")
    d.add_argument("--ground-code", help="refusal ground code from the service's list")
    d.add_argument("--signer", help="who signed: position, surname and initials")
    d.add_argument("--amount", help="assigned amount per month, tenge")
    d.add_argument("--from", dest="period_from", help="assigned from (date)")
    d.add_argument("--to", dest="period_to", help="assigned until (date)")
    d.add_argument("--pdf", type=Path, help="the signed decision as a PDF made elsewhere")
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=cmd_decision_record)
    d = dsub.add_parser("print", help="print the decision (PDF)")
    d.add_argument("case", metavar="NUMBER")
    d.add_argument("--office")
    d.add_argument("--out", type=Path, required=True)
    d.set_defaults(handler=cmd_decision_print)
    d = dsub.add_parser("waiting", help="cases waiting for a decision, most urgent first")
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=cmd_decision_waiting)
    d = dsub.add_parser("grounds", help="the refusal grounds of a service")
    d.add_argument("service")
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=cmd_decision_grounds)

    p = sub.add_parser("return", help="the district's return bundle to one office")
    rsub = p.add_subparsers(dest="return_command", metavar="ACTION", required=True)
    r = rsub.add_parser("export", help="receipts and decisions for one office, as a bundle")
    r.add_argument("--office", required=True, help="the akim's office code")
    r.add_argument("--out", type=Path, required=True, help="folder (USB stick) to write to")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=cmd_return_export)

    p = sub.add_parser("issue", help="hand the district's result to the applicant; closes it")
    p.add_argument("case", metavar="NUMBER")
    p.add_argument("--to", help="who received it (default: the applicant or representative)")
    p.add_argument("--out", type=Path, help="print the issue receipt (PDF) here")
    p.add_argument("--docx", type=Path, help="the receipt as DOCX too")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_issue)

    p = sub.add_parser("certificate", help="same-day certificate of belonging to АСП recipients")
    p.add_argument("case", metavar="NUMBER")
    p.add_argument("--out", type=Path, required=True, help="the certificate (PDF)")
    p.add_argument("--docx", type=Path, help="the certificate as DOCX too")
    p.add_argument("--to", help="who received it (default: the applicant)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_certificate)


def add_bundle_import(bsub: argparse._SubParsersAction) -> None:
    """`bundle import` sits next to `bundle verify` (app/cli/keys_cmds.py)."""
    b = bsub.add_parser(
        "import", help="import bundles: files or folders of .qbl (exit 0 all in, 1 any refused)"
    )
    b.add_argument("files", nargs="+", type=Path, metavar="FILE")
    b.add_argument("--json", action="store_true")
    b.set_defaults(handler=cmd_bundle_import)
    b = bsub.add_parser(
        "inbox", help="import the bundles waiting in the inbox folder, then move them aside"
    )
    where = b.add_mutually_exclusive_group()
    where.add_argument("--set-folder", type=Path, metavar="DIR", help="use DIR as the inbox")
    where.add_argument(
        "--default-folder", action="store_true", help="use the data folder's inbox again"
    )
    b.add_argument("--json", action="store_true")
    b.set_defaults(handler=cmd_bundle_inbox)


def cmd_bundle_inbox(args: argparse.Namespace) -> int:
    from app.inbox import inbox_dir, scan_inbox, set_inbox_dir, unsettled_files

    with context(args) as ctx:
        if args.set_folder is not None or args.default_folder:
            set_inbox_dir(ctx, None if args.default_folder else args.set_folder.resolve())
        reports = scan_inbox(ctx, staff_login=args.user)
        folder, waiting = inbox_dir(ctx), unsettled_files(ctx)
    if args.json:
        emit_json(
            {
                "inbox": str(folder),
                "imports": [r.to_json() for r in reports],
                "waiting": [p.name for p in waiting],
            }
        )
    else:
        lang = current_language()
        for r in reports:
            stream = sys.stdout if r.ok else sys.stderr
            print(f"{r.file.name}: {r.text(lang)}", file=stream)
        if waiting:
            say(
                f"Әлі жазылып жатыр, келесі жолы: {', '.join(p.name for p in waiting)}",
                f"Ещё записываются, в следующий раз: {', '.join(p.name for p in waiting)}",
                f"Still being written, next time: {', '.join(p.name for p in waiting)}",
            )
        if not reports and not waiting:
            say(
                f"Кіріс қалта бос: {folder}",
                f"Папка входящих пуста: {folder}",
                f"The inbox is empty: {folder}",
            )
    return 0 if all(r.ok for r in reports) else 1


def _expand(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(q for q in p.iterdir() if q.suffix.lower() == SUFFIX and q.is_file())
        else:
            out.append(p)
    if not out:
        raise UserError(
            code="no-bundles",
            kk="Көрсетілген қалталарда .qbl файлдары жоқ.",
            ru="В указанных папках нет файлов .qbl.",
            en="No .qbl files in the given folders.",
        )
    return out


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from app.bundle_import import import_bundles

    with context(args) as ctx:
        reports = import_bundles(ctx, _expand(args.files), staff_login=args.user)
    if args.json:
        emit_json({"imports": [r.to_json() for r in reports]})
    else:
        lang = current_language()
        for r in reports:
            stream = sys.stdout if r.ok else sys.stderr
            print(f"{r.file.name}: {r.text(lang)}", file=stream)
            for rec in r.records:
                if rec.outcome == "refused" and rec.reason:
                    print(f"  {rec.number or rec.uuid}: {rec.reason.get(lang, rec.reason['ru'])}")
    return 0 if all(r.ok for r in reports) else 1


def cmd_bundles_status(args: argparse.Namespace) -> int:
    from app.bundle_status import bundles_status

    with context(args) as ctx:
        status = bundles_status(ctx)
    if args.json:
        emit_json(status)
        return 0
    for o in status["offices"]:
        gaps = ", ".join(map(str, o["gaps"])) or "—"
        print(
            f"{o['office_code']} {o['name_ru']}: last {o['last_sequence'] or '—'}, "
            f"gaps {gaps}, unacknowledged {o['unacknowledged']}, "
            f"waiting {o.get('waiting_decision', 0)}"
        )
    for p in status["packets"]:
        flag = " RESEND" if p["resend"] else ""
        print(f"packet {p['number']}: {p['status']}, {p['age_days']} d{flag}")
    return 0


def _decision_input(args: argparse.Namespace) -> Any:
    from app.district import DecisionInput

    return DecisionInput(
        outcome=args.outcome,
        number=args.number,
        decided_on=parse_date(args.date),
        ground_code=args.ground_code,
        ground_text=args.ground,
        signer=args.signer,
        amount=args.amount,
        period_from=parse_date(args.period_from) if args.period_from else None,
        period_to=parse_date(args.period_to) if args.period_to else None,
        pdf=args.pdf,
    )


def cmd_decision_record(args: argparse.Namespace) -> int:
    from app.district import record_decision

    with context(args) as ctx:
        out = record_decision(
            ctx, args.case, _decision_input(args), office_code=args.office, staff_login=args.user
        )
    if args.json:
        emit_json(out)
    else:
        say(
            f"№ {out['case']} ісі бойынша шешім жазылды: № {out['number']}.",
            f"Решение по делу № {out['case']} записано: № {out['number']}.",
            f"Decision on case No. {out['case']} recorded: No. {out['number']}.",
        )
    return 0


def cmd_decision_print(args: argparse.Namespace) -> int:
    from app.district import decision_pdf

    with context(args) as ctx:
        path = decision_pdf(ctx, args.case, args.out, office_code=args.office)
    print(path)
    return 0


def cmd_decision_waiting(args: argparse.Namespace) -> int:
    from app.district import waiting_for_decision

    with context(args) as ctx:
        rows = waiting_for_decision(ctx)
    if args.json:
        emit_json({"cases": [r.to_json() for r in rows]})
        return 0
    for r in rows:
        due = f"{r.due_at:%d.%m.%Y}" if r.due_at else "—"
        print(f"{due}  {r.office_code}  {r.number:>10}  {r.applicant}  {r.service_code}")
    return 0


def cmd_decision_grounds(args: argparse.Namespace) -> int:
    from app.intake import service_or_error

    with context(args) as ctx:
        svc = service_or_error(ctx, args.service)
    rows = [{"code": g.code, "kk": g.name.kk, "ru": g.name.ru} for g in svc.refusal_grounds]
    if args.json:
        emit_json({"service": svc.code, "grounds": rows})
    else:
        lang = current_language()
        for g in rows:
            print(f"{g['code']}: {g['kk'] if lang == 'kk' else g['ru']}")
    return 0


def cmd_return_export(args: argparse.Namespace) -> int:
    from app.returns import export_return

    args.out.mkdir(parents=True, exist_ok=True)
    with context(args) as ctx:
        result = export_return(ctx, args.office, args.out, staff_login=args.user)
    if args.json:
        emit_json(result.to_json())
    else:
        b = result.bundle
        say(
            f"{b.path} жазылды: растау {result.acknowledgements}, шешім {result.decisions}.",
            f"Записан {b.path}: подтверждений {result.acknowledgements}, "
            f"решений {result.decisions}.",
            f"Wrote {b.path}: {result.acknowledgements} receipts, {result.decisions} decisions.",
        )
        print(f"SHA-256: {b.fingerprint}")
    return 0


def cmd_issue(args: argparse.Namespace) -> int:
    from app.issuing import issue_result

    with context(args) as ctx:
        result = issue_result(
            ctx, args.case, to=args.to, out=args.out, docx=args.docx, staff_login=args.user
        )
    if args.json:
        emit_json(result.to_json())
    else:
        say(
            f"№ {result.number} нәтижесі берілді: {result.issued_to}. Іс жабылды.",
            f"Результат по № {result.number} выдан: {result.issued_to}. Дело закрыто.",
            f"Result of No. {result.number} issued to {result.issued_to}. Case closed.",
        )
        if result.receipt:
            print(result.receipt)
    return 0


def cmd_certificate(args: argparse.Namespace) -> int:
    from app.issuing import issue_certificate

    with context(args) as ctx:
        result = issue_certificate(
            ctx, args.case, args.out, to=args.to, docx=args.docx, staff_login=args.user
        )
    if args.json:
        emit_json(result.to_json())
    else:
        belongs = result.certificate_belongs
        say(
            f"Анықтама берілді ({result.certificate_quarter}): "
            + ("АӘК алушыларына жатады." if belongs else "АӘК алушыларына жатпайды."),
            f"Справка выдана ({result.certificate_quarter}): "
            + ("относится к получателям АСП." if belongs else "не относится к получателям АСП."),
            f"Certificate issued ({result.certificate_quarter}): "
            + ("belongs to АСП recipients." if belongs else "does not belong."),
        )
        print(result.receipt)
    return 0
