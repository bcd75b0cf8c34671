"""Hostile input: hundreds of seeded-random bad bundles thrown at `import_bundle`.

At the district (outgoing bundles from an akim's office) and at the akim's office (return
bundles from the district), every bad file must be refused — status "refused", the check
that caught it named, a Kazakh and a Russian reason — and must change nothing: every table
of the database holds exactly the rows it held before, no document lands in the store, no
work folder is left behind. The variants come from tests/bad_bundles.py; the set of checks
allowed to refuse each one is part of the variant, so a flaw caught too late (or not at all)
fails the test.
"""

from __future__ import annotations

import random
import sqlite3
import time
import uuid as uuid_mod
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app import keys, trust
from app.bundle import CHECKS, build_bundle, verify_bundle
from app.bundle_import import import_bundle
from app.context import AppContext
from app.errors import UserError
from tests.bad_bundles import (
    Bad,
    Maker,
    Signer,
    base_case,
    base_case_files,
    base_return,
)
from tests.bundle_fixtures import AKIMAT, DISTRICT, World, make_office, make_world, trust_each_other

OTHER = "196437200"  # a second akim's office of the district; its key gets revoked
IINS = ("791028302728", "061211600012", "870412300568")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    yield from make_world(
        tmp_path, staff_surname="Жұмабаев", staff_name="Қайрат", staff_login="akim"
    )


# --- what "changed nothing" means ----------------------------------------------------------------


def dump_database(ctx: AppContext) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read straight from the file (committed data only)."""
    con = sqlite3.connect(f"file:{ctx.paths.database}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        con.close()


def files_of(ctx: AppContext) -> set[tuple[str, int]]:
    """The office's files, except the database itself and the kept import reports."""
    root = ctx.paths.root
    return {
        (p.relative_to(root).as_posix(), p.stat().st_size)
        for p in root.rglob("*")
        if p.is_file()
        and not p.name.startswith(ctx.paths.database.name)
        and p.relative_to(root).parts[0] != "import-reports"
    }


def refusal_problems(ctx: AppContext, bad: Bad) -> list[str]:
    """Throw one bad bundle at the office; what went wrong, if anything."""
    before, files_before = dump_database(ctx), files_of(ctx)
    try:
        report = import_bundle(ctx, bad.path)
    except Exception as exc:  # "never raises for a bad file": a traceback is a failure
        changed = " and the database changed" if dump_database(ctx) != before else ""
        return [f"raised {type(exc).__name__}: {str(exc)[:200]}{changed}"]
    problems = []
    failed = report.verification.failed if report.verification else None
    if report.status != "refused" or failed is None:
        return [f"not refused: {report.status} ({report.text('en')})"]
    if failed.name not in bad.expect:
        problems.append(f"refused by {failed.name}, expected {sorted(bad.expect)}: {failed.en}")
    names = [c.name for c in report.verification.checks]
    at = names.index(failed.name)
    if names != list(CHECKS) or not all(c.ok for c in report.verification.checks[:at]):
        problems.append(f"checks out of order or not all run: {names}")
    if any(c.status != "skipped" for c in report.verification.checks[at + 1 :]):
        problems.append("a check after the failed one ran")
    msg = report.message or {}
    if not (failed.kk and failed.ru and failed.en) or failed.kk == failed.ru:
        problems.append(f"reason not bilingual: {failed.kk!r} / {failed.ru!r}")
    if not all(msg.get(lang) for lang in ("kk", "ru", "en")) or failed.ru not in msg["ru"]:
        problems.append(f"message missing: {msg}")
    if bad.code and failed.details.get("code") != bad.code:
        problems.append(f"code {failed.details.get('code')!r}, expected {bad.code!r}")
    if bad.text and bad.text not in failed.en:
        problems.append(f"{bad.text!r} not in {failed.en!r}")
    if dump_database(ctx) != before:
        problems.append("the database changed")
    if files_of(ctx) != files_before:
        problems.append(f"files changed: {sorted(files_of(ctx) ^ files_before)[:5]}")
    if report.kept_report is None or failed.name not in report.kept_report.read_text("utf-8"):
        problems.append("no kept report naming the failed check")
    return problems


def throw_all(
    ctx: AppContext, plan: list[tuple[Callable[[random.Random], Bad], int]], side: str
) -> tuple[int, Counter[str]]:
    """Make and throw every planned variant (seeded by family and number); fail with all the
    problems found, not only the first."""
    tried: Counter[str] = Counter()
    failures = []
    for make, count in plan:
        for i in range(count):
            rng = random.Random(f"{side}-{make.__name__}-{i}")
            bad = make(rng)
            problems = refusal_problems(ctx, bad)
            tried[bad.family] += 1
            if problems:
                failures.append(f"{bad.path.name} [{bad.label}]: {'; '.join(problems)}")
            bad.path.unlink()
    assert not failures, f"{len(failures)} of {sum(tried.values())}:\n" + "\n".join(failures)
    return sum(tried.values()), tried


