"""Structured families of the tenth pass, each written from its rule:

- a password inside a URL's or a command line's credentials may hold an '@' itself: the
  credentials end at the last '@' before the host (the port after the host is kept);
- a key set by subscript (`os.environ["DB_PASSWORD"] = "..."`) names its value as `KEY=...` does;
- an IBAN typed in lower case, in groups or not, is found when words follow it;
- after `user@` in a remote-login command (ssh, scp, rsync, ...) a dotted quad is the host's
  address, not a package's version;
- a password word of the message's language before its value, with that language's verb or none
  (then only a value no word is written like, eight characters or more: a digit, a symbol, a
  capital inside, or a passphrase of three or more joined words; not a link, an e-mail address
  or a version).
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covers, found, untouched

PASSWORDS_WITH_AT = ("P@ssw0rd2025", "P@ss%KRI4bZi!p!", "n&YVBYM@F7ViQ", "@8MvlCuBC6Q#c7m")


@pytest.mark.parametrize("password", PASSWORDS_WITH_AT)
@pytest.mark.parametrize(
    "url",
    (
        "postgres://svc_billing:{p}@db.internal:5432/prod",
        "mysql://app:{p}@10.0.3.12:3306/crm",
        "redis://:{p}@cache-01:6379/0",
        "amqp://guest:{p}@mq.example.net:5672/%2F",
    ),
)
def test_url_password_holding_an_at_sign(url: str, password: str) -> None:
    text = f"DATABASE_URL={url.format(p=password)}\nDEBUG=false\n"
    assert covers(text, password, "SECRET")
    port = url.split(":")[-1].split("/")[0]
    assert untouched(text, ":" + port)


@pytest.mark.parametrize("password", PASSWORDS_WITH_AT)
@pytest.mark.parametrize("flag", ("-u ", "--user ", "-u", "-s -u "))
def test_command_line_password_holding_an_at_sign(flag: str, password: str) -> None:
    text = f"curl {flag}deploy:{password} https://jenkins.internal/job/deploy/build"
    assert covers(text, password, "SECRET")


@pytest.mark.parametrize(
    "container", ("os.environ", "config", "settings", "app.config", "secrets", "env")
)
@pytest.mark.parametrize(
    "key", ("DB_PASSWORD", "AWS_SECRET_ACCESS_KEY", "DJANGO_SECRET_KEY", "api_key", "smtp_pass")
)
@pytest.mark.parametrize("quote", ('"', "'"))
def test_subscript_key_names_its_value(container: str, key: str, quote: str) -> None:
    value = "Voll&68Haus-x7Qp"
    text = f"{container}[{quote}{key}{quote}] = {quote}{value}{quote}\n"
    assert covers(text, value, "SECRET")


@pytest.mark.parametrize("key", ("LOG_LEVEL", "TIMEZONE", "REGION", "request_id"))
def test_subscript_key_of_no_kind_is_kept(key: str) -> None:
    value = "eu-west-1b7"
    text = f'os.environ["{key}"] = "{value}"\n'
    assert untouched(text, value)


def test_subscript_comparison_is_no_assignment() -> None:
    text = 'if config["password"] == "changeme42":\n    warn()\n'
    assert untouched(text, "changeme42")


def _iban(country: str, bban: str) -> str:
    """An IBAN with its check digits computed (ISO 13616: mod 97 of BBAN, country, '00')."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


IBANS = (
    _iban("GB", "NWBK60161331926819"),
    _iban("NL", "ABNA0417164300"),
    _iban("CH", "0023572082346220" + "9"),
    _iban("FR", "20041010050500013M02606"),
    _iban("IE", "AIBK93115212345678"),
)


def _grouped(iban: str, sep: str) -> str:
    return sep.join(iban[i : i + 4] for i in range(0, len(iban), 4))


@pytest.mark.parametrize("iban", IBANS)
@pytest.mark.parametrize("sep", (" ", "-", ""))
@pytest.mark.parametrize(
    "frame",
    (
        "segue meu iban {v} para a devolução",
        "le adjunto mi número de cuenta {v} para la devolución",
        "het bedrag mag naar {v} t.n.v. mij",
        "please refund to {v} thanks",
    ),
)
def test_lower_case_iban_before_words(iban: str, sep: str, frame: str) -> None:
    value = _grouped(iban, sep).lower()
    text = frame.format(v=value)
    assert covers(text, value, "IBAN")


@pytest.mark.parametrize("iban", IBANS)
def test_lower_case_iban_with_a_wrong_check_is_kept(iban: str) -> None:
    wrong = (iban[:2] + f"{(int(iban[2:4]) + 1) % 100:02d}" + iban[4:]).lower()
    text = f"please refund to {wrong} thanks"
    assert untouched(text, wrong)


