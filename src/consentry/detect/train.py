"""Training the learned score: per-account profiles of labelled traffic -> a calibrated model.

`profiles(inputs)` runs the detector's own stages up to the features the model reads, so a
model is trained on exactly what it will score. Labels are `account_id`, `label`: `attack:*`
is positive, anything else (`benign`, `hn:*`, an operator's `legitimate`) negative.
`train_on_labels` is what `consentry detect train` runs on an operator's own incidents;
benchmarks/train_detector.py builds the shipped model from domain-randomised simulations.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq

from consentry.detect import model as mdl
from consentry.detect.inputs import Inputs
from consentry.errors import ConsentryError

PROFILE_STAGES = ("check inputs", "features", "addresses", "profile", "similarity")


def profiles(
    inputs: Inputs,
    backend: str = "duckdb",
    progress: Callable[[str], None] | None = None,
) -> pd.DataFrame:
    """The per-account profile (every model feature) of one set of traffic logs."""
    from consentry.detect.run import STAGES, State

    st = State(inputs, Path("."), backend, progress=progress)
    for name, stage in STAGES:
        if name not in PROFILE_STAGES:
            continue
        if progress:
            progress(name)
        stage(st)
    assert st.profile is not None
    return st.profile


def read_labels(path: Path) -> pd.Series:
    """account_id -> 1 for `attack:*`, 0 otherwise; one clear error for a bad file."""
    if not path.is_file():
        raise ConsentryError(f"--labels {path}: no such file; give a Parquet of account_id, label.")
    try:
        t = pq.read_table(path, columns=["account_id", "label"]).to_pandas()
    except Exception as exc:  # noqa: BLE001 - any unreadable file is the same one-line error
        raise ConsentryError(
            f"--labels {path}: needs columns account_id and label ({type(exc).__name__})."
        ) from None
    if t.account_id.isna().any() or t.account_id.duplicated().any():
        raise ConsentryError(f"--labels {path}: account_id must be unique and non-empty.")
    y = t.label.astype("string").str.startswith("attack:").fillna(False).astype(int)
    return pd.Series(y.to_numpy(), index=t.account_id)


def split(ids: pd.Index, share: float, seed: int) -> np.ndarray:
    """A stable pseudo-random validation mask: the same accounts whatever the row order."""
    h = np.array([int(hashlib.sha256(f"{seed}:{a}".encode()).hexdigest()[:8], 16) for a in ids])
    return (h / 0xFFFFFFFF) < share


def train_on_labels(
    inputs: Inputs,
    labels: Path,
    out: Path,
    validation_share: float = 0.3,
    seed: int = 0,
    backend: str = "duckdb",
    progress: Callable[[str], None] | None = None,
) -> mdl.Model:
    """Retrain on an operator's labelled accounts; validation is a stable share of them."""
    if not 0.05 <= validation_share <= 0.8:
        raise ConsentryError("--validation-share must be between 0.05 and 0.8.")
    y = read_labels(labels)
    p = profiles(inputs, backend, progress)
    y = y.reindex(p.index)
    known = y.notna().to_numpy()
    if known.sum() == 0:
        raise ConsentryError(f"--labels {labels}: no labelled account appears in the exchanges.")
    p, y = p[known], y[known].astype(int)
    val = split(p.index, validation_share, seed)
    x = mdl.matrix(p)
    record = {
        "trained_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "data": {"exchanges": str(inputs.exchanges), "labels": str(labels)},
        "settings": {"validation_share": validation_share, "seed": seed},
    }
    if progress:
        progress("fit")
    m = mdl.fit(x[~val], y.to_numpy()[~val], x[val], y.to_numpy()[val], record, seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    m.save(out)
    return m
