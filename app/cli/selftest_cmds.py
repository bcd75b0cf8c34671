"""`qabyldau selftest`: run the end-to-end self-test (app/selftest.py) and report each step.

Exit 0 when every step passes, 1 when one fails. The frozen build's smoke test runs it, so a
failure prints the step, the error and the traceback: that is what the support person needs.
"""

from __future__ import annotations

import argparse
import sys

from app.cli import emit_json
from app.selftest import StepResult, run_selftest


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "selftest",
        help="check this installation end to end in a temporary folder (touches no data)",
    )
    p.add_argument("--json", action="store_true", help="{steps: [{name, ok, ms, error}], ok}")
    p.set_defaults(handler=cmd_selftest)


def _print(result: StepResult) -> None:
    if result.ok:
        print(f"ok {result.name} ({result.ms} ms)", flush=True)
    else:
        print(f"FAILED {result.name} ({result.ms} ms): {result.error}", flush=True)
        if result.detail:  # print(), not sys.stderr.write: the windowed build has no stderr
            print(result.detail, file=sys.stderr, end="", flush=True)


def cmd_selftest(args: argparse.Namespace) -> int:
    results = run_selftest(report=None if args.json else _print)
    ok = bool(results) and all(r.ok for r in results)
    if args.json:
        emit_json({"steps": [r.to_json() for r in results], "ok": ok})
    else:
        total = sum(r.ms for r in results)
        print(f"selftest {'passed' if ok else 'FAILED'} ({total} ms)")
    return 0 if ok else 1
