"""The report to the district: choose a period (and at the district an office), then save it
as PDF, DOCX or Excel, or see it in the print preview.

Counting a district's year takes a while, so the work runs on a QThreadPool worker with a
progress bar and a Cancel button that really stops it: the worker checks a flag between
cases and between the pieces it writes, and the file is written atomically, so a cancelled
report leaves no file (and no half of one) behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import UserError
from app.reports import ReportCancelled, report_file_name, report_offices, write_report
from ui.i18n import ui_language
from ui.printing import preview

PERIOD_THIS_MONTH = "this_month"
PERIOD_LAST_MONTH = "last_month"
PERIOD_THIS_QUARTER = "this_quarter"
PERIOD_CUSTOM = "custom"
SAVE_FORMATS = ("pdf", "docx", "xlsx")
MODE_SAVE = "save"
MODE_PREVIEW = "preview"


def period_for(choice: str, today: date) -> tuple[date, date] | None:
    """The first and last day of a preset period around `today`; None for a custom one."""
    if choice == PERIOD_THIS_MONTH:
        first = today.replace(day=1)
    elif choice == PERIOD_LAST_MONTH:
        first = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    elif choice == PERIOD_THIS_QUARTER:
        first = today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1)
    else:
        return None
    months = 3 if choice == PERIOD_THIS_QUARTER else 1
    month = first.month - 1 + months
    after = date(first.year + month // 12, month % 12 + 1, 1)
    return first, after - timedelta(days=1)


# --- the worker ----------------------------------------------------------------------------


class ReportSignals(QObject):
    """A worker's news for the GUI thread (a QRunnable cannot emit signals itself)."""

    progress = Signal(int, int)
    written = Signal(object)  # Path
    cancelled = Signal()
    failed = Signal(object)  # the exception


class ReportJob(QRunnable):
    """Runs `work(progress, cancel)` on a pool thread and reports through `signals`."""

    def __init__(
        self,
        work: Callable[[Callable[[int, int], None], Callable[[], bool]], Path],
        signals: ReportSignals,
        stop: threading.Event,
    ) -> None:
        super().__init__()
        self.work = work
        # Owned by the dialog, which outlives the job (it cannot close while one runs).
        self.signals = signals
        self.stop = stop

    def run(self) -> None:
        try:
            path = self.work(self.signals.progress.emit, self.stop.is_set)
        except ReportCancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # whatever it is, the dialog must leave its busy state
            self.signals.failed.emit(exc)
        else:
            self.signals.written.emit(path)


# --- the dialog ----------------------------------------------------------------------------


