"""The registration journal dialog on the demo office, used like a person uses it.

The journal is read back from the files it writes (pypdf, openpyxl) and compared with the
database. Only QMessageBox and QFileDialog are patched: the edge where the person answers.
"""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDateEdit, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import forms.journal
from app.context import AppContext
from app.demo import seed_demo
from db.models import Application
from forms.journal import XLSX_HEADER_ROW
from ui import i18n
from ui.journal_dialog import JournalDialog, journal_path
from ui.main_window import MainWindow

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # Said by Qt's offscreen platform whenever a window with a size constraint is shown.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

ROOT = Path(__file__).resolve().parent.parent
JOB_TIMEOUT_MS = 30_000


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    with AppContext(home) as c:
        assert seed_demo(c) > 20
        yield c


@dataclass
class Edge:
    boxes: list[str] = field(default_factory=list)  # offer_document's "ready" boxes
    warnings: list[str] = field(default_factory=list)
    save_to: Path | None = None


@pytest.fixture
def edge(monkeypatch: pytest.MonkeyPatch) -> Edge:
    e = Edge()

    def box_exec(box: QMessageBox) -> int:
        e.boxes.append(box.text())
        return 0  # closed without choosing

    def warning(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        e.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def save_name(*_a: Any, **_k: Any) -> tuple[str, str]:
        return (str(e.save_to) if e.save_to else "", "")

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    return e


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext) -> JournalDialog:
    dlg = JournalDialog(ctx, lang="ru")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def registered(ctx: AppContext, date_from: date, date_to: date) -> list[str]:
    """The journal numbers the database holds for a period, in journal order."""
    start = datetime.combine(date_from, time.min)
    end = datetime.combine(date_to + timedelta(days=1), time.min)
    with ctx.session() as s:
        apps = s.scalars(
            select(Application)
            .where(Application.registered_at >= start, Application.registered_at < end)
            .order_by(Application.year, Application.number)
        ).all()
        return [a.incoming_number for a in apps]


def registration_days(ctx: AppContext) -> list[date]:
    with ctx.session() as s:
        return sorted({a.registered_at.date() for a in s.scalars(select(Application))})


def type_date(qtbot: QtBot, edit: QDateEdit, day: date) -> None:
    """Tab into the date and type its digits: the day, month and year sections fill in turn."""
    edit.clearFocus()
    edit.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab does: the day section is selected
    qtbot.keyClicks(edit, day.strftime("%d%m%Y"))
    assert edit.date().toPython() == day


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


# --- the dialog --------------------------------------------------------------------------


def test_opens_on_this_month_as_pdf(dialog: JournalDialog) -> None:
    today = QDate.currentDate()
    assert dialog.date_from.date() == QDate(today.year(), today.month(), 1)
    assert dialog.date_to.date() == today
    assert dialog.pdf_radio.isChecked()
    assert dialog.make_button.isEnabled()


def test_a_period_that_ends_before_it_starts_cannot_be_made(
    qtbot: QtBot, dialog: JournalDialog
) -> None:
    type_date(qtbot, dialog.date_from, date(2026, 3, 10))
    type_date(qtbot, dialog.date_to, date(2026, 3, 9))
    assert not dialog.make_button.isEnabled()
    assert dialog.hint.text() == "The period starts after it ends."
    type_date(qtbot, dialog.date_to, date(2026, 3, 10))
    assert dialog.make_button.isEnabled()
    assert dialog.hint.text() == ""


