"""Two honest baselines the detector is compared with, computed on the same exchanges.

- `rate`: a per-account rate threshold, what stops ordinary abuse today. An account is flagged
  when in some clock hour (UTC) it sent more than `RATE_THRESHOLD_PER_HOUR` requests; its score
  is the rank of its peak hourly count, scaled to (0, 1].
- `iforest`: an isolation forest (scikit-learn, seeded) over generic per-account features,
  contamination fixed at `IFOREST_CONTAMINATION`; score = anomaly score scaled to [0, 1].

Neither is tuned on labels: the threshold and the contamination were fixed before either was
run on a simulation (docs/evaluation.md says why these values). Features come from one DuckDB
query over the Parquet (only the columns needed, streamed, memory capped), so memory does not
grow with the number of exchanges.
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
            f"baselines need the run's {key}: give --{key} (or --no-baselines); the detector "
            f"records it under '{INPUTS_KEY.decode()}' in {pred_path}'s metadata."
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
    acc = _source(accounts, "accounts") if accounts is not None else None
    con = duckdb.connect(
        config={
            "threads": str(min(4, os.cpu_count() or 2)),
            "memory_limit": "2GB",
            "temp_directory": tempfile.gettempdir(),
        }
    )
    try:
        con.execute("SET enable_progress_bar = false")
        _require(con, src, _EXCHANGE_COLUMNS, "exchanges", exchanges)
        if acc is not None:
            _require(con, acc, ("account_id", "created_at"), "accounts", accounts)
        try:
            rel = con.sql(features_sql(src, acc))
            # DuckDB 2 names it to_arrow_table(); 1.x has arrow().
            fetch = getattr(rel, "to_arrow_table", None) or rel.arrow
            return fetch()
        except duckdb.Error as exc:
            first = str(exc).strip().splitlines()[0][:200]
            raise ConsentryError(f"exchanges: could not read {exchanges} ({first}).") from None
    finally:
        con.close()


def _require(con, src: str, columns: tuple[str, ...], name: str, path: Path | None) -> None:  # noqa: ANN001
    import duckdb

    try:
        have = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {src}").fetchall()}
    except duckdb.Error as exc:
        first = str(exc).strip().splitlines()[0][:200]
        raise ConsentryError(f"{name}: {path} is not a readable Parquet table ({first}).") from None
    for col in columns:
        if col not in have:
            raise ConsentryError(f"{name}: required column '{col}' is missing in {path}.")


def features_sql(src: str, accounts_src: str | None = None) -> str:
    """The per-account feature query over a DuckDB table expression of exchanges.

    Three narrow scans rather than one wide one with COUNT(DISTINCT ...) per account (several
    times slower in DuckDB): per-account sums; account-hours, folded to days and then to the
    account; and the distinct (address, client, model) combinations of each account. Each is
    small next to the exchanges. Grouping on 64-bit hashes of the strings halves the time (a
    collision among even a million accounts has odds below 1e-7).
    """
    join, age = "", "NULL::DOUBLE"
    if accounts_src is not None:
        join = f"LEFT JOIN (SELECT account_id, created_at FROM {accounts_src}) a USING (account_id)"
        age = "greatest(t.first_us // 3600000000 * 3600 - epoch(a.created_at), 0) / 86400.0"
    return f"""
    WITH totals AS NOT MATERIALIZED (
        SELECT hash(account_id) AS k,
               any_value(account_id) AS account_id,
               count(*) AS n,
               sum(input_tokens::BIGINT) AS input_tokens,
               sum(output_tokens::BIGINT) AS output_tokens,
               count_if(tool_count > 0) AS tools,
               count_if(has_image) AS images,
               count_if(status >= 400) AS errors,
               count_if(surface = 'api') AS api,
               count_if(epoch_us(ts) // 3600000000 % 24 < 6) AS night,
               min(epoch_us(ts)) AS first_us
        FROM {src} GROUP BY k
    ),
    hours AS NOT MATERIALIZED (
        SELECT hash(account_id) AS k, epoch_us(ts) // 3600000000 AS hour_no, count(*) AS n
        FROM {src} GROUP BY k, hour_no
    ),
    days AS NOT MATERIALIZED (
        SELECT k, count(*) AS active_hours, max(n) AS peak_hour
        FROM hours GROUP BY k, hour_no // 24
    ),
    rate AS NOT MATERIALIZED (
        SELECT k, count(*) AS active_days, sum(active_hours) AS active_hours,
               max(peak_hour) AS peak_hour
        FROM days GROUP BY k
    ),
    combos AS MATERIALIZED (
        SELECT DISTINCT hash(account_id) AS k, hash(ip) AS ip,
               CASE WHEN user_agent IS NOT NULL THEN hash(user_agent) END AS user_agent,
               hash(model) AS model
        FROM {src}
    ),
    ips AS NOT MATERIALIZED (
        SELECT k, count(*) AS distinct_ips FROM (SELECT DISTINCT k, ip FROM combos) GROUP BY k
    ),
    agents AS NOT MATERIALIZED (
        SELECT k, count(user_agent) AS distinct_user_agents
        FROM (SELECT DISTINCT k, user_agent FROM combos) GROUP BY k
    ),
    models AS NOT MATERIALIZED (
        SELECT k, count(*) AS distinct_models FROM (SELECT DISTINCT k, model FROM combos) GROUP BY k
    )
    SELECT t.account_id,
           t.n::DOUBLE AS exchanges,
           r.active_days::DOUBLE AS active_days,
           r.active_hours::DOUBLE AS active_hours,
           t.n / r.active_hours::DOUBLE AS per_active_hour,
           r.peak_hour::DOUBLE AS peak_hour,
           ips.distinct_ips::DOUBLE AS distinct_ips,
           agents.distinct_user_agents::DOUBLE AS distinct_user_agents,
           models.distinct_models::DOUBLE AS distinct_models,
           (t.input_tokens / t.n)::DOUBLE AS mean_input_tokens,
           (t.output_tokens / t.n)::DOUBLE AS mean_output_tokens,
           (t.tools / t.n)::DOUBLE AS tool_share,
           (t.images / t.n)::DOUBLE AS image_share,
           (t.errors / t.n)::DOUBLE AS error_share,
           (t.night / t.n)::DOUBLE AS night_share,
           (t.api / t.n)::DOUBLE AS api_share,
           coalesce({age}, 0)::DOUBLE AS account_age_days
    FROM totals t JOIN rate r USING (k) JOIN ips USING (k) JOIN agents USING (k)
    JOIN models USING (k) {join}
    ORDER BY t.account_id
    """


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
