"""The New application dialog: pick the service, type the applicant, tick the documents.

Every rule lives in app/: the dialog asks `check_intake` after each change and shows what it
says (ИИН problems under the field at once, anything else above the buttons), and calls
`register` to write. Its state is saved as a draft half a second after each change, so a
closed window or a power cut loses nothing.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.cases import ApplicantInfo, find_applicant, write_talon_pdf
from app.catalogue import Service
from app.context import AppContext
from app.drafts import discard_draft, get_draft, save_draft
from app.errors import UserError
from app.iin import check_iin
from app.intake import ApplicantInput, IntakeCheck, IntakeRequest, check_intake, register
from app.issuing import CERTIFICATE_SERVICE
from ui.case_card import CaseCard
from ui.i18n import ui_language
from ui.labels import status_label
from ui.printing import offer_document

DRAFT_KIND = "intake"
DRAFT_DELAY_MS = 500
# QDateEdit cannot be empty: its minimum date stands for "not given" and shows as blank.
NO_DATE = QDate(1900, 1, 1)
ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"
HINT_STYLE = "color: #555555;"
CODE_ROLE = Qt.ItemDataRole.UserRole
ACCEPTED_ROLE = Qt.ItemDataRole.UserRole + 1
CUSTOM_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_RU_ROLE = Qt.ItemDataRole.UserRole + 3


def _qdate(d: date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else NO_DATE


def _pydate(q: QDate) -> date | None:
    return None if q == NO_DATE or not q.isValid() else date(q.year(), q.month(), q.day())


class OptionalDateEdit(QDateEdit):
    """A date edit that may be blank (its minimum date, shown as nothing).

    Qt cannot type into a blank (special-value) date edit: the digits land beside the blank.
    So on focus a blank field shows `typing_start`, whose sections the typed digits replace
    (28101979 or 28.10.1979); left untouched, it goes blank again on focus out.
    """

    def __init__(self, typing_start: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typing_start = typing_start
        self._placeholder = False  # showing typing_start that nobody has confirmed
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setMinimumDate(NO_DATE)
        self.setMaximumDate(QDate.currentDate())
        self.setSpecialValueText(" ")
        self.setDate(NO_DATE)
        self.dateChanged.connect(self._confirmed)

    def is_blank(self) -> bool:
        return self.date() == NO_DATE or self._placeholder

    def value(self) -> date | None:
        return None if self.is_blank() else _pydate(self.date())

    def _confirmed(self, _d: QDate) -> None:
        self._placeholder = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.date() == NO_DATE:
            self.blockSignals(True)
            self.setDate(self.typing_start)
            self.blockSignals(False)
            self._placeholder = True
        super().focusInEvent(event)
        if self._placeholder:
            self.setSelectedSection(QDateEdit.Section.DaySection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._placeholder and event.text().isdigit():
            # Typing starts a date: confirm the placeholder so the change is reported even
            # when the digits happen to match it.
            self._placeholder = False
            self.dateChanged.emit(self.date())
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # The calendar popup takes the focus for a moment; that is not leaving the field.
        if self._placeholder and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.blockSignals(True)
            self.setDate(NO_DATE)
            self.blockSignals(False)
            self._placeholder = False


class IntakeDialog(QDialog):
    """Register a new application; emits `registered(application_id)` once it is written."""

    registered = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ui_language()
        self.application_id: int | None = None
        self._loading = False  # True while fields are set by code, not by the person
        self._service: Service | None = None
        self._check: IntakeCheck | None = None
        self._birth_auto = True  # the birth date follows the ИИН until edited by hand
        self._looked_up_iin = ""
        self._autofilled: dict[QLineEdit, str] = {}
        self._known: ApplicantInfo | None = None
        self._ticked: dict[str, bool] = {}
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft_now)

        self.setWindowTitle(self.tr("New application"))
        self.setObjectName("IntakeDialog")
        self._build()
        self._connect()
        self._fill_services("")
        self._refresh()
        self.resize(1040, 720)
        self.offer_draft()

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        # Service
        self.service_filter = QLineEdit(objectName="serviceFilter")
        self.service_filter.setPlaceholderText(self.tr("Search by name in Kazakh or Russian"))
        self.service_filter.setClearButtonEnabled(True)
        self.service_list = QListWidget(objectName="serviceList")
        self.service_list.setWordWrap(True)
        self.service_list.setUniformItemSizes(False)
        # Long names wrap over two or three lines; alternating rows show where each ends.
        self.service_list.setAlternatingRowColors(True)
        self.service_list.setSpacing(1)
        self.service_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.service_list.setMinimumHeight(150)
        self.service_info = QLabel(objectName="serviceInfo")
        self.service_info.setWordWrap(True)
        service_box = QGroupBox(self.tr("Service"))
        sv = QVBoxLayout(service_box)
        sv.addWidget(self.service_filter)
        sv.addWidget(self.service_list, 1)
        sv.addWidget(self.service_info)

        # Documents
        self.documents = QListWidget(objectName="documents")
        self.documents.setWordWrap(True)
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.documents.setMinimumHeight(150)
        legend = QLabel(self.tr("Required documents are in bold. Tick what the applicant brought."))
        legend.setWordWrap(True)
        legend.setStyleSheet(HINT_STYLE)
        self.extra_document = QLineEdit(objectName="extraDocument")
        self.extra_document.setPlaceholderText(self.tr("Another document, as written on it"))
        self.add_document_button = QPushButton(self.tr("Add document"), objectName="addDocument")
        add_row = QHBoxLayout()
        add_row.addWidget(self.extra_document, 1)
        add_row.addWidget(self.add_document_button)
        docs_box = QGroupBox(self.tr("Documents brought"))
        dv = QVBoxLayout(docs_box)
        dv.addWidget(legend)
        dv.addWidget(self.documents, 1)
        dv.addLayout(add_row)

        # Applicant
        self.iin = QLineEdit(objectName="iin")
        self.iin.setMaxLength(15)  # 12 digits, spaces tolerated when read out in groups
        self.iin.setPlaceholderText(self.tr("12 digits"))
        self.iin_message = QLabel(objectName="iinMessage")
        self.iin_message.setWordWrap(True)
        self.iin_message.hide()
        self.surname = QLineEdit(objectName="surname")
        self.name = QLineEdit(objectName="name")
        self.patronymic = QLineEdit(objectName="patronymic")
        self.birth_date = self._date_edit("birthDate", QDate(2000, 1, 1))
        self.address = QLineEdit(objectName="address")
        self.phone = QLineEdit(objectName="phone")
        self.phone.setPlaceholderText("+7 7xx xxx xx xx")
        iin_cell = QVBoxLayout()
        iin_cell.setSpacing(2)
        iin_cell.addWidget(self.iin)
        iin_cell.addWidget(self.iin_message)
        applicant_box = QGroupBox(self.tr("Applicant"))
        af = QFormLayout(applicant_box)
        af.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        af.addRow(self.tr("IIN"), iin_cell)
        af.addRow(self.tr("Surname"), self.surname)
        af.addRow(self.tr("Name"), self.name)
        af.addRow(self.tr("Patronymic"), self.patronymic)
        af.addRow(self.tr("Birth date"), self.birth_date)
        af.addRow(self.tr("Address"), self.address)
        af.addRow(self.tr("Phone"), self.phone)

        # Known applicant
        self.known_label = QLabel(objectName="knownApplicant")
        self.known_label.setWordWrap(True)
        self.open_cases = QListWidget(objectName="openCases")
        self.open_cases.setWordWrap(True)
        self.open_cases.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.open_cases.setMaximumHeight(90)
        self.open_cases.setToolTip(self.tr("Double-click to open the case"))
        self.known_box = QGroupBox(self.tr("Already on file"))
        kv = QVBoxLayout(self.known_box)
        kv.addWidget(self.known_label)
        kv.addWidget(self.open_cases)
        self.known_box.hide()

        # Representative
        self.rep_box = QGroupBox(self.tr("Applies through a representative"))
        self.rep_box.setObjectName("representative")
        self.rep_box.setCheckable(True)
        self.rep_box.setChecked(False)
        self.rep_name = QLineEdit(objectName="repName")
        self.rep_iin = QLineEdit(objectName="repIin")
        self.rep_iin.setMaxLength(15)
        self.rep_iin_message = QLabel(objectName="repIinMessage")
        self.rep_iin_message.setWordWrap(True)
        self.rep_iin_message.hide()
        self.rep_poa_number = QLineEdit(objectName="repPoaNumber")
        self.rep_poa_date = self._date_edit("repPoaDate")
        rep_iin_cell = QVBoxLayout()
        rep_iin_cell.setSpacing(2)
        rep_iin_cell.addWidget(self.rep_iin)
        rep_iin_cell.addWidget(self.rep_iin_message)
        rf = QFormLayout(self.rep_box)
        rf.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rf.addRow(self.tr("Full name"), self.rep_name)
        rf.addRow(self.tr("IIN"), rep_iin_cell)
        rf.addRow(self.tr("Power of attorney No."), self.rep_poa_number)
        rf.addRow(self.tr("Power of attorney date"), self.rep_poa_date)

        # Messages and buttons
        self.problems = QLabel(objectName="problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.register_button = QPushButton(self.tr("Register"), objectName="register")
        self.refuse_button = QPushButton(self.tr("Refusal receipt…"), objectName="refuse")
        self.refuse_button.setToolTip(
            self.tr("Do not accept: print a receipt listing the missing documents")
        )
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancel")
        self.cancel_button.setToolTip(self.tr("Close; what you typed is kept as a draft"))
        for b in (
            self.register_button,
            self.refuse_button,
            self.cancel_button,
            self.add_document_button,
        ):
            # Enter in a field must never press a button (the QDialog default-button rule
            # would otherwise register a half-checked application); see eventFilter.
            b.setAutoDefault(False)
            b.setDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refuse_button)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.cancel_button)

        left = QVBoxLayout()
        left.addWidget(service_box, 1)
        left.addWidget(docs_box, 1)
        right = QVBoxLayout()
        right.addWidget(applicant_box)
        right.addWidget(self.known_box)
        right.addWidget(self.rep_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        root = QVBoxLayout(self)
        root.addLayout(columns, 1)
        root.addWidget(self.problems)
        root.addLayout(buttons)

        order: list[QWidget] = [
            self.service_filter,
            self.service_list,
            self.iin,
            self.surname,
            self.name,
            self.patronymic,
            self.birth_date,
            self.address,
            self.phone,
            self.open_cases,
            self.rep_box,
            self.rep_name,
            self.rep_iin,
            self.rep_poa_number,
            self.rep_poa_date,
            self.documents,
            self.extra_document,
            self.add_document_button,
            self.register_button,
            self.refuse_button,
            self.cancel_button,
        ]
        for a, b in pairwise(order):
            QWidget.setTabOrder(a, b)
        self.service_filter.setFocus()

    def _date_edit(self, name: str, typing_start: QDate | None = None) -> OptionalDateEdit:
        edit = OptionalDateEdit(typing_start or QDate.currentDate())
        edit.setObjectName(name)
        return edit

    def _connect(self) -> None:
        self.service_filter.textChanged.connect(self._fill_services)
        self.service_list.currentItemChanged.connect(self._on_service_current)
        self.iin.textChanged.connect(self._on_iin_changed)
        # Leaving a half-typed ИИН turns the digit count into a plain "must be 12 digits".
        self.iin.editingFinished.connect(self._refresh)
        self.rep_iin.editingFinished.connect(self._refresh)
        self.birth_date.dateChanged.connect(self._on_birth_edited)
        for edit in (
            self.surname,
            self.name,
            self.patronymic,
            self.address,
            self.phone,
            self.rep_name,
            self.rep_iin,
            self.rep_poa_number,
        ):
            edit.textChanged.connect(self._changed)
        self.rep_poa_date.dateChanged.connect(self._changed)
        self.rep_box.toggled.connect(self._changed)
        self.documents.itemChanged.connect(self._changed)
        self.add_document_button.clicked.connect(self._add_extra_document)
        self.open_cases.itemActivated.connect(self._open_case)
        self.register_button.clicked.connect(self._on_register)
        self.refuse_button.clicked.connect(self._on_refuse)
        self.cancel_button.clicked.connect(self.reject)
        for w in (
            self.service_filter,
            self.service_list,
            self.iin,
            self.surname,
            self.name,
            self.patronymic,
            self.birth_date,
            self.address,
            self.phone,
            self.rep_name,
            self.rep_iin,
            self.rep_poa_number,
            self.rep_poa_date,
            self.extra_document,
            self.register_button,
            self.refuse_button,
            self.cancel_button,
            self.add_document_button,
        ):
            w.installEventFilter(self)

    # --- keyboard ------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if obj is self.service_filter and key == Qt.Key.Key_Down:
                self._focus_services()
                return True
            if isinstance(obj, QDateEdit) and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                # Qt's date edit spends Tab on its day/month/year sections, and on a blank
                # date it never lets go: a keyboard trap. Tab leaves; "." and arrows step
                # through the sections.
                if key == Qt.Key.Key_Tab and not event.modifiers():
                    self.focusNextChild()
                else:
                    self.focusPreviousChild()
                return True
            if not enter:
                return super().eventFilter(obj, event)
            if isinstance(obj, QAbstractButton):
                # Enter on a focused button presses that button, as on Windows.
                if obj.isEnabled():
                    obj.click()
                return True
            if obj is self.service_filter:
                self._focus_services()
                return True
            if obj is self.service_list:
                self.iin.setFocus()
                return True
            if obj is self.extra_document:
                self._add_extra_document()
                return True
            # In a field, Enter moves on like Tab: people press it after every field.
            self.focusNextChild()
            return True
        return super().eventFilter(obj, event)

    def _focus_services(self) -> None:
        self.service_list.setFocus()
        if self.service_list.currentItem() is None:
            for i in range(self.service_list.count()):
                item = self.service_list.item(i)
                if item.data(ACCEPTED_ROLE):
                    self.service_list.setCurrentItem(item)
                    break

    # --- service -------------------------------------------------------------------------

    def _text(self, kk: str, ru: str) -> str:
        return kk if self.lang == "kk" else ru

    def _fill_services(self, text: str) -> None:
        cat = self.ctx.catalogue
        # Services the office takes first; the others stay listed so the clerk can tell
        # the resident where to go instead.
        found = sorted(cat.search(text), key=lambda s: not s.accepted_here)
        keep = self._service.code if self._service else None
        self.service_list.blockSignals(True)
        self.service_list.clear()
        current = None
        for svc in found:
            item = QListWidgetItem(self._text(svc.name.kk, svc.name.ru))
            item.setData(CODE_ROLE, svc.code)
            item.setData(ACCEPTED_ROLE, svc.accepted_here)
            item.setToolTip(self._text(svc.name.ru, svc.name.kk))
            if not svc.accepted_here:
                # Shown so the clerk can tell the resident where to go, never selectable.
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setForeground(Qt.GlobalColor.gray)
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.service_list.addItem(item)
            if svc.code == keep:
                current = item
        if current is not None:
            self.service_list.setCurrentItem(current)
        self.service_list.blockSignals(False)
        if not found:
            self.service_info.setStyleSheet(HINT_STYLE)
            self.service_info.setText(self.tr("No service matches this search."))
        elif current is None:
            self._show_service_info(None)

    def _on_service_current(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        if item is None:
            return
        svc = self.ctx.catalogue.get(item.data(CODE_ROLE))
        if not svc.accepted_here:
            # Nothing to register: drop the earlier choice so Register cannot act on it.
            if self._service is not None:
                self._set_service(None)
            self._show_service_info(svc)
            return
        self._set_service(svc)

    def _show_service_info(self, svc: Service | None) -> None:
        if svc is not None and not svc.accepted_here:
            refer = self._text(svc.refer_to.kk, svc.refer_to.ru) if svc.refer_to else ""
            self.service_info.setStyleSheet(WARNING_STYLE)
            self.service_info.setText(
                self.tr("Not accepted at the akim's office. Refer the resident: {where}").format(
                    where=refer or "—"
                )
            )
        elif self._service is not None:
            self.service_info.setStyleSheet(HINT_STYLE)
            self.service_info.setText(
                self.tr("Chosen: {service}").format(
                    service=self._text(self._service.name.kk, self._service.name.ru)
                )
            )
        else:
            self.service_info.clear()  # "Choose a service" is said once, above the buttons

    def _set_service(self, svc: Service | None, checked: dict[str, bool] | None = None) -> None:
        if checked is None:
            # Remembered across service changes: the same document (by code) stays ticked
            # when the clerk corrects the service, and comes back after a detour.
            self._ticked.update(self._checked_documents())
            checked = self._ticked
        self._service = svc
        custom = [d for d in self._document_state() if d["custom"]]
        self.documents.blockSignals(True)
        self.documents.clear()
        for doc in svc.documents if svc else ():
            item = QListWidgetItem(self._text(doc.name.kk, doc.name.ru))
            item.setData(CODE_ROLE, doc.code)
            item.setData(NAME_RU_ROLE, doc.name.ru)
            item.setData(CUSTOM_ROLE, False)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if checked.get(doc.code) else Qt.CheckState.Unchecked
            )
            if doc.required:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setToolTip(self.tr("Required"))
            self.documents.addItem(item)
        for d in custom:
            self._append_custom(d["name"], d["checked"])
        self.documents.blockSignals(False)
        self._show_service_info(None)
        self._changed()

    # --- documents -----------------------------------------------------------------------

    def _append_custom(self, name: str, checked: bool = True) -> None:
        item = QListWidgetItem(name)
        item.setData(CODE_ROLE, None)
        item.setData(CUSTOM_ROLE, True)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.documents.addItem(item)

    def _add_extra_document(self) -> None:
        name = self.extra_document.text().strip()
        if not name:
            return
        self._append_custom(name)
        self.extra_document.clear()
        self._changed()

    def _document_state(self) -> list[dict[str, Any]]:
        out = []
        for i in range(self.documents.count()):
            item = self.documents.item(i)
            out.append(
                {
                    "code": item.data(CODE_ROLE),
                    "name": item.text(),
                    "name_ru": item.data(NAME_RU_ROLE),
                    "custom": bool(item.data(CUSTOM_ROLE)),
                    "checked": item.checkState() == Qt.CheckState.Checked,
                }
            )
        return out

    def _checked_documents(self) -> dict[str, bool]:
        return {d["code"]: d["checked"] for d in self._document_state() if d["code"]}

    # --- applicant -----------------------------------------------------------------------

    def _on_iin_changed(self, _text: str = "") -> None:
        result = check_iin(self.iin.text())
        if self._loading:
            return
        if result.valid and result.birth_date and self._birth_auto:
            self._set_date(self.birth_date, result.birth_date)
        self._lookup_applicant(result.iin if result.valid else "")
        self._changed()

    def _on_birth_edited(self, _d: QDate) -> None:
        if not self._loading:
            self._birth_auto = False
            self._changed()

    def _set_date(self, edit: QDateEdit, d: date | None) -> None:
        was = self._loading
        self._loading = True
        try:
            edit.setDate(_qdate(d))
        finally:
            self._loading = was

    def _lookup_applicant(self, iin: str) -> None:
        if iin == self._looked_up_iin:
            return
        self._looked_up_iin = iin
        # A different ИИН: take back what the previous lookup filled in and nobody changed.
        for edit, value in self._autofilled.items():
            if edit.text() == value:
                self._set_text(edit, "")
        self._autofilled.clear()
        self._known = find_applicant(self.ctx, iin) if iin else None
        known = self._known
        if known is None:
            self.known_box.hide()
            return
        for edit, value in (
            (self.surname, known.surname),
            (self.name, known.name),
            (self.patronymic, known.patronymic),
            (self.address, known.address),
            (self.phone, known.phone),
        ):
            if value and not edit.text().strip():
                self._set_text(edit, value)
                self._autofilled[edit] = value
        if known.birth_date and self._birth_auto:
            self._set_date(self.birth_date, known.birth_date)
        self.known_label.setText(
            self.tr("{name}, born {born}. Open cases:").format(
                name=known.full_name,
                born=known.birth_date.strftime("%d.%m.%Y") if known.birth_date else "—",
            )
            if known.open_cases
            else self.tr("{name}, born {born}. No open cases.").format(
                name=known.full_name,
                born=known.birth_date.strftime("%d.%m.%Y") if known.birth_date else "—",
            )
        )
        self.open_cases.clear()
        for case in known.open_cases:
            line = "№ {number} · {date} · {service} · {status}".format(
                number=case.number,
                date=case.registered_at.strftime("%d.%m.%Y"),
                service=self._text(case.service.kk, case.service.ru),
                status=status_label(case.status),
            )
            item = QListWidgetItem(line)
            item.setData(CODE_ROLE, case.id)
            item.setToolTip(line)
            self.open_cases.addItem(item)
        self.open_cases.setVisible(bool(known.open_cases))
        self.known_box.show()

    def _set_text(self, edit: QLineEdit, value: str) -> None:
        was = self._loading
        self._loading = True
        try:
            edit.setText(value)
        finally:
            self._loading = was

    def _open_case(self, item: QListWidgetItem) -> None:
        CaseCard(self.ctx, int(item.data(CODE_ROLE)), self).exec()

    # --- checking ------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._refresh()
        self._draft_timer.start()

    def request(self, *, refuse: bool = False, allow_duplicate: bool = False) -> IntakeRequest:
        """The dialog's content as an intake request."""
        docs = self._document_state()
        rep = self.rep_box.isChecked()
        poa = None
        if rep:
            parts = []
            if self.rep_poa_number.text().strip():
                parts.append("№ " + self.rep_poa_number.text().strip())
            poa_date = self.rep_poa_date.value()
            if poa_date:
                parts.append(poa_date.strftime("%d.%m.%Y"))
            poa = ", ".join(parts) or None
        return IntakeRequest(
            service_code=self._service.code if self._service else "",
            applicant=ApplicantInput(
                iin=self.iin.text(),
                surname=self.surname.text(),
                name=self.name.text(),
                patronymic=self.patronymic.text() or None,
                birth_date=self.birth_date.value(),
                address=self.address.text() or None,
                phone=self.phone.text() or None,
            ),
            # Catalogue documents go by their Russian name, not their code: match_documents
            # folds the text before comparing it with the code, so codes with Latin
            # look-alike letters would never match. Names match either way.
            documents=[d["name_ru"] or d["name"] for d in docs if d["checked"]],
            representative_name=self.rep_name.text() if rep else None,
            representative_iin="".join(self.rep_iin.text().split()) if rep else None,
            representative_poa=poa,
            allow_duplicate=allow_duplicate,
            refuse=refuse,
        )

    def _show_iin(self, label: QLabel, text: str, birth: date | None) -> bool:
        """Show the ИИН check under its field; True when it blocks registering."""
        digits = "".join(text.split())
        if not digits:
            label.hide()
            return False
        result = check_iin(digits, birth)
        if digits.isdigit() and len(digits) < 12 and not self._leaving(label):
            # Still typing: count instead of scolding.
            label.setStyleSheet(HINT_STYLE)
            label.setText(self.tr("{n} of 12 digits").format(n=len(digits)))
            label.show()
            return True
        if result.errors:
            label.setStyleSheet(ERROR_STYLE)
            label.setText("\n".join(self._text(p.kk, p.ru) for p in result.errors))
        elif result.warnings:
            label.setStyleSheet(WARNING_STYLE)
            label.setText("\n".join(self._text(p.kk, p.ru) for p in result.warnings))
        else:
            label.hide()
            return False
        label.show()
        return bool(result.errors)

    def _leaving(self, label: QLabel) -> bool:
        # Once the focus has left a half-typed ИИН, say plainly that it is incomplete.
        edit = self.iin if label is self.iin_message else self.rep_iin
        return not edit.hasFocus() and self.isVisible()

    def _refresh(self) -> None:
        """Re-run the intake check and update the messages and buttons."""
        iin_blocks = self._show_iin(self.iin_message, self.iin.text(), self.birth_date.value())
        rep_blocks = False
        if self.rep_box.isChecked():
            rep_blocks = self._show_iin(self.rep_iin_message, self.rep_iin.text(), None)
        else:
            self.rep_iin_message.hide()
        check = check_intake(self.ctx, self.request()) if self._service else None
        self._check = check
        lines: list[str] = []
        if self._service is None:
            lines.append(self._span(HINT_STYLE, self.tr("Choose a service.")))
        if check is not None:
            for e in check.errors:
                if e.code.startswith("iin-"):
                    continue  # shown under the field
                style = HINT_STYLE if e.code == "required" else ERROR_STYLE
                lines.append(self._span(style, e.message(self.lang)))
            for w in check.warnings:
                if w.code.startswith("iin-"):
                    continue
                lines.append(self._span(WARNING_STYLE, w.message(self.lang)))
        if self.rep_box.isChecked() and not self.rep_name.text().strip():
            lines.append(self._span(HINT_STYLE, self.tr("Enter the representative's full name.")))
            rep_blocks = True
        missing = check.missing_required if check else []
        ok = check is not None and check.ok and not iin_blocks and not rep_blocks
        if ok and missing:
            names = "; ".join(self._text(d.name_kk, d.name_ru) for d in missing)
            lines.append(
                self._span(
                    WARNING_STYLE,
                    self.tr(
                        "Required documents not ticked: {names}. Tick them if brought, "
                        "or give the refusal receipt."
                    ).format(names=names),
                )
            )
        self.register_button.setEnabled(ok and not missing)
        self.refuse_button.setEnabled(ok and bool(missing))
        self.refuse_button.setVisible(ok and bool(missing))
        self.problems.setText("<br>".join(lines))
        self.problems.setVisible(bool(lines))

    @staticmethod
    def _span(style: str, text: str) -> str:
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<span style="{style}">{escaped}</span>'

    # --- registering ---------------------------------------------------------------------

    def _on_register(self) -> None:
        self._submit(refuse=False)

    def _on_refuse(self) -> None:
        check = self._check
        names = "\n".join(
            "• " + self._text(d.name_kk, d.name_ru)
            for d in (check.missing_required if check else [])
        )
        answer = QMessageBox.question(
            self,
            self.tr("Refusal receipt"),
            self.tr(
                "The application will not be accepted. The journal records the refusal and "
                "the applicant gets a receipt listing the missing documents:\n{names}\n\nContinue?"
            ).format(names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._submit(refuse=True)

    def _submit(self, *, refuse: bool) -> None:
        req = self.request(refuse=refuse)
        check = check_intake(self.ctx, req)
        if check.errors:
            self._refresh()
            return
        duplicate = [w for w in check.warnings if w.code == "duplicate"]
        if duplicate:
            answer = QMessageBox.question(
                self,
                self.tr("Possible duplicate"),
                duplicate[0].message(self.lang)
                + "\n\n"
                + self.tr("Register another application anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            req.allow_duplicate = True
        try:
            result = register(self.ctx, req)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not registered"), exc.message(self.lang))
            self._refresh()
            return
        self._draft_timer.stop()
        discard_draft(self.ctx, DRAFT_KIND)
        self.application_id = result.application_id
        self.registered.emit(result.application_id)
        self._offer_talon(result.application_id, result.incoming_number, refused=refuse)
        if not refuse and req.service_code == CERTIFICATE_SERVICE:
            # The certificate is issued on the spot: its window follows the talon at once.
            from ui.certificate_dialog import certificate_from

            certificate_from(self.ctx, result.incoming_number, self)
        self.accept()

    def _offer_talon(self, application_id: int, number: str, *, refused: bool) -> None:
        try:
            pdf = write_talon_pdf(self.ctx, application_id)
        except Exception as exc:
            # The application is already in the journal; a failed printout must not hide
            # that, and the talon can be reprinted from the case card.
            QMessageBox.warning(
                self,
                self.tr("Talon"),
                self.tr(
                    "Application No. {number} is registered, but the document could not be "
                    "made: {error}. Reprint it from the case card."
                ).format(number=number, error=str(exc)),
            )
            return
        title = (
            self.tr("Refusal receipt No. {number} is ready")
            if refused
            else self.tr("Talon No. {number} is ready")
        ).format(number=number)
        offer_document(self, pdf, title)

    # --- drafts --------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """Everything typed so far, as saved in the draft."""
        birth = self.birth_date.value()
        poa_date = self.rep_poa_date.value()
        return {
            "service": self._service.code if self._service else None,
            "filter": self.service_filter.text(),
            "iin": self.iin.text(),
            "surname": self.surname.text(),
            "name": self.name.text(),
            "patronymic": self.patronymic.text(),
            "birth_date": birth.isoformat() if birth else None,
            "birth_auto": self._birth_auto,
            "address": self.address.text(),
            "phone": self.phone.text(),
            "representative": self.rep_box.isChecked(),
            "rep_name": self.rep_name.text(),
            "rep_iin": self.rep_iin.text(),
            "rep_poa_number": self.rep_poa_number.text(),
            "rep_poa_date": poa_date.isoformat() if poa_date else None,
            "documents": self._document_state(),
        }

    def has_content(self) -> bool:
        s = self.state()
        texts = ("iin", "surname", "name", "patronymic", "address", "phone", "rep_name")
        return bool(
            s["service"]
            or any(s[k].strip() for k in texts)
            or any(d["checked"] for d in s["documents"])
        )

    def save_draft_now(self) -> None:
        """Save the state as the intake draft now (or forget the draft if nothing is typed)."""
        self._draft_timer.stop()
        if self.application_id is not None:
            return
        if self.has_content():
            save_draft(self.ctx, DRAFT_KIND, self.state())
        else:
            discard_draft(self.ctx, DRAFT_KIND)

    def offer_draft(self) -> bool:
        """If an unfinished application was left, offer to continue it; True if restored."""
        info = get_draft(self.ctx, DRAFT_KIND)
        if info is None:
            return False
        who = " ".join(
            p for p in (info.payload.get("surname", ""), info.payload.get("name", "")) if p
        )
        text = self.tr("Continue the unfinished application from {time}?").format(
            time=info.updated_at.strftime("%H:%M")
            if info.updated_at.date() == date.today()
            else info.updated_at.strftime("%d.%m.%Y %H:%M")
        )
        if who:
            text += "\n" + who
        answer = QMessageBox.question(
            self.parentWidget() or self,
            self.tr("Unfinished application"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            discard_draft(self.ctx, DRAFT_KIND)
            return False
        self.restore(info.payload)
        return True

    def restore(self, s: dict[str, Any]) -> None:
        """Put a saved state back into the fields."""
        self._loading = True
        try:
            self.service_filter.setText(s.get("filter") or "")  # refills the list
            svc = None
            if s.get("service"):
                try:
                    svc = self.ctx.catalogue.get(s["service"])
                except KeyError:
                    svc = None  # the catalogue changed since the draft was saved
            docs = s.get("documents") or []
            checked = {d["code"]: bool(d.get("checked")) for d in docs if d.get("code")}
            self.documents.clear()
            for d in docs:
                if d.get("custom"):
                    self._append_custom(d.get("name", ""), bool(d.get("checked")))
            if svc is not None and svc.accepted_here:
                self._set_service(svc, checked)
                for i in range(self.service_list.count()):
                    item = self.service_list.item(i)
                    if item.data(CODE_ROLE) == svc.code:
                        self.service_list.blockSignals(True)
                        self.service_list.setCurrentItem(item)
                        self.service_list.blockSignals(False)
            self.iin.setText(s.get("iin") or "")
            for edit, key in (
                (self.surname, "surname"),
                (self.name, "name"),
                (self.patronymic, "patronymic"),
                (self.address, "address"),
                (self.phone, "phone"),
                (self.rep_name, "rep_name"),
                (self.rep_iin, "rep_iin"),
                (self.rep_poa_number, "rep_poa_number"),
            ):
                edit.setText(s.get(key) or "")
            self.birth_date.setDate(_qdate(_iso(s.get("birth_date"))))
            self._birth_auto = bool(s.get("birth_auto", True))
            self.rep_poa_date.setDate(_qdate(_iso(s.get("rep_poa_date"))))
            self.rep_box.setChecked(bool(s.get("representative")))
        finally:
            self._loading = False
        # The restored ИИН counts as looked up already: its fields come from the draft.
        result = check_iin(self.iin.text())
        self._looked_up_iin = ""
        if result.valid:
            self._lookup_applicant(result.iin)
            self._autofilled.clear()
        self._refresh()

    def done(self, r: int) -> None:
        # Closing with content (Cancel, Esc, the window's ×) keeps the draft for next time.
        if r == QDialog.DialogCode.Rejected:
            self.save_draft_now()
        self._draft_timer.stop()
        super().done(r)


def _iso(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
