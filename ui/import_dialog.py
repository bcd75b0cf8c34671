"""Import bundles: the files a USB stick or an e-mail brought, chosen, or dropped on the window.

Used by both roles: the district imports the akim's offices' packets of cases, an akim's
office the district's return bundles (receipts and decisions). Every rule is
`app.bundle_import.import_bundle`'s: it checks a file before it writes anything and never
raises for a bad one. The window runs it on a worker thread, one file after the other in
name order (a folder's bundles from one office then go in by sequence number), and shows
one row per file as it is done, and below the table what became of each record of the
file selected — refused files and records in red, with the reason.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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

from app.bundle_import import ImportReport, import_bundle
from app.context import AppContext
from app.inbox import bundle_files
from ui.i18n import ui_language
from ui.packets_dialog import error_text
from ui.verify_dialog import check_label

REFUSED_COLOR = QColor("#b00020")
REFUSED_BACKGROUND = QColor("#fde2e1")
ALREADY_COLOR = QColor("#666666")
OK_COLOR = QColor("#2e7d32")
PROGRESS_STEPS = 1000
FILE_ROLE = Qt.ItemDataRole.UserRole

# Files table columns
F_FILE, F_FROM, F_SEQUENCE, F_STATUS, F_NEW, F_UPDATED, F_UNCHANGED, F_REFUSED = range(8)
# Records table columns
R_NUMBER, R_TYPE, R_OUTCOME, R_REASON = range(4)

RECORD_TYPES: dict[str, str] = {
    "case": QT_TRANSLATE_NOOP("ImportDialog", "Case"),
    "decision": QT_TRANSLATE_NOOP("ImportDialog", "Decision"),
    "acknowledgement": QT_TRANSLATE_NOOP("ImportDialog", "Receipt for a packet"),
}
OUTCOMES: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("ImportDialog", "New"),
    "updated": QT_TRANSLATE_NOOP("ImportDialog", "Updated"),
    "unchanged": QT_TRANSLATE_NOOP("ImportDialog", "Unchanged"),
    "refused": QT_TRANSLATE_NOOP("ImportDialog", "Refused"),
}


def _label(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate("ImportDialog", source) if source else code


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


# --- the worker ---------------------------------------------------------------------------------


class ImportSignals(QObject):
    """What the worker tells the window (queued to the GUI thread: the window owns this)."""

    progress = Signal(int, int, int, int, str)  # file no., files, records done, records, name
    fileDone = Signal(object)  # ImportReport
    finished = Signal(list)  # every ImportReport of the run
    failed = Signal(object)  # an exception that stopped the run (not a refused file)


class ImportJob(QRunnable):
    """Imports the files one after the other, each in its own transaction."""

    def __init__(self, ctx: AppContext, files: list[Path], signals: ImportSignals) -> None:
        super().__init__()
        self.ctx, self.files, self.signals = ctx, files, signals
        self.started = threading.Event()

    def run(self) -> None:
        self.started.set()
        reports: list[ImportReport] = []
        n = len(self.files)
        try:
            for i, path in enumerate(self.files, 1):
                self.signals.progress.emit(i, n, 0, 0, path.name)

                def step(done: int, total: int, i: int = i, name: str = path.name) -> None:
                    self.signals.progress.emit(i, n, done, total, name)

                report = import_bundle(
                    self.ctx, path, staff_login=self.ctx.staff_login, progress=step
                )
                reports.append(report)
                self.signals.fileDone.emit(report)
        except Exception as exc:  # a full disk, a locked database: the window must say it
            self.signals.failed.emit(exc)
        self.signals.finished.emit(reports)


# --- the window ---------------------------------------------------------------------------------


class ImportDialog(QDialog):
    """Choose or drop bundle files; each is imported and reported, record by record."""

    imported = Signal(list)  # the ImportReports of one run, when it ends

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
        self.reports: list[ImportReport] = []
        self._queue: list[Path] = []  # dropped while a run was going on
        self._running = False
        self._last_folder: str | None = None
        self.setObjectName("ImportDialog")
        self.setWindowTitle(self.tr("Import bundles"))
        self.setAcceptDrops(True)

        intro = QLabel(
            self.tr(
                "Choose the bundle files (.qbl) that came on a USB stick or by e-mail, or a "
                "whole folder — or drag them onto this window. Each file is checked before "
                "anything is written: a refused file changes nothing."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.files_button = QPushButton(self.tr("Choose &files…"), self, objectName="chooseFiles")
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(
            self.tr("Choose a f&older…"), self, objectName="chooseFolder"
        )
        self.folder_button.clicked.connect(self.choose_folder)
        for button in (self.files_button, self.folder_button):
            button.setAutoDefault(False)
        choose = QHBoxLayout()
        choose.addWidget(self.files_button)
        choose.addWidget(self.folder_button)
        choose.addStretch(1)

        self.progress_label = QLabel(self, objectName="progressLabel")
        self.progress_bar = QProgressBar(self, objectName="progress")
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.progress_label.hide()
        self.progress_bar.hide()

        self.files_table = _table(
            [
                self.tr("File"),
                self.tr("From"),
                self.tr("Bundle No."),
                self.tr("Status"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Refused"),
            ],
            "files",
            F_STATUS,
        )
        self.files_table.horizontalHeader().setSectionResizeMode(
            F_FILE, QHeaderView.ResizeMode.Interactive
        )
        self.files_table.horizontalHeader().setSectionResizeMode(
            F_FROM, QHeaderView.ResizeMode.Interactive
        )
        self.files_table.setColumnWidth(F_FILE, 210)
        self.files_table.setColumnWidth(F_FROM, 200)
        self.files_table.itemSelectionChanged.connect(self._show_selected)

        self.detail = QLabel(self, objectName="detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.records_table = _table(
            [self.tr("No."), self.tr("Record"), self.tr("Outcome"), self.tr("Reason")],
            "records",
            R_REASON,
        )
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail)
        lower_layout.addWidget(self.records_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.files_table)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([220, 280])

        self.close_button = QPushButton(self.tr("Close"), self, objectName="close")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choose)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self._signals = ImportSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.fileDone.connect(self._on_file_done)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self.resize(1100, 640)

    # --- choosing files -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._running

    def _start_folder(self) -> str:
        return self._last_folder or str(Path.home())

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose bundles to import"),
            self._start_folder(),
            self.tr("Qabyldau bundles (*.qbl);;All files (*)"),
        )
        if names:
            self._last_folder = str(Path(names[0]).parent)
            self.import_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder with the bundles"), self._start_folder()
        )
        if folder:
            self._last_folder = folder
            self.import_paths([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(paths)

    # --- importing ------------------------------------------------------------------------------

    def import_paths(self, paths: list[Path]) -> None:
        """Import these files, and the bundles directly inside these folders, in name order."""
        files = bundle_files(paths)
        if not files:
            self._say(
                self.tr("No bundle files (.qbl) in the chosen folder."), REFUSED_COLOR, bold=False
            )
            return
        if self._running:
            self._queue += files
            return
        self._start(files)

    def _start(self, files: list[Path]) -> None:
        seen: set[Path] = set()
        ordered = []
        for f in sorted(files, key=lambda p: (p.name, str(p))):
            if f not in seen:
                seen.add(f)
                ordered.append(f)
        self._running = True
        self._run_reports: list[ImportReport] = []
        for button in (self.files_button, self.folder_button, self.close_button):
            button.setEnabled(False)
        self.progress_bar.setValue(0)
        self.progress_label.show()
        self.progress_bar.show()
        self.pool.start(ImportJob(self.ctx, ordered, self._signals))

    def _on_progress(self, index: int, count: int, done: int, total: int, name: str) -> None:
        part = done / total if total else 0.0
        self.progress_bar.setValue(int((index - 1 + part) / count * PROGRESS_STEPS))
        self.progress_label.setText(
            self.tr("Importing {name} ({index} of {count})…").format(
                name=name, index=index, count=count
            )
        )

    def _on_file_done(self, report: ImportReport) -> None:
        self.reports.append(report)
        self._run_reports.append(report)
        row = self.files_table.rowCount()
        self.files_table.insertRow(row)
        self._fill_file_row(row, report)
        if not self.files_table.selectedItems() or not report.ok:
            # The newest file is shown, unless the person is reading an earlier refusal.
            selected = self._selected_report()
            if selected is None or selected.ok:
                self.files_table.selectRow(row)

    def _on_finished(self, reports: list[ImportReport]) -> None:
        self._running = False
        self.progress_bar.setValue(PROGRESS_STEPS)
        self.progress_label.hide()
        self.progress_bar.hide()
        for button in (self.files_button, self.folder_button, self.close_button):
            button.setEnabled(True)
        self.imported.emit(list(self._run_reports))
        if self._queue:
            queued, self._queue = self._queue, []
            self._start(queued)

    def _on_failed(self, exc: Exception) -> None:
        text = error_text(exc, self.lang) or str(exc)
        self._say(self.tr("The import stopped: {error}").format(error=text), REFUSED_COLOR)

    def reject(self) -> None:
        if not self._running:
            super().reject()

    # --- showing reports ------------------------------------------------------------------------

    def status_text(self, report: ImportReport) -> str:
        """What became of a file, in a few words."""
        if report.status == "imported":
            return self.tr("Imported")
        if report.status == "already_imported":
            when = report.imported_at
            return self.tr("Already imported on {date}").format(
                date=when.strftime("%d.%m.%Y %H:%M") if when else "—"
            )
        failed = report.verification.failed if report.verification else None
        reason = (failed.message(self.lang) if failed else None) or report.text(self.lang)
        return self.tr("Refused: {reason}").format(reason=reason)

    def _fill_file_row(self, row: int, report: ImportReport) -> None:
        b = report.bundle or {}
        source = b.get("source_office") or "—"
        organisation = b.get("source_organization") or ""
        counts = report.counts()
        shown_counts = report.status == "imported"
        values = [
            (report.file.name, str(report.file)),
            (f"{source} {organisation}".strip(), None),
            (str(b.get("sequence", "—")), None),
            (self.status_text(report), report.text(self.lang)),
            (str(counts["new"]) if shown_counts else "", None),
            (str(counts["updated"]) if shown_counts else "", None),
            (str(counts["unchanged"]) if shown_counts else "", None),
            (str(counts["refused"]) if shown_counts else "", None),
        ]
        for col, (text, tip) in enumerate(values):
            item = _cell(text, tip)
            item.setData(FILE_ROLE, len(self.reports) - 1)
            if col >= F_NEW:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if report.status == "refused":
                item.setForeground(QBrush(REFUSED_COLOR))
                item.setBackground(QBrush(REFUSED_BACKGROUND))
            elif report.status == "already_imported":
                item.setForeground(QBrush(ALREADY_COLOR))
            elif col == F_REFUSED and counts["refused"]:
                item.setForeground(QBrush(REFUSED_COLOR))
            self.files_table.setItem(row, col, item)

    def _selected_report(self) -> ImportReport | None:
        rows = self.files_table.selectionModel().selectedRows()
        if not rows:
            return None
        index = self.files_table.item(rows[0].row(), F_FILE).data(FILE_ROLE)
        return self.reports[int(index)]

    def _say(self, text: str, color: QColor, *, bold: bool = True) -> None:
        self.detail.setText(text)
        weight = "font-weight: bold;" if bold else ""
        self.detail.setStyleSheet(f"color: {color.name()}; {weight}")

    def _show_selected(self) -> None:
        report = self._selected_report()
        self.records_table.setRowCount(0)
        if report is None:
            self.detail.clear()
            return
        self._say(*self.detail_text(report))
        for rec in report.records:
            row = self.records_table.rowCount()
            self.records_table.insertRow(row)
            reason = (rec.reason or {}).get(self.lang) or (rec.reason or {}).get("ru") or ""
            values = (
                rec.number or "—",
                _label(RECORD_TYPES, rec.record_type),
                _label(OUTCOMES, rec.outcome),
                reason,
            )
            for col, text in enumerate(values):
                item = _cell(text)
                if rec.outcome == "refused":
                    item.setForeground(QBrush(REFUSED_COLOR))
                self.records_table.setItem(row, col, item)

    def detail_text(self, report: ImportReport) -> tuple[str, QColor]:
        """The selected file's summary (the refusal and its reason) and its colour."""
        if report.status == "refused":
            failed = report.verification.failed if report.verification else None
            reason = (failed.message(self.lang) if failed else None) or report.text(self.lang)
            text = self.tr("{file} is refused at the check “{check}”: {reason}").format(
                file=report.file.name,
                check=check_label(failed.name) if failed else "—",
                reason=reason,
            )
            return text, REFUSED_COLOR
        text = report.text(self.lang)
        if report.packets_acknowledged:
            text += "\n" + self.tr("The district received packets: {numbers}").format(
                numbers=", ".join(report.packets_acknowledged)
            )
        return text, ALREADY_COLOR if report.status == "already_imported" else OK_COLOR
