"""Importing a transfer bundle: cases at the district, decisions and receipts at the akim's office.

Everything is checked before anything is written (`open_bundle` runs the twelve checks:
decryption, signature, trust, manifests, schema, recipient, kind for this role, replay).
Then the whole bundle goes in one transaction, or nothing does. The same bundle twice
changes nothing and says when it was imported; each record gets an outcome (new, updated,
unchanged, refused and why) that is shown, logged with the bundle and kept as a JSON file.

Documents are stored by content (`app.filestore`) before the commit, so a crash leaves at
most an unreferenced file, never a row pointing at nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app import audit
from app.bundle import (
    SUFFIX,
    BundleRefusedError,
    OpenedBundle,
    VerifyReport,
    dump_record,
    open_bundle,
)
from app.collation import kazakh_sort_key
from app.context import AppContext
from app.errors import UserError
from app.filestore import STORE, _suffix, sha256_of, store_file
from app.intake import next_due
from app.keys import now_local
from app.textnorm import search_fold
from db.models import (
    Applicant,
    Application,
    ApplicationStep,
    BundleLog,
    CaseFile,
    CaseRecord,
    Decision,
    DocumentItem,
    Office,
    OutgoingPacket,
    TrustedKey,
)

Progress = Callable[[int, int], None]
CHUNK = 500  # records per batch: flat memory however large the bundle
STORE_WORKERS = 8  # files flushed to disk at once while storing a bundle's documents

OUTCOMES = ("new", "updated", "unchanged", "refused")
# After the decision the district keeps the case's status; before it the case waits.
DISTRICT_WAITING = "sent"


def _err(code: str, kk: str, ru: str, en: str) -> UserError:
    return UserError(code=code, kk=kk, ru=ru, en=en)


@dataclass
class RecordOutcome:
    uuid: str
    record_type: str
    outcome: str = "refused"  # new | updated | unchanged | refused
    number: str | None = None  # the case's incoming number, when known
    reason: dict[str, str] | None = None  # {"kk","ru","en"} for a refused record

    def to_json(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid,
            "record_type": self.record_type,
            "number": self.number,
            "outcome": self.outcome,
            "reason": self.reason,
        }


@dataclass
class ImportReport:
    """What happened to one file: imported, already imported, or refused (and why)."""

    file: Path
    status: str  # imported | already_imported | refused
    bundle: dict[str, Any] | None = None
    records: list[RecordOutcome] = field(default_factory=list)
    message: dict[str, str] | None = None
    imported_at: datetime | None = None
    verification: VerifyReport | None = None
    kept_report: Path | None = None
    packets_acknowledged: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in ("imported", "already_imported")

    def counts(self) -> dict[str, int]:
        c = dict.fromkeys(OUTCOMES, 0)
        for r in self.records:
            c[r.outcome] += 1
        return c

    def text(self, lang: str = "ru") -> str:
        if self.message:
            return self.message.get(lang, self.message["ru"])
        return ""

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.file),
            "status": self.status,
            "bundle": self.bundle,
            "counts": self.counts(),
            "records": [r.to_json() for r in self.records],
            "message": self.message,
            "imported_at": self.imported_at.isoformat() if self.imported_at else None,
            "packets_acknowledged": self.packets_acknowledged,
            "failed_check": (
                self.verification.failed.name
                if self.verification and self.verification.failed
                else None
            ),
            "kept_report": str(self.kept_report) if self.kept_report else None,
        }


def _msg(kk: str, ru: str, en: str) -> dict[str, str]:
    return {"kk": kk, "ru": ru, "en": en}


def _refused(kk: str, ru: str, en: str) -> dict[str, str]:
    return _msg(kk, ru, en)


# --- parsing record values -------------------------------------------------------------------


def _dt(text: str | None) -> datetime | None:
    if not text:
        return None
    value = datetime.fromisoformat(text)
    if value.tzinfo is not None:
        # Stored times are local wall-clock times (Kazakhstan has one zone since 2024).
        value = value.astimezone().replace(tzinfo=None)
    return value


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _money(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _record_text_and_sha(record: dict[str, Any]) -> tuple[str, str]:
    # dump_record is the import's costliest Python call (the indented, sorted form the
    # bundle carries has no C fast path): once per record, for both the hash and the text.
    data = dump_record(record)
    return data.decode("utf-8"), hashlib.sha256(data).hexdigest()


def _chunks(items: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# --- entry point -------------------------------------------------------------------------------


def import_bundles(
    ctx: AppContext,
    paths: Iterable[Path],
    *,
    staff_login: str | None = None,
    progress: Progress | None = None,
) -> list[ImportReport]:
    """Import several files one after the other (each in its own transaction), in the order
    of their sequence numbers when they come from the same office, so a batch that arrived
    out of order goes in as if it had not."""
    files = sorted(Path(p) for p in paths)
    return [import_bundle(ctx, p, staff_login=staff_login, progress=progress) for p in files]


def import_bundle(
    ctx: AppContext,
    path: Path,
    *,
    staff_login: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Verify, then import one bundle of the kind this office receives."""
    path = Path(path)
    try:
        opened = open_bundle(ctx, path)
    except BundleRefusedError as exc:
        report = _refusal_report(ctx, path, exc.report)
        _keep(ctx, report)
        return report
    with opened:
        with ctx.session() as s:
            me = ctx.self_office(s)
            staff = ctx.current_staff(s, staff_login)
            role, staff_id = me.role, staff.id
        report = ImportReport(file=path, status="imported", bundle=opened.report.bundle)
        report.verification = opened.report
        stored = _store_files(ctx, opened)
        when = now_local()
        try:
            _write(ctx, path, opened, stored, report, role, staff_id, when, progress)
        except _ImportedMeanwhile as done:
            # Another workstation imported the same file while this one was checking it:
            # the write lock made us wait, and nothing of ours was written.
            report = _refusal_like_already(path, opened, done.at)
        else:
            report.imported_at = when
            report.message = _summary(report)
    _keep(ctx, report)
    return report


