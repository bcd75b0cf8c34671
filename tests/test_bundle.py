"""Transfer bundles: a round trip between two office homes (an akimat and its district, each
with its own keys, each trusting the other's card), every tamper refused with its own
reason, interrupted exports, hostile zips, replays and key rotation."""

from __future__ import annotations

import base64
import gc
import hashlib
import io
import itertools
import json
import os
import re
import stat
import subprocess
import sys
import uuid as uuid_mod
import warnings
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import bagit
import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from app import bundle, keys, trust
from app.bundle import (
    CHECKS,
    RECORD_SCHEMA,
    BundleRefusedError,
    build_bundle,
    open_bundle,
    path_problem,
    validate_json,
    verify_bundle,
)
from app.context import AppContext
from app.errors import UserError
from app.office import init_office
from db.models import AuditEvent, BundleLog, Setting
from tests.bundle_fixtures import (
    AKIMAT,
    DISTRICT,
    ROOT,
    World,
    make_world,
    trust_each_other,
)
from tests.keyring_backend import ENV_FILE, ENV_KEY

IIN = "791028302728"


# The two offices and their keys live in tests/bundle_fixtures.py (tests/test_packets.py uses
# them too).
@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    yield from make_world(tmp_path)


def case_record(u: str, n: int = 1, **overrides: object) -> dict:
    record = {
        "record_type": "case",
        "schema_version": 1,
        "uuid": u,
        "office_code": AKIMAT,
        "application": {
            "incoming_number": f"{n}/2026",
            "year": 2026,
            "number": n,
            "service_code": "asp",
            "channel": "akim",
            "registered_at": "2026-02-10T10:00:00",
            "status": "act_done",
            "due_at": "2026-03-13T18:00:00",
            "accepted_by": "Сейітова Ә.Б.",
            "representative": None,
        },
        "applicant": {
            "iin": IIN,
            "surname": "Әбдіғалиев",
            "name": "Ерлан",
            "patronymic": "Серікұлы",
            "birth_date": "1979-10-28",
        },
        "checklist": [
            {
                "code": "income",
                "name_kk": "Табыс туралы мәліметтер",
                "name_ru": "Сведения о доходах",
                "required": True,
                "provided": True,
                "sheets": 2,
                "file": f"cases/{u}/scans/income.jpg",
            }
        ],
        "events": [{"at": "2026-02-10T10:00:00", "action": "registered", "by": "Сейітова Ә.Б."}],
        "act": {
            "visit_date": "2026-02-12",
            "outcome": "inspected",
            "livestock": {"cattle": 2, "horses": 0, "sheep_goats": 10, "camels": 0, "poultry": 5},
            "family": [
                {
                    "surname": "Әбдіғалиев",
                    "name": "Ерлан",
                    "relation": "applicant",
                    "iin": IIN,
                    "incomes": [{"kind": "wage", "monthly_amount": "85000.00"}],
                }
            ],
        },
        "conclusion": {
            "needs_assistance": True,
            "per_capita_income": "21250.00",
            "threshold_kind": "poverty_line",
            "threshold_amount": "29698.00",
        },
        "files": [
            {"path": f"cases/{u}/talon.pdf", "role": "talon", "sheets": 1},
            {"path": f"cases/{u}/scans/income.jpg", "role": "scan", "document_code": "income"},
        ],
    }
    record.update(overrides)
    return record


def case_files(tmp: Path, u: str, scan_bytes: int = 40_000) -> dict[str, Path]:
    folder = tmp / "docs" / u
    folder.mkdir(parents=True, exist_ok=True)
    talon = folder / "talon.pdf"
    talon.write_bytes(b"%PDF-1.4\n" + os.urandom(3000) + b"\n%%EOF\n")
    scan = folder / "income.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(scan_bytes))
    return {f"cases/{u}/talon.pdf": talon, f"cases/{u}/scans/income.jpg": scan}


def build(w: World, cases: int = 2, scan_bytes: int = 40_000, **kw: object) -> bundle.BuiltBundle:
    records, files = [], {}
    for i in range(cases):
        u = str(uuid_mod.uuid4())
        records.append(case_record(u, i + 1))
        files.update(case_files(w.tmp, u, scan_bytes))
    return build_bundle(
        w.a,
        kind="outgoing",
        recipient_code=DISTRICT,
        records=records,
        files=files,
        out_dir=w.usb,
        **kw,  # type: ignore[arg-type]
    )


def failed(report: bundle.VerifyReport) -> bundle.CheckResult:
    """The one failing check; every later one must be marked as not run."""
    bad = report.failed
    assert bad is not None, report.to_json()
    names = [c.name for c in report.checks]
    assert names == list(CHECKS)
    after = names[names.index(bad.name) + 1 :]
    assert all(report.check(n).status == "skipped" for n in after)
    assert all(report.check(n).ok for n in names[: names.index(bad.name)])
    assert bad.kk and bad.ru and bad.en
    return bad


