"""Checking a transfer bundle (.qbl) before importing it, or before carrying it away.

`app.bundle.verify_bundle` runs every check in a fixed order and says why one failed, in
Kazakh, Russian and English; the dialog shows each check with ✓ or ✗ and that reason in
the interface language. It writes nothing. Decrypting and hashing a bundle of a few hundred
megabytes takes seconds, so the checks run on a worker thread.

At an akim's office the file to check is usually its own, just exported, on the USB stick:
such a bundle is addressed to the district, so it is checked as this office's archive copy
(signed by our own key, readable with our own identity) instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.bundle import CHECKS, VerifyReport, verify_bundle
from app.context import AppContext
from app.keys import group_hex
from ui.i18n import ui_language
from ui.packets_dialog import BackgroundJob, JobSignals, error_text, fixed_font

OK_COLOR = QColor("#2e7d32")
FAILED_COLOR = QColor("#b00020")
SKIPPED_COLOR = QColor("#777777")
MARKS = {"ok": "✓", "failed": "✗", "skipped": "–"}
COL_MARK, COL_CHECK, COL_REASON = range(3)

# The checks of app.bundle.CHECKS, as a person reads them.
CHECK_LABELS: dict[str, str] = {
    "readable": QT_TRANSLATE_NOOP("VerifyCheck", "The file can be read"),
    "decrypts": QT_TRANSLATE_NOOP("VerifyCheck", "It opens with this office's key"),
    "zip_safe": QT_TRANSLATE_NOOP("VerifyCheck", "The archive inside is safe to unpack"),
    "bag_structure": QT_TRANSLATE_NOOP("VerifyCheck", "The bundle is complete (BagIt)"),
    "signature": QT_TRANSLATE_NOOP("VerifyCheck", "The signature is valid"),
    "tag_manifest": QT_TRANSLATE_NOOP("VerifyCheck", "The bundle's description is unchanged"),
    "signer_trusted": QT_TRANSLATE_NOOP("VerifyCheck", "It is signed by a trusted office"),
    "payload_manifest": QT_TRANSLATE_NOOP("VerifyCheck", "No file was changed, added or removed"),
    "records_schema": QT_TRANSLATE_NOOP("VerifyCheck", "The case records are well-formed"),
    "recipient": QT_TRANSLATE_NOOP("VerifyCheck", "It is addressed to this office"),
    "kind_role": QT_TRANSLATE_NOOP("VerifyCheck", "This office may open this kind of bundle"),
    "sequence": QT_TRANSLATE_NOOP("VerifyCheck", "It is not a repeat of an imported bundle"),
}


# In archive mode (this office's own sent bundle) two checks ask something else.
ARCHIVE_LABELS: dict[str, str] = {
    "recipient": QT_TRANSLATE_NOOP("VerifyCheck", "It is one of this office's own bundles"),
    "kind_role": QT_TRANSLATE_NOOP("VerifyCheck", "This office sends this kind of bundle"),
}


def check_label(name: str, mode: str = "import") -> str:
    source = (ARCHIVE_LABELS.get(name) if mode == "archive" else None) or CHECK_LABELS.get(name)
    return QCoreApplication.translate("VerifyCheck", source) if source else name


def verify_any(ctx: AppContext, path: Path) -> VerifyReport:
    """Verify a bundle for import; one of this office's own sent bundles as its archive copy.

    Only a bundle that decrypted, whose signature and manifests held, and whose bag-info
    names this office as the sender is checked again in archive mode, where the signer must
    then be this office's own key.
    """
    report = verify_bundle(ctx, path)
    failed = report.failed
    with ctx.session() as s:
        own = ctx.self_office(s).code
    if (
        failed is not None
        and failed.name == "recipient"
        and report.bundle is not None
        and report.bundle.get("source_office") == own
    ):
        return verify_bundle(ctx, path, mode="archive")
    return report


class VerifyDialog(QDialog):
    """The checks of one bundle file, each with ✓ or ✗ and its reason."""

    verified = Signal(object)  # VerifyReport
    failed = Signal(str)  # a refusal before any check (no keys), as shown

    def __init__(
        self,
        ctx: AppContext,
        path: Path,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.lang = lang or ui_language()
        self.pool = pool or QThreadPool.globalInstance()
        self.report: VerifyReport | None = None
        self.setObjectName("VerifyDialog")
        self.setWindowTitle(self.tr("Verify bundle"))

        file_label = QLabel(self.tr("File: {path}").format(path=str(self.path)), self)
        file_label.setWordWrap(True)
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy_bar = QProgressBar(self, objectName="busy")
        self.busy_bar.setRange(0, 0)  # it cannot say how far it is: it says it is working
        self.busy_bar.setTextVisible(False)

        self.table = QTableWidget(len(CHECKS), 3, self, objectName="checks")
        self.table.setHorizontalHeaderLabels(["", self.tr("Check"), self.tr("Result")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_MARK, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CHECK, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        for row, name in enumerate(CHECKS):
            self._set_row(row, name, "", check_label(name), "")

        self.summary = QLabel(self, objectName="summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel(self, objectName="fingerprint")
        self.fingerprint.setFont(fixed_font(1.15))
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(file_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.fingerprint)
        layout.addWidget(buttons)
        self.resize(820, 520)

        self._signals = JobSignals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self.summary.setText(self.tr("Checking…"))
        self.close_button.setEnabled(False)
        self.pool.start(
            BackgroundJob(lambda _progress: verify_any(self.ctx, self.path), self._signals)
        )

    @property
    def busy(self) -> bool:
        return not self.close_button.isEnabled()

    def _set_row(self, row: int, name: str, status: str, label: str, reason: str) -> None:
        mark = QTableWidgetItem(MARKS.get(status, ""))
        mark.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        font = mark.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        mark.setFont(font)
        color = {"ok": OK_COLOR, "failed": FAILED_COLOR, "skipped": SKIPPED_COLOR}.get(status)
        items = (mark, QTableWidgetItem(label), QTableWidgetItem(reason))
        for col, item in enumerate(items):
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setData(Qt.ItemDataRole.UserRole, name)
            if color is not None:
                item.setForeground(QBrush(color))
            if col != COL_MARK:
                item.setToolTip(item.text())
            self.table.setItem(row, col, item)

    def _finish(self) -> None:
        self.busy_bar.hide()
        self.close_button.setEnabled(True)

    def _on_done(self, report: VerifyReport) -> None:
        self._finish()
        self.report = report
        for row, check in enumerate(report.checks):
            if check.status == "failed":
                reason = check.message(self.lang) or ""
            elif check.status == "skipped":
                reason = self.tr("not checked: an earlier check failed")
            elif check.name == "sequence" and check.details.get("own_archive"):
                reason = self.tr("not needed: checked when the district imports it")
            else:
                reason = self.tr("passed")
            label = check_label(check.name, report.mode)
            self._set_row(row, check.name, check.status, label, reason)
        self.table.resizeRowsToContents()
        b = report.bundle or {}
        if report.ok and report.mode == "archive":
            text = self.tr(
                "This is one of this office's own bundles, intact: to {recipient}, No. "
                "{sequence}, {records} records."
            )
        elif report.ok:
            text = self.tr(
                "The bundle is intact: from {source} to {recipient}, No. {sequence}, "
                "{records} records. It can be imported."
            )
        else:
            failed = report.failed
            text = self.tr("The bundle is refused: {reason}").format(
                reason=(failed.message(self.lang) if failed else "") or ""
            )
        self.summary.setText(
            text.format(
                source=b.get("source_office", "—"),
                recipient=b.get("recipient_office", "—"),
                sequence=b.get("sequence", "—"),
                records=b.get("record_count", "—"),
            )
        )
        self.summary.setStyleSheet(
            f"color: {(OK_COLOR if report.ok else FAILED_COLOR).name()}; font-weight: bold;"
        )
        if report.sha256:
            self.fingerprint.setText(
                self.tr(
                    "File fingerprint (SHA-256), as on the cover letter:\n{fingerprint}"
                ).format(fingerprint=group_hex(report.sha256))
            )
        self.verified.emit(report)

    def _on_failed(self, exc: Exception) -> None:
        self._finish()
        text = error_text(exc, self.lang)
        if text is None:
            text = self.tr("The bundle could not be checked: {error}").format(error=str(exc))
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {FAILED_COLOR.name()}; font-weight: bold;")
        self.failed.emit(text)

    def reject(self) -> None:
        if not self.busy:
            super().reject()


def choose_and_verify(
    ctx: AppContext, parent: QWidget | None = None, *, lang: str | None = None
) -> VerifyReport | None:
    """Ask for a .qbl file and show its checks; the report (None: no file, or no checks)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("VerifyDialog", "Choose a bundle to verify"),
        str(Path.home()),
        QCoreApplication.translate("VerifyDialog", "Qabyldau bundles (*.qbl);;All files (*)"),
    )
    if not path:
        return None
    dialog = VerifyDialog(ctx, Path(path), parent, lang=lang)
    dialog.exec()
    report = dialog.report
    dialog.deleteLater()
    return report
