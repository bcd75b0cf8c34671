"""Handing the district's result to the applicant: the decision shown, who receives it, and
how the handing over is confirmed (the printed issue receipt, or a signature in the journal).

Every rule is `app.issuing`'s: the window shows `case_result` and acts through `issue_result`;
a refusal (a digit in the name, already issued) is shown in the window, which stays open.
`ResultPanel` (the decision and the issuance as a form) is also the case card's tab.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import UserError
from app.issuing import (
    CaseResult,
    DecisionView,
    IssuanceView,
    IssueResult,
    case_result,
    issue_result,
)
from ui.formatting import format_date, format_datetime, format_money
from ui.i18n import ui_language
from ui.printing import offer_document, preview

ERROR_STYLE = "color: #b00020;"
ASSIGNED_STYLE = "color: #2e7d32; font-weight: bold;"
REFUSED_STYLE = "color: #b00020; font-weight: bold;"
RECEIPTS_FOLDER = "receipts"


def receipt_path(ctx: AppContext, number: str) -> Path:
    """Where the issue receipt of a case is printed: HOME/documents/receipts/."""
    return ctx.paths.documents / RECEIPTS_FOLDER / f"issue-receipt-{number.replace('/', '-')}.pdf"


def _value(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent, objectName=name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ResultPanel(QWidget):
    """The district's decision on a case and, once handed over, when, to whom and how."""

    def __init__(
        self,
        result: CaseResult,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
        with_issuance: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ResultPanel")
        self.lang = lang or ui_language()
        self.with_issuance = with_issuance
        self.result = result
        self.decision_box = QGroupBox(self.tr("District's decision"), self)
        self.decision_box.setObjectName("decisionBox")
        self.decision_form = QFormLayout(self.decision_box)
        self.decision_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.open_pdf_button = QPushButton(
            self.tr("Open decision PDF…"), self, objectName="openDecision"
        )
        self.open_pdf_button.setAutoDefault(False)
        self.open_pdf_button.clicked.connect(self.open_decision_pdf)
        self.issuance_box = QGroupBox(self.tr("Issued"), self)
        self.issuance_box.setObjectName("issuanceBox")
        self.issuance_form = QFormLayout(self.issuance_box)
        self.issuance_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.empty = QLabel(self.tr("No decision from the district yet."), self)
        self.empty.setObjectName("noDecision")
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.decision_box)
        layout.addWidget(self.issuance_box)
        layout.addStretch(1)
        self.show_result(result)

    def _text(self, kk: str, ru: str) -> str:
        return kk if self.lang == "kk" else ru

    @staticmethod
    def _clear(form: QFormLayout) -> None:
        while form.rowCount():
            form.removeRow(0)

    def _row(self, form: QFormLayout, label: str, text: str, name: str) -> QLabel:
        value = _value(self, name)
        value.setText(text or "—")
        form.addRow(label, value)
        return value

    def show_result(self, result: CaseResult) -> None:
        """Fill the two groups from a (re-read) case result."""
        self.result = result
        # removeRow deletes the widgets, the button too: it is taken out of the form first.
        self.open_pdf_button.setParent(self)
        self.open_pdf_button.hide()  # until a decision's form holds it
        self._clear(self.decision_form)
        self._clear(self.issuance_form)
        dec = result.decision
        self.decision_box.setVisible(dec is not None)
        if dec is not None:
            self._fill_decision(dec)
        issued = result.issuance if self.with_issuance else None
        self.issuance_box.setVisible(issued is not None)
        if issued is not None:
            self._fill_issuance(issued)
        self.empty.setVisible(dec is None and issued is None)

    def outcome_text(self, outcome: str) -> str:
        if outcome == "assigned":
            return self.tr("Notice of assignment")
        if outcome == "refused":
            return self.tr("Reasoned refusal")
        return outcome

    def _fill_decision(self, dec: DecisionView) -> None:
        form = self.decision_form
        outcome = self._row(form, self.tr("Outcome:"), self.outcome_text(dec.outcome), "outcome")
        outcome.setStyleSheet(ASSIGNED_STYLE if dec.outcome == "assigned" else REFUSED_STYLE)
        self._row(form, self.tr("Decision No.:"), dec.number, "decisionNumber")
        self._row(form, self.tr("Date:"), format_date(dec.decided_on, self.lang), "decisionDate")
        if dec.outcome == "refused":
            parts = []
            if dec.ground is not None:
                parts.append(self._text(dec.ground.kk, dec.ground.ru))
            if dec.ground_text:
                parts.append(dec.ground_text)
            self._row(form, self.tr("Ground:"), "\n".join(parts), "ground")
        else:
            amount = (
                self.tr("{amount} a month").format(amount=format_money(dec.amount, self.lang))
                if dec.amount is not None
                else ""
            )
            self._row(form, self.tr("Amount:"), amount, "amount")
            period = ""
            if dec.period_from or dec.period_to:
                start = format_date(dec.period_from, self.lang)
                period = f"{start} – {format_date(dec.period_to, self.lang)}"
            self._row(form, self.tr("Period:"), period, "period")
        if dec.signer:
            self._row(form, self.tr("Signed by:"), dec.signer, "decisionSigner")
        self.open_pdf_button.setEnabled(dec.pdf is not None)
        if dec.pdf is None:
            self.open_pdf_button.setToolTip(self.tr("The decision came without its PDF."))
        else:
            self.open_pdf_button.setToolTip(str(dec.pdf))
        row = QHBoxLayout()
        row.addWidget(self.open_pdf_button)
        row.addStretch(1)
        form.addRow(row)
        self.open_pdf_button.show()

    def issuance_type_text(self, issued: IssuanceView) -> str:
        if issued.result_type == "notice":
            return self.tr("Notice of assignment")
        if issued.result_type == "refusal":
            return self.tr("Reasoned refusal")
        if issued.result_type == "certificate":
            if issued.certificate_belongs:
                return self.tr("Certificate: belongs to the recipients ({quarter})").format(
                    quarter=issued.certificate_quarter or "—"
                )
            return self.tr("Certificate: does not belong to the recipients ({quarter})").format(
                quarter=issued.certificate_quarter or "—"
            )
        return issued.result_type

    def _fill_issuance(self, issued: IssuanceView) -> None:
        form = self.issuance_form
        self._row(form, self.tr("What:"), self.issuance_type_text(issued), "issuedWhat")
        self._row(form, self.tr("When:"), format_datetime(issued.issued_at, self.lang), "issuedAt")
        self._row(form, self.tr("Received by:"), issued.issued_to, "issuedTo")
        if issued.receipt_printed:
            how = self.tr("against the printed issue receipt")
        else:
            how = self.tr("signature in the journal")
        self._row(form, self.tr("Confirmed by:"), how, "issuedHow")
        if issued.issued_by:
            self._row(form, self.tr("Issued by:"), issued.issued_by, "issuedBy")
        if issued.signer:
            self._row(form, self.tr("Signed by:"), issued.signer, "issuedSigner")

    def open_decision_pdf(self) -> None:
        """The decision as the district printed it, in the print preview."""
        dec = self.result.decision
        if dec is None or dec.pdf is None:
            return
        title = self.tr("Decision No. {number}").format(number=dec.number)
        preview(self, dec.pdf, title)


