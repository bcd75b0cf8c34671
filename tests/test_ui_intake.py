"""The New application dialog (and the case card it opens), used like a person uses them:
typing, clicking, pressing keys. Only QMessageBox, QFileDialog and QDesktopServices are
patched: they are the edge where the program hands over to the person or the system."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.context import AppContext
from app.deadlines import compute_deadlines
from app.drafts import load_draft
from app.intake import ApplicantInput, IntakeRequest, register
from app.office import init_office
from db.models import Application
from ui.case_card import CaseCard
from ui.intake_dialog import IntakeDialog

IIN = "791028302728"
BAD_IIN = "791028302729"  # the same number with a wrong check digit
REP_IIN = "061211600012"
CHILD = "child-allowance"  # two required documents, one optional
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
CHECK_DIGIT_RU = "Контрольная цифра ИИН не сходится: номер введён с ошибкой"


@dataclass
class Edge:
    """What the dialogs asked and showed at the edge, and the answers to give."""

    replies: list[QMessageBox.StandardButton] = field(default_factory=list)
    questions: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    boxes: list[str] = field(default_factory=list)  # offer_document's "ready" boxes
    box_click: str | None = None  # the button text to click in the next "ready" box
    opened: list[QUrl] = field(default_factory=list)
    save_to: Path | None = None


@pytest.fixture
def edge(monkeypatch: pytest.MonkeyPatch) -> Edge:
    e = Edge()

    def question(_parent: Any, title: str, text: str, *_a: Any, **_k: Any) -> Any:
        e.questions.append((title, text))
        # An unexpected question fails the test (pytest-qt reports exceptions in slots).
        assert e.replies, f"unexpected question: {title}: {text}"
        return e.replies.pop(0)

    def warning(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        e.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def exec_(box: QMessageBox) -> int:
        e.boxes.append(box.text())
        if e.box_click:
            wanted, e.box_click = e.box_click, None
            next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    def open_url(url: QUrl) -> bool:
        e.opened.append(url)
        return True

    def save_name(*_a: Any, **_k: Any) -> tuple[str, str]:
        return (str(e.save_to) if e.save_to else "", "")

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
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


# --- acting like a person ------------------------------------------------------------------


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a keyboard would, Kazakh and Russian letters included.

    QTest.keyClicks only knows ASCII (it aborts on "Ә"), so every character is sent as the
    key event a keyboard layout produces: a key press carrying the character's text.
    """
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def clear(qtbot: QtBot, edit: QWidget) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)


def open_dialog(qtbot: QtBot, ctx: AppContext) -> IntakeDialog:
    dlg = IntakeDialog(ctx)
    qtbot.addWidget(dlg)
    with qtbot.waitExposed(dlg):
        dlg.show()
    # Focus (and so Enter and Tab) only works in the active window.
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    return dlg


def click_item(qtbot: QtBot, lst: QListWidget, data: str) -> None:
    for i in range(lst.count()):
        item = lst.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == data:
            lst.scrollToItem(item)
            rect = lst.visualItemRect(item)
            qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{data} is not in the list")


def pick_service(qtbot: QtBot, dlg: IntakeDialog, query: str, code: str) -> None:
    type_text(qtbot, dlg.service_filter, query)
    click_item(qtbot, dlg.service_list, code)


def tick(qtbot: QtBot, dlg: IntakeDialog, *rows: int) -> None:
    """Tick documents with the keyboard: Home, Down to the row, Space."""
    lst = dlg.documents
    lst.setFocus()
    for row in rows:
        qtbot.keyClick(lst, Qt.Key.Key_Home)
        for _ in range(row):
            qtbot.keyClick(lst, Qt.Key.Key_Down)
        qtbot.keyClick(lst, Qt.Key.Key_Space)


