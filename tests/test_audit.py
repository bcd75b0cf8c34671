"""The audit trail: the hash chain, its stored head (so deleting the last events shows), the
trail's readable history, and `audit verify|show`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import audit
from app import settings as office_settings
from app.context import AppContext
from app.intake import ApplicantInput, IntakeRequest, register
from app.office import init_office
from db.models import AuditEvent, Setting
from tests.test_cli import OFFICE, ok, run
from tests.test_cli_intake import DOCS

CODE = "196435100"
WHEN = datetime(2026, 12, 10, 10, 0)


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    with AppContext(home) as c:
        init_office(c, role="akimat", code=CODE, name_kk="Қосшы", name_ru="Косшы")
        with c.session() as s:
            for i in range(5):
                audit.record(s, entity="thing", entity_id=i, action="set", after={"n": i})
        yield c


def _sql(ctx: AppContext, statement: str, *params: object) -> None:
    """A change made behind the program's back, with the SQLite file opened directly."""
    con = sqlite3.connect(ctx.paths.database)
    with con:
        con.execute(statement, params)
    con.close()


def _verify(ctx: AppContext) -> audit.ChainReport:
    with ctx.session() as s:
        return audit.verify_chain(s)


def _last_ids(ctx: AppContext, n: int) -> list[int]:
    with ctx.session() as s:
        return list(s.scalars(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(n)))[::-1]


def test_an_untouched_chain_verifies_and_its_head_follows_it(ctx: AppContext) -> None:
    report = _verify(ctx)
    assert report.ok and report.events == 7  # office, first staff member, five things
    with ctx.session() as s:
        head = json.loads(s.get(Setting, audit.HEAD_KEY).value)
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert head == {"id": last.id, "hash": last.hash, "count": 7}


def test_the_head_rolls_back_with_its_event(ctx: AppContext) -> None:
    with pytest.raises(RuntimeError), ctx.session() as s:
        audit.record(s, entity="thing", entity_id=99, action="set")
        raise RuntimeError("the workflow failed after recording")
    assert _verify(ctx).ok
    with ctx.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == 7


def test_deleting_the_last_event_is_detected(ctx: AppContext) -> None:
    last = _last_ids(ctx, 1)[0]
    _sql(ctx, "DELETE FROM audit_event WHERE id = ?", last)
    report = _verify(ctx)
    assert not report.ok
    assert (report.code, report.broken_at, report.events) == ("missing-last", last, 6)


def test_deleting_the_last_three_events_is_detected(ctx: AppContext) -> None:
    ids = _last_ids(ctx, 3)
    _sql(ctx, "DELETE FROM audit_event WHERE id >= ?", ids[0])
    report = _verify(ctx)
    assert (report.ok, report.code, report.broken_at) == (False, "missing-last", ids[-1])
    assert "3 event(s)" in (report.reason or "")


def test_a_new_event_after_a_deleted_last_one_does_not_hide_it(ctx: AppContext) -> None:
    _sql(ctx, "DELETE FROM audit_event WHERE id = ?", _last_ids(ctx, 1)[0])
    with ctx.session() as s:
        audit.record(s, entity="thing", entity_id="late", action="set")
    assert _verify(ctx).code == "missing-last"  # the count stays one short


def test_deleting_the_head_too_is_detected(ctx: AppContext) -> None:
    _sql(ctx, "DELETE FROM audit_event WHERE id = ?", _last_ids(ctx, 1)[0])
    _sql(ctx, "DELETE FROM setting WHERE key = ?", audit.HEAD_KEY)
    assert _verify(ctx).code == "missing-head"


def test_changing_or_deleting_an_event_in_the_middle_is_detected(ctx: AppContext) -> None:
    ids = _last_ids(ctx, 5)
    _sql(ctx, "UPDATE audit_event SET after = ? WHERE id = ?", '{"n": 100}', ids[1])
    report = _verify(ctx)
    assert (report.code, report.broken_at) == ("changed", ids[1])
    _sql(ctx, "DELETE FROM audit_event WHERE id = ?", ids[1])
    report = _verify(ctx)
    assert (report.code, report.broken_at) == ("gap", ids[2])


def test_a_rewritten_last_event_with_a_valid_hash_is_detected(ctx: AppContext) -> None:
    last = _last_ids(ctx, 1)[0]
    with ctx.session() as s:
        ev = s.get(AuditEvent, last)
        forged = json.dumps({"n": 1000})
        digest = audit._digest(
            ev.prev_hash, ev.at, ev.staff_id, ev.entity, ev.entity_id, ev.action, None, forged
        )
    _sql(ctx, "UPDATE audit_event SET after = ?, hash = ? WHERE id = ?", forged, digest, last)
    assert (_verify(ctx).code, _verify(ctx).broken_at) == ("changed", last)


def test_an_event_slipped_in_at_the_end_is_detected(ctx: AppContext) -> None:
    with ctx.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        at = datetime(2026, 12, 11, 9, 0)
        digest = audit._digest(last.hash, at, None, "thing", "x", "set", None, None)
    _sql(
        ctx,
        "INSERT INTO audit_event (at, entity, entity_id, action, prev_hash, hash) "
        "VALUES (?, 'thing', 'x', 'set', ?, ?)",
        at.isoformat(sep=" "),
        last.hash,
        digest,
    )
    report = _verify(ctx)
    assert (report.ok, report.code, report.broken_at) == (False, "added", last.id + 1)