def test_make_journal_pdf_off_the_gui_thread_and_offer_it(
    qtbot: QtBot,
    dialog: JournalDialog,
    ctx: AppContext,
    edge: Edge,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    days = registration_days(ctx)
    first, last = days[0], days[-1]
    numbers = registered(ctx, first, last)
    assert len(numbers) > 20
    threads: list[threading.Thread] = []
    render = forms.journal.render_journal_pdf

    def spy(*args: Any, **kwargs: Any) -> Path:
        threads.append(threading.current_thread())
        return render(*args, **kwargs)

    monkeypatch.setattr(forms.journal, "render_journal_pdf", spy)
    type_date(qtbot, dialog.date_from, first)
    type_date(qtbot, dialog.date_to, last)
    with qtbot.waitSignal(dialog.journalMade, timeout=JOB_TIMEOUT_MS) as made:
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
        # The click returned before the journal was made: the window is not frozen, and
        # it cannot be closed or started twice meanwhile.
        assert dialog.busy
        assert not dialog.make_button.isEnabled()
        assert not dialog.close_button.isEnabled()
        dialog.close()
        assert dialog.isVisible()
    assert threads and threads[0] is not threading.main_thread()
    assert not dialog.busy and dialog.make_button.isEnabled()

    pdf = made.args[0]
    assert pdf == journal_path(ctx, first, last, "pdf")
    assert pdf.name == f"journal-{first.isoformat()}-{last.isoformat()}.pdf"
    text = pdf_text(pdf)
    assert "Журнал регистрации" in text
    assert "Тіркеу журналы" in text
    for number in (numbers[0], numbers[len(numbers) // 2], numbers[-1]):
        assert number in text
    assert edge.boxes == [f"Registration journal for {first:%d.%m.%Y} – {last:%d.%m.%Y} is ready"]
    assert edge.warnings == []


def test_make_journal_xlsx_for_a_part_of_the_register_and_save_it(
    qtbot: QtBot, dialog: JournalDialog, ctx: AppContext, edge: Edge, tmp_path: Path
) -> None:
    days = registration_days(ctx)
    first, last = days[len(days) // 4], days[len(days) // 2]
    numbers = registered(ctx, first, last)
    everything = registered(ctx, days[0], days[-1])
    assert 0 < len(numbers) < len(everything)
    type_date(qtbot, dialog.date_from, first)
    type_date(qtbot, dialog.date_to, last)
    qtbot.mouseClick(dialog.xlsx_radio, Qt.MouseButton.LeftButton)
    assert dialog.xlsx_radio.isChecked()
    (tmp_path / "usb").mkdir()
    edge.save_to = tmp_path / "usb" / "journal"  # the extension is added
    with qtbot.waitSignal(dialog.journalMade, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)

    saved = tmp_path / "usb" / "journal.xlsx"
    assert [p.name for p in saved.parent.iterdir()] == ["journal.xlsx"]
    assert journal_path(ctx, first, last, "xlsx").is_file()  # the office keeps its copy
    ws = load_workbook(saved).active
    rows = [r for r in ws.iter_rows(min_row=XLSX_HEADER_ROW + 1, values_only=True) if r[0]]
    assert [r[0] for r in rows] == numbers
    assert all(first <= r[1].date() <= last for r in rows)  # real dates, in the period
    assert "Журнал регистрации" in ws["A1"].value
    assert dialog.hint.text() == f"Saved to: {saved}"
    assert edge.boxes == [] and edge.warnings == []


@pytest.fixture
def russian(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The interface in Russian, from .qm files built for this test."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "translations_build", ROOT / "translations/build.py"
    )
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    qm_dir = tmp_path / "qm"
    build.build(qm_dir)
    translators = i18n.install_translators(qapp, "ru", qm_dir)
    assert translators
    yield
    i18n.remove_translators(qapp, translators)


def test_a_full_disk_shows_a_translated_message_and_leaves_no_half_file(
    qtbot: QtBot,
    russian: None,
    ctx: AppContext,
    edge: Edge,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build = forms.journal.BaseDocTemplate.build

    def disk_full(self: Any, *args: Any, **kwargs: Any) -> None:
        build(self, *args, **kwargs)  # the temporary file is written, then the disk fills
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(forms.journal.BaseDocTemplate, "build", disk_full)
    dlg = JournalDialog(ctx, lang="ru")
    qtbot.addWidget(dlg)
    assert dlg.make_button.text() == "Сформировать журнал"
    days = registration_days(ctx)
    dlg.set_period(days[0], days[-1])
    with qtbot.waitSignal(dlg.failed, timeout=JOB_TIMEOUT_MS) as failed:
        qtbot.mouseClick(dlg.make_button, Qt.MouseButton.LeftButton)

    message = f"Не удалось записать журнал: {os.strerror(errno.ENOSPC)}"
    assert failed.args == [message]
    assert edge.warnings == [message]
    assert dlg.hint.text() == message
    assert edge.boxes == []
    assert not dlg.busy and dlg.make_button.isEnabled()
    documents = ctx.paths.documents
    assert [p.name for p in documents.iterdir()] == []  # no journal, no .part file


# --- the main window ---------------------------------------------------------------------


def test_ctrl_p_in_the_main_window_opens_the_journal(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[JournalDialog] = []

    def exec_(dlg: JournalDialog) -> int:
        opened.append(dlg)
        return 0

    monkeypatch.setattr(JournalDialog, "exec", exec_)
    window = MainWindow(ctx, lang="ru")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts reach the active window only
        window.show()
        window.activateWindow()
    assert window.journal_action in window.file_menu.actions()
    assert window.journal_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    assert opened[0].ctx is ctx and opened[0].parent() is window
