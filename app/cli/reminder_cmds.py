"""Quarterly re-confirmation of targeted assistance: `reminders [--quarter Q] [--json]`,
`reminders letters --quarter Q --out FILE.pdf [--docx FILE.docx]` and
`reminders list --quarter Q --out FILE.pdf [--docx FILE.docx]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import emit_json, say
from app.cli.common import context
from app.reminders import Quarter, current_quarter, reminders, write_letters, write_list


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reminders", help="families re-confirming targeted assistance in a quarter")
    p.add_argument("--quarter", help="e.g. 2026-Q4 (default: the current quarter)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list_families)
    rsub = p.add_subparsers(dest="reminders_command", metavar="ACTION")
    for name, handler, help_ in (
        ("letters", cmd_letters, "a reminder letter per family (PDF, optionally DOCX)"),
        ("list", cmd_print_list, "the printed list of the quarter's families"),
    ):
        c = rsub.add_parser(name, help=help_)
        # SUPPRESS: `reminders --quarter Q letters` keeps the quarter given before the action.
        c.add_argument("--quarter", default=argparse.SUPPRESS, help="e.g. 2026-Q4")
        c.add_argument("--out", required=True, type=Path, help="PDF file")
        c.add_argument("--docx", type=Path, help="also an editable DOCX")
        c.set_defaults(handler=handler)


def _quarter(args: argparse.Namespace) -> Quarter:
    text = getattr(args, "quarter", None)
    return Quarter.parse(text) if text else current_quarter()


def cmd_list_families(args: argparse.Namespace) -> int:
    quarter = _quarter(args)
    with context(args) as ctx:
        found = reminders(ctx, quarter)
    if args.json:
        emit_json(
            {
                "quarter": str(quarter),
                "from": quarter.first_day.isoformat(),
                "to": quarter.last_day.isoformat(),
                "families": [r.to_json() for r in found],
            }
        )
        return 0
    for r in found:
        until = f"{r.period_to:%d.%m.%Y}" if r.period_to else "…"
        print(
            f"{r.applicant_iin}  {r.applicant_name:<36} {r.phone or '—':<16} "
            f"№ {r.decision_number} {r.decided_on:%d.%m.%Y}  "
            f"{r.period_from:%d.%m.%Y}–{until}  {r.address or '—'}"
        )
    label = quarter.label()
    say(
        f"{label.kk}: отбасылар саны {len(found)}",
        f"{label.ru}: семей {len(found)}",
        f"{quarter}: {len(found)} families",
    )
    return 0


def cmd_letters(args: argparse.Namespace) -> int:
    quarter = _quarter(args)
    with context(args) as ctx:
        path = write_letters(ctx, quarter, args.out, args.docx, staff_login=args.user)
    print(path)
    if args.docx:
        print(args.docx)
    return 0


def cmd_print_list(args: argparse.Namespace) -> int:
    quarter = _quarter(args)
    with context(args) as ctx:
        path = write_list(ctx, quarter, args.out, args.docx, staff_login=args.user)
    print(path)
    if args.docx:
        print(args.docx)
    return 0
