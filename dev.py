"""Bootstrap for a fresh machine with only Python 3.11: `python dev.py demo` or `python dev.py test`.

It makes a private virtual environment in `.venv`, installs the project into it (again only
when pyproject.toml changed), and then launches the demo or runs the checks and tests.
Standard library only, because nothing else is installed yet.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def _ensure_env(extras: str) -> None:
    if sys.version_info < (3, 11):
        sys.exit("Qabyldau needs Python 3.11 or newer")
    if not PY.exists():
        print("creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{extras or 'app'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f".[{extras}]" if extras else "."
    print(f"installing {target} into .venv …", flush=True)
    subprocess.run(
        [str(PY), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target],
        cwd=ROOT,
        check=True,
    )
    stamp.write_text(digest)


def _build_translations() -> None:
    # .qm files are compiled from translations/*.ts, never committed or edited by hand.
    subprocess.run([str(PY), str(ROOT / "translations" / "build.py")], cwd=ROOT, check=True)


def _run(args: list[str]) -> int:
    return subprocess.run(args, cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "demo"
    rest = argv[1:]
    if command == "demo":
        _ensure_env("")
        _build_translations()
        return _run([str(PY), "-m", "app", "gui", "--demo", *rest])
    if command == "test":
        _ensure_env("test")
        _build_translations()
        for check in (["ruff", "check", "."], ["ruff", "format", "--check", "."]):
            if _run([str(PY), "-m", *check]) != 0:
                return 1
        return _run([str(PY), "-m", "pytest", *rest])
    print("usage: python dev.py demo | test [pytest args]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
