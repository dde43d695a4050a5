"""Demo steps over traffic: simulate and ingest it, then find the distillation campaigns."""

from __future__ import annotations

from rich.table import Table

from consentry.demo.context import Demo
from consentry.errors import SIMULATOR_MISSING, ConsentryError
from consentry.policy import load_policy
from consentry.store import open_store, unit_of_work


def step_traffic(d: Demo) -> Demo:
    """Simulate a few days of labelled traffic and ingest it, each exchange with its decision."""
    from consentry.store.ingest import ingest

    try:
        from consentry_sim import simulate
    except ImportError:
        raise ConsentryError(SIMULATOR_MISSING) from None

    traffic = d.out / "traffic"
    summary = simulate(traffic, scale="tiny", seed=1, force=True)
    d.facts["traffic"] = traffic
    table = Table("label", "accounts", "exchanges", title="simulated traffic (tiny)")
    for label, accounts, exchanges in summary.by_label():
        table.add_row(label, f"{accounts:,}", f"{exchanges:,}")
    d.console.print(
        d.heading("Traffic", ": `consentry simulate --scale tiny`, then `consentry ingest`")
    )
    d.console.print(table)
    policy = load_policy("claude-consumer-2025")
    with unit_of_work(open_store(d.db_url)) as conn:
        report = ingest(
            conn,
            policy,
            accounts_path=traffic / "accounts.parquet",
            consents_path=traffic / "consent_events.parquet",
            exchanges_path=traffic / "exchanges",
        )
    reasons = ", ".join(f"{r} {n:,}" for r, n in report.by_reason.most_common())
    d.console.print(
        f"ingested {report.exchanges:,} exchanges under {policy.version}: "
        f"{report.eligible:,} eligible for training ({reasons})"
    )
    return d


def step_detect(d: Demo) -> Demo:
    """Find the distillation campaigns in the simulated traffic, score the run against the
    labels (with the two baselines), and put each account on the policy's response ladder."""
    import json

    import pandas as pd

    from consentry.detect.enforce import apply_ladder
    from consentry.detect.evaluate import score
    from consentry.detect.inputs import Inputs
    from consentry.detect.run import detect
    from consentry.store import countermeasures

    traffic, out = d.facts["traffic"], d.out / "detection"
    policy = load_policy("claude-consumer-2025")
    result = detect(
        Inputs(
            traffic / "exchanges",
            traffic / "accounts.parquet",
            traffic / "ip_ranges.parquet",
            traffic / "model_releases.parquet",
        ),
        out,
        restricted_countries=policy.access.restricted_countries,
    )
    report = score(traffic / "labels.parquet", out)
    verdicts = pd.read_parquet(out / "accounts.parquet")
    assert policy.countermeasures is not None
    with unit_of_work(open_store(d.db_url)) as conn:
        apply_ladder(conn, verdicts, policy.countermeasures)
        rungs = countermeasures.counts(conn)
        keys = len(countermeasures.mark_keys(conn))
    blocked = rungs["block"]
    d.console.print(
        d.heading(
            "Distillation detection",
            ": `consentry detect --apply`, then `consentry eval` against the simulator's labels",
        )
    )
    table = Table("scorer", "precision", "recall", "PR-AUC", "false positives")
    for f in report.scorers:
        table.add_row(f.name, f"{f.precision:.3f}", f"{f.recall:.3f}", f"{f.pr_auc:.3f}", str(f.fp))
    d.console.print(table)
    campaigns = json.loads((out / "campaigns.json").read_text())
    if campaigns:
        first = campaigns[0]
        d.console.print(
            f"campaign {first['campaign_id']}: {first['accounts']} accounts, "
            f"{first['exchanges']:,} exchanges; {first['evidence'][0]}",
            soft_wrap=True,
        )
    access = pd.read_parquet(out / "access.parquet")
    d.console.print(
        f"{result.flagged} of {result.accounts} accounts flagged in {result.campaigns} campaign(s) "
        f"by a learned, calibrated score (threshold {result.threshold:.3f} for a target FPR of "
        f"10⁻³), each with reasons; indicators in {out.name}/indicators.stix.json (STIX 2.1). "
        f"Restricted-region access is its own finding, never a distillation flag: "
        f"{len(access)} account(s) in {out.name}/access.parquet. Held-out figures (unseen "
        "phrasing, a campaign family left out, an independent generator): docs/detection.md",
        soft_wrap=True,
    )
    ladder = Table(*rungs, title=f"response ladder of {policy.version} (`detect --apply`)")
    ladder.add_row(*(f"{n:,}" for n in rungs.values()))
    d.console.print(ladder)
    d.console.print(
        f"Campaign members are served watermarked answers ({rungs['mark']} account(s), "
        f"{keys} key(s) kept in the store, one per campaign) instead of being blocked; lone "
        f"high scores are degraded ({rungs['degrade']}) or throttled ({rungs['throttle']}), "
        f"near-certain lone accounts blocked ({blocked}). The gateway enforces each rung for "
        "that account only, and says nothing about it (`consentry countermeasure list`).",
        soft_wrap=True,
    )
    d.facts.update(
        detect_flagged=result.flagged, detect_blocked=blocked, detect_report=report, rungs=rungs
    )
    return d


def step_attribute(d: Demo) -> Demo:
    """Serve the first campaign marked answers, then test outputs of a model that learned from
    them against every campaign key: `consentry attribute` finds that campaign's key only."""
    import hashlib
    import json

    import pandas as pd

    from consentry.mark import mark
    from consentry.mark.attribute import attribute, write_evidence
    from consentry.mark.watermark import probes

    detection = d.out / "detection"
    campaigns = json.loads((detection / "campaigns.json").read_text())
    if not campaigns:
        return d
    campaign = campaigns[0]["campaign_id"]
    names = [campaign] + [f"other-{i}" for i in range(9)]
    keys = {n: hashlib.sha256(f"demo mark key {n}".encode()).digest() for n in names}
    replies = pd.read_parquet(d.facts["traffic"] / "exchanges", columns=["response"])["response"]
    served = [r for r in replies.dropna().head(600) if len(r) > 200][:150]
    suspect = [mark(r, keys[campaign]) for r in served]  # what the campaign harvested, learned
    result = attribute(suspect, keys, hashlib.sha256(b"demo").hexdigest())
    files = write_evidence(
        result, d.out / "attribution", campaign, detection / "indicators.stix.json"
    )
    best, runner_up = result.scores[0], result.scores[1]
    d.console.print(
        d.heading("Attribution", ": `consentry attribute --outputs FILE --campaign ID`")
    )
    d.console.print(
        f"{len(served)} answers served to {campaign} marked with its key; a model's outputs "
        f"that learned from them, tested against {len(keys)} keys: {best.key_id} p "
        f"{best.p_value:.1e} (z {best.z:.1f}, {best.scored} contexts, {best.tokens:,} words), next "
        f"best {runner_up.key_id} p {runner_up.p_value:.2f}; evidence in "
        f"{files['evidence'].parent.name}/ (JSON, STIX report linked to the campaign); "
        f"{len(probes(served, campaign))} probes cut from the served answers, to elicit a "
        "suspect model's continuations (`consentry attribute --served S --write-probes P`)",
        soft_wrap=True,
    )
    d.facts.update(attribution=result, attribution_campaign=campaign)
    return d
