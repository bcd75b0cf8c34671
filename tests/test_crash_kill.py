"""Crash safety: the operations that write are SIGKILLed at random moments, many times.

tests/crash_worker.py runs one operation in a loop — intake, saving an act, exporting a
packet, importing a bundle at the district, "backup now" — and reports each commit on
stdout. The test kills it after a seeded random delay, then checks what a power cut must
never cause: a database failing `PRAGMA integrity_check` (or its foreign keys), a reported
commit missing, an import half done, a `.qbl` under its final name that does not verify, a
document in the store whose content is not its name, a backup under its final name that is
incomplete. Temporary names (".part", dot-files) may stay behind; they are not the thing.

POSIX only (fork, SIGKILL); the Windows build relies on the same write-to-temp-and-rename
code, which this test exercises.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid as uuid_mod
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.backup import check_backup, list_backups, policy
from app.bundle import build_bundle, verify_bundle
from app.context import AppContext
from tests.bad_bundles import base_case, base_case_files
from tests.bundle_fixtures import AKIMAT, DISTRICT, ROOT, World, make_world
from tests.case_fixtures import setup_commission

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"), reason="needs fork and SIGKILL"
)

# Kills per operation (QABYLDAU_CRASH_KILLS overrides) and the longest wait before each kill,
# a few of the operation's iterations, so kills land anywhere in them.
KILLS = int(os.environ.get("QABYLDAU_CRASH_KILLS", "21"))
MAX_DELAY = {"intake": 1.0, "act": 1.5, "packet": 3.0, "import": 1.0, "backup": 1.0}
# QABYLDAU_CRASH_OPS=import,backup runs only some (for a longer look at one operation).
OPS = tuple(os.environ.get("QABYLDAU_CRASH_OPS", ",".join(MAX_DELAY)).split(","))
# Made at a time, whenever fewer than this many are left: more than a worker can import
# within MAX_DELAY["import"] on a fast machine, so it is killed mid-way, not left idle.
DISTRICT_BUNDLES = 60


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    yield from make_world(
        tmp_path, staff_surname="Жұмабаев", staff_name="Қайрат", staff_login="akim",
        staff_role="akim",
    )  # fmt: skip


class Worker:
    """The fork server and a thread reading its output into a queue."""

    def __init__(self, w: World) -> None:
        self.stderr = open(w.tmp / "worker.stderr", "w+", encoding="utf-8")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "crash_worker.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
            encoding="utf-8",
            bufsize=1,
            env=w.cli_env(),
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("")  # EOF

    def next(self, timeout: float = 60) -> str:
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(
                f"the worker said nothing for {timeout} s{self.errors()}"
            ) from None
        if line == "":
            raise AssertionError(f"the worker ended{self.errors()}")
        return line

    def errors(self) -> str:
        self.stderr.seek(0)
        text = self.stderr.read()
        return f":\n{text[-3000:]}" if text else ""

    def send(self, cmd: dict) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.stderr.close()


@dataclass
class Run:
    """What one child did before it died."""

    pid: int
    committed: list[list[str]] = field(default_factory=list)
    killed: bool = False
    done: bool = False  # ran out of work before the kill


def run_once(worker: Worker, cmd: dict, delay: float) -> Run:
    worker.send(cmd)
    pid = None
    pending: list[str] = []  # lines that came before we knew the child's pid
    while pid is None:
        line = worker.next()
        parts = line.split()
        if parts[1] == "fork":
            pid = int(parts[2])
        else:
            pending.append(line)
    run = Run(pid)
    ready = exited = False

    def take(line: str) -> None:
        nonlocal ready, exited
        head, _, rest = line.partition(" ")
        kind, _, rest = rest.partition(" ")
        if kind == "exit":  # from the server: "<server> exit <child> <signal> <code>"
            child, sig, _code = rest.split()
            assert int(child) == pid, line
            exited, run.killed = True, int(sig) == signal.SIGKILL
            return
        assert int(head) == pid, line
        if kind == "ready":
            ready = True
        elif kind == "committed":
            run.committed.append(rest.split()[1:])  # without the operation's name
        elif kind == "done":
            run.done = True
        elif kind == "error":
            raise AssertionError(f"{cmd['op']} failed:\n{json.loads(rest)}")
        else:
            raise AssertionError(f"unexpected: {line}")

    for line in pending:
        take(line)
    while not ready and not exited:
        take(worker.next())
    deadline = time.monotonic() + delay
    while not exited and time.monotonic() < deadline:
        try:
            line = worker.lines.get(timeout=max(deadline - time.monotonic(), 0.001))
        except queue.Empty:
            break
        if line == "":
            raise AssertionError(f"the worker ended{worker.errors()}")
        take(line)
    if not exited:
        os.kill(pid, signal.SIGKILL)
    while not exited:
        take(worker.next())
    return run


# --- what must hold after every kill -----------------------------------------------------------


def database_ok(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)], path
        assert con.execute("PRAGMA foreign_key_check").fetchall() == [], path
    finally:
        con.close()


def rows(path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@dataclass
class Checker:
    w: World
    prebuilt: dict[str, dict]  # sha256 → manifest entry of the bundles made for the import
    committed: dict[str, list[list[str]]] = field(default_factory=dict)
    verified: set[tuple[str, int, int]] = field(default_factory=set)
    checks: Counter[str] = field(default_factory=Counter)

    def record(self, op: str, run: Run) -> None:
        self.committed.setdefault(op, []).extend(run.committed)

    def all(self) -> None:
        a, d = self.w.a.paths, self.w.d.paths
        database_ok(a.database)
        database_ok(d.database)
        self.checks["integrity"] += 2
        self._intake_and_acts()
        self._packets()
        self._imports()
        self._store(self.w.a)
        self._store(self.w.d)
        self._backups()

    def _intake_and_acts(self) -> None:
        db = self.w.a.paths.database
        numbers = {r[0] for r in rows(db, "SELECT incoming_number FROM application")}
        for (number,) in self.committed.get("intake", []):
            assert number in numbers, f"intake {number} lost"
        done = {
            r[0]
            for r in rows(
                db,
                "SELECT a.incoming_number FROM application a JOIN inspection_act i "
                "ON i.application_id = a.id WHERE a.status = 'act_done' "
                "AND i.completed_at IS NOT NULL",
            )
        }
        for (number,) in self.committed.get("act", []):
            assert number in done, f"act {number} lost"

    def _packets(self) -> None:
        db = self.w.a.paths.database
        sent = {
            r[0]: (r[1], r[2])
            for r in rows(db, "SELECT id, status, bundle_uuid FROM outgoing_packet")
        }
        for packet_id, bundle_uuid, name in self.committed.get("packet", []):
            assert sent.get(int(packet_id)) == ("sent", bundle_uuid), f"packet {packet_id} lost"
            assert (self.w.usb / name).is_file() and (self.w.a.paths.archive / name).is_file()
        # Every bundle under its final name is whole, reported or not.
        for folder in (self.w.usb, self.w.a.paths.archive):
            for path in folder.glob("*.qbl"):
                self._verified(path)

    def _verified(self, path: Path) -> None:
        st = path.stat()
        key = (str(path), st.st_size, st.st_mtime_ns)
        if key in self.verified:
            return
        if _sha256(path) not in self.prebuilt:
            report = verify_bundle(self.w.a, path, mode="archive")
            assert report.ok, (path.name, report.to_json()["failed_check"])
            self.checks["bundles verified"] += 1
        self.verified.add(key)

    def _imports(self) -> None:
        db = self.w.d.paths.database
        logged = {
            r[0]
            for r in rows(
                db,
                "SELECT bundle_uuid FROM bundle_log WHERE direction = 'received' AND status = 'imported'",
            )
        }
        cases = {
            r[0]: r[1]
            for r in rows(
                db,
                "SELECT a.uuid, c.bundle_uuid FROM application a "
                "LEFT JOIN case_record c ON c.application_id = a.id",
            )
        }
        for (bundle_uuid,) in self.committed.get("import", []):
            assert bundle_uuid in logged, f"import {bundle_uuid} lost"
        # All or nothing: a bundle is in with every case (and its record), or not at all.
        for entry in self.prebuilt.values():
            present = [cases.get(u) for u in entry["cases"]]
            if entry["uuid"] in logged:
                assert present == [entry["uuid"]] * len(present), f"{entry['uuid']} half in"
            else:
                assert present == [None] * len(present) and not any(
                    u in cases for u in entry["cases"]
                ), f"{entry['uuid']} half in"
        for path in (self.w.d.paths.archive / "received").glob("*.qbl"):
            assert _sha256(path) in self.prebuilt, f"{path.name} is not a whole copy"
        for path in (self.w.d.paths.root / "import-reports").glob("*.json"):
            json.loads(path.read_text("utf-8"))

    def _store(self, ctx: AppContext) -> None:
        root = ctx.paths.root / "documents" / "store"
        referenced = {r[0] for r in rows(ctx.paths.database, "SELECT stored_path FROM case_file")}
        for rel in referenced:
            assert (ctx.paths.root / rel).is_file(), f"{rel} named by a row but missing"
        for path in root.rglob("*") if root.is_dir() else ():
            if path.is_file() and not path.name.startswith("."):
                key = (str(path), path.stat().st_size, path.stat().st_mtime_ns)
                if key not in self.verified:
                    assert _sha256(path) == path.name.split(".")[0], f"{path} is not whole"
                    self.verified.add(key)

    def _backups(self) -> None:
        folder = policy(self.w.a).folder
        if not folder.is_dir():
            return
        for path in folder.iterdir():
            if path.name.startswith("."):
                continue  # a part being written: not a backup
            key = (str(path), path.stat().st_size, path.stat().st_mtime_ns)
            if key in self.verified:
                continue
            if path.suffix == ".sqlite":
                database_ok(path)
            elif path.name.endswith(".files.zip"):
                with zipfile.ZipFile(path) as zf:
                    assert zf.testzip() is None, path
            elif path.suffix == ".json":
                json.loads(path.read_text("utf-8"))
                assert check_backup(self.w.a.paths, path.with_suffix(".sqlite")).ok, path
            self.checks["backup files"] += 1
            self.verified.add(key)
        made = self.committed.get("backup", [])
        if made:
            # The newest reported backup is listed — or a newer one that pruned it by rotation.
            name = made[-1][0].removesuffix(".sqlite")
            stamp = re.search(r"-(\d{8}-\d{6})-manual", name).group(1)  # type: ignore[union-attr]
            listed = list_backups(self.w.a.paths)
            assert any(
                b.name == name
                or (b.kind == "manual" and b.created.strftime("%Y%m%d-%H%M%S") >= stamp)
                for b in listed
            ), (name, [b.name for b in listed])


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class DistrictSupply:
    """Bundles for the district to import (two cases each, distinct journal numbers), topped
    up before an import run so the worker never runs out however fast the machine."""

    w: World
    manifest: Path
    by_sha: dict[str, dict] = field(default_factory=dict)  # sha256 → entry
    listed: list[dict] = field(default_factory=list)
    rng: random.Random = field(default_factory=lambda: random.Random("crash-import"))
    number: int = 1000

    def top_up(self) -> None:
        imported = len(
            rows(self.w.d.paths.database, "SELECT id FROM bundle_log WHERE direction = 'received'")
        )
        if len(self.listed) - imported >= DISTRICT_BUNDLES:
            return
        for _ in range(DISTRICT_BUNDLES):
            records, files = [], {}
            for i in range(2):
                u = str(uuid_mod.UUID(int=self.rng.getrandbits(128), version=4))
                self.number += 1
                iin = ("791028302728", "061211600012")[i]
                records.append(base_case(u, AKIMAT, iin, n=self.number))
                files.update(base_case_files(self.w.tmp / "docs", u, self.rng))
            built = build_bundle(
                self.w.a,
                kind="outgoing",
                recipient_code=DISTRICT,
                records=records,
                files=files,
                out_dir=self.w.tmp / "to-district",
            )
            entry = {
                "path": str(built.path),
                "uuid": built.uuid,
                "cases": [r["uuid"] for r in records],
            }
            self.listed.append(entry)
            self.by_sha[built.sha256] = entry
        self.w.a.engine.dispose()  # the workers own the databases while they run
        self.manifest.write_text(json.dumps(self.listed), encoding="utf-8")


def test_kills_at_random_moments_lose_nothing_committed(world: World) -> None:
    w = world
    started = time.monotonic()
    setup_commission(w.a)
    supply = DistrictSupply(w, w.tmp / "to-district.json")
    supply.top_up()
    prebuilt = supply.by_sha  # grows with each top-up; the checker sees the same dict
    w.d.engine.dispose()
    checker = Checker(w, prebuilt)
    checker.all()
    homes = {"import": w.d.paths.root}
    rng = random.Random("kills")
    worker = Worker(w)
    kills: Counter[str] = Counter()
    try:
        for op in OPS:
            for i in range(KILLS):
                cmd = {
                    "op": op,
                    "home": str(homes.get(op, w.a.paths.root)),
                    "out": str(w.usb),
                    "manifest": str(supply.manifest),
                    "seed": f"{op}-{i}",
                }
                if op == "import":
                    supply.top_up()
                run = run_once(worker, cmd, rng.uniform(0, MAX_DELAY[op]))
                checker.record(op, run)
                checker.all()
                kills[op] += run.killed
                # A worker that finished all its bundles before the kill simply was not
                # killed this time; the count of kills below still has to reach 100.
    finally:
        worker.close()

    records = sum(len(v) for v in checker.committed.values())
    db = w.a.paths.database
    # A logged bundle's packet is marked sent in the same transaction (before the fix, a kill
    # between the two left an exported bundle whose packet was still a draft).
    prebuilt_uuids = {e["uuid"] for e in prebuilt.values()}
    packets_sent = {u for (u,) in rows(db, "SELECT bundle_uuid FROM outgoing_packet")}
    logs = rows(
        db, "SELECT bundle_uuid, file_name, sequence FROM bundle_log WHERE direction = 'sent'"
    )
    unmarked = [u for u, _, _ in logs if u not in prebuilt_uuids | packets_sent]
    assert unmarked == [], unmarked
    # Not failures, but worth knowing: a kill after the sequence number was taken and before
    # the log was committed leaves that number unused (a gap in the district's delivery
    # view) and, when it came after the rename, a whole but unlogged .qbl.
    logged = {q for _, _, q in logs}
    gaps = sorted(set(range(1, max(logged) + 1)) - logged) if logged else []
    unlogged = {p.name for p in w.usb.glob("*.qbl")} - {n for _, n, _ in logs}
    per_op = ", ".join(
        f"{op} {kills[op]} kills/{len(checker.committed.get(op, []))} commits" for op in OPS
    )
    print(
        f"\ncrash safety: {sum(kills.values())} kills over {len(OPS)} operations, "
        f"{records} committed records checked after every kill, 0 lost; {per_op}; "
        f"{checker.checks['bundles verified']} bundles verified, "
        f"{checker.checks['backup files']} backup files checked "
        f"({time.monotonic() - started:.0f} s); sequence numbers left unused: {len(gaps)}, "
        f"whole but unlogged bundles: {len(unlogged)}"
    )
    assert sum(kills.values()) >= min(100, len(OPS) * KILLS - 5)
    assert all(checker.committed.get(op) for op in OPS), "an operation never committed"
