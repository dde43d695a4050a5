"""The gateway: the OpenAI-compatible API in front of the model. It authenticates a key,
refuses blocked accounts, applies per-account rate limits (in process, or shared through Redis
across instances), routes to the model by name, and captures each exchange with the policy
decision in force, in group commits."""

from consentry.gateway.app import GatewayConfig, create_app
from consentry.gateway.keys import create_key, list_keys, revoke_key
from consentry.gateway.limits import MemoryLimiter, RateLimit, RedisLimiter
from consentry.gateway.upstream import GatewayFile, Router, Upstream, UpstreamConfig, load_config

__all__ = [
    "GatewayConfig",
    "GatewayFile",
    "MemoryLimiter",
    "RateLimit",
    "RedisLimiter",
    "Router",
    "Upstream",
    "UpstreamConfig",
    "create_app",
    "create_key",
    "list_keys",
    "load_config",
    "revoke_key",
]
