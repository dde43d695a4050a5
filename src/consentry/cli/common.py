"""What every command module shares: the consoles, the --db/--policy options, and the small
parsers that turn command-line text into store engines, policies and times."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from consentry.errors import ConsentryError
from consentry.progress import Progress

if TYPE_CHECKING:
    import rich.progress

console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="Store URL (default: CONSENTRY_DATABASE_URL or sqlite:///consentry.db)."
    ),
]
PolicyOption = Annotated[
    str | None,
    typer.Option("--policy", help="Preset name or YAML file (default: CONSENTRY_POLICY)."),
]


def settings():  # noqa: ANN201 - typed in config
    """The typed settings; a malformed one is a one-line error that names the variable and
    never repeats its value (it may be a secret)."""
    from pydantic import ValidationError

    from consentry.config import get_settings

    try:
        return get_settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "CONSENTRY_" + str(first["loc"][0]).upper() if first["loc"] else "a setting"
        raise ConsentryError(f"{name} is not usable: {first['msg']}.") from None


def engine(db: str | None):  # noqa: ANN201
    from consentry.store import open_store

    return open_store(db or settings().database_url)


def policy(ref: str | None):  # noqa: ANN201
    from consentry.policy import load_policy

    return load_policy(ref or settings().policy)


def when(text: str | None) -> datetime:
    """Parse an ISO 8601 time given on the command line (UTC if no offset); now if absent."""
    if text is None:
        return datetime.now(timezone.utc)
    try:
        ts = datetime.fromisoformat(text)
    except ValueError:
        raise ConsentryError(
            f"malformed timestamp {text!r}; write ISO 8601, e.g. 2025-10-01T12:00:00Z."
        ) from None
    return ts.replace(tzinfo=timezone.utc) if ts.tzinfo is None else ts


def progress(label_width: int = 10) -> tuple[rich.progress.Progress, Progress]:
    """A transient progress display on stderr and the consentry.progress callback that drives
    it, one bar per stage."""
    from rich.progress import BarColumn, MofNCompleteColumn, TaskID, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    bar = Bar(
        TextColumn(f"{{task.description:>{label_width}}}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )
    tasks: dict[str, TaskID] = {}

    def tick(stage: str, done: int, total: int | None) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=total)
        bar.update(tasks[stage], completed=done, total=total)

    return bar, tick
