"""A transparency report for a period: consent choices and how they were obtained, what was
captured and whether it could be trained on (and why not), erasures and retention purges,
training sets built and rebuilt, accounts blocked for abuse, legal holds, and the audit chain
the figures can be checked against. Aggregates only: counts, never ids or text.

The figures come from consentry.store.figures (one SQL aggregate each, the same on SQLite and
PostgreSQL); this module adds the audit chain's state and writes the report."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from consentry.store import audit
from consentry.store.figures import PeriodFigures, period_figures


@dataclass(frozen=True)
class TransparencyReport(PeriodFigures):
    """The store's figures for the period (PeriodFigures), with the period and the audit chain
    they can be checked against."""

    since: str
    until: str
    generated_at: str
    audit_entries: int
    audit_head: str
    audit_chain_intact: bool

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True)


def transparency_report(conn: Connection, since: datetime, until: datetime) -> TransparencyReport:
    """The report for [since, until)."""
    figures = period_figures(conn, since, until)
    ok = audit.verify(conn)
    entries, head = audit.head(conn)
    return TransparencyReport(
        since=since.isoformat(),
        until=until.isoformat(),
        generated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        **asdict(figures),
        audit_entries=entries,
        audit_head=head,
        audit_chain_intact=ok.ok,
    )


def _markdown(r: TransparencyReport) -> str:
    pct = 100 * r.exchanges_eligible / r.exchanges_captured if r.exchanges_captured else 0.0
    lines = [
        f"# Transparency report, {r.since[:10]} to {r.until[:10]}",
        "",
        f"Generated {r.generated_at}. Counts only; every figure is an aggregate over the "
        f"governance store, whose audit chain ({r.audit_entries:,} entries, head "
        f"`{r.audit_head[:16]}…`) {'verified intact' if r.audit_chain_intact else 'FAILED verification'}.",
        "",
        "## Conversations captured",
        f"{r.exchanges_captured:,} exchanges; {r.exchanges_eligible:,} ({pct:.1f}%) could be used "
        "for training under the decision captured with them.",
        "",
        "| decision reason | exchanges |",
        "|---|---|",
        *(
            f"| {k} | {v:,} |"
            for k, v in sorted(r.exchanges_by_reason.items(), key=lambda kv: -kv[1])
        ),
        "",
        "## Training choices recorded in the period",
        "| choice | how it was obtained | events |",
        "|---|---|---|",
        *(
            f"| {c} | {basis} | {n:,} |"
            for c, by in sorted(r.consent_choices.items())
            for basis, n in sorted(by.items())
        ),
        "",
        "## Deletion",
        f"- {r.erasure_requests:,} erasure requests removed {r.exchanges_erased_on_request:,} exchanges.",
        f"- Retention purges removed {r.exchanges_purged_by_retention:,} exchanges past their time.",
        f"- {r.legal_holds_now:,} legal holds are in force.",
        "",
        "## Training sets",
        f"- {r.datasets_built:,} built ({r.dataset_records:,} records); {r.datasets_superseded:,} "
        f"superseded by a rebuild that left out erased or withdrawn data; "
        f"{r.users_told_of_removal:,} users told their data was removed from a set.",
        "",
        "## Abuse",
        "- Accounts blocked in the period: "
        + (", ".join(f"{n:,} by {s}" for s, n in sorted(r.accounts_blocked.items())) or "none")
        + f"; {r.accounts_blocked_now:,} blocked now. Their traffic is refused and kept out of training.",
        "- Requests refused by the gateway (stored without their text, never trained on): "
        + (", ".join(f"{n:,} {code}" for code, n in sorted(r.requests_refused.items())) or "none")
        + ".",
        "",
    ]
    return "\n".join(lines)


def _chart(r: TransparencyReport, path: Path) -> bool:
    """Two bar charts: exchanges by decision reason, and choices by how they were obtained."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    fig, (a, b) = plt.subplots(1, 2, figsize=(11, 4))
    reasons = sorted(r.exchanges_by_reason.items(), key=lambda kv: kv[1])
    a.barh([k for k, _ in reasons], [v for _, v in reasons], color="#4c72b0")
    a.set_title("exchanges by decision reason")
    bases = sorted({basis for by in r.consent_choices.values() for basis in by})
    for i, choice in enumerate(sorted(r.consent_choices)):
        vals = [r.consent_choices[choice].get(x, 0) for x in bases]
        b.bar([j + 0.4 * i for j in range(len(bases))], vals, width=0.4, label=choice)
    b.set_xticks([j + 0.2 for j in range(len(bases))], bases)
    b.set_title("training choices by how they were obtained")
    if r.consent_choices:
        b.legend()
    else:
        b.text(0.5, 0.5, "no choices recorded in the period", ha="center", transform=b.transAxes)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


def write_report(r: TransparencyReport, out: Path) -> dict[str, Any]:
    """report.json, report.md and (with matplotlib) report.png in `out`."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(r.to_json())
    (out / "report.md").write_text(_markdown(r))
    files = {"json": out / "report.json", "markdown": out / "report.md"}
    if _chart(r, out / "report.png"):
        files["chart"] = out / "report.png"
    return files
