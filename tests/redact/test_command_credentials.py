"""Credentials of the eighth pass (issue 11), written from their rule: a password given to a
command on its command line (`curl -u user:SECRET`, `docker login -p SECRET`, `mysql -pSECRET`,
`sshpass -p SECRET`), in a .netrc (`machine H login U password SECRET`) or a session cookie's
value in a Cookie header (also a HAR file's header pair, eleventh pass) is a secret; a placeholder, a variable or a session id in a log is not."""

from __future__ import annotations

import pytest

from consentry.redact.kinds import Kind
from tests.redact.helpers import covers, untouched

VALUES = ("Zq7vK2pX9mW4tR8y", "hunter2-Pass!", "s3cr3t.P4ss")
COMMANDS = (
    "curl -u bob:{v} https://api.example.com/v1",
    "curl https://api.example.com -u 'bob:{v}'",
    "wget --user=bob:{v} https://files.example.com/a.zip",
    "docker login -u bob -p {v} registry.example.com",
    "podman login --password {v} quay.io",
    "mysql -h db -u root -p{v} shop",
    "sshpass -p '{v}' ssh admin@10.0.0.5",
    "machine api.example.com login bob password {v}",
    "machine api.example.com\n  login bob\n  password {v}",
)
# a session cookie's value: the characters a cookie may hold, sixteen or more
COOKIES = (
    "Cookie: theme=dark; PHPSESSID={v}; lang=en",
    "Set-Cookie: sessionid={v}; Path=/; HttpOnly",
    # a HAR file's header pair (HAR 1.2: `headers` hold {name, value} objects)
    '{{"name": "cookie", "value": "theme=dark; JSESSIONID={v}"}},',
    '{{ "name": "Set-Cookie", "value": "sessionid={v}; Path=/" }}',
)
COOKIE_VALUES = (
    "q8v7c6x5z4a3s2d1f0g9h8j7",
    "s%3AaBcD.eFgH1234567890",
    "eyJhbGciOiJIUzI1NiJ9.e30.x1",
)


@pytest.mark.parametrize(
    ("command", "value"),
    [(c, v) for c in COMMANDS for v in VALUES] + [(c, v) for c in COOKIES for v in COOKIE_VALUES],
)
def test_credential_on_a_command_line_or_in_a_cookie(command, value):
    text = "Try this:\n" + command.format(v=value) + "\nthanks"
    assert covers(text, value, Kind.SECRET), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("docker login -u bob -p $REGISTRY_PASSWORD ghcr.io", "$REGISTRY_PASSWORD"),
        ("curl -u bob:<password> https://x.io", "<password>"),
        ("remote=1.2.3.4:5 session=6815812e-0bcc-4a03-b7a2-db9911c1df98", "6815812e"),
        ("user=ana session=q8v7c6x5z4a3s2d1f0g9 status=200", "q8v7c6x5z4a3s2d1f0g9"),
        ("I will login to docker hub with my usual account", "docker hub"),
        ("the machine learning login page", "login page"),
    ],
)
def test_placeholders_and_log_sessions_are_kept(text, value):
    assert untouched(text, value), text