class _ImportedMeanwhile(Exception):
    def __init__(self, at: datetime) -> None:
        super().__init__("already imported")
        self.at = at


def _refusal_like_already(path: Path, opened: OpenedBundle, at: datetime) -> ImportReport:
    return ImportReport(
        file=path,
        status="already_imported",
        bundle=opened.report.bundle,
        imported_at=at,
        verification=opened.report,
        message=_msg(
            f"Бұл пакет {at:%d.%m.%Y %H:%M} күні жүктелген; ешнәрсе өзгерген жоқ.",
            f"Этот пакет уже загружен {at:%d.%m.%Y %H:%M}; ничего не изменено.",
            f"Already imported on {at:%Y-%m-%d %H:%M}; nothing changed.",
        ),
    )


def _write(
    ctx: AppContext,
    path: Path,
    opened: OpenedBundle,
    stored: dict[str, tuple[str, str, int]],
    report: ImportReport,
    role: str,
    staff_id: int,
    when: datetime,
    progress: Progress | None,
) -> None:
    """The one transaction of an import (see the module docstring)."""
    with ctx.session() as s:
        # Checked again under the write lock: the verification's replay check ran
        # before it, and a second workstation may have imported the file since.
        earlier = s.scalars(
            select(BundleLog).where(
                BundleLog.direction == "received",
                BundleLog.bundle_uuid == opened.uuid,
                BundleLog.status != "refused",
            )
        ).first()
        if earlier is not None:
            raise _ImportedMeanwhile(earlier.processed_at)
        if role == "district":
            _import_cases(ctx, s, opened, stored, report, when, progress)
        else:
            _import_returns(ctx, s, opened, stored, report, when, progress)
        counts = report.counts()
        s.add(
            BundleLog(
                direction="received",
                kind=opened.kind,
                bundle_uuid=opened.uuid,
                source_office_code=opened.source_code,
                recipient_office_code=me_code(s),
                sequence=opened.sequence,
                created_at=opened.created,
                processed_at=when,
                file_name=path.name,
                sha256=opened.report.sha256,
                status="imported",
                report=json.dumps(
                    {
                        "counts": counts,
                        "records": [r.to_json() for r in report.records],
                        "packet_number": opened.info.get("Packet-Number"),
                    },
                    ensure_ascii=False,
                ),
            )
        )
        audit.record(
            s,
            entity="bundle",
            entity_id=opened.uuid,
            action="import",
            staff_id=staff_id,
            after={
                "file": path.name,
                "source": opened.source_code,
                "sequence": opened.sequence,
                "sha256": opened.report.sha256,
                "counts": counts,
            },
            at=when,
        )
        _archive_copy(ctx, path, opened)


