"""The first screen ("Today"), its charts, the overdue notice and the reminders dialog, used the
way a person uses them. Only QMessageBox is patched: the edge where the person answers."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QRegion
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import register as reg
from app.commission import refer, set_commission
from app.context import AppContext
from app.dashboard import dashboard
from app.iin import make_iin
from app.intake import ApplicantInput, IntakeRequest, register
from app.office import init_office
from app.register import RegisterFilter
from db.models import Application, BundleLog, Decision, Office
from ui import i18n
from ui.charts import DEFAULT_COLOUR, BarChart, ChartBar
from ui.dashboard import DashboardView
from ui.main_window import MainWindow
from ui.reminders_dialog import RemindersDialog

# Any Qt warning fails the test, except the offscreen platform's note about window sizes.
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

_serial = iter(range(300, 10_000))
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The interface's .qm files, built from translations/*.ts for this module's tests."""
    spec = importlib.util.spec_from_file_location(
        "translations_build", ROOT / "translations/build.py"
    )
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    out = tmp_path_factory.mktemp("qm")
    build.build(out)
    return out


@pytest.fixture(autouse=True)
def russian(qapp: QApplication, qm_dir: Path) -> Iterator[None]:
    """The office's Russian interface, as a person sees it; removed after the test."""
    installed = i18n.install_translators(qapp, "ru", qm_dir)
    yield
    i18n.remove_translators(qapp, installed)


def _register(ctx: AppContext, service: str, when: datetime, surname: str = "Әлиева") -> str:
    svc = ctx.catalogue.get(service)
    return register(
        ctx,
        IntakeRequest(
            service_code=service,
            applicant=ApplicantInput(
                iin=make_iin(date(1980, 5, 5), "F", serial=next(_serial)),
                surname=surname,
                name="Гүлнұр",
                address="Қосшы а., Абай к., 5",
                phone="+7 701 555 12 34",
            ),
            documents=[d.name.ru for d in svc.documents if d.required],
            registered_at=when,
        ),
    ).incoming_number


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    c = AppContext(tmp_path / "office")
    init_office(
        c,
        role="akimat",
        code="196435100",
        name_kk="Қосшы ауылдық округі әкімінің аппараты",
        name_ru="Аппарат акима Косшынского сельского округа",
        staff_surname="Сейітова",
        staff_name="Әсел",
        staff_login="specialist",
    )
    now = datetime.now().replace(second=0, microsecond=0)
    weeks_ago = now - timedelta(days=21)
    members = [("Ахметов А.Б.", "chair"), ("Серікова Г.Н.", "secretary")]
    set_commission(c, "12", (weeks_ago - timedelta(days=30)).date(), members)
    _register(c, "asp", weeks_ago, "Бекова")  # the referral to the commission is overdue
    visit = _register(c, "asp", weeks_ago, "Ясинова")
    refer(c, visit, weeks_ago + timedelta(hours=1))  # the commission's visit is overdue
    _register(c, "fuel-aid", now - timedelta(minutes=5), "Ақанова")  # ready for a packet
    yield c
    c.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, settings: QSettings) -> MainWindow:
    w = MainWindow(ctx, settings=settings, lang="ru")
    qtbot.addWidget(w)
    w.resize(1280, 860)
    w.show()
    qtbot.waitExposed(w)
    return w


def _render(widget: QWidget, background: QColor) -> QImage:
    """The widget painted onto a plain image (its own painting only, no window background)."""
    image = QImage(widget.size(), QImage.Format.Format_RGB32)
    image.fill(background)
    widget.render(image, QPoint(0, 0), QRegion(), QWidget.RenderFlag.DrawChildren)
    return image


def _non_background(image: QImage, background: QColor) -> int:
    bg = background.rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) != bg
    )


# --- the first screen -------------------------------------------------------------------------


