"""The office's settings the Settings window edits: interface language, office hours, and the
talon's "how to complain" wording. Stored as `Setting` rows; `AppContext.calendar()` and
`app.cases.complaint_text` read the same keys.
"""

from __future__ import annotations

from datetime import time
from typing import Any

from sqlalchemy.orm import Session

from app import audit, users
from app.context import AppContext
from app.errors import UserError
from app.workcalendar import OfficeHours

UI_LANGUAGE = "ui_language"
OFFICE_HOURS = "office_hours"
TALON_COMPLAINT = "talon_complaint"
UI_LANGUAGES = ("kk", "ru")
_HOURS_KEYS = ("start", "end", "lunch_start", "lunch_end")


def ui_language(ctx: AppContext) -> str | None:
    """The interface language chosen for this office ("kk" or "ru"), or None if never chosen."""
    with ctx.session() as s:
        value = ctx.get_setting(s, UI_LANGUAGE)
    return value if value in UI_LANGUAGES else None


def _check_language(lang: str) -> str:
    if lang not in UI_LANGUAGES:
        raise UserError(
            code="bad-language",
            kk=f"Тіл белгісіз: {lang} (kk немесе ru)",
            ru=f"Неизвестный язык: {lang} (kk или ru)",
            en=f"Unknown language: {lang} (kk or ru)",
        )
    return lang


def _check_hours(start: time, end: time, lunch_start: time, lunch_end: time) -> OfficeHours:
    try:
        return OfficeHours(start, end, lunch_start, lunch_end)
    except ValueError as exc:
        raise UserError(
            code="bad-office-hours",
            kk="Жұмыс уақыты дұрыс емес: басталуы < түскі үзіліс ≤ үзілістің соңы < аяқталуы "
            "болуы керек.",
            ru="Неверные часы работы: нужно начало < обед ≤ конец обеда < окончание.",
            en=f"Invalid office hours: {exc}",
        ) from exc


def _check_complaint(kk: str, ru: str) -> dict[str, str] | None:
    kk, ru = kk.strip(), ru.strip()
    if bool(kk) != bool(ru):
        raise UserError(
            code="complaint-one-language",
            kk="Шағым беру тәртібінің мәтіні қазақша да, орысша да болуы керек "
            "(немесе екеуі де бос болса, әдепкі мәтін басылады).",
            ru="Текст о порядке обжалования нужен на казахском и на русском "
            "(или оставьте оба пустыми, чтобы печатать текст по умолчанию).",
            en="The complaint text needs both Kazakh and Russian (or neither, for the default).",
        )
    return {"kk": kk, "ru": ru} if kk else None


def _put(ctx: AppContext, s: Session, key: str, value: Any, *, audited: bool) -> None:
    before = ctx.get_setting(s, key)
    if before == value:
        return
    staff_id = None
    if audited:
        # The office's own settings (hours move deadlines, the complaint text is printed on
        # every talon) are the akim's; the interface language is anybody's.
        staff_id = users.require(s, ctx.current_staff(s), "settings").id
    ctx.set_setting(s, key, value)
    if audited:
        audit.record(
            s,
            entity="setting",
            entity_id=key,
            action="set",
            staff_id=staff_id,
            before=before,
            after=value,
        )


def set_ui_language(ctx: AppContext, lang: str) -> None:
    _check_language(lang)
    with ctx.session() as s:
        _put(ctx, s, UI_LANGUAGE, lang, audited=False)


def office_hours(ctx: AppContext) -> OfficeHours:
    """The hours deadlines are counted in: the office's own, else the default 09–18."""
    return ctx.calendar().hours


def talon_complaint(ctx: AppContext) -> tuple[str, str] | None:
    """The office's own (kk, ru) wording of how to complain, or None for the default text."""
    with ctx.session() as s:
        value = ctx.get_setting(s, TALON_COMPLAINT)
    if isinstance(value, dict) and value.get("kk") and value.get("ru"):
        return str(value["kk"]), str(value["ru"])
    return None


def save(
    ctx: AppContext,
    *,
    lang: str | None = None,
    hours: tuple[time, time, time, time] | None = None,
    complaint: tuple[str, str] | None = None,
) -> None:
    """Check every given setting, then store them together (or none, on the first refusal).

    `hours` is (start, end, lunch_start, lunch_end): start < lunch ≤ lunch end < end.
    `complaint` is (kk, ru): both, or both empty to print the default wording again.
    Office hours and the complaint text are audited: deadlines and talons change with them.
    """
    if lang is not None:
        _check_language(lang)
    checked_hours = _check_hours(*hours) if hours is not None else None
    complaint_value = _check_complaint(*complaint) if complaint is not None else None
    with ctx.session() as s:
        if lang is not None:
            _put(ctx, s, UI_LANGUAGE, lang, audited=False)
        if checked_hours is not None:
            value = {k: getattr(checked_hours, k).strftime("%H:%M") for k in _HOURS_KEYS}
            _put(ctx, s, OFFICE_HOURS, value, audited=True)
        if complaint is not None:
            _put(ctx, s, TALON_COMPLAINT, complaint_value, audited=True)
