"""The first screen after login: today's work at a glance.

Six tiles (due today, overdue, commission visits, cases to send, results to issue, packets the
district has not acknowledged), this month's applications by service and by outcome as bar
charts, the unacknowledged packets and, at the district, every sending office's deliveries.
Every tile, bar and row opens the register filtered to the applications it counts
(`linkActivated`). The numbers are `app.dashboard.dashboard`; this module only lays them out.

A banner on top says what is overdue (it can be dismissed; it comes back when the number
changes): it never blocks, so `--smoke` and a morning start go straight on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.dashboard import Dashboard, RegisterLink, dashboard
from ui.charts import BarChart, ChartBar
from ui.formatting import format_date, format_datetime, format_time
from ui.i18n import ui_language

LINK_ROLE = Qt.ItemDataRole.UserRole
ALERT = "#a40000"
WARN = "#8a5a00"
OUTCOME_COLOURS = {
    "assigned": QColor("#2e8b57"),
    "refused": QColor("#c0392b"),
    "refused_to_accept": QColor("#d98c1f"),
    "completed": QColor("#5b7fbf"),
    "in_progress": QColor("#8a94a6"),
}

STYLE = """
QFrame#tile {
    background: palette(base);
    border: 1px solid #c9d1dc;
    border-radius: 8px;
}
QFrame#tile:hover, QFrame#tile:focus { border: 1px solid #3a78c2; }
QFrame#tile[level="alert"] { border-left: 5px solid #c0392b; }
QFrame#tile[level="warn"] { border-left: 5px solid #d98c1f; }
QLabel#tileCount { font-size: 24pt; font-weight: bold; color: #1f4f8a; }
QFrame#tile[level="alert"] QLabel#tileCount { color: #a40000; }
QFrame#tile[level="warn"] QLabel#tileCount { color: #8a5a00; }
QFrame#tile[level="calm"] QLabel#tileCount { color: #5c6470; }
QLabel#tileTitle { font-weight: bold; }
QLabel#tileDetail { color: #555b66; }
QFrame#overdueBanner {
    background: #fbe3e1;
    border: 1px solid #e3a39c;
    border-radius: 6px;
}
QFrame#overdueBanner QLabel { color: #6b0f0f; }
QLabel#dashboardTitle { font-size: 14pt; font-weight: bold; }
QLabel#dashboardUpdated { color: #5c6470; }
"""


class Tile(QFrame):
    """A number with its caption; clicked (or Enter) opens what it counts."""

    clicked = Signal()

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.link = RegisterLink()
        self.setObjectName("tile")
        self.setProperty("level", "normal")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.count_label = QLabel("0", self, objectName="tileCount")
        self.title_label = QLabel(title, self, objectName="tileTitle")
        self.title_label.setWordWrap(True)
        self.detail_label = QLabel("", self, objectName="tileDetail")
        self.detail_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.count_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.detail_label)
        layout.addStretch(1)

    def set_value(self, count: int, detail: str, level: str, link: RegisterLink) -> None:
        self.count_label.setText(str(count))
        self.detail_label.setText(detail)
        self.link = link
        if self.property("level") != level:
            self.setProperty("level", level)
            # A dynamic property in a style sheet selector is read again only on re-polish.
            for w in (self, self.count_label):
                w.style().unpolish(w)
                w.style().polish(w)

    @property
    def count(self) -> int:
        return int(self.count_label.text())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class DashboardView(QWidget):
    """Today's numbers; `linkActivated(RegisterLink)` when one is opened."""

    linkActivated = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = lang or ui_language()
        self._clock = clock or (lambda: datetime.now().replace(second=0, microsecond=0))
        self.data: Dashboard | None = None
        self._dismissed_at: int | None = None  # the overdue count the banner was closed at
        self.setObjectName("DashboardView")
        self.setStyleSheet(STYLE)
        self._build()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QFrame(self, objectName="overdueBanner")
        self.banner_label = QLabel(self.banner, objectName="bannerText")
        self.banner_label.setWordWrap(True)
        self.banner_show = QPushButton(
            self.tr("Show overdue"), self.banner, objectName="bannerShow"
        )
        self.banner_show.setAutoDefault(False)
        self.banner_show.clicked.connect(self._open_overdue)
        self.banner_close = QToolButton(self.banner, objectName="bannerClose")
        self.banner_close.setText("×")
        self.banner_close.setToolTip(self.tr("Dismiss"))
        self.banner_close.setAutoRaise(True)
        self.banner_close.clicked.connect(self.dismiss_banner)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(12, 6, 6, 6)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.banner_show)
        row.addWidget(self.banner_close)
        self.banner.hide()

        self.title = QLabel(self, objectName="dashboardTitle")
        self.updated = QLabel(self, objectName="dashboardUpdated")
        self.refresh_button = QPushButton(self.tr("Refresh"), self, objectName="dashboardRefresh")
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.updated)
        head.addWidget(self.refresh_button)

        titles = {
            "due_today": self.tr("Due today"),
            "overdue": self.tr("Overdue"),
            "commission": self.tr("Commission visits"),
            "packets": self.tr("Cases to send to the district"),
            "issue": self.tr("Results to issue"),
            "unacknowledged": self.tr("Packets not acknowledged"),
        }
        self.tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        for i, (key, title) in enumerate(titles.items()):
            tile = Tile(key, title, self)
            tile.clicked.connect(lambda t=tile: self.linkActivated.emit(t.link))
            self.tiles[key] = tile
            grid.addWidget(tile, i // 3, i % 3)

        self.service_chart = BarChart(self)
        self.service_chart.setObjectName("serviceChart")
        self.service_chart.set_empty_text(self.tr("No applications this month"))
        self.service_chart.barClicked.connect(self._on_service_bar)
        self.outcome_chart = BarChart(self)
        self.outcome_chart.setObjectName("outcomeChart")
        self.outcome_chart.set_empty_text(self.tr("No applications this month"))
        self.outcome_chart.barClicked.connect(self._on_outcome_bar)
        self.service_box = QGroupBox(self, objectName="serviceBox")
        QVBoxLayout(self.service_box).addWidget(self.service_chart)
        self.outcome_box = QGroupBox(self, objectName="outcomeBox")
        QVBoxLayout(self.outcome_box).addWidget(self.outcome_chart)
        charts = QHBoxLayout()
        charts.setSpacing(10)
        charts.addWidget(self.service_box, 3)
        charts.addWidget(self.outcome_box, 2)

        self.packets_box = QGroupBox(self.tr("Packets the district has not acknowledged"), self)
        self.packets_box.setObjectName("packetsBox")
        self.packets_table = _table(
            [self.tr("Packet"), self.tr("Sent"), self.tr("Days waiting"), self.tr("Cases")],
            "unacknowledgedPackets",
        )
        self.packets_table.activated.connect(
            lambda _i: self.linkActivated.emit(RegisterLink(status="sent"))
        )
        self.packets_empty = QLabel(self.tr("Every sent packet has been acknowledged."), self)
        box = QVBoxLayout(self.packets_box)
        box.addWidget(self.packets_empty)
        box.addWidget(self.packets_table)

        self.offices_box = QGroupBox(self.tr("Akim's offices: bundles and cases"), self)
        self.offices_box.setObjectName("officesBox")
        self.offices_table = _table(
            [
                self.tr("Office"),
                self.tr("Last bundle"),
                self.tr("Received"),
                self.tr("Missing bundles"),
                self.tr("Not acknowledged"),
                self.tr("Waiting for a decision"),
                self.tr("Decisions to send"),
            ],
            "offices",
        )
        self.offices_table.setToolTip(self.tr("Double-click an office to see its waiting cases"))
        self.offices_table.activated.connect(self._on_office_row)
        QVBoxLayout(self.offices_box).addWidget(self.offices_table)
        self.offices_box.hide()

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addLayout(head)
        layout.addLayout(grid)
        layout.addLayout(charts)
        layout.addWidget(self.offices_box)
        layout.addWidget(self.packets_box)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- text ---------------------------------------------------------------------------------

    def _kind_label(self, kind: str) -> str:
        return {
            "commission": self.tr("commission visits"),
            "packet": self.tr("cases to send"),
            "issue": self.tr("results to issue"),
            "other": self.tr("other steps"),
        }[kind]

    def _by_kind(self, group: object) -> str:
        parts = [
            f"{self._kind_label(k.kind)}: {k.count}"
            for k in group.by_kind  # type: ignore[attr-defined]
            if k.count
        ]
        return ", ".join(parts)

    def overdue_summary(self) -> str:
        """«Overdue: 3 — commission visits: 1, other steps: 2», or "" when nothing is."""
        d = self.data
        if d is None or not d.overdue.total:
            return ""
        return self.tr("Overdue: {count} — {details}").format(
            count=d.overdue.total, details=self._by_kind(d.overdue)
        )

    # --- data ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the numbers again and show them."""
        d = dashboard(self.ctx, self._clock())
        self.data = d
        self.title.setText(
            self.tr("Today, {date}").format(date=format_date(d.now.date(), self.lang, long=True))
        )
        self.updated.setText(
            self.tr("Updated at {time}").format(time=format_time(d.now.time(), self.lang))
        )
        self._show_tiles(d)
        self._show_charts(d)
        self._show_packets(d)
        self._show_offices(d)
        self._show_banner(d)

    def _show_tiles(self, d: Dashboard) -> None:
        late = d.late_packets
        district = d.role == "district"
        for tile in d.tiles():
            widget = self.tiles[tile.key]
            # The district neither visits, sends packets nor issues: its own work is decisions.
            widget.setVisible(not district or tile.key in ("due_today", "overdue"))
            if tile.key in ("due_today", "overdue"):
                group = d.due_today if tile.key == "due_today" else d.overdue
                detail = self._by_kind(group) or self.tr("nothing")
                level = "alert" if tile.alert else ("warn" if tile.count else "calm")
            elif tile.key == "unacknowledged":
                if late:
                    detail = self.tr("waiting over {days} days: {count}, send again").format(
                        count=late, days=d.resend_after_days
                    )
                else:
                    detail = self.tr("send again after {days} days").format(
                        days=d.resend_after_days
                    )
                level = "alert" if late else ("normal" if tile.count else "calm")
            else:
                kind = {"commission": "commission", "packets": "packet", "issue": "issue"}[tile.key]
                overdue = d.overdue.count(kind)
                detail = (
                    self.tr("overdue: {count}").format(count=overdue)
                    if overdue
                    else self.tr("none overdue")
                )
                level = "alert" if overdue else ("normal" if tile.count else "calm")
            widget.set_value(tile.count, detail, level, tile.link)

    def _names(self, kk: str, ru: str) -> tuple[str, str]:
        return (kk, ru) if self.lang == "kk" else (ru, kk)

    def _show_charts(self, d: Dashboard) -> None:
        month = format_date(d.month_from, self.lang, long=True)
        self.service_box.setTitle(
            self.tr("This month by service (since {date})").format(date=month)
        )
        self.outcome_box.setTitle(self.tr("This month by outcome"))
        bars = []
        for b in d.by_service:
            shown, other = self._names(b.name.kk, b.name.ru)
            tip = f"{shown}: {b.count}"
            if other and other != shown:
                tip += f"\n{other}"
            bars.append(ChartBar(shown, b.count, tip))
        self.service_chart.set_bars(bars)
        self.outcome_chart.set_bars(
            [
                ChartBar(
                    outcome_label(b.key),
                    b.count,
                    f"{outcome_label(b.key)}: {b.count}",
                    OUTCOME_COLOURS.get(b.key),
                )
                for b in d.by_outcome
            ]
        )

    def _item(self, text: str, late: bool = False, tip: str = "") -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if tip:
            item.setToolTip(tip)
        if late:
            item.setForeground(QBrush(QColor(ALERT)))
        return item

    def _fit(self, table: QTableWidget) -> None:
        # Tall enough for its rows, no inner scroll bar: the page itself scrolls.
        rows = table.rowCount()
        height = table.horizontalHeader().sizeHint().height() + 4
        height += sum(table.rowHeight(r) for r in range(rows))
        table.setFixedHeight(max(height, table.horizontalHeader().sizeHint().height() * 2))

    def _show_packets(self, d: Dashboard) -> None:
        table = self.packets_table
        table.setRowCount(0)
        for p in d.unacknowledged:
            r = table.rowCount()
            table.insertRow(r)
            tip = (
                self.tr("Waiting over {days} days: send the packet again").format(
                    days=d.resend_after_days
                )
                if p.late
                else ""
            )
            for col, text in enumerate(
                (p.number, format_datetime(p.sent_at, self.lang), str(p.age_days), str(p.cases))
            ):
                table.setItem(r, col, self._item(text, p.late, tip))
        table.setVisible(bool(d.unacknowledged))
        self.packets_empty.setVisible(not d.unacknowledged)
        self.packets_box.setVisible(d.role != "district")  # the akim's office sends packets
        self._fit(table)

    def _show_offices(self, d: Dashboard) -> None:
        self.offices_box.setVisible(d.role == "district")
        table = self.offices_table
        table.setRowCount(0)
        for o in d.offices:
            r = table.rowCount()
            table.insertRow(r)
            shown, other = self._names(o.name.kk, o.name.ru)
            gaps = ", ".join(str(n) for n in o.gaps) or "—"
            values = (
                f"{shown} ({o.office_code})",
                str(o.last_sequence) if o.last_sequence is not None else "—",
                format_datetime(o.last_received_at, self.lang),
                gaps,
                str(o.unacknowledged),
                str(o.waiting_decision),
                str(o.decisions_to_send),
            )
            for col, text in enumerate(values):
                item = self._item(
                    text, late=bool(o.gaps) and col == 3, tip=other if col == 0 else ""
                )
                item.setData(LINK_ROLE, r)
                table.setItem(r, col, item)
        self._fit(table)

    def _show_banner(self, d: Dashboard) -> None:
        total = d.overdue.total
        if self._dismissed_at is not None and self._dismissed_at != total:
            self._dismissed_at = None  # a new number is news again
        self.banner_label.setText("⚠  " + self.overdue_summary())
        self.banner.setVisible(bool(total) and self._dismissed_at is None)

    def dismiss_banner(self) -> None:
        self._dismissed_at = self.data.overdue.total if self.data else 0
        self.banner.hide()

    # --- opening the register -----------------------------------------------------------------

    def _open_overdue(self) -> None:
        self.linkActivated.emit(RegisterLink(overdue=True))

    def _on_service_bar(self, index: int) -> None:
        if self.data is not None and 0 <= index < len(self.data.by_service):
            self.linkActivated.emit(self.data.by_service[index].link)

    def _on_outcome_bar(self, index: int) -> None:
        if self.data is not None and 0 <= index < len(self.data.by_outcome):
            self.linkActivated.emit(self.data.by_outcome[index].link)

    def _on_office_row(self, index: object) -> None:
        row = index.row()  # type: ignore[attr-defined]
        if self.data is not None and 0 <= row < len(self.data.offices):
            self.linkActivated.emit(self.data.offices[row].link)


def outcome_label(outcome: str) -> str:
    """An outcome code in the interface language (the register's filter chip shows it)."""
    return {
        "assigned": QCoreApplication.translate("DashboardView", "Assigned"),
        "refused": QCoreApplication.translate("DashboardView", "Refused"),
        "refused_to_accept": QCoreApplication.translate("DashboardView", "Refused to accept"),
        "completed": QCoreApplication.translate("DashboardView", "Completed without a decision"),
        "in_progress": QCoreApplication.translate("DashboardView", "In progress"),
    }.get(outcome, outcome)
