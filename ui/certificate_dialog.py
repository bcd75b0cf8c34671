"""The same-day certificate of belonging to the recipients of targeted social assistance.

Opened from the case card of a registered `asp-certificate` application, and right after such
an application is registered. It shows what the register says for the current quarter
(`app.issuing.certificate_preview`, which writes nothing) and who signs; "Issue" calls
`issue_certificate` and offers the certificate for printing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import UserError
from app.issuing import CertificatePreview, IssueResult, certificate_preview, issue_certificate
from ui.formatting import format_date
from ui.i18n import ui_language
from ui.printing import offer_document

ERROR_STYLE = "color: #b00020;"
BELONGS_STYLE = "color: #2e7d32; font-weight: bold;"
NOT_BELONGS_STYLE = "color: #8a5a00; font-weight: bold;"
CERTIFICATES_FOLDER = "certificates"


def certificate_path(ctx: AppContext, number: str) -> Path:
    """Where a certificate is printed: HOME/documents/certificates/."""
    stem = number.replace("/", "-")
    return ctx.paths.documents / CERTIFICATES_FOLDER / f"certificate-{stem}.pdf"


class CertificateDialog(QDialog):
    """Belongs / does not belong for this quarter, the signer, and "Issue"."""

    issued = Signal(object)  # IssueResult

    def __init__(
        self,
        ctx: AppContext,
        number: str,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = lang or ui_language()
        # A fixed moment (tests, or a certificate dated as previewed); None: the clock's.
        self.now = now
        self.outcome: IssueResult | None = None
        self.setObjectName("CertificateDialog")
        self.preview: CertificatePreview = certificate_preview(ctx, number, when=now)
        p = self.preview
        self.setWindowTitle(
            self.tr("Certificate: application No. {number}").format(number=p.number)
        )

        def value(parent: QWidget, name: str, text: str) -> QLabel:
            label = QLabel(text or "—", parent, objectName=name)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return label

        person = QGroupBox(self.tr("Applicant"), self)
        form = QFormLayout(person)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name:"), value(person, "applicant", p.applicant_name))
        form.addRow(self.tr("IIN:"), value(person, "iin", p.applicant_iin))
        form.addRow(self.tr("Address:"), value(person, "address", p.applicant_address or ""))

        register = QGroupBox(self.tr("What the register says"), self)
        form = QFormLayout(register)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        quarter = self.tr("Quarter {quarter} of {year} ({start} – {end})").format(
            quarter=p.quarter,
            year=p.year,
            start=format_date(p.period_from, self.lang),
            end=format_date(p.period_to, self.lang),
        )
        form.addRow(self.tr("Quarter:"), value(register, "quarter", quarter))
        if p.belongs:
            verdict = self.tr("Belongs to the recipients of targeted social assistance")
        else:
            verdict = self.tr("Does not belong to the recipients of targeted social assistance")
        self.verdict = value(register, "verdict", verdict)
        self.verdict.setStyleSheet(BELONGS_STYLE if p.belongs else NOT_BELONGS_STYLE)
        form.addRow(self.tr("Answer:"), self.verdict)
        form.addRow(self.tr("Basis:"), value(register, "basis", self.basis_text()))

        sign = QGroupBox(self.tr("Signing and handing over"), self)
        form = QFormLayout(sign)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.signer = value(sign, "signer", p.signer or "")
        form.addRow(self.tr("Signed by:"), self.signer)
        self.recipient = QLineEdit(p.applicant_name, sign, objectName="recipient")
        self.recipient.setToolTip(
            self.tr("Who receives the certificate (the applicant by default).")
        )
        form.addRow(self.tr("&Received by:"), self.recipient)
        note = QLabel(
            self.tr("The recipient signs the journal; the case is closed the same day."), sign
        )
        note.setWordWrap(True)
        form.addRow(note)

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
        if p.blocker is not None:
            # No akim to sign: the clerk sees why before anything is attempted.
            self.error.setText(p.blocker.message(self.lang))
            self.issue_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(person)
        layout.addWidget(register)
        layout.addWidget(sign)
        layout.addStretch(1)  # room a wrapped label leaves goes below, not into the groups
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def basis_text(self) -> str:
        p = self.preview
        if not p.belongs:
            return self.tr("No assignment of targeted social assistance covers this quarter.")
        text = self.tr("Decision {decision} on application No. {case}").format(
            decision=p.basis or "—", case=p.basis_case or "—"
        )
        if p.basis_period_from or p.basis_period_to:
            text += "\n" + self.tr("assigned for {start} – {end}").format(
                start=format_date(p.basis_period_from, self.lang),
                end=format_date(p.basis_period_to, self.lang),
            )
        return text

    def accept(self) -> None:
        """Issue and print the certificate, or show why not and stay open."""
        if not self.issue_button.isEnabled():
            return
        out = certificate_path(self.ctx, self.preview.number)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            result = issue_certificate(
                self.ctx,
                self.preview.uuid,
                out,
                to=self.recipient.text(),
                when=self.now,
            )
        except UserError as exc:
            self.error.setText(exc.message(self.lang))
            return
        except OSError as exc:
            self.error.setText(
                self.tr("The certificate could not be written: {error}").format(
                    error=exc.strerror or str(exc)
                )
            )
            return
        self.outcome = result
        self.error.clear()
        self.issued.emit(result)
        offer_document(
            self,
            out,
            self.tr("Certificate for application No. {number}").format(number=result.number),
        )
        super().accept()


def certificate_from(ctx: AppContext, number: str, parent: QWidget | None) -> IssueResult | None:
    """Open the certificate window for an application; the result once issued, else None."""
    lang = ui_language()
    try:
        dialog = CertificateDialog(ctx, number, parent, lang=lang)
    except UserError as exc:
        title = QCoreApplication.translate("CertificateDialog", "Certificate")
        QMessageBox.warning(parent, title, exc.message(lang))
        return None
    dialog.exec()
    result = dialog.outcome
    dialog.deleteLater()
    return result
