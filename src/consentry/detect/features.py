"""Per-exchange derived columns and per-account aggregates, written once in Ibis.

Each function returns an Ibis expression over the exchanges table; `compute` runs them on the
connected engine (DuckDB or Spark) and brings the small results (per account, per account and
hour, address, client, template) back as pandas frames for the graph and scoring stages.
Each query carries only the columns it needs, so the 30M-row scans stay lean.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import ibis
import pandas as pd
from ibis.backends import BaseBackend

from consentry.detect import text
from consentry.progress import Progress, silent

# Surfaces where the client picks its model itself (a consumer app moves everyone at once).
CHOOSING_SURFACES = ("api", "cli")
SESSION_GAP_S = 600  # a pause longer than this starts a new session
HARVEST_RATIO = 2
LARGE_OUTPUT_TOKENS = 300
TEMPLATE_MIN_REPEATS = 3


def _f(cond: ibis.BooleanValue) -> ibis.IntegerValue:
    return cond.ifelse(1, 0)


def account_activity(e: ibis.Table) -> ibis.Table:
    """Volume, surfaces, capabilities, conversation structure and repetition per account.

    Nothing here reads what a prompt says: only its length, whether it repeats exactly, the
    thread it belongs to and the tokens that went in and out.
    """
    single = e.conversation_id.isnull()
    # A large answer to a short, context-free prompt (a follow-up carries its history in
    # input_tokens, so a chat turn rarely qualifies).
    harvest = (e.output_tokens >= HARVEST_RATIO * e.input_tokens) & (
        e.output_tokens >= LARGE_OUTPUT_TOKENS
    )
    length = e.prompt.length().cast("float64")
    return e.group_by("account_id").aggregate(
        n=e.count(),
        n_429=_f(e.status == 429).sum(),
        n_err=_f(e.status >= 400).sum(),
        first_ts=e.ts.min(),
        last_ts=e.ts.max(),
        choosing=_f(e.surface.isin(CHOOSING_SURFACES)).sum(),
        web_app=_f(e.surface.isin(("web", "app"))).sum(),
        tools=_f(e.tool_count > 0).sum(),
        image=_f(e.has_image).sum(),
        harvest=_f(harvest).sum(),
        single=_f(single).sum(),
        conversations=e.conversation_id.nunique(),
        sys_prompt=_f(e.system_prompt.notnull()).sum(),
        sys_distinct=e.system_prompt.hash().nunique(),
        prompt_distinct=e.prompt.hash().nunique(),
        len_sum=length.sum(),
        len_sq=(length * length).sum(),
        models=e.model.nunique(),
        out_tokens=e.output_tokens.sum().cast("float64"),
        in_tokens=e.input_tokens.sum().cast("float64"),
    )


def account_sample(e: ibis.Table, per_account: int) -> ibis.Table:
    """About `per_account` masked prompt openings per account, spread over its window.

    Rows are picked by their rank in time (every k-th request), so every engine picks the same
    ones; only the masked opening leaves the engine, for cross-account similarity.
    """
    w = ibis.window(group_by=e.account_id, order_by=[e.ts, e.exchange_id])
    # the window sorts ids and times only; the picked rows' prompts are joined back after,
    # so the prompts of all exchanges are never sorted (18 GB at 50M exchanges)
    t = e.select("account_id", "ts", "exchange_id")
    t = t.mutate(
        rn=ibis.row_number().over(w),
        cnt=t.account_id.count().over(ibis.window(group_by=t.account_id)),
    )
    step = (t.cnt / per_account).ceil().cast("int64")
    picked = t.filter((t.rn % step) == 0).select("exchange_id")
    p = e.select("account_id", "exchange_id", "prompt").semi_join(picked, "exchange_id")
    return p.select("account_id", m=text.mask(p.prompt.left(text.SAMPLE_CHARS)))


def _seconds(ts: ibis.TimestampValue) -> ibis.FloatingValue:
    """Epoch seconds to the millisecond on every engine (Spark's epoch is whole seconds)."""
    return ts.epoch_seconds().cast("float64").floor() + ts.millisecond().cast("float64") / 1000


def account_gaps(e: ibis.Table) -> ibis.Table:
    """Inter-arrival shape: how machine-regular the pauses between requests are."""
    w = ibis.window(group_by=e.account_id, order_by=e.ts)
    g = e.select("account_id", "ts").mutate(prev=e.ts.lag().over(w))
    gap = _seconds(g.ts) - _seconds(g.prev)
    g = g.mutate(gap=gap)
    inner = g.gap.notnull() & (g.gap > 0.05) & (g.gap <= SESSION_GAP_S)
    lg = g.gap.log10()
    return g.group_by("account_id").aggregate(
        gaps=_f(inner).sum(),
        sessions=_f(g.gap.isnull() | (g.gap > SESSION_GAP_S)).sum(),
        lg_sum=inner.ifelse(lg, 0.0).sum(),
        lg_sq=inner.ifelse(lg * lg, 0.0).sum(),
        burst=_f(inner & (g.gap < 20)).sum(),
    )


def account_hours(e: ibis.Table) -> ibis.Table:
    return e.group_by(["account_id", e.ts.hour().name("hour")]).aggregate(n=e.count())


def account_days(e: ibis.Table) -> ibis.Table:
    return e.group_by(["account_id", e.ts.date().name("day")]).aggregate(n=e.count())


def account_ips(e: ibis.Table) -> ibis.Table:
    return e.group_by(["account_id", "ip"]).aggregate(n=e.count(), country=e.country.arbitrary())


def account_countries(e: ibis.Table) -> ibis.Table:
    return e.group_by(["account_id", e.country.fill_null("??").name("country")]).aggregate(
        n=e.count()
    )


def account_agents(e: ibis.Table) -> ibis.Table:
    """(account, surface, client) counts: the access paths an account uses."""
    ua = e.user_agent.fill_null("").name("user_agent")
    return e.group_by(["account_id", "surface", ua]).aggregate(n=e.count())


def account_templates(e: ibis.Table) -> ibis.Table:
    """(account, template hash, uses, side) for the head and tail templates an account repeats.

    Both sides come from one read of the prompts: the two group-bys share one projection,
    which DuckDB streams to both (the prompts, most of the bytes scanned, are read once).
    """
    t = e.select(
        "account_id",
        head=text.head_template(e.prompt).hash(),
        tail=text.tail_template(e.prompt).hash(),
    )
    sides = []
    for side in ("head", "tail"):
        g = t.group_by(["account_id", t[side].name("h")]).aggregate(n=t.count())
        sides.append(g.filter(g.n >= TEMPLATE_MIN_REPEATS).mutate(side=ibis.literal(side)))
    return sides[0].union(sides[1])


def template_examples(e: ibis.Table, side: str, wanted: pd.DataFrame) -> ibis.Table:
    """One masked example per template hash (no raw prompt text leaves this function).

    `wanted` holds (account_id, h): one account that used each template, so only that
    account's exchanges are masked again, not the whole table.
    """
    fn = text.head_template if side == "head" else text.tail_template
    who = ibis.memtable(wanted[["account_id"]].drop_duplicates())
    t = e.semi_join(who, "account_id").select(key=fn(e.prompt))
    t = t.mutate(h=t.key.hash())
    t = t.filter(t.h.isin([int(h) for h in wanted.h.unique()]))
    return t.group_by("h").aggregate(example=t.key.arbitrary())


def release_window(e: ibis.Table, model: str, released_at: datetime, hours: int = 24) -> ibis.Table:
    """Per account: choosing-surface traffic in the day after a release, and how much moved."""
    end = released_at + timedelta(hours=hours)
    w = e.filter(
        (e.ts >= ibis.literal(released_at))
        & (e.ts < ibis.literal(end))
        & e.surface.isin(CHOOSING_SURFACES)
    )
    return w.group_by("account_id").aggregate(n_window=w.count(), n_new=_f(w.model == model).sum())


@dataclass
class Features:
    activity: pd.DataFrame
    gaps: pd.DataFrame
    hours: pd.DataFrame
    days: pd.DataFrame
    ips: pd.DataFrame
    countries: pd.DataFrame
    agents: pd.DataFrame
    templates: pd.DataFrame
    sample: pd.DataFrame
    releases: dict[str, pd.DataFrame]


def query(
    con: BaseBackend, stage: str, expr: ibis.Table, progress: Progress | None = None
) -> pd.DataFrame:
    """One engine query as a stage of one unit for `progress`, its result as pandas."""
    tick = progress or silent
    tick(stage, 0, 1)
    df = con.to_pandas(expr)
    tick(stage, 1, 1)
    return df


def compute(
    con: BaseBackend,
    e: ibis.Table,
    releases: list[tuple[str, datetime]],
    progress: Progress | None = None,
    sample_per_account: int = 12,
) -> Features:
    """Run every aggregate on the engine, each a stage of one unit for `progress`."""

    def run(stage: str, expr: ibis.Table) -> pd.DataFrame:
        return query(con, stage, expr, progress)

    activity = run("activity", account_activity(e))
    gaps = run("timing", account_gaps(e))
    hours = run("diurnal", account_hours(e))
    days = run("daily", account_days(e))
    ips = run("ip addresses", account_ips(e))
    countries = run("countries", account_countries(e))
    agents = run("clients", account_agents(e))
    templates = run("templates", account_templates(e))
    sample = run("prompt sample", account_sample(e, sample_per_account))
    rel: dict[str, pd.DataFrame] = {}
    if releases:
        lo, hi = activity.first_ts.min(), activity.last_ts.max()
        for model, at in releases:
            if lo <= pd.Timestamp(at) <= hi:
                rel[model] = run(f"release {model}", release_window(e, model, at))
    return Features(activity, gaps, hours, days, ips, countries, agents, templates, sample, rel)
