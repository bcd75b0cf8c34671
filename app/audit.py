"""The append-only audit trail: who changed what, when, before and after, hash-chained.

Each event's hash covers the previous event's hash, so editing or deleting an event breaks
the chain and `verify_chain` finds where.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEvent

GENESIS = "0" * 64


def _canonical(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _digest(
    prev: str,
    at: datetime,
    staff_id: int | None,
    entity: str,
    entity_id: str,
    action: str,
    before: str | None,
    after: str | None,
) -> str:
    payload = json.dumps(
        [prev, at.isoformat(), staff_id, entity, entity_id, action, before, after],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    *,
    entity: str,
    entity_id: str | int,
    action: str,
    staff_id: int | None = None,
    before: Any = None,
    after: Any = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Append one event inside the caller's transaction (so it commits or rolls back with it)."""
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    prev = last.hash if last else GENESIS
    at = at or datetime.now().replace(microsecond=0)
    b, a = _canonical(before), _canonical(after)
    ev = AuditEvent(
        at=at,
        staff_id=staff_id,
        entity=entity,
        entity_id=str(entity_id),
        action=action,
        before=b,
        after=a,
        prev_hash=prev,
        hash=_digest(prev, at, staff_id, entity, str(entity_id), action, b, a),
    )
    session.add(ev)
    session.flush()
    return ev


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    broken_at: int | None = None
    reason: str | None = None


def verify_chain(session: Session) -> ChainReport:
    prev = GENESIS
    n = 0
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        n += 1
        if ev.prev_hash != prev:
            return ChainReport(False, n, ev.id, "an event before this one was changed or deleted")
        expected = _digest(
            prev, ev.at, ev.staff_id, ev.entity, ev.entity_id, ev.action, ev.before, ev.after
        )
        if ev.hash != expected:
            return ChainReport(False, n, ev.id, "this event was changed after it was written")
        prev = ev.hash
    return ChainReport(True, n)
