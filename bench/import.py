"""Benchmark: the district importing a 10,000-case outgoing bundle.

    python bench/import.py [--cases 10000] [--sizes 2500,5000] [--work DIR] [--postgres]
                           [--profile] [--write]

Builds an akim's office and its district (real keys, each trusting the other), then
`--cases` direct (fuel-aid) cases: one through `app.intake.register`, the rest cloned from
it in bulk with sqlite-utils (new uuid, number, applicant with a valid ИИН), because ten
thousand intakes would measure the generator. Each case's record comes from the real
`app.packets.case_record`; each carries one talon PDF, rendered once and made distinct per
case by a trailing PDF comment (so the district stores 10,000 different files, as it would).
Bundles of the first N cases are built with `app.bundle.build_bundle` for every size.

Measured, in the same run:

* `import_bundle` of the `--cases` bundle into a fresh district database (SQLite), in a
  child process, split into its stages: verify and extract (`open_bundle`: decrypt, zip,
  signature, manifests, every record's schema), storing the files (`_store_files`), the
  rows (`_import_cases`), and the rest (bundle log, audit event, archive copy, commit, the
  kept JSON report);
* the floor: the SAME rows (applicant, application, application_step, document_item,
  case_record, case_file), read back from the imported database, inserted with
  sqlite-utils `insert_all` into a fresh database with the same schema and pragmas;
* import / floor, for the whole import and for its database stage alone (target ≤ 2×);
* peak RSS of a fresh child process importing each size (VmHWM on Linux, where ru_maxrss
  carries the parent's peak across exec; ru_maxrss elsewhere): it must stay flat
  (records go in batches of `app.bundle_import.CHUNK`);
* with `--postgres`, the same import into PostgreSQL (a throwaway server from
  tests/pg_server.py, durable settings), the district copied there with `db copy`;
* with `--profile`, a cProfile of the database stage (top functions printed).

The keys live in the tests' encrypted file keyring (this machine has no OS key store).
`--write` records the results in docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.report import write_section  # noqa: E402

AKIMAT, DISTRICT = "196435100", "196400000"
ROW_TABLES = (
    "applicant",
    "application",
    "application_step",
    "document_item",
    "case_record",
    "case_file",
)
MB = 1024 * 1024


def _keyring_env(work: Path) -> None:
    """Select the tests' AES-GCM file keyring for this process and its children; the key is
    kept in the work folder so a kept template (--work) can be used again."""
    from tests.keyring_backend import ENV_FILE, ENV_KEY, new_key

    key_file = work / "keyring.key"
    if not key_file.exists():
        key_file.write_text(new_key())
        (work / "keyring.cfg").unlink(missing_ok=True)
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.TestKeyring"
    os.environ[ENV_FILE] = str(work / "keyring.cfg")
    os.environ[ENV_KEY] = key_file.read_text().strip()
    os.environ["PYTHONPATH"] = str(ROOT)
    os.environ.pop("QABYLDAU_DATABASE_URL", None)


# --- the data --------------------------------------------------------------------------------


def build_offices(work: Path) -> tuple[Path, Path]:
    """The akim's office and an empty district (the template every run copies)."""
    from tests.bundle_fixtures import make_office, trust_each_other

    akimat_home, district_home = work / "akimat", work / "district-template"
    a = make_office(
        akimat_home,
        "akimat",
        AKIMAT,
        "Қосшы ауылдық округі әкімінің аппараты",
        "Аппарат акима Косшынского сельского округа",
        staff_surname="Жұмабаев",
        staff_name="Қайрат",
    )
    d = make_office(
        district_home,
        "district",
        DISTRICT,
        "Аудандық жұмыспен қамту бөлімі",
        "Районный отдел занятости и социальных программ",
    )
    trust_each_other(a, d, work)
    a.close()
    d.close()
    return akimat_home, district_home


