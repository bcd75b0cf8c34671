"""Helpers shared by the CLI command modules: the context, argument parsing with clear errors."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from app.context import AppContext
from app.errors import UserError


def context(args: argparse.Namespace) -> AppContext:
    return AppContext(args.home)


def parse_date(text: str) -> date:
    """ISO date (2026-12-10) or the Kazakh/Russian office habit 10.12.2026."""
    t = text.strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(t, fmt).date()
        except ValueError:
            pass
    raise UserError(
        code="bad-date",
        kk=f"Күні дұрыс емес: {text} (мысалы 2026-12-10 немесе 10.12.2026)",
        ru=f"Неверная дата: {text} (например 2026-12-10 или 10.12.2026)",
        en=f"Not a date: {text} (e.g. 2026-12-10 or 10.12.2026)",
    )


def parse_datetime(text: str) -> datetime:
    t = text.strip()
    try:
        return datetime.fromisoformat(t).replace(tzinfo=None)
    except ValueError:
        pass
    for fmt in ("%d.%m.%Y %H:%M", "%d.%m.%Y"):
        try:
            return datetime.strptime(t, fmt)
        except ValueError:
            pass
    raise UserError(
        code="bad-datetime",
        kk=f"Күні мен уақыты дұрыс емес: {text} (мысалы 2026-12-10T10:00)",
        ru=f"Неверные дата и время: {text} (например 2026-12-10T10:00)",
        en=f"Not a date-time: {text} (e.g. 2026-12-10T10:00)",
    )


def year_arg(text: str) -> int:
    if text.isdigit() and 1990 <= int(text) <= 2100:
        return int(text)
    raise UserError(
        code="bad-year",
        kk=f"Жыл дұрыс емес: {text}",
        ru=f"Неверный год: {text}",
        en=f"Not a year: {text}",
    )
