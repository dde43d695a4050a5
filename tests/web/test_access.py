"""A user can never see or touch another user's data, and an operator can do only what their
role allows: other ids in URLs and bodies, another account's tokens, expired, tampered and
misused tokens, forged forms. Runs in process (TestClient) on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import time
from datetime import datetime, timezone

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from consentry.policy import load_policy
from consentry.store import accounts, open_store, unit_of_work
from consentry.store import exchanges as stored
from consentry.store.operators import create_operator, revoke
from consentry.store.schema import audit_log, consent_events, exchanges
from consentry.web import tokens
from consentry.web.app import WebConfig, create_app

SECRET = b"k" * 16 + b"0123456789abcdef"
TEXT = {"ann": "Question from Ann about her lease", "bea": "Note from Bea on her diagnosis"}


@pytest.fixture
def site(db_url: str):  # noqa: ANN201 - (TestClient factory, engine, operator keys)
    engine = open_store(db_url)
    policy = load_policy("claude-consumer-2025")
    now = datetime.now(timezone.utc)
    with unit_of_work(engine) as conn:
        accounts.upsert_accounts(
            conn,
            [
                {
                    "account_id": a,
                    "created_at": now,
                    "tier": "free",
                    "signup_channel": "web",
                    "payment_fingerprint": None,
                    "email_domain": None,
                    "declared_country": None,
                    "org_id": None,
                }
                for a in TEXT
            ],
        )
        for a, text in TEXT.items():
            stored.capture_exchange(
                conn,
                policy,
                {
                    "exchange_id": f"ex-{a}",
                    "ts": now,
                    "account_id": a,
                    "conversation_id": f"conv-{a}",
                    "surface": "web",
                    "model": "m",
                    "ip": "192.0.2.1",
                    "prompt": text,
                    "response": "ok",
                    "input_tokens": 1,
                    "output_tokens": 1,
                    "tool_count": 0,
                    "has_image": False,
                    "status": 200,
                },
            )
        keys = {
            role: create_operator(conn, f"op-{role}", role)[1]
            for role in ("viewer", "analyst", "admin")
        }
    app = create_app(WebConfig(engine, policy, SECRET))

    def client() -> TestClient:
        return TestClient(app, follow_redirects=False)

    yield client, engine, keys
    engine.dispose()


def signed_in(client: TestClient, account: str) -> TestClient:
    r = client.get(
        "/privacy/signin", params={"token": tokens.issue(SECRET, account, tokens.LINK, 60)}
    )
    assert r.status_code == 303 and r.headers["location"] == "/privacy"
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    return client


def csrf_of(client: TestClient) -> str:
    page = client.get("/privacy").text
    return page.split('name="csrf" value="')[1].split('"')[0]


def test_a_user_sees_only_their_own_conversations(site) -> None:  # noqa: ANN001
    client, _, _ = site
    ann = signed_in(client(), "ann")
    page = ann.get("/privacy").text
    assert TEXT["ann"][:30] in page and "bea" not in page.lower()
    assert ann.get("/privacy/conversations/conv-ann").status_code == 200
    other = ann.get("/privacy/conversations/conv-bea")
    assert other.status_code == 404 and TEXT["bea"] not in other.text
    assert ann.get("/privacy/conversations/conv-nobody").status_code == 404
    data = ann.get("/privacy/export.zip")
    assert data.status_code == 200 and b"conv-bea" not in data.content


def test_a_user_cannot_delete_or_read_receipts_of_another(site) -> None:  # noqa: ANN001
    client, engine, _ = site
    ann = signed_in(client(), "ann")
    csrf = csrf_of(ann)
    r = ann.post("/privacy/conversations/conv-bea/delete", data={"csrf": csrf})
    assert r.status_code == 404
    with engine.connect() as conn:
        assert (
            conn.execute(
                select(exchanges.c.prompt).where(exchanges.c.exchange_id == "ex-bea")
            ).scalar()
            == TEXT["bea"]
        )
    bea = signed_in(client(), "bea")
    r = bea.post("/privacy/conversations/conv-bea/delete", data={"csrf": csrf_of(bea)})
    assert r.status_code == 303
    receipt = r.headers["location"]
    assert bea.get(receipt).status_code == 200
    assert ann.get(receipt).status_code == 404  # Bea's receipt is not Ann's to see


def test_ids_in_bodies_are_ignored_and_extra_api_fields_refused(site) -> None:  # noqa: ANN001
    client, engine, _ = site
    ann = signed_in(client(), "ann")
    r = ann.post(
        "/privacy/choice", data={"csrf": csrf_of(ann), "choice": "deny", "account_id": "bea"}
    )
    assert r.status_code == 303
    with engine.connect() as conn:
        who = conn.execute(select(consent_events.c.account_id)).scalars().all()
    assert who == ["ann"]
    session = tokens.issue(SECRET, "ann", tokens.SESSION, 60)
    api = client()
    r = api.put(
        "/api/v1/privacy/me/choice",
        json={"choice": "allow", "account_id": "bea"},
        headers={"Authorization": f"Bearer {session}"},
    )
    assert r.status_code == 422 and "account_id" in r.text
    r = api.delete(
        "/api/v1/privacy/me/conversations/conv-bea", headers={"Authorization": f"Bearer {session}"}
    )
    assert r.status_code == 404
    me = api.get("/api/v1/privacy/me", headers={"Authorization": f"Bearer {session}"}).json()
    assert [c["conversation_id"] for c in me["conversations"]] == ["conv-ann"]


def _tamper(token: str, account: str) -> str:
    payload, sig = token.split(".")
    body = json.loads(tokens._unb64(payload))
    body["sub"] = account
    return tokens._b64(json.dumps(body, separators=(",", ":")).encode()) + "." + sig


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: tokens.issue(SECRET, "ann", tokens.SESSION, -1), id="expired"),
        pytest.param(
            lambda: _tamper(tokens.issue(SECRET, "ann", tokens.SESSION, 60), "bea"), id="tampered"
        ),
        pytest.param(
            lambda: tokens.issue(b"another-secret-entirely-32-bytes", "ann", tokens.SESSION, 60),
            id="other-key",
        ),
        pytest.param(lambda: tokens.issue(SECRET, "ann", tokens.LINK, 60), id="link-as-session"),
        pytest.param(lambda: "garbage", id="garbage"),
    ],
)
def test_bad_session_tokens_are_refused(site, make) -> None:  # noqa: ANN001
    client, _, _ = site
    c = client()
    token = make()
    c.cookies.set("consentry_privacy", token)
    r = c.get("/privacy")
    assert r.status_code == 401 and TEXT["ann"] not in r.text and TEXT["bea"] not in r.text
    assert (
        c.get("/api/v1/privacy/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    )


def test_expired_and_tampered_links_are_refused(site) -> None:  # noqa: ANN001
    client, _, _ = site
    expired = tokens.issue(SECRET, "ann", tokens.LINK, 60, now=time.time() - 120)
    assert client().get("/privacy/signin", params={"token": expired}).status_code == 401
    forged = _tamper(tokens.issue(SECRET, "ann", tokens.LINK, 60), "bea")
    assert client().get("/privacy/signin", params={"token": forged}).status_code == 401
    session = tokens.issue(SECRET, "ann", tokens.SESSION, 60)
    assert client().get("/privacy/signin", params={"token": session}).status_code == 401
    ghost = tokens.issue(SECRET, "nobody", tokens.LINK, 60)
    assert client().get("/privacy/signin", params={"token": ghost}).status_code == 401


def test_forms_need_the_sessions_own_csrf_token(site) -> None:  # noqa: ANN001
    client, engine, _ = site
    ann, bea = signed_in(client(), "ann"), signed_in(client(), "bea")
    beas_token = csrf_of(bea)
    assert ann.post("/privacy/choice", data={"choice": "deny"}).status_code == 422  # no token
    for csrf in ("x" * 40, beas_token):
        r = ann.post("/privacy/choice", data={"csrf": csrf, "choice": "deny"})
        assert r.status_code == 403
    r = ann.post("/privacy/delete-all", data={"csrf": csrf_of(ann)})  # box not ticked
    assert r.status_code == 400
    with engine.connect() as conn:
        assert conn.execute(select(consent_events.c.account_id)).first() is None
        assert (
            conn.execute(
                select(exchanges.c.erased_at).where(exchanges.c.account_id == "ann")
            ).scalar()
            is None
        )


def test_roles_limit_operators_and_actions_name_them(site) -> None:  # noqa: ANN001
    client, engine, keys = site
    c = client()
    assert c.get("/console").status_code == 303  # to the sign-in page
    assert c.get("/api/v1/console/summary").status_code == 401
    for role in ("viewer", "analyst", "admin"):
        r = c.get("/api/v1/console/summary", headers={"Authorization": f"Bearer {keys[role]}"})
        assert r.status_code == 200 and r.json()["audit_chain_intact"] is True
    link = {"account_id": "ann"}
    assert (
        c.post(
            "/api/v1/privacy/links",
            json=link,
            headers={"Authorization": f"Bearer {keys['analyst']}"},
        ).status_code
        == 403
    )
    r = c.post(
        "/api/v1/privacy/links", json=link, headers={"Authorization": f"Bearer {keys['admin']}"}
    )
    assert r.status_code == 200 and "/privacy/signin?token=" in r.json()["url"]
    assert (
        client()
        .get(r.json()["url"].split("testserver")[-1].replace("http://127.0.0.1:8080", ""))
        .status_code
        == 303
    )
    with engine.connect() as conn:
        entry = conn.execute(
            select(audit_log.c.actor, audit_log.c.subject).where(
                audit_log.c.action == "privacy.link_issued"
            )
        ).one()
    assert entry == ("operator:op-admin", "ann")
    with unit_of_work(engine) as conn:
        op_id = conn.execute(
            select(audit_log.c.subject).where(
                audit_log.c.action == "operator.created", audit_log.c.detail.contains('"admin"')
            )
        ).scalar()
        revoke(conn, op_id)
    assert (
        c.get(
            "/api/v1/console/summary", headers={"Authorization": f"Bearer {keys['admin']}"}
        ).status_code
        == 401
    )


def test_console_pages_never_show_conversation_text(site) -> None:  # noqa: ANN001
    client, _, keys = site
    c = client()
    forged = c.post("/console/signin", data={"key": keys["viewer"], "csrf": "x" * 30})
    assert forged.status_code == 403  # no form token from this site's sign-in page
    form = c.get("/console/signin").text
    csrf = form.split('name="csrf" value="')[1].split('"')[0]
    r = c.post("/console/signin", data={"key": keys["viewer"], "csrf": csrf})
    assert r.status_code == 303 and r.headers["location"] == "/console"
    for path in (
        "/console",
        "/console/rights",
        "/console/datasets",
        "/console/report",
        "/console/campaigns",
        "/console/blocks",
        "/console/audit",
    ):
        page = c.get(path)
        assert page.status_code == 200, path
        assert all(t not in page.text for t in TEXT.values()), path
    today = datetime.now(timezone.utc).date().isoformat()
    report = c.get("/console/report", params={"since": "2000-01-01", "until": today})
    assert "2 exchanges" in report.text  # a date range includes its last day
    assert c.get("/console/report", params={"since": "last week"}).status_code == 400
    assert (
        "Content-Security-Policy" in page.headers
        and "default-src 'self'" in page.headers["Content-Security-Policy"]
    )


def test_openapi_describes_the_rest_api(site) -> None:  # noqa: ANN001
    client, _, _ = site
    doc = client().get("/api/openapi.json").json()
    paths = set(doc["paths"])
    assert {
        "/api/v1/privacy/links",
        "/api/v1/privacy/me",
        "/api/v1/privacy/me/choice",
        "/api/v1/console/campaigns/{campaign_id}/block",
    } <= paths
    assert not any(p.startswith(("/privacy", "/console")) for p in paths)  # pages are not API


def test_oversized_forms_are_refused(site) -> None:  # noqa: ANN001
    client, _, _ = site
    ann = signed_in(client(), "ann")
    r = ann.post("/privacy/choice", data={"csrf": "x", "choice": "allow", "pad": "x" * 20_000})
    assert r.status_code == 413


def test_a_link_becomes_an_api_session_that_cannot_be_a_link(site) -> None:  # noqa: ANN001
    client, _, _ = site
    c = client()
    link = tokens.issue(SECRET, "ann", tokens.LINK, 60)
    r = c.post("/api/v1/privacy/sessions", json={"token": link})
    assert r.status_code == 200 and r.json()["account_id"] == "ann"
    session = r.json()["session"]
    me = c.get("/api/v1/privacy/me", headers={"Authorization": f"Bearer {session}"})
    assert me.status_code == 200 and me.json()["account_id"] == "ann"
    assert c.post("/api/v1/privacy/sessions", json={"token": session}).status_code == 401
    assert (
        c.get("/api/v1/privacy/me", headers={"Authorization": f"Bearer {link}"}).status_code == 401
    )


def test_deleting_everything_gives_a_receipt_and_a_legal_hold_stops_it(site) -> None:  # noqa: ANN001
    from consentry.store import holds

    client, engine, _ = site
    with unit_of_work(engine) as conn:
        holds.place(conn, "bea", "Matter 7 (confidential)")
    bea = signed_in(client(), "bea")
    r = bea.post("/privacy/delete-all", data={"csrf": csrf_of(bea), "confirm": "yes"})
    assert r.status_code == 400 and "legal hold" in r.text and "Matter 7" not in r.text
    ann = signed_in(client(), "ann")
    r = ann.post("/privacy/delete-all", data={"csrf": csrf_of(ann), "confirm": "yes"})
    assert r.status_code == 303
    receipt = ann.get(r.headers["location"])
    assert receipt.status_code == 200 and "account:ann" in receipt.text
    with engine.connect() as conn:
        gone = conn.execute(select(exchanges.c.prompt, exchanges.c.account_id)).all()
    assert {(p, a) for p, a in gone} == {(None, "ann"), (TEXT["bea"], "bea")}


def _console(client: TestClient, key: str) -> tuple[TestClient, str]:
    form = client.get("/console/signin").text
    csrf = form.split('name="csrf" value="')[1].split('"')[0]
    assert client.post("/console/signin", data={"key": key, "csrf": csrf}).status_code == 303
    page = client.get("/console/blocks").text
    return client, page.split('name="csrf" value="')[1].split('"')[0]


def test_only_an_admin_lifts_a_block_and_the_audit_names_them(site) -> None:  # noqa: ANN001
    from consentry.store import blocks

    client, engine, keys = site
    with unit_of_work(engine) as conn:
        blocks.block(conn, [blocks.Block("bea", "abuse report 12")])
    viewer, v_csrf = _console(client(), keys["viewer"])
    assert "abuse report 12" in viewer.get("/console/blocks").text
    r = viewer.post("/console/blocks/bea/unblock", data={"csrf": v_csrf, "reason": "appeal"})
    assert r.status_code == 403
    admin, a_csrf = _console(client(), keys["admin"])
    r = admin.post("/console/blocks/bea/unblock", data={"csrf": a_csrf, "reason": "x"})
    assert r.status_code == 400  # a reason of a few words is required
    r = admin.post("/console/blocks/bea/unblock", data={"csrf": a_csrf, "reason": "appeal upheld"})
    assert r.status_code == 303
    with engine.connect() as conn:
        assert not blocks.is_blocked(conn, "bea")
        rows = conn.execute(
            select(audit_log.c.action, audit_log.c.actor).where(audit_log.c.subject == "bea")
        ).all()
    assert ("account.unblocked", "operator:op-admin") in rows
    assert ("console.account_unblocked", "operator:op-admin") in rows
