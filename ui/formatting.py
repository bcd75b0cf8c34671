"""Dates, numbers and tenge amounts as the interface language writes them (kk_KZ, ru_RU).

Both write the date as 05.03.2026 (Kazakh's own CLDR short form has a two-digit year, which
no office paper uses), group digits with a non-breaking space and put a comma before the
tiyn: "85 000,50 ₸".
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

TENGE = "₸"
DATE_FORMAT = "dd.MM.yyyy"
TIME_FORMAT = "HH:mm"

_LOCALES = {
    "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
}


def locale_for(lang: str) -> QLocale:
    """The QLocale numbers and month names are written with: kk_KZ, else ru_RU."""
    return _LOCALES.get(lang, _LOCALES["ru"])


def format_date(d: date | None, lang: str, *, long: bool = False) -> str:
    """05.03.2026; with `long`, "2026 жылғы 5 наурыз" / "5 марта 2026 г."; "—" for None."""
    if d is None:
        return "—"
    if isinstance(d, datetime):
        d = d.date()
    qd = QDate(d.year, d.month, d.day)
    if not long:
        return qd.toString(DATE_FORMAT)
    loc = locale_for(lang)
    if lang == "kk":
        return loc.toString(qd, "yyyy 'жылғы' d MMMM")
    # Russian takes the genitive month ("марта") in a "d MMMM" pattern.
    return loc.toString(qd, "d MMMM yyyy 'г.'")


def format_time(t: time, lang: str) -> str:
    return locale_for(lang).toString(QTime(t.hour, t.minute), TIME_FORMAT)


def format_datetime(dt: datetime | None, lang: str) -> str:
    """05.03.2026 09:07 (no seconds: nobody reads them off a screen); "—" for None."""
    if dt is None:
        return "—"
    qdt = QDateTime(QDate(dt.year, dt.month, dt.day), QTime(dt.hour, dt.minute))
    return locale_for(lang).toString(qdt, f"{DATE_FORMAT} {TIME_FORMAT}")


def format_number(value: int | float | Decimal, lang: str, decimals: int = 0) -> str:
    """1 234 567 or 1 234,50: grouped with a non-breaking space, decimal comma."""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    loc = locale_for(lang)
    if decimals == 0:
        return loc.toString(int(rounded))
    sign = "-" if rounded < 0 else ""
    whole, _, frac = f"{abs(rounded):f}".partition(".")
    return sign + loc.toString(int(whole)) + loc.decimalPoint() + frac


def format_money(amount: int | float | Decimal, lang: str) -> str:
    """85 000,50 ₸ (tenge and tiyn; the sign after a non-breaking space, as both locales do)."""
    return format_number(amount, lang, decimals=2) + "\u00a0" + TENGE
