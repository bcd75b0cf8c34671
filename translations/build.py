"""Compile translations/qabyldau_{kk,ru}.ts into the .qm files the program loads.

    python translations/build.py            # writes ui/translations/qabyldau_<lang>.qm

The .qm files live inside the `ui` package (ui/translations/) so they ship with it, in a
wheel and in the PyInstaller bundle alike; ui/i18n.py loads them from there. Unfinished
messages are left out, so the interface shows the English source rather than a stale guess.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from update import LANGUAGES, ROOT, tool, ts_path

QM_DIR = ROOT / "ui" / "translations"


def build(out_dir: Path = QM_DIR) -> list[Path]:
    """Run pyside6-lrelease for every language; returns the .qm files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGUAGES:
        qm = out_dir / f"qabyldau_{lang}.qm"
        subprocess.run(
            [tool("pyside6-lrelease"), "-nounfinished", str(ts_path(lang)), "-qm", str(qm)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        written.append(qm)
    return written


if __name__ == "__main__":
    for path in build():
        print(path.relative_to(ROOT))