# --- taking a bundle apart and putting it back together, like an attacker would ----------


def unpack(w: World, path: Path) -> list[tuple[str, bytes]]:
    plain = pyrage.decrypt(path.read_bytes(), keys.load_keys(w.d).identities)
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        return [(zi.filename, zf.read(zi)) for zi in zf.infolist()]


def pack(
    entries: list[tuple[str, bytes]],
    out: Path,
    recipients: list[str],
    *,
    links: tuple[str, ...] = (),
) -> Path:
    buf = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w") as zf:
        warnings.simplefilter("ignore")  # duplicate names are the point of some tests
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2026, 2, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            mode = stat.S_IFLNK | 0o777 if name in links else stat.S_IFREG | 0o644
            zi.external_attr = mode << 16
            zf.writestr(zi, data)
    sealed = pyrage.encrypt(
        buf.getvalue(), [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    )
    out.write_bytes(sealed)
    return out


def to_district(w: World) -> list[str]:
    return [keys.public_card(w.d)["age_recipient"]]


def replace(entries: list[tuple[str, bytes]], name: str, data: bytes) -> list[tuple[str, bytes]]:
    assert any(n == name for n, _ in entries), name
    return [(n, data if n == name else d) for n, d in entries]


def flip_byte(data: bytes, at: int | None = None) -> bytes:
    i = len(data) // 2 if at is None else at
    return data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1 :]


def set_info(entries: list[tuple[str, bytes]], **fields: str) -> list[tuple[str, bytes]]:
    info = dict(entries)["bag-info.txt"].decode()
    for key, value in fields.items():
        name = key.replace("_", "-")
        info = re.sub(rf"(?m)^{name}: .*$", f"{name}: {value}", info)
    return replace(entries, "bag-info.txt", info.encode())


def seal(
    entries: list[tuple[str, bytes]], office_code: str, private: Ed25519PrivateKey
) -> list[tuple[str, bytes]]:
    """Recompute manifests, counts, the tag manifest and the signature: a well-formed,
    properly signed bag around whatever `entries` hold."""
    data = [(n, d) for n, d in entries if n.startswith("data/") and not n.endswith("/")]
    manifest = "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in sorted(data))
    records = [n for n, _ in data if n.startswith("data/records/")]
    entries = set_info(
        entries,
        Payload_Oxum=f"{sum(len(d) for _, d in data)}.{len(data)}",
        Record_Count=str(len(records)),
        File_Count=str(len(data) - len(records)),
    )
    entries = replace(entries, "manifest-sha256.txt", manifest.encode())
    tags = dict(entries)
    tagmanifest = "".join(
        f"{hashlib.sha256(tags[n]).hexdigest()}  {n}\n"
        for n in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
    ).encode()
    entries = replace(entries, "tagmanifest-sha256.txt", tagmanifest)
    public = keys._public_signing(private)
    signature = (
        "Algorithm: Ed25519\nSigned-File: tagmanifest-sha256.txt\n"
        f"Signer-Office: {office_code}\nSigner-Public-Key: {public}\n"
        f"Signature: {base64.b64encode(private.sign(tagmanifest)).decode()}\n"
    )
    return replace(entries, "signature.ed25519", signature.encode())


def akimat_signer(w: World) -> Ed25519PrivateKey:
    return keys.load_keys(w.a).signing_private


def resealed(w: World, entries: list[tuple[str, bytes]], name: str = "x.qbl") -> Path:
    return pack(seal(entries, AKIMAT, akimat_signer(w)), w.tmp / name, to_district(w))


def snapshot(ctx: AppContext) -> tuple[int, int, int]:
    with ctx.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m))  # type: ignore[misc]
            for m in (BundleLog, AuditEvent, Setting)
        )


# --- the round trip ------------------------------------------------------------------------


