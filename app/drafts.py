"""Drafts: a dialog's unsaved state, kept in the database so a crash or a closed window
loses nothing (the new-application dialog saves every field change here).

One draft per (kind, key): `kind` names the dialog ("intake", "act"), `key` tells apart
several drafts of one kind (an inspection act per application; the intake dialog uses "").
Each call is its own short transaction, so a draft write never holds the write lock that
registering an application needs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from app.context import AppContext
from db.models import Draft


@dataclass(frozen=True)
class DraftInfo:
    kind: str
    key: str
    payload: dict[str, Any]
    updated_at: datetime
    staff_id: int | None = None


def _decode(text: str) -> dict[str, Any] | None:
    # A draft is a convenience: one that cannot be read (half-written by an old version,
    # edited by hand) is treated as absent rather than stopping the dialog from opening.
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def save_draft(
    ctx: AppContext,
    kind: str,
    payload: dict[str, Any],
    key: str = "",
    *,
    staff_id: int | None = None,
) -> None:
    """Create or replace the draft (kind, key) with `payload` (must be JSON-serialisable)."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)
    with ctx.session() as s:
        row = s.scalar(select(Draft).where(Draft.kind == kind, Draft.key == key))
        if row is None:
            s.add(
                Draft(
                    kind=kind, key=key, staff_id=staff_id, payload=text, updated_at=datetime.now()
                )
            )
        else:
            row.payload = text
            row.updated_at = datetime.now()
            if staff_id is not None:
                row.staff_id = staff_id


def get_draft(ctx: AppContext, kind: str, key: str = "") -> DraftInfo | None:
    """The draft with its save time (the dialog asks "continue from HH:MM?"), or None."""
    with ctx.session() as s:
        row = s.scalar(select(Draft).where(Draft.kind == kind, Draft.key == key))
        if row is None:
            return None
        payload = _decode(row.payload)
        if payload is None:
            return None
        return DraftInfo(row.kind, row.key, payload, row.updated_at, row.staff_id)


def load_draft(ctx: AppContext, kind: str, key: str = "") -> dict[str, Any] | None:
    """The saved payload of draft (kind, key), or None when there is none."""
    info = get_draft(ctx, kind, key)
    return info.payload if info else None


def discard_draft(ctx: AppContext, kind: str, key: str = "") -> None:
    """Forget the draft (kind, key); nothing happens when there is none."""
    with ctx.session() as s:
        s.execute(delete(Draft).where(Draft.kind == kind, Draft.key == key))


def list_drafts(ctx: AppContext, kind: str) -> list[DraftInfo]:
    """All readable drafts of one kind, most recently saved first."""
    with ctx.session() as s:
        rows = s.scalars(
            select(Draft)
            .where(Draft.kind == kind)
            .order_by(Draft.updated_at.desc(), Draft.id.desc())
        )
        out: list[DraftInfo] = []
        for row in rows:
            payload = _decode(row.payload)
            if payload is not None:
                out.append(DraftInfo(row.kind, row.key, payload, row.updated_at, row.staff_id))
        return out
