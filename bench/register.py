"""Benchmark: a 200,000-application register.

    python bench/register.py [--applications 200000] [--home DIR] [--write]

Measures (a) opening the main window on it, (b) search latency p50/p95 for ИИН prefixes and
surname fragments (the first page the table shows, plus the count for the status bar),
(c) rendering one talon PDF. `--write` records the results in docs/performance.md.
Targets on this class of machine: window ≤ 1 s, search p95 ≤ 20 ms, talon ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.generate import build_register  # noqa: E402
from bench.report import write_section  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--applications", type=int, default=200_000)
    ap.add_argument("--home", type=Path)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    home = args.home or Path(tempfile.gettempdir()) / f"qabyldau-bench-{args.applications}"
    t0 = time.perf_counter()
    build_register(home, args.applications)
    gen_s = time.perf_counter() - t0

    from PySide6.QtWidgets import QApplication

    from app.context import AppContext
    from app.register import RegisterFilter, count, fetch

    qapp = QApplication.instance() or QApplication([])
    # (a) window: context (migrations check, catalogue) + window + first page painted.
    t0 = time.perf_counter()
    ctx = AppContext(home)
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    qapp.processEvents()
    window_s = time.perf_counter() - t0

    # (b) searches, as the table model runs them: first page + total for the status bar.
    rng = random.Random(11)
    with ctx.session() as s:
        iins = [
            r[0]
            for r in s.execute(
                ctx_sample(
                    "SELECT p.iin FROM application a JOIN applicant p ON p.id = a.applicant_id ORDER BY random() LIMIT 200"
                )
            )
        ]
        surnames = [
            r[0]
            for r in s.execute(
                ctx_sample(
                    "SELECT p.surname FROM application a JOIN applicant p ON p.id = a.applicant_id ORDER BY random() LIMIT 200"
                )
            )
        ]
    queries = {
        "iin-prefix": [i[: rng.randint(4, 9)] for i in iins[:100]],
        "surname-fragment": [sn[: rng.randint(3, 6)].lower() for sn in surnames[:100]],
        "lookalike-fragment": [
            sn[1 : rng.randint(4, 6)].replace("а", "a").replace("о", "o").replace("і", "i")
            for sn in surnames[100:200]
        ],
    }
    results: dict[str, tuple[float, float, float, float]] = {}
    with ctx.session() as s:
        for kind, texts in queries.items():
            page_ms, count_ms = [], []
            for text in texts:
                flt = RegisterFilter(text=text)
                t = time.perf_counter()
                rows = fetch(s, flt, limit=200)
                page_ms.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                count(s, flt)
                count_ms.append((time.perf_counter() - t) * 1000)
                assert rows or kind != "iin-prefix"
            results[kind] = (
                statistics.median(page_ms),
                percentile(page_ms, 95),
                statistics.median(count_ms),
                percentile(count_ms, 95),
            )

    # (c) one talon PDF.
    from app.cases import talon_data
    from forms.fonts import register_fonts
    from forms.talon import render_talon_pdf

    register_fonts()
    with ctx.session() as s:
        app_id = s.execute(
            ctx_sample("SELECT id FROM application ORDER BY id DESC LIMIT 1")
        ).scalar()
    data = talon_data(ctx, app_id)
    talon_ms = []
    out = Path(tempfile.gettempdir()) / "bench-talon.pdf"
    for _ in range(20):
        t = time.perf_counter()
        render_talon_pdf(data, out)
        talon_ms.append((time.perf_counter() - t) * 1000)
    window.close()
    ctx.close()

    lines = [
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()},"
        f" {platform.system()}. Register: {args.applications:,} applications"
        f" (generated in {gen_s:.0f} s, not part of the measurements).",
        "",
        "| measurement | result | target |",
        "| --- | --- | --- |",
        f"| open the main window (context + window + first page) | {window_s * 1000:.0f} ms | ≤ 1000 ms |",
    ]
    for kind, (p50, p95, c50, c95) in results.items():
        lines.append(
            f"| search {kind}: first page p50 / p95 | {p50:.1f} / {p95:.1f} ms | p95 ≤ 20 ms |"
        )
        lines.append(
            f"| search {kind}: total count p50 / p95 | {c50:.1f} / {c95:.1f} ms | (status bar) |"
        )
    lines.append(
        f"| talon PDF, median of 20 / max | {statistics.median(talon_ms):.1f} / {max(talon_ms):.1f} ms | ≤ 50 ms |"
    )
    text = "\n".join(lines)
    print(text)
    if args.write:
        write_section(
            "Register (bench/register.py)",
            f"python bench/register.py --applications {args.applications} --write",
            text,
        )
    return 0


def ctx_sample(sql: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    return text(sql)


if __name__ == "__main__":
    sys.exit(main())
