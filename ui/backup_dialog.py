"""The Backups window (list, back up now, restore, check the database) and the two things the
program does at start: the quick database check (offering the newest good backup when it
fails) and the start-of-day backup.

Every action is `app.backup` / `app.integrity`; the slow ones (a backup, a restore, the full
check) run on a pool thread while a busy bar shows, and the window cannot be closed under
them. After a restore the database under the main window has been replaced, so the window
asks the program to restart (`restart_requested`; ui/main.py opens the office again).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import backup
from app.backup import BackupInfo, BackupResult, RestoreResult
from app.context import AppContext
from app.errors import UserError
from app.integrity import IntegrityReport, full_check, quick_check
from app.paths import HomePaths
from ui.formatting import format_datetime, format_number
from ui.i18n import ui_language

COL_DATE, COL_KIND, COL_SIZE, COL_NAME = range(4)
BACKUP_ROLE = Qt.ItemDataRole.UserRole


class _JobSignals(QObject):
    """A worker's result for the GUI thread (a QRunnable cannot emit signals itself)."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _JobSignals) -> None:
        super().__init__()
        self.work = work
        # Owned by the dialog, which outlives the job.
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # whatever it is, the dialog must leave its busy state
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def _error_text(exc: BaseException, lang: str) -> str:
    return exc.message(lang) if isinstance(exc, UserError) else str(exc)


def _size_text(size: int, lang: str) -> str:
    if size >= 1_000_000:
        return f"{format_number(size / 1_000_000, lang, 1)} MB"
    return f"{format_number(max(size, 1000) / 1000, lang)} kB"


