"""Trigram full-text index over applicants' search keys (SQLite only).

Substring search over 150,000 names with LIKE '%…%' reads every row (~50 ms); an FTS5
trigram index answers in about a millisecond. PostgreSQL keeps LIKE (a pg_trgm index can
serve it; see docs/postgresql.md when a district moves there).

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Keep the index in step with the table (external-content FTS5 tables do not by themselves).
TRIGGERS = (
    """CREATE TRIGGER applicant_fts_ai AFTER INSERT ON applicant BEGIN
  INSERT INTO applicant_fts(rowid, search_key) VALUES (new.id, new.search_key);
END""",
    """CREATE TRIGGER applicant_fts_ad AFTER DELETE ON applicant BEGIN
  INSERT INTO applicant_fts(applicant_fts, rowid, search_key)
    VALUES ('delete', old.id, old.search_key);
END""",
    """CREATE TRIGGER applicant_fts_au AFTER UPDATE OF search_key ON applicant BEGIN
  INSERT INTO applicant_fts(applicant_fts, rowid, search_key)
    VALUES ('delete', old.id, old.search_key);
  INSERT INTO applicant_fts(rowid, search_key) VALUES (new.id, new.search_key);
END""",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE applicant_fts USING fts5("
        "search_key, content='applicant', content_rowid='id', tokenize='trigram')"
    )
    op.execute("INSERT INTO applicant_fts(rowid, search_key) SELECT id, search_key FROM applicant")
    for statement in TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in ("applicant_fts_ai", "applicant_fts_ad", "applicant_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS applicant_fts")
