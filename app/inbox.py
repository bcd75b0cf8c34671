"""The watched inbox: a folder where bundles (.qbl) arrive — copied from a USB stick, saved from
e-mail, or written by a shared network folder — and are imported without anyone choosing them.

`scan_inbox` imports every settled bundle in the folder (`app.bundle_import.import_bundle`,
which never raises for a bad file), then moves it out of the way: imported and already
imported ones to `imported/`, refused ones to `refused/`, so the clerk can still show a
refused file to whoever sent it. Files are renamed, never deleted or overwritten.

A file still being copied must not be imported half-written (it would be refused as
unreadable and moved away). A file counts as settled once nothing has written to it for
`SETTLE_SECONDS`; temporary names (`X.qbl.part`, `~X.qbl`, `.X.qbl`) are never bundles.
The GUI scans again a little later while unsettled files remain (`unsettled_files`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from app import audit
from app.bundle import SUFFIX
from app.bundle_import import ImportReport, import_bundle
from app.context import AppContext
from app.errors import UserError

INBOX_SETTING = "inbox_dir"
IMPORTED_DIR = "imported"
REFUSED_DIR = "refused"
# Windows Explorer and most copy tools write a file in one go and stamp it at the end; two
# seconds without a write is what "done copying" looks like on a USB stick or a share.
SETTLE_SECONDS = 2.0

# (file index from 1, files in this scan, records done, records in the file, file name)
InboxProgress = Callable[[int, int, int, int, str], None]


def _err(code: str, kk: str, ru: str, en: str) -> UserError:
    return UserError(code=code, kk=kk, ru=ru, en=en)


# --- which files are bundles ------------------------------------------------------------------


def is_bundle_name(name: str) -> bool:
    """A `.qbl` file name that is not a copy tool's or an editor's temporary file."""
    return name.lower().endswith(SUFFIX) and not name.startswith((".", "~"))


def bundle_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the bundles directly inside given folders (a USB stick's root),
    in name order: a folder's bundles from one office then go in by sequence number."""
    out: list[Path] = []
    for p in (Path(p) for p in paths):
        if p.is_dir():
            out += sorted(q for q in p.iterdir() if is_bundle_name(q.name) and q.is_file())
        else:
            out.append(p)
    return out


def _candidates(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(q for q in folder.iterdir() if is_bundle_name(q.name) and q.is_file())


def _settled(path: Path, now: float, settle_seconds: float) -> bool:
    try:
        return now - path.stat().st_mtime >= settle_seconds
    except OSError:  # moved away or deleted meanwhile (another scan took it)
        return False


# --- the folder ---------------------------------------------------------------------------------


def inbox_dir(ctx: AppContext) -> Path:
    """The inbox folder: the office's setting `inbox_dir`, else HOME/inbox."""
    with ctx.session() as s:
        value = ctx.get_setting(s, INBOX_SETTING)
    return Path(value) if value else ctx.paths.inbox


def is_default_inbox(ctx: AppContext) -> bool:
    with ctx.session() as s:
        return not ctx.get_setting(s, INBOX_SETTING)


def check_inbox_dir(folder: Path) -> Path:
    """The folder, made if missing; a refusal when it cannot be a folder we can write in."""
    folder = Path(folder).expanduser()
    if not folder.is_absolute():
        raise _err(
            "bad-inbox",
            f"Кіріс қалтаның толық жолын көрсетіңіз (мысалы D:\\Qabyldau\\inbox): {folder}",
            f"Укажите полный путь к папке входящих (например D:\\Qabyldau\\inbox): {folder}",
            f"Give the inbox folder's full path (e.g. D:\\Qabyldau\\inbox): {folder}",
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        writable = os.access(folder, os.W_OK)
    except OSError:
        writable = False
    if not folder.is_dir() or not writable:
        raise _err(
            "bad-inbox",
            f"Бұл қалтаға жазу мүмкін емес: {folder}",
            f"В эту папку нельзя записывать: {folder}",
            f"Cannot write to this folder: {folder}",
        )
    return folder


def set_inbox_dir(ctx: AppContext, folder: Path | None) -> Path:
    """Choose the inbox folder (None: back to HOME/inbox); the folder now in use."""
    value = str(check_inbox_dir(folder)) if folder is not None else None
    with ctx.session() as s:
        before = ctx.get_setting(s, INBOX_SETTING)
        if before != value:
            ctx.set_setting(s, INBOX_SETTING, value)
            # Where bundles are taken from decides what gets imported: worth a line in the log.
            audit.record(
                s,
                entity="setting",
                entity_id=INBOX_SETTING,
                action="set",
                before=before,
                after=value,
            )
    return Path(value) if value else ctx.paths.inbox


# --- scanning ---------------------------------------------------------------------------------


def unsettled_files(ctx: AppContext, *, settle_seconds: float = SETTLE_SECONDS) -> list[Path]:
    """Bundles in the inbox still being written: the next scan takes them."""
    now = time.time()
    return [p for p in _candidates(inbox_dir(ctx)) if not _settled(p, now, settle_seconds)]


def pending_files(ctx: AppContext) -> list[Path]:
    """Every bundle waiting in the inbox, settled or not (cheap: one folder listing)."""
    return _candidates(inbox_dir(ctx))


def _free_name(folder: Path, name: str) -> Path:
    """`name` in `folder`, or `stem (2).qbl`, `stem (3).qbl`… when taken: never overwrite."""
    target = folder / name
    n = 2
    stem, suffix = Path(name).stem, Path(name).suffix
    while target.exists():
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    return target


def _move(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, path.name)
    # A rename inside one volume: the file is whole in its old place or in its new one.
    os.rename(path, target)
    return target


def scan_inbox(
    ctx: AppContext,
    *,
    staff_login: str | None = None,
    progress: InboxProgress | None = None,
    settle_seconds: float = SETTLE_SECONDS,
) -> list[ImportReport]:
    """Import every settled bundle in the inbox, then move it to imported/ or refused/.

    Each report's `file` is where the file now is. A file that another scan moved away
    meanwhile is skipped; one that cannot be moved (open in another program) stays and
    comes back as "already imported" on the next scan.
    """
    folder = inbox_dir(ctx)
    if not folder.is_dir():
        if folder != ctx.paths.inbox:
            raise _err(
                "inbox-missing",
                f"Кіріс қалта табылмады: {folder} (USB-жинақтауыш қосылған ба?)",
                f"Папка входящих не найдена: {folder} (подключён ли USB-накопитель?)",
                f"The inbox folder is missing: {folder} (is the USB stick plugged in?)",
            )
        folder.mkdir(parents=True, exist_ok=True)
    now = time.time()
    ready = [p for p in _candidates(folder) if _settled(p, now, settle_seconds)]
    reports: list[ImportReport] = []
    for index, path in enumerate(ready, 1):
        if not path.exists():
            continue
        step = None
        if progress is not None:

            def step(done: int, total: int, i: int = index, name: str = path.name) -> None:
                progress(i, len(ready), done, total, name)

            progress(index, len(ready), 0, 0, path.name)
        report = import_bundle(ctx, path, staff_login=staff_login, progress=step)
        try:
            report.file = _move(path, folder / (IMPORTED_DIR if report.ok else REFUSED_DIR))
        except FileNotFoundError:
            continue  # another scan took it: that one reports it
        except OSError:
            pass  # locked by another program: it stays, and is "already imported" next time
        reports.append(report)
    return reports