def test_round_trip_only_the_district_can_open_and_nothing_changes_on_the_way(
    world: World,
) -> None:
    w = world
    calls: list[tuple[int, int]] = []
    built = build(w, progress=lambda done, total: calls.append((done, total)))
    assert built.path == w.usb / f"{AKIMAT}-{DISTRICT}-000001.qbl"
    assert built.archive_path == w.a.paths.archive / built.path.name
    assert built.path.read_bytes() == built.archive_path.read_bytes()
    assert sorted(p.name for p in w.usb.iterdir()) == [built.path.name]  # no .part left
    assert hashlib.sha256(built.path.read_bytes()).hexdigest() == built.sha256
    assert re.fullmatch(r"([0-9A-F]{4} ){15}[0-9A-F]{4}", built.fingerprint)
    assert (built.record_count, built.file_count, built.sequence) == (2, 4, 1)
    assert calls and calls[-1][0] == calls[-1][1]
    assert all(b[0] >= a[0] for a, b in itertools.pairwise(calls))
    with w.a.session() as s:
        log = s.scalars(select(BundleLog)).one()
        assert (log.direction, log.status, log.sequence, log.sha256) == (
            "sent",
            "exported",
            1,
            built.sha256,
        )
        assert not list((w.a.paths.root / "tmp").iterdir())  # no plaintext left behind

    # Personal data never travels in clear.
    raw = built.path.read_bytes()
    assert IIN.encode() not in raw and b"bagit" not in raw and b"%PDF" not in raw

    before = snapshot(w.d)
    report = verify_bundle(w.d, built.path)
    assert report.ok, report.to_json()
    assert [c.name for c in report.checks] == list(CHECKS)
    assert snapshot(w.d) == before  # verification writes nothing
    assert not list((w.d.paths.root / "tmp").iterdir())  # and leaves nothing on disk
    assert report.sha256 == built.sha256
    assert report.bundle is not None and report.bundle["sequence"] == 1
    assert report.bundle["source_office"] == AKIMAT
    as_json = report.to_json()
    assert set(as_json) == {
        "file",
        "ok",
        "mode",
        "failed_check",
        "sha256",
        "fingerprint",
        "size",
        "bundle",
        "checks",
    }
    assert set(as_json["checks"][0]) == {"name", "status", "reason", "details"}

    with open_bundle(w.d, built.path) as opened:
        records = opened.records
        assert {r["applicant"]["iin"] for r in records} == {IIN}
        assert len(opened.files) == 4
        for name, path in opened.files.items():
            u = name.split("/")[1]
            source = w.tmp / "docs" / u / ("talon.pdf" if name.endswith(".pdf") else "income.jpg")
            assert path.read_bytes() == source.read_bytes()
        work = next(iter(opened.files.values())).parents[3]
    assert not work.exists()  # the extracted personal data is gone after the import

    # The akim's office can reopen its own archive copy; nobody else can decrypt at all.
    assert verify_bundle(w.a, built.archive_path, mode="archive").ok
    stranger = pyrage.x25519.Identity.generate()
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(raw, [stranger])


def test_the_bag_inside_is_plain_bagit_for_other_systems(world: World, tmp_path: Path) -> None:
    """What docs/bundle-format.md promises a district integrating the format elsewhere:
    age-decrypt with its identity only, unzip, validate with any BagIt tool, check the
    Ed25519 signature over the tag manifest with the card's key."""
    built = build(world)
    district_identity = keys.load_keys(world.d).age_identity
    plain = pyrage.decrypt(built.path.read_bytes(), [district_identity])
    bag_dir = tmp_path / "unzipped"
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        zf.extractall(bag_dir)
    bag = bagit.Bag(str(bag_dir))
    assert bag.validate(processes=1)
    assert bag.algorithms == ["sha256"]
    info = bag.info
    assert info["Bundle-Kind"] == "outgoing" and info["Format-Version"] == "1"
    assert info["Sequence"] == "1" and info["Recipient-Office"] == DISTRICT
    assert info["Payload-Oxum"] == f"{built.payload_bytes}.6"
    fields = dict(
        line.split(": ", 1)
        for line in (bag_dir / "signature.ed25519").read_text().splitlines()
        if line
    )
    card = keys.public_card(world.a)
    assert fields["Signer-Public-Key"] == card["signing_public"]
    public = keys.signing_public_key(card["signing_public"])
    assert public is not None
    public.verify(
        base64.b64decode(fields["Signature"]), (bag_dir / "tagmanifest-sha256.txt").read_bytes()
    )
    for record in (bag_dir / "data" / "records").iterdir():
        assert validate_json(json.loads(record.read_text("utf-8"))) == []


