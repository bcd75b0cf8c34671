"""Benchmark: exporting a 500-case packet with 300 MB of scanned attachments.

    python bench/bundle.py [--cases 500] [--mb 300] [--small-mb 60] [--work DIR] [--write]

Builds an akim's office with `--cases` ready cases (half means-tested with a completed act,
half direct), one scan per case (random bytes behind a JPEG header: incompressible, as real
scans are), and its district, each trusting the other. Then, for `--small-mb` and `--mb` of
scans, it exports the same packet in a child process (so its peak memory is its own) and
measures in the same run:

* the export: rendering the PDFs (talons, acts, cover letter) and the bundle stage
  (`build_bundle`: hash and zip the payload, sign, encrypt to two files, fingerprint);
* the floor: `sha256sum` over the same scan files and `zip -0` of them, one after the other:
  the least any tool must do to hash and write those bytes;
* bundle-stage throughput (MB/s of payload) against the floor's, target ≥ 60 %;
* peak memory of the child (ru_maxrss) and the Python heap's peak during the bundle stage
  (tracemalloc, in a second export of the same packet, because tracing slows the stage's
  Python parts down), at both sizes: it must not grow with the attachments.

The keys live in the tests' encrypted file keyring (this machine has no OS key store).
`--write` records the results in docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.report import write_section  # noqa: E402

MB = 1024 * 1024
JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"
AKIMAT, DISTRICT = "196435100", "196400000"


def _keyring_env(work: Path) -> None:
    """Select the tests' AES-GCM file keyring for this process and its children."""
    from tests.keyring_backend import ENV_FILE, ENV_KEY, new_key

    # A fresh key each run: the template (and its keys) is rebuilt each run too.
    (work / "keyring.cfg").unlink(missing_ok=True)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.TestKeyring")
    os.environ.setdefault(ENV_FILE, str(work / "keyring.cfg"))
    os.environ.setdefault(ENV_KEY, new_key())
    os.environ["PYTHONPATH"] = str(ROOT)


# --- the data ------------------------------------------------------------------------------


def build_template(work: Path, cases: int) -> tuple[Path, Path, list[str]]:
    """Two office homes and a packet of `cases` cases; returns the homes and the scans'
    paths relative to the akimat's home (their content is written per run)."""
    from sqlalchemy import select

    from app.commission import refer, save_act, set_commission, set_threshold
    from app.iin import make_iin
    from app.intake import ApplicantInput, IntakeRequest, register
    from app.names import person
    from app.packets import create_packet
    from db.models import Application
    from tests.bundle_fixtures import make_office, trust_each_other

    akimat_home, district_home = work / "akimat", work / "district"
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
    set_commission(
        a, "12", date(2026, 1, 10), [("Ахметов А.Б.", "chair"), ("Серікова Г.Н.", "secretary")]
    )
    set_threshold(a, "poverty_line", "45 000", date(2025, 1, 1))
    rng = random.Random(5)
    docs = {code: a.catalogue.get(code) for code in ("asp", "fuel-aid")}
    scans = []
    for i in range(cases):
        code = "asp" if i % 2 == 0 else "fuel-aid"
        surname, name, patronymic, sex = person(rng)
        born = date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28))
        when = datetime(2026, 2, 2 + i % 20, 9 + i % 8, 0)
        number = register(
            a,
            IntakeRequest(
                service_code=code,
                applicant=ApplicantInput(
                    iin=make_iin(born, sex, serial=i + 1),
                    surname=surname,
                    name=name,
                    patronymic=patronymic,
                ),
                documents=[doc.name.ru for doc in docs[code].documents if doc.required],
                registered_at=when,
                allow_duplicate=True,
            ),
        ).incoming_number
        rel = f"documents/scans/{i:04d}/scan.jpg"
        scans.append(rel)
        with a.session() as s:
            app = s.scalar(select(Application).where(Application.incoming_number == number))
            first = next(doc for doc in app.documents if doc.provided)
            first.attachment_path = rel
            for doc in app.documents:
                doc.sheets = 1 if doc.provided else None
            iin = app.applicant.iin
        if code == "asp":
            refer(a, number, when.replace(hour=17))
            save_act(
                a,
                number,
                {
                    "visit_date": f"2026-02-{min(3 + i % 20, 28):02d}",
                    "members_present": ["Ахметов А.Б.", "Серікова Г.Н."],
                    "family": [
                        {
                            "surname": surname,
                            "name": name,
                            "relation": "заявитель",
                            "iin": iin,
                            "incomes": [{"kind": "wage", "monthly_amount": "70000"}],
                        },
                        {"surname": surname, "name": "Айгүл", "relation": "жена"},
                    ],
                },
                complete=True,
                when=datetime(2026, 2, 24, 10, 0),
            )
    create_packet(a, when=datetime(2026, 2, 25, 9, 0))
    a.close()
    d.close()
    return akimat_home, district_home, scans