def me_code(session: Session) -> str:
    return AppContext.self_office(session).code


def _summary(report: ImportReport) -> dict[str, str]:
    c = report.counts()
    b = report.bundle or {}
    src, seq = b.get("source_office", "?"), b.get("sequence", "?")
    return _msg(
        f"{src} кеңсесінің №{seq} пакеті жүктелді: жаңа {c['new']}, жаңартылған {c['updated']}, "
        f"өзгеріссіз {c['unchanged']}, қабылданбаған {c['refused']}.",
        f"Пакет №{seq} офиса {src} загружен: новых {c['new']}, обновлено {c['updated']}, "
        f"без изменений {c['unchanged']}, отклонено {c['refused']}.",
        f"Bundle no. {seq} from office {src} imported: {c['new']} new, {c['updated']} updated, "
        f"{c['unchanged']} unchanged, {c['refused']} refused.",
    )


def _refusal_report(ctx: AppContext, path: Path, verification: VerifyReport) -> ImportReport:
    failed = verification.failed
    assert failed is not None
    bundle = verification.bundle
    already = None
    if failed.name == "sequence" and bundle:
        with ctx.session() as s:
            already = s.scalars(
                select(BundleLog).where(
                    BundleLog.direction == "received",
                    BundleLog.bundle_uuid == bundle["uuid"],
                    BundleLog.status != "refused",
                )
            ).first()
            if already is not None:
                at = already.processed_at
                return ImportReport(
                    file=path,
                    status="already_imported",
                    bundle=bundle,
                    imported_at=at,
                    verification=verification,
                    message=_msg(
                        f"Бұл пакет {at:%d.%m.%Y %H:%M} күні жүктелген; ешнәрсе өзгерген жоқ.",
                        f"Этот пакет уже загружен {at:%d.%m.%Y %H:%M}; ничего не изменено.",
                        f"Already imported on {at:%Y-%m-%d %H:%M}; nothing changed.",
                    ),
                )
    return ImportReport(
        file=path,
        status="refused",
        bundle=bundle,
        verification=verification,
        message=_msg(
            f"Пакет қабылданбады ({failed.name}): {failed.kk}",
            f"Пакет не принят ({failed.name}): {failed.ru}",
            f"Bundle refused ({failed.name}): {failed.en}",
        ),
    )


def _keep(ctx: AppContext, report: ImportReport) -> None:
    """Keep the report as a file: refused bundles leave no row in the database (a refused
    file must change nothing), but the clerk must still be able to show why it was refused."""
    folder = ctx.paths.root / "import-reports"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = now_local().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{stamp}-{report.status}-{report.file.stem[:60]}.json"
        tmp = target.with_suffix(".part")
        data = dict(report.to_json())
        if report.verification is not None:
            data["verification"] = report.verification.to_json()
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), "utf-8")
        os.replace(tmp, target)
        report.kept_report = target
    except OSError:
        # The import itself is done (or refused); a report that cannot be kept must not
        # turn it into an error.
        report.kept_report = None


def _archive_copy(ctx: AppContext, path: Path, opened: OpenedBundle) -> None:
    """Keep the received file itself in the archive, next to the ones we sent."""
    folder = ctx.paths.archive / "received"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{opened.source_code}-{opened.sequence:06d}-{opened.uuid[:8]}{SUFFIX}"
    if target.exists():
        return
    tmp = target.with_name(target.name + ".part")
    with open(path, "rb") as src, open(tmp, "wb") as dst:
        while chunk := src.read(1024 * 1024):
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, target)


