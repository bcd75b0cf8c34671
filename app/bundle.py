"""Transfer bundles: one signed, encrypted file per packet, readable only by its recipient.

Layers, outside in (docs/bundle-format.md): an age file encrypted to the recipient office and
to the sender itself → a ZIP archive → a BagIt bag (RFC 8493, SHA-256 manifests) whose
payload holds one JSON record per case plus the PDFs and scans, with a detached Ed25519
signature over the tag manifest. The same format travels both ways: "outgoing" bundles from
an akim's office to the district, "return" bundles from the district back to one office.

`build_bundle` writes the file atomically to a folder the user picks and to the archive.
`verify_bundle` runs every check in a fixed order and reports each by name, writing nothing
to the database; `open_bundle` does the same and hands the importer the records and files.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import stat
import tempfile
import time
import unicodedata
import uuid as uuid_mod
import weakref
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Literal

import bagit
import pyrage
from cryptography.exceptions import InvalidSignature
from sqlalchemy import Integer, String, cast, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import __version__, audit
from app.context import AppContext
from app.errors import UserError
from app.keys import (
    OfficeKeys,
    group_hex,
    iso_with_offset,
    load_keys,
    now_local,
    signing_public_key,
)
from app.trust import UntrustedSignerError, active_card, trusted_signer
from db.models import BundleLog, Setting

# bagit logs every mismatch it finds; our report says it better, in the user's language, and
# a stray English warning on the CLI's stderr would only confuse.
logging.getLogger("bagit").addHandler(logging.NullHandler())
logging.getLogger("bagit").propagate = False

FORMAT_VERSION = "1"
SCHEMA_VERSION = 1
KINDS = ("outgoing", "return")
SUFFIX = ".qbl"
AGE_MAGIC = b"age-encryption.org/v1\n"
# Which office sends which kind, and which record types each kind carries.
SENDER_ROLE = {"outgoing": "akimat", "return": "district"}
RECIPIENT_ROLE = {"outgoing": "district", "return": "akimat"}
RECORD_TYPES = {"outgoing": ("case",), "return": ("decision", "acknowledgement")}

TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
SIGNATURE_FILE = "signature.ed25519"
ROOT_FILES = (*TAG_FILES, "tagmanifest-sha256.txt", SIGNATURE_FILE)
BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
RESERVED_INFO = (
    "Bag-Software-Agent",
    "Bagging-Date",
    "Bundle-UUID",
    "Bundle-Kind",
    "Format-Version",
    "Source-Office",
    "Source-Organization",
    "Recipient-Office",
    "Sequence",
    "Created",
    "Record-Count",
    "File-Count",
    "Payload-Oxum",
)
REQUIRED_INFO = tuple(f for f in RESERVED_INFO if f != "Source-Organization")

# Limits a bundle must stay within before a single byte is extracted (zip bombs, disk
# exhaustion). A 500-case packet with 300 MB of scans is ~5,500 entries and 0.3 GB.
MAX_BUNDLE_BYTES = 16 * 1024**3
MAX_ENTRIES = 50_000
MAX_TOTAL_BYTES = 16 * 1024**3
MAX_RATIO = 100  # uncompressed / compressed, for entries (and totals) above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_RECORD_BYTES = 8 * 1024 * 1024
# No count or number in a record comes near a billion; without a bound a signed record could
# carry a 3,000-digit integer that no database column (SQLite's is 64-bit) can hold.
MAX_INTEGER = 999_999_999
# Dates outside these years are typing mistakes or attacks, and a date-time near year 1 or
# 9999 cannot even be converted to local time (OverflowError) when it is imported.
YEARS = (1900, 2199)
MAX_PATH_CHARS = 240
CHUNK = 1024 * 1024
# Files already compressed gain nothing from deflate and cost CPU: stored as they are.
_DEFLATE_SUFFIXES = {".json", ".txt", ".xml", ".csv", ".html", ".svg", ".bmp", ".tif", ".tiff"}

Progress = Callable[[int, int], None]


def _err(code: str, kk: str, ru: str, en: str) -> UserError:
    return UserError(code=code, kk=kk, ru=ru, en=en)


# =========================================================================================
# The record schema (a JSON Schema 2020-12 subset), published as
# docs/schemas/case-record.schema.json. It lives here so an installed or frozen program has
# it; tests/test_bundle.py keeps the published copy identical.
# =========================================================================================


def _s(max_length: int = 300, **kw: Any) -> dict[str, Any]:
    return {"type": "string", "minLength": 1, "maxLength": max_length, **kw}


def _null(schema: dict[str, Any]) -> dict[str, Any]:
    """The same schema, also allowing null."""
    out = dict(schema)
    if "$ref" in out:
        return {"anyOf": [out, {"type": "null"}]}
    if "enum" in out:
        out["enum"] = [*out["enum"], None]
    if "type" in out:
        out["type"] = [out["type"], "null"]
    return out


def _int(minimum: int | None = 0, maximum: int = MAX_INTEGER) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "integer"}
    if minimum is not None:
        out["minimum"] = minimum
    out["maximum"] = maximum
    return out


def _obj(
    required: Sequence[str], properties: dict[str, Any], description: str | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object"}
    if description:
        out["description"] = description
    out.update(
        {"required": list(required), "properties": properties, "additionalProperties": False}
    )
    return out


def _arr(items: dict[str, Any], max_items: int = 1000) -> dict[str, Any]:
    return {"type": "array", "maxItems": max_items, "items": items}


_REF = {
    name: {"$ref": f"#/$defs/{name}"}
    for name in ("uuid", "office_code", "iin", "date", "date_time", "money", "text", "file_ref")
}
_COMMON = {
    "schema_version": {"const": SCHEMA_VERSION},
    "uuid": _REF["uuid"],
}

RECORD_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "urn:qabyldau:bundle-record:1",
    "title": "Qabyldau transfer bundle record",
    "description": (
        "One file data/records/<uuid>.json in a Qabyldau transfer bundle. Outgoing bundles "
        "(akim's office → district) carry 'case' records; return bundles (district → akim's "
        "office) carry 'decision' and 'acknowledgement' records. Times without a UTC offset "
        "are the sending office's local time; money is a decimal string in tenge."
    ),
    "type": "object",
    "required": ["record_type", "schema_version", "uuid"],
    "properties": {
        "record_type": {"enum": ["case", "decision", "acknowledgement"]},
        **_COMMON,
    },
    "allOf": [
        {
            "if": {"required": ["record_type"], "properties": {"record_type": {"const": t}}},
            "then": {"$ref": f"#/$defs/{t}"},
        }
        for t in ("case", "decision", "acknowledgement")
    ],
    "$defs": {
        "uuid": {"type": "string", "format": "uuid"},
        "office_code": {"type": "string", "pattern": "^[0-9]{6,12}$"},
        "iin": {"type": "string", "pattern": "^[0-9]{12}$"},
        "date": {"type": "string", "format": "date"},
        "date_time": {"type": "string", "format": "date-time"},
        "money": {"type": "string", "pattern": "^-?[0-9]{1,12}([.][0-9]{1,2})?$"},
        "text": {"type": "string", "maxLength": 20000},
        "file_ref": _obj(
            ["path", "role"],
            {
                "path": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": MAX_PATH_CHARS,
                    "pattern": "^(?!records/)[^/\\\\].*$",
                    "description": "Payload-relative path (below data/), never under records/",
                },
                "role": {
                    "enum": [
                        "talon",
                        "refusal_receipt",
                        "act",
                        "conclusion",
                        "cover_letter",
                        "transfer_list",
                        "scan",
                        "decision",
                        "issue_receipt",
                        "other",
                    ]
                },
                "document_code": _null(_s(60)),
                "title_kk": _null(_s()),
                "title_ru": _null(_s()),
                "sheets": _null(_int(0, 10000)),
                "media_type": _null(_s(100)),
            },
            "A file of the bundle's payload that belongs to this record",
        ),
        "case": _obj(
            [
                "record_type",
                "schema_version",
                "uuid",
                "office_code",
                "application",
                "applicant",
                "checklist",
                "events",
                "files",
            ],
            {
                "record_type": {"const": "case"},
                **_COMMON,
                "office_code": _REF["office_code"],
                "application": _obj(
                    [
                        "incoming_number",
                        "year",
                        "number",
                        "service_code",
                        "channel",
                        "registered_at",
                        "status",
                    ],
                    {
                        "incoming_number": _s(40),
                        "year": _int(2000, 2100),
                        "number": _int(1),
                        "service_code": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,59}$"},
                        "channel": {"enum": ["akim", "department"]},
                        "registered_at": _REF["date_time"],
                        "status": _s(30),
                        "due_at": _null(_REF["date_time"]),
                        "extension": _null(_s(60)),
                        "catalogue_version": _null(_s(64)),
                        "outcome": _null(_s(30)),
                        "accepted_by": _null(_s()),
                        "notes": _null(_REF["text"]),
                        "representative": _null(
                            _obj(
                                ["name"],
                                {
                                    "name": _s(),
                                    "iin": _null(_REF["iin"]),
                                    "power_of_attorney": _null(_s()),
                                },
                            )
                        ),
                    },
                ),
                "applicant": _obj(
                    ["iin", "surname", "name"],
                    {
                        "iin": _REF["iin"],
                        "surname": _s(100),
                        "name": _s(100),
                        "patronymic": _null(_s(100)),
                        "birth_date": _null(_REF["date"]),
                        "address": _null(_s()),
                        "phone": _null(_s(40)),
                    },
                ),
                "checklist": _arr(
                    _obj(
                        ["name_kk", "name_ru", "required", "provided"],
                        {
                            "code": _null(_s(60)),
                            "name_kk": _s(),
                            "name_ru": _s(),
                            "required": {"type": "boolean"},
                            "provided": {"type": "boolean"},
                            "sheets": _null(_int(0, 10000)),
                            "file": _null(_s(MAX_PATH_CHARS)),
                        },
                    ),
                    200,
                ),
                "steps": _arr(
                    _obj(
                        ["code", "name_kk", "name_ru", "actor"],
                        {
                            "code": _s(60),
                            "name_kk": _s(),
                            "name_ru": _s(),
                            "actor": _s(30),
                            "limit_amount": _null(_int(0)),
                            "limit_unit": _null(
                                {"enum": ["minutes", "hours", "working_days", "calendar_days"]}
                            ),
                            "excluded_from_term": {"type": "boolean"},
                            "started_at": _null(_REF["date_time"]),
                            "due_at": _null(_REF["date_time"]),
                            "done_at": _null(_REF["date_time"]),
                        },
                    ),
                    100,
                ),
                "events": _arr(
                    _obj(
                        ["at", "action"],
                        {
                            "at": _REF["date_time"],
                            "action": _s(60),
                            "by": _null(_s()),
                            "note": _null(_REF["text"]),
                        },
                    ),
                    5000,
                ),
                "act": _null(
                    _obj(
                        ["outcome"],
                        {
                            "visit_date": _null(_REF["date"]),
                            "place": _null(_s()),
                            "outcome": {"enum": ["inspected", "refused", "evaded"]},
                            "commission": _null(
                                _obj(
                                    ["decision_number", "decision_date", "members"],
                                    {
                                        "decision_number": _s(40),
                                        "decision_date": _REF["date"],
                                        "members": _arr(
                                            _obj(
                                                ["full_name", "role"],
                                                {
                                                    "full_name": _s(),
                                                    "role": {
                                                        "enum": ["chair", "secretary", "member"]
                                                    },
                                                    "position": _null(_s()),
                                                    "present": {"type": "boolean"},
                                                },
                                            ),
                                            50,
                                        ),
                                    },
                                )
                            ),
                            "applicant_address": _null(_s()),
                            "dwelling": _null(
                                _obj(
                                    [],
                                    {
                                        "type": _null(_s(100)),
                                        "ownership": _null(_s(100)),
                                        "rooms": _null(_int(0, 100)),
                                        "area": _null(_REF["money"]),
                                        "utilities": _null(_s()),
                                        "condition": _null(_s()),
                                    },
                                )
                            ),
                            "land_area": _null(_REF["money"]),
                            "livestock": _null(
                                _obj(
                                    [],
                                    {
                                        k: _int(0)
                                        for k in (
                                            "cattle",
                                            "horses",
                                            "sheep_goats",
                                            "camels",
                                            "poultry",
                                        )
                                    },
                                )
                            ),
                            "vehicles": _null(_REF["text"]),
                            "other_property": _null(_REF["text"]),
                            "other_income": _null(_REF["text"]),
                            "remarks": _null(_REF["text"]),
                            "completed_at": _null(_REF["date_time"]),
                            "family": _arr(
                                _obj(
                                    ["surname", "name", "relation"],
                                    {
                                        "surname": _s(100),
                                        "name": _s(100),
                                        "patronymic": _null(_s(100)),
                                        "relation": _s(60),
                                        "birth_date": _null(_REF["date"]),
                                        "iin": _null(_REF["iin"]),
                                        "occupation": _null(_s()),
                                        "incomes": _arr(
                                            _obj(
                                                ["kind", "monthly_amount"],
                                                {
                                                    "kind": _s(60),
                                                    "monthly_amount": _REF["money"],
                                                },
                                            ),
                                            50,
                                        ),
                                    },
                                ),
                                50,
                            ),
                        },
                    )
                ),
                "conclusion": _null(
                    _obj(
                        ["needs_assistance"],
                        {
                            "needs_assistance": {"type": "boolean"},
                            "reasons": _null(_REF["text"]),
                            "total_income": _null(_REF["money"]),
                            "members_count": _null(_int(0, 100)),
                            "per_capita_income": _null(_REF["money"]),
                            "threshold_kind": _null(
                                {"enum": ["poverty_line", "subsistence_minimum"]}
                            ),
                            "threshold_amount": _null(_REF["money"]),
                            "period_from": _null(_REF["date"]),
                            "period_to": _null(_REF["date"]),
                            "decided_at": _null(_REF["date_time"]),
                        },
                    )
                ),
                "files": _arr(_REF["file_ref"]),
            },
            "A case sent by an akim's office to the district department",
        ),
        "decision": _obj(
            [
                "record_type",
                "schema_version",
                "uuid",
                "office_code",
                "incoming_number",
                "decision",
                "files",
            ],
            {
                "record_type": {"const": "decision"},
                **_COMMON,
                "office_code": _REF["office_code"],
                "incoming_number": _s(40),
                "decision": _obj(
                    ["outcome", "number", "decided_on"],
                    {
                        "outcome": {"enum": ["assigned", "refused"]},
                        "number": _s(40),
                        "decided_on": _REF["date"],
                        "refusal_ground": _null(_REF["text"]),
                        "refusal_ground_code": _null(_s(60)),
                        "signer": _null(_s()),
                        "amount": _null(_REF["money"]),
                        "period_from": _null(_REF["date"]),
                        "period_to": _null(_REF["date"]),
                    },
                ),
                "files": _arr(_REF["file_ref"]),
            },
            "The district's decision on one case; uuid is the case's uuid",
        ),
        "acknowledgement": _obj(
            [
                "record_type",
                "schema_version",
                "uuid",
                "source_office",
                "sequence",
                "received_at",
                "status",
                "records",
            ],
            {
                "record_type": {"const": "acknowledgement"},
                **_COMMON,
                "source_office": _REF["office_code"],
                "sequence": _int(1),
                "received_at": _REF["date_time"],
                "status": {"enum": ["imported", "refused"]},
                "reason": _null(_REF["text"]),
                "records": _arr(
                    _obj(
                        ["uuid", "outcome"],
                        {
                            "uuid": _REF["uuid"],
                            "outcome": {"enum": ["new", "updated", "unchanged", "refused"]},
                            "reason": _null(_REF["text"]),
                        },
                    ),
                    100000,
                ),
            },
            "The district's receipt of one bundle; uuid is the acknowledged bundle's uuid",
        ),
    },
}


class SchemaError(Exception):
    """The schema uses a keyword this small validator does not implement (a bug, not data)."""


_KEYWORDS = {
    "type",
    "enum",
    "const",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "minItems",
    "maxItems",
    "minLength",
    "maxLength",
    "pattern",
    "format",
    "minimum",
    "maximum",
    "$ref",
    "allOf",
    "anyOf",
    "if",
    "then",
}
_ANNOTATIONS = {"$schema", "$id", "title", "description", "$comment", "$defs", "default"}
_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_DATETIME_RE = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,6})?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})?$"
)


def _json_type(value: Any) -> str:
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
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _is_type(value: Any, name: str) -> bool:
    actual = _json_type(value)
    return actual == name or (name == "number" and actual == "integer")


def _same(a: Any, b: Any) -> bool:
    # JSON equality: true is not 1 (Python says it is).
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return a == b


def _format_ok(value: str, fmt: str) -> bool:
    try:
        if fmt == "uuid":
            return bool(_UUID_RE.match(value))
        if fmt == "date":
            return bool(_DATE_RE.match(value)) and _in_years(date.fromisoformat(value))
        if fmt == "date-time":
            return bool(_DATETIME_RE.match(value)) and _in_years(datetime.fromisoformat(value))
    except ValueError:
        return False
    raise SchemaError(f"unknown format {fmt!r}")


def _in_years(value: date) -> bool:
    return YEARS[0] <= value.year <= YEARS[1]


def _resolve(root: dict[str, Any], ref: str) -> dict[str, Any]:
    if not ref.startswith("#/"):
        raise SchemaError(f"only local references are supported: {ref}")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def validate_json(
    instance: Any, schema: dict[str, Any] | None = None, *, limit: int = 20
) -> list[str]:
    """Errors of `instance` against `schema` (default: the record schema), at most `limit`."""
    root = schema if schema is not None else RECORD_SCHEMA
    errors: list[str] = []
    _validate(instance, root, root, "$", errors, limit)
    return errors[:limit]


def _validate(
    inst: Any, sch: Any, root: dict[str, Any], path: str, errors: list[str], limit: int
) -> None:
    if len(errors) >= limit:
        return
    if sch is True:
        return
    if sch is False:
        errors.append(f"{path}: not allowed")
        return
    unknown = set(sch) - _KEYWORDS - _ANNOTATIONS
    if unknown:
        raise SchemaError(f"unsupported keywords {sorted(unknown)} at {path}")
    if "$ref" in sch:
        _validate(inst, _resolve(root, sch["$ref"]), root, path, errors, limit)
    if "type" in sch:
        types = sch["type"] if isinstance(sch["type"], list) else [sch["type"]]
        if not any(_is_type(inst, t) for t in types):
            errors.append(f"{path}: expected {' or '.join(types)}, found {_json_type(inst)}")
            return
    if "const" in sch and not _same(inst, sch["const"]):
        errors.append(f"{path}: must be {json.dumps(sch['const'])}")
    if "enum" in sch and not any(_same(inst, e) for e in sch["enum"]):
        allowed = ", ".join(json.dumps(e) for e in sch["enum"])
        errors.append(
            f"{path}: {json.dumps(inst, ensure_ascii=False)[:60]} is not one of {allowed}"
        )
    if isinstance(inst, str):
        if "minLength" in sch and len(inst) < sch["minLength"]:
            errors.append(f"{path}: shorter than {sch['minLength']} characters")
        if "maxLength" in sch and len(inst) > sch["maxLength"]:
            errors.append(f"{path}: longer than {sch['maxLength']} characters")
        if "pattern" in sch and not re.search(sch["pattern"], inst):
            errors.append(f"{path}: {inst[:60]!r} does not match {sch['pattern']}")
        if "format" in sch and not _format_ok(inst, sch["format"]):
            errors.append(f"{path}: {inst[:60]!r} is not a valid {sch['format']}")
    if _json_type(inst) in ("integer", "number"):
        if "minimum" in sch and inst < sch["minimum"]:
            errors.append(f"{path}: less than {sch['minimum']}")
        if "maximum" in sch and inst > sch["maximum"]:
            errors.append(f"{path}: greater than {sch['maximum']}")
    if isinstance(inst, dict):
        for name in sch.get("required", []):
            if name not in inst:
                errors.append(f"{path}: missing {name!r}")
        props = sch.get("properties", {})
        for name, value in inst.items():
            if name in props:
                _validate(value, props[name], root, f"{path}.{name}", errors, limit)
            elif sch.get("additionalProperties", True) is False:
                errors.append(f"{path}: unexpected field {name!r}")
            elif isinstance(sch.get("additionalProperties"), dict):
                _validate(value, sch["additionalProperties"], root, f"{path}.{name}", errors, limit)
    if isinstance(inst, list):
        if "minItems" in sch and len(inst) < sch["minItems"]:
            errors.append(f"{path}: fewer than {sch['minItems']} items")
        if "maxItems" in sch and len(inst) > sch["maxItems"]:
            errors.append(f"{path}: more than {sch['maxItems']} items")
        if "items" in sch:
            for i, item in enumerate(inst):
                _validate(item, sch["items"], root, f"{path}[{i}]", errors, limit)
    for sub in sch.get("allOf", []):
        _validate(inst, sub, root, path, errors, limit)
    if "anyOf" in sch:
        attempts = []
        for sub in sch["anyOf"]:
            trial: list[str] = []
            _validate(inst, sub, root, path, trial, limit)
            if not trial:
                break
            attempts.append(trial)
        else:
            # Report the branch that got furthest: its errors are the useful ones.
            errors.extend(min(attempts, key=len))
    if "if" in sch:
        trial = []
        _validate(inst, sch["if"], root, path, trial, limit)
        if not trial and "then" in sch:
            _validate(inst, sch["then"], root, path, errors, limit)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            # Two readers could each take a different one of the two values: refuse.
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def load_record(data: bytes) -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN/Infinity, no absurd nesting."""
    try:
        return json.loads(
            data.decode("utf-8"),
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_reject_constant,
        )
    except RecursionError:
        # "[[[[…" a few thousand deep exhausts the parser's stack: a hostile file, not a bug.
        raise ValueError("nested too deeply") from None


