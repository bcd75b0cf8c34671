"""`qabyldau db info` and `qabyldau db copy --to URL`: which database the data folder uses,
and moving a district's register from its SQLite file to PostgreSQL (docs/postgresql.md).

The copy builds the target's schema with the migrations (so it carries the same Alembic
revision), copies every table of `db.models` in foreign-key order, in batches, inside one
transaction on the target: a copy that fails half-way leaves the target as it was. The
source is read through its own transaction (SQLite's write lock), so nobody changes the
register while it is being copied.
"""

from __future__ import annotations

import argparse
import os
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Integer, func, inspect, select, text
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session

from app import audit
from app.cli import emit_json, say
from app.cli.common import context
from app.context import (
    DATABASE_URL_ENV,
    DATABASE_URL_FILE,
    configured_database_url,
    require_binary_collation,
    unreachable_error,
)
from app.errors import UserError
from db.engine import database_url, make_engine
from db.migrate import current_revision, fsync_dir, upgrade
from db.models import Base

BATCH = 2000  # rows per INSERT round trip: few round trips, flat memory


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("db", help="the database: which one, and copying it to PostgreSQL")
    dsub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)

    d = dsub.add_parser("info", help="the database this data folder uses")
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=cmd_db_info)

    d = dsub.add_parser("copy", help="copy the whole database into an empty one (PostgreSQL)")
    d.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="postgresql+psycopg://user@host:5432/qabyldau (or a .sqlite file path)",
    )
    d.add_argument(
        "--switch",
        action="store_true",
        help=f"after the copy, make this data folder use it (writes HOME/{DATABASE_URL_FILE})",
    )
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=cmd_db_copy)


def shown_url(engine: Engine) -> str:
    """The URL without its password, for messages and JSON."""
    return engine.url.render_as_string(hide_password=True)


def _err(code: str, kk: str, ru: str, en: str) -> UserError:
    return UserError(code=code, kk=kk, ru=ru, en=en)


# --- the copy --------------------------------------------------------------------------------


def _model_tables() -> list:  # type: ignore[type-arg]
    # sorted_tables: parents before children, so every foreign key finds its row.
    return list(Base.metadata.sorted_tables)


def _target_rows(target: Engine) -> dict[str, int]:
    """Rows already in the target's model tables (tables it does not have yet count 0)."""
    present = set(inspect(target).get_table_names())
    found = {}
    with target.connect() as conn:
        for table in _model_tables():
            if table.name in present:
                found[table.name] = conn.scalar(select(func.count()).select_from(table)) or 0
    return found


def _reset_sequences(conn: Connection) -> None:
    """Rows came with their ids: move PostgreSQL's id sequences past them, or the next
    insert would be given id 1 again and fail. (SQLite takes max(id) + 1 by itself.)"""
    if conn.dialect.name != "postgresql":
        return
    for table in _model_tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        seq = conn.scalar(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
        )
        if seq is None:
            continue  # a key the program gives itself (case_record.application_id)
        top = conn.scalar(select(func.max(pk[0])))
        # is_called = false: the next value handed out is exactly top + 1 (1 when empty).
        conn.execute(text("SELECT setval(:s, :v, false)"), {"s": seq, "v": (top or 0) + 1})


