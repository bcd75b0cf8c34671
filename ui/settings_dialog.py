"""Settings: the interface language, the office hours deadlines are counted in, and the
talon's "how to complain" wording. Every rule (and the audit trail) is `app.settings`'.

A new language applies from the next start: the open windows keep theirs (only the
first-run wizard retranslates itself live).
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import audit, users
from app import inbox as inbox_settings
from app import settings as office_settings
from app.cases import DEFAULT_COMPLAINT
from app.context import AppContext
from app.dashboard import RESEND_AFTER_DAYS, resend_after_days
from app.errors import UserError
from ui.first_run import ERROR_STYLE, LANGUAGE_NAMES
from ui.formatting import TIME_FORMAT, format_date, format_money
from ui.i18n import LANGUAGES, ui_language

SAMPLE_AMOUNT = 85000.5


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


class SettingsDialog(QDialog):
    """The office's settings; `language_changed` after OK tells the caller to say "restart"."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, lang: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = lang or ui_language()
        self.language_changed = False
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))

        language_box = QGroupBox(self.tr("Interface language"), self)
        self.language = QComboBox(language_box, objectName="language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.stored_language = office_settings.ui_language(ctx) or self.lang
        self.language.setCurrentIndex(LANGUAGES.index(self.stored_language))
        self.language.currentIndexChanged.connect(self._show_sample)
        self.sample = QLabel(language_box, objectName="sample")
        self.restart_note = QLabel(
            self.tr("The program speaks the new language from its next start."), language_box
        )
        self.restart_note.setObjectName("restartNote")
        self.restart_note.setWordWrap(True)
        language_form = QFormLayout(language_box)
        language_form.addRow(self.tr("&Language:"), self.language)
        language_form.addRow(self.tr("Dates and amounts:"), self.sample)
        language_form.addRow(self.restart_note)

        hours_box = QGroupBox(self.tr("Office hours"), self)
        hours = office_settings.office_hours(ctx)
        self.start = self._time_edit(hours_box, "start", hours.start)
        self.end = self._time_edit(hours_box, "end", hours.end)
        self.lunch_start = self._time_edit(hours_box, "lunchStart", hours.lunch_start)
        self.lunch_end = self._time_edit(hours_box, "lunchEnd", hours.lunch_end)
        grid = QGridLayout(hours_box)
        for row, (text, first, second) in enumerate(
            (
                (self.tr("Working day:"), self.start, self.end),
                (self.tr("Lunch break:"), self.lunch_start, self.lunch_end),
            )
        ):
            grid.addWidget(QLabel(text, hours_box), row, 0)
            grid.addWidget(first, row, 1)
            grid.addWidget(QLabel("–", hours_box), row, 2)
            grid.addWidget(second, row, 3)
        grid.setColumnStretch(4, 1)
        hours_note = QLabel(
            self.tr(
                "Deadlines counted in hours use these hours. A lunch break that ends when it "
                "starts means no break."
            ),
            hours_box,
        )
        hours_note.setWordWrap(True)
        grid.addWidget(hours_note, 2, 0, 1, 5)

        complaint_box = QGroupBox(self.tr("How to complain (printed on the talon)"), self)
        own = office_settings.talon_complaint(ctx)
        self.complaint_kk = QPlainTextEdit(complaint_box, objectName="complaintKk")
        self.complaint_ru = QPlainTextEdit(complaint_box, objectName="complaintRu")
        for edit, text, default in (
            (self.complaint_kk, own[0] if own else "", DEFAULT_COMPLAINT.kk),
            (self.complaint_ru, own[1] if own else "", DEFAULT_COMPLAINT.ru),
        ):
            edit.setPlainText(text)
            edit.setPlaceholderText(default)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        complaint_note = QLabel(
            self.tr("Leave both empty to print the standard text (shown greyed)."), complaint_box
        )
        complaint_note.setWordWrap(True)
        complaint_form = QFormLayout(complaint_box)
        complaint_form.addRow(self.tr("In Kazakh:"), self.complaint_kk)
        complaint_form.addRow(self.tr("In Russian:"), self.complaint_ru)
        complaint_form.addRow(complaint_note)

        inbox_box = QGroupBox(self.tr("Inbox for arriving bundles"), self)
        self.default_inbox = str(ctx.paths.inbox)
        self.inbox = QLineEdit(inbox_box, objectName="inbox")
        self.inbox.setText(str(inbox_settings.inbox_dir(ctx)))
        self.inbox.setPlaceholderText(self.default_inbox)
        self.inbox.setClearButtonEnabled(True)
        choose_inbox = QPushButton(self.tr("Choose…"), inbox_box, objectName="chooseInbox")
        choose_inbox.setAutoDefault(False)
        choose_inbox.clicked.connect(self._choose_inbox)
        inbox_row = QHBoxLayout()
        inbox_row.addWidget(self.inbox, 1)
        inbox_row.addWidget(choose_inbox)
        inbox_note = QLabel(
            self.tr(
                "Bundles (.qbl) copied into this folder are imported by themselves and then "
                "moved to its “imported” or “refused” subfolder. Empty: the data folder's inbox."
            ),
            inbox_box,
        )
        inbox_note.setWordWrap(True)
        inbox_layout = QVBoxLayout(inbox_box)
        inbox_layout.addLayout(inbox_row)
        inbox_layout.addWidget(inbox_note)

        # An akim's office waits for the district's receipt of each packet (the district
        # sends none of its own packets this way): how long before a packet is flagged. One
        # row, the explanation in its tooltip: the window must still fit a small screen.
        packets_box = QWidget(self, objectName="packetsBox")
        self.stored_resend_days = resend_after_days(ctx)
        self.resend_days = QSpinBox(packets_box, objectName="resendAfterDays")
        self.resend_days.setRange(1, 60)
        self.resend_days.setValue(max(self.stored_resend_days, 1))
        resend_label = QLabel(
            self.tr("Packets to the district: re-send after (days):"), packets_box
        )
        resend_label.setWordWrap(True)
        resend_label.setBuddy(self.resend_days)
        explanation = self.tr(
            "A packet with no receipt from the district after this many days is shown in "
            "red in the outbox, with a button to send its file again."
        )
        for w in (resend_label, self.resend_days):
            w.setToolTip(explanation)
        packets_row = QHBoxLayout(packets_box)
        packets_row.setContentsMargins(0, 0, 0, 0)
        packets_row.addWidget(resend_label, 1)
        packets_row.addWidget(self.resend_days)
        with ctx.session() as s:
            district = ctx.is_initialised(s) and ctx.self_office(s).role == "district"
        packets_box.setVisible(not district)
        self.packets_box = packets_box

        self.error = QLabel(self, objectName="error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # The groups scroll: on a 1366×768 screen with long Kazakh texts they are taller than
        # the screen, and a dialog squeezed to fit would cut its wrapped notes short.
        page = QWidget(self, objectName="settingsPage")
        groups = QVBoxLayout(page)
        groups.setContentsMargins(0, 0, 0, 0)
        for box in (language_box, hours_box, complaint_box, inbox_box, packets_box):
            box.setParent(page)
            groups.addWidget(box)
        groups.addStretch(1)
        scroll = QScrollArea(self, objectName="settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._show_sample()

    def _stored_inbox(self) -> Path | None:
        if inbox_settings.is_default_inbox(self.ctx):
            return None
        return inbox_settings.inbox_dir(self.ctx)

    def _time_edit(self, parent: QWidget, name: str, value: time) -> QTimeEdit:
        edit = QTimeEdit(_qtime(value), parent)
        edit.setObjectName(name)
        edit.setDisplayFormat(TIME_FORMAT)
        return edit

    def _choose_inbox(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Inbox for arriving bundles"), self.inbox.text() or self.default_inbox
        )
        if folder:
            self.inbox.setText(str(Path(folder)))

    def chosen_inbox(self) -> Path | None:
        """The inbox folder typed or chosen; None for the data folder's own inbox."""
        text = self.inbox.text().strip()
        if not text or Path(text) == Path(self.default_inbox):
            return None
        return Path(text)

    def _save_resend_days(self, days: int) -> None:
        """The `resend_after_days` setting (read by app.dashboard and the packets window)."""
        with self.ctx.session() as s:
            staff = users.require(s, self.ctx.current_staff(s), "settings")
            before = self.ctx.get_setting(s, RESEND_AFTER_DAYS)
            self.ctx.set_setting(s, RESEND_AFTER_DAYS, days)
            audit.record(
                s,
                entity="setting",
                entity_id=RESEND_AFTER_DAYS,
                action="set",
                staff_id=staff.id,
                before=before,
                after=days,
            )
        self.stored_resend_days = days

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _show_sample(self) -> None:
        lang = self.chosen_language()
        self.sample.setText(
            f"{format_date(date.today(), lang)}   {format_money(SAMPLE_AMOUNT, lang)}"
        )
        self.restart_note.setVisible(lang != self.lang)

    def accept(self) -> None:
        """Save everything, or nothing when a check fails (the message says which)."""
        lang = self.chosen_language()
        inbox = self.chosen_inbox()
        resend_days = self.resend_days.value()
        try:
            if resend_days != self.stored_resend_days:
                with self.ctx.session() as s:  # refused before anything is saved
                    users.require(s, self.ctx.current_staff(s), "settings")
            if inbox is not None:
                # Checked before anything is saved: one refusal leaves every setting as it was.
                inbox_settings.check_inbox_dir(inbox)
            office_settings.save(
                self.ctx,
                lang=lang if lang != self.stored_language else None,
                hours=(
                    self.start.time().toPython(),
                    self.end.time().toPython(),
                    self.lunch_start.time().toPython(),
                    self.lunch_end.time().toPython(),
                ),
                complaint=(self.complaint_kk.toPlainText(), self.complaint_ru.toPlainText()),
            )
            if inbox != self._stored_inbox():
                inbox_settings.set_inbox_dir(self.ctx, inbox)
            if resend_days != self.stored_resend_days:
                self._save_resend_days(resend_days)
        except UserError as exc:
            self.error.setText(exc.message(self.lang))
            return
        self.language_changed = lang != self.lang
        super().accept()
