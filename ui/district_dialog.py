"""Offices and returns (the district department only): what each akim's office has sent,
which of its bundles never arrived, the cases waiting for a decision, and the return
bundle of receipts and decisions for one office.

The picture is `app.district.delivery_status` and `waiting_for_decision`; the return bundle
is `app.returns.export_return`, run on a worker thread (it renders every decision's PDF
and encrypts the bundle) with a progress bar; the window then shows the file's name and
its fingerprint, to read out on the phone or to write on the cover note.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.district import OfficeDelivery, WaitingCase, delivery_status, waiting_for_decision
from app.errors import UserError
from app.keys import group_hex
from app.returns import ReturnResult, export_return
from ui.formatting import format_datetime
from ui.i18n import ui_language
from ui.packets_dialog import BackgroundJob, JobSignals, ProgressRelay, error_text, fixed_font

ALERT = QColor("#b00020")
ALERT_BACKGROUND = QColor("#fde2e1")
OK_STYLE = "color: #2e7d32;"
ERROR_STYLE = "color: #b00020; font-weight: bold;"
PROGRESS_POLL_MS = 100
CODE_ROLE = Qt.ItemDataRole.UserRole

# Offices table columns
O_OFFICE, O_LAST, O_RECEIVED, O_GAPS, O_UNACKNOWLEDGED, O_WAITING, O_TO_SEND, O_RETURN = range(8)
# Waiting table columns
W_DUE, W_OFFICE, W_NUMBER, W_APPLICANT, W_IIN, W_SERVICE = range(6)


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
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    for i in range(len(headers)):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class DistrictDialog(QDialog):
    """The delivery picture per office, the cases waiting, and the return bundles."""

    returnExported = Signal(object)  # ReturnResult
    failed = Signal(str)  # the message shown

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
        pool: QThreadPool | None = None,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = lang or ui_language()
        self.pool = pool or QThreadPool.globalInstance()
        self._now = now
        self.offices: list[OfficeDelivery] = []
        self.waiting: list[WaitingCase] = []
        self.result: ReturnResult | None = None
        self._running = False
        self._last_folder: str | None = None
        self._relay: ProgressRelay | None = None
        self.setObjectName("DistrictDialog")
        self.setWindowTitle(self.tr("Offices and returns"))

        offices_box = QGroupBox(self.tr("Bundles from the akim's offices"), self)
        self.offices_table = _table(
            [
                self.tr("Office"),
                # Two lines: seven columns and a button fit a laptop's width.
                self.tr("Last\nbundle"),
                self.tr("Received"),
                self.tr("Missing\nbundles"),
                self.tr("Not\nacknowledged"),
                self.tr("Waiting for\na decision"),
                self.tr("Decisions\nto send"),
                "",
            ],
            "offices",
            O_OFFICE,
        )
        self.return_buttons: dict[str, QPushButton] = {}
        self.progress = QProgressBar(offices_box, objectName="progress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.result_label = QLabel(offices_box, objectName="result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel(offices_box, objectName="fingerprint")
        self.fingerprint.setFont(fixed_font(1.1))
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        offices_layout = QVBoxLayout(offices_box)
        offices_layout.addWidget(self.offices_table, 1)
        offices_layout.addWidget(self.progress)
        offices_layout.addWidget(self.result_label)
        offices_layout.addWidget(self.fingerprint)

        waiting_box = QGroupBox(
            self.tr("Cases waiting for a decision, the most urgent first"), self
        )
        self.waiting_table = _table(
            [
                self.tr("Due"),
                self.tr("Office"),
                self.tr("No."),
                self.tr("Applicant"),
                self.tr("IIN"),
                self.tr("Service"),
            ],
            "waiting",
            W_SERVICE,
        )
        self.waiting_table.setToolTip(self.tr("Double-click a case to open it"))
        self.waiting_table.activated.connect(lambda _index: self.open_current())
        self.waiting_table.itemSelectionChanged.connect(self._case_selected)
        self.open_button = QPushButton(self.tr("&Open case…"), waiting_box, objectName="openCase")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_current)
        waiting_layout = QVBoxLayout(waiting_box)
        waiting_layout.addWidget(self.waiting_table, 1)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        waiting_layout.addLayout(open_row)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(offices_box)
        splitter.addWidget(waiting_box)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 320])

        self.refresh_button = QPushButton(self.tr("&Refresh"), self, objectName="refresh")
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button = QPushButton(self.tr("Close"), self, objectName="close")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.refresh_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self._signals = JobSignals(self)
        self._signals.done.connect(self._on_exported)
        self._signals.failed.connect(self._on_failed)
        self._poll = QTimer(self)
        self._poll.setInterval(PROGRESS_POLL_MS)
        self._poll.timeout.connect(self._show_progress)
        self.refresh()
        self.resize(1080, 680)

    # --- the picture ----------------------------------------------------------------------------

    def gap_text(self, gaps: list[int]) -> str:
        """ "No. 17 never arrived" for the bundles missing below the last one received."""
        if not gaps:
            return ""
        return self.tr("No. {numbers} never arrived").format(
            numbers=", ".join(str(n) for n in gaps)
        )

    def refresh(self) -> None:
        self.offices = delivery_status(self.ctx)
        self.waiting = waiting_for_decision(self.ctx)
        self._fill_offices()
        self._fill_waiting()

    def _fill_offices(self) -> None:
        table = self.offices_table
        table.setRowCount(0)
        self.return_buttons = {}
        bold = QFont(table.font())
        bold.setBold(True)
        for o in self.offices:
            row = table.rowCount()
            table.insertRow(row)
            name = o.name_kk if self.lang == "kk" else o.name_ru
            other = o.name_ru if self.lang == "kk" else o.name_kk
            values = [
                (f"{o.office_code} {name}", other),
                (str(o.last_sequence) if o.last_sequence is not None else "—", None),
                (format_datetime(o.last_received_at, self.lang), None),
                (self.gap_text(o.gaps) or "—", None),
                (str(o.unacknowledged), None),
                (str(o.waiting_decision), None),
                (str(o.decisions_to_send), None),
            ]
            for col, (text, tip) in enumerate(values):
                item = _cell(text, tip)
                item.setData(CODE_ROLE, o.office_code)
                if col >= O_UNACKNOWLEDGED or col == O_LAST:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if col == O_GAPS and o.gaps:
                    item.setForeground(QBrush(ALERT))
                    item.setBackground(QBrush(ALERT_BACKGROUND))
                    item.setFont(bold)
                if col in (O_UNACKNOWLEDGED, O_TO_SEND) and text != "0":
                    item.setFont(bold)  # what the next return bundle will carry
                table.setItem(row, col, item)
            table.setCellWidget(row, O_RETURN, self._return_button(o))
        # A column sized to its contents does not measure the buttons in its cells.
        widths = [b.sizeHint().width() for b in self.return_buttons.values()]
        header = table.horizontalHeader()
        header.setSectionResizeMode(O_RETURN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(O_RETURN, max(widths, default=0) + 12)
        self._enable_returns()

    def _return_button(self, o: OfficeDelivery) -> QWidget:
        button = QPushButton(self.tr("Send return bundle…"))
        button.setObjectName(f"sendReturn-{o.office_code}")
        button.setAutoDefault(False)
        pending = o.unacknowledged + o.decisions_to_send
        button.setProperty("pending", pending)
        button.setToolTip(
            self.tr(
                "Receipts for the bundles received and the decisions not yet sent, as one "
                "bundle for this office"
            )
            if pending
            else self.tr("Nothing to send: every bundle acknowledged, every decision sent")
        )
        button.clicked.connect(lambda: self.choose_and_export(o.office_code))
        self.return_buttons[o.office_code] = button
        return button

    def _fill_waiting(self) -> None:
        table = self.waiting_table
        table.setRowCount(0)
        now = self._now or datetime.now()
        for case in self.waiting:
            row = table.rowCount()
            table.insertRow(row)
            overdue = case.due_at is not None and case.due_at < now
            due = format_datetime(case.due_at, self.lang)
            if overdue:
                due = self.tr("{date} (overdue)").format(date=due)
            try:
                name = self.ctx.catalogue.get(case.service_code).name
                service = name.kk if self.lang == "kk" else name.ru
            except KeyError:
                service = case.service_code
            values = (due, case.office_code, case.number, case.applicant, case.iin, service)
            for col, text in enumerate(values):
                item = _cell(text)
                item.setData(CODE_ROLE, (case.number, case.office_code))
                if overdue:
                    item.setForeground(QBrush(ALERT))
                table.setItem(row, col, item)
        self._case_selected()

    def _case_selected(self) -> None:
        self.open_button.setEnabled(bool(self.waiting_table.selectionModel().selectedRows()))

    def _enable_returns(self) -> None:
        for button in self.return_buttons.values():
            button.setEnabled(not self._running and bool(button.property("pending")))

    # --- a case ---------------------------------------------------------------------------------

    def open_current(self) -> None:
        row = self.waiting_table.currentRow()
        if row < 0:
            return
        number, office_code = self.waiting_table.item(row, 0).data(CODE_ROLE)
        self.open_case(number, office_code)

    def open_case(self, number: str, office_code: str) -> None:
        from ui.district_case import DistrictCaseView

        try:
            view = DistrictCaseView(self.ctx, number, office_code, self, lang=self.lang)
        except UserError as exc:  # decided and sent meanwhile from another window, say
            self.result_label.setStyleSheet(ERROR_STYLE)
            self.result_label.setText(exc.message(self.lang))
            return
        view.exec()
        view.deleteLater()
        self.refresh()  # a decision recorded there moves the counts

    # --- the return bundle ----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._running

    def choose_and_export(self, office: str) -> None:
        """Ask for the folder (the USB stick), then write the office's return bundle there."""
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Where to write the return bundle (a USB stick)"),
            self._last_folder or str(Path.home()),
        )
        if folder:
            self._last_folder = folder
            self.export_to(office, Path(folder))

    def export_to(self, office_code: str, folder: Path) -> None:
        """Write the return bundle for one office into `folder`, on a worker thread."""
        if self._running:
            return
        self._running = True
        self._enable_returns()
        self.close_button.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(
            self.tr("Writing the return bundle for office {office}…").format(office=office_code)
        )
        self.fingerprint.clear()
        self.progress.setValue(0)
        self.progress.show()
        self._relay = ProgressRelay()
        ctx = self.ctx

        def work(progress: object) -> ReturnResult:
            return export_return(
                ctx, office_code, folder, staff_login=ctx.staff_login, progress=progress
            )  # type: ignore[arg-type]

        self._poll.start()
        self.pool.start(BackgroundJob(work, self._signals, self._relay.report))

    def _show_progress(self) -> None:
        latest = self._relay.take() if self._relay else None
        if latest is not None:
            done, total = latest
            if total:
                self.progress.setValue(int(done / total * 1000))

    def _finish(self) -> None:
        self._poll.stop()
        self._running = False
        self.progress.hide()
        self.close_button.setEnabled(True)
        self._enable_returns()

    def _on_exported(self, result: ReturnResult) -> None:
        self._finish()
        self.result = result
        self.result_label.setStyleSheet(OK_STYLE)
        self.result_label.setText(
            self.tr(
                "Written: {path} (receipts: {receipts}, decisions: {decisions}). Carry it "
                "to office {office} and import it there."
            ).format(
                path=str(result.bundle.path),
                receipts=result.acknowledgements,
                decisions=result.decisions,
                office=result.office_code,
            )
        )
        self.fingerprint.setText(
            self.tr("Fingerprint (SHA-256):\n{fingerprint}").format(
                fingerprint=group_hex(result.bundle.sha256)
            )
        )
        self.refresh()
        self.returnExported.emit(result)

    def _on_failed(self, exc: Exception) -> None:
        self._finish()
        text = error_text(exc, self.lang)
        if text is None:
            text = self.tr("The return bundle could not be written: {error}").format(error=str(exc))
        self.result_label.setStyleSheet(ERROR_STYLE)
        self.result_label.setText(text)
        self.failed.emit(text)

    def reject(self) -> None:
        if not self._running:
            super().reject()
