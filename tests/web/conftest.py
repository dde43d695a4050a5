"""A real `consentry serve` for the browser tests: a store loaded from simulated traffic, a
detection run found by `consentry detect`, two users of our own, operator keys for each role,
a fake OpenAI-compatible upstream, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).parent.parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SCREENSHOTS = Path(os.environ.get("CONSENTRY_TEST_SCREENSHOTS", ROOT / "build" / "screenshots"))
USERS = ("alice", "bob")  # free-tier users of our own; their chats go through the gateway


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def consentry(*args: str, env: dict[str, str] | None = None) -> str:
    """Run a consentry command; fail the test with its stderr if it fails; return stdout."""
    r = subprocess.run(
        [sys.executable, "-m", "consentry", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )
    assert r.returncode == 0, f"consentry {' '.join(args[:2])} failed: {r.stderr[-2000:]}"
    return r.stdout


class _FakeModel(BaseHTTPRequestHandler):
    """An OpenAI-compatible upstream that answers every chat with a fixed sentence."""

    def do_POST(self) -> None:  # noqa: N802 - the http.server name
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        out = json.dumps(
            {
                "choices": [{"message": {"content": f"fake upstream answer for {body['model']}"}}],
                "usage": {"prompt_tokens": 3, "completion_tokens": 4},
            }
        ).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def fake_upstream() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeModel)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@dataclass
class World:
    db: str
    detections: Path
    secret: str
    keys: dict[str, str] = field(default_factory=dict)  # role -> operator key
    user_keys: dict[str, str] = field(default_factory=dict)  # account -> gateway key
    campaign_id: str = ""
    campaign_member: str = ""
    member_key: str = ""
    url: str = ""


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    """simulate -> ingest -> detect (without --apply), plus our users, keys and operators."""
    tmp = tmp_path_factory.mktemp("web")
    db = f"sqlite:///{tmp / 'store.db'}"
    sim, det = tmp / "sim", tmp / "det"
    consentry("simulate", "--out", str(sim), "--scale", "tiny", "--seed", "1")
    users = tmp / "users.jsonl"
    users.write_text(
        "".join(
            json.dumps(
                {
                    "account_id": u,
                    "created_at": "2025-06-01T00:00:00Z",
                    "tier": "free",
                    "signup_channel": "web",
                    "payment_fingerprint": None,
                    "email_domain": "example.org",
                    "declared_country": "GB",
                    "org_id": None,
                }
            )
            + "\n"
            for u in USERS
        )
    )
    consentry(
        "ingest",
        "--db",
        db,
        "--accounts",
        str(sim / "accounts.parquet"),
        "--consents",
        str(sim / "consent_events.parquet"),
        "--exchanges",
        str(sim / "exchanges"),
    )
    consentry("ingest", "--db", db, "--accounts", str(users))
    consentry(
        "detect",
        "--exchanges",
        str(sim / "exchanges"),
        "--accounts",
        str(sim / "accounts.parquet"),
        "--ip-ranges",
        str(sim / "ip_ranges.parquet"),
        "--model-releases",
        str(sim / "model_releases.parquet"),
        "--out",
        str(det),
    )
    consentry("dataset", "build", "--out", str(tmp / "ds"), "--db", db)
    w = World(db=db, detections=det, secret=secrets.token_urlsafe(32))
    for role in ("viewer", "analyst", "admin"):
        w.keys[role] = consentry(
            "operator", "create", f"test-{role}", "--role", role, "--db", db
        ).strip()
    for u in USERS:
        w.user_keys[u] = consentry("gateway", "key", "create", u, "--db", db).strip()
    campaigns = json.loads((det / "campaigns.json").read_text())
    assert campaigns, "the tiny simulation should hold at least one campaign"
    w.campaign_id = campaigns[0]["campaign_id"]
    import pyarrow.parquet as pq

    rows = pq.read_table(det / "accounts.parquet").to_pylist()
    w.campaign_member = next(r["account_id"] for r in rows if r["campaign_id"] == w.campaign_id)
    w.member_key = consentry("gateway", "key", "create", w.campaign_member, "--db", db).strip()
    return w


@pytest.fixture(scope="session")
def served(world: World, fake_upstream: str) -> Iterator[World]:
    """`consentry serve` in a subprocess on a free port, until the session ends."""
    port = free_port()
    world.url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "CONSENTRY_WEB_SECRET": world.secret,
        "CONSENTRY_WEB_BASE_URL": world.url,
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "consentry",
            "serve",
            "--port",
            str(port),
            "--db",
            world.db,
            "--detections",
            str(world.detections),
            "--upstream",
            fake_upstream,
        ],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(150):
            if proc.poll() is not None:
                pytest.fail(f"consentry serve exited: {proc.stderr.read()[-2000:]}")  # type: ignore[union-attr]
            try:
                httpx.get(f"{world.url}/healthz", timeout=2).raise_for_status()
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            pytest.fail("consentry serve did not answer /healthz within 30 s")
        yield world
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Playwright is missing: pip install 'consentry[web]'.", pytrace=False)
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium.", pytrace=False)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, request: pytest.FixtureRequest):  # noqa: ANN001, ANN201 - a Playwright Page
    """A fresh browser context (no cookies) at phone-friendly desktop width."""
    ctx = browser.new_context(viewport={"width": 1100, "height": 900}, accept_downloads=True)
    pg = ctx.new_page()
    yield pg
    ctx.close()


def shot(page, name: str) -> Path:  # noqa: ANN001
    """Save a full-page screenshot of what the test sees (build/screenshots by default)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def privacy_link(world: World, account: str) -> str:
    out = consentry(
        "privacy",
        "link",
        account,
        "--db",
        world.db,
        env={"CONSENTRY_WEB_SECRET": world.secret, "CONSENTRY_WEB_BASE_URL": world.url},
    )
    return out.strip()


def chat(world: World, key: str, conversation: str, text: str) -> httpx.Response:
    return httpx.post(
        f"{world.url}/v1/chat/completions",
        json={
            "model": "m-1",
            "messages": [{"role": "user", "content": text}],
            "conversation_id": conversation,
        },
        headers={"Authorization": f"Bearer {key}"},
        timeout=30,
    )


def console_signin(page, world: World, role: str) -> None:  # noqa: ANN001
    page.goto(f"{world.url}/console/signin")
    page.get_by_label("Operator key").fill(world.keys[role])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{world.url}/console")
