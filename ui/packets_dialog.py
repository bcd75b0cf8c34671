"""Outgoing packets: ready cases → a numbered packet → its bundle on a USB stick or by e-mail.

Every rule is `app.packets`': the dialog lists `ready_cases`, `list_packets` and `outbox`,
and acts through `create_packet`, `print_packet`, `export_packet`, `mailto_url`,
`send_smtp` and `mark_emailed`. Printing, exporting and sending take seconds (a 500-case
packet, 300 MB of scans), so they run on a QThreadPool worker; the export reports its
progress and can be cancelled: the cancel is raised from inside the progress callback, and
the core then leaves no .qbl behind and marks nothing sent.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.dashboard import resend_after_days
from app.errors import UserError
from app.packets import (
    PROGRESS_TOTAL,
    ExportResult,
    OutboxEntry,
    PacketInfo,
    ReadyCase,
    archived_bundle,
    create_packet,
    export_packet,
    list_packets,
    mailto_url,
    mark_emailed,
    outbox,
    print_packet,
    ready_cases,
    send_smtp,
    smtp_settings,
)
from ui.i18n import ui_language
from ui.labels import status_label
from ui.printing import offer_document

# A packet the district has not acknowledged after the setting `resend_after_days` (Settings,
# default 5) is shown in red with a warning sign and a "Re-send" button: by then the clerk
# should phone the district (the USB stick may not have arrived) and send the file again.
OLD_BACKGROUND = QColor("#fde2e1")
OLD_FOREGROUND = QColor("#a40000")
# A print or an e-mail done in a blink should not flash a progress window.
BUSY_DELAY_MS = 400
PROGRESS_POLL_MS = 100
PACKET_ID_ROLE = Qt.ItemDataRole.UserRole

# Ready tab columns
R_CHECK, R_REGISTERED, R_APPLICANT, R_IIN, R_SERVICE, R_STATUS = range(6)
# Packets tab columns
P_NUMBER, P_DATE, P_RECIPIENT, P_CASES, P_STATUS, P_FILE = range(6)
# Outbox tab columns
O_NUMBER, O_SENT, O_AGE, O_CASES, O_FILE, O_MAIL, O_RESEND = range(7)


class ExportCancelled(Exception):
    """Raised from the export's progress callback when the person pressed Cancel."""


# --- the worker ----------------------------------------------------------------------------


Progress = Callable[[int, int], None]


def _no_progress(_done: int, _total: int) -> None:
    return None


class JobSignals(QObject):
    """A worker's result for the GUI thread (a QRunnable cannot emit signals itself)."""

    done = Signal(object)  # the work's result
    failed = Signal(object)  # the exception


class ProgressRelay:
    """Carries a worker's progress to the GUI thread, and the person's Cancel back.

    The worker stores the latest value and a timer on the GUI thread reads it: the bar
    moves ten times a second however often the core reports (thousands of times for a big
    packet), and no signal is emitted per step. Once cancelled, the next report raises
    `ExportCancelled` on the worker thread, which is how the core is told to stop and to
    remove whatever it has written so far.
    """

    def __init__(self) -> None:
        self.cancelled = threading.Event()
        self._lock = threading.Lock()
        self._latest: tuple[int, int] | None = None

    def report(self, done: int, total: int) -> None:
        """The core's progress callback (on the worker thread)."""
        if self.cancelled.is_set():
            raise ExportCancelled()
        with self._lock:
            self._latest = (done, total)

    def take(self) -> tuple[int, int] | None:
        """The value reported since the last call, if any (on the GUI thread)."""
        with self._lock:
            latest, self._latest = self._latest, None
        return latest


class BackgroundJob(QRunnable):
    """Runs `work(progress)` on a pool thread and reports its result through `signals`."""

    def __init__(
        self,
        work: Callable[[Progress], Any],
        signals: JobSignals,
        progress: Progress | None = None,
    ) -> None:
        super().__init__()
        self.work = work
        # Owned by the dialog, which outlives the job: a result must not be emitted by an
        # object the pool has already deleted.
        self.signals = signals
        self.progress: Progress = progress or _no_progress

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Exception as exc:  # whatever it is, the dialog must leave its busy state
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


