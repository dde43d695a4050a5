"""E-mail addresses with the '@' escaped (URL-encoded, an HTML entity, in brackets) are
addresses; scp-style user@host:path (git remotes) is not."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covers, untouched


@pytest.mark.parametrize("at", ["%40", "&#64;", "(at)", " [at] ", "[@]", "&commat;"])
@pytest.mark.parametrize(
    "frame", ["mail {e} now", "GET /subscribe?email={e}&x=1", '"email": "{e}"']
)
def test_escaped_at_sign(at, frame):
    e = f"ana.b{at}example.co.uk"
    text = frame.format(e=e)
    assert covers(text, e, "EMAIL"), text


@pytest.mark.parametrize(
    "remote", ["git@github.com:acme/app.git", "deploy@build.example.org:/srv/app"]
)
def test_scp_style_remote_is_kept(remote):
    text = f"git clone {remote}"
    assert untouched(text, remote), text
