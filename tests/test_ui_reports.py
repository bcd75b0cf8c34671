"""The report dialog, used like a person uses it, on the March 2026 register of test_reports.

Only QFileDialog and the print preview's exec are patched: the edge where the person answers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QObject, Qt, Slot
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

import app.reports
from app.context import AppContext
from app.reports import build_report
from forms.report import XLSX_HEADER_ROW
from tests.test_reports import MARCH, March, build_march, intake, make_office, pdf_text
from ui.main_window import MainWindow
from ui.printing import PdfPrintPreview
from ui.report_dialog import (
    PERIOD_CUSTOM,
    PERIOD_LAST_MONTH,
    PERIOD_THIS_MONTH,
    PERIOD_THIS_QUARTER,
    ReportDialog,
    period_for,
)

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # Said by Qt's offscreen platform whenever a window with a size constraint is shown.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

JOB_TIMEOUT_MS = 30_000


@pytest.fixture
def march(home: Path) -> Iterator[March]:
    with make_office(home) as ctx:
        yield build_march(ctx)


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The file the person picks in the save dialog (the last one set), and the warnings."""
    chosen: list[Path] = []

    def save_name(*_a: Any, **_k: Any) -> tuple[str, str]:
        return (str(chosen[-1]) if chosen else "", "")

    def warning(*_a: Any, **_k: Any) -> Any:
        raise AssertionError(f"unexpected warning: {_a[2] if len(_a) > 2 else _a}")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return chosen


