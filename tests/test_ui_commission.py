"""The commission's windows used like a person uses them: the commission and thresholds
dialog, sending a case from its card, the list of cases waiting for inspection, and the
inspection act editor (family table, ИИН checks, live conclusion, drafts, completion, print).

Only QMessageBox, QFileDialog and QDesktopServices are patched: the edge where the program
hands over to the person or the system. What the windows did is read back from the database.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.commission import (
    NBSP,
    act_view,
    list_commissions,
    refer,
    set_commission,
    set_threshold,
    thresholds,
)
from app.context import AppContext
from app.drafts import load_draft
from app.intake import ApplicantInput, IntakeRequest, register
from app.office import init_office
from db.models import Application, InspectionAct
from ui.act_editor import (
    COL_BIRTH,
    COL_IIN,
    COL_NAME,
    COL_RELATION,
    COL_SURNAME,
    COL_TOTAL,
    INCOME_COLUMN,
    ActEditor,
    IncomesDialog,
)
from ui.case_card import CaseCard
from ui.commission_dialog import CommissionDialog
from ui.i18n import install_translators, remove_translators
from ui.main_window import MainWindow
from ui.waiting_list import WaitingListDialog

# Qt's own warnings (a bad index, a failed connection) fail these tests; the offscreen
# platform's note that it cannot tell a window manager about sizes is not ours.
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

ROOT = Path(__file__).resolve().parent.parent
IIN = "791028302728"
CHILD_IIN = "061211600012"
BAD_IIN = "061211600013"  # the child's number with a wrong check digit
MEMBERS = [("Ахметов А.Б.", "chair"), ("Серікова Г.Н.", "secretary"), ("Жұмабаев Е.К.", "member")]
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
CHECK_DIGIT_RU = "Контрольная цифра ИИН не сходится"


@dataclass
class Edge:
    """What the windows asked and showed at the edge, and the answers to give."""

    replies: list[QMessageBox.StandardButton] = field(default_factory=list)
    questions: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    boxes: list[str] = field(default_factory=list)  # offer_document's "ready" boxes
    opened: list[QUrl] = field(default_factory=list)
    save_to: Path | None = None


@pytest.fixture
def edge(monkeypatch: pytest.MonkeyPatch) -> Edge:
    e = Edge()

    def question(_parent: Any, title: str, text: str, *_a: Any, **_k: Any) -> Any:
        e.questions.append((title, text))
        assert e.replies, f"unexpected question: {title}: {text}"
        return e.replies.pop(0)

    def warning(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        e.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def information(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        e.infos.append(text)
        return QMessageBox.StandardButton.Ok

    def exec_(box: QMessageBox) -> int:
        # The "document is ready" box: recorded and closed without choosing anything.
        e.boxes.append(box.text())
        return 0

    def open_url(url: QUrl) -> bool:
        e.opened.append(url)
        return True

    def save_name(*_a: Any, **_k: Any) -> tuple[str, str]:
        return (str(e.save_to) if e.save_to else "", "")

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    return e


@pytest.fixture
def ctx(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setenv("QABYLDAU_LANG", "ru")
    with AppContext(home) as c:
        init_office(
            c,
            role="akimat",
            code="196435100",
            name_kk="Қосшы ауылдық округі әкімінің аппараты",
            name_ru="Аппарат акима Косшынского сельского округа",
            staff_surname="Сейітова",
            staff_name="Әсел",
            staff_login="specialist",
            staff_role="specialist",
        )
        yield c


@pytest.fixture
def russian(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The interface in Russian, from .qm files built from the .ts sources for this test."""
    spec = importlib.util.spec_from_file_location(
        "translations_build", ROOT / "translations/build.py"
    )
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    try:
        build.build(tmp_path / "qm")
    except SystemExit:
        pytest.skip("pyside6-lrelease is not installed")
    installed = install_translators(qapp, "ru", tmp_path / "qm")
    yield
    remove_translators(qapp, installed)


# --- set-up through the core (what the tests are not about) -------------------------------


def register_case(ctx: AppContext, service: str = "asp", *, iin: str = IIN, ago: int = 60) -> str:
    svc = ctx.catalogue.get(service)
    result = register(
        ctx,
        IntakeRequest(
            service_code=service,
            applicant=ApplicantInput(
                iin=iin,
                surname="Әбілқайыров",
                name="Нұрлан",
                patronymic="Серікұлы",
                address="Қосшы а., Абай к., 12",
            ),
            documents=[d.name.ru for d in svc.documents if d.required],
            registered_at=datetime.now().replace(microsecond=0) - timedelta(minutes=ago),
            allow_duplicate=True,
        ),
    )
    return result.incoming_number


