"""Where every bundle is, for either role: what came in (per sending office, with gaps) and,
at an akim's office, which packets the district has not acknowledged and should be re-sent."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from app.context import AppContext
from app.district import delivery_status, gaps_in
from app.keys import now_local
from db.models import BundleLog, OutgoingPacket

DEFAULT_RESEND_DAYS = 5


def unacknowledged_packets(ctx: AppContext, today: date | None = None) -> list[dict[str, Any]]:
    """Sent packets with no acknowledgement; `resend` once older than the setting
    `resend_after_days` (default 5): re-sending writes the same file again."""
    today = today or now_local().date()
    with ctx.session() as s:
        limit = int(ctx.get_setting(s, "resend_after_days", DEFAULT_RESEND_DAYS))
        rows = s.scalars(
            select(OutgoingPacket)
            .where(OutgoingPacket.status == "sent")
            .order_by(OutgoingPacket.sent_at, OutgoingPacket.id)
        ).all()
        out = []
        for p in rows:
            age = (today - p.sent_at.date()).days if p.sent_at else 0
            out.append(
                {
                    "id": p.id,
                    "number": p.outgoing_number,
                    "recipient": p.recipient_code,
                    "sequence": p.bundle_sequence,
                    "status": p.status,
                    "sent_at": p.sent_at.isoformat() if p.sent_at else None,
                    "age_days": age,
                    "resend": age >= limit,
                }
            )
    return out


def bundles_status(ctx: AppContext, today: date | None = None) -> dict[str, Any]:
    with ctx.session() as s:
        me = ctx.self_office(s)
        role, code = me.role, me.code
        received = s.execute(
            select(BundleLog.source_office_code, BundleLog.sequence, BundleLog.processed_at).where(
                BundleLog.direction == "received",
                BundleLog.status != "refused",
                BundleLog.recipient_office_code == code,
            )
        ).all()
    if role == "district":
        offices = [o.to_json() for o in delivery_status(ctx)]
        packets: list[dict[str, Any]] = []
    else:
        offices = []
        for src in sorted({r.source_office_code for r in received}):
            rows = [r for r in received if r.source_office_code == src]
            offices.append(
                {
                    "office_code": src,
                    "last_sequence": max(r.sequence for r in rows),
                    "last_received_at": max(r.processed_at for r in rows).isoformat(),
                    "gaps": gaps_in([r.sequence for r in rows]),
                }
            )
        packets = unacknowledged_packets(ctx, today)
    return {"role": role, "office_code": code, "offices": offices, "packets": packets}
