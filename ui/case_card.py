"""The case card: one application, everything the office knows about it, and a reprint.

It shows `app.cases.case_card` and reprints through `app.cases.write_talon_pdf`. For a
means-tested service it also sends the case to the district commission (`app.commission.refer`)
and opens the inspection act editor.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import audit
from app.cases import CaseCardData, StepLine, case_card, write_talon_pdf
from app.context import AppContext
from app.errors import UserError
from app.issuing import CERTIFICATE_SERVICE, case_result
from ui.i18n import ui_language
from ui.issue_dialog import ResultPanel
from ui.labels import status_label
from ui.printing import offer_document

OVERDUE = QColor("#b00020")
DONE = QColor("#2e7d32")

# Audit actions as the timeline names them; unknown ones are shown by their code.
ACTION_LABELS: dict[str, str] = {
    "register": QT_TRANSLATE_NOOP("CaseAction", "Registered"),
    "refuse-to-accept": QT_TRANSLATE_NOOP("CaseAction", "Refused to accept (receipt)"),
    "resolution": QT_TRANSLATE_NOOP("CaseAction", "Akim's resolution"),
    "to-commission": QT_TRANSLATE_NOOP("CaseAction", "Sent to the commission"),
    "act": QT_TRANSLATE_NOOP("CaseAction", "Inspection act"),
    "conclusion": QT_TRANSLATE_NOOP("CaseAction", "Commission's conclusion"),
    "packet": QT_TRANSLATE_NOOP("CaseAction", "Put in an outgoing packet"),
    "sent": QT_TRANSLATE_NOOP("CaseAction", "Sent to the department"),
    "decision": QT_TRANSLATE_NOOP("CaseAction", "Decision recorded"),
    "issue": QT_TRANSLATE_NOOP("CaseAction", "Result issued"),
    "status": QT_TRANSLATE_NOOP("CaseAction", "Status changed"),
    "update": QT_TRANSLATE_NOOP("CaseAction", "Changed"),
}


def action_label(code: str) -> str:
    source = ACTION_LABELS.get(code)
    return QCoreApplication.translate("CaseAction", source) if source else code


# Fields of the audit events' before/after, as the History tab names them.
FIELD_LABELS: dict[str, str] = {
    "status": QT_TRANSLATE_NOOP("CaseField", "Status"),
    "number": QT_TRANSLATE_NOOP("CaseField", "Number"),
    "service": QT_TRANSLATE_NOOP("CaseField", "Service"),
    "due_at": QT_TRANSLATE_NOOP("CaseField", "Result due"),
    "next_due_at": QT_TRANSLATE_NOOP("CaseField", "Next due"),
    "documents": QT_TRANSLATE_NOOP("CaseField", "Documents brought"),
    "missing": QT_TRANSLATE_NOOP("CaseField", "Documents missing"),
    "packet": QT_TRANSLATE_NOOP("CaseField", "Outgoing packet"),
    "decision": QT_TRANSLATE_NOOP("CaseField", "Commission decision"),
    "step": QT_TRANSLATE_NOOP("CaseField", "Step"),
    "conclusion.needs_assistance": QT_TRANSLATE_NOOP("CaseField", "Needs assistance"),
    "conclusion.per_capita": QT_TRANSLATE_NOOP("CaseField", "Income per person"),
}
LONGEST_VALUE = 80


def _value_text(field: str, value: Any) -> str:
    if value is None or value == [] or value == "":
        return "—"
    if field == "status" and isinstance(value, str):
        return status_label(value)
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("CaseField", "yes")
        return QCoreApplication.translate("CaseField", "no")
    if isinstance(value, str):
        try:  # the trail keeps ISO date-times; the office reads 10.12.2026 10:00
            return _dt(datetime.fromisoformat(value)) if "T" in value else value
        except ValueError:
            return value
    text = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return text if len(text) <= LONGEST_VALUE else text[: LONGEST_VALUE - 1] + "…"


def change_line(change: audit.Change) -> str:
    """One changed field as "Status: Registered → At the commission" (a new field: no arrow)."""
    source = FIELD_LABELS.get(change.field)
    name = QCoreApplication.translate("CaseField", source) if source else change.field
    after = _value_text(change.field, change.after)
    if change.before is None:
        return f"{name}: {after}"
    return f"{name}: {_value_text(change.field, change.before)} → {after}"


def _dt(value: datetime | None) -> str:
    return value.strftime("%d.%m.%Y %H:%M") if value else "—"


def _d(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "—"


def _cell(text: str, color: QColor | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(text)
    if color is not None:
        item.setForeground(QBrush(color))
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for i in range(1, len(headers)):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
    return table


class CaseCard(QDialog):
    """All about one application: applicant, steps with due dates, documents, history."""

    caseChanged = Signal()  # the case moved on (issued, certificate): the register re-reads

    def __init__(
        self,
        ctx: AppContext,
        application_id: int,
        parent: QWidget | None = None,
        *,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.application_id = application_id
        self.lang = ui_language()
        self.now = now or datetime.now()
        self.act_editor: QDialog | None = None  # while the inspection act is open
        self.setObjectName("CaseCard")
        self.data: CaseCardData = case_card(ctx, application_id)
        try:
            self.means_tested = ctx.catalogue.get(self.data.service_code).means_tested
        except KeyError:  # a service a newer catalogue dropped
            self.means_tested = False
        self._build()
        self.resize(860, 640)

    def _text(self, kk: str, ru: str) -> str:
        return kk if self.lang == "kk" else ru

    def _build(self) -> None:
        d = self.data
        self.setWindowTitle(self.tr("Application No. {number}").format(number=d.number))
        title = QLabel(
            self.tr("Application No. {number} of {date}").format(
                number=d.number, date=_dt(d.registered_at)
            )
        )
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)

        a = d.applicant
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(label: str, value: str, name: str, color: QColor | None = None) -> QLabel:
            w = QLabel(value or "—", objectName=name)
            w.setWordWrap(True)
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if color is not None:
                w.setStyleSheet(f"color: {color.name()}; font-weight: bold;")
            form.addRow(label, w)
            return w

        row(self.tr("Service"), self._text(d.service.kk, d.service.ru), "service")
        self.status_value = row(self.tr("Status"), status_label(d.status), "status")
        overdue = d.overdue(self.now)
        due = _dt(d.due_at)
        if overdue:
            due = self.tr("{date} (overdue)").format(date=due)
        row(self.tr("Result due"), due, "due", OVERDUE if overdue else None)
        if self.means_tested:
            self.commission_value = row(self.tr("Commission step"), "", "commissionStep")
            self._show_commission_step()
        row(self.tr("Applicant"), a.full_name, "applicant")
        row(self.tr("IIN"), a.iin, "iin")
        row(self.tr("Birth date"), _d(a.birth_date), "birthDate")
        row(self.tr("Address"), a.address or "", "address")
        row(self.tr("Phone"), a.phone or "", "phone")
        if d.representative:
            row(self.tr("Representative"), d.representative, "representative")
        row(self.tr("Accepted by"), d.acceptor or "", "acceptor")
        if d.notes:
            row(self.tr("Notes"), d.notes, "notes")

        tabs = QTabWidget(objectName="tabs")
        self.steps = self._steps_table()
        self.documents = self._documents_table()
        self.timeline = self._timeline_table()
        tabs.addTab(self.steps, self.tr("Steps and deadlines"))
        tabs.addTab(self.documents, self.tr("Documents"))
        tabs.addTab(self.timeline, self.tr("History"))
        # The district's decision and the handing over, once there is one of them.
        self.result_panel = ResultPanel(case_result(self.ctx, self.application_id), lang=self.lang)
        self.result_tab = tabs.addTab(self.result_panel, self.tr("Decision and issue"))
        self.tabs = tabs

        refused = d.status == "refused_to_accept"
        self.reprint_button = QPushButton(
            self.tr("Reprint refusal receipt") if refused else self.tr("Reprint talon"),
            objectName="reprint",
        )
        self.reprint_button.setAutoDefault(False)
        self.reprint_button.clicked.connect(self.reprint)
        self.refer_button = QPushButton(self.tr("Send to commission"), objectName="refer")
        self.refer_button.setToolTip(
            self.tr("Refer the case to the district commission for the inspection act")
        )
        self.refer_button.clicked.connect(self.send_to_commission)
        self.act_button = QPushButton(self.tr("Inspection act…"), objectName="act")
        self.act_button.clicked.connect(self.open_act)
        close = QPushButton(self.tr("Close"), objectName="close")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint_button)
        self.issue_button = QPushButton(self.tr("Issue result…"), objectName="issueResult")
        self.issue_button.clicked.connect(self.issue_result)
        self.certificate_button = QPushButton(self.tr("Certificate…"), objectName="certificate")
        self.certificate_button.clicked.connect(self.issue_certificate)
        for b in (self.refer_button, self.act_button, self.issue_button, self.certificate_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        self._show_commission_buttons()
        self._show_result()
        buttons.addStretch(1)
        buttons.addWidget(close)

        root = QVBoxLayout(self)
        root.addWidget(title)
        root.addLayout(form)
        root.addWidget(tabs, 1)
        root.addLayout(buttons)

    def _steps_table(self) -> QTableWidget:
        table = _table([self.tr("Step"), self.tr("Due"), self.tr("Done")])
        table.setObjectName("steps")
        self._fill_steps(table)
        return table

    def _fill_steps(self, table: QTableWidget) -> None:
        table.setRowCount(0)
        for st in self.data.steps:
            r = table.rowCount()
            table.insertRow(r)
            late = st.overdue(self.now)
            color = OVERDUE if late else (DONE if st.done else None)
            name = self._text(st.name_kk, st.name_ru)
            if st.excluded_from_term:
                name += " " + self.tr("(not counted in the term)")
            table.setItem(r, 0, _cell(name, color))
            due = _dt(st.due_at)
            if late:
                due = self.tr("{date} (overdue)").format(date=due)
            table.setItem(r, 1, _cell(due, OVERDUE if late else None))
            table.setItem(r, 2, _cell(_dt(st.done_at) if st.done else "", color))
        table.resizeRowsToContents()

    def _documents_table(self) -> QTableWidget:
        table = _table([self.tr("Document"), self.tr("Required"), self.tr("Brought")])
        table.setObjectName("documents")
        yes, no = self.tr("yes"), self.tr("no")
        for doc in self.data.documents:
            r = table.rowCount()
            table.insertRow(r)
            lacking = doc.required and not doc.provided
            color = OVERDUE if lacking else None
            table.setItem(r, 0, _cell(self._text(doc.name_kk, doc.name_ru), color))
            table.setItem(r, 1, _cell(yes if doc.required else no))
            table.setItem(r, 2, _cell(yes if doc.provided else no, color))
        table.resizeRowsToContents()
        return table

    def _timeline_table(self) -> QTableWidget:
        table = _table([self.tr("What"), self.tr("When"), self.tr("Who"), self.tr("Change")])
        table.setObjectName("timeline")
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._fill_timeline(table)
        return table

    def _fill_timeline(self, table: QTableWidget) -> None:
        """The case's audit events: what, when, who, and each field's before → after."""
        table.setRowCount(0)
        with self.ctx.session() as s:
            events = audit.history(s, entity="application", entity_id=self.data.uuid)
        for ev in events:
            r = table.rowCount()
            table.insertRow(r)
            table.setItem(r, 0, _cell(action_label(ev.action)))
            table.setItem(r, 1, _cell(_dt(ev.at)))
            table.setItem(r, 2, _cell(ev.staff_name or "—"))
            table.setItem(r, 3, _cell("\n".join(change_line(c) for c in ev.changes)))
        table.resizeRowsToContents()

    # --- the commission --------------------------------------------------------------------

    def _commission_step(self) -> StepLine | None:
        return next((st for st in self.data.steps if st.actor == "commission"), None)

    def _show_commission_step(self) -> None:
        """The commission's step in one line: not yet referred, due (overdue), or done."""
        step = self._commission_step()
        label = self.commission_value
        color: QColor | None = None
        if self.data.status == "registered" or step is None:
            text = self.tr("not referred yet")
        elif step.done:
            text = self.tr("act done {date}").format(date=_dt(step.done_at))
            color = DONE
        elif step.overdue(self.now):
            text = self.tr("act due {date} (overdue)").format(date=_dt(step.due_at))
            color = OVERDUE
        else:
            text = self.tr("act due {date}").format(date=_dt(step.due_at))
        label.setText(text)
        label.setStyleSheet(f"color: {color.name()}; font-weight: bold;" if color else "")

    def _show_commission_buttons(self) -> None:
        status = self.data.status
        self.refer_button.setVisible(self.means_tested and status == "registered")
        self.act_button.setVisible(self.means_tested and status in ("at_commission", "act_done"))

    def reload(self) -> None:
        """Re-read the case after the commission changed it."""
        self.data = case_card(self.ctx, self.application_id)
        self.now = datetime.now()
        self.status_value.setText(status_label(self.data.status))
        if self.means_tested:
            self._show_commission_step()
        self._fill_steps(self.steps)
        self._fill_timeline(self.timeline)
        self._show_commission_buttons()
        self.result_panel.show_result(case_result(self.ctx, self.application_id))
        self._show_result()

    # --- the way back: issuing the result, the same-day certificate --------------------------

    def _show_result(self) -> None:
        status = self.data.status
        r = self.result_panel.result
        self.tabs.setTabVisible(self.result_tab, r.decision is not None or r.issued)
        certificate = self.data.service_code == CERTIFICATE_SERVICE
        self.certificate_button.setVisible(certificate and status == "registered")
        # Shown from the moment the case is with the district; usable once its decision is in.
        self.issue_button.setVisible(
            not certificate and status in ("sent", "decided", "ready_for_issue")
        )
        self.issue_button.setEnabled(status == "ready_for_issue")
        self.issue_button.setToolTip(
            ""
            if status == "ready_for_issue"
            else self.tr("The district's decision has not arrived yet.")
        )

    def issue_result(self) -> None:
        from ui.issue_dialog import issue_from

        if issue_from(self.ctx, self.data.uuid, self) is not None:
            self.reload()
            self.caseChanged.emit()

    def issue_certificate(self) -> None:
        from ui.certificate_dialog import certificate_from

        if certificate_from(self.ctx, self.data.uuid, self) is not None:
            self.reload()
            self.caseChanged.emit()

    def send_to_commission(self) -> None:
        """Refer the case to the commission in force and say when the act is due."""
        from app.commission import refer

        try:
            result = refer(self.ctx, self.data.number)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not sent to the commission"), exc.message(self.lang))
            return
        self.reload()
        due = _dt(result.due_at)
        QMessageBox.information(
            self,
            self.tr("Sent to the commission"),
            self.tr(
                "Application No. {number} is at the district commission. The inspection act "
                "is due by {date}."
            ).format(number=result.number, date=due),
        )

    def open_act(self) -> None:
        from ui.act_editor import ActEditor

        try:
            editor = ActEditor(self.ctx, self.data.number, self)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Inspection act"), exc.message(self.lang))
            return
        self.act_editor = editor
        editor.exec()
        self.act_editor = None
        editor.deleteLater()
        self.reload()

    def reprint(self) -> None:
        """Render the talon (or refusal receipt) again and offer to print or save it."""
        try:
            pdf = write_talon_pdf(self.ctx, self.application_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Talon"), exc.message(self.lang))
            return
        except OSError as exc:
            # Most often the previous copy is still open in a PDF viewer that locks it.
            QMessageBox.warning(
                self,
                self.tr("Talon"),
                self.tr("The document could not be written: {error}").format(
                    error=exc.strerror or str(exc)
                ),
            )
            return
        if self.data.status == "refused_to_accept":
            title = self.tr("Refusal receipt No. {number}").format(number=self.data.number)
        else:
            title = self.tr("Talon No. {number}").format(number=self.data.number)
        offer_document(self, pdf, title)
