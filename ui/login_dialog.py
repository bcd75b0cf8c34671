"""Logging in, choosing a first password, and locking the window when nobody uses it.

`LoginDialog` asks who is working and their password (`app.users.authenticate`); someone who
has no password yet chooses one first (`app.users.set_initial_password`). As a lock screen
it asks only the same person's password again, or lets them quit the program.

`IdleLock` watches the keyboard and mouse of the whole application; after the office's idle
time it covers every open window (their contents, half-filled forms included, stay as they
are underneath) and shows the lock screen.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import users
from app.context import AppContext
from app.errors import UserError
from ui.i18n import ui_language

ERROR_STYLE = "color: #b00020;"
# What counts as someone using the program (a mouse merely resting on the window does not).
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class LoginDialog(QDialog):
    """Who is working: staff member and password. `user` holds them after OK, and the
    context acts as them (`ctx.staff_login`)."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
        login: str | None = None,
        lock: bool = False,
        idle_minutes: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = lang or ui_language()
        self.lock = lock
        self.user: users.UserInfo | None = None
        self.quit_requested = False
        self.setObjectName("LoginDialog")
        self.setWindowTitle(self.tr("Locked") if lock else self.tr("Log in"))

        self.intro = QLabel(self, objectName="intro")
        self.intro.setWordWrap(True)
        self.staff = QComboBox(self, objectName="staff")
        self.accounts = {
            u.login: u
            for u in users.list_users(ctx)
            # The lock opens for the same person only; anyone else quits the program.
            if u.active and (not lock or u.login == login)
        }
        for u in self.accounts.values():
            self.staff.addItem(f"{u.full_name} ({u.login})", u.login)
        if login in self.accounts:
            self.staff.setCurrentIndex(self.staff.findData(login))
        self.staff.setEnabled(not lock)
        self.password = QLineEdit(self, objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password = QLineEdit(self, objectName="newPassword")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_password = QLineEdit(self, objectName="repeatPassword")
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.first_note = QLabel(
            self.tr(
                "You have no password yet. Choose one of at least {count} characters: from "
                "now on the program asks for it."
            ).format(count=users.MIN_PASSWORD_LENGTH),
            self,
        )
        self.first_note.setObjectName("firstNote")
        self.first_note.setWordWrap(True)
        self.message = QLabel(self, objectName="message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.tr("&Staff member:"), self.staff)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.form.addRow(self.first_note)
        self.form.addRow(self.tr("&New password:"), self.new_password)
        self.form.addRow(self.tr("&Repeat it:"), self.repeat_password)

        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Log in"), self, objectName="login")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        if lock:
            self.cancel_button = QPushButton(self.tr("Quit the program"), self, objectName="quit")
            self.cancel_button.clicked.connect(self.quit_program)
            self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.DestructiveRole)
            who = self.accounts.get(login or "")
            self.intro.setText(
                self.tr(
                    "The program was locked after {minutes} minutes without use. Enter the "
                    "password of {name} to go on; the open windows stay as they were."
                ).format(minutes=idle_minutes or 0, name=who.short_name if who else login)
            )
        else:
            self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.cancel_button.setObjectName("cancel")
            self.buttons.rejected.connect(self.reject)
            self.intro.setText(self.tr("Choose your name and enter your password."))
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.staff.currentIndexChanged.connect(self._show_mode)
        self._show_mode()

    # --- which fields show ----------------------------------------------------------------

    def chosen(self) -> users.UserInfo | None:
        return self.accounts.get(self.staff.currentData() or "")

    def first_login(self) -> bool:
        """The chosen person has no password: they set one instead of entering it."""
        u = self.chosen()
        return u is not None and not u.has_password

    def _show_mode(self) -> None:
        first = self.first_login()
        self.form.setRowVisible(self.password, not first)
        for widget in (self.new_password, self.repeat_password):
            self.form.setRowVisible(widget, first)
        self.first_note.setVisible(first)
        self.ok_button.setText(self.tr("Set password and log in") if first else self.tr("Log in"))
        self.message.clear()
        (self.new_password if first else self.password).setFocus()

    # --- logging in ---------------------------------------------------------------------------

    def accept(self) -> None:
        u = self.chosen()
        if u is None:
            self.message.setText(self.tr("Choose a staff member."))
            return
        try:
            if self.first_login():
                if self.new_password.text() != self.repeat_password.text():
                    self.message.setText(self.tr("The two passwords differ."))
                    self.repeat_password.clear()
                    self.repeat_password.setFocus()
                    return
                users.set_initial_password(self.ctx, u.login, self.new_password.text())
                self.user = users.authenticate(self.ctx, u.login, self.new_password.text())
            else:
                self.user = users.authenticate(self.ctx, u.login, self.password.text())
        except UserError as exc:
            self.message.setText(exc.message(self.lang))
            self.password.clear()
            self.password.setFocus()
            return
        self.ctx.staff_login = self.user.login
        super().accept()

    def reject(self) -> None:
        # A lock screen is not closed by Esc or the title bar: only by the password, or by
        # quitting on purpose.
        if not self.lock or self.quit_requested:
            super().reject()

    def quit_program(self) -> None:
        self.quit_requested = True
        self.reject()


def log_in(
    ctx: AppContext,
    parent: QWidget | None = None,
    *,
    lang: str | None = None,
    login: str | None = None,
) -> bool:
    """Ask who is working (modal); True once someone has logged in."""
    dialog = LoginDialog(ctx, parent, lang=lang, login=login)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return ok


class _Cover(QWidget):
    """An opaque sheet over one window while the program is locked."""

    def __init__(self, window: QWidget, text: str) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        label = QLabel(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class IdleLock(QObject):
    """Locks the program after `minutes` without keyboard or mouse use (0: never)."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        ctx: AppContext,
        app: QApplication,
        minutes: int,
        *,
        lang: str | None = None,
        interval_ms: int | None = None,
    ) -> None:
        super().__init__(app)
        self.ctx = ctx
        self.app = app
        self.minutes = minutes
        self.lang = lang
        self.dialog: LoginDialog | None = None
        self.covers: list[_Cover] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms if interval_ms is not None else minutes * 60_000)
        self.timer.timeout.connect(self.lock)
        if minutes > 0 or interval_ms:
            app.installEventFilter(self)
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.dialog is None:
            self.timer.start()  # restarts the count
        return False

    def is_locked(self) -> bool:
        return self.dialog is not None

    def lock(self) -> None:
        """Cover the windows and ask the logged-in person's password again."""
        if self.dialog is not None or not self.ctx.staff_login:
            return
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        text = self.tr("Locked")
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and not isinstance(w, LoginDialog)
        ]
        self.covers = [_Cover(w, text) for w in windows]
        self.dialog = LoginDialog(
            self.ctx,
            lang=self.lang,
            login=self.ctx.staff_login,
            lock=True,
            idle_minutes=self.minutes,
        )
        # Not exec(): the lock must not nest an event loop inside, say, an open intake form's.
        # Not open() either: that makes it modal to its (absent) parent window only.
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.finished.connect(self._finished)
        self.dialog.show()
        self.dialog.activateWindow()
        self.locked.emit()

    def _finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            # "Quit the program": every window closes, unsaved forms with them.
            self.stop()
            QApplication.closeAllWindows()
            QApplication.quit()
            return
        for cover in self.covers:
            # Its window may have been closed meanwhile, and the cover gone with it.
            with contextlib.suppress(RuntimeError):
                cover.deleteLater()
        self.covers = []
        self.timer.start()
        self.unlocked.emit()
