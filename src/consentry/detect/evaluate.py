"""Score a detector run against ground-truth labels, next to two baselines on the same data.

`score(labels, pred_dir)` reads the simulator's `labels.parquet` and the detector's
`accounts.parquet` and returns a `Report`: precision, recall and F1 of the `flagged` column,
PR-AUC and TPR at FPR 1e-3 of the `score` column, recall per campaign and false-positive rate
per hard-negative class, for the detector and for each baseline (consentry.detect.baselines).
Positives are accounts labelled `attack:*`; a labelled account the run did not write counts as
not flagged with score 0.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from consentry.errors import ConsentryError

MAX_FPR = 1e-3  # the operating point a provider can afford: one wrongly flagged user in 1,000
ATTACK = "attack:"
HARD_NEGATIVE = "hn:"
BENIGN = "benign"
CURVE_POINTS = 1000


@dataclass(frozen=True)
class GroupFigure:
    """One label's accounts and how many were flagged; `rate` is recall (campaigns) or FPR."""

    label: str
    accounts: int
    flagged: int
    rate: float


@dataclass(frozen=True)
class Figures:
    """Every figure for one scorer (the detector or a baseline) over the same labelled accounts."""

    name: str
    precision: float
    recall: float
    f1: float
    pr_auc: float
    tpr_at_fpr: float  # largest TPR on the ROC of `score` with FPR <= MAX_FPR
    fpr: float  # of `flagged`, over every negative (benign and hard negatives)
    tp: int
    fp: int
    fn: int
    tn: int
    campaigns: tuple[GroupFigure, ...]  # attack:* -> recall
    negatives: tuple[GroupFigure, ...]  # benign, then hn:* -> false-positive rate
    # (recall, precision) points of the PR curve of `score`, thinned; for --plot, not JSON.
    pr_curve: tuple[tuple[float, float], ...] = field(default=(), repr=False, compare=False)


@dataclass(frozen=True)
class Report:
    """The evaluation of one run: what was compared, and the figures per scorer."""

    labels: str
    pred: str
    accounts: int  # labelled accounts
    positives: int  # of which attack:*
    missing: int  # labelled accounts absent from accounts.parquet (scored 0, not flagged)
    unlabelled: int  # accounts in accounts.parquet without a label (ignored)
    max_fpr: float
    detector: Figures
    baselines: tuple[Figures, ...] = ()

    @property
    def scorers(self) -> tuple[Figures, ...]:
        return (self.detector, *self.baselines)

    def to_dict(self) -> dict:
        out = asdict(self)
        for fig in (out["detector"], *out["baselines"]):
            del fig["pr_curve"]
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)


# --- figures ------------------------------------------------------------------------------


