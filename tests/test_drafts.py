"""Drafts: upsert, load, discard and list, each in its own transaction."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.context import AppContext
from app.drafts import discard_draft, get_draft, list_drafts, load_draft, save_draft
from db.models import Draft


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    with AppContext(home) as c:
        yield c


def _count(ctx: AppContext) -> int:
    with ctx.session() as s:
        return s.scalar(select(func.count()).select_from(Draft)) or 0


def test_no_draft_loads_as_none(ctx: AppContext) -> None:
    assert load_draft(ctx, "intake") is None
    assert get_draft(ctx, "intake") is None
    assert list_drafts(ctx, "intake") == []


def test_save_then_load_round_trips_kazakh_text(ctx: AppContext) -> None:
    payload = {"surname": "Әбілқайыров", "iin": "791028302728", "docs": [["a", True]]}
    save_draft(ctx, "intake", payload)
    assert load_draft(ctx, "intake") == payload
    # Stored as readable UTF-8, not \u escapes, so a support person can read the table.
    with ctx.session() as s:
        assert "Әбілқайыров" in s.scalars(select(Draft.payload)).one()


def test_save_twice_replaces_rather_than_adds(ctx: AppContext) -> None:
    save_draft(ctx, "intake", {"surname": "А"})
    first = get_draft(ctx, "intake")
    save_draft(ctx, "intake", {"surname": "Б"})
    second = get_draft(ctx, "intake")
    assert _count(ctx) == 1
    assert load_draft(ctx, "intake") == {"surname": "Б"}
    assert first is not None and second is not None
    assert second.updated_at >= first.updated_at


def test_keys_and_kinds_are_separate(ctx: AppContext) -> None:
    save_draft(ctx, "intake", {"n": 0})
    save_draft(ctx, "act", {"n": 1}, key="app-1")
    save_draft(ctx, "act", {"n": 2}, key="app-2")
    assert load_draft(ctx, "act", "app-1") == {"n": 1}
    assert load_draft(ctx, "act", "app-2") == {"n": 2}
    assert load_draft(ctx, "act") is None
    assert {d.key for d in list_drafts(ctx, "act")} == {"app-1", "app-2"}
    assert [d.payload for d in list_drafts(ctx, "intake")] == [{"n": 0}]


def test_discard_removes_only_that_draft(ctx: AppContext) -> None:
    save_draft(ctx, "act", {"n": 1}, key="app-1")
    save_draft(ctx, "act", {"n": 2}, key="app-2")
    discard_draft(ctx, "act", "app-1")
    assert load_draft(ctx, "act", "app-1") is None
    assert load_draft(ctx, "act", "app-2") == {"n": 2}
    discard_draft(ctx, "act", "no-such")  # no error
    assert _count(ctx) == 1


def test_unreadable_draft_counts_as_absent(ctx: AppContext) -> None:
    save_draft(ctx, "intake", {"n": 1})
    with ctx.session() as s:
        s.scalars(select(Draft)).one().payload = "{not json"
    assert load_draft(ctx, "intake") is None
    assert list_drafts(ctx, "intake") == []
    # Saving over a broken draft repairs it.
    save_draft(ctx, "intake", {"n": 2})
    assert load_draft(ctx, "intake") == {"n": 2}


def test_draft_survives_reopening_the_database(home: Path) -> None:
    with AppContext(home) as c:
        save_draft(c, "intake", {"name": "Айгүл"})
    with AppContext(home) as c:
        assert load_draft(c, "intake") == {"name": "Айгүл"}
