"""Start the desktop application: Qt, language, font, the office's data folder, the main window."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from app import settings as office_settings
from app import users
from app.context import AppContext
from app.demo import seed_demo
from app.errors import UserError
from app.paths import HomePaths, default_home, demo_home
from ui.i18n import (
    install_translators,
    preferred_language,
    remove_translators,
    switch_language,
    ui_language,
)

APP_NAME = "Qabyldau"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def install_font(app: QApplication) -> str | None:
    """Make the bundled DejaVu Sans the default font: it has every Kazakh letter on any PC.

    The font files belong to `forms` (the printed forms use them too); they are read as
    package data. Returns the family name, or None if the files are missing.
    """
    family = None
    fonts = resources.files("forms.fonts")
    for name in FONT_FILES:
        with resources.as_file(fonts / name) as path:
            font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id >= 0 and family is None:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else None
    if family:
        font = QFont(family)
        size = app.font().pointSizeF()
        if size > 0:
            font.setPointSizeF(size)
        app.setFont(font)
    return family


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    return app


def run_gui(home: str | None, demo: bool, smoke: bool, login: str | None = None) -> int:
    """Open the main window (after the first-run wizard on a database with no office, else
    after the login, `login` chosen in it); with `smoke`, close it after the first turn of
    the event loop."""
    app = _application()
    # The system's language until the database says which one this office chose.
    install_translators(app, preferred_language())
    install_font(app)
    try:
        return _run(app, home, demo, smoke, login)
    finally:
        remove_translators(app)  # whichever language is installed by then


def _run(app: QApplication, home: str | None, demo: bool, smoke: bool, login: str | None) -> int:
    # Imported here so the window's imports (and their errors) come after the translators.
    from ui.main_window import MainWindow

    lang = ui_language()

    root = Path(home) if home else (demo_home() if demo else None)
    # Before the office is opened (opening writes): a damaged database is offered a restore.
    from ui.backup_dialog import backup_at_start, check_at_start

    if not check_at_start(HomePaths(root or default_home()), lang=lang, smoke=smoke):
        return 1
    try:
        ctx = AppContext(root)
    except UserError as exc:
        if smoke:
            print(exc.message(lang), file=sys.stderr)
        else:
            QMessageBox.critical(
                None, QCoreApplication.translate("Startup", "Qabyldau"), exc.message(lang)
            )
        return 1
    with ctx:
        if demo:
            seed_demo(ctx)
        lang = preferred_language(office_settings.ui_language(ctx))
        if lang != ui_language():
            switch_language(app, lang)
        with ctx.session() as s:
            initialised = ctx.is_initialised(s)
        if not initialised and not smoke:
            # Nothing else runs before the office is set up; cancelled, the program ends.
            from ui.first_run import FirstRunWizard

            wizard = FirstRunWizard(ctx, lang=lang)
            wizard.exec()
            lang = wizard.lang  # chosen on its first page (and installed already)
            wizard.deleteLater()
            with ctx.session() as s:
                if not ctx.is_initialised(s):
                    return 1
            # The person who has just set the office up is the one at the keyboard.
            ctx.staff_login = wizard.choices().login
        elif demo:
            # The demo office's staff member has no password: logged in without a question.
            ctx.staff_login = next(u.login for u in users.list_users(ctx) if u.active)
        elif not smoke:
            from ui.login_dialog import log_in

            ctx.staff_login = None  # nobody until the login dialog says who
            if not log_in(ctx, lang=lang, login=login):
                return 1
        backup_at_start(ctx, lang=lang, smoke=smoke)  # the first start of the day
        window = MainWindow(ctx, lang=lang)
        window.show()
        idle = None
        if not (demo or smoke):
            from ui.login_dialog import IdleLock

            idle = IdleLock(ctx, app, users.lock_policy(ctx).idle_minutes, lang=lang)
            window.lockRequested.connect(idle.lock)
            window.lock_action.setEnabled(True)
        if smoke:
            # A few turns of the event loop instead of exec() + quit(): quit() would leave
            # the application's quit flag set for whoever runs an event loop next (tests).
            for _ in range(3):
                app.processEvents()
            code = 0
        else:
            code = app.exec()
        if idle is not None:
            idle.stop()
            idle.deleteLater()
        # The event loop is over: closing the last window now would post a quit that no
        # loop takes, and Qt would keep it for the next loop anyone runs (which then
        # returns at once). Close without that, then put the setting back.
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        window.close()
        window.deleteLater()
        app.setQuitOnLastWindowClosed(quit_on_close)
        # No event loop runs after this one to carry out deleteLater(): do it now, so the
        # closed window (and its timers and watchers) is really gone when run_gui returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        # quit() posts a Quit event as well as ending the loop; left in the queue it would
        # end the next event loop at once (a restart after a restore, a test).
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
        if not getattr(window, "restart_requested", False):
            return code
    # A backup was restored under the window (ui/backup_dialog.py): open the office again.
    return _run(app, home, demo, smoke, login)
