"""The Settings window (language, office hours, the talon's complaint text) and the locale
formatting of dates, times and tenge amounts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTimeEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import settings as office_settings
from app.cases import DEFAULT_COMPLAINT, complaint_text
from app.context import AppContext
from app.office import init_office
from app.workcalendar import OfficeHours
from db.models import AuditEvent
from ui.formatting import format_date, format_datetime, format_money, format_number, format_time
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

NBSP = "\u00a0"


@pytest.fixture
def ctx(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.delenv("QABYLDAU_LANG", raising=False)
    with AppContext(home) as c:
        init_office(
            c,
            role="akimat",
            code="196435100",
            name_kk="Қосшы ауылдық округі әкімінің аппараты",
            name_ru="Аппарат акима Косшынского сельского округа",
        )
        yield c


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext) -> SettingsDialog:
    dlg = SettingsDialog(ctx, lang="ru")
    qtbot.addWidget(dlg)
    with qtbot.waitExposed(dlg):
        dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    return dlg


def type_text(widget: QWidget, text: str) -> None:
    """Key by key, as a Kazakh or Russian keyboard layout sends the letters."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def type_time(qtbot: QtBot, edit: QTimeEdit, hhmm: str) -> None:
    """Click into the hours, type the four digits (the edit moves on to the minutes)."""
    edit.setFocus()
    edit.setCurrentSection(QTimeEdit.Section.HourSection)
    edit.setSelectedSection(QTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, hhmm)
    assert edit.time().toString("HHmm") == hhmm


def press_ok(qtbot: QtBot, dlg: SettingsDialog) -> None:
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


# --- the dialog ------------------------------------------------------------------------------


def test_language_and_office_hours_persist_and_the_calendar_uses_them(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext
) -> None:
    assert dialog.start.time().toString("HH:mm") == "09:00"  # the default hours shown
    assert not dialog.restart_note.isVisible()
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Up)  # Русский → Қазақша
    assert dialog.chosen_language() == "kk"
    assert dialog.restart_note.isVisible()  # said before OK: it applies from the next start
    assert dialog.sample.text().startswith(format_date(date.today(), "kk"))
    type_time(qtbot, dialog.start, "0830")
    type_time(qtbot, dialog.end, "1730")
    type_time(qtbot, dialog.lunch_start, "1300")
    type_time(qtbot, dialog.lunch_end, "1330")
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.language_changed

    assert office_settings.ui_language(ctx) == "kk"
    with ctx.session() as s:
        assert ctx.get_setting(s, "office_hours") == {
            "start": "08:30",
            "end": "17:30",
            "lunch_start": "13:00",
            "lunch_end": "13:30",
        }
    hours = ctx.calendar().hours
    assert hours == OfficeHours(time(8, 30), time(17, 30), time(13, 0), time(13, 30))
    assert hours.minutes_per_day == 270 + 240
    # A deadline counted in working hours now runs on the new day: 8:30 + 2 h = 10:30.
    calendar = ctx.calendar()
    monday = datetime(2026, 3, 2, 8, 0)
    assert calendar.add_working_minutes(monday, 120) == datetime(2026, 3, 2, 10, 30)
    # Who changed the hours, and from what, is in the audit trail.
    with ctx.session() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity == "setting")).all()
        assert [(e.entity_id, e.action) for e in events] == [("office_hours", "set")]

    again = SettingsDialog(ctx, lang="ru")
    qtbot.addWidget(again)
    assert again.chosen_language() == "kk"
    assert again.lunch_end.time().toString("HH:mm") == "13:30"


def test_impossible_hours_are_refused_and_nothing_is_saved(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext
) -> None:
    type_time(qtbot, dialog.lunch_start, "1900")  # lunch after closing time
    type_text(dialog.complaint_kk, "Шағымды әкімге беруге болады.")
    type_text(dialog.complaint_ru, "Жалобу можно подать акиму.")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Неверные часы работы")
    with ctx.session() as s:
        assert ctx.get_setting(s, "office_hours") is None
        assert complaint_text(ctx, s) == DEFAULT_COMPLAINT  # not saved either


def test_the_complaint_text_needs_both_languages_or_neither(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext
) -> None:
    assert dialog.complaint_ru.placeholderText() == DEFAULT_COMPLAINT.ru
    type_text(dialog.complaint_kk, "Шағымды аудан әкіміне беруге болады.")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "на казахском и на русском" in dialog.error.text()
    type_text(dialog.complaint_ru, "Жалобу можно подать акиму района.")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    with ctx.session() as s:
        printed = complaint_text(ctx, s)
    assert (printed.kk, printed.ru) == (
        "Шағымды аудан әкіміне беруге болады.",
        "Жалобу можно подать акиму района.",
    )
    assert office_settings.ui_language(ctx) is None  # the language was not touched

    # Both emptied: the talon prints the standard wording again.
    again = SettingsDialog(ctx, lang="ru")
    qtbot.addWidget(again)
    assert again.complaint_kk.toPlainText() == "Шағымды аудан әкіміне беруге болады."
    again.complaint_kk.clear()
    again.complaint_ru.clear()
    again.accept()
    with ctx.session() as s:
        assert complaint_text(ctx, s) == DEFAULT_COMPLAINT


def test_the_main_windows_file_menu_opens_settings(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    opened: list[SettingsDialog] = []

    def exec_(self: SettingsDialog) -> int:
        opened.append(self)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window = MainWindow(
        ctx, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), lang="ru"
    )
    qtbot.addWidget(window)
    assert window.settings_action in window.file_menu.actions()
    window.settings_action.trigger()
    assert len(opened) == 1
    assert opened[0].parent() is window


# --- dates, numbers, tenge -----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_money_is_grouped_with_a_non_breaking_space_and_a_decimal_comma(lang: str) -> None:
    assert format_money(85000.5, lang) == f"85{NBSP}000,50{NBSP}₸"
    assert format_money(Decimal("1234567.005"), lang) == f"1{NBSP}234{NBSP}567,01{NBSP}₸"
    assert format_money(0, lang) == f"0,00{NBSP}₸"
    assert format_money(-42, lang) == f"-42,00{NBSP}₸"
    assert format_number(1234567, lang) == f"1{NBSP}234{NBSP}567"


@pytest.mark.parametrize(
    ("lang", "long"), [("kk", "2026 жылғы 5 наурыз"), ("ru", "5 марта 2026 г.")]
)
def test_dates_and_times_in_each_language(lang: str, long: str) -> None:
    day = date(2026, 3, 5)
    assert format_date(day, lang) == "05.03.2026"  # both: four-digit year, as on paper
    assert format_date(day, lang, long=True) == long
    assert format_date(datetime(2026, 3, 5, 23, 59), lang) == "05.03.2026"
    assert format_datetime(datetime(2026, 3, 5, 9, 7, 41), lang) == "05.03.2026 09:07"
    assert format_time(time(13, 0), lang) == "13:00"
    assert format_date(None, lang) == "—"
    assert format_datetime(None, lang) == "—"
