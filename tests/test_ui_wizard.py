"""The first-run wizard, filled in the way a person does it, and run_gui on a fresh install."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QRadioButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import keys, trust
from app import settings as office_settings
from app.context import AppContext
from app.office import init_office
from db.models import Office, Staff
from tests.bundle_fixtures import DISTRICT, DISTRICT_KK, DISTRICT_RU, make_office
from tests.keyring_backend import TestKeyring, active_keyring, new_key
from ui import i18n
from ui.first_run import FirstRunWizard
from ui.formatting import format_date
from ui.main import run_gui
from ui.main_window import MainWindow

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

ROOT = Path(__file__).resolve().parent.parent
CODE = "196435100"
NAME_KK = "Қосшы ауылдық округі әкімінің аппараты"
NAME_RU = "Аппарат акима Косшынского сельского округа"
Button = QWizard.WizardButton


# --- fixtures ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files built from the .ts sources, so the wizard really speaks kk and ru."""
    spec = importlib.util.spec_from_file_location(
        "translations_build", ROOT / "translations/build.py"
    )
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    out = tmp_path_factory.mktemp("qm")
    try:
        build.build(out)
    except SystemExit:
        pytest.skip("pyside6-lrelease is not installed")
    return out


@pytest.fixture
def languages(qapp: QApplication, qm_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Translators from the built .qm files, Russian to start with; all removed afterwards
    (the wizard switches the whole application's language)."""
    monkeypatch.delenv("QABYLDAU_LANG", raising=False)
    monkeypatch.setattr(i18n, "QM_DIR", qm_dir)
    font = qapp.font()
    i18n.install_translators(qapp, "ru")
    yield
    i18n.remove_translators(qapp)
    qapp.setFont(font)  # run_gui installs its own


@pytest.fixture
def ctx(home: Path, languages: None) -> Iterator[AppContext]:
    with AppContext(home) as c:
        yield c


@pytest.fixture
def key_store(tmp_path: Path) -> Iterator[TestKeyring]:
    """A real (encrypted, file-backed) key store, as Windows Credential Manager would be."""
    with active_keyring(TestKeyring(tmp_path / "keyring.cfg", new_key())) as backend:
        yield backend


@pytest.fixture
def no_key_store() -> Iterator[None]:
    with active_keyring(FailKeyring()):
        yield


@pytest.fixture
def district_card(tmp_path: Path, key_store: TestKeyring) -> tuple[Path, str]:
    """The district department's public card file and the fingerprint on its printed sheet."""
    with make_office(tmp_path / "district", "district", DISTRICT, DISTRICT_KK, DISTRICT_RU) as d:
        card = keys.public_card(d)
    path = tmp_path / "usb" / f"{DISTRICT}.card.json"
    path.parent.mkdir()
    path.write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    return path, card["fingerprint"]


@pytest.fixture
def wizard(qtbot: QtBot, ctx: AppContext) -> FirstRunWizard:
    w = FirstRunWizard(ctx)
    qtbot.addWidget(w)
    with qtbot.waitExposed(w):
        w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


# --- acting like a person ------------------------------------------------------------------


def type_text(widget: QWidget, text: str) -> None:
    """Type key by key; every letter travels as a keyboard layout's key event (QTest's
    keyClicks only knows ASCII and aborts on Kazakh letters)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName() or button.text()
    # A radio button answers clicks on its circle and text only, not the row's empty end.
    if isinstance(button, QRadioButton):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    click(qtbot, wizard.button(which))


def fill_to_the_card_page(qtbot: QtBot, w: FirstRunWizard, *, lang: str = "ru") -> None:
    """Language, role, office, staff member, keys: every page up to the optional card."""
    assert w.currentPage() is w.language
    click(qtbot, w.language.buttons[lang])
    press(qtbot, w, Button.NextButton)
    assert w.currentPage() is w.role
    click(qtbot, w.role.akimat)
    press(qtbot, w, Button.NextButton)
    assert w.currentPage() is w.office
    type_text(w.office.code, CODE)
    type_text(w.office.name_kk, NAME_KK)
    type_text(w.office.name_ru, NAME_RU)
    press(qtbot, w, Button.NextButton)
    assert w.currentPage() is w.staff
    type_text(w.staff.surname, "Сейітова")
    type_text(w.staff.name, "Әсел")
    type_text(w.staff.patronymic, "Болатқызы")
    type_text(w.staff.login, "aseitova")
    press(qtbot, w, Button.NextButton)
    assert w.currentPage() is w.keys
    press(qtbot, w, Button.NextButton)
    assert w.currentPage() is w.card


def office_rows(ctx: AppContext) -> list[tuple[str, str, str, str]]:
    with ctx.session() as s:
        return [
            (o.role, o.code, o.name_kk, o.name_ru)
            for o in s.scalars(select(Office).where(Office.is_self.is_(True)))
        ]


# --- the whole way through -----------------------------------------------------------------


def test_filled_in_and_finished_the_office_is_set_up_with_keys_and_the_districts_card(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    ctx: AppContext,
    district_card: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    card_path, fingerprint = district_card
    fill_to_the_card_page(qtbot, wizard, lang="kk")
    assert wizard.keys.problem is None  # the key store is a safe one
    assert office_rows(ctx) == []  # nothing written yet

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(card_path), ""))
    )
    click(qtbot, wizard.card.browse_button)
    assert wizard.card.office_label.text() == f"{DISTRICT} {DISTRICT_KK} (аудандық бөлім)"
    assert fingerprint not in wizard.card.office_label.text()  # typed, never shown to copy
    commit = wizard.button(Button.CommitButton)
    assert not commit.isEnabled()  # a card without its typed fingerprint cannot go on
    qtbot.keyClicks(wizard.card.fingerprint, fingerprint.lower())
    assert commit.text() == "Кеңсені &баптау"
    click(qtbot, commit)

    assert wizard.currentPage() is wizard.done_page
    assert not wizard.button(Button.BackButton).isEnabled()
    assert not wizard.button(Button.CancelButton).isVisible()
    own = keys.public_card(ctx)
    assert wizard.done_page.fingerprint_label.text() == own["fingerprint"]
    assert wizard.done_page.fingerprint_label.isVisible()
    # The date as the chosen language writes it (ui/formatting.py).
    assert format_date(date.today(), "kk") in wizard.done_page.fingerprint_caption.text()
    assert "Сенімді кеңсе: " + DISTRICT in wizard.done_page.card_note.text()
    press(qtbot, wizard, Button.FinishButton)
    assert wizard.result() == QDialog.DialogCode.Accepted

    assert office_rows(ctx) == [("akimat", CODE, NAME_KK, NAME_RU)]
    with ctx.session() as s:
        staff = s.scalars(select(Staff)).one()
        assert (staff.surname, staff.name, staff.patronymic, staff.login) == (
            "Сейітова",
            "Әсел",
            "Болатқызы",
            "aseitova",
        )
    assert office_settings.ui_language(ctx) == "kk"
    assert keys.load_keys(ctx).fingerprint == own["fingerprint"]  # the secret half is stored
    trusted = {c.office_code: c for c in trust.list_trusted(ctx)}
    assert trusted[DISTRICT].status == "active"
    assert not trusted[DISTRICT].is_self


def test_choosing_a_language_retranslates_the_wizard_at_once(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    assert wizard.windowTitle() == "Настройка Qabyldau"
    assert wizard.button(Button.NextButton).text() == "&Далее >"
    click(qtbot, wizard.language.buttons["kk"])
    assert wizard.lang == "kk" and i18n.ui_language() == "kk"
    assert wizard.windowTitle() == "Qabyldau-ды баптау"
    assert wizard.language.title() == "Тіл"
    assert wizard.button(Button.NextButton).text() == "&Келесі >"  # Qt's own, from qtbase_kk
    assert wizard.button(Button.CancelButton).text() == "Бас тарту"
    assert wizard.role.akimat.text() == "&Әкім аппараты"  # pages not yet shown as well
    click(qtbot, wizard.language.buttons["ru"])
    assert wizard.windowTitle() == "Настройка Qabyldau"
    assert wizard.role.district.text() == "&Районный отдел"
    assert wizard.button(Button.CancelButton).text() == "Отмена"


def test_the_default_language_comes_from_the_system(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    i18n.remove_translators(QApplication.instance())  # type: ignore[arg-type]
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: i18n.QLocale("kk_KZ")))
    w = FirstRunWizard(ctx)
    qtbot.addWidget(w)
    assert w.lang == "kk"
    assert w.language.buttons["kk"].isChecked()


# --- what may not pass ---------------------------------------------------------------------


def test_an_office_code_that_is_not_6_to_12_digits_blocks_next(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    press(qtbot, wizard, Button.NextButton)
    click(qtbot, wizard.role.district)
    press(qtbot, wizard, Button.NextButton)
    next_button = wizard.button(Button.NextButton)
    type_text(wizard.office.name_kk, "Аудандық бөлім")
    type_text(wizard.office.name_ru, "Районный отдел")
    type_text(wizard.office.code, "19643")
    assert not next_button.isEnabled()
    assert "5" in wizard.office.code_hint.text()  # "…здесь цифр: 5."
    type_text(wizard.office.code, "x-")  # not digits: the field does not take them
    assert wizard.office.code.text() == "19643"
    type_text(wizard.office.code, "5")
    assert next_button.isEnabled()
    type_text(wizard.office.code, "1234567")  # 13 digits: the field stops at 12
    assert wizard.office.code.text() == "196435123456"
    wizard.office.name_ru.clear()  # both names are required
    assert not next_button.isEnabled()


def test_the_staff_member_needs_surname_name_and_login(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    wizard.next()
    wizard.role.akimat.setChecked(True)
    wizard.next()
    type_text(wizard.office.code, CODE)
    type_text(wizard.office.name_kk, NAME_KK)
    type_text(wizard.office.name_ru, NAME_RU)
    press(qtbot, wizard, Button.NextButton)
    next_button = wizard.button(Button.NextButton)
    type_text(wizard.staff.surname, "Сейітова")
    type_text(wizard.staff.name, "Әсел")
    assert not next_button.isEnabled()
    type_text(wizard.staff.login, "Әсел")  # a login is Latin letters and digits
    assert wizard.staff.login.text() == ""
    type_text(wizard.staff.login, "aseitova")
    assert next_button.isEnabled()  # the patronymic may stay empty


def test_cancel_leaves_no_office_no_setting_and_no_keys(
    qtbot: QtBot, wizard: FirstRunWizard, ctx: AppContext, key_store: TestKeyring
) -> None:
    fill_to_the_card_page(qtbot, wizard)
    press(qtbot, wizard, Button.CancelButton)
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert not wizard.set_up_done
    with ctx.session() as s:
        assert not ctx.is_initialised(s)
    assert office_settings.ui_language(ctx) is None
    assert not keys.has_keys(ctx)
    assert key_store.get_password(keys.SERVICE, f"{CODE}/signing") is None


def test_a_mistyped_fingerprint_is_refused_before_anything_is_written(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    ctx: AppContext,
    district_card: tuple[Path, str],
) -> None:
    card_path, fingerprint = district_card
    fill_to_the_card_page(qtbot, wizard)
    wizard.card.set_card_file(card_path)
    wrong = ("0" if fingerprint[0] != "0" else "1") + fingerprint[1:]
    qtbot.keyClicks(wizard.card.fingerprint, wrong)
    press(qtbot, wizard, Button.CommitButton)
    assert wizard.currentPage() is wizard.card
    assert "Отпечаток не совпадает" in wizard.card.error.text()
    assert office_rows(ctx) == []
    # Without the card, the office is set up; the card can be added later.
    click(qtbot, wizard.card.clear_button)
    press(qtbot, wizard, Button.CommitButton)
    assert wizard.currentPage() is wizard.done_page
    assert office_rows(ctx) == [("akimat", CODE, NAME_KK, NAME_RU)]
    assert [c.office_code for c in trust.list_trusted(ctx)] == [CODE]  # only its own key


def test_a_file_that_is_not_a_card_is_named_as_such(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path
) -> None:
    fill_to_the_card_page(qtbot, wizard)
    bad = tmp_path / "photo.json"
    bad.write_text("{}", encoding="utf-8")
    wizard.card.set_card_file(bad)
    assert "не является открытой карточкой" in wizard.card.error.text()
    assert not wizard.button(Button.CommitButton).isEnabled()


def test_without_a_safe_key_store_the_office_is_set_up_without_keys(
    qtbot: QtBot, wizard: FirstRunWizard, ctx: AppContext, no_key_store: None
) -> None:
    fill_to_the_card_page(qtbot, wizard)
    wizard.back()
    keys_page = wizard.keys
    # Said on the keys page already, in the interface language, with what to do later.
    assert keys_page.status.text().startswith("Нет безопасного места для ключей офиса")
    assert "Отправка → Ключи и доверенные офисы" in keys_page.later.text()
    press(qtbot, wizard, Button.NextButton)
    press(qtbot, wizard, Button.CommitButton)
    done = wizard.done_page
    assert done.fingerprint_caption.text() == "У офиса пока нет ключей."
    assert not done.fingerprint_label.isVisible()
    assert done.keys_note.text().startswith("Нет безопасного места для ключей офиса")
    press(qtbot, wizard, Button.FinishButton)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert office_rows(ctx) == [("akimat", CODE, NAME_KK, NAME_RU)]
    assert not keys.has_keys(ctx)


def test_once_set_up_escape_finishes_rather_than_cancels(
    qtbot: QtBot, wizard: FirstRunWizard, ctx: AppContext, no_key_store: None
) -> None:
    fill_to_the_card_page(qtbot, wizard)
    press(qtbot, wizard, Button.CommitButton)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.result() == QDialog.DialogCode.Accepted


def test_an_office_that_exists_already_is_reported_and_the_wizard_stays(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    ctx: AppContext,
    no_key_store: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fill_to_the_card_page(qtbot, wizard)
    # Set up meanwhile from elsewhere (the CLI on the same database).
    init_office(ctx, role="district", code=DISTRICT, name_kk=DISTRICT_KK, name_ru=DISTRICT_RU)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: warnings.append(text))
    )
    press(qtbot, wizard, Button.CommitButton)
    assert wizard.currentPage() is wizard.card
    assert warnings and "Эта база уже настроена" in warnings[0]


# --- run_gui on a fresh install ------------------------------------------------------------


def _fill_programmatically(w: FirstRunWizard) -> None:
    w.role.akimat.setChecked(True)
    w.office.code.setText(CODE)
    w.office.name_kk.setText(NAME_KK)
    w.office.name_ru.setText(NAME_RU)
    w.staff.surname.setText("Сейітова")
    w.staff.name.setText("Әсел")
    w.staff.login.setText("aseitova")


def test_run_gui_on_an_empty_home_runs_the_wizard_then_opens_the_register(
    tmp_path: Path,
    languages: None,
    no_key_store: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[FirstRunWizard] = []
    seen: dict[str, Any] = {}

    def exec_(self: FirstRunWizard) -> int:
        # The edge: the person's clicks are the other tests'; here the pages are filled in.
        shown.append(self)
        seen["main windows while the wizard runs"] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        _fill_programmatically(self)
        self.language.buttons["kk"].setChecked(True)
        assert self.set_up()
        self.accept()

        def look() -> None:
            window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
            seen["title"] = window.windowTitle()
            seen["lang"] = window.lang
            QApplication.quit()

        QTimer.singleShot(0, look)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(FirstRunWizard, "exec", exec_)
    assert run_gui(home=str(tmp_path / "fresh"), demo=False, smoke=False) == 0
    assert len(shown) == 1
    assert seen["main windows while the wizard runs"] == []
    assert seen["title"] == f"Қабылдау — {NAME_KK}"
    assert seen["lang"] == "kk"
    with AppContext(tmp_path / "fresh") as c:
        assert office_settings.ui_language(c) == "kk"


def test_run_gui_with_the_wizard_cancelled_ends_with_nothing_set_up(
    tmp_path: Path, languages: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[FirstRunWizard] = []

    def exec_(self: FirstRunWizard) -> int:
        shown.append(self)
        self.reject()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(FirstRunWizard, "exec", exec_)
    assert run_gui(home=str(tmp_path / "fresh"), demo=False, smoke=False) == 1
    assert len(shown) == 1
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    with AppContext(tmp_path / "fresh") as c, c.session() as s:
        assert not c.is_initialised(s)


def test_run_gui_smoke_and_demo_never_show_the_wizard(
    tmp_path: Path, languages: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_(self: FirstRunWizard) -> int:
        raise AssertionError("the wizard must not run with --smoke or --demo")

    monkeypatch.setattr(FirstRunWizard, "exec", exec_)
    assert run_gui(home=str(tmp_path / "empty"), demo=False, smoke=True) == 0
    assert run_gui(home=str(tmp_path / "demo"), demo=True, smoke=True) == 0


@pytest.mark.parametrize(("stored", "help_menu"), [("kk", "&Анықтама"), ("ru", "&Справка")])
def test_run_gui_speaks_the_language_stored_for_the_office(
    tmp_path: Path, languages: None, monkeypatch: pytest.MonkeyPatch, stored: str, help_menu: str
) -> None:
    """The stored choice wins over the system's language (QABYLDAU_LANG is unset here)."""
    system = "ru" if stored == "kk" else "kk"
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: i18n.QLocale(f"{system}_KZ")))
    with AppContext(tmp_path / "office") as c:
        init_office(c, role="akimat", code=CODE, name_kk=NAME_KK, name_ru=NAME_RU)
        office_settings.set_ui_language(c, stored)
    seen: dict[str, Any] = {}

    def look() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen["lang"] = window.lang
        seen["menus"] = [a.text() for a in window.menuBar().actions()]

    QTimer.singleShot(0, look)
    assert run_gui(home=str(tmp_path / "office"), demo=False, smoke=True) == 0
    assert seen["lang"] == stored
    assert help_menu in seen["menus"]