def test_today_opens_first_with_the_numbers(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    assert window.tabs.currentWidget() is window.dashboard
    d = dashboard(ctx)
    shown = {key: tile.count for key, tile in window.dashboard.tiles.items()}
    assert shown == {t.key: t.count for t in d.tiles()}
    assert shown["overdue"] == 2 and shown["commission"] == 1 and shown["packets"] == 1
    assert window.dashboard.tiles["overdue"].property("level") == "alert"
    assert window.dashboard.tiles["issue"].property("level") == "calm"
    assert "обследования комиссии: 1" in window.dashboard.tiles["overdue"].detail_label.text()
    # A look at it, as a person would see it.
    png = tmp_path / "dashboard.png"
    assert window.grab().save(str(png))
    assert png.stat().st_size > 10_000


def test_overdue_notice_at_start_does_not_block(qtbot: QtBot, window: MainWindow) -> None:
    banner = window.dashboard.banner
    assert banner.isVisible()
    assert "Просрочено: 2 — обследования комиссии: 1, прочие шаги: 1" in (
        window.dashboard.banner_label.text()
    )
    qtbot.waitUntil(lambda: "2" in window.statusBar().currentMessage(), timeout=2000)
    summary = window.dashboard.overdue_summary()
    assert window.statusBar().currentMessage() == summary
    assert QApplication.activeModalWidget() is None

    # "Show overdue" opens the register's overdue rows.
    qtbot.mouseClick(window.dashboard.banner_show, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.register_page
    assert window.current_filter() == RegisterFilter(overdue_only=True)
    assert window.model.total == 2

    window.show_today()
    qtbot.mouseClick(window.dashboard.banner_close, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    window.refresh()
    assert not banner.isVisible()  # the same number: still dismissed


def test_a_new_overdue_number_brings_the_banner_back(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.dashboard.dismiss_banner()
    assert not window.dashboard.banner.isVisible()
    _register(ctx, "asp", datetime.now() - timedelta(days=21), "Жұмабаева")
    window.refresh()
    assert window.dashboard.banner.isVisible()
    assert "3" in window.dashboard.banner_label.text()


def test_no_overdue_no_banner_no_message(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> None:
    c = AppContext(tmp_path / "quiet")
    init_office(c, role="akimat", code="196435100", name_kk="Қосшы", name_ru="Косшы")
    try:
        w = MainWindow(c, settings=settings, lang="kk")
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        qtbot.wait(20)
        assert not w.dashboard.banner.isVisible()
        assert w.statusBar().currentMessage() == ""
        assert w.dashboard.service_chart.bars == []
        assert w.dashboard.packets_empty.isVisible()
        assert not w.dashboard.offices_box.isVisible()
        w.close()
    finally:
        c.close()


def test_clicking_a_tile_opens_the_register_filtered(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    tiles = window.dashboard.tiles
    qtbot.mouseClick(tiles["overdue"], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.register_page
    assert window.overdue_check.isChecked() and not window.due_today_check.isChecked()
    assert window.current_filter() == RegisterFilter(overdue_only=True)
    assert window.model.total == tiles["overdue"].count == 2

    window.show_today()
    qtbot.mouseClick(tiles["commission"], Qt.MouseButton.LeftButton)
    flt = window.current_filter()
    assert flt == RegisterFilter(status="at_commission")
    assert window.status_combo.currentData() == "at_commission"
    assert not window.overdue_check.isChecked()
    assert window.model.total == tiles["commission"].count == 1

    window.show_today()
    tiles["due_today"].setFocus()
    qtbot.keyClick(tiles["due_today"], Qt.Key.Key_Return)
    assert window.current_filter() == RegisterFilter(due_today=True)
    with ctx.session() as s:
        assert window.model.total == reg.count(s, RegisterFilter(due_today=True))


def test_due_today_and_overdue_exclude_each_other(qtbot: QtBot, window: MainWindow) -> None:
    window.show_register()
    qtbot.mouseClick(window.due_today_check, Qt.MouseButton.LeftButton)
    assert window.current_filter().due_today
    qtbot.mouseClick(window.overdue_check, Qt.MouseButton.LeftButton)
    assert window.overdue_check.isChecked() and not window.due_today_check.isChecked()
    assert window.current_filter() == RegisterFilter(overdue_only=True)


def test_clicking_bars_opens_the_month_by_service_and_by_outcome(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    view = window.dashboard
    assert view.data is not None
    chart = view.service_chart
    index = next(i for i, b in enumerate(view.data.by_service) if b.key == "fuel-aid")
    rect = chart.bar_rect(index)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    flt = window.current_filter()
    month = view.data.by_service[index].link
    assert (flt.service, flt.date_from, flt.date_to) == ("fuel-aid", month.date_from, month.date_to)
    assert window.period_check.isChecked() and window.date_from.isEnabled()
    assert window.model.total == view.data.by_service[index].count == 1

    window.show_today()
    outcomes = [b.key for b in view.data.by_outcome]
    assert "in_progress" in outcomes
    chart = view.outcome_chart
    i = outcomes.index("in_progress")
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(i).center().toPoint())
    assert window.current_filter().outcome == "in_progress"
    assert window.extra_filter.isVisible() and "В работе" in window.extra_filter.text()
    assert window.model.total == view.data.by_outcome[i].count
    # The chip's × removes what the filter bar has no control for.
    qtbot.mouseClick(window.extra_filter_clear, Qt.MouseButton.LeftButton)
    assert window.current_filter().outcome is None and not window.extra_filter.isVisible()


def test_refresh_and_registering_update_today(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    before = window.dashboard.tiles["packets"].count
    _register(ctx, "fuel-aid", datetime.now() - timedelta(minutes=1), "Үсенова")
    window.refresh_action.trigger()
    assert window.dashboard.tiles["packets"].count == before + 1
    _register(ctx, "fuel-aid", datetime.now() - timedelta(minutes=1), "Ұлықбекова")
    window.show_register()
    window.show_today()  # coming back to "Today" reads the numbers again
    assert window.dashboard.tiles["packets"].count == before + 2


# --- the chart ---------------------------------------------------------------------------------


def test_chart_paints_bars_in_proportion(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars(
        [
            ChartBar("Мемлекеттік атаулы әлеуметтік көмек", 10),
            ChartBar("Отын сатып алу", 5, colour=QColor("#2e8b57")),
            ChartBar("Жоқ", 0),
        ]
    )
    chart.resize(500, chart.sizeHint().height())
    background = QColor("#ffffff")
    image = _render(chart, background)
    assert _non_background(image, background) > 200
    first, second, third = (chart.bar_rect(i) for i in range(3))
    assert second.width() == pytest.approx(first.width() / 2, abs=1)
    assert third.width() == 0
    assert image.pixelColor(first.center().toPoint()) == DEFAULT_COLOUR
    assert image.pixelColor(second.center().toPoint()) == QColor("#2e8b57")

    clicked: list[int] = []
    chart.barClicked.connect(clicked.append)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=second.center().toPoint())
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert clicked == [1, 0]


def test_empty_chart_says_so(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(300, 80)
    background = QColor("#ffffff")
    assert _non_background(_render(chart, background), background) == 0
    chart.set_empty_text("Осы айда өтініш жоқ")
    assert _non_background(_render(chart, background), background) > 20


# --- the district --------------------------------------------------------------------------------


def test_the_district_sees_its_offices(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> None:
    c = AppContext(tmp_path / "district")
    init_office(c, role="district", code="196400000", name_kk="Аудан", name_ru="Район")
    with c.session() as s:
        akimat = Office(role="akimat", code="196435100", name_kk="Қосшы", name_ru="Косшы")
        s.add(akimat)
        s.flush()
        for seq in (1, 3):
            s.add(
                BundleLog(
                    direction="received",
                    kind="outgoing",
                    bundle_uuid=f"00000000-0000-0000-0000-00000000000{seq}",
                    source_office_code="196435100",
                    recipient_office_code="196400000",
                    sequence=seq,
                    created_at=datetime(2026, 2, 2, 10, 0),
                    status="imported",
                )
            )
    try:
        view = DashboardView(c, lang="ru")
        qtbot.addWidget(view)
        view.refresh()
        view.show()
        qtbot.waitExposed(view)
        assert view.offices_box.isVisible()
        table = view.offices_table
        assert table.rowCount() == 1
        assert table.item(0, 0).text() == "Косшы (196435100)"
        assert table.item(0, 3).text() == "2"  # the missing bundle
        opened: list[Any] = []
        view.linkActivated.connect(opened.append)
        table.activated.emit(table.model().index(0, 0))
        assert opened[0].office_code == "196435100" and opened[0].status == "sent"
    finally:
        c.close()


# --- reminders -----------------------------------------------------------------------------------


def _assigned(ctx: AppContext, surname: str, decided: date) -> None:
    number = _register(ctx, "asp", datetime(2026, 1, 12, 10, 0), surname)
    with ctx.session() as s:
        app = s.scalar(select(Application).where(Application.incoming_number == number))
        s.add(Decision(application_id=app.id, outcome="assigned", number="71", decided_on=decided))


def test_reminders_dialog_lists_and_prints_letters(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes: list[str] = []

    def box_exec(box: QMessageBox) -> int:
        boxes.append(box.text())
        return 0  # closed without choosing

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    _assigned(ctx, "Һәкімова", date(2026, 8, 3))
    _assigned(ctx, "Әлиева", date(2026, 9, 1))
    dialog = RemindersDialog(ctx, lang="ru", today=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.show()
    assert str(dialog.quarter) == "2026-Q4"
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text().startswith("Әлиева")
    assert dialog.table.item(0, 5).text() == "с 01.09.2026"
    assert "семей для напоминания: 2" in dialog.summary.text()

    made: list[Path] = []
    dialog.documentMade.connect(made.append)
    qtbot.mouseClick(dialog.letters_button, Qt.MouseButton.LeftButton)
    assert len(made) == 1 and made[0].parent == ctx.paths.documents
    assert len(PdfReader(made[0]).pages) == 2
    assert boxes == ["Письма-напоминания за 4 квартал 2026 года готовы"]
    qtbot.mouseClick(dialog.list_button, Qt.MouseButton.LeftButton)
    assert made[1].name == "reminders-2026-Q4-list.pdf" and made[1].is_file()

    # The quarter of the assignments themselves: nobody, and nothing to print.
    dialog.set_quarter(replace(dialog.quarter, number=3))
    assert dialog.table.rowCount() == 0
    assert not dialog.letters_button.isEnabled() and not dialog.list_button.isEnabled()


def test_menu_opens_the_reminders_dialog(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[str] = []

    def close_it() -> None:
        modal = QApplication.activeModalWidget()
        seen.append(modal.objectName() if modal else "")
        if modal is not None:
            modal.close()

    QTimer.singleShot(0, close_it)
    window.reminders_action.trigger()
    assert seen == ["RemindersDialog"]
