"""This office's keys and the offices it trusts: the GUI of `qabyldau keys …` and `trust …`.

Every rule is `app.keys`' and `app.trust`': the private keys live only in the system's key
store, and where there is none `init_keys` refuses with a message that is shown as it is
worded. Another office's card is trusted only when the fingerprint a person types from the
printed sheet (or hears over the phone) matches it, so the "Add card" window never shows
the card's fingerprint: it would be copied instead of compared.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
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

from app.context import AppContext
from app.errors import UserError
from app.keys import (
    MIN_PASSPHRASE,
    backup_keys,
    init_keys,
    load_keys,
    public_card,
    restore_keys,
    secure_keyring,
    write_atomically,
)
from app.packets import render_key_sheet
from app.trust import ImportResult, TrustedCard, import_card, list_trusted, read_card, revoke
from ui.i18n import ui_language
from ui.packets_dialog import fixed_font
from ui.printing import offer_document

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #2e7d32;"
REVOKED_COLOR = QColor("#a40000")
REPLACED_COLOR = QColor("#777777")
COL_OFFICE, COL_ROLE, COL_FINGERPRINT, COL_STATUS, COL_ADDED = range(5)
FINGERPRINT_ROLE = Qt.ItemDataRole.UserRole
FINGERPRINT_PLACEHOLDER = "0000 0000 0000 0000 0000 0000 0000 0000"


def _d(value: date | datetime | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "—"


def _created(card: dict) -> str:
    try:
        return _d(datetime.fromisoformat(card["created"]))
    except (KeyError, TypeError, ValueError):
        return "—"


class PassphraseDialog(QDialog):
    """A passphrase, typed hidden; twice when it protects a new backup."""

    def __init__(self, parent: QWidget | None, title: str, *, confirm: bool) -> None:
        super().__init__(parent)
        self.setObjectName("PassphraseDialog")
        self.setWindowTitle(title)
        self.confirm = confirm
        self.first = QLineEdit(self, objectName="passphrase")
        self.second = QLineEdit(self, objectName="passphraseAgain")
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._validate)
        self.hint = QLabel(self, objectName="hint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.first)
        if confirm:
            form.addRow(self.tr("Repeat it:"), self.second)
            intro = self.tr(
                "The backup holds the office's secret keys, locked with this passphrase "
                "(at least {count} characters). Without it the backup cannot be opened: "
                "keep it written down apart from the file."
            ).format(count=MIN_PASSPHRASE)
        else:
            self.second.hide()
            intro = self.tr("The passphrase the backup was made with.")
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._validate()

    def passphrase(self) -> str:
        return self.first.text()

    def _validate(self) -> bool:
        text = ""
        ok = bool(self.first.text())
        if self.confirm:
            if self.first.text() and len(self.first.text()) < MIN_PASSPHRASE:
                text, ok = (
                    self.tr("At least {count} characters.").format(count=MIN_PASSPHRASE),
                    False,
                )
            elif self.second.text() and self.second.text() != self.first.text():
                text, ok = self.tr("The two passphrases differ."), False
            else:
                ok = ok and self.second.text() == self.first.text()
        self.hint.setText(text)
        self.hint.setStyleSheet(ERROR_STYLE)
        self.ok_button.setEnabled(ok)
        return ok

    def accept(self) -> None:
        if self._validate():
            super().accept()


class AddCardDialog(QDialog):
    """Another office's public card, trusted once the fingerprint typed from its sheet matches."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, lang: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = lang
        self.result_: ImportResult | None = None
        self.setObjectName("AddCardDialog")
        self.setWindowTitle(self.tr("Add another office's card"))
        self.path_edit = QLineEdit(self, objectName="cardPath")
        self.path_edit.setReadOnly(True)
        self.browse_button = QPushButton(self.tr("&Choose file…"), self, objectName="browse")
        self.browse_button.clicked.connect(self.browse)
        self.office_label = QLabel("—", self, objectName="cardOffice")
        self.office_label.setWordWrap(True)
        self.fingerprint_edit = QLineEdit(self, objectName="typedFingerprint")
        self.fingerprint_edit.setFont(fixed_font(1.15))
        self.fingerprint_edit.setPlaceholderText(FINGERPRINT_PLACEHOLDER)
        self.fingerprint_edit.textChanged.connect(self._validate)
        how = QLabel(
            self.tr(
                "Type the fingerprint from the office's printed fingerprint sheet, or have it "
                "read to you over the phone, group by group. Do not copy it from the e-mail "
                "or the folder the card came in: a swapped card would bring its own."
            ),
            self,
        )
        how.setWordWrap(True)
        self.error = QLabel(self, objectName="error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("&Trust this card"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("trust")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Card file:"), file_row)
        form.addRow(self.tr("Office:"), self.office_label)
        form.addRow(self.tr("Fingerprint from the sheet:"), self.fingerprint_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(how)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self._validate()

    def set_card_file(self, path: Path) -> None:
        """Show whose card the file is (never its fingerprint)."""
        self.path_edit.setText(str(path))
        self.error.clear()
        try:
            card = read_card(path)
        except UserError as exc:
            self.office_label.setText("—")
            self.error.setText(exc.message(self.lang))
        else:
            name = card["name_kk"] if self.lang == "kk" else card["name_ru"]
            role = (
                self.tr("district department")
                if card["role"] == "district"
                else self.tr("akim's office")
            )
            self.office_label.setText(f"{card['office_code']} {name} ({role})")
        self._validate()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the office's public card"),
            str(Path.home()),
            self.tr("Public cards (*.json);;All files (*)"),
        )
        if path:
            self.set_card_file(Path(path))

    def _validate(self) -> None:
        digits = sum(ch.isalnum() for ch in self.fingerprint_edit.text())
        self.ok_button.setEnabled(bool(self.path_edit.text()) and digits > 0)

    def accept(self) -> None:
        try:
            self.result_ = import_card(
                self.ctx, Path(self.path_edit.text()), self.fingerprint_edit.text()
            )
        except UserError as exc:
            text = exc.message(self.lang)
            self.error.setText(text)
            # A refused card may be a swapped one: the person must not miss it.
            QMessageBox.warning(self, self.windowTitle(), text)
            self.fingerprint_edit.setFocus()
            self.fingerprint_edit.selectAll()
            return
        super().accept()