def test_changes_read_as_fields_before_and_after() -> None:
    changes = audit.changes(
        {"status": "registered", "act": {"income": "10", "members": 3}},
        {"status": "at_commission", "act": {"income": "12", "members": 3}, "due_at": "2026"},
    )
    assert [(c.field, c.before, c.after) for c in changes] == [
        ("status", "registered", "at_commission"),
        ("act.income", "10", "12"),
        ("due_at", None, "2026"),
    ]
    created = audit.changes(None, {"number": "1/2026", "documents": ["a", "b"]})
    assert [(c.field, c.after) for c in created] == [
        ("number", "1/2026"),
        ("documents", ["a", "b"]),
    ]
    assert audit.changes(None, "x") == [audit.Change("", None, "x")]
    assert audit.changes({"a": 1}, {"a": 1}) == []


def test_settings_changes_are_audited_with_before_and_after(ctx: AppContext) -> None:
    office_settings.save(ctx, hours=(time(8, 0), time(17, 0), time(12, 0), time(13, 0)))
    office_settings.save(ctx, complaint=("Шағым", "Жалоба"))
    with ctx.session() as s:
        events = audit.history(s, entity="setting")
    assert [e.entity_id for e in events] == ["office_hours", "talon_complaint"]
    assert events[0].after["start"] == "08:00" and events[0].staff_login == "admin"
    assert events[1].after == {"kk": "Шағым", "ru": "Жалоба"} and events[1].before is None


def test_history_of_an_application_and_the_newest_n(ctx: AppContext) -> None:
    service = ctx.catalogue.get("asp")
    result = register(
        ctx,
        IntakeRequest(
            service_code="asp",
            applicant=ApplicantInput(iin="791028302728", surname="Әбдіғалиев", name="Ерлан"),
            documents=[d.code for d in service.documents if d.required],
            registered_at=WHEN,
        ),
    )
    with ctx.session() as s:
        uuid = s.scalars(select(AuditEvent.entity_id).where(AuditEvent.action == "register")).one()
        mine = audit.history(s, entity="application", entity_id=uuid)
        newest = audit.history(s, limit=2)
    assert [(e.action, e.staff_name) for e in mine] == [("register", "Әкімшісі Ж.")]
    assert mine[0].after["number"] == result.incoming_number
    assert ("status", None, "registered") in [(c.field, c.before, c.after) for c in mine[0].changes]
    assert [e.id for e in newest] == _last_ids(ctx, 2)  # oldest first within the newest two


# --- the CLI ---------------------------------------------------------------------------------


def test_cli_audit_verify_and_show(tmp_path: Path) -> None:
    ok(tmp_path, *OFFICE)
    ok(
        tmp_path,
        "intake",
        "--service",
        "asp",
        "--iin",
        "791028302728",
        "--surname",
        "Әбдіғалиев",
        "--name",
        "Ерлан",
        *DOCS,
        "--registered",
        "2026-12-10T10:00",
    )
    ok(
        tmp_path,
        "commission",
        "set",
        "--decision-number",
        "12",
        "--decision-date",
        "2026-01-05",
        "--member",
        "Ахметов А.Б.:chair",
        "--member",
        "Серікова Г.Н.:secretary",
    )
    ok(tmp_path, "commission", "refer", "1/2026", "--when", "2026-12-11T10:00")

    report = json.loads(ok(tmp_path, "audit", "verify", "--json").stdout)
    assert report["ok"] and report["events"] >= 4 and report["broken_at"] is None
    assert "цел" in ok(tmp_path, "audit", "verify").stdout

    shown = json.loads(
        ok(tmp_path, "audit", "show", "--entity", "application", "--id", "1/2026", "--json").stdout
    )["events"]
    assert [e["action"] for e in shown] == ["register", "to-commission"]
    assert set(shown[1]) >= {
        "id",
        "at",
        "staff_id",
        "staff_login",
        "staff",
        "entity",
        "entity_id",
        "action",
        "before",
        "after",
    }
    assert shown[1]["before"]["status"] == "registered"
    assert shown[1]["after"]["status"] == "at_commission"
    assert shown[1]["staff"] == "Сейітова Ә.Б."
    text = ok(tmp_path, "audit", "show", "--entity", "application", "--id", "1/2026").stdout
    assert "status: registered → at_commission" in text

    con = sqlite3.connect(tmp_path / "qabyldau.sqlite")
    with con:
        last = con.execute("SELECT max(id) FROM audit_event").fetchone()[0]
        con.execute("DELETE FROM audit_event WHERE id = ?", (last,))
    con.close()
    r = run(tmp_path, "audit", "verify")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert f"№{last}" in r.stderr and "удалены" in r.stderr
    r = run(tmp_path, "audit", "verify", "--json", lang="kk")
    assert r.returncode == 1 and json.loads(r.stdout)["code"] == "missing-last"
    assert "жойылған" in r.stderr
