"""Alembic environment: runs on the connection handed in by db.migrate (no alembic.ini)."""

from alembic import context
from sqlalchemy import create_engine

from db.migrate import is_model_table
from db.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic revision --autogenerate` from a developer's shell
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:
            _run_with(conn)
    else:
        _run_with(connection)


def _run_with(connection) -> None:  # type: ignore[no-untyped-def]
    # Batch mode lets later migrations alter columns on SQLite (it recreates the table).
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=lambda name, type_, _parent: type_ != "table" or is_model_table(name),
    )
    with context.begin_transaction():
        context.run_migrations()


run()