def _report(side: str, total: int, tried: Counter[str], started: float) -> None:
    families = ", ".join(f"{k} {v}" for k, v in sorted(tried.items()))
    print(
        f"\n{side}: {total} hostile bundles tried, all refused, database unchanged "
        f"({time.monotonic() - started:.1f} s): {families}"
    )


# --- the offices and the good bundles the variants start from -------------------------------------


def _outgoing(w: World, rng: random.Random, cases: int = 2) -> Path:
    records, files = [], {}
    for i in range(cases):
        u = str(uuid_mod.UUID(int=rng.getrandbits(128), version=4))
        records.append(base_case(u, AKIMAT, IINS[i % len(IINS)], n=rng.randint(1, 9999)))
        files.update(base_case_files(w.tmp / "docs", u, rng))
    return build_bundle(
        w.a,
        kind="outgoing",
        recipient_code=DISTRICT,
        records=records,
        files=files,
        out_dir=w.usb,
        info={"Packet-Number": "1/2026"},
    ).path


def _return(w: World, rng: random.Random) -> Path:
    case = str(uuid_mod.UUID(int=rng.getrandbits(128), version=4))
    bundle = str(uuid_mod.UUID(int=rng.getrandbits(128), version=4))
    records, pdf = base_return(AKIMAT, bundle, case)
    src = w.tmp / f"decision-{case}.pdf"
    src.write_bytes(b"%PDF-1.4\n" + rng.randbytes(1500) + b"\n%%EOF\n")
    return build_bundle(
        w.d, kind="return", recipient_code=AKIMAT, records=records, files={pdf: src}, out_dir=w.usb
    ).path


def test_hostile_bundles_at_the_district_are_refused_and_change_nothing(world: World) -> None:
    w = world
    started = time.monotonic()
    rng = random.Random("district")
    base = _outgoing(w, rng)  # sequence 1: never imported, every variant starts from it
    good = _outgoing(w, rng, cases=1)  # sequence 2: imported, so its number is taken
    assert import_bundle(w.d, good).status == "imported"
    # A second office the district trusted, then revoked (its key was lost).
    other = make_office(w.tmp / "other", "akimat", OTHER, "Екінші округ", "Второй округ")
    trust_each_other(other, w.d, w.tmp)
    trust.revoke(w.d, keys.public_card(other)["fingerprint"])
    revoked = Signer.of(keys.load_keys(other))
    other.close()

    district_keys = keys.load_keys(w.d)
    m = Maker(
        folder=w.tmp / "bad",
        raw=base.read_bytes(),
        identities=district_keys.identities,
        recipient=keys.public_card(w.d)["age_recipient"],
        signer=Signer.of(keys.load_keys(w.a)),
        prefix="district",
        imported_sequence=2,
    )
    # The variants prove something only if the untouched base (and the base resealed by
    # the test's own sealing code) would be accepted.
    assert verify_bundle(w.d, base).ok
    assert verify_bundle(w.d, m.control()).ok
    ret_records, _ = base_return(AKIMAT, str(uuid_mod.uuid4()), str(uuid_mod.uuid4()))
    me = Signer.of(district_keys)

    def revoked_key(r: random.Random) -> Bad:
        return m.revoked(r, revoked)

    def impostor(r: random.Random) -> Bad:
        return m.forged(r, me if r.random() < 0.5 else None)

    def wrong_kind(r: random.Random) -> Bad:
        return m.wrong_kind(r, me, ret_records)

    def wrong_records(r: random.Random) -> Bad:
        return m.wrong_records_for_kind(r, ret_records[r.randrange(2)])

    plan = [
        (m.flipped, 40),
        (m.truncated, 30),
        (m.wrong_recipient, 4),
        (m.unsafe_name, 30),
        (m.symlink, 4),
        (m.zip_bomb, 8),
        (m.duplicate, 12),
        (m.huge_field, 18),
        (m.oversized_record, 2),
        (m.wrong_type, 30),
        (m.broken_json, 14),
        (m.bad_record_shape, 12),
        (m.wrong_version, 12),
        (m.missing_file, 10),
        (m.listed_twice, 4),
        (m.far_date, 10),
        (m.zip_method, 6),
        (m.manifest_paths, 6),
        (m.manifest_mismatch, 24),
        (m.bad_info, 40),
        (m.replayed, 10),
        (revoked_key, 8),
        (impostor, 6),
        (m.other_recipient, 8),
        (wrong_kind, 4),
        (wrong_records, 4),
    ]
    total, tried = throw_all(w.d, plan, "district")
    _report("district", total, tried, started)
    assert total >= 200
    # The untouched base still goes in: nothing the refusals did stands in its way.
    assert import_bundle(w.d, base).status == "imported"


