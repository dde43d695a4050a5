"""Running the gateway under uvicorn (uvloop + httptools), in one process or --workers N.

The command line's choices are validated once in the parent, then handed to every worker as
one JSON environment variable; each worker builds its own app (its own pools, limiter and
capture writer) from it."""

from __future__ import annotations

import logging
import os
import sys

from pydantic import BaseModel, ConfigDict

from consentry.gateway.app import GatewayConfig, create_app
from consentry.gateway.limits import MemoryLimiter, RateLimit, RedisLimiter
from consentry.gateway.upstream import Router, load_config

ENV = "CONSENTRY_GATEWAY_SERVE_OPTIONS"  # internal: parent -> workers


class ServeOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    db: str
    policy: str
    rate: str
    redis: str | None = None
    upstream: str | None = None
    config: str | None = None
    cors_origins: list[str] = []
    auth_cache_seconds: float = 1.0
    max_request_bytes: int = 1_048_576


def build(opts: ServeOptions) -> GatewayConfig:
    """The app's configuration; raises ConsentryError with one line on bad input."""
    from consentry.policy import load_policy
    from consentry.store import open_store

    limit = RateLimit.parse(opts.rate)
    limiter = RedisLimiter(opts.redis, limit) if opts.redis else MemoryLimiter(limit)
    cors = list(opts.cors_origins)
    if opts.config:
        file = load_config(opts.config)
        router = Router.from_config(file)
        cors += file.cors_origins
    else:
        router = Router.single(opts.upstream)
    return GatewayConfig(
        engine=open_store(opts.db),
        policy=load_policy(opts.policy),
        limiter=limiter,
        router=router,
        max_request_bytes=opts.max_request_bytes,
        cors_origins=tuple(cors),
        auth_cache_seconds=opts.auth_cache_seconds,
    )


def _logging() -> None:
    log = logging.getLogger("consentry")
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)


def app_from_env():  # noqa: ANN201 - the ASGI app, for uvicorn's factory loader
    _logging()
    return create_app(build(ServeOptions.model_validate_json(os.environ[ENV])))


def run(opts: ServeOptions, host: str, port: int, workers: int) -> None:
    import uvicorn

    os.environ[ENV] = opts.model_dump_json()
    uvicorn.run(
        "consentry.gateway.serve:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        loop="auto",  # uvloop and httptools when installed (core dependencies)
        http="auto",
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=10,
    )
