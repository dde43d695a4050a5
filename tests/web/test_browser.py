"""The privacy center and the console in a real browser (Debian's Chromium through
Playwright) against a real `consentry serve`: what a user and an operator do, end to end."""

from __future__ import annotations

import json
import re
import sqlite3
import time
import zipfile
from pathlib import Path

import httpx
import pytest

from .conftest import World, chat, console_signin, privacy_link, shot

pytestmark = pytest.mark.slow


def _db_path(world: World) -> str:
    return world.db.removeprefix("sqlite:///")


def _row(page, conversation: str):  # noqa: ANN001, ANN202
    return page.locator(f'tr[data-conversation="{conversation}"]')


def test_changing_the_training_choice_changes_the_decision_for_a_new_conversation(
    served: World, page
) -> None:  # noqa: ANN001
    page.goto(privacy_link(served, "alice"))
    assert page.url == f"{served.url}/privacy"
    assert "token=" not in page.url
    allow = page.get_by_role("button", name="Allow training", exact=True)
    deny = page.get_by_role("button", name="Don't allow training")
    # Equal weight: the same size, and nothing pre-set.
    a, d = allow.bounding_box(), deny.bounding_box()
    assert (
        a
        and d
        and (round(a["width"]), round(a["height"])) == (round(d["width"]), round(d["height"]))
    )
    assert page.locator("input:checked").count() == 0
    shot(page, "privacy-choice")

    deny.click()
    assert "you chose Don't allow" in page.locator("#changed").inner_text()
    r = chat(served, served.user_keys["alice"], "alice-after-deny", "Plan a walk in the hills.")
    assert r.status_code == 200, r.text
    assert r.json()["consentry"]["training_eligible"] is False
    assert r.json()["consentry"]["reason"] == "consent_denied"
    page.reload()
    assert "No" in _row(page, "alice-after-deny").locator(".verdict").inner_text()

    # Keyboard: focus the other option and press Enter.
    page.get_by_role("button", name="Allow training", exact=True).focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#changed")
    assert "you chose Allow" in page.locator("#changed").inner_text()
    r = chat(served, served.user_keys["alice"], "alice-after-allow", "Suggest a soup for tonight.")
    assert r.json()["consentry"]["training_eligible"] is True
    page.reload()
    assert "Yes" in _row(page, "alice-after-allow").locator(".verdict").inner_text()
    # The permission does not reach back into the conversation she did not resume.
    old = _row(page, "alice-after-deny")
    assert "No" in old.locator(".verdict").inner_text()
    assert "have not continued it since" in old.inner_text()
    shot(page, "privacy-overview")

    page.get_by_role("link", name="Suggest a soup for tonight.").click()
    assert "fake upstream answer" in page.locator("ol.messages").inner_text()
    shot(page, "privacy-conversation")


def test_download_my_data_is_a_zip_whose_html_reads_offline(
    served: World, page, tmp_path: Path
) -> None:  # noqa: ANN001
    assert (
        chat(
            served, served.user_keys["alice"], "alice-export", "Translate 'good morning'."
        ).status_code
        == 200
    )
    page.goto(privacy_link(served, "alice"))
    with page.expect_download() as info:
        page.get_by_role("link", name="Download my data (ZIP)").click()
    path = tmp_path / "mine.zip"
    info.value.save_as(path)
    with zipfile.ZipFile(path) as z:
        assert sorted(z.namelist()) == ["my-data.html", "my-data.json"]
        doc = json.loads(z.read("my-data.json"))
        html = z.read("my-data.html").decode()
        z.extractall(tmp_path / "unzipped")
    assert doc["account"]["account_id"] == "alice"
    assert {e["account_id"] for e in doc["exchanges"]} == {"alice"}
    # Self-contained: no script, no stylesheet or image to fetch.
    assert "<script" not in html and not re.search(r'(src|href)="https?:', html)
    offline = page.context.new_page()
    offline.route(
        "**/*",
        lambda route: (
            route.abort() if not route.request.url.startswith("file:") else route.continue_()
        ),
    )
    offline.goto((tmp_path / "unzipped" / "my-data.html").as_uri())
    assert offline.get_by_role("heading", name="Your data", exact=True).is_visible()
    assert "Translate 'good morning'." in offline.inner_text("body")
    shot(offline, "export-html")


