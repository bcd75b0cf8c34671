"""The inspection act editor: the commission's visit, the family, the home, and the conclusion.

The editor holds the whole act (docs/act-json.md) and hands it to `app.commission.save_act`,
which decides what is valid; the editor only says so early, cell by cell, while typing. The
conclusion panel recomputes `per_capita` on every change with the thresholds the office set.
Every change is kept as a draft 0.7 s later, so the act can be filled over several sittings
and a closed window loses nothing; a successful save discards the draft.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
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
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.cases import find_applicant
from app.commission import (
    INCOME_KINDS,
    INCOME_LABELS,
    OUTCOME_LABELS,
    OUTCOMES,
    THRESHOLD_LABELS,
    ActProblem,
    ActValidationError,
    AmountError,
    CommissionInfo,
    IncomeArithmetic,
    NoThresholdError,
    act_data,
    act_view,
    format_amount,
    format_tenge,
    income_period,
    list_commissions,
    parse_amount,
    parse_date_text,
    per_capita,
    save_act,
    thresholds,
)
from app.context import AppContext
from app.drafts import discard_draft, get_draft, save_draft
from app.errors import UserError
from app.iin import check_iin
from app.intake import find_application
from ui.commission_dialog import bilingual, role_label
from ui.i18n import ui_language
from ui.intake_dialog import OptionalDateEdit
from ui.printing import offer_document

DRAFT_KIND = "act"
DRAFT_DELAY_MS = 700
ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"
HINT_STYLE = "color: #555555;"
MARK_STYLE = "background-color: #ffd6d6;"
ERROR_BG = QColor("#ffd6d6")
WARNING_BG = QColor("#fff1c2")
NEEDS = QColor("#2e7d32")
NOT_NEEDED = QColor("#b00020")
APPLICANT_RELATION = "өтініш беруші / заявитель"

# The family table: who the member is, then the four usual incomes; the other kinds
# (scholarship, alimony, farm, business) are edited under "Incomes…" and kept per row.
TEXT_COLUMNS = ("surname", "name", "patronymic", "relation", "birth_date", "iin", "occupation")
SHOWN_INCOMES = ("wage", "pension", "allowance", "other")
COL_SURNAME, COL_NAME, COL_PATRONYMIC, COL_RELATION, COL_BIRTH, COL_IIN, COL_OCCUPATION = range(7)
INCOME_COLUMN = {kind: len(TEXT_COLUMNS) + i for i, kind in enumerate(SHOWN_INCOMES)}
COL_TOTAL = len(TEXT_COLUMNS) + len(SHOWN_INCOMES)
EXTRA_ROLE = Qt.ItemDataRole.UserRole  # on the total cell: {kind: typed amount} of the rest
NAME_ROLE = Qt.ItemDataRole.UserRole  # on a member's list item: the full name

# Field names as the person sees them: in the table's header, in the forms and in the
# refusals `save_act` reports by path (family[1].iin → "Family, row 2: IIN").
FIELD_LABELS: dict[str, str] = {
    "visit_date": QT_TRANSLATE_NOOP("ActEditor", "Visit date"),
    "place": QT_TRANSLATE_NOOP("ActEditor", "Place of the visit"),
    "outcome": QT_TRANSLATE_NOOP("ActEditor", "Outcome"),
    "members_present": QT_TRANSLATE_NOOP("ActEditor", "Members present"),
    "applicant_address": QT_TRANSLATE_NOOP("ActEditor", "Address found at the visit"),
    "family": QT_TRANSLATE_NOOP("ActEditor", "Family"),
    "dwelling": QT_TRANSLATE_NOOP("ActEditor", "Home"),
    "plot": QT_TRANSLATE_NOOP("ActEditor", "Household plot and livestock"),
    "vehicles": QT_TRANSLATE_NOOP("ActEditor", "Vehicles"),
    "other_property": QT_TRANSLATE_NOOP("ActEditor", "Other property"),
    "other_income": QT_TRANSLATE_NOOP("ActEditor", "Other income of the family"),
    "remarks": QT_TRANSLATE_NOOP("ActEditor", "Findings and remarks"),
    "conclusion": QT_TRANSLATE_NOOP("ActEditor", "The commission's own conclusion"),
}
FAMILY_LABELS: dict[str, str] = {
    "surname": QT_TRANSLATE_NOOP("ActEditor", "Surname"),
    "name": QT_TRANSLATE_NOOP("ActEditor", "Name"),
    "patronymic": QT_TRANSLATE_NOOP("ActEditor", "Patronymic"),
    "relation": QT_TRANSLATE_NOOP("ActEditor", "Relation"),
    "birth_date": QT_TRANSLATE_NOOP("ActEditor", "Birth date"),
    "iin": QT_TRANSLATE_NOOP("ActEditor", "IIN"),
    "occupation": QT_TRANSLATE_NOOP("ActEditor", "Occupation or study"),
    "incomes": QT_TRANSLATE_NOOP("ActEditor", "Incomes"),
    "total": QT_TRANSLATE_NOOP("ActEditor", "Total a month"),
}
DWELLING_LABELS: dict[str, str] = {
    "type": QT_TRANSLATE_NOOP("ActEditor", "Type of home"),
    "ownership": QT_TRANSLATE_NOOP("ActEditor", "Ownership"),
    "rooms": QT_TRANSLATE_NOOP("ActEditor", "Rooms"),
    "area": QT_TRANSLATE_NOOP("ActEditor", "Total area, m²"),
    "utilities": QT_TRANSLATE_NOOP("ActEditor", "Utilities"),
    "condition": QT_TRANSLATE_NOOP("ActEditor", "Condition"),
}
PLOT_LABELS: dict[str, str] = {
    "land_area": QT_TRANSLATE_NOOP("ActEditor", "Land plot, ha"),
    "cattle": QT_TRANSLATE_NOOP("ActEditor", "Cattle"),
    "horses": QT_TRANSLATE_NOOP("ActEditor", "Horses"),
    "sheep_goats": QT_TRANSLATE_NOOP("ActEditor", "Sheep and goats"),
    "camels": QT_TRANSLATE_NOOP("ActEditor", "Camels"),
    "poultry": QT_TRANSLATE_NOOP("ActEditor", "Poultry"),
}
CONCLUSION_LABELS: dict[str, str] = {
    "needs_assistance": QT_TRANSLATE_NOOP("ActEditor", "Needs assistance or not"),
    "reasons": QT_TRANSLATE_NOOP("ActEditor", "Reasons"),
}

# Suggestions typed into the act as the office writes them: both languages, Kazakh first,
# because the printed act is bilingual. Free text all the same.
RELATIONS = (
    APPLICANT_RELATION,
    "жұбайы / супруг(а)",
    "ұлы / сын",
    "қызы / дочь",
    "әкесі / отец",
    "анасы / мать",
    "немересі / внук, внучка",
    "бауыры / брат, сестра",
    "келіні / сноха",
    "күйеу баласы / зять",
    "басқа туысы / другой родственник",
)
DWELLING_TYPES = (
    "жеке үй / частный дом",
    "пәтер / квартира",
    "жатақхана / общежитие",
    "уақытша баспана / временное жильё",
)
OWNERSHIPS = (
    "меншікті / собственное",
    "жалға алынған / арендованное",
    "туыстарының / у родственников",
    "қызметтік / служебное",
)
CONDITIONS = (
    "жақсы / хорошее",
    "қанағаттанарлық / удовлетворительное",
    "нашар / плохое",
    "апатты / аварийное",
)


def _t(source: str) -> str:
    return QCoreApplication.translate("ActEditor", source)


def _clean(value: object) -> str | None:
    """Text for the act document: trimmed, an empty string as null."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _shown_date(value: object) -> str:
    """A stored or drafted date as the office writes it (28.10.1979); other text unchanged."""
    if not isinstance(value, str) or not value.strip():
        return ""
    try:
        return parse_date_text(value).strftime("%d.%m.%Y")
    except ValueError:
        return value