def _store_files(ctx: AppContext, opened: OpenedBundle) -> dict[str, tuple[str, str, int]]:
    """Every payload file into the store, before the transaction (see module docstring).

    Two things make 10,000 files take seconds rather than minutes (bench/import.py):
    the verified files are renamed into the store instead of copied and then deleted with
    the work folder (`open_bundle` extracts them inside the data folder for this), and
    their fsyncs run several at a time, which a disk's journal commits together. Files
    with the same content go through one worker, one after the other, so no two workers
    ever write the same stored name.
    """
    items = list(opened.files.items())
    if not items:
        return {}
    stored: dict[str, tuple[str, str, int]] = {}
    with ThreadPoolExecutor(max_workers=STORE_WORKERS) as pool:
        digests = list(pool.map(sha256_of, (src for _name, src in items)))
        same: dict[str, list[tuple[str, Path]]] = {}
        for (name, src), digest in zip(items, digests, strict=True):
            same.setdefault(digest, []).append((name, src))
        for part in pool.map(lambda group: _move_group(ctx, *group), same.items()):
            stored.update(part)
    return stored


def _move_group(
    ctx: AppContext, digest: str, files: list[tuple[str, Path]]
) -> dict[str, tuple[str, str, int]]:
    """Files with one content into the store, named as `app.filestore.store_file` names them."""
    out = {}
    for name, src in files:
        rel = f"{STORE}/{digest[:2]}/{digest}{_suffix(name)}"
        target = ctx.paths.root / rel
        size = src.stat().st_size
        if not (target.is_file() and target.stat().st_size == size):
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                # Flushed before the rename, as store_file flushes its copy: the row that
                # will name it commits only after every file is on the disk. ("rb+": on
                # Windows a file must be open for writing to be flushed.)
                with open(src, "rb+") as fh:
                    os.fsync(fh.fileno())
                os.replace(src, target)
            except OSError:
                # Another disk, or a file that cannot be moved: copy it as before.
                out[name] = store_file(ctx, src, name)
                continue
        out[name] = (rel, digest, size)
    return out


# --- at the district: cases from akim's offices -------------------------------------------------


def _source_office(session: Session, code: str) -> Office:
    office = session.scalar(select(Office).where(Office.code == code))
    if office is not None:
        return office
    card = session.scalars(
        select(TrustedKey).where(TrustedKey.office_code == code).order_by(TrustedKey.id.desc())
    ).first()
    office = Office(
        role="akimat",
        code=code,
        name_kk=card.name_kk if card else code,
        name_ru=card.name_ru if card else code,
        is_self=False,
    )
    session.add(office)
    session.flush()
    return office


def _applicant_row(a: dict[str, Any], when: datetime) -> dict[str, Any]:
    full = " ".join(p for p in (a["surname"], a["name"], a.get("patronymic")) if p)
    return {
        "iin": a["iin"],
        "surname": a["surname"],
        "name": a["name"],
        "patronymic": a.get("patronymic"),
        "birth_date": _d(a.get("birth_date")),
        "address": a.get("address"),
        "phone": a.get("phone"),
        "search_key": search_fold(full),
        "sort_key": kazakh_sort_key(full),
        "updated_at": when,
    }


def _application_row(rec: dict[str, Any], office_id: int, when: datetime) -> dict[str, Any]:
    a = rec["application"]
    rep = a.get("representative") or {}
    return {
        "uuid": rec["uuid"],
        "office_id": office_id,
        "year": a["year"],
        "number": a["number"],
        "incoming_number": a["incoming_number"],
        "service_code": a["service_code"],
        "channel": a["channel"],
        "representative_name": rep.get("name"),
        "representative_iin": rep.get("iin"),
        "representative_poa": rep.get("power_of_attorney"),
        "registered_at": _dt(a["registered_at"]),
        "due_at": _dt(a.get("due_at")),
        "extension": a.get("extension"),
        "catalogue_version": a.get("catalogue_version"),
        "notes": a.get("notes"),
        "updated_at": when,
    }


