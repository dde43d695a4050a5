"""Look-alikes for PII hold-out 14: values that resemble personal data and must be kept.

Each maker returns (kind, value). Choices of what is not personal data are documented in the
README: public figures in their public role, companies, public hotlines, role mailboxes,
private/documentation IPs, placeholders, and ids/cards/IBANs that fail their check.
"""

from __future__ import annotations

import datetime as dt
import random
import string
import uuid

from h14_people import COMPANIES, FAMOUS, STREETS, TOWNS
from h14_phrases import date_text
from h14_values import (
    PLACEHOLDERS,
    bad_twin,
    card,
    card_valid,
    doc_ip,
    iban,
    iban_valid,
    id_valid_anywhere,
    national_id,
    phone,
    private_ip,
    region,
)

HEX = "0123456789abcdef"
STATUS = [
    "404 Not Found",
    "500 Internal Server Error",
    "302 Found",
    "403 Forbidden",
    "503 Service Unavailable",
    "201 Created",
    "422 Unprocessable Entity",
    "301 Moved Permanently",
]
ROLE = [
    "support",
    "info",
    "noreply",
    "facturation",
    "rechnung",
    "klantenservice",
    "ventas",
    "privacy",
    "helpdesk",
    "contact",
]
CORP_DOMAINS = [
    "example-shop.de",
    "bol.com",
    "fnac.fr",
    "mercadolibre.com.ar",
    "zalando.ch",
    "coolblue.be",
    "flipkart.com",
    "jumia.com.ng",
    "jb-hifi.com.au",
    "desjardins.com",
]


def _h(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(HEX) for _ in range(n))


def other_date(rng: random.Random, lang: str, country: str) -> str:
    d = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 2900))
    return date_text(rng, d, lang, country)


