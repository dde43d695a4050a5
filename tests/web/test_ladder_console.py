"""The console's ladder page: anyone signed in sees who is on which rung and why; only an admin
changes a rung, and the audit log names them (operator:NAME). In process, SQLite and
PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from consentry.store import countermeasures as cm
from consentry.store import unit_of_work
from consentry.store.schema import audit_log
from tests.web.test_access import _console, site  # noqa: F401 - the fixture


def test_the_ladder_page_lists_rungs_and_only_an_admin_changes_them(site) -> None:  # noqa: ANN001, F811
    client, engine, keys = site
    with unit_of_work(engine) as conn:
        cm.set_rung(conn, "bea", "mark", "template reuse in camp-3", campaign_id="camp-3")
    viewer, v_csrf = _console(client(), keys["viewer"])
    page = viewer.get("/console/countermeasures").text
    assert "template reuse in camp-3" in page and "mark</a> 1" in page
    form = {"csrf": v_csrf, "account": "bea", "rung": "block", "reason": "confirmed"}
    assert viewer.post("/console/countermeasures", data=form).status_code == 403
    admin, a_csrf = _console(client(), keys["admin"])
    form["csrf"] = a_csrf
    assert admin.post("/console/countermeasures", data=form).status_code == 303
    assert (
        admin.post("/console/countermeasures", data={**form, "rung": "tarpit"}).status_code == 400
    )
    with engine.connect() as conn:
        now = cm.get(conn, "bea")
        rows = conn.execute(
            select(audit_log.c.action, audit_log.c.actor).where(audit_log.c.subject == "bea")
        ).all()
    assert now is not None and now.rung == "block" and now.campaign_id == "camp-3"
    assert ("countermeasure.set", "operator:op-admin") in rows
    assert ("account.blocked", "operator") in rows  # the block rung is a block
    cleared = admin.post("/console/countermeasures", data={**form, "rung": "clear"})
    assert cleared.status_code == 303
    with engine.connect() as conn:
        assert cm.get(conn, "bea") is None