def dump_record(record: Mapping[str, Any]) -> bytes:
    return (json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def _record_file_refs(record: Mapping[str, Any]) -> list[str]:
    """Every payload path a record names (its files and its checklist's scans)."""
    refs = [f["path"] for f in record.get("files") or [] if isinstance(f, dict) and "path" in f]
    refs += [
        c["file"] for c in record.get("checklist") or [] if isinstance(c, dict) and c.get("file")
    ]
    return refs


def _listed_twice(record: Mapping[str, Any]) -> str | None:
    """A path the record's `files` list twice: the importer keeps one row per case and name."""
    paths = [f.get("path") for f in record.get("files") or [] if isinstance(f, dict)]
    return next((p for i, p in enumerate(paths) if p in paths[:i]), None)


# =========================================================================================
# Payload paths: the same rules when building and when checking a received zip, so we never
# make a bundle the other side would refuse.
# =========================================================================================

_WINDOWS_DEVICES = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"COM{c}" for c in "0123456789¹²³"),
    *(f"LPT{c}" for c in "0123456789¹²³"),
}
_FORBIDDEN_CHARS = set('<>:"|?*\\%') | {chr(c) for c in range(32)} | {"\x7f"}


def path_problem(name: str) -> str | None:
    """Why `name` (a '/'-separated path inside the bag) is unsafe on Windows or POSIX."""
    if not name:
        return "empty name"
    if len(name) > MAX_PATH_CHARS:
        return "name too long"
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return "absolute path"
    if "\\" in name:
        return "backslash in name"
    if unicodedata.normalize("NFC", name) != name:
        return "name not in Unicode NFC form"
    for part in name.split("/"):
        if part in ("", ".", ".."):
            return "'..' or empty path component" if part == ".." else "empty path component"
        bad = _FORBIDDEN_CHARS.intersection(part)
        if bad:
            return f"forbidden character {sorted(bad)[0]!r}"
        if part.endswith((" ", ".")):
            return "component ends with a space or a dot"
        if part.split(".")[0].rstrip(" ").upper() in _WINDOWS_DEVICES:
            return f"Windows device name {part!r}"
    return None


