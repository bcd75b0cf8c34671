"""The append-only audit trail: who changed what, when, before and after, hash-chained.

Each event's hash covers the previous event's hash, so editing or deleting an event breaks
the chain and `verify_chain` finds where.

A chain alone cannot show that its *last* events were deleted: what is left is still a
valid chain. So every `record` also writes the chain's head (the last event's id and hash
and how many events there are) to the `setting` table, in the same transaction as the
event. Deleting the last event (or the last ten) then leaves a head that names an event
which is not there, and a count that does not match; deleting the head too is reported as
a missing head, since every database that has events has had a head since its first one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import AuditEvent, Setting, Staff

GENESIS = "0" * 64
HEAD_KEY = "audit_head"  # {"id": last event id, "hash": its hash, "count": events}


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


def _acting_staff_id(session: Session) -> int | None:
    """The logged-in staff member (AppContext.session puts the login in `session.info`),
    else the first active one, as `AppContext.current_staff` chooses."""
    q = select(Staff.id).where(Staff.active.is_(True))
    login = session.info.get("staff_login")
    if login:
        q = q.where(Staff.login == login)
    return session.scalar(q.order_by(Staff.id).limit(1))


def _read_head(session: Session) -> dict[str, Any] | None:
    row = session.get(Setting, HEAD_KEY)
    if row is None:
        return None
    try:
        value = json.loads(row.value)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _write_head(session: Session, ev: AuditEvent, count: int) -> None:
    value = json.dumps({"id": ev.id, "hash": ev.hash, "count": count})
    row = session.get(Setting, HEAD_KEY)
    if row is None:
        session.add(Setting(key=HEAD_KEY, value=value))
    else:
        row.value = value


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
    """Append one event inside the caller's transaction (so it commits or rolls back with it).

    Without `staff_id` the event names the logged-in staff member.
    """
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    prev = last.hash if last else GENESIS
    if staff_id is None:
        staff_id = _acting_staff_id(session)
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
    head = _read_head(session)
    # Counted on from the head, not recounted: a deleted event must leave the count short.
    if head and isinstance(head.get("count"), int):
        count = head["count"] + 1
    else:  # the first event of this database
        count = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    _write_head(session, ev, count)
    return ev


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    broken_at: int | None = None
    reason: str | None = None
    # changed | gap | missing-last | added | missing-head: what `reason` says, for kk/ru
    code: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "events": self.events,
            "broken_at": self.broken_at,
            "code": self.code,
            "reason": self.reason,
        }


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain from the first event, then check its end against the stored head."""
    prev = GENESIS
    ids: list[int] = []
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        ids.append(ev.id)
        n = len(ids)
        if ev.prev_hash != prev:
            return ChainReport(
                False, n, ev.id, "an event before this one was changed or deleted", "gap"
            )
        expected = _digest(
            prev, ev.at, ev.staff_id, ev.entity, ev.entity_id, ev.action, ev.before, ev.after
        )
        if ev.hash != expected:
            return ChainReport(
                False, n, ev.id, "this event was changed after it was written", "changed"
            )
        prev = ev.hash
    n = len(ids)
    last_id = ids[-1] if ids else None
    head = _read_head(session)
    if head is None:
        if n == 0:
            return ChainReport(True, 0)
        return ChainReport(
            False, n, last_id, "the record of the chain's last event is missing", "missing-head"
        )
    count, head_id = head.get("count"), head.get("id")
    if not isinstance(count, int) or not isinstance(head_id, int):
        return ChainReport(
            False, n, last_id, "the record of the chain's last event is damaged", "missing-head"
        )
    if count > n:
        return ChainReport(
            False,
            n,
            head_id,
            f"{count - n} event(s) at the end of the chain were deleted, the last of them "
            f"#{head_id}",
            "missing-last",
        )
    if count < n:
        return ChainReport(
            False, n, ids[count], "events were added without going through the program", "added"
        )
    if head.get("hash") != prev or head_id != last_id:
        return ChainReport(
            False, n, last_id, "the last event was replaced after it was written", "changed"
        )
    return ChainReport(True, n)


# --- reading the trail ----------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One field an event changed: `field` is a dotted path into the before/after JSON."""

    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: datetime
    staff_id: int | None
    staff_login: str | None
    staff_name: str | None  # surname and initials
    entity: str
    entity_id: str
    action: str
    before: Any
    after: Any

    @property
    def changes(self) -> list[Change]:
        return changes(self.before, self.after)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "staff_id": self.staff_id,
            "staff_login": self.staff_login,
            "staff": self.staff_name,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "action": self.action,
            "before": self.before,
            "after": self.after,
        }


def _load(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _flatten(value: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict) and (value or not prefix):  # {} at the top: no fields
        for key in value:
            yield from _flatten(value[key], f"{prefix}.{key}" if prefix else str(key))
    else:
        yield prefix, value


def changes(before: Any, after: Any) -> list[Change]:
    """The fields that differ between before and after, nested dicts as dotted paths; an
    event with only `after` (a creation) lists every field it set."""
    if before is None and isinstance(after, dict):
        before = {}
    if after is None and isinstance(before, dict):
        after = {}
    if not isinstance(before, dict) or not isinstance(after, dict):
        if before == after:
            return []
        return [Change("", before, after)]
    old = dict(_flatten(before))
    new = dict(_flatten(after))
    fields = list(old) + [k for k in new if k not in old]
    return [Change(f, old.get(f), new.get(f)) for f in fields if old.get(f) != new.get(f)]


def history(
    session: Session,
    *,
    entity: str | None = None,
    entity_id: str | None = None,
    limit: int | None = None,
) -> list[HistoryEntry]:
    """Events, oldest first (the newest `limit` of them), optionally of one entity."""
    q = select(AuditEvent, Staff).outerjoin(Staff, Staff.id == AuditEvent.staff_id)
    if entity:
        q = q.where(AuditEvent.entity == entity)
    if entity_id is not None:
        q = q.where(AuditEvent.entity_id == str(entity_id))
    q = q.order_by(AuditEvent.id.desc())
    if limit:
        q = q.limit(limit)
    rows = list(session.execute(q))
    rows.reverse()
    return [
        HistoryEntry(
            ev.id,
            ev.at,
            ev.staff_id,
            staff.login if staff else None,
            staff.short_name if staff else None,
            ev.entity,
            ev.entity_id,
            ev.action,
            _load(ev.before),
            _load(ev.after),
        )
        for ev, staff in rows
    ]