def _children(rec: dict[str, Any], app_id: int) -> tuple[list[dict], list[dict]]:
    steps = [
        {
            "application_id": app_id,
            "seq": i,
            "code": st["code"],
            "name_kk": st["name_kk"],
            "name_ru": st["name_ru"],
            "actor": st["actor"],
            "limit_amount": st.get("limit_amount") or 0,
            "limit_unit": st.get("limit_unit") or "working_days",
            "excluded_from_term": bool(st.get("excluded_from_term")),
            "started_at": _dt(st.get("started_at")),
            "due_at": _dt(st.get("due_at")),
            "done_at": _dt(st.get("done_at")),
        }
        for i, st in enumerate(rec.get("steps") or [])
    ]
    docs = [
        {
            "application_id": app_id,
            "seq": i,
            "code": d.get("code"),
            "name_kk": d["name_kk"],
            "name_ru": d["name_ru"],
            "required": d["required"],
            "provided": d["provided"],
            "sheets": d.get("sheets"),
            "attachment_path": None,
        }
        for i, d in enumerate(rec.get("checklist") or [])
    ]
    return steps, docs


def _next_due_of(steps: list[dict[str, Any]], due_at: datetime | None) -> datetime | None:
    """The register's due date (app.intake.next_due) over plain rows instead of ORM objects."""
    holder = SimpleNamespace(steps=[SimpleNamespace(**r) for r in steps], due_at=due_at)
    return next_due(holder)  # type: ignore[arg-type]


def _import_cases(
    ctx: AppContext,
    s: Session,
    opened: OpenedBundle,
    stored: dict[str, tuple[str, str, int]],
    report: ImportReport,
    when: datetime,
    progress: Progress | None,
) -> None:
    source = _source_office(s, opened.source_code)
    total = len(opened.record_files)
    done = 0
    for batch in _chunks(opened.iter_records(), CHUNK):
        _case_batch(s, source, batch, stored, report, when, opened.uuid)
        done += len(batch)
        if progress is not None:
            progress(done, total)
        # Rows are written with Core statements; nothing to keep in the identity map.
        s.expunge_all()