def test_sequence_counts_per_recipient_and_a_return_bundle_goes_back(world: World) -> None:
    w = world
    first, second = build(w, cases=1), build(w, cases=1)
    assert (first.sequence, second.sequence) == (1, 2)
    assert second.path.name == f"{AKIMAT}-{DISTRICT}-000002.qbl"
    assert verify_bundle(w.d, first.path).ok and verify_bundle(w.d, second.path).ok

    # The district's answer: same format, other direction, its own sequence.
    u = str(uuid_mod.uuid4())
    pdf = w.tmp / "decision.pdf"
    pdf.write_bytes(b"%PDF-1.4 decision")
    decision = {
        "record_type": "decision",
        "schema_version": 1,
        "uuid": u,
        "office_code": AKIMAT,
        "incoming_number": "1/2026",
        "decision": {"outcome": "refused", "number": "Б-17", "decided_on": "2026-03-02"},
        "files": [{"path": f"decisions/{u}.pdf", "role": "decision"}],
    }
    ack = {
        "record_type": "acknowledgement",
        "schema_version": 1,
        "uuid": first.uuid,
        "source_office": AKIMAT,
        "sequence": 1,
        "received_at": "2026-03-01T09:30:00+05:00",
        "status": "imported",
        "records": [{"uuid": str(uuid_mod.uuid4()), "outcome": "new"}],
    }
    back = build_bundle(
        w.d,
        kind="return",
        recipient_code=AKIMAT,
        records=[decision, ack],
        files={f"decisions/{u}.pdf": pdf},
        out_dir=w.usb,
        info={"Acknowledges": first.uuid},
    )
    assert back.path.name == f"{DISTRICT}-{AKIMAT}-000001.qbl"
    report = verify_bundle(w.a, back.path)
    assert report.ok, report.to_json()
    assert report.bundle and report.bundle["extra"] == {"Acknowledges": first.uuid}
    with open_bundle(w.a, back.path) as opened:
        assert {r["record_type"] for r in opened.iter_records()} == {"decision", "acknowledgement"}
    # ... which the district itself cannot import: it is addressed to the akimat.
    assert failed(verify_bundle(w.d, back.archive_path)).name == "recipient"


def test_build_refuses_bad_input_before_writing_anything(world: World) -> None:
    w = world
    u = str(uuid_mod.uuid4())
    files = case_files(w.tmp, u)
    bad = case_record(u, applicant={"iin": "12345", "surname": "Ә", "name": "Е"})
    with pytest.raises(UserError) as exc:
        build_bundle(
            w.a, kind="outgoing", recipient_code=DISTRICT, records=[bad], files=files, out_dir=w.usb
        )
    assert exc.value.code == "bad-record" and "$.applicant.iin" in exc.value.en
    dangling = case_record(u)
    with pytest.raises(UserError) as exc:
        build_bundle(
            w.a,
            kind="outgoing",
            recipient_code=DISTRICT,
            records=[dangling],
            files={},
            out_dir=w.usb,
        )
    assert "not among the files" in exc.value.en
    with pytest.raises(UserError) as exc:
        build_bundle(
            w.a,
            kind="outgoing",
            recipient_code=DISTRICT,
            records=[case_record(u)],
            files={**files, "cases/CON.pdf": files[f"cases/{u}/talon.pdf"]},
            out_dir=w.usb,
        )
    assert "Windows device name" in exc.value.en
    with pytest.raises(UserError) as exc:
        build_bundle(
            w.a, kind="return", recipient_code=DISTRICT, records=[], files={}, out_dir=w.usb
        )
    assert exc.value.code == "wrong-kind-for-role"
    with pytest.raises(UserError) as exc:
        build_bundle(
            w.a, kind="outgoing", recipient_code="199999999", records=[], files={}, out_dir=w.usb
        )
    assert exc.value.code == "recipient-not-trusted"
    assert not w.usb.exists() or not list(w.usb.iterdir())
    with w.a.session() as s:
        assert s.scalar(select(func.count()).select_from(BundleLog)) == 0
        assert s.get(Setting, f"bundle_sequence:{DISTRICT}") is None


# --- an interrupted export -----------------------------------------------------------------


class PulledStick(Exception):
    pass


@pytest.mark.parametrize(
    "at", [0.5, 0.8, 1.0], ids=["while-zipping", "while-encrypting", "at-the-very-end"]
)
def test_interrupted_export_leaves_nothing_that_looks_whole(world: World, at: float) -> None:
    w = world
    seen_part: list[str] = []

    def progress(done: int, total: int) -> None:
        if done >= total * at:
            seen_part.extend(p.name for p in w.usb.iterdir())
            raise PulledStick()

    with pytest.raises(PulledStick):
        build(w, cases=2, scan_bytes=600_000, progress=progress)
    if at > 0.5:  # the encrypted file was being written under a temporary name
        assert seen_part and all(n.endswith(".part") for n in seen_part)
        assert not any(n.endswith(".qbl") for n in seen_part)
    assert list(w.usb.iterdir()) == []
    assert list(w.a.paths.archive.iterdir()) == []
    assert list((w.a.paths.root / "tmp").iterdir()) == []
    with w.a.session() as s:
        assert s.scalar(select(func.count()).select_from(BundleLog)) == 0
    # The number was given back: the district will not wait for a bundle that never was.
    again = build(w, cases=1)
    assert again.sequence == 1 and verify_bundle(w.d, again.path).ok


def test_an_opened_bundle_never_closed_is_still_cleaned_up(world: World) -> None:
    built = build(world, cases=1)
    opened = open_bundle(world.d, built.path)
    work = next(iter(opened.files.values())).parents[3]
    assert work.is_dir()
    del opened
    gc.collect()
    assert not work.exists()