def write_scans(home: Path, scans: list[str], total_mb: int) -> int:
    """Random (incompressible) scan files adding up to `total_mb`; returns the bytes."""
    each = total_mb * MB // len(scans)
    for rel in scans:
        path = home / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(JPEG_HEAD + os.urandom(each - len(JPEG_HEAD)))
    return each * len(scans)


# --- the floor --------------------------------------------------------------------------


def floor(home: Path, scans: list[str], out: Path) -> dict[str, float]:
    """sha256sum and zip -0 of the same files, timed, in the same run."""
    files = [str(home / rel) for rel in scans]
    t0 = time.perf_counter()
    subprocess.run(["sha256sum", *files], check=True, stdout=subprocess.DEVNULL)
    sha_s = time.perf_counter() - t0
    target = out / "floor.zip"
    target.unlink(missing_ok=True)
    t0 = time.perf_counter()
    subprocess.run(["zip", "-0", "-q", str(target), *files], check=True)
    # zip writes through the page cache; the bundle fsyncs its files, so the floor does too.
    subprocess.run(["sync", str(target)], check=True)
    zip_s = time.perf_counter() - t0
    target.unlink()
    return {"sha256sum_s": sha_s, "zip_s": zip_s}


# --- the export, in a child process -------------------------------------------------------


