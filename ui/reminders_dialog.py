"""Families who re-confirm targeted social assistance in a quarter, and their reminder letters.

The list is `app.reminders.reminders`; "Print letters…" and "Print list…" render through
`app.reminders.write_letters` / `write_list` into the office's documents folder and offer the
print preview. Same-quarter rules as `qabyldau reminders` (docs/cli.md).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import UserError
from app.reminders import Quarter, Reminder, current_quarter, reminders, write_letters, write_list
from ui.formatting import format_date
from ui.i18n import ui_language
from ui.printing import offer_document


class RemindersDialog(QDialog):
    """The quarter's families (Kazakh A–Я order) with their decisions; prints the letters."""

    documentMade = Signal(Path)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = lang or ui_language()
        self.found: list[Reminder] = []
        self.setObjectName("RemindersDialog")
        self.setWindowTitle(self.tr("Quarterly re-confirmation of targeted assistance"))
        self._build(current_quarter(today))
        self.refresh()
        self.setMinimumSize(720, 380)
        self.resize(1020, 520)

    def _build(self, quarter: Quarter) -> None:
        self.year = QSpinBox(self, objectName="year")
        self.year.setRange(2000, 2100)
        self.year.setValue(quarter.year)
        self.quarter_combo = QComboBox(self, objectName="quarter")
        for n, months in (
            (1, self.tr("1st quarter (January–March)")),
            (2, self.tr("2nd quarter (April–June)")),
            (3, self.tr("3rd quarter (July–September)")),
            (4, self.tr("4th quarter (October–December)")),
        ):
            self.quarter_combo.addItem(months, n)
        self.quarter_combo.setCurrentIndex(quarter.number - 1)
        self.year.valueChanged.connect(self.refresh)
        self.quarter_combo.currentIndexChanged.connect(self.refresh)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Quarter:"), self))
        pick.addWidget(self.quarter_combo)
        pick.addWidget(self.year)
        pick.addStretch(1)

        self.summary = QLabel(self, objectName="summary")
        self.summary.setWordWrap(True)
        self.rule = QLabel(
            self.tr(
                "Families whose targeted social assistance was assigned in an earlier quarter "
                "and whose assignment period reaches this quarter re-confirm it with income "
                "documents. A decision without an end date counts for every following quarter "
                "until a newer decision replaces it."
            ),
            self,
        )
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #555b66;")

        headers = [
            self.tr("Applicant"),
            self.tr("IIN"),
            self.tr("Address"),
            self.tr("Phone"),
            self.tr("Decision"),
            self.tr("Period"),
            self.tr("No."),
        ]
        self.table = QTableWidget(0, len(headers), self, objectName="families")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.letters_button = QPushButton(self.tr("Print &letters…"), self, objectName="letters")
        self.letters_button.setAutoDefault(False)
        self.letters_button.clicked.connect(self.print_letters)
        self.list_button = QPushButton(self.tr("Print the &list…"), self, objectName="list")
        self.list_button.setAutoDefault(False)
        self.list_button.clicked.connect(self.print_list)
        close = QPushButton(self.tr("Close"), self, objectName="close")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.letters_button)
        buttons.addWidget(self.list_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        root = QVBoxLayout(self)
        root.addLayout(pick)
        root.addWidget(self.rule)
        root.addWidget(self.summary)
        root.addWidget(self.table, 1)
        root.addLayout(buttons)

    @property
    def quarter(self) -> Quarter:
        return Quarter(self.year.value(), int(self.quarter_combo.currentData()))

    def set_quarter(self, quarter: Quarter) -> None:
        self.year.blockSignals(True)
        self.year.setValue(quarter.year)
        self.year.blockSignals(False)
        self.quarter_combo.setCurrentIndex(quarter.number - 1)
        self.refresh()

    def _label(self, quarter: Quarter) -> str:
        label = quarter.label()
        return label.kk if self.lang == "kk" else label.ru

    def _item(self, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setToolTip(text)
        return item

    def refresh(self) -> None:
        """Read the quarter's families again."""
        quarter = self.quarter
        self.found = reminders(self.ctx, quarter)
        self.table.setRowCount(0)
        for r in self.found:
            row = self.table.rowCount()
            self.table.insertRow(row)
            decision = self.tr("No. {number} of {date}").format(
                number=r.decision_number, date=format_date(r.decided_on, self.lang)
            )
            if r.period_to is None:
                period = self.tr("from {date}").format(date=format_date(r.period_from, self.lang))
            else:
                period = (
                    f"{format_date(r.period_from, self.lang)} – "
                    f"{format_date(r.period_to, self.lang)}"
                )
            values = (
                r.applicant_name,
                r.applicant_iin,
                r.address or "—",
                r.phone or "—",
                decision,
                period,
                r.case_number,
            )
            for col, text in enumerate(values):
                self.table.setItem(row, col, self._item(text))
        self.summary.setText(
            self.tr("{quarter} ({start} – {end}): families to remind: {count}").format(
                quarter=self._label(quarter),
                start=format_date(quarter.first_day, self.lang),
                end=format_date(quarter.last_day, self.lang),
                count=len(self.found),
            )
        )
        self.letters_button.setEnabled(bool(self.found))
        self.list_button.setEnabled(bool(self.found))

    # --- printing -----------------------------------------------------------------------------

    def _target(self, kind: str) -> Path:
        folder = self.ctx.paths.documents
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"reminders-{self.quarter}-{kind}.pdf"

    def _write(self, kind: str) -> Path | None:
        writer = write_letters if kind == "letters" else write_list
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return writer(self.ctx, self.quarter, self._target(kind))
        except UserError as exc:
            error = exc
        finally:
            QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(self, self.windowTitle(), error.message(self.lang))
        return None

    def print_letters(self) -> Path | None:
        path = self._write("letters")
        if path is not None:
            self.documentMade.emit(path)
            offer_document(
                self,
                path,
                self.tr("Reminder letters for {quarter} are ready").format(
                    quarter=self._label(self.quarter)
                ),
            )
        return path

    def print_list(self) -> Path | None:
        path = self._write("list")
        if path is not None:
            self.documentMade.emit(path)
            offer_document(
                self,
                path,
                self.tr("The list for {quarter} is ready").format(
                    quarter=self._label(self.quarter)
                ),
            )
        return path
