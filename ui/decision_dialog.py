"""The district's decision on one case: a notice of assignment or a reasoned refusal.

Every rule is `app.district.record_decision`'s (a refusal needs a ground from the service's
list or in words, the date lies between the application and today, the amount is tenge…);
its refusal is shown under the fields and the field it is about gets the focus. Until the
decision goes back to the office in a return bundle it can be corrected: the dialog opens
with the recorded decision filled in. What was typed and not saved is kept as a draft
(`app.drafts`, kind "decision", one per case) and comes back when the dialog is opened again.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.district import DecisionInput, decision_data, decision_pdf, find_case, record_decision
from app.drafts import discard_draft, get_draft, save_draft
from app.errors import UserError
from forms.data import DecisionData
from ui.formatting import DATE_FORMAT
from ui.i18n import ui_language
from ui.printing import offer_document

DRAFT_KIND = "decision"
ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #2e7d32; font-weight: bold;"
FIELD_ERROR_STYLE = "border: 1px solid #b00020;"


def draft_key(office_code: str, number: str) -> str:
    return f"{office_code}:{number}"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _iso(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def write_decision_pdf(ctx: AppContext, number: str, office_code: str) -> Path:
    """The decision's PDF in the documents folder (raises UserError, OSError)."""
    folder = ctx.paths.documents
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"decision-{office_code}-{number.replace('/', '-')}.pdf"
    try:
        return decision_pdf(ctx, number, out, office_code=office_code)
    except PermissionError:
        # On Windows the PDF viewer locks the copy it shows: write another one.
        out = out.with_stem(f"{out.stem}-{datetime.now():%H%M%S}")
        return decision_pdf(ctx, number, out, office_code=office_code)


