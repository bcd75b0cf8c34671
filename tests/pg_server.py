"""A throwaway PostgreSQL server for the tests: initdb into a temporary folder, start it on a
free port (and a private socket folder), hand out one fresh database per test, stop and
delete everything at the end.

The binaries come from PATH or from Debian's /usr/lib/postgresql/NN/bin (`apt-get install
postgresql` puts them there, not on PATH). PostgreSQL refuses to run as root, so under root
(CI containers) the server runs as the `postgres` user the Debian package creates.

Without any server binary the tests skip, saying why, except under CI=true: there a missing
or broken server FAILS, so a green CI run always means the PostgreSQL tests ran.
"""

from __future__ import annotations

import glob
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER = "qabyldau_test"
BIN_ENV = "QABYLDAU_TEST_PG_BIN"


class ServerUnavailable(Exception):
    """No usable PostgreSQL here (the reason says which part is missing)."""


def find_bin_dir() -> Path:
    """The folder holding initdb and pg_ctl: QABYLDAU_TEST_PG_BIN (a developer's own
    install, say on Windows), else PATH, else the newest Debian version."""
    chosen = os.environ.get(BIN_ENV)
    if chosen:
        if not (Path(chosen) / "initdb").exists() and not (Path(chosen) / "initdb.exe").exists():
            raise ServerUnavailable(f"{BIN_ENV}={chosen} has no initdb")
        return Path(chosen)
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(os.path.realpath(on_path)).parent

    def version(initdb: str) -> int:
        name = Path(initdb).parent.parent.name  # /usr/lib/postgresql/<NN>/bin/initdb
        return int(name) if name.isdigit() else 0

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version)
    if not found:
        raise ServerUnavailable(
            "no PostgreSQL server binaries (initdb, pg_ctl) on PATH or under "
            "/usr/lib/postgresql/*/bin; install the `postgresql` package"
        )
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    bin_dir: Path
    root: Path  # data/, sock/ and the log, all removed at the end
    port: int
    run_as: str | None  # the OS user the server runs as (None: this process's user)
    durable: bool = False  # fsync on: for timing (bench/import.py), not for tests

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def sockets(self) -> Path:
        return self.root / "sock"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    def url(self, database: str = "postgres") -> str:
        # TCP on localhost, as a workstation would connect (trust auth: nothing to leak).
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.run_as:
            runuser = shutil.which("runuser")
            command = (
                [runuser, "-u", self.run_as, "--", *command]
                if runuser
                else ["su", self.run_as, "-s", "/bin/sh", "-c", shlex.join(command)]
            )
        # cwd: the tools complain when they cannot read the (root's) current folder.
        return subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, cwd=self.root, check=False
        )

    def start(self) -> None:
        r = self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )
        if r.returncode != 0:
            raise ServerUnavailable(f"initdb failed: {r.stderr.strip() or r.stdout.strip()}")
        options = f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1"
        if not self.durable:
            # Durability off: a test server that dies is thrown away anyway.
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        r = self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start"
        )
        if r.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise ServerUnavailable(f"pg_ctl start failed: {r.stderr.strip()}\n{log[-2000:]}")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", timeout=60)

    def version(self) -> str:
        r = self._run("postgres", "--version")  # postgres (PostgreSQL) 15.18 (Debian …)
        words = r.stdout.split()
        return words[2] if r.returncode == 0 and len(words) > 2 else "?"

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; returns its SQLAlchemy URL."""
        import psycopg

        name = name or f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
        return self.url(name)


def start_server(*, durable: bool = False) -> PgServer:
    """Start a server (raises ServerUnavailable with the reason when it cannot)."""
    bin_dir = find_bin_dir()
    run_as = None
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        import pwd

        try:
            pwd.getpwnam("postgres")
        except KeyError as exc:
            raise ServerUnavailable(
                "running as root and there is no `postgres` user to run the server as"
            ) from exc
        run_as = "postgres"
    # Not under pytest's tmp_path: its parents are private to root, and the server's user
    # must reach its data folder.
    root = Path(tempfile.mkdtemp(prefix="qabyldau-pg-"))
    (root / "sock").mkdir()
    if run_as:
        for path in (root, root / "sock"):
            shutil.chown(path, run_as, run_as)
    server = PgServer(bin_dir, root, _free_port(), run_as, durable)
    try:
        server.start()
    except BaseException:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
        raise
    return server


def unavailable(reason: str) -> None:
    """Skip, or fail under CI: a skipped test must never pass for a run of the tests."""
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"PostgreSQL tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL not available: {reason}")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One server for the whole run (start-up takes a few seconds)."""
    try:
        server = start_server()
    except ServerUnavailable as exc:
        unavailable(str(exc))
        raise AssertionError("unreachable") from exc
    try:
        yield server
    finally:
        server.stop()
        # Give the server a moment to release its files before they go.
        time.sleep(0.1)
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A fresh, empty database on the test server, as a SQLAlchemy URL."""
    return pg_server.create_database()
