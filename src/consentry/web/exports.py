"""Download my data: a ZIP holding the rights export as JSON (for machines) and one
self-contained HTML page (for people): styles inline, no script, no link to fetch, so it reads
the same offline in any browser years from now."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timezone
from typing import IO, Any

from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine

from consentry.policy import Policy
from consentry.rights.export import export_account
from consentry.store import unit_of_work


def detail(entry: dict[str, Any]) -> dict[str, Any]:
    raw = entry.get("detail")
    return json.loads(raw) if isinstance(raw, str) else dict(raw or {})


def write_zip(
    out: IO[bytes], engine: Engine, policy: Policy, account_id: str, templates: Jinja2Templates
) -> str:
    """Write the ZIP to `out`; returns the file name to offer."""
    with unit_of_work(engine) as conn:
        doc = export_account(conn, account_id, policy)
    html = templates.env.get_template("export.html").render(
        doc=doc,
        css=(templates.env.loader.get_source(templates.env, "export.css")[0]),  # type: ignore[union-attr]
    )
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("my-data.json", json.dumps(doc, indent=2, ensure_ascii=False, default=str))
        z.writestr("my-data.html", html)
    return f"my-data-{stamp}.zip"
