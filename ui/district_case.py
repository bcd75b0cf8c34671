"""The district's view of one case: everything the akim's office sent, and the decision.

What it shows is `app.district.case_record` — the case exactly as it came in the bundle:
the applicant, the documents brought, the route with its deadlines, the commission's
inspection act with the family's incomes, the dwelling and the livestock, and the
conclusion (income per person against the threshold) — and `case_files`, every document
that came with it, to open or to preview. "Record decision…" opens the decision dialog.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.commission import INCOME_LABELS, OUTCOME_LABELS, ROLE_LABELS, THRESHOLD_LABELS
from app.context import AppContext
from app.district import case_files, case_record, decision_data, find_case
from app.errors import UserError
from forms.data import Bilingual, DecisionData
from ui.case_card import action_label
from ui.formatting import format_date, format_datetime, format_money
from ui.i18n import ui_language
from ui.labels import status_label
from ui.printing import preview

OVERDUE = QColor("#b00020")
DONE = QColor("#2e7d32")
MUTED = "color: #555555;"
PATH_ROLE = Qt.ItemDataRole.UserRole

FILE_ROLES: dict[str, str] = {
    "talon": QT_TRANSLATE_NOOP("DistrictCase", "Talon"),
    "act": QT_TRANSLATE_NOOP("DistrictCase", "Inspection act"),
    "scan": QT_TRANSLATE_NOOP("DistrictCase", "Scanned document"),
    "decision": QT_TRANSLATE_NOOP("DistrictCase", "Decision"),
}
ACTORS: dict[str, str] = {
    "akimat": QT_TRANSLATE_NOOP("DistrictCase", "Akim's office"),
    "commission": QT_TRANSLATE_NOOP("DistrictCase", "Commission"),
    "department": QT_TRANSLATE_NOOP("DistrictCase", "District department"),
    "state_corporation": QT_TRANSLATE_NOOP("DistrictCase", "State Corporation"),
}
LIVESTOCK: dict[str, str] = {
    "cattle": QT_TRANSLATE_NOOP("DistrictCase", "cattle"),
    "horses": QT_TRANSLATE_NOOP("DistrictCase", "horses"),
    "sheep_goats": QT_TRANSLATE_NOOP("DistrictCase", "sheep and goats"),
    "camels": QT_TRANSLATE_NOOP("DistrictCase", "camels"),
    "poultry": QT_TRANSLATE_NOOP("DistrictCase", "poultry"),
}


def _tr(table: dict[str, str], code: str | None) -> str:
    source = table.get(code or "")
    return QCoreApplication.translate("DistrictCase", source) if source else (code or "—")


def _dt(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value.replace(tzinfo=None) if value.tzinfo else value


def _d(text: str | None) -> date | None:
    value = _dt(text)
    return value.date() if value else None


def _money(text: Any, lang: str) -> str:
    if text in (None, ""):
        return "—"
    try:
        return format_money(Decimal(str(text)), lang)
    except InvalidOperation:
        return str(text)


def _text(value: Any) -> str:
    return "—" if value in (None, "") else str(value)


def _cell(text: str, tooltip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(tooltip or text)
    return item


def _table(headers: list[str], name: str, stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    for i in range(len(headers)):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fit_height(table: QTableWidget, max_rows: int = 12) -> None:
    """A short table as tall as its rows, so a page of several tables reads without scrolling
    inside each one."""
    rows = min(table.rowCount(), max_rows)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += (
        sum(table.rowHeight(r) for r in range(rows)) or table.verticalHeader().defaultSectionSize()
    )
    table.setMinimumHeight(height)
    table.setMaximumHeight(height if table.rowCount() <= max_rows else 16777215)


def _value(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    form.setHorizontalSpacing(14)
    return form


class DistrictCaseView(QDialog):
    """One case as the office sent it, with its documents and the decision button."""

    def __init__(
        self,
        ctx: AppContext,
        number: str,
        office_code: str,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number = number
        self.office_code = office_code
        self.lang = lang or ui_language()
        self.setObjectName("DistrictCaseView")
        self.record: dict[str, Any] = case_record(ctx, number, office_code)
        self.files = case_files(ctx, number, office_code)
        self.decision: DecisionData | None = None
        self._load_state()

        a = self.record["applicant"]
        self.applicant_name = " ".join(
            p for p in (a["surname"], a["name"], a.get("patronymic")) if p
        )
        self.setWindowTitle(
            self.tr("Case No. {number} — {applicant}").format(
                number=number, applicant=self.applicant_name
            )
        )
        self.header = QLabel(self, objectName="header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.tabs = QTabWidget(self, objectName="tabs")
        self.tabs.addTab(self._case_tab(), self.tr("Case"))
        self.tabs.addTab(self._act_tab(), self.tr("Inspection act and conclusion"))
        self.tabs.addTab(
            self._files_tab(), self.tr("Files ({count})").format(count=len(self.files))
        )
        self.tabs.addTab(self._history_tab(), self.tr("History"))

        self.decide_button = QPushButton(self.tr("Record &decision…"), self, objectName="decide")
        self.decide_button.clicked.connect(self.record_decision)
        self.print_button = QPushButton(
            self.tr("&Print decision…"), self, objectName="printDecision"
        )
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_decision)
        close = QPushButton(self.tr("Close"), self, objectName="close")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.decide_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self._show_state()
        self.resize(1000, 740)

    # --- the case's state at the district ------------------------------------------------------

    def _load_state(self) -> None:
        with self.ctx.session() as s:
            app = find_case(s, self.number, self.office_code)
            self.case_status = app.status
            self.office_names = Bilingual(app.office.name_kk, app.office.name_ru)
            try:
                self.decision = decision_data(s, self.ctx, app)
            except UserError:
                self.decision = None

    def decision_text(self) -> str:
        d = self.decision
        if d is None:
            return self.tr("Not decided yet")
        when = format_date(d.decided_on, self.lang)
        if d.outcome == "assigned":
            text = self.tr("Assigned: No. {number} of {date}").format(number=d.number, date=when)
            if d.amount:
                text += ", " + self.tr("{amount} per month").format(amount=d.amount)
            if d.period_from or d.period_to:
                text += f", {format_date(d.period_from, self.lang)} – {format_date(d.period_to, self.lang)}"
            return text
        text = self.tr("Refused: No. {number} of {date}").format(number=d.number, date=when)
        ground = d.refusal_ground
        reason = (ground.kk if self.lang == "kk" else ground.ru) if ground else d.refusal_text
        return f"{text} — {reason}" if reason else text

    def _show_state(self) -> None:
        service = self._service_name()
        office = self.office_names.kk if self.lang == "kk" else self.office_names.ru
        colour = "#2e7d32" if self.decision else "#8a5a00"
        self.header.setText(
            f"<span style='font-size: 15pt; font-weight: bold;'>№ {self.number} · "
            f"{self.applicant_name}</span><br>"
            f"{service}<br>"
            f"<span style='{MUTED}'>{self.office_code} {office}</span> · "
            f"<span style='color: {colour}; font-weight: bold;'>{status_label(self.case_status)}</span>"
        )
        self.decision_label.setText(self.decision_text())
        self.decision_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.status_label.setText(status_label(self.case_status))
        self.print_button.setEnabled(self.decision is not None)

    def _service_name(self) -> str:
        code = self.record["application"]["service_code"]
        try:
            name = self.ctx.catalogue.get(code).name
        except KeyError:
            return code
        return name.kk if self.lang == "kk" else name.ru

    # --- tabs -----------------------------------------------------------------------------------

    def _case_tab(self) -> QWidget:
        page = QWidget(self)
        a, app = self.record["applicant"], self.record["application"]
        form = _form()
        person = [a["iin"]]
        if a.get("birth_date"):
            person.append(
                self.tr("born {date}").format(date=format_date(_d(a["birth_date"]), self.lang))
            )
        form.addRow(self.tr("IIN:"), _value(", ".join(person)))
        form.addRow(self.tr("Address:"), _value(_text(a.get("address"))))
        form.addRow(self.tr("Phone:"), _value(_text(a.get("phone"))))
        rep = app.get("representative")
        if rep:
            form.addRow(
                self.tr("Representative:"),
                _value(", ".join(_text(rep.get(k)) for k in ("name", "iin", "power_of_attorney"))),
            )
        form.addRow(
            self.tr("Registered:"),
            _value(format_datetime(_dt(app.get("registered_at")), self.lang)),
        )
        form.addRow(
            self.tr("Result due:"), _value(format_datetime(_dt(app.get("due_at")), self.lang))
        )
        if app.get("accepted_by"):
            form.addRow(self.tr("Accepted by:"), _value(app["accepted_by"]))
        if app.get("notes"):
            form.addRow(self.tr("Notes:"), _value(app["notes"]))
        self.status_label = _value("")
        form.addRow(self.tr("Status:"), self.status_label)
        self.decision_label = _value("")
        self.decision_label.setObjectName("decision")
        form.addRow(self.tr("Decision:"), self.decision_label)

        docs_box = QGroupBox(self.tr("Documents brought"), page)
        self.checklist = _table(
            [self.tr("Document"), self.tr("Required"), self.tr("Brought"), self.tr("Sheets")],
            "checklist",
            0,
        )
        yes, no = self.tr("yes"), self.tr("no")
        for item in self.record.get("checklist") or []:
            row = self.checklist.rowCount()
            self.checklist.insertRow(row)
            name = item["name_kk"] if self.lang == "kk" else item["name_ru"]
            values = (
                name,
                yes if item.get("required") else no,
                yes if item.get("provided") else no,
                _text(item.get("sheets")),
            )
            for col, text in enumerate(values):
                cell = _cell(text)
                if col == 2 and item.get("required") and not item.get("provided"):
                    cell.setForeground(QBrush(OVERDUE))
                self.checklist.setItem(row, col, cell)
        _fit_height(self.checklist)
        QVBoxLayout(docs_box).addWidget(self.checklist)

        steps_box = QGroupBox(self.tr("Route and deadlines"), page)
        self.steps = _table(
            [self.tr("Step"), self.tr("Who"), self.tr("Started"), self.tr("Due"), self.tr("Done")],
            "steps",
            0,
        )
        now = datetime.now()
        for st in self.record.get("steps") or []:
            row = self.steps.rowCount()
            self.steps.insertRow(row)
            due, done = _dt(st.get("due_at")), _dt(st.get("done_at"))
            values = (
                st["name_kk"] if self.lang == "kk" else st["name_ru"],
                _tr(ACTORS, st.get("actor")),
                format_datetime(_dt(st.get("started_at")), self.lang),
                format_datetime(due, self.lang),
                format_datetime(done, self.lang),
            )
            late = due is not None and (done or now) > due
            for col, text in enumerate(values):
                cell = _cell(text)
                if late:
                    cell.setForeground(QBrush(OVERDUE))
                elif done is not None:
                    cell.setForeground(QBrush(DONE))
                self.steps.setItem(row, col, cell)
        _fit_height(self.steps)
        QVBoxLayout(steps_box).addWidget(self.steps)

        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(docs_box)
        layout.addWidget(steps_box)
        layout.addStretch(1)
        return page

    def _act_tab(self) -> QWidget:
        act, conclusion = self.record.get("act"), self.record.get("conclusion")
        scroll = QScrollArea(self)
        scroll.setObjectName("actPage")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The page follows the window's width; its tables elide and scroll on their own.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget(scroll)
        layout = QVBoxLayout(page)
        scroll.setWidget(page)
        if act is None:
            none = QLabel(
                self.tr(
                    "No inspection act came with this case: the service is decided without "
                    "the commission's visit."
                ),
                page,
                objectName="noAct",
            )
            none.setWordWrap(True)
            layout.addWidget(none)
            layout.addStretch(1)
            return scroll
        lang = self.lang

        def bi(b: Bilingual | None, fallback: str | None) -> str:
            if b is None:
                return _text(fallback)
            return b.kk if lang == "kk" else b.ru

        visit = _form()
        visit.addRow(self.tr("Visit date:"), _value(format_date(_d(act.get("visit_date")), lang)))
        visit.addRow(
            self.tr("Result of the visit:"),
            _value(bi(OUTCOME_LABELS.get(act.get("outcome") or ""), act.get("outcome"))),
        )
        if act.get("place"):
            visit.addRow(self.tr("Place:"), _value(act["place"]))
        if act.get("applicant_address"):
            visit.addRow(self.tr("Address at the visit:"), _value(act["applicant_address"]))
        commission = act.get("commission")
        if commission:
            visit.addRow(
                self.tr("Commission:"),
                _value(
                    self.tr("decision No. {number} of {date}").format(
                        number=commission.get("decision_number") or "—",
                        date=format_date(_d(commission.get("decision_date")), lang),
                    )
                ),
            )
            present = [
                f"{m['full_name']} ({bi(ROLE_LABELS.get(m.get('role') or ''), m.get('role'))})"
                for m in commission.get("members") or []
                if m.get("present")
            ]
            visit.addRow(self.tr("Members present:"), _value("; ".join(present) or "—"))
        layout.addLayout(visit)

        family_box = QGroupBox(self.tr("Family and incomes"), page)
        self.family = _table(
            [
                self.tr("Full name"),
                self.tr("Relation"),
                self.tr("Born"),
                self.tr("IIN"),
                self.tr("Occupation"),
                self.tr("Income per month"),
            ],
            "family",
            5,
        )
        for m in act.get("family") or []:
            row = self.family.rowCount()
            self.family.insertRow(row)
            name = " ".join(p for p in (m.get("surname"), m.get("name"), m.get("patronymic")) if p)
            incomes = "; ".join(
                f"{bi(INCOME_LABELS.get(i.get('kind') or ''), i.get('kind'))} "
                f"{_money(i.get('monthly_amount'), lang)}"
                for i in m.get("incomes") or []
            )
            values = (
                name,
                _text(m.get("relation")),
                format_date(_d(m.get("birth_date")), lang),
                _text(m.get("iin")),
                _text(m.get("occupation")),
                incomes or self.tr("no income"),
            )
            for col, text in enumerate(values):
                self.family.setItem(row, col, _cell(text))
        _fit_height(self.family)
        QVBoxLayout(family_box).addWidget(self.family)
        layout.addWidget(family_box)

        property_box = QGroupBox(self.tr("Dwelling, plot and property"), page)
        prop = _form()
        dw = act.get("dwelling") or {}
        dwelling = [
            _text(dw.get("type")),
            _text(dw.get("ownership")) if dw.get("ownership") else None,
            self.tr("rooms: {rooms}").format(rooms=dw["rooms"]) if dw.get("rooms") else None,
            self.tr("{area} m²").format(area=str(dw["area"]).replace(".", ","))
            if dw.get("area")
            else None,
        ]
        prop.addRow(self.tr("Dwelling:"), _value(", ".join(x for x in dwelling if x)))
        if dw.get("utilities"):
            prop.addRow(self.tr("Utilities:"), _value(dw["utilities"]))
        if dw.get("condition"):
            prop.addRow(self.tr("Condition:"), _value(dw["condition"]))
        if act.get("land_area"):
            prop.addRow(
                self.tr("Land plot:"),
                _value(self.tr("{area} ha").format(area=str(act["land_area"]).replace(".", ","))),
            )
        stock = act.get("livestock") or {}
        animals = [f"{_tr(LIVESTOCK, k)}: {v}" for k, v in stock.items() if v]
        prop.addRow(self.tr("Livestock:"), _value(", ".join(animals) or self.tr("none")))
        for key, label in (
            ("vehicles", self.tr("Vehicles:")),
            ("other_property", self.tr("Other property:")),
            ("other_income", self.tr("Other income:")),
            ("remarks", self.tr("Remarks:")),
        ):
            if act.get(key):
                prop.addRow(label, _value(act[key]))
        property_box.setLayout(prop)
        layout.addWidget(property_box)

        conclusion_box = QGroupBox(self.tr("The commission's conclusion"), page)
        conclusion_box.setObjectName("conclusion")
        concl = _form()
        if conclusion is None:
            concl.addRow(_value(self.tr("The act has no conclusion.")))
        else:
            needs = conclusion.get("needs_assistance")
            verdict = _value(
                self.tr("Needs assistance") if needs else self.tr("Does not need assistance")
            )
            verdict.setStyleSheet(f"font-weight: bold; color: {'#2e7d32' if needs else '#b00020'};")
            concl.addRow(self.tr("Conclusion:"), verdict)
            concl.addRow(
                self.tr("Family income:"),
                _value(
                    self.tr("{total}, family members: {members}").format(
                        total=_money(conclusion.get("total_income"), lang),
                        members=_text(conclusion.get("members_count")),
                    )
                ),
            )
            per_capita = _value(_money(conclusion.get("per_capita_income"), lang))
            per_capita.setObjectName("perCapita")
            per_capita.setStyleSheet("font-weight: bold;")
            concl.addRow(self.tr("Income per person:"), per_capita)
            kind = conclusion.get("threshold_kind")
            threshold = _value(
                f"{_money(conclusion.get('threshold_amount'), lang)} "
                f"({bi(THRESHOLD_LABELS.get(kind or ''), kind)})"
            )
            threshold.setObjectName("threshold")
            concl.addRow(self.tr("Threshold:"), threshold)
            if conclusion.get("period_from") or conclusion.get("period_to"):
                concl.addRow(
                    self.tr("Income period:"),
                    _value(
                        f"{format_date(_d(conclusion.get('period_from')), lang)} – "
                        f"{format_date(_d(conclusion.get('period_to')), lang)}"
                    ),
                )
            if conclusion.get("reasons"):
                concl.addRow(self.tr("Reasons:"), _value(conclusion["reasons"]))
        conclusion_box.setLayout(concl)
        layout.addWidget(conclusion_box)
        layout.addStretch(1)
        return scroll

    def _files_tab(self) -> QWidget:
        page = QWidget(self)
        titles = {
            f["path"]: (f.get("title_kk") if self.lang == "kk" else f.get("title_ru"))
            for f in self.record.get("files") or []
        }
        self.files_table = _table(
            [self.tr("Document"), self.tr("Kind"), self.tr("File"), self.tr("Size")],
            "files",
            0,
        )
        for role, name, path in self.files:
            row = self.files_table.rowCount()
            self.files_table.insertRow(row)
            try:
                size = self.tr("{size} KB").format(size=max(1, round(path.stat().st_size / 1024)))
            except OSError:
                size = self.tr("missing")
            values = (titles.get(name) or Path(name).name, _tr(FILE_ROLES, role), name, size)
            for col, text in enumerate(values):
                cell = _cell(text)
                cell.setData(PATH_ROLE, str(path))
                self.files_table.setItem(row, col, cell)
        self.files_table.itemSelectionChanged.connect(self._file_selected)
        self.files_table.doubleClicked.connect(lambda _index: self.open_file())
        self.open_button = QPushButton(self.tr("&Open"), page, objectName="openFile")
        self.open_button.clicked.connect(self.open_file)
        self.preview_button = QPushButton(self.tr("Pre&view…"), page, objectName="previewFile")
        self.preview_button.clicked.connect(self.preview_file)
        for button in (self.open_button, self.preview_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.files_table, 1)
        layout.addLayout(buttons)
        if self.files:
            self.files_table.selectRow(0)
        return page

    def _history_tab(self) -> QWidget:
        page = QWidget(self)
        table = _table([self.tr("When"), self.tr("What"), self.tr("Who")], "history", 1)
        for ev in self.record.get("events") or []:
            row = table.rowCount()
            table.insertRow(row)
            values = (
                format_datetime(_dt(ev.get("at")), self.lang),
                action_label(ev.get("action") or ""),
                _text(ev.get("by")),
            )
            for col, text in enumerate(values):
                table.setItem(row, col, _cell(text))
        QVBoxLayout(page).addWidget(table)
        return page

    # --- files ----------------------------------------------------------------------------------

    def selected_file(self) -> Path | None:
        rows = self.files_table.selectionModel().selectedRows()
        if not rows:
            return None
        return Path(self.files_table.item(rows[0].row(), 0).data(PATH_ROLE))

    def _file_selected(self) -> None:
        path = self.selected_file()
        self.open_button.setEnabled(path is not None)
        self.preview_button.setEnabled(path is not None and path.suffix.lower() == ".pdf")

    def open_file(self) -> None:
        """The document in the program the system opens it with (a scan in its viewer)."""
        path = self.selected_file()
        if path is None:
            return
        if not path.is_file() or not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The file could not be opened: {path}").format(path=str(path)),
            )

    def preview_file(self) -> None:
        path = self.selected_file()
        if path is not None and path.suffix.lower() == ".pdf":
            preview(self, path, self.files_table.item(self.files_table.currentRow(), 0).text())

    # --- the decision -----------------------------------------------------------------------

    def record_decision(self) -> None:
        from ui.decision_dialog import DecisionDialog

        dialog = DecisionDialog(self.ctx, self.number, self.office_code, self, lang=self.lang)
        dialog.exec()
        dialog.deleteLater()
        self._load_state()
        self._show_state()

    def print_decision(self) -> None:
        from ui.decision_dialog import write_decision_pdf
        from ui.printing import offer_document

        try:
            path = write_decision_pdf(self.ctx, self.number, self.office_code)
        except (UserError, OSError) as exc:
            text = exc.message(self.lang) if isinstance(exc, UserError) else str(exc)
            QMessageBox.warning(self, self.windowTitle(), text)
            return
        offer_document(
            self, path, self.tr("Decision on case No. {number}").format(number=self.number)
        )