def _fold(name: str) -> str:
    """Two names that land on the same file on Windows (case-insensitive) fold the same."""
    return unicodedata.normalize("NFC", name).casefold()


# =========================================================================================
# Building
# =========================================================================================


@dataclass(frozen=True)
class BuiltBundle:
    path: Path
    archive_path: Path
    uuid: str
    kind: str
    source_code: str
    recipient_code: str
    sequence: int
    created: datetime
    sha256: str
    size: int
    record_count: int
    file_count: int
    payload_bytes: int

    @property
    def fingerprint(self) -> str:
        """The file's SHA-256 in groups of four, as printed on the cover letter."""
        return group_hex(self.sha256)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "archive_path": str(self.archive_path),
            "uuid": self.uuid,
            "kind": self.kind,
            "source_office": self.source_code,
            "recipient_office": self.recipient_code,
            "sequence": self.sequence,
            "created": iso_with_offset(self.created),
            "sha256": self.sha256,
            "fingerprint": self.fingerprint,
            "size": self.size,
            "record_count": self.record_count,
            "file_count": self.file_count,
            "payload_bytes": self.payload_bytes,
        }


def bundle_name(source_code: str, recipient_code: str, sequence: int) -> str:
    return f"{source_code}-{recipient_code}-{sequence:06d}{SUFFIX}"


def _work_root(ctx: AppContext) -> Path:
    """Scratch space inside the office's data folder, not the system temp: decrypted and
    not-yet-encrypted personal data stays where the database is (same disk, same access
    rights), and the importer can move files from there without copying them."""
    root = ctx.paths.root / "tmp"
    root.mkdir(parents=True, exist_ok=True)
    # A crash or a killed process can leave a work folder behind; sweep old ones.
    cutoff = time.time() - 12 * 3600
    for old in root.glob("qbl-*"):
        try:
            if old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass
    return root


def _sequence_key(recipient_code: str) -> str:
    return f"bundle_sequence:{recipient_code}"


def allocate_sequence(ctx: AppContext, recipient_code: str) -> int:
    """The next sequence number for bundles to `recipient_code`, allocated atomically."""
    key = _sequence_key(recipient_code)
    for _attempt in range(3):
        try:
            with ctx.session() as s:
                # The UPDATE comes first so SQLite takes its write lock before anyone reads:
                # two exports at once (GUI and CLI) can never get the same number.
                bumped = s.execute(
                    update(Setting)
                    .where(Setting.key == key)
                    .values(value=cast(cast(Setting.value, Integer) + 1, String))
                ).rowcount
                if not bumped:
                    # First bundle to this office: continue after any logged one (a
                    # database restored from an older backup must not reuse numbers).
                    last = s.scalar(
                        select(func.max(BundleLog.sequence)).where(
                            BundleLog.direction == "sent",
                            BundleLog.recipient_office_code == recipient_code,
                        )
                    )
                    s.add(Setting(key=key, value=json.dumps((last or 0) + 1)))
                    s.flush()
                return int(s.scalar(select(Setting.value).where(Setting.key == key)))
        except IntegrityError:  # another process created the row first: bump it instead
            continue
    raise RuntimeError("could not allocate a bundle sequence number")


def release_sequence(ctx: AppContext, recipient_code: str, sequence: int) -> bool:
    """Give back a number whose export failed, if no later export took the next one, so a
    failed export leaves no gap for the district to chase."""
    with ctx.session() as s:
        res = s.execute(
            update(Setting)
            .where(Setting.key == _sequence_key(recipient_code), Setting.value == str(sequence))
            .values(value=str(sequence - 1))
        )
        return bool(res.rowcount)


class _ProgressReader:
    """Feeds the zip to age, reporting progress; remembers an exception raised by the
    callback, because pyrage turns it into a plain EncryptError."""

    def __init__(self, fh: BinaryIO, on_bytes: Callable[[int], None]) -> None:
        self.fh = fh
        self.on_bytes = on_bytes
        self.done = 0
        self.error: BaseException | None = None

    def read(self, n: int = -1) -> bytes:
        data = self.fh.read(n)
        self.done += len(data)
        try:
            self.on_bytes(self.done)
        except BaseException as exc:
            self.error = exc
            raise
        return data


class _TeeWriter:
    """Writes the encrypted stream to every target at once and hashes it on the way, so the
    archive copy costs no second read and the fingerprint no third."""

    def __init__(self, targets: list[BinaryIO]) -> None:
        self.targets = targets
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.sha.update(data)
        self.size += len(data)
        for t in self.targets:
            t.write(data)
        return len(data)

    def flush(self) -> None:
        for t in self.targets:
            t.flush()


def _fsync_dir(path: Path) -> None:
    """Make a rename durable. Windows cannot open a directory; NTFS journals the rename."""
    if os.name == "nt":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _info_text(fields: list[tuple[str, str]]) -> bytes:
    lines = []
    for name, value in fields:
        if "\n" in value or "\r" in value:
            raise ValueError(f"{name} must be one line")
        lines.append(f"{name}: {value}\n")
    return "".join(lines).encode("utf-8")


def _bad_input(en: str, kk: str, ru: str) -> UserError:
    return _err("bad-bundle-input", kk, ru, en)


