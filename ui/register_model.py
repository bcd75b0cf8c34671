"""The register as a Qt table model: a page of rows at a time, filtered and sorted by the db.

All searching, filtering and ordering happens in `app.register`; the model only asks for the
next page when the view scrolls near the end (canFetchMore/fetchMore) and turns rows into
display text and colours.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.context import AppContext
from app.register import SORT_KEYS, RegisterFilter, RegisterRow, count, fetch
from ui.i18n import ui_language
from ui.labels import status_label

PAGE_SIZE = 200
APPLICATION_ID_ROLE = Qt.ItemDataRole.UserRole

# Column order is SORT_KEYS order, so a column number is also its server-side sort key.
COL_NUMBER, COL_REGISTERED, COL_APPLICANT, COL_IIN, COL_SERVICE, COL_STATUS, COL_NEXT_DUE = range(7)
# The sending office: a column at the district only (an akim's office has one office).
COL_OFFICE = SORT_KEYS.index("office")

# Light backgrounds with dark text, readable in a light and a dark Windows theme alike.
URGENCY_COLOURS: dict[str, tuple[QColor, QColor]] = {
    "overdue": (QColor("#f8d0d0"), QColor("#6b0f0f")),
    "today": (QColor("#ffe8b0"), QColor("#5c4000")),
}

_Index = QModelIndex | QPersistentModelIndex


def _when(value: datetime | None) -> str:
    return value.strftime("%d.%m.%Y %H:%M") if value else ""


COUNT_CAP = 10_000


def is_district(ctx: AppContext) -> bool:
    """Whether this database is a district department's (its register holds many offices)."""
    with ctx.session() as s:
        return ctx.is_initialised(s) and ctx.self_office(s).role == "district"


class RegisterModel(QAbstractTableModel):
    """The application register, loaded lazily a page at a time."""

    # rows matching the filter, and how many of them are overdue
    totalsChanged = Signal(int, int)

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        lang: str | None = None,
        clock: Callable[[], datetime] = datetime.now,
        page_size: int = PAGE_SIZE,
        show_office: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._show_office = is_district(ctx) if show_office is None else show_office
        self._lang = lang or ui_language()
        self._clock = clock
        self._page_size = page_size
        self._filter = RegisterFilter()
        self._sort = "registered"
        self._descending = True
        self._rows: list[RegisterRow] = []
        self._exhausted = True
        self._loaded = False
        self._total = 0
        self._overdue = 0
        self._now = clock()
        self._service_names: dict[str, tuple[str, str]] = {}

    # --- what the window asks ------------------------------------------------------------

    @property
    def filter(self) -> RegisterFilter:
        return self._filter

    @property
    def shows_office(self) -> bool:
        return self._show_office

    @property
    def total(self) -> int:
        """Rows matching the filter in the database (not only the pages loaded so far)."""
        return self._total

    @property
    def overdue(self) -> int:
        return self._overdue

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def set_filter(self, flt: RegisterFilter) -> None:
        if flt != self._filter or not self._loaded:
            self._filter = flt
            self.refresh()

    def refresh(self) -> None:
        """Re-read the first page and the counts from the database."""
        self._now = self._clock()
        with self._ctx.session() as s:
            rows = fetch(
                s,
                self._filter,
                sort=self._sort,
                descending=self._descending,
                offset=0,
                limit=self._page_size,
                now=self._now,
            )
            # Capped: an exact count of 150,000 matches would cost more than the search
            # itself; the status bar says "over 10 000" instead.
            total = count(s, self._filter, self._now, cap=COUNT_CAP)
            overdue = count(s, replace(self._filter, overdue_only=True), self._now, cap=COUNT_CAP)
        self.beginResetModel()
        self._rows = rows
        self._exhausted = len(rows) < self._page_size
        self._loaded = True
        self.endResetModel()
        self._total, self._overdue = total, overdue
        self.totalsChanged.emit(total, overdue)

    def row_at(self, row: int) -> RegisterRow:
        return self._rows[row]

    def row_of(self, application_id: int) -> int | None:
        """The row showing this application, if it is loaded."""
        for i, r in enumerate(self._rows):
            if r.id == application_id:
                return i
        return None

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(SORT_KEYS) if self._show_office else COL_OFFICE

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loaded and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        with self._ctx.session() as s:
            more = fetch(
                s,
                self._filter,
                sort=self._sort,
                descending=self._descending,
                offset=len(self._rows),
                limit=self._page_size,
                now=self._now,
            )
        self._exhausted = len(more) < self._page_size
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        key, descending = SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending) and self._loaded:
            return
        self._sort, self._descending = key, descending
        self.refresh()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            # Newest registrations and the nearest deadlines first feel natural; names A→Я.
            if section == COL_REGISTERED:
                return Qt.SortOrder.DescendingOrder
            return Qt.SortOrder.AscendingOrder
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == APPLICATION_ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = URGENCY_COLOURS.get(row.urgency(self._now))
            if colours is None:
                return None
            return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
        return None

    # --- display text ---------------------------------------------------------------------

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Registered"),
            self.tr("Applicant"),
            self.tr("IIN"),
            self.tr("Service"),
            self.tr("Status"),
            self.tr("Next due"),
            self.tr("Office"),
        )

    def _service(self, code: str) -> tuple[str, str]:
        """(name in the interface language, name in the other language) for a service code."""
        names = self._service_names.get(code)
        if names is None:
            try:
                name = self._ctx.catalogue.get(code).name
            except KeyError:  # a service dropped from a later catalogue still shows its code
                names = (code, "")
            else:
                names = (name.kk, name.ru) if self._lang == "kk" else (name.ru, name.kk)
            self._service_names[code] = names
        return names

    def _display(self, row: RegisterRow, col: int) -> str:
        if col == COL_NUMBER:
            return row.number
        if col == COL_REGISTERED:
            return _when(row.registered_at)
        if col == COL_APPLICANT:
            return row.applicant
        if col == COL_IIN:
            return row.iin
        if col == COL_SERVICE:
            return self._service(row.service_code)[0]
        if col == COL_STATUS:
            return status_label(row.status)
        if col == COL_NEXT_DUE:
            return _when(row.next_due_at)
        if col == COL_OFFICE:
            name = row.office_kk if self._lang == "kk" else row.office_ru
            return f"{row.office_code} {name}".strip()
        return ""

    def _tooltip(self, row: RegisterRow, col: int) -> str | None:
        if col == COL_SERVICE:
            shown, other = self._service(row.service_code)
            return other or shown
        if col == COL_APPLICANT:
            return row.applicant
        if col == COL_OFFICE:
            return f"{row.office_code} {row.office_kk} / {row.office_ru}"
        urgency = row.urgency(self._now)
        if urgency == "overdue":
            return self.tr("Overdue")
        if urgency == "today":
            return self.tr("Due today")
        return None
