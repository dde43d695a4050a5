"""Turn hold-out 12's per-stream arrays into the contract's tables and write them as Parquet."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from h12_clock import DAY_US, DAYS, HOUR_US, START_US
from h12_text import FRAMES, reply_text, vary_answer

if TYPE_CHECKING:
    from traffic import World

UPDATE_DAY = (
    8  # the browser extension's 3.8.2 update ships (and, for some users, starts harvesting)
)
EXCHANGE_SCHEMA = pa.schema(
    [
        ("exchange_id", pa.string()),
        ("ts", pa.timestamp("us", tz="UTC")),
        ("account_id", pa.string()),
        ("api_key_id", pa.string()),
        ("conversation_id", pa.string()),
        ("surface", pa.string()),
        ("model", pa.string()),
        ("ip", pa.string()),
        ("country", pa.string()),
        ("user_agent", pa.string()),
        ("prompt", pa.string()),
        ("system_prompt", pa.string()),
        ("response", pa.string()),
        ("input_tokens", pa.int32()),
        ("output_tokens", pa.int32()),
        ("tool_count", pa.int16()),
        ("has_image", pa.bool_()),
        ("status", pa.int16()),
        ("incognito", pa.bool_()),
        ("safety_flagged", pa.bool_()),
        ("feedback", pa.bool_()),
    ]
)
ACCOUNT_SCHEMA = pa.schema(
    [
        ("account_id", pa.string()),
        ("created_at", pa.timestamp("us", tz="UTC")),
        ("tier", pa.string()),
        ("signup_channel", pa.string()),
        ("payment_fingerprint", pa.string()),
        ("email_domain", pa.string()),
        ("declared_country", pa.string()),
        ("org_id", pa.string()),
    ]
)


def _hex(prefix: str, values: np.ndarray, salt: int) -> list[str | None]:
    mask = (1 << 48) - 1
    out: list[str | None] = []
    for v in values.tolist():
        out.append(None if v < 0 else f"{prefix}{((v * 0x5DEECE66D + salt) & mask):012x}")
    return out


def assemble(w: World, out: Path) -> dict[str, int]:
    """Finish the exchanges (errors, retries, models, text, tokens) and write every table under out."""
    from traffic import BANK_ORDER, OLD_MODELS, OUT_BASE, RELEASES

    rng = np.random.default_rng([w.seed, 9999])
    cols = {k: np.concatenate(v) for k, v in w.ex.items()}
    n_acct = len(w.accounts)
    err_rate = rng.uniform(0.012, 0.035, n_acct)
    n0 = cols["ts"].size
    status = np.full(n0, 200, dtype=np.int16)
    is_err = rng.random(n0) < err_rate[cols["acct"]]
    status[is_err] = rng.choice(
        np.array([429, 429, 429, 400, 500, 529], dtype=np.int16), int(is_err.sum())
    )
    retry = np.flatnonzero((status == 429) & (rng.random(n0) < 0.7))
    human = np.isin(cols["surface"], ("web", "app"))
    regen = np.flatnonzero(human & (status == 200) & (rng.random(n0) < 0.015))
    idx = np.concatenate([np.arange(n0), retry, regen])
    shift = np.concatenate(
        [np.zeros(n0), rng.uniform(1, 30, retry.size), rng.uniform(15, 200, regen.size)]
    )
    c = {k: v[idx] for k, v in cols.items()}
    c["ts"] = np.minimum(c["ts"] + (shift * 1e6).astype(np.int64), START_US + DAYS * DAY_US - 1)
    status = np.concatenate([status, np.full(retry.size + regen.size, 200, dtype=np.int16)])
    order = np.lexsort((c["acct"], c["ts"]))
    c = {k: v[order] for k, v in c.items()}
    status = status[order]
    n = status.size
    acct = c["acct"]

    # models: first-party surfaces follow the default; API clients stay pinned until they adopt
    hours = (c["ts"] - START_US) / HOUR_US
    pref = np.array([a.model_pref for a in w.acct_info], dtype=object)[acct]
    adopt = np.array([a.adopt_h for a in w.acct_info])[acct]
    mini_web = rng.random(n) < 0.15
    r1, r2 = RELEASES[0][1], RELEASES[1][1]
    model = np.where(
        mini_web,
        np.where(hours >= r2, "fennel-2.5-mini", "fennel-2-mini"),
        np.where(hours >= r1, "fennel-2.5", "fennel-2"),
    ).astype(object)
    api = ~np.isin(c["surface"], ("web", "app"))
    pinned = pref.copy()
    pinned[(pref == "fennel-2") & (hours >= r1 + adopt)] = "fennel-2.5"
    pinned[(pref == "fennel-2-mini") & (hours >= r2 + adopt)] = "fennel-2.5-mini"
    model[api] = pinned[api]

    # text
    banks = [w.banks[b] for b in BANK_ORDER]
    pools = [FRAMES[p] for p in w.frame_pools]
    bank, item, fpool, frame = (
        c["bank"].tolist(),
        c["item"].tolist(),
        c["frame_pool"].tolist(),
        c["frame"].tolist(),
    )
    prompt = [
        pools[fp][f].format(x=banks[b].items[i])
        for b, i, fp, f in zip(bank, item, fpool, frame, strict=True)
    ]
    sys_list = [None if s < 0 else w.sys_texts[s] for s in c["sys"].tolist()]
    image = c["image"]
    in_tok = np.array([len(p) for p in prompt]) // 4 + np.array(
        [0 if s is None else len(s) // 4 for s in sys_list]
    )
    in_tok = in_tok + image * 765 + rng.integers(0, 24, n)
    base = np.array([OUT_BASE[b] for b in BANK_ORDER])[c["bank"]]
    out_tok = (base * c["out_scale"] * rng.lognormal(0, 0.55, n)).astype(np.int64) + 1
    out_tok[status != 200] = 0
    tools = c["tools"].astype(np.int64)
    bank_tools = np.array([banks[b].tools[i] for b, i in zip(bank, item, strict=True)])
    tools = np.where(tools < 0, bank_tools, tools)
    keep = (status == 200) & (rng.random(n) < c["retain"])
    seeds = rng.integers(0, 1 << 30, n).tolist()
    response: list[str | None] = []
    for j in range(n):
        if not keep[j]:
            response.append(None)
            continue
        ans = banks[bank[j]].answers[item[j]]
        response.append(
            vary_answer(seeds[j], ans)
            if ans
            else reply_text(seeds[j], min(14, max(1, int(out_tok[j]) // 45)), prompt[j])
        )

    country = c["country"].copy()
    noise = rng.random(n)
    wrong = noise < 0.007
    country[wrong] = rng.choice(
        np.array(["US", "DE", "NL", "SG", "GB", "FR"], dtype=object), int(wrong.sum())
    )
    country[(noise >= 0.007) & (noise < 0.017)] = None
    ua_text = list(w.ua_texts)
    updated = [t.replace("TabPilot/3.8.1", "TabPilot/3.8.2") for t in ua_text]
    after_update = (c["ts"] >= START_US + UPDATE_DAY * DAY_US).tolist()
    ua = [
        updated[u] if late else ua_text[u]
        for u, late in zip(c["ua"].tolist(), after_update, strict=True)
    ]
    for j in np.flatnonzero(rng.random(n) < 0.015).tolist():
        ua[j] = None  # type: ignore[call-overload]

    salt = int(rng.integers(1 << 40))
    acct_ids = _hex("acc_", np.arange(n_acct), salt)
    key_ids = _hex("key_", c["key"], salt + 1)
    table = pa.table(
        {
            "exchange_id": _hex("ex_", np.arange(n), salt + 2),
            "ts": pa.array(c["ts"], pa.timestamp("us", tz="UTC")),
            "account_id": [acct_ids[a] for a in acct.tolist()],
            "api_key_id": key_ids,
            "conversation_id": _hex("cv_", c["session"], salt + 3),
            "surface": c["surface"].tolist(),
            "model": model.tolist(),
            "ip": [w.ip_texts[i] for i in c["ip"].tolist()],
            "country": country.tolist(),
            "user_agent": ua,
            "prompt": prompt,
            "system_prompt": sys_list,
            "response": response,
            "input_tokens": pa.array(np.clip(in_tok, 1, 2**31 - 1), pa.int32()),
            "output_tokens": pa.array(np.clip(out_tok, 0, 2**31 - 1), pa.int32()),
            "tool_count": pa.array(tools, pa.int16()),
            "has_image": pa.array(image, pa.bool_()),
            "status": pa.array(status, pa.int16()),
            "incognito": pa.array(
                np.isin(c["surface"], ("web", "app")) & (rng.random(n) < 0.02), pa.bool_()
            ),
            "safety_flagged": pa.array(rng.random(n) < 0.003, pa.bool_()),
            "feedback": pa.array(rng.random(n) < 0.01, pa.bool_()),
        },
        schema=EXCHANGE_SCHEMA,
    )
    ex_dir = out / "exchanges"
    ex_dir.mkdir(parents=True)
    week = ((c["ts"] - START_US) // (7 * DAY_US)).clip(0, 3)
    bounds = np.searchsorted(week, np.arange(5))
    for p in range(4):
        pq.write_table(
            table.slice(int(bounds[p]), int(bounds[p + 1] - bounds[p])),
            ex_dir / f"part-{p:03d}.parquet",
        )

    perm = rng.permutation(n_acct)
    acc = [w.accounts[i] for i in perm.tolist()]
    ids = [acct_ids[i] for i in perm.tolist()]
    pq.write_table(
        pa.table(
            {
                "account_id": ids,
                "created_at": pa.array(
                    [a["created_at"] for a in acc], pa.timestamp("us", tz="UTC")
                ),
                **{
                    k: [a[k] for a in acc]
                    for k in (
                        "tier",
                        "signup_channel",
                        "payment_fingerprint",
                        "email_domain",
                        "declared_country",
                        "org_id",
                    )
                },
            },
            schema=ACCOUNT_SCHEMA,
        ),
        out / "accounts.parquet",
    )
    labels = [str(a["label"]) for a in acc]
    pq.write_table(pa.table({"account_id": ids, "label": labels}), out / "labels.parquet")
    family = [
        "attack"
        if lab.startswith("attack:")
        else "hard_negative"
        if lab.startswith("hn:")
        else "benign"
        for lab in labels
    ]
    pq.write_table(
        pa.table(
            {
                "account_id": ids,
                "label": labels,
                "family": family,
                "operator": [a["operator"] for a in acc],
            }
        ),
        out / "truth.parquet",
    )
    pq.write_table(
        pa.table(
            w.net.table(),
            schema=pa.schema(
                [
                    ("cidr", pa.string()),
                    ("kind", pa.string()),
                    ("asn", pa.int64()),
                    ("country", pa.string()),
                ]
            ),
        ),
        out / "ip_ranges.parquet",
    )
    rel = list(OLD_MODELS) + list(RELEASES)
    pq.write_table(
        pa.table(
            {
                "model": [m for m, _ in rel],
                "released_at": pa.array(
                    [START_US + int(h * HOUR_US) for _, h in rel], pa.timestamp("us", tz="UTC")
                ),
            }
        ),
        out / "model_releases.parquet",
    )
    return {"exchanges": n, "accounts": n_acct}
