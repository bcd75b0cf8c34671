"""Settings: the interface language, the office hours deadlines are counted in, and the
talon's "how to complain" wording. Every rule (and the audit trail) is `app.settings`'.

A new language applies from the next start: the open windows keep theirs (only the
first-run wizard retranslates itself live).
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import settings as office_settings
from app.cases import DEFAULT_COMPLAINT
from app.context import AppContext
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

        self.error = QLabel(self, objectName="error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(language_box)
        layout.addWidget(hours_box)
        layout.addWidget(complaint_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._show_sample()

    def _time_edit(self, parent: QWidget, name: str, value: time) -> QTimeEdit:
        edit = QTimeEdit(_qtime(value), parent)
        edit.setObjectName(name)
        edit.setDisplayFormat(TIME_FORMAT)
        return edit

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
        try:
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
        except UserError as exc:
            self.error.setText(exc.message(self.lang))
            return
        self.language_changed = lang != self.lang
        super().accept()
