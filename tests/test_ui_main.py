"""The main window and the register model on a demo office, driven the way a person uses them."""

from __future__ import annotations

import importlib.util
import sys
import types
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.collation import kazakh_sort_key
from app.context import AppContext
from app.demo import seed_demo
from app.iin import make_iin
from app.intake import ApplicantInput, IntakeRequest, register
from app.register import RegisterFilter, fetch
from ui import i18n
from ui.labels import STATUS_LABELS, status_label
from ui.main import run_gui
from ui.main_window import SEARCH_DEBOUNCE_MS, MainWindow
from ui.register_model import (
    APPLICATION_ID_ROLE,
    COL_APPLICANT,
    COL_NEXT_DUE,
    COL_SERVICE,
    COL_STATUS,
    PAGE_SIZE,
    URGENCY_COLOURS,
    RegisterModel,
)

# Any Qt warning (a bad model index, a failed connection, a missing font) fails the test,
# except the offscreen platform's note that it has no window manager to tell sizes to.
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

ROOT = Path(__file__).resolve().parent.parent
# Cyrillic letters and the Latin letters clerks type for them by mistake.
LOOKALIKES = str.maketrans({"а": "a", "е": "e", "о": "o", "с": "c", "р": "p", "х": "x"})


# --- helpers and fixtures -----------------------------------------------------------------


def _add_cases(ctx: AppContext, surnames: list[str], start: datetime) -> None:
    """Register applications for the given surnames, a few minutes apart."""
    service = next(s for s in ctx.catalogue.accepted() if "akim" in s.routes)
    docs = [d.code for d in service.documents if d.required]
    for i, surname in enumerate(surnames):
        born = date(1960 + i % 40, 1 + i % 12, 1 + i % 28)
        register(
            ctx,
            IntakeRequest(
                service_code=service.code,
                applicant=ApplicantInput(
                    iin=make_iin(born, "F" if i % 2 else "M", serial=5000 + i),
                    surname=surname,
                    name="Айгүл",
                ),
                documents=docs,
                registered_at=start + timedelta(minutes=10 * i),
                allow_duplicate=True,
            ),
        )


def _all_rows(ctx: AppContext, flt: RegisterFilter | None = None) -> list:
    with ctx.session() as s:
        return fetch(s, flt or RegisterFilter(), limit=100_000)


def _shown(model: RegisterModel, column: int) -> list[str]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _build_qm(out_dir: Path) -> Path:
    spec = importlib.util.spec_from_file_location(
        "translations_build", ROOT / "translations/build.py"
    )
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    build.build(out_dir)
    return out_dir


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    c = AppContext(tmp_path / "office")
    assert seed_demo(c) > 20
    # Surnames whose Kazakh order differs from code-point order (Ә after А, not after Я).
    _add_cases(c, ["Әлиева", "Ясинова", "Ақанова", "Абаева"], datetime.now() - timedelta(days=3))
    yield c
    c.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, settings: QSettings) -> MainWindow:
    w = MainWindow(ctx, settings=settings, lang="ru")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def restore_app_state(qapp: QApplication) -> Iterator[None]:
    """run_gui sets the application font and translators; give the next test them back."""
    font = qapp.font()
    yield
    qapp.setFont(font)


