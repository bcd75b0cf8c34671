"""Cases waiting for the commission's inspection: overdue first, each with its due date.

The list is `app.commission.waiting_for_inspection`; double-click (or Enter) opens the
inspection act editor for the case.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.commission import WaitingCase, waiting_for_inspection
from app.context import AppContext
from ui.i18n import ui_language

OVERDUE = QColor("#b00020")
NUMBER_ROLE = Qt.ItemDataRole.UserRole


def _dt(value: datetime | None) -> str:
    return value.strftime("%d.%m.%Y %H:%M") if value else "—"


class WaitingListDialog(QDialog):
    """Cases at the commission, overdue ones first in red; opens the act editor."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, now: datetime | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ui_language()
        self._now = now
        self.cases: list[WaitingCase] = []
        self.act_editor: QDialog | None = None  # while an inspection act is open
        self.setObjectName("WaitingListDialog")
        self.setWindowTitle(self.tr("Waiting for inspection"))
        self._build()
        self.refresh()
        self.setMinimumSize(640, 360)
        self.resize(900, 480)

    def _build(self) -> None:
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        headers = [
            self.tr("No."),
            self.tr("Applicant"),
            self.tr("Service"),
            self.tr("Referred"),
            self.tr("Act due"),
        ]
        self.table = QTableWidget(0, len(headers), objectName="waiting")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setToolTip(self.tr("Double-click a case to open its inspection act"))
        header = self.table.horizontalHeader()
        for col in range(len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._on_activated)

        self.open_button = QPushButton(self.tr("Inspection act…"), objectName="openAct")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_current)
        close = QPushButton(self.tr("Close"), objectName="close")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        root = QVBoxLayout(self)
        root.addWidget(self.summary)
        root.addWidget(self.table, 1)
        root.addLayout(buttons)

    def _cell(self, text: str, number: str, overdue: bool) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setData(NUMBER_ROLE, number)
        item.setToolTip(text)
        if overdue:
            item.setForeground(QBrush(OVERDUE))
        return item

    def refresh(self) -> None:
        """Re-read the cases at the commission."""
        keep = self.current_number()
        self.cases = waiting_for_inspection(self.ctx, self._now or datetime.now())
        self.table.setRowCount(0)
        for case in self.cases:
            r = self.table.rowCount()
            self.table.insertRow(r)
            service = case.service_name.kk if self.lang == "kk" else case.service_name.ru
            due = _dt(case.due)
            if case.overdue:
                due = self.tr("{date} (overdue)").format(date=due)
            values = (case.number, case.applicant, service, _dt(case.referred_at), due)
            for col, text in enumerate(values):
                self.table.setItem(r, col, self._cell(text, case.number, case.overdue))
            if case.number == keep:
                self.table.selectRow(r)
        overdue = sum(c.overdue for c in self.cases)
        if not self.cases:
            self.summary.setText(self.tr("No cases are waiting for the commission."))
        else:
            self.summary.setText(
                self.tr("Cases at the commission: {count}, overdue: {overdue}").format(
                    count=len(self.cases), overdue=overdue
                )
            )
        self.summary.setStyleSheet("color: #b00020; font-weight: bold;" if overdue else "")
        if self.table.currentRow() < 0 and self.cases:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(self.cases))

    def current_number(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(NUMBER_ROLE) if item is not None else None

    def _on_activated(self, index: QModelIndex) -> None:
        number = index.data(NUMBER_ROLE)
        if number:
            self.open_act(str(number))

    def open_current(self) -> None:
        number = self.current_number()
        if number:
            self.open_act(number)

    def open_act(self, number: str) -> None:
        """Open the act editor for a case; the list is re-read when it closes."""
        from ui.act_editor import ActEditor

        editor = ActEditor(self.ctx, number, self)
        self.act_editor = editor
        editor.exec()
        self.act_editor = None
        editor.deleteLater()
        self.refresh()