class IssueDialog(QDialog):
    """Hand the result of one case over; `issued(IssueResult)` once the case is closed."""

    issued = Signal(object)  # IssueResult

    def __init__(
        self,
        ctx: AppContext,
        ref: int | str,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = lang or ui_language()
        self.setObjectName("IssueDialog")
        self.data: CaseResult = case_result(ctx, ref)  # UserError: the caller shows it
        self.outcome: IssueResult | None = None
        d = self.data
        self.setWindowTitle(
            self.tr("Issue the result: application No. {number}").format(number=d.number)
        )
        heading = QLabel(
            self.tr("Application No. {number}, {name}").format(
                number=d.number, name=d.applicant_name
            ),
            self,
        )
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.panel = ResultPanel(d, self, lang=self.lang, with_issuance=False)

        who = QGroupBox(self.tr("Handing over"), self)
        self.recipient = QComboBox(who, objectName="recipient")
        self.recipient.setEditable(True)
        self.recipient.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        names = [d.applicant_name]
        if d.representative_name and d.representative_name not in names:
            names.append(d.representative_name)
        self.recipient.addItems(names)
        self.recipient.setCurrentText(d.default_recipient)
        self.recipient.setMinimumContentsLength(30)
        self.recipient.setToolTip(
            self.tr("The applicant or the representative; type another name if someone else.")
        )
        self.receipt_mode = QRadioButton(self.tr("Print the issue receipt"), who)
        self.receipt_mode.setObjectName("receiptMode")
        self.journal_mode = QRadioButton(self.tr("Signature in the journal"), who)
        self.journal_mode.setObjectName("journalMode")
        self.receipt_mode.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.receipt_mode)
        self.mode_group.addButton(self.journal_mode)
        modes = QHBoxLayout()
        modes.addWidget(self.receipt_mode)
        modes.addWidget(self.journal_mode)
        modes.addStretch(1)
        form = QFormLayout(who)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Received by:"), self.recipient)
        form.addRow(self.tr("Confirmed by:"), modes)

        self.error = QLabel(self, objectName="error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(self)
        self.issue_button = self.buttons.addButton(
            self.tr("&Issue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.issue_button.setObjectName("issue")
        self.issue_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.panel)
        layout.addWidget(who)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        if not d.ready_for_issue:
            # Opened on a case that cannot be issued (yet, or any more): say why.
            if d.issued:
                self.error.setText(self.tr("The result of this case has been issued already."))
            else:
                self.error.setText(
                    self.tr("The district's decision on this case has not arrived yet.")
                )
            self.issue_button.setEnabled(False)
            who.setEnabled(False)

    def recipient_name(self) -> str:
        return self.recipient.currentText()

    def accept(self) -> None:
        """Issue, or show why not and stay open; a printed receipt is then offered."""
        if not self.issue_button.isEnabled():
            return
        out = receipt_path(self.ctx, self.data.number) if self.receipt_mode.isChecked() else None
        if out is not None:
            try:
                out.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                self.error.setText(self._file_error(exc))
                return
        try:
            result = issue_result(self.ctx, self.data.uuid, to=self.recipient_name(), out=out)
        except UserError as exc:
            self.error.setText(exc.message(self.lang))
            return
        except OSError as exc:
            # A receipt still open in a PDF viewer (locked on Windows): nothing was recorded.
            self.error.setText(self._file_error(exc))
            return
        self.outcome = result
        self.error.clear()
        self.issued.emit(result)
        if result.receipt is not None:
            offer_document(
                self,
                result.receipt,
                self.tr("Issue receipt for application No. {number}").format(number=result.number),
            )
        else:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr(
                    "The result is issued to {name}. Ask them to sign in the journal against "
                    "application No. {number}."
                ).format(name=result.issued_to, number=result.number),
            )
        super().accept()

    def _file_error(self, exc: OSError) -> str:
        return self.tr("The receipt could not be written: {error}").format(
            error=exc.strerror or str(exc)
        )


def issue_from(ctx: AppContext, ref: int | str, parent: QWidget | None) -> IssueResult | None:
    """Open the issue window for a case; the result once issued, else None."""
    lang = ui_language()
    try:
        dialog = IssueDialog(ctx, ref, parent, lang=lang)
    except UserError as exc:
        title = QCoreApplication.translate("IssueDialog", "Issue the result")
        QMessageBox.warning(parent, title, exc.message(lang))
        return None
    dialog.exec()
    result = dialog.outcome
    dialog.deleteLater()
    return result