def _check_build_inputs(
    kind: str,
    records: Sequence[Mapping[str, Any]],
    files: Mapping[str, Path],
    info: Mapping[str, str],
) -> tuple[list[tuple[str, bytes]], list[tuple[str, Path, int]]]:
    """Refuse before anything is written: the same rules the recipient will check."""
    if not records:
        raise _err(
            "empty-bundle",
            "Пакетте жіберетін жазба жоқ.",
            "В пакете нет ни одной записи для отправки.",
            "The bundle has no records to send.",
        )
    encoded: list[tuple[str, bytes]] = []
    seen: set[str] = set()
    for i, record in enumerate(records):
        errors = validate_json(record) if isinstance(record, Mapping) else ["not an object"]
        if errors:
            detail = f"record {i + 1}: {'; '.join(errors[:3])}"
            raise _err(
                "bad-record",
                f"Жазба схемаға сай емес: {detail}",
                f"Запись не соответствует схеме: {detail}",
                f"A record does not match the schema: {detail}",
            )
        if record["record_type"] not in RECORD_TYPES[kind]:
            raise _bad_input(
                f"a {kind} bundle cannot carry a {record['record_type']!r} record",
                f"{kind} пакетінде {record['record_type']!r} жазбасы болмайды",
                f"Пакет {kind} не может содержать запись {record['record_type']!r}",
            )
        if record["uuid"] in seen:
            raise _bad_input(
                f"two records with the uuid {record['uuid']}",
                f"{record['uuid']} uuid-і бар екі жазба",
                f"Две записи с uuid {record['uuid']}",
            )
        seen.add(record["uuid"])
        encoded.append((f"records/{record['uuid']}.json", dump_record(record)))
    payload: list[tuple[str, Path, int]] = []
    folded: set[str] = {_fold(n) for n, _ in encoded}
    for name, src in sorted(files.items()):
        problem = path_problem(name)
        if problem is None and name.startswith("records/"):
            problem = "records/ is reserved for the records"
        if problem is None and _fold(name) in folded:
            problem = "the same name twice (names differing only in case count as the same)"
        if problem:
            raise _bad_input(
                f"cannot put {name!r} in a bundle: {problem}",
                f"{name!r} файлын пакетке салуға болмайды: {problem}",
                f"Файл {name!r} нельзя положить в пакет: {problem}",
            )
        folded.add(_fold(name))
        try:
            st = Path(src).stat()
        except OSError as exc:
            raise _err(
                "file-unreadable",
                f"Файлды оқу мүмкін емес: {src} ({exc.strerror})",
                f"Не удалось прочитать файл: {src} ({exc.strerror})",
                f"Cannot read {src}: {exc.strerror}",
            ) from exc
        if not Path(src).is_file():
            raise _bad_input(f"{src} is not a file", f"{src} файл емес", f"{src} — не файл")
        payload.append((name, Path(src), st.st_size))
    names = {n for n, _, _ in payload}
    for record in records:
        twice = _listed_twice(record)
        if twice:
            raise _bad_input(
                f"record {record['uuid']} lists {twice!r} twice",
                f"{record['uuid']} жазбасы {twice!r} файлын екі рет атайды",
                f"Запись {record['uuid']} дважды перечисляет {twice!r}",
            )
        for ref in _record_file_refs(record):
            if ref not in names:
                raise _bad_input(
                    f"record {record['uuid']} names {ref!r}, which is not among the files",
                    f"{record['uuid']} жазбасы {ref!r} файлын атайды, ол файлдар арасында жоқ",
                    f"Запись {record['uuid']} ссылается на {ref!r}, которого нет среди файлов",
                )
    for key, value in info.items():
        if key in RESERVED_INFO or not re.match(r"^[A-Za-z][A-Za-z0-9-]{0,60}$", key):
            raise _bad_input(
                f"bag-info field {key!r} is reserved or malformed",
                f"bag-info өрісі {key!r} рұқсат етілмеген",
                f"Поле bag-info {key!r} зарезервировано или некорректно",
            )
        if "\n" in str(value) or "\r" in str(value):
            raise _bad_input(
                f"bag-info field {key!r} must be one line",
                f"bag-info өрісі {key!r} бір жол болуы керек",
                f"Поле bag-info {key!r} должно быть одной строкой",
            )
    return encoded, payload


