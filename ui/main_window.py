"""The main window: the register with its search and filters, and the menus whose workflows exist.

It holds layout only: every query is `app.register` (through RegisterModel), every write is
a dialog calling `app/`.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QFileSystemWatcher,
    QModelIndex,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.dashboard import RegisterLink
from app.errors import UserError
from app.intake import STATUSES
from app.register import RegisterFilter
from ui.dashboard import DashboardView, outcome_label
from ui.i18n import ui_language
from ui.labels import status_label
from ui.register_model import (
    APPLICATION_ID_ROLE,
    COL_APPLICANT,
    COL_IIN,
    COL_NEXT_DUE,
    COL_NUMBER,
    COL_OFFICE,
    COL_REGISTERED,
    COL_SERVICE,
    COL_STATUS,
    COUNT_CAP,
    RegisterModel,
    is_district,
)

APP_TITLE = "Қабылдау"  # the product's name, the same in every language
SEARCH_DEBOUNCE_MS = 150
SETTINGS_FILE = "window.ini"
# After a file appears in the inbox: let a burst of copies finish before scanning.
INBOX_DEBOUNCE_MS = 500
# While a bundle in the inbox is still being written: look again after it may have settled.
INBOX_RETRY_MS = 2500


class MainWindow(QMainWindow):
    """The register of applications, with search, filters and the day's menus."""

    caseRequested = Signal(int)  # application id, on double-click
    lockRequested = Signal()  # File → Lock: ui/main.py's IdleLock covers the windows

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = lang or ui_language()
        # Kept with the data folder, so a portable install or a test stays self-contained.
        self.settings = settings or QSettings(
            str(Path(ctx.paths.root) / SETTINGS_FILE), QSettings.Format.IniFormat
        )
        # At the district the register holds every akim's office's cases: an Office column,
        # an office filter, the district's case view and a District menu.
        self.is_district = is_district(ctx)
        self.model = RegisterModel(ctx, self, lang=self.lang, show_office=self.is_district)
        self._build_status_bar()
        self.model.totalsChanged.connect(self._show_totals)

        self._build_filters()
        self._build_table()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(self._filter_bar)
        layout.addWidget(self.table, 1)
        self.register_page = central
        # "Today" (the dashboard) opens first; its numbers open the register filtered.
        self.dashboard = DashboardView(ctx, self, lang=self.lang)
        self.dashboard.linkActivated.connect(self.open_register)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.dashboard, self.tr("Today"))
        self.tabs.addTab(central, self.tr("Register"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)

        self._build_menus()
        self._load_office()
        self._build_inbox()

        self.caseRequested.connect(self.open_case)
        self._restore_settings()
        self.apply_filter()
        self.search.setFocus()
        self.dashboard.refresh()
        # Once the window is up: a status bar message shown before it would sit under the
        # office name instead of in its place.
        QTimer.singleShot(0, self._notify_overdue)

    # --- layout ----------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Number, IIN, surname, name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        # Enter searches at once instead of waiting for the pause.
        self.search.returnPressed.connect(self.apply_filter)

        self.service_combo = QComboBox(self)
        self.service_combo.setObjectName("service")
        self.service_combo.addItem(self.tr("All services"), None)
        for service in self.ctx.catalogue.accepted():
            shown, other = (
                (service.name.kk, service.name.ru)
                if self.lang == "kk"
                else (service.name.ru, service.name.kk)
            )
            self.service_combo.addItem(shown, service.code)
            self.service_combo.setItemData(
                self.service_combo.count() - 1, other, Qt.ItemDataRole.ToolTipRole
            )
        # Service names run to a hundred letters: keep the combo narrow, the popup wide.
        self.service_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.service_combo.setMinimumContentsLength(14)
        self.service_combo.view().setMinimumWidth(560)
        self.service_combo.view().setTextElideMode(Qt.TextElideMode.ElideRight)

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status")
        self.status_combo.addItem(self.tr("All statuses"), None)
        for code in STATUSES:
            self.status_combo.addItem(status_label(code), code)
        self.status_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status_combo.setMinimumContentsLength(12)
        for combo in (self.service_combo, self.status_combo):
            # At least the "All …" item must show whole, in either language.
            text_width = combo.fontMetrics().horizontalAdvance(combo.itemText(0))
            combo.setMinimumWidth(text_width + 48)

        self.period_check = QCheckBox(self.tr("Period:"), self)
        self.period_check.setObjectName("period")
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30), self)
        self.date_to = QDateEdit(today, self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setEnabled(False)
            edit.dateChanged.connect(self.apply_filter)
        self.period_check.toggled.connect(self.date_from.setEnabled)
        self.period_check.toggled.connect(self.date_to.setEnabled)

        self.overdue_check = QCheckBox(self.tr("Overdue only"), self)
        self.overdue_check.setObjectName("overdue")
        self.due_today_check = QCheckBox(self.tr("Due today"), self)
        self.due_today_check.setObjectName("dueToday")
        # Overdue and due today exclude each other: ticking one unticks the other.
        self.overdue_check.toggled.connect(lambda on: on and self.due_today_check.setChecked(False))
        self.due_today_check.toggled.connect(lambda on: on and self.overdue_check.setChecked(False))
        # Filters the bar has no control for (an outcome, a sending office), set from "Today".
        self._outcome: str | None = None
        self._office_code: str | None = None
        self.extra_filter = QLabel(self)
        self.extra_filter.setObjectName("extraFilter")
        self.extra_filter.setStyleSheet(
            "background: #e3edf9; border: 1px solid #9dbbe3; border-radius: 4px; padding: 1px 6px;"
        )
        self.extra_filter_clear = QToolButton(self)
        self.extra_filter_clear.setObjectName("extraFilterClear")
        self.extra_filter_clear.setText("×")
        self.extra_filter_clear.setToolTip(self.tr("Remove this filter"))
        self.extra_filter_clear.setAutoRaise(True)
        self.extra_filter_clear.clicked.connect(self.clear_extra_filter)
        self.extra_filter.hide()
        self.extra_filter_clear.hide()

        self.office_combo: QComboBox | None = None
        if self.is_district:
            self.office_combo = QComboBox(self)
            self.office_combo.setObjectName("office")
            self.office_combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.office_combo.setMinimumContentsLength(14)
            self.office_combo.view().setMinimumWidth(420)
            self._fill_offices()
            self.office_combo.currentIndexChanged.connect(self.apply_filter)

        for combo in (self.service_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        for check in (self.period_check, self.overdue_check, self.due_today_check):
            check.toggled.connect(self.apply_filter)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.service_combo, 2)
        bar.addWidget(self.status_combo, 1)
        if self.office_combo is not None:
            bar.addWidget(self.office_combo, 2)
        bar.addSpacing(8)
        bar.addWidget(self.period_check)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("–", self))
        bar.addWidget(self.date_to)
        bar.addSpacing(8)
        bar.addWidget(self.overdue_check)
        bar.addWidget(self.due_today_check)
        bar.addWidget(self.extra_filter)
        bar.addWidget(self.extra_filter_clear)
        self._filter_bar = bar

    def _build_table(self) -> None:
        table = QTableView(self)
        table.setObjectName("register")
        table.setModel(self.model)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setMinimumSectionSize(60)
        # Fixed-width columns are sized from a sample text, not from the loaded rows: a
        # ResizeToContents column would measure every row of every page fetched.
        samples = {
            COL_NUMBER: ["0000/2026"],
            COL_REGISTERED: ["00.00.2026 00:00"],
            COL_APPLICANT: ["Мұхамеджанова Гүлмира Нұрсұлтанқызы"],
            COL_IIN: ["000000000000"],
            COL_STATUS: [status_label(code) for code in STATUSES],
            COL_NEXT_DUE: ["00.00.2026 00:00"],
        }
        if self.is_district:
            samples[COL_OFFICE] = ["196435100 Қосшы а."]  # the rest in the tooltip
        fm, header_fm = table.fontMetrics(), header.fontMetrics()
        for col, texts in samples.items():
            title = self.model.headerData(col, Qt.Orientation.Horizontal) or ""
            width = max(
                max(fm.horizontalAdvance(t) for t in texts) + 16,
                header_fm.horizontalAdvance(title) + 32,  # room for the sort arrow
            )
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setSectionResizeMode(COL_SERVICE, QHeaderView.ResizeMode.Stretch)
        if self.is_district:
            # Right after the number: at the district a number means something per office.
            header.moveSection(header.visualIndex(COL_OFFICE), 1)
        # The register opens newest first; setSortingEnabled sorts by the indicator at once.
        header.setSortIndicator(COL_REGISTERED, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        table.doubleClicked.connect(self._on_double_click)
        self.table = table

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New application…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_application)
        self.file_menu.addAction(self.new_action)
        self.journal_action = QAction(self.tr("Print &journal…"), self)
        self.journal_action.setShortcut(QKeySequence.StandardKey.Print)
        self.journal_action.triggered.connect(self.print_journal)
        self.file_menu.addAction(self.journal_action)
        self.report_action = QAction(self.tr("&Reports…"), self)
        self.report_action.triggered.connect(self.show_reports)
        self.file_menu.addAction(self.report_action)
        # Also in the Packets menu: the district checks an arriving bundle from File.
        self.verify_action = QAction(self.tr("&Verify bundle…"), self)
        self.verify_action.triggered.connect(self.verify_bundle)
        self.file_menu.addAction(self.verify_action)
        # Both roles: the district imports the offices' packets, an office the return bundles.
        self.import_action = QAction(self.tr("&Import bundles…"), self)
        self.import_action.triggered.connect(self.import_bundles)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        self.file_menu.addAction(self.settings_action)
        self.users_action = QAction(self.tr("Staff &accounts…"), self)
        self.users_action.triggered.connect(self.show_users)
        self.file_menu.addAction(self.users_action)
        # Enabled by ui/main.py once someone has logged in (not in the demo or --smoke).
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setEnabled(False)
        self.lock_action.triggered.connect(self.lockRequested)
        self.file_menu.addAction(self.lock_action)
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.triggered.connect(self.show_backups)
        self.file_menu.addAction(self.backups_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh)
        self.view_menu.addAction(self.refresh_action)
        self.today_action = QAction(self.tr("&Today"), self)
        self.today_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_1))
        self.today_action.triggered.connect(self.show_today)
        self.view_menu.addAction(self.today_action)
        self.register_action = QAction(self.tr("Re&gister"), self)
        self.register_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_2))
        self.register_action.triggered.connect(self.show_register)
        self.view_menu.addAction(self.register_action)

        self.commission_menu = bar.addMenu(self.tr("&District commission"))
        self.commission_action = QAction(self.tr("Commission and &thresholds…"), self)
        self.commission_action.triggered.connect(self.show_commission)
        self.commission_menu.addAction(self.commission_action)
        self.waiting_action = QAction(self.tr("&Waiting for inspection…"), self)
        self.waiting_action.triggered.connect(self.show_waiting_list)
        self.commission_menu.addAction(self.waiting_action)
        self.reminders_action = QAction(self.tr("&Quarterly re-confirmation reminders…"), self)
        self.reminders_action.triggered.connect(self.show_reminders)
        self.commission_menu.addAction(self.reminders_action)

        self.packets_menu = bar.addMenu(self.tr("&Packets"))
        self.packets_action = QAction(self.tr("Packets and &outbox…"), self)
        self.packets_action.triggered.connect(self.show_packets)
        self.packets_menu.addAction(self.packets_action)
        self.packets_menu.addAction(self.verify_action)
        self.packets_menu.addAction(self.import_action)
        self.packets_menu.addSeparator()
        self.keys_action = QAction(self.tr("&Keys and trusted offices…"), self)
        self.keys_action.triggered.connect(self.show_keys)
        self.packets_menu.addAction(self.keys_action)

        self.district_menu = bar.addMenu(self.tr("Dis&trict"))
        self.district_action = QAction(self.tr("&Offices and returns…"), self)
        self.district_action.triggered.connect(self.show_district)
        self.district_menu.addAction(self.district_action)
        self.district_menu.menuAction().setVisible(self.is_district)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About Qabyldau…"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.office_label = QLabel(self)
        self.staff_label = QLabel(self)
        self.count_label = QLabel(self)
        self.overdue_label = QLabel(self)
        for label in (self.staff_label, self.count_label, self.overdue_label):
            label.setContentsMargins(12, 0, 4, 0)
        self.count_label.setObjectName("rowCount")
        self.overdue_label.setObjectName("overdueCount")
        status.addWidget(self.office_label, 1)
        status.addPermanentWidget(self.staff_label)
        status.addPermanentWidget(self.count_label)
        status.addPermanentWidget(self.overdue_label)

    def _load_office(self) -> None:
        with self.ctx.session() as s:
            if self.ctx.is_initialised(s):
                office = self.ctx.self_office(s)
                office_name = office.name_kk if self.lang == "kk" else office.name_ru
                staff = self.ctx.current_staff(s).short_name
            else:  # only the smoke test opens the window on an empty database
                office_name, staff = self.tr("(office not set up)"), "—"
            self._initialised = self.ctx.is_initialised(s)
        self.office_name = office_name
        self.setWindowTitle(f"{APP_TITLE} — {office_name}")
        self.office_label.setText(office_name)
        self.staff_label.setText(self.tr("Staff: {name}").format(name=staff))
        from ui.users_dialog import may_manage_users

        self.users_action.setEnabled(may_manage_users(self.ctx))  # the akim or an admin

    # --- filters and totals ----------------------------------------------------------------

    def current_filter(self) -> RegisterFilter:
        """The filter the controls show."""
        period = self.period_check.isChecked()
        return RegisterFilter(
            text=self.search.text().strip(),
            service=self.service_combo.currentData(),
            status=self.status_combo.currentData(),
            date_from=self.date_from.date().toPython() if period else None,
            date_to=self.date_to.date().toPython() if period else None,
            overdue_only=self.overdue_check.isChecked(),
            due_today=self.due_today_check.isChecked(),
            outcome=self._outcome,
            office_code=self._office_choice(),
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        """Re-read the register, keeping the selected application selected if still shown."""
        selected = self.table.selectionModel().selectedRows()
        keep = selected[0].data(APPLICATION_ID_ROLE) if selected else None
        if self.office_combo is not None:
            self._fill_offices()  # an import may have brought a new office
        self.model.refresh()
        if keep is not None:
            self._select(keep)
        self.dashboard.refresh()

    # --- today (the dashboard) -----------------------------------------------------------------

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.dashboard:
            self.dashboard.refresh()  # back from the register: the day may have moved on

    def show_today(self) -> None:
        self.tabs.setCurrentWidget(self.dashboard)

    def show_register(self) -> None:
        self.tabs.setCurrentWidget(self.register_page)
        self.table.setFocus()

    def _notify_overdue(self) -> None:
        """At start: what is overdue, in the status bar (the dashboard shows a banner too)."""
        summary = self.dashboard.overdue_summary()
        if summary:
            self.statusBar().showMessage(summary, 60_000)

    def open_register(self, link: RegisterLink) -> None:
        """Show the register filtered as a number on "Today" says: its rows are that number."""
        flt = link.to_filter()
        controls = (
            self.search,
            self.service_combo,
            self.status_combo,
            self.period_check,
            self.date_from,
            self.date_to,
            self.overdue_check,
            self.due_today_check,
        )
        for w in controls:
            w.blockSignals(True)
        try:
            self.search.clear()
            for combo, value in (
                (self.service_combo, flt.service),
                (self.status_combo, flt.status),
            ):
                index = combo.findData(value) if value is not None else 0
                if index < 0:  # e.g. a service the office does not take, counted at the district
                    combo.addItem(value, value)
                    index = combo.count() - 1
                combo.setCurrentIndex(index)
            period = flt.date_from is not None or flt.date_to is not None
            self.period_check.setChecked(period)
            if flt.date_from is not None:
                self.date_from.setDate(QDate(flt.date_from))
            if flt.date_to is not None:
                self.date_to.setDate(QDate(flt.date_to))
            for edit in (self.date_from, self.date_to):
                edit.setEnabled(period)
            self.overdue_check.setChecked(flt.overdue_only)
            self.due_today_check.setChecked(flt.due_today)
        finally:
            for w in controls:
                w.blockSignals(False)
        office = flt.office_code
        if self.office_combo is not None:
            self._select_office(office)  # the district's office filter shows it
            office = None
        self._set_extra_filter(flt.outcome, office)
        self.show_register()

    def _set_extra_filter(self, outcome: str | None, office_code: str | None) -> None:
        self._outcome, self._office_code = outcome, office_code
        parts = []
        if outcome:
            parts.append(self.tr("Outcome: {name}").format(name=outcome_label(outcome)))
        if office_code:
            parts.append(self.tr("Office: {code}").format(code=office_code))
        self.extra_filter.setText(" · ".join(parts))
        self.extra_filter.setVisible(bool(parts))
        self.extra_filter_clear.setVisible(bool(parts))
        self.apply_filter()

    def clear_extra_filter(self) -> None:
        self._set_extra_filter(None, None)

    def _show_totals(self, total: int, overdue: int) -> None:
        if total > COUNT_CAP:
            self.count_label.setText(self.tr("Applications: over {count}").format(count=COUNT_CAP))
        else:
            self.count_label.setText(self.tr("Applications: {count}").format(count=total))
        if overdue > COUNT_CAP:
            self.overdue_label.setText(self.tr("Overdue: over {count}").format(count=COUNT_CAP))
        else:
            self.overdue_label.setText(self.tr("%n overdue", "", overdue))
        # Red only when there is something to act on.
        self.overdue_label.setStyleSheet("color: #a40000; font-weight: bold;" if overdue else "")

    # --- actions ---------------------------------------------------------------------------

    def _on_double_click(self, index: QModelIndex) -> None:
        application_id = index.data(APPLICATION_ID_ROLE)
        if application_id is not None:
            self.caseRequested.emit(int(application_id))

    def open_case(self, application_id: int) -> None:
        if self.is_district:
            row = self.model.row_of(application_id)
            if row is not None:
                case = self.model.row_at(row)
                self.open_district_case(case.number, case.office_code)
            return
        # Imported when used: the case card is a separate piece of the interface.
        from ui.case_card import CaseCard

        card = CaseCard(self.ctx, application_id, self)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The card may change the case (reprint, later: status steps): re-read when it closes.
        card.finished.connect(self.refresh)
        # Issued from the card: the register shows the case closed at once, not on closing.
        changed = getattr(card, "caseChanged", None)  # a stand-in card may not have it
        if changed is not None:
            changed.connect(self.refresh)
        card.show()

    def new_application(self) -> None:
        from ui.intake_dialog import IntakeDialog

        dialog = IntakeDialog(self.ctx, self)
        dialog.registered.connect(self._on_registered)
        dialog.exec()
        if getattr(dialog, "application_id", None) is not None:
            self.refresh()  # a same-day certificate issued from the intake closed the case
        dialog.deleteLater()

    def print_journal(self) -> None:
        from ui.journal_dialog import JournalDialog

        dialog = JournalDialog(self.ctx, self, lang=self.lang)
        dialog.exec()
        dialog.deleteLater()

    def show_reports(self) -> None:
        from ui.report_dialog import ReportDialog

        dialog = ReportDialog(self.ctx, self, lang=self.lang)
        dialog.exec()
        dialog.deleteLater()

    def show_commission(self) -> None:
        from ui.commission_dialog import CommissionDialog

        dialog = CommissionDialog(self.ctx, self)
        dialog.exec()
        dialog.deleteLater()

    def show_waiting_list(self) -> None:
        from ui.waiting_list import WaitingListDialog

        dialog = WaitingListDialog(self.ctx, self)
        dialog.exec()
        dialog.deleteLater()
        # Acts completed from the list move their cases on: the register shows it.
        self.refresh()

    def show_reminders(self) -> None:
        from ui.reminders_dialog import RemindersDialog

        dialog = RemindersDialog(self.ctx, self, lang=self.lang)
        dialog.exec()
        dialog.deleteLater()

    def show_packets(self) -> None:
        from ui.packets_dialog import PacketsDialog

        dialog = PacketsDialog(self.ctx, self, lang=self.lang)
        dialog.exec()
        dialog.deleteLater()
        # Cases put in a packet or sent change their status: the register shows it.
        self.refresh()

    def verify_bundle(self) -> None:
        from ui.verify_dialog import choose_and_verify

        choose_and_verify(self.ctx, self, lang=self.lang)

    def show_keys(self) -> None:
        from ui.keys_dialog import KeysDialog

        dialog = KeysDialog(self.ctx, self, lang=self.lang)
        dialog.exec()
        dialog.deleteLater()

    def show_backups(self) -> None:
        from ui.backup_dialog import BackupDialog

        dialog = BackupDialog(self.ctx, self, lang=self.lang)
        dialog.exec()
        restart = dialog.restart_requested
        dialog.deleteLater()
        if restart:
            # The database under this window was replaced: ui/main.py opens the office again.
            self.restart_requested = True
            self.close()

    def show_users(self) -> None:
        from ui.users_dialog import UsersDialog

        dialog = UsersDialog(self.ctx, self, lang=self.lang)
        dialog.exec()
        dialog.deleteLater()

    def show_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self, lang=self.lang)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            # New office hours move the deadlines counted in hours.
            self.refresh()
            self._watch_inbox()  # the inbox folder may have moved
        dialog.deleteLater()

    def _on_registered(self, application_id: int) -> None:
        self.model.refresh()
        self._select(application_id)
        self.dashboard.refresh()

    def _select(self, application_id: int) -> None:
        row = self.model.row_of(application_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def show_about(self) -> None:
        try:
            version = metadata.version("qabyldau")
        except metadata.PackageNotFoundError:  # run from a source folder, not installed
            version = ""
        text = self.tr(
            "<b>Қабылдау</b> {version}<br><br>Registering applications for social-protection "
            "services at a rural akim's office, offline."
        ).format(version=version)
        QMessageBox.about(self, self.tr("About Qabyldau"), text)

    # --- the district and the inbox ---------------------------------------------------------

    def _fill_offices(self) -> None:
        """The district's office filter: every office that sent cases or is trusted."""
        from app.district import delivery_status

        combo = self.office_combo
        if combo is None:
            return
        keep = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("All offices"), None)
            for office in delivery_status(self.ctx):
                name = office.name_kk if self.lang == "kk" else office.name_ru
                combo.addItem(f"{office.office_code} {name}", office.office_code)
                combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
            index = combo.findData(keep) if keep is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)

    def _select_office(self, office_code: str | None) -> None:
        combo = self.office_combo
        if combo is None:
            return
        index = combo.findData(office_code) if office_code else 0
        if index < 0:  # an office the district has heard of only from "Today"
            combo.addItem(str(office_code), office_code)
            index = combo.count() - 1
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def _office_choice(self) -> str | None:
        if self.office_combo is not None and self.office_combo.currentData():
            return str(self.office_combo.currentData())
        return self._office_code

    def open_district_case(self, number: str, office_code: str) -> None:
        from ui.district_case import DistrictCaseView

        try:
            view = DistrictCaseView(self.ctx, number, office_code, self, lang=self.lang)
        except UserError as exc:  # e.g. a case that did not come in a bundle
            QMessageBox.warning(self, APP_TITLE, exc.message(self.lang))
            return
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A decision recorded from the view changes the case's status.
        view.finished.connect(self.refresh)
        view.show()

    def import_bundles(self) -> None:
        from ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.exec()
        dialog.deleteLater()
        self.refresh()

    def show_district(self) -> None:
        from ui.district_dialog import DistrictDialog

        dialog = DistrictDialog(self.ctx, self, lang=self.lang)
        dialog.exec()
        dialog.deleteLater()
        self.refresh()

    def _build_inbox(self) -> None:
        """Watch the inbox folder: bundles copied there are imported without being chosen."""
        from ui.packets_dialog import JobSignals

        # One scan at a time, on a pool of the window's own that it waits for when closing.
        self.inbox_pool = QThreadPool(self)
        self.inbox_pool.setMaxThreadCount(1)
        self._inbox_signals = JobSignals(self)
        self._inbox_signals.done.connect(self._on_inbox_done)
        self._inbox_signals.failed.connect(self._on_inbox_failed)
        self._inbox_running = False
        self._inbox_again = False
        self._inbox_closed = False
        self.inbox_timer = QTimer(self)
        self.inbox_timer.setSingleShot(True)
        self.inbox_timer.setInterval(INBOX_DEBOUNCE_MS)
        self.inbox_timer.timeout.connect(self.scan_inbox_now)
        self.inbox_retry = QTimer(self)
        self.inbox_retry.setSingleShot(True)
        self.inbox_retry.setInterval(INBOX_RETRY_MS)
        self.inbox_retry.timeout.connect(self.scan_inbox_now)
        self.inbox_watcher = QFileSystemWatcher(self)
        self.inbox_watcher.directoryChanged.connect(lambda _path: self.inbox_timer.start())
        self._watch_inbox()

    def _watch_inbox(self) -> None:
        """Watch the inbox folder now set, and take what arrived while the program was closed."""
        from app.inbox import inbox_dir

        watched = self.inbox_watcher.directories()
        if watched:
            self.inbox_watcher.removePaths(watched)
        if not self._initialised:
            return
        folder = inbox_dir(self.ctx)
        if folder == self.ctx.paths.inbox:
            folder.mkdir(parents=True, exist_ok=True)
        if folder.is_dir():  # a chosen folder on a USB stick may be away
            self.inbox_watcher.addPath(str(folder))
            self.inbox_timer.start()

    def scan_inbox_now(self) -> None:
        """Import the bundles waiting in the inbox, off the GUI thread."""
        from app.inbox import pending_files, scan_inbox
        from ui.packets_dialog import BackgroundJob

        if self._inbox_closed or not self._initialised:
            return
        if self._inbox_running:
            self._inbox_again = True  # more arrived meanwhile: look again when done
            return
        try:
            if not pending_files(self.ctx):
                return
        except (UserError, OSError):  # the chosen folder is away: the next change retries
            return
        self._inbox_running = True
        self.inbox_pool.start(
            BackgroundJob(lambda _progress: scan_inbox(self.ctx), self._inbox_signals)
        )

    @property
    def inbox_busy(self) -> bool:
        return self._inbox_running

    def _on_inbox_done(self, reports: list) -> None:
        from app.inbox import unsettled_files

        self._inbox_running = False
        if self._inbox_closed:
            return
        if reports:
            if len(reports) == 1:
                text = reports[0].text(self.lang)
            else:
                refused = sum(1 for r in reports if not r.ok)
                text = self.tr(
                    "Inbox: bundles imported: {imported}, refused: {refused} (see the "
                    "“refused” folder)."
                ).format(imported=len(reports) - refused, refused=refused)
            self.statusBar().showMessage(text, 60_000)
            self.refresh()
        if self._inbox_again or unsettled_files(self.ctx):
            self._inbox_again = False
            self.inbox_retry.start()

    def _on_inbox_failed(self, exc: Exception) -> None:
        from ui.packets_dialog import error_text

        self._inbox_running = False
        text = error_text(exc, self.lang) or str(exc)
        self.statusBar().showMessage(self.tr("Inbox: {error}").format(error=text), 60_000)

    # --- settings --------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 720)
        widths = self.settings.value(self._columns_key)
        if isinstance(widths, list):
            for col, width in enumerate(widths):
                if col != COL_SERVICE and str(width).isdigit() and int(width) > 0:
                    self.table.horizontalHeader().resizeSection(col, int(width))

    @property
    def _columns_key(self) -> str:
        # Per language: the headers and statuses differ in width between kk and ru.
        return f"main_window/columns_{self.lang}"

    def save_settings(self) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        header = self.table.horizontalHeader()
        self.settings.setValue(
            self._columns_key, [header.sectionSize(c) for c in range(header.count())]
        )
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        # No more inbox scans once the window goes; one under way finishes first (it is one
        # transaction per file).
        self._inbox_closed = True
        self.inbox_timer.stop()
        self.inbox_retry.stop()
        self.inbox_pool.waitForDone()
        super().closeEvent(event)