def _case_batch(
    s: Session,
    source: Office,
    batch: list[dict[str, Any]],
    stored: dict[str, tuple[str, str, int]],
    report: ImportReport,
    when: datetime,
    bundle_uuid: str,
) -> None:
    uuids = [r["uuid"] for r in batch]
    existing = {
        row.uuid: row
        for row in s.execute(
            select(
                Application.id,
                Application.uuid,
                Application.office_id,
                Application.status,
                CaseRecord.record_sha256,
            )
            .outerjoin(CaseRecord, CaseRecord.application_id == Application.id)
            .where(Application.uuid.in_(uuids))
        )
    }
    numbers = [r["application"]["incoming_number"] for r in batch]
    taken = {
        row.incoming_number: row.uuid
        for row in s.execute(
            select(Application.incoming_number, Application.uuid).where(
                Application.office_id == source.id, Application.incoming_number.in_(numbers)
            )
        )
    }
    # The journal's (year, number) is unique per office too: a record whose number is
    # another case's — in the database or earlier in this bundle — is refused here instead
    # of failing the whole import on the constraint.
    taken_key = {
        (row.year, row.number): row.uuid
        for row in s.execute(
            select(Application.year, Application.number, Application.uuid).where(
                Application.office_id == source.id,
                Application.number.in_([r["application"]["number"] for r in batch]),
            )
        )
    }
    accepted: list[tuple[dict[str, Any], str, Any, str]] = []  # (record, sha, row, text)
    seen: set[str] = set()
    for rec in batch:
        number = rec["application"]["incoming_number"]
        out = RecordOutcome(uuid=rec["uuid"], record_type=rec["record_type"], number=number)
        report.records.append(out)
        text, sha = _record_text_and_sha(rec)
        row = existing.get(rec["uuid"])
        reason = None
        if rec["uuid"] in seen:
            reason = _refused(
                "Бір пакетте бір іс екі рет келді.",
                "Одно и то же дело дважды в одном пакете.",
                "The same case twice in one bundle.",
            )
        elif rec["office_code"] != source.code:
            reason = _refused(
                f"Іс {rec['office_code']} кеңсесіне тиесілі, пакет {source.code} кеңсесінен.",
                f"Дело принадлежит офису {rec['office_code']}, а пакет от офиса {source.code}.",
                f"The case belongs to office {rec['office_code']} but the bundle is from "
                f"{source.code}.",
            )
        elif row is not None and row.office_id != source.id:
            reason = _refused(
                "Бұл іс басқа кеңседен бұрын келген.",
                "Это дело ранее пришло от другого офиса.",
                "This case came earlier from another office.",
            )
        elif (
            taken.get(number, rec["uuid"]) != rec["uuid"]
            or taken_key.get(
                (rec["application"]["year"], rec["application"]["number"]), rec["uuid"]
            )
            != rec["uuid"]
        ):
            reason = _refused(
                f"№ {number} нөмірі осы кеңсенің басқа ісіне берілген.",
                f"Номер {number} уже занят другим делом этого офиса.",
                f"Number {number} already belongs to another case of this office.",
            )
        seen.add(rec["uuid"])
        if reason is not None:
            out.outcome, out.reason = "refused", reason
            continue
        taken[number] = rec["uuid"]
        taken_key[(rec["application"]["year"], rec["application"]["number"])] = rec["uuid"]
        if row is not None and row.record_sha256 == sha:
            out.outcome = "unchanged"
            continue
        out.outcome = "updated" if row is not None else "new"
        accepted.append((rec, sha, row, text))
    if not accepted:
        return

    # Applicants: one row per ИИН; the newest data wins (the office corrected a phone, say).
    people = {
        rec["applicant"]["iin"]: _applicant_row(rec["applicant"], when) for rec, *_ in accepted
    }
    known = dict(
        s.execute(select(Applicant.iin, Applicant.id).where(Applicant.iin.in_(list(people)))).all()
    )
    fresh = [dict(row, created_at=when) for iin, row in people.items() if iin not in known]
    # Inserts go through the tables (Core), not the ORM's bulk path: that one leaves out
    # each row's None values and so splits a batch into one statement per distinct set of
    # empty columns (thousands, for steps with and without a done_at). No column given
    # None here has a default, so NULL is what either way stores. RETURNING is not asked to
    # keep the rows' order: each returned row carries its own key (ИИН, uuid), and asking
    # for the order makes SQLite insert row by row.
    if fresh:
        people_t = Applicant.__table__
        for rid, iin in s.execute(insert(people_t).returning(people_t.c.id, people_t.c.iin), fresh):
            known[iin] = rid
    fresh_iins = {f["iin"] for f in fresh}
    changed = [dict(row, id=known[iin]) for iin, row in people.items() if iin not in fresh_iins]
    if changed:
        s.execute(update(Applicant), changed)

    new_rows, upd_rows, records, record_updates = [], [], [], []
    for rec, _sha, row, _text in accepted:
        values = _application_row(rec, source.id, when)
        values["applicant_id"] = known[rec["applicant"]["iin"]]
        if row is None:
            values["status"] = DISTRICT_WAITING
            new_rows.append(values)
        else:
            values["id"] = row.id
            upd_rows.append(values)
    ids: dict[str, int] = {}
    apps_t = Application.__table__
    if new_rows:
        for rid, uid in s.execute(insert(apps_t).returning(apps_t.c.id, apps_t.c.uuid), new_rows):
            ids[uid] = rid
    if upd_rows:
        s.execute(update(Application), upd_rows)
        for r in upd_rows:
            ids[r["uuid"]] = r["id"]
        old = [r["id"] for r in upd_rows]
        s.execute(delete(ApplicationStep).where(ApplicationStep.application_id.in_(old)))
        s.execute(delete(DocumentItem).where(DocumentItem.application_id.in_(old)))

    steps_all: list[dict] = []
    docs_all: list[dict] = []
    files_all: list[dict] = []
    next_dues: list[dict] = []
    for rec, sha, row, text in accepted:
        app_id = ids[rec["uuid"]]
        steps, docs = _children(rec, app_id)
        steps_all += steps
        docs_all += docs
        due = _next_due_of(steps, _dt(rec["application"].get("due_at")))
        next_dues.append({"id": app_id, "next_due_at": due})
        entry = {
            "application_id": app_id,
            "bundle_uuid": bundle_uuid,
            "record_sha256": sha,
            "record_json": text,
            "imported_at": when,
        }
        (record_updates if row is not None and row.record_sha256 is not None else records).append(
            entry
        )
        for ref in rec.get("files") or []:
            rel, digest, size = stored[ref["path"]]
            files_all.append(
                {
                    "application_id": app_id,
                    "name": ref["path"],
                    "role": ref["role"],
                    "title_kk": ref.get("title_kk"),
                    "title_ru": ref.get("title_ru"),
                    "stored_path": rel,
                    "sha256": digest,
                    "size": size,
                    "bundle_uuid": bundle_uuid,
                    "added_at": when,
                }
            )
    if steps_all:
        s.execute(insert(ApplicationStep.__table__), steps_all)
    if docs_all:
        s.execute(insert(DocumentItem.__table__), docs_all)
    if next_dues:
        s.execute(update(Application), next_dues)
    if records:
        s.execute(insert(CaseRecord.__table__), records)
    if record_updates:
        s.execute(
            update(CaseRecord),
            [dict(r, application_id=r["application_id"]) for r in record_updates],
        )
    if files_all:
        app_ids = list({f["application_id"] for f in files_all})
        s.execute(delete(CaseFile).where(CaseFile.application_id.in_(app_ids)))
        s.execute(insert(CaseFile.__table__), files_all)


