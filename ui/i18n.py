"""The interface language: which one, and the Qt translators that speak it.

Our own messages come from `ui/translations/qabyldau_<lang>.qm` (built from
`translations/*.ts` by `translations/build.py`; inside the `ui` package so they ship with it);
Qt's standard buttons and dialogs speak the same language through `qtbase_<lang>.qm` from the
PySide6 wheel.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("kk", "ru")
DEFAULT_LANGUAGE = "ru"
QM_DIR = Path(__file__).resolve().parent / "translations"

_LOCALES = {
    "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan),
}


# What `install_translators` put in, so a language can be switched while the program runs
# (the first-run wizard does) and every window asks the same question: which language now?
_installed: list[QTranslator] = []
_active: str | None = None


def preferred_language(stored: str | None = None) -> str:
    """QABYLDAU_LANG if it names kk or ru, else `stored` (the office's "ui_language" setting),
    else the system locale's language, else Russian."""
    env = os.environ.get("QABYLDAU_LANG", "").strip().lower()[:2]
    if env in LANGUAGES:
        return env
    if stored in LANGUAGES:
        return stored
    system = QLocale.system().name().lower()[:2]
    return system if system in LANGUAGES else DEFAULT_LANGUAGE


def ui_language() -> str:
    """The language whose translators are installed now, else `preferred_language()`."""
    return _active or preferred_language()


def _load(directory: Path | str, name: str) -> QTranslator | None:
    translator = QTranslator()
    if Path(directory, name + ".qm").is_file() and translator.load(name, str(directory)):
        return translator
    return None


def install_translators(
    app: QCoreApplication, lang: str, qm_dir: Path | None = None
) -> list[QTranslator]:
    """Install Qt's and our translators for `lang`; returns them so they can be removed.

    A missing .qm is not an error: the interface then falls back to the English sources.
    """
    QLocale.setDefault(_LOCALES.get(lang, _LOCALES[DEFAULT_LANGUAGE]))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for directory, name in (
        (qt_dir, f"qtbase_{lang}"),
        (qm_dir or QM_DIR, f"qabyldau_{lang}"),
    ):
        translator = _load(directory, name)
        if translator is not None:
            app.installTranslator(translator)
            installed.append(translator)
    global _active
    _active = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    _installed.extend(installed)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator] | None = None) -> None:
    """Undo `install_translators` (the application object may outlive one window, as in tests);
    without a list, remove every translator it installed."""
    global _active
    for translator in list(_installed) if translators is None else translators:
        app.removeTranslator(translator)
        if translator in _installed:
            _installed.remove(translator)
    if not _installed:
        _active = None
    QLocale.setDefault(QLocale.system())


def switch_language(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Replace the installed translators with `lang`'s; Qt then sends every widget a
    LanguageChange event, which windows that can retranslate themselves answer."""
    remove_translators(app)
    return install_translators(app, lang)
