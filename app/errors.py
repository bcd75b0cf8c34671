"""User-facing errors: a mistake by the person at the keyboard, never a bug.

A `UserError` carries its message in Kazakh and Russian (and English for support), so the
CLI and the GUI can show it in the user's language without the core knowing about Qt.
"""

from __future__ import annotations

import os

LANGUAGES = ("kk", "ru", "en")


def current_language() -> str:
    """The language for CLI messages: QABYLDAU_LANG, else Russian (the office default)."""
    lang = os.environ.get("QABYLDAU_LANG", "ru").lower()[:2]
    return lang if lang in LANGUAGES else "ru"


class UserError(Exception):
    """A refusal the user can act on. `kk`, `ru` and `en` are the same message in three languages."""

    def __init__(self, *, kk: str, ru: str, en: str, code: str = "user-error") -> None:
        super().__init__(en)
        self.code = code
        self.kk = kk
        self.ru = ru
        self.en = en

    def message(self, lang: str | None = None) -> str:
        return getattr(self, lang or current_language(), self.ru)

    def __str__(self) -> str:
        return self.message()


class NotFoundError(UserError):
    """A thing named by the user (an application number, a service code) does not exist."""