def test_hostile_return_bundles_at_the_akim_office_are_refused_and_change_nothing(
    world: World,
) -> None:
    w = world
    started = time.monotonic()
    rng = random.Random("akimat")
    base = _return(w, rng)  # sequence 1, never imported
    good = _return(w, rng)  # sequence 2, imported
    assert import_bundle(w.a, good).status == "imported"
    akimat_keys = keys.load_keys(w.a)
    m = Maker(
        folder=w.tmp / "bad",
        raw=base.read_bytes(),
        identities=akimat_keys.identities,
        recipient=keys.public_card(w.a)["age_recipient"],
        signer=Signer.of(keys.load_keys(w.d)),
        prefix="akimat",
        imported_sequence=2,
    )
    assert verify_bundle(w.a, base).ok
    assert verify_bundle(w.a, m.control()).ok
    me = Signer.of(akimat_keys)
    case = base_case(str(uuid_mod.uuid4()), AKIMAT, IINS[0])

    def impostor(r: random.Random) -> Bad:
        return m.forged(r, me if r.random() < 0.5 else None)

    def wrong_kind(r: random.Random) -> Bad:
        return m.wrong_kind(r, me, [case])

    def wrong_records(r: random.Random) -> Bad:
        return m.wrong_records_for_kind(r, case)

    plan = [
        (m.flipped, 10),
        (m.truncated, 8),
        (m.wrong_recipient, 2),
        (m.unsafe_name, 8),
        (m.zip_bomb, 2),
        (m.duplicate, 4),
        (m.huge_field, 6),
        (m.wrong_type, 10),
        (m.broken_json, 5),
        (m.bad_record_shape, 5),
        (m.wrong_version, 3),
        (m.missing_file, 4),
        (m.listed_twice, 2),
        (m.far_date, 4),
        (m.zip_method, 2),
        (m.manifest_paths, 2),
        (m.manifest_mismatch, 6),
        (m.bad_info, 6),
        (m.replayed, 4),
        (impostor, 4),
        (m.other_recipient, 3),
        (wrong_kind, 3),
        (wrong_records, 2),
    ]
    total, tried = throw_all(w.a, plan, "akimat")
    _report("akim's office", total, tried, started)
    assert total >= 80
    assert import_bundle(w.a, base).status == "imported"


# --- signed records that pass every check but must not go in -----------------------------------


def test_cases_taking_another_cases_journal_number_are_refused_one_by_one(world: World) -> None:
    """A trusted office's bundle whose cases reuse a journal number (in the bundle, or of a
    case the district already has) imports the rest and refuses those, each with a reason —
    before the fix the whole import died on the database's unique constraint."""
    w = world
    rng = random.Random("numbers")

    def case(n: int, incoming: str, iin: str) -> tuple[dict, dict[str, Path]]:
        u = str(uuid_mod.UUID(int=rng.getrandbits(128), version=4))
        rec = base_case(u, AKIMAT, iin, n=n)
        rec["application"]["incoming_number"] = incoming
        return rec, base_case_files(w.tmp / "docs", u, rng)

    def send(*cases: tuple[dict, dict[str, Path]]) -> Path:
        files = {k: v for _, f in cases for k, v in f.items()}
        return build_bundle(
            w.a,
            kind="outgoing",
            recipient_code=DISTRICT,
            records=[r for r, _ in cases],
            files=files,
            out_dir=w.usb,
        ).path

    first, same, same_key = (
        case(5, "5/2026", IINS[0]),
        case(5, "5/2026", IINS[1]),
        case(5, "7/2026", IINS[2]),
    )
    report = import_bundle(w.d, send(first, same, same_key))
    assert report.status == "imported", report.text("en")
    # Records go in in file-name order: whichever comes first keeps number 5.
    assert report.counts() == {"new": 1, "updated": 0, "unchanged": 0, "refused": 2}
    for refused in (r for r in report.records if r.outcome == "refused"):
        assert refused.reason and "already belongs to another case" in refused.reason["en"]
        assert refused.reason["kk"] != refused.reason["ru"]

    before = dump_database(w.d)
    later = import_bundle(w.d, send(case(5, "5/2026", IINS[1])))
    assert later.status == "imported" and later.counts()["refused"] == 1
    after = dump_database(w.d)
    # Only the bundle's own log and audit rows are new: no case, no applicant.
    assert after["application"] == before["application"]
    assert after["applicant"] == before["applicant"]


def test_a_file_listed_twice_is_refused_when_building_too(world: World) -> None:
    """The sender refuses to make what the receiver would refuse."""
    w = world
    u = str(uuid_mod.uuid4())
    rec = base_case(u, AKIMAT, IINS[0])
    rec["files"].append(dict(rec["files"][0]))
    with pytest.raises(UserError) as e:
        build_bundle(
            w.a,
            kind="outgoing",
            recipient_code=DISTRICT,
            records=[rec],
            files=base_case_files(w.tmp / "docs", u, random.Random(1)),
            out_dir=w.usb,
        )
    assert e.value.code == "bad-bundle-input" and "twice" in e.value.en
    assert not (w.usb.exists() and list(w.usb.glob("*.qbl")))
