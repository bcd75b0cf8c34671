"""The frozen build works end to end: the same PyInstaller spec as the Windows release builds a
one-folder program here, and packaging/build.py runs it (`--version`, `selftest`, the main
window on the demo register) and fails on any error or stray traceback. A quick check keeps
the spec's list of left-out Qt modules in step with what the interface imports."""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""

SPEC = ROOT / "packaging" / "qabyldau.spec"


def test_the_spec_leaves_out_no_qt_module_the_program_imports() -> None:
    excluded = set(re.findall(r'"(PySide6\.\w+)"', SPEC.read_text(encoding="utf-8")))
    assert "PySide6.QtNetwork" in excluded  # the pattern still finds the list
    used = set()
    for package in ("app", "db", "forms", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module:
                    used.add(node.module)
                elif isinstance(node, ast.Import):
                    used.update(a.name for a in node.names)
    qt_used = {".".join(m.split(".")[:2]) for m in used if m.startswith("PySide6.")}
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= qt_used
    assert qt_used & excluded == set(), "remove these from the excludes in packaging/qabyldau.spec"


@pytest.mark.slow
def test_frozen_build_passes_its_smoke_test(tmp_path: Path) -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail(
            "PyInstaller is not installed, so the frozen build cannot be tested: it belongs in "
            'the `test` extra of pyproject.toml (pip install -e ".[test]" then brings it)'
        )
    dist, work = tmp_path / "dist", tmp_path / "work"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--smoke",
            "--no-installer",
            "--skip-translations",  # dev.py test built them before the run
            "--runs",
            "1",
            "--dist",
            str(dist),
            "--work",
            str(work),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=480,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-6000:]
    assert "selftest passed" in result.stdout, log[-6000:]
    assert "build ok" in result.stdout

    folder = dist / "Qabyldau"
    internal = folder / "_internal"
    for exe in ("qabyldau", "qabyldau-gui"):
        assert (folder / f"{exe}{EXE}").is_file()
    # The files PyInstaller cannot find by itself, declared in packaging/qabyldau.spec.
    for path in (
        "app/catalogue_data/asp.json",
        "forms/fonts/DejaVuSans.ttf",
        "forms/fonts/DejaVu-LICENSE.txt",
        "db/migrations/env.py",
        "db/migrations/script.py.mako",
        "db/migrations/versions/0001_initial_schema.py",
        "ui/translations/qabyldau_kk.qm",
        "ui/translations/qabyldau_ru.qm",
        "holidays/locale/kk/LC_MESSAGES/KZ.mo",
    ):
        assert (internal / path).is_file(), path
    assert list(internal.glob("bagit-*.dist-info/METADATA"))
    qt_translations = sorted(p.name for p in internal.glob("PySide6/**/translations/*.qm"))
    assert qt_translations == ["qtbase_kk.qm", "qtbase_ru.qm"]
    # Tools, test libraries and database drivers stay out of the program.
    from PyInstaller.archive.readers import ZlibArchiveReader

    (pyz,) = (work / "qabyldau").glob("PYZ-*.pyz")
    packages = {name.split(".")[0] for name in ZlibArchiveReader(str(pyz)).toc}
    assert {"app", "db", "forms", "ui", "alembic", "bagit", "keyring"} <= packages
    unwanted = {"pytest", "_pytest", "keyrings", "pypdf", "PyInstaller", "psycopg", "tkinter"}
    assert packages & unwanted == set()
