"""Two honest baselines the detector is compared with, computed on the same exchanges.

- `rate`: a per-account rate threshold, what stops ordinary abuse today. An account is flagged
  when in some clock hour (UTC) it sent more than `RATE_THRESHOLD_PER_HOUR` requests; its score
  is the rank of its peak hourly count, scaled to [0, 1].
- `iforest`: an isolation forest (scikit-learn, seeded) over generic per-account features,
  contamination fixed at `IFOREST_CONTAMINATION`; score = anomaly score scaled to [0, 1].

Neither is tuned on labels: the threshold and the contamination were fixed before either was
run on a simulation (docs/evaluation.md says why these values). Features come from one DuckDB
pass over the Parquet (only the columns needed, streamed), so memory does not grow with the
number of exchanges.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from consentry.errors import ConsentryError

# 300 requests in one clock hour = one every 12 s for a whole hour. Nobody who reads the answers
# sustains that (a chat turn takes half a minute or more), yet it leaves headroom for scripts
# and small integrations: the kind of "clearly automated volume" line an abuse team draws
# before a customer has to ask for a higher limit.
RATE_THRESHOLD_PER_HOUR = 300
# The share of accounts the forest calls anomalous: a review budget of 1% of accounts, the
# scikit-learn idiom for "a few"; fixed before looking at any labelled run.
IFOREST_CONTAMINATION = 0.01
IFOREST_SEED = 0
IFOREST_TREES = 200
INPUTS_KEY = b"consentry.inputs"

FEATURES = (
    "exchanges",
    "active_days",
    "active_hours",
    "per_active_hour",
    "peak_hour",
    "distinct_ips",
    "distinct_user_agents",
    "distinct_models",
    "mean_input_tokens",
    "mean_output_tokens",
    "tool_share",
    "image_share",
    "error_share",
    "night_share",
    "api_share",
    "account_age_days",
)
_LOG_FEATURES = {
    "exchanges",
    "active_hours",
    "per_active_hour",
    "peak_hour",
    "distinct_ips",
    "distinct_user_agents",
    "mean_input_tokens",
    "mean_output_tokens",
    "account_age_days",
}


def resolve_inputs(
    pred_path: Path, exchanges: Path | None, accounts: Path | None
) -> tuple[Path, Path | None]:
    """The exchanges (and accounts) a run read: as given, else from its Parquet metadata."""
    if exchanges is None or accounts is None:
        meta = _inputs_metadata(pred_path)
        if exchanges is None:
            exchanges = _from_meta(meta, "exchanges", pred_path)
        if accounts is None and meta.get("accounts"):
            accounts = _from_meta(meta, "accounts", pred_path)
    return Path(exchanges), (Path(accounts) if accounts else None)


def _inputs_metadata(pred_path: Path) -> dict:
    md = pq.read_schema(pred_path).metadata or {}
    if INPUTS_KEY not in md:
        return {}
    try:
        meta = json.loads(md[INPUTS_KEY])
    except ValueError:
        raise ConsentryError(
            f"accounts: metadata key '{INPUTS_KEY.decode()}' in {pred_path} is not JSON."
        ) from None
    return meta if isinstance(meta, dict) else {}


def _from_meta(meta: dict, key: str, pred_path: Path) -> Path:
    value = meta.get(key)
    if not value:
        raise ConsentryError(
            f"baselines need the run's {key}: give --{key}, or let the detector record it "
            f"under '{INPUTS_KEY.decode()}' in {pred_path}'s metadata."
        )
    path = Path(value)
    if not path.is_absolute() and not path.exists():
        path = pred_path.parent / path
    return path


def _source(path: Path, name: str) -> str:
    if not path.exists():
        raise ConsentryError(f"{name}: {path} does not exist; give a Parquet file or folder.")
    glob = str(path / "**" / "*.parquet") if path.is_dir() else str(path)
    return f"read_parquet('{_quote(glob)}', hive_partitioning=true)"


def _quote(text: str) -> str:
    return text.replace("'", "''")


_EXCHANGE_COLUMNS = (
    "account_id",
    "ts",
    "ip",
    "user_agent",
    "model",
    "surface",
    "input_tokens",
    "output_tokens",
    "tool_count",
    "has_image",
    "status",
)


def account_features(exchanges: Path, accounts: Path | None = None) -> pa.Table:
    """One row per account seen in `exchanges`: its id and the columns of FEATURES."""
    import duckdb

    src = _source(exchanges, "exchanges")
    con = duckdb.connect(
        config={
            "threads": str(min(4, os.cpu_count() or 2)),
            "memory_limit": "2GB",
            "temp_directory": tempfile.gettempdir(),
        }
    )
    try:
        have = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {src}").fetchall()}
        for col in _EXCHANGE_COLUMNS:
            if col not in have:
                raise ConsentryError(
                    f"exchanges: required column '{col}' is missing in {exchanges}."
                )
        age = "NULL::DOUBLE"
        join = ""
        if accounts is not None:
            acc = _source(accounts, "accounts")
            acc_cols = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {acc}").fetchall()}
            for col in ("account_id", "created_at"):
                if col not in acc_cols:
                    raise ConsentryError(
                        f"accounts: required column '{col}' is missing in {accounts}."
                    )
            join = f"LEFT JOIN (SELECT account_id, created_at FROM {acc}) a USING (account_id)"
            age = "greatest(f.first_hour * 3600 - epoch(a.created_at), 0) / 86400.0"
        sql = f"""
        WITH ex AS (
            SELECT account_id, epoch_us(ts) // 3600000000 AS hour_no, ip, user_agent, model, surface, input_tokens, output_tokens,
                   tool_count, has_image, status
            FROM {src}
        ),
        hourly AS (
            SELECT account_id, count(*) AS n
            FROM ex GROUP BY account_id, hour_no
        ),
        per_hour AS (
            SELECT account_id, max(n) AS peak_hour, count(*) AS active_hours
            FROM hourly GROUP BY account_id
        ),
        f AS (
            SELECT account_id,
                   count(*) AS exchanges,
                   count(DISTINCT hour_no // 24) AS active_days,
                   count(DISTINCT ip) AS distinct_ips,
                   count(DISTINCT user_agent) AS distinct_user_agents,
                   count(DISTINCT model) AS distinct_models,
                   avg(input_tokens) AS mean_input_tokens,
                   avg(output_tokens) AS mean_output_tokens,
                   avg(CASE WHEN tool_count > 0 THEN 1 ELSE 0 END) AS tool_share,
                   avg(CASE WHEN has_image THEN 1 ELSE 0 END) AS image_share,
                   avg(CASE WHEN status >= 400 THEN 1 ELSE 0 END) AS error_share,
                   avg(CASE WHEN hour_no % 24 < 6 THEN 1 ELSE 0 END) AS night_share,
                   avg(CASE WHEN surface = 'api' THEN 1 ELSE 0 END) AS api_share,
                   min(hour_no) AS first_hour
            FROM ex GROUP BY account_id
        )
        SELECT f.account_id,
               f.exchanges::DOUBLE AS exchanges,
               f.active_days::DOUBLE AS active_days,
               p.active_hours::DOUBLE AS active_hours,
               f.exchanges / p.active_hours::DOUBLE AS per_active_hour,
               p.peak_hour::DOUBLE AS peak_hour,
               f.distinct_ips::DOUBLE AS distinct_ips,
               f.distinct_user_agents::DOUBLE AS distinct_user_agents,
               f.distinct_models::DOUBLE AS distinct_models,
               coalesce(f.mean_input_tokens, 0)::DOUBLE AS mean_input_tokens,
               coalesce(f.mean_output_tokens, 0)::DOUBLE AS mean_output_tokens,
               f.tool_share::DOUBLE AS tool_share,
               f.image_share::DOUBLE AS image_share,
               f.error_share::DOUBLE AS error_share,
               f.night_share::DOUBLE AS night_share,
               f.api_share::DOUBLE AS api_share,
               coalesce({age}, 0)::DOUBLE AS account_age_days
        FROM f JOIN per_hour p USING (account_id) {join}
        ORDER BY f.account_id
        """
        try:
            rel = con.sql(sql)
            # DuckDB 2 names it to_arrow_table(); 1.x has arrow().
            fetch = getattr(rel, "to_arrow_table", None) or rel.arrow
            return fetch()
        except duckdb.Error as exc:
            first = str(exc).strip().splitlines()[0][:200]
            raise ConsentryError(f"exchanges: could not read {exchanges} ({first}).") from None
    finally:
        con.close()


def _rank01(values: np.ndarray) -> np.ndarray:
    """Rank scaled to (0, 1]: tied values share the highest rank of their group; the top scores 1."""
    from scipy.stats import rankdata

    if len(values) == 0:
        return values.astype(np.float64)
    return rankdata(values, method="max") / len(values)


def rate_baseline(features: pa.Table) -> pa.Table:
    peak = features.column("peak_hour").to_numpy()
    return pa.table(
        {
            "account_id": features.column("account_id"),
            "score": _rank01(peak),
            "flagged": pa.array(peak > RATE_THRESHOLD_PER_HOUR),
        }
    )


def iforest_baseline(features: pa.Table) -> pa.Table:
    from sklearn.ensemble import IsolationForest

    x = np.column_stack(
        [
            np.log1p(features.column(c).to_numpy())
            if c in _LOG_FEATURES
            else features.column(c).to_numpy()
            for c in FEATURES
        ]
    ).astype(np.float64)
    n = len(x)
    if n < 2:
        score, flagged = np.zeros(n), np.zeros(n, dtype=bool)
    else:
        forest = IsolationForest(
            n_estimators=IFOREST_TREES,
            contamination=IFOREST_CONTAMINATION,
            random_state=IFOREST_SEED,
            n_jobs=1,
        ).fit(x)
        anomaly = -forest.score_samples(x)  # higher = more anomalous
        lo, hi = anomaly.min(), anomaly.max()
        score = (anomaly - lo) / (hi - lo) if hi > lo else np.zeros(n)
        flagged = forest.predict(x) == -1
    return pa.table(
        {
            "account_id": features.column("account_id"),
            "score": np.clip(score, 0.0, 1.0),
            "flagged": pa.array(flagged),
        }
    )


BASELINES = (("rate", rate_baseline), ("iforest", iforest_baseline))


def run_baselines(exchanges: Path, accounts: Path | None = None) -> dict[str, pa.Table]:
    """Each baseline's (account_id, score, flagged) table, one row per account seen."""
    feats = account_features(exchanges, accounts)
    return {name: fn(feats) for name, fn in BASELINES}
