"""The pages and the REST API: a privacy center for the people whose conversations these are
(`/privacy`), an operator console for those who run the service (`/console`), both served by
`consentry serve` in one process with the gateway. Names are imported lazily, so importing a
module of this package (the CLI's operator commands) does not need the `web` extra."""

from __future__ import annotations

from typing import Any

__all__ = ["WebConfig", "create_app"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from consentry.web import app

        return getattr(app, name)
    raise AttributeError(name)
