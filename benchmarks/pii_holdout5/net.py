"""E-mail addresses, IP addresses and secrets (keys, tokens, passwords) as they appear in pastes."""

from __future__ import annotations

import ipaddress
import random
import string

from .names import Name, plain

MAIL_DOMAINS = {
    "en": (
        "gmail.com",
        "outlook.com",
        "yahoo.co.uk",
        "hotmail.com",
        "icloud.com",
        "proton.me",
        "btinternet.com",
        "yahoo.co.in",
        "rediffmail.com",
        "qq.com",
        "163.com",
        "naver.com",
        "yahoo.co.jp",
    ),
    "de": ("gmx.de", "web.de", "t-online.de", "gmx.at", "bluewin.ch", "posteo.de", "freenet.de"),
    "fr": ("orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "skynet.be"),
    "es": ("gmail.com", "hotmail.es", "telefonica.net", "yahoo.com.ar", "prodigy.net.mx"),
    "nl": ("ziggo.nl", "kpnmail.nl", "xs4all.nl", "telenet.be", "planet.nl"),
    "it": ("libero.it", "virgilio.it", "tiscali.it", "alice.it", "fastwebnet.it"),
    "pt": ("sapo.pt", "gmail.com", "uol.com.br", "bol.com.br", "terra.com.br"),
    "pl": ("wp.pl", "o2.pl", "onet.pl", "interia.pl", "gazeta.pl"),
}
WORK_DOMAINS = (
    "acme-logistics.com",
    "nordwind-gmbh.de",
    "studio-lumiere.fr",
    "vandenberg-advies.nl",
    "grupo-albor.es",
    "officine-rossi.it",
    "techbridge.io",
    "kraftwerk-solar.at",
    "brightpath.co.uk",
)


def _local(s: str) -> str:
    s = plain(s).lower().replace("'", "").replace(" ", "")
    return "".join(c for c in s if c.isalnum() or c in ".-_")


def email(rng: random.Random, name: Name, lang: str, work: bool = False) -> str:
    g, f = _local(name.given), _local(name.family)
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g}{f}",
            f"{g[0]}{f}",
            f"{g}_{f}{rng.randint(1, 99)}",
            f"{f}.{g}",
            f"{g}{rng.randint(1970, 2008)}",
            f"{g}.{f}+{rng.choice(('shop', 'news', 'bank'))}",
            f"{f}{g[0]}",
        )
    )
    domain = rng.choice(WORK_DOMAINS) if work else rng.choice(MAIL_DOMAINS[lang])
    out = f"{local}@{domain}"
    return out.upper() if rng.random() < 0.03 else out


def ipv4(rng: random.Random) -> str:
    while True:
        ip = ipaddress.IPv4Address(rng.getrandbits(32))
        if ip.is_global:
            return str(ip)


def ipv6(rng: random.Random) -> str:
    while True:
        ip = ipaddress.IPv6Address(
            (rng.choice((0x2A00, 0x2A02, 0x2001, 0x2604, 0x2C0F, 0x2406)) << 112)
            | rng.getrandbits(80) << 32
            | rng.choice((0, 1, rng.getrandbits(32)))
        )
        if ip.is_global:
            return str(ip) if rng.random() < 0.8 else ip.exploded


def ip(rng: random.Random) -> str:
    return ipv4(rng) if rng.random() < 0.75 else ipv6(rng)


ALNUM = string.ascii_letters + string.digits


def _r(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def api_key(rng: random.Random) -> str:
    """A credential of a kind services really issue (shape only; none of them is live)."""
    return rng.choice(
        (
            lambda: "AKIA" + _r(rng, 16, string.ascii_uppercase + "234567"),
            lambda: _r(rng, 40, ALNUM + "/+"),  # AWS secret access key
            lambda: "ghp_" + _r(rng, 36),
            lambda: "github_pat_" + _r(rng, 22) + "_" + _r(rng, 59),
            lambda: (
                "xoxb-"
                + _r(rng, 12, string.digits)
                + "-"
                + _r(rng, 13, string.digits)
                + "-"
                + _r(rng, 24)
            ),
            lambda: "sk_live_" + _r(rng, 24),
            lambda: "sk-proj-" + _r(rng, 48, ALNUM + "-_"),
            lambda: "AIza" + _r(rng, 35, ALNUM + "-_"),
            lambda: "glpat-" + _r(rng, 20, ALNUM + "-_"),
            lambda: "SG." + _r(rng, 22, ALNUM + "-_") + "." + _r(rng, 43, ALNUM + "-_"),
            lambda: (
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                + _r(rng, 60, ALNUM + "-_")
                + "."
                + _r(rng, 43, ALNUM + "-_")
            ),
            lambda: "npm_" + _r(rng, 36),
            lambda: _r(
                rng, 32, "0123456789abcdef"
            ),  # a hex API key in a config (a key name says so)
        )
    )()


PASSWORD_WORDS = (
    "Sommer",
    "Summer",
    "Soleil",
    "Verano",
    "Zomer",
    "Estate",
    "Lato",
    "Verão",
    "Bayern",
    "Chelsea",
    "Fluffy",
    "Kasia",
    "Monkey",
    "Dragon",
)


def password(rng: random.Random) -> str:
    return rng.choice(
        (
            lambda: f"{rng.choice(PASSWORD_WORDS)}{rng.randint(1970, 2026)}{rng.choice('!?#$*.')}",
            lambda: _r(rng, rng.randint(10, 20), ALNUM + "!#$%&*+-=?@^_"),
            lambda: (
                f"{rng.choice(PASSWORD_WORDS).lower()}_{rng.choice(PASSWORD_WORDS).lower()}{rng.randint(1, 99)}"
            ),
            lambda: "-".join(
                rng.choice(
                    (
                        "correct",
                        "horse",
                        "battery",
                        "staple",
                        "lamp",
                        "tiger",
                        "river",
                        "nacht",
                        "pomme",
                    )
                )
                for _ in range(4)
            ),
        )
    )()