def _shown_amount(value: object) -> str:
    """A stored amount ("85000.50") as people write it ("85 000,50"); typed text unchanged."""
    if value is None:
        return ""
    if isinstance(value, str) and not re.fullmatch(r"\d+(\.\d+)?", value.strip()):
        return value
    try:
        return format_amount(parse_amount(value))
    except AmountError:
        return str(value)


def _shown_measure(value: object) -> str:
    """A stored area ("54.50") with a decimal comma and no trailing zeros ("54,5")."""
    if value is None:
        return ""
    text = str(value).strip()
    if re.fullmatch(r"\d+\.\d+", text):
        text = text.rstrip("0").rstrip(".").replace(".", ",")
    return text


def _to_qdate(value: object) -> QDate | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        d = parse_date_text(value)
    except ValueError:
        return None
    return QDate(d.year, d.month, d.day)


class RelationDelegate(QStyledItemDelegate):
    """The relation cell: free text with the usual relations to pick from."""

    def createEditor(self, parent: QWidget, option: object, index: object) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(RELATIONS)
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        if isinstance(editor, QComboBox):
            editor.setEditText(index.data() or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip())
        else:
            super().setModelData(editor, model, index)


class IncomesDialog(QDialog):
    """Every kind of monthly income of one family member."""

    def __init__(self, who: str, values: dict[str, str], lang: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("IncomesDialog")
        self.setMinimumWidth(520)
        self.setWindowTitle(self.tr("Monthly incomes: {who}").format(who=who))
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for kind in INCOME_KINDS:
            edit = QLineEdit(values.get(kind, ""), objectName=f"income_{kind}")
            edit.setPlaceholderText("0,00")
            self.edits[kind] = edit
            form.addRow(bilingual(INCOME_LABELS[kind], lang), edit)
        hint = QLabel(self.tr("Tenge a month, averaged over the income period; empty means none."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addLayout(form)
        root.addWidget(hint)
        root.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.edits.items() if e.text().strip()}


class ActEditor(QDialog):
    """The inspection act of one case, with its live conclusion."""

    def __init__(self, ctx: AppContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ui_language()
        self._loading = False  # True while fields are set by code, not by the person
        self._dirty = False  # changed since the act was loaded or saved
        self._present: set[str] = set()  # names ticked, kept across a change of commission
        self._doc_rows: list[int] = []  # table row of each family member in the last document
        self._doc_kinds: list[list[str]] = []  # income kind of each income of those members
        self._marked: list[QWidget] = []  # fields marked by the last refused save
        self.cell_problems: list[tuple[int, int, str]] = []
        self.last_pdf: Path | None = None
        self.last_docx: Path | None = None
        self.arithmetic: IncomeArithmetic | None = None
        self.verdict: bool | None = None
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft_now)

        self.view = act_view(ctx, number)
        self.number: str = self.view["number"]
        with ctx.session() as s:
            registered: datetime = find_application(s, self.number).registered_at
        self.period = income_period(registered.date())
        self.threshold_kind: str = self.view["threshold_kind"]
        self.threshold_rows = [
            (t.effective_from, t.effective_to, t.amount)
            for t in thresholds(ctx)
            if t.kind == self.threshold_kind
        ]
        self.commissions: list[CommissionInfo] = list_commissions(ctx)
        applicant = self.view["applicant"]
        self.applicant_iin: str = applicant["iin"]
        self.applicant = find_applicant(ctx, self.applicant_iin)

        self.setObjectName("ActEditor")
        self.setWindowTitle(
            self.tr("Inspection act: No. {number}, {applicant}").format(
                number=self.number, applicant=applicant["name"]
            )
        )
        self._build()
        self._connect()
        self.load(self.view["act"])
        self._show_status()
        self.setMinimumSize(900, 560)
        # Office PCs often have 1366×768 screens: as large as fits, no larger than needed.
        screen = (parent.screen() if parent else self.screen()).availableGeometry()
        self.resize(min(1240, screen.width() - 20), min(760, screen.height() - 40))
        self.offer_draft()

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.header = QLabel(objectName="header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.step_label = QLabel(objectName="step")
        self.step_label.setWordWrap(True)

        self.tabs = QTabWidget(objectName="tabs")
        self.visit_tab = self._visit_tab()
        self.family_tab = self._family_tab()
        self.home_tab = self._home_tab()
        self.conclusion_tab = self._conclusion_tab()
        self.tabs.addTab(self.visit_tab, self.tr("Visit"))
        self.tabs.addTab(self.family_tab, self.tr("Family and incomes"))
        self.tabs.addTab(self.home_tab, self.tr("Home and property"))
        self.tabs.addTab(self.conclusion_tab, self.tr("Conclusion"))

        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel(objectName="saveStatus")
        self.status.setStyleSheet(HINT_STYLE)

        self.save_button = QPushButton(self.tr("Save"), objectName="save")
        self.save_button.setToolTip(
            self.tr("Keep what is filled in; the act can be completed at another sitting")
        )
        self.complete_button = QPushButton(self.tr("Complete act"), objectName="complete")
        self.print_button = QPushButton(self.tr("Print act…"), objectName="print")
        self.docx_button = QPushButton(self.tr("Save DOCX…"), objectName="docx")
        self.docx_button.setToolTip(
            self.tr("The act as a Word document, to edit and sign on paper")
        )
        self.close_button = QPushButton(self.tr("Close"), objectName="close")
        self.close_button.setToolTip(self.tr("Close; unsaved changes are kept as a draft"))
        for b in (
            self.save_button,
            self.complete_button,
            self.print_button,
            self.docx_button,
            self.close_button,
        ):
            # Enter in a field must never complete the act.
            b.setAutoDefault(False)
            b.setDefault(False)
        # Two rows: Kazakh labels run long, and office screens are often 1366 px wide; one
        # row of five buttons and the status clipped them at the window's minimum width.
        status_row = QHBoxLayout()
        status_row.addWidget(self.print_button)
        status_row.addWidget(self.docx_button)
        status_row.addWidget(self.status, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.complete_button)
        buttons.addWidget(self.close_button)

        root = QVBoxLayout(self)
        root.addWidget(self.header)
        root.addWidget(self.step_label)
        root.addWidget(self.tabs, 1)
        root.addWidget(self.summary)
        root.addLayout(status_row)
        root.addLayout(buttons)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        # Kazakh labels run long: they go above their field rather than squeeze it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _visit_tab(self) -> QWidget:
        page = QWidget()
        self.visit_date = OptionalDateEdit(QDate.currentDate())
        self.visit_date.setObjectName("visitDate")
        self.visit_date.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.place = QLineEdit(objectName="place")
        self.outcome = QComboBox(objectName="outcome")
        for code in OUTCOMES:
            self.outcome.addItem(bilingual(OUTCOME_LABELS[code], self.lang), code)
        self.address = QLineEdit(objectName="applicantAddress")
        registered_address = self.view["applicant"]["address"] or ""
        if registered_address:
            self.address.setPlaceholderText(
                self.tr("as registered: {address}").format(address=registered_address)
            )
        self.outcome_note = QLabel(objectName="outcomeNote")
        self.outcome_note.setWordWrap(True)
        self.outcome_note.setStyleSheet(WARNING_STYLE)
        self.outcome_note.hide()
        form = self._form()
        form.addRow(_t(FIELD_LABELS["visit_date"]), self.visit_date)
        form.addRow(_t(FIELD_LABELS["place"]), self.place)
        form.addRow(_t(FIELD_LABELS["outcome"]), self.outcome)
        form.addRow(_t(FIELD_LABELS["applicant_address"]), self.address)

        self.members = QListWidget(objectName="members")
        self.members.setMinimumHeight(110)
        self.members.setMaximumHeight(220)
        self.commission_label = QLabel(objectName="commission")
        self.commission_label.setWordWrap(True)
        members_box = QGroupBox(self.tr("Commission members who took part (they sign the act)"))
        mv = QVBoxLayout(members_box)
        mv.addWidget(self.commission_label)
        mv.addWidget(self.members, 1)

        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.outcome_note)
        layout.addWidget(members_box)
        layout.addStretch(1)
        return page

    def _family_tab(self) -> QWidget:
        page = QWidget()
        first, last = self.period[0], self.period[-1]
        hint = QLabel(
            self.tr(
                "Everyone living in the family, the applicant included. Incomes are tenge a "
                "month on average over the income period {start} – {end}; a member without "
                "income still counts."
            ).format(start=first.strftime("%m.%Y"), end=last.strftime("%m.%Y"))
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)

        headers = [_t(FAMILY_LABELS[k]) for k in TEXT_COLUMNS]
        headers += [bilingual(INCOME_LABELS[k], self.lang) for k in SHOWN_INCOMES]
        headers.append(_t(FAMILY_LABELS["total"]))
        self.family = QTableWidget(0, len(headers), objectName="family")
        self.family.setHorizontalHeaderLabels(headers)
        for col, text in enumerate(headers):
            self.family.horizontalHeaderItem(col).setToolTip(text)
        self.family.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.family.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.family.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.family.setItemDelegateForColumn(COL_RELATION, RelationDelegate(self.family))
        self.family.setAlternatingRowColors(True)
        # One line a member: long text is cut with "…" and shown whole in its tooltip.
        self.family.setWordWrap(False)
        self.family.setTextElideMode(Qt.TextElideMode.ElideRight)
        fm = self.family.fontMetrics()
        samples = {
            COL_SURNAME: "Әбілқайырова",
            COL_NAME: "Гүлмира",
            COL_PATRONYMIC: "Нұрланұлы",
            COL_RELATION: "өтініш беруші / заявитель",
            COL_BIRTH: "00.00.0000",
            COL_IIN: "000000000000",
            COL_TOTAL: "000 000,00 ₸",
        }
        for col in INCOME_COLUMN.values():
            samples[col] = "000 000,00"
        header = self.family.horizontalHeader()
        header_fm = header.fontMetrics()
        money = (*INCOME_COLUMN.values(), COL_TOTAL)
        for col, sample in samples.items():
            # Wide enough for a typical value and, if it is short, the column's title; the
            # amounts keep to their figures (the title is in the tooltip) so that the
            # occupation keeps some room on a 1280-pixel screen.
            width = fm.horizontalAdvance(sample) + 14
            if col not in money:
                title = header_fm.horizontalAdvance(headers[col]) + 12
                width = max(width, min(title, width * 3 // 2))
            header.resizeSection(col, width)
        # Occupation takes what is left, so the whole table fits the window's width.
        header.setSectionResizeMode(COL_OCCUPATION, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.family.setMinimumWidth(sum(header.sectionSize(c) for c in samples) + 160)
        header.setStretchLastSection(False)

        self.add_member_button = QPushButton(self.tr("Add member"), objectName="addMember")
        self.remove_member_button = QPushButton(self.tr("Remove member"), objectName="removeMember")
        self.incomes_button = QPushButton(self.tr("All incomes…"), objectName="incomes")
        self.incomes_button.setToolTip(
            self.tr("Scholarship, alimony, farm and business income of the selected member")
        )
        for b in (self.add_member_button, self.remove_member_button, self.incomes_button):
            b.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.add_member_button)
        row.addWidget(self.remove_member_button)
        row.addWidget(self.incomes_button)
        row.addStretch(1)
        # The total goes on its own line under the buttons, so a long translation of either
        # never squeezes the other.
        self.family_total = QLabel(objectName="familyTotal")
        self.family_total.setWordWrap(True)

        self.problems = QLabel(objectName="problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.hide()

        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.family, 1)
        layout.addLayout(row)
        layout.addWidget(self.family_total)
        layout.addWidget(self.problems)
        return page

    def _combo(self, name: str, items: tuple[str, ...]) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(items)
        combo.setCurrentIndex(-1)
        combo.setEditText("")
        return combo

    def _count(self, name: str, maximum: int = 100_000) -> QSpinBox:
        spin = QSpinBox(objectName=name)
        spin.setRange(0, maximum)
        spin.setGroupSeparatorShown(True)
        spin.setSuffix(" " + self.tr("head"))
        return spin

    def _home_tab(self) -> QWidget:
        page = QWidget()
        self.dwelling_type = self._combo("dwellingType", DWELLING_TYPES)
        self.ownership = self._combo("ownership", OWNERSHIPS)
        self.rooms = QSpinBox(objectName="rooms")
        self.rooms.setRange(0, 99)
        self.rooms.setSpecialValueText("—")  # 0 = not recorded
        self.area = QLineEdit(objectName="area")
        self.area.setPlaceholderText("54,5")
        self.utilities = QLineEdit(objectName="utilities")
        self.utilities.setPlaceholderText(self.tr("electricity, gas, water, heating, sewerage…"))
        self.condition = self._combo("condition", CONDITIONS)
        home = QGroupBox(_t(FIELD_LABELS["dwelling"]))
        hf = self._form()
        home.setLayout(hf)
        hf.addRow(_t(DWELLING_LABELS["type"]), self.dwelling_type)
        hf.addRow(_t(DWELLING_LABELS["ownership"]), self.ownership)
        hf.addRow(_t(DWELLING_LABELS["rooms"]), self.rooms)
        hf.addRow(_t(DWELLING_LABELS["area"]), self.area)
        hf.addRow(_t(DWELLING_LABELS["utilities"]), self.utilities)
        hf.addRow(_t(DWELLING_LABELS["condition"]), self.condition)

        self.land_area = QLineEdit(objectName="landArea")
        self.land_area.setPlaceholderText("0,12")
        self.livestock = {k: self._count(k) for k in PLOT_LABELS if k != "land_area"}
        plot = QGroupBox(_t(FIELD_LABELS["plot"]))
        grid = QGridLayout(plot)
        grid.addWidget(QLabel(_t(PLOT_LABELS["land_area"])), 0, 0)
        grid.addWidget(self.land_area, 0, 1)
        for i, (key, spin) in enumerate(self.livestock.items(), 1):
            label = QLabel(_t(PLOT_LABELS[key]))
            label.setWordWrap(True)
            grid.addWidget(label, i, 0)
            grid.addWidget(spin, i, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(self.livestock) + 1, 1)

        self.vehicles = QLineEdit(objectName="vehicles")
        self.vehicles.setPlaceholderText(self.tr("make and year, or “none”"))
        self.other_property = QLineEdit(objectName="otherProperty")
        self.other_income = QLineEdit(objectName="otherIncome")
        self.other_income.setToolTip(
            self.tr("Income not of one member (renting out, seasonal work…); not counted")
        )
        prop = QGroupBox(self.tr("Property and other income"))
        pf = self._form()
        prop.setLayout(pf)
        pf.addRow(_t(FIELD_LABELS["vehicles"]), self.vehicles)
        pf.addRow(_t(FIELD_LABELS["other_property"]), self.other_property)
        pf.addRow(_t(FIELD_LABELS["other_income"]), self.other_income)

        top = QHBoxLayout()
        top.addWidget(home, 3)
        top.addWidget(plot, 2)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(prop)
        layout.addStretch(1)
        return page

    def _conclusion_tab(self) -> QWidget:
        page = QWidget()
        self.verdict_label = QLabel(objectName="verdict")
        self.verdict_label.setWordWrap(True)
        font = self.verdict_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.verdict_label.setFont(font)
        self.threshold_label = QLabel(objectName="threshold")
        self.threshold_label.setWordWrap(True)
        self.arithmetic_table = QTableWidget(0, 2, objectName="arithmetic")
        self.arithmetic_table.horizontalHeader().hide()
        self.arithmetic_table.verticalHeader().hide()
        self.arithmetic_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.arithmetic_table.setWordWrap(True)
        self.arithmetic_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        ah = self.arithmetic_table.horizontalHeader()
        ah.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ah.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Rows follow their wrapped labels as the window is resized.
        self.arithmetic_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )

        self.override = QGroupBox(
            self.tr("The commission states its own conclusion"), objectName="override"
        )
        self.override.setCheckable(True)
        self.override.setChecked(False)
        self.override.setToolTip(
            self.tr(
                "For example: does not need, 150 sheep not declared as income. It wins over "
                "the arithmetic, which is still printed."
            )
        )
        self.override_needs = QRadioButton(self.tr("Needs assistance"), objectName="needs")
        self.override_not = QRadioButton(
            self.tr("Does not need assistance"), objectName="notNeeded"
        )
        self.override_not.setChecked(True)
        group = QButtonGroup(self.override)
        group.addButton(self.override_needs)
        group.addButton(self.override_not)
        self.reasons = QPlainTextEdit(objectName="reasons")
        self.reasons.setPlaceholderText(self.tr("Reasons (required)"))
        self.reasons.setFixedHeight(self.reasons.fontMetrics().lineSpacing() * 3 + 14)
        ov = QVBoxLayout(self.override)
        radios = QHBoxLayout()
        radios.addWidget(self.override_needs)
        radios.addWidget(self.override_not)
        radios.addStretch(1)
        ov.addLayout(radios)
        ov.addWidget(self.reasons)

        self.remarks = QPlainTextEdit(objectName="remarks")
        self.remarks.setFixedHeight(self.remarks.fontMetrics().lineSpacing() * 3 + 14)
        remarks_label = QLabel(_t(FIELD_LABELS["remarks"]))

        layout = QVBoxLayout(page)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.threshold_label)
        layout.addWidget(self.arithmetic_table, 1)
        layout.addWidget(self.override)
        layout.addWidget(remarks_label)
        layout.addWidget(self.remarks)
        return page

    def _connect(self) -> None:
        self.visit_date.dateChanged.connect(self._on_visit_date)
        self.outcome.currentIndexChanged.connect(self._on_outcome)
        for edit in (
            self.place,
            self.address,
            self.area,
            self.utilities,
            self.land_area,
            self.vehicles,
            self.other_property,
            self.other_income,
        ):
            edit.textChanged.connect(self._changed)
        for combo in (self.dwelling_type, self.ownership, self.condition):
            combo.editTextChanged.connect(self._changed)
        self.rooms.valueChanged.connect(self._changed)
        for spin in self.livestock.values():
            spin.valueChanged.connect(self._changed)
        self.members.itemChanged.connect(self._on_member_ticked)
        self.family.itemChanged.connect(self._on_cell_changed)
        self.family.currentCellChanged.connect(self._update_buttons)
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button.clicked.connect(self.remove_member)
        self.incomes_button.clicked.connect(self.edit_incomes)
        self.override.toggled.connect(self._changed)
        self.override_needs.toggled.connect(self._changed)
        self.reasons.textChanged.connect(self._changed)
        self.remarks.textChanged.connect(self._changed)
        self.save_button.clicked.connect(self.save)
        self.complete_button.clicked.connect(self.complete)
        self.print_button.clicked.connect(self.print_act)
        self.docx_button.clicked.connect(self.save_docx)
        self.close_button.clicked.connect(self.reject)

    # --- the commission and its members ---------------------------------------------------

    def commission_on(self, day: date | None) -> CommissionInfo | None:
        """The commission whose members may sign: in force on the visit day, else the one
        the case was referred to."""
        if day is None:
            referred = self.view.get("commission") or {}
            return next((c for c in self.commissions if c.id == referred.get("id")), None)
        covering = [
            c
            for c in self.commissions
            if c.valid_from <= day and (c.valid_to is None or c.valid_to >= day)
        ]
        return max(covering, key=lambda c: (c.valid_from, c.id), default=None)

    def _fill_members(self) -> None:
        day = self.visit_date.value()
        commission = self.commission_on(day)
        self.members.blockSignals(True)
        self.members.clear()
        if commission is None:
            self.commission_label.setStyleSheet(ERROR_STYLE)
            self.commission_label.setText(
                self.tr("No commission was in force on {date}. Check the visit date.").format(
                    date=day.strftime("%d.%m.%Y") if day else "—"
                )
            )
        else:
            self.commission_label.setStyleSheet(HINT_STYLE)
            self.commission_label.setText(
                self.tr("Commission of the akim's decision No. {number} of {date}").format(
                    number=commission.decision_number,
                    date=commission.decision_date.strftime("%d.%m.%Y"),
                )
            )
            for m in commission.members:
                item = QListWidgetItem(f"{m.full_name} — {role_label(m.role, self.lang)}")
                item.setData(NAME_ROLE, m.full_name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if m.full_name in self._present
                    else Qt.CheckState.Unchecked
                )
                self.members.addItem(item)
        self.members.blockSignals(False)

    def present_names(self) -> list[str]:
        """The ticked members of the commission shown, in its order."""
        out = []
        for i in range(self.members.count()):
            item = self.members.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(NAME_ROLE))
        return out

    def _on_member_ticked(self, item: QListWidgetItem) -> None:
        name = item.data(NAME_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self._present.add(name)
        else:
            self._present.discard(name)
        self._changed()

    def _on_visit_date(self, _d: QDate) -> None:
        if self._loading:
            return
        self._fill_members()
        self._changed()

    def _on_outcome(self, _i: int) -> None:
        self._apply_outcome()
        self._changed()

    def _apply_outcome(self) -> None:
        inspected = self.outcome.currentData() == "inspected"
        # A refused or evaded inspection is itself the ground: nothing to count or describe.
        self.tabs.setTabEnabled(self.tabs.indexOf(self.family_tab), inspected)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.home_tab), inspected)
        self.override.setEnabled(inspected)
        self.outcome_note.setVisible(not inspected)
        if not inspected:
            self.outcome_note.setText(
                self.tr(
                    "The conclusion is “does not need assistance”: refusing or evading the "
                    "inspection is a ground for refusal. Describe what happened in the "
                    "findings and remarks."
                )
            )

    # --- the family table ----------------------------------------------------------------

    def _item(self, r: int, c: int) -> QTableWidgetItem:
        item = self.family.item(r, c)
        if item is None:
            item = QTableWidgetItem("")
            self.family.setItem(r, c, item)
        return item

    def _text(self, r: int, c: int) -> str:
        item = self.family.item(r, c)
        return item.text().strip() if item is not None else ""

    def _extras(self, r: int) -> dict[str, str]:
        item = self.family.item(r, COL_TOTAL)
        data = item.data(EXTRA_ROLE) if item is not None else None
        return dict(data) if isinstance(data, dict) else {}

    def _append_row(self, member: dict[str, Any], *, typed: bool = False) -> int:
        """A family row; stored amounts ("85000.50") are shown as written ("85 000,50"),
        `typed` ones (a draft's) exactly as they were typed."""
        was = self._loading
        self._loading = True
        try:
            r = self.family.rowCount()
            self.family.insertRow(r)
            for c, key in enumerate(TEXT_COLUMNS):
                value = member.get(key)
                text = _shown_date(value) if key == "birth_date" else (value or "")
                self.family.setItem(r, c, QTableWidgetItem(str(text)))
            amounts: dict[str, str] = {}
            for income in member.get("incomes") or []:
                if not isinstance(income, dict) or income.get("kind") not in INCOME_KINDS:
                    continue
                kind, raw = income["kind"], income.get("monthly_amount")
                shown = str(raw or "") if typed else _shown_amount(raw)
                if kind in amounts:  # two entries of one kind: one cell holds their sum
                    try:
                        shown = format_amount(parse_amount(amounts[kind]) + parse_amount(shown))
                    except AmountError:
                        continue
                amounts[kind] = shown
            for kind, col in INCOME_COLUMN.items():
                item = QTableWidgetItem(amounts.pop(kind, ""))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.family.setItem(r, col, item)
            total = QTableWidgetItem("")
            total.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            total.setData(EXTRA_ROLE, amounts)
            self.family.setItem(r, COL_TOTAL, total)
        finally:
            self._loading = was
        return r

    def _row_amounts(self, r: int) -> dict[str, str]:
        """{kind: typed amount} of one member, every kind, empty ones left out."""
        amounts = {k: self._text(r, col) for k, col in INCOME_COLUMN.items()}
        amounts.update(self._extras(r))
        return {k: v for k, v in amounts.items() if v}

    def _row_state(self, r: int) -> dict[str, Any]:
        member: dict[str, Any] = {key: self._text(r, c) for c, key in enumerate(TEXT_COLUMNS)}
        amounts = self._row_amounts(r)
        member["incomes"] = [
            {"kind": k, "monthly_amount": amounts[k]} for k in INCOME_KINDS if k in amounts
        ]
        return member

    def _row_empty(self, r: int) -> bool:
        return not any(self._text(r, c) for c in range(len(TEXT_COLUMNS))) and not (
            self._row_amounts(r)
        )

    def _row_name(self, r: int) -> str:
        name = " ".join(p for p in (self._text(r, COL_SURNAME), self._text(r, COL_NAME)) if p)
        return name or self.tr("row {row}").format(row=r + 1)

    def add_member(self) -> None:
        """A new empty row, ready to type the surname into."""
        r = self._append_row({})
        self._update_totals()
        self.family.setFocus()
        self.family.setCurrentCell(r, COL_SURNAME)
        self.family.editItem(self._item(r, COL_SURNAME))
        self._changed()

    def remove_member(self) -> None:
        r = self.family.currentRow()
        if r < 0:
            return
        self.family.removeRow(r)
        self._update_totals()
        self._check_cells()
        self._changed()

    def edit_incomes(self) -> None:
        """Every kind of income of the selected member, in a small dialog."""
        r = self.family.currentRow()
        if r < 0:
            return
        dialog = IncomesDialog(self._row_name(r), self._row_amounts(r), self.lang, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        values = dialog.values()
        dialog.deleteLater()
        if not accepted:
            return
        self._loading = True
        try:
            for kind, col in INCOME_COLUMN.items():
                self._item(r, col).setText(values.pop(kind, ""))
            self._item(r, COL_TOTAL).setData(EXTRA_ROLE, values)
        finally:
            self._loading = False
        self._update_totals()
        self._check_cells()
        self._changed()

    def _on_cell_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        r, c = item.row(), item.column()
        if c in (COL_SURNAME, COL_NAME, COL_PATRONYMIC, COL_RELATION, COL_OCCUPATION):
            # Typed over: a mark left by a refused save no longer applies.
            self.family.blockSignals(True)
            self._mark(item, None, None)
            self.family.blockSignals(False)
        if c == COL_IIN:
            # A valid ИИН gives the birth date while that is still empty.
            result = check_iin(item.text())
            if result.valid and result.birth_date and not self._text(r, COL_BIRTH):
                self._loading = True
                try:
                    self._item(r, COL_BIRTH).setText(result.birth_date.strftime("%d.%m.%Y"))
                finally:
                    self._loading = False
        self._update_totals()
        self._check_cells()
        self._changed()

    def _update_buttons(self, *_args: object) -> None:
        has = self.family.currentRow() >= 0
        self.remove_member_button.setEnabled(has)
        self.incomes_button.setEnabled(has)

    def _amount_problem(self, text: str) -> str | None:
        try:
            parse_amount(text)
        except AmountError as exc:
            if exc.code == "negative":
                return self.tr("an amount cannot be negative")
            if exc.code == "places":
                return self.tr("at most 2 digits after the comma")
            return self.tr("not an amount (e.g. 85000 or 85 000,50)")
        return None

    def _cell_problem(self, r: int, c: int, seen: dict[str, int]) -> tuple[str | None, str | None]:
        """(error, warning) of one cell."""
        text = self._text(r, c)
        if not text:
            return None, None
        if c == COL_IIN:
            birth = None
            with contextlib.suppress(ValueError):
                birth = parse_date_text(self._text(r, COL_BIRTH))
            result = check_iin(text, birth)
            if result.errors:
                return "; ".join(bilingual(p, self.lang) for p in result.errors), None
            if result.iin in seen:
                return self.tr("the same IIN is in row {row}").format(
                    row=seen[result.iin] + 1
                ), None
            seen[result.iin] = r
            if result.warnings:
                return None, "; ".join(bilingual(p, self.lang) for p in result.warnings)
            return None, None
        if c == COL_BIRTH:
            try:
                d = parse_date_text(text)
            except ValueError:
                return self.tr("not a date (e.g. 28.10.1979)"), None
            if d > date.today():
                return self.tr("the date is in the future"), None
            return None, None
        if c in INCOME_COLUMN.values():
            return self._amount_problem(text), None
        return None, None

    def _check_cells(self) -> None:
        """Mark cells whose content `save_act` would refuse, and list why under the table."""
        problems: list[tuple[int, int, str]] = []
        seen: dict[str, int] = {}
        was = self._loading
        self._loading = True
        self.family.blockSignals(True)
        try:
            checked = (COL_BIRTH, COL_IIN, *INCOME_COLUMN.values())
            for r in range(self.family.rowCount()):
                for c in checked:
                    error, warning = self._cell_problem(r, c, seen)
                    self._mark(self._item(r, c), error, warning)
                    if error:
                        problems.append((r, c, error))
                extras = self._extras(r)
                bad = [
                    f"{bilingual(INCOME_LABELS[k], self.lang)}: {p}"
                    for k, v in extras.items()
                    if (p := self._amount_problem(v))
                ]
                total = self._item(r, COL_TOTAL)
                self._mark(total, "; ".join(bad) or None, None)
                if not bad:
                    total.setToolTip(self._breakdown(r))
                if bad:
                    problems.append((r, COL_TOTAL, "; ".join(bad)))
        finally:
            self.family.blockSignals(False)
            self._loading = was
        self.cell_problems = problems
        lines = [
            self.tr("Row {row}, {column}: {problem}").format(
                row=r + 1,
                column=self.family.horizontalHeaderItem(c).text(),
                problem=text,
            )
            for r, c, text in problems
        ]
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def _breakdown(self, r: int) -> str:
        """Every income of a member, one a line: the total cell's tooltip."""
        return "\n".join(
            f"{bilingual(INCOME_LABELS[k], self.lang)}: {v}"
            for k, v in sorted(
                self._row_amounts(r).items(), key=lambda kv: INCOME_KINDS.index(kv[0])
            )
        )

    @staticmethod
    def _mark(item: QTableWidgetItem, error: str | None, warning: str | None) -> None:
        if error:
            item.setBackground(QBrush(ERROR_BG))
            item.setToolTip(error)
        elif warning:
            item.setBackground(QBrush(WARNING_BG))
            item.setToolTip(warning)
        else:
            item.setData(Qt.ItemDataRole.BackgroundRole, None)
            item.setToolTip("")

    def _update_totals(self) -> None:
        was = self._loading
        self._loading = True
        self.family.blockSignals(True)
        family_sum = Decimal(0)
        try:
            for r in range(self.family.rowCount()):
                total = Decimal(0)
                for v in self._row_amounts(r).values():
                    with contextlib.suppress(AmountError):
                        total += parse_amount(v)
                family_sum += total
                item = self._item(r, COL_TOTAL)
                item.setText(format_tenge(total))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        finally:
            self.family.blockSignals(False)
            self._loading = was
        self.family_total.setText(
            self.tr("Family income a month: {total}").format(total=format_tenge(family_sum))
        )

    # --- state, document, draft ----------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """Everything on screen, as typed (invalid text included): the draft's payload, in
        the act document's shape."""
        visit = self.visit_date.value()
        return {
            "visit_date": visit.isoformat() if visit else None,
            "place": self.place.text(),
            "outcome": self.outcome.currentData(),
            "members_present": self.present_names(),
            "applicant_address": self.address.text(),
            "family": [self._row_state(r) for r in range(self.family.rowCount())],
            "dwelling": {
                "type": self.dwelling_type.currentText(),
                "ownership": self.ownership.currentText(),
                "rooms": self.rooms.value() or None,
                "area": self.area.text(),
                "utilities": self.utilities.text(),
                "condition": self.condition.currentText(),
            },
            "plot": {
                "land_area": self.land_area.text(),
                **{k: spin.value() for k, spin in self.livestock.items()},
            },
            "vehicles": self.vehicles.text(),
            "other_property": self.other_property.text(),
            "other_income": self.other_income.text(),
            "remarks": self.remarks.toPlainText(),
            "conclusion": {
                "needs_assistance": self.override_needs.isChecked(),
                "reasons": self.reasons.toPlainText(),
            }
            if self.override.isChecked()
            else None,
        }

    def document(self) -> dict[str, Any]:
        """The act for `save_act` (docs/act-json.md): every part, so the editor's view wins."""
        s = self.state()
        family = []
        self._doc_rows, self._doc_kinds = [], []
        for r, member in enumerate(s["family"]):
            if self._row_empty(r):
                continue  # a row added and never typed into is not a member
            doc = {k: _clean(member.get(k)) for k in TEXT_COLUMNS}
            doc["incomes"] = member["incomes"]
            family.append(doc)
            self._doc_rows.append(r)
            self._doc_kinds.append([i["kind"] for i in member["incomes"]])
        inspected = s["outcome"] == "inspected"
        dwelling = {k: _clean(v) if isinstance(v, str) else v for k, v in s["dwelling"].items()}
        plot = {k: _clean(v) if isinstance(v, str) else v for k, v in s["plot"].items()}
        return {
            "visit_date": s["visit_date"],
            "place": _clean(s["place"]),
            "outcome": s["outcome"],
            "members_present": s["members_present"],
            "applicant_address": _clean(s["applicant_address"]),
            "family": family,
            "dwelling": dwelling,
            "plot": plot,
            "vehicles": _clean(s["vehicles"]),
            "other_property": _clean(s["other_property"]),
            "other_income": _clean(s["other_income"]),
            "remarks": _clean(s["remarks"]),
            # A refused inspection concludes "does not need" by itself (the override is off).
            "conclusion": s["conclusion"] if inspected else None,
        }

    def load(self, act: dict[str, Any], *, draft: bool = False) -> None:
        """Show the stored act document, or a draft (the same shape, text as typed)."""
        self._loading = True
        try:
            visit = _to_qdate(act.get("visit_date"))
            self.visit_date.setDate(visit or QDate(1900, 1, 1))
            self.place.setText(act.get("place") or "")
            outcome = act.get("outcome") or "inspected"
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(outcome)))
            self._present = set(act.get("members_present") or [])
            self.address.setText(act.get("applicant_address") or "")
            self.family.setRowCount(0)
            family = [m for m in act.get("family") or [] if isinstance(m, dict)]
            if not family and not draft and outcome == "inspected":
                family = [self._applicant_row()]
            for member in family:
                self._append_row(member, typed=draft)
            d = act.get("dwelling") or {}
            self.dwelling_type.setEditText(d.get("type") or "")
            self.ownership.setEditText(d.get("ownership") or "")
            self.rooms.setValue(int(d.get("rooms") or 0))
            self.area.setText(_shown_measure(d.get("area")))
            self.utilities.setText(d.get("utilities") or "")
            self.condition.setEditText(d.get("condition") or "")
            p = act.get("plot") or {}
            self.land_area.setText(_shown_measure(p.get("land_area")))
            for k, spin in self.livestock.items():
                try:
                    spin.setValue(int(p.get(k) or 0))
                except (TypeError, ValueError):
                    spin.setValue(0)
            self.vehicles.setText(act.get("vehicles") or "")
            self.other_property.setText(act.get("other_property") or "")
            self.other_income.setText(act.get("other_income") or "")
            self.remarks.setPlainText(act.get("remarks") or "")
            c = act.get("conclusion")
            self.override.setChecked(isinstance(c, dict))
            needs = bool(c.get("needs_assistance")) if isinstance(c, dict) else False
            self.override_needs.setChecked(needs)
            self.override_not.setChecked(not needs)
            self.reasons.setPlainText((c.get("reasons") or "") if isinstance(c, dict) else "")
            self._fill_members()
        finally:
            self._loading = False
        self._apply_outcome()
        self._update_totals()
        self._check_cells()
        self._update_buttons()
        self.recompute()

    def _applicant_row(self) -> dict[str, Any]:
        """The applicant's own row, from the application: the commission checks and keeps it."""
        a = self.applicant
        birth = a.birth_date.isoformat() if a and a.birth_date else None
        if birth is None:
            found = check_iin(self.applicant_iin)
            birth = found.birth_date.isoformat() if found.birth_date else None
        return {
            "surname": a.surname if a else self.view["applicant"]["name"],
            "name": a.name if a else "",
            "patronymic": a.patronymic if a else "",
            "relation": APPLICANT_RELATION,
            "birth_date": birth,
            "iin": self.applicant_iin,
            "incomes": [],
        }

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self._clear_marks()
        self.recompute()
        self._draft_timer.start()
        self.status.setText(self.tr("Not saved yet"))

    def save_draft_now(self) -> None:
        """Keep what is on screen as this act's draft (nothing when nothing changed)."""
        self._draft_timer.stop()
        if self._dirty:
            save_draft(self.ctx, DRAFT_KIND, self.state(), key=self.number)

    def offer_draft(self) -> bool:
        """If changes were left unsaved, offer them back; True if restored."""
        info = get_draft(self.ctx, DRAFT_KIND, key=self.number)
        if info is None:
            return False
        when = (
            info.updated_at.strftime("%H:%M")
            if info.updated_at.date() == date.today()
            else info.updated_at.strftime("%d.%m.%Y %H:%M")
        )
        answer = QMessageBox.question(
            self.parentWidget() or self,
            self.tr("Unsaved act"),
            self.tr(
                "The act of No. {number} has changes from {time} that were not saved. "
                "Continue with them?"
            ).format(number=self.number, time=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            discard_draft(self.ctx, DRAFT_KIND, key=self.number)
            return False
        self.load(info.payload, draft=True)
        self._dirty = True
        self.status.setText(self.tr("Draft restored, not saved yet"))
        return True

    def done(self, r: int) -> None:
        # However the window closes (Close, Esc, the ×), what was typed stays as a draft.
        self.save_draft_now()
        super().done(r)

    # --- the conclusion ------------------------------------------------------------------

    def recompute(self) -> None:
        """The per-capita arithmetic and the conclusion for what is on screen now."""
        self.arithmetic = None
        self.verdict = None
        kind_name = bilingual(THRESHOLD_LABELS[self.threshold_kind], self.lang)
        kind_lower = kind_name[:1].lower() + kind_name[1:]  # inside a sentence
        lines: list[tuple[str, str]] = []
        problem = ""
        outcome = self.outcome.currentData()
        if outcome != "inspected":
            self.verdict = False
            reason = bilingual(OUTCOME_LABELS[outcome], self.lang)
            summary = self.tr("{outcome}: does not need assistance").format(outcome=reason)
        else:
            rows = [r for r in range(self.family.rowCount()) if not self._row_empty(r)]
            money = (*INCOME_COLUMN.values(), COL_TOTAL)
            bad = {r for r, c, _p in self.cell_problems if c in money}
            if not rows:
                problem = self.tr("Add the family members, the applicant included.")
            elif bad & set(rows):
                problem = self.tr("Correct the incomes marked red to compute the conclusion.")
            else:
                incomes = [
                    sum((parse_amount(v) for v in self._row_amounts(r).values()), Decimal(0))
                    for r in rows
                ]
                names = [
                    " ".join(
                        p
                        for p in (
                            self._text(r, COL_SURNAME),
                            self._text(r, COL_NAME),
                            self._text(r, COL_PATRONYMIC),
                        )
                        if p
                    )
                    for r in rows
                ]
                try:
                    self.arithmetic = per_capita(
                        incomes,
                        self.period,
                        self.threshold_rows,
                        names=names,
                        threshold_label=THRESHOLD_LABELS[self.threshold_kind],
                    )
                except NoThresholdError as exc:
                    months = ", ".join(m.strftime("%m.%Y") for m in exc.months)
                    problem = self.tr(
                        "{threshold} is not set for the months {months}. Add it under District "
                        "commission → Commission and thresholds."
                    ).format(threshold=kind_name, months=months)
                except UserError as exc:
                    problem = exc.message(self.lang)
            ar = self.arithmetic
            if ar is not None:
                lines = [(kk if self.lang == "kk" else ru, v) for kk, ru, v in ar.lines]
                self.verdict = ar.needs
                summary = self.tr("Per capita {per_capita} {sign} {threshold} ({kind})").format(
                    per_capita=format_tenge(ar.per_capita),
                    sign="≤" if ar.needs else ">",
                    threshold=format_tenge(ar.threshold),
                    kind=kind_lower,
                )
                summary += ": " + self._verdict_text(ar.needs)
            else:
                summary = problem
            if self.override.isChecked():
                self.verdict = self.override_needs.isChecked()
                summary += " · " + self.tr("the commission's own conclusion: {verdict}").format(
                    verdict=self._verdict_text(self.verdict)
                )
        self._show_arithmetic(lines)
        first, last = self.period[0], self.period[-1]
        self.threshold_label.setText(
            self.tr("Compared with: {kind}, average over {start} – {end}").format(
                kind=kind_lower, start=first.strftime("%m.%Y"), end=last.strftime("%m.%Y")
            )
        )
        if self.verdict is None:
            self.verdict_label.setText(problem)
            self.verdict_label.setStyleSheet(HINT_STYLE)
        else:
            verdict = self._verdict_text(self.verdict)
            self.verdict_label.setText(verdict[:1].upper() + verdict[1:])
            color = NEEDS if self.verdict else NOT_NEEDED
            self.verdict_label.setStyleSheet(f"color: {color.name()};")
        self.summary.setText(self.tr("Conclusion: {summary}").format(summary=summary))

    def _verdict_text(self, needs: bool) -> str:
        return self.tr("needs assistance") if needs else self.tr("does not need assistance")

    def _show_arithmetic(self, lines: list[tuple[str, str]]) -> None:
        table = self.arithmetic_table
        table.setRowCount(0)
        for label, value in lines:
            r = table.rowCount()
            table.insertRow(r)
            left = QTableWidgetItem(label)
            right = QTableWidgetItem(value)
            right.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for item in (left, right):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(item.text())
            table.setItem(r, 0, left)
            table.setItem(r, 1, right)
        table.resizeRowsToContents()

    # --- saving --------------------------------------------------------------------------

    @property
    def completed(self) -> bool:
        return self.view["completed_at"] is not None

    def _show_status(self) -> None:
        v = self.view
        service = v["service_name"]["kk" if self.lang == "kk" else "ru"]
        self.header.setText(f"№ {v['number']} · {v['applicant']['name']} · {service}")
        step = v.get("step")
        if self.completed:
            text = self.tr("The act was completed on {date}.").format(
                date=_shown_date(v["completed_at"][:10])
            )
            style = HINT_STYLE
        elif step and step.get("due_at"):
            due = datetime.fromisoformat(step["due_at"]).strftime("%d.%m.%Y %H:%M")
            if step.get("overdue"):
                text = self.tr("The act was due by {date}: overdue.").format(date=due)
                style = ERROR_STYLE + " font-weight: bold;"
            else:
                text = self.tr("The act is due by {date}.").format(date=due)
                style = HINT_STYLE
        else:
            text, style = "", HINT_STYLE
        self.step_label.setText(text)
        self.step_label.setStyleSheet(style)
        self.step_label.setVisible(bool(text))
        # A completed act is corrected only by completing it again (the core's rule).
        self.save_button.setVisible(not self.completed)
        self.complete_button.setText(
            self.tr("Save corrected act") if self.completed else self.tr("Complete act")
        )

    def save(self) -> bool:
        """Keep the act as it is (partial is fine); True once written."""
        return self._save(complete=self.completed)

    def complete(self) -> bool:
        """Check the act is whole, record the conclusion, and move the case on."""
        return self._save(complete=True)

    def _save(self, *, complete: bool) -> bool:
        title = self.tr("Act not saved")
        self._check_cells()
        if self.cell_problems:
            self.tabs.setCurrentWidget(self.family_tab)
            QMessageBox.warning(
                self,
                title,
                self.tr("Correct the cells marked red first:") + "\n" + self.problems.text(),
            )
            return False
        try:
            result = save_act(self.ctx, self.number, self.document(), complete=complete)
        except ActValidationError as exc:
            self._show_refusal(exc.problems)
            QMessageBox.warning(self, title, "\n".join(self.describe(p) for p in exc.problems))
            return False
        except UserError as exc:
            QMessageBox.warning(self, title, exc.message(self.lang))
            return False
        self._draft_timer.stop()
        discard_draft(self.ctx, DRAFT_KIND, key=self.number)
        self._dirty = False
        self.view = act_view(self.ctx, self.number)
        self._show_status()
        self.status.setText(
            self.tr("Saved at {time}").format(time=datetime.now().strftime("%H:%M"))
        )
        if complete:
            verdict = self._verdict_text(bool(result.needs_assistance))
            text = self.tr("The act of No. {number} is complete. Conclusion: {verdict}.").format(
                number=self.number, verdict=verdict
            )
            if result.next_due_at is not None:
                text += "\n" + self.tr("Next step due by {date}.").format(
                    date=result.next_due_at.strftime("%d.%m.%Y %H:%M")
                )
            QMessageBox.information(self, self.tr("Act completed"), text)
        return True

    def describe(self, p: ActProblem) -> str:
        """A refusal as "where: why", the place named as on screen."""
        reason = p.kk if self.lang == "kk" else p.ru
        where = self._where(p.path)
        return f"{where}: {reason}" if where else reason

    def _where(self, path: str) -> str:
        m = re.fullmatch(r"family\[(\d+)\](?:\.(\w+)(?:\[(\d+)\](?:\.(\w+))?)?)?", path)
        if m:
            i = int(m.group(1))
            row = self._doc_rows[i] + 1 if i < len(self._doc_rows) else i + 1
            field, j = m.group(2), m.group(3)
            what = _t(FAMILY_LABELS[field]) if field in FAMILY_LABELS else (field or "")
            if field == "incomes" and j is not None and i < len(self._doc_kinds):
                kinds = self._doc_kinds[i]
                if int(j) < len(kinds):
                    what = bilingual(INCOME_LABELS[kinds[int(j)]], self.lang)
            if not what:
                return self.tr("Family, row {row}").format(row=row)
            return self.tr("Family, row {row}: {field}").format(row=row, field=what)
        head, _, rest = path.partition(".")
        head = re.sub(r"\[\d+\]$", "", head)
        if head == "$":
            return ""
        label = _t(FIELD_LABELS[head]) if head in FIELD_LABELS else head
        sub = {"dwelling": DWELLING_LABELS, "plot": PLOT_LABELS, "conclusion": CONCLUSION_LABELS}
        if rest and head in sub:
            inner = sub[head].get(rest)
            return f"{label}: {_t(inner) if inner else rest}"
        return label

    def _widget_for(self, path: str) -> QWidget | None:
        fields: dict[str, QWidget] = {
            "visit_date": self.visit_date,
            "place": self.place,
            "members_present": self.members,
            "applicant_address": self.address,
            "dwelling.area": self.area,
            "dwelling.rooms": self.rooms,
            "plot.land_area": self.land_area,
            "conclusion.reasons": self.reasons,
            "conclusion.needs_assistance": self.override,
        }
        return fields.get(re.sub(r"\[\d+\]$", "", path))

    def _show_refusal(self, problems: tuple[ActProblem, ...]) -> None:
        """Mark the cells and fields a refused save names."""
        self._clear_marks()
        family_lines: list[str] = []
        self.family.blockSignals(True)
        try:
            for p in problems:
                m = re.fullmatch(r"family\[(\d+)\]\.(\w+)(?:\[(\d+)\])?.*", p.path)
                if m and int(m.group(1)) < len(self._doc_rows):
                    i, field = int(m.group(1)), m.group(2)
                    r = self._doc_rows[i]
                    col = TEXT_COLUMNS.index(field) if field in TEXT_COLUMNS else COL_TOTAL
                    if field == "incomes" and m.group(3) is not None:
                        kinds = self._doc_kinds[i]
                        j = int(m.group(3))
                        col = INCOME_COLUMN.get(kinds[j], COL_TOTAL) if j < len(kinds) else col
                    self._mark(self._item(r, col), self.describe(p), None)
                    family_lines.append(self.describe(p))
                    continue
                if p.path == "family":
                    family_lines.append(self.describe(p))
                    continue
                widget = self._widget_for(p.path)
                if widget is not None and widget not in self._marked:
                    widget.setStyleSheet(MARK_STYLE)
                    widget.setToolTip(self.describe(p))
                    self._marked.append(widget)
        finally:
            self.family.blockSignals(False)
        if family_lines:
            self.problems.setText("\n".join(family_lines))
            self.problems.show()
        first = problems[0].path if problems else ""
        if first.startswith("family"):
            self.tabs.setCurrentWidget(self.family_tab)
        elif first.startswith(("dwelling", "plot", "vehicles", "other_")):
            self.tabs.setCurrentWidget(self.home_tab)
        elif first.startswith(("conclusion", "remarks")):
            self.tabs.setCurrentWidget(self.conclusion_tab)
        elif first:
            self.tabs.setCurrentWidget(self.visit_tab)

    def _clear_marks(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
            widget.setToolTip("")
        self._marked = []

    # --- printing ------------------------------------------------------------------------

    def _saved_for_output(self) -> bool:
        """Printing shows what is stored: offer to save unsaved changes first."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr(
                "The act has changes that are not saved. Save them first? Otherwise the "
                "last saved version is used."
            ),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            return self.save()
        return answer == QMessageBox.StandardButton.No

    def _file_stem(self) -> str:
        return "act-" + self.number.replace("/", "-")

    def write_pdf(self) -> Path:
        """Render the stored act into the office's documents folder; its path."""
        from forms.act import render_act_pdf

        data = act_data(self.ctx, self.number)
        folder = self.ctx.paths.documents
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / f"{self._file_stem()}.pdf"
        try:
            return render_act_pdf(data, out)
        except PermissionError:
            # A PDF viewer on Windows locks the file it shows: write a time-stamped copy.
            stamped = out.with_stem(f"{out.stem}-{datetime.now():%H%M%S}")
            return render_act_pdf(data, stamped)

    def print_act(self) -> None:
        if not self._saved_for_output():
            return
        try:
            pdf = self.write_pdf()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Inspection act"), exc.message(self.lang))
            return
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Inspection act"),
                self.tr("The document could not be written: {error}").format(
                    error=exc.strerror or str(exc)
                ),
            )
            return
        self.last_pdf = pdf
        offer_document(self, pdf, self.tr("Inspection act No. {number}").format(number=self.number))

    def save_docx(self) -> None:
        if not self._saved_for_output():
            return
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the act as DOCX"),
            str(Path.home() / f"{self._file_stem()}.docx"),
            self.tr("Word documents (*.docx)"),
        )
        if not target:
            return
        out = Path(target)
        if out.suffix.lower() != ".docx":
            out = out.with_name(out.name + ".docx")
        try:
            from forms.act import render_act_docx

            render_act_docx(act_data(self.ctx, self.number), out)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Inspection act"), exc.message(self.lang))
            return
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Inspection act"),
                self.tr("The document could not be written: {error}").format(
                    error=exc.strerror or str(exc)
                ),
            )
            return
        self.last_docx = out
        self.status.setText(self.tr("Saved to {path}").format(path=str(out)))
