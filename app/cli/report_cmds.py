"""The report to the district: `report --from D --to D --format pdf|docx|xlsx|json --out FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import emit_json, say
from app.cli.common import context, parse_date
from app.errors import UserError
from app.reports import FORMATS, build_report, write_report


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report", help="the report on applications registered in a period (PDF, DOCX, XLSX, JSON)"
    )
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
    p.add_argument("--office", help="at the district: one office's code (default: all)")
    p.add_argument(
        "--format", choices=FORMATS, help="default: from the file's extension (json for -)"
    )
    p.add_argument("--out", required=True, help="the file to write; - prints the JSON")
    p.set_defaults(handler=cmd_report)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.out == "-":
        return "json"
    suffix = Path(args.out).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise UserError(
        code="bad-format",
        kk=f"Пішімді көрсетіңіз (--format {'|'.join(FORMATS)}): {args.out}",
        ru=f"Укажите формат (--format {'|'.join(FORMATS)}): {args.out}",
        en=f"Give the format (--format {'|'.join(FORMATS)}): {args.out}",
    )


def _out(text: str) -> Path:
    out = Path(text)
    if not out.parent.exists():
        raise UserError(
            code="no-folder",
            kk=f"Мұндай қалта жоқ: {out.parent}",
            ru=f"Нет такой папки: {out.parent}",
            en=f"No such folder: {out.parent}",
        )
    if out.is_dir():
        raise UserError(
            code="bad-output",
            kk=f"Бұл қалта, файл емес: {out}",
            ru=f"Это папка, а не файл: {out}",
            en=f"That is a folder, not a file: {out}",
        )
    return out


def cmd_report(args: argparse.Namespace) -> int:
    fmt = _format(args)
    date_from, date_to = parse_date(args.date_from), parse_date(args.date_to)
    if args.out == "-":
        if fmt != "json":
            raise UserError(
                code="bad-output",
                kk="Экранға тек JSON шығарылады: --format json --out -",
                ru="На экран выводится только JSON: --format json --out -",
                en="Only JSON can go to the screen: --format json --out -",
            )
        with context(args) as ctx:
            report = build_report(ctx, date_from, date_to, office_code=args.office)
        emit_json(report.to_json())
        return 0
    out = _out(args.out)
    with context(args) as ctx:
        write_report(ctx, date_from, date_to, fmt, out, office_code=args.office)
    say(f"Есеп: {out}", f"Отчет: {out}", f"Report: {out}")
    return 0
