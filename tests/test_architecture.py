"""Rules of the house that a test can hold: the core is Qt-free; CI runs the README's command."""

from __future__ import annotations

import ast
import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_never_imports_qt() -> None:
    offenders = []
    for package in ("app", "db", "forms"):
        for path in (ROOT / package).rglob("*.py"):
            bad = _imports(path) & {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
            if bad:
                offenders.append(f"{path.relative_to(ROOT)}: {sorted(bad)}")
    assert offenders == []


def test_core_never_imports_ui() -> None:
    offenders = []
    for package in ("app", "db", "forms"):
        for path in (ROOT / package).rglob("*.py"):
            if "ui" in _imports(path):
                offenders.append(str(path.relative_to(ROOT)))
    # app/cli's `gui` command is the one door from the CLI into the desktop app (lazy import).
    assert offenders in ([], ["app/cli/setup_cmds.py"])


def _quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"## Quick start\n(.*?)\n## ", text, re.S)
    assert section, "README.md has no '## Quick start' section"
    block = re.search(r"```[a-z]*\n(.*?)```", section.group(1), re.S)
    assert block, "the quick start has no code block"
    return [
        ln.strip() for ln in block.group(1).splitlines() if ln.strip() and not ln.startswith("#")
    ]


def test_readme_has_exactly_two_commands() -> None:
    commands = _quick_start_commands()
    assert len(commands) == 2, commands
    assert "demo" in commands[0]
    assert "test" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    test_command = _quick_start_commands()[1]
    ci_lines = [
        ln.strip()
        for ln in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.strip().startswith("#")
    ]
    assert shlex.split(test_command) in [shlex.split(ln) for ln in ci_lines]
