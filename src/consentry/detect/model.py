"""The learned score: per-account behaviour features -> gradient boosting -> calibrated probability.

A scikit-learn HistGradientBoostingClassifier is trained on labelled accounts (the shipped one
on domain-randomised simulations, see benchmarks/train_detector.py; an operator's with
`consentry detect train`), then a sigmoid is fitted on held-out validation accounts so the
score reads as a probability. The operating point is a target false-positive rate: the
threshold is the score that flags at most that share of the validation's legitimate accounts.
Reasons are the features whose replacement by a typical legitimate value lowers the account's
score most (occlusion), named in an analyst's words.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from consentry.detect import occlusion
from consentry.detect.coordination import BEHAVIOUR
from consentry.detect.relative import PREFIX, RELATIVE
from consentry.errors import ConsentryError

# feature -> (evidence code, what it says in an analyst's words). No feature reads what a
# prompt says, and none reads where a request came from in terms of restricted regions.
# Absolute sizes that depend on a generator's corpus or the window's length (total volume,
# prompt and answer lengths in characters or tokens) are left out: shapes and ratios travel.
# So is account age: how new a campaign's accounts are is a generator's choice, and new
# legitimate API accounts are common.
FEATURES: dict[str, tuple[str, str]] = {
    "per_day": ("volume", "exchanges per active day"),
    "active_day_share": ("persistence", "share of the window's days it was active"),
    "choosing_share": ("surface", "share sent through the API or CLI"),
    "tools_share": ("tool_use", "share of requests declaring tools"),
    "image_share": ("vision", "share of requests carrying an image"),
    "harvest_share": ("output_harvesting", "share of long answers to short, context-free prompts"),
    "out_in_ratio": ("output_harvesting", "output tokens per input token (log)"),
    "single_share": ("single_turn", "share of requests outside any conversation"),
    "turns_per_conversation": ("no_follow_ups", "requests per conversation"),
    "sys_prompt_share": ("system_prompt_reuse", "share of requests with a system prompt"),
    "sys_distinct_share": ("system_prompt_reuse", "distinct system prompts per request with one"),
    "prompt_distinct_share": ("novelty", "share of distinct prompts"),
    "prompt_len_cv": ("prompt_shape", "variation of prompt length"),
    "models": ("model_choice", "models used"),
    "n_429_share": ("rate_limited", "share of requests rate-limited"),
    "n_err_share": ("errors", "share of requests that failed"),
    "gap_log_mean": ("timing", "typical pause between requests (log seconds)"),
    "gap_log_sd": ("regular_timing", "spread of pauses between requests"),
    "burst_share": ("regular_timing", "share of pauses under 20 seconds"),
    "per_session": ("sessions", "requests per session"),
    "hour_entropy": ("flat_diurnal", "spread of traffic over the hours of the day"),
    "quiet8_share": ("flat_diurnal", "share of traffic in its quietest 8 hours"),
    "weekday_entropy": ("flat_weekly", "spread of traffic over the days of the week"),
    "weekend_share": ("flat_weekly", "share of traffic at weekends"),
    "day_cv": ("daily_volume", "variation of daily volume"),
    "n_networks": ("addresses", "distinct /24 or /48 networks"),
    "n_clients": ("client_paths", "distinct client strings"),
    "n_paths": ("client_paths", "distinct (surface, client) paths"),
    "egress_share": ("proxy_egress", "share through datacenter or proxy ranges"),
    "proxy_share": ("proxy_egress", "share through commercial proxy ranges"),
    "mismatch_share": ("country_mismatch", "share from a country other than the declared one"),
    "template_share": ("template_repetition", "share of its requests on its top masked template"),
    "shared_template_share": ("shared_templates", "share on masked templates other accounts fill"),
    "shared_prompt_share": ("shared_prompts", "share of sampled prompts other accounts also send"),
    "shared_prompt_accounts": ("shared_prompts", "accounts sharing its prompt structures (log)"),
    "shared_prompt_rare": (
        "shared_prompts",
        "share of sampled prompts a few other accounts also send, by how few (inverse popularity)",
    ),
    "self_repeat_share": ("repetition", "share of sampled prompts repeating its own"),
    "owner_overlap": (
        "owner_overlap",
        "share of sampled prompts another account of its organisation or card also sends",
    ),
    "resend_share": ("resent_prompts", "share of requests on prompts it sent on other days too"),
    "top_prompt_share": ("repetition", "share of requests on its most frequent prompt"),
    "crowd_share": ("common_prompts", "share of requests on prompts many accounts send"),
    "novel_per_day": ("new_questions", "new prompts nobody else sent, per active day (log)"),
    "out_len_entropy": ("coverage", "spread of its answers over length classes"),
    "in_len_entropy": ("coverage", "spread of its prompts over length classes"),
    "followup_share": ("follow_ups", "share of requests that follow up in a conversation"),
    "multi_turn_share": ("follow_ups", "share of its conversations with a follow-up"),
    "revisit_share": ("revisits", "share of its conversations it came back to later"),
    "pivot_share": ("release_pivot", "share moved to a new model in the day after its release"),
    "card_accounts": ("shared_payment", "accounts on its payment instrument (log)"),
    "signup_burst": ("signup_burst", "opened in a burst of sign-ups on one card or domain"),
    "alike_peers": ("coordinated_behaviour", "accounts sharing its infrastructure that act alike"),
    "alike_share": (
        "coordinated_behaviour",
        "share of accounts on its infrastructure acting alike",
    ),
    "alike_lift": ("coordinated_behaviour", "how much more common its behaviour is there (log)"),
    "infra_peers": ("shared_infrastructure", "accounts sharing any one thing with it (log)"),
    "group_sync": ("synchronised_activity", "its alike group active on the same days"),
    "alike_surprise": (
        "coordinated_behaviour",
        "how unlikely by chance its group of alike accounts on one shared thing is (log nats)",
    ),
    "alike_surprise_share": (
        "coordinated_behaviour",
        "share of the accounts on that thing acting alike",
    ),
    "cohort_signup": ("signup_cohort", "accounts sharing a thing and opened with it (log nats)"),
    "cohort_start": ("start_cohort", "accounts sharing a thing and starting with it (log nats)"),
    "cohort_alike": (
        "signup_cohort",
        "accounts sharing a thing, opened with it and acting alike (log nats)",
    ),
    "cohort_sync": (
        "synchronised_activity",
        "its most unlikely alike group active on the same days",
    ),
    "group_novel": ("group_new_questions", "new prompts per day of the accounts it shares with"),
    "group_novel_share": (
        "group_new_questions",
        "share of new prompts among the requests of the accounts it shares with",
    ),
    "group_resend": ("group_resent_prompts", "re-sent prompts of the accounts it shares with"),
    "group_followup": ("group_follow_ups", "follow-ups of the accounts it shares with"),
    "group_revisit": ("group_revisits", "revisited conversations of the accounts it shares with"),
    "group_spread": ("group_alike", "how different the accounts it shares with are"),
    "group_signup_gap": ("group_signup", "days between its sign-up and its neighbours' (log)"),
    "group_start_gap": ("group_start", "days between its first request and its neighbours' (log)"),
    "top_day_share": ("daily_volume", "share of its traffic on its busiest day"),
    "late_share": ("late_turn", "share of its traffic in the second half of its active span"),
    "before_heavy_share": ("late_turn", "share of its traffic before its first heavy day"),
    "org_queue_share": (
        "own_queue",
        "share of the accounts on its shared prompts that are in its own organisation",
    ),
    "org_spread": ("org_alike", "how different its organisation's other members are"),
    "alike_org_tie": (
        "open_ties",
        "share of the accounts working like it that are in its own organisation (beyond chance)",
    ),
    "alike_card_tie": (
        "open_ties",
        "share of the accounts working like it billed on its payment instrument (beyond chance)",
    ),
    "alike_domain_tie": (
        "open_ties",
        "share of the accounts working like it on its e-mail domain (beyond chance)",
    ),
    "alike_country_tie": (
        "open_ties",
        "share of the accounts working like it declaring its country (beyond chance)",
    ),
    "alike_network_tie": (
        "open_ties",
        "share of the accounts working like it on its main network (beyond chance)",
    ),
    "alike_asn_tie": (
        "open_ties",
        "share of the accounts working like it on its main autonomous system (beyond chance)",
    ),
    "org_kind_tie": (
        "org_network",
        "share of its organisation's members on its kind of network (beyond chance)",
    ),
    "open_network_share": (
        "org_network",
        "share of its traffic through corporate or education networks",
    ),
}
# each own-behaviour figure as a percentile among the run's accounts (relative.py)
FEATURES |= {
    PREFIX + k: (FEATURES[k][0], FEATURES[k][1] + ", as a percentile of the run's accounts")
    for k in RELATIVE
}
# What the shipped model reads (an operator's retrained model records its own list). Left out:
# `infra_peers` (sharing alone is what ordinary customers of a reseller do), `card_accounts`
# (a reseller's cards are its customers' cards) and what a campaign targets (`tools_share`,
# `image_share`: which capability it harvests is a design choice of the campaign, and the
# legitimate agents and apps that use tools taught an earlier model that tools mean benign).
# Also left out: the coordination figures of each account's *largest* alike group
# (`alike_peers`, `alike_share`, `alike_lift`, `group_sync`), which sit on whatever is most
# popular (public prompts, shared templates); the model reads the popularity-aware ones
# (`alike_surprise`, `cohort_*`), computed beside them for models trained before; and for the
# same reason the share of prompts any other accounts send and how many (`shared_prompt_share`,
# `shared_prompt_accounts`: a public prompt has thousands of senders) give way to
# `shared_prompt_rare`, each shared prompt weighed by how few send it. Computed but not read
# yet: `owner_overlap` (prompts near-duplicated by accounts of its own organisation or card),
# which separates hold-out 16's split-bank campaigns from their fixed-task twins; trained on,
# it ranks most unseen worlds better and one worse, depending on the training worlds
# (docs/detection.md, *Owners that never overlap*): a candidate reads it by --add.
NAMES = tuple(
    k
    for k in FEATURES
    if k
    not in (
        "infra_peers",
        "card_accounts",
        "tools_share",
        "image_share",
        "alike_peers",
        "alike_share",
        "alike_lift",
        "group_sync",
        "shared_prompt_share",
        "shared_prompt_accounts",
        "owner_overlap",
    )
)
# Where more means more suspicious whatever the campaign: the booster may not learn otherwise.
INCREASING = frozenset(
    {
        "alike_peers",
        "alike_share",
        "alike_lift",
        "group_sync",
        "alike_surprise",
        "alike_surprise_share",
        "cohort_signup",
        "cohort_start",
        "cohort_alike",
        "cohort_sync",
        "shared_prompt_share",
        "shared_prompt_accounts",
        "shared_prompt_rare",
        "shared_template_share",
        "signup_burst",
        "card_accounts",
    }
)
SHIPPED = "detector.joblib"
# Shallow trees and large leaves: each tree may combine at most three features, and a split
# needs 200 accounts behind it. With deeper trees (15 leaves, 40 accounts per leaf) a model
# trained without the agentic family caught 22% of it; with these, 85% (benchmarks/
# bench_generalise.py): fewer narrow rules that describe one campaign design.
BOOSTER = {
    "max_iter": 300,
    "learning_rate": 0.05,
    "max_depth": 3,
    "max_leaf_nodes": 8,
    "min_samples_leaf": 200,
    "l2_regularization": 1.0,
}
DEFAULT_MAX_FPR = 1e-3


def matrix(profile: pd.DataFrame, names: tuple[str, ...] | list[str] = NAMES) -> np.ndarray:
    """The model's input, in `names` order (NaN where a figure does not apply)."""
    missing = [c for c in names if c not in profile.columns]
    if missing:
        raise ConsentryError(f"profile lacks model features {missing}; re-run the features stage.")
    return profile[list(names)].astype("float64").to_numpy()