def figures(name: str, labels: np.ndarray, score: np.ndarray, flagged: np.ndarray) -> Figures:
    """All figures for aligned arrays of labels (str), scores (float) and flags (bool)."""
    from sklearn.metrics import average_precision_score, precision_recall_curve, roc_curve

    labels = np.asarray(labels, dtype=object)
    score = np.asarray(score, dtype=np.float64)
    flagged = np.asarray(flagged, dtype=bool)
    y = np.fromiter((str(v).startswith(ATTACK) for v in labels), dtype=bool, count=len(labels))
    if not y.any():
        raise ConsentryError(f"labels: no account is labelled {ATTACK}*; nothing to evaluate.")
    tp = int((flagged & y).sum())
    fp = int((flagged & ~y).sum())
    fn = int((~flagged & y).sum())
    tn = int((~flagged & ~y).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    negatives = int((~y).sum())
    if negatives:
        fpr_curve, tpr_curve, _ = roc_curve(y, score)
        tpr_at = float(tpr_curve[fpr_curve <= MAX_FPR].max())
    else:
        tpr_at = float("nan")
    prec, rec, _ = precision_recall_curve(y, score)
    keep = np.unique(np.linspace(0, len(rec) - 1, min(len(rec), CURVE_POINTS)).astype(int))
    return Figures(
        name=name,
        precision=precision,
        recall=recall,
        f1=f1,
        pr_auc=float(average_precision_score(y, score)),
        tpr_at_fpr=tpr_at,
        fpr=fp / negatives if negatives else 0.0,
        tp=tp,
        fp=fp,
        fn=fn,
        tn=tn,
        campaigns=_groups(labels, flagged, lambda v: v.startswith(ATTACK)),
        negatives=_groups(labels, flagged, lambda v: v == BENIGN)
        + _groups(labels, flagged, lambda v: v.startswith(HARD_NEGATIVE)),
        pr_curve=tuple(zip(rec[keep].tolist(), prec[keep].tolist(), strict=True)),
    )


def _groups(labels: np.ndarray, flagged: np.ndarray, keep) -> tuple[GroupFigure, ...]:  # noqa: ANN001
    out = []
    for label in sorted({v for v in labels if keep(v)}):
        mask = labels == label
        n, f = int(mask.sum()), int(flagged[mask].sum())
        out.append(GroupFigure(label, n, f, f / n))
    return tuple(out)


# --- inputs -------------------------------------------------------------------------------


def read_labels(path: Path) -> pa.Table:
    """labels.parquet as (account_id, label), checked: both columns, unique ids, no nulls."""
    tbl = _read(path, "labels", ("account_id", "label"))
    _check_ids(tbl, "labels", path)
    if tbl.column("label").null_count:
        raise ConsentryError(f"labels: column 'label' in {path} has empty values.")
    return tbl


def read_predictions(path: Path, *, name: str = "accounts") -> pa.Table:
    """A run's accounts.parquet as (account_id, score, flagged), checked against the contract."""
    tbl = _read(path, name, ("account_id", "score", "flagged"))
    _check_ids(tbl, name, path)
    score = tbl.column("score")
    if not pa.types.is_floating(score.type) and not pa.types.is_integer(score.type):
        raise ConsentryError(f"{name}: column 'score' in {path} is {score.type}, not a number.")
    score = pc.cast(score, pa.float64())
    if score.null_count or pc.any(pc.is_nan(score)).as_py():
        raise ConsentryError(f"{name}: column 'score' in {path} has empty or NaN values.")
    if len(score) and (pc.min(score).as_py() < 0 or pc.max(score).as_py() > 1):
        raise ConsentryError(f"{name}: column 'score' in {path} has values outside [0, 1].")
    flagged = tbl.column("flagged")
    if not pa.types.is_boolean(flagged.type):
        raise ConsentryError(f"{name}: column 'flagged' in {path} is {flagged.type}, not bool.")
    if flagged.null_count:
        raise ConsentryError(f"{name}: column 'flagged' in {path} has empty values.")
    return pa.table({"account_id": tbl.column("account_id"), "score": score, "flagged": flagged})


def _read(path: Path, name: str, columns: tuple[str, ...]) -> pa.Table:
    path = Path(path)
    if not path.is_file():
        raise ConsentryError(f"{name}: {path} does not exist; give the Parquet file.")
    try:
        schema = pq.read_schema(path)
    except (pa.ArrowInvalid, OSError) as exc:
        raise ConsentryError(f"{name}: {path} is not a readable Parquet file ({exc}).") from None
    for col in columns:
        if col not in schema.names:
            raise ConsentryError(f"{name}: required column '{col}' is missing in {path}.")
    tbl = pq.read_table(path, columns=list(columns))
    ids = tbl.column("account_id")
    if not (pa.types.is_string(ids.type) or pa.types.is_large_string(ids.type)):
        raise ConsentryError(f"{name}: column 'account_id' in {path} is {ids.type}, not string.")
    return tbl


def _check_ids(tbl: pa.Table, name: str, path: Path) -> None:
    ids = tbl.column("account_id")
    if ids.null_count:
        raise ConsentryError(f"{name}: column 'account_id' in {path} has empty values.")
    if pc.count_distinct(ids).as_py() != len(ids):
        raise ConsentryError(f"{name}: column 'account_id' in {path} has duplicate accounts.")


def align(labels: pa.Table, pred: pa.Table) -> tuple[np.ndarray, np.ndarray, np.ndarray, int, int]:
    """Labels, scores and flags in label order; returns also (missing, unlabelled) counts."""
    joined = labels.join(pred, "account_id", join_type="left outer").sort_by("account_id")
    missing = joined.column("flagged").null_count
    score = pc.fill_null(joined.column("score"), 0.0).to_numpy()
    flagged = pc.fill_null(joined.column("flagged"), False).to_numpy(zero_copy_only=False)
    lab = np.asarray(joined.column("label").to_pylist(), dtype=object)
    unlabelled = len(pred) - (len(labels) - missing)
    return lab, score, flagged, missing, unlabelled


# --- the report ---------------------------------------------------------------------------


def score(
    labels: Path,
    pred_dir: Path,
    *,
    exchanges: Path | None = None,
    accounts: Path | None = None,
    baselines: bool = True,
) -> Report:
    """Evaluate the run in `pred_dir` (its accounts.parquet) against `labels`.

    With `baselines`, the rate-threshold and isolation-forest baselines are computed on the
    run's own exchanges (given, or named in the run's Parquet metadata) and scored alike.
    """
    labels, pred_dir = Path(labels), Path(pred_dir)
    lab_tbl = read_labels(labels)
    pred_path = pred_dir / "accounts.parquet"
    if not pred_dir.is_dir():
        raise ConsentryError(f"accounts: {pred_dir} is not a folder; give the detector's --out.")
    pred = read_predictions(pred_path)
    lab, sc, fl, missing, unlabelled = align(lab_tbl, pred)
    detector = figures("detector", lab, sc, fl)
    base: list[Figures] = []
    if baselines:
        from consentry.detect.baselines import resolve_inputs, run_baselines

        ex_path, acc_path = resolve_inputs(pred_path, exchanges, accounts)
        for name, table in run_baselines(ex_path, acc_path).items():
            b_lab, b_sc, b_fl, _, _ = align(lab_tbl, table)
            base.append(figures(name, b_lab, b_sc, b_fl))
    return Report(
        labels=str(labels),
        pred=str(pred_dir),
        accounts=len(lab_tbl),
        positives=int(sum(str(v).startswith(ATTACK) for v in lab)),
        missing=missing,
        unlabelled=unlabelled,
        max_fpr=MAX_FPR,
        detector=detector,
        baselines=tuple(base),
    )


def plot_pr(report: Report, path: Path) -> None:
    """Write the precision-recall curves of the detector and the baselines as an image."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 4.8), dpi=120)
    try:
        for i, f in enumerate(report.scorers):
            rec, prec = zip(*f.pr_curve, strict=True) if f.pr_curve else ((), ())
            style = {"linewidth": 2.2} if i == 0 else {"linewidth": 1.2, "linestyle": "--"}
            ax.step(rec, prec, where="post", label=f"{f.name} (AP {f.pr_auc:.3f})", **style)
        base = report.positives / report.accounts
        ax.axhline(base, color="grey", linestyle=":", linewidth=1, label=f"chance ({base:.3f})")
        ax.set(xlabel="recall", ylabel="precision", xlim=(0, 1), ylim=(0, 1.02))
        ax.set_title(
            f"Precision-recall: {report.positives:,} attack of {report.accounts:,} accounts"
        )
        ax.legend(loc="best")
        ax.grid(alpha=0.3)
        try:
            fig.savefig(path)
        except OSError as exc:
            raise ConsentryError(f"--plot: cannot write {path} ({exc.strerror}).") from None
    finally:
        plt.close(fig)