class BackupDialog(QDialog):
    """The office's backups: when, what kind, how big; make one, restore one, check the base."""

    jobFinished = Signal()  # a background job (backup, restore, check) has ended

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
        self.restart_requested = False
        self.last_report: IntegrityReport | None = None
        self._busy = False
        self._on_done: Callable[[Any], None] = lambda _r: None
        self._on_failed: Callable[[BaseException], None] = lambda _e: None
        self.setObjectName("BackupDialog")
        self.setWindowTitle(self.tr("Backups"))

        self.folder_label = QLabel(self, objectName="folder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(self.tr("Change folder…"), self, objectName="changeFolder")
        self.folder_button.clicked.connect(self.change_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)

        self.table = QTableWidget(0, 4, self, objectName="backups")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Size"), self.tr("File")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (COL_DATE, COL_KIND, COL_SIZE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.busy_bar = QProgressBar(self, objectName="busy")
        self.busy_bar.setRange(0, 0)  # SQLite cannot say how far it is: say it is working
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.status = QLabel(self, objectName="status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backup_button = QPushButton(self.tr("Back up now"), self, objectName="backUpNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore…"), self, objectName="restore")
        self.restore_button.clicked.connect(self.restore)
        self.check_button = QPushButton(self.tr("Check database"), self, objectName="check")
        self.check_button.clicked.connect(self.check_database)
        self.close_button = QPushButton(self.tr("Close"), self, objectName="close")
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        for b in (self.backup_button, self.restore_button, self.check_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, 440)

        self._signals = _JobSignals(self)
        self._signals.done.connect(self._job_done)
        self._signals.failed.connect(self._job_failed)
        self.refresh()

    # --- the list ------------------------------------------------------------------------------

    def kind_label(self, kind: str) -> str:
        labels = {
            "auto": self.tr("Automatic (start of day)"),
            "manual": self.tr("Made by hand"),
            "pre-migration": self.tr("Before a program update"),
            "before-restore": self.tr("Replaced by a restore"),
        }
        return labels.get(kind, self.tr("Other file"))

    def refresh(self) -> None:
        """Read the backup folder again."""
        pol = backup.policy(self.ctx)
        self.folder_label.setText(self.tr("Backup folder: {folder}").format(folder=str(pol.folder)))
        self.backups = backup.list_backups(self.ctx)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = {
                COL_DATE: format_datetime(info.created, self.lang),
                COL_KIND: self.kind_label(info.kind),
                COL_SIZE: _size_text(info.size, self.lang),
                COL_NAME: info.path.name,
            }
            for col, text in cells.items():
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(BACKUP_ROLE, row)
                item.setToolTip(str(info.path) if col == COL_NAME else text)
                if col == COL_SIZE:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.backups[rows[0].row()]

    def _update_buttons(self) -> None:
        for b in (self.backup_button, self.restore_button, self.check_button, self.folder_button):
            b.setEnabled(not self._busy)
        self.close_button.setEnabled(not self._busy)

    # --- background jobs ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def _start(
        self,
        work: Callable[[], Any],
        text: str,
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        self._busy = True
        self._on_done, self._on_failed = on_done, on_failed
        self.status.setText(text)
        self.status.setStyleSheet("")
        self.busy_bar.show()
        self._update_buttons()
        self.pool.start(_Job(work, self._signals))

    def _finish(self) -> None:
        self._busy = False
        self.busy_bar.hide()
        self._update_buttons()

    def _job_done(self, result: object) -> None:
        self._finish()
        try:
            self._on_done(result)
        finally:
            self.jobFinished.emit()

    def _job_failed(self, exc: BaseException) -> None:
        self._finish()
        try:
            self._on_failed(exc)
        finally:
            self.jobFinished.emit()

    def _show_error(self, title: str, exc: BaseException) -> None:
        text = _error_text(exc, self.lang)
        self.status.setText(text)
        self.status.setStyleSheet("color: #a40000;")
        QMessageBox.critical(self, title, text)

    # --- back up now -------------------------------------------------------------------------

    def back_up_now(self) -> None:
        self._start(
            lambda: backup.make_backup(self.ctx, "manual"),
            self.tr("Backing up…"),
            self._backed_up,
            lambda exc: self._show_error(self.tr("Backup failed"), exc),
        )

    def _backed_up(self, result: BackupResult) -> None:
        self.refresh()
        self.status.setText(
            self.tr("Backup made: {name} ({size}).").format(
                name=result.backup.path.name, size=_size_text(result.backup.size, self.lang)
            )
        )

    # --- restore -----------------------------------------------------------------------------

    def restore(self) -> None:
        info = self.selected()
        ref: BackupInfo | Path
        if info is None:
            name, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose a backup"),
                str(backup.policy(self.ctx).folder),
                self.tr("Qabyldau backups (*.sqlite *.json)"),
            )
            if not name:
                return
            ref = Path(name)
            when = Path(name).name
        else:
            ref = info
            when = format_datetime(info.created, self.lang)
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Restore the database from the backup of {when}?\n\nThe backup is checked "
                "first. Everything recorded after it is set aside with the current database, "
                "which is kept in the backups folder. The program will then restart."
            ).format(when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # The database must have no open connection of ours while it is replaced; a refused
        # restore leaves the context usable (it reconnects on the next session).
        self.ctx.close()
        paths = self.ctx.paths
        self._start(
            lambda: backup.restore_backup(paths, ref),
            self.tr("Checking the backup and restoring…"),
            self._restored,
            self._restore_failed,
        )

    def _restored(self, result: RestoreResult) -> None:
        previous = result.previous.name if result.previous else "—"
        self.status.setText(self.tr("Restored."))
        QMessageBox.information(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "The database was restored from the backup of {when}. The replaced database "
                "was kept as {previous}.\n\nThe program will now restart."
            ).format(when=format_datetime(result.backup.created, self.lang), previous=previous),
        )
        self.restart_requested = True
        self.accept()

    def _restore_failed(self, exc: BaseException) -> None:
        self.refresh()
        self._show_error(self.tr("Restore refused"), exc)

    # --- check -------------------------------------------------------------------------------

    def database_path(self) -> Path:
        url = self.ctx.engine.url
        return Path(url.database) if url.database else self.ctx.paths.database

    def check_database(self) -> None:
        path = self.database_path()
        self._start(
            lambda: full_check(path),
            self.tr("Checking the database (this can take a minute)…"),
            self._checked,
            lambda exc: self._show_error(self.tr("Check database"), exc),
        )

    def _checked(self, report: IntegrityReport) -> None:
        self.last_report = report
        summary = report.summary()[self.lang if self.lang in ("kk", "ru") else "ru"]
        lines = [*report.integrity[:10]]
        lines += [
            f"{fk['table']} #{fk['rowid']} → {fk['parent']}" for fk in report.foreign_keys[:10]
        ]
        if report.error:
            lines.append(report.error)
        self.status.setText(summary)
        self.status.setStyleSheet("" if report.ok else "color: #a40000; font-weight: bold;")
        text = "\n".join([summary, *lines])
        if report.ok:
            QMessageBox.information(self, self.tr("Check database"), text)
        else:
            QMessageBox.warning(
                self,
                self.tr("Check database"),
                text
                + "\n\n"
                + self.tr("Restore the newest good backup: select it and press Restore…"),
            )

    # --- folder ------------------------------------------------------------------------------

    def change_folder(self) -> None:
        current = str(backup.policy(self.ctx).folder)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), current)
        if not folder:
            return
        try:
            backup.configure(self.ctx, folder=folder)
        except UserError as exc:
            self._show_error(self.tr("Backup folder"), exc)
            return
        self.refresh()
        self.status.setText(self.tr("New backups will be made in {folder}.").format(folder=folder))

    # --- closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
        else:
            super().closeEvent(event)


