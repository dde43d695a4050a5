"""The operator console: consent, decisions, retention and erasure, holds, training sets, the
transparency report, detection runs and their campaigns, blocks, and the audit chain.

Reading needs the viewer role; downloading indicators and verifying a training set, analyst;
blocking, lifting blocks and issuing privacy links, admin. Every action (not every page view)
is an audit entry naming the operator. No page shows conversation text."""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from consentry.datasets.lineage import verify as verify_dataset
from consentry.errors import ConsentryError
from consentry.report import transparency_report
from consentry.store import blocks, countermeasures, holds, operators, unit_of_work
from consentry.store.operators import Operator
from consentry.store.overview import exchanges_by_reason, training_set
from consentry.web import actions, auth, detections, insights, svg, tokens

router = APIRouter(prefix="/console", include_in_schema=False)
CsrfField = Annotated[str, Form(max_length=100)]
ReasonField = Annotated[str, Form(max_length=400)]


def _page(request: Request, name: str, op: Operator, ctx: dict) -> HTMLResponse:
    secret = request.app.state.web.secret
    csrf = tokens.csrf_token(secret, auth.operator_session_token(request))
    return request.app.state.templates.TemplateResponse(
        request, name, {"op": op, "csrf": csrf, **ctx}
    )


def _acting(request: Request, role: str, csrf: str) -> Operator:
    op = auth.operator(request, role)
    auth.check_csrf(request, auth.operator_session_token(request), csrf)
    return op


LOGIN_COOKIE = "consentry_login"


@router.get("/signin")
def signin_form(request: Request, failed: bool = False) -> HTMLResponse:
    """The sign-in form, with a form token bound to a short-lived cookie (double submit): a
    page elsewhere cannot sign a browser in under someone else's key."""
    nonce = secrets.token_urlsafe(24)
    secret = request.app.state.web.secret
    response = request.app.state.templates.TemplateResponse(
        request,
        "console/signin.html",
        {"failed": failed, "csrf": tokens.csrf_token(secret, "login:" + nonce)},
    )
    response.set_cookie(
        LOGIN_COOKIE, nonce, max_age=900, httponly=True, samesite="strict", path="/console"
    )
    return response


@router.post("/signin")
def signin(
    request: Request, key: Annotated[str, Form(max_length=200)], csrf: CsrfField
) -> Response:
    web = request.app.state.web
    nonce = request.cookies.get(LOGIN_COOKIE, "")
    auth.check_csrf(request, "login:" + nonce, csrf if nonce else None)
    with unit_of_work(web.engine) as conn:
        op = operators.resolve(conn, key.strip())
        if op is None:
            return RedirectResponse("/console/signin?failed=1", 303)
        operators.record(conn, op, "console.signed_in", op.key_id, {})
    response = RedirectResponse("/console", 303)
    response.delete_cookie(LOGIN_COOKIE, path="/console")
    response.set_cookie(
        auth.OPERATOR_COOKIE,
        tokens.issue(web.secret, op.key_id, tokens.OPERATOR, web.session_minutes * 60),
        max_age=web.session_minutes * 60,
        httponly=True,
        samesite="strict",
        secure=web.secure_cookies,
        path="/",
    )
    return response


@router.post("/signout")
def signout(request: Request, csrf: CsrfField) -> Response:
    _acting(request, "viewer", csrf)
    response = RedirectResponse("/console/signin", 303)
    response.delete_cookie(auth.OPERATOR_COOKIE, path="/")
    return response


@router.get("")
def overview(request: Request) -> HTMLResponse:
    op = auth.operator(request, "viewer")
    web = request.app.state.web
    with web.engine.connect() as conn:
        by_month = insights.consent_by_month(conn)
        by_tier = insights.consent_by_tier(conn)
        reasons = exchanges_by_reason(conn)
        chain = request.app.state.chain.status(conn)
        n_blocked = len(blocks.blocked_ids(conn))
        n_holds = len(holds.list_holds(conn))
    return _page(
        request,
        "console/overview.html",
        op,
        {
            "by_month": by_month,
            "by_tier": by_tier,
            "reasons": reasons,
            "chart_month": svg.stacked_bars(
                "Training choices per month, by choice and how it was obtained",
                by_month.categories,
                by_month.series,
            ),
            "chart_tier": svg.stacked_bars(
                "Training choices by tier and how they were obtained",
                by_tier.categories,
                by_tier.series,
            ),
            "chart_reasons": svg.hbars("Stored exchanges by decision reason", reasons),
            "chain": chain,
            "n_blocked": n_blocked,
            "n_holds": n_holds,
            "policy": web.policy,
        },
    )