class ReportDialog(QDialog):
    """Period, office (at the district) and format; Save… or Print preview…"""

    reportMade = Signal(object)  # the written file's Path
    cancelled = Signal()
    failed = Signal(str)  # the message shown

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = lang or ui_language()
        self.pool = pool or QThreadPool.globalInstance()
        self._signals = ReportSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.written.connect(self._on_written)
        self._signals.cancelled.connect(self._on_cancelled)
        self._signals.failed.connect(self._on_failed)
        self._stop = threading.Event()
        self._running: tuple[str, Path] | None = None
        self.setWindowTitle(self.tr("Report to the district"))
        self.setMinimumWidth(440)

        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("period")
        for text, code in (
            (self.tr("This month"), PERIOD_THIS_MONTH),
            (self.tr("Last month"), PERIOD_LAST_MONTH),
            (self.tr("This quarter"), PERIOD_THIS_QUARTER),
            (self.tr("Another period"), PERIOD_CUSTOM),
        ):
            self.period_combo.addItem(text, code)
        self.date_from = QDateEdit(self)
        self.date_from.setObjectName("dateFrom")
        self.date_to = QDateEdit(self)
        self.date_to.setObjectName("dateTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.dateChanged.connect(self._validate)

        me, offices = report_offices(ctx)
        self.office_combo = QComboBox(self)
        self.office_combo.setObjectName("office")
        self.office_combo.addItem(self.tr("All offices"), None)
        for o in offices:
            name = o.name_kk if self.lang == "kk" else o.name_ru
            self.office_combo.addItem(f"{o.code} {name}", o.code)
        self.is_district = me.role == "district"

        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("format")
        for text, code in (
            (self.tr("PDF, for printing"), "pdf"),
            (self.tr("Word document (DOCX)"), "docx"),
            (self.tr("Excel workbook (XLSX)"), "xlsx"),
        ):
            self.format_combo.addItem(text, code)

        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)

        self.save_button = QPushButton(self.tr("Save…"), self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.preview_button = QPushButton(self.tr("Print preview…"), self)
        self.preview_button.setObjectName("preview")
        self.preview_button.clicked.connect(self.show_preview)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Period:"), self.period_combo)
        form.addRow(self.tr("From:"), self.date_from)
        form.addRow(self.tr("To:"), self.date_to)
        if self.is_district:
            form.addRow(self.tr("Office:"), self.office_combo)
        else:
            self.office_combo.setVisible(False)
        form.addRow(self.tr("Format:"), self.format_combo)
        note = QLabel(
            self.tr(
                "The report counts the applications registered in the period; their results "
                "and terms as of the period's end."
            ),
            self,
        )
        note.setWordWrap(True)
        busy = QHBoxLayout()
        busy.addWidget(self.progress_bar, 1)
        busy.addWidget(self.cancel_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_button, self.preview_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.hint)
        layout.addLayout(busy)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.period_combo.currentIndexChanged.connect(self._on_period_chosen)
        self._on_period_chosen()

    # --- state ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while a report is being made."""
        return self._running is not None

    def period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def set_period(self, date_from: date, date_to: date) -> None:
        """Choose "Another period" with these dates (as a person typing them would)."""
        self.period_combo.setCurrentIndex(self.period_combo.findData(PERIOD_CUSTOM))
        self.date_from.setDate(QDate(date_from))
        self.date_to.setDate(QDate(date_to))

    def chosen_format(self) -> str:
        return str(self.format_combo.currentData())

    def chosen_office(self) -> str | None:
        return self.office_combo.currentData() if self.is_district else None

    def _on_period_chosen(self) -> None:
        choice = self.period_combo.currentData()
        preset = period_for(choice, QDate.currentDate().toPython())
        custom = preset is None
        if preset is not None:
            self.date_from.setDate(QDate(preset[0]))
            self.date_to.setDate(QDate(preset[1]))
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(custom and not self.busy)
        self._validate()

    def _validate(self) -> bool:
        date_from, date_to = self.period()
        ok = date_from <= date_to
        if not self.busy:
            self.hint.setText("" if ok else self.tr("The period starts after it ends."))
        for button in (self.save_button, self.preview_button):
            button.setEnabled(ok and not self.busy)
        return ok

    def _set_busy(self, running: tuple[str, Path] | None) -> None:
        self._running = running
        custom = self.period_combo.currentData() == PERIOD_CUSTOM
        for widget in (self.period_combo, self.office_combo, self.format_combo):
            widget.setEnabled(running is None)
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(running is None and custom)
        self.close_button.setEnabled(running is None)
        self.progress_bar.setVisible(running is not None)
        self.cancel_button.setVisible(running is not None)
        self.cancel_button.setEnabled(running is not None)
        self.progress_bar.setValue(0)
        self._validate()

    # --- making the report ---------------------------------------------------------------

    def save(self) -> None:
        """Ask where to save the report in the chosen format, then make it there."""
        if self.busy or not self._validate():
            return
        fmt = self.chosen_format()
        date_from, date_to = self.period()
        name = report_file_name(date_from, date_to, fmt, self.chosen_office())
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "docx": self.tr("Word documents (*.docx)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
        }
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(Path.home() / name), filters[fmt]
        )
        if not target:
            return
        out = Path(target)
        if out.suffix.lower() != f".{fmt}":
            out = out.with_name(f"{out.name}.{fmt}")
        self.start(MODE_SAVE, fmt, out)

    def show_preview(self) -> None:
        """Make the report as PDF in the office's documents folder and show it for printing."""
        if self.busy or not self._validate():
            return
        date_from, date_to = self.period()
        folder = self.ctx.paths.documents
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / report_file_name(date_from, date_to, "pdf", self.chosen_office())
        self.start(MODE_PREVIEW, "pdf", out)

    def start(self, mode: str, fmt: str, out: Path) -> None:
        """Make the report into `out` on a worker thread; the result arrives as a signal."""
        date_from, date_to = self.period()
        self._stop.clear()
        self._set_busy((mode, out))
        self.hint.setText(self.tr("Making the report…"))
        work = partial(self._work, date_from, date_to, fmt, out, self.chosen_office())
        self.pool.start(ReportJob(work, self._signals, self._stop))

    def _work(
        self,
        date_from: date,
        date_to: date,
        fmt: str,
        out: Path,
        office: str | None,
        progress: Callable[[int, int], None],
        cancel: Callable[[], bool],
    ) -> Path:
        # On the worker thread: touches no widget, only the context and the file.
        return write_report(
            self.ctx,
            date_from,
            date_to,
            fmt,
            out,
            office_code=office,
            progress=progress,
            cancel=cancel,
        )

    def cancel(self) -> None:
        """Ask the running report to stop; it ends through `cancelled`."""
        if self.busy:
            self._stop.set()
            self.cancel_button.setEnabled(False)
            self.hint.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        if self.busy and total:
            self.progress_bar.setValue(done * 100 // total)

    def _end_job(self) -> tuple[str, Path]:
        running = self._running
        assert running is not None
        self._set_busy(None)
        return running

    def _on_written(self, path: Path) -> None:
        mode, _out = self._end_job()
        self.hint.setText(self.tr("Saved to: {path}").format(path=str(path)))
        if mode == MODE_PREVIEW:
            date_from, date_to = self.period()
            title = self.tr("Report for {period}").format(
                period=f"{date_from:%d.%m.%Y} – {date_to:%d.%m.%Y}"
            )
            preview(self, path, title)
        self.reportMade.emit(path)

    def _on_cancelled(self) -> None:
        self._end_job()
        self.hint.setText(self.tr("Cancelled: no file was written."))
        self.cancelled.emit()

    def _on_failed(self, exc: Exception) -> None:
        self._end_job()
        if isinstance(exc, UserError):
            text = exc.message(self.lang)
        elif isinstance(exc, OSError):
            text = self.tr("The report could not be written: {error}").format(
                error=exc.strerror or str(exc)
            )
        else:
            text = self.tr("The report could not be made: {error}").format(error=str(exc))
        self.hint.setText(text)
        QMessageBox.warning(self, self.windowTitle(), text)
        self.failed.emit(text)

    def reject(self) -> None:
        # Escape or the window's close button while a report is being made stops it first;
        # the dialog closes only once the worker has let go of the file.
        if self.busy:
            self.cancel()
            return
        super().reject()
