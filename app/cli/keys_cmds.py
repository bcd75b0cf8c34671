"""Keys, trust and bundle verification: `keys …`, `trust …`, `bundle verify`.

Passphrases come from QABYLDAU_PASSPHRASE (scripts, tests) or are asked for without echo.
`bundle verify` exits 0 when every check passes, 1 when one fails, 2 on a user error (for
example no keys yet), like every other command.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from app.bundle import verify_bundle
from app.cli import emit_json, say
from app.cli.common import context
from app.errors import UserError, current_language
from app.keys import (
    MIN_PASSPHRASE,
    backup_keys,
    init_keys,
    public_card,
    restore_keys,
    write_atomically,
)
from app.trust import import_card, list_trusted, revoke

PASSPHRASE_ENV = "QABYLDAU_PASSPHRASE"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("keys", help="this office's signing and encryption keys")
    ksub = p.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    k = ksub.add_parser("init", help="create the office's keys (once)")
    k.add_argument(
        "--rotate", action="store_true", help="replace existing keys (old ones stay to verify)"
    )
    k.add_argument("--json", action="store_true")
    k.set_defaults(handler=cmd_keys_init)
    k = ksub.add_parser("export-public", help="write the office's public card (JSON)")
    k.add_argument("--out", required=True, type=Path)
    k.set_defaults(handler=cmd_keys_export)
    k = ksub.add_parser("fingerprint", help="show the fingerprint to read to the other office")
    k.add_argument("--json", action="store_true")
    k.set_defaults(handler=cmd_keys_fingerprint)
    k = ksub.add_parser("sheet", help="print the fingerprint sheet (PDF) to read by phone")
    k.add_argument("--out", required=True, type=Path)
    k.set_defaults(handler=cmd_keys_sheet)
    k = ksub.add_parser("backup", help="save the private keys to a passphrase-protected file")
    k.add_argument("--out", required=True, type=Path)
    k.set_defaults(handler=cmd_keys_backup)
    k = ksub.add_parser("restore", help="put the keys from a backup file into the key store")
    k.add_argument("file", type=Path)
    k.set_defaults(handler=cmd_keys_restore)

    p = sub.add_parser("trust", help="other offices' public cards")
    tsub = p.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    t = tsub.add_parser("add", help="trust a card after checking its fingerprint")
    t.add_argument("file", type=Path)
    t.add_argument("--fingerprint", required=True, help="as read from the office's sheet")
    t.add_argument("--json", action="store_true")
    t.set_defaults(handler=cmd_trust_add)
    t = tsub.add_parser("list", help="list trusted cards")
    t.add_argument("--json", action="store_true")
    t.set_defaults(handler=cmd_trust_list)
    t = tsub.add_parser("revoke", help="stop trusting a key (lost or stolen)")
    t.add_argument("fingerprint")
    t.set_defaults(handler=cmd_trust_revoke)

    p = sub.add_parser("bundle", help="transfer bundles (.qbl)")
    bsub = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    b = bsub.add_parser("verify", help="check a bundle (exit 0 ok, 1 refused)")
    b.add_argument("file", type=Path)
    b.add_argument("--json", action="store_true")
    b.add_argument(
        "--archive", action="store_true", help="check one of this office's own sent bundles"
    )
    b.set_defaults(handler=cmd_bundle_verify)
    from app.cli.district_cmds import add_bundle_import

    add_bundle_import(bsub)


def _passphrase(confirm: bool) -> str:
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    lang = current_language()
    prompt = {"kk": "Құпия сөз: ", "ru": "Пароль: "}.get(lang, "Passphrase: ")
    first = getpass.getpass(prompt)
    if confirm:
        again = getpass.getpass(
            {"kk": "Құпия сөзді қайталаңыз: ", "ru": "Повторите пароль: "}.get(
                lang, "Repeat the passphrase: "
            )
        )
        if again != first:
            raise UserError(
                code="passphrase-mismatch",
                kk="Құпия сөздер сәйкес келмейді",
                ru="Пароли не совпадают",
                en="The passphrases do not match",
            )
    return first


def _print_card(card: dict) -> None:
    say(
        f"Кеңсе {card['office_code']} {card['name_kk']}",
        f"Офис {card['office_code']} {card['name_ru']}",
        f"Office {card['office_code']} {card['name_ru']}",
    )
    say(
        f"Саусақ ізі: {card['fingerprint']}",
        f"Отпечаток: {card['fingerprint']}",
        f"Fingerprint: {card['fingerprint']}",
    )


def cmd_keys_init(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        card = init_keys(ctx, rotate=args.rotate)
    if args.json:
        emit_json(card)
    else:
        say("Кілттер жасалды.", "Ключи созданы.", "Keys created.")
        _print_card(card)
        say(
            "Кілттердің сақтық көшірмесін жасаңыз: `qabyldau keys backup --out FILE`.",
            "Сделайте резервную копию ключей: `qabyldau keys backup --out FILE`.",
            "Make a backup of the keys: `qabyldau keys backup --out FILE`.",
        )
    return 0


def cmd_keys_export(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        card = public_card(ctx)
    write_atomically(args.out, (json.dumps(card, ensure_ascii=False, indent=2) + "\n").encode())
    _print_card(card)
    return 0


def cmd_keys_fingerprint(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        card = public_card(ctx)
    if args.json:
        emit_json(
            {
                "office_code": card["office_code"],
                "fingerprint": card["fingerprint"],
                "created": card["created"],
            }
        )
    else:
        _print_card(card)
    return 0


def cmd_keys_sheet(args: argparse.Namespace) -> int:
    from app.packets import key_sheet_data, render_key_sheet

    with context(args) as ctx:
        out = render_key_sheet(ctx, args.out)
        fingerprint = key_sheet_data(ctx).fingerprint
    say(f"Парақ дайын: {out}", f"Лист готов: {out}", f"Sheet ready: {out}")
    say(f"Саусақ ізі: {fingerprint}", f"Отпечаток: {fingerprint}", f"Fingerprint: {fingerprint}")
    return 0


def cmd_keys_backup(args: argparse.Namespace) -> int:
    passphrase = _passphrase(confirm=True)
    with context(args) as ctx:
        backup_keys(ctx, args.out, passphrase)
    say(
        f"Кілттердің көшірмесі сақталды: {args.out}. Құпия сөзді бөлек сақтаңыз "
        f"(кемінде {MIN_PASSPHRASE} таңба).",
        f"Копия ключей сохранена: {args.out}. Храните пароль отдельно "
        f"(не менее {MIN_PASSPHRASE} символов).",
        f"Key backup saved: {args.out}. Keep the passphrase apart from it.",
    )
    return 0


def cmd_keys_restore(args: argparse.Namespace) -> int:
    passphrase = _passphrase(confirm=False)
    with context(args) as ctx:
        card = restore_keys(ctx, args.file, passphrase)
    say("Кілттер қалпына келтірілді.", "Ключи восстановлены.", "Keys restored.")
    _print_card(card)
    return 0


def cmd_trust_add(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        result = import_card(ctx, args.file, args.fingerprint)
    if args.json:
        emit_json(result.to_json())
        return 0
    c = result.card
    if result.status == "already-trusted":
        say(
            f"{c.office_code} кеңсесінің бұл кілті бұрыннан сенімді.",
            f"Этот ключ офиса {c.office_code} уже в доверенных.",
            f"This key of office {c.office_code} is already trusted.",
        )
    else:
        rotated = result.status == "rotated"
        say(
            f"Сенімді: {c.office_code} {c.name_kk}"
            + (" (кілт ауыстырылды; ескісі бұрынғы пакеттер үшін сақталды)" if rotated else ""),
            f"Доверенный: {c.office_code} {c.name_ru}"
            + (" (ключ заменён; старый сохранён для прежних пакетов)" if rotated else ""),
            f"Trusted: {c.office_code} {c.name_ru}"
            + (" (key rotated; the old one verifies earlier bundles)" if rotated else ""),
        )
    return 0


def cmd_trust_list(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        cards = list_trusted(ctx)
    if args.json:
        emit_json({"trusted": [c.to_json() for c in cards]})
        return 0
    lang = current_language()
    for c in cards:
        name = c.name_kk if lang == "kk" else c.name_ru
        mark = " *" if c.is_self else ""
        print(f"{c.office_code:<12} {c.role:<8} {c.status:<8} {c.fingerprint}  {name}{mark}")
    return 0


def cmd_trust_revoke(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        card = revoke(ctx, args.fingerprint)
    say(
        f"Кілт қайтарып алынды: {card.office_code} {card.fingerprint}",
        f"Ключ отозван: {card.office_code} {card.fingerprint}",
        f"Key revoked: {card.office_code} {card.fingerprint}",
    )
    return 0


def cmd_bundle_verify(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        report = verify_bundle(ctx, args.file, mode="archive" if args.archive else "import")
    if args.json:
        emit_json(report.to_json())
        return 0 if report.ok else 1
    lang = current_language()
    for c in report.checks:
        mark = {"ok": "OK  ", "failed": "FAIL", "skipped": "--  "}[c.status]
        line = f"{mark} {c.name}"
        if c.status == "failed":
            line += f": {c.message(lang)}"
        print(line, file=sys.stdout)
    if report.sha256:
        print(f"SHA-256: {report.sha256}")
    if report.ok:
        b = report.bundle or {}
        say(
            f"Пакет дұрыс: {b.get('source_office')} → {b.get('recipient_office')}, "
            f"№{b.get('sequence')}, жазбалар {b.get('record_count')}.",
            f"Пакет в порядке: {b.get('source_office')} → {b.get('recipient_office')}, "
            f"№{b.get('sequence')}, записей {b.get('record_count')}.",
            f"Bundle OK: {b.get('source_office')} → {b.get('recipient_office')}, "
            f"no. {b.get('sequence')}, {b.get('record_count')} records.",
        )
        return 0
    failed = report.failed
    assert failed is not None
    print(f"qabyldau: {failed.message(lang)}", file=sys.stderr)
    return 1
