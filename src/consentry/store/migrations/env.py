"""Alembic environment: runs on the connection that consentry.store.db.upgrade() hands over."""

from alembic import context

from consentry.store.dialect import dialect_of
from consentry.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=dialect_of(connection).batch_migrations,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
