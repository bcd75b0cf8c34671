"""The first-run wizard: language, role, office, staff member, keys, the other office's card.

Nothing is written while the pages are filled in. The last page before "Done" is a commit
page: its button sets everything up in one go (`init_office`, the language setting,
`init_keys`, `import_card`), so a cancelled wizard leaves a database with no office, and
once the office exists the wizard can no longer be cancelled, only finished. The keys and
the card are checked before that step (the key store, the card file and its fingerprint),
so the step itself rarely fails; when the key store refuses, the office is set up without
keys, which can be created later from Packets → Keys and trusted offices.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.context import AppContext
from app.errors import UserError
from app.keys import init_keys, normalize_fingerprint, secure_keyring
from app.office import init_office
from app.settings import set_ui_language
from app.trust import ImportResult, import_card, read_card
from app.users import MIN_PASSWORD_LENGTH
from ui.formatting import format_date
from ui.i18n import LANGUAGES, switch_language, ui_language
from ui.packets_dialog import fixed_font

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #2e7d32;"
CODE_RE = r"[0-9]{0,12}"
LOGIN_RE = r"[A-Za-z0-9._\-]{0,60}"
FINGERPRINT_PLACEHOLDER = "0000 0000 0000 0000 0000 0000 0000 0000"
# The languages' own names: the same whatever language the interface speaks now.
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский"}
BOTH_LANGUAGES = "Тіл · Язык"  # found by whoever reads either, whatever is shown now


@dataclass(frozen=True)
class Choices:
    """What the pages hold: everything the set-up step needs."""

    lang: str
    role: str
    code: str
    name_kk: str
    name_ru: str
    surname: str
    name: str
    patronymic: str | None
    login: str
    card_path: Path | None
    card_fingerprint: str
    password: str | None = None  # None: chosen at the first login


def _created(card: dict) -> date:
    """The day the card's keys were made (today if the card does not say)."""
    try:
        return datetime.fromisoformat(card["created"]).date()
    except (KeyError, TypeError, ValueError):
        return date.today()


