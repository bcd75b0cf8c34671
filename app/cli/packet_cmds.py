"""Outgoing packets: packet ready|create|list|print|export|outbox|mailto.

`packet export` prints the bundle's file name and its fingerprint, the same two lines the
reprinted cover letter carries. A progress line goes to stderr when stderr is a terminal.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import emit_json, say
from app.cli.common import context
from app.errors import UserError, current_language
from app.packets import (
    create_packet,
    export_packet,
    list_packets,
    mailto_url,
    outbox,
    print_packet,
    ready_cases,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("packet", help="outgoing packets to the district department")
    psub = p.add_subparsers(dest="packet_command", metavar="ACTION", required=True)

    c = psub.add_parser("ready", help="cases ready to be sent")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_ready)

    c = psub.add_parser("create", help="a new packet of ready cases")
    c.add_argument("--ready", action="store_true", help="every ready case")
    c.add_argument("numbers", nargs="*", default=[], metavar="NUMBER", help="e.g. 15/2026")
    c.add_argument("--to", help="the district office's code (when several are trusted)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_create)

    c = psub.add_parser("list", help="every packet, newest first")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_list)

    c = psub.add_parser("print", help="the cover letter and transfer list")
    c.add_argument("packet", metavar="ID", help="packet id or outgoing number (12/2026)")
    c.add_argument("--out", required=True, type=Path, help="PDF file")
    c.add_argument("--docx", type=Path, help="also an editable DOCX")
    c.set_defaults(handler=cmd_print)

    c = psub.add_parser("export", help="write the signed, encrypted bundle (.qbl)")
    c.add_argument("packet", metavar="ID")
    c.add_argument("--out", required=True, type=Path, help="folder or removable drive")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_export)

    c = psub.add_parser("outbox", help="packets sent and not yet acknowledged")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_outbox)

    c = psub.add_parser("mailto", help="a mailto: link for sending the packet's file")
    c.add_argument("packet", metavar="ID")
    c.set_defaults(handler=cmd_mailto)


def _name(kk: str, ru: str) -> str:
    return kk if current_language() == "kk" else ru


def cmd_ready(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        cases = ready_cases(ctx)
    if args.json:
        emit_json({"ready": [c.to_json() for c in cases]})
        return 0
    for c in cases:
        print(
            f"{c.number:<12} {c.registered_at:%d.%m.%Y}  {c.applicant_iin}  {c.applicant_name}  "
            f"{_name(c.service.kk, c.service.ru)}"
        )
    say(f"Барлығы: {len(cases)}", f"Всего: {len(cases)}", f"Total: {len(cases)}")
    return 0


def cmd_create(args: argparse.Namespace) -> int:
    if args.ready == bool(args.numbers):
        raise UserError(
            code="no-cases",
            kk="Істердің нөмірлерін немесе --ready көрсетіңіз (екеуін бірге емес)",
            ru="Укажите номера дел или --ready (но не то и другое)",
            en="Give case numbers or --ready (not both)",
        )
    with context(args) as ctx:
        info = create_packet(
            ctx, None if args.ready else args.numbers, args.to, staff_login=args.user
        )
    if args.json:
        emit_json(info.to_json())
        return 0
    n = len(info.cases)
    say(
        f"№ {info.outgoing_number} шығыс пакеті жасалды (id {info.id}): істер саны {n}, "
        f"алушы {info.recipient_code}.",
        f"Создан исходящий пакет № {info.outgoing_number} (id {info.id}): дел {n}, "
        f"получатель {info.recipient_code}.",
        f"Outgoing packet No. {info.outgoing_number} created (id {info.id}): {n} cases, "
        f"to {info.recipient_code}.",
    )
    print(" ".join(info.cases))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        packets = list_packets(ctx)
    if args.json:
        emit_json({"packets": [p.to_json() for p in packets]})
        return 0
    for p in packets:
        sent = f"{p.sent_at:%d.%m.%Y}" if p.sent_at else "—"
        print(
            f"{p.id:<5} {p.outgoing_number:<10} {p.created_at:%d.%m.%Y}  {p.status:<12} "
            f"{sent:<10} {len(p.cases):>4}  {p.file_name or ''}"
        )
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        out = print_packet(ctx, args.packet, args.out, args.docx)
    say(f"Басып шығаруға дайын: {out}", f"Готово к печати: {out}", f"Ready to print: {out}")
    if args.docx:
        print(args.docx)
    return 0


def _progress() -> object:
    if not sys.stderr.isatty():
        return None
    last = [-1]

    def show(done: int, total: int) -> None:
        pct = done * 100 // max(total, 1)
        if pct != last[0]:
            last[0] = pct
            print(f"\r{pct:3d} %", end="", file=sys.stderr, flush=True)

    return show


def cmd_export(args: argparse.Namespace) -> int:
    progress = _progress()
    with context(args) as ctx:
        result = export_packet(
            ctx,
            args.packet,
            args.out,
            progress=progress,  # type: ignore[arg-type]
            staff_login=args.user,
        )
    if progress is not None:
        print(file=sys.stderr)
    if args.json:
        emit_json(result.to_json())
        return 0
    if result.resent:
        say(
            "Пакет бұрын жіберілген: сол файл қайта жазылды (сол UUID, сол нөмір).",
            "Пакет уже отправлялся: записан тот же файл (тот же UUID и номер).",
            "The packet was sent before: the same file was written again (same UUID, number).",
        )
    say(f"Файл: {result.path}", f"Файл: {result.path}", f"File: {result.path}")
    say(
        f"Саусақ ізі (SHA-256): {result.fingerprint}",
        f"Отпечаток (SHA-256): {result.fingerprint}",
        f"Fingerprint (SHA-256): {result.fingerprint}",
    )
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        entries = outbox(ctx)
    if args.json:
        emit_json({"outbox": [e.to_json() for e in entries]})
        return 0
    for e in entries:
        mailed = f"{e.emailed_at:%d.%m.%Y}" if e.emailed_at else "—"
        line = (
            f"{e.packet_id:<5} {e.outgoing_number:<10} {e.sent_at:%d.%m.%Y}  "
            f"{e.age_days:>3} d  {mailed:<10} {e.file_name or ''}"
        )
        if e.last_error:
            line += f"  ! {e.last_error}"
        print(line)
    return 0


def cmd_mailto(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        print(mailto_url(ctx, args.packet))
    return 0
