"""Errors a user can meet: one sentence that says what is wrong and what to do."""


class ConsentryError(Exception):
    """An error caused by input or configuration, shown to the user as one line (exit code 2)."""