def copy_database(
    source: Engine, target_url: str, *, staff_login: str | None = None
) -> dict[str, Any]:
    """Copy every table from `source` into the empty database at `target_url`."""
    url = database_url(target_url)
    try:
        target = make_engine(url)
    except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as exc:
        raise unreachable_error(url, exc) from exc
    target.hide_parameters = True  # names and ИИН stay out of error messages
    try:
        if target.url.render_as_string(hide_password=False) == source.url.render_as_string(
            hide_password=False
        ):
            raise _err(
                "same-database",
                "Дерекқорды өзіне көшіруге болмайды.",
                "Нельзя копировать базу данных в саму себя.",
                "The target is the database being copied.",
            )
        try:
            require_binary_collation(target)
            busy = {name: n for name, n in _target_rows(target).items() if n}
        except OperationalError as exc:
            raise unreachable_error(url, exc) from exc
        if busy:
            name, n = next(iter(busy.items()))
            raise _err(
                "target-not-empty",
                f"Мақсатты дерекқор бос емес ({name}: {n} жол). Бос дерекқор беріңіз.",
                f"Целевая база данных не пуста ({name}: {n} строк). Укажите пустую базу.",
                f"The target database is not empty ({name}: {n} rows). Give an empty one.",
            )
        # The schema by the migrations, so the copy carries the same revision (and, on SQLite,
        # the search index its triggers fill while the rows go in).
        upgrade(target)
        # Asked now: once the copy's read transaction holds SQLite's lock, a second
        # connection to the source would wait for it.
        revision = current_revision(source)
        started = time.perf_counter()
        counts: dict[str, int] = {}
        at = "-"  # the table being copied, for the message if the server refuses a row
        try:
            with source.connect() as src, target.begin() as dst:
                for table in _model_tables():
                    at = table.name
                    rows = src.execution_options(yield_per=BATCH).execute(
                        select(table).order_by(*table.primary_key.columns)
                    )
                    n = 0
                    for part in rows.partitions():
                        dst.execute(table.insert(), [r._asdict() for r in part])
                        n += len(part)
                    counts[table.name] = n
                at = "-"
                _reset_sequences(dst)
                # Count again on both sides before committing: a copy that lost a row must
                # not become the register.
                for table in _model_tables():
                    have = dst.scalar(select(func.count()).select_from(table))
                    if have != counts[table.name]:
                        raise RuntimeError(f"{table.name}: {have} rows, {counts[table.name]} read")
                with Session(bind=dst) as s:
                    audit.record(
                        s,
                        entity="database",
                        entity_id="copy",
                        action="copied",
                        after={
                            "from": shown_url(source),
                            "revision": revision,
                            "rows": sum(counts.values()),
                            "staff": staff_login,
                        },
                    )
                    s.flush()
                counts["audit_event"] += 1
        except DBAPIError as exc:
            # A value the server refuses (a text longer than its column, say): nothing was
            # written; say which table, without the row's data.
            raise _err(
                "copy-failed",
                f"Көшіру тоқтады ({at}): {type(exc.orig).__name__}. Ештеңе жазылған жоқ.",
                f"Копирование остановлено ({at}): {type(exc.orig).__name__}. Ничего не записано.",
                f"The copy stopped at {at}: {str(exc.orig).splitlines()[0]}. Nothing was written.",
            ) from exc
        return {
            "from": shown_url(source),
            "to": shown_url(target),
            "dialect": target.dialect.name,
            "revision": current_revision(target),
            "tables": counts,
            "rows": sum(counts.values()),
            "seconds": round(time.perf_counter() - started, 2),
        }
    finally:
        target.dispose()


def switch_to(root: Path, url: str) -> Path:
    """Make a data folder use `url` from now on (HOME/database.url, written atomically)."""
    path = Path(root) / DATABASE_URL_FILE
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(
        f"# Qabyldau: this data folder's database since {datetime.now():%Y-%m-%d %H:%M}\n"
        "# (copied from qabyldau.sqlite, which is no longer used; see docs/postgresql.md)\n"
        f"{url}\n",
        encoding="utf-8",
    )
    os.replace(tmp, path)
    fsync_dir(path.parent)
    return path


# --- commands --------------------------------------------------------------------------------


def cmd_db_info(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        root = ctx.paths.root
        engine = ctx.engine
        info = {
            "url": shown_url(engine),
            "dialect": engine.dialect.name,
            "revision": current_revision(engine),
            "configured_by": (
                "env"
                if os.environ.get(DATABASE_URL_ENV, "").strip()
                else "file"
                if configured_database_url(root)
                else "sqlite"
            ),
        }
    if args.json:
        emit_json(info)
    else:
        say(
            f"Дерекқор: {info['url']} ({info['dialect']}, схема {info['revision']})",
            f"База данных: {info['url']} ({info['dialect']}, схема {info['revision']})",
            f"Database: {info['url']} ({info['dialect']}, schema {info['revision']})",
        )
    return 0


def cmd_db_copy(args: argparse.Namespace) -> int:
    with context(args) as ctx:
        result = copy_database(ctx.engine, args.to, staff_login=ctx.staff_login)
        root = ctx.paths.root
    result["switched"] = None
    if args.switch:
        result["switched"] = str(switch_to(root, database_url(args.to)))
    if args.json:
        emit_json(result)
        return 0
    say(
        f"Көшірілді: {result['rows']} жол, {len(result['tables'])} кесте → {result['to']}",
        f"Скопировано: {result['rows']} строк, {len(result['tables'])} таблиц → {result['to']}",
        f"Copied: {result['rows']} rows, {len(result['tables'])} tables → {result['to']}",
    )
    if result["switched"]:
        say(
            f"Деректер қалтасы енді осы дерекқорды пайдаланады ({result['switched']}).",
            f"Папка данных теперь использует эту базу ({result['switched']}).",
            f"The data folder now uses this database ({result['switched']}).",
        )
    return 0
