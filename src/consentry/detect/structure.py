"""What campaigns share and legitimate templated traffic lacks: novelty, coverage and
conversation structure, per account, with no vocabulary.

An evaluation runner, a batch job or a bot re-sends a fixed set of prompts: the same items
come back day after day, and a benchmark's items are sent by many accounts. A harvester keeps
asking new ones: nearly every prompt is one it never sent before and nobody else sends, its
answers span the capability space (short tool calls to long essays), and where it converses,
its follow-ups come at once and it never returns to a thread. So, per account:

- how its prompts recur: the share of its traffic on prompts it sent on two or more days
  (`resend_share`), on its single most frequent prompt (`top_prompt_share`), on prompts three
  or more accounts send (`crowd_share`), and how many new prompts only it ever sent it asks
  per active day (`novel_per_day`, log);
- coverage: the spread of its answers and prompts over length classes (`out_len_entropy`,
  `in_len_entropy`, powers of two of tokens): a sweep of many capabilities spreads wide, a
  fixed job narrow;
- conversation structure: follow-ups per request (`followup_share`), the share of its
  conversations with a follow-up (`multi_turn_share`) and the share it came back to later,
  on another day or after an hour (`revisit_share`).

A prompt's identity is its text lower-cased with digit runs folded (a job's date or ticket
number does not make a new prompt), hashed on the engine; no text leaves it. Two queries, both
group-bys on the engine (DuckDB or Spark), each returning one row per account, or per
(account, length class).
"""

from __future__ import annotations

from dataclasses import dataclass

import ibis
import numpy as np
import pandas as pd
from ibis.backends import BaseBackend

from consentry.detect.features import _f, _seconds, query
from consentry.progress import Progress

CROWD = 3  # a prompt this many accounts send is a shared item (a benchmark, a greeting)
REVISIT_S = 3600  # a conversation taken up again after this long was come back to
LENGTH_CLASSES = 16  # powers of two of tokens, 1 to 32k+

COLUMNS = (
    "resend_share",
    "top_prompt_share",
    "crowd_share",
    "novel_per_day",
    "out_len_entropy",
    "in_len_entropy",
    "followup_share",
    "multi_turn_share",
    "revisit_share",
)


def prompt_reuse(e: ibis.Table) -> ibis.Table:
    """Per account: how its prompts recur over days and across accounts."""
    key = e.prompt.lower().re_replace(r"[0-9]+", "0").hash()
    t = e.select("account_id", k=key, day=e.ts.date())
    # days per (account, prompt) as a group-by of its (account, prompt, day) groups, not a
    # count-distinct: DuckDB plans that as three group-bys and a join on the string ids
    per_day = t.group_by(["account_id", "k", "day"]).aggregate(c=t.count())
    per = per_day.group_by(["account_id", "k"]).aggregate(c=per_day.c.sum(), d=per_day.count())
    owners = per.group_by("k").aggregate(owners=per.count())
    j = per.join(owners, "k")
    return j.group_by("account_id").aggregate(
        resent=(j.d >= 2).ifelse(j.c, 0).sum(),
        top=j.c.max(),
        crowd=(j.owners >= CROWD).ifelse(j.c, 0).sum(),
        novel=_f((j.owners == 1) & (j.c == 1)).sum(),
    )


def conversation_shape(e: ibis.Table) -> ibis.Table:
    """Per account: its conversations' length and whether it came back to them."""
    c = e.filter(e.conversation_id.notnull())
    c = c.select("account_id", "conversation_id", "ts", s=_seconds(c.ts))
    per = c.group_by(["account_id", "conversation_id"]).aggregate(
        n=c.count(), days=c.ts.date().nunique(), span=c.s.max() - c.s.min()
    )
    return per.group_by("account_id").aggregate(
        convs=per.count(),
        threaded=per.n.sum(),
        multi=_f(per.n >= 2).sum(),
        revisit=_f((per.days >= 2) | (per.span > REVISIT_S)).sum(),
    )


def length_classes(e: ibis.Table) -> ibis.Table:
    """(account, side, class, n): requests per power-of-two class of input and output tokens."""

    def side(col: ibis.IntegerValue, name: str) -> ibis.Table:
        cls = (col.cast("float64") + 1).log2().floor().cast("int64").clip(0, LENGTH_CLASSES - 1)
        t = e.select("account_id", cls=cls)
        return (
            t.group_by(["account_id", "cls"]).aggregate(n=t.count()).mutate(side=ibis.literal(name))
        )

    return side(e.output_tokens, "out").union(side(e.input_tokens, "in"))


@dataclass
class Structure:
    reuse: pd.DataFrame
    conversations: pd.DataFrame
    lengths: pd.DataFrame


def compute(con: BaseBackend, e: ibis.Table, progress: Progress | None = None) -> Structure:
    """Run the three queries on the engine, each a stage of one unit for `progress`."""
    return Structure(
        query(con, "prompt reuse", prompt_reuse(e), progress),
        query(con, "conversations", conversation_shape(e), progress),
        query(con, "length classes", length_classes(e), progress),
    )


def _entropy(counts: np.ndarray) -> np.ndarray:
    total = np.maximum(counts.sum(axis=1, keepdims=True), 1)
    p = counts / total
    with np.errstate(divide="ignore", invalid="ignore"):
        h = -np.nansum(np.where(p > 0, p * np.log(p), 0.0), axis=1)
    return h / np.log(counts.shape[1])


def columns(s: Structure, p: pd.DataFrame) -> pd.DataFrame:
    """The structure columns for the accounts of profile `p` (index account_id; reads its
    `n` and `days`)."""
    out = pd.DataFrame(index=p.index)
    n = p.n.astype(float).clip(lower=1)
    r = s.reuse.set_index("account_id").reindex(p.index)
    out["resend_share"] = (r.resent / n).fillna(0.0)
    out["top_prompt_share"] = (r.top / n).fillna(0.0)
    out["crowd_share"] = (r.crowd / n).fillna(0.0)
    out["novel_per_day"] = np.log1p(r.novel.fillna(0) / p.days.astype(float).clip(lower=1))
    for side in ("out", "in"):
        ls = s.lengths[s.lengths.side == side]
        counts = (
            ls.pivot_table(index="account_id", columns="cls", values="n", aggfunc="sum")
            .reindex(index=p.index, columns=range(LENGTH_CLASSES))
            .fillna(0)
            .to_numpy()
        )
        out[f"{side}_len_entropy"] = _entropy(counts)
    c = s.conversations.set_index("account_id").reindex(p.index)
    convs = c.convs.fillna(0)
    out["followup_share"] = ((c.threaded - convs).clip(lower=0) / n).fillna(0.0)
    out["multi_turn_share"] = (c.multi / convs.clip(lower=1)).where(convs > 0)
    out["revisit_share"] = (c.revisit / convs.clip(lower=1)).where(convs > 0)
    return out
