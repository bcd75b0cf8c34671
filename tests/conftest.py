"""Shared test set-up: Qt offscreen, an isolated data folder per test, a keyring-free env."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt must be told before the first QApplication exists anywhere in the run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty data folder used as QABYLDAU_HOME for this test only."""
    h = tmp_path / "home"
    h.mkdir()
    monkeypatch.setenv("QABYLDAU_HOME", str(h))
    return h
