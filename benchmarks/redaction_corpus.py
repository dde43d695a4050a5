"""A labelled corpus for redaction: values from Faker (several locales and formats) placed in
varied surroundings (prose, JSON, code, logs, CSV, Markdown) next to numbers that are not
personal data (dates, versions, amounts, ids, hashes). Each sample knows its gold spans."""

from __future__ import annotations

import base64
import random
import string
from collections.abc import Callable
from dataclasses import dataclass

from faker import Faker

LOCALES = (
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "nl_NL",
    "pt_BR",
    "en_IN",
    "en_CA",
    "ja_JP",
    "pl_PL",
    "sv_SE",
)


@dataclass
class Sample:
    text: str
    spans: list[tuple[int, int, str]]  # (start, end, kind)


def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


AZ09 = string.ascii_letters + string.digits


def _secret(fake: Faker, rng: random.Random) -> tuple[str, str, str]:
    """(text containing the secret, the secret, a label): provider keys, tokens, keys, passwords."""
    kind = rng.randrange(12)
    if kind == 0:
        s = rng.choice(("AKIA", "ASIA")) + _rand(rng, string.ascii_uppercase + string.digits, 16)
        return s, s, "aws_key_id"
    if kind == 1:
        s = rng.choice(("ghp_", "gho_", "ghs_")) + _rand(rng, AZ09, 36)
        return s, s, "github"
    if kind == 2:
        s = (
            "sk-"
            + rng.choice(("", "proj-", "ant-api03-"))
            + _rand(rng, AZ09 + "_-", rng.randint(32, 64))
        )
        return s, s, "openai_anthropic"
    if kind == 3:
        s = rng.choice(("sk_live_", "rk_live_", "sk_test_")) + _rand(rng, AZ09, 24)
        return s, s, "stripe"
    if kind == 4:
        s = (
            "xoxb-"
            + "-".join(_rand(rng, string.digits, 12) for _ in range(2))
            + "-"
            + _rand(rng, AZ09, 24)
        )
        return s, s, "slack"
    if kind == 5:

        def seg(n: int) -> str:
            return base64.urlsafe_b64encode(fake.binary(n)).decode().rstrip("=")

        s = "eyJ" + seg(24) + "." + "eyJ" + seg(40) + "." + seg(32)
        return s, s, "jwt"
    if kind == 6:
        s = "AIza" + _rand(rng, AZ09 + "_-", 35)
        return s, s, "google"
    if kind == 7:
        body = base64.b64encode(fake.binary(rng.randint(180, 400))).decode()
        lines = [body[i : i + 64] for i in range(0, len(body), 64)]
        label = rng.choice(
            ("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY")
        )
        s = f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"
        return s, s, "private_key"
    if kind == 8:
        pw = fake.password(length=rng.randint(8, 20), special_chars=rng.random() < 0.5).replace(
            "@", "#"
        )
        pw = pw.replace("/", "_").replace(":", "_").replace('"', "_").replace("'", "_")
        url = f"{rng.choice(('postgres', 'mysql', 'https', 'redis', 'amqp'))}://{fake.user_name()}:{pw}@{fake.domain_name()}/db"
        return url, pw, "url_password"
    if kind == 9:
        tok = _rand(rng, AZ09 + "._-", rng.randint(24, 48))
        return f"Authorization: Bearer {tok}", tok, "bearer"
    if kind == 10:
        pw = (
            fake.password(length=rng.randint(8, 16))
            .replace('"', "_")
            .replace("'", "_")
            .replace(",", "_")
        )
        pw = pw.replace(";", "_").replace("<", "_").replace(">", "_")
        key = rng.choice(
            ("password", "PASSWORD", "db_password", "api_key", "client_secret", "secret")
        )
        sep = rng.choice(("=", ": ", " = ", "="))
        return f"{key}{sep}{pw}", pw, "assignment"
    s = "glpat-" + _rand(rng, AZ09 + "_-", 20)
    return s, s, "gitlab"


def _card(fake: Faker, rng: random.Random) -> str:
    n = fake.credit_card_number(
        card_type=rng.choice(("visa", "mastercard", "amex", "discover", "jcb", "visa16"))
    )
    style = rng.randrange(3)
    if style == 0:
        return n
    sep = " " if style == 1 else "-"
    if len(n) == 15:
        return sep.join((n[:4], n[4:10], n[10:]))
    return sep.join(n[i : i + 4] for i in range(0, len(n), 4))


def _iban(fake: Faker, rng: random.Random) -> str:
    iban = fake.iban()
    return iban if rng.random() < 0.5 else " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def _national_id(fakes: dict[str, Faker], rng: random.Random) -> str:
    which = rng.randrange(7)
    if which == 0:
        return fakes["en_US"].ssn()
    if which == 1:
        return fakes["en_CA"].ssn()
    if which == 2:
        return fakes["fr_FR"].ssn()
    if which == 3:
        return fakes["es_ES"].nif() if rng.random() < 0.7 else fakes["es_ES"].nie()
    if which == 4:
        return fakes["it_IT"].ssn()
    if which == 5:
        return fakes["en_IN"].aadhaar_id()
    return fakes["en_GB"].ssn()


