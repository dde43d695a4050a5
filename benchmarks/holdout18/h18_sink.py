"""The row sink: every class hands its requests here; the sink adds the logs' mess.

Mess, as a provider's request log has it: rate limits (429) and overload or server errors
(529, 500) mostly retried seconds later, a few malformed requests (400), an edge that misses or
mislocates a country, clients that send no user agent, replies not retained.
"""

from __future__ import annotations

import random

import pyarrow as pa
from h18_world import DAY_US, DAYS, START_US

LOG_REPLY_CHARS = 600  # the log keeps the first 600 characters of a reply

COLUMNS = (
    "ts",
    "account_id",
    "api_key_id",
    "conversation_id",
    "surface",
    "model",
    "ip",
    "country",
    "user_agent",
    "prompt",
    "system_prompt",
    "response",
    "input_tokens",
    "output_tokens",
    "tool_count",
    "has_image",
    "status",
    "incognito",
    "feedback",
)
_WRONG = ("US", "NL", "DE", "SG", "GB", "FR", "HK")


class Sink:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cols: dict[str, list[object]] = {c: [] for c in COLUMNS}
        self.tables: list[pa.Table] = []
        self.pressure = 0.0  # extra 429 probability (a key over its quota)

    def emit(
        self,
        acct_id: str,
        ts: int,
        *,
        key: str | None,
        conv: str | None,
        surface: str,
        model: str,
        ip: str,
        country: str | None,
        ua: str | None,
        prompt: str,
        system: str | None,
        resp: str | None,
        tin: int,
        tout: int,
        tools: int = 0,
        image: bool = False,
        incog: bool | None = False,
        retain: float = 0.7,
        p429: float = 0.012,
    ) -> int:
        """Log one request (and the retries it needs); returns the time of the last row."""
        rng = self.rng
        x = rng.random()
        p429 += self.pressure
        if x < p429 + 0.006:
            status = 429 if x < p429 else (529 if x < p429 + 0.003 else 500)
            self._row(
                acct_id,
                ts,
                key,
                conv,
                surface,
                model,
                ip,
                country,
                ua,
                prompt,
                system,
                None,
                tin,
                0,
                tools,
                image,
                status,
                incog,
            )
            if rng.random() < 0.9:
                ts += rng.randrange(1_000_000, 45_000_000)
                return self.emit(
                    acct_id,
                    ts,
                    key=key,
                    conv=conv,
                    surface=surface,
                    model=model,
                    ip=ip,
                    country=country,
                    ua=ua,
                    prompt=prompt,
                    system=system,
                    resp=resp,
                    tin=tin,
                    tout=tout,
                    tools=tools,
                    image=image,
                    incog=incog,
                    retain=retain,
                    p429=p429 * 0.5,
                )
            return ts
        if x < p429 + 0.008:
            self._row(
                acct_id,
                ts,
                key,
                conv,
                surface,
                model,
                ip,
                country,
                ua,
                prompt,
                system,
                None,
                tin,
                0,
                tools,
                image,
                400,
                incog,
            )
            return ts
        keep = resp is not None and rng.random() < retain
        self._row(
            acct_id,
            ts,
            key,
            conv,
            surface,
            model,
            ip,
            country,
            ua,
            prompt,
            system,
            resp[:LOG_REPLY_CHARS] if keep and resp else None,
            tin,
            tout,
            tools,
            image,
            200,
            incog,
        )
        return ts

    def _row(
        self,
        acct_id: str,
        ts: int,
        key: str | None,
        conv: str | None,
        surface: str,
        model: str,
        ip: str,
        country: str | None,
        ua: str | None,
        prompt: str,
        system: str | None,
        resp: str | None,
        tin: int,
        tout: int,
        tools: int,
        image: bool,
        status: int,
        incog: bool | None,
    ) -> None:
        if not START_US <= ts < START_US + DAYS * DAY_US:
            return
        rng = self.rng
        y = rng.random()
        if y < 0.015:
            country = None
        elif y < 0.02:
            country = _WRONG[rng.randrange(len(_WRONG))]
        if rng.random() < 0.02:
            ua = None
        c = self.cols
        c["ts"].append(ts)
        c["account_id"].append(acct_id)
        c["api_key_id"].append(key)
        c["conversation_id"].append(conv)
        c["surface"].append(surface)
        c["model"].append(model)
        c["ip"].append(ip)
        c["country"].append(country)
        c["user_agent"].append(ua)
        c["prompt"].append(prompt)
        c["system_prompt"].append(system)
        c["response"].append(resp)
        c["input_tokens"].append(min(tin, 2_000_000))
        c["output_tokens"].append(tout)
        c["tool_count"].append(tools)
        c["has_image"].append(image)
        c["status"].append(status)
        c["incognito"].append(incog)
        c["feedback"].append(True if status == 200 and rng.random() < 0.004 else None)
        if len(c["ts"]) >= 50_000:
            self.flush()

    def flush(self) -> None:
        c = self.cols
        if not c["ts"]:
            return
        types = {
            "ts": pa.int64(),
            "input_tokens": pa.int32(),
            "output_tokens": pa.int32(),
            "tool_count": pa.int16(),
            "has_image": pa.bool_(),
            "status": pa.int16(),
            "incognito": pa.bool_(),
            "feedback": pa.bool_(),
        }
        arrays = [pa.array(c[name], type=types.get(name, pa.string())) for name in COLUMNS]
        self.tables.append(pa.Table.from_arrays(arrays, names=list(COLUMNS)))
        self.cols = {name: [] for name in COLUMNS}

    def table(self) -> pa.Table:
        self.flush()
        return pa.concat_tables(self.tables)

    def __len__(self) -> int:
        return sum(t.num_rows for t in self.tables) + len(self.cols["ts"])
