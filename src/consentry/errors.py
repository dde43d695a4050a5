"""Errors a user can meet: one sentence that says what is wrong and what to do."""


class ConsentryError(Exception):
    """An error caused by input or configuration, shown to the user as one line (exit code 2)."""


# The simulator is a sibling distribution (packages/consentry-sim), not part of the core install.
SIMULATOR_MISSING = (
    "the traffic simulator is not installed; install it with "
    "`pip install -e packages/consentry-sim` from the consentry repository."
)