def type_applicant(
    qtbot: QtBot, dlg: IntakeDialog, iin: str = IIN, surname: str = "Әбілқайыров"
) -> None:
    type_text(qtbot, dlg.iin, iin)
    type_text(qtbot, dlg.surname, surname)
    type_text(qtbot, dlg.name, "Нұрлан")
    type_text(qtbot, dlg.phone, "+7 701 123 45 67")


def fill_valid(qtbot: QtBot, dlg: IntakeDialog, iin: str = IIN) -> None:
    pick_service(qtbot, dlg, "пособия детей", CHILD)
    type_applicant(qtbot, dlg, iin)
    tick(qtbot, dlg, 0, 1)


def applications(ctx: AppContext) -> list[Application]:
    with ctx.session() as s:
        return list(s.scalars(select(Application).order_by(Application.id)))


def count(ctx: AppContext) -> int:
    with ctx.session() as s:
        return s.scalar(select(func.count()).select_from(Application)) or 0


def register_directly(ctx: AppContext, service: str = CHILD, **applicant: Any) -> str:
    svc = ctx.catalogue.get(service)
    person = {"iin": IIN, "surname": "Әбілқайыров", "name": "Нұрлан"} | applicant
    result = register(
        ctx,
        IntakeRequest(
            service_code=service,
            applicant=ApplicantInput(**person),
            documents=[d.name.ru for d in svc.documents if d.required],
        ),
    )
    return result.incoming_number


# --- registering ---------------------------------------------------------------------------