def open_dialog(qtbot: QtBot, ctx: AppContext) -> ReportDialog:
    dlg = ReportDialog(ctx, lang="ru")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def choose(dlg: ReportDialog, combo_name: str, data: object) -> None:
    combo = getattr(dlg, combo_name)
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_period_presets() -> None:
    assert period_for(PERIOD_THIS_MONTH, date(2026, 2, 14)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert period_for(PERIOD_LAST_MONTH, date(2026, 1, 31)) == (
        date(2025, 12, 1),
        date(2025, 12, 31),
    )
    assert period_for(PERIOD_THIS_QUARTER, date(2026, 11, 23)) == (
        date(2026, 10, 1),
        date(2026, 12, 31),
    )
    assert period_for(PERIOD_CUSTOM, date(2026, 11, 23)) is None


def test_the_period_is_chosen_from_presets_or_typed(qtbot: QtBot, march: March) -> None:
    dlg = open_dialog(qtbot, march.ctx)
    today = QDate.currentDate().toPython()
    assert dlg.period() == period_for(PERIOD_THIS_MONTH, today)
    assert not dlg.date_from.isEnabled()  # a preset: the dates follow it
    assert not dlg.office_combo.isVisible()  # an akim's office reports on itself
    choose(dlg, "period_combo", PERIOD_LAST_MONTH)
    assert dlg.period() == period_for(PERIOD_LAST_MONTH, today)
    choose(dlg, "period_combo", PERIOD_CUSTOM)
    assert dlg.date_from.isEnabled() and dlg.date_to.isEnabled()
    dlg.date_from.setDate(QDate(2026, 3, 31))
    dlg.date_to.setDate(QDate(2026, 3, 1))
    assert not dlg.save_button.isEnabled() and not dlg.preview_button.isEnabled()
    assert dlg.hint.text() == "The period starts after it ends."
    dlg.date_to.setDate(QDate(2026, 4, 1))
    assert dlg.save_button.isEnabled() and dlg.hint.text() == ""


def test_save_an_excel_report_off_the_gui_thread(
    qtbot: QtBot, march: March, save_to: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    build = app.reports.build_report

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return build(*args, **kwargs)

    monkeypatch.setattr(app.reports, "build_report", spy)
    dlg = open_dialog(qtbot, march.ctx)
    dlg.set_period(*MARCH)
    choose(dlg, "format_combo", "xlsx")
    (tmp_path / "usb").mkdir()
    save_to.append(tmp_path / "usb" / "march")  # the extension is added
    with qtbot.waitSignal(dlg.reportMade, timeout=JOB_TIMEOUT_MS) as made:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
        # The click returned before the report was made: busy, with a way to stop it.
        assert dlg.busy
        assert dlg.cancel_button.isVisible() and dlg.progress_bar.isVisible()
        assert not dlg.save_button.isEnabled() and not dlg.close_button.isEnabled()
    assert threads and threads[0] is not threading.main_thread()
    out = tmp_path / "usb" / "march.xlsx"
    assert made.args == [out]
    assert [p.name for p in out.parent.iterdir()] == ["march.xlsx"]
    assert not dlg.busy and not dlg.cancel_button.isVisible()
    assert dlg.hint.text() == f"Saved to: {out}"
    expected = build(march.ctx, *MARCH).to_json()
    ws = load_workbook(out)["Қызметтер"]
    rows = [r for r in ws.iter_rows(min_row=XLSX_HEADER_ROW + 1, values_only=True) if r[0]]
    assert [(r[0], r[2]) for r in rows[:-1]] == [
        (s["service"], s["registered"]) for s in expected["by_service"]
    ]


class MidWay(QObject):
    """Does `act()` once, as soon as the worker says it is part-way through.

    Connected with a blocking queued connection, so the worker waits on its progress call
    until `act` is done: whatever it does lands mid-way, every time.
    """

    def __init__(self, act: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)  # lives as long as the dialog: the connection with it
        self.act = act
        self.seen: list[int] = []

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        self.seen.append(done)
        if 0 < done < total and len([d for d in self.seen if d > 0]) == 1:
            self.act()


def mid_way(dlg: ReportDialog, act: Callable[[], None]) -> MidWay:
    hook = MidWay(act, dlg)
    dlg._signals.progress.connect(hook.on_progress, Qt.ConnectionType.BlockingQueuedConnection)
    return hook


def test_cancel_mid_way_stops_and_leaves_no_file(
    qtbot: QtBot, march: March, save_to: list[Path], tmp_path: Path
) -> None:
    dlg = open_dialog(qtbot, march.ctx)
    dlg.set_period(*MARCH)
    choose(dlg, "format_combo", "pdf")
    folder = tmp_path / "reports"
    folder.mkdir()
    save_to.append(folder / "march.pdf")
    canceller = mid_way(dlg, lambda: QTest.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton))
    with qtbot.waitSignal(dlg.cancelled, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    # It stopped at the first progress past the start: not one more case was counted.
    assert [d for d in canceller.seen if d > 0] == [canceller.seen[1]]
    assert list(folder.iterdir()) == []  # no report, no temporary file
    assert dlg.hint.text() == "Cancelled: no file was written."
    assert not dlg.busy and dlg.save_button.isEnabled() and not dlg.cancel_button.isVisible()

    # The next try runs to the end.
    dlg._signals.progress.disconnect(canceller.on_progress)
    with qtbot.waitSignal(dlg.reportMade, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in folder.iterdir()] == ["march.pdf"]


def test_closing_while_busy_cancels_first(
    qtbot: QtBot, march: March, save_to: list[Path], tmp_path: Path
) -> None:
    dlg = open_dialog(qtbot, march.ctx)
    dlg.set_period(*MARCH)
    save_to.append(tmp_path / "march.pdf")
    visible: list[bool] = []

    def escape() -> None:
        dlg.reject()  # Escape: the dialog stays until the worker has stopped
        visible.append(dlg.isVisible())

    mid_way(dlg, escape)
    with qtbot.waitSignal(dlg.cancelled, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert visible == [True] and dlg.isVisible()
    assert not (tmp_path / "march.pdf").exists()
    assert list(tmp_path.glob("*.part")) == []


def test_print_preview_shows_the_pdf(
    qtbot: QtBot, march: March, save_to: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[Path, str]] = []

    def preview_exec(dialog: PdfPrintPreview) -> int:
        shown.append((dialog.pdf_path, dialog.windowTitle()))
        return 0  # closed without printing

    monkeypatch.setattr(PdfPrintPreview, "exec", preview_exec)
    dlg = open_dialog(qtbot, march.ctx)
    dlg.set_period(*MARCH)
    choose(dlg, "format_combo", "xlsx")  # the preview is always the PDF
    with qtbot.waitSignal(dlg.reportMade, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(dlg.preview_button, Qt.MouseButton.LeftButton)
    [(pdf, title)] = shown
    assert pdf == march.ctx.paths.documents / "report-2026-03-01-2026-03-31.pdf"
    assert title == "Report for 01.03.2026 – 31.03.2026"
    text = pdf_text(pdf)
    assert "Отчет об оказании государственных услуг" in text
    assert march.numbers["local_open"] in text


def test_the_district_chooses_an_office(
    qtbot: QtBot, home: Path, save_to: list[Path], tmp_path: Path
) -> None:
    with make_office(home, role="district", code="196400000") as ctx:
        intake(ctx, "asp", datetime(2026, 3, 3, 10, 0))
        dlg = open_dialog(qtbot, ctx)
        assert dlg.office_combo.isVisible()
        assert [dlg.office_combo.itemData(i) for i in range(dlg.office_combo.count())] == [
            None,
            "196400000",
        ]
        dlg.set_period(*MARCH)
        choose(dlg, "office_combo", "196400000")
        choose(dlg, "format_combo", "xlsx")
        save_to.append(tmp_path / "one.xlsx")
        with qtbot.waitSignal(dlg.reportMade, timeout=JOB_TIMEOUT_MS):
            qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
        wb = load_workbook(tmp_path / "one.xlsx")
        expected = build_report(ctx, *MARCH, office_code="196400000")
        assert [
            r[0] for r in wb["Кеңселер"].iter_rows(min_row=XLSX_HEADER_ROW + 1, values_only=True)
        ] == [o.code for o in expected.by_office]


def test_the_main_window_opens_reports_from_the_file_menu(
    qtbot: QtBot, march: March, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[ReportDialog] = []

    def exec_(dlg: ReportDialog) -> int:
        opened.append(dlg)
        return 0

    monkeypatch.setattr(ReportDialog, "exec", exec_)
    window = MainWindow(march.ctx, lang="ru")
    qtbot.addWidget(window)
    assert window.report_action in window.file_menu.actions()
    window.report_action.trigger()
    assert len(opened) == 1
    assert opened[0].ctx is march.ctx and opened[0].parent() is window