def test_a_truncated_copy_is_refused(world: World) -> None:
    built = build(world)
    raw = built.path.read_bytes()
    cut = world.tmp / "cut.qbl"
    cut.write_bytes(raw[: len(raw) - 200])
    bad = failed(verify_bundle(world.d, cut))
    assert bad.name == "decrypts" and "incomplete" in bad.en and "прервано" in bad.ru
    cut.write_bytes(raw[:10])
    assert failed(verify_bundle(world.d, cut)).name == "readable"
    (world.tmp / "empty.qbl").write_bytes(b"")
    assert failed(verify_bundle(world.d, world.tmp / "empty.qbl")).name == "readable"
    assert failed(verify_bundle(world.d, world.tmp / "missing.qbl")).name == "readable"


# --- tampering, each refused with its own reason --------------------------------------------


def test_untouched_repack_still_verifies(world: World) -> None:
    """The tamper tests below repack by hand; this proves the repacking alone is harmless."""
    built = build(world)
    entries = unpack(world, built.path)
    assert verify_bundle(world.d, pack(entries, world.tmp / "same.qbl", to_district(world))).ok
    assert verify_bundle(world.d, resealed(world, entries)).ok


def _record_name(entries: list[tuple[str, bytes]]) -> str:
    return next(n for n, _ in entries if n.startswith("data/records/"))


def _pdf_name(entries: list[tuple[str, bytes]]) -> str:
    return next(n for n, _ in entries if n.endswith("talon.pdf"))


def test_one_changed_byte_in_a_record(world: World) -> None:
    entries = unpack(world, build(world).path)
    name = _record_name(entries)
    data = dict(entries)[name]
    tampered = data.replace(IIN.encode(), b"791028302729", 1)
    assert tampered != data
    out = pack(replace(entries, name, tampered), world.tmp / "t.qbl", to_district(world))
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "payload_manifest"
    assert bad.details["changed"] == [name] and name in bad.en and name in bad.ru


def test_one_changed_byte_in_a_pdf(world: World) -> None:
    entries = unpack(world, build(world).path)
    name = _pdf_name(entries)
    out = pack(
        replace(entries, name, flip_byte(dict(entries)[name])),
        world.tmp / "t.qbl",
        to_district(world),
    )
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "payload_manifest" and bad.details["changed"] == [name]
    assert "talon.pdf" in bad.kk


def test_one_changed_byte_in_the_manifest(world: World) -> None:
    entries = unpack(world, build(world).path)
    manifest = dict(entries)["manifest-sha256.txt"]
    out = pack(
        replace(entries, "manifest-sha256.txt", flip_byte(manifest, 3)),
        world.tmp / "t.qbl",
        to_district(world),
    )
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "tag_manifest" and bad.details["changed"] == ["manifest-sha256.txt"]


def test_a_changed_bag_info_field(world: World) -> None:
    entries = unpack(world, build(world).path)
    out = pack(set_info(entries, Sequence="7"), world.tmp / "t.qbl", to_district(world))
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "tag_manifest" and bad.details["changed"] == ["bag-info.txt"]


def test_one_changed_byte_in_the_signature(world: World) -> None:
    entries = unpack(world, build(world).path)
    sig = dict(entries)["signature.ed25519"].decode()
    value = re.search(r"Signature: (\S+)", sig).group(1)  # type: ignore[union-attr]
    raw = base64.b64decode(value)
    forged = base64.b64encode(flip_byte(raw, 10)).decode()
    out = pack(
        replace(entries, "signature.ed25519", sig.replace(value, forged).encode()),
        world.tmp / "t.qbl",
        to_district(world),
    )
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "signature" and "изменён после подписания" in bad.ru


def test_a_file_added(world: World) -> None:
    entries = unpack(world, build(world).path)
    extra = _pdf_name(entries).replace("talon.pdf", "extra.pdf")
    out = pack([*entries, (extra, b"%PDF-1.4 slipped in")], world.tmp / "t.qbl", to_district(world))
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "payload_manifest" and bad.details["added"] == [extra]
    assert "extra.pdf" in bad.en


def test_a_file_removed(world: World) -> None:
    entries = unpack(world, build(world).path)
    gone = _pdf_name(entries)
    out = pack([e for e in entries if e[0] != gone], world.tmp / "t.qbl", to_district(world))
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "payload_manifest" and bad.details["missing"] == [gone]


def test_signed_by_an_untrusted_key(world: World) -> None:
    entries = unpack(world, build(world).path)
    stranger = Ed25519PrivateKey.generate()
    out = pack(seal(entries, AKIMAT, stranger), world.tmp / "t.qbl", to_district(world))
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "signer_trusted" and bad.details["code"] == "signer-untrusted"
    assert "trust add" in bad.en