def _ip(fake: Faker, rng: random.Random) -> str:
    r = rng.randrange(5)
    if r == 0:
        return fake.ipv4_public()
    if r == 1:
        return fake.ipv4_private()
    if r == 2:
        return fake.ipv4(network=True)
    return fake.ipv6() if r == 3 else fake.ipv6().replace(":0000:", "::", 1)


# Surroundings: {v} is replaced by the value; a template list per style.
TEMPLATES = {
    "prose": [
        "Hi, you can reach me at {v} if anything changes.",
        "My details: {v}. Thanks!",
        "please update the record to {v} before friday",
        "Il mio riferimento è {v}, grazie.",
        "Meine Angabe lautet {v} - bitte prüfen.",
        "Voici l'information demandée : {v}.",
    ],
    "json": [
        '{{"name": "x", "value": "{v}", "ok": true}}',
        '{{"user": {{"contact": "{v}"}}}}',
        '[{{"id": 17, "field": "{v}"}}]',
    ],
    "code": [
        'const VALUE = "{v}";',
        "config = {{'key': '{v}'}}",
        "INSERT INTO t (c) VALUES ('{v}');",
        'export SETTING="{v}"',
        "assert parse('{v}') is not None",
    ],
    "log": [
        "2024-05-17T10:22:01Z INFO request from {v} status=200 latency=35ms",
        "[WARN] retry 3/5 for {v} after 1.5s",
    ],
    "csv": ["42,{v},2023-11-02,19.99", "id;value;date\n7;{v};12.03.2024"],
    "markdown": ["| field | value |\n|---|---|\n| x | {v} |", "- **contact**: {v}"],
}
SECRET_TEMPLATES = [
    "{v}",
    "config:\n  {v}\n",
    'curl -H "{v}" https://api.example.com/v1',
    "# .env\n{v}\n",
]

DISTRACTORS = [
    lambda f, r: f.date(),
    lambda f, r: f.time(),
    lambda f, r: f.iso8601(),
    lambda f, r: f"v{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
    lambda f, r: f"{r.randint(1, 99999):,}.{r.randint(0, 99):02d}",
    lambda f, r: f.uuid4(),
    lambda f, r: f.sha1(),
    lambda f, r: str(r.randint(1_600_000_000, 1_800_000_000)),
    lambda f, r: f"order #{r.randint(10000, 99999)}",
    lambda f, r: f"{f.latitude()}, {f.longitude()}",
    lambda f, r: f"{r.randint(1, 500)} ms",
    lambda f, r: f"page {r.randint(1, 300)} of {r.randint(300, 900)}",
    lambda f, r: f"{r.randint(1990, 2030)}-{r.randint(1990, 2030)}",
    lambda f, r: f.ean13(),
    lambda f, r: f"{r.randint(10, 99)}.{r.randint(100, 999)}.{r.randint(100, 999)} EUR",
]


def make(n: int, seed: int = 7, kinds: tuple[str, ...] | None = None) -> list[Sample]:
    rng = random.Random(seed)
    fakes = {loc: Faker(loc) for loc in LOCALES}
    for i, f in enumerate(fakes.values()):
        f.seed_instance(seed + i)
    gens: dict[str, Callable[[Faker], str]] = {
        "EMAIL": lambda f: rng.choice(
            # at domains that can be someone's: not Faker's safe example.* ones (RFC 2606)
            (f.ascii_free_email, f.free_email, f.company_email, f.ascii_company_email)
        )(),
        "PHONE": lambda f: f.phone_number(),
        "CARD": lambda f: _card(f, rng),
        "IBAN": lambda f: _iban(f, rng),
        "IP_ADDRESS": lambda f: _ip(f, rng),
        "NATIONAL_ID": lambda f: _national_id(fakes, rng),
        "ADDRESS": lambda f: f.street_address(),
        "PERSON": lambda f: f.name(),
        "LOCATION": lambda f: rng.choice((f.city, f.country))(),
    }
    all_kinds = kinds or (*gens, "SECRET")
    out = []
    for _ in range(n):
        fake = fakes[rng.choice(LOCALES)]
        text, spans = "", []
        for _part in range(rng.randint(1, 3)):
            kind = rng.choice(all_kinds)
            if kind == "SECRET":
                wrapped, secret, _label = _secret(fake, rng)
                tpl = rng.choice(SECRET_TEMPLATES)
                value_text = tpl.replace("{v}", wrapped)
                start = len(text) + value_text.index(wrapped) + wrapped.index(secret)
                spans.append((start, start + len(secret), "SECRET"))
                text += value_text
            else:
                if kind in ("PERSON", "LOCATION", "ADDRESS") and fake.locales[0] == "ja_JP":
                    fake = fakes["en_US"]
                value = gens[kind](fake)
                style = rng.choice(list(TEMPLATES))
                tpl = rng.choice(TEMPLATES[style])
                if style in ("json", "code", "csv"):
                    value = value.replace('"', "").replace("'", "").replace("\n", ", ")
                before, after = tpl.split("{v}")
                before, after = (
                    before.replace("{{", "{").replace("}}", "}"),
                    after.replace("{{", "{").replace("}}", "}"),
                )
                start = len(text) + len(before)
                spans.append((start, start + len(value), kind))
                text += before + value + after
            text += " " + rng.choice(DISTRACTORS)(fake, rng) + "\n"
        out.append(Sample(text, spans))
    return out
