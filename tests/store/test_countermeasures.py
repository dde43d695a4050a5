"""Rungs in the store: the detector writes them from a detection output (only ever up, never
over an operator), operators override and clear them, every change is an audit entry, the
block rung is a block, and mark keys are made once per campaign and never logged. SQLite and
PostgreSQL."""

from __future__ import annotations

import pandas as pd
import pytest
from sqlalchemy import select

from consentry.detect.enforce import apply_ladder
from consentry.errors import ConsentryError
from consentry.policy import load_policy
from consentry.store import blocks, open_store, unit_of_work
from consentry.store import countermeasures as cm
from consentry.store.schema import audit_log
from tests.cli import run_cli

LADDER = load_policy("claude-consumer-2025").countermeasures
assert LADDER is not None


def detection(rows: list[tuple[str, float, str | None]]) -> pd.DataFrame:
    """A small detection output in the contract's accounts.parquet shape."""
    return pd.DataFrame(
        {
            "account_id": [a for a, _, _ in rows],
            "score": [s for _, s, _ in rows],
            "flagged": [s >= 0.2 or c is not None for _, s, c in rows],
            "campaign_id": [c for _, _, c in rows],
            "reasons": [
                (["template_reuse", f"campaign:{c}"] if c else ["model_score"]) for _, _, c in rows
            ],
        }
    )


RUN = detection(
    [
        ("a-block", 0.9995, None),
        ("a-mark1", 0.4, "camp-1"),
        ("a-mark2", 0.25, "camp-1"),
        ("a-degrade", 0.93, None),
        ("a-throttle", 0.6, None),
        ("a-watch", 0.15, None),
        ("a-none", 0.02, None),
    ]
)


def audit_rows(conn, action: str) -> list[tuple[str, str, str]]:  # noqa: ANN001
    q = select(audit_log.c.subject, audit_log.c.actor, audit_log.c.detail).where(
        audit_log.c.action == action
    )
    return [tuple(r) for r in conn.execute(q)]


def test_detect_apply_writes_the_rungs_of_a_detection_output(db_url: str) -> None:
    engine = open_store(db_url)
    with unit_of_work(engine) as conn:
        changed = apply_ladder(conn, RUN, LADDER)
    assert changed == {"block": 1, "mark": 2, "degrade": 1, "throttle": 1, "watch": 1}
    with unit_of_work(engine) as conn:
        rungs = {a.account_id: a.rung for a in cm.list_actions(conn)}
        assert rungs == {
            "a-block": "block",
            "a-mark1": "mark",
            "a-mark2": "mark",
            "a-degrade": "degrade",
            "a-throttle": "throttle",
            "a-watch": "watch",
        }
        assert blocks.blocked_ids(conn) == {"a-block"}  # the block rung is a block
        a = cm.get(conn, "a-mark1")
        assert a is not None and a.source == "detector" and a.campaign_id == "camp-1"
        assert a.score == pytest.approx(0.4) and "template_reuse" in a.reason
        assert len(audit_rows(conn, "countermeasure.set")) == 6
        assert apply_ladder(conn, RUN, LADDER) == {}  # the same run again changes nothing
    keys = cm.mark_keys(engine)
    assert set(keys) == {"campaign:camp-1"} and len(keys["campaign:camp-1"]) == 32
    assert cm.mark_keys(engine, campaign="camp-1") == keys
    assert cm.mark_keys(engine, campaign="camp-2") == {}
    with engine.connect() as conn:
        enforced = cm.enforced(conn)
    assert enforced["a-mark1"].key == enforced["a-mark2"].key == keys["campaign:camp-1"]
    assert "a-watch" not in enforced  # watch only records