# --- at start --------------------------------------------------------------------------------


@contextmanager
def _wait_cursor() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def _bilingual(texts: dict[str, str]) -> str:
    # The database that would say which language this office reads may be the damaged one.
    return f"{texts['kk']}\n\n{texts['ru']}"


def check_at_start(
    paths: HomePaths,
    *,
    lang: str | None = None,
    smoke: bool = False,
    parent: QWidget | None = None,
) -> bool:
    """The quick check before the office is opened. On a failure, say so in Kazakh and
    Russian and offer the newest good backup. False: do not open the office."""
    if not paths.database.is_file():
        return True  # a new office: nothing to check yet
    lang = lang or ui_language()
    with _wait_cursor():
        report = quick_check(paths.database)
    if report.ok:
        return True
    if smoke:
        print(_bilingual(report.summary()), file=sys.stderr)
        return False
    with _wait_cursor():
        good = backup.newest_good_backup(paths)
    while True:
        box = QMessageBox(parent)
        box.setObjectName("integrityFailed")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("BackupStartup", "Database check"))
        box.setText(_bilingual(backup.start_failure_message(report, good)))
        details = [*report.integrity, *(str(fk) for fk in report.foreign_keys)]
        if report.error:
            details.append(report.error)
        box.setDetailedText("\n".join(details))
        restore_button = None
        if good is not None:
            restore_button = box.addButton(
                QCoreApplication.translate("BackupStartup", "Restore the backup"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            restore_button.setObjectName("restore")
        open_button = None
        if report.error is None:  # a file that is no database at all cannot be opened
            open_button = box.addButton(
                QCoreApplication.translate("BackupStartup", "Open anyway"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            open_button.setObjectName("open")
        quit_button = box.addButton(
            QCoreApplication.translate("BackupStartup", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        quit_button.setObjectName("quit")
        box.setDefaultButton(restore_button or quit_button)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if open_button is not None and clicked is open_button:
            return True
        if clicked is not restore_button or good is None:
            return False
        try:
            with _wait_cursor():
                result = backup.restore_backup(paths, good)
        except UserError as exc:
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("BackupStartup", "Restore refused"),
                f"{exc.kk}\n\n{exc.ru}",
            )
            good = None  # it no longer passes: offer to open or quit
            continue
        done = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("BackupStartup", "Database check"),
            _bilingual(backup.restored_message(result)),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        done.setObjectName("restored")
        done.exec()
        done.deleteLater()
        return True


def backup_at_start(
    ctx: AppContext,
    *,
    lang: str | None = None,
    smoke: bool = False,
    parent: QWidget | None = None,
) -> BackupResult | None:
    """The start-of-day backup; a folder that is not there (a USB stick left at home) is a
    warning, not a reason to stop working."""
    lang = lang or ui_language()
    try:
        with _wait_cursor():
            return backup.backup_if_due(ctx)
    except UserError as exc:
        if smoke:
            print(exc.message(lang), file=sys.stderr)
        else:
            QMessageBox.warning(
                parent, QCoreApplication.translate("BackupStartup", "Backup"), exc.message(lang)
            )
        return None
