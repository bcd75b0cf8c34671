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


def ui_language() -> str:
    """QABYLDAU_LANG if it names kk or ru, else the system locale's language, else Russian."""
    env = os.environ.get("QABYLDAU_LANG", "").strip().lower()[:2]
    if env in LANGUAGES:
        return env
    system = QLocale.system().name().lower()[:2]
    return system if system in LANGUAGES else DEFAULT_LANGUAGE


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
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo `install_translators` (the application object may outlive one window, as in tests)."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
