"""Bulk ingest of contract tables on every backend: decisions, idempotence, all-or-nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from sqlalchemy import func, select

from consentry.errors import ConsentryError
from consentry.policy import Account, ExchangeFlags, evaluate, load_policy
from consentry.store import audit, open_store, unit_of_work
from consentry.store.consents import consent_history
from consentry.store.ingest import ingest
from consentry.store.schema import accounts, audit_log, consent_events, conversations, exchanges

from .tables import exchange_rows

POLICY = load_policy("claude-consumer-2025")


def _counts(url: str) -> dict[str, int]:
    with unit_of_work(open_store(url)) as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (accounts, consent_events, conversations, exchanges, audit_log)
        }


def _ingest(url: str, **paths: Path | None):  # noqa: ANN202
    with unit_of_work(open_store(url)) as conn:
        return ingest(conn, POLICY, batch_rows=1000, **paths)


def test_every_exchange_carries_the_decision_of_the_pure_evaluator(
    db_url: str, tables: dict[str, Path]
) -> None:
    report = _ingest(
        db_url,
        accounts_path=tables["accounts"],
        consents_path=tables["consents"],
        exchanges_path=tables["exchanges"],
    )
    assert (report.accounts, report.consents, report.exchanges) == (10, 5, 60)
    with unit_of_work(open_store(db_url)) as conn:
        stored = {r.exchange_id: r for r in conn.execute(select(exchanges))}
        tiers = {
            r.account_id: r.tier
            for r in conn.execute(select(accounts.c.account_id, accounts.c.tier))
        }
        for row in exchange_rows():
            history = consent_history(conn, row["account_id"])
            flags = ExchangeFlags(row["incognito"], row["safety_flagged"], row["feedback"])
            want = evaluate(
                POLICY,
                Account(row["account_id"], tiers[row["account_id"]]),
                history,
                row["ts"],
                flags=flags,
            )
            got = stored[row["exchange_id"]]
            assert (got.eligible, got.reason, got.retain_until) == (
                want.eligible,
                want.reason,
                want.retain_until,
            )
        assert audit.verify(conn).ok
    assert sum(report.by_reason.values()) == 60
    assert 0 < report.eligible < 60
    assert _counts(db_url)["conversations"] == len({r["conversation_id"] for r in exchange_rows()})


def test_jsonl_and_parquet_give_the_same_store(
    db_url: str, tables: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One configured content-hash key for both stores, so their keyed hashes compare.
    monkeypatch.setattr("consentry.store.contentkey.configured_key", lambda: b"k" * 32)
    _ingest(
        db_url,
        accounts_path=tables["accounts"],
        consents_path=tables["consents"],
        exchanges_path=tables["exchanges_jsonl"],
    )
    with unit_of_work(open_store(db_url)) as conn:
        via_jsonl = sorted(
            conn.execute(
                select(exchanges.c.exchange_id, exchanges.c.reason, exchanges.c.content_sha256)
            )
        )
    other = f"sqlite:///{tmp_path / 'other.db'}"
    _ingest(
        other,
        accounts_path=tables["accounts"],
        consents_path=tables["consents"],
        exchanges_path=tables["exchanges"],
    )
    with unit_of_work(open_store(other)) as conn:
        via_parquet = sorted(
            conn.execute(
                select(exchanges.c.exchange_id, exchanges.c.reason, exchanges.c.content_sha256)
            )
        )
    assert via_jsonl == via_parquet and len(via_jsonl) == 60


def test_ingesting_the_same_file_twice_stores_each_exchange_once(
    db_url: str, tables: dict[str, Path]
) -> None:
    _ingest(db_url, accounts_path=tables["accounts"], exchanges_path=tables["exchanges"])
    again = _ingest(db_url, exchanges_path=tables["exchanges"])
    assert (again.exchanges, again.duplicates_skipped) == (0, 60)
    assert _counts(db_url)["exchanges"] == 60


def _bad_exchanges(tmp_path: Path, mutate) -> Path:  # noqa: ANN001
    rows = exchange_rows()
    path = tmp_path / "bad.jsonl"
    with path.open("w") as f:
        for i, r in enumerate(rows):
            r = {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in r.items()}
            f.write(json.dumps(mutate(i, r)) + "\n")
    return path


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda i, r: r | {"account_id": "ghost"} if i == 45 else r, "unknown account.*'ghost'"),
        (
            lambda i, r: r | {"ts": "yesterday-ish"} if i == 50 else r,
            "exchanges: column 'ts'.*not timestamp",
        ),
        (
            lambda i, r: {k: v for k, v in r.items() if k != "model"},
            "required column 'model' is missing",
        ),
        (lambda i, r: r | {"surface": "fax"} if i == 3 else r, "column 'surface'.*'fax'"),
        (
            lambda i, r: r | {"input_tokens": "many"} if i == 7 else r,
            "not valid JSON Lines|input_tokens",
        ),
    ],
    ids=[
        "unknown-account",
        "malformed-timestamp",
        "missing-column",
        "bad-vocabulary",
        "wrong-type",
    ],
)
def test_bad_input_is_one_clear_error_and_leaves_the_store_unchanged(
    db_url: str,
    tables: dict[str, Path],
    tmp_path: Path,
    mutate,
    message: str,  # noqa: ANN001
) -> None:
    _ingest(db_url, accounts_path=tables["accounts"], exchanges_path=tables["exchanges"])
    before = _counts(db_url)
    bad = _bad_exchanges(
        tmp_path, lambda i, r: mutate(i, r | {"exchange_id": "new-" + r["exchange_id"]})
    )
    with pytest.raises(ConsentryError, match=message) as err:
        _ingest(db_url, consents_path=tables["consents"], exchanges_path=bad)
    assert "\n" not in str(err.value)
    assert "question number" not in str(err.value)  # never conversation text in errors
    assert _counts(db_url) == before


def test_a_parquet_column_of_the_wrong_type_names_table_and_column(
    db_url: str, tmp_path: Path
) -> None:
    tbl = pa.table(
        {
            "account_id": ["a"],
            "created_at": ["not a time"],
            "tier": ["free"],
            "signup_channel": ["web"],
            "payment_fingerprint": [None],
            "email_domain": [None],
            "declared_country": [None],
            "org_id": [None],
        }
    )
    path = tmp_path / "accounts.parquet"
    pq.write_table(tbl, path)
    with pytest.raises(ConsentryError, match="accounts: column 'created_at'"):
        _ingest(db_url, accounts_path=path)


def test_progress_reports_running_counts_per_table_up_to_the_planned_totals(
    tmp_path: Path, tables: dict[str, Path]
) -> None:
    calls: list[tuple[str, int, int | None]] = []
    with unit_of_work(open_store(f"sqlite:///{tmp_path / 'p.db'}")) as conn:
        ingest(
            conn,
            POLICY,
            batch_rows=1000,
            accounts_path=tables["accounts"],
            consents_path=tables["consents"],
            exchanges_path=tables["exchanges_jsonl"],
            progress=lambda stage, done, total: calls.append((stage, done, total)),
        )
    last = {stage: (done, total) for stage, done, total in calls}
    # Parquet totals come from its metadata; JSON Lines has none before reading.
    assert last == {"accounts": (10, 10), "consents": (5, 5), "exchanges": (60, None)}
    assert [c[0] for c in calls] == sorted(
        (c[0] for c in calls), key=["accounts", "consents", "exchanges"].index
    )
