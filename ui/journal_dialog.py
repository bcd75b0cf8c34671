"""The registration journal for a period: a PDF to print and sign, or an Excel workbook.

A busy year's journal runs to hundreds of pages and takes seconds to render, so the work
runs on a QThreadPool worker behind a busy indicator and the window keeps painting. The
files go to the office's documents folder first; the renderers write atomically, so a
failure (a full disk) leaves the previous file or none, never half of one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import UserError
from app.printing import journal_data
from ui.i18n import ui_language
from ui.printing import copy_atomically, offer_document

FORMAT_PDF = "pdf"
FORMAT_XLSX = "xlsx"
FORMATS = (FORMAT_PDF, FORMAT_XLSX)
# A journal made in a blink should not flash a progress window.
BUSY_DELAY_MS = 400


# --- the work, Qt-free ----------------------------------------------------------------------


def journal_path(ctx: AppContext, date_from: date, date_to: date, fmt: str) -> Path:
    """Where the journal of a period goes: the office's documents folder."""
    return ctx.paths.documents / f"journal-{date_from.isoformat()}-{date_to.isoformat()}.{fmt}"


def write_journal(ctx: AppContext, date_from: date, date_to: date, fmt: str) -> Path:
    """Build the journal of a period from the database and render it as PDF or XLSX; its path.

    Opens its own session, so it can run on a worker thread.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown journal format: {fmt!r}")
    # Imported here so that opening the dialog does not pay for loading reportlab.
    from forms.journal import render_journal_pdf, render_journal_xlsx

    render = render_journal_pdf if fmt == FORMAT_PDF else render_journal_xlsx
    with ctx.session() as s:
        data = journal_data(ctx, s, date_from, date_to)
    out = journal_path(ctx, date_from, date_to, fmt)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        return render(data, out)
    except PermissionError:
        # On Windows a viewer (or Excel) locks the file it shows, so the last copy of the
        # same period cannot be replaced while open: write a time-stamped one beside it.
        return render(data, out.with_stem(f"{out.stem}-{datetime.now():%H%M%S}"))


# --- the worker ----------------------------------------------------------------------------


class JobSignals(QObject):
    """A worker's result, delivered to the GUI thread (a QRunnable cannot emit signals)."""

    written = Signal(object)  # Path
    failed = Signal(object)  # the exception


class JournalJob(QRunnable):
    """Runs `work` on a pool thread and reports through `signals`."""

    def __init__(self, work: Callable[[], Path], signals: JobSignals) -> None:
        super().__init__()
        self.work = work
        # Owned by the dialog, which outlives the job: the result must not be emitted by an
        # object the pool has already deleted.
        self.signals = signals

    def run(self) -> None:
        try:
            path = self.work()
        except Exception as exc:  # whatever it is, the dialog must leave its busy state
            self.signals.failed.emit(exc)
        else:
            self.signals.written.emit(path)


# --- the dialog ----------------------------------------------------------------------------


def _period(date_from: date, date_to: date) -> str:
    return f"{date_from:%d.%m.%Y} – {date_to:%d.%m.%Y}"