def simple(rng: random.Random, kind: str, lang: str, country: str) -> str:  # noqa: C901
    """A value of one look-alike kind."""
    if kind == "ORDER_NO":
        return rng.choice(
            [
                f"{rng.randrange(100, 999)}-{rng.randrange(1000000, 9999999)}-{rng.randrange(1000000, 9999999)}",
                f"A{rng.randrange(10**8, 10**9)}",
                f"{rng.randrange(10**9, 10**10)}",
                f"BE{rng.randrange(10**6, 10**7)}-{rng.randrange(10, 99)}",
            ]
        )
    if kind == "TICKET_NO":
        return rng.choice(
            [
                f"INC{rng.randrange(10**6, 10**7):07d}",
                f"JIRA-{rng.randrange(100, 9999)}",
                f"#{rng.randrange(10000, 999999)}",
                f"SR-{rng.randrange(2019, 2026)}-{rng.randrange(10**5, 10**6)}",
            ]
        )
    if kind == "INVOICE_NO":
        return rng.choice(
            [
                f"RE-{rng.randrange(2019, 2026)}-{rng.randrange(1, 99999):05d}",
                f"F{rng.randrange(2019, 2026)}/{rng.randrange(1, 9999):04d}",
                f"{rng.randrange(2019, 2026)}{rng.randrange(10**6, 10**7)}",
            ]
        )
    if kind == "VERSION":
        return rng.choice(
            [
                f"v{rng.randrange(0, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)}",
                f"{rng.randrange(1, 5)}.{rng.randrange(0, 12)}.{rng.randrange(0, 40)}.{rng.randrange(1000, 9999)}",
                f"{rng.randrange(2019, 2026)}.{rng.randrange(1, 13):02d}.{rng.randrange(1, 9)}",
            ]
        )
    if kind == "TIMESTAMP":
        t = dt.datetime(2024, 1, 1) + dt.timedelta(seconds=rng.randrange(0, 60 * 86400 * 12))
        return rng.choice(
            [
                t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                t.strftime("%Y-%m-%d %H:%M:%S"),
                t.strftime("%d/%b/%Y:%H:%M:%S +0100"),
                str(int(t.timestamp())),
            ]
        )
    if kind == "OTHER_DATE":
        return other_date(rng, lang, country)
    if kind == "HASH":
        return rng.choice(["sha256:" + _h(rng, 64), _h(rng, 32), _h(rng, 64)])
    if kind == "GIT_SHA":
        return rng.choice([_h(rng, 7), _h(rng, 40)])
    if kind == "UUID":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if kind == "COORDINATES":
        return f"{rng.uniform(-40, 55):.5f}, {rng.uniform(-75, 20):.5f}"
    if kind == "PRODUCT_CODE":
        return rng.choice(
            [
                f"SKU-{rng.randrange(10000, 99999)}-{rng.choice(['BL', 'XL', 'RD'])}",
                f"{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}-{rng.randrange(100, 9999)}",
                f"ISBN 978-{rng.randrange(0, 9)}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}-{rng.randrange(0, 9)}",
            ]
        )
    if kind == "HTTP_STATUS":
        return rng.choice(STATUS)
    if kind == "STATUS_BYTES":
        return f"{rng.choice([200, 204, 301, 404])} {rng.randrange(100, 99999)}"
    if kind == "COMPANY":
        return rng.choice(COMPANIES[lang])
    if kind == "FAMOUS_PERSON":
        return rng.choice(FAMOUS[lang])[0]
    if kind == "STREET_ALONE":
        return rng.choice(STREETS[region(country, lang)])
    if kind == "TOWN_ALONE":
        return rng.choice(TOWNS[region(country, lang)])[0]
    if kind == "ROLE_EMAIL":
        return f"{rng.choice(ROLE)}@{rng.choice(CORP_DOMAINS)}"
    if kind == "HOTLINE":
        return phone(rng, country, kind="TOLL_FREE")
    if kind == "PRIVATE_IP":
        return private_ip(rng)
    if kind == "DOC_IP":
        return doc_ip(rng)
    if kind == "PLACEHOLDER_SECRET":
        return rng.choice(PLACEHOLDERS)
    if kind == "CARD_EXPIRY":
        return f"{rng.randrange(1, 13):02d}/{rng.randrange(25, 32)}"
    if kind == "CARD_BAD_LUHN":
        return bad_twin(rng, card(rng), card_valid)
    if kind == "IBAN_BAD_CHECK":
        c = country if country in ("GB", "IE", "DE", "AT", "CH", "FR", "BE", "ES", "NL") else "DE"
        return bad_twin(rng, iban(rng, c), iban_valid)
    if kind == "ID_BAD_CHECK":
        c = {"NG": "GB", "SR": "NL"}.get(country, country)
        v, _ = national_id(
            rng, c, dt.date(1980, 1, 1) + dt.timedelta(days=rng.randrange(9000)), rng.random() < 0.5
        )
        return bad_twin(rng, v, id_valid_anywhere)
    raise LookupError(kind)


PLAIN = [
    "ORDER_NO",
    "TICKET_NO",
    "INVOICE_NO",
    "VERSION",
    "TIMESTAMP",
    "OTHER_DATE",
    "HASH",
    "GIT_SHA",
    "UUID",
    "COORDINATES",
    "PRODUCT_CODE",
    "COMPANY",
    "FAMOUS_PERSON",
    "STREET_ALONE",
    "TOWN_ALONE",
    "ROLE_EMAIL",
    "HOTLINE",
    "PRIVATE_IP",
    "DOC_IP",
    "PLACEHOLDER_SECRET",
    "CARD_EXPIRY",
    "CARD_BAD_LUHN",
    "IBAN_BAD_CHECK",
    "ID_BAD_CHECK",
    "HTTP_STATUS",
]