def test_signed_by_the_district_but_claiming_the_akimat(world: World) -> None:
    entries = unpack(world, build(world).path)
    district_key = keys.load_keys(world.d).signing_private
    out = pack(seal(entries, AKIMAT, district_key), world.tmp / "t.qbl", to_district(world))
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "signer_trusted" and bad.details["code"] == "signer-other-office"


def test_encrypted_to_someone_else(world: World, tmp_path: Path) -> None:
    w = world
    other = AppContext(tmp_path / "other-district")
    init_office(other, role="district", code="196500000", name_kk="Басқа", name_ru="Другой")
    keys.init_keys(other)
    trust_each_other(w.a, other, tmp_path)
    u = str(uuid_mod.uuid4())
    built = build_bundle(
        w.a,
        kind="outgoing",
        recipient_code="196500000",
        records=[case_record(u)],
        files=case_files(w.tmp, u),
        out_dir=w.usb,
    )
    assert verify_bundle(other, built.path).ok
    bad = failed(verify_bundle(w.d, built.path))
    assert bad.name == "decrypts" and "someone else" in bad.en and "другого получателя" in bad.ru
    other.close()


def test_a_revoked_key(world: World) -> None:
    built = build(world)
    trust.revoke(world.d, keys.public_card(world.a)["fingerprint"])
    bad = failed(verify_bundle(world.d, built.path))
    assert bad.name == "signer_trusted" and bad.details["code"] == "signer-revoked"


def test_a_replayed_bundle_and_a_reused_number(world: World) -> None:
    w = world
    built = build(w)
    assert verify_bundle(w.d, built.path).ok
    imported_at = datetime(2026, 3, 1, 10, 15)
    with w.d.session() as s:  # what the importer (another issue) writes
        s.add(
            BundleLog(
                direction="received",
                kind="outgoing",
                bundle_uuid=built.uuid,
                source_office_code=AKIMAT,
                recipient_office_code=DISTRICT,
                sequence=1,
                created_at=built.created,
                processed_at=imported_at,
                status="imported",
            )
        )
    bad = failed(verify_bundle(w.d, built.path))
    assert bad.name == "sequence"
    assert "already imported on 2026-03-01 10:15" in bad.en and "01.03.2026" in bad.ru

    with w.d.session() as s:
        row = s.scalars(select(BundleLog).where(BundleLog.direction == "received")).one()
        row.bundle_uuid = str(uuid_mod.uuid4())  # another bundle already used number 1
    bad = failed(verify_bundle(w.d, built.path))
    assert bad.name == "sequence" and "different bundle" in bad.en

    with w.d.session() as s:  # a refused attempt is not an import: trying again is fine
        s.scalars(
            select(BundleLog).where(BundleLog.direction == "received")
        ).one().status = "refused"
    assert verify_bundle(w.d, built.path).ok


def test_records_must_match_the_schema(world: World) -> None:
    entries = unpack(world, build(world).path)
    name = _record_name(entries)
    record = json.loads(dict(entries)[name])
    record["applicant"]["iin"] = "7910283027"
    out = resealed(world, replace(entries, name, json.dumps(record).encode()))
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "records_schema"
    assert bad.details["file"] == name.removeprefix("data/")
    assert "$.applicant.iin" in bad.en

    record = json.loads(dict(entries)[name])
    record["files"].append({"path": "cases/nowhere.pdf", "role": "scan"})
    out = resealed(world, replace(entries, name, json.dumps(record).encode()))
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "records_schema" and "cases/nowhere.pdf" in bad.en

    dup = dict(entries)[name].replace(b'"schema_version": 1', b'"schema_version": 1, "uuid": "x"')
    out = resealed(world, replace(entries, name, dup))
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "records_schema" and "duplicate key" in bad.en


def test_a_newer_format_version_is_refused_clearly(world: World) -> None:
    entries = unpack(world, build(world).path)
    out = resealed(world, set_info(entries, Format_Version="2"))
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "bag_structure" and "Обновите программу" in bad.ru


def test_a_bundle_for_another_office_or_of_the_wrong_kind(world: World, tmp_path: Path) -> None:
    w = world
    # A second akimat that (wrongly) trusts the first and receives an "outgoing" bundle.
    b = AppContext(tmp_path / "akimat-b")
    init_office(b, role="akimat", code="196436200", name_kk="Б", name_ru="Б")
    keys.init_keys(b)
    trust_each_other(w.a, b, tmp_path)
    entries = unpack(w, build(w).path)
    to_b = [keys.public_card(b)["age_recipient"]]
    addressed = pack(seal(entries, AKIMAT, akimat_signer(w)), tmp_path / "b1.qbl", to_b)
    assert failed(verify_bundle(b, addressed)).name == "recipient"
    readdressed = pack(
        seal(set_info(entries, Recipient_Office="196436200"), AKIMAT, akimat_signer(w)),
        tmp_path / "b2.qbl",
        to_b,
    )
    bad = failed(verify_bundle(b, readdressed))
    assert bad.name == "kind_role" and "district" in bad.en
    b.close()