def build_bundle(
    ctx: AppContext,
    *,
    kind: Literal["outgoing", "return"],
    recipient_code: str,
    records: Sequence[Mapping[str, Any]],
    files: Mapping[str, Path],
    out_dir: Path,
    progress: Progress | None = None,
    info: Mapping[str, str] | None = None,
    on_logged: Callable[[Session, BuiltBundle], None] | None = None,
) -> BuiltBundle:
    """Sign, zip and encrypt one bundle; write it atomically to `out_dir` and the archive.

    `records` are JSON records (docs/schemas/case-record.schema.json), `files` maps a
    payload-relative path (e.g. "cases/<uuid>/talon.pdf") to a file on disk, `info` adds
    fields to bag-info.txt (e.g. {"Packet-Number": "12/2026"}). `progress(done, total)` is
    called as bytes go through; an exception raised from it cancels the export and leaves
    nothing behind (no .qbl in `out_dir` or the archive, no log, the sequence given back).
    `on_logged(session, built)` runs in the transaction that logs the bundle, so what the
    caller records about the export (a packet marked sent) commits with the log or not at
    all — a crash between two transactions would leave a logged bundle whose packet is
    still a draft.
    """
    if kind not in KINDS:
        raise _bad_input(f"unknown bundle kind {kind!r}", f"белгісіз түр {kind!r}", f"тип {kind!r}")
    info = dict(info or {})
    with ctx.session() as s:
        me = ctx.self_office(s)
        source_code, role = me.code, me.role
        source_name = me.name_ru
        card = active_card(s, recipient_code)
        recipient_age = card.age_recipient if card else None
        recipient_role = card.role if card else None
    if role != SENDER_ROLE[kind]:
        raise _err(
            "wrong-kind-for-role",
            f"{role} кеңсесі {kind} пакетін жібермейді.",
            f"Офис с ролью {role} не отправляет пакеты типа {kind}.",
            f"An office with the role {role} does not send {kind} bundles.",
        )
    if recipient_age is None:
        raise _err(
            "recipient-not-trusted",
            f"{recipient_code} алушы кеңсенің карточкасы жоқ: алдымен оны саусақ ізін тексеріп "
            "қосыңыз (`qabyldau trust add`).",
            f"Нет карточки офиса-получателя {recipient_code}: сначала добавьте её, сверив "
            "отпечаток (`qabyldau trust add`).",
            f"No trusted card for the recipient office {recipient_code}: add it first, "
            "checking its fingerprint (`qabyldau trust add`).",
        )
    if recipient_role != RECIPIENT_ROLE[kind]:
        raise _err(
            "wrong-recipient-role",
            f"{recipient_code} кеңсесі ({recipient_role}) {kind} пакетін қабылдамайды.",
            f"Офис {recipient_code} ({recipient_role}) не принимает пакеты типа {kind}.",
            f"Office {recipient_code} ({recipient_role}) does not receive {kind} bundles.",
        )
    encoded, payload = _check_build_inputs(kind, records, files, info)
    keys = load_keys(ctx)
    out_dir = Path(out_dir)
    archive_dir = ctx.paths.archive
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        archive_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _err(
            "folder-unwritable",
            f"Қалтаға жазу мүмкін емес: {out_dir} ({exc.strerror})",
            f"Не удалось записать в папку: {out_dir} ({exc.strerror})",
            f"Cannot write to the folder {out_dir}: {exc.strerror}",
        ) from exc

    sequence = allocate_sequence(ctx, recipient_code)
    name = bundle_name(source_code, recipient_code, sequence)
    targets = [archive_dir / name]
    if out_dir.resolve() != archive_dir.resolve():
        targets.append(out_dir / name)
    placed: list[Path] = []
    temps: list[Path] = []
    work = Path(tempfile.mkdtemp(prefix="qbl-build-", dir=_work_root(ctx)))
    try:
        for t in targets:
            if t.exists():
                raise _err(
                    "bundle-exists",
                    f"Мұндай файл бар: {t}",
                    f"Такой файл уже есть: {t}",
                    f"The file already exists: {t}",
                )
        created = now_local()
        bundle_uuid = str(uuid_mod.uuid4())
        payload_total = sum(len(b) for _, b in encoded) + sum(n for _, _, n in payload)
        total = 2 * max(payload_total, 1)

        def report(done: int) -> None:
            if progress is not None:
                progress(min(done, total), total)

        zip_path = work / "bag.zip"
        manifest, oxum_bytes = _write_bag_zip(
            zip_path,
            encoded=encoded,
            payload=payload,
            created=created,
            report=report,
        )
        bag_info = _info_text(
            [
                ("Bag-Software-Agent", f"Qabyldau {__version__}"),
                ("Bagging-Date", created.date().isoformat()),
                ("Bundle-UUID", bundle_uuid),
                ("Bundle-Kind", kind),
                ("Format-Version", FORMAT_VERSION),
                ("Source-Office", source_code),
                ("Source-Organization", source_name),
                ("Recipient-Office", recipient_code),
                ("Sequence", str(sequence)),
                ("Created", iso_with_offset(created)),
                ("Record-Count", str(len(encoded))),
                ("File-Count", str(len(payload))),
                ("Payload-Oxum", f"{oxum_bytes}.{len(encoded) + len(payload)}"),
                *((k, str(v)) for k, v in info.items()),
            ]
        )
        _finish_bag_zip(zip_path, manifest=manifest, bag_info=bag_info, created=created, keys=keys)

        # Encrypt to the recipient and to ourselves, straight into temp files beside the
        # final names: a pulled USB stick leaves only a ".part" file, never a ".qbl".
        recipients = [pyrage.x25519.Recipient.from_str(recipient_age)]
        if keys.age_recipient != recipient_age:
            recipients.append(pyrage.x25519.Recipient.from_str(keys.age_recipient))
        handles: list[BinaryIO] = []
        for t in targets:
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=t.parent)
            temps.append(Path(tmp))
            handles.append(os.fdopen(fd, "wb"))
        zip_size = zip_path.stat().st_size
        tee = _TeeWriter(handles)
        try:
            with open(zip_path, "rb") as src:
                reader = _ProgressReader(
                    src,
                    lambda n: report(payload_total + n * payload_total // max(zip_size, 1)),
                )
                try:
                    pyrage.encrypt_io(reader, tee, recipients)
                except pyrage.EncryptError:
                    if reader.error is not None:
                        raise reader.error from None
                    raise
            for h in handles:
                h.flush()
                os.fsync(h.fileno())
        finally:
            for h in handles:
                h.close()
        for tmp, final in zip(temps, targets, strict=True):
            os.replace(tmp, final)
            placed.append(final)
            _fsync_dir(final.parent)
        temps.clear()
        # The last progress call comes before the log: cancelling even now undoes it all.
        report(total)

        built = BuiltBundle(
            path=targets[-1],
            archive_path=targets[0],
            uuid=bundle_uuid,
            kind=kind,
            source_code=source_code,
            recipient_code=recipient_code,
            sequence=sequence,
            created=created,
            sha256=tee.sha.hexdigest(),
            size=tee.size,
            record_count=len(encoded),
            file_count=len(payload),
            payload_bytes=oxum_bytes,
        )
        with ctx.session() as s:
            s.add(
                BundleLog(
                    direction="sent",
                    kind=kind,
                    bundle_uuid=bundle_uuid,
                    source_office_code=source_code,
                    recipient_office_code=recipient_code,
                    sequence=sequence,
                    created_at=created,
                    processed_at=now_local(),
                    file_name=name,
                    sha256=built.sha256,
                    status="exported",
                    report=json.dumps(
                        {
                            "record_count": built.record_count,
                            "file_count": built.file_count,
                            "payload_bytes": built.payload_bytes,
                            "records": [r["uuid"] for r in records],
                        },
                        ensure_ascii=False,
                    ),
                )
            )
            audit.record(
                s,
                entity="bundle",
                entity_id=bundle_uuid,
                action="export",
                after={"file": name, "sequence": sequence, "sha256": built.sha256},
            )
            if on_logged is not None:
                on_logged(s, built)
        return built
    except BaseException:
        for p in (*temps, *placed):
            p.unlink(missing_ok=True)
        # The original error is the one the user must see, not a failure to give back.
        with contextlib.suppress(Exception):
            release_sequence(ctx, recipient_code, sequence)
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _zinfo(name: str, created: datetime, size: int) -> zipfile.ZipInfo:
    # Every entry carries the bundle's creation time, not the scans' own dates: nothing
    # about the office's disk leaks into the bundle, and the zip is reproducible.
    zi = zipfile.ZipInfo(name, date_time=created.timetuple()[:6])
    zi.compress_type = (
        zipfile.ZIP_DEFLATED
        if Path(name).suffix.lower() in _DEFLATE_SUFFIXES
        else zipfile.ZIP_STORED
    )
    # Unix mode bits (and the MS-DOS folder flag) so unzip tools restore sane permissions.
    zi.external_attr = (0o40755 << 16) | 0x10 if name.endswith("/") else 0o100644 << 16
    zi.file_size = size
    if name.endswith("/"):
        zi.CRC = zi.compress_size = 0  # what ZipFile.mkdir expects of a ready-made entry
    return zi


def _write_bag_zip(
    zip_path: Path,
    *,
    encoded: list[tuple[str, bytes]],
    payload: list[tuple[str, Path, int]],
    created: datetime,
    report: Callable[[int], None],
) -> tuple[list[tuple[str, str]], int]:
    """bagit.txt and the payload; hashes each file while zipping it (one read per file)."""
    manifest: list[tuple[str, str]] = []
    done = 0
    with zipfile.ZipFile(zip_path, "w", allowZip64=True) as zf:
        zf.writestr(_zinfo("bagit.txt", created, len(BAGIT_TXT)), BAGIT_TXT)
        # An explicit folder entry: unzip tools then always create data/, as BagIt requires.
        zf.mkdir(_zinfo("data/", created, 0))
        for rel, data in encoded:
            zf.writestr(_zinfo(f"data/{rel}", created, len(data)), data)
            manifest.append((f"data/{rel}", hashlib.sha256(data).hexdigest()))
            done += len(data)
            report(done)
        for rel, src, expected in payload:
            sha = hashlib.sha256()
            n = 0
            zi = _zinfo(f"data/{rel}", created, expected)
            with open(src, "rb") as fh, zf.open(zi, "w", force_zip64=expected > 2**31) as dst:
                while chunk := fh.read(CHUNK):
                    sha.update(chunk)
                    dst.write(chunk)
                    n += len(chunk)
                    done += len(chunk)
                    report(done)
            if n != expected:
                raise _err(
                    "file-changed",
                    f"Экспорт кезінде файл өзгерді: {src}",
                    f"Файл изменился во время экспорта: {src}",
                    f"The file changed while it was being exported: {src}",
                )
            manifest.append((f"data/{rel}", sha.hexdigest()))
    return manifest, done


def _finish_bag_zip(
    zip_path: Path,
    *,
    manifest: list[tuple[str, str]],
    bag_info: bytes,
    created: datetime,
    keys: OfficeKeys,
) -> None:
    """The tag files, the tag manifest and the signature over it."""
    manifest_txt = "".join(f"{h}  {p}\n" for p, h in sorted(manifest)).encode("utf-8")
    tag_files = {
        "bagit.txt": BAGIT_TXT,
        "bag-info.txt": bag_info,
        "manifest-sha256.txt": manifest_txt,
    }
    tagmanifest = "".join(
        f"{hashlib.sha256(data).hexdigest()}  {n}\n" for n, data in tag_files.items()
    ).encode("ascii")
    signature = _info_text(
        [
            ("Algorithm", "Ed25519"),
            ("Signed-File", "tagmanifest-sha256.txt"),
            ("Signer-Office", keys.office_code),
            ("Signer-Public-Key", keys.signing_public),
            ("Signer-Fingerprint", keys.fingerprint),
            ("Signature", base64.b64encode(keys.sign(tagmanifest)).decode("ascii")),
        ]
    )
    with zipfile.ZipFile(zip_path, "a", allowZip64=True) as zf:
        for n, data in (
            ("bag-info.txt", bag_info),
            ("manifest-sha256.txt", manifest_txt),
            ("tagmanifest-sha256.txt", tagmanifest),
            (SIGNATURE_FILE, signature),
        ):
            zf.writestr(_zinfo(n, created, len(data)), data)


# =========================================================================================
# Verifying and opening
# =========================================================================================

CHECKS = (
    "readable",
    "decrypts",
    "zip_safe",
    "bag_structure",
    "signature",
    "tag_manifest",
    "signer_trusted",
    "payload_manifest",
    "records_schema",
    "recipient",
    "kind_role",
    "sequence",
)
Mode = Literal["import", "archive"]


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: str  # "ok" | "failed" | "skipped" (not run because an earlier check failed)
    kk: str | None = None
    ru: str | None = None
    en: str | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def message(self, lang: str = "ru") -> str | None:
        return {"kk": self.kk, "ru": self.ru, "en": self.en}.get(lang, self.ru)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "status": self.status,
            "reason": {"kk": self.kk, "ru": self.ru, "en": self.en} if self.en else None,
            "details": self.details,
        }


@dataclass
class VerifyReport:
    file: Path
    mode: str
    checks: list[CheckResult] = field(default_factory=list)
    sha256: str | None = None
    size: int | None = None
    bundle: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return len(self.checks) == len(CHECKS) and all(c.ok for c in self.checks)

    @property
    def failed(self) -> CheckResult | None:
        return next((c for c in self.checks if c.status == "failed"), None)

    def check(self, name: str) -> CheckResult:
        return next(c for c in self.checks if c.name == name)

    def to_json(self) -> dict[str, Any]:
        failed = self.failed
        return {
            "file": str(self.file),
            "ok": self.ok,
            "mode": self.mode,
            "failed_check": failed.name if failed else None,
            "sha256": self.sha256,
            "fingerprint": group_hex(self.sha256) if self.sha256 else None,
            "size": self.size,
            "bundle": self.bundle,
            "checks": [c.to_json() for c in self.checks],
        }


class _Fail(Exception):
    def __init__(self, kk: str, ru: str, en: str, **details: Any) -> None:
        super().__init__(en)
        self.kk, self.ru, self.en, self.details = kk, ru, en, details


def _names(items: Sequence[str], limit: int = 10) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" (+{len(items) - limit})" if len(items) > limit else "")


_INFO_FORMATS: dict[str, re.Pattern[str]] = {
    "Bundle-UUID": _UUID_RE,
    "Bundle-Kind": re.compile(r"^(outgoing|return)$"),
    "Format-Version": re.compile(r"^[0-9]{1,4}$"),
    "Source-Office": re.compile(r"^[0-9]{6,12}$"),
    "Recipient-Office": re.compile(r"^[0-9]{6,12}$"),
    "Sequence": re.compile(r"^[1-9][0-9]{0,8}$"),
    "Created": re.compile(
        r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})$"
    ),
    "Record-Count": re.compile(r"^(0|[1-9][0-9]{0,8})$"),
    "File-Count": re.compile(r"^(0|[1-9][0-9]{0,8})$"),
    "Payload-Oxum": re.compile(r"^[0-9]{1,15}\.[0-9]{1,9}$"),
    "Bagging-Date": _DATE_RE,
}
# Beyond their pattern, real dates in the years the records allow ("2026-02-30" matches the
# pattern; "0001-01-01T00:00:00+14:00" would overflow when converted to local time).
_INFO_DATES = {"Bagging-Date": "date", "Created": "date-time"}
_SIGNATURE_FIELDS = (
    "Algorithm",
    "Signed-File",
    "Signer-Office",
    "Signer-Public-Key",
    "Signature",
)


