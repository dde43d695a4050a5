"""`consentry demo` runs end to end on the embedded default and shows each capability."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from consentry.demo import STEPS, run_demo
from consentry.store import audit, open_store, unit_of_work


def test_demo_runs_every_step_and_leaves_a_verifiable_store(tmp_path: Path) -> None:
    buf = io.StringIO()
    demo = run_demo(tmp_path / "demo", Console(file=buf, width=200))
    out = buf.getvalue()
    assert "demo complete" in out
    for step in STEPS:
        assert step.__doc__, f"demo step {step.__name__} says what it shows"
    assert "choice_required" in out and "consent_withdrawn" in out and "dormant_conversation" in out
    detection = demo.facts["detect_report"].detector
    rungs = demo.facts["rungs"]  # every flagged account is on the ladder, members marked
    assert rungs["mark"] > 0 and rungs["block"] == demo.facts["detect_blocked"]
    assert rungs["mark"] + rungs["block"] + rungs["degrade"] >= demo.facts["detect_flagged"] > 0
    assert detection.precision >= 0.9 and detection.fp <= 1
    report = demo.facts["report"]
    assert (
        report.audit_chain_intact
        and report.erasure_requests >= 1
        and report.accounts_blocked_now >= 1
    )
    assert (tmp_path / "demo" / "transparency" / "report.md").exists()
    assert (
        demo.facts["gateway_codes"] == [200, 200, 200, 429] and demo.facts["gateway_blocked"] == 403
    )
    assert demo.facts["gateway_refused"] == {403: 1, 429: 1}  # refusals stored, without text
    with unit_of_work(open_store(demo.db_url)) as conn:
        assert audit.verify(conn).ok
