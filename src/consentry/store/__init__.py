"""The governance store: accounts, consent ledger, exchanges with their decisions, blocks,
and the hash-chained audit log. SQLite by default, PostgreSQL in production."""

from consentry.store.db import open_store, unit_of_work

__all__ = ["open_store", "unit_of_work"]