def child(home: Path, out: Path, trace: bool) -> int:
    """Export packet 1 of `home` to `out`; print the timings and memory as JSON. With
    `trace`, tracemalloc watches the bundle stage (and slows its Python parts down several
    times: the timed run is a separate one)."""
    import tracemalloc

    import app.packets as packets
    from app.context import AppContext

    stages: dict[str, float] = {}
    original = packets.build_bundle

    def timed(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        # The Python heap's peak during the byte stage: what could grow with attachments.
        stages["render_done"] = time.perf_counter()
        stages["rss_before_bundle_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if trace:
            tracemalloc.start()
        t = time.perf_counter()
        try:
            return original(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            stages["bundle_s"] = time.perf_counter() - t
            if trace:
                stages["bundle_heap_peak"] = tracemalloc.get_traced_memory()[1]
                tracemalloc.stop()

    packets.build_bundle = timed  # type: ignore[assignment]
    with AppContext(home) as ctx:
        t0 = time.perf_counter()
        result = packets.export_packet(ctx, 1, out)
        total = time.perf_counter() - t0
    print(
        json.dumps(
            {
                "total_s": total,
                "render_s": stages["render_done"] - t0,
                "bundle_s": stages["bundle_s"],
                "bundle_heap_peak": stages.get("bundle_heap_peak"),
                "rss_before_bundle_kb": stages["rss_before_bundle_kb"],
                "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                "payload_bytes": result.payload_bytes,
                "size": result.size,
                "records": result.record_count,
                "files": result.file_count,
                "path": str(result.path),
                "sha256": result.sha256,
            }
        )
    )
    return 0


def run_size(template: Path, scans: list[str], mb: int, work: Path) -> dict[str, object]:
    run = work / f"run-{mb}"
    shutil.rmtree(run, ignore_errors=True)
    shutil.copytree(template, run)
    home = run / "akimat"
    scan_bytes = write_scans(home, scans, mb)
    f = floor(home, scans, run)
    snapshot = run / "snapshot"
    shutil.copytree(home, snapshot)  # the packet still unsent, for the second export

    def export(home: Path, out: Path, trace: bool) -> dict[str, object]:
        command = [sys.executable, str(Path(__file__).resolve()), "--child", str(home), str(out)]
        proc = subprocess.run(
            [*command, *(["--trace"] if trace else [])],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise SystemExit(proc.stderr)
        return json.loads(proc.stdout.strip().splitlines()[-1])

    r = export(home, run / "usb", trace=False)
    r["bundle_heap_peak"] = export(snapshot, run / "usb-traced", trace=True)["bundle_heap_peak"]

    from app.bundle import verify_bundle
    from app.context import AppContext

    with AppContext(run / "district") as d:
        report = verify_bundle(d, Path(r["path"]))
    if not report.ok:
        raise SystemExit(f"the exported bundle does not verify: {report.to_json()}")
    payload_mb = r["payload_bytes"] / MB
    floor_mb = scan_bytes / MB
    result = {
        "mb": mb,
        "scan_bytes": scan_bytes,
        **f,
        **r,
        "bundle_mbps": payload_mb / r["bundle_s"],
        "floor_mbps": floor_mb / (f["sha256sum_s"] + f["zip_s"]),
        "sha256sum_mbps": floor_mb / f["sha256sum_s"],
        "zip_mbps": floor_mb / f["zip_s"],
    }
    result["ratio"] = result["bundle_mbps"] / result["floor_mbps"]
    shutil.rmtree(run, ignore_errors=True)
    return result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=500)
    ap.add_argument("--mb", type=int, default=300)
    ap.add_argument("--small-mb", type=int, default=60)
    ap.add_argument("--work", type=Path)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--child", nargs=2, type=Path, metavar=("HOME", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(*args.child, trace=args.trace)
    if shutil.which("zip") is None or shutil.which("sha256sum") is None:
        raise SystemExit("the floor needs `zip` and `sha256sum` (apt-get install zip)")

    work = args.work or Path(tempfile.mkdtemp(prefix="qabyldau-bench-bundle-"))
    work.mkdir(parents=True, exist_ok=True)
    _keyring_env(work)
    template = work / "template"
    shutil.rmtree(template, ignore_errors=True)
    template.mkdir()
    t0 = time.perf_counter()
    _a, _d, scans = build_template(template, args.cases)
    gen_s = time.perf_counter() - t0

    results = [run_size(template, scans, mb, work) for mb in (args.small_mb, args.mb)]
    small, large = results
    cpu = platform.processor() or platform.machine()
    lines = [
        f"Machine: {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()}. Packet: {args.cases} cases (half means-tested with a completed "
        f"act), one scan each (random bytes); data generated in {gen_s:.0f} s, not measured. "
        "Bundle stage = `build_bundle` (hash + zip the payload, sign, age-encrypt to the "
        "district and to the archive at once, fsync both, fingerprint). Floor = `sha256sum` "
        "then `zip -0` (+ sync) over the same scan files.",
        "",
        "| measurement | " + " | ".join(f"{r['mb']} MB of scans" for r in results) + " | target |",
        "| --- | " + " | ".join("---" for _ in results) + " | --- |",
        "| payload in the bundle (scans + PDFs + records) | "
        + " | ".join(f"{r['payload_bytes'] / MB:.1f} MB" for r in results)
        + " | |",
        "| bundle file (.qbl) | "
        + " | ".join(f"{r['size'] / MB:.1f} MB" for r in results)
        + " | |",
        "| export, total (render + bundle) | "
        + " | ".join(f"{r['total_s']:.1f} s" for r in results)
        + " | |",
        "| rendering PDFs (talons, acts, cover letter) | "
        + " | ".join(f"{r['render_s']:.1f} s" for r in results)
        + " | |",
        "| bundle stage | " + " | ".join(f"{r['bundle_s']:.2f} s" for r in results) + " | |",
        "| bundle throughput (payload) | "
        + " | ".join(f"{r['bundle_mbps']:.0f} MB/s" for r in results)
        + " | |",
        "| floor: sha256sum / zip -0 alone | "
        + " | ".join(f"{r['sha256sum_mbps']:.0f} / {r['zip_mbps']:.0f} MB/s" for r in results)
        + " | |",
        "| floor: sha256sum then zip -0 | "
        + " | ".join(f"{r['floor_mbps']:.0f} MB/s" for r in results)
        + " | |",
        "| **bundle / floor** | "
        + " | ".join(f"**{r['ratio'] * 100:.0f} %**" for r in results)
        + " | ≥ 60 % |",
        "| peak RSS of the export process | "
        + " | ".join(f"{r['maxrss_kb'] / 1024:.0f} MB" for r in results)
        + " | flat |",
        "| peak RSS before the bundle stage (rendering) | "
        + " | ".join(f"{r['rss_before_bundle_kb'] / 1024:.0f} MB" for r in results)
        + " | |",
        "| Python heap peak during the bundle stage (tracemalloc, separate run) | "
        + " | ".join(f"{r['bundle_heap_peak'] / MB:.1f} MB" for r in results)
        + " | flat |",
        "",
        f"Scans ×{large['mb'] / small['mb']:.0f}: peak RSS "
        f"{small['maxrss_kb'] / 1024:.0f} → {large['maxrss_kb'] / 1024:.0f} MB, bundle-stage "
        f"heap peak {small['bundle_heap_peak'] / MB:.1f} → {large['bundle_heap_peak'] / MB:.1f} "
        "MB: memory does not follow the attachments' size. Both bundles verified at the "
        "district (`verify_bundle`) after the run.",
    ]
    text = "\n".join(lines)
    print(text)
    if args.write:
        write_section(
            "Transfer bundle export (bench/bundle.py)",
            f"python bench/bundle.py --cases {args.cases} --mb {args.mb} "
            f"--small-mb {args.small_mb} --write",
            text,
        )
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
