"""The `qabyldau` command: every workflow of the GUI, headless, over the same app/ functions.

Each sub-module adds its commands with `register(subparsers)`; a command is a function
`(args) -> int`. A `UserError` becomes a message on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.exc import DatabaseError

from app import __version__
from app.catalogue import CatalogueError
from app.errors import UserError, current_language

Handler = Callable[[argparse.Namespace], int]


def emit_json(data: Any) -> None:
    """JSON output: UTF-8, keys as documented in docs/cli.md."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def say(kk: str, ru: str, en: str | None = None) -> None:
    """Print a human message in the CLI's language (QABYLDAU_LANG: kk, ru or en)."""
    lang = current_language()
    print({"kk": kk, "ru": ru}.get(lang, en or ru))


def build_parser() -> argparse.ArgumentParser:
    from app.cli import (
        audit_cmds,
        backup_cmds,
        commission_cmds,
        dashboard_cmds,
        db_cmds,
        district_cmds,
        intake_cmds,
        keys_cmds,
        packet_cmds,
        reminder_cmds,
        report_cmds,
        selftest_cmds,
        setup_cmds,
        user_cmds,
    )

    parser = argparse.ArgumentParser(
        prog="qabyldau",
        description="Қабылдау / Qabyldau: the akim's office intake register.",
    )
    parser.add_argument("--version", action="version", version=f"qabyldau {__version__}")
    parser.add_argument(
        "--home", help="data folder (default: QABYLDAU_HOME or the platform's data folder)"
    )
    parser.add_argument("--user", help="staff login acting (default: the first active one)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (
        setup_cmds,
        intake_cmds,
        commission_cmds,
        keys_cmds,
        packet_cmds,
        district_cmds,
        dashboard_cmds,
        reminder_cmds,
        report_cmds,
        selftest_cmds,
        user_cmds,
        audit_cmds,
        backup_cmds,
        db_cmds,
    ):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.home:
        os.environ["QABYLDAU_HOME"] = args.home
    if args.command is None:  # no command: the desktop app, as a double-click would do
        args = parser.parse_args([*argv, "gui"])
    handler: Handler = args.handler
    from app.cli.user_cmds import USER_ENV, log_in

    # The login holds for this command only: main() may run again in the same process
    # (tests, a script) for another office, where this person does not exist.
    previous_user = os.environ.get(USER_ENV)
    try:
        login = log_in(args)  # the acting staff member's password, when they have one
        if login is not None:
            # Every context the command opens acts as (and audits) this person.
            args.user = login
            os.environ[USER_ENV] = login
        return handler(args)
    except UserError as exc:
        print(f"qabyldau: {exc.message(current_language())}", file=sys.stderr)
        return 2
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        # A damaged or foreign file where the database should be: say so, never a traceback.
        detail = str(getattr(exc, "orig", exc)).splitlines()[0]
        print(
            "qabyldau: "
            + {
                "kk": f"Дерекқор файлы оқылмайды ({detail}). Тексеру: qabyldau integrity "
                "check; қалпына келтіру: qabyldau backup restore FILE.",
                "en": f"The database file cannot be read ({detail}). Check: qabyldau "
                "integrity check; restore: qabyldau backup restore FILE.",
            }.get(
                current_language(),
                f"Файл базы данных не читается ({detail}). Проверка: qabyldau integrity "
                "check; восстановление: qabyldau backup restore FILE.",
            ),
            file=sys.stderr,
        )
        return 2
    except CatalogueError as exc:
        print(f"qabyldau: catalogue: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    finally:
        if previous_user is None:
            os.environ.pop(USER_ENV, None)
        else:
            os.environ[USER_ENV] = previous_user


GLOBAL_OPTIONS = ("--home", "--user")


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the windowed executable: straight to the GUI.

    Global options (`--home DIR`, `--user LOGIN`) may come anywhere; they go before `gui`.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in GLOBAL_OPTIONS and i + 1 < len(args):
            front += [arg, args[i + 1]]
            i += 2
            continue
        if arg.split("=", 1)[0] in GLOBAL_OPTIONS and "=" in arg:
            front.append(arg)
        else:
            rest.append(arg)
        i += 1
    return main([*front, "gui", *rest])
