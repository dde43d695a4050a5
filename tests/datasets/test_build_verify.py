"""Invariants over random stores, histories, erasures and builds (SQLite and PostgreSQL):
no record in any dataset was ineligible at its build, and verify catches every tampered
record, every tampered manifest and every record erased or withdrawn after the build."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from consentry.datasets.lineage import rebuild, verify
from consentry.datasets.pipeline import BuildOptions, build
from consentry.store import unit_of_work
from consentry.store.accounts import upsert_accounts
from consentry.store.consents import record_consent
from consentry.store.exchanges import capture_exchange
from consentry.store.schema import dataset_records, datasets
from tests.datasets.policies_fixture import POLICIES
from tests.datasets.storegen import OPS, apply_op, load, oracle, specs, wipe


def examples(db_url: str, sqlite: int) -> settings:
    """Fewer examples on PostgreSQL, where each statement is a round trip."""
    n = sqlite if db_url.startswith("sqlite") else max(5, sqlite // 4)
    return settings(max_examples=n, deadline=None, suppress_health_check=list(HealthCheck))


OPTS = BuildOptions(workers=1)


def _records(conn, dataset_id):
    rows = conn.execute(
        select(dataset_records.c.position, dataset_records.c.exchange_id).where(
            dataset_records.c.dataset_id == dataset_id
        )
    ).all()
    return {pos: ex for pos, ex in rows}


def test_builds_hold_only_eligible_records_and_verify_sees_later_changes(engine, db_url):
    examples(db_url, 25)(
        given(spec=specs(), before=OPS, after=OPS, policy_name=st.sampled_from(sorted(POLICIES)))(
            lambda spec, before, after, policy_name: _build_verify_rebuild(
                engine, spec, before, after, policy_name
            )
        )
    )()


def _build_verify_rebuild(engine, spec, before, after, policy_name):
    policy = POLICIES[policy_name]
    out = Path(tempfile.mkdtemp(prefix="ds-prop-"))
    try:
        with unit_of_work(engine) as conn:
            wipe(conn)
            load(conn, policy, spec)
            for i, op in enumerate(before):
                apply_op(conn, policy, op, spec, i)
        with unit_of_work(engine) as conn:
            manifest = build(conn, policy, out / "v1", options=OPTS)
            eligible_then = oracle(conn, policy, datetime.now(timezone.utc))
            recs = _records(conn, manifest.dataset_id)
        assert set(recs.values()) <= eligible_then
        with unit_of_work(engine) as conn:
            assert verify(conn, out / "v1").ok
            for i, op in enumerate(after):
                apply_op(conn, policy, op, spec, 10 + i)
        with unit_of_work(engine) as conn:
            report = verify(conn, out / "v1")
            eligible_now = oracle(conn, policy, datetime.now(timezone.utc))
        gone = {pos for pos, ex in recs.items() if ex not in eligible_now}
        named = {f.position for f in report.failures}
        assert named == gone  # exactly the records erased, withdrawn or blocked since
        assert not [f for f in report.failures if "when the dataset was built" in f.problem]
        assert report.ok == (not gone)
        with unit_of_work(engine) as conn:
            result = rebuild(conn, manifest.dataset_id, out / "v2", options=OPTS)
            new = set(_records(conn, result.manifest.dataset_id).values())
            old = conn.execute(
                select(datasets.c.superseded_by).where(datasets.c.dataset_id == manifest.dataset_id)
            ).scalar_one()
        assert old == result.manifest.dataset_id
        assert new <= eligible_now and new <= set(recs.values())
        assert set(result.accounts) == _accounts(engine, {recs[p] for p in gone})
        assert sum(result.removed.values()) == len(gone)
        with unit_of_work(engine) as conn:
            assert verify(conn, out / "v2").ok
            assert not verify(conn, out / "v1").ok  # superseded
    finally:
        shutil.rmtree(out, ignore_errors=True)


def _accounts(engine, exchange_ids: set[str]) -> set[str]:
    from consentry.store.schema import exchanges

    with engine.connect() as conn:
        return set(
            conn.execute(
                select(exchanges.c.account_id).where(
                    exchanges.c.exchange_id.in_(sorted(exchange_ids))
                )
            ).scalars()
        )


TAMPER = st.sampled_from(
    ("jsonl_line", "parquet_row", "manifest_entry", "manifest_root", "manifest_field", "drop_line")
)


def test_verify_catches_every_tampering(engine, db_url):
    examples(db_url, 30)(
        given(spec=specs(max_exchanges=10), mode=TAMPER, which=st.integers(0, 1000))(
            lambda spec, mode, which: _tamper_and_verify(engine, spec, mode, which)
        )
    )()


def _tamper_and_verify(engine, spec, mode, which):
    policy = POLICIES["chatgpt-2025"]
    out = Path(tempfile.mkdtemp(prefix="ds-tamper-"))
    try:
        with unit_of_work(engine) as conn:
            wipe(conn)
            load(conn, policy, spec)
            m = build(conn, policy, out, options=OPTS)
        if m.records == 0 and mode not in ("manifest_root", "manifest_field"):
            return
        pos = which % max(m.records, 1)
        _tamper(out, mode, pos)
        with unit_of_work(engine) as conn:
            report = verify(conn, out)
        assert not report.ok
        if mode in ("jsonl_line", "parquet_row", "manifest_entry"):
            assert pos in {f.position for f in report.failures}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def _tamper(out: Path, mode: str, pos: int) -> None:
    if mode in ("jsonl_line", "drop_line"):
        lines = (out / "train.jsonl").read_text().splitlines()
        if mode == "drop_line":
            del lines[pos]
        else:
            rec = json.loads(lines[pos])
            rec["messages"][-1]["content"] += " (edited)"
            lines[pos] = json.dumps(rec, ensure_ascii=False, separators=(",", ":"))
        (out / "train.jsonl").write_text("".join(x + "\n" for x in lines))
    elif mode == "parquet_row":
        t = pq.read_table(out / "train.parquet")
        msgs = t.column("messages").to_pylist()
        msgs[pos][0]["content"] = msgs[pos][0]["content"] + "!"
        t = t.set_column(0, "messages", pa.array(msgs, t.schema.field("messages").type))
        pq.write_table(t, out / "train.parquet")
    else:
        m = json.loads((out / "manifest.json").read_text())
        if mode == "manifest_entry":
            m["records"][pos]["consent_basis"] = (
                "explicit" if m["records"][pos]["consent_basis"] != "explicit" else "x"
            )
        elif mode == "manifest_root":
            m["merkle"]["root"] = "0" * 64
        else:
            m["counts"]["excluded"]["erased"] = m["counts"]["excluded"].get("erased", 0) + 1
        (out / "manifest.json").write_text(
            json.dumps(m, ensure_ascii=False, separators=(",", ":")) + "\n"
        )


def _built(engine, out: Path):
    """A small store under chatgpt-2025 (on by default) and one dataset built from it."""
    from tests.store.tables import account_rows, exchange_rows

    policy = POLICIES["chatgpt-2025"]
    with unit_of_work(engine) as conn:
        upsert_accounts(conn, account_rows())
        for row in exchange_rows(30):
            capture_exchange(
                conn, policy, row | {"incognito": False, "safety_flagged": False, "feedback": False}
            )
        m = build(conn, policy, out, options=OPTS)
    assert m.records > 0
    return m


def _verify_problems(engine, out: Path) -> list[str]:
    with unit_of_work(engine) as conn:
        report = verify(conn, out)
    return [f.problem for f in report.failures]


def test_verify_names_a_parquet_rewritten_with_the_same_rows(engine, tmp_path):
    out = tmp_path / "ds"
    _built(engine, out)
    assert _verify_problems(engine, out) == []
    table = pq.read_table(out / "train.parquet")
    pq.write_table(table, out / "train.parquet", compression="gzip")  # same rows, other bytes
    assert pq.read_table(out / "train.parquet").equals(table)
    problems = _verify_problems(engine, out)
    assert problems and all(p.startswith("train.parquet:") for p in problems)
    assert any("SHA-256" in p for p in problems)


def test_verify_names_an_added_column_in_either_format(engine, tmp_path):
    out = tmp_path / "ds"
    _built(engine, out)
    table = pq.read_table(out / "train.parquet")
    emails = pa.array([f"user{i}@example.org" for i in range(table.num_rows)])
    pq.write_table(table.append_column("email", emails), out / "train.parquet")
    lines = (out / "train.jsonl").read_text().splitlines()
    rec = json.loads(lines[0])
    rec["messages"][0]["name"] = "Jane Roe"  # a nested field counts too
    lines[0] = json.dumps(rec, ensure_ascii=False, separators=(",", ":"))
    (out / "train.jsonl").write_text("".join(x + "\n" for x in lines))
    problems = _verify_problems(engine, out)
    assert "train.parquet: column(s) the manifest does not name: email" in problems
    assert "train.jsonl: column(s) the manifest does not name: messages.name" in problems


def test_verify_names_a_file_the_manifest_does_not(engine, tmp_path):
    out = tmp_path / "ds"
    _built(engine, out)
    (out / "extra.csv").write_text("email\nuser@example.org\n")
    assert "extra.csv: a file the manifest does not name" in _verify_problems(engine, out)


def test_a_build_as_of_a_past_time_replays_what_was_eligible_then(engine, tmp_path):
    """Withdrawn after T: out of a build now, in a build as of T; erased after T: out of both,
    counted as erased (a replay never uses content that is gone)."""
    from datetime import timedelta

    from consentry.rights.erase import erase_conversation
    from tests.store.tables import account_rows, exchange_rows

    policy = POLICIES["chatgpt-2025"]
    base = datetime.now(timezone.utc) - timedelta(days=5)
    with unit_of_work(engine) as conn:
        upsert_accounts(conn, account_rows()[:3])
        for i, row in enumerate(exchange_rows(9)):
            capture_exchange(
                conn,
                policy,
                row
                | {
                    "account_id": f"acc-{i % 3}",
                    "conversation_id": f"conv-{i % 3}",
                    "ts": base + timedelta(hours=i),
                    "incognito": False,
                    "safety_flagged": False,
                    "feedback": False,
                },
            )
    then = datetime.now(timezone.utc)
    with unit_of_work(engine) as conn:
        record_consent(conn, "acc-0", "deny", policy=policy)
        erase_conversation(conn, "conv-1")
        now_set = build(conn, policy, tmp_path / "now", options=OPTS)
        replay = build(conn, policy, tmp_path / "then", options=BuildOptions(workers=1, as_of=then))
    assert now_set.excluded == {"consent_withdrawn": 3, "erased": 3} and now_set.records == 3
    assert replay.excluded == {"erased": 3} and replay.records == 6
    assert json.loads((tmp_path / "then" / "manifest.json").read_text())["built_at"] == (
        then.isoformat()
    )
    with unit_of_work(engine) as conn:
        problems = [f.problem for f in verify(conn, tmp_path / "then").failures]
    # eligible when built (as of T); acc-0's three withdrawn since
    assert len(problems) == 3 and all(
        "no longer eligible: consent_withdrawn" in p for p in problems
    )