def test_valid_iin_registers_with_service_documents_and_due_date(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    dlg = open_dialog(qtbot, ctx)
    # Latin "o" and "c" typed for Cyrillic: the search folds look-alikes.
    pick_service(qtbot, dlg, "пocoбия детей", CHILD)
    type_applicant(qtbot, dlg)
    assert dlg.birth_date.date() == QDate(1979, 10, 28)  # taken from the ИИН at once
    assert dlg.iin_message.isHidden()
    assert not dlg.register_button.isEnabled()  # required documents not ticked yet
    tick(qtbot, dlg, 0, 1)
    assert dlg.register_button.isEnabled()

    with qtbot.waitSignal(dlg.registered, timeout=5000) as signal:
        qtbot.mouseClick(dlg.register_button, Qt.MouseButton.LeftButton)

    [app] = applications(ctx)
    assert signal.args == [app.id]
    assert dlg.result() == QDialog.DialogCode.Accepted
    with ctx.session() as s:
        app = s.get(Application, app.id)
        assert app is not None
        assert app.service_code == CHILD
        assert app.status == "registered"
        assert app.applicant.iin == IIN
        assert app.applicant.full_name == "Әбілқайыров Нұрлан"
        assert app.applicant.birth_date == date(1979, 10, 28)
        assert app.applicant.phone == "+7 701 123 45 67"
        provided = {d.code: d.provided for d in app.documents}
        assert provided == {
            "application": True,
            "identity_document": True,
            "power_of_attorney": False,
        }
        plan = compute_deadlines(
            ctx.catalogue.get(CHILD), "akim", app.registered_at, ctx.calendar(s)
        )
        assert app.due_at == plan.due
        number = app.incoming_number
    # The talon is rendered and offered for printing.
    assert edge.boxes == [f"Talon No. {number} is ready"]
    assert (ctx.paths.documents / f"talon-{number.replace('/', '-')}.pdf").is_file()
    assert load_draft(ctx, "intake") is None


def test_invalid_iin_shows_the_check_digit_error_and_register_stays_disabled(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    dlg = open_dialog(qtbot, ctx)
    fill_valid(qtbot, dlg, iin=BAD_IIN)
    assert dlg.iin_message.isVisible()
    assert dlg.iin_message.text() == CHECK_DIGIT_RU
    assert "#b00020" in dlg.iin_message.styleSheet()  # red
    assert not dlg.register_button.isEnabled()
    assert not dlg.refuse_button.isVisible()
    qtbot.mouseClick(dlg.register_button, Qt.MouseButton.LeftButton)
    assert count(ctx) == 0
    # Correcting the last digit clears the error at once.
    qtbot.keyClick(dlg.iin, Qt.Key.Key_Backspace)
    type_text(qtbot, dlg.iin, "8")
    assert dlg.iin_message.isHidden()
    assert dlg.register_button.isEnabled()


def test_a_half_typed_iin_counts_digits_instead_of_scolding(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    dlg = open_dialog(qtbot, ctx)
    dlg.iin.setFocus()
    type_text(qtbot, dlg.iin, "7910")
    assert dlg.iin_message.text() == "4 of 12 digits"
    assert "#b00020" not in dlg.iin_message.styleSheet()
    qtbot.keyClick(dlg.iin, Qt.Key.Key_Tab)  # moving on with it unfinished
    assert dlg.iin_message.text() == "ИИН должен состоять из 12 цифр"
    assert "#b00020" in dlg.iin_message.styleSheet()


def test_duplicate_needs_explicit_confirmation(qtbot: QtBot, ctx: AppContext, edge: Edge) -> None:
    first = register_directly(ctx)
    dlg = open_dialog(qtbot, ctx)
    fill_valid(qtbot, dlg)
    assert first in dlg.problems.text()  # warned before clicking, in amber
    assert dlg.register_button.isEnabled()

    edge.replies = [NO]
    qtbot.mouseClick(dlg.register_button, Qt.MouseButton.LeftButton)
    assert len(edge.questions) == 1
    assert first in edge.questions[0][1]
    assert count(ctx) == 1  # cancelling wrote nothing
    assert dlg.isVisible()

    edge.replies = [YES]
    with qtbot.waitSignal(dlg.registered, timeout=5000):
        qtbot.mouseClick(dlg.register_button, Qt.MouseButton.LeftButton)
    assert count(ctx) == 2
    assert [a.service_code for a in applications(ctx)] == [CHILD, CHILD]


def test_missing_documents_take_the_refusal_receipt_path(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    dlg = open_dialog(qtbot, ctx)
    pick_service(qtbot, dlg, "пособия детей", CHILD)
    type_applicant(qtbot, dlg)
    tick(qtbot, dlg, 0)  # the application form, but no identity document
    assert not dlg.register_button.isEnabled()
    assert dlg.refuse_button.isVisible() and dlg.refuse_button.isEnabled()
    assert "Документ, удостоверяющий личность" in dlg.problems.text()

    edge.replies = [YES]
    with qtbot.waitSignal(dlg.registered, timeout=5000):
        qtbot.mouseClick(dlg.refuse_button, Qt.MouseButton.LeftButton)
    assert "Документ, удостоверяющий личность" in edge.questions[0][1]
    [app] = applications(ctx)
    assert app.status == "refused_to_accept"
    assert app.due_at is None
    with ctx.session() as s:
        docs = {d.code: d.provided for d in s.get(Application, app.id).documents}  # type: ignore[union-attr]
    assert docs["application"] and not docs["identity_document"]
    assert edge.boxes == [f"Refusal receipt No. {app.incoming_number} is ready"]
    number = app.incoming_number.replace("/", "-")
    assert (ctx.paths.documents / f"refusal-receipt-{number}.pdf").is_file()


def test_declining_the_refusal_writes_nothing(qtbot: QtBot, ctx: AppContext, edge: Edge) -> None:
    dlg = open_dialog(qtbot, ctx)
    pick_service(qtbot, dlg, "пособия детей", CHILD)
    type_applicant(qtbot, dlg)
    edge.replies = [NO]
    qtbot.mouseClick(dlg.refuse_button, Qt.MouseButton.LeftButton)
    assert count(ctx) == 0
    assert dlg.isVisible()


def test_enter_in_a_field_moves_on_and_never_registers(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    dlg = open_dialog(qtbot, ctx)
    fill_valid(qtbot, dlg)
    assert dlg.register_button.isEnabled()
    dlg.surname.setFocus()
    qtbot.keyClick(dlg.surname, Qt.Key.Key_Return)
    assert dlg.name.hasFocus()
    dlg.phone.setFocus()
    qtbot.keyClick(dlg.phone, Qt.Key.Key_Enter)
    assert not dlg.phone.hasFocus()
    assert count(ctx) == 0
    assert dlg.isVisible()
    # Enter on the focused Register button is a deliberate press.
    dlg.register_button.setFocus()
    with qtbot.waitSignal(dlg.registered, timeout=5000):
        qtbot.keyClick(dlg.register_button, Qt.Key.Key_Return)
    assert count(ctx) == 1


def test_tab_goes_service_applicant_then_documents(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    dlg = open_dialog(qtbot, ctx)
    assert dlg.service_filter.hasFocus()  # typing starts with the service search
    order: list[str] = []
    while len(order) < 9:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        name = QApplication.focusWidget().objectName()
        # In the date field Tab steps day → month → year first (Qt's date edit).
        if not order or order[-1] != name:
            order.append(name)
    assert order == [
        "serviceList",
        "iin",
        "surname",
        "name",
        "patronymic",
        "birthDate",
        "address",
        "phone",
        "representative",  # the checkable group; its fields are skipped while unchecked
    ]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dlg.documents


def test_birth_date_is_typed_by_hand_and_then_kept(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    dlg = open_dialog(qtbot, ctx)
    dlg.patronymic.setFocus()
    qtbot.keyClick(dlg.patronymic, Qt.Key.Key_Tab)
    assert dlg.birth_date.hasFocus()
    qtbot.keyClicks(dlg.birth_date, "28101979")
    qtbot.keyClick(dlg.birth_date, Qt.Key.Key_Tab)
    assert dlg.address.hasFocus()
    assert dlg.birth_date.value() == date(1979, 10, 28)
    # An ИИН with another date does not overwrite what was typed; it is only a warning.
    type_text(qtbot, dlg.iin, REP_IIN)
    assert dlg.birth_date.value() == date(1979, 10, 28)
    assert dlg.iin_message.text() == "Дата в ИИН не совпадает с датой рождения"
    assert "#8a5a00" in dlg.iin_message.styleSheet()  # amber


def test_a_date_field_left_untouched_stays_blank(qtbot: QtBot, ctx: AppContext, edge: Edge) -> None:
    dlg = open_dialog(qtbot, ctx)
    dlg.patronymic.setFocus()
    qtbot.keyClick(dlg.patronymic, Qt.Key.Key_Tab)
    assert dlg.birth_date.text() == "01.01.2000"  # a start for typing over
    qtbot.keyClick(dlg.birth_date, Qt.Key.Key_Tab)
    assert dlg.birth_date.value() is None
    assert dlg.birth_date.text().strip() == ""


def test_a_service_not_taken_here_says_where_to_refer(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    dlg = open_dialog(qtbot, ctx)
    fill_valid(qtbot, dlg)
    assert dlg.register_button.isEnabled()
    clear(qtbot, dlg.service_filter)
    pick_service(qtbot, dlg, "жилищной помощи", "housing-aid")
    assert "ЦОН" in dlg.service_info.text()
    assert dlg.service_list.selectedItems() == []
    assert dlg.documents.count() == 0
    assert not dlg.register_button.isEnabled()  # the earlier choice is dropped
    # Back to the right service: the documents ticked before are ticked again.
    clear(qtbot, dlg.service_filter)
    pick_service(qtbot, dlg, "пособия детей", CHILD)
    assert dlg.register_button.isEnabled()


def test_representative_is_checked_and_recorded(qtbot: QtBot, ctx: AppContext, edge: Edge) -> None:
    dlg = open_dialog(qtbot, ctx)
    fill_valid(qtbot, dlg)
    dlg.rep_box.setFocus()
    qtbot.keyClick(dlg.rep_box, Qt.Key.Key_Space)
    assert dlg.rep_box.isChecked()
    assert not dlg.register_button.isEnabled()  # the representative's name is needed
    type_text(qtbot, dlg.rep_name, "Әбілқайырова Гүлнар")
    type_text(qtbot, dlg.rep_iin, REP_IIN[:-1] + "3")
    assert dlg.rep_iin_message.text() == CHECK_DIGIT_RU
    assert not dlg.register_button.isEnabled()
    qtbot.keyClick(dlg.rep_iin, Qt.Key.Key_Backspace)
    type_text(qtbot, dlg.rep_iin, REP_IIN[-1])
    type_text(qtbot, dlg.rep_poa_number, "15")
    assert dlg.register_button.isEnabled()
    with qtbot.waitSignal(dlg.registered, timeout=5000):
        qtbot.mouseClick(dlg.register_button, Qt.MouseButton.LeftButton)
    [app] = applications(ctx)
    assert app.representative_name == "Әбілқайырова Гүлнар"
    assert app.representative_iin == REP_IIN
    assert app.representative_poa == "№ 15"


# --- a known applicant -----------------------------------------------------------------------


def test_existing_applicant_is_filled_in_with_open_cases(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    number = register_directly(
        ctx,
        "asp",
        patronymic="Серікұлы",
        address="Қосшы а., Бейбітшілік к., 12",
        phone="+7 701 000 00 01",
    )
    dlg = open_dialog(qtbot, ctx)
    type_text(qtbot, dlg.iin, IIN)
    assert dlg.surname.text() == "Әбілқайыров"
    assert dlg.name.text() == "Нұрлан"
    assert dlg.patronymic.text() == "Серікұлы"
    assert dlg.address.text() == "Қосшы а., Бейбітшілік к., 12"
    assert dlg.phone.text() == "+7 701 000 00 01"
    assert dlg.known_box.isVisible()
    assert dlg.open_cases.count() == 1
    assert number in dlg.open_cases.item(0).text()
    # A mistyped ИИН takes back what the lookup filled in.
    qtbot.keyClick(dlg.iin, Qt.Key.Key_Backspace)
    assert dlg.surname.text() == ""
    assert dlg.address.text() == ""
    assert not dlg.known_box.isVisible()


def test_what_the_clerk_typed_is_never_overwritten_by_the_lookup(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    register_directly(ctx, phone="+7 701 000 00 01")
    dlg = open_dialog(qtbot, ctx)
    type_text(qtbot, dlg.phone, "+7 777 555 44 33")
    type_text(qtbot, dlg.iin, IIN)
    assert dlg.surname.text() == "Әбілқайыров"
    assert dlg.phone.text() == "+7 777 555 44 33"


# --- drafts --------------------------------------------------------------------------------


def test_draft_is_recovered_after_closing_and_gone_after_registering(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    dlg = open_dialog(qtbot, ctx)
    pick_service(qtbot, dlg, "пособия детей", CHILD)
    type_text(qtbot, dlg.iin, IIN)
    type_text(qtbot, dlg.surname, "Әбілқайыров")
    tick(qtbot, dlg, 1)
    # Saved on its own half a second after the last change, window still open.
    qtbot.waitUntil(
        lambda: (load_draft(ctx, "intake") or {}).get("surname") == "Әбілқайыров", timeout=15000
    )
    type_text(qtbot, dlg.name, "Нұрлан")
    type_text(qtbot, dlg.extra_document, "Справка с места работы")
    qtbot.keyClick(dlg.extra_document, Qt.Key.Key_Return)
    dlg.close()  # at once: closing must not lose the last keystrokes
    assert (load_draft(ctx, "intake") or {}).get("name") == "Нұрлан"

    edge.replies = [YES]
    again = open_dialog(qtbot, ctx)
    _title, text = edge.questions[-1]
    assert datetime.now().strftime("%H:") in text  # "…from HH:MM?"
    assert "Әбілқайыров" in text
    assert again.iin.text() == IIN
    assert again.surname.text() == "Әбілқайыров"
    assert again.name.text() == "Нұрлан"
    assert again.birth_date.date() == QDate(1979, 10, 28)
    assert [i.data(Qt.ItemDataRole.UserRole) for i in again.service_list.selectedItems()] == [CHILD]
    states = [
        (again.documents.item(i).text(), again.documents.item(i).checkState())
        for i in range(again.documents.count())
    ]
    assert states == [
        ("Заявление установленной формы", Qt.CheckState.Unchecked),
        ("Документ, удостоверяющий личность", Qt.CheckState.Checked),
        ("Доверенность представителя (если обращается представитель)", Qt.CheckState.Unchecked),
        ("Справка с места работы", Qt.CheckState.Checked),
    ]

    tick(qtbot, again, 0)
    with qtbot.waitSignal(again.registered, timeout=5000):
        qtbot.mouseClick(again.register_button, Qt.MouseButton.LeftButton)
    assert load_draft(ctx, "intake") is None
    [app] = applications(ctx)
    with ctx.session() as s:
        names = [d.name_ru for d in s.get(Application, app.id).documents if d.provided]  # type: ignore[union-attr]
    assert "Справка с места работы" in names


def test_declining_the_draft_discards_it(qtbot: QtBot, ctx: AppContext, edge: Edge) -> None:
    dlg = open_dialog(qtbot, ctx)
    type_text(qtbot, dlg.surname, "Әбілқайыров")
    dlg.close()
    assert load_draft(ctx, "intake") is not None
    edge.replies = [NO]
    again = open_dialog(qtbot, ctx)
    assert again.surname.text() == ""
    assert load_draft(ctx, "intake") is None


def test_an_untouched_dialog_leaves_no_draft(qtbot: QtBot, ctx: AppContext, edge: Edge) -> None:
    dlg = open_dialog(qtbot, ctx)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
    assert load_draft(ctx, "intake") is None
    assert edge.questions == []


# --- the case card and printing ------------------------------------------------------------------


def test_case_card_shows_steps_documents_history_and_reprints(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    number = register_directly(ctx)
    [app] = applications(ctx)
    assert app.due_at is not None
    card = CaseCard(ctx, app.id, now=app.due_at + timedelta(days=1))
    qtbot.addWidget(card)
    card.show()
    assert number in card.windowTitle()
    due = card.findChild(QLabel, "due")
    assert due is not None and "overdue" in due.text() and "#b00020" in due.styleSheet()
    svc = ctx.catalogue.get(CHILD)
    assert card.steps.rowCount() == len(svc.routes["akim"].steps)
    assert card.documents.rowCount() == len(svc.documents)
    assert card.timeline.rowCount() == 1
    assert card.timeline.item(0, 0).text() == "Registered"
    assert card.timeline.item(0, 2).text() == "Сейітова Ә."

    edge.box_click = "Open in PDF viewer"
    qtbot.mouseClick(card.reprint_button, Qt.MouseButton.LeftButton)
    assert edge.boxes == [f"Talon No. {number}"]
    pdf = ctx.paths.documents / f"talon-{number.replace('/', '-')}.pdf"
    assert [u.toLocalFile() for u in edge.opened] == [str(pdf)]


def test_save_as_pdf_copies_the_talon_and_returns_to_the_box(
    qtbot: QtBot, ctx: AppContext, edge: Edge, tmp_path: Path
) -> None:
    register_directly(ctx)
    [app] = applications(ctx)
    card = CaseCard(ctx, app.id)
    qtbot.addWidget(card)
    edge.box_click = "Save as PDF…"
    edge.save_to = tmp_path / "copy"  # the extension is added
    card.reprint()
    assert (tmp_path / "copy.pdf").read_bytes()[:5] == b"%PDF-"
    assert len(edge.boxes) == 2  # shown again after saving, then closed
