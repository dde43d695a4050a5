"""The models behind the gateway: OpenAI-compatible upstreams, routed by model name.

Each upstream sends through a transport (one method, `send`; see transport.py): the real one
speaks HTTP with aiohttp, tests plug `httpx.MockTransport` in, and the built-in echo model is
an in-process ASGI transport. The routes come from a config file that is
validated (unknown keys refused) before the gateway starts."""

from __future__ import annotations

import asyncio
import fnmatch
import json
import os
from pathlib import Path
from typing import Any

import httpx
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from consentry.errors import ConsentryError
from consentry.gateway.transport import (
    HttpxTransport,
    Transport,
    UpstreamResponse,
    UpstreamUnreachable,
    default_transport,
)

RETRY_STATUS = frozenset({429, 502, 503, 504})


class UpstreamConfig(BaseModel):
    """One upstream in the gateway config file."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=64, description="A label for logs and metrics.")
    base_url: str = Field(description="OpenAI-compatible base URL; with or without a final /v1.")
    models: list[str] = Field(
        default_factory=lambda: ["*"],
        description="Model names this upstream serves (shell patterns: gpt-*); first match wins.",
    )
    api_key: str | None = Field(None, description="Key sent upstream as Authorization: Bearer.")
    api_key_env: str | None = Field(None, description="Environment variable holding that key.")
    timeout: float = Field(120.0, gt=0, le=3600, description="Seconds per upstream attempt.")
    retries: int = Field(1, ge=0, le=10, description="Extra attempts on connection errors/5xx.")

    @field_validator("base_url")
    @classmethod
    def _http(cls, v: str) -> str:
        if not v.startswith(("http://", "https://")):
            raise ValueError("base_url must start with http:// or https://")
        return v

    def root(self) -> str:
        """The base URL without a trailing /v1: the gateway adds /v1/... itself."""
        url = self.base_url.rstrip("/")
        return url[: -len("/v1")] if url.endswith("/v1") else url

    def key(self) -> str | None:
        if self.api_key_env:
            value = os.environ.get(self.api_key_env)
            if not value:
                raise ConsentryError(
                    f"upstream {self.name}: environment variable {self.api_key_env} is not set; "
                    "export it or put api_key in the config file."
                )
            return value
        return self.api_key


class GatewayFile(BaseModel):
    """The gateway config file (`consentry gateway serve --config FILE`, YAML or JSON)."""

    model_config = ConfigDict(extra="forbid")
    upstreams: list[UpstreamConfig] = Field(min_length=1)
    cors_origins: list[str] = Field(default_factory=list)


def load_config(path: str | Path) -> GatewayFile:
    """Read and validate a gateway config file; one-line errors that name the field."""
    p = Path(path)
    try:
        doc = yaml.safe_load(p.read_text())
    except OSError as exc:
        raise ConsentryError(f"cannot read gateway config {p}: {exc.strerror}.") from None
    except yaml.YAMLError:
        raise ConsentryError(f"gateway config {p} is not valid YAML or JSON; fix it.") from None
    try:
        return GatewayFile.model_validate(doc)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"]) or "file"
        raise ConsentryError(f"gateway config {p}: {where}: {err['msg']}.") from None


class Upstream:
    """One upstream: a pooled transport with its own key, timeout and retries."""

    def __init__(
        self, cfg: UpstreamConfig, transport: Transport | httpx.AsyncBaseTransport | None = None
    ):
        self.cfg = cfg
        self.root = cfg.root()
        self.headers = {"Content-Type": "application/json"}
        if k := cfg.key():
            if "\r" in k or "\n" in k:  # it is written into the request's head as is
                raise ConsentryError(
                    f"upstream {cfg.name}: its API key holds a line break; fix it."
                )
            self.headers["Authorization"] = f"Bearer {k}"
        if transport is None:
            transport = default_transport()
        elif isinstance(transport, httpx.AsyncBaseTransport):
            transport = HttpxTransport(transport)
        self.transport: Transport = transport

    def serves(self, model: str) -> bool:
        return any(fnmatch.fnmatchcase(model, pat) for pat in self.cfg.models)

    async def send(
        self, method: str, path: str, body: bytes | None = None, *, stream: bool = False
    ) -> UpstreamResponse:
        """Send, retrying connection errors and 429/5xx answers; a streamed response is
        returned open (the caller closes it). Raises UpstreamUnreachable."""
        for attempt in range(self.cfg.retries + 1):
            last = attempt == self.cfg.retries
            try:
                resp = await self.transport.send(
                    method,
                    self.root + path,
                    self.headers,
                    body,
                    stream=stream,
                    timeout=self.cfg.timeout,
                )
            except UpstreamUnreachable:
                if last:
                    raise
            else:
                if resp.status not in RETRY_STATUS or last:
                    return resp
                await resp.aclose()
            await asyncio.sleep(min(0.05 * 2**attempt, 1.0))
        raise AssertionError("unreachable")  # pragma: no cover

    async def aclose(self) -> None:
        await self.transport.aclose()


class Router:
    """Model name -> upstream, first match in config order."""

    def __init__(self, upstreams: list[Upstream]):
        if not upstreams:
            raise ConsentryError("the gateway needs at least one upstream.")
        self.upstreams = upstreams
        self._cache: dict[str, Upstream | None] = {}

    def route(self, model: str) -> Upstream | None:
        if model not in self._cache:
            if len(self._cache) > 10_000:
                self._cache.clear()
            self._cache[model] = next((u for u in self.upstreams if u.serves(model)), None)
        return self._cache[model]

    async def models(self) -> dict[str, Any]:
        """GET /v1/models from every upstream, merged (the models each upstream routes)."""
        data, seen = [], set()
        for up in self.upstreams:
            resp = await up.send("GET", "/v1/models")
            if resp.status != 200:
                continue
            for m in json.loads(resp.content).get("data", []):
                if m.get("id") not in seen and up is self.route(str(m.get("id"))):
                    seen.add(m.get("id"))
                    data.append(m)
        return {"object": "list", "data": data}

    async def aclose(self) -> None:
        for up in self.upstreams:
            await up.aclose()

    @classmethod
    def from_config(
        cls, cfg: GatewayFile, transports: dict[str, httpx.AsyncBaseTransport] | None = None
    ) -> Router:
        transports = transports or {}
        return cls([Upstream(u, transports.get(u.name)) for u in cfg.upstreams])

    @classmethod
    def single(cls, url: str | None) -> Router:
        """One upstream for every model: `url`, or the built-in echo model when None."""
        if url is None:
            from consentry.gateway.echo import echo_transport

            cfg = UpstreamConfig(name="echo", base_url="http://echo.invalid", retries=0)
            return cls([Upstream(cfg, echo_transport())])
        return cls([Upstream(UpstreamConfig(name="upstream", base_url=url))])
