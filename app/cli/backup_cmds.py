"""`qabyldau backup ...` and `qabyldau integrity check`: backups, restore, database checks.

`backup list`, `verify`, `restore` and `integrity check` work on the data folder's files
without opening the office (no migration, no write): they are what is used when the
database is damaged. Exit codes: 0 done / all checks passed, 1 a check failed, 2 a refusal.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app import backup, integrity
from app.cli import emit_json, say
from app.cli.common import context
from app.errors import UserError, current_language
from app.paths import HomePaths, default_home


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="back up the office, list and restore backups")
    bsub = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)

    b = bsub.add_parser("now", help="back up the database and bundle files now")
    b.add_argument("--json", action="store_true")
    b.set_defaults(handler=cmd_backup_now)

    b = bsub.add_parser("list", help="the backups, newest first")
    b.add_argument("--json", action="store_true")
    b.set_defaults(handler=cmd_backup_list)

    b = bsub.add_parser("verify", help="check a backup without restoring it")
    b.add_argument("file", help="the backup's .sqlite or .json file, or its name from `list`")
    b.add_argument("--json", action="store_true")
    b.set_defaults(handler=cmd_backup_verify)

    b = bsub.add_parser("restore", help="verify a backup and put it in place of the database")
    b.add_argument("file", help="the backup's .sqlite or .json file, or its name from `list`")
    b.add_argument("--json", action="store_true")
    b.set_defaults(handler=cmd_backup_restore)

    b = bsub.add_parser("config", help="the backup folder and how many backups are kept")
    b.add_argument("--dir", help='backup folder (a second disk, a USB stick); "" for the default')
    b.add_argument("--keep-daily", type=int, metavar="N")
    b.add_argument("--keep-weekly", type=int, metavar="N")
    b.add_argument("--keep-monthly", type=int, metavar="N")
    b.add_argument("--json", action="store_true")
    b.set_defaults(handler=cmd_backup_config)

    p = sub.add_parser("integrity", help="check the database with SQLite's own checks")
    isub = p.add_subparsers(dest="integrity_command", metavar="ACTION", required=True)
    c = isub.add_parser("check", help="quick_check (or integrity_check) and foreign_key_check")
    c.add_argument("--full", action="store_true", help="the complete integrity_check (slower)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_integrity_check)


def _home(args: argparse.Namespace) -> HomePaths:
    return HomePaths(Path(args.home) if args.home else default_home())


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} kB"


def cmd_backup_now(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        result = backup.make_backup(ctx, "manual")
    if args.json:
        emit_json(result.to_json())
    else:
        b = result.backup
        say(
            f"Сақтық көшірме жасалды: {b.path} ({_size(b.size)}, файлдар: {b.file_count})",
            f"Резервная копия сделана: {b.path} ({_size(b.size)}, файлов: {b.file_count})",
            f"Backup made: {b.path} ({_size(b.size)}, files: {b.file_count})",
        )
        for old in result.pruned:
            say(f"өшірілді: {old.name}", f"удалена: {old.name}", f"pruned: {old.name}")
    return 0


def cmd_backup_list(args: argparse.Namespace) -> int:
    paths = _home(args)
    pol = backup.policy(paths)
    backups = backup.list_backups(paths)
    if args.json:
        emit_json({**pol.to_json(), "backups": [b.to_json() for b in backups]})
        return 0
    say(f"Қалта: {pol.folder}", f"Папка: {pol.folder}", f"Folder: {pol.folder}")
    for b in backups:
        print(f"{b.created:%d.%m.%Y %H:%M}  {b.kind:<14} {_size(b.size):>9}  {b.name}")
    if not backups:
        say("Сақтық көшірмелер жоқ.", "Резервных копий нет.", "No backups.")
    return 0


def _print_checks(v: backup.Verification) -> None:
    lang = current_language()
    for c in v.checks:
        reason = "" if c.ok else f": {getattr(c, lang, c.en)}"
        print(f"{'ok' if c.ok else 'FAILED'} {c.name}{reason}")


def cmd_backup_verify(args: argparse.Namespace) -> int:
    v = backup.check_backup(_home(args), args.file)
    if args.json:
        emit_json(v.to_json())
    else:
        _print_checks(v)
    return 0 if v.ok else 1


def cmd_backup_restore(args: argparse.Namespace) -> int:
    result = backup.restore_backup(_home(args), args.file)
    if args.json:
        emit_json(result.to_json())
        return 0
    prev = str(result.previous) if result.previous else "—"
    say(
        f"Дерекқор көшірмеден қалпына келтірілді: {result.backup.path}. Бұрынғы дерекқор "
        f"сақталды: {prev}. Қалпына келтірілген файлдар: {result.files_restored}.",
        f"База данных восстановлена из копии: {result.backup.path}. Прежняя база сохранена: "
        f"{prev}. Восстановлено файлов: {result.files_restored}.",
        f"The database was restored from {result.backup.path}. The previous database was "
        f"kept as {prev}. Files restored: {result.files_restored}.",
    )
    return 0


def cmd_backup_config(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        pol = backup.configure(
            ctx,
            folder=args.dir,
            keep_daily=args.keep_daily,
            keep_weekly=args.keep_weekly,
            keep_monthly=args.keep_monthly,
        )
    if args.json:
        emit_json(pol.to_json())
    else:
        print(
            f"{pol.folder}  daily={pol.keep_daily} weekly={pol.keep_weekly} "
            f"monthly={pol.keep_monthly}"
        )
    return 0


def cmd_integrity_check(args: argparse.Namespace) -> int:
    paths = _home(args)
    if not paths.database.is_file():
        raise UserError(
            code="no-database",
            kk=f"Дерекқор жоқ: {paths.database}",
            ru=f"Базы данных нет: {paths.database}",
            en=f"There is no database: {paths.database}",
        )
    report = integrity.check_file(paths.database, full=args.full)
    if args.json:
        emit_json(report.to_json())
    else:
        text = report.summary()
        say(text["kk"], text["ru"], text["en"])
        for line in report.integrity:
            print(f"  {line}")
        for fk in report.foreign_keys:
            print(f"  {fk['table']} rowid={fk['rowid']} -> {fk['parent']}")
        if report.error:
            print(f"  {report.error}")
    return 0 if report.ok else 1