@dataclass
class Model:
    """A fitted detector: booster, sigmoid calibration, validation scores, provenance."""

    booster: Any
    calib: tuple[float, float]  # p = 1 / (1 + exp(-(a * logit(raw) + b)))
    benign_val: np.ndarray  # calibrated scores of the validation's legitimate accounts, sorted
    reference: np.ndarray  # per-feature typical legitimate value, for occlusion reasons
    record: dict = field(default_factory=dict)

    @property
    def names(self) -> tuple[str, ...]:
        """The features this model reads, in its column order."""
        return tuple(self.record.get("features", NAMES))

    @property
    def behaviour(self) -> tuple[str, ...]:
        """The behaviour vector its coordination features were computed with: its `alike_*`
        inputs mean what they meant in training only if the buckets are drawn the same way."""
        return tuple(self.record.get("behaviour", BEHAVIOUR))

    def matrix(self, profile: pd.DataFrame) -> np.ndarray:
        return matrix(profile, self.names)

    def raw(self, x: np.ndarray) -> np.ndarray:
        # one thread: OpenMP workers spinning on a busy machine cost far more than they save
        from threadpoolctl import threadpool_limits

        with threadpool_limits(1):
            return self.booster.predict_proba(x)[:, 1]

    def calibrate(self, raw: np.ndarray) -> np.ndarray:
        z = np.log(np.clip(raw, 1e-9, 1 - 1e-9) / np.clip(1 - raw, 1e-9, 1))
        a, b = self.calib
        return 1.0 / (1.0 + np.exp(-(a * z + b)))

    def score(self, x: np.ndarray) -> np.ndarray:
        return self.calibrate(self.raw(x))

    def threshold(self, max_fpr: float = DEFAULT_MAX_FPR) -> float:
        """Lowest score that flags at most max_fpr of the validation's legitimate accounts."""
        if not 0 < max_fpr < 1:
            raise ConsentryError(f"--max-fpr must be between 0 and 1, not {max_fpr}.")
        v = self.benign_val
        allowed = int(np.floor(max_fpr * len(v)))
        # flag only scores strictly above the (allowed+1)-th highest legitimate score
        above = v[len(v) - allowed - 1] if allowed < len(v) else 0.0
        return float(np.nextafter(above, 1.0))

    def contributions(self, x: np.ndarray) -> np.ndarray:
        """(rows, features): how much each feature raises the row's log-odds, measured as the
        drop when it is replaced by a typical legitimate value (batched predictions)."""
        if len(x) == 0:
            return np.zeros((0, len(self.names)))
        # only the (row, feature) cells whose occlusion sends some tree another way are
        # predicted: a cell on the reference's side of every split on its feature gives the
        # row's own prediction exactly (a drop of 0); about a third of them
        rows, cols = np.nonzero(self._moves(x))
        forest = occlusion.forest(self.booster)
        drops = np.zeros(x.shape)
        step = 2_000  # bounded memory: rows per batch
        for lo in range(0, len(x), step):
            at = (rows >= lo) & (rows < lo + step)
            r, c = rows[at], cols[at]
            if forest is not None:  # tree by tree: only the trees a cell can move
                base, occluded = occlusion.drops(
                    forest, x[lo : lo + step], r - lo, c, self.reference
                )
            else:
                y = x[r]
                y[np.arange(len(r)), c] = self.reference[c]
                base, occluded = self.raw(x[lo : lo + step]), self.raw(y)
            drops[r, c] = _logit(base)[r - lo] - _logit(occluded)
        return drops

    def _moves(self, x: np.ndarray) -> np.ndarray:
        """(rows, features): whether replacing the value by the reference's can change a
        split of the booster (all True for a booster whose splits are unknown)."""
        thresholds = self._thresholds()
        if thresholds is None:
            return np.ones(x.shape, bool)
        out = np.zeros(x.shape, bool)
        for j, t in enumerate(thresholds):
            if len(t) == 0:
                continue  # no split reads it
            ref = self.reference[j]
            side = np.searchsorted(t, x[:, j]) != np.searchsorted(t, ref)
            out[:, j] = side | (np.isnan(x[:, j]) != np.isnan(ref))
        return out

    def _thresholds(self) -> list[np.ndarray] | None:
        """Per feature, the sorted thresholds of every numeric split on it (None unless the
        booster is scikit-learn's histogram gradient boosting with numeric splits only)."""
        predictors = getattr(self.booster, "_predictors", None)
        if predictors is None:
            return None
        found: list[list[np.ndarray]] = [[] for _ in self.names]
        for trees in predictors:
            for tree in trees:
                nodes = tree.nodes
                split = nodes[nodes["is_leaf"] == 0]
                if "is_categorical" in (nodes.dtype.names or ()) and split["is_categorical"].any():
                    return None
                for j in np.unique(split["feature_idx"]):
                    found[j].append(split["num_threshold"][split["feature_idx"] == j])
        return [np.unique(np.concatenate(t)) if t else np.zeros(0) for t in found]

    def reasons(self, drops: np.ndarray, top: int = 3) -> list[list[str]]:
        """Per row: evidence codes of the features contributing most to its score."""
        out = []
        # rounded and stable: engines that sum in another order give the same reasons
        for row in np.round(drops, 6):
            order = np.argsort(-row, kind="stable")[:top]
            codes = (FEATURES[self.names[j]][0] for j in order if row[j] > 0.05)
            out.append(list(dict.fromkeys(codes)))
        return out

    def top_features(
        self, x: np.ndarray, drops: np.ndarray, top: int = 3
    ) -> list[list[tuple[str, float]]]:
        """Per row: (feature, value) of the features contributing most (for evidence text)."""
        out = []
        for i, row in enumerate(np.round(drops, 6)):
            order = np.argsort(-row, kind="stable")[:top]
            out.append([(self.names[j], float(x[i, j])) for j in order if row[j] > 0.05])
        return out

    def save(self, path: Path) -> None:
        import joblib

        joblib.dump(self, path, compress=3)
        path.with_suffix(".json").write_text(json.dumps(self.record, indent=2) + "\n")


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def fit(
    x_train: np.ndarray,
    y_train: np.ndarray,
    x_val: np.ndarray,
    y_val: np.ndarray,
    record: dict | None = None,
    seed: int = 0,
    names: tuple[str, ...] = NAMES,
    increasing: frozenset[str] = INCREASING,
    params: dict | None = None,
    weights: np.ndarray | None = None,
    val_groups: np.ndarray | None = None,
    pool: str = "mean",
) -> Model:
    """Train the booster, fit the sigmoid on validation, keep validation's legitimate scores.

    `weights`: per training row (default: the two classes balanced). `val_groups`: the world
    each validation row comes from; each then counts the same in the calibration and in the
    legitimate scores the threshold is read from, whatever its size; `pool` says how the
    worlds' quantiles are combined into one threshold (`equal_quantiles`)."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression

    if y_train.sum() == 0 or y_train.sum() == len(y_train):
        raise ConsentryError("training labels need both attack and legitimate accounts.")
    if y_val.sum() == 0 or y_val.sum() == len(y_val):
        raise ConsentryError("validation labels need both attack and legitimate accounts.")
    if pool not in POOLS:
        raise ConsentryError(f"threshold pool {pool!r}: one of {', '.join(POOLS)}.")
    if weights is None:
        pos = y_train.mean()
        weights = np.where(y_train == 1, 0.5 / pos, 0.5 / (1 - pos))
    settings = BOOSTER | (params or {})
    # an operator's few hundred labelled accounts cannot fill leaves of 200: scale them down
    settings["min_samples_leaf"] = int(
        min(settings["min_samples_leaf"], max(5, len(y_train) // 50))
    )
    booster = HistGradientBoostingClassifier(
        **settings,
        monotonic_cst=[1 if k in increasing else 0 for k in names],
        random_state=seed,
    )
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):  # deterministic and no OpenMP spinning on a shared machine
        booster.fit(x_train, y_train, sample_weight=weights)
    z = _logit(booster.predict_proba(x_val)[:, 1]).reshape(-1, 1)
    val_w = None if val_groups is None else group_weights(val_groups)
    lr = LogisticRegression(C=1.0).fit(z, y_val, sample_weight=val_w)
    calib = (float(lr.coef_[0, 0]), float(lr.intercept_[0]))
    ref = np.nanmedian(np.where(np.isfinite(x_train), x_train, np.nan)[y_train == 0], axis=0)
    m = Model(booster, calib, np.zeros(0), ref, dict(record or {}))
    legit = m.score(x_val[y_val == 0])
    if val_groups is None:
        m.benign_val = np.sort(legit)
    else:
        m.benign_val = equal_quantiles(legit, np.asarray(val_groups)[y_val == 0], pool)
    m.record.update(
        features=list(names),
        behaviour=list(BEHAVIOUR),
        increasing=sorted(increasing & set(names)),
        train_accounts=int(len(y_train)),
        train_attack=int(y_train.sum()),
        validation_accounts=int(len(y_val)),
        validation_attack=int(y_val.sum()),
        booster=booster.get_params(),
        calibration="sigmoid on validation",
        seed=seed,
    )
    return m


def group_weights(groups: np.ndarray, y: np.ndarray | None = None) -> np.ndarray:
    """Per-row weights under which every group (a training world) has the same total, and,
    given labels `y`, each class within a group half of it; they sum to the number of rows
    (a mean of 1, as the default class-balanced weights)."""
    groups = np.asarray(groups)
    keys = groups if y is None else np.char.add(groups.astype(str), np.asarray(y).astype(str))
    _, inv, counts = np.unique(keys, return_inverse=True, return_counts=True)
    parts = len(np.unique(groups)) * (1 if y is None else 2)
    if y is not None and len(counts) != parts:
        raise ConsentryError("every training world needs both attack and legitimate accounts.")
    return len(groups) / (parts * counts[inv])


# How the validation worlds' legitimate scores make one threshold: `mean` flags the target share
# on average over the worlds, `median` at the median world's own quantile (one odd world moves
# it little either way), `worst` at the highest world's (no validation world above the target;
# on a world none of them resembles that bought low FPR with most of the recall), `accounts`
# every legitimate account once (the largest world decides).
POOLS = ("mean", "median", "worst", "accounts")


def equal_quantiles(scores: np.ndarray, groups: np.ndarray, pool: str = "mean") -> np.ndarray:
    """Sorted scores from which `Model.threshold` reads the operating point, with the groups
    (validation worlds) combined by `pool`. Each group's scores are resampled to the largest
    group's count at evenly spaced quantiles; `mean` keeps them all, so the share above a
    threshold is the mean over groups of each group's share above it; `median` and `worst`
    take, at each quantile, the median or the highest of the groups' values, so a threshold
    read at a share is the median or the highest of the groups' own thresholds for it."""
    if pool not in POOLS:
        raise ConsentryError(f"threshold pool {pool!r}: one of {', '.join(POOLS)}.")
    groups = np.asarray(groups)
    if pool == "accounts":
        return np.sort(scores)
    names = np.unique(groups)
    n = max(int((groups == g).sum()) for g in names)
    levels = (np.arange(n) + 0.5) / n
    parts = [np.quantile(scores[groups == g], levels, method="inverted_cdf") for g in names]
    if pool == "worst":
        return np.max(parts, axis=0)
    if pool == "median":
        # the element-wise median of sorted rows is itself sorted
        return np.median(parts, axis=0)
    return np.sort(np.concatenate(parts))


_CACHE: dict[str, Model] = {}


def load(path: str | Path | None = None) -> Model:
    """The shipped model (consentry/detect/detector.joblib) or an operator's retrained one."""
    import joblib

    key = str(path) if path else SHIPPED
    if key not in _CACHE:
        if path is None:
            ref = resources.files("consentry.detect") / SHIPPED
            with resources.as_file(ref) as p:
                if not p.exists():
                    raise ConsentryError(
                        "the shipped detector model is missing; run "
                        "`python benchmarks/train_detector.py` to build it."
                    )
                _CACHE[key] = joblib.load(p)
        else:
            p = Path(path)
            if not p.is_file():
                raise ConsentryError(f"--model {p}: no such file; give a `detect train` output.")
            try:
                m = joblib.load(p)
            except Exception as exc:  # noqa: BLE001 - any unreadable file is the same error
                raise ConsentryError(
                    f"--model {p}: not a detector model ({type(exc).__name__})."
                ) from None
            if (
                not isinstance(m, Model)
                or not set(m.names) <= set(FEATURES)
                or not set(m.behaviour) <= set(BEHAVIOUR)
            ):
                raise ConsentryError(f"--model {p}: made for other features; retrain it.")
            _CACHE[key] = m
    return _CACHE[key]