def test_the_detector_only_moves_up_and_never_over_an_operator(db_url: str) -> None:
    engine = open_store(db_url)
    with unit_of_work(engine) as conn:
        apply_ladder(conn, RUN, LADDER)
        cm.set_rung(conn, "a-degrade", "watch", "customer verified", actor="operator:ann")
        lower = detection([("a-throttle", 0.15, None), ("a-watch", 0.6, None)])
        again = detection([("a-degrade", 0.999, "camp-1")])
        assert apply_ladder(conn, lower, LADDER) == {"throttle": 1}  # a-watch up, a-throttle kept
        assert apply_ladder(conn, again, LADDER) == {}  # the operator's rung stands
        rungs = {a.account_id: (a.rung, a.actor) for a in cm.list_actions(conn)}
    assert rungs["a-throttle"] == ("throttle", "detector")
    assert rungs["a-watch"] == ("throttle", "detector")
    assert rungs["a-degrade"] == ("watch", "operator:ann")


def test_operator_overrides_are_audited_and_the_block_rung_follows(db_url: str) -> None:
    engine = open_store(db_url)
    with unit_of_work(engine) as conn:
        apply_ladder(conn, RUN, LADDER)
        cm.set_rung(conn, "a-block", "mark", "keep serving, collect evidence", actor="operator:bo")
        assert not blocks.is_blocked(conn, "a-block")  # leaving the block rung lifts the block
        cm.set_rung(conn, "a-watch", "block", "confirmed by payments", actor="operator:bo")
        assert blocks.is_blocked(conn, "a-watch")
        before = cm.clear(conn, "a-watch", "appeal upheld", actor="operator:bo")
        assert before.rung == "block" and not blocks.is_blocked(conn, "a-watch")
        with pytest.raises(ConsentryError, match="has no countermeasure"):
            cm.clear(conn, "a-none", "nothing there", actor="operator:bo")
        with pytest.raises(ConsentryError, match="not one of watch"):
            cm.set_rung(conn, "a-none", "tarpit", "x")
        sets = audit_rows(conn, "countermeasure.set")
        cleared = audit_rows(conn, "countermeasure.cleared")
        secret = cm.mark_keys(conn)["account:a-block"].hex()
        everything = " ".join(str(r) for r in conn.execute(select(audit_log)))
    mine = [(s, a) for s, a, _ in sets if a == "operator:bo"]
    assert mine == [("a-block", "operator:bo"), ("a-watch", "operator:bo")]
    assert cleared[0][:2] == ("a-watch", "operator:bo") and '"previous":"block"' in cleared[0][2]
    assert secret not in everything and "mark_key_id" in everything  # the key is named, not kept


def test_countermeasure_commands_set_list_and_clear(tmp_path) -> None:  # noqa: ANN001
    db = f"sqlite:///{tmp_path / 'store.db'}"
    r = run_cli("countermeasure", "set", "acc-9", "mark", "--reason", "harvesting", "--db", db)
    assert r.returncode == 0, r.stderr
    r = run_cli(
        "countermeasure",
        "set",
        "acc-8",
        "throttle",
        "--reason",
        "bursts",
        "--actor",
        "operator:ann",
        "--db",
        db,
    )
    assert r.returncode == 0, r.stderr
    listed = run_cli("countermeasure", "list", "--rung", "mark", "--db", db)
    assert listed.returncode == 0 and "acc-9" in listed.stdout and "acc-8" not in listed.stdout
    assert "mark 1" in listed.stdout and "throttle 1" in listed.stdout
    bad = run_cli("countermeasure", "set", "acc-9", "tarpit", "--reason", "x", "--db", db)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "not one of" in bad.stderr
    assert run_cli("countermeasure", "clear", "acc-9", "--reason", "ok", "--db", db).returncode == 0
    gone = run_cli("countermeasure", "clear", "acc-9", "--reason", "ok", "--db", db)
    assert gone.returncode == 2 and "has no countermeasure" in gone.stderr
    with open_store(db).connect() as conn:
        actors = [r.actor for r in conn.execute(select(audit_log.c.actor, audit_log.c.action))]
    assert "operator:ann" in actors
