"""The detector end to end on a tiny simulation, on every engine: the contract's outputs,
reasons on every flag, the campaigns found, and the same verdicts on DuckDB and Spark."""

from __future__ import annotations

import json
import re

import pandas as pd
import pyarrow.parquet as pq
import pytest
import stix2

from consentry.detect import STEPS
from consentry.steps import step_name
from tests.detect.conftest import Run


def test_stages_read_as_a_list() -> None:
    names = [step_name(s) for s in STEPS]
    assert names[0] == "check inputs" and names[-1] == "write"
    assert names.index("features") < names.index("graph") < names.index("campaigns")


def test_progress_follows_the_one_protocol(run: Run) -> None:
    """Every step is a stage of one unit, started then finished in STEPS order; the engine's
    queries report inside the features step."""
    steps = [step_name(s) for s in STEPS]
    starts = [stage for stage, done, total in run.progress if stage in steps and done == 0]
    assert starts == steps
    for stage in steps:
        assert [(d, t) for s, d, t in run.progress if s == stage] == [(0, 1), (1, 1)]
    i, j = run.progress.index(("features", 0, 1)), run.progress.index(("features", 1, 1))
    inside = {stage for stage, _, _ in run.progress[i + 1 : j]}
    assert {"activity", "prompt sample"} <= inside
    assert all(0 <= done <= (total or done) for _, done, total in run.progress)


def test_writes_the_contracts_three_files_and_access_apart(run: Run) -> None:
    assert sorted(p.name for p in run.out.iterdir()) == [
        "access.parquet",
        "accounts.parquet",
        "campaigns.json",
        "indicators.stix.json",
    ]


def test_accounts_parquet_follows_the_contract(run: Run, sim) -> None:  # noqa: ANN001
    schema = pq.read_schema(run.out / "accounts.parquet")
    assert [(f.name, str(f.type)) for f in schema] == [
        ("account_id", "string"),
        ("score", "double"),
        ("flagged", "bool"),
        ("campaign_id", "string"),
        ("reasons", "list<element: string>"),
    ]
    inputs = json.loads(schema.metadata[b"consentry.inputs"])
    assert inputs["exchanges"].endswith("exchanges") and inputs["accounts"]
    seen = set(pq.read_table(sim / "exchanges", columns=["account_id"])["account_id"].to_pylist())
    acc = run.accounts
    assert acc.account_id.is_unique and set(acc.account_id) == seen
    assert acc.score.between(0, 1).all()
    flagged = acc[acc.flagged]
    assert len(flagged) and (flagged.reasons.str.len() > 0).all()
    assert flagged.campaign_id.notna().mean() >= 0.5  # most flags belong to a campaign
    assert acc[~acc.flagged].campaign_id.isna().all()
    # restricted-region access is never a distillation reason
    assert not any("restricted" in r for rs in acc.reasons for r in rs)


def test_flags_campaign_accounts_and_no_legitimate_one(run: Run) -> None:
    # Four days of traffic are too few for the daily-shape signals, so recall is lower here
    # than at the benchmark scales (docs/detection.md); a false flag is wrong at any scale.
    # The shipped model is trained across nine sources, reads behaviour as percentiles within
    # the run, and its threshold is the strictest validation world's, so on this simulator it
    # flags fewer (0.35 of the campaign accounts here with the percentile model shipped after
    # hold-out 9, 0.42 with the seven-world model before it, 0.95 with a simulator-only model;
    # docs/detection.md).
    acc = run.accounts.set_index("account_id")
    label = run.labels.reindex(acc.index)
    attack = label.str.startswith("attack:")
    assert not acc.flagged[~attack].any(), label[~attack & acc.flagged].value_counts().to_dict()
    assert acc.flagged[attack].mean() >= 0.3
    assert acc.flagged[label == "attack:hydra"].mean() >= 0.5
    assert acc.score[attack].mean() > 3 * acc.score[~attack].mean()
    assert run.result.threshold < 1.0


def test_campaigns_json_has_evidence_and_indicators(run: Run) -> None:
    body = json.loads((run.out / "campaigns.json").read_text())
    assert len(body) == run.result.campaigns >= 1
    keys = {
        "campaign_id",
        "accounts",
        "exchanges",
        "first_seen",
        "last_seen",
        "targets",
        "evidence",
        "indicators",
    }
    ids = set(run.accounts.campaign_id.dropna())
    for c in body:
        assert keys <= set(c)
        assert c["campaign_id"] in ids
        assert c["accounts"] == int((run.accounts.campaign_id == c["campaign_id"]).sum())
        assert c["evidence"] and any(ch.isdigit() for ch in " ".join(c["evidence"]))
        # figures an analyst reads: a missing feature is named, never printed as nan
        assert not any(re.search(r"\bnan\b", e, re.IGNORECASE) for e in c["evidence"])
        ind = c["indicators"]
        assert set(ind) >= {"ips", "networks", "payment_fingerprints", "templates", "user_agents"}
        for t in ind["templates"]:
            assert len(t["sha256"]) == 64 and len(t["masked_example"]) <= 80


def test_no_prompt_text_leaves_the_detector(run: Run, sim) -> None:  # noqa: ANN001
    prompts = pq.read_table(sim / "exchanges", columns=["prompt"])["prompt"].to_pylist()
    long_ones = {p for p in prompts if len(p) >= 40}
    text = (run.out / "campaigns.json").read_text() + (run.out / "indicators.stix.json").read_text()
    assert not any(p in text for p in long_ones)


def test_stix_bundle_parses_back(run: Run) -> None:
    bundle = stix2.parse((run.out / "indicators.stix.json").read_text(), allow_custom=False)
    kinds = pd.Series([o.type for o in bundle.objects]).value_counts()
    assert kinds["identity"] == 1 and kinds["campaign"] == run.result.campaigns
    campaigns = {o.id for o in bundle.objects if o.type == "campaign"}
    rels = [o for o in bundle.objects if o.type == "relationship"]
    assert len(rels) >= 1
    assert all(r.relationship_type == "indicates" and r.target_ref in campaigns for r in rels)
    # restricted-region networks are indicators of their own, grouped apart from campaigns
    (group,) = [o for o in bundle.objects if o.type == "grouping"]
    access = set(group.object_refs)
    assert access and not access & {r.source_ref for r in rels}
    indicators = {o.id for o in bundle.objects if o.type == "indicator"}
    assert indicators == access | {r.source_ref for r in rels}


@pytest.mark.spark
def test_duckdb_and_spark_flag_the_same_accounts(sim, runs_dir) -> None:  # noqa: ANN001
    from tests.detect.conftest import _run

    duck, spark = _run("duckdb", sim, runs_dir), _run("spark", sim, runs_dir)
    a = duck.accounts.set_index("account_id").sort_index()
    b = spark.accounts.set_index("account_id").sort_index()
    assert a.index.equals(b.index)
    assert (a.flagged == b.flagged).all()
    assert (a.campaign_id.fillna("") == b.campaign_id.fillna("")).all()
    assert (a.score - b.score).abs().max() < 1e-9
    assert (a.reasons.map(tuple) == b.reasons.map(tuple)).all()