@router.get("/rights")
def rights(request: Request) -> HTMLResponse:
    op = auth.operator(request, "viewer")
    with request.app.state.web.engine.connect() as conn:
        erased = insights.erasure_by_month(conn)
        held = holds.list_holds(conn)
    return _page(
        request,
        "console/rights.html",
        op,
        {
            "erased": erased,
            "chart": svg.stacked_bars(
                "Exchanges whose content was removed, per month", erased.categories, erased.series
            ),
            "holds": held,
        },
    )


@router.get("/datasets")
def datasets(request: Request) -> HTMLResponse:
    op = auth.operator(request, "viewer")
    with request.app.state.web.engine.connect() as conn:
        rows = insights.datasets_with_status(conn)
    return _page(request, "console/datasets.html", op, {"rows": rows})


@router.get("/datasets/{dataset_id}")
def dataset(request: Request, dataset_id: str) -> HTMLResponse:
    op = auth.operator(request, "viewer")
    with request.app.state.web.engine.connect() as conn:
        row = training_set(conn, dataset_id)
        status = next(
            (
                r["verify"]
                for r in insights.datasets_with_status(conn)
                if r["dataset_id"] == dataset_id
            ),
            None,
        )
    if row is None:
        raise actions.NotFound("no such training set.")
    manifest = _manifest(Path(row["out_dir"]))
    return _page(
        request,
        "console/dataset.html",
        op,
        {"d": row, "m": manifest, "verify": status},
    )


MAX_MANIFEST_BYTES = 32 * 1_048_576  # per-record hashes make a 1M-record manifest large


def _manifest(out: Path) -> dict | None:
    try:
        if (out / "manifest.json").stat().st_size > MAX_MANIFEST_BYTES:
            return None
        m = json.loads((out / "manifest.json").read_text())
    except (OSError, ValueError):
        return None
    m.pop("records", None)  # per-record hashes: thousands of lines, not for a page
    return m


@router.post("/datasets/{dataset_id}/verify")
def dataset_verify(request: Request, dataset_id: str, csrf: CsrfField) -> Response:
    op = _acting(request, "analyst", csrf)
    with unit_of_work(request.app.state.web.engine) as conn:
        row = training_set(conn, dataset_id)
        if row is None:
            raise actions.NotFound("no such training set.")
        report = verify_dataset(conn, row["out_dir"])
        operators.record(
            conn,
            op,
            "dataset.verified",
            dataset_id,
            {
                "ok": report.ok,
                "records": report.records,
                "failures": len(report.failures),
                "first_problem": report.failures[0].problem[:150] if report.failures else None,
            },
        )
    return RedirectResponse(f"/console/datasets/{dataset_id}", 303)


@router.get("/report")
def report(request: Request, since: str | None = None, until: str | None = None) -> HTMLResponse:
    op = auth.operator(request, "viewer")
    end = parse_when(until) if until else datetime.now(timezone.utc)
    if until and len(until.strip()) == 10:  # a date from the form: up to the end of that day
        end += timedelta(days=1)
    start = parse_when(since) if since else end - timedelta(days=90)
    with request.app.state.web.engine.connect() as conn:
        r = transparency_report(conn, start, end)
    return _page(
        request,
        "console/report.html",
        op,
        {
            "r": r,
            "since": start.date().isoformat(),
            "until": (end - timedelta(microseconds=1)).date().isoformat(),
            "chart": svg.hbars(
                "Exchanges in the period by decision reason", list(r.exchanges_by_reason.items())
            ),
        },
    )


def parse_when(text: str) -> datetime:
    """A date or time from the report form (UTC if no offset)."""
    try:
        ts = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ConsentryError(f"{text[:40]!r} is not a date; write it as 2026-01-31.") from None
    return ts.replace(tzinfo=timezone.utc) if ts.tzinfo is None else ts


def _run(request: Request) -> detections.Run | None:
    return detections.load_run(request.app.state.web.detections)


@router.get("/campaigns")
def campaigns(request: Request) -> HTMLResponse:
    op = auth.operator(request, "viewer")
    run = _run(request)
    with request.app.state.web.engine.connect() as conn:
        blocked = blocks.blocked_ids(conn)
    rows = []
    for c in run.campaigns if run else []:
        ids = [m["account_id"] for m in (run.members if run else {}).get(c["campaign_id"], [])]
        rows.append({**c, "blocked": sum(a in blocked for a in ids), "members": len(ids)})
    return _page(request, "console/campaigns.html", op, {"run": run, "rows": rows})


