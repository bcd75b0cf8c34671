"""The district commission and the income thresholds: who sits on it, and what it compares with.

Every rule is `app.commission`'s: the dialog shows `list_commissions` and `thresholds`, and
writes through `set_commission` and `set_threshold`, showing their refusals as they word them
in the interface language.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.commission import (
    ROLE_LABELS,
    ROLES,
    THRESHOLD_KINDS,
    THRESHOLD_LABELS,
    CommissionInfo,
    format_tenge,
    list_commissions,
    set_commission,
    set_threshold,
    thresholds,
)
from app.context import AppContext
from app.errors import UserError
from forms.data import Bilingual
from ui.i18n import ui_language

HINT_STYLE = "color: #555555;"
# The roles a new commission's table starts with: a chair, a secretary and one member.
START_ROLES = ("chair", "secretary", "member")


def bilingual(label: Bilingual, lang: str) -> str:
    """The core's Kazakh/Russian label in the interface language."""
    return label.kk if lang == "kk" else label.ru


def role_label(code: str, lang: str) -> str:
    label = ROLE_LABELS.get(code)
    return bilingual(label, lang) if label else code


def kind_label(code: str, lang: str) -> str:
    label = THRESHOLD_LABELS.get(code)
    return bilingual(label, lang) if label else code


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _d(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(text)
    return item


def _read_only_table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    header = table.horizontalHeader()
    for i in range(len(headers)):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _date_edit(name: str, value: date | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(value or date.today()), objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


class CommissionDialog(QDialog):
    """The commission in force, earlier ones, a new akim's decision; income thresholds."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ui_language()
        self.setObjectName("CommissionDialog")
        self.setWindowTitle(self.tr("District commission and thresholds"))
        self._valid_from_follows = True  # "valid from" copies the decision date until edited
        self._build()
        self.refresh()
        # An explicit minimum: the layout then never resizes the shown window's limits
        # when the new-commission form appears.
        self.setMinimumSize(720, 560)
        self.resize(860, 640)

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.addTab(self._commission_tab(), self.tr("District commission"))
        self.tabs.addTab(self._thresholds_tab(), self.tr("Income thresholds"))
        close = QPushButton(self.tr("Close"), objectName="close")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        root = QVBoxLayout(self)
        root.addWidget(self.tabs, 1)
        root.addLayout(buttons)

    def _commission_tab(self) -> QWidget:
        page = QWidget()
        # In force today
        self.current_box = QGroupBox(self.tr("Commission in force"))
        self.current_decision = QLabel(objectName="currentDecision")
        self.current_decision.setWordWrap(True)
        self.current_validity = QLabel(objectName="currentValidity")
        self.current_validity.setWordWrap(True)
        self.current_members = _read_only_table(
            [self.tr("Full name"), self.tr("Role")], "currentMembers"
        )
        self.current_members.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        cv = QVBoxLayout(self.current_box)
        cv.addWidget(self.current_decision)
        cv.addWidget(self.current_validity)
        cv.addWidget(self.current_members, 1)

        # Earlier (and any not yet in force)
        self.earlier_box = QGroupBox(self.tr("Earlier commissions"))
        self.earlier = _read_only_table(
            [self.tr("Decision"), self.tr("Valid"), self.tr("Members")], "earlier"
        )
        self.earlier.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ev = QVBoxLayout(self.earlier_box)
        ev.addWidget(self.earlier)

        self.new_button = QPushButton(self.tr("New commission…"), objectName="newCommission")
        self.new_button.setToolTip(
            self.tr("Enter the akim's decision that creates a new commission")
        )
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.start_new)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_button)
        new_row.addStretch(1)

        self.new_box = self._new_commission_form()
        self.new_box.hide()

        layout = QVBoxLayout(page)
        layout.addWidget(self.current_box, 2)
        layout.addWidget(self.earlier_box, 1)
        layout.addLayout(new_row)
        layout.addWidget(self.new_box, 3)
        return page

    def _new_commission_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("New commission (akim's decision)"), objectName="newBox")
        self.decision_number = QLineEdit(objectName="decisionNumber")
        self.decision_date = _date_edit("decisionDate")
        self.valid_from = _date_edit("validFrom")
        self.decision_date.dateChanged.connect(self._on_decision_date)
        self.valid_from.dateChanged.connect(self._on_valid_from)
        hint = QLabel(
            self.tr(
                "The commission in force until now stops the day before the new one starts; "
                "its acts keep the names of those who signed them."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)

        self.members = QTableWidget(0, 2, objectName="members")
        self.members.setHorizontalHeaderLabels([self.tr("Surname and initials"), self.tr("Role")])
        self.members.verticalHeader().hide()
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.add_member_button = QPushButton(self.tr("Add member"), objectName="addMember")
        self.remove_member_button = QPushButton(self.tr("Remove member"), objectName="removeMember")
        self.save_button = QPushButton(self.tr("Save commission"), objectName="saveCommission")
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancelCommission")
        for b in (
            self.add_member_button,
            self.remove_member_button,
            self.save_button,
            self.cancel_button,
        ):
            b.setAutoDefault(False)
        self.add_member_button.clicked.connect(self._on_add_member)
        self.remove_member_button.clicked.connect(self.remove_member_row)
        self.save_button.clicked.connect(self.save_commission)
        self.cancel_button.clicked.connect(self.cancel_new)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Decision No."), self.decision_number)
        form.addRow(self.tr("Decision date"), self.decision_date)
        form.addRow(self.tr("Valid from"), self.valid_from)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.add_member_button)
        member_buttons.addWidget(self.remove_member_button)
        member_buttons.addStretch(1)
        member_buttons.addWidget(self.cancel_button)
        member_buttons.addWidget(self.save_button)
        v = QVBoxLayout(box)
        v.addLayout(form)
        v.addWidget(hint)
        v.addWidget(self.members, 1)
        v.addLayout(member_buttons)
        return box

    def _thresholds_tab(self) -> QWidget:
        page = QWidget()
        self.threshold_table = _read_only_table(
            [self.tr("Threshold"), self.tr("Amount"), self.tr("From"), self.tr("To")],
            "thresholds",
        )
        self.threshold_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.threshold_table.horizontalHeader().setStretchLastSection(False)
        explain = QLabel(
            self.tr(
                "Per-capita income is compared with the average of the thresholds in force on "
                "the first day of each month of the income period. A new threshold ends an "
                "open-ended earlier one of the same kind the day before it starts."
            )
        )
        explain.setWordWrap(True)
        explain.setStyleSheet(HINT_STYLE)

        box = QGroupBox(self.tr("Add a threshold"))
        self.kind = QComboBox(objectName="kind")
        for code in THRESHOLD_KINDS:
            self.kind.addItem(kind_label(code, self.lang), code)
        self.amount = QLineEdit(objectName="amount")
        self.amount.setPlaceholderText(self.tr("tenge per month, e.g. 45 000"))
        self.effective_from = _date_edit("effectiveFrom", date(date.today().year, 1, 1))
        self.until_check = QCheckBox(self.tr("until"), objectName="untilCheck")
        self.effective_to = _date_edit("effectiveTo", date(date.today().year, 12, 31))
        self.effective_to.setEnabled(False)
        self.until_check.toggled.connect(self.effective_to.setEnabled)
        self.add_threshold_button = QPushButton(self.tr("Add threshold"), objectName="addThreshold")
        self.add_threshold_button.setAutoDefault(False)
        self.add_threshold_button.clicked.connect(self.add_threshold)
        to_row = QHBoxLayout()
        to_row.addWidget(self.until_check)
        to_row.addWidget(self.effective_to)
        to_row.addStretch(1)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Threshold"), self.kind)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("In force from"), self.effective_from)
        form.addRow("", to_row)
        form.addRow("", self.add_threshold_button)

        layout = QVBoxLayout(page)
        layout.addWidget(self.threshold_table, 1)
        layout.addWidget(explain)
        layout.addWidget(box)
        return page

    # --- showing -----------------------------------------------------------------------

    def _validity(self, c: CommissionInfo) -> str:
        if c.valid_to is None:
            return self.tr("from {start}, until a new decision").format(start=_d(c.valid_from))
        return self.tr("from {start} to {end}").format(start=_d(c.valid_from), end=_d(c.valid_to))

    def _decision(self, c: CommissionInfo) -> str:
        return self.tr("Akim's decision No. {number} of {date}").format(
            number=c.decision_number, date=_d(c.decision_date)
        )

    def refresh(self) -> None:
        """Re-read the commissions and thresholds."""
        commissions = list_commissions(self.ctx)
        self.commissions = commissions
        current = next((c for c in commissions if c.current), None)
        self.current_members.setRowCount(0)
        if current is None:
            self.current_decision.setText(
                self.tr(
                    "No commission is in force today. Enter the akim's decision with "
                    "“New commission…”."
                )
            )
            self.current_decision.setStyleSheet("color: #b00020;")
            self.current_validity.clear()
            self.current_validity.hide()
            self.current_members.hide()
        else:
            self.current_decision.setText(self._decision(current))
            self.current_decision.setStyleSheet("font-weight: bold;")
            self.current_validity.setText(self._validity(current))
            self.current_validity.show()
            self.current_members.show()
            for m in current.members:
                r = self.current_members.rowCount()
                self.current_members.insertRow(r)
                self.current_members.setItem(r, 0, _cell(m.full_name))
                self.current_members.setItem(r, 1, _cell(role_label(m.role, self.lang)))
            self._fit_height(self.current_members)
        others = [c for c in commissions if c is not current]
        self.earlier.setRowCount(0)
        for c in others:
            r = self.earlier.rowCount()
            self.earlier.insertRow(r)
            self.earlier.setItem(r, 0, _cell(f"№ {c.decision_number}, {_d(c.decision_date)}"))
            self.earlier.setItem(r, 1, _cell(self._validity(c)))
            names = "; ".join(f"{m.full_name} ({role_label(m.role, self.lang)})" for m in c.members)
            self.earlier.setItem(r, 2, _cell(names))
        self.earlier.resizeRowsToContents()
        self._fit_height(self.earlier, rows=4)
        self.earlier_box.setVisible(bool(others))

        self.threshold_table.setRowCount(0)
        for t in thresholds(self.ctx):
            r = self.threshold_table.rowCount()
            self.threshold_table.insertRow(r)
            self.threshold_table.setItem(r, 0, _cell(kind_label(t.kind, self.lang)))
            amount = _cell(format_tenge(t.amount))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.threshold_table.setItem(r, 1, amount)
            self.threshold_table.setItem(r, 2, _cell(_d(t.effective_from)))
            self.threshold_table.setItem(r, 3, _cell(_d(t.effective_to) or "…"))

    @staticmethod
    def _fit_height(table: QTableWidget, rows: int = 12) -> None:
        """No taller than its rows (up to `rows` of them): the new-commission form below
        gets the room."""
        shown = min(table.rowCount(), rows) or 1
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(shown)) if table.rowCount() else 24
        table.setMaximumHeight(height + 2)

    # --- a new commission ----------------------------------------------------------------

    def start_new(self) -> None:
        """Show an empty form for the akim's new decision."""
        self.decision_number.clear()
        self.decision_date.setDate(QDate.currentDate())
        self._valid_from_follows = True
        self.valid_from.setDate(QDate.currentDate())
        self.members.setRowCount(0)
        for role in START_ROLES:
            self.add_member_row(role=role, focus=False)
        self.new_box.show()
        self.new_button.setEnabled(False)
        self.decision_number.setFocus()

    def cancel_new(self) -> None:
        self.new_box.hide()
        self.new_button.setEnabled(True)

    def add_member_row(self, name: str = "", role: str = "member", *, focus: bool = True) -> int:
        r = self.members.rowCount()
        self.members.insertRow(r)
        edit = QLineEdit(name, objectName=f"memberName{r}")
        edit.setPlaceholderText(self.tr("e.g. Ахметов А.Б."))
        combo = QComboBox(objectName=f"memberRole{r}")
        for code in ROLES:
            combo.addItem(role_label(code, self.lang), code)
        combo.setCurrentIndex(ROLES.index(role) if role in ROLES else ROLES.index("member"))
        # Remove member takes the row last worked in: a click into a cell widget does not
        # make its row current by itself.
        edit.installEventFilter(self)
        combo.installEventFilter(self)
        self.members.setCellWidget(r, 0, edit)
        self.members.setCellWidget(r, 1, combo)
        if focus:
            self.members.setCurrentCell(r, 0)
            edit.setFocus()
        return r

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for r in range(self.members.rowCount()):
                if obj in (self.members.cellWidget(r, 0), self.members.cellWidget(r, 1)):
                    self.members.setCurrentCell(r, 0)
                    break
        return super().eventFilter(obj, event)

    def _on_add_member(self) -> None:
        # A bound method, not a lambda: a lambda holding `self` keeps a shared reference to
        # the dialog that Qt then reports when the dialog is destroyed.
        self.add_member_row()

    def remove_member_row(self) -> None:
        r = self.members.currentRow()
        if r < 0:
            r = self.members.rowCount() - 1
        if r >= 0:
            self.members.removeRow(r)

    def member_rows(self) -> list[tuple[str, str]]:
        """(name, role) of every row, empty names included: the core says what is missing."""
        rows = []
        for r in range(self.members.rowCount()):
            edit = self.members.cellWidget(r, 0)
            combo = self.members.cellWidget(r, 1)
            assert isinstance(edit, QLineEdit) and isinstance(combo, QComboBox)
            rows.append((edit.text().strip(), combo.currentData()))
        # A trailing blank row left over from "Add member" is not a member.
        while rows and not rows[-1][0] and len(rows) > 2:
            rows.pop()
        return rows

    def _on_decision_date(self, d: QDate) -> None:
        if self._valid_from_follows:
            self.valid_from.blockSignals(True)
            self.valid_from.setDate(d)
            self.valid_from.blockSignals(False)

    def _on_valid_from(self, _d: QDate) -> None:
        self._valid_from_follows = False

    def save_commission(self) -> None:
        try:
            set_commission(
                self.ctx,
                self.decision_number.text(),
                pydate(self.decision_date.date()),
                self.member_rows(),
                valid_from=pydate(self.valid_from.date()),
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Commission not saved"), exc.message(self.lang))
            return
        self.cancel_new()
        self.refresh()

    # --- thresholds --------------------------------------------------------------------

    def add_threshold(self) -> None:
        try:
            set_threshold(
                self.ctx,
                self.kind.currentData(),
                self.amount.text(),
                pydate(self.effective_from.date()),
                pydate(self.effective_to.date()) if self.until_check.isChecked() else None,
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Threshold not saved"), exc.message(self.lang))
            return
        self.amount.clear()
        self.refresh()
