"""Signed, expiring tokens: privacy links, sessions and form (CSRF) tokens.

consentry never holds a user's password: the provider's product, which has signed the user in,
asks for a short-lived link (`consentry privacy link`, or the API), and the link is exchanged
for a session cookie. A token is `payload.signature`, both base64url; the signature is an
HMAC-SHA256 over the payload with the operator's secret (CONSENTRY_WEB_SECRET), and the
payload names its purpose, so a link can never be replayed as a session or the other way round.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

LINK, SESSION, OPERATOR = "link", "session", "operator"
PURPOSES = (LINK, SESSION, OPERATOR)
MAX_TOKEN = 1024  # characters; anything longer is not ours


class TokenError(Exception):
    """A token that is malformed, tampered with, expired or meant for something else."""


@dataclass(frozen=True)
class Claims:
    subject: str  # the account id (privacy) or the operator key id (console)
    purpose: str
    expires: int  # Unix seconds


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(secret: bytes, payload: str) -> str:
    return _b64(hmac.new(secret, payload.encode(), hashlib.sha256).digest())


def issue(secret: bytes, subject: str, purpose: str, seconds: int, now: float | None = None) -> str:
    """A token for `subject`, valid for `seconds`, usable only for `purpose`."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown token purpose {purpose!r}")
    exp = int((now if now is not None else time.time()) + seconds)
    body = json.dumps(
        {"sub": subject, "pur": purpose, "exp": exp, "n": secrets.token_hex(8)},
        separators=(",", ":"),
    )
    payload = _b64(body.encode())
    return f"{payload}.{_mac(secret, payload)}"


def verify(secret: bytes, token: str, purpose: str, now: float | None = None) -> Claims:
    """The claims of a genuine, unexpired token for `purpose`; TokenError otherwise."""
    if not token or len(token) > MAX_TOKEN or token.count(".") != 1:
        raise TokenError("this link or session is not valid")
    payload, sig = token.split(".")
    if not hmac.compare_digest(_mac(secret, payload), sig):
        raise TokenError("this link or session is not valid")
    try:
        body = json.loads(_unb64(payload))
        claims = Claims(str(body["sub"]), str(body["pur"]), int(body["exp"]))
    except (ValueError, KeyError, TypeError):
        raise TokenError("this link or session is not valid") from None
    if claims.purpose != purpose:
        raise TokenError("this link or session is not valid")
    if claims.expires <= (now if now is not None else time.time()):
        raise TokenError("this link or session has expired")
    return claims


def csrf_token(secret: bytes, session: str) -> str:
    """The form token bound to one session: a forged form from another site cannot know it."""
    return _mac(secret, "csrf:" + session)


def csrf_ok(secret: bytes, session: str, sent: str | None) -> bool:
    return bool(sent) and hmac.compare_digest(csrf_token(secret, session), sent or "")
