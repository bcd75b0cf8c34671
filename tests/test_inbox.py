"""The watched inbox: settled bundles are imported and moved aside, files still being written
and temporary names are left alone, nothing is ever overwritten or deleted; the same through
`qabyldau bundle inbox --json`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import packets
from app.context import AppContext
from app.errors import UserError
from app.inbox import (
    IMPORTED_DIR,
    REFUSED_DIR,
    bundle_files,
    inbox_dir,
    pending_files,
    scan_inbox,
    set_inbox_dir,
    unsettled_files,
)
from db.models import Application, AuditEvent
from tests.bundle_fixtures import World, make_world
from tests.case_fixtures import direct, register_case


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    yield from make_world(tmp_path)


def _export(ctx: AppContext, out: Path) -> Path:
    info = packets.create_packet(ctx)
    return packets.export_packet(ctx, info.id, out).path


def _age(path: Path, seconds: float = 60) -> Path:
    """As if the copy had finished `seconds` ago."""
    t = time.time() - seconds
    os.utime(path, (t, t))
    return path


def _cases(ctx: AppContext) -> int:
    with ctx.session() as s:
        return s.scalar(select(func.count()).select_from(Application)) or 0


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_settled_bundles_are_imported_and_moved_the_rest_left(world: World) -> None:
    w = world
    direct(w.a)
    first = _export(w.a, w.usb)
    register_case(w.a, "fuel-aid", "791028302728", "Әбілқайыров", "Нұрлан")
    second = _export(w.a, w.usb)
    inbox = inbox_dir(w.d)
    assert inbox == w.d.paths.inbox
    inbox.mkdir(parents=True, exist_ok=True)
    _age(Path(shutil.copy(first, inbox)))
    fresh = Path(shutil.copy(second, inbox))  # the copy has only just finished: wait
    os.utime(fresh, None)
    garbage = inbox / "broken.qbl"
    garbage.write_bytes(b"this is not a bundle")
    _age(garbage)
    part = inbox / "half.qbl.part"
    part.write_bytes(b"half")
    _age(part)
    hidden = inbox / "~copy.qbl"
    hidden.write_bytes(b"tmp")
    _age(hidden)

    reports = scan_inbox(w.d)
    by_name = {r.file.name: r for r in reports}
    assert set(by_name) == {first.name, "broken.qbl"}
    assert by_name[first.name].status == "imported"
    assert by_name[first.name].file == inbox / IMPORTED_DIR / first.name
    assert by_name["broken.qbl"].status == "refused"
    assert by_name["broken.qbl"].file == inbox / REFUSED_DIR / "broken.qbl"
    assert _cases(w.d) == 1
    # The refused file is kept, byte for byte, to show whoever sent it.
    assert (inbox / REFUSED_DIR / "broken.qbl").read_bytes() == b"this is not a bundle"
    # Still being written, and temporary names: untouched.
    assert _names(inbox) == sorted(
        [IMPORTED_DIR, REFUSED_DIR, fresh.name, "half.qbl.part", "~copy.qbl"]
    )
    assert unsettled_files(w.d) == [fresh]
    assert pending_files(w.d) == [fresh]

    _age(fresh)
    (report,) = scan_inbox(w.d)
    assert report.status == "imported" and _cases(w.d) == 2
    assert unsettled_files(w.d) == [] and pending_files(w.d) == []

    # The same bundle arrives again: already imported, moved next to the first copy
    # under a new name; nothing overwritten.
    _age(Path(shutil.copy(first, inbox)))
    (again,) = scan_inbox(w.d)
    assert again.status == "already_imported" and again.ok
    assert again.file.name == f"{first.stem} (2){first.suffix}"
    assert _names(inbox / IMPORTED_DIR) == sorted(
        [first.name, second.name, f"{first.stem} (2){first.suffix}"]
    )
    assert _cases(w.d) == 2
    assert scan_inbox(w.d) == []


def test_progress_names_each_file(world: World) -> None:
    w = world
    direct(w.a)
    path = _export(w.a, w.usb)
    w.d.paths.inbox.mkdir(parents=True)
    _age(Path(shutil.copy(path, w.d.paths.inbox)))
    seen: list[tuple[int, int, str]] = []
    scan_inbox(w.d, progress=lambda i, n, _done, _total, name: seen.append((i, n, name)))
    assert seen and set(seen) == {(1, 1, path.name)}


def test_a_chosen_inbox_folder(world: World, tmp_path: Path) -> None:
    w = world
    shared = tmp_path / "share" / "qabyldau-in"
    assert set_inbox_dir(w.d, shared) == shared and shared.is_dir()
    assert inbox_dir(w.d) == shared
    with w.d.session() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.entity_id == "inbox_dir"))
        assert event is not None and event.action == "set"
    direct(w.a)
    _age(Path(shutil.copy(_export(w.a, w.usb), shared)))
    (report,) = scan_inbox(w.d)
    assert report.status == "imported" and report.file.parent == shared / IMPORTED_DIR

    with pytest.raises(UserError) as e:
        set_inbox_dir(w.d, Path("relative/inbox"))
    assert e.value.code == "bad-inbox"
    assert inbox_dir(w.d) == shared  # a refused choice changes nothing

    shutil.rmtree(shared)  # the USB stick was pulled out
    with pytest.raises(UserError) as e:
        scan_inbox(w.d)
    assert e.value.code == "inbox-missing"
    assert set_inbox_dir(w.d, None) == w.d.paths.inbox
    assert scan_inbox(w.d) == [] and w.d.paths.inbox.is_dir()


def test_bundle_files_expands_folders_and_skips_temporary_names(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    for name in ("b.qbl", "a.QBL", "c.qbl.part", ".d.qbl", "notes.txt"):
        (stick / name).write_bytes(b"x")
    (stick / "sub.qbl").mkdir()
    single = tmp_path / "single.qbl"
    assert bundle_files([stick, single]) == [stick / "a.QBL", stick / "b.qbl", single]


def test_cli_bundle_inbox_json(world: World, tmp_path: Path) -> None:
    w = world
    direct(w.a)
    path = _export(w.a, w.usb)
    shared = tmp_path / "in"
    shared.mkdir()
    _age(Path(shutil.copy(path, shared)))
    bad = shared / "bad.qbl"
    bad.write_bytes(b"nope")
    _age(bad)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [w.python(), "-m", "app", "--home", str(w.d.paths.root), "bundle", "inbox", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=w.cli_env(),
            timeout=180,
        )

    r = run("--set-folder", str(shared), "--json")
    assert r.returncode == 1, r.stderr  # one file refused
    assert "Traceback" not in r.stderr
    out = json.loads(r.stdout)
    assert out["inbox"] == str(shared) and out["waiting"] == []
    by_status = {i["status"]: i for i in out["imports"]}
    assert set(by_status) == {"imported", "refused"}
    assert by_status["imported"]["counts"]["new"] == 1
    assert by_status["imported"]["file"] == str(shared / IMPORTED_DIR / path.name)
    assert by_status["refused"]["failed_check"]
    assert by_status["refused"]["file"] == str(shared / REFUSED_DIR / "bad.qbl")

    r = run("--json")
    assert r.returncode == 0 and json.loads(r.stdout)["imports"] == []
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    r = run("--set-folder", str(not_a_folder / "in"))
    assert r.returncode == 2 and "Traceback" not in r.stderr and str(not_a_folder) in r.stderr
    assert inbox_dir(w.d) == shared
    r = run("--default-folder")
    assert r.returncode == 0 and "Traceback" not in r.stderr
    assert inbox_dir(w.d) == w.d.paths.inbox
