"""Commission commands: commission set|list|refer|waiting, threshold set|list,
act record|show|print."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.cli import emit_json, say
from app.cli.common import context, parse_date, parse_datetime
from app.commission import (
    OUTCOME_LABELS,
    THRESHOLD_KINDS,
    act_data,
    act_view,
    format_tenge,
    list_commissions,
    parse_member,
    refer,
    save_act,
    set_commission,
    set_threshold,
    thresholds,
    waiting_for_inspection,
)
from app.errors import UserError, current_language


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("commission", help="the district commission: set-up, referrals")
    csub = p.add_subparsers(dest="commission_command", metavar="ACTION", required=True)
    c = csub.add_parser("set", help="record a commission created by the akim's decision")
    c.add_argument("--decision-number", required=True)
    c.add_argument("--decision-date", required=True, help="2026-01-10 or 10.01.2026")
    c.add_argument(
        "--member",
        action="append",
        default=[],
        required=True,
        help='"Surname N.P.:chair" (roles: chair, secretary, member; repeat for each)',
    )
    c.add_argument("--valid-from", help="default: the decision date")
    c.add_argument("--valid-to")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_commission_set)

    c = csub.add_parser("list", help="every commission, newest first")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_commission_list)

    c = csub.add_parser("refer", help="send a registered means-tested case to the commission")
    c.add_argument("number", help="journal number, e.g. 15/2026")
    c.add_argument("--when", help="ISO date-time of the referral (default: now)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_commission_refer)

    c = csub.add_parser("waiting", help="cases waiting for inspection, overdue first")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_commission_waiting)

    p = sub.add_parser("threshold", help="poverty line / subsistence minimum by period")
    tsub = p.add_subparsers(dest="threshold_command", metavar="ACTION", required=True)
    t = tsub.add_parser("set", help="record a threshold in force from a date")
    t.add_argument("--kind", required=True, choices=THRESHOLD_KINDS)
    t.add_argument("--amount", required=True, help='tenge a month, e.g. 45000 or "45 000,50"')
    t.add_argument("--from", dest="date_from", required=True)
    t.add_argument("--to", dest="date_to")
    t.add_argument("--json", action="store_true")
    t.set_defaults(handler=cmd_threshold_set)
    t = tsub.add_parser("list", help="every threshold")
    t.add_argument("--json", action="store_true")
    t.set_defaults(handler=cmd_threshold_list)

    p = sub.add_parser("act", help="the commission's inspection act and conclusion")
    asub = p.add_subparsers(dest="act_command", metavar="ACTION", required=True)
    a = asub.add_parser("record", help="save the act from a JSON file (docs/act-json.md)")
    a.add_argument("number")
    a.add_argument("--data", required=True, help="UTF-8 JSON file")
    a.add_argument(
        "--complete", action="store_true", help="the act is whole: compute the conclusion"
    )
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_act_record)
    a = asub.add_parser("show", help="the act, its conclusion and the arithmetic")
    a.add_argument("number")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_act_show)
    a = asub.add_parser("print", help="the printable act and conclusion (PDF, DOCX)")
    a.add_argument("number")
    a.add_argument("--out", required=True, help="PDF file to write")
    a.add_argument("--docx", help="also write an editable DOCX")
    a.set_defaults(handler=cmd_act_print)


def _dt(value: Any) -> str:
    return value.strftime("%d.%m.%Y %H:%M") if value else "—"


def cmd_commission_set(args: argparse.Namespace) -> int:
    members = [parse_member(m) for m in args.member]
    with context(args) as ctx:
        cid = set_commission(
            ctx,
            args.decision_number,
            parse_date(args.decision_date),
            members,
            valid_from=parse_date(args.valid_from) if args.valid_from else None,
            valid_to=parse_date(args.valid_to) if args.valid_to else None,
            staff_login=args.user,
        )
        info = next(c for c in list_commissions(ctx) if c.id == cid)
    if args.json:
        emit_json(info.to_json())
    else:
        say(
            f"Комиссия енгізілді: шешім {info.decision}, {info.valid_from:%d.%m.%Y} бастап, "
            f"{len(info.members)} адам",
            f"Комиссия внесена: решение {info.decision}, с {info.valid_from:%d.%m.%Y}, "
            f"{len(info.members)} чел.",
            f"Commission recorded: decision {info.decision}, from {info.valid_from:%d.%m.%Y}, "
            f"{len(info.members)} people",
        )
    return 0


def cmd_commission_list(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        rows = list_commissions(ctx)
    if args.json:
        emit_json([c.to_json() for c in rows])
        return 0
    for c in rows:
        until = f"{c.valid_to:%d.%m.%Y}" if c.valid_to else "…"
        mark = "*" if c.current else " "
        print(f"{mark} {c.decision:<24} {c.valid_from:%d.%m.%Y} – {until}")
        for m in c.members:
            print(f"      {m.role:<10} {m.full_name}")
    return 0


def cmd_commission_refer(args: argparse.Namespace) -> int:
    when = parse_datetime(args.when) if args.when else None
    with context(args) as ctx:
        result = refer(ctx, args.number, when, staff_login=args.user)
    if args.json:
        emit_json(result.to_json())
    else:
        due = _dt(result.due_at)
        say(
            f"№ {result.number} комиссияға жіберілді, акт мерзімі {due}",
            f"№ {result.number} направлено в комиссию, срок акта {due}",
            f"No. {result.number} referred to the commission, act due {due}",
        )
    return 0


def cmd_commission_waiting(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        rows = waiting_for_inspection(ctx)
    if args.json:
        emit_json([w.to_json() for w in rows])
        return 0
    lang = current_language()
    for w in rows:
        flag = {"kk": "МЕРЗІМІ ӨТТІ", "ru": "ПРОСРОЧЕНО"}.get(lang, "OVERDUE") if w.overdue else ""
        print(f"{w.number:>10}  {_dt(w.due):<16}  {w.applicant:<40} {w.service:<18} {flag}")
    say(f"Барлығы: {len(rows)}", f"Всего: {len(rows)}", f"Total: {len(rows)}")
    return 0


def cmd_threshold_set(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        tid = set_threshold(
            ctx,
            args.kind,
            args.amount,
            parse_date(args.date_from),
            parse_date(args.date_to) if args.date_to else None,
            staff_login=args.user,
        )
        info = next(t for t in thresholds(ctx) if t.id == tid)
    if args.json:
        emit_json(info.to_json())
    else:
        say(
            f"Шек енгізілді: {info.kind} {format_tenge(info.amount)}, "
            f"{info.effective_from:%d.%m.%Y} бастап",
            f"Порог внесён: {info.kind} {format_tenge(info.amount)}, "
            f"с {info.effective_from:%d.%m.%Y}",
            f"Threshold recorded: {info.kind} {format_tenge(info.amount)}, "
            f"from {info.effective_from:%d.%m.%Y}",
        )
    return 0


def cmd_threshold_list(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        rows = thresholds(ctx)
    if args.json:
        emit_json([t.to_json() for t in rows])
        return 0
    for t in rows:
        until = f"{t.effective_to:%d.%m.%Y}" if t.effective_to else "…"
        print(f"{t.kind:<20} {t.effective_from:%d.%m.%Y} – {until:<10} {format_tenge(t.amount)}")
    return 0


def _read_json(path_text: str) -> Any:
    path = Path(path_text)
    try:
        text = path.read_text(encoding="utf-8-sig")  # -sig: Notepad saves UTF-8 with a BOM
    except OSError as exc:
        raise UserError(
            code="act-file",
            kk=f"Файлды оқу мүмкін емес: {path} ({exc.strerror})",
            ru=f"Не удалось прочитать файл: {path} ({exc.strerror})",
            en=f"Cannot read the file: {path} ({exc.strerror})",
        ) from exc
    except UnicodeDecodeError as exc:
        raise UserError(
            code="act-file",
            kk=f"{path}: файл UTF-8 кодтауында емес",
            ru=f"{path}: файл не в кодировке UTF-8",
            en=f"{path}: the file is not UTF-8",
        ) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            code="act-json",
            kk=f"{path}: JSON қатесі, {exc.lineno}-жол, {exc.colno}-баған: {exc.msg}",
            ru=f"{path}: ошибка JSON, строка {exc.lineno}, столбец {exc.colno}: {exc.msg}",
            en=f"{path}: JSON error at line {exc.lineno}, column {exc.colno}: {exc.msg}",
        ) from exc


def cmd_act_record(args: argparse.Namespace) -> int:
    data = _read_json(args.data)
    with context(args) as ctx:
        result = save_act(ctx, args.number, data, complete=args.complete, staff_login=args.user)
    if args.json:
        emit_json(result.to_json())
    elif result.completed:
        kk = "мұқтаж" if result.needs_assistance else "мұқтаж емес"
        ru = "нуждается" if result.needs_assistance else "не нуждается"
        say(
            f"№ {result.number}: акт аяқталды, қорытынды — {kk}",
            f"№ {result.number}: акт завершён, заключение — {ru}",
            f"No. {result.number}: act completed, "
            + ("needs assistance" if result.needs_assistance else "does not need assistance"),
        )
    else:
        say(
            f"№ {result.number}: акт сақталды (аяқталмаған)",
            f"№ {result.number}: акт сохранён (не завершён)",
            f"No. {result.number}: act saved (not completed)",
        )
    return 0


def cmd_act_show(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        view = act_view(ctx, args.number)
    if args.json:
        emit_json(view)
        return 0
    lang = "kk" if current_language() == "kk" else "ru"
    act = view["act"]
    outcome = OUTCOME_LABELS.get(act["outcome"])
    print(f"№ {view['number']}  {view['applicant']['name']}  {view['status']}")
    print(f"  {getattr(outcome, lang) if outcome else act['outcome']}; {act['visit_date'] or '—'}")
    for f in act["family"]:
        print(f"  {f['surname']} {f['name']} ({f['relation']}) {f['iin'] or ''}")
    if view["arithmetic"]:
        for line in view["arithmetic"]["lines"]:
            print(f"  {line[lang]}: {line['value']}")
    elif view["arithmetic_problem"]:
        print(f"  {view['arithmetic_problem'][lang]}")
    c = view["conclusion"] or view["preview"]
    if c:
        for r in c["reasons"]:
            print(f"  → {r[lang]}")
    return 0


def cmd_act_print(args: argparse.Namespace) -> int:
    try:
        from forms.act import render_act_docx, render_act_pdf
    except ModuleNotFoundError as exc:
        if exc.name not in ("forms.act",):
            raise
        raise UserError(
            code="no-act-form",
            kk="Актінің баспа үлгісі (forms/act.py) бұл нұсқада жоқ",
            ru="Печатной формы акта (forms/act.py) в этой версии нет",
            en="The act's printed form (forms/act.py) is not in this build",
        ) from exc
    with context(args) as ctx:
        data = act_data(ctx, args.number)
    out = Path(args.out)
    render_act_pdf(data, out)
    written = [str(out)]
    if args.docx:
        render_act_docx(data, Path(args.docx))
        written.append(args.docx)
    files = ", ".join(written)
    say(f"Жазылды: {files}", f"Записано: {files}", f"Written: {files}")
    return 0
