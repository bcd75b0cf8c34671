"""The Kazakh and Russian .ts files: complete, faithful to placeholders, in step with ui/."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
LANGUAGES = ("kk", "ru")

# {name}, {}, %n, %1, %L1 — anything str.format or Qt substitutes at run time.
PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*\}|%n|%L?\d+")


def _script(name: str) -> ModuleType:
    """Load translations/<name>.py (a script folder, not a package)."""
    spec = importlib.util.spec_from_file_location(f"translations_{name}", TS_DIR / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(c.findtext("name", ""), m) for c in root.iter("context") for m in c.iter("message")]


def _translations(msg: ET.Element) -> list[str]:
    tr = msg.find("translation")
    assert tr is not None
    if msg.get("numerus") == "yes":
        return [f.text or "" for f in tr.findall("numerusform")]
    return [tr.text or ""]


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated_and_finished(lang: str) -> None:
    msgs = _messages(TS_DIR / f"qabyldau_{lang}.ts")
    assert len(msgs) > 30
    problems = []
    for ctx, msg in msgs:
        source = msg.findtext("source", "")
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"[{ctx}] {source!r}: not finished")
            continue
        forms = _translations(msg)
        if not forms or any(not f.strip() for f in forms):
            problems.append(f"[{ctx}] {source!r}: empty translation")
    assert problems == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(lang: str) -> None:
    problems = []
    for ctx, msg in _messages(TS_DIR / f"qabyldau_{lang}.ts"):
        source = msg.findtext("source", "")
        for text in _translations(msg):
            if _placeholders(text) != _placeholders(source):
                problems.append(f"[{ctx}] {source!r} → {text!r}: placeholders differ")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"[{ctx}] {source!r} → {text!r}: menu accelerator lost")
    assert problems == []


def test_numerus_forms_match_the_language() -> None:
    # Qt's plural rules: Kazakh two forms, Russian three (1 / 2–4 / 5+).
    for lang, forms in (("kk", 2), ("ru", 3)):
        numerus = [m for _, m in _messages(TS_DIR / f"qabyldau_{lang}.ts") if m.get("numerus")]
        assert numerus
        assert all(len(_translations(m)) == forms for m in numerus)


def test_kazakh_is_not_russian() -> None:
    """A copy-paste slip shows as Kazakh equal to Russian; only names and signs may match."""
    kk = {
        (c, m.findtext("source")): _translations(m) for c, m in _messages(TS_DIR / "qabyldau_kk.ts")
    }
    ru = {
        (c, m.findtext("source")): _translations(m) for c, m in _messages(TS_DIR / "qabyldau_ru.ts")
    }
    assert kk.keys() == ru.keys()
    same = {key for key in kk if kk[key][0] == ru[key][0]}
    allowed = {
        ("MainWindow", "&File"),
        ("RegisterModel", "No."),
        ("Startup", "Qabyldau"),
        ("CaseCard", "Talon"),
        ("IntakeDialog", "Talon"),
        ("IntakeDialog", "12 digits"),
    }
    assert same <= allowed
    assert any("ә" in t or "Ә" in t for forms in kk.values() for t in forms)


def test_ts_files_are_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """lupdate over ui/ finds no string the .ts files lack (run translations/update.py)."""
    update = _script("update")
    try:
        update.tool("pyside6-lupdate")
    except SystemExit:
        pytest.skip("pyside6-lupdate is not installed")
    copies = []
    for lang in LANGUAGES:
        copy = tmp_path / f"qabyldau_{lang}.ts"
        shutil.copy(TS_DIR / copy.name, copy)
        copies.append(copy)
    update.run_lupdate(copies)
    for copy in copies:
        assert update.unfinished(copy) == [], f"{copy.name}: run translations/update.py"
        before = {(c, m.findtext("source")) for c, m in _messages(TS_DIR / copy.name)}
        after = {(c, m.findtext("source")) for c, m in _messages(copy)}
        assert after == before, f"{copy.name}: run translations/update.py"


def test_build_compiles_qm_files_qt_can_load(tmp_path: Path) -> None:
    build = _script("build")
    try:
        paths = build.build(tmp_path)
    except SystemExit:
        pytest.skip("pyside6-lrelease is not installed")
    assert sorted(p.name for p in paths) == ["qabyldau_kk.qm", "qabyldau_ru.qm"]
    expected = {"kk": "Өтініш беруші", "ru": "Заявитель"}
    for lang, text in expected.items():
        translator = QTranslator()
        assert translator.load(f"qabyldau_{lang}", str(tmp_path))
        assert translator.translate("RegisterModel", "Applicant") == text
        assert translator.translate("MainWindow", "%n overdue", "", 5) == (
            "Мерзімі өткен: %n" if lang == "kk" else "Просрочено: %n"
        )
