"""Hostile transfer bundles for tests/test_fuzz_bundles.py, made from one good bundle.

A `Maker` takes a bundle built by the real `app.bundle.build_bundle`, decrypts it once and
then makes seeded-random variants of it, the way an attacker (or a damaged USB stick) would:
flipped bytes and truncation of the encrypted file; well-formed encryption and, where the
check under test comes after the signature, a real signature by a real office key around a
zip with unsafe names, a zip bomb, duplicate entries, huge or wrongly typed JSON, a wrong
schema version, missing files, manifests that disagree, a replayed sequence number, a
revoked or untrusted signer, another recipient, the wrong kind for the role.

Every variant carries the checks (`app.bundle.CHECKS`) allowed to refuse it: a variant that
gets further than its flaw, or is refused for another reason, fails the test.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import random
import re
import stat
import struct
import uuid as uuid_mod
import warnings
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.bundle import RECORD_SCHEMA
from app.keys import OfficeKeys, _public_signing

Entries = list[tuple[str, bytes]]
TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")


# --- the small base case the variants start from -----------------------------------------------


def base_case(u: str, office_code: str, iin: str, n: int = 1) -> dict[str, Any]:
    """A case record touching most of the schema (so wrong types can land anywhere)."""
    return {
        "record_type": "case",
        "schema_version": 1,
        "uuid": u,
        "office_code": office_code,
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
            "notes": "Өтініш / Заявление",
            "representative": {"name": "Әбдіғалиева Гүлнұр", "iin": None},
        },
        "applicant": {
            "iin": iin,
            "surname": "Әбдіғалиев",
            "name": "Ерлан",
            "patronymic": "Серікұлы",
            "birth_date": "1979-10-28",
            "address": "Қосшы а., Абай к-сі, 5",
            "phone": "+7 701 555 1234",
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
        "steps": [
            {
                "code": "register",
                "name_kk": "Тіркеу",
                "name_ru": "Регистрация",
                "actor": "akimat",
                "limit_amount": 1,
                "limit_unit": "working_days",
                "excluded_from_term": False,
                "started_at": "2026-02-10T10:00:00",
                "due_at": "2026-02-11T10:00:00",
                "done_at": "2026-02-10T10:00:00",
            }
        ],
        "events": [{"at": "2026-02-10T10:00:00", "action": "registered", "by": "Сейітова Ә.Б."}],
        "act": {
            "visit_date": "2026-02-12",
            "place": "Қосшы а.",
            "outcome": "inspected",
            "commission": {
                "decision_number": "12",
                "decision_date": "2026-01-10",
                "members": [{"full_name": "Ахметов А.Б.", "role": "chair", "present": True}],
            },
            "dwelling": {"type": "жеке үй", "rooms": 3, "area": "54.50"},
            "livestock": {"cattle": 2, "horses": 0, "sheep_goats": 10, "camels": 0, "poultry": 5},
            "family": [
                {
                    "surname": "Әбдіғалиев",
                    "name": "Ерлан",
                    "relation": "applicant",
                    "iin": iin,
                    "incomes": [{"kind": "wage", "monthly_amount": "85000.00"}],
                }
            ],
        },
        "conclusion": {
            "needs_assistance": True,
            "members_count": 1,
            "per_capita_income": "21250.00",
            "threshold_kind": "poverty_line",
            "threshold_amount": "29698.00",
        },
        "files": [
            {"path": f"cases/{u}/talon.pdf", "role": "talon", "sheets": 1},
            {"path": f"cases/{u}/scans/income.jpg", "role": "scan", "document_code": "income"},
        ],
    }


def base_case_files(folder: Path, u: str, rng: random.Random) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    talon = folder / f"{u}-talon.pdf"
    talon.write_bytes(b"%PDF-1.4\n" + rng.randbytes(2000) + b"\n%%EOF\n")
    scan = folder / f"{u}-income.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0" + rng.randbytes(6000))
    return {f"cases/{u}/talon.pdf": talon, f"cases/{u}/scans/income.jpg": scan}


def base_return(
    office_code: str, bundle_uuid: str, case_uuid: str
) -> tuple[list[dict[str, Any]], str]:
    """An acknowledgement and a decision (with its PDF's payload path) for a return bundle."""
    ack = {
        "record_type": "acknowledgement",
        "schema_version": 1,
        "uuid": bundle_uuid,
        "source_office": office_code,
        "sequence": 1,
        "received_at": "2026-02-15T09:30:00",
        "status": "imported",
        "reason": None,
        "records": [{"uuid": case_uuid, "outcome": "new", "reason": None}],
    }
    pdf = f"decisions/{case_uuid}/decision.pdf"
    decision = {
        "record_type": "decision",
        "schema_version": 1,
        "uuid": case_uuid,
        "office_code": office_code,
        "incoming_number": "1/2026",
        "decision": {
            "outcome": "assigned",
            "number": "Ш-17",
            "decided_on": "2026-02-20",
            "signer": "Төлегенов Д.",
            "amount": "12500.00",
            "period_from": "2026-01-01",
            "period_to": "2026-03-31",
        },
        "files": [{"path": pdf, "role": "decision"}],
    }
    return [ack, decision], pdf


# --- taking a bundle apart and putting it back together -------------------------------------------


def encrypt(plain: bytes, recipients: Sequence[str]) -> bytes:
    return pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(r) for r in recipients])


