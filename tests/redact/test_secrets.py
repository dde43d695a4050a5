"""Secrets: a password said in a sentence in any of the five languages, the key of a
connection string, a private key block cut short and providers' key prefixes are secrets;
placeholders and references (<your-key>, ${VAR}, YOUR_TOKEN, changeme, ****) are kept."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covers, untouched

SAID = {
    "en": ("my password is {v}", "the password is now {v}", "password: {v}"),
    "de": ("das Passwort lautet {v}", "mein Kennwort ist {v}"),
    "fr": ("le mot de passe est {v}", "mot de passe : {v}"),
    "es": ("la contraseña es {v}", "mi clave es {v}"),
    "nl": ("het wachtwoord is {v}", "wachtwoord: {v}"),
}
VALUES = ("Tr0ub4dor&3", "Sommer2024!", "hunter2hunter2", "x9$Kq!pL")


@pytest.mark.parametrize(
    ("frame", "value"),
    [(f, v) for frames in SAID.values() for f in frames for v in VALUES],
)
def test_password_said_in_a_sentence(frame, value):
    text = frame.format(v=value) + " ok"
    assert covers(text, value, "SECRET"), text


@pytest.mark.parametrize(
    "value",
    [
        "<your-password>",
        "${DB_PASSWORD}",
        "{{ secret }}",
        "YOUR_API_KEY",
        "changeme123",
        "********",
    ],
)
@pytest.mark.parametrize("frame", ["password={v}", '{{"api_key": "{v}"}}', "my password is {v} ok"])
def test_placeholders_are_kept(frame, value):
    text = frame.format(v=value)
    assert untouched(text, value), text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Server=db;User Id=sa;Password=S3cr3t!x;", "S3cr3t!x"),
        (
            "AccountName=acme;AccountKey=abcdEFGH1234abcdEFGH1234abcdEFGH1234abcd==;Endpoint=x",
            "abcdEFGH1234abcdEFGH1234abcdEFGH1234abcd==",
        ),
        (
            "bot 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1 here",
            "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1",
        ),
        (
            "VAULT_TOKEN hvs.CAESIJ1234567890abcdefghijklmnop",
            "hvs.CAESIJ1234567890abcdefghijklmnop",
        ),
        (
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA1234567890abcdefghijkl\n",
            "MIIEpAIBAAKCAQEA",
        ),
    ],
)
def test_connection_strings_provider_keys_and_cut_key_blocks(text, secret):
    assert covers(text, secret, "SECRET"), text


@pytest.mark.parametrize("key", ["encryption_key", "SECRET_KEY_BASE", "wifi_password", "masterKey"])
def test_secret_key_names(key):
    text = f'{{"{key}": "q8Zr2LmW0pXv"}}'
    assert covers(text, "q8Zr2LmW0pXv", "SECRET"), text


def test_password_words_that_are_not_passwords_are_kept():
    for text in ("password is incorrect", "the password is now correct"):
        assert untouched(text, text.split()[-1]), text
