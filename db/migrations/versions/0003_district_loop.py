"""The way back: decisions in full, received case records and files, acknowledgements.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # batch mode: SQLite cannot add a foreign key to an existing table in place.
    with op.batch_alter_table("decision") as t:
        t.add_column(sa.Column("refusal_ground_code", sa.String(60), nullable=True))
        t.add_column(sa.Column("amount", sa.Numeric(14, 2), nullable=True))
        t.add_column(sa.Column("period_from", sa.Date(), nullable=True))
        t.add_column(sa.Column("period_to", sa.Date(), nullable=True))
        t.add_column(sa.Column("pdf_sha256", sa.String(64), nullable=True))
        t.add_column(
            sa.Column("pdf_attached", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        t.add_column(sa.Column("recorded_by_id", sa.Integer(), nullable=True))
        t.add_column(sa.Column("bundle_uuid", sa.String(36), nullable=True))
        t.create_foreign_key("fk_decision_recorded_by", "staff", ["recorded_by_id"], ["id"])
        t.create_index("ix_decision_bundle_uuid", ["bundle_uuid"])
    with op.batch_alter_table("issuance") as t:
        t.add_column(sa.Column("certificate_belongs", sa.Boolean(), nullable=True))
        t.add_column(sa.Column("certificate_quarter", sa.String(10), nullable=True))
        t.add_column(sa.Column("signer", sa.String(300), nullable=True))
    with op.batch_alter_table("bundle_log") as t:
        t.add_column(sa.Column("acknowledged_in", sa.String(36), nullable=True))
    op.create_table(
        "case_record",
        sa.Column("application_id", sa.Integer(), sa.ForeignKey("application.id"), nullable=False),
        sa.Column("bundle_uuid", sa.String(36), nullable=False),
        sa.Column("record_sha256", sa.String(64), nullable=False),
        sa.Column("record_json", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("application_id"),
    )
    op.create_table(
        "case_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), sa.ForeignKey("application.id"), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("role", sa.String(30), nullable=False),
        sa.Column("title_kk", sa.String(300), nullable=True),
        sa.Column("title_ru", sa.String(300), nullable=True),
        sa.Column("stored_path", sa.String(500), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("bundle_uuid", sa.String(36), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("application_id", "name", name="uq_case_file_name"),
    )
    op.create_index("ix_case_file_application_id", "case_file", ["application_id"])


def downgrade() -> None:
    op.drop_index("ix_case_file_application_id", table_name="case_file")
    op.drop_table("case_file")
    op.drop_table("case_record")
    with op.batch_alter_table("bundle_log") as t:
        t.drop_column("acknowledged_in")
    with op.batch_alter_table("issuance") as t:
        for c in ("signer", "certificate_quarter", "certificate_belongs"):
            t.drop_column(c)
    with op.batch_alter_table("decision") as t:
        t.drop_index("ix_decision_bundle_uuid")
        t.drop_constraint("fk_decision_recorded_by", type_="foreignkey")
        for c in (
            "bundle_uuid",
            "recorded_by_id",
            "pdf_attached",
            "pdf_sha256",
            "period_to",
            "period_from",
            "amount",
            "refusal_ground_code",
        ):
            t.drop_column(c)
