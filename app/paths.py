"""Where the office's data lives: --home, else QABYLDAU_HOME, else the platform's data folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Qabyldau"


def default_home() -> Path:
    env = os.environ.get("QABYLDAU_HOME")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME, roaming=False))


def demo_home() -> Path:
    """The demo office lives apart from the real register so a demo never touches it."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME, roaming=False)) / "demo"


@dataclass(frozen=True)
class HomePaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "qabyldau.sqlite"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def archive(self) -> Path:
        return self.root / "archive"

    @property
    def documents(self) -> Path:
        return self.root / "documents"