# --- at the akim's office: acknowledgements and decisions ----------------------------------------


def _import_returns(
    ctx: AppContext,
    s: Session,
    opened: OpenedBundle,
    stored: dict[str, tuple[str, str, int]],
    report: ImportReport,
    when: datetime,
    progress: Progress | None,
) -> None:
    me = ctx.self_office(s)
    total = len(opened.record_files)
    for done, rec in enumerate(opened.iter_records(), 1):
        if rec["record_type"] == "acknowledgement":
            report.records.append(_acknowledgement(s, rec, report, when))
        else:
            report.records.append(_decision(ctx, s, me, rec, stored, when, opened.uuid))
        if progress is not None:
            progress(done, total)


def _acknowledgement(
    s: Session, rec: dict[str, Any], report: ImportReport, when: datetime
) -> RecordOutcome:
    out = RecordOutcome(uuid=rec["uuid"], record_type="acknowledgement")
    log = s.scalar(
        select(BundleLog).where(BundleLog.direction == "sent", BundleLog.bundle_uuid == rec["uuid"])
    )
    if log is None:
        out.outcome = "refused"
        out.reason = _refused(
            "Мұндай пакет бұл кеңседен жіберілмеген.",
            "Такой пакет из этого офиса не отправлялся.",
            "No bundle with this id was sent from this office.",
        )
        return out
    packet = s.scalar(select(OutgoingPacket).where(OutgoingPacket.bundle_uuid == rec["uuid"]))
    if packet is not None:
        out.number = packet.outgoing_number
    if log.status == "acknowledged":
        out.outcome = "unchanged"
        return out
    received = _dt(rec["received_at"]) or when
    log.status = "acknowledged"
    log.report = json.dumps(
        dict(_load(log.report), acknowledgement=rec), ensure_ascii=False, default=str
    )
    if packet is not None:
        packet.status = "acknowledged"
        packet.acknowledged_at = received
        report.packets_acknowledged.append(packet.outgoing_number)
        audit.record(
            s,
            entity="packet",
            entity_id=packet.id,
            action="acknowledged",
            before={"status": "sent"},
            after={
                "status": "acknowledged",
                "received_at": rec["received_at"],
                "district_status": rec["status"],
                "records_refused": sum(1 for r in rec["records"] if r["outcome"] == "refused"),
            },
            at=when,
        )
    out.outcome = "updated"
    return out