@router.get("/campaigns/{campaign_id}")
def campaign(request: Request, campaign_id: str, done: str | None = None) -> HTMLResponse:
    op = auth.operator(request, "viewer")
    run = _run(request)
    camp = detections.campaign(run, campaign_id)
    if camp is None or run is None:
        raise actions.NotFound("no such campaign in the detection run.")
    members = run.members.get(campaign_id, [])
    with request.app.state.web.engine.connect() as conn:
        accounts, things, edges, hidden = detections.graph(conn, camp, members)
        blocked = detections.blocked_among(conn, [m["account_id"] for m in members])
    return _page(
        request,
        "console/campaign.html",
        op,
        {
            "c": camp,
            "members": members,
            "blocked": blocked,
            "graph": svg.bipartite(
                f"Accounts of {campaign_id} and the addresses, networks, clients and cards they share",
                accounts,
                things,
                edges,
            ),
            "hidden": hidden,
            "done": done,
        },
    )


@router.get("/campaigns/{campaign_id}/stix")
def campaign_stix(request: Request, campaign_id: str) -> Response:
    op = auth.operator(request, "analyst")
    run = _run(request)
    if detections.campaign(run, campaign_id) is None or run is None:
        raise actions.NotFound("no such campaign in the detection run.")
    bundle = detections.stix_for(run, campaign_id)
    with unit_of_work(request.app.state.web.engine) as conn:
        operators.record(
            conn, op, "console.stix_downloaded", campaign_id, {"objects": len(bundle["objects"])}
        )
    return Response(
        json.dumps(bundle, indent=2),
        media_type="application/stix+json;version=2.1",
        headers={"Content-Disposition": f'attachment; filename="{campaign_id}.stix.json"'},
    )


@router.post("/campaigns/{campaign_id}/block")
def campaign_block(
    request: Request, campaign_id: str, csrf: CsrfField, reason: ReasonField
) -> Response:
    op = _acting(request, "admin", csrf)
    n = actions.block_campaign(request.app.state.web.engine, _run(request), op, campaign_id, reason)
    return RedirectResponse(f"/console/campaigns/{campaign_id}?done=blocked-{n}", 303)


@router.post("/campaigns/{campaign_id}/unblock")
def campaign_unblock(
    request: Request, campaign_id: str, csrf: CsrfField, reason: ReasonField
) -> Response:
    op = _acting(request, "admin", csrf)
    n = actions.unblock_campaign(
        request.app.state.web.engine, _run(request), op, campaign_id, reason
    )
    return RedirectResponse(f"/console/campaigns/{campaign_id}?done=unblocked-{n}", 303)


@router.get("/blocks")
def block_list(request: Request) -> HTMLResponse:
    op = auth.operator(request, "viewer")
    with request.app.state.web.engine.connect() as conn:
        rows = blocks.list_blocks(conn)
    return _page(request, "console/blocks.html", op, {"rows": rows})


@router.post("/blocks/{account_id}/unblock")
def block_lift(request: Request, account_id: str, csrf: CsrfField, reason: ReasonField) -> Response:
    op = _acting(request, "admin", csrf)
    actions.unblock_account(request.app.state.web.engine, op, account_id, reason)
    return RedirectResponse("/console/blocks", 303)


@router.get("/countermeasures")
def ladder(request: Request, rung: str | None = None) -> HTMLResponse:
    """Who is on which rung of the response ladder, since when, set by whom and why."""
    op = auth.operator(request, "viewer")
    with request.app.state.web.engine.connect() as conn:
        rows = countermeasures.list_actions(conn, rung or None)
        totals = countermeasures.counts(conn)
    return _page(
        request,
        "console/countermeasures.html",
        op,
        {
            "rows": rows,
            "totals": totals,
            "rung": rung,
            "chart": svg.hbars("Accounts per rung", list(totals.items())),
        },
    )


@router.post("/countermeasures")
def ladder_set(
    request: Request,
    csrf: CsrfField,
    reason: ReasonField,
    account: Annotated[str, Form(min_length=1, max_length=128)],
    rung: Annotated[str, Form(max_length=16)],
) -> Response:
    op = _acting(request, "admin", csrf)
    actions.set_rung(request.app.state.web.engine, op, account.strip(), rung, reason)
    return RedirectResponse("/console/countermeasures", 303)


@router.get("/audit")
def audit_page(request: Request) -> HTMLResponse:
    op = auth.operator(request, "viewer")
    with request.app.state.web.engine.connect() as conn:
        chain = request.app.state.chain.status(conn)
        recent = insights.recent_audit(conn, 40)
    return _page(request, "console/audit.html", op, {"chain": chain, "recent": recent})
