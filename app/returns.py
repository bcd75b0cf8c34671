"""The district's return bundle to one akim's office: receipts for every bundle received
from it (with each record's outcome) and the decisions not yet sent, with their PDFs.

Same format and protections as an outgoing bundle (`app.bundle.build_bundle`, kind
"return"). What went into a bundle is marked only after the file is safely written; a crash
in between sends the same receipts and decisions again next time, which the office's import
recognises as unchanged.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app import audit
from app.bundle import BuiltBundle, Progress, _work_root, build_bundle
from app.context import AppContext
from app.district import _decision_json, decision_data, require_district
from app.errors import UserError
from app.filestore import stored_path
from app.keys import iso_with_offset, now_local
from db.models import Application, BundleLog, Decision, Office

SCHEMA_VERSION = 1


def _err(code: str, kk: str, ru: str, en: str) -> UserError:
    return UserError(code=code, kk=kk, ru=ru, en=en)


@dataclass
class ReturnResult:
    office_code: str
    bundle: BuiltBundle
    acknowledgements: int
    decisions: int

    def to_json(self) -> dict[str, Any]:
        return {
            "office_code": self.office_code,
            "acknowledgements": self.acknowledgements,
            "decisions": self.decisions,
            **self.bundle.to_json(),
        }


def _ack_record(log: BundleLog) -> dict[str, Any]:
    report = json.loads(log.report or "{}")
    return {
        "record_type": "acknowledgement",
        "schema_version": SCHEMA_VERSION,
        "uuid": log.bundle_uuid,
        "source_office": log.source_office_code,
        "sequence": log.sequence,
        "received_at": iso_with_offset(log.processed_at),
        "status": "imported",
        "reason": None,
        "records": [
            {"uuid": r["uuid"], "outcome": r["outcome"], "reason": _reason_text(r.get("reason"))}
            for r in report.get("records", [])
        ],
    }


def _reason_text(reason: dict[str, str] | None) -> str | None:
    if not reason:
        return None
    # One text field in the schema: both languages, so the office reads it in its own.
    return f"{reason.get('kk', '')} / {reason.get('ru', '')}".strip(" /")


def _decision_record(app: Application, dec: Decision, pdf_name: str) -> dict[str, Any]:
    return {
        "record_type": "decision",
        "schema_version": SCHEMA_VERSION,
        "uuid": app.uuid,
        "office_code": app.office.code,
        "incoming_number": app.incoming_number,
        "decision": {
            "outcome": dec.outcome,
            "number": dec.number,
            "decided_on": dec.decided_on.isoformat(),
            "refusal_ground": dec.refusal_ground,
            "refusal_ground_code": dec.refusal_ground_code,
            "signer": dec.signer,
            "amount": f"{dec.amount:.2f}" if dec.amount is not None else None,
            "period_from": dec.period_from.isoformat() if dec.period_from else None,
            "period_to": dec.period_to.isoformat() if dec.period_to else None,
        },
        "files": [
            {
                "path": pdf_name,
                "role": "decision",
                "title_kk": "Шешім" if dec.outcome == "assigned" else "Дәлелді бас тарту",
                "title_ru": "Уведомление о назначении"
                if dec.outcome == "assigned"
                else "Мотивированный отказ",
                "media_type": "application/pdf",
            }
        ],
    }


def pending_for(ctx: AppContext, office_code: str) -> tuple[int, int]:
    """(bundles to acknowledge, decisions to send) for one office."""
    with ctx.session() as s:
        acks = len(_unacknowledged(s, office_code))
        decs = len(_unsent(s, office_code))
    return acks, decs


def _unacknowledged(s: Any, office_code: str) -> list[BundleLog]:
    return list(
        s.scalars(
            select(BundleLog)
            .where(
                BundleLog.direction == "received",
                BundleLog.status == "imported",
                BundleLog.source_office_code == office_code,
                BundleLog.acknowledged_in.is_(None),
            )
            .order_by(BundleLog.sequence)
        )
    )


def _unsent(s: Any, office_code: str) -> list[tuple[Application, Decision]]:
    rows = s.execute(
        select(Application, Decision)
        .join(Decision, Decision.application_id == Application.id)
        .join(Office, Office.id == Application.office_id)
        .where(Office.code == office_code, Decision.bundle_uuid.is_(None))
        .order_by(Application.id)
    ).all()
    return [(a, d) for a, d in rows]


def export_return(
    ctx: AppContext,
    office_code: str,
    out_dir: Path,
    *,
    staff_login: str | None = None,
    progress: Progress | None = None,
) -> ReturnResult:
    """Write the return bundle for `office_code` to `out_dir` (and the archive)."""
    from forms.decision import render_decision_pdf

    with ctx.session() as s:
        require_district(s)
        if s.scalar(select(Office).where(Office.code == office_code)) is None:
            raise _err(
                "unknown-office",
                f"{office_code} кеңсесінен бірде-бір пакет келмеген.",
                f"От офиса {office_code} не приходило ни одного пакета.",
                f"No bundle has come from office {office_code}.",
            )
        logs = _unacknowledged(s, office_code)
        acks = [_ack_record(log) for log in logs]
        ack_ids = [log.id for log in logs]
        pairs = _unsent(s, office_code)
        if not acks and not pairs:
            raise _err(
                "nothing-to-return",
                f"{office_code} кеңсесіне жіберетін ештеңе жоқ: барлық пакеттер расталған, "
                "шешімдер жіберілген.",
                f"Офису {office_code} нечего отправлять: все пакеты подтверждены, решения "
                "отправлены.",
                f"Nothing to send to office {office_code}: every bundle acknowledged and every "
                "decision sent.",
            )
        work = Path(tempfile.mkdtemp(prefix="qbl-return-", dir=_work_root(ctx)))
        try:
            files: dict[str, Path] = {}
            records: list[dict[str, Any]] = list(acks)
            dec_ids = []
            for app, dec in pairs:
                name = f"decisions/{app.uuid}/decision.pdf"
                if dec.pdf_path:
                    files[name] = stored_path(ctx, dec.pdf_path)
                else:
                    files[name] = render_decision_pdf(
                        decision_data(s, ctx, app), work / f"{app.uuid}.pdf"
                    )
                records.append(_decision_record(app, dec, name))
                dec_ids.append((dec.id, app.uuid, _decision_json(dec)))
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise

    def mark_sent(s: Session, built: BuiltBundle) -> None:
        # In the bundle log's own transaction: a crash never leaves a logged return bundle
        # whose decisions and receipts still look unsent (and would go out again).
        when = now_local()
        staff = ctx.current_staff(s, staff_login)
        if ack_ids:
            s.execute(
                update(BundleLog)
                .where(BundleLog.id.in_(ack_ids))
                .values(acknowledged_in=built.uuid)
            )
        if dec_ids:
            s.execute(
                update(Decision)
                .where(Decision.id.in_([d for d, _, _ in dec_ids]))
                .values(bundle_uuid=built.uuid)
            )
        for _, uuid, _dec in dec_ids:
            audit.record(
                s,
                entity="decision",
                entity_id=uuid,
                action="sent",
                staff_id=staff.id,
                after={"bundle": built.uuid, "office": office_code},
                at=when,
            )
        audit.record(
            s,
            entity="bundle",
            entity_id=built.uuid,
            action="return_export",
            staff_id=staff.id,
            after={
                "office": office_code,
                "file": built.path.name,
                "acknowledgements": len(ack_ids),
                "decisions": len(dec_ids),
            },
            at=when,
        )

    try:
        built = build_bundle(
            ctx,
            kind="return",
            recipient_code=office_code,
            records=records,
            files=files,
            out_dir=Path(out_dir),
            progress=progress,
            on_logged=mark_sent,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return ReturnResult(office_code, built, len(ack_ids), len(dec_ids))