def _wrapped(parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def _indent(widget: QWidget) -> int:
    """How far a radio button's text sits from its left edge: explanations line up with it."""
    style = widget.style()
    return style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + style.pixelMetric(
        QStyle.PixelMetric.PM_RadioButtonLabelSpacing
    )


class _Page(QWizardPage):
    """A page that sets its texts in `retranslate` (again after every change of language)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.w = wizard

    def retranslate(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError


class LanguagePage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("languagePage")
        self.intro = _wrapped(self)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        self.buttons: dict[str, QRadioButton] = {}
        for lang in LANGUAGES:
            button = QRadioButton(LANGUAGE_NAMES[lang], self, objectName=f"lang_{lang}")
            button.setChecked(lang == wizard.lang)
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[lang] = button
            # After setChecked: choosing, not the default, switches the language.
            button.toggled.connect(
                lambda on, lang=lang: on and self.w.set_language(lang)  # type: ignore[misc]
            )
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Language"))
        self.setSubTitle(BOTH_LANGUAGES)
        self.intro.setText(
            self.tr(
                "Choose the language the program speaks. It can be changed later in "
                "File → Settings. Printed forms are always in both languages."
            )
        )


class RolePage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("rolePage")
        self.akimat = QRadioButton(self, objectName="role_akimat")
        self.district = QRadioButton(self, objectName="role_district")
        self.akimat_help = _wrapped(self, "akimatHelp")
        self.district_help = _wrapped(self, "districtHelp")
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for button, help_label in (
            (self.akimat, self.akimat_help),
            (self.district, self.district_help),
        ):
            self.group.addButton(button)
            button.toggled.connect(self.completeChanged)
            help_label.setContentsMargins(_indent(button), 0, 0, 8)
            layout.addWidget(button)
            layout.addWidget(help_label)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("This office"))
        self.setSubTitle(self.tr("Which office works with the program on this computer?"))
        # Short choices, the full names below them: the names run long in either language.
        self.akimat.setText(self.tr("&Akim's office"))
        self.akimat_help.setText(
            self.tr(
                "The akim's office of a rural district: takes in residents' applications, "
                "organises the commission's inspections and sends the cases to the district "
                "department in packets."
            )
        )
        self.district.setText(self.tr("&District department"))
        self.district_help.setText(
            self.tr(
                "The district department of employment and social programmes: receives the "
                "akims' offices' packets, records the decisions and sends the results back."
            )
        )

    def role(self) -> str | None:
        if self.akimat.isChecked():
            return "akimat"
        return "district" if self.district.isChecked() else None

    def isComplete(self) -> bool:
        return self.role() is not None


class OfficePage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("officePage")
        self.code = QLineEdit(self, objectName="code")
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(CODE_RE), self))
        self.code.setPlaceholderText("196435100")
        self.code.setMaxLength(12)
        self.code_hint = _wrapped(self, "codeHint")
        self.name_kk = QLineEdit(self, objectName="nameKk")
        self.name_ru = QLineEdit(self, objectName="nameRu")
        for edit in (self.code, self.name_kk, self.name_ru):
            edit.textChanged.connect(self.completeChanged)
        self.code.textChanged.connect(self._show_code_hint)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.code_label = QLabel(self)
        self.kk_label = QLabel(self)
        self.ru_label = QLabel(self)
        self.form.addRow(self.code_label, self.code)
        self.form.addRow("", self.code_hint)
        self.form.addRow(self.kk_label, self.name_kk)
        self.form.addRow(self.ru_label, self.name_ru)
        for label, edit in (
            (self.code_label, self.code),
            (self.kk_label, self.name_kk),
            (self.ru_label, self.name_ru),
        ):
            label.setBuddy(edit)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Office code and name"))
        self.setSubTitle(
            self.tr("As in the office's documents: both names are printed on talons and acts.")
        )
        self.code_label.setText(self.tr("Office &code (KATO):"))
        self.kk_label.setText(self.tr("Name in &Kazakh:"))
        self.ru_label.setText(self.tr("Name in &Russian:"))
        self.name_kk.setPlaceholderText(self.tr("e.g. Қосшы ауылдық округі әкімінің аппараты"))
        self.name_ru.setPlaceholderText(self.tr("e.g. Аппарат акима Косшынского сельского округа"))
        self._show_code_hint()

    def _code_ok(self) -> bool:
        return 6 <= len(self.code.text()) <= 12

    def _show_code_hint(self) -> None:
        short = bool(self.code.text()) and not self._code_ok()
        self.code_hint.setStyleSheet(ERROR_STYLE if short else "")
        self.code_hint.setText(
            self.tr("The code has 6 to 12 digits; this one has {count}.").format(
                count=len(self.code.text())
            )
            if short
            else self.tr("6 to 12 digits: the KATO code of the office's territory.")
        )

    def isComplete(self) -> bool:
        return (
            self._code_ok()
            and bool(self.name_kk.text().strip())
            and bool(self.name_ru.text().strip())
        )


class StaffPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("staffPage")
        self.surname = QLineEdit(self, objectName="surname")
        self.name = QLineEdit(self, objectName="name")
        self.patronymic = QLineEdit(self, objectName="patronymic")
        self.login = QLineEdit(self, objectName="login")
        self.login.setValidator(QRegularExpressionValidator(QRegularExpression(LOGIN_RE), self))
        self.login_hint = _wrapped(self, "loginHint")
        # Optional here: without it, the login screen asks for one at the first start.
        self.password = QLineEdit(self, objectName="password")
        self.repeat_password = QLineEdit(self, objectName="repeatPassword")
        for edit in (self.password, self.repeat_password):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_hint = _wrapped(self, "passwordHint")
        for edit in (self.surname, self.name, self.login, self.password, self.repeat_password):
            edit.textChanged.connect(self.completeChanged)
        self.labels = [QLabel(self) for _ in range(4)]
        self.password_labels = [QLabel(self) for _ in range(2)]
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, edit in zip(
            self.labels, (self.surname, self.name, self.patronymic, self.login), strict=True
        ):
            label.setBuddy(edit)
            self.form.addRow(label, edit)
        self.form.addRow("", self.login_hint)
        for label, edit in zip(
            self.password_labels, (self.password, self.repeat_password), strict=True
        ):
            label.setBuddy(edit)
            self.form.addRow(label, edit)
        self.form.addRow("", self.password_hint)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The staff member"))
        self.setSubTitle(self.tr("The person who works in the program on this computer."))
        for label, text in zip(
            self.labels,
            (
                self.tr("&Surname:"),
                self.tr("&Name:"),
                self.tr("&Patronymic (if any):"),
                self.tr("&Login:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.login_hint.setText(self.tr("Latin letters and digits, for example aseitova."))
        self.password_labels[0].setText(self.tr("Pass&word:"))
        self.password_labels[1].setText(self.tr("Repeat the password:"))
        self.password_hint.setText(
            self.tr(
                "At least {count} characters, typed twice. It may also be left empty: the "
                "program then asks for it at the first start."
            ).format(count=MIN_PASSWORD_LENGTH)
        )

    def password_ok(self) -> bool:
        """Both password fields empty, or the same password long enough."""
        first, second = self.password.text(), self.repeat_password.text()
        return first == second and (not first or len(first) >= MIN_PASSWORD_LENGTH)

    def isComplete(self) -> bool:
        return (
            all(e.text().strip() for e in (self.surname, self.name, self.login))
            and self.password_ok()
        )


class KeysPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("keysPage")
        self.intro = _wrapped(self)
        self.status = _wrapped(self, "keyStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.later = _wrapped(self, "keysLater")
        self.problem: UserError | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.status)
        layout.addWidget(self.later)
        layout.addStretch(1)

    def initializePage(self) -> None:
        # Asked each time the page is shown: a key store may be switched on meanwhile.
        try:
            secure_keyring()
        except UserError as exc:
            self.problem = exc
        else:
            self.problem = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The office's keys"))
        self.setSubTitle(self.tr("They sign and encrypt the packets between the offices."))
        self.intro.setText(
            self.tr(
                "The secret keys are kept only in this computer's key store (Windows "
                "Credential Manager). The other office trusts this one by its public card "
                "and the card's fingerprint."
            )
        )
        if self.problem is not None:
            self.status.setText(self.problem.message(self.w.lang))
            self.status.setStyleSheet(ERROR_STYLE)
            self.later.setText(
                self.tr(
                    "You can finish the set-up without keys and create them later from "
                    "Packets → Keys and trusted offices."
                )
            )
            self.later.show()
        else:
            self.status.setText(
                self.tr(
                    "The keys are created together with the office at the set-up step; "
                    "their fingerprint is shown on the last page."
                )
            )
            self.status.setStyleSheet(OK_STYLE)
            self.later.clear()
            self.later.hide()


class CardPage(_Page):
    """The other office's public card (optional); its button sets the office up."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("cardPage")
        self.setCommitPage(True)
        self.card: dict | None = None
        self.card_problem: UserError | None = None
        self.intro = _wrapped(self)
        self.path_edit = QLineEdit(self, objectName="cardPath")
        self.path_edit.setReadOnly(True)
        self.browse_button = QPushButton(self, objectName="browse")
        self.browse_button.clicked.connect(self.browse)
        self.clear_button = QPushButton(self, objectName="clearCard")
        self.clear_button.clicked.connect(self.clear_card)
        self.office_label = _wrapped(self, "cardOffice")
        self.fingerprint = QLineEdit(self, objectName="typedFingerprint")
        self.fingerprint.setFont(fixed_font(1.1))
        self.fingerprint.setPlaceholderText(FINGERPRINT_PLACEHOLDER)
        self.fingerprint.textChanged.connect(self._changed)
        self.how = _wrapped(self, "how")
        self.error = _wrapped(self, "cardError")
        self.error.setStyleSheet(ERROR_STYLE)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.clear_button)
        self.file_label = QLabel(self)
        self.office_caption = QLabel(self)
        self.fp_label = QLabel(self)
        self.fp_label.setBuddy(self.fingerprint)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.file_label, file_row)
        form.addRow(self.office_caption, self.office_label)
        form.addRow(self.fp_label, self.fingerprint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.how)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The other office's card (optional)"))
        self.setSubTitle(self.tr("Then the office is set up: nothing is saved before this step."))
        self.intro.setText(
            self.tr(
                "If you already have the public card of the office you exchange packets with, "
                "add it now. You can skip this and add cards later from Packets → Keys and "
                "trusted offices."
            )
        )
        self.file_label.setText(self.tr("Card file:"))
        self.office_caption.setText(self.tr("Office:"))
        self.fp_label.setText(self.tr("&Fingerprint from the sheet:"))
        self.browse_button.setText(self.tr("&Choose file…"))
        self.clear_button.setText(self.tr("C&lear"))
        self.how.setText(
            self.tr(
                "Type the fingerprint from the office's printed sheet, or have it read to you "
                "over the phone. Do not copy it from where the card file came from."
            )
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Set up the office"))
        self._show_card()

    def set_card_file(self, path: Path | None) -> None:
        """Show whose card the file is (never its fingerprint: it must be typed, not copied)."""
        self.card, self.card_problem = None, None
        self.path_edit.setText(str(path) if path else "")
        if path is not None:
            try:
                self.card = read_card(path)
            except UserError as exc:
                self.card_problem = exc
        self.error.clear()
        self._show_card()
        self.completeChanged.emit()

    def _show_card(self) -> None:
        lang = self.w.lang
        if self.card is not None:
            card = self.card
            name = card["name_kk"] if lang == "kk" else card["name_ru"]
            self.office_label.setText(
                f"{card['office_code']} {name} ({self.w.role_name(card['role'])})"
            )
        else:
            self.office_label.setText("—")
        if self.card_problem is not None:
            self.error.setText(self.card_problem.message(lang))
        self.clear_button.setEnabled(bool(self.path_edit.text()))

    def clear_card(self) -> None:
        self.fingerprint.clear()
        self.set_card_file(None)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the office's public card"),
            str(Path.home()),
            self.tr("Public cards (*.json);;All files (*)"),
        )
        if path:
            self.set_card_file(Path(path))

    def _changed(self) -> None:
        if self.card_problem is None:
            self.error.clear()
        self.completeChanged.emit()

    def card_path(self) -> Path | None:
        return Path(self.path_edit.text()) if self.card is not None else None

    def isComplete(self) -> bool:
        if not self.path_edit.text():
            return True  # skipped
        return self.card is not None and bool(normalize_fingerprint(self.fingerprint.text()))

    def check_card(self) -> str | None:
        """Why the card would be refused, checked before anything is written; None if fine."""
        if self.card is None:
            return None
        if normalize_fingerprint(self.fingerprint.text()) != normalize_fingerprint(
            self.card["fingerprint"]
        ):
            return self.tr(
                "The fingerprint does not match the card: check it against the printed sheet "
                "again or call the office. The card may have been swapped on the way; clear it "
                "to go on without it."
            )
        if self.card["office_code"] == self.w.office.code.text():
            return self.tr("This is this office's own card, not the other office's.")
        return None

    def validatePage(self) -> bool:
        problem = self.check_card()
        if problem is not None:
            self.error.setText(problem)
            self.fingerprint.setFocus()
            self.fingerprint.selectAll()
            return False
        return self.w.set_up()