def commission(ctx: AppContext) -> None:
    set_commission(ctx, "12", date.today() - timedelta(days=120), MEMBERS)


def threshold(ctx: AppContext, amount: str = "45 000") -> None:
    set_threshold(ctx, "poverty_line", amount, date(2000, 1, 1))


def referred_case(ctx: AppContext, **kwargs: Any) -> str:
    commission(ctx)
    threshold(ctx)
    number = register_case(ctx, **kwargs)
    refer(ctx, number)
    return number


def application(ctx: AppContext, number: str) -> Application:
    with ctx.session() as s:
        app = s.scalar(select(Application).where(Application.incoming_number == number))
        assert app is not None
        s.expunge(app)
        return app


# --- acting like a person ------------------------------------------------------------------


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a keyboard would, Kazakh and Russian letters included (keyClicks aborts on
    Cyrillic: every letter is sent as the key event a keyboard layout produces)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    # Focus (so the keyboard) only works in the active window.
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def replace_text(qtbot: QtBot, edit: QWidget, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def edit_cell(qtbot: QtBot, editor: ActEditor, row: int, col: int, text: str) -> None:
    """Go to a cell, press F2, type over what is there and press Enter."""
    table = editor.family
    table.setFocus()
    table.setCurrentCell(row, col)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    field = QApplication.focusWidget()
    assert isinstance(field, (QLineEdit, QComboBox)), field
    replace_text(qtbot, field, text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    # The table takes the typed text when the event loop next runs (a queued commit).
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.NoState, timeout=2000)
    assert table.item(row, col).text() == text


def type_date(qtbot: QtBot, edit: QWidget, day: date) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, day.strftime("%d%m%Y"))
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def tick_members(qtbot: QtBot, editor: ActEditor, *rows: int) -> None:
    lst = editor.members
    for r in rows:
        item = lst.item(r)
        rect = lst.visualItemRect(item)
        # The check box sits at the item's left edge.
        pos = rect.topLeft() + rect.bottomLeft()
        pos.setX(rect.left() + 10)
        pos.setY(rect.center().y())
        qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        assert item.checkState() == Qt.CheckState.Checked


def when_modal(kind: type[QWidget], then: Any, seen: list[QWidget]) -> QTimer:
    """Once a window of `kind` runs modally (exec), record it and call `then(window)`."""
    timer = QTimer()
    timer.setInterval(10)

    def check() -> None:
        window = QApplication.activeModalWidget()
        if isinstance(window, kind):
            timer.stop()
            seen.append(window)
            then(window)

    timer.timeout.connect(check)
    timer.start()
    return timer


def open_editor(qtbot: QtBot, ctx: AppContext, number: str) -> ActEditor:
    editor = ActEditor(ctx, number)
    show(qtbot, editor)
    return editor


def fill_visit(qtbot: QtBot, editor: ActEditor) -> None:
    # Back in the editor (a dialog it opened may have had the focus).
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.tabs.setCurrentWidget(editor.visit_tab)
    type_date(qtbot, editor.visit_date, date.today())
    assert editor.visit_date.value() == date.today()
    tick_members(qtbot, editor, 0, 1)
    type_text(qtbot, editor.place, "Қосшы а., Абай к., 12")


# --- the commission and thresholds dialog --------------------------------------------------


