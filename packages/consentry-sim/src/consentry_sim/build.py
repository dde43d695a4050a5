"""Building the simulated world (consentry_sim.world): every population's builder run in
turn. It lives apart from world.py because the builders (families, campaigns, hard negatives)
import the world's types: world.py stays below them, this module above."""

from __future__ import annotations

import numpy as np

from consentry_sim import campaigns, families, hardneg, harvesters, ids
from consentry_sim.clients import user_agents
from consentry_sim.net import Net
from consentry_sim.pools import build_pools
from consentry_sim.populations import POPULATIONS
from consentry_sim.scales import Evasion, Scale
from consentry_sim.world import DAY_US, Ctx, World, normalise


def build_world(seed: int, scale: Scale, evasion: Evasion) -> World:
    """Build every population's accounts and the session plan, deterministically."""
    builders = {
        "people": families.build_people,
        "product": families.build_product,
        "reseller": families.build_reseller,
        "restricted": families.build_restricted,
        "automation": families.build_automation,
        "university": hardneg.build_university,
        "eval_lab": hardneg.build_eval_lab,
        "enterprise": hardneg.build_enterprise,
        "ci": hardneg.build_ci,
        "eval_runner": hardneg.build_eval_runner,
        "scheduled": hardneg.build_scheduled,
        "reasoning": campaigns.build_reasoning,
        "agentic": campaigns.build_agentic,
        "hydra": campaigns.build_hydra,
        "multiturn": harvesters.build_multiturn,
        "toolharvest": harvesters.build_toolharvest,
        "sweep": harvesters.build_sweep,
        "multilingual": harvesters.build_multilingual,
        "lowslow": harvesters.build_lowslow,
    }

    rng = np.random.default_rng(np.random.SeedSequence([seed, 0xC0FFEE]))
    ua, ua_sections = user_agents()
    ctx = Ctx(rng=rng, scale=scale, evasion=evasion, net=Net(rng), ua_sections=ua_sections)
    ctx.shared["sys"] = build_pools().ssec
    families.shared_infrastructure(ctx)
    blocks, plans, pop_codes = [], [], []
    mix_rng = np.random.default_rng(np.random.SeedSequence([seed, 0x313]))
    vary_rng = np.random.default_rng(np.random.SeedSequence([seed, 0x5A4]))
    look_rng = np.random.default_rng(np.random.SeedSequence([seed, 0x10C]))
    for k, pop in enumerate(POPULATIONS):
        n = ctx.count(pop)
        if evasion.mix > 0:  # domain randomisation: population sizes drawn around the listed
            n = max(pop.min_accounts, round(n * float(mix_rng.lognormal(0, evasion.mix))))
        if evasion.vary > 0 and pop.label.startswith("attack:"):
            # domain randomisation: this world's design of the family, and its own evasion
            pop, ctx.evasion = campaigns.vary(vary_rng, pop, evasion)
        elif evasion.vary > 0:  # ... and of the legitimate populations that look like one
            pop = hardneg.vary_legit(vary_rng, pop, evasion.vary)
        acc, plan = builders[pop.family](ctx, pop, n)
        ctx.evasion = evasion
        if evasion.lookalikes:  # legitimate scripts, runners and heavy users asking new things
            plan = hardneg.new_questions(look_rng, pop, acc, plan)
        acc = normalise(acc, n)
        # Sign-ups happen at any second of a day, whatever day a builder picked.
        whole = acc["created_us"] % 1_000_000 == 0
        acc["created_us"][whole] += rng.integers(0, DAY_US, int(whole.sum()))
        created_day = (acc["created_us"] - scale.start_us) // DAY_US
        plan[np.arange(scale.days)[None, :] < created_day[:, None]] = 0
        blocks.append(acc)
        plans.append(plan)
        pop_codes.append(np.full(n, k, np.int16))
    acc = {k: np.concatenate([b[k] for b in blocks]) for k in blocks[0]}
    plan = np.concatenate(plans).astype(np.int32)
    n = len(plan)
    active = np.where(plan > 0, np.arange(scale.days)[None, :], -1)
    last = np.maximum.accumulate(active, axis=1)
    last_active = np.concatenate([np.full((n, 1), -1), last[:, :-1]], axis=1).astype(np.int16)
    addr_ip, addr_country = ctx.net.address_arrays()
    id_rng = np.random.default_rng(np.random.SeedSequence([seed, 0x1D5]))
    shards = scale.shards
    return World(
        seed=seed,
        scale=scale,
        evasion=evasion,
        pops=POPULATIONS,
        pop=np.concatenate(pop_codes),
        acc=acc,
        plan=plan,
        last_active=last_active,
        pool_addr=np.concatenate(ctx.pool) if ctx.pool else np.zeros(0, np.int64),
        addr_ip=addr_ip,
        addr_country=addr_country,
        account_ids=ids.random_ids(id_rng, n, "acct_", 20),
        key_ids=ids.random_ids(id_rng, max(ctx.n_keys, 1), "key_", 24),
        pay_ids=ids.random_hex(id_rng, max(ctx.n_pay, 1), "pf_", 32),
        org_ids=ids.random_ids(id_rng, max(ctx.n_org, 1), "org_", 14),
        domains=list(ctx.domains),
        groups=ctx.groups,
        ua=ua,
        ip_ranges=ctx.net.ip_ranges(),
        shard=(
            ids.mix64(np.arange(n, dtype=np.uint64) ^ np.uint64(seed)) % np.uint64(shards)
        ).astype(np.int32),
    )
