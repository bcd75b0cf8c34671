"""Build the one-folder executables (and on Windows the installer), then prove they work.

    python packaging/build.py                  # translations, version resource, PyInstaller
    python packaging/build.py --smoke          # ... then run the built program (see below)
    python packaging/build.py --smoke --dist /tmp/d --work /tmp/w

`--smoke` runs, from the built folder, with a temporary data folder and Qt offscreen:
`qabyldau --version`, `qabyldau selftest` (a database, an application, a talon PDF and DOCX,
the journal in Excel, a bundle built and verified between two offices) and
`qabyldau gui --demo --smoke` (the main window on the demo register), then the windowed
`qabyldau-gui --demo --smoke` (on Windows its demo folder is the user's own, which a demo never
mixes with a real register). Any non-zero exit or a "Traceback" on stderr fails the build. It
then prints the folder's size and the start-up time of the main window on an existing office
(median of `--runs`, default three).

On Windows the Inno Setup compiler (`iscc`) then builds the installer from the folder, when it
is installed (`--installer` makes it required, `--no-installer` skips it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "qabyldau.spec"
ISS = PACKAGING / "qabyldau.iss"
APP_FOLDER = "Qabyldau"
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""
SMOKE_TIMEOUT = 300

sys.path.insert(0, str(PACKAGING))
import version_info  # noqa: E402


class BuildError(Exception):
    pass


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def run(cmd: list[str], **kw: object) -> None:
    print("$ " + " ".join(str(c) for c in cmd), flush=True)
    result = subprocess.run([str(c) for c in cmd], cwd=ROOT, **kw)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise BuildError(f"{Path(cmd[1] if cmd[0] == sys.executable else cmd[0]).name} failed")


# --- the build ----------------------------------------------------------------------------


def compile_translations() -> None:
    step("translations")
    run([sys.executable, ROOT / "translations" / "build.py"])


def pyinstaller(dist: Path, work: Path, clean: bool) -> Path:
    step("PyInstaller")
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise BuildError(
            'PyInstaller is not installed: pip install -e ".[build]" (or pip install pyinstaller)'
        ) from None
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    cmd += ["--distpath", dist, "--workpath", work]
    if clean:
        cmd.append("--clean")
    started = time.perf_counter()
    run([*cmd, SPEC])
    folder = dist / APP_FOLDER
    for name in ("qabyldau", "qabyldau-gui"):
        if not (folder / f"{name}{EXE}").is_file():
            raise BuildError(f"PyInstaller did not produce {name}{EXE} in {folder}")
    print(f"built {folder} in {time.perf_counter() - started:.0f} s")
    return folder


# --- the smoke test -----------------------------------------------------------------------


def smoke_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QABYLDAU_"))}
    env.update(
        QABYLDAU_HOME=str(tmp / "home"),
        QABYLDAU_LANG="ru",
        QT_QPA_PLATFORM="offscreen",
        # Where platformdirs looks on Linux: the demo folder of a bare `qabyldau-gui --demo`.
        XDG_DATA_HOME=str(tmp / "xdg-data"),
        XDG_CONFIG_HOME=str(tmp / "xdg-config"),
        XDG_CACHE_HOME=str(tmp / "xdg-cache"),
    )
    return env


def check(folder: Path, args: list[str], env: dict[str, str], expect: str | None = None) -> float:
    """Run one built executable; fail on a non-zero exit or a traceback. Returns seconds."""
    exe = folder / f"{args[0]}{EXE}"
    shown = " ".join([args[0], *args[1:]])
    started = time.perf_counter()
    try:
        result = subprocess.run(
            [str(exe), *args[1:]],
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=SMOKE_TIMEOUT,
        )
    except subprocess.TimeoutExpired as exc:
        raise BuildError(f"smoke: `{shown}` did not finish in {SMOKE_TIMEOUT} s") from exc
    seconds = time.perf_counter() - started
    out, err = result.stdout.strip(), result.stderr.strip()
    if out:
        print("  " + out.replace("\n", "\n  "))
    if err:
        print("  [stderr] " + err.replace("\n", "\n  [stderr] "))
    if result.returncode != 0:
        raise BuildError(f"smoke: `{shown}` exited with {result.returncode}")
    if "Traceback" in result.stderr:
        raise BuildError(f"smoke: `{shown}` printed a traceback")
    if expect is not None and expect not in result.stdout:
        raise BuildError(f"smoke: `{shown}` did not print {expect!r}")
    print(f"ok {shown} ({seconds:.2f} s)", flush=True)
    return seconds


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def smoke(folder: Path, version: str, runs: int = 3) -> dict[str, float]:
    step("smoke test of the built program")
    with tempfile.TemporaryDirectory(prefix="qabyldau-smoke-") as tmp_name:
        tmp = Path(tmp_name)
        env = smoke_env(tmp)
        demo = str(tmp / "demo")
        check(folder, ["qabyldau", "--version"], env, expect=version)
        check(folder, ["qabyldau", "selftest"], env, expect="selftest passed")
        # The first run creates the demo office and its register; the timed runs then
        # measure start-up to the main window on an existing office, as staff see it.
        first = check(folder, ["qabyldau", "--home", demo, "gui", "--demo", "--smoke"], env)
        timings = [
            check(folder, ["qabyldau", "--home", demo, "gui", "--demo", "--smoke"], env)
            for _ in range(runs)
        ]
        check(folder, ["qabyldau-gui", "--demo", "--smoke"], env)
    size, count = folder_size(folder)
    median = statistics.median(timings)
    print(f"\nfolder: {folder}")
    print(f"size: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB) in {count} files")
    print(f"first start (creates the demo register): {first:.2f} s")
    print(f"start to main window, gui --smoke: median {median:.2f} s of {runs} runs")
    print("  (" + ", ".join(f"{t:.2f}" for t in timings) + " s)")
    return {"size_bytes": size, "files": count, "first_start_s": first, "start_s": median}


# --- the installer ------------------------------------------------------------------------


def find_iscc() -> Path | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    return None


def installer(folder: Path, dist: Path, version: str, required: bool) -> Path | None:
    step("installer (Inno Setup)")
    iscc = find_iscc()
    if iscc is None:
        if required:
            raise BuildError("Inno Setup's iscc was not found (choco install innosetup)")
        print("skipped: Inno Setup's iscc is not installed")
        return None
    run(
        [
            iscc,
            "/Q",
            f"/DAppVersion={version}",
            f"/DAppVersionNumeric={version_info.numeric_text(version)}",
            f"/DSourceDir={folder}",
            f"/DOutputDir={dist}",
            ISS,
        ]
    )
    setup = dist / f"qabyldau-{version}-setup.exe"
    if not setup.is_file():
        raise BuildError(f"iscc did not write {setup}")
    print(f"installer: {setup} ({setup.stat().st_size / 1e6:.1f} MB)")
    return setup


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="run the built program's checks")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--runs", type=int, default=3, help="timed start-ups (default 3)")
    parser.add_argument(
        "--skip-translations",
        action="store_true",
        help="use the .qm files already in ui/translations (dev.py test has just built them)",
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--installer", action="store_true", help="require the Windows installer")
    group.add_argument("--no-installer", action="store_true", help="skip the Windows installer")
    args = parser.parse_args(argv)
    # The program's output (Kazakh, Russian) must not kill the build on a cp1252 console.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    dist, work = args.dist.resolve(), args.work.resolve()
    try:
        if not args.skip_translations:
            compile_translations()
        step("version resource")
        version = version_info.package_version()
        for path in version_info.write_all(work, version).values():
            print(f"{path} ({version})")
        folder = pyinstaller(dist, work, args.clean)
        if args.smoke:
            smoke(folder, version, args.runs)
        else:
            size, count = folder_size(folder)
            print(f"size: {size / 1e6:.1f} MB in {count} files")
        if (WINDOWS and not args.no_installer) or args.installer:
            installer(folder, dist, version, required=args.installer)
    except BuildError as exc:
        print(f"\nbuild failed: {exc}", file=sys.stderr)
        return 1
    print("\nbuild ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