# --- hostile zips, properly signed and encrypted so that the zip check is what refuses -----


def _with_entry(
    world: World, name: str, data: bytes = b"x", **kw: object
) -> tuple[Path, list[tuple[str, bytes]]]:
    entries = unpack(world, build(world, cases=1).path)
    sealed = seal([*entries, (name, data)], AKIMAT, akimat_signer(world))
    return pack(sealed, world.tmp / "evil.qbl", to_district(world), **kw), sealed  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("../evil.txt", "'..'"),
        ("data/../../evil.txt", "'..'"),
        ("/etc/evil.txt", "absolute"),
        ("C:/Windows/evil.txt", "absolute"),
        ("data\\..\\evil.txt", "backslash"),
        ("data/cases/CON.pdf", "Windows device name"),
        ("data/cases/nul", "Windows device name"),
        ("data/cases/COM1.txt", "Windows device name"),
        ("data/cases/lpt9", "Windows device name"),
        ("data/cases/a:stream.pdf", "forbidden character"),
        ("data/cases/trailing. ", "ends with a space or a dot"),
    ],
)
def test_unsafe_zip_entries_are_refused_before_extraction(
    world: World, name: str, problem: str
) -> None:
    out, _ = _with_entry(world, name)
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "zip_safe" and problem in bad.en, bad.en
    assert not (world.d.paths.root.parent / "evil.txt").exists()
    assert not list((world.d.paths.root / "tmp").iterdir())


def test_duplicate_entries_are_refused(world: World) -> None:
    entries = unpack(world, build(world, cases=1).path)
    pdf = _pdf_name(entries)
    sealed = seal(entries, AKIMAT, akimat_signer(world))
    out = pack([*sealed, (pdf, b"%PDF-1.4 second copy")], world.tmp / "dup.qbl", to_district(world))
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "zip_safe" and "duplicate" in bad.en
    out = pack(
        [*sealed, (pdf.replace("talon.pdf", "TALON.PDF"), b"x")],
        world.tmp / "case.qbl",
        to_district(world),
    )
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "zip_safe" and "duplicate" in bad.en


def test_a_symlink_entry_is_refused(world: World) -> None:
    out, _ = _with_entry(
        world, "data/cases/link.pdf", b"/etc/passwd", links=("data/cases/link.pdf",)
    )
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "zip_safe" and "symbolic link" in bad.en


def test_a_zip_bomb_is_refused_before_extraction(world: World) -> None:
    out, _ = _with_entry(world, "data/cases/scan.tif", bytes(40 * 1024 * 1024))
    assert out.stat().st_size < 1024 * 1024
    bad = failed(verify_bundle(world.d, out))
    assert bad.name == "zip_safe" and "zip bomb" in bad.en and "ZIP-бомба" in bad.ru
    assert "Nothing was extracted" in bad.en


