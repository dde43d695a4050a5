"""Who is asking: a privacy-center user (a signed session cookie, or a session token as a
Bearer header for the API), or an operator (a console session cookie, or an operator key as a
Bearer header). Forms carry a CSRF token bound to the session.

Every check fails the same way whatever was wrong (missing, tampered, expired, revoked), so an
answer never tells a prober which part to fix."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from consentry.store import operators
from consentry.store.operators import Operator
from consentry.web import tokens

USER_COOKIE = "consentry_privacy"
OPERATOR_COOKIE = "consentry_console"


class Denied(Exception):
    """Refused: rendered as a page (HTML routes) or an error body (API routes)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


@dataclass(frozen=True)
class UserSession:
    account_id: str
    token: str


def _bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    return auth.removeprefix("Bearer ").strip() if auth.startswith("Bearer ") else None


def user(request: Request, *, api: bool = False) -> UserSession:
    """The signed-in user. Pages read the cookie; the API reads only the Bearer header (so a
    cookie a browser sends on its own can never drive an API call)."""
    web = request.app.state.web
    token = _bearer(request) if api else request.cookies.get(USER_COOKIE)
    if not token:
        raise Denied(401, "sign in through the link your service gave you.")
    try:
        claims = tokens.verify(web.secret, token, tokens.SESSION)
    except tokens.TokenError as exc:
        raise Denied(401, f"{exc}; ask your service for a new link.") from None
    return UserSession(claims.subject, token)


def operator(request: Request, role: str, *, api: bool = False) -> Operator:
    """The signed-in operator, if their role reaches `role` (403 otherwise)."""
    web = request.app.state.web
    bearer = _bearer(request) if api else None
    with web.engine.connect() as conn:
        if bearer:
            op = operators.resolve(conn, bearer)
        else:
            cookie = None if api else request.cookies.get(OPERATOR_COOKIE)
            try:
                claims = tokens.verify(web.secret, cookie or "", tokens.OPERATOR)
                op = operators.get(conn, claims.subject)
            except tokens.TokenError:
                op = None
    if op is None:
        raise Denied(401, "sign in with an operator key (`consentry operator create`).")
    if not op.can(role):
        raise Denied(403, f"this needs the {role} role; you are signed in as {op.role}.")
    return op


def check_csrf(request: Request, session_token: str, sent: str | None) -> None:
    if not tokens.csrf_ok(request.app.state.web.secret, session_token, sent):
        raise Denied(403, "this form has expired or did not come from this site; reload and retry.")


def operator_session_token(request: Request) -> str:
    return request.cookies.get(OPERATOR_COOKIE, "")
