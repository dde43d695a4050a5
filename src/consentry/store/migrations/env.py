"""Alembic environment: runs on the connection that consentry.store.db.upgrade() hands over."""

from alembic import context

import consentry.datasets.schema  # noqa: F401  (registers the dataset tables in metadata)
import consentry.web.schema  # noqa: F401  (the console's operator keys)
from consentry.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
