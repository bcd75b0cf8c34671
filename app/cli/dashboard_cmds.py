"""The first screen as a command: `dashboard [--at ISO] [--json]`."""

from __future__ import annotations

import argparse

from app.cli import emit_json
from app.cli.common import context, parse_datetime
from app.dashboard import Dashboard, dashboard
from app.errors import current_language
from forms.data import Bilingual

_TILES: dict[str, Bilingual] = {
    "due_today": Bilingual("Бүгін мерзімі", "Срок сегодня"),
    "overdue": Bilingual("Мерзімі өткен", "Просрочено"),
    "commission": Bilingual("Комиссияның тексерулері", "Обследования комиссии"),
    "packets": Bilingual("Жіберілетін істер", "Дела к отправке"),
    "issue": Bilingual("Берілетін нәтижелер", "Результаты к выдаче"),
    "unacknowledged": Bilingual("Расталмаған пакеттер", "Неподтверждённые пакеты"),
}
_HEADINGS: dict[str, Bilingual] = {
    "service": Bilingual("Осы айдағы өтініштер, қызмет бойынша", "Заявления за месяц по услугам"),
    "outcome": Bilingual("Осы айдағы өтініштер, нәтиже бойынша", "Заявления за месяц по итогам"),
    "packets": Bilingual("Аудандық бөлім растамаған пакеттер", "Пакеты без подтверждения района"),
    "days": Bilingual("күн", "дн."),
    "late": Bilingual("қайта жіберу керек", "пора отправить повторно"),
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("dashboard", help="today's due and overdue work, this month's numbers")
    p.add_argument("--at", help="the moment to count at (default: now), e.g. 2026-12-10T09:00")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_dashboard)


def _t(b: Bilingual) -> str:
    return b.kk if current_language() == "kk" else b.ru


def print_dashboard(d: Dashboard) -> None:
    """The dashboard as plain text, in the CLI's language."""
    for tile in d.tiles():
        mark = "  !" if tile.alert else ""
        print(f"{_t(_TILES[tile.key]):<32} {tile.count:>6}{mark}")
        if tile.key in ("due_today", "overdue"):
            group = d.due_today if tile.key == "due_today" else d.overdue
            for k in group.by_kind:
                if k.count:
                    print(f"    {_t(k.name):<28} {k.count:>6}")
    if d.unacknowledged:
        print(f"\n{_t(_HEADINGS['packets'])}:")
        for p in d.unacknowledged:
            late = f"  ({_t(_HEADINGS['late'])})" if p.late else ""
            print(
                f"  № {p.number:<10} {p.sent_at:%d.%m.%Y}  {p.age_days} {_t(_HEADINGS['days'])}{late}"
            )
    for heading, bars in (("service", d.by_service), ("outcome", d.by_outcome)):
        print(f"\n{_t(_HEADINGS[heading])} ({d.month_from:%d.%m.%Y} – {d.month_to:%d.%m.%Y}):")
        for bar in bars:
            print(f"  {bar.count:>6}  {_t(bar.name)}")


def cmd_dashboard(args: argparse.Namespace) -> int:
    at = parse_datetime(args.at) if args.at else None
    with context(args) as ctx:
        d = dashboard(ctx, at)
    if args.json:
        emit_json(d.to_json())
    else:
        print_dashboard(d)
    return 0
