"""A worker for tests/test_crash_kill.py: performs one operation in a loop until killed.

Run as a subprocess (`python tests/crash_worker.py`, with PYTHONPATH at the repository and
the test keyring in the environment). It imports the program once and then serves as a
fork server: each line on stdin is a JSON command {"op", "home", "out", "seed", ...}; for
each it forks a child that opens the office, prints "<pid> ready", and runs the operation
over and over, printing "<pid> committed <op> <what>" (flushed) after each commit. The test
SIGKILLs the child at a random moment; this process reports "<pid> exit <signal> <code>".
Forking saves the ~2 s of imports per kill, so a hundred kills fit in the time budget; the
child shares nothing with the server but the loaded modules (no engine exists before fork).

Operations: intake (register an application), act (register, refer, save the completed
act), packet (register, create a packet, export its bundle), import (import the next of the
bundles listed in a manifest at the district), backup ("backup now").
"""

from __future__ import annotations

import json
import os
import random
import sys
import traceback
from datetime import date, datetime
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from app import intake, packets
from app.backup import make_backup
from app.bundle_import import import_bundle
from app.commission import refer, save_act
from app.context import AppContext
from app.iin import make_iin
from app.intake import ApplicantInput, IntakeRequest
from db.models import BundleLog
from tests.case_fixtures import MEMBERS

SURNAMES = ("Әбілқайыров", "Сәрсенов", "Құдайбергенов", "Өтегенов", "Ұлықбеков", "Һамитов")
NAMES = ("Нұрлан", "Ғалым", "Қанат", "Әсел", "Гүлнұр", "Ілияс")


def say(*parts: object) -> None:
    # One write per line, flushed: a kill loses at most a line that was never printed.
    sys.stdout.write(" ".join(str(p) for p in (os.getpid(), *parts)) + "\n")
    sys.stdout.flush()


def _person(rng: random.Random) -> ApplicantInput:
    born = date(1950 + rng.randrange(50), 1 + rng.randrange(12), 1 + rng.randrange(28))
    return ApplicantInput(
        iin=make_iin(born, serial=rng.randrange(1, 9999)),
        surname=rng.choice(SURNAMES),
        name=rng.choice(NAMES),
        phone="+7 701 555 1234",
    )


def _register(ctx: AppContext, rng: random.Random, service: str) -> tuple[str, str]:
    """(journal number, applicant's ИИН) of a newly registered application."""
    svc = ctx.catalogue.get(service)
    person = _person(rng)
    result = intake.register(
        ctx,
        IntakeRequest(
            service_code=service,
            applicant=person,
            documents=[d.code for d in svc.documents if d.required],
            registered_at=datetime(2026, 2, 3, 9, 0),
            allow_duplicate=True,
        ),
    )
    return result.incoming_number, person.iin


def op_intake(ctx: AppContext, rng: random.Random, cmd: dict[str, Any]) -> None:
    while True:
        say("committed", "intake", _register(ctx, rng, "fuel-aid")[0])


def op_act(ctx: AppContext, rng: random.Random, cmd: dict[str, Any]) -> None:
    while True:
        number, iin = _register(ctx, rng, "asp")
        refer(ctx, number, datetime(2026, 2, 4, 10, 0))
        save_act(
            ctx,
            number,
            {
                "visit_date": "2026-02-05",
                "members_present": [m for m, _ in MEMBERS],
                "dwelling": {"type": "жеке үй", "rooms": rng.randint(1, 5), "area": "54,5"},
                "family": [
                    {
                        "surname": rng.choice(SURNAMES),
                        "name": rng.choice(NAMES),
                        "relation": "заявитель",
                        "iin": iin,
                        "incomes": [
                            {"kind": "wage", "monthly_amount": str(rng.randint(10, 90) * 1000)}
                        ],
                    }
                ],
            },
            complete=True,
            when=datetime(2026, 2, 6, 16, 0),
        )
        say("committed", "act", number)


def op_packet(ctx: AppContext, rng: random.Random, cmd: dict[str, Any]) -> None:
    out = Path(cmd["out"])
    while True:
        number, _iin = _register(ctx, rng, "fuel-aid")
        info = packets.create_packet(ctx, [number])
        result = packets.export_packet(ctx, info.id, out)
        say("committed", "packet", info.id, result.uuid, result.path.name)


def op_import(ctx: AppContext, rng: random.Random, cmd: dict[str, Any]) -> None:
    listed = json.loads(Path(cmd["manifest"]).read_text("utf-8"))
    with ctx.session() as s:
        done = set(
            s.scalars(select(BundleLog.bundle_uuid).where(BundleLog.direction == "received"))
        )
    for entry in listed:
        if entry["uuid"] in done:
            continue
        report = import_bundle(ctx, Path(entry["path"]))
        if report.status != "imported":
            raise RuntimeError(f"{entry['path']}: {report.status}: {report.text('en')}")
        say("committed", "import", entry["uuid"])
    say("done")


def op_backup(ctx: AppContext, rng: random.Random, cmd: dict[str, Any]) -> None:
    while True:
        result = make_backup(ctx, "manual")
        say("committed", "backup", result.backup.path.name)


OPS = {
    "intake": op_intake,
    "act": op_act,
    "packet": op_packet,
    "import": op_import,
    "backup": op_backup,
}


def child(cmd: dict[str, Any]) -> None:
    try:
        rng = random.Random(cmd["seed"])
        ctx = AppContext(Path(cmd["home"]))
        say("ready")
        OPS[cmd["op"]](ctx, rng, cmd)
        ctx.close()
        os._exit(0)
    except BaseException:
        # Anything but a kill is a failure the test reports, with the traceback.
        say("error", json.dumps(traceback.format_exc()))
        os._exit(3)


def main() -> None:
    for line in sys.stdin:
        if not line.strip():
            continue
        cmd = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            child(cmd)
        print(os.getpid(), "fork", pid, flush=True)
        _, status = os.waitpid(pid, 0)
        signal = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
        print(os.getpid(), "exit", pid, signal, code, flush=True)


if __name__ == "__main__":
    main()