def generate_cases(akimat_home: Path, cases: int, seed: int = 3) -> None:
    """One real intake, then `cases - 1` clones of its rows written in bulk."""
    import random

    import sqlite_utils

    from app.collation import kazakh_sort_key
    from app.context import AppContext
    from app.iin import make_iin
    from app.intake import ApplicantInput, IntakeRequest, register
    from app.names import address, person, phone
    from app.textnorm import search_fold

    with AppContext(akimat_home) as a:
        svc = a.catalogue.get("fuel-aid")
        register(
            a,
            IntakeRequest(
                service_code="fuel-aid",
                applicant=ApplicantInput(
                    iin=make_iin(date(1970, 1, 2), "M", serial=1),
                    surname="Жұмабаев",
                    name="Ерлан",
                ),
                documents=[d.name.ru for d in svc.documents if d.required],
                registered_at=datetime(2026, 1, 5, 9, 0),
                allow_duplicate=True,
            ),
        )
    db = sqlite_utils.Database(akimat_home / "qabyldau.sqlite")
    app0 = next(db["application"].rows)
    steps0 = list(db["application_step"].rows_where("application_id = ?", [app0["id"]]))
    docs0 = list(db["document_item"].rows_where("application_id = ?", [app0["id"]]))
    rng = random.Random(seed)
    people, apps, steps, docs = [], [], [], []
    seen = {next(db["applicant"].rows)["iin"]}
    start = datetime(2026, 1, 5, 9, 0)
    serial = 1
    for i in range(1, cases):
        surname, name, patronymic, sex = person(rng)
        while True:
            serial += 1
            born = date(rng.randint(1950, 2006), rng.randint(1, 12), rng.randint(1, 28))
            iin = make_iin(born, sex, serial=serial % 9999)
            if iin not in seen:
                seen.add(iin)
                break
        full = f"{surname} {name} {patronymic}"
        pid, aid = i + 1, app0["id"] + i
        people.append(
            {
                "id": pid,
                "iin": iin,
                "surname": surname,
                "name": name,
                "patronymic": patronymic,
                "birth_date": born.isoformat(),
                "address": address(rng),
                "phone": phone(rng),
                "search_key": search_fold(full),
                "sort_key": kazakh_sort_key(full),
                "created_at": "2026-01-05 09:00:00.000000",
                "updated_at": "2026-01-05 09:00:00.000000",
            }
        )
        moved = start + timedelta(minutes=7 * i)
        shift = moved - start
        apps.append(
            dict(
                app0,
                id=aid,
                uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                number=i + 1,
                incoming_number=f"{i + 1}/2026",
                applicant_id=pid,
                registered_at=moved.strftime("%Y-%m-%d %H:%M:%S.%f"),
            )
        )

        def later(value: str | None, by: timedelta = shift) -> str | None:
            if not value:
                return value
            return (datetime.fromisoformat(value) + by).strftime("%Y-%m-%d %H:%M:%S.%f")

        apps[-1]["due_at"] = later(app0["due_at"])
        apps[-1]["next_due_at"] = later(app0["next_due_at"])
        for st in steps0:
            steps.append(
                dict(
                    st,
                    id=None,
                    application_id=aid,
                    started_at=later(st["started_at"]),
                    due_at=later(st["due_at"]),
                    done_at=later(st["done_at"]),
                )
            )
        for d in docs0:
            docs.append(dict(d, id=None, application_id=aid))
    for rows in (people, apps, steps, docs):
        for r in rows:
            if r.get("id") is None:
                r.pop("id", None)
    with db.conn:
        db["applicant"].insert_all(people, batch_size=2000)
        db["application"].insert_all(apps, batch_size=2000)
        db["application_step"].insert_all(steps, batch_size=2000)
        db["document_item"].insert_all(docs, batch_size=2000)
        db.execute("UPDATE journal_counter SET last_number = ? WHERE year = 2026", [cases])
    db.conn.close()


def build_bundles(akimat_home: Path, sizes: list[int], work: Path) -> dict[int, Path]:
    """One outgoing bundle per size: the first `size` cases, a distinct talon file each."""
    from sqlalchemy import select

    from app.bundle import build_bundle
    from app.cases import talon_data
    from app.context import AppContext
    from app.packets import case_record, talon_path
    from db.models import Application
    from forms.talon import render_talon_pdf

    talons = work / "talons"
    talons.mkdir(exist_ok=True)
    out = work / "bundles"
    out.mkdir(exist_ok=True)
    records: list[dict[str, Any]] = []
    files: dict[str, Path] = {}
    with AppContext(akimat_home) as a:
        with a.session() as s:
            first = s.scalar(select(Application.id).order_by(Application.id))
        base = render_talon_pdf(talon_data(a, first), work / "talon.pdf").read_bytes()
        with a.session() as s:
            ids = list(s.scalars(select(Application.id).order_by(Application.id)))
        for start in range(0, len(ids), 500):
            with a.session() as s:
                for app in s.scalars(
                    select(Application).where(Application.id.in_(ids[start : start + 500]))
                ):
                    rec = case_record(s, app, pages={talon_path(app): 1})
                    records.append(rec)
                    path = talons / f"{app.uuid}.pdf"
                    # A trailing comment: a valid PDF, a different file for every case.
                    path.write_bytes(base + f"\n%case {app.uuid}\n".encode())
                    files[talon_path(app)] = path
        records.sort(key=lambda r: r["application"]["number"])
        bundles = {}
        for size in sizes:
            chosen = records[:size]
            built = build_bundle(
                a,
                kind="outgoing",
                recipient_code=DISTRICT,
                records=chosen,
                files={f["path"]: files[f["path"]] for rec in chosen for f in rec["files"]},
                out_dir=out,
                info={"Packet-Number": f"{size}/2026"},
            )
            bundles[size] = built.path
    return bundles