def test_commission_dialog_records_the_akims_decision(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    dlg = CommissionDialog(ctx)
    show(qtbot, dlg)
    assert "No commission is in force" in dlg.current_decision.text()
    assert not dlg.new_box.isVisible()

    click(qtbot, dlg.new_button)
    assert dlg.new_box.isVisible()
    assert dlg.members.rowCount() == 3  # a chair, a secretary, a member to start with
    type_text(qtbot, dlg.decision_number, "12")
    type_date(qtbot, dlg.decision_date, date(2026, 1, 10))
    assert dlg.valid_from.date().toPython() == date(2026, 1, 10)  # follows the decision
    for r, (name, _role) in enumerate(MEMBERS):
        type_text(qtbot, dlg.members.cellWidget(r, 0), name)
    # Two chairs: the core refuses, in the interface language, and nothing is written.
    dlg.members.cellWidget(2, 1).setCurrentIndex(0)
    click(qtbot, dlg.save_button)
    assert len(edge.warnings) == 1
    assert "ровно один председатель" in edge.warnings[0]
    assert list_commissions(ctx) == []
    assert dlg.new_box.isVisible()

    role = dlg.members.cellWidget(2, 1)
    role.setCurrentIndex(role.findData("member"))
    click(qtbot, dlg.add_member_button)  # a row added and left empty is not a member
    click(qtbot, dlg.save_button)
    assert len(edge.warnings) == 1
    [c] = list_commissions(ctx)
    assert (c.decision_number, c.decision_date, c.current) == ("12", date(2026, 1, 10), True)
    assert [(m.full_name, m.role) for m in c.members] == MEMBERS
    assert not dlg.new_box.isVisible()
    assert dlg.current_decision.text() == "Akim's decision No. 12 of 10.01.2026"
    shown = [
        (dlg.current_members.item(r, 0).text(), dlg.current_members.item(r, 1).text())
        for r in range(dlg.current_members.rowCount())
    ]
    assert shown == [
        ("Ахметов А.Б.", "Председатель комиссии"),
        ("Серікова Г.Н.", "Секретарь комиссии"),
        ("Жұмабаев Е.К.", "Член комиссии"),
    ]
    assert not dlg.earlier_box.isVisible()

    # A later decision: the first one moves to the earlier list, ended the day before.
    click(qtbot, dlg.new_button)
    type_text(qtbot, dlg.decision_number, "40")
    type_date(qtbot, dlg.decision_date, date.today())
    for r, name in enumerate(["Бекова Ж.", "Омаров Т."]):
        type_text(qtbot, dlg.members.cellWidget(r, 0), name)
    qtbot.mouseClick(dlg.members.cellWidget(2, 0), Qt.MouseButton.LeftButton)
    click(qtbot, dlg.remove_member_button)  # the row clicked last goes
    assert [dlg.members.cellWidget(r, 0).text() for r in range(2)] == ["Бекова Ж.", "Омаров Т."]
    assert dlg.members.rowCount() == 2
    click(qtbot, dlg.save_button)
    assert len(edge.warnings) == 1
    assert len(list_commissions(ctx)) == 2
    assert dlg.current_decision.text().startswith("Akim's decision No. 40")
    assert dlg.earlier_box.isVisible()
    assert dlg.earlier.rowCount() == 1
    yesterday = (date.today() - timedelta(days=1)).strftime("%d.%m.%Y")
    assert dlg.earlier.item(0, 1).text() == f"from 10.01.2026 to {yesterday}"


def test_thresholds_are_added_with_their_kind_and_dates(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    dlg = CommissionDialog(ctx)
    show(qtbot, dlg)
    dlg.tabs.setCurrentIndex(1)
    assert [dlg.kind.itemText(i) for i in range(dlg.kind.count())] == [
        "Черта бедности",
        "Прожиточный минимум",
    ]
    type_text(qtbot, dlg.amount, "сорок")
    click(qtbot, dlg.add_threshold_button)
    assert "Сумма порога должна быть положительным числом" in edge.warnings[-1]
    assert thresholds(ctx) == []

    dlg.kind.setCurrentIndex(dlg.kind.findData("subsistence_minimum"))
    replace_text(qtbot, dlg.amount, "45 000,50")
    type_date(qtbot, dlg.effective_from, date(2026, 1, 1))
    click(qtbot, dlg.until_check)
    type_date(qtbot, dlg.effective_to, date(2026, 6, 30))
    click(qtbot, dlg.add_threshold_button)
    [t] = thresholds(ctx)
    assert (t.kind, t.amount, t.effective_from, t.effective_to) == (
        "subsistence_minimum",
        Decimal("45000.50"),
        date(2026, 1, 1),
        date(2026, 6, 30),
    )
    row = [dlg.threshold_table.item(0, c).text() for c in range(4)]
    assert row == ["Прожиточный минимум", f"45{NBSP}000,50{NBSP}₸", "01.01.2026", "30.06.2026"]
    assert dlg.amount.text() == ""


# --- sending a case from its card ----------------------------------------------------------


def test_case_card_sends_the_case_to_the_commission_and_shows_its_due(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    threshold(ctx)
    number = register_case(ctx)
    app = application(ctx, number)
    card = CaseCard(ctx, app.id)
    show(qtbot, card)
    step = card.findChild(QWidget, "commissionStep")
    assert step.text() == "not referred yet"
    assert not card.act_button.isVisible()

    # No commission yet: the core's refusal, in Russian, and the case stays registered.
    click(qtbot, card.refer_button)
    assert "нет действующей участковой комиссии" in edge.warnings[-1]
    assert application(ctx, number).status == "registered"

    commission(ctx)
    click(qtbot, card.refer_button)
    app = application(ctx, number)
    assert app.status == "at_commission"
    [view_step] = [act_view(ctx, number)["step"]]
    due = datetime.fromisoformat(view_step["due_at"])
    assert edge.infos == [
        f"Application No. {number} is at the district commission. The inspection act is due "
        f"by {due:%d.%m.%Y %H:%M}."
    ]
    assert card.status_value.text() == "At the commission"
    assert step.text() == f"act due {due:%d.%m.%Y %H:%M}"
    assert not card.refer_button.isVisible()
    assert card.act_button.isVisible()

    # The same card a week after the due date: the step is overdue, in red.
    late = CaseCard(ctx, app.id, now=due + timedelta(days=7))
    show(qtbot, late)
    late_step = late.findChild(QWidget, "commissionStep")
    assert late_step.text() == f"act due {due:%d.%m.%Y %H:%M} (overdue)"
    assert "#b00020" in late_step.styleSheet()

    # "Inspection act…" opens the editor for this case.
    seen: list[QWidget] = []
    timer = when_modal(ActEditor, lambda w: w.reject(), seen)
    click(qtbot, card.act_button)
    timer.stop()
    assert [w.number for w in seen] == [number]
    assert card.act_editor is None


def test_a_service_without_means_test_has_no_commission_buttons(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    service = next(
        (s for s in ctx.catalogue.accepted() if not s.means_tested and "akim" in s.routes), None
    )
    if service is None:
        pytest.skip("the catalogue has no accepted service that is not means-tested")
    commission(ctx)
    number = register_case(ctx, service.code)
    card = CaseCard(ctx, application(ctx, number).id)
    show(qtbot, card)
    assert not card.refer_button.isVisible()
    assert not card.act_button.isVisible()
    assert card.findChild(QWidget, "commissionStep") is None


# --- the waiting list ----------------------------------------------------------------------


def test_waiting_list_puts_overdue_first_and_opens_the_act(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    commission(ctx)
    threshold(ctx)
    fresh = register_case(ctx, ago=30)
    refer(ctx, fresh)
    late = register_case(ctx, iin=CHILD_IIN, ago=60 * 24 * 20)
    refer(ctx, late, when=datetime.now() - timedelta(days=19))
    dlg = WaitingListDialog(ctx)
    show(qtbot, dlg)
    table = dlg.table
    assert table.rowCount() == 2
    assert table.item(0, 0).text() == late
    assert table.item(0, 4).text().endswith("(overdue)")
    assert table.item(0, 0).foreground().color().name() == "#b00020"
    assert table.item(1, 0).text() == fresh
    assert not table.item(1, 4).text().endswith("(overdue)")
    assert "overdue: 1" in dlg.summary.text()

    seen: list[QWidget] = []
    timer = when_modal(ActEditor, lambda w: w.reject(), seen)
    rect = table.visualItemRect(table.item(1, 1))
    # A double-click is a click and then a second press: QTest's DClick alone is only the
    # second half, which item views ignore.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    timer.stop()
    assert [w.number for w in seen] == [fresh]


def test_main_window_has_the_commission_menu(
    qtbot: QtBot, ctx: AppContext, edge: Edge, tmp_path: Path
) -> None:
    window = MainWindow(
        ctx, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), lang="ru"
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert [a.text() for a in window.commission_menu.actions()] == [
        "Commission and &thresholds…",
        "&Waiting for inspection…",
        "&Quarterly re-confirmation reminders…",
    ]
    seen: list[QWidget] = []
    for action, kind in (
        (window.commission_action, CommissionDialog),
        (window.waiting_action, WaitingListDialog),
    ):
        timer = when_modal(kind, lambda w: w.reject(), seen)
        action.trigger()
        timer.stop()
    assert [type(w) for w in seen] == [CommissionDialog, WaitingListDialog]


# --- the inspection act editor -------------------------------------------------------------


def test_family_table_add_remove_invalid_iin_and_complete(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    number = referred_case(ctx)
    editor = open_editor(qtbot, ctx, number)
    table = editor.family
    # The applicant's own row comes from the application.
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (COL_SURNAME, COL_NAME, COL_IIN, COL_BIRTH)] == [
        "Әбілқайыров",
        "Нұрлан",
        IIN,
        "28.10.1979",
    ]

    editor.tabs.setCurrentWidget(editor.family_tab)
    click(qtbot, editor.add_member_button)
    click(qtbot, editor.add_member_button)
    assert table.rowCount() == 3
    edit_cell(qtbot, editor, 1, COL_SURNAME, "Қате")
    table.setCurrentCell(1, COL_NAME)
    click(qtbot, editor.remove_member_button)
    assert table.rowCount() == 2
    assert table.item(1, COL_SURNAME).text() == ""

    edit_cell(qtbot, editor, 1, COL_SURNAME, "Әбілқайыров")
    edit_cell(qtbot, editor, 1, COL_NAME, "Ерлан")
    edit_cell(qtbot, editor, 1, COL_RELATION, "ұлы / сын")
    edit_cell(qtbot, editor, 1, COL_IIN, BAD_IIN)
    # The wrong check digit: a message under the table and a red cell.
    assert editor.problems.isVisible()
    assert CHECK_DIGIT_RU in editor.problems.text()
    assert "Row 2, IIN" in editor.problems.text()
    assert table.item(1, COL_IIN).background().color().name() == "#ffd6d6"
    assert CHECK_DIGIT_RU in table.item(1, COL_IIN).toolTip()

    edit_cell(qtbot, editor, 0, INCOME_COLUMN["wage"], "85 000,50")
    fill_visit(qtbot, editor)
    click(qtbot, editor.complete_button)
    assert CHECK_DIGIT_RU in edge.warnings[-1]
    assert application(ctx, number).status == "at_commission"
    assert act_view(ctx, number)["act"]["family"] == []  # nothing written

    editor.tabs.setCurrentWidget(editor.family_tab)
    edit_cell(qtbot, editor, 1, COL_IIN, CHILD_IIN)
    assert not editor.problems.isVisible()
    assert table.item(1, COL_IIN).background().style() == Qt.BrushStyle.NoBrush
    assert table.item(1, COL_BIRTH).text() == "11.12.2006"  # from the ИИН

    # The conclusion panel: 85 000,50 + 0 (the son counts) ÷ 2.
    assert table.item(0, COL_TOTAL).text() == f"85{NBSP}000,50{NBSP}₸"
    lines = {
        editor.arithmetic_table.item(r, 0).text(): editor.arithmetic_table.item(r, 1).text()
        for r in range(editor.arithmetic_table.rowCount())
    }
    assert lines["Число членов семьи (включая не имеющих дохода)"] == "2"
    assert lines["Среднедушевой месячный доход"] == (
        f"85{NBSP}000,50{NBSP}₸ ÷ 2 = 42{NBSP}500,25{NBSP}₸"
    )
    assert lines["Черта бедности"] == f"45{NBSP}000,00{NBSP}₸"
    assert editor.verdict is True
    assert "42\u00a0500,25" in editor.summary.text()
    assert editor.verdict_label.text() == "Needs assistance"

    warnings = len(edge.warnings)
    click(qtbot, editor.complete_button)
    assert len(edge.warnings) == warnings, edge.warnings[-1]
    assert edge.infos and "needs assistance" in edge.infos[-1]
    app = application(ctx, number)
    assert app.status == "act_done"
    view = act_view(ctx, number)
    assert view["completed_at"] is not None
    assert [(f["name"], f["iin"]) for f in view["act"]["family"]] == [
        ("Нұрлан", IIN),
        ("Ерлан", CHILD_IIN),
    ]
    assert view["act"]["members_present"] == ["Ахметов А.Б.", "Серікова Г.Н."]
    assert view["conclusion"]["per_capita_income"] == "42500.25"
    assert view["conclusion"]["needs_assistance"] is True
    assert load_draft(ctx, "act", number) is None
    # Completed: plain saving is over, a correction is a completion again.
    assert not editor.save_button.isVisible()
    assert editor.complete_button.text() == "Save corrected act"


def test_refusal_paths_are_named_in_the_interface_language(
    qtbot: QtBot, ctx: AppContext, edge: Edge, russian: None
) -> None:
    number = referred_case(ctx)
    editor = open_editor(qtbot, ctx, number)
    editor.tabs.setCurrentWidget(editor.family_tab)
    click(qtbot, editor.add_member_button)
    edit_cell(qtbot, editor, 1, COL_NAME, "Ерлан")
    editor.tabs.setCurrentWidget(editor.visit_tab)
    click(qtbot, editor.complete_button)
    assert edge.warnings[-1].splitlines() == [
        "Семья, строка 2: Фамилия: обязательное поле не заполнено",
        "Семья, строка 2: Кем приходится: обязательное поле не заполнено",
    ]
    assert editor.tabs.currentWidget() is editor.family_tab  # where the first problem is
    assert table_red(editor, 1, COL_SURNAME)
    assert table_red(editor, 1, COL_RELATION)
    assert not table_red(editor, 1, COL_NAME)

    edit_cell(qtbot, editor, 1, COL_SURNAME, "Әбілқайыров")
    assert not table_red(editor, 1, COL_SURNAME)
    edit_cell(qtbot, editor, 1, COL_RELATION, "ұлы / сын")
    click(qtbot, editor.complete_button)
    lines = edge.warnings[-1].splitlines()
    assert lines[0] == "Дата обследования: обязательное поле не заполнено"
    assert lines[1].startswith("Члены комиссии, участвовавшие в обследовании: ")
    assert "не меньше 2 членов комиссии" in lines[1]
    assert editor.tabs.currentWidget() is editor.visit_tab
    assert "background-color" in editor.visit_date.styleSheet()
    assert application(ctx, number).status == "at_commission"


def table_red(editor: ActEditor, row: int, col: int) -> bool:
    return editor.family.item(row, col).background().color().name() == "#ffd6d6"


def test_a_closed_editor_keeps_its_draft_and_offers_it_back(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    number = referred_case(ctx)
    editor = open_editor(qtbot, ctx, number)
    type_text(qtbot, editor.place, "Абай к., 12")
    # Kept on its own 0.7 s after the last change, window still open.
    qtbot.waitUntil(
        lambda: (load_draft(ctx, "act", number) or {}).get("place") == "Абай к., 12",
        timeout=5000,
    )
    editor.tabs.setCurrentWidget(editor.family_tab)
    click(qtbot, editor.add_member_button)
    edit_cell(qtbot, editor, 1, COL_SURNAME, "Әбілқайырова")
    edit_cell(qtbot, editor, 1, COL_NAME, "Айгүл")
    edit_cell(qtbot, editor, 1, COL_RELATION, "жұбайы / супруг(а)")
    edit_cell(qtbot, editor, 1, INCOME_COLUMN["allowance"], "21000")
    editor.close()  # at once: closing must not lose the last keystrokes
    draft = load_draft(ctx, "act", number)
    assert draft is not None
    assert draft["family"][1]["name"] == "Айгүл"
    assert act_view(ctx, number)["act"]["place"] is None  # a draft, not the act

    edge.replies = [YES]
    again = open_editor(qtbot, ctx, number)
    _title, question = edge.questions[-1]
    assert number in question
    assert datetime.now().strftime("%H:") in question
    assert again.place.text() == "Абай к., 12"
    assert again.family.rowCount() == 2
    assert again.family.item(1, COL_NAME).text() == "Айгүл"
    assert again.family.item(1, INCOME_COLUMN["allowance"]).text() == "21000"
    assert again.arithmetic is not None
    assert again.arithmetic.per_capita == Decimal("10500.00")

    # A row added and left empty is no family member: saving does not trip over it.
    again.tabs.setCurrentWidget(again.family_tab)
    click(qtbot, again.add_member_button)
    assert again.family.rowCount() == 3
    click(qtbot, again.save_button)
    assert load_draft(ctx, "act", number) is None
    act = act_view(ctx, number)["act"]
    assert len(act["family"]) == 2
    assert act["place"] == "Абай к., 12"
    assert act["family"][1]["incomes"] == [{"kind": "allowance", "monthly_amount": "21000.00"}]
    assert application(ctx, number).status == "at_commission"
    again.close()
    assert load_draft(ctx, "act", number) is None  # nothing changed since the save

    # Declining a draft forgets it; the stored act is shown.
    third = open_editor(qtbot, ctx, number)
    type_text(qtbot, third.place, " (двор)")
    third.close()
    edge.replies = [NO]
    fourth = open_editor(qtbot, ctx, number)
    assert fourth.place.text() == "Абай к., 12"
    assert load_draft(ctx, "act", number) is None


def test_refused_inspection_concludes_does_not_need(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    number = referred_case(ctx)
    editor = open_editor(qtbot, ctx, number)
    fill_visit(qtbot, editor)
    editor.outcome.setFocus()
    editor.outcome.setCurrentIndex(editor.outcome.findData("refused"))
    assert not editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.family_tab))
    assert not editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.home_tab))
    assert not editor.override.isEnabled()
    assert editor.outcome_note.isVisible()
    assert editor.verdict is False
    assert editor.arithmetic_table.rowCount() == 0
    assert "does not need assistance" in editor.summary.text()
    click(qtbot, editor.complete_button)
    assert edge.warnings == []
    view = act_view(ctx, number)
    assert view["status"] == "act_done"
    assert view["act"]["outcome"] == "refused"
    assert view["conclusion"]["needs_assistance"] is False
    assert view["conclusion"]["refusal_ground"] == "inspection_refused"
    with ctx.session() as s:
        act = s.scalar(select(InspectionAct))
        assert act.completed_at is not None


def test_print_act_makes_a_pdf_and_a_docx(
    qtbot: QtBot, ctx: AppContext, edge: Edge, tmp_path: Path
) -> None:
    number = referred_case(ctx)
    editor = open_editor(qtbot, ctx, number)
    fill_visit(qtbot, editor)
    # Unsaved changes: printing offers to save them first, so the paper shows them.
    edge.replies = [YES]
    click(qtbot, editor.print_button)
    assert "not saved" in edge.questions[-1][1]
    assert edge.boxes == [f"Inspection act No. {number}"]
    pdf = editor.last_pdf
    assert pdf is not None and pdf.parent == ctx.paths.documents and pdf.is_file()
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Әбілқайыров Нұрлан" in text
    assert "Ахметов А.Б." in text
    assert act_view(ctx, number)["act"]["place"] == "Қосшы а., Абай к., 12"

    edge.save_to = tmp_path / "акт"
    click(qtbot, editor.docx_button)
    assert editor.last_docx == tmp_path / "акт.docx"
    assert editor.last_docx.is_file() and editor.last_docx.stat().st_size > 5000
    assert edge.warnings == []


def test_all_incomes_of_a_member_in_their_own_dialog(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    number = referred_case(ctx)
    editor = open_editor(qtbot, ctx, number)
    editor.tabs.setCurrentWidget(editor.family_tab)
    assert not editor.incomes_button.isEnabled()  # no member chosen yet
    edit_cell(qtbot, editor, 0, INCOME_COLUMN["wage"], "85000")
    editor.family.setCurrentCell(0, COL_NAME)

    def fill(dialog: IncomesDialog) -> None:
        assert dialog.edits["wage"].text() == "85000"
        type_text(qtbot, dialog.edits["scholarship"], "15 000")
        type_text(qtbot, dialog.edits["farm"], "12,5")
        dialog.accept()

    seen: list[QWidget] = []
    timer = when_modal(IncomesDialog, fill, seen)
    click(qtbot, editor.incomes_button)
    timer.stop()
    assert len(seen) == 1
    # The scholarship and farm income have no column: the total and its tooltip show them.
    total = editor.family.item(0, COL_TOTAL)
    assert total.text() == f"100{NBSP}012,50{NBSP}₸"
    assert "Стипендия: 15 000" in total.toolTip()
    assert editor.arithmetic is not None
    assert editor.arithmetic.total == Decimal("100012.50")

    fill_visit(qtbot, editor)
    click(qtbot, editor.save_button)
    assert edge.warnings == []
    [applicant] = act_view(ctx, number)["act"]["family"]
    assert applicant["incomes"] == [
        {"kind": "wage", "monthly_amount": "85000.00"},
        {"kind": "scholarship", "monthly_amount": "15000.00"},
        {"kind": "farm", "monthly_amount": "12.50"},
    ]
    # Reopened, the stored amounts read as people write them, the hidden kinds kept.
    editor.close()
    again = open_editor(qtbot, ctx, number)
    assert again.family.item(0, INCOME_COLUMN["wage"]).text() == f"85{NBSP}000,00"
    assert again.family.item(0, COL_TOTAL).text() == f"100{NBSP}012,50{NBSP}₸"