def _load(text: str | None) -> dict[str, Any]:
    with contextlib.suppress(ValueError, TypeError):
        value = json.loads(text or "{}")
        if isinstance(value, dict):
            return value
    return {}


def _decision(
    ctx: AppContext,
    s: Session,
    me: Office,
    rec: dict[str, Any],
    stored: dict[str, tuple[str, str, int]],
    when: datetime,
    bundle_uuid: str,
) -> RecordOutcome:
    out = RecordOutcome(uuid=rec["uuid"], record_type="decision", number=rec["incoming_number"])
    app = s.scalar(select(Application).where(Application.uuid == rec["uuid"]))
    if app is None or app.office_id != me.id:
        out.outcome = "refused"
        out.reason = _refused(
            f"№ {rec['incoming_number']} ісі бұл кеңседе жоқ.",
            f"Дела № {rec['incoming_number']} нет в этом офисе.",
            f"Case No. {rec['incoming_number']} is not a case of this office.",
        )
        return out
    if app.status in ("issued", "closed"):
        existing = s.scalar(select(Decision).where(Decision.application_id == app.id))
        if existing is not None and existing.number == rec["decision"]["number"]:
            out.outcome = "unchanged"
            return out
        out.outcome = "refused"
        out.reason = _refused(
            "Нәтиже өтініш берушіге берілген; шешімді өзгертуге болмайды.",
            "Результат уже выдан заявителю; решение изменить нельзя.",
            "The result was already issued to the applicant; the decision cannot change.",
        )
        return out
    d = rec["decision"]
    pdf = next((f for f in rec.get("files") or [] if f["role"] == "decision"), None)
    pdf_rel, pdf_sha = (stored[pdf["path"]][0], stored[pdf["path"]][1]) if pdf else (None, None)
    values = {
        "outcome": d["outcome"],
        "number": d["number"],
        "decided_on": _d(d["decided_on"]),
        "refusal_ground": d.get("refusal_ground"),
        "refusal_ground_code": d.get("refusal_ground_code"),
        "signer": d.get("signer"),
        "amount": _money(d.get("amount")),
        "period_from": _d(d.get("period_from")),
        "period_to": _d(d.get("period_to")),
        "pdf_path": pdf_rel,
        "pdf_sha256": pdf_sha,
    }
    dec = s.scalar(select(Decision).where(Decision.application_id == app.id))
    if dec is not None:
        same = all(getattr(dec, k) == v for k, v in values.items())
        if same:
            out.outcome = "unchanged"
            return out
        before = {k: str(getattr(dec, k)) for k in values}
        for k, v in values.items():
            setattr(dec, k, v)
        dec.bundle_uuid = bundle_uuid
        out.outcome = "updated"
    else:
        before = None
        dec = Decision(application_id=app.id, recorded_at=when, bundle_uuid=bundle_uuid, **values)
        s.add(dec)
        out.outcome = "new"
    old_status = app.status
    app.status = "ready_for_issue"
    app.outcome = d["outcome"]
    app.updated_at = when
    decided = datetime.combine(values["decided_on"], datetime.min.time())
    for st in app.steps:
        if st.actor == "department" and st.done_at is None:
            st.done_at = max(decided, st.started_at or decided)
    issue = next((st for st in app.steps if st.done_at is None), None)
    if issue is not None and issue.started_at is None:
        issue.started_at = when
    app.next_due_at = next_due(app)
    audit.record(
        s,
        entity="application",
        entity_id=app.uuid,
        action="decision_received",
        before={"status": old_status, "decision": before},
        after={
            "status": "ready_for_issue",
            "outcome": d["outcome"],
            "number": d["number"],
            "decided_on": d["decided_on"],
            "bundle": bundle_uuid,
        },
        at=when,
    )
    return out
