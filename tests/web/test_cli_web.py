"""The web commands as an operator meets them: keys shown once and stored hashed, links that
need a real secret, one-line errors, and `consentry demo --serve` printing working links."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from .conftest import free_port

SECRET = "s3cret-for-tests-0123456789-abcdefghij"


def run(*args: str, secret: str | None = SECRET) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CONSENTRY_WEB_SECRET"}
    if secret is not None:
        env["CONSENTRY_WEB_SECRET"] = secret
    return subprocess.run(
        [sys.executable, "-m", "consentry", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def one_line_error(r: subprocess.CompletedProcess[str], needle: str) -> None:
    assert r.returncode == 2, r.stderr
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and needle in lines[0] and "Traceback" not in r.stderr, r.stderr


@pytest.fixture
def store(tmp_path: Path) -> str:
    acc = tmp_path / "a.jsonl"
    acc.write_text(
        '{"account_id": "u1", "created_at": "2025-01-01T00:00:00Z", "tier": "free", '
        '"signup_channel": "web", "payment_fingerprint": null, "email_domain": null, '
        '"declared_country": null, "org_id": null}\n'
    )
    db = f"sqlite:///{tmp_path / 'store.db'}"
    assert run("ingest", "--accounts", str(acc), "--db", db).returncode == 0
    return db


def test_operator_keys_are_shown_once_and_stored_hashed(store: str) -> None:
    made = run("operator", "create", "dana", "--role", "analyst", "--db", store)
    assert made.returncode == 0, made.stderr
    key = made.stdout.strip()
    assert key.startswith("cso_")
    assert key.encode() not in Path(store.removeprefix("sqlite:///")).read_bytes()
    listed = run("operator", "list", "--db", store)
    assert "dana" in listed.stdout and "analyst" in listed.stdout
    key_id = re.search(r"op_[0-9a-f]{16}", made.stderr).group(0)  # type: ignore[union-attr]
    assert run("operator", "revoke", key_id, "--db", store).returncode == 0
    one_line_error(run("operator", "revoke", key_id, "--db", store), "no live operator key")
    one_line_error(run("operator", "create", "x", "--role", "root", "--db", store), "role 'root'")


def test_privacy_links_need_a_real_secret_and_a_known_account(store: str) -> None:
    one_line_error(run("privacy", "link", "u1", "--db", store, secret=None), "CONSENTRY_WEB_SECRET")
    one_line_error(run("privacy", "link", "ghost", "--db", store), "unknown account 'ghost'")
    r = run("privacy", "link", "u1", "--db", store, "--base-url", "https://privacy.example")
    assert r.returncode == 0 and r.stdout.startswith(
        "https://privacy.example/privacy/signin?token="
    )
    weak = run("privacy", "link", "u1", "--db", store, secret="changeme-changeme-changeme-changeme")
    one_line_error(weak, "CONSENTRY_WEB_SECRET is not usable")
    assert "changeme" not in weak.stderr  # the value is not repeated


def test_serve_refuses_a_folder_that_is_not_a_detection_run(store: str, tmp_path: Path) -> None:
    one_line_error(
        run("serve", "--db", store, "--detections", str(tmp_path), "--port", str(free_port())),
        "not a `consentry detect` output folder",
    )


@pytest.mark.slow
def test_demo_serve_prints_links_that_open_both_pages(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "CONSENTRY_WEB_SECRET"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "consentry",
            "demo",
            "--out",
            str(tmp_path / "demo"),
            "--serve",
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            line = proc.stdout.readline()  # type: ignore[union-attr]
            if not line:
                pytest.fail(f"demo --serve exited: {proc.stderr.read()[-2000:]}")  # type: ignore[union-attr]
            lines.append(line)
            if "REST API:" in line:
                break
        text = "".join(lines)
        link = re.search(r"http://127\.0\.0\.1:\d+/privacy/signin\?token=\S+", text).group(0)  # type: ignore[union-attr]
        admin = re.search(r"admin\s+(cso_\S+)", text).group(1)  # type: ignore[union-attr]
        for _ in range(100):
            try:
                httpx.get(f"http://127.0.0.1:{port}/healthz").raise_for_status()
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        with httpx.Client(follow_redirects=True) as user:
            page = user.get(link)
            assert page.status_code == 200 and "Signed in as <strong>ben</strong>" in page.text
            assert "training set" in page.text
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", follow_redirects=True) as op:
            form = op.get("/console/signin").text
            csrf = form.split('name="csrf" value="')[1].split('"')[0]
            page = op.post("/console/signin", data={"key": admin, "csrf": csrf})
            assert page.status_code == 200 and "intact" in page.text
            campaigns = op.get("/console/campaigns")
            assert "cmp-" in campaigns.text
    finally:
        proc.terminate()
        proc.wait(timeout=20)