def _parse_fields(data: bytes) -> dict[str, list[str]]:
    """'Name: value' lines (the bag-info.txt syntax, folded lines joined)."""
    fields: dict[str, list[str]] = {}
    last: str | None = None
    for line in data.decode("utf-8").splitlines():
        if not line.strip():
            continue
        if line[0] in " \t" and last is not None:
            fields[last][-1] += " " + line.strip()
            continue
        if ":" not in line:
            raise ValueError(f"not a 'Name: value' line: {line[:40]!r}")
        name, value = line.split(":", 1)
        last = name.strip()
        fields.setdefault(last, []).append(value.strip())
    return fields


def _sha256_file(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            sha.update(chunk)
    return sha.hexdigest()


class _Verification:
    """One run of the checks over one file, in a work folder that the caller removes."""

    def __init__(self, ctx: AppContext, path: Path, mode: Mode) -> None:
        if mode not in ("import", "archive"):
            raise ValueError(mode)
        self.ctx = ctx
        self.path = Path(path)
        self.mode = mode
        self.report = VerifyReport(file=self.path, mode=mode)
        with ctx.session() as s:
            me = ctx.self_office(s)
            self.self_code, self.self_role = me.code, me.role
        # Before any check: without our own identity nothing can be decrypted (a user error
        # to fix, exit code 2, not a verdict on the bundle).
        self.keys = load_keys(ctx)
        self.work = Path(tempfile.mkdtemp(prefix="qbl-open-", dir=_work_root(ctx)))
        self.bag_dir = self.work / "bag"
        self.info: dict[str, str] = {}
        self.sig: dict[str, str] = {}
        self.bag: bagit.Bag | None = None
        self.payload: dict[str, Path] = {}  # data-relative posix path → extracted file
        self.record_names: list[str] = []

    def cleanup(self) -> None:
        shutil.rmtree(self.work, ignore_errors=True)

    def run(self) -> VerifyReport:
        failed = False
        for name in CHECKS:
            if failed:
                self.report.checks.append(CheckResult(name, "skipped"))
                continue
            try:
                details = getattr(self, f"_check_{name}")() or {}
            except _Fail as f:
                failed = True
                self.report.checks.append(CheckResult(name, "failed", f.kk, f.ru, f.en, f.details))
            else:
                self.report.checks.append(CheckResult(name, "ok", details=details))
        return self.report

    # --- the checks, in order ------------------------------------------------------------

    def _check_readable(self) -> dict[str, Any]:
        p = self.path
        if not p.is_file():
            raise _Fail(
                f"Файл табылмады: {p}",
                f"Файл не найден: {p}",
                f"No such file: {p}",
            )
        size = p.stat().st_size
        self.report.size = size
        if size > MAX_BUNDLE_BYTES:
            raise _Fail(
                f"Файл тым үлкен ({size} байт)",
                f"Файл слишком велик ({size} байт)",
                f"The file is too large ({size} bytes)",
            )
        try:
            with open(p, "rb") as fh:
                head = fh.read(len(AGE_MAGIC))
            self.report.sha256 = _sha256_file(p)
        except OSError as exc:
            raise _Fail(
                f"Файлды оқу мүмкін емес: {exc.strerror}",
                f"Не удалось прочитать файл: {exc.strerror}",
                f"Cannot read the file: {exc.strerror}",
            ) from exc
        if head != AGE_MAGIC:
            raise _Fail(
                "Бұл Qabyldau пакеті емес (шифрланған age файлы емес).",
                "Это не пакет Qabyldau (не зашифрованный файл age).",
                "Not a Qabyldau bundle (not an age-encrypted file).",
            )
        return {"size": size}

    def _check_decrypts(self) -> dict[str, Any]:
        size = self.report.size or 0
        if shutil.disk_usage(self.work).free < 2 * size + 64 * 1024 * 1024:
            raise _Fail(
                "Пакетті ашуға дискіде орын жеткіліксіз.",
                "Недостаточно места на диске, чтобы открыть пакет.",
                "Not enough free disk space to open the bundle.",
            )
        zip_path = self.work / "bundle.zip"
        try:
            with open(self.path, "rb") as src, open(zip_path, "wb") as dst:
                pyrage.decrypt_io(src, dst, self.keys.identities)
        except OSError as exc:
            if exc.errno is not None:  # our disk, not the bundle (full, unplugged, …)
                raise _Fail(
                    f"Пакетті ашу кезінде дискіге жазу мүмкін болмады: {exc.strerror}",
                    f"Не удалось записать на диск при открытии пакета: {exc.strerror}",
                    f"Could not write to the disk while opening the bundle: {exc.strerror}",
                ) from exc
            # pyrage reports a failed authentication tag in the body (a truncated or
            # altered file) as an OSError without errno.
            raise _Fail(
                "Пакет бүлінген немесе толық емес (көшіру үзілген болуы мүмкін).",
                "Пакет повреждён или неполон (возможно, копирование было прервано).",
                "The bundle is damaged or incomplete (was the copy interrupted?).",
                error=str(exc),
            ) from exc
        except pyrage.DecryptError as exc:
            if "no matching keys" in str(exc).lower():
                raise _Fail(
                    "Пакет басқа алушыға шифрланған: ол бұл кеңсе үшін жасалмаған.",
                    "Пакет зашифрован для другого получателя: он сделан не для этого офиса.",
                    "The bundle is encrypted to someone else: it was not made for this office.",
                ) from exc
            raise _Fail(
                "Пакет бүлінген немесе толық емес (көшіру үзілген болуы мүмкін).",
                "Пакет повреждён или неполон (возможно, копирование было прервано).",
                "The bundle is damaged or incomplete (was the copy interrupted?).",
                error=str(exc),
            ) from exc
        return {}

    def _check_zip_safe(self) -> dict[str, Any]:
        zip_path = self.work / "bundle.zip"
        try:
            zf = zipfile.ZipFile(zip_path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise _Fail(
                "Пакеттің ішінде ZIP архиві жоқ немесе ол бүлінген.",
                "Внутри пакета нет ZIP-архива, или он повреждён.",
                "The bundle does not contain a readable ZIP archive.",
                error=str(exc),
            ) from exc
        with zf:
            infos = zf.infolist()
            self._zip_limits(infos, zip_path.stat().st_size)
            self._extract(zf, infos)
        zip_path.unlink()
        return {"entries": len(infos)}

    def _unsafe(self, name: str, problem: str) -> _Fail:
        return _Fail(
            f"ZIP ішінде қауіпті жазба бар: {name!r} ({problem}).",
            f"В ZIP-архиве опасная запись: {name!r} ({problem}).",
            f"Unsafe entry in the ZIP archive: {name!r} ({problem}).",
            entry=name,
            problem=problem,
        )

    def _bomb(self, en: str) -> _Fail:
        return _Fail(
            f"ZIP архиві тым үлкен болып ашылады (ZIP-бомба): {en}. Ештеңе ашылған жоқ.",
            f"ZIP-архив распаковывается в слишком большой объём (ZIP-бомба): {en}. "
            "Ничего не распаковано.",
            f"The ZIP archive would expand too much (zip bomb): {en}. Nothing was extracted.",
        )

    def _zip_limits(self, infos: list[zipfile.ZipInfo], zip_size: int) -> None:
        """Everything is decided from the central directory, before a byte is extracted."""
        if len(infos) > MAX_ENTRIES:
            raise self._bomb(f"{len(infos)} entries (limit {MAX_ENTRIES})")
        seen: dict[str, str] = {}
        total = 0
        for zi in infos:
            name = zi.filename
            problem = path_problem(name.rstrip("/") if zi.is_dir() else name)
            if problem:
                raise self._unsafe(name, problem)
            if zi.flag_bits & 0x1:
                raise self._unsafe(name, "encrypted entry")
            if zi.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise self._unsafe(name, f"compression method {zi.compress_type}")
            if stat.S_ISLNK(zi.external_attr >> 16):
                raise self._unsafe(name, "symbolic link")
            folded = _fold(name)
            if folded in seen:
                raise self._unsafe(name, f"duplicate of {seen[folded]!r}")
            seen[folded] = name
            total += zi.file_size
            if zi.file_size > RATIO_FLOOR and zi.file_size > MAX_RATIO * max(zi.compress_size, 1):
                raise self._bomb(f"{name!r} grows from {zi.compress_size} to {zi.file_size} bytes")
        if total > MAX_TOTAL_BYTES:
            raise self._bomb(f"{total} bytes in all (limit {MAX_TOTAL_BYTES})")
        if total > RATIO_FLOOR and total > MAX_RATIO * max(zip_size, 1):
            raise self._bomb(f"{total} bytes from a {zip_size}-byte archive")
        if shutil.disk_usage(self.work).free < total + 64 * 1024 * 1024:
            raise _Fail(
                "Пакетті ашуға дискіде орын жеткіліксіз.",
                "Недостаточно места на диске, чтобы открыть пакет.",
                "Not enough free disk space to open the bundle.",
            )

    def _extract(self, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
        root = self.bag_dir.resolve()
        for zi in infos:
            dest = self.bag_dir.joinpath(*zi.filename.rstrip("/").split("/"))
            # path_problem already refused every escape; this guards against a mistake there.
            if not dest.resolve().is_relative_to(root):
                raise self._unsafe(zi.filename, "outside the bag")
            try:
                if zi.is_dir():
                    dest.mkdir(parents=True, exist_ok=True)
                    continue
                dest.parent.mkdir(parents=True, exist_ok=True)
                written = 0
                with zf.open(zi) as src, open(dest, "xb") as dst:
                    while chunk := src.read(CHUNK):
                        written += len(chunk)
                        if written > zi.file_size:
                            raise self._bomb(f"{zi.filename!r} is larger than it says")
                        dst.write(chunk)
            except _Fail:
                raise
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError) as exc:
                raise _Fail(
                    f"ZIP жазбасы бүлінген: {zi.filename!r}.",
                    f"Запись ZIP-архива повреждена: {zi.filename!r}.",
                    f"A ZIP entry is damaged: {zi.filename!r} ({exc}).",
                    entry=zi.filename,
                ) from exc

    def _structure_fail(self, en: str, kk: str | None = None, ru: str | None = None) -> _Fail:
        return _Fail(
            f"Пакеттің құрылымы дұрыс емес (BagIt): {kk or en}",
            f"Неверная структура пакета (BagIt): {ru or en}",
            f"The bundle's structure is wrong (BagIt): {en}",
        )

    def _check_bag_structure(self) -> dict[str, Any]:
        present = {p.name for p in self.bag_dir.iterdir()} if self.bag_dir.is_dir() else set()
        missing = [n for n in (*ROOT_FILES, "data") if n not in present]
        if missing:
            raise self._structure_fail(f"missing {_names(missing)}")
        unexpected = sorted(present - {*ROOT_FILES, "data"})
        if unexpected:
            raise self._structure_fail(f"unexpected at the top of the bag: {_names(unexpected)}")
        if not (self.bag_dir / "data").is_dir():
            raise self._structure_fail("data is not a folder")
        try:
            bagit_fields = _parse_fields((self.bag_dir / "bagit.txt").read_bytes())
            if bagit_fields != {
                "BagIt-Version": ["1.0"],
                "Tag-File-Character-Encoding": ["UTF-8"],
            }:
                raise ValueError("bagit.txt must declare BagIt 1.0 and UTF-8")
            self.bag = bagit.Bag(str(self.bag_dir))
            info = _parse_fields((self.bag_dir / "bag-info.txt").read_bytes())
            sig = _parse_fields((self.bag_dir / SIGNATURE_FILE).read_bytes())
        except (bagit.BagError, ValueError, UnicodeDecodeError, OSError) as exc:
            raise self._structure_fail(str(exc)) from exc
        if self.bag.algorithms != ["sha256"]:
            raise self._structure_fail(f"manifests must be SHA-256 only, not {self.bag.algorithms}")
        for name in REQUIRED_INFO:
            values = info.get(name, [])
            if len(values) != 1:
                raise self._structure_fail(
                    f"bag-info.txt must have exactly one {name}",
                    f"bag-info.txt ішінде бір {name} өрісі болуы керек",
                    f"в bag-info.txt должно быть ровно одно поле {name}",
                )
            pattern = _INFO_FORMATS.get(name)
            wrong = pattern is not None and not pattern.match(values[0])
            if not wrong and name in _INFO_DATES:
                wrong = not _format_ok(values[0], _INFO_DATES[name])
            if wrong:
                raise self._structure_fail(
                    f"bag-info.txt {name} has a wrong format: {values[0][:60]!r}",
                    f"bag-info.txt {name} өрісінің пішімі қате: {values[0][:60]!r}",
                    f"неверный формат поля {name} в bag-info.txt: {values[0][:60]!r}",
                )
        self.info = {k: v[0] for k, v in info.items()}
        version = self.info["Format-Version"]
        if version != FORMAT_VERSION:
            raise _Fail(
                f"Пакет Qabyldau-дың басқа нұсқасымен жасалған (пішім {version}). "
                "Бағдарламаны жаңартыңыз.",
                f"Пакет создан другой версией Qabyldau (формат {version}). Обновите программу.",
                f"The bundle was made by another version of Qabyldau (format {version}); "
                "update the program.",
            )
        try:
            created = datetime.fromisoformat(self.info["Created"])
        except ValueError as exc:
            raise self._structure_fail("Created is not a date-time") from exc
        for name in _SIGNATURE_FIELDS:
            if len(sig.get(name, [])) != 1:
                raise self._structure_fail(f"{SIGNATURE_FILE} must have exactly one {name}")
        self.sig = {k: v[0] for k, v in sig.items()}
        if self.sig["Algorithm"] != "Ed25519" or self.sig["Signed-File"] != (
            "tagmanifest-sha256.txt"
        ):
            raise self._structure_fail(f"{SIGNATURE_FILE}: Ed25519 over tagmanifest-sha256.txt")
        self.created_local = created.astimezone().replace(tzinfo=None)
        self.report.bundle = {
            "uuid": self.info["Bundle-UUID"],
            "kind": self.info["Bundle-Kind"],
            "source_office": self.info["Source-Office"],
            "source_organization": self.info.get("Source-Organization"),
            "recipient_office": self.info["Recipient-Office"],
            "sequence": int(self.info["Sequence"]),
            "created": self.info["Created"],
            "format_version": version,
            "record_count": int(self.info["Record-Count"]),
            "file_count": int(self.info["File-Count"]),
            "signer_fingerprint": self.sig.get("Signer-Fingerprint"),
            "extra": {k: v for k, v in self.info.items() if k not in RESERVED_INFO},
        }
        return {}

    def _check_signature(self) -> dict[str, Any]:
        public = signing_public_key(self.sig["Signer-Public-Key"])
        try:
            signature = base64.b64decode(self.sig["Signature"], validate=True)
        except (binascii.Error, ValueError):
            signature = b""
        data = (self.bag_dir / "tagmanifest-sha256.txt").read_bytes()
        try:
            if public is None or len(signature) != 64:
                raise InvalidSignature
            public.verify(signature, data)
        except InvalidSignature as exc:
            raise _Fail(
                "Қолтаңба тег манифесіне сәйкес келмейді: пакет қол қойылғаннан кейін "
                "өзгертілген немесе қолтаңба бүлінген.",
                "Подпись не соответствует манифесту тегов: пакет изменён после подписания "
                "или подпись повреждена.",
                "The signature does not match the tag manifest: the bundle was changed after "
                "it was signed, or the signature is damaged.",
            ) from exc
        return {"signer_office": self.sig["Signer-Office"]}

    def _check_tag_manifest(self) -> dict[str, Any]:
        entries: dict[str, str] = {}
        text = (self.bag_dir / "tagmanifest-sha256.txt").read_text("utf-8")
        for line in text.splitlines():
            if not line.strip():
                continue
            parts = line.split(None, 1)
            if len(parts) != 2 or parts[1] in entries:
                raise self._structure_fail(f"bad tag manifest line {line[:80]!r}")
            entries[parts[1].strip()] = parts[0].lower()
        if sorted(entries) != sorted(TAG_FILES):
            raise _Fail(
                f"Тег манифесі басқа файлдарды тізімдейді: {_names(sorted(entries))}",
                f"Манифест тегов перечисляет не те файлы: {_names(sorted(entries))}",
                f"The tag manifest lists other files than {', '.join(TAG_FILES)}: "
                f"{_names(sorted(entries))}",
            )
        changed = [n for n in TAG_FILES if _sha256_file(self.bag_dir / n) != entries[n]]
        if changed:
            raise _Fail(
                f"Қол қойылғаннан кейін өзгертілген: {_names(changed)}",
                f"Изменено после подписания: {_names(changed)}",
                f"Changed after signing: {_names(changed)}",
                changed=changed,
            )
        return {}

    def _check_signer_trusted(self) -> dict[str, Any]:
        source = self.info["Source-Office"]
        if self.sig["Signer-Office"] != source:
            raise _Fail(
                f"Қолтаңба {self.sig['Signer-Office']} кеңсесінікі, ал пакет {source} "
                "кеңсесінен деп көрсетілген.",
                f"Подпись принадлежит офису {self.sig['Signer-Office']}, а пакет указан как "
                f"отправленный офисом {source}.",
                f"The signature belongs to office {self.sig['Signer-Office']} but the bundle "
                f"says it comes from office {source}.",
            )
        with self.ctx.session() as s:
            try:
                key = trusted_signer(s, source, self.sig["Signer-Public-Key"], self.created_local)
            except UntrustedSignerError as exc:
                raise _Fail(exc.kk, exc.ru, exc.en, code=exc.code) from exc
            role, fp = key.role, key.fingerprint
        expected = SENDER_ROLE[self.info["Bundle-Kind"]]
        if role != expected:
            raise _Fail(
                f"{self.info['Bundle-Kind']} пакетін тек {expected} жібереді, ал қол қоюшы — "
                f"{role}.",
                f"Пакеты {self.info['Bundle-Kind']} отправляет только {expected}, а "
                f"подписавший — {role}.",
                f"{self.info['Bundle-Kind']} bundles are sent by the {expected} only; the "
                f"signer is a {role}.",
            )
        return {"fingerprint": group_hex(fp)}

    def _check_payload_manifest(self) -> dict[str, Any]:
        bag = self.bag
        assert bag is not None
        only_in_manifest, only_on_fs = bag.compare_manifests_with_fs()
        missing = sorted(p.replace(os.sep, "/") for p in only_in_manifest)
        added = sorted(p.replace(os.sep, "/") for p in only_on_fs)
        changed = []
        for rel, hashes in sorted(bag.payload_entries().items()):
            posix = rel.replace(os.sep, "/")
            if posix in missing:
                continue
            on_disk = self.bag_dir / bag.normalized_filesystem_names.get(
                bagit.normalize_unicode(rel), rel
            )
            if _sha256_file(on_disk) != hashes.get("sha256", "").lower():
                changed.append(posix)
            self.payload[posix.removeprefix("data/")] = on_disk
        if changed or missing or added:
            parts_en, parts_kk, parts_ru = [], [], []
            if changed:
                parts_en.append(f"changed: {_names(changed)}")
                parts_kk.append(f"өзгертілген: {_names(changed)}")
                parts_ru.append(f"изменены: {_names(changed)}")
            if added:
                parts_en.append(f"added (not in the manifest): {_names(added)}")
                parts_kk.append(f"қосылған (манифесте жоқ): {_names(added)}")
                parts_ru.append(f"добавлены (нет в манифесте): {_names(added)}")
            if missing:
                parts_en.append(f"missing: {_names(missing)}")
                parts_kk.append(f"жоқ: {_names(missing)}")
                parts_ru.append(f"отсутствуют: {_names(missing)}")
            raise _Fail(
                "Пакеттің файлдары қол қойылғаннан кейін өзгерген — " + "; ".join(parts_kk),
                "Файлы пакета изменены после подписания — " + "; ".join(parts_ru),
                "The bundle's files changed after signing — " + "; ".join(parts_en),
                changed=changed,
                added=added,
                missing=missing,
            )
        try:
            # bagit's own check of what is left (structure, Payload-Oxum); the hashing above
            # already covered every file once.
            bag.validate(processes=1, fast=True)
        except bagit.BagError as exc:
            raise self._structure_fail(str(exc)) from exc
        return {"files": len(self.payload)}

    def _check_records_schema(self) -> dict[str, Any]:
        kind = self.info["Bundle-Kind"]
        records = sorted(n for n in self.payload if n.startswith("records/"))
        others = {n for n in self.payload if not n.startswith("records/")}
        for n in records:
            if not re.match(r"^records/[0-9a-f-]{36}\.json$", n):
                raise self._record_fail(n, "records/ may hold only <uuid>.json files")
        if len(records) != int(self.info["Record-Count"]):
            raise self._record_fail(
                "bag-info.txt", f"Record-Count {self.info['Record-Count']}, found {len(records)}"
            )
        if len(others) != int(self.info["File-Count"]):
            raise self._record_fail(
                "bag-info.txt", f"File-Count {self.info['File-Count']}, found {len(others)}"
            )
        for n in records:
            path = self.payload[n]
            if path.stat().st_size > MAX_RECORD_BYTES:
                raise self._record_fail(n, "too large")
            try:
                record = load_record(path.read_bytes())
            except (ValueError, UnicodeDecodeError) as exc:
                raise self._record_fail(n, f"not valid JSON ({exc})") from exc
            errors = validate_json(record) if isinstance(record, dict) else ["not an object"]
            if errors:
                raise self._record_fail(n, "; ".join(errors[:5]), errors=errors)
            if f"records/{record['uuid']}.json" != n:
                raise self._record_fail(n, f"its uuid is {record['uuid']}")
            if record["record_type"] not in RECORD_TYPES[kind]:
                raise self._record_fail(n, f"a {kind} bundle cannot carry {record['record_type']}")
            for ref in _record_file_refs(record):
                if ref not in others:
                    raise self._record_fail(n, f"names a file that is not in the bundle: {ref}")
            twice = _listed_twice(record)
            if twice:
                raise self._record_fail(n, f"lists the same file twice: {twice}")
        self.record_names = records
        return {"records": len(records)}

    def _record_fail(self, name: str, detail: str, **details: Any) -> _Fail:
        return _Fail(
            f"Жазба схемаға сай емес: {name}: {detail}",
            f"Запись не соответствует схеме: {name}: {detail}",
            f"A record does not match the schema: {name}: {detail}",
            file=name,
            **details,
        )

    def _check_recipient(self) -> dict[str, Any]:
        if self.mode == "archive":
            if self.info["Source-Office"] != self.self_code:
                raise _Fail(
                    f"Бұл біздің кеңсенің пакеті емес ({self.info['Source-Office']}).",
                    f"Это не пакет нашего офиса ({self.info['Source-Office']}).",
                    f"Not one of this office's own bundles ({self.info['Source-Office']}).",
                )
            return {"own_archive": True}
        to = self.info["Recipient-Office"]
        if to != self.self_code:
            raise _Fail(
                f"Пакет басқа кеңсеге жолданған: {to} (біз — {self.self_code}).",
                f"Пакет адресован другому офису: {to} (наш — {self.self_code}).",
                f"The bundle is addressed to another office: {to} (this office is "
                f"{self.self_code}).",
            )
        return {}

    def _check_kind_role(self) -> dict[str, Any]:
        kind = self.info["Bundle-Kind"]
        needed = SENDER_ROLE[kind] if self.mode == "archive" else RECIPIENT_ROLE[kind]
        if self.self_role != needed:
            where_kk = "ауданда" if needed == "district" else "әкім аппаратында"
            where_ru = "в районе" if needed == "district" else "в аппарате акима"
            raise _Fail(
                f"Бұл {kind} пакеті, оны тек {where_kk} ашады; бұл кеңсе — {self.self_role}.",
                f"Это пакет типа {kind}, его открывают только {where_ru}; этот офис — "
                f"{self.self_role}.",
                f"This is a {kind} bundle, opened only by the {needed}; this office is "
                f"a {self.self_role}.",
            )
        return {}

    def _check_sequence(self) -> dict[str, Any]:
        if self.mode == "archive":
            return {"own_archive": True}
        source, seq = self.info["Source-Office"], int(self.info["Sequence"])
        bundle_uuid = self.info["Bundle-UUID"]
        with self.ctx.session() as s:
            done = select(BundleLog).where(
                BundleLog.direction == "received", BundleLog.status != "refused"
            )
            same = s.scalars(
                done.where(BundleLog.bundle_uuid == bundle_uuid).order_by(BundleLog.id)
            ).first()
            if same is not None:
                raise _Fail(
                    f"Бұл пакет {same.processed_at:%d.%m.%Y %H:%M} күні жүктелген.",
                    f"Этот пакет уже загружен {same.processed_at:%d.%m.%Y %H:%M}.",
                    f"This bundle was already imported on {same.processed_at:%Y-%m-%d %H:%M}.",
                    imported_at=same.processed_at.isoformat(),
                )
            other = s.scalars(
                done.where(
                    BundleLog.source_office_code == source,
                    BundleLog.recipient_office_code == self.self_code,
                    BundleLog.sequence == seq,
                ).order_by(BundleLog.id)
            ).first()
            if other is not None:
                raise _Fail(
                    f"{source} кеңсесінің №{seq} пакеті {other.processed_at:%d.%m.%Y %H:%M} "
                    "күні басқа пакет ретінде жүктелген (нөмір қайталанды).",
                    f"Пакет №{seq} офиса {source} уже загружен "
                    f"{other.processed_at:%d.%m.%Y %H:%M} как другой пакет (номер повторён).",
                    f"Bundle no. {seq} from office {source} was already imported on "
                    f"{other.processed_at:%Y-%m-%d %H:%M} as a different bundle "
                    f"({other.bundle_uuid}).",
                    imported_at=other.processed_at.isoformat(),
                )
        return {}


def verify_bundle(ctx: AppContext, path: Path, *, mode: Mode = "import") -> VerifyReport:
    """Run every check on a bundle file; writes nothing to the database, leaves nothing on
    disk. `mode="archive"` checks one of this office's own sent bundles instead."""
    run = _Verification(ctx, path, mode)
    try:
        return run.run()
    finally:
        run.cleanup()


class BundleRefusedError(UserError):
    """A bundle failed a check; `report` says which and why."""

    def __init__(self, report: VerifyReport) -> None:
        failed = report.failed
        assert failed is not None
        super().__init__(
            code=f"bundle-{failed.name}",
            kk=f"Пакет қабылданбады ({failed.name}): {failed.kk}",
            ru=f"Пакет не принят ({failed.name}): {failed.ru}",
            en=f"Bundle refused ({failed.name}): {failed.en}",
        )
        self.report = report


class OpenedBundle:
    """A verified bundle, extracted into a private work folder until `close()`.

    `files` maps each payload path (e.g. "cases/<uuid>/talon.pdf") to the extracted file;
    `iter_records()` reads the records one at a time so a large bundle is never held in
    memory at once. The files live on the same disk as the office's documents folder, so
    the importer can move them there with `os.replace`.
    """

    def __init__(self, run: _Verification) -> None:
        self._run = run
        # Personal data must not outlive the object, even when a caller forgets close().
        self._cleanup = weakref.finalize(self, shutil.rmtree, run.work, True)
        self.report = run.report
        self.info = dict(run.info)
        self.record_files = [run.payload[n] for n in run.record_names]
        self.files = {n: p for n, p in run.payload.items() if not n.startswith("records/")}

    @property
    def uuid(self) -> str:
        return self.info["Bundle-UUID"]

    @property
    def kind(self) -> str:
        return self.info["Bundle-Kind"]

    @property
    def source_code(self) -> str:
        return self.info["Source-Office"]

    @property
    def sequence(self) -> int:
        return int(self.info["Sequence"])

    @property
    def created(self) -> datetime:
        return self._run.created_local

    def iter_records(self) -> Iterator[dict[str, Any]]:
        for p in self.record_files:
            yield load_record(p.read_bytes())

    @property
    def records(self) -> list[dict[str, Any]]:
        return list(self.iter_records())

    def close(self) -> None:
        self._cleanup()

    def __enter__(self) -> OpenedBundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_bundle(ctx: AppContext, path: Path, *, mode: Mode = "import") -> OpenedBundle:
    """Verify and extract a bundle for import; `BundleRefusedError` when any check fails.
    Use it as a context manager: the extracted personal data is removed on exit."""
    run = _Verification(ctx, path, mode)
    try:
        report = run.run()
    except BaseException:
        run.cleanup()
        raise
    if not report.ok:
        run.cleanup()
        raise BundleRefusedError(report)
    return OpenedBundle(run)