class KeysDialog(QDialog):
    """This office's key pair (create, share, print, back up, restore) and trusted offices."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, lang: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = lang or ui_language()
        self.card: dict | None = None
        self.cards: list[TrustedCard] = []
        self.add_dialog: AddCardDialog | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.key_problem: str | None = None  # why the keys cannot be used now, as shown
        self.setObjectName("KeysDialog")
        self.setWindowTitle(self.tr("Keys and trusted offices"))

        own = QGroupBox(self.tr("This office's keys"), self)
        self.status_label = QLabel(own, objectName="keyStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label = QLabel(own, objectName="ownFingerprint")
        self.fingerprint_label.setFont(fixed_font(1.6))
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_caption = QLabel(own)
        self.create_button = QPushButton(self.tr("&Create keys"), own, objectName="createKeys")
        self.create_button.clicked.connect(self.create_keys)
        self.export_button = QPushButton(
            self.tr("&Export public card…"), own, objectName="exportCard"
        )
        self.export_button.clicked.connect(self.export_card)
        self.sheet_button = QPushButton(
            self.tr("&Print fingerprint sheet…"), own, objectName="printSheet"
        )
        self.sheet_button.clicked.connect(self.print_sheet)
        self.backup_button = QPushButton(self.tr("&Back up keys…"), own, objectName="backup")
        self.backup_button.clicked.connect(self.backup)
        self.restore_button = QPushButton(self.tr("&Restore…"), own, objectName="restore")
        self.restore_button.clicked.connect(self.restore)
        own_buttons = QGridLayout()
        for i, button in enumerate(
            (
                self.create_button,
                self.export_button,
                self.sheet_button,
                self.backup_button,
                self.restore_button,
            )
        ):
            own_buttons.addWidget(button, 0, i)
        own_layout = QVBoxLayout(own)
        own_layout.addWidget(self.fingerprint_caption)
        own_layout.addWidget(self.fingerprint_label)
        own_layout.addWidget(self.status_label)
        own_layout.addLayout(own_buttons)

        trusted = QGroupBox(self.tr("Trusted offices"), self)
        headers = [
            self.tr("Office"),
            self.tr("Kind"),
            self.tr("Fingerprint"),
            self.tr("Status"),
            self.tr("Added"),
        ]
        self.table = QTableWidget(0, len(headers), trusted, objectName="trusted")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_OFFICE, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add card…"), trusted, objectName="addCard")
        self.add_button.clicked.connect(self.add_card)
        self.revoke_button = QPushButton(self.tr("Re&voke"), trusted, objectName="revoke")
        self.revoke_button.clicked.connect(self.revoke_selected)
        trusted_buttons = QHBoxLayout()
        trusted_buttons.addWidget(self.add_button)
        trusted_buttons.addWidget(self.revoke_button)
        trusted_buttons.addStretch(1)
        trusted_layout = QVBoxLayout(trusted)
        trusted_layout.addWidget(self.table, 1)
        trusted_layout.addLayout(trusted_buttons)

        self.hint = QLabel(self, objectName="hint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(trusted, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.refresh()
        self.resize(900, 560)

    # --- reading -----------------------------------------------------------------------------

    def _name(self, kk: str, ru: str) -> str:
        return kk if self.lang == "kk" else ru

    def refresh(self) -> None:
        self._load_own()
        self._load_trusted()
        self._update_buttons()

    def _load_own(self) -> None:
        try:
            self.card = public_card(self.ctx)
        except UserError:
            self.card = None
        problem = None
        try:
            # The public half is in the database; whether the secret half is really in this
            # computer's key store (and the store is a safe one) is asked each time.
            if self.card is not None:
                load_keys(self.ctx)
            else:
                secure_keyring()
        except UserError as exc:
            problem = exc.message(self.lang)
        if self.card is not None:
            self.fingerprint_caption.setText(
                self.tr("Fingerprint of this office's key (created {date}):").format(
                    date=_created(self.card)
                )
            )
            self.fingerprint_label.setText(self.card["fingerprint"])
            self.fingerprint_label.show()
        else:
            self.fingerprint_caption.setText(
                self.tr(
                    "This office has no keys yet. Create them once, on the computer that "
                    "sends the packets, or restore them from a backup."
                )
            )
            self.fingerprint_label.clear()
            self.fingerprint_label.hide()
        if problem is not None:
            self.status_label.setText(problem)
            self.status_label.setStyleSheet(ERROR_STYLE)
        elif self.card is not None:
            self.status_label.setText(self.tr("The secret keys are in this computer's key store."))
            self.status_label.setStyleSheet(OK_STYLE)
        else:
            self.status_label.clear()
        self.key_problem = problem

    def _load_trusted(self) -> None:
        self.cards = list_trusted(self.ctx)
        table = self.table
        table.clearSelection()
        table.setRowCount(len(self.cards))
        for row, c in enumerate(self.cards):
            office = f"{c.office_code} {self._name(c.name_kk, c.name_ru)}"
            if c.is_self:
                office += " " + self.tr("(this office)")
            kind = (
                self.tr("district department") if c.role == "district" else self.tr("akim's office")
            )
            if c.status == "revoked":
                status = self.tr("Revoked {date}").format(date=_d(c.revoked_at))
            elif c.status == "replaced":
                status = self.tr("Replaced {date}: verifies older bundles").format(
                    date=_d(c.replaced_at)
                )
            else:
                status = self.tr("Trusted")
            cells = (office, kind, c.fingerprint, status, _d(c.added_at))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(text)
                item.setData(FINGERPRINT_ROLE, c.fingerprint)
                if col == COL_FINGERPRINT:
                    item.setFont(fixed_font())
                if c.status == "revoked":
                    item.setForeground(QBrush(REVOKED_COLOR))
                elif c.status == "replaced":
                    item.setForeground(QBrush(REPLACED_COLOR))
                table.setItem(row, col, item)

    def selected_card(self) -> TrustedCard | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        fp = self.table.item(rows[0].row(), COL_OFFICE).data(FINGERPRINT_ROLE)
        return next((c for c in self.cards if c.fingerprint == fp), None)

    def _update_buttons(self) -> None:
        has = self.card is not None
        self.create_button.setVisible(not has)
        for button in (self.export_button, self.sheet_button, self.backup_button):
            button.setEnabled(has)
        c = self.selected_card()
        self.revoke_button.setEnabled(c is not None and not c.is_self and c.status != "revoked")

    def _warn(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setStyleSheet(ERROR_STYLE)
        QMessageBox.warning(self, self.windowTitle(), text)

    def _say(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setStyleSheet("")

    # --- own keys ----------------------------------------------------------------------------

    def create_keys(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            init_keys(self.ctx)
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.refresh()
            self.status_label.setText(exc.message(self.lang))
            self.status_label.setStyleSheet(ERROR_STYLE)
            self._warn(exc.message(self.lang))
            return
        QGuiApplication.restoreOverrideCursor()
        self.refresh()
        self._say(
            self.tr(
                "The keys are created. Now back them up (a lost key cannot be recovered), "
                "then give the district the public card and the printed fingerprint sheet."
            )
        )

    def export_card(self) -> None:
        if self.card is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the public card"),
            str(Path.home() / f"{self.card['office_code']}.card.json"),
            self.tr("Public cards (*.json)"),
        )
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() != ".json":
            out = out.with_name(out.name + ".json")
        data = json.dumps(self.card, ensure_ascii=False, indent=2) + "\n"
        try:
            write_atomically(out, data.encode("utf-8"))
        except OSError as exc:
            self._warn(
                self.tr("The file could not be written: {error}").format(
                    error=exc.strerror or str(exc)
                )
            )
            return
        self._say(
            self.tr(
                "The public card is saved to {path}. Send it to the other office together "
                "with the printed fingerprint sheet (on paper, not in the same e-mail)."
            ).format(path=str(out))
        )

    def print_sheet(self) -> None:
        out = self.ctx.paths.documents / "key-fingerprint-sheet.pdf"
        try:
            try:
                pdf = render_key_sheet(self.ctx, out)
            except PermissionError:  # the viewer holds the last one open (Windows)
                pdf = render_key_sheet(
                    self.ctx, out.with_stem(f"{out.stem}-{datetime.now():%H%M%S}")
                )
        except UserError as exc:
            self._warn(exc.message(self.lang))
            return
        except OSError as exc:
            self._warn(
                self.tr("The file could not be written: {error}").format(
                    error=exc.strerror or str(exc)
                )
            )
            return
        offer_document(self, pdf, self.tr("The fingerprint sheet is ready"))

    def backup(self) -> None:
        if self.card is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the key backup"),
            str(
                Path.home()
                / f"qabyldau-keys-{self.card['office_code']}-{date.today().isoformat()}.age"
            ),
            self.tr("Key backups (*.age)"),
        )
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() != ".age":
            out = out.with_name(out.name + ".age")
        dialog = PassphraseDialog(self, self.tr("Back up keys"), confirm=True)
        dialog.accepted.connect(lambda: self._write_backup(out, dialog.passphrase()))
        dialog.finished.connect(dialog.deleteLater)
        self.passphrase_dialog = dialog
        dialog.open()

    def _write_backup(self, out: Path, passphrase: str) -> None:
        self.passphrase_dialog = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            backup_keys(self.ctx, out, passphrase)
        except (UserError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            self._warn(
                exc.message(self.lang)
                if isinstance(exc, UserError)
                else self.tr("The file could not be written: {error}").format(
                    error=exc.strerror or str(exc)
                )
            )
            return
        QGuiApplication.restoreOverrideCursor()
        self._say(
            self.tr(
                "The keys are saved to {path}. Keep the file and its passphrase in two "
                "different safe places."
            ).format(path=str(out))
        )

    def restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the key backup"),
            str(Path.home()),
            self.tr("Key backups (*.age);;All files (*)"),
        )
        if not path:
            return
        dialog = PassphraseDialog(self, self.tr("Restore keys"), confirm=False)
        dialog.accepted.connect(lambda: self._restore_from(Path(path), dialog.passphrase()))
        dialog.finished.connect(dialog.deleteLater)
        self.passphrase_dialog = dialog
        dialog.open()

    def _restore_from(self, path: Path, passphrase: str) -> None:
        self.passphrase_dialog = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            card = restore_keys(self.ctx, path, passphrase)
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            self._warn(exc.message(self.lang))
            return
        QGuiApplication.restoreOverrideCursor()
        self.refresh()
        self._say(
            self.tr("The keys are restored. Fingerprint: {fingerprint}").format(
                fingerprint=card["fingerprint"]
            )
        )

    # --- trusted offices -------------------------------------------------------------------

    def add_card(self) -> None:
        dialog = AddCardDialog(self.ctx, self, lang=self.lang)
        dialog.accepted.connect(lambda: self._card_added(dialog.result_))
        dialog.finished.connect(dialog.deleteLater)
        self.add_dialog = dialog
        dialog.open()
        dialog.browse()

    def _card_added(self, result: ImportResult | None) -> None:
        self.add_dialog = None
        if result is None:
            return
        self.refresh()
        c = result.card
        office = f"{c.office_code} {self._name(c.name_kk, c.name_ru)}"
        if result.status == "rotated":
            text = self.tr(
                "The new key of {office} is trusted; its old key still verifies the bundles "
                "made before."
            )
        elif result.status == "already-trusted":
            text = self.tr("The card of {office} was already trusted.")
        else:
            text = self.tr("The card of {office} is trusted.")
        self._say(text.format(office=office))

    def revoke_selected(self) -> None:
        c = self.selected_card()
        if c is None or c.is_self or c.status == "revoked":
            return
        office = f"{c.office_code} {self._name(c.name_kk, c.name_ru)}"
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Stop trusting the key {fingerprint} of {office}? Bundles signed with it "
                "will be refused from now on, older ones too. Do this when the key is lost "
                "or stolen, or the card was added by mistake."
            ).format(fingerprint=c.fingerprint, office=office),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            revoke(self.ctx, c.fingerprint)
        except UserError as exc:
            self._warn(exc.message(self.lang))
            return
        self.refresh()
        self._say(self.tr("The key of {office} is revoked.").format(office=office))
