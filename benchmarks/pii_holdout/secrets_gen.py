"""Credentials in the shapes real providers issue them, plus passwords people actually pick."""

from __future__ import annotations

import base64
import json
import random
import string

ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"


def _s(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _b64url(data: dict) -> str:
    return (
        base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode())
        .decode()
        .rstrip("=")
    )


def jwt(rng: random.Random) -> str:
    head = _b64url({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"})
    body = _b64url(
        {
            "sub": str(rng.randint(10**5, 10**9)),
            "iat": rng.randint(1_600_000_000, 1_800_000_000),
            "scope": "read write",
        }
    )
    return f"{head}.{body}.{_s(rng, URLSAFE, 43)}"


# provider: (env var name, generator)
PROVIDERS = {
    "aws_access_key": (
        "AWS_ACCESS_KEY_ID",
        lambda r: "AKIA" + _s(r, string.ascii_uppercase + "234567", 16),
    ),
    "aws_secret": ("AWS_SECRET_ACCESS_KEY", lambda r: _s(r, B64, 40)),
    "github_pat": ("GITHUB_TOKEN", lambda r: "ghp_" + _s(r, ALNUM, 36)),
    "github_fine": (
        "GH_TOKEN",
        lambda r: (
            "github_pat_11"
            + _s(r, string.ascii_uppercase + string.digits, 20)
            + "_"
            + _s(r, ALNUM, 59)
        ),
    ),
    "gitlab": ("GITLAB_TOKEN", lambda r: "glpat-" + _s(r, URLSAFE, 20)),
    "slack_bot": (
        "SLACK_BOT_TOKEN",
        lambda r: (
            f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13)}-{_s(r, ALNUM, 24)}"
        ),
    ),
    "slack_webhook": (
        "SLACK_WEBHOOK_URL",
        lambda r: (
            f"https://hooks.slack.com/services/T{_s(r, string.ascii_uppercase + string.digits, 8)}/B{_s(r, string.ascii_uppercase + string.digits, 10)}/{_s(r, ALNUM, 24)}"
        ),
    ),
    "stripe": (
        "STRIPE_SECRET_KEY",
        lambda r: (
            r.choice(["sk_live_", "sk_test_", "rk_live_"]) + _s(r, ALNUM, 24 + r.choice([0, 75]))
        ),
    ),
    "openai": (
        "OPENAI_API_KEY",
        lambda r: r.choice(["sk-proj-", "sk-"]) + _s(r, URLSAFE, 48 + r.choice([0, 100])),
    ),
    "anthropic": ("ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + _s(r, URLSAFE, 93) + "AA"),
    "google": ("GOOGLE_API_KEY", lambda r: "AIza" + _s(r, URLSAFE, 35)),
    "twilio": ("TWILIO_AUTH_TOKEN", lambda r: _s(r, HEX, 32)),
    "sendgrid": (
        "SENDGRID_API_KEY",
        lambda r: "SG." + _s(r, URLSAFE, 22) + "." + _s(r, URLSAFE, 43),
    ),
    "npm": ("NPM_TOKEN", lambda r: "npm_" + _s(r, ALNUM, 36)),
    "pypi": ("PYPI_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmc" + _s(r, URLSAFE, 60)),
    "huggingface": ("HF_TOKEN", lambda r: "hf_" + _s(r, string.ascii_letters, 34)),
    "mailgun": ("MAILGUN_API_KEY", lambda r: "key-" + _s(r, HEX, 32)),
    "shopify": ("SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + _s(r, HEX, 32)),
    "digitalocean": ("DO_TOKEN", lambda r: "dop_v1_" + _s(r, HEX, 64)),
    "azure_key": ("AZURE_STORAGE_KEY", lambda r: _s(r, B64, 86) + "=="),
    "jwt": ("AUTH_TOKEN", jwt),
    "hex_secret": ("SECRET_KEY", lambda r: _s(r, HEX, 64)),
    "django": (
        "DJANGO_SECRET_KEY",
        lambda r: "django-insecure-" + _s(r, ALNUM + "!@#%^&*(-_=+)", 50),
    ),
}

PASSWORD_WORDS = ("Sommer", "Winter", "Fenway", "Bayern", "Soleil", "Madrid", "Tulpen", "dragon", "Bella",
                  "Schatz", "Chocolat", "Primavera", "Oranje", "Liverpool", "Mariposa", "Hamster")  # fmt: skip


def password(rng: random.Random) -> str:
    """Passwords as people set them: word+year+symbol, leetspeak, passphrases, random strings."""
    style = rng.random()
    if style < 0.35:
        return f"{rng.choice(PASSWORD_WORDS)}{rng.randint(1970, 2025)}{rng.choice(['!', '?', '#', '$', '', '.'])}"
    if style < 0.5:
        return rng.choice(["P@ssw0rd", "Adm1n!", "Welc0me", "Qwerty", "L3tM3In"]) + str(
            rng.randint(1, 999)
        )
    if style < 0.65:
        words = rng.sample(
            [
                "correct",
                "horse",
                "battery",
                "staple",
                "blue",
                "river",
                "tiger",
                "lamp",
                "kaas",
                "nube",
            ],
            4,
        )
        return rng.choice(["-", "_", "."]).join(words)
    return _s(rng, ALNUM + "!#$%&*+-=?@^_~", rng.randint(12, 24))


def private_key(rng: random.Random) -> str:
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    lines = [_s(rng, B64, 64) for _ in range(rng.randint(3, 6))] + [
        _s(rng, B64, rng.randint(10, 60)) + "=="
    ]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def api_key(rng: random.Random) -> tuple[str, str]:
    """(conventional env var name, key) of a random provider."""
    name, gen = PROVIDERS[rng.choice(list(PROVIDERS))]
    return name, gen(rng)


def git_sha(rng: random.Random, n: int = 40) -> str:
    return _s(rng, HEX, n)