def _type(widget: QWidget, text: str) -> None:
    """Type text key by key. QTest.keyClicks only knows ASCII (it aborts on Cyrillic), so the
    key events carry the letter as their text, as a Kazakh or Russian keyboard layout does."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def _type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.filter.text == "", timeout=2000)
    resets: list[None] = []
    window.model.modelReset.connect(lambda: resets.append(None))
    _type(window.search, text)
    assert window.search.text() == text
    # The debounce holds the query back until the typing pauses, then asks the db once.
    assert window.model.filter.text != text
    qtbot.waitUntil(lambda: window.model.filter.text == text, timeout=2000)
    qtbot.wait(SEARCH_DEBOUNCE_MS + 50)
    assert len(resets) == 1


# --- the window ---------------------------------------------------------------------------


def test_window_shows_the_register_and_the_count(window: MainWindow, ctx: AppContext) -> None:
    total = len(_all_rows(ctx))
    assert window.model.rowCount() == total > 20
    assert window.model.total == total
    assert str(total) in window.count_label.text()
    assert window.office_label.text() == "Аппарат акима Косшынского сельского округа (демо)"
    assert window.windowTitle() == "Қабылдау — Аппарат акима Косшынского сельского округа (демо)"
    assert "Сейітова Ә.Б." in window.staff_label.text()
    # Newest first, and the header says so.
    header = window.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    first, second = (window.model.row_at(i).registered_at for i in (0, 1))
    assert first >= second


def test_search_by_surname_fragment_and_latin_lookalikes(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    # A fragment of a real surname that has letters a clerk might type in Latin.
    surnames = [r.applicant.split()[0] for r in _all_rows(ctx)]
    fragment = next(
        s[:5]
        for s in sorted(surnames, key=surnames.count, reverse=True)
        if s[:5] != s[:5].translate(LOOKALIKES)
    )
    _type_search(qtbot, window, fragment)
    found = _shown(window.model, COL_APPLICANT)
    assert found
    assert len(found) < len(surnames)
    assert all(fragment.casefold() in name.casefold() for name in found)
    assert str(len(found)) in window.count_label.text()

    latin = fragment.translate(LOOKALIKES)
    assert latin != fragment
    _type_search(qtbot, window, latin)
    assert _shown(window.model, COL_APPLICANT) == found


def test_overdue_only(qtbot: QtBot, window: MainWindow) -> None:
    overdue = window.model.overdue
    assert overdue > 0, "the demo register has overdue cases"
    assert str(overdue) in window.overdue_label.text()
    qtbot.mouseClick(window.overdue_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.filter.overdue_only, timeout=1000)
    now = datetime.now()
    rows = [window.model.row_at(r) for r in range(window.model.rowCount())]
    assert len(rows) == overdue == window.model.total
    assert all(r.urgency(now) == "overdue" for r in rows)


def test_status_and_service_filters(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    window.status_combo.setCurrentIndex(window.status_combo.findData("refused_to_accept"))
    qtbot.waitUntil(lambda: window.model.filter.status == "refused_to_accept", timeout=1000)
    assert all(
        window.model.index(r, COL_STATUS).data() == status_label("refused_to_accept")
        for r in range(window.model.rowCount())
    )
    window.status_combo.setCurrentIndex(0)
    code = window.model.row_at(0).service_code
    window.service_combo.setCurrentIndex(window.service_combo.findData(code))
    qtbot.waitUntil(lambda: window.model.filter.service == code, timeout=1000)
    expected = len(_all_rows(ctx, RegisterFilter(service=code)))
    assert window.model.rowCount() == expected > 0
    assert {window.model.row_at(r).service_code for r in range(expected)} == {code}


def test_period_filter(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    day = window.model.row_at(0).registered_at.date()
    window.date_from.setDate(day)
    window.date_to.setDate(day)
    assert window.model.filter.date_from is None  # the dates count only with the box ticked
    qtbot.mouseClick(window.period_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.filter.date_from == day, timeout=1000)
    rows = [window.model.row_at(r) for r in range(window.model.rowCount())]
    assert rows
    assert all(r.registered_at.date() == day for r in rows)


def test_sort_by_applicant_header_uses_kazakh_order(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    names = [r.applicant for r in _all_rows(ctx)]
    kazakh = sorted(names, key=kazakh_sort_key)
    assert sorted(names)[:15] != kazakh[:15], "the data must tell the two orders apart"

    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_APPLICANT) + header.sectionSize(COL_APPLICANT) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    qtbot.waitUntil(lambda: window.model.sort_key == ("applicant", False), timeout=1000)
    assert header.sortIndicatorSection() == COL_APPLICANT
    shown = [window.model.index(r, COL_APPLICANT).data() for r in range(15)]
    assert shown == kazakh[:15]
    assert any(n.startswith("Әлиева") for n in shown)  # right after А, not after Я

    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    qtbot.waitUntil(lambda: window.model.sort_key == ("applicant", True), timeout=1000)
    assert window.model.index(0, COL_APPLICANT).data() == kazakh[-1]


def test_double_click_opens_the_case_card(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int] = []

    class FakeCard(QDialog):
        def __init__(self, ctx: AppContext, application_id: int, parent: QWidget) -> None:
            super().__init__(parent)
            opened.append(application_id)

    monkeypatch.setitem(sys.modules, "ui.case_card", types.SimpleNamespace(CaseCard=FakeCard))
    index = window.model.index(1, COL_SERVICE)
    rect = window.table.visualRect(index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [index.data(APPLICATION_ID_ROLE)]
    assert opened[0] == window.model.row_at(1).id
    for card in window.findChildren(FakeCard):
        card.close()


def test_double_click_opens_the_real_case_card(qtbot: QtBot, window: MainWindow) -> None:
    from ui.case_card import CaseCard

    index = window.model.index(2, COL_APPLICANT)
    rect = window.table.visualRect(index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cards = window.findChildren(CaseCard)
    assert len(cards) == 1
    assert cards[0].application_id == index.data(APPLICATION_ID_ROLE)
    assert cards[0].isVisible()
    cards[0].close()  # closing re-reads the register and keeps the row selected
    qtbot.waitUntil(lambda: not window.findChildren(CaseCard), timeout=2000)
    assert [i.row() for i in window.table.selectionModel().selectedRows()] == [2]


def test_new_application_refreshes_and_selects_it(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = window.model.total

    class FakeIntake(QDialog):
        registered = Signal(int)

        def __init__(self, ctx_: AppContext, parent: QWidget) -> None:
            super().__init__(parent)
            self.ctx = ctx_

        def exec(self) -> int:
            _add_cases(self.ctx, ["Нұрланова"], datetime.now())
            new_id = _all_rows(self.ctx)[0].id
            self.registered.emit(new_id)
            return 1

    monkeypatch.setitem(
        sys.modules, "ui.intake_dialog", types.SimpleNamespace(IntakeDialog=FakeIntake)
    )
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    window.new_action.trigger()
    assert window.model.total == before + 1
    assert str(before + 1) in window.count_label.text()
    selected = window.table.selectionModel().selectedRows()
    assert [i.row() for i in selected] == [0]
    assert window.model.index(0, COL_APPLICANT).data().startswith("Нұрланова")


def test_window_geometry_is_remembered(qtbot: QtBot, ctx: AppContext, settings: QSettings) -> None:
    first = MainWindow(ctx, settings=settings, lang="ru")
    qtbot.addWidget(first)
    first.resize(700, 500)  # within the offscreen 800×600 screen
    first.table.horizontalHeader().resizeSection(COL_APPLICANT, 333)
    first.close()
    second = MainWindow(ctx, settings=settings, lang="ru")
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)
    assert second.table.horizontalHeader().sectionSize(COL_APPLICANT) == 333


# --- the model without a window -----------------------------------------------------------


@pytest.mark.slow
def test_model_fetches_a_page_at_a_time(qtbot: QtBot, tmp_path: Path) -> None:
    with AppContext(tmp_path / "big") as big:
        seeded = seed_demo(big, cases=450)  # and a few same-day certificates
        extra = max(0, 450 - seeded)
        _add_cases(big, [f"Тестов{i}" for i in range(extra)], datetime(2025, 1, 6, 9, 0))
        expected = seeded + extra
        assert 2 * PAGE_SIZE < expected < 3 * PAGE_SIZE
        model = RegisterModel(big, lang="ru")
        model.refresh()
        assert model.total == expected
        assert model.rowCount() == PAGE_SIZE
        assert model.canFetchMore()
        model.fetchMore()
        assert model.rowCount() == 2 * PAGE_SIZE
        model.fetchMore()
        assert model.rowCount() == expected
        assert not model.canFetchMore()
        ids = [model.index(r, 0).data(APPLICATION_ID_ROLE) for r in range(expected)]
        assert len(set(ids)) == expected  # pages neither overlap nor skip


def test_table_fetches_more_when_scrolled(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    with AppContext(tmp_path / "big") as big:
        seed_demo(big, cases=10)
        _add_cases(big, [f"Тестова{i}" for i in range(PAGE_SIZE + 20)], datetime(2025, 2, 3, 9))
        w = MainWindow(big, settings=settings, lang="ru")
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        assert w.model.rowCount() == PAGE_SIZE
        w.table.scrollToBottom()
        qtbot.waitUntil(lambda: w.model.rowCount() == w.model.total, timeout=3000)
        w.close()


def test_urgency_colours(qtbot: QtBot, ctx: AppContext) -> None:
    rows = [r for r in _all_rows(ctx) if r.next_due_at and r.status == "registered"]
    target = rows[0]
    assert target.next_due_at is not None
    # Just before the due time (same day): due today; a day after: overdue.
    for now, urgency in (
        (target.next_due_at - timedelta(minutes=1), "today"),
        (target.next_due_at + timedelta(days=1), "overdue"),
    ):
        model = RegisterModel(ctx, lang="ru", clock=lambda now=now: now)
        model.refresh()
        row = model.row_of(target.id)
        assert row is not None
        background, foreground = URGENCY_COLOURS[urgency]
        for col in (0, COL_NEXT_DUE):
            assert model.index(row, col).data(Qt.ItemDataRole.BackgroundRole) == background
            assert model.index(row, col).data(Qt.ItemDataRole.ForegroundRole) == foreground
    # Long before: no colour at all, so the alternating rows show.
    model = RegisterModel(ctx, lang="ru", clock=lambda: target.registered_at - timedelta(days=1))
    model.refresh()
    row = model.row_of(target.id)
    assert row is not None
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_model_columns_and_roles(qtbot: QtBot, ctx: AppContext) -> None:
    model = RegisterModel(ctx, lang="kk")
    model.refresh()
    assert model.columnCount() == 7
    row = model.row_at(0)
    service = ctx.catalogue.get(row.service_code)
    assert model.index(0, COL_SERVICE).data() == service.name.kk
    assert model.index(0, COL_SERVICE).data(Qt.ItemDataRole.ToolTipRole) == service.name.ru
    assert model.index(0, 1).data() == row.registered_at.strftime("%d.%m.%Y %H:%M")
    assert model.index(0, 0).data(APPLICATION_ID_ROLE) == row.id
    assert set(STATUS_LABELS) >= {r.status for r in _all_rows(ctx)}
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert all(headers) and len(set(headers)) == 7


# --- start-up and languages ---------------------------------------------------------------


def test_run_gui_smoke_demo(tmp_path: Path, restore_app_state: None) -> None:
    assert run_gui(home=str(tmp_path / "demo"), demo=True, smoke=True) == 0
    with AppContext(tmp_path / "demo") as c, c.session() as s:
        assert c.is_initialised(s)
    assert (tmp_path / "demo" / "window.ini").is_file()
    assert QApplication.instance().font().family() == "DejaVu Sans"  # type: ignore[union-attr]


def test_run_gui_smoke_on_an_empty_office(tmp_path: Path, restore_app_state: None) -> None:
    assert run_gui(home=str(tmp_path / "empty"), demo=False, smoke=True) == 0


@pytest.mark.parametrize(
    ("lang", "help_title", "applicant", "registered", "office"),
    [
        (
            "kk",
            "&Анықтама",
            "Өтініш беруші",
            "Тіркелді",
            "Қосшы ауылдық округі әкімінің аппараты (демо)",
        ),
        (
            "ru",
            "&Справка",
            "Заявитель",
            "Зарегистрировано",
            "Аппарат акима Косшынского сельского округа (демо)",
        ),
    ],
)
def test_run_gui_speaks_the_chosen_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    restore_app_state: None,
    lang: str,
    help_title: str,
    applicant: str,
    registered: str,
    office: str,
) -> None:
    monkeypatch.setenv("QABYLDAU_LANG", lang)
    monkeypatch.setattr(i18n, "QM_DIR", _build_qm(tmp_path / "qm"))
    seen: dict[str, object] = {}

    def look() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen["menus"] = [a.text() for a in window.menuBar().actions()]
        seen["header"] = window.model.headerData(COL_APPLICANT, Qt.Orientation.Horizontal)
        seen["status"] = status_label("registered")
        seen["office"] = window.office_label.text()
        seen["search"] = window.search.placeholderText()

    # Queued before run_gui's own quit timer, so it runs while the window is up.
    QTimer.singleShot(0, look)
    assert run_gui(home=str(tmp_path / "demo"), demo=True, smoke=True) == 0
    assert help_title in seen["menus"]  # type: ignore[operator]
    assert seen["header"] == applicant
    assert seen["status"] == registered
    assert seen["office"] == office
    assert seen["search"] == (
        "Нөмір, ЖСН, тегі, аты…" if lang == "kk" else "Номер, ИИН, фамилия, имя…"
    )
    # The translators are gone again: the next window speaks the English sources.
    assert status_label("registered") == "Registered"


def test_language_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QABYLDAU_LANG", "kk")
    assert i18n.ui_language() == "kk"
    monkeypatch.setenv("QABYLDAU_LANG", "RU_kz")
    assert i18n.ui_language() == "ru"
    monkeypatch.setenv("QABYLDAU_LANG", "en")
    assert i18n.ui_language() in ("kk", "ru")