def test_entry_count_and_total_size_are_bounded(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = build(world, cases=2)
    monkeypatch.setattr(bundle, "MAX_ENTRIES", 5)
    bad = failed(verify_bundle(world.d, built.path))
    assert bad.name == "zip_safe" and "entries (limit 5)" in bad.en
    monkeypatch.setattr(bundle, "MAX_ENTRIES", 50_000)
    monkeypatch.setattr(bundle, "MAX_TOTAL_BYTES", 10_000)
    bad = failed(verify_bundle(world.d, built.path))
    assert bad.name == "zip_safe" and "limit 10000" in bad.en


# --- key rotation --------------------------------------------------------------------------


def test_rotated_keys_still_verify_old_bundles_but_sign_no_new_ones(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = world
    old_bundle = build(w)
    old_signer = keys.load_keys(w.a).signing_private
    keys.init_keys(w.a, rotate=True)
    card = keys.public_card(w.a)
    (w.tmp / "new.card.json").write_text(json.dumps(card), encoding="utf-8")
    # The district learns of the new card the next day.
    next_day = datetime.now().replace(microsecond=0) + timedelta(days=1)
    monkeypatch.setattr(trust, "now_local", lambda: next_day)
    assert trust.import_card(w.d, w.tmp / "new.card.json", card["fingerprint"]).status == "rotated"
    assert verify_bundle(w.d, old_bundle.path).ok
    assert verify_bundle(w.d, build(w).path).ok  # signed with the new key

    # Something "created" after the replacement but signed with the old key is refused.
    later = (next_day + timedelta(hours=1)).astimezone().isoformat()
    entries = set_info(unpack(w, old_bundle.path), Created=later)
    forged = pack(seal(entries, AKIMAT, old_signer), w.tmp / "late.qbl", to_district(w))
    bad = failed(verify_bundle(w.d, forged))
    assert bad.name == "signer_trusted" and bad.details["code"] == "signer-replaced"

    # The district rotates too: bundles encrypted to its old key still open there.
    keys.init_keys(w.d, rotate=True)
    assert verify_bundle(w.d, old_bundle.path).ok


# --- the CLI -------------------------------------------------------------------------------


def test_cli_bundle_verify_exit_codes(world: World) -> None:
    w = world
    built = build(w)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QABYLDAU_LANG": "ru",
        "PYTHON_KEYRING_BACKEND": "tests.keyring_backend.TestKeyring",
        ENV_FILE: str(w.keyring_file),
        ENV_KEY: w.keyring_key,
    }

    def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app", "--home", str(home), "bundle", "verify", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
        )

    r = run(w.d.paths.root, str(built.path), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["ok"] is True and data["sha256"] == built.sha256
    assert [c["name"] for c in data["checks"]] == list(CHECKS)

    entries = unpack(w, built.path)
    pdf = _pdf_name(entries)
    bad = pack(
        replace(entries, pdf, flip_byte(dict(entries)[pdf])), w.tmp / "bad.qbl", to_district(w)
    )
    r = run(w.d.paths.root, str(bad))
    assert r.returncode == 1
    assert "FAIL payload_manifest" in r.stdout and "talon.pdf" in r.stderr
    assert "Traceback" not in r.stderr
    r = run(w.d.paths.root, str(bad), "--json")
    assert r.returncode == 1 and json.loads(r.stdout)["failed_check"] == "payload_manifest"

    r = run(w.a.paths.root, str(built.archive_path), "--archive")
    assert r.returncode == 0, r.stdout + r.stderr

    # An office without keys cannot verify anything: a user error, not a verdict.
    fresh = w.tmp / "fresh"
    ctx = AppContext(fresh)
    init_office(ctx, role="district", code="196600000", name_kk="Ж", name_ru="Н")
    ctx.close()
    r = run(fresh, str(built.path))
    assert r.returncode == 2 and "Ключи офиса ещё не созданы" in r.stderr


# --- pieces --------------------------------------------------------------------------------


def test_the_published_schema_is_the_one_the_code_uses() -> None:
    published = json.loads((ROOT / "docs/schemas/case-record.schema.json").read_text("utf-8"))
    assert published == RECORD_SCHEMA


def test_open_bundle_refuses_with_the_report(world: World) -> None:
    entries = unpack(world, build(world).path)
    gone = _pdf_name(entries)
    out = pack([e for e in entries if e[0] != gone], world.tmp / "t.qbl", to_district(world))
    with pytest.raises(BundleRefusedError) as exc:
        open_bundle(world.d, out)
    assert exc.value.code == "bundle-payload_manifest" and gone in exc.value.en
    assert exc.value.report.failed is not None
    assert not list((world.d.paths.root / "tmp").iterdir())


@pytest.mark.parametrize(
    ("instance", "error"),
    [
        ({"record_type": "case"}, "missing 'schema_version'"),
        ({"record_type": "nope", "schema_version": 1, "uuid": "x"}, "is not one of"),
        (
            {"record_type": "decision", "schema_version": True, "uuid": str(uuid_mod.uuid4())},
            "$.schema_version: must be 1",
        ),
        (
            {
                **case_record(str(uuid_mod.uuid4())),
                "applicant": {"iin": IIN, "surname": "А", "name": "Б", "birth_date": "1979-02-30"},
            },
            "not a valid date",
        ),
        ({**case_record(str(uuid_mod.uuid4())), "secret": 1}, "unexpected field 'secret'"),
        (
            case_record(str(uuid_mod.uuid4()), conclusion={"needs_assistance": "yes"}),
            "expected boolean",
        ),
    ],
)
def test_schema_validator(instance: dict, error: str) -> None:
    errors = validate_json(instance)
    assert any(error in e for e in errors), errors


def test_schema_validator_accepts_the_examples_and_knows_its_limits() -> None:
    assert validate_json(case_record(str(uuid_mod.uuid4()))) == []
    with pytest.raises(bundle.SchemaError):
        validate_json({}, {"type": "object", "patternProperties": {}})


@pytest.mark.parametrize(
    "name",
    ["data/records/x.json", "data/cases/Әбдіғалиев/анықтама.pdf", "data/con-tract.pdf"],
)
def test_ordinary_names_are_safe(name: str) -> None:
    assert path_problem(name) is None


@pytest.mark.parametrize(
    "name",
    ["", "a//b", "./a", "a/./b", "AUX.tar.gz", "a/CONOUT$", "a\x00b", "a|b", "a/%2e%2e", "x" * 300],
)
def test_unsafe_names(name: str) -> None:
    assert path_problem(name) is not None