# how a look-alike is introduced in a sentence, per kind (language-neutral labels kept short)
LEAD = {
    "ORDER_NO": {
        "en": "order",
        "de": "Bestellung",
        "fr": "commande",
        "es": "pedido",
        "nl": "bestelling",
    },
    "TICKET_NO": {"en": "ticket", "de": "Ticket", "fr": "ticket", "es": "ticket", "nl": "ticket"},
    "INVOICE_NO": {
        "en": "invoice",
        "de": "Rechnung",
        "fr": "facture",
        "es": "factura",
        "nl": "factuur",
    },
    "VERSION": {
        "en": "app version",
        "de": "App-Version",
        "fr": "version",
        "es": "versión",
        "nl": "versie",
    },
    "TIMESTAMP": {
        "en": "logged at",
        "de": "Zeitstempel",
        "fr": "horodatage",
        "es": "registrado",
        "nl": "tijdstip",
    },
    "OTHER_DATE": {
        "en": "delivery date",
        "de": "Liefertermin",
        "fr": "livraison le",
        "es": "entrega el",
        "nl": "levering op",
    },
    "HASH": {
        "en": "checksum",
        "de": "Prüfsumme",
        "fr": "empreinte",
        "es": "hash",
        "nl": "checksum",
    },
    "GIT_SHA": {"en": "commit", "de": "Commit", "fr": "commit", "es": "commit", "nl": "commit"},
    "UUID": {
        "en": "request id",
        "de": "Request-ID",
        "fr": "id requête",
        "es": "id de solicitud",
        "nl": "request-id",
    },
    "COORDINATES": {
        "en": "GPS",
        "de": "Koordinaten",
        "fr": "coordonnées",
        "es": "coordenadas",
        "nl": "coördinaten",
    },
    "PRODUCT_CODE": {
        "en": "item",
        "de": "Artikel",
        "fr": "article",
        "es": "artículo",
        "nl": "artikel",
    },
    "COMPANY": {
        "en": "bought at",
        "de": "gekauft bei",
        "fr": "acheté chez",
        "es": "comprado en",
        "nl": "gekocht bij",
    },
    "FAMOUS_PERSON": {
        "en": "quote by",
        "de": "Zitat von",
        "fr": "citation de",
        "es": "cita de",
        "nl": "citaat van",
    },
    "STREET_ALONE": {
        "en": "roadworks on",
        "de": "Baustelle in der",
        "fr": "travaux",
        "es": "obras en",
        "nl": "werk aan de",
    },
    "TOWN_ALONE": {
        "en": "branch in",
        "de": "Filiale in",
        "fr": "agence de",
        "es": "sucursal de",
        "nl": "vestiging",
    },
    "ROLE_EMAIL": {
        "en": "write to",
        "de": "schreib an",
        "fr": "écrire à",
        "es": "escribe a",
        "nl": "mail naar",
    },
    "HOTLINE": {
        "en": "hotline",
        "de": "Hotline",
        "fr": "service client",
        "es": "línea gratuita",
        "nl": "klantenservice",
    },
    "PRIVATE_IP": {
        "en": "gateway",
        "de": "Router",
        "fr": "passerelle",
        "es": "router",
        "nl": "router",
    },
    "DOC_IP": {
        "en": "example host",
        "de": "Beispiel-Host",
        "fr": "hôte d'exemple",
        "es": "host de ejemplo",
        "nl": "voorbeeldhost",
    },
    "PLACEHOLDER_SECRET": {
        "en": "api_key=",
        "de": "api_key=",
        "fr": "api_key=",
        "es": "api_key=",
        "nl": "api_key=",
    },
    "CARD_EXPIRY": {
        "en": "exp",
        "de": "gültig bis",
        "fr": "exp.",
        "es": "vence",
        "nl": "geldig t/m",
    },
    "CARD_BAD_LUHN": {
        "en": "rejected card",
        "de": "abgelehnte Karte",
        "fr": "carte refusée",
        "es": "tarjeta rechazada",
        "nl": "geweigerde kaart",
    },
    "IBAN_BAD_CHECK": {
        "en": "invalid IBAN",
        "de": "ungültige IBAN",
        "fr": "IBAN invalide",
        "es": "IBAN no válido",
        "nl": "ongeldige IBAN",
    },
    "ID_BAD_CHECK": {
        "en": "failed check",
        "de": "Prüfung fehlgeschlagen",
        "fr": "contrôle échoué",
        "es": "validación fallida",
        "nl": "controle mislukt",
    },
    "HTTP_STATUS": {
        "en": "server said",
        "de": "Server meldet",
        "fr": "le serveur répond",
        "es": "el servidor dice",
        "nl": "server geeft",
    },
}
