"""The gateway: the API in front of the model. It authenticates a key, refuses blocked
accounts, applies per-account rate limits (in process, or shared through Redis across
instances), calls the model, and captures the exchange with the policy decision in force."""

from consentry.gateway.app import GatewayConfig, create_app
from consentry.gateway.keys import create_key, list_keys, revoke_key
from consentry.gateway.limits import MemoryLimiter, RateLimit, RedisLimiter

__all__ = [
    "GatewayConfig",
    "MemoryLimiter",
    "RateLimit",
    "RedisLimiter",
    "create_app",
    "create_key",
    "list_keys",
    "revoke_key",
]
