"""The login dialog, the first password, the idle lock, the staff accounts dialog, the case
card's History tab and run_gui's login, driven the way a person uses them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import users
from app.commission import refer, set_commission
from app.context import AppContext
from app.errors import UserError
from app.intake import ApplicantInput, IntakeRequest, register
from app.office import init_office

# The long-text checker and its fixtures (translators that make every text longer).
from tests.test_ui_trans_scale import LANGS_AND_MODES, clipped, long_texts, qm_dir  # noqa: F401
from ui.case_card import CaseCard
from ui.login_dialog import IdleLock, LoginDialog
from ui.main import run_gui
from ui.main_window import MainWindow
from ui.users_dialog import AddUserDialog, PasswordDialog, UsersDialog

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

CODE = "196435100"
NAME_KK = "Қосшы ауылдық округі әкімінің аппараты"
NAME_RU = "Аппарат акима Косшынского сельского округа"
SPEC_PASSWORD = "маман-пароль"


@pytest.fixture
def ctx(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    """The akim (made by init, no password yet) and a specialist with a password."""
    monkeypatch.delenv("QABYLDAU_USER", raising=False)
    with AppContext(home) as c:
        init_office(
            c,
            role="akimat",
            code=CODE,
            name_kk=NAME_KK,
            name_ru=NAME_RU,
            staff_surname="Жұмабаев",
            staff_name="Қайрат",
            staff_login="akim",
        )
        users.add_user(
            c,
            login="aseitova",
            surname="Сейітова",
            name="Әсел",
            patronymic="Болатқызы",
            role="specialist",
            password=SPEC_PASSWORD,
        )
        yield c


def _dialog(qtbot: QtBot, ctx: AppContext, **kw: Any) -> LoginDialog:
    dialog = LoginDialog(ctx, lang="ru", **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _choose(dialog: LoginDialog, login: str) -> None:
    dialog.staff.setCurrentIndex(dialog.staff.findData(login))


# --- logging in ------------------------------------------------------------------------------


def test_login_needs_the_right_password(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _dialog(qtbot, ctx, login="aseitova")
    assert dialog.staff.currentData() == "aseitova"
    assert dialog.staff.count() == 2 and dialog.staff.isEnabled()
    assert dialog.password.isVisible() and not dialog.new_password.isVisible()
    dialog.password.setText("wrong")
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "Неверный пароль" in dialog.message.text()
    assert dialog.password.text() == ""  # cleared for the next try
    assert ctx.staff_login is None
    dialog.password.setText(SPEC_PASSWORD)
    _click(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.staff_login == "aseitova" and dialog.user is not None
    assert users.get_user(ctx, "aseitova").failed_logins == 0


def test_five_wrong_passwords_say_until_when_the_account_is_locked(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = _dialog(qtbot, ctx, login="aseitova")
    for i in range(5):
        dialog.password.setText(f"wrong{i}")
        _click(qtbot, dialog.ok_button)
    assert "заблокирована до" in dialog.message.text()
    dialog.password.setText(SPEC_PASSWORD)
    _click(qtbot, dialog.ok_button)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "заблокирована до" in dialog.message.text()


def test_someone_without_a_password_sets_one_first(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _dialog(qtbot, ctx, login="aseitova")
    _choose(dialog, "akim")
    assert dialog.first_login()
    assert not dialog.password.isVisible()
    assert dialog.new_password.isVisible() and dialog.repeat_password.isVisible()
    assert dialog.first_note.isVisible()
    dialog.new_password.setText("әкім-пароль")
    dialog.repeat_password.setText("әкім-парол")
    _click(qtbot, dialog.ok_button)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.message.text()
    assert not users.get_user(ctx, "akim").has_password
    dialog.new_password.setText("123")
    dialog.repeat_password.setText("123")
    _click(qtbot, dialog.ok_button)
    assert "не короче 6" in dialog.message.text()
    dialog.new_password.setText("әкім-пароль")
    dialog.repeat_password.setText("әкім-пароль")
    _click(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted and ctx.staff_login == "akim"
    assert users.authenticate(ctx, "akim", "әкім-пароль").login == "akim"
    # Back to the other person: the ordinary password field again.
    second = _dialog(qtbot, ctx)
    _choose(second, "akim")
    assert second.password.isVisible() and not second.new_password.isVisible()


# --- the idle lock -----------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> MainWindow:
    ctx.staff_login = "aseitova"
    w = MainWindow(
        ctx, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), lang="ru"
    )
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _covers(window: QWidget) -> list[QWidget]:
    return [c for c in window.findChildren(QWidget, "lockCover") if c.isVisible()]


def _move_mouse(widget: QWidget) -> None:
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPoint(10, 10).toPointF(),
        widget.mapToGlobal(QPoint(10, 10)).toPointF(),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_idle_lock_covers_the_window_and_opens_for_the_same_person(
    qtbot: QtBot, qapp: QApplication, ctx: AppContext, window: MainWindow
) -> None:
    window.search.setText("Сейітова")  # work in progress, kept under the lock
    idle = IdleLock(ctx, qapp, 15, lang="ru", interval_ms=150)
    try:
        qtbot.waitUntil(idle.is_locked, timeout=3000)
        assert len(_covers(window)) == 1
        assert _covers(window)[0].geometry() == window.rect()
        dialog = idle.dialog
        assert dialog is not None and dialog.lock and dialog.isVisible()
        assert dialog.windowModality() == Qt.WindowModality.ApplicationModal
        # Only the person who was working, and no way round the password.
        assert dialog.staff.count() == 1 and not dialog.staff.isEnabled()
        assert dialog.staff.currentData() == "aseitova"
        assert "15" in dialog.intro.text()
        dialog.reject()  # Esc, the title bar's close button
        assert idle.is_locked() and dialog.isVisible()
        dialog.password.setText("wrong")
        _click(qtbot, dialog.ok_button)
        assert idle.is_locked() and "Неверный пароль" in dialog.message.text()
        dialog.password.setText(SPEC_PASSWORD)
        _click(qtbot, dialog.ok_button)
        assert not idle.is_locked()
        qtbot.waitUntil(lambda: not window.findChildren(QWidget, "lockCover"), timeout=2000)
        assert window.isVisible() and window.search.text() == "Сейітова"
        assert ctx.staff_login == "aseitova"
    finally:
        idle.stop()


def test_using_the_program_puts_the_lock_off(
    qtbot: QtBot, qapp: QApplication, ctx: AppContext, window: MainWindow
) -> None:
    idle = IdleLock(ctx, qapp, 15, lang="ru", interval_ms=400)
    try:
        for _ in range(8):  # 800 ms of use, twice the idle time
            qtbot.wait(100)
            _move_mouse(window.table.viewport())
        assert not idle.is_locked()
        qtbot.waitUntil(idle.is_locked, timeout=3000)  # then left alone: locked
        assert idle.dialog is not None
        idle.dialog.password.setText(SPEC_PASSWORD)
        _click(qtbot, idle.dialog.ok_button)
        assert not idle.is_locked()
    finally:
        idle.stop()


def test_lock_from_the_menu_and_quit_from_the_lock_screen(
    qtbot: QtBot, qapp: QApplication, ctx: AppContext, window: MainWindow
) -> None:
    idle = IdleLock(ctx, qapp, 0, lang="ru")  # 0: never by itself
    assert not idle.timer.isActive()
    window.lockRequested.connect(idle.lock)
    window.lock_action.setEnabled(True)
    window.lock_action.trigger()
    assert idle.is_locked() and len(_covers(window)) == 1
    assert idle.dialog is not None
    _click(qtbot, idle.dialog.cancel_button)  # "Quit the program"
    assert not idle.is_locked()
    assert not window.isVisible()


def test_no_lock_without_someone_logged_in(
    qapp: QApplication, ctx: AppContext, window: MainWindow
) -> None:
    ctx.staff_login = None
    idle = IdleLock(ctx, qapp, 15, lang="ru")
    idle.lock()
    assert not idle.is_locked() and _covers(window) == []
    idle.stop()


# --- staff accounts --------------------------------------------------------------------------


def test_the_accounts_menu_is_for_the_akim(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, tmp_path: Path
) -> None:
    assert not window.users_action.isEnabled()  # the specialist is logged in
    ctx.staff_login = "akim"
    w = MainWindow(
        ctx, settings=QSettings(str(tmp_path / "ui2.ini"), QSettings.Format.IniFormat), lang="ru"
    )
    qtbot.addWidget(w)
    assert w.users_action.isEnabled()
    assert "Жұмабаев" in w.staff_label.text()


def test_add_a_staff_member_and_disable_them(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.staff_login = "akim"
    dialog = UsersDialog(ctx, lang="ru")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 0).text() for r in range(2)] == ["akim", "aseitova"]
    assert not dialog.password_button.isEnabled()  # nothing chosen yet

    add = AddUserDialog(ctx, dialog, "ru")
    qtbot.addWidget(add)
    add.login.setText("second")
    add.surname.setText("Омарова")
    add.name.setText("Гүлнар")
    add.role.setCurrentIndex(add.role.findData("specialist"))
    add.password.setText("екінші-пароль")
    add.repeat_password.setText("басқа")
    add.accept()
    assert add.result() != QDialog.DialogCode.Accepted and add.error.text()
    add.repeat_password.setText("екінші-пароль")
    add.accept()
    assert add.result() == QDialog.DialogCode.Accepted
    assert users.authenticate(ctx, "second", "екінші-пароль").role == "specialist"

    dialog.reload(select="second")
    assert dialog.selected() is not None and dialog.selected().login == "second"
    _click(qtbot, dialog.active_button)  # Disable
    assert not users.get_user(ctx, "second").active
    assert dialog.selected().login == "second" and not dialog.selected().active
    row = [dialog.table.item(r, 0).text() for r in range(3)].index("second")
    assert dialog.table.item(row, 3).text() == "disabled"  # no translators in this test
    _click(qtbot, dialog.active_button)  # Enable
    assert users.get_user(ctx, "second").active


def test_unlock_and_set_a_password_from_the_dialog(qtbot: QtBot, ctx: AppContext) -> None:
    for i in range(5):
        with pytest.raises(UserError):
            users.authenticate(ctx, "aseitova", f"wrong{i}")
    ctx.staff_login = "akim"
    dialog = UsersDialog(ctx, lang="ru")
    qtbot.addWidget(dialog)
    dialog.reload(select="aseitova")
    assert dialog.unlock_button.isEnabled()
    assert dialog.table.item(1, 3).text().startswith("locked until")
    _click(qtbot, dialog.unlock_button)
    assert not users.get_user(ctx, "aseitova").locked()
    assert not dialog.unlock_button.isEnabled()

    change = PasswordDialog(ctx, "aseitova", dialog, "ru")
    qtbot.addWidget(change)
    change.password.setText("жаңа-пароль")
    change.repeat_password.setText("жаңа-пароль")
    change.accept()
    assert change.result() == QDialog.DialogCode.Accepted
    assert users.authenticate(ctx, "aseitova", "жаңа-пароль")


def test_a_refusal_is_shown_not_raised(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    ctx.staff_login = "akim"
    dialog = UsersDialog(ctx, lang="ru")
    qtbot.addWidget(dialog)
    dialog.reload(select="akim")
    _click(qtbot, dialog.active_button)  # disable oneself
    assert shown and "собственную" in shown[0]
    assert users.get_user(ctx, "akim").active


# --- the case card's History tab ---------------------------------------------------------------


def test_case_history_shows_who_and_before_after(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.staff_login = "aseitova"
    service = ctx.catalogue.get("asp")
    result = register(
        ctx,
        IntakeRequest(
            service_code="asp",
            applicant=ApplicantInput(iin="791028302728", surname="Әбдіғалиев", name="Ерлан"),
            documents=[d.code for d in service.documents if d.required],
            registered_at=datetime(2026, 12, 10, 10, 0),
        ),
    )
    set_commission(
        ctx, "12", date(2026, 1, 5), [("Ахметов А.Б.", "chair"), ("Серікова Г.Н.", "secretary")]
    )
    ctx.staff_login = "akim"
    refer(ctx, result.incoming_number, when=datetime(2026, 12, 11, 10, 0))
    card = CaseCard(ctx, result.application_id, now=datetime(2026, 12, 11, 12, 0))
    qtbot.addWidget(card)
    table = card.timeline
    assert table.columnCount() == 4 and table.rowCount() == 2
    assert table.horizontalHeaderItem(3).text() == "Change"
    assert [table.item(r, 2).text() for r in range(2)] == ["Сейітова Ә.Б.", "Жұмабаев Қ."]
    assert table.item(1, 1).text() == "11.12.2026 10:00"
    change = table.item(1, 3).text().split("\n")
    assert "Status: Registered → At the commission" in change
    assert any(line.startswith("Next due: 11.12.2026 18:00 → ") for line in change)
    assert "Number: 1/2026" in table.item(0, 3).text()


# --- run_gui ------------------------------------------------------------------------------------


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[Path]:
    monkeypatch.delenv("QABYLDAU_USER", raising=False)
    root = tmp_path / "office"
    with AppContext(root) as c:
        init_office(
            c,
            role="akimat",
            code=CODE,
            name_kk=NAME_KK,
            name_ru=NAME_RU,
            staff_surname="Жұмабаев",
            staff_name="Қайрат",
            staff_login="akim",
            staff_password="әкім-пароль",
        )
    font = qapp.font()
    yield root
    qapp.setFont(font)  # run_gui installs its own


def test_run_gui_asks_who_is_working_first(office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def exec_(self: LoginDialog) -> int:
        seen["windows while asking"] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        seen["preselected"] = self.staff.currentData()
        self.password.setText("әкім-пароль")
        self.accept()

        def look() -> None:
            window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
            seen["staff"] = window.staff_label.text()
            seen["lock"] = window.lock_action.isEnabled()
            QApplication.quit()

        QTimer.singleShot(0, look)
        return self.result()

    monkeypatch.setattr(LoginDialog, "exec", exec_)
    assert run_gui(home=str(office), demo=False, smoke=False, login="akim") == 0
    assert seen["windows while asking"] == []
    assert seen["preselected"] == "akim"
    assert "Жұмабаев" in seen["staff"] and seen["lock"]


def test_run_gui_ends_when_nobody_logs_in(office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(LoginDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected))
    assert run_gui(home=str(office), demo=False, smoke=False) == 1
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def test_smoke_and_demo_start_without_a_question(
    tmp_path: Path, office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_(self: LoginDialog) -> int:
        raise AssertionError("--smoke and --demo must not ask who is working")

    monkeypatch.setattr(LoginDialog, "exec", exec_)
    assert run_gui(home=str(office), demo=False, smoke=True) == 0
    assert run_gui(home=str(tmp_path / "demo"), demo=True, smoke=True) == 0


# --- the first-run wizard --------------------------------------------------------------------


def test_the_wizard_may_give_the_first_password(
    qtbot: QtBot, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    from tests.keyring_backend import active_keyring
    from ui.first_run import FirstRunWizard

    monkeypatch.delenv("QABYLDAU_USER", raising=False)
    with AppContext(home) as c, active_keyring(FailKeyring()):
        w = FirstRunWizard(c, lang="ru")
        qtbot.addWidget(w)
        w.role.akimat.setChecked(True)
        w.office.code.setText(CODE)
        w.office.name_kk.setText(NAME_KK)
        w.office.name_ru.setText(NAME_RU)
        w.staff.surname.setText("Сейітова")
        w.staff.name.setText("Әсел")
        w.staff.login.setText("aseitova")
        assert w.staff.isComplete()  # no password: chosen at the first login
        for first, second in (("12345", "12345"), ("әкім-пароль", "әкім-парол")):
            w.staff.password.setText(first)
            w.staff.repeat_password.setText(second)
            assert not w.staff.isComplete(), (first, second)
        w.staff.repeat_password.setText("әкім-пароль")
        assert w.staff.isComplete()
        assert w.set_up()
        assert users.authenticate(c, "aseitova", "әкім-пароль").role == "akim"


# --- long translations (tests/test_ui_trans_scale.py's checker) -------------------------------


def _windows_for_long_texts(ctx: AppContext, lang: str) -> list[QWidget]:
    ctx.staff_login = "akim"
    first = LoginDialog(ctx, lang=lang, login="akim")  # no password yet: the first-login form
    lock = LoginDialog(ctx, lang=lang, login="aseitova", lock=True, idle_minutes=15)
    accounts = UsersDialog(ctx, lang=lang)
    accounts.reload(select="aseitova")
    return [
        LoginDialog(ctx, lang=lang, login="aseitova"),
        first,
        lock,
        accounts,
        AddUserDialog(ctx, accounts, lang),
        PasswordDialog(ctx, "aseitova", accounts, lang),
    ]


@pytest.mark.parametrize("long_texts", LANGS_AND_MODES, indirect=True, ids=lambda p: "-".join(p))
def test_login_and_accounts_show_long_texts_whole(
    qtbot: QtBot,
    ctx: AppContext,
    long_texts: tuple[str, str],  # noqa: F811
) -> None:
    lang, _mode = long_texts
    problems = []
    for widget in _windows_for_long_texts(ctx, lang):
        if widget.parent() is None:
            qtbot.addWidget(widget)
        with qtbot.waitExposed(widget):
            widget.show()
        QApplication.processEvents()
        problems += [f"{widget.objectName()}: {p}" for p in clipped(widget)]
        widget.close()
    assert problems == []