class DecisionDialog(QDialog):
    """Record (or correct) the decision on one case; print it once recorded."""

    decided = Signal(dict)  # what record_decision returned

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
        self.saved: dict[str, Any] | None = None
        self.printed: Path | None = None
        self._dirty = False
        self._loading = True
        self.setObjectName("DecisionDialog")
        self.setWindowTitle(self.tr("Decision on case No. {number}").format(number=number))

        with ctx.session() as s:
            app = find_case(s, number, office_code)
            self.service_code = app.service_code
            self.applicant = app.applicant.full_name
            self.registered_on = app.registered_at.date()
            try:
                existing: DecisionData | None = decision_data(s, ctx, app)
            except UserError:
                existing = None
        try:
            service = ctx.catalogue.get(self.service_code)
        except KeyError:  # a service dropped from a later catalogue: no listed grounds
            service = None
        self.grounds = list(service.refusal_grounds) if service else []
        self.service_name = (
            (service.name.kk if self.lang == "kk" else service.name.ru)
            if service
            else self.service_code
        )
        self._build()
        self.hint = QLabel(self, objectName="hint")
        self.hint.setWordWrap(True)
        self.layout().insertWidget(1, self.hint)
        self.hint.hide()
        if not self._restore_draft() and existing is not None:
            self._fill_from(existing)
        self._loading = False
        self._dirty = False
        self.print_button.setEnabled(existing is not None)
        self._show_outcome()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        about = QLabel(
            self.tr("{applicant} — {service}, case No. {number} of office {office}").format(
                applicant=self.applicant,
                service=self.service_name,
                number=self.number,
                office=self.office_code,
            ),
            self,
        )
        about.setWordWrap(True)
        about.setStyleSheet("font-weight: bold;")

        self.assigned = QRadioButton(self.tr("&Assigned (notice of assignment)"), self)
        self.assigned.setObjectName("assigned")
        self.refused = QRadioButton(self.tr("&Refused (reasoned refusal)"), self)
        self.refused.setObjectName("refused")
        self.outcome_group = QButtonGroup(self)
        self.outcome_group.addButton(self.assigned)
        self.outcome_group.addButton(self.refused)
        self.assigned.setChecked(True)
        # One under the other: side by side they do not fit in Kazakh.
        outcome_row = QVBoxLayout()
        outcome_row.addWidget(self.assigned)
        outcome_row.addWidget(self.refused)

        self.decision_number = QLineEdit(self, objectName="number")
        self.decision_number.setMaxLength(60)
        self.decided_on = QDateEdit(_qdate(date.today()), self, objectName="decidedOn")
        self.decided_on.setCalendarPopup(True)
        self.decided_on.setDisplayFormat(DATE_FORMAT)
        self.signer = QLineEdit(self, objectName="signer")
        self.signer.setPlaceholderText(self.tr("Position, surname and initials"))
        form = QFormLayout()
        form.addRow(self.tr("Decision:"), outcome_row)
        form.addRow(self.tr("Decision &No.:"), self.decision_number)
        form.addRow(self.tr("&Date:"), self.decided_on)
        form.addRow(self.tr("&Signed by:"), self.signer)

        # Refused: the service's listed ground and/or the reasoning in words.
        self.refusal_box = QGroupBox(self.tr("Ground for refusal"), self, objectName="refusalBox")
        self.ground = QComboBox(self.refusal_box, objectName="ground")
        self.ground.addItem(self.tr("— not from the list —"), None)
        for g in self.grounds:
            shown, other = (g.name.kk, g.name.ru) if self.lang == "kk" else (g.name.ru, g.name.kk)
            self.ground.addItem(shown, g.code)
            self.ground.setItemData(self.ground.count() - 1, other, Qt.ItemDataRole.ToolTipRole)
        self.ground.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ground.setMinimumContentsLength(30)
        self.ground_text = QPlainTextEdit(self.refusal_box, objectName="groundText")
        self.ground_text.setTabChangesFocus(True)
        self.ground_text.setFixedHeight(self.ground_text.fontMetrics().lineSpacing() * 4 + 12)
        self.ground_text.setPlaceholderText(
            self.tr("The reasoning in words (required when no ground is chosen from the list)")
        )
        refusal_form = QFormLayout(self.refusal_box)
        refusal_form.addRow(self.tr("From the &list:"), self.ground)
        refusal_form.addRow(self.tr("In &words:"), self.ground_text)

        # Assigned: the amount per month and the period.
        self.assignment_box = QGroupBox(self.tr("Assignment"), self, objectName="assignmentBox")
        self.amount = QLineEdit(self.assignment_box, objectName="amount")
        self.amount.setPlaceholderText(self.tr("e.g. 45 000 or 45 000,50"))
        self.period = QCheckBox(self.tr("For the &period"), self.assignment_box)
        self.period.setObjectName("period")
        today = _qdate(date.today())
        self.period_from = QDateEdit(today, self.assignment_box, objectName="periodFrom")
        self.period_to = QDateEdit(today.addMonths(3).addDays(-1), self.assignment_box)
        self.period_to.setObjectName("periodTo")
        for edit in (self.period_from, self.period_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setEnabled(False)
            self.period.toggled.connect(edit.setEnabled)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period)
        period_row.addWidget(self.period_from)
        period_row.addWidget(QLabel("–", self.assignment_box))
        period_row.addWidget(self.period_to)
        period_row.addStretch(1)
        assignment_form = QFormLayout(self.assignment_box)
        assignment_form.addRow(self.tr("A&mount per month, ₸:"), self.amount)
        assignment_form.addRow(period_row)

        self.pdf: Path | None = None
        self.pdf_label = QLabel(self.tr("No signed PDF attached"), self, objectName="pdfLabel")
        self.pdf_label.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("Attach signed &PDF…"), self, objectName="attach")
        self.attach_button.clicked.connect(self.choose_pdf)
        self.detach_button = QPushButton(self.tr("Remove"), self, objectName="detach")
        self.detach_button.clicked.connect(lambda: self.set_pdf(None))
        self.detach_button.setEnabled(False)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf_label, 1)
        pdf_row.addWidget(self.attach_button)
        pdf_row.addWidget(self.detach_button)

        self.error = QLabel(self, objectName="error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.status = QLabel(self, objectName="status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(OK_STYLE)

        self.save_button = QPushButton(self.tr("&Save decision"), self, objectName="save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("&Print…"), self, objectName="print")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_decision)
        self.close_button = QPushButton(self.tr("Close"), self, objectName="close")
        self.close_button.setAutoDefault(False)
        self.close_button.setToolTip(self.tr("Close; what you typed and did not save is kept"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.refusal_box)
        layout.addWidget(self.assignment_box)
        layout.addLayout(pdf_row)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)

        self.assigned.toggled.connect(self._show_outcome)
        for signal in (
            self.assigned.toggled,
            self.decision_number.textChanged,
            self.decided_on.dateChanged,
            self.signer.textChanged,
            self.ground.currentIndexChanged,
            self.ground_text.textChanged,
            self.amount.textChanged,
            self.period.toggled,
            self.period_from.dateChanged,
            self.period_to.dateChanged,
        ):
            signal.connect(self._changed)

    def _show_outcome(self) -> None:
        refused = self.refused.isChecked()
        self.refusal_box.setVisible(refused)
        self.assignment_box.setVisible(not refused)
        self.adjustSize()

    def _changed(self, *_args: Any) -> None:
        if not self._loading:
            self._dirty = True
            self.status.clear()

    # --- the signed PDF ----------------------------------------------------------------------

    def choose_pdf(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach the signed decision"),
            str(self.pdf.parent if self.pdf else Path.home()),
            self.tr("PDF documents (*.pdf)"),
        )
        if name:
            self.set_pdf(Path(name))

    def set_pdf(self, path: Path | None) -> None:
        self.pdf = path
        self.pdf_label.setText(
            self.tr("Signed PDF: {name}").format(name=path.name)
            if path
            else self.tr("No signed PDF attached")
        )
        self.pdf_label.setToolTip(str(path) if path else "")
        self.detach_button.setEnabled(path is not None)
        self._changed()

    # --- saving ------------------------------------------------------------------------------

    def decision_input(self) -> DecisionInput:
        """The fields as `record_decision` takes them."""
        refused = self.refused.isChecked()
        period = self.period.isChecked() and not refused
        return DecisionInput(
            outcome="refused" if refused else "assigned",
            number=self.decision_number.text(),
            decided_on=self.decided_on.date().toPython(),
            ground_code=self.ground.currentData() if refused else None,
            ground_text=(self.ground_text.toPlainText().strip() or None) if refused else None,
            signer=self.signer.text().strip() or None,
            amount=None if refused else (self.amount.text().strip() or None),
            period_from=self.period_from.date().toPython() if period else None,
            period_to=self.period_to.date().toPython() if period else None,
            pdf=self.pdf,
        )

    def _field_for(self, code: str) -> QWidget | None:
        return {
            "no-decision-number": self.decision_number,
            "bad-decision-date": self.decided_on,
            "bad-period": self.period_to,
            "bad-ground": self.ground,
            "no-ground": self.ground_text,
            "bad-amount": self.amount,
            "bad-pdf": self.attach_button,
        }.get(code)

    def _clear_marks(self) -> None:
        for widget in (
            self.decision_number,
            self.decided_on,
            self.period_to,
            self.ground,
            self.ground_text,
            self.amount,
            self.attach_button,
        ):
            widget.setStyleSheet("")

    def save(self) -> bool:
        """Record the decision; on a refusal say why under the fields and keep everything."""
        self._clear_marks()
        self.error.clear()
        self.status.clear()
        try:
            result = record_decision(
                self.ctx,
                self.number,
                self.decision_input(),
                office_code=self.office_code,
                staff_login=self.ctx.staff_login,
            )
        except UserError as exc:
            self.error.setText(exc.message(self.lang))
            field = self._field_for(exc.code)
            if field is not None:
                field.setStyleSheet(FIELD_ERROR_STYLE)
                field.setFocus()
            return False
        except OSError as exc:  # the PDF vanished between choosing and saving
            self.error.setText(exc.strerror or str(exc))
            return False
        discard_draft(self.ctx, DRAFT_KIND, draft_key(self.office_code, self.number))
        self._dirty = False
        self.saved = result
        self.print_button.setEnabled(True)
        self.status.setText(
            self.tr(
                "Decision No. {number} recorded. It goes to the office with the next return bundle."
            ).format(number=result["number"])
        )
        self.decided.emit(result)
        return True

    def print_decision(self) -> None:
        """The decision as a PDF (the attached signed one when there is one), then preview."""
        try:
            path = write_decision_pdf(self.ctx, self.number, self.office_code)
        except UserError as exc:
            self.error.setText(exc.message(self.lang))
            return
        except OSError as exc:
            self.error.setText(exc.strerror or str(exc))
            return
        self.printed = path
        offer_document(
            self, path, self.tr("Decision on case No. {number}").format(number=self.number)
        )

    # --- drafts ------------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        return {
            "outcome": "refused" if self.refused.isChecked() else "assigned",
            "number": self.decision_number.text(),
            "decided_on": self.decided_on.date().toPython().isoformat(),
            "signer": self.signer.text(),
            "ground_code": self.ground.currentData(),
            "ground_text": self.ground_text.toPlainText(),
            "amount": self.amount.text(),
            "period": self.period.isChecked(),
            "period_from": self.period_from.date().toPython().isoformat(),
            "period_to": self.period_to.date().toPython().isoformat(),
            "pdf": str(self.pdf) if self.pdf else None,
        }

    def restore(self, s: dict[str, Any]) -> None:
        (self.refused if s.get("outcome") == "refused" else self.assigned).setChecked(True)
        self.decision_number.setText(s.get("number") or "")
        self.signer.setText(s.get("signer") or "")
        for edit, key in (
            (self.decided_on, "decided_on"),
            (self.period_from, "period_from"),
            (self.period_to, "period_to"),
        ):
            d = _iso(s.get(key))
            if d is not None:
                edit.setDate(_qdate(d))
        index = self.ground.findData(s.get("ground_code")) if s.get("ground_code") else 0
        self.ground.setCurrentIndex(max(index, 0))
        self.ground_text.setPlainText(s.get("ground_text") or "")
        self.amount.setText(s.get("amount") or "")
        self.period.setChecked(bool(s.get("period")))
        self.set_pdf(Path(s["pdf"]) if s.get("pdf") else None)

    def _restore_draft(self) -> bool:
        info = get_draft(self.ctx, DRAFT_KIND, draft_key(self.office_code, self.number))
        if info is None:
            return False
        self.restore(info.payload)
        when = info.updated_at
        self.hint.setText(
            self.tr("Restored what was typed on {time} and not saved.").format(
                time=when.strftime("%d.%m.%Y %H:%M")
            )
        )
        self.hint.show()
        return True

    def _fill_from(self, d: DecisionData) -> None:
        """The recorded decision, to correct it before it is sent back."""
        code = None
        if d.refusal_ground is not None:
            code = next(
                (
                    g.code
                    for g in self.grounds
                    if (g.name.kk, g.name.ru) == (d.refusal_ground.kk, d.refusal_ground.ru)
                ),
                None,
            )
        self.restore(
            {
                "outcome": d.outcome,
                "number": d.number,
                "decided_on": d.decided_on.isoformat(),
                "signer": d.signer,
                "ground_code": code,
                "ground_text": d.refusal_text,
                "amount": (d.amount or "").replace("₸", "").strip(),
                "period": d.period_from is not None or d.period_to is not None,
                "period_from": d.period_from.isoformat() if d.period_from else None,
                "period_to": d.period_to.isoformat() if d.period_to else None,
            }
        )

    def save_draft_now(self) -> None:
        if self._dirty:
            save_draft(self.ctx, DRAFT_KIND, self.state(), draft_key(self.office_code, self.number))

    def done(self, r: int) -> None:
        # Closing without saving (Close, Esc, the window's ×) keeps what was typed.
        if r == QDialog.DialogCode.Rejected:
            self.save_draft_now()
        super().done(r)
