"""The audit trail: audit verify|show.

`audit verify` exits 1 when the chain is broken and names the first event that is wrong (or
missing), so a scheduled check can alert someone.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app import audit
from app.cli import emit_json, say
from app.cli.common import context
from app.context import AppContext
from app.errors import current_language
from app.intake import find_application

# What went wrong, in the words the office reads: kk, ru, en (with {id} the event's number).
BROKEN: dict[str, tuple[str, str, str]] = {
    "changed": (
        "№{id} оқиға жазылғаннан кейін өзгертілген",
        "событие №{id} изменено после записи",
        "event #{id} was changed after it was written",
    ),
    "gap": (
        "№{id} оқиғаның алдындағы оқиға өзгертілген немесе жойылған",
        "событие перед №{id} изменено или удалено",
        "the event before #{id} was changed or deleted",
    ),
    "missing-last": (
        "журналдың соңғы оқиғалары жойылған (соңғысы №{id})",
        "последние события журнала удалены (последнее — №{id})",
        "the last events of the trail were deleted (the last was #{id})",
    ),
    "added": (
        "№{id} оқиғадан бастап бағдарламадан тыс жазылған оқиғалар бар",
        "начиная с №{id} есть события, записанные в обход программы",
        "events from #{id} on were written outside the program",
    ),
    "missing-head": (
        "журналдың соңғы оқиғасы туралы жазба жоқ (соңғы оқиға №{id})",
        "нет записи о последнем событии журнала (последнее событие — №{id})",
        "the record of the trail's last event is missing (the last event is #{id})",
    ),
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="the audit trail: check it, read it")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)

    c = asub.add_parser("verify", help="check the hash chain (exit 1 when it is broken)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_verify)

    c = asub.add_parser("show", help="events, oldest first")
    c.add_argument("--entity", help="application, act, packet, setting, staff, office, …")
    c.add_argument(
        "--id", dest="entity_id", help="the entity's id (an application: its number 12/2026)"
    )
    c.add_argument("--limit", type=int, help="only the newest N events")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_show)


def cmd_verify(args: argparse.Namespace) -> int:
    with context(args) as ctx, ctx.session() as s:
        report = audit.verify_chain(s)
    if args.json:
        emit_json(report.to_json())
    if report.ok:
        if not args.json:
            say(
                f"Аудит журналы бүтін: {report.events} оқиға",
                f"Журнал аудита цел: событий {report.events}",
                f"The audit trail is intact: {report.events} events",
            )
        return 0
    kk, ru, en = BROKEN.get(report.code or "changed", BROKEN["changed"])
    text = {"kk": kk, "ru": ru}.get(current_language(), en).format(id=report.broken_at)
    lead = {"kk": "Аудит журналы бұзылған", "ru": "Журнал аудита нарушен"}.get(
        current_language(), "The audit trail is broken"
    )
    print(f"qabyldau: {lead}: {text}", file=sys.stderr)
    return 1


def _entity_id(ctx: AppContext, entity: str | None, entity_id: str | None) -> str | None:
    """An application may be named by its journal number; its events are filed by uuid."""
    if entity == "application" and entity_id and "/" in entity_id:
        with ctx.session() as s:
            return find_application(s, entity_id).uuid
    return entity_id


def _short(value: Any) -> str:
    if value is None:
        return "—"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def cmd_show(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        entity_id = _entity_id(ctx, args.entity, args.entity_id)
        with ctx.session() as s:
            events = audit.history(s, entity=args.entity, entity_id=entity_id, limit=args.limit)
    if args.json:
        emit_json({"events": [e.to_json() for e in events]})
        return 0
    for e in events:
        who = e.staff_login or "—"
        print(f"#{e.id:<5} {e.at:%Y-%m-%d %H:%M} {who:<12} {e.entity}:{e.entity_id} {e.action}")
        for ch in e.changes:
            print(f"        {ch.field or 'value'}: {_short(ch.before)} → {_short(ch.after)}")
    return 0