class DonePage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("donePage")
        self.summary = _wrapped(self, "summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_caption = _wrapped(self, "fingerprintCaption")
        self.fingerprint_label = QLabel(self, objectName="fingerprint")
        self.fingerprint_label.setFont(fixed_font(1.4))
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keys_note = _wrapped(self, "keysNote")
        self.card_note = _wrapped(self, "cardNote")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(self.fingerprint_caption)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.keys_note)
        layout.addSpacing(8)
        layout.addWidget(self.card_note)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        w, lang = self.w, self.w.lang
        self.setTitle(self.tr("The office is set up"))
        self.setSubTitle(self.tr("When this window closes, the register of applications opens."))
        if not w.set_up_done:
            return
        c = w.choices()
        staff = " ".join(p for p in (c.surname, c.name, c.patronymic) if p)
        self.summary.setText(
            self.tr("Office: {code} {name} ({role})\nStaff member: {staff} (login {login})").format(
                code=c.code,
                name=c.name_kk if lang == "kk" else c.name_ru,
                role=w.role_name(c.role),
                staff=staff,
                login=c.login,
            )
        )
        if w.keys_card is not None:
            self.fingerprint_caption.setText(
                self.tr("Fingerprint of this office's keys (created {date}):").format(
                    date=format_date(_created(w.keys_card), lang)
                )
            )
            self.fingerprint_label.setText(w.keys_card["fingerprint"])
            self.fingerprint_label.show()
            self.keys_note.setText(
                self.tr(
                    "The other office checks your card by this fingerprint: read it to them "
                    "over the phone, or print the fingerprint sheet from Packets → Keys and "
                    "trusted offices."
                )
            )
            self.keys_note.setStyleSheet("")
        else:
            self.fingerprint_caption.setText(self.tr("The office has no keys yet."))
            self.fingerprint_label.clear()
            self.fingerprint_label.hide()
            reason = w.key_error.message(lang) if w.key_error is not None else ""
            self.keys_note.setText(
                reason
                + "\n\n"
                + self.tr("Create them later from Packets → Keys and trusted offices.")
            )
            self.keys_note.setStyleSheet(ERROR_STYLE)
        if w.card_result is not None:
            card = w.card_result.card
            self.card_note.setText(
                self.tr("Trusted office: {code} {name}.").format(
                    code=card.office_code, name=card.name_kk if lang == "kk" else card.name_ru
                )
            )
            self.card_note.setStyleSheet(OK_STYLE)
        elif w.card_error is not None:
            self.card_note.setText(
                self.tr("The card was not added: {reason}").format(
                    reason=w.card_error.message(lang)
                )
            )
            self.card_note.setStyleSheet(ERROR_STYLE)
        else:
            self.card_note.clear()