def unzip(plain: bytes) -> Entries:
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        return [(zi.filename, zf.read(zi)) for zi in zf.infolist()]


def zip_entries(entries: Entries, *, links: tuple[str, ...] = ()) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w") as zf:
        warnings.simplefilter("ignore")  # duplicate names are the point of some variants
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2026, 2, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            mode = stat.S_IFLNK | 0o777 if name in links else stat.S_IFREG | 0o644
            zi.external_attr = mode << 16
            zf.writestr(zi, data)
    return buf.getvalue()


def lie_about_size(zipped: bytes, name: str, size: int) -> bytes:
    """Claim `size` uncompressed bytes for `name` in both its headers (a bomb in disguise)."""
    data = bytearray(zipped)
    with zipfile.ZipFile(io.BytesIO(zipped)) as zf:
        local = zf.getinfo(name).header_offset
        start = zf.start_dir  # type: ignore[attr-defined]
    assert data[local : local + 4] == b"PK\x03\x04"
    struct.pack_into("<I", data, local + 22, size)
    at = start
    while data[at : at + 4] == b"PK\x01\x02":
        n, m, k = struct.unpack_from("<HHH", data, at + 28)
        if data[at + 46 : at + 46 + n].decode("utf-8", "replace") == name:
            struct.pack_into("<I", data, at + 24, size)
        at += 46 + n + m + k
    return bytes(data)


def replace(entries: Entries, name: str, data: bytes) -> Entries:
    assert any(n == name for n, _ in entries), name
    return [(n, data if n == name else d) for n, d in entries]


def info_fields(entries: Entries) -> dict[str, str]:
    text = dict(entries)["bag-info.txt"].decode("utf-8")
    return dict(line.split(": ", 1) for line in text.splitlines() if ": " in line)


def set_info(entries: Entries, **fields: str | None) -> Entries:
    """Change, add or (with None) remove bag-info.txt fields (`Record_Count=` for
    Record-Count)."""
    info = dict(entries)["bag-info.txt"].decode("utf-8")
    for key, value in fields.items():
        name = key.replace("_", "-")
        pattern = rf"(?m)^{re.escape(name)}: .*\n?"
        if value is None:
            info = re.sub(pattern, "", info)
        elif re.search(pattern, info):
            info = re.sub(pattern, lambda _m, v=value, n=name: f"{n}: {v}\n", info)
        else:
            info += f"{name}: {value}\n"
    return replace(entries, "bag-info.txt", info.encode("utf-8"))


@dataclass(frozen=True)
class Signer:
    """Whoever signs a variant: an office's real key, or a key nobody trusts."""

    office_code: str
    public: str
    sign: Callable[[bytes], bytes]

    @classmethod
    def of(cls, keys: OfficeKeys, office_code: str | None = None) -> Signer:
        return cls(office_code or keys.office_code, keys.signing_public, keys.sign)

    @classmethod
    def stranger(cls, office_code: str, seed: int) -> Signer:
        private = Ed25519PrivateKey.from_private_bytes(random.Random(seed).randbytes(32))
        return cls(office_code, _public_signing(private), private.sign)


def sign_tags(entries: Entries, signer: Signer) -> Entries:
    """A new tag manifest over the tag files as they are, and a real signature over it."""
    tags = dict(entries)
    tagmanifest = "".join(
        f"{hashlib.sha256(tags[n]).hexdigest()}  {n}\n" for n in TAG_FILES
    ).encode()
    return _resign_as_is(replace(entries, "tagmanifest-sha256.txt", tagmanifest), signer)


def seal(entries: Entries, signer: Signer) -> Entries:
    """Manifests, counts, tag manifest and signature recomputed: a well-formed, properly
    signed bag around whatever the payload entries hold."""
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
    return sign_tags(entries, signer)


def records_of(entries: Entries) -> list[str]:
    return sorted(n for n, _ in entries if n.startswith("data/records/"))


def record(entries: Entries, name: str) -> dict[str, Any]:
    return json.loads(dict(entries)[name])


def put_record(entries: Entries, name: str, rec: Any) -> Entries:
    return replace(entries, name, json.dumps(rec, ensure_ascii=False, indent=2).encode("utf-8"))


def seeded_uuid(rng: random.Random) -> str:
    return str(uuid_mod.UUID(int=rng.getrandbits(128), version=4))


def leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every (path, value) below the root of a JSON document."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield (*path, k), v
            yield from leaves(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield (*path, i), v
            yield from leaves(v, (*path, i))


def set_at(doc: Any, path: tuple[Any, ...], value: Any) -> None:
    for part in path[:-1]:
        doc = doc[part]
    doc[path[-1]] = value


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


# Values of each JSON type, none of which the schema accepts where another type is expected
# (1.5, not 1.0: JSON Schema counts 1.0 as an integer).
WRONG_VALUES: dict[str, list[Any]] = {
    "string": ["x", "", "2026-02-10", "1"],
    "integer": [7, -1, 0],
    "number": [1.5, -0.25],
    "boolean": [True, False],
    "array": [[], [1, 2], [{}]],
    "object": [{}, {"x": 1}],
}

LETTERS = (
    "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯаәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяabcxyz "
)


def huge_text(rng: random.Random, low: int, high: int) -> str:
    n = rng.randint(low, high)
    # A short random block repeated: long enough to break every maxLength, cheap to make.
    block = "".join(rng.choice(LETTERS) for _ in range(997))
    return (block * (n // len(block) + 1))[:n]


# --- the variants ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bad:
    family: str
    label: str
    path: Path
    expect: frozenset[str]  # checks that may refuse it
    code: str | None = None  # the refusal's details["code"], when it has one
    text: str | None = None  # a phrase the English reason must contain


@dataclass
class Maker:
    """Seeded hostile variants of one good bundle, written to `folder`."""

    folder: Path
    raw: bytes  # the good bundle, encrypted
    identities: list[pyrage.x25519.Identity]  # to take it apart
    recipient: str  # the receiving office's age recipient
    signer: Signer  # the real sender's key
    prefix: str = "x"
    imported_sequence: int | None = None  # a sequence number already imported by the receiver
    made: list[Bad] = field(default_factory=list)
    turns: dict[str, int] = field(default_factory=dict)

    def _turn(self, family: str) -> int:
        """How many variants of a family came before: walks a list of cases in order."""
        self.turns[family] = self.turns.get(family, 0) + 1
        return self.turns[family] - 1

    def __post_init__(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.entries = unzip(pyrage.decrypt(self.raw, self.identities))
        self.info = info_fields(self.entries)

    # -- writing ------------------------------------------------------------------------------

    def _write(self, family: str, label: str, data: bytes, expect: Sequence[str], **kw: Any) -> Bad:
        path = self.folder / f"{self.prefix}-{len(self.made):04d}-{family}.qbl"
        path.write_bytes(data)
        bad = Bad(family, label, path, frozenset(expect), **kw)
        self.made.append(bad)
        return bad

    def _sealed(
        self,
        family: str,
        label: str,
        entries: Entries,
        expect: Sequence[str],
        *,
        signer: Signer | None = None,
        recipients: Sequence[str] | None = None,
        links: tuple[str, ...] = (),
        **kw: Any,
    ) -> Bad:
        sealed = seal(entries, signer or self.signer)
        plain = zip_entries(sealed, links=links)
        return self._write(
            family, label, encrypt(plain, recipients or [self.recipient]), expect, **kw
        )

    def _zipped(
        self, family: str, label: str, entries: Entries, expect: Sequence[str], **kw: Any
    ) -> Bad:
        """Encrypted as it is: no manifest or signature recomputed."""
        return self._write(
            family, label, encrypt(zip_entries(entries), [self.recipient]), expect, **kw
        )

    def control(self) -> Path:
        """The base entries resealed untouched: must verify, or the variants prove nothing."""
        path = self.folder / f"{self.prefix}-control.qbl"
        path.write_bytes(encrypt(zip_entries(seal(self.entries, self.signer)), [self.recipient]))
        return path

    # -- damage to the encrypted file ---------------------------------------------------------

    def flipped(self, rng: random.Random) -> Bad:
        data = bytearray(self.raw)
        spots = sorted(rng.randrange(len(data)) for _ in range(rng.randint(1, 8)))
        for i in spots:
            data[i] ^= rng.randint(1, 255)
        return self._write("byte-flip", f"flips at {spots}", bytes(data), ("readable", "decrypts"))

    def truncated(self, rng: random.Random) -> Bad:
        how = rng.random()
        if how < 0.8:
            cut = rng.randrange(len(self.raw))
            data, label = self.raw[:cut], f"cut at {cut}"
        elif how < 0.9:
            extra = rng.randbytes(rng.randint(1, 300))
            data, label = self.raw + extra, f"{len(extra)} bytes appended"
        else:
            cut = rng.randrange(len(self.raw) // 2, len(self.raw))
            data, label = self.raw[:cut] + self.raw[cut + 1 :], f"byte {cut} dropped"
        return self._write("truncation", label, data, ("readable", "decrypts"))

    def wrong_recipient(self, rng: random.Random) -> Bad:
        other = pyrage.x25519.Identity.generate()  # age keys cannot be seeded; any will do
        plain = zip_entries(seal(self.entries, self.signer))
        return self._write(
            "another-office",
            "encrypted to another office's key",
            encrypt(plain, [str(other.to_public())]),
            ("decrypts",),
            text="someone else",
        )

    # -- hostile zips -------------------------------------------------------------------------

    UNSAFE = (
        "../x",
        "/etc/passwd",
        "C:\\x",
        "NUL",
        "con.txt",
        "a/../../b",
        "data/../../b",
        "data/cases/aux.pdf",
        "data/cases/COM1.jpg",
        "data/cases/lpt3",
        "C:/Windows/x",
        "\\\\server\\share\\x",
        "data\\..\\x",
        "data/cases/x:stream.pdf",
        "data/cases/trailing. ",
        "data//x.pdf",
        "./data/x.pdf",
        "data/./x.pdf",
        "data/records/../../x",
        "data/cases/a<b>.pdf",
        "data/cases/e\u0301.pdf",  # not NFC
        "data/" + "x" * 250,
    )
    _DEVICE = re.compile(r"(?i)(nul|con|aux|com1|lpt3)")

    def unsafe_name(self, rng: random.Random) -> Bad:
        name = self.UNSAFE[self._turn("unsafe_name") % len(self.UNSAFE)]
        # Device names in any letter case are still device names.
        name = self._DEVICE.sub(
            lambda m: "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in m.group(0)),
            name,
        )
        entries = [*self.entries]
        at = rng.randrange(len(entries) + 1)
        entries.insert(at, (name, rng.randbytes(rng.randint(0, 200))))
        if rng.random() < 0.5:  # also listed in the payload manifest and signed
            return self._sealed("zip-path", f"{name!r} at {at}, sealed", entries, ("zip_safe",))
        sealed = seal(self.entries, self.signer)
        sealed.insert(at, (name, b"evil"))
        return self._write(
            "zip-path",
            f"{name!r} at {at}",
            encrypt(zip_entries(sealed), [self.recipient]),
            ("zip_safe",),
        )

    def symlink(self, rng: random.Random) -> Bad:
        name = f"data/cases/link-{rng.randint(0, 999)}.pdf"
        entries = [*self.entries, (name, rng.choice([b"/etc/passwd", b"../../x", b"C:\\x"]))]
        return self._sealed("zip-path", f"symlink {name}", entries, ("zip_safe",), links=(name,))

    def zip_bomb(self, rng: random.Random) -> Bad:
        size = rng.randint(2, 12) * 1024 * 1024 + rng.randint(0, 4096)
        name = f"data/cases/bomb-{rng.randint(0, 999)}.tif"
        fill = bytes([rng.randrange(256)]) * size
        entries = [*self.entries, (name, fill)]
        if rng.random() < 0.6:
            return self._sealed("zip-bomb", f"{size} bytes of one byte", entries, ("zip_safe",))
        # The headers claim a small size: the ratio check passes, extraction must not.
        plain = lie_about_size(zip_entries(seal(entries, self.signer)), name, rng.randint(1, 4096))
        return self._write(
            "zip-bomb",
            f"{size} bytes claiming to be small",
            encrypt(plain, [self.recipient]),
            ("zip_safe",),
        )

    def duplicate(self, rng: random.Random) -> Bad:
        files = [(n, d) for n, d in self.entries if not n.endswith("/")]
        name, data = rng.choice(files)
        how = rng.choice(("same", "other", "case"))
        # A name differing only in letter case lands on the same file on Windows.
        dup = name.swapcase() if how == "case" else name
        copy = data if how == "same" else data + rng.randbytes(rng.randint(1, 50))
        sealed = seal(self.entries, self.signer)
        at = rng.randrange(len(sealed) + 1)
        sealed.insert(at, (dup, copy))
        return self._write(
            "duplicate",
            f"{dup!r} ({how}) at {at}",
            encrypt(zip_entries(sealed), [self.recipient]),
            ("zip_safe",),
            text="duplicate",
        )

    # -- records: huge, wrongly typed, wrong version, broken JSON ------------------------------

    def _one_record(self, rng: random.Random) -> tuple[str, dict[str, Any]]:
        name = rng.choice(records_of(self.entries))
        return name, record(self.entries, name)

    def huge_field(self, rng: random.Random) -> Bad:
        name, rec = self._one_record(rng)
        how = rng.random()
        if how < 0.55:
            strings = [p for p, v in leaves(rec) if isinstance(v, str)]
            path = rng.choice(strings)
            set_at(rec, path, huge_text(rng, 20_001, 150_000))
            label = f"{'.'.join(map(str, path))}: huge string"
        elif how < 0.75:
            arrays = [p for p, v in leaves(rec) if isinstance(v, list) and v]
            path = rng.choice(arrays)
            item = json.loads(json.dumps(_at(rec, path)[0]))
            set_at(rec, path, [item] * rng.randint(5001, 12000))
            label = f"{'.'.join(map(str, path))}: huge array"
        elif how < 0.9:
            ints = [p for p, v in leaves(rec) if json_type(v) == "integer"]
            path = rng.choice(ints)
            set_at(rec, path, 10 ** rng.randint(10, 3000) * rng.choice((1, -1)))
            label = f"{'.'.join(map(str, path))}: huge integer"
        else:
            path = rng.choice([p for p, _ in leaves(rec)])
            depth = rng.randint(2_000, 60_000)
            data = json.dumps(rec, ensure_ascii=False).encode()
            nested = b"[" * depth + b"1" + b"]" * depth
            # Replace the whole record text by one nested inside a field.
            rec_text = data.replace(b'"schema_version": 1', b'"schema_version": ' + nested, 1)
            return self._sealed(
                "huge-json",
                f"nested {depth} deep",
                replace(self.entries, name, rec_text),
                ("records_schema",),
            )
        # Repetitive content compresses so well that the zip check may refuse it first.
        return self._sealed(
            "huge-json", label, put_record(self.entries, name, rec), ("records_schema", "zip_safe")
        )

    def oversized_record(self, rng: random.Random) -> Bad:
        name, rec = self._one_record(rng)
        rec["notes_padding"] = base64.b64encode(rng.randbytes(6_400_000)).decode()
        return self._sealed(
            "huge-json",
            "record over 8 MB",
            put_record(self.entries, name, rec),
            ("records_schema",),
        )

    def wrong_type(self, rng: random.Random) -> Bad:
        name, rec = self._one_record(rng)
        path, value = rng.choice(list(leaves(rec)))
        have = json_type(value)
        kinds = [k for k in WRONG_VALUES if k != have and not (have == "number" and k == "integer")]
        kind = rng.choice(kinds)
        new = rng.choice(WRONG_VALUES[kind])
        set_at(rec, path, new)
        label = f"{'.'.join(map(str, path))}: {have} → {json.dumps(new)}"
        return self._sealed(
            "wrong-type", label, put_record(self.entries, name, rec), ("records_schema",)
        )

    def broken_json(self, rng: random.Random) -> Bad:
        name, rec = self._one_record(rng)
        text = json.dumps(rec, ensure_ascii=False).encode()
        version = b'"schema_version": 1'
        variants: list[tuple[str, bytes]] = [
            ("empty", b""),
            ("not JSON", b"not json at all"),
            ("cut short", text[: rng.randrange(1, len(text))]),
            ("invalid UTF-8", text.replace(version, b'"\xd0\xff\xfe": 1, ' + version, 1)),
            ("NaN", text.replace(version, b'"schema_version": NaN', 1)),
            ("Infinity", text.replace(version, b'"schema_version": -Infinity', 1)),
            ("1e400", text.replace(version, b'"schema_version": 1e400', 1)),
            ("duplicate key", text.replace(version, version + b', "uuid": "x"', 1)),
            ("an array", json.dumps([rec]).encode()),
            ("a string", b'"case"'),
            ("a number", b"42"),
            ("null", b"null"),
            ("trailing garbage", text + b" {}"),
            ("UTF-16", json.dumps(rec, ensure_ascii=False).encode("utf-16")),
            ("a BOM", b"\xef\xbb\xbf" + text),
        ]
        assert all(data != text for _, data in variants)
        label, data = rng.choice(variants)
        return self._sealed(
            "broken-json", label, replace(self.entries, name, data), ("records_schema",)
        )

    def bad_record_shape(self, rng: random.Random) -> Bad:
        name, rec = self._one_record(rng)
        how = rng.choice(("missing", "unexpected", "uuid", "record_type", "file_name"))
        entries = self.entries
        if how == "missing":
            # Only what the schema requires: an optional part (the act) may well be absent.
            required = RECORD_SCHEMA["$defs"][rec["record_type"]]["required"]
            key = rng.choice([k for k in required if k != "uuid"])
            del rec[key]
            label = f"missing {key}"
        elif how == "unexpected":
            objects = [p for p, v in leaves(rec) if isinstance(v, dict)] + [()]
            path = rng.choice(objects)
            target = _at(rec, path)
            target[f"extra_{rng.randint(0, 99)}"] = "x"
            label = f"unexpected field under {'.'.join(map(str, path)) or '$'}"
        elif how == "uuid":
            rec["uuid"] = seeded_uuid(rng)
            label = "uuid differs from the file name"
        elif how == "record_type":
            other = {
                "case": ["decision", "acknowledgement"],
                "decision": ["case", "acknowledgement"],
                "acknowledgement": ["case", "decision"],
            }[rec["record_type"]]
            rec["record_type"] = rng.choice([*other, "Case", "payment", ""])
            label = f"record_type {rec['record_type']!r}"
        else:
            new = f"data/records/{rng.choice(['x', '../x', 'README', rec['uuid'].upper()])}.json"
            entries = [(new if n == name else n, d) for n, d in entries]
            return self._sealed(
                "bad-record", f"record named {new}", entries, ("records_schema", "zip_safe")
            )
        return self._sealed(
            "bad-record", label, put_record(entries, name, rec), ("records_schema",)
        )

    def wrong_version(self, rng: random.Random) -> Bad:
        if rng.random() < 0.6:
            name, rec = self._one_record(rng)
            rec["schema_version"] = rng.choice([0, 2, 3, -1, 99, "1", None, True, 1.5, [1]])
            label = f"schema_version {json.dumps(rec['schema_version'])}"
            return self._sealed(
                "schema-version", label, put_record(self.entries, name, rec), ("records_schema",)
            )
        how = rng.choice(("format", "bagit"))
        if how == "format":
            value = rng.choice(["0", "2", "10", "1.0", "v1", "", "9999"])
            entries = set_info(self.entries, Format_Version=value)
            return self._sealed(
                "schema-version", f"Format-Version {value!r}", entries, ("bag_structure",)
            )
        value = rng.choice(["0.97", "2.0", "1.1"])
        entries = replace(
            self.entries,
            "bagit.txt",
            f"BagIt-Version: {value}\nTag-File-Character-Encoding: UTF-8\n".encode(),
        )
        return self._sealed("schema-version", f"BagIt-Version {value}", entries, ("bag_structure",))

    def _record_with_files(self, rng: random.Random) -> tuple[str, dict[str, Any]]:
        """A record that has a `files` list (an acknowledgement has none)."""
        names = [n for n in records_of(self.entries) if "files" in record(self.entries, n)]
        name = rng.choice(names)
        return name, record(self.entries, name)

    def missing_file(self, rng: random.Random) -> Bad:
        name, rec = self._record_with_files(rng)
        refs = [f["path"] for f in rec.get("files") or []]
        refs += [c["file"] for c in rec.get("checklist") or [] if c.get("file")]
        how = rng.random()
        if refs and how < 0.6:
            gone = rng.choice(refs)
            entries = [(n, d) for n, d in self.entries if n != f"data/{gone}"]
            label = f"{gone} left out"
        else:
            ghost = f"cases/{seeded_uuid(rng)}/{rng.choice(['talon.pdf', 'scan.jpg', 'x'])}"
            rec.setdefault("files", []).append({"path": ghost, "role": "scan"})
            entries = put_record(self.entries, name, rec)
            label = f"names {ghost}"
        return self._sealed(
            "missing-file", label, entries, ("records_schema",), text="not in the bundle"
        )

    def listed_twice(self, rng: random.Random) -> Bad:
        name, rec = self._record_with_files(rng)
        ref = dict(rng.choice(rec["files"]))
        if rng.random() < 0.5:
            ref["role"] = "other"
        rec["files"].insert(rng.randrange(len(rec["files"]) + 1), ref)
        return self._sealed(
            "missing-file",
            f"{ref['path']} listed twice",
            put_record(self.entries, name, rec),
            ("records_schema",),
            text="twice",
        )

    def far_date(self, rng: random.Random) -> Bad:
        """A date or date-time that is well-formed but outside any plausible year."""
        name, rec = self._one_record(rng)
        dates = [
            p
            for p, v in leaves(rec)
            if isinstance(v, str) and re.match(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}", v)
        ]
        path = rng.choice(dates)
        timed = "T" in _at(rec, path)
        value = rng.choice(
            [
                "0001-01-01T00:00:00+14:00",
                "9999-12-31T23:59:59-12:00",
                "0001-01-01T00:00:00",
                "1899-12-31T23:00:00+05:00",
                "2200-01-01T00:00:00",
            ]
            if timed
            else ["0001-01-01", "9999-12-31", "1899-12-31", "2200-01-01"]
        )
        set_at(rec, path, value)
        return self._sealed(
            "far-date",
            f"{'.'.join(map(str, path))}: {value}",
            put_record(self.entries, name, rec),
            ("records_schema",),
        )

    def zip_method(self, rng: random.Random) -> Bad:
        """Entries compressed with a method the reader must not trust, or "encrypted"."""
        sealed = seal(self.entries, self.signer)
        target = rng.choice([n for n, _ in sealed if not n.endswith("/")])
        how = rng.choice(("bzip2", "lzma", "encrypted"))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            for n, d in sealed:
                zi = zipfile.ZipInfo(n, date_time=(2026, 2, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                if n == target and how != "encrypted":
                    zi.compress_type = zipfile.ZIP_BZIP2 if how == "bzip2" else zipfile.ZIP_LZMA
                zf.writestr(zi, d)
        data = buf.getvalue()
        if how == "encrypted":  # the flag bit alone, in both headers
            data = _set_flag(data, target, 0x1)
        return self._write(
            "zip-method", f"{target}: {how}", encrypt(data, [self.recipient]), ("zip_safe",)
        )

    def manifest_paths(self, rng: random.Random) -> Bad:
        """A re-signed payload manifest naming files outside the payload."""
        signed = seal(self.entries, self.signer)
        text = dict(signed)["manifest-sha256.txt"].decode()
        evil = rng.choice(
            ["data/../bag-info.txt", "../x", "/etc/passwd", "data/../../x", "C:/x", "data/x\\..\\y"]
        )
        digest = hashlib.sha256(rng.randbytes(4)).hexdigest()
        if rng.random() < 0.5:
            text += f"{digest}  {evil}\n"
        else:
            line = rng.choice(text.splitlines())
            text = text.replace(line, f"{line[:64]}  {evil}")
        entries = sign_tags(replace(signed, "manifest-sha256.txt", text.encode()), self.signer)
        return self._zipped(
            "manifest", f"manifest names {evil!r}", entries, ("bag_structure", "payload_manifest")
        )

    # -- manifests and signatures --------------------------------------------------------------

    def manifest_mismatch(self, rng: random.Random) -> Bad:
        signed = seal(self.entries, self.signer)
        payload = [n for n, _ in signed if n.startswith("data/") and not n.endswith("/")]
        how = rng.choice(
            (
                "changed",
                "added",
                "removed",
                "manifest",
                "resigned",
                "info",
                "tagmanifest",
                "signature",
                "oxum",
                "counts",
                "md5",
            )
        )
        if how == "changed":
            n = rng.choice(payload)
            data = bytearray(dict(signed)[n] or b"\x00")
            i = rng.randrange(len(data))
            data[i] ^= rng.randint(1, 255)
            return self._zipped(
                "manifest", f"{n} changed", replace(signed, n, bytes(data)), ("payload_manifest",)
            )
        if how == "added":
            extra = f"data/cases/extra-{rng.randint(0, 999)}.pdf"
            return self._zipped(
                "manifest", f"{extra} added", [*signed, (extra, b"%PDF")], ("payload_manifest",)
            )
        if how == "removed":
            n = rng.choice(payload)
            return self._zipped(
                "manifest",
                f"{n} removed",
                [(k, d) for k, d in signed if k != n],
                ("payload_manifest",),
            )
        if how == "manifest":
            text = dict(signed)["manifest-sha256.txt"].decode()
            line = rng.choice(text.splitlines())
            digest = hashlib.sha256(rng.randbytes(8)).hexdigest()
            text = text.replace(line, digest + line[64:])
            return self._zipped(
                "manifest",
                "manifest changed after signing",
                replace(signed, "manifest-sha256.txt", text.encode()),
                ("tag_manifest",),
            )
        if how == "resigned":
            text = dict(signed)["manifest-sha256.txt"].decode()
            line = rng.choice(text.splitlines())
            digest = hashlib.sha256(rng.randbytes(8)).hexdigest()
            entries = sign_tags(
                replace(
                    signed, "manifest-sha256.txt", text.replace(line, digest + line[64:]).encode()
                ),
                self.signer,
            )
            return self._zipped("manifest", "wrong hash, signed", entries, ("payload_manifest",))
        if how == "info":
            key = rng.choice(["Source-Organization", "Packet-Number", "Bagging-Date", "Created"])
            value = {"Bagging-Date": "2025-01-01", "Created": "2025-01-01T10:00:00+05:00"}.get(
                key, "Басқа"
            )
            entries = set_info(signed, **{key.replace("-", "_"): value})
            return self._zipped(
                "manifest", f"{key} changed after signing", entries, ("tag_manifest",)
            )
        if how == "tagmanifest":
            tags = dict(signed)
            drop = rng.choice(TAG_FILES)
            text = "".join(
                f"{hashlib.sha256(tags[n]).hexdigest()}  {n}\n" for n in TAG_FILES if n != drop
            ) + rng.choice(["", f"{hashlib.sha256(b'').hexdigest()}  signature.ed25519\n"])
            entries = replace(signed, "tagmanifest-sha256.txt", text.encode())
            entries = _resign_as_is(entries, self.signer)
            return self._zipped(
                "manifest", f"tag manifest without {drop}", entries, ("tag_manifest",)
            )
        if how == "signature":
            sig = dict(signed)["signature.ed25519"].decode()
            value = re.search(r"Signature: (.*)", sig).group(1)  # type: ignore[union-attr]
            raw = bytearray(base64.b64decode(value))
            raw[rng.randrange(len(raw))] ^= rng.randint(1, 255)
            bad = rng.choice([base64.b64encode(bytes(raw)).decode(), "", "!!!", value[:-8]])
            entries = replace(signed, "signature.ed25519", sig.replace(value, bad).encode())
            return self._zipped(
                "manifest", "signature damaged", entries, ("signature", "bag_structure")
            )
        if how == "oxum":
            size, count = info_fields(signed)["Payload-Oxum"].split(".")
            value = f"{int(size) + rng.randint(1, 999)}.{count}"
            entries = sign_tags(set_info(signed, Payload_Oxum=value), self.signer)
            return self._zipped("manifest", f"Payload-Oxum {value}", entries, ("payload_manifest",))
        if how == "counts":
            key = rng.choice(["Record_Count", "File_Count"])
            value = str(int(info_fields(signed)[key.replace("_", "-")]) + rng.randint(1, 5))
            entries = sign_tags(set_info(signed, **{key: value}), self.signer)
            return self._zipped("manifest", f"{key} {value}", entries, ("records_schema",))
        md5 = "".join(f"{hashlib.md5(d).hexdigest()}  {n}\n" for n, d in signed if n in payload)
        return self._zipped(
            "manifest",
            "a second (MD5) manifest",
            [*signed, ("manifest-md5.txt", md5.encode())],
            ("bag_structure",),
        )

    BAD_INFO = (
        ("Bundle-UUID", ("x", "", "123", "6F9619FF-8B86-D011-B42D-00C04FC964FF")),
        ("Bundle-Kind", ("incoming", "", "OUTGOING", "return\u200b")),
        ("Source-Office", ("", "12345", "abc123456", "1" * 13)),
        ("Recipient-Office", ("", "x", "1" * 13)),
        ("Sequence", ("0", "-1", "01", "1.5", "1" * 10, "x")),
        (
            "Created",
            (
                "0001-01-01T00:00:00+14:00",
                "9999-12-31T23:59:59-12:00",
                "2026-02-30T10:00:00+05:00",
                "1850-02-10T10:00:00+05:00",
                "2026-02-10 10:00",
                "yesterday",
            ),
        ),
        ("Record-Count", ("-1", "x", "1" * 10)),
        ("File-Count", ("-1", "", "0x1")),
        ("Payload-Oxum", ("x", "1.", ".1")),
        ("Bagging-Date", ("2026-13-01", "2026-02-30", "0001-01-01", "x")),
        ("Format-Version", ("",)),
    )

    def bad_info(self, rng: random.Random) -> Bad:
        """Each bag-info field in turn: malformed, missing or given twice. Changed after the
        counts are sealed (sealing would repair them) and then signed."""
        cases = [(k, v) for k, values in self.BAD_INFO for v in values]
        key, value = cases[self._turn("bad_info") % len(cases)]
        signed = seal(self.entries, self.signer)
        how = rng.random()
        if how < 0.15:
            entries = set_info(signed, **{key.replace("-", "_"): None})
            label = f"no {key}"
        elif how < 0.25:
            info = dict(signed)["bag-info.txt"] + f"{key}: {info_fields(signed)[key]}\n".encode()
            entries = replace(signed, "bag-info.txt", info)
            label = f"{key} twice"
        else:
            entries = set_info(signed, **{key.replace("-", "_"): value})
            label = f"{key}: {value!r}"
        return self._zipped("bag-info", label, sign_tags(entries, self.signer), ("bag_structure",))

    # -- who sent it, to whom, which one ---------------------------------------------------------

    def replayed(self, rng: random.Random) -> Bad:
        assert self.imported_sequence is not None
        entries = set_info(
            self.entries,
            Bundle_UUID=seeded_uuid(rng),
            Sequence=str(self.imported_sequence),
            Created=f"2026-02-{rng.randint(11, 27):02d}T{rng.randint(8, 17):02d}:00:00+05:00",
        )
        return self._sealed(
            "replay",
            f"sequence {self.imported_sequence} again",
            entries,
            ("sequence",),
            text="different bundle",
        )

    def revoked(self, rng: random.Random, signer: Signer) -> Bad:
        entries = self._as_office(rng, signer.office_code)
        return self._sealed(
            "revoked-key",
            f"signed by {signer.office_code}'s revoked key",
            entries,
            ("signer_trusted",),
            signer=signer,
            code="signer-revoked",
        )

    def forged(self, rng: random.Random, impostor: Signer | None = None) -> Bad:
        """Signed by a key nobody trusts, or by a trusted office pretending to be another."""
        if impostor is None:
            signer = Signer.stranger(self.signer.office_code, rng.getrandbits(32))
            code = "signer-untrusted"
        else:
            signer = Signer(self.signer.office_code, impostor.public, impostor.sign)
            code = "signer-other-office"
        return self._sealed(
            "forged-signer", code, self.entries, ("signer_trusted",), signer=signer, code=code
        )

    def _as_office(self, rng: random.Random, code: str) -> Entries:
        entries = set_info(
            self.entries,
            Source_Office=code,
            Bundle_UUID=seeded_uuid(rng),
            Sequence=str(rng.randint(1, 500)),
        )
        for name in records_of(entries):
            rec = record(entries, name)
            if "office_code" in rec:
                rec["office_code"] = code
            entries = put_record(entries, name, rec)
        return entries

    def other_recipient(self, rng: random.Random) -> Bad:
        code = str(rng.randint(100_000, 999_999_999))
        entries = set_info(self.entries, Recipient_Office=code)
        return self._sealed("another-office", f"addressed to {code}", entries, ("recipient",))

    def wrong_kind(
        self, rng: random.Random, as_receiver: Signer, receiver_records: list[dict[str, Any]]
    ) -> Bad:
        """A bundle of the kind this office sends, not receives, signed by its own key and
        addressed to itself (so recipient passes and kind_role is what refuses)."""
        kind = "return" if self.info["Bundle-Kind"] == "outgoing" else "outgoing"
        entries = [(n, d) for n, d in self.entries if not n.startswith("data/records/")]
        entries = [
            (n, d) for n, d in entries if not (n.startswith("data/") and not n.endswith("/"))
        ]
        files: Entries = []
        for rec in receiver_records:
            rec = json.loads(json.dumps(rec))
            for f in rec.get("files") or []:
                files.append((f"data/{f['path']}", b"%PDF-1.4 " + rng.randbytes(100)))
            for c in rec.get("checklist") or []:
                c["file"] = None
            entries.append(
                (f"data/records/{rec['uuid']}.json", json.dumps(rec, ensure_ascii=False).encode())
            )
        entries += files
        entries = set_info(
            entries,
            Bundle_Kind=kind,
            Source_Office=as_receiver.office_code,
            Recipient_Office=as_receiver.office_code,
            Bundle_UUID=seeded_uuid(rng),
            Sequence=str(rng.randint(1, 500)),
        )
        return self._sealed(
            "wrong-kind", f"{kind} bundle to itself", entries, ("kind_role",), signer=as_receiver
        )

    def wrong_records_for_kind(self, rng: random.Random, foreign: dict[str, Any]) -> Bad:
        """A record type the kind does not carry (a case in a return bundle or the reverse)."""
        rec = json.loads(json.dumps(foreign))
        rec["uuid"] = seeded_uuid(rng)
        if "files" in rec:
            rec["files"] = []
        for c in rec.get("checklist") or []:
            c["file"] = None
        entries = [*self.entries, (f"data/records/{rec['uuid']}.json", json.dumps(rec).encode())]
        return self._sealed(
            "wrong-kind",
            f"{rec['record_type']} record in a {self.info['Bundle-Kind']} bundle",
            entries,
            ("records_schema",),
            text="cannot carry",
        )


def _at(doc: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        doc = doc[part]
    return doc


def _set_flag(zipped: bytes, name: str, bit: int) -> bytes:
    """Set a general-purpose flag bit of one entry in its local and central headers."""
    data = bytearray(zipped)
    with zipfile.ZipFile(io.BytesIO(zipped)) as zf:
        local = zf.getinfo(name).header_offset
        at = zf.start_dir  # type: ignore[attr-defined]
    data[local + 6] |= bit
    while data[at : at + 4] == b"PK\x01\x02":
        n, m, k = struct.unpack_from("<HHH", data, at + 28)
        if data[at + 46 : at + 46 + n].decode("utf-8", "replace") == name:
            data[at + 8] |= bit
        at += 46 + n + m + k
    return bytes(data)


def _resign_as_is(entries: Entries, signer: Signer) -> Entries:
    """Sign the tag manifest as it stands (even a wrong one)."""
    tagmanifest = dict(entries)["tagmanifest-sha256.txt"]
    signature = (
        "Algorithm: Ed25519\nSigned-File: tagmanifest-sha256.txt\n"
        f"Signer-Office: {signer.office_code}\nSigner-Public-Key: {signer.public}\n"
        f"Signature: {base64.b64encode(signer.sign(tagmanifest)).decode()}\n"
    )
    return replace(entries, "signature.ed25519", signature.encode())
