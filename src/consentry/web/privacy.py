"""The privacy center: one user's training choice, conversations, data uses, download and
deletion. The account id always comes from the signed session; ids in URLs and forms are
checked against it, and anything else is answered as 'not found'."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from consentry.store import accounts as store_accounts
from consentry.store import consents
from consentry.web import actions, auth, exports, privacy_data, tokens, wording

router = APIRouter(prefix="/privacy", include_in_schema=False)
CsrfField = Annotated[str, Form(max_length=100)]


def _page(request: Request, name: str, ctx: dict, status: int = 200) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, ctx, status_code=status)


def _csrf(request: Request, s: auth.UserSession) -> str:
    return tokens.csrf_token(request.app.state.web.secret, s.token)


@router.get("/signin")
def signin(request: Request, token: Annotated[str, Query(max_length=1024)] = "") -> Response:
    """Exchange a sign-in link for a session cookie, then drop the token from the address."""
    web = request.app.state.web
    try:
        claims = tokens.verify(web.secret, token, tokens.LINK)
    except tokens.TokenError as exc:
        raise auth.Denied(401, f"{exc}; ask your service for a new link.") from None
    with web.engine.connect() as conn:
        if store_accounts.tier_of(conn, claims.subject) is None:
            raise auth.Denied(401, "this link is not valid; ask your service for a new link.")
    session = tokens.issue(web.secret, claims.subject, tokens.SESSION, web.session_minutes * 60)
    response = RedirectResponse("/privacy", 303)
    response.set_cookie(
        auth.USER_COOKIE,
        session,
        max_age=web.session_minutes * 60,
        httponly=True,
        samesite="lax",
        secure=web.secure_cookies,
        path="/",
    )
    return response


@router.post("/signout")
def signout(request: Request, csrf: CsrfField) -> Response:
    s = auth.user(request)
    auth.check_csrf(request, s.token, csrf)
    response = RedirectResponse("/privacy/signed-out", 303)
    response.delete_cookie(auth.USER_COOKIE, path="/")
    return response


@router.get("/signed-out")
def signed_out(request: Request) -> HTMLResponse:
    return _page(request, "privacy/signed_out.html", {})


@router.get("")
def overview(request: Request, changed: str | None = None) -> HTMLResponse:
    s = auth.user(request)
    web = request.app.state.web
    now = datetime.now(timezone.utc)
    with web.engine.connect() as conn:
        tier = store_accounts.tier_of(conn, s.account_id) or ""
        decision = consents.decide(conn, web.policy, s.account_id, now)
        history = consents.consent_history(conn, s.account_id)
        convs = privacy_data.conversations_of(conn, s.account_id, now)
        uses, removals = privacy_data.uses_of(conn, s.account_id)
    return _page(
        request,
        "privacy/overview.html",
        {
            "account_id": s.account_id,
            "tier": tier,
            "decision": decision,
            "why": wording.for_you(web.policy, decision),
            "history": history,
            "effects": wording.choice_effects(web.policy, tier),
            "live": [c for c in convs if c.deleted_at is None and not c.content_gone],
            "deleted": [c for c in convs if c.deleted_at is not None or c.content_gone],
            "uses": uses,
            "removals": removals,
            "changed": changed in ("allow", "deny") and changed,
            "csrf": _csrf(request, s),
            "policy": web.policy,
        },
    )


@router.post("/choice")
def choose(
    request: Request,
    csrf: CsrfField,
    choice: Annotated[str, Form(max_length=10)],
) -> Response:
    s = auth.user(request)
    auth.check_csrf(request, s.token, csrf)
    actions.set_choice(
        request.app.state.web.engine, request.app.state.web.policy, s.account_id, choice
    )
    return RedirectResponse(f"/privacy?changed={choice}#choice", 303)


@router.get("/conversations/{conversation_id}")
def conversation(request: Request, conversation_id: str) -> HTMLResponse:
    s = auth.user(request)
    web = request.app.state.web
    with web.engine.connect() as conn:
        views = privacy_data.conversations_of(conn, s.account_id)
        view = next((v for v in views if v.conversation_id == conversation_id), None)
        if view is None:
            raise actions.NotFound("no such conversation.")
        rows = privacy_data.exchanges_of(conn, s.account_id, conversation_id)
    return _page(
        request,
        "privacy/conversation.html",
        {"c": view, "rows": rows, "csrf": _csrf(request, s), "loose": privacy_data.LOOSE},
    )


@router.post("/conversations/{conversation_id}/delete")
def delete_one(request: Request, conversation_id: str, csrf: CsrfField) -> Response:
    s = auth.user(request)
    auth.check_csrf(request, s.token, csrf)
    engine = request.app.state.web.engine
    receipt = actions.delete_conversation(engine, s.account_id, conversation_id)
    return RedirectResponse(
        f"/privacy/receipts/{actions.receipt_seq(engine, receipt.audit_hash)}", 303
    )


@router.post("/delete-all")
def delete_all(
    request: Request,
    csrf: CsrfField,
    confirm: Annotated[str, Form(max_length=10)] = "",
) -> Response:
    s = auth.user(request)
    auth.check_csrf(request, s.token, csrf)
    if confirm != "yes":
        raise auth.Denied(
            400, "tick the box that says you understand, then press the button again."
        )
    engine = request.app.state.web.engine
    receipt = actions.delete_everything(engine, s.account_id)
    return RedirectResponse(
        f"/privacy/receipts/{actions.receipt_seq(engine, receipt.audit_hash)}", 303
    )


@router.get("/receipts/{seq}")
def receipt(request: Request, seq: int) -> HTMLResponse:
    s = auth.user(request)
    entry = actions.receipt_of(request.app.state.web.engine, s.account_id, seq)
    return _page(request, "privacy/receipt.html", {"r": entry, "detail": exports.detail(entry)})


@router.get("/export.zip")
def export_zip(request: Request) -> Response:
    s = auth.user(request)
    web = request.app.state.web
    buf = io.BytesIO()
    name = exports.write_zip(buf, web.engine, web.policy, s.account_id, request.app.state.templates)
    return Response(
        buf.getvalue(),
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