class FirstRunWizard(QWizard):
    """Sets up a fresh database's office; `set_up_done` tells whether it did."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, lang: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = lang if lang in LANGUAGES else ui_language()
        self.set_up_done = False
        self.keys_card: dict | None = None
        self.key_error: UserError | None = None
        self.card_result: ImportResult | None = None
        self.card_error: UserError | None = None
        self.setObjectName("FirstRunWizard")
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # After the set-up step there is nothing left to cancel.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.language = LanguagePage(self)
        self.role = RolePage(self)
        self.office = OfficePage(self)
        self.staff = StaffPage(self)
        self.keys = KeysPage(self)
        self.card = CardPage(self)
        self.done_page = DonePage(self)
        self.pages: list[_Page] = [
            self.language,
            self.role,
            self.office,
            self.staff,
            self.keys,
            self.card,
            self.done_page,
        ]
        for page in self.pages:
            self.addPage(page)
        self.retranslate()
        self.setMinimumWidth(640)
        self.currentIdChanged.connect(self.fit_page)

    # --- language ------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Speak `lang` from now on: the whole program, this wizard at once."""
        if lang == self.lang or lang not in LANGUAGES:
            return
        self.lang = lang
        app = QApplication.instance()
        if app is not None:
            switch_language(app, lang)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Setting up Qabyldau"))
        # QWizard takes its own buttons' texts (from Qt's translations) only when its style is
        # set: set it again, through another, so Back/Next/Cancel speak the new language.
        style = self.wizardStyle()
        other = (
            QWizard.WizardStyle.ModernStyle
            if style != QWizard.WizardStyle.ModernStyle
            else QWizard.WizardStyle.ClassicStyle
        )
        self.setWizardStyle(other)
        self.setWizardStyle(style)
        for page in self.pages:
            page.retranslate()
        self.fit_page()

    def fit_page(self) -> None:
        """Grow the window when the page's wrapped texts need more height than it has (QWizard
        sizes itself once, for the texts it had then)."""
        page = self.currentPage()
        layout = page.layout() if page is not None else None
        if layout is None or not self.isVisible():
            return
        layout.activate()
        need = layout.totalHeightForWidth(page.width()) if layout.hasHeightForWidth() else -1
        need = max(need, layout.totalMinimumSize().height())
        if need > page.height():
            self.resize(self.width(), self.height() + need - page.height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_page()

    def role_name(self, role: str) -> str:
        return self.tr("district department") if role == "district" else self.tr("akim's office")

    # --- the set-up step -----------------------------------------------------------------

    def choices(self) -> Choices:
        return Choices(
            lang=self.lang,
            role=self.role.role() or "",
            code=self.office.code.text(),
            name_kk=self.office.name_kk.text().strip(),
            name_ru=self.office.name_ru.text().strip(),
            surname=self.staff.surname.text().strip(),
            name=self.staff.name.text().strip(),
            patronymic=self.staff.patronymic.text().strip() or None,
            login=self.staff.login.text().strip(),
            card_path=self.card.card_path(),
            card_fingerprint=self.card.fingerprint.text(),
            password=self.staff.password.text() or None,
        )

    def set_up(self) -> bool:
        """Create the office, then its keys, then trust the card: False if nothing was done."""
        if self.set_up_done:
            return True
        c = self.choices()
        try:
            init_office(
                self.ctx,
                role=c.role,
                code=c.code,
                name_kk=c.name_kk,
                name_ru=c.name_ru,
                staff_surname=c.surname,
                staff_name=c.name,
                staff_patronymic=c.patronymic,
                staff_login=c.login,
                staff_password=c.password,
            )
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message(self.lang))
            return False
        self.set_up_done = True
        set_ui_language(self.ctx, c.lang)
        try:
            self.keys_card = init_keys(self.ctx)
        except UserError as exc:
            self.key_error = exc
        if c.card_path is not None:
            try:
                self.card_result = import_card(self.ctx, c.card_path, c.card_fingerprint)
            except UserError as exc:
                self.card_error = exc
        return True

    def reject(self) -> None:
        # Once the office exists, closing the window (Esc, the title bar) finishes the wizard.
        if self.set_up_done:
            self.accept()
        else:
            super().reject()
