"""The main window: the register with its search and filters, and the menus whose workflows exist.

It holds layout only: every query is `app.register` (through RegisterModel), every write is
a dialog calling `app/`.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, QSettings, Qt, QTimer, Signal
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
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.intake import STATUSES
from app.register import RegisterFilter
from ui.i18n import ui_language
from ui.labels import status_label
from ui.register_model import (
    APPLICATION_ID_ROLE,
    COL_APPLICANT,
    COL_IIN,
    COL_NEXT_DUE,
    COL_NUMBER,
    COL_REGISTERED,
    COL_SERVICE,
    COL_STATUS,
    COUNT_CAP,
    RegisterModel,
)

APP_TITLE = "Қабылдау"  # the product's name, the same in every language
SEARCH_DEBOUNCE_MS = 150
SETTINGS_FILE = "window.ini"


class MainWindow(QMainWindow):
    """The register of applications, with search, filters and the day's menus."""

    caseRequested = Signal(int)  # application id, on double-click

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
        self.model = RegisterModel(ctx, self, lang=self.lang)
        self._build_status_bar()
        self.model.totalsChanged.connect(self._show_totals)

        self._build_filters()
        self._build_table()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(self._filter_bar)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._load_office()

        self.caseRequested.connect(self.open_case)
        self._restore_settings()
        self.apply_filter()
        self.search.setFocus()

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

        for combo in (self.service_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        for check in (self.period_check, self.overdue_check):
            check.toggled.connect(self.apply_filter)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.service_combo, 2)
        bar.addWidget(self.status_combo, 1)
        bar.addSpacing(8)
        bar.addWidget(self.period_check)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("–", self))
        bar.addWidget(self.date_to)
        bar.addSpacing(8)
        bar.addWidget(self.overdue_check)
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
        # Also in the Packets menu: the district checks an arriving bundle from File.
        self.verify_action = QAction(self.tr("&Verify bundle…"), self)
        self.verify_action.triggered.connect(self.verify_bundle)
        self.file_menu.addAction(self.verify_action)
        self.file_menu.addSeparator()
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        self.file_menu.addAction(self.settings_action)
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

        self.commission_menu = bar.addMenu(self.tr("&District commission"))
        self.commission_action = QAction(self.tr("Commission and &thresholds…"), self)
        self.commission_action.triggered.connect(self.show_commission)
        self.commission_menu.addAction(self.commission_action)
        self.waiting_action = QAction(self.tr("&Waiting for inspection…"), self)
        self.waiting_action.triggered.connect(self.show_waiting_list)
        self.commission_menu.addAction(self.waiting_action)

        self.packets_menu = bar.addMenu(self.tr("&Packets"))
        self.packets_action = QAction(self.tr("Packets and &outbox…"), self)
        self.packets_action.triggered.connect(self.show_packets)
        self.packets_menu.addAction(self.packets_action)
        self.packets_menu.addAction(self.verify_action)
        self.packets_menu.addSeparator()
        self.keys_action = QAction(self.tr("&Keys and trusted offices…"), self)
        self.keys_action.triggered.connect(self.show_keys)
        self.packets_menu.addAction(self.keys_action)

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
        self.office_name = office_name
        self.setWindowTitle(f"{APP_TITLE} — {office_name}")
        self.office_label.setText(office_name)
        self.staff_label.setText(self.tr("Staff: {name}").format(name=staff))

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
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        """Re-read the register, keeping the selected application selected if still shown."""
        selected = self.table.selectionModel().selectedRows()
        keep = selected[0].data(APPLICATION_ID_ROLE) if selected else None
        self.model.refresh()
        if keep is not None:
            self._select(keep)

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
        # Imported when used: the case card is a separate piece of the interface.
        from ui.case_card import CaseCard

        card = CaseCard(self.ctx, application_id, self)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The card may change the case (reprint, later: status steps): re-read when it closes.
        card.finished.connect(self.refresh)
        card.show()

    def new_application(self) -> None:
        from ui.intake_dialog import IntakeDialog

        dialog = IntakeDialog(self.ctx, self)
        dialog.registered.connect(self._on_registered)
        dialog.exec()
        dialog.deleteLater()

    def print_journal(self) -> None:
        from ui.journal_dialog import JournalDialog

        dialog = JournalDialog(self.ctx, self, lang=self.lang)
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

    def show_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self, lang=self.lang)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            # New office hours move the deadlines counted in hours.
            self.refresh()
        dialog.deleteLater()

    def _on_registered(self, application_id: int) -> None:
        self.model.refresh()
        self._select(application_id)

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
        super().closeEvent(event)