# --- small helpers ---------------------------------------------------------------------------


def _d(value: date | datetime | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "—"


def _dt(value: datetime | None) -> str:
    return value.strftime("%d.%m.%Y %H:%M") if value else "—"


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


def fixed_font(scale: float = 1.0) -> QFont:
    """The system's fixed-width font: fingerprints are read group by group, digit by digit."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    return font


def error_text(exc: BaseException, lang: str) -> str | None:
    """A user error or a file-system error as the person should read it; None for a bug."""
    if isinstance(exc, UserError):
        return exc.message(lang)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return None


def _file_stem(number: str) -> str:
    return number.replace("/", "-")


def cover_letter_path(ctx: AppContext, number: str) -> Path:
    """Where a packet's cover letter goes: the office's documents folder."""
    return ctx.paths.documents / f"packet-{_file_stem(number)}-cover-letter.pdf"


def write_cover_letter(ctx: AppContext, packet_id: int, number: str) -> Path:
    """Render the cover letter and transfer list; opens its own sessions (a worker thread)."""
    out = cover_letter_path(ctx, number)
    try:
        return print_packet(ctx, packet_id, out)
    except PermissionError:
        # On Windows the PDF viewer locks the letter it shows: write a time-stamped copy.
        return print_packet(ctx, packet_id, out.with_stem(f"{out.stem}-{datetime.now():%H%M%S}"))


def smtp_ready(ctx: AppContext) -> bool:
    settings = smtp_settings(ctx)
    return bool(settings and settings.host and settings.to and settings.sender)


# --- the dialog ----------------------------------------------------------------------------


class PacketsDialog(QDialog):
    """Ready cases, outgoing packets with their bundles, and the outbox awaiting receipt."""

    packetCreated = Signal(object)  # PacketInfo
    packetExported = Signal(object)  # ExportResult
    coverLetterMade = Signal(object)  # Path
    emailed = Signal(int)  # packet id
    failed = Signal(str)  # the message shown

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
        pool: QThreadPool | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = lang or ui_language()
        self.pool = pool or QThreadPool.globalInstance()
        self.today = today
        self.resend_after = resend_after_days(ctx)  # re-read on every refresh
        self.setObjectName("PacketsDialog")
        self.setWindowTitle(self.tr("Packets and outbox"))
        self._running: str | None = None  # what the worker does now
        self._job: dict[str, Any] = {}
        self._signals: JobSignals | None = None
        self._progress: QProgressDialog | None = None
        self._relay: ProgressRelay | None = None  # while an export runs
        self._poll = QTimer(self)
        self._poll.setInterval(PROGRESS_POLL_MS)
        self._poll.timeout.connect(self._show_progress)
        self._last_folder: str | None = None
        self.ready: list[ReadyCase] = []
        self.packets: list[PacketInfo] = []
        self.waiting: list[OutboxEntry] = []

        self.tabs = QTabWidget(self, objectName="tabs")
        self.tabs.addTab(self._build_ready_tab(), "")
        self.tabs.addTab(self._build_packets_tab(), "")
        self.tabs.addTab(self._build_outbox_tab(), "")

        self.hint = QLabel(self, objectName="hint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.refresh()
        self.resize(980, 600)

    # --- layout ----------------------------------------------------------------------------

    def _build_ready_tab(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Cases ready to go to the district department: acts completed by the "
                "commission, and applications for services the department decides directly. "
                "Tick the cases to send and create a packet."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.all_check = QCheckBox(self.tr("&All ready cases"), page, objectName="allReady")
        self.all_check.setTristate(False)
        self.all_check.clicked.connect(self._check_all)
        self.ready_table = _table(
            [
                self.tr("No."),
                self.tr("Registered"),
                self.tr("Applicant"),
                self.tr("IIN"),
                self.tr("Service"),
                self.tr("Status"),
            ],
            "readyTable",
            R_SERVICE,
        )
        self.ready_table.itemChanged.connect(self._on_ready_changed)
        self.chosen_label = QLabel(page, objectName="chosen")
        self.create_button = QPushButton(self.tr("&Create packet"), page, objectName="create")
        self.create_button.clicked.connect(self.create)
        row = QHBoxLayout()
        row.addWidget(self.all_check)
        row.addStretch(1)
        row.addWidget(self.chosen_label)
        row.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.ready_table, 1)
        layout.addLayout(row)
        return page

    def _build_packets_tab(self) -> QWidget:
        page = QWidget(self)
        self.packets_table = _table(
            [
                self.tr("Outgoing No."),
                self.tr("Date"),
                self.tr("Recipient"),
                self.tr("Cases"),
                self.tr("Status"),
                self.tr("Bundle file"),
            ],
            "packetsTable",
            P_RECIPIENT,
        )
        self.packets_table.itemSelectionChanged.connect(self._show_selected_packet)

        details = QGroupBox(self.tr("Selected packet"), page)
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def value(name: str) -> QLabel:
            label = QLabel("—", details, objectName=name)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return label

        self.cases_value = value("packetCases")
        self.file_value = value("packetFile")
        self.fingerprint_value = value("packetFingerprint")
        self.fingerprint_value.setFont(fixed_font(1.15))
        form.addRow(self.tr("Cases:"), self.cases_value)
        form.addRow(self.tr("Bundle file:"), self.file_value)
        form.addRow(self.tr("Fingerprint (SHA-256):"), self.fingerprint_value)

        self.print_button = QPushButton(self.tr("&Print cover letter…"), page, objectName="print")
        self.print_button.clicked.connect(self.print_selected)
        self.export_button = QPushButton(
            self.tr("&Export to folder / USB…"), page, objectName="export"
        )
        self.export_button.clicked.connect(self.export_selected)
        self.mail_button = QPushButton(self.tr("Send by &e-mail…"), page, objectName="mail")
        self.mail_button.clicked.connect(self.mail_selected)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.export_button)
        row.addWidget(self.mail_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.packets_table, 1)
        layout.addWidget(details)
        layout.addLayout(row)
        return page

    def _build_outbox_tab(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(page, objectName="outboxIntro")  # names the days: set by refresh()
        intro.setWordWrap(True)
        self.outbox_intro = intro
        self.outbox_table = _table(
            [
                self.tr("Outgoing No."),
                self.tr("Sent"),
                self.tr("Days waiting"),
                self.tr("Cases"),
                self.tr("Bundle file"),
                self.tr("E-mail"),
                "",  # the "Re-send" button of a late packet
            ],
            "outboxTable",
            O_MAIL,
        )
        self.outbox_table.itemSelectionChanged.connect(self._update_buttons)
        self.copy_button = QPushButton(
            self.tr("Copy to folder / &USB…"), page, objectName="copyAgain"
        )
        self.copy_button.clicked.connect(self.copy_outbox_selected)
        self.outbox_mail_button = QPushButton(
            self.tr("Send by &e-mail…"), page, objectName="outboxMail"
        )
        self.outbox_mail_button.clicked.connect(self.mail_outbox_selected)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.outbox_mail_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.outbox_table, 1)
        layout.addLayout(row)
        return page

    # --- reading -----------------------------------------------------------------------------

    def _name(self, kk: str, ru: str) -> str:
        return kk if self.lang == "kk" else ru

    def refresh(self, select_packet: int | None = None) -> None:
        """Re-read the three lists; keep (or move) the packet selection."""
        if select_packet is None:
            current = self.selected_packet()
            select_packet = current.id if current else None
        self.ready = ready_cases(self.ctx)
        self.packets = list_packets(self.ctx)
        self.waiting = outbox(self.ctx, self.today)
        self.resend_after = resend_after_days(self.ctx)
        self.outbox_intro.setText(
            self.tr(
                "Packets sent and not yet acknowledged by the district. Those waiting "
                "{days} days or more are shown in red: check that the district received them."
            ).format(days=self.resend_after)
        )
        self._fill_ready()
        self._fill_packets(select_packet)
        self._fill_outbox()
        self.tabs.setTabText(0, self.tr("Ready to send ({count})").format(count=len(self.ready)))
        self.tabs.setTabText(1, self.tr("Packets ({count})").format(count=len(self.packets)))
        self.tabs.setTabText(2, self.tr("Outbox ({count})").format(count=len(self.waiting)))
        self._update_buttons()

    def _fill_ready(self) -> None:
        table = self.ready_table
        table.blockSignals(True)
        table.setRowCount(len(self.ready))
        for row, case in enumerate(self.ready):
            number = _cell(case.number)
            number.setFlags(number.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            number.setCheckState(Qt.CheckState.Unchecked)
            number.setData(PACKET_ID_ROLE, case.number)
            table.setItem(row, R_CHECK, number)
            table.setItem(row, R_REGISTERED, _cell(_dt(case.registered_at)))
            table.setItem(row, R_APPLICANT, _cell(case.applicant_name))
            table.setItem(row, R_IIN, _cell(case.applicant_iin))
            table.setItem(row, R_SERVICE, _cell(self._name(case.service.kk, case.service.ru)))
            table.setItem(row, R_STATUS, _cell(status_label(case.status)))
        table.blockSignals(False)
        self._on_ready_changed()

    def _fill_packets(self, select_packet: int | None) -> None:
        table = self.packets_table
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(self.packets))
        selected_row = None
        for row, p in enumerate(self.packets):
            number = _cell(p.outgoing_number)
            number.setData(PACKET_ID_ROLE, p.id)
            table.setItem(row, P_NUMBER, number)
            table.setItem(row, P_DATE, _cell(_d(p.created_at)))
            recipient = (
                self._name(p.recipient_name.kk, p.recipient_name.ru) if p.recipient_name else ""
            )
            table.setItem(
                row,
                P_RECIPIENT,
                _cell(recipient or p.recipient_code or "—", f"{p.recipient_code} {recipient}"),
            )
            table.setItem(row, P_CASES, _cell(str(len(p.cases)), ", ".join(p.cases)))
            table.setItem(row, P_STATUS, _cell(self.packet_status(p)))
            table.setItem(row, P_FILE, _cell(p.file_name or "—"))
            if self.packet_late(p):
                for col in range(table.columnCount()):
                    self._mark_late(table.item(row, col), self.packet_age(p), sign=col == P_NUMBER)
            if p.id == select_packet:
                selected_row = row
        table.blockSignals(False)
        if selected_row is None and self.packets:
            selected_row = 0
        if selected_row is not None:
            table.selectRow(selected_row)
        self._show_selected_packet()

    def _fill_outbox(self) -> None:
        table = self.outbox_table
        table.clearSelection()
        table.setRowCount(len(self.waiting))
        for row, e in enumerate(self.waiting):
            mail = (
                self.tr("sent {date}").format(date=_dt(e.emailed_at))
                if e.emailed_at
                else (
                    self.tr("failed: {error}").format(error=e.last_error) if e.last_error else "—"
                )
            )
            cells = {
                O_NUMBER: _cell(e.outgoing_number),
                O_SENT: _cell(_dt(e.sent_at)),
                O_AGE: _cell(str(e.age_days)),
                O_CASES: _cell(str(e.cases)),
                O_FILE: _cell(e.file_name or "—", e.fingerprint or None),
                O_MAIL: _cell(mail),
            }
            cells[O_NUMBER].setData(PACKET_ID_ROLE, e.packet_id)
            cells[O_AGE].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            old = e.age_days >= self.resend_after
            for col, item in cells.items():
                if old:
                    self._mark_late(item, e.age_days, sign=col == O_NUMBER)
                table.setItem(row, col, item)
            if old:
                button = QPushButton(self.tr("Re-send…"), objectName=f"resend-{e.packet_id}")
                button.setToolTip(
                    self.tr("Write the same file {name} again to a folder or USB stick").format(
                        name=e.file_name or "—"
                    )
                )
                button.clicked.connect(partial(self.resend, e.packet_id, e.outgoing_number))
                table.setItem(row, O_RESEND, _cell(""))
                table.setCellWidget(row, O_RESEND, button)
            else:
                table.removeCellWidget(row, O_RESEND)  # the row held a late packet before
                table.setItem(row, O_RESEND, _cell(""))

    def _mark_late(self, item: QTableWidgetItem, days: int, *, sign: bool = False) -> None:
        """Red, bold, a warning sign on the number, and the reason in the tooltip."""
        item.setBackground(QBrush(OLD_BACKGROUND))
        item.setForeground(QBrush(OLD_FOREGROUND))
        # Bold as well: a selected row shows the selection's colours, not red.
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setToolTip(self.tr("No receipt from the district after %n day(s)", "", days))
        if sign:
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))

    def packet_age(self, p: PacketInfo) -> int:
        """Days since the packet was sent (0 for one not sent)."""
        if p.sent_at is None:
            return 0
        return max(((self.today or date.today()) - p.sent_at.date()).days, 0)

    def packet_late(self, p: PacketInfo) -> bool:
        """Sent, not acknowledged, and older than the setting `resend_after_days`."""
        return p.status == "sent" and self.packet_age(p) >= self.resend_after

    def resend(self, packet_id: int, number: str) -> None:
        """The late packet's one button: the same file again, to the folder the person picks."""
        self.export_to_folder(packet_id, number)

    def packet_status(self, p: PacketInfo) -> str:
        if p.status == "draft":
            return self.tr("Not exported yet")
        if p.status == "sent":
            days = self.packet_age(p)
            if days == 0:
                return self.tr("Sent {date}, awaiting acknowledgement").format(date=_d(p.sent_at))
            return self.tr("Sent {date}, awaiting acknowledgement for %n day(s)", "", days).format(
                date=_d(p.sent_at)
            )
        if p.status == "acknowledged":
            return self.tr("Acknowledged {date}").format(date=_d(p.acknowledged_at))
        return p.status

    def selected_packet(self) -> PacketInfo | None:
        rows = self.packets_table.selectionModel().selectedRows() if self.packets else []
        if not rows:
            return None
        packet_id = self.packets_table.item(rows[0].row(), P_NUMBER).data(PACKET_ID_ROLE)
        return next((p for p in self.packets if p.id == packet_id), None)

    def selected_outbox(self) -> OutboxEntry | None:
        rows = self.outbox_table.selectionModel().selectedRows() if self.waiting else []
        if not rows:
            return None
        packet_id = self.outbox_table.item(rows[0].row(), O_NUMBER).data(PACKET_ID_ROLE)
        return next((e for e in self.waiting if e.packet_id == packet_id), None)

    def checked_numbers(self) -> list[str]:
        table = self.ready_table
        return [
            table.item(row, R_CHECK).data(PACKET_ID_ROLE)
            for row in range(table.rowCount())
            if table.item(row, R_CHECK).checkState() == Qt.CheckState.Checked
        ]

    # --- state -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while a worker prints, exports or sends."""
        return self._running is not None

    def _show_selected_packet(self) -> None:
        p = self.selected_packet()
        self.cases_value.setText(", ".join(p.cases) if p else "—")
        self.file_value.setText((p.file_name if p else None) or self.tr("not exported yet"))
        self.fingerprint_value.setText((p.bundle_fingerprint if p else None) or "—")
        self._update_buttons()

    def _on_ready_changed(self, _item: QTableWidgetItem | None = None) -> None:
        chosen = len(self.checked_numbers())
        total = len(self.ready)
        self.all_check.setChecked(total > 0 and chosen == total)
        self.all_check.setEnabled(total > 0 and not self.busy)
        self.chosen_label.setText(
            self.tr("Chosen: {chosen} of {total}").format(chosen=chosen, total=total)
        )
        self._update_buttons()

    def _check_all(self, checked: bool) -> None:
        table = self.ready_table
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        table.blockSignals(True)
        for row in range(table.rowCount()):
            table.item(row, R_CHECK).setCheckState(state)
        table.blockSignals(False)
        self._on_ready_changed()

    def _update_buttons(self) -> None:
        idle = not self.busy
        p = self.selected_packet()
        self.create_button.setEnabled(idle and bool(self.checked_numbers()))
        self.print_button.setEnabled(idle and p is not None)
        self.export_button.setEnabled(idle and p is not None)
        self.mail_button.setEnabled(idle and p is not None and p.status != "draft")
        e = self.selected_outbox()
        self.copy_button.setEnabled(idle and e is not None)
        self.outbox_mail_button.setEnabled(idle and e is not None)
        self.close_button.setEnabled(idle)
        # After a packet is created the next step is its export: Enter does it.
        self.export_button.setDefault(p is not None and p.status == "draft")

    def _warn(self, text: str) -> None:
        self.hint.setText(text)
        QMessageBox.warning(self, self.windowTitle(), text)
        self.failed.emit(text)

    # --- creating a packet -----------------------------------------------------------------

    def create(self) -> None:
        """Put the ticked cases into a new outgoing packet (after a confirmation)."""
        numbers = self.checked_numbers()
        if not numbers or self.busy:
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Put %n case(s) into a new outgoing packet to the district?", "", len(numbers)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            info = create_packet(self.ctx, numbers)
        except UserError as exc:
            self._warn(exc.message(self.lang))
            self.refresh()
            return
        self.refresh(select_packet=info.id)
        self.tabs.setCurrentIndex(1)
        self.hint.setText(
            self.tr(
                "Packet No. {number} is created. Next: export it to a folder or USB stick, "
                "then print the cover letter, which names the bundle file."
            ).format(number=info.outgoing_number)
        )
        self.packetCreated.emit(info)

    # --- background work ---------------------------------------------------------------------

    def _start(
        self,
        what: str,
        work: Callable[[Progress], Any],
        progress: QProgressDialog,
        relay: ProgressRelay | None = None,
        **job: Any,
    ) -> None:
        """Run `work` on the pool; `what` chooses the handler of its result, `job` is the
        context that handler needs (packet id, number, ...)."""
        signals = JobSignals(self)
        # Bound methods of the dialog, never lambdas: the dialog's thread (the GUI's) is
        # where the result is then handled, whichever thread emitted it.
        signals.done.connect(self._on_done)
        signals.failed.connect(self._on_failed)
        self._signals = signals
        self._progress = progress
        self._relay = relay
        self._running = what
        self._job = job
        self._update_buttons()
        self.all_check.setEnabled(False)
        if relay is not None:
            self._poll.start()
        self.pool.start(BackgroundJob(work, signals, relay.report if relay else None))

    def _on_done(self, result: Any) -> None:
        what, job = self._running, self._job
        self._show_progress()  # the last report: a finished export shows a full bar
        self._end_job()
        if what == "print":
            self._on_printed(result, job["number"])
        elif what == "export":
            self._on_exported(result)
        elif what == "smtp":
            self._on_smtp_sent(job["packet_id"], job["number"], job["address"])

    def _busy_dialog(self, text: str) -> QProgressDialog:
        progress = QProgressDialog(text, "", 0, 0, self)
        progress.setWindowTitle(self.windowTitle())
        progress.setCancelButton(None)  # reportlab and smtplib cannot be stopped half-way
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(BUSY_DELAY_MS)
        progress.setValue(0)  # starts the delay
        return progress

    def _end_job(self) -> str | None:
        running = self._running
        self._poll.stop()
        self._relay = None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        if self._signals is not None:
            self._signals.deleteLater()
            self._signals = None
        self._running = None
        self._update_buttons()
        self.all_check.setEnabled(bool(self.ready))
        return running

    def _show_progress(self) -> None:
        """The poll timer's slot: move the bar to the worker's latest report."""
        relay, progress = self._relay, self._progress
        if relay is None or progress is None or relay.cancelled.is_set():
            return  # after a cancel the dialog is closed: a late value must not reopen it
        latest = relay.take()
        if latest is None:
            return
        done, total = latest
        if progress.maximum() != total:
            progress.setMaximum(total)
        progress.setValue(min(done, total))

    def _on_failed(self, exc: Exception) -> None:
        what = self._end_job()
        if isinstance(exc, ExportCancelled):
            self.refresh()
            self.hint.setText(self.tr("The export was cancelled: no file was written."))
            return
        text = error_text(exc, self.lang)
        if text is None:
            text = self.tr("Something went wrong: {error}").format(error=str(exc) or repr(exc))
        elif isinstance(exc, OSError):
            text = self.tr("The file could not be written: {error}").format(error=text)
        if what == "export":
            self.refresh()  # nothing was marked sent, but the lists are re-read all the same
        self._warn(text)

    def reject(self) -> None:
        # Closing now would drop the result of the running job; the progress says to wait.
        if not self.busy:
            super().reject()

    # --- printing the cover letter ---------------------------------------------------------

    def print_selected(self) -> None:
        p = self.selected_packet()
        if p is not None:
            self.print_cover_letter(p.id, p.outgoing_number)

    def print_cover_letter(self, packet_id: int, number: str) -> None:
        if self.busy:
            return
        progress = self._busy_dialog(
            self.tr("Making the cover letter for packet No. {number}…").format(number=number)
        )
        self._start(
            "print",
            lambda _progress: write_cover_letter(self.ctx, packet_id, number),
            progress,
            number=number,
        )

    def _on_printed(self, path: Path, number: str) -> None:
        self.hint.setText(self.tr("Saved to: {path}").format(path=str(path)))
        offer_document(
            self,
            path,
            self.tr("Cover letter for packet No. {number} is ready").format(number=number),
        )
        self.coverLetterMade.emit(path)

    # --- exporting -------------------------------------------------------------------------

    def export_selected(self) -> None:
        p = self.selected_packet()
        if p is not None:
            self.export_to_folder(p.id, p.outgoing_number)

    def copy_outbox_selected(self) -> None:
        e = self.selected_outbox()
        if e is not None:
            self.export_to_folder(e.packet_id, e.outgoing_number)

    def export_to_folder(self, packet_id: int, number: str) -> None:
        """Ask for a folder (a USB stick), then write the bundle there on a worker thread."""
        if self.busy:
            return
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Folder or USB stick for packet No. {number}").format(number=number),
            self._last_folder or str(Path.home()),
        )
        if not folder:
            return
        self._last_folder = folder
        progress = QProgressDialog(
            self.tr("Writing packet No. {number} to {folder}…").format(
                number=number, folder=folder
            ),
            self.tr("Cancel"),
            0,
            PROGRESS_TOTAL,
            self,
        )
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        # Closed by the dialog when the worker ends, not when the bar reaches the end: the
        # last step (the log) may still fail and undo the file.
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        progress.setMinimumWidth(460)
        progress.canceled.connect(self._cancel_export)
        progress.setValue(0)
        progress.show()  # at once: an export always takes a moment, and it can be cancelled
        self._start(
            "export",
            partial(export_packet, self.ctx, packet_id, Path(folder)),
            progress,
            ProgressRelay(),
            packet_id=packet_id,
            number=number,
        )
        self.hint.setText(self.tr("Writing packet No. {number}…").format(number=number))

    def _cancel_export(self) -> None:
        if self._running == "export" and self._relay is not None:
            self._relay.cancelled.set()
            self.hint.setText(self.tr("Cancelling the export…"))

    def _on_exported(self, result: ExportResult) -> None:
        self.refresh(select_packet=result.packet_id)
        if result.resent:
            text = self.tr("Packet No. {number} was sent before: the same file is copied to {path}")
        else:
            text = self.tr("Packet No. {number} is written to {path}")
        text = text.format(number=result.outgoing_number, path=str(result.path))
        self.hint.setText(text)
        box = QMessageBox(self)
        box.setObjectName("exported")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.windowTitle())
        box.setText(text)
        box.setInformativeText(
            self.tr(
                "File: {name}\nFingerprint (SHA-256): {fingerprint}\n\nThe cover letter "
                "printed now names this file and fingerprint: the district compares them "
                "with the file it receives."
            ).format(name=result.file_name, fingerprint=result.fingerprint)
        )
        print_button = box.addButton(
            self.tr("Print cover letter…"), QMessageBox.ButtonRole.AcceptRole
        )
        close_button = box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(print_button)
        box.setEscapeButton(close_button)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        self.packetExported.emit(result)
        if clicked is print_button:
            self.print_cover_letter(result.packet_id, result.outgoing_number)

    # --- e-mail ------------------------------------------------------------------------------

    def mail_selected(self) -> None:
        p = self.selected_packet()
        if p is not None:
            self.send_by_email(p.id, p.outgoing_number)

    def mail_outbox_selected(self) -> None:
        e = self.selected_outbox()
        if e is not None:
            self.send_by_email(e.packet_id, e.outgoing_number)

    def send_by_email(self, packet_id: int, number: str) -> None:
        """Through the office's SMTP server when set up, else the person's mail program."""
        if self.busy:
            return
        if smtp_ready(self.ctx):
            settings = smtp_settings(self.ctx)
            assert settings is not None
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Send packet No. {number} by e-mail to {address}?").format(
                    number=number, address=settings.to
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            progress = self._busy_dialog(
                self.tr("Sending packet No. {number}…").format(number=number)
            )
            self._start(
                "smtp",
                lambda _progress: send_smtp(self.ctx, packet_id),
                progress,
                packet_id=packet_id,
                number=number,
                address=settings.to,
            )
            return
        self._mail_client(packet_id, number)

    def _on_smtp_sent(self, packet_id: int, number: str, address: str) -> None:
        self.refresh(select_packet=packet_id)
        text = self.tr("Packet No. {number} is sent by e-mail to {address}.").format(
            number=number, address=address
        )
        self.hint.setText(text)
        QMessageBox.information(self, self.windowTitle(), text)
        self.emailed.emit(packet_id)

    def _mail_client(self, packet_id: int, number: str) -> None:
        try:
            url = mailto_url(self.ctx, packet_id)
            path, _sha = archived_bundle(self.ctx, packet_id)
        except UserError as exc:
            self._warn(exc.message(self.lang))
            return
        # A mailto: link cannot carry an attachment: the message text says which file to
        # attach, and the folder holding it opens beside the mail program.
        opened = QDesktopServices.openUrl(QUrl(url))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        if opened:
            question = self.tr(
                "A new message to the district is open in your e-mail program, and the folder "
                "with the file is open beside it.\n\nAttach the file {name} to the message and "
                "send it. Has the message gone?"
            )
        else:
            question = self.tr(
                "No e-mail program was found. The folder with the file is open: send the file "
                "{name} from your web mail.\n\nHas the message gone?"
            )
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            question.format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.hint.setText(
                self.tr("Packet No. {number} waits in the outbox until it goes.").format(
                    number=number
                )
            )
            return
        try:
            mark_emailed(self.ctx, packet_id)
        except UserError as exc:
            self._warn(exc.message(self.lang))
            return
        self.refresh(select_packet=packet_id)
        self.hint.setText(
            self.tr("Packet No. {number} is recorded as sent by e-mail.").format(number=number)
        )
        self.emailed.emit(packet_id)