@pytest.mark.parametrize(
    "command",
    (
        "ssh -p 8443 {u}@{ip}",
        "ssh {u}@{ip}",
        "scp backup.tar.gz {u}@{ip}:/srv/backups/",
        "rsync -avz ./site/ {u}@{ip}:/var/www/",
        "sftp -P 2222 {u}@{ip}",
        "ssh-copy-id -i ~/.ssh/id_ed25519.pub {u}@{ip}",
    ),
)
@pytest.mark.parametrize("user", ("root", "deploy", "admin", "svc-backup"))
@pytest.mark.parametrize("ip", ("188.85.83.162", "37.20.80.173", "201.246.10.241"))
def test_host_address_after_user_in_remote_login(command: str, user: str, ip: str) -> None:
    text = "$ " + command.format(u=user, ip=ip) + "\nLoad key: invalid format\n"
    assert covers(text, ip, "IP_ADDRESS")


@pytest.mark.parametrize(
    "text", ("npm install left-pad@1.3.0.1", "pip install 'lib@2.0.0.1'", "pinned to sdk@10.2.0.4")
)
def test_package_pin_after_at_sign_is_kept(text: str) -> None:
    assert untouched(text, text.split("@")[1].strip("'"))


# language: (sentences with the password word and its verb or none, each with {v})
PASSWORD_PROSE = {
    "it": ("la password è {v} ma dice credenziali errate", "la mia password è {v}"),
    "pt": ("minha senha é {v} e aparece 403", "a senha é {v}, obrigado"),
    "fr": ("mon mot de passe c'est {v}, il dit mot de passe incorrect",),
    "de": ("das Passwort {v} wird abgelehnt.", "mein Passwort ist {v}"),
    "pl": ("hasło {v} nie działa. Co robić?", "moje hasło to {v}"),
    "cs": ("heslo je {v}", "heslo {v} nefunguje"),
    "sv": ("lösenordet är {v}", "lösenord {v} fungerar inte"),
    "no": ("passord {v} virker ikke",),
    "tr": ("şifre {v} çalışmıyor",),
    "en": ("network FRITZ!Box 7590 password {v} - write a welcome note", "password {v} fails"),
}
VALUES = (
    "Dragon1977*",
    "verano_chelsea45",
    "MgU_GYzxrY",
    "lamp-battery-pomme-river",
    "2_6q45hc^tv",
)


@pytest.mark.parametrize(
    "frame", [f for frames in PASSWORD_PROSE.values() for f in frames], ids=lambda f: f[:24]
)
@pytest.mark.parametrize("value", VALUES)
def test_password_word_then_value(frame: str, value: str) -> None:
    text = frame.format(v=value)
    assert covers(text, value, "SECRET")


@pytest.mark.parametrize(
    "text",
    (
        "the password reset-link expired yesterday",
        "Use a password manager like Bitwarden.",
        "password re-entry failed twice",
        "das Passwort zurücksetzen geht nicht",
        "I forgot my password 3 times",
        "hasło musi mieć 8 znaków",
        "the password (at least 8 chars) must differ",
        "Click to reset your password https://example.com/reset?t=abc7",
        "Change the password v2.3.1 release notes",
        "forgot password user@example.com, cannot log in",
        "the password field_2 is required",
    ),
)
def test_password_word_before_ordinary_words_is_kept(text: str) -> None:
    assert not [value for kind, value in found(text) if kind == "SECRET"]


def _uuid_passing_mod97(country: str, length: int, seed: int) -> str:
    """A lower-case UUID whose first `length` characters (hyphens skipped) read as an IBAN of
    `country` with a valid mod 97 and a letter in its account part (one random hex id in 97)."""
    import random
    import uuid

    rnd = random.Random(seed)
    while True:
        u = str(uuid.UUID(int=rnd.getrandbits(128)))
        head = country.lower() + f"{rnd.randrange(100):02d}"
        u = head + u[4:]
        compact = u.replace("-", "")[:length].upper()
        account = compact[4:]
        moved = account + compact[:4]
        if (
            any(c.isalpha() for c in account)
            and int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
        ):
            return u


# Countries whose registered account part is all digits, at lengths that end a UUID group
# (16 = 8+4+4, 20 = 8+4+4+4).
@pytest.mark.parametrize(("country", "length"), (("EE", 20), ("AT", 20), ("LT", 20), ("BE", 16)))
@pytest.mark.parametrize("seed", range(3))
def test_a_uuid_whose_letters_name_a_country_is_no_iban(
    country: str, length: int, seed: int
) -> None:
    value = _uuid_passing_mod97(country, length, seed)
    text = f"para el expediente. id {value}. Microsoft Teams was mentioned"
    assert untouched(text, value)
