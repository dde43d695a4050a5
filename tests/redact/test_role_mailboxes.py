"""A role's mailbox (RFC 2142's service names, no-reply senders, published functions) is an
organisation's, like its published phone line, and is kept; a person's mailbox at the same
domain, however the '@' is written, is still an address to redact."""

from __future__ import annotations

import pytest

from consentry.redact.validators import ROLE_MAILBOXES
from tests.redact.helpers import covers, untouched

DOMAINS = ("acme-logistics.de", "studio-lumen.co.uk", "cafe.ee", "banco-sol.com.br")
FRAMES = (
    "For questions write to {v} and we answer within two days.",
    "Reply-To: {v}",
    '{{"contact": "{v}", "status": "open"}}',
    "kontakt: {v} | tel. ufficio",
)


@pytest.mark.parametrize(
    "role", ("info", "Support", "NOREPLY", "no-reply", "billing", "privacy", "kontakt")
)
@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("frame", FRAMES)
def test_a_role_mailbox_is_kept(role: str, domain: str, frame: str) -> None:
    assert role.lower() in ROLE_MAILBOXES
    value = f"{role}@{domain}"
    assert untouched(frame.format(v=value), value)


@pytest.mark.parametrize("person", ("anna.kovacs", "j.smith", "info.anna", "supportteam2", "mari"))
@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("frame", FRAMES)
def test_a_persons_mailbox_at_the_same_domain_is_redacted(
    person: str, domain: str, frame: str
) -> None:
    value = f"{person}@{domain}"
    assert covers(frame.format(v=value), value, "EMAIL")


@pytest.mark.parametrize(("role", "person"), (("info", "anna"), ("sales", "tomas.novak")))
@pytest.mark.parametrize("at", (" [at] ", "(at)", "%40"))
def test_escaped_at_signs_read_the_name_the_same_way(role: str, person: str, at: str) -> None:
    kept, taken = f"{role}{at}acme.de", f"{person}{at}acme.de"
    text = f"write to {kept} or directly to {taken} please"
    assert untouched(text, kept)
    assert covers(text, taken, "EMAIL")
