"""Staff accounts for the akim or an administrator: add, set a password, unlock, disable.

Every rule (who may, weak passwords, nobody disables themselves, the audit trail) is
`app.users`'; the dialog shows the refusal it gets.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import users
from app.context import AppContext
from app.errors import UserError
from ui.i18n import ui_language

ERROR_STYLE = "color: #b00020;"

ROLE_LABELS: dict[str, str] = {
    "specialist": QT_TRANSLATE_NOOP("Role", "Specialist"),
    "akim": QT_TRANSLATE_NOOP("Role", "Akim"),
    "district_clerk": QT_TRANSLATE_NOOP("Role", "District clerk"),
    "admin": QT_TRANSLATE_NOOP("Role", "Administrator"),
}


def role_label(code: str) -> str:
    source = ROLE_LABELS.get(code)
    return QCoreApplication.translate("Role", source) if source else code


def may_manage_users(ctx: AppContext) -> bool:
    """Whether the logged-in person may open this dialog (the menu item is greyed if not)."""
    try:
        with ctx.session() as s:
            return users.can(ctx.current_staff(s).role, "users")
    except UserError:  # no office, no staff: nothing to manage
        return False


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent, objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _Form(QDialog):
    """A small form with an error line and OK/Cancel; `save` does the work or raises."""

    def __init__(self, parent: QWidget, lang: str) -> None:
        super().__init__(parent)
        self.lang = lang
        self.form = QFormLayout()
        self.error = QLabel(self, objectName="error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.outer = QVBoxLayout(self)
        self.outer.addLayout(self.form)
        self.outer.addWidget(self.error)
        self.outer.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def save(self) -> None:  # pragma: no cover - every form overrides it
        raise NotImplementedError

    def passwords(self, first: QLineEdit, second: QLineEdit) -> str | None:
        """The password typed twice (None if both are empty); a mismatch is refused."""
        if first.text() != second.text():
            raise UserError(
                code="password-mismatch",
                kk="Екі құпиясөз сәйкес келмейді.",
                ru="Пароли не совпадают.",
                en="The two passwords differ.",
            )
        return first.text() or None

    def accept(self) -> None:
        try:
            self.save()
        except UserError as exc:
            self.error.setText(exc.message(self.lang))
            return
        super().accept()


class AddUserDialog(_Form):
    def __init__(self, ctx: AppContext, parent: QWidget, lang: str) -> None:
        super().__init__(parent, lang)
        self.ctx = ctx
        self.setObjectName("AddUserDialog")
        self.setWindowTitle(self.tr("New staff member"))
        self.login = QLineEdit(self, objectName="login")
        self.surname = QLineEdit(self, objectName="surname")
        self.name = QLineEdit(self, objectName="name")
        self.patronymic = QLineEdit(self, objectName="patronymic")
        self.role = QComboBox(self, objectName="role")
        for code in users.ROLES:
            self.role.addItem(role_label(code), code)
        self.password = _password_field(self, "password")
        self.repeat_password = _password_field(self, "repeatPassword")
        note = QLabel(
            self.tr(
                "The password may be left empty: the person then chooses it at their first login."
            ),
            self,
        )
        note.setWordWrap(True)
        self.form.addRow(self.tr("&Login:"), self.login)
        self.form.addRow(self.tr("&Surname:"), self.surname)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Patronymic:"), self.patronymic)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("Pass&word:"), self.password)
        self.form.addRow(self.tr("Repeat the password:"), self.repeat_password)
        # Below the form, not in it: a wrapped label in a form row is not given its height.
        self.outer.insertWidget(1, note)
        self.added: users.UserInfo | None = None

    def save(self) -> None:
        self.added = users.add_user(
            self.ctx,
            login=self.login.text(),
            surname=self.surname.text(),
            name=self.name.text(),
            patronymic=self.patronymic.text().strip() or None,
            role=str(self.role.currentData()),
            password=self.passwords(self.password, self.repeat_password),
        )


class PasswordDialog(_Form):
    def __init__(self, ctx: AppContext, login: str, parent: QWidget, lang: str) -> None:
        super().__init__(parent, lang)
        self.ctx = ctx
        self.target = login
        self.setObjectName("PasswordDialog")
        self.setWindowTitle(self.tr("New password for {login}").format(login=login))
        self.password = _password_field(self, "password")
        self.repeat_password = _password_field(self, "repeatPassword")
        self.form.addRow(self.tr("&New password:"), self.password)
        self.form.addRow(self.tr("&Repeat it:"), self.repeat_password)

    def save(self) -> None:
        password = self.passwords(self.password, self.repeat_password) or ""
        users.set_password(self.ctx, self.target, password)


class UsersDialog(QDialog):
    """The office's staff accounts and what can be done with each."""

    COLUMNS = 4

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, lang: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = lang or ui_language()
        self.rows: list[users.UserInfo] = []
        self.setObjectName("UsersDialog")
        self.setWindowTitle(self.tr("Staff accounts"))

        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("users")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("State")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in range(self.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("&Add…"), self, objectName="add")
        self.password_button = QPushButton(self.tr("Set &password…"), self, objectName="password")
        self.unlock_button = QPushButton(self.tr("&Unlock"), self, objectName="unlock")
        self.active_button = QPushButton(self.tr("&Disable"), self, objectName="active")
        close = QPushButton(self.tr("Close"), self, objectName="close")
        self.add_button.clicked.connect(self.add_user)
        self.password_button.clicked.connect(self.set_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.active_button.clicked.connect(self.toggle_active)
        close.clicked.connect(self.accept)
        for b in (self.add_button, self.password_button, self.unlock_button, self.active_button):
            b.setAutoDefault(False)

        buttons = QHBoxLayout()
        for b in (self.add_button, self.password_button, self.unlock_button, self.active_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(720, 420)
        self.reload()

    # --- the list ------------------------------------------------------------------------------

    def _state(self, u: users.UserInfo) -> str:
        if not u.active:
            return self.tr("disabled")
        if u.locked():
            assert u.locked_until is not None
            return self.tr("locked until {time}").format(time=u.locked_until.strftime("%H:%M"))
        if not u.has_password:
            return self.tr("no password yet")
        return self.tr("active")

    def reload(self, select: str | None = None) -> None:
        keep = select or (self.selected().login if self.selected() else None)
        self.rows = users.list_users(self.ctx)
        self.table.setRowCount(0)
        for u in self.rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for col, text in enumerate((u.login, u.full_name, role_label(u.role), self._state(u))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, col, item)
            if u.login == keep:
                self.table.selectRow(r)
        self._update_buttons()

    def selected(self) -> users.UserInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def select_login(self, login: str) -> None:
        for r, u in enumerate(self.rows):
            if u.login == login:
                self.table.selectRow(r)

    def _update_buttons(self) -> None:
        u = self.selected()
        for b in (self.password_button, self.unlock_button, self.active_button):
            b.setEnabled(u is not None)
        if u is not None:
            self.unlock_button.setEnabled(u.locked() or u.failed_logins > 0)
            self.active_button.setText(self.tr("&Enable") if not u.active else self.tr("&Disable"))

    # --- actions ------------------------------------------------------------------------------

    def _refused(self, exc: UserError) -> None:
        QMessageBox.warning(self, self.windowTitle(), exc.message(self.lang))

    def add_user(self) -> None:
        dialog = AddUserDialog(self.ctx, self, self.lang)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.added is not None:
            self.reload(select=dialog.added.login)
        dialog.deleteLater()

    def set_password(self) -> None:
        u = self.selected()
        if u is None:
            return
        dialog = PasswordDialog(self.ctx, u.login, self, self.lang)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
        dialog.deleteLater()

    def unlock(self) -> None:
        u = self.selected()
        if u is None:
            return
        try:
            users.unlock(self.ctx, u.login)
        except UserError as exc:
            self._refused(exc)
        self.reload()

    def toggle_active(self) -> None:
        u = self.selected()
        if u is None:
            return
        try:
            users.set_active(self.ctx, u.login, not u.active)
        except UserError as exc:
            self._refused(exc)
        self.reload()
