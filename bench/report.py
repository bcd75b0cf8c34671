"""Writes a benchmark's results into its own section of docs/performance.md."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
HEADER = (
    "# Performance\n\n"
    "Measured by the benchmarks in `bench/` (never by timed unit tests). Each section says the\n"
    "command that produced it; run it again to refresh the numbers.\n"
)


def write_section(title: str, command: str, body: str) -> None:
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else HEADER
    section = f"## {title}\n\nRun on {date.today().isoformat()}:\n\n```\n{command}\n```\n\n{body}\n"
    pattern = re.compile(rf"## {re.escape(title)}\n.*?(?=\n## |\Z)", re.S)
    if pattern.search(text):
        text = pattern.sub(section.rstrip("\n"), text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