class JournalDialog(QDialog):
    """Choose a period and a format, make the journal, then print it or save it."""

    journalMade = Signal(object)  # the journal's Path, once handed to the person
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
        self._signals = JobSignals(self)
        self._signals.written.connect(self._on_written)
        self._signals.failed.connect(self._on_failed)
        self._progress: QProgressDialog | None = None
        self._running: tuple[date, date, str] | None = None
        self.setWindowTitle(self.tr("Registration journal"))

        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), today.month(), 1), self)
        self.date_from.setObjectName("dateFrom")
        self.date_to = QDateEdit(today, self)
        self.date_to.setObjectName("dateTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.dateChanged.connect(self._validate)

        self.pdf_radio = QRadioButton(self.tr("PDF, for printing"), self)
        self.pdf_radio.setObjectName("pdf")
        self.xlsx_radio = QRadioButton(self.tr("Excel workbook (XLSX)"), self)
        self.xlsx_radio.setObjectName("xlsx")
        self.pdf_radio.setChecked(True)
        self._formats = QButtonGroup(self)
        for radio in (self.pdf_radio, self.xlsx_radio):
            self._formats.addButton(radio)

        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.make_button = QPushButton(self.tr("Make journal"), self)
        self.make_button.setObjectName("make")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        form = QFormLayout()
        form.addRow(self.tr("Period from:"), self.date_from)
        form.addRow(self.tr("Period to:"), self.date_to)
        form.addRow(self.tr("Format:"), self.pdf_radio)
        form.addRow("", self.xlsx_radio)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._validate()

    # --- state ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while a journal is being made."""
        return self._running is not None

    def period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def set_period(self, date_from: date, date_to: date) -> None:
        self.date_from.setDate(QDate(date_from))
        self.date_to.setDate(QDate(date_to))

    def chosen_format(self) -> str:
        return FORMAT_XLSX if self.xlsx_radio.isChecked() else FORMAT_PDF

    def _validate(self) -> bool:
        date_from, date_to = self.period()
        ok = date_from <= date_to
        self.hint.setText("" if ok else self.tr("The period starts after it ends."))
        self.make_button.setEnabled(ok and not self.busy)
        return ok

    def _set_busy(self, running: tuple[date, date, str] | None) -> None:
        self._running = running
        for widget in (self.date_from, self.date_to, self.pdf_radio, self.xlsx_radio):
            widget.setEnabled(running is None)
        self.close_button.setEnabled(running is None)
        self._validate()

    # --- making the journal --------------------------------------------------------------

    def make(self) -> None:
        """Start making the journal on a worker thread; the result arrives as a signal."""
        if self.busy or not self._validate():
            return
        date_from, date_to = self.period()
        fmt = self.chosen_format()
        self._set_busy((date_from, date_to, fmt))
        progress = QProgressDialog(self.tr("Making the journal…"), "", 0, 0, self)
        progress.setWindowTitle(self.windowTitle())
        progress.setCancelButton(None)  # reportlab cannot be stopped half-way
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(BUSY_DELAY_MS)
        progress.setValue(0)  # starts the delay: a busy dialog gets no other value to count from
        self._progress = progress
        self.pool.start(
            JournalJob(partial(write_journal, self.ctx, date_from, date_to, fmt), self._signals)
        )

    def _end_job(self) -> tuple[date, date, str]:
        running = self._running
        assert running is not None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self._set_busy(None)
        return running

    def _on_written(self, path: Path) -> None:
        date_from, date_to, _fmt = self._end_job()
        if path.suffix.lower() == ".pdf":
            self.hint.setText(self.tr("Saved to: {path}").format(path=str(path)))
            title = self.tr("Registration journal for {period} is ready").format(
                period=_period(date_from, date_to)
            )
            offer_document(self, path, title)
        else:
            self._save_workbook(path)
        self.journalMade.emit(path)

    def _save_workbook(self, path: Path) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the journal as Excel"),
            str(Path.home() / path.name),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        saved = path
        if target:
            out = Path(target)
            if out.suffix.lower() != ".xlsx":
                out = out.with_name(out.name + ".xlsx")
            try:
                saved = copy_atomically(path, out)
            except OSError as exc:
                QMessageBox.warning(
                    self,
                    self.windowTitle(),
                    self.tr("Could not save the file: {error}").format(
                        error=exc.strerror or str(exc)
                    ),
                )
        # The office's own copy is always there, so the clerk can find it after a cancel.
        self.hint.setText(self.tr("Saved to: {path}").format(path=str(saved)))

    def _on_failed(self, exc: Exception) -> None:
        self._end_job()
        if isinstance(exc, UserError):
            text = exc.message(self.lang)
        elif isinstance(exc, OSError):
            text = self.tr("The journal could not be written: {error}").format(
                error=exc.strerror or str(exc)
            )
        else:
            text = self.tr("The journal could not be made: {error}").format(error=str(exc))
        self.hint.setText(text)
        QMessageBox.warning(self, self.windowTitle(), text)
        self.failed.emit(text)

    def reject(self) -> None:
        # Closing now would drop the result of the running job; the progress says to wait.
        if not self.busy:
            super().reject()