def test_deleting_a_conversation_removes_it_and_gives_a_receipt(served: World, page) -> None:  # noqa: ANN001
    key = served.user_keys["bob"]
    assert chat(served, key, "bob-1", "Recipe for my grandmother's cake.").status_code == 200
    assert chat(served, key, "bob-2", "How tall is Ben Nevis?").status_code == 200
    page.goto(privacy_link(served, "bob"))
    page.get_by_role("link", name="Recipe for my grandmother's cake.").click()
    page.get_by_role("button", name="Delete this conversation").click()
    assert page.get_by_role("heading", name="Deleted").is_visible()
    receipt = page.locator("dl.receipt").inner_text()
    assert "conversation:bob-1" in receipt and re.search(r"[0-9a-f]{64}", receipt)
    shot(page, "privacy-receipt")
    page.goto(f"{served.url}/privacy")
    assert _row(page, "bob-1").count() == 0
    assert _row(page, "bob-2").count() == 1
    assert "bob-1: content deleted" in page.locator("#deleted").inner_text()
    with sqlite3.connect(_db_path(served)) as conn:
        texts = conn.execute(
            "SELECT prompt, response, erased_at FROM exchanges WHERE conversation_id = 'bob-1'"
        ).fetchall()
    assert texts and all(p is None and r is None and e is not None for p, r, e in texts)


def test_an_analyst_opens_a_campaign_and_an_admin_blocks_it_at_the_gateway(
    served: World, browser
) -> None:  # noqa: ANN001
    before = chat(served, served.member_key, "member-1", "Solve step by step: 17 * 23.")
    assert before.status_code == 200, before.text

    analyst = browser.new_context(viewport={"width": 1100, "height": 900}, accept_downloads=True)
    pg = analyst.new_page()
    console_signin(pg, served, "analyst")
    pg.get_by_role("link", name="Detection").click()
    shot(pg, "console-campaigns")
    pg.get_by_role("link", name=served.campaign_id).click()
    assert pg.get_by_role("heading", name="Evidence").is_visible()
    evidence = pg.locator("h2:has-text('Evidence') + ul").inner_text()
    assert re.search(r"\d", evidence) and not re.search(r"\bnan\b", evidence, re.IGNORECASE)
    assert pg.locator("figure.graph svg circle").count() >= 2
    assert pg.locator("figure.graph svg line").count() >= 1
    assert pg.get_by_role("button", name=re.compile("^Block all")).count() == 0
    with pg.expect_download() as info:
        pg.get_by_role("link", name="Download indicators (STIX 2.1)").click()
    bundle = json.loads(Path(info.value.path()).read_text())
    names = [o.get("name") for o in bundle["objects"] if o["type"] == "campaign"]
    assert names == [served.campaign_id]
    assert any(o["type"] == "indicator" for o in bundle["objects"])
    shot(pg, "console-campaign")
    analyst.close()

    admin = browser.new_context(viewport={"width": 1100, "height": 900})
    pg = admin.new_page()
    console_signin(pg, served, "admin")
    pg.goto(f"{served.url}/console/campaigns/{served.campaign_id}")
    pg.get_by_label("Reason for blocking").fill("distillation campaign confirmed by review")
    pg.get_by_role("button", name=re.compile("^Block all")).click()
    assert "blocked" in pg.locator("#done").inner_text()
    members = pg.locator("#blocked-count").inner_text()
    n = int(members.split(" of ")[1].split()[0])
    assert members.startswith(f"{n} of {n} blocked")
    shot(pg, "console-campaign-blocked")

    # The gateway reuses a key's lookup for up to a second (`--auth-cache`): allow for it.
    deadline = time.monotonic() + 5
    while True:
        after = chat(served, served.member_key, "member-1", "Solve step by step: 19 * 29.")
        if after.status_code == 403 or time.monotonic() > deadline:
            break
        time.sleep(0.25)
    assert after.status_code == 403 and after.json()["error"]["code"] == "account_blocked"

    # An appeal: the admin lifts the blocks with a reason and the keys work again.
    pg.get_by_label("Reason for lifting").fill("appeal upheld after review")
    pg.get_by_role("button", name="Lift the blocks").click()
    assert "unblocked" in pg.locator("#done").inner_text()
    assert pg.locator("#blocked-count").inner_text().startswith("0 of")
    admin.close()
    deadline = time.monotonic() + 5
    while True:
        again = chat(served, served.member_key, "member-1", "Solve step by step: 21 * 31.")
        if again.status_code == 200 or time.monotonic() > deadline:
            break
        time.sleep(0.25)
    assert again.status_code == 200, again.text
    with sqlite3.connect(_db_path(served)) as conn:
        actors = conn.execute(
            "SELECT action, actor FROM audit_log WHERE subject = ? AND action LIKE 'console.%'",
            (served.campaign_id,),
        ).fetchall()
        lifted_by = conn.execute(
            "SELECT DISTINCT actor FROM audit_log WHERE action = 'account.unblocked'"
        ).fetchall()
    assert actors == [
        ("console.stix_downloaded", "operator:test-analyst"),
        ("console.campaign_blocked", "operator:test-admin"),
        ("console.campaign_unblocked", "operator:test-admin"),
    ]
    assert lifted_by == [("operator:test-admin",)]