# --- the import, in a child process ------------------------------------------------------------


def peak_rss_kb() -> int:
    """This process's peak resident memory, in kB.

    Linux: VmHWM, the high-water mark of this process's own memory. `ru_maxrss` is not
    used there because Linux carries it across fork and exec: a child started by a big
    parent reports the parent's peak. Elsewhere `ru_maxrss` (kB on Linux, bytes on macOS).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def child(home: Path, bundle: Path, profile: Path | None) -> int:
    """Import `bundle` into the district at `home`; print stage timings and peak RSS."""
    import app.bundle_import as bi
    from app.context import AppContext

    stages: dict[str, float] = {}

    def timed(name: str, fn):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            t = time.perf_counter()
            try:
                if name == "rows" and profile is not None:
                    import cProfile

                    prof = cProfile.Profile()
                    try:
                        return prof.runcall(fn, *args, **kwargs)
                    finally:
                        prof.dump_stats(str(profile))
                return fn(*args, **kwargs)
            finally:
                stages[name] = stages.get(name, 0.0) + time.perf_counter() - t
                # The high-water mark when the stage ends: which stage memory grows in.
                stages[f"{name}_maxrss_kb"] = peak_rss_kb()

        return wrapper

    from sqlalchemy.engine import Connection

    import app.bundle as bundle_module

    # The rest of the import, named: removing the extracted work folder, the commit.
    bundle_module.OpenedBundle.close = timed("cleanup", bundle_module.OpenedBundle.close)  # type: ignore[method-assign]
    Connection._commit_impl = timed("commit", Connection._commit_impl)  # type: ignore[method-assign]
    bi.open_bundle = timed("verify", bi.open_bundle)
    bi._store_files = timed("files", bi._store_files)
    bi._import_cases = timed("rows", bi._import_cases)
    bi._archive_copy = timed("archive", bi._archive_copy)
    bi._keep = timed("report", bi._keep)
    with AppContext(home) as ctx:
        rss_open = peak_rss_kb()
        t0 = time.perf_counter()
        report = bi.import_bundle(ctx, bundle)
        total = time.perf_counter() - t0
    if report.status != "imported":
        raise SystemExit(report.text("en"))
    print(
        json.dumps(
            {
                "total_s": total,
                **{(k if k.endswith("_kb") else f"{k}_s"): v for k, v in stages.items()},
                "counts": report.counts(),
                "rss_open_kb": rss_open,
                "maxrss_kb": peak_rss_kb(),
            }
        )
    )
    return 0


def run_child(home: Path, bundle: Path, profile: Path | None = None) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(home), str(bundle)]
    if profile is not None:
        command += ["--profile-out", str(profile)]
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def fresh_district(template: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(template, target)
    return target


# --- the floor ------------------------------------------------------------------------------


def floor(imported: Path, template: Path, work: Path) -> dict[str, Any]:
    """The same rows, inserted with sqlite-utils into a fresh database of the same schema."""
    import sqlite_utils

    src = sqlite_utils.Database(imported / "qabyldau.sqlite")
    rows = {t: list(src[t].rows) for t in ROW_TABLES}
    offices = [o for o in src["office"].rows if not o["is_self"]]
    src.conn.close()
    target = fresh_district(template, work / "floor")
    db = sqlite_utils.Database(target / "qabyldau.sqlite")
    # The program's own pragmas (db/engine.py), so both write the same way.
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL"):
        db.execute(f"PRAGMA {pragma}")
    with db.conn:
        # The sending office the rows point at, if the template does not have it (not timed).
        db["office"].insert_all(offices, ignore=True)
    t0 = time.perf_counter()
    with db.conn:
        for table in ROW_TABLES:
            db[table].insert_all(rows[table], batch_size=500)
    seconds = time.perf_counter() - t0
    counts = {t: db[t].count for t in ROW_TABLES}
    db.conn.close()
    shutil.rmtree(target, ignore_errors=True)
    return {"floor_s": seconds, "rows": counts}


# --- PostgreSQL (optional) ---------------------------------------------------------------------


def postgres_import(template: Path, bundle: Path, work: Path) -> dict[str, Any] | None:
    from tests.pg_server import ServerUnavailable, start_server

    try:
        server = start_server(durable=True)
    except ServerUnavailable as exc:
        print(f"PostgreSQL skipped: {exc}", file=sys.stderr)
        return None
    try:
        from sqlalchemy import create_engine

        from app.cli.db_cmds import copy_database

        url = server.create_database("district")
        home = fresh_district(template, work / "district-pg")
        engine = create_engine(f"sqlite:///{home / 'qabyldau.sqlite'}")
        copy_database(engine, url)
        engine.dispose()
        (home / "qabyldau.sqlite").unlink()
        (home / "database.url").write_text(url + "\n", "utf-8")
        result = run_child(home, bundle)
        result["version"] = server.version()
        return result
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


# --- main ------------------------------------------------------------------------------------


def top_functions(profile: Path, n: int = 12) -> list[str]:
    import pstats

    st = pstats.Stats(str(profile))
    total = st.total_tt  # type: ignore[attr-defined]
    rows = []
    for (file, line, fn), (_cc, nc, tt, ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
        rows.append((ct, tt, nc, f"{Path(file).name}:{line} {fn}"))
    rows.sort(reverse=True)
    out = [f"profile of the rows stage: {total:.2f} s of own time"]
    for ct, tt, nc, name in rows[:n]:
        out.append(f"  {ct:7.2f} s cumulative  {tt:6.2f} s own  {nc:>8} calls  {name}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--sizes", default="2500,5000", help="smaller bundles for the memory runs")
    ap.add_argument("--work", type=Path, help="keep the generated offices and bundles here")
    ap.add_argument("--postgres", action="store_true", help="also import into PostgreSQL")
    ap.add_argument("--profile", action="store_true", help="cProfile the rows stage")
    ap.add_argument("--write", action="store_true")
    ap.add_argument(
        "--child", nargs=2, type=Path, metavar=("HOME", "BUNDLE"), help=argparse.SUPPRESS
    )
    ap.add_argument("--profile-out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(*args.child, profile=args.profile_out)

    work = args.work or Path(tempfile.mkdtemp(prefix="qabyldau-bench-import-"))
    work.mkdir(parents=True, exist_ok=True)
    _keyring_env(work)
    sizes = sorted({*(int(x) for x in args.sizes.split(",") if x), args.cases})
    manifest = work / "bundles.json"
    t0 = time.perf_counter()
    if manifest.exists() and json.loads(manifest.read_text())["sizes"] == sizes:
        bundles = {int(k): Path(v) for k, v in json.loads(manifest.read_text())["bundles"].items()}
        gen_s = None
    else:
        for name in ("akimat", "district-template", "talons", "bundles"):
            shutil.rmtree(work / name, ignore_errors=True)
        (work / "keyring.cfg").unlink(missing_ok=True)
        akimat, _template = build_offices(work)
        generate_cases(akimat, args.cases)
        bundles = build_bundles(akimat, sizes, work)
        manifest.write_text(
            json.dumps({"sizes": sizes, "bundles": {k: str(v) for k, v in bundles.items()}})
        )
        gen_s = time.perf_counter() - t0
    template = work / "district-template"

    big = bundles[args.cases]
    home = fresh_district(template, work / "district")
    timed = run_child(home, big)
    fl = floor(home, template, work)
    profile = None
    if args.profile:  # a run of its own: the profiler slows what it watches
        profile = work / "rows.prof"
        run_child(fresh_district(template, work / "district-profiled"), big, profile)
        shutil.rmtree(work / "district-profiled", ignore_errors=True)
    memory = {args.cases: timed}
    for size in sizes[:-1]:
        run_home = fresh_district(template, work / f"district-{size}")
        memory[size] = run_child(run_home, bundles[size])
        shutil.rmtree(run_home, ignore_errors=True)
    pg = postgres_import(template, big, work) if args.postgres else None

    n_rows = sum(fl["rows"].values())
    ratio_total = timed["total_s"] / fl["floor_s"]
    ratio_rows = timed["rows_s"] / fl["floor_s"]
    bundle_mb = big.stat().st_size / MB
    cpu = platform.processor() or platform.machine()
    runs = [("SQLite", timed)] + ([(f"PostgreSQL {pg['version']}", pg)] if pg else [])

    def cells(key: str) -> str:
        return " | ".join(f"{r.get(f'{key}_s', 0.0):.1f} s" for _, r in runs)

    def rest(r: dict[str, Any]) -> float:
        named = ("verify", "files", "rows", "commit", "cleanup", "archive", "report")
        return r["total_s"] - sum(r.get(f"{k}_s", 0.0) for k in named)

    lines = [
        f"Machine: {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()}, SQLite {sqlite3.sqlite_version}; ext4 mounted with online "
        f"`discard`, so every file deletion costs a few ms here. Bundle: {args.cases:,} direct "
        f"(fuel-aid) cases, one distinct talon PDF each ({bundle_mb:.0f} MB .qbl); "
        f"{n_rows:,} rows in the six tables ("
        + ", ".join(f"{t} {n:,}" for t, n in fl["rows"].items())
        + "). "
        + (f"Data generated in {gen_s:.0f} s, not measured." if gen_s else "Data reused.")
        + " Each import runs in a fresh child process on a fresh copy of the district"
        + ("; PostgreSQL is a local server with its durable defaults (fsync on)." if pg else "."),
        "",
        "| `import_bundle`, "
        + f"{args.cases:,} cases | "
        + " | ".join(name for name, _ in runs)
        + " |",
        "| --- | " + " | ".join("---" for _ in runs) + " |",
        "| **total** | "
        + " | ".join(
            f"**{r['total_s']:.1f} s** ({args.cases / r['total_s']:.0f} cases/s)" for _, r in runs
        )
        + " |",
        "| verify and extract (`open_bundle`: decrypt, unzip, signature, manifests, schema of "
        f"every record) | {cells('verify')} |",
        f"| store the {args.cases:,} files by content (`_store_files`) | {cells('files')} |",
        "| the rows (`_import_cases`: checks, applicants, applications, steps, checklists, "
        f"records, files) | {cells('rows')} |",
        f"| commit | {cells('commit')} |",
        f"| remove the extracted work folder | {cells('cleanup')} |",
        f"| archive copy of the .qbl | {cells('archive')} |",
        "| the rest (bundle log, audit event, kept report) | "
        + " | ".join(f"{rest(r):.1f} s" for _, r in runs)
        + " |",
        "",
        "| measurement | result | target |",
        "| --- | --- | --- |",
        f"| floor: the same {n_rows:,} rows with sqlite-utils `insert_all` (same schema and "
        f"pragmas, one commit per 500-row batch) | {fl['floor_s']:.1f} s | |",
        f"| **rows stage / floor** | **{ratio_rows:.1f}×** | ≤ 2× |",
        f"| whole import / floor | {ratio_total:.1f}× | (crypto, files and disk included) |",
    ]
    for size in sizes:
        m = memory[size]
        lines.append(
            f"| peak RSS, import of {size:,} cases (fresh process; after verification) | "
            f"{m['maxrss_kb'] / 1024:.0f} MB ({m['verify_maxrss_kb'] / 1024:.0f} MB; at open "
            f"{m['rss_open_kb'] / 1024:.0f} MB) | flat |"
        )
    low, high = memory[sizes[0]]["maxrss_kb"], memory[sizes[-1]]["maxrss_kb"]
    per_case = (high - low) / (sizes[-1] - sizes[0])
    lines += [
        "",
        f"Cases ×{sizes[-1] / sizes[0]:.0f}: peak RSS {low / 1024:.0f} → {high / 1024:.0f} MB, "
        f"{per_case:.1f} kB more per case.",
    ]
    text = "\n".join(lines)
    print(text)
    if profile is not None:
        print("\n".join(top_functions(profile)))
    if args.write:
        write_section(
            "District import (bench/import.py)",
            f"python bench/import.py --cases {args.cases} --sizes {args.sizes}"
            + (" --postgres" if args.postgres else "")
            + " --write",
            text,
        )
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