def test_a_viewer_sees_the_console_but_cannot_block(served: World, browser) -> None:  # noqa: ANN001
    ctx = browser.new_context(viewport={"width": 1100, "height": 900})
    pg = ctx.new_page()
    console_signin(pg, served, "viewer")
    pages = {
        "console-overview": "/console",
        "console-rights": "/console/rights",
        "console-datasets": "/console/datasets",
        "console-report": "/console/report",
        "console-blocks": "/console/blocks",
        "console-audit": "/console/audit",
    }
    for name, path in pages.items():
        pg.goto(served.url + path)
        assert pg.locator("h1").count() == 1
        text = pg.inner_text("body")
        # Conversation text is shown only to its owner.
        assert "grandmother" not in text and "Ben Nevis" not in text
        shot(pg, name)
    assert pg.locator("#chain").inner_text().startswith("Intact")
    pg.goto(f"{served.url}/console/campaigns/{served.campaign_id}")
    assert pg.get_by_role("button", name=re.compile("^Block all")).count() == 0
    assert "needs the admin role" in pg.locator("#no-block").inner_text()
    csrf = pg.locator("input[name=csrf]").first.get_attribute("value")
    forged = pg.request.post(
        f"{served.url}/console/campaigns/{served.campaign_id}/block",
        form={"csrf": csrf or "", "reason": "viewer trying to block"},
        max_redirects=0,
    )
    assert forged.status == 403
    api = httpx.post(
        f"{served.url}/api/v1/console/campaigns/{served.campaign_id}/block",
        json={"reason": "viewer trying to block"},
        headers={"Authorization": f"Bearer {served.keys['viewer']}"},
    )
    assert api.status_code == 403
    ctx.close()


def test_an_analyst_verifies_a_training_set(served: World, browser) -> None:  # noqa: ANN001
    ctx = browser.new_context(viewport={"width": 1100, "height": 900})
    pg = ctx.new_page()
    console_signin(pg, served, "analyst")
    pg.goto(f"{served.url}/console/datasets")
    pg.locator("table a").first.click()
    pg.get_by_role("button", name="Verify now against the ledger").click()
    status = pg.locator("#verify-status").inner_text()
    assert status.startswith("Verified") or "fail" in status
    assert "operator:test-analyst" in status
    shot(pg, "console-dataset")
    ctx.close()


def test_the_privacy_center_fits_a_phone(served: World, browser) -> None:  # noqa: ANN001
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    pg = ctx.new_page()
    pg.goto(privacy_link(served, "alice"))
    overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1
    shot(pg, "privacy-phone")
    ctx.close()
